# class: O(n)
"""K-Means Step that collects each cluster's members, then averages them with zip and sum: O(n k d)."""


def kmeans_step(points: list[list[float]], centroids: list[list[float]]) -> list[list[float]]:
    members: list[list[list[float]]] = [[] for _ in centroids]
    for p in points:
        dists = [sum((x - y) ** 2 for x, y in zip(p, c)) for c in centroids]
        members[dists.index(min(dists))].append(p)
    return [[sum(col) / len(group) for col in zip(*group)] if group else list(c)
            for group, c in zip(members, centroids)]
