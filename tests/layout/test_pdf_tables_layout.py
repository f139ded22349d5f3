"""Tables on untagged PDF pages, as the layout finds them: figures at a page's foot that are cells,
not page numbers; wrapped headers; cells of names; rows over several lines; two cells the reader
left in one piece; a table across the gutter; a tagged header row at a page's foot."""

from __future__ import annotations

from pipeline.layout.pdf import find_pdf_furniture, pdf_flows
from pipeline.layout.tables import find_aligned_tables, find_label_value_tables, is_list_grid
from pipeline.model import Block, FoundTable, Line, LoadedDocument, Page, Source


def _line(text, x0, x1, top, size=8.0, page=1):
    return Line(text, 0, page=page, bbox=(x0, top, x1, top + size), font_size=size)


def _rows(lines, columns, tops, size=8.0):
    """Pieces of rows: each row's texts at the columns' left edges, about 0.55 em a character."""
    return [_line(text, x0, x0 + 0.55 * size * len(text), top, size)
            for texts, top in zip(lines, tops, strict=True) for text, x0 in zip(texts, columns, strict=True) if text]


def test_figures_of_a_table_at_the_page_foot_are_cells_and_the_page_number_is_furniture():
    # the table's last rows stand in the bottom tenth of the page, where page numbers stand
    table = _rows([("Women in management (%)", "14", "39", "36"), ("Youth unemployment rate (%)", "11", "10", "9")],
                  (57, 400, 450, 500), (725, 736))
    number = _line("1", 540, 545, 770)
    found = find_pdf_furniture([[*table, number]], [(612, 792)])
    assert [line.text for line in found] == ["1"]


def test_a_lone_number_at_the_foot_beside_a_tagline_is_still_the_page_number():
    found = find_pdf_furniture([[_line("TOGETHER FOR SOCIAL JUSTICE", 42, 207, 770), _line("1", 548, 552, 770)]], [(612, 792)])
    assert [line.text for line in found] == ["1"]


def test_the_two_page_numbers_of_a_spread_on_one_row_are_furniture():
    # a spread (two pages printed on one landscape PDF page): "2" at the left page's foot, "3" at the right's
    found = find_pdf_furniture([[_line("2", 40, 45, 560), _line("3", 797, 802, 560)]], [(842, 595)])
    assert [line.text for line in found] == ["2", "3"]


def test_two_figures_side_by_side_on_one_row_stay_cells():
    # following numbers, but close together: a row's cells (and numbers far apart that do not follow each other too)
    close = [_line("14", 400, 410, 770), _line("15", 450, 460, 770)]
    far = [_line("2", 40, 45, 560), _line("7", 797, 802, 560)]
    assert find_pdf_furniture([close], [(612, 792)]) == []
    assert find_pdf_furniture([far], [(842, 595)]) == []


def test_a_wrapped_header_is_the_first_row_of_a_table_without_rules():
    # "Indicator | Uzbekistan, | Uzbekistan," over "baseline | latest", the first two cells of the
    # top line read as one piece by the reader (a narrow gap); a caption above stays out
    caption = _line("Table 1. Key indicators", 51, 138, 626)
    header = [_line("Indicator", 57, 90.6, 643), _line("Uzbekistan, Uzbekistan,", 469.3, 561.7, 643),
              _line("baseline", 469.3, 498.6, 652.5), _line("latest", 518.1, 538.4, 652.5)]
    body = _rows([("Social protection coverage (%)", "62", "22"), ("Trainees placed in jobs", "832", "454"),
                  ("Women in management (%)", "16", "19")], (57, 469.3, 518.1), (667, 676.5, 686))
    [(table, held)], rest = find_aligned_tables([caption, *header, *body])
    assert table.rows[0] == ["Indicator", "Uzbekistan, baseline", "Uzbekistan, latest"]
    assert table.rows[1:] == [["Social protection coverage (%)", "62", "22"], ["Trainees placed in jobs", "832", "454"],
                              ["Women in management (%)", "16", "19"]]
    assert rest == [caption] and len(held) == len(header) + len(body)


def test_a_line_of_text_over_a_table_is_no_header():
    text = _line("The programme has trained labour inspectors in every province of the country.", 57, 520, 630, size=10)
    body = _rows([("Indicator", "Peru", "Chile"), ("Coverage (%)", "62", "22"), ("Trainees", "832", "454")],
                 (57, 400, 460), (650, 661, 672))
    [(table, _)], rest = find_aligned_tables([text, *body])
    assert table.rows[0] == ["Indicator", "Peru", "Chile"] and rest == [text]


