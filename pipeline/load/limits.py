"""Caps on what one PDF may make the reader decompress, so that a decompression bomb ends in a
second as ``too_large`` instead of growing the process until the machine kills it.

pdfminer inflates every stream whole (``zlib.decompress``), and a few kB of Flate data can hold a
gigabyte of zeros or spaces. ``decompression_caps(...)`` bounds, for the reading inside it:

- any one stream's decoded size (``max_stream_bytes``): Flate and LZW data are inflated in bounded
  steps and the reading stops as soon as a stream passes the cap, before the bytes exist;
- a page's content, all its content streams together (``max_page_content_bytes``), checked by the
  reader (``check_page_content``) before the page is interpreted.

The caps are installed into pdfminer's stream decoder (its module-level ``zlib`` and ``lzwdecode``
names) once, and are inert outside ``decompression_caps``: pdfminer behaves exactly as shipped. Its
``ascii85decode`` is replaced at the same time by one that gives the same bytes faster
(pipeline.load.ascii85).
"""

from __future__ import annotations

import contextlib
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

DEFAULT_MAX_STREAM_MB = 256
"""Decoded size of any one stream of a PDF, in MB: a brochure's largest streams (embedded fonts,
Flate images) are a few MB."""
DEFAULT_MAX_PAGE_CONTENT_MB = 64
"""Decoded size of one page's content streams together, in MB: a dense vector map is a few MB; the
interpreter would need minutes for more."""
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DecompressionCaps:
    """The caps, in bytes (see the module's docstring)."""

    max_stream_bytes: int = DEFAULT_MAX_STREAM_MB * _MB
    max_page_content_bytes: int = DEFAULT_MAX_PAGE_CONTENT_MB * _MB

    @classmethod
    def from_megabytes(cls, stream_mb: float = DEFAULT_MAX_STREAM_MB, page_content_mb: float = DEFAULT_MAX_PAGE_CONTENT_MB):
        return cls(int(stream_mb * _MB), int(page_content_mb * _MB))


DEFAULT_CAPS = DecompressionCaps()


class DecompressionLimitExceeded(MemoryError):
    """A stream or a page's content decodes to more than its cap. A MemoryError, so that every
    reader's clean-up treats it as what it is: the file needs more memory than it may have (and no
    ``except Exception`` of a parser takes it for a damaged file)."""

    def __init__(self, what: str, limit: int):
        self.what, self.limit = what, limit
        super().__init__(f"{what} decompresses to more than {limit / _MB:,.0f} MB, the limit (a decompression bomb, "
                         f"or a page no brochure has)")


_active = threading.local()


def _caps() -> DecompressionCaps | None:
    return getattr(_active, "caps", None)


@contextlib.contextmanager
def decompression_caps(caps: DecompressionCaps) -> Iterator[None]:
    """Within the block, pdfminer's stream decoding obeys ``caps`` (in this thread)."""
    _install()
    previous = _caps()
    _active.caps = caps
    try:
        yield
    finally:
        _active.caps = previous


def check_page_content(page_number: int, streams: Iterable) -> None:
    """Decode a page's content streams (pdfminer ``PDFStream``s; the interpreter reuses the decoded
    bytes) and raise DecompressionLimitExceeded as soon as they add up to more than the active
    page-content cap: each is inflated under that cap, so a bomb stops at it, not at the larger
    stream cap. A no-op outside ``decompression_caps``."""
    caps = _caps()
    if caps is None:
        return
    limit = caps.max_page_content_bytes
    total = 0
    with decompression_caps(replace(caps, max_stream_bytes=min(caps.max_stream_bytes, limit))):
        for stream in streams:
            try:
                total += len(stream.get_data())
            except DecompressionLimitExceeded:
                total = limit + 1
            if total > limit:
                raise DecompressionLimitExceeded(f"the content of page {page_number}", limit)


class _BoundedDecompressor:
    """zlib's decompress object, stopping with DecompressionLimitExceeded when the output passes the
    stream cap (one cap over all calls: pdfminer feeds a damaged stream a byte at a time)."""

    def __init__(self, limit: int, *args):
        self._inner = zlib.decompressobj(*args)
        self._limit = limit
        self._produced = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        budget = self._limit - self._produced + 1
        if max_length:
            budget = min(budget, max_length)
        # Output stops at `budget` bytes, so a bomb never exists in memory beyond the cap.
        out = self._inner.decompress(data, budget)
        self._produced += len(out)
        if self._produced > self._limit:
            raise DecompressionLimitExceeded("a stream of the PDF", self._limit)
        return out

    def flush(self, *args) -> bytes:
        return self._inner.flush(*args)

    def __getattr__(self, name):  # eof, unused_data, unconsumed_tail
        return getattr(self._inner, name)


class _CappedZlib:
    """What pdfminer's stream decoder sees as the ``zlib`` module."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args, **kwargs):
        caps = _caps()
        return zlib.decompressobj(*args, **kwargs) if caps is None else _BoundedDecompressor(caps.max_stream_bytes, *args)

    @staticmethod
    def decompress(data: bytes, *args, **kwargs) -> bytes:
        caps = _caps()
        if caps is None:
            return zlib.decompress(data, *args, **kwargs)
        inflater = _BoundedDecompressor(caps.max_stream_bytes, *args)
        out = inflater.decompress(data)
        if not inflater.eof:  # as zlib.decompress does, so pdfminer's handling of a damaged stream runs
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out

    def __getattr__(self, name):
        return getattr(zlib, name)


def _capped_lzwdecode(data: bytes) -> bytes:
    """pdfminer's LZW decoder, stopped at the stream cap (LZW expands a few hundred times at most,
    but that is still a gigabyte from a few MB)."""
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    caps = _caps()
    limit = None if caps is None else caps.max_stream_bytes
    parts, produced = [], 0
    for part in LZWDecoder(BytesIO(data)).run():
        produced += len(part)
        if limit is not None and produced > limit:
            raise DecompressionLimitExceeded("a stream of the PDF", limit)
        parts.append(part)
    return b"".join(parts)


@cache
def _install() -> None:
    """Put the capped decoders in pdfminer's stream decoder, once per process."""
    from pdfminer import pdftypes

    pdftypes.zlib = _CappedZlib()
    pdftypes.lzwdecode = _capped_lzwdecode
    # not a cap: the same decoding of ASCII85 as pdfminer's, at C speed (pipeline.load.ascii85)
    from pipeline.load.ascii85 import ascii85decode

    pdftypes.ascii85decode = ascii85decode
