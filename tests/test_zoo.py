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


def test_a_tagline_in_capitals_is_other_truth_and_a_url_printed_without_scheme_matches():
    t = full_truth()
    t["ignore"] = ["Jobs, rights and dialogue"]
    t["links"] = ["www.ilo.org/topics/green-jobs"]  # as a brochure prints it
    rec = record_from_truth(full_truth())
    rec.sections[0].paragraphs.append(rec.sections[0].paragraphs[0].model_copy(update={"text": "JOBS, RIGHTS AND DIALOGUE"}))
    scores = f1s(score(rec, t))
    assert scores["paragraphs"] == 1.0 and scores["links"] == 1.0
    rec.sections[0].paragraphs[-1].text = "JOBS, RIGHTS AND PAY"
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


def test_a_body_printed_under_two_names_is_one_organization_and_one_party():
    t = full_truth()
    t["organizations"].append({"name": "Ministry of Labour of Ghana", "acronym": None, "known_to_data": False,
                               "aliases": ["Ghana Ministry of Labour"]})
    t["partnerships"].append({"parties": ["ILO", "Ministry of Labour of Ghana"], "instrument": "letter_of_intent", "year": 2020,
                              "phrasing": "two-sentence"})
    rec = record_from_truth(t)
    assert f1s(score(rec, t))["organizations"] == 1.0
    ministry = rec.entities.organizations[-1]
    ministry.name = "Ghana Ministry of Labour"  # the other order: the same body
    rec.partnerships[-1].parties[1].name = "Ghana Ministry of Labour"
    scores = f1s(score(rec, t))
    assert scores["organizations"] == 1.0 and scores["partnerships"] == 1.0
    ministry.name = "Ghana Ministry of Finance"
    assert f1s(score(rec, t))["organizations"] < 1.0


def test_an_office_the_record_names_as_a_unit_of_its_body_matches_a_truth_body_listed_apart():
    t = full_truth()
    t["organizations"].append({"name": "ILO Country Office for Viet Nam", "acronym": None, "known_to_data": None})
    rec = record_from_truth(t)
    rec.entities.organizations = [o for o in rec.entities.organizations if o.name != "ILO Country Office for Viet Nam"]
    assert score(rec, t)["organizations"].fn == 1
    ilo = next(o for o in rec.entities.organizations if o.acronym == "ILO")
    ilo.units = ["ILO Country Office for Viet Nam"]
    counts = score(rec, t)["organizations"]
    assert (counts.fn, counts.fp) == (0, 0)
    ilo.units = ["ILO Country Office for Cambodia"]
    assert score(rec, t)["organizations"].fn == 1


def test_a_country_standing_for_its_government_is_a_party():
    t = full_truth()
    t["partnerships"] = [{"parties": ["country:NO", "ILO"], "instrument": "funding", "year": 2016, "phrasing": "through-donor"}]
    rec = record_from_truth(t)
    assert f1s(score(rec, t))["partnerships"] == 1.0
    rec.partnerships[0].parties[0].iso_alpha2 = "SE"
    rec.partnerships[0].parties[0].ref = "country:SE"
    assert f1s(score(rec, t))["partnerships"] == 0.0


def test_a_government_the_truth_names_by_its_country_is_the_country_the_record_names():
    # blind writers list "Government of Canada" / "gouvernement de la Norvège" as the party; the record's
    # contract writes the country (``country:XX``) where the brochure prints it
    from pipeline import record as R

    for truth_name, printed in (("Government of Norway", "Norway"), ("gouvernement de la Norvège", "Norvège"),
                                ("Gobierno de Noruega", "Noruega"), ("Norvège", "Norvège")):
        t = full_truth()
        t["countries"] = ["NO"]
        t["partnerships"] = [{"parties": [truth_name, "ILO"], "instrument": "funding", "year": 2016}]
        rec = record_from_truth(t)
        rec.entities.countries = [R.Country(name="Norway", iso_alpha2="NO", iso_alpha3="NOR",
                                            mentions=[R.Mention(block="b1", start=0, end=len(printed), text=printed)])]
        rec.partnerships[0].parties[0] = R.Party(ref="country:NO", name="Norway", iso_alpha2="NO")
        assert f1s(score(rec, t))["partnerships"] == 1.0, truth_name
        rec.entities.countries[0].mentions[0].text = "Sweden"  # a country the brochure does not print so is no match
        assert f1s(score(rec, t))["partnerships"] == 0.0, truth_name


