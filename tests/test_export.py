"""Flat exports (pipeline/export.py): CSV tables a registry loads into SQLite and joins on the ids,
Parquet with the same rows, JSON-LD that a JSON-LD processor reads as schema.org."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.build import record_to_json
from pipeline.cli import main
from pipeline.errors import UsageError
from pipeline.export import TABLES, export, read_records, table_rows
from tests.conftest import ROOT, sample_record

SAMPLES = ["partnerships-for-decent-work.txt", "youth-employment-pacific.txt", "migrant-workers-factsheet.pdf",
           "safe-work-garments-bangladesh.txt"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """An output folder as `brochure extract` leaves it: one record per sample and records.jsonl."""
    folder = tmp_path_factory.mktemp("outputs")
    records = [sample_record(name) for name in SAMPLES]
    for name, record in zip(SAMPLES, records, strict=True):
        (folder / f"{name}.json").write_text(record_to_json(record), encoding="utf-8")
    (folder / "records.jsonl").write_text("".join(json.dumps(json.loads(record_to_json(r))) + "\n" for r in records), encoding="utf-8")
    return folder


def _load_sqlite(folder: Path) -> sqlite3.Connection:
    """Every CSV of ``folder`` as a table of an in-memory SQLite database, as a registry would."""
    db = sqlite3.connect(":memory:")
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            db.execute(f"CREATE TABLE {path.stem} ({', '.join(header)})")
            db.executemany(f"INSERT INTO {path.stem} VALUES ({', '.join('?' * len(header))})",
                           [[cell if cell != "" else None for cell in row] for row in reader])
    return db


def test_csv_loads_into_sqlite_and_joins_partnerships_to_parties_to_organizations(batch, tmp_path):
    export(read_records([batch]), tmp_path, "csv")
    db = _load_sqlite(tmp_path)
    rows = db.execute("""
        SELECT p.record_id, p.partnership_id, p.instrument, p.year,
               GROUP_CONCAT(q.ref, ' | '), GROUP_CONCAT(COALESCE(o.name, c.name, q.name), ' | '), COUNT(*)
        FROM partnerships p
        JOIN parties q ON q.record_id = p.record_id AND q.partnership_id = p.partnership_id
        LEFT JOIN organizations o ON o.record_id = q.record_id AND o.organization_id = q.ref
        LEFT JOIN countries c ON c.record_id = q.record_id AND 'country:' || c.iso_alpha2 = q.ref
        GROUP BY p.record_id, p.partnership_id ORDER BY p.record_id, p.partnership_id""").fetchall()
    records = [sample_record(name) for name in SAMPLES]
    assert len(rows) == sum(len(r.partnerships) for r in records) > 10  # one row per partnership
    expected = {(r.record_id, p.id): p for r in records for p in r.partnerships}
    for record_id, partnership_id, instrument, year, refs, names, parties in rows:
        partnership = expected[(record_id, partnership_id)]
        assert instrument == partnership.instrument and (year and int(year)) == partnership.year
        # (GROUP_CONCAT's order is SQLite's to choose)
        assert sorted(refs.split(" | ")) == sorted(party.ref for party in partnership.parties) and parties == len(partnership.parties)
        assert None not in names.split(" | ")
    # every organization party joins to its organization row: no party is left without one
    orphans = db.execute("""SELECT q.ref FROM parties q LEFT JOIN organizations o
                            ON o.record_id = q.record_id AND o.organization_id = q.ref
                            WHERE q.ref LIKE 'org:%' AND o.organization_id IS NULL""").fetchall()
    assert orphans == []
    adb = [row for row in rows if "org:adb" in row[4].split(" | ") and row[2] == "memorandum_of_understanding" and row[3] == "2002"]
    assert len(adb) == 1 and "Asian Development Bank" in adb[0][5] and "International Labour Organization" in adb[0][5]


def test_every_table_has_its_documented_header_and_mentions_point_into_the_records(batch, tmp_path):
    written = export(read_records([batch]), tmp_path, "csv")
    assert sorted(p.stem for p in written) == sorted(TABLES)
    for path in written:
        with path.open(encoding="utf-8", newline="") as handle:
            assert next(csv.reader(handle)) == [c.name for c in TABLES[path.stem]]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, columns in TABLES.items():
        assert f"`{name}`" in readme and all(f"`{c.name}`" in readme for c in columns), f"README: the columns of {name}"
    db = _load_sqlite(tmp_path)
    assert db.execute("SELECT COUNT(*) FROM records").fetchone()[0] == len(SAMPLES)
    mentions = db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
    assert mentions == sum(len(e.mentions) for name in SAMPLES for group in sample_record(name).entities
                           for e in group[1])


def test_the_export_is_the_same_bytes_every_time(batch, tmp_path):
    records = read_records([batch])
    for to in ("csv", "jsonld"):
        first = {p.name: p.read_bytes() for p in export(records, tmp_path / f"{to}-1", to)}
        second = {p.name: p.read_bytes() for p in export(records, tmp_path / f"{to}-2", to)}
        assert first == second


_READ_PARQUET = """
import json, sys
import pyarrow.parquet as pq
from pipeline.export import TABLES, export, read_records
export(read_records([sys.argv[1]]), sys.argv[2], "parquet")
tables = {name: pq.read_table(f"{sys.argv[2]}/{name}.parquet") for name in TABLES}
print(json.dumps({name: {"columns": t.column_names, "types": [str(f.type) for f in t.schema], "rows": t.to_pylist()}
                  for name, t in tables.items()}))
