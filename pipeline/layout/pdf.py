"""Reading order of PDF pages: columns, bands, shaded boxes, page furniture, and line fullness.

``pdf_flows`` turns the reader's pages of Lines into *flows*, lists of Lines in reading order whose
lines the joiner may join. The rules, per page:

- Page furniture goes first: a line near the top or bottom edge that is page-number shaped, or
  whose text (digits aside) recurs at the same height on another page.
- A table the reader found (a ruled grid of text) is read where it stands, as one Block of kind
  "table" holding the lines inside it: its cells are table data, not running text.
- A filled rectangle no wider than ``BOX_MAX_WIDTH_SHARE`` of the page with lines on it is a shaded
  box (a quote box, a "Key facts" sidebar): its lines are a flow of their own.
- The rest is ordered recursively. A region is cut into columns at every *gutter*, a run of x that
  no line or box crosses, at least ``GUTTER_MIN_EM`` wide, with text on both sides. When there is
  none, the few lines that are nearly as wide as the region (a title band across two columns) are
  set aside as *bands* and gutters are looked for again: the bands then cut the page into strips,
  each read column by column, and the bands are read where they stand. When these are not enough,
  the fewest of the widest lines without which there is a gutter, each crossing it (a deck across
  two columns), are the bands. When no bands will do (a title centred over the gutter, whose short
  line stands in it), the region is cut across at bands of white (an XY cut) and the longest run of
  strips that has a gutter of its own, with at least two lines of text either side, is read column
  by column, the strips above and below it as regions of their own. A region without a gutter is
  one column, read top to bottom; pieces of one row in it (a very loose justified line, a table
  row, a tab) are one line again.
- A tagged table of one row that no table overleaf continues is a layout table (a sidebar cell
  beside the main column): its lines, the blocks its cells hold among them, are read as a region
  of the page, cell after cell.
- On the first page of a landscape three-panel brochure (a tri-fold) the right panel is the cover:
  it is read first.
- A column that opens with a list item, after a column that did not end in a list, continues the
  latest earlier column (``LIST_LOOKBACK``) that ended in a list of the same style: its lines up to
  its first heading are read right after that list (a list that goes on in a later panel).

The main text of the whole document is one flow (all columns of all pages in order), so the joiner
can continue a sentence or a list across a column or page break; a shaded box interrupts it. The
white space above a line (``gap_before``) is measured within its column, in the flow's typical
line pitch; at a column or page break it is 0 and the joiner's text cues decide.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate
from statistics import median

from pipeline.layout.blocks import WouldFit
from pipeline.layout.features import is_marker_symbol
from pipeline.layout.patterns import URL, bullet_match, is_page_number, text_width
from pipeline.layout.tables import (
    ALIGNED_ROW_STEP_EM,
    LARGER_TYPE_POINTS,
    ROW_TOLERANCE,
    UNKNOWN_FONT_SIZE,
    RunningText,
    find_aligned_tables,
    find_label_value_tables,
    is_list_grid,
    laid_out_table,
    table_text,
)
from pipeline.load.pdf import BULLET_SHAPE_MAX, BULLET_SHAPE_MAX_RATIO, BULLET_SHAPE_MIN, BULLET_SHAPE_REACH
from pipeline.model import BBox, Block, FoundTable, Line, LinkAnnotation, LoadedDocument, Shape

EDGE_SHARE = 0.1
"""Running headers, footers and page numbers stand within this share of the page height from the
top or bottom edge."""
RUNNING_Y_TOLERANCE = 4.0
"""Points by which a running header or footer may move between pages."""
RUNNING_LINE_MAX = 100
"""Running headers and footers are short; a long line repeated is content."""
NUMBER_CELL_STEP_EM = ALIGNED_ROW_STEP_EM
"""Two numbers at a page's edge this many ems (or fewer) apart, one above the other, are cells of a
table's column, not page numbers (a table's row step)."""
UNKNOWN_PAGE_SIZE = (612.0, 792.0)
"""The size (points) of a page whose size the reader did not give and that holds no text: US Letter."""
MARK_EDGE_TOLERANCE = 0.5
"""Points by which a drawn bullet mark may reach past the left edge of the line it marks."""
RAISED_TOUCH_TOLERANCE = 1.0
"""Points above a line's top a raised footnote mark may end and still touch the line."""
RAISED_FOOT_EM = 0.2
"""A raised mark's foot stands at least this many ems (of the line's type) above the line's foot ..."""
RAISED_SIZE_SHARE = 0.9
"""... and its type is smaller than this share of the line's."""
INDENT_TOLERANCE = 0.5
"""Points of indent that are no indent (a line set flush with its column's edge)."""
UNKNOWN_PITCH_EM = 1.2
"""A flow's line pitch, in ems of its type, when no two lines of it follow each other to measure ..."""
UNKNOWN_LEADING_EM = 0.2
"""... and the white between its lines."""
LEADING_NOISE_PITCH = 0.1
"""White above a line that exceeds the usual leading by less than this share of a line pitch is the
usual leading: a line's box grows with its tallest glyph (a parenthesis, an accented capital), so
two lines of one paragraph stand a few hundredths of a pitch further apart than the others."""
SPREAD_NUMBER_MIN_SHARE = 0.5
"""Two page numbers that follow each other ("2", "3") on one row, at least this share of the page's
width apart, are the numbers of a spread's two pages (one PDF page), not two cells of a row."""
BOX_MIN_SIDE = 20.0
"""A filled rectangle that may be a shaded box behind text has both sides at least this long."""
BOX_MAX_WIDTH_SHARE = 0.6
"""A shaded box sits inside a column: a filled rectangle wider than this share of the page is a
band or a background, and its lines are read with the page."""
BOX_EDGE_TOLERANCE = 1.0
"""Points by which a line's centre may stand outside its box."""
GUTTER_MIN_EM = 1.0
"""A gutter is at least this many ems (of the region's median type size) wide."""
GUTTER_SIDE_MIN_ITEMS = 2
"""Each side of a narrow gutter has at least this many lines or boxes ..."""
GUTTER_WIDE_EM = 3.0
"""... unless the gutter is at least this many ems wide."""
XY_CUT_MAX_STRIPS = 200
"""A region cut across at bands of white into more strips than this is not read by its runs of
strips with a gutter (the XY cut, whose search may take time as the square of the strips): a page
of brochure text has far fewer (a full A4 page of 6 pt type has about 110 lines; the samples and
the zoo at most 47 strips), so only a machine-made page of hundreds of rows is left to the reading
of a region without a gutter."""
BAND_MIN_WIDTH_SHARE = 0.6
"""A line at least this share of the region's width may be a band across its columns ..."""
BAND_MAX_SHARE = 0.25
"""... when such lines are at most this share of the region's lines and boxes."""
TEXT_COLUMN_FILL = 0.5
"""A column of text (beside narrow bands) has a line at least this share of its width ..."""
TEXT_COLUMN_MIN_EM = 10.0
"""... and at least this many ems long."""
MARKER_GAP_EM = 3.0
"""A lone bullet glyph or list number set at most this many ems before the next piece of its row
(at a tab stop) belongs to that piece."""
FIT_TOLERANCE = 1.0
"""Points a line may fall short of its column's right edge and still be full."""
LIST_LOOKBACK = 4
"""How many columns back the list that a later column continues may have ended."""
SPACE_EM = 0.25
"""Width of a word space, in ems."""
EMPHASIS_BOLD = 0.15
"""What bold type adds to a block's emphasis."""

