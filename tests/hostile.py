"""Hostile inputs, crafted on demand: files made to hang, exhaust or crash a reader.

Each ``Hostile`` makes its file (or folder entry) and says what the batch must report for it: the
status and the code. ``tests/test_hostile.py`` runs them all in one batch beside good brochures;
``bench/run_bench.py`` times each one alone (seconds and peak memory).
"""

from __future__ import annotations

import os
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.pdf_bytes import HELLO, write_pdf

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def _page(contents: bytes = b"5 0 R", media_box: bytes = b"[0 0 300 200]", extra: bytes = b"") -> bytes:
    return (b"<< /Type /Page /Parent 2 0 R /MediaBox " + media_box + b" /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents " + contents + b" " + extra + b">>")


def _one_page(page: bytes, content: bytes = HELLO, more: dict | None = None) -> bytes:
    objects = {1: _CATALOG, 2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", 3: _FONT, 4: page, 5: (b"", content)}
    objects.update(more or {})
    return write_pdf(objects)


def self_referencing_media_box() -> bytes:
    """A page whose /MediaBox is an object that refers to itself: resolving it never ends."""
    return _one_page(_page(media_box=b"6 0 R"), more={6: b"6 0 R"})


def circular_page_tree() -> bytes:
    """A page tree whose /Kids holds the tree itself beside its one page."""
    return write_pdf({1: _CATALOG, 2: b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>", 3: _FONT, 4: _page(),
                      5: (b"", HELLO)})


def deep_content_nesting(depth: int = 100_000) -> bytes:
    """A content stream opening ``depth`` arrays inside one another before its text."""
    return _one_page(_page(), b"[" * depth + b"]" * depth + b" " + HELLO)


def flate_bomb(megabytes: int = 1024, byte: bytes = b"0") -> bytes:
    """A content stream of ``megabytes`` MB of one byte, Flate-compressed to about 1/1000 of that:
    a comment line that never ends (``%000…``) so that a reader that inflates it whole drowns."""
    squeezer = zlib.compressobj(9)
    chunk = byte * (1 << 20)
    parts = [squeezer.compress(b"BT /F1 12 Tf 20 150 Td (Hello) Tj ET\n%")]
    parts += [squeezer.compress(chunk) for _ in range(megabytes)]
    parts.append(squeezer.flush())
    return _one_page(_page(), more={5: (b"/Filter /FlateDecode", b"".join(parts))})


def many_pages(pages: int = 10_000) -> bytes:
    """``pages`` tiny pages sharing one content stream."""
    kids = list(range(6, 6 + pages))
    objects = {1: _CATALOG, 3: _FONT, 5: (b"", HELLO)}
    for kid in kids:
        objects[kid] = _page()
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages)
    return write_pdf(objects)


def garbage_after_magic() -> bytes:
    return b"%PDF-1.7\n" + random.Random(7).randbytes(4096)


def random_bytes() -> bytes:
    return random.Random(11).randbytes(64 * 1024)


def million_short_lines() -> bytes:
    return b"".join(b"item %d\n" % (i % 10) if i % 3 else b"x\n" for i in range(1_000_000))


def control_characters() -> bytes:
    text = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) * 50  # no NUL: that makes a binary file
    return ("Decent work for all\n\n" + text + "\nThe ILO works with partners in 2020.\n").encode("utf-8")


@dataclass(frozen=True)
class Hostile:
    """One hostile input: its file name, how to make it in a folder, and what the manifest must say."""

    name: str
    make: Callable[[Path], None]
    status: str
    code: str | None


def _write(data: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data())


def _symlink_loop(path: Path) -> None:
    os.symlink(path.name, path)


def _symlink_pair(path: Path) -> None:
    os.symlink(path.with_name("loop-b.pdf").name, path)
    os.symlink(path.name, path.with_name("loop-b.pdf"))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


HOSTILE = [
    Hostile("self-referencing-mediabox.pdf", _write(self_referencing_media_box), "failed", "timeout"),
    Hostile("circular-page-tree.pdf", _write(circular_page_tree), "ok", None),
    Hostile("deep-nesting.pdf", _write(deep_content_nesting), "ok", None),
    Hostile("flate-bomb-1gb.pdf", _write(flate_bomb), "failed", "too_large"),
    Hostile("spaces-bomb-1500mb.pdf", _write(lambda: flate_bomb(1500, b" ")), "failed", "too_large"),
    Hostile("10000-pages.pdf", _write(many_pages), "ok", None),
    Hostile("garbage-after-magic.pdf", _write(garbage_after_magic), "failed", "corrupt_pdf"),
    Hostile("header-only.pdf", _write(lambda: b"%PDF-1.7\n"), "failed", "corrupt_pdf"),
    Hostile("random-bytes.pdf", _write(random_bytes), "failed", "not_pdf"),
    Hostile("random-bytes.txt", _write(random_bytes), "failed", "not_text"),
    Hostile("million-short-lines.txt", _write(million_short_lines), "failed", "too_large"),
    Hostile("control-characters.txt", _write(control_characters), "ok", None),
    Hostile("symlink-to-itself.pdf", _symlink_loop, "failed", "not_found"),
    Hostile("loop-a.pdf", _symlink_pair, "failed", "not_found"),
    Hostile("pipe.txt", _fifo, "failed", "unreadable"),
    Hostile("name with\nnewline [draft].txt", _write(lambda: b"Decent work\n\nThe ILO and the ADB signed an MOU in 2002.\n"),
            "ok", None),
]
"""Every hostile input and its expected outcome. (``loop-a.pdf`` makes ``loop-b.pdf`` too, with the
same outcome.)"""
