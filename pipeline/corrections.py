"""Corrections that survive re-extraction: an editor writes a fix once, in the brochure's
corrections file, and every extraction applies it to the new record and says so.

The file is ``<corrections folder>/<sha256 of the source>.json`` (``brochure extract
--corrections DIR``)::

    {"source_sha256": "<hex>",
     "corrections": [
       {"op": "set", "target": "s3", "field": "heading", "value": "Some examples of partnerships",
        "by": "a.editor", "at": "2026-12-01T10:00:00Z", "note": "the heading was cut"},
       {"op": "set", "target": "org:adb", "field": "identifiers.wikidata", "value": "Q188567", "by": "...", "at": "..."},
       {"op": "set", "target": "org:foo-agency", "field": "id", "value": "org:foo", "by": "...", "at": "..."},
       {"op": "add", "target": "partnerships", "value": {<a partnership as the record has it>}, "by": "...", "at": "..."},
       {"op": "remove", "target": "q2", "by": "...", "at": "..."}]}

Targets: ``record`` (title, subtitle, publisher), a block by its id (a section, paragraph, bullet,
quote, contact, link or table), an organization by its id, a country as ``country:KR``, a
partnership by its id; ``add`` takes ``partnerships`` or ``organizations``. Renaming an
organization's id renames it in the partnerships' parties too.

Each correction is applied to a copy of the record and kept only when the record still validates;
one whose target is not in the record (the brochure or the pipeline changed) or whose value does not
fit is listed with ``applied: false`` and its ``problem``, and the record warns of it: nothing is
dropped silently. The record's ``corrections`` lists every one, applied or not. An organization or
partnership a correction sets a field of no longer ``needs_review`` (the editor has looked); to
clear the flag alone: ``{"op": "set", "target": "<id>", "field": "needs_review", "value": false, ...}``.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.errors import BrochureError
from pipeline.ids import attribution_id
from pipeline.record import BrochureRecord, Correction, Organization, Partnership, all_sections, validation_problem

CORRECTIONS_SUFFIX = ".json"
_EDITABLE_RECORD_FIELDS = ("title", "subtitle", "publisher")


class CorrectionEntry(BaseModel):
    """One correction as the editor writes it."""

    model_config = ConfigDict(extra="forbid")

    op: Literal["set", "add", "remove"]
    target: str
    field: str | None = None
    value: Any = None
    by: str = Field(min_length=1)
    at: datetime
    note: str | None = None


class CorrectionsFile(BaseModel):
    """A brochure's corrections file."""

    model_config = ConfigDict(extra="forbid")

    source_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    corrections: list[CorrectionEntry] = []


def corrections_path(folder: Path, sha256: str) -> Path:
    """Where the corrections of the brochure whose bytes have ``sha256`` are kept."""
    return Path(folder) / f"{sha256}{CORRECTIONS_SUFFIX}"


def read_corrections(folder: Path, sha256: str) -> tuple[CorrectionsFile | None, str | None]:
    """(the brochure's corrections, the file's sha256) or (None, None) when it has none. Raises
    BrochureError (code ``bad_corrections``) naming the file when it cannot be read or is malformed."""
    path = corrections_path(folder, sha256)
    if not path.exists():
        return None, None
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = f"its corrections file {path.as_posix()} cannot be read: {error.strerror or error}"
        raise BrochureError("bad_corrections", reason, path.as_posix()) from None
    try:
        corrections = CorrectionsFile.model_validate_json(data)
    except ValidationError as error:
        if any(problem["type"] == "json_invalid" for problem in error.errors()):
            reason = f"its corrections file {path.as_posix()} is not JSON: {error.errors()[0]['msg']}"
        else:
            reason = validation_problem(error).replace("not a valid brochure record",
                                                       f"its corrections file {path.as_posix()} is not valid")
        raise BrochureError("bad_corrections", reason, path.as_posix()) from None
    if corrections.source_sha256 != sha256:
        reason = f"its corrections file {path.as_posix()} has source_sha256 {corrections.source_sha256}, not the brochure's {sha256}"
        raise BrochureError("bad_corrections", reason, path.as_posix())
    return corrections, hashlib.sha256(data).hexdigest()


class _Missing(LookupError):
    """The target of a correction is not in the record."""


def _find(record: BrochureRecord, target: str) -> tuple[list, Any]:
    """(the list that holds the target, the target) for a block, organization, country or partnership id."""
    for section in all_sections(record.sections):
        if section.id == target:
            holder = next((s.subsections for s in all_sections(record.sections) if section in s.subsections), record.sections)
            return holder, section
        for items in (section.paragraphs, section.bullets):
            for item in items:
                if item.id == target:
                    return items, item
    for items in (record.quotes, record.contacts, record.links, record.tables, record.partnerships, record.entities.organizations):
        for item in items:
            if item.id == target:
                return items, item
    for country in record.entities.countries:
        if target == f"country:{country.iso_alpha2}":
            return record.entities.countries, country
    raise _Missing(f"{target} is not in the record")


