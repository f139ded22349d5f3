"""Flat exports of a batch's records for registries: tables that join on the record's ids (CSV, or
Parquet through pyarrow) and linked data (JSON-LD with a schema.org context).

    brochure export FOLDER --to csv|parquet|jsonld -o DIR

Tables (one file each, ``<table>.csv`` or ``<table>.parquet``; the columns are ``TABLES`` below,
in order, and the README lists them): ``records``, ``partnerships``, ``parties``,
``organizations``, ``mentions``, ``countries``, ``themes``, ``sections``, ``tables``. Every row
carries its ``record_id``; a party's ``ref`` is an ``organization_id`` of the same record's
``organizations`` rows or ``country:<iso_alpha2>`` of its ``countries`` rows. Rows come in the
order of the records (records.jsonl, which is input order) and, within a record, in its order, so
an export is the same bytes for the same records.

JSON-LD: ``brochures.jsonld``, one ``@graph`` with a ``CreativeWork`` per record (schema.org terms:
``name``, ``publisher``, ``datePublished``, ``inLanguage``, ``isbn``, ``issn``, ``about`` for the
themes as ``DefinedTerm``, ``mentions`` for the organizations and countries, ``exampleOfWork``
for the work key shared by a brochure's PDF and text), ``Organization`` nodes (``sameAs``
Wikidata, ``identifier`` IATI and the registry's id), ``Country`` nodes (``identifier``: the
ISO 3166-1 code) and ``bp:Partnership`` nodes of the project's own vocabulary; the context is
schemas/brochure-context.jsonld, inlined so that the file reads offline.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pipeline.errors import UsageError
from pipeline.files import json_lines, write_atomic
from pipeline.record import BrochureRecord, Mention, all_sections, as_record, validation_problem
from pipeline.resources import data_file

FORMATS = ("csv", "parquet", "jsonld")
LIST_SEPARATOR = ";"
"""How a list value (themes, SDG targets, ISBNs) is written in one CSV cell."""
CONTEXT_FILE = "brochure-context.jsonld"
WIKIDATA = "https://www.wikidata.org/wiki/"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # "str" | "int" | "bool"
    description: str


def _columns(*specs: tuple[str, str, str]) -> list[Column]:
    return [Column(*spec) for spec in specs]


TABLES: dict[str, list[Column]] = {
    "records": _columns(
        ("record_id", "str", "brochure:sha256:<hex of the source bytes>"),
        ("work_key", "str", "shared by the PDF and the text of one brochure"),
        ("schema_version", "str", "the record's schema version"),
        ("source_path", "str", "the input as given"),
        ("media_type", "str", "text/plain or application/pdf"),
        ("title", "str", "the title"),
        ("publisher", "str", "the publisher as printed"),
        ("office_ref", "str", "the organization id of the publishing office"),
        ("year", "int", "the publication year"),
        ("language", "str", "ISO 639-1 code of the text's language"),
        ("isbn", "str", "ISBN-13s, ';'-separated"),
        ("issn", "str", "ISSNs, ';'-separated"),
        ("codes", "str", "ILO publication codes, ';'-separated"),
        ("page_count", "int", "pages of the file"),
    ),
    "partnerships": _columns(
        ("record_id", "str", "the record"),
        ("partnership_id", "str", "r<digest of instrument, parties, first year>"),
        ("name", "str", "the name printed ('ILO/ADB Memorandum of Understanding')"),
        ("instrument", "str", "memorandum_of_understanding, letter_of_intent, ..."),
        ("year", "int", "the first year"),
        ("end_year", "int", "the last year of a range"),
        ("themes", "str", "theme ids, ';'-separated"),
        ("evidence_block", "str", "the block id of the first evidence"),
        ("evidence_text", "str", "the sentence that says so"),
        ("needs_review", "bool", "an editor should check it (pipeline/review.py)"),
        ("review", "str", "why, ';'-separated: year_not_attached, party_not_in_data, ..."),
    ),
    "parties": _columns(
        ("record_id", "str", "the record"),
        ("partnership_id", "str", "the partnership"),
        ("position", "int", "1, 2, ... in the partnership's order"),
        ("ref", "str", "organization_id (organizations) or country:<ISO alpha-2> (countries)"),
        ("name", "str", "the party's name"),
        ("acronym", "str", "its acronym"),
        ("iso_alpha2", "str", "for a country party"),
        ("unit", "str", "the office or programme named for it"),
    ),
    "organizations": _columns(
        ("record_id", "str", "the record"),
        ("organization_id", "str", "org:<slug>, org:found:<slug> or org:registry:<slug>"),
        ("name", "str", "canonical name"),
        ("acronym", "str", "acronym"),
        ("kind", "str", "un_agency, development_bank, ..."),
        ("known", "bool", "in the shipped data or the registry's list"),
        ("country", "str", "ISO alpha-2 of its country"),
        ("wikidata", "str", "Wikidata Q-id"),
        ("iati", "str", "IATI organisation identifier"),
        ("registry_id", "str", "the id the registry's own list gives it"),
        ("units", "str", "its offices and programmes named, ';'-separated"),
        ("mention_count", "int", "how often the brochure names it"),
        ("needs_review", "bool", "an editor should check it (pipeline/review.py)"),
        ("review", "str", "why, ';'-separated: found_by_pattern, read_by_ocr"),
    ),
    "mentions": _columns(
        ("record_id", "str", "the record"),
        ("entity_type", "str", "organization, country, region, year or theme"),
        ("entity_id", "str", "organization_id, country:<alpha-2>, region id, the year, theme id"),
        ("block", "str", "the block id the mention is in"),
        ("start", "int", "character offset in the block's text"),
        ("end", "int", "character offset after it"),
        ("text", "str", "the words as printed"),
    ),
    "countries": _columns(
        ("record_id", "str", "the record"),
        ("iso_alpha2", "str", "ISO 3166-1 alpha-2"),
        ("iso_alpha3", "str", "ISO 3166-1 alpha-3"),
        ("name", "str", "ISO name"),
        ("mention_count", "int", "how often the brochure names it"),
    ),
    "themes": _columns(
        ("record_id", "str", "the record"),
        ("theme_id", "str", "id of pipeline/data/themes.json"),
        ("label", "str", "label"),
        ("pillar", "str", "Decent Work strategic objective"),
        ("sdg_targets", "str", "SDG targets, ';'-separated"),
        ("mention_count", "int", "how often the brochure names it"),
    ),
    "sections": _columns(
        ("record_id", "str", "the record"),
        ("section_id", "str", "s<digest of the heading>"),
        ("parent_id", "str", "the section it is a subsection of"),
        ("position", "int", "1, 2, ... in reading order over the record"),
        ("heading", "str", "as printed"),
        ("level", "int", "1 = top"),
        ("page", "int", "where it starts"),
        ("paragraphs", "int", "paragraphs in it (not its subsections)"),
        ("bullets", "int", "bullets in it"),
    ),
    "tables": _columns(
        ("record_id", "str", "the record"),
        ("table_id", "str", "t<digest of caption or header>"),
        ("section_id", "str", "the section it stands in"),
        ("page", "int", "where it starts"),
        ("caption", "str", "as printed"),
        ("source_note", "str", "as printed"),
        ("header_rows", "int", "heading rows"),
        ("body_rows", "int", "body rows"),
        ("columns", "int", "cells in its widest row"),
        ("cells_json", "str", "header and body rows as a JSON array of arrays"),
    ),
}


def read_records(sources: list[str | Path]) -> list[BrochureRecord]:
    """The records of output folders (records.jsonl, else every ``*.json`` record but the
    manifest), record files (.json) or JSONL files, in order. Raises UsageError naming the file and
    the reason when one is missing, not JSON or not a record."""
    records: list[BrochureRecord] = []
    for source in map(Path, sources):
        if source.is_dir():
            files = [source / "records.jsonl"] if (source / "records.jsonl").is_file() else sorted(
                p for p in source.glob("*.json") if p.name != "manifest.json")
            if not files:
                raise UsageError(f"{source}: the folder holds no records (records.jsonl or *.json)")
        elif source.is_file():
            files = [source]
        else:
            raise UsageError(f"{source}: no such file or folder")
        for path in files:
            records.extend(_records_of(path))
    return records


def _records_of(path: Path) -> Iterator[BrochureRecord]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read: {error}") from error
    documents = [(n, line) for n, line in json_lines(text) if line.strip()] if path.suffix == ".jsonl" else [(0, text)]
    for number, document in documents:
        where = f"{path}:{number}" if number else str(path)
        try:
            yield as_record(json.loads(document))
        except json.JSONDecodeError as error:
            raise UsageError(f"{where}: not JSON: {error}") from error
        except ValidationError as error:
            raise UsageError(f"{where}: {validation_problem(error)}") from error
        except (TypeError, AttributeError, ValueError) as error:
            raise UsageError(f"{where}: not a brochure record ({error})") from error


def table_rows(records: list[BrochureRecord]) -> dict[str, list[dict]]:
    """Every table's rows (dicts keyed by the column names of TABLES), records in order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for record in records:
        for name, make in _ROW_MAKERS.items():
            rows[name].extend(make(record))
    return rows


