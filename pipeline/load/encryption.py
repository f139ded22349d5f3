"""Whether a PDF's encryption dictionary is whole: a file whose dictionary is damaged cannot be
decrypted with any password, and asking for one (``--password``) would send the user looking for
a password that does not exist.

PDFium and pdfminer both report a password error when the standard security handler's check of
the (empty) password fails, also when the check fails because the dictionary it reads is broken:
``/U`` cut short, ``/O`` missing, a revision that does not exist. The readers ask `damage` only
after such an error, so a good file pays nothing.
"""

from __future__ import annotations

import io

REVISIONS = range(2, 7)
"""The standard security handler's revisions (/R), ISO 32000-2 7.6.4: 2 to 6."""
VERSIONS = range(6)
"""The encryption algorithm versions (/V), ISO 32000-2 7.6.2: 0 to 5."""
HASH_LENGTHS = {2: 32, 3: 32, 4: 32, 5: 48, 6: 48}
"""The length /O and /U have at least, by revision: 32 bytes up to R4, 48 (hash and two salts) for
R5 and R6 (longer strings occur and are read by their first bytes)."""
KEY_LENGTH = 32
"""The length /OE and /UE (R5, R6) have: an encrypted 256-bit key."""


def damage(data: bytes) -> str | None:
    """What is wrong with the standard security handler's dictionary of the PDF ``data``, in words
    ("/U is 2 bytes long, not at least 32"); None when it looks whole (a password is then truly
    needed, or wrong), when the file has no encryption dictionary, when its handler is not the
    standard one (read as such elsewhere), or when the file cannot be parsed far enough to tell."""
    param = _encryption_dictionary(data)
    if param is None:
        return None
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    def value(key: str):
        return resolve1(param.get(key))

    handler = value("Filter")
    if isinstance(handler, PSLiteral) and handler.name != "Standard":
        return None
    if handler is None:
        return "it names no security handler, /Filter"
    if not isinstance(handler, PSLiteral):
        return "its /Filter is no name"
    version = value("V")
    if version is not None and (not isinstance(version, int) or version not in VERSIONS):
        return f"its algorithm version /V {version!r} is none of 0 to 5"
    revision = value("R")
    if not isinstance(revision, int) or revision not in REVISIONS:
        return "it has no revision /R" if revision is None else f"its revision /R {revision!r} is none of 2 to 6"
    if not isinstance(value("P"), int):
        return "its permissions /P are missing or not a number"
    for key in ("O", "U"):
        text = value(key)
        if not isinstance(text, bytes):
            return f"its /{key} is missing" if text is None else f"its /{key} is not a string"
        if len(text) < HASH_LENGTHS[revision]:
            return f"its /{key} is {len(text)} bytes long, not at least {HASH_LENGTHS[revision]}"
    if revision >= 5:
        for key in ("OE", "UE"):
            text = value(key)
            if not isinstance(text, bytes) or len(text) != KEY_LENGTH:
                return f"its /{key} is missing" if text is None else f"its /{key} is not a string of {KEY_LENGTH} bytes"
    return None


class _Found(Exception):  # noqa: N818 (not an error: how the dictionary leaves pdfminer's constructor)
    def __init__(self, param: dict):
        super().__init__()
        self.param = param


def _encryption_dictionary(data: bytes) -> dict | None:
    """The /Encrypt dictionary of the trailer pdfminer reads first (None: none, or the file does
    not parse that far), taken before any password is checked."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    class Undecrypted(PDFDocument):
        def _initialize_password(self, password: str = "") -> None:
            raise _Found(self.encryption[1])  # (dict_value'd already: {} for an /Encrypt that is no dictionary)

    try:
        Undecrypted(PDFParser(io.BytesIO(data)))
    except _Found as found:
        return found.param
    except Exception:  # the file does not parse that far; the readers say what is wrong with it
        return None
    return None
