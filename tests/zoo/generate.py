# ruff: noqa: E501  (a bank of sentences and page templates: long lines read better unbroken)
"""Generate the brochure zoo: brochures composed from the content model (content.py), each rendered
by one producer (reportlab, Chromium, LibreOffice) in one design family whose details are drawn at
random, with a truth file derived from the same content. Reproducible from --seed.

    python tests/zoo/generate.py [--seed 1] [--per-family 11] [--out tests/zoo/corpus]

A document is kept only when every truth string is found in the text of its PDF (pdftotext,
whitespace-normalised, hyphenation at line ends tolerated); dropped documents are reported.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import compose, find_countries, find_years  # noqa: E402
from content_lang import DESIGN_STRINGS, compose_in  # noqa: E402

HERE = Path(__file__).resolve().parent

HEADER_TEXTS = ["Decent Work Brief", "Country Brief No. 4", "Fact Sheet Series", "Policy Brief 12", "Programme Update",
                "Development Cooperation Brief"]
GLYPHS = ["•", "▪", "–", "✓", "o", "➢"]
# bullets that are not a glyph of the text font: "zapf" ZapfDingbats (reportlab's built-in font: pdftotext
# reads "●", pdfminer "l"), "dings" a Wingdings-like font made here (every reader gets "l", "n", "q"),
# "pifont" LaTeX's dingbats, "vector" a small drawn square with no character at all
SYMBOL_LISTS = {"reportlab": ["zapf", "dings", "vector"], "chromium": ["dings", "vector"], "typst": ["dings", "vector"],
                "pdflatex": ["pifont", "vector"], "libreoffice": []}
DINGS_CHARS = ["l", "n", "q", "u"]
ZAPF_CHARS = ["●", "■", "❑", "➢"]
PIFONT_CODES = {108: "●", 110: "■", 113: "❑", 226: "➢"}
FIGURE_CAPTIONS = ["Figure 1. Trainees at a vocational training centre", "Figure 1. Members of a women's cooperative at work",
                   "Figure 1. A joint safety committee inspects a workshop", "Photo caption: Workers on a road construction site"]
CREDITS = ["Photo: ILO/M. Crozet", "Photo: © ILO/A. Rahman", "Photo credit: ILO/K. Osei", "Cover photo: ILO/J. Mara"]
# decks and taglines: large or bold type that looks like a heading or a title and is neither
DECKS = ["A short guide to what the programme does, who it reaches and what it has achieved",
         "Facts, figures and stories from the field", "How governments, employers and workers are working together for change",
         "An overview for partners, donors and the public", "What has worked, what has not, and what comes next"]
TAGLINES = ["Advancing social justice, promoting decent work", "Decent work for all", "Jobs, rights, protection and dialogue",
            "Work for a fairer future", "Together for social justice"]
# footnotes: no years and no country names in them (they would be entity truth)
FOOTNOTES = ["Estimates based on national labour force surveys.", "Figures rounded to the nearest hundred.",
             "Administrative data of the implementing partners.", "Includes workers in both formal and informal employment.",
             "As reported by the national statistics office."]
RUN_IN_SEPARATORS = [" – ", ": ", ". "]

FAMILIES = {
    "reportlab": ["rl-report", "rl-twocol", "rl-trifold", "rl-factsheet", "rl-boxed"],
    "chromium": ["html-magazine", "html-trifold", "html-sidebar", "html-cards", "html-report"],
    "libreoffice": ["lo-letter", "lo-twocol", "lo-numbered", "lo-landscape", "lo-boxed"],
    "typst": ["typ-brief", "typ-twocol", "typ-sidebar", "typ-trifold", "typ-report"],
    "pdflatex": ["tex-article", "tex-twocol", "tex-boxed", "tex-trifold", "tex-report"],
}
# Families written after the rules were fitted to the zoo above (session 7), modelled on kinds of design the
# blind brochures have and the zoo had not (key-figure tiles, a card grid, a deck in a type of its own, section
# heads in capitals over sub-heads of the same type): generated only when named (--families), into their own
# folder (tests/zoo/corpus-designs), so that the committed corpus's draws stay as they were.
EXTRA_FAMILIES = {"chromium": ["html-tiles"]}
PRODUCER_OF = {f: p for p, fams in [*FAMILIES.items(), *EXTRA_FAMILIES.items()] for f in fams}
# key figures of a tile: a figure set large and the line that says what it counts (no year, no country: they
# would be entity truth); the truth sets both aside (ignore)
KEY_FIGURES = [("80 %", "of small firms reached by the programme"), ("36,000", "workers covered by written contracts"),
               ("USD 4.2 m", "mobilised from partners"), ("1 in 4", "apprentices is a young woman"),
               ("12", "provinces with a labour office"), ("65 %", "of trainees in work six months on"),
               ("EUR 9.8 m", "programme budget"), ("2,150", "enterprises with a safety committee")]
TAGGING_PRODUCERS = {"chromium", "libreoffice", "typst"}  # their PDFs carry a structure tree


# ------------------------------------------------------------------ design
ENGLISH_STRINGS = {"header": HEADER_TEXTS, "footer": ["Page {i} of {n}", "Page {i}", "{i}"], "credit": CREDITS, "figure": FIGURE_CAPTIONS,
                   "footnote": FOOTNOTES, "deck": DECKS, "tagline": TAGLINES}


def draw_design(rng, family, strings=None):
    """A design of ``family``; ``strings`` (content_lang.DESIGN_STRINGS) gives its printed strings in
    another language than English (running headers, footers, credits, captions, footnotes, decks)."""
    strings = strings or ENGLISH_STRINGS
    producer = PRODUCER_OF[family]
    d = {
        "family": family,
        "page": rng.choice(["A4", "Letter"]),
        "landscape": "trifold" in family or "landscape" in family,
        "columns": 3 if ("trifold" in family or "landscape" in family) else 2 if ("twocol" in family or "magazine" in family) else 1,
        "numbered": "numbered" in family or "report" in family and rng.random() < 0.7,
        "upper": "factsheet" in family or "cards" in family or rng.random() < 0.2,
        "list_style": rng.choice(GLYPHS + ["1.", "a)"]),
        "header": rng.choice(strings["header"]) if rng.random() < 0.8 else None,
        "footer": rng.choice(strings["footer"]),
        "credit": rng.choice(strings["credit"]) if rng.random() < 0.5 else None,
        "figure": rng.choice(strings["figure"]) if rng.random() < 0.4 else None,
        "banner": "twocol" in family or "cards" in family or rng.random() < 0.3,
        "font_size": rng.choice([9, 9.5, 10, 10.5]),
        "accent": rng.choice(["#1e2dbe", "#0b6e4f", "#b3261e", "#5a2a82", "#00587a"]),
    }
    if d["columns"] == 3:
        d["font_size"] = min(d["font_size"], 9)
    # the design features of the second round (each drawn independently)
    if SYMBOL_LISTS[producer] and rng.random() < 0.4:
        d["list_style"] = rng.choice(SYMBOL_LISTS[producer])
    d["symbol_char"] = rng.choice(DINGS_CHARS if d["list_style"] == "dings" else ZAPF_CHARS if d["list_style"] == "zapf" else
                                  sorted(PIFONT_CODES) if d["list_style"] == "pifont" else [None])
    style = rng.random()
    d["small_caps"] = not d["upper"] and producer != "typst" and style < 0.2
    d["letter_spaced"] = not d["upper"] and not d["small_caps"] and 0.2 <= style < 0.35
    if d["letter_spaced"]:
        d["numbered"] = False
    d["run_in"] = rng.random() < 0.35
    d["run_in_separator"] = rng.choice(RUN_IN_SEPARATORS)
    d["justify"] = rng.random() < 0.4
    d["footnote"] = rng.choice(strings["footnote"]) if rng.random() < 0.35 else None
    d["deck"] = rng.choice(strings["deck"]) if rng.random() < 0.4 else None
    d["tagline"] = rng.choice(strings["tagline"]) if rng.random() < 0.3 else None
    d["table_rules"] = rng.choice(["rows", "grid", "none", "header"])
    d["long_list"] = rng.random() < (0.45 if d["columns"] > 1 else 0.2)
    if family == "html-tiles":  # drawn last: the other families' draws are unchanged
        d["upper"], d["small_caps"], d["letter_spaced"], d["banner"] = True, False, False, rng.random() < 0.5
        d["deck"] = rng.choice(strings["deck"])
        d["figures"] = rng.sample(KEY_FIGURES, 3)
    return d


def letter_space(text):
    """ "Case study" -> "C A S E   S T U D Y" (letters one space apart, words three)."""
    return "   ".join(" ".join(w.upper()) for w in text.split())


def heading_label(sec, design, counters):
    """The heading as printed, and its truth text."""
    text = sec["heading"]
    printed = text.upper() if design["upper"] and sec["level"] == 1 else text
    if design.get("letter_spaced") and sec["level"] == 1:
        return letter_space(text)
    if design["numbered"]:
        if sec["level"] == 1:
            counters[0] += 1
            counters[1] = 0
            printed = f"{counters[0]}. {printed}" if design["family"] != "lo-numbered" else f"{counters[0]} {printed}"
        else:
            counters[1] += 1
            printed = f"{counters[0]}.{counters[1]} {printed}"
    return printed


def list_marker(design, idx, level):
    ls = design["list_style"]
    if level > 1:
        return "–" if ls != "–" else "o"
    if ls == "1.":
        return f"{idx + 1}."
    if ls == "a)":
        return f"{'abcdefghij'[idx]})"
    if ls in ("zapf", "dings", "pifont"):
        return design["symbol_char"]
    return ls


def run_in_sections(content, design):
    """With run-in headings, a level-2 section whose first block is a paragraph prints as one paragraph
    that starts with its heading in bold ("Lessons learned – The programme …")."""
    for sec in content["sections"]:
        sec["run_in"] = bool(design.get("run_in") and sec["level"] == 2 and sec["blocks"] and sec["blocks"][0]["type"] == "para")


def place_footnote(content, design):
    """Glue a footnote marker to a word of a paragraph ("surveys1"): the truth keeps the paragraph without
    it; the printed paragraph has it. Returns the footnote or None."""
    if not design.get("footnote"):
        return None
    for sec in content["sections"][1:] + content["sections"][:1]:
        for b in sec["blocks"]:
            if b["type"] != "para" or b.get("fn"):
                continue
            m = re.search(r"\b([a-z]{4,})(?=[.,;])", b["text"])
            if m:
                b["fn"] = {"at": m.end(), "marker": "1", "text": design["footnote"]}
                return {"marker": "1", "text": design["footnote"], "after": m.group(1),
                        "printed": b["text"][: m.end()] + "1" + b["text"][m.end():], "paragraph": b["text"]}
    return None


_PYPHEN = None


def soft_hyphens(text):
    """Soft hyphens in long words, for justified designs whose producer does not hyphenate by itself."""
    global _PYPHEN
    try:
        import pyphen
    except ImportError:
        return text
    if _PYPHEN is None:
        _PYPHEN = pyphen.Pyphen(lang="en_US")

    def one(m):  # one soft hyphen, at the break point nearest the middle of the word
        w = m.group(0)
        points = _PYPHEN.positions(w)
        if not points:
            return w
        at = min(points, key=lambda i: abs(i - len(w) / 2))
        return w[:at] + "\u00ad" + w[at:]

    return re.sub(r"\b[A-Za-z]{11,}\b", one, text)


def build_symbol_font(path):
    """A tiny TrueType font in the manner of Wingdings: letters that draw bullets ("l" a disc, "n" a
    square, "q" a shadowed box, "u" a diamond, "Ø" an arrowhead), so the text layer of a PDF that uses it
    reads "l", "n", "q" where the page shows a bullet. Made here with fontTools: nothing to download."""
    import math

    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def poly(contours):
        pen = TTGlyphPen(None)
        for contour in contours:
            pen.moveTo(contour[0])
            for pt in contour[1:]:
                pen.lineTo(pt)
            pen.closePath()
        return pen.glyph()

    def disc(cx, cy, r, n=24):
        return [[(round(cx + r * math.cos(2 * math.pi * k / n)), round(cy + r * math.sin(2 * math.pi * k / n))) for k in range(n)]]

    glyphs = {
        ".notdef": poly([[(50, 0), (50, 700), (450, 700), (450, 0)]]),
        "space": TTGlyphPen(None).glyph(),
        "l": poly(disc(400, 300, 220)),
        "n": poly([[(180, 80), (180, 520), (620, 520), (620, 80)]]),
        "q": poly([[(150, 100), (150, 550), (600, 550), (600, 100)], [(200, 50), (680, 50), (680, 500), (640, 500), (640, 90), (200, 90)]]),
        "u": poly([[(400, 30), (130, 300), (400, 570), (670, 300)]]),
        "Oslash": poly([[(100, 80), (700, 300), (100, 520), (250, 300)]]),
    }
    order = list(glyphs)
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({ord("l"): "l", ord("n"): "n", ord("q"): "q", ord("u"): "u", 0xD8: "Oslash", 0x20: "space"})
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({g: (800 if g != ".notdef" else 500, 0) for g in order})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "ZooWingdings", "styleName": "Regular", "psName": "ZooWingdings-Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(str(path))
    return path


SYMBOL_FONT: Path | None = None  # set by main(): the font file that "dings" designs use


# ------------------------------------------------------------------ truth
def build_truth(doc_id, producer, family, seed, content, design, footnote=None):
    t = {"id": doc_id, "producer": producer, "family": family, "content_family": content["topic"], "seed": seed,
         "title": content["title"], "headings": [], "bullets": [], "paragraphs": [], "tables": [], "furniture": [],
         "quotes": [], "contacts": [], "links": [], "organizations": content["orgs"], "countries": [], "years": [],
         "themes": content["themes"], "partnerships": content["partnerships"], "ignore": []}
    texts = [content["title"]]
    for sec in content["sections"]:
        h = {"text": sec["heading"], "level": sec["level"], "upper": design["upper"] and sec["level"] == 1}
        if sec["level"] == 1 and design.get("small_caps"):
            h["small_caps"] = True
        if sec["level"] == 1 and design.get("letter_spaced"):
            h["letter_spaced"] = True
        if sec.get("run_in"):
            h["run_in"] = True
        t["headings"].append(h)
        texts.append(sec["heading"])
        for b in sec["blocks"]:
            if b["type"] == "para":
                t["paragraphs"].append(b["text"])
                texts.append(b["text"])
            elif b["type"] == "bullets":
                for text, lvl in b["items"]:
                    t["bullets"].append({"text": text, "level": lvl, "heading": sec["heading"]})
                    texts.append(text)
            elif b["type"] == "table":
                t["tables"].append({"header_rows": [b["header"]], "rows": b["rows"]})
                texts += b["header"] + [c for r in b["rows"] for c in r]
                t["ignore"].append(b["caption"])
            elif b["type"] == "quote":
                t["quotes"].append({"text": b["text"], "speaker": b["speaker"], "role": b["role"]})
                texts += [b["text"], b["role"]]
                t["ignore"].append(f"{b['speaker']}, {b['role']}")
            elif b["type"] == "contact":
                t["contacts"].append({"name": b["name"], "email": b["email"], "phone": b["phone"]})
                t["ignore"] += [b["name"], b["role"], b["org"], b["city"], b["email"], b["phone"]]
                texts.append(b["org"])
            elif b["type"] == "figure":
                t["ignore"].append(b["caption"])
            elif b["type"] == "links":
                for title, url in b["items"]:
                    t["links"].append(url)
                    t["ignore"] += [title, url]
    t["credits"] = [design["credit"]] if design["credit"] else []
    # decks and taglines are neither the title nor headings nor paragraphs: set aside, never scored as content
    t["decks"] = [design["deck"]] if design.get("deck") else []
    t["taglines"] = [design["tagline"]] if design.get("tagline") else []
    t["footnotes"] = [footnote] if footnote else []
    t["ignore"] += t["decks"] + t["taglines"] + [f"{f['marker']} {f['text']}" for f in t["footnotes"]]
    t["ignore"] += [text for figure in design.get("figures") or [] for text in figure]
    t["design"] = {k: design.get(k) for k in ("columns", "landscape", "page", "numbered", "upper", "small_caps", "letter_spaced",
                                               "run_in", "list_style", "justify", "table_rules", "long_list", "banner")}
    full = "\n".join(texts)
    # a brochure in another language tracks the countries it prints (content_lang); English ones are searched for
    t["countries"] = content["countries"] if "countries" in content else sorted(find_countries(full))
    t["years"] = sorted(find_years(full))
    t["language"] = content.get("language", "en")
    return t


def furniture_for(design, pages):
    out = []  # as printed: the running header and the footer of every page
    for i in range(1, pages + 1):
        if design["header"]:
            out.append(design["header"])
        out.append(design["footer"].format(i=i, n=pages))
    return out


# ------------------------------------------------------------------ reportlab
def render_reportlab(content, design, pdf_path):
    """Two passes: the first counts the pages for "Page x of y"."""
    n = _render_rl_once(content, design, pdf_path, 1)
    return _render_rl_once(content, design, pdf_path, n)


def _render_rl_once(content, design, pdf_path, total_pages):
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
            if os.path.exists(cand):
                pdfmetrics.registerFont(TTFont("DejaVuSans", cand))
    if SYMBOL_FONT and "ZooWingdings" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ZooWingdings", str(SYMBOL_FONT)))
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import Flowable

    esc = html.escape
    size = A4 if design["page"] == "A4" else letter
    if design["landscape"]:
        size = landscape(size)
    W, H = size
    fs = design["font_size"]
    accent = colors.HexColor(design["accent"])
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.6,
                          **({"alignment": TA_JUSTIFY, "hyphenationLang": "en_US"} if design.get("justify") else {}))
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=fs + 4, leading=(fs + 4) * 1.2, spaceBefore=fs,
                        spaceAfter=fs * 0.4, textColor=accent)
    h2 = ParagraphStyle("h2", parent=h1, fontSize=fs + 1.5, leading=(fs + 1.5) * 1.2, textColor=colors.black)
    title_st = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=fs + 12, leading=(fs + 12) * 1.15, spaceAfter=fs,
                              textColor=colors.white if design["banner"] else accent)
    quote_st = ParagraphStyle("q", fontName="Helvetica-Oblique", fontSize=fs + 1, leading=(fs + 1) * 1.3, textColor=accent)
    small = ParagraphStyle("s", parent=body, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3)
    margin = 15 * mm
    header, footer = design["header"], design["footer"]

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            pass

    state = {"pages": total_pages}

    def on_page(canv, doc):
        canv.saveState()
        if design["banner"] and doc.page == 1:
            canv.setFillColor(accent)
            canv.rect(0, H - 42 * mm, W, 42 * mm, stroke=0, fill=1)
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        if header:
            canv.drawString(margin, H - 9 * mm, header)
        if design.get("tagline") and doc.page == 1:  # a slogan in bold capitals at the foot of the first page
            canv.setFont("Helvetica-Bold", 10)
            canv.setFillColor(accent)
            canv.drawString(margin, 8 * mm, design["tagline"].upper())
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.grey)
        canv.drawRightString(W - margin, 8 * mm, footer.format(i=doc.page, n=state["pages"]))
        canv.restoreState()

    cols = design["columns"]
    gap = 8 * mm
    top = H - margin - (30 * mm if design["banner"] else 0)
    fw = (W - 2 * margin - (cols - 1) * gap) / cols
    frames_first = []
    if design["banner"]:
        frames_first.append(Frame(margin, H - 40 * mm, W - 2 * margin, 36 * mm, id="banner", showBoundary=0))
    sidebar = design["family"] == "rl-factsheet"
    if sidebar:
        sw = 58 * mm
        frames_first.append(Frame(margin, margin, W - 2 * margin - sw - gap, top - margin, id="main"))
        frames_first.append(Frame(W - margin - sw, margin, sw, top - margin, id="side", showBoundary=0))
        later = [Frame(margin, margin, W - 2 * margin, H - 2 * margin, id="l")]
    else:
        for c in range(cols):
            frames_first.append(Frame(margin + c * (fw + gap), margin, fw, top - margin, id=f"c{c}"))
        fw2 = fw
        later = [Frame(margin + c * (fw2 + gap), margin, fw2, H - 2 * margin, id=f"l{c}") for c in range(cols)]
    story = [Paragraph(esc(content["title"]), title_st)]
    if design["banner"]:
        story.append(FrameBreak())
    if design.get("deck"):
        story.append(Paragraph(esc(design["deck"]), ParagraphStyle("deck", parent=body, fontSize=fs + 3, leading=(fs + 3) * 1.25,
                                                                   fontName="Helvetica-Bold", textColor=colors.HexColor("#555555"))))

    def small_caps(text, size):
        """Small capitals drawn by hand: lower-case letters as capitals of a smaller size."""
        return re.sub(r"[a-z]+", lambda m: f'<font size="{size * 0.78:.1f}">{m.group(0).upper()}</font>', esc(text, quote=False))

    class VectorBullet(Flowable):
        """A list item whose bullet is a small filled square drawn on the page: no character at all."""

        def __init__(self, para, x):
            super().__init__()
            self.para, self.x = para, x

        def wrap(self, aw, ah):
            self.width, self.height = self.para.wrap(aw, ah)
            return self.width, self.height

        def getSpaceAfter(self):
            return self.para.getSpaceAfter()

        def draw(self):
            self.para.drawOn(self.canv, 0, 0)
            self.canv.setFillColor(accent)
            self.canv.rect(self.x, self.height - fs * 0.78, fs * 0.42, fs * 0.42, stroke=0, fill=1)

    def para_markup(b):
        text = b["text"]
        fn = b.get("fn")
        if fn:
            return esc(text[: fn["at"]]) + f"<super>{fn['marker']}</super>" + esc(text[fn["at"]:])
        return esc(text)
    counters = [0, 0]
    side_story = []

    def box(flows, bg="#eef1f8"):
        t = Table([[flows]], colWidths=[(58 * mm if sidebar else fw) - 4])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, accent), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return t

    for sec in content["sections"]:
        target = story
        is_side = sidebar and any(b["type"] in ("contact", "links") for b in sec["blocks"])
        if is_side:
            target = side_story
        label = heading_label(sec, design, counters)
        blocks = sec["blocks"]
        if sec.get("run_in"):
            target.append(KeepTogether([Paragraph(f"<b>{esc(label)}</b>{esc(design['run_in_separator'])}" + para_markup(blocks[0]), body)]))
            blocks = blocks[1:]
        elif design.get("small_caps") and sec["level"] == 1:
            target.append(Paragraph(small_caps(label, fs + 4), h1))
        elif design.get("letter_spaced") and sec["level"] == 1:  # wider gaps between the words than between the letters
            target.append(Paragraph("&nbsp;&nbsp; ".join(esc(w) for w in label.split("   ")), h1))
        else:
            target.append(Paragraph(esc(label), h1 if sec["level"] == 1 else h2))
        for b in blocks:
            if b["type"] == "para":
                target.append(KeepTogether([Paragraph(para_markup(b), body)]))
            elif b["type"] == "bullets":
                i1 = 0
                for text, lvl in b["items"]:
                    m = list_marker(design, i1, lvl)
                    if lvl == 1:
                        i1 += 1
                    ls = design["list_style"]
                    font = ("ZapfDingbats" if ls == "zapf" and lvl == 1 else "ZooWingdings" if ls == "dings" and lvl == 1 else
                            "DejaVuSans" if m in ("▪", "✓", "➢") and "DejaVuSans" in pdfmetrics.getRegisteredFontNames() else "Helvetica")
                    st = ParagraphStyle("li", parent=body, leftIndent=12 * lvl + 4, bulletIndent=12 * (lvl - 1), spaceAfter=2,
                                        bulletFontName=font, bulletFontSize=fs * (0.8 if ls in ("zapf", "dings") else 1))
                    if ls == "vector" and lvl == 1:
                        target.append(VectorBullet(Paragraph(esc(text), st), 12 * (lvl - 1)))
                    else:
                        target.append(KeepTogether([Paragraph(esc(text), st, bulletText=m)]))
                target.append(Spacer(1, 4))
            elif b["type"] == "table":
                data = [b["header"]] + b["rows"]
                cw = (58 * mm if is_side else fw if not sidebar else W - 2 * margin - 58 * mm - gap) - 6
                first = cw * 0.45
                rest = (cw - first) / max(1, len(b["header"]) - 1)
                cell = ParagraphStyle("c", parent=small, spaceAfter=0, alignment=0, hyphenationLang="")
                t = Table([[Paragraph(esc(c), cell) for c in r] for r in data], colWidths=[first] + [rest] * (len(b["header"]) - 1))
                rules = {"rows": [("LINEBELOW", (0, 0), (-1, 0), 1, accent), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)],
                         "grid": [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)],
                         "header": [("LINEABOVE", (0, 0), (-1, 0), 1, accent), ("LINEBELOW", (0, 0), (-1, 0), 1, accent)],
                         "none": []}[design.get("table_rules", "rows")]
                t.setStyle(TableStyle(rules + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
                target.append(KeepTogether([Paragraph(esc(b["caption"]), small), t, Spacer(1, 6)]))
            elif b["type"] == "quote":
                q = [Paragraph("“" + esc(b["text"]) + "”", quote_st), Paragraph("— " + esc(b["speaker"] + ", " + b["role"]), small)]
                target.append(box(q) if design["family"] in ("rl-boxed", "rl-factsheet") else KeepTogether(q + [Spacer(1, 6)]))
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], b.get("tel_label", "Tel:") + " " + b["phone"], b.get("email_label", "Email:") + " " + b["email"]]
                ps = [Paragraph(esc(x), small) for x in lines]
                target.append(box(ps) if design["family"] in ("rl-boxed", "rl-factsheet") else KeepTogether(ps))
            elif b["type"] == "links":
                for title, url in b["items"]:
                    target.append(Paragraph(esc(title) + "<br/>" + esc(url), small))
            elif b["type"] == "figure":
                ph = Table([[""]], colWidths=[(58 * mm if is_side else fw if not sidebar else W - 2 * margin - 58 * mm - gap) - 6], rowHeights=[22 * mm])
                ph.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#cfd4dc"))]))
                target.append(KeepTogether([ph, Paragraph(esc(b["caption"]), small)]))
    fns = [b["fn"] for sec in content["sections"] for b in sec["blocks"] if b.get("fn")]
    for fn in fns:  # notes at the end of the text, in small type
        story.append(Paragraph(f"<super>{fn['marker']}</super> {esc(fn['text'])}", ParagraphStyle("fn", parent=small, fontSize=7)))
    if design["credit"]:
        story.append(Paragraph(esc(design["credit"]), ParagraphStyle("cr", parent=small, fontSize=6.5, textColor=colors.grey)))
    if sidebar:
        story.append(FrameBreak())
        story += side_story

    def build(path):
        doc = Doc(str(path), pagesize=size, invariant=1, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
                  title=content["title"])
        doc.addPageTemplates([PageTemplate(id="first", frames=frames_first, onPage=on_page, autoNextPageTemplate="later"),
                              PageTemplate(id="later", frames=later, onPage=on_page)])
        doc.build(story)
        return doc.page

    return build(pdf_path)


# ------------------------------------------------------------------ HTML (Chromium)
def render_html(content, design):
    e = html.escape
    fam = design["family"]
    size = f"{design['page']}{' landscape' if design['landscape'] else ''}"
    foot = design["footer"].replace("{i}", '" counter(page) "').replace("{n}", '" counter(pages) "')
    foot = f'"{foot}"'.replace('"" ', "").replace(' ""', "")
    acc = design["accent"]
    fs = design["font_size"]
    css = [f"@page {{ size: {size}; margin: 16mm 14mm;"
           + (f' @top-left {{ content: "{design["header"]}"; font: 8pt sans-serif; color: #777; }}' if design["header"] else "")
           + f" @bottom-right {{ content: {foot}; font: 8pt sans-serif; color: #777; }} }}",
           f"body {{ font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: {fs}pt; line-height: 1.35; margin: 0; }}",
           f"h1.title {{ font-size: {fs + 12}pt; color: {acc}; margin: 0 0 8pt; }}",
           f"h2 {{ font-size: {fs + 4}pt; color: {acc}; margin: 10pt 0 4pt; break-after: avoid; }}",
           f"h3 {{ font-size: {fs + 1.5}pt; margin: 8pt 0 3pt; break-after: avoid; }}",
           "p { margin: 0 0 5pt; break-inside: avoid; } ul, ol { margin: 0 0 6pt; padding-left: 16pt; } li { margin: 0 0 2pt; }",
           f"table {{ border-collapse: collapse; width: 100%; font-size: {fs - 1}pt; margin: 3pt 0 8pt; break-inside: avoid; }}",
           f"th {{ text-align: left; border-bottom: 1.2pt solid {acc}; }} td {{ border-bottom: 0.4pt solid #999; padding: 2pt 3pt; }}",
           f"blockquote {{ margin: 8pt 0; padding: 6pt 10pt; border-left: 3pt solid {acc}; font-style: italic; break-inside: avoid; }}",
           "blockquote .by { font-style: normal; font-size: 0.9em; display: block; margin-top: 3pt; }",
           f".box {{ border: 1pt solid {acc}; background: #eef1f8; padding: 6pt; margin: 6pt 0; break-inside: avoid; }}",
           ".caption, .credit { font-size: 7.5pt; color: #555; }",
           ]
    if design["upper"]:
        css.append("h2 { text-transform: uppercase; letter-spacing: 0.5pt; }")
    if design.get("small_caps"):
        css.append("h2 { font-variant: small-caps; }")
    if design.get("letter_spaced"):  # spaced by the style sheet, as designers do: the text has no spaces
        css.append("h2 { text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 0.5em; }")
    if design.get("justify"):
        css.append("main p { text-align: justify; }")
    css.append(".deck { font-size: 1.35em; font-weight: bold; color: #555; margin: 0 0 8pt; }")
    css.append(f".tagline {{ font-weight: bold; text-transform: uppercase; color: {acc}; font-size: 1.05em; margin: 0 0 6pt; }}")
    css.append(".notes { font-size: 7.5pt; border-top: 0.5pt solid #999; margin-top: 6pt; padding-top: 3pt; }")
    css.append({"rows": "", "grid": "td, th { border: 0.5pt solid #888; }", "none": "td, th { border: none; }",
                "header": f"td {{ border: none; }} th {{ border-top: 1.2pt solid {acc}; }}"}[design.get("table_rules", "rows")])
    if design["columns"] > 1:
        css.append(f"main {{ column-count: {design['columns']}; column-gap: 8mm; }}")
    if design["banner"]:
        css.append(f".banner {{ background: {acc}; padding: 12pt; margin-bottom: 10pt; }} .banner h1.title {{ color: white; margin: 0; }}")
    if fam == "html-sidebar":
        css.append("div.wrap { display: grid; grid-template-columns: 2.2fr 1fr; gap: 8mm; } aside { font-size: 0.92em; }")
    if fam == "html-cards":
        css.append("section.card { border: 0.8pt solid #bbb; border-radius: 4pt; padding: 6pt 8pt; margin: 0 0 8pt; }")
    if fam == "html-tiles":  # a card grid under key-figure tiles; a deck in type of its own; h2 and h3 one size, h2 in capitals
        css.append("main { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }")
        css.append("section.card { border-top: 2pt solid #bbb; padding: 4pt 2pt 0; break-inside: avoid; }")
        css.append(f"h2, h3 {{ font-size: {fs + 1.5}pt; }} h3 {{ color: #333; }}")
        css.append(".deck { font-weight: normal; font-size: 1.5em; color: #444; }")
        css.append(f".figures {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 5mm; margin: 0 0 10pt; }}"
                   f" .figures b {{ display: block; font-size: {fs + 12}pt; color: {acc}; }} .figures span {{ font-size: {fs - 1}pt; }}")
    ls = design["list_style"]
    if ls == "dings" and SYMBOL_FONT:
        css.append(f"@font-face {{ font-family: ZooWingdings; src: url('{SYMBOL_FONT.as_uri()}'); }}")
        css.append(f'ul.l1 > li {{ list-style: none; }} ul.l1 > li::before {{ content: "{design["symbol_char"]}"; font-family: ZooWingdings; '
                   f'font-size: 0.8em; margin-left: -12pt; margin-right: 5pt; color: {acc}; }}')
    elif ls == "vector":  # a drawn square, no character
        css.append(f"ul.l1 > li {{ list-style: none; }} ul.l1 > li::before {{ content: ''; display: inline-block; width: 0.42em; height: 0.42em; "
                   f"background: {acc}; margin-left: -12pt; margin-right: 7pt; vertical-align: 0.12em; }}")
    elif ls not in ("1.", "a)"):
        css.append(f'ul.l1 > li {{ list-style: none; }} ul.l1 > li::before {{ content: "{ls}  "; margin-left: -12pt; }}')
    out = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(content['title'])}</title><style>{''.join(css)}</style></head><body>"]
    t = f"<h1 class='title'>{e(content['title'])}</h1>"
    tag = f"<p class='tagline'>{e(design['tagline'])}</p>" if design.get("tagline") else ""
    deck = f"<p class='deck'>{e(design['deck'])}</p>" if design.get("deck") else ""
    out.append(f"<div class='banner'>{tag}{t}</div>{deck}" if design["banner"] else tag + t + deck)
    if design.get("figures"):
        out.append("<div class='figures'>" + "".join(f"<div><b>{e(f)}</b><span>{e(label)}</span></div>" for f, label in design["figures"])
                   + "</div>")

    def ptext(b):
        text = soft_hyphens(b["text"]) if design.get("justify") else b["text"]
        fn = b.get("fn")
        if fn:  # the marker glued to the word; the soft hyphens moved nothing before it only if none is there
            at = len(soft_hyphens(b["text"][: fn["at"]])) if design.get("justify") else fn["at"]
            return e(text[:at]) + f"<sup>{fn['marker']}</sup>" + e(text[at:])
        return e(text)
    if fam == "html-sidebar":
        out.append("<div class='wrap'>")
    main, side = [], []
    counters = [0, 0]
    for sec in content["sections"]:
        tgt = side if fam == "html-sidebar" and any(b["type"] in ("contact", "links", "quote") for b in sec["blocks"]) else main
        parts = []
        label = heading_label(sec, design, counters)
        blocks = sec["blocks"]
        if design.get("letter_spaced") and sec["level"] == 1:
            label = sec["heading"]  # the style sheet spaces it
        if sec.get("run_in"):
            parts.append(f"<p><b>{e(label)}</b>{e(design['run_in_separator'])}{ptext(blocks[0])}</p>")
            blocks = blocks[1:]
        else:
            parts.append(f"<h2>{e(label)}</h2>" if sec["level"] == 1 else f"<h3>{e(label)}</h3>")
        for b in blocks:
            if b["type"] == "para":
                parts.append(f"<p>{ptext(b)}</p>")
            elif b["type"] == "bullets":
                tag = "ol" if ls in ("1.", "a)") else "ul"
                typ = " type='a'" if ls == "a)" else ""
                h = [f"<{tag} class='l1'{typ}>"]
                items = b["items"]
                k = 0
                while k < len(items):
                    text, _ = items[k]
                    sub = []
                    while k + 1 < len(items) and items[k + 1][1] == 2:
                        sub.append(items[k + 1][0])
                        k += 1
                    inner = "".join(f"<li>{e(s)}</li>" for s in sub)
                    h.append(f"<li>{e(text)}" + (f"<ul style='list-style: circle'>{inner}</ul>" if sub else "") + "</li>")
                    k += 1
                h.append(f"</{tag}>")
                parts.append("".join(h))
            elif b["type"] == "table":
                rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b["rows"])
                head = "<tr>" + "".join(f"<th>{e(c)}</th>" for c in b["header"]) + "</tr>"
                parts.append(f"<div class='caption'>{e(b['caption'])}</div><table><thead>{head}</thead><tbody>{rows}</tbody></table>")
            elif b["type"] == "quote":
                parts.append(f"<blockquote>“{e(b['text'])}”<span class='by'>— {e(b['speaker'])}, {e(b['role'])}</span></blockquote>")
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], b.get("tel_label", "Tel:") + " " + b["phone"], b.get("email_label", "Email:") + " " + b["email"]]
                parts.append("<div class='box'>" + "<br>".join(e(x) for x in lines) + "</div>")
            elif b["type"] == "links":
                parts.append("".join(f"<p>{e(ti)}<br>{e(u)}</p>" for ti, u in b["items"]))
            elif b["type"] == "figure":
                parts.append(f"<figure style='margin: 6pt 0; break-inside: avoid'><div style='height: 24mm; background: #cfd4dc'></div>"
                             f"<figcaption class='caption'>{e(b['caption'])}</figcaption></figure>")
        cls = " class='card'" if fam in ("html-cards", "html-tiles") else ""
        tgt.append(f"<section{cls}>{''.join(parts)}</section>")
    fns = [b["fn"] for sec in content["sections"] for b in sec["blocks"] if b.get("fn")]
    notes = "".join(f"<p class='notes'><sup>{fn['marker']}</sup> {e(fn['text'])}</p>" for fn in fns)
    out.append("<main>" + "".join(main) + notes + "</main>")
    if fam == "html-sidebar":
        out.append("<aside>" + "".join(side) + "</aside></div>")
    if design["credit"]:
        out.append(f"<p class='credit'>{e(design['credit'])}</p>")
    out.append("</body></html>")
    return "".join(out)


def chromium_bin():
    for b in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(b):
            return shutil.which(b)
    return None


def chromium_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="zoo-chr-")
    try:
        subprocess.run([chromium_bin(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={prof}", "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", str(html_path)],
                       capture_output=True, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ LibreOffice (flat ODT)
def render_fodt(content, design):
    x = html.escape
    fam = design["family"]
    w, h = ("21cm", "29.7cm") if design["page"] == "A4" else ("21.59cm", "27.94cm")
    if design["landscape"]:
        w, h = h, w
    fs = design["font_size"]
    acc = design["accent"]
    cols = design["columns"]
    counters = [0, 0]

    def foot_xml():
        f = x(design["footer"])
        f = f.replace("{i}", '<text:page-number text:select-page="current">1</text:page-number>')
        return f.replace("{n}", "<text:page-count>1</text:page-count>")

    def ptext(b):
        fn = b.get("fn")
        if not fn:
            return x(b["text"])
        note = (f'<text:note text:id="fn1" text:note-class="footnote"><text:note-citation>{fn["marker"]}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Small">{x(fn["text"])}</text:p></text:note-body></text:note>')
        return x(b["text"][: fn["at"]]) + note + x(b["text"][fn["at"]:])

    body = []
    if design.get("tagline"):
        body.append(f'<text:p text:style-name="Tagline">{x(design["tagline"])}</text:p>')
    body.append(f'<text:p text:style-name="Title">{x(content["title"])}</text:p>')
    if design.get("deck"):
        body.append(f'<text:p text:style-name="Deck">{x(design["deck"])}</text:p>')
    for sec in content["sections"]:
        label = heading_label(sec, design, counters)
        blocks = sec["blocks"]
        if sec.get("run_in"):
            body.append(f'<text:p text:style-name="Body"><text:span text:style-name="RunIn">{x(label)}</text:span>'
                        f'{x(design["run_in_separator"])}{ptext(blocks[0])}</text:p>')
            blocks = blocks[1:]
        else:
            body.append(f'<text:h text:style-name="H{sec["level"]}" text:outline-level="{sec["level"]}">{x(label)}</text:h>')
        for b in blocks:
            if b["type"] == "para":
                body.append(f'<text:p text:style-name="Body">{ptext(b)}</text:p>')
            elif b["type"] == "bullets":
                i1 = 0
                for text, lvl in b["items"]:
                    m = list_marker(design, i1, lvl)
                    if lvl == 1:
                        i1 += 1
                    body.append(f'<text:p text:style-name="L{lvl}">{x(m)}<text:tab/>{x(text)}</text:p>')
            elif b["type"] == "table":
                n = len(b["header"])
                t = [f'<table:table table:name="T{len(body)}" table:style-name="Tbl"><table:table-column table:number-columns-repeated="{n}"/>']
                for r_i, r in enumerate([b["header"]] + b["rows"]):
                    t.append("<table:table-row>")
                    for c in r:
                        st = "CellH" if r_i == 0 else "Cell"
                        t.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p text:style-name="Small">{x(c)}</text:p></table:table-cell>')
                    t.append("</table:table-row>")
                t.append("</table:table>")
                body.append(f'<text:p text:style-name="Small">{x(b["caption"])}</text:p>' + "".join(t))
            elif b["type"] == "quote":
                body.append(f'<text:p text:style-name="Quote">“{x(b["text"])}”</text:p>'
                            f'<text:p text:style-name="QuoteBy">— {x(b["speaker"])}, {x(b["role"])}</text:p>')
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], b.get("tel_label", "Tel:") + " " + b["phone"], b.get("email_label", "Email:") + " " + b["email"]]
                ps = "".join(f'<text:p text:style-name="Box">{x(s)}</text:p>' for s in lines)
                body.append(ps)
            elif b["type"] == "links":
                for ti, u in b["items"]:
                    body.append(f'<text:p text:style-name="Small">{x(ti)}<text:line-break/>{x(u)}</text:p>')
            elif b["type"] == "figure":
                body.append(f'<text:p text:style-name="Photo"/><text:p text:style-name="Small">{x(b["caption"])}</text:p>')
    if design["credit"]:
        body.append(f'<text:p text:style-name="Small">{x(design["credit"])}</text:p>')
    inner = "".join(body)
    if cols > 1:
        inner = f'<text:section text:style-name="Sect" text:name="Cols">{inner}</text:section>'
    upper = ' fo:text-transform="uppercase"' if design["upper"] else ' fo:font-variant="small-caps"' if design.get("small_caps") else ""
    justify = ' fo:text-align="justify"' if design.get("justify") else ""
    hyph = ' fo:hyphenate="true" fo:language="en" fo:country="US"' if design.get("justify") else ""
    rules = design.get("table_rules", "rows")
    cell_h = {"rows": f'fo:border-bottom="1pt solid {acc}"', "grid": 'fo:border="0.5pt solid #888888"', "none": 'fo:border="none"',
              "header": f'fo:border-top="1pt solid {acc}" fo:border-bottom="1pt solid {acc}"'}[rules]
    cell_b = {"rows": 'fo:border-bottom="0.4pt solid #999999"', "grid": 'fo:border="0.5pt solid #888888"', "none": 'fo:border="none"',
              "header": 'fo:border="none"'}[rules]
    box = ' fo:border="0.5pt solid ' + acc + '" fo:background-color="#eef1f8" fo:padding="0.1cm"' if fam in ("lo-boxed", "lo-landscape") else ""
    hdr = f'<style:header><text:p text:style-name="HF">{x(design["header"])}</text:p></style:header>' if design["header"] else ""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
<style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="{'DejaVu Sans' if fam == 'lo-boxed' else 'Liberation Sans'}" fo:font-size="{fs}pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:line-height="125%" fo:keep-together="always"{justify}/><style:text-properties{hyph}/></style:style>
<style:style style:name="Deck" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="{fs + 3}pt" fo:font-weight="bold" fo:color="#555555"/></style:style>
<style:style style:name="Tagline" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="{fs + 1}pt" fo:font-weight="bold" fo:text-transform="uppercase" fo:color="{acc}"/></style:style>
<style:style style:name="RunIn" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"{' fo:background-color="' + acc + '" fo:padding="0.3cm"' if design["banner"] else ""}/><style:text-properties fo:font-size="{fs + 12}pt" fo:font-weight="bold" fo:color="{'#ffffff' if design['banner'] else acc}"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{fs + 4}pt" fo:font-weight="bold" fo:color="{acc}"{upper}/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{fs + 1.5}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="L1" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.45cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="L2" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="-0.45cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="{fs - 1.5}pt"/></style:style>
<style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:margin-top="0.2cm"{box}/><style:text-properties fo:font-style="italic" fo:font-size="{fs + 1}pt" fo:color="{acc}"/></style:style>
<style:style style:name="QuoteBy" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="{fs - 1}pt"/></style:style>
<style:style style:name="Box" style:family="paragraph"><style:paragraph-properties{box}/><style:text-properties fo:font-size="{fs - 1}pt"/></style:style>
<style:style style:name="Photo" style:family="paragraph"><style:paragraph-properties fo:background-color="#cfd4dc" fo:padding="0.9cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#777777"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="{cols}" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{'8cm' if cols > 1 else '15cm'}" table:align="left"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties {cell_h} fo:padding="0.05cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties {cell_b} fo:padding="0.05cm"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{'landscape' if design['landscape'] else 'portrait'}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.6cm" fo:margin-right="1.6cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">{hdr}<style:footer><text:p text:style-name="HF">{foot_xml()}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>{inner}</office:text></office:body></office:document>
'''


# ------------------------------------------------------------------ Typst
def render_typst(content, design):
    def q(t):
        return '#"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'

    fam = design["family"]
    acc = design["accent"]
    fs = design["font_size"]
    paper = "a4" if design["page"] == "A4" else "us-letter"
    foot = design["footer"].replace("{i}", "#counter(page).display()").replace("{n}", "#counter(page).final().first()")
    hdr = f'header: align(right, text(8pt, fill: gray)[{q(design["header"])}]), ' if design["header"] else ""
    cols = 2 if fam == "typ-twocol" else 3 if fam == "typ-trifold" else 1
    ls = design["list_style"]
    out = [f'#set page(paper: "{paper}", flipped: {"true" if design["landscape"] else "false"}, margin: 1.6cm, columns: {cols}, {hdr}'
           f'footer: context align(right, text(8pt, fill: gray)[{foot}]))',
           f'#set text(font: ("Liberation Sans", "DejaVu Sans"), size: {fs}pt)',
           f'#show heading.where(level: 1): set text(fill: rgb("{acc}"), size: {fs + 4}pt)',
           f'#show heading.where(level: 2): set text(size: {fs + 1.5}pt)']
    if design["numbered"]:
        out.append('#set heading(numbering: "1.1")')
    if design["upper"]:
        out.append("#show heading.where(level: 1): upper")
    if design.get("justify"):
        out.append('#set par(justify: true)')
        out.append('#set text(lang: "en", hyphenate: true)')
    if ls in ("1.", "a)"):
        out.append(f'#set enum(numbering: "{"1." if ls == "1." else "a)"}")')
    elif ls == "dings":
        out.append(f'#set list(marker: (text(font: "ZooWingdings", size: 0.8em, fill: rgb("{acc}"))[{design["symbol_char"]}], [–]))')
    elif ls == "vector":  # a drawn square, no character
        out.append(f'#set list(marker: (box(width: 0.42em, height: 0.42em, fill: rgb("{acc}")), [–]))')
    else:
        out.append(f'#set list(marker: ([{ls}], [–]))' if ls != "–" else '#set list(marker: ([–], [o]))')
    title = q(content["title"])
    if design.get("tagline"):
        title = f'#text(size: {fs + 1}pt, weight: "bold")[#upper[{q(design["tagline"])}]] \\ ' + title
    if design.get("deck"):
        title = title + f' \\ #text(size: {fs + 3}pt, weight: "bold", fill: rgb("#555555"))[{q(design["deck"])}]'
    if design["banner"]:
        out.append(f'#place(top, scope: "parent", float: true, block(fill: rgb("{acc}"), inset: 12pt, width: 100%, '
                   f'text(fill: white, size: {fs + 12}pt, weight: "bold")[{title}]))')
    else:
        out.append(f'#place(top, scope: "parent", float: true, text(fill: rgb("{acc}"), size: {fs + 12}pt, weight: "bold")[{title}])')
    def ptext(b):
        fn = b.get("fn")
        if not fn:
            return q(b["text"])
        return q(b["text"][: fn["at"]]) + f'#footnote[{q(fn["text"])}]' + q(b["text"][fn["at"]:])

    main, side = [], []
    for sec in content["sections"]:
        tgt = side if fam == "typ-sidebar" and any(b["type"] in ("contact", "links", "quote") for b in sec["blocks"]) else main
        blocks = sec["blocks"]
        if sec.get("run_in"):
            tgt.append(f'*{q(sec["heading"])}*{q(design["run_in_separator"])}{ptext(blocks[0])}\n')
            blocks = blocks[1:]
        elif design.get("letter_spaced") and sec["level"] == 1:
            tgt.append("= " + q(letter_space(sec["heading"])))
        else:
            tgt.append(("=" * sec["level"]) + " " + q(sec["heading"]))
        for b in blocks:
            if b["type"] == "para":
                tgt.append(ptext(b) + "\n")
            elif b["type"] == "bullets":
                mark = "+" if ls in ("1.", "a)") else "-"
                for text, lvl in b["items"]:
                    tgt.append(("  " * (lvl - 1)) + (mark if lvl == 1 else "-") + " " + q(text))
                tgt.append("")
            elif b["type"] == "table":
                cells = ", ".join(f"[{q(c)}]" for c in b["header"] + [c for r in b["rows"] for c in r])
                tgt.append(f'#figure(table(columns: {len(b["header"])}, align: left, stroke: {typst_stroke(design, acc)}, '
                           f'{cells}), caption: [{q(b["caption"])}], numbering: none)')
            elif b["type"] == "quote":
                tgt.append(f'#quote(block: true, attribution: [{q(b["speaker"] + ", " + b["role"])}])[#emph[{q("“" + b["text"] + "”")}]]')
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], b.get("tel_label", "Tel:") + " " + b["phone"], b.get("email_label", "Email:") + " " + b["email"]]
                tgt.append(f'#block(stroke: 0.8pt + rgb("{acc}"), inset: 6pt, fill: rgb("#eef1f8"))[' + " \\ ".join(q(x) for x in lines) + "]")
            elif b["type"] == "links":
                for ti, u in b["items"]:
                    tgt.append(f"#text(size: {fs - 1}pt)[{q(ti)} \\ {q(u)}]\n")
            elif b["type"] == "figure":
                tgt.append(f'#block(breakable: false)[#rect(width: 100%, height: 24mm, fill: rgb("#cfd4dc"), stroke: none) #text(size: {fs - 1.5}pt)[{q(b["caption"])}]]')
    if fam == "typ-sidebar":
        out.append("#grid(columns: (2fr, 1fr), gutter: 8mm, [\n" + "\n".join(main) + "\n], [\n" + "\n".join(side) + "\n])")
    else:
        out += main
    if design["credit"]:
        out.append(f'#text(size: 7pt, fill: gray)[{q(design["credit"])}]')
    return "\n".join(out) + "\n"


def typst_stroke(design, acc):
    return {"rows": f'(x, y) => (bottom: if y == 0 {{ 1pt + rgb("{acc}") }} else {{ 0.4pt + gray }})',
            "grid": "0.5pt + gray", "none": "none",
            "header": f'(x, y) => if y == 0 {{ (top: 1pt + rgb("{acc}"), bottom: 1pt + rgb("{acc}")) }}'}[design.get("table_rules", "rows")]


def typst_pdf(src, pdf):
    import typst

    fonts = [str(SYMBOL_FONT.parent)] if SYMBOL_FONT else []
    typst.compile(str(src), output=str(pdf), font_paths=fonts)


# ------------------------------------------------------------------ LaTeX (pdflatex)
def tex_escape(t):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(ch, ch) for ch in t)


def tex_url(u):
    return tex_escape(u).replace("/", "/\\allowbreak{}").replace("-", "-\\allowbreak{}")


TEX_GLYPH = {"•": r"\textbullet", "▪": r"$\blacksquare$", "–": r"\textendash", "✓": r"$\checkmark$", "o": "o", "➢": r"\ding{226}"}
# Sans families set in Helvetica and leave it unembedded (a base-14 font: the PDF stays small)
TEX_SANS_FAMILIES = {"tex-twocol", "tex-boxed", "tex-trifold", "tex-report"}
TEX_HELVETICA = [r"\usepackage[T1]{fontenc}", r"\usepackage{helvet}", r"\renewcommand{\familydefault}{\sfdefault}",
                 r'\pdfmapline{=phvr8r Helvetica "TeXBase1Encoding ReEncodeFont" <8r.enc}',
                 r'\pdfmapline{=phvb8r Helvetica-Bold "TeXBase1Encoding ReEncodeFont" <8r.enc}',
                 r'\pdfmapline{=phvro8r Helvetica-Oblique "TeXBase1Encoding ReEncodeFont" <8r.enc}',
                 r'\pdfmapline{=phvbo8r Helvetica-BoldOblique "TeXBase1Encoding ReEncodeFont" <8r.enc}']


def render_latex(content, design):
    e = tex_escape
    fam = design["family"]
    acc = design["accent"].lstrip("#").upper()
    paper = "a4paper" if design["page"] == "A4" else "letterpaper"
    foot = e(design["footer"].replace("{i}", "@I@").replace("{n}", "@N@")).replace("@I@", r"\thepage").replace("@N@", r"\pageref{zooLastPage}")
    fs = 10 if design["font_size"] < 10 else 11
    out = [rf"\documentclass[{fs}pt,{paper}]{{article}}",
           r"\usepackage[utf8]{inputenc}",
           r"\usepackage[margin=1.8cm]{geometry}" if not design["landscape"] else r"\usepackage[margin=1.5cm,landscape]{geometry}",
           r"\usepackage{xcolor}", r"\usepackage{amssymb}", r"\usepackage{fancyhdr}", r"\usepackage{multicol}",
           r"\usepackage{booktabs}", r"\usepackage{tabularx}", r"\usepackage{pifont}",
           *(TEX_HELVETICA if fam in TEX_SANS_FAMILIES else []),
           rf"\definecolor{{acc}}{{HTML}}{{{acc}}}",
           r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
           (rf"\fancyhead[R]{{\footnotesize\color{{gray}} {e(design['header'])}}}" if design["header"] else ""),
           rf"\fancyfoot[R]{{\footnotesize {foot}}}",
           r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}",
           r"\AtEndDocument{\label{zooLastPage}}",
           r"\begin{document}", r"\thispagestyle{fancy}"]
    title = e(content["title"])
    if design.get("tagline"):
        out.append(rf"{{\noindent\small\bfseries\color{{acc}}\MakeUppercase{{{e(design['tagline'])}}}\par}}\smallskip")
    if design["banner"]:
        out.append(rf"\noindent\colorbox{{acc}}{{\parbox{{\dimexpr\linewidth-2\fboxsep}}{{\vspace{{6pt}}\color{{white}}\Huge\bfseries\raggedright {title}\vspace{{6pt}}}}}}\par\medskip")
    else:
        out.append(rf"{{\color{{acc}}\Huge\bfseries\raggedright {title}\par}}\medskip")
    if design.get("deck"):
        out.append(rf"{{\Large\bfseries\color{{gray}}\raggedright {e(design['deck'])}\par}}\medskip")
    cols = 2 if fam == "tex-twocol" else 3 if design["columns"] == 3 else 1
    rag = "" if design.get("justify") else r"\raggedright"
    if cols > 1:
        out.append(rf"\setlength{{\columnsep}}{{12mm}}\begin{{multicols}}{{{cols}}}\raggedcolumns{rag}")
    elif rag:
        out.append(rag)
    star = "" if design["numbered"] else "*"
    ls = design["list_style"]

    def boxed(inner):
        return (rf"\par\noindent\fcolorbox{{acc}}{{acc!8}}{{\parbox{{\dimexpr\linewidth-2\fboxsep-2\fboxrule}}{{\raggedright {inner}}}}}\par")

    def ptext(b):
        fn = b.get("fn")
        if not fn:
            return e(b["text"])
        return e(b["text"][: fn["at"]]) + rf"\footnote{{{e(fn['text'])}}}" + e(b["text"][fn["at"]:])

    for sec in content["sections"]:
        h = sec["heading"].upper() if design["upper"] and sec["level"] == 1 else sec["heading"]
        cmd = "section" if sec["level"] == 1 else "subsection"
        blocks = sec["blocks"]
        if sec.get("run_in"):
            out.append(rf"\par\smallskip\noindent\textbf{{{e(h)}}}{e(design['run_in_separator'])}{ptext(blocks[0])}" + "\n")
            blocks = blocks[1:]
        elif design.get("letter_spaced") and sec["level"] == 1:
            out.append(rf"\{cmd}*{{" + r"\quad ".join(e(w) for w in letter_space(h).split("   ")) + "}")
        elif design.get("small_caps") and sec["level"] == 1 and fam not in TEX_SANS_FAMILIES:
            out.append(rf"\{cmd}{star}{{\textsc{{\mdseries {e(h)}}}}}")
        else:
            out.append(rf"\{cmd}{star}{{{e(h)}}}")
        for b in blocks:
            if b["type"] == "para":
                out.append(ptext(b) + "\n")
            elif b["type"] == "bullets":
                env = "enumerate" if ls in ("1.", "a)") else "itemize"
                out.append(rf"\begin{{{env}}}" + (r"\renewcommand{\labelenumi}{\alph{enumi})}" if ls == "a)" else ""))
                depth = 1
                for text, lvl in b["items"]:
                    if lvl > depth:
                        out.append(r"\begin{itemize}")
                    elif lvl < depth:
                        out.append(r"\end{itemize}")
                    depth = lvl
                    if env == "itemize" and lvl == 1:
                        mark = (rf"\ding{{{design['symbol_char']}}}" if ls == "pifont" else
                                r"\textcolor{acc}{\rule[0.2ex]{0.42em}{0.42em}}" if ls == "vector" else TEX_GLYPH[ls])
                        out.append(rf"\item[{mark}] {e(text)}")
                    elif lvl == 2:
                        out.append(rf"\item[\textendash] {e(text)}")
                    else:
                        out.append(rf"\item {e(text)}")
                if depth > 1:
                    out.append(r"\end{itemize}")
                out.append(rf"\end{{{env}}}")
            elif b["type"] == "table":
                n = len(b["header"])
                numeric = [all(re.fullmatch(r"[\d.,%]+", r[i]) for r in b["rows"]) for i in range(n)]
                spec = "".join(r">{\raggedright\arraybackslash}p{1.3cm}" if numeric[i] and i else r">{\raggedright\arraybackslash}X"
                               for i in range(n))
                rules = design.get("table_rules", "rows")
                if rules == "grid":
                    spec = "|" + spec.replace("X>", "X|>").replace("}>", "}|>") + "|"
                sep = " \\\\ \\hline\n" if rules == "grid" else " \\\\\n"
                rows = sep.join(" & ".join(e(c) for c in r) for r in b["rows"])
                top, mid, bottom = {"rows": (r"\toprule", r"\midrule", r"\bottomrule"), "grid": (r"\hline", r"\hline", r"\hline"),
                                    "none": ("", "", ""), "header": (r"\toprule", r"\midrule", "")}[rules]
                out.append(rf"\par\smallskip{{\footnotesize {e(b['caption'])}\par\noindent\begin{{tabularx}}{{\linewidth}}{{{spec}}}{top} "
                           + " & ".join(e(c) for c in b["header"]) + rf" \\ {mid} " + rows + rf" \\ {bottom}\end{{tabularx}}}}\par\smallskip")
            elif b["type"] == "quote":
                inner = rf"{{\itshape\color{{acc}} “{e(b['text'])}”}}\par\smallskip{{\small — {e(b['speaker'])}, {e(b['role'])}}}"
                out.append(boxed(inner) if fam == "tex-boxed" else rf"\begin{{quote}}{inner}\end{{quote}}")
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], b.get("tel_label", "Tel:") + " " + b["phone"], b.get("email_label", "Email:") + " " + b["email"]]
                inner = r"\\ ".join(e(x) for x in lines)
                out.append(boxed(inner) if fam == "tex-boxed" else "{\\small " + inner + "}\\par")
            elif b["type"] == "links":
                for ti, u in b["items"]:
                    out.append(rf"{{\small {e(ti)}\\ {tex_url(u)}}}\par")
            elif b["type"] == "figure":
                out.append(rf"\par\noindent{{\color{{lightgray}}\rule{{\linewidth}}{{22mm}}}}\par{{\footnotesize {e(b['caption'])}}}\par")
    if cols > 1:
        out.append(r"\end{multicols}")
    if design["credit"]:
        out.append(rf"\vfill{{\tiny\color{{gray}} {e(design['credit'])}}}")
    out.append(r"\end{document}")
    return "\n".join(x for x in out if x) + "\n"


def latex_pdf(src, pdf):
    work = Path(tempfile.mkdtemp(prefix="zoo-tex-"))
    try:
        for _ in range(2):  # the second run resolves "Page x of y"
            subprocess.run(["pdflatex", "-interaction=batchmode", "-halt-on-error", f"-output-directory={work}", str(src)],
                           capture_output=True, timeout=120, cwd=work)
        built = work / (Path(src).stem + ".pdf")
        if built.exists():
            shutil.move(str(built), str(pdf))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ checking
def norm_keys(s: str):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    for a, b in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("‑", "-"), ("‐", "-")):
        s = s.replace(a, b)
    return s.lower()


def check_truth(truth, pdf_text):
    """The truth strings that the PDF's text does not contain (whitespace-free comparison, line-end
    hyphenation tolerated, lines of page furniture and photo credits set aside first)."""
    aside = {norm_keys(s).strip() for s in truth["furniture"]} | {norm_keys(s).strip() for s in truth.get("credits", [])}
    t = "\n".join(ln for ln in norm_keys(pdf_text).splitlines() if ln.strip() not in aside)
    plain = re.sub(r"\s+", "", t)
    dehyph = re.sub(r"\s+", "", re.sub(r"-\s*\n\s*", "", t))
    nohyph = plain.replace("-", "")

    def has(s):
        k = re.sub(r"\s+", "", norm_keys(s))
        return k in plain or k in dehyph or k.replace("-", "") in nohyph

    strings = [truth["title"]] + [h["text"] for h in truth["headings"]] + [b["text"] for b in truth["bullets"]]
    printed = {f["paragraph"]: f["printed"] for f in truth.get("footnotes", [])}  # "surveys1": the marker is printed
    strings += [printed.get(p, p) for p in truth["paragraphs"]] + truth["links"]
    strings += [f["text"] for f in truth.get("footnotes", [])] + truth.get("decks", []) + truth.get("taglines", [])
    cells = [c for tb in truth["tables"] for r in tb["header_rows"] + tb["rows"] for c in r]
    strings += [q["text"] for q in truth["quotes"]] + [q["speaker"] for q in truth["quotes"]]
    strings += [v for c in truth["contacts"] for v in c.values()]
    raw = re.sub(r"\s+", "", norm_keys(pdf_text))
    # a cell's words, where its lines wrap or hyphenate ("under-\nstanding")
    words = set(re.findall(r"\w+", norm_keys(pdf_text))) | set(re.findall(r"\w+", re.sub(r"-\s*\n\s*", "", norm_keys(pdf_text))))
    def word_printed(w):  # or hyphenated in two parts that the text has
        return w in words or any(w[:i] in words and w[i:] in words for i in range(2, len(w) - 1))

    bad_cells = [c for c in cells if not has(c) and not all(word_printed(w) for w in re.findall(r"\w+", norm_keys(c)))]
    return [s for s in strings if not has(s)] + bad_cells + [s for s in truth["furniture"] if re.sub(r"\s+", "", norm_keys(s)) not in raw]


def links_broken_at_hyphen(links, pdf_text):
    """The URLs the page breaks at one of their own hyphens (the trap: that hyphen is real and must stay).
    PDFium marks a hyphen that ends a line (U+FFFE or U+0002) or gives it before the line break."""
    out = []
    for url in links:
        cuts = [i for i, ch in enumerate(url) if ch == "-"]
        marked = any(url[:i] + mark + url[i + 1:] in pdf_text for i in cuts for mark in ("\ufffe", "\x02"))
        if marked or any(re.search(re.escape(url[: i + 1]) + r"[ \t]*\r?\n[ \t]*" + re.escape(url[i + 1:]), pdf_text) for i in cuts):
            out.append(url)
    return out


def is_tagged(pdf):
    import pikepdf

    with pikepdf.open(str(pdf)) as p:
        return "/StructTreeRoot" in p.Root


def strip_tags(src, dst):
    """An untagged copy: the structure tree, MarkInfo and the pages' links into the tree removed (the
    marked-content operators stay in the content streams, as in PDFs whose tree was dropped)."""
    import pikepdf

    with pikepdf.open(str(src)) as p:
        for k in ("/StructTreeRoot", "/MarkInfo"):
            if k in p.Root:
                del p.Root[k]
        for page in p.pages:
            if "/StructParents" in page.obj:
                del page.obj["/StructParents"]
            for annot in page.obj.get("/Annots", []):
                if "/StructParent" in annot:
                    del annot["/StructParent"]
        p.save(str(dst), deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def pdfminer_text(pdf):
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def pdfium_text(pdf):
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))).replace("\r\n", "\n")
    finally:
        doc.close()


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else 0


# ------------------------------------------------------------------ main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-family", default="reportlab=13,chromium=5,libreoffice=5,typst=6,pdflatex=6",
                    help="documents drawn per design family: N, or producer=N,...")
    ap.add_argument("--out", default=str(HERE / "corpus"))
    ap.add_argument("--producers", default="reportlab,chromium,libreoffice,typst,pdflatex")
    ap.add_argument("--families", default=None,
                    help="only these design families (comma-separated), EXTRA_FAMILIES among them (tests/zoo/corpus-designs: "
                         "--families html-tiles --per-family 8 --seed 17 --out tests/zoo/corpus-designs)")
    ap.add_argument("--keep-dropped", action="store_true", help="keep the PDF and text of a dropped document (for debugging)")
    ap.add_argument("--untagged-every", type=int, default=3,
                    help="an untagged copy of every Nth tagged document (1: all; the copies cost as much disk as the originals)")
    ap.add_argument("--pdfminer-every", type=int, default=3, help="pdfminer's text of every Nth document, beside pdftotext's")
    ap.add_argument("--language", default="en", choices=["en", "fr", "es"],
                    help="the brochures' language: en (content.py), fr or es (content_lang.py; ids get the language as a prefix)")
    ap.add_argument("--phrasings", default="zoo", choices=["zoo", "unseen", "unseen2", "unseen3", "unseen4", "round3"],
                    help="partnership phrasing families: zoo, unseen or unseen2 (content.py UNSEEN_PARTNERSHIP_TEMPLATES, "
                         "UNSEEN_ROUND2_TEMPLATES, UNSEEN_ROUND3_TEMPLATES, UNSEEN_ROUND4_TEMPLATES; ids get the prefix ph-, ph2-, ph3-, ph4-; "
                         "tests/zoo/corpus-phrasing, 2, 3, 4); "
                         "round3 with --language fr|es: content_lang's partnerships_round3 (ids lph3-fr-..., tests/zoo/corpus-phrasing-fr, -es)")
    args = ap.parse_args(argv)
    if (args.phrasings == "round3") != (args.language != "en") and args.phrasings != "zoo":
        ap.error(f"--phrasings {args.phrasings} is for {'French and Spanish' if args.phrasings == 'round3' else 'English'} brochures only")
    t0 = time.time()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")  # pdflatex: reproducible dates and ids
    os.environ.setdefault("FORCE_SOURCE_DATE", "1")
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext (poppler-utils) is needed")
    available = {"reportlab": True, "chromium": chromium_bin() is not None, "libreoffice": shutil.which("soffice") is not None,
                 "pdflatex": shutil.which("pdflatex") is not None}
    try:
        import typst  # noqa: F401
        available["typst"] = True
    except ImportError:
        available["typst"] = False
    try:
        import reportlab  # noqa: F401
    except ImportError:
        available["reportlab"] = False
    if available["pdflatex"] and not subprocess.run(["kpsewhich", "pzdr.tfm", "phvr8r.tfm"], capture_output=True, text=True).stdout.strip():
        print("pdflatex: no dingbat or Helvetica metrics (Debian texlive-fonts-recommended): no pifont bullets, Computer Modern only")
        SYMBOL_LISTS["pdflatex"].remove("pifont")
        TEX_GLYPH["➢"] = r"$\triangleright$"
        TEX_SANS_FAMILIES.clear()
    per = {p: int(args.per_family) for p in FAMILIES} if args.per_family.isdigit() else \
        {p: int(n) for p, n in (x.split("=") for x in args.per_family.split(","))}
    master = random.Random(args.seed)
    jobs = []
    for producer in args.producers.split(","):
        if not available.get(producer):
            print(f"skipping producer {producer}: not installed")
            continue
        for fam in FAMILIES[producer] + (EXTRA_FAMILIES.get(producer, []) if args.families else []):
            for k in range(per.get(producer, 0)):
                seed = master.randrange(1 << 30)
                jobs.append((producer, fam, k, seed))
    if args.families:  # the seeds drawn as for every family, then kept for the named ones
        jobs = [job for job in jobs if job[1] in args.families.split(",")]
    docs = []
    tmp = Path(tempfile.mkdtemp(prefix="zoo-src-"))
    global SYMBOL_FONT
    try:
        SYMBOL_FONT = build_symbol_font(tmp / "ZooWingdings.ttf")
    except ImportError:
        print("fontTools is not installed: no Wingdings-like bullets (pip install fonttools)")
        for fams in SYMBOL_LISTS.values():
            fams[:] = [x for x in fams if x != "dings"]
    html_jobs, fodt_jobs, tex_jobs = [], [], []
    for producer, fam, k, seed in jobs:
        rng = random.Random(seed)
        if args.language == "en":
            design = draw_design(rng, fam)
            content = compose(rng, long_list=design["long_list"], phrasings=args.phrasings)
        else:
            design = draw_design(rng, fam, DESIGN_STRINGS[args.language])
            content = compose_in(args.language, rng, long_list=design["long_list"], phrasings=args.phrasings)
        if design["figure"]:
            content["sections"][0]["blocks"].insert(1, {"type": "figure", "caption": design["figure"]})
        run_in_sections(content, design)
        footnote = place_footnote(content, design)
        doc_id = f"{fam}-{k:02d}" if args.language == "en" else f"{args.language}-{fam}-{k:02d}"
        if args.phrasings != "zoo":
            doc_id = f"{ {'unseen': 'ph', 'unseen2': 'ph2', 'unseen3': 'ph3', 'unseen4': 'ph4', 'round3': 'lph3'}[args.phrasings]}-{doc_id}"
        truth = build_truth(doc_id, producer, fam, seed, content, design, footnote)
        pdf = out / f"{doc_id}.pdf"
        docs.append((doc_id, truth, design, pdf))
        if producer == "reportlab":
            try:
                render_reportlab(content, design, pdf)
            except Exception as exc:  # a design the layout engine cannot fit
                print(f"  {doc_id}: reportlab failed: {exc}")
        elif producer == "chromium":
            src = tmp / f"{doc_id}.html"
            src.write_text(render_html(content, design), encoding="utf-8")
            html_jobs.append((src, pdf))
        elif producer == "typst":
            src = tmp / f"{doc_id}.typ"
            src.write_text(render_typst(content, design), encoding="utf-8")
            try:
                typst_pdf(src, pdf)
            except Exception as exc:
                print(f"  {doc_id}: typst failed: {str(exc)[:200]}")
        elif producer == "pdflatex":
            src = tmp / f"{doc_id}.tex"
            src.write_text(render_latex(content, design), encoding="utf-8")
            tex_jobs.append((src, pdf))
        else:
            src = tmp / f"{doc_id}.fodt"
            src.write_text(render_fodt(content, design), encoding="utf-8")
            fodt_jobs.append(src)
    if html_jobs:
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as ex:
            list(ex.map(lambda j: chromium_pdf(*j), html_jobs))
    if tex_jobs:
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as ex:
            list(ex.map(lambda j: latex_pdf(*j), tex_jobs))
    if fodt_jobs:
        prof = tempfile.mkdtemp(prefix="zoo-lo-")
        tagged = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'  # a structure tree, as Writer's "tagged PDF"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", tagged, "--outdir", str(out)]
                       + [str(p) for p in fodt_jobs], capture_output=True, timeout=900)
        shutil.rmtree(prof, ignore_errors=True)
    kept, dropped, notes = [], [], []
    for doc_id, truth, design, pdf in docs:
        if not pdf.exists():
            dropped.append((doc_id, "no PDF produced"))
            continue
        n = pdf_pages(pdf)
        if n > 2:
            dropped.append((doc_id, f"{n} pages"))
            pdf.unlink()
            continue
        truth["furniture"] = furniture_for(design, n)
        truth["pages"] = n
        txt = out / f"{doc_id}.txt"
        subprocess.run(["pdftotext", str(pdf), str(txt)], check=True)
        # a string is printed when pdftotext's text or PDFium's (content-stream order) has it: pdftotext alone
        # interleaves columns whose lines share a baseline, which is a trap for the text path, not a clipped frame
        missing = sorted(set(check_truth(truth, txt.read_text(encoding="utf-8"))) & set(check_truth(truth, pdfium_text(pdf))))
        if missing:
            dropped.append((doc_id, f"{len(missing)} truth strings not in the PDF text, e.g. {missing[0][:60]!r}"))
            if not args.keep_dropped:
                pdf.unlink()
                txt.unlink()
            continue
        # the views of the document that eval scores: the PDF, its untagged copy, pdftotext's and pdfminer's text
        truth["tagged"] = is_tagged(pdf)
        truth["links_broken_at_hyphen"] = links_broken_at_hyphen(truth["links"], pdfium_text(pdf))
        truth["variants"] = ["pdf", "txt"]
        serial = int(doc_id.rsplit("-", 1)[1])
        if truth["tagged"] and serial % args.untagged_every == 0:
            strip_tags(pdf, out / f"{doc_id}.untagged.pdf")
            truth["variants"].append("pdf-untagged")
        if len(kept) % args.pdfminer_every == 0:
            mined = pdfminer_text(pdf)
            lost = check_truth(truth, mined)
            if lost:
                notes.append((doc_id, f"pdfminer's text left out: {len(lost)} truth strings not in it, e.g. {lost[0][:60]!r}"))
            else:
                (out / f"{doc_id}.pdfminer.txt").write_text(mined, encoding="utf-8")
                truth["variants"].append("txt-pdfminer")
        (out / f"{doc_id}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        kept.append(truth)
    shutil.rmtree(tmp, ignore_errors=True)
    by = {}
    for t in kept:
        by.setdefault(t["producer"], {}).setdefault(t["family"], 0)
        by[t["producer"]][t["family"]] += 1
    views = {}
    for t in kept:
        for v in t["variants"]:
            views[v] = views.get(v, 0) + 1
    (out / "index.json").write_text(json.dumps({"seed": args.seed, "documents": [t["id"] for t in kept], "counts": by, "variants": views},
                                               indent=1))
    print(f"kept {len(kept)} documents, dropped {len(dropped)} ({time.time() - t0:.0f} s)")
    for p, fams in by.items():
        print(f"  {p}: {sum(fams.values())}  " + ", ".join(f"{f} {n}" for f, n in fams.items()))
    print("  views: " + ", ".join(f"{v} {n}" for v, n in views.items()))
    for d, why in dropped:
        print(f"  dropped {d}: {why}")
    for d, why in notes:
        print(f"  {d}: {why}")


if __name__ == "__main__":
    main()
