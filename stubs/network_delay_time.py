"""Network Delay Time: run `judge show network_delay_time` for the statement."""


def network_delay(times: list[tuple[int, int, int]], n: int, k: int) -> int:
    """Return the time until a signal sent from node k reaches every node, or -1."""
    raise NotImplementedError
