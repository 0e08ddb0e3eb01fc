"""The weakness spreadsheet end to end: real runs through the real CLI, then stats, export, note,
review, today and retry read back the way a user (or their spreadsheet) would."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from judge.export import COLUMNS
from judge.history import append_record, read_history
from judge.schemas import first_error

REPO = Path(__file__).parents[2]
SOLUTIONS = REPO / "solutions"
VARIANTS = SOLUTIONS / "variants"
STUBS = REPO / "stubs"
BOM = b"\xef\xbb\xbf"
TRICKY_NOTE = 'hash map, "complements" in one pass\nthen: naïve O(n²) → O(n) ✓ 日本語'
INFINITE_SEARCH = '''def search(nums: list[int], target: int) -> int | None:
    while True:
        pass
'''


def ws(judge) -> str:
    return str(judge.workspace)


def read_csv(text: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    table = list(reader)
    return reader.fieldnames, table


def results_file(judge) -> Path:
    return judge.workspace / ".judge" / "results.jsonl"


def today_iso() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def old_record(problem: str, verdict: str, days_ago: int, total: int) -> dict:
    """A schema-valid record of a run ``days_ago`` days before now, as an older judge run would have left."""
    when = datetime.now(timezone.utc) - timedelta(days=days_ago)
    made = {
        "schema_version": 1, "time": when.isoformat(timespec="seconds").replace("+00:00", "Z"), "problem": problem,
        "verdict": verdict, "passed": 0 if verdict != "AC" else total, "total": total,
        "failed_test": "example 1" if verdict != "AC" else None,
        "timings": {"median_ms": 1.0, "max_ms": 2.0, "total_ms": 20.0, "wall_ms": 150.0},
        "solution_sha256": "a" * 64, "solution": f"/old/machine/{problem}.py", "source": "workspace",
        "sandbox": "local", "python": "3.11.7", "judge_version": "0.1.0",
    }
    assert first_error("record", made) is None
    return made


# --------------------------------------------------------------------------------------------------
# a scripted history of real runs, built once per module


def _build_history(judge) -> None:
    folder = judge.workspace
    done = judge("start", "two_sum", "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    shutil.copyfile(SOLUTIONS / "two_sum.py", folder / "two_sum.py")
    code, report = judge.run_json("two_sum", "--no-complexity")
    assert (code, report["verdict"]) == (0, "AC"), report
    shutil.copyfile(VARIANTS / "lru_cache__get_no_refresh.py", folder / "lru_cache.py")
    code, report = judge.run_json("lru_cache", "--no-complexity")
    assert (code, report["verdict"]) == (1, "WA"), report
    shutil.copyfile(SOLUTIONS / "lru_cache.py", folder / "lru_cache.py")
    code, report = judge.run_json("lru_cache", "--no-complexity")
    assert (code, report["verdict"]) == (0, "AC"), report
    shutil.copyfile(VARIANTS / "move_zeroes__slow_bubble_zeros.py", folder / "move_zeroes.py")
    code, report = judge.run_json("move_zeroes")  # the complexity check on: this is what makes it SLOW
    assert report["verdict"] == "SLOW", report
    (folder / "binary_search.py").write_text(INFINITE_SEARCH, encoding="utf-8")
    code, report = judge.run_json("binary_search", "--fail-fast", "--no-complexity")
    assert report["verdict"] == "TLE", report


@pytest.fixture(scope="module")
def _scripted_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("scripted")


@pytest.fixture
def scripted(judge, _scripted_home):
    """A workspace where two_sum was solved first try, lru_cache WA then AC, move_zeroes SLOW, binary_search TLE.

    Shared by the tests of this module: tests that change it work on a copy (see ``scripted_copy``)."""
    shared = type(judge)(_scripted_home)
    built = _scripted_home / "built"
    if not built.exists():
        assert not shared.records(), "building the scripted history failed in an earlier test"
        _build_history(shared)
        built.touch()
    assert [(r["problem"], r["verdict"], r["source"]) for r in shared.records()] == [
        ("two_sum", "AC", "workspace"), ("lru_cache", "WA", "workspace"), ("lru_cache", "AC", "workspace"),
        ("move_zeroes", "SLOW", "workspace"), ("binary_search", "TLE", "workspace")]
    return shared


@pytest.fixture
def scripted_copy(scripted, judge):
    """The test's own ``judge`` with a copy of the scripted workspace."""
    shutil.copytree(scripted.workspace, judge.workspace)
    return judge


