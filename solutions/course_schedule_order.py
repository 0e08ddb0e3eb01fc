"""Course Schedule Order: Kahn's algorithm.

Repeatedly take a course with no unmet prerequisites and release the courses that wait on it;
if some courses are never released, they sit on a cycle and no order exists.
"""

from collections import deque


def find_order(num_courses: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Return one order that takes every course after its prerequisites, or [] if none exists."""
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    missing = [0] * num_courses  # prerequisites not yet taken, per course
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
    return order if len(order) == num_courses else []
