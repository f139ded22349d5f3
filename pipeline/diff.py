"""What changed between two brochure records, or two folders of records, said in words a person reads.

``diff_records(old, new)`` compares two records (plain dicts, as loaded from JSON) and returns
`Change` items in reading order: title and publisher, the sections (headings added, removed, renamed;
paragraphs and bullets added, removed, changed, with a word diff), quotes, contacts, links, credits,
entities (organizations by id, countries by ISO code, regions by id, years, themes by id),
partnerships (keyed by instrument + the set of party refs) and warnings.

``diff_paths(old, new)`` does the same for two record files or two output folders; records of two
folders are matched by ``source.sha256`` first, then by file name. ``format_report`` renders the
result as text, ``report_to_json`` as data, and ``diff_exit_status`` gives 0 (same) or 1 (different).
Unreadable or invalid input raises `DiffError` naming the file.

What is not compared, on purpose: ids of blocks, pages, bounding boxes and mention offsets (they move
whenever text moves), changes of whitespace only, and the extractor's version.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "Change", "DiffError", "DiffReport", "DocumentDiff", "diff_command", "diff_exit_status", "diff_paths",
    "diff_records", "format_report", "load_record", "report_to_json", "word_diff",
]

#: How similar (0..1, difflib ratio over words) two bullets or paragraphs must be to count as one
#: that changed rather than one removed and another added.
BLOCK_SIMILARITY = 0.5
#: The same for two sections (half heading, half content) whose headings differ.
SECTION_SIMILARITY = 0.5
#: Words of unchanged text shown on each side of a change in ``Change.words``.
WORD_CONTEXT = 3
#: Longest text quoted in one line of `format_report` before it is cut with "…".
SHOWN_TEXT = 110

_ENTITY_TYPES = (  # (key in record.entities, singular word, the key of one entity, its display name)
    ("organizations", "organization", lambda e: e.get("id"), lambda e: e.get("name")),
    ("countries", "country", lambda e: e.get("iso_alpha2"), lambda e: e.get("name")),
    ("regions", "region", lambda e: e.get("id"), lambda e: e.get("name")),
    ("years", "year", lambda e: None if e.get("value") is None else str(e.get("value")), lambda e: None),
    ("themes", "theme", lambda e: e.get("id"), lambda e: e.get("label")),
)
_PARTNERSHIP_FIELDS = ("name", "year", "end_year", "evidence")
_CONTACT_FIELDS = ("name", "role", "organization", "address", "phone", "fax", "email", "url")


class DiffError(ValueError):
    """An input of a diff cannot be read or is not a brochure record; ``path`` names it."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two records.

    kind    what changed: "title", "publisher", "source", "heading_added", "heading_removed",
            "heading_renamed", "heading_moved", "heading_level_changed", "paragraph_added",
            "paragraph_removed", "paragraph_changed", "paragraph_moved", "bullet_added", "bullet_removed",
            "bullet_changed", "bullet_moved", "bullet_level_changed", "quote_added", "quote_removed", "quote_changed", "contact_added",
            "contact_removed", "contact_changed", "link_added", "link_removed", "link_changed",
            "credit_added", "credit_removed", "entity_added", "entity_removed", "partnership_added",
            "partnership_removed", "partnership_changed", "warning_added", "warning_removed".
    where   the section heading (for headings, paragraphs, bullets), the entity type ("organization",
            "country", "region", "year", "theme"), the partnership key ("instrument: ref + ref"),
            the quote's speaker, the contact's name, the link's url.
    before  the old value (None when added), after: the new value (None when removed); for entities
            the key (organization id, ISO alpha-2 code, region id, year, theme id).
    words   for a changed paragraph, bullet or quote: the changed words with a little context,
            "[-old-]{+new+}" style (see `word_diff`).
    index   the 1-based position of the paragraph or bullet in its section (in the new record; in
            the old one when removed). For "..._moved": before and after are the old and new
            positions (of the section among all sections, depth first; of a block in its section).
    field   which attribute changed (partnership: name, year, end_year, evidence; contact and link
            fields; source: sha256, media_type).
    detail  words for a person: an entity's name, a section's size, a partnership's parties and year.
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

def _flatten(sections: Iterable[dict]) -> list[dict]:
    found: list[dict] = []
    for section in sections or []:
        if isinstance(section, dict):
            found.append(section)
            found.extend(_flatten(section.get("subsections") or []))
    return found


