"""The partnership rules of pipeline/relations.py, each on its own: a sentence only that rule reads,
and the same sentence with the rule taken out of the registry finds nothing (so the test names the
rule that does the work). Bodies here are made up or listed in the data; none is a blind brochure's."""

from __future__ import annotations

import pytest

from pipeline import relations
from pipeline.defaults import DEFAULT_RELATION_STEP
from tests.conftest import extract_text


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """The rules alone: the learned step (the default's second reader) would read what they leave."""
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")


def summary(record):
    return sorted(
        (p.instrument, sorted(party.acronym or party.iso_alpha2 or party.name for party in p.parties), p.year, p.end_year)
        for p in record.partnerships
    )


CASES = {
    "named_pair": ("Under the ILO/ADB Partnership Agreement 2014–2018, skills were mapped.",
                   [("partnership_agreement", ["ADB", "ILO"], 2014, 2018)]),
    "agent_phrase": ("With funding from the Asian Development Bank (ADB), the ILO has trained inspectors since 2018.",
                     [("funding", ["ADB", "ILO"], 2018, None)]),
    "between": ("A cooperation agreement between Fiji, Samoa and the ILO was signed in 2021.",
                [("cooperation_agreement", ["FJ", "ILO", "WS"], 2021, None)]),
    "instrument_with": ("In 2019 the ILO signed a memorandum of understanding with UNICEF on child labour.",
                        [("memorandum_of_understanding", ["ILO", "UNICEF"], 2019, None)]),
    "signed_by": ("A letter of intent signed by the ILO and the Lakeland Dockworkers Union in 2016 commits both to act.",
                  [("letter_of_intent", ["ILO", "Lakeland Dockworkers Union"], 2016, None)]),
    "joint_verb": ("In 2019 UNDP, UNICEF and the ILO signed a partnership agreement on youth jobs.",
                   [("partnership_agreement", ["ILO", "UNDP", "UNICEF"], 2019, None)]),
    "refers_back": ("In 2019 UNDP, UNICEF and the ILO met in Suva on youth jobs. The agreement they signed runs until 2023.",
                    # ("runs until 2023" ends the period: the year is the one of the meeting before, the end year 2023)
                    [("cooperation_agreement", ["ILO", "UNDP", "UNICEF"], 2019, 2023)]),
    "donor_verb": ("Switzerland, through SECO, has supported the work of the ILO on youth jobs since 2016.",
                   [("funding", ["ILO", "SECO"], 2016, None)]),
    "working_with": ("Under a partnership agreement signed in 2022, the ILO works with the Lakeland Dockworkers Union on safety.",
                     [("partnership_agreement", ["ILO", "Lakeland Dockworkers Union"], 2022, None)]),
    "under_instrument": ("Under an agreement reached in 2022, UNICEF and the Lakeland Dockworkers Union will train inspectors.",
                         [("cooperation_agreement", ["Lakeland Dockworkers Union", "UNICEF"], 2022, None)]),
    "joined_in": ("In 2020 the Lakeland Dockworkers Union joined UNICEF and the ILO under a partnership agreement on safety.",
                  [("partnership_agreement", ["ILO", "Lakeland Dockworkers Union", "UNICEF"], 2020, None)]),
    "joined_as_partner": ("Harrow Bark Ltd joined the Safe Bark programme of the ILO as a partner in 2026.",
                          [("programme", ["Harrow Bark Ltd", "ILO"], 2026, None)]),
    "funding_label": ("The ILO trains weavers in Harrow. The ILO pays their allowances.\n\nFunding: Calouste Harrow Foundation, 2024–2026",
                      [("funding", ["Calouste Harrow Foundation", "ILO"], 2024, 2026)]),
    "joint_of": ("The pilot is part of a joint programme of UNICEF and the Lakeland Dockworkers Union for 2021–2025.",
                 [("programme", ["Lakeland Dockworkers Union", "UNICEF"], 2021, 2025)]),
    "given_funding": ("In 2024 the Government of Iceland provided a grant of US$ 1.2 million to the Lakeland Dockworkers Union.",
                      [("funding", ["IS", "Lakeland Dockworkers Union"], 2024, None)]),
    "partners_stated": ("The Lakeland Dockworkers Union has been a partner of UNICEF since 2022.",
                        [("partnership", ["Lakeland Dockworkers Union", "UNICEF"], 2022, None)]),
    "signatory_of": ("The Lakeland Dockworkers Union is a signatory of the 2023 memorandum of understanding, alongside UNICEF and the ILO.",
                     [("memorandum_of_understanding", ["ILO", "Lakeland Dockworkers Union", "UNICEF"], 2023, None)]),
}


def test_every_rule_is_registered_once_and_tested_here():
    names = [rule.name for rule in relations.RULES]
    assert len(names) == len(set(names))
    assert set(names) == set(CASES) | {"table_row", "listed_parties", "subject_before"}  # tested below on a table, a list, two sentences


@pytest.mark.parametrize("rule_name", sorted(CASES))
def test_the_rule_finds_its_phrasing_and_no_other_rule_does(tmp_path, monkeypatch, rule_name):
    sentence, expected = CASES[rule_name]
    text = f"The ILO at work\n\n{sentence}\n"
    assert summary(extract_text(tmp_path, text)) == expected
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != rule_name])
    assert summary(extract_text(tmp_path, text)) == []


@pytest.mark.parametrize("heading, text, expected", [
    ("The ILO at work", "The Lakeland Dockworkers Union has trained crane operators since 2018. The following year it signed a letter "
                        "of intent with UNICEF on safety.", [("letter_of_intent", ["Lakeland Dockworkers Union", "UNICEF"], 2019, None)]),
    ("The ILO at work", "The Lakeland Dockworkers Union and the Harbour Employers Association have met monthly since 2018. In 2021 "
                        "they signed, with UNICEF, a cooperation agreement on safety.",
     [("cooperation_agreement", ["Harbour Employers Association", "Lakeland Dockworkers Union", "UNICEF"], 2021, None)]),
    ("Le BIT au travail", "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "
                          "Le Syndicat des dockers de Lakeland forme des grutiers depuis 2018. Il a signé la même année une lettre "
                          "d'intention avec l'UNICEF.", [("letter_of_intent", ["Syndicat des dockers de Lakeland", "UNICEF"], 2018, None)]),
    ("La OIT en acción", "La Organización Internacional del Trabajo ejecuta este programa desde 2015 con sus mandantes en todo el país. "
                         "El Sindicato de Estibadores de Lakeland forma operadores de grúa desde 2018. Al año siguiente firmó con el "
                         "UNICEF una carta de intención.",
     [("letter_of_intent", ["Sindicato de Estibadores de Lakeland", "UNICEF"], 2019, None)]),
])
def test_subject_before_a_pronoun_a_body_by_its_kind_or_no_subject(tmp_path, monkeypatch, heading, text, expected):
    """"… it signed", "… they signed", "Il a signé", "firmó": the subject of the sentence before, and a year
    told by reference to it ("the following year", "la même année"). Without the rule, the body the brochure
    speaks for is taken as the signatory (or nobody is)."""
    record = extract_text(tmp_path, f"{heading}\n\n{text}\n")
    assert summary(record) == expected
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != "subject_before"])
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) != expected


