"""``brochure validate``: check record files against the JSON Schema, many at once.

``check_paths(specs)`` takes files, folders (walked for ``.json`` and ``.jsonl``, hidden files left
out) and glob patterns, and checks every record of every file: a ``.jsonl`` file holds one record a
line. A batch manifest and JSON that is no record (no ``record_id``, ``schema_version`` or
``source``) are set aside with a note, not failed; a file that cannot be read or is not JSON, and a
path that does not exist, fail. Every schema error of every record is kept, each with its JSON path.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from pipeline.files import json_lines
from pipeline.inputs import is_hidden

RECORD_SUFFIXES = (".json", ".jsonl")
MANIFEST_NAME = "manifest.json"
_RECORD_KEYS = ("record_id", "schema_version", "source")
"""A JSON object with one of these is meant as a record (and checked); one with none is other JSON."""


@dataclass(slots=True)
class Checked:
    """One record checked (``where``: the file, with ``:<line>`` in a .jsonl file), or a file that
    could not be checked (``problems`` then holds why, ``path`` None)."""

    where: str
    problems: list[tuple[str | None, str]] = field(default_factory=list)
    """(JSON path or None for the whole file, reason) of every error."""

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass(slots=True)
class ValidationRun:
    """Everything ``check_paths`` found: ``checked`` records and failed files in order, ``notes`` on
    what was set aside (manifests, other JSON, blank lines are not counted)."""

    checked: list[Checked] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: int = 0

    @property
    def invalid(self) -> list[Checked]:
        return [item for item in self.checked if not item.valid]

    def summary(self) -> str:
        valid = len(self.checked) - len(self.invalid)
        text = f"{valid} valid, {len(self.invalid)} invalid or unreadable, in {self.files} file{'s' * (self.files != 1)}"
        return text + (f"; {len(self.notes)} set aside (not records)" if self.notes else "")


def record_files(specs: Iterable[str]) -> tuple[list[Path], list[Checked]]:
    """The files to check (in the order given, folders walked and sorted, each once) and a failed
    entry for each spec that names nothing."""
    files: list[Path] = []
    missing: list[Checked] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            for top, folders, names in os.walk(path):
                folders[:] = sorted(name for name in folders if not is_hidden(name, folder=True))
                files += [Path(top) / name for name in sorted(names)
                          if not is_hidden(name) and Path(name).suffix.lower() in RECORD_SUFFIXES]
        elif path.exists():
            files.append(path)
        elif glob.has_magic(spec) and (matches := sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())):
            files += matches
        else:
            missing.append(Checked(path.as_posix(), [(None, "no such file or folder" if not glob.has_magic(spec)
                                                       else "no file matches this pattern")]))
    return list(dict.fromkeys(files)), missing


def _not_a_record(data: object) -> str | None:
    """Why a JSON value is set aside (a manifest, JSON that is no record), or None: a record to check."""
    if isinstance(data, dict) and isinstance(data.get("documents"), list) and "pipeline_version" in data:
        return "a batch manifest, not a record"
    if not isinstance(data, dict) or not any(key in data for key in _RECORD_KEYS):
        return "JSON that is not a brochure record (no record_id, schema_version or source)"
    return None


def check_paths(specs: Iterable[str]) -> ValidationRun:
    """Check every record of every file ``specs`` name (see the module's docstring)."""
    from pipeline.schema import record_problems

    files, missing = record_files(specs)
    run = ValidationRun(checked=list(missing), files=len(files))
    for path in files:
        shown = path.as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            run.checked.append(Checked(shown, [(None, f"cannot read: {getattr(error, 'strerror', None) or error}")]))
            continue
        lines = path.suffix.lower() == ".jsonl"
        documents = json_lines(text) if lines else [(None, text)]
        for number, document in documents:
            where = f"{shown}:{number}" if number is not None else shown
            if not document.strip():
                if number is None:
                    run.checked.append(Checked(where, [(None, "the file is empty")]))
                continue
            try:
                data = json.loads(document)
            except json.JSONDecodeError as error:
                run.checked.append(Checked(where, [(None, f"not JSON: {error}")]))
                continue
            if path.name == MANIFEST_NAME or (reason := _not_a_record(data)):
                run.notes.append(f"{where}: skipped: {'a batch manifest, not a record' if path.name == MANIFEST_NAME else reason}")
                continue
            run.checked.append(Checked(where, [(problem.field, problem.reason) for problem in record_problems(data)]))
    return run


def validate_command(specs: list[str], *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """``brochure validate PATH...``: prints "<file>: valid" for each good record (stdout), every error
    of every bad one as "<file>: invalid at <path>: <reason>" (stderr), the notes on what was set
    aside, and a summary line. Returns 0 when all are valid, 1 when any is not, 2 when no record was
    found to check."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    run = check_paths(specs)
    for item in run.checked:
        if item.valid:
            print(f"{item.where}: valid", file=stdout)
        for where, reason in item.problems:
            print(f"{item.where}: invalid at {where}: {reason}" if where else f"{item.where}: {reason}", file=stderr)
    for note in run.notes:
        print(note, file=stderr)
    print(run.summary(), file=stderr)
    if not run.checked:
        print("brochure validate: error: no record files to check (.json or .jsonl)", file=stderr)
        return 2
    return 1 if run.invalid else 0
