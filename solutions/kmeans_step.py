"""One Lloyd iteration of k-means.

Assign every point to its nearest centroid by squared distance (a strict `<` keeps the lowest
index on ties), accumulate per-cluster coordinate sums and counts, then divide; a centroid with
no points keeps its old position.
"""


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    """Return the centroids after one assignment-and-update iteration of k-means."""
    k, d = len(centroids), len(centroids[0])
    sums = [[0.0] * d for _ in range(k)]
    counts = [0] * k
    for p in points:
        best, best_dist = 0, float("inf")
        for j, c in enumerate(centroids):
            dist = sum((x - y) * (x - y) for x, y in zip(p, c))
            if dist < best_dist:
                best, best_dist = j, dist
        counts[best] += 1
        acc = sums[best]
        for i, x in enumerate(p):
            acc[i] += x
    return [
        [s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j])
        for j in range(k)
    ]
