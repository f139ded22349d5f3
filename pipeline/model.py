"""The values that flow between the stages before the record is built.

load      -> LoadedDocument  (pages of Lines, as the reader saw them)
layout    -> Layout          (Blocks in reading order: wrapped lines joined, furniture set apart)
structure -> Document        (title, sections, quotes, contacts, links; every text block with an id)

Everything after ``load`` works on these types, so the text path and the PDF path share the
``structure`` stage and everything after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.record import Contact, Entities, Link, Partnership, Quote, Section

BBox = tuple[float, float, float, float]
"""[x0, top, x1, bottom] in PDF points, origin at the top left of the page."""


@dataclass(frozen=True, slots=True)
class Source:
    """What was read: where from, what it is, and its fingerprint."""

    path: str
    media_type: Literal["text/plain", "application/pdf"]
    sha256: str
    size_bytes: int
    page_count: int | None = None


@dataclass(slots=True)
class Line:
    """One printed line.

    A text line carries its text and its 1-based line number; a PDF line also carries where it is
    on its page and how it is set. ``gap_before`` counts the blank lines (text) or the multiples of
    the line height (PDF) of white space above the line in its column.
    """

    text: str
    number: int
    page: int | None = None
    bbox: BBox | None = None
    font_size: float | None = None
    bold: bool = False
    indent: float = 0.0
    gap_before: float = 0.0
    vector_bullet: bool = False
    """A small drawn shape (no character) sits just left of the line: a bullet with no glyph."""


@dataclass(frozen=True, slots=True)
class LinkAnnotation:
    """A clickable area of a PDF page and the URI it opens."""

    page: int
    bbox: BBox
    uri: str


@dataclass(slots=True)
class LoadedDocument:
    """The reader's output: lines per page (a text file is one page), plus what else it found."""

    source: Source
    pages: list[list[Line]]
    links: list[LinkAnnotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    page_sizes: list[tuple[float, float]] = field(default_factory=list)


BlockKind = Literal["text", "bullet", "url", "furniture", "credit"]


@dataclass(slots=True)
class Block:
    """A run of lines that reads as one unit: a paragraph, a heading, a bullet item, a URL.

    ``text`` is the joined, normalised text (wrapped lines joined, soft hyphens removed, broken URLs
    rejoined); ``lines`` keeps the source lines for stages that need the line breaks (contacts,
    quote attributions). ``marker`` is the bullet glyph or number when ``kind`` is "bullet".
    """

    text: str
    lines: list[Line]
    kind: BlockKind = "text"
    marker: str | None = None
    gap_before: float = 0.0
    gap_after: float = 0.0
    emphasis: float = 0.0
    """How much the block stands out from body text by type: 0 for body text, >0 for larger or
    bolder type (PDF only). The structure stage reads it as a heading cue."""

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None

    @property
    def bbox(self) -> BBox | None:
        boxes = [line.bbox for line in self.lines if line.bbox is not None]
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    @property
    def font(self) -> tuple[float, bool] | None:
        """(type size, bold) of a PDF block's first line; None for text input."""
        first = self.lines[0] if self.lines else None
        return None if first is None or first.font_size is None else (round(first.font_size, 1), first.bold)



@dataclass(slots=True)
class Layout:
    """Blocks in reading order, with the page furniture and photo credits set apart."""

    source: Source
    blocks: list[Block]
    furniture: list[Block] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    links: list[LinkAnnotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """The structure stage's output: the brochure's parts, every text block with a stable id.

    Sections, quotes, contacts and links are already the record's own models, so the later stages
    annotate them rather than copy them.
    """

    source: Source
    title: str | None
    publisher: str | None
    sections: list[Section]
    subtitle: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text_blocks(self) -> list[tuple[str, str]]:
        """(block id, text) of every piece of text the entity stage reads, in reading order."""
        blocks: list[tuple[str, str]] = []
        if self.title:
            blocks.append(("title", self.title))
        if self.subtitle:
            blocks.append(("subtitle", self.subtitle))

        def visit(section: Section) -> None:
            if section.heading:
                blocks.append((section.id, section.heading))
            blocks.extend((p.id, p.text) for p in section.paragraphs)
            blocks.extend((b.id, b.text) for b in section.bullets)
            for subsection in section.subsections:
                visit(subsection)

        for section in self.sections:
            visit(section)
        for quote in self.quotes:
            blocks.append((quote.id, quote.text))
            if quote.attribution:
                blocks.append((f"{quote.id}.a", quote.attribution))
        blocks.extend((c.id, c.text) for c in self.contacts)
        blocks.extend((link.id, link.title) for link in self.links if link.title)
        return blocks


@dataclass(slots=True)
class AnnotatedDocument:
    """A Document with what the entities and relations stages found in it."""

    document: Document
    entities: Entities
    partnerships: list[Partnership] = field(default_factory=list)
