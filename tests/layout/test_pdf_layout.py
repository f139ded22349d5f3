"""PDF layout: reading order (columns, bands, boxes), furniture, white space, fullness, emphasis.

Runs on the committed sample PDFs (see samples/make_pdfs.py for how each is laid out) and on small
hand-made LoadedDocuments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.layout import layout
from pipeline.layout.pdf import find_pdf_furniture, pdf_flows
from pipeline.load import load
from pipeline.model import Block, Line, LinkAnnotation, LoadedDocument, Page, Source

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REFERENCE = SAMPLES / "partnerships-for-decent-work.pdf"
LEAFLET = SAMPLES / "green-jobs-leaflet.pdf"
FACTSHEET = SAMPLES / "migrant-workers-factsheet.pdf"


@pytest.fixture(scope="module")
def reference():
    loaded = load(REFERENCE)
    return loaded, *pdf_flows(loaded)


@pytest.fixture(scope="module")
def leaflet():
    loaded = load(LEAFLET)
    return loaded, *pdf_flows(loaded)


@pytest.fixture(scope="module")
def factsheet_with_table():
    loaded = load(FACTSHEET)
    return loaded, *pdf_flows(loaded)


@pytest.fixture(scope="module")
def factsheet(factsheet_with_table):
    """The factsheet's text flows (without its table)."""
    loaded, flows, furniture, fit = factsheet_with_table
    return loaded, [flow for flow in flows if isinstance(flow, list)], furniture, fit


def _texts(flow):
    return [line.text for line in flow]


def _find(flows, start):
    """(flow index, line index) of the first line starting with ``start``."""
    for f, flow in enumerate(flows):
        for i, line in enumerate(flow):
            if line.text.startswith(start):
                return f, i
    raise AssertionError(f"no line starts with {start!r}")


# --------------------------------------------------------------------------------------------
# furniture


def test_running_header_footer_and_page_numbers_are_furniture(leaflet):
    _, flows, furniture, _ = leaflet
    header = "ILO Decent Work Team for South Asia — Green Jobs Leaflet"
    assert [(line.page, line.text) for line in furniture] == [(1, header), (1, "Page 1"), (2, header), (2, "Page 2")]
    in_flows = {id(line) for flow in flows for line in flow}
    assert not any(id(line) in in_flows for line in furniture)


def test_page_numbers_by_shape_are_furniture(factsheet):
    _, flows, furniture, _ = factsheet
    page_numbers = [(line.page, line.text) for line in furniture if line.bbox[1] > 800]
    assert page_numbers == [(1, "1"), (2, "2")]
    assert not any(line.text in ("1", "2") for flow in flows for line in flow)


def test_a_ruled_table_is_read_as_a_table_where_it_stands(factsheet_with_table):
    # the table under "3. Results" (a grid of rules): table data, not running text, headings or furniture
    loaded, flows, furniture, _ = factsheet_with_table
    [table] = [flow for flow in flows if isinstance(flow, Block)]
    assert table.kind == "table" and table.table.bbox == (56.0, 224.0, 539.0, 304.0) and table.table.pages == [2]
    assert table.table.rows == [["Country", "Migrant Worker Resource Centres", "Workers assisted"], ["Malaysia", "6", "12,400"],
                                ["Thailand", "10", "18,750"], ["Cambodia", "7", "9,300"]]
    assert table.table.header_rows == 1  # set in bold over regular rows
    cells = [line.text for line in table.lines]
    assert cells == ["Country", "Migrant Worker Resource Centres", "Workers assisted", "Malaysia", "6", "12,400",
                     "Thailand", "10", "18,750", "Cambodia", "7", "9,300"]
    assert not any(224 < line.bbox[1] < 304 for line in furniture)
    texts = [line.text for flow in flows if isinstance(flow, list) for line in flow]
    assert not set(cells) & set(texts) and "Malaysia 6 12,400" not in texts
    before = flows.index(table) - 1
    assert flows[before][-1].text == "three of the countries where the programme works."  # read where it stands
    assert flows[before + 2][0].text.startswith("Four out of ten")


def test_a_line_seen_once_near_an_edge_is_content(reference):
    _, flows, furniture, _ = reference
    assert furniture == []
    assert "International Labour Organization" in _texts(flows[0])  # the publisher on the cover


