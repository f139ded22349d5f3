"""The PDFium reader (pipeline.load.pdfium) reads what the pdfplumber reader (pipeline.load.pdf)
reads: on every sample PDF, layout fixture and zoo brochure (tests/zoo/corpus: five producers),
and on hand-written PDFs of the kinds tests/load/test_pdf.py reads, the same lines (text equal,
boxes within BOX_TOLERANCE, type size within SIZE_TOLERANCE, the same weight, drawn bullets, font
name and fill colour), links, tables, drawn shapes, page sizes and warnings. A document's lines
may differ only where ALLOWED_DIFFERENCES lists them, with the reason, and on at most
MAX_DIFFERING_SHARE of its lines, save where the pdfplumber reader misreads the file
(PDFMINER_MISREADS: there PDFium is right, and the difference is listed all the same) or a
measurement lies on the edge of a tolerance (UNHELD: one document). Then: what PDFium hands to
the pdfplumber reader comes out as that reader's own result, errors included; and ``load`` chooses the reader.

Speed is not tested here (a timed test fails on a busy machine): see the module's docstring.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import json
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.load
from pipeline.errors import BrochureError
from pipeline.load import DEFAULT_PDF_READER, PDF_READERS, load
from pipeline.load.limits import DecompressionCaps
from pipeline.load.pdf import CUT_GAP_EM, ROW_TOLERANCE, lost_page, read_pdf, unreadable_links
from pipeline.load.pdfium import MALFORMED_ANNOTATION, NO_USABLE_RECT, read_pdf_pdfium, read_with_pdfplumber
from pipeline.model import Line, LoadedDocument, Source
from tests.hostile import flate_bomb
from tests.pdf_bytes import HELLO, IMAGE_ONLY, UNMAPPED_TEXT, make_pdf, write_pdf

ROOT = Path(__file__).resolve().parents[2]
SCANNED = {"green-jobs-leaflet-scan.pdf"}
"""Samples without a text layer (read by OCR, tests/load/test_ocr.py): no text for the readers to agree on."""
PDFS = sorted(p for p in [*(ROOT / "samples").glob("*.pdf"), *(ROOT / "tests" / "fixtures" / "layout").glob("*.pdf")]
              if p.name not in SCANNED)
"""The PDFs held to exact parity: every difference listed with its reason (ALLOWED_DIFFERENCES)."""
ZOO_PDFS = sorted((ROOT / "tests" / "zoo" / "corpus").glob("*.pdf"))
ZOO_PARITY = Path(__file__).with_name("pdfium_parity_zoo.json")
"""The zoo's second round (symbol fonts, soft hyphens, small caps, unembedded Helvetica) is not at
parity yet: per document, how many lines differ unexplained and whether links, tables or shapes
differ, as measured when it came (a gate: no document may get worse; `python -m
tests.load.test_pdfium --write-zoo-parity` rewrites it, deliberately). The kinds of difference
are named in the README's Performance section."""

BOX_TOLERANCE = 1.0
"""Points by which a line's, link's, table's or shape's box may differ between the readers (the
readers' glyph widths differ by a hundredth of a point where PDFium rounds a font's widths)."""
SIZE_TOLERANCE = 0.1
"""Points by which a line's type size may differ."""
MAX_DIFFERING_SHARE = 0.01
"""The share of a document's lines that may differ (each listed in ALLOWED_DIFFERENCES)."""
PAGE_SIZE_TOLERANCE = 0.01
"""Points by which a page's size may differ (PDFium keeps boxes as 32-bit floats)."""

WINANSI_BULLET = ("reportlab writes the bullet as WinAnsi code 127, which the PDF specification maps to the bullet "
                  "(every unused code above 40 is one): PDFium reads it, pdfminer drops it as (cid:127)")
TOUCHING_WORDS = ("Chromium sets two list items a point and a half apart (less than WORD_GAP_EM) and draws each as "
                  "text objects of its own: PDFium sees a word break there and inserts a space, pdfminer joins the words")
WHOLE_UNIT_WIDTHS = ("PDFium keeps a font's widths as whole units (Typst writes fractions) and positions as 32-bit floats: "
                     "along a line its glyphs drift "
                     "by a tenth of a point, and these gaps lie within that of CUT_GAP_EM (10.02 pt by PDFium, 9.9 by "
                     "pdfminer), so one reader cuts the row and the other does not")
PHANTOM_SPACES = ("Chromium draws a glyph that maps to a space at the very place of the next letter where a word may "
                  "break (a soft hyphen's place: 'Interna tional', 'sustain ‐'): pdfminer reads it as a space, PDFium "
                  "as nothing, and its text is pdfminer's without those spaces")
DINGBAT_CODES = ("a bullet set in ZapfDingbats (or another symbol font without a map to Unicode): PDFium reads the "
                 "font's own encoding ('●', '■', '➢'), pdfminer the letter of its code ('l', 'n') or, for a code "
                 "above 127, a glyph code it drops")
ACTUAL_TEXT = ("Chromium sets small caps as capitals marked with the /ActualText of the letters they stand for: PDFium "
               "reads the actual text ('Rights at work'), pdfminer the capitals drawn ('RIGHTS AT WORK')")
LIGATURE_WIDTHS = ("pdfminer gives the ligature glyph of a standard 14 font no width (TeX's Helvetica 'fi', 'fl': it "
                   "looks the width up by the letters 'fi', and Adobe's metrics hold it under U+FB01), so every glyph after "
                   "it on the line stands that much to the left and the line's box ends short by the ligatures' widths; "
                   "PDFium advances by the font's own widths")
TEX_COPYRIGHT = ("TeX sets the copyright sign of a photo credit as a glyph of a font that maps it to no character: "
                 "PDFium says so (a glyph code, left out: the credit's words then stand 2.5 em apart, two lines), "
                 "pdfminer reads it as an apostrophe (\"Photo: ' ILO\")")
