"""Tables of a PDF page: pdfplumber's table finder where the page's rules make a candidate grid,
kept only where the grid holds text.

A page's rules alone never make a table: a framed sidebar, a box, a column divider, a rule under
a heading, a page border are layout. The reader first looks for a *candidate* (``ruled_tables`` in
pipeline.load.pdf: horizontal rules of one extent crossed by vertical rules, at least two cells);
only on such a page does pdfplumber's finder run (it costs a page read), with the settings below;
and a table it finds is kept only when it is a grid of text (``is_grid_of_text``): at least
``MIN_TEXT_ROWS`` rows that each hold text in at least ``MIN_TEXT_COLUMNS`` cells.

The finder runs on pdfplumber's page (the pdfplumber reader) or on ``DrawnPage``: the characters
and drawn shapes another reader (PDFium) has read, in pdfplumber's shape, so that the page need
not be parsed a second time; the finder itself (edges, intersections, cells, cell text) is the
same code either way.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from pipeline.load.normalize import normalize_line
from pipeline.model import BBox, FoundTable

TABLE_SETTINGS = {
    # Ruled tables only: a grid is where the producer drew one. Text-aligned ("text" strategy)
    # grids appear in every multi-column page and are left to the layout stage, where their lines
    # stay in the text.
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    # Rules of one grid drawn as separate strokes meet within a few points (pdfplumber's defaults).
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    # A rule shorter than this is a tick or a bullet, not a grid line.
    "edge_min_length": 6,
    # Characters within a cell join into words and lines as in pdfplumber's extract_text.
    "text_x_tolerance": 3,
    "text_y_tolerance": 3,
}
"""pdfplumber's ``table_settings``, set explicitly (see each comment)."""
MIN_TEXT_ROWS = 2
MIN_TEXT_COLUMNS = 2
"""A table is a grid of text: at least MIN_TEXT_ROWS rows with text in MIN_TEXT_COLUMNS cells."""


def is_grid_of_text(rows: list[list[str | None]]) -> bool:
    """At least MIN_TEXT_ROWS rows that each hold text in at least MIN_TEXT_COLUMNS cells."""
    filled = [row for row in rows if sum(1 for cell in row if cell) >= MIN_TEXT_COLUMNS]
    return len(filled) >= MIN_TEXT_ROWS


CharsIn = Callable[[BBox], list[dict]]
"""A page's characters whose centre lies in a box (x0, top, x1, bottom; half-open), as pdfplumber's
character dicts in the page's order."""


def drawn_page(chars: list[dict] | None, drawn: list[dict], width: float, height: float, chars_in: CharsIn | None = None):
    """A page's characters and drawn shapes (pdfplumber's dicts: boxes from the top left of a page
    of ``width`` by ``height``, a curve with its ``pts``) as a page pdfplumber's table finder
    reads (see ``find_tables``). The characters are given as a list, or (``chars`` None) by
    ``chars_in``, asked only for those in a found table's box (``_chars_in``) or, where anything
    reads the page's ``chars``, for the whole page: finding a ruled table reads only the shapes."""
    return _drawn_page_class()(chars, drawn, width, height, chars_in)


@cache
def _drawn_page_class():
    """The class of ``drawn_page`` (made on first use: pdfplumber is imported only then)."""
    from pdfplumber.container import Container
    from pdfplumber.table import TableFinder, TableSettings

    class DrawnPage(Container):
        """What pdfplumber's TableFinder and Table.extract ask a page for: ``chars``, ``edges``
        (made from ``lines``, ``rects`` and ``curves``) and ``bbox``."""

        def __init__(self, chars: list[dict] | None, drawn: list[dict], width: float, height: float,
                     chars_in: CharsIn | None = None):
            self.bbox = (0.0, 0.0, width, height)
            self.chars_in = chars_in
            self._read_objects = _PageObjects(chars_in if chars is None else None)
            self._read_objects.update({"line": [], "rect": [], "curve": []})
            if chars is not None:
                self._read_objects["char"] = chars
            for shape in drawn:
                self._read_objects[shape["object_type"]].append(_with_extent(shape, height))

        @property
        def objects(self) -> dict[str, list[dict]]:
            return self._read_objects

        def find_tables(self, settings: dict) -> list:
            return TableFinder(self, TableSettings.resolve(settings)).tables

    return DrawnPage


