"""The `judge` command: click commands only; each parses, calls the library, prints.

Exit codes: 0 accepted, 1 any other verdict (or a failed validation), 2 usage or bad input,
3 a failure of the judge or its sandbox.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import click

from judge import __version__, bank
from judge.api import attempted_problems, run_many, run_problem
from judge.errors import JudgeError, UsageError
from judge.history import read_history
from judge.problems import all_problems, get_problem, problem_ids
from judge.report import dumps, many_to_json, many_to_text, to_json, to_text
from judge.sandbox import Backend, select_backend
from judge.reports import status_by_problem
from judge.validate import validate_problem
from judge.verdict import exit_code
from judge.workspace import Workspace, resolve_workspace

SANDBOXES = click.Choice(["auto", "docker", "local"])


class BadInput(click.ClickException):
    """Our UsageError as click sees it: one sentence, exit code 2."""

    exit_code = 2


class JudgeFailure(click.ClickException):
    exit_code = 3


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


class JudgeGroup(click.Group):
    """Maps the library's errors to one clear line and the documented exit code."""

    def invoke(self, ctx: click.Context):
        for signum in (signal.SIGTERM, signal.SIGHUP):  # unwind like Ctrl-C so sandboxes are killed
            signal.signal(signum, _exit_on_signal)
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            raise BadInput(str(exc)) from None
        except JudgeError as exc:
            raise JudgeFailure(str(exc)) from None


@click.group(cls=JudgeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge")
def main() -> None:
    """An auto-graded coding judge for interview practice."""


workspace_option = click.option(
    "--workspace", envvar="JUDGE_WORKSPACE", metavar="DIR",
    help="Folder with your solutions and results (default: the nearest judge.toml above the "
         "current directory, else ~/judge-workspace). Env: JUDGE_WORKSPACE.")


@main.command()
@click.argument("problem", required=False)
@click.option("--all", "run_all", is_flag=True, help="Judge every problem you have attempted in the workspace.")
@click.option("--solution", type=click.Path(dir_okay=False), help="Judge this file instead of the workspace's.")
@click.option("--reference", is_flag=True, help="Judge the bundled reference solution.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("--sandbox", type=SANDBOXES, envvar="JUDGE_SANDBOX", default=None,
              help="Where the solution runs (default: judge.toml's, else auto). Env: JUDGE_SANDBOX.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first failing test.")
@click.option("--no-complexity", is_flag=True, help="Skip the growth check against the complexity target.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="cores",
              help="With --all: problems judged in parallel.")
@workspace_option
@click.pass_context
def run(ctx: click.Context, problem: str | None, run_all: bool, solution: str | None, reference: bool,
        as_json: bool, sandbox: str, fail_fast: bool, no_complexity: bool, jobs: int, workspace: str | None) -> None:
    """Judge your solution of PROBLEM (or --all of them) and record the verdict."""
    if solution and reference:
        raise BadInput("--solution and --reference exclude each other; pass one of them")
    if run_all == bool(problem) or (run_all and (solution or reference)):
        raise BadInput("name one PROBLEM, or pass --all (without --solution or --reference)")
    folder = resolve_workspace(workspace)
    if run_all:
        results = run_many(attempted_problems(folder), workspace=folder, sandbox=_backend(sandbox, folder),
                           fail_fast=fail_fast, jobs=jobs, complexity=not no_complexity)
        click.echo(dumps(many_to_json(results)) if as_json else many_to_text(results, folder))
        ctx.exit(max((exit_code(r.verdict) for r in results), default=0))
    get_problem(problem)  # an unknown name is reported before any sandbox is chosen (or warned about)
    result = run_problem(problem, solution=solution, reference=reference, workspace=folder,
                         sandbox=_backend(sandbox, folder), fail_fast=fail_fast, complexity=not no_complexity)
    click.echo(dumps(to_json(result)) if as_json else to_text(result))
    ctx.exit(exit_code(result.verdict))


@main.command()
@click.argument("problem")
@workspace_option
def start(problem: str, workspace: str | None) -> None:
    """Copy PROBLEM's stub into your workspace and print the path to edit."""
    spec = get_problem(problem)
    folder = resolve_workspace(workspace)
    folder.ensure()
    target = folder.solution_path(spec.id)
    if target.exists():
        click.echo(f"{target} already exists; edit it, then run: judge run {spec.id}")
        return
    shutil.copyfile(bank.stubs_dir() / f"{spec.id}.py", target)
    click.echo(f"{spec.title}: edit {target}")
    click.echo(f"statement: judge show {spec.id}    judge it: judge run {spec.id}")


@main.command("list")
@click.option("--pattern", help="Only problems with this pattern, e.g. 'two pointers'.")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]))
@click.option("--track", type=click.Choice(["dsa", "ml"]))
@workspace_option
def list_(pattern: str | None, difficulty: str | None, track: str | None, workspace: str | None) -> None:
    """List the problems with your status on each."""
    history = read_history(resolve_workspace(workspace).results_file)
    _warn(history.warnings)
    status = status_by_problem(history.records)
    rows = [(p.id, p.title, p.difficulty, p.track, ", ".join(p.patterns), status.get(p.id, ""))
            for p in all_problems()
            if (not pattern or pattern.lower() in p.patterns)
            and (not difficulty or p.difficulty == difficulty) and (not track or p.track == track)]
    if not rows:
        known = sorted({x for p in all_problems() for x in p.patterns})
        raise BadInput(f"no problem matches these filters; patterns in the bank: {', '.join(known)}")
    click.echo(_table(rows, ["id", "title", "difficulty", "track", "patterns", "status"]))


