"""What changed between two brochure records, or two folders of records, said in words a person reads.

``diff_records(old, new)`` compares two records (`BrochureRecord` models; a dict, as loaded from
JSON, is validated into one) and returns `Change` items in reading order: title and publisher, the
sections (headings added, removed, renamed; paragraphs and bullets added, removed, changed, with a
word diff), tables (added, removed, and per table the caption, the source note and the rows added,
removed or changed, cells compared as text), quotes, contacts, links, credits, entities
(organizations by id, countries by ISO code, regions by id, years, themes by id), partnerships
(keyed by instrument + the set of party refs), the lines set apart as furniture, the page
accounting (per page, where its characters went) and warnings.

``diff_paths(old, new)`` does the same for two record files or two output folders; records of two
folders are matched by ``source.sha256`` first, then by file name. ``format_report`` renders the
result as text, ``report_to_json`` as data, and ``diff_exit_status`` gives 0 (same) or 1 (different).
Unreadable or invalid input raises `DiffError` naming the file.

What is not compared, on purpose: ids of blocks and tables, the pages of blocks and tables, bounding
boxes and mention offsets (they move whenever text moves), changes of whitespace only, and the
extractor's version. Pages are compared where they are what is said: a furniture line's page, and
the accounting of each page.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from pipeline.errors import FileError
from pipeline.record import (
    BrochureRecord,
    Bullet,
    Contact,
    Entities,
    FurnitureLine,
    Link,
    PageAccounting,
    Paragraph,
    Partnership,
    Quote,
    Section,
    Table,
    all_sections,
    as_record,
    validation_problem,
)

__all__ = [
    "Change", "DiffError", "DiffReport", "DocumentDiff", "change_lines", "diff_command", "diff_exit_status", "diff_paths",
    "diff_records", "format_change", "format_report", "load_record", "report_to_json", "word_diff",
]

#: How similar (0..1, difflib ratio over words) two bullets or paragraphs must be to count as one
#: that changed rather than one removed and another added.
BLOCK_SIMILARITY = 0.5
#: The same for two sections (half heading, half content) whose headings differ.
SECTION_SIMILARITY = 0.5
#: The same for two tables (their cells' words; half of it their captions when both have one).
TABLE_SIMILARITY = 0.5
#: The share of a row's columns whose cells must be the same for two rows of a table to count as one
#: that changed rather than one removed and another added.
ROW_SIMILARITY = 0.3
#: Words of unchanged text shown on each side of a change in ``Change.words``.
WORD_CONTEXT = 3
#: Longest text quoted in one line of `format_report` before it is cut with "…".
SHOWN_TEXT = 110

_ENTITY_TYPES = (  # (field of record.entities, singular word, the key of one entity, its display name)
    ("organizations", "organization", lambda e: e.id, lambda e: e.name),
    ("countries", "country", lambda e: e.iso_alpha2, lambda e: e.name),
    ("regions", "region", lambda e: e.id, lambda e: e.name),
    ("years", "year", lambda e: str(e.value), lambda e: None),
    ("themes", "theme", lambda e: e.id, lambda e: e.label),
)
_PARTNERSHIP_FIELDS = ("name", "year", "end_year", "evidence")
_CONTACT_FIELDS = ("name", "role", "organization", "address", "phone", "fax", "email", "url")
_PAGE_FIELDS = ("reader", "characters", "content", "tables", "furniture", "credits", "dropped")
_PAGE_COUNTS = {"characters", "content", "tables", "furniture", "credits"}  # said as "... characters"


class DiffError(FileError):
    """An input of a diff cannot be read or is not a brochure record; ``path`` names it."""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two records.

    kind    what changed: "title", "publisher", "source", "heading_added", "heading_removed",
            "heading_renamed", "heading_moved", "heading_level_changed", "paragraph_added",
            "paragraph_removed", "paragraph_changed", "paragraph_moved", "bullet_added", "bullet_removed",
            "bullet_changed", "bullet_moved", "bullet_level_changed", "quote_added", "quote_removed", "quote_changed", "contact_added",
            "contact_removed", "contact_changed", "link_added", "link_removed", "link_changed",
            "credit_added", "credit_removed", "entity_added", "entity_removed", "partnership_added",
            "partnership_removed", "partnership_changed", "table_added", "table_removed", "table_changed",
            "table_row_added", "table_row_removed", "table_row_changed", "furniture_added",
            "furniture_removed", "page_added", "page_removed", "page_changed", "page_accounting_added",
            "page_accounting_removed", "warning_added", "warning_removed".
    where   the section heading (for headings, paragraphs, bullets), the entity type ("organization",
            "country", "region", "year", "theme"), the partnership key ("instrument: ref + ref"),
            the quote's speaker, the contact's name, the link's url, the table's id (in the new
            record; in the old one when the table is removed), the page ("page 2", "the text" for a
            text file without form feeds) for furniture and page accounting, "pages" for
            "page_accounting_...".
    before  the old value (None when added), after: the new value (None when removed); for entities
            the key (organization id, ISO alpha-2 code, region id, year, theme id); for a table its
            caption; for a table row its cells joined by " | "; for a page its characters in words,
            for one part of a page's accounting that part ("1101"; dropped: "120 (reason)").
    words   for a changed paragraph, bullet or quote: the changed words with a little context,
            "[-old-]{+new+}" style (see `word_diff`); for a changed table row, the row with its
            changed cells so marked.
    index   the 1-based position of the paragraph or bullet in its section (in the new record; in
            the old one when removed). For "..._moved": before and after are the old and new
            positions (of the section among all sections, depth first; of a block in its section).
            For a table row, its number over the header rows, then the body rows (the r<n> of its
            cells' block ids). For furniture and page accounting, the page number.
    field   which attribute changed (partnership: name, year, end_year, evidence; contact and link
            fields; source: sha256, media_type; table: caption, source_note, header_rows; a table
            row: its changed columns, "c2,c3"; page: reader, characters, content, tables,
            furniture, credits, dropped).
    detail  words for a person: an entity's name, a section's size, a partnership's parties and year,
            a table's caption (for its changes) or size (when added or removed).
    """

    kind: str
    where: str | None = None
    before: str | None = None
    after: str | None = None
    words: str | None = None
    index: int | None = None
    field: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentDiff:
    """The comparison of one document: status "changed", "unchanged", "added" or "removed"."""

    name: str
    status: str
    old: str | None = None
    new: str | None = None
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True, slots=True)
class DiffReport:
    """Everything `diff_paths` found, documents in a stable order (by file name)."""

    old: str
    new: str
    documents: tuple[DocumentDiff, ...] = ()

    @property
    def changed(self) -> bool:
        return any(document.status != "unchanged" for document in self.documents)

    def counts(self) -> dict[str, int]:
        counts = {"documents": len(self.documents), "changed": 0, "unchanged": 0, "added": 0, "removed": 0}
        for document in self.documents:
            counts[document.status] += 1
        return counts


