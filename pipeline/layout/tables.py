"""Tables in the layout: a table's header rows, and a table continued on the next page joined
into one.

The reader finds each page's tables (pipeline.load.tables); here they become ``LaidOutTable``s:
- the header is the first row when its type stands out from the body rows (bold or larger), or
  when the table's continuation on the next page repeats it;
- a table that ends a page and a table that starts the next (nothing but furniture between them
  in the reading order) with as many columns are one table: its rows are joined, a repeated
  header left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache
from math import isfinite
from statistics import median

from pipeline.layout.features import is_marker_symbol
from pipeline.layout.patterns import (
    EMAIL,
    bullet_match,
    ends_sentence,
    is_contact_field,
    is_url_only,
    phone_numbers,
    text_width,
)
from pipeline.model import Block, FoundTable, LaidOutTable, Line
from pipeline.resources import data_file

ROW_TOLERANCE = 2.0
"""Points by which the bottoms of two pieces of one printed row may differ (here and in the PDF
reading order, pipeline.layout.pdf)."""
UNKNOWN_FONT_SIZE = 10.0
"""The type size (points) a line whose size the reader did not give is taken to have."""
LARGER_TYPE_POINTS = 0.5
"""Type larger than the body's by more than this many points stands out (a header row set larger)."""
CUT_PIECE_GAP = 1.0
"""Points between the end of a piece cut from a line at a column's edge and the next piece's start."""


def table_text(rows: list[list[str | None]]) -> str:
    """A table's text as a reader of the flow reads it: every cell, row by row."""
    return " ".join(cell for row in rows for cell in row if cell)


LONE_MARKER_MAX = 4
"""A cell of at most this many characters that is a bullet glyph or list number is a lone marker."""
LIST_GRID_MIN_ITEMS = 2
"""A grid is a list set in cells when at least this many of its rows open with a lone marker."""


def _lone_marker(text: str | None) -> bool:
    """A cell that holds a bullet glyph or a list number and nothing else ("☐", "•", "2.")."""
    return text is not None and 0 < len(text.strip()) <= LONE_MARKER_MAX and bullet_match(text.strip() + " x") is not None


def is_list_grid(rows: list[list[str | None]]) -> bool:
    """A grid whose rows are the items of a list (a checklist typeset as a layout table: a column of
    check boxes or bullets, each item's text in the cell beside): every row with text opens with a
    lone marker cell followed by exactly one cell of text, or (a nested item, a wrapped item's cell)
    its first cell's text itself opens with a marker; at least LIST_GRID_MIN_ITEMS rows of the first
    kind, and no cell after the markers a figure (_is_figure). A table of data has no column of
    marks alone (a tick column of a comparison table is not its first); one numbered by its rows
    ("1. | Peru | 72% | 2023") or dashed has more cells a row, or figures."""
    items = 0
    for row in rows:
        filled = [cell for cell in row if cell and cell.strip()]
        if not filled:
            continue
        if _lone_marker(filled[0]):
            if len(filled) != 2 or _is_figure(filled[1]):
                return False
            items += 1
        elif bullet_match(filled[0].strip()) is None or any(_is_figure(cell) for cell in filled[1:]):
            return False
    return items >= LIST_GRID_MIN_ITEMS


_FIGURE = re.compile(r"[-+–−]?[$€£¥]?\s?\d[\d\s.,]*(?:%|[kKmM]|bn)?")


def _is_figure(text: str) -> bool:
    """A cell that is a figure: a number, a share, an amount or a year ("72%", "2023", "US$" aside)."""
    return _FIGURE.fullmatch(text.strip()) is not None


def laid_out_table(found: FoundTable, lines: list[Line], page: int | None) -> LaidOutTable:
    """The reader's table as the layout reads it (header rows as the file's tags say, else from the
    type of its first row's lines)."""
    header_rows = found.header_rows if found.header_rows is not None else 1 if _header_stands_out(found, lines) else 0
    return LaidOutTable(rows=[list(row) for row in found.rows], header_rows=header_rows,
                        pages=[page] if page is not None else [], bbox=found.bbox)


