"""Pages the page tree lists are read or named lost, never dropped without a word (pipeline.load.pdf's
``page_tree_size``, used by both readers): a /Count smaller than the tree (PDFium believes /Count and
read two pages of four, without a warning) and a page object whose /Type is damaged (pdfminer's walk
passes over it)."""

from __future__ import annotations

import hashlib
import io

import pytest

from pipeline.load.pdf import page_tree_size, read_pdf
from pipeline.load.pdfium import read_pdf_pdfium
from pipeline.model import Source
from tests.pdf_bytes import make_pdf

PAGES = [b"BT /F1 12 Tf 20 150 Td (Page %d of the brochure) Tj ET" % n for n in range(1, 5)]
READERS = {"pdfium": read_pdf_pdfium, "pdfplumber": read_pdf}


def _source(data: bytes) -> Source:
    return Source("test.pdf", "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


def _texts(loaded) -> list[str]:
    return [" ".join(line.text for line in page.lines) for page in loaded.pages]


@pytest.mark.parametrize("reader", READERS)
def test_a_sound_file_reads_every_page_without_a_warning(reader):
    data = make_pdf(PAGES)
    loaded = READERS[reader](data, _source(data))
    assert _texts(loaded) == [f"Page {n} of the brochure" for n in range(1, 5)]
    assert loaded.source.page_count == 4
    assert not [w for w in loaded.warnings if "page tree" in w]


@pytest.mark.parametrize("reader", READERS)
def test_a_count_smaller_than_the_tree_loses_no_page(reader):
    data = make_pdf(PAGES).replace(b"/Count 4", b"/Count 2")
    loaded = READERS[reader](data, _source(data))
    assert _texts(loaded) == [f"Page {n} of the brochure" for n in range(1, 5)]
    assert loaded.source.page_count == 4
    if reader == "pdfium":  # PDFium would read two pages: the file is handed to pdfplumber, and the record says why
        assert any("page tree lists 4 pages but says it has 2" in w for w in loaded.warnings)


@pytest.mark.parametrize("reader", READERS)
def test_a_damaged_page_object_is_named_lost(reader):
    data = make_pdf(PAGES)
    third = data.index(b"/Type /Page ", data.index(b"/Type /Page ", data.index(b"/Type /Page ") + 1) + 1)
    data = data[:third] + b"/Type /Pxxx " + data[third + len(b"/Type /Page "):]
    loaded = READERS[reader](data, _source(data))
    assert _texts(loaded) == ["Page 1 of the brochure", "Page 2 of the brochure", "Page 4 of the brochure"]
    assert any("page tree lists 4 pages but only 3 could be read: 1 page is lost" in w for w in loaded.warnings)


def _document(data: bytes):
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    return PDFDocument(PDFParser(io.BytesIO(data)))


def test_the_walk_counts_kids_not_the_count_and_ends_on_a_cycle():
    assert page_tree_size(_document(make_pdf(PAGES).replace(b"/Count 4", b"/Count 9"))) == 4
    # the tree's root lists itself as a kid: each node is walked once
    cyclic = make_pdf(PAGES).replace(b"/Kids [4 0 R", b"/Kids [2 0 R 4 0 R")
    assert page_tree_size(_document(cyclic)) == 4


def test_the_walk_judged_from_the_bytes_counts_as_the_parsed_walk():
    data = make_pdf(PAGES)
    parsed: list[int] = []
    document = _document(data)

    def inner(objid: int) -> bool:
        parsed.append(objid)
        return objid == 2  # only the root has /Kids

    assert page_tree_size(document, inner=inner) == page_tree_size(_document(data)) == 4
    assert sorted(parsed) == [2, 4, 6, 8, 10]
