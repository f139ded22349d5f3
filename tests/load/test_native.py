"""The compiled helpers (pipeline.load.native) give what the Python they stand for gives: on every
sample PDF, layout fixture and zoo brochure of the first corpus, PDFium's glyphs gathered by
pdfium_page.c are the Python loop's, field for field, and so are the page's characters, its drawn
shapes and its text objects' boxes by marked-content id; the line builder's rows and words made by
line_rows.c, cut into lines, are ``_rows_by_character``'s and ``_cut_rows``' (generated pages and
both readers' pages); the characters boxed by char_boxes.c are those numpy reckons (pdf_values.c,
the survey's object reading, is held to its Python in tests/load/test_pdf_objects.py); with
``BROCHURE_NATIVE=0`` nothing is built and the reader still reads. Where no C compiler is found
the compiled side skips, save in CI (``CI=true``: .ci/run installs gcc)."""

from __future__ import annotations

import ctypes
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.load import native, pdf, pdf_objects
from pipeline.load import pdfium as reader
from pipeline.load.pdfium import read_pdf_pdfium
from pipeline.model import Source
from tests import hostile
from tests.pdf_bytes import HELLO, IMAGE_ONLY, UNMAPPED_TEXT, make_pdf

ROOT = Path(__file__).resolve().parents[2]
PDFS = sorted([*(ROOT / "samples").glob("*.pdf"), *(ROOT / "tests" / "fixtures" / "layout").glob("*.pdf"),
               *(ROOT / "tests" / "zoo" / "corpus").glob("*.pdf")])
MADE_PDFS = {
    # hand-written files (tests/pdf_bytes.py): what no producer of the zoo writes
    "made-two-pages": lambda: make_pdf([HELLO, HELLO]),
    "made-rotated": lambda: make_pdf([HELLO], page_entries=b"/Rotate 90"),
    "made-unmapped-font": lambda: make_pdf([UNMAPPED_TEXT, HELLO], unmapped_font=True),
    "made-image-only": lambda: make_pdf([IMAGE_ONLY, HELLO]),
    "made-encrypted": lambda: make_pdf([HELLO], user_password=MADE_PASSWORD),
    "made-turned-text": lambda: make_pdf([b"BT /F1 10 Tf 0 1 -1 0 40 20 Tm (Decent work) Tj ET " + HELLO]),
    "made-shapes": lambda: make_pdf([b"0 0 1 rg 20 20 50 50 re f 100 20 m 150 80 l 200 20 l h f " + HELLO]),
    # the hostile set's files a reader reads (tests/hostile.py; the bombs' small cousin: under the caps)
    "hostile-self-referencing-mediabox": hostile.self_referencing_media_box,
    "hostile-circular-page-tree": hostile.circular_page_tree,
    "hostile-deep-nesting": hostile.deep_content_nesting,
    "hostile-small-flate": lambda: hostile.flate_bomb(2),
    "hostile-many-pages": lambda: hostile.many_pages(50),
}
"""PDFs made in the test, by name: the compiled helpers are held to the Python on them too."""
MADE_PASSWORD = "secret"


IN_CI = os.environ.get("CI", "").lower() == "true"
"""In CI the compiled side must run (.ci/run installs gcc): no compiler fails there, not skips."""
needs_compiler = pytest.mark.skipif(not IN_CI and (not native.enabled() or native._compiler() is None), reason="no C compiler")


def _forget_builds() -> None:
    """Every cache of what was built (a test that switches building off or moves its folder must
    leave no None behind for the tests after it)."""
    for cached in (native.library, native.extension, reader._native_function, reader._native_boxes,
                   pdf_objects._compiled_values, pdf._compiled_rows):
        cached.cache_clear()


def _built() -> bool:
    return reader._native_gather() is not None


def _pdf_bytes(source: Path | str) -> tuple[bytes, str | None]:
    """A PDF's bytes and password: a file's, or one of MADE_PDFS by name."""
    if isinstance(source, Path):
        return source.read_bytes(), None
    return MADE_PDFS[source](), MADE_PASSWORD if "encrypted" in source else None


def _each_page(source: Path | str):
    """(text page, its Display, the file's survey, the page) for every page PDFium loads of a PDF (a
    file, or one of MADE_PDFS by name), closed after use."""
    import pypdfium2

    data, password = _pdf_bytes(source)
    survey = reader._survey(data, password, reader.DEFAULT_CAPS)
    pdf = pypdfium2.PdfDocument(data, password=password)
    try:
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pypdfium2.PdfiumError:  # (a page PDFium cannot load: the reader hands the file over)
                continue
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


