"""Bad input never breaks a batch: corrupt, encrypted, image-only, huge and hostile files.

Every bad file here is made by the test itself. Each must cost that file alone: listed in the
manifest as failed with a stable code and a reason, no record written for it, a good file beside it
extracted, exit status 1, and nothing half-written or invalid left in the output folder. Files that
are damaged but readable must be read, with a warning that says how.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import pipeline
from pipeline import batch
from pipeline.batch import BatchOptions, expand_inputs, run_batch
from pipeline.cli import main
from pipeline.errors import BrochureError
from pipeline.load import load
from pipeline.load import pdf as pdf_reader
from pipeline.load.pdf import GHOSTSCRIPT_HELD_NO_TEXT, GHOSTSCRIPT_REPAIRED, XREF_SCANNED, unreadable_links
from pipeline.load.text import MAX_TEXT_BYTES
from pipeline.schema import validate_record
from tests.conftest import ROOT, SAMPLES, all_sections
from tests.pdf_bytes import HELLO, IMAGE_ONLY, UNMAPPED_TEXT, deep_page_tree_pdf, make_pdf, write_pdf

GOOD = SAMPLES / "partnerships-for-decent-work.txt"
FACTSHEET = SAMPLES / "migrant-workers-factsheet.pdf"
LEAFLET = SAMPLES / "green-jobs-leaflet.pdf"
SLOW_TIMEOUT = 3.0
"""--timeout beside the slow PDF: far below its minutes of reading, far above a good file's time."""
SCANNED_SAMPLES = {"green-jobs-leaflet-scan.pdf"}
"""Samples without a text layer, read by OCR."""
BATCH_TIMEOUT = 60.0
"""--timeout of the batch of everything, whose 2 MB line takes ~7 s of CPU (linear work, not a hang:
3.5 s a MB from 0.25 to 2 MB, fuzz9); 15 s of wall time failed it on a machine shared by 8 runs."""
REAL_GHOSTSCRIPT = pdf_reader._ghostscript
"""The reader's own choice of Ghostscript (tests/conftest.py replaces it in every test)."""


# Ghostscript: tests/conftest.py's ``no_ghostscript`` hides it from every test; the repair's tests
# below put in a fake one.


# --------------------------------------------------------------------------------------------
# making bad PDFs


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _page(contents: int, extra: bytes = b"") -> bytes:
    return (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R %s>>" % (contents, extra))


def many_pages_pdf(pages: int) -> bytes:
    """``pages`` tiny pages sharing one content stream: a 1,000-page PDF in 50 kB."""
    objects: dict[int, bytes | tuple[bytes, bytes]] = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: _FONT, 4: (b"", HELLO)}
    kids = list(range(5, 5 + pages))
    for kid in kids:
        objects[kid] = _page(4)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    return write_pdf(objects)


def slow_pdf(characters: int = 300_000, pages: int = 12) -> bytes:
    """``pages`` pages drawing ``characters`` characters each from one content stream, compressed
    into a few kB: about 7 s of CPU a page (session 9's reader; pdfminer's object per character was
    ~65 µs), so reading it takes well over the batch's BATCH_TIMEOUT."""
    content = zlib.compress(b"BT /F1 1 Tf 10 100 Td (" + b"abcdefghij" * (characters // 10) + b") Tj ET", 9)
    objects: dict[int, bytes | tuple[bytes, bytes]] = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: _FONT,
                                                        4: (b"/Filter /FlateDecode", content)}
    for kid in range(5, 5 + pages):
        objects[kid] = _page(4)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in range(5, 5 + pages)), pages)
    return write_pdf(objects)


def nested_pdf(depth: int = 50_000) -> bytes:
    """A page whose /Annots is an array nested ``depth`` deep: resolving it recurses that deep. Its
    text reads fine: only the links are lost."""
    return write_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", 3: _FONT,
                      4: _page(5, b"/Annots " + b"[" * depth + b"]" * depth + b" "), 5: (b"", HELLO)})


def link_without_rect_pdf() -> bytes:
    """A page with a link annotation that has no /Rect (pdfplumber indexes it without asking)."""
    link = b"<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.ilo.org) >> >>"
    return make_pdf([HELLO], page_entries=b"/Annots [" + link + b"]")


