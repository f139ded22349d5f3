"""The table finder on the PDFium reader's own page (pipeline.load.tables.drawn_page): its characters
are made into pdfplumber's dicts only for the boxes of the tables it finds, and the tables are those
it finds with every character of the page given as a dict."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.load.pdfium as pdfium_reader
from pipeline.load.pdf import char_dicts, char_dicts_in
from pipeline.load.tables import drawn_page, find_tables

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "layout"
TABLE_PDFS = ["lo_factsheet_ruled_table.pdf", "lo_table_continues.pdf", "chromium_heading_rules_merged.pdf"]
"""Fixtures with a ruled table the finder finds (LibreOffice, Chromium)."""


def _table_pages(name: str) -> list[tuple]:
    """Each page of the fixture that has a table candidate, as the reader hands it to the finder:
    its characters (CharItems), drawn shapes, size and candidates (caught at the call)."""
    caught = []
    real = pdfium_reader.find_tables

    def catch(page, candidates, *args):
        caught.append((page, candidates))
        return real(page, candidates, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdfium_reader, "find_tables", catch)
        pdfium_reader.read_pdf_pdfium((FIXTURES / name).read_bytes(), _source(name))
    return caught


def _source(name: str):
    from pipeline.model import Source

    return Source(name, "application/pdf", "0" * 64, 0)


@pytest.mark.parametrize("name", TABLE_PDFS)
def test_characters_are_made_dicts_only_for_found_tables(name):
    pages = _table_pages(name)
    assert pages, "the fixture has a ruled grid"
    found_any = False
    for page, candidates in pages:
        asked: list[tuple] = []
        chars_in = page.chars_in

        def recording(box, chars_in=chars_in, asked=asked):
            asked.append(box)
            return chars_in(box)

        page.chars_in = recording
        page._read_objects.chars_in = recording
        tables = find_tables(page, candidates)
        found_any = found_any or bool(tables)
        # only the boxes of tables pdfplumber found were asked, never the whole page
        assert all(abs(box[0]) != float("inf") for box in asked)
        assert len(asked) >= len(tables)
    assert found_any


@pytest.mark.parametrize("name", TABLE_PDFS)
def test_tables_are_those_found_with_every_character_as_a_dict(name):
    for page, candidates in _table_pages(name):
        items = page.chars_in.args[0]  # the reader's CharItems (a partial of char_dicts_in)
        shapes = [{key: value for key, value in shape.items() if key not in ("width", "height", "y0", "y1")}
                  for kind in ("curve", "rect", "line") for shape in page.objects[kind]]
        width, height = page.bbox[2], page.bbox[3]
        whole = drawn_page(char_dicts(items), shapes, width, height)
        assert find_tables(page, candidates) == find_tables(whole, candidates)


def test_chars_in_a_box_are_the_dicts_whose_centre_is_in_it():
    chars = [(10.0, 0.0, 4.0, 2.0, 8.0, "a", "F", None, True, (1, 0, 0, 1, 0, 0), 2.0),
             (10.0, 4.0, 8.0, 2.0, 8.0, "b", "F", None, True, (1, 0, 0, 1, 0, 0), 2.0),
             (30.0, 0.0, 4.0, 22.0, 8.0, "c", "F", None, True, (1, 0, 0, 1, 0, 0), 22.0)]
    box = (0.0, 0.0, 6.0, 20.0)  # holds the centres of a (2, 6) and b (6 is the half-open edge: out)
    expected = [c for c in char_dicts(chars)
                if box[0] <= (c["x0"] + c["x1"]) / 2 < box[2] and box[1] <= (c["top"] + c["bottom"]) / 2 < box[3]]
    assert char_dicts_in(chars, box) == expected
    assert [c["text"] for c in expected] == ["a"]
