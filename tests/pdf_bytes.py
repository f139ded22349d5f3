"""Hand-written PDFs for tests: a few hundred bytes each, no PDF library needed."""

from __future__ import annotations

import hashlib
import struct

_PASSWORD_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
FILE_ID = hashlib.md5(b"brochure-pipeline test").digest()

HELLO = b"BT /F1 12 Tf 20 150 Td (Hello brochure) Tj ET"
IMAGE_ONLY = b"q 100 0 0 100 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"

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
             user_password: str | None = None) -> bytes:
    """A minimal PDF: one content stream per page, Helvetica as /F1."""
    objects: dict[int, Body] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + font_encoding + b" >>",
    }
    kids = []
    number = 4
    for content in pages:
        kids.append(number)
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (size[0], size[1], number + 1)
        )
        objects[number + 1] = (b"", content)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    return write_pdf(objects, user_password=user_password)
