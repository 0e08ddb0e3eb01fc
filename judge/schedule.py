"""Spaced re-solving: replay a problem's verdict history through FSRS to get its next due date.

A *review* is one day's work on a problem (UTC date), rated from that day's verdicts:

    accepted on the day's first run          -> Good   (first-try AC)
    accepted after failing earlier that day  -> Hard   (AC after failures)
    never accepted that day, or SLOW         -> Again  (failure, or correct but too slow)

Days with only NA runs (the untouched stub) are not reviews. The scheduler uses no minute-level
learning steps (those suit flashcards, not algorithm problems), and no fuzzing, so the same history
always gives the same dates.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import groupby

from fsrs import Card, Rating, Scheduler

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def parse_time(record: dict) -> datetime:
    """The record's time in UTC (times with another offset are converted)."""
    return datetime.fromisoformat(record["time"].replace("Z", "+00:00")).astimezone(timezone.utc)


def in_time_order(records: list[dict]) -> list[dict]:
    """Records by time: a union merge in git can leave two machines' lines interleaved out of order."""
    return sorted(records, key=parse_time)


def day_rating(verdicts: list[str]) -> Rating | None:
    """The FSRS rating of one day's verdicts on a problem, in run order (see the module docstring)."""
    verdicts = [v for v in verdicts if v not in ("NA", "IE")]
    if not verdicts:
        return None
    if verdicts[0] == "AC":
        return Rating.Good
    if "AC" in verdicts:
        return Rating.Hard
    return Rating.Again


def reviews(records: list[dict]) -> list[tuple[datetime, Rating]]:
    """One (time of the day's last run, rating) per day with real attempts, oldest first."""
    found = []
    for _, runs in groupby(in_time_order(records), key=lambda r: parse_time(r).date()):
        runs = list(runs)
        rating = day_rating([r["verdict"] for r in runs])
        if rating is not None:
            found.append((parse_time(runs[-1]), rating))
    return found


def next_due(records: list[dict]) -> datetime | None:
    """When to solve the problem again, from its whole history (None if never really attempted)."""
    card = Card()
    due = None
    for when, rating in reviews(records):
        card, _ = SCHEDULER.review_card(card, rating, review_datetime=when)
        due = card.due
    return due


def streak(accepted_days: set[date], today: date) -> int:
    """Consecutive days, ending today (or yesterday, if today has no AC yet), with an accepted run."""
    day = today if today in accepted_days else today - timedelta(days=1)
    count = 0
    while day in accepted_days:
        count += 1
        day -= timedelta(days=1)
    return count


def now() -> datetime:
    return datetime.now(timezone.utc)