def content_missing_pdf() -> bytes:
    """A page whose /Contents names an object the file does not hold (as a file cut short has it)."""
    return write_pdf({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", 3: _FONT,
                      4: _page(9)})


def rotated_pdf() -> bytes:
    """A page of text set running up the page (text matrix 0 1 -1 0), as a landscape table is."""
    lines = [b"Partnerships for Decent Work", b"The ILO works with governments, employers and workers.",
             b"In 2010 the ILO signed a partnership with the Government of Japan."]
    return make_pdf([b"".join(b"BT /F1 10 Tf 0 1 -1 0 %d 20 Tm (%s) Tj ET " % (40 + 14 * k, line) for k, line in enumerate(lines))])


def startxref_to_garbage(data: bytes) -> bytes:
    """The PDF with its startxref pointing into the middle of the file: no table is found there."""
    at = data.rindex(b"startxref")
    return data[:at] + b"startxref\n%d\n%%%%EOF\n" % (len(data) // 2)


def offsets_shifted(data: bytes, by: int = 7) -> bytes:
    """The PDF with every offset of its cross-reference table wrong by ``by`` bytes: the table reads
    fine and sends each object number to the wrong bytes."""
    start = data.rindex(b"\nxref\n") + 1
    table = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m.group(1)) + by, m.group(2)), data[start:])
    return data[:start] + table


def beyond_repair(data: bytes) -> bytes:
    """A broken table and no object header left to scan for: nothing can be read."""
    return startxref_to_garbage(data).replace(b" obj", b" ob_")


# --------------------------------------------------------------------------------------------
# the corpus


@dataclass(frozen=True)
class Bad:
    """One bad input: how to make it, the code it must fail with, words its message must hold."""

    name: str
    make: Callable[[Path], None]
    code: str
    reason: str
    options: list[str] = field(default_factory=list)


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data() if callable(data) else data)


