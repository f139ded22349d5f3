"""Count the text path's structure errors by cause, on brochures whose truth may be read (the zoo,
the blind dev sets): for each role the scorer counts (title, headings, bullets, paragraphs,
furniture), every miss and every false find is put down to one cause, told by where its text went.

    python bench/text_causes.py --dev [-v]          # the dev sets (blind_eval.DEV_SETS), their .txt
    python bench/text_causes.py tests/zoo/corpus-fr [-v]

Prints the counts per role and cause (pooled over the brochures); with -v, each error with its
document. Never run it on a held-out set (a set not yet scored once, or a generator's src/): it prints their text.

Causes (a key is the scorer's: whitespace and dashes dropped):
- headings: ``level`` (right text, wrong level), ``as paragraph`` / ``as bullet`` (the heading's text
  read as one), ``run into text`` (a paragraph or bullet that starts with it: no break after it),
  ``as title``, ``as furniture``; a false heading that is ``truth paragraph start`` (the first line of
  a paragraph the text broke), ``truth bullet``, ``truth title``, ``kicker or masthead`` (truth's
  ignore list or its furniture), ``table cell``, ``contact or quote``.
- bullets: ``level``, ``as paragraph``, ``inside paragraph`` (its text in a longer paragraph),
  ``cut`` (a bullet that is the first part of it: a wrapped item broken), ``merged`` (a bullet that
  holds it and more), ``as heading``; false ones ``truth paragraph``, ``truth heading``, ``part of a
  truth bullet``, ``contact or quote``.
- paragraphs: ``split`` (a paragraph that is a part of it), ``merged`` (one that holds it and more),
  ``as heading``/``as bullet``; false ones ``truth heading``, ``truth bullet``, ``table cell``,
  ``part of a truth paragraph``, ``holds truth paragraphs``, ``kicker or masthead``, ``contact or quote``.
- title: what was taken instead (``truth heading``, ``kicker or masthead``, ``part of the title``,
  ``truth paragraph``, ``contact or quote``, ``table cell``, ``none``).
- furniture: a miss ``kept as content`` or ``lost``; a false one ``truth content``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "zoo"))

from blind_eval import DEV_SETS  # noqa: E402  (bench/, this script's folder)
from score import heading_key, key, record_parts  # noqa: E402

import pipeline  # noqa: E402

HELD_OUT = ("src",)
"""Never read: the generators of designs8 and designs9 (src/), which make new held-out brochures. Every
blind set joins the dev sets once it has been scored as held out (blind8 and designs9/held: session 9)."""


def _folded(text: str | None) -> str:
    return key(text, case=False)


def _leftover(predicted: list[str], truth: list[str]) -> tuple[list[str], list[str]]:
    """The predicted keys not in truth and the truth keys not predicted (as multisets)."""
    rest, extra = list(truth), []
    for item in predicted:
        if item in rest:
            rest.remove(item)
        else:
            extra.append(item)
    return extra, rest


class Texts:
    """The folded texts of one brochure's truth and record, by role, to tell where a text went."""

    def __init__(self, truth: dict, record) -> None:
        parts = record_parts(record)
        self.t_headings = [heading_key(h["text"]) for h in truth["headings"]]
        self.t_bullets = [_folded(b["text"]) for b in truth["bullets"]]
        self.t_paragraphs = [_folded(p) for p in truth["paragraphs"]]
        self.t_title = _folded(truth.get("title"))
        self.t_aside = [_folded(s) for s in truth.get("ignore", []) + truth.get("furniture", []) + truth.get("credits", [])]
        self.t_cells = [_folded(cell) for table in truth["tables"] for row in table["header_rows"] + table["rows"] for cell in row]
        self.t_contact = [_folded(value) for contact in truth["contacts"] for value in contact.values() if isinstance(value, str)]
        self.t_contact += [_folded(part) for quote in truth["quotes"] for part in (quote.get("speaker"), quote.get("role")) if part]
        self.headings = [heading_key(h) for h, _ in parts["headings"]]
        self.bullets = [_folded(t) for t, _ in parts["bullets"]]
        self.paragraphs = [_folded(p) for p in parts["paragraphs"]]
        self.title = _folded(record.title)
        self.furniture = [_folded(f.text) for f in record.furniture]

    def aside(self, text: str) -> bool:
        return any(text and (text == a or (len(text) > 8 and text in a) or (len(a) > 8 and a in text)) for a in self.t_aside)

    def contact(self, text: str) -> bool:
        return any(text and a and (text == a or a in text) for a in self.t_contact)


