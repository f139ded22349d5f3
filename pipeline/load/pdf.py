"""The PDF reader: bytes of a PDF into Pages (pipeline.model.Page): lines, drawn shapes, tables,
link annotations, and the characters it could not read with the reason.

pdfplumber (pdfminer.six underneath) gives every character as a dict of its attributes. This
module reads ``page.chars`` once per page and builds words and lines itself:

1. characters are deduplicated (the same glyph printed twice at the same place, as fake-bold
   PDFs do); the page is read in the direction most of its characters run in (from each character's
   ``matrix``): a page whose text runs up, down or upside down (a text matrix or the page's /Rotate
   turns it) is read as if turned upright, its boxes and size given in that turned frame, and the
   characters that run in another direction are set aside;
2. characters with the same baseline form a *row*; a row's characters, left to right, form words
   (a space character or a gap wider than ``WORD_GAP_EM`` ends a word);
3. a row is cut into *lines* at every gap wider than ``CUT_GAP_EM``, so a line never spans two
   columns (the layout stage joins again the pieces of a row that fall in one column).

Each Line carries its page, box, median type size, weight, and ``vector_bullet`` when a small
filled shape with no character (a drawn disc or square) sits just left of it. Every drawn line,
rectangle and curve is kept as a Shape (the layout stage reads a shaded box as a flow of its own);
where the rules make a grid, pdfplumber's table finder looks for tables (pipeline.load.tables).

Glyphs whose font maps them to no character (pdfminer writes ``(cid:N)`` for each) are not text: a
page made mostly of them is left out with a warning, and a stray one in a readable line is dropped.
Link annotations are optional data: when they cannot be read the page is read without them.

Every tolerance is a named module constant, in PDF points or in ems of the type size. The PDFium
reader (pipeline.load.pdfium) gives its characters and shapes to the same builder (``build_page``).

The builder carries characters as tuples (``CharItem``: the fields it reads, in a fixed order), not
as pdfplumber's dicts: the PDFium reader makes the tuples directly (a dict per character was most of
its time), the pdfplumber reader's dicts are turned into them once (``char_items``), and
``char_dicts`` makes the dicts again where pdfplumber's table finder needs them.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import operator
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from pipeline.errors import BrochureError
from pipeline.load.limits import DEFAULT_CAPS, DecompressionCaps, DecompressionLimitExceeded, check_page_content, decompression_caps
from pipeline.load.normalize import normalize_line
from pipeline.load.tables import find_tables
from pipeline.load.text import pages_left_out
from pipeline.model import BBox, Dropped, Line, LinkAnnotation, LoadedDocument, Page, ReaderName, Shape, Source
from pipeline.resources import data_file

DEDUPE_TOLERANCE = 1.0
"""Points within which two identical glyphs (same text, font and size) are one glyph printed twice
(pdfplumber's ``dedupe_chars`` default)."""
ROW_TOLERANCE = 2.0
"""Points by which the bottoms of characters on one printed row may differ (mixed type sizes on a
baseline differ by their descents; the next line is a full line pitch away)."""
WORD_GAP_EM = 0.2
"""A gap between two characters wider than this share of the type size is a word space (used when
the PDF draws no space character)."""
CUT_GAP_EM = 1.0
"""A gap wider than this share of the type size ends a line: a column gutter is wider, a word space
narrower (justified text stretches a few word spaces past it; layout joins those pieces again)."""
CUT_GAP_ROUNDING_EM = 1e-6
"""How far (ems of the type size) a gap may exceed CUT_GAP_EM and still be a gap of exactly
CUT_GAP_EM, which does not end a line. TeX sets a section number a \\quad (one em) before its
heading; the readers measure that gap a float rounding either side of the type size (pdfminer
14.3462 pt against an em of 14.346199999999953, PDFium against one of 14.346199989), and compared
strictly, pdfminer cut the number off its heading and PDFium did not. A millionth of an em is far
below any difference a page sets (the zoo's gaps nearest an em, in both readers: 0.9991 and
1.0009 em)."""
BULLET_SHAPE_MIN, BULLET_SHAPE_MAX = 1.5, 8.5
"""Width and height in points of a filled shape that may be a drawn bullet."""
BULLET_SHAPE_MAX_RATIO = 1.6
"""A drawn bullet is roughly square (or round): its sides differ by at most this ratio."""
BULLET_SHAPE_REACH = 20.0
"""How far (points) left of a line's first character a drawn bullet may sit."""
RULE_MAX_THICKNESS = 2.0
"""A line, or a rectangle this thin, is a rule (a table's ruling)."""
RULE_TOLERANCE = 2.0
"""Points within which rules of one table line up."""
UNMAPPED_GLYPH_SHARE = 0.5
"""A page whose printed characters are more than this share unmapped glyphs (``(cid:N)``, U+FFFD or
private-use characters) has no readable text: its fonts carry no map from glyphs to characters
(subset fonts without a ToUnicode table, or a repair that lost the fonts), and the few glyphs that
do map make no sentence. A readable page has almost none (a private-use bullet or two)."""
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)


@cache
def is_bold_font(fontname: str) -> bool:
    """A bold, black, heavy or semibold face, from the font's name ("ABCDEF+Helvetica-Bold")."""
    return _BOLD.search(fontname) is not None


XREF_SCANNED = "the cross-reference table was broken; the file was read by scanning its objects"
"""The warning of a PDF whose cross-reference table could not be used (pdfminer rebuilt it by
scanning the file for objects)."""
GHOSTSCRIPT_REPAIRED = "the PDF could not be parsed as it was; it was read after Ghostscript repaired it"
"""The warning of a PDF read from Ghostscript's rewrite of it."""
GHOSTSCRIPT_HELD_NO_TEXT = "Ghostscript's repair of it held no text"
"""What the message of ``corrupt_pdf`` says when Ghostscript rewrote the file but no page of the
rewrite has text: Ghostscript makes a blank page of garbage, and a page without its fonts of a cut
file, so such a repair is no repair (and is no sign of a scan)."""
GHOSTSCRIPT_SECONDS = 120.0
"""How long Ghostscript may take to repair one file."""
GHOSTSCRIPT_VARIABLE = "BROCHURE_GHOSTSCRIPT"
"""The environment variable that chooses the Ghostscript that repairs damaged PDFs: unset, ``gs``
on the PATH; a program's name or path, that program; empty, no repair (running Ghostscript on
untrusted files is a risk some would rather not take; the tests set it so, for a result that does
not depend on the machine)."""
NO_TEXT_LAYER = "no page has a text layer (scanned pages); run OCR first (e.g. ocrmypdf) and try again"
"""The message of ``no_text_layer``: the pages hold images or drawings and no text."""
UNMAPPED_FONT = ("the PDF's fonts carry no character map: its text is drawn as glyphs that stand for no "
                 "characters, so it cannot be read as text; OCR could read it (e.g. ocrmypdf --force-ocr)")
"""The message of ``unmapped_font``: no page has readable text, and some page's glyphs map to no
characters (see UNMAPPED_GLYPH_SHARE)."""
_XREF_POINTER = re.compile(rb"(startxref\s+)(\d+)")


def unmapped_page(page: int) -> str:
    """The warning of a page whose glyphs mostly map to no character (its lines are left out)."""
    return (f"page {page}: its fonts map most glyphs to no character (unmapped_font); its text was left out "
            "(OCR could read it)")


def no_text_on_page(page: int) -> str:
    """The warning of a page without text (blank, or only images and drawings) beside pages with text."""
    return f"page {page} has no text layer"


def unreadable_links(page: int, reason: str) -> str:
    """The warning of a page whose link annotations could not be read (its text was read)."""
    return f"page {page}: its link annotations could not be read ({reason}); links come from the text only"


def lost_page(page: int) -> str:
    """The warning of a page whose content stream is missing from the file (a damaged file)."""
    return f"page {page}: its content is missing from the file (damaged); nothing on it could be read"


