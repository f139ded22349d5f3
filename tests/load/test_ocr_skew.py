"""The skew of a scanned page from the row profile of its ink (pipeline.load.ocr_skew)."""

from __future__ import annotations

import random

import pytest

from pipeline.load.ocr_skew import page_skew

PIL = pytest.importorskip("PIL")


def _page(lines: int, seed: int = 1, width: int = 1700, height: int = 2200):
    """A page image at 200 dpi: ``lines`` lines of "words" (dark bars of random widths, 24 px high,
    a line pitch of 50 px) from the top margin down."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for k in range(lines):
        y, x = 200 + 50 * k, 150
        while x < width - 250:
            length = rng.randrange(30, 160)
            draw.rectangle((x, y, x + length, y + 24), fill=0)
            x += length + rng.randrange(12, 20)
    return image


@pytest.mark.parametrize("turn", [-2.0, -0.7, 1.5, 3.2])
def test_a_turned_page_s_skew_is_the_turn_back(turn):
    from PIL import Image

    turned = _page(30).rotate(turn, resample=Image.BICUBIC, fillcolor=255)
    assert page_skew(turned, 200) == pytest.approx(-turn, abs=0.1)


def test_a_sparse_page_s_skew_is_found_too():
    """A page of three lines (Tesseract's layout analysis read such a page, turned by 2 degrees, as level)."""
    from PIL import Image

    turned = _page(3).rotate(-2.0, resample=Image.BICUBIC, fillcolor=255)
    assert page_skew(turned, 200) == pytest.approx(2.0, abs=0.1)


def test_a_level_page_is_level_and_a_blank_one_has_no_skew():
    from PIL import Image

    assert abs(page_skew(_page(30), 200)) <= 0.1
    assert page_skew(Image.new("L", (1700, 2200), 255), 200) is None
