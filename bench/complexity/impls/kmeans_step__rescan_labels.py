# class: O(n^2)
"""K-Means Step, brute force: labels are stored and read back at points.index(p) (equal points share one).

list.index compares from the front, so the i-th lookup costs i comparisons: O(n^2) in total.
"""


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    labels = [0] * len(points)
    for p in points:
        best, best_dist = 0, float("inf")
        for j, c in enumerate(centroids):
            dist = sum((x - y) * (x - y) for x, y in zip(p, c))
            if dist < best_dist:
                best, best_dist = j, dist
        labels[points.index(p)] = best
    k, d = len(centroids), len(centroids[0])
    sums = [[0.0] * d for _ in range(k)]
    counts = [0] * k
    for p in points:
        j = labels[points.index(p)]
        counts[j] += 1
        for i, x in enumerate(p):
            sums[j][i] += x
    return [[s / counts[j] for s in sums[j]] if counts[j] else list(centroids[j]) for j in range(k)]
