"""Tables on OCR pages (pipeline.load.ocr_tables): rules measured in the page image, rows and
columns from the words between them, into the FoundTables a PDF reader gives."""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import pytest

from pipeline.load.ocr_tables import OcrTableSettings, horizontal_rules, ruled_tables
from pipeline.model import Line, Word

HERE = Path(__file__).resolve().parent
ZOO = HERE.parent / "zoo"
SETTINGS = OcrTableSettings()


def _page(width: int = 2480, height: int = 3508):
    from PIL import Image

    return Image.new("L", (width, height), 255)


def _draw_rule(image, x0: int, x1: int, y: int, thickness: int = 3, grey: int = 150, drift: int = 0) -> None:
    """A rule from x0 to x1 at row y (pixels), ``drift`` pixels lower at its right end (a turned scan)."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    steps = drift + 1
    for k in range(steps):
        a, b = x0 + (x1 - x0) * k // steps, x0 + (x1 - x0) * (k + 1) // steps
        draw.rectangle((a, y + k, b, y + k + thickness - 1), fill=grey)


def test_rules_are_found_light_turned_or_not_and_bands_and_text_are_not():
    image = _page()
    _draw_rule(image, 300, 1500, 1000)  # a light grey rule (the engine's own thresholding drops such)
    _draw_rule(image, 300, 1500, 1200, drift=4)  # turned: it steps down four pixels over its length
    _draw_rule(image, 300, 1500, 1400, thickness=60, grey=60)  # a band, not a rule
    _draw_rule(image, 300, 400, 1600)  # too short for a table's rule (24 pt)
    from PIL import ImageDraw

    ImageDraw.Draw(image).text((300, 1800), "Text is no rule " * 20, fill=0)
    rules = horizontal_rules(image, 300, SETTINGS)
    assert [(round(x0), round(x1), round(y)) for x0, x1, y in rules] == [(72, 360, 240), (72, 360, 289)]


def _row(y: float, *cells: tuple[float, str], size: float = 9.0, bold: bool = False) -> list[Line]:
    """One printed row: a line (piece) per cell at x, its words 5 pt a letter apart by a 2.5 pt space."""
    lines = []
    for x, text in cells:
        words, left = [], x
        for part in text.split():
            words.append(Word(part, (left, y - size * 0.72, left + 5 * len(part), y), 95.0))
            left += 5 * len(part) + 2.5
        lines.append(Line(text, 0, page=1, bbox=(x, y - size, words[-1].bbox[2], y + 0.2 * size), font_size=size,
                          bold=bold, words=words))
    return lines


def test_a_table_ruled_between_its_rows_with_its_header_above_the_first_rule():
    lines = (_row(100, (50, "Table 1. Key indicators")) +  # the caption, above the header
             _row(118, (50, "Indicator"), (200, "Lebanon"), (260, "Jordan"), bold=True) +
             _row(136, (50, "Women in"), (200, "37"), (260, "16")) + _row(147, (50, "management (%)")) +
             _row(166, (50, "Youth unemployment"), (200, "20"), (260, "6")) +
             _row(200, (50, "Every day, workers in the Arab States die from accidents at work")))
    rules = [(48.0, 300.0, 121.0), (48.0, 300.0, 152.0), (48.0, 300.0, 171.0)]
    (table,) = ruled_tables(rules, lines, SETTINGS)
    assert table.rows == [["Indicator", "Lebanon", "Jordan"], ["Women in management (%)", "37", "16"],
                          ["Youth unemployment", "20", "6"]]
    assert 100 + 1.8 < table.bbox[1] <= 118 - 9 and table.bbox[3] == 171.0  # the header inside, the caption and the text below not


def test_a_table_ruled_under_its_header_only_goes_on_while_its_rows_keep_to_the_columns():
    lines = (_row(118, (50, "Indicator"), (150, "Republic of"), (230, "Uzbekistan")) + _row(129, (150, "Moldova")) +
             _row(146, (50, "Labour force"), (150, "60"), (230, "56")) + _row(157, (50, "participation rate")) +
             _row(174, (50, "Trainees placed"), (150, "368"), (230, "482")) + _row(185, (50, "in jobs")) +
             _row(203, (50, "Rights at work"), size=14.0, bold=True) +
             _row(222, (50, "The Domestic Workers Convention, 2011 (No. 189), sets out their right")))
    rules = [(45.0, 272.0, 108.0), (45.0, 272.0, 134.0)]
    (table,) = ruled_tables(rules, lines, SETTINGS)
    assert table.rows == [["Indicator", "Republic of Moldova", "Uzbekistan"], ["Labour force participation rate", "60", "56"],
                          ["Trainees placed in jobs", "368", "482"]]


def test_rules_around_running_text_make_no_table():
    text = "The ILO and the Ministry of Labour signed a memorandum of understanding in 2012 to work"
    lines = _row(118, (50, text)) + _row(129, (50, text)) + _row(140, (50, text))
    assert ruled_tables([(45.0, 500.0, 105.0), (45.0, 500.0, 150.0)], lines, SETTINGS) == []  # a framed box
    assert ruled_tables([(45.0, 500.0, 105.0)], lines, SETTINGS) == []  # a rule under a heading


@pytest.mark.skipif(not (ZOO / "corpus" / "typ-twocol-01.pdf").exists(), reason="the zoo corpus is not checked out")
def test_a_scanned_page_gives_the_tables_its_pdf_has():
    pytest.importorskip("tesserocr")
    sys.path.insert(0, str(ZOO))
    from scans import VARIANTS, make_scan

    from pipeline.load.ocr import OcrSettings, ocr_pdf_pages
    from pipeline.model import Source

    doc = "typ-twocol-01"
    scan = make_scan((ZOO / "corpus" / f"{doc}.pdf").read_bytes(), VARIANTS["clean300"], seed=zlib.crc32(doc.encode()))
    page = ocr_pdf_pages(scan, Source("scan.pdf", "application/pdf", "0" * 64, len(scan)), None, [1], OcrSettings())[1]
    truth = json.loads((ZOO / "corpus" / f"{doc}.truth.json").read_text(encoding="utf-8"))
    expected = sorted(t["header_rows"] + t["rows"] for t in truth["tables"])
    read = sorted(table.rows for table in page.tables)
    assert len(read) == len(expected)
    cells = [cell for table in expected for row in table for cell in row]
    same = sum(a == b for x, y in zip(read, expected, strict=True) for r, s in zip(x, y, strict=True) for a, b in zip(r, s, strict=True))
    assert same >= 0.9 * len(cells)  # cell for cell, but for a misread character or two
