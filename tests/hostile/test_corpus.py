"""The hostile corpus: each file in this folder attacks the sandbox and names the verdict it must get.

Every attack runs on the real Docker engine and, where the local backend's weaker guarantees apply,
on the local backend too. Each must end with its verdict well within the limits, leave no container
or process behind, and leave the host untouched.
"""

from __future__ import annotations

import os
import re
import socket
import time
from pathlib import Path

import pytest

from judge.api import run_problem
from judge.workspace import Workspace

HERE = Path(__file__).parent
CANARY = Path("/tmp/judge-hostile-canary")
WALL_LIMIT = 15.0  # seconds for one attack, fail-fast: startup + one test's kill deadline + container overhead


def _attacks() -> list[tuple[str, str, str]]:
    cases = []
    for path in sorted(HERE.glob("*.py")):
        if path.name.startswith("test_"):
            continue
        text = path.read_text()
        expect = re.search(r"^# expect: (\w+)$", text, re.M).group(1)
        backends = re.search(r"^# backends: (.+)$", text, re.M).group(1).split()
        cases += [pytest.param(path.stem, expect, backend, id=f"{path.stem}-{backend}") for backend in backends]
    return cases


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) for every process on the host."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                found[int(entry.name)] = (parent, (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
            except (OSError, IndexError, ValueError):
                continue
    return found


def _leftover_local_harnesses() -> list[str]:
    """Harness processes descended from this test process (concurrent judges elsewhere do not count)."""
    table = _processes()

    def ours(pid: int) -> bool:
        while pid > 1 and pid in table:
            if pid == os.getpid():
                return True
            pid = table[pid][0]
        return False

    return [cmd for pid, (_, cmd) in table.items() if "judge/harness/main.py" in cmd and pid != os.getpid() and ours(pid)]


def _container_ids(backend) -> set[str]:
    """Sandbox containers that exist now (compared before and after one attack)."""
    from judge.sandbox.image import leftover_containers

    return {c.id for c in leftover_containers(backend.client)}


def _orphaned_container_processes(client) -> list[str]:
    """Sandbox processes on the host whose container no longer exists: they escaped its removal."""
    alive = {c.id for c in client.containers.list(all=True)}
    orphans = []
    for pid, (_, cmd) in _processes().items():
        if "/opt/judge/judge/harness/main.py" not in cmd:
            continue
        try:
            ids = set(re.findall(r"[0-9a-f]{64}", Path(f"/proc/{pid}/cgroup").read_text()))
        except OSError:
            continue
        if ids and not ids & alive:
            orphans.append(f"{pid}: {cmd}")
    return orphans


@pytest.fixture
def canary():
    CANARY.mkdir(exist_ok=True)
    keep = CANARY / "keep.txt"
    keep.write_text("the host's file")
    yield keep
    assert keep.read_text() == "the host's file", "the host followed a planted symlink"


@pytest.fixture
def host_listener():
    """A port on the host that a sandbox with network access could reach."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("0.0.0.0", 47321))
    server.listen()
    yield
    server.close()


@pytest.mark.parametrize("attack, expect, backend_name", _attacks())
def test_attack(attack, expect, backend_name, request, tmp_path, canary, host_listener):
    backend = request.getfixturevalue(f"{backend_name}_backend")
    before = _container_ids(backend) if backend_name == "docker" else set()
    started = time.monotonic()
    result = run_problem("two_sum", solution=HERE / f"{attack}.py", workspace=Workspace(tmp_path, "option"),
                         sandbox=backend, fail_fast=True, record=False)
    elapsed = time.monotonic() - started
    assert result.verdict == expect, f"{attack}: {result.verdict}: {result.message}"
    assert elapsed < WALL_LIMIT, f"{attack} took {elapsed:.1f} s"
    if backend_name == "docker":
        assert _container_ids(backend) - before == set(), "a sandbox container was left behind"
        assert _orphaned_container_processes(backend.client) == [], "a sandboxed process outlived its container"
    else:
        assert _leftover_local_harnesses() == [], "a sandboxed process outlived the run"
