# expect: WA
"""Finds the right values but returns them as a list (the LeetCode habit) instead of a set."""


def intersection(a: list[int], b: list[int]) -> list[int]:
    """Return the distinct values that occur in both a and b."""
    seen = set(a)
    return sorted({x for x in b if x in seen})
