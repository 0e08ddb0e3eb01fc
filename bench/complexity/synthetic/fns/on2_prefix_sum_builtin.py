# class: O(n^2)
# input: ints
"""Prefix sums recomputed with sum(nums[:i]) for every i: the quadratic work is slicing and summing in C."""


def solve(nums: list[int]) -> int:
    return max(sum(nums[:i]) for i in range(len(nums) + 1))
