"""Unicode clean-up shared by the readers: one form of every character the later stages test for."""

from __future__ import annotations

import re
import unicodedata

SOFT_HYPHEN = "\u00ad"

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
# Zero-width and formatting characters carry no text; odd spaces become plain spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_TRANSLATE = {**_INVISIBLE, **_SPACES, **{ord(k): v for k, v in _LIGATURES.items()}}
# Control characters carry no text; nor does half a surrogate pair (a PDF's ToUnicode map can give
# one), which no UTF-8 file can hold: the record could not be written.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_RUNS_OF_SPACES = re.compile(r" {2,}")


def normalize_line(text: str) -> str:
    """One printed line as clean NFC text: ligatures expanded, invisible characters dropped, spaces
    folded and trimmed. A soft hyphen at the very end survives (it marks a word broken at the line
    end); soft hyphens inside the line go."""
    if text.isascii() and text.isprintable():
        # The common case, exactly: printable ASCII has no ligature, invisible, control or soft
        # hyphen character, no space but " ", and is NFC already.
        text = text.strip()
        return _RUNS_OF_SPACES.sub(" ", text) if "  " in text else text
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATE))
    text = _CONTROL.sub("", text).strip()
    ends_soft = text.endswith(SOFT_HYPHEN)
    text = text.replace(SOFT_HYPHEN, "")
    text = _RUNS_OF_SPACES.sub(" ", text)
    return text + SOFT_HYPHEN if ends_soft and text else text


def leading_spaces(raw: str) -> int:
    """How far a raw text line is indented, in spaces (a tab counts as four)."""
    expanded = raw.replace("\t", "    ")
    return len(expanded) - len(expanded.lstrip(" \u00a0"))