def _header_stands_out(found: FoundTable, lines: list[Line]) -> bool:
    """The first row's lines are all bold, or larger, while the other rows' are not all so."""
    if len(found.row_boxes) < 2:
        return False
    first, rest = [], []
    top_row = found.row_boxes[0]
    for line in lines:
        if line.bbox is None:
            continue
        centre = (line.bbox[1] + line.bbox[3]) / 2
        (first if top_row[1] <= centre <= top_row[3] else rest).append(line)
    if not first or not rest:
        return False
    sizes = [line.font_size or 0.0 for line in rest]
    body = sorted(sizes)[len(sizes) // 2]
    larger = all((line.font_size or 0.0) > body + LARGER_TYPE_POINTS for line in first)
    return (all(line.bold for line in first) and not all(line.bold for line in rest)) or larger


def join_continued_tables(blocks: list[Block]) -> list[Block]:
    """Blocks with each table continued on the next page joined to its start (see the module)."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous is not None and _continues(previous, block):
            _append(previous, block)
            continue
        joined.append(block)
    return joined


def _continues(a: Block, b: Block) -> bool:
    if a.kind != "table" or b.kind != "table" or a.table is None or b.table is None:
        return False
    if not a.table.pages or not b.table.pages or b.table.pages[0] != a.table.pages[-1] + 1:
        return False
    return _columns(a.table.rows) == _columns(b.table.rows)


def _columns(rows: list[list[str | None]]) -> int:
    return max((len(row) for row in rows), default=0)


def _append(a: Block, b: Block) -> None:
    """Join table b (on the next page) to table a."""
    rows = b.table.rows
    header = a.table.rows[: max(1, a.table.header_rows)]
    if rows and _same_row(rows[0], header[0]):
        rows = rows[1:]  # the header repeated on the new page
        a.table.header_rows = max(1, a.table.header_rows)
    a.table.rows.extend(rows)
    a.table.pages.extend(page for page in b.table.pages if page not in a.table.pages)
    a.lines.extend(b.lines)
    a.text = table_text(a.table.rows)


def _same_row(a: list[str | None], b: list[str | None]) -> bool:
    return [(cell or "").casefold() for cell in a] == [(cell or "").casefold() for cell in b]


# --------------------------------------------------------------------------------------------
# tables without rules: cells aligned by position only

ALIGNED_MIN_COLUMNS = 3
"""A table without rules has at least this many columns (two aligned columns of words are as
often a key-value list or two columns of text)."""
ALIGNED_MIN_ROWS = 3
"""... and at least this many rows, its header counted."""
ALIGNED_MAX_FILL = 0.6
"""The median cell is at most this share of the distance to the next column's start: a table's
cells are short, where the lines of columns of running text fill their column (about 0.9)."""
ALIGNED_MAX_FILL_NAMES = 0.9
"""... or at most this share when the cells are names (neither starting in lower case nor ending a
sentence, but for ALIGNED_SENTENCE_SHARE of them): a partnership table's partners and instruments."""
ALIGNED_SENTENCE_SHARE = 0.2
ALIGNED_ROW_STEP_EM = 2.5
"""Rows of one table follow each other within this many ems (of the type size), baseline to baseline."""
ALIGNED_EDGE_MIN_SHARE = 0.5
"""A table's first and last columns have a cell in at least this share of its rows (a column with
one piece in it is a line beside the table that shares a baseline with a row)."""
TEXT_STACK_MIN_LINES = 3
"""Lines of running text in a column beside a table: at least this many lines one under the other ..."""
TEXT_STACK_EDGE = 1.5
"""... starting within this many points of one left edge ..."""
TEXT_STACK_PITCH_EM = 1.6
"""... at most this many ems apart, baseline to baseline (a line pitch; a table's rows are set further
apart or are not this full) ..."""
TEXT_STACK_MIN_EM = 14.0
"""... most of them at least this many ems long ..."""
TEXT_STACK_FILL = 0.8
"""... and most of them at least this share of the stack's longest line (text fills its column)."""


def find_aligned_tables(lines: list[Line],
                        running: RunningText | None = None) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """Tables without rules among a page's lines (pieces of rows, as the reader cut them at wide
    gaps), each with the lines it holds, and the lines outside them. ``running``: where the page's
    running text is kept, found once for each set of lines (None: found here).

    A table is a run of rows that each have a piece in at least ALIGNED_MIN_COLUMNS of the same
    columns (columns: x ranges no piece of another column overlaps), with short cells
    (ALIGNED_MAX_FILL); a row after it with pieces in its columns only continues its cells (a
    wrapped cell)."""
    left_out = running.of(lines) if running is not None else _running_text(lines)
    while True:
        found = _aligned_runs([line for line in lines if line.bbox is not None and id(line) not in left_out])
        stray = {id(line) for table, held in found for line in _stray_edge_pieces(table, held)}
        if not stray:
            break
        left_out |= stray  # found again without them: the table's rows and columns change
    taken = {id(line) for _, held in found for line in held}
    return found, [line for line in lines if id(line) not in taken]


def find_label_value_tables(lines: list[Line],
                            running: RunningText | None = None) -> tuple[list[tuple[FoundTable, list[Line]]], list[Line]]:
    """Tables of two columns without rules among a page's lines (``_label_value_runs``), each with
    the lines it holds, and the lines outside them. Looked for after the tables of three columns or
    more (find_aligned_tables): half of a wider table is no table of its own. ``running`` as for
    find_aligned_tables."""
    left_out = running.of(lines) if running is not None else _running_text(lines)
    found = _label_value_runs([line for line in lines if line.bbox is not None and id(line) not in left_out])
    taken = {id(line) for _, held in found for line in held}
    return found, [line for line in lines if id(line) not in taken]


PAIR_MIN_ROWS = 3
"""A table of two columns without rules (labels and their values: "Duration | 2024–2027", a
timeline's "2023 | MOU signed") has at least this many rows ..."""
PAIR_LABEL_MAX_WORDS = 5
"""... each label at most this many words, ending no sentence and opening with no list marker ..."""
PAIR_MIN_GAP_EM = 1.0
"""... at least this many ems clear of its value ..."""
PAIR_ALIGN_TOLERANCE = 2.0
"""... the labels starting at one x and the values at another (a tab stop), within this many points ..."""
PAIR_LABEL_MAX_FILL = 0.8
"""... every label at most this share of the way to the values, and the labels shaped as names
(_name_like): labels are short, where two columns of text side by side (cards of a grid) fill
theirs up to the gutter, with lines that start in lower case or end a sentence."""


def _pair_row(row: list[Line]) -> tuple[Line, list[Line]] | None:
    """A printed row as a label and its value's pieces (the reader may cut a justified value at its
    word spaces: pieces at most CELL_WORD_GAP_EM apart), or None."""
    if len(row) < 2:
        return None
    label, value = row[0], row[1:]
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in row)
    if value[0].bbox[0] - label.bbox[2] < PAIR_MIN_GAP_EM * size:
        return None
    if any(b.bbox[0] - a.bbox[2] > CELL_WORD_GAP_EM * size for a, b in zip(value, value[1:], strict=False)):
        return None
    words = label.text.split()
    if (not words or len(words) > PAIR_LABEL_MAX_WORDS or ends_sentence(label.text) or bullet_match(label.text) is not None
            or _lone_marker(label.text) or is_marker_symbol(label)):
        return None  # a list item's marker set at a tab stop is no label
    text = " ".join(piece.text for piece in value)
    if _contact_pair(label.text, text):
        return None  # a contact panel's "Phone | +233 …", "Web | www…": the contact reader's lines
    return label, value


def _contact_pair(label: str, value: str) -> bool:
    """A label that is a contact field's ("Phone", "Email", "Web", "Tel.") or a value that is a
    phone number, an e-mail address or a web address."""
    return (is_contact_field(f"{label} {value}") or is_contact_field(f"{label}: {value}")
            or bool(phone_numbers(value)) or EMAIL.search(value) is not None or is_url_only(value))


PAIR_ROW_STEP_SHARE = 1.3
"""Rows of a table of two columns set further apart than the nearest two by more than this factor
are its rows; the nearer ones are the wrapped lines of both cells of one row."""


