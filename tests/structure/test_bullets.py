"""A list's levels (pipeline.structure's bullet nesting) stay within the record's levels."""

from __future__ import annotations

from pipeline.record import MAX_LEVEL, all_sections
from pipeline.schema import validate_record
from tests.conftest import extract_text

MARKERS = "•-▪◦■➢✓❖"
"""More bullet styles than the record has levels."""


def test_a_list_nested_deeper_than_the_record_has_levels_takes_its_deepest_level(tmp_path):
    """Each style indented under the one before opens a level; going back to a style deeper than
    MAX_LEVEL returned that style's own depth (7), and the record failed to validate."""
    nested = [f"{'  ' * depth}{marker} Item at depth {depth} of the training programme" for depth, marker in enumerate(MARKERS)]
    back = f"{'  ' * MAX_LEVEL}{MARKERS[MAX_LEVEL]} Back to the seventh style of the list"
    text = "Decent Work in Asia\n\nOur work\n\n" + "\n".join([*nested, back]) + "\n\nThe ILO works with its partners.\n"
    record = extract_text(tmp_path, text)
    levels = [bullet.level for section in all_sections(record.sections) for bullet in section.bullets]
    assert len(levels) == len(MARKERS) + 1
    assert max(levels) == MAX_LEVEL and levels[-1] == MAX_LEVEL
    assert levels[:MAX_LEVEL] == list(range(1, MAX_LEVEL + 1))
    validate_record(record.model_dump(mode="json"))
