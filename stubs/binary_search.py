"""Binary Search: run `judge show binary_search` for the statement."""


def search(nums: list[int], target: int) -> int | None:
    """Return the index of target in the sorted list nums, or None when it is absent."""
    raise NotImplementedError
