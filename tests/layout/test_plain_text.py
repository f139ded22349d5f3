"""The text path's repairs of PDF-to-text output (pipeline.layout.plain_text): tables printed one
cell a line read back as tables, bullet markers given back to their items, lists whose drawn
bullets were lost, and a measure local to a narrow column."""

from __future__ import annotations

import time

import pipeline
from pipeline.layout import layout
from pipeline.layout.patterns import is_drawn_with_characters
from pipeline.layout.plain_text import (
    find_text_tables,
    footnote_numbers,
    is_lone_marker,
    local_wrap_fit,
    reattach_markers,
    strip_footnote_marks,
)
from pipeline.load import load
from pipeline.model import Block, Line

BODY = ("The International Labour Organization brings together governments, employers and workers of 187\n"
        "member States to set labour standards and promote decent work for all women and men.\n")


def _lines(text: str) -> list[Line]:
    """Lines as the text reader makes them: blank lines counted in gap_before."""
    lines, blanks = [], 0
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            blanks += 1
            continue
        lines.append(Line(raw.strip(), number, gap_before=blanks))
        blanks = 0
    return lines


def _record(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.extract(path)


ROWS = [["Indicator", "Peru", "Bolivia"], ["Youth unemployment rate (%)", "8", "12"],
        ["Workers in informal employment (%)", "58", "80"], ["Women in management (%)", "31", "27"]]


def test_cells_one_a_line_in_row_order_are_a_table():
    text = "\n\n".join(cell for row in ROWS for cell in row)
    items = find_text_tables(_lines(text))
    assert len(items) == 1 and isinstance(items[0], Block) and items[0].kind == "table"
    assert items[0].table.rows == ROWS and items[0].table.header_rows == 1


def test_cells_in_pdfminer_order_header_then_columns_are_the_same_table():
    columns = [[row[c] for row in ROWS[1:]] for c in range(3)]
    text = "\n\n".join([*ROWS[0], *(cell for column in columns for cell in column)])
    [table] = find_text_tables(_lines(text))
    assert table.table.rows == ROWS


def test_a_column_printed_as_one_group_of_lines_is_read_line_by_line():
    columns = ["\n".join(row[c] for row in ROWS[1:]) for c in range(3)]
    text = "\n\n".join([*ROWS[0], *columns])
    [table] = find_text_tables(_lines(text))
    assert table.table.rows == ROWS


def test_a_header_cell_set_against_the_sentence_above_goes_back_to_the_table():
    # Typst after a paragraph: no blank line between the text's last line and the first header cell
    cells = "\n\n".join(cell for row in ROWS for cell in row)
    items = find_text_tables(_lines("The standard contract now covers wages, rest days and\nthe end of employment.\n" + cells))
    assert [item.text for item in items[:2]] == ["The standard contract now covers wages, rest days and", "the end of employment."]
    assert items[2].kind == "table" and items[2].table.rows == ROWS


def test_a_short_line_going_on_from_wrapped_text_stays_text():
    cells = "\n\n".join(cell for row in ROWS[1:] for cell in row)
    wrapped = "Governments, employers and workers of the 187 member States agree that the"
    items = find_text_tables(_lines(f"{wrapped}\nIndicator\n\n" + cells))
    assert [item.text for item in items[:2]] == [wrapped, "Indicator"] and isinstance(items[1], Line)


def test_header_cells_one_a_group_then_columns_as_groups_are_one_table():
    # pdflatex through pdftotext: the header row cell by cell, then each column's body as one group
    columns = ["\n".join(row[c] for row in ROWS[1:]) for c in range(3)]
    [table] = find_text_tables(_lines("\n\n".join([*ROWS[0], *columns])))
    assert table.table.rows == ROWS  # not a grid of three columns read across the groups


def test_wrapped_header_cells_and_columns_of_labels_read_as_cells_that_wrap():
    rows = [["Indicator", "Colombia, baseline", "Colombia, latest"], ["Social protection coverage (%)", "18", "39"],
            ["Youth unemployment rate (%)", "24", "22"], ["Labour force participation rate (%)", "50", "54"]]
    text = "\n\n".join(["Indicator", "Colombia,\nbaseline", "Colombia,\nlatest",
                         *("\n".join(row[c] for row in rows[1:]) for c in range(3))])
    [table] = find_text_tables(_lines(text))
    assert table.table.rows == rows


def test_two_tables_in_one_run_of_cells_are_both_found():
    partners = [["Partner", "Agreement with the ILO", "Year"], ["Sahel Skills Foundation", "Cooperation agreement", "2017"],
                ["Apex Polytechnic", "Letter of intent", "2015"], ["Harbour Seafood", "Cooperation agreement", "2019"]]
    text = "\n\n".join([*(cell for row in ROWS for cell in row), "GET INVOLVED", *(cell for row in partners for cell in row)])
    items = find_text_tables(_lines(text))
    tables = [item.table.rows for item in items if isinstance(item, Block)]
    assert tables == [ROWS, partners]
    assert [item.text for item in items if isinstance(item, Line)] == ["GET INVOLVED"]


def test_short_lines_of_words_only_are_no_table():
    text = "\n\n".join(["Fire and building safety", "Training for inspectors", "Reporting of accidents",
                        "Protection against chemicals", "Risk assessment", "Joint committees"])
    assert all(isinstance(item, Line) for item in find_text_tables(_lines(text)))


def test_a_table_in_a_brochure_keeps_its_repeated_cells_and_leaves_the_paragraphs(tmp_path):
    rows = [["Partner", "Agreement with the ILO", "Year"], ["Sahel Skills Foundation", "Cooperation agreement", "2017"],
            ["St. Joseph's Technical School", "Cooperation agreement", "2018"], ["Apex Polytechnic", "Cooperation agreement", "2015"]]
    cells = "\n\n".join(cell for row in rows for cell in row)
    record = _record(tmp_path, f"Skills for Youth\n\nOur partners\n{BODY}\nTable 2. Partnership agreements\n\n{cells}\n\nResults\n{BODY}")
    [table] = record.tables
    assert [*table.header_rows, *table.rows] == rows and table.caption == "Table 2. Partnership agreements"
    paragraphs = [p.text for s in record.sections for p in s.paragraphs]
    assert not any("Cooperation agreement" in p or p == "2017" for p in paragraphs)
    assert not any(f.text == "Cooperation agreement" for f in record.furniture)  # a repeated cell is no running line


def test_lone_markers_go_back_to_their_items_in_order():
    lines = reattach_markers(_lines("The programme offers:\n■\n■\n■\n\nDigital skills\nCareer guidance\nMentoring by owners"))
    assert [line.text for line in lines] == ["The programme offers:", "■ Digital skills", "■ Career guidance", "■ Mentoring by owners"]


def test_marker_glyphs_of_both_extractors_and_symbol_letters_are_markers():
    assert all(is_lone_marker(text) for text in ["•", "●", "▪", "–", "(cid:226)", "q", "l", "n"])
    assert not any(is_lone_marker(text) for text in ["1", "a", "ILO", "of", "2015"])
    [line] = reattach_markers(_lines("q Cooperative law reform"))
    assert line.text == "• Cooperative law reform"


def test_pdftotext_lists_become_bullets_in_the_record(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nNext steps\n{BODY}■\n■\n\nDigital skills for the platform economy\n"
                               "Career guidance in secondary schools\n\nResults\n" + BODY)
    bullets = [b.text for s in record.sections for b in s.bullets]
    assert bullets == ["Digital skills for the platform economy", "Career guidance in secondary schools"]


def test_a_list_whose_drawn_bullets_were_lost_is_read_as_bullets(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}Freedom to keep their own passports\n"
                               "Minimum wage coverage\nWritten terms and conditions of employment\n\nResults\n" + BODY)
    section = next(s for s in record.sections if s.heading == "Get involved")
    assert [b.text for b in section.bullets] == ["Freedom to keep their own passports", "Minimum wage coverage",
                                                  "Written terms and conditions of employment"]
    assert len(section.paragraphs) == 1


