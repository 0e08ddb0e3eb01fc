"""The weakness spreadsheet as CSV: one row per attempted problem, opening cleanly in spreadsheets.

UTF-8 (with a BOM on request, for Excel), ISO dates, numbers as numbers, no index column.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from judge.reports import ProblemStats

COLUMNS = ["problem", "title", "track", "patterns", "difficulty", "attempts", "accepted", "first_try_pass",
           "last_verdict", "last_tests_passed", "last_tests_total", "last_failing_test", "complexity_ok",
           "best_solve_minutes", "last_solve_minutes", "fail_streak", "first_attempt", "last_attempt",
           "next_review", "weakness", "weak", "note"]


def rows(stats: list[ProblemStats], today: date, weak_only: bool) -> list[dict]:
    """The rows to export, weakest first (then by id)."""
    chosen = [s for s in stats if s.weak(today) or not weak_only]
    chosen.sort(key=lambda s: (-s.weakness(today), s.problem.id))
    return [_row(s, today) for s in chosen]


def _row(s: ProblemStats, today: date) -> dict:
    return {
        "problem": s.problem.id, "title": s.problem.title, "track": s.problem.track,
        "patterns": "; ".join(s.problem.patterns), "difficulty": s.problem.difficulty,
        "attempts": s.attempts, "accepted": s.accepted, "first_try_pass": _yes(s.first_try),
        "last_verdict": s.last_verdict, "last_tests_passed": s.last_passed, "last_tests_total": s.last_total,
        "last_failing_test": s.last_failed_test,
        "complexity_ok": "" if s.complexity_ok is None else _yes(s.complexity_ok),
        "best_solve_minutes": _minutes(s.best_solve), "last_solve_minutes": _minutes(s.last_solve),
        "fail_streak": s.fail_streak, "first_attempt": s.first_attempt.date().isoformat(),
        "last_attempt": s.last_attempt.date().isoformat(),
        "next_review": s.next_review.date().isoformat() if s.next_review else "",
        "weakness": s.weakness(today), "weak": _yes(s.weak(today)), "note": s.note,
    }


def to_csv(table: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue()


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _minutes(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 60:.1f}"
