"""The OCR reader: pages without a usable text layer (scans, text turned into outlines, fonts whose
glyphs map to no character) and image files (PNG, JPEG, TIFF) into the same Pages as the PDF
readers, so that the layout stage and all after it read them as any other page.

- A PDF page is rendered with pypdfium2 at the resolution the engine wants (300 dpi for
  Tesseract), in 8-bit gray; an image file's frames are read at the resolution they say they were
  scanned at (upsampled to the engine's when they are much coarser).
- The engine (pipeline.load.ocr_engine: one small interface, Tesseract by default) turns the page
  upright and takes its skew off, and gives lines of words with boxes and confidences. Each line
  becomes a Line in PDF points (72 per inch, origin top left of the page as the engine read it):
  its words (``Line.words``, each with its confidence), a type size from its row height (the
  sizes of a page clustered, so that the lines of one paragraph share one size, as in a PDF),
  bold from the thickness of its strokes against the page's body text, and a bullet glyph where
  OCR misreads one at the start of a line (``pipeline/data/ocr.json``).
- ``Page.ocr`` says how it was read (engine, resolution, turn, skew, mean word confidence); a page
  of low confidence carries a warning, so a misread scan is never a silent wrong record.

When to OCR (``--ocr``): ``never`` as before (a scan fails with ``no_text_layer``); ``always``
every page; ``auto`` (the default) the pages without a usable text layer, by ``needs_ocr``: no
text and something drawn or pictured, fewer than ``min_text_characters`` characters over an image
covering most of the page, or text left out as unmapped glyphs. A file in which no page has text
(``no_text_layer``, ``unmapped_font``) is read whole by OCR.
"""

from __future__ import annotations

import json
import re
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from pipeline.errors import BrochureError
from pipeline.load.ocr_engine import EngineLine, OcrEngine, OcrTimeout, OcrUnavailable, TesseractEngine
from pipeline.load.ocr_specks import SpeckSettings, without_specks
from pipeline.load.ocr_tables import OcrTableSettings, horizontal_rules, ruled_tables
from pipeline.load.text import pages_left_out
from pipeline.model import BBox, Dropped, Line, LoadedDocument, OcrPage, Page, Source, Word

if TYPE_CHECKING:
    from PIL.Image import Image

READER = "ocr"
OCR_MODES = ("auto", "always", "never")
POINTS_PER_INCH = 72.0
UNMAPPED_REASON = "glyphs that map to no character (unmapped_font)"
"""The reason the PDF readers give for a page's text left out as unmapped glyphs."""

OCR_FOUND_NOTHING = {
    "no_text_layer": "no page has a text layer, and OCR found no text on the pages either (their images or drawings hold no "
                     "words it can read: a blank or very poor scan?)",
    "unmapped_font": "the PDF's fonts carry no character map (its glyphs stand for no characters), and OCR found no text on the "
                     "rendered pages either; re-export the PDF with its fonts' character maps",
}
"""The messages of a file in which no page has text and OCR read none either (``auto``)."""



@dataclass(frozen=True, slots=True)
class OcrSettings:
    """The OCR reader's tolerances, with their defaults (passed down from ``load``)."""

    language: str = "eng"
    """Tesseract's language(s), "eng+fra" for two (``--ocr-lang``)."""
    low_word_confidence: float = 60.0
    """A word read with less confidence (0-100) is counted as of low confidence."""
    noise_word_confidence: float = 25.0
    """A sign (no letter or digit) read with less confidence is left out as noise (a speck, a
    rule read as "|" or "."), counted in the page's dropped characters; a bullet glyph at a line
    start is kept."""
    noise_line_confidence: float = 40.0
    """A line whose words' mean confidence is below this is left out as noise the same way (the
    rules and shading of a table, a photograph, read as letters)."""
    low_page_confidence: float = 70.0
    """A page whose mean word confidence is below this gets a warning: its text may be misread."""
    min_text_characters: int = 40
    """``auto``: a page with fewer printed characters than this over an image covering most of it
    is taken for a scan (a stamp, a page number or a stray caption on a scanned page)."""
    full_page_image_share: float = 0.5
    """... "most of it": the share of the page's area the page's images cover."""
    max_page_pixels: int = 60_000_000
    """A page is rendered at no more pixels than this (a poster-sized page at 300 dpi would take
    gigabytes): its resolution is lowered to fit, with a warning. An image file of more is
    ``too_large`` (a decompression bomb, or a scan of a wall)."""
    min_resolution: int = 100
    """A page that would have to be rendered coarser than this to fit is ``too_large``."""
    default_image_resolution: int = 300
    """The resolution an image file is taken to have when it does not say (or says less than 50)."""
    upsample_below_share: float = 0.7
    """An image scanned at less than this share of the engine's resolution is upsampled to it."""
    font_size_per_row_height: float = 1.07
    """Type size over the row height Tesseract measures (baseline to the top of the ascenders):
    measured on the zoo's reportlab pages, 9 pt text reads as 8.4 pt of row height."""
    short_line_words: int = 4
    """A line of at most this many words (a heading, a label) takes the larger of its size by row
    height and by ink height: Tesseract's row height of a short line runs low (on held-out zoo
    scans the 10th percentile of its ratio to the set size was 0.93, the larger of the two 0.97)."""
    ascender_height: float = 0.72
    """Height of capitals and ascenders over the baseline, per unit of type size (Helvetica,
    Times and their kin: 0.66-0.75)."""
    x_height: float = 0.52
    speck_em: float = 0.08
    """A word of one sign (no letter or digit) whose ink is no larger than this share of its line's
    type size either way is a speck OCR read as "-", "." or "'" (a full stop is 0.1-0.15 of the size,
    a hyphen 0.3 wide): it is left out as noise, counted in the page's dropped characters."""
    bullet_reach_em: float = 2.2
    """A bullet OCR left unread (a small dot, circle or square it took for a speck) is looked for
    this many ems left of a line's first word, ..."""
    bullet_size_em: tuple[float, float] = (0.12, 0.6)
    """... as one blot of ink alone there whose width and height are within these shares of the
    line's type size (a speck is smaller, a letter or an icon larger), ..."""
    bullet_centre_em: tuple[float, float] = (0.12, 0.55)
    """... centred this high over the baseline (a bullet stands at the middle of the x-height; a
    full stop sits on the baseline, a closing quote at the cap height), ..."""
    bullet_aspect: float = 2.0
    """... no wider than this many times its height nor higher than this many times its width (a
    dash is told apart: see ``dash_width_em``), ..."""
    bullet_min_fill: float = 0.3
    bullet_white_em: float = 0.2
    """... with at least this many ems of white between it and the line's first word, and between it
    and the far end of where it is looked for (a letter ending a word is no mark); ..."""
    bullet_word_gap_em: float = 0.8
    bullet_word_height_em: float = 0.45
    """A short first word of signs OCR read ("e¢", "¢") set this many ems apart from the next word is
    a bullet when its ink is a bullet's blot no higher than this share of the size (lower than a
    letter's x-height: a word "a" or "o" is not taken for one)."""
    bullet_solid_fill: float = 0.85
    """A first word of one character whose ink is one solid blot (ink over at least this share of
    its box) of a bullet's size and height is a bullet, however close to the text it stands and
    whatever OCR read it as ("a", "=" for a square bullet): no letter's ink fills its box (an "a"
    fills about half, an "I" is too narrow for a bullet's shape)."""
    dash_width_em: tuple[float, float] = (0.3, 1.1)
    dash_height_em: float = 0.14
    """A blot of that place as wide as these shares of the size and no higher than this is a dash
    (an en or em dash opening an item), given as "–" for the layout to judge as it judges a
    printed one."""
    """... and with ink over at least this share of its box (a round bullet fills 0.8, a ring 0.4)."""
    footnote_mark_bottom_em: float = 0.2
    footnote_mark_height_em: float = 0.36
    """A word's last sign (before a stop or comma) whose ink stands this far above the baseline and is
    at least this high is a footnote mark set as a superscript ("training¹."), which OCR reads as
    "’", "!" or "?": it is left out, as the PDF layout leaves a raised mark out of the text. An
    apostrophe ("Workers’") is shorter, a printed "!" or "?" stands on the baseline."""
    profile_ink_share: float = 0.03
    """The size of a line is read from the rows of its ink (on the engine's thresholded page): a row
    belongs to the type when it holds at least this share of the darkest row's ink, so a speck
    above the letters or a JPEG smear (a few pixels) does not make the line taller, while the
    ascenders of a line (a tenth of its x-height's ink or more) still count."""
    profile_min_ascending_share: float = 0.12
    """... when at least this share of its letters are capitals, digits or letters with ascenders
    (running text has a quarter or more; fewer are too little ink to show above the x-height), ..."""
    profile_x_band_share: float = 0.3
    """... of a line without capitals or ascenders, the rows of its x-height: those holding this share
    of the darkest row's ink."""
    profile_gap_rows: float = 0.06
    """... and the type is the rows contiguous with the baseline: a white gap of this share of the
    estimated size (at least one pixel row) ends it (an accent or a line above is not the line)."""
    descender_depth: float = 0.21
    cut_gap_em: float = 1.1
    """A line is cut where the white between two words' ink is wider than this many times its type
    size (a word space is 0.2-0.5 of it in ink, a column gutter more; the PDF readers cut at 1.0 of
    the type's advance)."""
    cut_gap_over_spaces: float = 1.6
    """... and, on a line of three whites or more, at least this many times its usual (lower quartile) white
    between words: a loosely justified line's spaces reach 1.2 em (the scanned sample's do), and a
    column's edge stands out of them."""
    aligned_gap_em: float = 0.6
    """A line is also cut at a narrower white than ``cut_gap_em``, at least this many times its type
    size (and ``cut_gap_over_spaces`` its usual white), where the white is a column's edge: the word
    after it starts at the x where words after such a white start on ``aligned_min_lines`` other
    lines near it (the cells of a table without rules, a column of figures)."""
    aligned_min_lines: int = 2
    aligned_reach_em: float = 4.5
    """... the lines near it: their baselines within this many ems of its own (two rows of a table)."""
    aligned_tolerance_em: float = 0.15
    """... "at the x": within this share of the type size (a pixel or two of OCR boxes)."""
    rule_bar_height: float = 1.15
    """A bar ("|", "I", "l", "[", "]") this many times higher than its line's row is a vertical rule of a
    table, not a letter (a capital I is three quarters of the row): the line is cut there and the
    bar left out."""
    leading_tolerance: float = 0.05
    """Lines of a column within this share of the usual pitch of their size are set at exactly
    that pitch (a pixel is 2% of the pitch of 10 pt type at 300 dpi)."""
    size_cluster_tolerance: float = 0.07
    """Line sizes within this share of a cluster's centre are one type size (a paragraph's lines
    measure a little differently each: Tesseract's row height comes in whole pixels and varies
    with the letters of the line): a cluster's lines all get its median."""
    bold_stroke_ratio: float = 1.15
    """A line whose stroke is this many times thicker (per unit of type size) than the page's body
    text is bold. Measured on Tesseract's thresholded page of rl-report-01 (a dev document of the
    zoo): body lines 0.95-1.07 of their median, bold headings 1.31-1.65 clean, 1.19-1.55 scanned at
    200 dpi with noise and JPEG."""
    marker_alignment: float = 1.5
    """Points within which the first words of lines (and the words after them) stand at one x: lines
    that start with the same short mark at one x and whose text starts at one x are a list."""
    marker_width_em: float = 0.8
    """A list mark read as a sign is no wider than this share of its line's type size (an arrow,
    a check mark, a square read as "@"); ..."""
    letter_marker_width_em: float = 0.45
    """... one read as a letter ("e", "o" for a round bullet) no wider than this (the letter
    itself is 0.5 of it or wider)."""
    mark_column_height: float = 4.0
    """A "line" at least this many times as high as it is wide is a column of list marks OCR read as
    one line, not type (a line of type is wider than high)."""
    mark_column_reach_em: float = 2.0
    """... and the lines starting within this many ems right of it are the items it marks."""
    same_size_ratio: float = 1.12
    """Lines of one column set one under the other at a paragraph's leading whose measured sizes
    differ by less than this factor are of one type size (a title's two lines, a paragraph's short
    last line measured by its ink): they take the size of the one with most characters."""
    same_size_gap_em: float = 0.8
    """... "at a paragraph's leading": the white between their ink at most this share of the size (a title set at
    1.3 em leaves 0.6 em between the ink of lines without descenders, body text at 1.2 em 0.3)."""
    bold_word_share: float = 0.5
    """A line is bold when its words measured as bold hold at least this share of its measured
    characters (a run-in heading, bold words in a sentence: the line is set in the body face)."""
    specks: SpeckSettings = SpeckSettings()
    """What specks of a scan are set to white before it is read (pipeline.load.ocr_specks)."""
    tables: OcrTableSettings = OcrTableSettings()
    """How tables are found on a scanned page, from the rules it shows (pipeline.load.ocr_tables)."""
    page_seconds: float | None = None
    """Seconds the engine may spend recognizing one page (None: no bound of its own; the batch's
    --timeout still ends the document)."""


