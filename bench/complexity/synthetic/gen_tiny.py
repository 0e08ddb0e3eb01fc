"""n small positive ints, for the exponential functions: their ladder starts at 3 and stays small."""

import random


def generate(n: int, rng: random.Random) -> list:
    return [[1 + int(rng.random() * 9) for _ in range(n)]]
