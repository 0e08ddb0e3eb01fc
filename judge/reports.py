"""The weakness spreadsheet, computed from the results file: pure functions over records.

Only the user's own attempts count: runs of the bundled reference, the judge's own failures (IE)
and runs of the untouched stub (NA) are left out.

Weakness score (0-100, higher is weaker), documented in the README:
    40 if never accepted
  + 20 if not accepted on the first attempt
  + 10 per failure in the current fail streak (at most 3)
  + 15 if the last verdict is SLOW
  +  5 per extra attempt before the first AC (at most 4)
  + 15 if a review is due and not done yet
capped at 100.

A problem is *weak* when it has failed at least once, needed 3 or more attempts to its first AC (or
has 3 without one), was ever SLOW, or is due for review.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from judge.problems import Problem
from judge.schedule import in_time_order, next_due, parse_time

NOT_ATTEMPTS = frozenset({"NA", "IE"})


@dataclass(frozen=True)
class ProblemStats:
    problem: Problem
    attempts: int
    accepted: int
    first_try: bool
    last_verdict: str
    last_passed: int
    last_total: int
    last_failed_test: str
    complexity_ok: bool | None  # the last run that passed every test: AC (True) or SLOW (False)
    slow_count: int
    time_to_first_ac: float | None  # seconds from the first attempt to the first AC
    best_solve: float | None  # seconds from a session's first run to its AC, best and last
    last_solve: float | None
    fail_streak: int
    first_attempt: datetime
    last_attempt: datetime
    next_review: datetime | None
    note: str
    attempts_to_first_ac: int | None

    @property
    def solved(self) -> bool:
        return self.accepted > 0

    def due(self, today: date) -> bool:
        return self.next_review is not None and self.next_review.date() <= today

    def weakness(self, today: date) -> int:
        score = 0
        score += 40 if not self.solved else 0
        score += 20 if not self.first_try else 0
        score += 10 * min(self.fail_streak, 3)
        score += 15 if self.last_verdict == "SLOW" else 0
        extra = (self.attempts_to_first_ac or self.attempts) - 1
        score += 5 * min(max(extra, 0), 4)
        score += 15 if self.due(today) else 0
        return min(score, 100)

    def weak(self, today: date) -> bool:
        failed = self.attempts > self.accepted
        return failed or (self.attempts_to_first_ac or self.attempts) >= 3 or self.slow_count > 0 or self.due(today)



def attempts_by_problem(records: list[dict]) -> dict[str, list[dict]]:
    """The user's own attempts per problem, in time order."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for record in in_time_order(records):
        if record["source"] != "reference" and record["verdict"] not in NOT_ATTEMPTS:
            grouped[record["problem"]].append(record)
    return dict(grouped)


def problem_stats(problem: Problem, runs: list[dict], note: str = "") -> ProblemStats:
    """The spreadsheet row of one problem from its attempts (at least one)."""
    times = [parse_time(r) for r in runs]
    verdicts = [r["verdict"] for r in runs]
    first_ac = next((i for i, v in enumerate(verdicts) if v == "AC"), None)
    sessions = _solve_times(times, verdicts)
    full = [r for r in runs if r["verdict"] in ("AC", "SLOW")]
    streak = 0
    for verdict in reversed(verdicts):
        if verdict == "AC":
            break
        streak += 1
    last = runs[-1]
    return ProblemStats(
        problem=problem, attempts=len(runs), accepted=verdicts.count("AC"), first_try=verdicts[0] == "AC",
        last_verdict=last["verdict"], last_passed=last["passed"], last_total=last["total"],
        last_failed_test=last.get("failed_test") or "",
        complexity_ok=_complexity_ok(full), slow_count=verdicts.count("SLOW"),
        time_to_first_ac=None if first_ac is None else (times[first_ac] - times[0]).total_seconds(),
        best_solve=min(sessions) if sessions else None, last_solve=sessions[-1] if sessions else None,
        fail_streak=streak, first_attempt=times[0], last_attempt=times[-1], next_review=next_due(runs),
        note=note, attempts_to_first_ac=None if first_ac is None else first_ac + 1,
    )


