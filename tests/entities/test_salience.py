"""Theme salience (pipeline/entities/salience.py): the themes a brochure is about against those it
merely mentions."""

from __future__ import annotations

from pipeline.entities.salience import SalienceSettings, primary_themes, relative, theme_scores
from pipeline.record import Mention
from tests.conftest import extract_text


def themes_of(record):
    return {t.id: (t.primary, t.salience) for t in record.entities.themes}


BROCHURE = """Green Jobs for Coastal Towns

Why green jobs

Green jobs in fisheries and tourism give young workers a future. The green economy needs new skills.

What we do

- Training in solar installation creates green jobs.
- Cooperatives of fishers share boats.

Partners

The programme works with the ILO to promote decent work. Child labour is rare in the sector.
"""


def test_a_theme_of_the_title_headings_and_body_is_primary_one_named_once_is_not(tmp_path):
    themes = themes_of(extract_text(tmp_path, BROCHURE))
    assert themes["green-jobs"] == (True, 1.0)
    assert themes["child-labour"][0] is False and 0 < themes["child-labour"][1] < 0.5
    assert themes["cooperatives"][0] is False


def test_the_umbrella_theme_is_never_primary(tmp_path):
    themes = themes_of(extract_text(tmp_path, "Decent Work for All\n\nDecent work\n\nDecent work and decent jobs for all.\n"))
    assert themes["decent-work"] == (False, 0.0)


def test_a_theme_inside_an_organizations_name_counts_nothing(tmp_path):
    text = ("Safe Work in Ports\n\nOur work\n\nOccupational safety and health in ports is the programme's aim. "
            "Safety committees meet monthly.\n\nThe Lakeland Domestic Workers Association joined the work in 2019.\n")
    themes = themes_of(extract_text(tmp_path, text))
    assert themes["occupational-safety-health"][0] is True
    assert themes.get("domestic-workers", (False, 0.0)) == (False, 0.0)


def mention(block: str, text: str, start: int = 0) -> Mention:
    return Mention(block=block, start=start, end=start + len(text), text=text)


def test_scores_weigh_block_kinds_and_wordings():
    kinds = {"title": "title", "h1": "heading", "p1": "paragraph", "l1": "link"}
    scores = theme_scores({"a": [mention("title", "green jobs"), mention("p1", "green economy")], "b": [mention("l1", "care work")],
                           "c": [mention("h1", "child labour"), mention("p1", "child labour", 30)]}, kinds, {}, set())
    settings = SalienceSettings()
    assert scores == {"a": 3.0 + 1.0 + settings.wording_bonus, "b": 0.0, "c": 3.0}


def test_the_most_salient_theme_is_primary_others_need_the_ratio_and_the_minimum():
    settings = SalienceSettings(primary_ratio=0.5, primary_minimum=3.0)
    assert primary_themes({"a": 2.0, "b": 1.5}, settings) == {"a"}  # b: half of a, but under the minimum
    assert primary_themes({"a": 8.0, "b": 4.0, "c": 3.5}, settings) == {"a", "b"}
    assert primary_themes({"a": 0.0}, settings) == set()
    assert relative({"a": 8.0, "b": 2.0}) == {"a": 1.0, "b": 0.25}


def test_a_population_in_its_field_is_the_theme_that_joins_them(tmp_path):
    # youth employment: young people (a population word of themes.json) with work words in the same block
    text = ("Decent Jobs for Young People\n\nThe challenge\n\nYoung women and men in the islands look for jobs for years.\n\n"
            "What we do\n\nThe programme helps young people find employment.\n")
    themes = themes_of(extract_text(tmp_path, text))
    assert themes["youth-employment"] == (True, 1.0)


def test_a_population_word_without_its_field_is_no_theme(tmp_path):
    text = "Safe Ports\n\nOur work\n\nOccupational safety and health in ports. Young people visit the harbour museum.\n"
    assert "youth-employment" not in themes_of(extract_text(tmp_path, text))
