"""Network delay time via Dijkstra.

Run Dijkstra from k with a lazy heap (stale entries are skipped when popped); the answer is the
largest shortest-path distance, or -1 when fewer than n nodes were reached.
"""

import heapq


def network_delay(times: list[tuple[int, int, int]], n: int, k: int) -> int:
    """Return the time until a signal sent from node k reaches every node, or -1."""
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    dist: dict[int, int] = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in dist:
            continue
        dist[u] = d
        for v, w in graph[u]:
            if v not in dist:
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1
