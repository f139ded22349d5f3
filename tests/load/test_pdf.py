"""The PDF reader: lines, boxes, bullets and links of the sample PDFs, and its errors.

The sample PDFs are committed (made by samples/make_pdfs.py); the other PDFs here are written by
hand as bytes, so the tests need nothing beyond the pipeline's own dependencies.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import shutil
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils import dedupe_chars as pdfplumber_dedupe_chars

import pipeline.load.pdf as pdf_module
from pipeline.errors import BrochureError
from pipeline.layout.pdf import shaded_boxes
from pipeline.load import load
from pipeline.load.pdf import (
    GHOSTSCRIPT_HELD_NO_TEXT,
    UNMAPPED_GLYPH_SHARE,
    dedupe_chars,
    lost_page,
    read_pdf,
    ruled_tables,
    unmapped_page,
    unreadable_links,
)
from pipeline.model import LoadedDocument, Source
from tests.pdf_bytes import HELLO, IMAGE_ONLY, UNMAPPED_TEXT, deep_page_tree_pdf, make_pdf, write_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REFERENCE = SAMPLES / "partnerships-for-decent-work.pdf"
LEAFLET = SAMPLES / "green-jobs-leaflet.pdf"
FACTSHEET = SAMPLES / "migrant-workers-factsheet.pdf"
SAMPLE_PDFS = [REFERENCE, LEAFLET, FACTSHEET]
REAL_GHOSTSCRIPT = pdf_module._ghostscript
"""The reader's own look-up of ``gs`` (tests/conftest.py hides it from every test)."""


# --------------------------------------------------------------------------------------------
# hand-written PDFs



