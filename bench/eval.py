"""Evaluate the pipeline on the brochure zoo (tests/zoo/corpus): P/R/F1 per category, for PDF and
text, per producer, per design family and per content family; the worst documents; bench/eval-results.json.

    python bench/eval.py [--jobs 2] [--only ID,ID] [--write-baseline [--select]] [--markdown]

Each document is scored in each of its views (truth "variants"): "pdf" (as the producer wrote it, tagged
when the producer tags), "pdf-untagged" (a copy without structure tree, so the layout path is measured on
its own), "txt" (pdftotext) and "txt-pdfminer" (pdfminer's extract_text). The headline figures per kind
("pdf", "txt") are those of the "pdf" and "txt" views, so they compare with earlier runs.

The zoo's French and Spanish documents (tests/zoo/corpus-fr, corpus-es) are scored beside the English
ones in "by_language" (and "by_language_family", the PDF per design family, to read them held out by
family); every other figure, the gate included, is the English zoo's, as before.

--write-baseline scores the gate subset (tests/zoo/gate.json "documents") and writes its baseline, one
per view, into tests/zoo/gate.json; --select chooses the gate's documents afresh.
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
LANGUAGES = ("en", "fr", "es")
LANGUAGE_CORPORA = {"en": CORPUS, "fr": ROOT / "tests" / "zoo" / "corpus-fr", "es": ROOT / "tests" / "zoo" / "corpus-es"}
"""The English zoo, and its French and Spanish documents (ids "fr-..." and "es-..."), each in its folder."""
GATE = ROOT / "tests" / "zoo" / "gate.json"
KINDS = ("pdf", "txt")
VIEWS = ("pdf", "pdf-untagged", "txt", "txt-pdfminer")
VIEW_FILE = {"pdf": "{id}.pdf", "pdf-untagged": "{id}.untagged.pdf", "txt": "{id}.txt", "txt-pdfminer": "{id}.pdfminer.txt"}

EMPTY = SimpleNamespace(title=None, sections=[], tables=[], furniture=[], quotes=[], contacts=[], links=[], partnerships=[],
                        entities=SimpleNamespace(organizations=[], countries=[], years=[]))


def corpus_of(doc_id):
    """The folder of a zoo document: its language's corpus (the id's prefix says it)."""
    prefix = doc_id.split("-", 1)[0]
    return LANGUAGE_CORPORA.get(prefix, CORPUS) if prefix in LANGUAGES else CORPUS


def view_path(doc_id, view):
    return corpus_of(doc_id) / VIEW_FILE[view].format(id=doc_id)


def design_features(truth) -> list[str]:
    """The design features a document has (from its truth), to score documents with and without each."""
    d = truth.get("design") or {}
    feats = {
        "small-caps": d.get("small_caps"), "letter-spaced": d.get("letter_spaced"),
        "run-in": any(h.get("run_in") for h in truth["headings"]),
        "symbol-font-bullets": d.get("list_style") in ("zapf", "dings", "pifont"), "vector-bullets": d.get("list_style") == "vector",
        "long-list": d.get("long_list"), "footnote": bool(truth.get("footnotes")), "justified": d.get("justify"),
        "deck-or-tagline": bool(truth.get("decks") or truth.get("taglines")),
        "unruled-table": d.get("table_rules") == "none" and bool(truth["tables"]), "multi-column": (d.get("columns") or 1) > 1,
    }
    return sorted(k for k, v in feats.items() if v)


def run_one(job):
    """(doc id, view) -> a result dict with counts per category (and the finer "category@part" counts)."""
    import pipeline

    doc_id, view = job
    truth = json.loads((corpus_of(doc_id) / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    error = None
    try:
        rec = pipeline.extract(str(view_path(doc_id, view)))
    except Exception as exc:  # an error scores as an empty record
        rec = EMPTY
        error = f"{type(exc).__name__}: {exc}"
    counts = score(rec, truth)
    return {"document": doc_id, "producer": truth["producer"], "family": truth["family"],
            "content_family": truth.get("content_family"), "kind": view.split("-")[0], "view": view,
            "language": truth.get("language", "en"),
            "tagged": bool(truth.get("tagged")) and view == "pdf", "features": design_features(truth),
            "seconds": round(time.perf_counter() - t0, 3), "error": error,
            "scores": {c: (counts[c].prf() or {}).get("f1") for c in CATEGORIES},
            "counts": {c: counts[c].as_list() for c in CATEGORIES},
            "parts": {c: v.as_list() for c, v in counts.items() if "@" in c}}


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


def aggregate_parts(results):
    """The finer counts summed: {"organizations@unknown": {p, r, f1, tp, fp, fn}, "partnerships@signed": ...}."""
    tot: dict[str, Counts] = {}
    for r in results:
        for c, v in r.get("parts", {}).items():
            tot.setdefault(c, Counts()).add(Counts(*v))
    return {c: {**(v.prf() or {}), "tp": v.tp, "fp": v.fp, "fn": v.fn} for c, v in sorted(tot.items())}


def doc_ids(languages=("en",)):
    """The zoo's documents in ``languages`` (the English zoo alone by default: the gate and the headline)."""
    return sorted(p.name[: -len(".truth.json")] for language in languages for p in LANGUAGE_CORPORA[language].glob("*.truth.json"))


