"""load: a path in, a LoadedDocument out. The reader is chosen from the bytes, not the file name."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import BrochureError
from pipeline.inputs import page_image_media_type, what_it_is

if TYPE_CHECKING:
    from pipeline.model import LoadedDocument

# The readers (and the models under them) are imported when a document comes.

PDF_MAGIC = b"%PDF-"
MAX_IMAGE_BYTES = 256 * 1024 * 1024
"""An image file larger than this is refused before it is read (``too_large``): a scanned brochure
of some dozen pages at 300 dpi is a few tens of MB."""
HEAD_BYTES = 1024
"""How far into the file the PDF header may stand (some writers put junk before it, as readers allow)."""
from pipeline.defaults import (  # noqa: E402  (re-exported)
    DEFAULT_MAX_PAGES,  # noqa: E402  (re-exported: load's own default)
    DEFAULT_OCR_LANGUAGE,
    DEFAULT_OCR_MODE,
    DEFAULT_PDF_READER,
    OCR_MODES,
    PDF_READERS,
)


def load(path: str | Path, *, display_path: str | None = None, password: str | None = None,
         max_pages: int | None = DEFAULT_MAX_PAGES, reader: str | None = None, ocr: str = DEFAULT_OCR_MODE,
         ocr_language: str = DEFAULT_OCR_LANGUAGE) -> LoadedDocument:
    """Read the file at ``path`` as a PDF (if its bytes say so), an image (PNG, JPEG, TIFF: scanned
    pages, read by OCR) or plain text.

    ``display_path`` is the path recorded in the record (defaults to ``path`` as given). At most
    ``max_pages`` pages are read (None: all); the record's warnings say when pages were left out.
    ``reader`` chooses the PDF reader (one of PDF_READERS; None: DEFAULT_PDF_READER, looked up at
    the call). ``ocr`` says which pages are read by OCR (one of OCR_MODES; pipeline.load.ocr) in
    ``ocr_language``. Raises BrochureError with a stable code when the file cannot be read as a
    brochure, ValueError for a reader or OCR mode that does not exist.
    """
    reader = DEFAULT_PDF_READER if reader is None else reader
    if reader not in PDF_READERS:
        raise ValueError(f"no PDF reader {reader!r}: choose one of {', '.join(PDF_READERS)}")
    if ocr not in OCR_MODES:
        raise ValueError(f"no OCR mode {ocr!r}: choose one of {', '.join(OCR_MODES)}")
    from pipeline.load.text import MAX_TEXT_BYTES, read_text
    from pipeline.model import Source

    path = Path(path)
    shown = display_path or path.as_posix()
    if not path.exists():
        reason = ("a link that leads back to itself (a loop of links)" if _is_link_loop(path)
                  else "a link to a file that does not exist" if path.is_symlink() else "no such file")
        raise BrochureError("not_found", reason, shown)
    if path.is_dir():
        raise BrochureError("is_directory", "is a folder, not a file", shown)
    if not path.is_file():  # reading a pipe or a device would wait for ever or never end
        raise BrochureError("unreadable", "not a regular file (a pipe, socket or device)", shown)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            is_pdf = head.lstrip()[:5] == PDF_MAGIC or head.find(PDF_MAGIC) != -1
            image_type = None if is_pdf else page_image_media_type(head)
            size = path.stat().st_size
            if image_type is not None and size > MAX_IMAGE_BYTES:
                raise BrochureError("too_large", f"image file of {size:,} bytes is over the {MAX_IMAGE_BYTES:,}-byte limit", shown)
            if not is_pdf and image_type is None and size > MAX_TEXT_BYTES:  # said before reading it all into memory
                raise BrochureError("too_large", f"text file of {size:,} bytes is over the {MAX_TEXT_BYTES:,}-byte limit", shown)
            data = head + handle.read()
    except OSError as error:
        raise BrochureError("unreadable", f"cannot read the file: {error.strerror or error}", shown) from None
    if not data.strip():
        raise BrochureError("empty", "the file is empty" if not data else "the file holds only white space", shown)
    digest = hashlib.sha256(data).hexdigest()
    if is_pdf:
        source = Source(shown, "application/pdf", digest, len(data))
        return _read_pdf(data, source, password, max_pages, reader, ocr, ocr_language)
    if path.suffix.lower() == ".pdf":
        # The name promises a PDF and the bytes are something else: reading them as text would make
        # a record of markup or noise. Say what the file really is.
        raise BrochureError("not_pdf", f"named .pdf but not a PDF: it is {what_it_is(data)}; download or export the PDF again", shown)
    if image_type is not None:
        return _read_image(data, Source(shown, image_type, digest, len(data)), max_pages, ocr, ocr_language)
    source = Source(shown, "text/plain", digest, len(data))
    return read_text(data, source, max_pages=max_pages)


def _read_pdf(data: bytes, source, password: str | None, max_pages: int | None, reader: str, ocr: str,
              ocr_language: str) -> LoadedDocument:
    """A PDF read by ``reader``, its pages without a usable text layer by OCR (as ``ocr`` says)."""
    if ocr == "always":
        from pipeline.load.ocr import OcrSettings, ocr_whole_pdf

        return ocr_whole_pdf(data, source, password, max_pages, OcrSettings(language=ocr_language))
    try:
        if reader == "pdfium":
            from pipeline.load.pdfium import read_pdf_pdfium  # pypdfium2 is imported only when a PDF comes

            loaded = read_pdf_pdfium(data, source, password=password, max_pages=max_pages)
        else:
            from pipeline.load.pdf import read_pdf  # pdfplumber is imported only when a PDF comes

            loaded = read_pdf(data, source, password=password, max_pages=max_pages)
    except BrochureError as error:
        if ocr == "never" or error.code not in ("no_text_layer", "unmapped_font"):
            raise
        from pipeline.load.ocr import OcrSettings, ocr_whole_pdf

        return ocr_whole_pdf(data, source, password, max_pages, OcrSettings(language=ocr_language), failure=error)
    if ocr == "never":
        return loaded
    from pipeline.load.ocr import OcrSettings, ocr_textless_pages

    return ocr_textless_pages(loaded, data, password, OcrSettings(language=ocr_language))


def _read_image(data: bytes, source, max_pages: int | None, ocr: str, ocr_language: str) -> LoadedDocument:
    """An image file read as scanned pages; with ``--ocr never`` it has no text to read."""
    if ocr == "never":
        raise BrochureError("no_text_layer", "the file is an image: its text can be read only by OCR (--ocr auto)", source.path)
    from pipeline.load.ocr import OcrSettings, read_image_file

    return read_image_file(data, source, max_pages, OcrSettings(language=ocr_language))


def _is_link_loop(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False
