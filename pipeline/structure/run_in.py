"""Run-in headings of untagged PDF paragraphs: "Lessons learned – The ILO and …", printed as the
start of its paragraph, the lead phrase in bold.

A tagged PDF says where the lead phrase ends (pipeline.layout.run_in); without tags, the page model
gives each line one type (the type most of its characters are set in), so the bold phrase does not
show and the words must tell it, as in plain text: a short phrase (``RUN_IN_MAX_WORDS``, no comma,
no digit) set off by a dash or a colon (or by a full stop after a phrase with a colon in it: "Case
study: Lebanon. The …"), before running text that ends a sentence. A full stop alone is no cue
("Progress is uneven. Kuwait …" reads as "Lessons learned. The …" does).

What goes in: the blocks of the layout. What comes out: the blocks with each such paragraph cut into
its heading and its paragraph (the first line's box divided between them), and the indices of the
heading blocks. Only body-type paragraphs of PDF pages without a trusted tree are touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.layout.patterns import CAPITALS, ends_sentence
from pipeline.layout.run_in import cut_line
from pipeline.model import Block
from pipeline.record import MAX_LEVEL
from pipeline.structure.tables import is_caption, is_source_note
from pipeline.structure.tags import block_tag

RUN_IN_MAX_WORDS = 5
"""A run-in heading is a short phrase: at most this many words."""
RUN_IN_MIN_REST_WORDS = 6
"""The paragraph after a run-in heading is running text of at least this many words."""
_SEPARATOR = re.compile(r"\s+[–—]\s+|:\s+")
_OPENS = re.compile(r"[" + CAPITALS + r"“\"‘]")
_STOP_AFTER_COLON = re.compile(r"^(?P<head>[" + CAPITALS + r"][^.:–—!?]*?:\s*[^.:–—]*?)\.\s+(?=[" + CAPITALS + r"“\"‘])")
_DIGIT = re.compile(r"\d")
_DASH = re.compile(r"\s+[–—]\s+")


def run_in_parts(text: str) -> tuple[str, int] | None:
    """(heading, where the paragraph's text starts) when ``text`` opens with a run-in heading."""
    stop = _STOP_AFTER_COLON.match(text)
    if stop:
        head, start = stop["head"], stop.end()
    else:
        head, start = None, 0
        for separator in _SEPARATOR.finditer(text[:200]):
            candidate = text[:separator.start()]
            if re.search(r"[.!?]", candidate) or len(candidate.split()) > RUN_IN_MAX_WORDS:
                break
            # after a dash the text may run on in lower case ("Training – the programme …"); after a colon it opens
            if not _OPENS.match(text[separator.end():]) and not (_DASH.match(separator.group(0)) and text[separator.end():][:1].islower()):
                continue
            # a colon inside the heading ("Case study: Ethiopia: In Ethiopia …"): the later separator
            if head is None or (text[len(head):len(head) + 1] == ":" and len(candidate.split()) - len(head.split()) <= 3):
                head, start = candidate, separator.end()
        if head is None:
            return None
    head, rest = head.strip(), text[start:].strip()
    if not head[:1].isupper() or not 1 <= len(head.split()) <= RUN_IN_MAX_WORDS or "," in head or _DIGIT.search(head):
        return None
    if len(rest.split()) < RUN_IN_MIN_REST_WORDS or not ends_sentence(rest):
        return None
    return head, start


def split_pdf_run_in_headings(blocks: Sequence[Block]) -> tuple[list[Block], set[int]]:
    """The blocks with each untagged PDF paragraph that opens with a run-in heading cut in two (see
    the module), and the indices of the heading blocks in the new list."""
    out: list[Block] = []
    run_in: set[int] = set()
    for block in blocks:
        parts = None
        if block.kind == "text" and block.font is not None and block.emphasis == 0 and block.lines and block_tag(block) is None \
                and not is_caption(block) and not is_source_note(block):  # "Source: …" notes a table, heads nothing
            parts = run_in_parts(block.text)
        split = _split(block, *parts) if parts is not None else None
        if split is None:
            out.append(block)
            continue
        run_in.add(len(out))
        out.extend(split)
    return out, run_in


def _split(block: Block, head: str, start: int) -> list[Block] | None:
    """The heading block and the paragraph block, when the heading ends on the block's first line."""
    first = block.lines[0]
    text = first.text
    if not text.startswith(head) or len(text) <= start:
        return None
    head_line, rest_line = cut_line(first, len(head), start)
    heading = Block(text=head, lines=[head_line], gap_before=block.gap_before, emphasis=block.emphasis)
    paragraph = Block(text=block.text[start:].strip(), lines=[rest_line, *block.lines[1:]], gap_after=block.gap_after,
                      emphasis=block.emphasis)
    return [heading, paragraph]


def run_in_levels(flow: Sequence[int], levels: dict[int, int], run_in: set[int]) -> dict[int, int]:
    """The heading levels with the run-in headings added, each one level below the heading before
    it in the flow (1 when there is none): a run-in heading heads part of its section."""
    if not run_in:
        return levels
    result: dict[int, int] = {}
    above = 0
    for index in flow:
        if index in run_in:
            result[index] = min(above + 1, MAX_LEVEL) if above else 1
        elif index in levels:
            result[index] = levels[index]
            above = levels[index]
    return result
