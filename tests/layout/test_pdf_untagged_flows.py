"""PDF layout of untagged pages: footnote marks read apart from their sentence, narrow bands over two
columns, a table's first column that looks like running text, drawn bullet marks in the line box."""

from __future__ import annotations

from pipeline.layout import layout
from pipeline.layout.pdf import pdf_flows
from pipeline.layout.tables import find_aligned_tables
from pipeline.model import Line, LoadedDocument, Page, Shape, Source


def _document(lines: list[Line], size=(600, 400), shapes=()) -> LoadedDocument:
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=1)
    return LoadedDocument(source=source, pages=[Page(1, "pdfium", lines, *size, shapes=list(shapes))])


def _line(text, x0, x1, top, size=10.0, bold=False):
    return Line(text, 0, page=1, bbox=(x0, top, x1, top + size), font_size=size, bold=bold)


def test_a_raised_footnote_mark_does_not_cut_its_paragraph():
    # "... of the coopera-" / "tives that ... supports¹, up ..." with the mark a line of its own,
    # higher than its host line and sorted between the two lines by height
    lines = [_line("Women now hold a third of the seats on the boards of the coopera-", 40, 330, 100),
             _line("tives that the programme supports, up from one in ten in 2015.", 40, 300, 112),
             Line("1", 0, page=1, bbox=(212, 110, 216, 116), font_size=6.0)]
    blocks = layout(_document(lines)).blocks
    texts = [block.text for block in blocks]
    assert "Women now hold a third of the seats on the boards of the cooperatives that the programme supports, up from one in " \
           "ten in 2015." in texts
    assert "1" in texts  # kept (every character is accounted for), as a block of its own


def test_a_deck_reaching_into_the_gutter_does_not_hide_the_columns():
    # a deck under the title runs from the left margin into the gutter between the two columns:
    # without it the columns are there, and each is read top to bottom
    deck = _line("Facts, figures and stories from the field", 50, 320, 40, size=14)
    left = [_line(f"left column line {k} of running text set full", 50, 289, 70 + 12 * k) for k in range(6)]
    right = [_line(f"right column line {k} of running text set full", 323, 561, 70 + 12 * k) for k in range(6)]
    flows, _, _ = pdf_flows(_document([deck, *[x for pair in zip(left, right, strict=True) for x in pair]]))
    texts = [line.text for flow in flows for line in flow]
    assert texts == [deck.text, *(line.text for line in left), *(line.text for line in right)]


def test_lines_whose_removal_leaves_short_pieces_are_no_bands():
    # without its two half-page lines, a column with a list of figures (names, and a figure in a
    # column of its own) has a gutter; but short figures are no column of text: no bands there
    from pipeline.layout.pdf import _Item, _narrow_bands

    body = [_line(f"running text line {k} of half the page", 50, 280, 40 + 12 * k) for k in range(2)]
    names = ["Indicator", "Youth unemployment rate (%)", "Women in management (%)", "Workers in informal employment (%)",
             "Labour force participation rate (%)", "Social protection coverage (%)", "Trainees placed in jobs"]
    cells = [piece for k, name in enumerate(names)
             for piece in (_line(name, 57, 57 + 4 * len(name), 80 + 10 * k, 8), _line(str(20 + k), 250, 258, 80 + 10 * k, 8))]
    items = [_Item(*line.bbox, line=line) for line in [*body, *cells]]
    assert _narrow_bands(items) is None
    deck = _line("Facts, figures and stories from the field", 50, 320, 20, size=14)
    text = [_line(f"line {k} of a column of running text set full", x0, x0 + 230, 70 + 12 * k) for x0 in (50, 323) for k in range(6)]
    bands, rest, gutters = _narrow_bands([_Item(*line.bbox, line=line) for line in [deck, *text]])
    assert [band.line.text for band in bands] == [deck.text] and len(gutters) == 1


def test_a_table_whose_first_column_looks_like_text_is_a_table():
    # five long first-column cells one line pitch apart look like a column of text; their rows go on
    # in cells far to the right, which text does not
    rows = [("Indicator", "Lebanon", "Jordan"), ("Youth unemployment rate (%)", "21", "13"),
            ("Women in management (%)", "28", "43"), ("Workers in informal employment (%)", "41", "75"),
            ("Labour force participation rate (%)", "66", "59")]
    widths = {"Indicator": 34, "Youth unemployment rate (%)": 114, "Women in management (%)": 104,
              "Workers in informal employment (%)": 138, "Labour force participation rate (%)": 131}
    lines = []
    for k, (name, a, b) in enumerate(rows):
        top = 660 + 9.5 * k
        lines += [_line(name, 57, 57 + widths[name], top, 8), _line(a, 453, 461, top, 8), _line(b, 501, 510, top, 8)]
    found, rest = find_aligned_tables(lines)
    assert rest == []
    [(table, _)] = found
    assert table.rows == [list(row) for row in rows]


