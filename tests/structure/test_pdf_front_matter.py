"""PDF front and back matter that stands out by type but heads nothing (a tagline over the title, a
deck under it, a tagline at a page's foot), the heading over a contact panel, and run-in headings of
untagged paragraphs."""

from __future__ import annotations

from pipeline.layout import layout
from pipeline.model import Line, LoadedDocument, Page, Source
from pipeline.structure import structure
from pipeline.structure.run_in import run_in_parts


def _document(lines: list[Line], size=(600, 800)) -> LoadedDocument:
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=1)
    return LoadedDocument(source=source, pages=[Page(1, "pdfium", lines, *size)])


class _Page:
    """Lines set down a page one under the other, in one column."""

    def __init__(self):
        self.lines: list[Line] = []
        self.top = 60.0

    def add(self, text, size=10.0, bold=False, gap=4.0, x0=50.0, width=None, color="#000000"):
        width = width if width is not None else min(480.0, len(text) * size * 0.5)
        self.top += gap
        self.lines.append(Line(text, len(self.lines) + 1, page=1, bbox=(x0, self.top, x0 + width, self.top + size), font_size=size,
                               bold=bold, color=color))
        self.top += size
        return self

    def body(self, sentences=2, width=480.0):
        for k in range(sentences):
            self.add(f"The programme trains labour inspectors and safety officers in {k + 2} provinces every year.", width=width)
        return self


def _headings(page: _Page):
    document = structure(layout(_document(page.lines)))

    def walk(sections):
        for section in sections:
            if section.heading:
                yield section.heading, section.level
            yield from walk(section.subsections)

    return document, list(walk(document.sections))


def test_a_newsletter_masthead_in_capitals_gives_the_title_to_the_headline_under_it():
    # the newsletter's name is the largest type on the page; the brochure is named by its headline
    page = _Page().add("HARVEST NEWS", 40, True)
    page.add("Issue 4 · Spring 2026", 10, gap=6)
    page.add("Sorting sheds get shade, water and a contract", 20, True, gap=14).body()
    page.add("Who signed", 13, True, gap=12).body()
    document, headings = _headings(page)
    assert document.title == "Sorting sheds get shade, water and a contract"
    # a title in capitals with no headline of its words after it stays the title
    page = _Page().add("DECENT WORK IN PORTS", 30, True)
    page.add("Why it matters", 13, True, gap=12).body()
    page.add("What we do", 13, True, gap=12).body()
    assert _headings(page)[0].title == "DECENT WORK IN PORTS"
    # a line after the masthead in type hardly above the body is no headline
    page = _Page().add("HARVEST NEWS", 40, True)
    page.add("Sorting sheds get shade, water and a contract", 11, gap=14).body()
    assert _headings(page)[0].title == "HARVEST NEWS"


def test_a_tagline_over_the_title_and_a_deck_under_it_head_nothing():
    page = _Page().add("WORK FOR A FAIRER FUTURE", 10, True, color="#1e2dbe")
    page.add("Building Social Protection Floors", 24, True, gap=10)
    page.add("How governments, employers and workers are working together for change", 13, True, gap=8)
    page.add("WHAT WE DO", 13, True, gap=12).body()
    page.add("RESULTS", 13, True, gap=12).body()
    document, headings = _headings(page)
    assert document.title == "Building Social Protection Floors"
    assert document.subtitle == "How governments, employers and workers are working together for change"
    assert headings == [("WHAT WE DO", 1), ("RESULTS", 1)]


def test_a_tagline_at_the_foot_of_the_page_heads_nothing_but_a_heading_left_there_does():
    page = _Page().add("Building Social Protection Floors", 24, True)
    page.add("What we do", 13, True, gap=12, color="#1e2dbe").body(3, width=240)
    page.add("Results", 13, True, gap=12, color="#1e2dbe").body(3, width=240)
    page.top = 760.0
    page.add("DECENT WORK FOR ALL", 10, True, color="#1e2dbe", x0=44)
    # the flow goes on at the top of the next column
    page.lines.append(Line("Since 2018 the programme has reached more than ten thousand workers in the region.", 99, page=1,
                           bbox=(320, 64, 560, 74), font_size=10))
    _, headings = _headings(page)
    assert headings == [("What we do", 1), ("Results", 1)]
    # the same line set like the other headings is a heading left at the column's foot
    page.lines[-2].font_size, page.lines[-2].text = 13.0, "Partners"
    _, headings = _headings(page)
    assert headings == [("What we do", 1), ("Results", 1), ("Partners", 1)]


def test_the_heading_over_a_contact_panel_stays_a_heading():
    page = _Page().add("Building Social Protection Floors", 24, True)
    page.add("What we do", 13, True, gap=12).body()
    page.add("For more information", 13, True, gap=12)
    for text in ("Sione Tupou", "Youth Employment Officer", "ILO Regional Office for Africa", "Tel: +225 27 811 26 76",
                 "Email: tupou@ilo.org"):
        page.add(text, 10, gap=3)
    document, headings = _headings(page)
    assert headings == [("What we do", 1), ("For more information", 1)]
    assert [contact.name for contact in document.contacts] == ["Sione Tupou"]


def test_a_heading_right_over_the_heading_of_a_contact_panel_is_no_line_of_the_panel():
    # "4 Protecting women migrants" heads a part of the brochure set elsewhere; "5 Contact" the panel
    page = _Page().add("Building Social Protection Floors", 24, True)
    page.add("3 What we do", 13, True, gap=12).body()
    page.add("4 Protecting women migrants", 13, True, gap=12)
    page.add("5 Contact", 13, True, gap=12)
    for text in ("Sione Tupou", "Youth Employment Officer", "Tel: +225 27 811 26 76", "Email: tupou@ilo.org"):
        page.add(text, 10, gap=3)
    document, headings = _headings(page)
    assert headings == [("3 What we do", 1), ("4 Protecting women migrants", 1), ("5 Contact", 1)]
    assert [(contact.name, contact.role) for contact in document.contacts] == [("Sione Tupou", "Youth Employment Officer")]


