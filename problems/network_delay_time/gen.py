"""Network Delay Time inputs: n nodes, 3n - 1 weighted links (weights 0..100), all reachable from k.

A chain through the nodes in a hidden random order, starting at k, guarantees reachability; 2n
more random links add shortcuts, so distances get improved several times along the way.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    order = list(range(1, n + 1))
    rng.shuffle(order)
    nodes = range(1, n + 1)
    us, vs = rng.choices(nodes, k=2 * n), rng.choices(nodes, k=2 * n)
    ws = rng.choices(range(101), k=3 * n)
    times = [[u, v, w] for u, v, w in zip(order, order[1:], ws)]
    times += [[u, v, w] for u, v, w in zip(us, vs, ws[n:])]
    return [times, n, order[0]]
