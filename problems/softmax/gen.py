"""Softmax inputs: n logits drawn uniformly from [-30, 30], shifted by a random offset up to 1000."""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    offset = rng.choice((0.0, 500.0, 1000.0))
    return [[offset + 60.0 * rnd() - 30.0 for _ in range(n)]]
