"""Headings of plain text (pipeline.structure.text_headings and the text title rules)."""

from __future__ import annotations

import pipeline
from pipeline.structure import is_title_case

BODY = ("The International Labour Organization brings together governments, employers and workers of 187\n"
        "member States to set labour standards and promote decent work for all women and men.\n")


def _record(tmp_path, text):
    path = tmp_path / "brochure.txt"
    path.write_text(text, encoding="utf-8")
    return pipeline.extract(path)


def _headings(sections, out=None):
    out = [] if out is None else out
    for section in sections:
        if section.heading:
            out.append((section.heading, section.level))
        _headings(section.subsections, out)
    return out


def test_a_run_in_heading_at_a_dash_is_cut_off_one_level_down(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nA closer look – Young entrepreneurs receive coaching, "
                               "a small start-up grant and access to mentors.\n")
    assert _headings(record.sections) == [("Our approach", 1), ("A closer look", 2)]
    section = record.sections[0].subsections[0]
    assert section.paragraphs[0].text.startswith("Young entrepreneurs receive coaching")


def test_a_short_opening_sentence_is_no_run_in_heading(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nProgress is uneven. Kuwait and Qatar now give domestic "
                               "workers a weekly day of rest.\n")
    assert _headings(record.sections) == [("Our approach", 1)]


def test_a_caption_is_no_heading(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nFigure 1. Trainees at a vocational centre\n\nResults\n{BODY}")
    assert [h for h, _ in _headings(record.sections)] == ["Our approach", "Results"]


def test_a_tagline_in_capitals_above_the_title_is_neither_title_nor_heading(tmp_path):
    record = _record(tmp_path, f"TOGETHER FOR SOCIAL JUSTICE\nDecent Work for Domestic Workers\n\nRights at work\n{BODY}")
    assert record.title == "Decent Work for Domestic Workers"
    assert [h for h, _ in _headings(record.sections)] == ["Rights at work"]


def test_a_title_wrapped_in_title_case_goes_on_but_a_heading_under_it_does_not(tmp_path):
    assert _record(tmp_path, f"Safe and Healthy\nWork in Lebanon\n\nWhy it matters\n{BODY}").title == "Safe and Healthy Work in Lebanon"
    assert _record(tmp_path, f"Stronger Cooperatives in Kenya\nPartners\n{BODY}").title == "Stronger Cooperatives in Kenya"
    assert _record(tmp_path, f"Safe and Healthy Work in Honduras\n1 Results\n{BODY}").title == "Safe and Healthy Work in Honduras"


def test_title_case():
    assert is_title_case("Safe and Healthy Work in the Arab States")
    assert not is_title_case("Tools and guidance") and not is_title_case("1")


def test_three_numbered_lines_in_a_row_are_a_list_not_headings(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\n1. Joint safety and health committees\n"
                               "2. Training for labour inspectors\n3. Protection against chemical hazards\n\nResults\n{BODY}")
    assert [h for h, _ in _headings(record.sections)] == ["Our approach", "Results"]
    assert [b.text for b in record.sections[0].bullets] == ["Joint safety and health committees", "Training for labour inspectors",
                                                           "Protection against chemical hazards"]


def test_a_heading_in_capitals_over_a_contact_panel_stays_a_heading(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nFOR MORE INFORMATION\nPriya Raman\nSocial Protection Officer\n"
                               "ILO Regional Office for Asia and the Pacific\nTel: +66 2 553 58 41\nEmail: raman@ilo.org\n")
    assert "FOR MORE INFORMATION" in [h for h, _ in _headings(record.sections)]
    assert record.contacts[0].name == "Priya Raman"


def test_headings_numbered_without_a_stop_count_from_one(tmp_path):
    other = "Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors.\n"
    third = "Between 2012 and 2015, the programme trained 300 young people in trades such as solar installation.\n"
    record = _record(tmp_path, f"Skills for Youth\n\n1 Results\n{BODY}\n2 Rights at work\n{other}\n2.1 Facts and figures\n{third}")
    assert [(h.split(" ", 1)[-1], level) for h, level in _headings(record.sections)] == \
        [("Results", 1), ("Rights at work", 1), ("Facts and figures", 2)]
    figures = _record(tmp_path, f"Skills for Youth\n\nKey facts\n{BODY}\n7 Pacific Island countries\n\n12 Youth Centres\n\nResults\n{BODY}")
    assert [h for h, _ in _headings(figures.sections)] == ["Key facts", "Results"]


def test_a_deck_under_the_title_heads_nothing_and_is_no_heading(tmp_path):
    record = _record(tmp_path, f"Domestic Workers in the Arab States\n\nAn overview for partners, donors and the public\n\n"
                               f"Get involved\n{BODY}")
    assert _headings(record.sections) == [("Get involved", 1)]
    paragraphs = [p.text for s in record.sections for p in s.paragraphs]
    assert "An overview for partners, donors and the public" in paragraphs


def test_a_line_under_the_title_that_heads_text_stays_a_heading(tmp_path):
    record = _record(tmp_path, f"Domestic Workers in the Arab States\n\nWhy domestic work matters in the region\n{BODY}")
    assert _headings(record.sections) == [("Why domestic work matters in the region", 1)]


def test_a_photo_caption_is_no_heading(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nPhoto: Workers on a road construction site\n\n"
                               f"Results\n{BODY.replace('187', '185')}")
    assert _headings(record.sections) == [("Our approach", 1), ("Results", 1)]


def test_a_line_set_apart_over_a_contact_panel_stays_its_heading(tmp_path):
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nFor more information\nNguyen Van Minh\nProject Officer\n"
                               "ILO Regional Office for Africa\nTel: +225 27 497 63 53\nEmail: minh@ilo.org\n")
    assert _headings(record.sections) == [("Our approach", 1), ("For more information", 1)]
    assert record.contacts and record.contacts[0].name == "Nguyen Van Minh"


