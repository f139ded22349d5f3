"""Evaluate the pipeline on the brochure zoo (tests/zoo/corpus): P/R/F1 per category, for PDF and
text, per producer and per design family; the worst documents; bench/eval-results.json.

    python bench/eval.py [--jobs 2] [--only ID,ID] [--write-baseline]

--write-baseline scores the gate subset (tests/zoo/gate.json "documents") and writes its baseline
into tests/zoo/gate.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from multiprocessing import Pool
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from score import CATEGORIES, Counts, score  # noqa: E402

CORPUS = ROOT / "tests" / "zoo" / "corpus"
GATE = ROOT / "tests" / "zoo" / "gate.json"
KINDS = ("pdf", "txt")

EMPTY = SimpleNamespace(title=None, sections=[], tables=[], furniture=[], quotes=[], contacts=[], links=[], partnerships=[],
                        entities=SimpleNamespace(organizations=[], countries=[], years=[]))


def run_one(job):
    """(doc id, kind) -> a result dict with counts per category."""
    import pipeline

    doc_id, kind = job
    truth = json.loads((CORPUS / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    error = None
    try:
        rec = pipeline.extract(str(CORPUS / f"{doc_id}.{kind}"))
    except Exception as exc:  # an error scores as an empty record
        rec = EMPTY
        error = f"{type(exc).__name__}: {exc}"
    counts = score(rec, truth)
    return {"document": doc_id, "producer": truth["producer"], "family": truth["family"], "kind": kind,
            "seconds": round(time.perf_counter() - t0, 3), "error": error,
            "scores": {c: (counts[c].prf() or {}).get("f1") for c in CATEGORIES},
            "counts": {c: counts[c].as_list() for c in CATEGORIES}}


def run_sample(path):
    import pipeline

    t0 = time.perf_counter()
    try:
        pipeline.extract(str(path))
        return {"sample": path.name, "ok": True, "seconds": round(time.perf_counter() - t0, 3)}
    except Exception:
        return {"sample": path.name, "ok": False, "error": traceback.format_exc(limit=1)}


def aggregate(results):
    tot = {c: Counts() for c in CATEGORIES}
    for r in results:
        for c in CATEGORIES:
            tot[c].add(Counts(*r["counts"][c]))
    return {c: tot[c].prf() for c in CATEGORIES}


def doc_ids():
    return sorted(p.name[: -len(".truth.json")] for p in CORPUS.glob("*.truth.json"))


def evaluate(ids, jobs=2):
    work = [(d, k) for d in ids for k in KINDS]
    if jobs > 1:
        with Pool(jobs) as pool:
            return pool.map(run_one, work, chunksize=4)
    return [run_one(w) for w in work]


def select_gate(ids, extra=("rl-report", "rl-trifold", "html-magazine", "html-sidebar", "lo-letter")):
    """About 20 documents: the first of every design family, a second of a few."""
    by = {}
    for d in ids:
        by.setdefault(d.rsplit("-", 1)[0], []).append(d)
    out = [v[0] for v in by.values()] + [by[f][1] for f in extra if len(by.get(f, [])) > 1]
    return sorted(out)


def fmt(v):
    return "  -  " if v is None else f"{v:.2f}"


def print_table(rows, label):
    print(f"\n{label}")
    print(f"{'':22s}" + "".join(f"{c[:8]:>9s}" for c in CATEGORIES))
    for name, agg in rows:
        print(f"{name[:22]:22s}" + "".join(f"{fmt((agg[c] or {}).get('f1')):>9s}" for c in CATEGORIES))


def mean_f1(r):
    vals = [v for v in r["scores"].values() if v is not None]
    return sum(vals) / len(vals) if vals else 0.0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    ap.add_argument("--write-baseline", action="store_true")
    ap.add_argument("--select", action="store_true", help="with --write-baseline: choose the gate's documents afresh")
    ap.add_argument("--out", default=str(ROOT / "bench" / "eval-results.json"))
    args = ap.parse_args(argv)
    t0 = time.time()
    if args.write_baseline:
        gate = json.loads(GATE.read_text()) if GATE.exists() else {}
        if args.select or not gate.get("documents"):
            gate = {"documents": select_gate(doc_ids())}
        results = evaluate(gate["documents"], args.jobs)
        gate["baseline"] = {k: {c: (v or {}).get("f1") for c, v in aggregate([r for r in results if r["kind"] == k]).items()}
                            for k in KINDS}
        gate["documents_baseline"] = {f"{r['document']}.{r['kind']}": r["scores"] for r in results}
        GATE.write_text(json.dumps(gate, indent=1) + "\n")
        print(f"wrote the baseline of {len(gate['documents'])} documents to {GATE} ({time.time() - t0:.0f} s)")
        return
    ids = args.only.split(",") if args.only else doc_ids()
    if not ids:
        sys.exit("no zoo documents: run `make zoo` first")
    results = evaluate(ids, args.jobs)
    samples = [run_sample(p) for p in sorted((ROOT / "samples").iterdir()) if p.suffix in (".pdf", ".txt")]
    summary = {"documents": len(ids), "seconds": None}
    summary["by_kind"] = {k: aggregate([r for r in results if r["kind"] == k]) for k in KINDS}
    producers = sorted({r["producer"] for r in results})
    families = sorted({r["family"] for r in results})
    summary["by_producer"] = {p: {k: aggregate([r for r in results if r["producer"] == p and r["kind"] == k]) for k in KINDS}
                              for p in producers}
    summary["by_family"] = {f: {k: aggregate([r for r in results if r["family"] == f and r["kind"] == k]) for k in KINDS}
                            for f in families}
    summary["errors"] = [f"{r['document']}.{r['kind']}: {r['error']}" for r in results if r["error"]]
    summary["samples"] = samples
    worst = sorted(results, key=mean_f1)[:10]
    summary["worst"] = [{"document": f"{r['document']}.{r['kind']}", "mean_f1": round(mean_f1(r), 3),
                         "lowest": sorted(((c, v) for c, v in r["scores"].items() if v is not None), key=lambda x: x[1])[:3]}
                        for r in worst]
    summary["seconds"] = round(time.time() - t0, 1)

    print_table([(k, summary["by_kind"][k]) for k in KINDS], f"F1 per category, {len(ids)} zoo documents")
    for k in KINDS:
        print(f"\n{k}: P / R per category")
        for c in CATEGORIES:
            a = summary["by_kind"][k][c]
            if a:
                print(f"  {c:14s} P {a['p']:.2f}  R {a['r']:.2f}  F1 {a['f1']:.2f}")
    print_table([(f"{p} {k}", summary["by_producer"][p][k]) for p in producers for k in KINDS], "F1 per producer")
    print_table([(f"{f} {k}", summary["by_family"][f][k]) for f in families for k in KINDS], "F1 per design family")
    print("\nworst 10 documents (mean F1 over categories):")
    for w in summary["worst"]:
        print(f"  {w['document']:28s} {w['mean_f1']:.2f}  lowest: " + ", ".join(f"{c} {v:.2f}" for c, v in w["lowest"]))
    if summary["errors"]:
        print(f"\n{len(summary['errors'])} extraction errors, e.g. {summary['errors'][0]}")
    bad = [s for s in samples if not s["ok"]]
    print(f"\nsamples: {len(samples) - len(bad)}/{len(samples)} extracted without error")
    docs = [{k: r[k] for k in ("document", "producer", "family", "kind", "scores", "error", "seconds")} for r in results]
    Path(args.out).write_text(json.dumps({"documents": docs, "summary": summary}, indent=1) + "\n")
    print(f"wrote {args.out} ({summary['seconds']} s)")


if __name__ == "__main__":
    main()
