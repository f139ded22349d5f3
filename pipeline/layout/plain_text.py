"""Plain text as a PDF-to-text tool leaves it, made readable before its lines are joined.

Two things such tools do to a brochure that the line joiner cannot undo on its own:

- **Tables come out one cell a line** (pdftotext and pdfminer without a layout mode): each cell a
  group of lines with a blank line around it, in row order (pdftotext) or the header then column by
  column (pdfminer). ``find_text_tables`` finds runs of such short cells that form a grid by count
  (the columns' cells alike: numbers under numbers, words under words) and makes each a table
  Block, so that its words stop being read as paragraphs (or as furniture, when a cell such as
  "Cooperation agreement" repeats).
- **Bullet markers are cut from their items**: a list's markers come out as a run of lines holding
  nothing but a marker ("■", "●", "(cid:226)", or the letter a symbol font's bullet maps to: "q",
  "l"), before the items' text. ``reattach_markers`` gives each marker back to the item it belongs
  to (the k markers of a run to the k lines after it); a symbol font's letter before an item
  ("q Cooperative law reform") is read as the bullet it draws.

Both read only the text and its blank lines: no word of any one brochure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from pipeline.languages import alternation, cue_words
from pipeline.layout.blocks import FULL_LINE_FRACTION, WouldFit, _continuation_words, text_wrap_width, would_fit_within
from pipeline.layout.patterns import (
    CAPITALS,
    URL,
    bullet_match,
    ends_sentence,
    is_contact_field,
    is_credit,
    is_drawn_with_characters,
    is_page_number,
    more_words_than,
    phone_numbers,
    starts_lowercase,
    text_width,
)
from pipeline.model import Block, LaidOutTable, Line
from pipeline.resources import data_file

CELL_MAX_LINES = 4
"""A table cell in one-cell-a-line text wraps over at most this many lines."""
CELL_MAX_WORDS = 10
"""Words in one cell at most (an indicator's name, a partner's name); more is running text."""
TABLE_MIN_DATA_ROWS = 2
"""A grid needs a header row and at least this many rows under it to be told from a list."""
TABLE_MAX_COLUMNS = 8
TABLE_MIN_PURITY = 0.95
"""How alike a grid's columns must be (the share of each column's cells below the header of its
column's kind, numbers or words, averaged over the columns)."""
TABLE_EDGE_SLACK = 2
"""Cells at either end of a run that may belong to the text around the table (a heading right above
it, a short line right after it) rather than to the grid."""
COLUMN_LINE_MAX_WORDS = 6
"""A group of more than CELL_MAX_LINES lines is a column of cells when each line has at most this many words."""
GRID_SEARCH_UNITS = 48
"""A grid that does not end with its run of cells is looked for within this many groups of its start
(eight columns of six rows): the search stays linear in the run's length."""
CAPTIONED_MIN_CELLS = 4
"""A captioned run of cells ("Table 2. …" right above or below) is a table even when its cells form no clean
grid (a header cell split over two groups): this many cells at least."""

# one figure: "58", "1,234", "45%", "(12)", "+3.5", "$40", "2015–2020", "1 800" (thousands set apart
# by a space, French and Spanish typography: a space, a no-break or a narrow no-break space); several
# figures in one cell are a column printed as one group of lines, not a number
_THOUSANDS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?"
_NUMERIC = re.compile(r"^[(+\-–]?[$€£]?(?:" + _THOUSANDS + r"|\d[\d.,]*)%?\)?(?:\s?[–—/-]\s?\d[\d.,]*%?)?$")
_CID = re.compile(r"^\(cid:\d+\)$")
_ENDS_IN_FIGURE = re.compile(r"(?:^|\s)[(+\-–]?[$€£]?\d[\d.,]*%?\)?$")
"""A line that is a figure or ends in one: a cell, or cells the tool set on one line ("Letter of intent 2020")."""


@cache
def _marker_letters() -> frozenset[str]:
    """Letters that a symbol font's bullet comes out as in extracted text (ZapfDingbats "l", "n")."""
    return frozenset(data_file("symbol_fonts.json")["text_marker_letters"])


@cache
def _caption_pattern() -> re.Pattern:
    words = "|".join(map(re.escape, data_file("lexicon.json")["table_caption_words"]))
    return re.compile(rf"^(?:{words})\s+[0-9A-Z][0-9.]*\b")


def is_lone_marker(text: str) -> bool:
    """The line holds a bullet marker and nothing else: a glyph, an unmapped glyph ("(cid:226)"), or
    a symbol font's bullet letter."""
    text = text.strip()
    if not text:
        return False
    if _CID.match(text) or text in _marker_letters():
        return True
    if len(text) > 2:  # a glyph marker is at most two characters (the test below): most lines end here
        return False
    marked = bullet_match(text + " x")
    return marked is not None and marked[1] == "x" and not marked[0][:1].isdigit() and len(text) <= 2


_SYMBOL_LETTER_ITEM = re.compile(r"^(?P<marker>\S)\s+(?P<rest>[" + CAPITALS + r"“\"‘(].*)$")


def symbol_letter_item(text: str) -> str | None:
    """The item's text when the line starts with a symbol font's bullet letter and a capital
    ("q Cooperative law reform"), else None. No English line starts with a lone "q" or "l"."""
    match = _SYMBOL_LETTER_ITEM.match(text)
    if match is None or match["marker"] not in _marker_letters():
        return None
    return match["rest"]


TEXT_BULLET = "•"
"""The marker a bullet gets when the text only shows it as a symbol font's letter or an unmapped glyph."""


def _marker_of(text: str) -> str:
    text = text.strip()
    return TEXT_BULLET if _CID.match(text) or text in _marker_letters() else text


def reattach_markers(lines: Sequence[Line]) -> list[Line]:
    """The lines with every bullet marker back before its item's text (see the module).

    A run of lone markers (blank lines between them allowed) gives its k markers, in order, to the
    k lines after it that are not markers, URLs, contact fields or already marked; markers left
    over (a list whose markers the tool put elsewhere) stay as they are. A line led by a symbol
    font's bullet letter gets the bullet instead of the letter."""
    out: list[Line] = []
    given: set[int] = set()  # the positions in ``out`` of lines whose marker was given back here
    index = 0
    while index < len(lines):
        line = lines[index]
        if not is_lone_marker(line.text):
            item = symbol_letter_item(line.text)
            out.append(replace(line, text=f"{TEXT_BULLET} {item}") if item is not None else line)
            index += 1
            continue
        end = index
        while end < len(lines) and is_lone_marker(lines[end].text):
            end += 1
        markers = lines[index:end]
        owners = _owners_before(out, given, markers)
        if owners:
            for position, marker in zip(owners, markers, strict=True):
                out[position] = replace(out[position], text=f"{_marker_of(marker.text)} {out[position].text}")
            index = end
            continue
        taken = 0
        position = end
        while taken < len(markers) and position < len(lines):
            candidate = lines[position]
            text = candidate.text
            if is_lone_marker(text) or bullet_match(text) or URL.match(text) or is_contact_field(text):
                break
            gap = markers[0].gap_before if taken == 0 else candidate.gap_before
            given.add(len(out))
            out.append(replace(candidate, text=f"{_marker_of(markers[taken].text)} {text}", gap_before=gap))
            taken += 1
            position += 1
        # markers left over have no item: they stay, after the items, as the tool put them
        out.extend(markers[taken:])
        index = position
    return out


def _owners_before(out: Sequence[Line], given: set[int], markers: Sequence[Line]) -> list[int]:
    """The positions in ``out`` of the items that a run of lone markers right after a list belongs to,
    or [] when it is no such run. A tool that prints a list's markers on its items' lines may leave
    the markers of the list's first items (the first item, the first item nested in it) after the
    list instead ("Une protection sociale …" / "d'abord en milieu rural" / "– puis dans les villes" /
    "● Des entreprises …" / "●" / "–"): when the line before the run is an item with its marker on
    its line as printed (not given back here), every marker of the run is one of that list's, and
    the list opens with as many unmarked short lines, those lines are the run's items, in order."""
    if not out or len(out) - 1 in given or (last := bullet_match(out[-1].text)) is None:
        return []
    start = len(out) - 1
    seen = {last[0]}
    while start > 0 and (marked := bullet_match(out[start - 1].text)) is not None and start - 1 not in given:
        seen.add(marked[0])
        start -= 1
    if any(_marker_of(marker.text) not in seen for marker in markers) or start < len(markers):
        return []
    owners = list(range(start - len(markers), start))
    fits = all(not out[at].vector_bullet and out[at].page == out[-1].page and len(out[at].text.split()) <= ITEM_MAX_WORDS
               and not ends_sentence(out[at].text) and not URL.search(out[at].text) and not is_contact_field(out[at].text)
               for at in owners)
    return owners if fits else []


