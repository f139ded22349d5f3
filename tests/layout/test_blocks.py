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
