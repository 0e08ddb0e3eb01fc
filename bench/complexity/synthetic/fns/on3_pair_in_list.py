# class: O(n^3)
# input: ints
"""For every pair, `x in list` for an absent value: n^2 Python steps each with an n-element C scan."""


def solve(nums: list[int]) -> int:
    count = 0
    for a in nums:
        for b in nums:
            if -1 - a - b in nums:
                count += 1
    return count
