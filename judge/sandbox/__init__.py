"""Sandbox backends behind one small interface: start the harness, stream its result lines.

A backend knows how to isolate and kill; it does not judge. The runner (judge.runner) turns what a
backend yields into per-test outcomes, identically for every backend.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Protocol

from judge.errors import JudgeError, UsageError

HARNESS_PACKAGE = Path(__file__).resolve().parent.parent / "harness"
HARNESS_FILES = ("__init__.py", "codec.py", "main.py", "measure.py", "structures.py", "typespec.py")
STARTUP_SECONDS = 5.0  # interpreter start and harness import, before the first test's clock
KILL_GRACE = 1.0  # the host kills this long after the harness's own per-test timer should have fired


@dataclass(frozen=True)
class SandboxRequest:
    """One run of the harness: the job (inputs only, never expected answers) and its limits."""

    job: dict
    solution: Path
    memory_mb: int
    time_per_test: float
    output_limit: int  # bytes the process may write to its raw stdout/stderr
    files: tuple[tuple[str, Path], ...] = ()  # more files placed next to the job: (name, host path)
    total: float | None = None  # seconds for the whole run; default: startup plus one gap per test

    @property
    def total_seconds(self) -> float:
        return self.total if self.total is not None else STARTUP_SECONDS + len(self.job["tests"]) * self.gap_seconds

    @property
    def gap_seconds(self) -> float:
        """How long the host waits for the next result line before it kills the run."""
        return self.time_per_test * 1.25 + KILL_GRACE


@dataclass(frozen=True)
class SandboxExit:
    """How the sandboxed process ended: ``reason`` is exited, deadline, output, memory or crashed."""

    reason: str
    returncode: int | None = None
    detail: str = ""


class Backend(Protocol):
    name: str

    @property
    def identity(self) -> str:
        """What timings depend on (the image, or the interpreter): part of the time-limit cache key."""
        ...

    def run(self, request: SandboxRequest) -> Iterator[bytes | SandboxExit]:
        """Yield each raw result line as it arrives, then exactly one SandboxExit.

        Closing the iterator early (fail-fast) must kill the sandbox and clean up.
        """
        ...


def copy_harness(destination: Path) -> Path:
    """Lay out ``destination/judge/harness`` with only the harness files; returns the import root.

    The sandbox gets these and nothing else of the judge: the bank with its answers stays out.
    """
    package = destination / "judge"
    (package / "harness").mkdir(parents=True)
    shutil.copyfile(HARNESS_PACKAGE.parent / "__init__.py", package / "__init__.py")
    for name in HARNESS_FILES:
        shutil.copyfile(HARNESS_PACKAGE / name, package / "harness" / name)
    return destination


@dataclass(frozen=True)
class Selection:
    """The backend a run will use, and a warning to show when it is not the one asked for."""

    backend: Backend
    reason: str
    warning: str = ""


LOCAL_WARNING = ("warning: judging in the local sandbox, which does not isolate your files or the network "
                 "({reason}); install Docker and run 'judge sandbox build' for full isolation")


def select_backend(name: str, progress: Callable[[str], None] = lambda line: None, build: bool = True) -> Selection:
    """Resolve --sandbox: ``docker`` or fail, ``local``, or ``auto`` (Docker when it works, else local).

    With ``build``, a missing image is built (from the default base) rather than given up on.
    """
    from judge.sandbox.local import LocalBackend

    if name == "local":
        return Selection(LocalBackend(), "asked for with --sandbox local")
    if name not in ("auto", "docker"):
        raise UsageError(f"--sandbox {name}: unknown sandbox; use auto, docker or local")
    try:
        return Selection(_docker_backend(progress, build), "a Docker engine is reachable and the image is ready")
    except JudgeError as exc:
        if name == "docker":
            raise JudgeError(f"--sandbox docker cannot be used: {exc}") from None
        return Selection(LocalBackend(), str(exc), LOCAL_WARNING.format(reason=exc))


def _docker_backend(progress: Callable[[str], None], build: bool) -> Backend:
    from judge.sandbox.docker import DockerBackend
    from judge.sandbox.image import build_image, connect, image_present, image_tag

    client = connect()
    if not image_present(client):
        if not build:
            raise JudgeError(f"the sandbox image {image_tag()} is not built yet (run 'judge sandbox build')")
        progress(f"building the sandbox image {image_tag()} (once; 'judge sandbox build --base IMAGE' to choose the base)")
        build_image(client, progress=progress)
    return DockerBackend(client, image_tag())
