"""Why organizations are missed or found falsely on brochures with truth files: each truth body the
record does not match, and each record body that matches none, put down to a cause.

    python bench/org_causes.py [--dev] [FOLDER ...] [--kinds pdf,txt] [--show]

Matching is the zoo scorer's (tests/zoo/score.py: by name, aliases, acronym, or a name the brochure
prints the body under). Causes of a miss, tried in this order (the first that holds):

- ``cut short``: a record body's name (or a mention) is the start or the end of the truth name,
  sub-typed by the words that were lost (``of-phrase``, ``apostrophe``, ``country``, ``line
  break`` when the truth name runs over a line in the source text, ``other``);
- ``too long``: a record body's name or mention holds the whole truth name and more;
- ``acronym only``: the brochure's acronym for it is found, as a body of its own or not at all,
  but never tied to the name;
- ``not found, head word``: nothing overlaps, and the name has a head word of the lexicon;
- ``not found, no head word``: nothing overlaps, and no head word (a company, a convention ...).

- ``convention: ...``: the truth counts a country or its government as a body (in any language: "Government of
  Norway", "Espagne"), or lists one body twice under two of its names ("OIT" and "Organización
  Internacional del Trabajo", both printed names of the record's one body).

Causes of a false body: ``cut/long part`` (it overlaps a missed truth body: counted with that
miss), ``same body twice`` (it overlaps a matched truth body), ``country or government``,
``other`` (people, places, things; ``--show`` lists them).
A benchmark for reading causes, not a test; run it on the dev sets only (later sets stay held out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from blind_eval import DEV_SETS  # noqa: E402  (bench/, this script's folder)
from score import key, match_organizations  # noqa: E402

_GOVERNMENT = re.compile(r"(?i)^(?:government|gouvernement|gobierno)\s+(?:of|de|du|des|d['’])\b")
"""A country's government named as a body, in any language ("Government of Norway", "gouvernement de la
Norvège", "Gobierno de Canadá"): the truth's convention, a country in the record."""


def _is_government(name: str) -> bool:
    return bool(_GOVERNMENT.match(name))


def _matches(record, truth) -> tuple[dict[int, int], list[int]]:
    """(record body index -> truth body index, record bodies that match none), as score.py matches."""
    return match_organizations(record.entities.organizations, truth["organizations"])


def _forms(org) -> list[str]:
    return [org.name, *(m.text for m in org.mentions)]


def _lost_words(truth_name: str, found: str, source_text: str) -> str:
    """What a name cut short lost: the sub-type of ``cut short``."""
    full = truth_name
    rest = full[len(found):] if full.lower().startswith(found.lower()) else full[: len(full) - len(found)]
    words = rest.split()
    if words and full.lower().startswith(found.lower()):
        if re.search(re.escape(found) + r"[ \t]*\n\s*" + re.escape(words[0]), source_text):
            return "line break"
    elif words and re.search(re.escape(words[-1]) + r"[ \t]*\n\s*" + re.escape(found.split()[0]), source_text):
        return "line break"
    words = rest.lower().split()
    if any(ch in rest for ch in "'’"):
        return "apostrophe"
    if words and words[0] in (",",) or rest.lstrip().startswith(","):
        return "comma list"
    if words and words[0] in ("of", "for", "de", "du", "des", "del", "d'", "pour", "para", "on", "in", "and", "et", "y"):
        return "of-phrase"
    if rest.strip().lower().startswith(("de la", "de l", "d’", "d'")):
        return "of-phrase"
    return "other"


