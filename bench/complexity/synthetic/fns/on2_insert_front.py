# class: O(n^2)
# input: ints
"""Reverse by list.insert(0, x) in a loop: each insert shifts the whole list in C (memmove)."""


def solve(nums: list[int]) -> int:
    out: list[int] = []
    for x in nums:
        out.insert(0, x)
    return out[0]
