"""Features of each block, the same for every reader: what a block labeller reads.

``block_features(blocks, verdicts)`` gives one vector of floats per block (names in
``FEATURE_NAMES``, in that order). A feature a reader cannot know (type size in plain text) is
``MISSING`` (-1), never a guess. Cues that compare a block with "the usual" (line fullness, type
size) compare it with its neighbourhood (``NEIGHBOURHOOD`` blocks either side) or with the body
type, never with a statistic one paragraph elsewhere could move: an edit in one paragraph changes
the features of that paragraph and of its ``NEIGHBOURHOOD`` neighbours only.

``verdicts`` are the rules' own answers (heading shaped, rule heading, title), passed in by the
structure stage so that the rules become features of the model rather than rivals of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pipeline.layout.patterns import URL, bullet_match, ends_sentence, is_contact_field, starts_lowercase, text_width
from pipeline.model import Block, Line
from pipeline.resources import data_file

MISSING = -1.0
"""The value of a feature the reader cannot know."""
NEIGHBOURHOOD = 6
"""Blocks either side whose lines set the local full-line measure."""
GAP_CAP = 2.0
"""White space above or below beyond this many line pitches (PDF) or blank lines (text) says
nothing more: one tool writes one blank line where another writes three."""

_MULTILEVEL = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
_SINGLE_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")
_LETTER = re.compile(r"^\(?[a-h]\)$")
_ROMAN = re.compile(r"^\(?[ivx]{1,4}\)$")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def symbol_fonts() -> tuple[str, ...]:
    """Lower-case name parts of fonts whose characters are pictures, not letters (Wingdings)."""
    return tuple(data_file("symbol_fonts.json")["symbol_fonts"])


def is_symbol_font(name: str | None) -> bool:
    """The font draws symbols: whatever letter its character maps to ("f", "l", "n"), it is a mark."""
    return bool(name) and any(part in name.lower() for part in symbol_fonts())


@dataclass(frozen=True, slots=True)
class RuleVerdicts:
    """What the rules said about each block (indexed like the blocks)."""

    heading_shaped: Sequence[bool]
    rule_heading: Sequence[bool]
    title_index: int | None = None
    link_title: Sequence[bool] = field(default_factory=tuple)


FEATURE_NAMES: tuple[str, ...] = (
    "is_pdf", "kind_text", "kind_bullet", "kind_url", "kind_table",
    "marker_glyph", "marker_number", "marker_multilevel", "marker_letter", "marker_roman", "marker_vector",
    "marker_symbol_font", "number_depth",
    "words", "lines",
    "ends_period", "ends_colon", "ends_comma", "ends_question", "ends_sentence",
    "starts_upper", "starts_lower", "all_caps", "capitalised_share", "has_url", "contact_field", "opens_quote",
    "emphasis", "size_ratio", "bold", "size_rank", "style_rarity",
    "gap_before", "gap_after", "gap_before_local", "gap_after_local", "fullness_first", "fullness_last", "indent",
    "page_index", "position", "top_share", "first_on_page", "repeats",
    "prev_kind_bullet", "prev_words", "prev_emphasis", "prev_ends_sentence", "prev_gap_after",
    "next_kind_bullet", "next_words", "next_emphasis", "next_starts_lower", "next_ends_sentence",
    "next_heading_shaped", "emphasis_minus_next",
    "rule_heading_shaped", "rule_heading", "rule_title", "rule_link_title",
)


def _marker_features(block: Block) -> list[float]:
    marker = block.marker or ""
    vector = block.kind == "bullet" and bool(block.lines) and block.lines[0].vector_bullet
    symbol = block.kind == "bullet" and bool(block.lines) and _starts_in_symbol_font(block.lines[0])
    multilevel = bool(_MULTILEVEL.match(marker))
    number = bool(_SINGLE_NUMBER.match(marker))
    letter = bool(_LETTER.match(marker))
    roman = bool(_ROMAN.match(marker))
    glyph = block.kind == "bullet" and not (multilevel or number or letter or roman)
    depth = marker.rstrip(".").count(".") + 1 if multilevel or number else 0
    return [float(glyph), float(number), float(multilevel), float(letter), float(roman), float(vector), float(symbol), float(depth)]


def _starts_in_symbol_font(line: Line) -> bool:
    return is_symbol_font(line.font_name)


def _size(block: Block) -> float | None:
    sizes: Counter[float] = Counter()
    for line in block.lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _bold(block: Block) -> bool:
    total = sum(len(line.text) for line in block.lines)
    return sum(len(line.text) for line in block.lines if line.bold) * 2 > total


def _local_measures(blocks: Sequence[Block]) -> list[float]:
    """The full-line width around each block: the upper median of the blocks' widest lines (PDF: in
    points; text: in Helvetica units of its characters) in its neighbourhood, the block itself
    included. A median, not the widest: one paragraph edited to a longer line does not move it."""
    widths = [max((_line_width(line) for line in block.lines), default=0.0) for block in blocks]
    measures = []
    for index in range(len(blocks)):
        window = sorted(widths[max(0, index - NEIGHBOURHOOD): index + NEIGHBOURHOOD + 1])
        measures.append(window[len(window) // 2] if window else 0.0)
    return measures


def _local_gaps(blocks: Sequence[Block]) -> list[float]:
    """The usual white space between blocks around each block: the median ``gap_before`` of its
    neighbourhood (a heading stands out by having more space than the blocks around it)."""
    gaps = [block.gap_before for block in blocks]
    result = []
    for index in range(len(blocks)):
        window = sorted(gaps[max(0, index - NEIGHBOURHOOD): index + NEIGHBOURHOOD + 1])
        result.append(window[len(window) // 2] if window else 0.0)
    return result


LENGTH_CLASSES = (3, 7, 14, 30)
"""Upper bounds of the length classes in words (a label, a short heading, a long heading or a
sentence, a paragraph). Lengths are classes, not counts: a training set whose headings come from a
small vocabulary would otherwise teach the model those headings' exact lengths."""


