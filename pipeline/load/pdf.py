"""The PDF reader: bytes of a PDF into pages of Lines, with link annotations and filled boxes.

pdfplumber (pdfminer.six underneath) gives every character as a dict of its attributes. This
module reads ``page.chars`` once per page and builds words and lines itself:

1. characters are deduplicated (the same glyph printed twice at the same place, as fake-bold
   PDFs do) and the rotated ones set aside;
2. characters with the same baseline form a *row*; a row's characters, left to right, form words
   (a space character or a gap wider than ``WORD_GAP_EM`` ends a word);
3. a row is cut into *lines* at every gap wider than ``CUT_GAP_EM``, so a line never spans two
   columns (the layout stage joins again the pieces of a row that fall in one column).

Each Line carries its page, box, median type size, weight, and ``vector_bullet`` when a small
filled shape with no character (a drawn disc or square) sits just left of it. Filled rectangles
big enough to hold text are kept (``PdfDocument.boxes``) for the layout stage, which reads a shaded
box as a flow of its own.

Every tolerance is a named module constant, in PDF points or in ems of the type size.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from functools import cache

from pipeline.errors import BrochureError
from pipeline.load.normalize import normalize_line
from pipeline.load.text import pages_left_out
from pipeline.model import BBox, Line, LinkAnnotation, LoadedDocument, Source

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
BULLET_SHAPE_MIN, BULLET_SHAPE_MAX = 1.5, 8.5
"""Width and height in points of a filled shape that may be a drawn bullet."""
BULLET_SHAPE_MAX_RATIO = 1.6
"""A drawn bullet is roughly square (or round): its sides differ by at most this ratio."""
BULLET_SHAPE_REACH = 20.0
"""How far (points) left of a line's first character a drawn bullet may sit."""
BOX_MIN_SIDE = 20.0
"""A filled rectangle that may be a shaded box behind text has both sides at least this long."""
RULE_MAX_THICKNESS = 2.0
"""A line, or a rectangle this thin, is a rule (a table's ruling)."""
RULE_TOLERANCE = 2.0
"""Points within which rules of one table line up."""
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)


@dataclass(slots=True)
class PdfDocument(LoadedDocument):
    """A LoadedDocument read from a PDF, with what the layout stage needs besides the lines.

    ``boxes`` holds, per page, the filled rectangles big enough to be a shaded box behind text
    (the layout stage keeps those that have lines inside); ``tables`` the areas of ruled tables (a
    grid of horizontal and vertical rules with at least two cells)."""

    boxes: list[list[BBox]] = field(default_factory=list)
    tables: list[list[BBox]] = field(default_factory=list)


@cache
def is_bold_font(fontname: str) -> bool:
    """A bold, black, heavy or semibold face, from the font's name ("ABCDEF+Helvetica-Bold")."""
    return _BOLD.search(fontname) is not None


XREF_SCANNED = "the cross-reference table was broken; the file was read by scanning its objects"
"""The warning of a PDF whose cross-reference table could not be used (pdfminer rebuilt it by
scanning the file for objects)."""
GHOSTSCRIPT_REPAIRED = "the PDF could not be parsed as it was; it was read after Ghostscript repaired it"
"""The warning of a PDF read from Ghostscript's rewrite of it."""
GHOSTSCRIPT_SECONDS = 120.0
"""How long Ghostscript may take to repair one file."""
_XREF_POINTER = re.compile(rb"(startxref\s+)(\d+)")


