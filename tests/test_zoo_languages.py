"""The zoo's French and Spanish documents (tests/zoo/corpus-fr, corpus-es): their truth keeps the
zoo's promises, the generator writes them in the language, and eval scores them per language."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ZOO = Path(__file__).resolve().parent / "zoo"
sys.path.insert(0, str(ZOO))
sys.path.insert(0, str(ZOO.parent.parent / "bench"))

LANGUAGE_CORPORA = {"fr": ZOO / "corpus-fr", "es": ZOO / "corpus-es"}


def _truths(language):
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LANGUAGE_CORPORA[language].glob("*.truth.json"))]


@pytest.mark.parametrize("language", sorted(LANGUAGE_CORPORA))
def test_each_language_has_its_documents_in_several_producers_and_families(language):
    truths = _truths(language)
    if not truths:
        pytest.skip(f"no {language} zoo documents (make zoo)")
    assert 15 <= len(truths) <= 25
    assert all(t["language"] == language and t["id"].startswith(f"{language}-") for t in truths)
    assert len({t["producer"] for t in truths}) >= 3 and len({t["family"] for t in truths}) >= 10
    assert len({t["content_family"] for t in truths}) >= 4
    # small: tens of kB a document (its views included)
    size = sum(p.stat().st_size for p in LANGUAGE_CORPORA[language].iterdir())
    assert size / len(truths) < 100_000


@pytest.mark.parametrize("language", sorted(LANGUAGE_CORPORA))
def test_the_truth_follows_the_data_files_and_names_known_bodies_in_english_too(language):
    from content_lang import BANKS, known_to_data

    truths = _truths(language)
    if not truths:
        pytest.skip(f"no {language} zoo documents (make zoo)")
    orgs = [o for t in truths for o in t["organizations"]]
    assert all(o["known_to_data"] == known_to_data(o["name"]) for o in orgs)
    assert sum(not o["known_to_data"] for o in orgs) >= 20 and sum(o["known_to_data"] for o in orgs) >= 20
    english = {b[3] for b in BANKS[language]["orgs"].values() if b[3]}
    assert all(o.get("aliases", [None])[0] in english for o in orgs if o["known_to_data"])
    phrasings = {p["phrasing"] for t in truths for p in t["partnerships"]}
    assert {"signed", "multi-party", "between", "funded-by", "contribution-agreement"} <= phrasings
    # every party is a body of the document's truth, by its printed acronym or name
    for t in truths:
        printed = {x for o in t["organizations"] for x in (o["name"], o["acronym"]) if x}
        assert all(party in printed for p in t["partnerships"] for party in p["parties"]), t["id"]


def test_the_generator_writes_french_brochures_with_the_languages_strings(tmp_path, monkeypatch):
    pytest.importorskip("reportlab")
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    import generate

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    generate.main(["--language", "fr", "--producers", "reportlab", "--per-family", "1", "--out", str(tmp_path), "--seed", "3"])
    index = json.loads((tmp_path / "index.json").read_text())
    assert len(index["documents"]) >= 4
    for doc in index["documents"]:
        truth = json.loads((tmp_path / f"{doc}.truth.json").read_text(encoding="utf-8"))
        text = (tmp_path / f"{doc}.txt").read_text(encoding="utf-8")
        assert truth["language"] == "fr" and doc.startswith("fr-")
        assert re.search(r"\b(?:les|des|pour)\b", text) and not re.search(r"\bPage \d of\b", text)
        assert not any(" of " in line for line in truth["furniture"])  # "Page 1 sur 2", never "Page 1 of 2"


def test_eval_scores_each_language_apart_and_keeps_the_english_headline():
    import eval as zoo_eval

    assert zoo_eval.corpus_of("fr-rl-report-00") == zoo_eval.LANGUAGE_CORPORA["fr"]
    assert zoo_eval.corpus_of("rl-report-00") == zoo_eval.CORPUS
    results = [{"document": d, "producer": "reportlab", "family": "rl-report", "content_family": "x", "kind": "pdf", "view": "pdf",
                "language": lang, "tagged": False, "features": [], "error": None, "scores": {c: 1.0 for c in zoo_eval.CATEGORIES},
                "counts": {c: [1, 0, 0] for c in zoo_eval.CATEGORIES}, "parts": {}}
               for d, lang in (("rl-report-00", "en"), ("fr-rl-report-00", "fr"))]
    results[1]["counts"]["organizations"] = [0, 1, 1]
    summary = zoo_eval.summarize(["rl-report-00", "fr-rl-report-00"], results, [])
    assert summary["documents"] == 1 and summary["language_documents"] == {"en": 1, "fr": 1}
    assert summary["by_kind"]["pdf"]["organizations"]["f1"] == 1.0
    assert summary["by_language"]["fr"]["pdf"]["organizations"]["f1"] == 0.0
    assert summary["by_language_family"]["fr"]["rl-report"]["title"]["f1"] == 1.0


def test_a_body_matches_the_truth_by_the_name_the_brochure_prints_it_under(tmp_path):
    """A blind truth names the ILO as printed ("Organisation internationale du Travail", "OIT") and
    has no English alias; the record names it canonically and keeps the printed names in its mentions."""
    from score import score

    from tests.conftest import extract_text

    record = extract_text(tmp_path, "Nos partenaires\n\nDans les pays de la région, la plupart des travailleurs n'ont aucune "
                                    "protection sociale. En 2019, l'Organisation internationale du Travail (OIT) et la Fondation "
                                    "Sahel Avenir ont signé un protocole d'accord pour former les jeunes.\n")
    truth = {"title": None, "headings": [], "bullets": [], "paragraphs": [], "tables": [], "furniture": [], "quotes": [], "contacts": [],
             "links": [], "countries": [], "years": [2019],
             "organizations": [{"name": "Organisation internationale du Travail", "acronym": "OIT"},
                               {"name": "Fondation Sahel Avenir", "acronym": None}],
             "partnerships": [{"parties": ["OIT", "Fondation Sahel Avenir"], "instrument": "memorandum_of_understanding", "year": 2019}]}
    assert {o.name for o in record.entities.organizations} == {"International Labour Organization", "Fondation Sahel Avenir"}
    counts = score(record, truth)
    assert (counts["organizations"].tp, counts["organizations"].fp, counts["organizations"].fn) == (2, 0, 0)
    assert (counts["partnerships"].tp, counts["partnerships"].fp, counts["partnerships"].fn) == (1, 0, 0)
