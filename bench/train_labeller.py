"""Train the block labeller on the zoo, validate it held out, and write pipeline/data/labeller.json.

    python bench/train_labeller.py [--seed 1] [--no-write] [--report bench/labeller-cv.json]

Reads whatever tests/zoo/corpus holds (each ``<id>.truth.json`` with its ``.pdf`` and ``.txt``).
For every document and kind (PDF, text) it runs load → layout → structure with a recording
labeller, so the features are exactly those the structure stage computes at run time, and labels
each block of the flow a heading when its text (number dropped, case ignored) is one of the truth's
headings.

Validation (before the final fit, and never on what a model was trained on): leave-one-producer-out
and leave-one-family-out. For each fold a model is trained on the other folds and the structure
stage is run on the held-out documents with it; title, headings (text + level), bullets (text +
level) and paragraphs are scored with the zoo's scorer, side by side with the rules. The final model
(all documents) is written only for the kinds where the model beats the rules held out by producer
(headings F1, micro-averaged); for the other kinds the file has no model and the rules decide.

Needs scikit-learn (``pip install -e '.[train]'``); the pipeline's run time does not.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))

from score import Counts, heading_key, score  # noqa: E402

from pipeline.layout import layout  # noqa: E402
from pipeline.layout.features import FEATURE_NAMES  # noqa: E402
from pipeline.load import load  # noqa: E402
from pipeline.structure import structure  # noqa: E402
from pipeline.structure.labeller import HYBRID_VETO, LABELLERS, Forest, LabelContext, choose_headings, heading_levels, union_levels  # noqa: E402

CORPUS = ROOT / "tests" / "zoo" / "corpus"
MODEL = ROOT / "pipeline" / "data" / "labeller.json"
KINDS = ("pdf", "txt")
EVALUATED_WITH = {"txt-pdfminer": "txt"}
"""Views scored held out with the model of another kind, never trained on: pdfminer's text, which the
text model (trained on pdftotext's) reads at run time."""
VIEW_FILES = {"pdf": "{id}.pdf", "txt": "{id}.txt", "txt-pdfminer": "{id}.pdfminer.txt"}
ROLES = ("title", "headings", "bullets", "paragraphs")
TREES = 120
DEPTH = 3
LEARNING_RATE = 0.1


def _record_of(document) -> SimpleNamespace:
    """The parts of a record the scorer reads for the layout roles, from a structure Document."""
    return SimpleNamespace(title=document.title, sections=document.sections, tables=document.tables, furniture=document.furniture,
                           quotes=document.quotes, contacts=document.contacts, links=document.links, partnerships=[],
                           entities=SimpleNamespace(organizations=[], countries=[], years=[]))


class Sample:
    """One document in one kind: its layout, truth, and the flow's features and labels."""

    def __init__(self, doc_id: str, kind: str, truth: dict, laid_out):
        self.doc_id, self.kind, self.truth, self.layout = doc_id, kind, truth, laid_out
        self.producer, self.family, self.topic = truth["producer"], truth["family"], truth.get("content_family", "")
        contexts: list[LabelContext] = []
        LABELLERS["_record"] = lambda context: (contexts.append(context), dict(context.rule_levels))[1]
        structure(copy.deepcopy(laid_out), labeller="_record")
        context = contexts[0]
        self.rows = context.features()
        truth_keys = {heading_key(h["text"]) for h in truth["headings"]}
        self.labels = [int(heading_key(_heading_text(context.blocks[i])) in truth_keys) for i in context.flow]


def _heading_text(block) -> str:
    return f"{block.marker} {block.text}" if block.kind == "bullet" else block.text


def read_corpus() -> list[Sample]:
    samples = []
    for truth_path in sorted(CORPUS.glob("*.truth.json")):
        doc_id = truth_path.name[: -len(".truth.json")]
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for kind in (*KINDS, *EVALUATED_WITH):
            path = CORPUS / VIEW_FILES[kind].format(id=doc_id)
            if path.exists():
                samples.append(Sample(doc_id, kind, truth, layout(load(str(path)))))
    return samples


def fit(samples: list[Sample], seed: int):
    from sklearn.ensemble import GradientBoostingClassifier

    rows = [row for s in samples for row in s.rows]
    labels = [label for s in samples for label in s.labels]
    if len(set(labels)) < 2:
        return None
    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE, subsample=0.8,
                                       random_state=seed)
    model.fit(rows, labels)
    return model


