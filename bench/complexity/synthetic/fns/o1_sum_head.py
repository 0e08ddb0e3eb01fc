# class: O(1)
# input: ints
"""sum() of a fixed 8-element slice: a C builtin whose work does not grow with n."""


def solve(nums: list[int]) -> int:
    return sum(nums[:8])
