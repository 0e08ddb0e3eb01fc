# class: O(n)
# input: ints
"""A Python for-loop sum."""


def solve(nums: list[int]) -> int:
    total = 0
    for x in nums:
        total += x
    return total