def _joined(values) -> str | None:
    values = [str(v) for v in values]
    return LIST_SEPARATOR.join(values) if values else None


def _record_rows(record: BrochureRecord) -> Iterator[dict]:
    publication = record.publication
    yield {
        "record_id": record.record_id, "work_key": publication.work_key if publication else None,
        "schema_version": record.schema_version, "source_path": record.source.path, "media_type": record.source.media_type,
        "title": record.title, "publisher": record.publisher,
        "office_ref": publication.office.ref if publication and publication.office else None,
        "year": publication.year if publication else None, "language": publication.language if publication else None,
        "isbn": _joined(publication.isbn) if publication else None, "issn": _joined(publication.issn) if publication else None,
        "codes": _joined(publication.codes) if publication else None, "page_count": record.source.page_count,
    }


def _partnership_rows(record: BrochureRecord) -> Iterator[dict]:
    for p in record.partnerships:
        yield {"record_id": record.record_id, "partnership_id": p.id, "name": p.name, "instrument": p.instrument,
               "year": p.year, "end_year": p.end_year, "themes": _joined(p.themes),
               "evidence_block": p.evidence[0].block, "evidence_text": p.evidence[0].text,
               "needs_review": p.needs_review, "review": _joined(p.review)}


def _party_rows(record: BrochureRecord) -> Iterator[dict]:
    for p in record.partnerships:
        for position, party in enumerate(p.parties, start=1):
            yield {"record_id": record.record_id, "partnership_id": p.id, "position": position, "ref": party.ref,
                   "name": party.name, "acronym": party.acronym, "iso_alpha2": party.iso_alpha2, "unit": party.unit}


