"""The complexity check end to end: a correct but quadratic Two Sum is SLOW, with the evidence."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).parents[2]
SLOW = str(REPO / "solutions" / "variants" / "two_sum__slow_nested_loops.py")


def test_quadratic_two_sum_is_slow_with_evidence(judge):
    code, report = judge.run_json("two_sum", "--solution", SLOW)
    assert code == 1
    assert report["verdict"] == "SLOW" and report["passed"] == report["total"]
    time = report["complexity"]["time"]
    assert time["slow"] is True and time["target"] == "O(n)"
    assert time["submission"]["slope"] > 1.6 and time["reference"]["slope"] < 1.4
    assert len(time["points"]) >= 5 and all(p["submission"] > 0 for p in time["points"])
    assert "where the target is O(n)" in report["message"]
    assert judge.records()[-1]["verdict"] == "SLOW"


def test_reference_passes_the_complexity_check(judge):
    code, report = judge.run_json("two_sum", "--reference")
    assert code == 0 and report["verdict"] == "AC"
    assert report["complexity"]["time"]["slow"] is False


def test_text_report_shows_the_table(judge):
    done = judge("run", "two_sum", "--solution", SLOW, "--workspace", str(judge.workspace))
    assert "complexity (time, target O(n)):" in done.stdout
    assert "yours" in done.stdout and "reference" in done.stdout and "ratio" in done.stdout
    assert "→ SLOW" in done.stdout


def test_no_complexity_skips_the_check(judge):
    code, report = judge.run_json("two_sum", "--solution", SLOW, "--no-complexity")
    assert code == 0 and report["verdict"] == "AC" and report["complexity"] is None


def test_problem_without_generator_says_so(judge, tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(REPO / "problems" / "two_sum", bank / "problems" / "two_sum", ignore=shutil.ignore_patterns("gen.py"))
    for folder in ("stubs", "solutions"):
        (bank / folder).mkdir()
        shutil.copy(REPO / folder / "two_sum.py", bank / folder)
    done = judge("run", "two_sum", "--reference", "--workspace", str(judge.workspace), env={"JUDGE_BANK": str(bank)})
    assert done.returncode == 0
    assert "has no generator (gen.py), so its complexity is not measured" in done.stdout
