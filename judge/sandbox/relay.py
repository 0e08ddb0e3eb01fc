"""What every backend does with the sandbox's output, in one place.

Chunks arrive from three sources: the result channel, and the raw stdout/stderr of the sandboxed
process. The relay splits the channel into lines, counts raw output against the budget, caps a
line's size and keeps the deadline: a line must arrive within ``request.gap_seconds`` of the
previous one (the startup allowance before the first).
"""

from __future__ import annotations

import time

from judge.sandbox import STARTUP_SECONDS, SandboxExit, SandboxRequest

MAX_LINE = 64 * 1024 * 1024  # one result line; a larger one is a flood, not a result
STDERR_TAIL = 4096

CHANNEL, STDOUT, STDERR = "channel", "stdout", "stderr"


class Relay:
    def __init__(self, request: SandboxRequest):
        self.request = request
        self.deadline = time.monotonic() + STARTUP_SECONDS + request.gap_seconds
        self.end = time.monotonic() + request.total_seconds  # the whole run, however steady the lines
        self.stderr_tail = b""
        self._partial = bytearray()
        self._raw_output = 0

    def remaining(self) -> float:
        """Seconds until the host must kill the sandbox: a late line, or the whole run's end."""
        return min(self.deadline, self.end) - time.monotonic()

    def expired(self) -> SandboxExit:
        if time.monotonic() >= self.end:
            return SandboxExit("deadline", None, f"the run exceeded its {self.request.total_seconds:.0f} s")
        return SandboxExit("deadline", None, f"no result within {self.request.gap_seconds:.1f} s")

    def feed(self, source: str, chunk: bytes) -> list[bytes] | SandboxExit:
        """The complete result lines in ``chunk``, or the SandboxExit of a broken limit."""
        if source != CHANNEL:
            self._raw_output += len(chunk)
            if source == STDERR:
                self.stderr_tail = (self.stderr_tail + chunk)[-STDERR_TAIL:]
            if self._raw_output > self.request.output_limit:
                return SandboxExit("output", None, f"more than {self.request.output_limit} bytes written to stdout/stderr")
            return []
        self._partial.extend(chunk)
        *lines, rest = self._partial.split(b"\n")
        self._partial = bytearray(rest)
        if len(rest) > MAX_LINE:
            return SandboxExit("output", None, "a result line exceeded the size cap")
        if lines:
            self.deadline = time.monotonic() + self.request.gap_seconds
        return [bytes(line) for line in lines]

    def stderr_text(self) -> str:
        return self.stderr_tail.decode("utf-8", "replace")
