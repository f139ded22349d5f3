"""ASCII85 decoding (the PDF filter /ASCII85Decode) at C speed, with exactly pdfminer's results.

pdfminer decodes ASCII85 with ``base64.a85decode``, a Python loop over every five characters: a
reportlab PDF writes its content and fonts as ASCII85 over Flate, and the loop was a fifth of the
PDFium reader's survey on such files (pipeline.load.pdfium ``_survey``) while zlib's part was
a tenth of it. ``a85decode`` below gives the same bytes (numpy over the five-character groups), and
where the data holds anything but plain digits and white space (the ``z`` of four zero bytes, a
character that is no digit, a group over 2**32 - 1), it hands the data to ``base64.a85decode``
itself, so that its result, or its error, stays the shipped one.
"""

from __future__ import annotations

import base64
import re
from functools import cache

IGNORED = b" \t\n\r\x0b"
"""The white space ``base64.a85decode`` skips (its ``ignorechars`` default)."""
_DIGITS_ONLY = re.compile(rb"[!-u]*")
"""The 85 digits of ASCII85, ``!`` to ``u``."""


def a85decode(data: bytes) -> bytes:
    """``base64.a85decode(data)`` with its defaults (no Adobe framing, no folded spaces): the same
    bytes, or the same error (see the module's docstring)."""
    import numpy as np

    digits = bytes(data).translate(None, IGNORED)
    if _DIGITS_ONLY.fullmatch(digits) is None:
        return base64.a85decode(data)
    padding = -len(digits) % 5
    groups = (np.frombuffer(digits + b"u" * padding, dtype=np.uint8).reshape(-1, 5).astype(np.uint64) - 33)
    values = groups @ _powers()
    if len(values) and int(values.max()) > 0xFFFFFFFF:
        return base64.a85decode(data)  # (its "Ascii85 overflow")
    decoded = values.astype(">u4").tobytes()
    return decoded[:-padding] if padding else decoded


@cache
def _powers():
    """85 ** 4, 85 ** 3, ..., 1 (numpy, made once)."""
    import numpy as np

    return np.array([85 ** 4, 85 ** 3, 85 ** 2, 85, 1], dtype=np.uint64)


def ascii85decode(data: bytes) -> bytes:
    """pdfminer's ``ascii85decode`` (its stripping of the ``<~`` and ``~>`` framing, then the
    decoding) with ``a85decode`` for the decoding."""
    from pdfminer.ascii85 import end_re, start_re

    return a85decode(end_re.sub(b"", start_re.sub(b"", data)))
