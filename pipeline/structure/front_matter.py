"""Front matter: what on a cover is not the title. Word lists live in pipeline/data/front_matter.json
and, for each other language, in its overlay (pipeline/data/<language>/front_matter.json)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from pipeline.languages import SUPPORTED_LANGUAGES, alternation, cue_words, language_data
from pipeline.layout.patterns import more_words_than
from pipeline.model import BBox, Block


def _kicker_pattern_of(data: dict) -> re.Pattern[str]:
    """The pattern of a series name in one language: up to ``max_qualifier_words`` words before the
    kind ("Decent Work Brief") and ``max_qualifier_words_after`` after it (French and Spanish put
    them there: "Note d'orientation 12", "Serie Notas técnicas"), then a series number."""
    kinds = "|".join(re.escape(kind).replace(r"\ ", r"\s+") for kind in sorted(set(data["publication_kinds"]), key=len, reverse=True))
    series = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in sorted(set(data["series_words"]), key=len, reverse=True))
    before, after = data["max_qualifier_words"], data.get("max_qualifier_words_after", 0)
    number = rf"(?:\s+(?:(?:{series})\s*)?[\dIVXivx]+(?:[./-]\d+)*)?"
    return re.compile(rf"^(?:[\w’'&-]+\s+){{0,{before}}}(?:{kinds})(?:\s+(?:{series}))?(?:\s+[\w’'&-]+){{0,{after}}}?{number}$",
                      re.IGNORECASE)


@cache
def _kicker_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per supported language (its kinds laid over the English ones, its word order):
    a cover line is read before its language is known, and a series name of one language is no
    title in another."""
    return tuple(_kicker_pattern_of(language_data("front_matter.json", language)) for language in SUPPORTED_LANGUAGES)


@lru_cache(maxsize=4096)  # the title's cues and the structure stage ask about the same lines
def is_kicker(text: str) -> bool:
    """The line names the kind of publication or its series ("Policy Brief 12", "Decent Work
    Brief", "Fact Sheet Series", "Programme Update", "Note d'orientation 12", "Ficha de país núm. 4"):
    a kicker above the title, not the title."""
    text = text.strip()
    return any(pattern.match(text) is not None for pattern in _kicker_patterns())


RELEASE_LINE_MAX_WORDS = 10
"""A release line ("Released 12 May 2025", "Embargoed until 10:00 GMT, 3 June") is short: at most
this many words."""


@cache
def _release_pattern() -> re.Pattern[str]:
    """A release phrase of any supported language (front_matter.json "release_phrases") opening a
    line, as a whole word; the rest of the line in ``rest``."""
    phrases = alternation(cue_words("front_matter.json", "release_phrases"), spaced=True)
    # an issue's number opens an issue line as a release phrase does ("Issue 4 · May 2025", "Numéro 12 · juillet 2024")
    series = alternation(word for word in cue_words("front_matter.json", "series_words") if any(c.isalpha() for c in word))
    return re.compile(rf"^(?:(?:{phrases})(?!\w)|(?:{series})\s*\d{{1,4}}(?![\w.,]))(?P<rest>.*)$", re.IGNORECASE)


def is_release_line(text: str) -> bool:
    """The line says when or how the brochure is released ("For immediate release", "Released 12 May
    2025", "Publié le 3 mars 2025", "Para difusión inmediata") or which issue it is ("Issue 4 · May
    2025", "Número 3 · marzo de 2023"): front matter around the title, never the title or a heading.
    (Unlike a kicker it is not set apart as furniture: it says something of this brochure, not of
    every page.) A release phrase followed by words without a figure
    ("Released workers return home") is running text."""
    text = text.strip()
    match = _release_pattern().match(text) if not more_words_than(text, RELEASE_LINE_MAX_WORDS) else None
    if match is None:
        return False
    rest = match["rest"].strip(" :,–—-")
    return not rest or any(char.isdigit() for char in rest)


DECK_SAME_TYPE = 0.05
"""Emphasis by which a deck under the title and the first heading may differ and still be one type."""


DECK_MIN_WORDS = 5
"""A deck is a phrase of at least this many words ("Facts, figures and stories from the field")."""


