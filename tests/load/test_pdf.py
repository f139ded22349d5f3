"""The PDF reader: lines, boxes, bullets and links of the sample PDFs, and its errors.

The sample PDFs are committed (made by samples/make_pdfs.py); the other PDFs here are written by
hand as bytes, so the tests need nothing beyond the pipeline's own dependencies.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils import dedupe_chars as pdfplumber_dedupe_chars

import pipeline.load.pdf as pdf_module
from pipeline.errors import BrochureError
from pipeline.load import load
from pipeline.load.pdf import PdfDocument, dedupe_chars, read_pdf, ruled_tables
from pipeline.model import Source
from tests.pdf_bytes import HELLO, IMAGE_ONLY, make_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REFERENCE = SAMPLES / "partnerships-for-decent-work.pdf"
LEAFLET = SAMPLES / "green-jobs-leaflet.pdf"
FACTSHEET = SAMPLES / "migrant-workers-factsheet.pdf"
SAMPLE_PDFS = [REFERENCE, LEAFLET, FACTSHEET]


# --------------------------------------------------------------------------------------------
# hand-written PDFs



def _source(data: bytes, path: str = "test.pdf") -> Source:
    return Source(path, "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


def _read(data: bytes, **kwargs) -> PdfDocument:
    loaded = read_pdf(data, _source(data), **kwargs)
    assert isinstance(loaded, PdfDocument)
    return loaded


def _lines(loaded):
    return [line for page in loaded.pages for line in page]


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
    assert loaded.source.page_count == len(loaded.pages) == len(loaded.page_sizes) == 2
    assert loaded.warnings == []
    for page_number, page in enumerate(loaded.pages, start=1):
        width, height = loaded.page_sizes[page_number - 1]
        assert page, f"page {page_number} has lines"
        for line in page:
            assert line.page == page_number
            x0, top, x1, bottom = line.bbox
            assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, line
            assert line.text == line.text.strip() and "  " not in line.text
            assert line.font_size and line.indent == x0


def test_line_numbers_run_through_the_document(reference):
    numbers = [line.number for line in _lines(reference)]
    assert numbers == list(range(1, len(numbers) + 1))


def test_page_sizes(reference, leaflet):
    assert reference.page_sizes[0] == pytest.approx((841.89, 595.28), abs=0.01)  # A4 landscape
    assert leaflet.page_sizes[1] == pytest.approx((595.28, 841.89), abs=0.01)


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
    assert (301.0, 30.0, 541.0, 222.5) in reference.boxes[0]  # the quote box
    assert any(box[0] == 309.0 and box[2] == 554.0 for box in leaflet.boxes[0])  # Key facts


def test_ruled_tables(factsheet, leaflet):
    assert factsheet.tables == [[], [(56.0, 224.0, 539.0, 304.0)]]  # 3 columns x 4 rows of rules
    assert leaflet.tables == [[], []]  # a lone rule under the running header is not a table

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
def test_truncated_pdf_is_corrupt(share, monkeypatch):
    monkeypatch.setattr(pdf_module, "_ghostscript", lambda: None)  # where gs is installed it might repair the cut
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
    assert loaded.warnings == ["page 2 has no text layer"]
    assert [len(page) for page in loaded.pages] == [1, 0, 1]
    assert loaded.source.page_count == 3


@pytest.mark.parametrize("content", [HELLO, IMAGE_ONLY], ids=["text", "no-text"])
def test_the_pdf_is_closed_even_on_error(monkeypatch, content):
    opened = []
    real_open = pdfplumber.open

    def tracking_open(*args, **kwargs):
        pdf = real_open(*args, **kwargs)
        opened.append(pdf)
        real_close = pdf.close

        def close():
            pdf.closed_by_test = True
            real_close()

        pdf.close = close
        return pdf

    monkeypatch.setattr(pdfplumber, "open", tracking_open)
    data = make_pdf([content])
    with contextlib.suppress(BrochureError):
        read_pdf(data, _source(data))
    assert opened and all(getattr(pdf, "closed_by_test", False) for pdf in opened)


def test_load_reads_a_pdf_by_its_bytes_not_its_name(tmp_path):
    path = tmp_path / "brochure.txt"
    path.write_bytes(make_pdf([HELLO]))
    loaded = load(path)
    assert loaded.source.media_type == "application/pdf" and loaded.source.page_count == 1
    assert loaded.pages[0][0].text == "Hello brochure"
    assert loaded.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()

