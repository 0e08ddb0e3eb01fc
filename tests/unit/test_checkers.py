"""judge.checkers over tagged values produced by encode()."""

from __future__ import annotations

import re

import pytest

from judge.checkers import CheckCase, run_checker
from judge.errors import JudgeError
from judge.harness.codec import encode
from judge.harness.structures import build_list, build_tree


def check(expected, actual, **options):
    """The checker's message for Python values ``expected`` and ``actual`` (None when accepted)."""
    return run_checker(CheckCase(encode(expected), encode(actual), options))


# ---- exact ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 1.5, "s", True, None, [1, [2]], (1, 2), {1, 2}, {1: [2]},
                                   build_list([1, 2]), build_tree([1, None, 2]), float("nan")])
def test_exact_accepts_equal_values(value):
    assert check(value, value) is None


def test_exact_is_the_default():
    assert run_checker(CheckCase(encode(1), encode(2))) is not None
    assert check(1, 2) == check(1, 2, name="exact")


@pytest.mark.parametrize("expected, actual, fragment", [
    (1, True, "expected an int (1), got a bool (True)"),
    (True, 1, "expected a bool (True), got an int (1)"),
    (1, 1.0, "expected an int (1), got a float (1.0)"),
    ([1, 2], (1, 2), "expected a list ([1, 2]), got a tuple ((1, 2))"),
    ((1, 2), [1, 2], "expected a tuple"),
    ([1], None, "got None"),
    ("1", 1, "expected a str ('1'), got an int (1)"),
])
def test_exact_is_type_strict(expected, actual, fragment):
    message = check(expected, actual)
    assert message is not None and fragment in message


def test_exact_names_the_position():
    assert check([1, 2, 3], [1, 5, 3]) == "at [1]: expected 2, got 5"


def test_exact_names_the_nested_position():
    message = check([[1, 2], [3, 4]], [[1, 2], [3, 0]])
    assert "at [1][1]" in message and "expected 4, got 0" in message


def test_exact_type_mismatch_inside_a_list():
    assert "at [0]: expected an int (1), got a bool (True)" == check([1], [True])


def test_exact_reports_lengths():
    missing = check([1, 2, 3], [1, 2])
    assert "expected 3 items, got 2" in missing and "missing from position 2" in missing
    extra = check([1], [1, 7, 8])
    assert "expected 1 items, got 3" in extra and "extra from position 1" in extra


def test_exact_linked_list_and_tree_messages():
    assert "node 1" in check(build_list([1, 2, 3]), build_list([1, 9, 3]))
    assert "expected 3 nodes, got 2" in check(build_list([1, 2, 3]), build_list([1, 2]))
    assert "level-order position 2" in check(build_tree([1, 2, 3]), build_tree([1, 2, 4]))


def test_exact_float_differs():
    assert check(0.1 + 0.2, 0.3) is not None
    assert check(float("nan"), 1.0) is not None


def test_tuples_as_lists_makes_tuple_and_list_equal():
    assert check([1, 2], (1, 2), tuples_as_lists=True) is None
    assert check([(1, 2), (3, 4)], [[1, 2], [3, 4]], tuples_as_lists=True) is None
    assert check({"k": (1, 2)}, {"k": [1, 2]}, tuples_as_lists=True) is None


def test_tuples_as_lists_still_compares_values():
    assert "at [1]" in check([1, 2], (1, 3), tuples_as_lists=True)


def test_without_tuples_as_lists_nested_tuple_fails():
    assert "at [0]" in check([(1, 2)], [[1, 2]])


# ---- float ----------------------------------------------------------------------------------


def test_float_tolerance_default():
    assert check(1.0, 1.0 + 1e-9, name="float") is None
    message = check(1.0, 1.001, name="float")
    assert "expected 1.0, got 1.001" in message and "beyond rel 1e-06 / abs 1e-09" in message


def test_float_tolerance_inside_nested_lists_and_dicts():
    assert check([[1.0, 2.0]], [[1.0 + 1e-10, 2.0 - 1e-10]], name="float") is None
    assert check({"a": [1.0], "b": (2.0,)}, {"a": [1.0 + 1e-10], "b": (2.0,)}, name="float") is None
    message = check({"a": [1.0]}, {"a": [1.1]}, name="float")
    assert "at ['a'][0]" in message


def test_float_rel_option():
    assert check(100.0, 100.5, name="float", rel=0.01) is None
    assert "beyond rel 0.001" in check(100.0, 100.5, name="float", rel=0.001)


def test_float_abs_option():
    assert check(0.0, 1e-5, name="float") is not None
    assert check(0.0, 1e-5, name="float", abs=1e-4) is None


def test_float_nan_equals_nan_and_inf_equals_inf():
    assert check(float("nan"), float("nan"), name="float") is None
    assert check([float("inf")], [float("inf")], name="float") is None
    assert check(float("inf"), float("-inf"), name="float") is not None
    assert check(float("nan"), 0.0, name="float") is not None


def test_float_int_and_float_compare_as_numbers():
    assert check(2, 2.0, name="float") is None


def test_float_bool_is_not_a_number():
    assert "got a bool (True)" in check(1, True, name="float")
    assert "got a bool (True)" in check([1.0], [True], name="float")


def test_float_non_numbers_compare_exactly():
    assert check(["a", 1.0], ["a", 1.0], name="float") is None
    assert "at [0]" in check(["a", 1.0], ["b", 1.0], name="float")


# ---- unordered ------------------------------------------------------------------------------