def test_a_country_inside_a_bodys_name_is_no_party(tmp_path):
    sentence = "A letter of intent signed by the ILO and the Ghana Dockworkers Union in 2016 commits both."
    record = extract_text(tmp_path, f"Partners\n\n{sentence}\n")
    assert summary(record) == [("letter_of_intent", ["Ghana Dockworkers Union", "ILO"], 2016, None)]


def test_a_country_through_its_agency_and_a_funding_agreement(tmp_path):
    record = extract_text(tmp_path, "Partners\n\nSweden, through Sida, signed a contribution agreement with the ILO in 2021.\n")
    assert summary(record) == [("funding", ["ILO", "Sida"], 2021, None)]
    [sida] = [party for party in record.partnerships[0].parties if party.acronym == "Sida"]
    assert sida.iso_alpha2 == "SE"  # the agency stands for its country


def test_a_list_of_funders_before_the_main_clause(tmp_path):
    record = extract_text(tmp_path, "Partners\n\nWith support from Canada, the Netherlands and Japan, the ILO opened a centre in 2019.\n")
    assert summary(record) == [("funding", ["CA", "ILO", "JP", "NL"], 2019, None)]


def annotated_with_table(tmp_path, text: str, header_rows, rows):
    """The text brochure through structure, with a table added to it, through entities and relations."""
    from pipeline.defaults import DEFAULT_LABELLER
    from pipeline.entities import find_entities
    from pipeline.layout import layout
    from pipeline.load import load
    from pipeline.record import Table
    from pipeline.structure import structure

    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    document = structure(layout(load(path)), DEFAULT_LABELLER)
    document.tables.append(Table(id="t1", header_rows=header_rows, rows=rows))
    return relations.find_partnerships(find_entities(document))


def table_summary(annotated):
    return sorted((p.instrument, sorted(party.acronym or party.iso_alpha2 or party.name for party in p.parties), p.year)
                  for p in annotated.partnerships)


AGREEMENTS = [["Lakeland Dockworkers Union", "Cooperation agreement", "2015"], ["UNICEF", "Memorandum of understanding", "2019"]]


@pytest.mark.parametrize("heading_told_apart", [True, False])
def test_table_row_each_row_with_the_party_its_heading_names(tmp_path, monkeypatch, heading_told_apart):
    heading = ["Partner", "Agreement with UNDP", "Year"]
    header_rows, rows = ([heading], AGREEMENTS) if heading_told_apart else ([], [heading, *AGREEMENTS])
    text = "Our partners\n\nThe ILO works with many partners.\n"
    expected = [("cooperation_agreement", ["Lakeland Dockworkers Union", "UNDP"], 2015),
                ("memorandum_of_understanding", ["UNDP", "UNICEF"], 2019)]
    annotated = annotated_with_table(tmp_path, text, header_rows, rows)
    assert table_summary(annotated) == expected
    assert {e.block for p in annotated.partnerships for e in p.evidence} == {"t1.r2.c2", "t1.r3.c2"}
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != "table_row"])
    assert table_summary(annotated_with_table(tmp_path, text, header_rows, rows)) == []


def test_table_row_without_a_party_in_the_heading_is_the_lead_bodys(tmp_path):
    text = "Our partners\n\nThe ILO works with many partners. The ILO trains inspectors.\n"
    annotated = annotated_with_table(tmp_path, text, [["Partner", "Agreement", "Year"]], AGREEMENTS[:1])
    assert table_summary(annotated) == [("cooperation_agreement", ["ILO", "Lakeland Dockworkers Union"], 2015)]


def test_a_table_naming_no_instrument_gives_nothing(tmp_path):
    text = "Our partners\n\nThe ILO works with many partners.\n"
    rows = [["Lakeland Dockworkers Union", "Members", "2015"], ["UNICEF", "Offices", "2019"]]
    assert table_summary(annotated_with_table(tmp_path, text, [["Partner", "Kind", "Year"]], rows)) == []


@pytest.mark.parametrize("text, expected", [
    ("UNDP and the ILO have agreed to work together on youth jobs. A letter of intent signed in 2017 sets out their joint plan.",
     [("letter_of_intent", ["ILO", "UNDP"], 2017, None)]),
    ("UNDP and the ILO share a long-term commitment to youth jobs. The memorandum of understanding they signed in 2016 covers training.",
     [("memorandum_of_understanding", ["ILO", "UNDP"], 2016, None)]),
    # the bare partnership of the first sentence is the agreement of the second: one record
    ("The Lakeland Dockworkers Union has joined forces with the ILO. Their cooperation agreement, concluded in 2013, aims to train.",
     [("cooperation_agreement", ["ILO", "Lakeland Dockworkers Union"], 2013, None)]),
])
def test_parties_in_one_sentence_the_instrument_in_the_next(tmp_path, text, expected):
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == expected


def test_an_indefinite_instrument_without_a_pronoun_refers_to_nobody(tmp_path):
    text = "UNDP and the ILO have agreed to meet in Suva. A letter of intent signed in 2017 sets out a plan for farmers."
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


def test_a_donor_verb_needs_a_donor_before_it(tmp_path):
    text = "Since 2016 it has supported the work of the ILO on youth jobs."
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


def test_signed_by_reads_a_short_adverbial_before_by(tmp_path):
    sentence = "The cooperation agreement, signed in Suva in 2021 by UNICEF, the ILO and the Lakeland Dockworkers Union, covers ports."
    record = extract_text(tmp_path, f"Partners\n\n{sentence}\n")
    assert summary(record) == [("cooperation_agreement", ["ILO", "Lakeland Dockworkers Union", "UNICEF"], 2021, None)]


