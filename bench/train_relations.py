"""Train the learned relation step (pipeline/relation_model.py) and compare it with the rules, held out.

    python bench/train_relations.py [--seed 1] [--no-write] [--kinds txt] [--jobs 2] [--report bench/relations-cv.json]

Training: the zoo's phrasing rounds 1, 2 and 4 (tests/zoo/corpus-phrasing, -phrasing2, -phrasing4), the
French and Spanish zoo (corpus-fr, corpus-es) without the sentences of its held-out phrasing families
(tests/zoo/content_lang.PHRASINGS_HELD_OUT), and two thirds of the bank of passages written blind
(corpus-bank7, from tests/bank7 by bench/bank_corpus.py). Held out, never trained on: the zoo
(tests/zoo/corpus), round 3 (corpus-phrasing3), the fr/es round 3 (corpus-phrasing-fr, -es), those fr/es
families and the bank's other third (corpus-bank7-held).
Each document is read up to its entities once (cached under --cache, keyed by the file's bytes and the
pipeline's code), then every sentence's candidate pairs (cue x party) get their features and, from the truth, their label: the party is a
party of a truth partnership of the cue's instrument that the sentence states (two of its parties or
all of them among the sentence's). Writes pipeline/data/relation_model.json (boosted trees as data,
no pickle) and a report of partnership P/R/F1 for the rules, the model and the hybrid on each held-out set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from content_lang import PHRASINGS_HELD_OUT  # noqa: E402
from score import Counts, matched_partnerships, party_keys, predicted_party_names  # noqa: E402
from train_labeller import to_forest_json  # noqa: E402  (the block labeller's format: pipeline.structure.labeller.Forest)

ZOO = ROOT / "tests" / "zoo"
TRAIN = ("corpus-phrasing", "corpus-phrasing2", "corpus-phrasing4", "corpus-fr", "corpus-es", "corpus-bank7")
HELD_OUT = ("corpus", "corpus-phrasing3", "corpus-phrasing-fr", "corpus-phrasing-es", "corpus-fr", "corpus-es", "corpus-bank7-held")
"""Held-out sets (corpus-fr and corpus-es: their PHRASINGS_HELD_OUT families only; corpus-phrasing-fr and -es:
the French and Spanish round 3, written by another engineer after the trees were trained; corpus-bank7-held:
the third of the bank of passages written blind (tests/bank7, bench/bank_corpus.py) never trained on)."""
STEPS = ("rules", "model", "hybrid", "fill", "cooccurrence")
"""What is compared: the rules, the trees alone, the trees where the rules find nothing (the shipped
default), and a simple baseline in the hybrid's place: where the rules find nothing, every party of
the sentence with its first cue's instrument and nearest year."""
TREES, DEPTH, LEARNING_RATE = 150, 3, 0.1
MODEL = ROOT / "pipeline" / "data" / "relation_model.json"


def _code_digest() -> str:
    """The digest of what the document is read with up to its entities: the pipeline's code and data but
    the relations stage's (relations.py, relation_model.py and its trees, and of instruments.json only
    the instrument phrases, which the entities stage reads: the cue words and connectors are the
    relations stage's)."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "pipeline").rglob("*")):
        if path.suffix not in (".py", ".json") or "relation" in path.name:
            continue
        if path.name == "instruments.json":
            phrases = json.loads(path.read_text(encoding="utf-8")).get("instruments", {})
            digest.update(json.dumps(phrases, sort_keys=True).encode())
        else:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def annotate(job):
    """The document read up to its entities (the relations stage reads it afresh): cached by the file's
    sha256 and the digest of the pipeline's code (relations excluded: it is what is trained)."""
    path, cache_dir, code = job
    from pipeline.entities import find_entities
    from pipeline.layout import layout
    from pipeline.load import load
    from pipeline.structure import structure

    data = Path(path).read_bytes()
    cached = Path(cache_dir) / f"{hashlib.sha256(data).hexdigest()[:24]}-{code}.pickle"
    if cached.exists():
        return path, cached
    laid_out = layout(load(path))
    kind = "text" if laid_out.source.media_type == "text/plain" else "pdf"
    from pipeline.defaults import DEFAULT_LABELLER_BY_INPUT

    annotated = find_entities(structure(laid_out, DEFAULT_LABELLER_BY_INPUT[kind]))
    # a local cache of this script's, never shipped: written aside and moved into place, so that a run
    # stopped halfway (or another one reading the same cache) never finds half a pickle
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
    partial.write_bytes(pickle.dumps(annotated))
    os.replace(partial, cached)
    return path, cached


