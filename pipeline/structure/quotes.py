"""Quotes: a passage in quotation marks followed by who said it, their role and the occasion."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.layout.patterns import OPENING_QUOTE, ends_sentence, is_contact_field, starts_lowercase
from pipeline.model import Block
from pipeline.structure.shapes import is_contact_intro, looks_like_person_name, looks_like_role

MIN_QUOTE_WORDS = 6
MAX_ATTRIBUTION_WORDS = 16
_CLOSING = re.compile(r"[”\"’»]\W{0,3}$|[.!?]\W{0,2}[”\"’»]$")
_ATTRIBUTION_DASH = re.compile(r"^[—–-]+\s*")
_QUOTE_MARKS = "“”\"‘’«» "


@dataclass(slots=True)
class QuoteParts:
    text: str
    attribution: str | None
    speaker: str | None
    role: str | None
    context: str | None
    blocks_used: int
    """How many blocks, the quote's own included, the quote took."""


def is_quote_block(block: Block) -> bool:
    """A block of several words that opens and closes with quotation marks."""
    text = block.text
    opens_and_closes = OPENING_QUOTE.match(text) is not None and _CLOSING.search(text) is not None
    return block.kind == "text" and opens_and_closes and len(text.split()) >= MIN_QUOTE_WORDS


def _attribution_lines(block: Block) -> list[str] | None:
    """The lines of a block that may name a speaker, or None if the block cannot be an attribution."""
    if block.kind not in ("text", "bullet") or is_contact_field(block.text) or is_contact_intro(block.text):
        return None
    if block.kind == "bullet" and block.marker not in ("—", "–", "-"):
        return None
    if any(len(line.text.split()) > MAX_ATTRIBUTION_WORDS for line in block.lines) or len(block.lines) > 3:
        return None
    if ends_sentence(block.text) and not block.text.endswith(")"):
        return None
    lines = [_ATTRIBUTION_DASH.sub("", line.text).strip() for line in block.lines]
    if block.kind == "bullet":
        lines[0] = block.text if len(block.lines) == 1 else _ATTRIBUTION_DASH.sub("", block.lines[0].text).strip()
    return [line for line in lines if line]


def read_quote(blocks: list[Block], start: int) -> QuoteParts:
    """The quote at ``blocks[start]`` and the attribution blocks after it (speaker, role, context)."""
    text = blocks[start].text.strip(_QUOTE_MARKS)
    text = re.sub(r"[”\"’»]\s*[.,]?$", "", text).strip(_QUOTE_MARKS)
    lines: list[str] = []
    used = 1
    # An attribution is at most three short lines: "Name, Role" / "Role" / "at the occasion".
    while start + used < len(blocks) and len(lines) < 3:
        more = _attribution_lines(blocks[start + used])
        if more is None:
            break
        if lines and not (starts_lowercase(more[0]) or (len(lines) == 1 and "," not in lines[0] and looks_like_role(more[0]))):
            break
        if not lines and not looks_like_person_name(more[0].split(",")[0]):
            break
        lines.extend(more)
        used += 1
    speaker = role = context = None
    if lines:
        head, _, rest = lines[0].partition(",")
        speaker, role = head.strip(), rest.strip() or None
        for line in lines[1:]:
            if role is None and not starts_lowercase(line):
                role = line
            else:
                context = f"{context} {line}" if context else line
    attribution = " ".join(lines) or None
    return QuoteParts(text=text, attribution=attribution, speaker=speaker, role=role, context=context, blocks_used=used)
