"""The harness: runs INSIDE the sandbox, imports the submission, calls it on each test's inputs.

Stdlib only. It never sees expected answers and never judges: it reports what the submission
returned (as tagged JSON), how long the call took and what went wrong, one JSON line per finished
test on a channel of its own (an inherited fd or a file), never on the submission's stdout.

    python -E -s -B judge/harness/main.py JOB.json --results-fd 3      (local backend)
    python -E -s -B judge/harness/main.py JOB.json --results-stdout    (containers)

Lines: {"type": "ready"} once the solution is loaded, {"type": "load_error", ...} if it cannot be,
{"type": "test", "index": i, "status": ..., ...} per test, {"type": "done"} at the end.
The per-test timeout here is only a first line of defence; the host owns the real deadline.
"""

from __future__ import annotations

import argparse
import io
import json
import linecache
import os
import resource
import sys
import threading
import time
import traceback
import types
from pathlib import Path
from typing import Any, Callable

if __package__ in (None, ""):  # run as a script: make `judge.harness` importable from the copy
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from judge.harness.codec import decode, encode  # noqa: E402
from judge.harness.measure import Measurer  # noqa: E402
from judge.harness.typespec import parse_type  # noqa: E402

PROTOCOL = 1
STDOUT_KEEP = 8 * 1024  # printed output kept per test for the report
RECURSION_LIMIT = 200_000
TRACEBACK_FRAMES = 20  # frames shown of a long traceback: the first and the last half
THREAD_STACK = 64 * 1024 * 1024  # deep recursion through C calls needs a big C stack


class OutputLimitExceeded(BaseException):
    """Raised from print() once the submission has printed more than the job allows."""


class Channel:
    """The result channel: one JSON object per line, flushed, serialised by a lock."""

    def __init__(self, stream: io.TextIOBase):
        self._stream = stream
        self.lock = threading.Lock()

    def send(self, record: dict) -> None:
        with self.lock:
            self._stream.write(json.dumps(record, separators=(",", ":")) + "\n")
            self._stream.flush()


class Capture(io.TextIOBase):
    """Stands in for sys.stdout/sys.stderr: keeps the start of what is printed, counts all of it."""

    def __init__(self, budget: list[int]):
        self._budget = budget  # shared [remaining characters] across the whole run
        self._kept: list[str] = []
        self._kept_len = 0
        self.written = 0
        self.flooded = False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        self.written += len(text)
        self._budget[0] -= len(text)
        if self._kept_len < STDOUT_KEEP:
            self._kept.append(text[: STDOUT_KEEP - self._kept_len])
            self._kept_len += len(self._kept[-1])
        if self._budget[0] < 0:
            self.flooded = True
            raise OutputLimitExceeded()
        return len(text)

    def value(self) -> str:
        return "".join(self._kept)


class Watchdog:
    """Kills the run from the main thread when a call overruns; the worker arms it per call."""

    def __init__(self, channel: Channel):
        self._channel = channel
        self._changed = threading.Event()
        self._deadline: float | None = None
        self._on_expiry: Callable[[], dict] | None = None
        self._finished = False

    def arm(self, seconds: float, on_expiry: Callable[[], dict]) -> None:
        self._deadline, self._on_expiry = time.monotonic() + seconds, on_expiry
        self._changed.set()

    def disarm(self) -> None:
        self._deadline = None
        self._changed.set()

    def finish(self) -> None:
        """Called by the worker after its last line: ends watch()."""
        self._finished = True
        self._changed.set()

    def watch(self) -> None:
        while not self._finished:
            deadline = self._deadline
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            if self._changed.wait(timeout):
                self._changed.clear()
                continue
            if self._deadline is not None and self._deadline == deadline and self._on_expiry:
                self._channel.send(self._on_expiry())
                os._exit(0)  # the call cannot be interrupted; the host starts again after this test