def _source(data: bytes, path: str = "test.pdf") -> Source:
    return Source(path, "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


def _read(data: bytes, **kwargs) -> LoadedDocument:
    loaded = read_pdf(data, _source(data), **kwargs)
    assert all(page.reader == "pdfplumber" for page in loaded.pages)
    return loaded


def _lines(loaded):
    return loaded.lines


def _sizes(loaded):
    return [(page.width, page.height) for page in loaded.pages]


def _boxes(loaded):
    return [shaded_boxes(page.shapes) for page in loaded.pages]


# --------------------------------------------------------------------------------------------
# the samples


@pytest.fixture(scope="module")
def reference():
    return load(REFERENCE)


@pytest.fixture(scope="module")
def leaflet():
    return load(LEAFLET)


@pytest.fixture(scope="module")
def factsheet():
    return load(FACTSHEET)


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_every_line_has_its_page_and_a_box_inside_the_page(path):
    loaded = load(path)
    assert loaded.source.media_type == "application/pdf"
    assert loaded.source.page_count == len(loaded.pages) == 2
    assert loaded.all_warnings == []
    for page_number, page in enumerate(loaded.pages, start=1):
        assert page.number == page_number
        width, height = page.width, page.height
        assert page.lines, f"page {page_number} has lines"
        for line in page.lines:
            assert line.page == page_number
            x0, top, x1, bottom = line.bbox
            assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, line
            assert line.text == line.text.strip() and "  " not in line.text
            assert line.font_size and line.indent == x0


def test_line_numbers_run_through_the_document(reference):
    numbers = [line.number for line in _lines(reference)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_page_sizes(reference, leaflet):
    assert _sizes(reference)[0] == pytest.approx((841.89, 595.28), abs=0.01)  # A4 landscape
    assert _sizes(leaflet)[1] == pytest.approx((595.28, 841.89), abs=0.01)


def test_no_line_spans_two_panels_of_the_tri_fold(reference):
    # panels: text columns 20-260, 301-541, 582-822; the gutters' middles are at 280.5 and 561.5
    for line in _lines(reference):
        x0, _, x1, _ = line.bbox
        for gutter in (280.5, 561.5):
            assert not (x0 < gutter < x1), f"{line.text!r} spans a gutter"


def test_no_line_spans_the_gutter_of_the_two_column_leaflet(leaflet):
    # columns 42-287 and 309-554 below the title band (which ends at 126) and above the footer
    column_lines = [line for line in _lines(leaflet) if 126 < line.bbox[1] < 800]
    assert len(column_lines) > 100
    for line in column_lines:
        assert not (line.bbox[0] < 298 < line.bbox[2]), f"{line.text!r} spans the gutter"
    # both columns share baselines on some rows: those rows are two lines, not one
    rows = {}
    for line in column_lines:
        rows.setdefault((line.page, round(line.bbox[3])), []).append(line)
    assert any(len(row) > 1 for row in rows.values())


REFERENCE_ITEM_STARTS = [
    "In 2010 the ILO signed", "Developing countries form", "The ILO continues to engage", "The ILO has MOUs",
    "The ILO Jakarta office", "The Better Factories Programme", "ILO/ESCAP Memorandum", "The ILO/Singapore Partnership",
    "The ILO/Australia Partnership", "The ILO/Japan Multi-bilateral", "The ILO/Korea Programme",
    "The Better Work Programme", "ILO/ASEAN Cooperation Agreement", "ILO/ADB Memorandum",
]


def test_drawn_disc_bullets_are_vector_bullets(reference):
    bulleted = [line for line in _lines(reference) if line.vector_bullet]
    assert len(bulleted) == 14
    assert sorted(line.text for line in bulleted) == sorted(
        next(line.text for line in bulleted if line.text.startswith(start)) for start in REFERENCE_ITEM_STARTS
    )
    # the item text starts 11 pt right of its panel's edge; the disc has no character
    assert {round(line.bbox[0]) for line in bulleted} == {31, 312, 593}
    assert not any(line.text.startswith(("•", "●")) for line in bulleted)


def test_drawn_squares_are_vector_bullets_and_glyph_bullets_are_not(factsheet, leaflet):
    squares = [line.text for line in _lines(factsheet) if line.vector_bullet]
    assert [text.split(":")[0] for text in squares] == ["Policy", "Services", "Partnerships"]
    glyph_lines = [line for line in _lines(leaflet) if line.text.startswith("• ")]
    assert len(glyph_lines) == 7
    assert not any(line.vector_bullet for line in _lines(leaflet))


def test_type_size_and_weight(reference, factsheet):
    by_text = {line.text: line for line in _lines(reference)}
    heading = by_text["What are partnerships?"]
    assert heading.bold and heading.font_size == 12.0
    assert by_text["Partnerships for"].font_size == 28.0
    body = by_text["the Millennium Development Goals."]
    assert not body.bold and body.font_size == 9.0
    assert by_text["For further information please contact:"].bold
    # a size pdfminer reports as 9.999999999999943 is still 10
    assert {line.font_size for line in _lines(factsheet) if line.text.startswith("Most of them move")} == {10.0}


def test_link_annotations(reference):
    links = reference.links
    assert {link.page for link in links} == {2}
    assert len(links) == 11
    assert "http://www.ilo.org/public/english/bureau/pardev/download/relations/ppp_en_low.pdf" in {link.uri for link in links}
    for link in links:
        x0, top, x1, bottom = link.bbox
        assert 582 <= x0 < x1 <= 822 and top < bottom


def test_filled_boxes_are_kept_for_layout(reference, leaflet):
    assert (301.0, 30.0, 541.0, 222.5) in _boxes(reference)[0]  # the quote box
    assert any(box[0] == 309.0 and box[2] == 554.0 for box in _boxes(leaflet)[0])  # Key facts


def test_ruled_tables(factsheet, leaflet):
    assert [[t.bbox for t in page.tables] for page in factsheet.pages] == [[], [(56.0, 224.0, 539.0, 304.0)]]  # 3 x 4 grid
    assert [page.tables for page in leaflet.pages] == [[], []]  # a lone rule under the running header is not a table

    def rule(x0, top, x1, bottom):
        return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}

    frame = [rule(10, 10, 110, 10), rule(10, 60, 110, 60), rule(10, 10, 10, 60), rule(110, 10, 110, 60)]
    assert ruled_tables(frame) == []  # one cell: a frame around a box
    two_rows = [*frame, rule(10, 35, 110, 35)]
    assert ruled_tables(two_rows) == [(10, 10, 110, 60)]


# --------------------------------------------------------------------------------------------
# characters into words and lines (hand-written PDFs)


def test_ligatures_are_expanded_and_words_found_by_position():
    ligature_font = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /fi] >>"
    content = b"BT /F1 12 Tf 20 150 Td (\x80nance for all) Tj 0 -20 Td [(Hello) -300 (world)] TJ ET"
    loaded = _read(make_pdf([content], font_encoding=ligature_font))
    assert [line.text for line in _lines(loaded)] == ["finance for all", "Hello world"]