def test_a_drawn_bullet_nests_by_where_its_mark_stands():
    # "■ item" (a drawn square at x 49, the text at 65) and "– sub-item" (the dash at 61) under it
    square = lambda top: Shape("rect", (49.0, top + 3, 53.2, top + 7.2), filled=True, stroked=False)  # noqa: E731
    lines = [Line("Due diligence by companies in their supply chains", 0, page=1, bbox=(65, 100, 289, 110), font_size=10,
                  vector_bullet=True),
             _line("– in rural areas first", 61, 158, 115), _line("– then in the towns", 61, 156, 130),
             Line("Labour inspection in agriculture", 0, page=1, bbox=(65, 145, 210, 155), font_size=10, vector_bullet=True)]
    from pipeline.structure import structure

    document = structure(layout(_document(lines, shapes=[square(100), square(145)])))
    bullets = [(bullet.text, bullet.level) for section in document.sections for bullet in section.bullets]
    assert bullets == [("Due diligence by companies in their supply chains", 1), ("in rural areas first", 2),
                       ("then in the towns", 2), ("Labour inspection in agriculture", 1)]


def test_a_bold_heading_wrapped_in_a_narrow_column_is_one_block_and_two_headings_are_two():
    def bold(text, top, x1, size=14.5):
        return Line(text, 0, page=1, bbox=(394, top, x1, top + size), font_size=size, bold=True)

    body = [_line("In 2012, the National Social Security Agency and the ILO", 394, 551, 300, size=10.5),
            _line("signed an agreement to extend social protection.", 394, 540, 313, size=10.5)]
    wrapped = [bold("WORKING", 261, 466), bold("TOGETHER", 277.5, 475)]
    texts = [block.text for block in layout(_document([*wrapped, *body], size=(600, 800))).blocks]
    assert texts[0] == "WORKING TOGETHER"
    # two headings, the second set apart below the first (an empty section's heading and the next)
    apart = [bold("PARTNERS", 200, 466), bold("PARTNERSHIPS", 240, 500)]
    texts = [block.text for block in layout(_document([*apart, *body], size=(600, 800))).blocks]
    assert texts[:2] == ["PARTNERS", "PARTNERSHIPS"]


def test_a_hollow_drawn_mark_makes_a_nested_item_and_a_line_left_of_the_marker_ends_the_list():
    # "✓ Digital skills ..." then a nested item whose mark is a stroked circle (no glyph), then the
    # paragraph after the list, flush with the column's edge, left of the item's marker
    lines = [_line("✓ Digital skills for the platform economy", 52.5, 229, 711),
             _line("in rural areas first", 80.5, 158, 724.5),
             _line("Over the period 2023-2026, the programme aims to reach more workers.", 45.5, 432, 738)]
    circle = Shape("curve", (69.0, 727.8, 72.0, 730.8), filled=False, stroked=True)
    from pipeline.structure import structure

    document = structure(layout(_document(lines, size=(600, 800), shapes=[circle])))
    section = document.sections[0]
    assert [(bullet.text, bullet.level) for bullet in section.bullets] == [("Digital skills for the platform economy", 1),
                                                                            ("in rural areas first", 2)]
    assert [paragraph.text for paragraph in section.paragraphs] == [lines[2].text]


def test_the_full_lines_of_a_wide_main_column_beside_a_sidebar_are_no_bands():
    # the main column takes two thirds of the page, so its full lines are as wide as bands; only
    # the title reaches into the gutter before the sidebar
    title = _line("Decent Work for Domestic Workers", 45, 397, 43, size=21)
    main = [_line(f"main column line {k} of running text that fills the column", 45, 378, 88 + 12 * k, size=9)
            for k in range(4)]
    main += [_line(f"• short item {k}", 45, 150, 136 + 12 * k, size=9) for k in range(12)]
    side = [_line(f"sidebar line {k} of a panel", 400, 567, 88 + 12 * k, size=9) for k in range(16)]
    flows, _, _ = pdf_flows(_document([title, *main, *side], size=(612, 792)))
    texts = [line.text for flow in flows for line in flow]
    assert texts == [title.text, *(line.text for line in main), *(line.text for line in side)]


def test_a_list_item_at_a_column_foot_ends_there_when_the_next_column_starts_in_upper_case():
    def item(text, top):
        return Line(text, 0, page=1, bbox=(64.5, top, 64.5 + 4.6 * len(text), top + 10.5), font_size=10.5, vector_bullet=True)

    left = [_line("Children work when their families cannot make ends meet; the programme helps both.", 48.5, 289, 640, 10.5),
            item("Decent work for adult family members", 674), item("Remedial classes for former child labourers", 705)]
    right = [_line("The national action plan for 2018–2023 sets targets that the government reports on", 323, 563, 136, 10.5),
             _line("every year.", 323, 380, 148, 10.5)]
    texts = [block.text for block in layout(_document([*left, *right], size=(612, 792))).blocks]
    assert texts[1:] == ["Decent work for adult family members", "Remedial classes for former child labourers",
                     "The national action plan for 2018–2023 sets targets that the government reports on every year."]
    # an item whose words go on in lower case at the top of the next column is one item
    right[0].text = "and their children, who left school early, in every province of the country where they live"
    texts = [block.text for block in layout(_document([*left, *right], size=(612, 792))).blocks]
    assert texts[2].startswith("Remedial classes for former child labourers and their children")


