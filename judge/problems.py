"""Load and validate problem specs; find problems in the bank by id.

Validation is two layers: the JSON Schema (shape, vocabularies) and the checks a schema cannot
express (types parse, every test's args and expected decode against the signature, names are
unique). Either way the error is one sentence naming the file, the field and the fix.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from judge import bank
from judge.errors import UsageError
from judge.harness.codec import DecodeError, decode
from judge.harness.typespec import Type, TypeSyntaxError, parse_type
from judge.schemas import first_error

DEFAULT_OUTPUT_KB = 1024
FORMAT_DOC = "docs/problem-format.md"


class SpecError(UsageError):
    """A problem spec that cannot be used, with the file and field that are wrong."""

    def __init__(self, path: Path, field: str, problem: str, fix: str):
        where = f"{path}: {field}: " if field else f"{path}: "
        super().__init__(f"{where}{problem}; {fix}")


class UnknownProblem(UsageError):
    """A problem id that is not in the bank; the message suggests the closest ones."""


@dataclass(frozen=True)
class TestCase:
    name: str
    args: list
    expected: Any
    explanation: str = ""


@dataclass(frozen=True)
class Limits:
    time_per_test: float
    memory_mb: int
    output_kb: int


@dataclass(frozen=True)
class Problem:
    id: str
    title: str
    difficulty: str
    track: str
    patterns: tuple[str, ...]
    mode: str
    signature: dict
    checker: dict
    limits: Limits
    complexity: dict
    tests: tuple[TestCase, ...]
    directory: Path
    statement_file: str

    @property
    def spec_path(self) -> Path:
        return self.directory / "problem.json"

    @property
    def entry_name(self) -> str:
        """The name the user must define: the function, or the class in design mode."""
        return self.signature.get("class") or self.signature["function"]

    def statement(self) -> str:
        return (self.directory / self.statement_file).read_text(encoding="utf-8")

    def result_type(self) -> Type:
        """The type of what each test checks (the return value, or the mutated argument)."""
        if self.mode == "inplace":
            param = next(p for p in self.signature["params"] if p["name"] == self.signature["mutates"])
            return parse_type(param["type"])
        return parse_type(self.signature["returns"])

    def signature_text(self) -> str:
        """The Python signature a solution must have, as the stub writes it."""
        if self.mode == "design":
            lines = [f"class {self.signature['class']}:"]
            for method in self.signature["methods"]:
                params = ", ".join(["self"] + [f"{p['name']}: {p['type']}" for p in method["params"]])
                lines.append(f"    def {method['name']}({params}) -> {method.get('returns', 'None')}")
            return "\n".join(lines)
        params = ", ".join(f"{p['name']}: {p['type']}" for p in self.signature["params"])
        return f"def {self.signature['function']}({params}) -> {self.signature['returns']}"


def load_problem(directory: Path) -> Problem:
    """Read, validate and return the problem in ``directory``; raise SpecError when it is malformed."""
    path = directory / "problem.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(path, "", "the file does not exist", f"create it as described in {FORMAT_DOC}") from None
    except json.JSONDecodeError as exc:
        raise SpecError(path, f"line {exc.lineno} column {exc.colno}", f"invalid JSON ({exc.msg})",
                        "fix the JSON syntax there") from None
    _check_schema(path, data)
    problem = Problem(
        id=data["id"], title=data["title"], difficulty=data["difficulty"], track=data["track"],
        patterns=tuple(data["patterns"]), mode=data["mode"], signature=data["signature"],
        checker=data["checker"], complexity=data["complexity"],
        limits=Limits(float(data["limits"]["time_per_test"]), data["limits"]["memory_mb"],
                      data["limits"].get("output_kb", DEFAULT_OUTPUT_KB)),
        tests=tuple(TestCase(t["name"], t["args"], t["expected"], t.get("explanation", "")) for t in data["tests"]),
        directory=directory, statement_file=data.get("statement", "statement.md"),
    )
    _check_semantics(path, problem)
    return problem


def _check_schema(path: Path, data: Any) -> None:
    error = first_error("problem", data)
    if error is not None:
        field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        raise SpecError(path, field or "(top level)", error.message,
                        f"see {FORMAT_DOC} and judge/schemas/problem.schema.json for the allowed values")


def _check_semantics(path: Path, problem: Problem) -> None:
    if problem.id != problem.directory.name:
        raise SpecError(path, "id", f"'{problem.id}' differs from the folder name '{problem.directory.name}'",
                        "make them the same")
    if not (problem.directory / problem.statement_file).is_file():
        raise SpecError(path, "statement", f"{problem.statement_file} does not exist next to problem.json",
                        "write the statement there")
    is_design = "class" in problem.signature
    if (problem.mode == "design") != is_design:
        raise SpecError(path, "signature", f"mode '{problem.mode}' does not match a "
                        f"{'class' if is_design else 'function'} signature",
                        "use a class signature exactly when mode is 'design'")
    if (problem.mode == "inplace") != ("mutates" in problem.signature):
        raise SpecError(path, "signature.mutates", "is required in inplace mode and only there",
                        "name the mutated parameter in inplace mode, drop it otherwise")
    if problem.checker["name"] == "custom":
        checker_file = problem.directory / problem.checker.get("file", "checker.py")
        if not checker_file.is_file():
            raise SpecError(path, "checker", f"the custom checker {checker_file.name} does not exist",
                            "add it next to problem.json with a check(args, expected, actual) function")
    names: set[str] = set()
    for number, test in enumerate(problem.tests):
        if test.name in names:
            raise SpecError(path, f"tests[{number}].name", f"'{test.name}' is used twice", "give each test its own name")
        names.add(test.name)
    if is_design:
        _check_design(path, problem)
    else:
        _check_function(path, problem)


def _parse(path: Path, field: str, text: str) -> Type:
    try:
        return parse_type(text)
    except TypeSyntaxError as exc:
        raise SpecError(path, field, str(exc), f"write a type from the grammar in {FORMAT_DOC}") from None


def _decode(path: Path, field: str, value: Any, typ: Type) -> None:
    try:
        decode(value, typ)
    except DecodeError as exc:
        raise SpecError(path, field + exc.path, str(exc).removeprefix(exc.path + ": "),
                        f"make the value match the declared type {typ}") from None


def _check_function(path: Path, problem: Problem) -> None:
    params = problem.signature["params"]
    types = [_parse(path, f"signature.params[{i}].type", p["type"]) for i, p in enumerate(params)]
    if problem.mode == "inplace" and problem.signature["mutates"] not in [p["name"] for p in params]:
        raise SpecError(path, "signature.mutates", f"'{problem.signature['mutates']}' is not a parameter",
                        "name one of the parameters")
    result = _parse(path, "signature.returns", problem.signature["returns"])
    if problem.mode == "inplace":
        result = problem.result_type()
    for number, test in enumerate(problem.tests):
        field = f"tests[{number}]"
        if len(test.args) != len(types):
            raise SpecError(path, f"{field}.args", f"has {len(test.args)} values for {len(types)} parameters",
                            "give one value per parameter, in order")
        for position, (value, typ) in enumerate(zip(test.args, types)):
            _decode(path, f"{field}.args[{position}]", value, typ)
        _decode(path, f"{field}.expected", test.expected, result)


def _check_design(path: Path, problem: Problem) -> None:
    methods = {m["name"]: m for m in problem.signature["methods"]}
    if "__init__" not in methods:
        raise SpecError(path, "signature.methods", "has no __init__", "describe the constructor's parameters")
    for i, method in enumerate(problem.signature["methods"]):
        for j, param in enumerate(method["params"]):
            _parse(path, f"signature.methods[{i}].params[{j}].type", param["type"])
        _parse(path, f"signature.methods[{i}].returns", method.get("returns", "None"))
    cls = problem.signature["class"]
    for number, test in enumerate(problem.tests):
        field = f"tests[{number}]"
        calls = test.args
        if not calls or not all(isinstance(c, list) and c and isinstance(c[0], str) for c in calls):
            raise SpecError(path, f"{field}.args", "is not a list of calls like [\"get\", 1]",
                            "write each call as [method name, arg, ...]")
        if calls[0][0] != cls:
            raise SpecError(path, f"{field}.args[0]", f"the first call must construct {cls}",
                            f"start with [\"{cls}\", ...constructor args]")
        if not isinstance(test.expected, list) or len(test.expected) != len(calls):
            raise SpecError(path, f"{field}.expected", "must list one result per call",
                            "give null for the constructor and for methods that return nothing")
        for k, (name, *args) in enumerate(calls):
            method = methods.get("__init__" if k == 0 else name)
            if method is None or (k > 0 and name == "__init__"):
                raise SpecError(path, f"{field}.args[{k}]", f"calls unknown method '{name}'",
                                "call one of the methods in the signature")
            if len(args) != len(method["params"]):
                raise SpecError(path, f"{field}.args[{k}]", f"passes {len(args)} values to {name}, "
                                f"which takes {len(method['params'])}", "match the method's parameters")
            for j, (value, param) in enumerate(zip(args, method["params"])):
                _decode(path, f"{field}.args[{k}][{j + 1}]", value, parse_type(param["type"]))
            _decode(path, f"{field}.expected[{k}]", test.expected[k], parse_type(method.get("returns", "None")))


def problem_ids() -> list[str]:
    root = bank.problems_dir()
    return sorted(p.name for p in root.iterdir() if (p / "problem.json").is_file()) if root.is_dir() else []


@lru_cache(maxsize=None)
def get_problem(problem_id: str) -> Problem:
    """The bank's problem ``problem_id``; UnknownProblem names the closest ids when there is none."""
    ids = problem_ids()
    if problem_id not in ids:
        raise UnknownProblem(unknown_problem_message(problem_id, ids))
    return load_problem(bank.problems_dir() / problem_id)


def unknown_problem_message(name: str, ids: list[str]) -> str:
    close = difflib.get_close_matches(name.lower().replace("-", "_"), ids, n=3, cutoff=0.5)
    close += [i for i in ids if name.lower() in i and i not in close][: 3 - len(close)]
    hint = f"did you mean {', '.join(close)}?" if close else "run 'judge list' to see the problem ids."
    return f"no problem named '{name}' in the bank; {hint}"


def all_problems() -> list[Problem]:
    return [get_problem(i) for i in problem_ids()]