def _wrapped_pairs(run: list[tuple[Line | None, list[Line]]]) -> set[int]:
    """The rows of a run of labels and values that are the wrapped lines of the row above (label
    and value both wrap: "Apex Polytechnic for / Renewable Energy"): where the labels stand at two
    pitches (PAIR_ROW_STEP_SHARE), those at the nearer one when it is a line pitch
    (HEADER_LINE_STEP_EM); none where they stand at one."""
    labelled = [k for k, (label, _) in enumerate(run) if label is not None]
    steps = {b: run[b][0].bbox[3] - run[a][0].bbox[3] for a, b in zip(labelled, labelled[1:], strict=False)}
    if not steps or max(steps.values()) <= PAIR_ROW_STEP_SHARE * min(steps.values()):
        return set()
    near = min(steps.values())
    return {k for k, step in steps.items() if step <= PAIR_ROW_STEP_SHARE * near
            and step <= HEADER_LINE_STEP_EM * (run[k][0].font_size or UNKNOWN_FONT_SIZE)}


def _label_value_runs(lines: list[Line]) -> list[tuple[FoundTable, list[Line]]]:
    """Tables of two columns among ``lines`` (PAIR_MIN_ROWS rows or more of a label and a value,
    each column at one x): consecutive rows a row's step apart (ALIGNED_ROW_STEP_EM), a value's
    wrapped line (a piece alone at the values' x, a line pitch under) continuing its row."""
    rows = printed_rows(lines)
    found: list[tuple[FoundTable, list[Line]]] = []
    k = 0
    while k < len(rows):
        first = _pair_row(rows[k])
        if first is None:
            k += 1
            continue
        label_x, value_x = first[0].bbox[0], first[1][0].bbox[0]
        run: list[tuple[Line | None, list[Line]]] = [first]
        end = k
        while end + 1 < len(rows) and _follows(rows[end], rows[end + 1]):
            following = rows[end + 1]
            pair = _pair_row(following)
            if (pair is not None and abs(pair[0].bbox[0] - label_x) <= PAIR_ALIGN_TOLERANCE
                    and abs(pair[1][0].bbox[0] - value_x) <= PAIR_ALIGN_TOLERANCE):
                run.append(pair)
            elif (len(following) == 1 and abs(following[0].bbox[0] - value_x) <= PAIR_ALIGN_TOLERANCE
                  and _follows(rows[end], following, HEADER_LINE_STEP_EM)
                  and sum(1 for label, _ in reversed(run[-WRAPPED_MAX_LINES - 1:]) if label is None) < WRAPPED_MAX_LINES):
                run.append((None, following))
            else:
                break
            end += 1
        if _under_wider_header(rows, k, label_x, value_x):
            k = end + 1  # the whole run is the wider table's body: none of its rows starts a table
            continue
        labels = [label for label, _ in run if label is not None]
        if (len(labels) < PAIR_MIN_ROWS or not _name_like(labels)
                or max((label.bbox[2] - label.bbox[0]) / max(1.0, value_x - label.bbox[0]) for label in labels) > PAIR_LABEL_MAX_FILL):
            k += 1
            continue
        wrapped = _wrapped_pairs(run)
        cells: list[list[str]] = []
        boxes: list[tuple[float, float, float, float]] = []
        held: list[Line] = []
        for index, (label, value) in enumerate(run):
            text = " ".join(piece.text for piece in value)
            pieces = ([] if label is None else [label]) + value
            top, bottom = min(p.bbox[1] for p in pieces), max(p.bbox[3] for p in pieces)
            held += pieces
            if label is not None and index in wrapped:
                cells[-1] = [f"{cells[-1][0]} {label.text}", f"{cells[-1][1]} {text}"]
                boxes[-1] = (boxes[-1][0], boxes[-1][1], max(boxes[-1][2], *(p.bbox[2] for p in pieces)), bottom)
            elif label is None:
                cells[-1][1] = f"{cells[-1][1]} {text}"
                boxes[-1] = (boxes[-1][0], boxes[-1][1], max(boxes[-1][2], *(p.bbox[2] for p in pieces)), bottom)
            else:
                cells.append([label.text, text])
                boxes.append((label.bbox[0], top, max(p.bbox[2] for p in pieces), bottom))
        bbox = (min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[-1][3])
        found.append((FoundTable(bbox=bbox, rows=[list(row) for row in cells], row_boxes=boxes), held))
        k = end + 1
    return found


WIDER_HEADER_MIN_CELLS = 3
"""A row of at least this many pieces just above a run of labels and values, two of them at the
labels' and the values' x, heads a wider table (``_under_wider_header``)."""


def _under_wider_header(rows: list[list[Line]], k: int, label_x: float, value_x: float) -> bool:
    """Whether the printed row just above ``rows[k]`` (a row's step above) is the header of a wider
    table whose first two columns the run of labels and values starting at ``rows[k]`` is: it has
    WIDER_HEADER_MIN_CELLS pieces or more, one at the labels' x and one at the values' x (within
    PAIR_ALIGN_TOLERANCE). A timeline whose year columns are drawn bars, not text
    ("Activity | Lead | 2024 | 2025 …" over rows of an activity and its lead), is that table's
    body, not a table of two columns of its own."""
    if k == 0 or not _follows(rows[k - 1], rows[k]):
        return False
    header = rows[k - 1]
    return (len(header) >= WIDER_HEADER_MIN_CELLS
            and any(abs(piece.bbox[0] - label_x) <= PAIR_ALIGN_TOLERANCE for piece in header)
            and any(abs(piece.bbox[0] - value_x) <= PAIR_ALIGN_TOLERANCE for piece in header))


