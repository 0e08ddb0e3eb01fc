"""Binary Search.

Keep the closed interval [lo, hi] that could still hold target and halve it by comparing with the
middle element, until it is found or the interval is empty.
"""


def search(nums: list[int], target: int) -> int | None:
    """Return the index of target in the sorted list nums, or None when it is absent."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return None
