"""record: an AnnotatedDocument in, a validated BrochureRecord out."""

from __future__ import annotations

import json

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
    """The record as deterministic, human-readable JSON text (2-space indent, UTF-8, newline at end)."""
    return json.dumps(record_json_data(record), indent=2, ensure_ascii=False) + "\n"
