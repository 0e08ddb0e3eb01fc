"""judge.problems: loading and validating specs, and finding problems in the bank."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Callable

import pytest

from judge import bank
from judge.errors import UsageError
from judge.problems import (
    SpecError,
    UnknownProblem,
    get_problem,
    load_problem,
    problem_ids,
    unknown_problem_message,
)

REAL_IDS = problem_ids()


def write_problem(tmp_path: Path, source: str = "two_sum", change: Callable[[dict], None] | None = None,
                  *, keep_tests: int = 3, folder: str | None = None) -> Path:
    """Copy the bank's ``source`` spec (first ``keep_tests`` tests) into tmp_path, apply ``change``."""
    original = bank.problems_dir() / source
    data = json.loads((original / "problem.json").read_text(encoding="utf-8"))
    data["tests"] = data["tests"][:keep_tests]
    if change:
        change(data)
    directory = tmp_path / (folder or source)
    directory.mkdir()
    (directory / "problem.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    shutil.copy(original / "statement.md", directory / "statement.md")
    for extra in original.glob("*.py"):
        shutil.copy(extra, directory / extra.name)
    return directory


def spec_error(directory: Path) -> str:
    """The SpecError message for the problem in ``directory``; it must name the spec file."""
    with pytest.raises(SpecError) as info:
        load_problem(directory)
    message = str(info.value)
    assert str(directory / "problem.json") in message
    return message


# ---- valid specs ----------------------------------------------------------------------------


def test_copied_spec_loads(tmp_path):
    directory = write_problem(tmp_path)
    problem = load_problem(directory)
    assert problem.id == "two_sum" and problem.mode == "function" and len(problem.tests) == 3
    assert problem.entry_name == "two_sum"
    assert problem.limits.output_kb == 1024  # default when limits.output_kb is absent
    assert problem.signature_text() == "def two_sum(nums: list[int], target: int) -> list[int]"
    assert str(problem.result_type()) == "list[int]"
    assert problem.statement() == (directory / "statement.md").read_text(encoding="utf-8")
    assert problem.spec_path == directory / "problem.json"


def test_inplace_result_type_is_the_mutated_parameter(tmp_path):
    problem = load_problem(write_problem(tmp_path, "move_zeroes"))
    assert problem.mode == "inplace" and str(problem.result_type()) == "list[int]"


def test_design_spec_loads(tmp_path):
    problem = load_problem(write_problem(tmp_path, "lru_cache"))
    assert problem.entry_name == "LRUCache"
    assert problem.signature_text().startswith("class LRUCache:")


def test_spec_error_is_a_usage_error():
    assert issubclass(SpecError, UsageError) and issubclass(UnknownProblem, UsageError)


# ---- file-level errors ----------------------------------------------------------------------


def test_missing_problem_json(tmp_path):
    (tmp_path / "ghost").mkdir()
    assert "the file does not exist" in spec_error(tmp_path / "ghost")


def test_invalid_json_names_line_and_column(tmp_path):
    directory = write_problem(tmp_path)
    (directory / "problem.json").write_text(
        '{\n  "schema_version": 1,\n  "id": "two_sum"\n  "title": "x"\n}', encoding="utf-8")
    message = spec_error(directory)
    assert "line 4 column 3" in message and "invalid JSON" in message


# ---- schema errors --------------------------------------------------------------------------


def _set(key, value):
    return lambda data: data.__setitem__(key, value)


def test_bad_difficulty(tmp_path):
    message = spec_error(write_problem(tmp_path, change=_set("difficulty", "trivial")))
    assert ": difficulty: " in message and "'trivial'" in message


def test_unknown_pattern(tmp_path):
    message = spec_error(write_problem(tmp_path, change=_set("patterns", ["arrays & hashing", "magic"])))
    assert ": patterns[1]: " in message and "'magic'" in message


def test_missing_field(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d.pop("title")))
    assert "'title' is a required property" in message


def test_unexpected_field(tmp_path):
    message = spec_error(write_problem(tmp_path, change=_set("author", "me")))
    assert "'author'" in message


def test_bad_limit(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["limits"].__setitem__("memory_mb", 1)))
    assert "limits.memory_mb" in message


def test_test_without_expected(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["tests"][1].pop("expected")))
    assert "tests[1]" in message and "'expected' is a required property" in message


# ---- semantic errors ------------------------------------------------------------------------


def test_id_differs_from_folder(tmp_path):
    message = spec_error(write_problem(tmp_path, folder="twosum"))
    assert ": id: 'two_sum' differs from the folder name 'twosum'" in message


def test_missing_statement(tmp_path):
    directory = write_problem(tmp_path)
    (directory / "statement.md").unlink()
    message = spec_error(directory)
    assert ": statement: statement.md does not exist" in message


def test_bad_param_type(tmp_path):
    def change(data):
        data["signature"]["params"][0]["type"] = "list[int"

    message = spec_error(write_problem(tmp_path, change=change))
    assert "signature.params[0].type" in message and "unclosed '['" in message


def test_unknown_return_type(tmp_path):
    def change(data):
        data["signature"]["returns"] = "array[int]"

    message = spec_error(write_problem(tmp_path, change=change))
    assert "signature.returns" in message and "unknown type name 'array'" in message


def test_wrong_args_count(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["tests"][0]["args"].pop()))
    assert "tests[0].args" in message and "has 1 values for 2 parameters" in message


def test_arg_of_the_wrong_type(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["tests"][2]["args"].__setitem__(1, "9")))
    assert "tests[2].args[1]" in message and "expected an integer" in message


