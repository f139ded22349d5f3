"""Corrections that survive re-extraction (pipeline/corrections.py and `brochure extract --corrections`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.corrections import CorrectionsFile, apply_corrections, corrections_path, read_corrections
from pipeline.errors import BrochureError
from pipeline.record import all_sections
from pipeline.schema import validate_record
from tests.conftest import SAMPLES, sample_record

AT = "2026-12-01T10:00:00Z"


def corrections(sha256: str, *entries: dict) -> CorrectionsFile:
    return CorrectionsFile.model_validate({"source_sha256": sha256, "corrections": [
        {"by": "a.editor", "at": AT, **entry} for entry in entries]})


def test_a_heading_an_organization_s_id_and_a_missed_partnership_are_corrected(reference):
    ilo_adb = next(p for p in reference.partnerships if {party.ref for party in p.parties} >= {"org:ilo", "org:adb"})
    heading = all_sections(reference.sections)[1]
    missed = {"id": "rx", "name": "ILO/IFC cooperation", "instrument": "cooperation_agreement",
              "parties": [{"ref": "org:ilo", "name": "International Labour Organization"},
                          {"ref": "org:ifc", "name": "International Finance Corporation"}],
              "evidence": [{"block": ilo_adb.evidence[0].block, "text": ilo_adb.evidence[0].text}]}
    fixed = apply_corrections(reference, corrections(
        reference.source.sha256,
        {"op": "set", "target": heading.id, "field": "heading", "value": "A better heading", "note": "cut in the PDF"},
        {"op": "set", "target": "org:adb", "field": "id", "value": "org:asian-development-bank"},
        {"op": "set", "target": "org:ilo", "field": "identifiers.wikidata", "value": "Q54129"},
        {"op": "add", "target": "partnerships", "value": missed},
    ))
    assert all_sections(fixed.sections)[1].heading == "A better heading"
    assert all_sections(reference.sections)[1].heading == heading.heading  # the input is not changed
    assert "org:asian-development-bank" in {o.id for o in fixed.entities.organizations}
    assert {party.ref for p in fixed.partnerships for party in p.parties} >= {"org:asian-development-bank"}
    assert "org:adb" not in {party.ref for p in fixed.partnerships for party in p.parties}  # the parties follow the rename
    assert fixed.partnerships[-1].name == "ILO/IFC cooperation"
    assert [(c.op, c.target, c.applied, c.by, c.at) for c in fixed.corrections] == [
        ("set", heading.id, True, "a.editor", AT), ("set", "org:adb", True, "a.editor", AT),
        ("set", "org:ilo", True, "a.editor", AT), ("add", "partnerships", True, "a.editor", AT)]
    assert fixed.corrections[0].note == "cut in the PDF" and fixed.warnings == reference.warnings
    validate_record(fixed.model_dump(mode="json"))
    # the mentions in the corrected heading that no longer fit its words are gone; the others stay
    for organization in fixed.entities.organizations:
        for mention in organization.mentions:
            if mention.block == heading.id:
                assert "A better heading"[mention.start:mention.end] == mention.text


def test_a_correction_whose_target_is_gone_is_reported_not_dropped(reference):
    quote = reference.quotes[0].id
    fixed = apply_corrections(reference, corrections(
        reference.source.sha256,
        {"op": "set", "target": "s99", "field": "heading", "value": "x"},
        {"op": "remove", "target": quote},
        {"op": "set", "target": "record", "field": "title", "value": 42},
        {"op": "set", "target": "org:ilo", "field": "mentions", "value": []},
    ))
    applied = [(c.target, c.applied) for c in fixed.corrections]
    assert applied == [("s99", False), (quote, True), ("record", False), ("org:ilo", False)]
    assert "s99 is not in the record" in fixed.corrections[0].problem
    assert "the value does not fit" in fixed.corrections[2].problem and fixed.title == reference.title
    assert [w for w in fixed.warnings if w.startswith("correction ")] == [
        f"correction {n} ({what}, by a.editor) was not applied: {fixed.corrections[n - 1].problem}"
        for n, what in ((1, "set s99 heading"), (3, "set record title"), (4, "set org:ilo mentions"))]
    assert quote not in {q.id for q in fixed.quotes}


def test_a_bad_corrections_file_is_an_error_naming_it(tmp_path):
    sha = "a" * 64
    path = corrections_path(tmp_path, sha)
    assert read_corrections(tmp_path, sha) == (None, None)
    path.write_text('{"source_sha256": "' + sha + '", "corrections": [{"op": "set", "target": "s1"}]}', encoding="utf-8")
    with pytest.raises(BrochureError, match=r"invalid at corrections\[0\]\.by") as caught:
        read_corrections(tmp_path, sha)
    assert caught.value.code == "bad_corrections" and caught.value.path == path.as_posix()
    path.write_text(json.dumps({"source_sha256": "b" * 64}), encoding="utf-8")
    with pytest.raises(BrochureError, match="not the brochure's"):
        read_corrections(tmp_path, sha)


def test_extract_applies_the_fix_on_every_run_and_resume_redoes_a_changed_one(tmp_path):
    source = tmp_path / "in" / "brochure.txt"
    source.parent.mkdir()
    shutil.copy(SAMPLES / "partnerships-for-decent-work.txt", source)
    record = sample_record("partnerships-for-decent-work.txt")
    folder = tmp_path / "corrections"
    folder.mkdir()
    fix = {"source_sha256": record.source.sha256, "corrections": [
        {"op": "set", "target": "record", "field": "publisher", "value": "ILO ROAP", "by": "a.editor", "at": AT}]}
    corrections_path(folder, record.source.sha256).write_text(json.dumps(fix), encoding="utf-8")
    out = tmp_path / "out"
    args = ["extract", str(source), "-o", str(out), "-w", "1", "-q", "--corrections", str(folder)]
    for _ in range(2):  # a re-run (a new pipeline version would do the same) keeps the fix
        assert main(args) == 0
        written = json.loads((out / "brochure.json").read_text(encoding="utf-8"))
        assert written["publisher"] == "ILO ROAP" and written["corrections"][0]["applied"] is True
    fix["corrections"][0]["value"] = "ILO Regional Office"
    corrections_path(folder, record.source.sha256).write_text(json.dumps(fix), encoding="utf-8")
    assert main([*args, "--resume"]) == 0
    assert json.loads((out / "brochure.json").read_text(encoding="utf-8"))["publisher"] == "ILO Regional Office"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][0]["status"] == "ok" and manifest["documents"][0]["corrections"]
    Path(corrections_path(folder, record.source.sha256)).write_text("{", encoding="utf-8")
    assert main(args) == 1
    failed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"][0]
    named = corrections_path(folder, record.source.sha256).as_posix()
    assert failed["code"] == "bad_corrections" and failed["message"].startswith(f"its corrections file {named} is not JSON")