@pytest.mark.parametrize("phrase", ["Through a grant from", "With financial support from", "Thanks to funds from"])
def test_funding_phrases_name_the_donor(tmp_path, phrase):
    sentence = f"{phrase} the Asian Development Bank (ADB), the ILO has trained inspectors since 2018."
    assert summary(extract_text(tmp_path, f"Partners\n\n{sentence}\n")) == [("funding", ["ADB", "ILO"], 2018, None)]


def test_joined_in_needs_a_preposition_to_the_instrument_not_a_clause_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name == "joined_in"])
    text = "Partners\n\nIn 2020 the ILO joined UNICEF, and UNDP launched a programme on safety.\n"
    assert summary(extract_text(tmp_path, text)) == []
    text = "Partners\n\nIn 2020 the ILO joined UNICEF and UNDP through a programme on safety.\n"
    assert summary(extract_text(tmp_path, text)) == [("programme", ["ILO", "UNDP", "UNICEF"], 2020, None)]


LISTED = """Partners of the port programme

Our partners

The memorandum of understanding signed in 2019 to make ports safer brings together:

- the ILO;
- the Lakeland Dockworkers Union (LDU);
- UNICEF.

Results

- Safety training for 300 dockworkers
- UNICEF runs the crèche of the port
"""


def test_listed_parties_a_lead_in_and_its_list_of_parties(tmp_path, monkeypatch):
    expected = [("memorandum_of_understanding", ["ILO", "LDU", "UNICEF"], 2019, None)]
    assert summary(extract_text(tmp_path, LISTED)) == expected
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != "listed_parties"])
    assert summary(extract_text(tmp_path, LISTED)) == []


def test_a_list_whose_items_are_not_parties_gives_nothing(tmp_path):
    text = LISTED.replace("- the ILO;\n- the Lakeland Dockworkers Union (LDU);\n- UNICEF.",
                          "- safety training;\n- inspections by UNICEF and the ILO;\n- crèches.")
    assert summary(extract_text(tmp_path, text)) == []


def test_no_sentence_ends_after_an_abbreviation_inside_it(tmp_path):
    sentence = "The ILO signed a letter of intent with St. Brendan's Technical School in 2015 on apprenticeships."
    record = extract_text(tmp_path, f"Partners\n\n{sentence}\n")
    assert summary(record) == [("letter_of_intent", ["ILO", "St. Brendan's Technical School"], 2015, None)]


@pytest.mark.parametrize(("sentence", "instrument"), [
    ("In 2021 UNICEF and the ILO renewed their partnership agreement on safety.", "partnership_agreement"),
    ("UNICEF and the ILO extended their memorandum of understanding in 2021.", "memorandum_of_understanding"),
    ("UNICEF and the ILO have worked in partnership since 2021 on safety.", "partnership"),
    # teaming up is a partnership; a pact or a compact is an agreement the parties made
    ("UNICEF teamed up with the ILO in 2021 to train inspectors.", "partnership"),
    ("In 2021 UNICEF and the ILO signed a pact on child labour.", "cooperation_agreement"),
    ("UNICEF and the ILO put their names to a compact on safety in 2021.", "cooperation_agreement"),
])
def test_renewing_extending_working_in_teaming_up_and_pacts(tmp_path, sentence, instrument):
    assert summary(extract_text(tmp_path, f"Partners\n\n{sentence}\n")) == [(instrument, ["ILO", "UNICEF"], 2021, None)]


def test_a_pact_nobody_made_is_no_instrument(tmp_path):
    text = "The ILO works with the Lakeland Compact for Decent Work in Coffee on safety. Workers call it a pact of trust."
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


def test_between_after_a_passive_verb(tmp_path):
    sentence = "In 2021, a cooperation agreement was concluded between UNICEF and the ILO on safety."
    assert summary(extract_text(tmp_path, f"Partners\n\n{sentence}\n")) == [("cooperation_agreement", ["ILO", "UNICEF"], 2021, None)]


@pytest.mark.parametrize("after", ["It was signed in 2021 and runs for four years.", "The signing took place in 2021.",
                                   "The ceremony was held in Suva in 2021."])
def test_the_year_told_in_the_next_sentence(tmp_path, after):
    text = f"Partners\n\nUNICEF and the ILO have signed a letter of intent on safety. {after}\n"
    assert summary(extract_text(tmp_path, text)) == [("letter_of_intent", ["ILO", "UNICEF"], 2021, None)]


def test_a_next_sentence_that_names_only_the_brochures_own_body_dates_a_funding(tmp_path):
    # ("The programme is financed by X": the funded body is the brochure's; the next sentence names it and the year)
    text = ("The ILO at work\n\nThe International Labour Organization (ILO) runs the programme. The programme is financed by "
            "UNICEF and UNDP. The grant agreement was signed with the ILO in May 2023.\n")
    assert summary(extract_text(tmp_path, text)) == [("funding", ["ILO", "UNDP", "UNICEF"], 2023, None)]


def test_a_next_sentence_with_parties_or_an_instrument_of_its_own_gives_no_year(tmp_path):
    text = "Partners\n\nUNICEF and the ILO have signed a letter of intent on safety. The ILO trained 300 inspectors in 2021.\n"
    assert summary(extract_text(tmp_path, text)) == [("letter_of_intent", ["ILO", "UNICEF"], None, None)]


def test_the_implementer_is_the_party_an_agent_phrase_joins(tmp_path):
    sentence = "Since 2019, the project has been implemented by the Lakeland Dockworkers Union in partnership with UNICEF."
    record = extract_text(tmp_path, f"Partners\n\n{sentence}\n")
    assert summary(record) == [("partnership", ["Lakeland Dockworkers Union", "UNICEF"], 2019, None)]


def test_co_funding_donors_are_all_parties(tmp_path):
    sentence = "The programme, co-funded by UNICEF and the Government of Norway, has been implemented by the ILO since 2022."
    assert summary(extract_text(tmp_path, f"Partners\n\n{sentence}\n")) == [("funding", ["ILO", "NO", "UNICEF"], 2022, None)]


@pytest.mark.parametrize("sentence", [
    "In 2021, UNICEF, together with the ILO, launched a programme on safety.",
    "UNICEF signed a memorandum of understanding in 2021, together with the ILO, on safety.",
])
def test_together_with_joins_a_party(tmp_path, sentence):
    found = summary(extract_text(tmp_path, f"Partners\n\n{sentence}\n"))
    assert [(parties, year) for _, parties, year, _ in found] == [(["ILO", "UNICEF"], 2021)]