@dataclass(slots=True)
class _Renderable:
    """A page image to OCR and the resolution it is at."""

    image: Image
    resolution: int
    warnings: list[str] = field(default_factory=list)


@cache
def default_engine(language: str = "eng") -> OcrEngine:
    """The default engine for ``language`` (one per process: its model is loaded once)."""
    return TesseractEngine(language)


def engine_for(settings: OcrSettings, path: str) -> OcrEngine:
    """The engine for the settings' language; BrochureError ``ocr_unavailable`` naming the file when
    it is not installed."""
    try:
        return default_engine(settings.language)
    except OcrUnavailable as error:
        raise BrochureError("ocr_unavailable", f"the page needs OCR, and {error}", path) from None


# --------------------------------------------------------------------------------------------
# when to OCR


def needs_ocr(page: Page, image_share: float, settings: OcrSettings) -> bool:
    """Whether a page read from its text layer is to be read by OCR instead (``auto``): it has no
    text and shows something (an image covering ``image_share`` of it, or drawn shapes), few
    characters over an image covering most of it, or its text was left out as unmapped glyphs."""
    printed = sum(len(line.text) - line.text.count(" ") for line in page.lines)
    unmapped = sum(d.characters for d in page.dropped if d.reason == UNMAPPED_REASON)
    if unmapped > printed:
        return True
    if not page.lines:
        return image_share > 0 or bool(page.shapes)
    return printed < settings.min_text_characters and image_share >= settings.full_page_image_share


def image_shares(data: bytes, password: str | None, numbers: list[int]) -> dict[int, float]:
    """For pages ``numbers`` (1-based) of the PDF, the share of each page's area its image objects
    cover (overlaps counted once per image: a share above 1 is capped)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    shares: dict[int, float] = {}
    pdf = pypdfium2.PdfDocument(data, password=password or None)
    try:
        for number in numbers:
            page = pdf[number - 1]
            try:
                width, height = page.get_size()
                area = 0.0
                for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
                    left, bottom, right, top = obj.get_bounds()
                    area += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
                shares[number] = min(1.0, area / (width * height)) if width * height > 0 else 0.0
            finally:
                page.close()
    finally:
        pdf.close()
    return shares


def ocr_textless_pages(loaded: LoadedDocument, data: bytes, password: str | None, settings: OcrSettings) -> LoadedDocument:
    """``auto`` after a PDF reader read the file: its pages without a usable text layer
    (``needs_ocr``) read again by OCR, the others as they are."""
    import pypdfium2

    suspects = [page.number for page in loaded.pages if page.number is not None and _suspect(page, settings)]
    if not suspects:
        return loaded
    try:
        shares = image_shares(data, password, suspects)
    except pypdfium2.PdfiumError as error:
        # PDFium renders the pages for OCR, and cannot open a file that was read by pdfminer's
        # scanning or after Ghostscript's repair (no cross-reference table, no trailer): the pages
        # stay as their text layer gave them, and the record says why they were not read by OCR
        return replace(loaded, warnings=[*loaded.warnings, cannot_render_for_ocr(suspects, error)])
    chosen = [page.number for page in loaded.pages if page.number in shares and needs_ocr(page, shares[page.number], settings)]
    if not chosen:
        return loaded
    try:
        read = ocr_pdf_pages(data, loaded.source, password, chosen, settings)
    except pypdfium2.PdfiumError as error:  # (a page PDFium opens the file for but cannot load: the same)
        return replace(loaded, warnings=[*loaded.warnings, cannot_render_for_ocr(chosen, error)])
    pages = []
    for page in loaded.pages:
        ocr_page = read.get(page.number)
        if ocr_page is None:
            pages.append(page)
        elif not ocr_page.lines:  # nothing better than what the text layer gave: the page stays as read, said so
            page.warnings.append(f"page {page.number}: it has no usable text layer, and OCR found no text on it either")
            pages.append(page)
        else:
            ocr_page.links = page.links  # the PDF's link annotations still stand over the scan
            ocr_page.warnings.insert(0, f"page {page.number}: it has no usable text layer; it was read by OCR")
            pages.append(ocr_page)
    across_pages(pages, settings)
    _renumber(pages)
    return LoadedDocument(source=loaded.source, pages=pages, warnings=loaded.warnings)


def cannot_render_for_ocr(numbers: list[int], error) -> str:
    """The warning for pages ``numbers`` that may need OCR in a file PDFium cannot open (``error``,
    its PdfiumError) to render them."""
    from pipeline.load.pdfium import _pdfium_reason

    pages = f"page {numbers[0]}" if len(numbers) == 1 else f"pages {page_ranges(numbers)}"
    return (f"{pages}: little or no text layer, but not read by OCR: the PDF is damaged and cannot be opened to render "
            f"its pages ({_pdfium_reason(error)}; corrupt_pdf); the text layer was kept as read")


def page_ranges(numbers: list[int]) -> str:
    """Page numbers as runs, for a message: [1, 2, 3, 7, 9, 10] → "1–3, 7, 9–10" (a file of
    thousands of pages gives a line, not thousands of numbers)."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}–{last}" for first, last in runs)


