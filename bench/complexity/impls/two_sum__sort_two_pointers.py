# class: O(n log n)
"""Two Sum by sorting the positions by value and closing in from both ends: O(n log n), within the O(n) band."""


def two_sum(nums: list[int], target: int) -> list[int]:
    order = sorted(range(len(nums)), key=nums.__getitem__)
    lo, hi = 0, len(order) - 1
    while lo < hi:
        total = nums[order[lo]] + nums[order[hi]]
        if total == target:
            return sorted((order[lo], order[hi]))
        if total < target:
            lo += 1
        else:
            hi -= 1
    raise ValueError("no pair adds up to target")
