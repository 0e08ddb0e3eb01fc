"""Two Sum: run `judge show two_sum` for the statement."""


def two_sum(nums: list[int], target: int) -> list[int]:
    """Return the indices [i, j] (i < j) of the two numbers that add up to target."""
    raise NotImplementedError
