"""Many brochures at once: expand the inputs, extract in worker processes, write every record
atomically, list every input in a manifest, and never let one bad file stop the batch.

Outputs in the output folder:
- ``<name>.json``: one record per brochure (names safe and unique, always inside the folder);
- ``records.jsonl``: every record, one a line, in input order;
- ``manifest.json``: every input with its status (ok / failed / skipped), error code and message,
  warnings, pages and seconds, and the pipeline version; also the files that are no brochures
  (``skipped``, ``unsupported_type``), the paths that do not exist (``failed``, ``not_found``) and
  how many hidden or system files were left out (``pipeline.inputs``).

The records and records.jsonl are the same bytes whatever the number of workers; only the
manifest's ``seconds`` fields measure the run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.build import record_to_json
from pipeline.defaults import DEFAULT_MAX_MEMORY_MB, DEFAULT_OCR_LANGUAGE, DEFAULT_OCR_MODE, DEFAULT_TIMEOUT
from pipeline.errors import BrochureError, FileError, UsageError
from pipeline.extract import extract
from pipeline.files import write_atomic
from pipeline.inputs import SetAside, gather_inputs
from pipeline.load import DEFAULT_MAX_PAGES
from pipeline.record import SCHEMA_VERSION
from pipeline.schema import RecordInvalid
from pipeline.version import __version__
from pipeline.workers import MEMORY_DEATH_SHARE, WorkerDeath, WorkerLimits, run_in_workers

BROCHURE_SUFFIXES = (".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
"""Files under a folder taken as brochures: PDFs, text, and images of scanned pages (read by OCR)."""
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
_UNSAFE = re.compile(r"[^\w.-]+")
LIBRARY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2")
"""The loggers of the libraries the readers use, silenced during a batch: their warnings are about
a file's bytes ("Cannot start new subpath because not all values ... can be parsed as floats"),
printed by Python's last-resort handler among the batch's own lines, once per operator; what
matters of a damaged file is in its record's warnings."""
_CUT_SHORT = re.compile(r"^only the first (\d+) of (\d+) pages were read \(--max-pages\)$")
"""The warning of a record cut short by --max-pages (pipeline.load.text.pages_left_out)."""


@dataclass(slots=True)
class Outcome:
    """What happened to one input: the manifest's entry for it."""

    path: str
    sha256: str | None = None
    status: str = "failed"  # "ok" | "failed" | "skipped"
    code: str | None = None
    message: str | None = None
    output: str | None = None
    pages: int | None = None
    ocr_pages: int = 0
    """Pages of the document read by OCR (``--ocr``)."""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    file_type: str | None = None
    """For a file set aside as no brochure: what it is (``word_document``, ``image``, ``html_page``...)."""
    corrections: str | None = None
    """The sha256 of the corrections file applied to the record (``--corrections``), if any."""


@dataclass(slots=True)
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)
    interrupted: bool = False
    hidden: int = 0
    """Hidden or system files and folders the inputs' folders held, left out (not in ``outcomes``)."""

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def counts(self) -> dict[str, int]:
        counts = Counter(o.status for o in self.outcomes)
        return {status: counts.get(status, 0) for status in ("ok", "failed", "skipped")}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    workers: int = 1
    password: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    resume: bool = False
    max_pages: int | None = DEFAULT_MAX_PAGES
    debug_dir: Path | None = None
    """Where to write each document's blocks as the layout stage left them (``<name>.layout.txt``)."""
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB
    """Address space each worker may use (``--max-memory``); a document that needs more is ``too_large``."""
    reader: str | None = None
    """The PDF reader (``--reader``; None: the default, pipeline.defaults.DEFAULT_PDF_READER)."""
    corrections_dir: Path | None = None
    """Where the editors' corrections files are (``--corrections``; pipeline.corrections): each
    record gets its brochure's corrections applied after extraction."""
    organizations: Path | None = None
    """A registry's own list of organizations merged over the shipped data (``--organizations``;
    pipeline.registry)."""
    ocr: str = DEFAULT_OCR_MODE
    """Which pages are read by OCR (``--ocr``: auto, always, never)."""
    ocr_language: str = DEFAULT_OCR_LANGUAGE
    """The OCR engine's language(s) (``--ocr-lang``)."""


