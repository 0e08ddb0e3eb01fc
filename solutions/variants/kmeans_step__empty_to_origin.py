# expect: WA
"""Guards the division with max(count, 1), so a centroid with no points collapses to the origin."""


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    """Return the centroids after one assignment-and-update iteration of k-means."""
    k, d = len(centroids), len(centroids[0])
    sums = [[0.0] * d for _ in range(k)]
    counts = [0] * k
    for p in points:
        dists = [sum((x - y) ** 2 for x, y in zip(p, c)) for c in centroids]
        best = dists.index(min(dists))
        counts[best] += 1
        for i, x in enumerate(p):
            sums[best][i] += x
    return [[s / max(counts[j], 1) for s in sums[j]] for j in range(k)]
