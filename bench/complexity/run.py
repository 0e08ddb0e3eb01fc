"""Benchmark: how often the judge's complexity check gets the growth class and the SLOW verdict right.

Every labelled implementation goes through the real path, `judge.measurement.check_complexity` in a
sandbox, exactly as `judge run` uses it:

- bank problems: the reference (label: the generator's time target), the known-slow variants
  (label: their true class, from labels.json), and more variants from impls/ (label: their
  `# class:` line);
- synthetic functions of every class, O(1) to O(2^n), many doing their work inside C builtins,
  each wrapped as a one-function problem in a temporary bank (JUDGE_BANK) built from synthetic/.

The `big_O` package (pip install -e '.[bench]') estimates the class of the same synthetic functions
in the same run, for comparison.

    python bench/complexity/run.py [--runs 3] [--load] [--backend local|docker] [--only REGEX] [--no-big-o]
    python bench/complexity/run.py --report results/local-load.json      # the tables of a saved run
    python bench/complexity/run.py --summary results/*.json               # one headline row per run

--load keeps both cores busy with two spinning processes for the whole measurement. Raw outcomes go
to bench/complexity/results/<backend>-<quiet|load>.json; the tables go to stdout (and, by hand, to
BENCHMARKS.md with the machine and the command).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib.util
import json
import math
import multiprocessing
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from tabulate import tabulate

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))

from judge.complexity import BAND, CLASSES, normalise  # noqa: E402
from judge.errors import JudgeError  # noqa: E402
from judge.measurement import TARGET_SECONDS, BUDGET_SECONDS, CALL_TIMEOUT, check_complexity  # noqa: E402

CLASS_NAMES = [name for name, _ in CLASSES]
SYNTHETIC = HERE / "synthetic"
RESULTS = HERE / "results"

# The parameters of each synthetic input kind, and where its ladder runs. max_n is 2^18, like the
# bank's two_sum and softmax: at the default 2^20 the O(1) and O(n) functions' ladders ran 5-7 s and
# two ended in the sandbox's CPU limit (the harness decodes the input again for every timing window).
# The exponential kind starts at 3 and stops at 40: 3, 6, 12, 24 (a Python 2^24 call overruns the
# 1 s call timeout and ends the ladder; a C-level one cannot be interrupted, so 48 is never tried).
INPUTS = {
    "ints": {"params": [{"name": "nums", "type": "list[int]"}], "n": "len(nums)", "start": 16, "max_n": 1 << 18},
    "sorted": {"params": [{"name": "nums", "type": "list[int]"}, {"name": "target", "type": "int"}],
               "n": "len(nums)", "start": 16, "max_n": 1 << 18},
    "words": {"params": [{"name": "words", "type": "list[str]"}], "n": "len(words)", "start": 16, "max_n": 1 << 18},
    "tiny": {"params": [{"name": "nums", "type": "list[int]"}], "n": "len(nums)", "start": 3, "max_n": 40},
}
BIG_O_CLASSES = {"Constant": "O(1)", "Logarithmic": "O(log n)", "Linear": "O(n)", "Linearithmic": "O(n log n)",
                 "Quadratic": "O(n^2)", "Cubic": "O(n^3)", "Exponential": "O(2^n)"}


# ---------------------------------------------------------------------------------------------
# What is measured


@dataclass(frozen=True)
class Impl:
    """One labelled implementation and the problem (and bank) it is judged against."""

    name: str
    problem_id: str
    path: Path
    label: str | None  # its true time class in the generator's n; None when unknown
    kind: str  # "optimal" (within the target's band), "worse" (a band above it), "synthetic"
    source: str  # bank reference, bank variant, bench impl, synthetic
    bank: str | None = None  # JUDGE_BANK for it; None is the checkout's own bank
    input_kind: str = ""  # synthetic only


@dataclass
class Outcome:
    """What one check_complexity call concluded about one implementation in one run."""

    impl: str
    run: int
    seconds: float
    best_class: str | None = None
    fit_band: int | None = None
    slope: float | None = None
    ratio_slope: float | None = None
    slow_time: bool = False
    slow_space: bool = False
    sizes: list[int] = field(default_factory=list)
    stop: str = ""
    error: str = ""

    @property
    def slow(self) -> bool:
        return self.slow_time or self.slow_space


@dataclass
class BigOOutcome:
    impl: str
    run: int
    seconds: float
    best_class: str | None
    max_n: int = 0
    error: str = ""


@contextlib.contextmanager
def bank_env(folder: str | None) -> Iterator[None]:
    """Point judge.bank at ``folder`` (None: the checkout) for the duration; judge.bank reads it per call."""
    saved = os.environ.pop("JUDGE_BANK", None)
    if folder is not None:
        os.environ["JUDGE_BANK"] = folder
    try:
        yield
    finally:
        os.environ.pop("JUDGE_BANK", None)
        if saved is not None:
            os.environ["JUDGE_BANK"] = saved


def header_field(path: Path, key: str) -> str | None:
    """The value of a leading ``# key: value`` comment line of an implementation file."""
    for line in path.read_text(encoding="utf-8").splitlines()[:5]:
        match = re.match(rf"#\s*{key}:\s*(.+?)\s*$", line)
        if match:
            return match.group(1)
    return None


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------------
# Collecting the bank's implementations (leaving out what is missing or broken, and saying why)