def _complexity_ok(full_passes: list[dict]) -> bool | None:
    """From the last run that passed every test: SLOW -> False, measured AC -> True, else unknown."""
    if not full_passes:
        return None
    last = full_passes[-1]
    if last["verdict"] == "SLOW":
        return False
    return True if last.get("complexity") == "ok" else None


def _solve_times(times: list[datetime], verdicts: list[str]) -> list[float]:
    """Seconds from the first run of each solving session to its AC (a session ends at an AC)."""
    solves, start = [], None
    for when, verdict in zip(times, verdicts):
        start = start or when
        if verdict == "AC":
            solves.append((when - start).total_seconds())
            start = None
    return solves


def all_stats(problems: dict[str, Problem], records: list[dict], notes: dict[str, str]) -> list[ProblemStats]:
    """A row per attempted problem that is still in the bank, in problem-id order."""
    grouped = attempts_by_problem(records)
    return [problem_stats(problems[pid], runs, notes.get(pid, "")) for pid, runs in sorted(grouped.items())
            if pid in problems]


def status_by_problem(records: list[dict]) -> dict[str, str]:
    """Per problem, what `judge list` shows: solved, or the last verdict of the user's own runs."""
    status: dict[str, str] = {}
    for pid, runs in attempts_by_problem(records).items():
        solved = any(r["verdict"] == "AC" for r in runs)
        status[pid] = "solved" if solved else f"tried ({runs[-1]['verdict']})"
    return status


def group_stats(rows: list[ProblemStats], key: str) -> list[dict]:
    """Per pattern or difficulty: problems tried, share solved, first-try rate, share needing several attempts."""
    groups: dict[str, list[ProblemStats]] = defaultdict(list)
    for row in rows:
        for name in (row.problem.patterns if key == "pattern" else [getattr(row.problem, key)]):
            groups[name].append(row)
    table = []
    for name, members in sorted(groups.items()):
        count = len(members)
        table.append({
            key: name, "problems": count, "attempts": sum(m.attempts for m in members),
            "solved": sum(m.solved for m in members) / count,
            "first_try": sum(m.first_try for m in members) / count,
            "several_attempts": sum((m.attempts_to_first_ac or m.attempts) >= 2 for m in members) / count,
            "slow": sum(m.slow_count for m in members),
        })
    return table


def due_reviews(rows: list[ProblemStats], today: date) -> list[ProblemStats]:
    """The problems due for re-solving, most overdue first."""
    return sorted((r for r in rows if r.due(today)), key=lambda r: (r.next_review, r.problem.id))


def pick_today(rows: list[ProblemStats], bank: list[Problem], today: date) -> tuple[Problem, str] | None:
    """The most overdue review; else an unsolved problem from the weakest pattern (lowest share
    solved, then lowest first-try rate); None when everything is solved and nothing is due."""
    due = due_reviews(rows, today)
    if due:
        return due[0].problem, f"review: due since {due[0].next_review.date().isoformat()}"
    solved = {r.problem.id for r in rows if r.solved}
    candidates = [p for p in bank if p.id not in solved]
    if not candidates:
        return None
    order = [g["pattern"] for g in sorted(group_stats(rows, "pattern"),
                                          key=lambda g: (g["solved"], g["first_try"], -g["several_attempts"], g["pattern"]))]
    rank = {name: i for i, name in enumerate(order)}
    pick = min(candidates, key=lambda p: (min(rank.get(x, len(order)) for x in p.patterns), p.id))
    weakest = next((x for x in order if x in pick.patterns), None)
    return pick, (f"new: from your weakest pattern, {weakest}" if weakest else "new: a problem you have not solved yet")


def accepted_days(records: list[dict]) -> set[date]:
    """The UTC days with at least one accepted run of the user's own."""
    return {parse_time(r).date() for r in records if r["verdict"] == "AC" and r["source"] != "reference"}
