"""Make the three sample brochures in samples/ (run: .venv/bin/python samples/make_pdfs.py).

Needs reportlab (only to regenerate the samples; the tests never import it). The output is
byte-for-byte reproducible: canvases are made with ``invariant=1`` (fixed dates and document ID)
and only the standard 14 fonts are used, so nothing is embedded.

  partnerships-for-decent-work.pdf  the reference ILO brochure (its text is
                                    partnerships-for-decent-work.txt), as a two-page A4 landscape
                                    tri-fold: three panels per page, bullets drawn as filled circles.
  green-jobs-leaflet.pdf            A4 portrait, two columns, full-width title band, running
                                    header and "Page N" footer, "•" bullet glyphs, Key facts sidebar.
  migrant-workers-factsheet.pdf     A4 portrait, one column, numbered headings, nested bullets
                                    (filled squares / en dashes), numbered list, ruled table.

All coordinates below are given as *top* = distance from the top edge of the page (the way
pdfplumber reports them); ``Writer`` turns them into reportlab's bottom-left coordinates.
Pass ``--report`` to print every laid-out line (page, x0, top, font, size, text).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import rl_codecs
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
REPORT = "--report" in sys.argv

# reportlab writes U+2022 BULLET as WinAnsi code 0x7F, which pdfminer/pdfplumber cannot decode
# (it comes out as "(cid:127)"). Make it use 0x95, the code the PDF spec gives the bullet.
rl_codecs.RL_Codecs._RL_Codecs__rl_codecs_data["winansi"][1][0x2022] = 0x95

SHY = "\u00ad"  # soft hyphen in the *source* strings: a place where a word may be hyphenated.
# When the break is taken, an ordinary hyphen glyph (U+002D) is printed at the line end (WinAnsi
# 0xAD would be extracted as a space by pdfminer); where it is not taken nothing is printed.

BLACK = (0, 0, 0)
GREY_TEXT = (0.45, 0.45, 0.45)
LINK_BLUE = (0.0, 0.2, 0.6)


# --------------------------------------------------------------------------------------------
# line breaking


def _can_break_after_hyphen(left: str, right: str) -> bool:
    """A compound may break after its hyphen when both sides are words (not numbers, URLs)."""
    lw = left.rstrip("-").split("-")[-1].split("/")[-1]
    # Only proper-noun compounds (South-South, Asia-Pacific) are broken: a broken lowercase compound
    # ("energy-efficient") could not be told from a hyphenated word without a dictionary.
    return len(lw) >= 2 and lw.isalpha() and len(right) >= 2 and right[0].isupper() and lw[0].isupper()


def _break_word(word: str, font: str, size: float, room: float) -> tuple[str, str] | None:
    """Split ``word`` at the last hyphen / soft hyphen whose head (with its hyphen) fits ``room``."""
    best = None
    for i, ch in enumerate(word):
        if ch == "-" and 0 < i < len(word) - 1:
            head, tail = word[: i + 1], word[i + 1 :]
            if not _can_break_after_hyphen(head, tail):
                continue
        elif ch == SHY:
            head, tail = word[:i] + "-", word[i + 1 :]
        else:
            continue
        if stringWidth(head.replace(SHY, ""), font, size) <= room:
            best = (head, tail)
    return best


def wrap(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Greedy line breaking; returns the printed lines (soft hyphens removed, taken ones as '-')."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    w = first_width if first_width is not None else width

    def sw(s: str) -> float:
        return stringWidth(s.replace(SHY, ""), font, size)

    while words:
        word = words.pop(0)
        cand = word if not cur else cur + " " + word
        if sw(cand) <= w:
            cur = cand
            continue
        room = w - (sw(cur + " ") if cur else 0)
        split = _break_word(word, font, size, room)
        if split:
            head, tail = split
            lines.append((cur + " " + head) if cur else head)
            words.insert(0, tail)
        elif cur:
            lines.append(cur)
            words.insert(0, word)
        else:  # a single word wider than the line: let it overflow (never happens in our texts)
            lines.append(word)
        cur = ""
        w = width
    if cur:
        lines.append(cur)
    return [ln.replace(SHY, "") for ln in lines]


# --------------------------------------------------------------------------------------------
# drawing helpers


class Writer:
    """A reportlab canvas addressed in top-left coordinates, with a log of what it drew."""

    def __init__(self, path: Path, pagesize: tuple[float, float], title: str, subject: str):
        self.path = path
        self.W, self.H = pagesize
        self.c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("International Labour Organization")
        self.c.setSubject(subject)
        self.c.setCreator("brochure-pipeline samples/make_pdfs.py")
        self.page = 1
        self.log: list[tuple] = []

    def y(self, top: float) -> float:
        return self.H - top

    def text(self, x: float, baseline: float, s: str, font: str, size: float, color=BLACK, word_space: float = 0.0) -> float:
        """Draw one line with its baseline ``baseline`` from the top; returns its width."""
        c = self.c
        c.saveState()  # Tw (word spacing) is graphics state: keep it from leaking into later text
        t = c.beginText()
        t.setTextOrigin(x, self.y(baseline))
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        if word_space:
            t.setWordSpace(word_space)
        t.textOut(s)
        c.drawText(t)
        c.restoreState()
        wdt = stringWidth(s, font, size) + word_space * s.count(" ")
        self.log.append((self.page, round(x, 1), round(baseline - size * 0.75, 1), font, size, s))
        return wdt

    def text_right(self, x1: float, baseline: float, s: str, font: str, size: float, color=BLACK):
        self.text(x1 - stringWidth(s, font, size), baseline, s, font, size, color)

    def text_center(self, xc: float, baseline: float, s: str, font: str, size: float, color=BLACK):
        self.text(xc - stringWidth(s, font, size) / 2, baseline, s, font, size, color)

    def rect(self, x0: float, top: float, x1: float, bottom: float, fill, stroke=None, lw=0.5):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*fill) if fill else None
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        c.rect(x0, self.y(bottom), x1 - x0, bottom - top, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.restoreState()

    def hline(self, x0: float, x1: float, top: float, lw=0.6, color=BLACK):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.line(x0, self.y(top), x1, self.y(top))
        c.restoreState()

    def vline(self, x: float, top: float, bottom: float, lw=0.6, color=BLACK):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw)
        c.line(x, self.y(top), x, self.y(bottom))
        c.restoreState()

    def dot(self, cx: float, cy_top: float, r: float):
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.circle(cx, self.y(cy_top), r, stroke=0, fill=1)
        c.restoreState()

    def square(self, x0: float, top: float, side: float):
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.rect(x0, self.y(top + side), side, side, stroke=0, fill=1)
        c.restoreState()

    def link(self, uri: str, x0: float, top: float, x1: float, bottom: float):
        self.c.linkURL(uri, (x0, self.y(bottom), x1, self.y(top)), relative=0, thickness=0)

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.save()


@dataclass
class Frame:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float


class Flow:
    """Pours blocks into a sequence of frames (columns/panels), line by line."""

    def __init__(self, w: Writer, frames: list[Frame], on_page=None, strict: bool = True):
        self.w = w
        self.frames = frames
        self.i = 0
        self.y = frames[0].top
        self.on_page = on_page
        self.strict = strict
        self.fresh = True  # nothing drawn yet in the current frame
        if on_page:
            on_page(w, w.page)

    @property
    def f(self) -> Frame:
        return self.frames[self.i]

    def next_frame(self):
        if self.i + 1 >= len(self.frames):
            raise RuntimeError(f"{self.w.path.name}: text overflows the last frame")
        self.i += 1
        while self.w.page < self.f.page:
            self.w.new_page()
            if self.on_page:
                self.on_page(self.w, self.w.page)
        self.y = self.f.top
        self.fresh = True

    def room(self) -> float:
        return self.f.bottom - self.y

    def need(self, h: float):
        if h > self.room():
            if self.strict:
                raise RuntimeError(f"{self.w.path.name}: frame {self.i} full at y={self.y:.1f}, needs {h}")
            self.next_frame()

    def space(self, h: float):
        if not self.fresh:
            self.y += h

    def line(
        self, x: float, s: str, font: str, size: float, leading: float, color=BLACK, word_space: float = 0.0, marker=None
    ) -> float:
        """Place one line (moving to the next frame if needed); returns its baseline."""
        if self.y + leading > self.f.bottom + 0.01:
            if self.strict:
                raise RuntimeError(f"{self.w.path.name}: frame {self.i} overflows at {s!r}")
            self.next_frame()
        base = self.y + size
        self.w.text(self.f.x0 + x, base, s, font, size, color, word_space)
        if marker:
            marker(self.f.x0, base)
        self.y += leading
        self.fresh = False
        return base

    def heading(self, text: str, font: str, size: float, before: float, after: float, keep: float = 30.0, color=BLACK):
        self.space(before)
        width = self.f.x1 - self.f.x0
        lines = wrap(text, font, size, width)
        lead = size * 1.2
        if not self.strict and self.room() < lead * len(lines) + keep:
            self.next_frame()
        for ln in lines:
            self.line(0, ln, font, size, lead, color)
        self.y += after

    def para(
        self,
        text: str,
        font: str = "Helvetica",
        size: float = 9.0,
        leading: float = 11.0,
        before: float = 0.0,
        indent: float = 0.0,
        justify: bool = False,
        color=BLACK,
        marker=None,
        width: float | None = None,
    ):
        self.space(before)
        width = width if width is not None else (self.f.x1 - self.f.x0 - indent)
        lines = wrap(text, font, size, width)
        for k, ln in enumerate(lines):
            ws = 0.0
            last = k == len(lines) - 1
            if justify and not last and ln.count(" "):
                ws = (width - stringWidth(ln, font, size)) / ln.count(" ")
            self.line(indent, ln, font, size, leading, color, ws, marker if k == 0 else None)
        return lines


# --------------------------------------------------------------------------------------------
# 1. the reference brochure: Partnerships for Decent Work (two-page A4 landscape tri-fold)

REF_TITLE = "Partnerships for Decent Work"

WHAT_ARE = (
    "Partnerships are a way for the ILO to work more closely with member States to jointly promote, "
    "implement and extend the outreach of the Decent Work Agenda across Asia and the Pacific. The ILO "
    "is actively engaged in a growing number of formal partnerships with countries around the world, "
    "as well as multilateral organizations, institutions, and private entities. The ILO\u2019s role is "
    "to implement technical cooperation programmes that deliver decent work and assist our "
    "Asia-Pacific constituents meet the Millennium Development Goals."
)
EVOLUTION = [
    "Asia-Pacific\u2019s annual rate of economic growth was estimated at 7.5 per cent in 2010, much "
    "higher than in Europe (1.7 per cent) or the United States (2.6 per cent). Many countries in the "
    "region are now considered \u201cmiddle income.\u201d As such, many are now in a position to work "
    "with the ILO (as a facilitator) to offer technical assistance and knowledge transfer to other "
    "countries within the framework of South-South and Triangular Cooperation. Some high income "
    "countries, such as Australia, Japan, Korea and Singapore are engaged with the ILO in long-term "
    "partnerships for development.",
    "Public-Private Partnerships (PPP) provide a channel for influencing public and private sector "
    "investment, policies, and practices, so promoting decent work more effectively.",
    "The ILO\u2019s institutional partnerships within the region build on both existing and new "
    "collaborative ventures. Our partners include other members of the UN family such as UNDP and "
    "ESCAP, as well as regional bodies such as the Association of Southeast Asian Nations (ASEAN) and "
    "the Asian Development Bank (ADB).",
]
EXAMPLES = [
    "In 2010 the ILO signed a letter of intent with the governments of India, Brazil, and South "
    "Africa (IBSA) for the promotion of decent work through South-South Cooperation.",
    "Developing countries form the third element of a triangular cooperation arrangement with the ILO "
    "and a middle income economy. A cooperation agreement between Lao PDR, Singapore and the ILO has "
    "produced a labour inspection system that forms part of the ASEAN OSH network.",
    "The ILO continues to engage with its long-term partners such as Japan, Korea, (and more "
    "recently) Australia and Singapore, in projects that support the ILO\u2019s technical cooperation "
    "portfolio.",
    "The ILO has MOUs with a number of regional bodies including ASEAN, ADB and ESCAP. This type of "
    "partnership entails yearly meetings where cooperation activities are pre-agreed.",
    "The ILO Jakarta office has entered a public-private partnership with BP which promotes "
    "employability and entrepreneurship among Papuan youth in Bintuni Bay Area, West Papua. The "
    "partnership is a new start, aimed at revitalizing the Technical and Vocational Education and "
    "Training (TVET) system in West Papua.",
    "The Better Factories Programme in Cambodia, managed by the ILO, was the forerunner of the 2006 "
    "ILO\u2013IFC partnership and the Better Work programmes in Viet Nam and Indonesia. The IFC is the "
    "International Finance Corporation, part of the World Bank Group. The main aim of both Better "
    "Factories and Better Work is to improve productivity and working conditions in garment "
    "factories.",
    "ILO/ESCAP Memorandum of Understanding, 2009, covers cooperation on social protection, statistics "
    "and migration amongst other things. The ILO meets regularly with ESCAP to review progress.",
]
QUOTES = [
    (
        "\u201cDeveloping and emerging countries have made their presence felt as economic and "
        "political players in the international arena....They are assuming leadership, seeking their "
        "own solutions as well as the indispensable international cooperation to address the pressing "
        "challenges of today\u201d.",
        ["Juan Somavia, ILO Director-General", "at the South-South Expo 2010"],
    ),
    (
        "\u201cCountries across the Global South have created jobs and freed millions of people from "
        "poverty through homegrown solutions or by drawing on the innovations of others. The South is "
        "a font of ideas and actions that are helping to tackle the major challenges of our day\u201d.",
        ["Ban Ki-moon, UN Secretary-General"],
    ),
]
CONTACT_LEAD = "For further information please contact:"
CONTACT_ADDRESS = [
    "Wolfgang Schiefer, Head, Regional Unit for Partnerships",
    "ILO Regional Office for Asia and the Pacific",
    "United Nations Building",
    "Rajdamnerrn Nok Avenue",
    "Bangkok 10200, Thailand",
]
CONTACT_NUMBERS = ["Tel: +662 288 1234", "Fax: +662 288 3062", "Email: BANGKOK@ilo.org"]
CONTACT_WEB = "www.ilo.org/asia"
IN_ADDITION = (
    "In addition, there are a range of cooperation activities across the UN system, at global, regional and county levels."
)
TECHNICAL = (
    "The ILO\u2019s work in Asia and the Pacific has been strengthened by a growing number of formal "
    "partnerships with member States in the region, a trend that also reflects deepening integration. "
    "One result of these agreements is a growing portfolio of technical cooperation projects for "
    "decent work that increases the ILO\u2019s impact and reaches more beneficiaries at regional, "
    "national and local level. The agreements cover a wide range of work and work-place related "
    "issues, including labour law governance, migration, green jobs, youth employment, gender, "
    "enterprise development, social dialogue, and skills and vocational training."
)
PROJECTS = [
    "The ILO/Singapore Partnership agreement aims to offer technical expertise to other countries in "
    "the region on occupational safety and health, tripartism and social dialogue, productivity, "
    "employability and skills development.",
    "The ILO/Australia Partnership 2010-2015 supports green jobs, labour migration and youth employment, amongst other things.",
    "The ILO/Japan Multi-bilateral Programme focuses on social dialogue, social protection and "
    "collaboration with ASEAN and UN organizations.",
    "The ILO/Korea Programme supports work in the areas of competitiveness, productivity and jobs, "
    "labour market governance, social protection and labour migration.",
    "The Better Work Programme (Cambodia, Viet Nam and Indonesia) is a partnership with the IFC under "
    "which a number of private companies buy through, and support, the programme.",
    "ILO/ASEAN Cooperation Agreement, 2007. The ILO aligned its activities to the work programme of "
    "ASEAN to ensure coherence in its cooperation with the regional body.",
    "ILO/ADB Memorandum of Understanding, 2002, provides a framework for cooperation in a number of "
    "areas including labour market information, TVET and skills, green jobs. The ILO and ADB now hold "
    "regular yearly meetings.",
]
# (title, printed URL lines): a long URL is broken exactly where the text file breaks it.
RESOURCES = [
    ("Better Work", ["http://www.betterwork.org/"]),
    ("Global South-South Development Expo", ["http://www.southsouthexpo.org/default.asp"]),
    (
        "ILO/Korea Partnership Programme",
        ["http://www.ilo.org/wcmsp5/groups/public/---asia/---ro-", "bangkok/documents/publication/wcms_099682.pdf"],
    ),
    ("ILO Partnerships in Asia and the Pacific", ["http://www.ilo.org/asia/WCMS_160213/lang--en/index.htm"]),
    (
        "Japan and the ILO",
        ["http://www.ilo.org/wcmsp5/groups/public/---asia/---ro-", "bangkok/documents/publication/wcms_100994.pdf"],
    ),
    (
        "Public-Private Partnerships for Decent Work",
        ["http://www.ilo.org/public/english/bureau/pardev/download/relatio", "ns/ppp_en_low.pdf"],
    ),
]
RESOURCE_LAST = (
    "The Australian Government-ILO Partnership Agreement",
    ["http://www.decentwork.asia", "http://www.decentworkpacific.org"],
)
PHOTO_CREDIT = "All photos \u00a9 ILO"
PUBLISHER = "International Labour Organization"

# A4 landscape, three equal panels; each panel's text column keeps 20 pt clear of the panel edges.
REF_W, REF_H = landscape(A4)  # 841.89 x 595.28
REF_PANELS = [(0.0, REF_W / 3), (REF_W / 3, 2 * REF_W / 3), (2 * REF_W / 3, REF_W)]
REF_COLS = [(20.0, 260.0), (301.0, 541.0), (582.0, 822.0)]
REF_TOP, REF_BOTTOM = 30.0, 566.0

REF_BODY = ("Helvetica", 9.0, 10.8)  # font, size, leading
REF_H_FONT, REF_H_SIZE = "Helvetica-Bold", 12.0
BULLET_INDENT = 11.0  # item text starts this far right of the column's left edge
BULLET_R = 1.6  # radius of the drawn bullet disc; its centre is 4 pt right of the column edge


def _ref_bullets(flow: Flow, items: list[str], gap: float = 5.0):
    font, size, lead = REF_BODY

    def disc(x0, base):
        flow.w.dot(x0 + 4.0, base - size * 0.32, BULLET_R)

    for k, item in enumerate(items):
        flow.para(item, font, size, lead, before=gap if k else 0.0, indent=BULLET_INDENT, marker=disc)


def make_reference(path: Path):
    w = Writer(path, (REF_W, REF_H), REF_TITLE, "ILO Regional Office for Asia and the Pacific brochure")
    font, size, lead = REF_BODY

    def panel_flow(page: int, k: int, top: float = REF_TOP, bottom: float = REF_BOTTOM) -> Flow:
        x0, x1 = REF_COLS[k]
        return Flow(w, [Frame(page, x0, x1, top, bottom)])

    # ---- page 1 (outside): examples | quotes + contact | cover
    f = panel_flow(1, 0)
    f.heading("Some examples of partnerships", REF_H_FONT, REF_H_SIZE, 0, 8)
    _ref_bullets(f, EXAMPLES[:6])

    # panel 2: the shaded quote box, then the contact block
    x0, x1 = REF_COLS[1]
    pad = 9.0
    qfont, qsize, qlead = "Helvetica-Oblique", 9.0, 11.5
    afont, asize, alead = "Helvetica", 8.0, 10.0
    box_lines = []  # (kind, lines)
    h = pad
    for qi, (q, attribution) in enumerate(QUOTES):
        ql = wrap(q, qfont, qsize, x1 - x0 - 2 * pad)
        box_lines.append((ql, attribution))
        h += len(ql) * qlead + 4 + len(attribution) * alead + (12 if qi == 0 else 0)
    h += pad - 2
    box_top = REF_TOP
    w.rect(x0, box_top, x1, box_top + h, fill=(0.88, 0.88, 0.88))
    y = box_top + pad
    for qi, (ql, attribution) in enumerate(box_lines):
        for ln in ql:
            w.text(x0 + pad, y + qsize, ln, qfont, qsize)
            y += qlead
        y += 4
        for ln in attribution:
            w.text(x0 + pad, y + asize, ln, afont, asize)
            y += alead
        y += 12 if qi == 0 else 0
    f = panel_flow(1, 1, top=box_top + h + 26)
    f.line(0, CONTACT_LEAD, "Helvetica-Bold", size, lead + 3)
    for ln in CONTACT_ADDRESS:
        f.line(0, ln, font, size, lead)
    f.y += 8
    for ln in CONTACT_NUMBERS:
        f.line(0, ln, font, size, lead)
    f.y += 8
    f.line(0, CONTACT_WEB, font, size, lead)

    # panel 3: the cover
    x0, x1 = REF_COLS[2]
    tsize = 28.0
    y = 120.0
    for ln in wrap(REF_TITLE, "Helvetica-Bold", tsize, x1 - x0):
        w.text(x0, y, ln, "Helvetica-Bold", tsize)
        y += tsize * 1.15
    w.rect(x0, 230.0, x1, 470.0, fill=(0.72, 0.75, 0.78))  # stands in for the cover photo
    w.text(x0, REF_BOTTOM - 6, PUBLISHER, "Helvetica-Bold", 10.0)

    # ---- page 2 (inside)
    w.new_page()
    f = panel_flow(2, 0)
    f.heading("What are partnerships?", REF_H_FONT, REF_H_SIZE, 0, 6)
    f.para(WHAT_ARE, font, size, lead)
    f.heading("The evolution of partnerships and cooperation agreements", REF_H_FONT, REF_H_SIZE, 16, 6)
    for k, p in enumerate(EVOLUTION):
        f.para(p, font, size, lead, before=7 if k else 0)

    f = panel_flow(2, 1)
    _ref_bullets(f, EXAMPLES[6:])  # the 7th example, continued from page 1
    f.para(IN_ADDITION, font, size, lead, before=9)
    f.heading("Technical partnerships in Asia and the Pacific", REF_H_FONT, REF_H_SIZE, 16, 6)
    f.para(TECHNICAL, font, size, lead)
    photo_top = f.y + 22
    w.rect(REF_COLS[1][0], photo_top, REF_COLS[1][1], REF_BOTTOM - 16, fill=(0.72, 0.75, 0.78))
    w.text(REF_COLS[1][0], REF_BOTTOM - 4, PHOTO_CREDIT, "Helvetica", 6.5, GREY_TEXT)

    f = panel_flow(2, 2, top=REF_TOP, bottom=REF_H - 12)
    f.heading("Some projects and activities in the region", REF_H_FONT, REF_H_SIZE, 0, 6)
    _ref_bullets(f, PROJECTS, gap=3.0)
    f.heading("Resources", REF_H_FONT, REF_H_SIZE, 10, 3)
    ufont, usize, ulead = "Helvetica", 8.0, 9.6
    for k, (title, urls) in enumerate(RESOURCES):
        f.para(title, font, size, 10.5, before=2.5 if k else 0)
        full = "".join(urls)
        for u in urls:
            base = f.line(0, u, ufont, usize, ulead, LINK_BLUE)
            w.link(full, f.f.x0, base - usize * 0.8, f.f.x0 + stringWidth(u, ufont, usize), base + usize * 0.25)
    title, urls = RESOURCE_LAST
    f.para(title, font, size, 10.5, before=2.5)
    base = f.line(0, urls[0], ufont, usize, ulead, LINK_BLUE)
    x = f.f.x0
    gap = stringWidth("    ", ufont, usize)
    for u in urls:
        wdt = stringWidth(u, ufont, usize)
        if u is not urls[0]:
            w.text(x, base, u, ufont, usize, LINK_BLUE)
        w.link(u, x, base - usize * 0.8, x + wdt, base + usize * 0.25)
        x += wdt + gap
    w.save()
    return w


# --------------------------------------------------------------------------------------------
# 2. green-jobs-leaflet.pdf: A4 portrait, two columns

GJ_TITLE = "Green Jobs for a Just Transition in South Asia"
GJ_SUBTITLE = "How the ILO works with governments, employers and workers for decent, low-carbon work"
GJ_HEADER = "ILO Decent Work Team for South Asia \u2014 Green Jobs Leaflet"
GJ_W, GJ_H = A4  # 595.28 x 841.89
GJ_COLS = [(42.0, 287.0), (309.0, 554.0)]
GJ_BODY = ("Helvetica", 9.5, 12.0)
GJ_H_FONT, GJ_H_SIZE = "Helvetica-Bold", 12.0

GJ_SECTIONS_1 = [
    (
        "Why green jobs matter",
        [
            "South Asia is home to almost a quarter of the world\u2019s people and is among the regions "
            "most exposed to climate change. Floods, heatwaves and cyclones already destroy livelihoods "
            "in India, Bangladesh, Nepal, Sri Lanka and Pakistan, and the shift to a low-carbon economy "
            "will change how millions of people earn a living.",
            "Green jobs are decent jobs that help to preserve or restore the environment. They are found "
            "in traditional sectors such as agriculture, construction and manufacturing, and in new "
            "sectors such as solar power and the circular economy. Done well, the transition can create "
            "more decent and more productive forms of employ" + SHY + "ment than it destroys.",
        ],
    ),
    (
        "A just transition for all",
        [
            "A just transition means greening the economy in a way that is as fair and inclusive as "
            "possible, creating decent work and leaving no one behind. The ILO Guidelines for a just "
            "transition, adopted by governments, employers and workers in 2015, guide our work with "
            "constituents across the Asia-Pacific region and in every South Asian country.",
            "Social dialogue, skills development and social protection are at the heart of every national "
            "plan, so that the new jobs reach women, young people and workers in the informal economy.",
        ],
    ),
    (
        "Our partners",
        [
            "In 2021 the ILO and UNEP signed a memorandum of understanding on green jobs and a just "
            "transition in South Asia, building on the Partnership for Action on Green Economy. UNDP, the "
            "Asian Development Bank and GIZ support national programmes and policies, while South-South "
            "exchanges "
            "carry lessons from one country to the next.",
        ],
    ),
]
GJ_LIST_HEADING = "What we do"
GJ_LIST = [
    "Assess the employment impact of national climate plans in India, Bangladesh and Nepal.",
    "Train workers and trainers in solar installation, energy-efficient building and waste recycling.",
    "Support green enterprise development with the Confederation of Indian Industry (CII).",
    "Extend social protection to waste pickers and home-based workers with the Self Employed Women\u2019s Association (SEWA).",
    "Promote safe and decent work in the ship-breaking yards of Bangladesh and Pakistan.",
    "Build the capacity of employers\u2019 and workers\u2019 organizations to take part in climate policy dialogue.",
    "Share knowledge through South-South and triangular cooperation across the region.",
]
GJ_AFTER_LIST = [
    (
        "Where we work",
        [
            "Our Green Jobs Programme runs from 2021\u20132025 in five countries. It started in 2019 with a "
            "pilot in two states of India and in the coastal districts of Bangladesh.",
            "Each country sets its own priorities through a tripartite steering committee of the ministry "
            "of labour, the employers\u2019 organization and the trade unions, which meets twice a year.",
        ],
    ),
    (
        "Country highlights",
        [
            "In India, the ILO and the Confederation of Indian Industry (CII) have set up green skills "
            "councils in three states, and 1,200 rooftop solar technicians have been certified.",
            "In Bangladesh, a safety and health programme for ship-breaking yards in Chattogram reaches "
            "over 600 workers, with UNDP support for waste recycling enterprises.",
            "In Nepal, the Asian Development Bank and the ILO support green road works that give local "
            "people paid work while protecting hillsides against landslides.",
            "In Sri Lanka, GIZ and the ILO help employers\u2019 organizations to measure and reduce the "
            "carbon footprint of small enterprises in the tea and apparel sectors.",
            "In Pakistan, brick kiln workers and their employers are switching to cleaner zigzag kilns, "
            "which cut fuel use by a third and improve working conditions and wages.",
        ],
    ),
]
GJ_FACTS_HEADING = "Key facts"
GJ_FACTS = [
    "USD 12 million budget",
    "3,500 workers trained",
    "40% women among trainees",
    "18 partner organizations",
    "5 countries covered",
]
GJ_SECTIONS_2 = [
    (
        "Women and the informal economy",
        [
            "Most workers in South Asia earn their living in the informal economy. Together with the Self "
            "Employed Women\u2019s Association (SEWA), the ILO supports women waste pickers, salt farmers "
            "and home-based workers to organize, to gain access to clean energy and to join social "
            "protection schemes.",
            "Women make up 40% of the trainees in the programme, and every national plan sets a target "
            "for the share of new green jobs that go to women.",
        ],
    ),
    (
        "Skills for a green future",
        [
            "Many of the new jobs need skills that workers do not yet have. The ILO helps national "
            "training authorities to update courses for electricians, plumbers, builders and farmers, "
            "and to recognize the skills that workers have learned on the job.",
            "Short courses in solar installation, energy audits and climate-smart farming are run with "
            "employers, so that trainees can move straight into work. Apprenticeships for young women "
            "and men are being tested in Nepal and Sri Lanka.",
        ],
    ),
    (
        "Case study: solar skills in Bihar",
        [
            "In 2022 the ILO, the state government of Bihar and local solar companies started a six-week "
            "course for rural electricians. Trainees learn to install and repair rooftop systems, to work "
            "safely at height and to run a small business.",
            "Of the first 450 graduates, more than two thirds found work within six months, and one in "
            "five set up an enterprise of their own. Women trainees, supported by SEWA, now maintain the "
            "solar pumps used by village farmer groups.",
            "The course has since been adapted by training institutes in Nepal and Bangladesh, an example "
            "of how one country\u2019s solution can travel across the region.",
        ],
    ),
    (
        "Social protection and climate risk",
        [
            "When a cyclone or a flood strikes, workers without savings or insurance lose everything. The "
            "ILO works with governments to link cash transfers, employment guarantee schemes and "
            "insurance to early warnings, so that support reaches families before disaster hits.",
        ],
    ),
    (
        "Results and next steps",
        [
            "Between 2021 and 2023 the programme trained 3,500 workers, 40% of them women, and helped "
            "four governments to include employment targets in their climate plans. For 2024\u20132025 the "
            "partners will scale up skills training and extend social protection to more informal workers.",
            "A regional knowledge platform, hosted with UNEP and UNDP, will publish the lessons learned so "
            "that other countries of the region can draw on them.",
        ],
    ),
]
GJ_CONTACT_LEAD = "For more information, please contact:"
GJ_CONTACT = [
    "Anjali Mehta",
    "Green Jobs Specialist",
    "ILO Decent Work Team for South Asia",
    "Core 4B, 3rd Floor, India Habitat Centre, Lodhi Road",
    "New Delhi 110003, India",
    "Tel.: +91 11 4750 8200",
    "Email: delhi@ilo.org",
    "www.ilo.org/newdelhi",
]


def _gj_page_furniture(w: Writer, page: int):
    w.text(GJ_COLS[0][0], 26.0, GJ_HEADER, "Helvetica", 7.5, GREY_TEXT)
    w.hline(GJ_COLS[0][0], GJ_COLS[1][1], 31.0, lw=0.4, color=(0.6, 0.6, 0.6))
    w.text_center(GJ_W / 2, GJ_H - 24.0, f"Page {page}", "Helvetica", 8.0, GREY_TEXT)


GJ_BAND = (44.0, 126.0)  # top, bottom of the full-width title band on page 1
GJ_COL_TOP_1, GJ_COL_TOP_2, GJ_COL_BOTTOM = 148.0, 50.0, GJ_H - 48  # 793.89
GJ_P2_LEFT_BOTTOM = 530.0
GJ_FACTS_PAD, GJ_FACTS_LEAD = 10.0, 14.0
GJ_FACTS_H = GJ_FACTS_PAD + GJ_H_SIZE * 1.2 + 6 + len(GJ_FACTS) * GJ_FACTS_LEAD + GJ_FACTS_PAD - 2
GJ_FACTS_TOP = GJ_COL_BOTTOM - GJ_FACTS_H  # the sidebar sits at the foot of the right column


def make_green_jobs(path: Path):
    w = Writer(path, (GJ_W, GJ_H), GJ_TITLE, "Green jobs and just transition in South Asia")
    font, size, lead = GJ_BODY
    band_top, band_bottom = GJ_BAND
    frames = [
        Frame(1, *GJ_COLS[0], GJ_COL_TOP_1, GJ_COL_BOTTOM),
        Frame(1, *GJ_COLS[1], GJ_COL_TOP_1, GJ_FACTS_TOP - 14),  # text stops above the sidebar
        Frame(2, *GJ_COLS[0], GJ_COL_TOP_2, GJ_P2_LEFT_BOTTOM),  # last page: columns balanced
        Frame(2, *GJ_COLS[1], GJ_COL_TOP_2, GJ_COL_BOTTOM),
    ]

    def furniture(wr, page):
        _gj_page_furniture(wr, page)
        if page == 1:  # full-width title band above the two columns, and the Key facts sidebar
            wr.rect(0, band_top, GJ_W, band_bottom, fill=(0.11, 0.42, 0.27))
            wr.text(GJ_COLS[0][0], band_top + 36, GJ_TITLE, "Helvetica-Bold", 22.0, (1, 1, 1))
            wr.text(GJ_COLS[0][0], band_top + 60, GJ_SUBTITLE, "Helvetica", 11.0, (1, 1, 1))

    f = Flow(w, frames, on_page=furniture, strict=False)

    def sections(secs):
        for title, paras in secs:
            f.heading(title, GJ_H_FONT, GJ_H_SIZE, 14, 5)
            for k, p in enumerate(paras):
                f.para(p, font, size, lead, before=6 if k else 0, justify=True)

    sections(GJ_SECTIONS_1)
    f.heading(GJ_LIST_HEADING, GJ_H_FONT, GJ_H_SIZE, 14, 5)

    def glyph(x0, base):
        w.text(x0 + 2, base, "\u2022", font, size)

    for k, item in enumerate(GJ_LIST):
        f.para(item, font, size, lead, before=4 if k else 0, indent=12, marker=glyph)
    sections(GJ_AFTER_LIST)

    # the Key facts sidebar: a shaded box at the foot of the right column of page 1
    x0, x1 = GJ_COLS[1]
    pad = GJ_FACTS_PAD
    w.rect(x0, GJ_FACTS_TOP, x1, GJ_FACTS_TOP + GJ_FACTS_H, fill=(0.86, 0.93, 0.87))
    y = GJ_FACTS_TOP + pad
    w.text(x0 + pad, y + GJ_H_SIZE, GJ_FACTS_HEADING, GJ_H_FONT, GJ_H_SIZE)
    y += GJ_H_SIZE * 1.2 + 6
    for ln in GJ_FACTS:
        w.text(x0 + pad, y + 10.0, ln, "Helvetica-Bold", 10.0, (0.11, 0.42, 0.27))
        y += GJ_FACTS_LEAD
    if f.w.page == 1:
        f.i = 1
        f.next_frame()  # page 2 starts with a new section

    sections(GJ_SECTIONS_2)
    f.space(18)
    f.need(lead * (len(GJ_CONTACT) + 1) + 4)
    f.line(0, GJ_CONTACT_LEAD, "Helvetica-Bold", size, lead + 2)
    for ln in GJ_CONTACT:
        f.line(0, ln, font, size, lead)
    w.save()
    return w


# --------------------------------------------------------------------------------------------
# 3. migrant-workers-factsheet.pdf: A4 portrait, one column

MW_TITLE = "Labour Migration in ASEAN"
MW_SUBTITLE = "Fact sheet: TRIANGLE in ASEAN programme 2015\u20132025"
MW_W, MW_H = A4
MW_COL = (56.0, 539.0)
MW_BODY = ("Helvetica", 10.0, 13.0)
MW_PHOTO_CREDIT = "Photo: \u00a9 ILO/N. Kumar"

MW_OVERVIEW = [
    "More than 10 million migrant workers from ASEAN Member States work in another country of the "
    "region. Most of them move from Myanmar, Cambodia and Lao PDR to Thailand, and from Indonesia and "
    "the Philippines to Malaysia, to work in agriculture, fishing, construction, manufacturing and "
    "domestic work.",
    "Migration brings skills and income to families and economies, but many workers pay high "
    "recruitment fees, lose their documents or are not paid what they were promised. Women migrant "
    "workers, who make up almost half of all migrants in the region, face particular risks.",
    "The money that migrants send home is a lifeline for millions of households. In Myanmar and "
    "Cambodia it pays for school fees, health care and better housing, and in the Philippines it "
    "is one of the largest sources of foreign exchange.",
]
MW_WHAT_WE_DO = "TRIANGLE in ASEAN is an ILO programme that runs from 2015\u20132025. It works on three fronts:"
# (level, text)
MW_NESTED = [
    (1, "Policy: helping governments to write and apply fair labour migration laws."),
    (2, "Bilateral agreements between Thailand and Myanmar, and between Malaysia and Indonesia."),
    (2, "Rules that let migrant workers change employers without losing their legal status."),
    (1, "Services: funding Migrant Worker Resource Centres run by governments, trade unions and civil society organizations."),
    (2, "Legal advice, help with complaints and referral to shelters."),
    (2, "Pre-departure briefings in the villages and towns that workers leave from."),
    (
        1,
        "Partnerships: working with ASEAN, IOM, UN Women and the Malaysian Trades Union Congress "
        "(MTUC), with funding from the Government of Canada through Global Affairs Canada.",
    ),
]
MW_RECRUITMENT = (
    "Recruitment is where most abuse begins. The programme works with recruitment agencies in "
    "Cambodia and the Philippines on a code of conduct that bans fees charged to workers, and trains "
    "labour inspectors in Malaysia and Thailand to check the contracts that workers sign before they "
    "leave home."
)
MW_RECRUITMENT_2 = (
    "Employers have a part to play too. In Malaysia and Thailand the programme helps companies in "
    "the seafood, palm oil and electronics sectors to check their supply chains for recruitment "
    "fees and to repay workers who were charged."
)
MW_PROTECTION = (
    "Migrant Worker Resource Centres give workers information and help at every stage. A worker who "
    "has a problem in the country of destination can:"
)
MW_STEPS = [
    "Call the hotline or visit the nearest centre to ask for advice in her or his own language.",
    "File a complaint with the help of a case worker or a trade union such as the MTUC.",
    "Receive legal aid and, where needed, a safe place to stay until the case is settled.",
]
MW_RESULTS = (
    "Since 2015 the centres in the region have assisted more than 40,000 women and men. The table "
    "shows three of the countries where the programme works."
)
MW_TABLE = [
    ["Country", "Migrant Worker Resource Centres", "Workers assisted"],
    ["Malaysia", "6", "12,400"],
    ["Thailand", "10", "18,750"],
    ["Cambodia", "7", "9,300"],
]
MW_AFTER_TABLE = (
    "Four out of ten workers assisted were women. Most cases were about unpaid wages, contracts "
    "that did not match what was promised, and employers who kept workers\u2019 passports."
)
MW_NEXT = (
    "In its final years the programme will hand the resource centres over to national partners, "
    "so that governments, trade unions and civil society can keep them open after 2025."
)
MW_CONTACT_LEAD = "For more information, please contact:"
MW_CONTACT = [
    "TRIANGLE in ASEAN programme",
    "ILO Regional Office for Asia and the Pacific",
    "United Nations Building, Rajdamnern Nok Avenue",
    "Bangkok 10200, Thailand",
    "Email: triangle@ilo.org",
    "www.ilo.org/asia",
]
MW_CLOSING = (
    "TRIANGLE in ASEAN is funded by the Government of Canada and works closely with ASEAN, IOM and UN "
    "Women so that labour migration is safe and fair for everyone."
)


def make_migrant(path: Path):
    w = Writer(path, (MW_W, MW_H), MW_TITLE, "Labour migration in ASEAN fact sheet")
    font, size, lead = MW_BODY
    x0, x1 = MW_COL

    def footer(wr, page):
        wr.text_center(MW_W / 2, MW_H - 28.0, str(page), "Helvetica", 9.0)

    frames = [Frame(1, x0, x1, 56.0, MW_H - 56), Frame(2, x0, x1, 56.0, MW_H - 56)]
    f = Flow(w, frames, on_page=footer, strict=False)
    H1, H2 = ("Helvetica-Bold", 14.0), ("Helvetica-Bold", 11.0)

    f.line(0, MW_TITLE, "Helvetica-Bold", 22.0, 28.0)
    f.line(0, MW_SUBTITLE, "Helvetica", 11.0, 16.0, GREY_TEXT)
    f.y += 8
    photo_top, photo_bottom = f.y, f.y + 150
    w.rect(x0, photo_top, x1, photo_bottom, fill=(0.7, 0.7, 0.7))
    w.text(x0, photo_bottom + 9, MW_PHOTO_CREDIT, "Helvetica", 7.0, GREY_TEXT)
    f.y = photo_bottom + 14

    f.heading("1. Overview", *H1, 12, 6)
    for k, p in enumerate(MW_OVERVIEW):
        f.para(p, font, size, lead, before=6 if k else 0)
    f.heading("2. What we do", *H1, 16, 6)
    f.para(MW_WHAT_WE_DO, font, size, lead)
    f.space(5)

    def square(xf, base):
        w.square(xf + 4.0, base - size * 0.55, 3.6)

    def dash(xf, base):
        w.text(xf + 18.0, base, "\u2013", font, size)

    for k, (level, text) in enumerate(MW_NESTED):
        if level == 1:
            f.para(text, font, size, lead, before=4 if k else 0, indent=16, marker=square)
        else:
            f.para(text, font, size, lead, before=2, indent=30, marker=dash)

    f.heading("2.1 Safe recruitment", *H2, 14, 5)
    f.para(MW_RECRUITMENT, font, size, lead)
    f.para(MW_RECRUITMENT_2, font, size, lead, before=6)
    f.heading("2.2 Protection and support", *H2, 14, 5)
    f.para(MW_PROTECTION, font, size, lead)
    f.space(4)
    for k, step in enumerate(MW_STEPS, 1):

        def num(xf, base, k=k):
            w.text(xf + 4.0, base, f"{k}.", font, size)

        f.para(step, font, size, lead, before=3 if k > 1 else 0, indent=20, marker=num)
    f.heading("3. Results", *H1, 16, 6)
    f.para(MW_RESULTS, font, size, lead)

    # the table: 3 columns x 4 rows, ruled lines all round
    f.space(10)
    cx = [x0, x0 + 130, x0 + 340, x1]
    row_h = 20.0
    top = f.y
    for r, row in enumerate(MW_TABLE):
        rt = top + r * row_h
        if r == 0:
            w.rect(x0, rt, x1, rt + row_h, fill=(0.9, 0.9, 0.9))
        for ci, cell in enumerate(row):
            fnt = "Helvetica-Bold" if r == 0 else font
            w.text(cx[ci] + 6, rt + 13.5, cell, fnt, 9.5)
    for r in range(len(MW_TABLE) + 1):
        w.hline(x0, x1, top + r * row_h)
    for x in cx:
        w.vline(x, top, top + len(MW_TABLE) * row_h)
    f.y = top + len(MW_TABLE) * row_h
    f.space(12)
    f.para(MW_AFTER_TABLE, font, size, lead)
    f.para(MW_CLOSING, font, size, lead, before=6)
    f.para(MW_NEXT, font, size, lead, before=6)
    f.space(22)
    f.line(0, MW_CONTACT_LEAD, "Helvetica-Bold", size, lead + 2)
    for ln in MW_CONTACT:
        f.line(0, ln, font, size, lead)
    w.save()
    return w


def main():
    outs = [
        make_reference(HERE / "partnerships-for-decent-work.pdf"),
        make_green_jobs(HERE / "green-jobs-leaflet.pdf"),
        make_migrant(HERE / "migrant-workers-factsheet.pdf"),
    ]
    for w in outs:
        print(f"wrote {w.path.relative_to(HERE.parent)} ({w.page} pages, {w.W:.2f} x {w.H:.2f} pt)")
        if REPORT:
            for rec in w.log:
                print("   p{} x={:6.1f} top={:6.1f} {:<18} {:4.1f} {}".format(*rec))


if __name__ == "__main__":
    main()
