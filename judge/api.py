"""The library API the CLI (and later CI and the pytest plugin) call: run a problem, get a Result."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from judge import __version__, bank
from judge.errors import JudgeError, UsageError
from judge.history import SCHEMA_VERSION, append_record, read_history
from judge.limits import with_calibrated_limit
from judge.measurement import Complexity, check_complexity
from judge.notes import notes_file, read_notes
from judge.problems import Problem, all_problems, get_problem, problem_ids
from judge.reports import ProblemStats, all_stats
from judge.runner import LoadFailure, TestOutcome, execute
from judge.sandbox import Backend, select_backend
from judge.verdict import load_failure_verdict, run_verdict
from judge.workspace import Workspace, resolve_workspace


@dataclass(frozen=True)
class RunResult:
    """The verdict of one run with all its evidence."""

    problem: Problem
    verdict: str
    message: str
    outcomes: tuple[TestOutcome, ...]
    load_failure: LoadFailure | None
    solution: Path
    source: str  # workspace, file or reference
    solution_sha256: str
    sandbox: str
    python: str
    wall_seconds: float
    results_file: Path | None
    warning: str = ""  # e.g. that the local sandbox was used because Docker was not available
    complexity: Complexity | None = None  # None when the tests did not all pass or the check was skipped

    @property
    def passed(self) -> int:
        return sum(o.verdict == "AC" for o in self.outcomes)

    @property
    def total(self) -> int:
        return len(self.problem.tests)

    @property
    def first_failure(self) -> TestOutcome | None:
        return next((o for o in self.outcomes if o.verdict not in ("AC", "SKIP")), None)

    def times(self) -> list[float]:
        return [o.time for o in self.outcomes if o.time is not None]


def solution_for(problem: Problem, workspace: Workspace, solution: str | Path | None, reference: bool) -> tuple[Path, str]:
    """Which file to judge, and whose it is; a clear UsageError when it does not exist."""
    if reference:
        return bank.solutions_dir() / f"{problem.id}.py", "reference"
    if solution is not None:
        path = Path(solution).expanduser().resolve()
        if not path.is_file():
            raise UsageError(f"--solution {solution}: no such file; pass the path of your .py solution")
        return path, "file"
    path = workspace.solution_path(problem.id)
    if not path.is_file():
        raise UsageError(f"no solution at {path}; run 'judge start {problem.id}' to copy the stub there, "
                         "or pass --solution PATH")
    return path, "workspace"


def is_untouched_stub(problem: Problem, source: bytes) -> bool:
    stub = bank.stubs_dir() / f"{problem.id}.py"
    return stub.is_file() and stub.read_bytes().strip() == source.strip()


def run_problem(problem_id: str, *, solution: str | Path | None = None, reference: bool = False,
                workspace: Workspace | None = None, sandbox: str | Backend = "auto", fail_fast: bool = False,
                record: bool = True, detect_stub: bool = True, complexity: bool = True) -> RunResult:
    """Judge a solution of ``problem_id`` and append the verdict to the workspace's results file.

    Raises UsageError for bad input (unknown problem, missing file); a failure of the judge itself
    comes back as verdict IE with the reason, never as the user's fault. ``sandbox`` is a name for
    select_backend() or a backend chosen already (to reuse one across runs). ``detect_stub=False`` runs
    even an untouched stub (validation checks that it really reads as NA in the sandbox).
    """
    problem = get_problem(problem_id)
    workspace = workspace or resolve_workspace()
    path, source = solution_for(problem, workspace, solution, reference)
    content = path.read_bytes()
    display = _display_path(path)
    warning = ""
    if isinstance(sandbox, str):
        selection = select_backend(sandbox)
        backend, warning = selection.backend, selection.warning
    else:
        backend = sandbox
    started = time.perf_counter()
    outcomes: tuple[TestOutcome, ...] = ()
    load_failure = None
    measured = None
    python = ""
    sandbox_name = backend.name
    if detect_stub and is_untouched_stub(problem, content):
        verdict, message = "NA", f"{display} is still the untouched stub: write your solution there and run again"
        sandbox_name = "none"
    else:
        try:
            problem = with_calibrated_limit(problem, backend)
            execution = execute(problem, path, backend, display, fail_fast=fail_fast)
        except JudgeError as exc:
            verdict, message = "IE", f"the judge failed, not your solution: {exc}"
        else:
            outcomes, load_failure, python = tuple(execution.outcomes), execution.load_failure, execution.python
            verdict, message = _summarise(problem, outcomes, load_failure)
        if verdict == "AC" and complexity:
            try:
                measured = check_complexity(problem, path, backend, display)
            except JudgeError as exc:
                verdict, message = "IE", f"the judge failed, not your solution: {exc}"
            else:
                if measured.slow:
                    verdict, message = "SLOW", f"all tests passed, but {measured.slow.message}"
    result = RunResult(problem, verdict, message, outcomes, load_failure, path, source,
                       hashlib.sha256(content).hexdigest(), sandbox_name, python,
                       time.perf_counter() - started, workspace.results_file if record else None, warning, measured)
    if record:
        try:
            append_record(workspace.results_file, record_of(result))
        except OSError as exc:
            raise UsageError(f"{workspace.results_file}: cannot record the verdict ({exc.strerror}); "
                             "fix the folder's permissions or choose another --workspace") from None
    return result


def _summarise(problem: Problem, outcomes: tuple[TestOutcome, ...], load_failure: LoadFailure | None) -> tuple[str, str]:
    if load_failure:
        return load_failure_verdict(load_failure.kind), load_failure.message
    verdict = run_verdict([o.verdict for o in outcomes])
    passed = sum(o.verdict == "AC" for o in outcomes)
    failure = next((o for o in outcomes if o.verdict not in ("AC", "SKIP")), None)
    if verdict == "AC":
        return verdict, f"all {len(problem.tests)} tests passed"
    if verdict == "NA":
        return verdict, "the solution still raises NotImplementedError: not attempted yet"
    assert failure is not None
    return verdict, f"{passed}/{len(problem.tests)} tests passed; test {failure.index + 1} '{failure.name}': {failure.message}"


def _display_path(path: Path) -> str:
    """The path as the user would type it: relative to the current directory when inside it."""
    try:
        return os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path)
    except (ValueError, OSError):
        return str(path)


def record_of(result: RunResult) -> dict:
    """The results-file record of ``result`` (see judge/schemas/record.schema.json)."""
    times = result.times()
    failure = result.first_failure
    return {
        "schema_version": SCHEMA_VERSION,
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "problem": result.problem.id, "verdict": result.verdict,
        "passed": result.passed, "total": result.total,
        "failed_test": failure.name if failure else None,
        "timings": {"median_ms": _ms(statistics.median(times)) if times else None,
                    "max_ms": _ms(max(times)) if times else None,
                    "total_ms": _ms(sum(times)), "wall_ms": _ms(result.wall_seconds)},
        "solution_sha256": result.solution_sha256, "solution": str(result.solution), "source": result.source,
        "sandbox": result.sandbox, "python": result.python, "judge_version": __version__,
        "complexity": _complexity_status(result),
    }


def _complexity_status(result: RunResult) -> str | None:
    """ok / slow when growth was measured, unmeasured when the check was skipped or impossible."""
    if result.complexity is None or not result.complexity.ran:
        return "unmeasured" if result.verdict == "AC" else None
    return "slow" if result.complexity.slow else "ok"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def attempted_problems(workspace: Workspace) -> list[str]:
    """Bank problems with a solution in the workspace that is not the untouched stub."""
    found = []
    for problem_id in problem_ids():
        path = workspace.solution_path(problem_id)
        if path.is_file() and not is_untouched_stub(get_problem(problem_id), path.read_bytes()):
            found.append(problem_id)
    return found


def run_many(problem_ids_: list[str], *, workspace: Workspace, sandbox: Backend, fail_fast: bool = False,
             jobs: int = 1, complexity: bool = True) -> list[RunResult]:
    """Judge several problems, ``jobs`` at a time, each in its own sandbox run; results in input order."""
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        return list(pool.map(lambda i: run_problem(i, workspace=workspace, sandbox=sandbox, fail_fast=fail_fast,
                                                   complexity=complexity), problem_ids_))


def workspace_stats(workspace: Workspace) -> tuple[list[ProblemStats], list[dict], list[str]]:
    """The spreadsheet rows of a workspace, its records, and a warning per corrupt results line."""
    history = read_history(workspace.results_file)
    problems = {p.id: p for p in all_problems()}
    notes = read_notes(notes_file(workspace.results_file))
    return all_stats(problems, history.records, notes), history.records, history.warnings


def retry_problem(problem_id: str, workspace: Workspace) -> tuple[Path, Path | None]:
    """Start ``problem_id`` again from the stub, keeping the previous solution in the attempts archive.

    Returns the fresh file and where the old one went (None when there was none).
    """
    problem = get_problem(problem_id)
    target = workspace.solution_path(problem.id)
    archived = None
    if target.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        folder = workspace.root / ".judge" / "attempts" / problem.id
        folder.mkdir(parents=True, exist_ok=True)
        archived = next(folder / f"{stamp}{f'-{i}' if i else ''}.py" for i in range(10_000)
                        if not (folder / f"{stamp}{f'-{i}' if i else ''}.py").exists())
        os.replace(target, archived)
    workspace.ensure()
    shutil.copyfile(bank.stubs_dir() / f"{problem.id}.py", target)
    return target, archived