def pages_lost(found: int, listed: int) -> str:
    """The warning of a file whose page tree lists pages no reader could make pages of (their
    objects are damaged or are no page objects)."""
    lost = listed - found
    return (f"the file's page tree lists {listed} pages but only {found} could be read: "
            f"{lost} {'page is' if lost == 1 else 'pages are'} lost (damaged page objects)")


def page_tree_size(document, limit: int = 1_000_000, inner: Callable[[int], bool] | None = None) -> int | None:
    """How many pages the page tree of an open pdfminer ``PDFDocument`` lists, counted by walking
    its /Kids from the catalog's /Pages (every node without /Kids is a page, whatever its /Type
    says, and so is a kid whose object is gone: a damaged page object is a page lost, not no page),
    each node once. The tree's /Count is
    not believed: PDFium reads that many pages and no more, so a /Count smaller than the tree would
    lose pages without a word. Gives None when the tree cannot be walked, and stops counting past
    ``limit``. ``inner``: whether the object of an id may be an inner node; a kid it says is not
    is counted as a page unparsed (the PDFium reader's survey judges from the object's bytes)."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    try:
        root = document.catalog.get("Pages")
        if not isinstance(resolve1(root), dict):
            return None
        stack = [root]
        seen: set[int] = set()
        pages = 0
        while stack and pages <= limit:
            node = stack.pop()
            if isinstance(node, PDFObjRef):
                if node.objid in seen:
                    continue
                seen.add(node.objid)
                if inner is not None and not inner(node.objid):
                    pages += 1
                    continue
            node = resolve1(node)
            kids = resolve1(node.get("Kids")) if isinstance(node, dict) else None
            if isinstance(kids, list):
                stack.extend(kids)
            else:  # a page, or a listed kid whose object is gone
                pages += 1
        return pages
    except Exception:  # a tree pdfminer cannot walk: the readers say what they found
        return None


class _Unparsable(Exception):
    """This reading of the PDF failed the way a damaged file does; ``reason`` says how (for the
    message), ``scanned`` whether its objects were found by scanning already."""

    def __init__(self, reason: str, scanned: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.scanned = scanned


class _NoText(_Unparsable):
    """This reading found pages, and no text on any of them.

    ``error`` is what to tell the user when the pages are real: ``no_text_layer`` when they hold
    images or drawings (a scan), ``unmapped_font`` when their glyphs map to no characters. It is
    None when the pages hold nothing (blank, or their content missing): that is a damaged file, to
    be repaired as one. A reading of Ghostscript's repair that ends here means the repair failed,
    whatever ``error`` says."""

    def __init__(self, reason: str, scanned: bool, error: BrochureError | None):
        super().__init__(reason, scanned)
        self.error = error


def read_pdf(data: bytes, source: Source, *, password: str | None = None, max_pages: int | None = None,
             caps: DecompressionCaps = DEFAULT_CAPS) -> LoadedDocument:
    """Bytes of a PDF into a LoadedDocument: one Page per page read, for at
    most ``max_pages`` pages (None: all; a warning says when pages were left out).

    No stream may decode to more than ``caps`` allow, nor a page's content (see
    pipeline.load.limits): a decompression bomb is ``too_large`` in a second, before its bytes exist.

    A damaged file is read as well as it can be, and its warnings say how. When the cross-reference
    table (the index of the file's objects) cannot be found or read, pdfminer scans the file for its
    objects itself; when the table reads but points at the wrong bytes (pdfminer then finds no
    pages, or fails on a page, or finds pages that hold nothing), the reading is done again with the
    table hidden, so that pdfminer scans. Failing that, the file is read from Ghostscript's repair
    of it when ``gs`` is installed (what ``pdfplumber.open(repair=True)`` does); a repair with no
    text on any page counts as failed.

    Raises BrochureError: ``encrypted`` (a password is needed, or the one given is wrong),
    ``corrupt_pdf`` (no reading worked, or the pages found hold nothing; the message says what was
    tried), ``no_text_layer`` (pages with images or drawings and no text: a scan),
    ``unmapped_font`` (no page has readable text and the fonts map their glyphs to no characters),
    ``too_complex`` (the page tree or a page's content nested too deeply to read), ``too_large``
    (a stream or a page's content over its cap)."""
    try:
        with decompression_caps(caps):
            return _read_repairing(data, source, password, max_pages)
    except DecompressionLimitExceeded as error:
        raise BrochureError("too_large", str(error), source.path) from None


def _read_repairing(data: bytes, source: Source, password: str | None, max_pages: int | None) -> LoadedDocument:
    """read_pdf's readings: as it is, by scanning, from Ghostscript's repair (see read_pdf)."""
    try:
        try:
            return _read_once(data, source, password, max_pages)
        except _Unparsable as failure:
            first = failure
        _raise_if_real_pages(first)
        tried = []
        if not first.scanned:
            hidden = _without_xref_pointer(data)
            if hidden is not None:
                try:
                    return _read_once(hidden, source, password, max_pages, note=XREF_SCANNED)
                except _NoText as failure:
                    _raise_if_real_pages(failure)
                except _Unparsable:
                    pass
        tried.append("scanning it for objects found nothing readable either")
        ghostscript = _ghostscript()
        if ghostscript is None:
            tried.append(_no_ghostscript())
        else:
            repaired = _ghostscript_repair(ghostscript, data, password)
            if repaired is None:
                tried.append("Ghostscript could not repair it")
            else:
                try:
                    return _read_once(repaired, source, password, max_pages, note=GHOSTSCRIPT_REPAIRED)
                except _NoText as failure:
                    unmapped = failure.error is not None and failure.error.code == "unmapped_font"
                    tried.append(GHOSTSCRIPT_HELD_NO_TEXT + (" (its glyphs map to no characters)" if unmapped else ""))
                except _Unparsable:
                    tried.append("Ghostscript's repair of it could not be read either")
        raise BrochureError("corrupt_pdf", f"{first.reason}; {'; '.join(tried)}", source.path)
    except RecursionError:
        raise BrochureError("too_complex", "the PDF's objects are nested too deeply to read", source.path) from None


def _raise_if_real_pages(failure: _Unparsable) -> None:
    """Raise the user's error of a reading whose pages are real but hold no text (a scan, or fonts
    without a character map): repairing such a file would not give it text."""
    if isinstance(failure, _NoText) and failure.error is not None:
        raise failure.error


def _read_once(data: bytes, source: Source, password: str | None, max_pages: int | None, note: str | None = None) -> LoadedDocument:
    """One reading of the bytes; raises _Unparsable when they read as a damaged file (_NoText when
    the pages found hold no text), BrochureError for the other failures. ``note`` is a warning to
    give the record (how the bytes were obtained)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFXRefFallback

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as error:  # pdfminer raises many kinds on broken files
        raise _open_error(error, source.path, password, data) from None
    try:
        scanned = any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs)
        try:
            read, page_count = _first_pages(pdf, max_pages)
        except Exception as error:
            _raise_inner(error)
            raise _Unparsable(f"cannot read the page tree: {_reason(error)}", scanned) from None
        if not page_count:
            raise _Unparsable("the PDF has no pages", scanned)
        read_pages: list[Page] = []
        textless: set[str] = set()  # what the pages without text hold: "drawn", "unmapped", "lost", "blank"
        number = 0
        for index, page in enumerate(read, start=1):
            try:
                check_page_content(index, _content_streams(page))
                chars = page.chars
                drawn = [*page.curves, *page.rects, *page.lines]
                width, height = float(page.width), float(page.height)
                x_offset, y_offset = float(page.bbox[0]), float(page.bbox[1])
            except Exception as error:
                _raise_inner(error)
                raise _Unparsable(f"page {index} cannot be parsed: {_reason(error)}", scanned) from None
            built = build_page(index, "pdfplumber", char_items(chars), drawn, width, height, x_offset, y_offset, first_number=number + 1)
            read_page, frame, drawn = built.page, built.frame, built.drawn
            if built.unmapped:
                textless.add("unmapped")
            number += len(read_page.lines)
            read_page.tables = find_tables(page, built.table_candidates(), built.x_offset, built.y_offset)
            if not read_page.lines and not built.unmapped:
                # a damaged file's page with nothing on it lost its content in the damage (or the repair)
                damaged = scanned or note is not None
                held = "drawn" if drawn or page.images else "lost" if damaged or _content_missing(page) else "blank"
                textless.add(held)
                read_page.warnings.append(lost_page(index) if held == "lost" else no_text_on_page(index))
            read_page.links, failure = _page_links(page, index, frame)
            if failure:
                read_page.warnings.append(unreadable_links(index, failure))
            read_pages.append(read_page)
            page.close()  # drop the page's cached objects: only the Page is kept
        # pages pdfminer's walk passed over (a page object whose /Type is damaged) are named, not lost unsaid
        listed = page_tree_size(pdf.doc) if len(read) == page_count else None
    finally:
        _close(pdf)
    if not any(p.lines for p in read_pages):
        raise _no_text(textless, scanned, source.path)
    warnings = [note] if note else []
    if scanned and note is None:
        warnings.insert(0, XREF_SCANNED)
    if len(read) < page_count:
        warnings.append(pages_left_out(len(read), page_count))
    elif listed is not None and listed > page_count:
        warnings.append(pages_lost(page_count, listed))
    return LoadedDocument(source=replace(source, page_count=page_count), pages=read_pages, warnings=warnings)


def _first_pages(pdf, max_pages: int | None) -> tuple[list, int]:
    """The first ``max_pages`` pages (None: all) of an open pdfplumber PDF, made as ``pdf.pages``
    makes them (the same numbers and doctops), and how many pages the file has.

    ``pdf.pages`` makes every page of the file, and pdfminer parses each page's object to do it: a
    file of 10,000 pages cost four seconds before its first page was read. Here the page tree is
    walked (pdfminer's walk, in its order) only as far as the pages read and one more; the pages
    past that are counted by the /Count of the tree's root, as PDFium counts them, where that is a
    number no smaller than the pages found (else by walking on)."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1
    from pdfplumber.page import Page as PlumberPage

    pages: list = []
    doctop = 0
    walk = PDFPage.create_pages(pdf.doc)
    for number, page_object in enumerate(walk, start=1):
        if max_pages is not None and number > max_pages:
            root = resolve1(pdf.doc.catalog.get("Pages"))
            count = resolve1(root.get("Count")) if isinstance(root, dict) else None
            if isinstance(count, int) and not isinstance(count, bool) and count >= number:
                return pages, count
            return pages, number + sum(1 for _ in walk)
        page = PlumberPage(pdf, page_object, page_number=number, initial_doctop=doctop)
        pages.append(page)
        doctop += page.height
    return pages, len(pages)


@dataclass(slots=True)
class BuiltPage:
    """A page as ``build_page`` made it: the Page (lines, shapes, dropped characters, its warnings so
    far), the frame it is read in, its drawn shapes in that frame with the offsets still to take off
    them (none once turned), and whether its text was left out as unmapped glyphs."""

    page: Page
    frame: _PageFrame
    drawn: list[dict]
    x_offset: float
    y_offset: float
    unmapped: bool

    def table_candidates(self) -> list[BBox]:
        """Areas of the page's ruled grids, where its tables may stand (``ruled_tables``); none on a
        turned page (its tables are read as its text)."""
        if self.frame.turn:
            return []
        return ruled_tables([d for d in self.drawn if _is_rule(d)], self.x_offset, self.y_offset)


def build_page(number: int, reader: ReaderName, chars: list[CharItem], drawn: list[dict], width: float, height: float,
               x_offset: float, y_offset: float, first_number: int = 1) -> BuiltPage:
    """Page ``number``'s characters (CharItems, see ``char_items``) and drawn shapes (dicts as
    pdfplumber gives them): boxes in points from the top left of a page of ``width`` by ``height``
    as shown, starting at ``x_offset``, ``y_offset``) into its Page, the same for every PDF reader: the page is read in the direction
    most of its characters run; a page mostly of unmapped glyphs is left out with a warning; glyph
    codes and text across the reading direction are dropped with their reason; the rest become
    Lines numbered from ``first_number``, and every drawn shape a Shape. Tables and links are the
    reader's to add."""
    by_turn, glyph_codes, reading_turn, unmapped_share = _census(chars)
    frame = _PageFrame(reading_turn, width, height, x_offset, y_offset)
    page = Page(number=number, reader=reader, lines=[], width=frame.size[0], height=frame.size[1])
    unmapped = unmapped_share > UNMAPPED_GLYPH_SHARE
    if unmapped:
        page.warnings.append(unmapped_page(number))
        _drop(page, "glyphs that map to no character (unmapped_font)", chars)
        by_turn, glyph_codes = ([], [], [], []), []
    reading = frame.turn // 90
    upright = by_turn[reading]
    across = [char for quarter, chars_of in enumerate(by_turn) if quarter != reading for char in chars_of]
    if glyph_codes:
        _drop(page, "glyph codes that map to no character", glyph_codes)
    if across:
        _drop(page, "text running across the page's reading direction", across)
    if not frame.turn and not all(map(_ITEM_UPRIGHT, upright)):
        # pdfminer calls a glyph drawn mirrored (negative Tz) or flipped not upright, and the line
        # builder reads only upright ones: said here, not lost in silence (a turned page's characters
        # are all made upright in its frame)
        _drop(page, "text drawn mirrored or flipped (not upright)", [c for c in upright if not c[_UPRIGHT]])
    chars, drawn = (frame.turned_items(upright), frame.turned(drawn)) if frame.turn else (upright, drawn)
    if frame.turn:  # the text runs up, down or upside down: the page is read turned upright
        x_offset = y_offset = 0.0
    page.lines = page_to_lines(chars, drawn, number, x_offset, y_offset, first_number=first_number)
    page.shapes = _shapes(drawn, x_offset, y_offset)
    return BuiltPage(page, frame, drawn, x_offset, y_offset, unmapped)


def _drop(page: Page, reason: str, chars: list[CharItem]) -> None:
    """Count characters the reader leaves out of the page's lines, with the reason (white space
    aside, as the accounting counts; a glyph code "(cid:N)" is one glyph)."""
    texts = [c[_TEXT] for c in chars]
    count = sum(1 if _is_unmapped(text) else len(text) - text.count(" ") for text in texts if not text.isspace())
    if count:
        page.dropped.append(Dropped(reason, count))


def _shapes(drawn: list[dict], x_offset: float, y_offset: float) -> list[Shape]:
    """pdfplumber's lines, rects and curves as the page model's Shapes (boxes relative to the page)."""
    return [Shape(kind=d["object_type"] if d["object_type"] in ("line", "rect") else "curve",
                  bbox=_rounded((d["x0"] - x_offset, d["top"] - y_offset, d["x1"] - x_offset, d["bottom"] - y_offset)),
                  filled=bool(d.get("fill")), stroked=bool(d.get("stroke")))
            for d in drawn]


def _no_text(textless: set[str], scanned: bool, path: str) -> _NoText:
    """The failure of a reading in which no page has text, from what the pages hold instead."""
    if "unmapped" in textless:
        return _NoText("no page has readable text", scanned, BrochureError("unmapped_font", UNMAPPED_FONT, path))
    if "drawn" in textless:
        return _NoText("no page has a text layer", scanned, BrochureError("no_text_layer", NO_TEXT_LAYER, path))
    if "lost" in textless:
        return _NoText("the content of its pages is missing from the file", scanned, None)
    return _NoText("its pages hold nothing: no text, image or drawing", scanned, None)


def _content_streams(page) -> list:
    """The page's content streams (pdfminer PDFStreams; a reference to anything else is skipped)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    return [stream for stream in map(resolve1, page.page_obj.contents) if isinstance(stream, PDFStream)]


def _content_missing(page) -> bool:
    """The page names content (/Contents) and none of it is in the file: the reference leads to no
    object, or to one that is no stream (as in a file cut short, or with a wrong cross-reference
    table). A page with no /Contents at all is blank by design."""
    from pdfminer.pdftypes import PDFStream, resolve1

    if page.page_obj.attrs.get("Contents") is None:
        return False
    return not any(isinstance(resolve1(part), PDFStream) for part in page.page_obj.contents)


def _page_links(page, number: int, frame: _PageFrame) -> tuple[list[LinkAnnotation], str | None]:
    """Page ``number``'s link annotations (with a URI; boxes in ``frame``), and None; or none and the
    reason they could not be read. They are optional data: a page's text is read without them (its
    URLs are still found in the text), so no failure here may cost the document. Nesting too deep
    (an /Annots array nested thousands deep) is such a failure too; too little memory is not (the
    batch says ``too_large``)."""
    try:
        found = []
        for link in page.hyperlinks:
            uri = link.get("uri")
            if uri:
                found.append(LinkAnnotation(number, _rounded(frame.box(link)), str(uri)))
        return found, None
    except MemoryError:
        raise
    except RecursionError:
        return [], "they are nested too deeply"
    except Exception as error:  # pdfplumber reads /Annots without checks: any kind, on a malformed entry
        return [], _annotation_reason(error)


def _annotation_reason(error: BaseException) -> str:
    """Why the link annotations could not be read, in words: the entry that is missing (pdfplumber
    indexes /Rect without asking), an entry of the wrong kind (a /Rect of two numbers, an annotation
    that is no dictionary: Python's own words would say nothing to the user), else the parser's
    reason."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(inner, KeyError) and inner.args and isinstance(inner.args[0], str):
        return f"an annotation has no /{inner.args[0]}"
    if isinstance(inner, (TypeError, ValueError, IndexError, AttributeError)):
        return "an annotation is malformed"
    return _reason(error)


def _close(pdf) -> None:
    """Close the PDF: its caches dropped and its stream (the reader's own, over the bytes) closed,
    without pdfplumber's close, which walks the page tree again to close every page, making every
    page of the file (``_first_pages``: the pages read were closed as they were read, unless one
    raised, and no other was made), and raises again when the page tree is what could not be read."""
    with contextlib.suppress(Exception):
        pdf.flush_cache()
    pdf.stream.close()


def _without_xref_pointer(data: bytes) -> bytes | None:
    """The bytes with the offset after every ``startxref`` defaced (same length, so no offset moves):
    pdfminer finds no cross-reference table and rebuilds one by scanning the file for objects. (The
    keyword itself stays: pdfminer needs it after the trailer to read the trailer.) None when the
    file has no such offset (pdfminer scanned it already)."""
    hidden = _XREF_POINTER.sub(lambda match: match.group(1) + b"x" * len(match.group(2)), data)
    return None if hidden == data else hidden


def _ghostscript() -> str | None:
    """The Ghostscript program to repair with (see GHOSTSCRIPT_VARIABLE), or None."""
    chosen = os.environ.get(GHOSTSCRIPT_VARIABLE)
    if chosen is not None:
        return shutil.which(chosen) if chosen.strip() else None
    return shutil.which("gs") or shutil.which("gswin64c") or shutil.which("gswin32c")


def _no_ghostscript() -> str:
    """Why no repair was tried, for the message of ``corrupt_pdf``."""
    chosen = os.environ.get(GHOSTSCRIPT_VARIABLE)
    if chosen is None:
        return "Ghostscript (gs), which could try to repair it, is not installed"
    if not chosen.strip():
        return f"Ghostscript's repair, which could try to mend it, is turned off ({GHOSTSCRIPT_VARIABLE} is empty)"
    return f"Ghostscript, which could try to repair it, is not found where {GHOSTSCRIPT_VARIABLE} says ({chosen})"


def _ghostscript_repair(executable: str, data: bytes, password: str | None) -> bytes | None:
    """The PDF rewritten by Ghostscript (the arguments of ``pdfplumber.repair``), or None when it
    fails. Run here rather than through pdfplumber so that it is stopped when it takes too long or
    the batch's time limit strikes: pdfplumber's call waits for it without limit."""
    # -dSAFER: a hostile file's PostScript may not touch files (the default of recent versions)
    arguments = [executable, "-dSAFER", "-sstdout=%stderr", "-o", "-", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/default"]
    if password:
        arguments.append(f"-sPDFPassword={password}")
    arguments.append("-")
    try:
        # subprocess.run kills Ghostscript on any exception, the batch's timeout included
        done = subprocess.run(arguments, input=data, capture_output=True, timeout=GHOSTSCRIPT_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or not done.stdout.lstrip().startswith(b"%PDF-"):
        return None
    return done.stdout


def _raise_inner(error: BaseException) -> None:
    """Re-raise what is no sign of a damaged file, also when pdfplumber wrapped it: too deep a
    nesting (read_pdf says ``too_complex``), too little memory (the batch says ``too_large``)."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(inner, (RecursionError, MemoryError)):
        raise inner


def _reason(error: BaseException) -> str:
    """The parser's own reason, short: the wrapped exception's message, else its class name."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    text = str(inner).strip() or type(inner).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def password_error(path: str, password: str | None, data: bytes) -> BrochureError:
    """``encrypted`` for a PDF ``data`` whose password was not given (``password`` None or empty) or
    is wrong; ``corrupt_pdf`` when the password check failed because the encryption dictionary is
    damaged (no password would open it: see `encryption_error`)."""
    damaged = encryption_error(path, data)
    if damaged is not None:
        return damaged
    if password:
        return BrochureError("encrypted", "the PDF is encrypted and the password given is wrong; pass the right one with --password", path)
    return BrochureError("encrypted", "the PDF is encrypted with a password; pass it with --password", path)


def encryption_error(path: str, data: bytes) -> BrochureError | None:
    """``corrupt_pdf`` saying what is wrong with the encryption dictionary of ``data`` when it is
    damaged (pipeline.load.encryption), else None."""
    from pipeline.load.encryption import damage

    problem = damage(data)
    if problem is None:
        return None
    return BrochureError("corrupt_pdf", f"the PDF's encryption dictionary is damaged ({problem}): its text cannot be "
                                        "decrypted, with or without a password", path)


def _open_error(error: BaseException, path: str, password: str | None, data: bytes) -> Exception:
    """What an exception of pdfplumber.open on ``data`` means: BrochureError ``encrypted`` for a
    password problem, ``corrupt_pdf`` for a damaged encryption dictionary, _Unparsable for a
    damaged file otherwise."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    _raise_inner(error)
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(inner, PDFPasswordIncorrect):
        return password_error(path, password, data)
    if b"/Encrypt" in data and (damaged := encryption_error(path, data)) is not None:
        return damaged  # (pdfminer fails on it with a KeyError or a message quoting the whole dictionary)
    if isinstance(inner, PDFEncryptionError):
        return BrochureError("encrypted", f"the PDF is encrypted in a way that cannot be read ({_reason(inner)})", path)
    return _Unparsable(f"not a readable PDF: {_reason(error)}")


def _rounded(box: tuple[float, float, float, float]) -> BBox:
    return (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


# --------------------------------------------------------------------------------------------
# characters -> rows -> words -> lines


CharItem = tuple
"""A character as the line builder carries it: (bottom, x0, x1, top, size, text, fontname, fill
colour, upright, matrix, doctop), the fields of pdfplumber's character dict (``CHAR_FIELDS``) in
that order (``matrix`` and the fill colour may be None)."""
CHAR_FIELDS = ("bottom", "x0", "x1", "top", "size", "text", "fontname", "non_stroking_color", "upright", "matrix", "doctop")
_BOTTOM, _CX0, _CX1, _TOP, _SIZE, _TEXT, _FONT, _COLOR, _UPRIGHT, _MATRIX, _CDOCTOP = range(len(CHAR_FIELDS))
_CHAR_ITEM = operator.itemgetter(*CHAR_FIELDS)


def char_items(chars: list[dict]) -> list[CharItem]:
    """pdfplumber's character dicts as CharItems (a glyph of zero width upright by its matrix: see
    ``_upright_at_zero_scaling``)."""
    try:
        items = list(map(_CHAR_ITEM, chars))
    except KeyError:  # a character without a fill colour or a matrix
        items = [tuple(c.get(key) for key in CHAR_FIELDS) for c in chars]
    if not all(map(_ITEM_UPRIGHT, items)):
        items = _upright_at_zero_scaling(items)
    return items


_ITEM_UPRIGHT = operator.itemgetter(_UPRIGHT)


def _upright_at_zero_scaling(items: list[CharItem]) -> list[CharItem]:
    """``items`` with each character of zero width (x0 == x1) that pdfminer calls not upright made
    upright when its matrix is: pdfminer multiplies the horizontal scaling (``Tz``) into its test,
    so text drawn at ``0 Tz`` (glyphs of no width, at one origin) was never upright, and the line
    builder, which reads only upright characters, lost it without a word. Characters of any width
    are as pdfminer says (the same test, its scaling positive)."""
    def upright(matrix) -> bool:
        return bool(matrix) and matrix[0] * matrix[3] > 0 and matrix[1] * matrix[2] <= 0

    return [(*c[:_UPRIGHT], True, *c[_UPRIGHT + 1:]) if not c[_UPRIGHT] and c[_CX0] == c[_CX1] and upright(c[_MATRIX]) else c
            for c in items]


def char_dicts(items: list[CharItem]) -> list[dict]:
    """CharItems as pdfplumber's character dicts (what its table finder reads)."""
    return [{"object_type": "char", "text": c[_TEXT], "fontname": c[_FONT], "x0": c[_CX0], "x1": c[_CX1], "top": c[_TOP],
             "bottom": c[_BOTTOM], "doctop": c[_CDOCTOP], "size": c[_SIZE], "upright": c[_UPRIGHT], "matrix": c[_MATRIX],
             "non_stroking_color": c[_COLOR]} for c in items]


def char_dicts_in(items: list[CharItem], box: tuple[float, float, float, float]) -> list[dict]:
    """``char_dicts`` of only the CharItems whose centre lies in ``box`` (x0, top, x1, bottom;
    half-open, as pdfplumber's table extraction tests a character against a cell), in their order:
    the same dicts, in the same order, as ``char_dicts`` of all of them filtered by that test, made
    only for the few characters a found table holds (a dict per character of the page was most of
    the table finder's work on a page with a small table)."""
    x0, top, x1, bottom = box
    return char_dicts([c for c in items if x0 <= (c[_CX0] + c[_CX1]) / 2 < x1 and top <= (c[_TOP] + c[_BOTTOM]) / 2 < bottom])


_DEDUPE_KEY = operator.itemgetter("upright", "text", "fontname", "size")
_DOCTOP, _X0 = operator.itemgetter("doctop"), operator.itemgetter("x0")
_ITEM_DEDUPE_KEY = operator.itemgetter(_UPRIGHT, _TEXT, _FONT, _SIZE)
_ITEM_DOCTOP, _ITEM_X0 = operator.itemgetter(_CDOCTOP), operator.itemgetter(_CX0)


def dedupe_chars(chars: list[dict], tolerance: float = DEDUPE_TOLERANCE) -> list[dict]:
    """The characters without duplicates, in their original order.

    The same rule as pdfplumber's ``dedupe_chars`` (same text, upright, font name and size, and
    position within ``tolerance`` in both directions, clustered as pdfplumber clusters them: a
    chain of values each within tolerance of the one before; the first by (doctop, x0) is kept),
    in O(n log n) (pdfplumber's own restores the order with ``list.index``, quadratic in the
    page's characters), with the sorting and chaining done by numpy: only the groups of two or
    more characters, which most pages have none of, are looked at one by one."""
    if len(chars) < 2:
        return chars
    drop = _duplicates(list(map(_DEDUPE_KEY, chars)), list(map(_DOCTOP, chars)), list(map(_X0, chars)), tolerance,
                       [c["text"] for c in chars])
    return [c for i, c in enumerate(chars) if i not in drop] if drop else chars


def _dedupe_items(chars: list[CharItem], tolerance: float = DEDUPE_TOLERANCE) -> list[CharItem]:
    """``dedupe_chars`` of CharItems. Where the compiled line_rows.c is built, its first test (no two
    characters of one text would be grouped: most pages) is made there."""
    if len(chars) < 2:
        return chars
    compiled = _compiled_rows()
    found = compiled.text_duplicates(chars, tolerance) if compiled is not None and type(chars) is list else None
    if found is False:
        return chars
    # (where the compiled test found characters of one text together, the text-only pass is not run again)
    # a glyph narrower than the tolerance (text at a small Tz, 0 Tz or a font of no widths) may have
    # the next letter of its word within it: the second "l" of "all" is a duplicate only if it
    # overlaps the first by more than half its width, as a glyph printed twice does
    drop = _duplicates(lambda: list(map(_ITEM_DEDUPE_KEY, chars)), list(map(_ITEM_DOCTOP, chars)), list(map(_ITEM_X0, chars)),
                       tolerance, None if found else [c[_TEXT] for c in chars],
                       width_of=lambda i: chars[i][_CX1] - chars[i][_CX0])
    return [c for i, c in enumerate(chars) if i not in drop] if drop else chars


def _duplicates(keys, doctops, x0s, tolerance: float, texts: list[str] | None = None, width_of=None) -> set[int]:
    """The indices of the characters ``dedupe_chars`` drops, of characters given by their
    (upright, text, fontname, size) (``keys``: a list, or a function that makes it), doctop and x0.

    Without ``width_of`` one character of each group is kept (pdfplumber's rule). With ``width_of`` (a
    function from a character's index to its width), a character of a group is dropped only where
    it overlaps one kept before it (in (doctop, x0) order) by more than half its own width: a glyph
    of no width, or a narrow one whose neighbour starts where it ends, is a letter of its own.

    With ``texts`` (each character's text), a first pass clusters the characters by their text
    alone: characters of one key are of one text, so where no two of one text cluster (most pages),
    no two of one key do, and the keys need no ids (hashing a tuple per character was most of the
    cost)."""
    import numpy as np

    doctop = np.asarray(doctops, dtype=np.float64)
    x0 = np.asarray(x0s, dtype=np.float64)
    if texts is not None and not _groups(_ids(texts), doctop, x0, tolerance):
        return set()
    drop: set[int] = set()
    for group in _groups(_ids(keys() if callable(keys) else keys), doctop, x0, tolerance):
        if width_of is None:
            keep = min(group, key=lambda i: (doctops[i], x0s[i], i))
            drop.update(i for i in group if i != keep)
            continue
        kept: list[int] = []
        for i in sorted(group, key=lambda i: (doctops[i], x0s[i], i)):
            if any(abs(x0s[i] - x0s[k]) < width_of(i) / 2 for k in kept):
                drop.add(i)
            else:
                kept.append(i)
    return drop


def _ids(values: list):
    """Each value's number, the distinct values numbered in the order they first come."""
    import numpy as np

    numbers = dict.fromkeys(values)
    for number, value in enumerate(numbers):
        numbers[value] = number
    return np.fromiter(map(numbers.__getitem__, values), dtype=np.int64, count=len(values))


def _groups(key, doctop, x0, tolerance: float) -> list[list[int]]:
    """The groups of two or more characters that ``dedupe_chars`` makes, each as the characters'
    indices (characters given by the number of their key, their doctop and x0)."""
    import numpy as np

    n = len(key)
    # y-clusters: same key, doctop chained within tolerance, in the order (key, doctop, x0, index)
    # (lexsort is stable: the index is the last key without being one)
    by_y = np.lexsort((x0, doctop, key))
    key_y = key[by_y]
    new_y = np.empty(n, dtype=bool)
    new_y[0] = True
    new_y[1:] = (key_y[1:] != key_y[:-1]) | (np.diff(doctop[by_y]) > tolerance)
    cluster_y = np.cumsum(new_y)
    # within a y-cluster: by x0 (ties in the order above: stable again), x0 chained within tolerance
    x0_y = x0[by_y]
    within = np.lexsort((x0_y, cluster_y))
    by_x = by_y[within]
    cluster_x, x0_x = cluster_y[within], x0_y[within]
    new_x = np.empty(n, dtype=bool)
    new_x[0] = True
    new_x[1:] = (cluster_x[1:] != cluster_x[:-1]) | (np.diff(x0_x) > tolerance)
    if new_x.all():  # no group of two or more: most pages
        return []
    starts = np.flatnonzero(new_x)
    sizes = np.diff(np.append(starts, n))
    return [by_x[start:start + size].tolist()
            for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True)]


_GLYPH_CODE = re.compile(r"\(cid:\d+\)")
"""What pdfminer writes for a glyph its font maps to no character."""


def _is_unmapped(text: str) -> bool:
    """A character's text stands for no character: a glyph code ``(cid:N)``, the replacement
    character U+FFFD, or a private-use character (a font's own code, not Unicode's)."""
    if text.isascii():
        return len(text) > 1 and _GLYPH_CODE.fullmatch(text) is not None
    return any(ch == "\ufffd" or unicodedata.category(ch) == "Co" for ch in text)


def _unmapped_share(chars: list[dict]) -> float:
    """The share of a page's printed characters (not white space) that stand for no character."""
    printed = unmapped = 0
    for char in chars:
        text = char["text"]
        if not text or text.isspace():
            continue
        printed += 1
        if _is_unmapped(text):
            unmapped += 1
    return unmapped / printed if printed else 0.0


def _is_glyph_code(text: str) -> bool:
    """A character's text is a glyph code ``(cid:N)``: a stray unmapped glyph in a readable line (an odd symbol of a subset
    font) is left out rather than printed as its code. (U+FFFD and private-use characters stay:
    they are characters of the text as its fonts map them, such as a Symbol font's bullet, and
    count only toward UNMAPPED_GLYPH_SHARE.)"""
    return text.startswith("(cid:") and _GLYPH_CODE.fullmatch(text) is not None


def _turn_of(matrix: tuple | None) -> int:
    """Which way a character's baseline runs on the page as shown, to the nearest quarter turn,
    counter-clockwise: 0 (left to right), 90 (up the page), 180 (upside down), 270 (down). Read
    from its ``matrix`` (pdfminer's text rendering matrix: the text matrix, the graphics state's
    and the page's /Rotate), whose first column is the baseline's direction; 0 without one."""
    if not matrix:
        return 0
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b > 0 else 270


def _census(chars: list[CharItem]) -> tuple[tuple[list[CharItem], ...], list[CharItem], int, float]:
    """In one pass over a page's characters: those that are no glyph code (``_is_glyph_code``) by the
    direction they run in (``_turn_of``: four lists, by quarter turn, each in the page's order), the
    glyph codes, the direction most of the printed ones run in (0 on a tie or a page without text),
    and the share of the printed ones that stand for no character (``_unmapped_share``)."""
    at_once = _census_at_once(chars)
    return at_once if at_once is not None else _census_by_character(chars)


def _census_by_character(chars: list[CharItem]) -> tuple[tuple[list[CharItem], ...], list[CharItem], int, float]:
    """``_census``, one character at a time (any page)."""
    by_turn: tuple[list[CharItem], ...] = ([], [], [], [])
    glyph_codes: list[CharItem] = []
    counts = [0, 0, 0, 0]
    printed = unmapped = 0
    # the quarter turn of each matrix, by the matrix's identity: a PDFium run's characters share one
    # (every matrix is held by a character of ``chars`` throughout, so no identity is reused)
    quarter_of: dict[int, int] = {}
    for char in chars:
        matrix = char[_MATRIX]
        quarter = quarter_of.get(id(matrix))
        if quarter is None:
            quarter = quarter_of[id(matrix)] = _turn_of(matrix) // 90
        text = char[_TEXT]
        if text and not text.isspace():
            counts[quarter] += 1
            printed += 1
            if (len(text) > 1 or not text.isascii()) and _is_unmapped(text):  # (one ASCII character never is)
                unmapped += 1
        if len(text) > 5 and _is_glyph_code(text):  # (the shortest is "(cid:N)")
            glyph_codes.append(char)
        else:
            by_turn[quarter].append(char)
    reading = max(range(4), key=lambda quarter: (counts[quarter], quarter == 0)) * 90
    return by_turn, glyph_codes, reading, unmapped / printed if printed else 0.0


_UNMAPPED_CHARACTER = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
"""A character ``_is_unmapped`` finds in a text not ASCII: the replacement character, or one of
Unicode's private use (category Co: exactly these three ranges)."""
_ITEM_TEXT, _ITEM_MATRIX = operator.itemgetter(_TEXT), operator.itemgetter(_MATRIX)


def _census_at_once(chars: list[CharItem]) -> tuple[tuple[list[CharItem], ...], list[CharItem], int, float] | None:
    """``_census`` of a page whose characters all run one way and none of which is a glyph code or
    unmapped (most pages), found with a few passes at C speed over the page (the direction of each
    run of characters that share a matrix, as a PDFium page's runs do; the texts searched
    joined); None for any other page (``_census`` reads it character by character). Its reading
    direction is then theirs if any is printed (not white space), else 0; nothing is unmapped."""
    if not chars:
        return None
    matrices = list(map(_ITEM_MATRIX, chars))
    shared = [next(run) for _, run in itertools.groupby(matrices, key=id)]
    quarters = {_turn_of(matrix) // 90 for matrix in shared}
    if len(quarters) != 1:
        return None
    text = "".join(map(_ITEM_TEXT, chars))
    if "(cid:" in text or (not text.isascii() and max(text) >= "\ue000" and _UNMAPPED_CHARACTER.search(text)):
        return None
    quarter = quarters.pop()
    by_turn: tuple[list[CharItem], ...] = ([], [], [], [])
    by_turn[quarter].extend(chars)
    printed = bool(text) and not text.isspace()
    return by_turn, [], quarter * 90 if printed else 0, 0.0


@dataclass(frozen=True, slots=True)
class _PageFrame:
    """Where a page's objects are placed in its Lines and boxes: relative to the page's box
    (pdfplumber's coordinates start at ``x_offset``, ``y_offset``), and, when the page's text runs
    ``turn`` degrees counter-clockwise (see ``_turn_of``), turned as much the other way so that the
    text reads upright, left to right. ``width`` and ``height`` are the page's as shown."""

    turn: int
    width: float
    height: float
    x_offset: float
    y_offset: float

    @property
    def size(self) -> tuple[float, float]:
        """The page's (width, height) in this frame: a quarter turn swaps them."""
        return (self.height, self.width) if self.turn in (90, 270) else (self.width, self.height)

    def box(self, obj: dict) -> tuple[float, float, float, float]:
        """A pdfplumber object's (x0, top, x1, bottom) in this frame."""
        return self.box_of(obj["x0"], obj["top"], obj["x1"], obj["bottom"])

    def box_of(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        """A box (x0, top, x1, bottom) of the page as pdfplumber gives it, in this frame."""
        x0, x1 = x0 - self.x_offset, x1 - self.x_offset
        top, bottom = top - self.y_offset, bottom - self.y_offset
        if self.turn == 90:  # text runs up the page: the page's bottom edge becomes the left edge
            return (self.height - bottom, x0, self.height - top, x1)
        if self.turn == 270:  # text runs down the page: the page's top edge becomes the left edge
            return (top, self.width - x1, bottom, self.width - x0)
        if self.turn == 180:
            return (self.width - x1, self.height - bottom, self.width - x0, self.height - top)
        return (x0, top, x1, bottom)

    def turned(self, objects: list[dict]) -> list[dict]:
        """Copies of pdfplumber objects (characters, shapes) with their box in this frame, offsets
        taken off (``doctop`` is the top: one page). A character's ``size`` becomes its turned
        box's height (pdfminer gives a rotated character's advance there) and it counts as upright."""
        copies = []
        for obj in objects:
            x0, top, x1, bottom = self.box(obj)
            copy = dict(obj, x0=x0, top=top, x1=x1, bottom=bottom, doctop=top)
            if obj.get("object_type") == "char":
                copy["size"] = bottom - top
                copy["upright"] = True
            copies.append(copy)
        return copies

    def turned_items(self, chars: list[CharItem]) -> list[CharItem]:
        """``turned`` of characters as CharItems."""
        copies = []
        for c in chars:
            x0, top, x1, bottom = self.box_of(c[_CX0], c[_TOP], c[_CX1], c[_BOTTOM])
            copies.append((bottom, x0, x1, top, bottom - top, c[_TEXT], c[_FONT], c[_COLOR], True, c[_MATRIX], top))
        return copies


class _Word:
    """Characters of one word: their box, text, (size, bold) for the line's type, and the font and
    fill colour of its first character."""

    __slots__ = ("x0", "x1", "top", "bottom", "parts", "sizes", "bolds", "font", "color")

    def __init__(self, x0: float, x1: float, top: float, bottom: float, font: str, color):
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.parts: list[str] = []
        self.sizes: list[float] = []
        self.bolds = 0
        self.font, self.color = font, color


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _row_items(chars: list[CharItem], x_offset: float, y_offset: float) -> list[CharItem]:
    """The upright characters with text, relative to the page box (the offsets taken off)."""
    if not x_offset and not y_offset:
        return [c for c in chars if c[_UPRIGHT] and c[_TEXT]]
    return [(c[_BOTTOM] - y_offset, c[_CX0] - x_offset, c[_CX1] - x_offset, c[_TOP] - y_offset, *c[_SIZE:])
            for c in chars if c[_UPRIGHT] and c[_TEXT]]


@cache
def _compiled_rows():
    """The compiled line_rows module (pipeline.load.native), or None."""
    from pipeline.load import native

    return native.extension("line_rows")


def _rows_by_character(items: list[CharItem]) -> list[list[_Word]]:
    """The upright characters with text (``_row_items``) into rows (by bottom, within
    ROW_TOLERANCE), each row into words (a space character or a gap wider than WORD_GAP_EM ends
    one), in Python. (A page whose text runs another way comes here turned upright:
    ``_PageFrame.turned``. The list is sorted in place.)"""
    items.sort(key=_FIRST)
    rows: list[list[tuple]] = []
    anchor = None
    for item in items:
        if anchor is None or item[0] - anchor > ROW_TOLERANCE:
            rows.append([item])
            anchor = item[0]
        else:
            rows[-1].append(item)
    word_rows: list[list[_Word]] = []
    bold: dict[str, bool] = {}  # is_bold_font, by font name (a page has a handful)
    for row in rows:
        row.sort(key=_SECOND)
        words: list[_Word] = []
        word: _Word | None = None
        parts = sizes = None
        last_x1 = 0.0
        for bottom, x0, x1, top, size, text, fontname, color, _, _, _ in row:
            if text.isspace():
                word = None
                continue
            if word is None or x0 - last_x1 > WORD_GAP_EM * size:
                word = _Word(x0, x1, top, bottom, fontname, color)
                words.append(word)
                parts, sizes = word.parts, word.sizes
            else:
                if x1 > word.x1:
                    word.x1 = x1
                if top < word.top:
                    word.top = top
                if bottom > word.bottom:
                    word.bottom = bottom
            parts.append(text)
            sizes.append(size)
            is_bold = bold.get(fontname)
            if is_bold is None:
                is_bold = bold[fontname] = is_bold_font(fontname)
            if is_bold:
                word.bolds += 1
            last_x1 = x1
        if words:
            word_rows.append(words)
    return word_rows


def _em(word: _Word) -> float:
    return word.sizes[-1] if word.sizes else 10.0


def _cut_rows(rows: list[list[_Word]]) -> list[list[_Word]]:
    """Rows cut into lines at every gap wider than CUT_GAP_EM (past its rounding: CUT_GAP_ROUNDING_EM): a line never spans two
    columns; and
    after a symbol-font marker that starts a line (``_is_symbol_marker``), so that the marker is a
    piece of its own, with its own font.

    A very loose justified line may be cut too; the layout stage, which knows the columns, joins
    the pieces of one row that fall in one column again (and a marker to its item's text, as a
    bullet: a line takes the font most of its characters are set in, which would hide the
    marker's)."""
    lines: list[list[_Word]] = []
    for words in rows:
        current = [words[0]]
        for k in range(1, len(words)):
            a, b = words[k - 1], words[k]
            if (b.x0 - a.x1 > (CUT_GAP_EM + CUT_GAP_ROUNDING_EM) * max(_em(a), _em(b))
                    or (len(current) == 1 and _is_symbol_marker(a) and not _is_symbol_font(b.font))):
                lines.append(current)
                current = []
            current.append(b)
        lines.append(current)
    return lines


@cache
def _symbol_font_parts() -> tuple[str, ...]:
    """Lower-case parts of the names of fonts whose characters are pictures (pipeline/data/symbol_fonts.json)."""
    return tuple(data_file("symbol_fonts.json")["symbol_fonts"])


@cache
def _is_symbol_font(fontname: str | None) -> bool:
    """The font draws pictures, not letters (Wingdings, ZapfDingbats, a font made like them)."""
    return bool(fontname) and any(part in fontname.lower() for part in _symbol_font_parts())


def _is_symbol_marker(word: _Word) -> bool:
    """A word of one or two characters set in a symbol font: a bullet drawn with a font's
    character ("l" a disc in ZapfDingbats, "n" a square in Wingdings)."""
    return _is_symbol_font(word.font) and 0 < sum(map(len, word.parts)) <= 2


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _bullet_shapes(shapes: list[dict], x_offset: float, y_offset: float) -> list[BBox]:
    """Small filled, roughly square shapes: discs and squares drawn as bullets."""
    found = []
    for shape in shapes:
        if not shape.get("fill"):
            continue
        w, h = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        small = BULLET_SHAPE_MIN <= w <= BULLET_SHAPE_MAX and BULLET_SHAPE_MIN <= h <= BULLET_SHAPE_MAX
        if small and max(w, h) <= BULLET_SHAPE_MAX_RATIO * min(w, h):
            found.append((shape["x0"] - x_offset, shape["top"] - y_offset, shape["x1"] - x_offset, shape["bottom"] - y_offset))
    return found


def _is_rule(drawn: dict) -> bool:
    """A line, or a rectangle thin enough to be one."""
    return drawn["object_type"] == "line" or (drawn["object_type"] == "rect" and _is_thin(drawn))


def _is_thin(rect: dict) -> bool:
    return min(rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]) <= RULE_MAX_THICKNESS


def ruled_tables(rules: list[dict], x_offset: float = 0.0, y_offset: float = 0.0) -> list[BBox]:
    """Areas of ruled tables: horizontal rules of the same extent crossed by vertical rules, making
    at least two cells (a box drawn with four rules is a frame, not a table)."""
    horizontal, vertical = [], []
    for rule in rules:
        x0, x1, top, bottom = rule["x0"] - x_offset, rule["x1"] - x_offset, rule["top"] - y_offset, rule["bottom"] - y_offset
        if bottom - top <= RULE_MAX_THICKNESS and x1 - x0 > 2 * RULE_TOLERANCE:
            horizontal.append((x0, x1, (top + bottom) / 2))
        elif x1 - x0 <= RULE_MAX_THICKNESS and bottom - top > 2 * RULE_TOLERANCE:
            vertical.append(((x0 + x1) / 2, top, bottom))
    groups: list[list[tuple[float, float, float]]] = []
    for rule in sorted(horizontal):
        for group in groups:
            if abs(group[0][0] - rule[0]) <= RULE_TOLERANCE and abs(group[0][1] - rule[1]) <= RULE_TOLERANCE:
                group.append(rule)
                break
        else:
            groups.append([rule])
    tables = []
    t = RULE_TOLERANCE
    for group in groups:
        ys = _distinct(sorted(y for _, _, y in group))
        if len(ys) < 2:
            continue
        x0, x1, top, bottom = group[0][0], group[0][1], ys[0], ys[-1]
        xs = _distinct(sorted(x for x, vtop, vbottom in vertical if x0 - t <= x <= x1 + t and vtop >= top - t and vbottom <= bottom + t))
        if len(xs) >= 2 and (len(xs) - 1) * (len(ys) - 1) >= 2:
            tables.append(_rounded((x0, top, x1, bottom)))
    return tables


def _distinct(values: list[float]) -> list[float]:
    """Sorted values with those within RULE_TOLERANCE of the one before left out."""
    kept: list[float] = []
    for value in values:
        if not kept or value - kept[-1] > RULE_TOLERANCE:
            kept.append(value)
    return kept


def page_to_lines(chars: list[CharItem], shapes: list[dict], page: int, x_offset: float = 0.0, y_offset: float = 0.0,
                  first_number: int = 1) -> list[Line]:
    """One page's characters (CharItems) into Lines, top to bottom, left to right."""
    found = _line_pieces(_row_items(_dedupe_items(chars), x_offset, y_offset))
    if not found:
        return []
    bullets = _bullet_shapes(shapes, x_offset, y_offset)
    lines: list[Line] = []
    for text, x0, top, x1, bottom, median_size, characters, bolds, fonts, counts, colors in found:
        text = normalize_line(text)
        if not text:
            continue
        bbox = _rounded((x0, top, x1, bottom))
        lines.append(
            Line(
                text=text,
                number=0,
                page=page,
                bbox=bbox,
                font_size=round(median_size, 2),
                bold=bolds * 2 > characters,
                font_name=_line_style(fonts, counts, _font_name),
                color=_line_style(colors, counts, _hex_color_of),
                indent=bbox[0],
                vector_bullet=_has_bullet(bbox, bullets),
            )
        )
    lines.sort(key=lambda line: (line.bbox[3], line.bbox[0]))
    for offset, line in enumerate(lines):
        line.number = first_number + offset
    return lines


class LinePieces(NamedTuple):
    """What a line is made of (``_line_pieces``; line_rows.c gives the same fields as a plain tuple)."""

    text: str
    """Its words' characters joined, the words by a space."""
    x0: float
    top: float
    x1: float
    bottom: float
    median_size: float
    """The median type size of its characters."""
    characters: int
    bolds: int
    """How many of its characters are set in a bold font."""
    fonts: list[str]
    """Per word, the font of its first character."""
    counts: list[int]
    """Per word, its number of characters."""
    colors: list
    """Per word, the fill colour of its first character (a tuple, list or None, as the reader gives it)."""


def _line_pieces(items: list[CharItem]) -> list[LinePieces]:
    """The upright characters with text (``_row_items``, relative to the page box) into rows and
    words (``_rows_by_character``), the rows cut into lines (``_cut_rows``), each line as what it is made of
    (``_pieces_of``). Where the compiled line_rows.c is built (pipeline.load.native) it does all
    this (the same pieces: tests/load/test_native.py); else ``_rows_by_character`` and the rest in
    Python."""
    compiled = _compiled_rows()
    if compiled is not None:
        found = compiled.lines(items, ROW_TOLERANCE, WORD_GAP_EM, CUT_GAP_EM + CUT_GAP_ROUNDING_EM, {}, is_bold_font, {},
                               _is_symbol_font)
        if found is not None:
            return list(map(_LINE_PIECES, found))
    return [_pieces_of(words) for words in _cut_rows(_rows_by_character(items))]


_LINE_PIECES = LinePieces._make


def _pieces_of(words: list[_Word]) -> LinePieces:
    """A line's words as what the line is made of (see LinePieces)."""
    sizes = [size for word in words for size in word.sizes]
    return LinePieces(" ".join("".join(word.parts) for word in words), words[0].x0, min(w.top for w in words), max(w.x1 for w in words),
            max(w.bottom for w in words), _median(sizes), len(sizes), sum(word.bolds for word in words),
            [word.font for word in words], [len(word.parts) for word in words], [word.color for word in words])


def _line_style(values: list, counts: list[int], name):
    """The most common ``name`` of a line's words by their ``values`` (font or colour of each word's
    first character), each word weighted by its number of characters (``counts``):
    ``_most_common_weighted``, at once where the words share one value (most lines)."""
    value = values[0]
    # (list.count compares as == does here: the values are names, colour tuples or lists, or None)
    if values.count(value) == len(values):
        return name(tuple(value) if isinstance(value, list) else value)
    return _most_common_weighted(zip(values, counts, strict=True), name)


def _most_common(values) -> str | None:
    """The most frequent of the values that are not None (the first such on a tie); None if none."""
    counts: dict[str, int] = {}
    for value in values:
        if value is not None:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _most_common_weighted(pairs, name):
    """The most frequent ``name(value)`` that is not None, of (value, count) pairs (a value counted
    ``count`` times; the first such on a tie): ``_most_common`` of the values one by one, with
    ``name`` called once per pair; None if none."""
    counts: dict = {}
    for value, count in pairs:
        named = name(tuple(value) if isinstance(value, list) else value)
        if named is not None:
            counts[named] = counts.get(named, 0) + count
    return max(counts, key=counts.get) if counts else None


SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
"""The tag a font subset's name starts with ("ABCDEF+Helvetica"): not part of the font's name."""


@cache
def _font_name(fontname: str) -> str | None:
    """A font's name without its subset prefix ("ABCDEF+Helvetica-Bold" -> "Helvetica-Bold")."""
    return (SUBSET_PREFIX.sub("", fontname) or None) if fontname else None


def hex_color(color) -> str | None:
    """A fill colour as pdfminer gives it (gray, RGB or CMYK components from 0 to 1) as "#rrggbb";
    None for one it cannot say (a pattern, a colour space it does not resolve)."""
    if not isinstance(color, (tuple, list)) or not all(isinstance(c, (int, float)) for c in color):
        return None
    if len(color) == 1:
        red = green = blue = color[0]
    elif len(color) == 3:
        red, green, blue = color
    elif len(color) == 4:  # CMYK, converted the naive way (no profile: a brochure's colours are for show)
        c, m, y, k = color
        red, green, blue = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return "#" + "".join(f"{round(max(0.0, min(1.0, v)) * 255):02x}" for v in (red, green, blue))


def _hex_color_of(color) -> str | None:
    """``hex_color``, remembered for each colour (a page has a handful) that can be (a tuple)."""
    try:
        return _remembered_hex_color(color)
    except TypeError:  # unhashable (pdfminer's colour of a pattern may hold a list)
        return hex_color(color)


_remembered_hex_color = cache(hex_color)


def _has_bullet(bbox: BBox, bullets: list[BBox]) -> bool:
    """A drawn bullet sits left of the line (within BULLET_SHAPE_REACH) with its centre inside the
    line's height."""
    x0, top, _, bottom = bbox
    for _, btop, bx1, bbottom in bullets:
        centre = (btop + bbottom) / 2
        if top <= centre <= bottom and bx1 <= x0 + 0.5 and x0 - bx1 <= BULLET_SHAPE_REACH:
            return True
    return False
