"""The JSON Schema of the record, generated from the pydantic models, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from pipeline.errors import PipelineError
from pipeline.record import SCHEMA_VERSION, BrochureRecord

SCHEMA_ID_PREFIX = "urn:brochure-pipeline:schema:brochure-record:"
SCHEMA_ID = f"{SCHEMA_ID_PREFIX}{SCHEMA_VERSION}"
"""The schema's ``$id``: a name, not an address (schemas/README.md, "Where the schema lives"). One
``$id`` per version; the file is ``schemas/brochure-record.schema.json`` and ``brochure schema``."""


class RecordInvalid(PipelineError, ValueError):
    """A record does not match the schema; ``field`` is the JSON path of the first failing field."""

    def __init__(self, field: str, reason: str):
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


def generate_schema() -> dict[str, Any]:
    """The schema as the models define it (what ``schemas/brochure-record.schema.json`` must hold)."""
    schema = BrochureRecord.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text(schema: dict[str, Any] | None = None) -> str:
    return json.dumps(schema or generate_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@cache
def _validator() -> Draft202012Validator:
    """The reference validator (jsonschema, format checks on): exact, and slow on big records."""
    schema = generate_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _fast_validator():
    """jsonschema-rs over the same schema, format checks on: hundreds of times faster, so every
    record can be checked before it is written without slowing a batch. Where it finds a record
    invalid, the reference validator names the field."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(generate_schema(), validate_formats=True)


def prepare_validator() -> None:
    """Build the validator now (generating the schema takes a moment), not at the first record."""
    _fast_validator()


def validate_record(data: Any) -> None:
    """Raise RecordInvalid naming the first failing field (in a stable order) if ``data`` is not a
    valid record."""
    fast = _fast_validator()
    if fast.is_valid(data):
        return
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        error = errors[0]
        raise RecordInvalid(_json_path(error.absolute_path), error.message)
    error = next(iter(fast.iter_errors(data)))  # the two disagree: the stricter verdict stands
    raise RecordInvalid(_json_path(error.instance_path), error.message)


def record_problems(data: Any) -> list[RecordInvalid]:
    """Every way ``data`` fails the schema (empty for a valid record), each with the JSON path of its
    field, in a stable order (by path, then message)."""
    if _fast_validator().is_valid(data):
        return []
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:  # the two disagree: the stricter verdict stands
        return [RecordInvalid(_json_path(e.instance_path), e.message) for e in _fast_validator().iter_errors(data)]
    return [RecordInvalid(_json_path(e.absolute_path), e.message) for e in errors]


def _json_path(parts) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
    return path.lstrip(".") or "(record)"
