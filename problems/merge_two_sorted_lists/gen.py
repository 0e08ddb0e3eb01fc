"""Inputs for measuring Merge Two Sorted Lists: n sorted values dealt at random into two lists.

The values climb through [-10^4, 10^4] in small random steps (large n repeats values), and each
goes to a or b by a coin flip, so the two lists interleave all the way: the merge switches sides
constantly, and inserting b's nodes one by one into a, searching from its head, walks far.
"""

import random

LO, HI = -10_000, 10_000


def generate(n: int, rng: random.Random) -> list:
    scale = 4 * max(n, 1)  # the walk averages 3.5 a step, so it ends near 7/8 of the range
    a: list[int] = []
    b: list[int] = []
    walk = 0
    for r in rng.randbytes(n):
        walk += r & 7
        (a if r & 128 else b).append(min(HI, LO + walk * (HI - LO) // scale))
    return [a, b]
