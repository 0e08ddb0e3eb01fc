"""LRU Cache inputs: n random gets and puts on a cache of capacity n/4 over 2 * capacity keys.

Once the cache is full about half of the puts bring a new key (an eviction) and about half of
the gets miss, so a list-ordered cache pays O(capacity) per call.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    capacity = max(1, n // 4)
    keys = rng.choices(range(2 * capacity), k=n)
    rnd = rng.random
    calls: list = [["LRUCache", capacity]]
    calls += [["put", key, i] if rnd() < 0.5 else ["get", key] for i, key in enumerate(keys)]
    return calls
