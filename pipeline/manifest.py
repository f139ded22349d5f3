"""The batch manifest (``manifest.json`` of an output folder) as pydantic models, for its readers
(the report): a renamed field then fails a test instead of showing blanks.

The batch runner writes it from `pipeline.batch.Outcome` (tests/test_manifest.py holds the two to
the same fields). Unknown fields are ignored, so a manifest of a later version still reads.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import FileError
from pipeline.record import validation_problem


class ManifestEntry(BaseModel):
    """One input of the batch: what happened to it."""

    model_config = ConfigDict(extra="ignore")

    path: str | None = None
    sha256: str | None = None
    status: str = "unknown"
    """"ok", "failed" or "skipped"."""
    code: str | None = None
    message: str | None = None
    output: str | None = None
    """The record's file name in the output folder (ok, or skipped as unchanged by --resume)."""
    pages: int | None = None
    warnings: list[str] = []
    seconds: float = 0.0
    file_type: str | None = None
    """For a file set aside as no brochure: what it is (``word_document``, ``image``...)."""
    corrections: str | None = None
    """The sha256 of the corrections file applied to the record, if any."""
    ocr_pages: int = 0
    """How many of its pages were read by OCR."""


class Manifest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    pipeline_version: str | None = None
    schema_version: str | None = None
    complete: bool = True
    counts: dict[str, int] = {}
    hidden_left_out: int = 0
    """Hidden and system files and folders of the inputs' folders, left out of ``documents``."""
    ocr_pages: int = 0
    """Pages of the batch read by OCR."""
    documents: list[ManifestEntry]


class ManifestError(FileError):
    """A manifest cannot be read; ``path`` names it and ``reason`` says why."""


def read_manifest(path: Path | str) -> Manifest:
    """The manifest at ``path``; `ManifestError` when it cannot be read, is not JSON or is no manifest."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(path, f"cannot read: {getattr(error, 'strerror', None) or error}") from None
    try:
        return Manifest.model_validate_json(text)
    except ValidationError as error:
        if any(problem["type"] == "json_invalid" for problem in error.errors()):
            raise ManifestError(path, f"not JSON: {error.errors()[0]['msg']}") from None
        reason = validation_problem(error).replace("not a valid brochure record", "not a manifest")
        raise ManifestError(path, f'{reason} (a JSON object with a "documents" list)') from None