def to_forest_json(model, rows) -> dict:
    """The fitted trees as data: leaves already times the learning rate, the bias the prior's log-odds."""
    import numpy as np

    bias = float(model._raw_predict_init(np.asarray(rows[:1], dtype=np.float64))[0, 0])
    trees = []
    for estimator in model.estimators_[:, 0]:
        tree = estimator.tree_
        trees.append({
            "feature": [int(f) for f in tree.feature],
            "threshold": [float(t) for t in tree.threshold],
            "left": [int(c) for c in tree.children_left],
            "right": [int(c) for c in tree.children_right],
            "value": [round(float(v) * model.learning_rate, 12) for v in tree.value[:, 0, 0]],
        })
    return {"bias": bias, "trees": trees}


def forest_of(model, rows) -> Forest:
    return Forest.from_json(to_forest_json(model, rows))


VARIANTS = ("rules", "model", "hybrid", "union")
"""What is compared held out: the rules alone, the model alone, the rules' headings the model does not
reject plus the model's (``HYBRID_VETO``), and the rules' headings plus the model's."""


def evaluate(samples: list[Sample], forest: Forest | None, variant: str = "model") -> dict[str, Counts]:
    """Scores of the roles on ``samples`` with the given forest and variant (forest None: the rules)."""
    def fold_labeller(context: LabelContext) -> dict[int, int]:
        if variant == "union":
            return union_levels(context, forest)
        if variant == "hybrid":
            return union_levels(context, forest, HYBRID_VETO)
        return heading_levels(context.blocks, choose_headings(context, forest))

    LABELLERS["_fold"] = fold_labeller
    totals = {role: Counts() for role in ROLES}
    for sample in samples:
        document = structure(copy.deepcopy(sample.layout), labeller="rules" if forest is None or variant == "rules" else "_fold")
        counts = score(_record_of(document), sample.truth)
        for role in ROLES:
            totals[role].add(counts[role])
    return totals


def f1(counts: Counts) -> float | None:
    result = counts.prf()
    return None if result is None else round(result["f1"], 3)


def cross_validate(samples: list[Sample], group: str, seed: int) -> dict:
    """Per kind: per held-out group and overall (micro), rules and model, F1 per role."""
    report = {}
    for kind in (*KINDS, *EVALUATED_WITH):
        kind_samples = [s for s in samples if s.kind == kind]
        train_kind = EVALUATED_WITH.get(kind, kind)
        groups = sorted({getattr(s, group) for s in kind_samples})
        totals = {variant: {role: Counts() for role in ROLES} for variant in VARIANTS}
        per_group = {}
        for held in groups:
            test = [s for s in kind_samples if getattr(s, group) == held]
            train = [s for s in samples if s.kind == train_kind and getattr(s, group) != held]
            model = fit(train, seed)
            forest = forest_of(model, train[0].rows) if model is not None else None
            per_group[held] = {}
            for variant in VARIANTS:
                counts = evaluate(test, forest, variant)
                for role in ROLES:
                    totals[variant][role].add(counts[role])
                per_group[held][variant] = {r: f1(counts[r]) for r in ROLES}
        report[kind] = {"overall": {variant: {r: f1(totals[variant][r]) for r in ROLES} for variant in VARIANTS}, "groups": per_group}
    return report


