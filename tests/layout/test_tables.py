"""Unruled tables' helpers (pipeline/layout/tables.py) on pages of many pieces."""

from __future__ import annotations

import math
import random
from statistics import median

from pipeline.layout.tables import (
    ALIGNED_MAX_FILL,
    ROW_TOLERANCE,
    RunningText,
    _cells_of_rows,
    _RowIndex,
    _running_text,
    find_aligned_tables,
    find_label_value_tables,
)
from pipeline.model import Line


class _CountedBox(tuple):
    """A line's box that counts how often its corners are read."""

    reads = 0

    def __getitem__(self, index):
        _CountedBox.reads += 1
        return tuple.__getitem__(self, index)


def _line(text: str, x0: float, top: float, x1: float, size: float) -> Line:
    return Line(text=text, number=0, page=1, bbox=_CountedBox((x0, top, x1, top + size)), font_size=size)


def test_running_text_on_a_page_of_thousands_of_pieces_reads_each_line_a_bounded_number_of_times(monkeypatch):
    """A grid of short pieces too far apart to stack (a form drawn 10,000 times): each piece opens a
    stack of its own, and every piece was tried against every stack opened before it (quadratic: 25 s
    for 10,000). A stack whose last line lies more than a pitch above is closed for good. The column
    of running text beside the grid is still found, and no piece of the grid."""
    monkeypatch.setattr(_CountedBox, "reads", 0)
    grid = [_line("ab", 300 + 10 * column, 5.0 * row, 306 + 10 * column, 3.0) for row in range(100) for column in range(30)]
    column = [_line("The ILO works with its partners on decent work in every region of the world " + str(n),
                    20, 12.0 * n, 280, 10.0) for n in range(40)]
    running = _running_text(grid + column)
    assert running == {id(line) for line in column}
    lines = len(grid) + len(column)
    assert _CountedBox.reads < 1000 * lines


def _brute_cells_of_rows(stack: list[Line], lines: list[Line]) -> bool:
    """_cells_of_rows as it was written before the row index: every line of the page tried."""
    fills = []
    for line in stack:
        right = [other.bbox[0] for other in lines if other is not line and abs(other.bbox[3] - line.bbox[3]) <= ROW_TOLERANCE
                 and other.bbox[0] > line.bbox[2]]
        if right:
            fills.append((line.bbox[2] - line.bbox[0]) / max(1.0, min(right) - line.bbox[0]))
    return len(fills) * 2 > len(stack) and median(fills) <= ALIGNED_MAX_FILL


def _plain_line(x0: float, top: float, x1: float, bottom: float) -> Line:
    return Line(text="x", number=0, page=1, bbox=(x0, top, x1, bottom), font_size=10.0)


def test_cells_of_rows_by_the_row_index_agrees_with_trying_every_line():
    """The row index finds, for every line of a stack, the same pieces to its right as trying every
    line of the page: bottoms exactly ROW_TOLERANCE apart, a hair more, the same, far apart, and
    bottoms that are no finite number (on no row)."""
    rng = random.Random(13)
    offsets = [0.0, ROW_TOLERANCE, -ROW_TOLERANCE, ROW_TOLERANCE + 1e-12, -ROW_TOLERANCE - 1e-12,
               ROW_TOLERANCE - 1e-12, 0.1 + 0.2, 7.0, 30.0]
    specials = [math.nan, math.inf, -math.inf]
    agreed = {True: 0, False: 0}
    for _ in range(400):
        stack = [_plain_line(20.0, 12.0 * n, 20.0 + rng.choice([40.0, 150.0, 250.0]), 12.0 * n + 10.0 + rng.choice([0.0, 0.1]))
                 for n in range(rng.randint(1, 6))]
        others = []
        for line in stack:
            for _ in range(rng.randint(0, 3)):
                bottom = line.bbox[3] + rng.choice(offsets) if rng.random() > 0.05 else rng.choice(specials)
                x0 = rng.choice([line.bbox[2] - 5.0, line.bbox[2], line.bbox[2] + 1.0, line.bbox[2] + 60.0, 400.0])
                others.append(_plain_line(x0, bottom - 10.0, x0 + 30.0, bottom))
        if rng.random() < 0.1:
            stack.append(_plain_line(20.0, 0.0, 200.0, rng.choice(specials)))
        page = stack + others
        rng.shuffle(page)
        brute = _brute_cells_of_rows(stack, page)
        assert _cells_of_rows(stack, _RowIndex(page)) == brute
        agreed[brute] += 1
    assert agreed[True] and agreed[False]  # both answers were put to the test


def _table_page() -> list[Line]:
    """A column of running text beside a table of three columns, and a short label-value run."""
    column = [_plain_line(20, 12.0 * n, 280, 12.0 * n + 10) for n in range(12)]
    table = [_plain_line(320 + 80 * k, 14.0 * n, 360 + 80 * k, 14.0 * n + 10) for n in range(5) for k in range(3)]
    for n, line in enumerate(column + table):
        line.number = n
    return column + table


def test_running_text_kept_for_a_page_is_the_running_text_found_afresh():
    """RunningText gives what _running_text finds, for each set of lines its own (another set of the
    same page's lines is not answered from the first), and a set its caller may change without
    changing what the next caller gets; the table finders find the same tables with it as without."""
    page = _table_page()
    running = RunningText()
    assert running.of(page) == _running_text(page)
    part = page[5:]
    assert running.of(part) == _running_text(part)
    assert running.of(part) != running.of(page)
    first = running.of(page)
    first.add(-1)
    assert running.of(page) == _running_text(page)
    for finder in (find_aligned_tables, find_label_value_tables):
        alone = finder(page)
        kept = RunningText()
        for _ in range(2):  # found, then read from what was kept
            found, rest = finder(page, kept)
            assert [(table, [id(line) for line in held]) for table, held in found] == \
                [(table, [id(line) for line in held]) for table, held in alone[0]]
            assert [id(line) for line in rest] == [id(line) for line in alone[1]]
    assert find_aligned_tables(page)[0]  # the page holds a table to find