def test_a_heading_in_capitals_among_short_lines_stays_a_heading(tmp_path):
    # pdftotext sets a sidebar's heading against the main column's, between short lines
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\n45%\nWORKING TOGETHER\nTrainees placed\n"
                               f"The programme works with employers and unions to update the curricula of technical schools.\n")
    assert ("WORKING TOGETHER", 1) in _headings(record.sections)


def _sections_text(headings):
    """A brochure with each heading over a paragraph of its own (a repeated paragraph would be a running line)."""
    bodies = ["Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors\n"
              "from the private sector.\n",
              "Between 2016 and 2019, the programme trained 500 young people in trades such as solar installation\n"
              "and motorcycle repair.\n",
              "One young person in five is neither in employment nor in education or training, and young women\n"
              "are twice as likely as young men to be out of work.\n",
              "The Council for Technical and Vocational Education and Training works with employers to update\n"
              "the courses it accredits.\n"]
    return "Skills for Youth\n\n" + "\n".join(f"{heading}\n{body}" for heading, body in zip(headings, bodies, strict=False))


def test_a_mixed_case_heading_under_headings_in_capitals_is_one_level_down(tmp_path):
    record = _record(tmp_path, _sections_text(["OUR APPROACH", "Facts and figures", "RESULTS", "OUR PARTNERS"]))
    assert _headings(record.sections) == [("OUR APPROACH", 1), ("Facts and figures", 2), ("RESULTS", 1), ("OUR PARTNERS", 1)]


def test_headings_all_in_mixed_case_or_mostly_so_keep_their_level(tmp_path):
    record = _record(tmp_path, _sections_text(["Our approach", "Facts and figures", "RESULTS", "Partners"]))
    assert [level for _, level in _headings(record.sections)] == [1, 1, 1, 1]



def test_headings_numbered_without_a_stop_count_when_one_column_was_read_first(tmp_path):
    other = "Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors.\n"
    record = _record(tmp_path, f"Skills for Youth\n\n3 Partners\n{other}\n1 Overview\n{BODY}\n2 Measuring the gap\n{other}\n"
                               f"4 Resources\n{BODY}")
    assert [(h.split(" ", 1)[-1], level) for h, level in _headings(record.sections)] == \
        [("Partners", 1), ("Overview", 1), ("Measuring the gap", 1), ("Resources", 1)]
    # key figures out of order are no count: numbers repeat or jump
    figures = _record(tmp_path, f"Skills for Youth\n\nKey facts\n{BODY}\n7 Pacific Island countries\n\n1 Regional office\n\n"
                                f"3 Youth centres\n\nResults\n{BODY}")
    assert [h for h, _ in _headings(figures.sections)] == ["Key facts", "Results"]


