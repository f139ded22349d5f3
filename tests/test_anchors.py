"""pipeline/anchors.py: the literal text every match of a pattern holds, so that a text without it
is not searched. The anchor must never turn away a text that holds a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.anchors import anchor_of, may_match
from pipeline.publication import cues
from tests.conftest import ROOT


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bISBN(?:\s*\(print\))?\s*([0-9]+)", ("ISBN",)),
    (r"\b(?:e-?)?ISSN\s*:", ("ISSN",)),  # the optional "e-" is in no match but some
    (r"(?<![\w/-])(?:ACT/EMP|ILO|BIT)[-/][A-Z]+", ("ACT/EMP", "ILO", "BIT")),
    (r"(?:first\s+published|printed\s+in)\s+(\d{4})", ("published", "printed")),
    (r"(?:ab)+cd?", ("ab",)),  # a part repeated at least once; "d" is optional, "c" shorter
    (r"(?:longer optional part)?ab", ("ab",)),
    (r"x*y?", None),
    (r"(?i:case)d", ("d",)),  # a group with flags of its own is left out (its case may differ)
])
def test_the_anchor_is_the_literal_every_match_holds(pattern, literals):
    anchor = anchor_of(re.compile(pattern))
    assert (anchor.literals if anchor else None) == literals


def test_case_is_folded_as_the_pattern_folds_it():
    pattern = re.compile(r"\bISBN\s*(\d+)", re.IGNORECASE)
    assert may_match(pattern, "isbn 978") and may_match(pattern, "İSBN 978")  # "İ" folds to "i" in a regex
    assert pattern.search("İSBN 978") is not None
    assert not may_match(re.compile(r"\bISBN\s*(\d+)"), "isbn 978")
    assert not may_match(pattern, "ISSN 978")


def _cue_patterns() -> list[re.Pattern]:
    setting = cues()
    return [setting.isbn, setting.issn, setting.code, *(pattern for _, pattern in setting.years), *setting.publisher]


_SAMPLE_TEXTS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
_CUE_WORDS = ["ISBN", "isbn", "ISSN (online)", "e-ISSN", "ILO-PIC/FS/YE/07", "ACT/EMP/12/3", "© ILO 2019", "Copyright 2020",
              "First published 2018", "Printed in Geneva, 2017", "Imprimé en Suisse 2016", "Published by the ILO",
              "İSBN", "ıssn", "ſ", "978-92-2-030925-4", "2227-720X", "\n", " ", "June 2012"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS) | st.text(max_size=8), max_size=12).map(" ".join))
def test_no_text_with_a_match_is_turned_away(text):
    for pattern in _cue_patterns():
        if pattern.search(text):
            assert may_match(pattern, text), (pattern.pattern, text)


def test_the_samples_matches_are_all_let_through():
    for text in _SAMPLE_TEXTS:
        for pattern in _cue_patterns():
            assert may_match(pattern, text) or pattern.search(text) is None


def test_every_character_that_folds_to_a_letter_of_the_anchor_is_let_through():
    # the anchor of a case-insensitive pattern is looked for in the text in lower case; a character
    # that the regex folds to a letter of it but lower case does not ("ı", "ſ") must still let the
    # text through: every character of Unicode, in every letter's place, in a text that is not ASCII
    everything = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    for pattern in (cues().isbn, cues().issn):
        anchor = anchor_of(pattern)
        assert anchor.lowered is not None
        for literal in anchor.literals:
            for position, letter in enumerate(literal):
                for char in set(re.findall(re.escape(letter), everything, pattern.flags)):
                    text = f"“{literal[:position]}{char}{literal[position + 1:]}”"
                    assert may_match(pattern, text) == (anchor.folded.search(text) is not None) == True, (literal, char)  # noqa: E712


_LOOK_BEHIND_PATTERNS = [
    re.compile(r"(?<![\w.])(?:Bank|Union|Trade Union|Ltd\.?)(?![\w])"),
    re.compile(r"(?<![\w.,$€£+/-])(?P<first>(?:18|19|20|21)\d\d)(?:\s?(?:[-–]|/|to)\s?(?P<second>(?:18|19|20|21)\d\d|\d\d)(?!\d))?"),
    re.compile(r"(?<![a-z])ab*"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Bank", "Trade Union", "Ltd.", "2019", "2015-16", "x", ".", "$", " ", "ab", "a", "b", "_", "1"])
                | st.text(max_size=4), max_size=12).map("".join))
def test_a_pattern_searched_without_its_leading_look_behind_finds_the_same_matches(text):
    from pipeline.anchors import leading_look_behind

    for pattern in _LOOK_BEHIND_PATTERNS:
        searcher = leading_look_behind(pattern)
        assert searcher.before is not None
        assert [(m.span(), m.groups()) for m in searcher.finditer(text)] == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_only_a_look_behind_that_opens_the_whole_pattern_is_taken_out():
    from pipeline.anchors import leading_look_behind

    assert leading_look_behind(re.compile(r"(?<![x])a|b")).before is None  # the look-behind is one branch's
    assert leading_look_behind(re.compile(r"a(?<![x])b")).before is None
    assert [m.span() for m in leading_look_behind(re.compile(r"(?<![x])a|b")).finditer("xa ab")] == [(3, 4), (4, 5)]
