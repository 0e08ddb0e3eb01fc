# expect: WA
"""Binary Search, wrong: `lo < hi` with an inclusive hi stops before checking the last candidate."""


def search(nums: list[int], target: int) -> int | None:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return None
