"""`brochure report`: static HTML pages of records (pipeline/report.py).

The inputs are the golden records in tests/golden/; the pipeline is not run. The browser test needs
Chromium (`apt-get install chromium`) and is skipped without it."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.record import BrochureRecord, DroppedText, FurnitureLine
from pipeline.record import all_sections as record_sections
from pipeline.report import (
    BATCH_PAGES,
    CSS,
    ReportError,
    count_record,
    page_concerns,
    record_attention,
    record_concerns,
    render_record,
    render_text,
    write_report,
)
from pipeline.report_script import SCRIPT

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
REFERENCE = GOLDEN / "partnerships-for-decent-work.json"
FACTSHEET = GOLDEN / "migrant-workers-factsheet.pdf.json"  # one table, on page 2 in its 3rd section: a header row, 3 body rows
MISREAD = ("page 2: 25% of its characters were set apart as furniture (running headers, footers, page numbers); "
           "it may be misread")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RESOURCE_ATTRIBUTES = {"src", "srcset", "data", "poster", "background", "action", "formaction"}


def load(path: Path = REFERENCE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def all_sections(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found.append(section)
        found.extend(all_sections(section.get("subsections") or []))
    return found


class Page(HTMLParser):
    """The tags, the text and the highlighted entities of a page; ``problems`` lists tags that do not nest."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.parts: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (data-label, text)
        self._mark: tuple[str, list[str]] | None = None
        self.feed(html)
        self.close()
        if self.stack:
            self.problems.append(f"unclosed: {self.stack}")

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "br":
            self.parts.append("\n")
        if tag == "mark":
            self._mark = (dict(attrs).get("data-label") or "", [])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark[0], "".join(self._mark[1])))
            self._mark = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("style", "title", "script"):
            return
        self.parts.append(data)
        if self._mark is not None:
            self._mark[1].append(data)


