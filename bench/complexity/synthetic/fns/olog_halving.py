# class: O(log n)
# input: ints
"""Count how often len(nums) can be halved: log2(n) cheap Python steps."""


def solve(nums: list[int]) -> int:
    k, steps = len(nums), 0
    while k > 1:
        k //= 2
        steps += 1
    return steps
