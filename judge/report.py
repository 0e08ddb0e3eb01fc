"""Turn a RunResult into what the user reads: the text report or the --json object."""

from __future__ import annotations

import difflib
import json
import statistics
from collections import Counter
from typing import Any

import click

from judge.api import RunResult
from judge.harness.codec import decode, encode
from judge.complexity import Decision
from judge.harness.typespec import parse_type
from judge.measurement import Complexity
from judge.problems import Problem
from judge.runner import TestOutcome
from judge.values import items, kind, render
from judge.verdict import VERDICTS

STDOUT_SHOWN = 2000
TABLE_ROWS = 8  # of the complexity table in the text report (--json has every size)
COLOURS = {"AC": "green", "NA": "yellow", "IE": "magenta"}


def to_json(result: RunResult) -> dict:
    """The --json object: stable keys for scripts."""
    failure = result.first_failure
    times = result.times()
    return {
        "problem": result.problem.id, "title": result.problem.title, "verdict": result.verdict,
        "passed": result.passed, "total": result.total, "message": result.message,
        "time_limit": result.problem.limits.time_per_test,
        "tests": [{"name": o.name, "verdict": o.verdict, "time": o.time, "message": o.message} for o in result.outcomes],
        "first_failure": _failure_json(result.problem, failure) if failure else None,
        "load_error": vars(result.load_failure) if result.load_failure else None,
        "timings": {"median_ms": statistics.median(times) * 1000 if times else None,
                    "max_ms": max(times) * 1000 if times else None},
        "solution": str(result.solution), "source": result.source, "sandbox": result.sandbox,
        "results_file": str(result.results_file) if result.results_file else None,
        "complexity": _complexity_json(result.complexity),
    }


def _complexity_json(complexity: Complexity | None) -> dict | None:
    if complexity is None:
        return None

    def decision(d: Decision | None) -> dict | None:
        if d is None:
            return None
        fits = {who: {"class": f.best_class, "slope": round(f.slope, 3)} if f else None
                for who, f in (("submission", d.submission), ("reference", d.reference))}
        return {"target": d.target, "slow": d.slow, "message": d.message, "advice": d.advice,
                "ratio_slope": None if d.ratio_slope is None else round(d.ratio_slope, 3), **fits,
                "points": [{"n": n, "submission": a, "reference": b} for n, a, b in d.points]}

    return {"ran": complexity.ran, "note": complexity.note, "stop": complexity.stop,
            "time": decision(complexity.time), "space": decision(complexity.space)}


def _failure_json(problem: Problem, outcome: TestOutcome) -> dict:
    return {"index": outcome.index, "name": outcome.name, "verdict": outcome.verdict, "message": outcome.message,
            "args": problem.tests[outcome.index].args, "expected": outcome.expected, "actual": outcome.actual,
            "traceback": outcome.traceback, "stdout": outcome.stdout}


def to_text(result: RunResult) -> str:
    """The human report: verdict, counts, the first failing test in full, timings, where it went."""
    problem = result.problem
    lines = [f"{problem.id} · {problem.title} · {result.source} solution {result.solution} · sandbox {result.sandbox}",
             _headline(result)]
    if result.load_failure:
        failure = result.load_failure
        lines += ["", failure.message]
        if failure.traceback:
            lines += ["", failure.traceback.rstrip()]
        if failure.stdout:
            lines += ["", "printed while loading:", _indent(_cut(failure.stdout))]
    elif result.first_failure:
        lines += [""] + _failure_text(problem, result.first_failure)
        counts = Counter(o.verdict for o in result.outcomes)
        lines += ["", "tests: " + ", ".join(f"{v} {n}" for v, n in counts.most_common())]
        others = [o for o in result.outcomes if o.verdict not in ("AC", "SKIP")][1:6]
        if others:
            lines.append("also failing: " + "; ".join(f"{o.index + 1} '{o.name}' {o.verdict}" for o in others))
    if result.complexity:
        lines += _complexity_text(result.complexity)
    times = result.times()
    if times:
        lines.append(f"time per test: median {_ms(statistics.median(times))}, max {_ms(max(times))}"
                     f" (limit {problem.limits.time_per_test:g} s)")
    if result.results_file:
        lines.append(f"recorded in {result.results_file}")
    return "\n".join(lines)