def _heading(section: dict) -> str:
    heading = section.get("heading")
    return heading if heading is not None else "(text before the first heading)"


def _section_words(section: dict) -> tuple[str, ...]:
    return tuple(w for block in (*(section.get("paragraphs") or []), *(section.get("bullets") or []))
                 for w in _words(block.get("text")))


def _size(section: dict) -> str:
    paragraphs, bullets = len(section.get("paragraphs") or []), len(section.get("bullets") or [])
    return f"{paragraphs} paragraph{'s' * (paragraphs != 1)}, {bullets} bullet{'s' * (bullets != 1)}"


def _section_score(old: dict, new: dict) -> float:
    heading = _ratio(_words(old.get("heading")), _words(new.get("heading")))
    return 0.5 * heading + 0.5 * _ratio(_section_words(old), _section_words(new))


def _blocks(kind: str, where: str, old: list[dict], new: list[dict]) -> list[Change]:
    """Paragraphs or bullets of one section (kind "paragraph" or "bullet")."""
    changes: list[Change] = []

    def score(a: dict, b: dict) -> float:
        return _ratio(_words(a.get("text")), _words(b.get("text")))

    def key(block: dict) -> tuple[str, ...]:
        return _words(block.get("text"))

    pairs = _align(old, new, key, score, BLOCK_SIMILARITY)
    for i, j, moved in _moves(pairs, [key(b) for b in old], [key(b) for b in new]):
        if j is None:
            changes.append(Change(f"{kind}_removed", where, before=old[i].get("text"), index=i + 1))
        elif i is None:
            changes.append(Change(f"{kind}_added", where, after=new[j].get("text"), index=j + 1))
        else:
            if moved:
                changes.append(Change(f"{kind}_moved", where, before=str(i + 1), after=str(j + 1), index=j + 1,
                                      detail=new[j].get("text")))
            before, after = old[i].get("text") or "", new[j].get("text") or ""
            if _words(before) != _words(after):
                changes.append(Change(f"{kind}_changed", where, before=before, after=after,
                                      words=word_diff(before, after), index=j + 1))
            if kind == "bullet" and old[i].get("level", 1) != new[j].get("level", 1):
                changes.append(Change("bullet_level_changed", where, before=str(old[i].get("level", 1)),
                                      after=str(new[j].get("level", 1)), index=j + 1, field="level"))
    return changes


def _sections(old: dict, new: dict) -> list[Change]:
    old_sections, new_sections = _flatten(old.get("sections")), _flatten(new.get("sections"))
    changes: list[Change] = []
    def key(section: dict) -> tuple[str, ...] | None:
        return _words(section.get("heading")) if section.get("heading") is not None else None

    pairs = _align(old_sections, new_sections, key, _section_score, SECTION_SIMILARITY)
    for i, j, moved in _moves(pairs, [key(s) for s in old_sections], [key(s) for s in new_sections]):
        if j is None:
            section = old_sections[i]
            changes.append(Change("heading_removed", _heading(section), before=section.get("heading"), detail=_size(section)))
            continue
        section = new_sections[j]
        if i is None:
            changes.append(Change("heading_added", _heading(section), after=section.get("heading"), detail=_size(section)))
            continue
        previous = old_sections[i]
        where = _heading(section)
        if moved:
            changes.append(Change("heading_moved", where, before=str(i + 1), after=str(j + 1), detail=_size(section)))
        if _words(previous.get("heading")) != _words(section.get("heading")) or (
                (previous.get("heading") is None) != (section.get("heading") is None)):
            changes.append(Change("heading_renamed", where, before=_heading(previous), after=where))
        if previous.get("level", 1) != section.get("level", 1):
            changes.append(Change("heading_level_changed", where, before=str(previous.get("level", 1)),
                                  after=str(section.get("level", 1)), field="level"))
        changes.extend(_blocks("paragraph", where, previous.get("paragraphs") or [], section.get("paragraphs") or []))
        changes.extend(_blocks("bullet", where, previous.get("bullets") or [], section.get("bullets") or []))
    return changes


