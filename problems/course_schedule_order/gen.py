"""Course Schedule Order inputs: n courses, 2n - 1 prerequisite pairs, always schedulable.

A hidden random order of the courses is chained (each needs the previous one), so the only valid
schedules follow that chain of length n: anything that rescans the courses for one that is ready
needs about n passes. n extra pairs point forward along the hidden order.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    order = list(range(n))
    rng.shuffle(order)
    pairs = [[order[i + 1], order[i]] for i in range(n - 1)]
    if n >= 2:
        rnd = rng.random
        starts = [int(rnd() * (n - 1)) for _ in range(n)]
        pairs += [[order[i + 1 + int(rnd() * (n - 1 - i))], order[i]] for i in starts]
    return [n, pairs]