@pytest.fixture(scope="module")
def reference_page(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report")
    written = write_report(REFERENCE, out, show_sources=False)
    page = out / "partnerships-for-decent-work.html"
    assert written == [out / "index.html", *(out / name for name in BATCH_PAGES.values()), page]
    return page, page.read_text(encoding="utf-8")


def factsheet() -> BrochureRecord:
    """The factsheet's golden record, as a model: change a copy (``model_copy(deep=True)``)."""
    return BrochureRecord.model_validate(load(FACTSHEET))


def misread_factsheet() -> BrochureRecord:
    """The factsheet with page 2 misread: 300 of its 1197 characters set apart as furniture (taken
    from its content, so the parts still add up) and the pipeline's warning about it."""
    record = factsheet().model_copy(deep=True)
    page = record.pages[1]
    page.content -= 300 - page.furniture
    page.furniture = 300
    record.furniture.append(FurnitureLine(page=2, text="Labour Migration in ASEAN · TRIANGLE factsheet · 2024"))
    record.warnings.append(MISREAD)
    return record


class Cells(HTMLParser):
    """The cells of a page's tables: (tag, attributes, text, the id of the <section> around it), and
    the text of each <caption>, in page order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.cells: list[tuple[str, dict[str, str | None], str, str | None]] = []
        self.captions: list[str] = []
        self.sections: list[str | None] = []
        self._cell: tuple[str, dict, list[str]] | None = None
        self._caption: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.sections.append(dict(attrs).get("id"))
        elif tag in ("td", "th"):
            self._cell = (tag, dict(attrs), [])
        elif tag == "caption":
            self._caption = []

    def handle_endtag(self, tag):
        if tag == "section":
            self.sections.pop()
        elif tag in ("td", "th") and self._cell is not None:
            kind, attrs, parts = self._cell
            self.cells.append((kind, attrs, "".join(parts), self.sections[-1] if self.sections else None))
            self._cell = None
        elif tag == "caption" and self._caption is not None:
            self.captions.append("".join(self._caption))
            self._caption = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2].append(data)
        if self._caption is not None:
            self._caption.append(data)

    def by_id(self) -> dict[str, tuple[str, dict, str, str | None]]:
        return {attrs["id"]: (tag, attrs, text, section) for tag, attrs, text, section in self.cells if attrs.get("id")}


def accounting_rows(html: str) -> dict[str, tuple[str | None, list[str]]]:
    """The rows of a page's accounting table: page cell -> (the row's class, its cells' text)."""
    found: dict[str, tuple[str | None, list[str]]] = {}
    start = html.index('<table class="accounting">')
    table = html[start:html.index("</table>", start)]

    class Rows(HTMLParser):
        row: tuple[str | None, list[str]] | None = None

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.row = (dict(attrs).get("class"), [])
            elif tag == "td" and self.row is not None:
                self.row[1].append("")

        def handle_endtag(self, tag):
            if tag == "tr" and self.row is not None and self.row[1]:
                found[self.row[1][0]] = self.row
            if tag == "tr":
                self.row = None

        def handle_data(self, data):
            if self.row is not None and self.row[1]:
                self.row[1][-1] += data

    Rows().feed(table)
    return found


def mentions(record: dict) -> list[tuple[str, dict]]:
    return [(kind, m) for kind, items in record["entities"].items() for item in items for m in item["mentions"]]


# ---------------------------------------------------------------------------------------- content

def test_the_page_parses_and_holds_every_heading_bullet_and_paragraph(reference_page) -> None:
    _, html = reference_page
    page = Page(html)
    assert page.problems == []
    record = load()
    text = page.text
    assert record["title"] in text
    for section in all_sections(record["sections"]):
        assert section["heading"] in text
        for block in section["paragraphs"] + section["bullets"]:
            assert block["text"] in text, block["id"]
    for quote in record["quotes"]:
        assert quote["text"] in text
    for contact in record["contacts"]:
        assert contact["text"] in text
    for link in record["links"]:
        assert (link["title"] or link["url"]) in text  # a link without a title is shown by its address
        assert ("a", {"href": link["url"]}) in page.tags
    for credit in record["credits"]:
        assert credit in text
    for partnership in record["partnerships"]:
        for evidence in partnership["evidence"]:
            assert evidence["text"] in text


def test_every_entity_mention_is_in_the_page_and_highlighted_by_type(reference_page) -> None:
    _, html = reference_page
    page = Page(html)
    record = load()
    labels = {"organizations": "ORG", "countries": "COUNTRY", "regions": "REGION", "years": "YEAR", "themes": "THEME"}
    marked = set(page.marks)
    for kind, mention in mentions(record):
        assert mention["text"] in page.text
        assert (labels[kind], mention["text"]) in marked, (kind, mention)
    colours = {attrs.get("style") for tag, attrs in page.tags if tag == "mark" and attrs.get("data-label") == "COUNTRY"}
    assert len(colours) == 1  # one colour per type


def test_bullets_are_indented_by_level(tmp_path: Path) -> None:
    record = load(GOLDEN / "safe-work-garments-bangladesh.json")
    write_report(GOLDEN / "safe-work-garments-bangladesh.json", tmp_path)
    page = Page((tmp_path / "safe-work-garments-bangladesh.html").read_text(encoding="utf-8"))
    levels = {attrs["id"]: attrs["class"] for tag, attrs in page.tags if tag == "li" and "bullet" in (attrs.get("class") or "")}
    for section in all_sections(record["sections"]):
        for bullet in section["bullets"]:
            assert f"lvl-{bullet['level']}" in levels[f"blk-{bullet['id']}"].split()
    assert any("lvl-2" in c for c in levels.values())


def test_the_entity_and_partnership_tables(reference_page) -> None:
    _, html = reference_page
    text = Page(html).text
    record = load()
    for organization in record["entities"]["organizations"]:
        assert organization["id"] in text and organization["name"] in text
        for unit in organization["units"]:  # the "Offices" column
            assert unit in text
        for identifier in (organization["identifiers"] or {}).values():
            if identifier:
                assert identifier in text
    units = [party["unit"] for p in record["partnerships"] for party in p["parties"] if party.get("unit")]
    assert units and all(unit in text for unit in units)
    for country in record["entities"]["countries"]:
        assert country["iso_alpha2"] in text and country["iso_alpha3"] in text
    for theme in record["entities"]["themes"]:
        for target in theme["sdg_targets"]:
            assert target in text
    assert "memorandum of understanding" in text
    assert "No warnings." in text


def test_text_is_escaped(tmp_path: Path) -> None:
    record = load()
    record["title"] = 'Tom & "Jerry" <b>bold</b>'
    record["entities"]["themes"][0]["mentions"] = [{"block": "title", "start": 0, "end": 3, "text": "Tom"}]
    record["sections"][0]["heading"] = "<script>alert(1)</script>"
    record["sections"][0]["paragraphs"][0]["text"] = "a < b & c > d \"quoted\" 'single'"
    record["links"][0]["url"] = "javascript:alert(1)"
    record["warnings"] = ["<img src=x onerror=alert(1)>"]
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(record), encoding="utf-8")
    write_report(source, tmp_path / "out")
    html = (tmp_path / "out" / "odd.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.problems == []
    assert not [tag for tag, _ in page.tags if tag in ("img", "b")]
    assert [attrs for tag, attrs in page.tags if tag == "script"] == [{}]  # the report's own script only
    assert html.count("<script>") == 1 and f"<script>{SCRIPT}</script>" in html
    assert record["title"] in page.text
    assert "<script>alert(1)</script>" in page.text
    assert "a < b & c > d \"quoted\" 'single'" in page.text
    assert ("THEME", "Tom") in page.marks
    assert "javascript:" not in " ".join(str(a.get("href")) for _, a in page.tags)
    index = Page((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    assert record["title"] in index.text and index.problems == []


def test_render_text_leaves_out_spans_that_do_not_fit() -> None:
    html = render_text("Japan and Korea", [
        {"start": 0, "end": 5, "label": "COUNTRY", "text": "Japan"},
        {"start": 0, "end": 9, "label": "ORG"},  # overlaps a longer one at the same start: the longer wins
        {"start": 10, "end": 15, "label": "COUNTRY", "text": "Korea"},
        {"start": 10, "end": 99, "label": "COUNTRY"},  # past the end
        {"start": 3, "end": 6, "label": "YEAR", "text": "xyz"},  # wrong text
    ])
    page = Page(html)
    assert page.text == "Japan and Korea"
    assert page.marks == [("ORG", "Japan and"), ("COUNTRY", "Korea")]


def test_no_resource_is_loaded_from_the_network(tmp_path: Path) -> None:
    written = write_report(GOLDEN, tmp_path, sources=[ROOT])
    pages = [path for path in written if path.suffix == ".html"]
    assert len(pages) == 1 + len(BATCH_PAGES) + len(list(GOLDEN.glob("*.json")))
    pictures = [path for path in written if path.suffix == ".png"]
    assert pictures and all(path.parent == tmp_path / "pages" for path in pictures)  # the PDF samples' pages, beside
    for path in pages:
        html = path.read_text(encoding="utf-8")
        page = Page(html)
        assert page.problems == [], path.name
        assert "url(" not in html and "@import" not in html
        assert ("meta", {"charset": "utf-8"}) in page.tags
        csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        assert csp and "default-src 'none'" in (csp[0]["content"] or "")
        assert html.count("<script") == 1 and f"<script>{SCRIPT}</script>" in html  # inline, allowed by its hash only
        assert "script-src 'sha256-" in csp[0]["content"] and "unsafe-eval" not in csp[0]["content"]
        for tag, attrs in page.tags:
            assert tag not in ("iframe", "object", "embed", "base"), (path.name, tag)
            if tag == "img":
                assert (tmp_path / (attrs["src"] or "")).is_file(), (path.name, attrs)
            if tag == "link":
                pytest.fail(f"{path.name}: <link {attrs}>")
            for name in RESOURCE_ATTRIBUTES & set(attrs):
                value = (attrs[name] or "").strip().lower()
                assert not value.startswith(("http:", "https:", "//", "ftp:")), (path.name, tag, name, value)


def test_output_is_deterministic_utf8_and_atomic(tmp_path: Path) -> None:
    first = write_report(GOLDEN, tmp_path / "a", sources=[ROOT])
    second = write_report(GOLDEN, tmp_path / "b", sources=[ROOT])
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        if a.suffix == ".html":
            a.read_bytes().decode("utf-8")
    again = write_report(GOLDEN, tmp_path / "a", sources=[ROOT])  # over the old files
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in second]
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "a") for p in first)  # no temporary files left


