"""Errors a user can act on: each names the file it concerns and the reason. One base,
`PipelineError`, so a caller catches every error the pipeline raises on purpose at once; a file
that cannot be used by a command (a record, a manifest, a report's input) is a `FileError`."""

from __future__ import annotations

from pathlib import Path


class PipelineError(Exception):
    """The base of every error the pipeline raises on purpose (not a bug)."""


class FileError(PipelineError, ValueError):
    """A file cannot be used for what it was given for: ``path`` names it, ``reason`` says why
    (``str()``: "path: reason")."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class BrochureError(PipelineError):
    """A document could not be extracted.

    ``code`` is stable (the README lists every code and what to do about it); ``message`` says the
    reason in words a person can act on; ``path`` names the file.
    """

    def __init__(self, code: str, message: str, path: str | None = None):
        self.code = code
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message} [{code}]" if path else f"{message} [{code}]")


class UsageError(PipelineError):
    """The command line asked for something that cannot be done (exit status 2)."""
