"""How the text path's heading levels compare with the truth's, per half of the dev sets: for every
heading whose text the record has (whatever its level), the pair (truth level, record level), and
the same pairs split by the heading's shape (a question, in capitals, numbered).

    python bench/text_levels.py CACHE [--sets A,B]

CACHE is a folder of records that ``bench/text_dev.py --cache CACHE`` wrote (one JSON a brochure,
under the set's name with "/" as "_"); nothing is extracted here. The heading "level" cause of
``text_dev.py --causes`` says how many headings are found at a wrong level; this says which levels
and which shapes, so that a rule for levels can be judged on both halves before it is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))

from blind_eval import DEV_SETS  # noqa: E402
from score import heading_key  # noqa: E402
from text_dev import HALF_A  # noqa: E402

_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s")


def _headings(sections: list[dict]) -> list[tuple[str, int]]:
    """The record's headings in reading order, each with its level (sections and subsections flattened)."""
    out: list[tuple[str, int]] = []
    for section in sections:
        if section["heading"]:
            out.append((section["heading"], section["level"]))
        out += _headings(section["subsections"])
    return out


def _shape(text: str, upper: bool) -> str:
    """The heading's shape as the text shows it (a heading the design sets in capitals is printed so)."""
    letters = [c for c in text if c.isalpha()]
    if _NUMBERED.match(text):
        return "numbered"
    if text.rstrip().endswith("?"):
        return "question"
    if upper or (len(letters) > 1 and all(c.isupper() for c in letters)):
        return "capitals"
    return "mixed case"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--sets", default=None)
    args = parser.parse_args(argv)
    sets = args.sets.split(",") if args.sets else list(DEV_SETS)
    pairs: dict[str, Counter] = {"half A": Counter(), "half B": Counter()}
    shapes: dict[str, Counter] = {"half A": Counter(), "half B": Counter()}
    for name in sets:
        half = "half A" if name in HALF_A else "half B"
        for cached in sorted((args.cache / name.replace("/", "_")).glob("*.json")):
            truth_path = ROOT / "tests" / name / f"{cached.stem}.truth.json"
            if not truth_path.exists():
                continue
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            found: dict[str, list[int]] = {}
            for text, level in _headings(json.loads(cached.read_text(encoding="utf-8"))["sections"]):
                found.setdefault(heading_key(text), []).append(level)
            for heading in truth["headings"]:
                levels = found.get(heading_key(heading["text"]))
                if not levels:
                    continue
                level = heading["level"] if heading["level"] in levels else levels[0]
                levels.remove(level)
                pairs[half][(heading["level"], level)] += 1
                shapes[half][(_shape(heading["text"], bool(heading.get("upper"))), heading["level"], level)] += 1
    for half in pairs:
        print(f"{half}: (truth level, record level) count")
        for (truth_level, level), count in sorted(pairs[half].items()):
            print(f"  {truth_level} {level} {count}")
        print(f"{half}: (shape, truth level, record level) count")
        for (shape, truth_level, level), count in sorted(shapes[half].items()):
            print(f"  {shape:<11} {truth_level} {level} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