def test_a_truth_that_names_only_the_kind_partnership_is_matched_by_a_finer_partnership():
    t = full_truth()
    t["partnerships"] = [{"parties": ["ILO", "UNDP"], "instrument": "partnership", "year": 2019}]
    rec = record_from_truth(t)
    for finer in ("partnership_agreement", "public_private_partnership"):
        rec.partnerships[0].instrument = finer
        assert f1s(score(rec, t))["partnerships"] == 1.0
    rec.partnerships[0].instrument = "memorandum_of_understanding"
    assert f1s(score(rec, t))["partnerships"] == 0.0
    t["partnerships"][0]["instrument"] = "partnership_agreement"  # (a finer truth still asks for its own)
    rec.partnerships[0].instrument = "partnership"
    assert f1s(score(rec, t))["partnerships"] == 0.0


def test_finer_counts_split_organizations_by_the_data_and_partnerships_by_phrasing():
    t = full_truth()
    t["organizations"][1]["known_to_data"] = False
    t["partnerships"][0]["phrasing"] = "signed"
    t["partnerships"].append({"parties": ["ILO", "UNDP"], "instrument": "funding", "year": 2021, "phrasing": "table-row"})
    rec = record_from_truth(t)
    rec.partnerships.pop()  # the table row's partnership is missed
    rec.entities.organizations.pop(1)  # and the body the data does not list
    counts = score(rec, t)
    assert counts["partnerships@signed"].as_list() == [1, 0, 0]
    assert counts["partnerships@table-row"].as_list() == [0, 0, 1]
    assert counts["organizations@unknown"].as_list() == [0, 0, 1]


# ------------------------------------------------------------------ the committed corpus keeps its promises
def _truths():
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.truth.json"))]


needs_corpus = pytest.mark.skipif(not (CORPUS / "index.json").exists(), reason="no zoo corpus (make zoo)")


@needs_corpus
def test_the_corpus_has_its_producers_views_and_design_features():
    truths = _truths()
    per_producer = {}
    for t in truths:
        per_producer[t["producer"]] = per_producer.get(t["producer"], 0) + 1
        for view, name in (("pdf-untagged", ".untagged.pdf"), ("txt-pdfminer", ".pdfminer.txt")):
            assert (view in t["variants"]) == (CORPUS / f"{t['id']}{name}").exists(), (t["id"], view)
    assert len(truths) >= 150 and len(per_producer) >= 5 and min(per_producer.values()) >= 20, per_producer
    assert len({t["family"] for t in truths}) >= 20
    views = [v for t in truths for v in t["variants"]]
    assert views.count("pdf-untagged") >= 20 and views.count("txt-pdfminer") >= len(truths) // 4
    design = [t["design"] for t in truths]
    features = {
        "small caps": sum(d["small_caps"] for d in design), "letter-spaced": sum(d["letter_spaced"] for d in design),
        "run-in": sum(any(h.get("run_in") for h in t["headings"]) for t in truths),
        "symbol-font bullets": sum(d["list_style"] in ("zapf", "dings", "pifont") for d in design),
        "vector bullets": sum(d["list_style"] == "vector" for d in design), "➢": sum(d["list_style"] == "➢" for d in design),
        "footnotes": sum(bool(t["footnotes"]) for t in truths), "decks": sum(bool(t["decks"]) for t in truths),
        "taglines": sum(bool(t["taglines"]) for t in truths), "justified": sum(d["justify"] for d in design),
        "unruled tables": sum(d["table_rules"] == "none" and bool(t["tables"]) for d, t in zip(design, truths, strict=True)),
    }
    assert min(features.values()) >= 5, features
    broken = [u for t in truths for u in t["links_broken_at_hyphen"]]
    assert len(broken) >= 10 and all("-" in u for u in broken)