class _Unparsable(Exception):
    """This reading of the PDF failed the way a damaged file does; ``reason`` says how (for the
    message), ``scanned`` whether its objects were found by scanning already."""

    def __init__(self, reason: str, scanned: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.scanned = scanned


def read_pdf(data: bytes, source: Source, *, password: str | None = None, max_pages: int | None = None) -> LoadedDocument:
    """Bytes of a PDF into a LoadedDocument (a ``PdfDocument``): one list of Lines per page, for at
    most ``max_pages`` pages (None: all; a warning says when pages were left out).

    A damaged file is read as well as it can be, and its warnings say how. When the cross-reference
    table (the index of the file's objects) cannot be found or read, pdfminer scans the file for its
    objects itself; when the table reads but points at the wrong bytes (pdfminer then finds no
    pages, or fails on a page), the reading is done again with the table hidden, so that pdfminer
    scans. Failing that, the file is read from Ghostscript's repair of it when ``gs`` is installed
    (what ``pdfplumber.open(repair=True)`` does).

    Raises BrochureError: ``encrypted`` (a password is needed, or the one given is wrong),
    ``corrupt_pdf`` (no reading worked; the message says what was tried), ``no_text_layer`` (no page
    has any text), ``too_complex`` (objects nested too deeply to read)."""
    try:
        try:
            return _read_once(data, source, password, max_pages)
        except _Unparsable as failure:
            first = failure
        tried = []
        if not first.scanned:
            hidden = _without_xref_pointer(data)
            if hidden is not None:
                try:
                    return _read_once(hidden, source, password, max_pages, note=XREF_SCANNED)
                except _Unparsable:
                    pass
        tried.append("scanning it for objects found nothing readable either")
        ghostscript = _ghostscript()
        if ghostscript is None:
            tried.append("Ghostscript (gs), which could try to repair it, is not installed")
        else:
            repaired = _ghostscript_repair(ghostscript, data, password)
            if repaired is None:
                tried.append("Ghostscript could not repair it")
            else:
                try:
                    return _read_once(repaired, source, password, max_pages, note=GHOSTSCRIPT_REPAIRED)
                except _Unparsable:
                    tried.append("Ghostscript's repair of it could not be read either")
        raise BrochureError("corrupt_pdf", f"{first.reason}; {'; '.join(tried)}", source.path)
    except RecursionError:
        raise BrochureError("too_complex", "the PDF's objects are nested too deeply to read", source.path) from None


def _read_once(data: bytes, source: Source, password: str | None, max_pages: int | None, note: str | None = None) -> PdfDocument:
    """One reading of the bytes; raises _Unparsable when they read as a damaged file, BrochureError
    for the other failures. ``note`` is a warning to give the record (how the bytes were obtained)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFXRefFallback

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as error:  # pdfminer raises many kinds on broken files
        raise _open_error(error, source.path, password) from None
    try:
        scanned = any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs)
        try:
            pages = pdf.pages
        except Exception as error:
            _raise_inner(error)
            raise _Unparsable(f"cannot read the page tree: {_reason(error)}", scanned) from None
        if not pages:
            raise _Unparsable("the PDF has no pages", scanned)
        read = pages if max_pages is None else pages[:max_pages]
        page_lines: list[list[Line]] = []
        page_sizes: list[tuple[float, float]] = []
        links: list[LinkAnnotation] = []
        boxes: list[list[BBox]] = []
        tables: list[list[BBox]] = []
        number = 0
        for index, page in enumerate(read, start=1):
            try:
                chars = page.chars
                shapes = [*page.curves, *page.rects]
                rules = [*page.lines, *(rect for rect in page.rects if _is_thin(rect))]
                hyperlinks = page.hyperlinks
                width, height = float(page.width), float(page.height)
                x_offset, y_offset = float(page.bbox[0]), float(page.bbox[1])
            except Exception as error:
                _raise_inner(error)
                raise _Unparsable(f"page {index} cannot be parsed: {_reason(error)}", scanned) from None
            lines = page_to_lines(chars, shapes, index, x_offset, y_offset, first_number=number + 1)
            number += len(lines)
            page_lines.append(lines)
            page_sizes.append((width, height))
            boxes.append(_shaded_boxes(shapes, x_offset, y_offset))
            tables.append(ruled_tables(rules, x_offset, y_offset))
            for link in hyperlinks:
                uri = link.get("uri")
                if uri:
                    bbox = (link["x0"] - x_offset, link["top"] - y_offset, link["x1"] - x_offset, link["bottom"] - y_offset)
                    links.append(LinkAnnotation(index, _rounded(bbox), str(uri)))
            page.close()  # drop the page's cached objects: only the Lines are kept
    finally:
        _close(pdf)
    if not any(page_lines):
        raise BrochureError(
            "no_text_layer",
            "no page has a text layer (scanned pages); run OCR first (e.g. ocrmypdf) and try again",
            source.path,
        )
    warnings = [note] if note else []
    warnings += [f"page {i} has no text layer" for i, lines in enumerate(page_lines, start=1) if not lines]
    if len(read) < len(pages):
        warnings.append(pages_left_out(len(read), len(pages)))
    if scanned and note is None:
        warnings.insert(0, XREF_SCANNED)
    return PdfDocument(
        source=replace(source, page_count=len(pages)),
        pages=page_lines,
        links=links,
        warnings=warnings,
        page_sizes=page_sizes,
        boxes=boxes,
        tables=tables,
    )


def _close(pdf) -> None:
    """Close the PDF. pdfplumber's close walks the page tree again, and raises again when the page
    tree is what could not be read: the reason given is the first failure's."""
    with contextlib.suppress(Exception):
        pdf.close()


def _without_xref_pointer(data: bytes) -> bytes | None:
    """The bytes with the offset after every ``startxref`` defaced (same length, so no offset moves):
    pdfminer finds no cross-reference table and rebuilds one by scanning the file for objects. (The
    keyword itself stays: pdfminer needs it after the trailer to read the trailer.) None when the
    file has no such offset (pdfminer scanned it already)."""
    hidden = _XREF_POINTER.sub(lambda match: match.group(1) + b"x" * len(match.group(2)), data)
    return None if hidden == data else hidden


def _ghostscript() -> str | None:
    return shutil.which("gs") or shutil.which("gswin64c") or shutil.which("gswin32c")


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


def _open_error(error: BaseException, path: str, password: str | None) -> Exception:
    """What an exception of pdfplumber.open means: BrochureError ``encrypted`` for a password
    problem, _Unparsable for a damaged file."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    _raise_inner(error)
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    if isinstance(inner, PDFPasswordIncorrect):
        if password:
            return BrochureError(
                "encrypted", "the PDF is encrypted and the password given is wrong; pass the right one with --password", path
            )
        return BrochureError("encrypted", "the PDF is encrypted with a password; pass it with --password", path)
    if isinstance(inner, PDFEncryptionError):
        return BrochureError("encrypted", f"the PDF is encrypted in a way that cannot be read ({_reason(inner)})", path)
    return _Unparsable(f"not a readable PDF: {_reason(error)}")


def _rounded(box: tuple[float, float, float, float]) -> BBox:
    return (round(box[0], 2), round(box[1], 2), round(box[2], 2), round(box[3], 2))


# --------------------------------------------------------------------------------------------
# characters -> rows -> words -> lines


def dedupe_chars(chars: list[dict], tolerance: float = DEDUPE_TOLERANCE) -> list[dict]:
    """The characters without duplicates, in their original order.

    The same rule as pdfplumber's ``dedupe_chars`` (same text, upright, font name and size, and
    position within ``tolerance`` in both directions, clustered as pdfplumber clusters them: a
    chain of values each within tolerance of the one before; the first by (doctop, x0) is kept),
    in O(n log n): pdfplumber's own restores the order with ``list.index``, quadratic in the
    page's characters."""
    entries = sorted(
        (c["upright"], c["text"], c["fontname"], c["size"], c["doctop"], c["x0"], i) for i, c in enumerate(chars)
    )
    drop: list[int] = []
    n = len(entries)
    start = 0
    while start < n:
        # one y-cluster: same key, doctop chained within tolerance (entries are sorted by doctop)
        first = entries[start]
        end = start + 1
        while end < n:
            entry, previous = entries[end], entries[end - 1]
            if entry[:4] != first[:4] or entry[4] - previous[4] > tolerance:
                break
            end += 1
        if end - start > 1:
            cluster = sorted(entries[start:end], key=lambda e: e[5])
            group = [cluster[0]]
            for entry in cluster[1:] + [None]:
                if entry is not None and entry[5] - group[-1][5] <= tolerance:
                    group.append(entry)
                    continue
                if len(group) > 1:
                    keep = min(group, key=lambda e: (e[4], e[5], e[6]))
                    drop.extend(e[6] for e in group if e is not keep)
                if entry is not None:
                    group = [entry]
        start = end
    if not drop:
        return chars
    dropped = set(drop)
    return [c for i, c in enumerate(chars) if i not in dropped]