def test_furniture_needs_the_same_height_on_another_page():
    def line(text, page, top):
        return Line(text, 1, page=page, bbox=(50, top, 200, top + 8), font_size=8)

    pages = [[line("Annual report 2023", 1, 20), line("Body", 1, 300)], [line("Annual report 2024", 2, 21), line("Body", 2, 300)],
             [line("Annual report 2025", 3, 400)]]
    found = find_pdf_furniture(pages, [(600, 800)] * 3)
    assert [(x.page, x.text) for x in found] == [(1, "Annual report 2023"), (2, "Annual report 2024")]


# --------------------------------------------------------------------------------------------
# reading order


def test_no_flow_line_spans_two_columns(reference, leaflet):
    _, flows, _, _ = reference
    for flow in flows:
        for line in flow:
            assert not any(line.bbox[0] < gutter < line.bbox[2] for gutter in (280.5, 561.5)), line.text
    _, flows, _, _ = leaflet
    for flow in flows:
        for line in flow:
            if line.page == 1 and line.bbox[3] < 126:  # the title band runs across both columns
                continue
            assert not (line.bbox[0] < 298 < line.bbox[2]), line.text


def test_tri_fold_cover_first_then_panels_then_inside_pages(reference):
    _, flows, _, _ = reference
    main = flows[0]
    assert _texts(main)[:4] == ["Partnerships for", "Decent Work", "International Labour Organization", "Some examples of partnerships"]
    order = [
        "Some examples of partnerships", "In 2010 the ILO", "The Better Factories Programme",
        "ILO/ESCAP Memorandum", "In addition, there are",  # the list continued on page 2, panel 2
        "For further information please contact:", "www.ilo.org/asia",
        "What are partnerships?", "The evolution of partnerships", "Public-Private Partnerships (PPP)",
        "Technical partnerships in Asia", "Some projects and activities", "ILO/ADB Memorandum", "Resources",
        "http://www.decentwork.asia",
    ]
    positions = [_find(flows, start) for start in order]
    assert positions == sorted(positions)


def test_a_shaded_box_is_a_flow_of_its_own(reference, leaflet):
    _, flows, _, _ = reference
    f, i = _find(flows, "“Developing and emerging")
    assert i == 0
    assert _texts(flows[f])[-1] == "Ban Ki-moon, UN Secretary-General"
    def in_box(line):  # the quote box: x 301-541, top 30-222.5 on page 1
        x0, _, x1, bottom = line.bbox
        return line.page == 1 and x0 >= 301 and x1 <= 541 and bottom <= 222.5

    assert all(in_box(line) for line in flows[f])
    assert not any(in_box(line) for flow in flows if flow is not flows[f] for line in flow)

    _, flows, _, _ = leaflet
    f, i = _find(flows, "Key facts")
    assert i == 0
    assert _texts(flows[f]) == ["Key facts", "USD 12 million budget", "3,500 workers trained", "40% women among trainees",
                                "18 partner organizations", "5 countries covered"]
    # the text before the box and after it are separate flows: never joined with the box
    assert _texts(flows[f - 1])[-1] == "third and improve working conditions and wages."
    assert _texts(flows[f + 1])[0] == "Women and the informal economy"


def test_title_band_first_then_columns_left_to_right(leaflet):
    _, flows, _, _ = leaflet
    main = flows[0]
    assert _texts(main)[:3] == [
        "Green Jobs for a Just Transition in South Asia",
        "How the ILO works with governments, employers and workers for decent, low-carbon work",
        "Why green jobs matter",
    ]
    order = ["Why green jobs matter", "A just transition for all", "Our partners", "What we do",
             "• Promote safe and decent work", "• Build the capacity", "• Share knowledge", "Where we work",
             "Country highlights", "In Pakistan, brick kiln"]
    positions = [_find(flows, start) for start in order]
    assert positions == sorted(positions)
    assert len({f for f, _ in positions}) == 1  # one flow: the list goes on in the next column


def test_list_continues_across_the_column_break_in_one_flow(leaflet):
    _, flows, _, _ = leaflet
    f, i = _find(flows, "yards of Bangladesh and Pakistan.")  # last line of column 1
    assert flows[f][i + 1].text == "• Build the capacity of employers’ and workers’"  # first line of column 2
    assert flows[f][i + 1].gap_before == 0  # a column break is not white space


