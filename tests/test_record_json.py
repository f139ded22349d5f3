"""The record's JSON text: ``record_to_json`` writes what ``json.dumps(..., indent=2,
ensure_ascii=False)`` of the record's JSON data writes, byte for byte, whichever writer it uses."""

from __future__ import annotations

import json

import pytest

import pipeline
from pipeline.build import record_json_data, record_to_json
from tests.conftest import ROOT


def _json_module_text(record) -> str:
    return json.dumps(record_json_data(record), indent=2, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def pdf_record():
    return pipeline.extract(ROOT / "samples" / "partnerships-for-decent-work.pdf")


def test_a_record_is_written_as_the_json_module_writes_it(pdf_record):
    text_record = pipeline.extract(ROOT / "samples" / "partnerships-for-decent-work.txt")
    for record in (pdf_record, text_record):
        assert record_to_json(record) == _json_module_text(record)


@pytest.mark.parametrize("value", [0.00001, 2.5e-05, 1.5e-07, -4e-06, float("inf"), float("-inf"), float("nan")])
def test_a_float_that_pydantic_writes_otherwise_is_written_as_the_json_module_writes_it(pdf_record, value):
    """pydantic writes 1e-05 as 0.00001, 1.5e-07 as 1.5e-7 and an infinity as null: those records
    take the json module's way, so the text stays what it was."""
    record = pdf_record.model_copy(deep=True)
    paragraph = next(p for section in record.sections for p in section.paragraphs if p.bbox)
    paragraph.bbox = [value, *paragraph.bbox[1:]]
    assert record.model_dump_json(indent=2) + "\n" != _json_module_text(record)  # the case is real
    assert record_to_json(record) == _json_module_text(record)


def test_a_text_that_cannot_be_encoded_is_written_as_the_json_module_writes_it(pdf_record):
    record = pdf_record.model_copy(deep=True)
    record.title = "A lone surrogate \ud800 in a title"
    assert record_to_json(record) == _json_module_text(record)
