"""A tagged PDF's structure tree, page by page, read with PDFium: the producer's own statement of
what each piece of text is (heading H1–H6, paragraph, list item and its label, table cell, caption,
quote, figure), in the order the producer says it is read.

What goes in: an open pypdfium2 page, its text page, and the boxes of its tagged text objects by
MCID, in the frame the reader gives its lines (the reader collects them in its one walk over the
page's objects, ``add_text_box``). What comes
out: the page's top-level ``TaggedElement``s in the tree's order, each with the boxes of the text
its own marked content drew; ``None`` when the page has no structure tree.

The tree and the text meet through marked-content ids (MCIDs): a structure element lists the MCIDs
of the content it marks, and each text object of the page carries the MCID it was drawn under. A
text object outside any tagged content (an artifact: running headers, page numbers, decoration)
carries none, and no element claims it. Only the page's own objects and those of its forms are
read; what an element marks on another page is in that page's tree.

Custom roles: PDFium gives an element's type after the document's role map (``/RoleMap``), so a
producer's own tag names ("Heading1", "Bullet") arrive as the standard role they map to; a role
that maps to nothing standard is kept as written, and the judge (pipeline.layout.tags) reads it as
generic.
"""

from __future__ import annotations

import ctypes
import re
from functools import cache

from pipeline.model import BBox, TaggedElement

MAX_TREE_DEPTH = 64
"""How deep an element may be nested; a deeper (or cyclic) tree is read down to here."""
MAX_ELEMENTS = 20_000
"""How many elements of one page are read; a page with more has a tree too large to be a brochure's."""
def read_page_tags(page, textpage, boxes: dict[int, list[BBox]], objects: list[int]) -> list[TaggedElement] | None:
    """The structure tree of a pypdfium2 ``page`` (see the module's docstring; ``textpage`` its
    text page, for the text of each element; ``boxes`` its tagged text objects' boxes by MCID;
    ``objects`` the address of each of the text page's characters' text object, 0 for none, as
    the reader read them), or None when the page has none (a tagged file whose tree marks nothing
    on this page)."""
    import pypdfium2.raw as pdfium_c

    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        return None
    try:
        count = pdfium_c.FPDF_StructTree_CountChildren(tree)
        if count <= 0:
            return None
        texts = _texts_by_mcid(textpage, objects)
        budget = [MAX_ELEMENTS]
        elements = []
        for index in range(count):
            element = pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, index)
            if element:
                elements.append(_element(element, boxes, texts, 0, budget))
        return elements or None
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)


def _element(element, boxes: dict[int, list[BBox]], texts: dict[int, list[str]], depth: int, budget: list[int]) -> TaggedElement:
    """One structure element with its children, their boxes looked up by MCID."""
    import pypdfium2.raw as pdfium_c

    budget[0] -= 1
    role = _string(pdfium_c.FPDF_StructElement_GetType, element) or "NonStruct"
    own: list[BBox] = []
    text: list[str] = []
    for index in range(max(0, pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(element))):
        mcid = pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(element, index)
        own.extend(boxes.get(mcid, ()))
        text.extend(texts.get(mcid, ()))
        text.append(" ")
    children = []
    if depth < MAX_TREE_DEPTH:
        for index in range(max(0, pdfium_c.FPDF_StructElement_CountChildren(element))):
            if budget[0] <= 0:
                break
            child = pdfium_c.FPDF_StructElement_GetChildAtIndex(element, index)
            if child:
                children.append(_element(child, boxes, texts, depth + 1, budget))
    spans = _spans(element) if role in ("TD", "TH") or role not in _STANDARD_NON_CELLS else (1, 1)
    return TaggedElement(role=role, boxes=own, text=_LINE_END_HYPHEN.sub("", " ".join("".join(text).split())), children=children,
                         row_span=spans[0], column_span=spans[1])


_STANDARD_NON_CELLS = frozenset({"P", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "NonStruct", "L", "LI", "Lbl", "LBody",
                                 "Document", "Div", "Sect", "Part", "Art", "Figure", "Caption", "BlockQuote", "Link"})
"""Roles that are never table cells, whose attributes need not be read (a cell may come under a
role-mapped name: a LibreOffice style named "TD" maps the cells to P)."""


def _spans(element) -> tuple[int, int]:
    """(RowSpan, ColSpan) of a table cell, from its attributes (1 where not given)."""
    import pypdfium2.raw as pdfium_c

    spans = {b"RowSpan": 1, b"ColSpan": 1}
    value = ctypes.c_float()
    for index in range(max(0, pdfium_c.FPDF_StructElement_GetAttributeCount(element))):
        attribute = pdfium_c.FPDF_StructElement_GetAttributeAtIndex(element, index)
        if not attribute:
            continue
        for name in spans:
            found = pdfium_c.FPDF_StructElement_Attr_GetValue(attribute, name)
            if found and pdfium_c.FPDF_StructElement_Attr_GetNumberValue(found, ctypes.byref(value)) and 1 <= value.value <= MAX_SPAN:
                spans[name] = int(value.value)
    return spans[b"RowSpan"], spans[b"ColSpan"]