def expand_inputs(specs: Iterable[str]) -> list[Path]:
    """The brochures among files, folders (walked recursively) and glob patterns, in a stable order,
    each once (`pipeline.inputs.gather_inputs` has the files set aside too). Raises UsageError
    naming a spec that matches nothing, or when none of them holds a brochure.

    Under a folder, every entry named like a brochure is an input, also one that is no regular file
    (a broken or looping link, a pipe): it then fails with its reason in the manifest rather than
    vanish from it."""
    inputs = gather_inputs(specs)
    if inputs.missing:
        raise UsageError(f"{inputs.missing[0].path}: {inputs.missing[0].message}")
    if not inputs.brochures:
        raise UsageError(f"{', '.join(specs)}: no .pdf or .txt brochures found")
    return inputs.brochures


def output_names(paths: list[Path]) -> dict[Path, str]:
    """A safe, unique file name (without folder) for each input's record.

    The name is the input's stem with unsafe characters replaced; when two inputs would share a
    name (report.pdf in two folders, or report.pdf beside report.txt) they take their whole file
    name, then their folders' names, until the names differ; so no input can overwrite another's
    record and no name can point outside the output folder."""

    def name(path: Path, depth: int) -> str:
        # depth 0: the stem; 1: the whole file name; 2 and more: that many folders above it too
        parts = [*path.parent.parts[-(depth - 1):], path.name] if depth >= 2 else [path.name if depth else path.stem]
        # no leading dot (a hidden file) or dash (read as an option by shell tools: "-rf.json")
        cleaned = "__".join(_UNSAFE.sub("_", part).strip("._").lstrip("-._") or "_" for part in parts)
        return cleaned[:150] or "brochure"

    names = {path: name(path, 0) for path in paths}
    for depth in range(1, 9):
        clashes = Counter(names.values())
        clashing = [p for p in paths if clashes[names[p]] > 1]
        if not clashing:
            break
        for path in clashing:
            names[path] = name(path, depth)
    clashes = Counter(n.lower() for n in names.values())
    for index, path in enumerate(paths):  # still equal (or equal but for case): number them
        if clashes[names[path].lower()] > 1:
            names[path] = f"{names[path]}-{index + 1}"
    reserved = {Path(MANIFEST).stem, Path(RECORDS).stem}
    return {path: f"{n}-record.json" if n in reserved else f"{n}.json" for path, n in names.items()}


class _Timeout(BaseException):
    """The time limit struck. Not an Exception: the readers catch Exception to turn a parser's
    failure into a reason, and must not turn this one into "corrupt_pdf" (or try again)."""


def _on_alarm(signum, frame):  # pragma: no cover - runs in the signal handler
    raise _Timeout


def extract_to_json(path: str, display_path: str, options: BatchOptions,
                    layout_dump: str | None = None) -> tuple[Outcome, str | None]:
    """Extract one input into (manifest entry, record JSON text or None); never raises for a bad
    document. A document that takes longer than ``options.timeout`` seconds is stopped (code
    ``timeout``); at most ``options.max_pages`` pages of it are read; ``layout_dump`` is where to
    write its blocks for debugging (``--debug-dir``)."""
    timeout = options.timeout
    started = time.perf_counter()
    outcome = Outcome(path=display_path)
    text = None
    use_alarm = timeout > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if use_alarm else None
    try:
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                record = extract(path, display_path=display_path, password=options.password, max_pages=options.max_pages,
                                 layout_dump=layout_dump, reader=options.reader,
                                 ocr=options.ocr, ocr_language=options.ocr_language)
                if options.corrections_dir is not None:
                    record, outcome.corrections = _corrected(record, options.corrections_dir)
                text = record_to_json(record)
            finally:
                # Disarmed before anything else runs: an alarm striking in one of the handlers below
                # would escape them and stop the batch.
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            outcome.status, outcome.pages, outcome.warnings = "ok", record.source.page_count, list(record.warnings)
            outcome.ocr_pages = sum(1 for page in record.pages if page.reader == "ocr")
            outcome.sha256 = record.source.sha256  # the reader hashed the bytes it read: no second read
        except _Timeout:
            text = None
            outcome.code, outcome.message = "timeout", f"took longer than the {timeout:g}-second limit (--timeout)"
        except BrochureError as error:
            outcome.code, outcome.message = error.code, error.message
        except RecordInvalid as error:
            outcome.code, outcome.message = "invalid_record", f"the record does not match the schema at {error}"
        except RecursionError:
            outcome.code, outcome.message = "too_complex", "the file is nested too deeply to read"
        except MemoryError as error:  # the decompression caps say which; the address-space cap says nothing
            outcome.code, outcome.message = "too_large", str(error) or (
                f"reading it needed more than the {options.max_memory_mb:,} MB memory cap (--max-memory)"
                if options.max_memory_mb else "the file needs more memory than is available")
        except Exception as error:  # noqa: BLE001 - one bad file must never stop the batch
            outcome.code, outcome.message = "internal_error", f"{type(error).__name__}: {error}"
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
    if outcome.status != "ok":
        outcome.sha256 = _sha256(path)
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome, text


