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


@pytest.mark.parametrize("step", ["rules", "model", "hybrid", "fill"])
@pytest.mark.parametrize("text", [
    "Both the ILO and UNICEF publish reports on the programme.",
    "Representatives of UNDP and UNICEF sit on the programme's advisory board.",
    "The programme works with recruitment agencies in Cambodia and the Philippines and trains inspectors in Malaysia.",
])
def test_bodies_side_by_side_are_no_partnership(tmp_path, monkeypatch, text, step):
    """Whichever step reads the sentences (the default among them), bodies named side by side give nothing."""
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", step)
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


def test_the_rules_win_where_they_find_something(tmp_path, monkeypatch):
    """In a sentence the rules read, the hybrid keeps their reading, whatever the trees say; fill adds the trees'
    findings only of instruments the rules did not find there."""
    document = annotated(tmp_path, "In 2019 UNDP, UNICEF and the ILO signed a partnership agreement on youth jobs.")
    [read] = [r for r in relations.sentence_readings(document) if r.rules_found]
    monkeypatch.setattr("pipeline.relation_model.model_found", lambda read: pytest.fail("the model was asked"))
    assert relations.choose_found(read, "hybrid") == read.rules_found
    assert relations.choose_found(read, "fill") == read.rules_found  # every instrument of it is the rules': the trees are not asked


def test_fill_adds_the_trees_findings_of_the_instruments_the_rules_did_not_find(tmp_path, monkeypatch):
    document = annotated(tmp_path, "In 2019 UNDP, UNICEF and the ILO signed a partnership agreement on youth jobs for the programme.")
    [read] = [r for r in relations.sentence_readings(document) if r.rules_found]
    assert {f.instrument for f in read.rules_found} == {"partnership_agreement"}
    assert {cue[2] for cue in read.reading.instruments} == {"partnership_agreement", "programme"}
    monkeypatch.setattr("pipeline.relation_model.model_found", lambda read, forest=None: [
        relations.Found(read.rules_found[0].parties[:2], "partnership_agreement", sentence=read.sentence),
        relations.Found(read.rules_found[0].parties[:2], "programme", sentence=read.sentence)])
    found = relations.choose_found(read, "fill")
    assert found[0] is read.rules_found[0] and [f.instrument for f in found] == ["partnership_agreement", "programme"]


def test_an_unknown_step_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown relation step 'magic'"):
        relations.find_partnerships(annotated(tmp_path, "The ILO works with UNICEF."), "magic")


def test_an_instrument_word_split_in_two_is_read_back_at_the_same_offsets():
    text = "the ILO signed a contri bution agreement on a pro gress report"
    rejoined = relations._rejoined(text, "en")
    assert rejoined == "the ILO signed a contribution  agreement on a pro gress report"  # "progress" is no instrument word
    assert len(rejoined) == len(text)


def _rejoined_at_every_pair(text: str, language: str) -> str:
    """_rejoined as it read a text before _split_cue_word: every word pair tried."""
    words = relations._cue_words(language)
    pieces, last = [], 0
    for m in relations._WORD_PAIR.finditer(text):
        if m.start() < last:
            continue
        if (m.group(1) + m.group(2)).lower() in words and m.group(1).lower() not in words and m.group(2).lower() not in words:
            pieces.append(text[last: m.start()] + m.group(1) + m.group(2) + " ")
            last = m.end() + len(m.group(2))
    return "".join(pieces) + text[last:] if pieces else text


@pytest.mark.parametrize("language, text", [
    ("en", "Contri bution Agree ment with the ILO, a memo randum of under standing and contri bution bution"),
    ("en", "xcontri bution, contri  bution, contri bution2, co financed, coope ration coope ration, MEMO RANDUM"),
    ("en", "supported by the ILO: the programme was sup ported and finan ced by Sida"),
    ("fr", "un accord de coopé ration et un proto cole d'accord signés avec le BIT"),
    ("es", "un memorando de enten dimiento y un acuer do de coopera ción con la OIT"),
])
def test_rejoined_where_a_cue_word_may_be_split_is_rejoined_at_every_pair(language, text):
    assert relations._rejoined(text, language) == _rejoined_at_every_pair(text, language)


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


