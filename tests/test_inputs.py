"""What a batch is given: every file accounted for, told by its bytes, missing paths listed."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.inputs import gather_inputs, is_hidden, sniff
from tests.conftest import SAMPLES

PDF = SAMPLES / "green-jobs-leaflet.pdf"
TEXT = SAMPLES / "partnerships-for-decent-work.txt"


def _office(path: Path, member: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<x/>")
    return path


def _mixed_folder(root: Path) -> Path:
    """The folder of the issue: PDFs and texts beside a .docx, a .gif, an .html page, an HTML page
    saved as .txt, notes, an empty subfolder and hidden files."""
    folder = root / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "empty").mkdir()
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("[core]\n")
    shutil.copy(PDF, folder / "sub" / "leaflet.pdf")
    shutil.copy(TEXT, folder / "brochure.txt")
    _office(folder / "report.docx", "word/document.xml")
    (folder / "scan.gif").write_bytes(b"GIF89a" + bytes(64))  # an image OCR does not read (PNG, JPEG, TIFF are read)
    (folder / "page.html").write_text("<!DOCTYPE html><html><body><h1>Partnerships</h1></body></html>")
    (folder / "saved.txt").write_text("\ufeff  <html><body><h1>Partnerships</h1></body></html>")
    (folder / "notes.md").write_text("# notes\n")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "~$report.docx").write_bytes(b"\x00lock")
    return folder


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("report.docx", None, "word_document"),
    ("report.txt", None, "word_document"),  # told by the bytes, not the name
    ("slides.pptx", "ppt/presentation.xml", "presentation"),
    ("bundle.zip", "brochure.pdf", "archive"),
    ("scan.gif", b"GIF89a" + bytes(20), "image"),
    ("scan.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20), "old_office_document"),
    ("page.txt", b"<!doctype html>\n<html lang=en>", "html_page"),
    ("page.htm", b"<html><head><title>x</title>", "html_page"),
    ("feed.xml", b'<?xml version="1.0"?><rss/>', "xml_file"),
    ("letter.rtf", b"{\\rtf1\\ansi hello}", "rtf_document"),
    ("data.bin", bytes(range(256)), "binary_file"),
    ("data.csv", b"a,b\n1,2\n", "other_text"),
])
def test_a_file_is_told_by_its_bytes(tmp_path, name, content, kind):
    path = tmp_path / name
    if content is None:
        _office(path, "word/document.xml")
    elif isinstance(content, str):
        _office(path, content)
    else:
        path.write_bytes(content)
    found = sniff(path)
    assert found is not None and found.kind == kind
    assert found.advice in found.message(path) and "not a brochure" in found.message(path)


def test_brochures_are_brochures_whatever_their_name(tmp_path):
    renamed = tmp_path / "leaflet.bin"
    shutil.copy(PDF, renamed)
    assert sniff(renamed) is None  # a PDF under another name
    assert sniff(TEXT) is None
    notes = tmp_path / "brochure"
    shutil.copy(TEXT, notes)
    assert sniff(notes) is not None and sniff(notes, named=True) is None  # a text file named on the command line is read
    fake = tmp_path / "download.pdf"
    fake.write_text("<html><body>Sign in</body></html>")
    assert sniff(fake) is None  # named .pdf: the reader fails it as not_pdf and says what it is
    binary_txt = tmp_path / "odd.txt"
    binary_txt.write_bytes(b"abc\x00def")
    assert sniff(binary_txt) is None  # named .txt, of no known kind: the reader fails it (not_text)


def test_hidden_and_system_files():
    for name in (".DS_Store", "Thumbs.db", "._leaflet.pdf", "~$report.docx", ".notes"):
        assert is_hidden(name), name
    assert is_hidden(".git", folder=True) and is_hidden("__MACOSX", folder=True)
    for name in ("leaflet.pdf", ".draft.txt", "..txt"):  # a brochure someone named with a dot is read
        assert not is_hidden(name), name


def test_every_file_of_a_mixed_folder_is_accounted_for(tmp_path):
    folder = _mixed_folder(tmp_path)
    inputs = gather_inputs([str(folder), str(tmp_path / "nope.pdf"), str(tmp_path / "*.none")])
    assert inputs.brochures == [folder / "brochure.txt", folder / "sub" / "leaflet.pdf"]
    aside = {Path(item.path).name: (item.status, item.code, item.file_type) for item in inputs.set_aside}
    assert aside == {
        "notes.md": ("skipped", "unsupported_type", "other_text"),
        "page.html": ("skipped", "unsupported_type", "html_page"),
        "report.docx": ("skipped", "unsupported_type", "word_document"),
        "saved.txt": ("skipped", "unsupported_type", "html_page"),
        "scan.gif": ("skipped", "unsupported_type", "image"),
        "nope.pdf": ("failed", "not_found", None),
        "*.none": ("failed", "not_found", None),
    }
    assert inputs.hidden == 3  # .git, .DS_Store, ~$report.docx
    word = next(item for item in inputs.set_aside if item.path.endswith("report.docx"))
    assert word.message == "a Word document (.docx): not a brochure; export it to PDF"


@pytest.mark.parametrize(("name", "head"), [("scan.png", b"\x89PNG\r\n\x1a\n"), ("scan.jpg", b"\xff\xd8\xff\xe0"),
                                           ("scan.tif", b"II*\x00"), ("photo.txt", b"\xff\xd8\xff\xe0")])
def test_an_image_of_a_page_under_a_folder_is_a_brochure_for_ocr(tmp_path, name, head):
    (tmp_path / name).write_bytes(head + bytes(64))
    inputs = gather_inputs([str(tmp_path)])
    assert inputs.brochures == [tmp_path / name] and not inputs.set_aside


def test_an_empty_folder_is_listed(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / ".DS_Store").write_bytes(b"x")
    [item] = gather_inputs([str(tmp_path / "empty")]).set_aside
    assert (item.status, item.code) == ("skipped", "empty_folder") and "1 hidden" in item.message


def test_the_batch_of_the_issue_gives_a_manifest_that_accounts_for_every_file(tmp_path, capsys):
    folder = _mixed_folder(tmp_path)
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    out = tmp_path / "out"
    status = main(["extract", str(folder), str(tmp_path / "missing.pdf"), str(empty), "-o", str(out), "-w", "1"])
    assert status == 1  # a named path is missing; the rest ran
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    by_name = {Path(d["path"]).name: d for d in manifest["documents"]}
    assert {name: d["status"] for name, d in by_name.items()} == {
        "brochure.txt": "ok", "leaflet.pdf": "ok", "notes.md": "skipped", "page.html": "skipped", "report.docx": "skipped",
        "saved.txt": "skipped", "scan.gif": "skipped", "missing.pdf": "failed", "empty-folder": "skipped"}
    assert by_name["missing.pdf"]["code"] == "not_found" and by_name["empty-folder"]["code"] == "empty_folder"
    assert manifest["counts"] == {"ok": 2, "failed": 1, "skipped": 6, "inputs": 9} and manifest["hidden_left_out"] == 3
    assert manifest["complete"] is True
    summary = capsys.readouterr().err
    assert "2 extracted, 1 failed, 6 skipped (no brochure), 3 hidden or system files left out" in summary
    assert "report.docx: a Word document (.docx): not a brochure; export it to PDF [unsupported_type]" in summary


def test_exit_status_0_when_every_brochure_is_extracted_beside_other_files(tmp_path):
    folder = _mixed_folder(tmp_path)
    assert main(["extract", str(folder), "-o", str(tmp_path / "out"), "-w", "1", "-q"]) == 0


def test_exit_status_2_when_nothing_could_be_read(tmp_path, capsys):
    folder = tmp_path / "only-others"
    folder.mkdir()
    _office(folder / "report.docx", "word/document.xml")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 2
    assert "nothing to extract" in capsys.readouterr().err
    [entry] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert entry["code"] == "unsupported_type"  # the manifest still says why
    assert main(["extract", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "-o", str(tmp_path / "o2")]) == 2
    assert "a.pdf: no such file" in capsys.readouterr().err
