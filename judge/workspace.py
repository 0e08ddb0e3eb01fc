"""Where the user's solutions and results live: a folder they own, never the judge's own files.

Resolution, first match wins:
  1. ``--workspace DIR`` (or the ``JUDGE_WORKSPACE`` environment variable, which click maps to it);
  2. the nearest folder at or above the current directory that holds a ``judge.toml``;
  3. ``~/judge-workspace`` (created, with a ``judge.toml``, by the first ``judge start``).
Solutions are ``<root>/<problem_id>.py``; results go to ``<root>/.judge/results.jsonl``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path

from judge import bank
from judge.errors import UsageError

MARKER = "judge.toml"
DEFAULT_ROOT = Path("~/judge-workspace")
# Both files are append-only JSON lines: two machines' histories merge as a union, never a conflict.
GITATTRIBUTES = """.judge/results.jsonl merge=union
.judge/notes.jsonl merge=union
"""
MARKER_TEXT = """# This file marks a judge workspace: your solutions live here as <problem_id>.py,
# your verdicts in .judge/results.jsonl. See `judge --help`.
[workspace]
"""


@dataclass(frozen=True)
class Workspace:
    root: Path
    how: str  # which rule chose it: option, judge.toml or default
    config: dict = field(default_factory=dict)  # the [workspace] table of judge.toml

    @property
    def sandbox(self) -> str | None:
        return self.config.get("sandbox")

    def counts(self, problem_id: str) -> bool:
        """Whether judge.toml's include/exclude patterns let ``problem_id`` into `judge ci`."""
        include = self.config.get("include", ["*"])
        exclude = self.config.get("exclude", [])
        return any(fnmatch(problem_id, p) for p in include) and not any(fnmatch(problem_id, p) for p in exclude)

    @property
    def results_file(self) -> Path:
        return self.root / ".judge" / "results.jsonl"

    def solution_path(self, problem_id: str) -> Path:
        return self.root / f"{problem_id}.py"

    def ensure(self) -> None:
        """Create the folder, its judge.toml marker and .gitattributes when they do not exist yet."""
        self.root.mkdir(parents=True, exist_ok=True)
        for name, text in ((MARKER, MARKER_TEXT), (".gitattributes", GITATTRIBUTES)):
            if not (self.root / name).exists():
                (self.root / name).write_text(text, encoding="utf-8")


def resolve_workspace(option: str | None = None, cwd: Path | None = None) -> Workspace:
    """Pick the workspace by the rules above; refuse one inside the judge's own bank."""
    if option:
        workspace = Workspace(Path(option).expanduser().resolve(), "option")
    else:
        start = (cwd or Path.cwd()).resolve()
        found = next((d for d in (start, *start.parents) if (d / MARKER).is_file()), None)
        workspace = Workspace(found, MARKER) if found else Workspace(DEFAULT_ROOT.expanduser().resolve(), "default")
    workspace = replace(workspace, config=_read_marker(workspace.root / MARKER))
    for folder in (bank.problems_dir(), bank.stubs_dir(), bank.solutions_dir()):
        if workspace.root == folder.resolve() or folder.resolve() in workspace.root.parents:
            raise UsageError(f"workspace {workspace.root} is inside the judge's own {folder.name}/ folder; "
                             "choose a folder of your own with --workspace or JUDGE_WORKSPACE")
    return workspace


def _read_marker(marker: Path) -> dict:
    """The [workspace] table of judge.toml, checked; a clear UsageError naming what is wrong."""
    if not marker.is_file():
        return {}
    try:
        config = tomllib.loads(marker.read_text(encoding="utf-8")).get("workspace", {})
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{marker}: invalid TOML ({exc}); fix the file or delete it") from None
    if config.get("sandbox", "auto") not in ("auto", "docker", "local"):
        raise UsageError(f"{marker}: workspace.sandbox is {config['sandbox']!r}; use \"auto\", \"docker\" or \"local\"")
    for key in ("include", "exclude"):
        if not isinstance(config.get(key, []), list) or not all(isinstance(p, str) for p in config.get(key, [])):
            raise UsageError(f"{marker}: workspace.{key} must be a list of patterns such as [\"two_*\"]")
    return config