def test_training_labels_match_as_the_scorer_does(tmp_path):
    """A truth 'partnership' is matched by its finer instruments and a government named by its country is the
    country's party, as tests/zoo/score.py matches them: the labels the training script computes agree."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "zoo"))
    from train_relations import labelled_rows

    document = annotated(tmp_path, "In 2019 the Government of Norway and the ILO signed a partnership agreement on skills.")
    truth = {"organizations": [{"name": "International Labour Organization", "acronym": "ILO"},
                               {"name": "Government of Norway"}],
             "partnerships": [{"parties": ["Government of Norway", "ILO"], "instrument": "partnership", "year": 2019}]}
    rows, labels = labelled_rows(document, truth)
    agreement = [label for row, label in zip(rows, labels, strict=True)
                 if row[FEATURE_NAMES.index("cue_partnership_agreement")]]
    assert agreement == [1, 1]


def test_a_run_of_names_is_not_read_by_the_trees(tmp_path):
    from pipeline.relation_model import MAX_PARTIES

    names = ", ".join(["UNICEF", "UNDP", "the ILO", "FAO", "UNESCO", "WHO", "IOM", "UNHCR"] * 2)
    document = annotated(tmp_path, f"The programme thanks {names} and UN Women.")
    [read] = [r for r in relations.sentence_readings(document) if r.reading]
    assert len(read.reading.parties) > MAX_PARTIES
    assert candidate_rows(read) == []


def _governors(tmp_path, text: str, heading: str = "Partners", language: str = "en") -> dict[str, set[str]]:
    """Each party's governors (FEATURE_NAMES governed_*) over the candidate rows of ``text`` (read in ``language``)."""
    path = tmp_path / "brochure.txt"
    path.write_text(f"{heading}\n\n{text}\n", encoding="utf-8")
    document = find_entities(structure(layout(load(path)), "rules"))
    assert set(document.block_languages.values()) == {language}
    out: dict[str, set[str]] = {}
    for read in relations.sentence_readings(document):
        for _, party, row in candidate_rows(read):
            out.setdefault(party.name, set()).update(n for n, v in zip(FEATURE_NAMES, row, strict=True) if n.startswith("governed_") and v)
    return out


FRENCH = ("Partenaires", "Le Bureau international du Travail mène ce programme depuis 2019 avec ses mandants. ")
SPANISH = ("Socios", "La Organización Internacional del Trabajo ejecuta este programa desde 2019 con sus mandantes. ")


@pytest.mark.parametrize("language, text, place", [
    ("fr", "Le programme du BIT appuie les agences de recrutement en Tunisie et au Maroc.", "Tunisia"),
    ("fr", "Le programme du BIT appuie les agences de recrutement en Tunisie et au Maroc.", "Morocco"),
    ("fr", "Le projet est mis en œuvre avec le soutien de la Commission européenne dans le Sénégal rural.", "Senegal"),
    ("es", "El programa de la OIT apoya a las agencias de empleo en Bolivia y en el Perú.", "Peru"),
])
def test_a_country_after_a_french_or_spanish_locative_is_a_place(tmp_path, language, text, place):
    """fr/es instruments.json "locative": the constraint "a country after *in* is a place" reads en / au / dans / en el."""
    heading, opening = FRENCH if language == "fr" else SPANISH
    assert _governors(tmp_path, opening + text, heading, language)[place] == {"governed_locative"}


def test_an_agent_phrase_a_text_extractor_split_is_an_agent_cue(tmp_path):
    """The cue_agent feature reads the phrase as the rules matched it (rejoined, phrase_key): "with the sup port
    of" (pdfminer's text of a justified line) is "with the support of"."""
    rows = {}
    for text in ("The programme of the ILO runs with the support of Sida and UNICEF.",
                 "The programme of the ILO runs with the sup port of Sida and UNICEF."):
        document = annotated(tmp_path, text)
        rows[text] = [row[FEATURE_NAMES.index("cue_agent")] for read in relations.sentence_readings(document)
                      for _, _, row in candidate_rows(read)]
    whole, split = rows.values()
    assert whole == split and any(whole)


def test_probabilities_are_remembered_per_forest():
    """Two forests asked about the same row each give their own probability (a process that trains reads fresh trees)."""
    from pipeline.relation_model import _remembered_probability
    from pipeline.structure.labeller import Forest

    row = tuple(0.0 for _ in FEATURE_NAMES)
    low, high = Forest(-4.0, ()), Forest(4.0, ())  # no trees: the bias alone
    assert _remembered_probability(low, row) < 0.5 < _remembered_probability(high, row)
    assert _remembered_probability(low, row) < 0.5


@pytest.mark.parametrize("heading, text, year", [
    ("Partners", "UNICEF and the ILO signed a cooperation agreement on child labour. The workshop in 2021 trained 40 inspectors.", None),
    ("Partners", "UNICEF and the ILO signed a cooperation agreement on child labour. The signing took place in 2021.", 2021),
    ("Partenaires", "Le BIT et l'UNICEF ont signé un accord de coopération sur le travail des enfants. "
                    "La formation de 2021 a réuni quarante inspecteurs du travail.", None),
    ("Partenaires", "Le BIT et l'UNICEF ont signé un accord de coopération sur le travail des enfants. "
                    "Ce texte est entré en vigueur en 2019.", 2019),
])
def test_only_a_sentence_about_the_instrument_dates_the_one_before(tmp_path, monkeypatch, heading, text, year):
    """A sentence that opens "The …" / "La …" gives the year of the one before only when its opening names the
    instrument, its signing or its text (instruments.json connectors "tells_when_nouns")."""
    monkeypatch.setattr(relations, "DEFAULT_RELATION_STEP", "rules")
    [partnership] = extract_text(tmp_path, f"{heading}\n\n{text}\n").partnerships
    assert partnership.instrument == "cooperation_agreement" and partnership.year == year