def test_a_lost_bullet_list_holds_its_nested_dashed_items(tmp_path):
    # the drawn bullets of the outer list are lost, the nested list's dashes are characters
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}Protection against chemical hazards\n"
                               "– in rural areas first\n– then in the towns\nRisk assessment in small enterprises\n"
                               "Training for labour inspectors\n\nResults\n" + BODY)
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("Protection against chemical hazards", 1), ("in rural areas first", 2), ("then in the towns", 2),
                       ("Risk assessment in small enterprises", 1), ("Training for labour inspectors", 1)]


def test_a_lost_bullet_item_that_wrapped_is_one_item(tmp_path):
    # French items are long: a full line, its last word on the next line in lower case
    items = ("L'accompagnement des microentreprises informelles vers l'enregistrement administratif et fiscal\n"
             "simplifié\nDes compétences numériques\nL'orientation professionnelle dès le collège\n")
    record = _record(tmp_path, f"Emplois pour les jeunes\n\nCe que nous faisons\n{BODY}{items}\nRésultats\n" + BODY)
    bullets = [b.text for s in record.sections for b in s.bullets]
    assert bullets == ["L'accompagnement des microentreprises informelles vers l'enregistrement administratif et fiscal simplifié",
                       "Des compétences numériques", "L'orientation professionnelle dès le collège"]


def test_a_symbol_font_bullet_letter_before_an_accented_capital_is_a_bullet():
    [line] = reattach_markers(_lines("u Étendre la couverture aux travailleurs"))
    assert line.text == "• Étendre la couverture aux travailleurs"


def test_the_speaker_under_a_quotation_is_no_list(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nVoices\n{BODY}“The training changed my life and my family’s.”\n"
                               "Ana Lima, domestic worker\nPhnom Penh, Cambodia\n\nResults\n" + BODY)
    assert not [b for s in record.sections for b in s.bullets]


def test_a_narrow_column_is_judged_by_its_own_full_lines(tmp_path):
    wide = ("The Moldovan Fund for Occupational Safety trains labour inspectors and safety officers and publishes\n"
            "guidance for small enterprises in every region of the country, with the help of the employers.\n")
    narrow = ("The International Labour Organization\n(ILO) brings together governments,\nemployers and workers of 187 member\n"
              "States to set labour standards and\npromote decent work for all women and\nmen.\n")
    laid_out = layout(load(_write(tmp_path, f"Safe Work\n\nWhy safety matters\n{wide}\n{narrow}\nResults\n{wide}")))
    texts = [block.text for block in laid_out.blocks]
    assert "The International Labour Organization (ILO) brings together governments, employers and workers of 187 member " \
           "States to set labour standards and promote decent work for all women and men." in texts


def _write(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_local_measure_is_linear_in_the_lines():
    """Each line's measure looks at the wrapped lines near it: found by bisection, not by reading
    every wrapped line of the text for every line (100,000 lines took hours that way; the text
    reader admits 200,000)."""
    words = ["the", "programme", "trains", "workers", "in", "three", "ports", "and", "supports", "their", "employers"]
    lines = [Line(text=" ".join(words[: 4 + number % 8]) if number % 3 else "and goes on in lower case", number=number + 1)
             for number in range(100_000)]
    started = time.process_time()
    would_fit = local_wrap_fit(lines)
    assert time.process_time() - started < 20  # linear: about a second; quadratic: hours
    assert would_fit(lines[0], lines[1]) in (True, False)


def test_a_nested_item_whose_marker_was_lost_is_an_item_one_level_down(tmp_path):
    # "in rural areas first" would have fit on the item's line: the typesetter did not wrap it there
    record = _record(tmp_path, f"Skills for Youth\n\nNext steps\n{BODY}✓ Digital skills for the platform economy\n"
                               "in rural areas first\nthen in the towns\n✓ Career guidance in secondary schools\n\nResults\n" + BODY)
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("Digital skills for the platform economy", 1), ("in rural areas first", 2), ("then in the towns", 2),
                       ("Career guidance in secondary schools", 1)]