def _corrected(record, folder: Path):
    """The record with its brochure's corrections applied (and checked against the schema again),
    and the sha256 of the corrections file (None: it has none)."""
    from pipeline.build import record_json_data
    from pipeline.corrections import apply_corrections, read_corrections
    from pipeline.schema import validate_record

    corrections, digest = read_corrections(folder, record.source.sha256)
    if corrections is None:
        return record, None
    corrected = apply_corrections(record, corrections)
    validate_record(record_json_data(corrected))
    return corrected, digest


def _corrections_digest(folder: Path | None, sha256: str | None) -> str | None:
    """The sha256 of the corrections file a record of these bytes would get now (None: none)."""
    if folder is None or sha256 is None:
        return None
    from pipeline.corrections import corrections_path

    return _sha256(str(corrections_path(folder, sha256)))


def _sha256(path: str) -> str | None:
    if not os.path.isfile(path):  # a pipe or a device: opening or reading it may never end
        return None
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


@contextlib.contextmanager
def _terminate_as_interrupt():
    """SIGTERM (a scheduler stopping the job) ends the batch as Ctrl-C does: the workers stopped, what
    finished written and listed in the manifest."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resumable(out_dir: Path) -> dict[str, dict]:
    """Entries of a previous manifest that --resume may keep: ok or skipped, same pipeline version,
    record still there. Keyed by input path."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if manifest.get("pipeline_version") != __version__ or manifest.get("schema_version") != SCHEMA_VERSION:
        return {}  # records of another schema (2.0.0 changed every id) are made again
    return {
        entry["path"]: entry
        for entry in manifest.get("documents", [])
        if entry.get("status") in ("ok", "skipped") and entry.get("output") and _readable_record(out_dir / Path(entry["output"]).name)
    }


def _readable_record(path: Path) -> bool:
    """The record file is there and holds a JSON object: one damaged since (cut short, edited by
    hand) is made again, not kept (records.jsonl is built from the kept files)."""
    try:
        return isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        return False


def _cut_at_another_limit(entry: dict, max_pages: int | None) -> bool:
    """True when the entry's record was cut short by --max-pages and this run's limit would read a
    different number of pages: --resume must not keep it."""
    for warning in entry.get("warnings", []):
        if match := _CUT_SHORT.match(warning):
            read, total = int(match.group(1)), int(match.group(2))
            return read != (total if max_pages is None else min(max_pages, total))
    return False