def test_a_line_set_with_centred_dots_or_bars_is_no_heading(tmp_path):
    # a running masthead and a list of partners, set apart like headings: their parts are divided by
    # a centred dot or a bar, which a heading's are not
    partners = ("The project works with the ministry of labour, the national employers' federation and the trade\n"
                "union confederation, which meet every quarter to review the plan and agree on what comes next.\n")
    results = ("Since 2022 more than four thousand young people have completed a course, and two in three of them\n"
               "found work or started a business within six months of finishing their training.\n")
    text = (f"Skills for Youth\n\nOur approach\n{BODY}\nNouvelles du travail · Fil Juste\n\nWho we work with\n{partners}\n"
            f"KWU · VEF · NDLA · UNXP\n\nResults\n{results}")
    headings = [heading for heading, _ in _headings(_record(tmp_path, text).sections)]
    assert "Our approach" in headings and "Results" in headings
    assert not any("·" in heading for heading in headings)


def test_a_heading_in_capitals_over_a_narrow_box_among_mixed_case_sections_is_one_level_down(tmp_path):
    # the box's text is set in a narrow column: no line of it near the page's measure
    box = "AT A GLANCE\nThe programme runs from\n2024 to 2027 in four\nregions of the country.\n"
    text = _sections_text(["Our approach", "Facts and figures", "RESULTS", "Partners"])
    record = _record(tmp_path, text.replace("RESULTS\n", f"{box}\nRESULTS\n"))
    assert _headings(record.sections) == [("Our approach", 1), ("Facts and figures", 1), ("AT A GLANCE", 2), ("RESULTS", 1),
                                          ("Partners", 1)]


def test_a_letter_spaced_heading_with_a_kerned_pair_is_a_heading(tmp_path):
    # pdftotext keeps a kerned pair of a tracked heading together: "LV", "TA"
    from pipeline.structure.shapes import is_letter_spaced

    assert is_letter_spaced("W H O I S I N V O LV E D") and is_letter_spaced("C O N TA C T U S")
    assert not is_letter_spaced("Plan A or B") and not is_letter_spaced("ILO at a glance")
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nW H O I S I N V O LV E D\n{BODY}")
    assert [heading for heading, _ in _headings(record.sections)] == ["Our approach", "W H O I S I N V O LV E D"]


def _paragraph(subject: str) -> str:
    """A paragraph of running text about ``subject`` (each one different: a line printed three times is a running line)."""
    return (f"The programme on {subject} brings together governments, employers and workers of the region to\n"
            f"agree on practical measures, and it reports on {subject} to the steering committee every year.\n")


def test_questions_right_under_a_heading_are_its_subheadings(tmp_path):
    text = (f"Skills for Youth\n\nOur approach\n{_paragraph('skills')}\nFREQUENTLY ASKED QUESTIONS\nWho can apply?\n"
            f"{_paragraph('eligibility')}\nWho pays the fees?\n{_paragraph('fees')}\nPartners\n{_paragraph('partners')}")
    assert _headings(_record(tmp_path, text).sections) == [
        ("Our approach", 1), ("FREQUENTLY ASKED QUESTIONS", 1), ("Who can apply?", 2), ("Who pays the fees?", 2), ("Partners", 1)]


def test_questions_after_a_heading_with_text_under_it_stay_sections(tmp_path):
    # the heading above the first question has its own text: the questions are sections like it
    text = (f"Skills for Youth\n\nOur approach\n{_paragraph('skills')}\nWho can apply?\n{_paragraph('eligibility')}\n"
            f"Who pays the fees?\n{_paragraph('fees')}")
    assert _headings(_record(tmp_path, text).sections) == [("Our approach", 1), ("Who can apply?", 1), ("Who pays the fees?", 1)]


