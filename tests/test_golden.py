"""Each sample's record is exactly its golden file. On failure the message is a readable diff;
`make golden` rewrites the files when a change is meant."""

from __future__ import annotations

import pytest

from tests.golden_files import current_json, golden_path, readable_diff, sample_files


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.name)
def test_record_matches_golden_file(sample):
    target = golden_path(sample)
    assert target.exists(), f"no golden file {target.name}: run `make golden` and read it before committing"
    expected = target.read_text(encoding="utf-8")
    actual = current_json(sample)
    if actual != expected:
        pytest.fail(f"{sample.name} differs from its golden file:\n{readable_diff(expected, actual, target.name)}")
