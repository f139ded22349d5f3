"""What a batch is given, file by file: which are brochures, which are other kinds of files (set
aside with the reason), which paths do not exist, and how many hidden or system files were left out.

A file is told by its first bytes, not by its name: an image of a page (PNG, JPEG, TIFF) is a
brochure, read by OCR; a Word document, another image, an HTML page or an archive is set aside
(``skipped``, code ``unsupported_type``, with what it is and what to do) also when it is named
``.txt``. A file named ``.pdf`` is always a brochure: when its bytes are no PDF the
reader fails it with ``not_pdf`` and says what it is (a download that went wrong is the usual
cause, and the person expected a PDF). Under a folder, a text file not named ``.txt`` is set aside
(notes, CSV, JSON records of an earlier run); named on the command line, it is read as text.

The kinds, their signatures and the advice are data (``pipeline/data/file_types.json``).
"""

from __future__ import annotations

import glob
import io
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.resources import data_file

SNIFF_BYTES = 4096
"""How much of a file is read to tell what it is."""
PDF_MAGIC = b"%PDF-"
PDF_SUFFIX = ".pdf"


@dataclass(frozen=True, slots=True)
class FileKind:
    """A kind of file that is not a brochure: ``kind`` is its stable name (``word_document``,
    ``image``, ``html_page``...), ``description`` and ``advice`` are the manifest message's words."""

    kind: str
    description: str
    advice: str

    def message(self, path: Path) -> str:
        """"a Word document (.docx): not a brochure; export it to PDF"."""
        suffix = f" ({path.suffix.lower()})" if path.suffix else ""
        return f"{self.description}{suffix}: not a brochure; {self.advice}"


@dataclass(frozen=True, slots=True)
class SetAside:
    """An input that is not extracted: ``status`` "skipped" (code ``unsupported_type`` or
    ``empty_folder``) or "failed" (code ``not_found``), with the message the manifest shows."""

    path: str
    status: str
    code: str
    message: str
    file_type: str | None = None


@dataclass(slots=True)
class Inputs:
    """Everything the inputs named: ``brochures`` to extract (in a stable order, each once),
    ``set_aside`` in the order met, and ``hidden``: how many hidden or system files and folders
    (``.DS_Store``, ``.git``, ``~$draft.docx``) a folder's walk left out."""

    brochures: list[Path] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    hidden: int = 0

    @property
    def missing(self) -> list[SetAside]:
        return [item for item in self.set_aside if item.status == "failed"]


@cache
def _kinds() -> dict[str, FileKind]:
    return {entry["kind"]: FileKind(entry["kind"], entry["description"], entry["advice"])
            for entry in data_file("file_types.json")["kinds"]}


def _bytes(text: str) -> bytes:
    """A signature of the data file as bytes (each character one byte)."""
    return text.encode("latin-1")


@cache
def _signatures() -> tuple[tuple[int, bytes, str], ...]:
    """(offset, bytes, kind) of every signature, the longest first."""
    found = []
    for entry in data_file("file_types.json")["kinds"]:
        found += [(0, _bytes(s), entry["kind"]) for s in entry.get("signatures", [])]
        found += [(offset, _bytes(s), entry["kind"]) for offset, s in entry.get("offset_signatures", [])]
    return tuple(sorted(found, key=lambda item: -len(item[1])))


@cache
def _zip_members() -> tuple[tuple[str, str], ...]:
    return tuple((member, entry["kind"]) for entry in data_file("file_types.json")["kinds"] for member in entry.get("zip_members", []))


@cache
def _brochure_kinds() -> frozenset[str]:
    """Kinds read as brochures although they are no PDF or text: page images (OCR)."""
    return frozenset(entry["kind"] for entry in data_file("file_types.json")["kinds"] if entry.get("brochure"))


@cache
def _riff_kinds() -> dict[bytes, str]:
    return {_bytes(entry["riff"]): entry["kind"] for entry in data_file("file_types.json")["kinds"] if "riff" in entry}


