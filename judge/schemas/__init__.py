"""The JSON Schemas (draft 7) that define the judge's files and its protocol with the harness.

Validation is two-speed: a compiled validator (fastjsonschema turns a schema into Python code,
~40x faster than jsonschema) decides valid or not, which matters where it runs once per test or per
record; only when data is invalid does jsonschema look again, for the precise message a user needs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import fastjsonschema

if TYPE_CHECKING:
    import jsonschema

SCHEMA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """The schema ``<name>.schema.json`` (problem, job, result_line, record)."""
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def compiled(name: str, definition: str | None = None) -> Callable[[Any], Any]:
    """A fast validator for schema ``name`` (or one of its definitions); raises ValueError when invalid."""
    schema = load_schema(name)
    if definition is not None:
        schema = {"$schema": schema["$schema"], "definitions": schema["definitions"],
                  "$ref": f"#/definitions/{definition}"}
    return fastjsonschema.compile(schema)


def first_error(name: str, data: Any) -> "jsonschema.ValidationError | None":
    """None when ``data`` is valid, else the most relevant error with its path and message."""
    try:
        compiled(name)(data)
        return None
    except fastjsonschema.JsonSchemaException as fast:
        import jsonschema  # only to explain invalid data; importing it costs ~40 ms on every command

        schema = load_schema(name)
        found = jsonschema.exceptions.best_match(jsonschema.Draft7Validator(schema).iter_errors(data))
        return found or jsonschema.ValidationError(fast.message.removeprefix("data").lstrip(". "))
