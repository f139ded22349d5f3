"""No input can hang, crash or exhaust a batch (tests/hostile.py makes the inputs).

A batch over every hostile file beside good brochures ends within its deadline, with one worker as
with two, lists every input with the status and code expected for it, leaves nothing partial, stays
under 3 GB for the whole process tree, and never reports ``internal_error``. A batch stopped by
SIGINT, SIGTERM or a closed pipe still writes its manifest.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.batch import BatchOptions, run_batch
from pipeline.progress import printable, progress_reporter
from pipeline.workers import DEFAULT_KILL_GRACE
from tests.conftest import ROOT, SAMPLES
from tests.hostile import HOSTILE
from tests.test_bad_inputs import assert_clean

TIMEOUT = 5.0
GOOD = [SAMPLES / "partnerships-for-decent-work.txt", SAMPLES / "partnerships-for-decent-work.pdf",
        SAMPLES / "migrant-workers-factsheet.pdf"]
PEAK_MEMORY_MB = 3 * 1024
SLACK = 1.5
"""Seconds a document may run past its deadline: the parent's wake-up and the worker's reaping."""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    for case in HOSTILE:
        case.make(folder / case.name)
    os.symlink(".", folder / "loop-dir")  # a folder that holds itself: the walk must not follow it
    for good in GOOD:
        (folder / good.name).write_bytes(good.read_bytes())
    return folder


def _expected(corpus: Path) -> dict[str, tuple[str, str | None]]:
    expected = {(corpus / c.name).as_posix(): (c.status, c.code) for c in HOSTILE}
    expected[(corpus / "loop-b.pdf").as_posix()] = expected[(corpus / "loop-a.pdf").as_posix()]
    expected |= {(corpus / g.name).as_posix(): ("ok", None) for g in GOOD}
    # listed, not followed: every entry of a folder is in the manifest (pipeline.inputs)
    expected[(corpus / "loop-dir").as_posix()] = ("skipped", "unsupported_type")
    return expected


def _extract_measured(inputs: list[str], out: Path, *options: str) -> tuple[int, float, float]:
    """Run ``brochure extract`` in a child process; (exit status, seconds, peak resident MB of the
    largest process of its tree, as the kernel counts reaped children)."""
    measure = ("import resource, subprocess, sys; status = subprocess.call(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(status)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "pipeline", "extract", *inputs, "-o", str(out),
                           "--quiet", *options], capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)
    seconds = time.perf_counter() - started
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, seconds, int(done.stdout.split()[-1]) / 1024


PDFIUM_READS = {"self-referencing-mediabox.pdf": ("ok", None)}
"""Where the PDFium reader's outcome differs from pdfminer's, and why: a /MediaBox that refers to
itself sends pdfminer round for ever (stopped at the deadline); PDFium reads the page."""


@pytest.mark.parametrize(("workers", "reader"), [(1, "pdfplumber"), (2, "pdfplumber"), (1, "pdfium")])
def test_a_batch_of_hostile_files_keeps_every_promise(corpus, tmp_path, workers, reader):
    out = tmp_path / "out"
    status, seconds, peak_mb = _extract_measured([str(corpus)], out, "--workers", str(workers), "--timeout", str(TIMEOUT),
                                                 "--reader", reader)
    assert status == 1
    manifest = assert_clean(out)
    got = {d["path"]: (d["status"], d["code"]) for d in manifest["documents"]}
    expected = _expected(corpus)
    if reader == "pdfium":
        expected |= {(corpus / name).as_posix(): outcome for name, outcome in PDFIUM_READS.items()}
    assert got == expected
    assert "internal_error" not in {code for _, code in got.values()}
    slowest = max(manifest["documents"], key=lambda d: d["seconds"])
    assert slowest["seconds"] <= TIMEOUT + DEFAULT_KILL_GRACE + SLACK, slowest
    assert peak_mb < PEAK_MEMORY_MB
    for entry in manifest["documents"]:
        assert entry["message"] or entry["status"] == "ok", entry
    by_name = {Path(d["path"]).name: d for d in manifest["documents"]}
    assert by_name["loop-a.pdf"]["message"] == "a link that leads back to itself (a loop of links)"
    if reader == "pdfplumber":
        assert "--timeout" in by_name["self-referencing-mediabox.pdf"]["message"]
    assert "64 MB" in by_name["flate-bomb-1gb.pdf"]["message"]


def test_links_named_on_the_command_line_are_inputs_too(corpus, tmp_path):
    """A looping link named as PATH is listed with its reason (exit 1), not refused as bad usage."""
    status, _, _ = _extract_measured([str(corpus / "symlink-to-itself.pdf"), str(GOOD[0])], tmp_path / "out")
    assert status == 1
    documents = assert_clean(tmp_path / "out")["documents"]
    assert [(d["status"], d["code"]) for d in documents] == [("failed", "not_found"), ("ok", None)]


def test_a_bomb_ends_fast_and_names_the_limit(corpus, tmp_path):
    bomb = corpus / "flate-bomb-1gb.pdf"
    status, seconds, peak_mb = _extract_measured([str(bomb)], tmp_path / "out", "--workers", "1")
    [entry] = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert (status, entry["code"]) == (1, "too_large")
    assert "MB" in entry["message"] and "limit" in entry["message"], entry["message"]
    assert entry["seconds"] < 10 and peak_mb < 1024


def _hungry(path, **kwargs):
    """A document whose reading asks for ever more memory, 100 MB at a time (a leak in a reader)."""
    if Path(path).name.startswith("hungry"):
        hoard = []
        while True:
            hoard.append(bytearray(100 * 1024 * 1024))
    return _real_extract(path, **kwargs)


_real_extract = batch.extract


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_eats_memory_is_too_large_and_costs_only_itself(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(batch, "extract", _hungry)
    hungry = tmp_path / "hungry.txt"
    hungry.write_bytes(GOOD[0].read_bytes())
    result = run_batch([GOOD[0], hungry, SAMPLES / "youth-employment-pacific.txt"], tmp_path / "out",
                       BatchOptions(workers=workers, max_memory_mb=1024))
    assert [(o.status, o.code) for o in result.outcomes] == [("ok", None), ("failed", "too_large"), ("ok", None)]
    assert "1,024 MB memory cap (--max-memory)" in result.outcomes[1].message


def _start(inputs: list[str], out: Path, *options: str, stderr=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", *inputs, "-o", str(out), *options],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stopped_batch_still_writes_its_manifest(corpus, tmp_path, stop):
    """Stopped while a worker loops in a hostile file: the worker goes, the manifest stays."""
    out = tmp_path / "out"
    process = _start([str(corpus / "self-referencing-mediabox.pdf"), str(GOOD[0])], out, "--workers", "1", "--timeout", "60",
                     "--reader", "pdfplumber")  # (pdfminer loops on it for ever; PDFium reads it)
    time.sleep(4)  # the libraries loaded, the worker in its endless loop
    process.send_signal(stop)
    assert process.wait(timeout=20) == 130
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is False
    assert [(d["status"], d["code"]) for d in manifest["documents"]] == [("skipped", "interrupted")] * 2


def test_a_closed_pipe_does_not_stop_the_batch(tmp_path):
    """``brochure extract DIR 2>&1 | head -1``: the log's reader goes away after one line."""
    inputs = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    out = tmp_path / "out"
    reader, writer = os.pipe()
    process = _start(inputs, out, "--workers", "1", stderr=writer)
    os.close(writer)
    with os.fdopen(reader, "rb") as log:
        log.readline()  # the first line, then the reader is gone
    assert process.wait(timeout=120) == 0
    manifest = assert_clean(out)
    assert manifest["counts"]["ok"] == len(inputs)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_odd_file_names_as_they_are(tmp_path):
    """A newline in a name does not break the log line; "[draft]" is not taken for markup."""
    outcome = batch.Outcome(path="in/[draft] new\nline.pdf", code="corrupt_pdf", message="not a readable PDF")
    plain = io.StringIO()
    with progress_reporter(1, stream=plain) as report:
        report(outcome)
    assert plain.getvalue().count("\n") == 1 and "[draft] new\\nline.pdf" in plain.getvalue()
    terminal = _Terminal()
    with progress_reporter(1, stream=terminal) as report:
        report(outcome)
    assert "[draft] new\\nline.pdf: not a readable PDF [corrupt_pdf]" in terminal.getvalue()
    assert printable("tab\there") == "tab\\there"