def _set(record: BrochureRecord, entry: CorrectionEntry) -> None:
    if not entry.field:
        raise ValueError("a 'set' correction needs a field")
    if entry.target == "record":
        if entry.field not in _EDITABLE_RECORD_FIELDS:
            raise ValueError(f"the record's {entry.field!r} cannot be corrected (only {', '.join(_EDITABLE_RECORD_FIELDS)})")
        _assign(record, entry.field, entry.value)
        return
    _, item = _find(record, entry.target)
    *parents, last = entry.field.split(".")
    owner = item
    for name in parents:
        owner = getattr(owner, name, None)
        if not isinstance(owner, BaseModel):
            raise ValueError(f"{entry.target} has no field {entry.field!r}")
    if last not in type(owner).model_fields or last in ("mentions", "evidence") and not parents:
        raise ValueError(f"{entry.target} has no field {entry.field!r} that can be corrected")
    if isinstance(item, Organization) and entry.field == "id":
        for partnership in record.partnerships:
            for party in partnership.parties:
                if party.ref == item.id:
                    party.ref = entry.value
    _assign(owner, last, entry.value)


def _assign(owner: BaseModel, name: str, value: Any) -> None:
    """Set a field, the value validated as the model's field (ValidationError when it does not fit)."""
    owner.__pydantic_validator__.validate_assignment(owner, name, value)


def _add(record: BrochureRecord, entry: CorrectionEntry) -> None:
    if entry.target == "partnerships":
        partnership = Partnership.model_validate(entry.value)
        if any(p.id == partnership.id for p in record.partnerships):
            raise ValueError(f"the record has a partnership {partnership.id} already")
        record.partnerships.append(partnership)
    elif entry.target == "organizations":
        organization = Organization.model_validate(entry.value)
        if any(o.id == organization.id for o in record.entities.organizations):
            raise ValueError(f"the record has an organization {organization.id} already")
        record.entities.organizations.append(organization)
    else:
        raise ValueError("an 'add' correction's target is 'partnerships' or 'organizations'")


def _remove(record: BrochureRecord, entry: CorrectionEntry) -> None:
    holder, item = _find(record, entry.target)
    holder.remove(item)


_OPERATIONS = {"set": _set, "add": _add, "remove": _remove}
_TEXT_FIELDS = {"text", "heading", "attribution"}


def _drop_stale_mentions(record: BrochureRecord, entry: CorrectionEntry) -> None:
    """After a block's text was corrected, the mentions in it whose offsets no longer hold its words
    go (a reader highlighting them would mark the wrong words); the others stay."""
    if entry.op != "set" or not isinstance(entry.value, str):
        return
    if entry.target == "record" and entry.field in ("title", "subtitle"):
        block = entry.field
    elif entry.field in _TEXT_FIELDS:
        block = attribution_id(entry.target) if entry.field == "attribution" else entry.target
    else:
        return
    text = entry.value
    entities = record.entities
    for items in (entities.organizations, entities.countries, entities.regions, entities.years, entities.themes):
        for item in items:
            item.mentions = [m for m in item.mentions if m.block != block or text[m.start:m.end] == m.text]


def _mark_reviewed(record: BrochureRecord, entry: CorrectionEntry) -> None:
    """An organization or partnership an editor corrected has been looked at: its ``needs_review``
    is cleared (its ``review`` reasons stay, saying why it was asked), unless the correction sets the
    flag itself."""
    if entry.op != "set" or entry.field == "needs_review":
        return
    target = entry.value if entry.field == "id" else entry.target
    for item in (*record.partnerships, *record.entities.organizations):
        if item.id == target:
            item.needs_review = False


def apply_corrections(record: BrochureRecord, corrections: CorrectionsFile | None) -> BrochureRecord:
    """``record`` with each correction applied in order (a new record; ``record`` is not changed),
    and listed in its ``corrections``; one that cannot be applied is listed with ``applied: false``
    and its problem, and warned of."""
    if corrections is None or not corrections.corrections:
        return record
    current = record.model_copy(deep=True)
    applied: list[Correction] = []
    warnings: list[str] = []
    for number, entry in enumerate(corrections.corrections, start=1):
        attempt = current.model_copy(deep=True)
        problem = None
        try:
            _OPERATIONS[entry.op](attempt, entry)
            _drop_stale_mentions(attempt, entry)
            _mark_reviewed(attempt, entry)
            attempt = BrochureRecord.model_validate(attempt.model_dump(mode="json"))  # the value must fit the record
        except _Missing as error:
            problem = f"{error}: the brochure or the pipeline changed since the correction was written"
        except ValidationError as error:
            problem = validation_problem(error).replace("not a valid brochure record: ", "the value does not fit: ")
        except (ValueError, TypeError) as error:
            problem = str(error)
        if problem is None:
            current = attempt
        else:
            where = f"{entry.op} {entry.target}" + (f" {entry.field}" if entry.field else "")
            warnings.append(f"correction {number} ({where}, by {entry.by}) was not applied: {problem}")
        applied.append(Correction(op=entry.op, target=entry.target, field=entry.field, value=entry.value, by=entry.by,
                                  at=entry.at.isoformat().replace("+00:00", "Z"), note=entry.note,
                                  applied=problem is None, problem=problem))
    current.corrections = applied
    current.warnings = [*current.warnings, *warnings]
    return current
