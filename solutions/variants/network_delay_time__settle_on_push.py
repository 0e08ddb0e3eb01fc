# expect: WA
"""Marks a node as done when it is first pushed (BFS habit), so a later, shorter path is ignored."""

import heapq


def network_delay(times: list[tuple[int, int, int]], n: int, k: int) -> int:
    """Return the time until a signal sent from node k reaches every node, or -1."""
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    dist = {k: 0}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in graph[u]:
            if v not in dist:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
