"""The structure tree of a tagged PDF, read with PDFium (pipeline.load.tags): roles, nesting, and
the text and boxes of each element's own content."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.load import load
from pipeline.model import TaggedElement
from tests.conftest import SAMPLES

ZOO = Path(__file__).resolve().parents[1] / "zoo" / "corpus"


def _walk(elements: list[TaggedElement]):
    for element in elements:
        yield element
        yield from _walk(element.children)


def _tagged_with_headings() -> tuple[Path, dict]:
    for path in sorted(ZOO.glob("*.pdf")):
        loaded = load(path)
        if loaded.pages[0].tags is not None:
            return path, json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    raise AssertionError("no tagged PDF in the zoo")


def test_a_tagged_pdf_gives_each_page_its_tree_with_the_text_of_its_elements():
    path, truth = _tagged_with_headings()
    loaded = load(path)
    elements = list(_walk(loaded.pages[0].tags))
    roles = {element.role for element in elements}
    assert roles & {"H1", "H2", "H3"} and roles & {"P"} and roles & {"L", "LI"}
    texts = " ".join(element.text for element in elements).casefold()
    first_heading = next(h["text"] for h in truth["headings"])
    assert first_heading.casefold() in texts or first_heading.upper().casefold() in texts
    boxed = [element for element in elements if element.text]
    assert boxed and all(element.boxes for element in boxed)
    width, height = loaded.pages[0].width, loaded.pages[0].height
    assert all(0 <= box[0] <= box[2] <= width + 1 and 0 <= box[1] <= box[3] <= height + 1
               for element in boxed for box in element.boxes)


def test_an_untagged_pdf_has_no_tree():
    for path in sorted(SAMPLES.glob("*.pdf")):
        assert all(page.tags is None for page in load(path).pages), path.name


def test_the_pdfplumber_reader_reads_no_tree():
    path, _ = _tagged_with_headings()
    assert all(page.tags is None for page in load(path, reader="pdfplumber").pages)
