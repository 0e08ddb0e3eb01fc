"""Checker for course_schedule_order: any valid order is accepted, and [] only when there is none.

`expected` is one valid order, or [] when the prerequisites contain a cycle.
"""


def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check(args: list, expected, actual) -> str | None:
    """Return None when `actual` is a valid answer, else one sentence saying why not."""
    num_courses, prerequisites = args[0], args[1]

    if isinstance(actual, dict) and "$object" in actual:
        return f"expected a list of course numbers, got a {actual['$object']} object"
    if not isinstance(actual, list):
        return f"expected a list of course numbers, got {_show(actual)}"

    if expected == []:
        if actual == []:
            return None
        return f"expected [] because the prerequisites have a cycle, got a list of {len(actual)} course(s)"

    if actual == []:
        return f"returned [] but a valid order exists, e.g. {_show(expected)}"

    position: dict[int, int] = {}
    for index, course in enumerate(actual):
        if not isinstance(course, int) or isinstance(course, bool):
            return f"item {index} of the order is {_show(course)}, not a course number"
        if not 0 <= course < num_courses:
            return f"course {course} does not exist (courses are numbered 0 to {num_courses - 1})"
        if course in position:
            return f"course {course} appears more than once"
        position[course] = index

    for course in range(num_courses):
        if course not in position:
            return f"course {course} is missing"

    for course, before in prerequisites:
        if position[course] < position[before]:
            return f"course {course} comes before its prerequisite {before}"
    return None
