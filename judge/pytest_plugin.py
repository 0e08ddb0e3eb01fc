"""The pytest plugin: inside a workspace, each attempted problem is a test item.

Active when the rootdir holds a judge.toml, or with ``pytest --judge``. Items run through the same
library call as `judge run` (judge.api.run_problem), so pytest brings its own selection (-k),
JUnit output (--junitxml) and pytest-xdist parallelism.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import click
import pytest

from judge.api import RunResult, is_untouched_stub, run_problem
from judge.problems import get_problem, problem_ids
from judge.report import to_text
from judge.sandbox import Backend, select_backend
from judge.workspace import Workspace, resolve_workspace, MARKER


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("judge")
    group.addoption("--judge", action="store_true", help="collect the attempted judge problems of the workspace")
    group.addoption("--judge-sandbox", choices=["auto", "docker", "local"], default=None,
                    help="where solutions run (default: JUDGE_SANDBOX, else judge.toml's, else auto)")
    group.addoption("--judge-no-complexity", action="store_true", help="skip the growth check")


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("judge")) or (Path(config.rootpath) / MARKER).is_file()


@lru_cache(maxsize=None)
def _workspace(rootpath: Path) -> Workspace:
    return resolve_workspace(None, cwd=rootpath)


@lru_cache(maxsize=None)
def _backend(name: str) -> Backend:
    selection = select_backend(name)
    return selection.backend


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.File | None:
    config = parent.config
    if file_path.suffix != ".py" or not _enabled(config):
        return None
    workspace = _workspace(Path(config.rootpath))
    problem_id = file_path.stem
    if file_path.parent.resolve() != workspace.root or problem_id not in problem_ids():
        return None
    if is_untouched_stub(get_problem(problem_id), file_path.read_bytes()) or not workspace.counts(problem_id):
        return None  # not attempted, or excluded in judge.toml: skipped, not failed
    return ProblemFile.from_parent(parent, path=file_path)


class ProblemFile(pytest.File):
    def collect(self):
        yield ProblemItem.from_parent(self, name=self.path.stem)


class NotAccepted(Exception):
    def __init__(self, result: RunResult):
        super().__init__(result.message)
        self.result = result


class ProblemItem(pytest.Item):
    def runtest(self) -> None:
        config = self.config
        workspace = _workspace(Path(config.rootpath))
        sandbox = config.getoption("judge_sandbox") or os.environ.get("JUDGE_SANDBOX") or workspace.sandbox or "auto"
        result = run_problem(self.name, workspace=workspace, sandbox=_backend(sandbox),
                             complexity=not config.getoption("judge_no_complexity"))
        if result.verdict != "AC":
            raise NotAccepted(result)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, NotAccepted):
            return click.unstyle(to_text(excinfo.value.result))  # pytest and JUnit files want plain text
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, 0, f"judge {self.name}"
