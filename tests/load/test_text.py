"""The text reader's decoding: a byte-order mark is believed only when the bytes after it fit it.

Read two bytes at a time, 8-bit text (UTF-8, cp1252) gives CJK-looking and unassigned characters
and no space or line break; such a reading is never taken for the text.
"""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.errors import BrochureError
from pipeline.load.text import WRONG_MARK_MIN_CHARS, decode_text, read_text
from pipeline.model import Source

FRENCH = "Travail décent en Côte d’Ivoire\n\nLe Bureau international du Travail œuvre à Genève.\n"
CHINESE = "国际劳工组织\n体面劳动与社会保护\n"
LE, BE = codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE


def _read(data: bytes):
    return read_text(data, Source("brochure.txt", "text/plain", "0" * 64, len(data)))


@pytest.mark.parametrize(("bom", "order"), [(LE, "little-endian"), (BE, "big-endian")], ids=["LE mark", "BE mark"])
def test_a_utf16_mark_before_utf8_text_is_read_as_utf8_with_a_warning(bom, order):
    loaded = _read(bom + FRENCH.encode("utf-8"))
    assert [line.text for line in loaded.lines] == [line for line in FRENCH.splitlines() if line]
    assert loaded.warnings == [f"the file starts with a UTF-16 ({order}) byte-order mark, but its text is UTF-8: "
                               "it was read as UTF-8"]


def test_a_short_utf8_text_behind_a_utf16_mark_is_utf8_too():
    assert decode_text(LE + b"Decent work", "x").text == "Decent work"  # not "敄散瑮眠牯": no zero byte, valid UTF-8


@pytest.mark.parametrize(("bom", "codec"), [(LE, "utf-16-be"), (BE, "utf-16-le")], ids=["LE mark", "BE mark"])
def test_a_utf16_mark_of_the_other_byte_order_is_not_believed(bom, codec):
    decoded = decode_text(bom + FRENCH.encode(codec), "x")
    assert decoded.text == FRENCH and decoded.encoding == codec
    assert "byte-order mark" in decoded.warning and "it was read as that" in decoded.warning


def test_a_utf16_mark_before_8_bit_text_that_is_not_utf8_is_bad_encoding():
    body = "Travail décent en Côte d'Ivoire, à Genève et en España.\n".encode("cp1252")
    body += b"\n" * (len(body) % 2)  # an even length: it decodes as UTF-16, to mojibake
    assert len(body) // 2 >= WRONG_MARK_MIN_CHARS
    with pytest.raises(BrochureError) as caught:
        decode_text(LE + body, "brochure.txt")
    assert caught.value.code == "bad_encoding" and caught.value.path == "brochure.txt"
    assert "byte-order mark" in caught.value.message and "re-save it as UTF-8" in caught.value.message


@pytest.mark.parametrize("text", [FRENCH, CHINESE, "国际劳工组织"], ids=["French", "Chinese", "one Chinese word"])
@pytest.mark.parametrize(("bom", "codec"), [(LE, "utf-16-le"), (BE, "utf-16-be")], ids=["LE", "BE"])
def test_real_utf16_is_read_by_its_mark(bom, codec, text):
    decoded = decode_text(bom + text.encode(codec), "x")
    assert (decoded.text, decoded.encoding, decoded.warning) == (text, "utf-16", None)
    if text != "国际劳工组织":  # read_text's own warning: the file is not UTF-8
        assert _read(bom + text.encode(codec)).warnings == ["text decoded as utf-16"]


def test_an_odd_length_behind_a_utf16_mark_is_still_bad_encoding():
    with pytest.raises(BrochureError) as caught:
        decode_text(LE + "Decent work".encode("utf-16-le") + b"\x00", "x")
    assert caught.value.code == "bad_encoding" and "byte-order mark" in caught.value.message


