"""CI on a personal solutions repo, end to end through the installed wheel: `judge init`, `judge ci`
(JUnit, --json, --shard, --changed-since, GitHub annotations and job summary, judge.toml include/exclude)
and the pytest plugin, each run in a fresh venv outside the project with a clean environment."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml

PROJECT = Path(__file__).parents[2]
SOLVED = ("binary_search", "two_sum", "valid_parentheses")  # overwritten with the reference solutions
WRONG = "softmax"  # overwritten with a known-wrong variant (WA)
UNTOUCHED = "merge_intervals"  # started, never edited: skipped, not failed
ATTEMPTED = sorted((*SOLVED, WRONG))


class Installed:
    """The judge as a user gets it: a wheel in a venv, run with a clean environment."""

    def __init__(self, venv: Path, home: Path):
        self.venv = venv
        self.home = home
        self.bin = venv / "bin"

    def env(self, extra: dict | None = None) -> dict:
        environment = {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": str(self.home), "JUDGE_SANDBOX": "local"}
        environment.update(extra or {})
        return {k: v for k, v in environment.items() if v is not None}  # None drops a variable

    def _run(self, command: list[str], cwd: Path, env: dict | None, timeout: float) -> subprocess.CompletedProcess:
        return subprocess.run(command, cwd=cwd, env=self.env(env), capture_output=True, text=True, timeout=timeout)

    def judge(self, *args: str, cwd: Path, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        return self._run([str(self.bin / "judge"), *args], cwd, env, timeout)

    def python(self, *args: str, cwd: Path, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        return self._run([str(self.bin / "python"), *args], cwd, env, timeout)

    def pytest(self, *args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
        return self.python("-m", "pytest", "-p", "no:cacheprovider", *args, cwd=cwd, env=env)

    def ci_json(self, *args: str, cwd: Path, env: dict | None = None) -> tuple[int, dict]:
        done = self.judge("ci", "--json", "--no-complexity", *args, cwd=cwd, env=env)
        assert done.returncode in (0, 1), done.stdout + done.stderr
        return done.returncode, json.loads(done.stdout)


def git(cwd: Path, *args: str) -> str:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "GIT_CONFIG_NOSYSTEM": "1",
                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    done = subprocess.run(["git", *args], cwd=cwd, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def problems_of(report: dict) -> list[str]:
    return [r["problem"] for r in report["results"]]


def records(repo: Path) -> list[dict]:
    path = repo / ".judge" / "results.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    root = tmp_path_factory.mktemp("installed")
    wheels = root / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(PROJECT)],
                   check=True, capture_output=True)
    [wheel] = wheels.glob("judge-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--no-deps", str(wheel)], check=True,
                   capture_output=True)
    home = root / "home"
    home.mkdir()
    return Installed(venv, home)


@pytest.fixture(scope="module")
def solutions(installed: Installed, tmp_path_factory) -> Path:
    done = installed.python("-c", "import judge.bank as b; print(b.solutions_dir())",
                            cwd=tmp_path_factory.mktemp("anywhere"))
    path = Path(done.stdout.strip())
    assert done.returncode == 0 and "site-packages/judge/_bank" in str(path), done.stdout + done.stderr
    return path


@pytest.fixture(scope="module")
def template_repo(installed: Installed, solutions: Path, tmp_path_factory) -> Path:
    """An init'ed, committed repo: three solved problems, one wrong, one untouched stub."""
    repo = tmp_path_factory.mktemp("template") / "practice"
    done = installed.judge("init", str(repo), cwd=repo.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    git(repo, "init", "-q")
    for problem in (*SOLVED, WRONG, UNTOUCHED):
        started = installed.judge("start", problem, cwd=repo)
        assert started.returncode == 0 and (repo / f"{problem}.py").is_file(), started.stdout + started.stderr
    for problem in SOLVED:
        shutil.copyfile(solutions / f"{problem}.py", repo / f"{problem}.py")
    shutil.copyfile(solutions / "variants" / "softmax__clip_logits.py", repo / f"{WRONG}.py")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "practice")
    return repo


@pytest.fixture
def repo(template_repo: Path, tmp_path: Path) -> Path:
    """A private copy of the template repo (with its git history) for one test to change."""
    copy = tmp_path / "practice"
    shutil.copytree(template_repo, copy, symlinks=True)
    return copy