def heading_causes(t: Texts, truth: dict, record) -> list[tuple[str, str]]:
    parts = record_parts(record)
    predicted = [f"{heading_key(h)}|{level}" for h, level in parts["headings"]]
    wanted = [f"{heading_key(h['text'])}|{h['level']}" for h in truth["headings"]]
    extra, missed = _leftover(predicted, wanted)
    out = []
    extra_texts = [item.rsplit("|", 1)[0] for item in extra]
    for item in missed:
        text = item.rsplit("|", 1)[0]
        if text in extra_texts:
            extra_texts.remove(text)
            out.append(("level", item))
        elif text in t.paragraphs:
            out.append(("FN as paragraph", item))
        elif text in t.bullets:
            out.append(("FN as bullet", item))
        elif any(p.startswith(text) for p in t.paragraphs + t.bullets):
            out.append(("FN run into text", item))
        elif text == t.title:
            out.append(("FN as title", item))
        elif text in t.furniture:
            out.append(("FN as furniture", item))
        else:
            out.append(("FN other", item))
    for text in extra_texts:
        if any(p.startswith(text) and p != text for p in t.t_paragraphs):
            cause = "truth paragraph start"
        elif text in t.t_paragraphs:
            cause = "truth paragraph"
        elif any(b.startswith(text) for b in t.t_bullets):
            cause = "truth bullet"
        elif text == t.t_title or (text and text in t.t_title):
            cause = "truth title"
        elif t.aside(text):
            cause = "kicker or masthead"
        elif text in t.t_cells:
            cause = "table cell"
        elif t.contact(text):
            cause = "contact or quote"
        else:
            cause = "other"
        out.append((f"FP {cause}", text))
    return out


def bullet_causes(t: Texts, truth: dict, record) -> list[tuple[str, str]]:
    parts = record_parts(record)
    predicted = [f"{_folded(text)}|{level}" for text, level in parts["bullets"]]
    wanted = [f"{_folded(b['text'])}|{b['level']}" for b in truth["bullets"]]
    extra, missed = _leftover(predicted, wanted)
    extra_texts = [item.rsplit("|", 1)[0] for item in extra]
    out = []
    for item in missed:
        text = item.rsplit("|", 1)[0]
        if text in extra_texts:
            extra_texts.remove(text)
            out.append(("level", item))
        elif text in t.paragraphs:
            out.append(("FN as paragraph", item))
        elif text in t.headings:
            out.append(("FN as heading", item))
        elif any(text in p for p in t.paragraphs):
            out.append(("FN inside paragraph", item))
        elif any(text.startswith(b) for b in extra_texts + t.bullets):
            out.append(("FN cut", item))
        elif any(text in b for b in t.bullets):
            out.append(("FN merged", item))
        else:
            out.append(("FN other", item))
    for text in extra_texts:
        if any(text in p for p in t.t_paragraphs):
            cause = "truth paragraph"
        elif text in t.t_headings:
            cause = "truth heading"
        elif any(text in b for b in t.t_bullets):
            cause = "part of a truth bullet"
        elif any(b in text for b in t.t_bullets):
            cause = "holds truth bullets"
        elif t.contact(text):
            cause = "contact or quote"
        elif t.aside(text):
            cause = "kicker or masthead"
        else:
            cause = "other"
        out.append((f"FP {cause}", text))
    return out


