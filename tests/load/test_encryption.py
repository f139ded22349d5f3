"""A PDF whose encryption dictionary is damaged (pipeline.load.encryption): both readers say the
file is damaged (``corrupt_pdf``), not that it needs a password; a whole dictionary still asks for one."""

from __future__ import annotations

import hashlib
import re

import pytest

from pipeline.errors import BrochureError
from pipeline.load.encryption import damage
from pipeline.load.pdf import read_pdf
from pipeline.load.pdfium import read_pdf_pdfium
from pipeline.model import Source
from tests.pdf_bytes import HELLO, make_pdf

_LOCKED = make_pdf([HELLO], user_password="secret")
_OPEN = make_pdf([HELLO], user_password="")
_DICTIONARY = re.compile(rb"<< /Filter /Standard .*? >>")


def _broken(data: bytes, edit) -> bytes:
    """``data`` with its encryption dictionary changed by ``edit`` and padded to its length (so the
    cross-reference table still points right)."""
    old = _DICTIONARY.search(data).group(0)
    new = edit(old)
    assert len(new) <= len(old)
    return data.replace(old, new.ljust(len(old)))


_DAMAGES = {
    "short /U": (lambda d: re.sub(rb"/U <[0-9a-f]+>", b"/U <0011>", d), "its /U is 2 bytes long, not at least 32"),
    "no /O": (lambda d: re.sub(rb"/O <[0-9a-f]+>", b"", d), "its /O is missing"),
    "no such revision": (lambda d: d.replace(b"/R 2", b"/R 9"), "its revision /R 9 is none of 2 to 6"),
    "no such version": (lambda d: d.replace(b"/V 1", b"/V 9"), "its algorithm version /V 9 is none of 0 to 5"),
    "no dictionary": (lambda d: b"(damaged)", "it names no security handler, /Filter"),
}


def _source(data: bytes) -> Source:
    return Source("test.pdf", "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


@pytest.mark.parametrize("reader", [read_pdf_pdfium, read_pdf], ids=["pdfium", "pdfplumber"])
@pytest.mark.parametrize("base", [_OPEN, _LOCKED], ids=["empty password", "a password"])
@pytest.mark.parametrize("name", list(_DAMAGES))
def test_a_damaged_encryption_dictionary_is_corrupt_not_a_password_to_give(reader, base, name):
    edit, problem = _DAMAGES[name]
    data = _broken(base, edit)
    assert damage(data) == problem
    with pytest.raises(BrochureError) as caught:
        reader(data, _source(data))
    assert caught.value.code == "corrupt_pdf" and "--password" not in caught.value.message
    assert caught.value.message == (f"the PDF's encryption dictionary is damaged ({problem}): its text cannot be "
                                    "decrypted, with or without a password")


@pytest.mark.parametrize("reader", [read_pdf_pdfium, read_pdf], ids=["pdfium", "pdfplumber"])
def test_a_whole_dictionary_still_asks_for_the_password_and_opens_with_it(reader):
    assert damage(_LOCKED) is None and damage(_OPEN) is None and damage(make_pdf([HELLO])) is None
    with pytest.raises(BrochureError) as caught:
        reader(_LOCKED, _source(_LOCKED))
    assert caught.value.code == "encrypted" and "--password" in caught.value.message
    assert [line.text for page in reader(_LOCKED, _source(_LOCKED), password="secret").pages for line in page.lines] == [
        "Hello brochure"]
    assert [line.text for page in reader(_OPEN, _source(_OPEN)).pages for line in page.lines] == ["Hello brochure"]
