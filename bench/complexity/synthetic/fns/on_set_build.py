# class: O(n)
# input: ints
"""set() of the list: n hash inserts in C."""


def solve(nums: list[int]) -> int:
    return len(set(nums))
