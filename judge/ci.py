"""`judge ci`: which problems to grade (attempted, sharded, changed) and what CI systems read back
(JUnit XML, GitHub annotations and the job summary)."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree

from judge.api import RunResult
from judge.errors import UsageError
from judge.workspace import Workspace


def parse_shard(text: str) -> tuple[int, int]:
    """``I/N`` -> (I, N) with 1 <= I <= N; UsageError naming the option otherwise."""
    match = re.fullmatch(r"(\d+)/(\d+)", text.strip())
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise UsageError(f"--shard {text}: write it as I/N with 1 <= I <= N, e.g. --shard 1/3")
    return int(match.group(1)), int(match.group(2))


def in_shard(problem_id: str, shard: tuple[int, int]) -> bool:
    """A stable assignment by hash: adding a problem never moves the others to another shard."""
    index, count = shard
    return int(hashlib.sha256(problem_id.encode()).hexdigest(), 16) % count == index - 1


def changed_problems(workspace: Workspace, revision: str, candidates: list[str]) -> list[str]:
    """The candidates whose solution file differs from ``revision`` (committed, staged or not) or is new."""
    def git(*args: str) -> list[str]:
        done = subprocess.run(["git", "-C", str(workspace.root), *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise UsageError(f"--changed-since {revision}: git says {done.stderr.strip()[:200] or 'no'}; "
                             "pass a commit that exists in this repository")
        return done.stdout.splitlines()

    top = Path(git("rev-parse", "--show-toplevel")[0])
    paths = git("diff", "--name-only", revision, "--", ".") + git("ls-files", "--others", "--exclude-standard", "--", ".")
    changed = {(top / p).resolve() for p in paths} | {(workspace.root / p).resolve() for p in paths}
    return [pid for pid in candidates if workspace.solution_path(pid).resolve() in changed]


def failure_line(result: RunResult) -> int:
    """The line of the user's file to point an annotation at: the error's line, else 1."""
    texts = [result.load_failure.message + result.load_failure.traceback] if result.load_failure else []
    failure = result.first_failure
    if failure:
        texts.append(failure.traceback)
    name = re.escape(result.solution.name)
    for text in texts:
        lines = re.findall(rf'{name}", line (\d+)', text) or re.findall(rf"{name}:(\d+)", text)
        if lines:
            return int(lines[-1])
    return 1


def summary_line(result: RunResult) -> str:
    failure = result.first_failure
    if result.verdict == "AC":
        return f"AC: all {result.total} tests passed"
    if failure:
        return f"{result.verdict}: test {failure.index + 1} '{failure.name}': {failure.message}"
    return f"{result.verdict}: {result.message}"


def junit_xml(results: list[RunResult]) -> str:
    """One testcase per problem; a failure element carries the verdict and the first failing test."""
    failures = sum(r.verdict != "AC" for r in results)
    suite = ElementTree.Element("testsuite", name="judge", tests=str(len(results)), failures=str(failures),
                                errors="0", skipped="0", time=f"{sum(r.wall_seconds for r in results):.3f}")
    for result in results:
        case = ElementTree.SubElement(suite, "testcase", classname=f"judge.{result.problem.track}",
                                      name=result.problem.id, file=str(result.solution),
                                      time=f"{result.wall_seconds:.3f}")
        if result.verdict != "AC":
            failure = ElementTree.SubElement(case, "failure", type=result.verdict, message=summary_line(result))
            failure.text = result.message + ("\n\n" + result.first_failure.traceback
                                             if result.first_failure and result.first_failure.traceback else "")
    return ElementTree.tostring(ElementTree.ElementTree(suite).getroot(), encoding="unicode", xml_declaration=True)


def github_annotations(results: list[RunResult]) -> list[str]:
    """``::error`` workflow commands pointing at each failing solution file."""
    lines = []
    for result in results:
        if result.verdict != "AC":
            message = summary_line(result).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            lines.append(f"::error file={_repo_relative(result.solution)},line={failure_line(result)},"
                         f"title=judge {result.problem.id}: {result.verdict}::{message}")
    return lines


def _repo_relative(path: Path) -> str:
    """GitHub resolves annotation paths from the repository root, where CI runs."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def step_summary(results: list[RunResult]) -> str:
    """The markdown job summary: a verdict table."""
    accepted = sum(r.verdict == "AC" for r in results)
    rows = [f"| {r.problem.id} | {'✅' if r.verdict == 'AC' else '❌'} {r.verdict} | {r.passed}/{r.total} | "
            f"{summary_line(r).replace('|', '/')[:140]} |" for r in results]
    return "\n".join([f"## judge: {accepted}/{len(results)} accepted", "",
                      "| problem | verdict | tests | detail |", "| --- | --- | --- | --- |", *rows, ""])
