"""Regular expressions run in time linear in the text they read.

A pattern tried at every start position that reads on to the end of a word from each (``\\S+@``
over a word with no "@"), or quantifiers that can share the same characters in many ways, take
time growing with the square (or cube) of a word's or a gap's length: minutes to hours for the
inputs below, which now take well under a second each. Each case is one hot path.
"""

from __future__ import annotations

import time

import pytest

import pipeline
from pipeline import relations
from pipeline.relations import PartyMention, Sentence
from pipeline.schema import validate_record
from tests.conftest import SAMPLES, extract_text

WORD_CHARS = 1_000_000
"""A 1 MB word: a quadratic step over it takes hours."""
HALF = WORD_CHARS // 2
SECONDS = 10
"""Generous: each case takes 0.1-0.5 s here."""

LONG_WORD_LINES = {
    "letters": "a" * WORD_CHARS,
    "after-www": "www." + "a" * WORD_CHARS,  # passes the "www." test for a URL line, then the e-mail pattern ran
    "beside-www": "see www.ilo.org " + "a" * WORD_CHARS,
    "scheme-inside": "a" * HALF + "://" + "a" * HALF,
    "at-inside": "a" * HALF + "@" + "a" * HALF,  # 67 s at 200 kB
    "beside-an-address": "a" * WORD_CHARS + " x@ilo.org",
    "dots-then-at": "a." * HALF + "@",
    "hyphens": "a-" * HALF,
    "digits": "1" * WORD_CHARS,
    "e-mail-field-of-many-at": "Email " + "a@" * HALF + " x",  # the field pattern split the word at every "@"
}


@pytest.fixture(scope="module", autouse=True)
def _pipeline_loaded():
    pipeline.extract(SAMPLES / "partnerships-for-decent-work.txt")  # the spaCy pipeline is built once, outside the clock


@pytest.mark.parametrize("line", LONG_WORD_LINES.values(), ids=LONG_WORD_LINES.keys())
def test_a_line_of_one_long_word_is_read_in_linear_time(tmp_path, line):
    text = f"Decent Work in Asia\n\n{line}\n\nThe ILO works with its partners.\n"
    started = time.perf_counter()
    record = extract_text(tmp_path, text)
    assert time.perf_counter() - started < SECONDS
    validate_record(record.model_dump(mode="json"))


def test_white_space_between_two_parties_is_read_in_linear_time(tmp_path):
    """The gap between two names of a list ("UNDP, and ADB") was matched by three quantifiers that
    may all take white space: cubic in the gap's length (line separators are white space the text
    reader keeps: 15 s for each sentence below)."""
    sentence = "The ILO signed a memorandum of understanding with UNDP" + "\u2028" * 1200 + "x ADB. "
    started = time.perf_counter()
    record = extract_text(tmp_path, "Decent Work in Asia\n\n" + sentence * 4 + "\n")
    assert time.perf_counter() - started < SECONDS
    assert record.partnerships


# A sentence a partnership is read from is short (MAX_SENTENCE_CHARS), so only read directly is the
# gap between two list items long.
LONG_GAPS = {"spaces": " " * WORD_CHARS, "line-separators": "\u2028" * WORD_CHARS, "commas": ", " * HALF}


@pytest.mark.parametrize("run", LONG_GAPS.values(), ids=LONG_GAPS.keys())
def test_a_long_gap_that_is_no_list_gap_is_read_in_linear_time(run):
    started = time.perf_counter()
    assert relations._LIST_GAP.match(run + "x") is None
    assert relations._LIST_GAP.match(run + "and the ") is not None
    assert time.perf_counter() - started < SECONDS


@pytest.mark.parametrize("run", LONG_GAPS.values(), ids=LONG_GAPS.keys())
def test_a_long_gap_around_a_parenthetical_is_read_in_linear_time(run):
    """" (SSO) of Thailand and " reads as " and ": the parenthetical mentions are taken out of the
    gap, with an "of" or "in" before them."""
    text = f"UNDP (ILO){run} and ADB"
    aside = PartyMention(6, 9, "org:ilo", "International Labour Organization", "ILO", None, None, True)
    sentence = Sentence(block="s1.p1", text=text, start=0, parties=[aside], years=[], themes=[])
    started = time.perf_counter()
    stripped = relations._strip_parentheticals(text[4:-3], text, 4, sentence)
    assert time.perf_counter() - started < SECONDS
    assert stripped == f" {run} and "
