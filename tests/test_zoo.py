"""The brochure zoo: the scorer's own tests, and the regression gate over a fixed subset of the zoo
(tests/zoo/gate.json; rewrite its baseline with `bench/eval.py --write-baseline`)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

ZOO = Path(__file__).resolve().parent / "zoo"
sys.path.insert(0, str(ZOO))
sys.path.insert(0, str(ZOO.parent.parent / "bench"))

from score import CATEGORIES, f1s, record_from_truth, score  # noqa: E402

CORPUS = ZOO / "corpus"
TOLERANCE = 0.02


def full_truth():
    """A truth with something in every category."""
    return {
        "id": "unit", "producer": "unit", "family": "unit", "title": "Green Jobs for Viet Nam",
        "headings": [{"text": "Why it matters", "level": 1, "upper": True}, {"text": "Our work", "level": 1},
                     {"text": "A closer look", "level": 2}, {"text": "Contact", "level": 1}],
        "bullets": [{"text": "Skills for solar energy", "level": 1, "heading": "Our work"},
                    {"text": "in rural areas first", "level": 2, "heading": "Our work"},
                    {"text": "Safe work in recycling", "level": 1, "heading": "Our work"}],
        "paragraphs": ["The International Labour Organization (ILO) promotes decent work.",
                       "In 2019, the ILO and the United Nations Development Programme (UNDP) signed a memorandum "
                       "of understanding to create green jobs."],
        "tables": [{"header_rows": [["Indicator", "Viet Nam"]], "rows": [["Green jobs created", "700"], ["Trainees", "300"]]}],
        "furniture": ["Decent Work Brief", "Page 1 of 2", "Decent Work Brief", "Page 2 of 2"],
        "quotes": [{"text": "Safety is not a cost.", "speaker": "Bui Van Hai"}],
        "contacts": [{"name": "Tran Thi Lan", "email": "lan@ilo.org", "phone": "+66 2 288 17 17"}],
        "links": ["https://www.ilo.org/topics/green-jobs"],
        "organizations": [{"name": "International Labour Organization", "acronym": "ILO"},
                          {"name": "United Nations Development Programme", "acronym": "UNDP"}],
        "countries": ["VN"], "years": [2019],
        "partnerships": [{"parties": ["ILO", "UNDP"], "instrument": "memorandum_of_understanding", "year": 2019}],
        "ignore": [], "credits": [],
    }


def test_a_record_equal_to_the_truth_scores_one_everywhere():
    t = full_truth()
    scores = f1s(score(record_from_truth(t), t))
    assert scores == {c: 1.0 for c in CATEGORIES}


def test_typography_and_case_are_tolerated_but_not_missing_words():
    t = full_truth()
    rec = record_from_truth(t)
    rec.title = "GREEN JOBS FOR VIET NAM"
    rec.sections[0].paragraphs[0].text = "The International Labour Organiza-\ntion  (ILO)\npromotes decent work."
    rec.quotes[0].text = "“Safety is not a cost.”"
    rec.sections[1].heading = "2. OUR WORK"
    assert f1s(score(rec, t)) == {c: 1.0 for c in CATEGORIES}
    rec.sections[0].paragraphs[0].text = "The International Labour Organization (ILO) promotes work."
    assert f1s(score(rec, t))["paragraphs"] < 1.0


def test_each_planted_defect_lowers_only_its_own_category():
    t = full_truth()
    defects = {
        "headings": lambda r: setattr(r.sections[0], "heading", None),
        "countries": lambda r: setattr(r.entities.countries[0], "iso_alpha2", "KH"),
        "bullets": lambda r: setattr(r.sections[1].bullets[1], "level", 1),
        "tables": lambda r: r.tables[0].rows.pop(),
        "furniture": lambda r: r.furniture.pop(),
        "quotes": lambda r: setattr(r.quotes[0], "speaker", None),
        "contacts": lambda r: setattr(r.contacts[0], "email", "someone@ilo.org"),
        "links": lambda r: setattr(r.links[0], "url", "https://www.ilo.org/other"),
        "years": lambda r: r.entities.years.append(type(r.entities.years[0])(value=2020)),
        "title": lambda r: setattr(r, "title", "Decent Work Brief"),
        "partnerships": lambda r: setattr(r.partnerships[0], "year", 2018),
        "organizations": lambda r: r.entities.organizations.pop(1),
    }
    for category, plant in defects.items():
        rec = record_from_truth(t)
        plant(rec)
        scores = f1s(score(rec, copy.deepcopy(t)))
        assert scores[category] < 1.0, category
        assert {c: v for c, v in scores.items() if c != category and not (category == "organizations" and c == "partnerships")} == \
            {c: 1.0 for c in CATEGORIES if c != category and not (category == "organizations" and c == "partnerships")}, category


def test_furniture_kept_as_content_counts_against_furniture():
    t = full_truth()
    rec = record_from_truth(t)
    rec.sections[0].paragraphs.append(type(rec.sections[0].paragraphs[0])(id="zz", text="Page 1 of 2"))
    scores = f1s(score(rec, t))
    assert scores["furniture"] < 1.0


def _gate():
    p = ZOO / "gate.json"
    return json.loads(p.read_text()) if p.exists() else None


@pytest.mark.skipif(_gate() is None or "baseline" not in (_gate() or {}), reason="no gate baseline (bench/eval.py --write-baseline)")
def test_regression_gate():
    gate = _gate()
    missing = [d for d in gate["documents"] if not (CORPUS / f"{d}.truth.json").exists()]
    if missing:
        pytest.skip(f"zoo documents missing (run `make zoo`): {missing[:3]}")
    import eval as zoo_eval

    results = zoo_eval.evaluate(gate["documents"], jobs=2)
    failures = []
    for kind, base in gate["baseline"].items():
        now = zoo_eval.aggregate([r for r in results if r["kind"] == kind])
        for cat, b in base.items():
            if b is None:
                continue
            v = (now[cat] or {}).get("f1") or 0.0
            if v < b - TOLERANCE:
                fell = [f"{r['document']}.{kind} {gate['documents_baseline'].get(r['document'] + '.' + kind, {}).get(cat)}"
                        f" -> {r['scores'][cat]}" for r in results if r["kind"] == kind and r["scores"][cat] is not None
                        and r["scores"][cat] < (gate["documents_baseline"].get(r["document"] + "." + kind, {}).get(cat) or 0) - 1e-9]
                failures.append(f"{kind} {cat}: {v:.3f} < baseline {b:.3f} - {TOLERANCE}; documents that fell: {', '.join(fell) or '?'}")
    assert not failures, "\n".join(failures)
