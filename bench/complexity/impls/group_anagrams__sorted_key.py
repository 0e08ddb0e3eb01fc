# class: O(n)
"""Group Anagrams keyed by the sorted letters: O(n k log k), linear in n for the generator's fixed k = 8."""

from collections import defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())
