"""Heading levels are ranks that stop at the record's deepest level (MAX_LEVEL, as h1..h6): a
brochure with more heading sizes, or deeper numbers, than that nests no deeper. Before, the seventh
size gave level 7 and the record refused it."""

from __future__ import annotations

import pipeline
from pipeline.record import MAX_LEVEL
from pipeline.schema import validate_record
from tests.conftest import all_sections
from tests.pdf_bytes import make_pdf

TITLE_SIZE = 40
BODY_SIZE = 10
HEADING_SIZES = [30, 27, 24, 21, 19, 17, 15, 13.5, 12, 11]
"""Ten sizes of heading type, all larger than the body's."""
_NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"]
_BODY = [b"The programme works with partners on decent work in many countries.",
         b"It ends here with a full stop and more words of body text."]


def _brochure_with_heading_sizes(sizes: list[float]) -> bytes:
    """A one-page PDF: a title, a paragraph, then a heading in each of ``sizes`` (largest first)
    over a paragraph of body type."""
    top = 80 + 70 * len(sizes)
    operators = [b"BT /F1 %d Tf 40 %d Td (Decent Work Brochure) Tj ET" % (TITLE_SIZE, top - 40)]
    y = top - 80

    def paragraph():
        nonlocal y
        for line in _BODY:
            operators.append(b"BT /F1 %d Tf 40 %d Td (%s) Tj ET" % (BODY_SIZE, y, line))
            y -= 12
        y -= 30

    paragraph()
    for name, size in zip(_NAMES, sizes, strict=True):
        operators.append(b"BT /F1 %g Tf 40 %d Td (%s Heading) Tj ET" % (size, y, name.encode()))
        y -= 30
        paragraph()
    return make_pdf([b"\n".join(operators)], size=(600, top))


def test_more_heading_sizes_than_levels(tmp_path):
    path = tmp_path / "ten-heading-sizes.pdf"
    path.write_bytes(_brochure_with_heading_sizes(HEADING_SIZES))
    record = pipeline.extract(path)
    validate_record(record.model_dump(mode="json"))
    level_of = {section.heading: section.level for section in all_sections(record.sections) if section.heading}
    levels = [level_of[f"{name} Heading"] for name in _NAMES]  # largest type first
    assert all(1 <= level <= MAX_LEVEL for level in levels)
    assert levels == sorted(levels), "larger type must never nest deeper than smaller type"
    # the sizes rank 1, 2, ... and every size from the sixth on shares the deepest level
    assert levels == [*range(1, MAX_LEVEL + 1), *[MAX_LEVEL] * (len(HEADING_SIZES) - MAX_LEVEL)]


def test_numbered_headings_deeper_than_the_levels(tmp_path):
    body = "The programme works with partners on decent work and social protection in many countries of the region."
    parts = ["Decent Work Brochure", f"{body}\n{body}"]
    number = "1"
    for depth in range(1, MAX_LEVEL + 3):
        parts += [f"{number}. Heading at depth {depth}", f"{body}\n{body}"]
        number += ".1"
    path = tmp_path / "deep-numbers.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    record = pipeline.extract(path)
    validate_record(record.model_dump(mode="json"))
    levels = [section.level for section in all_sections(record.sections) if section.heading]
    assert levels == [*range(1, MAX_LEVEL + 1), MAX_LEVEL, MAX_LEVEL]


def test_the_schema_and_the_structure_stage_share_the_deepest_level():
    schema = pipeline.BrochureRecord.model_json_schema()
    assert schema["$defs"]["Section"]["properties"]["level"]["maximum"] == MAX_LEVEL
    assert schema["$defs"]["Bullet"]["properties"]["level"]["maximum"] == MAX_LEVEL


def test_headings_numbered_without_a_period_are_headings_at_their_number_depth(tmp_path):
    """"1 Overview" and "1.1 Results" (no period after the number, so no list marker): the capital
    after the number makes the heading shape, and the number gives the level."""
    operators = [b"BT /F1 30 Tf 40 560 Td (Decent Work Brochure) Tj ET"]
    y = 500
    for heading, size in [(b"1 Rights at work", 16), (b"1.1 What the law says", 16), (b"2 Who we are", 16)]:
        operators.append(b"BT /F1 %d Tf 40 %d Td (%s) Tj ET" % (size, y, heading))
        y -= 28
        for line in _BODY:
            operators.append(b"BT /F1 %d Tf 40 %d Td (%s) Tj ET" % (BODY_SIZE, y, line))
            y -= 12
        y -= 30
    path = tmp_path / "numbered.pdf"
    path.write_bytes(make_pdf([b"\n".join(operators)], size=(600, 600)))
    record = pipeline.extract(path)
    assert [(s.heading, s.level) for s in all_sections(record.sections) if s.heading] == [
        ("1 Rights at work", 1), ("1.1 What the law says", 2), ("2 Who we are", 1)]


def test_headings_with_only_a_quote_or_a_contact_panel_between_them_are_not_a_list(tmp_path):
    """Three headings in heading type, each over a quote or a contact panel that the structure
    stage takes out of the flow: they are not a run of short lines set alike (a list of figures)."""
    rows = [(30, b"Decent Work Brochure"), (16, b"Our work")] + [(BODY_SIZE, line) for line in _BODY] + [
        (16, b"The way forward"), (BODY_SIZE, b"\\223Safety is not a cost. It is an investment in our people.\\224"),
        (BODY_SIZE, b"\\227 Bui Van Hai, safety committee member, Jordan"),
        (16, b"Contact"), (BODY_SIZE, b"Tomas Ortega"), (BODY_SIZE, b"Communications Officer"),
        (BODY_SIZE, b"Email: tomas.ortega@ilo.org"),
        (16, b"Working together")] + [(BODY_SIZE, line) for line in _BODY]
    operators, y = [], 560
    for size, text in rows:
        operators.append(b"BT /F1 %d Tf 40 %d Td (%s) Tj ET" % (size, y, text))
        y -= 2 * size if size > BODY_SIZE else 14
    path = tmp_path / "panels.pdf"
    path.write_bytes(make_pdf([b"\n".join(operators)], size=(600, 600)))
    record = pipeline.extract(path)
    assert record.quotes and record.contacts
    assert [s.heading for s in all_sections(record.sections) if s.heading] == [
        "Our work", "The way forward", "Contact", "Working together"]


def test_a_letter_spaced_heading_is_heading_shaped_however_many_letters_it_has():
    from pipeline.model import Block
    from pipeline.structure import _is_heading_shaped

    assert _is_heading_shaped(Block(text="W H O  A R E  D O M E S T I C  W O R K E R S ?", lines=[]))
    assert not _is_heading_shaped(Block(text=" ".join("A" * 200), lines=[]))  # letters of a whole paragraph
