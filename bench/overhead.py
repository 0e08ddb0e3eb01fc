"""Benchmark: what the judge itself costs, measured side by side in one run.

1. `judge run two_sum --reference --no-complexity` wall time minus the time spent inside the solution
   (the complexity check is measured by bench/complexity).
2. Per-test overhead of the harness on a problem with N tests (default 5,000): the whole
   `judge run` against calling the same reference solution in a plain loop on the same inputs.

    python bench/overhead.py [--tests 5000] [--repeat 5]

Numbers go to BENCHMARKS.md by hand, with the machine and the command.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def judge_json(args: list[str], env: dict[str, str]) -> tuple[float, dict]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "judge", *args, "--json", "--sandbox", "local", "--no-complexity"],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    report = json.loads(done.stdout)
    assert report["verdict"] == "AC", report["message"]
    return wall, report


def make_bank(folder: Path, tests: int) -> None:
    """A bank with one problem: two_sum with ``tests`` generated test cases."""
    rng = random.Random(7)
    spec = json.loads((REPO / "problems" / "two_sum" / "problem.json").read_text())
    cases = []
    for number in range(tests):
        nums = rng.sample(range(-10_000, 10_000), 8)
        i, j = sorted(rng.sample(range(8), 2))
        target = nums[i] + nums[j]
        if any(nums[a] + nums[b] == target for a in range(8) for b in range(a + 1, 8) if (a, b) != (i, j)):
            continue  # keep the answer unique
        cases.append({"name": f"generated {number}", "args": [nums, target], "expected": [i, j]})
    spec.update(id="many_tests", tests=cases)
    problem = folder / "problems" / "many_tests"
    problem.mkdir(parents=True)
    (problem / "problem.json").write_text(json.dumps(spec))
    shutil.copy(REPO / "problems" / "two_sum" / "statement.md", problem)
    for kind in ("stubs", "solutions"):
        (folder / kind).mkdir()
        shutil.copy(REPO / kind / "two_sum.py", folder / kind / "many_tests.py")


def plain_loop(cases: list[dict]) -> float:
    """The same reference solution called on the same inputs with nothing around it."""
    spec = importlib.util.spec_from_file_location("reference", REPO / "solutions" / "two_sum.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    started = time.perf_counter()
    for case in cases:
        module.two_sum(list(case["args"][0]), case["args"][1])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tests", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    with tempfile.TemporaryDirectory() as scratch:
        env["JUDGE_WORKSPACE"] = str(Path(scratch) / "ws")
        startup = [_time([sys.executable, "-c", "import judge.cli"], env) for _ in range(options.repeat)]
        walls, inside = [], []
        for _ in range(options.repeat):
            wall, report = judge_json(["run", "two_sum", "--reference"], env)
            walls.append(wall)
            inside.append(sum(t["time"] for t in report["tests"]))
        bank = Path(scratch) / "bank"
        make_bank(bank, options.tests)
        cases = json.loads((bank / "problems" / "many_tests" / "problem.json").read_text())["tests"]
        many_env = dict(env, JUDGE_BANK=str(bank))
        judged = [judge_json(["run", "many_tests", "--reference"], many_env)[0] for _ in range(options.repeat)]
        loops = [plain_loop(cases) for _ in range(options.repeat)]
    wall, solution = statistics.median(walls), statistics.median(inside)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"python -c 'import judge.cli':        median {statistics.median(startup) * 1000:7.1f} ms")
    print(f"judge run two_sum --reference:       median {wall * 1000:7.1f} ms wall, "
          f"{solution * 1000:.2f} ms inside the solution -> overhead {(wall - solution) * 1000:.1f} ms")
    n = len(cases)
    judged_median, loop_median = statistics.median(judged), statistics.median(loops)
    print(f"{n} tests, judge run:                 median {judged_median * 1000:7.1f} ms wall")
    print(f"{n} tests, plain loop:                median {loop_median * 1000:7.1f} ms")
    small = len(report["tests"])
    marginal = (judged_median - wall - (loop_median - solution)) / (n - small)
    print(f"per-test overhead: {(judged_median - loop_median) / n * 1e6:.1f} µs averaged with the fixed cost, "
          f"{marginal * 1e6:.1f} µs per extra test (vs two_sum's {small} tests)")


def _time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