SYMBOL_BULLET = "•"
"""How a bullet set in a symbol font is written: its character code means a letter in other fonts."""

_DIGITS = re.compile(r"\d+")


@dataclass(eq=False)
class _Item:
    """A line, or a shaded box with its lines, placed on the page."""

    x0: float
    top: float
    x1: float
    bottom: float
    line: Line | None = None
    box_lines: list[Line] = field(default_factory=list)
    table: FoundTable | None = None
    """A table the reader found: its lines are ``box_lines``, read as the table, not as text."""
    page: int | None = None
    """The page of a table item."""


@dataclass
class _Context:
    """What the ordering learns about each line: its column's right edge, and which column (region)
    it was read in."""

    right_edge: dict[int, float] = field(default_factory=dict)
    region: dict[int, int] = field(default_factory=dict)
    regions: int = 0


Flow = list[Line] | Block
"""A reading flow: lines the joiner may join, or a table (a Block of kind "table") read where it
stands."""


def pdf_flows(loaded: LoadedDocument) -> tuple[list[Flow], list[Line], WouldFit]:
    """Reading flows (tables among them, in reading order), furniture lines, and the PDF WouldFit
    of a PDF's pages."""
    sizes = [(page.width, page.height) if page.width and page.height else _extent(page.lines) for page in loaded.pages]
    furniture = find_pdf_furniture([page.lines for page in loaded.pages], sizes)
    # a bullet glyph drawn as an artifact (Chromium's list markers) stays, to be joined to its item
    # (a symbol font's character too: the reader gives it a piece of its own)
    artifacts = [line for page in loaded.pages for line in page.lines
                 if line.tag is not None and line.tag.artifact and not (_is_marker(line.text) or is_marker_symbol(line))]
    if artifacts:  # drawn outside all tagged content on a page whose tags are trusted: furniture
        furniture = sorted({id(line): line for line in [*furniture, *artifacts]}.values(), key=lambda line: (line.page or 0, line.number))
    furniture_ids = {id(line) for line in furniture}
    context = _Context()
    entries: list[_Item] = []
    marks: list[Line] = []
    for index, page in enumerate(loaded.pages):
        content = [line for line in page.lines if id(line) not in furniture_ids and line.bbox is not None]
        _box_vector_marks(content, page.shapes)
        tagged = bool(content) and all(line.tag is not None for line in content)
        table_items, content = _tables_of(page.tables, content)
        aligned, content = _untagged_pairs(content) if tagged else _unruled_tables(content, horizontal_rules(page.shapes))
        table_items += [_Item(*table.bbox, table=table, box_lines=held) for table, held in aligned]
        table_items, content = _lists_in_grids(table_items, content, page.lines)
        for item in table_items:
            item.page = page.number
        content = _attach_markers(content)
        if not content and not table_items:
            continue
        width, height = sizes[index]
        if tagged:  # the page's structure tree is trusted: its order, not the columns' geometry
            entries.extend(_read_tagged_page(content, table_items, context))
        else:
            raised, content = raised_marks(content)
            marks += raised
            entries.extend(_read_page(content, shaded_boxes(page.shapes), table_items, width, height, index == 0, context))
    entries = _one_row_tables(_continue_lists(entries, context, body_size(loaded.lines)), context)
    if marks:
        # footnote marks glued to words ("abroad¹"), read apart from the sentence they sit in (which
        # they would cut in two) and kept, as a box's lines are, in a flow of their own
        entries.append(_Item(*marks[0].bbox, box_lines=marks))
    flows: list[Flow] = []
    main: list[Line] = []
    for entry in entries:
        if entry.line is not None:
            main.append(entry.line)
            continue
        if main:
            flows.append(main)
            main = []
        if entry.table is not None:
            flows.append(_table_block(entry))
        else:
            flows.append(entry.box_lines)
    if main:
        flows.append(main)
    for flow in flows:
        if isinstance(flow, list):
            _set_gaps(flow, context)
    return flows, furniture, _would_fit(context)


def _lists_in_grids(items: list[_Item], content: list[Line], page_lines: Sequence[Line]) -> tuple[list[_Item], list[Line]]:
    """The page's tables that are lists set in a grid (``is_list_grid``: a column of check boxes or
    bullets beside the items' text) given back as lines, in the page's order, to be read as text:
    a marker and its item's text join into one line (``_attach_markers``), as a list set at a tab
    stop does. The other tables are kept."""
    lists = [item for item in items if item.table is not None and is_list_grid(item.table.rows)]
    if not lists:
        return items, content
    order = {id(line): k for k, line in enumerate(page_lines)}
    freed = [line for item in lists for line in item.box_lines]
    content = sorted([*content, *freed], key=lambda line: order.get(id(line), len(order)))
    return [item for item in items if not any(item is other for other in lists)], content


def _one_row_tables(entries: list[_Item], context: _Context) -> list[_Item]:
    """A table of one row (a tagged table's row at a page's foot) stays a table only when a table of
    as many columns follows it on the next page (its body, which join_continued_tables joins to it:
    the row is its header); else its lines are read as text where it stood, as a region of the page
    (``_order``): a row of cells side by side is a layout table (a sidebar cell beside the main
    column), read cell by cell down each column, not line by line across the cells."""
    result: list[_Item] = []
    for k, entry in enumerate(entries):
        if entry.table is None or len(entry.table.rows) > 1:
            result.append(entry)
            continue
        after = entries[k + 1] if k + 1 < len(entries) else None
        columns = max((len(row) for row in entry.table.rows), default=0)
        if (after is not None and after.table is not None and after.page is not None and entry.page is not None
                and after.page == entry.page + 1 and max((len(row) for row in after.table.rows), default=0) == columns):
            result.append(entry)
        else:
            result.extend(_order(_line_items(entry.box_lines), context, None, None))
    return result


def _box_vector_marks(lines: list[Line], shapes: Sequence[Shape]) -> None:
    """Widen the box of each line with a drawn bullet (``Line.vector_bullet``) to take in its mark,
    as a glyph bullet's line box takes in its glyph: a list's nesting is read from where its
    markers stand, and a drawn mark left out would set its item further in than a nested "–" item
    (the text of "■ Item" starts right of the "– sub-item" marker under it).

    A hollow mark (a small stroked circle or square, as Chromium draws a nested list's "◦") makes
    its line a drawn bullet too: the reader looks for filled marks only."""
    marks = [shape.bbox for shape in shapes if shape.kind in ("rect", "curve") and (shape.filled or shape.stroked)
             and BULLET_SHAPE_MIN <= shape.bbox[2] - shape.bbox[0] <= BULLET_SHAPE_MAX
             and BULLET_SHAPE_MIN <= shape.bbox[3] - shape.bbox[1] <= BULLET_SHAPE_MAX
             and max(shape.bbox[2] - shape.bbox[0], shape.bbox[3] - shape.bbox[1])
             <= BULLET_SHAPE_MAX_RATIO * min(shape.bbox[2] - shape.bbox[0], shape.bbox[3] - shape.bbox[1])]
    if not marks:
        return
    for line in lines:
        x0, top, x1, bottom = line.bbox
        beside = [mark for mark in marks if top <= (mark[1] + mark[3]) / 2 <= bottom and mark[2] <= x0 + MARK_EDGE_TOLERANCE
                  and x0 - mark[2] <= BULLET_SHAPE_REACH]
        if beside and not line.vector_bullet and not bullet_match(line.text):
            # a hollow mark, unless a glyph bullet or a mark of the line to its left stands between
            mark = max(beside, key=lambda mark: mark[2])
            line.vector_bullet = not any(other is not line and other.bbox[2] <= x0 + MARK_EDGE_TOLERANCE and other.bbox[2] > mark[2]
                                         and abs(other.bbox[3] - bottom) <= ROW_TOLERANCE for other in lines)
        if line.vector_bullet and beside:
            line.bbox = (max(beside, key=lambda mark: mark[2])[0], top, x1, bottom)


