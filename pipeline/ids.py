"""Stable ids: every id of a record derived from what it names, so an edit to a brochure moves only
the ids of what it changed (schema 2.0.0; 1.x ids were positional: ``s3.b2``, ``r1``).

The rule (also in schemas/CHANGELOG.md, 2.0.0):

- a block is its kind's letter and a digest of its text: ``p`` paragraph, ``b`` bullet, ``q`` quote,
  ``c`` contact, ``l`` link (a digest of its URL), ``s`` section (a digest of its heading, the
  heading's level left out), ``t`` table (a digest of its caption, else of its header rows, else of
  its first row); e.g. ``b3f0c9a1e2d``. The digest is the first 10 hex digits of the SHA-256 of the
  text with runs of white space made one space. Blocks are not prefixed by their section: renaming
  a heading moves only that section's id.
- a partnership is ``r`` and a digest of its instrument, its parties' ids (sorted) and its first
  year: the same partnership has the same id in every record that finds it.
- parts of a block keep their place in it: a quote's attribution ``<quote id>.a``, a table cell
  ``<table id>.r<row>.c<column>``.
- ids that would be equal within a record (the same text twice; two ILO–ADB memoranda of 2002)
  take an ordinal in reading order: the first ``p1a2b3c4d5e``, the next ``p1a2b3c4d5e.2``.
- organizations: curated ones keep ``org:<slug>`` from pipeline/data/organizations.json; one found
  only by pattern is ``org:found:<slug of its name>``, the same in every record that names it (and
  never equal to a curated id, which has no second colon); one from a registry's own list
  (``--organizations``) is ``org:registry:<slug of the registry's id>``.

``assign_stable_ids`` is the record stage's last step before validation: the earlier stages keep
their positional working ids, and this module alone decides what a registry stores.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.record import BrochureRecord, all_sections

DIGEST_LENGTH = 10
"""Hex digits of SHA-256 in a block id: 40 bits, so two different texts of one brochure share a
digest about once in a trillion brochures (and then take an ordinal, never the same id)."""
MAX_SLUG_LENGTH = 60
"""A found organization's slug longer than this is cut and ends with a digest of the whole name."""
FOUND_NAMESPACE = "org:found:"
REGISTRY_NAMESPACE = "org:registry:"

_CELL = re.compile(r"^(?P<table>[^.]+)\.(?P<cell>r\d+\.c\d+)$")


def normalized(text: str | None) -> str:
    """Text as ids read it: Unicode NFC, runs of white space one space, no space at the ends."""
    text = text or ""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # NFC already, and its only white space is single spaces (the common case)
    # str.split() splits at the white space \s matches, and drops it at the ends (three times as fast as a regex)
    return " ".join(unicodedata.normalize("NFC", text).split())