def test_a_glyph_printed_twice_is_read_once():
    # fake bold: the same text drawn twice, the second time 0.4 pt to the right
    content = b"BT /F1 12 Tf 20 150 Td (Decent work) Tj ET BT /F1 12 Tf 20.4 150 Td (Decent work) Tj ET"
    assert [line.text for line in _lines(_read(make_pdf([content])))] == ["Decent work"]


def test_dedupe_matches_pdfplumber():
    random.seed(7)
    with pdfplumber.open(FACTSHEET) as pdf:
        chars = pdf.pages[1].chars[:400]
    doubled = []
    for char in chars:
        doubled.append(char)
        if random.random() < 0.3:
            twin = dict(char, x0=char["x0"] + random.uniform(-1.2, 1.2), doctop=char["doctop"] + random.uniform(-1.2, 1.2))
            doubled.append(twin)
    random.shuffle(doubled)
    expected = pdfplumber_dedupe_chars(doubled)
    assert len(expected) < len(doubled)
    assert [id(c) for c in dedupe_chars(doubled)] == [id(c) for c in expected]


def test_a_gutter_wide_gap_ends_a_line():
    content = b"BT /F1 10 Tf 20 150 Td (Left column text) Tj ET BT /F1 10 Tf 160 150 Td (Right column) Tj ET"
    lines = _lines(_read(make_pdf([content])))
    assert [line.text for line in lines] == ["Left column text", "Right column"]
    assert lines[0].bbox[2] < 160 <= lines[1].bbox[0]


def test_a_gap_of_one_em_to_a_hair_does_not_end_a_line():
    """(TeX sets a section number a \\quad, one em, before its heading: pdfminer measured that gap as
    14.3462 pt against an em of 14.346199999999953, and cut the number off its heading. A gap
    within CUT_GAP_ROUNDING_EM of an em is an em; a thousandth of an em more ends the line.)"""
    from pipeline.load.pdf import CUT_GAP_EM, _cut_rows, _Word

    em = 14.346199999999953

    def row(gap: float) -> list[str]:
        first = _Word(20.0, 26.672, 140.0, 152.0, "Helvetica-Bold", None)
        first.parts, first.sizes = ["1"], [em]
        second = _Word(26.672 + gap, 90.0, 140.0, 152.0, "Helvetica-Bold", None)
        second.parts, second.sizes = ["Partners"], [em]
        return [" ".join("".join(word.parts) for word in line) for line in _cut_rows([[first, second]])]

    assert row(14.3462) == ["1 Partners"]
    assert row((CUT_GAP_EM + 0.001) * em) == ["1", "Partners"]


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_tex_section_numbers_stay_with_their_headings_in_both_readers(reader):
    path = Path(__file__).resolve().parents[1] / "zoo" / "corpus" / "tex-report-00.pdf"
    texts = {line.text for line in load(path, reader=reader).lines}
    assert {"1 Our partners", "2 A changing climate", "5 Working together"} <= texts


# --------------------------------------------------------------------------------------------
# errors and warnings