@needs_corpus
def test_an_untagged_copy_has_no_tree_and_the_same_text():
    import pikepdf
    import pypdfium2

    t = next(t for t in _truths() if "pdf-untagged" in t["variants"])

    def text(path):
        doc = pypdfium2.PdfDocument(str(path))
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]

    with pikepdf.open(CORPUS / f"{t['id']}.pdf") as orig, pikepdf.open(CORPUS / f"{t['id']}.untagged.pdf") as copy:
        assert "/StructTreeRoot" in orig.Root and "/StructTreeRoot" not in copy.Root and "/MarkInfo" not in copy.Root
    assert text(CORPUS / f"{t['id']}.untagged.pdf") == text(CORPUS / f"{t['id']}.pdf")


@needs_corpus
def test_entity_truth_follows_the_data_files_and_every_partnership_has_a_phrasing():
    from content import known_to_data

    truths = _truths()
    orgs = [o for t in truths for o in t["organizations"]]
    assert all(o["known_to_data"] == known_to_data(o["name"], o.get("acronym")) for o in orgs)
    assert sum(not o["known_to_data"] for o in orgs) >= 100
    phrasings = {p["phrasing"] for t in truths for p in t["partnerships"]}
    assert {"multi-party", "through-donor", "under-named-agreement", "contribution-agreement", "two-sentence", "table-row"} <= phrasings
    assert any(len(p["parties"]) >= 3 for t in truths for p in t["partnerships"])
    assert any(o.get("aliases") for o in orgs)  # a ministry printed in both orders


@needs_corpus
def test_a_footnote_marker_is_printed_glued_to_its_word_and_kept_out_of_the_truth():
    for t in _truths():
        for f in t["footnotes"]:
            assert f["paragraph"] in t["paragraphs"] and f["printed"] not in t["paragraphs"]
            assert f"{f['after']}{f['marker']}" in f["printed"]


def _gate():
    p = ZOO / "gate.json"
    return json.loads(p.read_text()) if p.exists() else None


@pytest.mark.skipif(_gate() is None or "baseline" not in (_gate() or {}), reason="no gate baseline (bench/eval.py --write-baseline)")
def test_regression_gate():
    gate = _gate()
    import eval as zoo_eval

    missing = [d for d in gate["documents"] if not (zoo_eval.corpus_of(d) / f"{d}.truth.json").exists()]
    if missing:
        pytest.skip(f"zoo documents missing (run `make zoo`): {missing[:3]}")

    results = zoo_eval.evaluate(gate["documents"], jobs=2)
    failures = []
    for kind, base in gate["baseline"].items():  # "txt" (English), "txt@fr", "txt@es", …
        view, _, language = kind.partition("@")
        results_of_kind = [r for r in results if r["view"] == view and r["language"] == (language or "en")]
        now = zoo_eval.aggregate(results_of_kind)
        for cat, b in base.items():
            if b is None:
                continue
            v = (now[cat] or {}).get("f1") or 0.0
            if v < b - TOLERANCE:
                fell = [f"{r['document']}.{view} {gate['documents_baseline'].get(r['document'] + '.' + view, {}).get(cat)}"
                        f" -> {r['scores'][cat]}" for r in results_of_kind if r["scores"][cat] is not None
                        and r["scores"][cat] < (gate["documents_baseline"].get(r["document"] + "." + view, {}).get(cat) or 0) - 1e-9]
                failures.append(f"{kind} {cat}: {v:.3f} < baseline {b:.3f} - {TOLERANCE}; documents that fell: {', '.join(fell) or '?'}")
    assert not failures, "\n".join(failures)


