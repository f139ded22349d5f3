"""Headings of plain text that the shared rules cannot see: run-in headings, and lines that are no
headings whatever their shape.

Plain text has no type, so three things a PDF's type shows must be read from the words:

- a **run-in heading** ("Lessons learned. Every day, workers …", "A closer look – Young
  entrepreneurs …") is printed as the start of its paragraph; ``split_run_in_headings`` cuts it off
  as a heading block of its own, one level below the heading above it (it heads part of a section);
- a **caption** ("Figure 1. A joint safety committee …", "Photo: …", "Table 2. …") names a picture
  or table: it is never a heading;
- a **deck** right under the title ("An overview for partners, donors and the public") heads
  nothing: it is read as a paragraph, not as the first heading;
- the **cover lines above the title** (a kicker, a tagline in capitals) and a **release line**
  anywhere ("For immediate release", "Publié le 3 mars 2025", "Issue 4 · May 2025") are front
  matter, not a section's heading; nor is a form's blank or a rule drawn with characters
  ("Name: ............", "__________").

Only text input (blocks without type) is touched: a PDF's type decides these there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.layout.blocks import text_wrap_width
from pipeline.layout.patterns import CAPITALS, ends_sentence, is_capitals, is_drawn_with_characters, more_words_than, text_width
from pipeline.layout.plain_text import NARROW_SHARE
from pipeline.model import Block
from pipeline.record import MAX_LEVEL
from pipeline.structure.front_matter import is_release_line
from pipeline.structure.labeller import section_number_depth
from pipeline.structure.run_in import run_in_levels
from pipeline.structure.tables import is_caption
from pipeline.structure.text_title import SERIES_DOTS, is_figure_caption, is_title_case

RUN_IN_MAX_WORDS = 5
"""A run-in heading is a short phrase: at most this many words."""
RUN_IN_MIN_REST_WORDS = 6
"""The paragraph after a run-in heading is running text of at least this many words."""

# "Phrase – Rest", "Phrase: Rest": the first such break of the block. A full stop is no cue in
# plain text: "Lessons learned. The …" reads as "Progress is uneven. Kuwait …" does, and only a
# PDF's bold type tells the heading from the short sentence.
_RUN_IN = re.compile(r"^(?P<head>[" + CAPITALS + r"][^.:–—!?]*?)(?P<sep>\s+[–—]\s+|:\s+)(?P<rest>[" + CAPITALS + r"“\"‘].*)$", re.DOTALL)
_RUN_IN_STOP = re.compile(r"^(?P<head>[" + CAPITALS + r"][^.:–—!?]*?:\s*[^.:–—]*?)\.\s+(?P<rest>[" + CAPITALS + r"“\"‘].*)$", re.DOTALL)
"""A heading with a colon inside it, run in with a full stop ("Case study: Lebanon. The …"): the
colon shows it is no sentence."""
_DIGIT = re.compile(r"\d")
DECK_MIN_WORDS = 5
"""A deck (standfirst) under the title is a phrase of at least this many words."""


def _is_deck(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int], title_index: int | None) -> int | None:
    """The flow's block right under the title when it is a deck rather than the first heading: a
    phrase of DECK_MIN_WORDS or more, not in title case, that heads nothing (another heading, or
    nothing, comes right after it): "An overview for partners, donors and the public"."""
    if title_index is None:
        return None
    after = [index for index in flow if index > title_index]
    if not after or after[0] != title_index + 1 or after[0] not in levels:
        return None
    block = blocks[after[0]]
    if len(block.text.split()) < DECK_MIN_WORDS or is_title_case(block.text) or is_capitals(block.text):
        return None
    heads_nothing = len(after) == 1 or after[1] in levels
    return after[0] if heads_nothing else None


def _run_in_parts(text: str) -> tuple[str, str] | None:
    """(heading, rest) when ``text`` starts with a run-in heading, else None."""
    if not "A" <= text[:1] <= "Z" or (":" not in text and "–" not in text and "—" not in text):
        return None  # what both patterns need, tested in C: most paragraphs have neither
    match = _RUN_IN_STOP.match(text) or _RUN_IN.match(text)
    if match is None:
        return None
    head, rest = match["head"].strip(), match["rest"].strip()
    words = head.split()
    if not 1 <= len(words) <= RUN_IN_MAX_WORDS or "," in head or _DIGIT.search(head):
        return None
    if len(rest.split()) < RUN_IN_MIN_REST_WORDS or not ends_sentence(rest):
        return None
    return head, rest


def split_run_in_headings(blocks: Sequence[Block]) -> tuple[list[Block], set[int]]:
    """The blocks with each run-in heading of a plain-text paragraph cut off as a block of its own
    (placed before its paragraph), and the indices of those heading blocks in the new list."""
    out: list[Block] = []
    run_in: set[int] = set()
    for block in blocks:
        parts = _run_in_parts(block.text) if block.kind == "text" and block.font is None else None
        if parts is None:
            out.append(block)
            continue
        head, rest = parts
        run_in.add(len(out))
        out.append(Block(text=head, lines=block.lines[:1], gap_before=block.gap_before))
        out.append(Block(text=rest, lines=block.lines[1:] or block.lines[:1], gap_before=0.0, gap_after=block.gap_after))
    return out, run_in


def text_heading_levels(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int], title_index: int | None,
                        run_in: set[int]) -> dict[int, int]:
    """The headings of plain text with captions and the cover lines above the title left out, and
    the run-in headings added, each one level below the heading before it (1 when none)."""
    if any(blocks[index].font is not None for index in flow):
        return levels
    in_lists = _numbered_lists(blocks, flow)
    deck = _is_deck(blocks, flow, levels, title_index)
    kept = {index: level for index, level in levels.items()
            if not is_caption(blocks[index]) and not is_figure_caption(blocks[index]) and index != deck
            and not is_series_line(blocks[index].text) and not is_release_line(blocks[index].text)
            and not is_drawn_with_characters(blocks[index].text) and not is_attribution_line(blocks[index].text)
            and (title_index is None or index > title_index) and index not in run_in and index not in in_lists}
    # a heading numbered without a stop only where the numbers count (a key figure is none)
    counted = _numbered_without_stop(blocks, flow)
    kept = {index: level for index, level in kept.items()
            if index in counted or not (blocks[index].kind == "text" and _BARE_NUMBER_HEADING.match(blocks[index].text))}
    kept.update(counted)
    kept = _levels_from_case(blocks, flow, kept)
    kept = _series_under_heading(blocks, flow, kept)
    kept = _unnumbered_in_numbered_sections(blocks, flow, kept)
    return run_in_levels(flow, {index: kept[index] for index in flow if index in kept}, run_in)


ATTRIBUTION_TAIL_MAX_WORDS = 2
"""Words of the name after the last comma of an attribution line, at most ("Filadelfia", "Costa Rica",
"OIT Managua", "November 2025"): more is a list of names run on ("Ministry of Labour, Employment and
Social" / "Security of Peru ..."), a line of a paragraph, not a line set apart."""
_AFTER_LAST_COMMA = re.compile(r",\s*(?P<last>[^,]*)$")


def is_attribution_line(text: str) -> bool:
    """A line whose last part, after a comma, is a capitalised name of ATTRIBUTION_TAIL_MAX_WORDS
    words at most: a place, a date, an office or a name set after what it qualifies ("Rosa Giménez,
    Labour Inspector, Filadelfia", "A joint committee meeting, Boquete", "Oficina de la OIT en San
    José, Costa Rica", "Policy brief, November 2025", "Coordonnatrice du projet, BIT"): a caption, a
    speaker's or a contact's line, a dateline, never a heading. A heading's parts after a comma go
    on in lower case ("On site, every day", "Who pays, who builds", "Food, water and a bunk"); a
    year after a comma is a convention's ("Convention, 1999"). Plain text keeps the commas, where it
    lost the type that set such lines small."""
    match = _AFTER_LAST_COMMA.search(text)
    if match is None:
        return False
    last = match["last"].lstrip("(«“\"‘¿¡ ")
    return last[:1].isupper() and not more_words_than(last, ATTRIBUTION_TAIL_MAX_WORDS)


_SERIES_DOTS = re.compile(rf"(?:^|\s)[{SERIES_DOTS}](?:\s|$)")


def is_series_line(text: str) -> bool:
    """A line whose parts are set apart by a centred dot or a bar ("Nouvelles du travail · Fil
    Juste", "KWU · VEF · NDLA", "Porto Vale | Karvania"): a masthead, a running line or a list of
    names, never a heading (a heading's parts are joined by a dash or a colon, which it keeps)."""
    return _SERIES_DOTS.search(text) is not None


CASE_LEVEL_MIN_CAPITALS = 2
"""Top headings in capitals needed before a heading in mixed case is read as one level below them."""


def _levels_from_case(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int]) -> dict[int, int]:
    """The levels with the document's own hierarchy of case: where the unnumbered top headings are
    mostly in capitals, the first of them in capitals too, a top heading in mixed case is a
    subheading one level down (a design that sets its sections in capitals sets a box's or a case
    study's heading in mixed case: plain text keeps the case, where it lost the type)."""
    top = [index for index in flow if levels.get(index) == 1 and blocks[index].kind == "text"
           and not section_number_depth(blocks[index].text)]
    capitals = [index for index in top if is_capitals(blocks[index].text)]
    if len(capitals) < CASE_LEVEL_MIN_CAPITALS or 2 * len(capitals) <= len(top) or top[0] not in capitals:
        return _capitals_below_sections(blocks, flow, levels)
    return {index: (2 if index in top and index not in capitals else level) for index, level in levels.items()}


