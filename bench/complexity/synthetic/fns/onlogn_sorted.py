# class: O(n log n)
# input: ints
"""sorted() of a shuffled list: Timsort in C."""


def solve(nums: list[int]) -> int:
    return sorted(nums)[len(nums) // 2]
