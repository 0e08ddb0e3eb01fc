# expect: SLOW
"""Is Bipartite, slow: BFS two-colouring with a plain list as the queue.

list.pop(0) shifts every queued node, so on a graph with wide BFS levels the search is O(n^2)
instead of O(n + m).
"""


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    """Return True when the nodes can be split into two sides with every edge crossing between them."""
    color: dict[int, int] = {}
    for start in graph:
        if start in color:
            continue
        color[start] = 0
        queue = [start]
        while queue:
            node = queue.pop(0)
            for nxt in graph[node]:
                if nxt not in color:
                    color[nxt] = 1 - color[node]
                    queue.append(nxt)
                elif color[nxt] == color[node]:
                    return False
    return True
