"""The line builder's census of a page (pipeline.load.pdf._census): its shortcut for a page whose
characters all run one way and stand for characters (``_census_at_once``) finds what reading the
page character by character finds, on generated pages and on every sample's pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.load import pdf

ROOT = Path(__file__).resolve().parents[2]
MATRICES = [(1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (0.0, 1.0, -1.0, 0.0, 0.0, 0.0), (-1.0, 0.0, 0.0, -1.0, 0.0, 0.0),
            (0.0, -1.0, 1.0, 0.0, 0.0, 0.0), None]
TEXTS = ["a", "B", " ", "", "\u00a0", "\t", "é", "•", "(cid:12)", "(cid:x)", "\ufffd", "\ue001", "fi", "ﬁ", "\U000f0001", "–"]


def _char(text: str, matrix) -> tuple:
    return (10.0, 1.0, 2.0, 0.0, 10.0, text, "F", None, True, matrix, 0.0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TEXTS), st.integers(0, len(MATRICES) - 1)), max_size=30),
       st.booleans())
def test_the_shortcut_finds_what_the_characters_say(drawn, one_way):
    chars = [_char(text, MATRICES[0 if one_way else which]) for text, which in drawn]
    assert pdf._census(chars) == pdf._census_by_character(chars)


def test_the_shortcut_takes_a_plain_page_and_leaves_the_rest():
    plain = [_char(text, MATRICES[0]) for text in ("H", "é", " ", "•")]
    assert pdf._census_at_once(plain) is not None
    assert pdf._census_at_once([*plain, _char("(cid:3)", MATRICES[0])]) is None
    assert pdf._census_at_once([*plain, _char("\ue000", MATRICES[0])]) is None
    assert pdf._census_at_once([*plain, _char("a", MATRICES[1])]) is None
    assert pdf._census_at_once([]) is None


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*.pdf")), ids=lambda p: p.name)
def test_on_the_samples_pages(path):
    import pdfplumber

    with pdfplumber.open(path) as document:
        for page in document.pages:
            chars = pdf.char_items(page.chars)
            assert pdf._census(chars) == pdf._census_by_character(chars)
