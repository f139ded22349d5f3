"""Golden files: the expected record of every sample, in tests/golden/.

`make golden` runs ``python -m tests.golden_files --write`` to rewrite them; read the diff before
committing. A text sample's golden file is <stem>.json, a PDF sample's <stem>.pdf.json.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import pipeline
from pipeline.diff import diff_records, format_change

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".pdf"))


def golden_path(sample: Path) -> Path:
    name = sample.stem + (".pdf" if sample.suffix == ".pdf" else "")
    return GOLDEN / f"{name}.json"


def current_json(sample: Path) -> str:
    """The record of a sample as `make run` writes it (path relative to the repository root)."""
    record = pipeline.extract(sample, display_path=sample.relative_to(ROOT).as_posix())
    return pipeline.record_to_json(record)


def readable_diff(expected: str, actual: str, name: str) -> str:
    """What changed, first in words (`brochure diff`), then as a unified diff of the JSON text."""
    try:
        changes = [format_change(c) for c in diff_records(json.loads(expected), json.loads(actual))] if expected else []
    except ValueError:
        changes = []
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(), f"golden/{name}", f"now/{name}", lineterm="", n=2)
    summary = "".join(f"  {line}\n" for line in changes)
    return (f"In words:\n{summary}\n" if summary else "") + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite the golden files")
    args = parser.parse_args(argv)
    GOLDEN.mkdir(exist_ok=True)
    changed = 0
    for sample in sample_files():
        target = golden_path(sample)
        actual = current_json(sample)
        expected = target.read_text(encoding="utf-8") if target.exists() else ""
        if actual != expected:
            changed += 1
            print(readable_diff(expected, actual, target.name) or f"new: {target.name}")
            if args.write:
                target.write_text(actual, encoding="utf-8")
    print(f"{changed} golden file(s) {'rewritten' if args.write else 'differ'}", file=sys.stderr)
    return 0 if args.write or not changed else 1


if __name__ == "__main__":
    sys.exit(main())
