"""Merge overlapping intervals.

Sort by start; each interval either extends the last merged one (its start is <= that end) or
opens a new one, so one pass after sorting suffices.
"""


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the union of the closed intervals as disjoint intervals sorted by start."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged
