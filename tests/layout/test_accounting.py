"""Nothing is lost: every character of every page is accounted for, and the layout fixtures (made
blind, by three producers: tests/fixtures/layout) keep their text in content or tables, their rules
out of tables, and their real tables with their rows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import pipeline
from pipeline.layout import layout
from pipeline.layout.accounting import (
    DROPPED_WARNING_SHARE,
    FURNITURE_WARNING_SHARE,
    LOST_BY_LAYOUT,
    accounting_warnings,
    characters,
)
from pipeline.load import load
from pipeline.model import Line, LoadedDocument, Page, Source
from pipeline.record import DroppedText, PageAccounting
from tests.conftest import SAMPLES, all_sections

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "layout"
FIXTURE_PDFS = sorted(FIXTURES.glob("*.pdf"))
ALL_SAMPLES = sorted([*SAMPLES.glob("*.txt"), *SAMPLES.glob("*.pdf")])
CONTENT_SHARE = 0.99
"""Of a page's characters that are not printed furniture, at least this share lands in content or tables."""


def _truth(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


@pytest.mark.parametrize("path", [*ALL_SAMPLES, *FIXTURE_PDFS], ids=lambda p: p.name)
def test_the_accounting_adds_up_on_every_page(path):
    loaded = load(path)
    record = pipeline.extract(path)
    assert [p.page for p in record.pages] == [page.number for page in loaded.pages]
    for page, accounting in zip(loaded.pages, record.pages, strict=True):
        dropped = sum(d.characters for d in accounting.dropped)
        held = sum(characters(line.text) for line in page.lines) + sum(d.characters for d in page.dropped)
        assert accounting.characters == held, accounting
        assert accounting.content + accounting.tables + accounting.furniture + accounting.credits + dropped == held, accounting
        assert all(d.reason and d.characters > 0 for d in accounting.dropped)
        assert not any(d.reason == LOST_BY_LAYOUT for d in accounting.dropped), accounting


@pytest.mark.parametrize("path", ALL_SAMPLES, ids=lambda p: p.name)
def test_every_content_block_reaches_the_record(path):
    """What the accounting calls content is in the record: every content block's words are in the
    record's title, subtitle, publisher, sections, quotes, contacts or links."""
    record = pipeline.extract(path)
    texts = [record.title, record.subtitle, record.publisher, *(q.text for q in record.quotes),
             *(q.attribution for q in record.quotes), *(c.text for c in record.contacts),
             *(link.title for link in record.links), *(link.url for link in record.links)]
    for section in all_sections(record.sections):
        texts += [section.heading, *(p.text for p in section.paragraphs), *(b.text for b in section.bullets)]
    words = set(re.findall(r"\w+", " ".join(t for t in texts if t).casefold()))
    for block in layout(load(path)).blocks:
        if block.kind != "table":
            missing = set(re.findall(r"\w+", block.text.casefold())) - words
            assert not missing, (block.text, missing)


def test_the_furniture_keeps_its_text():
    record = pipeline.extract(SAMPLES / "green-jobs-leaflet.pdf")
    header = "ILO Decent Work Team for South Asia — Green Jobs Leaflet"
    assert [(f.page, f.text) for f in record.furniture] == [(1, header), (1, "Page 1"), (2, header), (2, "Page 2")]
    assert record.pages[0].furniture == characters(header) + characters("Page 1")


def _page(lines: list[str], number: int = 1) -> Page:
    return Page(number=number, reader="pdfplumber", width=300, height=400,
                lines=[Line(text, k + 1, page=number, bbox=(20, 20 + 12 * k, 280, 30 + 12 * k), font_size=10)
                       for k, text in enumerate(lines)])


def test_a_page_that_is_mostly_furniture_is_warned_of():
    """The symptom of a misread page (rules taken for a table, a grid of boxes taken for running
    headers): the record and the manifest say so."""
    many = PageAccounting(page=2, reader="pdfplumber", characters=1000, content=600, furniture=400)
    few = PageAccounting(page=3, reader="pdfplumber", characters=1000, content=900, furniture=100)
    tiny = PageAccounting(page=4, reader="pdfplumber", characters=100, content=10, furniture=90)
    assert accounting_warnings([many, few, tiny]) == [
        "page 2: 40% of its characters were set apart as furniture (running headers, footers, page numbers); it may be misread"]
    assert FURNITURE_WARNING_SHARE == 0.15


def test_a_page_read_only_in_part_is_warned_of():
    """Characters a reader leaves out (mirrored or turned text, unmapped glyphs) are counted per
    page; where they are a real share of the page, the record says so instead of validating quietly."""
    across = "text running across the page's reading direction"
    half = PageAccounting(page=1, reader="pdfium", characters=58, content=30,
                          dropped=[DroppedText(reason=across, characters=28)])
    label = PageAccounting(page=2, reader="pdfium", characters=1872, content=1776,
                           dropped=[DroppedText(reason=across, characters=96)])
    few = PageAccounting(page=3, reader="pdfium", characters=40, content=30, dropped=[DroppedText(reason=across, characters=10)])
    assert accounting_warnings([half, label, few]) == [
        f"page 1: 28 of its 58 characters (48%) are not in the record (28 {across}); it is read only in part"]
    assert DROPPED_WARNING_SHARE == 0.10


def test_mirrored_text_is_said_to_be_left_out(tmp_path):
    # negative Tz mirrors the glyphs: neither reader can read them into lines (pdfminer calls them not
    # upright, PDFium reverses them); the record must not pass over the missing half of the page
    from tests.load.test_pdfium_robust import make_pdf

    content = (b"BT /F1 12 Tf 20 170 Td (Decent work for all) Tj ET\n"
               b"BT /F1 12 Tf 120 150 Td -100 Tz (Hello coffee brochure) Tj 0 -20 Td (all is well) Tj ET\n"
               b"BT /F1 12 Tf 20 110 Td 100 Tz (Second line here) Tj ET")
    path = tmp_path / "mirrored.pdf"
    path.write_bytes(make_pdf([content]))
    for reader in ("pdfium", "pdfplumber"):
        record = pipeline.extract(path, reader=reader)
        assert any("read only in part" in warning and "page 1" in warning for warning in record.warnings), record.warnings


def test_a_line_the_layout_would_lose_is_said_as_lost():
    """Accounting is not a sum of what was placed: a line that reached no block is counted as lost."""
    from pipeline.layout.accounting import account

    page = _page(["Decent work for all", "Social protection floors"])
    [accounting] = account([page], blocks=[], furniture=[], credits=[])
    assert accounting.content == 0 and accounting.dropped[0].reason == LOST_BY_LAYOUT
    assert accounting.dropped[0].characters == characters("Decent work for all") + characters("Social protection floors")


def test_a_text_file_is_one_page_without_a_number():
    record = pipeline.extract(SAMPLES / "partnerships-for-decent-work.txt")
    [page] = record.pages
    assert (page.page, page.reader) == (None, "text") and page.content > 0.99 * page.characters


# --------------------------------------------------------------------------------------------
# the layout fixtures: framed sidebars, column rules, page borders, banners, and real tables


@pytest.fixture(scope="module", params=FIXTURE_PDFS, ids=lambda p: p.stem)
def fixture(request):
    return request.param, _truth(request.param), pipeline.extract(request.param)


def test_at_least_99_percent_of_each_page_lands_in_content_or_tables(fixture):
    pdf, truth, record = fixture
    printed_furniture = sum(characters(text) for text in truth["furniture"])
    furniture = sum(p.furniture for p in record.pages)
    assert furniture == printed_furniture, [f.text for f in record.furniture]  # furniture is only what is printed as such
    for page in record.pages:
        assert page.content + page.tables >= CONTENT_SHARE * (page.characters - page.furniture), (pdf.name, page)


def test_furniture_is_what_is_printed_as_furniture(fixture):
    _, truth, record = fixture
    assert sorted(f.text for f in record.furniture) == sorted(truth["furniture"])


def test_rules_frames_borders_and_bands_never_make_a_table(fixture):
    pdf, truth, record = fixture
    assert len(record.tables) <= len(truth["tables"]), [t.rows[:2] for t in record.tables]
    if not truth["tables"]:
        assert record.tables == []


WITH_TABLES = [pdf for pdf in FIXTURE_PDFS if _truth(pdf)["tables"]]


@pytest.mark.parametrize("pdf", WITH_TABLES, ids=lambda p: p.stem)
def test_every_table_comes_out_with_its_rows(pdf):
    """Ruled tables, one with merged cells, one continued on the next page, and one aligned by
    position only: each with exactly its rows, caption and source note."""
    truth, record = _truth(pdf), pipeline.extract(pdf)
    assert len(record.tables) == len(truth["tables"])
    for got, want in zip(record.tables, truth["tables"], strict=True):
        assert got.page == want["page"]
        assert [[_norm(c) for c in row] for row in got.header_rows + got.rows] == \
               [[_norm(c) for c in row] for row in want["header_rows"] + want["rows"]]
        assert _norm(got.caption) == _norm(want["caption"]) and _norm(got.source_note) == _norm(want["source_note"])


def test_a_table_continued_on_the_next_page_is_one_table_without_its_repeated_header():
    record = pipeline.extract(FIXTURES / "lo_table_continues.pdf")
    [table] = record.tables
    assert table.pages == [1, 2] and len(table.header_rows) == 1
    assert not any(_norm(row[0]) == _norm(table.header_rows[0][0]) for row in table.rows)


def test_a_table_without_rules_is_read_as_a_table_and_columns_of_text_are_not():
    """Cells aligned by position only make a table (short cells in three columns or more); the
    columns of a tri-fold's running text, as aligned row by row, do not (their lines fill them)."""
    [table] = pipeline.extract(FIXTURES / "rl_text_table.pdf").tables
    assert table.header_rows == [["Country", "Main sector", "Workers reached", "Year"]] and len(table.rows) == 6
    assert table.section is not None
    assert pipeline.extract(SAMPLES / "partnerships-for-decent-work.pdf").tables == []


def test_a_wrapped_cell_of_a_table_without_rules_is_one_cell():
    from pipeline.layout.tables import find_aligned_tables

    def piece(text, x0, x1, bottom):
        return Line(text, 0, page=1, bbox=(x0, bottom - 9, x1, bottom), font_size=9)

    lines = [piece("Country", 50, 90, 100), piece("Sector", 200, 240, 100), piece("Year", 400, 420, 100),
             piece("Nepal", 50, 80, 115), piece("Coffee", 200, 235, 115), piece("2021", 400, 420, 115),
             piece("processing", 200, 250, 126),
             piece("Zambia", 50, 85, 141), piece("Building", 200, 245, 141), piece("2022", 400, 420, 141),
             piece("A paragraph after the table runs across all of its columns.", 50, 420, 170)]
    [(table, held)], rest = find_aligned_tables(lines)
    assert table.rows == [["Country", "Sector", "Year"], ["Nepal", "Coffee processing", "2021"], ["Zambia", "Building", "2022"]]
    assert [line.text for line in rest] == ["A paragraph after the table runs across all of its columns."]
    assert len(held) == 10


def test_a_column_of_running_text_beside_a_table_without_rules_is_not_one_of_its_columns():
    """In a two-column page the table's rows share baselines with the next column's lines of text;
    those lines (long, full, one line pitch apart) stay text, and the table keeps its own columns."""
    from pipeline.layout.tables import find_aligned_tables

    def piece(text, x0, x1, bottom, size=9.0):
        return Line(text, 0, page=1, bbox=(x0, bottom - size, x1, bottom), font_size=size)

    table = [piece("Indicator", 50, 90, 100), piece("Lebanon", 160, 195, 100), piece("Jordan", 225, 250, 100),
             piece("Trainees placed", 50, 120, 118), piece("209", 160, 175, 118), piece("716", 225, 240, 118),
             piece("Coverage (%)", 50, 105, 136), piece("18", 160, 170, 136), piece("14", 225, 235, 136)]
    sentence = "Since 2019 the programme has trained labour inspectors in every province of the country"
    text = [piece(sentence[k:k + 50], 315, 540 - 8 * (k % 3), 86 + 13.5 * k, size=10.5) for k in range(6)]
    found, rest = find_aligned_tables(table + text)
    [(found_table, held)] = found
    assert found_table.rows == [["Indicator", "Lebanon", "Jordan"], ["Trainees placed", "209", "716"], ["Coverage (%)", "18", "14"]]
    assert len(held) == 9 and {id(line) for line in text} <= {id(line) for line in rest}


def test_a_heading_of_the_next_column_on_a_row_of_a_table_without_rules_is_not_a_cell():
    """A heading in the left column that shares a baseline with one row of a table in the right
    column is no column of the table: an edge column with one cell in four rows is left out."""
    from pipeline.layout.tables import find_aligned_tables

    def piece(text, x0, x1, bottom, size=7.5):
        return Line(text, 0, page=1, bbox=(x0, bottom - size, x1, bottom), font_size=size)

    rows = [("Indicator", "Korea", "Peru"), ("Youth unemployment", "15", "26"), ("Women in management", "33", "27"),
            ("Labour force", "69", "71")]
    table = [piece(text, x0, x0 + 5 * len(text), 344 + 12 * k) for k, row in enumerate(rows)
             for text, x0 in zip(row, (326, 437, 482), strict=True)]
    heading = piece("FIND OUT MORE", 48, 152, 381, size=13.0)
    [(found, held)], rest = find_aligned_tables([*table, heading])
    assert found.rows[0] == ["Indicator", "Korea", "Peru"] and all(len(row) == 3 for row in found.rows)
    assert [line.text for line in rest] == ["FIND OUT MORE"] and len(held) == 12


def test_the_accounting_of_an_unpaged_text_and_a_paged_pdf_share_one_model():
    text = LoadedDocument(Source("a.txt", "text/plain", "0" * 64, 10), [Page(None, "text", [Line("Decent work", 1)])])
    assert [(p.page, p.reader, p.content) for p in layout(text).accounting] == [(None, "text", 10)]


@pytest.mark.parametrize("pdf", [p for p in FIXTURE_PDFS if _truth(p)["tables"]], ids=lambda p: p.stem)
def test_the_text_path_keeps_the_words_of_every_table(pdf):
    """The same brochure as pdftotext left it (``<name>.txt``, default options): a table flattened
    into short lines is read back as a table where its cells form a grid (pipeline.layout.plain_text),
    else stays as text; either way every cell's words are kept in the record, none dropped."""
    truth, record = _truth(pdf), pipeline.extract(pdf.with_suffix(".txt"))
    assert record.pages and all(p.content + p.tables + p.furniture + p.credits == p.characters for p in record.pages)
    texts = [record.title, *(c.text for c in record.contacts), *(q.text for q in record.quotes)]
    texts += [cell for table in record.tables for row in [*table.header_rows, *table.rows] for cell in row if cell]
    for section in all_sections(record.sections):
        texts += [section.heading, *(p.text for p in section.paragraphs), *(b.text for b in section.bullets)]
    words = set(re.findall(r"\w+", " ".join(t for t in texts if t).casefold()))
    for table in truth["tables"]:
        cells = " ".join(cell for row in [*table["header_rows"], *table["rows"]] for cell in row if cell)
        assert set(re.findall(r"\w+", cells.casefold())) <= words
