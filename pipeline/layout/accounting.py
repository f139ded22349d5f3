"""Accounting for every character: per page, how many characters of text it held and where they
went (content, tables, furniture, credits, or dropped with a reason).

White space is not counted, so joining, splitting and re-spacing lines changes nothing. Every line
the reader made is in exactly one place after the layout stage: a content block, a table, the
furniture or the credits; every character the reader could not make into a line is in the page's
``dropped`` with its reason. Anything else would be a line the layout lost, and is said as such.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.model import Block, Line, Page
from pipeline.record import DroppedText, OcrReading, PageAccounting

FURNITURE_WARNING_SHARE = 0.15
"""A page whose furniture (running headers, footers, page numbers) takes more than this share of
its characters is probably misread: the record and the manifest warn."""
FURNITURE_WARNING_MIN_CHARACTERS = 200
"""... on pages with at least this many characters (a back cover of three lines is mostly footer)."""
DROPPED_WARNING_SHARE = 0.10
"""A page whose reader dropped more than this share of its characters (text across the reading
direction, glyphs that map to no character, ...) is read only in part: the record and the manifest
warn. (A sideways label on a page of text is a few per cent; mirrored or turned body text is most
of the page.)"""
DROPPED_WARNING_MIN_CHARACTERS = 20
"""... where at least this many characters were dropped (a page number set sideways is not news)."""
LOST_BY_LAYOUT = "not placed by the layout stage (a bug: please report the file)"


def characters(text: str) -> int:
    """Characters of a text that count: all but white space."""
    # str.split() with no argument splits at exactly the characters str.isspace() is true of, in C
    # (a generator over every character was a sixth of the text path's time)
    return sum(map(len, text.split()))


def account(pages: Sequence[Page], blocks: Iterable[Block], furniture: Iterable[Block],
            credits: Iterable[Block], tagged_pages: frozenset[int] = frozenset()) -> list[PageAccounting]:
    """One PageAccounting per page, in page order (see the module); ``tagged_pages``: the numbers
    of the pages whose structure the PDF's tags decided."""
    # a bucket's characters on a page are counted in one string of its lines' texts (white space
    # between them counts for nothing, so the count is the sum of the lines'): one C call a page,
    # not three Python calls a line
    texts: dict[str, dict[int | None, list[str]]] = {"content": {}, "tables": {}, "furniture": {}, "credits": {}}
    for block in blocks:
        _add_texts(texts["tables" if block.kind == "table" else "content"], block.lines)
    for block in furniture:
        _add_texts(texts["furniture"], block.lines)
    for block in credits:
        _add_texts(texts["credits"], block.lines)
    placed = {bucket: Counter({page: characters(" ".join(page_texts)) for page, page_texts in by_page.items()})
              for bucket, by_page in texts.items()}
    accounting = []
    for page in pages:
        held = characters(" ".join(line.text for line in page.lines))
        dropped = [DroppedText(reason=d.reason, characters=d.characters) for d in page.dropped]
        counts = {bucket: placed[bucket][page.number] for bucket in placed}
        lost = held - sum(counts.values())
        if lost > 0:
            dropped.append(DroppedText(reason=LOST_BY_LAYOUT, characters=lost))
        accounting.append(PageAccounting(
            page=page.number, reader=page.reader, ocr=_ocr_reading(page), characters=held + sum(d.characters for d in page.dropped),
            dropped=dropped, structure_source="tags" if page.number in tagged_pages else "layout", **counts,
        ))
    return accounting


def _ocr_reading(page: Page) -> OcrReading | None:
    ocr = page.ocr
    if ocr is None:
        return None
    return OcrReading(engine=ocr.engine, resolution=ocr.resolution, words=ocr.words, mean_confidence=ocr.mean_confidence,
                      low_confidence_words=ocr.low_confidence_words, rotation=ocr.rotation, skew=ocr.skew)


def _add_texts(by_page: dict[int | None, list[str]], lines: Iterable[Line]) -> None:
    for line in lines:
        by_page.setdefault(line.page, []).append(line.text)


def too_much_furniture(page: PageAccounting) -> bool:
    """More than FURNITURE_WARNING_SHARE of the page's characters went to furniture (on a page of
    FURNITURE_WARNING_MIN_CHARACTERS or more): the symptom of a misread page."""
    return page.characters >= FURNITURE_WARNING_MIN_CHARACTERS and page.furniture > FURNITURE_WARNING_SHARE * page.characters


def dropped_characters(page: PageAccounting) -> int:
    """The characters of a page dropped, for whatever reason."""
    return sum(dropped.characters for dropped in page.dropped)


def too_much_dropped(page: PageAccounting) -> bool:
    """More than DROPPED_WARNING_SHARE of the page's characters, and at least
    DROPPED_WARNING_MIN_CHARACTERS, were dropped (for any reason): the page is read only in part."""
    dropped = dropped_characters(page)
    return dropped >= DROPPED_WARNING_MIN_CHARACTERS and dropped > DROPPED_WARNING_SHARE * page.characters


def accounting_warnings(accounting: Iterable[PageAccounting]) -> list[str]:
    """The warnings of pages with too much furniture (``too_much_furniture``) or too many
    characters dropped (``too_much_dropped``, with the reasons), in page order."""
    warnings = []
    for page in accounting:
        where = f"page {page.page}" if page.page is not None else "the text"
        if too_much_furniture(page):
            warnings.append(f"{where}: {page.furniture / page.characters:.0%} of its characters were set apart as furniture "
                            f"(running headers, footers, page numbers); it may be misread")
        if too_much_dropped(page):
            dropped = dropped_characters(page)
            reasons = "; ".join(f"{d.characters} {d.reason}" for d in page.dropped)
            warnings.append(f"{where}: {dropped} of its {page.characters} characters ({dropped / page.characters:.0%}) "
                            f"are not in the record ({reasons}); it is read only in part")
    return warnings
