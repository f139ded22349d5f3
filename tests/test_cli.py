"""The command line, run as users run it: exit statuses, one-line errors, files written."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from pipeline.cli import main
from tests.conftest import ROOT, SAMPLES


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


def test_extract_writes_a_valid_record_per_brochure(tmp_path):
    out = tmp_path / "out"
    inputs = [str(SAMPLES / "partnerships-for-decent-work.txt"), str(SAMPLES / "youth-employment-pacific.txt")]
    status = main(["extract", *inputs, "-o", str(out), "-q"])
    assert status == 0
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == ["manifest.json", "partnerships-for-decent-work.json", "youth-employment-pacific.json"]
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Partnerships for Decent Work", "Decent Jobs for Pacific Youth"]
    records = [p for p in out.glob("*.json") if p.name != "manifest.json"]
    assert main(["validate", *map(str, records), str(out / "records.jsonl")]) == 0


def test_records_whose_text_holds_unicode_line_separators_validate_and_export(tmp_path, capsys):
    # JSON may hold U+2028, U+2029 and U+0085 raw inside a string (records.jsonl is written with
    # ensure_ascii=False): records.jsonl is split at "\\n" only, not where str.splitlines splits
    text = (SAMPLES / "youth-employment-pacific.txt").read_text(encoding="utf-8")
    cut = text.index(". ", 800)
    source = tmp_path / "separators.txt"
    source.write_text(text[:cut + 1] + "\u2028" + text[cut + 2:].replace(", ", ",\u0085", 1).replace(". ", ".\u2029", 1),
                      encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(source), str(SAMPLES / "partnerships-for-decent-work.txt"), "-o", str(out), "-q"]) == 0
    jsonl = (out / "records.jsonl").read_text(encoding="utf-8")
    assert jsonl.count("\n") == 2 and "\u2028" in jsonl  # two records, the separator kept raw in the first
    capsys.readouterr()
    assert main(["validate", str(out / "records.jsonl")]) == 0
    assert capsys.readouterr().err.strip().endswith("2 valid, 0 invalid or unreadable, in 1 file")
    assert main(["export", str(out), "--to", "csv", "-o", str(tmp_path / "csv"), "-q"]) == 0
    with (tmp_path / "csv" / "records.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(handle))) == 3  # the header and both records


def test_python_dash_m_runs_the_same_cli():
    result = run_cli("--help")
    assert result.returncode == 0 and "extract" in result.stdout


def test_missing_path_is_a_one_line_usage_error(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.pdf"), "-o", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "nope.pdf" in result.stderr and "Traceback" not in result.stderr


def test_folder_without_brochures_is_a_usage_error(tmp_path):
    (tmp_path / "notes.md").write_text("hello")
    result = run_cli("extract", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "no .pdf or .txt" in result.stderr


def test_an_empty_file_fails_alone_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text((SAMPLES / "partnerships-for-decent-work.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("extract", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "[empty]" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "out" / "good.json").exists() and not (tmp_path / "out" / "empty.json").exists()


def test_validate_names_the_failing_field(tmp_path, reference):
    data = reference.model_dump(mode="json")
    data["quotes"][0]["speaker"] = 42
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("validate", str(bad))
    assert result.returncode == 1
    assert "quotes[0].speaker" in result.stderr


def test_schema_command_prints_the_committed_schema():
    result = run_cli("schema")
    assert result.returncode == 0
    assert result.stdout == (ROOT / "schemas" / "brochure-record.schema.json").read_text(encoding="utf-8")


def test_no_command_is_bad_usage():
    assert run_cli().returncode == 2


def test_diff_command_exit_statuses(tmp_path):
    golden = ROOT / "tests" / "golden" / "partnerships-for-decent-work.json"
    same = run_cli("diff", str(golden), str(golden))
    assert same.returncode == 0
    changed = json.loads(golden.read_text(encoding="utf-8"))
    changed["sections"][5]["heading"] = "Further reading"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(changed), encoding="utf-8")
    result = run_cli("diff", str(golden), str(edited))
    assert result.returncode == 1 and "heading renamed: 'Resources' -> 'Further reading'" in result.stdout
    assert run_cli("diff", str(golden), str(tmp_path / "missing.json")).returncode == 2


def test_report_command_writes_an_index_and_a_page(tmp_path):
    result = run_cli("report", str(ROOT / "tests" / "golden" / "partnerships-for-decent-work.json"), "-o", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "index.html").exists() and (tmp_path / "partnerships-for-decent-work.html").exists()
