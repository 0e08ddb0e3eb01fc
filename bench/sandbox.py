"""Benchmark: the Docker backend against the local one, side by side in one run.

1. A warm `judge run two_sum --reference --no-complexity` (image built, engine up) per backend, and a bare
   `docker run --rm IMAGE true` for the container start alone.
2. `judge validate` over the whole bank per backend, with -j 1 and -j 2.

    python bench/sandbox.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stdout[-500:]} {done.stderr[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    from judge.sandbox.image import image_tag

    env = {k: v for k, v in os.environ.items() if not k.startswith("JUDGE_")}
    judge = [sys.executable, "-m", "judge"]
    with tempfile.TemporaryDirectory() as scratch:
        env["JUDGE_WORKSPACE"] = scratch
        rows = []
        bare = [timed(["docker", "run", "--rm", "--network", "none", image_tag(), "true"], env)
                for _ in range(options.repeat)]
        rows.append(("docker run --rm IMAGE true", statistics.median(bare)))
        for backend in ("local", "docker"):
            runs = [timed(judge + ["run", "two_sum", "--reference", "--no-complexity", "--sandbox", backend], env)
                    for _ in range(options.repeat)]
            rows.append((f"judge run two_sum --reference --sandbox {backend}", statistics.median(runs)))
        for backend in ("local", "docker"):
            for jobs in (1, 2):
                runs = [timed(judge + ["validate", "--sandbox", backend, "-j", str(jobs)], env)
                        for _ in range(max(1, options.repeat // 2))]
                rows.append((f"judge validate --sandbox {backend} -j {jobs}", statistics.median(runs)))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for name, seconds in rows:
        print(f"{name:<52} median {seconds:6.2f} s")


if __name__ == "__main__":
    main()
