"""Tables without rules set side by side on one baseline grid (a calendar's months), and a table
whose run ends at the note under it: pipeline.layout.tables._side_by_side and _runs_across."""

from __future__ import annotations

from pipeline.layout.tables import SIDE_BY_SIDE_GAP_RATIO, find_aligned_tables
from pipeline.model import Line

SIZE = 6.6
PITCH = 8.9
DAY_STEP = 20.5
"""The days of a week stand this far apart (points), as a calendar's columns do."""


def _line(text, x0, top, width=None, size=SIZE):
    width = 0.55 * size * len(text) if width is None else width
    return Line(text, 0, page=1, bbox=(x0, top, x0 + width, top + size), font_size=size)


def _month(x0, top, first_weekday, days, header=("L", "M", "M", "J", "V", "S", "D")):
    """A month's grid at ``x0``: its header row, then its weeks, a piece for each day."""
    lines = [_line(letter, x0 + k * DAY_STEP, top) for k, letter in enumerate(header)]
    slot = first_weekday
    for day in range(1, days + 1):
        lines.append(_line(str(day), x0 + (slot % 7) * DAY_STEP, top + PITCH * (1 + slot // 7)))
        slot += 1
    return lines


def _grid(found):
    return [[row[:2] for row in table.rows[:2]] for table, _ in found]


def test_months_set_side_by_side_are_one_table_each():
    # three months on one baseline grid, 60 points between them (the days 20.5 points apart)
    lines = [*_month(40, 100, 3, 28), *_month(240, 100, 0, 28), *_month(440, 100, 6, 28)]
    found, rest = find_aligned_tables(lines)
    assert len(found) == 3 and rest == []
    assert [table.rows[0] for table, _ in found] == [["L", "M", "M", "J", "V", "S", "D"]] * 3
    assert [table.rows[1] for table, _ in found] == [["", "", "", "1", "2", "3", "4"], ["1", "2", "3", "4", "5", "6", "7"],
                                                  ["", "", "", "", "", "", "1"]]
    # each month holds its own lines, and stands where they do
    for (table, held), x0 in zip(found, (40, 240, 440), strict=True):
        assert {line.bbox[0] for line in held} <= {x0 + k * DAY_STEP for k in range(7)}
        assert table.bbox[0] == x0


def test_a_side_table_with_fewer_rows_keeps_only_its_own():
    # a 28-day month from a Monday (four weeks) beside a 31-day one from a Friday (five): the first has no fifth week
    found, _ = find_aligned_tables([*_month(40, 100, 0, 28), *_month(240, 100, 4, 31)])
    assert [len(table.rows) for table, _ in found] == [5, 6]


def test_columns_evenly_apart_are_one_table_even_when_the_header_repeats():
    # a table of two periods whose header repeats, its columns as far apart as within one period: one table
    step = DAY_STEP
    header = ["Women", "Men", "Women", "Men"]
    lines = [_line(text, 40 + k * step * 2, 100) for k, text in enumerate(header)]
    for r in range(1, 4):
        lines += [_line(str(10 * r + k), 40 + k * step * 2, 100 + PITCH * r) for k in range(4)]
    found, _ = find_aligned_tables(lines)
    assert len(found) == 1 and found[0][0].rows[0] == header
    # the same table with the periods set apart by more than SIDE_BY_SIDE_GAP_RATIO times the gap: two
    apart = [_line(line.text, line.bbox[0] + (SIDE_BY_SIDE_GAP_RATIO + 1) * 2 * step * (line.bbox[0] >= 40 + 4 * step), line.bbox[1])
             for line in lines]
    found, _ = find_aligned_tables(apart)
    assert [table.rows[0] for table, _ in found] == [["Women", "Men"], ["Women", "Men"]]


def test_a_note_under_each_month_ends_the_table_above_it():
    # each month has a note a line pitch under its last week, in smaller type, starting left of its first column:
    # the run of rows ends before it (else the notes, one per month, read as a row of three cells would join the
    # grids and the next months' grids below into one table of no columns)
    lines = []
    for x0 in (40, 240, 440):
        lines += _month(x0, 100, 0, 28)
        lines.append(_line("Safety visits in every kiln this month.", x0 - 7, 100 + PITCH * 5 - 0.5, width=150, size=5.7))
        lines += _month(x0, 100 + PITCH * 6.5, 0, 28)
    found, rest = find_aligned_tables(lines)
    assert len(found) == 6
    assert sorted(line.text for line in rest) == ["Safety visits in every kiln this month."] * 3
    assert all(table.rows[-1] == ["22", "23", "24", "25", "26", "27", "28"] for table, _ in found)


def test_a_row_whose_two_cells_the_reader_left_in_one_piece_does_not_end_the_table():
    # "Kestrel Foods, UGTT, AFT 2023" runs over the last column's start, but starts in its own column: a row, not a note
    x = (43, 122, 231)
    rows = [("Agreement", "Parties", "Years"), ("Funding", "SDC, ILO", "2024-2028"), ("Letter", "ZT, AFT", "2024")]
    lines = [_line(text, x[k], 60 + 13.4 * r, size=7.6) for r, texts in enumerate(rows) for k, text in enumerate(texts)]
    lines += [_line("Memorandum", 43, 60 + 13.4 * 3, size=7.6), _line("Kestrel Foods, UGTT, AFT 2023", 122, 60 + 13.4 * 3, size=7.6)]
    lines += [_line(text, x[k], 60 + 13.4 * 4, size=7.6) for k, text in enumerate(("Letter", "UGTT, ZT", "2021-2026"))]
    [(table, _)], rest = find_aligned_tables(lines)
    assert len(table.rows) == 5 and rest == []


def test_a_week_of_one_or_two_days_is_a_row_of_its_own():
    # a month from a Saturday: its first week two days, its last one day (31 days: 2 + 4 x 7 + 1);
    # figures have no wrapped lines, so neither is a wrapped cell of the row beside it (nor of the header)
    [(table, _)], _ = find_aligned_tables(_month(40, 100, 5, 31))
    assert table.rows[0] == ["L", "M", "M", "J", "V", "S", "D"]
    assert table.rows[1] == ["", "", "", "", "", "1", "2"]
    assert table.rows[-1] == ["31", "", "", "", "", "", ""]
    assert len(table.rows) == 7


def test_a_wrapped_label_still_continues_its_cell_in_a_table_of_words():
    # a row of fewer pieces under a row of words is still that row's wrapped cell
    lines = [_line(text, x, 100 + 8.9 * r) for r, row in enumerate([("Course", "Days", "Place"), ("Safe kilns", "3", "Walia"),
                                                                     ("Child labour", "2", "Farcha")])
             for text, x in zip(row, (40, 140, 200), strict=True)]
    lines.append(_line("and school", 40, 100 + 8.9 * 3))
    [(table, _)], _ = find_aligned_tables(lines)
    assert table.rows[-1] == ["Child labour and school", "2", "Farcha"]
