"""Scanned variants of zoo brochures: each page rendered to an image as a scanner would give it
(a resolution, a slight turn, noise, JPEG), wrapped as an image-only PDF (no text layer).

    python tests/zoo/scans.py corpus/rl-report-00.pdf -o /tmp/scans [--variant all]

``make_scan`` is what bench/eval_scans.py and the tests use; the variants are named so that a
figure says what it was measured on.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ScanVariant:
    """How a page is scanned: ``dpi``, a turn of ``rotate`` degrees (counter-clockwise), Gaussian
    ``noise`` (standard deviation in grey levels) with ``speckles`` per million pixels, and JPEG at
    ``jpeg_quality`` (None: lossless)."""

    name: str
    dpi: int = 300
    rotate: float = 0.0
    noise: float = 0.0
    speckles: int = 0
    jpeg_quality: int | None = None


VARIANTS = {
    "clean300": ScanVariant("clean300", dpi=300),
    "clean200": ScanVariant("clean200", dpi=200),
    "skew300": ScanVariant("skew300", dpi=300, rotate=1.5, noise=6.0, speckles=40, jpeg_quality=75),
    "rough200": ScanVariant("rough200", dpi=200, rotate=-2.0, noise=10.0, speckles=80, jpeg_quality=60),
}
"""The variants measured: clean at 300 and 200 dpi, and two rough scans (turned by up to 2 degrees,
noise and speckles, JPEG)."""


def scan_image(page_image, variant: ScanVariant, rng: random.Random):
    """A rendered page (PIL, gray) as the variant's scanner gives it."""
    import numpy
    from PIL import Image

    image = page_image.convert("L")
    if variant.rotate:
        image = image.rotate(variant.rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if variant.noise or variant.speckles:
        generator = numpy.random.default_rng(rng.randrange(2**32))
        pixels = numpy.asarray(image, dtype=numpy.float32)
        if variant.noise:
            pixels = pixels + generator.normal(0.0, variant.noise, pixels.shape)
        if variant.speckles:
            count = pixels.size * variant.speckles // 1_000_000
            ys, xs = generator.integers(0, pixels.shape[0], count), generator.integers(0, pixels.shape[1], count)
            pixels[ys, xs] = 0.0
        image = Image.fromarray(numpy.clip(pixels, 0, 255).astype(numpy.uint8), "L")
    if variant.jpeg_quality is not None:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=variant.jpeg_quality)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.load()
    return image


def make_scan(pdf_bytes: bytes, variant: ScanVariant, seed: int = 1, max_pages: int | None = None) -> bytes:
    """The PDF's pages scanned as the variant says, as an image-only PDF (one image a page, at the
    page's own size in points)."""
    import pypdfium2

    rng = random.Random(seed)
    pdf = pypdfium2.PdfDocument(pdf_bytes)
    images = []
    try:
        for index in range(len(pdf) if max_pages is None else min(len(pdf), max_pages)):
            page = pdf[index]
            try:
                rendered = page.render(scale=variant.dpi / 72, grayscale=True).to_pil()
            finally:
                page.close()
            images.append(scan_image(rendered, variant, rng))
    finally:
        pdf.close()
    return images_to_pdf(images, variant.dpi)


def images_to_pdf(images: list, dpi: int) -> bytes:
    """Page images as an image-only PDF, each page the image's size at ``dpi``."""
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--variant", default="all", help=f"one of {', '.join(VARIANTS)}, or all")
    args = parser.parse_args(argv)
    chosen = list(VARIANTS.values()) if args.variant == "all" else [VARIANTS[args.variant]]
    args.output.mkdir(parents=True, exist_ok=True)
    for path in args.pdfs:
        for variant in chosen:
            target = args.output / f"{path.stem}.{variant.name}.pdf"
            target.write_bytes(make_scan(path.read_bytes(), variant))
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
