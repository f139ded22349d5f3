"""Errors a user can act on: each has a stable code, the file it concerns and the reason."""

from __future__ import annotations


class BrochureError(Exception):
    """A document could not be extracted.

    ``code`` is stable (the README lists every code and what to do about it); ``message`` says the
    reason in words a person can act on; ``path`` names the file.
    """

    def __init__(self, code: str, message: str, path: str | None = None):
        self.code = code
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message} [{code}]" if path else f"{message} [{code}]")


class UsageError(Exception):
    """The command line asked for something that cannot be done (exit status 2)."""