@dataclass(frozen=True, slots=True)
class _Cell:
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def _groups(lines: Sequence[Line]) -> list[list[Line]]:
    """The lines in groups that blank lines separate (a page break separates too)."""
    groups: list[list[Line]] = []
    caption = _caption_pattern()
    previous_is_caption = False  # of the line before, the last of groups[-1]: each line is matched once
    for line in lines:
        is_caption = caption.match(line.text) is not None
        # a caption is a group of its own: pdftotext sets it against the text above or the first cell
        captions = is_caption or previous_is_caption
        if groups and line.gap_before == 0 and line.page == groups[-1][-1].page and not captions:
            groups[-1].append(line)
        else:
            groups.append([line])
        previous_is_caption = is_caption
    return groups


def _is_cell_text(text: str) -> bool:
    if more_words_than(text, CELL_MAX_WORDS) or _caption_pattern().match(text):
        return False
    if bullet_match(text) or is_lone_marker(text) or URL.search(text) or is_contact_field(text) or is_drawn_with_characters(text) \
            or is_credit(text):
        return False  # (a form's blank, a rule drawn with dots or dashes, a photo's credit: no cell)
    if is_page_number(text) and not _is_number(text):  # "Page 1 of 2" (a lone "2" may be a cell)
        return False
    # a full stop that ends a company's name ("Bluewater Logistics Inc.") ends no sentence
    return not (ends_sentence(text) and not text.endswith(")") and text.rsplit(" ", 1)[-1] not in _company_suffixes())


@cache
def _company_suffixes() -> frozenset[str]:
    return frozenset(data_file("lexicon.json")["company_suffixes"])


def _is_cell(group: Sequence[Line]) -> bool:
    """A group of lines that may be one cell (a few short lines), or one column of cells (short
    lines, one cell each: pdftotext sets a column of a table without white space between its rows)."""
    if not all(_is_cell_text(line.text) for line in group):
        return False
    if len(group) > 1 and any(_MASTHEAD_SEPARATOR.search(line.text) for line in group):
        return False  # a title over its dateline ("... in Bouaké and Korhogo" / "Côte d'Ivoire · Clear Path project, 2022–2025")
    return len(group) <= CELL_MAX_LINES or all(len(line.text.split()) <= COLUMN_LINE_MAX_WORDS for line in group)


@cache
def _scaled_figure() -> re.Pattern:
    """A figure with a space before its per cent sign ("18 %", French typography) or a word of scale
    after it ("1.1 million", "2,5 milliards"; lexicon.json "number_scale_words", every language)."""
    scales = alternation(cue_words("lexicon.json", "number_scale_words"))
    return re.compile(rf"^[(+\-–]?[$€£]?\d[\d.,]*(?:\s%|\s(?:{scales}))\)?$", re.IGNORECASE)


def _is_number(text: str) -> bool:
    return _NUMERIC.match(text) is not None or (text[:1].isdigit() and _scaled_figure().match(text) is not None)


@dataclass(frozen=True, slots=True)
class _Grid:
    start: int
    end: int
    rows: list[list[str]]
    purity: float
    header_rows: int | None = None
    """Header rows the grid has when its reading says so (0: a table of labels and values); None:
    told from its first row (a row of words over figures is a header)."""


def _grid_of(cells: Sequence[str], columns: int) -> list[tuple[list[list[str]], str]]:
    """The ways ``cells`` (header first) read as a grid of ``columns``: row by row; the header then
    column by column (pdfminer); and column by column, each under its own header cell (pdftotext
    printing each column of a table as one group of lines)."""
    if len(cells) % columns or len(cells) // columns < 1 + TABLE_MIN_DATA_ROWS:
        return []
    rows_count = len(cells) // columns
    by_row = [list(cells[r * columns:(r + 1) * columns]) for r in range(rows_count)]
    body = cells[columns:]
    body_rows = rows_count - 1
    by_column = [list(cells[:columns])] + [[body[c * body_rows + r] for c in range(columns)] for r in range(body_rows)]
    by_headed_column = [[cells[c * rows_count + r] for c in range(columns)] for r in range(rows_count)]
    return [(by_row, "rows"), (by_column, "columns"), (by_headed_column, "headed columns")]


def _purity(rows: list[list[str]], is_number: Callable[[str], bool] = _is_number) -> tuple[float, bool]:
    """How alike each column's body cells are (numbers or words), averaged; and whether some column
    is all numbers (a grid of words only is a list as often as a table)."""
    body = rows[1:]
    shares, numeric_column = [], False
    for column in range(len(rows[0])):
        kinds = [is_number(row[column]) for row in body]
        numbers = sum(kinds)
        shares.append(max(numbers, len(kinds) - numbers) / len(kinds))
        numeric_column = numeric_column or numbers == len(kinds)
    return sum(shares) / len(shares), numeric_column


def _split_units(unit_of: Sequence[int], columns: int, rows_count: int, order: str) -> int:
    """How many units (groups of lines) a reading of their cells as a grid cuts apart: a unit of
    several cells is one row (read by rows), one column's body (read by columns, the header apart)
    or one column with its header cell (read by headed columns),
    as the tool printed it; a reading that splits one across rows or columns is the wrong one."""
    body_rows = rows_count - 1
    places: dict[int, set] = {}
    for at, unit in enumerate(unit_of):
        # by rows: the cell's row; by columns: the header (-1), else the body column
        # by columns under their own header cells: the column
        place = at // columns if order == "rows" else at // rows_count if order == "headed columns" \
            else -1 if at < columns else (at - columns) // body_rows
        places.setdefault(unit, set()).add(place)
    return sum(1 for seen in places.values() if len(seen) > 1)


def _one_column_a_unit(units: Sequence[Sequence[str]], columns: int) -> bool:
    """The units are ``columns`` groups of as many cells each: one column of a table a group, its
    header cell at its top (pdftotext's order for a table whose columns it reads one at a time)."""
    return len(units) == columns and len({len(unit) for unit in units}) == 1


def _best_grid(units: Sequence[Sequence[str]]) -> _Grid | None:
    """The grid that covers most of a run of units (a unit: the cell texts of one group of lines,
    one cell or a column's cells), trimming at most TABLE_EDGE_SLACK units at each end, with alike
    columns and a header row of words; fewer columns and row order win ties. ``start`` and ``end``
    of the grid count units."""
    best: tuple | None = None
    # each cell read once as a number or not: the grids below arrange the same cells many ways
    is_number = {text: _is_number(text) for unit in units for text in unit}.__getitem__
    for start in range(min(TABLE_EDGE_SLACK, len(units)) + 1):
        # the run's end, or any end within GRID_SEARCH_UNITS: a run may go on past its table
        # (another table, text cells, looked at afterwards); the window keeps the search linear
        ends = sorted({*range(len(units), max(start, len(units) - TABLE_EDGE_SLACK - 1), -1),
                       *range(min(len(units), start + GRID_SEARCH_UNITS), start, -1)}, reverse=True)
        for end in ends:
            span = [text for unit in units[start:end] for text in unit]
            unit_of = [at for at, unit in enumerate(units[start:end]) for _ in unit]
            for columns in range(2, TABLE_MAX_COLUMNS + 1):
                for rows, order in _grid_of(span, columns):
                    if order == "headed columns" and not (start == 0 and end == len(units) and _one_column_a_unit(units, columns)):
                        continue  # (read so only where the run is the table, each column printed as one group)
                    purity, numeric = _purity(rows, is_number)
                    if purity < TABLE_MIN_PURITY or not numeric or is_number(rows[0][0]):
                        continue
                    if order == "headed columns" and any(is_number(row[0]) for row in rows[1:]):
                        continue  # columns read apart need the first to name the rows (no figures alone)
                    split = _split_units(unit_of, columns, len(rows), order)
                    rank = (len(span), -split, purity, -columns, order == "rows", -start)
                    if best is None or rank > best[0]:
                        best = (rank, _Grid(start, end, rows, purity))
    return best[1] if best else None


def _table_block(cells: Sequence[_Cell], rows: list[list[str]], header_rows: int) -> Block:
    lines = [line for cell in cells for line in cell.lines]
    page = lines[0].page
    table = LaidOutTable(rows=[list(row) for row in rows], header_rows=header_rows, pages=[page] if page is not None else [], bbox=None)
    text = " ".join(cell for row in rows for cell in row)
    return Block(text=text, lines=lines, kind="table", table=table, gap_before=lines[0].gap_before)


