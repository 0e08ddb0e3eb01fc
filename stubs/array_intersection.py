"""Intersection of Two Arrays: run `judge show array_intersection` for the statement."""


def intersection(a: list[int], b: list[int]) -> set[int]:
    """Return the set of distinct values that occur in both a and b."""
    raise NotImplementedError
