"""The JSON Schema of the record, generated from the pydantic models, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from pipeline.record import SCHEMA_VERSION, BrochureRecord

SCHEMA_FILE = "brochure-record.schema.json"
SCHEMA_ID = f"https://schemas.ilo-brochure-pipeline.org/brochure-record/{SCHEMA_VERSION}/schema.json"


class RecordInvalid(ValueError):
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
    schema = generate_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def validate_record(data: Any) -> None:
    """Raise RecordInvalid naming the first failing field (in a stable order) if ``data`` is not a
    valid record."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        error = errors[0]
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path) or "(record)"
        raise RecordInvalid(path.lstrip("."), error.message)

