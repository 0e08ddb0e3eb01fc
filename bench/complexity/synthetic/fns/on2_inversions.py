# class: O(n^2)
# input: ints
"""Count inversions by comparing every pair in Python."""


def solve(nums: list[int]) -> int:
    n, count = len(nums), 0
    for i in range(n):
        x = nums[i]
        for j in range(i + 1, n):
            if x > nums[j]:
                count += 1
    return count
