"""Merge Intervals inputs: n unsorted intervals, starts uniform over a span of 10n, lengths 0..10.

The density leaves about 0.6n merged intervals, so a solution that scans its merged list for
every interval pays O(n^2).
"""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    span = 10 * n
    starts = [int(rnd() * span) - n * 5 for _ in range(n)]
    return [[[s, s + int(rnd() * 11)] for s in starts]]
