"""Schema-valid results records for the spreadsheet tests (shared by test_reports, test_schedule, test_export)."""

from __future__ import annotations

from datetime import UTC, datetime

from judge.schemas import first_error


def at(day: int, hour: int = 12, minute: int = 0) -> str:
    """A record time on 2024-05-<day>, UTC."""
    return datetime(2024, 5, day, hour, minute, tzinfo=UTC).isoformat().replace("+00:00", "Z")


def record(time: str = "2024-05-01T12:00:00Z", problem: str = "two_sum", verdict: str = "AC",
           passed: int | None = None, total: int = 22, failed_test: str | None = None,
           source: str = "workspace") -> dict:
    """A record valid against judge/schemas/record.schema.json."""
    if passed is None:
        passed = total if verdict in ("AC", "SLOW") else 0
    made = {
        "schema_version": 1, "time": time, "problem": problem, "verdict": verdict, "passed": passed,
        "total": total, "failed_test": failed_test,
        "timings": {"median_ms": 1.5, "max_ms": 4.0, "total_ms": 40.0, "wall_ms": 120.0},
        "solution_sha256": "0" * 64, "solution": f"/home/u/judge-workspace/{problem}.py", "source": source,
        "sandbox": "local", "python": "3.11.7", "judge_version": "0.1.0",
        "complexity": {"AC": "ok", "SLOW": "slow"}.get(verdict),
    }
    assert first_error("record", made) is None
    return made
