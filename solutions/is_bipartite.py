"""Is Bipartite: two-colour every connected component with BFS.

Each uncoloured node starts a new component with colour 0 and neighbours get the opposite colour;
an edge whose ends end up with the same colour proves an odd cycle, so the graph is not bipartite.
"""

from collections import deque


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    """Return True when the nodes can be split into two sides with every edge crossing between them."""
    color: dict[int, int] = {}
    for start in graph:
        if start in color:
            continue
        color[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for nxt in graph[node]:
                if nxt not in color:
                    color[nxt] = 1 - color[node]
                    queue.append(nxt)
                elif color[nxt] == color[node]:
                    return False
    return True
