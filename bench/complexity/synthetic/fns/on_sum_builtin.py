# class: O(n)
# input: ints
"""sum(): the loop runs in C."""


def solve(nums: list[int]) -> int:
    return sum(nums)