class _Word:
    """Characters of one word: their box, text, and (size, bold) for the line's type."""

    __slots__ = ("x0", "x1", "top", "bottom", "parts", "sizes", "bolds")

    def __init__(self, x0: float, x1: float, top: float, bottom: float):
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.parts: list[str] = []
        self.sizes: list[float] = []
        self.bolds = 0


def _rows(chars: list[dict], x_offset: float, y_offset: float) -> list[list[_Word]]:
    """Upright characters into rows (by bottom, within ROW_TOLERANCE), each row into words."""
    items = [
        (c["bottom"] - y_offset, c["x0"] - x_offset, c["x1"] - x_offset, c["top"] - y_offset, c["size"], c["text"], c["fontname"])
        for c in chars
        if c["upright"] and c["text"]
    ]
    items.sort(key=lambda item: item[0])
    rows: list[list[tuple]] = []
    anchor = None
    for item in items:
        if anchor is None or item[0] - anchor > ROW_TOLERANCE:
            rows.append([item])
            anchor = item[0]
        else:
            rows[-1].append(item)
    word_rows: list[list[_Word]] = []
    for row in rows:
        row.sort(key=lambda item: item[1])
        words: list[_Word] = []
        word: _Word | None = None
        last_x1 = 0.0
        for bottom, x0, x1, top, size, text, fontname in row:
            if text.isspace():
                word = None
                continue
            if word is None or x0 - last_x1 > WORD_GAP_EM * size:
                word = _Word(x0, x1, top, bottom)
                words.append(word)
            else:
                if x1 > word.x1:
                    word.x1 = x1
                if top < word.top:
                    word.top = top
                if bottom > word.bottom:
                    word.bottom = bottom
            word.parts.append(text)
            word.sizes.append(size)
            if is_bold_font(fontname):
                word.bolds += 1
            last_x1 = x1
        if words:
            word_rows.append(words)
    return word_rows