# --------------------------------------------------------------------------------------------- words

_TOKEN = re.compile(r"\w+(?:['’.\-–]\w+)*|[^\w\s]")


def _tokens(text: str | None) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text or ""))


def _words(text: str | None) -> tuple[str, ...]:
    """The words and punctuation of a text; two texts with the same words differ in whitespace only."""
    return tuple(match.group() for match in _tokens(text))


def _ratio(a: Sequence[str], b: Sequence[str]) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def word_diff(old: str, new: str, context: int = WORD_CONTEXT) -> str:
    """The words that changed from ``old`` to ``new``: removed ones as ``[-…-]``, added ones as ``{+…+}``,
    with ``context`` unchanged words on each side and "..." where unchanged text is left out.
    Returns "" when the two texts have the same words.

    >>> word_diff("partners such as Japan, Korea and Singapore", "partners such as Japan, Viet Nam and Singapore")
    '... as Japan, [-Korea-]{+Viet Nam+} and Singapore'
    """
    a, b = _tokens(old), _tokens(new)
    opcodes = SequenceMatcher(None, [t.group() for t in a], [t.group() for t in b], autojunk=False).get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):
        return ""
    out: list[str] = []
    position: int | None = 0  # end, in ``new``, of the last new text written; None right after "..."

    def gap(j: int) -> str:
        if not out:
            return ""
        return " " if position is None else new[position:b[j].start()]

    def run(j1: int, j2: int) -> None:  # unchanged words j1..j2 of ``new``, as printed
        nonlocal position
        out.append(gap(j1) + new[b[j1].start():b[j2 - 1].end()])
        position = b[j2 - 1].end()

    last = len(opcodes) - 1
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            head = context if number > 0 else 0  # words kept after the previous change
            tail = context if number < last else 0  # words kept before the next change
            if j2 - j1 <= head + tail + 1:
                run(j1, j2)
                continue
            if head:
                run(j1, j1 + head)
            out.append(" ..." if out else "...")
            position = None
            if tail:
                run(j2 - tail, j2)
            continue
        removed = old[a[i1].start():a[i2 - 1].end()] if i2 > i1 else ""
        added = new[b[j1].start():b[j2 - 1].end()] if j2 > j1 else ""
        if added:
            lead = gap(j1)
        elif not out:
            lead = ""
        else:
            lead = " " if position is None or i1 == 0 else old[a[i1 - 1].end():a[i1].start()]
        out.append(lead + (f"[-{removed}-]" if removed else "") + (f"{{+{added}+}}" if added else ""))
        if added:
            position = b[j2 - 1].end()
    return "".join(out)


# ------------------------------------------------------------------------------------------ pairing

