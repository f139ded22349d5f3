"""Hand-written PDFs for tests: a few hundred bytes each, no PDF library needed."""

from __future__ import annotations

import hashlib
import struct
from itertools import pairwise

_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = hashlib.md5(b"brochure-pipeline test").digest()

HELLO = b"BT /F1 12 Tf 20 150 Td (Hello brochure) Tj ET"
IMAGE_ONLY = b"q 100 0 0 100 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"
UNMAPPED_TEXT = b"BT /F2 12 Tf 20 150 Td <0001000200030003000400050006> Tj 0 -20 Td <00070008000900030004> Tj ET"
"""Two lines in /F2 of ``make_pdf(..., unmapped_font=True)``: glyphs that map to no character
(pdfminer reads each as ``(cid:N)``)."""

Body = bytes | tuple[bytes, bytes]
"""An object: a dictionary, or (extra dictionary entries, stream data) for a stream."""


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def write_pdf(objects: dict[int, Body], *, user_password: str | None = None) -> bytes:
    """A PDF of ``objects`` (number -> body; object 1 is the catalog) with a correct cross-reference
    table. With ``user_password`` its streams are encrypted with the standard security handler
    (revision 2, 40-bit RC4)."""
    objects = dict(objects)
    key, encrypt_ref = None, b""
    if user_password is not None:
        permissions = struct.pack("<i", -4)
        padded_user = (user_password.encode("latin-1") + _PASSWORD_PAD)[:32]
        owner_entry = rc4(hashlib.md5((b"owner" + _PASSWORD_PAD)[:32]).digest()[:5], padded_user)
        key = hashlib.md5(padded_user + owner_entry + permissions + FILE_ID).digest()[:5]
        user_entry = rc4(key, _PASSWORD_PAD)
        number = max(objects) + 1
        objects[number] = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (owner_entry.hex().encode(),
                                                                                        user_entry.hex().encode())
        encrypt_ref = b" /Encrypt %d 0 R" % number
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        body = objects[number]
        if isinstance(body, tuple):
            entries, data = body
            if key is not None:
                data = rc4(hashlib.md5(key + struct.pack("<i", number)[:3] + b"\x00\x00").digest()[:10], data)
            body = b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for number in range(1, count):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        count, FILE_ID.hex().encode(), FILE_ID.hex().encode(), encrypt_ref, xref)
    return bytes(out)


def make_pdf(pages: list[bytes], *, size: tuple[int, int] = (300, 200), font_encoding: bytes = b"/WinAnsiEncoding",
             user_password: str | None = None, page_entries: bytes = b"", unmapped_font: bool = False) -> bytes:
    """A minimal PDF: one content stream per page, Helvetica as /F1.

    ``page_entries`` go into every page's dictionary (``b"/Rotate 90"``, ``b"/Annots [...]"``).
    With ``unmapped_font`` the pages also have /F2, a subset TrueType font (Type0, Identity-H) with
    no ToUnicode map and no font file, as a PDF cut short or badly repaired has them: its glyphs
    map to no character."""
    objects: dict[int, Body] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + font_encoding + b" >>",
    }
    glyph_font = 4 + 2 * len(pages)  # after the pages: its number and its descendant's
    fonts = b"/F1 3 0 R" + (b" /F2 %d 0 R" % glyph_font if unmapped_font else b"")
    kids = []
    number = 4
    for content in pages:
        kids.append(number)
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << %s >> >> /Contents %d 0 R %s>>"
            % (size[0], size[1], fonts, number + 1, page_entries + b" " if page_entries else b"")
        )
        objects[number + 1] = (b"", content)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    if unmapped_font:
        objects[glyph_font] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Subset /Encoding /Identity-H "
                               b"/DescendantFonts [%d 0 R] >>" % (glyph_font + 1))
        objects[glyph_font + 1] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Subset /DW 500 "
                                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>")
    return write_pdf(objects, user_password=user_password)


def deep_page_tree_pdf(depth: int = 5_000) -> bytes:
    """A page of HELLO under ``depth`` levels of /Pages nodes, each the only kid of the one above:
    finding the page recurses that deep (pdfminer walks the tree recursively), so there is no page
    to read."""
    objects: dict[int, Body] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        5: (b"", HELLO),
    }
    for parent, kid in pairwise([2, *range(6, 6 + depth), 4]):
        objects[parent] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % kid
    return write_pdf(objects)
