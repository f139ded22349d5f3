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

HERE = Path(__file__).resolve().parent

HEADER_TEXTS = ["Decent Work Brief", "Country Brief No. 4", "Fact Sheet Series", "Policy Brief 12", "Programme Update",
                "Development Cooperation Brief"]
GLYPHS = ["•", "▪", "–", "✓", "o"]
FIGURE_CAPTIONS = ["Figure 1. Trainees at a vocational training centre", "Figure 1. Members of a women's cooperative at work",
                   "Figure 1. A joint safety committee inspects a workshop", "Photo caption: Workers on a road construction site"]
CREDITS = ["Photo: ILO/M. Crozet", "Photo: © ILO/A. Rahman", "Photo credit: ILO/K. Osei", "Cover photo: ILO/J. Mara"]

FAMILIES = {
    "reportlab": ["rl-report", "rl-twocol", "rl-trifold", "rl-factsheet", "rl-boxed"],
    "chromium": ["html-magazine", "html-trifold", "html-sidebar", "html-cards", "html-report"],
    "libreoffice": ["lo-letter", "lo-twocol", "lo-numbered", "lo-landscape", "lo-boxed"],
    "typst": ["typ-brief", "typ-twocol", "typ-sidebar"],
    "pdflatex": ["tex-article", "tex-twocol", "tex-boxed"],
}


# ------------------------------------------------------------------ design
def draw_design(rng, family):
    d = {
        "family": family,
        "page": rng.choice(["A4", "Letter"]),
        "landscape": "trifold" in family or "landscape" in family,
        "columns": 3 if ("trifold" in family or "landscape" in family) else 2 if ("twocol" in family or "magazine" in family) else 1,
        "numbered": "numbered" in family or "report" in family and rng.random() < 0.7,
        "upper": "factsheet" in family or "cards" in family or rng.random() < 0.2,
        "list_style": rng.choice(GLYPHS + ["1.", "a)"]),
        "header": rng.choice(HEADER_TEXTS) if rng.random() < 0.8 else None,
        "footer": rng.choice(["Page {i} of {n}", "Page {i}", "{i}"]),
        "credit": rng.choice(CREDITS) if rng.random() < 0.5 else None,
        "figure": rng.choice(FIGURE_CAPTIONS) if rng.random() < 0.4 else None,
        "banner": "twocol" in family or "cards" in family or rng.random() < 0.3,
        "font_size": rng.choice([9, 9.5, 10, 10.5]),
        "accent": rng.choice(["#1e2dbe", "#0b6e4f", "#b3261e", "#5a2a82", "#00587a"]),
    }
    if d["columns"] == 3:
        d["font_size"] = min(d["font_size"], 9)
    return d


def heading_label(sec, design, counters):
    """The heading as printed, and its truth text."""
    text = sec["heading"]
    printed = text.upper() if design["upper"] and sec["level"] == 1 else text
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
    return ls


