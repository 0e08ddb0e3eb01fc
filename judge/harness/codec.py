"""JSON <-> Python values, in two directions that deliberately differ.

``decode`` is type-directed: spec JSON plus a declared Type gives the real object a solution
receives (tuples, sets, int-keyed dicts, linked ListNodes, TreeNodes).

``encode`` ignores the declared type and describes what the solution *actually* produced as
"tagged JSON": plain JSON for lists and scalars, ``{"$tuple": [...]}``, ``{"$set": [...]}``,
``{"$dict": [[k, v], ...]}``, ``{"$ListNode": [...]}``, ``{"$TreeNode": [...]}``,
``{"$float": "nan"}``, and ``{"$object": name, "repr": ...}`` for anything else. The host encodes
the expected answer with the same function, so both sides meet in one canonical form and an
object with a lying ``__eq__`` is just an ``$object`` that matches nothing.
"""

from __future__ import annotations

import json
import math
from collections import deque
from typing import Any

from judge.harness.structures import ListNode, TreeNode, build_list, build_tree
from judge.harness.typespec import Type

_FLAT = {"int": int, "str": str, "bool": bool, "float": float}
MAX_NODES = 1_000_000  # a longer linked list or tree is treated as a cycle
MAX_REPR = 200


class DecodeError(ValueError):
    """A JSON value that does not fit its declared type; ``path`` says where."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


def decode(value: Any, typ: Type, path: str = "") -> Any:
    """Turn spec JSON ``value`` into the Python object of type ``typ``."""
    name = typ.name
    if name == "any":
        return value
    if name == "optional":
        return None if value is None else decode(value, typ.args[0], path)
    if name == "None":
        _expect(value is None, path, "null", value)
        return None
    if name == "bool":
        _expect(isinstance(value, bool), path, "a boolean", value)
        return value
    if name == "int":
        _expect(isinstance(value, int) and not isinstance(value, bool), path, "an integer", value)
        return value
    if name == "float":
        if isinstance(value, str) and value in ("nan", "inf", "-inf"):
            return float(value)
        _expect(isinstance(value, (int, float)) and not isinstance(value, bool), path, "a number", value)
        try:
            return float(value)
        except OverflowError:
            raise DecodeError(path, f"{value} is too large for a float") from None
    if name == "str":
        _expect(isinstance(value, str), path, "a string", value)
        return value
    if name == "dict":
        return _decode_dict(value, typ, path)
    _expect(isinstance(value, list), path, f"a JSON array for {typ}", value)
    if name == "list" and typ.args[0].name in _FLAT and all(type(v) is _FLAT[typ.args[0].name] for v in value):
        return list(value)  # the common case, at C speed: large generated inputs are mostly flat lists
    if name == "list":
        return [decode(v, typ.args[0], f"{path}[{i}]") for i, v in enumerate(value)]
    if name == "set":
        try:
            return {decode(v, typ.args[0], f"{path}[{i}]") for i, v in enumerate(value)}
        except TypeError:
            raise DecodeError(path, f"elements of {typ.args[0]} cannot be in a set (they are not hashable)") from None
    if name == "tuple":
        return _decode_tuple(value, typ, path)
    if name == "ListNode":
        return build_list(decode(v, typ.args[0], f"{path}[{i}]") for i, v in enumerate(value))
    if name == "TreeNode":
        inner = Type("optional", (typ.args[0],))
        return build_tree([decode(v, inner, f"{path}[{i}]") for i, v in enumerate(value)])
    raise DecodeError(path, f"cannot decode type {typ}")


def _decode_tuple(value: list, typ: Type, path: str) -> tuple:
    if typ.variadic:
        return tuple(decode(v, typ.args[0], f"{path}[{i}]") for i, v in enumerate(value))
    if len(value) != len(typ.args):
        raise DecodeError(path, f"expected {len(typ.args)} items for {typ}, got {len(value)}")
    return tuple(decode(v, t, f"{path}[{i}]") for i, (v, t) in enumerate(zip(value, typ.args)))


def _decode_dict(value: Any, typ: Type, path: str) -> dict:
    key_type, value_type = typ.args
    if isinstance(value, dict):
        pairs = list(value.items())
        if key_type.name != "str":  # JSON object keys are strings: read them as JSON (e.g. "3" -> 3)
            pairs = [(_json_key(k, path), v) for k, v in pairs]
    elif isinstance(value, list) and all(isinstance(p, list) and len(p) == 2 for p in value):
        pairs = [tuple(p) for p in value]
    else:
        raise DecodeError(path, f"expected a JSON object or a list of [key, value] pairs for {typ}")
    return {decode(k, key_type, f"{path}.key({k!r})"): decode(v, value_type, f"{path}[{k!r}]") for k, v in pairs}


def _json_key(key: str, path: str) -> Any:
    try:
        return json.loads(key)
    except ValueError:
        raise DecodeError(path, f"dict key {key!r} is not valid JSON for a non-string key type") from None


def _expect(ok: bool, path: str, what: str, value: Any) -> None:
    if not ok:
        shown = json.dumps(value)[:60] if _jsonable(value) else repr(value)[:60]
        raise DecodeError(path, f"expected {what}, got {shown}")


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
        return True
    except (TypeError, ValueError):
        return False


def encode(obj: Any) -> Any:
    """Describe ``obj`` as tagged JSON, whatever its type; never raises on user objects."""
    try:
        return _encode(obj)
    except RecursionError:
        return {"$error": "value is nested too deeply to compare"}
    except Exception as exc:  # a user object hostile enough to break reading it
        return {"$error": f"the value could not be read ({type(exc).__name__})"}


def _encode(obj: Any) -> Any:
    # type(), never isinstance() (which trusts a spoofed __class__), and subclasses are read through
    # the base type's own methods, so an overridden dunder cannot lie about the contents.
    kind = type(obj)
    if obj is None or kind is bool:
        return obj
    if issubclass(kind, str):
        return str.__str__(obj)
    if issubclass(kind, int):
        return int.__int__(obj)
    if issubclass(kind, float):
        value = float.__float__(obj)
        return value if math.isfinite(value) else {"$float": repr(value)}
    if issubclass(kind, list):
        return [_encode(v) for v in list.__iter__(obj)]
    if issubclass(kind, tuple):
        return {"$tuple": [_encode(v) for v in tuple.__iter__(obj)]}
    if issubclass(kind, (set, frozenset)):
        base = set if issubclass(kind, set) else frozenset
        return {"$set": sorted((_encode(v) for v in base.__iter__(obj)), key=canonical)}
    if issubclass(kind, dict):
        pairs = ([_encode(k), _encode(v)] for k, v in dict.items(obj))
        return {"$dict": sorted(pairs, key=lambda kv: canonical(kv[0]))}
    if _looks_like(obj, ListNode, ("val", "next")):
        return _encode_list(obj)
    if _looks_like(obj, TreeNode, ("val", "left", "right")):
        return _encode_tree(obj)
    if kind.__module__ == "numpy" and hasattr(obj, "tolist"):
        return _encode(obj.tolist())  # ML solutions may return numpy arrays or scalars
    return {"$object": kind.__name__, "repr": _safe_repr(obj)}


def _looks_like(obj: Any, cls: type, attrs: tuple[str, ...]) -> bool:
    """Our node class, or a solution's own class of the same name and shape (LeetCode habit)."""
    if issubclass(type(obj), cls):
        return True
    return type(obj).__name__ == cls.__name__ and all(hasattr(obj, a) for a in attrs)


def _encode_list(head: Any) -> dict:
    values, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen or len(values) >= MAX_NODES:
            return {"$error": f"the linked list has a cycle (after {len(values)} nodes)"}
        seen.add(id(node))
        values.append(_encode(node.val))
        node = node.next
    return {"$ListNode": values}


def _encode_tree(root: Any) -> dict:
    order: list[Any] = []
    seen: set[int] = set()
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            order.append(None)
            continue
        if id(node) in seen or len(seen) >= MAX_NODES:
            return {"$error": "the tree has a cycle or a shared node"}
        seen.add(id(node))
        order.append(_encode(node.val))
        queue.append(node.left)
        queue.append(node.right)
    while order and order[-1] is None:
        order.pop()
    return {"$TreeNode": order}


def _safe_repr(obj: Any) -> str:
    try:
        text = repr(obj)
    except Exception as exc:  # a user's __repr__ may raise anything
        text = f"<{type(obj).__name__} whose repr raised {type(exc).__name__}>"
    return text if len(text) <= MAX_REPR else text[:MAX_REPR] + "..."


def canonical(tagged: Any) -> str:
    """A stable string for tagged JSON, used to sort sets and unordered lists."""
    return json.dumps(tagged, sort_keys=True, separators=(",", ":"))
