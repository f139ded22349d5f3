"""entities: a Document in, an AnnotatedDocument out (organizations, countries, years, themes)."""

from __future__ import annotations

from pipeline.model import AnnotatedDocument, Document
from pipeline.record import Entities


def find_entities(document: Document) -> AnnotatedDocument:
    return AnnotatedDocument(document=document, entities=Entities())