def run_batch(paths: list[Path], out_dir: Path, options: BatchOptions = BatchOptions(),
              on_done: Callable[[Outcome], None] | None = None, *, set_aside: Iterable[SetAside] = (),
              hidden: int = 0) -> BatchResult:
    """Extract every path into ``out_dir``; returns every input's outcome, in input order, then
    the inputs ``set_aside`` (files that are no brochures, paths that do not exist: see
    `pipeline.inputs.gather_inputs`) as they are; ``hidden`` counts the files left out.

    Records are written as they finish; records.jsonl and manifest.json at the end, also when the
    batch is interrupted (Ctrl-C), so what finished stays valid and listed. Raises UsageError when
    ``options.organizations`` cannot be used (before anything is extracted)."""
    if options.organizations is not None:
        from pipeline.registry import use_registry_organizations

        use_registry_organizations(options.organizations)  # in the parent: the forked workers share it
    aside = [Outcome(path=item.path, status=item.status, code=item.code, message=item.message, file_type=item.file_type)
             for item in set_aside]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file where the folder should be, or one of its parents: nothing can be written
        raise UsageError(f"the output folder {out_dir} cannot be made: {error.strerror or error}") from None
    names = output_names(paths)
    dumps = _layout_dumps(paths, names, options.debug_dir)
    previous = _resumable(out_dir) if options.resume else {}
    outcomes: dict[int, Outcome] = {}
    todo: list[int] = []
    for index, path in enumerate(paths):
        shown = path.as_posix()
        entry = previous.get(shown)
        digest = _sha256(str(path)) if entry else None
        if (entry and entry.get("sha256") == digest and Path(entry["output"]).name == names[path]
                and not _cut_at_another_limit(entry, options.max_pages)
                and entry.get("corrections") == _corrections_digest(options.corrections_dir, digest)):
            kept = Outcome(path=shown, sha256=entry["sha256"], status="skipped", output=names[path], pages=entry.get("pages"),
                           ocr_pages=entry.get("ocr_pages", 0),
                           warnings=entry.get("warnings", []), message="unchanged since the last run (--resume)",
                           corrections=entry.get("corrections"))
            outcomes[index] = kept
            if on_done:
                on_done(kept)
        else:
            todo.append(index)

    def finish(index: int, outcome: Outcome, text: str | None) -> None:
        if text is not None:
            try:
                write_atomic(out_dir / names[paths[index]], text)
                outcome.output = names[paths[index]]
            except (OSError, UnicodeError) as error:  # the disk, not the document: the others may still fit
                outcome.status, outcome.code = "failed", "write_failed"
                outcome.message = f"the record could not be written to {out_dir}: {getattr(error, 'strerror', None) or error}"
        outcomes[index] = outcome
        if on_done:
            on_done(outcome)

    interrupted = False
    try:
        with _terminate_as_interrupt():
            _run_isolated(paths, todo, options, finish, dumps)
    except KeyboardInterrupt:
        interrupted = True
    for index, path in enumerate(paths):
        if index not in outcomes:  # never started or stopped by Ctrl-C: listed, so nothing is lost silently
            outcomes[index] = Outcome(path=path.as_posix(), sha256=_sha256(str(path)), status="skipped", code="interrupted",
                                      message="not extracted: the batch was interrupted")
    result = BatchResult(outcomes=[outcomes[i] for i in sorted(outcomes)] + aside, interrupted=interrupted, hidden=hidden)
    try:
        _write_records(out_dir, result)
        _write_manifest(out_dir, result, total=len(paths) + len(aside))
    except OSError as error:  # (a disk full by now: the records written so far stay, each whole)
        raise FileError(out_dir, f"{RECORDS} and {MANIFEST} could not be written ({error.strerror or error}); "
                                 "free space or fix the folder, then run again") from None
    return result


def _layout_dumps(paths: list[Path], names: dict[Path, str], debug_dir: Path | None) -> dict[int, str]:
    """Input index -> where its layout dump goes (next to nothing else: its own folder)."""
    if debug_dir is None:
        return {}
    debug_dir.mkdir(parents=True, exist_ok=True)
    return {index: str(debug_dir / f"{Path(names[path]).stem}.layout.txt") for index, path in enumerate(paths)}


def _death_outcome(path: Path, death: WorkerDeath, options: BatchOptions) -> Outcome:
    """The manifest's entry for a document whose worker died or was killed."""
    if death.cause == "deadline":
        code, message = "timeout", f"took longer than the {options.timeout:g}-second limit (--timeout); its worker was stopped"
    elif death.cause == "memory" and (options.max_memory_mb is None
                                      or death.peak_memory_mb < MEMORY_DEATH_SHARE * options.max_memory_mb):
        # (SIGKILL far below the cap: the kernel's out-of-memory killer, the machine being short of memory, or another process)
        below = ("with no memory cap" if options.max_memory_mb is None
                 else f"below the {options.max_memory_mb:,} MB memory cap (--max-memory)")
        code, message = "too_large", (f"its worker was {death.detail}, {below}: killed by the system (out of memory) "
                                      f"or by another process")
    elif death.cause == "memory":
        code, message = "too_large", (f"needed more than the {options.max_memory_mb:,} MB memory cap (--max-memory); "
                                      f"its worker was {death.detail}")
    else:
        code, message = "worker_crashed", f"the worker process died on this document ({death.detail}; a crash in native code)"
    return Outcome(path=path.as_posix(), sha256=_sha256(str(path)), code=code, message=message, seconds=death.seconds)


_RETIRING_CODES = frozenset({"timeout", "too_large", "too_complex", "internal_error"})
"""After these the worker's libraries may be in a bad state (an alarm or a MemoryError struck inside
them): a fresh worker takes the next document."""


