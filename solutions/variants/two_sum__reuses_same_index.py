# expect: WA
"""Two Sum, wrong: indexes every value first, then may pair a number with itself."""


def two_sum(nums: list[int], target: int) -> list[int]:
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            j = index[target - x]
            return sorted([i, j])
    return []
