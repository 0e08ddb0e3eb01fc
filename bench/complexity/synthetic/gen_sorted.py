"""n increasing even ints and an absent odd target in a random gap (for the O(log n) searches)."""

import random


def generate(n: int, rng: random.Random) -> list:
    nums = list(range(0, 2 * n, 2))
    return [nums, 2 * rng.randrange(n) + 1]