SCAFFOLD = {"judge.toml", "README.md", ".gitignore", ".gitattributes", ".github/workflows/judge.yml"}


def test_init_scaffolds_the_repo_and_is_idempotent(installed: Installed, tmp_path: Path):
    target = tmp_path / "practice"
    done = installed.judge("init", str(target), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    files = tree(target)
    assert set(files) == SCAFFOLD
    assert all(f"created {target / name}" in done.stdout for name in SCAFFOLD)
    attributes = files[".gitattributes"].decode()
    assert re.search(r"^\.judge/results\.jsonl\s+merge=union$", attributes, re.M), attributes
    assert "[workspace]" in files["judge.toml"].decode()

    again = installed.judge("init", str(target), cwd=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "nothing changed" in again.stdout and "created" not in again.stdout
    assert tree(target) == files  # byte-identical, and no file added

    # `judge init .` from inside the repo is the same no-op
    inside = installed.judge("init", cwd=target)
    assert inside.returncode == 0 and "nothing changed" in inside.stdout
    assert tree(target) == files


def test_init_keeps_files_the_user_already_has(installed: Installed, tmp_path: Path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "README.md").write_text("my own notes\n")
    done = installed.judge("init", str(target), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (target / "README.md").read_text() == "my own notes\n"
    assert f"kept    {target / 'README.md'}" in done.stdout
    assert set(tree(target)) == SCAFFOLD


def _steps(workflow: dict) -> list[dict]:
    [job] = workflow["jobs"].values()
    return job["steps"]


def _index(steps: list[dict], predicate) -> int:
    found = [i for i, step in enumerate(steps) if predicate(step)]
    assert found, steps
    return found[0]


def test_generated_workflow_is_valid_and_runs_judge_ci(installed: Installed, tmp_path: Path):
    version = installed.python("-c", "import judge; print(judge.__version__)", cwd=tmp_path).stdout.strip()
    installed.judge("init", str(tmp_path / "practice"), cwd=tmp_path)
    workflow = yaml.safe_load((tmp_path / "practice" / ".github" / "workflows" / "judge.yml").read_text())
    steps = _steps(workflow)
    uses = lambda prefix: lambda s: str(s.get("uses", "")).startswith(prefix)  # noqa: E731
    runs = lambda pattern: lambda s: re.search(pattern, str(s.get("run", ""))) is not None  # noqa: E731

    checkout = _index(steps, uses("actions/checkout@"))
    setup = _index(steps, uses("actions/setup-python@"))
    install = _index(steps, runs(rf"pip install [\"']?judge=={re.escape(version)}\b"))
    cache = _index(steps, uses("actions/cache@"))
    build = _index(steps, runs(r"(?m)^\s*judge sandbox build\b"))
    ci = _index(steps, runs(r"\bjudge ci\b.*--junit\s+\S+"))
    assert checkout < setup < install < build < ci and cache < build
    assert steps[cache]["with"]["path"] and steps[cache]["with"]["key"]
    # the JUnit report CI writes is ignored by git, and is what the artifact step uploads
    junit = re.search(r"--junit\s+(\S+)", steps[ci]["run"]).group(1)
    assert junit in (tmp_path / "practice" / ".gitignore").read_text().split()
    assert any(s.get("with", {}).get("path") == junit for s in steps if "upload-artifact" in str(s.get("uses")))

    custom = tmp_path / "custom"
    installed.judge("init", str(custom), "--install", "git+https://example.com/judge.git@main", cwd=tmp_path)
    steps = _steps(yaml.safe_load((custom / ".github" / "workflows" / "judge.yml").read_text()))
    _index(steps, runs(r"pip install [\"']?git\+https://example\.com/judge\.git@main"))


def test_ci_grades_attempted_problems_with_junit_and_json(installed: Installed, repo: Path):
    done = installed.judge("ci", "--junit", "out.xml", "--no-complexity", cwd=repo)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "::error" not in done.stdout  # annotations only under GitHub Actions
    assert UNTOUCHED not in done.stdout

    root = ElementTree.parse(repo / "out.xml").getroot()
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert sorted(cases) == ATTEMPTED  # the untouched stub is not a test case at all
    assert [name for name, case in cases.items() if case.find("failure") is None] == sorted(SOLVED)
    assert all(case.find("skipped") is None and case.find("error") is None for case in cases.values())
    failure = cases[WRONG].find("failure")
    assert failure.get("type") == "WA"

    recorded = records(repo)
    assert sorted(r["problem"] for r in recorded) == ATTEMPTED  # one record per judged problem
    assert {r["problem"]: r["verdict"] for r in recorded} == {**{p: "AC" for p in SOLVED}, WRONG: "WA"}
    failed_test = next(r["failed_test"] for r in recorded if r["problem"] == WRONG)
    assert failed_test and f"'{failed_test}'" in failure.get("message")

    code, report = installed.ci_json(cwd=repo)
    assert code == 1
    assert set(report) == {"results", "summary"}
    assert sorted(problems_of(report)) == ATTEMPTED
    verdicts = {r["problem"]: r["verdict"] for r in report["results"]}
    assert verdicts == {name: case.find("failure").get("type") if case.find("failure") is not None else "AC"
                        for name, case in cases.items()}
    assert report["summary"]["problems"] == 4 and report["summary"]["accepted"] == 3
    assert report["summary"]["verdicts"] == {"AC": 3, "WA": 1}
    wrong = next(r for r in report["results"] if r["problem"] == WRONG)
    assert wrong["first_failure"]["name"] == failed_test
    assert len(records(repo)) == 2 * len(ATTEMPTED)


def test_shards_split_the_problems_disjointly(installed: Installed, repo: Path):
    _, everything = installed.ci_json(cwd=repo)
    shards = [problems_of(installed.ci_json("--shard", f"{i}/2", cwd=repo)[1]) for i in (1, 2)]
    assert sorted(shards[0] + shards[1]) == sorted(problems_of(everything)) == ATTEMPTED
    assert not set(shards[0]) & set(shards[1])
    assert shards == [problems_of(installed.ci_json("--shard", f"{i}/2", cwd=repo)[1]) for i in (1, 2)]  # stable
    [alone] = [problems_of(installed.ci_json("--shard", "1/1", cwd=repo)[1])]
    assert sorted(alone) == ATTEMPTED

    for bad in ("3/2", "0/2", "1/0", "two", "1/2/3"):
        done = installed.judge("ci", "--shard", bad, "--no-complexity", cwd=repo)
        assert done.returncode == 2, (bad, done.stdout + done.stderr)
        assert "--shard" in done.stderr and "Traceback" not in done.stderr


def test_changed_since_judges_only_changed_solutions(installed: Installed, repo: Path, solutions: Path):
    assert git(repo, "status", "--porcelain") == ""
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=repo)
    assert code == 0 and problems_of(report) == [] and records(repo) == []

    with (repo / "two_sum.py").open("a") as stream:
        stream.write("\n# a second look\n")
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=repo)
    assert code == 0 and problems_of(report) == ["two_sum"]
    assert [r["problem"] for r in records(repo)] == ["two_sum"]

    # a new, never committed solution counts as changed; the edit to the wrong one too
    installed.judge("start", "move_zeroes", cwd=repo)
    shutil.copyfile(solutions / "move_zeroes.py", repo / "move_zeroes.py")
    (repo / f"{WRONG}.py").write_text((repo / f"{WRONG}.py").read_text() + "\n")
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=repo)
    assert code == 1 and sorted(problems_of(report)) == ["move_zeroes", "softmax", "two_sum"]

    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "more")
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=repo)
    assert code == 0 and problems_of(report) == []
    code, report = installed.ci_json("--changed-since", "HEAD~1", cwd=repo)
    assert sorted(problems_of(report)) == ["move_zeroes", "softmax", "two_sum"]

    done = installed.judge("ci", "--changed-since", "no-such-rev", "--no-complexity", cwd=repo)
    assert done.returncode == 2 and "--changed-since" in done.stderr, done.stdout + done.stderr