def usable_generator(problem) -> str:
    """Why the problem's generator cannot be measured, or "" when it can (others may be mid-edit)."""
    gen = problem.directory / "gen.py"
    if not gen.is_file():
        return "no gen.py"
    if "generator" not in problem.complexity:
        return "no complexity.generator block in problem.json"
    try:
        generate = load_module(gen, f"gen_{problem.id}").generate
        for n in (1, 16, 100):
            args = generate(n, random.Random(n))
            if not isinstance(args, list):
                return f"gen.py returns a {type(args).__name__} at n={n}, not a list of args"
            if problem.mode != "design" and len(args) != len(problem.signature["params"]):
                return f"gen.py returns {len(args)} args at n={n}, the signature has {len(problem.signature['params'])}"
    except Exception as exc:  # a generator being written right now may be broken in any way
        return f"gen.py fails: {type(exc).__name__}: {exc}"
    return ""


def bank_impls(notes: list[str]) -> list[Impl]:
    """References, known-slow variants and impls/ extras of every bank problem that can be measured."""
    from judge.problems import get_problem, problem_ids

    labels = json.loads((HERE / "labels.json").read_text())
    impls: list[Impl] = []
    with bank_env(None):
        for pid in problem_ids():
            try:
                problem = get_problem(pid)
            except Exception as exc:
                notes.append(f"{pid}: left out, problem.json does not load ({exc})")
                continue
            why = usable_generator(problem)
            if why:
                notes.append(f"{pid}: left out, {why}")
                continue
            target = normalise(problem.complexity["generator"]["time"])
            impls.append(Impl(f"{pid} (reference)", pid, REPO / "solutions" / f"{pid}.py", target, "optimal",
                              "bank reference"))
            for path in sorted((REPO / "solutions" / "variants").glob(f"{pid}__slow_*.py")):
                label = labels.get(path.stem)
                if label is None:
                    notes.append(f"{path.stem}: no true class in labels.json; counted for detection only")
                impls.append(Impl(path.stem, pid, path, label, "worse", "bank variant"))
            for path in sorted((HERE / "impls").glob(f"{pid}__*.py")):
                label = normalise(header_field(path, "class"))
                kind = "worse" if BAND[label] > BAND[target] else "optimal"
                impls.append(Impl(path.stem, pid, path, label, kind, "bench impl"))
    return impls


