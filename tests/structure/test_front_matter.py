"""The title is not the kicker above it, nor, in plain text, the first heading under it."""

from __future__ import annotations

import pytest

from pipeline.layout import layout
from pipeline.load import load
from pipeline.structure import structure
from pipeline.structure.front_matter import is_kicker, is_release_line


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


@pytest.mark.parametrize("text", ["Note d'orientation 12", "Fiche pays nº 4", "Série Fiches techniques", "Actualités du programme",
                                  "Nota de política 12", "Ficha de país núm. 4", "Serie Notas técnicas", "Novedades del programa"])
def test_french_and_spanish_series_names_put_the_kind_first(text):
    assert is_kicker(text)


@pytest.mark.parametrize("text", ["Vers l'élimination du travail des enfants", "Note sur la protection sociale des travailleurs",
                                  "La seguridad es lo primero", "Hacia la eliminación del trabajo infantil"])
def test_french_and_spanish_titles_are_not_kickers(text):
    assert not is_kicker(text)


CORPS = ("L'Organisation internationale du Travail rassemble les gouvernements, les employeurs et les travailleurs de 187\n"
         "États membres pour établir des normes du travail et promouvoir le travail décent.\n")


def test_in_text_a_sentence_case_title_under_a_tagline_in_capitals(tmp_path):
    text = f"PROMOUVOIR LA JUSTICE SOCIALE ET LE TRAVAIL DÉCENT\n\nLes migrations de travail en Afrique de l'Ouest\nLE DÉFI\n{CORPS}"
    assert _title(tmp_path, text) == "Les migrations de travail en Afrique de l'Ouest"
    # English keeps its rule: a capitals line over a heading in sentence case is the title
    assert _title(tmp_path, f"SAFE WORK IN LEBANON\n\nWhy it matters\n{BODY}") == "SAFE WORK IN LEBANON"


def test_a_table_caption_is_no_title(tmp_path):
    assert _title(tmp_path, f"Tableau 1. Indicateurs clés\n\nMettre fin au travail des enfants au Maroc\n\nLes faits\n{CORPS}") == \
        "Mettre fin au travail des enfants au Maroc"


@pytest.mark.parametrize("text", ["For immediate release", "FOR IMMEDIATE RELEASE", "Released 12 May 2025",
                                  "Embargoed until 10:00 GMT, 3 June", "Publié le 3 mars 2025", "Pour diffusion immédiate",
                                  "Para difusión inmediata", "Publicado el 4 de abril de 2024", "Issue 4 · October 2025",
                                  "Numéro 12 · juillet 2024", "Número 3 · marzo de 2023"])
def test_release_and_issue_lines_are_front_matter(text):
    assert is_release_line(text)
    assert not is_kicker(text)  # (a kicker is set apart as furniture: a release line is not)


@pytest.mark.parametrize("text", ["Released workers return home", "Releases", "Publication of the survey",
                                  "Number 1 priority: jobs for young people", "Issue briefs and fact sheets",
                                  "Released in 2024, the survey of 1,200 workers shows that most of them have no written contract"])
def test_running_words_after_a_release_word_are_no_release_line(text):
    assert not is_release_line(text)


def test_a_release_line_above_the_title_is_neither_the_title_nor_a_heading(tmp_path):
    path = tmp_path / "brochure.txt"
    path.write_text("ILO Country Office for India\n\nFor immediate release\n\nSafer Work for Home-Based Beedi Rollers\n\n"
                    f"{BODY}\nReleased 12 May 2025\n\nWhat changes\n{BODY}", encoding="utf-8")
    document = structure(layout(load(path)))
    assert document.title == "Safer Work for Home-Based Beedi Rollers"
    headings = [section.heading for section in document.sections if section.heading]
    assert headings == ["What changes"]
