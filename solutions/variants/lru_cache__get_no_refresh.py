# expect: WA
"""LRU Cache, wrong: get reads the value but forgets to mark the key as recently used."""

from collections import OrderedDict


class LRUCache:
    """A cache that only refreshes recency on put, so it evicts by insertion/update order."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        return self.data.get(key, -1)  # bug: no move_to_end here

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        elif len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
