"""The partnership rules of pipeline/relations.py, each on its own: a sentence only that rule reads,
and the same sentence with the rule taken out of the registry finds nothing (so the test names the
rule that does the work). Bodies here are made up or listed in the data; none is a blind brochure's."""

from __future__ import annotations

import pytest

from pipeline import relations
from tests.conftest import extract_text


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
                    [("partnership", ["ILO", "UNDP", "UNICEF"], 2023, None)]),
    "working_with": ("Under a partnership agreement signed in 2022, the ILO works with the Lakeland Dockworkers Union on safety.",
                     [("partnership_agreement", ["ILO", "Lakeland Dockworkers Union"], 2022, None)]),
}


def test_every_rule_is_registered_once_and_tested_here():
    names = [rule.name for rule in relations.RULES]
    assert len(names) == len(set(names))
    assert set(names) == set(CASES)


@pytest.mark.parametrize("rule_name", sorted(CASES))
def test_the_rule_finds_its_phrasing_and_no_other_rule_does(tmp_path, monkeypatch, rule_name):
    sentence, expected = CASES[rule_name]
    text = f"The ILO at work\n\n{sentence}\n"
    assert summary(extract_text(tmp_path, text)) == expected
    monkeypatch.setattr(relations, "RULES", [rule for rule in relations.RULES if rule.name != rule_name])
    assert summary(extract_text(tmp_path, text)) == []


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
