"""Score one path of the pipeline (the .txt of each brochure by default, ``--kind pdf`` the PDF) on
the dev sets, per set and per half, with the zoo's scorer, and count its structure errors by cause in
the same pass (bench/text_causes.py for text, bench/pdf_causes.py for PDF).

    python bench/text_dev.py [--jobs 2] [--out FILE.json] [--causes] [--kind txt|pdf] [--sets A,B]
                             [--show ROLE] [--cache DIR]

The dev sets (bench/blind_eval.py DEV_SETS) are cut in two halves so that a change decided on one
can be checked on the other: half A is blind … blind4 and every designs set (one
generator's sentences: no check on each other), half B the independent writers' blind5 … blind18.
Prints F1 per structure role pooled, per half, per set and per language;
with --causes the cause counts per role and half. ``--out`` keeps every brochure's counts (JSON) so
that two runs can be compared brochure by brochure; ``--sets`` scores only the sets named;
``--show ROLE`` (or ``all``) prints every error of that role with its cause (to read, not to fit
strings); ``--cache DIR`` keeps the records as JSON and reads them back (delete it after a change).
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
from score import Counts, f1s, score  # noqa: E402

import pipeline  # noqa: E402
from pipeline.record import BrochureRecord  # noqa: E402

HALF_A = ("blind", "blind2", "blind3", "blind4", "designs8/train", "designs8/held", "designs9/held",
          "designs10/held")
ROLES = ("title", "headings", "bullets", "paragraphs", "tables", "furniture", "quotes")
PDF_ROLES = (*ROLES, "links")
"""The PDF path is scored on its links as well (URLs broken over lines are a layout trap)."""


def _record(source: Path, cached: Path | None):
    if cached is not None and cached.exists():
        return BrochureRecord.model_validate_json(cached.read_text(encoding="utf-8"))
    record = pipeline.extract(source)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(record.model_dump_json(), encoding="utf-8")
    return record


def _one(job: tuple[str, str, str | None, bool]) -> dict:
    """One brochure's counts per role, its language and its errors by cause (role → [(cause, text)])."""
    path_text, kind, cached, detail = job
    path = Path(path_text)
    truth = json.loads(path.with_name(path.name.removesuffix(f".{kind}") + ".truth.json").read_text(encoding="utf-8"))
    try:
        record = _record(path, Path(cached) if cached else None)
    except pipeline.BrochureError as error:
        return {"failed": f"[{error.code}] {error}"}
    counts = score(record, truth)
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if kind == "txt":
        import text_causes

        texts = text_causes.Texts(truth, record)
        for role, find in text_causes.ROLES.items():
            found[role] = [(cause, item) for cause, item in find(texts, truth, record)]
    elif detail:
        from pdf_causes import causes

        for role, side, cause, item in causes(record, truth):
            found[role].append((f"{side}: {cause}", item))
    roles = ROLES if kind == "txt" else PDF_ROLES
    return {"counts": {c: [n.tp, n.fp, n.fn] for c, n in counts.items() if c in roles},
            "language": truth.get("language", "en"), "causes": {role: [c for c, _ in v] for role, v in found.items()},
            "items": {role: v for role, v in found.items()}}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--causes", action="store_true")
    parser.add_argument("--kind", choices=("txt", "pdf"), default="txt")
    parser.add_argument("--sets", default=None)
    parser.add_argument("--show", default=None)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    sets = args.sets.split(",") if args.sets else list(DEV_SETS)
    roles = ROLES if args.kind == "txt" else PDF_ROLES
    detail = args.causes or args.show is not None
    paths, jobs = [], []
    for name in sets:
        for truth_path in sorted((ROOT / "tests" / name).glob("*.truth.json")):
            source = truth_path.with_name(truth_path.name.removesuffix(".truth.json") + f".{args.kind}")
            if source.exists():
                paths.append((name, source))
                cached = args.cache / name.replace("/", "_") / f"{source.stem}.json" if args.cache else None
                jobs.append((str(source), args.kind, str(cached) if cached else None, detail))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(_one, jobs))
    groups: dict[str, dict[str, Counts]] = defaultdict(lambda: defaultdict(Counts))
    causes: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    kept, shown = {}, []
    for (name, path), result in zip(paths, results, strict=True):
        if "failed" in result:
            print(f"{path.relative_to(ROOT)}: failed {result['failed']}")
            continue
        half = "half A" if name in HALF_A else "half B"
        items = result.pop("items")
        kept[str(path.relative_to(ROOT))] = result
        for group in ("pooled", half, name, f"{args.kind}-{result['language']}"):
            for category, (tp, fp, fn) in result["counts"].items():
                groups[group][category].add(Counts(tp, fp, fn))
        for role, found in result["causes"].items():
            causes[half][role].update(found)
            causes["pooled"][role].update(found)
        if args.show is not None:
            shown += [f"{name:<14} {path.stem[:30]:<30} {role:<10} {cause:<24} {item[:100]!r}"
                      for role, found in items.items() if args.show in (role, "all") for cause, item in found]
    order = ["pooled", "half A", "half B", *sets, *sorted(g for g in groups if g.startswith(f"{args.kind}-"))]
    print(f"{'set':<15}" + " ".join(f"{role[:8]:>8}" for role in roles))
    for group in order:
        figures = f1s(groups[group])
        print(f"{group:<15}" + " ".join(f"{'-' if figures.get(r) is None else format(figures[r], '.2f'):>8}" for r in roles))
    if args.causes:
        for half in ("pooled", "half A", "half B"):
            print(f"\n{half}")
            for role, counter in causes[half].items():
                print(f"  {role}: " + ", ".join(f"{cause} {n}" for cause, n in counter.most_common()))
    for line in shown:
        print(line)
    if args.out:
        args.out.write_text(json.dumps(kept, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