def test_a_table_of_names_whose_rows_wrap_is_a_table_and_columns_of_sentences_are_not():
    # a partnership table: partners and instruments fill most of their columns, and a row's cells
    # wrap over up to four lines
    header = _rows([("Partner", "Agreement", "Year"), ("", "with the ILO", "")], (295, 400, 470), (311, 321), size=7.5)
    body = _rows([("Women in Informal", "Cooperation", "2020"), ("Services Empowerment", "agreement", ""),
                  ("Resource Centre", "", ""), ("(WISER)", "", ""),
                  ("Sahel Skills Foundation", "Cooperation", "2014"), ("(SSF)", "agreement", ""),
                  ("Mekong Vocational", "Memorandum", "2023"), ("College", "of understanding", "")],
                 (295, 400, 470), (337, 346.5, 356, 366, 382, 391.5, 407, 417), size=7.5)
    [(table, _)], rest = find_aligned_tables(header + body)
    assert rest == []
    assert table.rows == [["Partner", "Agreement with the ILO", "Year"],
                          ["Women in Informal Services Empowerment Resource Centre (WISER)", "Cooperation agreement", "2020"],
                          ["Sahel Skills Foundation (SSF)", "Cooperation agreement", "2014"],
                          ["Mekong Vocational College", "Memorandum of understanding", "2023"]]
    sentences = [("the programme has trained", "workers in the towns and", "their families in"),
                 ("inspectors in the regions", "the villages where they", "the provinces where"),
                 ("and their employers since", "work since the start.", "they live and work."),
                 ("the start of the project.", "and then in the cities", "and where they go.")]
    columns = _rows(sentences, (50, 160, 270), (100, 110, 120, 130))
    found, _ = find_aligned_tables(columns)
    assert found == []


def test_two_cells_the_reader_left_in_one_piece_are_cut_at_the_column_edge():
    # the first cell's text runs close to the next column: the reader made one piece of both
    lines = _rows([("Indicator", "Uganda", "Kenya")], (47, 188.6, 283.1), (220,))
    lines += [_line("Workers in informal employment (%) 60", 47, 198, 236.3), _line("74", 283.1, 292.5, 236.3)]
    lines += _rows([("Youth unemployment rate (%)", "15", "26"), ("Social protection coverage (%)", "39", "70")],
                   (47, 188.6, 283.1), (251.8, 267.2))
    [(table, held)], rest = find_aligned_tables(lines)
    assert table.rows == [["Indicator", "Uganda", "Kenya"], ["Workers in informal employment (%)", "60", "74"],
                          ["Youth unemployment rate (%)", "15", "26"], ["Social protection coverage (%)", "39", "70"]]
    assert rest == [] and {id(line) for line in held} == {id(line) for line in lines}


def _document(pages, size=(612, 792)):
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=len(pages))
    return LoadedDocument(source=source, pages=[Page(k + 1, "pdfium", lines, *size, tables=tables)
                                                for k, (lines, tables) in enumerate(pages)])


def test_a_table_across_the_gutter_is_read_where_it_stands_and_the_columns_under_it_are_found():
    # a ruled table at the top right reaches from the left column over the gutter; under it, two
    # columns of text, each read top to bottom
    cells = [_line("Partner", 326, 354, 70), _line("Year", 568, 586, 70), _line("Bluewater Logistics", 326, 416, 98),
             _line("2014", 568, 587, 98)]
    table = FoundTable(bbox=(326, 68, 587, 110), rows=[["Partner", "Year"], ["Bluewater Logistics", "2014"]],
                       row_boxes=[(326, 68, 587, 80), (326, 96, 587, 110)])
    title = _line("Skills and Jobs", 49, 300, 60, size=20)
    left = [_line(f"left column line {k} of running text set to fill", 49, 376, 150 + 13 * k, size=10) for k in range(8)]
    right = [_line(f"right column line {k} of a box", 413, 561, 150 + 13 * k, size=10) for k in range(8)]
    flows, _, _ = pdf_flows(_document([([title, *cells, *left, *right], [table])]))
    texts = [line.text for flow in flows if isinstance(flow, list) for line in flow]
    assert texts[texts.index(left[0].text):texts.index(left[0].text) + 8] == [line.text for line in left]
    assert texts[texts.index(right[0].text):texts.index(right[0].text) + 8] == [line.text for line in right]