@cache
def text_suffixes() -> frozenset[str]:
    return frozenset(data_file("file_types.json")["text_suffixes"])


@cache
def _hidden_names() -> frozenset[str]:
    return frozenset(data_file("file_types.json")["hidden_names"])


def is_hidden(name: str, *, folder: bool = False) -> bool:
    """A hidden or system file or folder that a folder's walk leaves out: a system name of the data
    file (``.DS_Store``, ``Thumbs.db``, ``__MACOSX``), a macOS resource fork (``._report.pdf``), an
    Office lock file (``~$draft.docx``), a folder whose name starts with "." (``.git``), and a file
    whose name does, unless it is named like a brochure (``.draft.txt`` is read: someone named it so)."""
    if name in _hidden_names() or name.startswith(("._", "~$")):
        return True
    if not name.startswith("."):
        return False
    suffix = Path(name).suffix.lower()
    return folder or not (suffix == PDF_SUFFIX or suffix in text_suffixes())


def _looks_like_markup(head: bytes) -> str | None:
    """"html_page" or "xml_file" when the text starts as one (after a byte-order mark and white space)."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html_page"
    if start.startswith((b"<?xml", b"<!doctype")) or (start.startswith(b"<!--") and b"<html" in start):
        return "html_page" if b"<html" in start else "xml_file"
    return None


def _zip_kind(content: Path | bytes) -> str:
    """The kind of a ZIP-based file (its path or its bytes): an Office or OpenDocument file or an
    e-book by a member, else an archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(content) if isinstance(content, bytes) else content) as archive:
            names = set(archive.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        return "archive"
    for member, kind in _zip_members():
        if member in names:
            return kind
    return "archive"


def identify(head: bytes, content: Path | bytes) -> FileKind | None:
    """The kind of file whose first bytes are ``head`` (at least SNIFF_BYTES of it, or all), as its
    signature, RIFF form or markup tells; a ZIP is told apart by its members, read from ``content``
    (the file's path or its bytes). None when the bytes say nothing: text, or binary of no known
    kind. A PDF is not a kind here (the caller knows its magic)."""
    for offset, signature, kind in _signatures():
        if head[offset:offset + len(signature)] == signature:
            return _kinds()[_zip_kind(content) if kind == "archive" and signature.startswith(b"PK") else kind]
    if head[:4] == b"RIFF" and head[8:12] in _riff_kinds():
        return _kinds()[_riff_kinds()[head[8:12]]]
    if markup := _looks_like_markup(head):
        return _kinds()[markup]
    return None


def is_brochure_kind(kind: FileKind) -> bool:
    """A kind read as a brochure although it is no PDF or text: a page image (read by OCR)."""
    return kind.kind in _brochure_kinds()


@cache
def _page_image_media_types() -> tuple[tuple[bytes, str], ...]:
    return tuple((_bytes(signature), media_type) for entry in data_file("file_types.json")["kinds"]
                 for signature, media_type in entry.get("media_types", {}).items())


def page_image_media_type(head: bytes) -> str | None:
    """The media type (image/png, image/jpeg, image/tiff) of a page image read by OCR, from its
    first bytes; None for any other file."""
    return next((media_type for signature, media_type in _page_image_media_types() if head.startswith(signature)), None)


@cache
def _under_pdf_name() -> dict[str, str]:
    return {entry["kind"]: entry["under_pdf_name"] for entry in data_file("file_types.json")["kinds"] if "under_pdf_name" in entry}


def what_it_is(data: bytes) -> str:
    """What a file named .pdf that holds no PDF is, in words, from its bytes ("an HTML web page
    (often the error or sign-in page of a failed download)", "a Word document", ...)."""
    kind = identify(data[:SNIFF_BYTES], data)
    if kind is None:
        start = data[:SNIFF_BYTES]
        if b"\x00" in start and not start.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "binary data that does not start with the PDF header (%PDF-)"
        return "text that does not start with the PDF header (%PDF-)"
    note = _under_pdf_name().get(kind.kind)
    return f"{kind.description} ({note})" if note else kind.description


def sniff(path: Path, *, named: bool = False) -> FileKind | None:
    """None when ``path`` is to be extracted as a brochure; else the kind of file it is.

    ``named``: the file was named on the command line (not met under a folder or by a pattern), so a
    text file is read whatever its name. A file the reader must judge (no regular file named like a
    brochure, one that cannot be opened, an empty one) is a brochure: its extraction fails with the
    reason."""
    suffix = path.suffix.lower()
    brochure_name = suffix == PDF_SUFFIX or suffix in text_suffixes()
    if not path.is_file():  # a link to nowhere, a pipe: never opened here (a pipe would wait for ever)
        return None if brochure_name or named else _kinds()["not_a_file"]
    if suffix == PDF_SUFFIX:
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None if brochure_name or named else _kinds()["binary_file"]
    if not head.strip():
        return None if brochure_name or named else _kinds()["other_text"]
    if head.find(PDF_MAGIC, 0, 1024) != -1:
        return None
    if kind := identify(head, path):
        return None if is_brochure_kind(kind) else kind  # an image of a page: the OCR reader reads it
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text holds NULs too
        # named like a brochure, the text reader fails it (not_text); met under another name, set aside
        return None if brochure_name or named else _kinds()["binary_file"]
    if brochure_name or named:
        return None
    return _kinds()["other_text"]


def gather_inputs(specs: Iterable[str]) -> Inputs:
    """Files, folders (walked recursively) and glob patterns, in the order given, each file once.

    A folder's files are told apart by `sniff`; hidden and system files and folders are left out
    and counted; links to folders are not followed (listed as set aside). A folder that holds no
    file is set aside (``empty_folder``); a path or pattern that matches nothing is a failed entry
    (``not_found``), so the rest of the batch still runs."""
    inputs = Inputs()
    seen: set[Path] = set()

    def add(path: Path, named: bool) -> None:
        if path in seen:
            return
        seen.add(path)
        kind = sniff(path, named=named)
        if kind is None:
            inputs.brochures.append(path)
        else:
            inputs.set_aside.append(SetAside(path.as_posix(), "skipped", code="unsupported_type", message=kind.message(path),
                                              file_type=kind.kind))

    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            _walk(path, inputs, add)
        elif path.exists() or path.is_symlink():  # a broken or looping link fails with its reason, listed
            add(path, named=True)
        elif glob.has_magic(spec):
            matches = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not matches:
                inputs.set_aside.append(SetAside(path.as_posix(), "failed", code="not_found", message="no file matches this pattern"))
            for match in matches:
                add(match, named=False)
        else:
            inputs.set_aside.append(SetAside(path.as_posix(), "failed", code="not_found", message="no such file or folder"))
    return inputs


def _walk(folder: Path, inputs: Inputs, add) -> None:
    """Every file under ``folder`` (sorted, links to folders not followed) handed to ``add``."""
    found = 0
    hidden_before = inputs.hidden
    for top, folders, files in os.walk(folder, followlinks=False):
        folders.sort()
        kept = []
        for name in folders:
            if is_hidden(name, folder=True):
                inputs.hidden += 1
            elif os.path.islink(os.path.join(top, name)):
                files.append(name)  # a link to a folder: listed as what it is, not followed (it may loop)
            else:
                kept.append(name)
        folders[:] = kept
        for name in sorted(files):
            if is_hidden(name):
                inputs.hidden += 1
                continue
            found += 1
            add(Path(top) / name, False)
    if not found:
        left_out = inputs.hidden - hidden_before
        inputs.set_aside.append(SetAside(folder.as_posix(), "skipped", code="empty_folder", message="the folder holds no files"
                                         + (f" ({left_out} hidden or system file{'s' * (left_out != 1)} left out)" if left_out else "")))
