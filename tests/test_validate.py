"""`brochure validate`: folders and many files, manifests set aside, every error of every file."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pipeline.validate import check_paths, validate_command
from tests.conftest import GOLDEN


def _good() -> dict:
    return json.loads((GOLDEN / "partnerships-for-decent-work.json").read_text(encoding="utf-8"))


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    (folder / "sub").mkdir(parents=True)
    good = _good()
    (folder / "good.json").write_text(json.dumps(good), encoding="utf-8")
    bad = _good()
    bad["title"] = 5
    bad["quotes"][0]["speaker"] = 42
    (folder / "sub" / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps({"pipeline_version": "0.1.0", "documents": []}), encoding="utf-8")
    (folder / "settings.json").write_text(json.dumps({"theme": "dark"}), encoding="utf-8")
    (folder / "records.jsonl").write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not looked at", encoding="utf-8")
    return folder


def test_every_file_of_a_folder_and_every_error_of_every_record(tmp_path):
    folder = _folder(tmp_path)
    run = check_paths([str(folder), str(tmp_path / "gone.json")])
    results = {Path(c.where).name: c.problems for c in run.checked}
    assert set(results) == {"gone.json", "broken.json", "good.json", "records.jsonl:1", "records.jsonl:3", "bad.json"}
    assert results["good.json"] == [] and results["records.jsonl:1"] == []
    assert [where for where, _ in results["bad.json"]] == ["quotes[0].speaker", "title"]  # both, not the first only
    assert results["records.jsonl:3"] == results["bad.json"]
    assert results["broken.json"][0][1].startswith("not JSON") and results["gone.json"] == [(None, "no such file or folder")]
    assert sorted(note.split(": ")[0].rsplit("/", 1)[-1] for note in run.notes) == ["manifest.json", "settings.json"]
    assert run.summary() == "2 valid, 4 invalid or unreadable, in 6 files; 2 set aside (not records)"


def test_the_command_prints_every_error_and_a_summary(tmp_path):
    folder = _folder(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert validate_command([str(folder)], stdout=out, stderr=err) == 1
    errors = err.getvalue()
    assert f"{folder.as_posix()}/sub/bad.json: invalid at quotes[0].speaker: " in errors
    assert f"{folder.as_posix()}/sub/bad.json: invalid at title: " in errors
    assert "manifest.json: skipped: a batch manifest" in errors and errors.rstrip().endswith("set aside (not records)")
    assert f"{folder.as_posix()}/good.json: valid" in out.getvalue()


def test_all_valid_is_0_and_nothing_to_check_is_2(tmp_path):
    (tmp_path / "good.json").write_text(json.dumps(_good()), encoding="utf-8")
    assert validate_command([str(tmp_path)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert validate_command([str(empty)], stdout=io.StringIO(), stderr=io.StringIO()) == 2