def _organization_rows(record: BrochureRecord) -> Iterator[dict]:
    for o in record.entities.organizations:
        yield {"record_id": record.record_id, "organization_id": o.id, "name": o.name, "acronym": o.acronym, "kind": o.kind,
               "known": o.known, "country": o.country, "wikidata": o.identifiers.wikidata, "iati": o.identifiers.iati,
               "registry_id": o.identifiers.registry, "units": _joined(o.units), "mention_count": len(o.mentions),
               "needs_review": o.needs_review, "review": _joined(o.review)}


def _mention_rows(record: BrochureRecord) -> Iterator[dict]:
    e = record.entities
    groups: list[tuple[str, Callable, list]] = [
        ("organization", lambda x: x.id, e.organizations), ("country", lambda x: f"country:{x.iso_alpha2}", e.countries),
        ("region", lambda x: x.id, e.regions), ("year", lambda x: str(x.value), e.years), ("theme", lambda x: x.id, e.themes),
    ]
    for entity_type, key, entities in groups:
        for entity in entities:
            for m in entity.mentions:
                yield _mention_row(record, entity_type, key(entity), m)


def _mention_row(record: BrochureRecord, entity_type: str, entity_id: str, m: Mention) -> dict:
    return {"record_id": record.record_id, "entity_type": entity_type, "entity_id": entity_id, "block": m.block,
            "start": m.start, "end": m.end, "text": m.text}