def test_a_missing_or_broken_source_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="missing.json"):
        write_report(tmp_path / "missing.json", tmp_path / "out")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ReportError, match="broken.json"):
        write_report(broken, tmp_path / "out")


# --------------------------------------------------------------------- tables and page accounting

def test_a_table_is_an_html_table_in_its_section_with_mentions_highlighted() -> None:
    record = factsheet()
    (table,) = record.tables
    html = render_record(record, FACTSHEET.name)
    page = Page(html)
    assert page.problems == []
    cells = Cells(html).by_id()
    for number, row in enumerate([*table.header_rows, *table.rows], start=1):
        for column, text in enumerate(row, start=1):
            tag, _, shown, section = cells[f"blk-{table.id}.r{number}.c{column}"]
            assert (tag, shown, section) == ("th" if number <= len(table.header_rows) else "td", text, f"blk-{table.section}")
    assert cells[f"blk-{table.id}.r1.c1"][2] == "Country" and cells[f"blk-{table.id}.r2.c1"][2] == "Malaysia"
    # the mentions in the cells are highlighted as in a paragraph
    cell_mentions = [m for c in record.entities.countries for m in c.mentions if m.block.startswith(f"{table.id}.")]
    assert cell_mentions
    for mention in cell_mentions:
        assert ("COUNTRY", mention.text) in page.marks
        cell = html[html.index(f'id="blk-{mention.block}"'):]
        assert cell[:cell.index("</td>")].count('<mark class="entity ent-country"') == 1
    # in the section's <section>, after its paragraphs
    [home] = [s for s in record_sections(record.sections) if s.id == table.section]
    section = html[html.index(f'<section class="brochure-section" id="blk-{home.id}">'):]
    assert section.index(f'id="blk-{home.paragraphs[3].id}"') < section.index(f'id="blk-{table.id}"') < section.index("</section>")
    assert f'href="#blk-{table.id}.r2.c1"' in html  # the countries table links to the cell