def test_pieces_of_a_loose_justified_line_are_one_line_again(leaflet):
    loaded, flows, _, _ = leaflet
    pieces = [line.text for line in loaded.pages[0].lines if round(line.bbox[1]) == 271]
    assert pieces[:3] == ["sectors", "such", "as"]  # the reader cut the row at its wide word spaces
    assert "sectors such as agriculture, construction and" in {line.text for flow in flows for line in flow}


def test_a_list_continued_in_a_later_panel_follows_its_list(reference):
    # item 7 of "Some examples" heads page 2 panel 2 with no heading above it, after panel 1's
    # sections: it and the paragraph under it are read right after item 6 (page 1 panel 1)
    _, flows, _, _ = reference
    f, i = _find(flows, "productivity and working conditions in garment factories.")  # item 6's last line
    assert flows[f][i + 1].text == "ILO/ESCAP Memorandum of Understanding, 2009,"
    assert flows[f][i + 1].page == 2 and flows[f][i + 1].vector_bullet
    after = _texts(flows[f][i + 1:])
    assert after[4:] == ["In addition, there are a range of cooperation activities",
                         "across the UN system, at global, regional and county levels."]  # then the quote box
    f2, j = _find(flows, "Technical partnerships in Asia and the")
    assert flows[f2][j - 1].text == "Asian Development Bank (ADB)."  # panel 2 goes on after panel 1


def _column(x0, texts, *, bullet_rows=(), bold_rows=(), top=40.0):
    lines = []
    for k, text in enumerate(texts):
        indent = 11 if k in bullet_rows or (k and k - 1 in bullet_rows and not text[:1].isupper()) else 0
        lines.append(Line(text, 0, page=1, bbox=(x0 + indent, top + 11 * k, x0 + 100, top + 11 * k + 9), font_size=9,
                          bold=k in bold_rows, vector_bullet=k in bullet_rows))
    return lines


@pytest.mark.parametrize("heading_last", [False, True], ids=["continues", "owned-by-heading"])
def test_list_continuation_rule(heading_last):
    first = _column(20, ["Examples", "First item", "of the list", "Second item"], bullet_rows=(1, 3), bold_rows=(0,))
    middle_texts = ["Another section", "Some running text.", "More text"]
    middle = _column(160, middle_texts, bold_rows=(0, 2) if heading_last else (0,))
    last = _column(300, ["Third item", "Closing words.", "Next section", "Body text."], bullet_rows=(0,), bold_rows=(2,))
    flows, _, _ = pdf_flows(_pdf_document(first + middle + last, size=(450, 600)))
    texts = _texts(flows[0])
    if heading_last:  # "More text" in heading type above the list: the list is its own
        assert texts == [line.text for line in first + middle + last]
    else:
        assert texts == ["Examples", "First item", "of the list", "Second item", "Third item", "Closing words.",
                         *middle_texts, "Next section", "Body text."]


def test_indent_is_measured_from_the_column_edge(reference):
    _, flows, _, _ = reference
    bullets = [line for flow in flows for line in flow if line.vector_bullet]
    assert len(bullets) == 14
    # measured to the drawn mark, which the line's box takes in (as a glyph bullet's takes in its glyph)
    assert {line.indent for line in bullets} == {2.4}


# --------------------------------------------------------------------------------------------
# white space and fullness


def test_gap_before(reference):
    _, flows, _, _ = reference
    f, i = _find(flows, "What are partnerships?")
    main = flows[f]
    assert main[i + 2].gap_before == 0  # a line of running text
    f, j = _find(flows, "The evolution of partnerships")
    assert flows[f][j].gap_before > 1  # space above a heading
    f, k = _find(flows, "In 2010 the ILO")
    f2, k2 = _find(flows, "Developing countries form")
    assert 0 < flows[f2][k2].gap_before < 1  # space between list items, less than a line
    assert flows[f][k + 1].gap_before == 0  # the item's second line


def test_would_fit(reference):
    _, flows, _, would_fit = reference
    f, i = _find(flows, "Partnerships are a way for the ILO")
    flow = flows[f]
    assert not would_fit(flow[i], flow[i + 1])  # a wrapped line: the next word did not fit
    end = next(k for k in range(i, len(flow)) if flow[k].text == "the Millennium Development Goals.")
    assert would_fit(flow[end], flow[end + 1])  # a paragraph's short last line
    contact = _find(flows, "United Nations Building")
    assert would_fit(flows[contact[0]][contact[1]], flows[contact[0]][contact[1] + 1])  # an address line