# ------------------------------------------------------------------ the generator itself (reportlab only: fast, no browser)
def test_the_generator_renders_checks_and_writes_every_view(tmp_path, monkeypatch):
    pytest.importorskip("reportlab")
    pytest.importorskip("fontTools")
    pytest.importorskip("pikepdf")
    import shutil

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    import generate

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # what main() sets, undone after the test
    monkeypatch.setenv("FORCE_SOURCE_DATE", "1")
    generate.main(["--producers", "reportlab", "--per-family", "2", "--out", str(tmp_path), "--pdfminer-every", "2"])
    index = json.loads((tmp_path / "index.json").read_text())
    assert len(index["documents"]) >= 8 and index["variants"]["txt-pdfminer"] >= 4
    for doc in index["documents"]:
        truth = json.loads((tmp_path / f"{doc}.truth.json").read_text(encoding="utf-8"))
        text = (tmp_path / f"{doc}.txt").read_text(encoding="utf-8")
        assert generate.check_truth(truth, text) == [] or generate.check_truth(truth, generate.pdfium_text(tmp_path / f"{doc}.pdf")) == []
        assert not truth["tagged"] and "pdf-untagged" not in truth["variants"]  # reportlab writes no structure tree
    # the same seed draws the same documents
    again = tmp_path / "again"
    generate.main(["--producers", "reportlab", "--per-family", "2", "--out", str(again), "--pdfminer-every", "2"])
    for doc in index["documents"]:
        assert (again / f"{doc}.truth.json").read_bytes() == (tmp_path / f"{doc}.truth.json").read_bytes()
        assert (again / f"{doc}.txt").read_bytes() == (tmp_path / f"{doc}.txt").read_bytes()


def test_the_truth_check_catches_a_string_the_rendering_lost():
    import generate

    truth = {"title": "Green Jobs", "headings": [{"text": "Our work", "level": 1}], "bullets": [], "links": [],
             "paragraphs": ["The programme trained 300 young people in solar installation."], "tables": [], "quotes": [],
             "contacts": [], "furniture": ["Page 1"], "credits": []}
    printed = "Green Jobs\nOur work\nThe programme trained 300 young peo-\nple in solar installation.\nPage 1\n"
    assert generate.check_truth(truth, printed) == []
    clipped = printed.replace(" in solar installation.", "")
    assert generate.check_truth(truth, clipped) == ["The programme trained 300 young people in solar installation."]


# ------------------------------------------------------------------ families written after the fitting
def test_an_extra_family_draws_its_tiles_and_leaves_the_zoos_draws_alone():
    import random

    import generate
    from content import compose

    assert "html-tiles" not in generate.FAMILIES["chromium"]  # the committed corpus's seeds are drawn without it
    plain = generate.draw_design(random.Random(3), "html-cards")
    assert "figures" not in plain
    rng = random.Random(3)
    tiles = generate.draw_design(rng, "html-tiles")
    assert {k: v for k, v in tiles.items() if k not in ("family", "figures", "deck", "banner", "upper", "small_caps", "letter_spaced")} == \
        {k: v for k, v in plain.items() if k not in ("family", "deck", "banner", "upper", "small_caps", "letter_spaced")}
    assert len(tiles["figures"]) == 3 and tiles["deck"] and tiles["upper"]
    content = compose(rng, long_list=tiles["long_list"])
    truth = generate.build_truth("html-tiles-00", "chromium", "html-tiles", 3, content, tiles)
    assert all(figure in truth["ignore"] and label in truth["ignore"] for figure, label in tiles["figures"])
    html = generate.render_html(content, tiles)
    assert all(f"<b>{figure}</b>" in html for figure, _ in tiles["figures"]) and "class='card'" in html


def test_the_corpus_of_extra_families_is_there_with_its_truth():
    folder = ZOO / "corpus-designs"
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert index["documents"] and all((folder / f"{doc}.pdf").exists() and (folder / f"{doc}.txt").exists() for doc in index["documents"])
    for doc in index["documents"]:
        truth = json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))
        assert truth["family"] == "html-tiles" and truth["decks"] and truth["headings"]