def _pair(old: Sequence[Any], new: Sequence[Any], score: Callable[[Any, Any], float],
          threshold: float) -> list[tuple[int | None, int | None]]:
    """Pair items of two short lists in order (no crossing), maximising the summed ``score`` of pairs
    that reach ``threshold``; the rest are unpaired. Returns (old index or None, new index or None)."""
    n, m = len(old), len(new)
    scores = [[score(old[i], new[j]) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            value = max(best[i + 1][j], best[i][j + 1])
            if scores[i][j] >= threshold:
                value = max(value, scores[i][j] + best[i + 1][j + 1])
            best[i][j] = value
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if scores[i][j] >= threshold and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


def _align(old: Sequence[Any], new: Sequence[Any], key: Callable[[Any], Any], score: Callable[[Any, Any], float],
           threshold: float) -> list[tuple[int | None, int | None]]:
    """Align two lists in order: items with equal keys by difflib, then within each replaced stretch
    the similar ones by `_pair`, so an inserted item shows as one added rather than all changed."""
    matcher = SequenceMatcher(None, [key(x) for x in old], [key(x) for x in new], autojunk=False)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        elif tag == "delete":
            pairs.extend((i, None) for i in range(i1, i2))
        elif tag == "insert":
            pairs.extend((None, j) for j in range(j1, j2))
        else:
            pairs.extend((None if i is None else i1 + i, None if j is None else j1 + j)
                         for i, j in _pair(old[i1:i2], new[j1:j2], score, threshold))
    return pairs


def _moves(pairs: list[tuple[int | None, int | None]], old_keys: Sequence[Any],
           new_keys: Sequence[Any]) -> list[tuple[int | None, int | None, bool]]:
    """Turn a removed item and an added one with the same (non-empty) key into one moved item,
    placed where it now is: (old index, new index, moved)."""
    removed = [i for i, j in pairs if j is None and i is not None and old_keys[i]]
    moved_to: dict[int, int] = {}  # new index -> old index
    for i, j in pairs:
        if i is None and j is not None and new_keys[j]:
            old = next((k for k in removed if old_keys[k] == new_keys[j]), None)
            if old is not None:
                removed.remove(old)
                moved_to[j] = old
    gone = set(moved_to.values())
    result: list[tuple[int | None, int | None, bool]] = []
    for i, j in pairs:
        if j is None and i in gone:
            continue
        if i is None and j in moved_to:
            result.append((moved_to[j], j, True))
        else:
            result.append((i, j, False))
    return result


# ------------------------------------------------------------------------------------------ records

def _heading(section: Section) -> str:
    return section.heading if section.heading is not None else "(text before the first heading)"


def _section_words(section: Section) -> tuple[str, ...]:
    return tuple(w for block in (*section.paragraphs, *section.bullets) for w in _words(block.text))


def _size(section: Section) -> str:
    paragraphs, bullets = len(section.paragraphs), len(section.bullets)
    return f"{paragraphs} paragraph{'s' * (paragraphs != 1)}, {bullets} bullet{'s' * (bullets != 1)}"


def _section_score(old: Section, new: Section) -> float:
    heading = _ratio(_words(old.heading), _words(new.heading))
    return 0.5 * heading + 0.5 * _ratio(_section_words(old), _section_words(new))


def _text_score(a: Paragraph | Bullet | Quote | Contact, b: Paragraph | Bullet | Quote | Contact) -> float:
    """How alike two blocks' texts are (difflib ratio over their words)."""
    return _ratio(_words(a.text), _words(b.text))


def _text_key(block: Paragraph | Bullet | Quote | Contact) -> tuple[str, ...]:
    return _words(block.text)


def _blocks(kind: str, where: str, old: Sequence[Paragraph | Bullet], new: Sequence[Paragraph | Bullet]) -> list[Change]:
    """Paragraphs or bullets of one section (kind "paragraph" or "bullet")."""
    changes: list[Change] = []
    pairs = _align(old, new, _text_key, _text_score, BLOCK_SIMILARITY)
    for i, j, moved in _moves(pairs, [_text_key(b) for b in old], [_text_key(b) for b in new]):
        if j is None:
            changes.append(Change(f"{kind}_removed", where, before=old[i].text, index=i + 1))
        elif i is None:
            changes.append(Change(f"{kind}_added", where, after=new[j].text, index=j + 1))
        else:
            if moved:
                changes.append(Change(f"{kind}_moved", where, before=str(i + 1), after=str(j + 1), index=j + 1,
                                      detail=new[j].text))
            before, after = old[i].text, new[j].text
            if _words(before) != _words(after):
                changes.append(Change(f"{kind}_changed", where, before=before, after=after,
                                      words=word_diff(before, after), index=j + 1))
            a, b = old[i], new[j]
            if isinstance(a, Bullet) and isinstance(b, Bullet) and a.level != b.level:
                changes.append(Change("bullet_level_changed", where, before=str(a.level), after=str(b.level), index=j + 1,
                                      field="level"))
    return changes


def _sections(old: BrochureRecord, new: BrochureRecord) -> list[Change]:
    old_sections, new_sections = all_sections(old.sections), all_sections(new.sections)
    changes: list[Change] = []

    def key(section: Section) -> tuple[str, ...] | None:
        return _words(section.heading) if section.heading is not None else None

    pairs = _align(old_sections, new_sections, key, _section_score, SECTION_SIMILARITY)
    for i, j, moved in _moves(pairs, [key(s) for s in old_sections], [key(s) for s in new_sections]):
        if j is None:
            section = old_sections[i]
            changes.append(Change("heading_removed", _heading(section), before=section.heading, detail=_size(section)))
            continue
        section = new_sections[j]
        if i is None:
            changes.append(Change("heading_added", _heading(section), after=section.heading, detail=_size(section)))
            continue
        previous = old_sections[i]
        where = _heading(section)
        if moved:
            changes.append(Change("heading_moved", where, before=str(i + 1), after=str(j + 1), detail=_size(section)))
        if _words(previous.heading) != _words(section.heading) or ((previous.heading is None) != (section.heading is None)):
            changes.append(Change("heading_renamed", where, before=_heading(previous), after=where))
        if previous.level != section.level:
            changes.append(Change("heading_level_changed", where, before=str(previous.level), after=str(section.level),
                                  field="level"))
        changes.extend(_blocks("paragraph", where, previous.paragraphs, section.paragraphs))
        changes.extend(_blocks("bullet", where, previous.bullets, section.bullets))
    return changes


# -- the brochure's tables

def _rows(table: Table) -> list[list[str | None]]:
    """Every row of a table, the header rows first: row n (1-based) is the ``r<n>`` of its cells' block ids."""
    return [*table.header_rows, *table.rows]


def _row_key(row: Sequence[str | None]) -> tuple[tuple[str, ...], ...]:
    """A row's cells as words (a null cell, one a merged neighbour covers, as no words)."""
    return tuple(_words(cell) for cell in row)


def _table_key(table: Table) -> tuple[Any, ...]:
    return (_words(table.caption), *(_row_key(row) for row in _rows(table)))


def _table_words(table: Table) -> tuple[str, ...]:
    return tuple(word for row in _rows(table) for cell in row for word in _words(cell))


def _table_score(old: Table, new: Table) -> float:
    """How alike two tables are: their cells' words, and half of it their captions when both have one."""
    cells = _ratio(_table_words(old), _table_words(new))
    if old.caption and new.caption:
        return 0.5 * _ratio(_words(old.caption), _words(new.caption)) + 0.5 * cells
    return cells


def _row_score(old: Sequence[str | None], new: Sequence[str | None]) -> float:
    """The share of a row's columns whose cells have the same words (columns empty in both not counted)."""
    a, b = _row_key(old), _row_key(new)
    width = max(len(a), len(b))
    compared = [(a[c] if c < len(a) else (), b[c] if c < len(b) else ()) for c in range(width)]
    compared = [(x, y) for x, y in compared if x or y]
    return sum(x == y for x, y in compared) / len(compared) if compared else 1.0


def _row_text(row: Sequence[str | None]) -> str:
    """A row as one line of text, cells between " | " (a null cell as nothing)."""
    return " | ".join(" ".join((cell or "").split()) for cell in row)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _row_diff(old: Sequence[str | None], new: Sequence[str | None]) -> tuple[str, str]:
    """The row as text with its changed cells marked (``[-old-]{+new+}``, a word diff for long cells;
    unchanged cells shown as they are, long ones cut), and the changed columns ("c2,c3")."""
    shown, changed = [], []
    for column in range(max(len(old), len(new))):
        before = " ".join((old[column] or "").split()) if column < len(old) else ""
        after = " ".join((new[column] or "").split()) if column < len(new) else ""
        if _words(before) == _words(after):
            shown.append(_clip(after, 40))
            continue
        changed.append(f"c{column + 1}")
        if len(_words(before)) > 2 * WORD_CONTEXT and len(_words(after)) > 2 * WORD_CONTEXT:
            shown.append(word_diff(before, after))
        else:
            shown.append((f"[-{before}-]" if before else "") + (f"{{+{after}+}}" if after else ""))
    return " | ".join(shown), ",".join(changed)


def _table_size(table: Table) -> str:
    """'page 2; 1 header row, 3 rows, 3 columns' (the page left out when the record does not say)."""
    headers, rows = len(table.header_rows), len(table.rows)
    columns = max((len(row) for row in _rows(table)), default=0)
    pages = table.pages or ([table.page] if table.page is not None else [])
    where = f"page{'s' * (len(pages) > 1)} {', '.join(str(p) for p in pages)}; " if pages else ""
    return (f"{where}{headers} header row{'s' * (headers != 1)}, {rows} row{'s' * (rows != 1)}, "
            f"{columns} column{'s' * (columns != 1)}")


def _table_rows(old: Table, new: Table) -> list[Change]:
    """Rows of a table added, removed or changed (rows numbered over the header rows, then the body rows)."""
    changes: list[Change] = []
    old_rows, new_rows = _rows(old), _rows(new)
    for i, j in _align(old_rows, new_rows, _row_key, _row_score, ROW_SIMILARITY):
        if j is None:
            changes.append(Change("table_row_removed", new.id, before=_row_text(old_rows[i]), index=i + 1, detail=new.caption))
        elif i is None:
            changes.append(Change("table_row_added", new.id, after=_row_text(new_rows[j]), index=j + 1, detail=new.caption))
        elif _row_key(old_rows[i]) != _row_key(new_rows[j]):
            words, columns = _row_diff(old_rows[i], new_rows[j])
            changes.append(Change("table_row_changed", new.id, before=_row_text(old_rows[i]), after=_row_text(new_rows[j]),
                                  words=words, index=j + 1, field=columns, detail=new.caption))
    return changes


def _table_changes(old: Table, new: Table) -> list[Change]:
    """What changed in one table: its caption, source note, number of header rows, then its rows."""
    changes = [Change("table_changed", new.id, before=getattr(old, name), after=getattr(new, name), field=name,
                      detail=new.caption)
               for name in ("caption", "source_note") if _words(getattr(old, name)) != _words(getattr(new, name))]
    if len(old.header_rows) != len(new.header_rows):
        changes.append(Change("table_changed", new.id, before=str(len(old.header_rows)), after=str(len(new.header_rows)),
                              field="header_rows", detail=new.caption))
    return changes + _table_rows(old, new)


def _tables(old: Sequence[Table], new: Sequence[Table]) -> list[Change]:
    """Tables added, removed or changed. Tables are paired by content (caption and cells), not by
    id, so a table inserted before the others is one added table; a change names the new id."""
    changes: list[Change] = []
    for i, j in _align(old, new, _table_key, _table_score, TABLE_SIMILARITY):
        if j is None:
            changes.append(Change("table_removed", old[i].id, before=old[i].caption, detail=_table_size(old[i])))
        elif i is None:
            changes.append(Change("table_added", new[j].id, after=new[j].caption, detail=_table_size(new[j])))
        else:
            changes.extend(_table_changes(old[i], new[j]))
    return changes


# -- quotes, contacts, links, credits

def _quotes(old: Sequence[Quote], new: Sequence[Quote]) -> list[Change]:
    changes: list[Change] = []
    for i, j in _align(old, new, _text_key, _text_score, BLOCK_SIMILARITY):
        if j is None:
            changes.append(Change("quote_removed", old[i].speaker, before=old[i].text, index=i + 1))
        elif i is None:
            changes.append(Change("quote_added", new[j].speaker, after=new[j].text, index=j + 1))
        else:
            a, b = old[i], new[j]
            if _words(a.text) != _words(b.text):
                changes.append(Change("quote_changed", b.speaker, before=a.text, after=b.text,
                                      words=word_diff(a.text, b.text), index=j + 1, field="text"))
            for name in ("speaker", "role", "context"):
                if (getattr(a, name) or None) != (getattr(b, name) or None):
                    changes.append(Change("quote_changed", b.speaker, before=getattr(a, name), after=getattr(b, name),
                                          index=j + 1, field=name))
    return changes


def _contact_value(contact: Contact, name: str) -> str | None:
    value = getattr(contact, name)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    return value or None


def _contacts(old: Sequence[Contact], new: Sequence[Contact]) -> list[Change]:
    changes: list[Change] = []
    for i, j in _align(old, new, _text_key, _text_score, 0.3):
        if j is None:
            changes.append(Change("contact_removed", old[i].name, before=old[i].text, index=i + 1))
        elif i is None:
            changes.append(Change("contact_added", new[j].name, after=new[j].text, index=j + 1))
        else:
            for name in _CONTACT_FIELDS:
                before, after = _contact_value(old[i], name), _contact_value(new[j], name)
                if before != after:
                    changes.append(Change("contact_changed", new[j].name or old[i].name,
                                          before=before, after=after, index=j + 1, field=name))
    return changes


def _links(old: Sequence[Link], new: Sequence[Link]) -> list[Change]:
    changes: list[Change] = []
    old_by_url = {link.url: link for link in old}
    new_urls = {link.url for link in new}
    changes.extend(Change("link_removed", link.url, before=link.title) for link in old if link.url not in new_urls)
    for link in new:
        if link.url not in old_by_url:
            changes.append(Change("link_added", link.url, after=link.title))
        elif (old_by_url[link.url].title or None) != (link.title or None):
            changes.append(Change("link_changed", link.url, before=old_by_url[link.url].title, after=link.title, field="title"))
    return changes


def _strings(kind: str, old: list[str], new: list[str]) -> list[Change]:
    changes = [Change(f"{kind}_removed", before=text) for text in old if text not in new]
    changes.extend(Change(f"{kind}_added", after=text) for text in new if text not in old)
    return changes


# -- entities and partnerships

def _entities(old: Entities, new: Entities) -> list[Change]:
    changes: list[Change] = []
    for field, word, key, name in _ENTITY_TYPES:
        old_items = {key(e): e for e in getattr(old, field)}
        new_items = {key(e): e for e in getattr(new, field)}
        changes.extend(Change("entity_removed", word, before=k, detail=name(e)) for k, e in old_items.items() if k not in new_items)
        changes.extend(Change("entity_added", word, after=k, detail=name(e)) for k, e in new_items.items() if k not in old_items)
    return changes


def _refs(partnership: Partnership) -> list[str]:
    return [party.ref for party in partnership.parties]


def _partnership_key(partnership: Partnership) -> tuple[str, frozenset[str]]:
    return (partnership.instrument, frozenset(_refs(partnership)))


def _partnership_where(partnership: Partnership) -> str:
    return f"{partnership.instrument}: {' + '.join(_refs(partnership))}"


def _partnership_detail(partnership: Partnership, *, full: bool = True) -> str:
    """'memorandum of understanding: ILO + ADB (2002) 'name'' (without years and name when not ``full``)."""
    names = [party.acronym or party.name or party.ref for party in partnership.parties]
    text = f"{partnership.instrument.replace('_', ' ')}: {' + '.join(names)}"
    years = [str(y) for y in (partnership.year, partnership.end_year) if y is not None]
    if full and years:
        text += f" ({'–'.join(years)})"
    if full and partnership.name:
        text += f" '{partnership.name}'"
    return text


def _partnership_value(partnership: Partnership, field: str) -> str | None:
    if field == "evidence":
        return str(len(partnership.evidence))
    value = getattr(partnership, field)
    return None if value is None else str(value)


def _partnerships(old: Sequence[Partnership], new: Sequence[Partnership]) -> list[Change]:
    unpaired: dict[tuple[str, frozenset[str]], list[int]] = {}
    for index, partnership in enumerate(old):
        unpaired.setdefault(_partnership_key(partnership), []).append(index)
    matches: dict[int, int] = {}  # new index -> old index
    for index, partnership in enumerate(new):
        waiting = unpaired.get(_partnership_key(partnership))
        if waiting:
            matches[index] = waiting.pop(0)
    matched_old = set(matches.values())
    changes = [Change("partnership_removed", _partnership_where(p), detail=_partnership_detail(p))
               for index, p in enumerate(old) if index not in matched_old]
    for index, partnership in enumerate(new):
        if index not in matches:
            changes.append(Change("partnership_added", _partnership_where(partnership), detail=_partnership_detail(partnership)))
            continue
        previous = old[matches[index]]
        for field in _PARTNERSHIP_FIELDS:
            before, after = _partnership_value(previous, field), _partnership_value(partnership, field)
            if before != after:
                changes.append(Change("partnership_changed", _partnership_where(partnership), before=before, after=after,
                                      field=field, detail=_partnership_detail(partnership, full=False)))
    return changes


# -- what was set apart, and where the characters went

def _page_where(page: int | None) -> str:
    """"page 2", or "the text" for a text file without form feeds (page None)."""
    return "the text" if page is None else f"page {page}"


def _furniture(old: Sequence[FurnitureLine], new: Sequence[FurnitureLine]) -> list[Change]:
    """Furniture lines removed, then added: (page, text) pairs, a line repeated on a page counted as
    often as it is there; whitespace does not count."""
    def key(line: FurnitureLine) -> tuple[int | None, tuple[str, ...]]:
        return (line.page, _words(line.text))

    def missing(lines: Sequence[FurnitureLine], others: Sequence[FurnitureLine]) -> list[FurnitureLine]:
        left = Counter(key(line) for line in others)
        found = []
        for line in lines:
            if left[key(line)]:
                left[key(line)] -= 1
            else:
                found.append(line)
        return found

    changes = [Change("furniture_removed", _page_where(line.page), before=line.text, index=line.page) for line in missing(old, new)]
    changes.extend(Change("furniture_added", _page_where(line.page), after=line.text, index=line.page) for line in missing(new, old))
    return changes


def _dropped_text(page: PageAccounting) -> str:
    """A page's dropped characters in words: "0", or "120 (reason); 30 (another reason)"."""
    return "; ".join(f"{d.characters} ({d.reason})" for d in page.dropped) or "0"


def _page_value(page: PageAccounting, field: str) -> str:
    return _dropped_text(page) if field == "dropped" else str(getattr(page, field))


def _page_summary(page: PageAccounting) -> str:
    """'1197 characters: content 1101, tables 95, furniture 1' (the parts that are not 0)."""
    parts = [f"{name} {getattr(page, name)}" for name in ("content", "tables", "furniture", "credits") if getattr(page, name)]
    if page.dropped:
        parts.append(f"dropped {_dropped_text(page)}")
    return f"{page.characters} characters" + (f": {', '.join(parts)}" if parts else "")


def _pages(old: Sequence[PageAccounting], new: Sequence[PageAccounting]) -> list[Change]:
    """Page accounting: pages added or removed, and per page each part that changed (one change a
    field), in page order. A record without accounting (schema 1.0.0) against one with it is one
    change, not every page added."""
    if not old or not new:
        if old or new:
            kind, pages = ("page_accounting_added", new) if new else ("page_accounting_removed", old)
            summary = f"{len(pages)} page{'s' * (len(pages) != 1)}, {sum(p.characters for p in pages)} characters"
            return [Change(kind, "pages", before=None if new else summary, after=summary if new else None)]
        return []
    old_pages = {page.page: page for page in reversed(old)}  # the first of a number, should one repeat
    new_pages = {page.page: page for page in reversed(new)}
    changes: list[Change] = []
    for number in sorted(old_pages.keys() | new_pages.keys(), key=lambda n: -1 if n is None else n):
        before, after = old_pages.get(number), new_pages.get(number)
        if after is None:
            changes.append(Change("page_removed", _page_where(number), before=_page_summary(before), index=number))
        elif before is None:
            changes.append(Change("page_added", _page_where(number), after=_page_summary(after), index=number))
        else:
            changes.extend(Change("page_changed", _page_where(number), before=_page_value(before, name),
                                  after=_page_value(after, name), index=number, field=name)
                           for name in _PAGE_FIELDS if _page_value(before, name) != _page_value(after, name))
    return changes


def diff_records(old: BrochureRecord | dict, new: BrochureRecord | dict) -> list[Change]:
    """The differences between two records (models, or dicts as loaded from their JSON, which are
    validated into models first), in reading order. The diff of a record with itself is empty."""
    old, new = as_record(old), as_record(new)
    changes: list[Change] = []
    for field in ("sha256", "media_type"):
        before, after = getattr(old.source, field), getattr(new.source, field)
        if before != after:
            changes.append(Change("source", "source", before=before, after=after, field=field))
    if (old.title or None) != (new.title or None):
        changes.append(Change("title", "title", before=old.title, after=new.title))
    if (old.publisher or None) != (new.publisher or None):
        changes.append(Change("publisher", "publisher", before=old.publisher, after=new.publisher))
    changes.extend(_sections(old, new))
    changes.extend(_tables(old.tables, new.tables))
    changes.extend(_quotes(old.quotes, new.quotes))
    changes.extend(_contacts(old.contacts, new.contacts))
    changes.extend(_links(old.links, new.links))
    changes.extend(_strings("credit", old.credits, new.credits))
    changes.extend(_entities(old.entities, new.entities))
    changes.extend(_partnerships(old.partnerships, new.partnerships))
    changes.extend(_furniture(old.furniture, new.furniture))
    changes.extend(_pages(old.pages, new.pages))
    changes.extend(_strings("warning", old.warnings, new.warnings))
    return changes


# -------------------------------------------------------------------------------------------- paths

def load_record(path: Path) -> BrochureRecord:
    """A record file as its model; `DiffError` naming the file when it cannot be read, is not JSON, is
    not a record, or does not validate (the first failing field named)."""
    path = Path(path)
    if path.suffix == ".jsonl":
        raise DiffError(path, "a .jsonl file holds many records; give a .json record or a folder of them")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DiffError(path, "no such file or folder") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DiffError(path, f"cannot read: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DiffError(path, f"not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict) or not isinstance(data.get("sections"), list):
        raise DiffError(path, "not a brochure record (a JSON object with 'source' and 'sections')")
    try:
        return as_record(data)
    except ValidationError as error:
        raise DiffError(path, validation_problem(error)) from None


def record_files(folder: Path) -> list[Path]:
    """The record files of an output folder: every ``*.json`` but ``manifest.json``, by name."""
    return sorted(p for p in Path(folder).glob("*.json") if p.is_file() and p.name != "manifest.json" and not p.name.startswith("."))


def _name(old: Path | None, new: Path | None) -> str:
    if old is None or new is None:
        return (old or new).name  # type: ignore[union-attr]
    return new.name if old.name == new.name else f"{old.name} -> {new.name}"


def _document(old: Path | None, new: Path | None, old_record: BrochureRecord | None,
              new_record: BrochureRecord | None) -> DocumentDiff:
    shown_old, shown_new = (None if old is None else str(old)), (None if new is None else str(new))
    if old_record is None:
        return DocumentDiff(_name(old, new), "added", shown_old, shown_new)
    if new_record is None:
        return DocumentDiff(_name(old, new), "removed", shown_old, shown_new)
    changes = tuple(diff_records(old_record, new_record))
    return DocumentDiff(_name(old, new), "changed" if changes else "unchanged", shown_old, shown_new, changes)


def _match(old: dict[str, BrochureRecord], new: dict[str, BrochureRecord]) -> list[tuple[str | None, str | None]]:
    """Pair record files of two folders (file name -> record): same source.sha256 first (same file
    name preferred), then same file name; the rest are removed or added."""
    pairs: list[tuple[str | None, str | None]] = []
    left, right = sorted(old), sorted(new)

    def sha(record: BrochureRecord) -> str | None:
        return record.source.sha256 or None

    for name in list(left):  # same content and same name
        if name in right and sha(old[name]) is not None and sha(old[name]) == sha(new[name]):
            pairs.append((name, name))
            left.remove(name)
            right.remove(name)
    for name in list(left):  # same content, another name
        digest = sha(old[name])
        partner = next((n for n in right if digest is not None and sha(new[n]) == digest), None)
        if partner is not None:
            pairs.append((name, partner))
            left.remove(name)
            right.remove(partner)
    for name in list(left):  # same name, content changed
        if name in right:
            pairs.append((name, name))
            left.remove(name)
            right.remove(name)
    pairs.extend((name, None) for name in left)
    pairs.extend((None, name) for name in right)
    return sorted(pairs, key=lambda pair: (pair[1] if pair[1] is not None else pair[0], pair[0] or ""))


def diff_paths(old: Path, new: Path) -> DiffReport:
    """Compare two record files, or two folders of records (``*.json`` but ``manifest.json``;
    ``records.jsonl`` is ignored). Raises `DiffError` for a missing, unreadable or invalid input."""
    old, new = Path(old), Path(new)
    for path in (old, new):
        if not path.exists():
            raise DiffError(path, "no such file or folder")
    if old.is_dir() != new.is_dir():
        folder, file = (old, new) if old.is_dir() else (new, old)
        raise DiffError(file, f"cannot compare a file with a folder ({folder}); give two record files or two folders")
    if not old.is_dir():
        document = _document(old, new, load_record(old), load_record(new))
        return DiffReport(str(old), str(new), (document,))
    old_records = {p.name: load_record(p) for p in record_files(old)}
    new_records = {p.name: load_record(p) for p in record_files(new)}
    documents = tuple(
        _document(None if a is None else old / a, None if b is None else new / b,
                  None if a is None else old_records[a], None if b is None else new_records[b])
        for a, b in _match(old_records, new_records))
    return DiffReport(str(old), str(new), documents)


def diff_exit_status(report: DiffReport) -> int:
    """0 when nothing differs, 1 when something does (the CLI uses 2 for a `DiffError`)."""
    return 1 if report.changed else 0


# ------------------------------------------------------------------------------------------- output

def _short(text: str | None, limit: int = SHOWN_TEXT) -> str:
    if text is None:
        return "(none)"
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[:limit - 1]
        if " " in cut[-20:]:  # end at a word when one ends near the limit
            cut = cut[:cut.rindex(" ")]
        text = cut.rstrip(" ,;:") + "…"
    return f"'{text}'"


def _entity(key: str | None, detail: str | None) -> str:
    return f"{key} ({detail})" if detail and detail != key else str(key)


def _table_name(change: Change) -> str:
    """A table as a line names it: "t1 'Table 1. Workers assisted'" (its id alone without a caption)."""
    return f"{change.where} {_short(change.detail, 60)}" if change.detail else str(change.where)


def _page_part(change: Change) -> str:
    """One part of a page's accounting that changed: "content 1101 -> 900 characters"."""
    unit = " characters" if change.field in _PAGE_COUNTS else ""
    return f"{change.field} {change.before} -> {change.after}{unit}"


def _format_table_change(change: Change) -> str:
    """A "table_..." change as one line."""
    kind = change.kind
    if kind == "table_added":
        caption = f" {_short(change.after, 80)}" if change.after else ""
        return f"table added: {change.where}{caption} ({change.detail})"
    if kind == "table_removed":
        caption = f" {_short(change.before, 80)}" if change.before else ""
        return f"table removed: {change.where}{caption} ({change.detail})"
    if kind == "table_changed":
        if change.field == "header_rows":
            return f"table {_table_name(change)} header rows changed: {change.before} -> {change.after}"
        return f"table {change.where} {change.field.replace('_', ' ')} changed: {_short(change.before)} -> {_short(change.after)}"
    if kind == "table_row_added":
        return f"table {_table_name(change)} row {change.index} added: {_short(change.after)}"
    if kind == "table_row_removed":
        return f"table {_table_name(change)} row {change.index} removed: {_short(change.before)}"
    return f"table {_table_name(change)} row {change.index} changed: {change.words}"


def _format_page_change(change: Change) -> str:
    """A change of what was set apart as furniture, or of the page accounting, as one line."""
    kind = change.kind
    if kind == "furniture_added":
        return f"furniture added on {change.where}: {_short(change.after)}"
    if kind == "furniture_removed":
        return f"furniture removed from {change.where}: {_short(change.before)}"
    if kind == "page_added":
        return f"{change.where} added: {change.after}"
    if kind == "page_removed":
        return f"{change.where} removed: {change.before}"
    if kind == "page_accounting_added":
        return f"page accounting added (the old record has none): {change.after}"
    if kind == "page_accounting_removed":
        return f"page accounting removed (the new record has none): {change.before}"
    return f"{change.where}: {_page_part(change)}"


def format_change(change: Change) -> str:
    """One change as one line of text (without indentation)."""
    kind, where = change.kind, _short(change.where, 80)
    numbered = f"{where} #{change.index}" if change.index is not None else where
    block = kind.split("_")[0]
    if kind.startswith("table_"):
        return _format_table_change(change)
    if kind.startswith(("furniture_", "page_")):
        return _format_page_change(change)
    if kind in ("title", "publisher"):
        return f"{kind} changed: {_short(change.before)} -> {_short(change.after)}"
    if kind == "source":
        return f"source {change.field} changed: {change.before} -> {change.after}"
    if kind == "heading_added":
        return f"heading added: {where} ({change.detail})"
    if kind == "heading_removed":
        return f"heading removed: {where} ({change.detail})"
    if kind == "heading_renamed":
        return f"heading renamed: {_short(change.before, 80)} -> {_short(change.after, 80)}"
    if kind == "heading_moved":
        return f"heading moved: {where} (section {change.before} -> {change.after})"
    if kind in ("paragraph_moved", "bullet_moved"):
        return f"{block} moved in {where} #{change.before} -> #{change.after}: {_short(change.detail, 60)}"
    if kind == "heading_level_changed":
        return f"heading level changed: {where} {change.before} -> {change.after}"
    if kind in ("paragraph_added", "bullet_added"):
        return f"{block} added in {numbered}: {_short(change.after)}"
    if kind in ("paragraph_removed", "bullet_removed"):
        return f"{block} removed from {numbered}: {_short(change.before)}"
    if kind in ("paragraph_changed", "bullet_changed"):
        return f"{block} changed in {numbered}: {change.words}"
    if kind == "bullet_level_changed":
        return f"bullet level changed in {numbered}: {change.before} -> {change.after}"
    if kind == "entity_added":
        return f"{change.where} added: {_entity(change.after, change.detail)}"
    if kind == "entity_removed":
        return f"{change.where} removed: {_entity(change.before, change.detail)}"
    if kind == "partnership_added":
        return f"partnership added: {change.detail}"
    if kind == "partnership_removed":
        return f"partnership removed: {change.detail}"
    if kind == "partnership_changed":
        return f"partnership changed: {change.detail}: {change.field} {change.before or '(none)'} -> {change.after or '(none)'}"
    if kind == "quote_added":
        return f"quote added: {_short(change.after)}" + (f" ({change.where})" if change.where else "")
    if kind == "quote_removed":
        return f"quote removed: {_short(change.before)}" + (f" ({change.where})" if change.where else "")
    if kind == "quote_changed":
        if change.field == "text":
            return f"quote #{change.index} changed: {change.words}"
        return f"quote #{change.index} {change.field} changed: {_short(change.before)} -> {_short(change.after)}"
    if kind == "contact_added":
        return f"contact added: {change.where or _short(change.after, 60)}"
    if kind == "contact_removed":
        return f"contact removed: {change.where or _short(change.before, 60)}"
    if kind == "contact_changed":
        return f"contact #{change.index} {change.field} changed: {_short(change.before)} -> {_short(change.after)}"
    if kind == "link_added":
        return f"link added: {_short(change.after, 80)} <{change.where}>"
    if kind == "link_removed":
        return f"link removed: {_short(change.before, 80)} <{change.where}>"
    if kind == "link_changed":
        return f"link title changed <{change.where}>: {_short(change.before, 80)} -> {_short(change.after, 80)}"
    if kind.endswith("_added"):
        return f"{block} added: {_short(change.after)}"
    if kind.endswith("_removed"):
        return f"{block} removed: {_short(change.before)}"
    return f"{kind.replace('_', ' ')}: {_short(change.before)} -> {_short(change.after)}"


def _summary(report: DiffReport) -> str:
    counts = report.counts()
    total = counts["documents"]
    parts = [f"{counts[s]} {s}" for s in ("changed", "unchanged", "added", "removed") if counts[s]]
    return f"{total} document{'s' * (total != 1)} compared" + (f": {', '.join(parts)}" if parts else "")


def change_lines(changes: Iterable[Change]) -> list[str]:
    """One line per change (`format_change`), except that the changed parts of one page's accounting
    share one line: "page 2: content 1101 -> 900 characters, furniture 1 -> 200 characters"."""
    lines: list[str] = []
    previous: Change | None = None
    for change in changes:
        if (change.kind == "page_changed" and previous is not None and previous.kind == "page_changed"
                and previous.where == change.where):
            lines[-1] += f", {_page_part(change)}"
        else:
            lines.append(format_change(change))
        previous = change
    return lines


def format_report(report: DiffReport) -> str:
    """The report as text: per document its name, then one indented line per change (a page's
    accounting changes on one line, see `change_lines`)."""
    lines: list[str] = []
    for document in report.documents:
        if document.status == "added":
            lines.append(f"{document.name}: document added")
        elif document.status == "removed":
            lines.append(f"{document.name}: document removed")
        elif document.status == "unchanged":
            lines.append(f"{document.name}: no changes")
        else:
            lines.append(document.name)
            lines.extend(f"  {line}" for line in change_lines(document.changes))
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def report_to_json(report: DiffReport) -> dict:
    """The report as JSON-ready data: {"old", "new", "changed", "summary", "documents": [...]}."""
    return {
        "old": report.old,
        "new": report.new,
        "changed": report.changed,
        "summary": report.counts(),
        "documents": [
            {"name": d.name, "status": d.status, "old": d.old, "new": d.new, "changes": [asdict(c) for c in d.changes]}
            for d in report.documents
        ],
    }


def diff_command(old: str | Path, new: str | Path, *, as_json: bool = False,
                 stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """`brochure diff OLD NEW [--json]`: prints the report; returns 0 same, 1 different, 2 error."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        report = diff_paths(Path(old), Path(new))
    except DiffError as error:
        print(f"brochure diff: error: {error}", file=stderr)
        return 2
    if as_json:
        stdout.write(json.dumps(report_to_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(format_report(report))
    return diff_exit_status(report)
