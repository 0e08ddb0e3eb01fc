# class: O(log n)
"""Binary Search with the C bisect module: O(log n), the work inside a builtin."""

from bisect import bisect_left


def search(nums: list[int], target: int) -> int | None:
    i = bisect_left(nums, target)
    return i if i < len(nums) and nums[i] == target else None
