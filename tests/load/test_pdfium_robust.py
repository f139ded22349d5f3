"""The PDFium reader on what a fuzzer found it read wrong (pipeline.load.pdfium): characters past U+FFFF,
which PDFium gives as two UTF-16 halves at one origin, are one character, not two pieces of a ligature
that the clean-up then deletes; the native glyph loop (pdfium_page.c) gives what the Python one gives."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.load import native
from pipeline.load.pdf import read_pdf
from pipeline.load.pdfium import read_pdf_pdfium
from pipeline.model import LoadedDocument, Source
from tests.load.test_native import _forget_builds, needs_compiler
from tests.pdf_bytes import write_pdf


def _source(data: bytes) -> Source:
    return Source("test.pdf", "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


def _to_unicode(pairs: dict[int, str]) -> bytes:
    """A ToUnicode CMap of one-byte codes to ``pairs``' characters (UTF-16BE, as the format has them)."""
    lines = b"\n".join(b"<%02X> <%s>" % (code, text.encode("utf-16-be", "surrogatepass").hex().upper().encode())
                       for code, text in pairs.items())
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n%d beginbfchar\n%s\nendbfchar\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end" % (len(pairs), lines))


def _pdf_with_map(content: bytes, pairs: dict[int, str]) -> bytes:
    """One page in Helvetica whose ToUnicode map gives ``pairs`` (the other letters are themselves)."""
    mapped = {code: chr(code) for code in range(0x20, 0x7F)} | pairs
    return write_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        5: (b"", content),
        6: (b"", _to_unicode(mapped)),
    })


def _lines(document: LoadedDocument) -> list[str]:
    return [line.text for page in document.pages for line in page.lines]


@pytest.fixture(params=["python", pytest.param("native", marks=needs_compiler)])
def glyph_loop(request, monkeypatch, tmp_path):
    """The PDFium reader's glyph loop in Python (``BROCHURE_NATIVE=0``) or compiled."""
    monkeypatch.setenv(native.SWITCH, "1" if request.param == "native" else "0")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    _forget_builds()
    yield request.param
    _forget_builds()


def test_characters_past_the_basic_plane_are_kept_whole(glyph_loop):
    # "A" draws U+1F600 (an emoji), "E" U+1D400 (mathematical bold A), "C" U+20BB7 (CJK extension B)
    data = _pdf_with_map(b"BT /F1 14 Tf 20 150 Td (BANANA SALAD) Tj 0 -24 Td (EIGHT CATS) Tj ET",
                         {0x41: "\U0001F600", 0x45: "\U0001D400", 0x43: "\U00020BB7"})
    read = _lines(read_pdf_pdfium(data, _source(data)))
    assert read == ["B\U0001F600N\U0001F600N\U0001F600 S\U0001F600L\U0001F600D", "\U0001D400IGHT \U00020BB7\U0001F600TS"]
    assert read == _lines(read_pdf(data, _source(data)))  # pdfminer reads the map's UTF-16 whole
    if glyph_loop == "native":
        assert native.library("pdfium_page") is not None


def test_a_lone_half_of_a_pair_is_still_dropped(glyph_loop):
    # a map to half a surrogate pair (no UTF-8 file can hold it) or to the halves the wrong way round
    data = _pdf_with_map(b"BT /F1 14 Tf 20 150 Td (BANANA) Tj 0 -24 Td (SALSA) Tj ET", {0x41: "\ud83d", 0x53: "\ude00\ud83d"})
    assert _lines(read_pdf_pdfium(data, _source(data))) == ["BNN", "L"]
