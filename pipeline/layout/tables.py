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

from pipeline.model import Block, FoundTable, LaidOutTable, Line


def laid_out_table(found: FoundTable, lines: list[Line], page: int | None) -> LaidOutTable:
    """The reader's table as the layout reads it (header from the type of its first row's lines)."""
    return LaidOutTable(rows=[list(row) for row in found.rows], header_rows=1 if _header_stands_out(found, lines) else 0,
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

    def strong(line: Line) -> bool:
        return line.bold

    sizes = [line.font_size or 0.0 for line in rest]
    body = sorted(sizes)[len(sizes) // 2]
    larger = all((line.font_size or 0.0) > body + 0.5 for line in first)
    return (all(strong(line) for line in first) and not all(strong(line) for line in rest)) or larger


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
    a.text = " ".join(cell for row in a.table.rows for cell in row if cell)


def _same_row(a: list[str | None], b: list[str | None]) -> bool:
    return [(cell or "").casefold() for cell in a] == [(cell or "").casefold() for cell in b]
