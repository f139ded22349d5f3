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

from pipeline.files import write_atomic
from pipeline.layout.accounting import too_much_furniture
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

__all__ = [
    "ENTITY_COLORS", "ENTITY_LABELS", "ReportError", "count_record", "load_manifest", "page_concerns",
    "record_concerns", "render_index", "render_record", "render_text", "report_command", "write_report",
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

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: #1d2430;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.page { max-width: 1120px; margin: 0 auto; padding: 20px 36px 64px; background: #fff; min-height: 100vh; }
a { color: #0b5cad; }
.crumbs { margin: 0 0 .5em; font-size: .9rem; }
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
@media print { body { background: #fff; } .page { padding: 0; } nav.contents { display: none; } }
""".strip()


class ReportError(ValueError):
    """The report cannot be made from this input; ``path`` names it."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


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


def _dropped(page: PageAccounting) -> int:
    """The characters of a page dropped, for whatever reason."""
    return sum(dropped.characters for dropped in page.dropped)


def page_concerns(page: PageAccounting) -> list[str]:
    """What makes a page worth a second look, in words ("page 2: 40% furniture", "page 3: 120
    characters dropped"): too much furniture (``pipeline.layout.accounting.too_much_furniture``, the
    rule of the pipeline's warning: a sign the page was misread), characters dropped. Empty for a
    page that is fine."""
    concerns = []
    if too_much_furniture(page):
        concerns.append(f"{_page_name(page)}: {_percent(_furniture_share(page))} furniture")
    if _dropped(page):
        concerns.append(f"{_page_name(page)}: {_plural(_dropped(page), 'character')} dropped")
    return concerns


def record_concerns(record: BrochureRecord | dict) -> list[str]:
    """`page_concerns` of every page of a record, in page order (empty for a 1.0.0 record, which has
    no page accounting)."""
    return [concern for page in as_record(record).pages for concern in page_concerns(page)]


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

    def __init__(self, record: BrochureRecord, name: str):
        self.record = record
        self.name = name
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
        parts = [("text", "Text"), *([("tables", "Tables")] if self.loose_tables else []), ("quotes", "Quotes"),
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
        out = [f'<section class="brochure-section" id="blk-{_e(sid)}">', f"<{tag}>{shown}</{tag}>"]
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
        return f'<p class="para" id="blk-{_e(pid)}"{self._page_attr(paragraph.page)}>{self.text(pid, paragraph.text)}</p>'

    def _bullet(self, bullet: Bullet) -> str:
        bid = bullet.id
        return (f'<li class="bullet lvl-{bullet.level}" id="blk-{_e(bid)}"{self._page_attr(bullet.page)}>'
                f'<span class="marker" aria-hidden="true">{_e(bullet.marker or "•")}</span>'
                f'<span class="btext">{self.text(bid, bullet.text)}</span></li>')

    @staticmethod
    def _page_attr(page: int | None) -> str:
        return f' title="page {_e(page)}"' if page is not None else ""

    # -- the brochure's tables --------------------------------------------------------------------

    def table(self, table: Table) -> list[str]:
        """A table of the brochure as a <figure>: the caption above (with its id and pages), the
        header rows as <th>, the body rows as <td> (each cell with its block id, its mentions
        highlighted), the source note below."""
        pages = ", ".join(str(p) for p in table.pages) or (str(table.page) if table.page is not None else "")
        where = f"{table.id}" + (f", page{'s' * (len(table.pages) > 1)} {pages}" if pages else "")
        caption = (f"{_e(table.caption)} " if table.caption else "") + f'<span class="blocks">({_e(where)})</span>'
        out = [f'<figure class="brochure-table" id="blk-{_e(table.id)}"{self._page_attr(table.page)}>',
               f"<table><caption>{caption}</caption>"]
        if table.header_rows:
            out.append("<thead>" + "".join(self._table_row(table.id, number, row, "th")
                                           for number, row in enumerate(table.header_rows, start=1)) + "</thead>")
        first_body_row = len(table.header_rows) + 1  # rows are counted over the header rows, then the body rows
        out.append("<tbody>" + "".join(self._table_row(table.id, number, row, "td")
                                       for number, row in enumerate(table.rows, start=first_body_row)) + "</tbody>")
        out.append("</table>")
        if table.source_note:
            out.append(f'<p class="source-note">{_e(table.source_note)}</p>')
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
            block = f"{table_id}.r{number}.c{column}"
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
                caption = self.text(f"{q.id}.a", q.attribution)
            else:
                caption = _e(", ".join(str(x) for x in (q.speaker, q.role, q.context) if x))
            out.append(f'<figure class="quote" id="blk-{_e(q.id)}"><blockquote>{self.text(q.id, q.text)}</blockquote>'
                       + (f'<figcaption id="blk-{_e(q.id)}.a">— {caption}</figcaption>' if caption else "") + "</figure>")
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
                         iati_cell, offices, self._blocks(o.mentions)])
        out += self._table("organizations", "Organizations", "ORG",
                           ["Name", "Id", "Acronym", "Kind", "Known", "Country", "Wikidata", "IATI", "Offices", "Mentions"], rows)
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
                         "<br>".join(parties), _e(years), _e(", ".join(p.themes) or "—"), evidence])
        return self._table("partnerships", "Partnerships", None,
                           ["Id", "Name", "Instrument", "Parties", "Years", "Themes", "Evidence"], rows)

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

    def warnings(self) -> list[str]:
        warnings = self.record.warnings
        out = ['<h2 id="warnings">Warnings</h2>']
        out.append('<ul class="warnings">' + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>"
                   if warnings else '<p class="none">No warnings.</p>')
        return out

    def render(self, index_href: str | None) -> str:
        body = self.header(index_href)
        body.append('<h2 id="text">Text</h2>')
        sections = self.record.sections
        if not sections:
            body.append('<p class="none">No text.</p>')
        for section in sections:
            body.extend(self.section(section, 1))
        for part in (self.loose_table_part, self.quotes, self.contacts, self.links, self.credits, self.entity_tables,
                     self.partnerships, self.pages, self.warnings):
            body.extend(part())
        title = self.record.title or self.name
        return _document(f"{title} — brochure report", body)


def _document(title: str, body: list[str]) -> str:
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
        '<div class="page">',
        *body,
        "</div>",
        "</body>",
        "</html>",
        "",
    ])