def _unruled_tables(lines: list[Line], rules: Sequence[BBox] = ()) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """Tables without rules (pipeline.layout.tables.find_aligned_tables) looked for in each column
    of the page first, then in what is left of the whole page (a table across the columns): a
    table in one column of a two-column page or one panel of a tri-fold shares its baselines with
    the other columns' lines, which would break its rows. The columns are the page's gutters, with
    the lines across them (a title band, a deck that reaches into the gutter) set aside as the
    reading order does."""
    items = _line_items(lines)
    gutters = _gutters(items)
    if not gutters and items:
        region_x0 = min(item.x0 for item in items)
        region_width = max(item.x1 for item in items) - region_x0
        narrow = [item for item in items if item.x1 - item.x0 < BAND_MIN_WIDTH_SHARE * region_width]
        if len(items) - len(narrow) <= BAND_MAX_SHARE * len(items):
            items, gutters = narrow, _gutters(narrow)
    if not gutters and items:
        # a deck under the title that runs into the gutter, as the reading order finds it (only above
        # the columns: a line of a column of text that would leave a "gutter" once set aside stays)
        banded = _narrow_bands(items)
        if banded is not None and max(band.bottom for band in banded[0]) <= min(item.top for item in banded[1]):
            _, items, gutters = banded
    found: list[tuple[FoundTable, list[Line]]] = []
    running = RunningText()  # the lines are the page's own, unchanged while the finders run
    if gutters:
        for column in _columns(items, gutters):
            found += find_aligned_tables([item.line for item in column], running)[0]
    taken = {id(line) for _, held in found for line in held}
    across, rest = find_aligned_tables([line for line in lines if id(line) not in taken], running)
    if rules:
        across, rest = _within_rules(across, rest, rules)
    found += across
    if UNTAGGED_LABEL_VALUE_TABLES:
        pairs, rest = _label_value_tables(rest, items, gutters, running)
        found += pairs
    return found, rest


UNTAGGED_LABEL_VALUE_TABLES = True
"""Look for tables of two columns (labels and values: a "Key facts" box's "Duration | 2024–2028")
on untagged pages too, after the tables of three columns or more (``_label_value_tables``). Set off
in session 9 (blind5's tables 0.82 -> 0.80: the first two columns of a timeline whose year columns
are drawn bars, read as a table of their own); on since pipeline.layout.tables._under_wider_header
tells that body from a table of two columns."""


def _label_value_tables(lines: list[Line], items: Sequence[_Item], gutters: list[tuple[float, float]],
                        running: RunningText | None = None) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """Tables of two columns (pipeline.layout.tables.find_label_value_tables) among ``lines`` (the
    page's lines no wider table took), looked for in each column of the page (``items`` between its
    ``gutters``: a panel's box of labels and values shares its baselines with the next panel's
    text), then among the rest; with the lines left outside them. ``running``: the page's running
    text found so far (pipeline.layout.tables.RunningText)."""
    kept = {id(line) for line in lines}
    found: list[tuple[FoundTable, list[Line]]] = []
    if gutters:
        for column in _columns(items, gutters):
            inside = [item.line for item in column if id(item.line) in kept]
            found += [(table, held) for table, held in find_label_value_tables(inside, running)[0]
                      if not _cut_off_column(table, lines, inside)]
    taken = {id(line) for _, held in found for line in held}
    across, rest = find_label_value_tables([line for line in lines if id(line) not in taken], running)
    return found + across, rest


PAIR_CUT_COLUMN_REACH_EM = 3.0
"""A line at most this many ems right of a table of two columns found in one column of the page,
beside half its rows or more, is a further column of that table (``_cut_off_column``)."""


def _cut_off_column(table: FoundTable, lines: Sequence[Line], inside: Sequence[Line]) -> bool:
    """Whether a table of two columns found among the lines of one column of the page (``inside``)
    is the first two columns of a wider table the gutters cut (a table's columns a narrow gap apart,
    "Partner | Agreement | Year"): lines of the page outside that column start right of the table,
    within PAIR_CUT_COLUMN_REACH_EM, their bottoms inside the boxes (within ROW_TOLERANCE) of half
    its rows or more. A panel's box beside the next panel's text (a gutter several ems wide) is no
    such table."""
    inner = {id(line) for line in inside}
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in inside)
    right = table.bbox[2]
    beside = [line for line in lines if id(line) not in inner and line.bbox is not None
              and right < line.bbox[0] <= right + PAIR_CUT_COLUMN_REACH_EM * size]
    rows_beside = sum(1 for box in table.row_boxes if any(box[1] - ROW_TOLERANCE <= line.bbox[3] <= box[3] + ROW_TOLERANCE
                                                            for line in beside))
    return 2 * rows_beside >= len(table.row_boxes)


def _untagged_pairs(lines: list[Line]) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """On a page whose tags are trusted, the tables of labels and values (find_label_value_tables)
    among the lines the tree gives no role (generic containers: a sidebar's "Duration 2024–2027"
    set as two boxes a row, which the tree does not call a table); the tree's own tables,
    paragraphs, headings and lists are left to it."""
    generic = [line for line in lines if line.tag is not None and line.tag.role in (None, "generic")]
    if not generic:
        return [], lines
    found, _ = find_label_value_tables(generic)
    taken = {id(line) for _, held in found for line in held}
    return found, [line for line in lines if id(line) not in taken]


RULE_MIN_LENGTH = 40.0
"""A horizontal rule (a table's top, head or foot rule: booktabs, a ruled box) is at least this long ..."""
RULE_MAX_THICKNESS = 2.0
"""... and at most this thick (points)."""
RULED_TABLE_MIN_RULES = 2
"""Rules of one width across a table found by alignment, at least this many, bound it ..."""
RULE_REACH_EM = 2.0
"""... when they stand within its rows or this many ems above or below them, ..."""
RULE_SPAN_TOLERANCE = 2.0
"""... their ends within this many points of each other."""


def horizontal_rules(shapes: Sequence[Shape]) -> list[BBox]:
    """The boxes of the page's horizontal rules: long thin lines or rectangles."""
    return [shape.bbox for shape in shapes
            if shape.bbox[2] - shape.bbox[0] >= RULE_MIN_LENGTH and shape.bbox[3] - shape.bbox[1] <= RULE_MAX_THICKNESS]


