"""Make samples/green-jobs-leaflet-scan.pdf: green-jobs-leaflet.pdf as an office scanner gives it
back (run: .venv/bin/python samples/make_scan.py): each page rendered at 300 dpi, turned by 0.8
degrees, cut to black and white (CCITT G4, about 60 kB a page), in an image-only PDF with no text
layer. `make run` reads it by OCR (--ocr auto); its record is in tests/golden/ beside the
original's, so the two can be compared (`brochure diff`)."""

from __future__ import annotations

import io
from pathlib import Path

HERE = Path(__file__).resolve().parent
DPI = 300
TURN = 0.8


def main() -> None:
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(HERE / "green-jobs-leaflet.pdf")
    pages = []
    for index in range(len(pdf)):
        image = pdf[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(TURN, resample=Image.BICUBIC, fillcolor=255)
        pages.append(image.point(lambda value: 255 if value > 150 else 0).convert("1"))
    pdf.close()
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", resolution=float(DPI), save_all=True, append_images=pages[1:])
    (HERE / "green-jobs-leaflet-scan.pdf").write_bytes(buffer.getvalue())


if __name__ == "__main__":
    main()
