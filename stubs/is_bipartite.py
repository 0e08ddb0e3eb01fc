"""Is Bipartite: run `judge show is_bipartite` for the statement."""


def is_bipartite(graph: dict[int, list[int]]) -> bool:
    """Return True when the nodes can be split into two sides with every edge crossing between them."""
    raise NotImplementedError