def _within_rules(found: list[tuple[FoundTable, list[Line]]], rest: list[Line],
                  rules: Sequence[BBox]) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """The tables found by alignment across the page, each held to the rules drawn over and under
    it: a ruled table in one column of a page whose columns the reading order could not tell apart
    shares its baselines with the next column's lines, which the aligned rows take in as a further
    column. When RULED_TABLE_MIN_RULES rules of one width stand over a table's rows and the table
    reaches past their ends, the table is found again among the lines within them; the others go
    back to the page's text."""
    kept: list[tuple[FoundTable, list[Line]]] = []
    back: list[Line] = []
    for table, held in found:
        x0, top, x1, bottom = table.bbox
        em = median([line.font_size for line in held if line.font_size] or [UNKNOWN_FONT_SIZE])
        over = [rule for rule in rules if top - RULE_REACH_EM * em <= rule[1] <= bottom + RULE_REACH_EM * em
                and min(rule[2], x1) > max(rule[0], x0)]
        spans = {(round(rule[0] / RULE_SPAN_TOLERANCE), round(rule[2] / RULE_SPAN_TOLERANCE)) for rule in over}
        if len(over) < RULED_TABLE_MIN_RULES or len(spans) != 1:
            kept.append((table, held))
            continue
        left, right = min(rule[0] for rule in over), max(rule[2] for rule in over)
        if x0 >= left - em and x1 <= right + em:
            kept.append((table, held))  # the table keeps within its rules
            continue
        inside = [line for line in held if left - em <= (line.bbox[0] + line.bbox[2]) / 2 <= right + em]
        inside_ids = {id(line) for line in inside}
        again, outside = find_aligned_tables(inside)
        kept += again
        back += outside + [line for line in held if id(line) not in inside_ids]
    if not back:
        return kept, rest
    order = {id(line): line.number for line in [*rest, *back]}
    return kept, sorted([*rest, *back], key=lambda line: (line.page or 0, order[id(line)]))


def shaded_boxes(shapes: Sequence[Shape]) -> list[BBox]:
    """Filled rectangles large enough to have text set on them (``_read_page`` keeps those that do,
    and narrow enough to sit in a column)."""
    return [shape.bbox for shape in shapes
            if shape.kind == "rect" and shape.filled
            and shape.bbox[2] - shape.bbox[0] >= BOX_MIN_SIDE and shape.bbox[3] - shape.bbox[1] >= BOX_MIN_SIDE]


def _tables_of(tables: Sequence[FoundTable], lines: list[Line]) -> tuple[list[_Item], list[Line]]:
    """Items for the page's tables, each holding the lines whose centre is inside it, and the lines
    outside every table."""
    if not tables:
        return [], lines
    items = [_Item(*table.bbox, table=table) for table in tables]  # (page: set by pdf_flows)
    rest = []
    for line in lines:
        for item in items:
            if _centre_in(line.bbox, item.table.bbox):
                item.box_lines.append(line)
                break
        else:
            rest.append(line)
    return items, rest


def _table_block(item: _Item) -> Block:
    """A table as a Block: its lines (for the accounting), its text (every cell, row by row, for a
    reader of the flow) and the table as the layout reads it."""
    return Block(text=table_text(item.table.rows), lines=item.box_lines, kind="table",
                 table=laid_out_table(item.table, item.box_lines, item.page))


def _centre_in(bbox: BBox, area: BBox, tolerance: float = BOX_EDGE_TOLERANCE) -> bool:
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return area[0] - tolerance <= cx <= area[2] + tolerance and area[1] - tolerance <= cy <= area[3] + tolerance


def _extent(lines: Sequence[Line]) -> tuple[float, float]:
    boxes = [line.bbox for line in lines if line.bbox]
    return (max((b[2] for b in boxes), default=UNKNOWN_PAGE_SIZE[0]), max((b[3] for b in boxes), default=UNKNOWN_PAGE_SIZE[1]))


# --------------------------------------------------------------------------------------------
# furniture


def find_pdf_furniture(pages: Sequence[Sequence[Line]], sizes: Sequence[tuple[float, float]]) -> list[Line]:
    """Running headers and footers and page numbers, in page order.

    A line near the top or bottom edge (``EDGE_SHARE``) is furniture when it is page-number shaped
    ("3", "Page 2", "- 4 -"), or when a line of the same text (digits aside: "Page 1" and "Page 2"
    match) stands at the same height on another page."""
    candidates: list[tuple[int, Line, str]] = []
    for index, lines in enumerate(pages):
        height = sizes[index][1] if index < len(sizes) else _extent(lines)[1]
        for line in lines:
            if line.bbox is None:
                continue
            if line.bbox[1] <= EDGE_SHARE * height or line.bbox[3] >= (1 - EDGE_SHARE) * height:
                candidates.append((index, line, _DIGITS.sub("#", line.text.casefold())))
    by_text: dict[str, list[tuple[int, Line]]] = {}
    for index, line, key in candidates:
        by_text.setdefault(key, []).append((index, line))
    furniture_ids: set[int] = set()
    numbers: list[tuple[int, Line]] = []
    for index, line, key in candidates:
        if is_page_number(line.text):
            numbers.append((index, line))
            continue
        if len(line.text) > RUNNING_LINE_MAX:
            continue
        for other_index, other in by_text[key]:
            if other_index != index and abs(other.bbox[1] - line.bbox[1]) <= RUNNING_Y_TOLERANCE:
                furniture_ids.add(id(line))
                break
    for index, line in numbers:
        width = sizes[index][0] if index < len(sizes) else _extent(pages[index])[0]
        if not _among_number_cells(line, [other for other_index, other in numbers if other_index == index], width):
            furniture_ids.add(id(line))
    return [line for lines in pages for line in lines if id(line) in furniture_ids]


def _among_number_cells(line: Line, numbers: Sequence[Line], page_width: float) -> bool:
    """The number-shaped line is one of a table's cells at the page's edge, not a page number: another
    number of its page stands on its printed row ("Women in management (%)  14  39"), or right above
    or below it in its column (within NUMBER_CELL_STEP_EM), where a page number stands alone. The
    numbers of a spread's two pages, printed on one row far apart, are page numbers
    (SPREAD_NUMBER_MIN_SHARE of ``page_width``)."""
    size = line.font_size or UNKNOWN_FONT_SIZE
    for other in numbers:
        if other is line:
            continue
        same_row = abs(other.bbox[3] - line.bbox[3]) <= ROW_TOLERANCE and not _spread_numbers(line, other, page_width)
        stacked = (min(other.bbox[2], line.bbox[2]) > max(other.bbox[0], line.bbox[0])
                   and 0 < abs(other.bbox[3] - line.bbox[3]) <= NUMBER_CELL_STEP_EM * size)
        if same_row or stacked:
            return True
    return False


