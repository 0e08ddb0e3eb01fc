"""The verdict rules, in one place.

Per test: AC, WA, TLE, MLE, RE, OLE, NA (raised NotImplementedError), SKIP (not run).
Per run:  CE when the solution cannot be loaded; NA for the untouched stub or when every test
that ran raised NotImplementedError; otherwise the verdict of the first test, in test order,
that did not pass (NA there reads as RE); AC when all passed. IE is the judge's own failure and is decided by the caller.
SLOW is reserved for the complexity check.
"""

from __future__ import annotations

from typing import Sequence

VERDICTS = {
    "AC": "accepted",
    "WA": "wrong answer",
    "TLE": "time limit exceeded",
    "MLE": "memory limit exceeded",
    "RE": "runtime error",
    "CE": "compile error (the solution cannot be loaded)",
    "OLE": "output limit exceeded",
    "NA": "not attempted",
    "IE": "internal error of the judge",
    "SLOW": "correct but slower than the complexity target",
}
PASSING = frozenset({"AC"})


def load_failure_verdict(kind: str) -> str:
    """A solution that cannot be loaded is CE, except a load that runs out of time (TLE)."""
    return "TLE" if kind == "timeout" else "CE"


def run_verdict(test_verdicts: Sequence[str]) -> str:
    """The run's verdict from its tests' verdicts, in test order."""
    ran = [v for v in test_verdicts if v != "SKIP"]
    if not ran or all(v == "NA" for v in ran):
        return "NA"
    # NotImplementedError next to passing tests is a partial attempt, so it counts as a runtime error.
    return next(("RE" if v == "NA" else v for v in ran if v not in PASSING), "AC")


def exit_code(verdict: str) -> int:
    """0 for AC, 3 for the judge's own failure, 1 for every verdict against the solution."""
    return 0 if verdict == "AC" else 3 if verdict == "IE" else 1