def _length_class(words: int) -> float:
    return float(next((k for k, bound in enumerate(LENGTH_CLASSES) if words <= bound), len(LENGTH_CLASSES)))


def _clip(value: float) -> float:
    return max(-GAP_CAP, min(GAP_CAP, value))


def _line_width(line: Line) -> float:
    if line.bbox is not None:
        return line.bbox[2] - line.bbox[0] + line.indent
    return float(text_width(line.text))


_NOT_WORD = re.compile(r"\W+")


def _text_key(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def block_features(blocks: Sequence[Block], verdicts: RuleVerdicts, only: Sequence[int] | None = None) -> list[list[float]]:
    """One feature vector per block (``FEATURE_NAMES`` order); with ``only`` (indices into
    ``blocks``), the vectors of those blocks alone, in that order, each the same as in the whole
    list (what a block's vector reads of the others is computed over all of them)."""
    count = len(blocks)
    is_pdf = any(line.font_size is not None for block in blocks for line in block.lines)
    style_blocks: Counter[tuple[float | None, bool]] = Counter()
    size_chars: Counter[float] = Counter()
    sizes_of = [_size(block) for block in blocks]
    bolds = [_bold(block) for block in blocks]
    for block, size, bold in zip(blocks, sizes_of, bolds, strict=True):
        chars = len(block.text)
        style_blocks[(size, bold)] += 1
        if size:
            size_chars[size] += chars
    body = size_chars.most_common(1)[0][0] if size_chars else None
    distinct_sizes = sorted(size_chars, reverse=True)
    measures = _local_measures(blocks)
    local_gaps = _local_gaps(blocks)
    keys = [_text_key(block.text) for block in blocks]
    key_counts = Counter(keys)
    pages = [block.page for block in blocks]
    first_page = next((p for p in pages if p is not None), None)
    shaped = [bool(v) for v in verdicts.heading_shaped]
    page_heights = _page_heights(blocks)
    # what a row reads of its own block and of its neighbours', each block's read once (a block is
    # the previous and the following of two others)
    word_counts: dict[int, int] = {}
    sentence_ends: dict[int, bool] = {}

    def word_count(at: int) -> int:
        if at not in word_counts:
            word_counts[at] = len(_WORDS.findall(blocks[at].text))
        return word_counts[at]

    def sentence_end(at: int) -> bool:
        if at not in sentence_ends:
            sentence_ends[at] = ends_sentence(blocks[at].text)
        return sentence_ends[at]

    rows: list[list[float]] = []
    for index in range(count) if only is None else only:
        block = blocks[index]
        text = block.text
        words = _WORDS.findall(text)
        word_counts[index] = len(words)
        letters = list(filter(str.isalpha, text))
        size, bold = sizes_of[index], bolds[index]
        previous = blocks[index - 1] if index > 0 else None
        following = blocks[index + 1] if index + 1 < count else None
        measure = measures[index] or 1.0
        first_line = block.lines[0] if block.lines else None
        last_line = block.lines[-1] if block.lines else None
        page = block.page
        bbox = block.bbox
        page_height = page_heights.get(page)
        row = [
            float(is_pdf), float(block.kind == "text"), float(block.kind == "bullet"), float(block.kind == "url"),
            float(block.kind == "table"),
            *_marker_features(block),
            _length_class(len(words)), float(min(len(block.lines), 4)),
            float(text.endswith(".")), float(text.endswith(":")), float(text.endswith((",", ";"))), float(text.endswith("?")),
            float(sentence_end(index)),
            float(text[:1].isupper()), float(starts_lowercase(text)),
            float(bool(letters) and all(map(str.isupper, letters))),
            sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0,
            float(URL.search(text) is not None), float(is_contact_field(text)), float(text[:1] in "\"“‘«"),
            block.emphasis if is_pdf else MISSING,
            size / body if size and body else MISSING,
            float(bold) if is_pdf else MISSING,
            _size_rank(size, distinct_sizes),
            math.log1p(style_blocks[(size, bold)]) if is_pdf else MISSING,
            min(block.gap_before, GAP_CAP), min(block.gap_after, GAP_CAP),
            _clip(block.gap_before - local_gaps[index]), _clip(block.gap_after - local_gaps[index]),
            _line_width(first_line) / measure if first_line else 0.0,
            _line_width(last_line) / measure if last_line else 0.0,
            (first_line.indent / (size or body or 10.0)) if is_pdf and first_line else MISSING,
            float(min((page or first_page or 1) - (first_page or 1), 5)) if page is not None else MISSING,
            index / max(1, count - 1),
            bbox[1] / page_height if bbox is not None and page_height else MISSING,
            float(previous is None or previous.page != page) if page is not None else MISSING,
            float(key_counts[keys[index]] > 1),
            float(previous is not None and previous.kind == "bullet"),
            _length_class(word_count(index - 1)) if previous else MISSING,
            previous.emphasis if previous and is_pdf else MISSING,
            float(sentence_end(index - 1)) if previous else MISSING,
            min(previous.gap_after, GAP_CAP) if previous else MISSING,
            float(following is not None and following.kind == "bullet"),
            _length_class(word_count(index + 1)) if following else MISSING,
            following.emphasis if following and is_pdf else MISSING,
            float(starts_lowercase(following.text)) if following else MISSING,
            float(sentence_end(index + 1)) if following else MISSING,
            float(shaped[index + 1]) if following is not None and index + 1 < len(shaped) else MISSING,
            block.emphasis - following.emphasis if following and is_pdf else MISSING,
            float(shaped[index]) if index < len(shaped) else 0.0,
            float(bool(verdicts.rule_heading[index])) if index < len(verdicts.rule_heading) else 0.0,
            float(verdicts.title_index == index),
            float(bool(verdicts.link_title[index])) if index < len(verdicts.link_title) else 0.0,
        ]
        rows.append(row)
    return rows


def _size_rank(size: float | None, sizes: Sequence[float]) -> float:
    """0 for the document's largest type, 1 for its smallest (MISSING without type or with one size)."""
    if size not in sizes or len(sizes) < 2:
        return MISSING
    return sizes.index(size) / (len(sizes) - 1)


def _page_heights(blocks: Sequence[Block]) -> dict[int | None, float]:
    """The lowest line bottom seen on each page (the structure stage does not see the pages)."""
    heights: dict[int | None, float] = {}
    for block in blocks:
        for line in block.lines:
            if line.bbox is not None:
                heights[line.page] = max(heights.get(line.page, 0.0), line.bbox[3])
    return heights


def is_marker_symbol(line: Line) -> bool:
    """A line (or its first piece) set in a symbol font and one or two characters long: a bullet
    drawn with a font character, whatever letter that character maps to."""
    return is_symbol_font(line.font_name) and 0 < len(line.text.strip()) <= 2


__all__ = ["FEATURE_NAMES", "MISSING", "RuleVerdicts", "block_features", "bullet_match", "is_marker_symbol", "is_symbol_font"]
