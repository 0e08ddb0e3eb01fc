# expect: SLOW
"""Course Schedule Order, slow: rescan every course until one with all prerequisites taken is found.

Each pass over all courses and their prerequisites costs O(n + m), and a long prerequisite chain
needs about n passes: O(n * (n + m)).
"""


def find_order(num_courses: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Return one order that takes every course after its prerequisites, or [] if none exists."""
    needs: list[list[int]] = [[] for _ in range(num_courses)]
    for course, before in prerequisites:
        needs[course].append(before)
    taken = [False] * num_courses
    order: list[int] = []
    progress = True
    while progress and len(order) < num_courses:
        progress = False
        for course in range(num_courses):
            if not taken[course] and all(taken[b] for b in needs[course]):
                taken[course] = True
                order.append(course)
                progress = True
    return order if len(order) == num_courses else []