def verify(impls: list[Impl], notes: list[str]) -> list[Impl]:
    """Keep the implementations that pass their problem's tests (as `judge run --no-complexity` would)."""
    from judge.api import run_problem
    from judge.sandbox.local import LocalBackend
    from judge.workspace import Workspace

    backend, kept = LocalBackend(), []
    saved_cache = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CACHE_HOME"] = scratch  # the limit calibration's cache: keep the user's untouched
        workspace = Workspace(Path(scratch), "option")
        for impl in impls:
            if impl.kind == "synthetic":  # its one test's expected value is its own output
                kept.append(impl)
                continue
            with bank_env(impl.bank):
                result = run_problem(impl.problem_id, solution=impl.path, workspace=workspace, sandbox=backend,
                                     record=False, detect_stub=False, complexity=False)
            if result.verdict == "AC":
                kept.append(impl)
            else:
                notes.append(f"{impl.name}: left out, {result.verdict} on the tests ({result.message[:120]})")
    if saved_cache is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved_cache
    return kept


# ---------------------------------------------------------------------------------------------
# The synthetic bank: one problem per synthetic function


def synthetic_functions() -> list[tuple[Path, str, str]]:
    """(file, true class, input kind) of every synthetic function, from their header lines."""
    found = []
    for path in sorted((SYNTHETIC / "fns").glob("*.py")):
        found.append((path, normalise(header_field(path, "class")), header_field(path, "input")))
    return found