def test_lettered_headings_right_under_a_numbered_one_are_one_level_down(tmp_path):
    text = (f"Skills for Youth\n\n1. Context\n{_paragraph('skills')}\n2. What the programme does\nA. On the estates\n"
            f"{_paragraph('estates')}\nB. In the mills\n{_paragraph('mills')}")
    assert _headings(_record(tmp_path, text).sections) == [
        ("1. Context", 1), ("2. What the programme does", 1), ("A. On the estates", 2), ("B. In the mills", 2)]


def test_a_run_in_heading_under_a_title_of_two_lines_leaves_its_paragraph_a_paragraph(tmp_path):
    # the title's two lines are merged into one block after the run-in heading was cut off: the
    # heading's index, taken before, must not then point at its paragraph
    record = _record(tmp_path, "Platform Work in Armenia: Making Digital\nJobs Decent\n\nThe rise of platforms – Since 2020 app-based\n"
                               "delivery and ride-hailing have grown quickly in\nYerevan, Gyumri and Vanadzor.\n\n"
                               "Status in employment – Most platform workers are\ntreated as self-employed. Few contribute to pensions\n"
                               "or health insurance.\n")
    assert record.title == "Platform Work in Armenia: Making Digital Jobs Decent"
    assert _headings(record.sections) == [("The rise of platforms", 1), ("Status in employment", 1)]
    assert [p.text[:10] for s in record.sections for p in s.paragraphs] == ["Since 2020", "Most platf"]


def test_a_line_whose_last_part_after_a_comma_is_a_name_or_date_is_no_heading(tmp_path):
    other = "Joint committees of workers and managers meet every month on each site to agree on what to fix first.\n"
    record = _record(tmp_path, f"Skills for Youth\n\nOur approach\n{BODY}\nA joint committee meeting, Boquete\n\n"
                               f"On site, every day\n{other}"
                               f"\nRosa Giménez, Labour Inspector, Filadelfia\n\nResults\n{BODY}")
    assert [h for h, _ in _headings(record.sections)] == ["Our approach", "On site, every day", "Results"]


def test_is_attribution_line():
    from pipeline.structure.text_headings import is_attribution_line

    assert is_attribution_line("Policy brief, November 2025") and is_attribution_line("Oficina de la OIT en San José, Costa Rica")
    assert not is_attribution_line("Who pays, who builds") and not is_attribution_line("C. Niños, niñas y adolescentes")
    assert not is_attribution_line("Results so far")
    assert not is_attribution_line("Facts and figures. The Worst Forms of Child Labour Convention, 1999")  # a convention's year
    assert not is_attribution_line("The Ministry of Labour, Employment and Social")  # a list of names run on


def test_an_unnumbered_heading_between_numbered_sections_is_one_level_down(tmp_path):
    other = "Young entrepreneurs receive coaching, a small start-up grant and access to a network of mentors.\n"
    third = "Between 2012 and 2015, the programme trained 300 young people in trades such as solar installation.\n"
    fourth = "Employers who joined the programme report lower turnover and fewer days lost to illness every year.\n"
    fifth = "The next phase will extend the approach to two more districts and hand the committees to partners.\n"
    record = _record(tmp_path, f"Skills for Youth\n\n1 Results\n{BODY}\nAt a glance\n{other}\n2 Rights at work\n{third}"
                               f"\n3 Next steps\n{fourth}\nContact us\n{fifth}")
    assert [(h.split(" ", 1)[-1] if h[0].isdigit() else h, level) for h, level in _headings(record.sections)] == \
        [("Results", 1), ("At a glance", 2), ("Rights at work", 1), ("Next steps", 1), ("Contact us", 1)]


def test_a_title_wrapped_inside_a_name_takes_the_name_s_end_over_the_deck(tmp_path):
    record = _record(tmp_path, "ILO OFFICE FOR PAPUA NEW GUINEA AND SOLOMON ISLANDS\n\nFair work at sea: seafarers’ rights in Papua\n"
                               "New Guinea\nPutting the Maritime Labour Convention, 2006 to work on coastal and international ships\n\n"
                               f"The issue\n{BODY}")
    assert record.title == "Fair work at sea: seafarers’ rights in Papua New Guinea"
    # a heading in title case under a complete title, with white space above its text, is no tail
    other = _record(tmp_path, f"Fair work at sea for the seafarers of Papua\n\nResults\n\n{BODY}")
    assert other.title == "Fair work at sea for the seafarers of Papua"
