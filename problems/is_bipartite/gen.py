"""Is Bipartite inputs: a connected bipartite graph on n nodes with about 1.5n edges.

Even and odd labels are the two sides. Node 0 (the first key) is a hub joined to every odd node,
and every other even node is joined to two distinct random odd nodes. The answer is always true,
so every edge has to be examined, and each side ends up with about n/2 nodes (keeping the sides
in lists costs O(n) per lookup, O(n^2) in all).
"""

import random


def generate(n: int, rng: random.Random) -> list:
    odds = n // 2
    adj: list[list[int]] = [[0] if v & 1 else [] for v in range(n)]
    adj[0] = list(range(1, n, 2))
    if odds >= 2:
        evens = range(2, n, 2)
        firsts = rng.choices(range(odds), k=len(evens))
        shifts = rng.choices(range(1, odds), k=len(evens))
        for v, a, s in zip(evens, firsts, shifts):
            w1, w2 = 2 * a + 1, 2 * ((a + s) % odds) + 1
            adj[v] = [w1, w2]
            adj[w1].append(v)
            adj[w2].append(v)
    return [{str(v): adj[v] for v in range(n)}]
