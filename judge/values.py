"""The host's view of tagged JSON (see judge.harness.codec): kinds, rendering, plain data.

Both the expected answer and the submission's output arrive here in the same tagged form, so the
checkers and the report never touch a live object from the submission.
"""

from __future__ import annotations

import json
from typing import Any

TAGS = ("$tuple", "$set", "$dict", "$ListNode", "$TreeNode", "$float", "$object", "$error")


def kind(value: Any) -> str:
    """A short name for what ``value`` is: int, float, str, bool, None, list, tuple, set, dict, ..."""
    if value is None:
        return "None"
    if isinstance(value, dict) and len(value) >= 1:
        tag = next(iter(value))
        if tag in TAGS:
            return "float" if tag == "$float" else tag[1:]
    return type(value).__name__


def number(value: Any) -> float | None:
    """The numeric value of an int or float (tagged nan/inf included); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if kind(value) == "float":
        return float(value["$float"])
    return None


def items(value: Any) -> list:
    """The elements of a sequence-like tagged value (list, tuple, set, linked list, tree)."""
    return value if isinstance(value, list) else next(iter(value.values()))


def render(value: Any, limit: int = 300) -> str:
    """``value`` as a Python user would write it, cut to ``limit`` characters."""
    text = _render(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _render(value: Any) -> str:
    k = kind(value)
    if k in ("int", "bool", "None", "str"):
        return repr(value)
    if k == "float":
        return repr(number(value))
    if k == "list":
        return "[" + ", ".join(map(_render, value)) + "]"
    if k == "tuple":
        inner = [_render(v) for v in items(value)]
        return "(" + ", ".join(inner) + ("," if len(inner) == 1 else "") + ")"
    if k == "set":
        return "{" + ", ".join(map(_render, items(value))) + "}" if items(value) else "set()"
    if k == "dict":
        return "{" + ", ".join(f"{_render(a)}: {_render(b)}" for a, b in value["$dict"]) + "}"
    if k == "ListNode":
        return " -> ".join(map(_render, value["$ListNode"])) if value["$ListNode"] else "None (empty list)"
    if k == "TreeNode":
        return "TreeNode[" + ", ".join("null" if v is None else _render(v) for v in value["$TreeNode"]) + "]"
    if k == "object":
        return f"<{value['$object']} object: {value.get('repr', '')}>"
    if k == "error":
        return f"<{value['$error']}>"
    return json.dumps(value)


def plain(value: Any) -> Any:
    """Plain data for custom checkers: tuples, sets, linked lists and trees become lists."""
    k = kind(value)
    if k == "list":
        return [plain(v) for v in value]
    if k in ("tuple", "set", "ListNode", "TreeNode"):
        return [plain(v) for v in items(value)]
    if k == "dict":
        return {_hashable(plain(a)): plain(b) for a, b in value["$dict"]}
    if k == "float":
        return number(value)
    return value


def _hashable(value: Any) -> Any:
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value
