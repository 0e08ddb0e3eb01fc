"""The JSON Schemas that define the judge's files and its protocol with the harness."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema

SCHEMA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict:
    """The schema ``<name>.schema.json`` (problem, job, result_line, record)."""
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def validator(name: str) -> jsonschema.protocols.Validator:
    schema = load_schema(name)
    return jsonschema.validators.validator_for(schema)(schema)