def test_the_wrapped_tail_of_an_item_stays_in_the_item(tmp_path):
    # a full line's last words run on in lower case; so do one or two words the measure misjudged
    record = _record(tmp_path, f"Skills for Youth\n\nNext steps\n{BODY}✓ Free and compulsory education for every child up to the\n"
                               "minimum age of employment\n✓ Decent work for adult family members\n\nResults\n" + BODY)
    bullets = [b.text for s in record.sections for b in s.bullets]
    assert bullets == ["Free and compulsory education for every child up to the minimum age of employment",
                       "Decent work for adult family members"]


def test_footnote_marks_glued_to_words_go_when_the_text_prints_the_notes():
    lines = _lines("Body\n\n1\n\nFigures rounded to the nearest hundred.\n2 As reported by the national statistics office.\n")
    notes = footnote_numbers(lines)
    assert notes == {"1", "2"}
    assert strip_footnote_marks("covers wages1, rest days and management2.", notes) == "covers wages, rest days and management."
    # a figure or a code is no mark, and without notes nothing is one
    assert strip_footnote_marks("the G20 and 187 member States", notes) == "the G20 and 187 member States"
    assert strip_footnote_marks("covers wages1, rest days", frozenset()) == "covers wages1, rest days"


def test_a_numbered_heading_is_no_footnote():
    assert footnote_numbers(_lines("1 Overview\n\n2 Measuring the gap\n")) == frozenset()


def test_items_lettered_with_a_full_stop_are_a_list(tmp_path):
    record = _record(tmp_path, f"Fair Recruitment\n\nOur work\n{BODY}a. No recruitment fees charged to workers\n"
                               "b. Access to complaint mechanisms in countries of destination\nc. Skills recognition on return\n\n"
                               "Results\n" + BODY.replace("187", "185"))
    bullets = [(b.marker, b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("a.", "No recruitment fees charged to workers", 1),
                       ("b.", "Access to complaint mechanisms in countries of destination", 1), ("c.", "Skills recognition on return", 1)]


def test_a_sentence_broken_raggedly_in_a_narrow_panel_stays_one_paragraph(tmp_path):
    panel = ("In 2017 the ILO signed a partnership agreement\non skills and decent work for youth with the\n"
             "Korea International Cooperation\n"
             "Agency (KOICA) to support work\nthat promotes quality apprenticeships.\n")
    laid_out = layout(load(_write(tmp_path, f"Skills for Youth\n\nPartners\n{panel}\nResults\n{BODY}")))
    assert "In 2017 the ILO signed a partnership agreement on skills and decent work for youth with the Korea International " \
           "Cooperation Agency (KOICA) to support " \
           "work that promotes quality apprenticeships." in [block.text for block in laid_out.blocks]


def test_an_office_name_over_two_lines_does_not_run_into_the_address(tmp_path):
    panel = ("Kanokwan Srisuk\nSocial Protection Specialist\nILO Decent Work Technical Support Team for East and\n"
             "South-East Asia and the Pacific\nUnited Nations Building, Rajdamnern Nok Avenue\nBangkok 10200, Thailand\n")
    laid_out = layout(load(_write(tmp_path, f"Skills for Youth\n\nResults\n{BODY}\nContact\n{panel}")))
    assert "United Nations Building, Rajdamnern Nok Avenue" in [block.text for block in laid_out.blocks]


def _paragraphs(record):
    return [p.text for s in record.sections for p in s.paragraphs]


def test_a_paragraph_whose_last_line_nearly_fills_the_measure_ends_there(tmp_path):
    # the last line of the first paragraph is short of its neighbours by more than a word or two
    text = ("Skills for Youth\n\nOur approach\n"
            "Young entrepreneurs receive coaching, a small start-up grant and access to a network of\n"
            "mentors from the private sector, and the programme follows their businesses for two years\n"
            "after they open, with monthly visits from advisers who know the trade well.\n"
            "Between 2016 and 2019, the programme trained 500 young people in trades such as solar\n"
            "installation, motorcycle repair and food processing, and most of them found work soon.\n")
    assert _paragraphs(_record(tmp_path, text)) == [
        "Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors from the private sector, "
        "and the programme follows their businesses for two years after they open, with monthly visits from advisers who know the trade "
        "well.",
        "Between 2016 and 2019, the programme trained 500 young people in trades such as solar installation, motorcycle repair and "
        "food processing, and most of them found work soon."]


def test_a_sentence_that_ends_on_a_line_as_full_as_its_neighbours_runs_on(tmp_path):
    text = ("Skills for Youth\n\nOur approach\n"
            "Young entrepreneurs receive coaching, a small start-up grant and access to a network of\n"
            "mentors from the private sector, and the programme follows their businesses for years.\n"
            "Advisers who know the trade visit them every month, and the first loans are repaid soon\n"
            "after the businesses open their doors to customers.\n")
    [paragraph] = _paragraphs(_record(tmp_path, text))
    assert paragraph.startswith("Young entrepreneurs") and paragraph.endswith("to customers.")


def test_an_item_that_fills_a_narrow_panel_stays_in_its_list(tmp_path):
    # a tri-fold panel: the second item is as wide as the panel's wrapped lines, the next starts afresh
    text = ("Skills for Youth\n\nLooking ahead\n"
            "Migrant worker resource centres gave advice to more\n"
            "than 3,000 women and men before they left, and\n"
            "helped those who returned to find work at home.\n"
            "Skills recognition on return\n"
            "Bilateral labour agreements that protect rights\n"
            "Written contracts before departure\n"
            "No recruitment fees charged to workers\n\n"
            "Over the period 2017-2021, the programme aims to\nreach 70,000 workers and their families.\n")
    record = _record(tmp_path, text)
    assert [b.text for s in record.sections for b in s.bullets] == [
        "Skills recognition on return", "Bilateral labour agreements that protect rights", "Written contracts before departure",
        "No recruitment fees charged to workers"]


def test_a_captioned_table_whose_cells_share_lines_is_kept_out_of_the_paragraphs(tmp_path):
    # pdftotext set two cells on one line ("Memorandum of under- 2015"): no grid, but a table all the same
    cells = "\n\n".join(["Partner", "Agreement with the ILO", "Ministry of Employment\nand Labour Relations",
                         "Memorandum of understanding 2015", "Andean Coalition\nWomen Farmers", "Letter of intent 2020", "Year"])
    record = _record(tmp_path, f"Skills for Youth\n\nOur partners\n{BODY}\n{cells}\n\nTable 2. Partnership agreements\n\nResults\n{BODY}")
    [table] = record.tables
    assert table.rows[0][0] == "Partner" and "Letter of intent 2020" in table.rows[0]
    assert not any("Women Farmers" in p or p == "Year" for p in _paragraphs(record))


def test_the_grid_search_is_linear_in_a_run_of_cells(monkeypatch):
    """A long run of short cells with figures (a hostile file, a long statistical annex) is searched
    for grids in windows: the grids tried grow with the run's length, not with its square."""
    import pipeline.layout.plain_text as plain_text

    def tried(count):
        calls = []
        grid_of = plain_text._grid_of
        monkeypatch.setattr(plain_text, "_grid_of", lambda cells, columns: (calls.append(len(cells)), grid_of(cells, columns))[1])
        lines = [Line(text=("Heading words here" if i % 7 == 0 else "Labour force rate" if i % 3 == 0 else str(i)), number=i + 1,
                      gap_before=1) for i in range(count)]
        find_text_tables(lines)
        monkeypatch.undo()
        return sum(calls)  # the cells of every grid tried

    assert tried(2000) < 6 * tried(500)  # four times the cells: about four times the work, not sixteen


NARROW_BODY = ("The ministry of labour leads the work, with the\n"
               "national social security fund and the training\n"
               "centre of the capital as its partners in the\n"
               "programme that began in the south.\n")


def test_a_lost_bullet_list_may_open_with_an_item_that_fills_its_narrow_column(tmp_path):
    # a narrow column's first item as long as its full lines: the items after it show it is a list
    items = "Social dialogue on the energy transition plans\nSafety in waste collection\nGreen enterprises\n"
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{NARROW_BODY}{items}\nResults\n" + BODY)
    section = next(s for s in record.sections if s.heading == "Get involved")
    assert [b.text for b in section.bullets] == ["Social dialogue on the energy transition plans", "Safety in waste collection",
                                                  "Green enterprises"]


def test_a_paragraph_under_a_sentence_stays_a_paragraph_when_no_item_follows_its_first_line(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{NARROW_BODY}{NARROW_BODY}\nResults\n" + BODY)
    section = next(s for s in record.sections if s.heading == "Get involved")
    assert section.bullets == []


def test_nested_markers_printed_apart_keep_a_lost_bullet_list_open(tmp_path):
    # the outer list's drawn bullets are lost; the nested dashes are printed apart, blank lines around them
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}No recruitment fees charged to workers\n–\n\n"
                               "in rural areas first\n\n–\n\nthen in the towns\n\nAccess to complaint mechanisms\n"
                               "Bilateral labour agreements\n\nResults\n" + BODY)
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("No recruitment fees charged to workers", 1), ("in rural areas first", 2), ("then in the towns", 2),
                       ("Access to complaint mechanisms", 1), ("Bilateral labour agreements", 1)]