def doc_causes(record, truth, source_text: str, heads: set[str], countries: set[str]) -> list[tuple[str, str]]:
    """(cause, detail) for each miss and each false body of one record."""
    torgs = truth["organizations"]
    orgs = record.entities.organizations
    matched, false = _matches(record, truth)
    matched_truth = set(matched.values())
    out = []
    used_false: set[int] = set()
    units = {key(u, False) for o in orgs for u in o.units}  # (score.py: an office named as a unit of its body)
    for i, t in enumerate(torgs):
        if i in matched_truth:
            continue
        if key(t["name"], False) in units:  # found: score.py matches it (not a miss)
            out.append(("(matched as a unit: an office listed apart)", repr(t["name"])))
            continue
        name, acronym = t["name"], t.get("acronym")
        tk = key(name, False)
        cause = None
        # the truth's conventions: a country (or its government) counted as a body, one body listed twice
        if _is_government(name) or name in countries:
            out.append(("convention: country or government as a body", repr(name)))
            continue
        twice = next((torgs[other]["name"] for j, other in matched.items()
                      if {tk, key(acronym or "", False)} & {key(m.text, False) for m in orgs[j].mentions}), None)
        if twice:
            out.append(("convention: one body listed twice", f"{name!r} = {twice!r}"))
            continue
        for j in false:
            for form in _forms(orgs[j]):
                fk = key(form, False)
                if not fk or fk == tk:
                    continue
                if (tk.startswith(fk) or tk.endswith(fk)) and len(fk) >= 4 and (acronym is None or fk != key(acronym, False)):
                    cause = f"cut short: {_lost_words(name, form, source_text)}"
                elif fk.startswith(tk) or fk.endswith(tk) or tk in fk:
                    cause = "too long"
                if cause:
                    used_false.add(j)
                    out.append((cause, f"{name!r} <- {form!r}"))
                    break
            if cause:
                break
        if cause:
            continue
        # a body counted elsewhere: cut short/too long against an org that matched another truth
        for j, other in matched.items():
            for form in _forms(orgs[j]):
                fk = key(form, False)
                if fk and fk != tk and len(fk) >= 4 and (tk.startswith(fk) or tk.endswith(fk)) \
                        and not (acronym and fk == key(acronym, False)):
                    cause = f"cut short: {_lost_words(name, form, source_text)} (taken as {torgs[other]['name']!r})"
                elif fk and fk != tk and tk in fk:
                    cause = f"too long (taken as {torgs[other]['name']!r})"
                if cause:
                    out.append((cause.split(" (")[0] + " (matched another)", f"{name!r} <- {form!r}"))
                    break
            if cause:
                break
        if cause:
            continue
        if acronym and re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", source_text):
            first = source_text.find(acronym)
            cause = "acronym only"
            out.append((cause, f"{name!r} ({acronym}) … {source_text[max(0, first - 60): first + 60]!r}"))
            continue
        words = {w.strip("'’,").lower() for w in name.split()}
        out.append(("not found, head word" if words & heads else "not found, no head word", repr(name)))
    for j in false:
        if j in used_false:
            continue
        o = orgs[j]
        ok = key(o.name, False)
        twice = next((torgs[i]["name"] for i in matched_truth
                      if ok and (ok in key(torgs[i]["name"], False) or key(torgs[i]["name"], False) in ok
                                 or (o.acronym and torgs[i].get("acronym") and key(o.acronym) == key(torgs[i]["acronym"])))), None)
        if twice:
            out.append(("false: same body twice", f"{o.name!r} ({o.acronym}) ~ {twice!r}"))
        elif o.name.split()[0].lower() in ("government", "gouvernement", "gobierno") or o.name in countries:
            out.append(("false: country or government", repr(o.name)))
        else:
            out.append(("false: other", f"{o.name!r} ({o.acronym}) kind={o.kind}"))
    return out


def main(argv=None) -> int:
    import pipeline
    from pipeline.entities.vocabulary import country_names
    from pipeline.languages import SUPPORTED_LANGUAGES, language_data

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--kinds", default="pdf,txt")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    folders = [Path(f) for f in args.folders] + ([ROOT / "tests" / name for name in DEV_SETS] if args.dev else [])
    heads = {h for lang in SUPPORTED_LANGUAGES for h in language_data("lexicon.json", lang)["organization_heads"]}
    countries = {name for lang in SUPPORTED_LANGUAGES for name in country_names(lang)}
    totals: dict[str, Counter] = {kind: Counter() for kind in args.kinds.split(",")}
    details = []
    for truth_path in [p for folder in folders for p in sorted(folder.glob("*.truth.json"))]:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        base = truth_path.name.removesuffix(".truth.json")
        text_path = truth_path.parent / f"{base}.txt"
        source_text = text_path.read_text(encoding="utf-8", errors="replace") if text_path.exists() else ""
        for kind in totals:
            source = truth_path.parent / f"{base}.{kind}"
            if not source.exists():
                continue
            for cause, detail in doc_causes(pipeline.extract(source), truth, source_text, heads, countries):
                totals[kind][cause] += 1
                details.append(f"{base}.{kind} [{truth.get('language', 'en')}] {cause}: {detail}")
    # most frequent first, ties by name: the same order every run (a set's order is not)
    every = sorted({c for counter in totals.values() for c in counter}, key=lambda c: (-sum(t[c] for t in totals.values()), c))
    print(f"{'cause':44s}" + "".join(f"{k:>6s}" for k in totals))
    for cause in every:
        print(f"{cause:44s}" + "".join(f"{totals[k][cause]:6d}" for k in totals))
    if args.show:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
