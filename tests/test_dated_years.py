"""Years told by their distance from the brochure's date ("last year", "il y a deux ans", "in November"):
pipeline.relations.brochure_date and _dated_relative_year, and the partnership they date."""

from __future__ import annotations

import pytest

from pipeline import relations
from pipeline.model import TextBlock
from pipeline.relations import BrochureDate, brochure_date
from tests.conftest import extract_text


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Tbilisi, 20 October 2025", BrochureDate(2025, 10)),
        ("Port-au-Prince, juin 2025", BrochureDate(2025, 6)),
        ("Santo Domingo, abril de 2025", BrochureDate(2025, 4)),
        ("Issue 14 · 14 November 2025", BrochureDate(2025, 11)),
        ("Latacunga, 3 de noviembre de 2025", BrochureDate(2025, 11)),
        ("Reportage réalisé en octobre 2025.", BrochureDate(2025, 10)),  # a short block: a date line after "en" too
    ],
)
def test_a_date_line_dates_the_brochure(line, date):
    assert brochure_date([TextBlock("title", "title", "Safe kilns"), TextBlock("s1.p1", "paragraph", line)]) == date


def test_a_sentence_that_dates_an_event_is_no_date_line():
    long = ("In October 2019 the union and the employers met in the capital for three days to agree on the rules "
            "of the new inspection system for every kiln of the district.")
    assert brochure_date([TextBlock("s1.p1", "paragraph", long)]) is None


@pytest.mark.parametrize(
    ("dated", "sentence", "year"),
    [
        ("Suva, 3 September 2025", "Last year, the Lakeland Dockworkers Union signed a letter of intent with the ILO.", 2024),
        ("Suva, 3 September 2025", "Two years ago the Lakeland Dockworkers Union signed a letter of intent with the ILO.", 2023),
        ("Suva, 3 September 2025", "The year before last, the Lakeland Dockworkers Union signed a letter of intent with the ILO.", 2023),
        ("Suva, 3 September 2025", "Earlier this year, the Lakeland Dockworkers Union signed a letter of intent with the ILO.", 2025),
        # a month after the date's is the year before's
        ("Suva, 3 September 2025", "The Lakeland Dockworkers Union signed a letter of intent with the ILO in November.", 2024),
        ("Suva, 3 September 2025", "The Lakeland Dockworkers Union signed a letter of intent with the ILO in March.", 2025),
        ("Suva, 3 September 2025", "Last November the Lakeland Dockworkers Union signed a letter of intent with the ILO.", 2024),
    ],
)
def test_a_relative_year_counts_from_the_date_line(tmp_path, dated, sentence, year):
    record = extract_text(tmp_path, f"Safe docks\n\n{dated}\n\n{sentence}\n")
    assert [(p.instrument, p.year) for p in record.partnerships] == [("letter_of_intent", year)]


def test_without_a_date_line_a_relative_year_gives_none(tmp_path):
    record = extract_text(tmp_path, "Safe docks\n\nLast year, the Lakeland Dockworkers Union signed a letter of intent with the ILO.\n")
    assert [(p.instrument, p.year) for p in record.partnerships] == [("letter_of_intent", None)]


def test_a_year_the_sentence_names_wins_over_a_relative_one(tmp_path):
    sentence = "The Lakeland Dockworkers Union signed a letter of intent with the ILO in 2019; last year it trained 40 drivers."
    record = extract_text(tmp_path, f"Safe docks\n\nSuva, 3 September 2025\n\n{sentence}\n")
    assert [p.year for p in record.partnerships] == [2019]


FRENCH = ("Ports sûrs\n\nLomé, juin 2025\n\n"
          "Il y a deux ans, le Syndicat des dockers de Lakeland a signé une lettre d’intention avec le BIT. "
          "Les dockers du port travaillent la nuit et le jour, et les accidents sont nombreux sur les quais.\n")
SPANISH = ("Puertos seguros\n\nLima, abril de 2025\n\n"
           "El año pasado, el Sindicato de Estibadores de Lakeland firmó una carta de intención con la OIT. "
           "Los estibadores del puerto trabajan de noche y de día, y los accidentes son frecuentes en los muelles.\n")


def test_french_and_spanish_relative_years(tmp_path):
    assert [p.year for p in extract_text(tmp_path, FRENCH, name="fr.txt").partnerships] == [2023]
    assert [p.year for p in extract_text(tmp_path, SPANISH, name="es.txt").partnerships] == [2024]


