"""Complexity measurement, inside the sandbox (stdlib only).

The submission and the reference run side by side on the same generated inputs: at each size of
a doubling ladder, windows alternate between the two (so machine noise hits both), and each
keeps the minimum over its windows. The ladder is calibrated to the submission: it grows until a
call costs tens of milliseconds, the time budget runs out, or the generator's max_n is reached.
Garbage collection runs before and is off during a timing window; in-place functions get fresh
inputs for every call. A separate pass measures extra memory with tracemalloc (peak minus the
baseline after the inputs exist, so the input itself is excluded).

Lines: {"type": "measure", "n", "submission", "reference"} (seconds per call) per size,
{"type": "space", "n", "submission", "reference"} (bytes) for the largest sizes,
{"type": "measure_stop", "n", "who", "reason", "message"} when a call overran or raised, then done.
"""

from __future__ import annotations

import gc
import importlib.util
import math
import random
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable

from judge.harness.codec import decode
from judge.harness.typespec import parse_type

WINDOW_SECONDS = 0.004  # one timing window: enough calls to be well above the clock's resolution
FRESH_WINDOW_SECONDS = 0.0005  # shorter with fresh inputs: building them costs far more than the calls
MAX_CALLS = 20_000
SPACE_SIZES = 4  # largest sizes measured for memory
FRESH_ELEMENTS = 1 << 20  # with fresh inputs per call, a window holds at most this many input elements


class Stop(Exception):
    """Ends the ladder: a call overran its timeout or raised."""

    def __init__(self, record: dict):
        super().__init__(record["message"])
        self.record = record


def prepare(namespace: dict, job: dict, raw_args: list) -> Callable[[], Any]:
    """A zero-argument call of the solution on freshly decoded ``raw_args``."""
    signature = job["signature"]
    if job["mode"] == "design":
        methods = {m["name"]: m for m in signature["methods"]}
        cls = namespace[signature["class"]]
        calls = [(name, [decode(v, parse_type(p["type"]))
                         for v, p in zip(args, methods["__init__" if k == 0 else name]["params"])])
                 for k, (name, *args) in enumerate(raw_args)]

        def run_design() -> None:
            obj = cls(*calls[0][1])
            for name, args in calls[1:]:
                getattr(obj, name)(*args)

        return run_design
    func = namespace[signature["function"]]
    args = [decode(v, parse_type(p["type"])) for v, p in zip(raw_args, signature["params"])]
    return lambda: func(*args)