def _glued_head_cell(group: Sequence[Line]) -> Line | None:
    """The last line of a group of running text when it may be a table's first cell set against it:
    short cell text under a line that ends its sentence, a contact field, a list item or a quotation's
    attribution (the text above is complete, so the line is no wrapped part of it)."""
    if len(group) < 2 or not _is_cell_text(group[-1].text) or starts_lowercase(group[-1].text):
        return None
    above = group[-2].text
    complete = ends_sentence(above) or is_contact_field(above) or bullet_match(above) is not None \
        or symbol_letter_item(above) is not None or above.startswith(("—", "―"))
    # or a heading over the table, after text that is complete: "… an NGO." / "KEY DATES" / "When"
    complete = complete or (len(group) >= 3 and _is_cell_text(above) and not starts_lowercase(above)
                            and ends_sentence(group[-3].text))
    return group[-1] if complete else None


def _cells_by_case(group: Sequence[Line]) -> list[str]:
    """A group of lines read as cells that wrap: a line that the next goes on from in lower case
    ("Colombia," / "baseline") is one cell with it; a line after which a capital or a figure starts
    ends its cell (a column of labels or of figures printed as one group)."""
    cells: list[str] = []
    for line in group:
        if cells and starts_lowercase(line.text):
            cells[-1] = f"{cells[-1]} {line.text}"
        else:
            cells.append(line.text)
    return cells


def _grid_in(cells: Sequence[_Cell]) -> _Grid | None:
    """The best grid of a run of cell groups: each group one cell; else each group cells that wrap
    (``_cells_by_case``); else each line a cell (a column printed as one group of lines)."""
    if len(cells) >= 1 + TABLE_MIN_DATA_ROWS and (grid := _best_grid([[cell.text] for cell in cells])) is not None:
        return grid
    if not any(len(cell.lines) > 1 for cell in cells):
        return None
    grid = _best_grid([_cells_by_case(cell.lines) for cell in cells])
    return grid if grid is not None else _best_grid([[line.text for line in cell.lines] for cell in cells])


WORD_GRID_MIN_BODY_ROWS = 3
"""Rows under the header a grid of words needs (a grid with a figure column needs TABLE_MIN_DATA_ROWS):
a few short lines of words in a row are a list as often as a table."""
WORD_GRID_HEADER_MAX_WORDS = 4
"""Words in a header cell of a grid of words ("What the Convention says"): a header names a column."""
WORD_GRID_MIN_SEPARATION = 0.5
"""How much of the spread of the body cells' lengths (in words) lies between the columns rather than
within them, at least, when no column holds a figure in every cell: a table's columns differ (short
labels, longer descriptions), a list's items do not fall into columns."""
_DIGIT = re.compile(r"\d")


DATE_CELL_MAX_WORDS = 3
"""Words in a cell of a column of dates or times ("March 2024", "9 h 00", "08:30", "2023-2024")."""


def _is_date_cell(text: str) -> bool:
    """A short cell that holds a figure: a date, a time, a year (a column of them tells a timetable
    or a timeline from a list)."""
    return _DIGIT.search(text) is not None and not more_words_than(text, DATE_CELL_MAX_WORDS)


def _is_header_cell(text: str) -> bool:
    """A column's name: a few words, not led by a figure, no sentence punctuation at its end."""
    return (not more_words_than(text, WORD_GRID_HEADER_MAX_WORDS) and not text[:1].isdigit()
            and not starts_lowercase(text) and not ends_sentence(text) and not text.endswith(","))


def _separation(body: Sequence[Sequence[str]]) -> float:
    """The share of the variance of the body cells' word counts that lies between the columns' means
    (1: every column's cells alike in length and the columns apart; 0: no column structure)."""
    counts = [[len(row[column].split()) for row in body] for column in range(len(body[0]))]
    values = [count for column in counts for count in column]
    mean = sum(values) / len(values)
    total = sum((value - mean) ** 2 for value in values)
    if total == 0:
        return 0.0
    between = sum(len(column) * (sum(column) / len(column) - mean) ** 2 for column in counts)
    return between / total


def _straddles_pairs(rows: Sequence[Sequence[str]], after: str | None) -> bool:
    """The grid's rows cut across pairs of a heading and its description printed one after the other
    ("What we do" / "Training" / "Courses for …" / "Research" / "Studies of …" / …: a list of short
    headings, each with a line under it, after a section's heading): every row ends on a heading-shaped
    cell, every body row starts on a description (no column name's shape), and the cell right after
    the grid is a description too, the one of the last row's heading that the grid leaves out."""
    return (after is not None and not _is_header_cell(after) and all(_is_header_cell(row[-1]) for row in rows)
            and all(not _is_header_cell(row[0]) for row in rows[1:]))


