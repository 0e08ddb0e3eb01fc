"""judge.schedule: day ratings, reviews by UTC day, the FSRS due date and the streak."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from fsrs import Rating

from judge.schedule import day_rating, next_due, reviews, streak
from records import at, record

UTC = timezone.utc






def day(verdicts: list[str], on: int = 1) -> list[dict]:
    """One day's runs, an hour apart, in order."""
    return [record(at(on, 8 + i), verdict=v) for i, v in enumerate(verdicts)]


# --------------------------------------------------------------------------------------------------
# day_rating


@pytest.mark.parametrize("verdicts, rating", [
    (["AC"], Rating.Good),  # first-try AC
    (["AC", "WA"], Rating.Good),  # the day's first run decides "first try"
    (["AC", "AC"], Rating.Good),
    (["WA", "AC"], Rating.Hard),  # AC after failing earlier that day
    (["WA", "TLE", "RE", "AC"], Rating.Hard),
    (["SLOW", "AC"], Rating.Hard),
    (["WA"], Rating.Again),  # only failures
    (["WA", "CE", "MLE", "OLE"], Rating.Again),
    (["SLOW"], Rating.Again),  # correct but too slow
    (["SLOW", "SLOW"], Rating.Again),
    (["NA", "AC"], Rating.Good),  # the untouched stub run is not the day's first attempt
    (["IE", "WA", "AC"], Rating.Hard),
    (["NA", "SLOW"], Rating.Again),
])
def test_day_rating(verdicts, rating):
    assert day_rating(verdicts) == rating


@pytest.mark.parametrize("verdicts", [[], ["NA"], ["NA", "NA"], ["IE"], ["NA", "IE"]])
def test_days_without_real_attempts_are_not_reviews(verdicts):
    assert day_rating(verdicts) is None


# --------------------------------------------------------------------------------------------------
# reviews


def test_reviews_group_runs_by_utc_day():
    records = [record(at(1, 9), verdict="WA"), record(at(1, 18), verdict="AC"),  # one day: Hard
               record(at(3, 7), verdict="AC"),  # Good
               record(at(4, 10), verdict="SLOW"), record(at(4, 11), verdict="WA")]  # Again
    assert reviews(records) == [(datetime(2024, 5, 1, 18, tzinfo=UTC), Rating.Hard),
                                (datetime(2024, 5, 3, 7, tzinfo=UTC), Rating.Good),
                                (datetime(2024, 5, 4, 11, tzinfo=UTC), Rating.Again)]


def test_reviews_split_at_utc_midnight():
    records = [record("2024-05-01T23:59:00Z", verdict="WA"), record("2024-05-02T00:01:00Z", verdict="AC")]
    assert [rating for _, rating in reviews(records)] == [Rating.Again, Rating.Good]


def test_na_only_days_are_ignored():
    records = day(["NA", "NA"], on=1) + day(["IE"], on=2) + day(["AC"], on=3)
    assert reviews(records) == [(datetime(2024, 5, 3, 8, tzinfo=UTC), Rating.Good)]
    assert next_due(day(["NA"], on=1)) is None
    assert next_due([]) is None


def test_review_time_is_the_days_last_run_even_a_stub_run():
    records = [record(at(1, 9), verdict="AC"), record(at(1, 20), verdict="NA")]
    assert reviews(records) == [(datetime(2024, 5, 1, 20, tzinfo=UTC), Rating.Good)]


def test_reviews_use_the_utc_date_of_a_time_with_an_offset():
    records = [record("2024-05-01T23:30:00Z", verdict="WA"),
               record("2024-05-02T01:45:00+02:00", verdict="AC")]  # 2024-05-01T23:45Z: the same UTC day
    assert [rating for _, rating in reviews(records)] == [Rating.Hard]


# --------------------------------------------------------------------------------------------------
# next_due


def test_next_due_is_deterministic():
    history = day(["WA", "AC"], 1) + day(["AC"], 3) + day(["SLOW"], 9) + day(["AC"], 12)
    first = next_due(history)
    assert first == next_due([dict(r) for r in history]) == next_due(history)
    assert first.tzinfo is not None


def test_next_due_is_after_the_last_review():
    for verdicts in (["AC"], ["WA"], ["WA", "AC"], ["SLOW"]):
        history = day(verdicts, 1)
        assert next_due(history) > datetime(2024, 5, 1, 8 + len(verdicts) - 1, tzinfo=UTC)


def test_good_is_due_later_than_hard_and_again_from_the_same_start():
    good = next_due(day(["AC"]))
    hard = next_due(day(["WA", "AC"]))
    again = next_due(day(["WA", "WA"]))
    slow = next_due(day(["SLOW", "SLOW"]))
    assert good > again
    assert good > hard >= again
    assert slow == again


def test_a_failure_brings_the_next_review_sooner():
    solved_again = day(["AC"], 1) + day(["AC"], 3)
    failed_this_time = day(["AC"], 1) + day(["WA"], 3)
    assert next_due(failed_this_time) < next_due(solved_again)
    assert next_due(failed_this_time) > datetime(2024, 5, 3, 8, tzinfo=UTC)


def test_intervals_grow_with_successive_good_reviews():
    history, gaps = [], []
    when = datetime(2024, 5, 1, 9, tzinfo=UTC)
    for _ in range(4):
        history.append(record(when.isoformat().replace("+00:00", "Z"), verdict="AC"))
        due = next_due(history)
        gaps.append(due - when)
        when = due  # solved again on the day it was due
    assert gaps == sorted(gaps) and gaps[-1] > gaps[0]


def test_stub_and_judge_failure_days_do_not_change_the_due_date():
    base = day(["AC"], 1)
    assert next_due(base + day(["NA"], 2) + day(["IE"], 3)) == next_due(base)


def test_next_due_does_not_depend_on_file_order():
    machine_a = day(["AC"], 1) + day(["WA"], 10)
    machine_b = day(["AC"], 5)
    merged = machine_a + machine_b  # what a union merge leaves
    in_time_order = sorted(merged, key=lambda r: r["time"])
    assert next_due(merged) > datetime(2024, 5, 10, 8, tzinfo=UTC)
    assert next_due(merged) == next_due(in_time_order)


# --------------------------------------------------------------------------------------------------
# streak

TODAY = date(2024, 5, 20)


def days_ago(*offsets: int) -> set[date]:
    return {TODAY - timedelta(days=n) for n in offsets}


@pytest.mark.parametrize("accepted, expected", [
    (days_ago(), 0),
    (days_ago(0), 1),
    (days_ago(0, 1, 2), 3),
    (days_ago(1), 1),  # ending yesterday: today has no AC yet
    (days_ago(1, 2, 3, 4), 4),
    (days_ago(2, 3), 0),  # yesterday missed: broken
    (days_ago(0, 2, 3), 1),  # a gap breaks it
    (days_ago(0, 1, 3, 4, 5), 2),
    (days_ago(-1, 0), 1),  # a future day does not count
])
def test_streak(accepted, expected):
    assert streak(accepted, TODAY) == expected


def test_streak_across_a_month_boundary():
    assert streak({date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)}, date(2024, 3, 1)) == 3