def test_markers_left_after_a_list_go_back_to_its_unmarked_first_items(tmp_path):
    # the tool printed the first item's bullet and its first nested item's dash after the list
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}Social protection for workers affected\n"
                               "in rural areas first\n– then in the towns\n● Green enterprises in the circular economy\n"
                               "● Resilient rural infrastructure\n●\n\n–\n\n" + BODY + "\nResults\n" + BODY)
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("Social protection for workers affected", 1), ("in rural areas first", 2), ("then in the towns", 2),
                       ("Green enterprises in the circular economy", 1), ("Resilient rural infrastructure", 1)]
    assert not any(p.text.startswith(("●", "–")) for s in record.sections for p in s.paragraphs)


def test_markers_printed_before_their_items_are_no_leftovers():
    lines = _lines("● First item of the list\n●\nSecond item of the list\n●\nThird item of the list\n")
    assert [line.text for line in reattach_markers(lines)] == ["● First item of the list", "● Second item of the list",
                                                               "● Third item of the list"]


def test_a_running_footer_that_carries_the_page_number_is_furniture_on_every_page(tmp_path):
    first = "Skills for Youth\n\nResults\n" + BODY + "\nSkills for youth fact sheet — 1\n"
    second = "What comes next\n" + NARROW_BODY + "\nSkills for youth fact sheet — 2\n"
    record = _record(tmp_path, first + "\f" + second)
    assert [line.text for line in record.furniture] == ["Skills for youth fact sheet — 1", "Skills for youth fact sheet — 2"]


def test_a_footer_set_with_middle_dots_is_furniture_once_and_a_name_list_or_contact_is_not():
    from pipeline.layout.plain_text import is_foot_masthead, running_key

    assert is_foot_masthead("ILO Decent Work Team for Southern Africa · Project brief")
    assert is_foot_masthead("Harvests without forced labour · page 1")
    assert not is_foot_masthead("ILO · Irish Aid · MoLSS")  # partners' logos
    assert not is_foot_masthead("beridze@ilo.org · +995 32 243 11 08")
    assert not is_foot_masthead("The programme runs in three regions · it ends in 2026.")
    assert running_key("Issue 3 · Page 2") == running_key("Issue 3 · Page 1")
    assert running_key("Table 1. Wages") != running_key("Table 2. Wages")
    assert running_key("Partners since 2001") != running_key("Partners since 2002")  # a year is no page number
    assert running_key("We trained 120 inspectors.") != running_key("We trained 240 inspectors.")  # a sentence