CASE_LEVEL_MIN_SECTIONS = 2
"""Top headings in mixed case (or numbered) needed before the fewer headings in capitals among them
are read as one level below them."""


def _capitals_below_sections(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int]) -> dict[int, int]:
    """The levels with the other half of the document's hierarchy of case: where the top headings
    are mostly in mixed case (or numbered: "1 The issue"), the first of them too, the few in capitals
    among them head a box, a sidebar or a panel ("AT A GLANCE", "WHY IT MATTERS", "CONTACT"), one
    level below the sections: a design that sets its sections in mixed case sets a box's label in
    capitals. Only a heading whose text is set as a box's is (``_heads_narrow_text``): a heading in
    capitals over running text of the page's measure is a section like the others. (Where the first
    top heading is in capitals, the capitals are the sections.)"""
    top = [index for index in flow if levels.get(index) == 1 and blocks[index].kind == "text"]
    capitals = [index for index in top if is_capitals(blocks[index].text) and not section_number_depth(blocks[index].text)]
    if not capitals or top[0] in capitals or len(top) - len(capitals) < CASE_LEVEL_MIN_SECTIONS or 2 * len(capitals) >= len(top):
        return levels
    width = text_wrap_width([line for index in flow for line in blocks[index].lines])
    if width is None:
        return levels
    boxes = {index for index in capitals if _heads_narrow_text(blocks, flow, levels, index, NARROW_SHARE * width)}
    return {index: (2 if index in boxes else level) for index, level in levels.items()}


