"""`judge run` end to end: real submissions, the real CLI, the local sandbox, every verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SUBMISSIONS = Path(__file__).parent / "submissions"


def sub(name: str) -> str:
    return str(SUBMISSIONS / name)


def test_reference_is_accepted_and_recorded(judge):
    code, report = judge.run_json("two_sum", "--reference")
    assert code == 0
    assert report["verdict"] == "AC"
    assert report["passed"] == report["total"] >= 15
    assert all(t["verdict"] == "AC" and t["time"] >= 0 for t in report["tests"])
    assert report["results_file"] == str(judge.workspace / ".judge" / "results.jsonl")
    [record] = judge.records()
    assert record["problem"] == "two_sum" and record["verdict"] == "AC" and record["source"] == "reference"
    assert record["sandbox"] == "local" and len(record["solution_sha256"]) == 64


def test_wrong_answer_shows_the_evidence(judge):
    done = judge("run", "two_sum", "--solution", sub("two_sum_wa.py"), "--workspace", str(judge.workspace))
    assert done.returncode == 1
    out = done.stdout
    assert "WA wrong answer" in out
    assert "first failing test: 1 'example 1'" in out
    assert "nums = [4, 9, 2, 6]" in out and "target = 10" in out
    assert "expected: [0, 3]" in out and "actual:   [0, 1]" in out
    assert "at [1]: expected 3, got 1" in out
    assert "debug: first values [4, 9, 2]" in out  # the user's prints, shown on failure


def test_an_object_whose_eq_always_says_true_is_wrong(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_always_equal.py"))
    assert code == 1
    assert report["verdict"] == "WA" and report["passed"] == 0
    assert "AlwaysEqual" in report["first_failure"]["message"]


def test_a_tuple_is_not_a_list(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_tuple.py"))
    assert report["verdict"] == "WA"
    assert "expected a list" in report["first_failure"]["message"] and "got a tuple" in report["first_failure"]["message"]


def test_infinite_loop_is_killed_near_the_limit(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_tle.py"), "--fail-fast")
    assert code == 1
    assert report["verdict"] == "TLE"
    first, limit = report["tests"][0], report["time_limit"]
    assert limit == 1.0  # calibrated from the reference: max(floor 1 s, 2 x its slowest test)
    assert first["verdict"] == "TLE" and limit <= first["time"] < limit * 1.25 + 1
    assert [t["verdict"] for t in report["tests"][1:]] == ["SKIP"] * (report["total"] - 1)


def test_memory_hog_is_mle(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_mle.py"), "--fail-fast")
    assert code == 1
    assert report["verdict"] == "MLE"
    assert "memory limit of 256 MB" in report["message"]


def test_runtime_error_traceback_has_only_user_frames(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_re.py"))
    assert report["verdict"] == "RE"
    traceback = report["first_failure"]["traceback"]
    assert "two_sum_re.py\", line 6, in two_sum" in traceback
    assert "line 2, in lookup" in traceback and "IndexError: list index out of range" in traceback
    assert "harness" not in traceback and "main.py" not in traceback


@pytest.mark.parametrize("name, expected", [
    ("two_sum_ce.py", "SyntaxError: expected ':'"),
    ("two_sum_import_error.py", "No module named 'no_such_module_anywhere'"),
    ("two_sum_missing_name.py", "defines no function named 'two_sum'"),
])
def test_unloadable_solutions_are_ce(judge, name, expected):
    code, report = judge.run_json("two_sum", "--solution", sub(name))
    assert code == 1
    assert report["verdict"] == "CE"
    assert expected in report["message"]
    assert report["tests"] == []


def test_syntax_error_points_at_the_line(judge):
    done = judge("run", "two_sum", "--solution", sub("two_sum_ce.py"), "--workspace", str(judge.workspace))
    assert "two_sum_ce.py:1:" in done.stdout and "def two_sum(nums, target)" in done.stdout


def test_output_flood_is_ole(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_ole.py"))
    assert report["verdict"] == "OLE"
    assert len(report["first_failure"]["stdout"]) < 20_000  # kept short, never the whole flood


def test_exiting_mid_run_is_never_accepted(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_exit_midway.py"))
    assert code == 1
    assert report["verdict"] == "RE"
    verdicts = [t["verdict"] for t in report["tests"]]
    assert verdicts[:3] == ["AC", "AC", "RE"]
    assert verdicts[3:5] == ["AC", "AC"]  # the run starts again after the test that ended it
    assert "ended during this test" in report["first_failure"]["message"]


def test_partial_not_implemented_is_runtime_error(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_partial.py"))
    assert report["verdict"] == "RE"
    assert {"AC", "NA"} <= {t["verdict"] for t in report["tests"]}


def test_start_then_run_the_untouched_stub_is_na(judge):
    ws = str(judge.workspace)
    started = judge("start", "two_sum", "--workspace", ws)
    assert started.returncode == 0
    target = judge.workspace / "two_sum.py"
    assert str(target) in started.stdout and target.is_file()
    assert (judge.workspace / "judge.toml").is_file()
    code, report = judge.run_json("two_sum")
    assert code == 1 and report["verdict"] == "NA" and "untouched stub" in report["message"]
    target.write_text(target.read_text() + "\n# thinking...\n")
    code, report = judge.run_json("two_sum")
    assert report["verdict"] == "NA" and "NotImplementedError" in report["message"]
    assert [r["verdict"] for r in judge.records()] == ["NA", "NA"]
    again = judge("start", "two_sum", "--workspace", ws)
    assert "already exists" in again.stdout


def test_workspace_found_from_judge_toml(judge):
    project = judge.home / "practice"
    (project / "deep" / "folder").mkdir(parents=True)
    (project / "judge.toml").write_text("[workspace]\n")
    (project / "two_sum.py").write_text((Path(__file__).parents[2] / "solutions" / "two_sum.py").read_text())
    done = judge("run", "two_sum", cwd=project / "deep" / "folder")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / ".judge" / "results.jsonl").is_file()


def test_unknown_problem_suggests_the_closest(judge):
    done = judge("run", "two_summ", "--reference", "--workspace", str(judge.workspace))
    assert done.returncode == 2
    assert "no problem named 'two_summ'" in done.stderr and "two_sum" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_solution_file_is_a_usage_error(judge):
    done = judge("run", "two_sum", "--workspace", str(judge.workspace))
    assert done.returncode == 2
    assert "judge start two_sum" in done.stderr


def test_fail_fast_stops_at_the_first_failure(judge):
    code, report = judge.run_json("two_sum", "--solution", sub("two_sum_wa.py"), "--fail-fast")
    verdicts = [t["verdict"] for t in report["tests"]]
    assert verdicts[0] == "WA" and set(verdicts[1:]) == {"SKIP"}


def test_every_run_appends_one_record(judge):
    for name in ("two_sum_wa.py", "two_sum_re.py", "two_sum_ce.py"):
        judge.run_json("two_sum", "--solution", sub(name))
    assert [r["verdict"] for r in judge.records()] == ["WA", "RE", "CE"]


def test_run_all_judges_every_attempted_problem(judge):
    repo = Path(__file__).parents[2]
    judge.workspace.mkdir()
    for problem in ("two_sum", "lru_cache"):
        (judge.workspace / f"{problem}.py").write_text((repo / "solutions" / f"{problem}.py").read_text())
    (judge.workspace / "softmax.py").write_text((repo / "solutions/variants/softmax__clip_logits.py").read_text())
    (judge.workspace / "move_zeroes.py").write_text((repo / "stubs" / "move_zeroes.py").read_text())  # untouched
    done = judge("run", "--all", "--json", "-j", "2", "--workspace", str(judge.workspace))
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert [(r["problem"], r["verdict"]) for r in report["results"]] == [
        ("lru_cache", "AC"), ("softmax", "WA"), ("two_sum", "AC")]
    assert report["summary"] == {"problems": 3, "accepted": 2, "verdicts": {"AC": 2, "WA": 1}}
    assert sorted(r["problem"] for r in judge.records()) == ["lru_cache", "softmax", "two_sum"]


def test_run_needs_a_problem_or_all(judge):
    done = judge("run", "--workspace", str(judge.workspace))
    assert done.returncode == 2 and "pass --all" in done.stderr
