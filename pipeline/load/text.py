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

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


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

    best = from_bytes(data).best()
    if best is None:
        raise BrochureError("bad_encoding", "not UTF-8, and no other text encoding fits its bytes", path)
    return str(best), best.encoding


def read_text(data: bytes, source: Source) -> LoadedDocument:
    """Bytes of a text file into a LoadedDocument: one page per form-feed-separated part."""
    text, encoding = decode_text(data, source.path)
    warnings = [] if encoding in ("utf-8", "utf-8-sig", "ascii") else [f"text decoded as {encoding}"]
    pages: list[list[Line]] = []
    number = 0
    page_texts = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if page_texts[-1].strip() == "":  # pdftotext ends the last page with a form feed too
        page_texts = page_texts[:-1] or [""]
    paged = len(page_texts) > 1  # without form feeds a text file says nothing about pages
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
