"""The values that flow between the stages before the record is built.

load      -> LoadedDocument  (Pages: one page model that every reader fills)
layout    -> Layout          (Blocks in reading order: wrapped lines joined, furniture set apart)
structure -> Document        (title, sections, quotes, contacts, links; every text block with an id)

Everything after ``load`` works on these types, so the text path and the PDF path share the
``structure`` stage and everything after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pipeline.ids import attribution_id, caption_id, cell_id, source_note_id
from pipeline.record import (
    Contact,
    Entities,
    FurnitureLine,
    Link,
    PageAccounting,
    Partnership,
    Quote,
    Section,
    Table,
    all_sections,
)

if TYPE_CHECKING:
    from pipeline.publication import PageWords

BBox = tuple[float, float, float, float]
"""[x0, top, x1, bottom] in PDF points, origin at the top left of the page."""
MediaType = Literal["text/plain", "application/pdf", "image/png", "image/jpeg", "image/tiff"]
"""What a source is; an image is read as scanned pages (pipeline.load.ocr)."""


@dataclass(frozen=True, slots=True)
class Source:
    """What was read: where from, what it is, and its fingerprint."""

    path: str
    media_type: MediaType
    sha256: str
    size_bytes: int
    page_count: int | None = None


@dataclass(frozen=True, slots=True)
class TableCell:
    """A cell of a tagged table: which table of the page (in the tree's order), which row (TR) and
    which column it starts in (cells spanning from rows above taken into account), whether it is a
    header cell (TH, or a cell in THead), and how many rows and columns it spans."""

    table: int
    row: int
    column: int
    header: bool
    row_span: int = 1
    column_span: int = 1


@dataclass(frozen=True, slots=True)
class LineTag:
    """What the tags say a line is: ``element`` numbers the block-level elements of the page in the
    tree's order (lines of one element are one block); ``role`` is that element's role; ``level``
    a heading's level (H1–H6; None for "H" and other roles); ``depth`` how many lists the line's
    element is nested in (0: none); ``artifact`` the line was drawn outside all tagged content."""

    element: int | None
    role: str | None
    level: int | None = None
    depth: int = 0
    artifact: bool = False
    cell: TableCell | None = None
    """Where in a tagged table the line stands (Table, TR, TD/TH), if it is in one."""
    position: int = 0
    """Where in its element's content the line was drawn (the element's text objects in the tree's
    order): a paragraph that goes on in the next column is read in that order, not top to bottom."""
    lead: str | None = None
    """The phrase of a run-in heading that opens the line's paragraph, as the tree sets it apart (an
    inline Span or NonStruct before the rest: pipeline.layout.run_in), or None."""
    placed_at: int | None = None
    """For a line the layout took out of its tagged element (pipeline.layout.tags: a small line in a
    heading's element), the element whose place in the reading order it keeps; else None."""


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
    font_name: str | None = None
    """The font most of the line's characters are set in, without a subset prefix ("Helvetica-Bold")."""
    color: str | None = None
    """The fill colour most of its characters are set in, as "#rrggbb", where the reader knows it."""
    indent: float = 0.0
    gap_before: float = 0.0
    vector_bullet: bool = False
    """A small drawn shape (no character) sits just left of the line: a bullet with no glyph."""
    tag: LineTag | None = None
    """What a trusted structure tree says the line is (pipeline.layout.tags); None elsewhere."""
    words: list[Word] = field(default_factory=list)
    """The line's words with their boxes and confidence, where the reader gives them (OCR)."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word an OCR engine read: its text, its box (PDF points, as Line.bbox) and the engine's
    confidence in it, from 0 to 100."""

    text: str
    bbox: BBox
    confidence: float


@dataclass(frozen=True, slots=True)
class LinkAnnotation:
    """A clickable area of a PDF page and the URI it opens."""

    page: int
    bbox: BBox
    uri: str


ShapeKind = Literal["line", "rect", "curve"]


@dataclass(frozen=True, slots=True)
class Shape:
    """A path drawn on a PDF page, as the reader found it: a line, a rectangle or a curve, with its
    box and whether it is filled or stroked. What it means (a rule, a frame, a shaded box, a drawn
    bullet) is the layout stage's to decide."""

    kind: ShapeKind
    bbox: BBox
    filled: bool
    stroked: bool


@dataclass(frozen=True, slots=True)
class FoundTable:
    """A table the reader found on a page: a grid whose cells hold text.

    ``rows`` are the cells' texts, top to bottom and left to right; a cell that a merged neighbour
    covers is None. ``row_boxes`` gives each row's box (to tell which lines the table holds)."""

    bbox: BBox
    rows: list[list[str | None]]
    row_boxes: list[BBox]
    header_rows: int | None = None
    """How many of the first rows are headers, where the file says so (a tagged table's TH cells);
    None: the layout judges it from the type."""


@dataclass(slots=True)
class LaidOutTable:
    """A table as the layout stage reads it: the reader's found table(s) (one per page it stands
    on), its rows joined, and how many of the first rows are its header."""

    rows: list[list[str | None]]
    header_rows: int
    pages: list[int]
    bbox: BBox | None
    """None for a table read from plain text, which has no boxes."""


@dataclass(frozen=True, slots=True)
class Dropped:
    """Characters of a page the reader could not make into lines, and why."""

    reason: str
    characters: int


ReaderName = Literal["text", "pdfplumber", "pdfium", "ocr"]


@dataclass(frozen=True, slots=True)
class OcrPage:
    """How an OCR page was read: the engine, the resolution it was rendered at, the turn and skew
    taken off it (degrees, counter-clockwise), and the mean and the words of low confidence."""

    engine: str
    resolution: int
    words: int
    mean_confidence: float
    low_confidence_words: int
    rotation: int = 0
    skew: float = 0.0


@dataclass(slots=True)
class TaggedElement:
    """One element of a tagged PDF's structure tree, as far as it lies on one page
    (pipeline.load.tags): its role (H1…H6, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Caption,
    BlockQuote, Figure, Span, NonStruct, …, after the file's role map), the boxes of the text its
    own marked content drew, and its children in the tree's (reading) order."""

    role: str
    boxes: list[BBox] = field(default_factory=list)
    text: str = ""
    """The text its own marked content draws (not its children's), white space collapsed."""
    children: list[TaggedElement] = field(default_factory=list)
    row_span: int = 1
    column_span: int = 1
    """How many rows and columns a table cell spans (its RowSpan and ColSpan attributes)."""


@dataclass(slots=True)
class Page:
    """One page as a reader saw it: the one page model every reader fills (empty lists where a
    reader has nothing). A text file without form feeds is one page whose ``number`` is None."""

    number: int | None
    reader: ReaderName
    lines: list[Line]
    width: float | None = None
    height: float | None = None
    shapes: list[Shape] = field(default_factory=list)
    tables: list[FoundTable] = field(default_factory=list)
    links: list[LinkAnnotation] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    tags: list[TaggedElement] | None = None
    """The page's structure tree when the PDF is tagged (top-level elements in the tree's order;
    read by the PDFium reader), else None. Whether it is trusted is the layout stage's decision."""
    ocr: OcrPage | None = None
    """How the page was read by OCR (``reader`` "ocr"); None for a page read from its text layer."""


@dataclass(slots=True)
class LoadedDocument:
    """The reader's output: the pages, and warnings about the file as a whole."""

    source: Source
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        """Every line of every page, in page order."""
        return [line for page in self.pages for line in page.lines]

    @property
    def links(self) -> list[LinkAnnotation]:
        return [link for page in self.pages for link in page.links]

    @property
    def all_warnings(self) -> list[str]:
        """The file's warnings, then each page's, in page order."""
        return [*self.warnings, *(warning for page in self.pages for warning in page.warnings)]


BlockKind = Literal["text", "bullet", "url", "furniture", "credit", "table"]


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
    table: LaidOutTable | None = None
    """The table, when ``kind`` is "table" (its ``lines`` are the lines inside it)."""

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
    accounting: list[PageAccounting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


TextBlockKind = Literal["title", "subtitle", "heading", "paragraph", "bullet", "quote", "attribution", "contact",
                       "link", "table_cell", "table_note"]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A piece of text the entities stage reads: its block id (mentions point at it), what kind of
    text it is, the text, and where it stands."""

    id: str
    kind: TextBlockKind
    text: str
    page: int | None = None
    bbox: BBox | None = None


@dataclass(slots=True)
class Document:
    """The structure stage's output: the brochure's parts, every text block with a stable id.

    Sections, quotes, contacts, links and tables are already the record's own models, so the later
    stages annotate them rather than copy them.
    """

    source: Source
    title: str | None
    publisher: str | None
    sections: list[Section]
    subtitle: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    furniture: list[FurnitureLine] = field(default_factory=list)
    accounting: list[PageAccounting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text_blocks(self) -> list[TextBlock]:
        """Every piece of text the entity stage reads, in reading order (table cells as blocks of
        their own: ``<table id>.r<row>.c<column>``, rows counted over header and body; a table's caption
        and source note: ``<table id>.caption``, ``<table id>.source``)."""
        blocks: list[TextBlock] = []
        if self.title:
            blocks.append(TextBlock("title", "title", self.title))
        if self.subtitle:
            blocks.append(TextBlock("subtitle", "subtitle", self.subtitle))

        def box(values: list[float] | None) -> BBox | None:
            return tuple(values) if values else None

        for section in all_sections(self.sections):  # depth first, in reading order
            if section.heading:
                blocks.append(TextBlock(section.id, "heading", section.heading, section.page, box(section.bbox)))
            blocks.extend(TextBlock(p.id, "paragraph", p.text, p.page, box(p.bbox)) for p in section.paragraphs)
            blocks.extend(TextBlock(b.id, "bullet", b.text, b.page, box(b.bbox)) for b in section.bullets)
        for quote in self.quotes:
            blocks.append(TextBlock(quote.id, "quote", quote.text, quote.page, box(quote.bbox)))
            if quote.attribution:
                blocks.append(TextBlock(attribution_id(quote.id), "attribution", quote.attribution, quote.page))
        blocks.extend(TextBlock(c.id, "contact", c.text, c.page) for c in self.contacts)
        blocks.extend(TextBlock(link.id, "link", link.title, link.page) for link in self.links if link.title)
        for table in self.tables:
            if table.caption:
                blocks.append(TextBlock(caption_id(table.id), "table_note", table.caption, table.page))
            for r, row in enumerate([*table.header_rows, *table.rows], start=1):
                blocks.extend(TextBlock(cell_id(table.id, r, c), "table_cell", cell, table.page)
                              for c, cell in enumerate(row, start=1) if cell)
            # ("Source: Instituto Nacional de Estadística (INE)": a body the brochure names, a source of figures)
            if table.source_note:
                blocks.append(TextBlock(source_note_id(table.id), "table_note", table.source_note, table.page))
        return blocks


@dataclass(slots=True)
class AnnotatedDocument:
    """A Document with what the entities and relations stages found in it."""

    document: Document
    entities: Entities
    partnerships: list[Partnership] = field(default_factory=list)
    language: str = "en"
    """The language the brochure was read in (pipeline.languages; the default when it cannot tell)."""
    block_languages: dict[str, str] = field(default_factory=dict)
    """Block id -> the language its page was read in, for the blocks whose page is in another
    language than the brochure's or, with none, the brochure's (see pipeline.entities)."""
    page_words: PageWords | None = None
    """What the entities stage's language test read on each page, so that the record's publication
    tells the pages' languages without reading those words again (pipeline.publication.PageWords)."""
