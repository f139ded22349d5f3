"""Static HTML pages for people to read records: one page per brochure and an index.html.

``write_report(source, out_dir)`` takes one record file or a folder of them (the output folder of
``brochure extract``) and writes ``<record name>.html`` per record plus ``index.html``. Records are
read through the pydantic models (`BrochureRecord`), so a record of any 1.x schema renders; one that
does not validate is not a record.

The pages work offline and load nothing: no scripts, no fonts, no images, the CSS inline, and a
Content-Security-Policy meta tag (``default-src 'none'``) so the browser refuses any load that slips
in. Plain ``<a href>`` links to a brochure's resources stay links. Entity mentions are highlighted
in the text with spaCy's displaCy (``style="ent", manual=True``), built from the record's mentions
(block id, start, end); the labels are drawn by CSS, so the text of the page stays the brochure's
text. Same input, same bytes: nothing depends on time, locale or dict order outside the record.

A brochure's tables are HTML tables in the section they stand in (or in a "Tables" part when the
section is not in the record), their cells highlighted like paragraphs. Each page's accounting
(where its characters went) is a table of its own, a page with much furniture or dropped characters
highlighted, and the index flags such records so that triage sees them first.

When the folder holds a ``manifest.json`` written by the batch runner, the index lists its failed
documents first, with their error code and message. A record file of the folder that cannot be read
is listed as failed (code ``unreadable_record``) rather than stopping the report; a single record
file given as ``source`` that cannot be read raises `ReportError`.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from pydantic import ValidationError

from pipeline.errors import FileError
from pipeline.files import write_atomic
from pipeline.ids import attribution_id, caption_id, cell_id, source_note_id
from pipeline.layout.accounting import dropped_characters, too_much_furniture
from pipeline.manifest import Manifest, ManifestEntry, ManifestError, read_manifest
from pipeline.record import (
    BrochureRecord,
    Bullet,
    Country,
    Mention,
    Organization,
    PageAccounting,
    Paragraph,
    Region,
    Section,
    Table,
    Theme,
    YearEntity,
    all_sections,
    as_record,
    validation_problem,
)
from pipeline.report_script import SCRIPT, SCRIPT_CSP
from pipeline.source_pages import PAGE_DPI as SOURCE_DPI
from pipeline.source_pages import RenderedPage, SourceView, view_source

__all__ = [
    "BATCH_PAGES", "ENTITY_COLORS", "ENTITY_LABELS", "ReportError", "batch_counts", "count_record", "load_manifest",
    "page_concerns", "record_attention", "record_concerns", "render_countries", "render_index", "render_organizations",
    "render_partnerships", "render_record", "render_text", "report_command", "write_report",
]

#: The displaCy label of each entity type of ``record.entities``.
ENTITY_LABELS = {"organizations": "ORG", "countries": "COUNTRY", "regions": "REGION", "years": "YEAR", "themes": "THEME"}
#: One colour per label (displaCy ``options["colors"]``).
ENTITY_COLORS = {"ORG": "#7aecec", "COUNTRY": "#feca74", "REGION": "#c9a7fb", "YEAR": "#bfe1d9", "THEME": "#ffe680"}
_TYPE_WORDS = {"ORG": "Organization", "COUNTRY": "Country", "REGION": "Region", "YEAR": "Year", "THEME": "Theme"}
_TYPE_ORDER = {label: rank for rank, label in enumerate(ENTITY_COLORS)}

# displaCy's template for one entity: no whitespace added to the text, the label drawn by CSS from
# data-label (so a page's text is the brochure's text), the entity named in the tooltip.
_ENT_TEMPLATE = '<mark class="entity ent-{cls}" data-label="{label}" style="background: {bg}" title="{tip}">{text}</mark>'
_DISPLACY_WRAPPER = re.compile(r'<div class="entities"[^>]*>(.*)</div>', re.DOTALL)
_SAFE_URL = re.compile(r"^(https?|ftp)://[^\s\"'<>]+$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s\"'<>]+@[^@\s\"'<>]+\.[^@\s\"'<>]+$")
_WIKIDATA = re.compile(r"^Q[0-9]+$")

_CSP = (f"default-src 'none'; style-src 'unsafe-inline'; script-src {SCRIPT_CSP}; img-src 'self' data:; "
        "base-uri 'none'; form-action 'none'")
"""Nothing loads but the page's own styles, its one script (by hash: pipeline.report_script) and the
source pages' pictures beside it."""

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: #1d2430;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.page { max-width: 1120px; margin: 0 auto; padding: 20px 36px 64px; background: #fff; min-height: 100vh; }
a { color: #0b5cad; }
.crumbs { margin: 0 0 .5em; font-size: .9rem; }
p.subtitle { font-size: 1.2rem; color: #3c4757; margin: -.2em 0 .8em; }
h1 { font-size: 2rem; line-height: 1.3; margin: .2em 0 .4em; }
h2 { font-size: 1.45rem; margin: 1.6em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid #d9dee5; }
h3 { font-size: 1.2rem; margin: 1.2em 0 .4em; }
h4, h5, h6 { font-size: 1.05rem; margin: 1em 0 .35em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .5em 0 1em; font-size: .92rem; }
.meta dt { color: #5b6676; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.counts { color: #3c4757; margin: .4em 0; }
.legend { font-size: .92rem; }
.legend mark { margin-right: .6em; }
nav.contents { font-size: .92rem; background: #f6f8fa; border: 1px solid #d9dee5; border-radius: 6px; padding: .5em 1em; }
nav.contents ol { margin: .3em 0; padding-left: 1.4em; columns: 2; }
.brochure-section { margin-left: 0; }
.brochure-section .brochure-section { margin-left: 1.2em; }
.untitled { color: #5b6676; font-style: italic; font-weight: normal; }
p.para { margin: .5em 0 .8em; }
ul.bullets { list-style: none; margin: .4em 0 1em; padding: 0; }
li.bullet { display: flex; gap: .55em; margin: .35em 0; }
li.bullet .marker { flex: none; min-width: 1.1em; color: #5b6676; }
li.lvl-1 { margin-left: 0.4em; } li.lvl-2 { margin-left: 2.2em; } li.lvl-3 { margin-left: 4em; }
li.lvl-4 { margin-left: 5.8em; } li.lvl-5 { margin-left: 7.6em; } li.lvl-6 { margin-left: 9.4em; }
mark.entity { color: inherit; padding: .05em .28em; border-radius: .3em; line-height: 1.9;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.entity::after { content: attr(data-label); font-size: .6em; font-weight: 700; letter-spacing: .04em;
  margin-left: .4em; vertical-align: .15em; opacity: .65; }
figure.quote { margin: 1em 0; padding: .6em 1.2em; border-left: 4px solid #9fb3c8; background: #f6f8fa; }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote figcaption { margin-top: .4em; color: #3c4757; }
.contact { border: 1px solid #d9dee5; border-radius: 6px; padding: .6em 1em; margin: .8em 0; }
.contact dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; font-size: .92rem; margin: .6em 0 0; }
.contact dt { color: #5b6676; } .contact dd { margin: 0; }
.url { color: #5b6676; font-size: .88rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5em 0 1.5em; }
th, td { border: 1px solid #d9dee5; padding: .35em .55em; text-align: left; vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td code { white-space: nowrap; }
td.code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .85rem; white-space: nowrap; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em; vertical-align: -.1em; margin-right: .4em; }
.blocks { font-size: .82rem; color: #5b6676; }
.evidence { font-size: .88rem; }
.none { color: #5b6676; font-style: italic; }
ul.warnings li { background: #fff4e5; border-left: 4px solid #e8a33d; padding: .3em .6em; margin: .3em 0; list-style: none; }
ul.warnings { padding: 0; }
.status { font-weight: 600; white-space: nowrap; }
.status-ok { color: #1f7a3a; } .status-failed, .status-missing { color: #a4161a; } .status-skipped { color: #7a5c00; }
tr.failed td { background: #fdf0f0; }
figure.brochure-table { margin: .8em 0 1.5em; overflow-x: auto; }
figure.brochure-table table { margin: 0; }
figure.brochure-table caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .35em; }
td.merged, th.merged { background: #f6f8fa; }
.source-note { margin: .35em 0 0; font-size: .85rem; color: #3c4757; }
tr.flagged td { background: #ffe9cc; }
tr.flagged td:first-child { box-shadow: inset 4px 0 0 #e8a33d; }
.badge { display: inline-block; margin: .1em .3em .1em 0; padding: 0 .45em; border: 1px solid #e8a33d; border-radius: .6em;
  background: #fff4e5; color: #6b4100; font-size: .8rem; font-weight: 600; white-space: nowrap; }
details.furniture { margin: .5em 0 1.5em; }
details.furniture summary { cursor: pointer; }
.page.wide { max-width: 1760px; }
.with-source { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 28px; align-items: start; }
.source-panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 4px 12px 24px; background: #f6f8fa;
  border-left: 1px solid #d9dee5; }
.source-panel h2 { margin-top: .4em; }
figure.source-page { margin: 0 0 18px; }
figure.source-page figcaption { font-size: .85rem; color: #5b6676; margin: .2em 0; }
.sheet { position: relative; width: 100%; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .25); }
.sheet img { display: block; width: 100%; height: auto; }
a.box { position: absolute; display: block; border: 1px solid rgba(11, 92, 173, .5); background: rgba(11, 92, 173, .07); }
a.box:hover, a.box:focus { background: rgba(11, 92, 173, .18); }
a.box.active { border: 2px solid #d9480f; background: rgba(255, 146, 43, .3); z-index: 2; }
[data-box] { cursor: pointer; }
[data-box]:hover { background: #f1f6fc; }
.active:not(a.box):not(section), section.active > :first-child { outline: 3px solid #ff922b; outline-offset: 2px;
  background: #fff4e5; }
pre.source-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .8rem; line-height: 1.45; background: #fff;
  border: 1px solid #d9dee5; padding: .8em; margin: 0; }
.filters { display: flex; flex-wrap: wrap; gap: .6em 1.4em; align-items: center; margin: .6em 0 .8em; padding: .6em .9em;
  background: #f6f8fa; border: 1px solid #d9dee5; border-radius: 6px; font-size: .92rem; }
.filters input[type=search] { min-width: 20em; padding: .3em .5em; font: inherit; }
.filters select { font: inherit; padding: .15em .3em; }
.filters [data-shown] { color: #5b6676; margin-left: auto; }
th.sort { cursor: pointer; user-select: none; }
th.sort::after { content: " \\2195"; color: #9aa5b4; font-size: .8em; }
th[aria-sort=ascending]::after { content: " \\25B2"; color: #1d2430; }
th[aria-sort=descending]::after { content: " \\25BC"; color: #1d2430; }
nav.batch { font-size: .95rem; margin: .2em 0 1em; }
nav.batch > * { margin-right: 1.4em; }
td.message { color: #a4161a; font-size: .9rem; }
tr.skipped td { color: #5b6676; }
@media (max-width: 1100px) { .with-source { grid-template-columns: 1fr; } .source-panel { position: static; max-height: none; } }
@media print { body { background: #fff; } .page { padding: 0; } nav.contents, .filters { display: none; } }
""".strip()


class ReportError(FileError):
    """The report cannot be made from this input; ``path`` names it."""


# ------------------------------------------------------------------------------------------ helpers

def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(url: str | None, text: str | None = None) -> str:
    """An <a href> for a web address (http, https, ftp; a bare "www." one gets http://), else the text."""
    shown = _e(text if text is not None else url)
    if not url:
        return shown
    href = url.strip()
    if href.lower().startswith("www."):
        href = "http://" + href
    if _SAFE_URL.match(href):
        return f'<a href="{_e(href)}">{shown}</a>'
    return shown


def count_record(record: BrochureRecord | dict) -> dict[str, int]:
    """The counts the index shows: sections (with subsections), bullets, organizations, countries, partnerships."""
    record = as_record(record)
    sections = all_sections(record.sections)
    return {
        "sections": len(sections),
        "bullets": sum(len(s.bullets) for s in sections),
        "organizations": len(record.entities.organizations),
        "countries": len(record.entities.countries),
        "partnerships": len(record.partnerships),
    }


def _page_name(page: PageAccounting) -> str:
    """"page 2", or "the text" for a text file without form feeds (page None)."""
    return "the text" if page.page is None else f"page {page.page}"


def _furniture_share(page: PageAccounting) -> float:
    """The share (0..1) of a page's characters set apart as furniture; 0 for a page without characters."""
    return page.furniture / page.characters if page.characters else 0.0


def _percent(share: float) -> str:
    """A share (0..1) in whole percent: "40%", "<1%" for a share above 0 that rounds to 0."""
    return "<1%" if 0 < share < 0.005 else f"{share:.0%}"


def page_concerns(page: PageAccounting) -> list[str]:
    """What makes a page worth a second look, in words ("page 2: 40% furniture", "page 3: 120
    characters dropped"): too much furniture (``pipeline.layout.accounting.too_much_furniture``, the
    rule of the pipeline's warning: a sign the page was misread), characters dropped. Empty for a
    page that is fine."""
    concerns = []
    if too_much_furniture(page):
        concerns.append(f"{_page_name(page)}: {_percent(_furniture_share(page))} furniture")
    if dropped_characters(page):
        concerns.append(f"{_page_name(page)}: {_plural(dropped_characters(page), 'character')} dropped")
    return concerns


def record_concerns(record: BrochureRecord | dict) -> list[str]:
    """`page_concerns` of every page of a record, in page order (empty for a 1.0.0 record, which has
    no page accounting)."""
    return [concern for page in as_record(record).pages for concern in page_concerns(page)]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s" if not word.endswith("y") else f"{count} {word[:-1]}ies"


# ----------------------------------------------------------------------------------------- mentions

Entity = Organization | Country | Region | YearEntity | Theme


def _entity_tip(entity: Entity) -> str:
    """The tooltip of an entity's highlights: its type, name and key ("Country: Japan (JP)")."""
    if isinstance(entity, Organization):
        return f"{_TYPE_WORDS['ORG']}: {entity.name or entity.id} ({entity.id})"
    if isinstance(entity, Country):
        return f"{_TYPE_WORDS['COUNTRY']}: {entity.name} ({entity.iso_alpha2})"
    if isinstance(entity, Region):
        return f"{_TYPE_WORDS['REGION']}: {entity.name}"
    if isinstance(entity, YearEntity):
        return f"{_TYPE_WORDS['YEAR']}: {entity.value}"
    return f"{_TYPE_WORDS['THEME']}: {entity.label} ({entity.id})"


def _mentions_by_block(record: BrochureRecord) -> dict[str, list[dict]]:
    """block id -> displaCy spans {"start", "end", "label", "text", "params"} of every mention in it
    (the spans are displaCy's input, hence dicts)."""
    spans: dict[str, list[dict]] = {}
    for field_name, label in ENTITY_LABELS.items():
        entity: Entity
        for entity in getattr(record.entities, field_name):
            tip = _e(_entity_tip(entity))
            for mention in entity.mentions:
                spans.setdefault(mention.block, []).append({
                    "start": mention.start, "end": mention.end, "label": label, "text": mention.text,
                    "params": {"cls": label.lower(), "tip": tip},
                })
    return spans


def _usable(text: str, spans: Iterable[dict]) -> list[dict]:
    """The spans that fit ``text`` (offsets inside it, the text they claim), without overlaps:
    the earliest, then the longest, wins."""
    fitting = [s for s in spans
               if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
               and 0 <= s["start"] < s["end"] <= len(text)
               and (s.get("text") is None or text[s["start"]:s["end"]] == s["text"])]
    fitting.sort(key=lambda s: (s["start"], -(s["end"] - s["start"]), _TYPE_ORDER.get(s["label"], 99)))
    chosen: list[dict] = []
    end = 0
    for span in fitting:
        if span["start"] >= end:
            chosen.append({"start": span["start"], "end": span["end"], "label": span["label"], "params": dict(span.get("params") or {})})
            end = span["end"]
    return chosen


def render_text(text: str | None, spans: Iterable[dict] = ()) -> str:
    """``text`` as inline HTML (escaped, newlines as <br>) with its entity spans highlighted by
    displaCy. Spans are dicts {"start", "end", "label"} (optionally "text" to check the offsets
    against, and "params" {"cls", "tip"}); ones that do not fit or overlap an earlier one are left out."""
    from spacy import displacy

    text = text or ""
    ents = _usable(text, spans)
    for span in ents:
        span["params"].setdefault("cls", span["label"].lower())
        span["params"].setdefault("tip", _e(_TYPE_WORDS.get(span["label"], span["label"])))
    html = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           minify=False, jupyter=False, options={"colors": ENTITY_COLORS, "template": _ENT_TEMPLATE})
    wrapped = _DISPLACY_WRAPPER.fullmatch(html)
    return wrapped.group(1) if wrapped else html


# ------------------------------------------------------------------------------------------- record

class _Page:
    """Builds one record's page; ``self.spans`` maps block ids to their mention spans, ``self.tables``
    section ids to the tables that stand in them, ``self.loose_tables`` the tables of no section the
    record has."""

    def __init__(self, record: BrochureRecord, name: str, source: SourceView | None = None,
                 images: dict[int, str] | None = None):
        self.record = record
        self.name = name
        self.source = source
        self.images = images or {}  # page number -> the file name of its picture (beside the page)
        self.boxes = _boxes(record, source)
        self.spans = _mentions_by_block(record)
        section_ids = {section.id for section in all_sections(record.sections)}
        self.tables: dict[str, list[Table]] = {}
        self.loose_tables: list[Table] = []
        for table in record.tables:
            if table.section in section_ids:
                self.tables.setdefault(table.section, []).append(table)
            else:
                self.loose_tables.append(table)

    def text(self, block: str | None, text: str | None) -> str:
        return render_text(text, self.spans.get(block or "", ()))

    # -- parts ------------------------------------------------------------------------------------

    def header(self, index_href: str | None) -> list[str]:
        record = self.record
        source = record.source
        out = []
        if index_href:
            out.append(f'<p class="crumbs"><a href="{_e(index_href)}">← All brochures</a></p>')
        heading = self.text("title", record.title) if record.title else '<span class="untitled">(untitled brochure)</span>'
        out.append(f'<h1 id="blk-title">{heading}</h1>')
        if record.subtitle:
            out.append(f'<p class="subtitle" id="blk-subtitle">{self.text("subtitle", record.subtitle)}</p>')
        rows = [
            ("Publisher", _e(record.publisher) if record.publisher else '<span class="none">not stated</span>'),
            ("Source", _e(source.path)),
            ("Media type", _e(source.media_type)),
            ("Size", f"{_e(source.size_bytes)} bytes" + (f", {_e(source.page_count)} pages"
                                                        if source.page_count is not None else "")),
            ("SHA-256", f"<code>{_e(source.sha256)}</code>"),
            ("Record id", f"<code>{_e(record.record_id)}</code>"),
            ("Schema", _e(record.schema_version)),
            ("Extractor", _e(f"{record.extractor.name} {record.extractor.version}".strip())),
            ("Record file", _e(self.name)),
        ]
        out.append('<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>")
        counts = count_record(record)
        entities = record.entities
        shown = [_plural(counts["sections"], "section"), _plural(counts["bullets"], "bullet"),
                 _plural(len(record.tables), "table"),
                 _plural(counts["organizations"], "organization"), _plural(counts["countries"], "country"),
                 _plural(len(entities.regions), "region"), _plural(len(entities.years), "year"),
                 _plural(len(entities.themes), "theme"), _plural(counts["partnerships"], "partnership"),
                 _plural(len(record.warnings), "warning")]
        out.append(f'<p class="counts">{" · ".join(shown)}</p>')
        concerns = record_concerns(record)
        if concerns:
            out.append('<p class="counts">To check: ' + "".join(f'<a class="badge" href="#pages">{_e(c)}</a>' for c in concerns)
                       + "</p>")
        legend = "".join(
            f'<mark class="entity ent-{label.lower()}" data-label="{label}" style="background: {color}">{_TYPE_WORDS[label]}</mark>'
            for label, color in ENTITY_COLORS.items())
        out.append(f'<p class="legend">Highlighted in the text: {legend}</p>')
        source = self.source
        if source is not None and source.note and not source.pages and source.text is None:
            out.append(f'<p class="counts">The source is not shown: {_e(source.note)}</p>')
        shown_source = source is not None and (bool(source.pages) or source.text is not None)
        parts = [("text", "Text"), *([("source", "Source")] if shown_source else []),
                 *([("tables", "Tables")] if self.loose_tables else []), ("quotes", "Quotes"),
                 ("contacts", "Contacts"), ("links", "Links"), ("credits", "Credits"),
                 ("organizations", "Organizations"), ("countries", "Countries"), ("regions", "Regions"), ("years", "Years"),
                 ("themes", "Themes"), ("partnerships", "Partnerships"), ("pages", "Pages"), ("warnings", "Warnings")]
        out.append('<nav class="contents"><strong>Contents</strong><ol>'
                   + "".join(f'<li><a href="#{key}">{label}</a></li>' for key, label in parts) + "</ol></nav>")
        return out

    def section(self, section: Section, depth: int) -> list[str]:
        """A section as <section>: its heading, paragraphs and bullets in reading order, the tables
        that stand in it, then its subsections."""
        sid = section.id
        tag = f"h{min(6, section.level + 2)}"
        heading = section.heading
        shown = self.text(sid, heading) if heading is not None else '<span class="untitled">(text before the first heading)</span>'
        out = [f'<section class="brochure-section" id="blk-{_e(sid)}">', f"<{tag}{self._box_attr(sid)}>{shown}</{tag}>"]
        # paragraphs and bullets in reading order (the record's "order"), lists grouped in <ul>
        items: dict[str, tuple[str, Paragraph | Bullet]] = {item.id: ("p", item) for item in section.paragraphs}
        items.update({item.id: ("b", item) for item in section.bullets})
        order = [i for i in section.order if i in items] or list(items)
        in_list = False
        for item_id in order:
            kind, item = items[item_id]
            if kind == "b" and not in_list:
                out.append('<ul class="bullets">')
            elif kind == "p" and in_list:
                out.append("</ul>")
            in_list = kind == "b"
            out.append(self._paragraph(item) if kind == "p" else self._bullet(item))
        if in_list:
            out.append("</ul>")
        for table in self.tables.get(sid, []):
            out.extend(self.table(table))
        for subsection in section.subsections:
            out.extend(self.section(subsection, depth + 1))
        out.append("</section>")
        return out

    def _paragraph(self, paragraph: Paragraph) -> str:
        pid = paragraph.id
        attrs = f"{self._page_attr(paragraph.page)}{self._box_attr(pid)}"
        return f'<p class="para" id="blk-{_e(pid)}"{attrs}>{self.text(pid, paragraph.text)}</p>'

    def _bullet(self, bullet: Bullet) -> str:
        bid = bullet.id
        return (f'<li class="bullet lvl-{bullet.level}" id="blk-{_e(bid)}"{self._page_attr(bullet.page)}{self._box_attr(bid)}>'
                f'<span class="marker" aria-hidden="true">{_e(bullet.marker or "•")}</span>'
                f'<span class="btext">{self.text(bid, bullet.text)}</span></li>')

    @staticmethod
    def _page_attr(page: int | None) -> str:
        return f' title="page {_e(page)}"' if page is not None else ""

    def _box_attr(self, block: str) -> str:
        """``data-box`` for a block whose box is drawn on its source page (the script links the two)."""
        return f' data-box="{_e(block)}"' if block in self.boxes else ""

    # -- the brochure's tables --------------------------------------------------------------------

    def table(self, table: Table) -> list[str]:
        """A table of the brochure as a <figure>: the caption above (with its id and pages), the
        header rows as <th>, the body rows as <td> (each cell with its block id, its mentions
        highlighted), the source note below."""
        pages = ", ".join(str(p) for p in table.pages) or (str(table.page) if table.page is not None else "")
        where = f"{table.id}" + (f", page{'s' * (len(table.pages) > 1)} {pages}" if pages else "")
        caption = (f"{self.text(caption_id(table.id), table.caption)} " if table.caption else "") \
            + f'<span class="blocks">({_e(where)})</span>'
        out = [f'<figure class="brochure-table" id="blk-{_e(table.id)}"{self._page_attr(table.page)}{self._box_attr(table.id)}>',
               f"<table><caption>{caption}</caption>"]
        if table.header_rows:
            out.append("<thead>" + "".join(self._table_row(table.id, number, row, "th")
                                           for number, row in enumerate(table.header_rows, start=1)) + "</thead>")
        first_body_row = len(table.header_rows) + 1  # rows are counted over the header rows, then the body rows
        out.append("<tbody>" + "".join(self._table_row(table.id, number, row, "td")
                                       for number, row in enumerate(table.rows, start=first_body_row)) + "</tbody>")
        out.append("</table>")
        if table.source_note:
            out.append(f'<p class="source-note">{self.text(source_note_id(table.id), table.source_note)}</p>')
        out.append("</figure>")
        return out

    def _table_row(self, table_id: str, number: int, row: list[str | None], tag: str) -> str:
        """One row as <tr>: a cell's block id is ``<table id>.r<number>.c<column>``; a null (a cell a
        merged neighbour covers) widens the cell before it (colspan), or is an empty cell at the
        start of the row."""
        cells: list[list] = []  # [column, text, columns spanned]
        for column, text in enumerate(row, start=1):
            if text is None and cells and cells[-1][1] is not None:
                cells[-1][2] += 1
            else:
                cells.append([column, text, 1])
        shown = []
        for column, text, span in cells:
            if text is None:
                shown.append(f'<{tag} class="merged"></{tag}>')
                continue
            block = cell_id(table_id, number, column)
            colspan = f' colspan="{span}"' if span > 1 else ""
            scope = ' scope="col"' if tag == "th" else ""
            shown.append(f'<{tag} id="blk-{_e(block)}"{scope}{colspan}>{self.text(block, text)}</{tag}>')
        return "<tr>" + "".join(shown) + "</tr>"

    def loose_table_part(self) -> list[str]:
        """The "Tables" part: the tables whose section is not in the record (none: no part)."""
        if not self.loose_tables:
            return []
        out = [f'<h2 id="tables">Tables <small>({len(self.loose_tables)})</small></h2>']
        for table in self.loose_tables:
            out.extend(self.table(table))
        return out

    # -- the other parts --------------------------------------------------------------------------

    def quotes(self) -> list[str]:
        out = ['<h2 id="quotes">Quotes</h2>']
        quotes = self.record.quotes
        if not quotes:
            out.append('<p class="none">No quotes.</p>')
        for q in quotes:
            if q.attribution:
                caption = self.text(attribution_id(q.id), q.attribution)
            else:
                caption = _e(", ".join(str(x) for x in (q.speaker, q.role, q.context) if x))
            out.append(f'<figure class="quote" id="blk-{_e(q.id)}"{self._box_attr(q.id)}><blockquote>{self.text(q.id, q.text)}</blockquote>'
                       + (f'<figcaption id="blk-{_e(attribution_id(q.id))}">— {caption}</figcaption>' if caption else "") + "</figure>")
        return out

    def contacts(self) -> list[str]:
        out = ['<h2 id="contacts">Contacts</h2>']
        contacts = self.record.contacts
        if not contacts:
            out.append('<p class="none">No contacts.</p>')
        for c in contacts:
            fields = []
            for key, label in (("name", "Name"), ("role", "Role"), ("organization", "Organization"), ("address", "Address"),
                               ("phone", "Phone"), ("fax", "Fax"), ("email", "Email"), ("url", "Web")):
                value = getattr(c, key)
                if not value:
                    continue
                if key == "address":
                    shown = "<br>".join(_e(line) for line in value)
                elif key == "email" and _EMAIL.match(value):
                    shown = f'<a href="mailto:{_e(value)}">{_e(value)}</a>'
                elif key == "url":
                    shown = _link(value)
                else:
                    shown = _e(value)
                fields.append(f"<dt>{label}</dt><dd>{shown}</dd>")
            out.append(f'<div class="contact" id="blk-{_e(c.id)}"><p>{self.text(c.id, c.text)}</p>'
                       + (f'<dl>{"".join(fields)}</dl>' if fields else "") + "</div>")
        return out

    def links(self) -> list[str]:
        out = ['<h2 id="links">Links</h2>']
        links = self.record.links
        if not links:
            out.append('<p class="none">No links.</p>')
            return out
        out.append('<ul class="links">')
        for link in links:
            title = self.text(link.id, link.title) if link.title else _e(link.url)
            out.append(f'<li id="blk-{_e(link.id)}">{title}<br><span class="url">{_link(link.url)}</span></li>')
        out.append("</ul>")
        return out

    def credits(self) -> list[str]:
        credits = self.record.credits
        out = ['<h2 id="credits">Credits</h2>']
        out.append("<ul>" + "".join(f"<li>{_e(c)}</li>" for c in credits) + "</ul>" if credits else '<p class="none">No credits.</p>')
        return out

    # -- tables of the record's data --------------------------------------------------------------

    def _blocks(self, mentions: list[Mention]) -> str:
        blocks = list(dict.fromkeys(m.block for m in mentions))
        if not blocks:
            return "0"
        links = ", ".join(f'<a href="#blk-{_e(b)}">{_e(b)}</a>' for b in blocks)
        return f'{len(mentions)} <span class="blocks">in {links}</span>'

    @staticmethod
    def _table(key: str, title: str, label: str | None, head: list[str], rows: list[list[str]]) -> list[str]:
        swatch = f'<span class="swatch" style="background: {ENTITY_COLORS[label]}"></span>' if label else ""
        out = [f'<h2 id="{key}">{swatch}{title} <small>({len(rows)})</small></h2>']
        if not rows:
            out.append(f'<p class="none">No {title.lower()} found.</p>')
            return out
        out.append("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>")
        out.extend("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        out.append("</tbody></table>")
        return out

    def entity_tables(self) -> list[str]:
        entities = self.record.entities
        out: list[str] = []
        rows = []
        for o in entities.organizations:
            wikidata, iati = o.identifiers.wikidata, o.identifiers.iati
            wikidata_cell = (_link(f"https://www.wikidata.org/wiki/{wikidata}", wikidata) if wikidata and _WIKIDATA.match(wikidata)
                             else _e(wikidata or "—"))
            iati_cell = f"<code>{_e(iati)}</code>" if iati else "—"
            offices = "<br>".join(_e(x) for x in o.units) or "—"
            rows.append([_e(o.name), f"<code>{_e(o.id)}</code>", _e(o.acronym or "—"), _e(o.kind),
                         "yes" if o.known else "no (found by pattern)", _e(o.country or "—"), wikidata_cell,
                         iati_cell, offices, _review_cell(o.review, o.needs_review), self._blocks(o.mentions)])
        out += self._table("organizations", "Organizations", "ORG",
                           ["Name", "Id", "Acronym", "Kind", "Known", "Country", "Wikidata", "IATI", "Offices", "Review",
                            "Mentions"], rows)
        rows = [[_e(c.name), f"<code>{_e(c.iso_alpha2)}</code>", f"<code>{_e(c.iso_alpha3)}</code>", self._blocks(c.mentions)]
                for c in entities.countries]
        out += self._table("countries", "Countries", "COUNTRY", ["Name", "ISO alpha-2", "ISO alpha-3", "Mentions"], rows)
        rows = [[_e(r.name), f"<code>{_e(r.id)}</code>", self._blocks(r.mentions)] for r in entities.regions]
        out += self._table("regions", "Regions", "REGION", ["Name", "Id", "Mentions"], rows)
        rows = [[_e(y.value), self._blocks(y.mentions)] for y in entities.years]
        out += self._table("years", "Years", "YEAR", ["Year", "Mentions"], rows)
        rows = [[_e(t.label), f"<code>{_e(t.id)}</code>", _e((t.pillar or "—").replace("_", " ")),
                 _e(", ".join(t.sdg_targets) or "—"), self._blocks(t.mentions)]
                for t in entities.themes]
        out += self._table("themes", "Themes", "THEME", ["Label", "Id", "Pillar", "SDG targets", "Mentions"], rows)
        return out

    def partnerships(self) -> list[str]:
        rows = []
        for p in self.record.partnerships:
            parties = []
            for party in p.parties:
                name = _e(party.name)
                if party.acronym:
                    name += f" ({_e(party.acronym)})"
                if party.unit:
                    name += f', <span class="blocks">{_e(party.unit)}</span>'
                parties.append(f'{name} <code class="blocks">{_e(party.ref)}</code>')
            years = "–".join(str(y) for y in (p.year, p.end_year) if y is not None) or "—"
            evidence = "".join(
                f'<div class="evidence">“{_e(ev.text)}” '
                f'<a class="blocks" href="#blk-{_e(ev.block)}">{_e(ev.block)}</a></div>'
                for ev in p.evidence)
            rows.append([_e(p.id), _e(p.name or "—"), _e(p.instrument.replace("_", " ")),
                         "<br>".join(parties), _e(years), _e(", ".join(p.themes) or "—"),
                         _review_cell(p.review, p.needs_review), evidence])
        return self._table("partnerships", "Partnerships", None,
                           ["Id", "Name", "Instrument", "Parties", "Years", "Themes", "Review", "Evidence"], rows)

    # -- where the characters went ----------------------------------------------------------------

    def pages(self) -> list[str]:
        """The "Pages" part: per page, where its characters went (a row highlighted when the page
        has much furniture or dropped characters), then the furniture lines in a <details>."""
        out = ['<h2 id="pages">Pages</h2>']
        accounting = self.record.pages
        if not accounting:
            out.append('<p class="none">No page accounting in this record.</p>')
        else:
            head = ["Page", "Reader", "Characters", "Content", "Tables", "Furniture", "Credits", "Dropped"]
            out.append("<table class=\"accounting\"><thead><tr>" + "".join(
                f'<th class="num">{h}</th>' if 2 <= i <= 6 else f"<th>{h}</th>" for i, h in enumerate(head)) + "</tr></thead><tbody>")
            out.extend(self._accounting_row(page) for page in accounting)
            out.append("</tbody></table>")
        out.extend(self._furniture())
        return out

    @staticmethod
    def _accounting_row(page: PageAccounting) -> str:
        """One page's accounting as <tr>, with class "flagged" (and the reasons as its tooltip) when
        `page_concerns` finds something."""
        concerns = page_concerns(page)
        flagged = f' class="flagged" title="{_e("; ".join(concerns))}"' if concerns else ""
        furniture = f"{page.furniture}" + (f" ({_percent(_furniture_share(page))})" if page.furniture else "")
        dropped = "<br>".join(f"{d.characters}: {_e(d.reason)}" for d in page.dropped) or "0"
        shown_page = _e(page.page) if page.page is not None else '<span class="none">whole text</span>'
        numbers = "".join(f'<td class="num">{value}</td>'
                          for value in (page.characters, page.content, page.tables, furniture, page.credits))
        return f"<tr{flagged}><td>{shown_page}</td><td>{_e(page.reader)}</td>{numbers}<td>{dropped}</td></tr>"

    def _furniture(self) -> list[str]:
        """The lines set apart as furniture (page, text), in a collapsible <details>."""
        lines = self.record.furniture
        if not lines:
            return ['<p class="none">No lines were set apart as furniture.</p>']
        rows = "".join(f'<tr><td class="num">{_e(line.page) if line.page is not None else "—"}</td><td>{_e(line.text)}</td></tr>'
                       for line in lines)
        return [f'<details class="furniture"><summary>{_plural(len(lines), "line")} set apart as furniture '
                "(running headers, footers, page numbers)</summary>",
                f'<table><thead><tr><th class="num">Page</th><th>Text</th></tr></thead><tbody>{rows}</tbody></table>',
                "</details>"]

    def corrections(self) -> list[str]:
        """The editors' corrections applied after extraction (who, when, what), those that could not
        be applied highlighted with why; no part when there are none."""
        corrections = self.record.corrections
        if not corrections:
            return []
        out = [f'<h2 id="corrections">Corrections <small>({len(corrections)})</small></h2>',
               "<table><thead><tr><th>Applied</th><th>What</th><th>Target</th><th>Field</th><th>Value</th><th>By</th>"
               "<th>When</th><th>Note</th></tr></thead><tbody>"]
        for c in corrections:
            value = json.dumps(c.value, ensure_ascii=False) if c.value is not None else "—"
            applied = "yes" if c.applied else f"<strong>no</strong>: {_e(c.problem)}"
            target = f'<a href="#blk-{_e(c.target)}">{_e(c.target)}</a>' if c.op == "set" and c.target != "record" else _e(c.target)
            flagged = "" if c.applied else ' class="flagged"'
            out.append(f"<tr{flagged}><td>{applied}</td><td>{_e(c.op)}</td><td>{target}</td>"
                       f"<td>{_e(c.field or '—')}</td><td><code>{_e(_clip(value, 200))}</code></td><td>{_e(c.by)}</td>"
                       f"<td>{_e(c.at)}</td><td>{_e(c.note or '')}</td></tr>")
        out.append("</tbody></table>")
        return out

    def warnings(self) -> list[str]:
        warnings = self.record.warnings
        out = ['<h2 id="warnings">Warnings</h2>']
        out.append('<ul class="warnings">' + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>"
                   if warnings else '<p class="none">No warnings.</p>')
        return out

    # -- the source beside the text ---------------------------------------------------------------

    def source_panel(self) -> list[str]:
        """The source beside the text: each PDF page's picture with a box per block over it (a link
        to the block), or the text of a text brochure; nothing when the source is not at hand."""
        source = self.source
        if source is None or (not source.pages and source.text is None):
            return []
        out = ['<aside class="source-panel" aria-label="The source">',
               f'<h2 id="source">{"Source pages" if source.pages else "Source text"}</h2>',
               f'<p class="blocks">{_e(source.path.as_posix() if source.path else "")}'
               + (" · click a box to see its block, a block to see its box" if source.pages else "") + "</p>"]
        if source.note:
            out.append(f'<p class="none">{_e(source.note)}</p>')
        for page in source.pages:
            out.extend(self._source_page(page))
        if source.text is not None:
            out.append(f'<pre class="source-text">{_e(source.text)}</pre>')
        out.append("</aside>")
        return out

    def _source_page(self, page: RenderedPage) -> list[str]:
        picture = self.images.get(page.number)
        width, height = (round(page.width * SOURCE_DPI / 72), round(page.height * SOURCE_DPI / 72))
        out = [f'<figure class="source-page" id="src-p{page.number}">', f"<figcaption>Page {page.number}</figcaption>",
               '<div class="sheet">']
        if picture:
            out.append(f'<img src="{_e(quote(picture))}" alt="page {page.number} of the source" width="{width}" height="{height}">')
        for block, box in self.boxes.items():
            if box.page != page.number:
                continue
            x0, top, x1, bottom = box.bbox
            place = (f"left:{_share(x0, page.width)}%;top:{_share(top, page.height)}%;"
                     f"width:{_share(x1 - x0, page.width)}%;height:{_share(bottom - top, page.height)}%")
            out.append(f'<a class="box" href="#blk-{_e(block)}" data-block="{_e(block)}" title="{_e(block)}: {_e(box.kind)}" '
                       f'style="{place}"></a>')
        out += ["</div>", "</figure>"]
        return out

    def render(self, index_href: str | None) -> str:
        body = self.header(index_href)
        text = ['<h2 id="text">Text</h2>']
        sections = self.record.sections
        if not sections:
            text.append('<p class="none">No text.</p>')
        for section in sections:
            text.extend(self.section(section, 1))
        for part in (self.loose_table_part, self.quotes, self.contacts, self.links, self.credits):
            text.extend(part())
        panel = self.source_panel()
        if panel:
            body += ['<div class="with-source">', '<div class="extracted">', *text, "</div>", *panel, "</div>"]
        else:
            body += text
        for part in (self.entity_tables, self.partnerships, self.pages, self.corrections, self.warnings):
            body.extend(part())
        title = self.record.title or self.name
        return _document(f"{title} — brochure report", body, wide=bool(panel))


@dataclass(frozen=True, slots=True)
class _Box:
    page: int
    bbox: tuple[float, float, float, float]
    kind: str


def _review_cell(reasons: list[str], needs_review: bool) -> str:
    """An entity's review reasons in words; "—" when it has none, "(reviewed)" after them when an
    editor's correction cleared the flag."""
    if not reasons:
        return "—"
    words = ", ".join(_e(reason.replace("_", " ")) for reason in reasons)
    return f'<span class="review">{words}</span>' if needs_review else f"{words} (reviewed)"


def _share(value: float, whole: float) -> str:
    """``value`` as a percentage of ``whole``, clipped to 0..100, in a stable short form."""
    return f"{min(100.0, max(0.0, 100 * value / whole)) if whole else 0.0:.2f}"


def _boxes(record: BrochureRecord, source: SourceView | None) -> dict[str, _Box]:
    """block id -> its box on a rendered source page, for every block with a page and a bbox (the
    headings of sections, paragraphs, bullets, quotes, tables); empty without rendered pages."""
    if source is None or not source.pages:
        return {}
    shown = {page.number for page in source.pages}
    found: dict[str, _Box] = {}

    def add(block: str, page: int | None, bbox: list[float] | None, kind: str) -> None:
        if page in shown and bbox is not None and bbox[2] > bbox[0] and bbox[3] > bbox[1]:
            found[block] = _Box(page, (bbox[0], bbox[1], bbox[2], bbox[3]), kind)

    for section in all_sections(record.sections):
        if section.heading is not None:
            add(section.id, section.page, section.bbox, "heading")
        for paragraph in section.paragraphs:
            add(paragraph.id, paragraph.page, paragraph.bbox, "paragraph")
        for bullet in section.bullets:
            add(bullet.id, bullet.page, bullet.bbox, "bullet")
    for quote_ in record.quotes:
        add(quote_.id, quote_.page, quote_.bbox, "quote")
    for table in record.tables:
        add(table.id, table.page, table.bbox, "table")
    return found


def _document(title: str, body: list[str], *, wide: bool = False) -> str:
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="generator" content="brochure-pipeline report">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{CSS}\n</style>",
        "</head>",
        "<body>",
        f'<div class="page{" wide" if wide else ""}">',
        *body,
        "</div>",
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ])


def render_record(record: BrochureRecord | dict, name: str = "record.json", index_href: str | None = "index.html",
                  source: SourceView | None = None, images: dict[int, str] | None = None) -> str:
    """The HTML page of one record (a `BrochureRecord`, or its JSON as a dict, validated); ``name``
    is its file name, shown on the page. With ``source`` (`pipeline.source_pages.view_source`), the
    source's pages (``images``: page number -> picture file, relative to the page) or text stand
    beside the extracted text."""
    return _Page(as_record(record), name, source, images).render(index_href)


# -------------------------------------------------------------------------------------------- index

@dataclass(slots=True)
class IndexEntry:
    """One row of the index: a record with its page, or a document that failed or was skipped."""

    name: str
    status: str  # "ok" | "failed" | "skipped" | "missing"
    source: str | None = None
    page: str | None = None
    title: str | None = None
    counts: dict[str, int] | None = None
    code: str | None = None
    message: str | None = None
    concerns: list[str] = field(default_factory=list)  # `record_concerns`: pages to look at first
    attention: list[str] = field(default_factory=list)  # `record_attention`: everything that asks for a look
    producer: str | None = None  # the program that wrote the PDF (its Producer), "text" for a text brochure
    search: str = ""  # more words the index's search finds the row by (organizations, countries, partnerships)


@dataclass(slots=True)
class _Batch:
    entries: list[IndexEntry] = field(default_factory=list)
    pages: dict[str, tuple[BrochureRecord, str]] = field(default_factory=dict)  # page file name -> (record, record file name)
    notes: list[str] = field(default_factory=list)


BATCH_PAGES = {"partnerships": "partnerships.html", "organizations": "organizations.html", "countries": "countries.html"}
"""The pages of the whole batch, beside index.html (a record's page never takes these names)."""


def record_attention(record: BrochureRecord | dict) -> list[str]:
    """Everything in a record that asks an editor for a look, in words, most serious first: the
    pages to check (`record_concerns`), the record's warnings, tables set apart from the text, pages
    read by OCR, organizations found only by their shape (not in the shipped data), other
    organizations and partnerships that need review (pipeline/review.py). Empty: nothing."""
    record = as_record(record)
    found = record_concerns(record)
    if record.warnings:
        found.append(_plural(len(record.warnings), "warning"))
    if record.tables:
        found.append(_plural(len(record.tables), "table"))
    ocr_pages = sum(1 for page in record.pages if page.reader == "ocr")
    if ocr_pages:
        found.append(f"{_plural(ocr_pages, 'page')} read by OCR")
    if record.corrections:
        not_applied = sum(1 for c in record.corrections if not c.applied)
        found.append(f"{_plural(len(record.corrections), 'correction')}" + (f", {not_applied} not applied" if not_applied else ""))
    unknown = sum(1 for organization in record.entities.organizations if not organization.known)
    if unknown:
        found.append(f"{_plural(unknown, 'organization')} not in the data")
    to_review = sum(1 for organization in record.entities.organizations if organization.needs_review and organization.known)
    if to_review:
        found.append(f"{_plural(to_review, 'known organization')} to review")
    to_review = sum(1 for partnership in record.partnerships if partnership.needs_review)
    if to_review:
        found.append(f"{_plural(to_review, 'partnership')} to review")
    return found


def _search_words(record: BrochureRecord) -> str:
    """The names the index's search finds a record by beyond its row's text."""
    words = [o.name for o in record.entities.organizations] + [o.acronym for o in record.entities.organizations if o.acronym]
    words += [c.name for c in record.entities.countries] + [t.label for t in record.entities.themes]
    words += [p.name for p in record.partnerships if p.name]
    words.append(record.publisher or "")
    return " ".join(dict.fromkeys(w for w in words if w))


def load_manifest(path: Path) -> Manifest:
    """The batch runner's manifest.json (`pipeline.manifest.Manifest`); `ReportError` when it cannot
    be read or is no manifest."""
    try:
        return read_manifest(path)
    except ManifestError as error:
        raise ReportError(error.path, error.reason) from None


def _read_record(path: Path) -> BrochureRecord:
    """A record file as its model; `ReportError` naming the file when it cannot be read, is not JSON,
    is not a record, or does not validate (the first failing field named)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ReportError(path, f"cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise ReportError(path, f"not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict) or not isinstance(data.get("sections"), list):
        raise ReportError(path, "not a brochure record (a JSON object with 'source' and 'sections')")
    try:
        return as_record(data)
    except ValidationError as error:
        raise ReportError(path, validation_problem(error)) from None


def _ok_entry(name: str, page: str, record: BrochureRecord) -> IndexEntry:
    """The index row of a record that has its page."""
    counts = {**count_record(record), "tables": len(record.tables), "warnings": len(record.warnings)}
    return IndexEntry(name, "ok", record.source.path, page, record.title, counts, concerns=record_concerns(record),
                      attention=record_attention(record), search=_search_words(record),
                      producer="text" if record.source.media_type == "text/plain" else None)


def _page_names(files: list[Path]) -> dict[Path, str]:
    """``<stem>.html`` per record file, never index.html or a batch page, and never twice."""
    taken = {"index.html", *BATCH_PAGES.values()}
    names = {}
    for path in files:
        stem = path.stem or "record"
        candidate, number = f"{stem}.html", 1
        while candidate.lower() in taken:
            number += 1
            candidate = f"{stem}-{number}.html"
        taken.add(candidate.lower())
        names[path] = candidate
    return names


def _collect(source: Path) -> _Batch:
    batch = _Batch()
    if source.is_file():
        record = _read_record(source)
        page = _page_names([source])[source]
        batch.pages[page] = (record, source.name)
        batch.entries.append(_ok_entry(source.name, page, record))
        return batch

    files = sorted(p for p in source.glob("*.json") if p.is_file() and p.name != "manifest.json" and not p.name.startswith("."))
    pages = _page_names(files)
    records: dict[str, tuple[Path, BrochureRecord]] = {}
    for path in files:
        try:
            records[path.name] = (path, _read_record(path))
        except ReportError as error:
            batch.entries.append(IndexEntry(path.name, "failed", None, code="unreadable_record", message=error.reason))

    def ok_entry(path: Path, record: BrochureRecord) -> IndexEntry:
        page = pages[path]
        batch.pages[page] = (record, path.name)
        return _ok_entry(path.name, page, record)

    manifest_path = source / "manifest.json"
    documents: list[ManifestEntry] = []
    if manifest_path.is_file():
        try:
            manifest = load_manifest(manifest_path)
            documents = manifest.documents
            if manifest.hidden_left_out:
                batch.notes.append(f"{_plural(manifest.hidden_left_out, 'hidden or system file')} of the input folders "
                                   "(.DS_Store, .git, Office lock files) were left out of the batch")
        except ReportError as error:
            batch.notes.append(f"manifest.json was not used: {error.reason}")
    by_sha: dict[str, str] = {}
    for name, (_, record) in records.items():
        by_sha.setdefault(record.source.sha256, name)
    used: set[str] = set()
    for document in documents:
        shown = document.path or document.output or "(unnamed)"
        found = None
        output = Path(document.output).name if document.output else None
        if output in records:
            found = output
        elif document.sha256 and by_sha.get(document.sha256) is not None:
            found = by_sha[document.sha256]
        if document.status in ("ok", "skipped") and found is not None and found not in used:
            used.add(found)
            entry = ok_entry(*records[found])
            entry.source = shown
            batch.entries.append(entry)
        elif document.status == "ok":
            batch.entries.append(IndexEntry(output or shown, "missing", shown, code="missing_record",
                                            message="the manifest lists this record but it is not in the folder"))
        else:
            entry = IndexEntry(shown, document.status, shown, code=document.code, message=document.message)
            entry.attention = [document.code] if document.code else []
            batch.entries.append(entry)
    for name in sorted(records):
        if name not in used:
            batch.entries.append(ok_entry(*records[name]))
    # failures first (in their order), then the records with pages to check, then the others that ask
    # for a look, then the rest (in their order)
    batch.entries.sort(key=lambda entry: (entry.status in ("ok", "skipped"), not entry.concerns,
                                          not (entry.attention and entry.status == "ok")))
    return batch


def _attention_cell(entry: IndexEntry) -> str:
    """The index's "Attention" cell: one badge per thing that asks for a look (`record_attention`),
    or "—"; sorted by how many."""
    items = entry.attention if entry.status == "ok" else []
    if not items:
        return '<td class="check" data-sort="0">—</td>'
    badges = "".join(f'<span class="badge">{_e(item)}</span>' for item in items)
    return f'<td class="check" data-sort="{len(items)}">{badges}</td>'


def _needs_attention(entry: IndexEntry) -> bool:
    """A failure, a missing record, or a record with something to look at (a file set aside as no
    brochure, or unchanged since the last run, does not)."""
    return entry.status in ("failed", "missing") or (entry.status == "ok" and bool(entry.attention))


def _filters(table_id: str, *, placeholder: str, selects: Iterable[tuple[str, str, Iterable[str]]] = (),
             checkboxes: Iterable[tuple[str, str]] = ()) -> str:
    """The filter bar of a table (hidden until the page's script shows it): a search box, a <select>
    per (attribute, label, values) and a checkbox per (attribute, label)."""
    parts = [f'<div class="filters" data-for="{_e(table_id)}" hidden>',
             f'<label>Search <input type="search" placeholder="{_e(placeholder)}" aria-label="Search"></label>']
    for attr, label, values in selects:
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        parts.append(f'<label>{_e(label)} <select data-attr="{_e(attr)}"><option value="">all</option>{options}</select></label>')
    for attr, label in checkboxes:
        parts.append(f'<label><input type="checkbox" data-attr="{_e(attr)}"> {_e(label)}</label>')
    parts.append('<span data-shown></span></div>')
    return "".join(parts)


def _batch_nav(current: str | None, counts: dict[str, int] | None = None) -> str:
    """Links between index.html and the batch pages."""
    links = [("index.html", "Documents", None)] + [(page, key.capitalize(), key) for key, page in BATCH_PAGES.items()]
    shown = []
    for href, label, key in links:
        count = f" ({counts[key]})" if counts and key in counts else ""
        shown.append(f"<strong>{label}{count}</strong>" if href == current else f'<a href="{href}">{label}{count}</a>')
    return f'<nav class="batch">{"".join(shown)}</nav>'


_INDEX_COUNTS = ("sections", "bullets", "tables", "organizations", "countries", "partnerships", "warnings")


def render_index(entries: list[IndexEntry], notes: Iterable[str] = (), title: str = "Brochure reports",
                 batch_counts: dict[str, int] | None = None) -> str:
    """The index page: one table of every document, failures first (error code and message), then
    the records with something to look at (pages to check, warnings, tables, OCR, organizations not
    in the data), then the rest; sortable by any column and filtered by status, producer, "needs
    attention" and a search in the page's script. ``batch_counts`` (partnerships, organizations,
    countries of the whole batch) link the batch pages."""
    statuses: dict[str, int] = {}
    for entry in entries:
        statuses[entry.status] = statuses.get(entry.status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    flagged = sum(1 for entry in entries if entry.concerns)
    attention = sum(1 for entry in entries if _needs_attention(entry))
    counted = (_plural(len(entries), "document") + (f": {_e(summary)}" if summary else "")
               + (f"; {flagged} with pages to check" if flagged else "")
               + (f"; {attention} need attention" if attention else ""))
    body = [f"<h1>{_e(title)}</h1>", _batch_nav("index.html", batch_counts), f'<p class="counts">{counted}</p>']
    body.extend(f'<ul class="warnings"><li>{_e(note)}</li></ul>' for note in notes)
    body.append('<h2 id="documents">Documents</h2>')
    if not entries:
        body.append('<p class="none">No records.</p>')
        return _document(title, body, wide=True)
    producers = sorted({e.producer for e in entries if e.producer})
    body.append(_filters("documents-table", placeholder="title, file, organization, country…",
                         selects=[("status", "Status", sorted(statuses)), ("producer", "Producer", producers)],
                         checkboxes=[("attention", "needs attention only")]))
    head = ["Status", "Attention", "Document", "Title", "Producer", "Sections", "Bullets", "Tables", "Organizations",
            "Countries", "Partnerships", "Warnings"]
    body.append('<table class="sortable" id="documents-table"><thead><tr>' + "".join(
        f'<th class="num">{h}</th>' if i >= 5 else f"<th>{h}</th>" for i, h in enumerate(head)) + "</tr></thead><tbody>")
    rank = {"failed": 0, "missing": 1, "ok": 2, "skipped": 3}
    for e in entries:
        document = f'<a href="{_e(quote(e.page))}">{_e(e.name)}</a>' if e.page else _e(e.name)
        if e.source and e.source != e.name:
            document += f'<br><span class="url">{_e(e.source)}</span>'
        if e.status == "ok" or e.page:
            title_cell = f"<td>{_e(e.title)}</td>" if e.title else '<td><span class="none">untitled</span></td>'
        else:
            title_cell = (f'<td class="message">{_e(e.message or "")}'
                          + (f' <code class="blocks">[{_e(e.code)}]</code>' if e.code else "") + "</td>")
        counts = e.counts or {}
        cells = "".join(f'<td class="num" data-sort="{counts[k]}">{counts[k]}</td>' if k in counts
                        else '<td class="num" data-sort="-1">—</td>' for k in _INDEX_COUNTS)
        status = f'<td class="status status-{_e(e.status)}" data-sort="{rank.get(e.status, 9)}">{_e(e.status)}</td>'
        classes = " ".join(c for c in ("failed" if e.status in ("failed", "missing") else "",
                                       "skipped" if e.status == "skipped" and not e.page else "",
                                       "flagged" if e.concerns else "") if c)
        attrs = (f' data-status="{_e(e.status)}" data-attention="{int(_needs_attention(e))}" data-producer="{_e(e.producer or "")}"'
                 + (f' data-search="{_e(e.search)}"' if e.search else "") + (f' class="{classes}"' if classes else ""))
        producer = f"<td>{_e(e.producer)}</td>" if e.producer else '<td><span class="none">—</span></td>'
        body.append(f"<tr{attrs}>{status}{_attention_cell(e)}<td>{document}</td>{title_cell}{producer}{cells}</tr>")
    body.append("</tbody></table>")
    return _document(title, body, wide=True)


# ---------------------------------------------------------------------------------- batch pages

def _brochure_link(page: str, record: BrochureRecord, block: str | None = None) -> str:
    """A link to a brochure's page (at a block, when given), named by its title."""
    href = quote(page) + (f"#blk-{quote(block)}" if block else "")
    return f'<a href="{_e(href)}">{_e(record.title or page)}</a>'


def _batch_page(title: str, current: str, counts: dict[str, int], intro: str, table_id: str, filters: str,
                head: list[str], rows: list[str], numeric: Iterable[int] = ()) -> str:
    numeric = set(numeric)
    body = [f"<h1>{_e(title)}</h1>", _batch_nav(current, counts), f'<p class="counts">{intro}</p>']
    if not rows:
        body.append(f'<p class="none">No {title.lower()} in these records.</p>')
        return _document(title, body, wide=True)
    body.append(filters)
    body.append(f'<table class="sortable" id="{table_id}"><thead><tr>' + "".join(
        f'<th class="num">{h}</th>' if i in numeric else f"<th>{h}</th>" for i, h in enumerate(head)) + "</tr></thead><tbody>")
    body.extend(rows)
    body.append("</tbody></table>")
    return _document(title, body, wide=True)


def batch_counts(pages: dict[str, tuple[BrochureRecord, str]]) -> dict[str, int]:
    """How many partnerships, distinct organizations (by id) and countries (by ISO code) the records name."""
    records = [record for record, _ in pages.values()]
    return {"partnerships": sum(len(r.partnerships) for r in records),
            "organizations": len({o.id for r in records for o in r.entities.organizations}),
            "countries": len({c.iso_alpha2 for r in records for c in r.entities.countries})}


def render_partnerships(pages: dict[str, tuple[BrochureRecord, str]]) -> str:
    """partnerships.html: every partnership of every record, with its brochure and its evidence (a
    link to the block that says so); filtered by instrument and searched."""
    counts = batch_counts(pages)
    rows = []
    instruments: set[str] = set()
    for page, (record, _) in sorted(pages.items()):
        for p in record.partnerships:
            instrument = p.instrument.replace("_", " ")
            instruments.add(instrument)
            parties = "<br>".join(_e(party.name) + (f" ({_e(party.acronym)})" if party.acronym else "")
                                  + (f', <span class="blocks">{_e(party.unit)}</span>' if party.unit else "") for party in p.parties)
            years = "–".join(str(y) for y in (p.year, p.end_year) if y is not None) or "—"
            evidence = "".join(f'<div class="evidence">“{_e(ev.text)}” <a class="blocks" href="{_e(quote(page))}#blk-{_e(ev.block)}">'
                               f"{_e(ev.block)}</a></div>" for ev in p.evidence)
            rows.append(f'<tr data-instrument="{_e(instrument)}" data-review="{int(p.needs_review)}">'
                        f'<td>{_brochure_link(page, record)}</td><td>{_e(p.name or "—")}</td>'
                        f"<td>{_e(instrument)}</td><td>{parties}</td><td data-sort=\"{p.year or 0}\">{_e(years)}</td>"
                        f"<td>{_e(', '.join(p.themes) or '—')}</td><td>{_review_cell(p.review, p.needs_review)}</td>"
                        f"<td>{evidence}</td></tr>")
    brochures = sum(1 for record, _ in pages.values() if record.partnerships)
    intro = f"{_plural(counts['partnerships'], 'partnership')} in {_plural(brochures, 'brochure')}"
    filters = _filters("partnerships-table", placeholder="party, name, evidence…",
                       selects=[("instrument", "Instrument", sorted(instruments))],
                       checkboxes=[("review", "to review only")])
    return _batch_page("Partnerships", BATCH_PAGES["partnerships"], counts, intro, "partnerships-table", filters,
                       ["Brochure", "Name", "Instrument", "Parties", "Years", "Themes", "Review", "Evidence"], rows)


def _named_in(mentions_by_page: list[tuple[str, BrochureRecord, list[Mention]]]) -> str:
    """The brochures that name an entity, each a link to its first mention."""
    links = []
    for page, record, mentions in mentions_by_page:
        block = mentions[0].block if mentions else None
        links.append(_brochure_link(page, record, block) + (f' <span class="blocks">({len(mentions)})</span>' if mentions else ""))
    return "<br>".join(links)


def render_organizations(pages: dict[str, tuple[BrochureRecord, str]]) -> str:
    """organizations.html: every organization of the batch (by id) with how many brochures name it,
    its mentions, and a link to its first mention in each; those not in the shipped data filterable."""
    counts = batch_counts(pages)
    found: dict[str, tuple[Organization, list[tuple[str, BrochureRecord, list[Mention]]]]] = {}
    units: dict[str, set[str]] = {}
    to_review: set[str] = set()  # ids that need review in any brochure
    for page, (record, _) in sorted(pages.items()):
        for organization in record.entities.organizations:
            entry = found.setdefault(organization.id, (organization, []))
            entry[1].append((page, record, organization.mentions))
            units.setdefault(organization.id, set()).update(organization.units)
            if organization.needs_review:
                to_review.add(organization.id)
    rows = []
    for org_id, (o, named) in sorted(found.items(), key=lambda item: (-len(item[1][1]), item[0])):
        mentions = sum(len(m) for _, _, m in named)
        offices = "<br>".join(_e(u) for u in sorted(units[org_id])) or "—"
        rows.append(f'<tr data-unknown="{int(not o.known)}" data-review="{int(org_id in to_review)}" data-kind="{_e(o.kind)}">'
                    f"<td>{_e(o.name)}</td><td><code>{_e(org_id)}</code></td>"
                    f"<td>{_e(o.acronym or '—')}</td><td>{_e(o.kind.replace('_', ' '))}</td>"
                    f"<td>{'yes' if o.known else 'no (found by pattern)'}</td>"
                    f"<td>{offices}</td>"
                    f'<td class="num" data-sort="{len(named)}">{len(named)}</td><td class="num" data-sort="{mentions}">{mentions}</td>'
                    f"<td>{_named_in(named)}</td></tr>")
    unknown = sum(1 for o, _ in found.values() if not o.known)
    intro = (f"{_plural(len(found), 'organization')} named in {_plural(len(pages), 'brochure')}"
             + (f"; {unknown} not in the shipped data (found by their shape: check them)" if unknown else ""))
    filters = _filters("organizations-table", placeholder="name, acronym, id…",
                       selects=[("kind", "Kind", sorted({o.kind for o, _ in found.values()}))],
                       checkboxes=[("unknown", "not in the data only"), ("review", "to review only")])
    return _batch_page("Organizations", BATCH_PAGES["organizations"], counts, intro, "organizations-table", filters,
                       ["Name", "Id", "Acronym", "Kind", "Known", "Offices", "Brochures", "Mentions", "Named in"], rows,
                       numeric=(6, 7))


def render_countries(pages: dict[str, tuple[BrochureRecord, str]]) -> str:
    """countries.html: every country of the batch (by ISO code) with how many brochures name it and
    a link to its first mention in each."""
    counts = batch_counts(pages)
    found: dict[str, tuple[Country, list[tuple[str, BrochureRecord, list[Mention]]]]] = {}
    for page, (record, _) in sorted(pages.items()):
        for country in record.entities.countries:
            found.setdefault(country.iso_alpha2, (country, []))[1].append((page, record, country.mentions))
    rows = []
    for code, (c, named) in sorted(found.items(), key=lambda item: (-len(item[1][1]), item[0])):
        mentions = sum(len(m) for _, _, m in named)
        rows.append(f"<tr><td>{_e(c.name)}</td><td><code>{_e(code)}</code></td><td><code>{_e(c.iso_alpha3)}</code></td>"
                    f'<td class="num" data-sort="{len(named)}">{len(named)}</td><td class="num" data-sort="{mentions}">{mentions}</td>'
                    f"<td>{_named_in(named)}</td></tr>")
    intro = f"{_plural(len(found), 'country')} named in {_plural(len(pages), 'brochure')}"
    filters = _filters("countries-table", placeholder="country, code…")
    return _batch_page("Countries", BATCH_PAGES["countries"], counts, intro, "countries-table", filters,
                       ["Country", "ISO alpha-2", "ISO alpha-3", "Brochures", "Mentions", "Named in"], rows, numeric=(3, 4))


# -------------------------------------------------------------------------------------------- write

PICTURES = "pages"
"""The folder (in the report's folder) of the source pages' pictures."""


def write_report(source: Path, out_dir: Path, *, sources: Iterable[Path] | None = None, show_sources: bool = True) -> list[Path]:
    """Write the HTML report of a record file or a folder of records into ``out_dir``: index.html,
    the batch pages (partnerships.html, organizations.html, countries.html), one ``<record
    name>.html`` per record, and each PDF source's pages as ``pages/<record name>-p<N>.png``.

    ``sources`` are the folders the records' source paths are relative to (default: the current
    folder, where ``brochure extract`` ran); a source is shown only when found there with the
    record's sha256 (`pipeline.source_pages`). ``show_sources`` False leaves the sources out.
    Returns the files written, index.html first. Each file is written atomically (a temporary
    file, then os.replace). Raises `ReportError` when ``source`` is missing, or is a file that is
    not a readable record."""
    source, out_dir = Path(source), Path(out_dir)
    roots = [Path(root) for root in sources] if sources is not None else [Path.cwd()]
    if not source.exists():
        raise ReportError(source, "no such file or folder")
    batch = _collect(source)
    written: list[Path] = []
    pictures: list[Path] = []
    producers: dict[str, str] = {}
    for page, (record, name) in batch.pages.items():
        view = view_source(record, roots) if show_sources else None
        images: dict[int, str] = {}
        for rendered in view.pages if view else []:
            picture = out_dir / PICTURES / f"{Path(page).stem}-p{rendered.number}.png"
            write_atomic(picture, rendered.png)
            pictures.append(picture)
            images[rendered.number] = f"{PICTURES}/{picture.name}"
        if view and view.producer:
            producers[page] = view.producer
        target = out_dir / page
        write_atomic(target, render_record(record, name, "index.html", view, images))
        written.append(target)
    for entry in batch.entries:
        if entry.page in producers:
            entry.producer = producers[entry.page]
    counts = batch_counts(batch.pages)
    index = out_dir / "index.html"
    write_atomic(index, render_index(batch.entries, batch.notes, batch_counts=counts))
    extra = []
    for render, page in ((render_partnerships, "partnerships"), (render_organizations, "organizations"), (render_countries, "countries")):
        target = out_dir / BATCH_PAGES[page]
        write_atomic(target, render(batch.pages))
        extra.append(target)
    return [index, *extra, *written, *pictures]


def report_command(source: str | Path, out_dir: str | Path, *, quiet: bool = False, sources: Iterable[str | Path] | None = None,
                   show_sources: bool = True, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """`brochure report SOURCE -o DIR [--sources DIR]`: writes the pages; returns 0, or 2 when the
    input cannot be used."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        written = write_report(Path(source), Path(out_dir), sources=[Path(s) for s in sources] if sources else None,
                               show_sources=show_sources)
    except (ReportError, OSError) as error:
        print(f"brochure report: error: {error}", file=stderr)
        return 2
    if not quiet:
        html = [p for p in written if p.suffix == ".html"]
        print(f"{len(html) - 1} page(s) and index.html written ({len(written) - len(html)} source page pictures); open {written[0]}",
              file=stdout)
    return 0