def _aligned_runs(lines: list[Line]) -> list[tuple[FoundTable, list[Line]]]:
    """The tables of find_aligned_tables among ``lines`` (each with the lines it holds)."""
    rows = printed_rows(lines)
    found: list[tuple[FoundTable, list[Line]]] = []
    start = floor = 0
    while start < len(rows):
        end = _run_end(rows, start)
        run = rows[start:end + 1]
        full = [row for row in run if len(row) >= ALIGNED_MIN_COLUMNS]
        columns = _columns_of(run) if len(full) >= ALIGNED_MIN_ROWS and len(run[0]) >= ALIGNED_MIN_COLUMNS else None
        origin: dict[int, Line | list[Line]] = {}
        if columns is None and len(run) >= ALIGNED_MIN_ROWS and len(run[0]) >= CUT_MIN_PIECES:
            cut = _cut_run(run)  # two cells the reader left in one piece
            if cut is not None:
                run, origin = cut
                full = [row for row in run if len(row) >= ALIGNED_MIN_COLUMNS]
                if len(full) >= ALIGNED_MIN_ROWS and len(run[0]) >= ALIGNED_MIN_COLUMNS:
                    columns = _columns_of(run)
        if columns is not None and len({_column_of(line, columns) for line in run[0]}) < len(run[0]):
            columns = None  # the first row's pieces are its cells (a wrapped header is read from above)
        if columns is not None and any(len({_column_of(line, columns) for line in row}) < len(row) for row in run):
            run, joined = _joined_cells(run, columns)
            origin = {**origin, **joined}
            full = [row for row in run if len(row) >= ALIGNED_MIN_COLUMNS]
            if len(full) < ALIGNED_MIN_ROWS or len(run[0]) < ALIGNED_MIN_COLUMNS:
                columns = None
        if columns is not None and _short_cells(full, columns):
            while (end + 1 < len(rows) and _follows(rows[end], rows[end + 1], HEADER_LINE_STEP_EM)
                   and _within(rows[end + 1], columns) and not _table_note(rows[end + 1][0].text)):
                end += 1  # the last row's wrapped cell
                run = [*run, rows[end]]
            header = _wrapped_header(rows[floor:start], rows[start], columns)
            table, held = _aligned_table(run, columns, header)
            held = list({id(line): line for piece in held for line in _origins(piece, origin)}.values())
            found += _side_by_side(table, held, columns)
            start = floor = end + 1
            continue
        start += 1
    return found


SIDE_BY_SIDE_GAP_RATIO = 2.0
"""Tables set side by side on one baseline grid (the months of a calendar, two periods' figures)
are one run of rows to the finder: its header repeats, and the gaps between the repeats are at
least this many times the widest gap between columns within one."""


def _side_by_side(table: FoundTable, held: list[Line],
                  columns: list[tuple[float, float]]) -> list[tuple[FoundTable, list[Line]]]:
    """The table cut into the tables set side by side in it (SIDE_BY_SIDE_GAP_RATIO), each with the
    lines it holds (by the column a line's centre stands in); the table alone when its first row
    does not repeat. A side table's rows with no text in its columns (a month of fewer weeks) are
    left out."""
    header = table.rows[0]
    count = len(columns)
    gaps = [columns[k + 1][0] - columns[k][1] for k in range(count - 1)]
    for period in range(2, count // 2 + 1):
        if count % period or not all(header[k] and header[k] == header[k % period] for k in range(count)):
            continue
        between = [gaps[k] for k in range(period - 1, count - 1, period)]
        within = [gap for k, gap in enumerate(gaps) if (k + 1) % period]
        if min(between) < SIDE_BY_SIDE_GAP_RATIO * max(within):
            continue
        pieces = []
        for first in range(0, count, period):
            last = first + period - 1
            kept = [(cells[first:last + 1], box) for cells, box in zip(table.rows, table.row_boxes, strict=True)
                    if any(cells[first:last + 1])]
            x0, x1 = columns[first][0], columns[last][1]
            lines = [line for line in held if first <= _column_of(line, columns) <= last]
            boxes = [(x0, box[1], x1, box[3]) for _, box in kept]
            pieces.append((FoundTable(bbox=(min(x0, *(line.bbox[0] for line in lines)), boxes[0][1],
                                            max(x1, *(line.bbox[2] for line in lines)), boxes[-1][3]),
                                      rows=[cells for cells, _ in kept], row_boxes=boxes), lines))
        return pieces
    return [(table, held)]


HEADER_MAX_LINES = 4
"""A table's header over its body rows, its cells wrapped (or set apart by the reader in fewer
pieces than there are columns), is at most this many lines ..."""
HEADER_CELL_MAX_WORDS = 6
"""... of short cells (a line of running text above a table is no header; a piece cut in two at a
column's start, HEADER_CUT_MAX_WORDS a part: a justified line's pieces are no cells) ..."""
HEADER_CUT_MAX_WORDS = 3
HEADER_LINE_STEP_EM = 1.4
"""... its lines a line pitch apart (at most this many ems, baseline to baseline; a caption above
stands further off) ..."""
HEADER_MISSING_CELLS = 1
"""... and the header's lines together have text in every column but at most this many (a stub
header over the first column may be empty)."""
HEADER_SPLIT_TOLERANCE_EM = 1.0
"""A piece of a header line that starts within this many ems of a column's start (or ends within
them of its end) stands in that column; one that runs over a later column's start by more holds
that column's cell too (the reader cut the row at fewer gaps than the columns)."""


def _wrapped_header(above: list[list[Line]], body: list[Line],
                    columns: list[tuple[float, float]]) -> list[tuple[list[Line], list[str]]]:
    """The header lines right above a table's body (``above``: the printed rows before its first row
    ``body``, nearest last), each with its cells' texts: the rows (at most HEADER_MAX_LINES, a line pitch apart) over
    the body whose pieces each stand at a column's start or end with a short cell, one piece a
    column, together with text in (nearly) every column. A header whose cells wrap has lines of
    fewer pieces than the table has columns, and a piece that runs over a column's start (two cells
    the reader did not part) is cut at the word nearest that start."""
    header: list[tuple[list[Line], list[str]]] = []
    below = body
    for row in reversed(above[-HEADER_MAX_LINES:]):
        if not _follows(row, below, HEADER_LINE_STEP_EM if header else ALIGNED_ROW_STEP_EM):
            break
        cells = _header_cells(row, columns)
        if cells is None:
            break
        header.insert(0, (row, cells))
        below = row
    filled = [any(texts[k] for _, texts in header) for k in range(len(columns))]
    if not header or filled.count(False) > HEADER_MISSING_CELLS:
        return []
    return header


def _header_cells(row: list[Line], columns: list[tuple[float, float]]) -> list[str] | None:
    """The texts of a header line's cells, one per column ("" where it has none), or None when the
    line is no header line of these columns: a piece outside them, not at a column's start or end,
    two pieces in one column, or a cell too long."""
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in row)
    tolerance = HEADER_SPLIT_TOLERANCE_EM * size
    starts = [x0 for x0, _ in columns]
    cells = [""] * len(columns)
    for line in row:
        parts = _cut_at_columns(line, starts, tolerance)
        if not parts:
            return None
        k = parts[0][0]
        aligned = abs(line.bbox[0] - columns[k][0]) <= tolerance or abs(line.bbox[2] - columns[parts[-1][0]][1]) <= tolerance
        if line.bbox[0] < columns[0][0] - tolerance or not aligned:
            return None
        most = HEADER_CUT_MAX_WORDS if len(parts) > 1 else HEADER_CELL_MAX_WORDS
        for k, text, _, _ in parts:
            if cells[k] or len(text.split()) > most:
                return None
            cells[k] = text
    return cells


