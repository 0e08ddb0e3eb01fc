"""Intersection of Two Arrays inputs: a and b of n values each, drawn from 2n possible values.

About 40% of the distinct values are common, and most lookups of a value of a in b miss, so a
nested scan pays O(n^2).
"""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    spread = 2 * n
    a = [int(rnd() * spread) - n for _ in range(n)]
    b = [int(rnd() * spread) - n for _ in range(n)]
    return [a, b]