def test_the_first_run_was_accepted(scripted):
    first = scripted.records()[0]
    assert first["passed"] == first["total"] == 22


def test_stats_json_rows(scripted):
    done = scripted("stats", "--json", "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    to_first_ac = {r["problem"]: r.pop("to_first_ac") for r in rows}
    assert rows == [
        {"problem": "binary_search", "attempts": 1, "solved": False, "first_try": False, "last_verdict": "TLE", "slow": 0},
        {"problem": "lru_cache", "attempts": 2, "solved": True, "first_try": False, "last_verdict": "AC", "slow": 0},
        {"problem": "move_zeroes", "attempts": 1, "solved": False, "first_try": False, "last_verdict": "SLOW", "slow": 1},
        {"problem": "two_sum", "attempts": 1, "solved": True, "first_try": True, "last_verdict": "AC", "slow": 0},
    ]
    assert to_first_ac["binary_search"] == to_first_ac["move_zeroes"] == "-"
    assert to_first_ac["two_sum"] == "0 min"
    assert re.fullmatch(r"\d+ min", to_first_ac["lru_cache"])


def test_stats_table(scripted):
    done = scripted("stats", "--workspace", ws(scripted))
    assert done.returncode == 0 and done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["problem", "attempts", "solved", "first_try", "last_verdict", "to_first_ac", "slow"]
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    assert set(rows) == {"binary_search", "lru_cache", "move_zeroes", "two_sum"}
    assert rows["two_sum"][1:5] == ["1", "yes", "yes", "AC"]
    assert rows["move_zeroes"][1:5] == ["1", "no", "no", "SLOW"] and rows["move_zeroes"][-1] == "1"


def test_stats_by_pattern_json(scripted):
    done = scripted("stats", "--by", "pattern", "--json", "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {"pattern": "arrays & hashing", "problems": 2, "attempts": 3, "solved": 1.0, "first_try": 0.5,
         "several_attempts": 0.5, "slow": 0},
        {"pattern": "binary search", "problems": 1, "attempts": 1, "solved": 0.0, "first_try": 0.0,
         "several_attempts": 0.0, "slow": 0},
        {"pattern": "design", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
         "several_attempts": 1.0, "slow": 0},
        {"pattern": "linked list", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
         "several_attempts": 1.0, "slow": 0},
        {"pattern": "two pointers", "problems": 1, "attempts": 1, "solved": 0.0, "first_try": 0.0,
         "several_attempts": 0.0, "slow": 1},
    ]


