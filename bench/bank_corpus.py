"""Turn the bank of partnership passages written blind (tests/bank7: one JSON line per passage, with its
organizations and partnerships) into text brochures the relation step is trained and scored on.

    python bench/bank_corpus.py [--per-document 5]

A passage whose number is a multiple of HELD_OUT_EVERY (bank7-en-003, -006, ...: a third of each language,
of every writer's topic and shape alike) goes to tests/zoo/corpus-bank7-held, never trained on; the rest
to tests/zoo/corpus-bank7 (bench/train_relations.py TRAIN). Each brochure is --per-document passages of one
language, in the bank's order, under a heading in that language, one paragraph each (so no sentence reads
another passage's), with the passages' organizations and partnerships as its truth (the zoo's truth
format: tests/zoo/score.py). Output is the same for the same bank.

One mapping of the bank's truth to the record's contract: the bank's writer had six instruments (blind4's),
so a partnership agreement is `partnership` there; the record has `partnership_agreement` for it (as the zoo
and blind2 do). A `partnership` record of a passage that names a partnership agreement (the phrases of
pipeline/data instruments.json "partnership_agreement" in the passage's language: "accord de partenariat",
"acuerdo de asociación") is written as `partnership_agreement` (10 of the bank's 185 records).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BANK = ROOT / "tests" / "bank7"
TRAIN_DIR = ROOT / "tests" / "zoo" / "corpus-bank7"
HELD_OUT_DIR = ROOT / "tests" / "zoo" / "corpus-bank7-held"
LANGUAGES = ("en", "fr", "es")
HELD_OUT_EVERY = 3
HEADINGS = {"en": "Our partnerships", "fr": "Nos partenariats", "es": "Nuestras alianzas"}


def passages(language: str) -> list[dict]:
    """The bank's passages of ``language``, in its order. Raises ValueError naming the file and line of a bad one."""
    path = BANK / f"{language}.jsonl"
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            passage = json.loads(line)
            passage["id"], passage["text"], passage["organizations"], passage["partnerships"]  # noqa: B018
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a bank passage ({error})") from error
        out.append(passage)
    return out


def held_out(passage: dict) -> bool:
    """A third of the bank, by the passage's number: bank7-<lang>-NNN with NNN a multiple of HELD_OUT_EVERY."""
    return int(passage["id"].rsplit("-", 1)[1]) % HELD_OUT_EVERY == 0


def contract_instrument(passage: dict, instrument: str) -> str:
    """The record's instrument for a bank record's ``instrument`` (see the module's docstring)."""
    from pipeline.relations import _instruments, phrase_key

    if instrument != "partnership":
        return instrument
    phrases, instrument_of, _, _ = _instruments(passage["language"])
    named = {instrument_of[phrase_key(m.group(0))][0] for m in phrases.finditer(passage["text"])}
    return "partnership_agreement" if "partnership_agreement" in named else instrument


def brochure(doc_id: str, language: str, group: list[dict]) -> tuple[str, dict]:
    """(the text brochure, its truth) of a group of passages of one language."""
    text = HEADINGS[language] + "\n\n" + "\n\n".join(" ".join(p["text"].split()) for p in group) + "\n"
    organizations: list[dict] = []
    for passage in group:
        for org in passage["organizations"]:
            entry = {"name": org["name"], "acronym": org.get("acronym")}
            if entry not in organizations:
                organizations.append(entry)
    partnerships = [{"parties": p["parties"], "instrument": contract_instrument(passage, p["instrument"]), "year": p.get("year"),
                     "end_year": p.get("end_year"),
                     "phrasing": passage.get("shape"), "passage": passage["id"]}
                    for passage in group for p in passage["partnerships"]]
    truth = {"id": doc_id, "language": language, "source": "tests/bank7 (written blind)", "passages": [p["id"] for p in group],
             "organizations": organizations, "partnerships": partnerships}
    return text, truth


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-document", type=int, default=5)
    args = parser.parse_args(argv)
    for folder in (TRAIN_DIR, HELD_OUT_DIR):
        folder.mkdir(parents=True, exist_ok=True)
        for old in [*folder.glob("*.txt"), *folder.glob("*.truth.json")]:
            old.unlink()
    counts = {}
    for language in LANGUAGES:
        rows = passages(language)
        for folder, split in ((TRAIN_DIR, "train"), (HELD_OUT_DIR, "held")):
            part = [p for p in rows if held_out(p) == (split == "held")]
            for index in range(0, len(part), args.per_document):
                doc_id = f"bank7-{language}-{split}-{index // args.per_document + 1:02d}"
                text, truth = brochure(doc_id, language, part[index: index + args.per_document])
                (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
                (folder / f"{doc_id}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            counts[(language, split)] = (len(part), sum(len(p["partnerships"]) for p in part))
    for (language, split), (n, records) in sorted(counts.items()):
        print(f"{language} {split:5s} {n:3d} passages, {records:3d} partnerships")
    return 0


if __name__ == "__main__":
    sys.exit(main())
