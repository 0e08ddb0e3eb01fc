"""judge.reports: the weakness spreadsheet's rows, score, weak rule and groupings, computed from records.

Also the reading side it is built on: judge.history upgrades old records through MIGRATIONS when
read (never rewriting the file) and skips records from a newer judge with a warning.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

import judge.history
from judge.history import append_record, read_history
from judge.problems import get_problem
from judge.problems import all_problems
from judge.reports import (accepted_days, all_stats, attempts_by_problem, due_reviews, group_stats, pick_today,
                           problem_stats, status_by_problem)
from judge.schemas import first_error, load_schema
from records import at, record

UTC = timezone.utc






def stats_of(problem_id: str, records: list[dict], note: str = ""):
    """The row of one problem, computed the way the CLI does (own attempts only)."""
    return problem_stats(get_problem(problem_id), attempts_by_problem(records)[problem_id], note)


# --------------------------------------------------------------------------------------------------
# problem_stats


def lru_history() -> list[dict]:
    """Three solving sessions of 15, 5 and 40 minutes, then a fail streak of two; noise that must not count."""
    pid, total = "lru_cache", 21
    return [
        record(at(1, 10, 0), pid, "NA", total=total),  # the untouched stub: not an attempt
        record(at(1, 10, 5), pid, "WA", passed=3, total=total, failed_test="example 2"),
        record(at(1, 10, 6), pid, "IE", total=total),  # the judge's own failure: not an attempt
        record(at(1, 10, 10), pid, "AC", total=total, source="reference"),  # not the user's code
        record(at(1, 10, 20), pid, "AC", total=total),  # session 1: 15 min
        record(at(3, 9, 0), pid, "SLOW", total=total),
        record(at(3, 9, 5), pid, "AC", total=total),  # session 2: 5 min
        record(at(5, 8, 0), pid, "WA", passed=9, total=total, failed_test="big"),
        record(at(5, 8, 40), pid, "AC", total=total),  # session 3: 40 min
        record(at(6, 8, 0), pid, "WA", passed=5, total=total, failed_test="x"),
        record(at(6, 8, 1), pid, "TLE", passed=7, total=total, failed_test="y"),
    ]


def test_problem_stats_counts_only_own_attempts():
    row = stats_of("lru_cache", lru_history(), note="doubly linked list + dict")
    assert row.problem.id == "lru_cache"
    assert row.attempts == 8  # NA, IE and the reference run left out
    assert row.accepted == 3
    assert row.solved
    assert row.first_try is False
    assert row.slow_count == 1
    assert row.fail_streak == 2
    assert row.note == "doubly linked list + dict"


def test_problem_stats_last_run_fields():
    row = stats_of("lru_cache", lru_history())
    assert (row.last_verdict, row.last_passed, row.last_total, row.last_failed_test) == ("TLE", 7, 21, "y")
    assert row.first_attempt == datetime(2024, 5, 1, 10, 5, tzinfo=UTC)  # the NA at 10:00 is not an attempt
    assert row.last_attempt == datetime(2024, 5, 6, 8, 1, tzinfo=UTC)


def test_problem_stats_times():
    row = stats_of("lru_cache", lru_history())
    assert row.time_to_first_ac == 15 * 60  # from the first real attempt, not the NA or the reference run
    assert row.attempts_to_first_ac == 2
    assert row.best_solve == 5 * 60
    assert row.last_solve == 40 * 60
    assert row.next_review is not None and row.next_review > row.last_attempt


def test_problem_stats_never_accepted_has_no_times():
    row = stats_of("binary_search", [record(at(1, 9), "binary_search", "WA", failed_test="example 1"),
                                     record(at(1, 10), "binary_search", "TLE", failed_test="big")])
    assert (row.accepted, row.solved, row.first_try) == (0, False, False)
    assert row.time_to_first_ac is None and row.attempts_to_first_ac is None
    assert row.best_solve is None and row.last_solve is None
    assert row.fail_streak == 2
    assert row.complexity_ok is None  # no run passed every test


@pytest.mark.parametrize("verdicts, expected", [
    (["AC"], True),
    (["AC", "SLOW"], False),
    (["SLOW", "AC"], True),
    (["SLOW", "AC", "WA"], True),  # a failing run says nothing about complexity
    (["AC", "SLOW", "WA", "TLE"], False),
    (["WA", "RE"], None),
])
def test_complexity_ok_comes_from_the_last_ac_or_slow_run(verdicts, expected):
    runs = [record(at(1, 8 + i), "move_zeroes", v, total=20) for i, v in enumerate(verdicts)]
    assert stats_of("move_zeroes", runs).complexity_ok is expected


def test_slow_count_and_fail_streak():
    runs = [record(at(1, 8 + i), "move_zeroes", v, total=20) for i, v in enumerate(["SLOW", "SLOW", "AC", "WA", "SLOW", "TLE"])]
    row = stats_of("move_zeroes", runs)
    assert row.slow_count == 3
    assert row.fail_streak == 3  # the runs since the last AC
    assert row.last_verdict == "TLE"


def test_first_try_ignores_stub_and_reference_runs():
    runs = [record(at(1, 8), verdict="NA"), record(at(1, 9), verdict="AC", source="reference"),
            record(at(1, 10), verdict="AC")]
    row = stats_of("two_sum", runs)
    assert row.first_try is True and row.attempts == 1 and row.time_to_first_ac == 0
    runs = [record(at(1, 9), verdict="AC", source="reference"), record(at(1, 10), verdict="WA"),
            record(at(1, 11), verdict="AC")]
    assert stats_of("two_sum", runs).first_try is False


def test_solve_session_starts_after_the_previous_ac():
    runs = [record(at(1, 9, 0), verdict="WA"), record(at(1, 9, 30), verdict="AC"),  # 30 min
            record(at(1, 10, 0), verdict="WA"), record(at(1, 10, 10), verdict="AC")]  # 10 min, not 70
    row = stats_of("two_sum", runs)
    assert (row.best_solve, row.last_solve, row.time_to_first_ac) == (600, 600, 1800)


def test_last_failed_test_is_empty_when_the_last_run_passed():
    runs = [record(at(1, 9), verdict="WA", failed_test="example 1"), record(at(1, 10), verdict="AC")]
    assert stats_of("two_sum", runs).last_failed_test == ""


def test_last_run_is_the_latest_in_time_not_the_last_line():
    machine_a = [record(at(1, 9), verdict="AC"), record(at(10, 9), verdict="WA", failed_test="example 1")]
    machine_b = [record(at(5, 9), verdict="AC")]
    row = stats_of("two_sum", machine_a + machine_b)  # what a union merge leaves
    assert row.last_verdict == "WA"
    assert row.last_attempt == datetime(2024, 5, 10, 9, tzinfo=UTC)
    assert row.fail_streak == 1


# --------------------------------------------------------------------------------------------------
# the weakness score, term by term

TODAY = date(2024, 5, 1)


@pytest.fixture
def clean():
    """A first-try AC, not due on TODAY: weakness 0."""
    row = stats_of("two_sum", [record(at(1, 9), verdict="AC")])
    assert row.next_review.date() > TODAY
    assert row.weakness(TODAY) == 0
    return row


def test_never_accepted_adds_40(clean):
    assert replace(clean, accepted=0).weakness(TODAY) == 40


def test_not_first_try_adds_20(clean):
    assert replace(clean, first_try=False).weakness(TODAY) == 20


@pytest.mark.parametrize("streak, added", [(1, 10), (2, 20), (3, 30), (4, 30), (9, 30)])
def test_fail_streak_adds_10_each_at_most_3(clean, streak, added):
    assert replace(clean, fail_streak=streak).weakness(TODAY) == added


def test_last_verdict_slow_adds_15(clean):
    assert replace(clean, last_verdict="SLOW").weakness(TODAY) == 15
    assert replace(clean, last_verdict="WA").weakness(TODAY) == 0  # only SLOW has this term


@pytest.mark.parametrize("attempts_to_first_ac, added", [(1, 0), (2, 5), (3, 10), (5, 20), (6, 20), (12, 20)])
def test_extra_attempts_before_first_ac_add_5_each_at_most_4(clean, attempts_to_first_ac, added):
    row = replace(clean, attempts=attempts_to_first_ac, attempts_to_first_ac=attempts_to_first_ac)
    assert row.weakness(TODAY) == added


def test_extra_attempts_of_a_never_accepted_problem_count_all_attempts(clean):
    row = replace(clean, accepted=0, attempts=3, attempts_to_first_ac=None)
    assert row.weakness(TODAY) == 40 + 10


def test_attempts_after_the_first_ac_do_not_add(clean):
    assert replace(clean, attempts=7, accepted=7, attempts_to_first_ac=1).weakness(TODAY) == 0


def test_due_review_adds_15(clean):
    due = clean.next_review.date()
    assert clean.weakness(due - timedelta(days=1)) == 0
    assert clean.weakness(due) == 15  # due on the day itself
    assert clean.weakness(due + timedelta(days=30)) == 15


def test_no_review_scheduled_is_not_due(clean):
    row = replace(clean, next_review=None)
    assert not row.due(date(2030, 1, 1)) and row.weakness(date(2030, 1, 1)) == 0


def test_score_is_capped_at_100(clean):
    worst = replace(clean, accepted=0, first_try=False, fail_streak=5, last_verdict="SLOW", attempts=9,
                    attempts_to_first_ac=None)
    assert worst.weakness(TODAY) == 100  # 40 + 20 + 30 + 15 + 20 = 125
    assert worst.weakness(date(2030, 1, 1)) == 100  # + 15 due


def test_score_from_real_histories():
    solved_third = stats_of("two_sum", [record(at(1, 9), verdict="WA"), record(at(1, 10), verdict="RE"),
                                        record(at(1, 11), verdict="AC")])
    assert solved_third.weakness(TODAY) == 20 + 10  # not first try, two extra attempts
    never = stats_of("two_sum", [record(at(1, 9), verdict="WA"), record(at(1, 10), verdict="WA")])
    assert never.weakness(TODAY) == 40 + 20 + 20 + 5
    assert never.weakness(date(2024, 6, 1)) == 40 + 20 + 20 + 5 + 15
    slow = stats_of("move_zeroes", [record(at(1, 9), "move_zeroes", "SLOW", total=20)])
    assert slow.weakness(TODAY) == 40 + 20 + 10 + 15


# --------------------------------------------------------------------------------------------------
# the weak rule


def test_first_try_ac_not_due_is_not_weak(clean):
    assert not clean.weak(TODAY)


def test_failed_once_alone_is_weak(clean):
    row = replace(clean, attempts=2, accepted=1)
    assert not row.due(TODAY) and row.slow_count == 0 and row.attempts < 3
    assert row.weak(TODAY)


def test_three_attempts_to_the_first_ac_alone_is_weak(clean):
    assert not replace(clean, attempts=3, accepted=3, attempts_to_first_ac=1).weak(TODAY)  # three ACs in a row
    assert replace(clean, attempts=3, accepted=1, attempts_to_first_ac=3).weak(TODAY)
    assert replace(clean, attempts=3, accepted=0, attempts_to_first_ac=None, first_try=False).weak(TODAY)


def test_a_skipped_complexity_check_is_unknown_not_ok():
    runs = [dict(record(at(1, 8), "move_zeroes", "AC", total=20), complexity="unmeasured")]
    assert stats_of("move_zeroes", runs).complexity_ok is None


def test_ever_slow_alone_is_weak(clean):
    assert replace(clean, slow_count=1).weak(TODAY)


def test_due_alone_is_weak(clean):
    due = clean.next_review.date()
    assert not clean.weak(due - timedelta(days=1))
    assert clean.weak(due)


def test_weak_from_real_histories():
    assert stats_of("two_sum", [record(at(1, 9), verdict="WA"), record(at(1, 10), verdict="AC")]).weak(TODAY)
    assert stats_of("move_zeroes", [record(at(1, 9), "move_zeroes", "SLOW", total=20),
                                    record(at(1, 10), "move_zeroes", "AC", total=20)]).weak(TODAY)
    # a stub run and a reference run before the first real attempt do not make it "not first try"
    assert not stats_of("two_sum", [record(at(1, 8), verdict="NA"), record(at(1, 9), verdict="WA", source="reference"),
                                    record(at(1, 10), verdict="AC")]).weak(TODAY)


# --------------------------------------------------------------------------------------------------
# all_stats, group_stats, status_by_problem


def scripted() -> list[dict]:
    """two_sum first try, lru_cache WA then AC, move_zeroes SLOW, binary_search TLE (plus noise)."""
    return [
        record(at(1, 9), "two_sum", "AC"),
        record(at(1, 9, 5), "lru_cache", "WA", passed=14, total=21, failed_test="example 1"),
        record(at(1, 9, 6), "lru_cache", "AC", total=21),
        record(at(1, 9, 7), "move_zeroes", "SLOW", total=20),
        record(at(1, 9, 8), "binary_search", "TLE", total=21, failed_test="example 1"),
        record(at(1, 9, 9), "softmax", "NA", total=21),  # stub only: no row
        record(at(1, 9, 10), "kmeans_step", "AC", total=21, source="reference"),  # reference only: no row
        record(at(1, 9, 11), "valid_parentheses", "IE"),  # judge failure only: no row
        record(at(1, 9, 12), "retired_problem", "WA"),  # no longer in the bank: no row
    ]


def bank(*ids: str) -> dict:
    return {pid: get_problem(pid) for pid in ids}


ALL = ("two_sum", "lru_cache", "move_zeroes", "binary_search", "softmax", "kmeans_step", "valid_parentheses")


def test_all_stats_one_row_per_attempted_bank_problem_in_id_order():
    rows = all_stats(bank(*ALL), scripted(), {"two_sum": "complements", "softmax": "subtract the max"})
    assert [r.problem.id for r in rows] == ["binary_search", "lru_cache", "move_zeroes", "two_sum"]
    assert {r.problem.id: r.note for r in rows} == {"binary_search": "", "lru_cache": "", "move_zeroes": "",
                                                   "two_sum": "complements"}


def test_group_stats_by_pattern():
    table = group_stats(all_stats(bank(*ALL), scripted(), {}), "pattern")
    assert table == [
        {"pattern": "arrays & hashing", "problems": 2, "attempts": 3, "solved": 1.0, "first_try": 0.5,
         "several_attempts": 0.5, "slow": 0},
        {"pattern": "binary search", "problems": 1, "attempts": 1, "solved": 0.0, "first_try": 0.0,
         "several_attempts": 0.0, "slow": 0},
        {"pattern": "design", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
         "several_attempts": 1.0, "slow": 0},
        {"pattern": "linked list", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
         "several_attempts": 1.0, "slow": 0},
        {"pattern": "two pointers", "problems": 1, "attempts": 1, "solved": 0.0, "first_try": 0.0,
         "several_attempts": 0.0, "slow": 1},
    ]


def test_group_stats_by_difficulty():
    table = group_stats(all_stats(bank(*ALL), scripted(), {}), "difficulty")
    assert table == [
        {"difficulty": "easy", "problems": 3, "attempts": 3, "solved": pytest.approx(1 / 3),
         "first_try": pytest.approx(1 / 3), "several_attempts": 0.0, "slow": 1},
        {"difficulty": "medium", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
         "several_attempts": 1.0, "slow": 0},
    ]


def test_group_stats_several_attempts_of_an_unsolved_problem():
    records = [record(at(1, 9), "binary_search", "WA", total=21), record(at(1, 10), "binary_search", "TLE", total=21),
               record(at(1, 9), "two_sum", "AC")]
    [row] = [g for g in group_stats(all_stats(bank("binary_search", "two_sum"), records, {}), "difficulty")]
    assert row == {"difficulty": "easy", "problems": 2, "attempts": 3, "solved": 0.5, "first_try": 0.5,
                   "several_attempts": 0.5, "slow": 0}


def test_status_by_problem():
    records = scripted() + [
        record(at(2, 9), "two_sum", "WA"),  # solved once stays solved
        record(at(2, 9), "softmax", "WA", total=21),
        record(at(2, 10), "softmax", "IE", total=21),  # the judge's failure is not the last verdict
        record(at(2, 11), "softmax", "AC", total=21, source="reference"),  # nor is the reference's AC
    ]
    assert status_by_problem(records) == {
        "two_sum": "solved", "lru_cache": "solved", "move_zeroes": "tried (SLOW)",
        "binary_search": "tried (TLE)", "softmax": "tried (WA)", "retired_problem": "tried (WA)",
    }


def test_due_reviews_most_overdue_first(clean):
    day = clean.next_review.date()
    rows = [replace(clean, problem=get_problem("two_sum"), next_review=clean.next_review),
            replace(clean, problem=get_problem("lru_cache"), next_review=clean.next_review - timedelta(days=3)),
            replace(clean, problem=get_problem("binary_search"), next_review=clean.next_review),
            replace(clean, problem=get_problem("softmax"), next_review=clean.next_review + timedelta(days=1)),
            replace(clean, problem=get_problem("move_zeroes"), next_review=None)]
    assert [r.problem.id for r in due_reviews(rows, day)] == ["lru_cache", "binary_search", "two_sum"]
    assert due_reviews(rows, day - timedelta(days=4)) == []


def test_pick_today_prefers_the_most_overdue_review():
    rows = all_stats(bank(*ALL), scripted(), {})
    later = date(2024, 6, 1)  # everything attempted on 2024-05-01 is due by then
    problem, why = pick_today(rows, all_problems(), later)
    assert problem.id == due_reviews(rows, later)[0].problem.id
    assert why == f"review: due since {due_reviews(rows, later)[0].next_review.date().isoformat()}"


def test_pick_today_without_a_review_picks_unsolved_from_the_weakest_pattern():
    rows = all_stats(bank(*ALL), scripted(), {})
    problem, why = pick_today(rows, all_problems(), date(2024, 5, 1))
    # binary search and two pointers: 0% solved, 0% first try; binary search first by name
    assert (problem.id, why) == ("binary_search", "new: from your weakest pattern, binary search")
    # once binary search is solved, two pointers is the weakest: its unsolved problems, first by id
    solved = [r for r in rows if r.problem.id != "binary_search"]
    solved.append(stats_of("binary_search", [record(at(1, 13), "binary_search", "AC", total=21)]))
    problem, why = pick_today(solved, all_problems(), date(2024, 5, 1))
    assert (problem.id, why) == ("merge_two_sorted_lists", "new: from your weakest pattern, two pointers")
    assert "two pointers" in problem.patterns


def test_pick_today_never_picks_a_solved_problem_and_says_when_all_are_solved(clean):
    everything = [stats_of(p.id, [record(at(1, 9), p.id, "AC", total=len(p.tests))]) for p in all_problems()]
    assert pick_today(everything, all_problems(), TODAY) is None
    problem, why = pick_today(everything[1:], all_problems(), TODAY)
    assert problem.id == all_problems()[0].id


def test_pick_today_on_an_empty_history():
    problem, why = pick_today([], all_problems(), TODAY)
    assert problem.id in {p.id for p in all_problems()}
    assert why == "new: a problem you have not solved yet"


def test_accepted_days_are_utc_days_of_own_acs():
    records = [record("2024-05-01T23:59:00Z", verdict="AC"), record("2024-05-02T00:00:30Z", verdict="WA"),
               record("2024-05-03T10:00:00Z", verdict="AC", source="reference"),
               record("2024-05-04T10:00:00Z", verdict="SLOW"), record("2024-05-05T10:00:00Z", verdict="AC", source="file")]
    assert accepted_days(records) == {date(2024, 5, 1), date(2024, 5, 5)}


# --------------------------------------------------------------------------------------------------
# reading the history: upgrades through MIGRATIONS, newer records skipped


def _write_lines(path, records):
    for made in records:
        append_record(path, made)
    return path.read_bytes()


def _schema_for(version: int, required_field: str | None = None) -> dict:
    schema = copy.deepcopy(load_schema("record"))
    schema["properties"]["schema_version"] = {"const": version}
    if required_field:
        schema["required"] = [*schema["required"], required_field]
        schema["properties"][required_field] = {"type": "string"}
    return schema


def _validator_for(schema: dict):
    import jsonschema

    def first_error_(name, data):
        assert name == "record"
        return jsonschema.exceptions.best_match(jsonschema.Draft7Validator(schema).iter_errors(data))

    return first_error_


def test_old_records_are_upgraded_when_read_and_the_file_is_not_rewritten(tmp_path, monkeypatch):
    """A judge at schema version 2 (records gain 'language') reading a file written at version 1."""
    upgraded = []

    def one_to_two(old: dict) -> dict:
        upgraded.append(old["time"])
        return {**old, "schema_version": 2, "language": "python"}

    monkeypatch.setattr(judge.history, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(judge.history, "MIGRATIONS", {1: one_to_two})
    monkeypatch.setattr(judge.history, "first_error", _validator_for(_schema_for(2, "language")))
    path = tmp_path / "results.jsonl"
    new = {**record(at(3)), "schema_version": 2, "language": "python"}
    before = _write_lines(path, [record(at(1)), record(at(2), verdict="WA"), new])

    history = read_history(path)

    assert history.warnings == []
    assert [r["schema_version"] for r in history.records] == [2, 2, 2]
    assert [r["language"] for r in history.records] == ["python"] * 3
    assert [r["verdict"] for r in history.records] == ["AC", "WA", "AC"]
    assert upgraded == [at(1), at(2)]  # only the old lines went through the migration
    assert path.read_bytes() == before  # upgraded when read, never rewritten
    assert [json.loads(line)["schema_version"] for line in before.splitlines()] == [1, 1, 2]


def test_migrations_chain_to_the_current_version(tmp_path, monkeypatch):
    steps = []

    def one_to_two(old: dict) -> dict:
        steps.append((1, old["schema_version"]))
        return {**old, "schema_version": 2, "language": "python"}

    def two_to_three(old: dict) -> dict:
        steps.append((2, old["schema_version"]))
        return {**old, "schema_version": 3, "origin": old["language"] + "@" + old["sandbox"]}

    monkeypatch.setattr(judge.history, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(judge.history, "MIGRATIONS", {1: one_to_two, 2: two_to_three})
    monkeypatch.setattr(judge.history, "first_error", _validator_for(_schema_for(3, "origin")))
    path = tmp_path / "results.jsonl"
    _write_lines(path, [record(at(1))])
    history = read_history(path)
    assert history.warnings == []
    assert steps == [(1, 1), (2, 2)]
    [only] = history.records
    assert only["schema_version"] == 3 and only["origin"] == "python@local"


def test_a_migration_from_an_older_format_makes_it_a_valid_current_record(tmp_path, monkeypatch):
    """Version 0 called the field 'tests_passed'; the migration renames it (no schema patching needed)."""
    def zero_to_one(old: dict) -> dict:
        upgraded = {k: v for k, v in old.items() if k != "tests_passed"}
        return {**upgraded, "passed": old["tests_passed"], "schema_version": 1}

    monkeypatch.setattr(judge.history, "MIGRATIONS", {0: zero_to_one})
    path = tmp_path / "results.jsonl"
    legacy = {k: v for k, v in record(at(1), verdict="WA", passed=7).items() if k != "passed"}
    legacy.update(schema_version=0, tests_passed=7)
    before = _write_lines(path, [legacy, record(at(2))])
    history = read_history(path)
    assert history.warnings == []
    assert history.records[0] == record(at(1), verdict="WA", passed=7)
    assert path.read_bytes() == before


def test_a_record_from_a_newer_judge_is_skipped_with_a_warning_to_upgrade(tmp_path):
    path = tmp_path / "results.jsonl"
    newer = {**record(at(2), verdict="WA"), "schema_version": judge.history.SCHEMA_VERSION + 1}
    _write_lines(path, [record(at(1)), newer, record(at(3))])
    history = read_history(path)
    assert [r["time"] for r in history.records] == [at(1), at(3)]
    [warning] = history.warnings
    assert f"{path}:2:" in warning
    assert "newer judge" in warning and "upgrade judge" in warning


@pytest.mark.parametrize("version", [0, -1])
def test_an_unknown_old_schema_version_is_skipped_not_a_crash(tmp_path, version):
    path = tmp_path / "results.jsonl"
    _write_lines(path, [record(at(1)), {**record(at(2)), "schema_version": version}, record(at(3))])
    history = read_history(path)
    assert [r["time"] for r in history.records] == [at(1), at(3)]
    assert len(history.warnings) == 1 and f"{path}:2:" in history.warnings[0]