def _spread_numbers(a: Line, b: Line, page_width: float) -> bool:
    """Two page numbers of a spread: one follows the other ("2" and "3", "Page 4" and "Page 5") and
    they stand far apart across the page."""
    first, second = sorted((a, b), key=lambda line: line.bbox[0])
    numbers = [_DIGITS.findall(line.text) for line in (first, second)]
    if any(len(found) != 1 for found in numbers) or int(numbers[1][0]) != int(numbers[0][0]) + 1:
        return False
    return second.bbox[0] - first.bbox[2] >= SPREAD_NUMBER_MIN_SHARE * page_width


# --------------------------------------------------------------------------------------------
# reading order


def _is_marker(text: str) -> bool:
    """A bullet glyph or list number standing alone ("•", "2.", "a)", "(iv)")."""
    return len(text) <= 4 and bullet_match(text + " x") is not None


def _attach_markers(lines: list[Line]) -> list[Line]:
    """Join a lone marker to the next piece of its row: set at a tab stop, a bullet glyph or number
    is cut from its text by the reader, and a list of them would look like a column of its own."""
    # A bullet drawn with a symbol font's character (Wingdings "f", ZapfDingbats "l") is a mark,
    # not that letter: it is found by its font and written as a bullet.
    lines = [replace(line, text=SYMBOL_BULLET) if is_marker_symbol(line) else line for line in lines]
    markers = [line for line in lines if _is_marker(line.text)]
    if not markers:
        return lines
    replaced: dict[int, Line | None] = {}
    for marker in markers:
        if id(marker) in replaced:
            continue
        size = marker.font_size or UNKNOWN_FONT_SIZE
        following = [
            line for line in lines
            if line is not marker and id(line) not in replaced and abs(line.bbox[3] - marker.bbox[3]) <= ROW_TOLERANCE
            and 0 <= line.bbox[0] - marker.bbox[2] <= MARKER_GAP_EM * size
        ]
        if following:
            text = min(following, key=lambda line: line.bbox[0])
            replaced[id(marker)] = _merge_row([_Item(*marker.bbox, line=marker), _Item(*text.bbox, line=text)]).line
            replaced[id(text)] = None
    result = []
    for line in lines:
        if id(line) in replaced:
            if replaced[id(line)] is not None:
                result.append(replaced[id(line)])
        else:
            result.append(line)
    return result


