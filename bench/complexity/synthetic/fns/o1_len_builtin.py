# class: O(1)
# input: ints
"""len() of a list: a stored size, read in C."""


def solve(nums: list[int]) -> int:
    return len(nums)