def digest(*parts: str | None) -> str:
    """The first DIGEST_LENGTH hex digits of SHA-256 over the normalised parts (joined by a unit
    separator, so ("ab", "c") and ("a", "bc") differ)."""
    joined = "\x1f".join(normalized(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def slug(text: str) -> str:
    """Lower-case letters and digits joined by hyphens, accents dropped ("Fédération des Syndicats"
    -> "federation-des-syndicats"); a long one cut, with a digest of the whole text at its end."""
    ascii_text = unicodedata.normalize("NFKD", normalized(text)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
    if len(value) > MAX_SLUG_LENGTH:
        value = f"{value[:MAX_SLUG_LENGTH - DIGEST_LENGTH - 1].rstrip('-')}-{digest(text)}"
    return value


def found_organization_id(name: str) -> str:
    """The document-independent id of an organization found only by pattern: from its name, case
    and punctuation aside, and a leading "the" dropped ("the Ministry of Labour" = "Ministry of labour")."""
    return FOUND_NAMESPACE + slug(re.sub(r"^the\s+", "", normalized(name), flags=re.IGNORECASE))


def registry_organization_id(registry_id: str) -> str:
    """The id of a body a registry's own list (``--organizations``) adds: from the registry's id."""
    return REGISTRY_NAMESPACE + slug(registry_id)


def partnership_key(instrument: str, party_refs: Iterable[str], year: int | None) -> str:
    """The id a partnership gets before ordinals: instrument, sorted party ids, first year."""
    return "r" + digest(instrument, *sorted(party_refs), str(year) if year is not None else "")


class _Allocator:
    """Hands out ids, giving the second and later holders of an id an ordinal (``.2``, ``.3``)."""

    def __init__(self, reserved: Iterable[str] = ()):
        self.used: set[str] = set(reserved)

    def take(self, wanted: str) -> str:
        candidate, number = wanted, 1
        while candidate in self.used:
            number += 1
            candidate = f"{wanted}.{number}"
        self.used.add(candidate)
        return candidate


def assign_stable_ids(record: BrochureRecord, *, copy: bool = True) -> BrochureRecord:
    """The record with every id derived from content (the rule in this module's docstring), and
    every reference to an id (mentions, evidence, reading order, a link's or table's section, a
    party's ref) following it. ``record`` itself is left as it was, unless ``copy`` is False (the
    record stage, which has just assembled it: a deep copy of a record with 50,000 mentions takes
    a second). Applied to a record of schema 1.x, it gives the ids the same record has under 2.0.0
    (``id_changes``: the migration map)."""
    return _reassigned(record.model_copy(deep=True) if copy else record)[0]


@dataclass(frozen=True, slots=True)
class IdChange:
    """One id of a record and the id the stable rule gives the same thing."""

    kind: str  # "block" | "organization" | "partnership"
    old: str
    new: str


def id_changes(record: BrochureRecord) -> list[IdChange]:
    """Every id of ``record`` whose stable id differs, in the record's order: the map from a 1.x
    record's positional ids to the ids of 2.0.0 (``brochure diff OLD NEW --ids``)."""
    return _reassigned(record.model_copy(deep=True))[1]


def _reassigned(record: BrochureRecord) -> tuple[BrochureRecord, list[IdChange]]:
    """Give ``record`` its stable ids, in place; the record, and what changed."""
    old_partnerships = [p.id for p in record.partnerships]
    blocks = _block_ids(record)
    organizations = _organization_ids(record)
    for section in all_sections(record.sections):
        section.id = blocks[section.id]
        for item in [*section.paragraphs, *section.bullets]:
            _set_given_field(item, "id", blocks[item.id])
        section.order = [blocks[i] for i in section.order]
    for item in [*record.quotes, *record.contacts, *record.links, *record.tables]:
        item.id = blocks[item.id]
    for item in [*record.links, *record.tables]:
        item.section = blocks.get(item.section, item.section) if item.section else None
    entities = record.entities
    for organization in entities.organizations:
        organization.id = organizations.get(organization.id, organization.id)
    for entity in [*entities.organizations, *entities.countries, *entities.regions, *entities.years, *entities.themes]:
        for mention in entity.mentions:
            _set_given_field(mention, "block", _block(mention.block, blocks))
    allocator = _Allocator()
    for partnership in record.partnerships:
        for party in partnership.parties:
            party.ref = organizations.get(party.ref, party.ref)
        partnership.id = allocator.take(partnership_key(partnership.instrument, (p.ref for p in partnership.parties),
                                                        partnership.year))
        for evidence in partnership.evidence:
            evidence.block = _block(evidence.block, blocks)
    changes = [IdChange("block", old, new) for old, new in blocks.items() if old != new]
    changes += [IdChange("organization", old, new) for old, new in organizations.items() if old != new]
    changes += [IdChange("partnership", old, p.id) for old, p in zip(old_partnerships, record.partnerships, strict=True) if old != p.id]
    return record, changes


def _set_given_field(model, name: str, value) -> None:
    """``model.<name> = value`` for a field the model was built with (an id, a mention's block):
    what pydantic's ``__setattr__`` does for a model that validates no assignment, without its
    checks and handlers (a record's thousands of mentions took a tenth of the record stage)."""
    model.__dict__[name] = value


def cell_id(table_id: str, row: int, column: int) -> str:
    """The block id of a table's cell: ``<table>.r<row>.c<column>``, both counted from 1 over the
    header rows then the body rows (the record's contract: mentions and evidence point into it)."""
    return f"{table_id}.r{row}.c{column}"


def caption_id(table_id: str) -> str:
    """The block id of a table's caption: ``<table>.caption``."""
    return f"{table_id}.caption"


def source_note_id(table_id: str) -> str:
    """The block id of a table's source note ("Source: ..."): ``<table>.source``."""
    return f"{table_id}.source"


def attribution_id(quote_id: str) -> str:
    """The block id of a quote's attribution lines: ``<quote>.a``."""
    return f"{quote_id}.a"


def host_block(block_id: str) -> str:
    """The block a mention's or an evidence's block id stands in: a quote's attribution
    (``<quote>.a``) is its quote's, a table cell (``<table>.r2.c3``), caption and source note
    (``<table>.caption``, ``<table>.source``) its table's; any other id is its own block's."""
    if block_id.endswith(".a"):
        return block_id[:-2]
    if cell := _CELL.match(block_id):
        return cell["table"]
    if block_id.endswith((".caption", ".source")):
        return block_id.rsplit(".", 1)[0]
    return block_id


def _block(block_id: str, blocks: dict[str, str]) -> str:
    """The new id of a block, or of a part of one (``q1.a``, ``t1.r2.c3``)."""
    if block_id in blocks:
        return blocks[block_id]
    host = host_block(block_id)
    if host in blocks:
        return blocks[host] + block_id[len(host):]
    return block_id  # "title", "subtitle": the same in every record


def _block_ids(record: BrochureRecord) -> dict[str, str]:
    """Old (positional) block id -> stable id, allocated in reading order."""
    allocator = _Allocator(reserved=("title", "subtitle"))
    moved: dict[str, str] = {}

    def give(old: str, wanted: str) -> None:
        moved[old] = allocator.take(wanted)

    for section in all_sections(record.sections):
        give(section.id, "s" + digest(section.heading))
        kinds = {**{p.id: ("p", p.text) for p in section.paragraphs}, **{b.id: ("b", b.text) for b in section.bullets}}
        in_order = set(section.order)
        for block_id in [*section.order, *(i for i in kinds if i not in in_order)]:
            letter, text = kinds[block_id]
            give(block_id, letter + digest(text))
    for quote in record.quotes:
        give(quote.id, "q" + digest(quote.text))
    for contact in record.contacts:
        give(contact.id, "c" + digest(contact.text))
    for link in record.links:
        give(link.id, "l" + digest(link.url))
    for table in record.tables:
        give(table.id, "t" + digest(*_table_identity(table)))
    return moved


def _table_identity(table) -> list[str]:
    """What names a table: its caption, else its header rows, else its first row: an edit to a cell
    of its body moves no id but that cell's block (cells are addressed by their place)."""
    if table.caption:
        return [table.caption]
    rows = table.header_rows or table.rows[:1]
    return [cell or "" for row in rows for cell in row]


def _organization_ids(record: BrochureRecord) -> dict[str, str]:
    """Old id -> new id of the organizations found only by pattern (curated and registry ids stay)."""
    allocator = _Allocator(reserved=(o.id for o in record.entities.organizations if o.known))
    moved: dict[str, str] = {}
    for organization in record.entities.organizations:
        if organization.known or organization.id.startswith((FOUND_NAMESPACE, REGISTRY_NAMESPACE)):
            continue
        wanted = found_organization_id(organization.name)
        if wanted in allocator.used:  # two names one slug apart ("ILO-Korea", "ILO Korea"): apart by the exact name
            wanted = f"{wanted[:len(FOUND_NAMESPACE) + MAX_SLUG_LENGTH]}-{digest(organization.name)}"
        moved[organization.id] = allocator.take(wanted)
    return moved


def record_ids(record: BrochureRecord) -> set[str]:
    """Every id a record gives: its blocks, organizations and partnerships."""
    ids = {s.id for s in all_sections(record.sections)}
    ids |= {item.id for s in all_sections(record.sections) for item in [*s.paragraphs, *s.bullets]}
    ids |= {item.id for item in [*record.quotes, *record.contacts, *record.links, *record.tables]}
    ids |= {o.id for o in record.entities.organizations} | {p.id for p in record.partnerships}
    return ids


def id_map_rows(old_records: list[BrochureRecord], new_records: list[BrochureRecord]) -> list[dict]:
    """The migration map: for each old record (matched to a new one by ``record_id``, that is by
    the bytes of its source), each id whose stable id differs, and whether the new record has it
    (it may not: the pipeline reads the brochure differently now)."""
    new_by_id = {record.record_id: record for record in new_records}
    rows = []
    for record in old_records:
        current = new_by_id.get(record.record_id)
        present = record_ids(current) if current is not None else set()
        for change in id_changes(record):
            status = ("no record of the same source" if current is None
                      else "kept" if change.new in present else "not in the new record")
            rows.append({"record_id": record.record_id, "kind": change.kind, "old_id": change.old, "new_id": change.new,
                         "status": status})
    return rows


def id_map_command(old: str, new: str, *, as_json: bool = False) -> int:
    """``brochure diff OLD NEW --ids``: the map from OLD's ids to NEW's, as TSV (or JSON); 0."""
    import csv
    import json
    import sys

    from pipeline.export import read_records

    rows = id_map_rows(read_records([old]), read_records([new]))
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    writer = csv.DictWriter(sys.stdout, fieldnames=["record_id", "kind", "old_id", "new_id", "status"], delimiter="\t",
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return 0
