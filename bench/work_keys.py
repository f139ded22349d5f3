"""How well the work key links the PDF and the text of one brochure: over the zoo's pairs, the share
of pairs whose two records share a key, and the keys two different brochures share (must be none).

    python bench/work_keys.py [RECORDS_DIR]

RECORDS_DIR: an output folder of `brochure extract tests/zoo/corpus` (records named <id>.pdf.json,
<id>.txt.json); without it the zoo is extracted first (a few minutes)."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.publication import with_publication  # noqa: E402
from pipeline.record import as_record  # noqa: E402

CORPUS = ROOT / "tests" / "zoo" / "corpus"


def key_of(path: Path) -> str:
    record = as_record(json.loads(path.read_text(encoding="utf-8")))
    return (record.publication or with_publication(record).publication).work_key


def measure(records: Path) -> dict:
    ids = sorted(p.name.removesuffix(".truth.json") for p in CORPUS.glob("*.truth.json"))
    pairs_equal, owners = 0, defaultdict(set)
    for doc_id in ids:
        pdf, txt = key_of(records / f"{doc_id}.pdf.json"), key_of(records / f"{doc_id}.txt.json")
        pairs_equal += pdf == txt
        owners[pdf].add(doc_id)
        owners[txt].add(doc_id)
    shared = {key: sorted(docs) for key, docs in owners.items() if len(docs) > 1}
    return {"pairs": len(ids), "pairs_with_one_key": pairs_equal, "share": round(pairs_equal / len(ids), 4),
            "keys_shared_by_different_brochures": shared}


def main() -> None:
    if len(sys.argv) > 1:
        print(json.dumps(measure(Path(sys.argv[1])), indent=2))
        return
    from pipeline.batch import BatchOptions, expand_inputs, run_batch

    with tempfile.TemporaryDirectory() as out:
        run_batch(expand_inputs([str(CORPUS)]), Path(out), BatchOptions(workers=2))
        print(json.dumps(measure(Path(out)), indent=2))


if __name__ == "__main__":
    main()