def _cut_at_columns(line: Line, starts: list[float], tolerance: float) -> list[tuple[int, str, float, float]]:
    """A piece as (column, text, x0, x1) parts: its own column (the last whose start it is not left
    of, by ``tolerance``), and one more for each column start it runs over, cut at the word boundary
    whose estimated position (by proportional widths) is nearest that start; [] when that word
    starts more than ``tolerance`` from it (a caption or a line of text across the columns)."""
    x0, _, x1, _ = line.bbox
    first = max([k for k, start in enumerate(starts) if start <= x0 + tolerance], default=0)
    inner = [k for k in range(first + 1, len(starts)) if starts[k] < x1 - tolerance]
    words = line.text.split()
    if not inner or len(words) < 2:
        return [(first, line.text, x0, x1)]
    total = max(1.0, text_width(line.text))
    # where each word starts, estimated from the widths of the text before it
    positions = [x0 + (x1 - x0) * text_width(" ".join(words[:i]) + " ") / total for i in range(1, len(words))]
    parts: list[tuple[int, str, float, float]] = []
    begin, column, left = 0, first, x0
    for k in inner:
        cut = min(range(len(positions)), key=lambda i: abs(positions[i] - starts[k])) + 1
        if abs(positions[cut - 1] - starts[k]) > tolerance:
            return []  # no word starts near the column's start: a line across the columns, no cells
        if cut <= begin:
            continue
        parts.append((column, " ".join(words[begin:cut]), left, positions[cut - 1] - CUT_PIECE_GAP))
        begin, column, left = cut, k, positions[cut - 1]
    parts.append((column, " ".join(words[begin:]), left, x1))
    return parts


CUT_MIN_PIECES = 2
"""A run whose cells are looked for inside the reader's pieces (_cut_run) starts with a row of at
least this many pieces (a header the reader cut at one gap of two: "Indicator", "East Timor Fiji"):
a line of text over a table is one piece."""


def _cut_run(run: list[list[Line]]) -> tuple[list[list[Line]], dict[int, Line]] | None:
    """The run's rows with each piece that runs over a column's start cut in two there (the reader
    left two cells in one piece where the gap between them is narrow: "Workers in informal
    employment (%) 60"), and the piece each cut part comes from; None when the run has fewer than
    ALIGNED_MIN_COLUMNS column starts (left edges shared by pieces of two rows or more), or a piece
    runs over a start with no word there, or its parts are longer than cells (HEADER_CELL_MAX_WORDS
    the first, HEADER_CUT_MAX_WORDS the others). Columns are told by their left edges."""
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for row in run for line in row)
    tolerance = HEADER_SPLIT_TOLERANCE_EM * size
    edges: list[list[tuple[float, int]]] = []
    for r, row in enumerate(run):
        for line in row:
            edges.append([(line.bbox[0], r)])
    edges.sort()
    clusters: list[list[tuple[float, int]]] = []
    for (edge,) in edges:
        if clusters and edge[0] - clusters[-1][-1][0] <= ROW_TOLERANCE:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    starts = [cluster[0][0] for cluster in clusters if len({r for _, r in cluster}) >= 2]
    if len(starts) < ALIGNED_MIN_COLUMNS:
        return None
    origin: dict[int, Line] = {}
    cut_rows: list[list[Line]] = []
    for row in run:
        pieces: list[Line] = []
        for line in row:
            parts = _cut_at_columns(line, starts, tolerance)
            if not parts:
                return None
            if len(parts) > 1 and (len(parts[0][1].split()) > HEADER_CELL_MAX_WORDS
                                   or any(len(part[1].split()) > HEADER_CUT_MAX_WORDS for part in parts[1:])):
                return None  # a line of text whose words happen to start near the columns' starts
            for _, text, x0, x1 in parts:
                piece = line if len(parts) == 1 else replace(line, text=text, bbox=(x0, line.bbox[1], x1, line.bbox[3]))
                origin[id(piece)] = line
                pieces.append(piece)
        cut_rows.append(pieces)
    return cut_rows, origin




def _stray_edge_pieces(table: FoundTable, held: list[Line]) -> list[Line]:
    """The lines of the table's first or last column when that column has text in fewer than
    ALIGNED_EDGE_MIN_SHARE of its rows: a heading or a line of the next column of the page that
    happens to share a baseline with a row, not a column of cells."""
    rows = len(table.rows)
    stray: list[Line] = []
    for k in {0, len(table.rows[0]) - 1} if table.rows else ():
        filled = sum(1 for row in table.rows if row[k])
        if filled < ALIGNED_EDGE_MIN_SHARE * rows:
            x0, x1 = _column_span(table, k, held)
            stray += [line for line in held if x0 <= (line.bbox[0] + line.bbox[2]) / 2 <= x1]
    return stray


def merged_spans(spans: list[tuple[float, float]], gap: float = 0.0) -> list[list[float]]:
    """x ranges, sorted, with those that overlap (or are parted by less than ``gap``) merged: the
    columns the pieces stand in."""
    columns: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if columns and (x0 <= columns[-1][1] or x0 - columns[-1][1] < gap):
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return columns


def _column_span(table: FoundTable, k: int, held: list[Line]) -> tuple[float, float]:
    """The x range of the table's column k (the spans of its lines merged, as _columns_of made them)."""
    columns = merged_spans([(line.bbox[0], line.bbox[2]) for line in held])
    return (columns[k][0], columns[k][1]) if k < len(columns) else (float("inf"), float("-inf"))