# --------------------------------------------------------------------------------------------
# blocks: emphasis, URLs


def _blocks(path):
    return layout(load(path)).blocks


def test_headings_are_emphasised():
    blocks = {block.text: block for block in _blocks(REFERENCE)}
    title = blocks["Partnerships for Decent Work"].emphasis
    heading = blocks["What are partnerships?"].emphasis
    assert title > heading > 0
    assert heading == pytest.approx(12 / 9 - 1 + 0.15, abs=0.01)
    assert blocks["For further information please contact:"].emphasis == 0.15  # bold body-size type
    body = next(block for text, block in blocks.items() if text.startswith("Partnerships are a way"))
    assert body.emphasis == 0

    blocks = _blocks(FACTSHEET)
    overview = next(block for block in blocks if block.text == "Overview")
    recruitment = next(block for block in blocks if block.text == "Safe recruitment")
    assert overview.emphasis > recruitment.emphasis > 0  # 14 pt bold above 11 pt bold


def test_broken_urls_are_whole_and_wrapped_lines_joined():
    blocks = _blocks(REFERENCE)
    urls = [block.text for block in blocks if block.kind == "url"]
    assert "http://www.ilo.org/public/english/bureau/pardev/download/relations/ppp_en_low.pdf" in urls
    assert "http://www.ilo.org/wcmsp5/groups/public/---asia/---ro-bangkok/documents/publication/wcms_099682.pdf" in urls
    bullets = [block for block in blocks if block.kind == "bullet"]
    assert len(bullets) == 14 and all(block.marker == "•" for block in bullets)
    assert bullets[0].text == (
        "In 2010 the ILO signed a letter of intent with the governments of India, Brazil, and South Africa (IBSA) "
        "for the promotion of decent work through South-South Cooperation."
    )


def test_a_link_annotation_gives_the_url_its_target():
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=1)
    lines = [
        Line("Resources", 1, page=1, bbox=(20, 20, 80, 32), font_size=12, bold=True),
        Line("Better Work", 2, page=1, bbox=(20, 40, 70, 49), font_size=9),
        Line("www.betterwork.org", 3, page=1, bbox=(20, 52, 100, 60), font_size=8),
        Line("www.ilo.org", 4, page=1, bbox=(20, 64, 70, 72), font_size=8),
    ]
    links = [LinkAnnotation(1, (20, 51, 100, 61), "https://betterwork.org/about"), LinkAnnotation(1, (20, 63, 70, 73), "www.ilo.org")]
    loaded = LoadedDocument(source=source, pages=[Page(1, "pdfplumber", lines, 300, 400, links=links)])
    urls = [block.text for block in layout(loaded).blocks if block.kind == "url"]
    assert urls == ["https://betterwork.org/about", "www.ilo.org"]


def _pdf_document(lines: list[Line], size=(300, 400)) -> LoadedDocument:
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=1)
    return LoadedDocument(source=source, pages=[Page(1, "pdfplumber", lines, *size)])


def test_a_marker_at_a_tab_stop_stays_with_its_item():
    # every line of the list is marker, tab, text: the markers are not a column of their own
    lines = []
    for row, (marker, text) in enumerate([("•", "First item of the list"), ("•", "Second item"), ("2.", "Numbered item")]):
        top = 40 + 15 * row
        lines.append(Line(marker, 2 * row + 1, page=1, bbox=(20, top, 24 if marker == "•" else 29, top + 10), font_size=10))
        lines.append(Line(text, 2 * row + 2, page=1, bbox=(40, top, 140, top + 10), font_size=10))
    flows, furniture, _ = pdf_flows(_pdf_document(lines))
    assert furniture == []
    assert [_texts(flow) for flow in flows] == [["• First item of the list", "• Second item", "2. Numbered item"]]


def test_two_columns_are_read_one_after_the_other():
    def line(text, x0, top):
        return Line(text, 0, page=1, bbox=(x0, top, x0 + 110, top + 9), font_size=9)

    left = [line(f"left {k}", 20, 40 + 11 * k) for k in range(5)]
    right = [line(f"right {k}", 160, 40 + 11 * k) for k in range(5)]
    flows, _, _ = pdf_flows(_pdf_document([x for pair in zip(left, right, strict=True) for x in pair]))
    assert [_texts(flow) for flow in flows] == [[f"left {k}" for k in range(5)] + [f"right {k}" for k in range(5)]]
    assert [x.gap_before for x in flows[0]] == [0.0] * 10


