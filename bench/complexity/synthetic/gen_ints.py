"""n distinct non-negative ints in a scrambled order: i -> 3 * ((a * i + c) mod m), a odd, m a power of two.

Distinct values make a list-membership scan or a dedupe-by-list read everything, and -1 is
never present, so `-1 in nums` is a full scan. Linear and cheap, as gen.py files must be.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    m = 1 << max(n, 1).bit_length()
    a, c = rng.randrange(1, m, 2), rng.randrange(m)
    return [[3 * ((a * i + c) % m) for i in range(n)]]
