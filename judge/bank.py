"""Where the problem bank lives: inside the installed wheel, or at the top of a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def bank_root() -> Path:
    """The folder holding problems/, stubs/ and solutions/.

    A wheel carries them as ``judge/_bank`` (see pyproject.toml); a source checkout or an editable
    install reads the top-level folders directly, so edits show up without reinstalling.
    """
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
