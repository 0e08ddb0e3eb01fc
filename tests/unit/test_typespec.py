"""judge.harness.typespec: the type grammar of problem signatures."""

from __future__ import annotations

import pytest

from judge.harness.typespec import Type, TypeSyntaxError, parse_type

INT, STR, FLOAT, BOOL = Type("int"), Type("str"), Type("float"), Type("bool")


def list_of(t: Type) -> Type:
    return Type("list", (t,))


def tuple_of(*ts: Type, variadic: bool = False) -> Type:
    return Type("tuple", ts, variadic)


@pytest.mark.parametrize("name", ["int", "float", "bool", "str", "None", "any"])
def test_scalars_parse_to_a_bare_type(name):
    assert parse_type(name) == Type(name)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("list[int]", list_of(INT)),
        ("set[str]", Type("set", (STR,))),
        ("dict[int, list[str]]", Type("dict", (INT, list_of(STR)))),
        ("optional[int]", Type("optional", (INT,))),
        ("tuple[int, str, float]", tuple_of(INT, STR, FLOAT)),
        ("tuple[int]", tuple_of(INT)),
        ("tuple[int, ...]", tuple_of(INT, variadic=True)),
        ("list[tuple[str, ...]]", list_of(tuple_of(STR, variadic=True))),
        ("optional[list[optional[bool]]]", Type("optional", (list_of(Type("optional", (BOOL,))),))),
    ],
)
def test_generics(text, expected):
    assert parse_type(text) == expected


def test_variadic_flag_is_only_set_by_ellipsis():
    assert parse_type("tuple[int, ...]").variadic is True
    assert parse_type("tuple[int, int]").variadic is False


@pytest.mark.parametrize("node", ["ListNode", "TreeNode"])
def test_nodes_default_to_int_values(node):
    assert parse_type(node) == Type(node, (INT,))


@pytest.mark.parametrize("node", ["ListNode", "TreeNode"])
def test_nodes_take_a_value_type(node):
    assert parse_type(f"{node}[str]") == Type(node, (STR,))
    assert parse_type(f"optional[{node}]") == Type("optional", (Type(node, (INT,)),))


@pytest.mark.parametrize("alias", ["grid", "matrix"])
def test_grid_and_matrix_are_lists_of_lists(alias):
    assert parse_type(f"{alias}[str]") == list_of(list_of(STR))
    assert parse_type(f"{alias}[int]") == parse_type("list[list[int]]")


@pytest.mark.parametrize(
    "alias, expansion",
    [
        ("adjacency", "list[list[int]]"),
        ("edges", "list[tuple[int, int]]"),
        ("weighted_edges", "list[tuple[int, int, int]]"),
    ],
)
def test_parameterless_aliases_expand(alias, expansion):
    assert parse_type(alias) == parse_type(expansion)
    assert parse_type(f"list[{alias}]") == list_of(parse_type(expansion))


def test_whitespace_is_ignored():
    assert parse_type("  dict [ int ,list[ str ] ]  ") == Type("dict", (INT, list_of(STR)))


@pytest.mark.parametrize(
    "text",
    ["int", "list[int]", "dict[str, list[int]]", "tuple[int, ...]", "tuple[int, str]", "ListNode[str]", "optional[TreeNode]"],
)
def test_str_round_trips(text):
    parsed = parse_type(text)
    assert parse_type(str(parsed)) == parsed


# ---- malformed types ------------------------------------------------------------------------


def _error(text: str) -> str:
    with pytest.raises(TypeSyntaxError) as info:
        parse_type(text)
    return str(info.value)


def test_type_syntax_error_is_a_value_error():
    assert issubclass(TypeSyntaxError, ValueError)


@pytest.mark.parametrize("text, bad", [("foo", "foo"), ("list[Integer]", "Integer"), ("dict[str, nodes]", "nodes")])
def test_unknown_name(text, bad):
    message = _error(text)
    assert "unknown type name" in message and repr(bad) in message and text in message


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("dict[int]", "dict takes 2 parameter(s), got 1"),
        ("dict[int, int, int]", "dict takes 2 parameter(s), got 3"),
        ("list[int, str]", "list takes 1 parameter(s), got 2"),
        ("set[int, int]", "set takes 1 parameter(s), got 2"),
        ("optional[int, str]", "optional takes 1 parameter(s), got 2"),
        ("ListNode[int, int]", "ListNode takes 1 parameter(s), got 2"),
        ("grid[int, int]", "grid takes 1 parameter(s), got 2"),
    ],
)
def test_wrong_arity(text, fragment):
    assert fragment in _error(text)


@pytest.mark.parametrize("name", ["list", "set", "dict", "optional", "tuple", "grid", "matrix"])
def test_generic_without_parameters(name):
    message = _error(name)
    assert f"{name} needs parameters" in message and f"{name}[int]" in message


@pytest.mark.parametrize("text", ["list[int", "list[", "dict[int, list[str]", "tuple[int, ..."])
def test_unclosed_bracket(text):
    assert "unclosed '['" in _error(text)


@pytest.mark.parametrize("text", ["tuple[...]", "list[...]", "optional[int, ...]", "dict[str, ...]", "tuple[int, str, ...]"])
def test_misplaced_ellipsis(text):
    assert "'...' is only allowed as tuple[T, ...]" in _error(text)


def test_ellipsis_followed_by_a_type_is_rejected():
    _error("tuple[int, ..., int]")


def test_repeated_ellipsis_is_rejected():
    _error("tuple[int, ..., ...]")


@pytest.mark.parametrize("name", ["int", "str", "float", "bool", "None", "any"])
def test_parameters_on_a_scalar(name):
    assert f"{name} takes no parameters" in _error(f"{name}[int]")


@pytest.mark.parametrize("text, fragment", [
    ("", "empty type"),
    ("   ", "empty type"),
    ("list[int]]", "unexpected ']' after the type"),
    ("list[int] x", "unexpected 'x' after the type"),
    ("list[int; str]", "cannot read"),
    ("list[int str]", "expected ',' or ']' but found 'str'"),
    ("adjacency[int]", "unexpected '['"),
])
def test_other_syntax_errors(text, fragment):
    assert fragment in _error(text)


@pytest.mark.parametrize("text", ["tuple[]", "list[int,]", "ListNode[]"])
def test_empty_parameter_is_rejected(text):
    _error(text)
