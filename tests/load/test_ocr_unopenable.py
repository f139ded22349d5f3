"""OCR on a PDF that PDFium cannot open (pipeline.load.ocr): a file read after Ghostscript's repair
(no cross-reference table and no trailer) whose image page may need OCR. PDFium renders the pages for
OCR and cannot open the original bytes: the record is written from the text layer as read, with a
warning that names the pages, PDFium's reason and the code (``corrupt_pdf``), not an internal error."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.load import pdf as pdf_reader
from tests.pdf_bytes import HELLO, IMAGE_ONLY, make_pdf


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_pages_pdfium_cannot_open_for_ocr_keep_their_text_layer_with_a_warning(tmp_path, monkeypatch, reader):
    whole = make_pdf([HELLO, IMAGE_ONLY])  # a page of text, then a page that is only an image
    cut = whole[:whole.index(b"\nxref\n") + 1]  # no cross-reference table, no trailer: PDFium cannot open it
    path = tmp_path / "cut.pdf"
    path.write_bytes(cut)
    # Ghostscript's repair, as it would mend the file (the tests run as if gs were not installed)
    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: "gs")
    monkeypatch.setattr(pdf_reader, "_ghostscript_repair", lambda executable, data, password: whole)
    record = pipeline.extract(path, reader=reader)
    assert "Hello brochure" in record.model_dump_json()
    said = [warning for warning in record.warnings if "not read by OCR" in warning]
    assert len(said) == 1
    assert "page 2" in said[0] or "pages 1, 2" in said[0]
    assert "corrupt_pdf" in said[0] and "data format error" in said[0]
