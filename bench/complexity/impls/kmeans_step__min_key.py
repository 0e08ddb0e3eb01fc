# class: O(n)
"""K-Means Step choosing each point's centroid with min(range(k), key=...), sums kept in place: O(n k d) time, O(k d) space."""


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    k, d = len(centroids), len(centroids[0])
    sums = [[0.0] * d for _ in range(k)]
    counts = [0] * k
    for p in points:
        j = min(range(k), key=lambda c: sum((x - y) * (x - y) for x, y in zip(p, centroids[c])))
        counts[j] += 1
        row = sums[j]
        for i in range(d):
            row[i] += p[i]
    return [[s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j]) for j in range(k)]
