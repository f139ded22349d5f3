"""entities: a Document in, an AnnotatedDocument out.

Runs the spaCy pipeline over the text blocks of the document (joined into one Doc) and turns what
it marked into the record's canonical entities: organizations with ids, acronyms and identifiers;
countries as ISO 3166-1 codes; regions; calendar years; themes of the vocabulary. Every entity
lists its mentions as (block id, start, end) offsets into that block's text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING

from pipeline.entities.organizations import OrganizationResolver
from pipeline.entities.salience import primary_themes, relative, theme_scores
from pipeline.entities.vocabulary import countries, regions, themes
from pipeline.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, supported
from pipeline.model import AnnotatedDocument, Document, TextBlock, TextBlockKind
from pipeline.record import Country, Entities, Mention, Organization, Region, Theme, YearEntity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from pipeline.publication import PageWords


BLOCK_SEPARATOR = "\n\n"
"""Joins the blocks into one text: a white-space token no pattern, name or list can cross."""


@dataclass(slots=True)
class BlockView:
    """What the pipeline marked in one block of the document: spans of the one Doc, and where the
    block starts in it (``offset``, in characters) so mentions get the block's own offsets."""

    block_id: str
    kind: TextBlockKind
    text: str
    offset: int
    doc: Doc
    ents: list[Span] = field(default_factory=list)
    countries: list[Span] = field(default_factory=list)
    years: list[Span] = field(default_factory=list)
    themes: list[Span] = field(default_factory=list)
    acronyms: list[tuple[str, Span]] = field(default_factory=list)
    """(acronym, the name it stands for) for each definition the block makes."""

    def mention(self, span: Span) -> Mention:
        start = span.start_char - self.offset
        end = span.end_char - self.offset
        return Mention(block=self.block_id, start=start, end=end, text=self.text[start:end])


def find_entities(document: Document) -> AnnotatedDocument:
    """Organizations, countries, regions, years and themes of ``document``, with their mentions;
    each page read with the resources of its language (``block_languages``)."""
    blocks = document.text_blocks()
    language, block_languages, words = _block_languages_and_words(blocks)
    views: list[BlockView] = []
    for group_language in dict.fromkeys(block_languages.values()):
        views += annotate([b for b in blocks if block_languages[b.id] == group_language], group_language)
    order = {block.id: index for index, block in enumerate(blocks)}
    views.sort(key=lambda view: order[view.block_id])
    return AnnotatedDocument(document=document, entities=entities_of(views), language=language, block_languages=block_languages,
                             page_words=words)


def block_languages_of(blocks: list[TextBlock]) -> tuple[str, dict[str, str]]:
    """(the brochure's language, block id -> the language its page is read in). The brochure's is
    told from all its text, a page's from its own (pipeline.publication.language_of, as the record's
    publication and pages say); a page that cannot tell, or whose language has no resources here,
    is read in the brochure's; a brochure that cannot tell in the default language."""
    language, block_languages, _ = _block_languages_and_words(blocks)
    return language, block_languages


def _block_languages_and_words(blocks: list[TextBlock]) -> tuple[str, dict[str, str], PageWords]:
    """``block_languages_of``, and the words it read on each page (the record's publication tells
    the pages' languages again from these, counting only the words of what the record adds)."""
    from pipeline.publication import tell_languages

    by_page: dict[int | None, list[str]] = {}
    for block in blocks:
        by_page.setdefault(block.page, []).append(block.text)
    # the pages' languages and the brochure's, each page's words counted once
    told = tell_languages(by_page, " ".join(block.text for block in blocks))
    language = supported(told.language)
    found = told.parts
    page_language = {page: language if page is None or found[page] not in SUPPORTED_LANGUAGES else found[page] for page in by_page}
    return language, {block.id: page_language[block.page] for block in blocks}, told.words


