"""Inputs for measuring Maximum Depth: a complete binary tree of n nodes with random values.

It is about log2(n) levels deep, so recursive solutions stay far from any recursion limit, and
its widest level holds about half the nodes, so a level-order walk whose queue is a plain list
popped at the front shifts a long queue on every pop.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    return [[b % 2001 - 1000 for b in memoryview(rng.randbytes(2 * n)).cast("H")]]
