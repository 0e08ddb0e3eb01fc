"""Course Schedule Order inputs: n courses, about 2n prerequisite pairs, always schedulable.

A hidden random order of the courses is chained (each needs the previous one), so the only valid
schedules follow that chain of length n: anything that rescans the courses for one that is ready
needs about n passes. About n extra pairs join two random courses, the later one in the hidden
order needing the earlier one.
"""

import random


def generate(n: int, rng: random.Random) -> list:
    order = list(range(n))
    rng.shuffle(order)
    pairs = [[b, a] for a, b in zip(order, order[1:])]
    xs, ys = rng.choices(range(n), k=n), rng.choices(range(n), k=n)
    pairs += [[order[y], order[x]] if x < y else [order[x], order[y]] for x, y in zip(xs, ys) if x != y]
    return [n, pairs]
