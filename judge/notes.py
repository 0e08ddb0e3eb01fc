"""The user's notes: the key insight of each problem, in their own words.

Stored beside the results file as ``.judge/notes.jsonl``, one line per edit, the last line of a
problem winning: append-only like the results, so it merges as a union in git too.
"""

from __future__ import annotations

import json
from pathlib import Path

from judge.history import append_record
from judge.schedule import now


def notes_file(results_file: Path) -> Path:
    return results_file.with_name("notes.jsonl")


def write_note(path: Path, problem_id: str, text: str) -> None:
    append_record(path, {"time": now().isoformat(timespec="seconds").replace("+00:00", "Z"),
                         "problem": problem_id, "note": text})


def read_notes(path: Path) -> dict[str, str]:
    """problem id -> its latest note; unreadable lines are skipped (a note is never worth a crash)."""
    notes: dict[str, str] = {}
    if not path.exists():
        return notes
    for raw in path.read_bytes().splitlines():
        try:
            line = json.loads(raw)
            notes[str(line["problem"])] = str(line["note"])
        except (ValueError, KeyError, TypeError):
            continue
    return notes
