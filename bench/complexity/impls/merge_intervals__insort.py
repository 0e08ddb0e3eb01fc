# class: O(n^2)
"""Merge Intervals keeping a sorted list with bisect.insort: O(n^2) memmove in the worst case, tiny constant."""

from bisect import insort


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ordered: list[tuple[int, int]] = []
    for interval in intervals:
        insort(ordered, tuple(interval))
    merged: list[tuple[int, int]] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
