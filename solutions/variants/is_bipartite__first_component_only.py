# expect: WA
"""Is Bipartite, wrong: colours only the component of the first node and assumes the graph is connected."""

from collections import deque


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    """BFS two-colouring started from a single node."""
    if not graph:
        return True
    start = next(iter(graph))  # bug: other components are never examined
    color = {start: 0}
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