def _quotes(old: list[dict], new: list[dict]) -> list[Change]:
    changes: list[Change] = []

    def score(a: dict, b: dict) -> float:
        return _ratio(_words(a.get("text")), _words(b.get("text")))

    for i, j in _align(old, new, lambda q: _words(q.get("text")), score, BLOCK_SIMILARITY):
        if j is None:
            changes.append(Change("quote_removed", old[i].get("speaker"), before=old[i].get("text"), index=i + 1))
        elif i is None:
            changes.append(Change("quote_added", new[j].get("speaker"), after=new[j].get("text"), index=j + 1))
        else:
            a, b = old[i], new[j]
            if _words(a.get("text")) != _words(b.get("text")):
                changes.append(Change("quote_changed", b.get("speaker"), before=a.get("text"), after=b.get("text"),
                                      words=word_diff(a.get("text") or "", b.get("text") or ""), index=j + 1, field="text"))
            for name in ("speaker", "role", "context"):
                if (a.get(name) or None) != (b.get(name) or None):
                    changes.append(Change("quote_changed", b.get("speaker"), before=a.get(name), after=b.get(name),
                                          index=j + 1, field=name))
    return changes


def _contact_value(contact: dict, name: str) -> str | None:
    value = contact.get(name)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    return value or None


def _contacts(old: list[dict], new: list[dict]) -> list[Change]:
    changes: list[Change] = []

    def score(a: dict, b: dict) -> float:
        return _ratio(_words(a.get("text")), _words(b.get("text")))

    for i, j in _align(old, new, lambda c: _words(c.get("text")), score, 0.3):
        if j is None:
            changes.append(Change("contact_removed", old[i].get("name"), before=old[i].get("text"), index=i + 1))
        elif i is None:
            changes.append(Change("contact_added", new[j].get("name"), after=new[j].get("text"), index=j + 1))
        else:
            for name in _CONTACT_FIELDS:
                before, after = _contact_value(old[i], name), _contact_value(new[j], name)
                if before != after:
                    changes.append(Change("contact_changed", new[j].get("name") or old[i].get("name"),
                                          before=before, after=after, index=j + 1, field=name))
    return changes


def _links(old: list[dict], new: list[dict]) -> list[Change]:
    changes: list[Change] = []
    old_by_url = {link.get("url"): link for link in old}
    new_urls = {link.get("url") for link in new}
    changes.extend(Change("link_removed", link.get("url"), before=link.get("title")) for link in old
                   if link.get("url") not in new_urls)
    for link in new:
        url = link.get("url")
        if url not in old_by_url:
            changes.append(Change("link_added", url, after=link.get("title")))
        elif (old_by_url[url].get("title") or None) != (link.get("title") or None):
            changes.append(Change("link_changed", url, before=old_by_url[url].get("title"), after=link.get("title"), field="title"))
    return changes


def _strings(kind: str, old: list[str], new: list[str]) -> list[Change]:
    changes = [Change(f"{kind}_removed", before=text) for text in old if text not in new]
    changes.extend(Change(f"{kind}_added", after=text) for text in new if text not in old)
    return changes


def _entities(old: dict, new: dict) -> list[Change]:
    changes: list[Change] = []
    for field, word, key, name in _ENTITY_TYPES:
        old_items = {key(e): e for e in (old.get(field) or []) if key(e) is not None}
        new_items = {key(e): e for e in (new.get(field) or []) if key(e) is not None}
        changes.extend(Change("entity_removed", word, before=k, detail=name(e)) for k, e in old_items.items() if k not in new_items)
        changes.extend(Change("entity_added", word, after=k, detail=name(e)) for k, e in new_items.items() if k not in old_items)
    return changes


def _refs(partnership: dict) -> list[str]:
    return [str(party.get("ref")) for party in partnership.get("parties") or []]


def _partnership_key(partnership: dict) -> tuple[str, frozenset[str]]:
    return (str(partnership.get("instrument")), frozenset(_refs(partnership)))


def _partnership_where(partnership: dict) -> str:
    return f"{partnership.get('instrument')}: {' + '.join(_refs(partnership))}"


def _partnership_detail(partnership: dict, *, full: bool = True) -> str:
    """'memorandum of understanding: ILO + ADB (2002) 'name'' (without years and name when not ``full``)."""
    names = [party.get("acronym") or party.get("name") or party.get("ref") for party in partnership.get("parties") or []]
    text = f"{str(partnership.get('instrument') or '').replace('_', ' ')}: {' + '.join(str(n) for n in names)}"
    years = [str(y) for y in (partnership.get("year"), partnership.get("end_year")) if y is not None]
    if full and years:
        text += f" ({'–'.join(years)})"
    if full and partnership.get("name"):
        text += f" '{partnership['name']}'"
    return text


