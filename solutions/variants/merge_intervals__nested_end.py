# expect: WA
"""Overwrites the end instead of taking the max, so an interval nested inside another shrinks it."""


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the union of the closed intervals as disjoint intervals sorted by start."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