def make_synthetic_bank(root: Path) -> list[Impl]:
    """Write problems/, stubs/, solutions/ for the synthetic functions under ``root``.

    Each problem's generator target is the function's own class (so only a fit that overshoots by a
    band and outgrows the reference could call it SLOW). The reference is O(1): it only matters for
    the SLOW decision, and a cheap one never times out first and leaves the time budget to the
    function under test.
    """
    impls = []
    for kind in ("problems", "stubs", "solutions"):
        (root / kind).mkdir(parents=True, exist_ok=True)
    for path, label, input_kind in synthetic_functions():
        spec_in = INPUTS[input_kind]
        pid = f"syn_{path.stem}"
        folder = root / "problems" / pid
        folder.mkdir()
        shutil.copyfile(SYNTHETIC / f"gen_{input_kind}.py", folder / "gen.py")
        args = load_module(folder / "gen.py", f"gen_{pid}").generate(5, random.Random(5))
        expected = load_module(path, f"fn_{pid}").solve(*args)
        spec = {
            "schema_version": 1, "id": pid, "title": path.stem, "difficulty": "easy", "track": "dsa",
            "patterns": ["math"], "mode": "function",
            "signature": {"function": "solve", "params": spec_in["params"], "returns": "any"},
            "checker": {"name": "exact"}, "limits": {"time_per_test": 2.0, "memory_mb": 512},
            "complexity": {"time": label, "space": "O(n)", "variables": {"n": spec_in["n"]},
                           "generator": {"n": spec_in["n"], "time": label, "space": "O(n)",
                                         "start": spec_in["start"], "max_n": spec_in["max_n"]}},
            "tests": [{"name": "n = 5", "args": args, "expected": expected}],
        }
        (folder / "problem.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
        (folder / "statement.md").write_text(f"# {path.stem}\n\nSynthetic benchmark function.\n", encoding="utf-8")
        stub = "def solve(*args):\n    raise NotImplementedError\n"
        (root / "stubs" / f"{pid}.py").write_text(stub, encoding="utf-8")
        (root / "solutions" / f"{pid}.py").write_text("def solve(*args):\n    return 0\n", encoding="utf-8")
        impls.append(Impl(f"syn:{path.stem}", pid, path, label, "synthetic", "synthetic", str(root), input_kind))
    return impls


# ---------------------------------------------------------------------------------------------
# Measuring


def judge_check(impl: Impl, backend, run: int) -> Outcome:
    """One check_complexity call, timed on the wall clock (that is what a user waits for)."""
    from judge.problems import get_problem

    with bank_env(impl.bank):
        problem = get_problem(impl.problem_id)
        started = time.perf_counter()
        try:
            measured = check_complexity(problem, impl.path, backend, impl.path.name)
        except Exception as exc:  # a JudgeError, or the sandbox itself going away (a Docker engine stopped)
            return Outcome(impl.name, run, time.perf_counter() - started, error=f"{type(exc).__name__}: {exc}"[:200])
        seconds = time.perf_counter() - started
    decision = measured.time
    fitted = decision.submission if decision else None
    return Outcome(impl.name, run, seconds,
                   best_class=fitted.best_class if fitted else None, fit_band=fitted.band if fitted else None,
                   slope=fitted.slope if fitted else None, ratio_slope=decision.ratio_slope if decision else None,
                   slow_time=bool(decision and decision.slow), slow_space=bool(measured.space and measured.space.slow),
                   sizes=[n for n, _, _ in decision.points] if decision else [], stop=measured.stop or measured.note)


def big_o_check(impl: Impl, run: int) -> BigOOutcome:
    """big_O on the same function and generator, given the same start, call target and budget as the judge.

    big_O has no size calibration of its own, so the largest size is found the judge's way (double
    from the generator's start until a call costs TARGET_SECONDS, the budget is spent or max_n is
    reached; a size whose call overran CALL_TIMEOUT is not used). It then times 10 sizes spaced
    linearly up to there, each timing repeated to last about 4 ms at the largest size, keeping the
    minimum of 3 timings. Only its 7 classes that match the judge's are offered (not Polynomial).
    """
    import big_o

    spec_in = INPUTS[impl.input_kind]
    func = load_module(impl.path, f"bigo_{impl.problem_id}").solve
    generate = load_module(SYNTHETIC / f"gen_{impl.input_kind}.py", f"bigo_gen_{impl.input_kind}").generate
    started = time.perf_counter()
    n, largest, largest_seconds = spec_in["start"], spec_in["start"], 1e-7
    while n <= spec_in["max_n"]:
        args = generate(n, random.Random(n))
        t0 = time.perf_counter()
        func(*args)
        seconds = time.perf_counter() - t0
        if seconds > CALL_TIMEOUT:
            break
        largest, largest_seconds = n, seconds
        if seconds >= TARGET_SECONDS or time.perf_counter() - started > BUDGET_SECONDS:
            break
        n *= 2
    repeats = max(1, min(1000, math.ceil(0.004 / max(largest_seconds, 1e-7))))
    classes = big_o_classes()
    try:
        best, _ = big_o.big_o(lambda args: func(*args), lambda size: generate(int(size), random.Random(int(size))),
                              min_n=spec_in["start"], max_n=largest, n_measures=10, n_repeats=repeats,
                              n_timings=3, classes=classes)
    except Exception as exc:
        return BigOOutcome(impl.name, run, time.perf_counter() - started, None, largest, f"{type(exc).__name__}: {exc}")
    return BigOOutcome(impl.name, run, time.perf_counter() - started, BIG_O_CLASSES[type(best).__name__], largest)


def big_o_classes() -> list[type]:
    """big_O's classes matching the judge's, made to compute their residuals explicitly.

    big_O 0.11 takes the residual of its linear-space fits from numpy's lstsq, which returns none
    when the matrix looks rank-deficient (n^3 at n ~ 2.6e5 is 1e16 times the constant column), and
    then fails with IndexError. Computing the residual from the fitted curve (what big_O already does
    for its log-space classes) gives the same number whenever lstsq would have given one.
    """
    import big_o

    return [type(name, (getattr(big_o.complexities, name),), {"_recalculate_fit_residuals": True})
            for name in BIG_O_CLASSES]


def _spin() -> None:
    while True:
        pass


@contextlib.contextmanager
def load(enabled: bool, processes: int = 2) -> Iterator[None]:
    """Keep ``processes`` cores busy with spinning processes (started here, stopped here, by pid)."""
    spinners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(processes if enabled else 0)]
    for spinner in spinners:
        spinner.start()
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.terminate()
            spinner.join()


def measure(impls: list[Impl], backend, runs: int, with_big_o: bool, progress: Callable[[str], None]):
    """All runs; each function's big_O estimate right after the judge's, so both meet the same noise."""
    outcomes, big = [], []
    for run in range(1, runs + 1):
        for impl in impls:
            outcome = judge_check(impl, backend, run)
            outcomes.append(outcome)
            if len(outcomes) >= 3 and all(o.error for o in outcomes[-3:]):
                progress(f"three checks in a row failed ({outcome.error[:80]}): stopping, reporting what was measured")
                return outcomes, big
            line = f"run {run} {impl.name:50} {outcome.seconds:5.2f} s  {outcome.best_class or outcome.error[:60]}"
            if impl.kind == "synthetic" and with_big_o:
                big.append(big_o_check(impl, run))
                line += f"   big_O: {big[-1].best_class or big[-1].error[:40]} ({big[-1].seconds:.2f} s)"
            progress(line + ("  SLOW" if outcome.slow else ""))
    return outcomes, big


