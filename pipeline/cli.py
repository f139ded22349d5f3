"""The command line: parses arguments and calls the library. Exit status: 0 all good, 1 some
documents failed or differ, 2 bad usage."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from pipeline.defaults import (
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_MAX_PAGES,
    DEFAULT_OCR_LANGUAGE,
    DEFAULT_OCR_MODE,
    DEFAULT_PDF_READER,
    DEFAULT_TIMEOUT,
    MIN_MAX_MEMORY_MB,
    OCR_MODES,
    PDF_READERS,
)
from pipeline.errors import UsageError
from pipeline.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brochure",
        description="Turn ILO brochures (PDF or text) into schema-validated JSON records.",
        epilog="Exit status: 0 all good, 1 some documents failed (the rest are written), 2 bad usage.",
    )
    parser.add_argument("--version", action="version", version=f"brochure-pipeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="extract brochures into JSON records",
        description="Extract brochures (files, folders searched recursively for .pdf/.txt/.png/.jpg/.tif, or globs) into one JSON record "
                    "each, records.jsonl (all records, input order) and manifest.json (every input's status and reason).",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="brochure files, folders or glob patterns")
    extract.add_argument("-o", "--output", default="outputs", metavar="DIR", help="folder for the records (default: outputs)")
    extract.add_argument("-w", "--workers", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                         help="worker processes (default: the number of CPUs)")
    extract.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help=f"stop a document that takes longer and report it as failed (code timeout); its worker "
                              f"is killed a moment later if it does not stop (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    extract.add_argument("--max-memory", type=_memory_cap, default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                         help=f"memory (address space) each worker process may use; a document that needs more is "
                              f"reported as failed (code too_large) and the batch goes on (default: {DEFAULT_MAX_MEMORY_MB}, "
                              f"at least {MIN_MAX_MEMORY_MB})")
    extract.add_argument("--reader", choices=PDF_READERS, default=None,
                         help=f"the PDF reader: pdfplumber (pdfminer underneath, the reference) or pdfium (PDFium: about 3 "
                              f"times faster on pages without tables; what it cannot read it hands to pdfplumber) "
                              f"(default: {DEFAULT_PDF_READER})")
    extract.add_argument("--ocr", choices=OCR_MODES, default=DEFAULT_OCR_MODE,
                         help="read pages by OCR: auto (pages without a usable text layer, and image files), always "
                              f"(every page), never (a scan fails with no_text_layer) (default: {DEFAULT_OCR_MODE})")
    extract.add_argument("--ocr-lang", default=DEFAULT_OCR_LANGUAGE, metavar="LANG",
                         help=f"the OCR language(s), as Tesseract names them: eng, fra, eng+fra (default: {DEFAULT_OCR_LANGUAGE})")
    extract.add_argument("--resume", action="store_true",
                         help="skip inputs whose bytes and pipeline version match an ok entry of the output folder's manifest")
    extract.add_argument("--password", help="password for encrypted PDFs")
    extract.add_argument("--debug-dir", metavar="DIR", type=Path,
                         help="also write each document's blocks as the layout stage left them (<name>.layout.txt)")
    extract.add_argument("--max-pages", type=_positive_int, default=DEFAULT_MAX_PAGES, metavar="N",
                         help=f"read at most the first N pages of a document; the record warns when pages were left out "
                              f"(default: {DEFAULT_MAX_PAGES})")
    extract.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    validate = commands.add_parser("validate", help="check record files against the JSON Schema",
                                   description="Check record files (.json, or .jsonl with one record a line) against the schema.")
    validate.add_argument("files", nargs="+", metavar="FILE")

    diff = commands.add_parser("diff", help="what changed between two records or two output folders",
                               description="Compare two records, or two output folders (matched by source sha256, then name).",
                               epilog="Exit status: 0 no differences, 1 differences, 2 error.")
    diff.add_argument("old", metavar="OLD", help="a record file or an output folder")
    diff.add_argument("new", metavar="NEW", help="a record file or an output folder")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")

    report = commands.add_parser("report", help="write HTML pages to review records (one per brochure, and an index)",
                                 description="Static HTML pages that work offline: sections, highlighted entities, tables, "
                                             "partnerships, warnings; the index lists failures first.")
    report.add_argument("source", metavar="RECORD.json|FOLDER", help="a record file, or an output folder of records")
    report.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the HTML pages")
    report.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    commands.add_parser("schema", help="print the JSON Schema of a record")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "validate":
            return _validate(args.files)
        if args.command == "diff":
            from pipeline.diff import diff_command

            return diff_command(args.old, args.new, as_json=args.json)
        if args.command == "report":
            from pipeline.report import report_command

            return report_command(args.source, args.output, quiet=args.quiet)
        if args.command == "schema":
            from pipeline.schema import schema_text

            sys.stdout.write(schema_text())
            return EXIT_OK
    except UsageError as error:
        print(f"brochure: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("brochure: interrupted", file=sys.stderr)
        return 130
    return EXIT_USAGE


def _memory_cap(text: str) -> int:
    value = int(text)
    if value < MIN_MAX_MEMORY_MB:
        raise argparse.ArgumentTypeError(f"must be {MIN_MAX_MEMORY_MB} MB or more (the libraries alone take about 300)")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _extract(args: argparse.Namespace) -> int:
    from pipeline.batch import BatchOptions, expand_inputs, run_batch  # the heavy modules: spaCy, pdfplumber
    from pipeline.progress import printable, progress_reporter

    paths = expand_inputs(args.paths)
    out_dir = Path(args.output)
    options = BatchOptions(workers=args.workers, password=args.password, timeout=args.timeout, resume=args.resume,
                           max_pages=args.max_pages, debug_dir=args.debug_dir, max_memory_mb=args.max_memory,
                           reader=args.reader, ocr=args.ocr, ocr_language=args.ocr_lang)
    with progress_reporter(len(paths), quiet=args.quiet) as report:
        result = run_batch(paths, out_dir, options, on_done=report)
    counts = result.counts()
    lines = []
    if not args.quiet or result.failed:
        lines.append(f"{counts['ok']} extracted, {counts['skipped']} skipped, {counts['failed']} failed; "
                     f"records and manifest.json in {out_dir}/")
    lines += [f"  failed: {printable(o.path)}: {printable(o.message)} [{o.code}]" for o in result.failed]
    if result.interrupted:
        lines.append("brochure: interrupted; what finished is written and listed in manifest.json")
    _say(lines)
    if result.interrupted:
        return 130
    return EXIT_FAILED if result.failed else EXIT_OK


def _say(lines: list[str]) -> None:
    """Print to stderr; a reader that went away (a closed pipe) changes nothing: the records and
    the manifest are written already, and the exit status still tells."""
    try:
        for line in lines:
            print(line, file=sys.stderr)
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        with contextlib.suppress(OSError):  # so that Python's own flush at exit does not complain
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


def _validate(files: list[str]) -> int:
    from pipeline.schema import RecordInvalid, validate_record

    for name in files:
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"{name}: cannot read: {error}", file=sys.stderr)
            return EXIT_FAILED
        documents = text.splitlines() if path.suffix == ".jsonl" else [text]
        for number, document in enumerate(documents, start=1):
            where = f"{name}:{number}" if path.suffix == ".jsonl" else name
            if not document.strip():
                continue
            try:
                validate_record(json.loads(document))
            except json.JSONDecodeError as error:
                print(f"{where}: not JSON: {error}", file=sys.stderr)
                return EXIT_FAILED
            except RecordInvalid as error:
                print(f"{where}: invalid at {error.field}: {error.reason}", file=sys.stderr)
                return EXIT_FAILED
        print(f"{where if path.suffix != '.jsonl' else name}: valid")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
