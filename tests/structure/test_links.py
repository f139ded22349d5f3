"""Resource links printed outside a URL line: in bullets and paragraphs."""

from pipeline.record import Bullet, Link, Paragraph, Section
from pipeline.structure.links import PrintedText, printed_links


def _section(paragraphs=(), bullets=()):
    section = Section(id="s1", heading="Resources", level=1,
                      paragraphs=[Paragraph(id=f"s1.p{i}", text=t, page=1) for i, t in enumerate(paragraphs, 1)],
                      bullets=[Bullet(id=f"s1.b{i}", text=t, marker="■", page=2) for i, t in enumerate(bullets, 1)])
    section.order = [p.id for p in section.paragraphs] + [b.id for b in section.bullets]
    return section


def test_a_resource_list_set_as_bullets_gives_titled_links():
    section = _section(bullets=["ITU Digital Skills Toolkit: www.itu.int/digital-skills", "MONEF services: https://www.monef.mn."])
    links = printed_links([section], [])
    assert [(link.title, link.url, link.section, link.page) for link in links] == [
        ("ITU Digital Skills Toolkit", "http://www.itu.int/digital-skills", "s1", 2),
        ("MONEF services", "https://www.monef.mn", "s1", 2),
    ]


def test_an_address_in_running_text_is_a_link_without_a_title():
    section = _section(paragraphs=["The full report is online at www.ilo.org/report, with its annexes."])
    assert [(link.title, link.url) for link in printed_links([section], [])] == [(None, "http://www.ilo.org/report")]


def test_each_address_is_listed_once_whatever_its_printed_form():
    listed = [Link(id="l1", title="Report", url="https://www.ilo.org/report/")]
    section = _section(paragraphs=["See www.ilo.org/report for more."])
    assert [link.url for link in printed_links([section], listed)] == ["https://www.ilo.org/report/"]


def test_text_without_an_address_gives_no_link():
    section = _section(paragraphs=["Write to bangkok@ilo.org or call +66 2 288 1234."], bullets=["no minimum balance"])
    assert printed_links([section], []) == []


def test_a_resource_item_whose_address_wraps_is_one_bullet_and_a_link():
    from pipeline.layout import layout
    from pipeline.model import Line, LoadedDocument, Page, Source
    from pipeline.structure import structure

    def line(text, top, size=10.0, bold=False):
        return Line(text, 0, page=1, bbox=(50, top, 50 + 0.5 * size * len(text), top + size), font_size=size, bold=bold)

    lines = [line("Building Social Protection Floors", 60, 24, True), line("Resources", 100, 13, True),
             line("■ Equal Pay Guide for Employers:", 120), line("www.ilo.org/moscow/equalpay", 132),
             line("■ Geostat gender statistics portal:", 146), line("www.geostat.ge/en/gender", 158)]
    for number, each in enumerate(lines, 1):
        each.number = number
    source = Source("t.pdf", "application/pdf", "0" * 64, 1, page_count=1)
    document = structure(layout(LoadedDocument(source=source, pages=[Page(1, "pdfium", lines, 600, 800)])))
    bullets = [b.text for s in document.sections for b in s.bullets]
    assert bullets == ["Equal Pay Guide for Employers: www.ilo.org/moscow/equalpay",
                       "Geostat gender statistics portal: www.geostat.ge/en/gender"]
    assert [(link.title, link.url) for link in document.links] == [("Equal Pay Guide for Employers", "http://www.ilo.org/moscow/equalpay"),
                                                                    ("Geostat gender statistics portal", "http://www.geostat.ge/en/gender")]


def test_every_address_printed_outside_the_sections_is_a_link_once_and_an_email_never():
    section = _section(paragraphs=["Read more at www.ilo.org/report."])
    elsewhere = [
        PrintedText("Amina Yusuf\nEmail: amina@ilo.org\nWebsite: www.ilo.org/daressalaam", None, 2),  # a contact panel
        PrintedText("Online tool: www.skills.tz/tool", "s1", 1),  # a table cell
        PrintedText("ILO Country Office · www.ilo.org/daressalaam · www.ilo.org/report", None, 1),  # a footer repeating both
    ]
    links = printed_links([section], [], elsewhere)
    assert [(link.title, link.url, link.section, link.page) for link in links] == [
        (None, "http://www.ilo.org/report", "s1", 1),
        (None, "http://www.ilo.org/daressalaam", None, 2),  # "Website:" is the field's label, not a title
        ("Online tool", "http://www.skills.tz/tool", "s1", 1),
    ]