def test_caption_above_source_note_below_merged_cells_and_escaping() -> None:
    record = factsheet().model_copy(deep=True)
    table = record.tables[0]
    table.caption = "Table 1. Workers <assisted> & centres"
    table.source_note = "Source: ILO TRIANGLE in ASEAN <b>2024</b>."
    table.rows.append(["Total", None, "40,450"])  # "Total" spans the first two columns
    table.rows.append([None, "23", "x < y"])  # a null at the start of a row: an empty cell
    html = render_record(record, FACTSHEET.name)
    page = Page(html)
    assert page.problems == [] and not [t for t, _ in page.tags if t == "b"]
    figure = html[html.index(f'<figure class="brochure-table" id="blk-{table.id}"'):]
    figure = figure[:figure.index("</figure>")]
    assert figure.index("<caption>") < figure.index("<thead>") < figure.index("</table>") < figure.index('class="source-note"')
    assert Cells(figure).captions[0].startswith("Table 1. Workers <assisted> & centres")
    assert "Source: ILO TRIANGLE in ASEAN <b>2024</b>." in Page(figure).text
    cells = Cells(figure)
    total = cells.by_id()[f"blk-{table.id}.r5.c1"]
    assert (total[0], total[1].get("colspan"), total[2]) == ("td", "2", "Total")
    assert f"blk-{table.id}.r5.c2" not in cells.by_id()
    last_row = [(tag, attrs.get("class"), text) for tag, attrs, text, _ in cells.cells][-3:]
    assert last_row == [("td", "merged", ""), ("td", None, "23"), ("td", None, "x < y")]