def test_a_pictograph_before_an_item_is_its_bullet_but_a_telephone_is_no_bullet():
    from pipeline.layout.patterns import bullet_match

    assert bullet_match("⚓ Model work agreements in three languages") == ("⚓", "Model work agreements in three languages")
    assert bullet_match("→ Guide for city officials") == ("→", "Guide for city officials")
    assert bullet_match("☎ +41 22 799 61 11") is None
    assert bullet_match("✉ geneva@ilo.org") is None


def test_lower_case_items_that_go_on_from_a_colon_are_a_list(tmp_path):
    items = ("The workers covered by the pilot are:\nconstruction workers in the capital;\nleather workers in the south;\n"
             "women returning from work abroad.\n")
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}{items}\nResults\n" + BODY)
    section = next(s for s in record.sections if s.heading == "Get involved")
    assert [b.text for b in section.bullets] == ["construction workers in the capital;", "leather workers in the south;",
                                                  "women returning from work abroad."]


def test_a_sentence_that_goes_on_from_a_colon_stays_a_paragraph(tmp_path):
    # its lines are as full as the body's: the typesetter wrapped them, so they are one sentence
    text = ("The programme has one aim above all others:\n"
            "to make sure that every worker in the sector, whatever the size of the enterprise that employs\n"
            "them, is covered by social security.\n")
    record = _record(tmp_path, f"Skills for Youth\n\nGet involved\n{BODY}{text}\nResults\n" + BODY)
    section = next(s for s in record.sections if s.heading == "Get involved")
    assert section.bullets == []


def test_a_resource_item_whose_link_is_on_the_next_line_keeps_it_and_is_a_link(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nResults\n{BODY}\nFurther reading\n▶ Committee on Freedom of Association cases:\n"
                               "www.ilo.org/cfa\n▶ Country programme: www.ilo.org/colombo\n")
    section = next(s for s in record.sections if s.heading == "Further reading")
    assert [b.text for b in section.bullets] == ["Committee on Freedom of Association cases: www.ilo.org/cfa",
                                                  "Country programme: www.ilo.org/colombo"]
    assert [(link.title, link.url) for link in record.links] == [("Committee on Freedom of Association cases", "http://www.ilo.org/cfa"),
                                                                 ("Country programme", "http://www.ilo.org/colombo")]


def test_figures_with_a_word_of_scale_or_a_spaced_per_cent_sign_are_a_table_column(tmp_path):
    # pdfminer's order: the header cells, then each column as a group of lines
    cells = ("Indicator\n\nMalawi\n\nZambia\n\nKilometres rehabilitated\nWorkdays created\nShare of workdays by women\n\n"
             "412\n1.1 million\n46 %\n\n288\n640,000\n39 %\n")
    record = _record(tmp_path, f"Skills for Youth\n\nResults\n{BODY}\n{cells}\nWhat comes next\n{BODY}")
    assert [[*row] for table in record.tables for row in [*table.header_rows, *table.rows]] == [
        ["Indicator", "Malawi", "Zambia"], ["Kilometres rehabilitated", "412", "288"], ["Workdays created", "1.1 million", "640,000"],
        ["Share of workdays by women", "46 %", "39 %"]]


def test_items_ending_in_semicolons_set_apart_from_their_colon_are_a_list(tmp_path):
    # pdftotext read the list apart from its lead-in ("Le projet soutient :" stands in another column)
    items = ("l'ouverture de vingt agences locales dans les régions ;\nun système d'information unique pour les offres ;\n"
             "la formation des conseillers à l'accompagnement des\ndemandeurs.\n")
    record = _record(tmp_path, f"Emplois pour les jeunes\n\nRésultats\n{BODY}\n{items}\nContexte\n" + BODY)
    bullets = [b.text for s in record.sections for b in s.bullets]
    assert bullets == ["l'ouverture de vingt agences locales dans les régions ;", "un système d'information unique pour les offres ;",
                       "la formation des conseillers à l'accompagnement des demandeurs."]


def test_a_number_labelling_a_heading_is_not_a_page_number():
    from pipeline.layout.plain_text import running_key

    assert running_key("Module 1") != running_key("Module 2")  # headings "Module 1/2/3" at each page's top stay headings
    assert running_key("Tourism recovery · 1") == running_key("Tourism recovery · 2")
    assert running_key("ILO Office — 2") == running_key("ILO Office — 3")


def test_modules_at_each_pages_top_stay_headings(tmp_path):
    import pipeline

    body = "The programme trains young workers in construction and agriculture across the region, with partners who share the costs."
    path = tmp_path / "modules.txt"
    path.write_text("Skills at Work\n\n" + "\f".join(f"Module {n}\n\n{body}\n\n{body}\n" for n in (1, 2, 3)), encoding="utf-8")
    assert [section.heading for section in pipeline.extract(path).sections] == ["Module 1", "Module 2", "Module 3"]


TIMETABLE = [["Time", "Session", "Speakers"], ["08:30", "Registration and coffee", "Organizers"],
             ["09:00", "Opening remarks", "Vice-Minister of Labour; ILO Country Director"],
             ["09:20", "Main results of the survey", "Head of the Statistics Department"],
             ["10:30", "Panel on the employment strategy", "Trade unions and employers"]]