def _suspect(page: Page, settings: OcrSettings) -> bool:
    """Whether a page may need OCR, before its images are measured (cheap: most pages are not)."""
    printed = sum(len(line.text) - line.text.count(" ") for line in page.lines)
    return printed < settings.min_text_characters or any(d.reason == UNMAPPED_REASON for d in page.dropped)


def ocr_whole_pdf(data: bytes, source: Source, password: str | None, max_pages: int | None, settings: OcrSettings,
                  failure: BrochureError | None = None) -> LoadedDocument:
    """Every page of the PDF (at most ``max_pages``) read by OCR (``always``, or ``auto`` for a file
    in which no page has text: ``failure`` is that error, raised again when OCR finds no text either)."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data, password=password or None)
        count = len(pdf)
        pdf.close()
    except pypdfium2.PdfiumError as error:
        if failure is not None:
            raise failure from None
        raise BrochureError("corrupt_pdf", f"the PDF cannot be opened to be read by OCR ({error})", source.path) from None
    read = count if max_pages is None else min(count, max_pages)
    try:
        pages_read = ocr_pdf_pages(data, source, password, list(range(1, read + 1)), settings)
    except pypdfium2.PdfiumError as error:  # (the file opens, a page of it cannot be loaded to render)
        if failure is not None:
            raise failure from None
        raise BrochureError("corrupt_pdf", f"a page of the PDF cannot be loaded to be read by OCR ({error})", source.path) from None
    pages = [pages_read[number] for number in range(1, read + 1)]
    across_pages(pages, settings)
    if failure is not None and not any(page.lines for page in pages):
        raise BrochureError(failure.code, OCR_FOUND_NOTHING.get(failure.code, failure.message), source.path)
    _renumber(pages)
    warnings = [pages_left_out(read, count)] if read < count else []
    if failure is not None:
        warnings.insert(0, f"no page has a usable text layer ({failure.code}); every page was read by OCR")
    return LoadedDocument(source=replace(source, page_count=count), pages=pages, warnings=warnings)


def ocr_pdf_pages(data: bytes, source: Source, password: str | None, numbers: list[int], settings: OcrSettings,
                  engine: OcrEngine | None = None) -> dict[int, Page]:
    """Pages ``numbers`` (1-based) of the PDF rendered and read by ``engine`` (None: the default
    engine for the settings' language), by number."""
    import pypdfium2

    engine = engine or engine_for(settings, source.path)
    pdf = pypdfium2.PdfDocument(data, password=password or None)
    read: dict[int, Page] = {}
    try:
        for number in numbers:
            page = pdf[number - 1]
            try:
                renderable = _render(page, engine.resolution, settings, number, source.path)
            finally:
                page.close()
            read[number] = ocr_image(renderable.image, number, renderable.resolution, engine, settings, source.path)
            read[number].warnings[:0] = renderable.warnings
    finally:
        pdf.close()
    return read


def _render(page, resolution: int, settings: OcrSettings, number: int, path: str) -> _Renderable:
    """The page rendered in 8-bit gray at ``resolution`` dpi, or coarser when that would pass
    ``max_page_pixels`` (with a warning); BrochureError ``too_large`` when even ``min_resolution``
    would."""
    width, height = page.get_size()
    warnings = []
    pixels = (width * resolution / POINTS_PER_INCH) * (height * resolution / POINTS_PER_INCH)
    if pixels > settings.max_page_pixels:
        fitted = int(resolution * (settings.max_page_pixels / pixels) ** 0.5)
        if fitted < settings.min_resolution:
            raise BrochureError("too_large", f"page {number} is {width / POINTS_PER_INCH:.0f} by {height / POINTS_PER_INCH:.0f} "
                                f"inches: too large to render for OCR even at {settings.min_resolution} dpi", path)
        warnings.append(f"page {number}: rendered for OCR at {fitted} dpi instead of {resolution} (the page is "
                        f"{width / POINTS_PER_INCH:.0f} by {height / POINTS_PER_INCH:.0f} inches)")
        resolution = fitted
    image = page.render(scale=resolution / POINTS_PER_INCH, grayscale=True).to_pil().convert("L")
    return _Renderable(image, resolution, warnings)


def read_image_file(data: bytes, source: Source, max_pages: int | None, settings: OcrSettings) -> LoadedDocument:
    """An image file (PNG, JPEG, TIFF; every frame of a multi-page TIFF) read as scanned pages."""
    import io

    from PIL import Image as PILImage
    from PIL import ImageSequence, UnidentifiedImageError

    engine = engine_for(settings, source.path)
    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            frames = getattr(opened, "n_frames", 1)
            read = frames if max_pages is None else min(frames, max_pages)
            pages = []
            for number, frame in enumerate(ImageSequence.Iterator(opened), start=1):
                if number > read:
                    break
                width, height = frame.size
                if width * height > settings.max_page_pixels:
                    raise BrochureError("too_large", f"page {number} is an image of {width:,} by {height:,} pixels, over the "
                                        f"{settings.max_page_pixels:,}-pixel limit of a page to OCR", source.path)
                renderable = _image_frame(frame, engine.resolution, settings)
                page = ocr_image(renderable.image, number, renderable.resolution, engine, settings, source.path)
                page.warnings[:0] = [f"page {number}: {warning}" for warning in renderable.warnings]
                pages.append(page)
            across_pages(pages, settings)
    except PILImage.DecompressionBombError as error:
        raise BrochureError("too_large", f"the image is too large to read ({error})", source.path) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise BrochureError("corrupt_image", f"the image cannot be read ({error})", source.path) from None
    _renumber(pages)
    warnings = [pages_left_out(read, frames)] if read < frames else []
    return LoadedDocument(source=replace(source, page_count=frames), pages=pages, warnings=warnings)


def _image_frame(frame, resolution: int, settings: OcrSettings) -> _Renderable:
    """One frame of an image file in 8-bit gray at the resolution it was scanned at (upsampled to
    the engine's when much coarser), transparency on white."""
    from PIL import Image as PILImage

    warnings = []
    dpi = frame.info.get("dpi")
    scanned = round(float(dpi[0])) if isinstance(dpi, tuple) and dpi and float(dpi[0]) >= 50 else None
    if scanned is None:
        warnings.append(f"the image does not say its resolution; taken to be {settings.default_image_resolution} dpi")
        scanned = settings.default_image_resolution
    image = frame
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = PILImage.alpha_composite(white, rgba)
    image = image.convert("L")
    if scanned < resolution * settings.upsample_below_share:
        factor = resolution / scanned
        image = image.resize((round(image.width * factor), round(image.height * factor)), PILImage.LANCZOS)
        return _Renderable(image, resolution, warnings)
    return _Renderable(image, scanned, warnings)


# --------------------------------------------------------------------------------------------
# a page image into a Page


def ocr_image(image: Image, number: int, resolution: int, engine: OcrEngine, settings: OcrSettings, path: str) -> Page:
    """One page image (8-bit gray at ``resolution`` dpi) read by ``engine`` into a Page of reader
    "ocr": Lines in points, with words, type sizes, bold and bullets (see the module).
    BrochureError ``timeout`` when the engine runs past ``settings.page_seconds``."""
    image = without_specks(image, resolution, settings.specks)
    try:
        reading = engine.read(image, resolution, settings.page_seconds)
    except OcrTimeout as error:
        raise BrochureError("timeout", f"page {number}: {error}", path) from None
    to_points = POINTS_PER_INCH / resolution
    page = Page(number=number, reader=READER, lines=[], width=round(reading.image.width * to_points, 2),
                height=round(reading.image.height * to_points, 2))
    dropped: Counter = Counter()
    aligned = _aligned_cuts(reading.lines, settings)
    pieces = [piece for engine_line in reading.lines
              for piece in _pieces(engine_line, settings, aligned.get(id(engine_line), frozenset()), dropped)]
    made = [(_line(piece, number, to_points, settings, dropped), piece.baseline) for piece in pieces]
    ink = reading.ink if reading.ink is not None else reading.image
    dark = _dark_pixels(ink)
    for line, baseline in made:
        if line is not None and baseline is not None:
            measured = _size_by_profile(dark, line, baseline, resolution, settings)
            if measured is not None:
                line.font_size = round(measured, 2)
    lines = _marks_of_a_column([line for line, _ in made if line is not None], settings, dropped)
    baselines = {id(line): baseline for line, baseline in made if line is not None and baseline is not None}
    for line in lines:
        if id(line) in baselines:
            _specks_off(dark, line, resolution, settings, dropped)
            _bullet_by_shape(dark, line, baselines[id(line)], resolution, settings)
            _footnote_marks_off(dark, line, baselines[id(line)], resolution, settings, dropped)
    _cluster_sizes(lines, settings.size_cluster_tolerance)
    _neighbours_one_size(lines, settings)
    for line, baseline in made:
        if line is not None and baseline is not None and line.font_size:
            # the box of the type, as the PDF readers give it (from the descent to one type size
            # above it), not of the ink: ink tops vary with the letters, and would make white
            # space between the lines of a paragraph
            bottom = baseline * to_points + settings.descender_depth * line.font_size
            line.bbox = (line.bbox[0], round(bottom - line.font_size, 2), line.bbox[2], round(bottom, 2))
    _regular_leading(lines, settings.leading_tolerance)
    _marker_columns(lines, settings)
    _mark_bold(lines, ink, resolution, settings)
    page.tables = ruled_tables(horizontal_rules(reading.image, resolution, settings.tables), lines, settings.tables)
    lines.sort(key=lambda line: (line.bbox[3], line.bbox[0]))
    page.lines = lines
    page.dropped = [Dropped(reason, count) for reason, count in sorted(dropped.items()) if count]
    words = [word for line in lines for word in line.words]
    mean = round(statistics.fmean(w.confidence for w in words), 1) if words else 0.0
    low = sum(1 for w in words if w.confidence < settings.low_word_confidence)
    page.ocr = OcrPage(engine=engine.name, resolution=resolution, words=len(words), mean_confidence=mean,
                       low_confidence_words=low, rotation=reading.rotation, skew=reading.skew)
    page.warnings.extend(f"page {number}: {note}" for note in reading.notes)
    if not words:
        page.warnings.append(f"page {number}: OCR found no text on it")
    elif mean < settings.low_page_confidence:
        page.warnings.append(f"page {number}: OCR read it with a mean word confidence of {mean:g} (below "
                             f"{settings.low_page_confidence:g}; {low} of {len(words)} words below {settings.low_word_confidence:g}): "
                             f"its text may be misread; check the scan")
    return page


def _pieces(engine_line: EngineLine, settings: OcrSettings, aligned: frozenset[int] = frozenset(),
            dropped: Counter | None = None) -> list[EngineLine]:
    """The engine's line cut at every gap between words wider than ``settings.cut_gap_em`` times its type
    size (its row height, or its box's height), at the gaps ``aligned`` (indices of the words after
    them: ``_aligned_cuts``), and at a vertical rule read as a bar (left out, counted in
    ``dropped``): Tesseract joins lines of two columns that stand at one height ("Results so far
    Email: minh@ilo.org") and the cells of a table's row; as in the PDF readers, a line never spans
    two columns (the layout stage joins the pieces of one row in one column again). A bullet glyph
    stays with its text."""
    words = engine_line.words
    em = _engine_em(engine_line, settings)
    rules = {k for k, word in enumerate(words) if _rule_bar(word, engine_line, settings)}
    if rules:
        if dropped is not None:
            dropped[RULE_BAR] += len(rules)
        keep = [k for k in range(len(words)) if k not in rules]
        cut_after_rule = {position for position, k in enumerate(keep) if position and (k - 1 in rules)}
        aligned = frozenset(keep.index(k) for k in aligned if k in keep) | frozenset(cut_after_rule)
        words = [words[k] for k in keep]
        if not words:
            return []
    wide = set(_wide_gaps(words, em, settings.cut_gap_em, settings))
    cuts = [k for k in range(1, len(words)) if (k in wide or k in aligned) and not (k == 1 and len(words[0].text) <= 2)]
    if not cuts:
        return [engine_line] if not rules else [EngineLine(box=engine_line.box, words=words, row_height=engine_line.row_height,
                                                           baseline=engine_line.baseline)]
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(words)], strict=True):
        part = words[start:end]
        # the row height was the joined line's: each piece is sized by its own ink
        box = (part[0].box[0], min(w.box[1] for w in part), part[-1].box[2], max(w.box[3] for w in part))
        pieces.append(EngineLine(box=box, words=part, row_height=None, baseline=engine_line.baseline))
    return pieces


