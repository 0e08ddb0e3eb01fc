"""Course Schedule Order: run `judge show course_schedule_order` for the statement."""


def find_order(num_courses: int, prerequisites: list[tuple[int, int]]) -> list[int]:
    """Return one order that takes every course after its prerequisites, or [] if none exists."""
    raise NotImplementedError
