# expect: WA
"""Move Zeroes, wrong: builds a new list and rebinds the local name, so the caller's list is unchanged."""


def move_zeroes(nums: list[int]) -> None:
    zeros = nums.count(0)
    nums = [x for x in nums if x != 0] + [0] * zeros
