# class: O(n)
"""Intersection of two arrays with C set operations: O(n + m)."""


def intersection(a: list[int], b: list[int]) -> set[int]:
    return set(a) & set(b)