def test_a_news_dateline_opening_a_long_paragraph_dates_the_brochure():
    opening = "KAMPALA, 14 October 2025 (ILO News) – " + "More than 3,000 children work in the kilns of two districts. " * 3
    assert brochure_date([TextBlock("s1.p1", "paragraph", opening)]) == BrochureDate(2025, 10)


def test_every_language_names_twelve_months_in_order():
    import json
    from importlib import resources
    for folder in ("", "fr/", "es/"):
        months = json.loads(resources.files("pipeline.data").joinpath(f"{folder}dates.json").read_text(encoding="utf-8"))["months"]
        assert len(months) == 12, folder


SPANISH_LAST_MONTH = ("Puertos seguros\n\nLima, abril de 2025\n\n"
                      "En diciembre pasado, el Sindicato de Estibadores de Lakeland firmó una carta de intención con la OIT. "
                      "Los estibadores del puerto trabajan de noche y de día, y los accidentes son frecuentes en los muelles.\n")
SPANISH_NEXT_MONTH = ("Puertos seguros\n\nLos estibadores del puerto trabajan de noche y de día desde 2022, y los accidentes son "
                      "frecuentes en los muelles. Al mes siguiente, el Sindicato de Estibadores de Lakeland firmó una carta de "
                      "intención con la OIT.\n")


def test_a_past_month_counts_from_the_date_line_and_the_next_month_is_the_years_before(tmp_path):
    # "diciembre pasado" of a brochure dated April 2025 is December 2024; "al mes siguiente" keeps the year named before
    assert [p.year for p in extract_text(tmp_path, SPANISH_LAST_MONTH, name="es.txt").partnerships] == [2024]
    assert [p.year for p in extract_text(tmp_path, SPANISH_NEXT_MONTH, name="es2.txt").partnerships] == [2022]


def test_a_running_header_dates_the_brochure_when_no_block_is_a_date_line():
    blocks = [TextBlock("title", "title", "Hot work on a hull"), TextBlock("s1.p1", "paragraph", "Gather the crew at the gangway.")]
    assert brochure_date(blocks) is None
    assert brochure_date(blocks, ["Page 1 of 2", "Toolbox talk 7 · October 2025"]) == BrochureDate(2025, 10)
    # (a date line among the blocks comes first)
    dated = [*blocks, TextBlock("s1.p2", "paragraph", "Izmir, 3 June 2024")]
    assert brochure_date(dated, ["Toolbox talk 7 · October 2025"]) == BrochureDate(2024, 6)


def test_a_month_after_a_body_dates_the_instrument_and_is_no_part_of_the_name(tmp_path):
    text = ("Toolbox talk 7 · October 2025\n\nThe Tessaly Shipbreakers’ Union met twice.\n\n"
            "Harrow Recycling signed a letter of intent with the Tessaly Shipbreakers’ Union in June.\n")
    record = extract_text(tmp_path, f"Hot work\n\n{text}")
    assert [([party.name for party in p.parties], p.year) for p in record.partnerships] == [
        (["Harrow Recycling", "Tessaly Shipbreakers’ Union"], 2025)]


@pytest.mark.parametrize(("text", "date"), [
    # a news dateline's place before its date, though its day's article dates events elsewhere
    ("Tessal et Harrow, le 12 novembre 2026 – Le Bureau international du Travail (BIT) et ses partenaires publient un guide "
     "pour les chauffeurs routiers de la région.", BrochureDate(2026, 11)),
    # the last piece of a long line of pieces
    ("For agents in Harrow’s contact centres and business process outsourcing (BPO) firms across the island · Kingston, "
     "September 2025", BrochureDate(2025, 9)),
    # ... not an event's date in a sentence
    ("Le guide sera présenté le 20 novembre 2026 au ministère du Travail et de la Protection sociale, à Tessal, devant les "
     "syndicats.", None),
])
def test_a_dateline_in_a_long_block(text, date):
    assert brochure_date([TextBlock("s1.p1", "paragraph", text)]) == date



@pytest.mark.parametrize(("line", "date"), [
    # a season and a year date the brochure (dates.json "seasons": the month a season stands for)
    ("Newsletter on home care in Tessaly · Winter 2025", BrochureDate(2025, 12)),
    ("Tessaly, harvest 2025. About 15 minutes.", BrochureDate(2025, 9)),
    ("Boletín de la cooperativa · Invierno 2025", BrochureDate(2025, 12)),
])
def test_a_season_and_a_year_date_the_brochure(line, date):
    assert brochure_date([TextBlock("title", "title", "Safe kilns"), TextBlock("s1.p1", "paragraph", line)]) == date