def test_a_source_note_right_under_a_table_is_no_wrapped_cell_of_its_last_row():
    lines = _rows([("Indicator", "Peru", "Chile"), ("Coverage (%)", "62", "22"), ("Trainees", "832", "454")],
                  (57, 400, 460), (650, 661, 672))
    note = _line("Source: ILO", 57, 100, 683)
    [(table, _)], rest = find_aligned_tables([*lines, note])
    assert table.rows[-1] == ["Trainees", "832", "454"] and rest == [note]


def test_rules_over_a_table_hold_it_to_its_column():
    # booktabs rules over a table in the left column; the right column's lines share its baselines
    # and, found across the page, were read as a further column of cells
    from pipeline.layout.pdf import _unruled_tables

    table = _rows([("Indicator", "Malawi", "Zambia"), ("Kilometres rehabilitated", "412", "288"),
                   ("Workdays created", "1.1 million", "640,000"), ("Small contractors trained", "58", "34")],
                  (50, 180, 240), (500, 512, 524, 536))
    beside = _rows([("CONTACTS",), ("Chisomo Banda, Programme Manager",), ("banda@ilo.org",), ("+265 1 773 410",)],
                   (320,), (500, 512, 524, 536))
    rules = [(48, 496, 288, 496.5), (48, 509, 288, 509.5), (48, 546, 288, 546.5)]
    without, _ = _unruled_tables([*table, *beside])
    assert [len(row) for found, _ in without for row in found.rows] == [4, 4, 4, 4]  # the contact lines taken in
    [(found, held)], rest = _unruled_tables([*table, *beside], rules)
    assert found.rows == [["Indicator", "Malawi", "Zambia"], ["Kilometres rehabilitated", "412", "288"],
                          ["Workdays created", "1.1 million", "640,000"], ["Small contractors trained", "58", "34"]]
    assert [line.text for line in rest] == [line.text for line in beside]


def test_rules_as_wide_as_the_table_change_nothing():
    from pipeline.layout.pdf import _unruled_tables

    table = _rows([("Indicator", "Malawi", "Zambia"), ("Kilometres rehabilitated", "412", "288"),
                   ("Workdays created", "1.1 million", "640,000")], (50, 180, 240), (500, 512, 524))
    rules = [(48, 496, 290, 496.5), (48, 534, 290, 534.5)]
    assert _unruled_tables(table, rules)[0][0][0].rows == _unruled_tables(table)[0][0][0].rows


def test_a_checklist_set_in_a_grid_is_read_as_list_items_not_a_table():
    # a column of check boxes, each item's text in the cell beside it, a nested item under one:
    # the producer's grid (ruled or tagged) is a layout table; each mark joins its item's text
    marks, items = ("☐", "☐", None, "☐"), ("Safe tools free of charge", "Registration with social security",
                                            "– for women and men alike", "Training during paid hours")
    lines = []
    for k, (mark, item) in enumerate(zip(marks, items, strict=True)):
        if mark:
            lines.append(_line(mark, 58, 67, 200 + 15 * k, size=10))
        lines.append(_line(item, 89, 89 + 5 * len(item), 200 + 15 * k, size=10))
    rows = [[mark, item] if mark else [item, None] for mark, item in zip(marks, items, strict=True)]
    table = FoundTable(bbox=(58, 198, 300, 262), rows=rows, row_boxes=[(58, 198 + 15 * k, 300, 212 + 15 * k) for k in range(4)])
    flows, _, _ = pdf_flows(_document([(lines, [table])]))
    assert not any(isinstance(flow, Block) for flow in flows)
    texts = [line.text for flow in flows for line in flow]
    assert texts == ["☐ Safe tools free of charge", "☐ Registration with social security", "– for women and men alike",
                     "☐ Training during paid hours"]


def test_a_grid_is_a_list_only_when_its_rows_open_with_marks_alone():
    checklist = [["☐", "Safe tools"], ["☐", "Registration"], ["– for women and men", None]]
    assert is_list_grid(checklist)
    assert is_list_grid([["1.", "Register"], ["2.", "Train the inspectors"]])
    # a table of data: a header row, or first cells that are names or figures, or one marked row only
    assert not is_list_grid([["Step", "Action"], ["☐", "Safe tools"], ["☐", "Registration"]])
    assert not is_list_grid([["Peru", "✓"], ["Chile", "✓"]])
    assert not is_list_grid([["☐", "Safe tools"], ["2023", "Registration"]])
    assert not is_list_grid([["☐", "Safe tools"]])