class Runner:
    """Loads the submission and runs the job's tests in order, reporting each one."""

    def __init__(self, job: dict, channel: Channel, watchdog: Watchdog):
        self.job = job
        self.channel = channel
        self.watchdog = watchdog
        self.display_path = job["display_path"]
        self.budget = [int(job["output_limit"])]
        self.namespace: dict[str, Any] = {}

    def run(self) -> None:
        try:
            self.run_job()
        except BaseException as exc:  # a bug of ours, never the submission's: report it as such
            self.channel.send({"type": "internal_error", "message": "".join(traceback.format_exception(exc))})
        finally:
            self.watchdog.finish()

    def run_job(self) -> None:
        namespace, error = self.load(self.job["solution"], self.display_path)
        if error:
            self.channel.send({"type": "load_error", **error})
            return
        self.channel.send({"type": "ready", "protocol": PROTOCOL, "python": sys.version.split()[0]})
        if "measure" in self.job:
            folder = Path(self.job["solution"]).parent
            reference, error = self.load(str(folder / self.job["measure"]["reference"]), "<reference solution>")
            if error:
                raise RuntimeError(f"the reference solution cannot be loaded: {error['message']}")
            solutions = {"submission": namespace, "reference": reference}
            with _redirected(Capture([1 << 62])):  # prints would only slow the timing down
                Measurer(self.job, self.channel.send, self.watchdog, solutions, folder).run()
        else:
            self.namespace = namespace
            for test in self.job["tests"]:
                self.channel.send(self.run_test(test))
        self.channel.send({"type": "done"})

    def load(self, path: str, display_path: str) -> tuple[dict, dict | None]:
        """Compile and execute a solution module; name the first reason it cannot be used."""
        source = Path(path).read_text(encoding="utf-8", errors="replace")
        linecache.cache[display_path] = (len(source), None, source.splitlines(True), display_path)
        try:
            code = compile(source, display_path, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return {}, {"kind": "syntax", "message": _syntax_message(exc), "traceback": ""}
        module = types.ModuleType("solution")
        module.__file__ = display_path
        capture = Capture(self.budget)
        self.watchdog.arm(self.job["time_per_test"], lambda: {
            "type": "load_error", "kind": "timeout",
            "message": f"loading the module took longer than {self.job['time_per_test']} s", "traceback": ""})
        try:
            with _redirected(capture):
                exec(code, module.__dict__)
        except (ImportError, OutputLimitExceeded, MemoryError, Exception) as exc:
            kind = "import" if isinstance(exc, ImportError) else "exception"
            return {}, {"kind": kind, "message": _one_line(exc), "traceback": self.user_traceback(exc),
                        "stdout": capture.value()}
        finally:
            self.watchdog.disarm()
        entry = self.job["signature"].get("class") or self.job["signature"]["function"]
        if not callable(module.__dict__.get(entry)):
            what = "class" if "class" in self.job["signature"] else "function"
            return {}, {"kind": "missing", "traceback": "",
                        "message": f"{display_path} defines no {what} named '{entry}' (the stub's name must be kept)"}
        return module.__dict__, None

    def run_test(self, test: dict) -> dict:
        index = test["index"]
        limit = self.job["time_per_test"]
        capture = Capture(self.budget)
        started = [time.perf_counter()]

        def expired() -> dict:
            return {"type": "test", "index": index, "status": "timeout", "output": None,
                    "time": time.perf_counter() - started[0], "stdout": capture.value(),
                    "stdout_chars": capture.written, "error": None, "memory_kb": _peak_memory_kb()}

        record: dict[str, Any] = {"type": "test", "index": index, "status": "ok", "output": None, "error": None}
        failure: BaseException | None = None
        self.watchdog.arm(limit, expired)
        try:
            with _redirected(capture):
                started[0] = time.perf_counter()
                output, elapsed = self.call(test["args"])
            record.update(output=output, time=elapsed)
        except BaseException as exc:  # SystemExit and KeyboardInterrupt too: a test may not stop the run
            failure = exc
            record["time"] = time.perf_counter() - started[0]
        finally:
            self.watchdog.disarm()  # before the traceback is formatted: that is our time, not the user's
        if failure is not None:
            record.update(status=_status(failure), error=None if isinstance(failure, OutputLimitExceeded)
                          else self.error(failure))
        if capture.flooded:
            record["status"] = "output"
        record.update(stdout=capture.value(), stdout_chars=capture.written, memory_kb=_peak_memory_kb())
        return record

    def call(self, raw_args: list) -> tuple[Any, float]:
        """Run one test; returns (tagged output, seconds spent inside the submission)."""
        signature = self.job["signature"]
        if self.job["mode"] == "design":
            return self.call_design(raw_args)
        func = self.namespace[signature["function"]]
        args = [decode(v, parse_type(p["type"])) for v, p in zip(raw_args, signature["params"])]
        start = time.perf_counter()
        result = func(*args)
        elapsed = time.perf_counter() - start
        if self.job["mode"] == "inplace":
            names = [p["name"] for p in signature["params"]]
            return encode(args[names.index(signature["mutates"])]), elapsed
        return encode(result), elapsed

    def call_design(self, calls: list) -> tuple[Any, float]:
        methods = {m["name"]: m for m in self.job["signature"]["methods"]}
        cls = self.namespace[self.job["signature"]["class"]]
        outputs: list[Any] = []
        elapsed = 0.0
        obj = None
        for number, (name, *raw) in enumerate(calls):
            spec = methods["__init__" if number == 0 else name]
            args = [decode(v, parse_type(p["type"])) for v, p in zip(raw, spec["params"])]
            start = time.perf_counter()
            try:
                result = cls(*args) if number == 0 else getattr(obj, name)(*args)
            except BaseException as exc:
                exc.add_note(f"(during operation {number}: {name}({', '.join(map(repr, args))}))")
                raise
            elapsed += time.perf_counter() - start
            if number == 0:
                obj, result = result, None
            outputs.append(encode(result))
        return outputs, elapsed

    def error(self, exc: BaseException) -> dict:
        return {"type": type(exc).__name__, "message": _one_line(exc), "traceback": self.user_traceback(exc)}

    def user_traceback(self, exc: BaseException) -> str:
        """The traceback from the first frame in the user's file on: the harness's frames are noise.

        A runaway recursion has 200,000 frames; only the first and last few are formatted.
        """
        walked = list(traceback.walk_tb(exc.__traceback__))
        start = next((i for i, (frame, _) in enumerate(walked) if frame.f_code.co_filename == self.display_path), None)
        lines = []
        if start is not None:
            walked = walked[start:]
            head, tail = (walked, []) if len(walked) <= TRACEBACK_FRAMES else \
                (walked[: TRACEBACK_FRAMES // 2], walked[-TRACEBACK_FRAMES // 2:])
            lines = ["Traceback (most recent call last):\n"]
            lines += traceback.StackSummary.extract(iter(head)).format()
            if tail:
                lines.append(f"  ... {len(walked) - len(head) - len(tail)} more frames ...\n")
                lines += traceback.StackSummary.extract(iter(tail)).format()
        return "".join(lines + traceback.format_exception_only(type(exc), exc))


def _status(exc: BaseException) -> str:
    """The harness status of a test that raised ``exc``."""
    if isinstance(exc, OutputLimitExceeded):
        return "output"
    if isinstance(exc, NotImplementedError):
        return "not_implemented"
    if isinstance(exc, MemoryError):
        return "memory"
    return "error"


class _redirected:
    """Point sys.stdout and sys.stderr at one capture for the duration of a call."""

    def __init__(self, capture: Capture):
        self.capture = capture

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self.capture

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self.saved


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _syntax_message(exc: SyntaxError) -> str:
    where = f"{exc.filename}:{exc.lineno}" + (f":{exc.offset}" if exc.offset else "")
    text = f"{where}: {type(exc).__name__}: {exc.msg}"
    if exc.text:
        text += "\n    " + exc.text.rstrip("\n") + ("\n    " + " " * (exc.offset - 1) + "^" if exc.offset else "")
    return text


def _peak_memory_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="judge harness (runs inside the sandbox)")
    parser.add_argument("job")
    channel_arg = parser.add_mutually_exclusive_group(required=True)
    channel_arg.add_argument("--results-fd", type=int, help="an inherited descriptor (local backend)")
    channel_arg.add_argument("--results-stdout", action="store_true",
                             help="the process's stdout (containers); raw writes to fd 1 then go to stderr")
    options = parser.parse_args(argv)
    if options.results_stdout:
        channel_fd = os.dup(1)
        os.dup2(2, 1)  # the submission's os.write(1, ...) must never reach the channel
        stream = os.fdopen(channel_fd, "w", encoding="utf-8")
    else:
        stream = os.fdopen(options.results_fd, "w", encoding="utf-8")
    job = json.loads(Path(options.job).read_text(encoding="utf-8"))
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK)
    channel = Channel(stream)
    watchdog = Watchdog(channel)
    worker = threading.Thread(target=Runner(job, channel, watchdog).run, name="submission", daemon=True)
    worker.start()
    watchdog.watch()
    stream.flush()
    os._exit(0)  # skip interpreter teardown: a submission's leftover threads must not hold the exit


if __name__ == "__main__":
    sys.exit(main())
