"""Organizations, partnerships, countries, years and themes of a corpus of brochures with truth files,
scored per content family and, for organizations, apart for the bodies the data files list and
those they do not (the truth's ``known_to_data``).

    python bench/entity_eval.py [--corpus DIR] [--kinds pdf,txt] [--jobs 2] [--show] [--out FILE]

(``--corpus tests/zoo/corpus-phrasing``: partnerships in phrasing families the rules were not
written against, content.py UNSEEN_PARTNERSHIP_TEMPLATES.) Partnership recall is also printed per
phrasing family.

DIR holds ``<id>.truth.json`` beside ``<id>.pdf`` and/or ``<id>.txt`` (default: the zoo,
tests/zoo/corpus). Matching is the zoo scorer's (tests/zoo/score.py). Organizations apart:

- ``known`` / ``unknown``: truth bodies with ``known_to_data`` true / false; a predicted body that
  matches none counts against the group of its own ``known`` flag;
- ``unlabelled``: truth bodies whose ``known_to_data`` is null (brochures written outside the
  project), against predicted bodies of either flag.

Themes (not scored by the zoo scorer): the record's primary themes (the brochure is about them,
pipeline/entities/salience.py) against the truth's ``themes``.
``--show`` prints, per document, the organizations and partnerships missed and the false ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from score import Counts, key, score  # noqa: E402

CATEGORIES = ("organizations", "partnerships", "countries", "years", "themes")
GROUPS = ("known", "unknown", "unlabelled")


def _org_groups(record, truth) -> tuple[dict[str, Counts], list[str], list[str]]:
    """Organizations per truth group, with the names missed and the false ones."""
    truth_orgs = truth["organizations"]
    matched: set[int] = set()
    counts = {group: Counts() for group in GROUPS}
    false = []
    labelled = any(t.get("known_to_data") is not None for t in truth_orgs)
    for org in record.entities.organizations:
        hit = None
        for index, t in enumerate(truth_orgs):
            if index in matched:
                continue
            same_acronym = t.get("acronym") and org.acronym and key(org.acronym) == key(t["acronym"])
            if key(org.name, False) == key(t["name"], False) or same_acronym:
                hit = index
                break
        if hit is None:
            group = ("known" if org.known else "unknown") if labelled else "unlabelled"
            counts[group].fp += 1
            false.append(f"{org.name} ({org.acronym})" if org.acronym else org.name)
        else:
            matched.add(hit)
    missed = []
    for index, t in enumerate(truth_orgs):
        group = {True: "known", False: "unknown", None: "unlabelled"}[t.get("known_to_data")]
        if index in matched:
            counts[group].tp += 1
        else:
            counts[group].fn += 1
            missed.append(f"{t['name']} ({t['acronym']})" if t.get("acronym") else t["name"])
    return counts, missed, false


def _partnership_notes(record, truth) -> tuple[list[str], list[str]]:
    """The truth partnerships no predicted one matched, and the predicted ones that matched none
    (as the zoo scorer matches them)."""
    torgs = truth["organizations"]

    def party_keys(names):
        keys = set()
        for name in names:
            k = key(name, False)
            for t in torgs:
                if k in (key(t["name"], False), key(t.get("acronym") or "", False)):
                    k = key(t["name"], False)
            keys.add(k)
        return keys

    wanted = [(party_keys(p["parties"]), p["instrument"], p.get("year"), p) for p in truth["partnerships"]]
    used: set[int] = set()
    false = []
    for predicted in record.partnerships:
        names = {n for party in predicted.parties for n in (party.acronym or party.name, party.name)}
        keys = party_keys(names)
        for index, (truth_keys, instrument, year, _) in enumerate(wanted):
            if index not in used and instrument == predicted.instrument and (year is None or year == predicted.year) and truth_keys <= keys:
                used.add(index)
                break
        else:
            parties = " + ".join(p.acronym or p.name for p in predicted.parties)
            false.append(f"{predicted.instrument} {predicted.year}: {parties}")
    missed = [f"{p['instrument']} {p.get('year')}: {' + '.join(p['parties'])}" for i, (_, _, _, p) in enumerate(wanted) if i not in used]
    return missed, false


def run_one(job) -> dict:
    import pipeline

    corpus, doc_id, kind = job
    truth = json.loads((Path(corpus) / f"{doc_id}.truth.json").read_text(encoding="utf-8"))
    try:
        record = pipeline.extract(str(Path(corpus) / f"{doc_id}.{kind}"))
    except Exception as exc:  # an error scores as nothing found
        return {"document": doc_id, "kind": kind, "family": truth.get("content_family") or doc_id, "error": f"{type(exc).__name__}: {exc}",
                "counts": {}, "organizations": {}, "phrasings": {}, "notes": {}}
    counts = score(record, truth)
    # the brochure's own themes (primary), not every theme a synonym touches
    themes = {t.id for t in record.entities.themes if t.primary}
    truth_themes = set(truth.get("themes") or [])
    # a truth that lists no themes does not score them (the blind brochures' truth has none)
    counts["themes"] = (Counts(len(themes & truth_themes), len(themes - truth_themes), len(truth_themes - themes))
                        if truth_themes else Counts())
    groups, missed_orgs, false_orgs = _org_groups(record, truth)
    missed_partnerships, false_partnerships = _partnership_notes(record, truth)
    return {
        "document": doc_id, "kind": kind, "family": truth.get("content_family") or doc_id, "error": None,
        "counts": {c: counts[c].as_list() for c in CATEGORIES},
        "organizations": {g: groups[g].as_list() for g in GROUPS},
        "phrasings": {k.split("@", 1)[1]: v.as_list() for k, v in counts.items() if k.startswith("partnerships@")},
        "notes": {"organizations missed": missed_orgs, "organizations false": false_orgs,
                  "partnerships missed": missed_partnerships, "partnerships false": false_partnerships},
    }


def _total(results, get) -> Counts:
    total = Counts()
    for result in results:
        if (value := get(result)) is not None:
            total.add(Counts(*value))
    return total


def _f1(counts: Counts) -> str:
    prf = counts.prf()
    return "  -  " if prf is None else f"{prf['f1']:.2f}"


def summarise(results) -> dict:
    def figures(rows):
        out = {c: _total(rows, lambda r, c=c: r["counts"].get(c)).prf() for c in CATEGORIES}
        for group in GROUPS:
            out[f"organizations_{group}"] = _total(rows, lambda r, g=group: r["organizations"].get(g)).prf()
        return out

    kinds = sorted({r["kind"] for r in results})
    families = sorted({r["family"] for r in results})
    phrasings = sorted({p for r in results for p in r["phrasings"]})
    return {
        "by_kind": {k: figures([r for r in results if r["kind"] == k]) for k in kinds},
        "phrasing_recall": {p: {k: _total([r for r in results if r["kind"] == k], lambda r, p=p: r["phrasings"].get(p)).prf()
                                for k in kinds} for p in phrasings},
        "by_family": {f: {k: figures([r for r in results if r["family"] == f and r["kind"] == k]) for k in kinds} for f in families},
        "errors": [f"{r['document']}.{r['kind']}: {r['error']}" for r in results if r["error"]],
    }


COLUMNS = (*CATEGORIES, *(f"organizations_{g}" for g in GROUPS))
HEADERS = ("orgs", "partner", "country", "years", "themes", "org-kn", "org-unk", "org-unl")


def print_table(rows: list[tuple[str, dict]], title: str) -> None:
    print(f"\n{title}")
    print(f"{'':28s}" + "".join(f"{h:>9s}" for h in HEADERS))
    for name, figures in rows:
        print(f"{name[:28]:28s}" + "".join(f"{('  -  ' if figures[c] is None else format(figures[c]['f1'], '.2f')):>9s}" for c in COLUMNS))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "zoo" / "corpus"))
    parser.add_argument("--kinds", default="pdf,txt")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="print what each document missed and what it found falsely")
    parser.add_argument("--out", help="write the results as JSON here")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    ids = sorted(p.name[: -len(".truth.json")] for p in corpus.glob("*.truth.json"))
    jobs = [(str(corpus), d, k) for d in ids for k in args.kinds.split(",") if (corpus / f"{d}.{k}").exists()]
    if not jobs:
        print(f"no brochures with truth files in {corpus}", file=sys.stderr)
        return 2
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            results = pool.map(run_one, jobs, chunksize=2)
    else:
        results = [run_one(job) for job in jobs]
    summary = summarise(results)
    print_table([(k, v) for k, v in summary["by_kind"].items()], f"F1, {len(ids)} documents of {corpus}")
    print_table([(f"{f} {k}", v) for f, by_kind in summary["by_family"].items() for k, v in by_kind.items()], "F1 per content family")
    print("\nPartnership recall per phrasing family (truth partnerships found / stated)")
    for phrasing, by_kind in summary["phrasing_recall"].items():
        print(f"{phrasing[:28]:28s}" + "".join(f"{k:>5s} {('  -  ' if v is None else format(v['r'], '.2f'))}" for k, v in by_kind.items()))
    for error in summary["errors"]:
        print("error:", error)
    if args.show:
        for result in results:
            notes = {k: v for k, v in result["notes"].items() if v}
            if notes:
                print(f"\n{result['document']}.{result['kind']}")
                for what, items in notes.items():
                    print(f"  {what}: " + "; ".join(items))
    if args.out:
        Path(args.out).write_text(json.dumps({"summary": summary, "documents": results}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
