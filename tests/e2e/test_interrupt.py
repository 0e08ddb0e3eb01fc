"""Interrupting `judge run` (Ctrl-C, SIGTERM) kills the sandbox and never tears the results file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SUBMISSIONS = Path(__file__).parent / "submissions"


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError):
                continue
    return found


def _wait_for(condition, timeout: float = 30.0):
    """Poll ``condition`` until it returns something truthy (a wait on a state, not a fixed sleep)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not reached")


def _start(workspace: Path, sandbox: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    return subprocess.Popen([sys.executable, "-m", "judge", "run", "two_sum", "--workspace", str(workspace),
                             "--sandbox", sandbox, "--solution", str(SUBMISSIONS / "two_sum_sleeps.py")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


@pytest.fixture
def workspace_with_history(tmp_path: Path) -> Path:
    """A workspace whose results file already holds one record."""
    workspace = tmp_path / "ws"
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    first = subprocess.run([sys.executable, "-m", "judge", "run", "two_sum", "--reference", "--sandbox", "local",
                            "--workspace", str(workspace)], env=env, capture_output=True)
    assert first.returncode == 0
    return workspace


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_kills_the_local_sandbox(workspace_with_history, signum):
    results = workspace_with_history / ".judge" / "results.jsonl"
    before = results.read_bytes()
    judge = _start(workspace_with_history, "local")
    [harness] = _wait_for(lambda: _children(judge.pid))
    judge.send_signal(signum)
    judge.communicate(timeout=30)
    assert judge.returncode != 0
    with pytest.raises(ProcessLookupError):
        os.kill(harness, 0)  # killed and reaped before the judge exited
    assert results.read_bytes() == before  # the interrupted run adds nothing and breaks nothing


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_removes_the_container(workspace_with_history, docker_backend, signum):
    from judge.sandbox.image import leftover_containers

    client = docker_backend.client
    results = workspace_with_history / ".judge" / "results.jsonl"
    before = results.read_bytes()
    existing = {c.id for c in leftover_containers(client)}
    judge = _start(workspace_with_history, "docker")
    _wait_for(lambda: [c for c in leftover_containers(client) if c.status == "running" and c.id not in existing])
    judge.send_signal(signum)
    judge.communicate(timeout=60)
    assert judge.returncode != 0
    assert {c.id for c in leftover_containers(client)} - existing == set()
    assert results.read_bytes() == before
