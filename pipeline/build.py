"""record: an AnnotatedDocument in, a validated BrochureRecord out."""

from __future__ import annotations

import json
import re

from pydantic_core import PydanticSerializationError

from pipeline.ids import assign_stable_ids
from pipeline.model import AnnotatedDocument
from pipeline.publication import with_publication
from pipeline.record import BrochureRecord, Extractor, SourceInfo
from pipeline.review import with_review
from pipeline.schema import validate_record
from pipeline.version import __version__


def build_record(annotated: AnnotatedDocument) -> BrochureRecord:
    """Assemble the record, give it stable ids (pipeline.ids), its publication metadata
    (pipeline.publication) and its review reasons (pipeline.review), and check
    it against the JSON Schema (raises RecordInvalid if not valid)."""
    document = annotated.document
    source = document.source
    record = BrochureRecord(
        record_id=f"brochure:sha256:{source.sha256}",
        source=SourceInfo(path=source.path, media_type=source.media_type, sha256=source.sha256,
                          size_bytes=source.size_bytes, page_count=source.page_count),
        title=document.title,
        subtitle=document.subtitle,
        publisher=document.publisher,
        sections=document.sections,
        quotes=document.quotes,
        contacts=document.contacts,
        links=document.links,
        tables=document.tables,
        credits=document.credits,
        furniture=document.furniture,
        pages=document.accounting,
        entities=annotated.entities,
        partnerships=annotated.partnerships,
        warnings=document.warnings,
        extractor=Extractor(version=__version__),
    )
    # in place: the record was just assembled, and nothing reads the stages' working ids after this
    record = with_review(with_publication(assign_stable_ids(record, copy=False), words=annotated.page_words))
    validate_record(record_json_data(record))
    return record


def record_json_data(record: BrochureRecord) -> dict:
    return record.model_dump(mode="json")


def record_to_json(record: BrochureRecord) -> str:
    """The record as deterministic, human-readable JSON text (2-space indent, UTF-8, newline at end):
    the text of ``json.dumps(record_json_data(record), indent=2, ensure_ascii=False)``.

    pydantic writes that text itself, in a tenth of the time (``json.dumps`` with an indent runs its
    pure-Python encoder: 2 ms of a 15 kB record). The two differ only where pydantic writes a
    float otherwise (one of magnitude under 1e-4: ``0.00001``, ``1.5e-7`` for ``1e-05``,
    ``1.5e-07``; an infinity or NaN: ``null`` for ``Infinity``, ``NaN``) or cannot write a string
    (a lone surrogate): a text that may hold one of those (``_may_write_a_float_apart``) is written
    by ``json.dumps``, as it always was."""
    try:
        text = record.model_dump_json(indent=2)
    except PydanticSerializationError:
        return _json_module_text(record)
    if _may_write_a_float_apart(text):
        return _json_module_text(record)
    return text + "\n"


_BARE_NULL = re.compile(r"\n *null")
"""A ``null`` standing as an array's item in indented JSON (a key's ``null`` follows ``": "``)."""
_NEGATIVE_EXPONENT = re.compile(r"e-\d")


def _may_write_a_float_apart(text: str) -> bool:
    """Whether pydantic's indented JSON text may differ from ``json.dumps``': a ``null`` as an
    array's item (a non-finite float of a bbox is written so; so is a table's empty cell, written
    alike by both), a float under 1e-4 written out in full (``0.00001``) or with an exponent
    (``1.5e-7``). A string that reads so ("0.00001", "1e-5") only sends the record the slow way.
    Three scans in C (a regex that tried every character of a 40 kB text took a millisecond)."""
    if "0.0000" in text or _BARE_NULL.search(text):
        return True
    return any(text[match.start() - 1].isdigit() for match in _NEGATIVE_EXPONENT.finditer(text))


def _json_module_text(record: BrochureRecord) -> str:
    return json.dumps(record_json_data(record), indent=2, ensure_ascii=False) + "\n"
