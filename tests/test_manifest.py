"""The manifest model (pipeline/manifest.py) holds what the batch runner writes."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from pipeline.batch import BatchOptions, Outcome, run_batch
from pipeline.inputs import gather_inputs
from pipeline.manifest import ManifestEntry, ManifestError, read_manifest
from tests.conftest import SAMPLES


def test_every_field_the_batch_writes_is_in_the_model():
    assert {f.name for f in fields(Outcome)} == set(ManifestEntry.model_fields)


def test_a_written_manifest_reads_back(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "brochure.txt").write_text((SAMPLES / "youth-employment-pacific.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "page.html").write_text("<html><body>x</body></html>", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")
    inputs = gather_inputs([str(folder)])
    run_batch(inputs.brochures, tmp_path / "out", BatchOptions(), set_aside=inputs.set_aside, hidden=inputs.hidden)
    manifest = read_manifest(tmp_path / "out" / "manifest.json")
    raw = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [entry.model_dump() for entry in manifest.documents] == raw["documents"]
    assert manifest.hidden_left_out == 1 and [d.status for d in manifest.documents] == ["ok", "skipped"]
    assert manifest.documents[1].file_type == "html_page"


def test_a_bad_manifest_is_an_error_naming_it(tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ManifestError, match="manifest.json: not JSON"):
        read_manifest(path)
    path.write_text('{"documents": 3}', encoding="utf-8")
    with pytest.raises(ManifestError, match="not a manifest: invalid at documents"):
        read_manifest(path)
