# class: O(log n)
# input: sorted
"""bisect_left: binary search inside C."""

from bisect import bisect_left


def solve(nums: list[int], target: int) -> int:
    return bisect_left(nums, target)