OPEN_STACKS_KEPT = 64
"""How many stacks of lines ``_running_text`` keeps open before it sets aside those no later line can join
(a cost, not a rule: the stacks found are the same)."""


class RunningText:
    """The running text (``_running_text``) of the sets of one page's lines that the table finders
    are given, each set's found once: on a page without a table, the finders of tables of three
    columns and of two are given the same lines (each column's, then the page's), and the running
    text was found four times a page. A set is known by its lines (their ids, in order), so keep one
    only while the page's lines are neither changed nor let go: one a page, for one pass of the finders."""

    def __init__(self) -> None:
        self._found: dict[tuple[int, ...], frozenset[int]] = {}

    def of(self, lines: list[Line]) -> set[int]:
        """``_running_text(lines)``, a set of the caller's own (the finders add to it)."""
        key = tuple(id(line) for line in lines)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = frozenset(_running_text(lines))
        return set(found)


def _stack_closed(stack: list[Line], line: Line) -> bool:
    """No line at or below ``line``'s top can join the stack: its last line's foot is more than the
    stack's pitch above that top."""
    last = stack[-1]
    return line.bbox[1] - last.bbox[3] > TEXT_STACK_PITCH_EM * (last.font_size or UNKNOWN_FONT_SIZE)


def _running_text(lines: list[Line]) -> set[int]:
    """Ids of the lines of running text: a stack of long, full lines one line pitch apart at one left
    edge (a column of text). Such lines are no table cells, however they line up with the cells of a
    table in the column beside them (in a two-column page a table's rows share baselines with the
    other column's lines)."""
    placed = sorted((line for line in lines if line.bbox is not None), key=lambda line: (line.bbox[1], line.bbox[0]))
    stacks: list[list[Line]] = []
    # The stacks a line may still join, in the order they were opened: one whose last line's foot is
    # more than a pitch above this line's top is closed for every line after it too (they sort by
    # top, and a foot is below its top). Trying every stack was quadratic on a page of thousands of
    # short pieces side by side (10,000 words of a grid: 25 s).
    # (a box upside down, or not a number, could join a stack however far: then every stack stays open)
    prune = all(line.bbox[3] >= line.bbox[1] for line in placed)
    open_stacks: list[list[Line]] = []
    limit = 2 * OPEN_STACKS_KEPT
    for line in placed:
        if prune and len(open_stacks) > limit:
            open_stacks = [stack for stack in open_stacks if not _stack_closed(stack, line)]
            limit = max(2 * OPEN_STACKS_KEPT, 2 * len(open_stacks))
        for stack in open_stacks:
            last = stack[-1]
            size = last.font_size or UNKNOWN_FONT_SIZE
            step = line.bbox[3] - last.bbox[3]
            if abs(line.bbox[0] - stack[0].bbox[0]) <= TEXT_STACK_EDGE and 0 < step <= TEXT_STACK_PITCH_EM * size:
                stack.append(line)
                break
        else:
            stacks.append([line])
            open_stacks.append(stacks[-1])
    running: set[int] = set()
    rows = _RowIndex(placed)
    for stack in stacks:
        if len(stack) < TEXT_STACK_MIN_LINES:
            continue
        widths = [line.bbox[2] - line.bbox[0] for line in stack]
        ems = [width / (line.font_size or UNKNOWN_FONT_SIZE) for width, line in zip(widths, stack, strict=True)]
        longest = max(widths)
        long_lines = sum(1 for em in ems if em >= TEXT_STACK_MIN_EM)
        full_lines = sum(1 for width in widths if width >= TEXT_STACK_FILL * longest)
        # (a heading on top, a paragraph's short last line)
        if long_lines * 2 > len(stack) and full_lines * 2 >= len(stack) and not _cells_of_rows(stack, rows):
            running.update(id(line) for line in stack)
    return running


def _cells_of_rows(stack: list[Line], rows: _RowIndex) -> bool:
    """The stack is a table's first column, not a column of text: most of its lines have a piece
    to their right on their printed row (``rows``: the page's lines by their bottoms), and they fill
    little of the way to it (ALIGNED_MAX_FILL), where a column of text fills its column up to the
    gutter before the next column."""
    fills = []
    for line in stack:
        right = [other.bbox[0] for other in rows.near(line.bbox[3]) if other is not line
                 and abs(other.bbox[3] - line.bbox[3]) <= ROW_TOLERANCE and other.bbox[0] > line.bbox[2]]
        if right:
            fills.append((line.bbox[2] - line.bbox[0]) / max(1.0, min(right) - line.bbox[0]))
    return len(fills) * 2 > len(stack) and median(fills) <= ALIGNED_MAX_FILL


class _RowIndex:
    """A page's lines sorted by their bottoms, to find those whose bottom is within ROW_TOLERANCE of
    a given one by bisection (each line of each stack against every line of the page was a fifth
    of the layout stage of a PDF page). ``near`` gives a slightly wider window than the tolerance
    (the caller applies its own exact test); a line whose bottom is not a finite number is on no
    row (``abs`` of its difference from any bottom is never within the tolerance)."""

    def __init__(self, lines: list[Line]):
        finite = sorted((line for line in lines if isfinite(line.bbox[3])), key=lambda line: line.bbox[3])
        self.lines = finite
        self.bottoms = [line.bbox[3] for line in finite]

    def near(self, bottom: float) -> list[Line]:
        """The lines whose bottoms may be within ROW_TOLERANCE of ``bottom`` (a superset: every such line)."""
        if not isfinite(bottom):
            return []
        reach = ROW_TOLERANCE + 1e-9 * (1.0 + abs(bottom))  # beyond the rounding of a difference of floats
        return self.lines[bisect_left(self.bottoms, bottom - reach):bisect_right(self.bottoms, bottom + reach)]


WRAPPED_MAX_LINES = 3
"""A table's row whose cells wrap has at most this many lines under its first (of fewer pieces than
the columns), each a line pitch (HEADER_LINE_STEP_EM) under the one before."""