def test_a_timetable_of_words_under_its_heading_is_a_table():
    # pdftotext: the heading set against the first header cell, then every cell a group of its own;
    # no column holds plain figures, the times make the first column
    cells = "\n\n".join(cell for row in TIMETABLE[1:] for cell in row)
    items = find_text_tables(_lines(f"{BODY}\nProgramme\nTime\n\nSession\n\nSpeakers\n\n{cells}"))
    [table] = [item for item in items if isinstance(item, Block)]
    assert table.table.rows == TIMETABLE and table.table.header_rows == 1
    assert [item.text for item in items if isinstance(item, Line)][-1] == "Programme"


def test_columns_of_words_told_apart_by_their_lengths_are_a_table():
    rows = [["Right", "What the Convention says"], ["Employment agreement", "Signed by you and the shipowner; you keep a copy"],
            ["Wages", "Paid at least once a month, with a monthly account"], ["Hours of rest", "At least ten hours in any day of work"],
            ["Repatriation", "At no cost to you when the contract ends"]]
    [table] = find_text_tables(_lines("\n\n".join(cell for row in rows for cell in row)))
    assert table.table.rows == rows


def test_a_list_of_short_items_of_alike_lengths_is_no_table_of_words():
    items = ["Fire and building safety", "Training for labour inspectors", "Reporting of accidents at work",
             "Protection against chemicals", "Risk assessment in small firms", "Joint safety committees",
             "Health checks for night workers", "Rules on heat and rest breaks"]
    assert all(isinstance(item, Line) for item in find_text_tables(_lines("\n\n".join(items))))


def test_a_heading_between_a_sentence_and_a_table_stays_text_and_the_cell_goes_back():
    rows = [["When", "What happens"], ["March 2024", "First three factories pay wages digitally"],
            ["January 2025", "All factories with more than 500 workers"], ["January 2026", "All garment and footwear factories"],
            ["December 2026", "End of the cash option"]]
    cells = "\n\n".join(cell for row in rows[1:] for cell in row)
    items = find_text_tables(_lines(f"{BODY}KEY DATES\nWhen\n\nWhat happens\n\n{cells}"))
    assert [item.text for item in items if isinstance(item, Line)][-1] == "KEY DATES"
    assert [item.table.rows for item in items if isinstance(item, Block)] == [rows]


def test_a_name_wrapped_over_a_first_header_cell_is_not_cut_as_a_heading():
    # "Republic of" / "Moldova": the line above ends on a word that runs on; it is one cell
    rows = [["Republic of Moldova", "Uzbekistan"], ["43", "44"], ["22", "16"]]
    text = ("Indicator\n\nRepublic of\nMoldova\n\nUzbekistan\n\nYouth unemployment rate (%)\n\n43\n\n44\n\n"
            "Women in management (%)\n\n22\n\n16")
    [table] = find_text_tables(_lines(text))
    assert table.table.rows[0] == ["Indicator", *rows[0]]


def test_top_items_whose_bullets_were_lost_around_marked_nested_items_are_a_nested_list(tmp_path):
    # the drawn bullets of the top items are lost, the nested items keep their glyph
    items = ("Skills on the farm:\n· feeding and pastures\n· animal health and welfare\nMilking, hygiene and milk quality\n"
             "Safety with machines and chemicals\nRecords, costs and team work\n")
    record = _record(tmp_path, f"Skills for Youth\n\nWhat apprentices learn\n{BODY}\n{items}\nResults\n" + BODY)
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("Skills on the farm:", 1), ("feeding and pastures", 2), ("animal health and welfare", 2),
                       ("Milking, hygiene and milk quality", 1), ("Safety with machines and chemicals", 1),
                       ("Records, costs and team work", 1)]


def test_a_lead_in_sentence_ending_a_paragraph_with_a_list_and_a_heading_after_is_no_lost_list(tmp_path):
    # the colon ends a paragraph's sentence (no blank line or heading above it): its list is all there is
    text = (f"{BODY}The programme offers three things:\n• digital skills\n• career guidance\nResults so far\n{BODY}")
    record = _record(tmp_path, f"Skills for Youth\n\nWhat we do\n{text}")
    bullets = [(b.text, b.level) for s in record.sections for b in s.bullets]
    assert bullets == [("digital skills", 1), ("career guidance", 1)]


def test_a_first_header_cell_wrapped_over_two_lines_stays_one_cell_of_a_table_of_figures():
    # "Youth" / "Unemployment" is the corner cell wrapped, not a heading set against it: the whole
    # reading finds the table of figures, and the group is not cut
    rows = [["Youth Unemployment", "2019", "2023"], ["Men", "12.1", "11.4"], ["Women", "14.8", "13.2"]]
    cells = "\n\n".join(cell for row in rows[1:] for cell in row)
    items = find_text_tables(_lines(f"{BODY}\nYouth\nUnemployment\n\n2019\n\n2023\n\n{cells}"))
    assert [item.text for item in items if isinstance(item, Line)] == [line.strip() for line in BODY.splitlines()]
    assert [item.table.rows for item in items if isinstance(item, Block)] == [rows]
    rows = [["Informal Employment", "Peru", "Bolivia"], ["Men", "58", "80"], ["Women", "62", "84"]]
    [table] = find_text_tables(_lines("Informal\nEmployment\n\nPeru\n\nBolivia\n\nMen\n\n58\n\n80\n\nWomen\n\n62\n\n84"))
    assert table.table.rows == rows


def test_a_heading_in_sentence_case_or_capitals_over_a_table_of_figures_is_still_cut_off_its_first_cell():
    rows = [["Region", "2019", "2023"], ["North", "310", "355"], ["South", "280", "300"]]
    cells = "\n\n".join(cell for row in rows[1:] for cell in row)
    for heading in ("Pay by region", "MONTHLY PAY"):
        items = find_text_tables(_lines(f"{BODY}\n{heading}\nRegion\n\n2019\n\n2023\n\n{cells}"))
        assert [item.text for item in items if isinstance(item, Line)][-1] == heading
        assert [item.table.rows for item in items if isinstance(item, Block)] == [rows]