def _em(word: _Word) -> float:
    return word.sizes[-1] if word.sizes else 10.0


def _cut_rows(rows: list[list[_Word]]) -> list[list[_Word]]:
    """Rows cut into lines at every gap wider than CUT_GAP_EM: a line never spans two columns.

    A very loose justified line may be cut too; the layout stage, which knows the columns, joins
    the pieces of one row that fall in one column again."""
    lines: list[list[_Word]] = []
    for words in rows:
        current = [words[0]]
        for k in range(1, len(words)):
            a, b = words[k - 1], words[k]
            if b.x0 - a.x1 > CUT_GAP_EM * max(_em(a), _em(b)):
                lines.append(current)
                current = []
            current.append(b)
        lines.append(current)
    return lines


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


def _shaded_boxes(shapes: list[dict], x_offset: float, y_offset: float) -> list[BBox]:
    """Filled rectangles large enough to have text set on them (the layout keeps those that do)."""
    boxes = []
    for shape in shapes:
        if shape.get("object_type") != "rect" or not shape.get("fill"):
            continue
        if shape["x1"] - shape["x0"] >= BOX_MIN_SIDE and shape["bottom"] - shape["top"] >= BOX_MIN_SIDE:
            boxes.append(_rounded((shape["x0"] - x_offset, shape["top"] - y_offset, shape["x1"] - x_offset, shape["bottom"] - y_offset)))
    return boxes


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


def page_to_lines(chars: list[dict], shapes: list[dict], page: int, x_offset: float = 0.0, y_offset: float = 0.0,
                  first_number: int = 1) -> list[Line]:
    """One page's characters (pdfplumber dicts) into Lines, top to bottom, left to right."""
    rows = _rows(dedupe_chars(chars), x_offset, y_offset)
    if not rows:
        return []
    bullets = _bullet_shapes(shapes, x_offset, y_offset)
    lines: list[Line] = []
    for words in _cut_rows(rows):
        text = normalize_line(" ".join("".join(word.parts) for word in words))
        if not text:
            continue
        sizes = [size for word in words for size in word.sizes]
        bolds = sum(word.bolds for word in words)
        x0 = words[0].x0
        bbox = _rounded((x0, min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words)))
        lines.append(
            Line(
                text=text,
                number=0,
                page=page,
                bbox=bbox,
                font_size=round(_median(sizes), 2),
                bold=bolds * 2 > len(sizes),
                indent=bbox[0],
                vector_bullet=_has_bullet(bbox, bullets),
            )
        )
    lines.sort(key=lambda line: (line.bbox[3], line.bbox[0]))
    for offset, line in enumerate(lines):
        line.number = first_number + offset
    return lines


def _has_bullet(bbox: BBox, bullets: list[BBox]) -> bool:
    """A drawn bullet sits left of the line (within BULLET_SHAPE_REACH) with its centre inside the
    line's height."""
    x0, top, _, bottom = bbox
    for _, btop, bx1, bbottom in bullets:
        centre = (btop + bbottom) / 2
        if top <= centre <= bottom and bx1 <= x0 + 0.5 and x0 - bx1 <= BULLET_SHAPE_REACH:
            return True
    return False
