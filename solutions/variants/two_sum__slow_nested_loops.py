# expect: SLOW
"""Two Sum, brute force: try every pair i < j. Correct, but O(n^2) time."""


def two_sum(nums: list[int], target: int) -> list[int]:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    raise ValueError("no pair adds up to target")
