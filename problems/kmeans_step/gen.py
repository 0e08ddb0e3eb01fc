"""K-Means Step inputs: n points in d = 3 dimensions around k = 5 random blob centres.

Each point is a centre plus uniform noise; the k starting centroids are the centres jittered, so
every cluster gets points and the work per point is the fixed k * d distance computation.
"""

import random

K, D = 5, 3


def generate(n: int, rng: random.Random) -> list:
    rnd = rng.random
    centres = [[200.0 * rnd() - 100.0 for _ in range(D)] for _ in range(K)]
    picks = rng.choices(centres, k=n)
    points = [[x + 20.0 * rnd() - 10.0 for x in c] for c in picks]
    centroids = [[x + 10.0 * rnd() - 5.0 for x in c] for c in centres]
    return [points, centroids]
