"""entities: a Document in, an AnnotatedDocument out.

Runs the spaCy pipeline over every text block of the document with ``nlp.pipe`` and turns what it
marked into the record's canonical entities: organizations with ids, acronyms and identifiers;
countries as ISO 3166-1 codes; regions; calendar years; themes of the vocabulary. Every entity
lists its mentions as (block id, start, end) offsets into that block's text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.entities.organizations import CONTACT_BLOCK_PREFIX, OrganizationResolver
from pipeline.entities.vocabulary import countries, regions, themes
from pipeline.model import AnnotatedDocument, Document
from pipeline.record import Country, Entities, Mention, Region, Theme, YearEntity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def find_entities(document: Document) -> AnnotatedDocument:
    """Organizations, countries, regions, years and themes of ``document``, with their mentions."""
    from pipeline.entities.nlp import brochure_nlp  # spaCy is imported when the first document needs it

    blocks = document.text_blocks()
    docs = list(brochure_nlp().pipe(text for _, text in blocks))
    annotated = list(zip([block_id for block_id, _ in blocks], docs, strict=True))
    return AnnotatedDocument(document=document, entities=entities_of(annotated))


def entities_of(annotated: list[tuple[str, Doc]]) -> Entities:
    """Canonical entities from (block id, processed doc) pairs, in the blocks' reading order."""
    organizations = OrganizationResolver(annotated).organizations()
    return Entities(
        organizations=organizations,
        countries=_countries(annotated),
        regions=_regions(annotated),
        years=_years(annotated),
        themes=_themes(annotated),
    )


def mention(block_id: str, span: Span) -> Mention:
    return Mention(block=block_id, start=span.start_char, end=span.end_char, text=span.text)


def _grouped(annotated: Iterable[tuple[str, Doc]], spans_of) -> dict[str, list[Mention]]:
    """Mentions grouped by key, keys in order of first mention."""
    grouped: dict[str, list[Mention]] = {}
    for block_id, doc in annotated:
        for key, span in spans_of(block_id, doc):
            grouped.setdefault(key, []).append(mention(block_id, span))
    return grouped


def _countries(annotated) -> list[Country]:
    info = countries()
    grouped = _grouped(annotated, lambda _, doc: ((span.label_, span) for span in doc.spans["countries"]))
    return [Country(name=info[code].name, iso_alpha2=code, iso_alpha3=info[code].alpha3, mentions=m) for code, m in grouped.items()]


def _regions(annotated) -> list[Region]:
    known = regions()
    grouped = _grouped(annotated, lambda _, doc: ((e.ent_id_, e) for e in doc.ents if e.label_ == "LOC"))
    return [Region(id=key, name=known[key]["name"], mentions=m) for key, m in grouped.items()]


def _years(annotated) -> list[YearEntity]:
    def spans(block_id: str, doc: Doc):
        if block_id.startswith(CONTACT_BLOCK_PREFIX):
            return []
        return ((span.label_, span) for span in doc.spans["years"])

    grouped = _grouped(annotated, spans)
    return [YearEntity(value=int(value), mentions=grouped[value]) for value in sorted(grouped, key=int)]


def _themes(annotated) -> list[Theme]:
    vocabulary = themes()
    grouped = _grouped(annotated, lambda _, doc: ((span.label_, span) for span in doc.spans["themes"]))
    return [
        Theme(id=key, label=theme["label"], pillar=theme["pillar"], sdg_targets=theme["sdg_targets"], mentions=m)
        for key, m in grouped.items()
        for theme in [vocabulary[key]]
    ]
