"""The line joiner's fast tests (pipeline/layout/blocks.py) give what the pattern they stand for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout.blocks import _HYPHEN_END, _ends_in_hyphen

_ENDINGS = st.sampled_from(["-", "-\n", "\n", "- ", "–", "a-", "é-", "1-", "--", " -", "-\n\n"])
LINES = st.tuples(st.text(st.sampled_from(list("abcXYZéÀ 1-\n.")) | st.characters(), max_size=20), _ENDINGS).map("".join)


@settings(max_examples=1000, deadline=None)
@given(LINES | st.text(max_size=12))
def test_ends_in_hyphen_is_the_hyphen_end_pattern(text):
    """Read only for a line ending in a hyphen (or a hyphen and a last line break, as "$" allows):
    the same answer as the pattern's search of the whole line."""
    assert _ends_in_hyphen(text) == (_HYPHEN_END.search(text) is not None)
