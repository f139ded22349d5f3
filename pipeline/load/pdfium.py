"""The PDFium reader: bytes of a PDF into the same Pages as the pdfplumber reader (pipeline.load.pdf),
read by PDFium (pypdfium2), which is native: four to six times faster than the pdfplumber reader
(README's Performance section says where the time goes). Its loops over a page's characters and
objects are compiled where the machine has a C compiler (pipeline/load/native/pdfium_page.c: one
call a page gathers the glyphs, walks the page's objects, reads a path), with the same Python
beside them for a machine without one (``_gathered_in_python``, ``_path_in_python``: the same
characters and shapes, tests/load/test_native.py).

What PDFium reads, and what is shared:

- characters come from PDFium's text page, one per glyph with the fields of pdfplumber's
  character dict (``x0``, ``x1``, ``top``, ``bottom``, ``size``, ``text``, ``fontname``,
  ``upright``, ``matrix``, fill colour) as a tuple (``CharItem`` of pipeline.load.pdf: no dict per
  glyph), and the pdfplumber reader's own code (``build_page`` in pipeline.load.pdf) makes them
  into lines: one line builder for both readers. Each box is made as pdfminer makes it, so that the two
  readers' lines agree: from the glyph's origin, its advance (the font's width of it) and its type
  size, turned by its text matrix, reaching from the font's descent to one type size above it.
  PDFium's own boxes do not fit: its tight box is the ink, its loose box reaches from its own
  ascent to its own descent (the standard 14 fonts carry PDFium's metrics, not Adobe's; a font
  whose descriptor says 0 gets metrics of PDFium's guessing), and it takes the ink where that
  sticks out past the advance. (A glyph whose width PDFium is asked by the wrong character, where
  /ActualText stands for what it draws, as in Chromium's small caps, is measured by its ink:
  ``_boxed``);
- the descent is pdfminer's: the font descriptor's /Descent (Adobe's for the standard 14 fonts),
  read from the file by a pass over its objects with pdfminer's parser (``_survey``), which does
  not interpret a page;
- a page set with /Rotate is given in the frame pdfminer gives it (turned as shown), so that the
  shared code reads it the same way (PDFium itself reports the page unturned);
- glyphs PDFium cannot map to a character are given the text pdfminer gives them, ``(cid:N)``; a
  hyphen PDFium marks as ending a line (U+0002) is a hyphen; the spaces PDFium inserts where it
  sees a word break are word breaks (PDFium drops a space glyph it judges redundant, as in every
  Chromium PDF, and inserts its own), its inserted line breaks are dropped;
- drawn shapes are PDFium's path objects, split into subpaths and sorted into lines, rectangles
  and curves by pdfminer's rules, boxes from their points (not PDFium's bounds, which add the
  stroke width); link annotations are PDFium's links with a URI action;
- tables: only on a page where the rules make a candidate grid (``ruled_tables``) does
  pdfplumber's table finder run, on this reader's own characters and shapes
  (``pipeline.load.tables.drawn_page``: curves carry their points, control points too, as
  pdfminer's do; path numbers are read as written, as page boxes are): the page is not parsed a
  second time.

Weight: PDFium's font weight (``FPDFText_GetFontWeight``) says nothing reliable (DejaVuSans-Bold
455, DejaVuSans-Oblique 610, LiberationSans-Bold 400, 0 for the standard 14 fonts), so bold is
read from the font's name, as the pdfplumber reader reads it.

When it hands over: a file PDFium cannot open or whose page it cannot load, a damaged file (its
cross-reference table is broken: only the pdfplumber reader knows how to tell the user how it was
read), a file the survey cannot read or judges a decompression risk (below), a page that holds
nothing at all (only pdfminer tells a blank page from one whose content was lost) and a file with
no text on any page (the pdfplumber reader says why: a scan, unmapped fonts, a damaged file): all
are read by the pdfplumber reader, so the errors and warnings stay what they are. A wrong or
missing password is ``encrypted`` with the pdfplumber reader's messages. Only where PDFium itself
failed does the record say so (``read_with_pdfplumber``), and only when pdfplumber then read it.

Where the readers differ (tests/load/test_pdfium.py lists each case): PDFium reads a WinAnsi code
the encoding leaves unused as the bullet, as the PDF specification says (reportlab's bullet, code
127, which pdfminer drops as ``(cid:127)``); it leaves out a text object whose glyphs have no
width of ink (a lone glyph without an outline: one character fewer to account as dropped); it
keeps at most 32,767 bytes of a string (the PDF implementation limit), silently: the survey finds
such a string and hands the file to pdfplumber; it reads a font's widths as whole units (Chromium writes fractions: a box
may end 0.02 pt short) and positions as 32-bit floats (a coordinate may round to the next
hundredth); of unreadable link annotations it cannot tell a missing /Rect from a malformed one, nor
say that /Annots is nested too deeply (``NO_USABLE_RECT``, ``MALFORMED_ANNOTATION``); and it reads
files pdfminer loops on for ever (a /MediaBox that refers to itself).

Decompression bombs. The caps of pipeline.load.limits bound pdfminer only; PDFium inflates what
it parses, whole and without a limit. Measured with tests/hostile.py: ``flate_bomb()`` (1 GB of
"0" in a 1 MB file) and ``flate_bomb(1500, b" ")`` under RLIMIT_AS 2 GB end the process by SIGABRT
at 1,048 MB and 1,529 MB resident after about 2.5 s (the batch would call that ``too_large`` only
because the peak passes half its cap); without a cap PDFium inflates a 600 MB bomb in 3 s at 1.2 GB
and reads its "Hello". A Flate image XObject of 500 MB costs nothing (images are decoded only to be
drawn), but an inline image (BI … ID … EI) of as much is inflated while the page is parsed (1 GB).
PDFium has no limit to set and no way to ask a page's content size without parsing it, so the
survey measures: it decodes every stream but images with pdfminer, under the caps (a bomb stops at
the cap, in well under a second), adds up their sizes and the sizes the inline images in them
inflate to, and hands the file to the pdfplumber reader when the sum passes
``caps.max_page_content_bytes``. What PDFium reads then decodes to no more than one page's cap in
all, so it can never exceed a cap the pdfplumber reader would have enforced; a file over it (a bomb,
or a document of some hundred dense pages) is read by pdfplumber, whose caps say ``too_large`` for
a bomb as today (in 0.3 s at 185 MB for both bombs above, the pdfplumber reader's own figures). The
survey costs 0.6 to 9 ms a file of one or two pages (embedded fonts are the most of it), 0.7 ms a
page on an 84-page file.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import operator
import re
import zlib
from array import array
from dataclasses import dataclass, field, replace
from functools import cache, partial

from pipeline.errors import BrochureError
from pipeline.load import pdf_objects
from pipeline.load.limits import DEFAULT_CAPS, DecompressionCaps, DecompressionLimitExceeded, decompression_caps
from pipeline.load.pdf import (
    ROW_TOLERANCE,
    SUBSET_PREFIX,
    CharItem,
    _rounded,
    build_page,
    char_dicts_in,
    no_text_on_page,
    page_tree_size,
    password_error,
    read_pdf,
    unreadable_links,
)
from pipeline.load.tables import drawn_page, find_tables
from pipeline.load.tags import joined_text_boxes, read_page_tags
from pipeline.load.text import pages_left_out
from pipeline.model import BBox, LinkAnnotation, LoadedDocument, Page, Source

READER = "pdfium"
"""The reader's name in ``Page.reader`` and in the record's page accounting."""
MAX_INLINE_IMAGE_RATIO = 4096
"""The most one byte of an inline image's data compressed otherwise than by Flate alone (LZW, or a
chain of filters) is taken to decode to (above LZW's ratio): such images are not decoded to be
measured; an honest one is a few hundred bytes."""
FORM_DEPTH = 32
"""Form XObjects nested deeper than this are not looked into for drawn shapes (pdfminer goes on
until Python's recursion limit; no brochure nests a dozen)."""
NO_USABLE_RECT = "an annotation has no usable /Rect"
"""Why a page's links could not be read when a link has no rectangle PDFium can read (it reports
a missing /Rect and one of two numbers alike, as an empty box at the origin)."""
MALFORMED_ANNOTATION = "an annotation is malformed"
"""Why a page's links could not be read when an entry of its /Annots is no annotation PDFium can
open (not a dictionary; nested arrays, which pdfplumber reports as nested too deeply)."""

_UNMAPPED_CODES = frozenset({0, 0xFFFE, 0xFFFF})
"""What ``FPDFText_GetUnicode`` returns for a glyph without a character (besides
``FPDFText_HasUnicodeMapError``)."""
_GENERATED_CODES = frozenset({0x20, 0x0D, 0x0A})
"""The characters PDFium inserts of its own (spaces, line breaks): only these need asking."""
_LINE_END_HYPHEN = 0x02
"""PDFium's code for a hyphen it takes to end a line (a hyphenated word's first part)."""


def read_with_pdfplumber(reason: str) -> str:
    """The warning of a file PDFium could not read and the pdfplumber reader then read."""
    return f"pdfium could not read the file ({reason}); it was read with pdfplumber"


class _Handover(Exception):
    """This file is for the pdfplumber reader (see the module's docstring); ``reason`` says why, and
    ``warn`` whether the record should say so (PDFium itself failed)."""

    def __init__(self, reason: str, warn: bool = False):
        super().__init__(reason)
        self.reason, self.warn = reason, warn


def read_pdf_pdfium(data: bytes, source: Source, *, password: str | None = None, max_pages: int | None = None,
                    caps: DecompressionCaps = DEFAULT_CAPS) -> LoadedDocument:
    """Bytes of a PDF into a LoadedDocument, as ``pipeline.load.pdf.read_pdf`` (the same arguments,
    Pages, warnings and errors), read by PDFium; what it cannot read well is read by
    ``read_pdf`` (see the module's docstring)."""
    try:
        return _read(data, source, password, max_pages, caps)
    except _Handover as handover:
        reason, warn = handover.reason, handover.warn
    except BrochureError:
        raise
    except Exception as error:  # PDFium (or this reader) failed in a way not foreseen: still no lost document
        reason, warn = f"{type(error).__name__}: {error}", True
    loaded = read_pdf(data, source, password=password, max_pages=max_pages, caps=caps)
    if warn:  # after the pdfplumber reader's own (how it read a damaged file comes first)
        loaded.warnings.append(read_with_pdfplumber(reason))
    return loaded


def _read(data: bytes, source: Source, password: str | None, max_pages: int | None,
          caps: DecompressionCaps) -> LoadedDocument:
    """One reading with PDFium; raises _Handover for what the pdfplumber reader is to read, and
    BrochureError ``encrypted`` for a wrong or missing password."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pypdfium2.PdfDocument(data, password=password or None)
    except pypdfium2.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise password_error(source.path, password, data) from None
        raise _Handover(_pdfium_reason(error), warn=True) from None
    try:
        if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
            raise _Handover("its cross-reference table is broken")
        survey = _survey(data, password, caps)
        count = len(pdf)
        if survey.page_tree_pages is not None and survey.page_tree_pages > count:
            # PDFium reads as many pages as the tree's /Count says; pdfminer walks the tree itself
            raise _Handover(f"its page tree lists {survey.page_tree_pages} pages but says it has {count}", warn=True)
        read = count if max_pages is None else min(count, max_pages)
        pages: list[Page] = []
        number = 0
        tagged = bool(pdfium_c.FPDFCatalog_IsTagged(pdf.raw))  # a structure tree to read (pipeline.load.tags)
        unmapped = False  # a page was left out as unmapped glyphs: later pages without text get no warning (as in pdf.py)
        for index in range(1, read + 1):
            page, left_out = _read_page(pdf, index, survey, number + 1, unmapped, tagged)
            unmapped = unmapped or left_out
            number += len(page.lines)
            pages.append(page)
    finally:
        pdf.close()
    if not any(page.lines for page in pages):
        raise _Handover("no page has text")
    warnings = [pages_left_out(read, count)] if read < count else []
    return LoadedDocument(source=replace(source, page_count=count), pages=pages, warnings=warnings)


def _pdfium_reason(error) -> str:
    """What PDFium said when it failed (a PdfiumError), short: its error code's meaning, else its
    message."""
    from pypdfium2.internal import ErrorToStr

    if error.err_code is not None and error.err_code in ErrorToStr:
        return ErrorToStr[error.err_code].lower()
    return str(error).rstrip(".").lower() or type(error).__name__


def _read_page(pdf, index: int, survey: _Survey, first_number: int,
               unmapped_before: bool, tagged: bool) -> tuple[Page, bool]:
    """Page ``index`` (1-based) of the open document into its Page, its lines numbered from
    ``first_number``, and whether its text was left out as unmapped glyphs (``unmapped_before``:
    an earlier page's was, and a page without text then gets no warning of its own, as in
    pipeline.load.pdf); ``tagged``: the file has a structure tree, read into ``Page.tags``.
    Raises _Handover when PDFium cannot load it or it holds nothing at all."""
    import pypdfium2

    try:
        page = pdf[index - 1]
    except pypdfium2.PdfiumError as error:
        raise _Handover(f"page {index}: {_pdfium_reason(error)}", warn=True) from None
    textpage = None
    try:
        try:
            display = _Display.of(page)
            textpage = page.get_textpage()
        except pypdfium2.PdfiumError as error:
            raise _Handover(f"page {index}: {_pdfium_reason(error)}", warn=True) from None
        # a tagged page's text objects by character, for the structure tree's text (read once here)
        text_objects: list[int] | None = [] if tagged else None
        chars = _page_chars(textpage, display, survey.descents, ink_checked=survey.actual_text, objects=text_objects)
        tagged_text: dict[int, list[BBox]] | None = {} if tagged else None
        paths_left_out: list[int] = []
        drawn, objects = _page_drawings(page, display, tagged_text, paths_left_out)
        width, height = display.size
        built = build_page(index, READER, chars, drawn, width, height, 0.0, 0.0, first_number=first_number)
        read_page = built.page
        if paths_left_out:
            read_page.warnings.append(f"page {index}: it draws more than {MAX_PAGE_PATHS:,} paths; the {paths_left_out[0]:,} "
                                      "after those were not read (its rules and shaded boxes may be missing)")
        candidates = built.table_candidates()
        if candidates:
            read_page.tables = find_tables(drawn_page(None, drawn, width, height, chars_in=partial(char_dicts_in, chars)), candidates)
        if not read_page.lines and not built.unmapped and not unmapped_before:
            if not objects:
                raise _Handover(f"page {index} holds nothing: only pdfminer tells a blank page from a lost one")
            read_page.warnings.append(no_text_on_page(index))
        if tagged_text is not None:
            # the boxes as shown, put in the frame the page's lines are read in (turned upright where
            # its text runs up, down or upside down) before they are joined by row
            read_page.tags = read_page_tags(page, textpage, joined_text_boxes(tagged_text, built.frame), text_objects)
        read_page.links, failure = _page_links(pdf, page, index, display, built.frame)
        if failure:
            read_page.warnings.append(unreadable_links(index, failure))
        return read_page, built.unmapped
    finally:
        if textpage is not None:
            textpage.close()
        page.close()


# --------------------------------------------------------------------------------------------
# the survey: what only the file's objects tell (pdfminer's parser, no page interpreted)


FAST_OBJECTS = True
"""The survey reads plainly written objects from the file's bytes (pipeline.load.pdf_objects: the
same values as pdfminer's parser, several times faster); False: every object by pdfminer's parser
(the tests compare the two)."""


@dataclass(slots=True)
class _Survey:
    """What the pass over the file's objects found: each font's descents as pdfminer reads them
    (per unit of type size, negative), by the font's name without its subset prefix (fonts that
    share a name may differ), and how many bytes its streams but images decode to."""

    descents: dict[str, list[float]] = field(default_factory=dict)
    decoded: int = 0
    actual_text: bool = False
    """Some content marks text with /ActualText (Chromium's small caps, Typst's): see ``_boxed``."""
    page_tree_pages: int | None = None
    """How many pages the page tree lists, walked (``pipeline.load.pdf.page_tree_size``); None: it
    cannot be walked."""


def _survey(data: bytes, password: str | None, caps: DecompressionCaps) -> _Survey:
    """Every object of the file read once with pdfminer's parser (not its page tree, not a page's
    content): each font's descent, and every stream but images decoded under the caps, with the
    inline images in them. Raises _Handover when pdfminer cannot read the file, or when the
    streams decode to more than one page's content may (``caps.max_page_content_bytes``): PDFium
    would inflate them without a limit (see the module's docstring)."""
    from pdfminer.pdftypes import PDFStream

    budget = caps.max_page_content_bytes
    survey = _Survey()
    try:
        with decompression_caps(replace(caps, max_stream_bytes=min(caps.max_stream_bytes, budget))):
            parser = _survey_parser_classes()[0](io.BytesIO(data))
            document = _survey_document_class()(parser, password=password or "", data=data if FAST_OBJECTS else None)
            for objid in _object_ids(document):
                if not _may_matter(document, data, objid):
                    continue
                try:
                    obj = document.getobj(objid)
                except DecompressionLimitExceeded:
                    raise
                except Exception:  # an object that does not parse is skipped, as pdfminer skips it
                    continue
                if isinstance(obj, PDFStream):
                    size, actual_text = _decoded_size(obj, budget - survey.decoded)
                    survey.decoded += size
                    survey.actual_text = survey.actual_text or actual_text
                    if survey.decoded > budget:
                        raise _Handover("its streams decode to more than a page's content may")
                elif isinstance(obj, dict):
                    _note_font(survey.descents, obj)
            survey.page_tree_pages = page_tree_size(document, inner=partial(_may_have_kids, document, data))
    except DecompressionLimitExceeded:
        raise _Handover("a stream decodes past the caps") from None
    except (_Handover, MemoryError):
        raise
    except Exception as error:  # pdfminer raises many kinds on files it cannot read
        raise _Handover(f"pdfminer cannot read its objects: {error}") from None
    return survey


@cache
def _survey_document_class():
    """pdfminer's PDFDocument, whose objects inside an object stream are parsed one at a time, as
    they are asked for, from where the stream's header puts them (``object_text`` gives their
    bytes unparsed). pdfminer parses an object stream whole at the first of its objects asked for,
    and a TeX or Typst file keeps nearly all of its objects in one (its catalog, which opening the
    file asks for, every page, font, widths array and structure element): most of the survey's
    time, for the few fonts it reads. A stream whose header is not the 2 × /N numbers it should be
    is parsed whole, as pdfminer parses it."""
    from pdfminer.pdfdocument import PDFDocument, PDFXRef
    from pdfminer.pdftypes import int_value
    from pdfminer.psparser import PSEOF

    stream_parser = _survey_parser_classes()[1]

    class SurveyDocument(PDFDocument):
        def __init__(self, parser, *args, data: bytes | None = None, **kwargs):
            self._object_streams: dict[int, tuple[bytes, list[int]] | None] = {}
            self._data = data  # the file's bytes, for pipeline.load.pdf_objects (None: pdfminer reads every object)
            super().__init__(parser, *args, **kwargs)

        def _getobj_parse(self, pos: int, objid: int) -> object:
            # the object read from the file's bytes at once where it is plainly written (the same
            # values as pdfminer's: pipeline.load.pdf_objects), else by pdfminer's parser (also where
            # the cross-reference table was rebuilt by a scan: pdfminer then reads streams otherwise)
            if self._data is not None and not self._parser.fallback:
                found = pdf_objects.file_object(self._data, pos, objid, self)
                if found is not None:
                    return found
            return super()._getobj_parse(pos, objid)

        def read_xref_from(self, parser, start: int, xrefs: list) -> None:
            # a table written plainly is read from the file's bytes at once (pdf_objects.xref_table:
            # the same offsets and trailer as pdfminer's PDFXRef), else pdfminer reads it (and a
            # cross-reference stream), as it always does; a table's /XRefStm and /Prev are then
            # followed in pdfminer's order
            found = pdf_objects.xref_table(self._data, start, self) if self._data is not None else None
            if found is None:
                super().read_xref_from(parser, start, xrefs)
                return
            xref = PDFXRef()
            xref.offsets, xref.trailer = found
            xrefs.append(xref)
            if "XRefStm" in xref.trailer:
                self.read_xref_from(parser, int_value(xref.trailer["XRefStm"]), xrefs)
            if "Prev" in xref.trailer:
                self.read_xref_from(parser, int_value(xref.trailer["Prev"]), xrefs)

        def _objects_of(self, stream) -> tuple[bytes, list[int]] | None:
            """An object stream's decoded bytes and where each of its objects starts in them (the
            last ending where the bytes do), or None where its header does not say."""
            if stream.objid in self._object_streams:
                return self._object_streams[stream.objid]
            found = None
            try:
                data, first, count = stream.get_data(), int(stream["First"]), int(stream["N"])
                header = data[:first].split()
                starts = [first + int(offset) for offset in header[1::2]]
                if len(header) == 2 * count and count and all(a < b for a, b in itertools.pairwise([*starts, len(data) + 1])):
                    found = (data, starts)
            except DecompressionLimitExceeded:
                raise
            except Exception:  # (pdfminer's own parse says what is wrong with it)
                found = None
            self._object_streams[stream.objid] = found
            return found

        def object_text(self, stream_id: int, index: int) -> bytes | None:
            """The bytes of object ``index`` of object stream ``stream_id``, unparsed (None: unknown)."""
            from pdfminer.pdftypes import stream_value

            found = self._objects_of(stream_value(self.getobj(stream_id)))
            if found is None or not 0 <= index < len(found[1]):
                return None
            data, starts = found
            return data[starts[index]:starts[index + 1] if index + 1 < len(starts) else len(data)]

        def _getobj_objstm(self, stream, index: int, objid: int) -> object:
            found = self._objects_of(stream)
            if found is None or not 0 <= index < len(found[1]):
                return super()._getobj_objstm(stream, index, objid)
            data, starts = found
            text = data[starts[index]:starts[index + 1] if index + 1 < len(starts) else len(data)]
            if self._data is not None:
                value = pdf_objects.stream_object(text, self)
                if value is not None:
                    return value
            parser = stream_parser(text)
            parser.set_document(self)
            try:
                return parser.nextobject()[1]
            except PSEOF:
                return super()._getobj_objstm(stream, index, objid)

    return SurveyDocument


_NUMBER_ARRAY, _NUMBER_TOKEN = pdf_objects.NUMBER_ARRAY, pdf_objects.NUMBER_TOKEN


_TOKENIZER_STATE = ("_tokens", "eof", "buf", "charpos", "_parse1", "_parse_main", "start_type", "push")
"""What the survey's array reading reads of pdfminer's tokenizer: private state, which a pdfminer
release may rename (pdfminer comes through pdfplumber, unpinned here)."""


def _has_tokenizer_state(parser_class) -> bool:
    """Whether a parser made by ``parser_class`` over a small array has every attribute of
    ``_TOKENIZER_STATE``: if not, the survey reads with pdfminer's own parsers (same results, slower)
    instead of failing on every PDF."""
    try:
        parser = parser_class(io.BytesIO(b"[1 2]"))
    except Exception:  # (a parser that cannot even be made here: pdfminer's own way, as it is)
        return False
    return all(hasattr(parser, name) for name in _TOKENIZER_STATE)


@cache
def _survey_parser_classes():
    """pdfminer's PDFParser and PDFStreamParser for the survey, which read an array of numbers
    whole (``_NUMBER_ARRAY``, one regular expression) instead of a token at a time: the same list of
    the same ints and floats at the same place on the stack (as its ``]`` would push it), in a
    fraction of the time. A font's /Widths or /W array of some thousand numbers, which the survey
    never reads, was most of its parsing."""
    from pdfminer.pdfparser import PDFParser, PDFStreamParser

    if not _has_tokenizer_state(PDFParser):
        return PDFParser, PDFStreamParser  # (a pdfminer whose tokenizer keeps other state: its own way)

    class NumberArrays:
        def start_type(self, pos: int, type: str) -> None:
            # right after a "[" token, the tokenizer at rest in its buffer (its EOF path parses a
            # buffer of its own: there pdfminer's way stands)
            if type == "a" and not self._tokens and not self.eof and self._parse1 == self._parse_main:
                match = _NUMBER_ARRAY.match(self.buf, self.charpos)
                if match is not None:
                    self.charpos = match.end()
                    self.push((pos, [float(token) if b"." in token else int(token)
                                     for token in _NUMBER_TOKEN.findall(match.group(1))]))
                    return
            super().start_type(pos, type)

    class SurveyParser(NumberArrays, PDFParser):
        pass

    class SurveyStreamParser(NumberArrays, PDFStreamParser):
        pass

    return SurveyParser, SurveyStreamParser


def _object_ids(document) -> list[int]:
    """The ids of every object the file's cross-reference tables list, each once, in order."""
    seen: dict[int, None] = {}
    for xref in document.xrefs:
        for objid in xref.get_objids():
            seen.setdefault(objid, None)
    return list(seen)


_FONT_TYPE = re.compile(rb"/Type\s*/Font(?![^\s()<>\[\]{}/%])")
"""``/Type /Font`` in an object's bytes: a font dictionary says it (pdfminer reads no font without
it), a page's resources (``/Font << ... >>``) and a font descriptor (``/FontDescriptor``) do not."""


def _may_matter(document, data: bytes, objid: int) -> bool:
    """Whether object ``objid`` may be a stream or a font, judged from its bytes in the file (its
    ``stream`` keyword, ``_FONT_TYPE``) without parsing it: a tagged PDF holds thousands of
    structure elements, and a file of 10,000 pages as many page dictionaries, whose parsing was
    most of the survey. An object in an object stream is no stream itself, and a font where its
    bytes say so (``_survey_document_class``); one whose bytes are not found may always matter.
    (A font whose ``/Type /Font`` is written with a ``#`` escape or a comment inside is missed: its
    glyphs are then boxed with PDFium's descent. No stream is missed: the keyword cannot be
    escaped.)"""
    found = _object_bytes(document, data, objid)
    if found is None:
        return True
    text, start, end, in_stream = found
    return (not in_stream and text.find(b"stream", start, end) >= 0) or _FONT_TYPE.search(text, start, end) is not None


def _may_have_kids(document, data: bytes, objid: int) -> bool:
    """Whether object ``objid`` may be an inner node of the page tree (its bytes hold ``/Kids``),
    judged as ``_may_matter`` judges, so that a page tree's thousands of page dictionaries are
    counted without being parsed (``page_tree_size``)."""
    found = _object_bytes(document, data, objid)
    return found is None or found[0].find(b"/Kids", found[1], found[2]) >= 0


def _object_bytes(document, data: bytes, objid: int) -> tuple[bytes, int, int, bool] | None:
    """Where the bytes of object ``objid`` lie unparsed (bytes, start, end: the file's, or its object
    stream's text) and whether in an object stream; None where they are not found (a table
    pdfminer cannot read this entry of, an object stream that does not read, an object without
    ``endobj``)."""
    for xref in document.xrefs:
        try:
            stream_id, offset, _ = xref.get_pos(objid)
        except KeyError:  # (pdfminer's PDFKeyError: not in this table)
            continue
        except Exception:  # a table pdfminer cannot read this entry of: let pdfminer parse it
            return None
        if stream_id is not None:
            try:
                text = document.object_text(stream_id, offset)
            except DecompressionLimitExceeded:
                raise
            except Exception:  # (the object stream does not read: let pdfminer say why)
                return None
            return None if text is None else (text, 0, len(text), True)
        end = data.find(b"endobj", offset)
        return None if end < 0 else (data, offset, end, False)
    return None


def _decoded_size(stream, budget: int) -> tuple[int, bool]:
    """Bytes a stream that is no image decodes to (0 for an image: PDFium decodes images only to
    draw them, and a stream that does not decode), plus what the inline images in it inflate to
    (PDFium inflates those while parsing the page); and whether it may be content that marks text
    with /ActualText. ``budget`` is what the file may still decode to: an inline image is inflated
    only as far as it."""
    from pdfminer.psparser import LIT

    if stream.get("Subtype") is LIT("Image"):
        return 0, False
    try:
        decoded = stream.get_data()
    except DecompressionLimitExceeded:
        raise
    except Exception:  # a damaged stream: PDFium reads no more of it than pdfminer
        return 0, False
    content = _holds_text_strings(stream)
    if content and _LONG_STRING.search(decoded):
        # PDFium keeps only the first 32,767 bytes of a string, silently: the text would be cut
        raise _Handover(f"a string in its content is longer than PDFium reads ({PDFIUM_MAX_STRING:,} bytes)")
    if content and b"Tz" in decoded and _ZERO_SCALING.search(decoded):
        raise _Handover("its content draws text at zero horizontal scaling (0 Tz), which PDFium leaves out")
    size = len(decoded)
    if b"BI" in decoded and b"ID" in decoded:
        size += _inline_images_size(decoded, budget - size)
    return size, content and b"/ActualText" in decoded


PDFIUM_MAX_STRING = 32_767
"""PDFium keeps at most this many bytes of one string operand (the PDF implementation limit) and
drops the rest without a word."""
_LONG_STRING = re.compile(rb"\([^)]{%d}|<[0-9A-Fa-f\s]{%d}" % (PDFIUM_MAX_STRING, 2 * PDFIUM_MAX_STRING + 1))
"""A literal or hex string at least as long as PDFium keeps (counted loosely: an escaped ")" inside
a literal makes it look longer, which only hands a file to pdfplumber that PDFium could read)."""
_ZERO_SCALING = re.compile(rb"(?<![\w.+-])[-+]?(?:0+(?:\.0*)?|\.0+)\s+Tz(?![\w])")
"""A horizontal scaling of zero (``0 Tz``): PDFium's text page leaves out every text object it
makes zero wide, without a word; pdfminer reads its glyphs (of no width, at one origin)."""
_BINARY_STREAM_KEYS = ("Length1", "Length2", "Length3")
"""Keys of an embedded font file: binary data in which "(" and "<" mean nothing."""


def _holds_text_strings(stream) -> bool:
    """The stream may be content (a page's, a form's, a pattern's), not a font file or metadata."""
    from pdfminer.psparser import LIT

    if any(key in stream for key in _BINARY_STREAM_KEYS):
        return False
    return stream.get("Type") is not LIT("Metadata") and stream.get("Subtype") not in (
        LIT("Type1C"), LIT("CIDFontType0C"), LIT("OpenType"), LIT("XML"))


_INLINE_IMAGE = re.compile(rb"(?:^|\s)BI\s(.{0,4000}?)\sID\s", re.DOTALL)
"""An inline image's dictionary, from ``BI`` to ``ID`` (4,000 bytes: no honest one is longer)."""
_INLINE_FILTER = re.compile(rb"/(?:F|Filter)\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_DECOMPRESSING = re.compile(rb"/(?:Fl|FlateDecode|LZW|LZWDecode)\b")
_FLATE_ONLY = re.compile(rb"^\s*\[?\s*/(?:Fl|FlateDecode)\s*\]?\s*$")


def _inline_images_size(content: bytes, budget: int) -> int:
    """Bytes the compressed inline images of a content stream inflate to, counted as far as
    ``budget`` (past it, a bit more than the budget). A Flate image is inflated from its ``ID`` on
    (zlib stops where its data ends: no need to find its ``EI``, which its bytes may hold by
    chance); one compressed otherwise (LZW, or a chain) counts as the most the rest of the stream
    could decode to (``MAX_INLINE_IMAGE_RATIO``)."""
    total = 0
    for match in _INLINE_IMAGE.finditer(content):
        found = _INLINE_FILTER.search(match.group(1))
        if found is None or not _DECOMPRESSING.search(found.group(1)):
            continue
        rest = content[match.end():]
        if _FLATE_ONLY.match(found.group(1)):
            total += _inflated_size(rest, budget - total + 1)
        else:
            total += len(rest) * MAX_INLINE_IMAGE_RATIO
        if total > budget:
            return total
    return total


def _inflated_size(data: bytes, limit: int) -> int:
    """How many bytes Flate ``data`` inflates to, counting no further than ``limit``."""
    inflater = zlib.decompressobj()
    try:
        return len(inflater.decompress(data, max(limit, 1)))
    except zlib.error:
        return 0


def _note_font(descents: dict[str, list[float]], obj: dict) -> None:
    """Add a font dictionary's descent, as pdfminer reads it, under the font's name (nothing for
    what is no font, a Type 3 font or a CID font a Type 0 font holds: PDFium's descent stands)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import LIT

    if obj.get("Type") is not LIT("Font"):
        return
    subtype = _name(obj.get("Subtype")) or "Type1"
    if subtype in ("CIDFontType0", "CIDFontType2") and obj.get("W") is None and resolve1(obj.get("DW")) == 0:
        # every glyph of no width, as its glyphs are drawn (one origin); PDFium boxes them by their
        # ink instead, boxes that overlap as one glyph drawn twice ("Hello" read "Helo")
        raise _Handover("a CID font has no widths (/DW 0 and no /W)")
    if subtype in ("Type3", "CIDFontType0", "CIDFontType2"):
        return
    name = _name(obj.get("BaseFont"))
    if not name:
        return
    descent = _pdfminer_descent(obj, subtype, name)
    if descent is not None:
        values = descents.setdefault(SUBSET_PREFIX.sub("", name), [])
        if descent not in values:
            values.append(descent)


def _pdfminer_descent(obj: dict, subtype: str, name: str) -> float | None:
    """A font's descent per unit of type size as pdfminer.six computes it (PDFFont: the
    descriptor's /Descent, made negative, 0 when missing; a Type 1 or TrueType font of the standard
    14, by its full name, takes Adobe's metrics whatever its descriptor says; a Type 0 font its
    first descendant's descriptor), or None when it cannot be read."""
    from pdfminer.fontmetrics import FONT_METRICS
    from pdfminer.pdftypes import resolve1

    try:
        if subtype == "Type0":
            descendant = resolve1(resolve1(obj.get("DescendantFonts"))[0])
            descriptor = resolve1(descendant.get("FontDescriptor")) or {}
        elif name in FONT_METRICS:
            descriptor = FONT_METRICS[name][0]
        else:
            descriptor = resolve1(obj.get("FontDescriptor")) or {}
        descent = float(resolve1(descriptor.get("Descent", 0)) or 0)
    except Exception:  # a malformed font: PDFium's own descent stands
        return None
    return (-descent if descent > 0 else descent) * 0.001


def _name(value) -> str | None:
    """A PDF name (pdfminer PSLiteral, or bytes or str) as text; None for anything else."""
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    value = getattr(value, "name", value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------------------------
# the page's frame: as pdfminer turns a page by its /Rotate


@dataclass(frozen=True, slots=True)
class _Display:
    """Where a point of the page's PDF space lands in the frame pdfplumber gives the page: its
    media box's corner at the origin, turned by /Rotate as shown (pdfminer's initial transform),
    ``top`` measured down from the top edge. ``ctm`` is that transform (a, b, c, d, e, f)."""

    ctm: tuple[float, float, float, float, float, float]
    size: tuple[float, float]

    @property
    def upright(self) -> bool:
        """The page is shown as set (no /Rotate): the turn only moves the origin."""
        return self.ctm[:4] == (1.0, 0.0, 0.0, 1.0)

    @classmethod
    def of(cls, page) -> _Display:
        """The frame of a pypdfium2 page (its own /MediaBox, else the box PDFium reads, which
        inherits one from the page tree)."""
        box = [_written(value) for value in page.get_mediabox(fallback_ok=False) or page.get_bbox()]
        x0, x1 = sorted((box[0], box[2]))
        y0, y1 = sorted((box[1], box[3]))
        rotation = page.get_rotation()
        if rotation == 90:
            return cls((0.0, -1.0, 1.0, 0.0, -y0, x1), (y1 - y0, x1 - x0))
        if rotation == 180:
            return cls((-1.0, 0.0, 0.0, -1.0, x1, y1), (x1 - x0, y1 - y0))
        if rotation == 270:
            return cls((0.0, 1.0, -1.0, 0.0, y1, -x0), (y1 - y0, x1 - x0))
        return cls((1.0, 0.0, 0.0, 1.0, -x0, -y0), (x1 - x0, y1 - y0))

    def box(self, xs: list[float], ys: list[float]) -> tuple[float, float, float, float]:
        """The (x0, top, x1, bottom) around points of the page's PDF space."""
        a, b, c, d, e, f = self.ctm
        tx = [x * a + y * c + e for x, y in zip(xs, ys, strict=True)]
        ty = [x * b + y * d + f for x, y in zip(xs, ys, strict=True)]
        height = self.size[1]
        return min(tx), height - max(ty), max(tx), height - min(ty)

    def matrix(self, a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
        """A matrix of the page's PDF space (its linear part) followed by the turn."""
        ra, rb, rc, rd = self.ctm[:4]
        return (a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd)


def _written(value: float) -> float:
    """A number of a page box as the file wrote it, where it wrote at most 7 significant digits:
    PDFium keeps boxes as 32-bit floats (595.2756 comes back as 595.2755737), whose 7 significant
    digits give back the decimal written (pdfminer reads it exactly, so the readers' page sizes
    agree)."""
    return float(f"{value:.7g}")


# --------------------------------------------------------------------------------------------
# characters


@dataclass(slots=True)
class _Run:
    """What the characters of one text object share: the font's name (no subset prefix), the type
    size, the text matrix (a, b, c, d: PDF space, PDFium's, with the horizontal scaling in it) and
    the same turned as shown (pdfplumber's ``matrix`` of a character), PDFium's font, and where the
    glyphs' boxes reach across the baseline: the matrix's (c, d) times the descent and the descent
    plus one type size (pdfminer's box: ``_char``), and the fill colour (RGB, 0 to 1). Text objects
    alike in all of these share one run."""

    fontname: str
    size: float
    matrix: tuple[float, float, float, float]
    shown: tuple[float, float, float, float, float, float]
    upright: bool
    font: object
    font_key: int
    across: tuple[float, float, float, float]
    axis_parallel: bool
    color: tuple[float, float, float] | None
    number: int = 0
    """Where the run stands in its page's ``_Runs.made``."""

    @property
    def level(self) -> bool:
        """The text runs along the page's own x axis (no turn or skew of its own; the page's /Rotate
        aside): what the ink check (``_boxed``) needs, which reads origins and ink in PDF space."""
        return self.matrix[1] == 0 and self.matrix[2] == 0


def _page_chars(textpage, display: _Display, descents: dict[str, list[float]], ink_checked: bool = False,
                objects: list[int] | None = None) -> list[CharItem]:
    """The page's characters as CharItems (pipeline.load.pdf; see the module's docstring): one per glyph of
    PDFium's text page (a ligature one glyph, as pdfminer has it), and a space where PDFium inserted
    one as a word break; not its inserted line breaks.

    Speed: the glyphs are gathered first, then boxed (``_boxed``; ``ink_checked``: see there); what
    a text object's characters share is read once per object (``_Runs``). Where the compiled loop
    of pipeline.load.native is built (``_native_glyphs``: one call a page), it gathers them, and
    the boxes are reckoned for the page at once (``_boxed_at_once``); else ``_gathered_in_python``
    does (the same characters, slower). ``objects``, when given (empty), receives the address of
    every character's text object (``FPDFText_GetTextObject``; 0 for none), by its index in the
    text page, inserted characters too (pipeline.load.tags reads the tree's text by them)."""
    tp = textpage.raw
    page_address = ctypes.cast(tp, ctypes.c_void_p)
    runs = _Runs(tp, page_address, display, descents)
    found = _native_glyphs(page_address, ink_checked)
    if found is None:
        glyphs, space = _gathered_in_python(tp, page_address, runs, objects)
        return _boxed(tp, glyphs, display, space, ink_checked)
    if objects is not None:
        objects.extend(found.objects)
    return _boxed_at_once(tp, found, runs, display)


_GLYPH_UNMAPPED, _GLYPH_SPACE_BEFORE = 1, 2
"""The flags pdfium_page.c sets on a glyph (``gather_glyphs``)."""


@dataclass(slots=True)
class _NativeGlyphs:
    """A text page's glyphs as pdfium_page.c gathers them (``gather_glyphs``): per glyph its first
    and last character index, code, text object (lists), origin, flags, its text's length (numpy
    arrays) and where its text starts in ``text``, and its width per unit of type size (numpy; -1:
    ask ``_advance``); per character its text object (``objects``); whether a space was inserted
    after the last; where a glyph's text object changes, what its run is read from
    (``run_starts``: the glyph's number, the object's font, the matrix or None, the type size, the
    fill colour or None); and with the ink check, the right edge of each glyph's ink (numpy, NaN:
    none)."""

    first: list[int]
    last: list[int]
    codes: list[int]
    keys: list[int]
    xs: object
    ys: object
    flags: object
    lengths: object
    starts: object
    text: object
    per_size: object
    objects: list[int]
    space_after: bool
    run_starts: list[tuple]
    ink_rights: object | None

    def texts(self) -> list[str]:
        """Each glyph's text (an unmapped glyph's "(cid:N)", as pdfminer writes it)."""
        import numpy as np

        texts = list(map(chr, self.codes))
        for i in np.flatnonzero(self.lengths != 1).tolist():  # an unmapped glyph (no text) or a ligature (its pieces)
            if self.flags[i] & _GLYPH_UNMAPPED:
                texts[i] = f"(cid:{self.codes[i]})"
            else:
                start = int(self.starts[i])
                texts[i] = "".join(map(chr, self.text[start:start + int(self.lengths[i])].tolist()))
        return texts


def _native_glyphs(page_address: ctypes.c_void_p, ink_checked: bool = False) -> _NativeGlyphs | None:
    """The text page's glyphs gathered by the compiled loop (one call), with the right edge of
    their ink where ``ink_checked``; None where the loop is not built."""
    import numpy as np

    gather = _native_gather()
    if gather is None:
        return None
    count = max(_calls().count_chars(page_address), 0)
    objects, first, last, glyph_codes = np.zeros(count, np.uint64), np.zeros(count, np.int32), np.zeros(count, np.int32), \
        np.zeros(count, np.uint32)
    xs, ys, keys = np.zeros(count, np.float64), np.zeros(count, np.float64), np.zeros(count, np.uint64)
    flags, starts, lengths = np.zeros(count, np.uint8), np.zeros(count, np.int32), np.zeros(count, np.int32)
    text, per_size = np.zeros(count, np.uint32), np.zeros(count, np.float64)
    changes, fonts, matrices, sizes = np.zeros(count, np.int32), np.zeros(count, np.uint64), np.zeros(4 * count, np.float64), \
        np.zeros(count, np.float64)
    colors, states = np.zeros(3 * count, np.uint32), np.zeros(count, np.uint8)
    ink_rights = np.zeros(count, np.float64) if ink_checked else None
    change_count, space_after = ctypes.c_int32(), ctypes.c_int32()
    found = 0
    if count:
        found = gather(page_address, count, _native_functions(),
                       *(ctypes.c_void_p(buffer.ctypes.data) for buffer in (objects, first, last, glyph_codes, xs, ys, keys, flags,
                                                                              starts, lengths, text, per_size, changes, fonts,
                                                                              matrices, sizes, colors, states)),
                       ctypes.c_void_p(ink_rights.ctypes.data) if ink_rights is not None else None,
                       ctypes.byref(change_count), ctypes.byref(space_after))
    changed = change_count.value
    matrix_list, color_list = matrices[:4 * changed].tolist(), colors[:3 * changed].tolist()
    run_starts = [(glyph, font, tuple(matrix_list[4 * n:4 * n + 4]) if state & _MATRIX_READ else None, size,
                   tuple(color_list[3 * n:3 * n + 3]) if state & _COLOR_READ else None)
                  for n, (glyph, font, size, state) in enumerate(zip(changes[:changed].tolist(), fonts[:changed].tolist(),
                                                                     sizes[:changed].tolist(), states[:changed].tolist(), strict=True))]
    return _NativeGlyphs(first[:found].tolist(), last[:found].tolist(), glyph_codes[:found].tolist(), keys[:found].tolist(),
                         xs[:found], ys[:found], flags[:found], lengths[:found], starts[:found], text, per_size[:found],
                         objects.tolist(), bool(space_after.value), run_starts,
                         ink_rights[:found] if ink_rights is not None else None)


_MATRIX_READ, _COLOR_READ = 1, 2
"""The states pdfium_page.c gives what it read of a run (``gather_glyphs``)."""


def _glyph_runs(found: _NativeGlyphs, runs: _Runs) -> list[_Run]:
    """Each glyph's run, read where its text object first comes (as ``_gathered_in_python`` reads
    it), from what the compiled loop read there."""
    by_object, read, keys, first = runs.by_object, runs.read_given, found.keys, found.first
    last_read, last_values = None, None  # the run read at the last start, and what it was read from
    for glyph, font, matrix, size, rgb in found.run_starts:
        key = keys[glyph]
        if key in by_object:
            last_read = None
            continue
        values = (font, matrix, size, rgb)
        # the same font (by address: one name), matrix, size and colour as the run read last: the
        # same run (a Chromium page draws each word as an object of its own)
        if last_read is not None and font and matrix is not None and values == last_values:
            by_object[key] = last_read
            continue
        last_read, last_values = read(key, first[glyph], font, matrix, size, rgb), values
    return list(map(by_object.__getitem__, keys))


def _glyph_tuples(found: _NativeGlyphs, runs: _Runs) -> tuple[list[tuple], bool]:
    """``_gathered_in_python``'s glyphs and trailing space, from the compiled loop's."""
    flags = found.flags.tolist()
    unmapped = [bool(flag & _GLYPH_UNMAPPED) for flag in flags]
    spaced = [bool(flag & _GLYPH_SPACE_BEFORE) for flag in flags]
    return list(zip(found.texts(), found.codes, _glyph_runs(found, runs), found.xs.tolist(), found.ys.tolist(), found.first,
                    found.last, unmapped, found.keys, spaced, strict=True)), found.space_after


_RUN_NUMBER = operator.attrgetter("number")


def _boxed_at_once(tp, found: _NativeGlyphs, runs: _Runs, display: _Display) -> list[CharItem]:
    """``_boxed`` of the compiled loop's glyphs (with the ink check where it read the ink), its
    arithmetic done for the page at once: by the compiled char_boxes.c where it is built, else with
    numpy (``_numpy_boxes``; both the same operations on the same doubles, so the same boxes); only
    glyphs whose width the font does not give by their character (``_advance``), glyphs whose ink
    reaches past their advance and glyphs turned or skewed (``_char``) are reckoned one by one."""
    import numpy as np

    n = len(found.first)
    if not n:
        return []
    glyph_runs = _glyph_runs(found, runs)
    texts = found.texts()
    made = runs.made
    numbers = list(map(_RUN_NUMBER, glyph_runs))
    per_size = found.per_size
    # the font cannot say by the character (a ligature, no width, unmapped): asked as _boxed asks
    asked = np.flatnonzero((found.lengths != 1) | ~(per_size > 0)).tolist()
    turned = not all(run.axis_parallel for run in made)
    advance = None  # per glyph, where it is not its width per unit of type size times its run's size
    if asked or found.ink_rights is not None or turned:
        which = np.array(numbers, dtype=np.int64)
        size = np.array([run.size for run in made], dtype=np.float64)[which]
        advance = per_size * size
        if asked:
            widths: dict[int, dict[int, float]] = {}
            for i in asked:
                glyph = (texts[i], found.codes[i], glyph_runs[i], float(found.xs[i]), float(found.ys[i]), found.first[i],
                         found.last[i], bool(found.flags[i] & _GLYPH_UNMAPPED))
                advance[i] = _advance(tp, glyph, widths)
        if found.ink_rights is not None:
            a = np.array([run.matrix[0] for run in made], dtype=np.float64)[which]
            _ink_checked(found, np.array([run.level for run in made], dtype=bool)[which], a, size, advance)
    per_run = ([run.size for run in made], [run.matrix[0] for run in made], [run.across[2] for run in made],
               [run.across[3] for run in made])
    shared = ([run.fontname for run in made], [run.color for run in made], [run.upright for run in made],
              [run.shown for run in made])
    boxes = _native_boxes()
    chars = None if boxes is None else boxes(found.xs, found.ys, numbers, per_size, advance, *per_run, *shared, texts,
                                             display.ctm[4], display.ctm[5], display.size[1])
    if chars is None:
        chars = _numpy_boxes(found, numbers, per_size, advance, per_run, shared, texts, display)
    if turned:  # turned or skewed text: its box through the whole matrix
        for i, run in enumerate(glyph_runs):
            if not run.axis_parallel:
                chars[i] = _char(texts[i], run, display, float(found.xs[i]), float(found.ys[i]), float(advance[i]))
    return _with_inserted_spaces(chars, found)


def _numpy_boxes(found: _NativeGlyphs, numbers: list[int], per_size, advance, per_run: tuple[list, ...],
                 shared: tuple[list, ...], texts: list[str], display: _Display) -> list[CharItem]:
    """The glyphs' character tuples reckoned with numpy, as char_boxes.c's ``boxes`` reckons them
    (see there: ``numbers``, each glyph's run; ``advance``, each glyph's advance or None for
    ``per_size`` times its run's size; ``per_run``, the runs' sizes, matrix entries a, reach below
    and above the baseline; ``shared``, the runs' font names, colours, upright flags and shown
    matrices)."""
    import numpy as np

    which = np.array(numbers, dtype=np.int64)
    sizes, matrix_a, lows, highs = per_run
    if advance is None:
        advance = per_size * np.array(sizes, dtype=np.float64)[which]
    a = np.array(matrix_a, dtype=np.float64)[which]
    d_low = np.array(lows, dtype=np.float64)[which]
    d_high = np.array(highs, dtype=np.float64)[which]
    x, y = found.xs, found.ys
    e, f = display.ctm[4], display.ctm[5]
    height = display.size[1]
    along = a * advance
    x_start, x_end = x + e, x + along + e
    forward = along >= 0
    x0, x1 = np.where(forward, x_start, x_end), np.where(forward, x_end, x_start)
    y_low, y_high = y + d_low + f, y + d_high + f
    ordered = d_high >= d_low
    low, high = np.where(ordered, y_low, y_high), np.where(ordered, y_high, y_low)
    top, bottom = height - high, height - low
    tops = top.tolist()
    if len(numbers) == 1:
        fontnames, colors, uprights, shown = ([values[numbers[0]]] for values in shared)
    else:
        pick = operator.itemgetter(*numbers)
        fontnames, colors, uprights, shown = (pick(values) for values in shared)
    return list(zip(bottom.tolist(), x0.tolist(), x1.tolist(), tops, (bottom - top).tolist(), texts, fontnames, colors, uprights,
                    shown, tops, strict=True))


def _with_inserted_spaces(chars: list[CharItem], found: _NativeGlyphs) -> list[CharItem]:
    """The boxed glyphs ``chars`` (one a glyph of ``found``) with a space character where PDFium
    inserted one before a glyph, and after the last where it inserted one there."""
    import numpy as np

    spaced = np.flatnonzero(found.flags & _GLYPH_SPACE_BEFORE).tolist()
    if spaced:
        with_spaces: list[CharItem] = []
        done = 0
        for i in spaced:
            with_spaces.extend(chars[done:i])
            with_spaces.extend(_space_between(chars[i - 1], chars[i]))
            done = i
        with_spaces.extend(chars[done:])
        chars = with_spaces
    if found.space_after:
        chars.extend(_space_between(chars[-1], None))
    return chars


def _ink_checked(found: _NativeGlyphs, level, a, size, advance) -> None:
    """``_boxed``'s ink check on the compiled loop's glyphs: ``advance`` (numpy, per glyph) changed
    in place where a glyph's ink reaches past it (``level``, ``a``, ``size``: each glyph's run is
    level in PDF space (``_Run.level``), its matrix entry and type size)."""
    import numpy as np

    right, x, y = found.ink_rights, found.xs, found.ys
    with np.errstate(invalid="ignore"):  # (NaN: no ink box, never past)
        past = level & (a > 0) & ~np.isnan(right) & (right - (x + a * advance) > INK_PAST_ADVANCE_EM * size)
    last = len(found.first) - 1
    for i in np.flatnonzero(past).tolist():
        glyph_x, glyph_a, ink = float(x[i]), float(a[i]), float(right[i])
        end = glyph_x + glyph_a * float(advance[i])
        following = i + 1 if i < last else None
        if (following is not None and y[following] == y[i] and not found.flags[following] & _GLYPH_SPACE_BEFORE
                and end < float(x[following]) <= ink + float(size[i])):
            end = float(x[following])
        else:
            end = ink
        advance[i] = (end - glyph_x) / glyph_a


@cache
def _native_function(name: str, restype):
    """The function ``name`` of the compiled pdfium_page.c (pipeline.load.native) with its return type
    set, or None where the helper cannot be had (the caller reads in Python)."""
    from pipeline.load import native

    built = native.library("pdfium_page")
    if built is None:
        return None
    function = getattr(built, name)
    function.restype = restype
    return function


@cache
def _native_boxes():
    """``boxes`` of the compiled char_boxes.c (pipeline.load.native), or None where it cannot be
    had (``_boxed_at_once`` then reckons the boxes with numpy: the same boxes)."""
    from pipeline.load import native

    built = native.extension("char_boxes")
    return None if built is None else built.boxes


def _native_gather():
    """``gather_glyphs`` of the compiled pdfium_page.c (pipeline.load.native), or None."""
    return _native_function("gather_glyphs", ctypes.c_int)


def _pdfium_addresses(*names: str):
    """The addresses of PDFium's functions ``names`` (as pypdfium2.raw names them), in that order, as
    the C array a function of the compiled pdfium_page.c takes (it calls them by address)."""
    import pypdfium2.raw as pdfium_c

    functions = [getattr(pdfium_c, name) for name in names]
    return (ctypes.c_void_p * len(functions))(*(ctypes.cast(function, ctypes.c_void_p).value for function in functions))


@cache
def _native_functions():
    """The addresses of the PDFium functions ``gather_glyphs`` calls, in its order."""
    return _pdfium_addresses("FPDFText_GetUnicode", "FPDFText_IsGenerated", "FPDFText_HasUnicodeMapError",
                             "FPDFText_GetCharOrigin", "FPDFText_GetTextObject", "FPDFTextObj_GetFont", "FPDFFont_GetGlyphWidth",
                             "FPDFText_GetMatrix", "FPDFText_GetFontSize", "FPDFText_GetFillColor", "FPDFText_GetCharBox")


def _gathered_in_python(tp, page_address: ctypes.c_void_p, runs: _Runs, objects: list[int] | None) -> tuple[list[tuple], bool]:
    """The page's glyphs as ``_boxed`` takes them, and whether PDFium inserted a space after the
    last: a glyph is (text, code, run, x, y, first index, last index, unmapped, text object, a
    space before it). Per character PDFium is asked only what no call gives in bulk (its text
    object, its origin, whether its font maps it); the text is read in one call (``_page_codes``)."""
    calls = _calls()
    # the functions called once or more per character, looked up once (ctypes calls are most of the
    # cost), and the module's constants as locals (this loop runs for every character of every page)
    is_generated, map_error, origin_of, object_of = calls.is_generated, calls.map_error, calls.origin, calls.text_object
    generated_codes, unmapped_codes, line_end_hyphen = _GENERATED_CODES, _UNMAPPED_CODES, _LINE_END_HYPHEN
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    by_object = runs.by_object
    glyphs: list[tuple] = []
    append = glyphs.append
    last_key, last_x, last_y = -1, None, None  # the last glyph's object and origin, while a ligature's piece may join it
    space = False  # PDFium inserted a space after the last glyph
    codes = _page_codes(tp, page_address)
    if objects is not None:
        objects.extend(object_of(page_address, index) or 0 for index in range(len(codes)))
    for index, code in enumerate(codes):
        if code in generated_codes and is_generated(page_address, index):  # (PDFium inserts only spaces and line breaks)
            if code == 0x20:
                last_key = -1
                space = bool(glyphs)
            continue
        key = object_of(page_address, index) or 0 if objects is None else objects[index]
        run = by_object.get(key)
        if run is None:
            run = runs.read(key, index)
        if code in unmapped_codes or map_error(page_address, index) == 1:
            origin_of(page_address, index, x_ref, y_ref)
            append((f"(cid:{code})", code, run, x.value, y.value, index, index, True, key, space))
            last_key, space = -1, False  # (no piece joins an unmapped glyph)
            continue
        origin_of(page_address, index, x_ref, y_ref)
        x_value, y_value = x.value, y.value
        if key == last_key and x_value == last_x and y_value == last_y:
            # a piece of a ligature: PDFium gives each of its letters the glyph's origin
            glyph = glyphs[-1]
            if 0xDC00 <= code <= 0xDFFF and 0xD800 <= ord(glyph[0][-1]) <= 0xDBFF:
                # or the two halves of a character past U+FFFF (PDFium's text is UTF-16): one character
                whole = _surrogate_pair(ord(glyph[0][-1]), code)
                glyphs[-1] = (glyph[0][:-1] + chr(whole), whole if len(glyph[0]) == 1 else glyph[1], *glyph[2:6], index,
                              *glyph[7:])
                continue
            glyphs[-1] = (glyph[0] + ("-" if code == line_end_hyphen else chr(code)), *glyph[1:6], index, *glyph[7:])
            continue
        if code == line_end_hyphen:
            append(("-", 0x2D, run, x_value, y_value, index, index, False, key, space))
        else:
            append((chr(code), code, run, x_value, y_value, index, index, False, key, space))
        last_key, last_x, last_y = key, x_value, y_value
        space = False
    return glyphs, space


def _surrogate_pair(high: int, low: int) -> int:
    """The character past U+FFFF that a UTF-16 ``high`` and ``low`` surrogate stand for."""
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)


INK_PAST_ADVANCE_EM = 0.1
"""How far (ems of the type size) a glyph's ink may reach past the end of its advance before the
advance is taken to be another glyph's (see ``_boxed``): an italic's overhang is less."""


def _boxed(tp, glyphs: list[tuple], display: _Display, space_after: bool, ink_checked: bool = False) -> list[CharItem]:
    """The glyphs ``_page_chars`` gathered as pdfplumber's characters (``_char``), with a space
    (``_space_between``) before each glyph that has one and, ``space_after``, after the last.

    ``ink_checked`` (the file marks text with /ActualText): PDFium gives such a glyph the
    character of its /ActualText, and a glyph's width is asked by its character (``_advance``),
    which is the width of another glyph where the actual text is not what the glyph draws
    (Chromium's small caps draw "i" with a small "I": the width of "i" ends the box short, and the
    gap to the next letter reads as a word break, "Right s"). So on such a file a glyph set left to
    right whose ink reaches past its advance by more than INK_PAST_ADVANCE_EM ends where the next
    glyph of its word starts, or else where its ink ends."""
    widths: dict[int, dict[int, float]] = {}
    chars: list[CharItem] = []
    append = chars.append
    e, f = display.ctm[4], display.ctm[5]
    height = display.size[1]
    if ink_checked:
        char_box = _calls().char_box
        page_address = ctypes.cast(tp, ctypes.c_void_p)
        left, right, low_ink, high_ink = (ctypes.c_double() for _ in range(4))
        box_refs = [ctypes.byref(value) for value in (left, right, low_ink, high_ink)]
    last_run = None
    for number, glyph in enumerate(glyphs):
        text, code, run, x, y, first, _, unmapped, _, space_before = glyph
        if run is not last_run:  # what the glyphs of a run share, as locals (runs follow one another)
            last_run = run
            font_widths = widths.setdefault(run.font_key, {})
            type_size, a, axis_parallel, level = run.size, run.matrix[0], run.axis_parallel, run.level
            _, _, d_low, d_high = run.across
            shared = (run.fontname, run.color, run.upright, run.shown)
        per_size = font_widths.get(code) if len(text) == 1 and not unmapped else None
        advance = per_size * type_size if per_size is not None and per_size > 0 else _advance(tp, glyph, widths)
        if ink_checked and level and a > 0 and not unmapped and char_box(page_address, first, *box_refs):
            end = x + a * advance
            if right.value - end > INK_PAST_ADVANCE_EM * type_size:
                following = glyphs[number + 1] if number + 1 < len(glyphs) else None
                if following is not None and following[4] == y and not following[9] and end < following[3] <= right.value + type_size:
                    end = following[3]
                else:
                    end = right.value
                advance = (end - x) / a
        if axis_parallel:  # most text: no rotation, no skew (the box from two corners, no turn): _char, inline
            along = a * advance
            x0, x1 = (x + e, x + along + e) if along >= 0 else (x + along + e, x + e)
            low, high = (y + d_low + f, y + d_high + f) if d_high >= d_low else (y + d_high + f, y + d_low + f)
            top, bottom = height - high, height - low
            char = (bottom, x0, x1, top, bottom - top, text, *shared, top)
        else:
            char = _char(text, run, display, x, y, advance)
        if space_before:
            chars.extend(_space_between(chars[-1], char))
        append(char)
    if space_after and chars:
        chars.extend(_space_between(chars[-1], None))
    return chars


_BULK_AMBIGUOUS = 0xFFFE
"""What ``FPDFText_GetText`` writes for PDFium's line-end hyphen (U+0002) as for a glyph it gives
U+FFFE: only for these is ``FPDFText_GetUnicode`` asked."""


def _page_codes(tp, page_address: ctypes.c_void_p) -> list[int]:
    """The character code (``FPDFText_GetUnicode``'s) of every character of a text page, read in one
    call (``FPDFText_GetText``: one UTF-16 unit per character) where that gives one unit per
    character (it gives two for a character past U+FFFF: then each is asked for). ``tp`` is the
    text page, ``page_address`` the same as a ``c_void_p`` (see _Calls)."""
    import pypdfium2.raw as pdfium_c

    calls = _calls()
    count = calls.count_chars(page_address)
    if count <= 0:
        return []
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(tp, 0, count, buffer)
    unicode_of = calls.unicode
    if written != count + 1:
        return [unicode_of(page_address, index) for index in range(count)]
    codes = buffer[:count]
    if any(0xD800 <= code <= 0xDFFF for code in codes):
        return [unicode_of(page_address, index) for index in range(count)]
    if _BULK_AMBIGUOUS in codes:
        codes = [unicode_of(page_address, index) if code == _BULK_AMBIGUOUS else code for index, code in enumerate(codes)]
    return codes


@dataclass(frozen=True, slots=True)
class _Calls:
    """The PDFium functions called once or more per character (or per segment of a path, or per
    page object), called without ctypes' argument checks: pypdfium2.raw declares each function's
    argument types, and
    ctypes then converts and checks every argument of every call, which costs more than the call
    itself (1 to 2 µs a call against 0.5). These are the same functions, called through prototypes
    that declare only the result; every argument is passed as the C function takes it (a handle as
    a ``c_void_p`` or pypdfium2's pointer, never a bare int, which ctypes would cut to 32 bits; an
    index as an int; out-parameters by ``ctypes.byref``)."""

    count_chars: object
    unicode: object
    is_generated: object
    map_error: object
    origin: object
    text_object: object
    font: object
    matrix: object
    font_size: object
    fill_color: object
    char_box: object
    count_segments: object
    segment: object
    segment_point: object
    segment_type: object
    segment_close: object
    page_object: object
    form_count: object
    form_object: object
    object_type: object
    object_matrix: object
    object_bounds: object
    marked_content_id: object
    draw_mode: object


@cache
def _calls() -> _Calls:
    """The per-character functions (see _Calls), made once."""
    import pypdfium2.raw as pdfium_c

    def unchecked(function, result):
        return ctypes.CFUNCTYPE(result)(ctypes.cast(function, ctypes.c_void_p).value)

    return _Calls(
        count_chars=unchecked(pdfium_c.FPDFText_CountChars, ctypes.c_int),
        unicode=unchecked(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint),
        is_generated=unchecked(pdfium_c.FPDFText_IsGenerated, ctypes.c_int),
        map_error=unchecked(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int),
        origin=unchecked(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int),
        text_object=unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p),  # the object's address, an int
        font=unchecked(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p),
        matrix=unchecked(pdfium_c.FPDFText_GetMatrix, ctypes.c_int),
        font_size=unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double),
        fill_color=unchecked(pdfium_c.FPDFText_GetFillColor, ctypes.c_int),
        char_box=unchecked(pdfium_c.FPDFText_GetCharBox, ctypes.c_int),
        count_segments=unchecked(pdfium_c.FPDFPath_CountSegments, ctypes.c_int),
        segment=unchecked(pdfium_c.FPDFPath_GetPathSegment, ctypes.c_void_p),
        segment_point=unchecked(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int),
        segment_type=unchecked(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int),
        segment_close=unchecked(pdfium_c.FPDFPathSegment_GetClose, ctypes.c_int),
        page_object=unchecked(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p),  # the object's address, an int
        form_count=unchecked(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int),
        form_object=unchecked(pdfium_c.FPDFFormObj_GetObject, ctypes.c_void_p),  # (its index an unsigned long)
        object_type=unchecked(pdfium_c.FPDFPageObj_GetType, ctypes.c_int),
        object_matrix=unchecked(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int),
        object_bounds=unchecked(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int),
        marked_content_id=unchecked(pdfium_c.FPDFPageObj_GetMarkedContentID, ctypes.c_int),
        draw_mode=unchecked(pdfium_c.FPDFPath_GetDrawMode, ctypes.c_int),
    )


_LIGATURE_OF = {"ff": 0xFB00, "fi": 0xFB01, "fl": 0xFB02, "ffi": 0xFB03, "ffl": 0xFB04, "st": 0xFB06}
"""The ligature characters whose letters PDFium gives as pieces (it splits U+FB00 to U+FB06)."""


def _advance(tp, glyph: tuple, widths: dict[int, dict[int, float]]) -> float:
    """How far a glyph (as ``_page_chars`` reads it) advances along its baseline, in text space
    before its matrix (pdfminer's ``adv``): the font's width of its character (of the ligature, for
    pieces); where the font cannot say (or says 0), the extent of PDFium's loose boxes along the
    baseline. ``widths`` keeps each font's widths per unit of type size (-1: none), by the font's
    address and the character."""
    import pypdfium2.raw as pdfium_c

    text, code, run, unmapped = glyph[0], glyph[1], glyph[2], glyph[7]
    if len(text) != 1:
        code = _LIGATURE_OF.get(text)
    elif code > 0xFFFF:
        # PDFium maps a character back to the font's code in UTF-16 units: past U+FFFF it finds none
        # and gives some other glyph's width (Helvetica's 278 for an "A" drawn 667 wide)
        code = None
    if code is not None and not unmapped and run.font:
        font_widths = widths.setdefault(run.font_key, {})
        per_size = font_widths.get(code)
        if per_size is None:
            width = ctypes.c_float()
            ok = pdfium_c.FPDFFont_GetGlyphWidth(run.font, code, 1000.0, ctypes.byref(width))
            per_size = font_widths[code] = width.value / 1000.0 if ok and width.value >= 0 else -1.0
        if per_size > 0:
            return per_size * run.size
        # no width: PDFium finds a glyph's width by its character, mapped back to the font's code,
        # and finds none where the font does not map that character back (a ligature whose glyph
        # maps to its letters, as LibreOffice's "fi" and "ff"; a symbol of a TeX font, "■")
    rect = pdfium_c.FS_RECTF()
    lefts, rights, bottoms, tops = [], [], [], []
    for index in range(glyph[5], glyph[6] + 1):
        pdfium_c.FPDFText_GetLooseCharBox(tp, index, ctypes.byref(rect))
        lefts.append(rect.left), rights.append(rect.right), bottoms.append(rect.bottom), tops.append(rect.top)
    a, b = run.matrix[0], run.matrix[1]
    if abs(a) >= abs(b):
        return (max(rights) - min(lefts)) / abs(a) if a else 0.0
    return (max(tops) - min(bottoms)) / abs(b)


class _Runs:
    """What the characters of each text object of a text page share (``_Run``), read once per
    text object, and made once per distinct font, matrix, type size and fill colour (a Chromium
    page draws each word as a text object of its own: a thousand objects, half a dozen runs); a
    font's name and descent are read once per font."""

    def __init__(self, tp, page_address: ctypes.c_void_p, display: _Display, descents: dict[str, list[float]]):
        self._tp, self._address, self._display, self._descents = tp, page_address, display, descents
        self.by_object: dict[int, _Run] = {}
        """The run of each text object read so far, by its address (0: a character of none)."""
        self._shared: dict[tuple, _Run] = {}
        self.made: list[_Run] = []
        """Every distinct run made, in the order made (a run's ``number`` is its place here)."""
        self._fonts: dict[int, tuple[tuple[str, float | None], object]] = {}
        self._matrix = _new_matrix()
        self._last_matrix = (0.0, 0.0, 0.0, 0.0)  # what PDFium last wrote in it (FS_MATRIX starts at zeros)
        self._rgba = tuple(ctypes.c_uint() for _ in range(4))
        # PDFium's out-parameters, referred to once (this runs for every text object of the page)
        self._matrix_ref = ctypes.byref(self._matrix)
        self._rgba_refs = tuple(ctypes.byref(value) for value in self._rgba)
        self._calls = _calls()

    def read(self, key: int, index: int) -> _Run:
        """The run of character ``index``, whose text object's address is ``key`` (0: none), read
        and kept in ``by_object``."""
        calls, address = self._calls, self._address
        font_key = (calls.font(ctypes.c_void_p(key)) or 0) if key else 0
        known = self._fonts.get(font_key) if font_key else None
        if known is None:
            font = _typed_font(font_key)
            known = (_font_of(self._tp, index, font), font)
            if font_key:
                self._fonts[font_key] = known
        named, font = known
        matrix = self._matrix
        calls.matrix(address, index, self._matrix_ref)
        type_size = calls.font_size(address, index)
        red, green, blue, _ = self._rgba
        filled = calls.fill_color(address, index, *self._rgba_refs)
        self._last_matrix = (matrix.a, matrix.b, matrix.c, matrix.d)
        return self._kept(key, font_key, named, font, self._last_matrix, type_size,
                          (red.value, green.value, blue.value) if filled else None)

    def read_given(self, key: int, index: int, font_key: int, matrix: tuple[float, float, float, float] | None,
                   type_size: float, rgb: tuple[int, int, int] | None) -> _Run:
        """``read``, of what the compiled loop read of PDFium at character ``index`` (the text
        object's font, the character's matrix, None where PDFium gave none, its type size and
        fill colour): only the font's name and descent are asked, once per font."""
        known = self._fonts.get(font_key) if font_key else None
        if known is None:
            font = _typed_font(font_key)
            known = (_font_of(self._tp, index, font), font)
            if font_key:
                self._fonts[font_key] = known
        named, font = known
        if matrix is None:  # (PDFium wrote nothing: what it wrote last stands, as for ``read``)
            matrix = self._last_matrix
        else:
            self._last_matrix = matrix
        return self._kept(key, font_key, named, font, matrix, type_size, rgb)

    def _kept(self, key: int, font_key: int, named: tuple[str, float | None], font, matrix: tuple[float, float, float, float],
              type_size: float, rgb: tuple[int, int, int] | None) -> _Run:
        """The run of these values, made once (numbered in ``made``), kept as text object ``key``'s."""
        shared_key = (font_key, named[0], *matrix, type_size, rgb)
        run = self._shared.get(shared_key)
        if run is None:
            # RGB from 0 to 1 (PDFium converts gray and CMYK itself), None when PDFium cannot say
            color = (rgb[0] / 255, rgb[1] / 255, rgb[2] / 255) if rgb is not None else None
            run = self._shared[shared_key] = _run(named, font, font_key, shared_key[2:6], type_size, color, self._display,
                                                  self._descents)
            run.number = len(self.made)
            self.made.append(run)
        self.by_object[key] = run
        return run


def _new_matrix():
    """An FS_MATRIX for PDFium to write into."""
    import pypdfium2.raw as pdfium_c

    return pdfium_c.FS_MATRIX()


def _typed_font(address: int):
    """PDFium's font at ``address`` as the FPDF_FONT pypdfium2.raw's functions take; None for 0."""
    import pypdfium2.raw as pdfium_c

    return ctypes.cast(ctypes.c_void_p(address), pdfium_c.FPDF_FONT) if address else None


def _font_of(tp, index: int, font) -> tuple[str, float | None]:
    """The name (no subset prefix) of character ``index``'s font, and PDFium's descent of it per
    unit of type size (None when it has none: ``font`` is PDFium's font, or None)."""
    import pypdfium2.raw as pdfium_c

    size = 512
    buffer = ctypes.create_string_buffer(size)
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(tp, index, buffer, size, ctypes.byref(flags))
    if length > size:
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFText_GetFontInfo(tp, index, buffer, length, ctypes.byref(flags))
    fontname = SUBSET_PREFIX.sub("", buffer.value.decode("utf-8", "replace"))
    own = ctypes.c_float()
    pdfium_descent = own.value if font and pdfium_c.FPDFFont_GetDescent(font, 1.0, ctypes.byref(own)) else None
    return fontname, pdfium_descent


def _run(named: tuple[str, float | None], font, font_key: int, matrix: tuple[float, float, float, float], type_size: float,
         color: tuple[float, float, float] | None, display: _Display, descents: dict[str, list[float]]) -> _Run:
    """A run (see _Run) of a font (its name and PDFium's descent; PDFium's font and its address),
    text matrix, type size and fill colour."""
    fontname, pdfium_descent = named
    a, b, c, d = matrix
    shown = display.matrix(a, b, c, d)
    low = _chosen_descent(descents.get(fontname), pdfium_descent) * type_size
    high = low + type_size
    return _Run(fontname, type_size, matrix, (*shown, 0.0, 0.0), shown[0] * shown[3] > 0 and shown[1] * shown[2] <= 0,
                font, font_key, (c * low, c * high, d * low, d * high), b == 0 and c == 0 and display.upright, color)


def _chosen_descent(pdfminer: list[float] | None, pdfium: float | None) -> float:
    """The descent to box a font's glyphs with: pdfminer's (the one nearest PDFium's where fonts of
    one name differ), else PDFium's, else 0."""
    if pdfminer:
        return pdfminer[0] if pdfium is None else min(pdfminer, key=lambda value: abs(value - pdfium))
    return 0.0 if pdfium is None else pdfium


def _char(text: str, run: _Run, display: _Display, x: float, y: float, advance: float) -> CharItem:
    """A glyph as pdfminer boxes it: from its origin (``x``, ``y`` in PDF space) ``advance`` along
    the baseline, from its descent to one type size above it, through its text matrix."""
    a, b = run.matrix[0], run.matrix[1]
    c_low, c_high, d_low, d_high = run.across
    if run.axis_parallel:  # most text: no rotation, no skew (the box from two corners, no turn)
        along = a * advance
        e, f = display.ctm[4], display.ctm[5]
        height = display.size[1]
        x0, x1 = (x + e, x + along + e) if along >= 0 else (x + along + e, x + e)
        low, high = (y + d_low + f, y + d_high + f) if d_high >= d_low else (y + d_high + f, y + d_low + f)
        top, bottom = height - high, height - low
    else:
        xs = [x + c_low, x + c_high, x + a * advance + c_low, x + a * advance + c_high]
        ys = [y + d_low, y + d_high, y + b * advance + d_low, y + b * advance + d_high]
        x0, top, x1, bottom = display.box(xs, ys)
    return (bottom, x0, x1, top, bottom - top, text, run.fontname, run.color, run.upright, run.shown, top)


def _space_between(last: CharItem, following: CharItem | None) -> list[CharItem]:
    """A space PDFium inserted after the character ``last`` (its own position is no guide: it may
    fall inside the next glyph), as a box of no size where ``last``'s advance ends, on its
    baseline, so that it breaks the word there and nothing else; moved back between the two
    characters where the ``following`` one in the same row overlaps that end, and none where it
    starts before ``last`` does."""
    matrix = last[_MATRIX]
    a, b = matrix[0], matrix[1]
    same_row = following is not None and abs(following[_BOTTOM] - last[_BOTTOM]) <= ROW_TOLERANCE
    if abs(a) >= abs(b):  # along the page as shown: left to right (a > 0) or upside down
        end, start, other = (_X1, _X0, _X0) if a > 0 else (_X0, _X1, _X1)
        along = True
    else:  # up (b > 0) or down the page
        end, start, other = (_TOP, _BOTTOM, _BOTTOM) if b > 0 else (_BOTTOM, _TOP, _TOP)
        along = False
        same_row = following is not None and abs(following[_X0] - last[_X0]) <= ROW_TOLERANCE
    position = last[end]
    if same_row:
        forward = 1 if end in (_X1, _BOTTOM) else -1
        if (following[other] - position) * forward < 0:  # the next glyph starts before this one ends
            if (following[other] - last[start]) * forward <= 0:
                return []
            position = (last[start] + following[other]) / 2
    bottom, x0, x1, top, size, _, fontname, color, upright, _, doctop = last
    if along:
        return [(bottom, position, position, top, size, " ", fontname, color, upright, matrix, doctop)]
    return [(position, x0, x1, position, size, " ", fontname, color, upright, matrix, position)]


_BOTTOM, _X0, _X1, _TOP, _MATRIX = 0, 1, 2, 3, 9
"""Where a CharItem (pipeline.load.pdf) holds its bottom, x0, x1, top and matrix."""


# --------------------------------------------------------------------------------------------
# drawn shapes


MAX_PAGE_PATHS = 20_000
"""The most path objects of a page read as shapes (a page's cost is bounded: about 0.1 ms a path);
the rest are counted, not read, with a warning. The zoo's and the dev sets' busiest page has about
3,200 objects of all kinds; a page of 200,000 tiny rectangles took 25 s."""


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
"""The identity matrix (a, b, c, d, e, f): a page object drawn as it is."""


def _page_drawings(page, display: _Display, tagged_text: dict[int, list[BBox]] | None = None,
                   paths_left_out: list[int] | None = None) -> tuple[list[dict], int]:
    """The page's drawn shapes as pdfplumber dicts (its curves, then rectangles, then lines, each in
    the order drawn, as pdfplumber lists them), and how many objects it holds (text, paths,
    images, shadings, forms: 0 for a page with nothing on it). With ``tagged_text``, the same walk
    also puts the box of every text object drawn under a marked-content id there (as shown, in
    drawing order), by that id (the structure tree's content: pipeline.load.tags). Past
    MAX_PAGE_PATHS path objects the paths are not read; ``paths_left_out``, when given (empty),
    receives how many were left out."""
    import pypdfium2.raw as pdfium_c

    corners = [ctypes.c_float() for _ in range(4)]
    corner_refs = [ctypes.byref(value) for value in corners]
    calls = _calls()  # one to three calls per object (a Chromium page has a thousand text objects)
    object_type, mcid_of, bounds_of = calls.object_type, calls.marked_content_id, calls.object_bounds
    path_kind, text_kind, form_kind = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM

    kinds: dict[str, list[dict]] = {"curve": [], "rect": [], "line": []}
    counts = {"objects": 0, "paths": 0}
    room = _PathRoom()  # what the compiled reading of each path writes into

    shift_x, shift_y = display.ctm[4], display.ctm[5]
    height = display.size[1]

    def entries(addresses: list[int]):
        """(address, type, marked-content id, bounds) of each object there is (read as needed:
        the id and bounds only of a text object of a tagged page, else -1 and None)."""
        for address in addresses:
            if not address:
                continue
            obj = ctypes.c_void_p(address)
            kind = object_type(obj)
            mcid, bounds = -1, None
            if kind == text_kind and tagged_text is not None:
                mcid = mcid_of(obj)
                if mcid >= 0 and bounds_of(obj, *corner_refs):
                    bounds = tuple(value.value for value in corners)
            yield address, kind, mcid, bounds

    def visit(objects, matrix: tuple, depth: int) -> None:
        # the page's own objects on a page shown as set: a box needs no turn (display.box's sums
        # with the matrix's ones and zeros are these, exactly)
        unturned = display.upright and matrix == _IDENTITY
        for address, kind, mcid, bounds in objects:
            counts["objects"] += 1
            if kind == path_kind:
                counts["paths"] += 1
                if counts["paths"] > MAX_PAGE_PATHS:
                    continue
                for shape in _path_shapes(ctypes.c_void_p(address), matrix, display, room):
                    kinds[shape["object_type"]].append(shape)
            elif kind == text_kind and tagged_text is not None:
                if mcid >= 0 and bounds is not None:
                    left, bottom, right, top = bounds
                    if unturned:
                        low, high = (bottom, top) if bottom <= top else (top, bottom)
                        tagged_text.setdefault(mcid, []).append((min(left, right) + shift_x, height - (high + shift_y),
                                                                 max(left, right) + shift_x, height - (low + shift_y)))
                        continue
                    a, b, c, d, e, f = matrix  # bounds inside a form are in the form's space
                    xs, ys = [left, right, right, left], [bottom, bottom, top, top]
                    page_xs = [x * a + y * c + e for x, y in zip(xs, ys, strict=True)]
                    page_ys = [x * b + y * d + f for x, y in zip(xs, ys, strict=True)]
                    tagged_text.setdefault(mcid, []).append(display.box(page_xs, page_ys))
            elif kind == form_kind and depth < FORM_DEPTH:
                obj = ctypes.c_void_p(address)
                form_object = calls.form_object
                members = [form_object(obj, ctypes.c_ulong(i)) for i in range(max(calls.form_count(obj), 0))]
                visit(entries(members), _times(_object_matrix(obj), matrix), depth + 1)

    count = max(pdfium_c.FPDFPage_CountObjects(page.raw), 0)
    listed = _native_page_objects(page, count, text_kind if tagged_text is not None else -1)
    if listed is None:
        page_object = calls.page_object
        visit(entries([page_object(page.raw, i) for i in range(count)]), _IDENTITY, 0)
    else:
        # the compiled walk read every object's type (and a tagged page's text boxes) in one call;
        # a text object of an untagged page adds nothing but its count
        found, inert = listed
        counts["objects"] += inert
        visit(found, _IDENTITY, 0)
    if paths_left_out is not None and counts["paths"] > MAX_PAGE_PATHS:
        paths_left_out.append(counts["paths"] - MAX_PAGE_PATHS)
    return [*kinds["curve"], *kinds["rect"], *kinds["line"]], counts["objects"]


def _native_page_objects(page, count: int, text_kind: int) -> tuple[list[tuple], int] | None:
    """The page's own objects as ``_page_drawings`` visits them, (address, type, marked-content id,
    bounds), read by the compiled walk (pdfium_page.c's ``page_objects``: one call), and how many
    objects were left out as adding only their count (text objects, where ``text_kind`` is -1: an
    untagged page); None where the walk is not built."""
    walk = _native_walk()
    if walk is None:
        return None
    if count <= 0:
        return [], 0
    objects, types, mcids = array("Q", bytes(8 * count)), array("i", bytes(4 * count)), array("i", bytes(4 * count))
    bounds, bounded = array("f", bytes(16 * count)), array("B", bytes(count))
    walk(ctypes.cast(page.raw, ctypes.c_void_p), count, _native_object_functions(), text_kind,
         *(ctypes.c_void_p(buffer.buffer_info()[0]) for buffer in (objects, types, mcids, bounds, bounded)))
    corners = bounds.tolist()
    found, inert = [], 0
    untagged_text = _text_kind() if text_kind == -1 else None
    for i, (address, kind, mcid, boxed) in enumerate(zip(objects.tolist(), types.tolist(), mcids.tolist(), bounded.tolist(),
                                                         strict=True)):
        if not address:
            continue
        if kind == untagged_text:
            inert += 1
            continue
        found.append((address, kind, mcid, tuple(corners[4 * i:4 * i + 4]) if boxed else None))
    return found, inert


@cache
def _text_kind() -> int:
    import pypdfium2.raw as pdfium_c

    return pdfium_c.FPDF_PAGEOBJ_TEXT


def _native_walk():
    """``page_objects`` of the compiled pdfium_page.c (pipeline.load.native), or None."""
    return _native_function("page_objects", None)


@cache
def _native_object_functions():
    """The addresses of the PDFium functions ``page_objects`` calls, in its order."""
    return _pdfium_addresses("FPDFPage_GetObject", "FPDFPageObj_GetType", "FPDFPageObj_GetMarkedContentID", "FPDFPageObj_GetBounds")


def _object_matrix(obj) -> tuple[float, float, float, float, float, float]:
    """A page object's matrix (into its container's space: the page's, or its form's), each number
    as the file wrote it (``_written``: PDFium keeps them as 32-bit floats)."""
    import pypdfium2.raw as pdfium_c

    m = pdfium_c.FS_MATRIX()
    if not _calls().object_matrix(obj, ctypes.byref(m)):
        return _IDENTITY
    return (_written(m.a), _written(m.b), _written(m.c), _written(m.d), _written(m.e), _written(m.f))


def _times(m: tuple, n: tuple) -> tuple[float, float, float, float, float, float]:
    """The matrix ``m`` followed by ``n`` (row vectors, as PDF writes them)."""
    a, b, c, d, e, f = m
    na, nb, nc, nd, ne, nf = n
    return (a * na + b * nc, a * nb + b * nd, c * na + d * nc, c * nb + d * nd, e * na + f * nc + ne, e * nb + f * nd + nf)


def _path_shapes(obj, container: tuple, display: _Display, room: _PathRoom | None = None) -> list[dict]:
    """A painted path object's subpaths as pdfplumber's lines, rects and curves (pdfminer's rules:
    ``paint_path`` in pdfminer.converter); none for a path neither filled nor stroked (a clip).
    ``container``: the matrix of the space its own matrix leads into (the page's, or a form's).
    The object is read by the compiled walk (pdfium_page.c ``path_object``: one call) where it is
    built (into ``room``, the page's: ``_PathRoom``), else by ``_path_in_python`` (the same numbers)."""
    read = _native_path(obj, room)
    if read is None:
        read = _path_in_python(obj)
    own, painted, segments = read
    if painted is None or not (painted[0] or painted[1]):
        return []
    filled, stroked = painted
    a, b, c, d, e, f = _times(own, container)
    # per subpath: its operators, their end points, and every point with the curves' control points
    subpaths: list[tuple[list[str], list[tuple[float, float]], list[tuple[float, float]]]] = []
    pending_curve = 0
    moveto, bezierto = _segment_kinds()
    for px, py, kind, closes in segments:
        point = (px * a + py * c + e, px * b + py * d + f)
        if kind == moveto or not subpaths:
            subpaths.append((["m"], [point], [point]))
            pending_curve = 0
        elif kind == bezierto:
            subpaths[-1][2].append(point)
            pending_curve += 1  # PDFium gives a curve as its two control points and its end
            if pending_curve < 3:
                continue
            pending_curve = 0
            subpaths[-1][0].append("c")
            subpaths[-1][1].append(point)
        else:
            subpaths[-1][0].append("l")
            subpaths[-1][1].append(point)
            subpaths[-1][2].append(point)
        if closes:
            subpaths[-1][0].append("h")
            subpaths[-1][1].append(subpaths[-1][1][0])
            subpaths[-1][2].append(subpaths[-1][1][0])
    # a lone "m" is a (pointless) curve of its own only when it is the whole path, as pdfminer has it
    return [_shape("".join(ops), points, every, filled, stroked, display) for ops, points, every in subpaths
            if len(ops) > 1 or len(subpaths) == 1]



def _path_in_python(obj) -> tuple[tuple, tuple[bool, bool] | None, list[tuple[float, float, int, bool]]]:
    """A path object's own matrix (``_object_matrix``), whether it is filled and stroked (None where
    PDFium cannot say), and, where it is either, each segment that has a point: the point (as
    written, ``_written``), PDFium's segment type and whether it closes its subpath."""
    import pypdfium2.raw as pdfium_c

    own = _object_matrix(obj)
    fill_mode, stroke = ctypes.c_int(), pdfium_c.FPDF_BOOL()
    calls = _calls()
    if not calls.draw_mode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return own, None, []
    painted = (fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE, bool(stroke.value))
    if not painted[0] and not painted[1]:
        return own, painted, []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    segments = []
    for i in range(calls.count_segments(obj)):
        address = calls.segment(obj, i)
        segment = ctypes.c_void_p(address)
        if not address or not calls.segment_point(segment, x_ref, y_ref):
            continue
        segments.append((_written(x.value), _written(y.value), calls.segment_type(segment), bool(calls.segment_close(segment))))
    return own, painted, segments


PATH_ROOM = 256
"""Segments of a path the compiled walk makes room for at first (more: it is asked again with room)."""


class _PathRoom:
    """What pdfium_page.c's ``path_object`` writes a path into (its matrix, draw mode, and ``room``
    segments' points, types and closings), with the arguments that point at it: made once a page
    and filled again for each of its paths (made for every path, it was a third of their reading)."""

    def __init__(self, room: int = 0):
        self.room = room or PATH_ROOM
        self.matrix = array("d", bytes(48))
        self.matrix_read, self.fill_mode, self.stroke, self.mode_read = ctypes.c_int(), ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        self.xs, self.ys = array("d", bytes(8 * self.room)), array("d", bytes(8 * self.room))
        self.kinds, self.closes = array("i", bytes(4 * self.room)), array("B", bytes(self.room))
        self.arguments = (ctypes.c_void_p(self.matrix.buffer_info()[0]), ctypes.byref(self.matrix_read), ctypes.byref(self.fill_mode),
                          ctypes.byref(self.stroke), ctypes.byref(self.mode_read), self.room,
                          *(ctypes.c_void_p(buffer.buffer_info()[0]) for buffer in (self.xs, self.ys, self.kinds, self.closes)))


def _native_path(obj, room: _PathRoom | None = None):
    """``_path_in_python`` of a path object, read by pdfium_page.c's ``path_object`` into ``room``
    (a new one where none is given; one with more room where the path has more segments than it
    holds); None where it is not built."""
    import pypdfium2.raw as pdfium_c

    read = _native_path_reader()
    if read is None:
        return None
    room = room or _PathRoom()
    while True:
        room.fill_mode.value = room.stroke.value = 0
        found = read(obj, _native_path_functions(), *room.arguments)
        if found >= 0:
            break
        room = _PathRoom(max(2 * room.room, _calls().count_segments(obj)))
    own = tuple(room.matrix.tolist()) if room.matrix_read.value else _IDENTITY
    if not room.mode_read.value:
        return own, None, []
    painted = (room.fill_mode.value != pdfium_c.FPDF_FILLMODE_NONE, bool(room.stroke.value))
    if not painted[0] and not painted[1]:
        return own, painted, []
    segments = list(zip(room.xs[:found].tolist(), room.ys[:found].tolist(), room.kinds[:found].tolist(),
                        map(bool, room.closes[:found].tolist()), strict=True))
    return own, painted, segments


def _native_path_reader():
    """``path_object`` of the compiled pdfium_page.c (pipeline.load.native), or None."""
    return _native_function("path_object", ctypes.c_int)


@cache
def _native_path_functions():
    """The addresses of the PDFium functions ``path_object`` calls, in its order."""
    return _pdfium_addresses("FPDFPageObj_GetMatrix", "FPDFPath_GetDrawMode", "FPDFPath_CountSegments", "FPDFPath_GetPathSegment",
                             "FPDFPathSegment_GetPoint", "FPDFPathSegment_GetType", "FPDFPathSegment_GetClose")


@cache
def _segment_kinds() -> tuple[int, int]:
    import pypdfium2.raw as pdfium_c

    return pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO


def _shape(shape: str, points: list[tuple[float, float]], every: list[tuple[float, float]], filled: bool, stroked: bool,
           display: _Display) -> dict:
    """One subpath (its operators "m", "l", "c", "h" and their end points, in PDF space; ``every``:
    its points with the curves' control points) as pdfminer sorts it: a line ("ml", "mlh"), a
    rectangle (four points round an axis-parallel box, closed), else a curve, which carries its
    ``pts`` (every point, as pdfplumber's: the table finder makes edges of them); its box is the
    box of its points."""
    a, b, c, d, e, f = display.ctm
    pts = [(x * a + y * c + e, x * b + y * d + f) for x, y in points]  # pdfminer compares turned points
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:  # a closing "l" that "h" repeats
        shape = shape[:-2] + "h"
        pts.pop()  # (pdfminer's way: the point left last is the start again)
    kind = "curve"
    if shape in ("ml", "mlh"):
        kind = "line"
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if last == pts[0] and square:
            kind = "rect"
    x0, top, x1, bottom = display.box([p[0] for p in points], [p[1] for p in points])
    found = {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
             "fill": filled, "stroke": stroked}
    if kind == "curve":
        height = display.size[1]
        found["pts"] = [(x * a + y * c + e, height - (x * b + y * d + f)) for x, y in every]
    return found


# --------------------------------------------------------------------------------------------
# links


def _page_links(pdf, page, number: int, display: _Display, frame) -> tuple[list[LinkAnnotation], str | None]:
    """Page ``number``'s links that open a URI (boxes in ``frame``: the one its lines are in), and
    None; or none and the reason they could not be read (as ``pipeline.load.pdf._page_links``)."""
    import pypdfium2.raw as pdfium_c

    for index in range(max(pdfium_c.FPDFPage_GetAnnotCount(page.raw), 0)):
        annotation = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annotation:  # an entry of /Annots that is no annotation (PDFium cannot say more)
            return [], MALFORMED_ANNOTATION
        pdfium_c.FPDFPage_CloseAnnot(annotation)
    found = []
    position, link = ctypes.c_int(0), pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        uri = _uri(pdf, action)
        if not uri:
            continue
        if not pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)) or not (rect.left or rect.right or rect.bottom or rect.top):
            return [], NO_USABLE_RECT
        x0, top, x1, bottom = display.box([rect.left, rect.right], [rect.bottom, rect.top])
        found.append(LinkAnnotation(number, _rounded(frame.box({"x0": x0, "x1": x1, "top": top, "bottom": bottom})), uri))
    return found, None


def _uri(pdf, action) -> str | None:
    """The URI a link's action opens, decoded as pdfplumber decodes it (UTF-8, else UTF-16)."""
    import pypdfium2.raw as pdfium_c

    length = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
    if length <= 1:
        return None
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, length)
    raw = buffer.raw[: length - 1]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