def test_a_wrapped_cell_set_to_its_rows_foot_is_read_with_the_row_under_it():
    # cells set to the foot of their row: a label over two lines has its first line a line pitch
    # over the row's figures, the row above a row's pitch off
    size = 7.6
    lines = [*_rows([("Indicator", "Baseline", "Now"), ("Workers trained", "0", "194"), ("Of whom women", "0", "860")],
                    (325, 421, 464), (112, 127.6, 143.0), size),
             _line("Registered with social", 325, 408, 158.4, size),
             *_rows([("security", "8%", "42%")], (325, 421, 464), (167.8,), size)]
    [(table, _)], _ = find_aligned_tables(lines)
    assert table.rows[-2:] == [["Of whom women", "0", "860"], ["Registered with social security", "8%", "42%"]]


def test_a_wrapped_cell_set_to_its_rows_top_stays_with_the_row_above():
    size = 7.6
    lines = [*_rows([("Indicator", "Baseline", "Now"), ("Registered with social", "8%", "42%")], (325, 421, 464),
                    (112, 127.6), size),
             _line("security", 325, 360, 137.0, size),
             *_rows([("Of whom women", "0", "860")], (325, 421, 464), (152.6,), size)]
    [(table, _)], _ = find_aligned_tables(lines)
    assert table.rows[-2:] == [["Registered with social security", "8%", "42%"], ["Of whom women", "0", "860"]]


def test_a_justified_cell_cut_at_its_word_spaces_is_one_cell():
    # the reader cut "Sites dotés d'un" at its widened word spaces: three pieces in the first column
    lines = _rows([("Indicateur", "Référence", "Cible"), ("Travailleurs formés", "0", "830"), ("Dont femmes", "0", "1182")],
                  (313, 430, 530), (510, 527, 539), size=10.0)
    lines += [_line("Sites", 313, 333, 551, 10.0), _line("dotés", 346, 367, 551, 10.0), _line("d’un", 380, 399, 551, 10.0),
              _line("0", 430, 435, 551, 10.0), _line("1006", 530, 550, 551, 10.0)]
    [(table, held)], rest = find_aligned_tables(lines)
    assert table.rows[-1] == ["Sites dotés d’un", "0", "1006"]
    assert rest == [] and {id(line) for line in held} == {id(line) for line in lines}


def test_pieces_of_one_column_far_apart_are_no_cells():
    lines = _rows([("Indicateur", "Référence", "Cible"), ("Travailleurs formés", "0", "830"), ("Dont femmes", "0", "1182")],
                  (313, 430, 530), (510, 527, 539), size=10.0)
    lines += [_line("Sites", 313, 333, 551, 10.0), _line("dotés", 380, 399, 551, 10.0),
              _line("0", 430, 435, 551, 10.0), _line("1006", 530, 550, 551, 10.0)]
    found, _ = find_aligned_tables(lines)
    assert all(["Sites dotés", "0", "1006"] not in table.rows for table, _ in found)


def test_labels_and_values_at_two_tab_stops_are_a_table_of_two_columns():
    # "At a glance": short labels at one x, their values at another; a value wraps onto a second line
    rows = [("Duration", "2024–2027", 177.0), ("Budget", "US$ 3.1 million", 191.2), ("Hubs", "4 in Greater", 206.2),
            (None, "Accra", 217.5), ("Target", "2,400 recyclers", 232.5)]
    lines = []
    for label, value, top in rows:
        if label:
            lines.append(_line(label, 441, 441 + 4.5 * len(label), top, 8.6))
        lines.append(_line(value, 499, 499 + 4.5 * len(value), top, 8.6))
    [(table, held)], rest = find_label_value_tables(lines)
    assert table.rows == [["Duration", "2024–2027"], ["Budget", "US$ 3.1 million"], ["Hubs", "4 in Greater Accra"],
                          ["Target", "2,400 recyclers"]]
    assert rest == [] and len(held) == len(lines)


def test_two_columns_of_sentences_are_no_table_of_labels_and_values():
    # cards side by side: the left card's lines fill their column and read as sentences
    left = ["Workers and managers meet", "every month and settle", "complaints before they grow."]
    right = ["Inspectors use a short", "checklist adapted to the", "sector and its risks."]
    lines = [_line(text, 40, 200, 100 + 12 * k, 9.0) for k, text in enumerate(left)]
    lines += [_line(text, 215, 370, 100 + 12 * k, 9.0) for k, text in enumerate(right)]
    found, rest = find_label_value_tables(lines)
    assert found == [] and len(rest) == len(lines)


