"""Tables in the structure: each table block becomes a record Table in the section it stands in,
with its caption ("Table 1. …" just above or below it) and its source note ("Source: …" just
below). The cue words of captions and notes are data (``lexicon.json``)."""

from __future__ import annotations

import re
from functools import cache

from pipeline.model import Block
from pipeline.record import Table
from pipeline.resources import data_file


@cache
def _starts_with_cue(words_key: str, after: str) -> re.Pattern:
    """A pattern for a text that starts with one of the ``lexicon.json`` words under ``words_key``,
    followed by ``after``."""
    words = "|".join(map(re.escape, data_file("lexicon.json")[words_key]))
    return re.compile(rf"^(?:{words}){after}")


def _caption() -> re.Pattern:
    return _starts_with_cue("table_caption_words", r"\s+[0-9A-Z][0-9.]*\b")


def _source_note() -> re.Pattern:
    return _starts_with_cue("source_note_words", r"\s?:")


def is_caption(block: Block | None) -> bool:
    """A short text block that names a table: "Table 1. …", "Tableau 2 : …"."""
    return block is not None and block.kind == "text" and len(block.text) <= 300 and _caption().match(block.text) is not None


def is_source_note(block: Block | None) -> bool:
    """A text block that gives a table's source: "Source: …"."""
    return block is not None and block.kind == "text" and len(block.text) <= 500 and _source_note().match(block.text) is not None


def table_of(block: Block, table_id: str, section: str | None, caption: str | None, source_note: str | None) -> Table:
    """The record's Table for a table block."""
    laid_out = block.table
    header, body = laid_out.rows[: laid_out.header_rows], laid_out.rows[laid_out.header_rows:]
    return Table(id=table_id, page=laid_out.pages[0] if laid_out.pages else None, pages=laid_out.pages,
                 bbox=list(laid_out.bbox) if laid_out.bbox is not None else None, section=section, caption=caption, source_note=source_note,
                 header_rows=header, rows=body)
