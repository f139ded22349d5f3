"""The source beside the record (pipeline/source_pages.py and the report's source panel): found by
path and sha256, PDF pages rendered with each block's box over the text it came from."""

from __future__ import annotations

import io
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

from PIL import Image

from pipeline.record import BrochureRecord, all_sections
from pipeline.report import write_report
from pipeline.source_pages import PAGE_DPI, find_source, render_pdf, view_source
from tests.conftest import GOLDEN, ROOT, SAMPLES

FACTSHEET = GOLDEN / "migrant-workers-factsheet.pdf.json"
REFERENCE = GOLDEN / "partnerships-for-decent-work.json"


def record(path: Path) -> BrochureRecord:
    return BrochureRecord.model_validate_json(path.read_text(encoding="utf-8"))


def test_the_source_is_found_under_a_root_and_only_with_its_sha256(tmp_path):
    factsheet = record(FACTSHEET)
    assert find_source(factsheet, [tmp_path, ROOT]) == (ROOT / factsheet.source.path, None)
    missing, why = find_source(factsheet, [tmp_path])
    assert missing is None and "was not found" in why and "--sources" in why
    changed = tmp_path / factsheet.source.path
    changed.parent.mkdir(parents=True)
    changed.write_bytes((SAMPLES / "green-jobs-leaflet.pdf").read_bytes())
    found, why = find_source(factsheet, [tmp_path])
    assert found is None and "has changed since the record was made" in why


def test_pdf_pages_are_rendered_at_screen_resolution_with_their_size():
    pages, producer = render_pdf(SAMPLES / "migrant-workers-factsheet.pdf")
    assert [p.number for p in pages] == [1, 2] and producer and "ReportLab" in producer
    for page in pages:
        image = Image.open(io.BytesIO(page.png))
        assert image.size == (round(page.width * PAGE_DPI / 72), round(page.height * PAGE_DPI / 72))


def test_a_text_source_is_its_text():
    view = view_source(record(REFERENCE), [ROOT])
    assert view.pages == [] and view.text == (SAMPLES / "partnerships-for-decent-work.txt").read_text(encoding="utf-8")


class Boxes(HTMLParser):
    """The boxes of each source page (page number -> {block: (left, top, width, height) in %}), the
    blocks of the text that point at a box (data-box), and the pictures."""

    def __init__(self, html: str):
        super().__init__()
        self.boxes: dict[int, dict[str, tuple[float, ...]]] = {}
        self.linked: set[str] = set()
        self.pictures: dict[int, str] = {}
        self._page: int | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and (attrs.get("id") or "").startswith("src-p"):
            self._page = int(attrs["id"][5:])
        elif tag == "img" and self._page is not None:
            self.pictures[self._page] = attrs["src"]
        elif tag == "a" and "box" in (attrs.get("class") or "").split():
            place = dict(re.findall(r"(\w+):([0-9.]+)%", attrs["style"]))
            assert attrs["href"] == f"#blk-{attrs['data-block']}"
            self.boxes.setdefault(self._page, {})[attrs["data-block"]] = tuple(
                float(place[k]) for k in ("left", "top", "width", "height"))
        if "data-box" in attrs:
            self.linked.add(attrs["data-box"])


def _blocks_with_boxes(rec: BrochureRecord) -> dict[str, tuple[int, list[float]]]:
    found = {}
    for section in all_sections(rec.sections):
        if section.heading is not None and section.bbox:
            found[section.id] = (section.page, section.bbox)
        for item in [*section.paragraphs, *section.bullets]:
            if item.bbox:
                found[item.id] = (item.page, item.bbox)
    found.update({t.id: (t.page, t.bbox) for t in rec.tables if t.bbox})
    found.update({q.id: (q.page, q.bbox) for q in rec.quotes if q.bbox})
    return found


def test_each_block_s_box_is_drawn_on_its_page_over_its_text(tmp_path):
    factsheet = record(FACTSHEET)
    written = write_report(FACTSHEET, tmp_path, sources=[ROOT])
    html = (tmp_path / "migrant-workers-factsheet.pdf.html").read_text(encoding="utf-8")
    parsed = Boxes(html)
    expected = _blocks_with_boxes(factsheet)
    assert expected and {b for page in parsed.boxes.values() for b in page} == set(expected)
    assert parsed.linked == set(expected)  # each block links to its box, each box to its block
    pictures = {page: Image.open(tmp_path / src).convert("L") for page, src in parsed.pictures.items()}
    assert sorted(pictures) == [1, 2] and all(p in written for p in (tmp_path / src for src in parsed.pictures.values()))
    for block, (page, bbox) in expected.items():
        left, top, width, height = parsed.boxes[page][block]
        assert abs(left - 100 * bbox[0] / 595.28) < 0.05, block  # A4, as made by samples/make_pdfs.py
        picture = pictures[page]
        box = (round(left / 100 * picture.width), round(top / 100 * picture.height),
               round((left + width) / 100 * picture.width), round((top + height) / 100 * picture.height))
        darkest = picture.crop(box).getextrema()[0]  # a grey picture: (darkest, lightest)
        assert darkest < 128, f"{block}: no ink under its box {box} on page {page}"  # the box is over printed text


def test_without_its_source_the_page_says_why(tmp_path):
    write_report(FACTSHEET, tmp_path, sources=[tmp_path])
    html = (tmp_path / "migrant-workers-factsheet.pdf.html").read_text(encoding="utf-8")
    assert "The source is not shown: the source file samples/migrant-workers-factsheet.pdf was not found" in html
    parsed = Boxes(html)
    assert parsed.boxes == {} and parsed.linked == set() and not (tmp_path / "pages").exists()


def test_a_copied_source_folder_is_found_with_sources(tmp_path):
    folder = tmp_path / "elsewhere" / "samples"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLES / "migrant-workers-factsheet.pdf", folder)
    write_report(FACTSHEET, tmp_path / "out", sources=[tmp_path / "elsewhere"])
    assert sorted(p.name for p in (tmp_path / "out" / "pages").iterdir()) == [
        "migrant-workers-factsheet.pdf-p1.png", "migrant-workers-factsheet.pdf-p2.png"]
