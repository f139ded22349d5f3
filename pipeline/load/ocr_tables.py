"""Tables on OCR pages: the rules a scan shows (long thin dark runs in the engine's thresholded
image) and the words between them, into the same ``FoundTable`` a PDF reader gives, so that the
layout stage reads a scanned table as it reads a ruled one.

A scan has no drawn shapes, so the reader measures the rules itself:

- ``horizontal_rules``: runs of ink at least ``min_rule_length`` points long and at most
  ``max_rule_thickness`` thick (a page turned by a few tenths of a degree after deskewing still
  gives one rule: runs in neighbouring rows that meet are joined);
- ``ruled_tables``: rules of one extent (both ends within ``rule_end_tolerance``) set one under the
  other at most ``max_row_em`` ems apart are a table's row rules. The band between two rules is a
  row; the band just above the first rule is the header row when its words fall in two columns
  or more of the table (a caption above a top rule does not). Columns are the x ranges the body
  rows' words cover, cut where white at least ``column_gap_em`` wide runs through every row; a
  cell's words are joined line by line. A table is kept only when it is a grid of text (as in
  pipeline.load.tables): a framed sidebar, a rule under a heading, an underlined link are no table.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from pipeline.layout.tables import merged_spans, printed_rows
from pipeline.load.tables import is_grid_of_text
from pipeline.model import BBox, FoundTable, Line, Word

POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class OcrTableSettings:
    """Tolerances of the tables found on OCR pages (points, or ems of the page's body type)."""

    min_rule_length: float = 60.0
    """A rule is at least this long: a table's narrowest plausible width; letters never join into
    runs this long (a long word's ink is broken between its letters)."""
    max_rule_thickness: float = 3.0
    """A rule is at most this thick (0.5-1 pt drawn, blurred to 2 by a rough scan); thicker is a
    band or a picture."""
    row_join_pixels: int = 3
    """Runs in rows at most this many pixels apart that meet end to end or overlap are one rule (a
    rule turned by what deskewing left steps by a pixel every few hundred)."""
    rule_end_tolerance: float = 4.0
    """Rules whose ends are within this of each other are of one table."""
    max_row_em: float = 6.0
    """Row rules of one table are at most this many ems of body type apart (a row of three wrapped
    lines with its padding)."""
    column_gap_em: float = 0.5
    """White at least this many ems wide running through every row parts two columns (a word
    space is 0.25-0.35 em; cells of a narrow table stand 0.6 em apart)."""
    open_row_em: float = 1.6
    """A row of a table ruled only above its body follows the one before within this many ems."""
    open_row_size: float = 1.25
    """... and is set no larger than this times the table's type (a heading after the table is no row)."""
    rule_darkness: int = 200
    """A pixel of the page image (8-bit gray) darker than this may be part of a rule: rules are often
    light (grey, a tint of the brand colour) and the engine's own thresholding drops them."""
    max_rows_in_band: int = 3
    """Between two rules stand at most this many printed rows of one table row (wrapped cells);
    more are the rows of a table ruled only above and below its body, split by their cells."""
    header_reach_em: float = 2.5
    """The header row stands within this many ems above the first rule (two wrapped lines)."""


Rule = tuple[float, float, float]
"""A horizontal rule: (x0, x1, y) in points."""


def horizontal_rules(image, resolution: int, settings: OcrTableSettings) -> list[Rule]:
    """The horizontal rules of a page image (PIL, 8-bit gray, as the engine read it), in points, top
    to bottom."""
    import numpy

    per_point = resolution / POINTS_PER_INCH
    dark = numpy.asarray(image.convert("L")) < settings.rule_darkness
    length = max(2, round(settings.min_rule_length * per_point))
    rows = numpy.nonzero(numpy.count_nonzero(dark, axis=1) >= length)[0]
    if rows.size == 0:
        return []
    band = dark[rows]
    padded = numpy.zeros((band.shape[0], band.shape[1] + 2), dtype=numpy.int8)
    padded[:, 1:-1] = band
    steps = numpy.diff(padded, axis=1)
    start_rows, starts = numpy.nonzero(steps == 1)
    _, ends = numpy.nonzero(steps == -1)  # row-major order: the n-th end closes the n-th start
    long = (ends - starts) >= length
    runs = sorted(zip(rows[start_rows[long]].tolist(), starts[long].tolist(), ends[long].tolist(), strict=True))
    # join the runs of one rule (rows next to each other, x ranges that meet)
    pieces: list[list[int]] = []  # [first row, last row, x0, x1, dark pixels in its runs]
    for row, x0, x1 in runs:
        joined = None
        for piece in reversed(pieces):
            if row - piece[1] > settings.row_join_pixels:
                break
            if x0 <= piece[3] + settings.row_join_pixels and x1 >= piece[2] - settings.row_join_pixels:
                joined = piece
                break
        if joined is None:
            pieces.append([row, row, x0, x1, x1 - x0])
        else:
            joined[1], joined[2], joined[3], joined[4] = row, min(joined[2], x0), max(joined[3], x1), joined[4] + x1 - x0
    rules = []
    max_thickness = settings.max_rule_thickness * per_point
    for first, last, x0, x1, ink in pieces:
        # a rule's thickness is its ink over its length (a turned rule spans more rows than it is thick)
        if ink / max(1, x1 - x0) <= max_thickness:
            rules.append((round(x0 / per_point, 2), round(x1 / per_point, 2), round((first + last + 1) / 2 / per_point, 2)))
    rules.sort(key=lambda rule: (rule[2], rule[0]))
    return rules


def ruled_tables(rules: list[Rule], lines: list[Line], settings: OcrTableSettings) -> list[FoundTable]:
    """The tables the rules and the page's lines make (see the module), top to bottom."""
    sized = [line for line in lines if line.font_size and line.bbox is not None]
    if len(rules) < 2 or not sized:
        return []
    body = statistics.median(line.font_size for line in sized)
    groups: list[list[Rule]] = []
    for rule in rules:
        for group in groups:
            last = group[-1]
            if abs(last[0] - rule[0]) <= settings.rule_end_tolerance and abs(last[1] - rule[1]) <= settings.rule_end_tolerance \
                    and rule[2] - last[2] <= settings.max_row_em * body:
                group.append(rule)
                break
        else:
            groups.append([rule])
    found = []
    for group in groups:
        ys = _distinct([rule[2] for rule in group], settings.max_rule_thickness)
        if len(ys) < 2:
            continue
        table = _table(min(r[0] for r in group), max(r[1] for r in group), ys, sized, body, settings)
        if table is not None:
            found.append(table)
    found.sort(key=lambda table: (table.bbox[1], table.bbox[0]))
    return found


def _distinct(values: list[float], tolerance: float) -> list[float]:
    kept: list[float] = []
    for value in sorted(values):
        if not kept or value - kept[-1] > tolerance:
            kept.append(value)
    return kept


def _table(x0: float, x1: float, ys: list[float], lines: list[Line], body: float,
           settings: OcrTableSettings) -> FoundTable | None:
    """The table between rules at ``ys`` spanning ``x0``-``x1``: a row between each two rules (one
    with many printed rows split into its rows), its header above the first rule where there is
    one, and the rows below the last rule where the table goes on without rules (a rule under the
    header only); None when the words make no grid of text."""
    inside = [line for line in lines if x0 - 1 <= _centre(line)[0] <= x1 + 1]
    bands = []
    for top, bottom in zip(ys, ys[1:], strict=False):
        band = [line for line in inside if top < _centre(line)[1] < bottom]
        if band:
            bands.append((band, (x0, top, x1, bottom)))
    if not bands:
        return None
    columns = _columns([w for band, _ in bands for line in band for w in line.words], settings.column_gap_em * body)
    if len(columns) < 2:
        return None
    rows: list[tuple[list[Line], BBox]] = []
    for band, box in bands:
        printed = printed_rows(band)
        if len(printed) > settings.max_rows_in_band:  # a body between two rules only: its rows by their cells
            rows.extend(_split_rows(printed, columns, x0, x1))
        else:
            rows.append((band, box))
    header = _header(inside, ys[0], columns, settings)
    if header:
        rows.insert(0, (header, (x0, min(line.bbox[1] for line in header), x1, ys[0])))
    sizes = [line.font_size for row, _ in rows for line in row]
    body_size = statistics.median(sizes) if sizes else body
    rows.extend(_split_rows(_open_rows(inside, ys[-1], columns, body_size, settings), columns, x0, x1))
    cells = [_cells([(line, w) for line in row for w in line.words], columns) for row, _ in rows]
    if not is_grid_of_text(cells):
        return None
    row_boxes = [box for _, box in rows]
    return FoundTable(bbox=(x0, row_boxes[0][1], x1, row_boxes[-1][3]), rows=cells, row_boxes=row_boxes)


def _filled(row: list[Line], columns: list[tuple[float, float]]) -> int:
    return len({_column_of(w, columns) for line in row for w in line.words})


def _split_rows(printed: list[list[Line]], columns: list[tuple[float, float]], x0: float, x1: float) -> list[tuple[list[Line], BBox]]:
    """Printed rows into the table's rows: a printed row with words in two columns or more starts
    a row, one with words in a single column goes on with the row above (a wrapped cell)."""
    rows: list[list[Line]] = []
    for row in printed:
        if rows and _filled(row, columns) < 2:
            rows[-1].extend(row)
        else:
            rows.append(list(row))
    return [(row, (x0, min(line.bbox[1] for line in row), x1, max(line.bbox[3] for line in row))) for row in rows]


def _header(inside: list[Line], rule: float, columns: list[tuple[float, float]], settings: OcrTableSettings) -> list[Line]:
    """The header row right above the first rule: printed rows going up from it (within
    ``header_reach_em``) up to and with the first that has words in two columns or more (the
    lines under it are its wrapped cells), and those above that do too; all of them within the
    columns. A caption above the header, or above a table's top rule, is no header. Empty when
    there is none."""
    above = [line for line in inside if rule - settings.header_reach_em * line.font_size <= line.bbox[3] <= rule + 1]
    taken: list[list[Line]] = []
    seen_full = False
    for row in reversed(printed_rows(above)):
        full = _filled(row, columns) >= 2
        if seen_full and not full:
            break
        taken.append(row)
        seen_full = seen_full or full
    if not seen_full:
        return []
    while _filled(taken[-1], columns) < 2:  # lines above the header that are not of it
        taken.pop()
    words = [w for row in taken for line in row for w in line.words]
    return [line for row in taken for line in row] if _fits_columns(words, columns) else []


def _open_rows(inside: list[Line], rule: float, columns: list[tuple[float, float]], size: float,
               settings: OcrTableSettings) -> list[list[Line]]:
    """The printed rows below the last rule that go on with the table (of type ``size``): the
    first with words in two columns or more, each within ``open_row_em`` of the one before, no
    larger than ``open_row_size`` times the table's type, its words within the columns and no
    line running across the white between two columns (running text under the table)."""
    below = printed_rows([line for line in inside if line.bbox[1] >= rule - 1])
    taken: list[list[Line]] = []
    bottom = rule
    gap = settings.column_gap_em * size
    for row in below:
        if row[0].bbox[1] - bottom > settings.open_row_em * size or max(line.font_size for line in row) > settings.open_row_size * size:
            break
        if (not taken and _filled(row, columns) < 2) or _crosses_gutter(row, columns, gap):
            break
        if not _fits_columns([w for line in row for w in line.words], columns, at_least=1):
            break
        taken.append(row)
        bottom = max(line.bbox[3] for line in row)
    return taken


def _crosses_gutter(row: list[Line], columns: list[tuple[float, float]], gap: float) -> bool:
    """A line of the row has two words next to each other in two columns with less white than
    ``gap`` between them: text running across the columns."""
    for line in row:
        for a, b in zip(line.words, line.words[1:], strict=False):
            if _column_of(a, columns) != _column_of(b, columns) and b.bbox[0] - a.bbox[2] < gap:
                return True
    return False


def _centre(line: Line) -> tuple[float, float]:
    return (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2


def _columns(words: list[Word], gap: float) -> list[tuple[float, float]]:
    """The x ranges the words cover, joined where less than ``gap`` of white parts them."""
    return [(a, b) for a, b in merged_spans([(w.bbox[0], w.bbox[2]) for w in words], gap)]


def _fits_columns(words: list[Word], columns: list[tuple[float, float]], at_least: int = 2) -> bool:
    """The words (a header candidate) each stand within one column's reach (between the gaps
    around it) and fall in two columns or more: a header, not a caption across the table."""
    reach = [(columns[k - 1][1] if k else float("-inf"), columns[k + 1][0] if k + 1 < len(columns) else float("inf"))
             for k in range(len(columns))]
    used = set()
    for word in words:
        k = _column_of(word, columns)
        if not (reach[k][0] < word.bbox[0] and word.bbox[2] < reach[k][1]):
            return False
        used.add(k)
    return len(used) >= at_least


def _column_of(word: Word, columns: list[tuple[float, float]]) -> int:
    """The column whose x range holds the word's centre; for a word in the white between two
    columns (a header wider than its column's cells), the column on its left: cells are set flush
    left under their header."""
    centre = (word.bbox[0] + word.bbox[2]) / 2
    left = [k for k, (x0, _) in enumerate(columns) if x0 <= centre]
    return left[-1] if left else 0


def _cells(words: list[tuple[Line, Word]], columns: list[tuple[float, float]]) -> list[str | None]:
    """A row's words (with the line each is on) into its cells' texts, each cell read line by line,
    left to right (None: an empty cell)."""
    cells: list[list[tuple[Line, Word]]] = [[] for _ in columns]
    for line, word in words:
        cells[_column_of(word, columns)].append((line, word))
    texts: list[str | None] = []
    for cell in cells:
        ordered = sorted(cell, key=lambda pair: (pair[0].bbox[1], pair[0].bbox[0], pair[1].bbox[0]))
        texts.append(" ".join(word.text for _, word in ordered) or None)
    return texts