def test_a_title_centred_across_the_gutter_does_not_hide_the_columns_under_it():
    # a two-line title centred over two columns: its short second line stands over the gutter, so
    # no line or set of the widest lines leaves a gutter from top to bottom; cut across at the white
    # under the title (an XY cut), the columns below are read one after the other, not row by row
    title = [_line("A Voice at Work: Freedom of Association in the Zones", 60, 540, 20, size=17),
             _line("Export Zones", 240, 355, 40, size=17)]
    left = [_line(f"left column line {k} of running text set full", 50, 281, 80 + 12 * k) for k in range(8)]
    right = [_line(f"right column line {k} of running text set full", 313, 548, 80 + 12 * k) for k in range(6)]
    flows, _, _ = pdf_flows(_document([*title, *[x for pair in zip(left, right, strict=False) for x in pair], *left[6:]]))
    texts = [line.text for flow in flows for line in flow]
    assert texts == [*(line.text for line in title), *(line.text for line in left), *(line.text for line in right)]


def test_a_page_of_one_column_is_not_cut_into_columns_by_a_short_row():
    # a single column with a row of two short pieces in it (a label and a figure): no columns of text
    # there, the row stays one line, read where it stands
    body = [_line(f"running text line {k} of a single column that is full", 50, 548, 40 + 12 * k) for k in range(4)]
    row = [_line("Workers trained", 50, 140, 100), _line("2,300", 500, 530, 100)]
    tail = [_line(f"more running text line {k} of the column set full", 50, 548, 124 + 12 * k) for k in range(3)]
    flows, _, _ = pdf_flows(_document([*body, *row, *tail]))
    texts = [line.text for flow in flows for line in flow]
    assert texts == [*(line.text for line in body), "Workers trained 2,300", *(line.text for line in tail)]


def test_a_few_hundredths_of_a_pitch_more_white_do_not_open_a_paragraph():
    # the last line of a paragraph stands a few hundredths of a pitch lower than the usual leading
    # would set it (its tallest glyph is shorter than the others'): the same leading, not a
    # paragraph's white space
    lines = [_line("The ILO and SPTO signed a memorandum of understanding in 2022 to collect", 50, 540, 100),
             _line("comparable data on tourism employment. Australia, through the Department of Trade", 50, 530, 114),
             Line("(DFAT), has funded the regional work since 2022.", 0, page=1, bbox=(50, 128.2, 280, 138), font_size=10.0),
             _line("A joint programme with the UNDP, started in 2023, links recovery with", 50, 520, 150),
             _line("disaster preparedness in Vanuatu and Tonga.", 50, 300, 164)]
    texts = [block.text for block in layout(_document(lines)).blocks]
    assert texts == [" ".join(line.text for line in lines[:3]), " ".join(line.text for line in lines[3:])]


def test_the_xy_cut_looks_at_each_strip_of_a_long_page_once(monkeypatch):
    # hundreds of rows of two pieces under a line across the page: the longest run of strips with a
    # gutter is found once, not again from every strip (which took seconds: a square of the strips)
    import pipeline.layout.pdf as pdf

    rows = 400
    lines = [_line("A heading line across the whole page over the two columns of it", 50, 548, 10)]
    for k in range(rows):
        lines += [_line(f"left column line {k} of running text set full", 50, 281, 30 + 14 * k),
                  _line(f"right column line {k} of running text set full", 313, 548, 30 + 14 * k)]
    calls = {"meet": 0, "gutters": 0}
    meet, gutters = pdf._meet, pdf._gutters

    def counted(name, function):
        def call(*args):
            calls[name] += 1
            return function(*args)
        return call

    monkeypatch.setattr(pdf, "XY_CUT_MAX_STRIPS", rows + 1, raising=False)
    monkeypatch.setattr(pdf, "_meet", counted("meet", meet))
    monkeypatch.setattr(pdf, "_gutters", counted("gutters", gutters))
    parts = pdf._columned_strips(pdf._line_items(lines))
    assert [len(part) for part in parts] == [1, 2 * rows]
    assert calls["meet"] <= rows + 1 and calls["gutters"] <= 2


def test_a_region_of_more_strips_than_the_setting_is_not_cut_across():
    import pipeline.layout.pdf as pdf

    lines = [_line("A heading line across the whole page over the two columns of it", 50, 548, 10)]
    for k in range(pdf.XY_CUT_MAX_STRIPS):
        lines += [_line(f"left column line {k} of running text set full", 50, 281, 30 + 14 * k),
                  _line(f"right column line {k} of running text set full", 313, 548, 30 + 14 * k)]
    assert pdf._columned_strips(pdf._line_items(lines[:-2])) is not None
    assert pdf._columned_strips(pdf._line_items(lines)) is None
