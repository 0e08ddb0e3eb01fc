"""Move Zeroes.

Keep a write pointer for the next slot of the non-zero prefix; swapping each non-zero value into it
preserves their order and leaves all zeros behind them.
"""


def move_zeroes(nums: list[int]) -> None:
    """Move every zero in nums to the end in place, keeping the order of the other values."""
    write = 0
    for read, x in enumerate(nums):
        if x != 0:
            nums[write], nums[read] = x, nums[write]
            write += 1
