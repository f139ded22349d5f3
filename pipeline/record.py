"""The record contract (v1): pydantic models that are the one source of the JSON Schema.

Field names are what registries read: add fields freely, rename none without a schema version bump.
Every model forbids unknown fields, so the generated schema says ``additionalProperties: false``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SCHEMA_VERSION = "2.3.0"
"""This version of the record contract. A record of any minor version of the same major validates
(see schemas/CHANGELOG.md)."""

SCHEMA_MAJOR = int(SCHEMA_VERSION.split(".")[0])
BlockId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9.]*$", description="Id of a text block of this record (pipeline/ids.py).")]
OrganizationId = Annotated[str, Field(
    pattern=r"^org:(?:(?:found|registry):)?[a-z0-9][a-z0-9.-]*$",
    description="org:<slug> curated (pipeline/data/organizations.json); org:found:<slug> found only by pattern, "
                "the same in every record; org:registry:<slug> from a registry's own list (--organizations).")]
BBoxList = Annotated[list[float], Field(min_length=4, max_length=4, description="[x0, top, x1, bottom] in PDF points.")]
Year = Annotated[int, Field(ge=1800, le=2199)]
MAX_LEVEL = 6
"""The deepest level of a heading or a bullet (as in HTML's h1..h6): a brochure that sets more than
this many heading sizes, or numbers "1.1.1.1.1.1.1", nests no deeper in the record."""
Level = Annotated[int, Field(ge=1, le=MAX_LEVEL)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class SourceInfo(Model):
    path: str
    media_type: Literal["text/plain", "application/pdf", "image/png", "image/jpeg", "image/tiff"]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size_bytes: Annotated[int, Field(ge=0)]
    page_count: Annotated[int, Field(ge=0)] | None = None


class Paragraph(Model):
    id: BlockId
    text: str
    page: int | None = None
    bbox: BBoxList | None = None


class Bullet(Model):
    id: BlockId
    text: str
    marker: str = Field(description="The glyph or number as printed; '•' for a drawn bullet with no glyph.")
    level: Level = 1
    page: int | None = None
    bbox: BBoxList | None = None


class Section(Model):
    id: BlockId
    heading: str | None = Field(description="None for text that comes before the first heading.")
    level: Level = 1
    page: int | None = None
    bbox: BBoxList | None = None
    paragraphs: list[Paragraph] = []
    bullets: list[Bullet] = []
    order: list[BlockId] = Field(default=[], description="Ids of the paragraphs and bullets in reading order.")
    subsections: list[Section] = []


class Quote(Model):
    id: BlockId
    text: str
    attribution: str | None = Field(
        default=None, description="The attribution lines as printed; mentions in it use the block id '<quote id>.a'."
    )
    speaker: str | None = None
    role: str | None = None
    context: str | None = None
    page: int | None = None
    bbox: BBoxList | None = None


class Contact(Model):
    id: BlockId
    text: str = Field(description="The contact block's lines joined by newlines; mentions point into it.")
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    address: list[str] = []
    phone: str | None = None
    fax: str | None = None
    email: Annotated[str, Field(json_schema_extra={"format": "email"})] | None = None
    url: str | None = None
    page: int | None = None


class Link(Model):
    id: BlockId
    title: str | None = None
    url: Annotated[str, Field(json_schema_extra={"format": "uri"})]
    section: BlockId | None = Field(default=None, description="The section the link is listed in.")
    page: int | None = None


class Table(Model):
    """A table of the brochure: a grid of text as printed (rows of cell texts, top to bottom)."""

    id: BlockId
    page: int | None = Field(default=None, description="The page the table starts on.")
    pages: list[int] = Field(default=[], description="Every page the table stands on (a table continued on the next page).")
    bbox: BBoxList | None = Field(default=None, description="Its box on the page it starts on.")
    section: BlockId | None = Field(default=None, description="The section the table stands in.")
    caption: str | None = Field(default=None, description="'Table 1. ...' as printed above or below it.")
    source_note: str | None = Field(default=None, description="'Source: ...' as printed below it.")
    header_rows: list[list[str | None]] = Field(default=[], description="The heading row(s), cells as rows has them.")
    rows: list[list[str | None]] = Field(
        description="The body rows, each a list of cell texts (wrapped text joined); null for a cell a merged neighbour covers."
    )


class DroppedText(Model):
    reason: str
    characters: Annotated[int, Field(ge=0)]


class OcrReading(Model):
    """How a page without a usable text layer was read by OCR."""

    engine: str = Field(description='The OCR engine and its model ("tesseract-5.5.4/eng").')
    resolution: Annotated[int, Field(gt=0)] = Field(description="Dots per inch the page was rendered or scanned at.")
    words: Annotated[int, Field(ge=0)]
    mean_confidence: Annotated[float, Field(ge=0, le=100)] = Field(description="The words' mean confidence, 0 to 100.")
    low_confidence_words: Annotated[int, Field(ge=0)] = Field(description="Words read with a confidence below the low mark.")
    rotation: Literal[0, 90, 180, 270] = Field(default=0, description="Degrees the page was turned (clockwise) to be upright.")
    skew: float = Field(default=0.0, description="Degrees of skew taken off the page.")


class PageAccounting(Model):
    """Where the characters of one page went (white space not counted). content + tables +
    furniture + credits + the dropped ones = characters."""

    page: int | None = Field(description="The page number; null for a text file without form feeds (one page).")
    reader: Literal["text", "pdfplumber", "pdfium", "ocr"]
    ocr: OcrReading | None = Field(default=None, description="How the page was read by OCR (reader ocr); null otherwise.")
    characters: Annotated[int, Field(ge=0)]
    content: Annotated[int, Field(ge=0)] = Field(description="In the title, sections, quotes, contacts and links.")
    tables: Annotated[int, Field(ge=0)] = 0
    furniture: Annotated[int, Field(ge=0)] = Field(default=0, description="Running headers and footers, page numbers.")
    credits: Annotated[int, Field(ge=0)] = 0
    dropped: list[DroppedText] = []
    structure_source: Literal["tags", "layout"] = Field(
        default="layout",
        description="What decided the structure of the page: the PDF's own structure tree (tags), judged good, "
                    "or the layout (type, position, markers).")
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the language the page's text is in; null when it has too little text to tell.")


class FurnitureLine(Model):
    """A line set apart as page furniture (a running header or footer, a page number), kept so that
    a reviewer sees what was set apart."""

    page: int | None = None
    text: str


class Mention(Model):
    block: BlockId
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


OrganizationKind = Literal[
    "un_agency", "regional_body", "development_bank", "government", "donor_agency",
    "workers_organization", "employers_organization", "company", "ngo", "programme_office", "other",
]


ReviewReason = Literal[
    "found_by_pattern", "read_by_ocr", "party_not_in_data", "year_not_attached",
]
"""Why an organization or a partnership asks an editor for a look (pipeline/review.py says when each holds)."""

REVIEW_DESCRIPTION = ("Why an editor should check it, as the pipeline found (empty: nothing asks for a look): "
                      "found_by_pattern (not in the data), read_by_ocr (named on a page read by OCR), party_not_in_data "
                      "(a party found only by its shape), year_not_attached (a year printed in its evidence, none given).")
NEEDS_REVIEW_DESCRIPTION = ("True while it has a review reason and no editor's correction has touched it; the flag a "
                            "triage filters on.")


class OrganizationIdentifiers(Model):
    wikidata: Annotated[str, Field(pattern=r"^Q[0-9]+$")] | None = None
    iati: str | None = None
    registry: str | None = Field(default=None, description="The id a registry's own list (--organizations) gives the body.")


class Organization(Model):
    id: OrganizationId
    name: str
    acronym: str | None = None
    kind: OrganizationKind = "other"
    known: bool = Field(
        description="True when the organization is in the shipped data or the registry's list; false when found by pattern.")
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    identifiers: OrganizationIdentifiers = OrganizationIdentifiers()
    units: list[str] = Field(
        default=[], description="Its offices and programmes the brochure names ('ILO Regional Office for Asia and the Pacific')."
    )
    mentions: list[Mention] = []
    review: list[ReviewReason] = Field(default=[], description=REVIEW_DESCRIPTION)
    needs_review: bool = Field(default=False, description=NEEDS_REVIEW_DESCRIPTION)


class Country(Model):
    name: str
    iso_alpha2: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    iso_alpha3: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    mentions: list[Mention] = []


class Region(Model):
    id: str
    name: str
    mentions: list[Mention] = []


class YearEntity(Model):
    value: Year
    mentions: list[Mention] = []


Pillar = Literal["employment", "social_protection", "social_dialogue", "rights_at_work"]


class Theme(Model):
    id: str
    label: str
    pillar: Pillar | None = None
    sdg_targets: list[str] = []
    mentions: list[Mention] = []
    salience: Annotated[float, Field(ge=0, le=1)] = Field(
        default=0.0, description="How much the brochure dwells on the theme, relative to its most salient theme (1): title, "
                                 "headings and body blocks that mention it, and its distinct wordings (pipeline/entities/salience.py).")
    primary: bool = Field(default=False, description="The brochure is about this theme (not merely mentions it).")


class Entities(Model):
    organizations: list[Organization] = []
    countries: list[Country] = []
    regions: list[Region] = []
    years: list[YearEntity] = []
    themes: list[Theme] = []


Instrument = Literal[
    "memorandum_of_understanding", "letter_of_intent", "cooperation_agreement", "partnership_agreement",
    "public_private_partnership", "programme", "funding", "partnership",
]


class Party(Model):
    ref: Annotated[str, Field(pattern=r"^(org:(?:(?:found|registry):)?[a-z0-9][a-z0-9.-]*|country:[A-Z]{2})$")]
    name: str
    acronym: str | None = None
    iso_alpha2: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    unit: str | None = Field(default=None, description="The office or programme named for the party ('ILO Jakarta office').")


class Evidence(Model):
    block: BlockId
    text: str


class Partnership(Model):
    id: BlockId
    name: str | None = None
    instrument: Instrument
    parties: Annotated[list[Party], Field(min_length=2)]
    year: Year | None = None
    end_year: Year | None = None
    themes: list[str] = []
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    review: list[ReviewReason] = Field(default=[], description=REVIEW_DESCRIPTION)
    needs_review: bool = Field(default=False, description=NEEDS_REVIEW_DESCRIPTION)


class Correction(Model):
    """An editor's fix of the record, applied after extraction from the brochure's corrections file
    (pipeline.corrections), so that a re-run keeps it. ``applied`` false: its target is no longer in
    the record (or the value does not fit), and ``problem`` says why; the record's warnings say so."""

    op: Literal["set", "add", "remove"]
    target: str = Field(description="'record', a block id ('p3f9a0c21be', 'q41d0e9b7a2'), an organization id ('org:adb'), "
                                    "'country:KR', a partnership id, or (op 'add') 'partnerships' / 'organizations'.")
    field: str | None = Field(default=None, description="The field set (op 'set'), dotted for a nested one ('identifiers.wikidata').")
    value: Any = Field(default=None, description="The new value (op 'set'), or the item added (op 'add').")
    by: str = Field(description="Who wrote the correction.")
    at: Annotated[str, Field(json_schema_extra={"format": "date-time"})] = Field(description="When (ISO 8601).")
    note: str | None = None
    applied: bool
    problem: str | None = None


class PublishingOffice(Model):
    ref: OrganizationId | None = Field(default=None, description="The organization (or the body whose office it is).")
    name: str = Field(description="The office as the brochure names it.")


class Publication(Model):
    """What a catalogue records of the brochure as a publication (pipeline/publication.py)."""

    year: Year | None = Field(
        default=None, description="From '© ILO 2022', 'First published 2019', 'Printed in ... 2022' or a dated cover.")
    year_evidence: str | None = Field(default=None, description="The words the year was read from.")
    isbn: list[Annotated[str, Field(pattern=r"^97[89][0-9]{10}$")]] = Field(
        default=[], description="ISBNs printed (print and PDF editions), checksum-valid, as 13 digits (an ISBN-10 converted).")
    issn: list[Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{3}[0-9X]$")]] = Field(
        default=[], description="ISSNs printed, checksum-valid.")
    codes: list[str] = Field(default=[], description="The publication codes the ILO prints ('ILO-PIC/FS/YE/07').")
    office: PublishingOffice | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code of the language most of the text is in.")
    work_key: Annotated[str, Field(pattern=r"^work:[0-9a-f]{16}$")] = Field(
        description="The same for the PDF and the text of one brochure, different for different brochures "
                    "(pipeline/publication.py; schemas/CHANGELOG.md 2.0.0).")


class Extractor(Model):
    name: Literal["brochure-pipeline"] = "brochure-pipeline"
    version: str


class BrochureRecord(Model):
    """One brochure, as registries read it."""

    model_config = ConfigDict(
        extra="forbid",
        title="BrochureRecord",
        json_schema_extra={"description": "A brochure of the ILO turned into structured data by brochure-pipeline."},
    )

    schema_version: Annotated[str, Field(
        pattern=rf"^{SCHEMA_MAJOR}\.[0-9]+\.[0-9]+$",
        description=f"The contract's version; every minor version of major {SCHEMA_MAJOR} validates.")] = SCHEMA_VERSION
    record_id: Annotated[str, Field(pattern=r"^brochure:sha256:[0-9a-f]{64}$")]
    source: SourceInfo
    title: str | None
    subtitle: str | None = None
    publisher: str | None = None
    publication: Publication | None = Field(default=None, description="Publication metadata (schema 2.0.0; absent in 1.x records).")
    sections: list[Section] = []
    quotes: list[Quote] = []
    contacts: list[Contact] = []
    links: list[Link] = []
    tables: list[Table] = []
    credits: list[str] = []
    furniture: list[FurnitureLine] = []
    pages: list[PageAccounting] = Field(default=[], description="Per page, where its characters went.")
    entities: Entities = Entities()
    partnerships: list[Partnership] = []
    warnings: list[str] = []
    corrections: list[Correction] = Field(default=[], description="The editors' corrections applied (or not) after extraction.")
    extractor: Extractor


def all_sections(sections: Iterable[Section]) -> list[Section]:
    """Sections and their subsections, depth first, in reading order."""
    found: list[Section] = []
    for section in sections:
        found.append(section)
        found.extend(all_sections(section.subsections))
    return found


READABLE_MAJORS = (SCHEMA_MAJOR - 1, SCHEMA_MAJOR)
"""Record majors the tools read (diff, report, export): this one, and the one before, whose records
are this major's minus the fields added since (1.x -> 2.0.0 changed what ids mean, not the shape)."""


def as_record(record: BrochureRecord | dict) -> BrochureRecord:
    """A record as its model: a `BrochureRecord` as it is, a dict (a record's JSON) validated into one
    (pydantic's ValidationError, a ValueError, when it is not a record). A record of the previous
    major is read too (its ``schema_version`` kept), so old and new records can be compared."""
    if isinstance(record, BrochureRecord):
        return record
    version = record.get("schema_version") if isinstance(record, dict) else None
    major = version.split(".")[0] if isinstance(version, str) and version.count(".") == 2 else None
    if major is not None and major.isdigit() and int(major) in READABLE_MAJORS[:-1]:
        model = BrochureRecord.model_validate({**record, "schema_version": SCHEMA_VERSION})
        model.schema_version = version
        return model
    return BrochureRecord.model_validate(record)


def validation_problem(error: ValidationError) -> str:
    """The first problem pydantic found, as "not a valid brochure record: invalid at
    quotes[0].speaker: Input should be ..."."""
    first = error.errors()[0]
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"]).lstrip(".") or "(record)"
    more = error.error_count() - 1
    return f"not a valid brochure record: invalid at {where}: {first['msg']}" + (f" (and {more} more)" if more else "")
