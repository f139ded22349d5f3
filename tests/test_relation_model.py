"""The learned relation step (pipeline/relation_model.py) and what the relations stage does around it:
the hybrid reads with the trees what the rules leave, and bodies named side by side stay no partnership.
Bodies here are listed in the data or made up; no sentence is a held-out round's or a blind brochure's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipeline import relations
from pipeline.entities import find_entities
from pipeline.layout import layout
from pipeline.load import load
from pipeline.relation_model import FEATURE_NAMES, MODEL_FILE, candidate_rows, load_model
from pipeline.resources import data_file
from pipeline.structure import structure
from tests.conftest import extract_text

ROOT = Path(__file__).resolve().parent.parent


def summary(record):
    return sorted((p.instrument, sorted(party.acronym or party.iso_alpha2 or party.name for party in p.parties), p.year)
                  for p in record.partnerships)


def annotated(tmp_path, text: str):
    path = tmp_path / "brochure.txt"
    path.write_text(f"Partners\n\n{text}\n", encoding="utf-8")
    return find_entities(structure(layout(load(path)), "rules"))


def test_the_shipped_trees_read_the_features_the_code_computes(tmp_path):
    assert data_file(MODEL_FILE)["features"] == list(FEATURE_NAMES)
    assert load_model() is not None
    document = annotated(tmp_path, "In 2019 UNICEF and the ILO signed a memorandum of understanding. It was funded by Sida.")
    rows = [row for read in relations.sentence_readings(document) for _, _, row in candidate_rows(read)]
    assert rows and all(len(row) == len(FEATURE_NAMES) for row in rows)


def test_the_hybrid_reads_a_phrasing_no_rule_reads(tmp_path, monkeypatch):
    text = "UNICEF and the ILO, under a memorandum of understanding dating from 2017, train labour inspectors together."
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "hybrid")
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == [("memorandum_of_understanding", ["ILO", "UNICEF"], 2017)]


@pytest.mark.parametrize("text", [
    "Both the ILO and UNICEF publish reports on the programme.",
    "Representatives of UNDP and UNICEF sit on the programme's advisory board.",
    "The programme works with recruitment agencies in Cambodia and the Philippines and trains inspectors in Malaysia.",
])
def test_bodies_side_by_side_are_no_partnership(tmp_path, text):
    assert relations.DEFAULT_RELATION_STEP == "hybrid"
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


def test_the_rules_win_where_they_find_something(tmp_path, monkeypatch):
    """In a sentence the rules read, the hybrid keeps their reading, whatever the trees say."""
    document = annotated(tmp_path, "In 2019 UNDP, UNICEF and the ILO signed a partnership agreement on youth jobs.")
    [read] = [r for r in relations.sentence_readings(document) if r.rules_found]
    monkeypatch.setattr("pipeline.relation_model.model_found", lambda read: pytest.fail("the model was asked"))
    assert relations.choose_found(read, "hybrid") == read.rules_found


def test_an_unknown_step_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown relation step 'magic'"):
        relations.find_partnerships(annotated(tmp_path, "The ILO works with UNICEF."), "magic")


def test_an_instrument_word_split_in_two_is_read_back_at_the_same_offsets():
    text = "the ILO signed a contri bution agreement on a pro gress report"
    rejoined = relations._rejoined(text, "en")
    assert rejoined == "the ILO signed a contribution  agreement on a pro gress report"  # "progress" is no instrument word
    assert len(rejoined) == len(text)


def test_a_body_read_short_before_its_acronym_is_the_acronyms_body(tmp_path, monkeypatch):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")
    text = "In 2020, the Norwegian Agency for Devel opment Cooper ation (Norad) and the ILO signed a cooperation agreement."
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == [("cooperation_agreement", ["ILO", "Norad"], 2020)]


def test_a_year_the_next_sentence_tells_with_the_instrument_in_its_opening(tmp_path, monkeypatch):
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")
    text = "UNICEF and the ILO signed a cooperation agreement on child labour. That agreement dates from 2017."
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == [("cooperation_agreement", ["ILO", "UNICEF"], 2017)]


def test_training_labels_a_party_of_the_truths_partnership_and_no_other(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "zoo"))
    from train_relations import labelled_rows

    document = annotated(tmp_path, "In 2019 UNICEF and the ILO signed a memorandum of understanding. UNDP and the ILO publish a report "
                                   "on the programme.")
    truth = {"organizations": [{"name": "International Labour Organization", "acronym": "ILO"},
                               {"name": "United Nations Children's Fund", "acronym": "UNICEF"},
                               {"name": "United Nations Development Programme", "acronym": "UNDP"}],
             "partnerships": [{"parties": ["UNICEF", "ILO"], "instrument": "memorandum_of_understanding", "year": 2019}]}
    rows, labels = labelled_rows(document, truth)
    mou = [label for row, label in zip(rows, labels, strict=True) if row[FEATURE_NAMES.index("cue_memorandum_of_understanding")]]
    programme = [label for row, label in zip(rows, labels, strict=True) if row[FEATURE_NAMES.index("cue_programme")]]
    assert mou == [1, 1] and programme and not any(programme)
    assert json.dumps(rows)  # plain numbers: the trees are trained from data, written as data


def test_a_run_of_names_is_not_read_by_the_trees(tmp_path):
    from pipeline.relation_model import MAX_PARTIES

    names = ", ".join(["UNICEF", "UNDP", "the ILO", "FAO", "UNESCO", "WHO", "IOM", "UNHCR"] * 2)
    document = annotated(tmp_path, f"The programme thanks {names} and UN Women.")
    [read] = [r for r in relations.sentence_readings(document) if r.reading]
    assert len(read.reading.parties) > MAX_PARTIES
    assert candidate_rows(read) == []
