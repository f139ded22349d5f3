"""Unruled tables' helpers (pipeline/layout/tables.py) on pages of many pieces."""

from __future__ import annotations

from pipeline.layout.tables import _running_text
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
