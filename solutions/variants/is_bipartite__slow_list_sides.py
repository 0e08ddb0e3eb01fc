# expect: SLOW
"""Is Bipartite, slow: BFS two-colouring that keeps the two sides in plain lists.

Every "which side is this node on?" question scans a list of up to n nodes, so the search costs
O(n * (n + m)) instead of O(n + m).
"""

from collections import deque


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    """Return True when the nodes can be split into two sides with every edge crossing between them."""
    sides: tuple[list[int], list[int]] = ([], [])
    for start in graph:
        if start in sides[0] or start in sides[1]:
            continue
        sides[0].append(start)
        queue = deque([start])
        while queue:
            node = queue.popleft()
            mine = 0 if node in sides[0] else 1
            for nxt in graph[node]:
                if nxt in sides[mine]:
                    return False
                if nxt not in sides[1 - mine]:
                    sides[1 - mine].append(nxt)
                    queue.append(nxt)
    return True