def front_matter_headings(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int],
                          title_index: int | None) -> tuple[dict[int, int], int | None]:
    """The heading levels (block index → level) without the lines of a PDF's front and back matter
    that stand out by type but head nothing, and the index of the deck under the title (or None).

    - a line above the title on the cover (a tagline, a masthead: it stands over the title's own
      column, higher on the page), which heads no section: the title does;
    - the line right under the title (or right before it in the reading order) when it is a phrase
      set in a type no heading has, or when the heading after it is set in the same type and is
      shorter: a heading heads something, and a phrase heading an empty first section is the
      title's deck (its subtitle);
    - a line at the foot of its page, below every other line there, whose flow goes on in another
      column or page, set in a type no other heading has: a heading stands above what it heads
      (one left at a column's foot is set like its siblings), a tagline stands at the foot.

    Plain text (blocks without type) and headings a trusted structure tree gave are left alone."""
    if title_index is None or blocks[title_index].bbox is None:
        return levels, None
    title = blocks[title_index]
    kept = dict(levels)
    for index in list(kept):
        block = blocks[index]
        if index < title_index and block.page == title.page and block.bbox is not None and _above(block.bbox, title.bbox):
            del kept[index]
    deck = _deck_under_title(blocks, flow, kept, title_index)
    if deck is not None:
        del kept[deck]
    lowest = _lowest_on_page(blocks)
    positions = {index: position for position, index in enumerate(flow)}
    styles = Counter(_style(blocks[index]) for index in kept)
    for index in list(kept):
        block = blocks[index]
        if block.bbox is None or lowest.get(block.page) != index or index not in positions or styles[_style(block)] > 1:
            continue  # (a heading set like other headings is one, even left at the foot of a column)
        position = positions[index]
        following = blocks[flow[position + 1]] if position + 1 < len(flow) else None
        if following is None or following.page != block.page or following.bbox is None or following.bbox[1] < block.bbox[1]:
            del kept[index]
    # a level only these lines had is gone: the levels under it move up ("deck 1, headings 2" -> 1)
    vanished = set(levels.values()) - set(kept.values())
    return {index: level - sum(1 for gone in vanished if gone < level) for index, level in kept.items()}, deck


def _style(block: Block) -> tuple:
    """How a heading is set: type size and weight, colour, capitals."""
    first = block.lines[0] if block.lines else None
    return (block.font, first.color if first is not None else None, block.text.isupper())


def _above(box: BBox, title: BBox) -> bool:
    """``box`` stands over ``title``: its foot above the title's top, the two overlapping across."""
    return box[3] <= title[1] + 1.0 and min(box[2], title[2]) > max(box[0], title[0])


def _deck_under_title(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int], title_index: int) -> int | None:
    """The deck of the title: the phrase next to it that a heading's type sets apart but that heads
    nothing (see front_matter_headings), or None. Next to it is the block right under it or, where
    the reading order put the deck first (set above the title in a band), right before it."""
    for index in (title_index + 1, title_index - 1):
        if _is_deck(blocks, flow, levels, title_index, index):
            return index
    return None


def _is_deck(blocks: Sequence[Block], flow: Sequence[int], levels: dict[int, int], title_index: int, index: int) -> bool:
    if index not in levels or index not in flow:
        return False
    block, title = blocks[index], blocks[title_index]
    if block.page != title.page or block.kind != "text" or not 0 < block.emphasis < title.emphasis:
        return False
    words = len(block.text.split())
    if len(block.text.replace(" ", "")) * 2 < len(block.text) or words < DECK_MIN_WORDS:
        return False  # a deck is a phrase (and not letter-spaced)
    if sum(1 for other in levels if _style(blocks[other]) == _style(block)) == 1:
        return True  # set in a type no heading of the brochure has: the title's, not the sections'
    position = list(flow).index(index)
    following = flow[position + 1] if position + 1 < len(flow) else None
    if index < title_index or following is None or following not in levels:
        return False
    # set as the heading after it, longer than it, and heading nothing but it
    return words > len(blocks[following].text.split()) and abs(blocks[following].emphasis - block.emphasis) <= DECK_SAME_TYPE


def _lowest_on_page(blocks: Sequence[Block]) -> dict[int | None, int]:
    """Page → the index of the block whose foot is lowest on it (boxes only)."""
    lowest: dict[int | None, int] = {}
    feet: dict[int | None, float] = {}  # the lowest foot so far by page (a block's box is reckoned at every asking)
    for index, block in enumerate(blocks):
        box = block.bbox
        if box is None:
            continue
        page = block.page
        if page not in lowest or box[3] > feet[page]:
            lowest[page], feet[page] = index, box[3]
    return lowest