def test_stats_by_difficulty_json(scripted):
    done = scripted("stats", "--by", "difficulty", "--json", "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    easy, medium = json.loads(done.stdout)
    assert easy == {"difficulty": "easy", "problems": 3, "attempts": 3, "solved": pytest.approx(1 / 3),
                    "first_try": pytest.approx(1 / 3), "several_attempts": 0.0, "slow": 1}
    assert medium == {"difficulty": "medium", "problems": 1, "attempts": 2, "solved": 1.0, "first_try": 0.0,
                      "several_attempts": 1.0, "slow": 0}


def test_export_weak_to_stdout(scripted):
    done = scripted("export", "weak", "-", "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    header, table = read_csv(done.stdout)
    assert header == COLUMNS
    assert [r["problem"] for r in table] == ["move_zeroes", "binary_search", "lru_cache"]  # weakest first
    assert [r["weakness"] for r in table] == ["85", "70", "25"]
    assert all(r["weak"] == "yes" for r in table)
    by_id = {r["problem"]: r for r in table}
    assert (by_id["lru_cache"]["first_try_pass"], by_id["lru_cache"]["last_verdict"]) == ("no", "AC")
    assert (by_id["binary_search"]["last_verdict"], by_id["binary_search"]["last_failing_test"]) == ("TLE", "example 1")
    assert by_id["move_zeroes"]["complexity_ok"] == "no"


def test_export_all_to_a_file(scripted, tmp_path):
    out = tmp_path / "all.csv"
    done = scripted("export", "all", str(out), "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "wrote 4 rows" in done.stderr
    raw = out.read_bytes()
    assert not raw.startswith(BOM)
    header, table = read_csv(raw.decode("utf-8"))
    assert header == COLUMNS
    by_id = {r["problem"]: r for r in table}
    assert list(by_id) == ["move_zeroes", "binary_search", "lru_cache", "two_sum"]
    today = datetime.now(timezone.utc).date()
    for row in table:
        for column in ("first_attempt", "last_attempt", "next_review"):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[column]), (column, row[column])
        assert abs((datetime.fromisoformat(row["last_attempt"]).date() - today).days) <= 1

    two_sum = by_id["two_sum"]
    assert (two_sum["weak"], two_sum["weakness"], two_sum["first_try_pass"]) == ("no", "0", "yes")
    assert (two_sum["attempts"], two_sum["accepted"], two_sum["last_verdict"]) == ("1", "1", "AC")
    assert (two_sum["last_tests_passed"], two_sum["last_tests_total"], two_sum["last_failing_test"]) == ("22", "22", "")
    assert (two_sum["title"], two_sum["track"], two_sum["patterns"], two_sum["difficulty"]) == \
        ("Two Sum", "dsa", "arrays & hashing", "easy")

    lru = by_id["lru_cache"]
    assert (lru["attempts"], lru["accepted"], lru["first_try_pass"], lru["last_verdict"]) == ("2", "1", "no", "AC")
    # its AC ran with --no-complexity: whether it meets the target is unknown, not "yes"
    assert (lru["last_failing_test"], lru["complexity_ok"], lru["fail_streak"], lru["weak"]) == ("", "", "0", "yes")
    assert lru["patterns"] == "design; linked list; arrays & hashing"
    assert re.fullmatch(r"\d+\.\d", lru["best_solve_minutes"]) and lru["last_solve_minutes"] == lru["best_solve_minutes"]

    slow = by_id["move_zeroes"]
    assert (slow["last_verdict"], slow["complexity_ok"], slow["accepted"], slow["fail_streak"]) == ("SLOW", "no", "0", "1")
    assert (slow["last_tests_passed"], slow["last_tests_total"], slow["best_solve_minutes"]) == ("20", "20", "")

    tle = by_id["binary_search"]
    assert (tle["last_verdict"], tle["last_failing_test"], tle["last_tests_passed"]) == ("TLE", "example 1", "0")
    assert (tle["complexity_ok"], tle["first_try_pass"], tle["weak"]) == ("", "no", "yes")


def test_export_with_bom(scripted, tmp_path):
    plain, marked = tmp_path / "plain.csv", tmp_path / "bom.csv"
    assert scripted("export", "all", str(plain), "--workspace", ws(scripted)).returncode == 0
    done = scripted("export", "all", "--bom", str(marked), "--workspace", ws(scripted))
    assert done.returncode == 0, done.stderr
    raw = marked.read_bytes()
    assert raw.startswith(BOM) and not raw[3:].startswith(BOM)
    assert raw[3:] == plain.read_bytes()
    with marked.open(encoding="utf-8-sig", newline="") as stream:
        assert csv.DictReader(stream).fieldnames == COLUMNS
    stdout = scripted("export", "weak", "-", "--bom", "--workspace", ws(scripted))
    assert stdout.returncode == 0 and stdout.stdout.startswith("\ufeffproblem,")


def test_note_shows_and_goes_into_the_csv(scripted_copy):
    judge = scripted_copy
    shown = judge("note", "two_sum", "--workspace", ws(judge))
    assert shown.returncode == 0 and "no note for two_sum yet" in shown.stdout
    done = judge("note", "two_sum", "first idea", "--workspace", ws(judge))
    assert done.returncode == 0 and "noted for two_sum" in done.stdout
    done = judge("note", "two_sum", TRICKY_NOTE, "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    shown = judge("note", "two_sum", "--workspace", ws(judge))
    assert shown.returncode == 0 and shown.stdout == TRICKY_NOTE + "\n"  # the last note wins
    assert judge("note", "two_sum", "   ", "--workspace", ws(judge)).returncode == 2

    exported = judge("export", "all", "-", "--workspace", ws(judge))
    assert exported.returncode == 0, exported.stderr
    header, table = read_csv(exported.stdout)
    assert header == COLUMNS and len(table) == 4  # the note's newline did not split its row
    notes = {r["problem"]: r["note"] for r in table}
    assert notes == {"two_sum": TRICKY_NOTE, "lru_cache": "", "move_zeroes": "", "binary_search": ""}
    weak = read_csv(judge("export", "weak", "-", "--workspace", ws(judge)).stdout)[1]
    assert "two_sum" not in {r["problem"] for r in weak}  # a note does not make it weak


def test_export_row_count_with_a_multi_line_note(scripted_copy, tmp_path):
    judge = scripted_copy
    assert judge("note", "two_sum", TRICKY_NOTE, "--workspace", ws(judge)).returncode == 0
    done = judge("export", "all", str(tmp_path / "all.csv"), "--workspace", ws(judge))
    assert done.returncode == 0
    assert len(read_csv((tmp_path / "all.csv").read_text(encoding="utf-8"))[1]) == 4
    assert f"wrote 4 rows to {tmp_path / 'all.csv'}" in done.stderr


def test_review_and_today_after_the_scripted_runs(scripted):
    review = scripted("review", "--workspace", ws(scripted))
    assert review.returncode == 0, review.stderr
    match = re.fullmatch(r"nothing is due; next review on (\d{4}-\d{2}-\d{2})\n", review.stdout)
    assert match and datetime.fromisoformat(match[1]).date() > datetime.now(timezone.utc).date() - timedelta(days=1)
    today = scripted("today", "--workspace", ws(scripted))
    assert today.returncode == 0, today.stderr
    lines = today.stdout.splitlines()
    # nothing due: an unsolved problem from the weakest pattern (binary search: 0% solved, 0% first try)
    assert lines[0] == "today: binary_search · Binary Search (new: from your weakest pattern, binary search)"
    assert lines[1] == "start: judge start binary_search    streak: 1 day(s)"  # today's AC


def test_a_due_review_comes_first(judge):
    results = results_file(judge)
    append_record(results, old_record("valid_parentheses", "WA", days_ago=30, total=22))
    append_record(results, old_record("group_anagrams", "WA", days_ago=10, total=20))
    assert judge("start", "two_sum", "--workspace", ws(judge)).returncode == 0
    shutil.copyfile(SOLUTIONS / "two_sum.py", judge.workspace / "two_sum.py")
    code, report = judge.run_json("two_sum", "--no-complexity")
    assert (code, report["verdict"]) == (0, "AC")
    assert [r["problem"] for r in judge.records()] == ["valid_parentheses", "group_anagrams", "two_sum"]

    review = judge("review", "--workspace", ws(judge))
    assert review.returncode == 0 and review.stderr == ""
    lines = review.stdout.splitlines()
    assert lines[0].split()[:2] == ["problem", "due"]
    rows = [line.split() for line in lines[2:]]
    assert [row[0] for row in rows] == ["valid_parentheses", "group_anagrams"]  # most overdue first
    assert int(rows[0][2]) > int(rows[1][2]) >= 5  # days overdue
    assert rows[0][3] == "WA"

    today = judge("today", "--workspace", ws(judge))
    assert today.returncode == 0, today.stderr
    first, second = today.stdout.splitlines()
    assert first.startswith("today: valid_parentheses · Valid Parentheses (review: due since ")
    assert "review" in first
    assert second == "start: judge start valid_parentheses    streak: 1 day(s)"

    weak = read_csv(judge("export", "weak", "-", "--workspace", ws(judge)).stdout)[1]
    assert [r["problem"] for r in weak] == ["group_anagrams", "valid_parentheses"]  # equal score: by id
    assert {r["weakness"] for r in weak} == {"85"}  # 40 never accepted + 20 not first try + 10 streak + 15 due
    assert all(r["next_review"] < today_iso() for r in weak)  # overdue


def test_today_on_an_empty_workspace_picks_an_unsolved_problem(judge):
    done = judge("today", "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    match = re.fullmatch(r"today: (\w+) · .+ \(new: a problem you have not solved yet\)", first)
    assert match, first
    assert (REPO / "problems" / match[1] / "problem.json").is_file()
    assert second == f"start: judge start {match[1]}    streak: 0 day(s)"
    assert judge("start", match[1], "--workspace", ws(judge)).returncode == 0
    review = judge("review", "--workspace", ws(judge))
    assert review.returncode == 0 and review.stdout == "nothing is due\n"


def test_stats_on_an_empty_workspace_is_a_friendly_line(judge):
    done = judge("stats", "--workspace", ws(judge))
    assert done.returncode == 0
    assert done.stdout.startswith("no attempts recorded in ") and "judge start two_sum" in done.stdout
    assert done.stderr == ""
    exported = judge("export", "all", "-", "--workspace", ws(judge))
    assert exported.returncode == 0 and read_csv(exported.stdout) == (COLUMNS, [])


def test_stats_json_on_an_empty_workspace_is_json(judge):
    done = judge("stats", "--json", "--workspace", ws(judge))
    assert done.returncode == 0
    assert json.loads(done.stdout) == []


# --------------------------------------------------------------------------------------------------
# the results file under concurrency and damage


PARALLEL_DRIVER = """
import subprocess, sys
command = [sys.executable, "-m", "judge", "run", "two_sum", "--reference", "--no-complexity", "--sandbox", "local",
           "--workspace", sys.argv[1]]
for _ in range(10):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"judge exited {done.returncode}: {done.stderr}")
"""


def test_parallel_runs_leave_every_record_intact(judge):
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    env.update({"HOME": str(judge.home), "JUDGE_SANDBOX": "local"})
    drivers = [subprocess.Popen([sys.executable, "-c", PARALLEL_DRIVER, ws(judge)], cwd=judge.home, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    try:
        outcomes = [driver.communicate(timeout=300) for driver in drivers]
    finally:
        for driver in drivers:
            if driver.poll() is None:
                driver.kill()
                driver.wait()
    assert [d.returncode for d in drivers] == [0] * 4, [err for _, err in outcomes]
    raw = results_file(judge).read_bytes()
    assert raw.endswith(b"\n")
    lines = raw.split(b"\n")[:-1]
    assert len(lines) == 40
    for line in lines:
        assert first_error("record", json.loads(line)) is None
    history = read_history(results_file(judge))
    assert history.warnings == [] and len(history.records) == 40
    assert {(r["problem"], r["verdict"], r["source"]) for r in history.records} == {("two_sum", "AC", "reference")}
    stats = judge("stats", "--workspace", ws(judge))  # reference runs are not the user's attempts
    assert stats.returncode == 0 and stats.stdout.startswith("no attempts recorded")


def test_a_truncated_last_line_still_exports(judge):
    for problem, solution in (("two_sum", SOLUTIONS / "two_sum.py"),
                              ("lru_cache", VARIANTS / "lru_cache__get_no_refresh.py"),
                              ("lru_cache", SOLUTIONS / "lru_cache.py")):
        judge.run_json(problem, "--solution", str(solution), "--no-complexity")
    wrong = judge.records()[1]
    assert [r["verdict"] for r in judge.records()] == ["AC", "WA", "AC"]
    results = results_file(judge)
    lines = results.read_bytes().splitlines(keepends=True)
    results.write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])  # the last line cut in half

    done = judge("export", "all", "-", "--workspace", ws(judge))
    assert done.returncode == 0
    header, table = read_csv(done.stdout)
    assert header == COLUMNS
    by_id = {r["problem"]: r for r in table}
    assert set(by_id) == {"two_sum", "lru_cache"}
    assert (by_id["lru_cache"]["attempts"], by_id["lru_cache"]["last_verdict"]) == ("1", "WA")
    assert by_id["lru_cache"]["last_failing_test"] == wrong["failed_test"] != ""
    assert (by_id["two_sum"]["attempts"], by_id["two_sum"]["last_verdict"]) == ("1", "AC")
    assert f"{results}:3: skipped a corrupt results line" in done.stderr
    assert "results.jsonl:1:" not in done.stderr and "results.jsonl:2:" not in done.stderr


# --------------------------------------------------------------------------------------------------
# retry and the workspace's .gitattributes


def test_start_writes_gitattributes_for_a_union_merge(judge):
    assert judge("start", "two_sum", "--workspace", ws(judge)).returncode == 0
    lines = (judge.workspace / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert ".judge/results.jsonl merge=union" in lines
    assert ".judge/notes.jsonl merge=union" in lines


def test_retry_archives_the_solution_and_restores_the_stub(judge):
    assert judge("start", "two_sum", "--workspace", ws(judge)).returncode == 0
    mine = (SOLUTIONS / "two_sum.py").read_text(encoding="utf-8") + "# my first try: naïve → hash map\n"
    (judge.workspace / "two_sum.py").write_text(mine, encoding="utf-8")
    code, report = judge.run_json("two_sum", "--no-complexity")
    assert (code, report["verdict"]) == (0, "AC")

    done = judge("retry", "two_sum", "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    archived = list((judge.workspace / ".judge" / "attempts" / "two_sum").iterdir())
    assert len(archived) == 1
    assert re.fullmatch(r"\d{8}T\d{6}Z\.py", archived[0].name)
    assert archived[0].read_bytes() == mine.encode("utf-8")
    assert str(archived[0]) in done.stdout
    assert (judge.workspace / "two_sum.py").read_bytes() == (STUBS / "two_sum.py").read_bytes()

    code, report = judge.run_json("two_sum")
    assert report["verdict"] == "NA"  # the stub put back is the untouched one
    rows = json.loads(judge("stats", "--json", "--workspace", ws(judge)).stdout)
    assert [(r["problem"], r["attempts"], r["solved"]) for r in rows] == [("two_sum", 1, True)]  # history kept


def test_retry_without_a_previous_file_just_copies_the_stub(judge):
    done = judge("retry", "binary_search", "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    assert "kept your previous solution" not in done.stdout
    assert (judge.workspace / "binary_search.py").read_bytes() == (STUBS / "binary_search.py").read_bytes()
    assert not (judge.workspace / ".judge" / "attempts").exists()


def test_retry_never_overwrites_an_earlier_archive(judge):
    assert judge("start", "two_sum", "--workspace", ws(judge)).returncode == 0
    mine = "# my solution\n" + (SOLUTIONS / "two_sum.py").read_text(encoding="utf-8")
    (judge.workspace / "two_sum.py").write_text(mine, encoding="utf-8")
    attempts = judge.workspace / ".judge" / "attempts" / "two_sum"
    attempts.mkdir(parents=True)
    now = datetime.now(timezone.utc)
    earlier = {}  # what retries earlier in the same second as this one would have left (any second it may hit)
    for offset in range(-2, 60):
        stamp = (now + timedelta(seconds=offset)).strftime("%Y%m%dT%H%M%SZ")
        earlier[attempts / f"{stamp}.py"] = f"# archived by an earlier retry at {stamp}\n"
    for path, text in earlier.items():
        path.write_text(text, encoding="utf-8")

    done = judge("retry", "two_sum", "--workspace", ws(judge))
    assert done.returncode == 0, done.stderr
    assert {p: p.read_text(encoding="utf-8") for p in earlier} == earlier
    assert mine in [p.read_text(encoding="utf-8") for p in attempts.iterdir()]
