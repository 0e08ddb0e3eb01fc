"""judge.harness.codec: type-directed decode of spec JSON, and tagged-JSON encode of real objects."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from judge.harness.codec import DecodeError, canonical, decode, encode
from judge.harness.structures import ListNode, TreeNode, build_list, build_tree
from judge.harness.typespec import parse_type


def dec(value, type_text):
    return decode(value, parse_type(type_text))


def decode_error(value, type_text) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        dec(value, type_text)
    return info.value


def list_values(head):
    out = []
    while head is not None:
        out.append(head.val)
        head = head.next
    return out


# ---- decode: scalars ------------------------------------------------------------------------


def test_int_and_str_and_bool_pass_through():
    assert dec(5, "int") == 5 and type(dec(5, "int")) is int
    assert dec("hi", "str") == "hi"
    assert dec(False, "bool") is False


def test_bool_is_not_int():
    assert "expected an integer" in str(decode_error(True, "int"))


def test_int_is_not_bool():
    assert "expected a boolean" in str(decode_error(1, "bool"))


def test_float_accepts_int_and_returns_a_float():
    value = dec(3, "float")
    assert value == 3.0 and type(value) is float


def test_float_rejects_bool_and_other_strings():
    assert "expected a number" in str(decode_error(True, "float"))
    assert "expected a number" in str(decode_error("1.5", "float"))


@pytest.mark.parametrize("text, check", [
    ("nan", math.isnan),
    ("inf", lambda v: v == math.inf),
    ("-inf", lambda v: v == -math.inf),
])
def test_float_accepts_nan_and_infinities_as_strings(text, check):
    assert check(dec(text, "float"))


def test_float_too_large_is_a_decode_error():
    decode_error(10**400, "float")


def test_none_and_any():
    assert dec(None, "None") is None
    assert "expected null" in str(decode_error(0, "None"))
    payload = {"a": [1, "x", None]}
    assert dec(payload, "any") is payload


def test_optional():
    assert dec(None, "optional[int]") is None
    assert dec(4, "optional[int]") == 4
    assert "expected an integer" in str(decode_error("4", "optional[int]"))


# ---- decode: containers ---------------------------------------------------------------------


def test_list_and_nested_list():
    assert dec([[1, 2], []], "list[list[int]]") == [[1, 2], []]


def test_tuple_fixed():
    value = dec([1, "a", 2.5], "tuple[int, str, float]")
    assert value == (1, "a", 2.5) and type(value) is tuple


def test_tuple_fixed_wrong_length():
    error = decode_error([1, 2, 3], "tuple[int, int]")
    assert "expected 2 items" in str(error) and "got 3" in str(error)


def test_tuple_variadic():
    assert dec([1, 2, 3], "tuple[int, ...]") == (1, 2, 3)
    assert dec([], "tuple[int, ...]") == ()


def test_edges_alias_gives_tuples():
    assert dec([[0, 1], [1, 2]], "edges") == [(0, 1), (1, 2)]


def test_set():
    value = dec([3, 1, 3], "set[int]")
    assert value == {1, 3} and type(value) is set


def test_set_of_tuples():
    assert dec([[1, 2], [1, 2], [3, 4]], "set[tuple[int, int]]") == {(1, 2), (3, 4)}


def test_dict_with_str_keys_keeps_them():
    assert dec({"1": 2}, "dict[str, int]") == {"1": 2}


def test_dict_with_int_keys_from_json_string_keys():
    value = dec({"1": [2], "-7": []}, "dict[int, list[int]]")
    assert value == {1: [2], -7: []}
    assert all(type(k) is int for k in value)


def test_dict_with_int_keys_from_pairs():
    assert dec([[1, "a"], [2, "b"]], "dict[int, str]") == {1: "a", 2: "b"}


def test_dict_with_tuple_keys_from_pairs():
    assert dec([[[0, 1], 5]], "dict[tuple[int, int], int]") == {(0, 1): 5}


def test_dict_key_that_is_not_json():
    assert "is not valid JSON" in str(decode_error({"a": 1}, "dict[int, int]"))


def test_dict_key_of_the_wrong_type():
    assert "expected an integer" in str(decode_error({'"a"': 1}, "dict[int, int]"))


def test_dict_from_something_else():
    assert "list of [key, value] pairs" in str(decode_error([[1, 2, 3]], "dict[int, int]"))
    assert "list of [key, value] pairs" in str(decode_error(5, "dict[int, int]"))


def test_array_expected():
    assert "expected a JSON array for list[int]" in str(decode_error({"a": 1}, "list[int]"))


# ---- decode: nodes --------------------------------------------------------------------------


def test_list_node():
    head = dec([1, 2, 3], "ListNode")
    assert isinstance(head, ListNode) and list_values(head) == [1, 2, 3]


def test_list_node_of_str_and_empty():
    assert list_values(dec(["a", "b"], "ListNode[str]")) == ["a", "b"]
    assert dec([], "ListNode") is None
    assert dec(None, "optional[ListNode]") is None


def test_tree_node_level_order():
    root = dec([1, None, 2, 3], "TreeNode")
    assert isinstance(root, TreeNode) and root.val == 1 and root.left is None
    assert root.right.val == 2 and root.right.left.val == 3 and root.right.right is None


def test_tree_node_values_are_typed():
    assert "expected an integer" in str(decode_error([1, "x"], "TreeNode"))
    assert dec([], "TreeNode") is None


# ---- decode: error paths --------------------------------------------------------------------


def test_error_path_names_the_index():
    error = decode_error([1, 2, "x"], "list[int]")
    assert error.path == "[2]"
    assert str(error).startswith("[2]: ") and '"x"' in str(error)


def test_error_path_in_nested_containers():
    assert decode_error([[1], [2, None]], "list[list[int]]").path == "[1][1]"
    assert decode_error([[1, "a"], [2, 3]], "list[tuple[int, int]]").path == "[0][1]"
    assert decode_error([1, "x"], "ListNode").path == "[1]"


def test_error_path_in_dict_value_and_key():
    assert decode_error({"k": [1, "x"]}, "dict[str, list[int]]").path == "['k'][1]"
    assert decode_error([["a", 1]], "dict[int, int]").path == ".key('a')"


def test_error_at_top_level_has_no_path():
    error = decode_error("x", "int")
    assert error.path == "" and str(error).startswith("expected an integer")


# ---- encode ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, True, False, 0, -3, 10**30, 1.5, "", "text", [1, [2, "a"]], []])
def test_plain_json_values_encode_as_themselves(value):
    assert encode(value) == value
    assert type(encode(value)) is type(value)


def test_tuple():
    assert encode((1, (2, 3))) == {"$tuple": [1, {"$tuple": [2, 3]}]}


def test_set_is_sorted_canonically():
    assert encode({3, 1, 2}) == {"$set": [1, 2, 3]}
    assert encode(frozenset({"b", "a"})) == {"$set": ["a", "b"]}
    assert encode({(2, 1), (1, 2)}) == {"$set": [{"$tuple": [1, 2]}, {"$tuple": [2, 1]}]}


def test_dict_is_a_sorted_list_of_pairs():
    assert encode({2: "b", 1: ["a"]}) == {"$dict": [[1, ["a"]], [2, "b"]]}
    assert encode({(0, 1): 1}) == {"$dict": [[{"$tuple": [0, 1]}, 1]]}


def test_linked_list():
    assert encode(build_list([1, 2, 3])) == {"$ListNode": [1, 2, 3]}


def test_tree_trims_trailing_nulls():
    assert encode(build_tree([1, None, 2])) == {"$TreeNode": [1, None, 2]}
    assert encode(build_tree([1, 2, 3, None, None, None, None])) == {"$TreeNode": [1, 2, 3]}
    assert encode(TreeNode(5)) == {"$TreeNode": [5]}


@pytest.mark.parametrize("value, tag", [(float("nan"), "nan"), (math.inf, "inf"), (-math.inf, "-inf")])
def test_non_finite_floats_are_tagged(value, tag):
    encoded = encode(value)
    assert encoded == {"$float": tag}
    json.dumps(encoded, allow_nan=False)  # the tagged form is strict JSON


class Opaque:
    def __repr__(self):
        return "Opaque()"


def test_arbitrary_object():
    assert encode(Opaque()) == {"$object": "Opaque", "repr": "Opaque()"}


def test_object_whose_eq_always_returns_true_matches_nothing():
    class Liar:
        def __eq__(self, other):
            return True

        __hash__ = object.__hash__

    encoded = encode(Liar())
    assert encoded["$object"] == "Liar"
    assert encoded != [1, 2] and encoded != encode([1, 2])


def test_object_whose_repr_raises():
    class Bad:
        def __repr__(self):
            raise RuntimeError("boom")

    assert encode(Bad()) == {"$object": "Bad", "repr": "<Bad whose repr raised RuntimeError>"}


def test_long_repr_is_cut():
    class Long:
        def __repr__(self):
            return "x" * 1000

    assert len(encode(Long())["repr"]) < 300


def test_int_subclass_encodes_as_its_real_value():
    class LyingInt(int):
        def __int__(self):
            return 42

        def __index__(self):
            return 42

        def __eq__(self, other):
            return True

        __hash__ = int.__hash__

        def __repr__(self):
            return "42"

    encoded = encode(LyingInt(7))
    assert encoded == 7 and type(encoded) is int


def test_str_subclass_encodes_as_its_real_value():
    class LyingStr(str):
        def __str__(self):
            return "lie"

        def __eq__(self, other):
            return True

        __hash__ = str.__hash__

    encoded = encode(LyingStr("real"))
    assert type(encoded) is str and str.__eq__(encoded, "real")


def test_float_subclass_encodes_as_its_real_value():
    class LyingFloat(float):
        def __float__(self):
            return 42.0

    encoded = encode(LyingFloat(7.5))
    assert encoded == 7.5 and type(encoded) is float


def test_list_subclass_with_overridden_eq_encodes_as_its_items():
    class LyingList(list):
        def __eq__(self, other):
            return True

        def __len__(self):
            return 0

    encoded = encode(LyingList([9, 8]))
    assert type(encoded) is list and encoded == [9, 8]


def test_list_subclass_with_overridden_iter_encodes_its_real_items():
    class LyingList(list):
        def __iter__(self):
            return iter([1, 2, 3])

    assert encode(LyingList([9])) == [9]


def test_dict_subclass_with_overridden_items_encodes_its_real_items():
    class LyingDict(dict):
        def items(self):
            return [(1, 1)]

    assert encode(LyingDict({5: 5})) == {"$dict": [[5, 5]]}


def test_object_spoofing_its_class_does_not_make_encode_raise():
    class Spoof:
        @property
        def __class__(self):
            return int

    assert encode(Spoof())["$object"] == "Spoof"


def test_user_defined_list_node_class_is_a_linked_list():
    class ListNode:  # noqa: F811 - the solution's own class of the same name
        def __init__(self, val, next=None):
            self.val = val
            self.next = next

    assert encode(ListNode(1, ListNode(2))) == {"$ListNode": [1, 2]}


def test_user_defined_tree_node_class_is_a_tree():
    class TreeNode:  # noqa: F811
        def __init__(self, val, left=None, right=None):
            self.val, self.left, self.right = val, left, right

    assert encode(TreeNode(1, None, TreeNode(2))) == {"$TreeNode": [1, None, 2]}


def test_class_named_list_node_without_next_is_an_object():
    class ListNode:  # noqa: F811
        def __init__(self):
            self.val = 1

    assert encode(ListNode())["$object"] == "ListNode"


def test_cyclic_linked_list_is_an_error():
    head = build_list([1, 2, 3])
    head.next.next.next = head.next
    encoded = encode(head)
    assert set(encoded) == {"$error"} and "cycle" in encoded["$error"]


def test_tree_with_shared_node_is_an_error():
    shared = TreeNode(2)
    encoded = encode(TreeNode(1, shared, shared))
    assert set(encoded) == {"$error"} and "shared node" in encoded["$error"]


def test_tree_with_cycle_is_an_error():
    root = TreeNode(1, TreeNode(2))
    root.left.right = root
    assert "$error" in encode(root)


def test_too_deep_nesting_is_an_error():
    value: list = []
    for _ in range(100_000):
        value = [value]
    assert "$error" in encode(value)


def test_numpy_array_becomes_nested_lists():
    encoded = encode(np.array([[1, 2], [3, 4]]))
    assert encoded == [[1, 2], [3, 4]] and all(type(x) is int for row in encoded for x in row)


def test_numpy_float_array_with_nan():
    assert encode(np.array([0.5, np.nan])) == [0.5, {"$float": "nan"}]


@pytest.mark.parametrize("scalar, expected, kind", [
    (np.int64(3), 3, int),
    (np.float64(1.5), 1.5, float),
    (np.float32(0.5), 0.5, float),
    (np.bool_(True), True, bool),
])
def test_numpy_scalars_become_numbers(scalar, expected, kind):
    encoded = encode(scalar)
    assert encoded == expected and type(encoded) is kind


def test_encoded_values_are_json():
    value = {1: [(1, 2.5)], 2: {frozenset({3})}, 3: build_list([1]), 4: float("nan")}
    encoded = encode(value)
    assert json.loads(json.dumps(encoded, allow_nan=False)) == encoded


def test_canonical_is_order_independent_for_objects():
    assert canonical({"b": 1, "a": 2}) == canonical({"a": 2, "b": 1})
    assert canonical([1, 2]) != canonical([2, 1])


# ---- round trips: encode(decode(json, T)) ---------------------------------------------------


@pytest.mark.parametrize("value, type_text, expected", [
    (7, "int", 7),
    (2, "float", 2.0),
    (2.5, "float", 2.5),
    ("nan", "float", {"$float": "nan"}),
    ("-inf", "float", {"$float": "-inf"}),
    (True, "bool", True),
    ("s", "str", "s"),
    (None, "None", None),
    ({"x": [1, 2]}, "any", {"$dict": [["x", [1, 2]]]}),
    ([1, 2], "list[int]", [1, 2]),
    ([[1], [2, 3]], "grid[int]", [[1], [2, 3]]),
    ([[1], [0, 2]], "adjacency", [[1], [0, 2]]),
    ([3, 1, 1], "set[int]", {"$set": [1, 3]}),
    ([1, "a"], "tuple[int, str]", {"$tuple": [1, "a"]}),
    ([1, 2, 3], "tuple[int, ...]", {"$tuple": [1, 2, 3]}),
    ([[0, 1, 5]], "weighted_edges", [{"$tuple": [0, 1, 5]}]),
    ({"2": "b", "1": "a"}, "dict[int, str]", {"$dict": [[1, "a"], [2, "b"]]}),
    ([[2, "b"], [1, "a"]], "dict[int, str]", {"$dict": [[1, "a"], [2, "b"]]}),
    ({"k": [1.0]}, "dict[str, list[float]]", {"$dict": [["k", [1.0]]]}),
    (None, "optional[list[int]]", None),
    ([5], "optional[list[int]]", [5]),
    ([1, 2, 3], "ListNode", {"$ListNode": [1, 2, 3]}),
    (["a"], "ListNode[str]", {"$ListNode": ["a"]}),
    ([], "optional[ListNode]", None),
    ([1, None, 2, 3], "TreeNode", {"$TreeNode": [1, None, 2, 3]}),
    ([1, 2, None], "TreeNode", {"$TreeNode": [1, 2]}),
    (["r", "l"], "TreeNode[str]", {"$TreeNode": ["r", "l"]}),
    ([], "optional[TreeNode]", None),
])
def test_round_trip(value, type_text, expected):
    assert encode(dec(value, type_text)) == expected