# ------------------------------------------------------------------ truth
def build_truth(doc_id, producer, family, seed, content, design):
    t = {"id": doc_id, "producer": producer, "family": family, "content_family": content["topic"], "seed": seed,
         "title": content["title"], "headings": [], "bullets": [], "paragraphs": [], "tables": [], "furniture": [],
         "quotes": [], "contacts": [], "links": [], "organizations": content["orgs"], "countries": [], "years": [],
         "themes": content["themes"], "partnerships": content["partnerships"], "ignore": []}
    texts = [content["title"]]
    for sec in content["sections"]:
        t["headings"].append({"text": sec["heading"], "level": sec["level"], "upper": design["upper"] and sec["level"] == 1})
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
    full = "\n".join(texts)
    t["countries"] = sorted(find_countries(full))
    t["years"] = sorted(find_years(full))
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
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

    esc = html.escape
    size = A4 if design["page"] == "A4" else letter
    if design["landscape"]:
        size = landscape(size)
    W, H = size
    fs = design["font_size"]
    accent = colors.HexColor(design["accent"])
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=fs, leading=fs * 1.3, spaceAfter=fs * 0.6)
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
        target.append(Paragraph(esc(label), h1 if sec["level"] == 1 else h2))
        for b in sec["blocks"]:
            if b["type"] == "para":
                target.append(KeepTogether([Paragraph(esc(b["text"]), body)]))
            elif b["type"] == "bullets":
                i1 = 0
                for text, lvl in b["items"]:
                    m = list_marker(design, i1, lvl)
                    if lvl == 1:
                        i1 += 1
                    st = ParagraphStyle("li", parent=body, leftIndent=12 * lvl + 4, bulletIndent=12 * (lvl - 1), spaceAfter=2,
                                        bulletFontName="DejaVuSans" if m in ("▪", "✓") and "DejaVuSans" in pdfmetrics.getRegisteredFontNames() else "Helvetica")
                    target.append(KeepTogether([Paragraph(esc(text), st, bulletText=m)]))
                target.append(Spacer(1, 4))
            elif b["type"] == "table":
                data = [b["header"]] + b["rows"]
                cw = (58 * mm if is_side else fw if not sidebar else W - 2 * margin - 58 * mm - gap) - 6
                first = cw * 0.45
                rest = (cw - first) / max(1, len(b["header"]) - 1)
                cell = ParagraphStyle("c", parent=small, spaceAfter=0)
                t = Table([[Paragraph(esc(c), cell) for c in r] for r in data], colWidths=[first] + [rest] * (len(b["header"]) - 1))
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, accent), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                target.append(KeepTogether([Paragraph(esc(b["caption"]), small), t, Spacer(1, 6)]))
            elif b["type"] == "quote":
                q = [Paragraph("“" + esc(b["text"]) + "”", quote_st), Paragraph("— " + esc(b["speaker"] + ", " + b["role"]), small)]
                target.append(box(q) if design["family"] in ("rl-boxed", "rl-factsheet") else KeepTogether(q + [Spacer(1, 6)]))
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], "Tel: " + b["phone"], "Email: " + b["email"]]
                ps = [Paragraph(esc(x), small) for x in lines]
                target.append(box(ps) if design["family"] in ("rl-boxed", "rl-factsheet") else KeepTogether(ps))
            elif b["type"] == "links":
                for title, url in b["items"]:
                    target.append(Paragraph(esc(title) + "<br/>" + esc(url), small))
            elif b["type"] == "figure":
                ph = Table([[""]], colWidths=[(58 * mm if is_side else fw if not sidebar else W - 2 * margin - 58 * mm - gap) - 6], rowHeights=[22 * mm])
                ph.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#cfd4dc"))]))
                target.append(KeepTogether([ph, Paragraph(esc(b["caption"]), small)]))
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
    if design["columns"] > 1:
        css.append(f"main {{ column-count: {design['columns']}; column-gap: 8mm; }}")
    if design["banner"]:
        css.append(f".banner {{ background: {acc}; padding: 12pt; margin-bottom: 10pt; }} .banner h1.title {{ color: white; margin: 0; }}")
    if fam == "html-sidebar":
        css.append("div.wrap { display: grid; grid-template-columns: 2.2fr 1fr; gap: 8mm; } aside { font-size: 0.92em; }")
    if fam == "html-cards":
        css.append("section.card { border: 0.8pt solid #bbb; border-radius: 4pt; padding: 6pt 8pt; margin: 0 0 8pt; }")
    ls = design["list_style"]
    if ls not in ("1.", "a)"):
        css.append(f'ul.l1 > li {{ list-style: none; }} ul.l1 > li::before {{ content: "{ls}  "; margin-left: -12pt; }}')
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(content['title'])}</title><style>{''.join(css)}</style></head><body>"]
    t = f"<h1 class='title'>{e(content['title'])}</h1>"
    out.append(f"<div class='banner'>{t}</div>" if design["banner"] else t)
    if fam == "html-sidebar":
        out.append("<div class='wrap'>")
    main, side = [], []
    counters = [0, 0]
    for sec in content["sections"]:
        tgt = side if fam == "html-sidebar" and any(b["type"] in ("contact", "links", "quote") for b in sec["blocks"]) else main
        parts = []
        label = heading_label(sec, design, counters)
        parts.append(f"<h2>{e(label)}</h2>" if sec["level"] == 1 else f"<h3>{e(label)}</h3>")
        for b in sec["blocks"]:
            if b["type"] == "para":
                parts.append(f"<p>{e(b['text'])}</p>")
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
                lines = [b["name"], b["role"], b["org"], b["city"], "Tel: " + b["phone"], "Email: " + b["email"]]
                parts.append("<div class='box'>" + "<br>".join(e(x) for x in lines) + "</div>")
            elif b["type"] == "links":
                parts.append("".join(f"<p>{e(ti)}<br>{e(u)}</p>" for ti, u in b["items"]))
            elif b["type"] == "figure":
                parts.append(f"<figure style='margin: 6pt 0; break-inside: avoid'><div style='height: 24mm; background: #cfd4dc'></div>"
                             f"<figcaption class='caption'>{e(b['caption'])}</figcaption></figure>")
        cls = " class='card'" if fam == "html-cards" else ""
        tgt.append(f"<section{cls}>{''.join(parts)}</section>")
    out.append("<main>" + "".join(main) + "</main>")
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

    body = []
    body.append(f'<text:p text:style-name="Title">{x(content["title"])}</text:p>')
    for sec in content["sections"]:
        label = heading_label(sec, design, counters)
        body.append(f'<text:h text:style-name="H{sec["level"]}" text:outline-level="{sec["level"]}">{x(label)}</text:h>')
        for b in sec["blocks"]:
            if b["type"] == "para":
                body.append(f'<text:p text:style-name="Body">{x(b["text"])}</text:p>')
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
                lines = [b["name"], b["role"], b["org"], b["city"], "Tel: " + b["phone"], "Email: " + b["email"]]
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
    upper = ' fo:text-transform="uppercase"' if design["upper"] else ""
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
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:line-height="125%" fo:keep-together="always"/></style:style>
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
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:border-bottom="1pt solid {acc}" fo:padding="0.05cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.4pt solid #999999" fo:padding="0.05cm"/></style:style>
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
    cols = 2 if fam == "typ-twocol" else 1
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
    if ls in ("1.", "a)"):
        out.append(f'#set enum(numbering: "{"1." if ls == "1." else "a)"}")')
    else:
        out.append(f'#set list(marker: ([{ls}], [–]))' if ls != "–" else '#set list(marker: ([–], [o]))')
    title = q(content["title"])
    if design["banner"]:
        out.append(f'#place(top, scope: "parent", float: true, block(fill: rgb("{acc}"), inset: 12pt, width: 100%, '
                   f'text(fill: white, size: {fs + 12}pt, weight: "bold")[{title}]))')
    else:
        out.append(f'#place(top, scope: "parent", float: true, text(fill: rgb("{acc}"), size: {fs + 12}pt, weight: "bold")[{title}])')
    main, side = [], []
    for sec in content["sections"]:
        tgt = side if fam == "typ-sidebar" and any(b["type"] in ("contact", "links", "quote") for b in sec["blocks"]) else main
        tgt.append(("=" * sec["level"]) + " " + q(sec["heading"]))
        for b in sec["blocks"]:
            if b["type"] == "para":
                tgt.append(q(b["text"]) + "\n")
            elif b["type"] == "bullets":
                mark = "+" if ls in ("1.", "a)") else "-"
                for text, lvl in b["items"]:
                    tgt.append(("  " * (lvl - 1)) + (mark if lvl == 1 else "-") + " " + q(text))
                tgt.append("")
            elif b["type"] == "table":
                cells = ", ".join(f"[{q(c)}]" for c in b["header"] + [c for r in b["rows"] for c in r])
                tgt.append(f'#figure(table(columns: {len(b["header"])}, align: left, stroke: (x, y) => (bottom: if y == 0 {{ 1pt + rgb("{acc}") }} else {{ 0.4pt + gray }}), '
                           f'{cells}), caption: [{q(b["caption"].removeprefix("Table 1. "))}])')
            elif b["type"] == "quote":
                tgt.append(f'#quote(block: true, attribution: [{q(b["speaker"] + ", " + b["role"])}])[#emph[{q("“" + b["text"] + "”")}]]')
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], "Tel: " + b["phone"], "Email: " + b["email"]]
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


