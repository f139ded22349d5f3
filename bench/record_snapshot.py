"""Records of every document a speed change must not change, written to a folder, and two such
folders compared byte for byte: the samples, tests/blind*/ (every blind set in the repository is a dev
set once scored: a set still held out is kept outside it), tests/designs*/ and the zoo's corpus (tests/zoo/corpus).

    PYTHONPATH=. python bench/record_snapshot.py OUT_DIR [--jobs N]   # N: 1 or 2 on this machine
    PYTHONPATH=. python bench/record_snapshot.py --compare BEFORE AFTER  # exit 1 when any differs

Each document's record is its ``record_to_json`` text (a document that fails: its error's type and
message), at ``OUT_DIR/<its path>.json``."""

from __future__ import annotations

import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

def inputs() -> list[Path]:
    """The PDFs and texts of the folders above, in order."""
    tests = ROOT / "tests"
    folders = [ROOT / "samples", tests / "zoo" / "corpus", *sorted(tests.glob("blind*")), *sorted(tests.glob("designs*"))]
    return [path for folder in folders for path in sorted(folder.rglob("*")) if path.suffix in (".pdf", ".txt") and path.is_file()]


def record_text(path: Path) -> tuple[str, str]:
    """(the document's path from the repository's root, its record's JSON text or its error)."""
    from pipeline.build import record_to_json
    from pipeline.extract import extract

    relative = str(path.relative_to(ROOT))
    try:
        return relative, record_to_json(extract(path, display_path=relative))
    except Exception as error:  # noqa: BLE001 - a document that fails is compared by its error
        return relative, f"ERROR {type(error).__name__}: {error}\n"


def compare(before: Path, after: Path) -> int:
    """Print how many records differ between two snapshot folders; 1 when any does (or a file is missing)."""
    names_before = {p.relative_to(before) for p in before.rglob("*.json")}
    names_after = {p.relative_to(after) for p in after.rglob("*.json")}
    differ = sorted(str(name) for name in names_before & names_after if (before / name).read_bytes() != (after / name).read_bytes())
    print(f"{len(names_before)} and {len(names_after)} records; only before {len(names_before - names_after)}, "
          f"only after {len(names_after - names_before)}; {len(differ)} differ")
    for name in differ[:50]:
        print("  differs:", name)
    return 1 if differ or names_before != names_after else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"]:
        return compare(Path(argv[1]), Path(argv[2]))
    out = Path(argv[0])
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    paths = inputs()
    with Pool(jobs) as pool:
        for relative, text in pool.imap_unordered(record_text, paths, chunksize=4):
            target = out / (relative + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    print(len(paths), "documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
