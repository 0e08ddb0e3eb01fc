"""`judge init`: scaffold a personal solutions repository (workspace, README, git files, CI workflow)."""

from __future__ import annotations

from pathlib import Path

from judge import __version__
from judge.workspace import GITATTRIBUTES

TEMPLATES = Path(__file__).resolve().parent / "templates"
DEFAULT_INSTALL = f"judge=={__version__}"


def scaffold_files(install: str) -> dict[str, str]:
    """Relative path -> content of every file `judge init` writes."""
    workflow = (TEMPLATES / "workflow.yml").read_text(encoding="utf-8")
    workflow = workflow.replace("{install}", install).replace("{version}", __version__)
    return {
        "judge.toml": (TEMPLATES / "judge.toml").read_text(encoding="utf-8"),
        "README.md": (TEMPLATES / "README.md").read_text(encoding="utf-8"),
        ".gitignore": (TEMPLATES / "gitignore").read_text(encoding="utf-8"),
        ".gitattributes": GITATTRIBUTES,
        ".github/workflows/judge.yml": workflow,
    }


def init_workspace(root: Path, install: str = DEFAULT_INSTALL) -> tuple[list[str], list[str]]:
    """Write the files that are missing; never touch one that exists. Returns (created, kept)."""
    created, kept = [], []
    for relative, content in scaffold_files(install).items():
        path = root / relative
        if path.exists():
            kept.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        created.append(relative)
    return created, kept
