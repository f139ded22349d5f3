"""relations: an AnnotatedDocument in, the same with its partnerships found."""

from __future__ import annotations

from pipeline.model import AnnotatedDocument


def find_partnerships(annotated: AnnotatedDocument) -> AnnotatedDocument:
    """Partnerships named in the document's sentences (filled in by the relations issue)."""
    return annotated
