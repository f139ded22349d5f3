"""The source of a record, for the report to show beside the extracted text: each PDF page rendered
to a PNG (pypdfium2, at screen resolution) with its size in PDF points, so that each block's box
can be drawn over it; or, for a text brochure, the text itself.

The source is looked for at ``record.source.path`` under each of the folders given (the folder the
extraction ran in, by default), and used only when its bytes have the record's sha256: a file
changed since the extraction would put the boxes in the wrong places.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.record import BrochureRecord

PAGE_DPI = 96
"""Resolution of the rendered pages: a screen's. An A4 page is 794 × 1123 pixels, about 100 KB."""
MAX_PAGES_SHOWN = 200
"""Pages rendered at most (as --max-pages reads at most 200)."""
MAX_TEXT_SHOWN = 400_000
"""Characters of a text source shown at most."""


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One page of a PDF: its number (from 1), its size in PDF points, and its PNG bytes."""

    number: int
    width: float
    height: float
    png: bytes


@dataclass(slots=True)
class SourceView:
    """What the report shows of a record's source: ``pages`` (a PDF) or ``text`` (a text file), or
    neither with ``note`` saying why (not found, changed since, unreadable). ``producer`` is the
    PDF's Producer (the program that wrote it) when it says."""

    path: Path | None = None
    pages: list[RenderedPage] = field(default_factory=list)
    text: str | None = None
    producer: str | None = None
    note: str | None = None


def find_source(record: BrochureRecord, roots: Sequence[Path]) -> tuple[Path | None, str | None]:
    """(the file the record was extracted from, None), or (None, why not): the record's source path
    under each root in turn (as it is, when absolute), kept when its sha256 is the record's."""
    recorded = Path(record.source.path)
    candidates = [recorded] if recorded.is_absolute() else [root / recorded for root in roots]
    changed = None
    for candidate in candidates:
        if not candidate.is_file():
            continue
        try:
            digest = _sha256(candidate)
        except OSError as error:
            return None, f"{candidate}: cannot read: {error.strerror or error}"
        if digest == record.source.sha256:
            return candidate, None
        changed = candidate
    if changed is not None:
        return None, f"{changed.as_posix()} has changed since the record was made (its sha256 differs)"
    where = ", ".join(root.as_posix() for root in roots) or "."
    return None, f"the source file {record.source.path} was not found (looked under {where}; --sources DIR says where)"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def view_source(record: BrochureRecord, roots: Sequence[Path], *, dpi: int = PAGE_DPI) -> SourceView:
    """The source of ``record`` as the report shows it (see `SourceView`); never raises for a
    missing or bad source: the note says what happened."""
    path, note = find_source(record, roots)
    if path is None:
        return SourceView(note=note)
    if record.source.media_type == "application/pdf":
        try:
            pages, producer = render_pdf(path, dpi=dpi)
        except Exception as error:  # noqa: BLE001 - a page the renderer cannot draw costs the pictures, not the report
            return SourceView(path=path, note=f"{path.as_posix()}: its pages could not be rendered ({type(error).__name__}: {error})")
        cut = (record.source.page_count or 0) > len(pages)
        return SourceView(path=path, pages=pages, producer=producer, note=f"only the first {len(pages)} pages are shown" if cut else None)
    from pipeline.load.text import decode_text

    try:
        text = decode_text(path.read_bytes(), path.as_posix()).text
    except Exception as error:  # noqa: BLE001 - the record was made from it; a failure here costs the view only
        return SourceView(path=path, note=f"{path.as_posix()}: could not be read as text ({error})")
    if len(text) > MAX_TEXT_SHOWN:
        return SourceView(path=path, text=text[:MAX_TEXT_SHOWN], note=f"only the first {MAX_TEXT_SHOWN:,} characters are shown")
    return SourceView(path=path, text=text)


def render_pdf(path: Path, *, dpi: int = PAGE_DPI, password: str | None = None) -> tuple[list[RenderedPage], str | None]:
    """Every page of the PDF (at most MAX_PAGES_SHOWN) as PNG at ``dpi``, and its Producer. The
    size is the crop box, the box PDFium draws (and the one the readers measure from)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path), password=password)
    try:
        producer = (document.get_metadata_dict().get("Producer") or "").strip() or None
        pages = []
        for index in range(min(len(document), MAX_PAGES_SHOWN)):
            page = document[index]
            try:
                width, height = page.get_size()
                image = page.render(scale=dpi / 72).to_pil()
                buffer = io.BytesIO()
                image.convert("RGB").save(buffer, format="PNG", optimize=False)
                pages.append(RenderedPage(index + 1, round(width, 2), round(height, 2), buffer.getvalue()))
            finally:
                page.close()
        return pages, producer
    finally:
        document.close()