def test_run_in_headings_of_untagged_paragraphs():
    page = _Page().add("Building Social Protection Floors", 24, True)
    page.add("Results", 13, True, gap=12).body()
    page.add("Our work", 13, True, gap=12).body()
    page.add("Lessons learned – The ILO and the International Organization for Migration help governments", gap=8, width=480)
    page.add("adopt fair recruitment practices in line with the General Principles adopted in 2019.", width=400)
    document, headings = _headings(page)
    assert headings == [("Results", 1), ("Our work", 1), ("Lessons learned", 2)]
    paragraphs = [p.text for section in document.sections for sub in [section, *section.subsections] for p in sub.paragraphs]
    assert paragraphs[-1].startswith("The ILO and the International Organization for Migration help governments adopt")


def test_what_is_a_run_in_heading():
    assert run_in_parts("Case study: Ethiopia: In Ethiopia, the programme has created 600 green jobs since 2019.")[0] == \
        "Case study: Ethiopia"
    assert run_in_parts("Case study: Lebanon. The programme has created 600 green jobs in waste management.")[0] == \
        "Case study: Lebanon"
    assert run_in_parts("A closer look: Recruitment agencies that sign the code of conduct agree that workers pay no fees.")[0] == \
        "A closer look"
    # a full stop alone, a number, a comma, a short rest: no heading
    assert run_in_parts("Lessons learned. The ILO and the International Organization for Migration help governments.") is None
    assert run_in_parts("In 2019: the ILO and the International Organization for Migration help governments adopt it.") is None
    assert run_in_parts("Jobs, rights and dialogue – The ILO and the International Organization for Migration help.") is None
    assert run_in_parts("Results – Fair recruitment.") is None


def test_after_a_dash_a_run_in_headings_text_may_run_on_in_lower_case():
    assert run_in_parts("Formation – l’apprenti passe quatre jours par semaine à l’atelier et un jour au centre.")[0] == "Formation"
    assert run_in_parts("Training – the programme trains 600 labour inspectors in five provinces every year.")[0] == "Training"
    # after a colon the text must open as a sentence does: "Note: the ..." is a sentence of its own
    assert run_in_parts("Note: the programme trains 600 labour inspectors in five provinces every year.") is None


def test_a_table_source_note_is_no_run_in_heading():
    page = _Page().add("Building Social Protection Floors", 24, True)
    page.add("Our work", 13, True, gap=12).body()
    page.add("Results", 13, True, gap=12).body()
    page.add("Source: ILO programme monitoring data collected in the five provinces, March 2024.", gap=8, width=480)
    document, headings = _headings(page)
    assert headings == [("Our work", 1), ("Results", 1)]


def test_a_deck_set_in_a_type_no_heading_has_heads_nothing():
    # the deck is followed by body text, not by a heading set like it: its own type tells it
    page = _Page().add("Paid on time, paid in full", 24, True)
    page.add("How the move to digital wage payments protects garment workers in Lesotho", 14, False, gap=10, width=480)
    page.body()
    page.add("THE BASICS", 11, True, gap=12).body()
    page.add("YOUR RIGHTS", 11, True, gap=12).body()
    document, headings = _headings(page)
    assert document.subtitle == "How the move to digital wage payments protects garment workers in Lesotho"
    assert headings == [("THE BASICS", 1), ("YOUR RIGHTS", 1)]


def test_a_phrase_under_the_title_set_as_the_other_headings_stays_a_heading():
    page = _Page().add("Paid on time, paid in full", 24, True)
    page.add("Our work", 13, True, gap=12).body()
    page.add("Why wage statistics matter in Lesotho", 13, True, gap=12).body()
    page.add("What the new payment rules say", 13, True, gap=12).body()
    _, headings = _headings(page)
    assert headings == [("Our work", 1), ("Why wage statistics matter in Lesotho", 1), ("What the new payment rules say", 1)]


def test_of_one_type_headings_in_capitals_rank_above_those_in_mixed_case():
    page = _Page().add("Paid on time, paid in full", 24, True)
    page.add("THE BASICS", 11, True, gap=12)
    page.add("What is changing?", 11, True, gap=6).body()
    page.add("Who pays the fees?", 11, True, gap=6).body()
    page.add("YOUR RIGHTS", 11, True, gap=12)
    page.add("What must my payslip show?", 11, True, gap=6).body()
    _, headings = _headings(page)
    assert headings == [("THE BASICS", 1), ("What is changing?", 2), ("Who pays the fees?", 2), ("YOUR RIGHTS", 1),
                        ("What must my payslip show?", 2)]


def test_key_figures_set_large_are_neither_headings_nor_the_title():
    page = _Page().add("20", 40, True)
    page.add("Counting what work pays", 24, True, gap=10)
    page.add("PKR 37,000", 18, True, gap=12)
    page.add("the median monthly wage of employees in 2024", 9, gap=2)
    page.add("Why wage statistics matter", 13, True, gap=12).body()
    document, headings = _headings(page)
    assert document.title == "Counting what work pays"
    assert headings == [("Why wage statistics matter", 1)]


def test_what_is_a_key_figure():
    from pipeline.structure import is_key_figure

    assert all(is_key_figure(t) for t in ("PKR 37,000", "EUR 9.8 m", "80 %", "2.150", "36,000"))
    assert not any(is_key_figure(t) for t in ("2030 Agenda", "Convention No. 190", "COVID-19 response", "Results 2021–2024", "Contact"))