def _complexity_text(complexity: Complexity) -> list[str]:
    if not complexity.ran:
        return ["", f"complexity: {complexity.note}"]
    lines = [""]
    for decision, unit in ((complexity.time, _ms), (complexity.space, _bytes)):
        if decision is None:
            continue
        from tabulate import tabulate

        rows = [(n, unit(a), unit(b), f"{a / b:.1f}x" if b else "-") for n, a, b in decision.points[-TABLE_ROWS:]]
        lines.append(f"complexity ({decision.kind}, target {decision.target}):")
        lines += ["  " + line for line in tabulate(rows, headers=["n", "yours", "reference", "ratio"],
                                                     colalign=("right",) * 4).splitlines()]
        fits = [f"{who}: {f.best_class} (slope {f.slope:.2f})" for who, f in
                (("yours", decision.submission), ("reference", decision.reference)) if f]
        verdict = click.style("SLOW", fg="red", bold=True) if decision.slow else "ok"
        lines.append(f"  {' · '.join(fits)} → {verdict}: {decision.message}")
        if decision.advice:
            lines.append(f"  advice: {decision.advice}")
    if complexity.stop:
        lines.append(f"  note: {complexity.stop}")
    return lines


def _bytes(value: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def _headline(result: RunResult) -> str:
    verdict = click.style(f"{result.verdict}", fg=COLOURS.get(result.verdict, "red"), bold=True)
    return f"{verdict} {VERDICTS[result.verdict]} · {result.passed}/{result.total} tests passed"


def _failure_text(problem: Problem, outcome: TestOutcome) -> list[str]:
    test = problem.tests[outcome.index]
    lines = [f"first failing test: {outcome.index + 1} '{outcome.name}' → {outcome.verdict}"]
    lines += ["  input:    " + line for line in _args_text(problem, test.args)]
    if test.explanation:
        lines.append(f"  note:     {test.explanation}")
    if outcome.verdict == "WA":
        lines.append(f"  expected: {render(outcome.expected, 400)}")
        lines.append(f"  actual:   {render(outcome.actual, 400)}")
    lines.append(f"  why:      {outcome.message}")
    if outcome.verdict == "WA":
        lines += _short_diff(outcome.expected, outcome.actual)
    if outcome.traceback:
        lines += ["", _indent(outcome.traceback.rstrip())]
    if outcome.stdout:
        lines += ["", f"  your printed output ({outcome.stdout_chars} characters):", _indent(_cut(outcome.stdout), 4)]
    return lines


def _args_text(problem: Problem, args: list) -> list[str]:
    if problem.mode == "design":
        calls = [f"{name}({', '.join(render(a, 60) for a in rest)})" for name, *rest in args]
        return [", ".join(calls[:12]) + (f", ... ({len(calls)} calls)" if len(calls) > 12 else "")]
    shown = []
    for value, param in zip(args, problem.signature["params"]):
        tagged = encode(decode(value, parse_type(param["type"])))
        shown.append(f"{param['name']} = {render(tagged, 300)}")
    return shown


def _short_diff(expected: Any, actual: Any, limit: int = 16) -> list[str]:
    """A unified diff, item per line, when the values are too long to compare by eye."""
    sequences = ("list", "tuple", "set", "ListNode", "TreeNode")
    if kind(expected) not in sequences or kind(actual) not in sequences:
        return []
    if len(render(expected, 10_000)) < 120 and len(render(actual, 10_000)) < 120:
        return []
    left = [render(v, 120) for v in items(expected)]
    right = [render(v, 120) for v in items(actual)]
    diff = list(difflib.unified_diff(left, right, "expected", "actual", n=1, lineterm=""))
    if not diff:
        return []
    cut = diff[:limit] + ([f"... {len(diff) - limit} more diff lines"] if len(diff) > limit else [])
    return ["  diff (one item per line):"] + ["    " + line for line in cut]


def _cut(text: str, limit: int = STDOUT_SHOWN) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n... ({len(text) - limit} more characters not shown)"


def _indent(text: str, spaces: int = 2) -> str:
    return "\n".join(" " * spaces + line for line in text.splitlines())


def _ms(seconds: float) -> str:
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def many_to_json(results: list[RunResult]) -> dict:
    """The --json object of a multi-problem run."""
    verdicts = Counter(r.verdict for r in results)
    return {"results": [to_json(r) for r in results],
            "summary": {"problems": len(results), "accepted": verdicts.get("AC", 0), "verdicts": dict(verdicts)}}


def many_to_text(results: list[RunResult], workspace: Any) -> str:
    """One line per problem, then a count."""
    if not results:
        return f"no attempted problems in {workspace.root} (judge start PROBLEM creates one)"
    from tabulate import tabulate

    rows = [(r.problem.id, click.style(r.verdict, fg=COLOURS.get(r.verdict, "red"), bold=True),
             f"{r.passed}/{r.total}", r.message[:100]) for r in results]
    accepted = sum(r.verdict == "AC" for r in results)
    return tabulate(rows, headers=["problem", "verdict", "tests", "message"]) + \
        f"\n\n{accepted}/{len(results)} accepted · recorded in {results[0].results_file}"


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)
