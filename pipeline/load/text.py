"""The text reader: bytes of a plain-text brochure (as a PDF-to-text tool leaves it) into Lines.

A form feed starts a new page, as pdftotext writes it. Blank lines are not kept as lines; each line
counts the blank lines above it in ``gap_before``, which the layout stage reads as white space.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from pipeline.errors import BrochureError
from pipeline.load.normalize import leading_spaces, normalize_line
from pipeline.model import Line, LoadedDocument, Page, Source

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""A brochure's text is tens of kilobytes; beyond this the file is not a brochure."""

MAX_TEXT_LINES = 200_000
"""A brochure's text is a few hundred lines and a 200-page report's about 10,000; a file of more is
not a brochure, and reading it would cost the batch seconds per 100,000 lines."""

PREFERRED_ENCODING = "cp1252"
"""The encoding of a text that is not UTF-8 when the detector finds it fits as well as any other."""
ENCODING_TIE = 0.01
"""How much more "chaos" (charset-normalizer's measure of unlikely characters) PREFERRED_ENCODING
may show than the detector's best and still be taken."""

WRONG_MARK_MIN_CHARS = 16
"""Read by its UTF-16 byte-order mark, a text of at least this many characters none of which is
below U+0100 (no space, line break, digit or Latin letter) is no UTF-16 text: the mark lies. (Every
real text has spaces or line breaks; 8-bit text such as UTF-8 or cp1252 read two bytes at a time
gives none, only CJK-looking and unassigned characters.) A shorter one is taken at its mark's word,
unless its bytes are UTF-8."""

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_UTF16_ORDERS = {codecs.BOM_UTF16_LE: ("little-endian", "utf-16-le", "big-endian", "utf-16-be"),
                 codecs.BOM_UTF16_BE: ("big-endian", "utf-16-be", "little-endian", "utf-16-le")}
"""For each UTF-16 mark: its byte order, and the other one (name, codec)."""
_BELOW_U0100 = re.compile(r"[\x00-\xff]")