@pytest.mark.parametrize("text, expected", [
    ("Since 2020 the ILO and UNICEF have run a joint programme on child labour, with funding from Norway, through Norad.",
     [("funding", ["ILO", "Norad", "UNICEF"], 2020, None), ("programme", ["ILO", "UNICEF"], 2020, None)]),
    ("In 2020 the ILO and UNICEF launched a joint programme on child labour in cocoa. The programme is funded by Sweden, through Sida.",
     [("funding", ["ILO", "Sida", "UNICEF"], None, None), ("programme", ["ILO", "UNICEF"], 2020, None)]),
])
def test_a_donor_funds_every_body_of_the_joint_work(tmp_path, text, expected):
    """The funded are the subject's whole list ("the ILO and UNICEF have run …, with funding from"), or the
    parties of the joint programme the block told before ("The programme is funded by"), not the first party
    or the body the brochure speaks for."""
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == expected


def test_a_french_joint_programme_of_two_bodies_with_its_period_between(tmp_path, monkeypatch):
    """joint_of in French: the period may stand between the programme and "de", and "et du" goes on the list."""
    text = ("Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "
            "Le projet fait partie d'un programme conjoint 2021–2025 de l'UNICEF et du Syndicat des dockers de Lakeland.")
    expected = [("programme", ["Syndicat des dockers de Lakeland", "UNICEF"], 2021, 2025)]
    assert summary(extract_text(tmp_path, f"Le BIT au travail\n\n{text}\n")) == expected
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != "joint_of"])
    assert summary(extract_text(tmp_path, f"Le BIT au travail\n\n{text}\n")) == []


@pytest.mark.parametrize("heading, text, expected", [
    ("Partners", "It is supported by a joint programme of UNICEF and the Lakeland Dockworkers Union for 2021–2025. Norway finances "
                 "the joint programme through Norad.",
     [("funding", ["Lakeland Dockworkers Union", "Norad", "UNICEF"], None, None),
      ("programme", ["Lakeland Dockworkers Union", "UNICEF"], 2021, 2025)]),
    ("Partenaires", "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "
                    "La Norvège finance le projet de 2021 à 2024, par l'entremise de Norad.",
     [("funding", ["ILO", "Norad"], 2021, 2024)]),
])
def test_a_donor_through_its_agency_after_the_verb(tmp_path, heading, text, expected):
    """"X finances the programme through Y": Y is X's agency (standing for it), the funded are the programme's;
    "supported by a joint programme of A and B" names the programme's parties, no donor."""
    record = extract_text(tmp_path, f"{heading}\n\n{text}\n")
    assert summary(record) == expected
    [norad] = [party for p in record.partnerships if p.instrument == "funding" for party in p.parties if party.acronym == "Norad"]
    assert norad.iso_alpha2 == "NO"


@pytest.mark.parametrize("heading, text, expected", [
    ("Partners", "The ILO trains crane operators in Lakeland. The pilot was financed from 2021 to 2023 by the Lakeland Harbour Fund.",
     [("funding", ["ILO", "Lakeland Harbour Fund"], 2021, 2023)]),
    ("Partenaires", "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "
                    "Le projet est financé de 2022 à 2024 par la Norvège, par l'intermédiaire de Norad.",
     [("funding", ["ILO", "Norad"], 2022, 2024)]),
])
def test_a_funding_participle_and_its_by_with_the_period_between(tmp_path, heading, text, expected):
    """"financed from 2021 to 2023 by", "financé de 2022 à 2024 par": one agent phrase of funding in two pieces."""
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == expected


_FR = "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "


@pytest.mark.parametrize("heading, text", [
    ("The ILO at work", "The Lakeland Dockworkers Union has not signed a memorandum of understanding with UNICEF."),
    ("Le BIT au travail", _FR + "Le Syndicat des dockers de Lakeland n'a pas signé de lettre d'intention avec l'UNICEF."),
    ("Le BIT au travail", _FR + "Le Syndicat des dockers de Lakeland et l'UNICEF siègent au comité, sans accord particulier."),
    ("La OIT en acción", "El UNICEF y el Sindicato de Estibadores de Lakeland participan en el comité consultivo, sin acuerdo formal "
                         "con el programa."),
])
def test_an_instrument_its_clause_denies_is_none(tmp_path, heading, text):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == []


_ES = "La Organización Internacional del Trabajo ejecuta este programa con sus mandantes en todo el país. "


@pytest.mark.parametrize("heading, text", [
    ("The ILO at work", "In 2020 the ILO not only signed a memorandum of understanding with UNDP but also trained inspectors."),
    ("Le BIT au travail", _FR + "En 2020, le BIT a non seulement signé un protocole d'accord avec le PNUD, mais il a aussi formé "
                                "des inspecteurs."),
    ("Le BIT au travail", _FR + "En 2020, le BIT n'a pas seulement signé un protocole d'accord avec le PNUD : il a aussi formé "
                                "des inspecteurs."),
    ("La OIT en acción", _ES + "En 2020 la OIT no solo firmó un memorando de entendimiento con el PNUD, sino que también formó "
                               "inspectores."),
    ("La OIT en acción", _ES + "En 2020 la OIT no sólo firmó un memorando de entendimiento con el PNUD, sino que también formó "
                               "inspectores."),
])
@pytest.mark.parametrize("step", ["rules", "fill"])  # (fill: the default, with the learned step)
def test_not_only_adds_to_the_clause_and_denies_no_instrument(tmp_path, monkeypatch, heading, text, step):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", step)
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [("memorandum_of_understanding", ["ILO", "UNDP"], 2020, None)]


@pytest.mark.parametrize("heading, text", [
    ("The ILO at work", "The ILO and the World Bank analysed in 2022 the funding of pension schemes."),
    ("The ILO at work", "The ILO and UNICEF have managed funding for social protection since 2021."),
    ("The ILO at work", "In 2021 the ILO and UNICEF reviewed the financing of health insurance schemes."),
    ("La OIT en acción", _ES + "La OIT y el Banco Mundial analizaron en 2022 los fondos de pensiones del país."),
    ("La OIT en acción", _ES + "La OIT y el UNICEF gestionan fondos para la protección social desde 2021."),
    ("La OIT en acción", _ES + "La OIT y el UNICEF estudiaron en 2021 la financiación de la protección social."),
    ("La OIT en acción", _ES + "La OIT y el UNICEF estudiaron en 2021 el financiamiento de la protección social."),
    ("Le BIT au travail", _FR + "Le BIT et la Banque mondiale ont étudié en 2022 le financement des retraites."),
    ("Le BIT au travail", _FR + "Le BIT et l'UNICEF gèrent un financement pour la protection sociale depuis 2021."),
])
@pytest.mark.parametrize("step", ["rules", "fill"])
def test_a_bare_funding_noun_without_its_agent_is_no_funding(tmp_path, monkeypatch, heading, text, step):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", step)
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == []


