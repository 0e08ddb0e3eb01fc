"""Backend selection and the `judge sandbox` commands, against the real engine."""

from __future__ import annotations

import json
from pathlib import Path

NO_ENGINE = {"DOCKER_HOST": "unix:///nonexistent/docker.sock"}


def test_auto_uses_docker_and_records_it(judge, docker_backend):
    done = judge("run", "two_sum", "--reference", "--json", "--workspace", str(judge.workspace),
                 env={"JUDGE_SANDBOX": "auto"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sandbox"] == "docker"
    assert judge.records()[-1]["sandbox"] == "docker"
    assert "warning" not in done.stderr


def test_docker_judges_every_verdict_like_local(judge, docker_backend):
    for name, verdict in (("two_sum_wa.py", "WA"), ("two_sum_re.py", "RE"), ("two_sum_ce.py", "CE"),
                          ("two_sum_always_equal.py", "WA"), ("two_sum_exit_midway.py", "RE")):
        code, report = judge.run_json("two_sum", "--sandbox", "docker", "--solution", _sub(name))
        assert report["verdict"] == verdict, (name, report["message"])
        assert report["sandbox"] == "docker"


def test_auto_falls_back_to_local_with_one_warning(judge):
    done = judge("run", "two_sum", "--reference", "--json", "--workspace", str(judge.workspace),
                 env={"JUDGE_SANDBOX": "auto", **NO_ENGINE})
    assert done.returncode == 0
    assert json.loads(done.stdout)["sandbox"] == "local"
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "does not isolate" in warnings[0] and "judge sandbox build" in warnings[0]


def test_docker_without_an_engine_is_exit_3(judge):
    done = judge("run", "two_sum", "--reference", "--sandbox", "docker", "--workspace", str(judge.workspace),
                 env=NO_ENGINE)
    assert done.returncode == 3
    assert "--sandbox docker cannot be used: no Docker engine is reachable" in done.stderr
    assert "Traceback" not in done.stderr
    assert judge.records() == []  # nothing was judged, nothing recorded


def test_status_reports_engine_image_and_choice(judge, docker_backend):
    done = judge("sandbox", "status", "--json")
    report = json.loads(done.stdout)
    assert report["engine"].startswith("reachable") and report["image_present"] is True
    assert report["auto"] == "docker" and report["image"] == docker_backend.image
    offline = json.loads(judge("sandbox", "status", "--json", env=NO_ENGINE).stdout)
    assert offline["auto"] == "local" and "no Docker engine is reachable" in offline["engine"]


def test_build_from_a_base_that_cannot_be_pulled_names_base(judge, docker_backend):
    done = judge("sandbox", "build", "--base", "judge-no-such-base:never")
    assert done.returncode == 3
    assert "cannot be pulled" in done.stderr and "--base" in done.stderr


def _sub(name: str) -> str:
    return str(Path(__file__).parent / "submissions" / name)