def typst_pdf(src, pdf):
    import typst

    typst.compile(str(src), output=str(pdf))


# ------------------------------------------------------------------ LaTeX (pdflatex)
def tex_escape(t):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(ch, ch) for ch in t)


def tex_url(u):
    return tex_escape(u).replace("/", "/\\allowbreak{}").replace("-", "-\\allowbreak{}")


TEX_GLYPH = {"•": r"\textbullet", "▪": r"$\blacksquare$", "–": r"\textendash", "✓": r"$\checkmark$", "o": "o"}


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
           r"\usepackage{booktabs}", r"\usepackage{tabularx}",
           rf"\definecolor{{acc}}{{HTML}}{{{acc}}}",
           r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
           (rf"\fancyhead[R]{{\footnotesize\color{{gray}} {e(design['header'])}}}" if design["header"] else ""),
           rf"\fancyfoot[R]{{\footnotesize {foot}}}",
           r"\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}",
           r"\AtEndDocument{\label{zooLastPage}}",
           r"\begin{document}", r"\thispagestyle{fancy}"]
    title = e(content["title"])
    if design["banner"]:
        out.append(rf"\noindent\colorbox{{acc}}{{\parbox{{\dimexpr\linewidth-2\fboxsep}}{{\vspace{{6pt}}\color{{white}}\Huge\bfseries\raggedright {title}\vspace{{6pt}}}}}}\par\medskip")
    else:
        out.append(rf"{{\color{{acc}}\Huge\bfseries\raggedright {title}\par}}\medskip")
    cols = 2 if fam == "tex-twocol" else 3 if design["columns"] == 3 else 1
    if cols > 1:
        out.append(rf"\setlength{{\columnsep}}{{12mm}}\begin{{multicols}}{{{cols}}}\raggedcolumns\raggedright")
    star = "" if design["numbered"] else "*"
    ls = design["list_style"]

    def boxed(inner):
        return (rf"\par\noindent\fcolorbox{{acc}}{{acc!8}}{{\parbox{{\dimexpr\linewidth-2\fboxsep-2\fboxrule}}{{\raggedright {inner}}}}}\par")

    for sec in content["sections"]:
        h = sec["heading"].upper() if design["upper"] and sec["level"] == 1 else sec["heading"]
        cmd = "section" if sec["level"] == 1 else "subsection"
        out.append(rf"\{cmd}{star}{{{e(h)}}}")
        for b in sec["blocks"]:
            if b["type"] == "para":
                out.append(e(b["text"]) + "\n")
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
                        out.append(rf"\item[{TEX_GLYPH[ls]}] {e(text)}")
                    elif lvl == 2:
                        out.append(rf"\item[\textendash] {e(text)}")
                    else:
                        out.append(rf"\item {e(text)}")
                if depth > 1:
                    out.append(r"\end{itemize}")
                out.append(rf"\end{{{env}}}")
            elif b["type"] == "table":
                n = len(b["header"])
                spec = r">{\raggedright\arraybackslash}X" + r">{\raggedright\arraybackslash}p{1.5cm}" * (n - 1)
                rows = " \\\\\n".join(" & ".join(e(c) for c in r) for r in b["rows"])
                out.append(rf"\par\smallskip{{\footnotesize {e(b['caption'])}\par\noindent\begin{{tabularx}}{{\linewidth}}{{{spec}}}\toprule "
                           + " & ".join(e(c) for c in b["header"]) + r" \\ \midrule " + rows + r" \\ \bottomrule\end{tabularx}}\par\smallskip")
            elif b["type"] == "quote":
                inner = rf"{{\itshape\color{{acc}} “{e(b['text'])}”}}\par\smallskip{{\small — {e(b['speaker'])}, {e(b['role'])}}}"
                out.append(boxed(inner) if fam == "tex-boxed" else rf"\begin{{quote}}{inner}\end{{quote}}")
            elif b["type"] == "contact":
                lines = [b["name"], b["role"], b["org"], b["city"], "Tel: " + b["phone"], "Email: " + b["email"]]
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
    for a, b in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("‑", "-")):
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
    strings += truth["paragraphs"] + truth["links"]
    cells = [c for tb in truth["tables"] for r in tb["header_rows"] + tb["rows"] for c in r]
    strings += [q["text"] for q in truth["quotes"]] + [q["speaker"] for q in truth["quotes"]]
    strings += [v for c in truth["contacts"] for v in c.values()]
    raw = re.sub(r"\s+", "", norm_keys(pdf_text))
    words = set(re.findall(r"\w+", norm_keys(pdf_text)))
    bad_cells = [c for c in cells if not has(c) and not set(re.findall(r"\w+", norm_keys(c))) <= words]
    return [s for s in strings if not has(s)] + bad_cells + [s for s in truth["furniture"] if re.sub(r"\s+", "", norm_keys(s)) not in raw]