def test_expected_of_the_wrong_type(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["tests"][0].__setitem__("expected", "0, 1")))
    assert ": tests[0].expected: " in message and "list[int]" in message


def test_expected_item_of_the_wrong_type(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["tests"][1].__setitem__("expected", [0, 1.5])))
    assert "tests[1].expected[1]" in message and "expected an integer" in message


def test_duplicate_test_names(tmp_path):
    def change(data):
        data["tests"][2]["name"] = data["tests"][0]["name"]

    message = spec_error(write_problem(tmp_path, change=change))
    assert "tests[2].name" in message and "used twice" in message


def test_inplace_without_mutates(tmp_path):
    message = spec_error(write_problem(tmp_path, "move_zeroes", lambda d: d["signature"].pop("mutates")))
    assert "signature.mutates" in message and "inplace" in message


def test_mutates_outside_inplace_mode(tmp_path):
    message = spec_error(write_problem(tmp_path, change=lambda d: d["signature"].__setitem__("mutates", "nums")))
    assert "signature.mutates" in message


def test_mutates_names_no_parameter(tmp_path):
    message = spec_error(write_problem(tmp_path, "move_zeroes", lambda d: d["signature"].__setitem__("mutates", "xs")))
    assert "'xs' is not a parameter" in message


def test_class_signature_outside_design_mode(tmp_path):
    message = spec_error(write_problem(tmp_path, "lru_cache", _set("mode", "function")))
    assert ": signature: " in message and "mode 'function'" in message


def test_custom_checker_file_missing(tmp_path):
    directory = write_problem(tmp_path, "course_schedule_order")
    (directory / "checker.py").unlink()
    message = spec_error(directory)
    assert ": checker: " in message and "checker.py does not exist" in message


def test_unhashable_set_element_type(tmp_path):
    def change(data):
        data["signature"]["returns"] = "set[list[int]]"
        for test in data["tests"]:
            test["expected"] = [test["expected"]]

    spec_error(write_problem(tmp_path, change=change))


# ---- design mode ----------------------------------------------------------------------------


def _first_test(change):
    def apply(data):
        change(data["tests"][0])
    return apply


def test_design_first_call_must_construct(tmp_path):
    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(lambda t: t["args"][0].__setitem__(0, "put"))))
    assert "tests[0].args[0]" in message and "must construct LRUCache" in message


def test_design_unknown_method(tmp_path):
    def change(test):
        test["args"][1] = ["pop", 1]

    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))
    assert "tests[0].args[1]" in message and "unknown method 'pop'" in message


def test_design_constructor_called_again(tmp_path):
    def change(test):
        test["args"][1] = ["__init__", 1]

    assert "unknown method '__init__'" in spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))


def test_design_expected_length(tmp_path):
    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(lambda t: t["expected"].pop())))
    assert "tests[0].expected" in message and "one result per call" in message


def test_design_wrong_number_of_method_args(tmp_path):
    def change(test):
        test["args"][1] = ["put", 1]

    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))
    assert "tests[0].args[1]" in message and "passes 1 values to put, which takes 2" in message


def test_design_method_arg_of_wrong_type(tmp_path):
    def change(test):
        test["args"][1] = ["put", "1", 10]

    assert "tests[0].args[1][1]" in spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))


def test_design_expected_of_wrong_type(tmp_path):
    def change(test):
        test["expected"][3] = "ten"  # the result of get(1)

    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))
    assert "tests[0].expected[3]" in message and "expected an integer" in message


def test_design_calls_must_be_lists(tmp_path):
    def change(test):
        test["args"][1] = "put"

    message = spec_error(write_problem(tmp_path, "lru_cache", _first_test(change)))
    assert "tests[0].args" in message and "list of calls" in message


def test_design_without_init(tmp_path):
    def change(data):
        data["signature"]["methods"] = [m for m in data["signature"]["methods"] if m["name"] != "__init__"]

    assert "has no __init__" in spec_error(write_problem(tmp_path, "lru_cache", change))


# ---- the real bank --------------------------------------------------------------------------


def test_bank_is_not_empty():
    assert len(REAL_IDS) >= 10 and "two_sum" in REAL_IDS


@pytest.mark.parametrize("problem_id", REAL_IDS)
def test_bank_problem_is_complete(problem_id):
    problem = load_problem(bank.problems_dir() / problem_id)
    assert problem.id == problem_id
    assert len(problem.tests) >= 15
    assert (bank.stubs_dir() / f"{problem_id}.py").is_file()
    assert (bank.solutions_dir() / f"{problem_id}.py").is_file()
    assert problem.statement().strip()


def test_get_problem_finds_a_bank_problem():
    assert get_problem("two_sum").title == "Two Sum"


def test_get_problem_unknown_id():
    with pytest.raises(UnknownProblem, match="did you mean two_sum"):
        get_problem("two_summ")


@pytest.mark.parametrize("name", ["two_summ", "two-sum", "Two_Sum", "twosum"])
def test_unknown_problem_suggests_close_ids(name):
    message = unknown_problem_message(name, REAL_IDS)
    assert f"no problem named '{name}'" in message and "did you mean" in message and "two_sum" in message


def test_unknown_problem_suggests_by_substring():
    message = unknown_problem_message("island", ["number_of_islands", "two_sum"])
    assert "did you mean number_of_islands?" in message


def test_unknown_problem_falls_back_to_judge_list():
    message = unknown_problem_message("qqqqqqqq", REAL_IDS)
    assert "did you mean" not in message and "run 'judge list'" in message
