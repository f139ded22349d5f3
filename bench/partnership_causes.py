"""Why partnerships are missed: each truth partnership a relation step does not find, put down to the
part that failed.

    python bench/partnership_causes.py [--corpus corpus-phrasing3] [--kinds txt] [--step rules|model|hybrid]
                                       [--families a,b] [--show N]

Causes, tried in this order (the first that holds):
- ``party not recognized``: a truth party is no organization or country of the record (entities);
- ``parties in different blocks``: no block names every truth party;
- ``in a table cell``: only table cells (or cells and prose) name them all, no sentence of prose does;
- ``sentence split``: a block names them all, no one sentence (nor a sentence and the one before) does;
- ``instrument cue not found``: the sentence names no phrase of the truth's instrument;
- ``not attached``: nothing found in the sentence with the truth's instrument (no rule fired, or the
  model took no two parties);
- ``party list cut``: found with that instrument, but without every truth party;
- ``year not attached``: found with the parties, not with the truth's year;
- ``other``: found right in the sentence, lost when merged.
With --extras, also the partnerships found that no truth one matches, by cause (see ``extras``).
Reads the documents as bench/train_relations.py does (its cache). The blind dev sets:
``--corpus ../blind,../blind2,../blind3,../blind4,../blind6 --kinds txt,pdf --step fill``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))
from score import country_keys, instrument_matches, key, matched_partnerships, party_keys, predicted_party_names  # noqa: E402
from train_relations import documents  # noqa: E402


def causes(annotated, truth, step: str, forest=None) -> list[tuple[str, dict, str]]:
    """(cause, truth partnership, the sentence) of each truth partnership ``step`` misses (the model:
    ``forest``, else the shipped one)."""
    from pipeline.relations import _SENTENCE_END, _instruments, _merge, _rejoined, chosen_findings, phrase_key, sentence_readings


    torgs = truth["organizations"]
    entities = annotated.entities
    printed = {o.id: [m.text for m in o.mentions] for o in entities.organizations}
    reads = sentence_readings(annotated)
    chosen = chosen_findings(reads, step, forest)
    found_by_read = [[f for f in chosen if f.sentence is read.sentence] for read in reads]
    used = matched_partnerships(_merge([f for fs in found_by_read for f in fs]), entities.organizations, truth, entities.countries)
    by_country = country_keys(entities.countries)
    # where each truth key is mentioned: block -> [(start, end)]
    mentions: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for org in entities.organizations:
        names = {org.acronym or org.name, org.name, *printed[org.id]}
        for k in party_keys(names, torgs, by_country):
            for m in org.mentions:
                mentions.setdefault(k, {}).setdefault(m.block, []).append((m.start, m.end))
    for country in entities.countries:
        k = key(f"country:{country.iso_alpha2}", False)
        for m in country.mentions:
            mentions.setdefault(k, {}).setdefault(m.block, []).append((m.start, m.end))
    texts = {item.id: item.text for section in _all(annotated.document.sections) for item in [*section.paragraphs, *section.bullets]}
    out = []
    for index, wanted in enumerate(truth["partnerships"]):
        if index in used:
            continue
        tk = party_keys(wanted["parties"], torgs, by_country)
        if any(k not in mentions for k in tk):
            out.append(("party not recognized", wanted, ""))
            continue
        blocks = set.intersection(*(set(mentions[k]) for k in tk))
        if not blocks:
            out.append(("parties in different blocks", wanted, ""))
            continue
        # every sentence (or sentence and the one before) of a block naming them all; the one that names the
        # truth's instrument is the one that states it (else the first)
        stating = []
        for block in sorted(blocks):
            text = texts.get(block, "")
            ends = [0] + [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
            spans = list(zip(ends, ends[1:], strict=False))
            for i, (s, e) in enumerate(spans):
                here = all(any(s <= a < e for a, _ in mentions[k][block]) for k in tk)
                two = i > 0 and all(any(spans[i - 1][0] <= a < e for a, _ in mentions[k][block]) for k in tk)
                if here or two:
                    said = text[spans[i - 1][0] if (two and not here) else s: e]
                    phrases, instrument_of, _, _ = _instruments(annotated.block_languages.get(block, annotated.language))
                    named = [instrument_of[phrase_key(m.group(0))][0] for m in phrases.finditer(_rejoined(said, annotated.language))]
                    cue_missing = not any(instrument_matches(wanted["instrument"], n) for n in named)
                    stating.append((cue_missing, block, (spans[i - 1][0] if (two and not here) else s, e), said))
        if not stating:
            cells = [b for b in blocks if b not in texts]
            out.append(("in a table cell" if cells else "sentence split", wanted, ""))
            continue
        missing_cue, block, sentence, said = min(stating, key=lambda item: item[0])
        if missing_cue:
            out.append(("instrument cue not found", wanted, said))
            continue
        here = [f for read, fs in zip(reads, found_by_read, strict=False) if read.sentence.block == block
                and sentence[0] <= read.sentence.start < sentence[1] for f in fs if instrument_matches(wanted["instrument"], f.instrument)]
        if not here:
            out.append(("not attached", wanted, said))
            continue
        keys = [party_keys({n for p in f.parties + f.partners_only for n in predicted_party_names(p, printed)}, torgs, by_country)
                for f in here]
        if not any(tk <= k for k in keys):
            out.append(("party list cut", wanted, said))
        elif not any(tk <= k and f.year == wanted.get("year") for k, f in zip(keys, here, strict=False)):
            out.append(("year not attached", wanted, said))
        else:
            out.append(("other", wanted, said))
    return out


def extras(annotated, truth, step: str, forest=None) -> list[tuple[str, object, str]]:
    """(cause, predicted partnership, its evidence) of each partnership ``step`` finds that no truth one matches:
    ``said twice`` (a truth partnership it would match is matched by another record: a renewal or a second
    mention kept apart), ``year wrong``, ``instrument wrong``, ``party wrong`` (a truth partnership of that
    instrument shares a party with it but not all: one missing or a non-partner taken), else ``not in the truth``
    (a speaker, a service contract, a body only mentioned, a table row that repeats the prose ...)."""
    from pipeline.relations import _merge, chosen_findings, sentence_readings

    torgs = truth["organizations"]
    entities = annotated.entities
    printed = {o.id: [m.text for m in o.mentions] for o in entities.organizations}
    partnerships = _merge(chosen_findings(sentence_readings(annotated), step, forest))
    by_country = country_keys(entities.countries)
    tps = [(party_keys(p["parties"], torgs, by_country), p["instrument"], p.get("year")) for p in truth["partnerships"]]
    used: set[int] = set()
    matched: set[int] = set()
    for n, pp in enumerate(partnerships):  # (as score.matched_partnerships: each prediction matches one)
        pk = party_keys({name for party in pp.parties for name in predicted_party_names(party, printed)}, torgs, by_country)
        for i, (tk, inst, yr) in enumerate(tps):
            if i not in used and instrument_matches(inst, pp.instrument) and (yr is None or yr == pp.year) and tk <= pk:
                used.add(i)
                matched.add(n)
                break
    out = []
    for n, pp in enumerate(partnerships):
        if n in matched:
            continue
        pk = party_keys({name for party in pp.parties for name in predicted_party_names(party, printed)}, torgs, by_country)
        evidence = pp.evidence[0].text if pp.evidence else ""
        if any(instrument_matches(inst, pp.instrument) and tk <= pk and (yr is None or yr == pp.year) for tk, inst, yr in tps):
            cause = "said twice"
        elif any(i not in used and instrument_matches(inst, pp.instrument) and tk <= pk for i, (tk, inst, yr) in enumerate(tps)):
            cause = "year wrong"
        elif any(i not in used and tk <= pk for i, (tk, inst, yr) in enumerate(tps)):
            cause = "instrument wrong"
        elif any(i not in used and instrument_matches(inst, pp.instrument) and tk & pk for i, (tk, inst, yr) in enumerate(tps)):
            cause = "party wrong"
        else:
            cause = "not in the truth"
        out.append((cause, pp, evidence))
    return out


def _all(sections):
    from pipeline.record import all_sections

    return all_sections(sections)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default="corpus-phrasing3")
    parser.add_argument("--kinds", default="txt")
    parser.add_argument("--step", default="rules")
    parser.add_argument("--families", default="", help="only the truth partnerships of these phrasing families")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each cause")
    parser.add_argument("--extras", action="store_true", help="also the partnerships found that no truth one matches, by cause")
    parser.add_argument("--model", help="the trees to read with (a file bench/train_relations.py wrote; default the shipped one)")
    parser.add_argument("--cache", default="/tmp/brochure-relations-cache")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    families = set(filter(None, args.families.split(",")))
    forest = None
    if args.model:
        import json

        from pipeline.structure.labeller import Forest

        forest = Forest.from_json(json.loads(Path(args.model).read_text(encoding="utf-8"))["model"])
    tally: Counter = Counter()
    extra_tally: Counter = Counter()
    extra_examples: dict[str, list[str]] = {}
    by_family: dict[str, Counter] = {}
    examples: dict[str, list[str]] = {}
    total = 0
    for corpus in args.corpus.split(","):
        for _, doc_id, kind, truth, annotated in documents([corpus], args.kinds.split(","), Path(args.cache), args.jobs):
            total += sum(1 for p in truth["partnerships"] if not families or p.get("phrasing") in families)
            for cause, wanted, said in causes(annotated, truth, args.step, forest):
                if families and wanted.get("phrasing") not in families:
                    continue
                tally[cause] += 1
                by_family.setdefault(wanted.get("phrasing", "?"), Counter())[cause] += 1
                examples.setdefault(cause, []).append(f"{doc_id}.{kind} [{wanted.get('phrasing')}] {wanted['instrument']} "
                                                      f"{wanted.get('year')} {' + '.join(wanted['parties'])}: {said[:220]}")
            for cause, found, said in extras(annotated, truth, args.step, forest) if args.extras else []:
                extra_tally[cause] += 1
                parties = " + ".join(p.acronym or p.iso_alpha2 or p.name for p in found.parties)
                extra_examples.setdefault(cause, []).append(f"{doc_id}.{kind} {found.instrument} {found.year} {parties}: {said[:220]}")
    print(f"{args.corpus} ({args.kinds}, step {args.step}): {sum(tally.values())} of {total} truth partnerships missed")
    for cause, n in tally.most_common():
        print(f"  {n:4d}  {cause}")
    print("per phrasing family:")
    for family, counter in sorted(by_family.items()):
        print(f"  {family:32s} " + ", ".join(f"{c} {n}" for c, n in counter.most_common()))
    for cause, lines in examples.items():
        for line in lines[: args.show]:
            print(f"[{cause}] {line}")
    if args.extras:
        print(f"{sum(extra_tally.values())} partnerships found that no truth one matches")
        for cause, n in extra_tally.most_common():
            print(f"  {n:4d}  {cause}")
        for cause, lines in extra_examples.items():
            for line in lines[: args.show]:
                print(f"[extra: {cause}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
