"""Is Bipartite inputs: a connected bipartite graph on n nodes with about 2n edges.

Even and odd labels are the two sides: every node v > 0 hangs off a random earlier node of the
other parity (a random tree, so BFS frontiers are wide), plus up to n extra random even-odd edges.
The answer is always true, so every edge has to be examined.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    adj: list[list[int]] = [[] for _ in range(n)]
    seen: set[int] = set()
    pairs = [(2 * int(rnd() * ((v + 1) // 2)) + 1 - (v & 1), v) for v in range(1, n)]
    if n >= 2:
        evens, odds = (n + 1) // 2, n // 2
        pairs += [(2 * int(rnd() * evens), 2 * int(rnd() * odds) + 1) for _ in range(n)]
    for u, v in pairs:
        key = u * n + v if u < v else v * n + u
        if key not in seen:
            seen.add(key)
            adj[u].append(v)
            adj[v].append(u)
    return [{str(i): adj[i] for i in range(n)}]
