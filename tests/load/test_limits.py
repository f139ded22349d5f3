"""pipeline.load.limits: a stream or a page's content over its cap stops the reading before the
bytes exist; outside the caps pdfminer decodes as shipped."""

from __future__ import annotations

import resource
import zlib

import pytest
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, LITERALS_LZW_DECODE, PDFStream

from pipeline.errors import BrochureError
from pipeline.load import limits
from pipeline.load.limits import DecompressionCaps, DecompressionLimitExceeded, decompression_caps
from pipeline.load.pdf import read_pdf
from pipeline.model import Source
from tests.pdf_bytes import write_pdf

MB = 1024 * 1024


def _flate_stream(data: bytes) -> PDFStream:
    return PDFStream({"Filter": LITERALS_FLATE_DECODE[0]}, zlib.compress(data, 9))


def _squeezed_zeros(megabytes: int) -> bytes:
    """``megabytes`` MB of zeros, Flate-compressed a megabyte at a time (never whole in memory)."""
    squeezer = zlib.compressobj(9)
    chunk = bytes(MB)
    return b"".join([*(squeezer.compress(chunk) for _ in range(megabytes)), squeezer.flush()])


def test_a_stream_over_the_cap_stops_while_it_is_inflated():
    limits._install()
    bomb = PDFStream({"Filter": LITERALS_FLATE_DECODE[0]}, _squeezed_zeros(400))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with decompression_caps(DecompressionCaps(max_stream_bytes=MB)), pytest.raises(DecompressionLimitExceeded) as caught:
        bomb.get_data()
    assert "more than 1 MB" in str(caught.value)
    # the 400 MB never existed: the process grew by far less than that
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024


def test_a_damaged_bomb_is_capped_too():
    """pdfminer inflates a stream whose end is damaged a byte at a time (decompress_corrupted)."""
    limits._install()
    damaged = PDFStream({"Filter": LITERALS_FLATE_DECODE[0]}, _squeezed_zeros(50)[:-6])
    with decompression_caps(DecompressionCaps(max_stream_bytes=64 * 1024)), pytest.raises(DecompressionLimitExceeded):
        damaged.get_data()


def test_an_lzw_stream_is_capped(monkeypatch):
    from pdfminer import lzw

    monkeypatch.setattr(lzw.LZWDecoder, "run", lambda self: iter([b"x" * 4096] * 1000))
    limits._install()
    stream = PDFStream({"Filter": LITERALS_LZW_DECODE[0]}, b"\x80")
    with decompression_caps(DecompressionCaps(max_stream_bytes=MB)), pytest.raises(DecompressionLimitExceeded):
        stream.get_data()


def test_the_caps_are_inert_outside_their_block():
    limits._install()
    assert _flate_stream(b"a" * (3 * MB)).get_data() == b"a" * (3 * MB)
    with decompression_caps(DecompressionCaps(max_stream_bytes=4 * MB)):
        assert _flate_stream(b"b" * (3 * MB)).get_data() == b"b" * (3 * MB)
    truncated = PDFStream({"Filter": LITERALS_FLATE_DECODE[0]}, zlib.compress(b"c" * 10_000)[:-4])
    assert truncated.get_data() == b"c" * 10_000  # pdfminer's own handling of a damaged end, unchanged


def _two_stream_page(each_mb: float) -> bytes:
    content = zlib.compress(b"BT /F1 12 Tf 20 150 Td (Hello) Tj ET\n%" + b"0" * int(each_mb * MB) + b"\n", 9)
    return write_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> "
           b"/Contents [5 0 R 6 0 R] >>",
        5: (b"/Filter /FlateDecode", content),
        6: (b"/Filter /FlateDecode", content),
    })


def test_a_page_whose_content_adds_up_past_the_cap_is_too_large():
    data = _two_stream_page(3.5)
    source = Source("two-streams.pdf", "application/pdf", "0" * 64, len(data))
    caps = DecompressionCaps.from_megabytes(stream_mb=4, page_content_mb=6)
    with pytest.raises(BrochureError) as caught:
        read_pdf(data, source, caps=caps)
    assert caught.value.code == "too_large" and "the content of page 1" in caught.value.message
    assert "6 MB" in caught.value.message
    loaded = read_pdf(data, source, caps=DecompressionCaps.from_megabytes(stream_mb=4, page_content_mb=8))
    assert [line.text for line in loaded.pages[0].lines] == ["Hello"]
