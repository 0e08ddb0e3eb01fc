# class: O(2^n)
# input: tiny
"""Count the subsets whose sum is a multiple of 5 by recursing into take / skip for every element."""


def solve(nums: list[int]) -> int:
    def count(i: int, total: int) -> int:
        if i == len(nums):
            return 1 if total % 5 == 0 else 0
        return count(i + 1, total + nums[i]) + count(i + 1, total)

    return count(0, 0)
