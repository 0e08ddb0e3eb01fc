"""Where the problem bank lives: inside the installed wheel, or at the top of a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def bank_root() -> Path:
    """The folder holding problems/, stubs/ and solutions/.

    ``JUDGE_BANK`` points at another bank (problem authors, tests, benchmarks). Otherwise a wheel
    carries the bank as ``judge/_bank`` (see pyproject.toml), and a source checkout or an editable
    install reads the top-level folders directly, so edits show up without reinstalling.
    """
    if os.environ.get("JUDGE_BANK"):
        return Path(os.environ["JUDGE_BANK"]).expanduser().resolve()
    packaged = PACKAGE_DIR / "_bank"
    if (packaged / "problems").is_dir():
        return packaged
    return PACKAGE_DIR.parent


def problems_dir() -> Path:
    return bank_root() / "problems"


def stubs_dir() -> Path:
    return bank_root() / "stubs"


def solutions_dir() -> Path:
    return bank_root() / "solutions"
