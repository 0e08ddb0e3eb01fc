# expect: WA
"""Course Schedule Order, wrong: forgets to check that every course was placed, so a cycle
yields a partial order instead of []."""

from collections import deque


def find_order(num_courses: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Kahn's algorithm without the final length check."""
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for course, before in prerequisites:
        unlocks[before].append(course)
        missing[course] += 1
    ready = deque(c for c in range(num_courses) if missing[c] == 0)
    order: list[int] = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return order  # bug: should be [] when len(order) < num_courses
