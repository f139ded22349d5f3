"""Judge a page's structure tree and, where it is good, say what each line is by its tags.

What goes in: a Page whose reader found a structure tree (``Page.tags``, pipeline.load.tags) and
the page's lines. What comes out: a ``TagVerdict`` (use the tags on this page or not, and why) and,
for a trusted page, a ``LineTag`` per line: the block-level element it belongs to (in the tree's
order), that element's standard role, a heading's level (H1–H6), a list item's depth, and whether
the line is an artifact (drawn outside all tagged content: running headers, page numbers).

A tree is the producer's own statement of the structure, better than any inference from type
sizes when it is good, and worse than none when it is not. Each check below is a small named rule
(``TAG_CHECKS``), so a poor tree is refused for a reason the record can state:

- ``coverage``: the tagged content must hold most of the page's characters (a tree that marks a
  few lines says nothing about the rest); lines at the page's top and bottom edges are left out of
  the count, since running headers and footers are rightly left untagged (artifacts);
- ``semantic_roles``: the document's tree must use headings, lists or tables somewhere (a tree of
  only P, Span or NonStruct, as many exporters write, says no more than the layout does);
- ``span_soup``: most text must sit under a block-level role, not under Span/NonStruct/Div alone
  (a page may hold some: Chromium tags a <div>'s text as NonStruct, and there the layout decides);
- ``mixed_styles``: an element may not join lines of different type sizes ("everything one P", or a
  heading tagged into its paragraph);
- ``reading_order``: within a column the tree's order must go down the page (a tree shuffled out
  of reading order goes up as often as down);
- ``headings_untagged``: a document whose tree has no heading may not show short paragraphs set in
  heading type (an exporter that tags every heading P).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from pipeline.layout.pdf import body_size
from pipeline.layout.run_in import run_in_lead
from pipeline.model import BBox, FoundTable, Line, LineTag, Page, TableCell, TaggedElement

HEADING_ROLE = re.compile(r"^H([1-6])$")
BLOCK_ROLES = frozenset({"H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "Lbl", "LBody", "TD", "TH", "Caption",
                         "BlockQuote", "Quote", "Note", "Title", "Figure", "Formula", "TOCI", "Index", "BibEntry"})
"""Roles that say what a block of text is (PDF 1.7 §14.8.4, PDF 2.0 adds Title)."""
GENERIC_ROLES = frozenset({"Span", "NonStruct", "Div", "Part", "Sect", "Art", "Document", "DocumentFragment",
                           "Private", "Aside", "Link", "Annot", "Reference", "Em", "Strong", "Sub"})
HEADING_ROLES = frozenset({"H", "H1", "H2", "H3", "H4", "H5", "H6"})
SEMANTIC_ROLES = frozenset({"H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
                            "TD", "Caption", "BlockQuote", "TOC", "Title"})


@dataclass(frozen=True, slots=True)
class TagSettings:
    """The tolerances of the judge (see the module's docstring)."""

    min_coverage: float = 0.9
    """Share of the page's characters that must lie in tagged content."""
    edge_band: float = 0.08
    """Share of the page's height at its top and at its bottom left out of the coverage."""
    max_generic_share: float = 0.8
    """Share of the tagged characters that may sit under generic roles only."""
    style_ratio: float = 1.15
    """Type sizes further apart than this ratio are different styles ..."""
    max_mixed_share: float = 0.25
    """... and at most this share of the page's tagged characters may be in elements that mix them."""
    max_upward_steps: float = 0.25
    """Share of the tree's steps within a column that may go up the page."""
    order_tolerance: float = 2.0
    """Points by which a step may go up and still count as going down (lines of one baseline)."""
    heading_max_words: int = 14
    """A paragraph of at most this many words set in larger type looks like a heading."""
    heading_stray_size_share: float = 0.6
    """A line of a tagged heading set in type smaller than this share of the heading's largest is not
    the heading's (a publisher's line the producer drew inside the title's element)."""


DEFAULT_TAG_SETTINGS = TagSettings()


@dataclass(frozen=True, slots=True)
class TagVerdict:
    """Whether the page's tags are used, and the reason (the failed check's words, or "good")."""

    use: bool
    reason: str


@dataclass(frozen=True, slots=True)
class _Unit:
    """Content of one block-level element (or of a generic one with no block-level ancestor)."""

    order: int
    role: str
    level: int | None
    depth: int
    boxes: list[BBox]
    cell: TableCell | None = None
    texts: list[str] = field(default_factory=list)
    lead: str | None = None
    """A run-in heading's phrase opening the element (pipeline.layout.run_in)."""
    held_in: TableCell | None = None
    """The table cell this element stands inside when it is a block of its own (a heading or a
    list in a layout table's cell): the table's box takes it in."""


@dataclass(slots=True)
class _Walk:
    """Where the flattening stands: the tables and rows opened so far."""

    units: list[_Unit] = field(default_factory=list)
    tables: int = -1
    row: int = -1
    column: int = -1
    in_head: bool = False
    covered: set[tuple[int, int]] = field(default_factory=set)
    """(row, column) places of the current table that a spanning cell covers."""


@dataclass(slots=True)
class PageTags:
    """A page's lines read against its tree: the units and each line's unit (None: an artifact)."""

    units: list[_Unit]
    line_units: list[int | None]
    characters: list[int] = field(default_factory=list)

    @property
    def tagged_share(self) -> float:
        total = sum(self.characters)
        tagged = sum(count for count, unit in zip(self.characters, self.line_units, strict=True) if unit is not None)
        return tagged / total if total else 0.0


def read_lines_against_tags(page: Page) -> PageTags | None:
    """Each line of ``page`` matched to the tree element whose text boxes it overlaps most; None
    when the page has no tree."""
    if page.tags is None:
        return None
    walk = _Walk()
    for element in page.tags:
        _collect(element, None, 0, walk)
    units = walk.units
    # each unit with the box around all of its boxes: a line is measured only against the units
    # whose extent it meets (a page has a hundred lines and a hundred units)
    candidates = [(unit, _around(unit.boxes)) for unit in units if unit.boxes]
    line_units: list[int | None] = []
    for line in page.lines:
        if line.bbox is None:
            line_units.append(None)
            continue
        x0, top, x1, bottom = line.bbox
        near = [unit for unit, (ux0, utop, ux1, ubottom) in candidates if ux0 < x1 and x0 < ux1 and utop < bottom and top < ubottom]
        line_units.append(_best_unit(line.bbox, near))
    return PageTags(units=units, line_units=line_units, characters=[len(line.text.strip()) for line in page.lines])


def _collect(element: TaggedElement, block: _Unit | None, depth: int, walk: _Walk, parent: str = "") -> None:
    """Flatten the tree into units in the tree's order: an element of a block-level role opens a
    unit (a list item's label and body stay in the item's unit; a cell's paragraphs in the cell's);
    the boxes of generic elements go to the unit that holds them. Tables number their rows and
    cells."""
    role = element.role
    if parent == "TR" and role not in ("TD", "TH"):
        role = "TD"  # a row's children are its cells, whatever the role map made of them (LibreOffice maps a style named "TD" to P)
    if role == "L":
        depth += 1
    elif role == "Table":
        walk.tables += 1
        walk.row = -1
        walk.covered = set()
    elif role == "TR" and walk.tables >= 0:
        walk.row += 1
        walk.column = -1
    inside = block is not None and block.role in ("LI", "TD", "TH")
    opens = role in BLOCK_ROLES and not (inside and role in ("Lbl", "LBody", "P", "Span"))
    if block is not None and block.role == "BlockQuote" and role not in BLOCK_ROLES and element.boxes:
        role, opens = "BlockQuote", True  # a part of a quote (its words, its attribution) is a block of its own
    if opens or (block is None and element.boxes):
        match = HEADING_ROLE.match(role)
        cell = None
        if role in ("TD", "TH") and walk.tables >= 0 and walk.row >= 0:
            walk.column += 1
            while (walk.row, walk.column) in walk.covered:
                walk.column += 1  # a cell of a row above spans down into this place
            cell = TableCell(table=walk.tables, row=walk.row, column=walk.column, header=role == "TH" or walk.in_head,
                             row_span=element.row_span, column_span=element.column_span)
            walk.covered.update((walk.row + r, walk.column + c) for r in range(element.row_span)
                                for c in range(element.column_span) if r or c)
            walk.column += element.column_span - 1
        held_in = None if block is None or cell is not None else (block.cell or block.held_in)
        block = _Unit(order=len(walk.units), role=role if opens else "generic", level=int(match.group(1)) if match else None,
                      depth=depth, boxes=[], cell=cell, lead=run_in_lead(element) if opens else None, held_in=held_in)
        walk.units.append(block)
    if block is not None:
        block.boxes.extend(element.boxes)
        if element.text:
            block.texts.append(element.text)
    was_head = walk.in_head
    walk.in_head = walk.in_head or role == "THead"
    for child in element.children:
        _collect(child, block, depth, walk, role)
    walk.in_head = was_head


def _best_unit(line_box: BBox, units: Sequence[_Unit]) -> int | None:
    """The order of the unit whose boxes cover most of the line's box (None: no overlap)."""
    best, best_area = None, 0.0
    x0, top, x1, bottom = line_box
    for unit in units:
        area = 0.0
        for bx0, btop, bx1, bbottom in unit.boxes:
            width = min(x1, bx1) - max(x0, bx0)
            height = min(bottom, bbottom) - max(top, btop)
            if width > 0 and height > 0:
                area += width * height
        if area > best_area:
            best, best_area = unit.order, area
    return best


# ----------------------------------------------------------------------------------------- checks

TagCheck = Callable[[PageTags, Page, "DocumentRoles", TagSettings], str | None]
"""A check: None when the tree passes it, else the reason it fails, in words for the record."""


@dataclass(frozen=True, slots=True)
class DocumentRoles:
    """What the whole document's tree uses (a page without headings is fine when others have them)."""

    semantic: bool
    headings: bool


def document_roles(pages: Sequence[Page]) -> DocumentRoles:
    """Whether any page's tree uses a heading, list or table role, and whether any uses a heading."""

    def uses(element: TaggedElement, roles: frozenset[str]) -> bool:
        return element.role in roles or any(uses(child, roles) for child in element.children)

    trees = [element for page in pages for element in page.tags or ()]
    return DocumentRoles(semantic=any(uses(element, SEMANTIC_ROLES) for element in trees),
                         headings=any(uses(element, HEADING_ROLES) for element in trees))


def check_coverage(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    total = tagged = 0
    band = settings.edge_band * (page.height or 0.0)
    for line, count, unit in zip(page.lines, tags.characters, tags.line_units, strict=True):
        if page.height and line.bbox is not None and (line.bbox[3] <= band or line.bbox[1] >= page.height - band):
            continue
        total += count
        tagged += count if unit is not None else 0
    if total and tagged / total < settings.min_coverage:
        return f"its tags cover {tagged / total:.0%} of the page's text"
    return None


def check_semantic_roles(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    return None if roles.semantic else "its tags have no headings, lists or tables (generic roles only)"


def check_span_soup(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    generic = total = 0
    for count, unit in zip(tags.characters, tags.line_units, strict=True):
        if unit is None:
            continue
        total += count
        if tags.units[unit].role == "generic" or tags.units[unit].role in GENERIC_ROLES:
            generic += count
    if total and generic / total > settings.max_generic_share:
        return f"{generic / total:.0%} of its tagged text is under generic tags (Span, NonStruct) only"
    return None


def check_mixed_styles(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    sizes: dict[int, list[float]] = {}
    characters: dict[int, int] = {}
    for line, count, unit in zip(page.lines, tags.characters, tags.line_units, strict=True):
        if unit is not None:
            characters[unit] = characters.get(unit, 0) + count
            if line.font_size:
                sizes.setdefault(unit, []).append(line.font_size)
    total = sum(characters.values())
    mixed = sum(characters[unit] for unit, found in sizes.items() if max(found) > min(found) * settings.style_ratio)
    if total and mixed / total > settings.max_mixed_share:
        return f"{mixed / total:.0%} of its tagged text is in elements that join different type sizes"
    return None


def check_reading_order(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    # the lines in the tree's order (a unit's lines top to bottom); count the steps from one element
    # to the next that stay in one column (the boxes overlap across) and go up the page
    placed = sorted(
        ((unit, line.bbox[1], line.bbox) for line, unit in zip(page.lines, tags.line_units, strict=True)
         if unit is not None and line.bbox is not None),
        key=lambda item: (item[0], item[1]),
    )
    steps = upward = 0
    for (unit_a, _, a), (unit_b, _, b) in zip(placed, placed[1:], strict=False):
        if unit_a == unit_b or min(a[2], b[2]) - max(a[0], b[0]) <= 0:
            continue  # within an element; or another column, and going up is how columns are read
        steps += 1
        if b[1] < a[1] - settings.order_tolerance:
            upward += 1
    if steps and upward / steps > settings.max_upward_steps:
        return f"its order goes up the page in {upward / steps:.0%} of the steps within a column (not a reading order)"
    return None


def check_headings_untagged(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings) -> str | None:
    if roles.headings:
        return None
    body = body_size(page.lines)
    lines_of: dict[int, list] = {}
    for line, unit in zip(page.lines, tags.line_units, strict=True):
        if unit is not None and tags.units[unit].role == "P":
            lines_of.setdefault(unit, []).append(line)
    styled = 0
    for lines in lines_of.values():
        words = sum(len(line.text.split()) for line in lines)
        larger = body is not None and all((line.font_size or 0.0) >= body * settings.style_ratio for line in lines)
        if words <= settings.heading_max_words and larger:
            styled += 1
    if styled:
        return f"its tags have no headings, yet {styled} short paragraph(s) are set in heading type"
    return None


TAG_CHECKS: dict[str, TagCheck] = {
    "coverage": check_coverage,
    "semantic_roles": check_semantic_roles,
    "span_soup": check_span_soup,
    "mixed_styles": check_mixed_styles,
    "reading_order": check_reading_order,
    "headings_untagged": check_headings_untagged,
}


def judge_page_tags(tags: PageTags, page: Page, roles: DocumentRoles, settings: TagSettings = DEFAULT_TAG_SETTINGS,
                    checks: dict[str, TagCheck] | None = None) -> TagVerdict:
    """Use the page's tags only when every check passes (``checks``: TAG_CHECKS by default)."""
    for check in (TAG_CHECKS if checks is None else checks).values():
        reason = check(tags, page, roles, settings)
        if reason is not None:
            return TagVerdict(False, reason)
    return TagVerdict(True, "good")


def line_tags(tags: PageTags, lines: Sequence[Line]) -> list[LineTag]:
    """A LineTag for each line of a page whose tags are trusted (``lines``: the page's)."""
    result = []
    for line, unit in zip(lines, tags.line_units, strict=True):
        if unit is None:
            result.append(LineTag(element=None, role=None, artifact=True))
        else:
            found = tags.units[unit]
            result.append(LineTag(element=found.order, role=found.role, level=found.level, depth=found.depth, cell=found.cell,
                                  position=_first_box(line.bbox, found.boxes), lead=found.lead))
    return result


def _first_box(line_box: BBox, boxes: Sequence[BBox]) -> int:
    """Which of an element's boxes (in the order its content was drawn) the line overlaps first."""
    x0, top, x1, bottom = line_box
    for index, (bx0, btop, bx1, bbottom) in enumerate(boxes):
        if min(x1, bx1) > max(x0, bx0) and min(bottom, bbottom) > max(top, btop):
            return index
    return len(boxes)


def tag_lines(pages: Sequence[Page], settings: TagSettings = DEFAULT_TAG_SETTINGS) -> dict[int, TagVerdict]:
    """Judge every tagged page and, where its tree is trusted, set each line's ``tag`` and take the
    tree's tables for the page's (``Page.tables``); the verdict per page number (untagged pages are
    left out)."""
    roles = document_roles(pages)
    verdicts: dict[int, TagVerdict] = {}
    for page in pages:
        tags = read_lines_against_tags(page)
        if tags is None or page.number is None:
            continue
        verdict = judge_page_tags(tags, page, roles, settings)
        verdicts[page.number] = verdict
        if verdict.use:
            for line, tag in zip(page.lines, line_tags(tags, page.lines), strict=True):
                line.tag = tag
            detach_stray_heading_lines(page.lines, settings.heading_stray_size_share)
            tables = tagged_tables(tags)
            if tables:  # the producer's own tables, cell by cell, over the reader's guess from rules
                page.tables = tables
    return verdicts


def detach_stray_heading_lines(lines: Sequence[Line], size_share: float) -> None:
    """Give the lines of a tagged heading element that are set in much smaller type than the heading
    (below ``size_share`` of its largest type) an element of their own, with a generic role: the
    tree says nothing trustworthy of them, so the layout's rules read them; they keep the element's
    place in the reading order (``placed_at``). (Chromium puts a line positioned beside the title, a
    publisher's strip, in the title's H1.)"""
    largest: dict[int, float] = {}
    for line in lines:
        tag = line.tag
        if tag is not None and tag.element is not None and tag.role in HEADING_ROLES and line.font_size:
            largest[tag.element] = max(largest.get(tag.element, 0.0), line.font_size)
    if not largest:
        return
    next_element = max(line.tag.element for line in lines if line.tag is not None and line.tag.element is not None) + 1
    detached: dict[int, int] = {}
    for line in lines:
        tag = line.tag
        if tag is None or tag.element not in largest or not line.font_size or line.font_size >= size_share * largest[tag.element]:
            continue
        if tag.element not in detached:
            detached[tag.element] = next_element
            next_element += 1
        line.tag = replace(tag, element=detached[tag.element], role="generic", level=None, lead=None, placed_at=tag.element)


def tag_warnings(verdicts: dict[int, TagVerdict]) -> list[str]:
    """A warning for each page whose tags were present but not used (said once for a run of pages
    with the same reason)."""
    refused: dict[str, list[int]] = {}
    for number, verdict in sorted(verdicts.items()):
        if not verdict.use:
            refused.setdefault(verdict.reason, []).append(number)
    return [f"{_pages(numbers)}: the PDF's structure tags were not used ({reason}); the layout decided"
            for reason, numbers in refused.items()]


def _pages(numbers: list[int]) -> str:
    return f"page {numbers[0]}" if len(numbers) == 1 else "pages " + ", ".join(map(str, numbers))


def tagged_tables(tags: PageTags) -> list[FoundTable]:
    """The tables the page's tree tags, as the reader's table finder would give them: rows of cell
    texts (the cells' own text, so that two cells the reader set as one line stay two), row boxes,
    and how many first rows are header rows (all their cells TH or in THead). A table of one row
    is none of its own, but may be the header of a table that goes on at the top of the next page
    (the layout decides: pipeline.layout.pdf)."""
    by_table: dict[int, list[_Unit]] = {}
    held: dict[tuple[int, int], list[BBox]] = {}  # (table, row): the boxes of the blocks its cells hold
    for unit in tags.units:
        if unit.cell is not None and unit.boxes:
            by_table.setdefault(unit.cell.table, []).append(unit)
        elif unit.held_in is not None and unit.boxes:
            held.setdefault((unit.held_in.table, unit.held_in.row), []).extend(unit.boxes)
    found = []
    for table, cells in sorted(by_table.items()):
        width = max(unit.cell.column + unit.cell.column_span for unit in cells)
        rows: list[list[str | None]] = []
        row_boxes: list[BBox] = []
        header_rows, counting = 0, True
        for row in sorted({unit.cell.row for unit in cells}):
            in_row = [unit for unit in cells if unit.cell.row == row]
            texts: list[str | None] = [None] * width
            for unit in in_row:
                texts[unit.cell.column] = " ".join(unit.texts) or None
            rows.append(texts)
            row_boxes.append(_around([box for unit in in_row for box in unit.boxes] + held.get((table, row), [])))
            if counting and all(unit.cell.header for unit in in_row):
                header_rows += 1
            else:
                counting = False
        # one row is kept: the layout keeps it only as the first row of a table that goes on overleaf
        # (pipeline.layout.pdf), else its lines are read as text
        says = any(unit.cell.header for unit in cells) and (header_rows < len(rows) or len(rows) == 1)
        # no header cell tagged (or nothing but): the tree is silent on the header; the type decides
        found.append(FoundTable(bbox=_around(row_boxes), rows=rows, row_boxes=row_boxes,
                                header_rows=header_rows if says else None))
    return found


def _around(boxes: Sequence[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