@pytest.mark.parametrize("heading, text", [
    ("La OIT en acción", _ES + "Desde 2021 la OIT ejecuta el proyecto con fondos del UNICEF."),
    ("La OIT en acción", _ES + "Desde 2021 la OIT ejecuta el proyecto, con financiamiento del UNICEF."),
    ("La OIT en acción", _ES + "Desde 2021 la OIT ejecuta el proyecto gracias a la financiación del UNICEF."),
    ("Le BIT au travail", _FR + "Depuis 2021, le BIT mène le projet grâce au financement de l'UNICEF."),
])
def test_a_funding_noun_with_its_agent_is_a_funding(tmp_path, monkeypatch, heading, text):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "fill")
    assert ("funding", ["ILO", "UNICEF"], 2021, None) in summary(extract_text(tmp_path, f"{heading}\n\n{text}\n"))


@pytest.mark.parametrize("text, expected", [
    ("Since 2021 UNICEF is funding the work of the Lakeland Dockworkers Union.", ("funding", ["Lakeland Dockworkers Union", "UNICEF"])),
    ("The Asian Development Bank (ADB) is financing, from 2021 to 2024, new workshops run by the Lakeland Dockworkers Union.",
     ("funding", ["ADB", "Lakeland Dockworkers Union"])),
])
def test_a_funding_noun_after_a_be_auxiliary_is_the_verb_of_a_funding(tmp_path, monkeypatch, text, expected):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "fill")
    assert expected in [found[:2] for found in summary(extract_text(tmp_path, f"The ILO at work\n\n{text}\n"))]