def test_a_text_of_more_lines_than_any_brochure_is_too_large(monkeypatch):
    from pipeline.load import text as text_reader

    monkeypatch.setattr(text_reader, "MAX_TEXT_LINES", 1000)
    source = Source("lines.txt", "text/plain", "0" * 64, 0)
    assert len(text_reader.read_text(b"Decent work\n" * 999, source).pages[0].lines) == 999
    with pytest.raises(BrochureError) as caught:
        text_reader.read_text(b"Decent work\n" * 1000 + b"one more", source)
    assert caught.value.code == "too_large" and "1,001 lines" in caught.value.message and "1,000-line limit" in caught.value.message


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80))
def test_the_fast_path_of_printable_ascii_is_the_same_as_the_full_one(raw):
    """normalize_line's shortcut for printable ASCII must give what the full clean-up gives."""
    from pipeline.load import normalize

    full = normalize._RUNS_OF_SPACES.sub(" ", normalize._CONTROL.sub("", unicodedata.normalize("NFC", raw.translate(
        normalize._TRANSLATE))).strip())
    assert normalize.normalize_line(raw) == full


@pytest.mark.parametrize(("codec", "order"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")], ids=["LE", "BE"])
def test_utf16_saved_without_a_mark_is_read_with_a_warning(codec, order):
    """Saved as UTF-16 with no byte-order mark (its zero bytes all high bytes): read, not refused as
    a binary file for its NUL bytes ("contains NUL bytes: this is a binary file")."""
    decoded = decode_text(FRENCH.encode(codec), "x")
    assert (decoded.text, decoded.encoding) == (FRENCH, codec)
    assert decoded.warning == f"the file has no byte-order mark, but its bytes are UTF-16 ({order}): it was read as that"


@pytest.mark.parametrize("data", [b"Partnerships\x00\x01\x02\x00 for Decent Work\x00" * 20,  # zeros in both byte positions
                                  "Decent\x01work".encode("utf-16-le") * 10,  # a control character: no text
                                  "Decent work".encode("utf-16-le") + b"\x00"],  # an odd length
                         ids=["zeros-anywhere", "controls", "odd-length"])
def test_bytes_with_nul_that_are_no_utf16_stay_binary(data):
    with pytest.raises(BrochureError) as caught:
        decode_text(data, "x")
    assert caught.value.code == "not_text"


def test_utf8_with_a_few_bad_bytes_is_read_as_utf8_with_them_replaced():
    # (a fuzzer's damage: it was read as cp857, every accent of the text garbled)
    good = (FRENCH * 3).encode("utf-8")
    damaged = good.replace("é".encode(), b"\xe9", 1).replace("œ".encode(), b"\xc5(", 1)
    document = _read(damaged)
    text = "\n".join(line.text for page in document.pages for line in page.lines)
    assert "Côte d’Ivoire" in text and "Genève" in text and "\ufffd" in text
    assert document.warnings == ["the text is UTF-8, but 2 of its bytes are not: replaced by U+FFFD"]
    assert text.count("\ufffd") == 2 and text.replace("\ufffd(", "œ").replace("\ufffd", "é") == "\n".join(
        line.text for page in _read(good).pages for line in page.lines)


def test_8_bit_text_with_a_stray_utf8_sequence_is_still_the_code_page():
    data = (FRENCH * 3).encode("cp1252") + "Déjà".encode()
    decoded = decode_text(data, "x")
    assert decoded.encoding == "cp1252" and "Côte d’Ivoire" in decoded.text and "\ufffd" not in decoded.text


def test_form_feed_pages_past_the_page_cap_say_the_cap_was_reached():
    data = b"\f\n\fDecent work in Asia\n\fand the Pacific\n"
    source = Source("brochure.txt", "text/plain", "0" * 64, len(data))
    with pytest.raises(BrochureError) as caught:
        read_text(data, source, max_pages=2)
    assert caught.value.code == "empty" and caught.value.message.startswith(
        "the first 2 pages hold no text, and the page cap was reached (--max-pages 2)")
    with pytest.raises(BrochureError) as caught:
        read_text(b"\f\n\f   \f\n", source, max_pages=2)  # nothing past the cap: the file is empty
    assert caught.value.message == "the file holds no text"
    assert [line.text for line in read_text(data, source, max_pages=3).pages[2].lines] == ["Decent work in Asia"]
