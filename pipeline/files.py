"""Writing output files: one atomic-write helper for records, records.jsonl, the manifest, exports
and reports, with the permissions an ordinary file gets (0666 less the umask: 0644 under the usual
umask 022), so a registry process running as another user can read what a batch wrote; and the one
way to read a JSON-lines file back (`json_lines`)."""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

FILE_MODE = 0o666
"""The mode ``open()`` asks for a new file; the process's umask takes away from it."""

_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back; the lock keeps two threads from
    seeing each other's temporary value)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def json_lines(text: str) -> list[tuple[int, str]]:
    """The lines of a JSON-lines file's ``text`` (read in text mode, so ``\\r\\n`` is already
    ``\\n``) as (line number from 1, line), split at ``\\n`` only: ``str.splitlines`` also splits at
    U+2028, U+2029, U+0085 and \\x1c-\\x1e, which JSON may hold raw inside a string (records.jsonl
    is written with ``ensure_ascii=False``). A final line end makes no empty last line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [(number, line.removesuffix("\r")) for number, line in enumerate(lines, start=1)]


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8 with ``\\n`` line ends, or bytes) to ``path`` through a
    temporary file in the same folder and a rename, so a reader never sees a half-written file.
    The file gets mode 0666 less the umask (``mkstemp`` alone would make it 0600, private)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if isinstance(content, bytes):
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
        else:
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
        os.chmod(temporary, FILE_MODE & ~current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