RULE_BAR = "vertical rules of a table OCR read as a bar (|, I, l)"
_BARS = frozenset("|Il1[]!")


def _wide_gaps(words, em: float, least_em: float, settings: OcrSettings) -> list[int]:
    """Indices of the words after a white wider than ``least_em`` of the type size ``em`` (pixels)
    that is also ``cut_gap_over_spaces`` times the line's usual white between words (its lower
    quartile), when it has
    three whites or more: the spaces of a loosely justified line are all wide, and a column's
    edge stands out of them."""
    gaps = [words[k].box[0] - words[k - 1].box[2] for k in range(1, len(words))]
    usual = sorted(gaps)[len(gaps) // 4] if len(gaps) >= 3 else 0.0  # the lower quartile: a table row's whites are mostly column edges
    return [k for k in range(1, len(words)) if gaps[k - 1] > least_em * em and gaps[k - 1] >= settings.cut_gap_over_spaces * usual]


def _engine_em(engine_line: EngineLine, settings: OcrSettings) -> float:
    """The type size of an engine line in pixels (its row height, else its box's height)."""
    if engine_line.row_height:
        return engine_line.row_height * settings.font_size_per_row_height
    return float(engine_line.box[3] - engine_line.box[1])


def _rule_bar(word, engine_line: EngineLine, settings: OcrSettings) -> bool:
    """The word is a vertical rule read as a bar: one bar sign, higher than ``rule_bar_height`` rows."""
    row = engine_line.row_height or (engine_line.box[3] - engine_line.box[1])
    return len(word.text) == 1 and word.text in _BARS and len(engine_line.words) > 1 and \
        word.box[3] - word.box[1] >= settings.rule_bar_height * row


def _aligned_cuts(lines: list[EngineLine], settings: OcrSettings) -> dict[int, frozenset[int]]:
    """For each engine line (by id), the indices of the words before which it is cut because the
    white before them is a column's edge (``aligned_gap_em``, and wider than the line's usual
    white: ``_wide_gaps``): the word starts within ``aligned_tolerance_em`` of where a word after
    such a white (or a line's first word) starts on ``aligned_min_lines`` other lines whose
    baselines are within ``aligned_reach_em``. (Ends are not compared: the last words of a
    justified column all end at its margin.)"""
    edges = []  # per line: its baseline, and the (index, start) of its first word and its words after a wide white
    for line in lines:
        em = _engine_em(line, settings)
        after = [(k, line.words[k].box[0]) for k in [0, *_wide_gaps(line.words, em, settings.aligned_gap_em, settings)]]
        edges.append((line.baseline if line.baseline is not None else float(line.box[3]), after))
    order = sorted(range(len(lines)), key=lambda i: edges[i][0])
    bases = [edges[i][0] for i in order]
    cuts: dict[int, frozenset[int]] = {}
    for index, line in enumerate(lines):
        base, after = edges[index]
        inner = [(k, x0) for k, x0 in after if k > 1 or (k == 1 and len(line.words[0].text) > 2)]
        if not inner:
            continue
        em = _engine_em(line, settings)
        reach, tolerance = settings.aligned_reach_em * em, settings.aligned_tolerance_em * em
        near = [order[j] for j in range(bisect_left(bases, base - reach), bisect_right(bases, base + reach)) if order[j] != index]
        chosen = set()
        for k, x0 in inner:
            agreeing = sum(1 for other in near if any(abs(ox0 - x0) <= tolerance for _, ox0 in edges[other][1]))
            if agreeing >= settings.aligned_min_lines:
                chosen.add(k)
        if chosen:
            cuts[id(line)] = frozenset(chosen)
    return cuts


NOISE_LINE = "OCR lines of low mean confidence (noise, rules or pictures read as text)"
NOISE_WORD = "OCR signs of very low confidence (specks or rules read as text)"


def _line(engine_line: EngineLine, page: int, to_points: float, settings: OcrSettings, dropped: Counter) -> Line | None:
    """The engine's line as a Line in points (None when nothing of it is kept); the characters of
    what is left out as noise are counted into ``dropped`` by reason."""
    words = [Word(text=text, bbox=_points(w.box, to_points), confidence=w.confidence)
             for w in engine_line.words if (text := _cleaned(w.text))]
    words = _bullet_first(_letters_read(_urls_read(_emails_joined(words))))
    if len(words) >= 2 and words[0].text == "-":  # a hyphen alone opens no word: the dash of an item, as OCR reads "–"
        words[0] = Word(DASH_BY_SHAPE, words[0].bbox, words[0].confidence)
    if words and statistics.fmean(w.confidence for w in words) < settings.noise_line_confidence:
        dropped[NOISE_LINE] += sum(len(w.text) for w in words)
        return None
    # a word of letters or digits among well-read words is kept however unsure Tesseract is of it
    # (the fast model reads year ranges "2016–2021" at 5-25); a lone sign is a speck or a rule
    kept = [w for i, w in enumerate(words)
            if w.confidence >= settings.noise_word_confidence or any(c.isalnum() for c in w.text)
            or (i == 0 and _glyph_set_apart(words))]
    dropped[NOISE_WORD] += sum(len(w.text) for w in words if w not in kept)
    words = kept
    text = " ".join(word.text for word in words).strip()
    if not text:
        return None
    bbox = _points(engine_line.box, to_points)
    bbox = (words[0].bbox[0], bbox[1], words[-1].bbox[2], bbox[3])  # without the words left out
    # each word's ink says its size (by the letters it has); their median, not the line's box,
    # which a speck or a JPEG smear beside one word makes taller
    measured = [w for w in words if len(w.text) >= 3] or words  # a short word's ink is a few pixels
    by_ink = statistics.median(_size_by_ink(w.text, w.bbox[3] - w.bbox[1], settings) for w in measured)
    size = engine_line.row_height * to_points * settings.font_size_per_row_height if engine_line.row_height else by_ink
    if len(words) <= settings.short_line_words:
        size = max(size, by_ink)
    return Line(text=text, number=0, page=page, bbox=bbox, font_size=round(size, 2), indent=bbox[0], words=words)


def _glyph_set_apart(words: list[Word]) -> bool:
    """The line starts with a single glyph (no letter or digit: a bullet as OCR reads it, often
    with little confidence) set apart from the next word by more than a word space."""
    return bool(words) and len(words[0].text) == 1 and not words[0].text.isalnum() and _set_apart(words)


def _regular_leading(lines: list[Line], tolerance: float) -> None:
    """Set the lines of a column that follow each other at nearly the page's usual pitch for their
    size exactly at that pitch, as type is set: OCR baselines come in whole pixels and wobble by
    one, and the layout stage reads any white space beyond the usual leading as a paragraph break.
    A line is moved (with the lines below it in its column) by no more than ``tolerance`` of the
    pitch."""
    ordered = sorted(lines, key=lambda line: (line.bbox[1], line.bbox[0]))
    above: dict[int, Line] = {}
    for index, line in enumerate(ordered):
        for candidate in reversed(ordered[:index]):
            if candidate.font_size == line.font_size and _overlap(candidate.bbox, line.bbox) and candidate.bbox[3] <= line.bbox[1] + 0.5:
                above[id(line)] = candidate
                break
    pitches: dict[float, list[float]] = {}
    for line in ordered:
        previous = above.get(id(line))
        if previous is not None:
            pitches.setdefault(line.font_size, []).append(line.bbox[3] - previous.bbox[3])
    usual = {size: statistics.median(values) for size, values in pitches.items() if len(values) >= 3}
    for line in ordered:  # top down: a line moved moves the reference of the one below it
        previous = above.get(id(line))
        pitch = usual.get(line.font_size)
        if previous is None or pitch is None:
            continue
        shift = previous.bbox[3] + pitch - line.bbox[3]
        if abs(shift) <= tolerance * pitch:
            line.bbox = (line.bbox[0], round(line.bbox[1] + shift, 2), line.bbox[2], round(line.bbox[3] + shift, 2))


def _overlap(a: BBox, b: BBox) -> bool:
    """The boxes share more than half of the narrower one's width (they stand in one column)."""
    shared = min(a[2], b[2]) - max(a[0], b[0])
    return shared > 0.5 * min(a[2] - a[0], b[2] - b[0])


def _dark_pixels(ink: Image):
    """The page's ink as a boolean array (True: ink), from the engine's thresholded page (or the
    gray page, cut at its middle grey)."""
    import numpy

    gray = numpy.asarray(ink.convert("L"))
    return gray < 128


def _as_ink(window, line: Line, per_point: float, top: int, left: int):
    """A window of the page's ink around a line (``top``, ``left``: its corner in pixels), with the
    ink True: light type on a dark band (the thresholded page black behind white letters) is
    turned over, told by the line's own box being mostly dark."""
    if line.bbox is None:
        return window
    x0, y0, x1, y1 = (round(v * per_point) for v in line.bbox)
    own = window[max(0, y0 - top):max(0, y1 - top), max(0, x0 - left):max(0, x1 - left)]
    return ~window if own.size and own.mean() > 0.5 else window


_ASCENDING = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhkl0123456789")
"""Letters whose top is the height of capitals and ascenders (not "t", "i" or "j": shorter, or a dot)."""


def _size_by_profile(dark, line: Line, baseline: float, resolution: int, settings: OcrSettings) -> float | None:
    """The line's type size from the rows of its ink between its baseline and the top of its
    letters: the rows above the baseline that hold ``profile_ink_share`` of the darkest row's ink,
    contiguous with it, give the height of its capitals and ascenders (or its x-height, when it
    has none), and that height over its share of the type size is the size. Row heights and ink
    boxes run high by a speck over a word or a smear of JPEG, and low by a pixel of a short line;
    the profile does not. None when the line's ink cannot be measured (too little, no letters)."""
    import numpy

    letters = [c for c in line.text if c.isalpha() or c.isdigit()]
    if len(letters) < 2 or not line.font_size or line.bbox is None:
        return None
    per_point = resolution / POINTS_PER_INCH
    estimate = line.font_size * per_point
    x0, x1 = max(0, round(line.bbox[0] * per_point)), min(dark.shape[1], round(line.bbox[2] * per_point))
    base = round(baseline)
    top = max(0, round(base - 1.6 * estimate))
    if x1 - x0 < 2 or base - top < 4 or base >= dark.shape[0]:
        return None
    window = _as_ink(dark[top:base + 1, x0:x1], line, per_point, top, x0)
    profile = numpy.count_nonzero(window, axis=1)  # rows top to the baseline
    peak = int(profile.max())
    if peak < 3:
        return None
    # a line with few capitals and ascenders ("women, and many are migrants.") is measured by its
    # x-height: the ink of one "d" in a row is less than ``profile_ink_share`` of the x-height's,
    # and the height found would be the x-height taken for the ascenders' (a size a third too small)
    ascending = sum(1 for c in letters if c in _ASCENDING) >= settings.profile_min_ascending_share * len(letters)
    # without capitals or ascenders the height is the x-height: the dense band of the letters'
    # bodies (a "t" or an "i" dot rises above it, with little ink)
    share = settings.profile_ink_share if ascending else settings.profile_x_band_share
    inked = profile >= max(1, share * peak)
    gap = max(1, round(settings.profile_gap_rows * estimate))
    # the baseline row itself may be white (Tesseract's fit runs a pixel under the letters): start
    # at the lowest inked row within a gap of it
    row = len(inked) - 1
    while row >= 0 and not inked[row] and len(inked) - 1 - row <= gap:
        row -= 1
    if row < 0 or not inked[row]:
        return None
    bottom, white = row, 0
    highest = row
    while row >= 0:
        if inked[row]:
            highest, white = row, 0
        else:
            white += 1
            if white > gap:
                break
        row -= 1
    if highest == 0:  # the ink runs to the top of the window: a picture or a band, not the type
        return None
    height = bottom - highest + 1
    return height / per_point / (settings.ascender_height if ascending else settings.x_height)


BULLET_BY_SHAPE = "\u2022"
DASH_BY_SHAPE = "\u2013"


def _specks_off(dark, line: Line, resolution: int, settings: OcrSettings, dropped: Counter) -> None:
    """Leave out of the line the words of one sign whose ink is a speck (``speck_em``): on a rough
    scan Tesseract reads a dot of noise before a line as "-", which would make it a list item."""
    import numpy

    if not line.font_size or len(line.words) < 2:
        return
    per_point = resolution / POINTS_PER_INCH
    limit = settings.speck_em * line.font_size * per_point
    kept = []
    for word in line.words:
        if len(word.text) == 1 and not word.text.isalnum():
            x0, y0, x1, y1 = (round(v * per_point) for v in word.bbox)
            window = _as_ink(dark[max(0, y0 - 1):y1 + 1, max(0, x0 - 1):x1 + 1], line, per_point, max(0, y0 - 1), max(0, x0 - 1))
            rows, columns = numpy.flatnonzero(window.any(axis=1)), numpy.flatnonzero(window.any(axis=0))
            if rows.size == 0 or (rows[-1] - rows[0] + 1 <= limit and columns[-1] - columns[0] + 1 <= limit):
                dropped[NOISE_WORD] += 1
                continue
        kept.append(word)
    if len(kept) == len(line.words) or not kept:
        return
    line.words = kept
    line.text = " ".join(word.text for word in kept)
    line.bbox = (kept[0].bbox[0], line.bbox[1], kept[-1].bbox[2], line.bbox[3])
    line.indent = kept[0].bbox[0]


def _bullet_by_shape(dark, line: Line, baseline: float, resolution: int, settings: OcrSettings) -> None:
    """Give the line a bullet where one is printed that OCR did not read as one: a small dot, ring
    or square (or a dash) it took for a speck, left of its first word (as a PDF reader misses a
    bullet drawn as a shape), or read as a short word of its own ("e¢", "¢", set apart from the
    text by ``bullet_word_gap_em``): one blot of ink alone there, white above and below it, of a
    bullet's size, height and shape (``bullet_*`` settings). The bullet is put before the line's
    words (a "•" or "–" word with the blot's box), or in place of the word it was read as, so the
    layout reads the line as a list item, as it reads a glyph."""
    if not line.words or not line.font_size or line.words[0].text in (BULLET, DASH_BY_SHAPE) or line.bbox is None:
        return
    per_point = resolution / POINTS_PER_INCH
    em = line.font_size * per_point
    base = round(baseline)
    top, bottom = max(0, round(base - 1.2 * em)), min(dark.shape[0], round(base + 0.3 * em))
    first = line.words[0]
    if len(line.words) >= 2 and len(first.text) == 1 and _solid_bullet(dark, first, line, base, top, bottom, per_point, em, settings):
        line.words[0] = Word(BULLET_BY_SHAPE, first.bbox, first.confidence)
        line.text = " ".join(word.text for word in line.words)
        return
    if len(line.words) >= 2 and len(first.text) <= 2 and not first.text.isalnum() or first.text in _bullet_readings():
        gap = (line.words[1].bbox[0] - first.bbox[2]) * per_point if len(line.words) >= 2 else 0.0
        if gap >= settings.bullet_word_gap_em * em:
            left, right = max(0, round(first.bbox[0] * per_point) - 1), round(first.bbox[2] * per_point) + 1
            found = _one_blot(_as_ink(dark[top:bottom, left:right], line, per_point, top, left), base - top, em, settings,
                              settings.bullet_word_height_em)
            if found is not None and found[0] == BULLET_BY_SHAPE:
                line.words[0] = Word(BULLET_BY_SHAPE, first.bbox, first.confidence)
                line.text = " ".join(word.text for word in line.words)
        return
    right = round(first.bbox[0] * per_point) - 1
    left = max(0, round(right - settings.bullet_reach_em * em))
    if right - left < 3 or bottom - top < 3:
        return
    found = _one_blot(_as_ink(dark[top:bottom, left:right], line, per_point, top, left), base - top, em, settings,
                      settings.bullet_size_em[1])
    if found is None:
        return
    glyph, (x0, y0, x1, y1) = found
    # white on both sides: a mark stands apart from its text and from what is left of it (the end
    # of a word of the line's other half, cut at a wide gap, would be a blot of a letter or two)
    if x0 < settings.bullet_white_em * em or (right - left) - x1 < settings.bullet_white_em * em:
        return
    mark = Word(glyph, tuple(round(v / per_point, 2) for v in (left + x0, top + y0, left + x1, top + y1)), first.confidence)
    line.words.insert(0, mark)
    line.text = f"{glyph} {line.text}"
    line.bbox = (mark.bbox[0], line.bbox[1], line.bbox[2], line.bbox[3])
    line.indent = mark.bbox[0]


def _solid_bullet(dark, word: Word, line: Line, base: int, top: int, bottom: int, per_point: float, em: float,
                  settings: OcrSettings) -> bool:
    """The word's ink is one solid blot of a bullet's shape (``bullet_solid_fill``)."""
    import numpy

    left, right = max(0, round(word.bbox[0] * per_point) - 1), round(word.bbox[2] * per_point) + 1
    window = _as_ink(dark[top:bottom, left:right], line, per_point, top, left)
    found = _one_blot(window, base - top, em, settings, settings.bullet_word_height_em)
    if found is None or found[0] != BULLET_BY_SHAPE:
        return False
    x0, y0, x1, y1 = found[1]
    return numpy.count_nonzero(window[y0:y1, x0:x1]) >= settings.bullet_solid_fill * (x1 - x0) * (y1 - y0)


def _one_blot(window, baseline_row: int, em: float, settings: OcrSettings, highest_em: float) -> tuple[str, tuple] | None:
    """What the ink of the window is when it is one blot of a list mark: ("•", its box) for a dot,
    ring or square no higher than ``highest_em``, ("–", box) for a dash, None for anything else
    (nothing, more than one blot, a speck, a stop on the baseline, a letter, a picture). The box is
    in pixels of the window."""
    import numpy

    columns = numpy.flatnonzero(window.any(axis=0))
    if columns.size == 0 or numpy.any(numpy.diff(columns) > 2):  # one blot: its columns contiguous
        return None
    rows = numpy.flatnonzero(window[:, columns[0]:columns[-1] + 1].any(axis=1))
    if numpy.any(numpy.diff(rows) > 2):
        return None
    width, height = columns[-1] - columns[0] + 1, rows[-1] - rows[0] + 1
    centre = baseline_row - (rows[0] + rows[-1]) / 2
    if not (settings.bullet_centre_em[0] * em <= centre <= settings.bullet_centre_em[1] * em):
        return None
    ink = numpy.count_nonzero(window[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1])
    if ink < settings.bullet_min_fill * width * height:
        return None
    box = (int(columns[0]), int(rows[0]), int(columns[-1]) + 1, int(rows[-1]) + 1)
    low = settings.bullet_size_em[0]
    if settings.dash_width_em[0] * em <= width <= settings.dash_width_em[1] * em and height <= settings.dash_height_em * em:
        return DASH_BY_SHAPE, box  # a dash: the layout reads a dash list as it reads one in a PDF
    if low * em <= width <= settings.bullet_size_em[1] * em and low * em <= height <= highest_em * em and \
            width <= settings.bullet_aspect * height and height <= settings.bullet_aspect * width:
        return BULLET_BY_SHAPE, box
    return None


FOOTNOTE_MARK = "footnote marks OCR read into a word (a superscript read as ’, ! or ?)"
_MARK_READINGS = frozenset("’'‘!?*°¹²³⁴⁵⁶⁷⁸⁹⁰0123456789")
_TRAILING = frozenset(".,;:)")


def _footnote_marks_off(dark, line: Line, baseline: float, resolution: int, settings: OcrSettings, dropped: Counter) -> None:
    """Take off a footnote mark OCR read at a word's end: the word's last sign before any stop,
    comma or bracket is one of the readings of a raised mark (``_MARK_READINGS``), and the last
    blot of ink of the word before the stops is raised (``footnote_mark_*`` settings). Its
    characters are counted in ``dropped``."""
    import numpy

    if not line.font_size:
        return
    per_point = resolution / POINTS_PER_INCH
    em = line.font_size * per_point
    base = round(baseline)
    top, bottom = max(0, round(base - 1.1 * em)), min(dark.shape[0], round(base + 0.35 * em))
    changed = False
    for index, word in enumerate(line.words):
        text = word.text
        body = text.rstrip("".join(_TRAILING))
        tail = text[len(body):]
        if len(body) < 3 or body[-1] not in _MARK_READINGS or not body[-2].isalpha():
            continue
        x0, x1 = round(word.bbox[0] * per_point), round(word.bbox[2] * per_point)
        window = _as_ink(dark[top:bottom, max(0, x0):x1], line, per_point, top, max(0, x0))
        inked = window.any(axis=0)
        blots = _column_runs(inked)
        # from the right: the stops and commas after the mark (low, small) go first
        for _ in tail:
            if blots and _low_sign(window, blots[-1], base - top, em):
                blots.pop()
        if len(blots) < 2:
            continue
        start, end = blots[-1]
        rows = numpy.flatnonzero(window[:, start:end + 1].any(axis=1))
        if rows.size == 0:
            continue
        raised = (base - top) - rows[-1]
        if raised >= settings.footnote_mark_bottom_em * em and rows[-1] - rows[0] + 1 >= settings.footnote_mark_height_em * em:
            line.words[index] = Word(body[:-1] + tail, word.bbox, word.confidence)
            dropped[FOOTNOTE_MARK] += 1
            changed = True
    if changed:
        line.text = " ".join(word.text for word in line.words)


def _column_runs(inked) -> list[tuple[int, int]]:
    """The runs of True in a row of booleans, as (first, last) indices."""
    runs: list[tuple[int, int]] = []
    start = None
    for position, value in enumerate(inked.tolist()):
        if value and start is None:
            start = position
        elif not value and start is not None:
            runs.append((start, position - 1))
            start = None
    if start is not None:
        runs.append((start, len(inked) - 1))
    return runs


def _low_sign(window, blot: tuple[int, int], baseline_row: int, em: float) -> bool:
    """The blot is a stop, a comma or a bracket's foot: small and at the baseline."""
    import numpy

    rows = numpy.flatnonzero(window[:, blot[0]:blot[1] + 1].any(axis=1))
    return rows.size > 0 and rows[0] >= baseline_row - 0.3 * em


def _size_by_ink(text: str, height: float, settings: OcrSettings) -> float:
    """The type size a line's ink height says: from the top of its capitals and ascenders (or of
    its x-height, when it has none) to the bottom of its descenders (or the baseline)."""
    tall, descending = _type_extents()
    top = settings.ascender_height if any(c in tall for c in text) else settings.x_height
    bottom = settings.descender_depth if any(c in descending for c in text) else 0.0
    return height / (top + bottom)


@cache
def _type_extents() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(resources.files("pipeline.data").joinpath("ocr.json").read_text(encoding="utf-8"))
    return frozenset(data["tall_characters"]), frozenset(data["descending_characters"])


_EMAIL_TAIL = re.compile(r"^@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}\W*$")
_EMAIL_HEAD = re.compile(r"[\w.+-]+$")


def _emails_joined(words: list[Word]) -> list[Word]:
    """Words with an e-mail address OCR cut before its "@" ("delhi", "@ilo.org": Tesseract takes
    the side bearing of the "@" for a space) made one word again."""
    joined: list[Word] = []
    for word in words:
        if joined and _EMAIL_TAIL.match(word.text) and _EMAIL_HEAD.fullmatch(joined[-1].text):
            head = joined.pop()
            word = Word(head.text + word.text, (head.bbox[0], min(head.bbox[1], word.bbox[1]), word.bbox[2],
                                                max(head.bbox[3], word.bbox[3])), min(head.confidence, word.confidence))
        joined.append(word)
    return joined


@cache
def _url_readings() -> list[tuple[re.Pattern, str]]:
    data = json.loads(resources.files("pipeline.data").joinpath("ocr.json").read_text(encoding="utf-8"))
    return [(re.compile(pattern), replacement) for pattern, replacement in data["url_readings"]]


def _urls_read(words: list[Word]) -> list[Word]:
    """Words with the head of a web address OCR misread put right (``url_readings``: "https:/Awww",
    "https://vww."), and "https:" joined to the "//..." OCR read as the next word."""
    read: list[Word] = []
    for word in words:
        if read and read[-1].text.lower() in ("http:", "https:") and word.text.startswith("/"):
            head = read.pop()
            word = Word(head.text + word.text, (head.bbox[0], min(head.bbox[1], word.bbox[1]), word.bbox[2],
                                                max(head.bbox[3], word.bbox[3])), min(head.confidence, word.confidence))
        if word.text[:4].lower() == "http":
            text = word.text
            for pattern, replacement in _url_readings():
                text = pattern.sub(replacement, text)
            word = Word(text, word.bbox, word.confidence) if text != word.text else word
        read.append(word)
    return read


@cache
def _letter_readings() -> dict[str, str]:
    data = json.loads(resources.files("pipeline.data").joinpath("ocr.json").read_text(encoding="utf-8"))
    return dict(data["letter_readings"])


def _letters_read(words: list[Word]) -> list[Word]:
    """Words with a sign OCR reads a letter as (``letter_readings``: "|" for "I") read as that
    letter where it stands alone between words of letters ("how much | earn", "| have"); beside a
    number or alone (a table's rule) it stays as read."""
    readings = _letter_readings()
    read = list(words)
    for index, word in enumerate(words):
        letter = readings.get(word.text)
        if letter is None:
            continue
        neighbours = [words[k].text for k in (index - 1, index + 1) if 0 <= k < len(words)]
        if neighbours and all(n[:1].isalpha() or n[-1:].isalpha() for n in neighbours):
            read[index] = Word(letter, word.bbox, word.confidence)
    return read


def _cleaned(text: str) -> str:
    """A word as OCR read it without the underscores it reads into a speck or an underline at the
    baseline ("as_", a lone "_"): an underscore at the end of a printed word is no text a
    brochure sets."""
    return text.rstrip("_") if text.strip("_") else ""


def _points(box, to_points: float) -> BBox:
    return (round(box[0] * to_points, 2), round(box[1] * to_points, 2), round(box[2] * to_points, 2), round(box[3] * to_points, 2))


@cache
def _bullet_readings() -> frozenset[str]:
    data = json.loads(resources.files("pipeline.data").joinpath("ocr.json").read_text(encoding="utf-8"))
    return frozenset(data["bullet_readings"])


BULLET = "\u2022"


@cache
def _wide_bullet_readings() -> frozenset[str]:
    data = json.loads(resources.files("pipeline.data").joinpath("ocr.json").read_text(encoding="utf-8"))
    return frozenset(data["wide_bullet_readings"])


def _bullet_first(words: list[Word]) -> list[Word]:
    """The line's words with a misread bullet glyph at its start read as "•": a first word that is
    one of the readings OCR makes of a bullet (``e``, ``°``, ``«``, ``*``, ``o`` ...), no wider than
    its line's type is high, and set apart from the next word by more than a word space."""
    if len(words) < 2 or words[0].text not in _bullet_readings() or not _set_apart(words):
        return words
    return [Word(BULLET, words[0].bbox, words[0].confidence), *words[1:]]


def _set_apart(words: list[Word]) -> bool:
    """The first word is no wider than the line is high and stands further from the second than
    1.5 times the line's usual word space."""
    if len(words) < 2:
        return False
    first, following = words[0], words[1]
    height = max(w.bbox[3] - w.bbox[1] for w in words)
    gap = following.bbox[0] - first.bbox[2]
    spaces = [b.bbox[0] - a.bbox[2] for a, b in zip(words[1:], words[2:], strict=False)]
    space = statistics.median(spaces) if spaces else height * 0.3
    return first.bbox[2] - first.bbox[0] <= height and gap > space * 1.5


def _cluster_sizes(lines: list[Line], tolerance: float) -> None:
    """Give lines of nearly the same measured size one size: the size with the most characters
    set within ``tolerance`` (a share) of it is taken first, every line within ``tolerance`` of the
    median of those joins it, and so on with the lines left; each cluster's lines get its median
    (in half points, as sizes are set). Chaining neighbours instead would join body text, subheads
    and headings through the sizes between."""
    left = [line for line in lines if line.font_size]
    while left:
        weight: dict[float, int] = {}
        for line in left:
            weight[line.font_size] = weight.get(line.font_size, 0) + len(line.text)
        densest = max(weight, key=lambda size: (sum(w for other, w in weight.items() if abs(other - size) <= size * tolerance), -size))
        # the densest size may stand at the edge of its type's sizes and reach past them: the
        # cluster is taken around the median of what it reaches
        centre = statistics.median(line.font_size for line in left if abs(line.font_size - densest) <= densest * tolerance)
        cluster = [line for line in left if abs(line.font_size - centre) <= centre * tolerance] or \
            [line for line in left if line.font_size == densest]
        size = round(statistics.median(line.font_size for line in cluster) * 2) / 2
        for line in cluster:
            line.font_size = size
        members = {id(line) for line in cluster}
        left = [line for line in left if id(line) not in members]


MARK_COLUMN = "a column of list marks OCR read as one line (the marks are put back at their lines)"


def _marks_of_a_column(lines: list[Line], settings: OcrSettings, dropped: Counter) -> list[Line]:
    """Lines with the column of marks of a list put back: Tesseract may read the marks of a list
    set one under the other ("o" bullets) as one tall "line" of letters ("oOo000 0", a hundred
    points high and a few wide), which would be the page's largest type. Such a line (at least
    ``mark_column_height`` times as high as it is wide, and of two marks or more) is left out (its
    characters counted in ``dropped``), and each line that starts just right of it, at a height it
    covers, gets a bullet at its start, where the mark was printed."""
    columns = [line for line in lines if _column_of_marks(line, settings)]
    if not columns:
        return lines
    kept = [line for line in lines if all(line is not column for column in columns)]
    for column in columns:
        dropped[MARK_COLUMN] += len(column.text.replace(" ", ""))
        x0, top, x1, bottom = column.bbox
        for line in kept:
            centre = (line.bbox[1] + line.bbox[3]) / 2
            reach = settings.mark_column_reach_em * (line.font_size or 10.0)
            if top <= centre <= bottom and x1 - 1 <= line.bbox[0] <= x1 + reach and line.words[0].text != BULLET:
                mark = Word(BULLET, (x0, line.bbox[1], x1, line.bbox[3]), column.words[0].confidence)
                line.words.insert(0, mark)
                line.text = f"{BULLET} {line.text}"
                line.bbox = (x0, line.bbox[1], line.bbox[2], line.bbox[3])
                line.indent = x0
    return kept


def _column_of_marks(line: Line, settings: OcrSettings) -> bool:
    x0, top, x1, bottom = line.bbox
    marks = len(line.text.replace(" ", ""))
    return marks >= 2 and bottom - top >= settings.mark_column_height * max(1.0, x1 - x0) and \
        all(len(word.text) <= 8 and not any(c.isalpha() and c not in "oOeQ" for c in word.text) or word.text.isdigit()
            for word in line.words)


def _neighbours_one_size(lines: list[Line], settings: OcrSettings) -> None:
    """Give lines that follow each other in a column at a paragraph's leading, and measure nearly
    one size, the size of the one of them with most characters: OCR measures a short line (a
    title's second line, a paragraph's last) by fewer letters, so its size strays from its
    neighbours' where a PDF gives them one. ``lines`` have their ink boxes (in points)."""
    ordered = sorted((line for line in lines if line.font_size), key=lambda line: (line.bbox[1], line.bbox[0]))
    group_of: dict[int, list[Line]] = {}
    for index, line in enumerate(ordered):
        for above in reversed(ordered[:index]):
            if not _overlap(above.bbox, line.bbox) or above.bbox[3] > line.bbox[1] + 0.5:
                continue
            larger, smaller = max(above.font_size, line.font_size), min(above.font_size, line.font_size)
            if line.bbox[1] - above.bbox[3] <= settings.same_size_gap_em * larger and larger <= smaller * settings.same_size_ratio:
                group = group_of.setdefault(id(above), [above])
                group.append(line)
                group_of[id(line)] = group
            break  # only the nearest line above in the column
    seen: set[int] = set()
    for group in group_of.values():
        if id(group) in seen:
            continue
        seen.add(id(group))
        size = max(group, key=lambda line: len(line.text)).font_size
        for line in group:
            line.font_size = size


def across_pages(pages: list[Page], settings: OcrSettings) -> None:
    """What the reader reads across a document's OCR pages: their type sizes clustered together
    (``one_size_across_pages``), and list marks in a column of lines that spans pages (a list
    that goes on over a page with one item there: its mark, read as "Y" for a check mark, is a
    mark because the page before has it at the same x, its text at the same x after it)."""
    one_size_across_pages(pages, settings)
    _marker_columns([line for page in pages if page.reader == READER for line in page.lines], settings)


def one_size_across_pages(pages: list[Page], settings: OcrSettings) -> None:
    """The type sizes of a document's OCR pages clustered together, as those of each page were:
    a heading measured 13.5 pt on one page and 14 on the next is one size (the layout ranks
    headings by size across the document). A line's box keeps its bottom and takes its new size."""
    lines = [line for page in pages if page.reader == READER for line in page.lines if line.font_size]
    before = {id(line): line.font_size for line in lines}
    _cluster_sizes(lines, settings.size_cluster_tolerance)
    for line in lines:
        if line.font_size != before[id(line)] and line.bbox is not None:
            line.bbox = (line.bbox[0], round(line.bbox[3] - line.font_size, 2), line.bbox[2], line.bbox[3])


def _mark_bold(lines: list[Line], image: Image, resolution: int, settings: OcrSettings) -> None:
    """Mark as bold the lines whose strokes are thick for their size: each word's stroke width
    (dark pixels over the dark runs of its rows) per unit of type size, against that of the page's
    body text (the median over its words weighted by their characters); a line is bold when its
    bold words hold ``bold_word_share`` of its measured characters (so a sentence with a run-in bold
    heading or a bold name in it stays in the body face, as its PDF line's font would)."""
    import numpy

    pixels = numpy.asarray(image.convert("L"))
    per_point = resolution / POINTS_PER_INCH
    measured: list[tuple[Line, list[tuple[float, int]]]] = []
    for line in lines:
        if not line.font_size:
            continue
        boxes = [(w.bbox[0], line.bbox[1], w.bbox[2], line.bbox[3], len(w.text)) for w in line.words] or \
            [(*line.bbox, len(line.text))]
        ratios = []
        for x0, top, x1, bottom, characters in boxes:
            stroke = _stroke_width(pixels, (x0, top, x1, bottom), per_point)
            if stroke is not None:
                ratios.append((stroke / line.font_size, characters))
        if not ratios:  # words too small to measure one by one: the line as a whole
            stroke = _stroke_width(pixels, line.bbox, per_point)
            if stroke is not None:
                ratios.append((stroke / line.font_size, len(line.text)))
        if ratios:
            measured.append((line, ratios))
    weighted = sorted(ratio for _, ratios in measured for ratio in ratios)
    if len(measured) < 3 or not weighted:
        return
    half, running, body = sum(w for _, w in weighted) / 2, 0, weighted[-1][0]
    for ratio, weight in weighted:
        running += weight
        if running >= half:
            body = ratio
            break
    for line, ratios in measured:
        bold = sum(w for ratio, w in ratios if ratio >= body * settings.bold_stroke_ratio)
        line.bold = bold >= settings.bold_word_share * sum(w for _, w in ratios)


def _marker_columns(lines: list[Line], settings: OcrSettings) -> None:
    """Read as "•" the first word of lines that make a list by their shape: at least two lines of
    one column start with a short mark (no wider than ``marker_width_em`` of their size; a sign, or
    a letter OCR reads a bullet as, no wider than ``letter_marker_width_em``) at one x, and their
    text starts at one x after it. OCR reads one bullet glyph differently line by line ("¢", "e",
    "•") and sets it at a word space or less from the text ("> Item"), so neither the glyph nor the
    gap tells a bullet; the column of marks does. Dashes are left as read: an em dash before a
    speaker's name is no list, and the layout reads dash lists itself."""
    readings = _bullet_readings()
    candidates = [line for line in lines if len(line.words) >= 2 and _marker_shaped(line, readings, settings)]
    tolerance = settings.marker_alignment
    groups: list[list[Line]] = []
    for line in sorted(candidates, key=lambda line: (line.words[0].bbox[0], line.bbox[1])):
        for group in groups:
            first = group[0]
            if abs(first.words[0].bbox[0] - line.words[0].bbox[0]) <= tolerance and \
                    abs(first.words[1].bbox[0] - line.words[1].bbox[0]) <= tolerance:
                group.append(line)
                break
        else:
            groups.append([line])
    for group in groups:
        if len(group) < 2:
            continue
        for line in group:
            if line.words[0].text != BULLET:
                line.words[0] = Word(BULLET, line.words[0].bbox, line.words[0].confidence)
                line.text = " ".join(word.text for word in line.words)


_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


def _marker_shaped(line: Line, readings: frozenset[str], settings: OcrSettings) -> bool:
    """The line's first word could be a list mark: one or two characters, no dash, not a word or a
    number (unless OCR reads bullets so), narrow for the line's type size."""
    first = line.words[0]
    text = first.text
    if len(text) > 2 or not line.font_size or any(c in _DASHES for c in text):
        return False
    width = first.bbox[2] - first.bbox[0]
    if any(c.isalnum() for c in text):
        widest = settings.marker_width_em if text in _wide_bullet_readings() else settings.letter_marker_width_em
        return text in readings and width <= widest * line.font_size
    return width <= settings.marker_width_em * line.font_size


def _stroke_width(pixels, bbox: BBox, per_point: float) -> float | None:
    """The mean width of the strokes of the ink inside the box, in points: twice the ink's area over
    its outline (the edges between ink and paper, across and down), which a stroke of any direction
    gives alike (the mean length of the dark runs across the rows, measured before, took the
    crossbars of "2", "0" or "e" for thick strokes: a number read bold). None for a box with too
    little ink to tell."""
    import numpy

    x0, top, x1, bottom = (max(0, round(v * per_point)) for v in bbox)
    crop = pixels[top:bottom, x0:x1]
    if crop.size == 0:
        return None
    threshold = _threshold(crop)
    if threshold < 0:
        return None
    dark = crop < threshold
    if numpy.count_nonzero(dark) * 2 > dark.size:  # light type on a dark band: the ink is the light
        dark = ~dark
    runs = int(numpy.count_nonzero(dark[:, 1:] & ~dark[:, :-1])) + int(numpy.count_nonzero(dark[:, 0]))
    if runs < 20:
        return None
    padded = numpy.pad(dark, 1)
    outline = int(numpy.count_nonzero(padded[:, 1:] != padded[:, :-1])) + int(numpy.count_nonzero(padded[1:, :] != padded[:-1, :]))
    return 4.0 * float(numpy.count_nonzero(dark)) / outline / per_point if outline else None


def _threshold(crop) -> int:
    """A dark/light cut for the crop: halfway between its darkest and lightest (text on a band of
    colour is still told from the band)."""
    low, high = int(crop.min()), int(crop.max())
    return (low + high) // 2 if high - low > 40 else -1


def _renumber(pages: list[Page]) -> None:
    """Number the lines of all pages 1, 2, ... in page order (as the PDF readers do)."""
    number = 1
    for page in pages:
        for line in page.lines:
            line.number = number
            number += 1
