# expect: WA
"""Group Anagrams, wrong: keys by the set of letters, so "aab" and "abb" land in one group."""


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(set(word))), []).append(word)
    return list(groups.values())