# ---------------------------------------------------------------------------------------------
# Reporting


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}% ({hits}/{total})" if total else "n/a"


def confusion(pairs: list[tuple[str, str | None]]) -> str:
    """Rows: true class; columns: fitted class (or "none" when no fit came back)."""
    counts = Counter(pairs)
    columns = CLASS_NAMES + (["none"] if any(f is None for _, f in pairs) else [])
    rows = []
    for true in CLASS_NAMES:
        if any(t == true for t, _ in pairs):
            cells = [counts.get((true, c if c != "none" else None), 0) or "" for c in columns]
            rows.append([true, *cells])
    return tabulate(rows, headers=["true \\ fitted", *columns], tablefmt="github")


def accuracy_rows(groups: dict[str, list[tuple[str, str | None, int | None]]]) -> str:
    """Exact class, band of the best class (BAND[best_class]) and the Fit's own band (what SLOW uses)."""
    rows = []
    for name, items in groups.items():
        exact = sum(f == t for t, f, _ in items)
        band = sum(f is not None and BAND[f] == BAND[t] for t, f, _ in items)
        fit_band = sum(b is not None and b == BAND[t] for t, _, b in items)
        rows.append([name, len(items), pct(exact, len(items)), pct(band, len(items)),
                     pct(fit_band, len(items)) if any(b is not None for *_, b in items) else "n/a"])
    return tabulate(rows, headers=["set", "checks", "exact class", "band (BAND[best_class])", "band (Fit.band)"],
                    tablefmt="github")


def seconds_row(name: str, values: list[float]) -> list:
    return [name, len(values), f"{statistics.mean(values):.2f}", f"{statistics.median(values):.2f}",
            f"{max(values):.2f}"] if values else [name, 0, "", "", ""]