def test_encrypted_pdf_needs_its_password():
    data = make_pdf([HELLO], user_password="secret")
    with pytest.raises(BrochureError) as no_password:
        read_pdf(data, _source(data))
    assert no_password.value.code == "encrypted" and "--password" in no_password.value.message
    with pytest.raises(BrochureError) as wrong:
        read_pdf(data, _source(data), password="guess")
    assert wrong.value.code == "encrypted" and "wrong" in wrong.value.message
    loaded = read_pdf(data, _source(data), password="secret")
    assert [line.text for line in _lines(loaded)] == ["Hello brochure"]


@pytest.mark.parametrize("share", [0.3, 0.6, 0.97])
def test_truncated_pdf_is_corrupt(share):
    # (Ghostscript is hidden from every test: tests/conftest.py; installed, it might repair the cut)
    data = LEAFLET.read_bytes()
    cut = data[: int(len(data) * share)]
    with pytest.raises(BrochureError) as caught:
        read_pdf(cut, _source(cut, "cut.pdf"))
    assert caught.value.code == "corrupt_pdf" and caught.value.path == "cut.pdf"
    assert caught.value.message.startswith("not a readable PDF: ")


def test_garbage_after_the_magic_is_corrupt():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 4
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf"


def test_image_only_pdf_has_no_text_layer():
    data = make_pdf([IMAGE_ONLY, IMAGE_ONLY])
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "no_text_layer"
    assert "OCR" in caught.value.message and "ocrmypdf" in caught.value.message


def test_a_page_without_text_is_a_warning():
    loaded = _read(make_pdf([HELLO, IMAGE_ONLY, HELLO]))
    assert loaded.all_warnings == ["page 2 has no text layer"]
    assert [len(page.lines) for page in loaded.pages] == [1, 0, 1]
    assert loaded.source.page_count == 3


@pytest.mark.parametrize("content", [HELLO, IMAGE_ONLY], ids=["text", "no-text"])
def test_the_pdf_is_closed_even_on_error(monkeypatch, content):
    opened = []
    real_open = pdfplumber.open

    def tracking_open(stream, *args, **kwargs):
        opened.append(stream)
        return real_open(stream, *args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", tracking_open)
    data = make_pdf([content])
    with contextlib.suppress(BrochureError):
        read_pdf(data, _source(data))
    assert opened and all(stream.closed for stream in opened)


def test_load_reads_a_pdf_by_its_bytes_not_its_name(tmp_path):
    path = tmp_path / "brochure.txt"
    path.write_bytes(make_pdf([HELLO]))
    loaded = load(path)
    assert loaded.source.media_type == "application/pdf" and loaded.source.page_count == 1
    assert loaded.pages[0].lines[0].text == "Hello brochure"
    assert loaded.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------------------------
# damaged, not scanned: corrupt_pdf rather than no_text_layer

_PAGE_TREE = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
              3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}


def _page(contents: bytes = b"/Contents 5 0 R", extra: bytes = b"") -> bytes:
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> %s %s >>" % (contents, extra)


def test_a_header_alone_is_corrupt():
    data = b"%PDF-1.7\n"
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf" and "not a readable PDF" in caught.value.message


def test_a_page_whose_content_is_missing_is_corrupt_not_a_scan():
    """The page names its content stream and the file does not hold it (as in a file cut short):
    nothing on the page is a sign of damage, not of a scan."""
    data = write_pdf({**_PAGE_TREE, 4: _page(b"/Contents 9 0 R")})
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf"
    assert caught.value.message.startswith("the content of its pages is missing from the file; ")


def test_a_missing_page_beside_readable_ones_is_a_warning():
    data = write_pdf({1: _PAGE_TREE[1], 2: b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>", 3: _PAGE_TREE[3],
                      4: _page(), 5: (b"", HELLO), 6: _page(b"/Contents 9 0 R")})
    loaded = _read(data)
    assert [len(page.lines) for page in loaded.pages] == [1, 0]
    assert loaded.all_warnings == [lost_page(2)]


