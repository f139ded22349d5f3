"""Run-in headings in tagged paragraphs: "Lessons learned: Women now hold …" printed as one
paragraph whose lead phrase is set apart in bold.

A tagged producer writes the lead phrase as an inline element (Span, NonStruct) that opens the
paragraph (P), the rest of the paragraph's text after it. ``run_in_lead`` reads such a phrase off
the tree when it reads as a heading: short, not a sentence, and followed by a separator (". ", ": ",
" – ") or by a new sentence. ``split_run_in_headings`` then cuts the paragraph's block in two: a
heading block (the phrase, tagged "H" one level below the tagged heading before it; level 1
when none is before it) and the paragraph.

What goes in: the element tree (for the phrase) and the Blocks of one flow. What comes out: the
phrase or None; the Blocks with each run-in paragraph split. Every character stays on a line of
one of the two blocks (the separator on the heading's line, not in its text), so the page's
accounting is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import Block, Line, TaggedElement

RUN_IN_MAX_WORDS = 7
"""A run-in heading is a short phrase: at most this many words."""
RUN_IN_MAX_CHARACTERS = 60
"""... and at most this many characters."""
INLINE_ROLES = frozenset({"Span", "NonStruct", "Strong", "Em"})
"""Roles of an inline element that may hold a run-in heading's phrase."""
_SEPARATOR = re.compile(r"^\s*(?:[.:]|[–—-](?=\s))\s*")
"""What stands between a run-in heading and its text: a period, a colon, a dash."""
_SENTENCE_INSIDE = re.compile(r"[.!?;]\s")
_TRAILING_SEPARATOR = re.compile(r"\s*(?::|\s[–—-])$")
"""A colon or a spaced dash that ends the bold phrase: the separator, not the heading's."""


def run_in_lead(element: TaggedElement) -> str | None:
    """The phrase of a run-in heading that opens the paragraph ``element`` (see the module), or None."""
    if element.role != "P" or not element.children:
        return None
    first = element.children[0]
    if first.role not in INLINE_ROLES or first.children:
        return None
    lead = _TRAILING_SEPARATOR.sub("", first.text.strip())  # the dash or colon set in bold with the phrase
    rest = " ".join(part for part in [element.text, *(_all_text(child) for child in element.children[1:])] if part).strip()
    if not lead or not rest or not lead[0].isupper():
        return None
    if len(lead) > RUN_IN_MAX_CHARACTERS or len(lead.split()) > RUN_IN_MAX_WORDS or _SENTENCE_INSIDE.search(lead + " "):
        return None
    if _SEPARATOR.match(rest) or rest[0].isupper():
        return lead
    return None


def _all_text(element: TaggedElement) -> str:
    return " ".join(part for part in [element.text, *(_all_text(child) for child in element.children)] if part)


def split_run_in_headings(blocks: list[Block], last_level: int | None = None) -> tuple[list[Block], int | None]:
    """The blocks with each tagged run-in paragraph split into its heading and its paragraph, and
    the level of the last tagged heading seen (carried from flow to flow: ``last_level``)."""
    result: list[Block] = []
    for block in blocks:
        first = block.lines[0] if block.lines else None
        tag = first.tag if first is not None else None
        if tag is not None and tag.level is not None:
            last_level = tag.level
        lead = tag.lead if tag is not None else None
        split = _split(block, lead, last_level) if lead else None
        result.extend(split if split is not None else [block])
    return result, last_level


def _split(block: Block, lead: str, last_level: int | None) -> list[Block] | None:
    """The heading block and the paragraph block of a run-in paragraph (its phrase may wrap over
    lines: the lines it fills go to the heading, the line it ends in is cut), or None."""
    if block.kind != "text" or not block.text.startswith(lead):
        return None
    held: list[Line] = []
    remaining = lead
    for index, line in enumerate(block.lines):
        text = line.text.strip()
        if remaining.startswith(text) and len(text) < len(remaining):
            held.append(line)
            remaining = remaining[len(text):].lstrip()
            continue
        if not text.startswith(remaining):
            return None
        separator = _SEPARATOR.match(text[len(remaining):])
        cut = len(remaining) + (separator.end() if separator else 0)
        rest_text = text[cut:].lstrip()
        if not rest_text:  # the phrase ends the line: the paragraph starts on the next
            head_lines, rest_lines = [*held, line], block.lines[index + 1:]
        else:
            head_line, rest_line = cut_line(replace(line, text=text), cut, len(text) - len(rest_text))
            head_lines, rest_lines = [*held, head_line], [rest_line, *block.lines[index + 1:]]
        break
    else:
        return None
    if not rest_lines:
        return None
    heading_tag = replace(block.lines[0].tag, role="H", level=last_level + 1 if last_level else 1, lead=None)
    for line in head_lines:
        line.tag = heading_tag
    rest_lines[0].tag = replace(rest_lines[0].tag, lead=None)
    heading = Block(text=lead, lines=head_lines, gap_before=block.gap_before)
    paragraph_text = _SEPARATOR.sub("", block.text[len(lead):], count=1).lstrip()
    return [heading, Block(text=paragraph_text, lines=rest_lines, kind=block.kind)]


def cut_line(line: Line, head_end: int, rest_start: int) -> tuple[Line, Line]:
    """The line cut into its heading part (up to ``head_end``) and its rest (from ``rest_start``),
    the box divided in proportion to the characters."""
    head = replace(line, text=line.text[:head_end].rstrip())
    rest = replace(line, text=line.text[rest_start:])
    if line.bbox is not None:
        x0, top, x1, bottom = line.bbox
        at = x0 + (x1 - x0) * head_end / max(1, len(line.text))
        head.bbox, rest.bbox = (x0, top, at, bottom), (at, top, x1, bottom)
    return head, rest