@pytest.mark.parametrize("heading, text, expected", [
    ("The ILO at work", "In 2025 the Lakeland Dockworkers Union, the company Harbour Cranes Ltd and UNICEF signed a cooperation agreement.",
     ["Harbour Cranes Ltd", "Lakeland Dockworkers Union", "UNICEF"]),
    ("La OIT en acción", _ES + "En 2025 la Municipalidad de Lakeland, la empresa Grúas del Puerto S.A. y el UNICEF firmaron un acuerdo "
                               "de cooperación.", ["Grúas del Puerto S.A.", "Municipalidad de Lakeland", "UNICEF"]),
    ("Le BIT au travail", _FR + "En 2025, le Syndicat des dockers de Lakeland, l'entreprise Grues du Port SARL et l'UNICEF ont signé un "
                                "accord de coopération.", ["Grues du Port SARL", "Syndicat des dockers de Lakeland", "UNICEF"]),
])
def test_a_bodys_kind_before_its_name_does_not_cut_a_list_of_parties(tmp_path, monkeypatch, heading, text, expected):
    record = extract_text(tmp_path, f"{heading}\n\n{text}\n")
    assert summary(record) == [("cooperation_agreement", expected, 2025, None)]
    monkeypatch.setattr(relations, "_LIST_GAP", relations.list_gap(type_words=False))  # (the kind ends the list: a party lost)
    assert all(len(parties) < len(expected) for _, parties, _, _ in summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")))


def test_a_negation_of_who_is_a_party_leaves_the_instrument_of_the_others(tmp_path):
    text = ("The ILO at work\n\nThe Lakeland Dockworkers Union sits on the steering committee but is not a party to the "
            "cooperation agreement between UNICEF and the ILO.\n")
    assert summary(extract_text(tmp_path, text)) == [("cooperation_agreement", ["ILO", "UNICEF"], None, None)]


def test_an_instrument_after_a_clause_that_denies_another_is_read(tmp_path):
    text = ("The ILO at work\n\nThe Lakeland Dockworkers Union is not a member of the council, and in 2021 it signed a letter of "
            "intent with UNICEF on safety.\n")
    assert summary(extract_text(tmp_path, text)) == [("letter_of_intent", ["Lakeland Dockworkers Union", "UNICEF"], 2021, None)]


@pytest.mark.parametrize("heading, text", [
    ("The ILO at work", "Since 2021, UNICEF has supported the project with a contribution to the International Labour Organization (ILO)."),
    ("La OIT en acción", "La Organización Internacional del Trabajo (OIT) trabaja en el país con sus mandantes desde hace años. "
                         "Desde 2021, el UNICEF financia el proyecto con una contribución a la Organización Internacional "
                         "del Trabajo (OIT)."),
])
def test_a_contribution_to_a_body_is_a_funding_of_it_not_a_programme_with_it(tmp_path, heading, text):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [("funding", ["ILO", "UNICEF"], 2021, None)]


@pytest.mark.parametrize("heading, text, year", [
    ("The ILO at work", "UNICEF and the Lakeland Dockworkers Union renewed in 2025 the cooperation agreement they had concluded in 2021.",
     2021),
    ("The ILO at work", "UNICEF and the Lakeland Dockworkers Union signed a cooperation agreement, first concluded in 2022, that was "
                        "extended in 2025 until 2028.", 2022),
    ("La OIT en acción", "La Organización Internacional del Trabajo ejecuta este programa con sus mandantes en todo el país. "
                         "El UNICEF y el Sindicato de Estibadores de Lakeland renovaron en 2025 el acuerdo de cooperación que habían "
                         "suscrito en 2021.", 2021),
    # a renewal is all the sentence dates: its year
    ("The ILO at work", "UNICEF and the Lakeland Dockworkers Union renewed their cooperation agreement in 2025.", 2025),
])
def test_a_renewal_keeps_the_year_of_the_first_signing(tmp_path, heading, text, year):
    found = summary(extract_text(tmp_path, f"{heading}\n\n{text}\n"))
    assert [(instrument, first) for instrument, _, first, _ in found] == [("cooperation_agreement", year)]


@pytest.mark.parametrize("text, expected", [
    ("Harbour Cranes Pvt. Ltd. has signed a letter of intent with UNICEF in 2025 to train crane operators.",
     [("letter_of_intent", ["Harbour Cranes Pvt. Ltd.", "UNICEF"], 2025, None)]),
    ("Harbour Cranes Co. Ltd. and UNICEF signed a letter of intent in 2025.",
     [("letter_of_intent", ["Harbour Cranes Co. Ltd.", "UNICEF"], 2025, None)]),
])
def test_a_company_s_legal_form_after_an_abbreviation_opens_no_sentence(tmp_path, text, expected):
    # (read as a sentence end, "Ltd. has signed ..." lost the company: the body the brochure speaks for took its place)
    assert summary(extract_text(tmp_path, f"The ILO at work\n\n{text}\n")) == expected


_SAME_YEAR_CASES = [
    ("The ILO at work", "A partnership agreement signed in 2024 by UNICEF and the Lakeland Dockworkers Union commits both to safety.",
     "Under a public-private partnership launched the same year, Harbour Cranes Ltd and UNICEF train crane operators.",
     ("public_private_partnership", ["Harbour Cranes Ltd", "UNICEF"])),
    ("Le BIT au travail", _FR + "Un accord de partenariat signé en 2024 par l'UNICEF et le Syndicat des dockers de Lakeland engage les "
                                "deux parties.", "La même année, Grues du Port SARL et l'UNICEF ont signé un protocole d'accord.",
     ("memorandum_of_understanding", ["Grues du Port SARL", "UNICEF"])),
    ("La OIT en acción", _ES + "Un acuerdo de asociación firmado en 2024 por el UNICEF y el Sindicato de Estibadores de Lakeland "
                               "compromete a ambas partes.",
     "Ese mismo año, Grúas del Puerto S.A. y el UNICEF firmaron un memorando de entendimiento.",
     ("memorandum_of_understanding", ["Grúas del Puerto S.A.", "UNICEF"])),
]


@pytest.mark.parametrize("heading, before, text, expected", _SAME_YEAR_CASES)
def test_the_same_year_in_a_paragraph_with_no_year_is_the_last_year_of_the_section_before(tmp_path, monkeypatch, heading, before, text,
                                                                                           expected):
    # (a heading opens the section; two bullets stand between the paragraphs, as in a brochure's "Working with employers")
    document = f"{heading}\n\nWorking with employers\n\n{before}\n• Crane operators are trained\n• A safety hotline runs\n\n{text}\n"
    assert (*expected, 2024, None) in summary(extract_text(tmp_path, document))
    monkeypatch.setattr(relations, "RELATIVE_YEAR_ACROSS_BLOCKS", False)  # (read in its own paragraph only: no year)
    assert (*expected, None, None) in summary(extract_text(tmp_path, document))


@pytest.mark.parametrize("heading, text, expected", [
    ("The ILO at work", "In 2021 UNICEF and the Lakeland Dockworkers Union signed a funding agreement on safety.",
     ("funding", ["Lakeland Dockworkers Union", "UNICEF"], 2021, None)),
    ("The ILO at work", "In 2021 UNICEF and the Lakeland Dockworkers Union signed a memorandum of agreement on safety.",
     ("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], 2021, None)),
    ("Le BIT au travail", _FR + "En 2021, l'UNICEF a conclu une convention de subvention avec le Syndicat des dockers de Lakeland.",
     ("funding", ["Syndicat des dockers de Lakeland", "UNICEF"], 2021, None)),
    ("La OIT en acción", _ES + "En 2021 el UNICEF firmó un acuerdo de donación con el Sindicato de Estibadores de Lakeland.",
     ("funding", ["Sindicato de Estibadores de Lakeland", "UNICEF"], 2021, None)),
])
def test_grant_and_agreement_instruments_of_each_language_are_read(tmp_path, heading, text, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [expected]


@pytest.mark.parametrize("heading, text, expected", [
    ("The ILO at work", "UNICEF and the Lakeland Dockworkers Union renewed their memorandum of understanding in 2025. It was first "
                        "signed in 2019.", ("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], 2019, None)),
    ("Le BIT au travail", _FR + "L'UNICEF et le Syndicat des dockers de Lakeland ont renouvelé en 2025 leur protocole d'accord. Il a été "
                                "signé en 2019.",
     ("memorandum_of_understanding", ["Syndicat des dockers de Lakeland", "UNICEF"], 2019, None)),
    ("La OIT en acción", _ES + "El UNICEF y el Sindicato de Estibadores de Lakeland renovaron en 2025 su memorando de entendimiento. Fue "
                               "firmado en 2019.",
     ("memorandum_of_understanding", ["Sindicato de Estibadores de Lakeland", "UNICEF"], 2019, None)),
])
def test_a_renewal_takes_the_year_of_the_first_signing_told_next(tmp_path, monkeypatch, heading, text, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [expected]
    monkeypatch.setattr(relations, "RENEWAL_YEAR_FROM_NEXT", False)  # (the renewal's year stays)
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [(*expected[:2], 2025, None)]


def test_the_year_of_a_renewal_told_next_is_not_when_the_partnership_was_made(tmp_path):
    text = ("The ILO at work\n\nUNICEF and the Lakeland Dockworkers Union signed a memorandum of understanding on safety. It was "
            "renewed in 2024 for three more years.\n")
    assert summary(extract_text(tmp_path, text)) == [("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], None, None)]


@pytest.mark.parametrize("heading, text, expected", [
    ("The ILO at work", "Since 2022 the European Union finances a project implemented by UNICEF and the Lakeland Dockworkers Union.",
     ["EU", "Lakeland Dockworkers Union", "UNICEF"]),
    ("Le BIT au travail", _FR + "Depuis 2022, l'Union européenne finance un projet mis en œuvre par l'UNICEF et le Syndicat des dockers "
                                "de Lakeland.", ["EU", "Syndicat des dockers de Lakeland", "UNICEF"]),
    ("La OIT en acción", _ES + "Desde 2022 la Unión Europea financia un proyecto ejecutado por el UNICEF y el Sindicato de Estibadores de "
                               "Lakeland.", ["EU", "Sindicato de Estibadores de Lakeland", "UNICEF"]),
])
def test_a_donor_funds_every_implementer_of_the_work_it_funds(tmp_path, monkeypatch, heading, text, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == [("funding", expected, 2022, None)]
    monkeypatch.setattr(relations, "IMPLEMENTERS_FUNDED", False)  # (the first implementer only)
    assert all(len(parties) == 2 for _, parties, _, _ in summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")))


_FILLER = {  # (a paragraph of the language, so that the block is read in it)
    "en": "The project supports the workers of the region and their families with training and social protection for all.",
    "fr": "Le projet soutient les travailleurs et les travailleuses de la région, ainsi que leurs familles, avec une formation "
          "et une protection sociale pour tous.",
    "es": "El proyecto apoya a los trabajadores y a las trabajadoras de la región, y a sus familias, con formación y protección "
          "social para todos.",
}


@pytest.mark.parametrize(("language", "sentence", "instrument"), [
    ("en", "In 2021 UNICEF and the Lakeland Dockworkers Union signed a twinning arrangement on port safety.", "partnership"),
    ("en", "In 2021 the Lakeland Dockworkers Union agreed a pilot with UNICEF to train first-aiders.", "cooperation_agreement"),
    ("en", "In 2021 UNICEF and the Lakeland Dockworkers Union signed a tripartite protocol on port safety.",
     "memorandum_of_understanding"),
    ("en", "In 2021 UNICEF signed a grant-making agreement with the Lakeland Dockworkers Union on port safety.", "funding"),
    ("fr", "En 2021, l’UNICEF et le Lakeland Dockworkers Union ont signé un accord de jumelage sur la sécurité des ports.",
     "partnership"),
    ("es", "En 2021, el UNICEF y el Lakeland Dockworkers Union firmaron un pacto de hermanamiento sobre la seguridad portuaria.",
     "partnership"),
    ("es", "En 2021, el Lakeland Dockworkers Union pactó un acuerdo piloto con el UNICEF para formar a socorristas.",
     "cooperation_agreement"),
])
def test_instruments_named_in_other_words_map_to_their_type(tmp_path, language, sentence, instrument):
    # (blind8's README, "Partnerships": twinning / jumelage -> partnership; pilot agreements -> cooperation agreement;
    # protocol -> memorandum of understanding; grant agreements -> funding)
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == [(instrument, ["Lakeland Dockworkers Union", "UNICEF"], 2021, None)]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "A protocol was signed in 2022 by UNICEF and the Lakeland Dockworkers Union to make port work safer."),
    ("fr", "En 2022, l’UNICEF et le Lakeland Dockworkers Union ont signé un protocole sur la sécurité des ports."),
    ("es", "Un protocolo fue firmado en 2022 por el UNICEF y el Lakeland Dockworkers Union para la seguridad portuaria."),
    ("es", "En 2022, el UNICEF y el Lakeland Dockworkers Union firmaron un protocolo de inspección conjunta."),
])
def test_a_bare_protocol_its_parties_made_is_a_memorandum_of_understanding(tmp_path, language, sentence):
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == [("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], 2022, None)]


@pytest.mark.parametrize(("language", "sentence"), [
    # (no word of making in the clause: a procedure, no instrument)
    ("en", "In 2022 UNICEF and the Lakeland Dockworkers Union trained inspectors to follow the heat-stress protocol."),
    ("es", "En 2022, el UNICEF y el Lakeland Dockworkers Union formaron a inspectores en el protocolo de calor."),
])
def test_a_protocol_nobody_made_is_no_instrument(tmp_path, monkeypatch, language, sentence):
    # (the default step: its learned reader takes two parties and a phrase the rules alone leave unread)
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", DEFAULT_RELATION_STEP)
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == []


@pytest.mark.parametrize(("language", "sentence"), [
    # (a treaty's protocol, signed or not, makes no partnership of its signatories)
    ("en", "In 2016 Fiji and Samoa signed the Protocol of 2014 to the Forced Labour Convention."),
    ("fr", "En 2016, Fidji et le Samoa ont signé le Protocole de 2014 relatif à la convention sur le travail forcé."),
    ("es", "En 2016, Fiyi y Samoa firmaron el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso."),
])
def test_a_treatys_protocol_is_no_instrument(tmp_path, language, sentence):
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "In 2022 UNICEF provided a grant of US$ 2 million to the Lakeland Dockworkers Union for port safety."),
    ("en", "In 2022 UNICEF awarded the Lakeland Dockworkers Union a grant for port safety."),
    ("fr", "En 2022, l’UNICEF a accordé une contribution de 2 millions d’euros au Lakeland Dockworkers Union."),
    ("es", "En 2022, el UNICEF otorgó una donación de 2 millones de dólares al Lakeland Dockworkers Union."),
])
def test_a_grant_or_contribution_given_is_a_funding(tmp_path, monkeypatch, language, sentence):
    # (the default step: no rule reads "gave Y a grant"; the learned reader takes the two parties once the noun is read)
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", DEFAULT_RELATION_STEP)
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == [("funding", ["Lakeland Dockworkers Union", "UNICEF"], 2022, None)]


@pytest.mark.parametrize(("language", "sentence"), [
    # (a contribution nobody gives is no funding: no giving or making word in its clause)
    ("en", "In 2022 UNICEF and the Lakeland Dockworkers Union praised the contribution of young workers to port safety."),
    ("fr", "En 2022, l’UNICEF et le Lakeland Dockworkers Union ont salué la contribution des jeunes à la sécurité des ports."),
])
def test_a_contribution_nobody_gives_is_no_funding(tmp_path, monkeypatch, language, sentence):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", DEFAULT_RELATION_STEP)
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{sentence}\n")
    assert summary(record) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Lakeland Dockworkers Union trains crane operators. Its memorandum of understanding with UNICEF dates from 2021."),
    ("fr", "Le Lakeland Dockworkers Union forme les grutiers. Son protocole d’accord avec l’UNICEF date de 2021."),
    ("es", "El Lakeland Dockworkers Union forma a los operadores de grúa. Su memorando de entendimiento con el UNICEF data de 2021."),
])
def test_subject_before_owns_the_instrument_its_possessive_names(tmp_path, language, text):
    record = extract_text(tmp_path, f"Partners\n\n{_FILLER[language]}\n\n{text}\n")
    assert summary(record) == [("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], 2021, None)]


@pytest.mark.parametrize("heading, text, expected", [
    # a passive: the donor after "by", the recipient after "to"
    ("The ILO at work", "A contribution of EUR 1.2 million was provided to the Lakeland Dockworkers Union by the Government of "
                        "Luxembourg for 2025–2027.", [("funding", ["LU", "Lakeland Dockworkers Union"], 2025, 2027)]),
    ("The ILO at work", "Behind the pack is a grant made to UNICEF in 2024 by the Lakeland Dockworkers Union.",
     [("funding", ["Lakeland Dockworkers Union", "UNICEF"], 2024, None)]),
    # a country in an apposition to the agency is the agency's; the noun after its recipient
    ("Le BIT au travail", "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "
                          "Enabel, l’agence de développement de la Belgique, a octroyé au Syndicat des dockers de Lakeland un "
                          "financement qui couvre les années 2024 à 2027.",
     [("funding", ["Enabel", "Syndicat des dockers de Lakeland"], 2024, 2027)]),
    ("La OIT en acción", "La Organización Internacional del Trabajo ejecuta este programa desde 2015 con sus mandantes en todo el país. "
                         "LuxDev transfirió al Sindicato de Estibadores de Lakeland en 2025 una subvención que cubre dos temporadas.",
     [("funding", ["LuxDev", "Sindicato de Estibadores de Lakeland"], 2025, None)]),
    # the funding's owner gives it: the body before "whose", the subject of the sentence before "Its"
    ("The ILO at work", "Germany pays for the training through the Lakeland Dockworkers Union, whose grant to UNICEF runs from "
                        "2024 to 2027.", [("funding", ["Lakeland Dockworkers Union", "UNICEF"], 2024, 2027)]),
    ("The ILO at work", "The Lakeland Dockworkers Union trains crane operators. Its contribution to UNICEF covers 2023–2026.",
     [("funding", ["Lakeland Dockworkers Union", "UNICEF"], 2023, 2026)]),
])
def test_a_funding_given_to_a_party(tmp_path, heading, text, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == expected


@pytest.mark.parametrize("text", [
    "The union analysed the contribution of young workers to the pension fund in 2024.",  # nothing given
    "The Lakeland Dockworkers Union gave its members a grant for training in 2024.",  # given to no party
])
def test_a_funding_noun_given_to_no_party_is_no_funding(tmp_path, text):
    assert summary(extract_text(tmp_path, f"The ILO at work\n\n{text}\n")) == []


FR_OPENING = "Le Bureau international du Travail mène ce programme depuis 2015 avec ses mandants dans tout le pays. "


@pytest.mark.parametrize("text, expected", [
    # a bare "convention" made, renewed or binding its parties is an agreement
    ("En 2022, la Mairie de Lakeville et le Syndicat des dockers de Lakeland ont signé une convention sur les quais.",
     [("cooperation_agreement", ["Mairie de Lakeville", "Syndicat des dockers de Lakeland"], 2022, None)]),
    ("Depuis 2020, une convention lie la Mairie de Lakeville et le Syndicat des dockers de Lakeland.",
     [("cooperation_agreement", ["Mairie de Lakeville", "Syndicat des dockers de Lakeland"], 2020, None)]),
    # a convention of the ILO is a treaty, no agreement of partners: no made word, or its number
    ("La Mairie de Lakeville et le Syndicat des dockers de Lakeland appliquent la convention sur la sécurité depuis 2020.", []),
    ("En 2022, la Mairie de Lakeville et le Syndicat des dockers de Lakeland ont signé la convention n° 190 de l’OIT.", []),
])
def test_a_bare_french_convention_is_an_agreement_only_where_it_was_made(tmp_path, text, expected):
    assert summary(extract_text(tmp_path, f"Le BIT au travail\n\n{FR_OPENING}{text}\n")) == expected


@pytest.mark.parametrize(("heading", "sentence", "expected"), [
    ("Partners", "In 2024 UNICEF and the ILO renewed their partnership agreement for another three years.",
     ("partnership_agreement", ["ILO", "UNICEF"], 2024, 2027)),
    # the length counts from the renewal, the partnership from its first year
    ("Partners", "UNICEF and the ILO have worked in partnership since 2019, under an agreement renewed in 2023 for two more years.",
     ("partnership", ["ILO", "UNICEF"], 2019, 2025)),
    ("Le BIT et ses partenaires", "Le programme forme des inspecteurs dans tout le pays depuis des années. "
     "En 2024, l’UNICEF et le BIT ont renouvelé leur accord de coopération pour trois ans de plus.",
     ("cooperation_agreement", ["ILO", "UNICEF"], 2024, 2027)),
    ("La OIT y sus socios", "El programa forma a los inspectores de todo el país desde hace años. "
     "En 2024, UNICEF y la OIT renovaron su acuerdo de cooperación por otros dos años.",
     ("cooperation_agreement", ["ILO", "UNICEF"], 2024, 2026)),
])
def test_a_renewals_length_gives_the_end_year(tmp_path, heading, sentence, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{sentence}\n")) == [expected]


@pytest.mark.parametrize(("heading", "text", "expected"), [
    ("Partners", "Since 2023 UNICEF and the Lakeland Dockworkers Union have been partners in a radio show.",
     [("partnership", ["Lakeland Dockworkers Union", "UNICEF"], 2023, None)]),
    ("Le BIT et ses partenaires", "Le programme forme des inspecteurs dans tout le pays depuis des années. "
     "Le Syndicat des dockers de Lakeland est partenaire de l’UNICEF depuis 2022.",
     [("partnership", ["Syndicat des dockers de Lakeland", "UNICEF"], 2022, None)]),
    ("La OIT y sus socios", "El programa forma a los inspectores de todo el país desde hace años. "
     "Desde 2021, UNICEF y el Sindicato de Estibadores de Lakeland son aliados en la formación.",
     [("partnership", ["Sindicato de Estibadores de Lakeland", "UNICEF"], 2021, None)]),
    # a partner "through" an instrument named later in the clause: that instrument's record alone
    ("Partners", "The Lakeland Dockworkers Union became a partner of UNICEF in 2024 through a cooperation agreement on safety.",
     [("cooperation_agreement", ["Lakeland Dockworkers Union", "UNICEF"], 2024, None)]),
    # one party alone is no partnership
    ("Partners", "UNICEF has been a partner for years.", []),
])
def test_a_partnership_stated_as_what_its_parties_are(tmp_path, heading, text, expected):
    assert summary(extract_text(tmp_path, f"{heading}\n\n{text}\n")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an instrument that "bears the signatures of" its parties
    ("The 2024 memorandum of understanding bears the signatures of UNICEF, the ILO and the Lakeland Dockworkers Union.",
     [("memorandum_of_understanding", ["ILO", "Lakeland Dockworkers Union", "UNICEF"], 2024, None)]),
    # a bare protocol its parties put their signatures to was made
    ("In 2024 UNICEF and the Lakeland Dockworkers Union put their signatures to a protocol on beach work.",
     [("memorandum_of_understanding", ["Lakeland Dockworkers Union", "UNICEF"], 2024, None)]),
])
def test_signatures_say_an_instrument_was_made(tmp_path, text, expected):
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == expected
