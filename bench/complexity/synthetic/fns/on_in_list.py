# class: O(n)
# input: ints
"""`x in list` for an absent x: a full scan in C."""


def solve(nums: list[int]) -> bool:
    return -1 in nums