def test_a_data_table_whose_first_column_holds_row_numbers_or_dashes_is_no_list():
    # a ruled table: row numbers (or dashes) in the first column, a name, a share and a year beside
    for marks in (("1.", "2.", "3."), ("–", "–", "–")):
        rows = [[mark, name, share, year] for mark, (name, share, year)
                in zip(marks, [("Peru", "72%", "2023"), ("Bolivia", "65%", "2022"), ("Ecuador", "58%", "2024")], strict=True)]
        assert not is_list_grid(rows)
        lines = [_line(text, x0, x0 + 5 * len(text), 200 + 15 * k, size=10)
                 for k, row in enumerate(rows) for text, x0 in zip(row, (58, 89, 200, 260), strict=True)]
        table = FoundTable(bbox=(58, 198, 300, 247), rows=rows, row_boxes=[(58, 198 + 15 * k, 300, 212 + 15 * k) for k in range(3)])
        flows, _, _ = pdf_flows(_document([(lines, [table])]))
        tables = [flow for flow in flows if isinstance(flow, Block)]
        assert len(tables) == 1 and tables[0].table.rows == rows


def test_a_list_grid_has_one_text_cell_after_each_mark_and_no_column_of_figures():
    assert is_list_grid([["1.", "Register the workers"], ["2.", "Train the inspectors"]])
    assert not is_list_grid([["1.", "Peru", "72%"], ["2.", "Bolivia", "65%"]])
    assert not is_list_grid([["•", "Peru", "Lima"], ["•", "Bolivia", "La Paz"]])
    assert not is_list_grid([["1.", "2023"], ["2.", "2024"]])


def test_a_piece_joined_from_cut_parts_gives_back_the_readers_line():
    # the reader cut the last row's label in two at a widened word space, and left its second piece
    # and the first figure in one piece: that piece is cut at the column's start, its first part
    # joined to the label's first piece; every reader's line is held once, none left as text
    lines = _rows([("Indicator", "Uganda", "Kenya")], (47, 188.6, 283.1), (220,))
    lines += [_line("Workers in informal employment (%) 60", 47, 198, 236.3), _line("74", 283.1, 292.5, 236.3)]
    lines += _rows([("Youth unemployment rate (%)", "15", "26")], (47, 188.6, 283.1), (251.8,))
    lines += [_line("Social protection", 47, 120, 267.2), _line("coverage (%) 39", 130, 198, 267.2),
              _line("70", 283.1, 292.5, 267.2)]
    [(table, held)], rest = find_aligned_tables(lines)
    assert table.rows[-1] == ["Social protection coverage (%)", "39", "70"]
    assert rest == [] and sorted(id(line) for line in held) == sorted(id(line) for line in lines)


def test_a_continuation_row_with_two_pieces_in_one_column_keeps_both():
    # the last row's label wraps; the reader cut its next line at a widened word space: both
    # pieces continue the cell, none is dropped
    lines = _rows([("Indicator", "Uganda", "Kenya"), ("Youth unemployment rate (%)", "15", "26"),
                   ("Workers registered with", "39", "70")], (47, 188.6, 283.1), (220, 236, 252))
    lines += [_line("social", 47, 70, 261), _line("security (%)", 80, 125, 261)]
    [(table, held)], rest = find_aligned_tables(lines)
    assert table.rows[-1] == ["Workers registered with social security (%)", "39", "70"]
    assert rest == [] and len(held) == len(lines)


def test_a_contact_panel_at_two_tab_stops_is_no_table_of_labels_and_values():
    # "Phone", "Email", "Web" at one x, their values at another: the contact reader's lines
    rows = [("Phone", "+233 30 555 0172", 300.0), ("Email", "accra-office@example.org", 314.0),
            ("Web", "www.example.org/accra", 328.0), ("Office", "Ring Road East, Accra", 342.0)]
    lines = []
    for label, value, top in rows:
        lines += [_line(label, 441, 441 + 4.5 * len(label), top, 8.6), _line(value, 499, 499 + 4.5 * len(value), top, 8.6)]
    found, rest = find_label_value_tables(lines)
    assert found == [] and len(rest) == len(lines)
    # unlabelled values alike: a phone, an e-mail address and a URL are contact lines, not cells
    values = [("Ghana", "+233 30 555 0199", 400.0), ("Liberia", "monrovia@example.org", 414.0),
              ("Togo", "https://example.org/lome", 428.0)]
    lines = []
    for label, value, top in values:
        lines += [_line(label, 441, 441 + 4.5 * len(label), top, 8.6), _line(value, 499, 499 + 4.5 * len(value), top, 8.6)]
    found, rest = find_label_value_tables(lines)
    assert found == [] and len(rest) == len(lines)


