# class: O(2^n)
# input: tiny
"""Popcount of every bitmask below 2^n with map(int.bit_count, range(...)) summed in C."""


def solve(nums: list[int]) -> int:
    return sum(map(int.bit_count, range(1 << len(nums))))
