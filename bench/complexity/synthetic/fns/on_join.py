# class: O(n)
# input: words
"""str.join of n short words: one pass in C."""


def solve(words: list[str]) -> int:
    return len(",".join(words))