WHAT_WE_DO = ["What we do", "Training", "Courses for labour inspectors and employers in safety at work", "Research",
              "Studies of wages and working conditions in the garment sector", "Advice",
              "Help to governments drafting labour laws and policies", "Dialogue", "Meetings of workers and employers on wages"]
KEY_TERMS = ["Key terms", "Decent work", "Productive work that delivers a fair income and security", "Social dialogue",
             "Talks between governments, employers and workers on shared concerns", "Informal economy",
             "Work not covered by formal arrangements in law or practice", "Social protection",
             "Health care and income security over the whole life cycle"]


def test_short_headings_each_with_a_description_under_a_section_heading_are_no_table_of_words():
    # read as a grid of two columns, every row would pair a description with the next heading
    for lines in (WHAT_WE_DO, KEY_TERMS):
        items = find_text_tables(_lines("\n\n".join(lines)))
        assert [item.text for item in items] == lines and all(isinstance(item, Line) for item in items)


def test_a_lead_in_after_a_blank_line_with_a_list_and_a_heading_over_a_paragraph_is_no_lost_list(tmp_path):
    # the heading under the list has a blank line and then a paragraph after it: it heads that paragraph
    for lead, items, heading in (("The programme offers:", ("digital skills", "career guidance"), "Results so far"),
                                 ("The project supports:", ("labour inspection", "social dialogue"), "Next steps")):
        marked = "".join(f"• {item}\n" for item in items)
        record = _record(tmp_path, f"Skills for Youth\n\nWhat we do\n{BODY}\n{lead}\n{marked}{heading}\n\n{BODY}")
        assert [(s.heading, [(b.text, b.level) for b in s.bullets]) for s in record.sections] == [
            ("What we do", [(item, 1) for item in items]), (heading, [])]
        assert len(record.sections[1].paragraphs) == 1


def test_a_timetable_with_empty_cells_is_read_by_the_times_that_open_its_rows():
    # pdftotext prints each cell a group and an empty cell not at all ("10:30" / "Break", no
    # speaker): the count of cells cannot tell the rows, the times that open them do
    rows = [["Time", "Session", "Speakers"], ["08:30", "Registration and coffee", ""],
            ["09:00", "Opening remarks", "Vice-Minister of Labour"], ["09:30", "Findings of the survey", "Omar Haji"],
            ["10:30", "Break", ""], ["10:45", "Panel: what employers and unions can do", "Salma Khamis, Omar Haji"]]
    cells = "\n\n".join(cell for row in rows for cell in row if cell)
    items = find_text_tables(_lines(f"{BODY}\n{cells}\n\n{BODY}"))
    [table] = [item for item in items if isinstance(item, Block)]
    assert table.table.rows == rows and table.table.header_rows == 1
    assert [item.text for item in items if isinstance(item, Line)] == [line for line in BODY.splitlines()] * 2



def test_a_form_blank_among_cells_is_no_cell_of_the_table():
    # a tear-off form set beside a table: pdftotext interleaves its blanks with the table's cells
    form = ["Nom et prénom : ……………………………", "Entreprise : ……………………………", "Téléphone : ……………………………"]
    cells = [cell for row in ROWS for cell in row]
    text = "\n\n".join([*cells[:3], form[0], *cells[3:6], form[1], *cells[6:9], form[2], *cells[9:]])
    tables = [item for item in find_text_tables(_lines(text)) if isinstance(item, Block)]
    assert not any(blank in cell for table in tables for row in table.table.rows for cell in row for blank in form)
    assert not any(is_drawn_with_characters(cell) for table in tables for row in table.table.rows for cell in row)


def test_a_rule_or_a_form_blank_is_no_heading(tmp_path):
    record = _record(tmp_path, f"Safe Work in the Port of Djibouti\n\nRegister for the course\n{BODY}\n"
                                "Nom et prénom : ……………………………\n\nEntreprise : ……………………………\n\n__________________\n\n"
                                f"What happens next\n{BODY}")
    headings = [section.heading for section in record.sections if section.heading]
    assert headings == ["Register for the course", "What happens next"]


def test_a_table_printed_one_column_a_group_under_its_header_cell_is_read_by_columns():
    # pdftotext prints each column as a group of lines, its header cell at its top, and runs the
    # first column into the paragraph above (no blank line between them)
    columns = ["\n".join(row[c] for row in ROWS) for c in range(3)]
    text = ("The survey was carried out by the national statistics office in 2024.\n" + columns[0] + "\n\n"
            + "\n\n".join(columns[1:]))
    items = find_text_tables(_lines(text))
    tables = [item for item in items if isinstance(item, Block)]
    assert len(tables) == 1 and tables[0].table.rows == ROWS
    assert [item.text for item in items if not isinstance(item, Block)] == \
        ["The survey was carried out by the national statistics office in 2024."]


def test_groups_of_cells_that_are_no_columns_are_not_read_one_column_a_group():
    # a run of cells in row order (one a group) is read by rows, never as columns under headers
    text = "\n\n".join(cell for row in ROWS for cell in row)
    [table] = find_text_tables(_lines(text))
    assert table.table.rows == ROWS


def test_columns_of_figures_alone_are_not_read_one_column_a_group():
    # the column naming the rows is elsewhere (a caption or a note broke the run): two columns of
    # figures under their headers name no row, and read so would make a table of bare figures
    text = "Lebanon\n65\n59\n41\n46\n\nJordan\n35\n67\n12\n77"
    tables = [item.table.rows for item in find_text_tables(_lines(text)) if isinstance(item, Block)]
    assert [["Lebanon", "Jordan"], ["65", "35"], ["59", "67"], ["41", "12"], ["46", "77"]] not in tables


KEY_FACTS = [["Duration", "2024–2027"], ["Budget", "US$ 3.1 million"], ["Where", "Zanzibar"], ["Target", "2,400 recyclers"]]


