"""Network Delay Time inputs: n nodes, about 3n weighted links, every node reachable from k.

A random tree rooted at k (each node in a hidden random order gets a link from an earlier one)
guarantees reachability; 2n more random links (weights 0..100) add alternative, often shorter,
paths so distances get improved several times.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    order = list(range(1, n + 1))
    rng.shuffle(order)
    times = [[order[int(rnd() * i)], order[i], int(rnd() * 101)] for i in range(1, n)]
    times += [[1 + int(rnd() * n), 1 + int(rnd() * n), int(rnd() * 101)] for _ in range(2 * n)]
    return [times, n, order[0]]