def _country_rows(record: BrochureRecord) -> Iterator[dict]:
    for c in record.entities.countries:
        yield {"record_id": record.record_id, "iso_alpha2": c.iso_alpha2, "iso_alpha3": c.iso_alpha3, "name": c.name,
               "mention_count": len(c.mentions)}


def _theme_rows(record: BrochureRecord) -> Iterator[dict]:
    for t in record.entities.themes:
        yield {"record_id": record.record_id, "theme_id": t.id, "label": t.label, "pillar": t.pillar,
               "sdg_targets": _joined(t.sdg_targets), "mention_count": len(t.mentions)}


def _section_rows(record: BrochureRecord) -> Iterator[dict]:
    parents = {sub.id: section.id for section in all_sections(record.sections) for sub in section.subsections}
    for position, s in enumerate(all_sections(record.sections), start=1):
        yield {"record_id": record.record_id, "section_id": s.id, "parent_id": parents.get(s.id), "position": position,
               "heading": s.heading, "level": s.level, "page": s.page, "paragraphs": len(s.paragraphs), "bullets": len(s.bullets)}


def _table_rows(record: BrochureRecord) -> Iterator[dict]:
    for t in record.tables:
        rows = [*t.header_rows, *t.rows]
        yield {"record_id": record.record_id, "table_id": t.id, "section_id": t.section, "page": t.page, "caption": t.caption,
               "source_note": t.source_note, "header_rows": len(t.header_rows), "body_rows": len(t.rows),
               "columns": max((len(r) for r in rows), default=0), "cells_json": json.dumps(rows, ensure_ascii=False)}


_ROW_MAKERS: dict[str, Callable[[BrochureRecord], Iterator[dict]]] = {
    "records": _record_rows, "partnerships": _partnership_rows, "parties": _party_rows, "organizations": _organization_rows,
    "mentions": _mention_rows, "countries": _country_rows, "themes": _theme_rows, "sections": _section_rows, "tables": _table_rows,
}