def annotate(blocks: list[TextBlock], language: str = DEFAULT_LANGUAGE) -> list[BlockView]:
    """Run the spaCy pipeline of ``language`` once over all the blocks, joined, and split what it
    marked by block.

    One Doc per brochure (per language), not one per block: the components' work is the same, and
    the per-Doc cost of a pipeline (which is most of the cost for short blocks) is paid once."""
    from pipeline.entities.components import marks_of
    from pipeline.entities.nlp import brochure_nlp  # spaCy is imported when the first document needs it

    if not blocks:
        return []
    nlp = brochure_nlp(language)
    joined = BLOCK_SEPARATOR.join(block.text for block in blocks)
    doc = nlp.make_doc(joined)
    doc.user_data["text"] = joined
    for _, component in nlp.pipeline:
        doc = component(doc)
    views, offset, starts = [], 0, []
    for block in blocks:
        views.append(BlockView(block_id=block.id, kind=block.kind, text=block.text, offset=offset, doc=doc))
        starts.append(offset)
        offset += len(block.text) + len(BLOCK_SEPARATOR)

    def view_of(span: Span) -> BlockView | None:
        """The block whose characters hold all of ``span`` (a token never crosses the separator)."""
        view = views[bisect_right(starts, span.start_char) - 1]
        return view if span.end_char <= view.offset + len(view.text) else None

    marks = marks_of(doc)
    # (the regions inside an office's name overlap its body's mention: merged in document order, apart from entities)
    entities = sorted([*marks.entities, *marks.held_regions], key=lambda span: span.start) if marks.held_regions else marks.entities
    for spans, group_of in ((entities, attrgetter("ents")), (marks.countries, attrgetter("countries")),
                            (marks.years, attrgetter("years")), (marks.themes, attrgetter("themes"))):
        for span in spans:
            if (view := view_of(span)) is not None:
                group_of(view).append(span)
    for acronym, name in marks.acronyms:
        if (view := view_of(name)) is not None:
            view.acronyms.append((acronym, name))
    return views


def entities_of(views: list[BlockView]) -> Entities:
    """Canonical entities from the blocks' views, in reading order."""
    organizations = OrganizationResolver(views).organizations()
    return Entities(
        organizations=organizations,
        countries=_countries(views),
        regions=_regions(views),
        years=_years(views),
        themes=_themes(views, organizations),
    )


def _grouped(views: Iterable[BlockView], spans_of) -> dict[str, list[Mention]]:
    """Mentions grouped by key, keys in order of first mention."""
    grouped: dict[str, list[Mention]] = {}
    for view in views:
        for key, span in spans_of(view):
            grouped.setdefault(key, []).append(view.mention(span))
    return grouped


def _countries(views) -> list[Country]:
    info = countries()
    grouped = _grouped(views, lambda view: ((span.label_, span) for span in view.countries))
    return [Country(name=info[code].name, iso_alpha2=code, iso_alpha3=info[code].alpha3, mentions=m) for code, m in grouped.items()]


def _regions(views) -> list[Region]:
    known = regions()
    grouped = _grouped(views, lambda view: ((e.id_, e) for e in view.ents if e.label_ == "LOC"))
    return [Region(id=key, name=known[key]["name"], mentions=m) for key, m in grouped.items()]


def _years(views) -> list[YearEntity]:
    def spans(view: BlockView):
        if view.kind == "contact":  # phone numbers, postcodes and street numbers, not years
            return []
        return ((span.label_, span) for span in view.years)

    grouped = _grouped(views, spans)
    return [YearEntity(value=int(value), mentions=grouped[value]) for value in sorted(grouped, key=int)]


def _themes(views, organizations: list[Organization]) -> list[Theme]:
    """Themes in order of first mention, each with its salience and whether the brochure is about it."""
    vocabulary = themes()
    grouped = _grouped(views, lambda view: ((span.label_, span) for span in view.themes))
    names: dict[str, list[tuple[int, int]]] = {}
    for org in organizations:
        for m in org.mentions:
            names.setdefault(m.block, []).append((m.start, m.end))
    scores = theme_scores(grouped, {view.block_id: view.kind for view in views}, names,
                          {key for key in grouped if vocabulary[key].get("umbrella")})
    primary, salience = primary_themes(scores), relative(scores)
    return [
        Theme(id=key, label=theme["label"], pillar=theme["pillar"], sdg_targets=theme["sdg_targets"], mentions=m,
              salience=salience[key], primary=key in primary)
        for key, m in grouped.items()
        for theme in [vocabulary[key]]
    ]