def report(impls: list[Impl], outcomes: list[Outcome], big: list[BigOOutcome], runs: int) -> str:
    by_name = {impl.name: impl for impl in impls}
    out: list[str] = []
    ok = [o for o in outcomes if not o.error]
    labelled = [(by_name[o.impl], o) for o in ok if by_name[o.impl].label]

    out.append("Confusion matrix, judge (all labelled implementations x runs):\n")
    out.append(confusion([(i.label, o.best_class) for i, o in labelled]))
    groups = {"bank (references, variants, impls)": [(i.label, o.best_class, o.fit_band) for i, o in labelled
                                                     if i.kind != "synthetic"],
              "synthetic": [(i.label, o.best_class, o.fit_band) for i, o in labelled if i.kind == "synthetic"]}
    groups["all"] = groups["bank (references, variants, impls)"] + groups["synthetic"]
    if big:
        groups["big_O, synthetic"] = [(by_name[b.impl].label, b.best_class, None) for b in big if not b.error]
    out.append("\nAccuracy:\n")
    out.append(accuracy_rows(groups))

    verdict_rows = []
    for kind, what in (("optimal", "false SLOW on optimal bank solutions"), ("worse", "SLOW on class-worse bank solutions")):
        for source in ("", "bank reference", "bank variant", "bench impl"):
            items = [o for o in ok if by_name[o.impl].kind == kind and source in by_name[o.impl].source]
            if not items or (source and len({by_name[o.impl].source for o in ok if by_name[o.impl].kind == kind}) < 2):
                continue
            per_run = [sum(o.slow for o in items if o.run == r) for r in range(1, runs + 1)]
            verdict_rows.append([f"{what}{f' ({source}s)' if source else ''}", pct(sum(o.slow for o in items), len(items)),
                                 " / ".join(map(str, per_run)), sum(o.slow_time for o in items),
                                 sum(o.slow_space for o in items)])
    syn = [o for o in ok if by_name[o.impl].kind == "synthetic"]
    verdict_rows.append(["SLOW on synthetic (target = own class)", pct(sum(o.slow_time for o in syn), len(syn)),
                         " / ".join(str(sum(o.slow_time for o in syn if o.run == r)) for r in range(1, runs + 1)),
                         sum(o.slow_time for o in syn), ""])
    out.append("\nVerdicts:\n")
    out.append(tabulate(verdict_rows, headers=["", "rate", "SLOW per run", "by time", "by space"], tablefmt="github"))

    errors = [o for o in outcomes if o.error]
    seconds = [seconds_row("check_complexity, bank", [o.seconds for o in outcomes if by_name[o.impl].kind != "synthetic"]),
               seconds_row("check_complexity, synthetic", [o.seconds for o in outcomes if by_name[o.impl].kind == "synthetic"]),
               seconds_row("check_complexity, all", [o.seconds for o in outcomes])]
    if big:
        seconds.append(seconds_row("big_O, synthetic", [b.seconds for b in big]))
    out.append("\nSeconds per problem (wall time of each call):\n")
    out.append(tabulate(seconds, headers=["", "calls", "mean", "median", "max"], tablefmt="github"))
    if errors:
        out.append("\nErrors (check_complexity raised):\n")
        out.extend(f"- {o.impl} run {o.run}: {o.error}" for o in errors)

    out.append("\nSynthetic functions, judge and big_O side by side (one entry per run):\n")
    big_by = defaultdict(list)
    for b in big:
        big_by[b.impl].append(b.best_class or "error")
    judge_by = defaultdict(list)
    for o in outcomes:
        judge_by[o.impl].append(o)
    rows = []
    for impl in impls:
        if impl.kind != "synthetic":
            continue
        fits = judge_by[impl.name]
        rows.append([impl.name[4:], impl.label, " ".join(_short(o.best_class) if not o.error else "error" for o in fits),
                     " ".join(f"{o.slope:.2f}" if o.slope is not None else "-" for o in fits),
                     " ".join(str(o.sizes[-1]) if o.sizes else "-" for o in fits),
                     " ".join(_short(c) for c in big_by[impl.name])])
    out.append(tabulate(rows, headers=["function", "true", "judge", "judge slope", "judge largest n", "big_O"],
                        tablefmt="github"))

    out.append("\nMisjudged (any run: class or band wrong, or a wrong verdict):\n")
    out.append(misjudged(impls, judge_by))
    out.append("\nSlowest checks (mean over runs; the ladder's sizes and why it ended):\n")
    out.append(slowest(impls, judge_by))
    return "\n".join(out)


def slowest(impls: list[Impl], judge_by: dict[str, list[Outcome]], count: int = 12) -> str:
    """The implementations whose check took longest, to see what costs the time (sizes reached, stops)."""
    measured = [i for i in impls if judge_by[i.name]]
    ranked = sorted(measured, key=lambda i: -statistics.mean(o.seconds for o in judge_by[i.name]))[:count]
    rows = [[i.name, f"{statistics.mean(o.seconds for o in judge_by[i.name]):.2f}",
             f"{max(o.seconds for o in judge_by[i.name]):.2f}",
             " ".join(str(o.sizes[-1]) if o.sizes else "-" for o in judge_by[i.name]),
             next((o.stop for o in judge_by[i.name] if o.stop), "")[:80]] for i in ranked]
    return tabulate(rows, headers=["implementation", "mean s", "max s", "largest n per run", "ladder stop"],
                    tablefmt="github")


def _short(name: str | None) -> str:
    return (name or "none").replace("O(", "").replace(")", "").replace(" ", "")


