"""judge.export: the spreadsheet as CSV, read back the way a spreadsheet or a script would."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest

from judge.export import COLUMNS, rows, to_csv
from judge.problems import get_problem
from judge.reports import all_stats
from records import at, record

TODAY = date(2024, 5, 1)  # the day of the history: nothing due yet
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TRICKY_NOTE = 'hash map, "complements" in one pass\nsecond line: naïve O(n²) → O(n) 日本語 ✓'






HISTORY = [
    record(at(1, 9), "two_sum", "AC"),  # first try, not due on TODAY: not weak
    record(at(1, 9, 0), "lru_cache", "WA", passed=14, total=21, failed_test="example 1"),
    record(at(1, 9, 15), "lru_cache", "AC", total=21),  # 15 min to solve
    record(at(1, 10), "move_zeroes", "SLOW", total=20),
    record(at(1, 11), "binary_search", "TLE", total=21, failed_test="example 1"),
    record(at(1, 11), "softmax", "WA", passed=20, total=21, failed_test="large logits"),  # ties binary_search
    record(at(1, 12), "kmeans_step", "AC", total=21, source="reference"),  # not the user's: no row
]
PROBLEMS = {pid: get_problem(pid) for pid in
            ("two_sum", "lru_cache", "move_zeroes", "binary_search", "softmax", "kmeans_step")}


def stats(notes: dict | None = None):
    return all_stats(PROBLEMS, HISTORY, notes or {})


def read_back(text: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    table = list(reader)
    return reader.fieldnames, table


def test_header_is_exactly_the_columns_and_there_is_no_index_column():
    text = to_csv(rows(stats(), TODAY, weak_only=False))
    header, table = read_back(text)
    assert header == COLUMNS
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert header[0] == "problem"
    for row in table:
        assert list(row) == COLUMNS  # no extra unnamed column (DictReader would key it None)
        assert None not in row.values()  # and no missing cell
        assert not row["problem"].isdigit()


def test_one_row_per_attempted_problem_weakest_first():
    table = read_back(to_csv(rows(stats(), TODAY, weak_only=False)))[1]
    assert [r["problem"] for r in table] == ["move_zeroes", "binary_search", "softmax", "lru_cache", "two_sum"]
    assert [int(r["weakness"]) for r in table] == [85, 70, 70, 25, 0]  # ties broken by id


def test_weak_only_rows_are_exactly_the_weak_ones():
    all_rows = stats()
    expected = {s.problem.id for s in all_rows if s.weak(TODAY)}
    assert expected == {"lru_cache", "move_zeroes", "binary_search", "softmax"}
    table = read_back(to_csv(rows(all_rows, TODAY, weak_only=True)))[1]
    assert {r["problem"] for r in table} == expected and len(table) == len(expected)
    assert [r["problem"] for r in table] == ["move_zeroes", "binary_search", "softmax", "lru_cache"]
    assert all(r["weak"] == "yes" for r in table)


def test_a_due_review_makes_a_clean_problem_weak_on_export():
    [two_sum] = [s for s in stats() if s.problem.id == "two_sum"]
    due = two_sum.next_review.date()
    table = read_back(to_csv(rows(stats(), due, weak_only=True)))[1]
    assert "two_sum" in [r["problem"] for r in table]
    [row] = [r for r in table if r["problem"] == "two_sum"]
    assert (row["weak"], row["weakness"]) == ("yes", "15")


def test_dates_are_iso():
    table = read_back(to_csv(rows(stats(), TODAY, weak_only=False)))[1]
    for row in table:
        for column in ("first_attempt", "last_attempt", "next_review"):
            assert ISO_DATE.match(row[column]), (column, row[column])
            date.fromisoformat(row[column])
    by_id = {r["problem"]: r for r in table}
    assert by_id["lru_cache"]["first_attempt"] == by_id["lru_cache"]["last_attempt"] == "2024-05-01"
    assert date.fromisoformat(by_id["two_sum"]["next_review"]) > date(2024, 5, 1)


def test_values():
    by_id = {r["problem"]: r for r in read_back(to_csv(rows(stats(), TODAY, weak_only=False)))[1]}
    lru = by_id["lru_cache"]
    assert lru["title"] == "LRU Cache" and lru["track"] == "dsa" and lru["difficulty"] == "medium"
    assert lru["patterns"] == "design; linked list; arrays & hashing"
    assert (lru["attempts"], lru["accepted"], lru["first_try_pass"], lru["last_verdict"]) == ("2", "1", "no", "AC")
    assert (lru["last_tests_passed"], lru["last_tests_total"], lru["last_failing_test"]) == ("21", "21", "")
    assert (lru["complexity_ok"], lru["best_solve_minutes"], lru["last_solve_minutes"]) == ("yes", "15.0", "15.0")
    assert (lru["fail_streak"], lru["weak"], lru["note"]) == ("0", "yes", "")
    slow = by_id["move_zeroes"]
    assert (slow["last_verdict"], slow["complexity_ok"], slow["accepted"], slow["fail_streak"]) == ("SLOW", "no", "0", "1")
    assert slow["best_solve_minutes"] == slow["last_solve_minutes"] == ""
    tle = by_id["binary_search"]
    assert (tle["last_verdict"], tle["last_failing_test"], tle["last_tests_passed"], tle["complexity_ok"]) == \
        ("TLE", "example 1", "0", "")
    first = by_id["two_sum"]
    assert (first["first_try_pass"], first["weak"], first["weakness"], first["best_solve_minutes"]) == \
        ("yes", "no", "0", "0.0")
    assert all(float(r["weakness"]).is_integer() for r in by_id.values())  # numbers as numbers


def test_a_tricky_note_survives_the_round_trip():
    text = to_csv(rows(stats({"two_sum": TRICKY_NOTE, "lru_cache": "dict + list, "}), TODAY, weak_only=False))
    by_id = {r["problem"]: r for r in read_back(text)[1]}
    assert by_id["two_sum"]["note"] == TRICKY_NOTE
    assert by_id["lru_cache"]["note"] == "dict + list, "
    assert len(by_id) == 5  # the newline inside the note did not start a new row


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_a_tricky_note_survives_a_file_round_trip(tmp_path, encoding):
    path = tmp_path / "weak.csv"
    path.write_text(to_csv(rows(stats({"two_sum": TRICKY_NOTE}), TODAY, weak_only=False)), encoding=encoding,
                    newline="")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        table = list(reader)
    assert reader.fieldnames == COLUMNS
    assert {r["problem"]: r["note"] for r in table}["two_sum"] == TRICKY_NOTE


def test_no_attempts_gives_the_header_only():
    text = to_csv(rows([], TODAY, weak_only=True))
    header, table = read_back(text)
    assert header == COLUMNS and table == []