def views_of(doc_id):
    truth = json.loads((corpus_of(doc_id) / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    return [v for v in truth.get("variants", list(KINDS)) if view_path(doc_id, v).exists()]


def evaluate(ids, jobs=2, views=VIEWS):
    work = [(d, v) for d in ids for v in views_of(d) if v in views]
    if jobs > 1:
        with Pool(jobs) as pool:
            return pool.map(run_one, work, chunksize=4)
    return [run_one(w) for w in work]


def gate_key(view, language):
    """The gate baseline's key of a view in a language: the view's name for English, else "view@language"."""
    return view if language == "en" else f"{view}@{language}"


def select_language_gate(ids, most=6):
    """The first document of each design family of one language's corpus, at most ``most``: the French
    and Spanish part of the gate."""
    firsts = {}
    for d in ids:
        firsts.setdefault(d.split("-", 1)[1].rsplit("-", 1)[0], d)
    return sorted(firsts.values())[:most]


def select_gate(ids, extra=("rl-report", "rl-trifold", "html-magazine", "html-sidebar", "lo-letter")):
    """About 30 documents: the first of every design family, a second of a few; and at least three with an
    untagged copy and three with pdfminer's text, so that every view has a baseline."""
    by = {}
    for d in ids:
        by.setdefault(d.rsplit("-", 1)[0], []).append(d)
    out = [v[0] for v in by.values()] + [by[f][1] for f in extra if len(by.get(f, [])) > 1]
    for view in ("pdf-untagged", "txt-pdfminer"):
        have = [d for d in out if view in views_of(d)]
        for d in ids:
            if len(have) >= 3:
                break
            if d not in out and view in views_of(d):
                out.append(d)
                have.append(d)
    return sorted(out)


def fmt(v):
    return "  -  " if v is None else f"{v:.2f}"


def print_table(rows, label):
    print(f"\n{label}")
    print(f"{'':26s}" + "".join(f"{c[:8]:>9s}" for c in CATEGORIES))
    for name, agg in rows:
        print(f"{name[:26]:26s}" + "".join(f"{fmt((agg[c] or {}).get('f1')):>9s}" for c in CATEGORIES))


def mean_f1(r):
    vals = [v for v in r["scores"].values() if v is not None]
    return sum(vals) / len(vals) if vals else 0.0


def summarize(ids, results, samples):
    """The summary written beside the per-document results."""
    every_language = [r for r in results if r["view"] in KINDS]
    # the French and Spanish documents side by side with the English ones, per language (and per
    # design family, to read them held out by family); every other figure is the English zoo's
    languages = [lang for lang in LANGUAGES if any(r.get("language", "en") == lang for r in every_language)]
    by_language = {lang: {k: aggregate([r for r in every_language if r.get("language", "en") == lang and r["kind"] == k]) for k in KINDS}
                   for lang in languages}
    by_language_family = {lang: {f: aggregate([r for r in every_language if r.get("language", "en") == lang and r["family"] == f
                                               and r["kind"] == "pdf"])
                                 for f in sorted({r["family"] for r in every_language if r.get("language", "en") == lang})}
                          for lang in languages}
    language_documents = {lang: len({r["document"] for r in every_language if r.get("language", "en") == lang}) for lang in languages}
    results = [r for r in results if r.get("language", "en") == "en"]
    ids = [d for d in ids if corpus_of(d) == CORPUS]
    main = [r for r in results if r["view"] in KINDS]  # the headline: the PDF as written, pdftotext's text
    summary = {"documents": len(ids), "seconds": None, "by_language": by_language, "by_language_family": by_language_family,
               "language_documents": language_documents}
    summary["by_kind"] = {k: aggregate([r for r in main if r["kind"] == k]) for k in KINDS}
    summary["by_view"] = {v: aggregate([r for r in results if r["view"] == v]) for v in VIEWS}
    # the same documents tagged and untagged: does the layout path hold up without the tree?
    paired = {r["document"] for r in results if r["view"] == "pdf-untagged"}
    summary["by_view"]["pdf-tagged-paired"] = aggregate([r for r in results if r["view"] == "pdf" and r["document"] in paired])
    # every tagged PDF of the zoo, read through its tree (issue 16's measure), and the untagged ones
    tagged = [r for r in results if r["view"] == "pdf" and r["tagged"]]
    summary["by_view"]["pdf-tagged"] = aggregate(tagged)
    summary["by_view"]["pdf-never-tagged"] = aggregate([r for r in results if r["view"] == "pdf" and not r["tagged"]])
    # the same documents through both text extractors
    mined = {r["document"] for r in results if r["view"] == "txt-pdfminer"}
    summary["by_view"]["txt-pdftotext-paired"] = aggregate([r for r in results if r["view"] == "txt" and r["document"] in mined])
    summary["view_documents"] = {v: sum(1 for r in results if r["view"] == v) for v in VIEWS}
    summary["view_documents"].update({"pdf-tagged-paired": len(paired), "txt-pdftotext-paired": len(mined), "pdf-tagged": len(tagged),
                                      "pdf-never-tagged": sum(1 for r in results if r["view"] == "pdf" and not r["tagged"])})
    producers = sorted({r["producer"] for r in results})
    families = sorted({r["family"] for r in results})
    contents = sorted({r["content_family"] for r in results if r["content_family"]})
    summary["by_producer"] = {p: {k: aggregate([r for r in main if r["producer"] == p and r["kind"] == k]) for k in KINDS}
                              for p in producers}
    summary["by_family"] = {f: {k: aggregate([r for r in main if r["family"] == f and r["kind"] == k]) for k in KINDS}
                            for f in families}
    summary["by_content_family"] = {c: {k: aggregate([r for r in main if r["content_family"] == c and r["kind"] == k]) for k in KINDS}
                                    for c in contents}
    summary["parts"] = {k: aggregate_parts([r for r in main if r["kind"] == k]) for k in KINDS}
    feats = sorted({f for r in results for f in r.get("features", [])})
    summary["by_feature"] = {f: {f"{k} {side}": aggregate([r for r in main if r["kind"] == k and (f in r["features"]) == (side == "with")])
                                 for k in KINDS for side in ("with", "without")} for f in feats}
    summary["feature_documents"] = {f: sum(1 for r in main if r["kind"] == "pdf" and f in r["features"]) for f in feats}
    summary["errors"] = [f"{r['document']}.{r['view']}: {r['error']}" for r in results if r["error"]]
    summary["samples"] = samples
    worst = sorted(main, key=mean_f1)[:10]
    summary["worst"] = [{"document": f"{r['document']}.{r['kind']}", "mean_f1": round(mean_f1(r), 3),
                         "lowest": sorted(((c, v) for c, v in r["scores"].items() if v is not None), key=lambda x: x[1])[:3]}
                        for r in worst]
    return summary


def print_summary(ids, summary):
    print_table([(k, summary["by_kind"][k]) for k in KINDS], f"F1 per category, {summary['documents']} zoo documents (English)")
    if len(summary.get("by_language", {})) > 1:
        n = summary["language_documents"]
        print_table([(f"{lang} {k} ({n[lang]})", summary["by_language"][lang][k]) for lang in summary["by_language"] for k in KINDS],
                    "F1 per language (the English zoo and its French and Spanish documents)")
    for k in KINDS:
        print(f"\n{k}: P / R per category")
        for c in CATEGORIES:
            a = summary["by_kind"][k][c]
            if a:
                print(f"  {c:14s} P {a['p']:.2f}  R {a['r']:.2f}  F1 {a['f1']:.2f}")
    n = summary["view_documents"]
    print_table([(f"{v} ({n[v]})", summary["by_view"][v])
                 for v in ("pdf-tagged", "pdf-never-tagged", "pdf-tagged-paired", "pdf-untagged", "txt-pdftotext-paired", "txt-pdfminer")],
                "F1 per view: every tagged PDF and every other; the same documents tagged and untagged, through pdftotext and pdfminer")
    print_table([(f"{p} {k}", summary["by_producer"][p][k]) for p in summary["by_producer"] for k in KINDS], "F1 per producer")
    print_table([(f"{f} {k}", summary["by_family"][f][k]) for f in summary["by_family"] for k in KINDS], "F1 per design family")
    print_table([(f"{c} {k}", summary["by_content_family"][c][k]) for c in summary["by_content_family"] for k in KINDS],
                "F1 per content family")
    print_table([(f"{f} ({summary['feature_documents'][f]}) with", summary["by_feature"][f]["pdf with"]) for f in summary["by_feature"]]
                + [("all documents", summary["by_kind"]["pdf"])], "PDF F1 on the documents that have each design feature")
    for k in KINDS:
        print(f"\n{k}: organizations the data files do not list, and partnerships by phrasing family (recall)")
        for c, a in summary["parts"][k].items():
            print(f"  {c:40s} R {fmt(a.get('r')):>5s}  ({a['tp']} of {a['tp'] + a['fn']})" +
                  (f"  P {fmt(a.get('p'))}" if c.startswith("organizations") else ""))
    print("\nworst 10 documents (mean F1 over categories):")
    for w in summary["worst"]:
        print(f"  {w['document']:28s} {w['mean_f1']:.2f}  lowest: " + ", ".join(f"{c} {v:.2f}" for c, v in w["lowest"]))
    if summary["errors"]:
        print(f"\n{len(summary['errors'])} extraction errors, e.g. {summary['errors'][0]}")
    bad = [s for s in summary["samples"] if not s["ok"]]
    print(f"\nsamples: {len(summary['samples']) - len(bad)}/{len(summary['samples'])} extracted without error")


def markdown_tables(results_path):
    """The README's tables, from a results file that eval wrote (nothing is run)."""
    data = json.loads(Path(results_path).read_text(encoding="utf-8"))
    summary, docs = data["summary"], data["documents"]
    head = "| {} | " + " | ".join(CATEGORIES) + " |\n|---|" + "---|" * len(CATEGORIES)

    def row(name, agg):
        return f"| {name} | " + " | ".join(fmt((agg[c] or {}).get("f1")) for c in CATEGORIES) + " |"

    out = [head.format("kind"), *(row(k, summary["by_kind"][k]) for k in KINDS), ""]
    if len(summary.get("by_language", {})) > 1:
        n = summary["language_documents"]
        out += [head.format("language (documents)"), *(row(f"{lang} {k} ({n[lang]})", summary["by_language"][lang][k])
                                                       for lang in summary["by_language"] for k in KINDS), ""]
    n = summary["view_documents"]
    out += [head.format("view (documents)"), *(row(f"{v} ({n[v]})", summary["by_view"][v])
                                               for v in ("pdf-tagged", "pdf-never-tagged", "pdf-tagged-paired", "pdf-untagged",
                                                         "txt-pdftotext-paired", "txt-pdfminer")), ""]
    for k in KINDS:
        count = {p: sum(1 for d in docs if d["producer"] == p and d["view"] == k and d.get("language", "en") == "en")
                 for p in summary["by_producer"]}
        out += [head.format(f"producer ({k}, documents)"),
                *(row(f"{p} ({count[p]})", summary["by_producer"][p][k]) for p in summary["by_producer"]), ""]
    out += [head.format("content family (pdf)"), *(row(c, v["pdf"]) for c, v in summary["by_content_family"].items()), ""]
    if "by_feature" in summary:
        out += [head.format("design feature (pdf, documents)"),
                *(row(f"{f} ({summary['feature_documents'][f]})", v["pdf with"]) for f, v in summary["by_feature"].items()), ""]
    parts = summary["parts"]["pdf"]
    out += ["| finer counts (pdf) | recall | of |", "|---|---|---|",
            *(f"| {c} | {fmt(a.get('r'))} | {a['tp'] + a['fn']} |" for c, a in parts.items())]
    return "\n".join(out)


def write_baseline(jobs, select):
    t0 = time.time()
    gate = json.loads(GATE.read_text()) if GATE.exists() else {}
    if select or not gate.get("documents"):
        gate = {"documents": select_gate(doc_ids())}
    if select or not any(corpus_of(d) != CORPUS for d in gate["documents"]):
        gate["documents"] += [d for language in LANGUAGES[1:] for d in select_language_gate(doc_ids((language,)))]
    results = evaluate(gate["documents"], jobs)
    # one baseline per view and language: English under the view's name, the others "view@fr", "view@es",
    # so that a fall in one language is not hidden by the others
    gate["baseline"] = {gate_key(v, lang): {c: (a or {}).get("f1") for c, a in aggregate(
        [r for r in results if r["view"] == v and r["language"] == lang]).items()}
        for lang in LANGUAGES for v in VIEWS if any(r["view"] == v and r["language"] == lang for r in results)}
    gate["documents_baseline"] = {f"{r['document']}.{r['view']}": r["scores"] for r in results}
    GATE.write_text(json.dumps(gate, indent=1) + "\n")
    print(f"wrote the baseline of {len(gate['documents'])} documents ({len(results)} views) to {GATE} ({time.time() - t0:.0f} s)")


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    ap.add_argument("--write-baseline", action="store_true")
    ap.add_argument("--select", action="store_true", help="with --write-baseline: choose the gate's documents afresh")
    ap.add_argument("--out", default=str(ROOT / "bench" / "eval-results.json"))
    ap.add_argument("--markdown", action="store_true", help="print the README's tables from the results file (--out) and stop")
    args = ap.parse_args(argv)
    if args.markdown:
        return print(markdown_tables(args.out))
    if args.write_baseline:
        return write_baseline(args.jobs, args.select)
    t0 = time.time()
    ids = args.only.split(",") if args.only else doc_ids(LANGUAGES)
    if not ids:
        sys.exit("no zoo documents: run `make zoo` first")
    results = evaluate(ids, args.jobs)
    samples = [run_sample(p) for p in sorted((ROOT / "samples").iterdir()) if p.suffix in (".pdf", ".txt")]
    summary = summarize(ids, results, samples)
    summary["seconds"] = round(time.time() - t0, 1)
    print_summary(ids, summary)
    keys = ("document", "producer", "family", "content_family", "language", "kind", "view", "tagged", "features", "scores", "parts",
            "error", "seconds")
    docs = [{k: r[k] for k in keys} for r in results]
    Path(args.out).write_text(json.dumps({"documents": docs, "summary": summary}, indent=1) + "\n")
    print(f"wrote {args.out} ({summary['seconds']} s)")


if __name__ == "__main__":
    main()