def _run_end(rows: list[list[Line]], start: int) -> int:
    """The last row of the run of rows from ``start`` that may be one table: rows with pieces in
    ALIGNED_MIN_COLUMNS columns or more, following each other, and between two of them a row of
    fewer pieces (a wrapped cell's next line), or up to WRAPPED_MAX_LINES of them a line pitch apart.
    The run ends before a row that runs across its columns (_runs_across)."""
    end = start
    spans = merged_spans([(line.bbox[0], line.bbox[2]) for line in rows[start]])
    while end + 1 < len(rows) and _follows(rows[end], rows[end + 1]):
        if _runs_across(rows[end + 1], spans):
            break
        if len(rows[end + 1]) >= ALIGNED_MIN_COLUMNS:
            end += 1  # (the run's spans so far, merged with the new row's: not the whole run again)
            spans = merged_spans([*((x0, x1) for x0, x1 in spans), *((line.bbox[0], line.bbox[2]) for line in rows[end])])
            continue
        wrapped = next((k for k in range(end + 2, min(len(rows), end + 2 + WRAPPED_MAX_LINES))
                        if len(rows[k]) >= ALIGNED_MIN_COLUMNS), None)
        if wrapped is None or not _follows(rows[wrapped - 1], rows[wrapped]):
            break
        if any(_runs_across(rows[k], spans) for k in range(end + 2, wrapped)):
            break
        if wrapped > end + 2 and not all(_follows(rows[k - 1], rows[k], HEADER_LINE_STEP_EM) for k in range(end + 2, wrapped)):
            break
        end = wrapped
    return end


def _runs_across(row: list[Line], spans: list[list[float]]) -> bool:
    """A piece of the row starts outside a run's columns (``spans``: the x ranges of its rows'
    pieces, merged) and stands over two or more of them: a line of text under the table (a note,
    the next paragraph), not a cell, which stands in one column (or, where the reader left two
    cells in one piece, starts in the first)."""
    if len(spans) < ALIGNED_MIN_COLUMNS:
        return False
    for line in row:
        over = [(x0, x1) for x0, x1 in spans if x0 < line.bbox[2] and line.bbox[0] < x1]
        if len(over) >= 2 and line.bbox[0] < over[0][0] - ROW_TOLERANCE:
            return True
    return False


