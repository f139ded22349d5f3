"""Score the text path (the .txt of each brochure) on the dev sets, per set and per half, with the
zoo's scorer, and count its structure errors by cause (bench/text_causes.py) in the same pass.

    python bench/text_dev.py [--jobs 2] [--out FILE.json] [--causes]

The dev sets (bench/blind_eval.py DEV_SETS) are cut in two halves so that a change decided on one
can be checked on the other: half A is blind … blind4 and designs8/train, half B blind5, blind6,
blind7 and designs8/held. Prints F1 per structure role pooled, per half, per set and per language;
with --causes the cause counts per role and half. ``--out`` keeps every brochure's counts (JSON) so
that two runs can be compared brochure by brochure.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))

from blind_eval import DEV_SETS  # noqa: E402
from score import Counts, f1s, score  # noqa: E402

import pipeline  # noqa: E402

HALF_A = ("blind", "blind2", "blind3", "blind4", "designs8/train")
ROLES = ("title", "headings", "bullets", "paragraphs", "tables", "furniture", "quotes")


def _one(path_text: str) -> dict:
    import text_causes

    path = Path(path_text)
    truth = json.loads(path.with_name(path.name.removesuffix(".txt") + ".truth.json").read_text(encoding="utf-8"))
    record = pipeline.extract(path)
    counts = score(record, truth)
    texts = text_causes.Texts(truth, record)
    causes = {role: [cause for cause, _ in find(texts, truth, record)] for role, find in text_causes.ROLES.items()}
    return {"counts": {c: [n.tp, n.fp, n.fn] for c, n in counts.items() if c in ROLES},
            "language": truth.get("language", "en"), "causes": causes}


def main(argv: list[str]) -> int:
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else None
    paths = []
    for name in DEV_SETS:
        for truth_path in sorted((ROOT / "tests" / name).glob("*.truth.json")):
            source = truth_path.with_name(truth_path.name.removesuffix(".truth.json") + ".txt")
            if source.exists():
                paths.append((name, source))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_one, [str(p) for _, p in paths]))
    groups: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    causes: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    kept = {}
    for (name, path), result in zip(paths, results, strict=True):
        half = "half A" if name in HALF_A else "half B"
        kept[str(path.relative_to(ROOT))] = result
        for group in ("pooled", half, name, f"txt-{result['language']}"):
            for category, (tp, fp, fn) in result["counts"].items():
                groups[group][category].add(Counts(tp, fp, fn))
        for role, found in result["causes"].items():
            causes[half][role].update(found)
            causes["pooled"][role].update(found)
    order = ["pooled", "half A", "half B", *DEV_SETS, *sorted(g for g in groups if g.startswith("txt-"))]
    print(f"{'set':<15}" + " ".join(f"{role[:8]:>8}" for role in ROLES))
    for group in order:
        figures = f1s(groups[group])
        print(f"{group:<15}" + " ".join(f"{'-' if figures.get(r) is None else format(figures[r], '.2f'):>8}" for r in ROLES))
    if "--causes" in argv:
        for half in ("pooled", "half A", "half B"):
            print(f"\n{half}")
            for role, counter in causes[half].items():
                print(f"  {role}: " + ", ".join(f"{cause} {n}" for cause, n in counter.most_common()))
    if out:
        out.write_text(json.dumps(kept, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
