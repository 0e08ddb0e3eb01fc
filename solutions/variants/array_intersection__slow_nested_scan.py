# expect: SLOW
"""Intersection of two arrays, slow: look every value of a up in the list b: O(n * m)."""


def intersection(a: list[int], b: list[int]) -> set[int]:
    """Return the set of distinct values that occur in both a and b."""
    return {x for x in a if x in b}
