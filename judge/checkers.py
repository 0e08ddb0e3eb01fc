"""Checkers: small named functions with one signature, chosen by name in the spec (DMOJ style).

Each takes a CheckCase and returns None when the output is accepted, or one sentence saying where
and how it differs. They run on the host only, over tagged JSON (see judge.values).
"""

from __future__ import annotations

import importlib.util
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from judge.errors import JudgeError
from judge.harness.codec import canonical
from judge.values import items, kind, number, plain, render

DEFAULT_REL = 1e-6
DEFAULT_ABS = 1e-9


@dataclass(frozen=True)
class CheckCase:
    """Everything a checker may look at for one test."""

    expected: Any  # tagged JSON of the expected answer
    actual: Any  # tagged JSON of what the submission produced
    options: dict = field(default_factory=dict)  # the spec's "checker" object
    args: list = field(default_factory=list)  # the test's JSON args (for custom checkers)
    expected_json: Any = None  # the test's JSON expected value (for custom checkers)
    directory: Path | None = None  # the problem's folder (for custom checkers)


Checker = Callable[[CheckCase], "str | None"]


def exact(case: CheckCase) -> str | None:
    """The same value of the same type all the way down; tuples may pass as lists if asked."""
    expected, actual = case.expected, case.actual
    if case.options.get("tuples_as_lists"):
        expected, actual = _tuples_to_lists(expected), _tuples_to_lists(actual)
    return difference(expected, actual)


def float_tolerance(case: CheckCase) -> str | None:
    """Numbers match within rel/abs tolerance wherever they appear; everything else exactly."""
    tolerance = (case.options.get("rel", DEFAULT_REL), case.options.get("abs", DEFAULT_ABS))
    return difference(case.expected, case.actual, tolerance=tolerance)


def unordered(case: CheckCase) -> str | None:
    """The top-level list as a multiset; with ``nested`` every inner list too."""
    if kind(case.actual) != "list":
        return f"expected a list, got {_describe(case.actual)}"
    nested = bool(case.options.get("nested"))
    expected = Counter(canonical(_sorted_deep(v) if nested else v) for v in case.expected)
    actual = Counter(canonical(_sorted_deep(v) if nested else v) for v in case.actual)
    if expected == actual:
        return None
    by_key = {canonical(_sorted_deep(v) if nested else v): v for v in case.expected + case.actual}
    missing = [render(by_key[k], 80) for k in (expected - actual).elements()]
    extra = [render(by_key[k], 80) for k in (actual - expected).elements()]
    parts = [f"missing {_few(missing)}" if missing else "", f"unexpected {_few(extra)}" if extra else ""]
    return "in any order, " + "; ".join(p for p in parts if p)


def custom(case: CheckCase) -> str | None:
    """The problem's own ``check(args, expected, actual)`` from checker.py (any-valid-answer problems)."""
    assert case.directory is not None
    check = _load_custom(case.directory / case.options.get("file", "checker.py"))
    try:
        message = check(case.args, case.expected_json, plain(case.actual))
    except Exception as exc:
        raise JudgeError(f"{case.directory.name}'s custom checker failed: {type(exc).__name__}: {exc}") from exc
    return None if message is None else str(message)


CHECKERS: dict[str, Checker] = {"exact": exact, "float": float_tolerance, "unordered": unordered, "custom": custom}


def run_checker(case: CheckCase) -> str | None:
    """Dispatch to the checker the spec names; errors in the output are reported, not raised."""
    if kind(case.actual) == "error":
        return f"the output cannot be compared: {case.actual['$error']}"
    return CHECKERS[case.options.get("name", "exact")](case)


@lru_cache(maxsize=None)
def _load_custom(path: Path) -> Checker:
    spec = importlib.util.spec_from_file_location(f"judge_checker_{path.parent.name}", path)
    if spec is None or spec.loader is None:
        raise JudgeError(f"{path}: cannot be imported as a checker")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "check", None)):
        raise JudgeError(f"{path}: defines no check(args, expected, actual) function")
    return module.check


