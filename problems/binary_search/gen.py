"""Inputs for measuring Binary Search: n increasing even values and an absent odd target.

The target falls in a random gap in the last quarter of the list, so a linear scan reads at least
three quarters of it (and a check against the ends does not shortcut it).
"""

import random
from itertools import accumulate


def generate(n: int, rng: random.Random) -> list:
    steps = [2 + 2 * (b & 3) for b in rng.randbytes(n)]  # gaps of 2, 4, 6 or 8
    nums = list(accumulate(steps, initial=-4 * n))[1:]
    if n == 0:
        return [nums, 1]
    k = rng.randrange(n - n // 4, n) if n > 1 else 0  # the target sits just below nums[k]
    return [nums, nums[k] - 1]
