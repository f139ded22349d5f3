"""The title is not the kicker above it, nor, in plain text, the first heading under it."""

from __future__ import annotations

import pytest

from pipeline.layout import layout
from pipeline.load import load
from pipeline.structure import structure
from pipeline.structure.front_matter import is_kicker


@pytest.mark.parametrize("text", ["Policy Brief 12", "Country Brief No. 4", "Fact Sheet Series", "Programme Update", "Issue Brief",
                                  "Research Brief No. 3", "Newsletter"])
def test_series_names_are_kickers(text):
    assert is_kicker(text)


@pytest.mark.parametrize("text", ["Green Jobs for a Just Transition in South Asia", "Labour Migration in ASEAN",
                                  "Briefing the world on child labour", "Partnerships for Decent Work"])
def test_titles_are_not_kickers(text):
    assert not is_kicker(text)


def _title(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return structure(layout(load(path))).title


BODY = ("The International Labour Organization brings together governments, employers and workers of 187\n"
        "member States to set labour standards and promote decent work for all women and men.\n")


def test_a_kicker_above_the_title_is_not_the_title(tmp_path):
    assert _title(tmp_path, f"Policy Brief 12\n\nSafe Labour Migration from Ghana\n\nWhy it matters\n{BODY}") == \
        "Safe Labour Migration from Ghana"


def test_in_text_the_first_heading_under_the_title_stays_a_heading(tmp_path):
    assert _title(tmp_path, f"Green Jobs for Jordan\nOur partners\n{BODY}") == "Green Jobs for Jordan"


def test_in_text_a_title_goes_on_when_its_words_say_so(tmp_path):
    assert _title(tmp_path, f"Cooperatives and Decent Work\nin East Africa\n\nWhy it matters\n{BODY}") == \
        "Cooperatives and Decent Work in East Africa"
    assert _title(tmp_path, f"Improving Safety in Bangladesh's\nReady-Made Garment Industry\n\nBackground\n{BODY}") == \
        "Improving Safety in Bangladesh's Ready-Made Garment Industry"
