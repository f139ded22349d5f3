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
    assert "page 2" in said[0] or "pages 1–2" in said[0]  # (page numbers as runs: page_ranges)
    assert "corrupt_pdf" in said[0] and "data format error" in said[0]


def test_a_page_pdfium_cannot_load_for_ocr_is_a_warning_or_corrupt_pdf_not_an_internal_error(tmp_path, monkeypatch):
    """PDFium opens the file but cannot load a page to render it: in ``auto`` the text layer stays
    with the warning; in ``always`` the file fails as ``corrupt_pdf``, naming the file."""
    import pypdfium2

    from pipeline.errors import BrochureError

    path = tmp_path / "image-page.pdf"
    path.write_bytes(make_pdf([HELLO, IMAGE_ONLY]))

    def cannot_load(self, index):
        raise pypdfium2.PdfiumError("Failed to load page.")

    monkeypatch.setattr(pypdfium2.PdfDocument, "__getitem__", cannot_load)
    monkeypatch.setattr(pypdfium2.PdfDocument, "get_page", cannot_load)
    record = pipeline.extract(path, ocr="auto")
    said = [warning for warning in record.warnings if "not read by OCR" in warning]
    assert "Hello brochure" in record.model_dump_json() and len(said) == 1 and "corrupt_pdf" in said[0]
    with pytest.raises(BrochureError) as failed:
        pipeline.extract(path, ocr="always")
    assert failed.value.code == "corrupt_pdf" and failed.value.path.endswith("image-page.pdf")


def test_page_numbers_in_a_message_are_runs():
    from pipeline.load.ocr import page_ranges

    assert page_ranges([1, 2, 3, 7, 9, 10]) == "1–3, 7, 9–10"
    assert page_ranges(list(range(1, 5001))) == "1–5000"
    assert page_ranges([4]) == "4"
