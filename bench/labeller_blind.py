"""Would the text labeller gain from the blind dev sets' text as training data? Measured held out.

    python bench/labeller_blind.py [--seed 1] [--write]

Reads the zoo's text (pdftotext and pdfminer) and the dev blind sets' text (tests/blind …
tests/blind4, their truth labelling each block a heading or not, as bench/train_labeller.py labels
the zoo), then validates leave-one-group-out on the text kind, once with the zoo alone as training
data and once with the dev sets added:

- each dev blind set held out (trained on the zoo, or on the zoo and the other three sets);
- each zoo producer held out (trained on the other producers, with or without all four sets):
  the zoo's own held-out figures must not fall.

``--weight N`` counts each dev sample N times in training (38 brochures beside the zoo's 173).
Prints the rules', and the ``union`` labeller's (the text default) title, headings, bullets and
paragraphs F1 per group and overall. With --write, refits the text model on the zoo and all four
dev sets and writes it into pipeline/data/labeller.json (the PDF model is left as it is). The held-
out sets (tests/blind5 and later) are never read here: score them with bench/blind_eval.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from blind_eval import DEV_SETS  # noqa: E402  (bench/, this script's folder)
from train_labeller import (  # noqa: E402
    CORPUS,
    MODEL,
    ROLES,
    Counts,
    Sample,
    evaluate,
    f1,
    fit,
    forest_of,
    layout,
    load,
    to_forest_json,
)

TEXT_VIEWS = {"txt": "{id}.txt", "txt-pdfminer": "{id}.pdfminer.txt"}


def read_text_samples(extra: tuple[Path, ...] = ()) -> tuple[list[Sample], list[Sample]]:
    """The zoo's text samples (group: producer) and the dev sets' (group: the set's name), with the
    ``extra`` folders of brochures with truth (``--extra``: /work/designs8/train) as further dev sets."""
    zoo, blind = [], []
    for truth_path in sorted(CORPUS.glob("*.truth.json")):
        doc_id = truth_path.name[: -len(".truth.json")]
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for kind, pattern in TEXT_VIEWS.items():
            path = CORPUS / pattern.format(id=doc_id)
            if path.exists():
                sample = Sample(doc_id, kind, truth, layout(load(str(path))))
                sample.group = sample.producer
                zoo.append(sample)
    for name, folder in [*((name, ROOT / "tests" / name) for name in DEV_SETS), *((str(path), path) for path in extra)]:
        for truth_path in sorted(folder.glob("*.truth.json")):
            doc_id = truth_path.name[: -len(".truth.json")]
            path = truth_path.with_name(f"{doc_id}.txt")
            if path.exists():
                sample = Sample(doc_id, "txt", json.loads(truth_path.read_text(encoding="utf-8")), layout(load(str(path))))
                sample.group = name
                blind.append(sample)
    return zoo, blind


def held_out(test: list[Sample], train: list[Sample], seed: int, totals: dict[str, dict[str, Counts]]) -> dict[str, dict]:
    """Rules and union (trained on ``train``) scored on ``test``: F1 per role, and added to ``totals``."""
    forest = forest_of(fit(train, seed), train[0].rows)
    out = {}
    for name, variant in (("rules", "rules"), ("union", "union")):
        counts = evaluate(test, None if variant == "rules" else forest, variant)
        for role in ROLES:
            totals[name][role].add(counts[role])
        out[name] = {role: f1(counts[role]) for role in ROLES}
    return out


def validate(zoo: list[Sample], blind: list[Sample], seed: int, weight: int = 1) -> dict:
    """Held-out figures with the zoo alone, and with the dev sets added ``weight`` times, as training data."""
    report: dict = {}
    zoo_txt = [s for s in zoo if s.kind == "txt"]
    for training in ("zoo", "zoo+blind"):
        part: dict = {"groups": {}}
        dev_groups = list(dict.fromkeys(s.group for s in blind))
        for scope, groups in (("blind", dev_groups), ("zoo", sorted({s.group for s in zoo_txt}))):
            totals = {name: {role: Counts() for role in ROLES} for name in ("rules", "union")}
            for held in groups:
                if scope == "blind":
                    test = [s for s in blind if s.group == held]
                    train = zoo_txt + ([s for s in blind if s.group != held] * weight if training == "zoo+blind" else [])
                else:
                    test = [s for s in zoo if s.group == held]  # pdftotext's and pdfminer's text
                    train = [s for s in zoo_txt if s.group != held] + (blind * weight if training == "zoo+blind" else [])
                part["groups"][held] = held_out(test, train, seed, totals)
            part[f"overall {scope}"] = {name: {role: f1(totals[name][role]) for role in ROLES} for name in totals}
        report[training] = part
    return report


def print_report(report: dict) -> None:
    for training, part in report.items():
        print(f"\ntrained on {training}: F1 rules / union")
        for name, scores in part.items():
            if name == "groups":
                continue
            print(f"  {name:14s} " + "  ".join(f"{r[:4]} {scores['rules'][r] or 0:.3f}/{scores['union'][r] or 0:.3f}" for r in ROLES))
        for held, scores in part["groups"].items():
            print(f"    {held[:12]:12s} " + "  ".join(f"{r[:4]} {scores['rules'][r] or 0:.2f}/{scores['union'][r] or 0:.2f}"
                                                  for r in ROLES))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--weight", type=int, default=1, help="each dev blind sample counted this many times in training")
    parser.add_argument("--write", action="store_true", help="refit the text model on the zoo and the dev sets and write it")
    parser.add_argument("--extra", type=Path, nargs="*", default=[],
                        help="further folders of brochures with truth as dev sets (never a set not yet scored as held out)")
    args = parser.parse_args(argv)
    if any(part == "src" for folder in args.extra for part in folder.parts):
        sys.exit("labeller_blind.py trains on what it reads: never on a held-out set")
    zoo, blind = read_text_samples(tuple(args.extra))
    print(f"{len(zoo)} zoo text samples, {len(blind)} dev blind samples")
    print_report(validate(zoo, blind, args.seed, args.weight))
    if args.write:
        train = [s for s in zoo if s.kind == "txt"] + blind * args.weight
        data = json.loads(MODEL.read_text(encoding="utf-8"))
        data["models"]["text"] = to_forest_json(fit(train, args.seed), train[0].rows)
        MODEL.write_text(json.dumps(data, separators=(",", ":")) + "\n")
        print(f"wrote the text model (zoo and dev blind sets) into {MODEL}")


if __name__ == "__main__":
    main()
