"""The registry's own organizations (``--organizations FILE``): merged over the shipped data for a
run, recognised like the shipped ones, their ids in the records and exports; a bad file is a clear
error."""

from __future__ import annotations

import json
import stat

import pytest

import pipeline
from pipeline.batch import BatchOptions, run_batch
from pipeline.errors import UsageError
from pipeline.export import read_records, table_rows
from pipeline.registry import load_registry_organizations, use_registry_organizations

BROCHURE = ("Skills for the Pacific\n\nThe Pacific Islands Employers Network (PIEN) and the ILO signed a "
            "memorandum of understanding in 2021 on apprenticeships. The Kiribati Chamber of Commerce supports it.\n")

REGISTRY_CSV = """id,name,acronym,variants,kind,country
REG-0001,International Labour Organization,ILO,,un_agency,
REG-0042,Pacific Islands Employers Network,PIEN,Pacific Employers Network,employers_organization,FJ
REG-0043,Kiribati Chamber of Commerce,KCC,Kiribati Chamber of Commerce and Industry,employers_organization,ki
"""


@pytest.fixture
def registry_list(tmp_path):
    """A registry file in use for one test; the shipped data alone again after it."""
    path = tmp_path / "registry.csv"
    path.write_text(REGISTRY_CSV, encoding="utf-8")
    yield path
    use_registry_organizations(None)


def test_registry_bodies_are_recognised_and_carry_the_registry_ids(tmp_path, registry_list):
    without = _extract(tmp_path, "before.txt")
    assert not any(o.id.startswith("org:registry:") for o in without.entities.organizations)
    use_registry_organizations(registry_list)
    record = _extract(tmp_path, "after.txt")
    by_id = {o.id: o for o in record.entities.organizations}
    pien = by_id["org:registry:reg-0042"]
    assert (pien.name, pien.acronym, pien.kind, pien.country, pien.known) == (
        "Pacific Islands Employers Network", "PIEN", "employers_organization", "FJ", True)
    assert pien.identifiers.registry == "REG-0042"
    assert by_id["org:ilo"].identifiers.registry == "REG-0001"  # a shipped body keeps its id and gains the registry's
    assert by_id["org:registry:reg-0043"].country == "KI"  # found by its name, as shipped bodies are
    [mou] = [p for p in record.partnerships if p.instrument == "memorandum_of_understanding"]
    assert sorted(p.ref for p in mou.parties) == ["org:ilo", "org:registry:reg-0042"]


def test_a_batch_with_a_registry_list_exports_the_registry_ids(tmp_path, registry_list):
    source = tmp_path / "in" / "pacific.txt"
    source.parent.mkdir()
    source.write_text(BROCHURE, encoding="utf-8")
    result = run_batch([source], tmp_path / "out", BatchOptions(organizations=registry_list))
    assert [o.status for o in result.outcomes] == ["ok"]
    rows = table_rows(read_records([tmp_path / "out"]))["organizations"]
    assert {r["organization_id"]: r["registry_id"] for r in rows if r["registry_id"]} == {
        "org:ilo": "REG-0001", "org:registry:reg-0042": "REG-0042", "org:registry:reg-0043": "REG-0043"}


def test_the_list_may_be_json(tmp_path):
    path = tmp_path / "registry.json"
    path.write_text(json.dumps({"organizations": [{"registry_id": "X1", "name": "Tonga Workers Union", "variants": ["TWU"]}]}),
                    encoding="utf-8")
    [body] = load_registry_organizations(path)
    assert (body.id, body.name, body.variants, body.kind) == ("X1", "Tonga Workers Union", ["TWU"], "other")


@pytest.mark.parametrize(("content", "message"), [
    ("id,name,kind\nR1,Some Body,charity\n", r"registry\.csv: line 2: kind: Input should be 'un_agency'"),
    ("id,name,country\nR1,Some Body,Fiji\n", r"line 2: country: String should match pattern"),
    ("id,name\nR1,One Body\nR1,Another Body\n", r"line 3: the id 'R1' is given twice \(also line 2\)"),
    ("id,name\nREG 1,One Body\nreg-1,Another Body\n", r"line 3: the id 'reg-1' is given twice \(also line 2\), as 'REG 1'"),
    ("id,acronym\nR1,OB\n", r"the CSV header must name the columns id \(or registry_id\) and name"),
    ("id,name\nR1,\n", r"line 2: name: Field required"),
    ("id,name\n", r"lists no organization"),
    ('[{"id": "R1"}]', r"registry\.csv: item 1: name: Field required"),
    ('{"organizations": 3}', r"expected a list of organizations"),
    ('[{"id": "R1", "name": "A", "colour": "red"}]', r"item 1: colour: Extra inputs are not permitted"),
    ("[not json", r"not JSON"),
])
def test_a_bad_list_is_an_error_naming_the_file_the_line_and_the_reason(tmp_path, content, message):
    path = tmp_path / "registry.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_registry_organizations(path)


def test_a_bad_list_stops_the_batch_before_any_work(tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text("id,name,kind\nR1,Some Body,charity\n", encoding="utf-8")
    with pytest.raises(UsageError, match="registry.csv"):
        run_batch([tmp_path / "none.txt"], tmp_path / "out", BatchOptions(organizations=path))
    assert not (tmp_path / "out").exists()


def test_the_cli_reports_a_bad_list_with_exit_status_2(tmp_path, capsys):
    from pipeline.cli import main

    path = tmp_path / "registry.csv"
    path.write_text("id,name\nR1,One\nR1,Two\n", encoding="utf-8")
    brochure = tmp_path / "b.txt"
    brochure.write_text(BROCHURE, encoding="utf-8")
    assert main(["extract", str(brochure), "-o", str(tmp_path / "out"), "--organizations", str(path), "-q"]) == 2
    assert "given twice" in capsys.readouterr().err
    assert stat.S_ISREG(brochure.stat().st_mode)


def _extract(tmp_path, name: str):
    path = tmp_path / name
    path.write_text(BROCHURE, encoding="utf-8")
    return pipeline.extract(path)