def test_a_table_of_no_known_section_is_in_the_tables_part() -> None:
    record = factsheet().model_copy(deep=True)
    record.tables[0].section = None
    html = render_record(record, FACTSHEET.name)
    assert Page(html).problems == []
    cells = Cells(html).by_id()
    table_id = record.tables[0].id
    assert cells[f"blk-{table_id}.r2.c1"][3] is None  # in no <section>
    parts = ('<h2 id="text">', '<h2 id="tables">', f'id="blk-{table_id}"', '<h2 id="quotes">')
    assert [html.index(part) for part in parts] == sorted(html.index(part) for part in parts)
    assert '<a href="#tables">Tables</a>' in html


def test_each_page_s_accounting_is_a_table_row() -> None:
    record = factsheet()
    html = render_record(record, FACTSHEET.name)
    rows = accounting_rows(html)
    for page in record.pages:
        css_class, cells = rows[str(page.page)]
        assert css_class is None  # nothing to see on either page
        assert cells[:5] == [str(page.page), page.reader, str(page.characters), str(page.content), str(page.tables)]
        assert cells[5].startswith(str(page.furniture)) and cells[6:] == [str(page.credits), "0"]
    assert rows["2"][1][:5] == ["2", "pdfium", "1197", "1101", "95"]  # the reader of the golden record
    # the furniture lines, folded away
    details = html[html.index('<details class="furniture">'):html.index("</details>")]
    assert "2 lines set apart as furniture" in details
    assert [(page, text) for page, text in table_rows(details)] == [(str(f.page), f.text) for f in record.furniture]


def test_a_page_with_much_furniture_or_dropped_characters_is_highlighted() -> None:
    record = misread_factsheet()
    record.pages[0].content -= 40
    record.pages[0].dropped = [DroppedText(reason="glyphs without a Unicode mapping", characters=40)]
    html = render_record(record, FACTSHEET.name)
    assert Page(html).problems == []
    rows = accounting_rows(html)
    assert rows["2"][0] == "flagged" and rows["2"][1][5] == "300 (25%)"
    assert rows["1"][0] == "flagged" and rows["1"][1][7] == "40: glyphs without a Unicode mapping"
    assert page_concerns(record.pages[1]) == ["page 2: 25% furniture"]
    assert record_concerns(record) == ["page 1: 40 characters dropped", "page 2: 25% furniture"]
    assert MISREAD in Page(html).text  # the pipeline's warning, in the warnings
    assert "Labour Migration in ASEAN · TRIANGLE factsheet · 2024" in Page(html).text
    # the highlight is visible: the class has a background colour of its own
    assert "tr.flagged td { background: #ffe9cc; }" in CSS
    # a page at 15% or below, with nothing dropped, is not highlighted
    fine = factsheet().model_copy(deep=True)
    fine.pages[1].furniture, fine.pages[1].content = 179, 1101 + 1 - 179  # 179 / 1197 < 15%
    assert accounting_rows(render_record(fine))["2"][0] is None and record_concerns(fine) == []


