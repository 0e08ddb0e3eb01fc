"""Summaries computed from the results file (the weakness spreadsheet grows here)."""

from __future__ import annotations


def status_by_problem(records: list[dict]) -> dict[str, str]:
    """Per problem, what `judge list` shows: solved, or the last verdict of the user's own runs."""
    status: dict[str, str] = {}
    for record in records:
        if record["source"] == "reference" or record["verdict"] == "IE":
            continue  # the bank's reference solution and the judge's own failures say nothing about the user
        problem = record["problem"]
        if record["verdict"] == "AC" or status.get(problem) == "solved":
            status[problem] = "solved"
        else:
            status[problem] = f"tried ({record['verdict']})"
    return status
