"""Two Sum.

Scan once, remembering the index of every value seen so far; for each number, the partner it
needs (target - x) is either already in the map or the pair comes later.
"""


def two_sum(nums: list[int], target: int) -> list[int]:
    """Return the indices [i, j] (i < j) of the two numbers that add up to target."""
    seen: dict[int, int] = {}
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i, j]
        seen[x] = j
    raise ValueError("no pair adds up to target")