"""


def test_parquet_holds_the_same_rows_with_types(batch, tmp_path):
    """Run in a child process: importing pyarrow reserves so much address space that the batch
    tests' workers, forked from this process under a memory cap, could no longer allocate."""
    if importlib.util.find_spec("pyarrow") is None:
        pytest.skip("the Parquet export needs the optional pyarrow")
    child = subprocess.run([sys.executable, "-c", _READ_PARQUET, str(batch), str(tmp_path)], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    tables = json.loads(child.stdout)
    rows = table_rows(read_records([batch]))
    for name, columns in TABLES.items():
        assert tables[name]["columns"] == [c.name for c in columns]
        assert tables[name]["types"] == [{"str": "string", "int": "int64", "bool": "bool"}[c.type] for c in columns]
        assert tables[name]["rows"] == rows[name]


def test_jsonld_expands_to_schema_org(batch, tmp_path):
    jsonld = pytest.importorskip("pyld.jsonld")
    [path] = export(read_records([batch]), tmp_path, "jsonld")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == json.loads((ROOT / "schemas" / "brochure-context.jsonld").read_text(encoding="utf-8"))
    nodes = {node["@id"]: node for node in jsonld.expand(document)}
    schema = "https://schema.org/"
    works = [n for n in nodes.values() if f"{schema}CreativeWork" in n["@type"]]
    assert len(works) == len(SAMPLES)
    reference = nodes["urn:brochure-pipeline:brochure:" + sample_record(SAMPLES[0]).record_id.removeprefix("brochure:")]
    assert reference[f"{schema}name"] == [{"@value": "Partnerships for Decent Work"}]
    assert {"@id": "urn:brochure-pipeline:org:adb"} in reference[f"{schema}mentions"]
    assert all(f"{schema}DefinedTerm" in t["@type"] for t in reference[f"{schema}about"])
    ilo = nodes["urn:brochure-pipeline:org:ilo"]
    assert f"{schema}Organization" in ilo["@type"]
    assert ilo[f"{schema}sameAs"] == [{"@id": "https://www.wikidata.org/wiki/Q54129"}]
    assert any(v[f"{schema}value"] == [{"@value": "XM-DAC-41302"}] for v in ilo[f"{schema}identifier"])
    korea = nodes["urn:brochure-pipeline:country:KR"]
    assert f"{schema}Country" in korea["@type"]
    assert {"@value": "KR"} in [v[f"{schema}value"][0] for v in korea[f"{schema}identifier"]]
    partnerships = [n for n in nodes.values() if "urn:brochure-pipeline:vocab:Partnership" in n["@type"]]
    assert len(partnerships) == sum(len(sample_record(name).partnerships) for name in SAMPLES)


def test_a_record_of_the_previous_major_exports_too(tmp_path):
    old = ROOT / "tests" / "fixtures" / "records" / "1.2.0.json"
    [record] = read_records([old])
    rows = table_rows([record])
    assert rows["records"][0]["schema_version"] == "1.2.0" and rows["records"][0]["work_key"] is None
    assert len(rows["partnerships"]) == len(record.partnerships) > 0


def test_bad_inputs_are_errors_naming_the_file(tmp_path):
    with pytest.raises(UsageError, match="no records"):
        read_records([tmp_path])
    with pytest.raises(UsageError, match="no such file"):
        read_records([tmp_path / "missing"])
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UsageError, match=r"broken\.json: not JSON"):
        read_records([tmp_path / "broken.json"])
    record = json.loads(record_to_json(sample_record(SAMPLES[0])))
    record["partnerships"][0]["instrument"] = "handshake"
    (tmp_path / "bad.json").write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(UsageError, match=r"bad\.json: not a valid brochure record: invalid at partnerships\[0\]\.instrument"):
        read_records([tmp_path / "bad.json"])


def test_the_export_command(batch, tmp_path, capsys):
    assert main(["export", str(batch), "--to", "csv", "-o", str(tmp_path / "csv"), "-q"]) == 0
    assert (tmp_path / "csv" / "partnerships.csv").is_file()
    assert main(["export", str(tmp_path / "nothing-here"), "--to", "csv", "-o", str(tmp_path / "x")]) == 2
    assert "nothing-here: no such file or folder" in capsys.readouterr().err


def test_extract_with_export_writes_the_tables_beside_the_records(tmp_path):
    source = tmp_path / "in" / "youth.txt"
    source.parent.mkdir()
    source.write_text((ROOT / "samples" / "youth-employment-pacific.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(source), "-o", str(out), "--export", "csv", "-q", "--workers", "1"]) == 0
    with (out / "export" / "records.csv").open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    record = json.loads((out / "youth.json").read_text(encoding="utf-8"))
    assert row["record_id"] == record["record_id"] and row["work_key"] == record["publication"]["work_key"]
