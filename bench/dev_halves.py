"""PDF structure on the dev sets, per set and per half, with the cause counts of bench/pdf_causes.py.

    python bench/dev_halves.py [--jobs N] [--cache DIR] [--kind pdf|txt] [--causes] [--show ROLE] [--sets A,B]

A change is judged held out by set: the dev sets are split into two halves (HALVES: the sets read
before session 9 and the sets that joined the dev sets this session); a fix found on one half must
raise the other. Prints F1 per structure role for every set, each half pooled and all pooled;
``--causes`` adds each set's error counts by cause (pdf_causes.causes); ``--cache DIR`` keeps records.
"""

from __future__ import annotations

import argparse
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
from pdf_causes import causes  # noqa: E402
from score import Counts, f1s, score  # noqa: E402

import pipeline  # noqa: E402
from pipeline.record import BrochureRecord  # noqa: E402

HALVES = {
    "A": ("blind", "blind2", "blind3", "blind4", "designs8/train"),
    "B": ("blind5", "blind6", "blind7", "designs8/held"),
}
assert set(HALVES["A"]) | set(HALVES["B"]) == set(DEV_SETS)
SHOWN = ("title", "headings", "bullets", "paragraphs", "tables", "furniture", "quotes", "links")


def _extract(job: tuple[str, str]) -> tuple[str, str | None]:
    source, cached = job
    cached_path = Path(cached)
    if cached_path.exists():
        return source, cached_path.read_text(encoding="utf-8")
    try:
        text = pipeline.extract(Path(source)).model_dump_json()
    except pipeline.BrochureError:
        return source, None
    cached_path.parent.mkdir(parents=True, exist_ok=True)
    cached_path.write_text(text, encoding="utf-8")
    return source, text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", default=None)
    parser.add_argument("--kind", default="pdf")
    parser.add_argument("--causes", action="store_true")
    parser.add_argument("--show", default=None)
    parser.add_argument("--sets", default=None)
    args = parser.parse_args(argv)
    sets = args.sets.split(",") if args.sets else list(DEV_SETS)
    cache = Path(args.cache) if args.cache else Path("/tmp") / f"dev_halves_{args.kind}_nocache"
    jobs, truths = [], {}
    for name in sets:
        for truth_path in sorted((ROOT / "tests" / name).glob("*.truth.json")):
            base = truth_path.name.removesuffix(".truth.json")
            source = truth_path.parent / f"{base}.{args.kind}"
            if source.exists():
                jobs.append((str(source), str(cache / name.replace("/", "_") / f"{base}.json")))
                truths[str(source)] = (name, json.loads(truth_path.read_text(encoding="utf-8")))
    with ProcessPoolExecutor(args.jobs) as pool:
        records = dict(pool.map(_extract, jobs))
    per_set: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    tally: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    shown = []
    for source, text in records.items():
        name, truth = truths[source]
        if text is None:
            print(f"{source}: failed")
            continue
        record = BrochureRecord.model_validate_json(text)
        for category, count in score(record, truth).items():
            per_set[name][category].add(count)
        if args.causes or args.show:
            for role, side, cause, item in causes(record, truth):
                tally[name][role][f"{side}: {cause}"] += 1
                if args.show in (role, "all"):
                    shown.append(f"{name:<14} {truth['id'][:30]:<30} {side:<6} {cause:<22} {item[:100]!r}")

    def pooled(names) -> dict[str, Counts]:
        out: dict[str, Counts] = defaultdict(Counts)
        for n in names:
            for category, count in per_set.get(n, {}).items():
                out[category].add(count)
        return out

    print(f"{'set':<15}" + " ".join(f"{c[:7]:>7}" for c in SHOWN))
    rows = [(n, per_set[n]) for n in sets if n in per_set]
    rows += [(f"half {h}", pooled(ns)) for h, ns in HALVES.items()] + [("all", pooled(sets))]
    for label, counts in rows:
        figures = f1s(counts)
        print(f"{label:<15}" + " ".join(f"{'-' if figures.get(c) is None else format(figures[c], '.2f'):>7}" for c in SHOWN))
    if args.causes:
        for name in sets:
            print(f"\n== {name}")
            for role, counter in tally[name].items():
                print(f"  {role} ({sum(counter.values())}): " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