class _PageObjects(dict):
    """A drawn page's objects by kind, its characters (``"char"``) asked of ``chars_in`` for the
    whole page only when something reads them (the table finder reads the shapes alone)."""

    def __init__(self, chars_in: CharsIn | None):
        super().__init__()
        self.chars_in = chars_in

    def __missing__(self, kind: str) -> list[dict]:
        if kind != "char" or self.chars_in is None:
            raise KeyError(kind)
        chars = self["char"] = self.chars_in((-math.inf, -math.inf, math.inf, math.inf))
        return chars

    def get(self, kind: str, default=None):
        # (not dict.get, which skips __missing__: the characters are made here when first asked)
        return self[kind] if kind in self else default  # noqa: SIM401

    def __contains__(self, kind: object) -> bool:
        return super().__contains__(kind) or (kind == "char" and self.chars_in is not None)


def _with_extent(shape: dict, height: float) -> dict:
    """A drawn shape with the keys pdfplumber's edges are made from (``width``, ``height``, and
    ``y0``, ``y1`` measured up from the page's bottom edge)."""
    return dict(shape, width=shape["x1"] - shape["x0"], height=shape["bottom"] - shape["top"],
                y0=height - shape["bottom"], y1=height - shape["top"])


def find_tables(page, candidates: list[BBox], x_offset: float = 0.0, y_offset: float = 0.0) -> list[FoundTable]:
    """The tables of a pdfplumber ``page`` (or a ``drawn_page``) that overlap one of the ``candidates`` (areas of ruled
    grids, relative to the page box) and are grids of text, top to bottom. No candidate: no work."""
    if not candidates:
        return []
    found = []
    for table in page.find_tables(TABLE_SETTINGS):
        x0, top, x1, bottom = table.bbox
        box = (round(x0 - x_offset, 2), round(top - y_offset, 2), round(x1 - x_offset, 2), round(bottom - y_offset, 2))
        if not any(_overlaps(box, candidate) for candidate in candidates):
            continue
        rows = [[_cell_text(cell) for cell in row] for row in _extract(page, table)]
        if not is_grid_of_text(rows):
            continue
        row_boxes = [(round(r.bbox[0] - x_offset, 2), round(r.bbox[1] - y_offset, 2), round(r.bbox[2] - x_offset, 2),
                      round(r.bbox[3] - y_offset, 2)) for r in table.rows]
        found.append(FoundTable(bbox=box, rows=rows, row_boxes=row_boxes))
    found.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    return found


def _extract(page, table) -> list[list[str | None]]:
    """pdfplumber's ``table.extract`` (the text of each cell) over only the page's characters whose
    centre lies in the table's box: extract tests every character of the page against every row
    (a page's characters times its rows), and a row's box lies within the table's, tested alike
    (centre, half-open), so the cells get the same characters in the same order."""
    from pdfplumber.table import Table

    return Table(drawn_page(_chars_in(page, table.bbox), [], *_size(page)), table.cells).extract(**_EXTRACT)


def _chars_in(page, box: BBox) -> list[dict]:
    """The characters of a pdfplumber ``page`` or a ``drawn_page`` whose centre lies in ``box``
    (half-open, as ``table.extract`` tests them), in the page's order; a drawn page given its
    characters by a function asks it for only these."""
    if isinstance(page, _drawn_page_class()) and page.chars_in is not None:
        return page.chars_in(box)
    x0, top, x1, bottom = box
    return [c for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom]


def _size(page) -> tuple[float, float]:
    """A page's (width, height): a pdfplumber page's or a ``drawn_page``'s."""
    x0, top, x1, bottom = page.bbox
    return x1 - x0, bottom - top


_EXTRACT = {"x_tolerance": TABLE_SETTINGS["text_x_tolerance"], "y_tolerance": TABLE_SETTINGS["text_y_tolerance"]}


def _cell_text(text: str | None) -> str | None:
    """A cell's text with its wrapped lines joined (a hyphen at a line end kept: cells are short and
    their hyphens mostly real, "2014–2018", "Asia-Pacific"), cleaned as every line is."""
    if text is None:
        return None
    parts = [normalize_line(part) for part in text.split("\n")]
    return " ".join(part for part in parts if part)


def _overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