def print_report(name: str, report: dict) -> None:
    print(f"\nheld out by {name}: F1 " + " / ".join(VARIANTS))
    for kind, part in report.items():
        overall = part["overall"]
        print(f"  {kind:4s} overall        " + "  ".join(f"{r[:4]} " + "/".join(_fmt(overall[v][r]) for v in VARIANTS) for r in ROLES))
        for held, scores in part["groups"].items():
            print(f"       {held[:14]:14s} " + "  ".join(f"{r[:4]} " + "/".join(_fmt(scores[v][r]) for v in VARIANTS) for r in ROLES))


def _fmt(value: float | None) -> str:
    return "  - " if value is None else f"{value:.2f}"


def refit(kinds: list[str], seed: int) -> None:
    """Refit the given kinds' models on every document (no validation: the held-out figures are the
    last full run's) and write them into the model file beside the models of the other kinds."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        sys.exit(f"--fit-only: unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURE_NAMES:
        sys.exit(f"{MODEL} was trained on other features: run the full training")
    samples = [s for s in read_corpus() if s.kind in kinds]
    for kind in kinds:
        kind_samples = [s for s in samples if s.kind == kind]
        data["models"]["pdf" if kind == "pdf" else "text"] = to_forest_json(fit(kind_samples, seed), kind_samples[0].rows)
    data["seed"] = seed
    MODEL.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"refitted {', '.join(kinds)} in {MODEL} ({MODEL.stat().st_size // 1024} kB)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-write", action="store_true", help="validate only; leave pipeline/data/labeller.json as it is")
    parser.add_argument("--report", default=str(ROOT / "bench" / "labeller-cv.json"))
    parser.add_argument("--fit-only", default="", metavar="KINDS",
                        help="skip validation: refit the models of these kinds (pdf,txt) on every document and keep the "
                             "file's other models as they are")
    args = parser.parse_args(argv)
    if args.fit_only:
        return refit(args.fit_only.split(","), args.seed)
    started = time.time()
    samples = read_corpus()
    if not samples:
        sys.exit(f"no zoo documents in {CORPUS}: run `make zoo` first")
    print(f"{len(samples)} documents x kinds read, {sum(len(s.rows) for s in samples)} blocks ({time.time() - started:.0f} s)")
    by_producer = cross_validate(samples, "producer", args.seed)
    print_report("producer", by_producer)
    by_family = cross_validate(samples, "family", args.seed)
    print_report("family", by_family)
    by_topic = cross_validate(samples, "topic", args.seed)
    print_report("topic (content family: the headings' words are the topic's own)", by_topic)
    kept = {}
    reports = (by_producer, by_family, by_topic)
    for kind in KINDS:
        headings = [{v: report[kind]["overall"][v]["headings"] or 0.0 for v in VARIANTS} for report in reports]
        kept[kind] = all(max(h["model"], h["hybrid"]) > h["rules"] for h in headings)
    print("\nmodel kept for: " + (", ".join(k for k, v in kept.items() if v) or "nothing (the rules win held out)"))
    report = {"seed": args.seed, "documents": len({s.doc_id for s in samples}), "by_producer": by_producer, "by_family": by_family,
              "by_topic": by_topic, "kept": kept}
    Path(args.report).write_text(json.dumps(report, indent=1) + "\n")
    if not args.no_write:
        models = {}
        for kind in KINDS:
            if not kept[kind]:
                continue
            kind_samples = [s for s in samples if s.kind == kind]
            model = fit(kind_samples, args.seed)
            models["pdf" if kind == "pdf" else "text"] = to_forest_json(model, kind_samples[0].rows)
        MODEL.write_text(json.dumps({"description": "Boosted trees: is this block of the flow a heading? Written by "
                                     "bench/train_labeller.py (make train); read by pipeline/structure/labeller.py.",
                                     "seed": args.seed, "features": list(FEATURE_NAMES), "models": models},
                                    separators=(",", ":")) + "\n")
        print(f"wrote {MODEL} ({MODEL.stat().st_size // 1024} kB)")
    print(f"{time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