def documents(corpora, kinds, cache_dir: Path, jobs: int):
    """(corpus, doc id, kind, truth, annotated) of every document of ``corpora``."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    code = _code_digest()
    wanted = []
    for corpus in corpora:
        for truth_path in sorted((ZOO / corpus).glob("*.truth.json")):
            doc_id = truth_path.name[: -len(".truth.json")]
            for kind in kinds:
                path = ZOO / corpus / f"{doc_id}.{kind}"
                if path.exists():
                    wanted.append((corpus, doc_id, kind, truth_path, path))
    job_list = [(str(p), str(cache_dir), code) for *_, p in wanted]
    if jobs > 1:
        with Pool(jobs) as pool:
            done = dict(pool.map(annotate, job_list, chunksize=4))
    else:
        done = dict(annotate(j) for j in job_list)
    for corpus, doc_id, kind, truth_path, path in wanted:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        yield corpus, doc_id, kind, truth, pickle.loads(Path(done[str(path)]).read_bytes())


def labelled_rows(annotated, truth, skip_families=()):
    """(rows, labels) of every candidate pair of the document, and how many were skipped: a sentence
    that states a truth partnership of ``skip_families`` gives no row."""
    from pipeline.relation_model import candidate_rows
    from pipeline.relations import sentence_readings

    torgs = truth["organizations"]
    printed = {o.id: [m.text for m in o.mentions] for o in annotated.entities.organizations}
    wanted = [(party_keys(p["parties"], torgs), p["instrument"], p.get("phrasing")) for p in truth["partnerships"]]
    rows, labels = [], []
    for read in sentence_readings(annotated):
        candidates = candidate_rows(read)
        if not candidates:
            continue
        keys = {id(party): party_keys(predicted_party_names(party, printed), torgs) for _, party, _ in candidates}
        stated_keys = set().union(*keys.values())
        cue_instruments = {instrument for _, _, instrument, _ in read.reading.instruments}
        stated = [(tk, instrument) for tk, instrument, phrasing in wanted
                  if instrument in cue_instruments and (tk <= stated_keys or len(tk & stated_keys) >= 2)]
        if any(phrasing in skip_families for tk, instrument, phrasing in wanted
               if instrument in cue_instruments and (tk <= stated_keys or len(tk & stated_keys) >= 2)):
            continue
        for cue, party, row in candidates:
            instrument = read.reading.instruments[cue][2]
            rows.append(row)
            labels.append(int(any(instrument == i and keys[id(party)] & tk for tk, i in stated)))
    return rows, labels


def fit(rows, labels, seed: int, depth: int = DEPTH, weights=None):
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=depth, learning_rate=LEARNING_RATE, subsample=0.8,
                                       random_state=seed)
    model.fit(rows, labels, sample_weight=weights)
    return model


def _cooccurrence(read) -> list:
    """The baseline: every party of the sentence, the first cue's instrument, the year nearest it."""
    from pipeline.relations import Found, _year_span

    reading = read.reading
    if len({p.ref for p in reading.parties}) < 2:
        return []
    start, _, instrument, _ = reading.instruments[0]
    year, end_year = _year_span(reading.sentence, start)
    return [Found(list(reading.parties), instrument, year=year, end_year=end_year, sentence=reading.sentence)]


