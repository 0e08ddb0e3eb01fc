"""LRU Cache: run `judge show lru_cache` for the statement."""


class LRUCache:
    """A fixed-capacity key-value cache that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache that holds at most `capacity` keys."""
        raise NotImplementedError

    def get(self, key: int) -> int:
        """Return the value stored for `key` (marking it recently used), or -1 if absent."""
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        """Insert or update `key`, evicting the least recently used key when over capacity."""
        raise NotImplementedError
