"""Score the partnerships alone on the dev sets, per half, per kind and per language, from documents
read up to their entities once (bench/train_relations.py's cache): a change to the relations stage
is measured in seconds, not in a full extraction of every brochure.

    python bench/partnership_dev.py [--kinds txt,pdf] [--sets A,B] [--step STEP] [--out FILE.json]
                                    [--compare FILE.json] [--cache DIR] [--jobs 2]

Half A and half B are bench/text_dev.py's (decide on A, check on B). Prints precision, recall and F1
(the zoo's scorer: parties, instrument and year all right) per half × kind, and per half × kind ×
language. ``--out`` keeps every brochure's (tp, fp, fn); ``--compare`` prints the brochures whose
counts moved against such a file (to read, not to fit strings).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))

from blind_eval import DEV_SETS  # noqa: E402
from score import Counts, matched_partnerships  # noqa: E402
from text_dev import HALF_A  # noqa: E402
from train_relations import documents  # noqa: E402


def _prf(counts: Counts) -> str:
    p = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    r = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} R {r:.2f} F1 {f:.3f}  (tp {counts.tp} fp {counts.fp} fn {counts.fn})"


def main(argv=None) -> int:
    from pipeline.relations import find_partnerships

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kinds", default="txt,pdf")
    parser.add_argument("--sets", default=",".join(DEV_SETS))
    parser.add_argument("--step", default=None, help="the relation step (default the pipeline's)")
    parser.add_argument("--out")
    parser.add_argument("--compare")
    parser.add_argument("--cache", default="/tmp/brochure-relations-cache")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    totals: dict[tuple, Counts] = defaultdict(Counts)
    per_doc: dict[str, list[int]] = {}
    for name in args.sets.split(","):
        half = "A" if name in HALF_A else "B"
        for _, doc_id, kind, truth, annotated in documents([f"../{name}"], args.kinds.split(","), Path(args.cache), args.jobs):
            found = find_partnerships(annotated, args.step).partnerships
            tp = len(matched_partnerships(found, annotated.entities.organizations, truth, annotated.entities.countries))
            counts = Counts(tp, len(found) - tp, len(truth["partnerships"]) - tp)
            per_doc[f"{name}/{doc_id}.{kind}"] = [counts.tp, counts.fp, counts.fn]
            language = truth.get("language", "en")
            for group in ((half, kind), (half, kind, language), ("all", kind)):
                totals[group].add(counts)
    for group in sorted(totals, key=lambda g: (g[0] == "all", len(g), g)):
        print(f"{' '.join(group):14s} {_prf(totals[group])}")
    if args.out:
        Path(args.out).write_text(json.dumps(per_doc, indent=1, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        for doc, now in sorted(per_doc.items()):
            if doc in before and before[doc] != now:
                print(f"  moved {doc}: {before[doc]} -> {now}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