def test_a_bullet_set_in_a_symbol_font_is_found_by_its_font_not_its_letter():
    # Wingdings "f" and ZapfDingbats "l" / "n" print a triangle, a disc, a square: bullets
    rows = [("f", "Wingdings-Regular", "First item of the list"), ("l", "ZapfDingbats", "Second item"),
            ("n", "ZapfDingbats", "Third item")]
    lines = []
    for row, (glyph, font, text) in enumerate(rows):
        top = 40 + 15 * row
        lines.append(Line(glyph, 2 * row + 1, page=1, bbox=(20, top, 26, top + 10), font_size=10, font_name=font))
        lines.append(Line(text, 2 * row + 2, page=1, bbox=(40, top, 140, top + 10), font_size=10, font_name="Helvetica"))
    blocks = layout(_pdf_document(lines)).blocks
    assert [(block.kind, block.marker, block.text) for block in blocks] == [
        ("bullet", "•", "First item of the list"), ("bullet", "•", "Second item"), ("bullet", "•", "Third item")]


def test_the_same_letter_in_a_text_font_stays_a_letter():
    lines = [Line("f", 1, page=1, bbox=(20, 40, 26, 50), font_size=10, font_name="Helvetica"),
             Line("Second piece of the row", 2, page=1, bbox=(40, 40, 140, 50), font_size=10, font_name="Helvetica")]
    blocks = layout(_pdf_document(lines)).blocks
    assert all(block.kind != "bullet" for block in blocks)


def test_a_table_without_rules_in_one_panel_keeps_its_rows_beside_the_next_panel():
    """A table in the second panel shares baselines with the first panel's title lines and its
    wrapped cells' lines fall between them: looked for column by column, it has every row."""
    def line(text, x0, x1, bottom, size=7.5, bold=False):
        return Line(text, 0, page=1, bbox=(x0, bottom - size, x1, bottom), font_size=size, bold=bold)

    title = [line("Safe and Healthy", 48, 218, 74, 21, True), line("Work in Lebanon", 48, 219, 98, 21, True),
             line("An overview for partners", 48, 240, 120, 12, True)]
    body = [line("The programme trains labour inspectors and safety officers across the", 48, 262, 150 + 11 * k, 9)
            for k in range(6)]
    cells = [line("Indicator", 311, 340, 76), line("Baseline", 415, 446, 76), line("Latest", 479, 500, 76),
             line("Social protection coverage", 311, 400, 93), line("66", 415, 424, 93), line("48", 479, 487, 93),
             line("(%)", 311, 323, 102),
             line("Labour force participation", 311, 396, 111), line("54", 415, 424, 111), line("61", 479, 487, 111),
             line("Youth unemployment", 311, 390, 128), line("24", 415, 424, 128), line("13", 479, 487, 128)]
    after = [line("Joint safety committees in ninety factories now meet every month", 311, 540, 150 + 11 * k, 9)
             for k in range(4)]
    flows, _, _ = pdf_flows(_pdf_document(title + body + cells + after, size=(600, 400)))
    [table] = [flow for flow in flows if isinstance(flow, Block)]
    assert table.table.rows == [["Indicator", "Baseline", "Latest"], ["Social protection coverage (%)", "66", "48"],
                                ["Labour force participation", "54", "61"], ["Youth unemployment", "24", "13"]]


def test_a_title_wrapped_in_a_bare_generic_tag_is_one_block_and_a_contact_panel_is_not():
    """Typst tags its title as a bare Span (generic): two lines in one bold display type are one
    title; the lines of a generic contact panel (a bold name, a plain role) stay apart."""
    from pipeline.layout.blocks import HyphenResolver, join_lines
    from pipeline.model import LineTag

    def line(text, top, size, bold, element):
        return Line(text, 0, page=1, bbox=(57, top, 480, top + size), font_size=size, bold=bold,
                    tag=LineTag(element=element, role="generic"))

    lines = [line("Occupational Safety and Health in the Arab", 55, 21, True, 0), line("States", 83, 21, True, 0),
             line("Tomas Ortega", 300, 9, True, 1), line("Communications Officer", 312, 9, False, 1)]
    blocks = join_lines(lines, lambda a, b: False, HyphenResolver(lines))
    assert [block.text for block in blocks] == ["Occupational Safety and Health in the Arab States", "Tomas Ortega",
                                                "Communications Officer"]
