"""The reference brochure as a PDF (its real tri-fold form) says what its text says."""

from __future__ import annotations

from tests.conftest import all_sections, sample_record


def _sections(record):
    return {s.heading: s for s in all_sections(record.sections) if s.heading}


def test_pdf_and_text_agree_on_title_headings_and_bullets():
    text = sample_record("partnerships-for-decent-work.txt")
    pdf = sample_record("partnerships-for-decent-work.pdf")
    assert pdf.title == text.title
    text_sections, pdf_sections = _sections(text), _sections(pdf)
    assert set(pdf_sections) == set(text_sections)  # the order is the page's: the cover side first
    for heading, section in text_sections.items():
        assert [b.text for b in pdf_sections[heading].bullets] == [b.text for b in section.bullets], heading
        assert [p.text for p in pdf_sections[heading].paragraphs] == [p.text for p in section.paragraphs], heading


def test_pdf_and_text_agree_on_quotes_contact_links_and_partnerships():
    text = sample_record("partnerships-for-decent-work.txt")
    pdf = sample_record("partnerships-for-decent-work.pdf")
    assert [(q.text, q.speaker, q.role, q.context) for q in pdf.quotes] == [(q.text, q.speaker, q.role, q.context) for q in text.quotes]
    strip = {"id", "page", "text"}
    assert [c.model_dump(exclude=strip) for c in pdf.contacts] == [c.model_dump(exclude=strip) for c in text.contacts]
    assert [(link.title, link.url) for link in pdf.links] == [(link.title, link.url) for link in text.links]

    def partnerships(record):
        return sorted((p.instrument, sorted(x.ref for x in p.parties), p.year, p.end_year) for p in record.partnerships)

    assert partnerships(pdf) == partnerships(text)
    assert sorted(c.iso_alpha2 for c in pdf.entities.countries) == sorted(c.iso_alpha2 for c in text.entities.countries)


def test_every_pdf_block_has_a_page_and_a_box_inside_it():
    for name in ("partnerships-for-decent-work.pdf", "green-jobs-leaflet.pdf", "migrant-workers-factsheet.pdf"):
        record = sample_record(name)
        items = [s for s in all_sections(record.sections) if s.heading]
        items += [item for s in all_sections(record.sections) for item in [*s.paragraphs, *s.bullets]]
        items += list(record.quotes)
        assert items
        for item in items:
            assert item.page is not None and 1 <= item.page <= record.source.page_count, (name, item.id)
            x0, top, x1, bottom = item.bbox
            assert 0 <= x0 < x1 <= 842 and 0 <= top < bottom <= 842, (name, item.id, item.bbox)


def test_a_ruled_table_is_in_the_record_with_its_rows():
    record = sample_record("migrant-workers-factsheet.pdf")
    [table] = record.tables
    assert (table.page, table.pages) == (2, [2]) and table.id.startswith("t")
    assert table.header_rows == [["Country", "Migrant Worker Resource Centres", "Workers assisted"]]
    assert table.rows == [["Malaysia", "6", "12,400"], ["Thailand", "10", "18,750"], ["Cambodia", "7", "9,300"]]
    heading = next(s.heading for s in all_sections(record.sections) if s.id == table.section)
    assert heading == "3. Results"
    # entities inside cells are found like any others: the country column is countries
    cambodia = next(c for c in record.entities.countries if c.iso_alpha2 == "KH")
    assert any(m.block == f"{table.id}.r4.c1" and m.text == "Cambodia" for m in cambodia.mentions)
    assert not any("table" in warning for warning in record.warnings)
    assert sample_record("green-jobs-leaflet.pdf").tables == []