def csv_text(name: str, rows: list[dict]) -> str:
    """A table as CSV (RFC 4180 quoting, a header row, ``\\n`` line ends; None an empty cell,
    booleans ``true``/``false``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = TABLES[name]
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow(["" if row[c.name] is None else ("true" if row[c.name] else "false") if c.type == "bool" else row[c.name]
                         for c in columns])
    return buffer.getvalue()


def parquet_bytes(name: str, rows: list[dict]) -> bytes:
    """A table as Parquet (typed columns, nulls kept). Needs pyarrow: ``pip install 'brochure-pipeline[parquet]'``."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise UsageError("--to parquet needs pyarrow: pip install 'brochure-pipeline[parquet]'") from error
    types = {"str": pa.string(), "int": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([pa.field(c.name, types[c.type], nullable=True) for c in TABLES[name]])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def context() -> dict:
    """The JSON-LD ``@context`` (schemas/brochure-context.jsonld: the same object)."""
    return data_file("jsonld-context.json")


def jsonld_document(records: list[BrochureRecord]) -> dict:
    """The records as one JSON-LD document: ``@context`` and a ``@graph`` of works, organizations,
    countries and partnerships (each organization and country once, however many records name it)."""
    graph: list[dict] = []
    organizations: dict[str, dict] = {}
    countries: dict[str, dict] = {}
    for record in records:
        work = _work_node(record)
        graph.append(work)
        for org in record.entities.organizations:
            node = organizations.setdefault(org.id, {"@id": org.id, "@type": "Organization", "name": org.name})
            if org.acronym:
                node["alternateName"] = org.acronym
            identifiers = [{"@type": "PropertyValue", "propertyID": scheme, "value": value}
                           for scheme, value in (("IATI", org.identifiers.iati), ("registry", org.identifiers.registry)) if value]
            if identifiers:
                node["identifier"] = identifiers
            if org.identifiers.wikidata:
                node["sameAs"] = WIKIDATA + org.identifiers.wikidata
        for country in record.entities.countries:
            countries.setdefault(country.iso_alpha2, {
                "@id": f"country:{country.iso_alpha2}", "@type": "Country", "name": country.name,
                "identifier": [{"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-2", "value": country.iso_alpha2},
                               {"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-3", "value": country.iso_alpha3}]})
        for p in record.partnerships:
            node = {"@id": f"{record.record_id}#{p.id}", "@type": "bp:Partnership", "instrument": p.instrument,
                    "parties": [party.ref for party in p.parties], "subjectOf": record.record_id,
                    "evidence": p.evidence[0].text}
            if p.name:
                node["name"] = p.name
            if p.year is not None:
                node["startYear"] = p.year
            if p.end_year is not None:
                node["endYear"] = p.end_year
            if p.themes:
                node["about"] = [f"theme:{t}" for t in p.themes]
            graph.append(node)
    graph.extend(organizations[key] for key in sorted(organizations))
    graph.extend(countries[key] for key in sorted(countries))
    return {"@context": context(), "@graph": graph}


def _work_node(record: BrochureRecord) -> dict:
    node: dict = {"@id": record.record_id, "@type": "CreativeWork", "encodingFormat": record.source.media_type}
    if record.title:
        node["name"] = record.title
    publication = record.publication
    if publication:
        node["exampleOfWork"] = publication.work_key
        if publication.year is not None:
            node["datePublished"] = str(publication.year)
        if publication.language:
            node["inLanguage"] = publication.language
        if publication.isbn:
            node["isbn"] = publication.isbn
        if publication.issn:
            node["issn"] = publication.issn
        if publication.codes:
            node["identifier"] = [{"@type": "PropertyValue", "propertyID": "ILO publication code", "value": c} for c in publication.codes]
        if publication.office and publication.office.ref:
            node["publisher"] = publication.office.ref
    themes = record.entities.themes
    if themes:
        node["about"] = [{"@id": f"theme:{t.id}", "@type": "DefinedTerm", "name": t.label, "termCode": t.id,
                          "inDefinedTermSet": "bp:themes"} for t in themes]
    mentioned = [o.id for o in record.entities.organizations] + [f"country:{c.iso_alpha2}" for c in record.entities.countries]
    if mentioned:
        node["mentions"] = mentioned
    return node


def export(records: list[BrochureRecord], out_dir: Path, to: str) -> list[Path]:
    """Write the export of ``records`` in format ``to`` (csv, parquet, jsonld) into ``out_dir``;
    returns the files written."""
    if to not in FORMATS:
        raise UsageError(f"--to must be one of {', '.join(FORMATS)}, not {to!r}")
    out_dir = Path(out_dir)
    if to == "jsonld":
        path = out_dir / "brochures.jsonld"
        write_atomic(path, json.dumps(jsonld_document(records), indent=2, ensure_ascii=False) + "\n")
        return [path]
    written = []
    for name, rows in table_rows(records).items():
        path = out_dir / f"{name}.{to}"
        write_atomic(path, csv_text(name, rows) if to == "csv" else parquet_bytes(name, rows))
        written.append(path)
    return written


def export_command(sources: list[str], out_dir: str, to: str, *, quiet: bool = False) -> int:
    """``brochure export``: 0 when written; a UsageError (exit 2) names a bad input."""
    records = read_records(sources)
    written = export(records, Path(out_dir), to)
    if not quiet:
        print(f"{len(records)} records exported as {to}: {', '.join(p.name for p in written)} in {out_dir}/")
    return 0
