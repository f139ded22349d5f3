"""Run-in headings in tagged paragraphs (pipeline.layout.run_in)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pipeline
from pipeline.layout.run_in import run_in_lead, split_run_in_headings
from pipeline.model import Block, Line, LineTag, TaggedElement

ZOO = Path(__file__).resolve().parents[1] / "zoo" / "corpus"


def _paragraph(lead: str, rest: str, lead_role: str = "Span") -> TaggedElement:
    return TaggedElement(role="P", text=rest, children=[TaggedElement(role=lead_role, text=lead)])


@pytest.mark.parametrize(("lead", "rest"), [("Lessons learned", ": Women now hold a third of the seats."),
                                            ("A closer look", ". The Council works with employers."),
                                            ("Facts and figures", "Cooperatives are enterprises owned by members."),
                                            ("Case study: Bolivia", "– A standard contract now covers wages.")])
def test_a_short_lead_phrase_before_a_separator_or_a_new_sentence_is_a_run_in_heading(lead, rest):
    assert run_in_lead(_paragraph(lead, rest)) == lead


@pytest.mark.parametrize(("lead", "rest", "role"), [
    ("The programme", "trains labour inspectors.", "Span"),  # the sentence goes on: an emphasis, not a heading
    ("In 2019 the programme trained more than four thousand", ". Most of them", "Span"),  # too long
    ("It ended. Then", "A new phase began.", "Span"),  # a sentence inside
    ("Lessons learned", ": Women now hold a third of the seats.", "Link"),  # not an inline text role
])
def test_other_leading_inline_elements_are_not_run_in_headings(lead, rest, role):
    assert run_in_lead(_paragraph(lead, rest, role)) is None


def test_a_run_in_paragraph_is_split_one_level_below_the_heading_before_it_and_keeps_every_character():
    heading_line = Line("Our work", 1, page=1, bbox=(50, 90, 150, 104), font_size=14, bold=True,
                        tag=LineTag(element=0, role="H1", level=1))
    first = Line("Lessons learned: Women now hold a third", 2, page=1, bbox=(50, 110, 290, 120), font_size=10,
                 tag=LineTag(element=1, role="P", lead="Lessons learned"))
    second = Line("of the seats on the boards.", 3, page=1, bbox=(50, 122, 200, 132), font_size=10,
                  tag=LineTag(element=1, role="P", lead="Lessons learned"))
    blocks = [Block(text="Our work", lines=[heading_line]),
              Block(text="Lessons learned: Women now hold a third of the seats on the boards.", lines=[first, second])]
    split, last = split_run_in_headings(blocks)
    assert [block.text for block in split] == ["Our work", "Lessons learned", "Women now hold a third of the seats on the boards."]
    assert (split[1].lines[0].tag.role, split[1].lines[0].tag.level) == ("H", 2) and last == 1
    assert "".join(line.text for block in split for line in block.lines).replace(" ", "") == \
        "".join(line.text for line in [heading_line, first, second]).replace(" ", "")


def _run_in_documents():
    for truth_path in sorted(ZOO.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if truth["producer"] in ("chromium", "libreoffice", "typst") and any(h.get("run_in") for h in truth["headings"]):
            yield truth_path.with_name(truth["id"] + ".pdf"), truth


def test_tagged_zoo_run_in_headings_are_headings_and_their_paragraphs_stand_alone():
    found = expected = 0
    for pdf, truth in _run_in_documents():
        record = pipeline.extract(pdf)
        headings = {(s.heading, s.level) for s in _sections(record.sections)}
        paragraphs = {p.text for s in _sections(record.sections) for p in s.paragraphs}
        for heading in truth["headings"]:
            if heading.get("run_in"):
                expected += 1
                found += (heading["text"], heading["level"]) in headings
        assert not any(p.startswith(h["text"]) for h in truth["headings"] if h.get("run_in") for p in paragraphs), pdf.name
    assert expected >= 10 and found >= 0.9 * expected, f"{found} of {expected} run-in headings"


def _sections(sections):
    for section in sections:
        yield section
        yield from _sections(section.subsections)


@pytest.mark.parametrize("lead", ["The rise of platforms –", "Lessons learned:", "Working time — "])
def test_a_separator_set_in_bold_with_the_phrase_is_not_the_headings(lead):
    # "<strong>The rise of platforms –</strong> Platform workers …": the heading is the phrase alone
    assert run_in_lead(_paragraph(lead, " Platform workers in Armenia are often paid by the task.")) == lead.rstrip(" –—:")