def _read_page(lines: list[Line], boxes: list[BBox], tables: list[_Item], width: float, height: float, first_page: bool,
               context: _Context) -> list[_Item]:
    """A page's lines, boxes and tables in reading order (boxes and tables as single items holding
    their lines)."""
    items: list[_Item] = list(tables)
    in_box: dict[int, list[Line]] = {}
    shaded = sorted((b for b in boxes if b[2] - b[0] <= BOX_MAX_WIDTH_SHARE * width), key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    for line in lines:
        cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
        for k, (x0, top, x1, bottom) in enumerate(shaded):  # the smallest box holding the line
            t = BOX_EDGE_TOLERANCE
            if x0 - t <= cx <= x1 + t and top - t <= cy <= bottom + t:
                in_box.setdefault(k, []).append(line)
                break
        else:
            items.append(_Item(*line.bbox, line=line))
    for k, box_lines in in_box.items():
        x0, top, x1, bottom = shaded[k]
        ordered = _order(list(_line_items(box_lines)), context, None, None)
        items.append(_Item(x0, top, x1, bottom, box_lines=[item.line for item in ordered]))
    tri_fold = first_page and width > height
    return _order(items, context, None, None, cover_first=tri_fold)


def _read_tagged_page(lines: list[Line], tables: list[_Item], context: _Context) -> list[_Item]:
    """A page whose structure tree is trusted, in the tree's order: its lines by element (the lines
    of one element top to bottom, as drawn), each table where the first of its cells stands in the
    tree. A run of elements that goes down the page in one column is one region (its right edge the
    run's), so white space and line fullness are measured as in an untagged column."""
    placed = [line for line in lines if line.tag.element is not None]
    order = {}
    for line in lines:
        element = line.tag.element
        if element is None:  # a lone marker left untagged: it goes with the line beside or nearest it
            nearest = min(placed, key=lambda other: (abs(other.bbox[1] - line.bbox[1]), abs(other.bbox[0] - line.bbox[2])),
                          default=None)
            element = nearest.tag.element if nearest is not None else 0
        order[id(line)] = (element, 0, line.tag.position, line.bbox[1], line.bbox[0])
    tops: dict[int, float] = {}
    for line in placed:
        tops[line.tag.element] = min(tops.get(line.tag.element, line.bbox[1]), line.bbox[1])
    for line in placed:
        source = line.tag.placed_at
        if source is not None:  # taken out of an element: read just before it when it stands above it, else just after
            order[id(line)] = (source, -1 if line.bbox[1] < tops.get(source, line.bbox[1]) else 1, line.tag.position,
                               line.bbox[1], line.bbox[0])
    for line in placed:
        host = _raised_mark_host(line, placed)
        if host is not None:
            # a footnote mark set above the line it follows ("years¹") is drawn as a line of its own
            # (Typst even tags it as an element, Lbl): after the host's element, and a block of its
            # own, so the element's text stays whole
            order[id(line)] = (host.tag.element, 1, 0, line.bbox[1], line.bbox[0])
            line.tag = replace(line.tag, element=None, role=None)
    items = [_Item(*line.bbox, line=line) for line in sorted(lines, key=lambda line: order[id(line)])]
    for table in tables:
        cells = [line.tag.element for line in table.box_lines if line.tag is not None and line.tag.element is not None]
        place = min(cells) if cells else None
        at = next((k for k, item in enumerate(items) if place is not None and item.line is not None
                   and item.line.tag.element is not None and item.line.tag.element > place), len(items))
        items.insert(at, table)
    region: list[Line] = []
    for item in [*items, None]:
        line = item.line if item is not None else None
        if region and (line is None or not _goes_down(region[-1], line)):
            context.regions += 1
            right = max(member.bbox[2] for member in region)
            left = min(member.bbox[0] for member in region)
            for member in region:
                member.indent = round(max(0.0, member.bbox[0] - left), 2)
                context.right_edge[id(member)] = right
                context.region[id(member)] = context.regions
            region = []
        if line is not None:
            region.append(line)
    return items


def raised_marks(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The footnote marks among an untagged page's lines (``_raised_mark_host``: a superscript glued
    to a word, that the reader set apart as a line of its own) and the other lines. Read with the
    lines around them, by height, a mark would stand between two lines of its sentence and end it."""
    marks = [line for line in lines if _raised_mark_host(line, lines) is not None]
    if not marks:
        return [], lines
    ids = {id(line) for line in marks}
    return marks, [line for line in lines if id(line) not in ids]


RAISED_MARK_CHARACTERS = 3
"""A footnote mark (superscript) is at most this long: "1", "12", "*", "†"."""


def _raised_mark_host(line: Line, lines: list[Line]) -> Line | None:
    """The line a short line of smaller type rises above, overlapping it and standing after its
    start: a superscript footnote mark glued to a word ("years¹") that the reader set apart (the
    mark that opens the footnote's own text is not one); None when ``line`` is no such mark."""
    if len(line.text.strip()) > RAISED_MARK_CHARACTERS or not line.font_size:
        return None
    for other in lines:
        if other is line or not other.font_size or len(other.text.strip()) <= RAISED_MARK_CHARACTERS:
            continue
        overlaps = line.bbox[3] >= other.bbox[1] - RAISED_TOUCH_TOLERANCE and line.bbox[1] < other.bbox[3]  # touching its top will do
        after_a_word = other.bbox[0] < line.bbox[0] <= other.bbox[2] + other.font_size
        raised = line.bbox[3] < other.bbox[3] - RAISED_FOOT_EM * other.font_size  # its foot above the line's
        if overlaps and after_a_word and raised and line.font_size < other.font_size * RAISED_SIZE_SHARE:
            return other
    return None


def _goes_down(a: Line, b: Line) -> bool:
    """b follows a in one column: below it, their spans across the page overlapping."""
    return b.bbox[1] >= a.bbox[1] and min(a.bbox[2], b.bbox[2]) > max(a.bbox[0], b.bbox[0])


def _line_items(lines: Sequence[Line]) -> list[_Item]:
    return [_Item(*line.bbox, line=line) for line in lines]


def _em(items: Sequence[_Item]) -> float:
    sizes = [item.line.font_size for item in items if item.line is not None and item.line.font_size]
    return median(sizes) if sizes else UNKNOWN_FONT_SIZE


def _gutters(items: Sequence[_Item]) -> list[tuple[float, float]]:
    """Runs of x that no item crosses, wide enough, with items on both sides: (x0, x1) each."""
    if len(items) < 2:
        return []
    em = _em(items)
    spans = sorted((item.x0, item.x1) for item in items)
    gutters = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= GUTTER_MIN_EM * em:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    valid = []
    for g0, g1 in gutters:
        left = sum(1 for item in items if item.x1 <= g0)
        right = sum(1 for item in items if item.x0 >= g1)
        if g1 - g0 >= GUTTER_WIDE_EM * em or (left >= GUTTER_SIDE_MIN_ITEMS and right >= GUTTER_SIDE_MIN_ITEMS):
            valid.append((g0, g1))
    return valid


def _columns(items: Sequence[_Item], gutters: list[tuple[float, float]]) -> list[list[_Item]]:
    columns: list[list[_Item]] = [[] for _ in range(len(gutters) + 1)]
    starts = [g1 for _, g1 in gutters]
    for item in items:
        columns[bisect_right(starts, item.x0)].append(item)
    return [column for column in columns if column]


def _order(items: list[_Item], context: _Context, left: float | None, right: float | None,
           cover_first: bool = False) -> list[_Item]:
    """Items of one region in reading order (see the module docstring)."""
    if not items:
        return []
    gutters = _gutters(items)
    if gutters:
        columns = _columns(items, gutters)
        if cover_first and len(columns) == 3:
            columns = [columns[2], columns[0], columns[1]]
        return [entry for column in columns for entry in _order_column(column, context)]
    region_x0 = min(item.x0 for item in items)
    region_width = max(item.x1 for item in items) - region_x0
    wide = [item for item in items if item.line is not None and item.x1 - item.x0 >= BAND_MIN_WIDTH_SHARE * region_width]
    if wide and len(wide) <= BAND_MAX_SHARE * len(items):
        wide_ids = {id(item) for item in wide}
        rest = [item for item in items if id(item) not in wide_ids]
        gutters = _gutters(rest)
        # only lines that leave less than a gutter before the next column are bands: the full lines
        # of a wide main column beside a sidebar are as wide, and stay in their column
        reach = GUTTER_MIN_EM * _em(items)
        crossing = [item for item in wide if any(item.x0 < g0 and item.x1 > g1 - reach for g0, g1 in gutters)]
        if gutters and len(crossing) == len(wide):
            return _order_banded(wide, rest, gutters, context)
        if gutters and crossing:
            crossing_ids = {id(item) for item in crossing}
            rest = [item for item in items if id(item) not in crossing_ids]
            gutters = _gutters(rest)
            if gutters:
                return _order_banded(crossing, rest, gutters, context)
    banded = _narrow_bands(items)
    if banded is not None:
        return _order_banded(*banded, context)
    parts = _columned_strips(items)
    if parts is not None:
        return [entry for part in parts for entry in _order(part, context, left, right)]
    return _leaf(items, context, left, right)


def _white_strips(items: Sequence[_Item]) -> list[list[_Item]]:
    """The items cut into strips, top to bottom, at every band of white across the whole region
    (a run of heights no item covers)."""
    ordered = sorted(items, key=lambda item: (item.top, item.bottom))
    strips: list[list[_Item]] = [[ordered[0]]]
    reach = ordered[0].bottom
    for item in ordered[1:]:
        if item.top > reach:
            strips.append([])
        strips[-1].append(item)
        reach = max(reach, item.bottom)
    return strips


def _free_spans(strip: Sequence[_Item], x0: float, x1: float, least: float) -> list[tuple[float, float]]:
    """The runs of x in [x0, x1], at least ``least`` wide, that no item of the strip crosses."""
    free, reach = [], x0
    for start, end in sorted((item.x0, item.x1) for item in strip):
        if start - reach >= least:
            free.append((reach, start))
        reach = max(reach, end)
    if x1 - reach >= least:
        free.append((reach, x1))
    return free


def _meet(a: list[tuple[float, float]], b: list[tuple[float, float]], least: float) -> list[tuple[float, float]]:
    """The runs of x free in both ``a`` and ``b``, at least ``least`` wide."""
    return [(max(a0, b0), min(a1, b1)) for a0, a1 in a for b0, b1 in b if min(a1, b1) - max(a0, b0) >= least]


def _columned_strips(items: list[_Item]) -> list[list[_Item]] | None:
    """A region with no gutter from top to bottom (a title or a table across the page over two
    columns, a full-width paragraph under them), cut across at bands of white (an XY cut): the
    longest run of strips that has a gutter of its own, with columns of text on both sides (at
    least ``GUTTER_SIDE_MIN_ITEMS`` lines each), set apart from the strips above and below it, so
    that its columns are read one after the other. Returns the parts top to bottom (the strips
    above, the run, the strips below, leaving out empty ones), or None when there is no such run
    (or more than ``XY_CUT_MAX_STRIPS`` strips). Runs are tried from the top strip down, and no
    longer once the strips left hold no more items than the best run found."""
    if len(items) < 2 * GUTTER_SIDE_MIN_ITEMS:
        return None
    strips = _white_strips(items)
    if not 2 <= len(strips) <= XY_CUT_MAX_STRIPS:
        return None
    em = _em(items)
    least = GUTTER_MIN_EM * em
    x0, x1 = min(item.x0 for item in items), max(item.x1 for item in items)
    free = [_free_spans(strip, x0, x1, least) for strip in strips]
    # items in the strips from each one to the foot: no run from a strip holds more
    below = list(accumulate(len(strip) for strip in reversed(strips)))[::-1]
    best: tuple[int, int, int] | None = None  # (items, first strip, last strip)
    for first in range(len(strips)):
        if best is not None and below[first] <= best[0]:
            break  # no run from here on holds more items than the best (the first of the longest wins)
        common = free[first]
        last = first
        while last + 1 < len(strips):
            # a strip with lines in one column only (the longer column's foot) keeps the gutter free
            meet = _meet(common, free[last + 1], least)
            if not any(a > x0 and b < x1 for a, b in meet):
                break
            common, last = meet, last + 1
        # a gutter is inside the region: a run of white from its edge is a margin, not a gutter
        if not any(a > x0 and b < x1 for a, b in common) or (first == 0 and last == len(strips) - 1):
            continue
        run = [item for strip in strips[first:last + 1] for item in strip]
        gutters = _gutters(run)
        if not gutters or not _columns_of_text(run, gutters) or not _lines_each_side(run, gutters):
            continue
        if best is None or len(run) > best[0]:
            best = (len(run), first, last)
    if best is None:
        return None
    _, first, last = best
    parts = [[item for strip in strips[a:b] for item in strip] for a, b in ((0, first), (first, last + 1), (last + 1, len(strips)))]
    return [part for part in parts if part]


def _lines_each_side(items: Sequence[_Item], gutters: list[tuple[float, float]]) -> bool:
    """Every column the gutters cut holds at least ``GUTTER_SIDE_MIN_ITEMS`` lines or boxes."""
    return all(len(column) >= GUTTER_SIDE_MIN_ITEMS for column in _columns(items, gutters))


def _narrow_bands(items: list[_Item]) -> tuple[list[_Item], list[_Item], list[tuple[float, float]]] | None:
    """Bands that are not nearly as wide as the region (a deck under a title across two columns, a
    line that runs into the gutter): the fewest of the widest lines (at most ``BAND_MAX_SHARE`` of
    the items) without which the rest has a gutter, each of them reaching into it from its left.
    Failing that, a table set across the gutter (beside the title, over both columns) with the
    fewest such lines: the lines of the columns under it may be wider than the table. Returns
    (bands, rest, gutters), or None when there are none."""
    lines = sorted((item for item in items if item.line is not None), key=lambda item: item.x0 - item.x1)
    found = _fewest_bands(items, lines)
    for table in sorted((item for item in items if item.table is not None), key=lambda item: item.x0 - item.x1):
        if found is not None:
            break
        found = _fewest_bands(items, [table, *lines])
    return found


def _fewest_bands(items: list[_Item], candidates: list[_Item]) -> tuple[list[_Item], list[_Item], list[tuple[float, float]]] | None:
    """The first ``candidates`` (at most ``BAND_MAX_SHARE`` of the items) without which the rest of
    the items has a gutter, each crossing it (a table reaching over it into the next column), and
    columns of text either side; None when the first gutter found is not so."""
    for count in range(1, int(BAND_MAX_SHARE * len(items)) + 1):
        bands = candidates[:count]
        band_ids = {id(item) for item in bands}
        rest = [item for item in items if id(item) not in band_ids]
        gutters = _gutters(rest)
        if gutters:
            crossing = all(any(item.x0 < g0 and item.x1 > (g1 if item.table is not None else g0) for g0, g1 in gutters)
                           for item in bands)
            return (bands, rest, gutters) if crossing and _columns_of_text(rest, gutters) else None
    return None


def _columns_of_text(items: list[_Item], gutters: list[tuple[float, float]]) -> bool:
    """Every column the gutters cut has a line at least ``TEXT_COLUMN_MIN_EM`` long that fills at
    least ``TEXT_COLUMN_FILL`` of its width: columns of text, not a table's columns of short cells."""
    x0, x1 = min(item.x0 for item in items), max(item.x1 for item in items)
    em = _em(items)
    edges = [x0, *(edge for gutter in gutters for edge in gutter), x1]
    for left, right in zip(edges[::2], edges[1::2], strict=True):
        widths = [item.x1 - item.x0 for item in items if item.line is not None and item.x0 >= left - 1 and item.x1 <= right + 1]
        widest = max(widths, default=0.0)
        if widest < TEXT_COLUMN_FILL * (right - left) or widest < TEXT_COLUMN_MIN_EM * em:
            return False
    return True


def _order_column(column: list[_Item], context: _Context) -> list[_Item]:
    left = min(item.x0 for item in column)
    right = max(item.x1 for item in column)
    return _order(column, context, left, right)


def _order_banded(bands: list[_Item], rest: list[_Item], gutters: list[tuple[float, float]],
                  context: _Context) -> list[_Item]:
    """Bands across the columns cut the region into strips, each read column by column."""
    bands.sort(key=lambda item: item.top)
    band_tops = [band.top for band in bands]
    columns = _columns(rest, gutters)
    edges = [(min(item.x0 for item in column), max(item.x1 for item in column)) for column in columns]
    strips: list[list[list[_Item]]] = [[[] for _ in columns] for _ in range(len(bands) + 1)]
    for c, column in enumerate(columns):
        for item in column:
            strips[bisect_right(band_tops, item.top)][c].append(item)
    ordered: list[_Item] = []
    for s, strip in enumerate(strips):
        for c, part in enumerate(strip):
            ordered.extend(_order(part, context, *edges[c]))
        if s < len(bands):
            ordered.extend(_leaf([bands[s]], context, None, None))
    return ordered


def _leaf(items: list[_Item], context: _Context, left: float | None, right: float | None) -> list[_Item]:
    """One column: top to bottom; pieces of one row joined into one line; each line told its
    column's edges."""
    lines = [item for item in items if item.line is not None]
    boxes = [item for item in items if item.line is None]
    lines.sort(key=lambda item: (item.bottom, item.x0))
    rows: list[list[_Item]] = []
    for item in lines:
        if rows and item.bottom - rows[-1][0].bottom <= ROW_TOLERANCE:
            rows[-1].append(item)
        else:
            rows.append([item])
    merged = [_merge_row(row) if len(row) > 1 else row[0] for row in rows]
    left = min((item.x0 for item in merged), default=0.0) if left is None else left
    right = max((item.x1 for item in merged), default=0.0) if right is None else right
    context.regions += 1
    for item in merged:
        line = item.line
        line.indent = round(max(0.0, line.bbox[0] - left), 2)
        context.right_edge[id(line)] = right
        context.region[id(line)] = context.regions
    ordered = merged + boxes
    ordered.sort(key=lambda item: item.top)
    return ordered


def _merge_row(row: list[_Item]) -> _Item:
    """Pieces of one printed row (left to right) as one Line."""
    row.sort(key=lambda item: item.x0)
    parts = [item.line for item in row]
    chars = [max(1, len(line.text)) for line in parts]
    size_weight: Counter[float] = Counter()
    for line, n in zip(parts, chars, strict=True):
        size_weight[line.font_size or 0.0] += n
    bold_chars = sum(n for line, n in zip(parts, chars, strict=True) if line.bold)
    bbox = (min(p.bbox[0] for p in parts), min(p.bbox[1] for p in parts), max(p.bbox[2] for p in parts), max(p.bbox[3] for p in parts))
    first = parts[0]
    line = Line(
        text=" ".join(p.text for p in parts),
        number=first.number,
        page=first.page,
        bbox=bbox,
        font_size=size_weight.most_common(1)[0][0] or None,
        bold=bold_chars * 2 > sum(chars),
        indent=first.indent,
        vector_bullet=first.vector_bullet,
        tag=max(parts, key=lambda part: len(part.text)).tag,
    )
    return _Item(*bbox, line=line)


# --------------------------------------------------------------------------------------------
# lists continued in a later column


def _list_style(line: Line) -> tuple[str, float] | None:
    """(marker kind, indent) of a line that starts a list item, else None."""
    if line.vector_bullet:
        return ("drawn", round(line.indent))
    marked = bullet_match(line.text)
    if marked is None:
        return None
    marker = marked[0]
    kind = "number" if marker.lstrip("(")[:1].isdigit() else marker
    return (kind, round(line.indent))


def _stands_out(line: Line, body: float | None) -> bool:
    """Set in heading type: bold, or larger than the body text."""
    return line.bold or (body is not None and line.font_size is not None and line.font_size > body + LARGER_TYPE_POINTS)


def _ends_in_list(lines: list[Line], body: float | None) -> tuple[str, float] | None:
    """The style of the list item a column ends in (its last item, then only that item's indented
    continuation lines), else None."""
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        style = _list_style(line)
        if style is not None:
            return style if all(rest.indent >= line.indent - 1 for rest in lines[k + 1:]) else None
        if line.indent <= INDENT_TOLERANCE or _stands_out(line, body):
            return None
    return None


def _continue_lists(entries: list[_Item], context: _Context, body: float | None) -> list[_Item]:
    """Move a list's continuation back to its list.

    A column that starts with a list item, after a column that neither ends in a list nor with a
    line in heading type (which would own the list), continues the latest of the ``LIST_LOOKBACK``
    columns before that ended in a list of the same style (kind of marker, indent): a brochure's
    list goes on in a later panel after unrelated panels (a quote box, a cover, another section).
    The column's lines up to its first line in heading type are read right after that list."""
    regions: list[list[int]] = []  # positions in ``entries`` of each column's lines, in reading order
    last_region = None
    for position, entry in enumerate(entries):
        if entry.line is None:
            continue
        region = context.region.get(id(entry.line))
        if region != last_region:
            regions.append([])
            last_region = region
        regions[-1].append(position)
    after: dict[int, list[int]] = {}
    moved: set[int] = set()
    for r in range(1, len(regions)):
        lines = [entries[p].line for p in regions[r]]
        style = _list_style(lines[0])
        previous = [entries[p].line for p in regions[r - 1]]
        if style is None or _ends_in_list(previous, body) is not None or _stands_out(previous[-1], body):
            continue
        for back in range(r - 2, max(-1, r - 2 - LIST_LOOKBACK), -1):
            if _ends_in_list([entries[p].line for p in regions[back]], body) == style:
                run = []
                for p, line in zip(regions[r], lines, strict=True):
                    if _stands_out(line, body):
                        break
                    run.append(p)
                after.setdefault(regions[back][-1], []).extend(run)
                moved.update(run)
                break
    if not moved:
        return entries
    result: list[_Item] = []
    for position, entry in enumerate(entries):
        if position not in moved:
            result.append(entry)
            result.extend(entries[p] for p in after.get(position, []))
    return result


# --------------------------------------------------------------------------------------------
# white space and line fullness


def _set_gaps(flow: list[Line], context: _Context) -> None:
    """``gap_before`` of each line: the white space above it in its column beyond the usual
    leading, in units of the flow's typical line pitch (0 at a column or page break)."""
    pitches, whites = [], []
    pairs = []
    for a, b in zip(flow, flow[1:], strict=False):
        same = context.region.get(id(a)) == context.region.get(id(b)) and b.bbox[1] > a.bbox[1]
        pairs.append(same)
        if same and a.font_size == b.font_size:
            pitches.append(b.bbox[3] - a.bbox[3])
            whites.append(b.bbox[1] - a.bbox[3])
    sizes = [line.font_size for line in flow if line.font_size]
    size = median(sizes) if sizes else UNKNOWN_FONT_SIZE
    pitch = median(pitches) if pitches else UNKNOWN_PITCH_EM * size
    white = median(whites) if whites else UNKNOWN_LEADING_EM * size
    if flow:
        flow[0].gap_before = 0.0
    for (a, b), same in zip(zip(flow, flow[1:], strict=False), pairs, strict=True):
        gap = round(max(0.0, (b.bbox[1] - a.bbox[3] - white) / pitch), 2) if same and pitch > 0 else 0.0
        b.gap_before = gap if gap >= LEADING_NOISE_PITCH else 0.0


def _would_fit(context: _Context) -> WouldFit:
    """b's first word would have fitted at the end of line a, in a's column: then the break
    between them was deliberate."""
    edges = context.right_edge

    def would_fit(a: Line, b: Line) -> bool:
        right = edges.get(id(a))
        if right is None or a.bbox is None or b.bbox is None:
            return True
        first_word = b.text.split(" ", 1)[0]
        # The first word's share of b's printed width (by proportional widths, so "MM" is wider
        # than "ii"); but a row with wide gaps in it (a table row) is wider than its words, so
        # never more than the word set in Helvetica at b's size.
        share = text_width(first_word) / max(1.0, text_width(b.text))
        word_width = (b.bbox[2] - b.bbox[0]) * share
        if b.font_size:
            word_width = min(word_width, text_width(first_word) * b.font_size / 1000)
        space = SPACE_EM * (a.font_size or UNKNOWN_FONT_SIZE)
        return a.bbox[2] + space + word_width <= right - FIT_TOLERANCE

    return would_fit


# --------------------------------------------------------------------------------------------
# blocks: emphasis and link targets


def body_size(lines: Sequence[Line]) -> float | None:
    """The type size of most characters in the document."""
    weights: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            weights[round(line.font_size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else None


def block_emphasis(block: Block, body: float) -> float:
    """How much the block's type stands out: (size / body - 1, when larger) + 0.15 when bold."""
    weights: Counter[float] = Counter()
    bold = total = 0
    for line in block.lines:
        n = len(line.text)
        total += n
        if line.font_size:
            weights[round(line.font_size, 1)] += n
        if line.bold:
            bold += n
    if not weights:
        return 0.0
    size = weights.most_common(1)[0][0]
    return round(max(0.0, size / body - 1) + (EMPHASIS_BOLD if bold * 2 > total else 0.0), 2)


def annotate_pdf_blocks(blocks: list[Block], loaded: LoadedDocument) -> None:
    """Set each block's emphasis, and give URL blocks the target of the link drawn over them when
    the printed URL differs (printed URLs are often shortened or broken)."""
    body = body_size(loaded.lines)
    links = loaded.links
    for block in blocks:
        if body:
            block.emphasis = block_emphasis(block, body)
        if block.kind == "url" and links:
            uri = _link_target(block, links)
            if uri and uri != block.text:
                block.text = uri


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _link_target(block: Block, links: Sequence[LinkAnnotation]) -> str | None:
    """The one URI of the link annotations over the block's lines, when the block prints one URL."""
    if len(URL.findall(block.text)) != 1:
        return None
    uris = {
        link.uri
        for line in block.lines
        if line.bbox is not None
        for link in links
        if link.page == line.page and _overlaps(link.bbox, line.bbox)
    }
    uris = {uri for uri in uris if URL.match(uri)}
    return uris.pop() if len(uris) == 1 else None