def test_changed_since_in_a_workspace_below_the_git_root(installed: Installed, template_repo: Path, tmp_path: Path):
    top = tmp_path / "everything"
    top.mkdir()
    shutil.copytree(template_repo, top / "practice", ignore=shutil.ignore_patterns(".git"))
    git(top, "init", "-q")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "all")
    workspace = top / "practice"
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=workspace)
    assert code == 0 and problems_of(report) == []
    (workspace / "binary_search.py").write_text((workspace / "binary_search.py").read_text() + "\n")
    code, report = installed.ci_json("--changed-since", "HEAD", cwd=workspace)
    assert code == 0 and problems_of(report) == ["binary_search"]


def test_github_actions_annotations_and_step_summary(installed: Installed, repo: Path, tmp_path: Path):
    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier step\n")
    github = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    done = installed.judge("ci", "--no-complexity", cwd=repo, env=github)
    assert done.returncode == 1, done.stdout + done.stderr
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1, done.stdout
    assert re.match(rf"::error file={WRONG}\.py,line=\d+[,:]", annotations[0]), annotations
    assert "WA" in annotations[0]

    text = summary.read_text()
    assert text.startswith("earlier step\n")  # appended, not overwritten
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if cells and cells[0] in ATTEMPTED:
            rows[cells[0]] = cells[1]
    assert sorted(rows) == ATTEMPTED, text
    assert all(rows[p].endswith("AC") for p in SOLVED) and rows[WRONG].endswith("WA"), rows
    assert UNTOUCHED not in text

    # a crash points the annotation at the line of the user's file that raised
    (repo / f"{WRONG}.py").write_text('"""Crashes."""\n\n\ndef softmax(logits):\n    raise ValueError("boom")\n')
    done = installed.judge("ci", "--no-complexity", cwd=repo, env=github)
    [annotation] = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert annotation.startswith(f"::error file={WRONG}.py,line=5,"), annotation