class Measurer:
    def __init__(self, job: dict, send: Callable[[dict], None], watchdog: Any, solutions: dict[str, dict],
                 folder: Path):
        self.job = job
        self.spec = job["measure"]
        self.send = send
        self.watchdog = watchdog
        self.solutions = solutions  # "submission" and "reference" -> module namespace
        self.fresh = job["mode"] == "inplace" or _has_nodes(job)  # these inputs get changed by the call
        self.spent = 0.0  # seconds inside timed calls: decoding inputs does not count against the budget
        self.shared: dict[str, Callable[[], Any]] = {}  # one decoded input per solution and size, when not fresh
        self.generator = _load_generator(folder / self.spec["generator"])

    def run(self) -> None:
        self.started = time.perf_counter()
        measured: list[int] = []
        for n in self.sizes():
            raw = self.generate(n)
            try:
                times = self.time_both(n, raw)
            except Stop as stop:
                self.send(stop.record)
                break
            measured.append(n)
            self.send({"type": "measure", "n": n, **times})
            if self.spec.get("sizes") is None and self.calibrated(times["submission"], len(measured)):
                break
        if self.spec.get("sizes") is not None:
            return  # a confirmation pass re-times chosen sizes; memory needs no second opinion
        for n in measured[:-3][-SPACE_SIZES:] or measured[-SPACE_SIZES:]:  # memory grows visibly long before time
            try:
                self.send({"type": "space", "n": n, **self.space_both(n, self.generate(n))})
            except Stop as stop:
                self.send(stop.record)
                break

    def sizes(self):
        if self.spec.get("sizes") is not None:
            yield from self.spec["sizes"]
            return
        n = self.spec["start"]
        while n <= self.spec["max_n"]:
            yield n
            n *= 2

    def calibrated(self, seconds: float, count: int) -> bool:
        """Stop growing once a call costs tens of ms (with enough sizes), or the budget is spent."""
        if self.spent > self.spec["budget_seconds"] or time.perf_counter() - self.started > self.spec["wall_seconds"]:
            return True  # timed calls, or everything (making fresh inputs for big linked lists is slow)
        return seconds >= self.spec["target_seconds"] and count >= self.spec["min_sizes"]

    def generate(self, n: int) -> list:
        return self.generator(n, random.Random(f"{self.spec['seed']}:{n}"))

    def time_both(self, n: int, raw: list) -> dict:
        """Seconds per call for each solution: the minimum over alternating windows."""
        self.shared = {} if self.fresh else {who: self.thunk(who, n, raw) for who in self.solutions}
        first: dict[str, float] = {}
        for who in ("reference", "submission"):  # the reference first: a submission's timeout then has a comparison
            first[who] = self.call_once(who, n, raw, first.get("reference"))
        best = dict(first)
        for _ in range(self.windows(max(first.values()))):
            for who in self.solutions:
                best[who] = min(best[who], self.window(who, n, raw, first[who]))
        return best

    def windows(self, slowest: float) -> int:
        return 2 if slowest > 0.05 else 3 if slowest > 0.01 else 5

    def call_once(self, who: str, n: int, raw: list, reference: float | None = None) -> float:
        thunk = self.shared.get(who) or self.thunk(who, n, raw)
        return self.timed(who, n, [thunk], self.spec["call_timeout"], reference)

    def window(self, who: str, n: int, raw: list, estimate: float) -> float:
        window = FRESH_WINDOW_SECONDS if self.fresh else WINDOW_SECONDS
        calls = max(1, min(MAX_CALLS, math.ceil(window / max(estimate, 1e-7))))
        if self.fresh:
            calls = max(1, min(calls, FRESH_ELEMENTS // n))  # each call holds its own copy of the input
        thunks = [self.thunk(who, n, raw) for _ in range(calls)] if self.fresh else [self.shared[who]] * calls
        return self.timed(who, n, thunks, self.spec["call_timeout"] + 10 * estimate * calls) / calls

    def thunk(self, who: str, n: int, raw: list) -> Callable[[], Any]:
        try:
            return prepare(self.solutions[who], self.job, raw)
        except Exception as exc:
            raise Stop(_stop(n, who, "error", f"the generated input of size {n} could not be decoded: {exc}")) from None

    def timed(self, who: str, n: int, thunks: list, timeout: float, reference: float | None = None) -> float:
        self.watchdog.arm(timeout, lambda: _stop(n, who, "timeout", f"a call at n={n} took longer than {timeout:.1f} s",
                                                 reference))
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            for thunk in thunks:
                thunk()
            elapsed = time.perf_counter() - start
            self.spent += elapsed
            return elapsed
        except BaseException as exc:
            raise Stop(_stop(n, who, "error", f"{type(exc).__name__}: {exc}"[:300])) from None
        finally:
            gc.enable()
            self.watchdog.disarm()

    def space_both(self, n: int, raw: list) -> dict:
        """Peak extra bytes of one call of each solution, the inputs excluded."""
        used = {}
        for who in self.solutions:
            tracemalloc.start()
            try:
                thunk = self.thunk(who, n, raw)
                gc.collect()  # decoding leaves garbage behind: freeing it later would hide real usage
                baseline = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                self.timed(who, n, [thunk], self.spec["call_timeout"] * 10)
                used[who] = max(0, tracemalloc.get_traced_memory()[1] - baseline)
            finally:
                tracemalloc.stop()
        return used


def _has_nodes(job: dict) -> bool:
    """Linked lists and trees are routinely rewired by solutions, so every call needs its own."""
    signature = job["signature"]
    params = [p for m in signature.get("methods", [signature]) for p in m.get("params", [])]
    return any("ListNode" in p["type"] or "TreeNode" in p["type"] for p in params)


def _stop(n: int, who: str, reason: str, message: str, reference: float | None = None) -> dict:
    record = {"type": "measure_stop", "n": n, "who": who, "reason": reason, "message": message}
    return record if reference is None else {**record, "reference": reference}


def _load_generator(path: Path) -> Callable[[int, random.Random], list]:
    spec = importlib.util.spec_from_file_location("problem_generator", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate
