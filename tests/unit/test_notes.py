"""judge.notes: one line per edit in .judge/notes.jsonl, the last note of a problem winning."""

from __future__ import annotations

import json
import re
from pathlib import Path

from judge.notes import notes_file, read_notes, write_note


def test_notes_live_beside_the_results_file(tmp_path):
    results = tmp_path / "ws" / ".judge" / "results.jsonl"
    assert notes_file(results) == tmp_path / "ws" / ".judge" / "notes.jsonl"


def test_missing_file_has_no_notes(tmp_path):
    assert read_notes(tmp_path / "notes.jsonl") == {}


def test_write_then_read(tmp_path):
    path = tmp_path / ".judge" / "notes.jsonl"  # the folder is created on the first note
    write_note(path, "two_sum", "hash map of complements, one pass")
    write_note(path, "lru_cache", "dict + doubly linked list")
    assert read_notes(path) == {"two_sum": "hash map of complements, one pass", "lru_cache": "dict + doubly linked list"}


def test_each_note_is_one_appended_line_with_a_utc_time(tmp_path):
    path = tmp_path / "notes.jsonl"
    write_note(path, "two_sum", "first")
    write_note(path, "two_sum", 'a "quoted", multi-line\nnote — naïve 日本語')
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # appended, never rewritten; the newline is escaped inside the line
    first, second = (json.loads(line) for line in lines)
    assert first["note"] == "first" and second["problem"] == "two_sum"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", second["time"])


def test_last_note_per_problem_wins(tmp_path):
    path = tmp_path / "notes.jsonl"
    write_note(path, "two_sum", "brute force")
    write_note(path, "lru_cache", "ordered dict")
    write_note(path, "two_sum", "hash map")
    write_note(path, "lru_cache", "dict + linked list")
    write_note(path, "two_sum", "hash map of complements")
    assert read_notes(path) == {"two_sum": "hash map of complements", "lru_cache": "dict + linked list"}


def test_non_ascii_and_newlines_survive(tmp_path):
    path = tmp_path / "notes.jsonl"
    text = 'comma, "quote"\nnext line: café → O(n) ✓'
    write_note(path, "two_sum", text)
    assert read_notes(path) == {"two_sum": text}


def _append_raw(path: Path, raw: bytes) -> None:
    with path.open("ab") as stream:
        stream.write(raw)


def test_corrupt_lines_are_skipped(tmp_path):
    path = tmp_path / "notes.jsonl"
    write_note(path, "two_sum", "hash map")
    for raw in (b"not json at all\n", b'{"problem": "two_sum", "no\n', b"[1, 2, 3]\n", b'"a string"\n',
                b"null\n", b'{"problem": "two_sum"}\n', b'{"note": "orphan"}\n', b"\xff\xfe\xfa\n", b"\n"):
        _append_raw(path, raw)
    write_note(path, "lru_cache", "dict + list")
    assert read_notes(path) == {"two_sum": "hash map", "lru_cache": "dict + list"}


def test_a_torn_last_line_is_skipped_and_the_next_note_still_reads(tmp_path):
    path = tmp_path / "notes.jsonl"
    write_note(path, "two_sum", "hash map")
    _append_raw(path, json.dumps({"time": "2024-05-01T12:00:00Z", "problem": "two_sum", "note": "lost"}).encode()[:30])
    assert read_notes(path) == {"two_sum": "hash map"}
    write_note(path, "two_sum", "hash map of complements")  # starts its own line after the torn one
    assert read_notes(path) == {"two_sum": "hash map of complements"}
