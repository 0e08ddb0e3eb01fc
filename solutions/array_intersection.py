"""Intersection of two arrays.

Put the shorter array into a hash set, then keep each value of the longer one that is in it:
linear time, and extra space bounded by the shorter array.
"""


def intersection(a: list[int], b: list[int]) -> set[int]:
    """Return the set of distinct values that occur in both a and b."""
    if len(a) > len(b):
        a, b = b, a
    seen = set(a)
    return {x for x in b if x in seen}
