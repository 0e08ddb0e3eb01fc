"""Move Zeroes: run `judge show move_zeroes` for the statement."""


def move_zeroes(nums: list[int]) -> None:
    """Move every zero in nums to the end in place, keeping the order of the other values."""
    raise NotImplementedError
