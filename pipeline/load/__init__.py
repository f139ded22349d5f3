"""load: a path in, a LoadedDocument out. The reader is chosen from the bytes, not the file name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import BrochureError
from pipeline.load.text import read_text
from pipeline.model import LoadedDocument, Source

PDF_MAGIC = b"%PDF-"


def load(path: str | Path, *, display_path: str | None = None, password: str | None = None) -> LoadedDocument:
    """Read the file at ``path`` as a PDF (if its bytes say so) or as plain text.

    ``display_path`` is the path recorded in the record (defaults to ``path`` as given).
    Raises BrochureError with a stable code when the file cannot be read as a brochure.
    """
    path = Path(path)
    shown = display_path or path.as_posix()
    if not path.exists():
        raise BrochureError("not_found", "no such file", shown)
    if path.is_dir():
        raise BrochureError("is_directory", "is a folder, not a file", shown)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BrochureError("unreadable", f"cannot read the file: {error.strerror or error}", shown) from None
    if not data.strip():
        raise BrochureError("empty", "the file is empty", shown)
    digest = hashlib.sha256(data).hexdigest()
    if data.lstrip()[:5] == PDF_MAGIC or data[:1024].find(PDF_MAGIC) != -1:
        from pipeline.load.pdf import read_pdf  # pdfplumber is imported only when a PDF comes

        source = Source(shown, "application/pdf", digest, len(data))
        return read_pdf(data, source, password=password)
    source = Source(shown, "text/plain", digest, len(data))
    return read_text(data, source)
