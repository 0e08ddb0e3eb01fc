"""Inputs for measuring Two Sum: n distinct values whose only pair summing to target is the last two.

Every other value is 1 mod 4, so any sum that uses one of them is 1 or 2 mod 4, while target is
0 mod 4: a one-pass hash map has to read the whole list, and nested loops try every pair first.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    n = max(n, 2)
    m = 1 << max(n - 2, 1).bit_length()  # a power of two above n - 2
    a = rng.randrange(1, m, 2)  # odd, so i -> a * i + c is a permutation of range(m)
    c = rng.randrange(m)
    half = 2 * m
    nums = [4 * ((a * i + c) % m) + 1 - 2 * m for i in range(n - 2)]
    x = 4 * rng.randrange(-half // 2, half // 2)
    y = 4 * rng.randrange(-half // 2, half // 2)
    nums.append(x)
    nums.append(y)
    return [nums, x + y]
