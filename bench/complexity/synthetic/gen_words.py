"""n random lowercase words of 1 to 8 letters (for the str.join functions)."""

import random

_LETTERS = bytes(b"abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(256))


def generate(n: int, rng: random.Random) -> list:
    text = rng.randbytes(8 * n).translate(_LETTERS).decode("ascii")
    lengths = rng.randbytes(n)
    return [[text[8 * i: 8 * i + 1 + (lengths[i] & 7)] for i in range(n)]]