def evaluate(docs, forest, families=None, threshold: float | None = None) -> dict:
    """Partnership counts per step (and recall per phrasing family) on ``docs``; with ``families``, only
    the truth partnerships of those families are scored (recall)."""
    from pipeline.relation_model import model_found
    from pipeline.relations import _merge, chosen_findings, sentence_readings

    out = {step: Counts() for step in STEPS}
    by_family: dict[str, dict[str, Counts]] = {}
    for _, _, _, truth, annotated in docs:
        reads = sentence_readings(annotated)
        for step in STEPS:
            if step == "cooccurrence":
                found = [f for read in reads
                         for f in (read.rules_found if read.rules_found or read.reading is None else _cooccurrence(read))]
            elif step == "model" and threshold is not None:
                found = [f for read in reads if read.reading is not None for f in model_found(read, forest, threshold)]
            else:
                found = chosen_findings(reads, step, forest)
            partnerships = _merge(found)
            used = matched_partnerships(partnerships, annotated.entities.organizations, truth)
            scored = [i for i, p in enumerate(truth["partnerships"]) if families is None or p.get("phrasing") in families]
            hits = len([i for i in scored if i in used])
            fp = len(partnerships) - len(used) if families is None else 0
            out[step].add(Counts(hits, fp, len(scored) - hits))
            for i, p in enumerate(truth["partnerships"]):
                if families is None or p.get("phrasing") in families:
                    family = by_family.setdefault(p.get("phrasing", "?"), {s: Counts() for s in STEPS})[step]
                    family.add(Counts(1, 0, 0) if i in used else Counts(0, 0, 1))
    return {"steps": {s: c.prf() for s, c in out.items()}, "counts": {s: c.as_list() for s, c in out.items()},
            "recall_by_family": {f: {s: (c.prf() or {}).get("r") for s, c in v.items()} for f, v in sorted(by_family.items())}}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="txt,pdf")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", default="/tmp/brochure-relations-cache")
    parser.add_argument("--no-write", action="store_true", help="compare only; leave pipeline/data/relation_model.json as it is")
    parser.add_argument("--report", default=str(ROOT / "bench" / "relations-cv.json"))
    parser.add_argument("--train", default=",".join(TRAIN), help="the training corpora (tests/zoo/...)")
    parser.add_argument("--model-out", default=str(MODEL), help="where the trees are written")
    parser.add_argument("--threshold", type=float, help="the party probability the model keeps (default relation_model.PARTY_THRESHOLD)")
    parser.add_argument("--cv", action="store_true", help="also hold out each training phrasing round in turn")
    parser.add_argument("--cv-only", action="store_true", help="only that: no held-out sets, nothing written")
    parser.add_argument("--no-held-out", action="store_true", help="do not score the held-out sets (while choosing features)")
    parser.add_argument("--depth", type=int, default=DEPTH, help="the trees' depth")
    parser.add_argument("--weights", default="", help="per training corpus, the weight of its rows: corpus=w,... (default 1)")
    parser.add_argument("--without", default="", help="features left out (comma-separated FEATURE_NAMES): held at 0 in training")
    args = parser.parse_args(argv)
    kinds = args.kinds.split(",")
    cache = Path(args.cache)
    from pipeline.relation_model import FEATURE_NAMES
    from pipeline.structure.labeller import Forest

    left_out = [FEATURE_NAMES.index(name) for name in filter(None, args.without.split(","))]
    per_corpus: dict[str, tuple[list, list]] = {}
    train_docs: dict[str, list] = {}
    for corpus, doc_id, kind, truth, annotated in documents(args.train.split(","), kinds, cache, args.jobs):
        skip = PHRASINGS_HELD_OUT if corpus in ("corpus-fr", "corpus-es") else ()
        r, lab = labelled_rows(annotated, truth, skip)
        per_corpus.setdefault(corpus, ([], []))
        per_corpus[corpus][0].extend([[0.0 if i in left_out else v for i, v in enumerate(row)] for row in r])
        per_corpus[corpus][1].extend(lab)
        train_docs.setdefault(corpus, []).append((corpus, doc_id, kind, truth, annotated))
    rows = [row for r, _ in per_corpus.values() for row in r]
    labels = [label for _, lab in per_corpus.values() for label in lab]
    weight_of = dict(w.split("=") for w in filter(None, args.weights.split(",")))
    weights = [float(weight_of.get(c, 1.0)) for c, (r, _) in per_corpus.items() for _ in r] if weight_of else None
    cross = {}
    if args.cv:  # each phrasing round held out in turn: the figures features are chosen by (round 3 is never looked at)
        for fold in [c for c in ("corpus-phrasing", "corpus-phrasing2", "corpus-phrasing4") if c in per_corpus]:
            fold_rows = [row for c, (r, _) in per_corpus.items() if c != fold for row in r]
            fold_labels = [label for c, (_, lab) in per_corpus.items() if c != fold for label in lab]
            fold_forest = Forest.from_json(to_forest_json(fit(fold_rows, fold_labels, args.seed, args.depth), fold_rows))
            cross[fold] = evaluate(train_docs[fold], fold_forest, threshold=args.threshold)
            print(f"cv {fold:41s} F1: " + "  ".join(f"{s} {v['f1']:.2f}" for s, v in cross[fold]["steps"].items()))
        if args.cv_only:
            return 0
    print(f"{len(rows)} candidate pairs, {sum(labels)} positive")
    model = fit(rows, labels, args.seed, args.depth, weights)
    forest_json = to_forest_json(model, rows)
    forest = Forest.from_json(forest_json)
    report = {"seed": args.seed, "without": args.without, "cross_validation": cross, "kinds": kinds, "pairs": len(rows),
              "positive": sum(labels), "train": args.train.split(","), "held_out": {}}
    for corpus in () if args.no_held_out else HELD_OUT:
        families = PHRASINGS_HELD_OUT if corpus in ("corpus-fr", "corpus-es") else None
        for kind in kinds:
            docs = list(documents([corpus], [kind], cache, args.jobs))
            result = evaluate(docs, forest, families, args.threshold)
            name = f"{corpus}{' held-out families' if families else ''} {kind}"
            report["held_out"][name] = result
            figures = "  ".join(f"{s} {('-' if v is None else format(v['f1'] if families is None else v['r'], '.2f'))}"
                                for s, v in result["steps"].items())
            print(f"{name:45s} {'F1' if families is None else 'recall'}: {figures}")
    Path(args.report).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if not args.no_write:
        description = ("Boosted trees: is this party a party of the partnership of this instrument cue? "
                       "Written by bench/train_relations.py (make train-relations); features: "
                       "pipeline/relation_model.FEATURE_NAMES.")
        Path(args.model_out).write_text(json.dumps({"description": description, "seed": args.seed, "features": list(FEATURE_NAMES),
                                                    "model": forest_json}, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
