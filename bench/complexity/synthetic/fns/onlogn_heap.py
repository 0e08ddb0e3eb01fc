# class: O(n log n)
# input: ints
"""Heapsort with heapq: heapify, then n heappops of O(log n) each (in C)."""

import heapq


def solve(nums: list[int]) -> int:
    heap = list(nums)
    heapq.heapify(heap)
    last = 0
    while heap:
        last = heapq.heappop(heap)
    return last
