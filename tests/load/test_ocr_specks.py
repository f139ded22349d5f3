"""Specks off a scanned page before OCR (pipeline.load.ocr_specks)."""

from __future__ import annotations

import pytest

from pipeline.load.ocr_specks import without_specks

numpy = pytest.importorskip("numpy")
pytest.importorskip("PIL")


def test_specks_go_and_stops_strokes_and_light_grey_type_stay():
    from PIL import Image

    page = numpy.full((300, 400), 250, dtype=numpy.uint8)
    page[50, 50] = 0  # a speck of one pixel ...
    page[80:82, 90] = 20  # ... and of two, with the grey of a JPEG halo round it
    page[79, 89:92] = page[82, 89:92] = 170
    page[150:154, 150:154] = 0  # the stop of 8-point type: 16 pixels
    page[200:230, 200:202] = 0  # a hairline stroke, two pixels wide
    page[100:130, 300:304] = 150  # a stroke of light grey type ...
    page[110, 301] = page[121, 302] = 120  # ... whose darkest pixels are few
    cleaned = numpy.asarray(without_specks(Image.fromarray(page, "L"), 300))
    assert cleaned[50, 50] == 255 and (cleaned[79:83, 89:92] == 255).all()
    assert (cleaned[150:154, 150:154] == 0).all() and (cleaned[200:230, 200:202] == 0).all()
    assert cleaned[110, 301] == 120 and cleaned[121, 302] == 120 and (cleaned[100:130, 300:304] <= 150).all()


def test_a_page_without_specks_is_left_as_it_is():
    from PIL import Image

    page = Image.new("L", (200, 100), 255)
    assert without_specks(page, 300) is page