PDFMINER_MISREADS = {WINANSI_BULLET, TOUCHING_WORDS, PHANTOM_SPACES, DINGBAT_CODES, ACTUAL_TEXT, LIGATURE_WIDTHS, TEX_COPYRIGHT}
"""Reasons of differences where the pdfplumber reader is wrong: not held to MAX_DIFFERING_SHARE."""
TYPST_HYPHENS = ("Typst maps its hyphen glyph to U+00AD and marks a real hyphen with the /ActualText '-': pdfminer "
                 "reads every hyphen as a soft one (a real one inside a word is then dropped: 'Employmentintensive', "
                 "'fairrecruitment'; one that ends a line stays U+00AD), PDFium reads the real ones and ends a "
                 "hyphenated line with its line-end hyphen, read as '-' (the layout's to join)")
UNHELD = {WHOLE_UNIT_WIDTHS, TYPST_HYPHENS}
"""Reasons of differences where neither reader is wrong (a measurement on the edge of a tolerance):
not held to MAX_DIFFERING_SHARE either, and listed as missing the issue's 1% criterion."""


@dataclass(frozen=True)
class Difference:
    """A line one reader makes and the other does not (None: that reader has no line there)."""

    page: int
    pdfplumber: str | None
    pdfium: str | None
    reason: str
    lines: tuple[Line | None, Line | None] | None = field(default=None, compare=False, repr=False)
    """The two readers' lines (pdfplumber's, PDFium's; None: that reader has no line there)."""


def _bullets(page: int, texts: list[str]) -> list[Difference]:
    """The lines whose leading WinAnsi bullet only PDFium reads."""
    return [Difference(page, text, f"• {text}", WINANSI_BULLET) for text in texts]


ALLOWED_DIFFERENCES: dict[str, list[Difference]] = {
    "rl_page_border_banner.pdf": _bullets(1, [
        "Helps governments bring recruitment laws into",
        "Publish a shared list of licensed zero-fee",
        "Trains private recruitment agencies that",
        "Extend the complaints mechanism to domestic",
        "Supports migrant resource centres that give",
        "Review progress with the social partners at a",
        "Builds the capacity of trade unions in countries",
    ]),
    # the bullets stand a gutter's width from their text here: each is a line of its own
    "rl_text_table.pdf": [Difference(1, None, "•", WINANSI_BULLET)] * 3,
    # the zoo: reportlab's bullets again (a gutter from their text), Chromium's touching list items
    **{name: [Difference(1, None, "•", WINANSI_BULLET)] * count for name, count in (
        ("rl-boxed-13.pdf", 6), ("rl-factsheet-01.pdf", 6), ("rl-factsheet-06.pdf", 6), ("rl-factsheet-11.pdf", 6),
        ("rl-trifold-10.pdf", 4), ("rl-trifold-13.pdf", 3), ("rl-trifold-14.pdf", 6), ("rl-twocol-07.pdf", 6),
        ("rl-twocol-14.pdf", 6))},
    "html-sidebar-02.pdf": [Difference(1, "LebanonJordan", "Lebanon Jordan", TOUCHING_WORDS)],
    # (1.51 pt between "Ethiopia" and "Mozambique" at 7.99 pt: less than WORD_GAP_EM)
    **{name: [Difference(1, "EthiopiaMozambiqueRepublic of", "Ethiopia MozambiqueRepublic of", TOUCHING_WORDS)]
       for name in ("html-trifold-00.pdf", "html-trifold-00.untagged.pdf")},
    **{name: [Difference(2, "Photo: ' ILO/A. Rahman", None, TEX_COPYRIGHT), Difference(2, None, "Photo:", TEX_COPYRIGHT),
              Difference(2, None, "ILO/A. Rahman", TEX_COPYRIGHT)] for name in ("tex-article-00.pdf", "tex-article-05.pdf")},
    "html-sidebar-03.pdf": [Difference(1, "ColombiaHonduras", "Colombia Honduras", TOUCHING_WORDS)],
    "html-sidebar-04.pdf": [Difference(1, "PeruColombia", "Peru Colombia", TOUCHING_WORDS)],
    "typ-brief-03.pdf": [
        Difference(1, "Timor-Leste Philippines", None, WHOLE_UNIT_WIDTHS),
        Difference(1, None, "Timor-Leste", WHOLE_UNIT_WIDTHS), Difference(1, None, "Philippines", WHOLE_UNIT_WIDTHS),
        Difference(1, "Workers in informal employment (%) 49", None, WHOLE_UNIT_WIDTHS),
        Difference(1, None, "Workers in informal employment (%)", WHOLE_UNIT_WIDTHS), Difference(1, None, "49", WHOLE_UNIT_WIDTHS),
    ],
}
"""Per document (file name), the lines the readers may make differently, and why."""


def _source(data: bytes, path: str = "test.pdf") -> Source:
    return Source(path, "application/pdf", hashlib.sha256(data).hexdigest(), len(data))


def _both(data: bytes, **kwargs) -> tuple[LoadedDocument, LoadedDocument]:
    """The document as the pdfplumber reader and as the PDFium reader read it."""
    return read_pdf(data, _source(data), **kwargs), read_pdf_pdfium(data, _source(data), **kwargs)


