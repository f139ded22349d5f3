"""A tagged PDF turned by /Rotate (pipeline.load.tags, read by pipeline.load.pdfium): its structure tree's
boxes are put in the frame the page's lines are read in (turned upright, as the lines are), so the tree
is matched to the lines and trusted as on the page as set: the record is the upright page's."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import pipeline
from pipeline.load import load
from tests.load.test_structure_tree import _tagged_with_headings, _walk


def _turned(path: Path, rotate: int, into: Path) -> Path:
    """A copy of the PDF at ``path`` with every page turned by /Rotate ``rotate``."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            page.obj["/Rotate"] = rotate
        buffer = io.BytesIO()
        pdf.save(buffer)
    turned = into / f"turned-{rotate}.pdf"
    turned.write_bytes(buffer.getvalue())
    return turned


def _record_without_source(path: Path) -> dict:
    record = json.loads(pipeline.extract(path, display_path="brochure.pdf").model_dump_json())
    for field in ("source", "record_id"):
        record.pop(field, None)
    return record


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_turned_tagged_page_has_its_tree_in_the_lines_frame(tmp_path, rotate):
    path, _ = _tagged_with_headings()
    upright, turned = load(path), load(_turned(path, rotate, tmp_path))
    for set_page, turned_page in zip(upright.pages, turned.pages, strict=True):
        assert (turned_page.tags is None) == (set_page.tags is None)
        if set_page.tags is None:
            continue
        set_boxes = [box for element in _walk(set_page.tags) for box in element.boxes]
        turned_boxes = [box for element in _walk(turned_page.tags) for box in element.boxes]
        assert len(turned_boxes) == len(set_boxes) and set_boxes
        assert all(abs(a - b) < 0.01 for one, other in zip(set_boxes, turned_boxes, strict=True)
                   for a, b in zip(one, other, strict=True))


def test_a_turned_tagged_brochure_gives_the_upright_ones_record(tmp_path):
    path, _ = _tagged_with_headings()
    assert _record_without_source(_turned(path, 90, tmp_path)) == _record_without_source(path)
