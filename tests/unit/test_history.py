"""judge.history: appending records to results.jsonl and reading them back tolerantly."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from judge.history import append_record, read_history


def make_record(**overrides) -> dict:
    """A record valid against judge/schemas/record.schema.json."""
    record = {
        "schema_version": 1,
        "time": "2024-05-01T12:00:00Z",
        "problem": "two_sum",
        "verdict": "AC",
        "passed": 22,
        "total": 22,
        "failed_test": None,
        "timings": {"median_ms": 1.5, "max_ms": 4.0, "total_ms": 40.0, "wall_ms": 120.0},
        "solution_sha256": "0" * 64,
        "solution": "/home/u/judge-workspace/two_sum.py",
        "source": "workspace",
        "sandbox": "local",
        "python": "3.11.7",
        "judge_version": "0.1.0",
    }
    record.update(overrides)
    return record


def test_missing_file_reads_as_empty(tmp_path):
    history = read_history(tmp_path / "nothing.jsonl")
    assert history.records == [] and history.warnings == []


def test_records_round_trip(tmp_path):
    path = tmp_path / ".judge" / "results.jsonl"  # the folder is created on first append
    records = [make_record(), make_record(problem="lru_cache", verdict="WA", passed=3, failed_test="example 2"),
               make_record(problem="naïve", timings={"median_ms": None, "max_ms": None, "total_ms": 0, "wall_ms": 1})]
    for record in records:
        append_record(path, record)
    history = read_history(path)
    assert history.records == records and history.warnings == []


def test_each_record_is_one_line(tmp_path):
    path = tmp_path / "results.jsonl"
    append_record(path, make_record())
    append_record(path, make_record(verdict="RE"))
    lines = path.read_bytes().split(b"\n")
    assert len(lines) == 3 and lines[-1] == b""
    assert json.loads(lines[1])["verdict"] == "RE"


def test_torn_last_line_is_skipped_and_next_append_starts_a_new_line(tmp_path):
    path = tmp_path / "results.jsonl"
    first, second = make_record(passed=1), make_record(passed=2)
    append_record(path, first)
    append_record(path, second)
    with path.open("ab") as stream:  # a writer killed mid-line
        stream.write(json.dumps(make_record(passed=3)).encode()[:40])

    torn = read_history(path)
    assert torn.records == [first, second]
    assert len(torn.warnings) == 1 and f"{path}:3:" in torn.warnings[0]
    assert "not valid JSON" in torn.warnings[0]

    new = make_record(passed=4)
    append_record(path, new)
    after = read_history(path)
    assert after.records == [first, second, new]
    assert len(after.warnings) == 1 and f"{path}:3:" in after.warnings[0]


def test_valid_json_that_is_not_a_record_is_skipped(tmp_path):
    path = tmp_path / "results.jsonl"
    append_record(path, make_record(passed=1))
    with path.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(make_record(verdict="MAYBE")) + "\n")
        stream.write("[1, 2, 3]\n")
    append_record(path, make_record(passed=2))

    history = read_history(path)
    assert [r["passed"] for r in history.records] == [1, 2]
    assert len(history.warnings) == 2
    assert f"{path}:2:" in history.warnings[0] and "'MAYBE'" in history.warnings[0]
    assert f"{path}:3:" in history.warnings[1]


def test_record_missing_a_field_is_skipped(tmp_path):
    path = tmp_path / "results.jsonl"
    record = make_record()
    del record["verdict"]
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    history = read_history(path)
    assert history.records == [] and "'verdict' is a required property" in history.warnings[0]


def test_blank_lines_and_bad_bytes(tmp_path):
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"\n   \n\xff\xfe garbage\n")
    append_record(path, make_record())
    history = read_history(path)
    assert history.records == [make_record()]
    assert len(history.warnings) == 1 and f"{path}:3:" in history.warnings[0]


def _append_many(path: str, worker: int, count: int) -> None:
    for i in range(count):
        append_record(Path(path), make_record(problem=f"p{worker}", passed=i, solution="x" * 5000))


def test_concurrent_appends_keep_every_record_whole(tmp_path):
    path = tmp_path / "results.jsonl"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_append_many, args=(str(path), w, 25)) for w in range(4)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=120)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]

    history = read_history(path)
    assert history.warnings == []
    assert len(history.records) == 100
    assert sorted((r["problem"], r["passed"]) for r in history.records) == sorted(
        (f"p{w}", i) for w in range(4) for i in range(25))