def test_labels_and_their_values_one_a_group_are_a_table_without_header():
    # a box of key facts: no header row, each row a label and its value (one a figure, one words)
    text = "AT A GLANCE\n\n" + "\n\n".join(cell for row in KEY_FACTS for cell in row) + "\n\n" + BODY
    items = find_text_tables(_lines(text))
    tables = [item for item in items if isinstance(item, Block) and item.kind == "table"]
    assert len(tables) == 1 and tables[0].table.rows == KEY_FACTS and tables[0].table.header_rows == 0
    assert items[0].text == "AT A GLANCE"  # the box's label stays a line of text, over the table
    assert items[-1].text.startswith("member States")  # the paragraph after it stays text


def test_labels_and_values_one_a_line_of_a_group_are_a_table():
    text = "\n".join(cell for row in KEY_FACTS for cell in row)
    [table] = find_text_tables(_lines(text))
    assert table.kind == "table" and table.table.rows == KEY_FACTS and table.table.header_rows == 0


def test_a_timeline_of_years_and_events_is_a_table_of_two_columns():
    rows = [["2022", "Memorandum of understanding signed"], ["2023", "Programme launched in five provinces"],
            ["2024", "Grant agreement with the donor"]]
    [table] = find_text_tables(_lines("\n\n".join(cell for row in rows for cell in row)))
    assert table.kind == "table" and table.table.rows == rows and table.table.header_rows == 0


def test_short_headings_over_lines_of_words_are_no_table_of_labels():
    # a heading over one line, three times, without a figure: sections, not a table of key facts
    pairs = [["Training", "Courses for inspectors"], ["Research", "Studies of working time"], ["Advice", "Help with new laws"]]
    items = find_text_tables(_lines("\n\n".join(cell for row in pairs for cell in row)))
    assert not any(isinstance(item, Block) and item.kind == "table" for item in items)


def test_two_labels_and_values_are_no_table():
    items = find_text_tables(_lines("\n\n".join(cell for row in KEY_FACTS[:2] for cell in row)))
    assert not any(isinstance(item, Block) and item.kind == "table" for item in items)


def test_figures_with_thousands_set_apart_by_a_space_make_a_column_of_figures():
    # French and Spanish typography: "1 800", "2 950" (a no-break or narrow no-break space too)
    rows = [["Indicateur", "2023", "2025"], ["Tonnes exportées", "3 200", "5\u00a0450"],
            ["Emplois déclarés", "1\u202f150", "2 030"], ["Part des femmes", "58 %", "61 %"]]
    [table] = find_text_tables(_lines("\n\n".join(cell for row in rows for cell in row)))
    assert table.kind == "table" and table.table.rows == rows


RESULTS = [["Indicator", "Baseline", "Now"], ["Workers trained", "11", "162"], ["Of whom women", "0", "202"],
           ["Registered with social security", "10%", "28%"], ["Sites with a joint committee", "7", "807"]]


def test_a_table_read_on_over_the_lines_of_a_column_beside_it():
    # pdftotext sets a form's fields, printed beside the table, between the table's rows: they
    # are read before the table (a caption under it stays next to it)
    rows = ["\n\n".join(row) for row in RESULTS]
    text = "\n\n".join([rows[0], rows[1], "Organization:", rows[2], "Phone or e-mail:", *rows[3:]])
    items = find_text_tables(_lines(text))
    [table] = [item for item in items if isinstance(item, Block)]
    assert table.table.rows == RESULTS
    assert [item.text for item in items if not isinstance(item, Block)] == ["Organization:", "Phone or e-mail:"]


def test_a_paragraph_inside_a_row_is_no_bridge():
    # the line between comes inside a row (after its label): the table is not read across it
    rows = ["\n\n".join(row) for row in RESULTS]
    text = "\n\n".join([rows[0], rows[1], "Workers trained", "Organization:", "11\n\n162"])
    items = find_text_tables(_lines(text))
    assert "Organization:" in [item.text for item in items if not isinstance(item, Block)]
    assert all(item.table.rows != RESULTS for item in items if isinstance(item, Block))


def test_a_photo_credit_between_the_cells_is_no_cell_and_no_end_of_the_table():
    cells = [cell for row in ROWS for cell in row]
    text = "\n\n".join([*cells[:6], "Photo: © ILO/A. Rahman", *cells[6:]])
    items = find_text_tables(_lines(text))
    assert items[0].kind == "table" and items[0].table.rows == ROWS
    assert [item.text for item in items[1:]] == ["Photo: © ILO/A. Rahman"]


def test_a_part_counter_in_the_middle_of_a_page_is_furniture(tmp_path):
    # pdftotext read a column after the card's footer: "Card 2 of 6" stands between two paragraphs
    record = _record(tmp_path, "Safe work at sea\n\nBefore you sail\n" + BODY + "\nCard 2 of 6\n\nAt sea\n" + BODY)
    assert "Card 2 of 6" in [line.text for line in record.furniture]
    headings = [section.heading for section in record.sections]
    assert "Card 2 of 6" not in headings and "At sea" in headings


def test_a_title_over_its_dateline_is_no_cell_of_the_key_figures_under_it(tmp_path):
    record = _record(tmp_path, "DATA SHEET\n\nWomen workers in cashew processing: what is\nchanging in Bouaké and Korhogo\n"
                               "Côte d’Ivoire · Clear Path project, 2022–2025\n\n6,522\n\n37%\n\n17\n\nworkers reached\n\nwomen\n\n"
                               "joint committees\n\nThe challenge\nMost workers in the cashew sheds are women paid by the kilogram, "
                               "and few have a written contract.\n")
    assert record.title == "Women workers in cashew processing: what is changing in Bouaké and Korhogo"
    assert not any("Women workers" in cell for table in record.tables for row in table.rows for cell in row)