def misjudged(impls: list[Impl], judge_by: dict[str, list[Outcome]]) -> str:
    """One row per implementation with any miss, with what the ladder saw, to tell why."""
    rows = []
    for impl in impls:
        fits = judge_by[impl.name]
        wrong_verdict = any((impl.kind == "optimal" and o.slow) or (impl.kind == "worse" and not o.slow) for o in fits)
        wrong_exact = impl.label and any(o.best_class != impl.label for o in fits)
        wrong_band = impl.label and any(o.best_class is None or BAND[o.best_class] != BAND[impl.label] for o in fits)
        if not (wrong_verdict or wrong_exact or wrong_band or any(o.error for o in fits)):
            continue
        what = ", ".join(w for w, flag in (("verdict", wrong_verdict), ("band", wrong_band), ("class", wrong_exact))
                         if flag)
        rows.append([impl.name, impl.kind, impl.label or "?", what,
                     " ".join(_short(o.best_class) + ("/SLOW" if o.slow else "") if not o.error else "error" for o in fits),
                     " ".join(f"{o.slope:.2f}" if o.slope is not None else "-" for o in fits),
                     " ".join(f"{o.ratio_slope:.2f}" if o.ratio_slope is not None else "-" for o in fits),
                     " ".join(f"{o.sizes[0]}-{o.sizes[-1]}" if o.sizes else "-" for o in fits),
                     next((o.stop or o.error for o in fits if o.stop or o.error), "")[:90]])
    if not rows:
        return "(none)"
    return tabulate(rows, headers=["implementation", "kind", "true", "wrong", "fitted per run", "slope", "ratio slope",
                                   "sizes", "ladder stop"], tablefmt="github")


def judge_version() -> str:
    """A fingerprint of the code under test (others edit it concurrently; there is no git here)."""
    import hashlib

    digest = hashlib.sha256()
    for name in ("judge/measurement.py", "judge/harness/measure.py", "judge/complexity.py", "judge/sandbox/local.py",
                 "judge/sandbox/docker.py", "judge/harness/main.py"):
        digest.update((REPO / name).read_bytes())
    return digest.hexdigest()[:12]


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "")
    memory = ""
    with contextlib.suppress(OSError, StopIteration):
        kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    return (f"{platform.machine()}, {os.cpu_count()} cores ({model}){memory}, Python {platform.python_version()}, "
            f"{datetime.date.today().isoformat()}")


# ---------------------------------------------------------------------------------------------


