# expect: SLOW
"""Merge Intervals, slow: fold each interval into the merged list by scanning all of it.

Every interval is compared with every merged interval so far: O(n * r) for r merged intervals,
O(n^2) when few intervals overlap.
"""


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the union of the closed intervals as disjoint intervals sorted by start."""
    merged: list[tuple[int, int]] = []
    for start, end in intervals:
        kept = []
        for s, e in merged:
            if s <= end and start <= e:  # overlapping or touching: absorb it
                start, end = min(start, s), max(end, e)
            else:
                kept.append((s, e))
        kept.append((start, end))
        merged = kept
    return sorted(merged)
