# class: O(1)
# input: ints
"""Two indexings and an add, whatever the length."""


def solve(nums: list[int]) -> int:
    return nums[0] + nums[-1]