def _partnership_value(partnership: dict, field: str) -> str | None:
    if field == "evidence":
        return str(len(partnership.get("evidence") or []))
    value = partnership.get(field)
    return None if value is None else str(value)


def _partnerships(old: list[dict], new: list[dict]) -> list[Change]:
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


def diff_records(old: dict, new: dict) -> list[Change]:
    """The differences between two records (dicts as loaded from their JSON), in reading order.
    The diff of a record with itself is empty."""
    changes: list[Change] = []
    old_source, new_source = old.get("source") or {}, new.get("source") or {}
    for field in ("sha256", "media_type"):
        if old_source.get(field) != new_source.get(field):
            changes.append(Change("source", "source", before=old_source.get(field), after=new_source.get(field), field=field))
    if (old.get("title") or None) != (new.get("title") or None):
        changes.append(Change("title", "title", before=old.get("title"), after=new.get("title")))
    if (old.get("publisher") or None) != (new.get("publisher") or None):
        changes.append(Change("publisher", "publisher", before=old.get("publisher"), after=new.get("publisher")))
    changes.extend(_sections(old, new))
    changes.extend(_quotes(old.get("quotes") or [], new.get("quotes") or []))
    changes.extend(_contacts(old.get("contacts") or [], new.get("contacts") or []))
    changes.extend(_links(old.get("links") or [], new.get("links") or []))
    changes.extend(_strings("credit", old.get("credits") or [], new.get("credits") or []))
    changes.extend(_entities(old.get("entities") or {}, new.get("entities") or {}))
    changes.extend(_partnerships(old.get("partnerships") or [], new.get("partnerships") or []))
    changes.extend(_strings("warning", old.get("warnings") or [], new.get("warnings") or []))
    return changes


# -------------------------------------------------------------------------------------------- paths

def load_record(path: Path) -> dict:
    """A record file's JSON object; `DiffError` naming the file when it cannot be read or is not a record."""
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
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise DiffError(path, f"not JSON: {error}") from None
    if not isinstance(record, dict) or not isinstance(record.get("source"), dict) or not isinstance(record.get("sections"), list):
        raise DiffError(path, "not a brochure record (a JSON object with 'source' and 'sections')")
    return record


def record_files(folder: Path) -> list[Path]:
    """The record files of an output folder: every ``*.json`` but ``manifest.json``, by name."""
    return sorted(p for p in Path(folder).glob("*.json") if p.is_file() and p.name != "manifest.json" and not p.name.startswith("."))


def _name(old: Path | None, new: Path | None) -> str:
    if old is None or new is None:
        return (old or new).name  # type: ignore[union-attr]
    return new.name if old.name == new.name else f"{old.name} -> {new.name}"


def _document(old: Path | None, new: Path | None, old_record: dict | None, new_record: dict | None) -> DocumentDiff:
    shown_old, shown_new = (None if old is None else str(old)), (None if new is None else str(new))
    if old_record is None:
        return DocumentDiff(_name(old, new), "added", shown_old, shown_new)
    if new_record is None:
        return DocumentDiff(_name(old, new), "removed", shown_old, shown_new)
    changes = tuple(diff_records(old_record, new_record))
    return DocumentDiff(_name(old, new), "changed" if changes else "unchanged", shown_old, shown_new, changes)


def _match(old: dict[str, dict], new: dict[str, dict]) -> list[tuple[str | None, str | None]]:
    """Pair record files of two folders (file name -> record): same source.sha256 first (same file
    name preferred), then same file name; the rest are removed or added."""
    pairs: list[tuple[str | None, str | None]] = []
    left, right = sorted(old), sorted(new)

    def sha(record: dict) -> str | None:
        value = (record.get("source") or {}).get("sha256")
        return value if isinstance(value, str) and value else None

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


def format_change(change: Change) -> str:
    """One change as one line of text (without indentation)."""
    kind, where = change.kind, _short(change.where, 80)
    numbered = f"{where} #{change.index}" if change.index is not None else where
    block = kind.split("_")[0]
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


def format_report(report: DiffReport) -> str:
    """The report as text: per document its name, then one indented line per change."""
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
            lines.extend(f"  {format_change(change)}" for change in document.changes)
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