@main.command()
@click.argument("problem")
@workspace_option
def show(problem: str, workspace: str | None) -> None:
    """Show PROBLEM's statement, signature, limits and complexity target."""
    spec = get_problem(problem)
    click.echo(f"{spec.id} · {spec.difficulty} · {spec.track} · {', '.join(spec.patterns)}\n")
    click.echo(spec.statement().rstrip())
    click.echo("\n## Signature\n\n" + spec.signature_text())
    click.echo(f"\nlimits: {spec.limits.time_per_test:g} s per test, {spec.limits.memory_mb} MB · "
               f"target: time {spec.complexity['time']}, space {spec.complexity['space']} · {len(spec.tests)} tests")
    click.echo(f"your file: {resolve_workspace(workspace).solution_path(spec.id)} (judge start {spec.id} creates it)")


@main.command()
@click.argument("problems", nargs=-1)
@click.option("--sandbox", type=SANDBOXES, envvar="JUDGE_SANDBOX", default="auto", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="cores",
              help="Problems validated in parallel.")
def validate(problems: tuple[str, ...], sandbox: str, jobs: int) -> None:
    """Check problem packages: spec, reference AC, stub NA, known-wrong variants. All by default."""
    ids = list(problems) or problem_ids()
    known = problem_ids()
    for name in ids:
        if name not in known:
            get_problem(name)  # raises UnknownProblem with suggestions
    backend = _backend(sandbox)
    with tempfile.TemporaryDirectory(prefix="judge-validate-") as scratch, ThreadPoolExecutor(jobs) as pool:
        validations = list(pool.map(lambda i: validate_problem(i, backend, Workspace(Path(scratch), "option")), ids))
    rows = [(v.problem, what, "ok" if ok else click.style("FAIL", fg="red"), detail)
            for v in validations for what, ok, detail in v.checks]
    failed = sum(not v.ok for v in validations)
    click.echo(_table(rows, ["problem", "check", "result", "detail"]))
    click.echo(f"\n{len(ids) - failed}/{len(ids)} problems valid")
    sys.exit(1 if failed else 0)


def _backend(name: str | None, workspace: Workspace | None = None) -> Backend:
    """Select the sandbox (the option, else judge.toml's, else auto), showing build progress and any
    fallback warning on stderr."""
    name = name or (workspace.sandbox if workspace else None) or "auto"
    selection = select_backend(name, progress=lambda line: click.echo(line, err=True))
    if selection.warning:
        click.secho(selection.warning, fg="yellow", err=True)
    return selection.backend


def _table(rows: list, headers: list[str]) -> str:
    from tabulate import tabulate  # imported on use: it costs ~30 ms that `judge run` does not need

    return tabulate(rows, headers=headers)


@main.group()
def sandbox() -> None:
    """Build and inspect the Docker sandbox."""


@sandbox.command("build")
@click.option("--base", default=None, metavar="IMAGE",
              help="Debian-family base image (default: the base of the last build, at first "
                   "debian:bookworm-slim from a registry; offline: a local image, see the README).")
@click.option("--force", is_flag=True, help="Build even when the current image is present.")
def sandbox_build(base: str | None, force: bool) -> None:
    """Build the sandbox image (tagged with a hash of the Dockerfile and harness)."""
    from judge.sandbox.image import build_image, connect, image_present, image_tag

    client = connect()
    if image_present(client) and not force and base is None:
        click.echo(f"{image_tag()} is present and current (--force rebuilds it)")
        return
    tag = build_image(client, base, progress=lambda line: click.echo(f"  {line}", err=True))
    click.echo(f"built {tag}")