def _key_facts(top=315.0):
    """A "Key facts" box's labels and values at two tab stops, 13 points a row."""
    lines = []
    for k, (label, value) in enumerate([("Duration", "2024–2028"), ("Where", "Coastal district"), ("Target", "3,800")]):
        lines += [_line(label, 72, 72 + 4.5 * len(label), top + 13 * k, 8.2),
                  _line(value, 125, 125 + 4.5 * len(value), top + 13 * k, 8.2)]
    return lines


def test_labels_and_values_on_an_untagged_page_are_a_table_of_two_columns():
    # a press release's "Key facts" box between paragraphs of an untagged page
    from pipeline.layout.pdf import _unruled_tables

    above = [_line("Workers and managers now meet every month in joint committees.", 62, 532, 280, 10.0)]
    below = [_line("The training was given in the workers' language, during working hours.", 62, 532, 364, 10.0)]
    [(table, held)], rest = _unruled_tables([*above, *_key_facts(), *below])
    assert table.rows == [["Duration", "2024–2028"], ["Where", "Coastal district"], ["Target", "3,800"]]
    assert len(held) == 6 and rest == [*above, *below]


def test_labels_and_values_in_one_panel_of_a_fold_are_a_table_beside_the_next_panels_text():
    # a z-fold's panel: the box's rows share their baselines with the lines of the panel beside it
    from pipeline.layout.pdf import _unruled_tables

    beside = [_line(f"Line {k} of the panel beside, a sentence that goes on to the gutter", 300, 560, 300 + 11 * k, 8.2)
              for k in range(8)]
    [(table, _)], rest = _unruled_tables([*_key_facts(310), *beside])
    assert table.rows[0] == ["Duration", "2024–2028"] and len(table.rows) == 3
    assert rest == beside


def test_the_switch_leaves_labels_and_values_on_an_untagged_page_as_text(monkeypatch):
    import pipeline.layout.pdf as pdf

    monkeypatch.setattr(pdf, "UNTAGGED_LABEL_VALUE_TABLES", False)
    found, rest = pdf._unruled_tables(_key_facts())
    assert found == [] and len(rest) == 6


def test_the_first_two_columns_under_a_wider_header_are_no_table_of_two_columns():
    # a timeline: "Activity | Lead | 2024 | 2025 | 2026" over rows of an activity and its lead, the
    # year columns drawn as bars (no text): the rows are the wider table's body
    header = _rows([("Activity", "Lead", "2024", "2025", "2026")], (48, 236, 372, 427, 482), (351.6,), 10.0)
    body = _rows([("Field schools for youth", "Cooperative"), ("Skills certification", "Training institute"),
                  ("Credit for nurseries", "Farm bank"), ("Final evaluation", "ILO and FAO")],
                 (48, 236), (374.5, 392.4, 410.4, 428.3), 10.0)
    found, rest = find_label_value_tables([*header, *body])
    assert found == [] and len(rest) == len(header) + len(body)
    [(table, _)], _ = find_label_value_tables(body)  # without the header the same rows are a table
    assert len(table.rows) == 4



def test_the_first_two_columns_of_a_table_cut_by_a_narrow_gutter_are_no_table_of_two_columns(monkeypatch):
    # a tri-fold's panel: "Partner | Agreement with the ILO | Year", the gap before the years a
    # gutter to the reading order, the other panels' lines on the rows' baselines; read in their
    # column the first two columns are labels and values, but the years beside their rows say they
    # are part of a wider table: no table of two columns is made of them
    from pathlib import Path

    import pipeline.layout.pdf as pdf
    from pipeline.load import load

    page = load(Path(__file__).resolve().parents[1] / "zoo" / "corpus" / "rl-trifold-11.pdf").pages[0]

    def two_column_tables():
        return [table.rows for table, _ in pdf._unruled_tables(list(page.lines))[0] if len(table.rows[0]) == 2]

    assert two_column_tables() == []
    monkeypatch.setattr(pdf, "_cut_off_column", lambda table, lines, inside: False)
    assert [rows[0] for rows in two_column_tables()] == [["Partner", "Agreement with the ILO"]]  # without the rule