def _close(a, b, tolerance: float = BOX_TOLERANCE) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def line_differences(plumber: LoadedDocument, pdfium: LoadedDocument) -> list[Difference]:
    """Where the two readings' lines differ: a line one has and the other not (a changed text is
    both), or a line of the same text whose box, type size, weight, drawn bullet, font name or fill
    colour differs (its reason says which)."""
    a, b = plumber.lines, pdfium.lines
    found: list[Difference] = []
    matcher = difflib.SequenceMatcher(None, [(x.page, x.text) for x in a], [(y.page, y.text) for y in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                unlike = [name for name, same in (("box", _close(x.bbox, y.bbox)),
                                                  ("type size", abs(x.font_size - y.font_size) <= SIZE_TOLERANCE),
                                                  ("weight", x.bold == y.bold), ("drawn bullet", x.vector_bullet == y.vector_bullet),
                                                  ("font", x.font_name == y.font_name), ("colour", x.color == y.color))
                          if not same]
                if unlike:
                    found.append(Difference(x.page, x.text, y.text, "their " + ", ".join(unlike) + " differ", (x, y)))
            continue
        left, right = a[i1:i2], b[j1:j2]
        if len(left) == len(right):  # a line of each, its text changed
            found.extend(Difference(x.page, x.text, y.text, "", (x, y)) for x, y in zip(left, right, strict=True))
        else:
            found.extend(Difference(x.page, x.text, None, "", (x, None)) for x in left)
            found.extend(Difference(y.page, None, y.text, "", (None, y)) for y in right)
    return found


def _without_some_spaces(longer: str, shorter: str, left_out: str = " ") -> bool:
    """``shorter`` is ``longer`` with one or more of its spaces (or ``left_out`` characters) left
    out, and nothing else changed."""
    if len(shorter) >= len(longer):
        return False
    rest = iter(shorter)
    following = next(rest, None)
    for char in longer:
        if char == following:
            following = next(rest, None)
        elif char != left_out:
            return False
    return following is None


def _typst_hyphens(plumber: str, pdfium: str) -> bool:
    """The PDFium reading is pdfminer's with its soft hyphen ending the line read as "-" and real
    hyphens it dropped kept (TYPST_HYPHENS)."""
    ending = plumber[:-1] + "-" if plumber.endswith("\xad") else plumber
    return (ending != plumber and ending == pdfium) or _without_some_spaces(pdfium, ending, "-")


_DINGBATS = frozenset("•●■▪◆❖➢➤✓✔★▶►")
_LIGATURES = {"fi": "\ufb01", "fl": "\ufb02"}
"""The letters of a ligature glyph pdfminer reads, and the character Adobe's metrics hold its width by."""


def _short_by_ligature_widths(plumber: Line, pdfium: Line) -> bool:
    """The pdfplumber reader's line is the PDFium reader's but for its right edge, which stops short
    by the width (Adobe's metrics of the line's font, a standard 14 font) of every "fi" and "fl" in
    its text, within BOX_TOLERANCE (LIGATURE_WIDTHS)."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(plumber.font_name or "")
    if metrics is None or plumber.font_name != pdfium.font_name:
        return False
    widths = metrics[1]
    expected = sum(plumber.text.count(letters) * widths.get(glyph, 0) for letters, glyph in _LIGATURES.items())
    expected *= plumber.font_size / 1000
    (x0, top, x1, bottom), (y0, ytop, y1, ybottom) = plumber.bbox, pdfium.bbox
    return (expected > BOX_TOLERANCE and _close((x0, top, bottom), (y0, ytop, ybottom))
            and abs(y1 - x1 - expected) <= BOX_TOLERANCE)


def zoo_reason(difference: Difference) -> str | None:
    """Why the readers differ on a zoo line, where the lines say it by themselves (the zoo is not
    listed line by line): PHANTOM_SPACES, DINGBAT_CODES, ACTUAL_TEXT, TYPST_HYPHENS, and by the lines
    themselves where only their boxes differ, LIGATURE_WIDTHS; None when they do not."""
    plumber, pdfium = difference.pdfplumber, difference.pdfium
    if difference.lines is not None and difference.reason == "their box differ" and _short_by_ligature_widths(*difference.lines):
        return LIGATURE_WIDTHS
    if plumber is not None and pdfium is not None and _without_some_spaces(plumber, pdfium):
        return PHANTOM_SPACES
    if plumber is not None and pdfium is not None and plumber != pdfium and plumber.isupper() and plumber == pdfium.upper():
        return ACTUAL_TEXT
    if plumber is not None and pdfium is not None and _typst_hyphens(plumber, pdfium):
        return TYPST_HYPHENS
    marker = (pdfium or "").strip()
    if marker and len(marker) <= 2 and set(marker) <= _DINGBATS and (plumber is None or (len(plumber) == 1 and plumber.isascii())):
        return DINGBAT_CODES
    return None


PDFIUM_DRIFT_EM = 0.025
"""How far (ems of the type size) PDFium's whole-unit widths may move a glyph along a line from
where pdfminer places it (WHOLE_UNIT_WIDTHS): the zoo's Typst tables set their columns a gutter of
one em apart, which pdfminer measures as exactly one em and PDFium as 1.0014 to 1.022."""


def whole_unit_cuts(differences: list[Difference]) -> set[tuple]:
    """The differences (by ``_key``) that are one row PDFium cuts at a gutter of one em and
    pdfminer does not (WHOLE_UNIT_WIDTHS): a line only pdfminer makes whose text is that of lines
    only PDFium makes, next to one another on its page, joined by spaces, where each gap between
    them (by PDFium's boxes, rounded to a hundredth) lies from CUT_GAP_EM to PDFIUM_DRIFT_EM past
    it of their type size."""
    only_pdfium = [d for d in differences if d.pdfplumber is None and d.pdfium is not None]
    explained: set[tuple] = set()
    for joined in (d for d in differences if d.pdfplumber is not None and d.pdfium is None):
        for start in range(len(only_pdfium)):
            pieces: list[Difference] = []
            for piece in only_pdfium[start:]:
                if piece.page != joined.page:
                    break
                pieces.append(piece)
                text = " ".join(p.pdfium for p in pieces)
                if text == joined.pdfplumber:
                    lines = [p.lines[1] for p in pieces]
                    if len(lines) > 1 and all(_drift_gap(a, b) for a, b in itertools.pairwise(lines)):
                        explained |= {_key(joined), *map(_key, pieces)}
                    break
                if not joined.pdfplumber.startswith(text + " "):
                    break
    return explained


def _drift_gap(left: Line, right: Line) -> bool:
    """The gap from ``left`` to ``right`` (PDFium's lines of one row) is a gutter of CUT_GAP_EM
    that PDFium's widths widened by at most PDFIUM_DRIFT_EM."""
    em = max(left.font_size, right.font_size)
    gap = right.bbox[0] - left.bbox[2]
    return CUT_GAP_EM * em - 0.01 <= gap <= (CUT_GAP_EM + PDFIUM_DRIFT_EM) * em and abs(left.bbox[3] - right.bbox[3]) <= ROW_TOLERANCE


def _key(difference: Difference) -> tuple:
    """A difference to sort by (None, a reader without the line, before any text)."""
    return (difference.page, difference.pdfplumber is not None, difference.pdfplumber or "",
            difference.pdfium is not None, difference.pdfium or "")


# --------------------------------------------------------------------------------------------
# the samples and fixtures


@pytest.fixture(scope="module", params=PDFS, ids=lambda path: path.name)
def readings(request) -> tuple[str, LoadedDocument, LoadedDocument]:
    path = request.param
    return (path.name, *_both(path.read_bytes()))


def test_every_page_is_read_by_pdfium(readings):
    _, plumber, pdfium = readings
    assert [page.reader for page in pdfium.pages] == ["pdfium"] * len(plumber.pages)
    assert pdfium.source.page_count == plumber.source.page_count
    for x, y in zip(plumber.pages, pdfium.pages, strict=True):
        assert _close((x.width, x.height), (y.width, y.height), PAGE_SIZE_TOLERANCE), x.number


def test_the_lines_are_the_same_but_for_the_listed_differences(readings):
    name, plumber, pdfium = readings
    found = line_differences(plumber, pdfium)
    allowed = ALLOWED_DIFFERENCES.get(name, [])
    assert sorted(map(_key, found)) == sorted(map(_key, allowed)), (
        "differences not listed (or listed and gone): " + "\n".join(map(repr, found)))
    held = [d for d in allowed if d.reason not in PDFMINER_MISREADS | UNHELD]
    assert len(held) <= MAX_DIFFERING_SHARE * len(plumber.lines), held
    assert all(d.reason for d in allowed)


def test_links_tables_shapes_and_warnings_are_the_same(readings):
    _, plumber, pdfium = readings
    assert [(link.page, link.uri) for link in pdfium.links] == [(link.page, link.uri) for link in plumber.links]
    assert all(_close(x.bbox, y.bbox) for x, y in zip(plumber.links, pdfium.links, strict=True))
    for x, y in zip(plumber.pages, pdfium.pages, strict=True):
        assert [t.rows for t in y.tables] == [t.rows for t in x.tables], x.number
        assert all(_close(s.bbox, t.bbox) for s, t in zip(x.tables, y.tables, strict=True))
        ours, theirs = (sorted(page.shapes, key=lambda s: (s.kind, s.filled, s.stroked, s.bbox)) for page in (x, y))
        assert [(s.kind, s.filled, s.stroked) for s in theirs] == [(s.kind, s.filled, s.stroked) for s in ours], x.number
        assert all(_close(s.bbox, t.bbox) for s, t in zip(ours, theirs, strict=True)), x.number
    assert pdfium.all_warnings == plumber.all_warnings


def zoo_parity(path: Path) -> dict:
    """How far the two readings of a zoo PDF are apart: unexplained differing lines (neither listed
    nor explained by ``zoo_reason``), and whether links, tables or shapes differ."""
    plumber, pdfium = _both(path.read_bytes())
    allowed = {_key(d) for d in ALLOWED_DIFFERENCES.get(path.name, [])}
    found = line_differences(plumber, pdfium)
    allowed |= whole_unit_cuts(found)
    lines = sum(1 for d in found if _key(d) not in allowed and zoo_reason(d) is None)
    objects = ([(link.page, link.uri) for link in pdfium.links] != [(link.page, link.uri) for link in plumber.links]
               or any([t.rows for t in y.tables] != [t.rows for t in x.tables] or len(x.shapes) != len(y.shapes)
                      for x, y in zip(plumber.pages, pdfium.pages, strict=True)))
    return {"lines": lines, "of": len(plumber.lines), "objects": objects}


@pytest.mark.parametrize("path", ZOO_PDFS, ids=lambda p: p.name)
def test_the_zoo_is_no_further_from_parity_than_measured(path):
    measured = json.loads(ZOO_PARITY.read_text(encoding="utf-8"))[path.name]
    now = zoo_parity(path)
    assert now["lines"] <= measured["lines"], (path.name, now, measured)
    assert measured["objects"] or not now["objects"], (path.name, now, measured)


def test_zoo_reasons_explain_only_their_own_kind():
    """(The zoo's explanations by the lines' texts explain nothing else: a changed word, PDFium's
    extra spaces, a letter read as a letter.)"""
    cases = {("The Interna tional Labour", "The International Labour"): PHANTOM_SPACES,
             ("sustain ‐", "sustain‐"): PHANTOM_SPACES, ("l", "●"): DINGBAT_CODES, (None, "➢"): DINGBAT_CODES,
             ("LebanonJordan", "Lebanon Jordan"): None, ("RIGHTS AT WORK", "Right s at wor k"): None,
             ("The International Labour", "The Internationl Labour"): None, ("Interna tional", "Internat ional"): None,
             ("l", "l"): None, ("ll", "●"): None, (None, "1"): None,
             ("RIGHTS AT WORK", "Rights at work"): ACTUAL_TEXT, ("Rights at work", "RIGHTS AT WORK"): None,
             ("RIGHTS AT WORK", "Rights at wrk"): None,
             ("governments, em\xad", "governments, em-"): TYPST_HYPHENS, ("Employmentintensive", "Employment-intensive"): TYPST_HYPHENS,
             ("decentwork\xad", "decent-work-"): TYPST_HYPHENS, ("part 2016", "part- 2016"): TYPST_HYPHENS,
             ("governments, em-", "governments, em"): None, ("Employment intensive", "Employment-intensive"): None,
             ("governments, em\xad", "governments, em"): None}
    assert {texts: zoo_reason(Difference(1, *texts, "")) for texts in cases} == cases


def test_ligature_widths_explain_only_a_line_short_by_its_ligatures():
    """(A Helvetica line of 10.91 pt with two "fi": pdfminer's ends 2 x 0.5 em short. The same
    shortfall without the ligatures, or another font's, or a box moved elsewhere, is not this.)"""
    text = "and droughts hit farmers and fishers first."

    def reason(plumber_box, pdfium_box, font="Helvetica", plumber_text=text) -> str | None:
        lines = (Line(plumber_text, 1, 1, plumber_box, 10.91, font_name=font), Line(text, 1, 1, pdfium_box, 10.91, font_name=font))
        return zoo_reason(Difference(1, plumber_text, text, "their box differ", lines))

    assert reason((51.02, 213.35, 238.32, 224.26), (51.02, 213.35, 249.23, 224.26)) == LIGATURE_WIDTHS
    assert reason((51.02, 213.35, 243.77, 224.26), (51.02, 213.35, 249.23, 224.26)) is None  # short by one
    assert reason((51.02, 213.35, 238.32, 224.26), (51.02, 213.35, 249.23, 224.26), font="DejaVuSans") is None
    assert reason((51.02, 213.35, 238.32, 224.26), (51.02, 213.35, 249.23, 224.26),
                  plumber_text="and droughts hit farmers and ashers last.") is None
    assert reason((51.02, 210.35, 238.32, 221.26), (51.02, 213.35, 249.23, 224.26)) is None  # moved down too


def test_drawn_bullets_and_bold_headings_are_found_alike():
    """(A check that the comparison above compares something: the reference brochure's 14 drawn
    discs and its bold headings, line by line.)"""
    plumber, pdfium = _both((ROOT / "samples" / "partnerships-for-decent-work.pdf").read_bytes())
    assert sum(line.vector_bullet for line in pdfium.lines) == 14
    assert [(line.text, line.bold, line.vector_bullet) for line in pdfium.lines] == [
        (line.text, line.bold, line.vector_bullet) for line in plumber.lines]


# --------------------------------------------------------------------------------------------
# hand-written PDFs: turned pages, glyphs without characters, links, odd boxes


_CATALOG, _PAGES = b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_LINK = b"<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.ilo.org) >> %s >>"
_GOOD_LINK = b"/Annots [" + _LINK % b"/Rect [18 145 110 165]" + b"]"
_BOXED_HELLO = b"0.9 g 10 100 200 80 re f 0 g " + HELLO


def _page(contents: bytes = b"/Contents 5 0 R", extra: bytes = b"", box: bytes = b"/MediaBox [0 0 300 200]") -> bytes:
    return b"<< /Type /Page /Parent 2 0 R %s /Resources << /Font << /F1 3 0 R >> >> %s %s >>" % (box, contents, extra)


def _two_lines(matrix: bytes, first: tuple[int, int], second: tuple[int, int]) -> bytes:
    return b"".join(b"BT /F1 12 Tf %s %d %d Tm (%s) Tj ET " % (matrix, x, y, text)
                    for text, (x, y) in zip((b"Decent work for all", b"in South Asia"), (first, second), strict=True))


def _two_pages(first: bytes) -> bytes:
    """A first page ``first`` (a page dictionary) and a second page of HELLO with a good link."""
    return write_pdf({1: _CATALOG, 2: b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>", 3: _FONT, 4: first,
                      5: (b"", HELLO), 6: _page(extra=_GOOD_LINK)})


UPRIGHT = b"BT /F1 12 Tf 20 150 Td (Decent work for all) Tj 0 -16 Td (in South Asia) Tj ET"
FORM = (b"/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 5 5] /Resources << /Font << /F1 3 0 R >> >>",
        b"0 0 1 rg 1 1 3 3 re f 0 0 1 RG 0.5 w 0 40 m 60 40 l S 10 30 m 20 35 25 40 30 30 c f BT /F1 10 Tf 6 1 Td (Form) Tj ET")
HAND_WRITTEN = {
    "text matrix 90": make_pdf([_two_lines(b"0 1 -1 0", (150, 20), (166, 20))]),
    "text matrix 270": make_pdf([_two_lines(b"0 -1 1 0", (150, 180), (134, 180))]),
    "text matrix 180": make_pdf([_two_lines(b"-1 0 0 -1", (280, 100), (280, 116))]),
    "/Rotate 90": make_pdf([UPRIGHT], page_entries=b"/Rotate 90"),
    "/Rotate 180 with a link and a box": make_pdf([_BOXED_HELLO], page_entries=b"/Rotate 180 " + _GOOD_LINK),
    "/Rotate 270 with a link and a box": make_pdf([_BOXED_HELLO], page_entries=b"/Rotate 270 " + _GOOD_LINK),
    "a label across the text": make_pdf([HELLO + b" BT /F1 8 Tf 0 1 -1 0 290 20 Tm (ILO 2024) Tj ET"]),
    "a page of unmapped glyphs": make_pdf([UNMAPPED_TEXT, HELLO], unmapped_font=True),
    "a ligature, words by position": make_pdf(
        [b"BT /F1 12 Tf 20 150 Td (\x80nance for all) Tj 0 -20 Td [(Hello) -300 (world)] TJ ET"],
        font_encoding=b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /fi] >>"),
    "fake bold": make_pdf([b"BT /F1 12 Tf 20 150 Td (Decent work) Tj ET BT /F1 12 Tf 20.4 150 Td (Decent work) Tj ET"]),
    "a gutter": make_pdf([b"BT /F1 10 Tf 20 150 Td (Left column text) Tj ET BT /F1 10 Tf 160 150 Td (Right column) Tj ET"]),
    "a page without text": make_pdf([HELLO, IMAGE_ONLY, HELLO]),
    "scaling, rise, spacing, a scaled matrix": make_pdf([
        b"BT /F1 12 Tf 50 Tz 20 150 Td (Hello there) Tj ET BT /F1 12 Tf 20 120 Td 5 Ts (Hi) Tj ET "
        b"BT /F1 12 Tf 3 Tc 20 90 Td (Spaced out) Tj ET q 0.5 0 0 2 0 0 cm BT /F1 12 Tf 20 20 Td (Scaled) Tj ET Q"]),
    "a media box off the origin, a crop box": write_pdf({1: _CATALOG, 2: _PAGES, 3: _FONT, 4: _page(
        extra=_GOOD_LINK, box=b"/MediaBox [10 20 310 220] /CropBox [20 30 300 210]"),
        5: (b"", b"0.9 g 30 40 50 50 re f 0 g BT /F1 12 Tf 30 170 Td (Offset page) Tj ET")}),
    "a media box from the page tree": write_pdf({1: _CATALOG, 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 /MediaBox [0 0 400 300] >>",
                                                 3: _FONT, 4: _page(box=b""), 5: (b"", b"BT /F1 12 Tf 30 270 Td (Inherited box) Tj ET")}),
    "a form with shapes and text": write_pdf({1: _CATALOG, 2: _PAGES, 3: _FONT, 4: _page(
        extra=b"", box=b"/MediaBox [0 0 300 200]").replace(b"/Resources << /Font << /F1 3 0 R >> >>",
                                                            b"/Resources << /Font << /F1 3 0 R >> /XObject << /X1 6 0 R >> >>"),
        5: (b"", b"BT /F1 12 Tf 20 180 Td (Page text) Tj ET q 2 0 0 2 10 10 cm /X1 Do Q"), 6: FORM}),
    "a stray unmapped glyph": make_pdf([b"BT /F1 12 Tf 20 150 Td (Hello brochure) Tj /F2 12 Tf <0001> Tj ET"], unmapped_font=True),
    "a link without /Rect": _two_pages(_page(extra=b"/Annots [" + _LINK % b"" + b"]")),
    "a /Rect of two numbers": _two_pages(_page(extra=b"/Annots [" + _LINK % b"/Rect [20 140]" + b"]")),
    "/Annots nested 50,000 deep": _two_pages(_page(extra=b"/Annots " + b"[" * 50_000 + b"]" * 50_000)),
}
"""Hand-written PDFs (tests/pdf_bytes.py), by what each holds."""

HAND_WRITTEN_DIFFERENCES = {
    "a stray unmapped glyph": "PDFium leaves out a text object without ink (a lone glyph without an outline): no character "
                              "to drop, so the page's accounting drops none",
    "a link without /Rect": "PDFium reports a missing /Rect and a malformed one alike",
    "a /Rect of two numbers": "PDFium reports a missing /Rect and a malformed one alike",
    "/Annots nested 50,000 deep": "PDFium opens no annotation there, and cannot say why",
}
"""The hand-written PDFs whose readings differ beyond their lines (which agree), and why."""


@pytest.mark.parametrize("name", HAND_WRITTEN)
def test_hand_written_pdfs_read_the_same(name):
    plumber, pdfium = _both(HAND_WRITTEN[name])
    assert {page.reader for page in pdfium.pages} == {"pdfium"}
    assert line_differences(plumber, pdfium) == []
    assert [(line.text, line.number) for line in pdfium.lines] == [(line.text, line.number) for line in plumber.lines]
    assert [(p.width, p.height) for p in pdfium.pages] == [(p.width, p.height) for p in plumber.pages]
    assert [(link.page, link.bbox, link.uri) for link in pdfium.links] == [(link.page, link.bbox, link.uri) for link in plumber.links]
    for x, y in zip(plumber.pages, pdfium.pages, strict=True):
        assert sorted((s.kind, s.bbox, s.filled, s.stroked) for s in y.shapes) == sorted(
            (s.kind, s.bbox, s.filled, s.stroked) for s in x.shapes)
    if name not in HAND_WRITTEN_DIFFERENCES:
        assert pdfium.all_warnings == plumber.all_warnings
        assert [p.dropped for p in pdfium.pages] == [p.dropped for p in plumber.pages]


@pytest.mark.parametrize(("name", "reason"), [("a link without /Rect", NO_USABLE_RECT), ("a /Rect of two numbers", NO_USABLE_RECT),
                                              ("/Annots nested 50,000 deep", MALFORMED_ANNOTATION)])
def test_unreadable_links_cost_only_the_links_with_a_reason_of_pdfiums(name, reason):
    loaded = read_pdf_pdfium(HAND_WRITTEN[name], _source(HAND_WRITTEN[name]))
    assert [line.text for line in loaded.lines] == ["Hello brochure", "Hello brochure"]
    assert [(link.page, link.uri) for link in loaded.links] == [(2, "https://www.ilo.org")]
    assert loaded.all_warnings == [unreadable_links(1, reason)]


# --------------------------------------------------------------------------------------------
# what PDFium hands to the pdfplumber reader


def _outcome(reader, data: bytes, **kwargs):
    """A reader's result as comparable data: its lines, warnings and pages' readers, or its error."""
    try:
        loaded = reader(data, _source(data), **kwargs)
    except BrochureError as error:
        return ("error", error.code, error.message)
    return ([line.text for line in loaded.lines], loaded.all_warnings, [page.reader for page in loaded.pages])


_LEAFLET = (ROOT / "samples" / "green-jobs-leaflet.pdf").read_bytes()
HANDED_OVER = {
    "garbage after the magic": b"%PDF-1.7\n" + bytes(range(256)) * 4,
    "a header alone": b"%PDF-1.7\n",
    "cut at 60%": _LEAFLET[: len(_LEAFLET) * 6 // 10],
    "images only": make_pdf([IMAGE_ONLY, IMAGE_ONLY]),
    "drawings only": make_pdf([b"0 0 1 rg 20 20 50 50 re f 100 20 m 150 80 l 200 20 l h f"]),
    "unmapped glyphs only": make_pdf([UNMAPPED_TEXT, UNMAPPED_TEXT], unmapped_font=True),
    "blank pages": make_pdf([b"", b""]),
    "a lost page beside a good one": write_pdf({1: _CATALOG, 2: b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>", 3: _FONT,
                                                4: _page(), 5: (b"", HELLO), 6: _page(b"/Contents 9 0 R")}),
}
"""Files PDFium leaves to the pdfplumber reader: damaged, without text, or with a page only pdfminer
can tell lost from blank."""


@pytest.mark.parametrize("data", HANDED_OVER.values(), ids=HANDED_OVER.keys())
def test_what_pdfium_hands_over_comes_out_as_the_pdfplumber_readers_result(data):
    assert _outcome(read_pdf_pdfium, data) == _outcome(read_pdf, data)


def test_a_lost_page_is_told_from_a_blank_one_by_pdfplumber():
    loaded = read_pdf_pdfium(HANDED_OVER["a lost page beside a good one"], _source(b"x"))
    assert loaded.all_warnings == [lost_page(2)] and [page.reader for page in loaded.pages] == ["pdfplumber"] * 2


def test_a_password_is_asked_for_with_the_pdfplumber_readers_words():
    data = make_pdf([HELLO], user_password="secret")
    for password in (None, "guess"):
        assert _outcome(read_pdf_pdfium, data, password=password) == _outcome(read_pdf, data, password=password)
    assert _outcome(read_pdf_pdfium, data, password="secret") == (["Hello brochure"], [], ["pdfium"])


SMALL_CAPS = DecompressionCaps.from_megabytes(stream_mb=8, page_content_mb=4)
"""Caps small enough that a bomb of a few MB shows what a gigabyte one would, in milliseconds."""


def test_a_decompression_bomb_is_too_large_as_the_pdfplumber_reader_says():
    """PDFium would inflate it whole: the survey stops at the cap and hands it over."""
    data = flate_bomb(16)
    outcome = _outcome(read_pdf_pdfium, data, caps=SMALL_CAPS)
    assert outcome == _outcome(read_pdf, data, caps=SMALL_CAPS) and outcome[:2] == ("error", "too_large")


def test_an_inline_image_bomb_is_read_by_pdfplumber_which_never_inflates_it():
    """PDFium inflates an inline image while parsing its page; pdfminer keeps its bytes."""
    squeezer = zlib.compressobj(9)
    squeezed = b"".join([squeezer.compress(b"\0" * (1 << 20)) for _ in range(16)] + [squeezer.flush()])
    data = make_pdf([HELLO + b" q 100 0 0 100 50 50 cm BI /W 4096 /H 4096 /CS /G /BPC 8 /F /Fl ID " + squeezed + b"\nEI Q"])
    assert _outcome(read_pdf_pdfium, data, caps=SMALL_CAPS) == (["Hello brochure"], [], ["pdfplumber"])
    assert _outcome(read_pdf_pdfium, make_pdf([HELLO + b" " + IMAGE_ONLY]), caps=SMALL_CAPS)[2] == ["pdfium"]  # a small one


def test_when_pdfium_fails_the_record_says_so(monkeypatch):
    import pypdfium2

    def failing(*args, **kwargs):
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Data format error).", err_code=3)

    monkeypatch.setattr(pypdfium2, "PdfDocument", failing)
    data = make_pdf([HELLO])
    assert _outcome(read_pdf_pdfium, data) == (["Hello brochure"], [read_with_pdfplumber("data format error")], ["pdfplumber"])


# --------------------------------------------------------------------------------------------
# choosing the reader


def test_load_reads_with_the_reader_asked_for(tmp_path, monkeypatch):
    path = tmp_path / "brochure.pdf"
    path.write_bytes(make_pdf([HELLO]))
    assert set(PDF_READERS) == {"pdfplumber", "pdfium"} and DEFAULT_PDF_READER in PDF_READERS
    for reader in PDF_READERS:
        assert [page.reader for page in load(path, reader=reader).pages] == [reader]
    assert [page.reader for page in load(path).pages] == [DEFAULT_PDF_READER]
    monkeypatch.setattr(pipeline.load, "DEFAULT_PDF_READER", "pdfium")  # looked up at each call
    assert [page.reader for page in load(path).pages] == ["pdfium"]
    with pytest.raises(ValueError, match="no PDF reader 'pdfminer'"):
        load(path, reader="pdfminer")


def test_a_string_longer_than_pdfium_reads_is_read_whole_by_pdfplumber():
    """PDFium cuts a string past 32,767 bytes without a word; such a file goes to the pdfplumber
    reader, so no text is lost silently."""
    from pipeline.load.pdfium import PDFIUM_MAX_STRING

    words = b"decent work " * (PDFIUM_MAX_STRING // 12 + 100)  # (no letter twice in a row: none is a duplicate glyph)
    data = make_pdf([b"BT /F1 5 Tf 10 100 Td (" + words + b") Tj ET"])
    source = Source("long.pdf", "application/pdf", "0" * 64, len(data))
    loaded = read_pdf_pdfium(data, source)
    text = "".join(line.text for line in loaded.lines).replace(" ", "")
    assert len(words) > PDFIUM_MAX_STRING and text == words.replace(b" ", b"").decode()
    assert {page.reader for page in loaded.pages} == {"pdfplumber"}


if __name__ == "__main__" and "--write-zoo-parity" in sys.argv:
    ZOO_PARITY.write_text(json.dumps({path.name: zoo_parity(path) for path in ZOO_PDFS}, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")


def test_small_caps_set_with_actual_text_read_as_whole_words():
    """Chromium sets small caps as capitals marked with the /ActualText of the letters they stand
    for: PDFium reads the letters, and a box as wide as the capital drawn (not the letter's own
    width, which left gaps read as word breaks: "Right s at wor k")."""
    path = ROOT / "tests" / "zoo" / "corpus" / "html-magazine-01.pdf"
    data = path.read_bytes()
    texts = [line.text for line in read_pdf_pdfium(data, _source(data)).lines]
    assert {"Rights at work", "Get involved", "Results"} <= set(texts)
    plumber = {line.text: line.bbox for line in read_pdf(data, _source(data)).lines}
    ours = {line.text.upper(): line.bbox for line in read_pdf_pdfium(data, _source(data)).lines}
    assert all(abs(a - b) <= BOX_TOLERANCE for a, b in zip(plumber["RIGHTS AT WORK"], ours["RIGHTS AT WORK"], strict=True))


def test_whole_unit_cuts_explain_only_a_row_cut_at_a_gutter_of_one_em():
    """(Typst's one-em column gutter, which PDFium measures up to PDFIUM_DRIFT_EM wider: PDFium cuts
    the row, pdfminer does not. A wider gap, other words, or a piece on another row are not this.)"""
    def cut(gap_ems: float, texts=("Ghana", "Kenya"), second_row: float = 0.0) -> set[tuple]:
        left = Line(texts[0], 1, 1, (100.0, 50.0, 130.0, 60.0), 10.0)
        right = Line(texts[1], 2, 1, (130.0 + gap_ems * 10.0, 50.0 + second_row, 160.0, 60.0 + second_row), 10.0)
        joined = Line("Ghana Kenya", 1, 1, (100.0, 50.0, 190.0, 60.0), 10.0)
        found = [Difference(1, "Ghana Kenya", None, "", (joined, None)), Difference(1, None, left.text, "", (None, left)),
                 Difference(1, None, right.text, "", (None, right))]
        return whole_unit_cuts(found)

    assert len(cut(1.0084)) == 3 and len(cut(1.0)) == 3
    assert cut(1.2) == set() and cut(0.9) == set()
    assert cut(1.0084, ("Ghana", "Kenia")) == set()
    assert cut(1.0084, second_row=12.0) == set()


@pytest.mark.parametrize("name", ["tex-article-00.pdf", "typ-trifold-03.untagged.pdf"])
def test_objects_of_an_object_stream_read_one_by_one_are_pdfminers(name):
    """(The survey parses an object stream's objects one at a time, from where its header puts
    them, not the whole stream: every object comes out as pdfminer's whole parse gives it, and the
    objects that are no font are not parsed at all.)"""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    from pipeline.load.pdfium import _object_ids, _survey_document_class

    data = (ROOT / "tests" / "zoo" / "corpus" / name).read_bytes()
    whole = PDFDocument(PDFParser(io.BytesIO(data)))
    one_by_one = _survey_document_class()(PDFParser(io.BytesIO(data)))
    in_streams = [objid for objid in _object_ids(whole) if whole.xrefs[0].get_pos(objid)[0] is not None]
    assert len(in_streams) > 30
    assert len(one_by_one._cached_objs) < len(in_streams) / 4  # opening the file parsed a few, not the stream
    for objid in _object_ids(whole):
        assert repr(one_by_one.getobj(objid)) == repr(whole.getobj(objid)), objid


@pytest.mark.parametrize("name", ["tex-article-00.pdf", "typ-trifold-03.untagged.pdf", "html-cards-00.pdf", "lo-boxed-00.pdf",
                                  "rl-report-00.pdf"])
def test_the_survey_parser_reads_every_object_as_pdfminer_does(name):
    """(The survey's parser reads an array of numbers, a font's /Widths or /W, with one regular
    expression: every object of a file of each producer comes out as pdfminer's own parser gives it.)"""
    import io

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    from pipeline.load.pdfium import _object_ids, _survey_parser_classes

    data = (ROOT / "tests" / "zoo" / "corpus" / name).read_bytes()
    theirs = PDFDocument(PDFParser(io.BytesIO(data)))
    ours = PDFDocument(_survey_parser_classes()[0](io.BytesIO(data)))
    arrays = 0
    for objid in _object_ids(theirs):
        obj = theirs.getobj(objid)
        assert repr(ours.getobj(objid)) == repr(obj), objid
        arrays += isinstance(obj, list) or (isinstance(obj, dict) and any(isinstance(obj.get(key), list) for key in ("Widths", "W")))
    assert arrays  # (a file whose fonts have widths arrays, in the font or an object of their own)


_ARRAY_PIECES = st.sampled_from([b"1", b"-2", b"+3", b"4.", b".5", b"-.5", b"+.5", b"007", b"1.2.3", b"5-3", b"1e5", b"-", b".",
                                 b"+-4", b"[", b"]", b"[1 2]", b"[]", b"%c\n", b"\x00", b"/N", b"(s])", b"<0a>", b"2 0 R", b"true"])
_ARRAY_SPACES = st.sampled_from([b" ", b"\n", b"\r\n", b"\t", b"\x0c", b"", b"  "])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_ARRAY_PIECES, _ARRAY_SPACES), max_size=30))
def test_the_survey_parser_reads_arrays_of_anything_as_pdfminer_does(pieces):
    from pdfminer.pdfparser import PDFStreamParser
    from pdfminer.psparser import PSEOF

    from pipeline.load.pdfium import _survey_parser_classes

    data = b"<< /W [" + b"".join(piece + space for piece, space in pieces) + b"] /Widths [ 1 2 3 ] >> [4 [5 6] 7] 8"

    def objects(parser) -> list[str]:
        found = []
        try:
            while len(found) < 100:
                found.append(repr(parser.nextobject()))
        except PSEOF:
            pass
        except Exception as error:  # (pdfminer raises on a broken construct: so must the survey's parser)
            found.append(type(error).__name__)
        return found

    assert objects(_survey_parser_classes()[1](data)) == objects(PDFStreamParser(data))


def test_the_survey_parses_fonts_not_every_object_that_names_one(monkeypatch):
    """(A page's resources name its fonts: a file of 10,000 pages had every page dictionary parsed
    by pdfminer to find its one font. Only objects that say ``/Type /Font``, and streams, are.)"""
    from pdfminer.pdfdocument import PDFDocument

    from pipeline.load.limits import DEFAULT_CAPS
    from pipeline.load.pdfium import _survey
    from tests.hostile import many_pages

    parsed: list[int] = []
    real = PDFDocument._getobj_parse

    def counting(self, pos, objid):
        parsed.append(objid)
        return real(self, pos, objid)

    monkeypatch.setattr(PDFDocument, "_getobj_parse", counting)
    survey = _survey(many_pages(2_000), None, DEFAULT_CAPS)
    assert survey.descents == {"Helvetica": [pytest.approx(-0.207)]}
    assert len(parsed) < 10  # the catalog, the page tree's root, the font, the content stream


def test_the_survey_reads_with_pdfminers_own_parsers_when_its_tokenizer_state_is_gone():
    """The survey's fast array reading reads pdfminer's private tokenizer state: pdfminer's parser
    has all of it today, and a parser without it (a pdfminer release that renamed it) is told apart,
    so the survey falls back to pdfminer's parsers instead of failing on every PDF."""
    from pdfminer.pdfparser import PDFParser

    from pipeline.load.pdfium import _has_tokenizer_state

    assert _has_tokenizer_state(PDFParser)

    class RenamedState(PDFParser):
        def __getattribute__(self, name):
            if name == "charpos":
                raise AttributeError(name)
            return super().__getattribute__(name)

    assert not _has_tokenizer_state(RenamedState)