def _word_grid(cells: Sequence[_Cell]) -> _Grid | None:
    """A grid of cells printed one a group in row order with no plain figure (a timetable,
    a timeline of dates, who does what): read only by rows, its header of short column names, at
    least WORD_GRID_MIN_BODY_ROWS rows under it, and columns told apart either by a figure in every
    cell of one column ("08:30", "March 2024") or by their lengths (WORD_GRID_MIN_SEPARATION). Tried
    at the run's start (up to TABLE_EDGE_SLACK cells in), ending at most TABLE_EDGE_SLACK before its
    end, and never one whose rows cut across pairs of a heading and its description
    (``_straddles_pairs``). The returned grid's ``start`` and ``end`` count cells of ``cells``; the
    grid that covers most cells wins, then one with a column of dates, then the clearest columns,
    then fewer columns."""
    texts = [cell.text for cell in cells[:GRID_SEARCH_UNITS]]
    if any(_is_number(text) for text in texts):
        return None  # a plain figure among the cells: a grid of figures that the reading above did not find
    best: tuple | None = None
    for start in range(min(TABLE_EDGE_SLACK, len(texts)) + 1):
        for end in range(len(texts), max(start, len(texts) - TABLE_EDGE_SLACK - 1), -1):
            span = texts[start:end]
            for columns in range(2, TABLE_MAX_COLUMNS + 1):
                if len(span) % columns or len(span) // columns < 1 + WORD_GRID_MIN_BODY_ROWS:
                    continue
                rows = [span[r * columns:(r + 1) * columns] for r in range(len(span) // columns)]
                if not all(_is_header_cell(cell) for cell in rows[0]):
                    continue
                body = rows[1:]
                if _straddles_pairs(rows, texts[end] if end < len(texts) else None):
                    continue
                dated = any(all(_is_date_cell(row[column]) for row in body) for column in range(columns))
                separation = _separation(body)
                if not dated and separation < WORD_GRID_MIN_SEPARATION:
                    continue
                rank = (len(span), dated, separation, -columns, -start)
                if best is None or rank > best[0]:
                    best = (rank, _Grid(start, end, rows, separation))
    return best[1] if best else None


DATED_ROWS_MIN = 3
"""Rows a timetable read by the dates that open its rows needs (``_dated_rows``)."""


def _dated_rows(cells: Sequence[_Cell]) -> _Grid | None:
    """A timetable whose rows each open with a time or a date ("08:30", "March 2024") and whose
    other cells may be empty ("10:30" / "Break", no speaker): pdftotext prints each cell a group and
    an empty cell not at all, so a count of cells cannot tell its rows; the dates that open them do.
    Its header: two to TABLE_MAX_COLUMNS column names (``_is_header_cell``) right before the first
    date, at most TABLE_EDGE_SLACK cells into the run; each row a date and one to columns - 1 cells
    that are no dates, a short row padded at its end; at least DATED_ROWS_MIN rows, most of them full.
    The returned grid's ``start`` and ``end`` count cells of ``cells``."""
    texts = [cell.text for cell in cells[:GRID_SEARCH_UNITS]]
    dates = [_is_date_cell(text) for text in texts]
    for start in range(min(TABLE_EDGE_SLACK, len(texts)) + 1):
        first = next((at for at in range(start, len(texts)) if dates[at]), None)
        if first is None:
            return None
        header = texts[start:first]
        columns = len(header)
        if not 2 <= columns <= TABLE_MAX_COLUMNS or not all(_is_header_cell(text) for text in header):
            continue
        rows, at = [], first
        while at < len(texts) and dates[at]:
            rest = 0
            while rest < columns - 1 and at + 1 + rest < len(texts) and not dates[at + 1 + rest]:
                rest += 1
            if rest == 0:
                break  # a date alone is no row
            rows.append(texts[at:at + 1 + rest] + [""] * (columns - 1 - rest))
            at += 1 + rest
        full = sum(1 for row in rows if row[-1])
        if len(rows) >= DATED_ROWS_MIN and 2 * full > len(rows):
            return _Grid(start, at, [header, *rows], 1.0)
    return None


KEY_VALUE_MIN_ROWS = 3
"""Pairs of a label and its value in a row that make a table of them (two could be a heading over
a short line, twice)."""
KEY_VALUE_KEY_MAX_WORDS = 3
"""Words in a label of a table of labels and values ("Duration", "Budget", "Target group")."""
KEY_VALUE_MIN_FIGURE_SHARE = 0.5
"""Share of the values that hold a figure, at least ("2024–2027", "US$ 3.1 million", "Zanzibar"):
the figures tell facts at a glance from a list of short headings each over a line of words."""


def _is_key_cell(text: str) -> bool:
    """A label of a table of labels and values: a column's name's shape (``_is_header_cell``) of at
    most KEY_VALUE_KEY_MAX_WORDS words, no figure in it, not in capitals (a label in capitals heads
    the table: "AT A GLANCE")."""
    return _is_header_cell(text) and not more_words_than(text, KEY_VALUE_KEY_MAX_WORDS) \
        and _DIGIT.search(text) is None and not text.isupper()


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
"""A heading's number ("2", "2.1", "3."): no date, so "1" / "Why it matters" / "2" / "Results" is a
list of numbered headings, no timeline."""


def _key_value_pairs(texts: Sequence[str], start: int, by_lines: bool) -> list[list[str]]:
    """The pairs of a label and its value in a row from ``texts[start]`` on: a label (``_is_key_cell``)
    then a value, or a date ("2023", "15 octobre", ``_is_date_cell``) then what happened then (no
    date; a heading's number is none, ``_SECTION_NUMBER``), each row of the kind of the first. A
    value printed as a group of its own may start in lower case ("Langues" / "arabe et français");
    read by lines, a line in lower case goes on from the one above, so it is no value."""
    rows: list[list[str]] = []
    dated = _is_date_cell(texts[start]) if start < len(texts) else False
    at = start
    while at + 1 < len(texts):
        key, value = texts[at], texts[at + 1]
        fits = (_is_date_cell(key) and not _is_date_cell(value) and not _SECTION_NUMBER.match(key)) if dated else _is_key_cell(key)
        if not fits or (by_lines and starts_lowercase(value)):
            break
        rows.append([key, value])
        at += 2
    return rows


def _key_value_rows(cells: Sequence[_Cell]) -> _Grid | None:
    """A table without a header whose rows are a label and its value ("Duration" / "2024–2027" /
    "Budget" / "US$ 3.1 million" / "Where" / "Zanzibar"), or a date and what happened then ("2022" /
    "MOU signed"), printed one cell a group, or one cell a line of a group (a box of key facts): at
    least KEY_VALUE_MIN_ROWS pairs in a row (``_key_value_pairs``), the share
    KEY_VALUE_MIN_FIGURE_SHARE of the labels' values with a figure. Looked for at the run's start
    (up to TABLE_EDGE_SLACK cells in: a heading over the box), read first by groups, then by lines
    when the run is one group, which the pairs must then fill; the table ends where the pairs end.
    ``start`` and ``end`` count cells of ``cells``."""
    readings = [[cell.text for cell in cells[:GRID_SEARCH_UNITS]]]
    if len(cells) == 1:
        readings.append([line.text for line in cells[0].lines])
    for by_lines, texts in enumerate(readings):
        for start in range(min(TABLE_EDGE_SLACK, len(texts)) + 1):
            rows = _key_value_pairs(texts, start, bool(by_lines))
            if len(rows) < KEY_VALUE_MIN_ROWS:
                continue
            figures = sum(1 for key, value in rows if _DIGIT.search(key) or _DIGIT.search(value))
            if figures < KEY_VALUE_MIN_FIGURE_SHARE * len(rows):
                continue
            end = start + 2 * len(rows)
            if by_lines:
                return _Grid(0, 1, rows, 1.0, header_rows=0) if start == 0 and end == len(texts) else None
            return _Grid(start, end, rows, 1.0, header_rows=0)
    return None


def _figures_in(cells: Sequence[_Cell]) -> int:
    return sum(1 for cell in cells for line in cell.lines if _is_number(line.text))


def _last_with_figure(cells: Sequence[_Cell]) -> int | None:
    """The index of the last cell group that holds a figure line, or None."""
    found = [at for at, cell in enumerate(cells) if any(_is_number(line.text) for line in cell.lines)]
    return found[-1] if found else None


def _is_table_rest(cells: Sequence[_Cell]) -> bool:
    """Cells left after a table that are more of it: two lines at least (a lone figure is a
    footnote's or the page's number), and no photo credit among them."""
    lines = [line.text for cell in cells for line in cell.lines]
    return len(lines) >= 2 and not any(is_credit(text) for text in lines)


def _run_tables(cells: Sequence[_Cell], glued: bool) -> tuple[list[Line | Block], bool, bool]:
    """A run of cell groups with each grid in it made a table Block, the other groups left as their
    lines, in order; whether a grid was found; and whether a grid took the glued first cell. A run
    may hold two tables, or text cells before a table (a heading, a short line): each grid is looked
    for in what the one before left. With
    ``glued`` the first cell is a line of the text above, already written out: it is left out
    unless a grid takes it (then the caller takes it back from the text above)."""
    out: list[Line | Block] = []
    position, found, took_glued = 0, False, False
    while position < len(cells):
        # the whole run first (a table that fills it); after that, a window of it (linear time)
        rest = cells[position:] if position == 0 else cells[position:position + GRID_SEARCH_UNITS]
        grid = _grid_in(rest) if _figures_in(rest) >= TABLE_MIN_DATA_ROWS else None
        if grid is None and not found:
            grid = _word_grid(rest) or _dated_rows(rest) or _key_value_rows(rest)
        if grid is None and found and (last := _last_with_figure(rest)) is not None \
                and _is_table_rest(rest[:last + 1]):
            # cells left after a table, figures among them: the rest of that table that the tool
            # printed out of order (cells set on one line), not paragraphs: one row of its lines,
            # as its rows cannot be told apart
            lines_left = [line.text for cell in rest[:last + 1] for line in cell.lines]
            out.append(_table_block(rest[:last + 1], [lines_left], 0))
            position += last + 1
            continue
        if grid is None:
            # the grid, if any, starts further on than the slack the search allows at the start
            skip = TABLE_EDGE_SLACK + 1 if _figures_in(rest) >= TABLE_MIN_DATA_ROWS else len(rest)
            taken = rest[:skip]
        else:
            taken = rest[:grid.start]
        for at, cell in enumerate(taken, start=position):
            if not (glued and at == 0):
                out.extend(cell.lines)
        if grid is None:
            position += len(taken)
            continue
        header = grid.header_rows if grid.header_rows is not None else 0 if any(_is_number(cell) for cell in grid.rows[0]) else 1
        out.append(_table_block(rest[grid.start:grid.end], grid.rows, header))
        found = True
        took_glued = took_glued or (glued and position + grid.start == 0)
        position += grid.end
    return out, found, took_glued


def _headed_run(cells: Sequence[_Cell]) -> tuple[list[Line], list[Line | Block]] | None:
    """A run of cells whose first group is a heading with the table's first header cell set against
    it (pdftotext prints the line right above a table with no blank line before the first cell:
    "Programme" / "Time", then every cell apart): (the heading's lines, the run read with the last
    line of that group as its first cell) when that reading finds a grid that starts with it, else
    None. The last line starts a cell of its own: a capital (not a word going on in lower case, a
    unit "(%)" or a figure under a wrapped header cell), after a line that ends on no word that runs
    on, and the next cell is one line."""
    first = cells[0].lines if cells else ()
    if len(first) < 2 or not first[-1].text[:1].isupper() or len(cells) < 2 or len(cells[1].lines) > 1:
        return None  # the next header cell in one line too (a wrapped header sets its cells over two)
    above = first[-2].text
    if above.rsplit(" ", 1)[-1].lower() in _continuation_words() or above.endswith((",", "&", "(", "-", "–", ":")):
        return None  # a name that wraps ("Republic of" / "Moldova")
    found_out, found, _ = _run_tables([_Cell((first[-1],)), *cells[1:]], False)
    if not found or not isinstance(found_out[0], Block):
        return None
    return list(first[:-1]), found_out


def _has_figure(rows: Sequence[Sequence[str]]) -> bool:
    """Some cell is a plain figure: a grid of figures (a grid of words holds none, ``_word_grid``)."""
    return any(_is_number(cell) for row in rows for cell in row)


def _wrapped_header_cell(group: Sequence[Line]) -> bool:
    """A group of lines that reads as one column's name wrapped onto a line in a capital: a header
    cell's shape as a whole (``_is_header_cell``: a few words, no figure first), every word above
    that line in a capital too (a name in sentence case goes on in lower case: "Enrolment by
    governorate" / "Governorate" is a heading over the cell), and no line in capitals over one that
    is not (a heading in capitals: "FIRST RESULTS" / "Indicator")."""
    last = group[-1].text
    return _is_header_cell(" ".join(line.text for line in group)) \
        and not any(starts_lowercase(word) for line in group[:-1] for word in line.text.split()) \
        and not any(line.text.isupper() and not last.isupper() for line in group[:-1])


GLUED_COLUMN_MIN_LINES = 2
"""Lines of a table's first column (its header cell and one cell a row at least) that pdftotext may
set against the paragraph above it."""


def _glued_column(group: Sequence[Line], following: Sequence[Line] | None) -> int | None:
    """Where a table's first column starts in a group of running text that pdftotext ran it into (no
    blank line between the paragraph's last line and the column's name), or None: after the group's
    last line that ends a sentence, a tail of cell lines (``_is_cell``) as many as the lines of the
    group after it, which is a column of its own of that many cells (the table's next column, printed
    as one group of lines). The tail's first line starts in a capital or a figure."""
    if following is None or len(following) < GLUED_COLUMN_MIN_LINES or len(group) <= len(following):
        return None
    start = len(group) - len(following)
    if not ends_sentence(group[start - 1].text) or starts_lowercase(group[start].text):
        return None
    tail = group[start:]
    if not _is_cell(tail) or not _is_cell(following) or any(ends_sentence(line.text) for line in tail):
        return None
    return start


def _split_glued_columns(groups: list[list[Line]]) -> list[list[Line]]:
    """The groups with each table column that pdftotext ran into the paragraph above it (``_glued_column``)
    set apart as a group of its own."""
    out: list[list[Line]] = []
    for at, group in enumerate(groups):
        start = _glued_column(group, groups[at + 1] if at + 1 < len(groups) else None) if len(group) > GLUED_COLUMN_MIN_LINES else None
        if start is None:
            out.append(group)
        else:
            out.extend([group[:start], group[start:]])
    return out


BRIDGE_MAX_LINES = 6
"""Lines of a group of another thread (a paragraph of the main column, a form's field) that pdftotext
set between the cells of a table printed beside it, over which a run of cells may go on."""


def _table_cells(items: Sequence[Line | Block]) -> int:
    """Cells of the tables among ``items``."""
    return sum(len(row) for item in items if isinstance(item, Block) and item.kind == "table" for row in item.table.rows)


def _bridge_end(groups: Sequence[Sequence[Line]], cell_like: Sequence[bool], end: int) -> int | None:
    """Where the run of cells that goes on after the group at ``end`` ends, when that group may be a
    bridge: no cell, at most BRIDGE_MAX_LINES lines, no caption, on the page of the cells either side
    of it, and cells right after it; else None."""
    if end + 1 >= len(groups) or cell_like[end] or not cell_like[end + 1] or len(groups[end]) > BRIDGE_MAX_LINES:
        return None
    if _caption_pattern().match(groups[end][0].text) or len({groups[at][0].page for at in (end - 1, end, end + 1)}) > 1:
        return None
    after = end + 1
    while after < len(groups) and cell_like[after]:
        after += 1
    return after


BRIDGE_MIN_ROWS = 3
"""Rows a table read across a bridge needs (the rest of a table printed out of order, one row of its
lines, is no table to read across another thread)."""


def _bridged_between_rows(table: LaidOutTable, first_after: str) -> bool:
    """The table has BRIDGE_MIN_ROWS rows or more and the cell right after the bridge opens one of its
    rows below the first row of its body: the other thread came between two rows of the body, not
    inside a row, nor between the header and the body (text between them belongs to the page above
    the table: a grid read across it would take the lines over the table for its header)."""
    rows = table.rows
    return len(rows) >= BRIDGE_MIN_ROWS and any(row[0] == first_after for row in rows[table.header_rows + 1:])


def _bridged_run(groups: Sequence[Sequence[Line]], cell_like: Sequence[bool], end: int, cells: Sequence[_Cell],
                 glued: bool, found_out: list[Line | Block]) -> tuple[list[Line | Block], int, bool] | None:
    """A run of cells read on over the groups of another thread set between its cells (``_bridge_end``:
    a paragraph of the main column between the rows of a box of key facts, a form's field between
    the rows of a results table): each bridge is taken when a table spans it and the run read across
    it holds more table cells than its two parts read apart. Returns (the items, each bridge's lines
    right before the table that spans it, so that a caption under the table stays next to it; the
    end of the last run taken; whether a table took the glued first cell), or None when no bridge
    is taken."""
    current, items, took, bridges = list(cells), found_out, None, []
    while (after := _bridge_end(groups, cell_like, end)) is not None:
        following = [_Cell(tuple(group)) for group in groups[end + 1:after]]
        merged, _, merged_took = _run_tables([*current, *following], glued)
        apart = _table_cells(items) + _table_cells(_run_tables(following, False)[0])
        first_after = id(following[0].lines[0])
        before = {id(line) for cell in current for line in cell.lines}
        spans = any(isinstance(item, Block) and item.kind == "table" and any(id(line) == first_after for line in item.lines)
                    and any(id(line) in before for line in item.lines) and _bridged_between_rows(item.table, following[0].text)
                    for item in merged)
        if not spans or _table_cells(merged) <= apart:
            break
        bridges.append((groups[end], first_after))
        current, items, took, end = [*current, *following], merged, merged_took, after
    if not bridges:
        return None
    before_table: dict[int, list[Line]] = {}
    for bridge, first_after in bridges:  # in reading order, each before the table that spans it
        at = next(at for at, item in enumerate(items) if isinstance(item, Block) and any(id(line) == first_after for line in item.lines))
        before_table.setdefault(at, []).extend(bridge)
    out = [part for at, item in enumerate(items) for part in (*before_table.get(at, ()), item)]
    return out, end, bool(took)


def find_text_tables(lines: Sequence[Line]) -> list[Line | Block]:
    """The lines of a text with each one-cell-a-line table replaced by a table Block (see the
    module), in reading order."""
    groups = _split_glued_columns(_groups(lines))
    cell_like = [_is_cell(group) for group in groups]  # each group judged once
    # a photo's credit set between the cells (the photo beside the table) is no cell, and no end of
    # the run either: its line is written after what the run makes
    credit = [not cell_like[at] and len(group) == 1 and is_credit(group[0].text) for at, group in enumerate(groups)]
    out: list[Line | Block] = []
    index = 0
    while index < len(groups):
        if not cell_like[index]:
            out.extend(groups[index])
            index += 1
            continue
        end = index
        while end < len(groups) and (cell_like[end] or (credit[end] and end + 1 < len(groups) and cell_like[end + 1])):
            end += 1
        held = [line for at in range(index, end) if credit[at] for line in groups[at]]
        cells = [_Cell(tuple(groups[at])) for at in range(index, end) if not credit[at]]
        # the header's first cell set against the line above it with no blank line between (Typst
        # after a paragraph, a contact panel or a list): offered to the grid as its first cell
        glued = _glued_head_cell(groups[index - 1]) if index and not cell_like[index - 1] else None
        if glued is not None:
            cells.insert(0, _Cell((glued,)))
        found_out, found, took_glued = _run_tables(cells, glued is not None)
        bridged = _bridged_run(groups, cell_like, end, cells, glued is not None, found_out)
        if bridged is not None:
            if bridged[2]:
                out.pop()  # the last line of the group above: now the grid's first cell
            out.extend([*bridged[0], *held])
            index = bridged[1]
            continue
        # a heading set against the first header cell is cut off it only when the run read with its
        # first group whole finds no table of figures starting there with that group as one wrapped
        # header cell ("Youth" / "Unemployment"); a heading makes the cell no column's name ("Where the
        # jobs stand" / "Country", "FIRST RESULTS" / "Indicator"), and a grid of words found whole may
        # still carry it ("Programme" / "Time")
        whole = found and isinstance(found_out[0], Block) and _has_figure(found_out[0].table.rows) \
            and _wrapped_header_cell(cells[glued is not None].lines)
        headed = None if whole else _headed_run(cells[glued is not None:])
        if headed is not None:
            out.extend([*headed[0], *headed[1], *held])
            index = end
            continue
        if took_glued:
            out.pop()  # the last line of the group above: now the grid's first cell
        # the caption stands right above the cells, or right below them (Typst sets it under the table)
        captioned = any(0 <= at < len(groups) and _caption_pattern().match(groups[at][0].text) is not None for at in (index - 1, end))
        if glued is not None and not found:
            cells = cells[1:]
        if found:
            out.extend(found_out)
        elif captioned and len(line_texts := [line.text for cell in cells for line in cell.lines]) >= CAPTIONED_MIN_CELLS \
                and sum(1 for text in line_texts if _ENDS_IN_FIGURE.search(text)) >= 2:
            # the cells are there but their order is lost (pdftotext read the grid out of order): a
            # table of one row of its lines in the order printed (its rows cannot be told apart), so
            # that its words are not read as paragraphs
            out.append(_table_block(cells, [line_texts], 0))
        else:
            for cell in cells:
                out.extend(cell.lines)
        out.extend(held)
        index = end
    return out


MEASURE_WINDOW = 8
"""Lines either side of a line whose widths set its measure (the width of a full line there)."""
MEASURE_MIN_WORDS = 5
"""Only lines of at least this many words count towards a measure (a heading or a cell is no full line)."""
MEASURE_MIN_LINES = 2
"""Wrapped lines needed near a line for a local measure (else the document's holds)."""
NEIGHBOUR_WINDOW = 4
"""Lines either side of a line that ends a sentence whose widths say whether it is as full as theirs."""
SENTENCE_END_NEIGHBOUR_SHARE = 0.95
"""A line that ends a sentence is full, and the next sentence (in a capital) goes on in its paragraph,
only when the line and that sentence's first word take at least this share of the widest line near it."""
NARROW_SHARE = 0.8
"""A local measure is used only where it is this much narrower than the document's: a narrow column
(a sidebar, a panel, one of two or three columns), not ragged lines of the one column."""


def local_wrap_fit(lines: Sequence[Line]) -> WouldFit:
    """A WouldFit for plain text whose measure is local: the width of the wrapped lines around each
    line (MEASURE_WINDOW), so that the narrow column of a sidebar or a tri-fold panel is judged
    by its own full lines, not by the page's widest (pdftotext writes each column's lines as they
    were printed). A line counts as wrapped where the line under it goes on with its sentence in
    lower case: key figures, list items and address lines, short on purpose, never set a measure.
    Where too few wrapped lines are near, the document's measure (``blocks.text_wrap_fit``) holds.
    Lines are known by their number in the file."""
    document_width = text_wrap_width(lines)
    document = would_fit_within(document_width)
    # (more_words_than splits no further than the words counted: most lines have more)
    full = [more_words_than(line.text, MEASURE_MIN_WORDS - 1) for line in lines]
    widths_of = [text_width(line.text) for line in lines]  # each line's width, measured once
    body = sorted(width for width, is_full in zip(widths_of, full, strict=True) if is_full)
    wrapped = [(index, widths_of[index]) for index in range(len(lines) - 1)
               if lines[index + 1].gap_before == 0 and starts_lowercase(lines[index + 1].text) and full[index]]
    narrow = NARROW_SHARE * body[int(0.95 * (len(body) - 1))] if body else 0.0
    measure: dict[int, float] = {}
    positions = [at for at, _ in wrapped]  # in order: the window is a slice (linear in the lines, not quadratic)
    widths = [width for _, width in wrapped]
    for index, line in enumerate(lines):
        low, high = bisect_left(positions, index - MEASURE_WINDOW), bisect_right(positions, index + MEASURE_WINDOW)
        if high - low >= MEASURE_MIN_LINES and (widest := max(widths[low:high])) < narrow:
            measure[line.number] = widest
    # A paragraph set apart by blank lines with wrapped lines of its own is its own measure (a
    # sidebar's narrow paragraph beside the main column's wide one).
    wrapped_at = dict(wrapped)
    position = {id(line): index for index, line in enumerate(lines)}
    for group in _groups(lines):
        own = [wrapped_at[position[id(line)]] for line in group if position[id(line)] in wrapped_at]
        if len(own) >= MEASURE_MIN_LINES and max(own) < narrow:
            for line in group:
                measure[line.number] = max(own)

    # the widest line of running text near each line (itself left out), for a sentence's end below;
    # a line counts no wider than the measure, so that one line made long by an edit moves no other
    # line's verdict
    body_widths = [min(width, measure.get(line.number, document_width or 0.0)) if is_full else 0.0
                   for line, width, is_full in zip(lines, widths_of, full, strict=True)]
    index_of = {line.number: index for index, line in enumerate(lines)}  # (a number twice: its last line, as before)
    widest_near: dict[int, float] = {}  # by line number, found when a line's verdict needs it

    def widest_near_line(number: int) -> float:
        if number not in widest_near:
            index = index_of[number]
            widest_near[number] = max((body_widths[j] for j in range(max(0, index - NEIGHBOUR_WINDOW),
                                                                       min(len(lines), index + NEIGHBOUR_WINDOW + 1)) if j != index),
                                      default=0.0)
        return widest_near[number]

    def would_fit(a: Line, b: Line) -> bool:
        # across blank lines the document's measure decides: the word must overflow it (see
        # blocks.text_wrap_fit), so that a double-spaced list of short items stays apart
        if b.gap_before > 0 or (a.number not in measure and document_width is None):
            return document(a, b)
        first_word = b.text.split(" ", 1)[0]
        width = text_width(f"{a.text} {first_word}")
        if width <= FULL_LINE_FRACTION * measure.get(a.number, document_width):
            return True
        # after a full stop, a new sentence in a capital goes on in the same paragraph only when
        # the line is as full as the lines around it: a paragraph's last line that nearly fills the
        # column's measure is still short of its neighbours, which the typesetter wrapped
        new_sentence = ends_sentence(a.text) and not starts_lowercase(b.text)
        return new_sentence and width < SENTENCE_END_NEIGHBOUR_SHARE * widest_near_line(a.number)

    return would_fit


ITEM_MAX_WORDS = 12
"""A list item whose bullet the text lost is one short line of at most this many words."""
ITEM_MIN_RUN = 2
NESTED_MARKERS = frozenset("–-◦○⁃")
"""The markers of a nested list, which a list whose own drawn bullets were lost may hold."""
_LABELLED_FIELD = re.compile(r"^[^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_]+){0,2}\s*:\s*[+(\d\w]\S*@?\S*")
"""A field of a contact panel in any language: one to three words, a colon, a value ("Teléfono: +51 …")."""
"""Short lines in a row needed to read them as a list."""


def _item_shaped(line: Line, following: Line | None, would_fit: WouldFit, in_run: bool = False) -> bool:
    """A short line that may be an item of a list whose bullets were lost: room left for the next
    line's first word (else the line was wrapped), or, inside a run of such lines (``in_run``), a
    next line that starts afresh in a capital after a line ending on no word that runs on (a
    narrow panel's item may fill its column: "Bilateral labour agreements that protect rights" /
    "Written contracts before departure")."""
    text = line.text
    if len(text.split()) > ITEM_MAX_WORDS or ends_sentence(text) or bullet_match(text) or URL.search(text) or is_contact_field(text):
        return False
    if _caption_pattern().match(text):
        return False
    if following is None or following.gap_before > 0 or would_fit(line, following):
        return True
    starts_afresh = following.text[:1].isupper() and text.rsplit(" ", 1)[-1].lower() not in _continuation_words() \
        and not text.endswith((",", "&", "(", "-", "–"))
    return in_run and starts_afresh


def mark_unmarked_items(lines: Sequence[Line], would_fit: WouldFit) -> list[Line]:
    """The lines with the items of a list whose bullets the text lost (drawn bullets, which
    pdftotext does not write) marked as bullets (``Line.vector_bullet``: a mark the reader did not
    get as a character). Such a list is a run of at least ITEM_MIN_RUN short lines (room left for
    the next line's first word, no sentence end, no marker) right under a line that ends a
    sentence, with no blank line between: typeset text does not break a paragraph's lines short
    and unpunctuated, and a heading has white space above it. A run that the next line goes on
    from in lower case is the start of a sentence, not a list."""
    out = list(lines)
    index = 1
    while index < len(out):
        previous = out[index - 1]
        # after a closing quotation mark come the speaker's name and role, not a list
        closes_quote = previous.text.rstrip().endswith(("”", '"', "’", "»"))
        if out[index].gap_before > 0 or not ends_sentence(previous.text) or closes_quote or previous.page != out[index].page:
            index += 1
            continue
        end, items, tails = index, [], 0
        nested_before = False  # the line before is a nested item that kept its marker
        while end < len(out) and (end == index or out[end].gap_before == 0 or nested_before
                                  or items and _is_nested_marked(out[end])) and out[end].page == previous.page:
            following = out[end + 1] if end + 1 < len(out) else None
            nested_before = False
            if _item_shaped(out[end], following, would_fit, in_run=end > index or _run_follows(out, end, would_fit)):
                # a short line that goes on from an item in lower case is its wrapped tail (or an item
                # nested in it, which mark_lost_nested_items finds): it makes the run, but is no item
                if items and starts_lowercase(out[end].text):
                    tails += 1
                else:
                    items.append(end)
                end += 1
            elif items and _is_nested_marked(out[end]):
                end += 1  # a nested item under one whose bullet was lost keeps its own marker ("– in rural areas")
                nested_before = True
            elif _wrapped_item(out[end], following, out[end + 2] if end + 2 < len(out) else None, would_fit):
                items.append(end)
                end += 2
            else:
                break
        while end > index and bullet_match(out[end - 1].text) is not None:
            end -= 1  # marked lines after the last lost bullet are a list of their own
        after = out[end] if end < len(out) else None
        goes_on = after is not None and after.gap_before == 0 and starts_lowercase(after.text)
        # a run that ends in a labelled field ("Teléfono: +51 …", "Email: …") is a contact panel's name,
        # office and address lines, in any language
        panel = after is not None and after.gap_before == 0 and (is_contact_field(after.text) or _LABELLED_FIELD.match(after.text))
        if len(items) + tails >= ITEM_MIN_RUN and not goes_on and not panel:
            for position in items:
                out[position] = replace(out[position], vector_bullet=True)
        index = max(end, index + 1)
    return out


def _is_nested_marked(line: Line) -> bool:
    """The line is a nested list item that kept its own marker ("– in rural areas first")."""
    marked = bullet_match(line.text)
    return marked is not None and marked[0] in NESTED_MARKERS


def _run_follows(lines: Sequence[Line], index: int, would_fit: WouldFit) -> bool:
    """A list's first item may fill its line (a narrow column, a long French or Spanish phrase):
    then the line right after it, with no blank line between, must itself be an item whose bullet
    was lost (a short line, or a wrapped item), so that a run of items, not a paragraph's first
    line, follows (a paragraph's second line is full and goes on in lower case)."""
    if index + 1 >= len(lines) or lines[index + 1].gap_before > 0:
        return False
    second = lines[index + 1]
    following = lines[index + 2] if index + 2 < len(lines) else None
    after = lines[index + 3] if index + 3 < len(lines) else None
    if starts_lowercase(second.text):
        return False
    return _item_shaped(second, following, would_fit) or _wrapped_item(second, following, after, would_fit)


def _wrapped_item(line: Line, following: Line | None, after: Line | None, would_fit: WouldFit) -> bool:
    """``line`` and ``following`` are one list item that wrapped (its bullet lost): ``line`` is full
    (no room for the next word), ends no sentence, and ``following`` goes on from it in lower case
    as a short line of its own with room left ("Due diligence by companies in their supply" /
    "chains"). Longer phrases wrap more: French and Spanish items do so more often than English."""
    if following is None or following.gap_before > 0 or not starts_lowercase(following.text):
        return False
    text = f"{line.text} {following.text}"
    if len(text.split()) > ITEM_MAX_WORDS or ends_sentence(line.text) or bullet_match(line.text) or URL.search(text):
        return False
    return not would_fit(line, following) and _item_shaped(following, after, would_fit)


COLON_ITEM_MAX_WORDS = 24
"""A list item that goes on from a colon in lower case ("… in the pilot are:" / "construction workers in
Addis Ababa" / …) has at most this many words, its wrapped lines counted."""


def mark_colon_list_items(lines: Sequence[Line], would_fit: WouldFit) -> list[Line]:
    """The lines with the items of a list that goes on from a colon in lower case, its bullets lost
    (or never printed), marked as bullets (``Line.vector_bullet``).

    Under a line that ends with a colon, with no blank line between, the lines that start in lower
    case are read as items: a line that had room for the next line's first word, or that ends with
    a semicolon, ends its item (a typesetter wraps only a full line); a full line goes on into the
    next. The list ends at a line that starts in a capital, a blank line, a page break, or an item
    that ends with a full stop (the list's last). At least ITEM_MIN_RUN items, each of at most
    COLON_ITEM_MAX_WORDS words: a sentence that goes on after a colon fills its lines, so it makes
    one long item, not a list."""
    out = list(lines)
    index = 1
    while index < len(out):
        previous = out[index - 1]
        after_colon = previous.text.rstrip().endswith(":") and out[index].gap_before == 0
        # the colon's line may stand elsewhere (pdftotext reads a column's list apart from its lead-in):
        # then the items, set apart, must end with semicolons, as such a list's items do
        set_apart = out[index].gap_before > 0 and _semicolon_items(out, index)
        if not (after_colon or set_apart) or out[index].vector_bullet:
            index += 1
            continue
        starts: list[int] = []
        words = 0
        end = index
        while end < len(out) and (end == index or out[end].gap_before == 0) and out[end].page == previous.page:
            line = out[end]
            if not starts_lowercase(line.text) or bullet_match(line.text) or URL.search(line.text) or is_contact_field(line.text):
                break
            above = out[end - 1]
            if end == index or above.text.rstrip().endswith(";") or would_fit(above, line):
                starts.append(end)
                words = 0
            words += len(line.text.split())
            if words > COLON_ITEM_MAX_WORDS:
                starts = []
                break
            end += 1
            if line.text.rstrip().endswith("."):
                break  # the list's last item
        if len(starts) >= ITEM_MIN_RUN:
            for position in starts:
                out[position] = replace(out[position], vector_bullet=True)
        index = max(end, index + 1)
    return out


def _semicolon_items(lines: Sequence[Line], index: int) -> bool:
    """From ``lines[index]`` on, with no blank line between, ITEM_MIN_RUN or more lines in lower case
    that end with a semicolon, then one that ends with a full stop or a semicolon: a list's items
    written as one sentence ("l'ouverture de vingt agences ;" / "un système unique ;" / "la formation …")."""
    ends = 0
    for position in range(index, len(lines)):
        line = lines[position]
        if position > index and line.gap_before > 0:
            break
        text = line.text.rstrip()
        if not starts_lowercase(line.text) and not text.endswith((";", ".")):
            continue  # a wrapped item's next line may open with a name
        if text.endswith(";"):
            ends += 1
        elif text.endswith("."):
            return ends >= ITEM_MIN_RUN
    return False


def mark_lost_parent_items(lines: Sequence[Line]) -> list[Line]:
    """The lines with the top items of a nested list whose drawn bullets were lost, while its nested
    items kept their marks (a glyph pdftotext prints: "· alimentación y pasturas"; or items going on
    in lower case from a colon that ``mark_colon_list_items`` marked), marked as bullets
    (``Line.vector_bullet``) and the nested items indented one step past them.

    Such a list is a short line ending with a colon that opens its block (a blank line or a heading
    above it, not the end of a paragraph's sentence: "Formación en obra:"), right under it its nested
    items, and right after them, with no blank line between, one or more short lines in a capital
    that end no sentence but with a full stop or nothing (the top items after the one with the colon:
    "Certificación de supervisores de seguridad."); a last such line that running text goes on under
    (with no blank line between, or after one) heads that text and is left out, and at least
    PARENT_MIN_TOP_ITEMS such lines must remain. Both the colon line and those lines are the list's
    top items."""
    out = list(lines)
    index = 0
    while index < len(out):
        lead = out[index]
        if not _opens_parent_item(out, index):
            index += 1
            continue
        end = index + 1
        nested: list[int] = []
        while end < len(out) and out[end].gap_before == 0 and out[end].page == lead.page:
            line = out[end]
            if line.vector_bullet or bullet_match(line.text) is not None:
                nested.append(end)
            elif not (nested and starts_lowercase(line.text)):  # a nested item's wrapped line goes on in lower case
                break
            end += 1
        tops: list[int] = []
        while nested and end < len(out) and out[end].gap_before == 0 and out[end].page == lead.page and _top_item_shaped(out[end]):
            tops.append(end)
            end += 1
        if tops and end < len(out) and out[end].page == lead.page \
                and (out[end].gap_before == 0 or _is_running_text(out[end])):
            # the text below goes on under it, or a blank line and then a paragraph: a heading, not
            # the list's last item ("Results so far")
            tops.pop()
        if len(tops) < PARENT_MIN_TOP_ITEMS:
            index += 1
            continue
        for position in [index, *tops]:
            out[position] = replace(out[position], vector_bullet=True)
        for position in nested:
            out[position] = replace(out[position], indent=out[index].indent + NESTED_ITEM_INDENT)
        index = end
    return out


PARENT_MIN_TOP_ITEMS = 2
"""Lines after the nested items that a list whose top items lost their bullets needs (the colon line
apart): one short line after a list is a heading as often as an item."""


def _is_running_text(line: Line) -> bool:
    """A line of a paragraph: unmarked, longer than an item or ending a sentence."""
    text = line.text.rstrip()
    return not line.vector_bullet and bullet_match(text) is None \
        and (more_words_than(text, ITEM_MAX_WORDS) or ends_sentence(text))


def _opens_parent_item(lines: Sequence[Line], index: int) -> bool:
    """``lines[index]`` is a short line ending with a colon, unmarked, that opens its block: a blank
    line, a page break or a heading-shaped line (short, ending no sentence) above it."""
    line = lines[index]
    text = line.text.rstrip()
    if not text.endswith(":") or line.vector_bullet or bullet_match(text) or more_words_than(text, ITEM_MAX_WORDS) \
            or is_contact_field(text) or _LABELLED_FIELD.match(text) or starts_lowercase(text):
        return False
    if index == 0 or line.gap_before > 0 or lines[index - 1].page != line.page:
        return True
    above = lines[index - 1].text
    return not ends_sentence(above) and not more_words_than(above, ITEM_MAX_WORDS) and bullet_match(above) is None \
        and not lines[index - 1].vector_bullet and not starts_lowercase(above) and not above.endswith(",")


def _top_item_shaped(line: Line) -> bool:
    """A short unmarked line in a capital that ends with a full stop or no punctuation: a list item
    whose bullet was lost (a question or a colon ends a heading or a lead-in, not an item)."""
    text = line.text.rstrip()
    if line.vector_bullet or bullet_match(text) or starts_lowercase(text) or not text[:1].isalpha():
        return False
    if more_words_than(text, ITEM_MAX_WORDS):
        return False
    if URL.search(text) or is_contact_field(text) or _LABELLED_FIELD.match(text):
        return False
    return not ends_sentence(text) or (text.endswith(".") and not text.endswith(".."))


NESTED_ITEM_INDENT = 4.0
"""The indent (in spaces) given to a nested list item whose marker the text lost, beyond its parent
item's, so that the list's levels (structure's bullet nesting reads indents) put it one deeper."""


NESTED_ITEM_MIN_WORDS = 2
"""A nested item whose marker was lost has at least this many words."""


def mark_lost_nested_items(lines: Sequence[Line], would_fit: WouldFit) -> list[Line]:
    """The lines with each nested list item whose marker the text lost marked as a bullet
    (``Line.vector_bullet``), indented one step past its parent item.

    Such an item is a short line in lower case right under a list item's last line that had room
    left for its first word and ends neither its sentence nor on a word that runs on ("of", "and",
    a comma): a typesetter wraps a line only when it is full, so the lower-case line is no wrapped
    part of the item above; it is an item of its own under it ("✓ Digital skills for the platform
    economy" / "in rural areas first"). Lines of one nested run follow one another that way too."""
    out = list(lines)
    in_item = False
    parent_indent = 0.0
    for index, line in enumerate(out):
        previous = out[index - 1] if index else None
        starts_item = line.vector_bullet or bullet_match(line.text) is not None
        if starts_item:
            # a line led by an em dash under a quotation is its attribution ("— Samir Khoury, human
            # resources" / "manager"), not a list whose items may nest
            in_item, parent_indent = not line.text.startswith(("—", "―")), line.indent
            continue
        if previous is None or not in_item or not starts_lowercase(line.text):
            # a lower-case line that goes on from an item keeps the list open (a wrapped item)
            in_item = in_item and previous is not None and starts_lowercase(line.text)
            continue
        last_word = previous.text.rsplit(" ", 1)[-1]
        room_left = would_fit(previous, line) and not ends_sentence(previous.text) and not previous.text.endswith((",", "&", "(", "-", "–"))
        # room for two of its words, not just one: a word or two left over is a wrapped item's tail
        # that the measure misjudged ("... up to the minimum" / "age")
        tokens = line.text.split()
        room_left = room_left and len(tokens) >= NESTED_ITEM_MIN_WORDS and would_fit(previous, replace(line, text=" ".join(tokens[:2])))
        short = len(tokens) <= ITEM_MAX_WORDS and not ends_sentence(line.text)
        if room_left and short and last_word not in _continuation_words():
            out[index] = replace(line, vector_bullet=True, indent=parent_indent + NESTED_ITEM_INDENT)
    return out


FOOTNOTE_MAX_NUMBER = 20
"""A footnote's number is small: a brochure has a few notes."""
FOOTNOTE_MIN_WORDS = 3
"""A footnote's text is a sentence of at least this many words ("Figures rounded to the nearest hundred.")."""
_FOOTNOTE_OPENING = re.compile(r"^(?P<number>\d{1,2})\s?(?=[A-Z])")
_LONE_NUMBER = re.compile(r"^\d{1,2}$")


def footnote_numbers(lines: Sequence[Line]) -> frozenset[str]:
    """The numbers of the footnotes a text prints: a line that opens with the number and goes on
    with a sentence ("1 Figures rounded to the nearest hundred.", "1Figures ..."), or a line of the
    number alone over such a sentence on the same page."""
    found = set()
    for index, line in enumerate(lines):
        text, following = line.text, lines[index + 1] if index + 1 < len(lines) else None
        match = _FOOTNOTE_OPENING.match(text)
        if match is not None:
            body = text[match.end():]
        elif _LONE_NUMBER.match(text) and following is not None and following.page == line.page and following.text[:1].isupper():
            match, body = _LONE_NUMBER.match(text), following.text
        else:
            continue
        number = match["number"] if "number" in match.groupdict() else match[0]
        if 1 <= int(number) <= FOOTNOTE_MAX_NUMBER and ends_sentence(body) and len(body.split()) >= FOOTNOTE_MIN_WORDS:
            found.add(number)
    return frozenset(found)


def strip_footnote_marks(text: str, numbers: frozenset[str]) -> str:
    """``text`` without the footnote marks glued to its words ("wages1, rest days" -> "wages, rest
    days"): a footnote's number right after a word's lower-case letters, before punctuation, a space
    or the end. Only the numbers of footnotes the text prints are marks (a word and a figure are
    never glued otherwise in running text)."""
    if not numbers:
        return text
    alternatives = "|".join(sorted(numbers, key=len, reverse=True))
    return re.sub(rf"(?<=[a-zà-ÿ]{{2}})(?:{alternatives})(?=[,.;:)”’\"]|\s|$)", "", text)


_PAGE_FIGURES = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)")
"""A page's number in a running line: one to three digits standing alone (a year or an amount is no page number)."""
_MASTHEAD_SEPARATOR = re.compile(r"\s[·|]\s")
_SET_APART_FIGURE = re.compile(r"(?:[·|—–-]|\bp(?:\.|age|ág(?:\.|ina))?)\s*\d{1,3}\s*$|^\s*\d{1,3}\s*[·|—–-]", re.IGNORECASE)
"""A page's number as a running line sets it: apart from the text by a dot, a bar or a dash, or
after "p."/"page"/"página", at the line's end or start ("Tourism recovery · 1", "ILO Office — 2",
"Issue 3 · Page 2", "2 | Fact sheet")."""
FOOT_LINE_MAX_WORDS = 16
"""A running footer is a short line: at most this many words."""
NAME_LIST_PART_WORDS = 2
"""A line of three or more parts, each of at most this many words and no figure, is a list of names
("ILO · Irish Aid · MoLSS": partners' logos), not a footer."""


def running_key(text: str) -> str:
    """The text of a line with its figures made alike, so that a running header or footer that
    carries the page's number ("Fact sheet · Tourism recovery · 1", "Issue 3 · Page 2", "ILO
    Office — 2") is the same line on every page; a caption ("Table 1. …") and a sentence keep their
    figures, and a year or an amount is no page number."""
    if ends_sentence(text) or _caption_pattern().match(text):
        return text  # a sentence is no running line: its figures stay its own
    if not _SET_APART_FIGURE.search(text) and not is_page_number(text):
        return text  # "Module 1", "Module 2": a number labelling a heading is its own, not the page's
    return _PAGE_FIGURES.sub("#", text)


def is_foot_masthead(text: str) -> bool:
    """A line at a page's foot that is a running footer by its shape, repeated or not: short parts
    set apart by a middle dot or a bar ("ILO Decent Work Team for Southern Africa · Project brief",
    "BIT · Équipe d'appui technique …"), no sentence, no contact (an e-mail, a phone number, a
    labelled field), and not a list of names (partners' logos)."""
    if _MASTHEAD_SEPARATOR.search(text) is None or more_words_than(text, FOOT_LINE_MAX_WORDS) or ends_sentence(text):
        return False
    if "@" in text or phone_numbers(text) or is_contact_field(text):
        return False
    parts = [part.strip() for part in re.split(r"[·|]", text) if part.strip()]
    names = len(parts) >= 3 and all(len(part.split()) <= NAME_LIST_PART_WORDS and not any(c.isdigit() for c in part) for part in parts)
    return not names
