"""Inputs for measuring Group Anagrams: n random 8-letter words in about n/2 groups of anagrams.

The first half are random words; the second half are their reversals (an anagram of each) in
reverse order. With k fixed the hash-map solution is linear in n, while comparing each word with
every group found so far is quadratic.
"""

import random

K = 8
_LETTERS = bytes(b"abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(256))


def generate(n: int, rng: random.Random) -> list:
    half = (n + 1) // 2
    text = rng.randbytes(K * half).translate(_LETTERS).decode("ascii")
    words = [text[i : i + K] for i in range(0, K * half, K)]
    words += [w[::-1] for w in reversed(words[: n - half])]
    return [words]