def test_a_1_0_0_record_without_tables_or_accounting_still_renders(tmp_path: Path) -> None:
    data = load(FACTSHEET)
    for name in ("tables", "furniture", "pages"):
        del data[name]
    data["schema_version"] = "1.0.0"
    source = tmp_path / "old.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    write_report(source, tmp_path / "out")
    html = (tmp_path / "out" / "old.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.problems == []
    assert "No page accounting in this record." in page.text and "No lines were set apart as furniture." in page.text
    assert "brochure-table" not in html.replace("figure.brochure-table", "")


def test_a_record_that_does_not_validate_is_a_report_error_naming_the_field(tmp_path: Path) -> None:
    data = load(FACTSHEET)
    data["pages"][0]["reader"] = "scanner"  # no reader of that name ("ocr" is one since 1.3.0)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReportError, match=r"invalid at pages\[0\]\.reader"):
        write_report(bad, tmp_path / "out")


def test_the_index_flags_records_with_a_misread_page_first(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    make_batch(folder, None)
    (folder / "zz-misread.json").write_text(misread_factsheet().model_dump_json(), encoding="utf-8")
    shutil.copy(FACTSHEET, folder / "factsheet.json")
    written = write_report(folder, tmp_path / "out", show_sources=False)
    html = written[0].read_text(encoding="utf-8")
    assert Page(html).problems == []
    every_row = table_rows(html, cells="th|td")
    head = next(cells for cells in every_row if "Attention" in cells)
    rows = every_row[every_row.index(head) + 1:]
    documents = [row[head.index("Document")] for row in rows]
    # first, though last by name; then those that ask for a look (a table, organizations not in the
    # data), in their order; then the rest
    assert documents[0].startswith("zz-misread.json")
    assert [(d.split(".json")[0], row[head.index("Attention")]) for d, row in zip(documents, rows, strict=True)][1:] == [
        ("factsheet", "1 table"), ("social-protection-mekong", "2 organizations not in the data1 partnership to review"),
        ("partnerships-for-decent-work", "—")]
    assert rows[0][head.index("Attention")] == "page 2: 25% furniture1 warning1 table"
    assert ('class="flagged"><td class="status status-ok" data-sort="2">ok</td><td class="check" data-sort="3">'
            '<span class="badge">page 2: 25% furniture') in html
    assert "1 with pages to check" in Page(html).text and "3 need attention" in Page(html).text


# ------------------------------------------------------------------------------------------ index

def make_batch(folder: Path, manifest: dict | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("partnerships-for-decent-work.json", "social-protection-mekong.json"):
        shutil.copy(GOLDEN / name, folder / name)
    (folder / "records.jsonl").write_text("", encoding="utf-8")
    if manifest is not None:
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_the_index_lists_failures_first_from_the_manifest(tmp_path: Path) -> None:
    reference, mekong = load(), load(GOLDEN / "social-protection-mekong.json")
    manifest = {"documents": [
        {"path": "samples/partnerships-for-decent-work.txt", "sha256": reference["source"]["sha256"], "status": "ok",
         "code": None, "message": None, "output": "outputs/partnerships-for-decent-work.json"},
        {"path": "samples/locked.pdf", "sha256": "1" * 64, "status": "failed", "code": "pdf_encrypted",
         "message": "the PDF is encrypted & needs a <password>", "output": None},
        {"path": "samples/social-protection-mekong.txt", "sha256": mekong["source"]["sha256"], "status": "ok",
         "code": None, "message": None, "output": "outputs/social-protection-mekong.json"},
        {"path": "samples/empty.txt", "sha256": "2" * 64, "status": "failed", "code": "empty_document",
         "message": "no text", "output": None},
        {"path": "samples/notes.md", "sha256": "3" * 64, "status": "skipped", "code": "unsupported_format",
         "message": "not a brochure", "output": None},
    ]}
    make_batch(tmp_path / "batch", manifest)
    written = write_report(tmp_path / "batch", tmp_path / "out", show_sources=False)
    assert [p.name for p in written] == ["index.html", *BATCH_PAGES.values(), "partnerships-for-decent-work.html",
                                         "social-protection-mekong.html"]
    page = Page(written[0].read_text(encoding="utf-8"))
    assert page.problems == []
    text = page.text
    first_ok = text.index("partnerships-for-decent-work.json")
    assert text.index("samples/locked.pdf") < text.index("samples/empty.txt") < first_ok
    assert "pdf_encrypted" in text and "the PDF is encrypted & needs a <password>" in text
    assert text.index("samples/notes.md") > first_ok
    hrefs = [a["href"] for t, a in page.tags if t == "a"]
    assert hrefs == [*BATCH_PAGES.values(), "social-protection-mekong.html", "partnerships-for-decent-work.html"]  # one to look at first
    sections = all_sections(reference["sections"])
    assert count_record(reference) == {
        "sections": len(sections), "bullets": sum(len(s["bullets"]) for s in sections),
        "organizations": len(reference["entities"]["organizations"]), "countries": len(reference["entities"]["countries"]),
        "partnerships": len(reference["partnerships"]),
    }
    every_row = table_rows(written[0].read_text(encoding="utf-8"), cells="th|td")
    head = next(cells for cells in every_row if "Attention" in cells)  # the documents table
    rows = every_row[every_row.index(head) + 1:]
    assert head == ["Status", "Attention", "Document", "Title", "Producer", "Sections", "Bullets", "Tables", "Organizations",
                    "Countries", "Partnerships", "Warnings"]
    row = next(cells for cells in rows if "partnerships-for-decent-work.json" in cells[head.index("Document")])
    assert row[head.index("Attention")] == "—" and row[head.index("Producer")] == "text"
    counts = count_record(reference)
    assert [row[head.index(h)] for h in ("Sections", "Bullets", "Organizations", "Countries", "Partnerships")] == [
        str(counts[k]) for k in ("sections", "bullets", "organizations", "countries", "partnerships")]
    assert row[head.index("Tables")] == str(len(reference["tables"])) and row[head.index("Warnings")] == str(len(reference["warnings"]))
    failed = next(cells for cells in rows if cells[head.index("Document")] == "samples/locked.pdf")
    assert failed[head.index("Title")] == "the PDF is encrypted & needs a <password> [pdf_encrypted]"


def table_rows(html: str, cells: str = "td") -> list[list[str]]:
    """The text of each cell (``cells``: "td", or "th|td" for heading cells too) of each table row,
    in the order of the page (a small parser for the index)."""
    rows: list[list[str]] = []
    kinds = cells.split("|")

    class Rows(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                rows.append([])
            elif tag in kinds and rows:
                rows[-1].append("")

        def handle_data(self, data):
            if rows and rows[-1]:
                rows[-1][-1] += data

    Rows().feed(html)
    return [[cell.strip() for cell in row] for row in rows if row]


def test_the_index_without_a_manifest_lists_the_records_found(tmp_path: Path) -> None:
    make_batch(tmp_path / "batch", None)
    (tmp_path / "batch" / "broken.json").write_text("{", encoding="utf-8")
    written = write_report(tmp_path / "batch", tmp_path / "out", show_sources=False)
    text = Page(written[0].read_text(encoding="utf-8")).text
    assert "1 failed" in text and "unreadable_record" in text and text.index("broken.json") < text.index("partnerships-for")
    for name in ("Partnerships for Decent Work", "Extending Social Protection in the Mekong"):
        assert name in text


# ---------------------------------------------------------------------------------------- browser

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def screenshot(chromium: str, page: Path, png: Path, profile: Path) -> list[str]:
    """Render ``page`` into ``png``; returns the console messages the page logged."""
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1200,1600",
         "--enable-logging=stderr", "--v=0", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return [line for line in result.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line or "Refused to" in line]


def png_rows(path: Path) -> tuple[int, int, int, list[bytes]]:
    """Width, height, bytes per pixel and the unfiltered rows of an 8-bit, non-interlaced PNG (stdlib only)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (0, 2, 4, 6), header
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, bpp, rows


def test_the_page_renders_in_chromium_without_console_errors(reference_page, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install chromium); the browser test needs it")
    page, _ = reference_page

    # the check must be able to fail: a page with an error is caught
    canary = tmp_path / "canary.html"
    canary.write_text('<!DOCTYPE html><meta charset="utf-8"><title>c</title><p>x<script>missing()</script>', encoding="utf-8")
    assert any("missing" in line for line in screenshot(chromium, canary, tmp_path / "canary.png", tmp_path / "profile-canary"))

    png = tmp_path / "report.png"
    assert screenshot(chromium, page, png, tmp_path / "profile") == []
    width, height, bpp, rows = png_rows(png)
    assert (width, height) == (1200, 1600)
    sample = Counter(row[i:i + bpp] for row in rows[::4] for i in range(0, width * bpp, bpp * 4))
    background, most = sample.most_common(1)[0]
    assert len(sample) > 10, "the screenshot is blank"
    assert 1 - most / sum(sample.values()) > 0.02, "the screenshot is almost blank"


# ----------------------------------------------------------------------------------- batch pages

def _ids_of(html: str) -> set[str]:
    return {attrs["id"] for tag, attrs in Page(html).tags if attrs.get("id")}


def test_the_batch_pages_list_every_organization_country_and_partnership_with_links(tmp_path: Path) -> None:
    make_batch(tmp_path / "batch", None)
    shutil.copy(FACTSHEET, tmp_path / "batch" / "factsheet.json")
    out = tmp_path / "out"
    write_report(tmp_path / "batch", out, show_sources=False)
    records = {name: load(tmp_path / "batch" / f"{name}.json")
               for name in ("partnerships-for-decent-work", "social-protection-mekong", "factsheet")}
    brochure_ids = {f"{name}.html": _ids_of((out / f"{name}.html").read_text(encoding="utf-8")) for name in records}

    def links_resolve(html: str) -> int:
        found = 0
        for tag, attrs in Page(html).tags:
            href = attrs.get("href") or ""
            if tag == "a" and "#blk-" in href and not href.startswith("#"):
                page, block = href.split("#", 1)
                assert block in brochure_ids[page], href  # every link lands on a block of that brochure
                found += 1
        return found

    organizations = (out / "organizations.html").read_text(encoding="utf-8")
    rows = table_rows(organizations, cells="th|td")
    head, body = rows[0], rows[1:]
    expected: dict[str, set[str]] = {}
    for name, rec in records.items():
        for organization in rec["entities"]["organizations"]:
            expected.setdefault(organization["id"], set()).add(name)
    assert sorted(row[head.index("Id")] for row in body) == sorted(expected)
    for row in body:
        assert row[head.index("Brochures")] == str(len(expected[row[head.index("Id")]]))
    ilo = next(row for row in body if row[head.index("Id")] == "org:ilo")
    assert ilo[head.index("Brochures")] == "3"
    assert [int(row[head.index("Brochures")]) for row in body] == sorted((len(v) for v in expected.values()), reverse=True)
    assert links_resolve(organizations) == sum(len(v) for v in expected.values())
    unknown = [attrs for tag, attrs in Page(organizations).tags if tag == "tr" and attrs.get("data-unknown") == "1"]
    assert len(unknown) == len({o["id"] for r in records.values() for o in r["entities"]["organizations"] if not o["known"]})

    countries = (out / "countries.html").read_text(encoding="utf-8")
    codes = {c["iso_alpha2"] for r in records.values() for c in r["entities"]["countries"]}
    assert sorted(row[1] for row in table_rows(countries)) == sorted(codes)
    assert links_resolve(countries) > 0

    partnerships = (out / "partnerships.html").read_text(encoding="utf-8")
    total = sum(len(r["partnerships"]) for r in records.values())
    assert len(table_rows(partnerships)) == total and links_resolve(partnerships) == sum(
        len(p["evidence"]) for r in records.values() for p in r["partnerships"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"Partnerships ({total})" in Page(index).text and f"Organizations ({len(expected)})" in Page(index).text


def test_record_attention_names_what_asks_for_a_look() -> None:
    assert record_attention(load()) == []
    record = factsheet().model_copy(deep=True)
    record.warnings.append("page 2: something")
    record.entities.organizations[0].known = False
    assert record_attention(record) == ["1 warning", "1 table", "1 organization not in the data"]
    assert record_attention(misread_factsheet())[:2] == ["page 2: 25% furniture", "1 warning"]
