"""Where the problem bank lives: inside the installed wheel, or at the top of a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_root() -> Path:
    """The folder holding what ships with the judge: problems/, stubs/, solutions/, sandbox/.

    A wheel carries them as ``judge/_bank`` (see pyproject.toml); a source checkout or an editable
    install reads the top-level folders directly, so edits show up without reinstalling.
    """
    packaged = PACKAGE_DIR / "_bank"
    return packaged if (packaged / "problems").is_dir() else PACKAGE_DIR.parent


def bank_root() -> Path:
    """The problem bank in use: ``JUDGE_BANK`` (problem authors, tests, benchmarks) or the shipped one."""
    if os.environ.get("JUDGE_BANK"):
        return Path(os.environ["JUDGE_BANK"]).expanduser().resolve()
    return shipped_root()


def problems_dir() -> Path:
    return bank_root() / "problems"


def stubs_dir() -> Path:
    return bank_root() / "stubs"


def solutions_dir() -> Path:
    return bank_root() / "solutions"


def dockerfile() -> Path:
    """The sandbox image's Dockerfile (always the shipped one)."""
    return shipped_root() / "sandbox" / "Dockerfile"