@sandbox.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def sandbox_status(as_json: bool) -> None:
    """Is an engine reachable, is the image present and current, which backend would auto pick."""
    from judge.sandbox.status import sandbox_status as status

    report = status()
    if as_json:
        click.echo(dumps(report))
        return
    click.echo(f"engine:  {report['engine']}")
    click.echo(f"image:   {report['image']} ({'present' if report['image_present'] else 'not built'})")
    if report["leftover_containers"]:
        click.echo(f"leftover containers: {report['leftover_containers']} (judge sandbox clean removes them)")
    click.echo(f"auto:    {report['auto']} ({report['reason']})")


@sandbox.command("clean")
def sandbox_clean() -> None:
    """Remove any sandbox container left behind (they carry the judge.sandbox label)."""
    from judge.sandbox.image import connect, remove_leftovers

    click.echo(f"removed {remove_leftovers(connect())} leftover container(s)")


@main.command()
@click.argument("problem")
@click.argument("text", required=False)
@workspace_option
def note(problem: str, text: str | None, workspace: str | None) -> None:
    """Record the key insight of PROBLEM in your own words, or show it (no TEXT)."""
    from judge.notes import notes_file, read_notes, write_note

    spec = get_problem(problem)
    path = notes_file(resolve_workspace(workspace).results_file)
    if text is None:
        saved = read_notes(path).get(spec.id)
        click.echo(saved if saved else f"no note for {spec.id} yet: judge note {spec.id} \"the key idea\"")
        return
    if not text.strip():
        raise BadInput("the note is empty; write the key idea, e.g. \"hash map of complements, one pass\"")
    write_note(path, spec.id, text.strip())
    click.echo(f"noted for {spec.id}")


@main.command()
@click.option("--by", type=click.Choice(["problem", "pattern", "difficulty"]), default="problem", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@workspace_option
def stats(by: str, as_json: bool, workspace: str | None) -> None:
    """Attempts, solves, first-try rate and more, per problem, pattern or difficulty."""
    from judge.api import workspace_stats
    from judge.reports import group_stats

    folder = resolve_workspace(workspace)
    rows, _, warnings = workspace_stats(folder)
    _warn(warnings)
    if not rows:
        click.echo("[]" if as_json else f"no attempts recorded in {folder.results_file} yet: "
                                        "judge start two_sum, then judge run two_sum")
        return
    if by == "problem":
        table = [{"problem": r.problem.id, "attempts": r.attempts, "solved": r.solved, "first_try": r.first_try,
                  "last_verdict": r.last_verdict, "to_first_ac": _duration(r.time_to_first_ac),
                  "slow": r.slow_count} for r in rows]
    else:
        table = group_stats(rows, by)
    if as_json:
        click.echo(dumps(table))
        return
    shown = [{k: (f"{v:.0%}" if isinstance(v, float) else "yes" if v is True else "no" if v is False else v)
              for k, v in row.items()} for row in table]
    click.echo(_table([list(r.values()) for r in shown], list(table[0].keys())))


@main.command()
@click.argument("kind", type=click.Choice(["weak", "all"]))
@click.argument("file", default="-", required=False)
@click.option("--bom", is_flag=True, help="Start with a UTF-8 byte-order mark (for Excel).")
@workspace_option
def export(kind: str, file: str, bom: bool, workspace: str | None) -> None:
    """Write the weak-problems CSV (weak) or the whole spreadsheet (all) to FILE (- for stdout)."""
    from judge.api import workspace_stats
    from judge.export import rows, to_csv

    stats_rows, _, warnings = workspace_stats(resolve_workspace(workspace))
    _warn(warnings)
    table = rows(stats_rows, _today(), weak_only=kind == "weak")
    text = to_csv(table)
    if file == "-":
        click.echo(("\ufeff" if bom else "") + text, nl=False)
        return
    Path(file).write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    click.echo(f"wrote {len(table)} rows to {file}", err=True)


@main.command()
@workspace_option
def review(workspace: str | None) -> None:
    """Problems due to be solved again, most overdue first."""
    from judge.api import workspace_stats
    from judge.reports import due_reviews

    rows, _, warnings = workspace_stats(resolve_workspace(workspace))
    _warn(warnings)
    today = _today()
    due = due_reviews(rows, today)
    if not due:
        upcoming = min((r.next_review for r in rows if r.next_review), default=None)
        click.echo("nothing is due" + (f"; next review on {upcoming.date().isoformat()}" if upcoming else ""))
        return
    click.echo(_table([(r.problem.id, r.next_review.date().isoformat(), (today - r.next_review.date()).days,
                        r.last_verdict, r.note[:60]) for r in due],
                      ["problem", "due", "days overdue", "last verdict", "note"]))


@main.command()
@workspace_option
def today(workspace: str | None) -> None:
    """One problem for today: a due review first, else an unsolved one from your weakest pattern."""
    from judge.api import workspace_stats
    from judge.reports import accepted_days, pick_today
    from judge.schedule import streak

    rows, records, warnings = workspace_stats(resolve_workspace(workspace))
    _warn(warnings)
    day = _today()
    pick = pick_today(rows, all_problems(), day)
    if pick is None:
        click.echo("every problem in the bank is solved and nothing is due: well done")
        return
    problem, why = pick
    click.echo(f"today: {problem.id} · {problem.title} ({why})")
    click.echo(f"start: judge start {problem.id}    streak: {streak(accepted_days(records), day)} day(s)")


@main.command()
@click.argument("problem")
@workspace_option
def retry(problem: str, workspace: str | None) -> None:
    """Start PROBLEM again from the stub; your previous solution is kept in .judge/attempts/."""
    from judge.api import retry_problem

    target, archived = retry_problem(problem, resolve_workspace(workspace))
    if archived:
        click.echo(f"kept your previous solution as {archived}")
    click.echo(f"fresh stub: edit {target}")


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        click.secho(f"warning: {warning}", fg="yellow", err=True)


def _today():
    from judge.schedule import now

    return now().date()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h" if seconds < 86400 else f"{seconds / 86400:.1f} d"


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--install", "install", default=None, metavar="SPEC",
              help="What the CI workflow pip-installs to get the judge (default: judge==<this version>; "
                   "e.g. a git URL).")
