"""What an editor should check (pipeline/review.py): each check alone, the stage over a record, the
flag an editor's correction clears, and the report and exports that filter on it."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.corrections import CorrectionsFile, apply_corrections
from pipeline.export import export
from pipeline.record import BrochureRecord
from pipeline.report import record_attention, render_organizations, render_partnerships, render_record
from pipeline.review import ORGANIZATION_CHECKS, PARTNERSHIP_CHECKS, review_context, with_review
from tests.conftest import GOLDEN, sample_record

AT = "2026-12-01T10:00:00Z"


def golden(name: str) -> BrochureRecord:
    return BrochureRecord.model_validate_json((GOLDEN / name).read_text(encoding="utf-8"))


def mekong() -> BrochureRecord:
    """A text brochure with two organizations found by their shape, one of them a party of a letter
    of intent (the Social Security Office of Thailand)."""
    return sample_record("social-protection-mekong.txt").model_copy(deep=True)  # the sample's record is shared


def sso_letter(record: BrochureRecord):
    return next(p for p in record.partnerships if p.instrument == "letter_of_intent")


def test_an_organization_not_in_the_data_and_the_partnership_it_is_party_to_need_review():
    record = mekong()
    unknown = [o for o in record.entities.organizations if not o.known]
    assert unknown and all(o.review == ["found_by_pattern"] and o.needs_review for o in unknown)
    assert all(not o.needs_review and o.review == [] for o in record.entities.organizations if o.known)
    letter = sso_letter(record)
    assert letter.review == ["party_not_in_data"] and letter.needs_review
    # the same record, the office now known (a registry's list names it): nothing asks for a look
    sso = next(party.ref for party in letter.parties if party.ref in {o.id for o in unknown})
    for organization in record.entities.organizations:
        if organization.id == sso:
            organization.known = True
    reviewed = with_review(record)
    assert sso_letter(reviewed).review == [] and not sso_letter(reviewed).needs_review


def test_a_year_printed_in_the_evidence_but_not_given_to_the_partnership_asks_for_a_look():
    record = sample_record("partnerships-for-decent-work.txt").model_copy(deep=True)
    dated = next(p for p in record.partnerships if p.year is not None)
    context = review_context(record)
    assert not PARTNERSHIP_CHECKS["year_not_attached"](dated, context)
    dated.year = None  # as if the relation rule had missed it
    assert PARTNERSHIP_CHECKS["year_not_attached"](dated, context)
    # a partnership whose evidence names no year is not asked about: the brochure left it unsaid
    for year in record.entities.years:
        year.mentions = [m for m in year.mentions if m.block not in {e.block for e in dated.evidence}]
    assert not PARTNERSHIP_CHECKS["year_not_attached"](dated, review_context(record))


def test_names_on_a_page_read_by_ocr_need_review_and_the_text_layer_s_do_not():
    scan, text_layer = golden("green-jobs-leaflet-scan.pdf.json"), golden("green-jobs-leaflet.pdf.json")
    assert scan.entities.organizations and all("read_by_ocr" in o.review for o in scan.entities.organizations)
    assert all("read_by_ocr" in p.review for p in scan.partnerships)
    assert not any(o.needs_review for o in text_layer.entities.organizations)
    assert not any(p.needs_review for p in text_layer.partnerships)


def test_checks_run_one_by_one_and_every_registered_one_is_in_the_record_contract():
    record = mekong()
    only_years = with_review(record, checks=frozenset({"year_not_attached"}))
    assert not any(o.needs_review for o in only_years.entities.organizations)
    assert not sso_letter(only_years).needs_review
    reason_names = set(BrochureRecord.model_json_schema()["$defs"]["Organization"]["properties"]["review"]["items"]["enum"])
    assert set(ORGANIZATION_CHECKS) | set(PARTNERSHIP_CHECKS) == reason_names


def test_the_reasons_come_from_the_record_alone_so_a_record_read_back_gets_the_same():
    for name in ("social-protection-mekong.json", "green-jobs-leaflet-scan.pdf.json", "partnerships-for-decent-work.json"):
        record = golden(name)
        again = with_review(record.model_copy(deep=True))
        assert again == record, name


def corrections(sha256: str, *entries: dict) -> CorrectionsFile:
    return CorrectionsFile.model_validate({"source_sha256": sha256, "corrections": [
        {"by": "a.editor", "at": AT, **entry} for entry in entries]})


def test_a_correction_clears_the_flag_and_keeps_the_reasons():
    record = mekong()
    letter = sso_letter(record)
    unknown = [o for o in record.entities.organizations if not o.known]
    fixed = apply_corrections(record, corrections(
        record.source.sha256,
        {"op": "set", "target": letter.id, "field": "year", "value": 2019},
        {"op": "set", "target": unknown[0].id, "field": "id", "value": "org:found:renamed-office"},
    ))
    assert all(c.applied for c in fixed.corrections)
    corrected = sso_letter(fixed)
    assert corrected.review == ["party_not_in_data"] and not corrected.needs_review
    renamed = next(o for o in fixed.entities.organizations if o.id == "org:found:renamed-office")
    assert renamed.review == ["found_by_pattern"] and not renamed.needs_review
    untouched = [o for o in fixed.entities.organizations if not o.known and o.id != "org:found:renamed-office"]
    assert untouched and all(o.needs_review for o in untouched)
    # an editor may also set the flag itself, either way
    flagged = apply_corrections(record, corrections(
        record.source.sha256, {"op": "set", "target": letter.id, "field": "needs_review", "value": False}))
    assert not sso_letter(flagged).needs_review
    asked = apply_corrections(golden("partnerships-for-decent-work.json"), corrections(
        record.source.sha256, {"op": "set", "target": record.partnerships[0].id, "field": "needs_review", "value": True}))
    assert not any(p.needs_review for p in asked.partnerships)  # another brochure's id: not applied, reported
    assert asked.corrections[0].applied is False


def test_the_report_and_the_exports_say_what_needs_review(tmp_path: Path):
    record = mekong()
    assert "1 partnership to review" in record_attention(record)
    assert "partnership to review" not in " ".join(record_attention(golden("partnerships-for-decent-work.json")))
    page = render_record(record, "mekong.json")
    assert '<span class="review">party not in data</span>' in page
    assert '<span class="review">found by pattern</span>' in page
    pages = {"mekong.html": (record, "mekong.json"),
             "reference.html": (golden("partnerships-for-decent-work.json"), "reference.json")}
    partnerships = render_partnerships(pages)
    assert partnerships.count('data-review="1"') == 1
    assert partnerships.count('data-review="0"') == len(record.partnerships) - 1 + len(pages["reference.html"][0].partnerships)
    assert 'data-attr="review"' in partnerships and 'data-attr="review"' in render_organizations(pages)
    export([record], tmp_path, "csv")
    with (tmp_path / "partnerships.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["needs_review"], row["review"]) for row in rows if row["partnership_id"] == sso_letter(record).id] == [
        ("true", "party_not_in_data")]