def test_pages_that_hold_nothing_are_corrupt_not_a_scan():
    data = make_pdf([b"", b""])
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf" and caught.value.message.startswith("its pages hold nothing")


def test_a_page_of_drawings_without_text_has_no_text_layer():
    """Text set as outlines (drawn shapes) is no text either: OCR can read it."""
    data = make_pdf([b"0 0 1 rg 20 20 50 50 re f 100 20 m 150 80 l 200 20 l h f"])
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "no_text_layer"


def _repair_gives(monkeypatch, repaired: bytes | None) -> None:
    """Ghostscript as if installed, its repair of anything being ``repaired`` (None: it fails)."""
    monkeypatch.setattr(pdf_module, "_ghostscript", lambda: "gs")
    monkeypatch.setattr(pdf_module, "_ghostscript_repair", lambda executable, data, password: repaired)


_GARBAGE = {
    "header alone": b"%PDF-1.7\n",
    "garbage after the magic": b"%PDF-1.7\n" + bytes(range(256)) * 4,
    "cut at 30%": LEAFLET.read_bytes()[: LEAFLET.stat().st_size * 3 // 10],
}
# What Ghostscript makes of such files: a blank page (of garbage), the shapes without the fonts (of a
# cut file), glyphs whose fonts lost their character maps.
_TEXTLESS_REPAIRS = {
    "blank": make_pdf([b""]),
    "drawings only": make_pdf([b"0 0 1 rg 20 20 50 50 re f"]),
    "images only": make_pdf([IMAGE_ONLY]),
    "unmapped glyphs": make_pdf([UNMAPPED_TEXT], unmapped_font=True),
}


@pytest.mark.parametrize("repaired", _TEXTLESS_REPAIRS.values(), ids=_TEXTLESS_REPAIRS.keys())
@pytest.mark.parametrize("data", _GARBAGE.values(), ids=_GARBAGE.keys())
def test_a_repair_without_text_is_no_repair(monkeypatch, data, repaired):
    _repair_gives(monkeypatch, repaired)
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf"
    assert caught.value.message.startswith("not a readable PDF: ")
    assert f"; {GHOSTSCRIPT_HELD_NO_TEXT}" in caught.value.message


def test_a_repair_with_text_is_read(monkeypatch):
    _repair_gives(monkeypatch, make_pdf([HELLO]))
    loaded = _read(_GARBAGE["cut at 30%"])
    assert [line.text for line in _lines(loaded)] == ["Hello brochure"]
    assert loaded.all_warnings == [pdf_module.GHOSTSCRIPT_REPAIRED]


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript (gs) is not installed")
@pytest.mark.parametrize("data", _GARBAGE.values(), ids=_GARBAGE.keys())
def test_the_real_ghostscript_repairs_no_text_out_of_garbage(monkeypatch, data):
    """The real ``gs`` turns these into a PDF with a blank page (or shapes only): no repair."""
    monkeypatch.setattr(pdf_module, "_ghostscript", REAL_GHOSTSCRIPT)
    monkeypatch.delenv(pdf_module.GHOSTSCRIPT_VARIABLE)  # tests/conftest.py turns the repair off
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "corrupt_pdf" and GHOSTSCRIPT_HELD_NO_TEXT in caught.value.message


# --------------------------------------------------------------------------------------------
# rotated text

TWO_LINES = ["Decent work for all", "in South Asia"]


def _two_lines(matrix: bytes, first: tuple[int, int], second: tuple[int, int]) -> bytes:
    """TWO_LINES in 12 pt Helvetica, set with the text matrix ``matrix`` (a b c d) at ``first`` and
    ``second`` (the next line, a line pitch further in the direction the glyphs' feet point)."""
    return b"".join(b"BT /F1 12 Tf %s %d %d Tm (%s) Tj ET " % (matrix, x, y, text.encode())
                    for text, (x, y) in zip(TWO_LINES, [first, second], strict=True))


UPRIGHT = b"BT /F1 12 Tf 20 150 Td (Decent work for all) Tj 0 -16 Td (in South Asia) Tj ET"
ROTATED = {
    "text matrix 90 (up the page)": (make_pdf([_two_lines(b"0 1 -1 0", (150, 20), (166, 20))]), (200, 300)),
    "text matrix 270 (down the page)": (make_pdf([_two_lines(b"0 -1 1 0", (150, 180), (134, 180))]), (200, 300)),
    "text matrix 180 (upside down)": (make_pdf([_two_lines(b"-1 0 0 -1", (280, 100), (280, 116))]), (300, 200)),
    "/Rotate 90": (make_pdf([UPRIGHT], page_entries=b"/Rotate 90"), (300, 200)),
    "/Rotate 270": (make_pdf([UPRIGHT], page_entries=b"/Rotate 270"), (300, 200)),
}
"""Rotated pages, and each one's (width, height) once turned so that its text reads upright: a page
turned by /Rotate is read as it was set."""


@pytest.mark.parametrize(("data", "turned_size"), ROTATED.values(), ids=ROTATED.keys())
def test_rotated_text_is_read_upright_in_reading_order(data, turned_size):
    loaded = _read(data)
    lines = _lines(loaded)
    assert [line.text for line in lines] == TWO_LINES
    assert loaded.all_warnings == [] and _sizes(loaded) == [turned_size]
    width, height = turned_size
    for line in lines:
        x0, top, x1, bottom = line.bbox
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, line
        assert line.font_size == 12.0 and line.indent == x0
    assert lines[0].bbox[0] == lines[1].bbox[0] and lines[0].bbox[3] < lines[1].bbox[1]  # one column, top down


def test_a_turned_page_keeps_its_links_boxes_and_rules_with_its_text():
    """/Rotate 90: the text, the link annotation around it and the shaded box behind it stay where
    they were set, relative to one another."""
    link = b"/Annots [<< /Type /Annot /Subtype /Link /Rect [18 145 110 165] /A << /S /URI /URI (https://www.ilo.org) >> >>]"
    content = b"0.9 g 10 100 200 80 re f 0 g " + HELLO
    upright, turned = (_read(make_pdf([content], page_entries=extra + link)) for extra in (b"", b"/Rotate 90 "))
    assert [line.bbox for line in _lines(turned)] == [line.bbox for line in _lines(upright)]
    assert turned.links == upright.links and turned.links[0].bbox == (18.0, 35.0, 110.0, 55.0)
    assert _boxes(turned) == _boxes(upright) == [[(10.0, 20.0, 210.0, 100.0)]]


def test_a_rotated_label_beside_upright_text_is_set_aside():
    """The page reads in the direction of most of its characters; a margin label running up the
    page is no line of the text."""
    content = HELLO + b" BT /F1 8 Tf 0 1 -1 0 290 20 Tm (ILO 2024) Tj ET"
    assert [line.text for line in _lines(_read(make_pdf([content])))] == ["Hello brochure"]


# --------------------------------------------------------------------------------------------
# glyphs that map to no character


def test_a_pdf_whose_glyphs_map_to_no_character_is_unmapped_font():
    data = make_pdf([UNMAPPED_TEXT, UNMAPPED_TEXT], unmapped_font=True)
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "unmapped_font"
    assert "no character map" in caught.value.message and "OCR" in caught.value.message


def test_a_page_of_unmapped_glyphs_is_left_out_with_a_warning():
    loaded = _read(make_pdf([UNMAPPED_TEXT, HELLO], unmapped_font=True))
    assert [len(page.lines) for page in loaded.pages] == [0, 1]
    assert [line.text for line in _lines(loaded)] == ["Hello brochure"]
    assert loaded.all_warnings == [unmapped_page(1)]
    assert "(unmapped_font)" in unmapped_page(1)


def test_a_stray_unmapped_glyph_is_dropped_from_a_readable_line():
    content = b"BT /F1 12 Tf 20 150 Td (Hello brochure) Tj /F2 12 Tf <0001> Tj ET"
    loaded = _read(make_pdf([content], unmapped_font=True))
    assert [line.text for line in _lines(loaded)] == ["Hello brochure"] and loaded.all_warnings == []


@pytest.mark.parametrize("unmapped", ["(cid:12)", "\ufffd", "\ue000"], ids=["glyph code", "U+FFFD", "private use"])
def test_a_page_mostly_of_characters_that_stand_for_none_is_unreadable(unmapped):
    def chars(texts):
        return [{"text": text} for text in texts]

    share = pdf_module._unmapped_share
    mostly = share(chars([unmapped] * 6 + list("Ab") + [" "] * 5))  # white space does not count
    assert mostly == pytest.approx(0.75) and mostly > UNMAPPED_GLYPH_SHARE
    assert share(chars([unmapped] + list("Decent work"))) < UNMAPPED_GLYPH_SHARE
    assert share(chars(["(cid:", ")", "cid"])) == 0.0  # text that merely looks like a code


# --------------------------------------------------------------------------------------------
# link annotations are optional


_LINK = b"<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.ilo.org) >> %s >>"
_BAD_ANNOTATIONS = {
    "without /Rect": (b"/Annots [" + _LINK % b"" + b"]", "an annotation has no /Rect"),
    "/Rect of two numbers": (b"/Annots [" + _LINK % b"/Rect [20 140]" + b"]", "an annotation is malformed"),
    "nested 50,000 deep": (b"/Annots " + b"[" * 50_000 + b"]" * 50_000, "they are nested too deeply"),
}


@pytest.mark.parametrize(("annots", "reason"), _BAD_ANNOTATIONS.values(), ids=_BAD_ANNOTATIONS.keys())
def test_link_annotations_that_cannot_be_read_cost_only_the_links(annots, reason):
    """The first page's annotations are broken, the second's are fine: both pages' text is read,
    and the second page's link."""
    good = _LINK % b"/Rect [18 145 110 165]"
    data = write_pdf({1: _PAGE_TREE[1], 2: b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>", 3: _PAGE_TREE[3],
                      4: _page(extra=annots), 5: (b"", HELLO), 6: _page(extra=b"/Annots [" + good + b"]")})
    loaded = _read(data)
    assert [line.text for line in _lines(loaded)] == ["Hello brochure", "Hello brochure"]
    assert [(link.page, link.uri) for link in loaded.links] == [(2, "https://www.ilo.org")]
    assert loaded.all_warnings == [unreadable_links(1, reason)]
    assert unreadable_links(1, reason).endswith("links come from the text only")


def test_a_page_tree_nested_too_deeply_is_too_complex():
    """Nesting that breaks the pages themselves (here /Kids within /Kids, 5,000 deep) still costs
    the document: there is no page to read without it."""
    data = deep_page_tree_pdf(5_000)
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, _source(data))
    assert caught.value.code == "too_complex" and "nested too deeply" in caught.value.message


