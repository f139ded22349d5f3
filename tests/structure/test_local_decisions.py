"""Local decisions stay local: editing one paragraph of a brochure changes no other block's role.

For every sample, one line of a paragraph gets two more words (the kind of edit a writer makes);
the roles (title, subtitle, heading with level, paragraph, bullet with level, quote, contact) of
every other block must be the same before and after, with each labeller."""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path

import pytest

from pipeline.layout import layout
from pipeline.load import load
from pipeline.structure import structure
from pipeline.structure.labeller import LABELLERS

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "samples").iterdir() if p.suffix in (".pdf", ".txt"))
INSERTED = "verily, indeed"


def _roles(document) -> list[tuple[str, str]]:
    roles = [("title", document.title or ""), ("subtitle", document.subtitle or "")]

    def visit(section):
        if section.heading:
            roles.append((f"heading{section.level}", section.heading))
        roles.extend(("paragraph", p.text) for p in section.paragraphs)
        roles.extend((f"bullet{b.level}", b.text) for b in section.bullets)
        for sub in section.subsections:
            visit(sub)

    for section in document.sections:
        visit(section)
    roles.extend(("quote", q.text) for q in document.quotes)
    roles.extend(("contact", c.text) for c in document.contacts)
    return roles


def _paragraph_line(document, loaded):
    """A line of the document's longest paragraph with at least six words."""
    paragraphs = sorted((p.text for s in _sections(document.sections) for p in s.paragraphs), key=len, reverse=True)
    for text in paragraphs:
        for page in loaded.pages:
            for index, line in enumerate(page.lines):
                if len(line.text.split()) >= 6 and line.text in text:
                    return page, index, text
    return None


def _sections(sections):
    for section in sections:
        yield section
        yield from _sections(section.subsections)


@pytest.mark.parametrize("labeller", sorted(name for name in LABELLERS if not name.startswith("_")))
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_editing_one_paragraph_changes_no_other_role(path, labeller):
    loaded = load(path)
    before = structure(layout(copy.deepcopy(loaded)), labeller=labeller)
    found = _paragraph_line(before, loaded)
    assert found is not None, f"{path.name}: no paragraph line to edit"
    page, index, paragraph = found
    edited = copy.deepcopy(loaded)
    line = edited.pages[loaded.pages.index(page)].lines[index]
    first, rest = line.text.split(" ", 1)
    line.text = f"{first} {INSERTED} {rest}"
    after = structure(layout(edited), labeller=labeller)
    unchanged_before = Counter(r for r in _roles(before) if r[1] != paragraph)
    unchanged_after = Counter(r for r in _roles(after) if INSERTED not in r[1])
    lost = sorted((unchanged_before - unchanged_after).elements())[:3]
    gained = sorted((unchanged_after - unchanged_before).elements())[:3]
    assert unchanged_before == unchanged_after, f"{path.name}: editing one paragraph changed others: lost {lost}, gained {gained}"
