"""The complexity check of a run: one sandbox job that times the submission and the reference side
by side on generated inputs, then the decision (judge.complexity) for time and for space."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from judge import bank
from judge.complexity import SPACE_FLOOR, TOP_POINTS, Decision, Point, decide
from judge.errors import JudgeError
from judge.problems import Problem
from judge.runner import build_job
from judge.sandbox import Backend, SandboxExit, SandboxRequest
from judge.schemas import compiled

SEED = 20261124
TARGET_SECONDS = 0.02  # grow the ladder until a call of the submission costs this much
BUDGET_SECONDS = 1.0  # of timed calls, inside the sandbox
WALL_SECONDS = 1.6  # of the whole ladder, input building included
MIN_SIZES = 5
CALL_TIMEOUT = 1.0  # one call at one size; beyond it the ladder ends (a censored point)
MEASURE_LINE_GAP = 15.0  # seconds the host waits for the next line of a measurement
MEASURE_TOTAL = 60.0  # seconds for the whole measurement run, however steady its lines


@dataclass(frozen=True)
class Complexity:
    """The evidence and the conclusions of the complexity check (or why it did not run)."""

    ran: bool
    note: str = ""
    time: Decision | None = None
    space: Decision | None = None
    stop: str = ""  # why the ladder ended early, when it did

    @property
    def slow(self) -> Decision | None:
        return next((d for d in (self.time, self.space) if d and d.slow), None)


@dataclass
class _Lines:
    time: list[tuple[Point, Point]] = field(default_factory=list)
    space: list[tuple[Point, Point]] = field(default_factory=list)
    stop: dict | None = None


def generator_path(problem: Problem) -> Path | None:
    path = problem.directory / "gen.py"
    return path if path.is_file() and "generator" in problem.complexity else None


def check_complexity(problem: Problem, solution: Path, backend: Backend, display_path: str,
                     sizes: list[int] | None = None) -> Complexity:
    """Measure and decide; a problem without a generator says so instead."""
    generator = generator_path(problem)
    if generator is None:
        return Complexity(False, "this problem has no generator (gen.py), so its complexity is not measured")
    spec = problem.complexity["generator"]
    job = build_job(problem, [], display_path)
    job["measure"] = {"generator": "gen.py", "reference": "reference.py", "seed": SEED, "sizes": sizes,
                      "start": spec.get("start", 16), "max_n": spec.get("max_n", 1 << 20),
                      "target_seconds": TARGET_SECONDS, "budget_seconds": BUDGET_SECONDS, "wall_seconds": WALL_SECONDS,
                      "min_sizes": MIN_SIZES, "call_timeout": CALL_TIMEOUT}
    compiled("job")(job)
    request = SandboxRequest(job=job, solution=solution, memory_mb=problem.limits.memory_mb,
                             time_per_test=MEASURE_LINE_GAP, output_limit=problem.limits.output_kb * 1024 + 65536,
                             files=(("gen.py", generator), ("reference.py", bank.solutions_dir() / f"{problem.id}.py")),
                             total=MEASURE_TOTAL)
    lines = _read(backend, request)
    if lines.stop and lines.stop["who"] == "reference":
        raise JudgeError(f"the reference solution failed while measuring at n={lines.stop['n']}: {lines.stop['message']}")
    time_points = list(lines.time)
    if lines.stop and lines.stop["reason"] == "timeout" and "reference" in lines.stop:
        n = lines.stop["n"]
        time_points.append((Point(n, CALL_TIMEOUT, censored=True), Point(n, lines.stop["reference"])))
    time_decision = _decide_time(spec["time"], time_points)
    if time_decision.slow and sizes is None:
        # A second opinion before failing anyone: the largest sizes again, each side keeping its
        # faster time, so a burst of load during one pass cannot make an optimal solution SLOW.
        top = [s.n for s, _ in time_points if not s.censored][-TOP_POINTS:]
        again = _read(backend, replace(request, job={**job, "measure": {**job["measure"], "sizes": top}}))
        time_points = _merge(time_points, again.time)
        time_decision = _decide_time(spec["time"], time_points)
    space_decision = decide("space", spec["space"], [s for s, _ in lines.space], [r for _, r in lines.space],
                            floor=SPACE_FLOOR) if len(lines.space) >= 3 else None
    stop = f"the ladder stopped at n={lines.stop['n']}: {lines.stop['message']}" if lines.stop else ""
    return Complexity(True, "", time_decision, space_decision, stop)


def _decide_time(target: str, points: list[tuple[Point, Point]]) -> Decision:
    return decide("time", target, [s for s, _ in points], [r for _, r in points])


def _merge(points: list[tuple[Point, Point]], again: list[tuple[Point, Point]]) -> list[tuple[Point, Point]]:
    """Each size keeps the faster time of each side over both passes."""
    second = {s.n: (s, r) for s, r in again}
    merged = []
    for sub, ref in points:
        if sub.n in second and not sub.censored:
            sub2, ref2 = second[sub.n]
            sub, ref = Point(sub.n, min(sub.value, sub2.value)), Point(ref.n, min(ref.value, ref2.value))
        merged.append((sub, ref))
    return merged


def _read(backend: Backend, request: SandboxRequest) -> _Lines:
    lines = _Lines()
    events = backend.run(request)
    try:
        for event in events:
            if isinstance(event, SandboxExit):
                if event.reason not in ("exited",) and lines.stop is None:
                    lines.stop = {"n": lines.time[-1][0].n if lines.time else 0, "who": "submission",
                                  "reason": "error", "message": f"the sandbox ended it ({event.reason})"}
                break
            line = json.loads(event)
            kind = line.get("type")
            if kind not in ("ready", "measure", "space", "measure_stop", "done", "load_error", "internal_error"):
                raise JudgeError(f"unexpected line while measuring: {event[:200]!r}")
            compiled("result_line", kind)(line)
            if kind == "measure":
                lines.time.append((Point(line["n"], line["submission"]), Point(line["n"], line["reference"])))
            elif kind == "space":
                lines.space.append((Point(line["n"], line["submission"]), Point(line["n"], line["reference"])))
            elif kind == "measure_stop":
                lines.stop = line
            elif kind in ("load_error", "internal_error"):
                raise JudgeError(f"the measurement could not start: {line['message'][:300]}")
    except ValueError as exc:  # bad JSON or a schema violation: the submission wrote to the channel
        lines.stop = {"n": 0, "who": "submission", "reason": "error", "message": f"protocol violation ({exc})"}
    finally:
        events.close()
    return lines
