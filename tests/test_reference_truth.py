"""The reference brochure's text, checked against what a person reads in it (independent of the
golden file): headings, bullets, quotes, contact and resources."""

from __future__ import annotations

from pipeline.ids import digest
from tests.conftest import all_sections

HEADINGS = [
    "What are partnerships?",
    "The evolution of partnerships and cooperation agreements",
    "Some examples of partnerships",
    "Technical partnerships in Asia and the Pacific",
    "Some projects and activities in the region",
    "Resources",
]


def test_title_and_publisher(reference):
    assert reference.title == "Partnerships for Decent Work"
    assert reference.publisher == "ILO Regional Office for Asia and the Pacific"


def test_headings_in_order(reference):
    assert [s.heading for s in all_sections(reference.sections)] == HEADINGS
    assert all(s.level == 1 for s in reference.sections)


def test_the_first_list_continues_after_the_quotes_contact_and_repeated_title(reference):
    examples = reference.sections[2]
    assert len(examples.bullets) == 7
    assert examples.bullets[0].text == (
        "In 2010 the ILO signed a letter of intent with the governments of India, Brazil, and South Africa (IBSA) "
        "for the promotion of decent work through South-South Cooperation."
    )
    assert examples.bullets[-1].text == (
        "ILO/ESCAP Memorandum of Understanding, 2009, covers cooperation on social protection, statistics and "
        "migration amongst other things. The ILO meets regularly with ESCAP to review progress."
    )
    assert [p.text for p in examples.paragraphs] == [
        "In addition, there are a range of cooperation activities across the UN system, at global, regional and county levels."
    ]


def test_the_projects_list(reference):
    projects = reference.sections[4]
    assert len(projects.bullets) == 7
    assert projects.bullets[0].text.startswith("The ILO/Singapore Partnership agreement aims to offer technical expertise")
    assert projects.bullets[0].text.endswith("productivity, employability and skills development.")
    assert projects.bullets[-1].text == (
        "ILO/ADB Memorandum of Understanding, 2002, provides a framework for cooperation in a number of areas "
        "including labour market information, TVET and skills, green jobs. The ILO and ADB now hold regular yearly meetings."
    )
    assert {b.marker for b in projects.bullets} == {"•"}


def test_no_other_section_has_bullets(reference):
    assert [len(s.bullets) for s in reference.sections] == [0, 0, 7, 0, 7, 0]


def test_line_end_hyphens_of_compounds_stay(reference):
    text = reference.sections[0].paragraphs[0].text
    assert "our Asia-Pacific constituents" in text
    assert "framework of South-South and Triangular Cooperation" in reference.sections[1].paragraphs[0].text


def test_quotes(reference):
    assert [(q.speaker, q.role, q.context) for q in reference.quotes] == [
        ("Juan Somavia", "ILO Director-General", "at the South-South Expo 2010"),
        ("Ban Ki-moon", "UN Secretary-General", None),
    ]
    assert reference.quotes[0].text.startswith("Developing and emerging countries have made their presence felt")
    assert reference.quotes[1].text.endswith("helping to tackle the major challenges of our day")
    assert "others. The South" in reference.quotes[1].text  # runs of spaces folded


def test_contact(reference):
    [contact] = reference.contacts
    assert contact.name == "Wolfgang Schiefer"
    assert contact.role == "Head, Regional Unit for Partnerships"
    assert contact.organization == "ILO Regional Office for Asia and the Pacific"
    assert contact.address == ["United Nations Building", "Rajdamnerrn Nok Avenue", "Bangkok 10200, Thailand"]
    assert (contact.phone, contact.fax) == ("+662 288 1234", "+662 288 3062")
    assert (contact.email, contact.url) == ("BANGKOK@ilo.org", "www.ilo.org/asia")


def test_resource_urls_are_whole_again(reference):
    assert [(link.title, link.url) for link in reference.links] == [
        ("Better Work", "http://www.betterwork.org/"),
        ("Global South-South Development Expo", "http://www.southsouthexpo.org/default.asp"),
        ("ILO/Korea Partnership Programme",
         "http://www.ilo.org/wcmsp5/groups/public/---asia/---ro-bangkok/documents/publication/wcms_099682.pdf"),
        ("ILO Partnerships in Asia and the Pacific", "http://www.ilo.org/asia/WCMS_160213/lang--en/index.htm"),
        ("Japan and the ILO", "http://www.ilo.org/wcmsp5/groups/public/---asia/---ro-bangkok/documents/publication/wcms_100994.pdf"),
        ("Public-Private Partnerships for Decent Work",
         "http://www.ilo.org/public/english/bureau/pardev/download/relations/ppp_en_low.pdf"),
        ("The Australian Government-ILO Partnership Agreement", "http://www.decentwork.asia"),
        ("The Australian Government-ILO Partnership Agreement", "http://www.decentworkpacific.org"),
        (None, "http://www.ilo.org/asia"),  # the contact panel's web line: every address printed is a link
    ]
    assert {link.section for link in reference.links[:-1]} == {reference.sections[5].id}
    assert reference.links[-1].section is None


def test_photo_credit_is_a_credit_not_content(reference):
    assert reference.credits == ["All photos © ILO"]
    texts = [p.text for s in reference.sections for p in s.paragraphs]
    assert not any("photos" in t for t in texts)


def test_ids_are_stable_and_unique(reference):
    ids = [s.id for s in all_sections(reference.sections)]
    ids += [item.id for s in all_sections(reference.sections) for item in [*s.paragraphs, *s.bullets]]
    ids += [q.id for q in reference.quotes] + [c.id for c in reference.contacts] + [link.id for link in reference.links]
    assert len(ids) == len(set(ids))
    bullet = reference.sections[4].bullets[6]
    assert bullet.id == "b" + digest(bullet.text)  # a bullet's id is a digest of its text (pipeline/ids.py)


def test_sections_keep_the_reading_order_of_paragraphs_and_bullets(reference):
    examples = reference.sections[2]
    assert len(examples.bullets) == 7
    assert examples.order == [b.id for b in examples.bullets] + [examples.paragraphs[0].id]  # the paragraph comes after the list
    for section in all_sections(reference.sections):
        assert sorted(section.order) == sorted([p.id for p in section.paragraphs] + [b.id for b in section.bullets])