def test_a_line_carries_its_font_and_fill_colour():
    """The page model's lines say how they are set: the font (subset tag left out) and the fill
    colour most of their characters have, as "#rrggbb" (gray, RGB and CMYK alike)."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "layout" / "rl_page_border_banner.pdf"
    lines = load(fixture, reader="pdfplumber").lines  # (the PDFium reader gives no colour yet)
    title = lines[0]
    assert (title.font_name, title.color) == ("Helvetica-Bold", "#ffffff")  # white on the banner
    assert any(line.font_name == "Helvetica" and line.color == "#000000" for line in lines)
    from pipeline.load.pdf import hex_color

    assert [hex_color(c) for c in [(0.5,), (1, 0, 0), (0, 0, 0, 1), None, ("pattern",)]] == [
        "#808080", "#ff0000", "#000000", None, None]


def _marked_items_pdf(marker_font: bytes) -> bytes:
    """Two list items on one page, each a ZapfDingbats "l" (a disc) set before its text, a point
    below its baseline (in one row) and a word space away: the marker in ``marker_font`` (/F1 Helvetica, /F2
    ZapfDingbats; the PDFium reader reads the disc as "●", pdfminer as "l", tests/load/test_pdfium.py)."""
    content = b"\n".join(
        b"BT %s 10 Tf 20 %d Td (l) Tj ET BT /F1 10 Tf 31 %d Td (Labour inspection in agriculture) Tj ET" % (marker_font, y - 1, y)
        for y in (150, 130))
    return write_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        4: (b"", content),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
    })


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_a_symbol_font_marker_is_a_piece_of_its_own_with_its_font(reader, tmp_path):
    """A bullet set in a symbol font before its item's text on one row: the line builder cuts it
    off as a piece of its own, in its own font (a line takes the font most of its characters have,
    which would hide it), and the layout finds it by that font and writes it as a bullet. The same
    letter in a text font stays a word of its line."""
    import pipeline

    path = tmp_path / "marked.pdf"
    path.write_bytes(_marked_items_pdf(b"/F2"))
    lines = sorted(load(path, reader=reader).lines, key=lambda line: (round(line.bbox[1] / 10), line.bbox[0]))
    disc = "l" if reader == "pdfplumber" else "●"
    assert [(line.text, line.font_name) for line in lines] == [
        (disc, "ZapfDingbats"), ("Labour inspection in agriculture", "Helvetica")] * 2
    bullets = [bullet for section in pipeline.extract(path, reader=reader).sections for bullet in section.bullets]
    assert [(bullet.marker, bullet.text) for bullet in bullets] == [("•", "Labour inspection in agriculture")] * 2

    path.write_bytes(_marked_items_pdf(b"/F1"))
    assert [(line.text, line.font_name) for line in load(path, reader=reader).lines] == [
        ("l Labour inspection in agriculture", "Helvetica")] * 2


def _flat_tree_pdf(pages: int, count: int | None = None) -> bytes:
    """``pages`` pages of HELLO, all kids of the root, whose /Count says ``count`` (default: right)."""
    kids = list(range(5, 5 + pages))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               4: (b"", HELLO)}
    for kid in kids:
        objects[kid] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids),
                                                                pages if count is None else count)
    return write_pdf(objects)


def _pages_made(monkeypatch) -> list[int]:
    """A list that grows by one for every page pdfminer makes of a page-tree leaf."""
    from pdfminer.pdfpage import PDFPage

    made: list[int] = []
    real = PDFPage.__init__

    def counting(self, *args, **kwargs):
        made.append(1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(PDFPage, "__init__", counting)
    return made


def test_only_the_pages_read_are_made_of_a_long_file(monkeypatch):
    """(A file of 10,000 pages cost four seconds of page-tree parsing before its first page: the
    pages past those read are counted, not made, and closing the file makes none again.)"""
    made = _pages_made(monkeypatch)
    loaded = _read(_flat_tree_pdf(400), max_pages=3)
    assert len(loaded.pages) == 3 and loaded.source.page_count == 400
    assert loaded.warnings[-1] == "only the first 3 of 400 pages were read (--max-pages)"
    assert len(made) == 4  # the three read, and the one that shows there are more


def test_pages_past_those_read_are_counted_by_walking_where_the_count_is_too_low(monkeypatch):
    made = _pages_made(monkeypatch)
    loaded = _read(_flat_tree_pdf(40, count=2), max_pages=3)
    assert len(loaded.pages) == 3 and loaded.source.page_count == 40
    assert len(made) == 40
    assert _read(_flat_tree_pdf(40, count=2)).source.page_count == 40  # all read: counted as found
