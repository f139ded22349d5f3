"""The text reader: bytes of a plain-text brochure (as a PDF-to-text tool leaves it) into Lines.

A form feed starts a new page, as pdftotext writes it. Blank lines are not kept as lines; each line
counts the blank lines above it in ``gap_before``, which the layout stage reads as white space.
"""

from __future__ import annotations

import codecs

from pipeline.errors import BrochureError
from pipeline.load.normalize import leading_spaces, normalize_line
from pipeline.model import Line, LoadedDocument, Source

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""A brochure's text is tens of kilobytes; beyond this the file is not a brochure."""

PREFERRED_ENCODING = "cp1252"
"""The encoding of a text that is not UTF-8 when the detector finds it fits as well as any other."""
ENCODING_TIE = 0.01
"""How much more "chaos" (charset-normalizer's measure of unlikely characters) PREFERRED_ENCODING
may show than the detector's best and still be taken."""

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def pages_left_out(read: int, total: int) -> str:
    """The warning a record carries when --max-pages left pages unread."""
    return f"only the first {read} of {total} pages were read (--max-pages)"


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode brochure text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else a detected
    single-byte encoding such as cp1252. Returns (text, encoding). Raises BrochureError when the
    bytes are not text."""
    if len(data) > MAX_TEXT_BYTES:
        raise BrochureError("too_large", f"text file of {len(data):,} bytes is over the {MAX_TEXT_BYTES:,}-byte limit", path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                reason = f"starts with a {encoding} byte-order mark but is not valid {encoding}: {error.reason}"
                raise BrochureError("bad_encoding", reason, path) from None
    if b"\x00" in data:
        raise BrochureError("not_text", "contains NUL bytes: this is a binary file, not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
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
                return data.decode(PREFERRED_ENCODING), PREFERRED_ENCODING
            except UnicodeDecodeError:
                break
    return str(best), best.encoding


def read_text(data: bytes, source: Source, *, max_pages: int | None = None) -> LoadedDocument:
    """Bytes of a text file into a LoadedDocument: one page per form-feed-separated part, at most
    ``max_pages`` of them (None: all; a warning says when some were left out)."""
    text, encoding = decode_text(data, source.path)
    warnings = [] if encoding in ("utf-8", "utf-8-sig", "ascii") else [f"text decoded as {encoding}"]
    pages: list[list[Line]] = []
    number = 0
    page_texts = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if page_texts[-1].strip() == "":  # pdftotext ends the last page with a form feed too
        page_texts = page_texts[:-1] or [""]
    paged = len(page_texts) > 1  # without form feeds a text file says nothing about pages
    if max_pages is not None and len(page_texts) > max_pages:
        warnings.append(pages_left_out(max_pages, len(page_texts)))
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
        pages.append(lines)
    if not any(pages):
        raise BrochureError("empty", "the file holds no text", source.path)
    return LoadedDocument(source=source, pages=pages, warnings=warnings)