def render_record(record: BrochureRecord | dict, name: str = "record.json", index_href: str | None = "index.html") -> str:
    """The HTML page of one record (a `BrochureRecord`, or its JSON as a dict, validated); ``name``
    is its file name, shown on the page."""
    return _Page(as_record(record), name).render(index_href)


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


@dataclass(slots=True)
class _Batch:
    entries: list[IndexEntry] = field(default_factory=list)
    pages: dict[str, tuple[BrochureRecord, str]] = field(default_factory=dict)  # page file name -> (record, record file name)
    notes: list[str] = field(default_factory=list)


def load_manifest(path: Path) -> dict:
    """The batch runner's manifest.json; `ReportError` when it cannot be read or has no "documents" list."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ReportError(path, f"cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise ReportError(path, f"not JSON: {error}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("documents"), list):
        raise ReportError(path, 'not a manifest (a JSON object with a "documents" list)')
    return manifest


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
    return IndexEntry(name, "ok", record.source.path, page, record.title, count_record(record), concerns=record_concerns(record))


def _page_names(files: list[Path]) -> dict[Path, str]:
    """``<stem>.html`` per record file, never ``index.html`` and never twice."""
    taken = {"index.html"}
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
    documents: list[dict] = []
    if manifest_path.is_file():
        try:
            documents = [d for d in load_manifest(manifest_path)["documents"] if isinstance(d, dict)]
        except ReportError as error:
            batch.notes.append(f"manifest.json was not used: {error.reason}")
    by_sha = {}
    for name, (_, record) in records.items():
        by_sha.setdefault(record.source.sha256, name)
    used: set[str] = set()
    for document in documents:
        status = str(document.get("status") or "unknown")
        shown = str(document.get("path") or document.get("output") or "(unnamed)")
        found = None
        output = document.get("output")
        if output and Path(str(output)).name in records:
            found = Path(str(output)).name
        elif document.get("sha256") and by_sha.get(document["sha256"]) is not None:
            found = by_sha[document["sha256"]]
        if status == "ok" and found is not None and found not in used:
            used.add(found)
            entry = ok_entry(*records[found])
            entry.source = shown
            batch.entries.append(entry)
        elif status == "ok":
            batch.entries.append(IndexEntry(Path(str(output)).name if output else shown, "missing", shown,
                                            code="missing_record", message="the manifest lists this record but it is not in the folder"))
        else:
            batch.entries.append(IndexEntry(shown, status, shown, code=document.get("code"), message=document.get("message")))
    for name in sorted(records):
        if name not in used:
            batch.entries.append(ok_entry(*records[name]))
    # failures first (in their order), then the records with pages to check, then the rest (in theirs)
    batch.entries.sort(key=lambda entry: (entry.status in ("ok", "skipped"), not entry.concerns))
    return batch


def _check_cell(entry: IndexEntry) -> str:
    """The index's "Check" cell: one badge per concern of the record (see `record_concerns`), or "—"."""
    if not entry.concerns:
        return '<td class="check">—</td>'
    badges = "".join(f'<span class="badge">{_e(concern)}</span>' for concern in entry.concerns)
    return f'<td class="check">{badges}</td>'