def _run_isolated(paths: list[Path], todo: list[int], options: BatchOptions, finish, dumps: dict[int, str]) -> None:
    """Extract ``todo`` in worker processes (pipeline.workers), each document under the time limit
    and the memory cap; ``finish`` is called for each, with a result or with why its worker died."""
    if not todo:  # (a --resume with nothing new: no worker, no spaCy)
        return
    jobs = [(str(paths[i]), paths[i].as_posix(), options, dumps.get(i)) for i in todo]
    limits = WorkerLimits(timeout=options.timeout, max_memory_mb=options.max_memory_mb)
    with _library_logs_silenced():  # (in the parent: the forked workers inherit it)
        run_in_workers(
            jobs, _extract_job, workers=options.workers, limits=limits,
            on_result=lambda job, result: finish(todo[job], *result),
            on_death=lambda job, death: finish(todo[job], _death_outcome(paths[todo[job]], death, options), None),
            warm_up=_warm_up,
            retire_after=lambda result: result[0].code in _RETIRING_CODES,
        )


@contextlib.contextmanager
def _library_logs_silenced():
    """LIBRARY_LOGGERS' records go nowhere while the block runs (a handler that drops them, and no
    passing on to the root logger, whose absence of handlers sends them to stderr); as they were after."""
    saved = []
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        dropped = logging.NullHandler()
        saved.append((logger, dropped, logger.propagate))
        logger.addHandler(dropped)
        logger.propagate = False
    try:
        yield
    finally:
        for logger, dropped, propagate in saved:
            logger.removeHandler(dropped)
            logger.propagate = propagate


def _extract_job(job: tuple[str, str, BatchOptions, str | None]) -> tuple[Outcome, str | None]:
    return extract_to_json(*job)


def _warm_up() -> None:
    """Build the spaCy pipeline, the patterns and the validator once in the parent, before the
    workers are forked: they share them, and a worker that replaces a killed one is ready at once."""
    from pipeline.extract import warm_up

    warm_up()


def _write_records(out_dir: Path, result: BatchResult) -> None:
    lines = []
    for outcome in result.outcomes:
        if outcome.status in ("ok", "skipped") and outcome.output:
            record = json.loads((out_dir / outcome.output).read_text(encoding="utf-8"))
            lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    write_atomic(out_dir / RECORDS, "".join(lines))


def _write_manifest(out_dir: Path, result: BatchResult, total: int) -> None:
    manifest = {
        "pipeline_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "complete": not result.interrupted and len(result.outcomes) == total,
        "counts": {**result.counts(), "inputs": total},
        "hidden_left_out": result.hidden,  # hidden and system files and folders of the inputs' folders
        "ocr_pages": sum(outcome.ocr_pages for outcome in result.outcomes),
        "documents": [asdict(outcome) for outcome in result.outcomes],
    }
    write_atomic(out_dir / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def summary_lines(result: BatchResult, out_dir: Path, *, quiet: bool = False) -> list[str]:
    """What ``brochure extract`` prints at the end: the counts (the skipped files by why: unchanged,
    no brochure, interrupted; the hidden files left out), then every failure and every file that is
    no brochure, one a line. With ``quiet``, only the failures (and the counts above them)."""
    from pipeline.progress import printable

    counts = result.counts()
    failed = result.failed
    not_brochures = [o for o in result.outcomes if o.status == "skipped" and o.code in ("unsupported_type", "empty_folder")]
    skipped = counts["skipped"] - len(not_brochures)
    lines = []
    if not quiet or failed:
        parts = [f"{counts['ok']} extracted", f"{counts['failed']} failed"]
        if not_brochures:
            parts.append(f"{len(not_brochures)} skipped (no brochure)")
        if skipped:
            parts.append(f"{skipped} skipped (unchanged or interrupted)")
        if result.hidden:
            parts.append(f"{result.hidden} hidden or system file{'s' * (result.hidden != 1)} left out")
        lines.append(f"{', '.join(parts)}; records and manifest.json in {out_dir}/")
    lines += [f"  failed: {printable(o.path)}: {printable(o.message)} [{o.code}]" for o in failed]
    if not quiet:
        lines += [f"  skipped: {printable(o.path)}: {printable(o.message)} [{o.code}]" for o in not_brochures]
    if result.interrupted:
        lines.append("brochure: interrupted; what finished is written and listed in manifest.json")
    return lines
