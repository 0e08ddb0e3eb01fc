"""Is Bipartite inputs: a connected bipartite graph on n nodes with about 1.5n edges.

Even and odd labels are the two sides. Node 0 (the first key) is a hub joined to every odd node,
and every other even node is joined to two random odd nodes, so a BFS from node 0 keeps about
n/2 nodes queued (a list.pop(0) queue pays O(n^2)). The answer is always true, so every edge has
to be examined.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    odds = n // 2
    adj: list[list[int]] = [[0] if v & 1 else [] for v in range(n)]
    adj[0] = list(range(1, n, 2))
    if odds >= 2:
        for v in range(2, n, 2):
            a = int(rnd() * odds)
            b = (a + 1 + int(rnd() * (odds - 1))) % odds
            w1, w2 = 2 * a + 1, 2 * b + 1
            adj[v] = [w1, w2]
            adj[w1].append(v)
            adj[w2].append(v)
    return [{str(v): adj[v] for v in range(n)}]
