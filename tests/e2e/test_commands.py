"""The other commands end to end: list, show, validate, bad input, and the installed wheel."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).parents[2]


def test_list_shows_every_problem_with_the_users_status(judge):
    ws = str(judge.workspace)
    judge("run", "two_sum", "--solution", str(REPO / "solutions" / "two_sum.py"), "--workspace", ws)
    judge("run", "softmax", "--solution", str(REPO / "solutions" / "variants" / "softmax__clip_logits.py"),
          "--workspace", ws)
    done = judge("list", "--workspace", ws)
    assert done.returncode == 0
    lines = {line.split()[0]: line for line in done.stdout.splitlines()[2:]}
    assert len(lines) == len(list((REPO / "problems").iterdir()))
    assert lines["two_sum"].rstrip().endswith("solved")
    assert lines["softmax"].rstrip().endswith("tried (WA)")


def test_list_filters(judge):
    done = judge("list", "--track", "ml", "--workspace", str(judge.workspace))
    ids = [line.split()[0] for line in done.stdout.splitlines()[2:]]
    assert "softmax" in ids and "two_sum" not in ids
    done = judge("list", "--pattern", "linked list", "--difficulty", "easy", "--workspace", str(judge.workspace))
    ids = [line.split()[0] for line in done.stdout.splitlines()[2:]]
    assert set(ids) >= {"reverse_linked_list", "merge_two_sorted_lists"} and "lru_cache" not in ids
    done = judge("list", "--pattern", "no such pattern", "--workspace", str(judge.workspace))
    assert done.returncode == 2 and "patterns in the bank" in done.stderr


def test_list_survives_a_corrupt_results_line(judge):
    ws = str(judge.workspace)
    judge("run", "two_sum", "--solution", str(REPO / "solutions" / "two_sum.py"), "--workspace", ws)
    results = judge.workspace / ".judge" / "results.jsonl"
    with results.open("a") as stream:
        stream.write('{"schema_version": 1, "problem": "two_s')  # a torn line
    done = judge("list", "--workspace", ws)
    assert done.returncode == 0
    assert "results.jsonl:2: skipped a corrupt results line" in done.stderr
    judge("run", "two_sum", "--solution", str(REPO / "solutions" / "two_sum.py"), "--workspace", ws)
    assert len(results.read_text().splitlines()) == 3
    assert json.loads(results.read_text().splitlines()[2])["verdict"] == "AC"  # not glued to the torn line


def test_show_prints_statement_and_signature(judge):
    done = judge("show", "lru_cache", "--workspace", str(judge.workspace))
    assert done.returncode == 0
    assert "class LRUCache:" in done.stdout and "def get(self, key: int) -> int" in done.stdout
    assert "target: time" in done.stdout
    assert str(judge.workspace / "lru_cache.py") in done.stdout


def test_validate_checks_modes_and_checkers(judge):
    done = judge("validate", "lru_cache", "move_zeroes", "course_schedule_order", "kmeans_step", "group_anagrams")
    assert done.returncode == 0, done.stdout
    assert "5/5 problems valid" in done.stdout
    assert done.stdout.count("AC as expected") == 5 and done.stdout.count("NA as expected") == 5


def _bank_with(tmp_path: Path, problem: str) -> Path:
    bank = tmp_path / "bank"
    shutil.copytree(REPO / "problems" / problem, bank / "problems" / problem)
    for folder in ("stubs", "solutions"):
        (bank / folder).mkdir()
        shutil.copy(REPO / folder / f"{problem}.py", bank / folder)
    return bank


def test_malformed_spec_is_one_clear_line(judge, tmp_path):
    bank = _bank_with(tmp_path, "two_sum")
    spec_path = bank / "problems" / "two_sum" / "problem.json"
    spec = json.loads(spec_path.read_text())
    spec["tests"][3]["expected"] = "zero and two"
    spec_path.write_text(json.dumps(spec))
    done = judge("run", "two_sum", "--reference", "--workspace", str(judge.workspace), env={"JUDGE_BANK": str(bank)})
    assert done.returncode == 2
    assert f"{spec_path}: tests[3].expected: expected a JSON array for list[int]" in done.stderr
    assert "make the value match the declared type list[int]" in done.stderr
    assert "Traceback" not in done.stderr


def test_validate_reports_a_broken_reference(judge, tmp_path):
    bank = _bank_with(tmp_path, "two_sum")
    (bank / "solutions" / "two_sum.py").write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    done = judge("validate", env={"JUDGE_BANK": str(bank)})
    assert done.returncode == 1
    assert "expected AC, got WA" in done.stdout and "0/1 problems valid" in done.stdout


def test_installed_wheel_carries_the_bank(tmp_path):
    """`pip install .` (not editable) gives a working judge with problems, stubs and solutions."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                   check=True, capture_output=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    [wheel] = wheels.glob("judge-*.whl")
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--no-deps", str(wheel)], check=True,
                   capture_output=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {"HOME": str(tmp_path), "PATH": f"{venv / 'bin'}:/usr/bin:/bin"}
    done = subprocess.run([str(venv / "bin" / "judge"), "run", "lru_cache", "--reference", "--sandbox", "local"],
                          cwd=outside, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "site-packages/judge/_bank/solutions/lru_cache.py" in done.stdout
    started = subprocess.run([str(venv / "bin" / "judge"), "start", "merge_intervals"], cwd=outside, env=env,
                             capture_output=True, text=True)
    assert (tmp_path / "judge-workspace" / "merge_intervals.py").is_file(), started.stdout + started.stderr
