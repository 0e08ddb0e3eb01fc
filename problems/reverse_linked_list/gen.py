"""Inputs for measuring Reverse a Linked List: a list of n random values in [-10^5, 10^5]."""

import random


def generate(n: int, rng: random.Random) -> list:
    words = memoryview(rng.randbytes(4 * n)).cast("I")
    return [[x % 200001 - 100000 for x in words]]