def pdf_pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else 0


# ------------------------------------------------------------------ main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-family", default="reportlab=15,chromium=6,libreoffice=6,typst=5,pdflatex=3",
                    help="documents drawn per design family: N, or producer=N,...")
    ap.add_argument("--out", default=str(HERE / "corpus"))
    ap.add_argument("--producers", default="reportlab,chromium,libreoffice,typst,pdflatex")
    ap.add_argument("--keep-dropped", action="store_true", help="keep the PDF and text of a dropped document (for debugging)")
    args = ap.parse_args(argv)
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
    per = {p: int(args.per_family) for p in FAMILIES} if args.per_family.isdigit() else \
        {p: int(n) for p, n in (x.split("=") for x in args.per_family.split(","))}
    master = random.Random(args.seed)
    jobs = []
    for producer in args.producers.split(","):
        if not available.get(producer):
            print(f"skipping producer {producer}: not installed")
            continue
        for fam in FAMILIES[producer]:
            for k in range(per.get(producer, 0)):
                seed = master.randrange(1 << 30)
                jobs.append((producer, fam, k, seed))
    docs = []
    tmp = Path(tempfile.mkdtemp(prefix="zoo-src-"))
    html_jobs, fodt_jobs, tex_jobs = [], [], []
    for producer, fam, k, seed in jobs:
        rng = random.Random(seed)
        content = compose(rng)
        design = draw_design(rng, fam)
        if design["figure"]:
            content["sections"][0]["blocks"].insert(1, {"type": "figure", "caption": design["figure"]})
        doc_id = f"{fam}-{k:02d}"
        truth = build_truth(doc_id, producer, fam, seed, content, design)
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
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", str(out)]
                       + [str(p) for p in fodt_jobs], capture_output=True, timeout=900)
        shutil.rmtree(prof, ignore_errors=True)
    kept, dropped = [], []
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
        missing = check_truth(truth, txt.read_text(encoding="utf-8"))
        if missing:
            dropped.append((doc_id, f"{len(missing)} truth strings not in the PDF text, e.g. {missing[0][:60]!r}"))
            if not args.keep_dropped:
                pdf.unlink()
                txt.unlink()
            continue
        (out / f"{doc_id}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        kept.append(truth)
    shutil.rmtree(tmp, ignore_errors=True)
    by = {}
    for t in kept:
        by.setdefault(t["producer"], {}).setdefault(t["family"], 0)
        by[t["producer"]][t["family"]] += 1
    (out / "index.json").write_text(json.dumps({"seed": args.seed, "documents": [t["id"] for t in kept], "counts": by}, indent=1))
    print(f"kept {len(kept)} documents, dropped {len(dropped)} ({time.time() - t0:.0f} s)")
    for p, fams in by.items():
        print(f"  {p}: {sum(fams.values())}  " + ", ".join(f"{f} {n}" for f, n in fams.items()))
    for d, why in dropped:
        print(f"  dropped {d}: {why}")


if __name__ == "__main__":
    main()
