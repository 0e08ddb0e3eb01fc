# expect: SLOW
"""Group Anagrams, brute force: compare each word's sorted letters with every group found so far.

Correct, but the search for a word's group is a linear scan of the groups: O(n * groups) time,
O(n^2) when most groups are small.
"""


def group_anagrams(words: list[str]) -> list[list[str]]:
    keys: list[list[str]] = []
    groups: list[list[str]] = []
    for word in words:
        key = sorted(word)
        for i, other in enumerate(keys):
            if other == key:
                groups[i].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
