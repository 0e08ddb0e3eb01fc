"""Per-test time limits calibrated from the reference solution on this machine (the Kattis rule).

limit = max(FLOOR, 2 x the reference's slowest test, rounded up to 0.1 s), capped by the spec's
``time_per_test``. It is measured once per problem, sandbox (image or interpreter) and machine, and
cached in ``$XDG_CACHE_HOME/judge/limits.json``; a changed spec, reference or image has a new key.
"""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import json
import math
import os
import platform
from pathlib import Path

from judge import bank
from judge.problems import Problem
from judge.sandbox import Backend

FLOOR = 1.0  # seconds: process scheduling noise makes shorter limits unfair
FACTOR = 2.0


def cache_file() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "judge" / "limits.json"


def machine_id() -> str:
    """What makes timings comparable: the host, its CPU model and its core count."""
    model = ""
    try:
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    except OSError:
        pass
    return f"{platform.node()}|{model or platform.processor()}|{os.cpu_count()}"


def cache_key(problem: Problem, backend: Backend) -> str:
    digest = hashlib.sha256(problem.spec_path.read_bytes())
    digest.update((bank.solutions_dir() / f"{problem.id}.py").read_bytes())
    digest.update(f"{backend.identity}|{machine_id()}".encode())
    return f"{problem.id}:{digest.hexdigest()[:16]}"


def rule(reference_max_seconds: float, ceiling: float) -> float:
    """The Kattis rule: twice the reference's slowest test, rounded up to 0.1 s, floored, capped."""
    return min(ceiling, max(FLOOR, math.ceil(FACTOR * reference_max_seconds * 10) / 10))


def with_calibrated_limit(problem: Problem, backend: Backend) -> Problem:
    """``problem`` with its per-test limit calibrated for ``backend`` on this machine (cached)."""
    key = cache_key(problem, backend)
    cached = _read_cache().get(key)
    if cached is None:
        from judge.runner import execute

        reference = bank.solutions_dir() / f"{problem.id}.py"
        execution = execute(problem, reference, backend, "<reference solution>")
        times = [o.time for o in execution.outcomes if o.time is not None and o.verdict == "AC"]
        if execution.load_failure or len(times) != len(problem.tests):
            return problem  # the reference does not pass here: keep the spec's limit; validate reports it
        cached = rule(max(times), problem.limits.time_per_test)
        _write_cache(key, cached)
    return dataclasses.replace(problem, limits=dataclasses.replace(problem.limits, time_per_test=cached))


def _read_cache() -> dict:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}  # a missing or corrupt cache only costs a recalibration


def _write_cache(key: str, limit: float) -> None:
    path = cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = _read_cache()
        data[key] = limit
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