def report_saved(path: Path) -> str:
    """The report of a results file written by an earlier run (to re-read it without measuring again)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    impls = [Impl(**{**i, "path": REPO / i["path"]}) for i in data["impls"]]
    outcomes = [Outcome(**o) for o in data["judge"]]
    big = [BigOOutcome(**b) for b in data["big_o"]]
    head = (f"machine: {data['machine']}\njudge code: {data.get('judge_code', '?')}\n"
            f"backend: {data['backend']}; condition: {data['condition']}; runs: {data['runs']}\n")
    return head + "\n".join(f"note: {n}" for n in data["notes"]) + "\n\n" + report(impls, outcomes, big, data["runs"])


def summary(paths: list[Path]) -> str:
    """One row per saved results file: the headline numbers against the targets, side by side."""
    rows = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        impls = {i["name"]: i for i in data["impls"]}
        ok = [o for o in data["judge"] if not o["error"]]
        labelled = [(impls[o["impl"]]["label"], o) for o in ok if impls[o["impl"]]["label"]]
        optimal = [o for o in ok if impls[o["impl"]]["kind"] == "optimal"]
        worse = [o for o in ok if impls[o["impl"]]["kind"] == "worse"]
        shipped = [o for o in worse if impls[o["impl"]]["source"] == "bank variant"]
        bank_s = [o["seconds"] for o in data["judge"] if impls[o["impl"]]["kind"] != "synthetic"]
        big = [(impls[b["impl"]]["label"], b["best_class"]) for b in data["big_o"] if b["best_class"]]
        is_slow = lambda o: o["slow_time"] or o["slow_space"]  # noqa: E731
        rows.append([f"{data['backend']} {data['condition']}", data.get("judge_code", "?"),
                     f"{sum(map(is_slow, optimal))}/{len(optimal)}",
                     f"{sum(map(is_slow, shipped))}/{len(shipped)}", f"{sum(map(is_slow, worse))}/{len(worse)}",
                     pct(sum(o["best_class"] == t for t, o in labelled), len(labelled)).split()[0],
                     pct(sum(o["best_class"] is not None and BAND[o["best_class"]] == BAND[t] for t, o in labelled),
                         len(labelled)).split()[0],
                     pct(sum(o["fit_band"] == BAND[t] for t, o in labelled), len(labelled)).split()[0],
                     f"{statistics.mean(bank_s):.2f} / {max(bank_s):.2f}",
                     pct(sum(f == t for t, f in big), len(big)).split()[0] + " / "
                     + pct(sum(BAND[f] == BAND[t] for t, f in big), len(big)).split()[0]])
    return tabulate(rows, headers=["condition", "judge code", "false SLOW (optimal)", "SLOW (shipped variants)",
                                   "SLOW (all class-worse)", "exact", "band (best_class)", "band (Fit.band)",
                                   "s/check bank mean / max", "big_O exact / band"], tablefmt="github")


def select(name: str):
    if name == "local":
        from judge.sandbox.local import LocalBackend
        return LocalBackend()
    from judge.sandbox import select_backend
    return select_backend("docker").backend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--load", action="store_true", help="keep both cores busy with 2 spinning processes")
    parser.add_argument("--backend", choices=("local", "docker"), default="local")
    parser.add_argument("--only", help="regex: measure only the implementations whose name matches")
    parser.add_argument("--no-big-o", action="store_true", help="skip the big_O comparison")
    parser.add_argument("--report", metavar="JSON", help="print the report of a saved results file, measuring nothing")
    parser.add_argument("--summary", metavar="JSON", nargs="+", help="one headline row per saved results file")
    options = parser.parse_args()
    if options.summary:
        print(summary([Path(p) for p in options.summary]))
        return
    if options.report:
        print(report_saved(Path(options.report)))
        return

    notes: list[str] = []
    try:
        backend = select(options.backend)
    except JudgeError as exc:
        sys.exit(f"run.py: {exc}")
    with tempfile.TemporaryDirectory(prefix="complexity-bench-") as scratch:
        impls = bank_impls(notes) + make_synthetic_bank(Path(scratch) / "bank")
        if options.only:
            impls = [i for i in impls if re.search(options.only, i.name)]
        impls = verify(impls, notes)
        condition = "load" if options.load else "quiet"
        print(f"machine: {machine()}")
        version = judge_version()  # before measuring: the files may change while the runs go on
        print(f"judge code: {version} (sha256 of measurement.py, harness/measure.py, complexity.py, "
              "sandbox/local.py, sandbox/docker.py, harness/main.py)")
        print(f"backend: {options.backend}; condition: {condition}"
              f"{' (2 spinning processes)' if options.load else ''}; runs: {options.runs}")
        kinds = Counter(i.kind for i in impls)
        print(f"implementations: {len(impls)} ({kinds['optimal']} optimal bank, {kinds['worse']} class-worse bank, "
              f"{kinds['synthetic']} synthetic) from {len({i.problem_id for i in impls if i.kind != 'synthetic'})} "
              f"bank problems")
        for note in notes:
            print(f"note: {note}")
        print(flush=True)
        with load(options.load):
            outcomes, big = measure(impls, backend, options.runs, not options.no_big_o,
                                    lambda line: print(line, file=sys.stderr, flush=True))
    text = report(impls, outcomes, big, options.runs)
    if judge_version() != version:
        text += (f"\n\nWARNING: the judge code changed during the runs ({version} -> {judge_version()}); "
                 "the numbers mix two versions.")
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{options.backend}-{condition}.txt").write_text(text + "\n", encoding="utf-8")
    dump = {"machine": machine(), "judge_code": version, "backend": options.backend, "condition": condition, "runs": options.runs,
            "notes": notes, "impls": [{**asdict(i), "path": str(i.path.relative_to(REPO)), "bank": None} for i in impls],
            "judge": [asdict(o) for o in outcomes], "big_o": [asdict(b) for b in big]}
    (RESULTS / f"{options.backend}-{condition}.json").write_text(json.dumps(dump, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