def _heads_narrow_text(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int], heading: int, narrow: float) -> bool:
    """The block the heading at ``heading`` heads (the flow's next, no heading) is set as a box's text
    is: no line of it as wide as ``narrow`` (a narrow column, short lines of figures or labels). Only
    the next block counts: pdftotext goes on with the main column's text after a sidebar's."""
    position = list(flow).index(heading)
    following = flow[position + 1] if position + 1 < len(flow) else None
    if following is None or following in levels:
        return False
    return all(text_width(line.text) < narrow for line in blocks[following].lines)


SERIES_MIN_QUESTIONS = 2
"""Questions in a row under a heading that heads them (one question alone may be a section's heading)."""
_LETTERED = re.compile(r"^[A-Z][.)]\s+\S")


def _series_kind(text: str) -> str | None:
    """The kind of heading a series is made of: "lettered" ("A. On the estates", "Q. Who pays?"),
    "question" ("Who pays for it?"), else None."""
    if _LETTERED.match(text):
        return "lettered"
    return "question" if text.rstrip().endswith("?") else None


def _series_under_heading(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int]) -> dict[int, int]:
    """The levels with each series of questions or of lettered headings one level below the heading
    right above its first ("How it works" / "Step one?" …, "FREQUENTLY ASKED QUESTIONS" / "What is
    changing?" / "Who pays the fees?"): a top heading of no such kind with nothing under it before the
    series starts (no text, no table), then the top headings of the series' kind that follow it,
    text between them allowed, up to the first heading of another kind (SERIES_MIN_QUESTIONS at
    least when they are questions). Plain text keeps the questions' marks and the letters, where it
    lost the type that set them smaller."""
    out = dict(levels)
    in_flow = set(flow)
    for position, index in enumerate(flow[:-1]):
        first = flow[position + 1]
        if out.get(index) != 1 or _series_kind(blocks[index].text) is not None or out.get(first) != 1:
            continue
        kind = _series_kind(blocks[first].text)
        if kind is None or any(blocks[k].kind == "table" or k in in_flow for k in range(index + 1, first)):
            continue
        series = []
        for later in flow[position + 1:]:
            if later not in out:
                continue
            if out[later] != 1 or _series_kind(blocks[later].text) != kind:
                break
            series.append(later)
        if kind == "lettered" or len(series) >= SERIES_MIN_QUESTIONS:
            out.update({later: 2 for later in series})
    return out


NUMBERED_SECTIONS_MIN = 2
"""Top headings with a section number ("1. Context", "2 What we do") a document needs before its
unnumbered headings between them are read as subheadings."""
_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")