def _outcome(stdout: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|deselected|error)", stdout)}


PLUGIN = ("-q", "--judge-no-complexity", "--judge-sandbox", "local")


def test_pytest_plugin_collects_attempted_problems(installed: Installed, repo: Path, tmp_path: Path):
    done = installed.pytest(*PLUGIN, cwd=repo)
    assert done.returncode == 1, done.stdout + done.stderr
    assert _outcome(done.stdout) == {"passed": 3, "failed": 1}, done.stdout
    assert re.search(rf"FAILED {WRONG}\.py::{WRONG}\b", done.stdout), done.stdout

    selected = installed.pytest(*PLUGIN, "-k", "two_sum", cwd=repo)
    assert selected.returncode == 0, selected.stdout + selected.stderr
    assert _outcome(selected.stdout) == {"passed": 1, "deselected": 3}, selected.stdout

    report = tmp_path / "pytest.xml"
    done = installed.pytest(*PLUGIN, f"--junitxml={report}", cwd=repo)
    assert done.returncode == 1
    cases = {c.get("name"): c for c in ElementTree.parse(report).getroot().iter("testcase")}
    assert sorted(cases) == ATTEMPTED
    assert sorted(n for n, c in cases.items() if c.find("failure") is None) == sorted(SOLVED)
    assert cases[WRONG].find("failure") is not None
    assert all(r["sandbox"] == "local" for r in records(repo))


def test_pytest_plugin_failure_report_has_no_colour_codes(installed: Installed, repo: Path, tmp_path: Path):
    report = tmp_path / "pytest.xml"
    done = installed.pytest(*PLUGIN, "-k", WRONG, f"--junitxml={report}", cwd=repo)
    assert done.returncode == 1
    assert "\x1b[" not in done.stdout
    failure = next(c for c in ElementTree.parse(report).getroot().iter("testcase")).find("failure")
    assert "#x1B" not in failure.get("message") and "#x1B" not in (failure.text or "")


def test_judge_toml_exclude_skips_a_problem(installed: Installed, repo: Path):
    marker = repo / "judge.toml"
    text = marker.read_text()
    assert re.search(r"^exclude = \[\]$", text, re.M), text
    marker.write_text(re.sub(r"^exclude = \[\]$", 'exclude = ["softmax"]', text, flags=re.M))

    code, report = installed.ci_json(cwd=repo)
    assert code == 0 and sorted(problems_of(report)) == sorted(SOLVED)
    done = installed.judge("ci", "--no-complexity", cwd=repo)
    assert done.returncode == 0 and WRONG not in done.stdout, done.stdout + done.stderr
    assert WRONG not in {r["problem"] for r in records(repo)}

    plugin = installed.pytest(*PLUGIN, cwd=repo)
    assert plugin.returncode == 0 and _outcome(plugin.stdout) == {"passed": 3}, plugin.stdout

    marker.write_text(re.sub(r"^include = .*$", 'include = ["two_*", "soft*"]', marker.read_text(), flags=re.M))
    code, report = installed.ci_json(cwd=repo)
    assert code == 0 and problems_of(report) == ["two_sum"]
