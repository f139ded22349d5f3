"""Specks off a scanned page before it is read: the dust and noise of a scan, dots of ink a pixel or
three in size, which Tesseract reads as a stop, a colon or a quote beside a word ("The. International",
"Skills.recognition": on the zoo's rough scans the most common misreading, ten of the twenty-five
paragraphs misread).

A speck is told by its size alone: an ink pixel with no more than ``max_ink`` ink pixels in the
``window`` around it, standing on paper (both scaled from 300 dpi to the page's resolution). The smallest printed mark,
the stop of 6-point type, is 2.5 pixels across at 300 dpi and holds five or more; a hairline
stroke holds a pixel in each row of the window. The speck and the grey of its JPEG halo (the
pixels round it) are set to white; the page is otherwise left as scanned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image


@dataclass(frozen=True, slots=True)
class SpeckSettings:
    """What a speck is, at 300 dpi (scaled to the page's resolution)."""

    window: int = 5
    """The side of the square of pixels around an ink pixel that is looked at."""
    max_ink: int = 3
    """An ink pixel with at most this many ink pixels in its window (itself counted) is a speck."""
    ink_level: int = 128
    """A pixel darker than this (8-bit gray) is ink."""
    paper_level: int = 200
    max_not_paper: int = 8
    """... and at most this many pixels of its window are darker than ``paper_level`` (the speck and
    the grey of its JPEG halo): the darkest pixels of light grey type (a running footer in 60% grey)
    are as few as a speck's, but stand among the grey of their strokes."""
    halo: int = 1
    """Pixels round a speck also set to white (the grey JPEG smears around it)."""


def without_specks(image: Image, resolution: int, settings: SpeckSettings = SpeckSettings()) -> Image:
    """The page image (8-bit gray) with its specks set to white; the image itself when it has none."""
    import numpy
    from PIL import Image as PILImage

    scale = resolution / 300.0
    window = min(15, max(3, round(settings.window * scale)) | 1)  # odd: centred on the pixel
    max_ink = max(1, round(settings.max_ink * scale * scale))
    max_not_paper = max(max_ink, round(settings.max_not_paper * scale * scale))
    pixels = numpy.asarray(image.convert("L"))
    ink = pixels < settings.ink_level
    if not ink.any():
        return image
    counts = _box_sums(ink, window // 2)
    specks = ink & (counts <= max_ink)
    if not specks.any():
        return image
    specks &= _box_sums(pixels < settings.paper_level, window // 2) <= max_not_paper
    if not specks.any():
        return image
    cleaned = pixels.copy()
    rows, columns = numpy.nonzero(specks)
    height, width = ink.shape
    other = ink & ~specks
    for dy in range(-settings.halo, settings.halo + 1):  # the speck and its halo, never a pixel of other ink
        for dx in range(-settings.halo, settings.halo + 1):
            y, x = numpy.clip(rows + dy, 0, height - 1), numpy.clip(columns + dx, 0, width - 1)
            keep = other[y, x]
            cleaned[y[~keep], x[~keep]] = 255
    return PILImage.fromarray(cleaned, "L")


def _box_sums(mask, radius: int):
    """For each pixel, the number of True pixels in the square of ``radius`` around it (summed
    along the rows, then the columns, in bytes: a window of up to 15 pixels a side)."""
    import numpy

    padded = numpy.pad(mask.astype(numpy.uint8), radius)
    height, width = mask.shape
    side = 2 * radius + 1
    across = numpy.zeros((height + 2 * radius, width), dtype=numpy.uint8)
    for dx in range(side):
        across += padded[:, dx:dx + width]
    sums = numpy.zeros((height, width), dtype=numpy.uint8)
    for dy in range(side):
        sums += across[dy:dy + height, :]
    return sums
