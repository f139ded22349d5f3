"""Output files are readable by other users: 0666 less the umask, for every file a batch writes."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline.files import json_lines, write_atomic


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_mask(mask: int) -> None:
        os.umask(mask)

    yield set_mask
    os.umask(previous)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_written_file_takes_its_mode_from_the_umask(tmp_path, umask, mask, mode):
    umask(mask)
    write_atomic(tmp_path / "record.json", "{}\n")
    write_atomic(tmp_path / "table.parquet", b"PAR1")
    assert stat.S_IMODE((tmp_path / "record.json").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "table.parquet").stat().st_mode) == mode
    assert (tmp_path / "table.parquet").read_bytes() == b"PAR1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_a_failed_write_leaves_neither_file_nor_temporary(tmp_path):
    with pytest.raises(UnicodeError):
        write_atomic(tmp_path / "bad.json", "\udcff")
    assert list(tmp_path.iterdir()) == []


def test_every_file_a_batch_and_an_export_write_is_readable_by_others(tmp_path, umask):
    from pipeline.batch import BatchOptions, run_batch
    from pipeline.export import export, read_records
    from tests.conftest import SAMPLES

    umask(0o022)
    out = tmp_path / "out"
    run_batch([SAMPLES / "youth-employment-pacific.txt"], out, BatchOptions())
    export(read_records([out]), out / "export", "csv")
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert {p.name for p in written} >= {"youth-employment-pacific.json", "records.jsonl", "manifest.json", "partnerships.csv"}
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == {p.name: "0o644" for p in written}


def test_json_lines_split_at_line_feeds_only():
    text = '{"a": "one\u2028two\u2029three\x85four\x1cfive"}\n\n{"b": 2}\r\n'
    assert json_lines(text) == [(1, '{"a": "one\u2028two\u2029three\x85four\x1cfive"}'), (2, ""), (3, '{"b": 2}')]
    assert json_lines("") == [] and json_lines("{}") == [(1, "{}")]
