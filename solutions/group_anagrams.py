"""Group Anagrams.

Two words are anagrams exactly when their letter counts agree, so bucket the words in a dict keyed
by the 26 letter counts (linear in the word length, unlike sorting each word).
"""

from collections import defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Return the words partitioned into groups of anagrams of one another."""
    groups: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for word in words:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - ord("a")] += 1
        groups[tuple(counts)].append(word)
    return list(groups.values())