def test_unordered_accepts_any_top_level_order():
    assert check([1, 2, 3], [3, 1, 2], name="unordered") is None
    assert check([[1, 2], [3]], [[3], [1, 2]], name="unordered") is None


def test_unordered_inner_order_matters_without_nested():
    message = check([[1, 2], [3]], [[3], [2, 1]], name="unordered")
    assert "missing [1, 2]" in message and "unexpected [2, 1]" in message


def test_unordered_nested_ignores_inner_order():
    assert check([[1, 2], [3]], [[3], [2, 1]], name="unordered", nested=True) is None
    assert check([[[1, 2], [3]]], [[[3], [2, 1]]], name="unordered", nested=True) is None


def test_unordered_counts_duplicates():
    message = check(["a", "a", "b"], ["a", "b", "b"], name="unordered")
    assert message == "in any order, missing 'a'; unexpected 'b'"


def test_unordered_nested_counts_duplicates():
    message = check([[1, 2], [1, 2]], [[2, 1], [3]], name="unordered", nested=True)
    # one [1, 2] matched; the second is missing (shown in either inner order), [3] is extra
    assert re.fullmatch(r"in any order, missing \[(1, 2|2, 1)\]; unexpected \[3\]", message)


def test_unordered_missing_only_and_extra_only():
    assert check([1, 2, 3], [1, 2], name="unordered") == "in any order, missing 3"
    assert check([1], [1, 4], name="unordered") == "in any order, unexpected 4"


def test_unordered_is_type_strict_inside():
    assert check([1], [True], name="unordered") is not None


def test_unordered_needs_a_list():
    assert check([1], (1,), name="unordered").startswith("expected a list, got a tuple")


# ---- sets and dicts -------------------------------------------------------------------------


def test_set_difference_message():
    assert check({1, 2, 3}, {1, 2, 4}) == "set differs: missing 3; unexpected 4"


def test_set_order_does_not_matter():
    assert check({3, 1, 2}, {1, 2, 3}) is None


def test_nested_set_difference_names_position():
    assert check([{1}], [{2}]).startswith("at [0]: set differs")


def test_dict_missing_key():
    assert check({1: "a", 2: "b"}, {1: "a"}) == "missing key(s) 2"


def test_dict_extra_key():
    assert check({1: "a"}, {1: "a", 3: "c"}) == "unexpected key(s) 3"


def test_dict_value_difference_names_key():
    assert check({"k": [1, 2]}, {"k": [1, 3]}) == "at ['k'][1]: expected 2, got 3"


def test_dict_int_and_str_keys_differ():
    assert "missing key(s) 1" in check({1: 1}, {"1": 1})


# ---- custom ---------------------------------------------------------------------------------


def custom_case(directory, actual, *, file="checker.py", args=None, expected_json=None):
    options = {"name": "custom", "file": file}
    return CheckCase(encode(expected_json), encode(actual), options, args or [], expected_json, directory)


def write_checker(directory, body, name="checker.py"):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(body, encoding="utf-8")
    return directory


def test_custom_checker_accepts(tmp_path):
    folder = write_checker(tmp_path / "accepts", "def check(args, expected, actual):\n    return None\n")
    assert run_checker(custom_case(folder, [1])) is None


def test_custom_checker_gets_args_expected_and_plain_actual(tmp_path):
    folder = write_checker(tmp_path / "echo", (
        "def check(args, expected, actual):\n"
        "    return repr((args, expected, actual))\n"
    ))
    message = run_checker(custom_case(folder, (1, build_list([2, 3])), args=[[5]], expected_json=[1]))
    assert message == repr(([[5]], [1], [1, [2, 3]]))


def test_custom_checker_message(tmp_path):
    folder = write_checker(tmp_path / "rejects", (
        "def check(args, expected, actual):\n"
        "    return None if sum(actual) == args[0] else f'sum is {sum(actual)}, not {args[0]}'\n"
    ))
    assert run_checker(custom_case(folder, [1, 2], args=[3])) is None
    assert run_checker(custom_case(folder, [1, 1], args=[3])) == "sum is 2, not 3"


def test_custom_checker_other_file_name(tmp_path):
    folder = write_checker(tmp_path / "named", "def check(a, e, x):\n    return 'from other'\n", name="other.py")
    assert run_checker(custom_case(folder, 1, file="other.py")) == "from other"


def test_custom_checker_raising_is_a_judge_error(tmp_path):
    folder = write_checker(tmp_path / "raises", "def check(args, expected, actual):\n    raise KeyError('x')\n")
    with pytest.raises(JudgeError) as info:
        run_checker(custom_case(folder, [1]))
    assert "raises's custom checker failed" in str(info.value) and "KeyError" in str(info.value)


def test_custom_checker_file_without_check_is_a_judge_error(tmp_path):
    folder = write_checker(tmp_path / "nocheck", "CHECK = 1\n")
    with pytest.raises(JudgeError, match="defines no check"):
        run_checker(custom_case(folder, [1]))


# ---- errors in the output -------------------------------------------------------------------


def test_error_value_gives_a_message_for_every_checker(tmp_path):
    head = build_list([1, 2])
    head.next.next = head
    for options in ({}, {"name": "float"}, {"name": "unordered"}, {"name": "custom"}):
        message = run_checker(CheckCase(encode([1, 2]), encode(head), options, directory=tmp_path))
        assert message.startswith("the output cannot be compared") and "cycle" in message


def test_object_matches_nothing():
    class Liar:
        def __eq__(self, other):
            return True

        __hash__ = object.__hash__

    message = check([1, 2], Liar())
    assert message is not None and "Liar" in message