def paragraph_causes(t: Texts, truth: dict, record) -> list[tuple[str, str]]:
    # as the scorer does: a paragraph that is other truth (a caption, a credit) is not counted
    ignore = [_folded(s) for s in truth.get("ignore", []) + truth.get("credits", [])]
    predicted = [key(p) for p in record_parts(record)["paragraphs"]]
    truth_keys = [key(p) for p in truth["paragraphs"]]
    predicted = [p for p in predicted if p in truth_keys or not any(p.lower() in a or a in p.lower() for a in ignore if a)]
    extra, missed = _leftover(predicted, truth_keys)
    extra = [p.lower() for p in extra]
    out = []
    for item in (m.lower() for m in missed):
        if item in t.headings:
            out.append(("FN as heading", item))
        elif item in t.bullets:
            out.append(("FN as bullet", item))
        elif any(len(p) > 8 and p in item for p in extra):
            out.append(("FN split", item))
        elif any(item in p for p in extra):
            out.append(("FN merged", item))
        else:
            out.append(("FN other", item))
    for text in extra:
        if text in t.t_headings:
            cause = "truth heading"
        elif any(text.endswith(b) or text == b for b in t.t_bullets):
            cause = "truth bullet"
        elif text in t.t_cells:
            cause = "table cell"
        elif any(text in p for p in t.t_paragraphs):
            cause = "part of a truth paragraph"
        elif any(p in text for p in t.t_paragraphs):
            cause = "holds truth paragraphs"
        elif text == t.t_title or text in t.t_title:
            cause = "truth title"
        elif t.contact(text):
            cause = "contact or quote"
        elif t.aside(text):
            cause = "kicker or masthead"
        elif any(h and text.startswith(h) for h in t.t_headings):
            cause = "heading run into it"
        else:
            cause = "other"
        out.append((f"FP {cause}", text))
    return out


def title_causes(t: Texts, truth: dict, record) -> list[tuple[str, str]]:
    if t.title == t.t_title or not t.t_title:
        return []
    if not t.title:
        return [("none", "")]
    if t.title and t.title in t.t_title:
        cause = "part of the title"
    elif t.t_title in t.title:
        cause = "title and more"
    elif t.title in t.t_headings:
        cause = "truth heading"
    elif t.aside(t.title):
        cause = "kicker or masthead"
    elif any(t.title in p for p in t.t_paragraphs + t.t_bullets):
        cause = "truth paragraph or bullet"
    elif t.contact(t.title):
        cause = "contact or quote"
    elif t.title in t.t_cells:
        cause = "table cell"
    else:
        cause = "other"
    return [(cause, t.title)]


def furniture_causes(t: Texts, truth: dict, record) -> list[tuple[str, str]]:
    extra, missed = _leftover(t.furniture, [_folded(f) for f in truth["furniture"]])
    content = set(t.paragraphs) | set(t.bullets) | set(t.headings)
    out = [("FN kept as content" if item in content or any(item in c for c in content) else "FN lost", item) for item in missed]
    return out + [("FP truth content", item) for item in extra]


ROLES = {"title": title_causes, "headings": heading_causes, "bullets": bullet_causes, "paragraphs": paragraph_causes,
         "furniture": furniture_causes}


def causes_of(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Every error of the brochure at ``path`` (its truth beside it), by role: (cause, text)."""
    truth = json.loads(path.with_name(path.name.split(".")[0] + ".truth.json").read_text(encoding="utf-8"))
    record = pipeline.extract(path)
    texts = Texts(truth, record)
    return {role: find(texts, truth, record) for role, find in ROLES.items()}


def main(argv: list[str]) -> int:
    folders = [Path(arg) for arg in argv if not arg.startswith("-")]
    if "--dev" in argv:
        folders += [ROOT / "tests" / name for name in DEV_SETS]
    if any(part in HELD_OUT for folder in folders for part in folder.parts):
        sys.exit("text_causes.py prints the documents' text: never on a held-out set")
    counts: dict[str, Counter] = {role: Counter() for role in ROLES}
    for path in sorted(p for folder in folders for p in folder.glob("*.txt") if p.with_name(p.name.split(".")[0] + ".truth.json").exists()):
        for role, found in causes_of(path).items():
            for cause, text in found:
                counts[role][cause] += 1
                if "-v" in argv:
                    print(f"{path.name}\t{role}\t{cause}\t{text[:120]}")
    for role, counter in counts.items():
        print(f"{role}: " + ", ".join(f"{cause} {n}" for cause, n in counter.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
