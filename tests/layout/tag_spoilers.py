"""Spoiled structure trees made from good ones, as poor exporters write them (issue: tagged PDFs):
all text in one P, a soup of Spans, the tree's order shuffled, headings tagged P. Each takes a
page's top-level elements and gives new ones (the page is not changed)."""

from __future__ import annotations

import random

from pipeline.model import TaggedElement


def _leaves(elements: list[TaggedElement]) -> list[TaggedElement]:
    """The elements that hold content, in the tree's order, each with its own boxes and text."""
    found = []
    for element in elements:
        if element.boxes:
            found.append(TaggedElement(role=element.role, boxes=list(element.boxes), text=element.text))
        found.extend(_leaves(element.children))
    return found


def one_paragraph(elements: list[TaggedElement]) -> list[TaggedElement]:
    """Everything one P (the tree of a converter that tags the page, not its parts)."""
    leaves = _leaves(elements)
    return [TaggedElement(role="Document", children=[TaggedElement(
        role="P", boxes=[box for leaf in leaves for box in leaf.boxes], text=" ".join(leaf.text for leaf in leaves))])]


def span_soup(elements: list[TaggedElement]) -> list[TaggedElement]:
    """Every piece of content a Span directly under the document."""
    return [TaggedElement(role="Document", children=[TaggedElement(role="Span", boxes=leaf.boxes, text=leaf.text)
                                                     for leaf in _leaves(elements)])]


def shuffled(elements: list[TaggedElement], seed: int = 7) -> list[TaggedElement]:
    """The block-level elements in a random order (tags written out of reading order)."""
    leaves = _leaves(elements)
    random.Random(seed).shuffle(leaves)
    return [TaggedElement(role="Document", children=[TaggedElement(role="P", children=[leaf]) for leaf in leaves])]


def headings_as_paragraphs(elements: list[TaggedElement]) -> list[TaggedElement]:
    """The same tree with every heading (H, H1–H6) tagged P."""

    def renamed(element: TaggedElement) -> TaggedElement:
        heading = element.role == "H" or (len(element.role) == 2 and element.role[0] == "H" and element.role[1].isdigit())
        role = "P" if heading else element.role
        return TaggedElement(role=role, boxes=element.boxes, text=element.text, children=[renamed(c) for c in element.children])

    return [renamed(element) for element in elements]


SPOILERS = {
    "one_paragraph": one_paragraph,
    "span_soup": span_soup,
    "shuffled": shuffled,
    "headings_as_paragraphs": headings_as_paragraphs,
}
