# class: O(log n)
# input: sorted
"""A hand-written binary search for an absent target: about log2(n) Python iterations."""


def solve(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