def printed_rows(lines: list[Line]) -> list[list[Line]]:
    """Lines (pieces) grouped into printed rows by their bottoms (within ROW_TOLERANCE), top to
    bottom, each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (line.bbox[3], line.bbox[0])):
        if rows and line.bbox[3] - rows[-1][0].bbox[3] <= ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda line: line.bbox[0])
    return rows


def _follows(a: list[Line], b: list[Line], step_em: float = ALIGNED_ROW_STEP_EM) -> bool:
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in a)
    return 0 < b[0].bbox[3] - a[0].bbox[3] <= step_em * size


def _columns_of(run: list[list[Line]]) -> list[tuple[float, float]] | None:
    """The run's columns as x ranges (pieces overlapping in x are one column), left to right; None
    when a row has two pieces in one column (then these are no cells)."""
    columns = merged_spans([(line.bbox[0], line.bbox[2]) for row in run for line in row])
    if len(columns) < ALIGNED_MIN_COLUMNS:
        return None
    result = [(c[0], c[1]) for c in columns]
    for row in run:
        by_column: dict[int, list[Line]] = {}
        for line in row:
            by_column.setdefault(_column_of(line, result), []).append(line)
        for pieces in by_column.values():
            size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in pieces)
            if any(b.bbox[0] - a.bbox[2] > CELL_WORD_GAP_EM * size for a, b in zip(pieces, pieces[1:], strict=False)):
                return None
    return result


CELL_WORD_GAP_EM = 2.0
"""Two pieces of one printed row in one column at most this many ems apart are words of one cell
(the reader cut a justified cell's line at its widened word spaces); further apart, these are no
cells."""


def _joined_cells(run: list[list[Line]], columns: list[tuple[float, float]]) -> tuple[list[list[Line]], dict[int, list[Line]]]:
    """The run's rows with the pieces of each row that stand in one column joined into one piece
    (text with single spaces, the box around them), and the pieces each joined one comes from."""
    rows: list[list[Line]] = []
    joined: dict[int, list[Line]] = {}
    for row in run:
        by_column: dict[int, list[Line]] = {}
        for line in row:
            by_column.setdefault(_column_of(line, columns), []).append(line)
        out = []
        for _, pieces in sorted(by_column.items()):
            if len(pieces) == 1:
                out.append(pieces[0])
                continue
            piece = replace(pieces[0], text=" ".join(line.text for line in pieces),
                            bbox=(pieces[0].bbox[0], min(line.bbox[1] for line in pieces), pieces[-1].bbox[2],
                                  max(line.bbox[3] for line in pieces)))
            joined[id(piece)] = pieces
            out.append(piece)
        rows.append(out)
    return rows, joined


def _origins(piece: Line, origin: dict[int, Line | list[Line]]) -> list[Line]:
    """The reader's lines a table's piece stands for (a piece cut from one, or joined from several,
    themselves perhaps cut parts: followed until a reader's line, which has no origin but itself)."""
    source = origin.get(id(piece), piece)
    if source is piece:
        return [piece]
    return [line for part in (source if isinstance(source, list) else [source]) for line in _origins(part, origin)]


def _short_cells(run: list[list[Line]], columns: list[tuple[float, float]]) -> bool:
    """The run's pieces are cells, not the lines of columns of running text: short (the median fills
    at most ALIGNED_MAX_FILL of the way to the next column), or, for longer ones (a partnership
    table's names and instruments), at most ALIGNED_MAX_FILL_NAMES, and shaped as names, not as
    the lines of sentences (_name_like)."""
    fills = []
    for row in run:
        for line in row:
            k = _column_of(line, columns)
            if k + 1 < len(columns):
                fills.append((line.bbox[2] - line.bbox[0]) / max(1.0, columns[k + 1][0] - columns[k][0]))
    fills.sort()
    if not fills:
        return False
    fill = median(fills)
    return fill <= ALIGNED_MAX_FILL or (fill <= ALIGNED_MAX_FILL_NAMES and _name_like([line for row in run for line in row]))


def _name_like(pieces: list[Line]) -> bool:
    """Few of the pieces (at most ALIGNED_SENTENCE_SHARE) start in lower case or end a sentence, as
    the lines of running text do: a wrapped sentence's next line starts in lower case, and its last
    line ends in a full stop."""
    sentence_like = sum(1 for line in pieces if line.text[:1].islower() or ends_sentence(line.text))
    return sentence_like <= ALIGNED_SENTENCE_SHARE * len(pieces)


@cache
def _note_pattern() -> re.Pattern:
    """A text that starts as a table's caption or source note does ("Table 2.", "Source:"; the cue
    words of ``lexicon.json``, as pipeline.structure.tables reads them)."""
    lexicon = data_file("lexicon.json")
    captions = "|".join(map(re.escape, lexicon["table_caption_words"]))
    notes = "|".join(map(re.escape, lexicon["source_note_words"]))
    return re.compile(rf"^(?:(?:{captions})\s+[0-9A-Z][0-9.]*\b|(?:{notes})\s?:)")


def _table_note(text: str) -> bool:
    """The line under a table's last row is its caption or source note, not a wrapped cell's line."""
    return _note_pattern().match(text) is not None


def _within(row: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Every piece of the row starts inside one of the columns and ends before the next one starts
    (a wrapped cell's next line, which may be longer than the cell's first)."""
    def fits(line: Line) -> bool:
        for k, (x0, x1) in enumerate(columns):
            if x0 - ROW_TOLERANCE <= line.bbox[0] <= x1:
                limit = columns[k + 1][0] if k + 1 < len(columns) else x1 + ROW_TOLERANCE
                return line.bbox[2] <= limit
        return False
    return all(fits(line) for line in row)


def _aligned_table(rows: list[list[Line]], columns: list[tuple[float, float]],
                   header: list[tuple[list[Line], list[str]]] = ()) -> tuple[FoundTable, list[Line]]:
    """The FoundTable of rows of pieces: a row of fewer pieces than the columns, right under a full
    one, continues that row's cells; empty cells are "". The lines of a wrapped ``header``
    (_wrapped_header) above the rows are one row, its first."""
    cells: list[list[str]] = []
    boxes: list[tuple[float, float, float, float]] = []
    if header:
        cells.append([" ".join(filter(None, column)) for column in zip(*(texts for _, texts in header), strict=True)])
        held_header = [line for row, _ in header for line in row]
        boxes.append((columns[0][0], min(line.bbox[1] for line in held_header), columns[-1][1],
                      max(line.bbox[3] for line in held_header)))
    pending: list[list[str]] = []  # wrapped lines above the row they belong to
    pending_top: float | None = None
    # (a grid of figures under its header, a calendar's month: a row of fewer figures is a row of its own, a week of
    # two days, not a wrapped cell's line, which figures do not have)
    figures_only = len(rows) > 1 and all(_is_figure(line.text) for row in rows[1:] for line in row)
    for k, row in enumerate(rows):
        wrapped = len(row) < ALIGNED_MIN_COLUMNS and not (figures_only and k > 0)  # a wrapped cell's line, no row
        texts = [""] * len(columns)
        for line in row:  # a continuation row's line the reader cut at a word space: both pieces kept
            column = _column_of(line, columns)
            texts[column] = f"{texts[column]} {line.text}".strip()
        top, bottom = min(line.bbox[1] for line in row), max(line.bbox[3] for line in row)
        if wrapped and (pending or not cells or _belongs_below(rows, k)):
            pending.append(texts)
            pending_top = top if pending_top is None else pending_top
            continue
        if cells and wrapped:
            cells[-1] = [f"{a} {b}".strip() for a, b in zip(cells[-1], texts, strict=True)]
            boxes[-1] = (boxes[-1][0], boxes[-1][1], boxes[-1][2], bottom)
        else:
            for above in reversed(pending):
                texts = [f"{a} {b}".strip() for a, b in zip(above, texts, strict=True)]
            cells.append(texts)
            boxes.append((columns[0][0], top if pending_top is None else pending_top, columns[-1][1], bottom))
            pending, pending_top = [], None
    for texts in pending:  # no row under them: they continue the last row after all
        cells[-1] = [f"{a} {b}".strip() for a, b in zip(cells[-1], texts, strict=True)]
    held = [line for row, _ in header for line in row] + [line for row in rows for line in row]
    bbox = (min(columns[0][0], *(line.bbox[0] for line in held)), boxes[0][1],
            max(columns[-1][1], *(line.bbox[2] for line in held)), boxes[-1][3])
    return FoundTable(bbox=bbox, rows=[list(row) for row in cells], row_boxes=boxes), held


WRAPPED_BELOW_MARGIN_EM = 0.2
"""A wrapped cell's line is read with the row under it when it stands nearer that row than the
row above, by more than this many ems (baseline to baseline)."""


def _belongs_below(rows: list[list[Line]], k: int) -> bool:
    """Row ``k`` of fewer pieces than the columns is a wrapped cell's line of the row under it, not
    of the row above: a table whose cells are set to the foot (or the middle) of their row puts a
    wrapped cell's first lines above the row's other cells, a line pitch over them, where the row
    above stands a row's pitch off (WRAPPED_BELOW_MARGIN_EM). Rows set to the top keep their
    wrapped lines under them, nearer the row above."""
    if k == 0 or k + 1 >= len(rows):
        return False
    size = max((line.font_size or UNKNOWN_FONT_SIZE) for line in rows[k])
    up = rows[k][0].bbox[3] - rows[k - 1][0].bbox[3]
    down = rows[k + 1][0].bbox[3] - rows[k][0].bbox[3]
    return down < up - WRAPPED_BELOW_MARGIN_EM * size


def _column_of(line: Line, columns: list[tuple[float, float]]) -> int:
    """The column whose x range holds the line's centre, else the nearest one (a wrapped cell's line
    may stand a point outside its column)."""
    centre = (line.bbox[0] + line.bbox[2]) / 2
    return min(range(len(columns)), key=lambda k: 0 if columns[k][0] <= centre <= columns[k][1] else
               min(abs(centre - columns[k][0]), abs(centre - columns[k][1])))
