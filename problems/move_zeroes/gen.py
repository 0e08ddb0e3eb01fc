"""Inputs for measuring Move Zeroes: n values, about half of them zeros, scattered at random.

Removing each zero from the middle of the list (and appending it) shifts the tail every time.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    words = memoryview(rng.randbytes(4 * n)).cast("i")  # signed 32-bit values
    return [[0 if x & 1 else x for x in words]]
