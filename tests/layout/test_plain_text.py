"""The text path's repairs of PDF-to-text output (pipeline.layout.plain_text): tables printed one
cell a line read back as tables, bullet markers given back to their items, lists whose drawn
bullets were lost, and a measure local to a narrow column."""

from __future__ import annotations

import time

import pipeline
from pipeline.layout import layout
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
