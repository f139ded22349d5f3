"""Why PDF structure is wrong on the blind dev sets: each error of the scorer (a truth heading, bullet,
paragraph, table row, link, furniture line or title missed, or a predicted one that is no truth) put
down to what the truth says it is.

    python bench/pdf_causes.py [--dev] [FOLDER ...] [--kind pdf|txt] [--show ROLE] [--cache DIR]

Only for sets that may be read (``--dev``: bench/blind_eval.py's DEV_SETS); never on a held-out set. Causes, by role:

- a truth item missed is ``as <role>`` when the record has its text in another role (a heading kept as
  a paragraph, a bullet as a paragraph ...), ``wrong level`` when it is there at another level,
  ``joined`` when its text is inside a longer predicted item, ``split`` when it starts a predicted item
  or a predicted item starts it, ``in table`` when a table cell holds it, ``lost`` otherwise;
- a predicted item that is no truth is ``is <truth role>`` when the truth has its text in another role
  (``is ignore`` — a kicker, tagline, caption or contact line the truth sets aside), ``fragment`` when
  it is part of a truth item, ``join`` when it holds a truth item and more, ``noise`` otherwise.

``--show ROLE`` prints every error of that role with its cause (to read, not to fit strings).
``--cache DIR`` keeps the records as JSON (delete it after a code change).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from blind_eval import DEV_SETS  # noqa: E402  (bench/, this script's folder)
from score import heading_key, kept_paragraphs, key, record_parts, url_key  # noqa: E402

import pipeline  # noqa: E402
from pipeline.record import BrochureRecord  # noqa: E402

ROLES = ("headings", "bullets", "paragraphs", "tables", "links", "furniture", "title")


def record_of(source: Path, cache: Path | None) -> BrochureRecord:
    if cache is not None:
        cached = cache / f"{source.name}.json"
        if cached.exists():
            return BrochureRecord.model_validate_json(cached.read_text(encoding="utf-8"))
    record = pipeline.extract(source)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        cached.write_text(record.model_dump_json(), encoding="utf-8")
    return record


def _truth_roles(truth) -> dict[str, list[str]]:
    """Every truth text by role, folded (case and spacing ignored)."""
    cells = [c for t in truth["tables"] for r in t["header_rows"] + t["rows"] for c in r if c]
    return {
        "title": [truth.get("title") or ""],
        "headings": [h["text"] for h in truth["headings"]],
        "bullets": [b["text"] for b in truth["bullets"]],
        "paragraphs": list(truth["paragraphs"]),
        "cell": cells,
        "furniture": list(truth["furniture"]),
        "ignore": list(truth.get("ignore", [])) + list(truth.get("credits", [])),
        "quote": [q["text"] for q in truth["quotes"]] + [q["speaker"] or "" for q in truth["quotes"]],
        "contact": [c["name"] or "" for c in truth["contacts"]],
        "link": list(truth["links"]),
    }


def _record_roles(record) -> dict[str, list[str]]:
    parts = record_parts(record)
    return {
        "title": [record.title or ""],
        "headings": [h for h, _ in parts["headings"]],
        "bullets": [t for t, _ in parts["bullets"]],
        "paragraphs": list(parts["paragraphs"]),
        "cell": [c for t in record.tables for r in list(t.header_rows) + list(t.rows) for c in r if c],
        "furniture": [f.text for f in record.furniture],
        "quote": [q.text for q in record.quotes],
        "contact": [c.text for c in record.contacts],
    }


def _fold(text: str) -> str:
    return heading_key(text)


def missed_cause(text: str, role: str, level: int | None, predicted: dict[str, list[str]], levels: dict[str, int]) -> str:
    k = _fold(text)
    if not k:
        return "empty"
    if role in ("headings", "bullets") and k in levels and levels[k] != level:
        return "wrong level"
    for other, texts in predicted.items():
        if other != role and k in {_fold(t) for t in texts}:
            return f"as {other}"
    for other, texts in predicted.items():
        for t in texts:
            f = _fold(t)
            if len(f) > len(k) and k in f:
                return "joined" if other == role else f"joined into {other}"
            if f and len(f) < len(k) and (k.startswith(f) or k.endswith(f)):
                return "split" if other == role else f"split into {other}"
    return "lost"


def extra_cause(text: str, role: str, truth_roles: dict[str, list[str]]) -> str:
    k = _fold(text)
    for other, texts in truth_roles.items():
        if other != role and k in {_fold(t) for t in texts}:
            return f"is {other}"
    for other, texts in truth_roles.items():
        for t in texts:
            f = _fold(t)
            if f and len(f) > len(k) and k in f:
                return "fragment" if other == role else f"fragment of {other}"
            if f and len(f) < len(k) and k.startswith(f):
                return "join" if other == role else f"join with {other}"
    return "noise"


def causes(record, truth) -> list[tuple[str, str, str, str]]:
    """(role, 'missed' or 'extra', cause, text) of every error in the roles of ROLES."""
    out = []
    parts = record_parts(record)
    predicted = _record_roles(record)
    truth_roles = _truth_roles(truth)
    # headings and bullets: by text and level
    for role, truth_items, pred_items in (
        ("headings", [(h["text"], h["level"]) for h in truth["headings"]], parts["headings"]),
        ("bullets", [(b["text"], b["level"]) for b in truth["bullets"]], parts["bullets"]),
    ):
        fold = heading_key if role == "headings" else (lambda s: key(s))
        pc = Counter(f"{fold(t)}|{lv}" for t, lv in pred_items)
        tc = Counter(f"{fold(t)}|{lv}" for t, lv in truth_items)
        levels = {_fold(t): lv for t, lv in pred_items}
        truth_levels = {_fold(t): lv for t, lv in truth_items}
        for t, lv in truth_items:
            k = f"{fold(t)}|{lv}"
            if pc[k] > 0:
                pc[k] -= 1
                continue
            out.append((role, "missed", missed_cause(t, role, lv, predicted, levels), t))
        tc2 = Counter(f"{fold(t)}|{lv}" for t, lv in truth_items)
        for t, lv in pred_items:
            k = f"{fold(t)}|{lv}"
            if tc2[k] > 0:
                tc2[k] -= 1
                continue
            if _fold(t) in truth_levels:
                continue  # counted as 'wrong level' among the missed
            out.append((role, "extra", extra_cause(t, role, truth_roles), t))
        del tc
    # paragraphs: as the scorer counts them (a predicted paragraph the truth sets aside is not counted)
    pred = kept_paragraphs(parts["paragraphs"], truth)
    pc = Counter(key(p) for p in pred)
    for p in truth["paragraphs"]:
        if pc[key(p)] > 0:
            pc[key(p)] -= 1
            continue
        out.append(("paragraphs", "missed", missed_cause(p, "paragraphs", None, predicted, {}), p))
    tc = Counter(key(p) for p in truth["paragraphs"])
    for p in pred:
        if tc[key(p)] > 0:
            tc[key(p)] -= 1
            continue
        out.append(("paragraphs", "extra", extra_cause(p, "paragraphs", truth_roles), p))
    # tables: by row; a truth table none of whose rows is found is 'table missed'
    def row_key(r):
        return "|".join(key(c or "") for c in r)
    pred_rows = Counter(row_key(r) for t in record.tables for r in list(t.header_rows) + list(t.rows))
    pred_cells = {_fold(c) for t in record.tables for r in list(t.header_rows) + list(t.rows) for c in r if c}
    for t in truth["tables"]:
        rows = t["header_rows"] + t["rows"]
        found = [pred_rows[row_key(r)] > 0 for r in rows]
        for r, hit in zip(rows, found, strict=True):
            if hit:
                pred_rows[row_key(r)] -= 1
                continue
            cells = [_fold(c) for c in r if c]
            if not any(found) and not any(c in pred_cells for c in cells):
                cause = "table missed"
            elif all(c in pred_cells for c in cells):
                cause = "row split or cells moved"
            else:
                cause = "row cells wrong"
            out.append(("tables", "missed", cause, " | ".join(c or "" for c in r)))
    truth_rows = Counter(row_key(r) for t in truth["tables"] for r in t["header_rows"] + t["rows"])
    for t in record.tables:
        for r in list(t.header_rows) + list(t.rows):
            if truth_rows[row_key(r)] > 0:
                truth_rows[row_key(r)] -= 1
                continue
            joined = " ".join(c or "" for c in r)
            cause = "not a table" if not truth["tables"] else extra_cause(joined, "cell", truth_roles)
            out.append(("tables", "extra", cause, " | ".join(c or "" for c in r)))
    # links
    pl = {url_key(ln.url) for ln in record.links}
    tl = {url_key(u) for u in truth["links"]}
    record_texts = {**predicted, "contact": [c.text for c in record.contacts] + [c.url or "" for c in record.contacts],
                    "quote": [q.text for q in record.quotes]}
    for u in sorted(tl - pl):
        where = [role for role, texts in record_texts.items() if any(key(u, False) in key(t, False) for t in texts)]
        out.append(("links", "missed", f"printed in {where[0]}" if where else "not printed as is", u))
    for u in sorted(pl - tl):
        out.append(("links", "extra", "extra", u))
    # furniture
    tf = Counter(key(f, False) for f in truth["furniture"])
    pf = Counter(key(f.text, False) for f in record.furniture)
    content = {key(t, False) for r in ("headings", "bullets", "paragraphs") for t in predicted[r]}
    for f in truth["furniture"]:
        k = key(f, False)
        if pf[k] > 0:
            pf[k] -= 1
            if k in content:
                out.append(("furniture", "extra", "also content", f))
            continue
        out.append(("furniture", "missed", "kept as content" if k in content else missed_cause(f, "furniture", None, predicted, {}), f))
    for f in record.furniture:
        k = key(f.text, False)
        if tf[k] > 0:
            tf[k] -= 1
            continue
        out.append(("furniture", "extra", extra_cause(f.text, "furniture", truth_roles), f.text))
    # title
    tt, pt = key(truth.get("title"), False), key(record.title, False)
    if tt != pt:
        cause = extra_cause(record.title or "", "title", truth_roles) if pt else "none"
        out.append(("title", "missed", cause, f"{record.title!r} for {truth.get('title')!r}"))
    return out


def _dev_name(folder: Path) -> str:
    """A folder's name as DEV_SETS spells it ("designs8/held": the last two parts)."""
    return "/".join(folder.resolve().parts[-2:])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--kind", default="pdf")
    parser.add_argument("--show", default=None)
    parser.add_argument("--cache", default=None)
    args = parser.parse_args(argv)
    folders = [Path(f) for f in args.folders] + ([ROOT / "tests" / n for n in DEV_SETS] if args.dev else [])
    if any(f.name not in DEV_SETS and _dev_name(f) not in DEV_SETS for f in folders):
        parser.error("causes are read only on the dev sets (bench/blind_eval.py DEV_SETS)")
    cache = Path(args.cache) if args.cache else None
    tally: dict[str, Counter] = defaultdict(Counter)
    shown = []
    for truth_path in [p for f in folders for p in sorted(f.glob("*.truth.json"))]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        source = truth_path.parent / f"{truth_path.name.removesuffix('.truth.json')}.{args.kind}"
        if not source.exists():
            continue
        for role, side, cause, text in causes(record_of(source, cache), truth):
            tally[role][f"{side}: {cause}"] += 1
            if args.show in (role, "all"):
                shown.append(f"{truth['id'][:28]:<28} {role[:5]} {side:<6} {cause:<24} {text[:110]!r}")
    for role in ROLES:
        total = sum(tally[role].values())
        print(f"{role} ({total})")
        for cause, n in tally[role].most_common():
            print(f"  {n:4d}  {cause}")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