MAX_SPAN = 1000
"""A cell spanning more rows or columns than this is a broken attribute, read as 1."""


_LINE_END_HYPHEN = re.compile("\\s*[\u00ad\u0002\ufffe]\\s*")
"""A soft hyphen where a word was broken across lines (PDFium gives it as U+FFFE or U+0002): the word
goes on, so it is taken out with the white space around it."""


def _string(function, element) -> str | None:
    """A string property of a structure element (PDFium writes UTF-16LE with a terminating NUL)."""
    size = function(element, None, 0)
    if size <= 2:
        return None
    buffer = ctypes.create_string_buffer(size)
    function(element, buffer, size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def joined_text_boxes(drawn: dict[int, list[BBox]], frame) -> dict[int, list[BBox]]:
    """The text objects' boxes by MCID (``drawn``: as the page is shown, in drawing order) in the
    page's reading ``frame`` (pipeline.load.pdf's ``_PageFrame``: turned upright where the page's
    text runs up, down or upside down, as its lines are), joined by row (``add_text_box``). The
    structure tree is matched to the lines by these boxes: in another frame than the lines' (a page
    turned by /Rotate), no box meets its line and the tree is rejected."""
    joined: dict[int, list[BBox]] = {}
    for mcid, boxes in drawn.items():
        into = joined[mcid] = []
        for box in boxes:
            add_text_box(into, frame.box_of(*box) if frame.turn else box)
    return joined


def add_text_box(boxes: list[BBox], new: BBox) -> None:
    """Add a text object's box to its MCID's boxes, joined to the last one when both stand on one
    row (Chromium draws every glyph run as an object of its own: a line's thousand boxes would make
    matching lines to elements quadratic); the boxes stay in drawing order, one per row."""
    if boxes:
        last = boxes[-1]
        height = min(last[3] - last[1], new[3] - new[1])
        if min(last[3], new[3]) - max(last[1], new[1]) > 0.5 * height and new[0] >= last[0] - height:
            boxes[-1] = (min(last[0], new[0]), min(last[1], new[1]), max(last[2], new[2]), max(last[3], new[3]))
            return
    boxes.append(new)


def _texts_by_mcid(textpage, objects: list[int]) -> dict[int, list[str]]:
    """The page's text by the MCID it was drawn under (in pieces), in the text page's order, with the spaces and
    line breaks PDFium puts between words (which belong to no text object: they go with the text
    before them). ``objects``: each character's text object's address (0: none), by index."""
    import pypdfium2.raw as pdfium_c

    tp = textpage.raw
    count = min(pdfium_c.FPDFText_CountChars(tp), len(objects))
    if count <= 0:
        return {}
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium_c.FPDFText_GetText(tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", errors="replace")
    get_mcid = _unchecked_mcid()
    mcid_of: dict[int, int] = {}
    texts: dict[int, list[str]] = {}
    current = -1
    # a run of characters of one text object (or of none) shares what is done with its first: the
    # characters are taken a run at a time (an element joins its pieces: the same text)
    for start, end in _runs(objects, len(text)):
        address = objects[start]
        if address:
            mcid = mcid_of.get(address)
            if mcid is None:
                mcid = mcid_of[address] = get_mcid(ctypes.c_void_p(address))
            if mcid != current and mcid >= 0:
                texts.setdefault(mcid, []).append(" ")  # a new piece of the element's content
            current = mcid
        if current >= 0:
            texts.setdefault(current, []).append(text[start:end])
    return texts


def _runs(values: list[int], count: int) -> list[tuple[int, int]]:
    """The (start, end) of each run of equal values among the first ``count`` of ``values``."""
    import numpy as np

    if count <= 0:
        return []
    found = np.asarray(values[:count], dtype=np.uint64)
    starts = [0, *(np.flatnonzero(found[1:] != found[:-1]) + 1).tolist()]
    return list(zip(starts, [*starts[1:], count], strict=True))


@cache
def _unchecked_mcid():
    """``FPDFPageObj_GetMarkedContentID`` called without ctypes' argument checks (as
    pipeline.load.pdfium._Calls calls its per-character functions), with an object's address as a
    ``c_void_p``."""
    import pypdfium2.raw as pdfium_c

    return ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.cast(pdfium_c.FPDFPageObj_GetMarkedContentID, ctypes.c_void_p).value)
