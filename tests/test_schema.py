"""The committed JSON Schema is the one the models generate, and validation catches bad records."""

from __future__ import annotations

import copy
import json
import re

import pytest
from jsonschema import Draft202012Validator

from pipeline.build import record_json_data
from pipeline.record import SCHEMA_MAJOR, SCHEMA_VERSION, as_record
from pipeline.schema import SCHEMA_ID, RecordInvalid, generate_schema, schema_text, validate_record
from tests.conftest import ROOT, sample_record

COMMITTED = ROOT / "schemas" / "brochure-record.schema.json"
RECORDS = ROOT / "tests" / "fixtures" / "records"


def test_committed_schema_matches_the_models():
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), "run `make schema` and commit schemas/"


def test_schema_is_draft_2020_12_with_a_versioned_id():
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID == f"urn:brochure-pipeline:schema:brochure-record:{SCHEMA_VERSION}"
    Draft202012Validator.check_schema(schema)


def test_the_changelog_lists_every_version_since_1_0_0():
    changelog = (ROOT / "schemas" / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+) \(", changelog, flags=re.MULTILINE)
    assert versions[0] == SCHEMA_VERSION and versions[-1] == "1.0.0"
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    assert {"1.0.0", "1.1.0", "1.2.0", "2.0.0"} <= set(versions)


@pytest.mark.parametrize("version", ["2.0.0", "2.1.0", "2.7.2"])
def test_a_record_of_any_minor_version_of_its_major_validates(version):
    """A registry's older records still validate: schema_version accepts every minor of its major."""
    record = sample_record("partnerships-for-decent-work.txt").model_dump(mode="json")
    validate_record({**record, "schema_version": version})


@pytest.mark.parametrize("fixture", sorted(RECORDS.glob("*.json")), ids=lambda p: p.name)
def test_a_committed_record_of_an_earlier_minor_of_this_major_still_validates(fixture):
    """tests/fixtures/records/<version>.json are records as that version wrote them, frozen: each of
    this major must stay valid against today's schema (a new minor may only add)."""
    data = json.loads(fixture.read_text(encoding="utf-8"))
    assert data["schema_version"] == fixture.stem
    if int(fixture.stem.split(".")[0]) == SCHEMA_MAJOR:
        validate_record(data)
    else:  # the previous major: not valid against this schema, but the tools still read it
        with pytest.raises(RecordInvalid, match="schema_version"):
            validate_record(data)
        assert as_record(data).schema_version == fixture.stem


def test_the_fixtures_hold_this_version_and_the_last_of_the_previous_major():
    assert {p.stem for p in RECORDS.glob("*.json")} >= {SCHEMA_VERSION, "1.2.0"}


@pytest.mark.parametrize("version", ["1.2.0", "3.0.0", "2.0", "v2.1.0"])
def test_a_record_of_another_major_version_does_not(version):
    record = sample_record("partnerships-for-decent-work.txt").model_dump(mode="json")
    with pytest.raises(RecordInvalid):
        validate_record({**record, "schema_version": version})


def test_every_object_forbids_unknown_fields():
    schema = generate_schema()
    objects = [schema, *schema["$defs"].values()]
    assert all(o.get("additionalProperties") is False for o in objects if o.get("type") == "object")


def test_a_good_record_validates(reference):
    validate_record(record_json_data(reference))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda r: r.pop("title"), "(record)"),
        (lambda r: r.update(surprise=1), "(record)"),
        (lambda r: r["sections"][0].update(level=0), "sections[0].level"),
        (lambda r: r["contacts"][0].update(email="not an email"), "contacts[0].email"),
        (lambda r: r["links"][0].update(url="not a uri"), "links[0].url"),
        (lambda r: r["source"].update(sha256="xyz"), "source.sha256"),
    ],
    ids=["missing-title", "unknown-field", "bad-level", "bad-email", "bad-url", "bad-sha"],
)
def test_validation_names_the_failing_field(reference, mutate, field):
    data = copy.deepcopy(record_json_data(reference))
    mutate(data)
    with pytest.raises(RecordInvalid) as caught:
        validate_record(data)
    assert caught.value.field == field


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: None,
        lambda r: r["sections"][0]["bullets"].append({"id": "S1", "text": "x", "marker": "•"}),
        lambda r: r["entities"]["countries"][0].update(iso_alpha2="kr"),
        lambda r: r["entities"]["years"][0].update(value=99),
        lambda r: r["partnerships"][0].update(parties=[]),
        lambda r: r["partnerships"][0].update(instrument="handshake"),
        lambda r: r["source"].update(page_count=-1),
        lambda r: r["links"][0].update(url="www.no-scheme.org"),
        lambda r: r["contacts"][0].update(email="a@b"),
    ],
)
def test_fast_and_reference_validators_agree(reference, mutate):
    """Records are checked with jsonschema-rs for speed; jsonschema is the reference. They must agree."""
    from pipeline.schema import _fast_validator, _validator

    data = copy.deepcopy(record_json_data(reference))
    mutate(data)
    assert _fast_validator().is_valid(data) == _validator().is_valid(data)


def test_the_schema_command_prints_the_version(capsys):
    from pipeline.cli import main

    assert main(["schema", "--version"]) == 0
    assert capsys.readouterr().out == f"{SCHEMA_VERSION}\n"
