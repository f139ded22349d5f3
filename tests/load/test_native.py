"""The compiled helpers (pipeline.load.native) give what the Python they stand for gives: on every
sample PDF, layout fixture and zoo brochure of the first corpus, PDFium's glyphs gathered by
pdfium_page.c are the Python loop's, field for field, and so are the page's characters, its drawn
shapes and its text objects' boxes by marked-content id; with
``BROCHURE_NATIVE=0`` nothing is built and the reader still reads. Where no C compiler is found
the compiled side skips (CI must have one: the machine's gcc)."""

from __future__ import annotations

import ctypes
import hashlib
import os
from pathlib import Path

import pytest

from pipeline.load import native
from pipeline.load import pdfium as reader
from pipeline.load.pdfium import read_pdf_pdfium
from pipeline.model import Source

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted([*(ROOT / "samples").glob("*.pdf"), *(ROOT / "tests" / "fixtures" / "layout").glob("*.pdf"),
               *(ROOT / "tests" / "zoo" / "corpus").glob("*.pdf")])


def _built() -> bool:
    return reader._native_gather() is not None


def _each_page(path: Path):
    """(text page, its Display, the file's survey, the page) for every page of a PDF, closed after use."""
    import pypdfium2

    data = path.read_bytes()
    survey = reader._survey(data, None, reader.DEFAULT_CAPS)
    pdf = pypdfium2.PdfDocument(data)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            try:
                yield textpage, reader._Display.of(page), survey, page
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()


def _comparable(glyphs: list[tuple]) -> list[tuple]:
    """Glyphs with their run as the run's fields (two gatherings make runs of their own)."""
    return [(*glyph[:2], _run_fields(glyph[2]), *glyph[3:]) for glyph in glyphs]


def _run_fields(run) -> tuple:
    """A run's values (PDFium's font by its address: two reads make two pointer objects of it)."""
    return (run.fontname, run.size, run.matrix, run.shown, run.upright, run.font_key, run.across, run.axis_parallel, run.color)


@pytest.mark.skipif(not native.enabled() or native._compiler() is None, reason="no C compiler")
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_compiled_glyphs_and_characters_are_the_pythons(path: Path, monkeypatch):
    assert _built(), "pdfium_page.c did not build"
    pages = 0
    for textpage, display, survey, page in _each_page(path):
        tp = textpage.raw
        address = ctypes.cast(tp, ctypes.c_void_p)
        python_objects: list[int] = []
        in_python = reader._gathered_in_python(tp, address, reader._Runs(tp, address, display, survey.descents), python_objects)
        found = reader._native_glyphs(address, True)
        natively = reader._glyph_tuples(found, reader._Runs(tp, address, display, survey.descents))
        assert natively[1] == in_python[1]
        assert _comparable(natively[0]) == _comparable(in_python[0])
        assert found.objects == python_objects
        # the characters: boxed at once (and, with the ink check, one by one) as the Python loop's
        for ink_checked in (False, True):
            compiled_objects: list[int] = []
            compiled = reader._page_chars(textpage, display, survey.descents, ink_checked, compiled_objects)
            with monkeypatch.context() as patch:
                patch.setattr(reader, "_native_glyphs", lambda address, ink_checked=False: None)
                python_objects = []
                in_python_chars = reader._page_chars(textpage, display, survey.descents, ink_checked, python_objects)
            assert compiled == in_python_chars
            assert compiled_objects == python_objects
        # the drawn shapes, and the text objects' boxes by marked-content id, walked either way
        for tagged in (None, {}):
            compiled_tags = None if tagged is None else {}
            compiled_drawn = reader._page_drawings(page, display, compiled_tags)
            with monkeypatch.context() as patch:
                patch.setattr(reader, "_native_page_objects", lambda page, count, text_kind: None)
                python_tags = None if tagged is None else {}
                assert reader._page_drawings(page, display, python_tags) == compiled_drawn
            assert compiled_tags == python_tags
        pages += 1
    assert pages


def test_switched_off_nothing_is_built_and_the_reader_reads(monkeypatch, tmp_path):
    monkeypatch.setenv(native.SWITCH, "0")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    native.library.cache_clear()
    reader._native_gather.cache_clear()
    try:
        assert native.library("pdfium_page") is None
        sample = ROOT / "samples" / "migrant-workers-factsheet.pdf"
        data = sample.read_bytes()
        loaded = read_pdf_pdfium(data, Source(str(sample), "application/pdf", hashlib.sha256(data).hexdigest(), len(data)))
        assert any(page.lines for page in loaded.pages)
        assert list(tmp_path.iterdir()) == []
    finally:
        native.library.cache_clear()
        reader._native_gather.cache_clear()


@pytest.mark.skipif(native._compiler() is None, reason="no C compiler")
def test_a_build_is_kept_by_its_source_and_reused(monkeypatch, tmp_path):
    monkeypatch.setenv(native.SWITCH, "1")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    native.library.cache_clear()
    try:
        assert native.library("pdfium_page") is not None
        built = list(tmp_path.glob("pdfium_page-*.so"))
        assert len(built) == 1 and not list(tmp_path.glob("*.part"))
        stamp = built[0].stat().st_mtime_ns
        native.library.cache_clear()
        assert native.library("pdfium_page") is not None
        assert built[0].stat().st_mtime_ns == stamp  # not built again
        assert native.library("no_such_helper") is None
    finally:
        native.library.cache_clear()


@pytest.mark.skipif(native._compiler() is None, reason="no C compiler")
def test_a_source_that_does_not_compile_gives_none(monkeypatch, tmp_path):
    broken = tmp_path / "src"
    broken.mkdir()
    (broken / "broken.c").write_text("this is not C;\n")
    monkeypatch.setattr(native, "SOURCES", broken)
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path / "cache"))
    native.library.cache_clear()
    try:
        assert native.library("broken") is None
        assert not list((tmp_path / "cache").glob("*"))
    finally:
        native.library.cache_clear()


def test_the_switch_reads_its_values(monkeypatch):
    for value, expected in (("0", False), ("off", False), ("1", True), ("", True)):
        monkeypatch.setenv(native.SWITCH, value)
        assert native.enabled() is expected
    monkeypatch.delenv(native.SWITCH, raising=False)
    assert native.enabled()
    assert os.environ.get(native.SWITCH) is None