def difference(expected: Any, actual: Any, path: str = "", tolerance: tuple[float, float] | None = None) -> str | None:
    """The first place where ``actual`` differs from ``expected``, as a sentence; None if equal."""
    where = f"at {path}: " if path else ""
    ek, ak = kind(expected), kind(actual)
    if tolerance and ek in ("int", "float") and ak in ("int", "float"):
        e, a = number(expected), number(actual)
        if (math.isnan(e) and math.isnan(a)) or math.isclose(e, a, rel_tol=tolerance[0], abs_tol=tolerance[1]):
            return None
        return f"{where}expected {render(expected)}, got {render(actual)} (beyond rel {tolerance[0]:g} / abs {tolerance[1]:g})"
    if ek != ak:
        return f"{where}expected {_describe(expected)}, got {_describe(actual)}"
    if ek == "set":
        return _set_difference(expected, actual, where)
    if ek == "dict":
        return _dict_difference(expected, actual, path, tolerance)
    if ek in ("list", "tuple", "ListNode", "TreeNode"):
        return _sequence_difference(ek, items(expected), items(actual), path, tolerance)
    if ek == "float":
        e, a = number(expected), number(actual)
        return None if e == a or (math.isnan(e) and math.isnan(a)) else f"{where}expected {render(expected)}, got {render(actual)}"
    if expected != actual:
        return f"{where}expected {render(expected)}, got {render(actual)}"
    return None


def _sequence_difference(k: str, expected: list, actual: list, path: str, tolerance) -> str | None:
    label = {"ListNode": "node", "TreeNode": "level-order position"}.get(k)
    for i, (e, a) in enumerate(zip(expected, actual)):
        sub = f"{path} {label} {i}".strip() if label else f"{path}[{i}]"
        message = difference(e, a, sub, tolerance)
        if message:
            return message
    if len(expected) != len(actual):
        unit = "nodes" if label else "items"
        where = f"at {path}: " if path else ""
        return (f"{where}expected {len(expected)} {unit}, got {len(actual)} "
                f"({'extra' if len(actual) > len(expected) else 'missing'} from position {min(len(expected), len(actual))})")
    return None


def _set_difference(expected: dict, actual: dict, where: str) -> str | None:
    e = {canonical(v): v for v in items(expected)}
    a = {canonical(v): v for v in items(actual)}
    if e.keys() == a.keys():
        return None
    missing = [render(e[k], 60) for k in e.keys() - a.keys()]
    extra = [render(a[k], 60) for k in a.keys() - e.keys()]
    parts = [f"missing {_few(missing)}" if missing else "", f"unexpected {_few(extra)}" if extra else ""]
    return where + "set differs: " + "; ".join(p for p in parts if p)


def _dict_difference(expected: dict, actual: dict, path: str, tolerance) -> str | None:
    e = {canonical(k): (k, v) for k, v in expected["$dict"]}
    a = {canonical(k): (k, v) for k, v in actual["$dict"]}
    where = f"at {path}: " if path else ""
    if missing := [render(e[k][0], 60) for k in e.keys() - a.keys()]:
        return f"{where}missing key(s) {_few(missing)}"
    if extra := [render(a[k][0], 60) for k in a.keys() - e.keys()]:
        return f"{where}unexpected key(s) {_few(extra)}"
    for key, (raw_key, value) in e.items():
        message = difference(value, a[key][1], f"{path}[{render(raw_key, 40)}]", tolerance)
        if message:
            return message
    return None


def _describe(value: Any) -> str:
    k = kind(value)
    article = "an" if k[0] in "aeiouAEIOU" else "a"
    if k in ("None", "error"):
        return render(value, 80)
    return f"{article} {k} ({render(value, 80)})"


def _few(values: list[str], limit: int = 5) -> str:
    shown = ", ".join(sorted(values)[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def _tuples_to_lists(value: Any) -> Any:
    k = kind(value)
    if k in ("list", "tuple"):
        return [_tuples_to_lists(v) for v in items(value)]
    if k == "dict":
        return {"$dict": [[_tuples_to_lists(a), _tuples_to_lists(b)] for a, b in value["$dict"]]}
    return value


def _sorted_deep(value: Any) -> Any:
    if kind(value) == "list":
        return sorted((_sorted_deep(v) for v in value), key=canonical)
    return value