def render_index(entries: list[IndexEntry], notes: Iterable[str] = (), title: str = "Brochure reports") -> str:
    """The index page: failures first (error code and message), then every document with its counts,
    those with pages to check (too much furniture, characters dropped) flagged first."""
    statuses: dict[str, int] = {}
    for entry in entries:
        statuses[entry.status] = statuses.get(entry.status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items()))
    flagged = sum(1 for entry in entries if entry.concerns)
    counted = (_plural(len(entries), "document") + (f": {_e(summary)}" if summary else "")
               + (f"; {flagged} with pages to check" if flagged else ""))
    body = [f"<h1>{_e(title)}</h1>", f'<p class="counts">{counted}</p>']
    body.extend(f'<ul class="warnings"><li>{_e(note)}</li></ul>' for note in notes)
    failures = [e for e in entries if e.status not in ("ok", "skipped")]
    if failures:
        body.append(f'<h2 id="failures">Failed <small>({len(failures)})</small></h2>')
        body.append("<table><thead><tr><th>Status</th><th>Document</th><th>Error code</th><th>Message</th></tr></thead><tbody>")
        body.extend(f'<tr class="failed"><td class="status status-{_e(e.status)}">{_e(e.status)}</td><td>{_e(e.name)}</td>'
                    f'<td class="code">{_e(e.code or "—")}</td><td>{_e(e.message or "")}</td></tr>' for e in failures)
        body.append("</tbody></table>")
    body.append('<h2 id="documents">Documents</h2>')
    rows = [e for e in entries if e.status in ("ok", "skipped")]
    if not rows:
        body.append('<p class="none">No records.</p>')
    else:
        head = ["Status", "Check", "Document", "Title", "Sections", "Bullets", "Organizations", "Countries", "Partnerships"]
        body.append("<table><thead><tr>" + "".join(
            f'<th class="num">{h}</th>' if i >= 4 else f"<th>{h}</th>" for i, h in enumerate(head)) + "</tr></thead><tbody>")
        for e in rows:
            document = f'<a href="{_e(quote(e.page))}">{_e(e.name)}</a>' if e.page else _e(e.name)
            if e.source and e.source != e.name:
                document += f'<br><span class="url">{_e(e.source)}</span>'
            title_cell = _e(e.title) if e.title else ('<span class="none">untitled</span>' if e.status == "ok" else _e(e.message or ""))
            counts = e.counts or {}
            cells = "".join(f'<td class="num">{counts.get(k, "—")}</td>'
                            for k in ("sections", "bullets", "organizations", "countries", "partnerships"))
            status = f'<td class="status status-{_e(e.status)}">{_e(e.status)}</td>'
            flagged_row = ' class="flagged"' if e.concerns else ""
            body.append(f"<tr{flagged_row}>{status}{_check_cell(e)}<td>{document}</td><td>{title_cell}</td>{cells}</tr>")
        body.append("</tbody></table>")
    return _document(title, body)


# -------------------------------------------------------------------------------------------- write

def write_report(source: Path, out_dir: Path) -> list[Path]:
    """Write the HTML report of a record file or a folder of records into ``out_dir``: index.html and
    one ``<record name>.html`` per record. Returns the files written, index.html first. Each file is
    written atomically (a temporary file, then os.replace). Raises `ReportError` when ``source`` is
    missing, or is a file that is not a readable record."""
    source, out_dir = Path(source), Path(out_dir)
    if not source.exists():
        raise ReportError(source, "no such file or folder")
    batch = _collect(source)
    written: list[Path] = []
    index = out_dir / "index.html"
    write_atomic(index, render_index(batch.entries, batch.notes))
    written.append(index)
    for page, (record, name) in batch.pages.items():
        target = out_dir / page
        write_atomic(target, render_record(record, name, "index.html"))
        written.append(target)
    return written


def report_command(source: str | Path, out_dir: str | Path, *, quiet: bool = False,
                   stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """`brochure report SOURCE -o DIR`: writes the pages; returns 0, or 2 when the input cannot be used."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        written = write_report(Path(source), Path(out_dir))
    except (ReportError, OSError) as error:
        print(f"brochure report: error: {error}", file=stderr)
        return 2
    if not quiet:
        print(f"{len(written) - 1} page(s) and index.html written; open {written[0]}", file=stdout)
    return 0