def test_the_bank_is_split_by_passage_number_and_mapped_to_the_contracts_instruments():
    sys.path.insert(0, str(ROOT / "bench"))
    from bank_corpus import LANGUAGES, contract_instrument, held_out, passages

    for language in LANGUAGES:
        rows = passages(language)
        kept = [p for p in rows if held_out(p)]
        assert kept and len(kept) * 3 <= len(rows) + 2 and all(int(p["id"][-3:]) % 3 == 0 for p in kept)
    french = {"language": "fr", "text": "En 2021, la CCI et l'ONEF ont signé un accord de partenariat pour les apprentis."}
    assert contract_instrument(french, "partnership") == "partnership_agreement"
    assert contract_instrument({**french, "text": "La CCI et l'ONEF ont uni leurs forces en 2021."}, "partnership") == "partnership"
    assert contract_instrument(french, "funding") == "funding"


def test_a_bad_bank_line_is_refused_with_its_file_and_line(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "bench"))
    import bank_corpus

    (tmp_path / "en.jsonl").write_text('{"id": "bank7-en-001", "text": "x", "organizations": [], "partnerships": []}\n{"id": 2}\n',
                                       encoding="utf-8")
    monkeypatch.setattr(bank_corpus, "BANK", tmp_path)
    with pytest.raises(ValueError, match=r"en\.jsonl:2: not a bank passage"):
        bank_corpus.passages("en")


def _training():
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests" / "zoo"))
    import train_relations

    return train_relations


def test_the_shipped_trees_were_fitted_on_the_committed_training_set():
    """The model names the training set it was fitted on and its sha256: a set rebuilt (or edited) without
    retraining, or trees retrained from another set, fail here (make train-relations after
    --write-training-set writes both)."""
    recorded = data_file(MODEL_FILE)["training_set"]
    path = ROOT / recorded["file"]
    assert _training().file_digest(path) == recorded["sha256"]
    header, rows = _training().read_training_set(path)
    used = [label for document, label, _ in rows if document.split("/")[0] in recorded["corpora"]]
    assert (len(used), sum(used)) == (recorded["pairs"], recorded["positive"])


def test_make_train_relations_gives_the_shipped_trees_byte_for_byte(tmp_path):
    """Refitted from the committed set with the recorded seed and scikit-learn, the trees are the shipped file."""
    sklearn = pytest.importorskip("sklearn")
    shipped = data_file(MODEL_FILE)
    if sklearn.__version__ != shipped["scikit_learn"]:
        pytest.skip(f"the trees were fitted with scikit-learn {shipped['scikit_learn']}, this is {sklearn.__version__}")
    out = tmp_path / "relation_model.json"
    assert _training().main(["--seed", str(shipped["seed"]), "--no-held-out", "--model-out", str(out),
                             "--report", str(tmp_path / "report.json")]) == 0
    assert out.read_bytes() == (ROOT / "pipeline" / "data" / MODEL_FILE).read_bytes()


def test_a_bad_training_set_is_refused_with_its_file_and_line(tmp_path):
    training = _training()
    path = tmp_path / "set.jsonl"
    training.write_training_set([("corpus-phrasing/a.txt", 1, [0.0] * len(FEATURE_NAMES))], path, ["corpus-phrasing"], ["txt"])
    header, rows = training.read_training_set(path)
    assert rows == [("corpus-phrasing/a.txt", 1, [0.0] * len(FEATURE_NAMES))] and header["features"] == list(FEATURE_NAMES)
    path.write_text(path.read_text(encoding="utf-8") + '["corpus-phrasing/b.txt", 1, [0, 1]]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"set\.jsonl, line 3: a label of 0 or 1 and \d+ features expected"):
        training.read_training_set(path)
    with pytest.raises(ValueError, match=r"missing\.jsonl: no training set"):
        training.read_training_set(tmp_path / "missing.jsonl")


@pytest.mark.parametrize("text", [
    "The ILO and UNDP published a guide to loans for small firms in 2021.",
    "SMEs trained by the ILO can apply for loans at the Development Bank of Southern Africa (DBSA).",
    "The ILO and the World Bank compared loan schemes for women in 2020.",
])
def test_a_loan_named_in_passing_is_no_funding(tmp_path, text):
    """A loan is a funding cue only as one: "a loan from", "loans to", "loan agreement" ("un prêt", "préstamo del"),
    not the word in a title or a scheme's name (and in French "prêt à" is "ready to")."""
    assert summary(extract_text(tmp_path, f"Partners\n\n{text}\n")) == []


@pytest.mark.parametrize("language, text, expected", [
    ("en", "In 2021 the African Development Bank granted a loan to the ILO.", ["AfDB", "ILO"]),
    ("en", "A loan from the Development Bank of Southern Africa (DBSA) has financed the ILO project since 2021.", ["DBSA", "ILO"]),
])
def test_a_loan_said_as_one_is_a_funding(tmp_path, language, text, expected):
    heading = {"en": "Partners", "fr": "Nos partenaires", "es": "Nuestros socios"}[language]
    found = summary(extract_text(tmp_path, f"{heading}\n\n{text}\n"))
    assert [(instrument, sorted(parties), year) for instrument, parties, year in found] == [("funding", sorted(expected), 2021)]
