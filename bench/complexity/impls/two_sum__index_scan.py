# class: O(n^2)
"""Two Sum, brute force inside C: look for each partner with list.index after it: O(n^2) element compares."""


def two_sum(nums: list[int], target: int) -> list[int]:
    for i, x in enumerate(nums):
        try:
            return [i, nums.index(target - x, i + 1)]
        except ValueError:
            pass
    raise ValueError("no pair adds up to target")
