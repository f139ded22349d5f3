"""The registry's own organizations (``brochure extract --organizations FILE``): a registry keeps its
own list of bodies with its own ids; for a run, that list is merged over the shipped data
(pipeline/data/organizations.json), its bodies are recognised like the shipped ones, and their
registry ids appear in the records (``identifiers.registry``) and the exports beside ours.

The file is CSV (a header row) or JSON (a list of objects, or ``{"organizations": [...]}``) with:

| field | required | what |
|---|---|---|
| ``id`` (or ``registry_id``) | yes | the registry's id of the body, unique in the file |
| ``name`` | yes | its name |
| ``acronym`` | no | its acronym |
| ``variants`` | no | other names (a JSON list, or ``;``-separated in CSV) |
| ``kind`` | no | one of the record's organization kinds (default ``other``) |
| ``country`` | no | ISO 3166-1 alpha-2 of its country |

A body whose name or a variant is the name or an alias of a shipped organization is that
organization: it keeps its id (``org:ilo``) and gains the registry id and the variants. Any other
body is new, with the id ``org:registry:<slug of the registry's id>`` (pipeline.ids), apart from
the curated ids and from those of bodies found by pattern.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.errors import UsageError
from pipeline.ids import registry_organization_id
from pipeline.record import OrganizationKind

_active: list[RegistryOrganization] = []


class RegistryOrganization(BaseModel):
    """One body of a registry's list, as the file gives it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: Annotated[str, Field(min_length=1, alias="registry_id")]
    name: Annotated[str, Field(min_length=1)]
    acronym: str | None = None
    variants: list[str] = []
    kind: OrganizationKind = "other"
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None

    @field_validator("id", "name", "acronym", mode="before")
    @classmethod
    def _stripped(cls, value):
        return value.strip() or None if isinstance(value, str) else value

    @field_validator("variants", mode="before")
    @classmethod
    def _split(cls, value):
        if isinstance(value, str):
            return [part.strip() for part in value.split(";") if part.strip()]
        return value

    @field_validator("kind", mode="before")
    @classmethod
    def _other_by_default(cls, value):
        return "other" if value is None or (isinstance(value, str) and not value.strip()) else value

    @field_validator("country", mode="before")
    @classmethod
    def _upper(cls, value):
        return (value.strip().upper() or None) if isinstance(value, str) else value


def load_registry_organizations(path: str | Path) -> list[RegistryOrganization]:
    """The bodies of a registry's file (CSV or JSON, told by its first character), validated.
    Raises UsageError naming the file, the row and the reason when it cannot be used."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the organizations file: {error}") from error
    if text.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise UsageError(f"{path}: not JSON: {error}") from error
        rows = data.get("organizations") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise UsageError(f'{path}: expected a list of organizations, or {{"organizations": [...]}}')
        numbered = list(enumerate(rows, start=1))
        where = "item"
    else:
        reader = csv.DictReader(io.StringIO(text))
        columns = set(reader.fieldnames or [])
        if "name" not in columns or not columns & {"id", "registry_id"}:
            raise UsageError(f"{path}: the CSV header must name the columns id (or registry_id) and name "
                             f"(optional: acronym, variants, kind, country); it has {', '.join(reader.fieldnames or []) or 'none'}")
        numbered = [(number, {k: v for k, v in row.items() if v not in (None, "")}) for number, row in enumerate(reader, start=2)]
        where = "line"
    bodies: list[RegistryOrganization] = []
    seen: dict[str, int] = {}
    bodies_by_key: dict[str, str] = {}
    ids: set[str] = set()
    for number, row in numbered:
        try:
            if not isinstance(row, dict):
                raise UsageError(f"{path}: {where} {number}: expected an object with id and name")
            if None in row:
                raise UsageError(f"{path}: {where} {number}: more cells than the header has columns")
            body = RegistryOrganization.model_validate(row)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "(row)"
            raise UsageError(f"{path}: {where} {number}: {field}: {first['msg']}") from error
        key = registry_organization_id(body.id)  # "REG 1" and "reg-1" would be one record id
        if key in seen:
            raise UsageError(f"{path}: {where} {number}: the id {body.id!r} is given twice (also {where} {seen[key]})"
                             + ("" if body.id in ids else f", as {bodies_by_key[key]!r}: ids that differ only in case or punctuation"))
        seen[key] = number
        bodies_by_key[key] = body.id
        ids.add(body.id)
        bodies.append(body)
    if not bodies:
        raise UsageError(f"{path}: the organizations file lists no organization")
    return bodies


def merged_over(shipped: dict[str, dict]) -> dict[str, dict]:
    """The shipped organizations (id -> data entry) with the active registry list merged over them."""
    if not _active:
        return shipped
    merged = {org_id: {**org, "identifiers": dict(org["identifiers"]), "aliases": list(org["aliases"])} for org_id, org in shipped.items()}
    by_name: dict[str, str] = {}
    for org_id, org in merged.items():
        for form in [org["name"], *org["aliases"]]:
            by_name.setdefault(form.casefold(), org_id)
    for body in _active:
        match = next((by_name[form.casefold()] for form in [body.name, *body.variants] if form.casefold() in by_name), None)
        if match is not None:
            org = merged[match]
            org["identifiers"]["registry"] = body.id
            org["aliases"] = list(dict.fromkeys([*org["aliases"], *(f for f in [body.name, *body.variants] if f != org["name"])]))
            continue
        org_id = registry_organization_id(body.id)
        merged[org_id] = {"id": org_id, "name": body.name, "acronym": body.acronym, "aliases": list(body.variants),
                          "kind": body.kind, "country": body.country, "identifiers": {"registry": body.id}}
    return merged


def use_registry_organizations(path: str | Path | None) -> list[RegistryOrganization]:
    """Make the list in ``path`` the one merged over the shipped data for this process (None: none),
    and drop what was built from the previous one (the organization table, the spaCy pipeline).
    Called once per run, before the workers are forked (they share it)."""
    global _active
    bodies = load_registry_organizations(path) if path is not None else []
    _active = bodies
    from pipeline.entities.vocabulary import organizations

    organizations.cache_clear()
    nlp_module = sys.modules.get("pipeline.entities.nlp")
    if nlp_module is not None:  # built only when a document needed it
        nlp_module.brochure_nlp.cache_clear()
    return bodies

