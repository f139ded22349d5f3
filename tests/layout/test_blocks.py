"""The line joiner's fast tests (pipeline/layout/blocks.py) give what the pattern they stand for gives."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout import blocks, layout
from pipeline.layout.blocks import _HYPHEN_END, _ends_in_hyphen, _in_capitals, _joined_end
from pipeline.layout.patterns import ends_sentence, is_capitals
from pipeline.load import load
from pipeline.model import Line

_ENDINGS = st.sampled_from(["-", "-\n", "\n", "- ", "–", "a-", "é-", "1-", "--", " -", "-\n\n"])
LINES = st.tuples(st.text(st.sampled_from(list("abcXYZéÀ 1-\n.")) | st.characters(), max_size=20), _ENDINGS).map("".join)


@settings(max_examples=1000, deadline=None)
@given(LINES | st.text(max_size=12))
def test_ends_in_hyphen_is_the_hyphen_end_pattern(text):
    """Read only for a line ending in a hyphen (or a hyphen and a last line break, as "$" allows):
    the same answer as the pattern's search of the whole line."""
    assert _ends_in_hyphen(text) == (_HYPHEN_END.search(text) is not None)


# --------------------------------------------------------------------------------------------
# the plain-text test for a sentence left unfinished reads each block's text once per line, not all of it

_PIECES = st.sampled_from(["word", "WORD", "Café", "ÉTAT", ".", ":", "”", ")", "\"", "’", "]", "!", "?", ";", " ", "\n", "1", "-", "x."])
_LINE_TEXTS = st.lists(st.lists(_PIECES, max_size=6).map("".join), min_size=1, max_size=6)


@settings(max_examples=1000, deadline=None)
@given(_LINE_TEXTS)
def test_the_end_of_the_lines_answers_as_their_whole_text(texts):
    lines = [Line(text=text, number=n) for n, text in enumerate(texts)]
    joined = " ".join(texts)
    end = _joined_end(lines)
    assert joined.endswith(end)
    assert ends_sentence(end) == ends_sentence(joined)
    assert end.rstrip().endswith(":") == joined.rstrip().endswith(":")
    assert _in_capitals(lines) == is_capitals(joined)


def test_a_long_block_of_plain_text_is_joined_in_linear_work(monkeypatch, tmp_path):
    """A table of words as plain text (rows of "| word | word |", no stop anywhere) is one block
    that grows by a line at a time; each new line asked whether the block's sentence was unfinished
    by joining the whole block and reading it: quadratic in its lines (4,000 rows: 19 s). The text
    read by the sentence-end test now stays within a constant per line."""
    rows = 1500
    words = ["labour", "market", "skills", "green", "jobs", "social", "protection", "training", "rights", "work"]
    pick = random.Random(1).choice
    table = "\n".join("| " + " | ".join(pick(words) for _ in range(10)) + " |" for _ in range(rows))
    path = tmp_path / "table.txt"
    path.write_text("Decent Work in Asia\n\n" + table + "\n", encoding="utf-8")
    read = []
    original = blocks.ends_sentence
    monkeypatch.setattr(blocks, "ends_sentence", lambda text: read.append(len(text)) or original(text))
    laid_out = layout(load(path))
    assert max(len(block.lines) for block in laid_out.blocks) == rows  # one block, as before
    assert sum(read) < 200 * rows


# --------------------------------------------------------------------------------------------
# a name broken over two lines of plain text, its acronym in brackets after the break


def _text_blocks(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return [block.text for block in layout(load(path)).blocks]


def test_a_name_whose_acronym_spans_the_line_break_is_one_block(tmp_path):
    texts = _text_blocks(tmp_path, "Helps migrant workers join unions\n\nAssociation of Cambodian Recruitment\nAgencies (ACRA)\n\n"
                                   "Cambodia\n")
    assert "Association of Cambodian Recruitment Agencies (ACRA)" in texts
    texts = _text_blocks(tmp_path, "Our partners\n\nThe ILO has had a partnership agreement with the Instituto\nEcuatoriano de "
                                   "Seguridad Social (IESS) since 2025. The IESS and the ILO are parties to a framework agreement.\n")
    assert any(text.startswith("The ILO has had a partnership agreement with the Instituto Ecuatoriano de Seguridad") for text in texts)


def test_a_heading_over_a_name_with_its_acronym_stays_apart(tmp_path):
    texts = _text_blocks(tmp_path, "Partners\nPacific Community (SPC)\n\nContact\nConfederation of Trade Unions (CTU)\n")
    assert texts[:2] == ["Partners", "Pacific Community (SPC)"] and "Contact" in texts


def test_name_runs_over_reads_the_acronym_s_initials_over_both_lines():
    assert blocks.name_runs_over("Instituto Nacional de Asociativismo y Economía", "Social (INAES)")
    assert blocks.name_runs_over("hacen falta 12 personas. El Instituto Nacional de Fomento", "Cooperativo (INFOCOOP) ofrece un curso")
    assert not blocks.name_runs_over("Who offers it", "Tonga Institute (TIHE)")  # no capitalised word at a's end opens it
    assert not blocks.name_runs_over("Tonga Institute of Higher", "Education and training for all the islands (TIHE)")  # too many words
    assert not blocks.name_runs_over("Tonga Institute of Higher", "Education")  # no acronym