@needs_compiler
@pytest.mark.parametrize("path", [*PDFS, *MADE_PDFS], ids=lambda p: p.name if isinstance(p, Path) else p)
def test_compiled_glyphs_and_characters_are_the_pythons(path: Path | str, monkeypatch):
    assert _built(), "pdfium_page.c did not build"
    assert reader._native_boxes() is not None, "char_boxes.c did not build"
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
            with monkeypatch.context() as patch:  # boxed with numpy where char_boxes.c is not built: the same
                patch.setattr(reader, "_native_boxes", lambda: None)
                assert reader._page_chars(textpage, display, survey.descents, ink_checked) == compiled
        # the drawn shapes, and the text objects' boxes by marked-content id, walked either way
        for tagged in (None, {}):
            compiled_tags = None if tagged is None else {}
            compiled_drawn = reader._page_drawings(page, display, compiled_tags)
            with monkeypatch.context() as patch:
                patch.setattr(reader, "_native_page_objects", lambda page, count, text_kind: None)
                patch.setattr(reader, "_native_path", lambda obj, room=None: None)
                python_tags = None if tagged is None else {}
                assert reader._page_drawings(page, display, python_tags) == compiled_drawn
            assert compiled_tags == python_tags
            with monkeypatch.context() as patch:  # a path with more segments than the walk made room for: asked again
                patch.setattr(reader, "PATH_ROOM", 1)
                assert reader._page_drawings(page, display, None if tagged is None else {}) == compiled_drawn
        pages += 1
    assert pages


def test_switched_off_nothing_is_built_and_the_reader_reads(monkeypatch, tmp_path):
    monkeypatch.setenv(native.SWITCH, "0")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    _forget_builds()
    try:
        assert native.library("pdfium_page") is None
        sample = ROOT / "samples" / "migrant-workers-factsheet.pdf"
        data = sample.read_bytes()
        loaded = read_pdf_pdfium(data, Source(str(sample), "application/pdf", hashlib.sha256(data).hexdigest(), len(data)))
        assert any(page.lines for page in loaded.pages)
        assert list(tmp_path.iterdir()) == []
    finally:
        _forget_builds()


@needs_compiler
def test_a_build_is_kept_by_its_source_and_reused(monkeypatch, tmp_path):
    monkeypatch.setenv(native.SWITCH, "1")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    _forget_builds()
    try:
        assert native.library("pdfium_page") is not None
        built = list(tmp_path.glob("pdfium_page-*.so"))
        assert len(built) == 1 and not list(tmp_path.glob("*.part"))
        assert built[0].stat().st_mode & 0o777 == native.BUILD_MODE == 0o755  # a library's mode, not the temporary file's
        stamp = built[0].stat().st_mtime_ns
        native.library.cache_clear()
        assert native.library("pdfium_page") is not None
        assert built[0].stat().st_mtime_ns == stamp  # not built again
        assert native.library("no_such_helper") is None
    finally:
        _forget_builds()


@needs_compiler
def test_a_source_that_does_not_compile_gives_none(monkeypatch, tmp_path):
    broken = tmp_path / "src"
    broken.mkdir()
    (broken / "broken.c").write_text("this is not C;\n")
    monkeypatch.setattr(native, "SOURCES", broken)
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path / "cache"))
    _forget_builds()
    try:
        assert native.library("broken") is None
        # (nothing kept but the lock the build was made under, which stays for the next build)
        assert [path.name for path in (tmp_path / "cache").glob("*")] == ["broken.lock"]
    finally:
        _forget_builds()


