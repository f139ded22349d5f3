"""The command line: parses arguments and calls the library. Exit status: 0 all good, 1 some
documents failed or differ, 2 bad usage."""

from __future__ import annotations

import argparse
import contextlib
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
from pipeline.errors import FileError, UsageError
from pipeline.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXPORT_FORMATS = ("csv", "parquet", "jsonld")
"""``brochure export --to`` (pipeline.export.FORMATS: the same; kept here so that --help starts fast)."""


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
        description="Extract brochures (files, folders searched recursively, or globs) into one JSON record each, "
                    "records.jsonl (all records, input order) and manifest.json (every input's status and reason: files "
                    "that are no brochures are listed as skipped, missing paths as failed, and the rest still run). "
                    "Scanned pages and page images (.png, .jpg, .tif) are read by OCR (--ocr).",
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
    extract.add_argument("--corrections", metavar="DIR", type=Path,
                         help="folder of the editors' corrections files (<source sha256>.json): each record gets its "
                              "brochure's corrections applied after extraction, and says so")
    extract.add_argument("--organizations", metavar="FILE", type=Path,
                         help="a registry's own organizations (CSV or JSON: id, name, acronym, variants, kind, country), "
                              "recognised like the shipped ones; their ids appear in the records beside ours")
    extract.add_argument("--export", choices=EXPORT_FORMATS, metavar="csv|parquet|jsonld",
                         help="also write the batch's records as flat tables or JSON-LD into DIR/export/")
    extract.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    validate = commands.add_parser("validate", help="check record files against the JSON Schema",
                                   description="Check record files (.json, or .jsonl with one record a line) against the schema: "
                                               "files, folders (searched recursively) or globs; manifests and other JSON are "
                                               "set aside with a note; every error of every record is printed with its JSON path.",
                                   epilog="Exit status: 0 all valid, 1 some invalid or unreadable, 2 nothing to check.")
    validate.add_argument("files", nargs="+", metavar="PATH", help="record files, folders or glob patterns")

    diff = commands.add_parser("diff", help="what changed between two records or two output folders",
                               description="Compare two records, or two output folders (matched by source sha256, then name).",
                               epilog="Exit status: 0 no differences, 1 differences, 2 error.")
    diff.add_argument("old", metavar="OLD", help="a record file or an output folder")
    diff.add_argument("new", metavar="NEW", help="a record file or an output folder")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    diff.add_argument("--ids", action="store_true",
                      help="print the map from OLD's ids to NEW's instead (records of one source matched by record_id): "
                           "what a registry needs after the id scheme changed (schema 2.0.0)")

    report = commands.add_parser("report", help="write HTML pages to review records (one per brochure, and an index)",
                                 description="Static HTML pages that work offline: sections, highlighted entities, tables, "
                                             "partnerships, warnings, each source page beside its record with the blocks' "
                                             "boxes; an index to sort, filter and search (failures and records that need "
                                             "attention first); the batch's partnerships, organizations and countries.")
    report.add_argument("source", metavar="RECORD.json|FOLDER", help="a record file, or an output folder of records")
    report.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the HTML pages")
    report.add_argument("--sources", action="append", metavar="DIR", type=Path,
                        help="folder the records' source paths are relative to, to show each source page beside its record "
                             "(default: the current folder; may be given more than once)")
    report.add_argument("--no-sources", action="store_true", help="do not show the source pages")
    report.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    export = commands.add_parser(
        "export", help="write records as flat tables (CSV, Parquet) or JSON-LD",
        description="Tables that join on the records' ids (records, partnerships, parties, organizations, mentions, "
                    "countries, themes, sections, tables), or one JSON-LD document with a schema.org context.")
    export.add_argument("sources", nargs="+", metavar="FOLDER|FILE", help="output folders of `brochure extract`, or record files")
    export.add_argument("--to", required=True, choices=EXPORT_FORMATS, help="csv, parquet (needs pyarrow) or jsonld")
    export.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the exported files")
    export.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")

    schema = commands.add_parser("schema", help="print the JSON Schema of a record (or its version)")
    schema.add_argument("--version", action="store_true", dest="schema_version", help="print only the schema version")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "validate":
            from pipeline.validate import validate_command

            return validate_command(args.files)
        if args.command == "diff" and args.ids:
            from pipeline.ids import id_map_command

            return id_map_command(args.old, args.new, as_json=args.json)
        if args.command == "diff":
            from pipeline.diff import diff_command

            return diff_command(args.old, args.new, as_json=args.json)
        if args.command == "report":
            from pipeline.report import report_command

            return report_command(args.source, args.output, quiet=args.quiet, sources=args.sources,
                                  show_sources=not args.no_sources)
        if args.command == "export":
            from pipeline.export import export_command

            return export_command(args.sources, args.output, args.to, quiet=args.quiet)
        if args.command == "schema":
            if args.schema_version:
                from pipeline.record import SCHEMA_VERSION

                print(SCHEMA_VERSION)
                return EXIT_OK
            from pipeline.schema import schema_text

            sys.stdout.write(schema_text())
            return EXIT_OK
    except UsageError as error:
        print(f"brochure: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except FileError as error:  # (extract: the output folder took no more: its records.jsonl and manifest)
        print(f"brochure: error: {error}", file=sys.stderr)
        return EXIT_FAILED
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
    from pipeline.batch import BatchOptions, run_batch, summary_lines  # the heavy modules: spaCy, pdfplumber
    from pipeline.inputs import gather_inputs
    from pipeline.progress import progress_reporter

    inputs = gather_inputs(args.paths)
    if not inputs.brochures and len(inputs.missing) == len(inputs.set_aside):  # only missing paths: bad usage
        raise UsageError("; ".join(f"{item.path}: {item.message}" for item in inputs.missing) or "no inputs")
    out_dir = Path(args.output)
    options = BatchOptions(workers=args.workers, password=args.password, timeout=args.timeout, resume=args.resume,
                           max_pages=args.max_pages, debug_dir=args.debug_dir, max_memory_mb=args.max_memory,
                           reader=args.reader, corrections_dir=args.corrections, organizations=args.organizations,
                           ocr=args.ocr, ocr_language=args.ocr_lang)
    with progress_reporter(len(inputs.brochures), quiet=args.quiet) as report:
        result = run_batch(inputs.brochures, out_dir, options, on_done=report, set_aside=inputs.set_aside, hidden=inputs.hidden)
    _say(summary_lines(result, out_dir, quiet=args.quiet))
    if result.interrupted:
        return 130
    if not inputs.brochures:  # nothing at all could be read: the manifest says why
        raise UsageError(f"nothing to extract: no .pdf or .txt brochure among {', '.join(args.paths)} "
                         f"(manifest.json in {out_dir}/ lists what was found)")
    if args.export:
        from pipeline.export import export_command

        export_command([str(out_dir)], str(out_dir / "export"), args.export, quiet=args.quiet)
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


if __name__ == "__main__":
    sys.exit(main())
