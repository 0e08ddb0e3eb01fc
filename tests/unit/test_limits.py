"""judge/limits.py: the Kattis rule and its per-machine cache."""

from __future__ import annotations

from judge import limits
from judge.problems import get_problem
from judge.sandbox.local import LocalBackend


def test_rule_doubles_rounds_up_floors_and_caps():
    assert limits.rule(0.001, 5.0) == limits.FLOOR
    assert limits.rule(0.73, 5.0) == 1.5  # 1.46 rounded up to 0.1 s
    assert limits.rule(1.2, 5.0) == 2.4
    assert limits.rule(4.0, 5.0) == 5.0  # never above the spec's own limit


def test_calibration_runs_once_and_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    problem = get_problem("two_sum")
    backend = LocalBackend()
    calls = []
    import judge.runner as runner

    real = runner.execute
    monkeypatch.setattr(runner, "execute", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = limits.with_calibrated_limit(problem, backend)
    second = limits.with_calibrated_limit(problem, backend)
    assert first.limits.time_per_test == second.limits.time_per_test == limits.FLOOR
    assert len(calls) == 1
    assert limits.cache_key(problem, backend) in (tmp_path / "judge" / "limits.json").read_text()


def test_corrupt_cache_recalibrates(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "judge").mkdir()
    (tmp_path / "judge" / "limits.json").write_text("{not json")
    problem = limits.with_calibrated_limit(get_problem("two_sum"), LocalBackend())
    assert problem.limits.time_per_test == limits.FLOOR