def _is_numbered_heading(block: Block) -> bool:
    """The heading carries a section number: as the marker of a numbered line ("1." "2.1") or
    opening its text ("1 Results")."""
    if block.kind == "bullet":
        return _HEADING_NUMBER.match(block.marker or "") is not None
    return section_number_depth(block.text) > 0


def _unnumbered_in_numbered_sections(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int]) -> dict[int, int]:
    """The levels with each unnumbered top heading that stands between the first and the last
    numbered top heading one level down, where NUMBERED_SECTIONS_MIN or more top headings are
    numbered: a document that numbers its sections numbers every one of them, so a heading without
    a number inside that run ("EN UN COUP D’ŒIL", "Encadré 1. …", "Primer día: diagnóstico") heads a
    box or a part of the numbered section it stands in. (Headings before the first and after the
    last may be front or back matter: a contact, a summary; they keep their level.)"""
    numbered = [position for position, index in enumerate(flow) if levels.get(index) == 1 and _is_numbered_heading(blocks[index])]
    if len(numbered) < NUMBERED_SECTIONS_MIN:
        return levels
    inside = {flow[position] for position in range(numbered[0] + 1, numbered[-1])}
    return {index: (2 if index in inside and level == 1 and not _is_numbered_heading(blocks[index]) else level)
            for index, level in levels.items()}


NUMBERED_LIST_MIN = 3
"""Numbered lines in a row, with nothing between them, that make a numbered list rather than headings
(two empty sections in a row happen; three do not)."""
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]$")


def _numbered_lists(blocks: Sequence[Block], flow: Sequence[int]) -> set[int]:
    """The flow's blocks that are items of a numbered list: NUMBERED_LIST_MIN or more single-number
    items ("1." "2." "3.") in a row, each numbered one more than the one before (items of another
    marker nested between them allowed)."""
    found: set[int] = set()
    run: list[int] = []
    previous_number = None
    for index in [*flow, None]:
        match = _ITEM_NUMBER.match(blocks[index].marker or "") if index is not None and blocks[index].kind == "bullet" else None
        if index is not None and match is None and blocks[index].kind == "bullet" and run:
            continue  # an item nested under a numbered one ("1. Training" / "• in rural areas first") keeps the list open
        number = int(match[1]) if match else None
        if number is not None and previous_number is not None and number == previous_number + 1:
            run.append(index)
        else:
            if len(run) >= NUMBERED_LIST_MIN:
                found.update(run)
            run = [index] if number is not None else []
        previous_number = number
    return found


_BARE_NUMBER_HEADING = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\s+(?P<rest>[" + CAPITALS + r"][^.!?;:]*\??)$")
BARE_NUMBER_MAX_WORDS = 10
"""Words after the number of a heading numbered without a full stop ("1 Results")."""


def _numbered_without_stop(blocks: Sequence[Block], flow: Sequence[int]) -> dict[int, int]:
    """Headings numbered without a full stop ("1 Results", "2 Who are domestic workers", "2.1 Facts"):
    short lines that start with a number, taken only when their top numbers rise from 1 in reading
    order (at least two of them), so that a key figure ("7 Pacific Island countries") is not
    one. Levels from the number's depth."""
    found: list[tuple[int, list[int]]] = []
    for index in flow:
        block = blocks[index]
        match = _BARE_NUMBER_HEADING.match(block.text) if block.kind == "text" and len(block.lines) == 1 else None
        if match and len(match["rest"].split()) <= BARE_NUMBER_MAX_WORDS:
            found.append((index, [int(part) for part in match["number"].split(".")]))
    tops = [numbers[0] for _, numbers in found if len(numbers) == 1]
    # the first is 1 and each is above the one before (one may be missed: run into its paragraph);
    # or, where the tool read a later column first ("3 Partners" over "1 Overview"), the numbers
    # are 1, 2, 3 … each once (one may be missed) and only one of them out of order
    rising = len(tops) >= 2 and tops[0] == 1 and all(b > a for a, b in zip(tops, tops[1:], strict=False))
    if not rising and not _counted_out_of_order(tops):
        return {}
    return {index: min(len(numbers), MAX_LEVEL) for index, numbers in found}


COUNTED_MIN = 3
"""Top numbers needed to read headings numbered out of reading order as counted."""


def _counted_out_of_order(tops: Sequence[int]) -> bool:
    """The numbers count 1, 2, 3 … (each once, at most one missing, COUNTED_MIN at least), with one
    of them out of its place in reading order: a column read before the one it follows."""
    if len(tops) < COUNTED_MIN or len(set(tops)) != len(tops) or 1 not in tops or max(tops) > len(tops) + 1:
        return False
    descents = sum(1 for a, b in zip(tops, tops[1:], strict=False) if b < a)
    return descents <= 1
