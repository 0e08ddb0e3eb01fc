"""judge.values: kind, render and plain for every tagged form."""

from __future__ import annotations

import math

import pytest

from judge.harness.codec import encode
from judge.harness.structures import build_list, build_tree
from judge.values import TAGS, items, kind, number, plain, render

OBJECT = {"$object": "Foo", "repr": "Foo(1)"}
ERROR = {"$error": "the linked list has a cycle (after 3 nodes)"}


@pytest.mark.parametrize("value, expected", [
    (None, "None"),
    (True, "bool"),
    (1, "int"),
    (1.5, "float"),
    ({"$float": "nan"}, "float"),
    ("s", "str"),
    ([1], "list"),
    ({"$tuple": [1]}, "tuple"),
    ({"$set": [1]}, "set"),
    ({"$dict": [[1, 2]]}, "dict"),
    ({"$ListNode": [1]}, "ListNode"),
    ({"$TreeNode": [1]}, "TreeNode"),
    (OBJECT, "object"),
    (ERROR, "error"),
])
def test_kind(value, expected):
    assert kind(value) == expected


def test_every_tag_has_a_kind():
    assert {kind({tag: []}) for tag in TAGS} == {"tuple", "set", "dict", "ListNode", "TreeNode", "float", "object", "error"}


def test_number():
    assert number(3) == 3.0 and number(2.5) == 2.5
    assert math.isnan(number({"$float": "nan"})) and number({"$float": "-inf"}) == -math.inf
    assert number(True) is None and number("1") is None and number([1]) is None


def test_items():
    assert items([1, 2]) == [1, 2]
    assert items({"$tuple": [3]}) == [3]
    assert items({"$ListNode": [4, 5]}) == [4, 5]


@pytest.mark.parametrize("value, expected", [
    (None, "None"),
    (True, "True"),
    (7, "7"),
    (1.0, "1.0"),
    ({"$float": "nan"}, "nan"),
    ({"$float": "-inf"}, "-inf"),
    ("a'b", repr("a'b")),
    ([1, "a", [None]], "[1, 'a', [None]]"),
    ({"$tuple": [1]}, "(1,)"),
    ({"$tuple": [1, 2]}, "(1, 2)"),
    ({"$tuple": []}, "()"),
    ({"$set": [1, 2]}, "{1, 2}"),
    ({"$set": []}, "set()"),
    ({"$dict": [[1, "a"], [2, [3]]]}, "{1: 'a', 2: [3]}"),
    ({"$dict": []}, "{}"),
    ({"$ListNode": [1, 2, 3]}, "1 -> 2 -> 3"),
    ({"$ListNode": []}, "None (empty list)"),
    ({"$TreeNode": [1, None, 2]}, "TreeNode[1, null, 2]"),
    (OBJECT, "<Foo object: Foo(1)>"),
    (ERROR, "<the linked list has a cycle (after 3 nodes)>"),
])
def test_render(value, expected):
    assert render(value) == expected


def test_render_nested_tags():
    assert render(encode([(1, {2}), {3: build_list([4])}])) == "[(1, {2}), {3: 4}]"


def test_render_cuts_to_limit():
    text = render(list(range(1000)), 50)
    assert len(text) == 50 and text.endswith("...") and text.startswith("[0, 1, 2")
    assert render([1, 2], 50) == "[1, 2]"


@pytest.mark.parametrize("value, expected", [
    (None, None),
    (True, True),
    (3, 3),
    ("s", "s"),
    ([1, [2]], [1, [2]]),
    ({"$tuple": [1, {"$tuple": [2]}]}, [1, [2]]),
    ({"$set": [1, 2]}, [1, 2]),
    ({"$ListNode": [1, 2]}, [1, 2]),
    ({"$TreeNode": [1, None, 2]}, [1, None, 2]),
    ({"$dict": [[1, [2]]]}, {1: [2]}),
    ({"$dict": [[{"$tuple": [0, 1]}, 5]]}, {(0, 1): 5}),
    ({"$float": "inf"}, math.inf),
    (OBJECT, OBJECT),
])
def test_plain(value, expected):
    assert plain(value) == expected


def test_plain_nan_is_a_float():
    value = plain([{"$float": "nan"}])[0]
    assert isinstance(value, float) and math.isnan(value)


def test_plain_of_encoded_structures():
    assert plain(encode(build_tree([1, 2, None, 3]))) == [1, 2, None, 3]
    assert plain(encode({"k": (1, frozenset({2}))})) == {"k": [1, [2]]}
