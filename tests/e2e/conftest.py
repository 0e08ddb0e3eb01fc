"""Helpers for end-to-end tests: they drive the real `judge` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SUBMISSIONS = Path(__file__).parent / "submissions"


class Judge:
    """Runs `python -m judge ...` with a private HOME and workspace, like a fresh user."""

    def __init__(self, home: Path):
        self.home = home
        self.workspace = home / "ws"

    def __call__(self, *args: str, cwd: Path | None = None, env: dict | None = None,
                 timeout: float = 120) -> subprocess.CompletedProcess:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
        environment.update({"HOME": str(self.home), "JUDGE_SANDBOX": "local", **(env or {})})
        return subprocess.run([sys.executable, "-m", "judge", *args], cwd=cwd or self.home, env=environment,
                              capture_output=True, text=True, timeout=timeout)

    def run_json(self, problem: str, *args: str) -> tuple[int, dict]:
        done = self("run", problem, "--json", "--workspace", str(self.workspace), *args)
        assert done.stdout, done.stderr
        return done.returncode, json.loads(done.stdout)

    def records(self) -> list[dict]:
        path = self.workspace / ".judge" / "results.jsonl"
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture
def judge(tmp_path: Path) -> Judge:
    return Judge(tmp_path)


def submission(name: str) -> str:
    return str(SUBMISSIONS / name)
