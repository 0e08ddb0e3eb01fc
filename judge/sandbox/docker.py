"""The Docker backend: one locked-down container per run, driven through the docker SDK.

The container has no network, a read-only root, small tmpfs mounts for /tmp and the working dir,
a memory limit with no swap, a pids limit, one CPU, no capabilities, no-new-privileges, a non-root
user, ulimits, and only the job and the solution mounted (read-only). Results come back on the
container's stdout (the harness moves the submission's own fd 1 to stderr); nothing is ever read
from a file the submission could have replaced. The host keeps the deadline and removes the
container on every path.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import tempfile
import threading
import uuid
from pathlib import Path
from typing import Iterator

from judge.sandbox import SandboxExit, SandboxRequest
from judge.sandbox.image import LABEL
from judge.sandbox.relay import CHANNEL, STDERR, Relay

SANDBOX_UID = 10001
INTERPRETER_MB = 64  # the interpreter and harness inside the memory limit
SCRATCH_MB = 16  # each of /tmp and /work
FILE_SIZE = 16 * 1024 * 1024
PIDS = 64
_END = object()


class DockerBackend:
    name = "docker"

    def __init__(self, client, image: str):
        self.client = client
        self.image = image
        self.identity = f"docker|{image}"

    def run(self, request: SandboxRequest) -> Iterator[bytes | SandboxExit]:
        inbox = Path(tempfile.mkdtemp(prefix="judge-docker-"))
        container = None
        try:
            shutil.copyfile(request.solution, inbox / "solution.py")
            for name, path in request.files:
                shutil.copyfile(path, inbox / name)
            job = dict(request.job, solution="/judge/in/solution.py")
            (inbox / "job.json").write_text(json.dumps(job), encoding="utf-8")
            for path in (inbox, *inbox.iterdir()):  # readable by the sandbox user
                os.chmod(path, 0o755 if path.is_dir() else 0o644)
            # Ctrl-C or SIGTERM during the create call would leave a container nobody knows about:
            # hold them until `container` is set, so the finally below always removes it.
            held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
            try:
                container = self.client.containers.create(self.image, **container_options(request, inbox))
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
            yield from self._supervise(container, request)
        finally:
            if container is not None:
                _remove(container)
            shutil.rmtree(inbox, ignore_errors=True)

    def _supervise(self, container, request: SandboxRequest) -> Iterator[bytes | SandboxExit]:
        chunks: queue.Queue = queue.Queue()  # unbounded: the pump must never block once we stop reading
        stream = container.attach(stdout=True, stderr=True, stream=True, logs=True, demux=True)
        reader = threading.Thread(target=_pump, args=(stream, chunks), daemon=True)
        reader.start()
        container.start()
        relay = Relay(request)
        killed = None
        while True:
            remaining = relay.remaining()
            try:
                item = chunks.get(timeout=max(remaining, 0.0)) if remaining > 0 else None
            except queue.Empty:
                item = None
            if item is None:
                killed = relay.expired()
                break
            if item is _END:
                break
            source, chunk = item
            fed = relay.feed(source, chunk)
            if isinstance(fed, SandboxExit):
                killed = fed
                break
            yield from fed
        if killed is not None:
            _kill(container)
            yield killed
            return
        status = container.wait(timeout=request.gap_seconds + 10)
        container.reload()
        yield _classify(status.get("StatusCode", -1), container.attrs["State"].get("OOMKilled", False),
                        relay.stderr_text())


def container_options(request: SandboxRequest, inbox: Path) -> dict:
    """Every isolation setting of a sandbox container, in one place."""
    from docker.types import Ulimit

    memory = f"{request.memory_mb + INTERPRETER_MB}m"
    scratch = f"rw,nosuid,nodev,noexec,size={SCRATCH_MB}m"
    return dict(
        command=["python3", "-E", "-s", "-B", "/opt/judge/judge/harness/main.py", "/judge/in/job.json",
                 "--results-stdout"],
        name=f"judge-{uuid.uuid4().hex[:12]}",
        labels={LABEL: "run"},
        user=f"{SANDBOX_UID}:{SANDBOX_UID}",
        working_dir="/work",
        environment={"HOME": "/work", "TMPDIR": "/tmp", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8",
                     "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"},
        network_disabled=True,
        network_mode="none",
        read_only=True,
        tmpfs={"/tmp": scratch + ",mode=1777", "/work": scratch + f",mode=0700,uid={SANDBOX_UID},gid={SANDBOX_UID}"},
        volumes={str(inbox): {"bind": "/judge/in", "mode": "ro"}},
        mem_limit=memory,
        memswap_limit=memory,
        pids_limit=PIDS,
        nano_cpus=1_000_000_000,
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        ulimits=[Ulimit(name="fsize", soft=FILE_SIZE, hard=FILE_SIZE), Ulimit(name="nofile", soft=64, hard=64),
                 Ulimit(name="core", soft=0, hard=0)],
        init=True,  # a tiny init as PID 1 reaps what the submission forks
        stdin_open=False,
        tty=False,
    )


def _pump(stream, chunks: queue.Queue) -> None:
    """Move (stdout, stderr) frames from the attach stream into the queue, then the end marker."""
    try:
        for out, err in stream:
            if out:
                chunks.put((CHANNEL, out))
            if err:
                chunks.put((STDERR, err))
    except Exception:  # the stream breaks when the container is killed: that is an end like any other
        pass
    finally:
        chunks.put(_END)


def _classify(status: int, oom_killed: bool, stderr: str) -> SandboxExit:
    if oom_killed:
        return SandboxExit("memory", status, "the container ran out of memory")
    if status == 0:
        return SandboxExit("exited", 0, stderr)
    if status > 128:
        return SandboxExit("crashed", status, f"killed by signal {status - 128}. {stderr}".strip())
    return SandboxExit("exited", status, stderr)


def _kill(container) -> None:
    import docker

    try:
        container.kill()
    except docker.errors.APIError:
        pass  # already gone


def _remove(container) -> None:
    import docker

    try:
        container.remove(force=True)
    except docker.errors.NotFound:
        pass
