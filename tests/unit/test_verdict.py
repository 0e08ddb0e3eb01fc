"""judge.verdict: how test verdicts make a run verdict, and exit codes."""

from __future__ import annotations

import pytest

from judge.verdict import VERDICTS, exit_code, load_failure_verdict, run_verdict


def test_all_accepted_is_ac():
    assert run_verdict(["AC", "AC", "AC"]) == "AC"


@pytest.mark.parametrize("verdicts, expected", [
    (["AC", "WA", "TLE"], "WA"),
    (["AC", "TLE", "WA"], "TLE"),
    (["MLE", "WA"], "MLE"),
    (["AC", "AC", "RE"], "RE"),
    (["OLE", "AC"], "OLE"),
])
def test_first_failing_test_in_order_wins(verdicts, expected):
    assert run_verdict(verdicts) == expected


@pytest.mark.parametrize("verdicts", [["NA"], ["NA", "NA", "NA"], ["NA", "SKIP"]])
def test_all_not_attempted_is_na(verdicts):
    assert run_verdict(verdicts) == "NA"


def test_nothing_ran_is_na():
    assert run_verdict([]) == "NA"
    assert run_verdict(["SKIP", "SKIP"]) == "NA"


@pytest.mark.parametrize("verdicts", [["AC", "NA"], ["NA", "AC"], ["AC", "NA", "WA"]])
def test_na_next_to_ac_is_re(verdicts):
    assert run_verdict(verdicts) == "RE"


def test_na_after_a_real_failure_does_not_hide_it():
    assert run_verdict(["WA", "NA", "AC"]) == "WA"


def test_skip_is_ignored():
    assert run_verdict(["SKIP", "AC", "SKIP"]) == "AC"
    assert run_verdict(["AC", "SKIP", "WA"]) == "WA"
    assert run_verdict(["SKIP", "NA"]) == "NA"


def test_load_failure_verdict():
    assert load_failure_verdict("timeout") == "TLE"
    assert load_failure_verdict("syntax") == "CE"
    assert load_failure_verdict("import") == "CE"


def test_exit_codes():
    assert exit_code("AC") == 0
    assert exit_code("IE") == 3
    for verdict in set(VERDICTS) - {"AC", "IE"}:
        assert exit_code(verdict) == 1, verdict


def test_every_verdict_is_described():
    assert set(VERDICTS) == {"AC", "WA", "TLE", "MLE", "RE", "CE", "OLE", "NA", "IE", "SLOW"}
    assert all(VERDICTS.values())