def init(directory: str, install: str | None) -> None:
    """Scaffold a personal solutions repo: judge.toml, README, .gitignore, .gitattributes, CI workflow."""
    from judge.scaffold import DEFAULT_INSTALL, init_workspace

    root = Path(directory).resolve()
    root.mkdir(parents=True, exist_ok=True)
    created, kept = init_workspace(root, install or DEFAULT_INSTALL)
    if not created:
        click.echo(f"{root} is already a judge workspace; nothing changed")
        return
    for name in created:
        click.echo(f"created {root / name}")
    for name in kept:
        click.echo(f"kept    {root / name} (exists)")
    click.echo(f"next: cd {root} && judge start two_sum")


@main.command()
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="cores",
              help="Problems judged in parallel.")
@click.option("--junit", type=click.Path(dir_okay=False), help="Write JUnit XML (one test case per problem).")
@click.option("--shard", metavar="I/N", help="Judge only shard I of N (a stable split by problem id).")
@click.option("--changed-since", metavar="REV", help="Judge only problems whose file changed since REV (git).")
@click.option("--json", "as_json", is_flag=True, help="Print {\"results\": [...], \"summary\": {...}}.")
@click.option("--sandbox", type=SANDBOXES, envvar="JUDGE_SANDBOX", default=None,
              help="Where solutions run (default: judge.toml's, else auto).")
@click.option("--no-complexity", is_flag=True, help="Skip the growth check.")
@workspace_option
@click.pass_context
def ci(ctx: click.Context, jobs: int, junit: str | None, shard: str | None, changed_since: str | None,
       as_json: bool, sandbox: str | None, no_complexity: bool, workspace: str | None) -> None:
    """Grade every attempted problem (never prompts); exit 0 only when all are accepted."""
    from judge.ci import changed_problems, github_annotations, in_shard, junit_xml, parse_shard, step_summary

    folder = resolve_workspace(workspace)
    chosen = [pid for pid in attempted_problems(folder) if folder.counts(pid)]
    if shard:
        part = parse_shard(shard)
        chosen = [pid for pid in chosen if in_shard(pid, part)]
    if changed_since:
        chosen = changed_problems(folder, changed_since, chosen)
    if not chosen and not as_json:
        click.echo(f"nothing to grade in {folder.root}: no attempted problem matches "
                   f"({'--changed-since, ' if changed_since else ''}{'--shard, ' if shard else ''}judge.toml's include/exclude)")
        ctx.exit(0)
    results = run_many(chosen, workspace=folder, sandbox=_backend(sandbox, folder), jobs=jobs,
                       complexity=not no_complexity) if chosen else []
    if junit:
        Path(junit).write_text(junit_xml(results), encoding="utf-8")
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for line in github_annotations(results):
            click.echo(line)
        if os.environ.get("GITHUB_STEP_SUMMARY"):
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
                summary.write(step_summary(results))
    click.echo(dumps(many_to_json(results)) if as_json else many_to_text(results, folder))
    ctx.exit(0 if all(r.verdict == "AC" for r in results) else 1)
