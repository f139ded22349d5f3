"""Many brochures at once: expand the inputs, extract each, write records atomically, report failures."""

from __future__ import annotations

import glob
import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.build import record_to_json
from pipeline.errors import BrochureError, UsageError
from pipeline.extract import extract
from pipeline.record import BrochureRecord
from pipeline.schema import RecordInvalid

BROCHURE_SUFFIXES = (".pdf", ".txt")
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(slots=True)
class Outcome:
    """What happened to one input."""

    path: str
    status: str  # "ok" | "failed"
    output: str | None = None
    code: str | None = None
    message: str | None = None
    record: BrochureRecord | None = None


@dataclass(slots=True)
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def expand_inputs(specs: Iterable[str]) -> list[Path]:
    """Files, folders (searched recursively for .pdf and .txt) and glob patterns, in a stable order,
    each once. Raises UsageError naming a spec that matches nothing."""
    found: list[Path] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in BROCHURE_SUFFIXES)
            if not matches:
                raise UsageError(f"{spec}: the folder holds no .pdf or .txt brochures")
            found.extend(matches)
        elif path.exists():
            found.append(path)
        elif glob.has_magic(spec):
            matches = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not matches:
                raise UsageError(f"{spec}: no file matches this pattern")
            found.extend(matches)
        else:
            raise UsageError(f"{spec}: no such file or folder")
    return list(dict.fromkeys(found))


def output_names(paths: list[Path]) -> dict[Path, str]:
    """A safe, unique file name (without folder) for each input's record.

    The name is the input's stem with unsafe characters replaced; when two inputs would share a
    name (report.pdf in two folders, or report.pdf beside report.txt) each gets its parent folder
    names until the names differ, so no input can overwrite another's record."""
    def name(path: Path, depth: int) -> str:
        # depth 0: the stem; 1: the whole file name; 2 and more: that many folders above it too
        parts = [*path.parent.parts[-(depth - 1):], path.name] if depth >= 2 else [path.name if depth else path.stem]
        cleaned = "__".join(_UNSAFE.sub("_", part).strip("._") or "_" for part in parts)
        return cleaned[:150] or "brochure"

    names = {path: name(path, 0) for path in paths}
    for depth in range(1, 9):
        clashes = Counter(names.values())
        clashing = [p for p in paths if clashes[names[p]] > 1]
        if not clashing:
            break
        for path in clashing:
            names[path] = name(path, depth)
    clashes = Counter(names.values())
    for index, path in enumerate(paths):  # still equal after every folder: number them
        if clashes[names[path]] > 1:
            names[path] = f"{names[path]}-{index + 1}"
    return {path: f"{n}.json" for path, n in names.items()}


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename, so a
    reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def extract_one(path: Path, password: str | None = None) -> Outcome:
    """Extract one input, turning every failure into an Outcome with a code and a reason."""
    shown = path.as_posix()
    try:
        record = extract(path, display_path=shown, password=password)
    except BrochureError as error:
        return Outcome(shown, "failed", code=error.code, message=error.message)
    except RecordInvalid as error:
        return Outcome(shown, "failed", code="invalid_record", message=f"the record does not match the schema at {error}")
    except Exception as error:  # noqa: BLE001 - one bad file must never stop the batch
        return Outcome(shown, "failed", code="internal_error", message=f"{type(error).__name__}: {error}")
    return Outcome(shown, "ok", record=record)


def run_batch(paths: list[Path], out_dir: Path, *, password: str | None = None,
              on_done: Callable[[Outcome], None] | None = None) -> BatchResult:
    """Extract every path and write ``<name>.json`` per brochure plus ``records.jsonl`` (input order)."""
    names = output_names(paths)
    result = BatchResult()
    lines: list[str] = []
    for path in paths:
        outcome = extract_one(path, password)
        if outcome.record is not None:
            target = out_dir / names[path]
            write_atomic(target, record_to_json(outcome.record))
            outcome.output = target.as_posix()
            lines.append(json.dumps(outcome.record.model_dump(mode="json"), ensure_ascii=False))
        result.outcomes.append(outcome)
        if on_done is not None:
            on_done(outcome)
    write_atomic(out_dir / "records.jsonl", "".join(f"{line}\n" for line in lines))
    return result
