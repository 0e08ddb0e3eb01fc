"""The type grammar of problem signatures, e.g. ``list[tuple[int, int]]`` or ``optional[TreeNode]``.

Stdlib only: the harness parses the same strings inside the sandbox that the host validates.

    type   := NAME | NAME "[" type ("," type)* "]" | NAME "[" type "," "..." "]"
    scalars: int float bool str None any
    generic: list[T] set[T] tuple[T1, T2, ...] tuple[T, ...] dict[K, V] optional[T]
    nodes:   ListNode  ListNode[T]  TreeNode  TreeNode[T]   (T defaults to int)
    aliases: grid[T] = matrix[T] = list[list[T]]      adjacency = list[list[int]]
             edges = list[tuple[int, int]]            weighted_edges = list[tuple[int, int, int]]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SCALARS = frozenset({"int", "float", "bool", "str", "None", "any"})
ARITY = {"list": 1, "set": 1, "optional": 1, "dict": 2, "grid": 1, "matrix": 1, "ListNode": 1, "TreeNode": 1}
ALIASES = {
    "adjacency": "list[list[int]]",
    "edges": "list[tuple[int, int]]",
    "weighted_edges": "list[tuple[int, int, int]]",
}
_TOKEN = re.compile(r"\s*(\.\.\.|[A-Za-z_][A-Za-z_0-9]*|[\[\],])")


class TypeSyntaxError(ValueError):
    """A type string that does not follow the grammar."""


@dataclass(frozen=True)
class Type:
    """A parsed type: ``name`` plus its parameters (``variadic`` for ``tuple[T, ...]``)."""

    name: str
    args: tuple["Type", ...] = ()
    variadic: bool = False

    def __str__(self) -> str:
        if not self.args:
            return self.name
        inner = ", ".join(str(a) for a in self.args) + (", ..." if self.variadic else "")
        return f"{self.name}[{inner}]"


@lru_cache(maxsize=512)
def parse_type(text: str) -> Type:
    """Parse ``text`` into a Type, expanding aliases; raise TypeSyntaxError with the reason.

    Cached: every test decodes its arguments by the same few type strings.
    """
    tokens = _tokenize(text)
    parsed, rest = _parse(tokens, text)
    if rest:
        raise TypeSyntaxError(f"unexpected {rest[0]!r} after the type in {text!r}")
    return parsed


def _tokenize(text: str) -> list[str]:
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise TypeSyntaxError(f"cannot read {text[pos:]!r} in type {text!r}")
        tokens.append(match.group(1))
        pos = match.end()
    if not tokens:
        raise TypeSyntaxError("empty type")
    return tokens


def _parse(tokens: list[str], text: str) -> tuple[Type, list[str]]:
    name, rest = tokens[0], tokens[1:]
    if name in ALIASES:
        return parse_type(ALIASES[name]), rest
    if not (name in SCALARS or name in ARITY or name == "tuple"):
        raise TypeSyntaxError(f"unknown type name {name!r} in {text!r}")
    if not rest or rest[0] != "[":
        if name in ("ListNode", "TreeNode"):
            return Type(name, (Type("int"),)), rest
        if name in SCALARS:
            return Type(name), rest
        raise TypeSyntaxError(f"{name} needs parameters in {text!r}, e.g. {name}[int]")
    if name in SCALARS:
        raise TypeSyntaxError(f"{name} takes no parameters in {text!r}")
    args: list[Type] = []
    variadic = False
    rest = rest[1:]
    while True:
        if rest and rest[0] == "...":
            if name != "tuple" or len(args) != 1 or rest[1:2] not in ([], ["]"]):
                raise TypeSyntaxError(f"'...' is only allowed as tuple[T, ...] in {text!r}")
            variadic, rest = True, rest[1:]
        else:
            arg, rest = _parse(rest, text) if rest else (None, rest)
            if arg is None:
                raise TypeSyntaxError(f"unclosed '[' in {text!r}")
            args.append(arg)
        if not rest:
            raise TypeSyntaxError(f"unclosed '[' in {text!r}")
        if rest[0] == "]":
            rest = rest[1:]
            break
        if rest[0] != ",":
            raise TypeSyntaxError(f"expected ',' or ']' but found {rest[0]!r} in {text!r}")
        rest = rest[1:]
    if name in ARITY and len(args) != ARITY[name]:
        raise TypeSyntaxError(f"{name} takes {ARITY[name]} parameter(s), got {len(args)} in {text!r}")
    if name in ("grid", "matrix"):
        return Type("list", (Type("list", (args[0],)),)), rest
    return Type(name, tuple(args), variadic), rest