def _too_large(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: 20 MB on paper, nothing on disk, never read
        handle.write(b"Partnerships")
        handle.truncate(MAX_TEXT_BYTES + 1)


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(path)


FAILING = [
    Bad("zero-bytes.txt", _bytes(b""), "empty", "empty"),
    Bad("zero-bytes.pdf", _bytes(b""), "empty", "empty"),
    Bad("web page.pdf", _bytes(b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in</body></html>\n"),
        "not_pdf", "HTML"),
    Bad("binary.txt", _bytes(b"Partnerships\x00\x01\x02\x00 for Decent Work\x00" * 20), "not_text", "NUL bytes"),
    Bad("truncated.pdf", _bytes(lambda: LEAFLET.read_bytes()[: LEAFLET.stat().st_size * 6 // 10]), "corrupt_pdf",
        "not a readable PDF"),
    Bad("beyond-repair.pdf", _bytes(lambda: beyond_repair(FACTSHEET.read_bytes())), "corrupt_pdf", "scanning"),
    Bad("encrypted.pdf", _bytes(lambda: make_pdf([HELLO], user_password="secret")), "encrypted", "--password"),
    Bad("encrypted-wrong-password.pdf", _bytes(lambda: make_pdf([HELLO], user_password="secret")), "encrypted", "wrong",
        ["--password", "guess"]),
    Bad("scanned.pdf", _bytes(lambda: make_pdf([IMAGE_ONLY, IMAGE_ONLY])), "no_text_layer", "OCR"),
    Bad("huge.txt", _too_large, "too_large", "limit"),
    Bad("lying-bom.txt", _bytes(codecs.BOM_UTF16_LE + "Decent work".encode("utf-16-le") + b"\x00"), "bad_encoding",
        "byte-order mark"),
    Bad("utf16-bom-on-cp1252.txt", _bytes(codecs.BOM_UTF16_LE + "Travail décent à Genève, en España.\n".encode("cp1252")),
        "bad_encoding", "byte-order mark, but its bytes are not UTF-16"),
    Bad("slow.pdf", _bytes(slow_pdf), "timeout", "--timeout", ["--timeout", str(SLOW_TIMEOUT)]),
    Bad("deep-page-tree.pdf", _bytes(deep_page_tree_pdf), "too_complex", "nested too deeply"),
    Bad("pipe.txt", _fifo, "unreadable", "not a regular file"),
    Bad("header-only.pdf", _bytes(b"%PDF-1.7\n"), "corrupt_pdf", "not a readable PDF"),
    Bad("garbage-after-the-magic.pdf", _bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4), "corrupt_pdf", "not a readable PDF"),
    Bad("content-missing.pdf", _bytes(content_missing_pdf), "corrupt_pdf", "the content of its pages is missing"),
    Bad("blank-pages.pdf", _bytes(lambda: make_pdf([b"", b""])), "corrupt_pdf", "its pages hold nothing"),
    Bad("unmapped-font.pdf", _bytes(lambda: make_pdf([UNMAPPED_TEXT, UNMAPPED_TEXT], unmapped_font=True)), "unmapped_font",
        "no character map"),
]


def _text(encoding: str, bom: bytes = b"") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(bom + WESTERN.encode(encoding))


WESTERN = ("Travail décent en Côte d’Ivoire\n\n"
           "Le Bureau international du Travail (BIT) œuvre depuis 2010 avec l’Organización Internacional del Trabajo "
           "– « travail décent » – en España, à São Tomé et à Genève.\n")


@dataclass(frozen=True)
class Readable:
    """A damaged or odd input that must still give a record, with this warning (if any)."""

    name: str
    make: Callable[[Path], None]
    warning: str | None
    options: list[str] = field(default_factory=list)


def _long_line(path: Path) -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    text = re.sub(r"\s+", " ", text)
    path.write_text((text * (2_000_000 // len(text) + 1))[:2_000_000] + "\n", encoding="utf-8")


READABLE = [
    Readable("broken-xref.pdf", _bytes(lambda: startxref_to_garbage(FACTSHEET.read_bytes())), XREF_SCANNED),
    Readable("wrong-offsets.pdf", _bytes(lambda: offsets_shifted(FACTSHEET.read_bytes())), XREF_SCANNED),
    Readable("encrypted-empty-password.pdf", _bytes(lambda: make_pdf([HELLO], user_password="")), None),
    Readable("encrypted-with-password.pdf", _bytes(lambda: make_pdf([HELLO], user_password="secret")), None,
             ["--password", "secret"]),
    Readable("report-1000-pages.pdf", _bytes(lambda: many_pages_pdf(1000)),
             "only the first 200 of 1000 pages were read (--max-pages)"),
    Readable("cp1252.txt", _text("cp1252"), "text decoded as cp1252"),
    Readable("utf16.txt", _text("utf-16-le", codecs.BOM_UTF16_LE), "text decoded as utf-16"),
    Readable("utf16-bom-on-utf8.txt", _text("utf-8", codecs.BOM_UTF16_LE),
             "the file starts with a UTF-16 (little-endian) byte-order mark, but its text is UTF-8: it was read as UTF-8"),
    Readable("long-line.txt", _long_line, None),
    # an /Annots nested 50,000 deep was too_complex: the links are optional, the text reads fine
    # (pdfminer can say why link annotations could not be read; PDFium only that it could not: the
    # pdfplumber reader is asked here, tests/load/test_pdfium.py checks PDFium's words)
    Readable("nested.pdf", _bytes(nested_pdf), unreadable_links(1, "they are nested too deeply"), ["--reader", "pdfplumber"]),
    Readable("link-without-rect.pdf", _bytes(link_without_rect_pdf), unreadable_links(1, "an annotation has no /Rect"),
             ["--reader", "pdfplumber"]),
    Readable("rotated.pdf", _bytes(rotated_pdf), None),
    Readable("unmapped-page.pdf", _bytes(lambda: make_pdf([UNMAPPED_TEXT, HELLO], unmapped_font=True)),
             "page 1: its fonts map most glyphs to no character (unmapped_font); its text was left out (OCR could read it)"),
]

NAMES = ["with spaces.txt", "ünïcödé 名前.txt", "-rf.txt", "..txt", ".hidden.txt", "new\nline.txt", "tab\there.txt"]
"""File names that are awkward in a shell or would make awkward output names."""


def _ids(case) -> str:
    return case.name


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def assert_clean(out: Path) -> dict:
    """The output folder holds the manifest, records.jsonl and one valid record per ok entry, in
    input order, and nothing else: no temporary file, no record of a failed input. Returns the
    manifest."""
    manifest = _manifest(out)
    documents = manifest["documents"]
    outputs = [d["output"] for d in documents if d["status"] == "ok"]
    assert all(d["output"] is None for d in documents if d["status"] == "failed")
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json", "records.jsonl", *outputs])
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(outputs)
    for name, line in zip(outputs, lines, strict=True):
        assert (out / name).resolve().parent == out.resolve()
        record = json.loads((out / name).read_text(encoding="utf-8"))
        validate_record(record)
        assert json.loads(line) == record
    assert manifest["complete"] is True
    return manifest


# --------------------------------------------------------------------------------------------
# one bad file beside a good one


@pytest.mark.parametrize("case", FAILING, ids=_ids)
def test_a_bad_file_fails_cleanly_beside_a_good_one(tmp_path, case, capsys):
    pipeline.extract(GOOD)  # the spaCy pipeline is built before the clock of --timeout runs
    bad = tmp_path / case.name
    case.make(bad)
    out = tmp_path / "out"
    status = main(["extract", str(bad), str(GOOD), "-o", str(out), "--workers", "1", "--quiet", *case.options])
    assert status == 1
    manifest = assert_clean(out)
    failed, good = manifest["documents"]
    assert (failed["path"], failed["status"], failed["code"]) == (bad.as_posix(), "failed", case.code)
    assert case.reason in failed["message"], failed["message"]
    assert good["status"] == "ok" and good["output"]
    assert manifest["counts"] == {"ok": 1, "failed": 1, "skipped": 0, "inputs": 2}
    # the command line names the file, the reason and the code
    errors = capsys.readouterr().err
    assert f"failed: {bad.as_posix()}: {failed['message']} [{case.code}]" in errors
    assert "Traceback" not in errors


@pytest.mark.parametrize("case", [c for c in FAILING if c.code not in ("timeout",)], ids=_ids)
def test_the_api_raises_a_brochure_error_naming_the_file(tmp_path, case):
    bad = tmp_path / case.name
    case.make(bad)
    password = case.options[1] if case.options[:1] == ["--password"] else None
    with pytest.raises(BrochureError) as caught:
        pipeline.extract(bad, password=password)
    assert caught.value.code == case.code and caught.value.path == bad.as_posix()
    assert case.reason in caught.value.message
    assert str(bad.as_posix()) in str(caught.value) and f"[{case.code}]" in str(caught.value)


@pytest.mark.parametrize("case", [c for c in READABLE if c.name != "long-line.txt"], ids=_ids)  # that one: below
def test_a_damaged_or_odd_file_is_read_with_a_warning(tmp_path, case):
    path = tmp_path / case.name
    case.make(path)
    out = tmp_path / "out"
    started = time.perf_counter()
    status = main(["extract", str(path), "-o", str(out), "--workers", "1", "--quiet", *case.options])
    assert time.perf_counter() - started < 60
    assert status == 0
    [entry] = assert_clean(out)["documents"]
    assert entry["status"] == "ok"
    if case.warning:
        assert case.warning in entry["warnings"]
    else:
        assert not any("read" in w or "decoded" in w for w in entry["warnings"]), entry["warnings"]


@pytest.mark.parametrize("damage", [startxref_to_garbage, offsets_shifted], ids=lambda f: f.__name__)
def test_a_broken_cross_reference_table_loses_nothing(tmp_path, damage):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damage(FACTSHEET.read_bytes()))
    damaged = pipeline.extract(path, display_path="samples/migrant-workers-factsheet.pdf")
    whole = pipeline.extract(FACTSHEET, display_path="samples/migrant-workers-factsheet.pdf")
    assert damaged.warnings == [XREF_SCANNED, *whole.warnings]
    assert damaged.title == whole.title
    assert [s.model_dump() for s in damaged.sections] == [s.model_dump() for s in whole.sections]
    assert damaged.entities == whole.entities and damaged.partnerships == whole.partnerships


def test_a_table_pointing_at_the_wrong_bytes_is_read_by_scanning():
    """pdfminer trusts a table it can read: with every offset wrong it finds no pages at all."""
    loaded = load_bytes(offsets_shifted(make_pdf([HELLO, HELLO])))
    assert loaded.warnings == [XREF_SCANNED]
    assert [line.text for line in loaded.lines] == ["Hello brochure"] * 2


def load_bytes(data: bytes, name: str = "test.pdf"):
    from pipeline.load.pdf import read_pdf
    from pipeline.model import Source

    return read_pdf(data, Source(name, "application/pdf", "0" * 64, len(data)))


def test_an_intact_pdf_gets_no_repair_warning():
    for path in sorted(SAMPLES.glob("*.pdf")):
        assert not any("cross-reference" in w or "Ghostscript" in w for w in load(path).warnings), path


# --------------------------------------------------------------------------------------------
# Ghostscript's repair, when scanning does not do


def _fake_ghostscript(folder: Path, output: bytes | None) -> None:
    """A ``gs`` that writes ``output`` as its repair of whatever it is given, or fails when None."""
    folder.mkdir()
    (folder / "repaired.pdf").write_bytes(output or b"")
    script = folder / "gs"
    script.write_text(
        f"#!{sys.executable}\nimport sys\nsys.stdin.buffer.read()\n"
        + (f"sys.stdout.buffer.write(open({str(folder / 'repaired.pdf')!r}, 'rb').read())\n" if output else "sys.exit(1)\n"),
        encoding="utf-8",
    )
    script.chmod(0o755)


def test_ghostscript_repairs_what_scanning_cannot(tmp_path, monkeypatch):
    _fake_ghostscript(tmp_path / "bin", FACTSHEET.read_bytes())
    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: str(tmp_path / "bin" / "gs"))
    path = tmp_path / "beyond-repair.pdf"
    path.write_bytes(beyond_repair(FACTSHEET.read_bytes()))
    record = pipeline.extract(path)
    assert record.warnings[0] == GHOSTSCRIPT_REPAIRED
    assert record.title == pipeline.extract(FACTSHEET).title


def test_when_ghostscript_fails_too_the_message_says_all_that_was_tried(tmp_path, monkeypatch):
    _fake_ghostscript(tmp_path / "bin", None)
    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: str(tmp_path / "bin" / "gs"))
    path = tmp_path / "beyond-repair.pdf"
    path.write_bytes(beyond_repair(FACTSHEET.read_bytes()))
    with pytest.raises(BrochureError) as caught:
        pipeline.extract(path)
    assert caught.value.code == "corrupt_pdf"
    assert "scanning it for objects" in caught.value.message and "Ghostscript could not repair it" in caught.value.message


@pytest.mark.parametrize("data", [b"%PDF-1.7\n", b"%PDF-1.7\n" + bytes(range(256)) * 4,
                                  LEAFLET.read_bytes()[: LEAFLET.stat().st_size * 3 // 10]],
                         ids=["header alone", "garbage after the magic", "cut at 30%"])
def test_a_repair_that_holds_no_text_is_corrupt_not_a_scan(tmp_path, monkeypatch, data):
    """Ghostscript rewrites garbage, or a file cut before its fonts, as a PDF of blank pages: that
    is a failed repair (``corrupt_pdf``), not a scan to OCR (``no_text_layer``)."""
    _fake_ghostscript(tmp_path / "bin", make_pdf([b""]))
    monkeypatch.setattr(pdf_reader, "_ghostscript", lambda: str(tmp_path / "bin" / "gs"))
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    out = tmp_path / "out"
    assert main(["extract", str(path), "-o", str(out), "--workers", "1", "--quiet"]) == 1
    [entry] = assert_clean(out)["documents"]
    assert (entry["status"], entry["code"]) == ("failed", "corrupt_pdf")
    assert entry["message"].endswith(f"; {GHOSTSCRIPT_HELD_NO_TEXT}"), entry["message"]


def test_without_ghostscript_the_message_says_it_could_help(monkeypatch):
    monkeypatch.delenv(pdf_reader.GHOSTSCRIPT_VARIABLE)  # as on a machine without gs: not turned off
    with pytest.raises(BrochureError) as caught:
        load_bytes(beyond_repair(FACTSHEET.read_bytes()))
    assert "Ghostscript (gs)" in caught.value.message and "not installed" in caught.value.message


def test_the_repair_can_be_turned_off_or_pointed_at_a_program(tmp_path, monkeypatch):
    """BROCHURE_GHOSTSCRIPT: empty, no repair (even with gs installed); a path, that program."""
    monkeypatch.setattr(pdf_reader, "_ghostscript", REAL_GHOSTSCRIPT)
    damaged = beyond_repair(FACTSHEET.read_bytes())
    monkeypatch.setenv(pdf_reader.GHOSTSCRIPT_VARIABLE, "")
    with pytest.raises(BrochureError) as caught:
        load_bytes(damaged)
    assert caught.value.code == "corrupt_pdf" and "turned off (BROCHURE_GHOSTSCRIPT is empty)" in caught.value.message
    monkeypatch.setenv(pdf_reader.GHOSTSCRIPT_VARIABLE, str(tmp_path / "no-such-gs"))
    with pytest.raises(BrochureError) as caught:
        load_bytes(damaged)
    assert "not found where BROCHURE_GHOSTSCRIPT says" in caught.value.message
    _fake_ghostscript(tmp_path / "bin", FACTSHEET.read_bytes())
    monkeypatch.setenv(pdf_reader.GHOSTSCRIPT_VARIABLE, str(tmp_path / "bin" / "gs"))
    assert load_bytes(damaged).warnings[0] == GHOSTSCRIPT_REPAIRED


def test_a_page_of_rotated_text_gives_its_text_in_reading_order(tmp_path):
    path = tmp_path / "rotated.pdf"
    path.write_bytes(rotated_pdf())
    record = pipeline.extract(path)
    assert record.title == "Partnerships for Decent Work"
    texts = " ".join(p.text for s in all_sections(record.sections) for p in s.paragraphs)
    assert "The ILO works with governments, employers and workers." in texts
    assert "Government of Japan" in texts
    assert not any(warning.startswith("page ") for warning in record.warnings), record.warnings  # no page set aside


# --------------------------------------------------------------------------------------------
# --max-pages


def test_max_pages_bounds_the_pages_read(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(many_pages_pdf(1000))
    loaded = load(path)
    assert loaded.source.page_count == 1000 and len(loaded.pages) == 200
    assert {line.page for line in loaded.lines} == set(range(1, 201))
    assert loaded.warnings[-1] == "only the first 200 of 1000 pages were read (--max-pages)"
    assert len(load(path, max_pages=3).pages) == 3
    everything = load(path, max_pages=None)
    assert len(everything.pages) == 1000 and not any("pages were read" in w for w in everything.warnings)


def test_max_pages_on_the_command_line(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(many_pages_pdf(1000))
    assert main(["extract", str(path), "-o", str(tmp_path / "out"), "--workers", "1", "--quiet", "--max-pages", "5"]) == 0
    [entry] = _manifest(tmp_path / "out")["documents"]
    assert entry["pages"] == 1000 and "only the first 5 of 1000 pages were read (--max-pages)" in entry["warnings"]
    record = json.loads((tmp_path / "out" / entry["output"]).read_text(encoding="utf-8"))
    assert record["source"]["page_count"] == 1000
    assert "only the first 5 of 1000 pages were read (--max-pages)" in record["warnings"]


def test_resume_redoes_a_record_cut_at_another_limit(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(many_pages_pdf(1000))
    out = tmp_path / "out"
    run_batch([path], out, BatchOptions(max_pages=5))
    [same] = run_batch([path], out, BatchOptions(max_pages=5, resume=True)).outcomes
    assert same.status == "skipped"
    [more] = run_batch([path], out, BatchOptions(max_pages=10, resume=True)).outcomes
    assert more.status == "ok" and "only the first 10 of 1000 pages were read (--max-pages)" in more.warnings


def test_max_pages_counts_the_form_feed_pages_of_a_text_file(tmp_path):
    path = tmp_path / "paged.txt"
    path.write_text("\f".join(f"Page {n}\n\nThe ILO worked with partners in {2000 + n}." for n in range(1, 8)), encoding="utf-8")
    record = pipeline.extract(path, max_pages=3)
    assert record.warnings[0] == "only the first 3 of 7 pages were read (--max-pages)"
    assert [y.value for y in record.entities.years] == [2001, 2002, 2003]


# --------------------------------------------------------------------------------------------
# text: encodings and long lines


def test_cp1252_and_utf16_text_are_decoded_right(tmp_path):
    for name, maker in [("cp1252.txt", _text("cp1252")), ("utf16.txt", _text("utf-16-le", codecs.BOM_UTF16_LE)),
                        ("utf16be.txt", _text("utf-16-be", codecs.BOM_UTF16_BE))]:
        path = tmp_path / name
        maker(path)
        record = pipeline.extract(path)
        assert record.title == "Travail décent en Côte d’Ivoire", name
        texts = [p.text for s in all_sections(record.sections) for p in s.paragraphs]
        assert any("œuvre" in t and "« travail décent »" in t and "España" in t for t in texts), (name, texts)


def test_a_2_mb_line_finishes_quickly(tmp_path):
    path = tmp_path / "long-line.txt"
    _long_line(path)
    started = time.perf_counter()
    record = pipeline.extract(path)
    assert time.perf_counter() - started < 60  # ~7 s here; a quadratic step took hours
    validate_record(record.model_dump(mode="json"))
    assert record.entities.organizations and record.partnerships


@pytest.mark.parametrize("unit", ["\u201c", "(", "x", "Ministry of ", "ILO ", "the ", "a-"], ids=repr)
def test_long_runs_cost_linear_time(tmp_path, unit):
    """Shapes that once took time quadratic in their length (in a regex, in spaCy's tokenizer, in
    the name finder, in relations): 100 kB of each must take seconds, not minutes."""
    path = tmp_path / "run.txt"
    path.write_text("Title\n\n" + (unit * (100_000 // len(unit))) + "\n", encoding="utf-8")
    pipeline.extract(GOOD)
    started = time.perf_counter()
    pipeline.extract(path)
    assert time.perf_counter() - started < 10  # 0.1-2 s now; 14 s to hours before


# --------------------------------------------------------------------------------------------
# names


def test_awkward_file_names_give_safe_output_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name in NAMES:
        try:
            shutil.copy(GOOD, folder / name)
        except OSError:  # a file system that refuses the name
            continue
        paths.append(folder / name)
    (folder / "link.txt").symlink_to(GOOD)
    paths.append(folder / "link.txt")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    manifest = assert_clean(out)
    assert sorted(d["path"] for d in manifest["documents"]) == sorted(p.as_posix() for p in paths)
    for entry in manifest["documents"]:
        name = entry["output"]
        assert name.endswith(".json") and "/" not in name and "\n" not in name and "\t" not in name
        assert not name.startswith((".", "-")), name
        assert (out / name).is_file() and not (out / name).is_symlink()
    assert len({d["output"] for d in manifest["documents"]}) == len(paths)


def test_links_that_lead_out_or_nowhere_do_not_break_the_search(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(GOOD, folder / "sub" / "brochure.txt")
    (folder / "sub" / "up").symlink_to(folder)  # a loop
    (folder / "outside").symlink_to(ROOT)  # out of the folder
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    # the loop and the link out are not followed; the dangling link is an input, to fail with its reason
    assert expand_inputs([str(folder)]) == [folder / "dangling.txt", folder / "sub" / "brochure.txt"]
    with pytest.raises(BrochureError) as caught:
        pipeline.extract(folder / "dangling.txt")
    assert caught.value.code == "not_found" and "link" in caught.value.message


def test_a_record_that_cannot_be_written_costs_only_itself(tmp_path):
    out = tmp_path / "out"
    (out / f"{GOOD.stem}.json").mkdir(parents=True)  # where the record should go stands a folder
    other = tmp_path / "other.txt"
    shutil.copy(SAMPLES / "youth-employment-pacific.txt", other)
    result = run_batch([GOOD, other], out)
    assert [(o.status, o.code) for o in result.outcomes] == [("failed", "write_failed"), ("ok", None)]
    assert str(out) in result.outcomes[0].message
    assert not list(out.glob(".*.tmp"))


# --------------------------------------------------------------------------------------------
# time limits and dying workers


def test_the_time_limit_stops_a_slow_pdf_without_calling_it_corrupt(tmp_path):
    """The alarm strikes inside pdfminer, whose callers catch Exception: it must come out as
    ``timeout``, not be taken for a parser failure (and the file read again by scanning)."""
    path = tmp_path / "slow.pdf"
    path.write_bytes(slow_pdf())
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    [outcome] = run_batch([path], tmp_path / "out", BatchOptions(timeout=1.0)).outcomes
    assert time.perf_counter() - started < 8
    assert (outcome.status, outcome.code) == ("failed", "timeout")


def test_a_worker_that_dies_costs_only_its_document(tmp_path, monkeypatch):
    real = batch.extract
    texts = sorted(SAMPLES.glob("*.txt"))[:4]
    killer = tmp_path / "killer.txt"
    shutil.copy(texts[0], killer)

    def die_on_killer(path, **kwargs):
        if Path(path).name == killer.name:
            os._exit(9)  # as the kernel's OOM killer would end it: no exception, no clean-up
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "extract", die_on_killer)
    paths = [texts[0], killer, *texts[1:]]
    result = run_batch(paths, tmp_path / "out", BatchOptions(workers=2))
    assert [o.code for o in result.outcomes] == [None, "worker_crashed", None, None, None]
    assert [o.status for o in result.outcomes] == ["ok", "failed", "ok", "ok", "ok"]
    assert_clean(tmp_path / "out")


# --------------------------------------------------------------------------------------------
# the whole corpus in one batch


def test_a_batch_of_bad_and_good_files(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bad = {}
    for case in FAILING:
        if case.options[:1] == ["--password"]:
            continue  # one password for the whole batch: the encrypted file without it is in the corpus already
        case.make(corpus / case.name)
        bad[(corpus / case.name).as_posix()] = case.code
    readable = []
    for case in READABLE:
        if not case.options:
            case.make(corpus / case.name)
            readable.append((corpus / case.name).as_posix())
    for name in NAMES:
        try:
            shutil.copy(GOOD, corpus / name)
        except OSError:  # a file system that refuses the name
            continue
        readable.append((corpus / name).as_posix())
    # the scanned sample aside: its OCR takes seconds of CPU, and this batch's time limit is set
    # for the 2 MB line (tests/load/test_ocr.py and the golden files read it)
    samples = sorted([*(p for p in SAMPLES.glob("*.pdf") if p.name not in SCANNED_SAMPLES), *SAMPLES.glob("*.txt")])
    # the slow PDF first, so that its worker's wait for the time limit overlaps the others' work
    inputs = [corpus / "slow.pdf", *samples, *sorted(p for p in corpus.iterdir() if p.name != "slow.pdf")]
    out = tmp_path / "out"
    status = main(["extract", *map(str, inputs), "-o", str(out), "--workers", "2", "--quiet", "--timeout", str(BATCH_TIMEOUT)])
    assert status == 1
    manifest = assert_clean(out)
    by_path = {d["path"]: d for d in manifest["documents"]}
    assert len(by_path) == len(inputs)
    for sample in samples:
        assert by_path[sample.as_posix()]["status"] == "ok", by_path[sample.as_posix()]
    for path, code in bad.items():
        assert (by_path[path]["status"], by_path[path]["code"]) == ("failed", code), by_path[path]
        assert by_path[path]["message"]
    for path in readable:
        assert by_path[path]["status"] == "ok", by_path[path]
    assert manifest["counts"] == {"ok": len(samples) + len(readable), "failed": len(bad), "skipped": 0, "inputs": len(inputs)}
    errors = capsys.readouterr().err
    assert "Traceback" not in errors and errors.count("  failed: ") == len(bad)


# --------------------------------------------------------------------------------------------
# the README's error codes


def test_the_readme_lists_every_error_code():
    """Every code the pipeline can give is in the README's table, and the table has no other."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Error codes", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE))
    used = set()
    for source in (ROOT / "pipeline").rglob("*.py"):
        if source.name == "report.py":  # the review pages' own index codes, not an extraction's
            continue
        text = source.read_text(encoding="utf-8")
        used |= set(re.findall(r'BrochureError\(\s*"(\w+)"', text))
        used |= set(re.findall(r'\bcode="(\w+)"', text))
        used |= set(re.findall(r'\.code, \w+\.message = "(\w+)"', text))
        used |= set(re.findall(r'\bcode, message = "(\w+)"', text))
        used |= set(re.findall(r'\.status, \w+\.code = "failed", "(\w+)"', text))
    assert {"empty", "not_pdf", "timeout", "interrupted", "write_failed", "no_text_layer"} <= used
    assert used == listed, f"in the code only: {sorted(used - listed)}; in the README only: {sorted(listed - used)}"
