"""Batch runs: safe unique names, the same bytes with any number of workers, resume, time limits,
Ctrl-C, and a manifest that lists every input."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.batch import BatchOptions, output_names, run_batch
from pipeline.errors import UsageError
from pipeline.schema import validate_record
from pipeline.workers import WorkerDeath
from tests.conftest import SAMPLES

TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))


def test_output_names_are_safe_and_unique():
    paths = [Path("a/report.pdf"), Path("b/report.pdf"), Path("c/report.txt"), Path("../../etc/passwd"),
             Path("x/we ird ü.pdf"), Path("x/manifest.txt"), Path("y/Records.txt"), Path("z/records.pdf")]
    names = output_names(paths)
    assert len(set(names.values())) == len(paths)
    for name in names.values():
        assert "/" not in name and "\\" not in name and not name.startswith(".") and name.endswith(".json")
    assert names[Path("x/we ird ü.pdf")] == "we_ird_ü.json"
    assert names[Path("x/manifest.txt")] != "manifest.json"


def test_the_same_bytes_with_one_or_two_workers(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(TEXT_SAMPLES, one, BatchOptions(workers=1))
    run_batch(TEXT_SAMPLES, two, BatchOptions(workers=2))
    files = sorted(p.name for p in one.iterdir())
    assert files == sorted(p.name for p in two.iterdir())
    for name in files:
        if name != "manifest.json":
            assert (one / name).read_bytes() == (two / name).read_bytes(), name
    strip = [{k: v for k, v in entry.items() if k != "seconds"} for entry in json.loads((one / "manifest.json").read_text())["documents"]]
    assert strip == [{k: v for k, v in e.items() if k != "seconds"} for e in json.loads((two / "manifest.json").read_text())["documents"]]


def test_records_jsonl_holds_every_record_in_input_order(tmp_path):
    run_batch(TEXT_SAMPLES, tmp_path, BatchOptions(workers=2))
    lines = (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [p.as_posix() for p in TEXT_SAMPLES]
    for line in lines:
        validate_record(json.loads(line))


def test_resume_does_no_extraction_work(tmp_path, monkeypatch):
    run_batch(TEXT_SAMPLES, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.json") if p.name != "manifest.json"}

    def must_not_run(*args, **kwargs):
        raise AssertionError("extraction ran on --resume")

    monkeypatch.setattr(batch, "extract", must_not_run)
    result = run_batch(TEXT_SAMPLES, tmp_path, BatchOptions(resume=True))
    assert [o.status for o in result.outcomes] == ["skipped"] * len(TEXT_SAMPLES)
    assert before == {p.name: p.read_bytes() for p in tmp_path.glob("*.json") if p.name != "manifest.json"}
    assert len((tmp_path / "records.jsonl").read_text().splitlines()) == len(TEXT_SAMPLES)


def test_resume_redoes_a_record_damaged_since(tmp_path):
    """A record file cut short or edited since the last run is made again, not kept: records.jsonl
    is built from the kept files, and reading the damaged one stopped the batch with a traceback."""
    inputs = TEXT_SAMPLES[:2]
    run_batch(inputs, tmp_path, BatchOptions(workers=1))
    damaged = tmp_path / output_names(inputs)[inputs[0]]
    good = damaged.read_bytes()
    damaged.write_bytes(good[: len(good) // 2])
    result = run_batch(inputs, tmp_path, BatchOptions(workers=1, resume=True))
    assert [o.status for o in result.outcomes] == ["ok", "skipped"]
    assert damaged.read_bytes() == good
    assert len((tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("where", ["the-folder", "a-parent"])
def test_an_output_folder_that_is_a_file_is_a_usage_error(tmp_path, where):
    """-o naming a file (or a path through one) is bad usage, said in a sentence naming the folder."""
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "out" if where == "the-folder" else tmp_path / "out" / "records"
    with pytest.raises(UsageError) as caught:
        run_batch(TEXT_SAMPLES[:1], out)
    assert str(out) in str(caught.value) and "cannot be made" in str(caught.value)


def test_a_disk_full_at_the_end_of_the_batch_is_said_in_a_sentence(tmp_path, monkeypatch, capsys):
    """The records written, then no room for records.jsonl and the manifest: the command says so,
    naming the folder and the reason, and exits 1 (it printed a traceback)."""
    from pipeline import cli

    written = batch.write_atomic

    def full_at_the_end(path, content):
        if Path(path).name in (batch.RECORDS, batch.MANIFEST):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written(path, content)

    monkeypatch.setattr(batch, "write_atomic", full_at_the_end)
    out = tmp_path / "out"
    assert cli.main(["extract", str(TEXT_SAMPLES[0]), "-o", str(out), "--workers", "1", "-q"]) == 1
    said = capsys.readouterr().err
    assert f"brochure: error: {out}: records.jsonl and manifest.json could not be written (No space left on device)" in said
    assert "Traceback" not in said
    assert len(list(out.glob("*.json"))) == 1  # the record itself is there, whole
    validate_record(json.loads(next(out.glob("*.json")).read_text(encoding="utf-8")))


def test_resume_redoes_a_changed_input(tmp_path):
    work = tmp_path / "in"
    work.mkdir()
    copy = work / "brochure.txt"
    shutil.copy(TEXT_SAMPLES[0], copy)
    run_batch([copy], tmp_path / "out")
    copy.write_text(copy.read_text(encoding="utf-8") + "\nOne more paragraph about the Decent Work Agenda.\n", encoding="utf-8")
    [outcome] = run_batch([copy], tmp_path / "out", BatchOptions(resume=True)).outcomes
    assert outcome.status == "ok"


def test_a_slow_document_is_stopped_and_reported(tmp_path, monkeypatch):
    def slow(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr(batch, "extract", slow)
    started = time.perf_counter()
    [outcome] = run_batch(TEXT_SAMPLES[:1], tmp_path, BatchOptions(timeout=0.3)).outcomes
    assert time.perf_counter() - started < 4
    assert (outcome.status, outcome.code) == ("failed", "timeout")
    assert "--timeout" in outcome.message


def test_ctrl_c_keeps_what_finished(tmp_path):
    calls = []

    def interrupt_after_first(outcome):
        calls.append(outcome)
        if len(calls) == 1:
            raise KeyboardInterrupt

    result = run_batch(TEXT_SAMPLES, tmp_path, on_done=interrupt_after_first)
    assert result.interrupted
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["complete"] is False and len(manifest["documents"]) == len(TEXT_SAMPLES)
    statuses = [d["status"] for d in manifest["documents"]]
    assert statuses[0] == "ok" and set(statuses[1:]) == {"skipped"}
    assert {d["code"] for d in manifest["documents"][1:]} == {"interrupted"}
    validate_record(json.loads((tmp_path / manifest["documents"][0]["output"]).read_text()))
    assert not list(tmp_path.glob(".*.tmp"))


def test_manifest_lists_failures_with_code_and_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_batch([TEXT_SAMPLES[0], empty], tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"] == {"ok": 1, "failed": 1, "skipped": 0, "inputs": 2}
    failed = manifest["documents"][1]
    assert (failed["status"], failed["code"], failed["output"]) == ("failed", "empty", None)
    assert failed["sha256"] and failed["message"]
    assert result.failed[0].path.endswith("empty.txt")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crashing_document_costs_only_itself(tmp_path, monkeypatch, workers):
    real = batch.extract

    def crash_on_second(path, **kwargs):
        if Path(path).name == TEXT_SAMPLES[1].name:
            raise RuntimeError("boom")
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "extract", crash_on_second)
    result = run_batch(TEXT_SAMPLES, tmp_path, BatchOptions(workers=workers))
    assert [o.status for o in result.outcomes] == ["ok", "failed"] + ["ok"] * (len(TEXT_SAMPLES) - 2)
    assert result.outcomes[1].code == "internal_error" and "boom" in result.outcomes[1].message


def test_debug_dir_holds_each_documents_blocks(tmp_path):
    inputs = [SAMPLES / "partnerships-for-decent-work.txt", SAMPLES / "youth-employment-pacific.txt"]
    run_batch(inputs, tmp_path / "out", BatchOptions(workers=2, debug_dir=tmp_path / "debug"))
    assert sorted(p.name for p in (tmp_path / "debug").iterdir()) == [f"{p.stem}.layout.txt" for p in inputs]
    reference = (tmp_path / "debug" / "partnerships-for-decent-work.layout.txt").read_text(encoding="utf-8")
    assert "bullet • e=0 gap=3 | In 2010 the ILO signed a letter of intent" in reference
    assert "credit | All photos © ILO" in reference


@pytest.mark.parametrize("cap", [2048, None], ids=["capped", "no-cap"])
def test_a_worker_killed_far_below_the_memory_cap_is_not_said_to_have_needed_more(cap):
    """A SIGKILL is read as a death for memory (the kernel's out-of-memory killer sends it), but at
    273 MB under a 2,048 MB cap the document did not need "more than the cap": the machine, or another
    process, killed it. With no cap at all the message was a TypeError in the parent."""
    death = WorkerDeath("memory", "ended by SIGKILL at 273 MB", 273.0, 1.5)
    outcome = batch._death_outcome(Path("in/brochure.pdf"), death, BatchOptions(max_memory_mb=cap))
    assert (outcome.status, outcome.code) == ("failed", "too_large")
    assert "needed more than" not in outcome.message and "ended by SIGKILL at 273 MB" in outcome.message
    assert "out of memory" in outcome.message and "another process" in outcome.message
    near = batch._death_outcome(Path("in/brochure.pdf"), WorkerDeath("memory", "ended by SIGKILL at 1,900 MB", 1900.0, 1.5),
                                BatchOptions(max_memory_mb=2048))
    assert "needed more than the 2,048 MB memory cap" in near.message


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_the_readers_library_logs_stay_out_of_the_batchs_lines(tmp_path, reader):
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.pdf_bytes import HELLO, make_pdf

    # operands that are no numbers: pdfminer logs a warning for each ("Cannot start new subpath ..."),
    # which Python's last-resort handler prints on stderr (a process of its own: pytest's own log
    # capture would hide them)
    (tmp_path / "odd.pdf").write_bytes(make_pdf([b"(x) (y) 1 1 1 1 cm (a) (b) m (c) 3 l S\n" + HELLO]))
    child = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(tmp_path / "odd.pdf"), "-o", str(tmp_path / "out"),
                            "--workers", "1", "--reader", reader], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert child.returncode == 0 and child.stdout == ""
    assert [line.split()[1] for line in child.stderr.splitlines()] == ["ok", "extracted,"], child.stderr  # progress, summary


def test_library_logs_are_as_they_were_after_the_batch(tmp_path):
    import logging

    run_batch([SAMPLES / "migrant-workers-factsheet.pdf"], tmp_path, BatchOptions(workers=1))
    for name in batch.LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        assert logger.propagate and not any(isinstance(h, logging.NullHandler) for h in logger.handlers)
