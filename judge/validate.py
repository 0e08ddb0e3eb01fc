"""`judge validate`: every problem package proves itself (Kattis problemtools style).

The spec loads and validates; the reference solution is AC; the untouched stub is NA; each
known-wrong variant in solutions/variants/<id>__<label>.py gets the verdict its first line expects
(a known-slow one, ``# expect: SLOW``, may also end TLE: either way it is not accepted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from judge import bank
from judge.api import run_problem
from judge.errors import UsageError
from judge.problems import get_problem
from judge.sandbox import Backend
from judge.workspace import Workspace

EXPECT = re.compile(r"^#\s*expect:\s*([A-Z]+)\s*$")


@dataclass
class Validation:
    problem: str
    checks: list[tuple[str, bool, str]] = field(default_factory=list)  # (what, ok, detail)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(ok for _, ok, _ in self.checks)


def variants(problem_id: str) -> list[tuple[Path, str]]:
    """The known-wrong variants of a problem with the verdict each must get."""
    found = []
    for path in sorted((bank.solutions_dir() / "variants").glob(f"{problem_id}__*.py")):
        first = path.read_text(encoding="utf-8").splitlines()[:1]
        match = EXPECT.match(first[0]) if first else None
        if not match:
            raise UsageError(f"{path}: the first line must say which verdict it expects, e.g. '# expect: WA'")
        found.append((path, match.group(1)))
    return found


def validate_problem(problem_id: str, sandbox: str | Backend, scratch: Workspace) -> Validation:
    """Run every check on one problem; a malformed spec is reported as a failed check, not raised."""
    validation = Validation(problem_id)
    try:
        problem = get_problem(problem_id)
    except UsageError as exc:
        validation.checks.append(("spec", False, str(exc)))
        return validation
    validation.checks.append(("spec", True, f"{len(problem.tests)} tests"))
    candidates = [("reference", bank.solutions_dir() / f"{problem_id}.py", "AC"),
                  ("stub", bank.stubs_dir() / f"{problem_id}.py", "NA")]
    candidates += [(f"variant {path.stem.split('__', 1)[1]}", path, expect) for path, expect in variants(problem_id)]
    for what, path, expect in candidates:
        if not path.is_file():
            validation.checks.append((what, False, f"{path} is missing"))
            continue
        result = run_problem(problem_id, solution=path, workspace=scratch, sandbox=sandbox, record=False,
                             detect_stub=False)
        ok = result.verdict == expect or (expect == "SLOW" and result.verdict == "TLE")
        detail = f"{result.verdict} as expected" if ok else f"expected {expect}, got {result.verdict}: {result.message}"
        validation.checks.append((what, ok, detail))
    return validation
