"""The JSON Schemas that define the judge's files and its protocol with the harness."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import fastjsonschema
import jsonschema

SCHEMA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """The schema ``<name>.schema.json`` (problem, job, result_line, record)."""
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def validator(name: str) -> jsonschema.protocols.Validator:
    """A jsonschema validator: slower, but with the precise error messages specs need."""
    schema = load_schema(name)
    return jsonschema.validators.validator_for(schema)(schema)


@lru_cache(maxsize=None)
def line_validator(line_type: str) -> Callable[[Any], Any]:
    """A compiled validator for one kind of harness result line (the hot path: one call per test).

    fastjsonschema turns the schema into Python code, ~40x faster than jsonschema here; a bad line
    raises fastjsonschema.JsonSchemaException (a ValueError).
    """
    schema = load_schema("result_line")
    return fastjsonschema.compile({"$schema": schema["$schema"], "definitions": schema["definitions"],
                                   "$ref": f"#/definitions/{line_type}"})
