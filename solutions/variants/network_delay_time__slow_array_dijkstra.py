# expect: SLOW
"""Network Delay Time, slow: Dijkstra that finds the next node by scanning all nodes: O(n^2 + m)."""


def network_delay(times: list[tuple[int, int, int]], n: int, k: int) -> int:
    """Return the time until a signal sent from node k reaches every node, or -1."""
    graph: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        graph[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    done = [False] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        u, best = -1, inf
        for node in range(1, n + 1):
            if not done[node] and dist[node] < best:
                u, best = node, dist[node]
        if u == -1:
            break
        done[u] = True
        for v, w in graph[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    answer = max(dist[1:])
    return -1 if answer == inf else answer
