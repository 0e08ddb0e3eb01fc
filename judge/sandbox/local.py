"""The local backend: the harness as a child process in a fresh temp dir, limited by rlimits.

Weaker than Docker (no filesystem or network isolation; as root the process limit does not bind),
but it needs nothing installed and keeps the same contract: the host owns the deadline and kills
the whole process group when a line is late or the output floods.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from judge.sandbox import SandboxExit, SandboxRequest, copy_harness
from judge.sandbox.relay import CHANNEL, STDERR, STDOUT, Relay

INTERPRETER_MB = 192  # address space of the interpreter and the harness's thread stack, on top of the limit


class LocalBackend:
    name = "local"
    identity = f"local|{sys.executable}|{sys.version.split()[0]}"

    def run(self, request: SandboxRequest) -> Iterator[bytes | SandboxExit]:
        workdir = Path(tempfile.mkdtemp(prefix="judge-run-"))
        process = None
        try:
            root = copy_harness(workdir / "harness")
            shutil.copyfile(request.solution, workdir / "solution.py")
            for name, path in request.files:
                shutil.copyfile(path, workdir / name)
            job = dict(request.job, solution=str(workdir / "solution.py"))
            (workdir / "job.json").write_text(json.dumps(job), encoding="utf-8")
            (workdir / "tmp").mkdir()
            read_end, write_end = os.pipe()
            # Ctrl-C or SIGTERM between fork and the assignment would orphan the child: hold them until
            # `process` is set, so the finally below always knows what to kill.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
            try:
                process = subprocess.Popen(
                    [sys.executable, "-E", "-s", "-B", str(root / "judge" / "harness" / "main.py"),
                     str(workdir / "job.json"), "--results-fd", str(write_end)],
                    cwd=workdir, env=_scrubbed_env(workdir), stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(write_end,),
                    start_new_session=True, preexec_fn=_limits(request),
                )
            finally:
                os.close(write_end)
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield from _supervise(process, read_end, request)
        finally:
            if process is not None:
                _kill_group(process)
            shutil.rmtree(workdir, ignore_errors=True)


def _scrubbed_env(workdir: Path) -> dict[str, str]:
    """Nothing of the user's environment: no tokens, no PYTHONPATH, no proxies."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(workdir), "TMPDIR": str(workdir / "tmp"),
            "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "MALLOC_ARENA_MAX": "2",
            "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def _limits(request: SandboxRequest):
    cpu_seconds = int(request.total_seconds) + 1

    def apply() -> None:  # runs in the child between fork and exec
        signal.pthread_sigmask(signal.SIG_SETMASK, set())  # the parent held some while forking
        memory = (request.memory_mb + INTERPRETER_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024 * 1024,) * 2)
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))

    return apply


def _supervise(process: subprocess.Popen, results_fd: int, request: SandboxRequest) -> Iterator[bytes | SandboxExit]:
    """Relay result lines; kill on a late line, a flood, or a line that never ends."""
    relay = Relay(request)
    sources = {results_fd: CHANNEL, process.stdout.fileno(): STDOUT, process.stderr.fileno(): STDERR}
    selector = selectors.DefaultSelector()
    for fd in sources:
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ)
    try:
        while selector.get_map():
            remaining = relay.remaining()
            if remaining <= 0:
                _kill_group(process)
                yield relay.expired()
                return
            for key, _ in selector.select(remaining):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    selector.unregister(key.fd)
                    continue
                fed = relay.feed(sources[key.fd], chunk)
                if isinstance(fed, SandboxExit):
                    _kill_group(process)
                    yield fed
                    return
                yield from fed
        returncode = process.wait(timeout=request.gap_seconds)
        yield _classify(returncode, relay.stderr_text())
    finally:
        selector.close()
        os.close(results_fd)


def _classify(returncode: int, stderr: str) -> SandboxExit:
    if returncode >= 0:
        return SandboxExit("exited", returncode, stderr)
    sig = -returncode
    if sig == signal.SIGXCPU:
        return SandboxExit("deadline", returncode, "CPU time limit reached")
    if sig == signal.SIGKILL:
        return SandboxExit("memory", returncode, "killed by the kernel (out of memory)")
    try:
        name = signal.Signals(sig).name
    except ValueError:
        name = str(sig)
    return SandboxExit("crashed", returncode, f"killed by signal {name}. {stderr}".strip())


def _kill_group(process: subprocess.Popen) -> None:
    """Kill the harness and everything it started in its session, then reap it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()
