"""Drive a sandbox backend through a problem's tests and judge each result as it arrives.

The host side of the protocol: build the job (inputs only), read the harness's lines, validate
them against the schema, check outputs with the problem's checker, and turn kills and crashes into
verdicts. A run that the sandbox ends early (a kill at the deadline, a crash, os._exit) is started
again after the test that ended it, so one runaway test does not hide the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from judge.checkers import CheckCase, run_checker
from judge.errors import JudgeError
from judge.harness.codec import decode, encode
from judge.harness.typespec import parse_type
from judge.problems import Problem
from judge.sandbox import Backend, SandboxExit, SandboxRequest
from judge.schemas import compiled, load_schema
from judge.values import render

MAX_RESTARTS = 2  # after this many early ends, the remaining tests are reported as not run
PROTOCOL = 1
LINE_TYPES = frozenset(load_schema("result_line")["definitions"])


@dataclass(frozen=True)
class TestOutcome:
    """The verdict on one test, with the evidence the report shows."""

    index: int
    name: str
    verdict: str  # AC WA TLE MLE RE OLE NA, or SKIP when the test was not run
    time: float | None = None
    message: str = ""
    expected: Any = None  # tagged JSON
    actual: Any = None  # tagged JSON, None when nothing was returned
    stdout: str = ""
    stdout_chars: int = 0
    traceback: str = ""
    memory_kb: int | None = None


@dataclass(frozen=True)
class LoadFailure:
    """The solution could not be loaded: a syntax or import error, a missing name, a slow import."""

    kind: str
    message: str
    traceback: str = ""
    stdout: str = ""


@dataclass
class Execution:
    """What a run produced: per-test outcomes in test order, or the reason nothing ran."""

    outcomes: list[TestOutcome] = field(default_factory=list)
    load_failure: LoadFailure | None = None
    python: str = ""


def build_job(problem: Problem, indices: list[int], display_path: str) -> dict:
    """The harness job for ``indices``: the inputs and limits, never the expected answers."""
    return {
        "protocol": PROTOCOL, "problem": problem.id, "mode": problem.mode, "signature": problem.signature,
        "display_path": display_path, "time_per_test": problem.limits.time_per_test,
        "output_limit": problem.limits.output_kb * 1024,
        "tests": [{"index": i, "args": problem.tests[i].args} for i in indices],
    }


def execute(problem: Problem, solution: Path, backend: Backend, display_path: str,
            fail_fast: bool = False) -> Execution:
    """Run every test of ``problem`` against ``solution`` in ``backend`` and judge each one."""
    execution = Execution()
    judged: dict[int, TestOutcome] = {}
    pending = list(range(len(problem.tests)))
    restarts = 0
    while pending:
        request = SandboxRequest(job=build_job(problem, pending, display_path), solution=solution,
                                 memory_mb=problem.limits.memory_mb, time_per_test=problem.limits.time_per_test,
                                 output_limit=problem.limits.output_kb * 1024 + 64 * 1024)
        compiled("job")(request.job)
        session = _Session(problem, pending, judged, fail_fast)
        session.consume(backend.run(request))
        execution.python = execution.python or session.python
        if session.load_failure:
            execution.load_failure = session.load_failure
            return execution
        if session.stop or not pending:
            break
        if not session.ready:
            execution.load_failure = _load_failure_from_exit(session.exit, problem)
            return execution
        if not session.self_timed_out:
            index = pending.pop(0)
            judged[index] = _outcome_from_exit(problem, index, session.exit)
            if fail_fast:
                break
        restarts += 1
        if restarts > MAX_RESTARTS:
            break
    for index in pending:
        judged[index] = TestOutcome(index, problem.tests[index].name, "SKIP", message="not run")
    execution.outcomes = [judged[i] for i in sorted(judged)]
    return execution


class _Session:
    """One sandbox run: reads lines until the stream ends, the run fails fast, or it misbehaves."""

    def __init__(self, problem: Problem, pending: list[int], judged: dict[int, TestOutcome], fail_fast: bool):
        self.problem, self.pending, self.judged, self.fail_fast = problem, pending, judged, fail_fast
        self.ready = False
        self.stop = False
        self.self_timed_out = False
        self.done = False
        self.load_failure: LoadFailure | None = None
        self.exit = SandboxExit("exited", 0)
        self.python = ""

    def consume(self, events: Iterator[bytes | SandboxExit]) -> None:
        try:
            for event in events:
                if isinstance(event, SandboxExit):
                    self.exit = event
                    return
                if not self.handle(event):
                    return
        finally:
            events.close()  # kills the sandbox if we stopped reading early

    def handle(self, raw: bytes) -> bool:
        """Take one line; False once this run should end."""
        line = self.parse(raw)
        if line is None:
            return False
        kind = line["type"]
        if kind == "ready":
            self.ready, self.python = True, line["python"]
        elif kind == "load_error":
            self.load_failure = LoadFailure(line["kind"], line["message"], line["traceback"], line.get("stdout", ""))
            return False
        elif kind == "internal_error":
            raise JudgeError(f"the harness failed: {line['message'].strip().splitlines()[-1]}")
        elif kind == "test":
            index = self.pending.pop(0)
            outcome = judge_line(self.problem, index, line)
            self.judged[index] = outcome
            if line["status"] == "timeout":
                self.self_timed_out = True  # the harness exits after reporting it; start again after it
            if self.fail_fast and outcome.verdict != "AC":
                self.stop = True
                return False
        return True

    def parse(self, raw: bytes) -> dict | None:
        """A schema-valid line in the expected order, or None after judging the violation as RE."""
        try:
            line = json.loads(raw)
            if not isinstance(line, dict) or line.get("type") not in LINE_TYPES:
                raise ValueError("not a result line")
            compiled("result_line", line["type"])(line)
            if line["type"] == "test" and (not self.ready or not self.pending or line["index"] != self.pending[0]):
                raise ValueError("out of order")
            if line["type"] == "ready" and self.ready or self.done:
                raise ValueError("a second ready line, or a line after done")
            self.done = line["type"] == "done"
            return line
        except ValueError:  # bad JSON, a schema violation (JsonSchemaException), or out of order
            if not self.ready:  # before the solution was loaded, only the harness can have written
                raise JudgeError(f"the harness wrote an invalid line: {raw[:200]!r}") from None
            index = self.pending.pop(0)
            self.judged[index] = TestOutcome(
                index, self.problem.tests[index].name, "RE",
                message="the judge's result channel received a line the harness did not write "
                        "(the submission wrote to the judge's file descriptors)")
            self.stop = self.fail_fast
            return None


def judge_line(problem: Problem, index: int, line: dict) -> TestOutcome:
    """Turn one harness test line into a verdict, checking the output on the host."""
    test = problem.tests[index]
    base = dict(index=index, name=test.name, time=line["time"], stdout=line["stdout"],
                stdout_chars=line["stdout_chars"], memory_kb=line["memory_kb"])
    error = line["error"] or {}
    status = line["status"]
    if status == "ok":
        expected = expected_tagged(problem, index)
        message = _check(problem, index, expected, line["output"])
        return TestOutcome(verdict="WA" if message else "AC", message=message or "", expected=expected,
                           actual=line["output"], **base)
    verdicts = {"timeout": ("TLE", f"exceeded the time limit of {problem.limits.time_per_test:g} s"),
                "memory": ("MLE", f"exceeded the memory limit of {problem.limits.memory_mb} MB ({error.get('message', 'MemoryError')})"),
                "output": ("OLE", f"printed more than the output limit of {problem.limits.output_kb} KB"),
                "not_implemented": ("NA", "raised NotImplementedError: not attempted yet"),
                "error": ("RE", error.get("message", "raised an exception"))}
    verdict, message = verdicts[status]
    if error.get("type") == "RecursionError":
        message += " (recursion deeper than the judge's limit: is there a missing base case?)"
    return TestOutcome(verdict=verdict, message=message, traceback=error.get("traceback", ""), **base)


def expected_tagged(problem: Problem, index: int) -> Any:
    """The expected answer in the same tagged form the harness uses for outputs."""
    expected = problem.tests[index].expected
    if problem.mode == "design":
        methods = {m["name"]: m for m in problem.signature["methods"]}
        calls = problem.tests[index].args
        return [encode(decode(value, parse_type(methods["__init__" if k == 0 else call[0]].get("returns", "None"))))
                for k, (value, call) in enumerate(zip(expected, calls))]
    return encode(decode(expected, problem.result_type()))


def _check(problem: Problem, index: int, expected: Any, actual: Any) -> str | None:
    test = problem.tests[index]
    if problem.mode != "design":
        return run_checker(CheckCase(expected, actual, problem.checker, test.args, test.expected, problem.directory))
    if not isinstance(actual, list) or len(actual) != len(expected):
        return f"expected {len(expected)} call results, got {render(actual, 80)}"
    for k, (call, want, got) in enumerate(zip(test.args, expected, actual)):
        message = run_checker(CheckCase(want, got, problem.checker, call[1:], test.expected[k], problem.directory))
        if message:
            shown = f"{call[0]}({', '.join(json.dumps(a) for a in call[1:])})"
            return f"call {k + 1} of {len(expected)}, {shown}: {message}"
    return None


def _outcome_from_exit(problem: Problem, index: int, exit: SandboxExit) -> TestOutcome:
    """The verdict on the test that was running when the sandbox ended without reporting it."""
    limits = problem.limits
    name = problem.tests[index].name
    if exit.reason == "deadline":
        return TestOutcome(index, name, "TLE", message=f"killed: exceeded the time limit of {limits.time_per_test:g} s ({exit.detail})")
    if exit.reason == "memory":
        return TestOutcome(index, name, "MLE", message=f"killed: exceeded the memory limit of {limits.memory_mb} MB")
    if exit.reason == "output":
        return TestOutcome(index, name, "OLE", message=f"killed: output flood ({exit.detail})")
    if exit.reason == "crashed":
        return TestOutcome(index, name, "RE", message=f"the process crashed: {exit.detail}")
    return TestOutcome(index, name, "RE", message=f"the process ended during this test (exit code {exit.returncode}) "
                       "without reporting a result: os._exit(), a killed parent or a crash ended the run")


def _load_failure_from_exit(exit: SandboxExit, problem: Problem) -> LoadFailure:
    if exit.reason == "deadline":
        return LoadFailure("timeout", f"loading the solution took longer than {problem.limits.time_per_test:g} s")
    if exit.reason == "exited" and exit.returncode == 0:
        return LoadFailure("exception", "the solution ended the process while it was being loaded")
    if exit.reason in ("memory", "output", "crashed"):
        return LoadFailure("exception", f"the sandbox ended while loading the solution: {exit.reason} ({exit.detail.strip()[:300]})")
    raise JudgeError(f"the sandbox ended before the harness started (exit code {exit.returncode}): {exit.detail.strip()[-500:]}")
