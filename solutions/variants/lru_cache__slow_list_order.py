# expect: SLOW
"""LRU Cache, slow: recency is kept in a plain list, so every refresh and eviction is O(capacity)."""


class LRUCache:
    """A dict of values plus a list of keys from least to most recently used."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.order: list[int] = []

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)  # O(capacity) scan
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            del self.values[self.order.pop(0)]  # O(capacity) shift
        self.values[key] = value
        self.order.append(key)