UTF8_MIN_SEQUENCES = 3
"""Bytes that are not all UTF-8 are still read as UTF-8 (the bad bytes replaced by U+FFFD, with a
warning) when they hold at least this many well-formed multi-byte UTF-8 sequences..."""
UTF8_MAX_BAD_SHARE = 0.25
"""...and the bytes that are no UTF-8 are at most this share of the non-ASCII characters (sequences
and bad bytes together). Text in an 8-bit code page such as cp1252 has next to no well-formed
sequence (an accented letter is one byte followed by ASCII), so it goes to the detector as before;
a UTF-8 file with a few damaged bytes is not read as cp857 or the like, garbling every accent."""
_ESCAPED_BYTE = re.compile(r"[\udc80-\udcff]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


class Decoded(NamedTuple):
    """Text decoded from a file's bytes, the encoding it was decoded with, and the warning the
    record carries about how (None when there is nothing to say)."""

    text: str
    encoding: str
    warning: str | None = None


def pages_left_out(read: int, total: int) -> str:
    """The warning a record carries when --max-pages left pages unread."""
    return f"only the first {read} of {total} pages were read (--max-pages)"


def decode_text(data: bytes, path: str) -> Decoded:
    """Decode brochure text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a detected
    single-byte encoding such as cp1252. A UTF-16 byte-order mark that does not fit the bytes after
    it (see WRONG_MARK_MIN_CHARS) is not believed: the bytes are read as UTF-8, or as UTF-16 in the
    other byte order, when they are that, with a warning. Raises BrochureError when the bytes are
    not text (``bad_encoding`` for a mark that lies about bytes that are neither)."""
    if len(data) > MAX_TEXT_BYTES:
        raise BrochureError("too_large", f"text file of {len(data):,} bytes is over the {MAX_TEXT_BYTES:,}-byte limit", path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text, invalid = data.decode(encoding), None
            except UnicodeDecodeError as error:
                text, invalid = None, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {error.reason}"
            if bom in _UTF16_ORDERS and (text is None or _BELOW_U0100.search(text) is None):
                return _behind_a_wrong_mark(data[len(bom):], bom, text, invalid, path)
            if text is None:
                raise BrochureError("bad_encoding", invalid, path)
            return Decoded(text, encoding)
    if b"\x00" in data:
        unmarked = _utf16_without_mark(data)
        if unmarked is not None:
            return unmarked
        raise BrochureError("not_text", "contains NUL bytes: this is a binary file, not text", path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise BrochureError("bad_encoding", "not UTF-8, and no other text encoding fits its bytes", path)
    # A brochure that is not UTF-8 is almost always in Windows' Western European encoding; the
    # detector ranks Central European cp1250 as high or higher on short or French text, which turns
    # "œ" into "ś" and "ñ" into "ń". cp1252 wins when it fits the bytes as well.
    for match in matches:
        # could_be_from_charset: the encodings that read the bytes as the same text as this one
        if PREFERRED_ENCODING in match.could_be_from_charset and match.chaos <= best.chaos + ENCODING_TIE:
            try:
                return Decoded(data.decode(PREFERRED_ENCODING), PREFERRED_ENCODING, f"text decoded as {PREFERRED_ENCODING}")
            except UnicodeDecodeError:
                break
    return Decoded(str(best), best.encoding, f"text decoded as {best.encoding}")


def _damaged_utf8(data: bytes) -> Decoded | None:
    """``data`` (bytes that are not valid UTF-8) read as UTF-8 with each byte that is no part of a
    well-formed sequence replaced by U+FFFD, and a warning saying how many, when the rest is
    UTF-8 (see UTF8_MIN_SEQUENCES, UTF8_MAX_BAD_SHARE); None otherwise."""
    escaped = data.decode("utf-8", "surrogateescape")  # each bad byte one lone surrogate, U+DC80..U+DCFF
    bad = len(_ESCAPED_BYTE.findall(escaped))
    sequences = len(_NOT_ASCII.findall(escaped)) - bad
    if sequences < UTF8_MIN_SEQUENCES or bad > UTF8_MAX_BAD_SHARE * (sequences + bad):
        return None
    text = _ESCAPED_BYTE.sub("\ufffd", escaped)
    bytes_ = "byte is" if bad == 1 else "bytes are"
    return Decoded(text, "utf-8", f"the text is UTF-8, but {bad:,} of its {bytes_} not: replaced by U+FFFD")


UNMARKED_UTF16_ZERO_SHARE = 0.5
"""UTF-16 saved without a byte-order mark is read as such when at least this share of its characters
have a zero high byte (spaces, line breaks, Latin letters: every real text), every zero byte of the
file is a high byte, and the reading is valid UTF-16 with no control character but white space."""
_UNMARKED_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")


def _utf16_without_mark(data: bytes) -> Decoded | None:
    """The text of ``data`` (bytes with a NUL, no byte-order mark) when they are UTF-16 of either
    byte order (see UNMARKED_UTF16_ZERO_SHARE), with a warning; None for a binary file."""
    if len(data) % 2:
        return None
    for order, codec, high, low in (("little-endian", "utf-16-le", data[1::2], data[0::2]),
                                    ("big-endian", "utf-16-be", data[0::2], data[1::2])):
        if b"\x00" in low or high.count(0) < UNMARKED_UTF16_ZERO_SHARE * len(high):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _UNMARKED_CONTROLS.search(text) is None:
            return Decoded(text, codec, f"the file has no byte-order mark, but its bytes are UTF-16 ({order}): it was read as that")
    return None


def _behind_a_wrong_mark(body: bytes, bom: bytes, as_marked: str | None, invalid: str | None, path: str) -> Decoded:
    """The text of ``body``, the bytes after a UTF-16 byte-order mark ``bom`` whose reading
    (``as_marked``) has no character below U+0100, or that is no valid UTF-16 (None; ``invalid``
    says why): UTF-8 when the bytes are that (no zero byte, which UTF-16 of any real text has, and
    valid UTF-8), or UTF-16 in the other byte order when that reading has such characters; each with
    a warning saying the mark was wrong. Else ``bad_encoding`` (saying ``invalid``), or the marked
    reading when it is valid and too short to judge (WRONG_MARK_MIN_CHARS)."""
    order, _, other_order, other_codec = _UTF16_ORDERS[bom]
    mark = f"a UTF-16 ({order}) byte-order mark"
    if b"\x00" not in body:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(text, "utf-8", f"the file starts with {mark}, but its text is UTF-8: it was read as UTF-8")
    try:
        swapped = body.decode(other_codec)
    except UnicodeDecodeError:
        swapped = ""
    if _BELOW_U0100.search(swapped):
        warning = f"the file starts with {mark}, but its text is UTF-16 {other_order}: it was read as that"
        return Decoded(swapped, other_codec, warning)
    if as_marked is None:
        raise BrochureError("bad_encoding", invalid, path)
    if len(as_marked) < WRONG_MARK_MIN_CHARS:
        return Decoded(as_marked, "utf-16")
    reason = (f"starts with {mark}, but its bytes are not UTF-16: read so, its {len(as_marked):,} characters hold no "
              "space, line break or Latin letter (it is 8-bit text behind a wrong mark, and not UTF-8); re-save it as UTF-8")
    raise BrochureError("bad_encoding", reason, path)


def read_text(data: bytes, source: Source, *, max_pages: int | None = None) -> LoadedDocument:
    """Bytes of a text file into a LoadedDocument: one page per form-feed-separated part, at most
    ``max_pages`` of them (None: all; a warning says when some were left out). Raises BrochureError
    ``empty`` when the pages read hold no text (saying that the page cap was reached when pages
    left unread hold some)."""
    text, encoding, warning = decode_text(data, source.path)
    if warning is None and encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warning = f"text decoded as {encoding}"  # UTF-16/32 by its byte-order mark
    warnings = [warning] if warning else []
    pages: list[Page] = []
    number = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_count = text.count("\n") + 1
    if line_count > MAX_TEXT_LINES:
        raise BrochureError("too_large", f"text file of {line_count:,} lines is over the {MAX_TEXT_LINES:,}-line limit "
                                         f"(a brochure has hundreds)", source.path)
    page_texts = text.split("\f")
    if page_texts[-1].strip() == "":  # pdftotext ends the last page with a form feed too
        page_texts = page_texts[:-1] or [""]
    paged = len(page_texts) > 1  # without form feeds a text file says nothing about pages
    unread_text = False
    if max_pages is not None and len(page_texts) > max_pages:
        warnings.append(pages_left_out(max_pages, len(page_texts)))
        unread_text = any(part.strip() for part in page_texts[max_pages:])
        page_texts = page_texts[:max_pages]
    for page_text in page_texts:
        page_number = len(pages) + 1 if paged else None
        lines: list[Line] = []
        blanks = 0
        for raw in page_text.split("\n"):
            number += 1
            clean = normalize_line(raw)
            if not clean:
                blanks += 1
                continue
            lines.append(Line(clean, number, page=page_number, indent=leading_spaces(raw), gap_before=blanks))
            blanks = 0
        pages.append(Page(number=page_number, reader="text", lines=lines))
    if not any(page.lines for page in pages):
        if unread_text:
            first = "the first page holds" if len(pages) == 1 else f"the first {len(pages)} pages hold"
            raise BrochureError("empty", f"{first} no text, and the page cap was reached (--max-pages {max_pages}): "
                                         "the text on the pages after it was not read", source.path)
        raise BrochureError("empty", "the file holds no text", source.path)
    return LoadedDocument(source=source, pages=pages, warnings=warnings)
