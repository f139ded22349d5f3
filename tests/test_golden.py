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


def test_a_failing_golden_test_says_what_changed_in_words():
    import json

    from tests.golden_files import GOLDEN

    expected = (GOLDEN / "youth-employment-pacific.json").read_text(encoding="utf-8")
    record = json.loads(expected)
    record["sections"][1]["heading"] = "Key figures"
    message = readable_diff(expected, json.dumps(record, indent=2, ensure_ascii=False) + "\n", "youth-employment-pacific.json")
    assert message.startswith("In words:\n  heading renamed: 'Key facts' -> 'Key figures'\n")
    assert '-      "heading": "Key facts",' in message