def test_prepare_says_once_which_helpers_it_could_not_have(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv(native.SWITCH, "1")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    monkeypatch.setattr(native, "_compiler", lambda: None)  # a machine with no C compiler
    _forget_builds()
    try:
        with caplog.at_level("WARNING", logger=native.__name__):
            assert native.prepare() == list(native.HELPERS)
        assert [record.levelname for record in caplog.records] == ["WARNING"]
        assert "pdfium_page" in caplog.text and "line_rows" in caplog.text
        monkeypatch.setenv(native.SWITCH, "0")
        assert native.prepare() == []  # switched off: nothing to say
    finally:
        _forget_builds()


@needs_compiler
def test_warm_up_loads_the_helpers_before_workers_fork(monkeypatch, tmp_path):
    from pipeline.extract import warm_up

    monkeypatch.setenv(native.SWITCH, "1")
    monkeypatch.setenv(native.CACHE_VARIABLE, str(tmp_path))
    _forget_builds()
    try:
        warm_up()
        assert native.library.cache_info().currsize == 1 and native.extension.cache_info().currsize == 3
        assert native.library("pdfium_page") is not None and native.extension("line_rows") is not None \
            and native.extension("char_boxes") is not None and native.extension("pdf_values") is not None
    finally:
        _forget_builds()


def test_the_switch_reads_its_values(monkeypatch):
    for value, expected in (("0", False), ("off", False), ("1", True), ("", True)):
        monkeypatch.setenv(native.SWITCH, value)
        assert native.enabled() is expected
    monkeypatch.delenv(native.SWITCH, raising=False)
    assert native.enabled()
    assert os.environ.get(native.SWITCH) is None


def _in_python(items: list[tuple]) -> list[tuple]:
    """``_line_pieces`` of the items as the Python gives them."""
    return [pdf._pieces_of(words) for words in pdf._cut_rows(pdf._rows_by_character(list(items)))]


_positions = st.sampled_from([0.0, 0.5, 1.0, 1.9, 2.0, 2.1, 3.0, 10.0, 10.2, 12.0, 20.0, 2.0000000001, 34.0, 60.0])
_row_char = st.tuples(_positions, _positions, st.sampled_from([0.0, 1.0, 2.0, 2.4, 5.0]), st.sampled_from([8.0, 10.0, 12.0, -0.0, 0.0]),
                      st.sampled_from(["a", "b", " ", "\u00a0", "é", "\u2003", "ab", "\u25aa"]),
                      st.sampled_from(["Helvetica", "Helvetica-Bold", "Times", "ZapfDingbats", "Wingdings-Regular", ""]),
                      st.sampled_from([None, (0.0, 0.0, 0.0), (1.0, 0.0, 0.0)]))


@needs_compiler
@settings(max_examples=600, deadline=None)
@given(st.lists(_row_char, max_size=60))
def test_compiled_lines_are_the_pythons(drawn):
    # rows, words, the cuts (at wide gaps, after a symbol-font marker) and each line's pieces
    assert pdf._compiled_rows() is not None, "line_rows.c did not build"
    items = [(bottom, x0, x0 + width, bottom - size, size, text, font, color, True, None, bottom - size)
             for bottom, x0, width, size, text, font, color in drawn]
    compiled = pdf._line_pieces(list(items))
    assert repr(compiled) == repr(_in_python(items))  # (repr: -0.0 is not 0.0)


@needs_compiler
def test_compiled_lines_leave_what_they_cannot_read_to_python():
    rows = pdf._compiled_rows()
    plain = (10.0, 1.0, 2.0, 0.0, 10.0, "a", "F", None, True, None, 0.0)
    arguments = (pdf.ROW_TOLERANCE, pdf.WORD_GAP_EM, pdf.CUT_GAP_EM, {}, pdf.is_bold_font, {}, pdf._is_symbol_font)
    for odd in ((10.0, float("nan"), 2.0, 0.0, 10.0, "a", "F", None, True, None, 0.0),
                (10, 1.0, 2.0, 0.0, 10.0, "a", "F", None, True, None, 0.0),  # an int, not a float
                (10.0, 1.0, 2.0, 0.0, 10.0, None, "F", None, True, None, 0.0), (10.0, 1.0)):
        assert rows.lines([plain, odd], *arguments) is None
    with_int = [plain, (10, 1.0, 2.0, 0.0, 10.0, "b", "F", None, True, None, 0.0)]
    assert pdf._line_pieces(list(with_int)) == _in_python(with_int)


@needs_compiler
@pytest.mark.parametrize("path", [p for p in PDFS if "scan" not in p.name][:40], ids=lambda p: p.name)
def test_compiled_lines_on_pages_of_both_readers(path: Path, monkeypatch):
    import pdfplumber

    checked = []
    original = pdf._line_pieces

    def both(items):
        made = original(list(items))
        assert repr(made) == repr(_in_python(items))
        checked.append(len(made))
        return made

    monkeypatch.setattr(pdf, "_line_pieces", both)
    with pdfplumber.open(path) as document:
        for page in document.pages:
            pdf.page_to_lines(pdf.char_items(page.chars), [], page.page_number)
    data = path.read_bytes()
    read_pdf_pdfium(data, Source(str(path), "application/pdf", hashlib.sha256(data).hexdigest(), len(data)))
    assert checked and any(checked)


_dup_char = st.tuples(st.sampled_from(["a", "b", "é", "a"]), _positions, _positions)


@needs_compiler
@settings(max_examples=400, deadline=None)
@given(st.lists(_dup_char, max_size=40), st.sampled_from([0.5, 1.0, 2.0]))
def test_compiled_duplicate_test_is_numpys(drawn, tolerance):
    chars = [(doctop + 10.0, x0, x0 + 1.0, doctop, 10.0, text, "F", None, True, None, doctop) for text, doctop, x0 in drawn]
    texts = [c[5] for c in chars]
    import numpy as np

    grouped = bool(pdf._groups(pdf._ids(texts), np.asarray([c[10] for c in chars], dtype=np.float64),
                               np.asarray([c[1] for c in chars], dtype=np.float64), tolerance)) if len(chars) >= 2 else False
    assert pdf._compiled_rows().text_duplicates(chars, tolerance) is grouped
    assert list(pdf._dedupe_items(chars, tolerance)) == list(pdf._dedupe_items(tuple(chars), tolerance))  # (a tuple: numpy's way)


@needs_compiler
@pytest.mark.parametrize("gap", [3.0, 0.5])
def test_compiled_duplicate_test_on_thousands_of_one_text(gap):
    # a leader of 5,000 dots in one row, given right to left: one y-cluster of one text, sorted by
    # x0 (once in O(n log n)) to the same answer as numpy's
    import numpy as np

    chars = [(110.0, k * gap, k * gap + 1.0, 100.0, 10.0, ".", "F", None, True, None, 100.0) for k in reversed(range(5000))]
    expected = bool(pdf._groups(pdf._ids([c[5] for c in chars]), np.asarray([c[10] for c in chars], dtype=np.float64),
                                np.asarray([c[1] for c in chars], dtype=np.float64), 1.0))
    assert expected is (gap < 1.0)
    assert pdf._compiled_rows().text_duplicates(chars, 1.0) is expected
