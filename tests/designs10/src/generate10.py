#!/usr/bin/env python3
"""designs10: four design families of ILO-style brochures with exact truth.
   numbergrid (Chromium, tagged)  annual (reportlab, untagged)  jobaid (typst)  timeline (pdflatex)
usage: generate10.py [--out DIR] [--per-family N] [--seed S] [--families numbergrid,annual,jobaid,timeline]"""
import argparse, os, sys, re, random, subprocess, unicodedata, html as H
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common10 import Truth, HTML, TeX, TY, ty_str, tex_esc, NB, NNB, VENV_PY
from bank10 import TOPICS, MONTHS
from core10 import Ctx, Plan, cap, fix_contractions, nonpartner, talks_bullet, record_bullet, record_milestone, INSTR_LABEL, LOI, MOU, COOP
from lang10 import L

FAMILIES = ['numbergrid', 'annual', 'jobaid', 'timeline']
PRODUCER = {'numbergrid': 'chromium', 'annual': 'reportlab', 'jobaid': 'typst', 'timeline': 'pdflatex'}
LANGS = ['en', 'fr', 'es']


def email_of(name):
    last = name.split()[-1]
    return unicodedata.normalize('NFKD', last).encode('ascii', 'ignore').decode().lower() + '@ilo.org'


class Common:
    """Content shared by every family: filled from the topic and the plan, recorded through T as it is typeset."""
    def __init__(self, T, tp, plan, fam_i, slot):
        self.T, self.tp, self.pl, self.lang = T, tp, plan, tp['lang']
        self.W = L[self.lang]; self.c = Ctx(T, self.lang)
        self.title_i = slot
        T.countries(sorted(set([tp['cc']] + plan.donor['cc'] + tp['office_cc'])))
        q_speakers = {q[1] for q in tp['quotes']}
        self.contact_person = [p for i, p in enumerate(tp['people']) if i not in q_speakers][0]

    def fmt(self, s, **kw):
        tp, pl = self.tp, self.pl
        d = dict(project=tp['project'], country=tp['country'], place=tp['place'], w=tp['workers'], a=pl.start, b=pl.end, y=pl.issue_year)
        d.update(kw)
        return s.format(**d)

    def intro(self):
        return fix_contractions(cap(self.W['intro'].format(I=self.c.r(self.pl.ilo), place=self.tp['place'])), self.lang)

    def partner_sentences(self, n_prose, shape_f):
        """intro + funding + n prose shapes + non-partnership + source, in print order."""
        out = [self.intro()]
        out.append(self.pl.funding(self.T, self.c, shape_f))
        for sid in self.pl.next_shapes(n_prose, self.seed):
            out.append(self.pl.render(self.T, self.c, sid))
        p = self.pl.slots('')
        out.append(fix_contractions(nonpartner(self.c, self.lang, self.pl.np_kind, self.pl.np_body, p), self.lang))
        out.append(fix_contractions(nonpartner(self.c, self.lang, 'source', self.tp['stats'], p), self.lang))
        return out

    def rec_bullet(self, inst):
        p = self.pl.slots('AB')
        s = fix_contractions(record_bullet(self.c, self.lang, inst, p['A'], p['B'], p['M'], p['Y']), self.lang)
        self.T.ps([Ctx.party(p['A']), Ctx.party(p['B'])], inst, p['Y'], None)
        return s

    def quote(self, i):
        text, who, role = self.tp['quotes'][i]
        return text, self.tp['people'][who][0], role

    def contact_lines(self):
        name, g = self.contact_person
        W = self.W
        self.T.org(self.tp['office'])
        return name, email_of(name), self.tp['phone'], [W['role_f'] if g == 'f' else W['role_m'], self.tp['office'],
                                                           W['tel'].format(x=self.tp['phone']), W['mail'].format(x=email_of(name))]

    def phone(self, k):
        ph = self.tp['phone']
        return ph[:-2] + f'{(int(ph[-2:]) + 11 * k) % 100:02d}'

    def month(self, i): return MONTHS[self.lang][i % 12]


def fr_nb(s): return s


# =====================================================================================  family 1: numbergrid poster
CSS_POSTER = '''
@page { size: A3; margin: 12mm 14mm; }
body { font-family: "DejaVu Sans", sans-serif; color: #1d2430; margin: 0; font-size: 11pt; line-height: 1.34; }
.top { display: flex; justify-content: space-between; font-size: 9pt; color: #555; border-bottom: 1.5pt solid #0b6e4f; padding-bottom: 3pt; }
.kind { letter-spacing: 0.8pt; font-size: 11pt; color: #0b6e4f; margin: 14pt 0 4pt 0; font-weight: bold; }
h1.title { font-size: 36pt; line-height: 1.05; margin: 0 0 8pt 0; color: #0b2e4f; }
p.sub { font-size: 14pt; color: #444; margin: 0 0 12pt 0; }
h2 { font-size: 15pt; color: #0b6e4f; margin: 9pt 0 4pt 0; }
h3 { font-size: 12.5pt; margin: 10pt 0 4pt 0; color: #0b2e4f; }
h3.caps { text-transform: uppercase; letter-spacing: 1pt; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 7pt; margin: 4pt 0 10pt 0; }
.cell { background: #0b6e4f; color: white; padding: 9pt 10pt; border-radius: 5pt; }
.cell:nth-child(2n) { background: #f2b134; color: #1d2430; }
.num { font-size: 28pt; font-weight: bold; line-height: 1.0; margin: 0; }
.lab { font-size: 10.5pt; margin: 3pt 0 0 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 18pt; }
ul.drawn { list-style: none; padding-left: 14pt; margin: 4pt 0; }
ul.drawn li { position: relative; margin: 2pt 0; }
ul.drawn li::before { content: ""; position: absolute; left: -13pt; top: 5pt; width: 7pt; height: 7pt; background: #f2b134; }
ul.drawn ul { list-style: none; padding-left: 14pt; }
ul.drawn ul li::before { background: #0b6e4f; width: 5pt; height: 5pt; border-radius: 3pt; }
ul.glyph { padding-left: 16pt; margin: 4pt 0; }
table.ruled { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.ruled th { background: #0b2e4f; color: white; text-align: left; padding: 3pt 5pt; }
table.ruled td { border-bottom: 0.6pt solid #999; padding: 3pt 5pt; }
blockquote { margin: 10pt 0; padding: 8pt 12pt; background: #fff4dc; border-left: 5pt solid #f2b134; }
blockquote p { margin: 0; font-size: 13.5pt; font-style: italic; }
blockquote p.who { font-size: 10.5pt; font-style: normal; margin-top: 4pt; }
.contact { background: #e8f1ee; padding: 6pt 10pt; margin-top: 8pt; }
.contact p { margin: 1pt 0; }
.foot { margin-top: 10pt; border-top: 0.8pt solid #999; font-size: 9pt; color: #555; padding-top: 3pt; }
'''


def build_numbergrid(out, tp, pl, n, seed, slot):
    W = L[tp['lang']]
    id_ = f'designs10-numbergrid-{n:02d}-{tp["lang"]}'
    T = HTML(out, id_, tp['lang'], 'chromium', 'designs10-numbergrid', tp['theme'], seed, css=CSS_POSTER)
    C = Common(T, tp, pl, 0, slot); C.seed = seed
    T.e = e = html_nobreak
    mlabel = f"{W['poster_label']} · {C.month(pl.issue_month)} {pl.issue_year}"
    T.raw(f'<div class="top"><span>{e(T.furn(tp["project"]))}</span><span>{e(T.furn(mlabel))}</span></div>')
    T.raw(f'<p class="kind">{e(T.ign(W["kind_poster"]))}</p>')
    T.raw(f'<h1 class="title">{e(T.title(tp["titles"][slot]))}</h1>')
    T.raw(f'<p class="sub">{e(T.para(C.fmt(W["subtitle"])))}</p>')
    T.raw(f'<h2>{e(T.heading(W["h_numbers"], 1))}</h2><div class="grid">')
    for v, lab in tp['figures']:
        T.raw(f'<div class="cell"><p class="num">{e(T.ign(v))}</p><p class="lab">{e(T.ign(lab))}</p></div>')
    T.raw('</div><div class="cols"><div>')
    T.raw(f'<h2>{e(T.heading(W["h_challenge"], 1))}</h2>')
    for s in tp['challenge']: T.raw(f'<p>{e(T.para(s))}</p>')
    T.raw(f'<p>{e(T.para(C.fmt(W["approach"])))}</p>')
    T.raw(f'<h2>{e(T.heading(W["h_change"], 1))}</h2>')
    T.raw(ul_html(T, W['change'], 'drawn'))
    T.raw(f'<h2>{e(T.heading(W["h_results"], 1))}</h2>')
    hdr, rows = T.table([[C.fmt(x) for x in W['res_head']]], [list(r) for r in tp['results']])
    T.raw(table_html(hdr, rows, 'ruled'))
    T.raw('</div><div>')
    T.raw(f'<h2>{e(T.heading(W["h_partners"], 1))}</h2>')
    for s in C.partner_sentences(3, pl.rng.randrange(2)):
        T.raw(f'<p>{e(T.para(s))}</p>')
    T.raw(f'<h3 class="caps">{e(T.heading(W["h_glance"], 2, upper=True))}</h3>')
    inst = pl.rng.choice([MOU, LOI, COOP])
    b1 = C.rec_bullet(inst)
    b2 = fix_contractions(talks_bullet(C.c, tp['lang'], pl.partners[-1], pl.issue_year - 1), tp['lang'])
    T.raw(ul_html(T, [b1, b2], 'glyph'))
    qt, qs, qr = T.quote(*C.quote(0))
    T.raw(f'<blockquote><p>“{e(qt)}”</p><p class="who">— {e(qs)}, {e(qr)}</p></blockquote>')
    name, mail, ph, lines = C.contact_lines()
    T.raw(f'<h3>{e(T.heading(W["h_contact"], 2))}</h3><div class="contact"><p><b>{e(name)}</b></p>')
    T.contact(name, mail, ph)
    for x in lines: T.raw(f'<p>{e(T.ign(x))}</p>')
    T.raw(f'<p>{e(T.link(tp["link"]))}</p></div>')
    T.raw('</div></div>')
    T.raw(f'<div class="foot">{e(T.furn(C.fmt(W["poster_foot"])))}</div>')
    T.build_chromium()
    return T


def html_nobreak(s):
    # hyphenated compounds stay on one line (pdftotext drops a hyphen at a line end)
    return re.sub(r'(\S*\w-\w\S*)', r'<span style="white-space:nowrap">\1</span>', H.escape(s, quote=False))


def ul_html(T, items, cls):
    e = T.e
    out = [f'<ul class="{cls}">']
    for it in items:
        if isinstance(it, tuple):
            t, sub = it
            out.append(f'<li>{e(T.bullet(t, 1))}<ul>' + ''.join(f'<li>{e(T.bullet(s, 2))}</li>' for s in sub) + '</ul></li>')
        else:
            out.append(f'<li>{e(T.bullet(it, 1))}</li>')
    out.append('</ul>')
    return ''.join(out)


def table_html(hdr, rows, cls):
    e = html_nobreak
    out = [f'<table class="{cls}">']
    if hdr: out.append('<thead>' + ''.join('<tr>' + ''.join(f'<th>{e(c)}</th>' for c in r) + '</tr>' for r in hdr) + '</thead>')
    out.append('<tbody>' + ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</tbody></table>')
    return ''.join(out)


# =====================================================================================  family 2: annual report (reportlab)
def build_annual(out, tp, pl, n, seed, slot):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, NextPageTemplate,
                                    Table, TableStyle, ListFlowable, ListItem, KeepTogether)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = '/usr/share/fonts/truetype/dejavu/'
    for nm, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVS', 'DejaVuSerif.ttf'), ('DVSI', 'DejaVuSerif-Italic.ttf'),
                  ('DVC', 'DejaVuSansCondensed.ttf'), ('DVCB', 'DejaVuSansCondensed-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(nm, base + f))
    W = L[tp['lang']]
    id_ = f'designs10-annual-{n:02d}-{tp["lang"]}'
    T = Truth(out, id_, tp['lang'], 'reportlab', 'designs10-annual', tp['theme'], seed)
    C = Common(T, tp, pl, 1, slot); C.seed = seed
    e = lambda s: H.escape(s, quote=False)
    NAVY, RUST, SAND = colors.HexColor('#23395b'), colors.HexColor('#b5523b'), colors.HexColor('#f3ede2')
    st = dict(
        kind=ParagraphStyle('kind', fontName='DVB', fontSize=8.5, textColor=RUST, leading=11),
        title=ParagraphStyle('title', fontName='DVB', fontSize=22, leading=26, textColor=NAVY, spaceAfter=4),
        sub=ParagraphStyle('sub', fontName='DVSI', fontSize=11, leading=14, textColor=colors.HexColor('#444444')),
        h1=ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=RUST, spaceBefore=8, spaceAfter=3),
        h2=ParagraphStyle('h2', fontName='DVB', fontSize=10, leading=13, textColor=NAVY, spaceBefore=6, spaceAfter=3),
        body=ParagraphStyle('body', fontName='DVS', fontSize=10, leading=13.6, spaceAfter=5),
        side=ParagraphStyle('side', fontName='DVC', fontSize=8.5, leading=11),
        sideb=ParagraphStyle('sideb', fontName='DVCB', fontSize=8.5, leading=11),
        cell=ParagraphStyle('cell', fontName='DVC', fontSize=7.6, leading=9.4),
        cellh=ParagraphStyle('cellh', fontName='DVCB', fontSize=7.6, leading=9.4, textColor=colors.white),
        quote=ParagraphStyle('quote', fontName='DVSI', fontSize=11, leading=14.5, textColor=NAVY, leftIndent=8, spaceBefore=6),
        who=ParagraphStyle('who', fontName='DV', fontSize=8, leading=10, leftIndent=8, spaceAfter=6),
        small=ParagraphStyle('small', fontName='DV', fontSize=8, leading=10.2),
    )
    story = []
    yrs = lambda a, b: (f'{a}–{b}' if tp['lang'] == 'en' else f'{a}-{b}') if b else str(a)
    pw, ph_ = A4; M = 40; gap = 20; SW = 150
    colw1 = (pw - 2 * M - gap) / 2   # tables fit the page-2 columns (narrower than page 1's main column)
    P = lambda s, s_: Paragraph(e(s), st[s_])
    PK = lambda s, s_: KeepTogether([Paragraph(e(s), st[s_])])

    def h(s, lvl=1):
        story.append(P(T.heading(s, lvl), 'h1' if lvl == 1 else 'h2'))

    def bullets(items, style, start='■', numbered=False):
        li = []
        for it in items:
            if isinstance(it, tuple):
                t, sub = it
                inner = ListFlowable([ListItem(P(T.bullet(x, 2), style), value='–') for x in sub], bulletType='bullet', start='–',
                                     leftIndent=10, bulletFontName='DV', bulletFontSize=7)
                li.append(ListItem([P(T.bullet(t, 1), style), inner]))
            else:
                li.append(ListItem(P(T.bullet(it, 1), style)))
        if numbered:
            return ListFlowable(li, bulletType='1', leftIndent=13, bulletFontName='DVB', bulletFontSize=8.5)
        return ListFlowable(li, bulletType='bullet', start=start, leftIndent=11, bulletFontName='DV', bulletFontSize=6, bulletColor=RUST)

    def table(hdr, rows, colw, ruled=True, hdr_style='cellh', body_style='cell'):
        hdr, rows = T.table(hdr, rows)
        data = [[P(c, hdr_style) for c in r] for r in hdr] + [[P(c, body_style) for c in r] for r in rows]
        t = Table(data, colWidths=colw)
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
                ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
        if ruled:
            cmds += [('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999'))]
            if hdr: cmds += [('BACKGROUND', (0, 0), (-1, len(hdr) - 1), NAVY)]
        t.setStyle(TableStyle(cmds)); story.append(t)

    # --- title block
    story.append(P(T.ign(W['kind_annual']), 'kind'))
    story.append(P(T.title(tp['titles'][slot]), 'title'))
    story.append(P(T.para(C.fmt(W['subtitle'])), 'sub'))
    story.append(NextPageTemplate('later'))
    story.append(FrameBreak())
    # --- sidebar (no bodies named here)
    story.append(P(T.heading(W['h_keyfacts'], 2), 'h2'))
    kf = W['kf']
    rows = [[kf[0], f'{pl.start}–{pl.end}' if tp['lang'] == 'en' else f'{pl.start}-{pl.end}'], [kf[1], pl.amt],
            [kf[2], cap(tp['region'])], [kf[3], tp['figures'][0][0]], [kf[4], W['kf_period'].format(y=pl.issue_year - 1)]]
    table([], rows, [64, SW - 14 - 64], ruled=False, body_style='side')
    story.append(Spacer(1, 6))
    story.append(P(T.heading(W['h_highlights'], 2), 'h2'))
    hl = [f'{r[0]} : {r[2]}' if tp['lang'] == 'fr' else f'{r[0]}: {r[2]}' for r in tp['results']]
    story.append(bullets(hl, 'side'))
    story.append(FrameBreak())
    # --- main text
    h(W['h_review'])
    story.append(PK(T.para(C.fmt(W['review'], y=pl.issue_year - 1)), 'body'))
    story.append(PK(T.para(C.fmt(W['approach'])), 'body'))
    h(W['h_why'])
    for s in tp['challenge']: story.append(PK(T.para(s), 'body'))
    h(W['h_results'])
    table([[C.fmt(x, y=pl.issue_year - 1) for x in W['res_head']]], [list(r) for r in tp['results']], [colw1 * 0.5, colw1 * 0.25, colw1 * 0.25])
    h(W['h_partners2'])
    sents = C.partner_sentences(3, pl.rng.randrange(2))
    nrec_prose = len(T.t['partnerships'])
    for s in sents: story.append(PK(T.para(s), 'body'))
    # agreements-in-force table: rows repeat prose records (no new record) + one row stated only here
    h(W['h_inforce'], 2)
    rows = []
    for rec in T.t['partnerships'][:nrec_prose][:3]:
        lab = W['labels'].get(rec['instrument']) or INSTR_LABEL[tp['lang']][rec['instrument']]
        rows.append([lab, ', '.join(rec['parties']), yrs(rec['year'], rec['end_year'])])
    inst = pl.rng.choice([LOI, MOU, COOP])
    p = pl.slots('AB', seen=C.c.seen)
    cellp = ', '.join([C.c.r(p['A'], 'bare'), C.c.r(p['B'], 'bare')])
    T.ps([Ctx.party(p['A']), Ctx.party(p['B'])], inst, p['Y'], p['Y2'])
    rows.append([INSTR_LABEL[tp['lang']][inst], cellp, yrs(p['Y'], p['Y2'])])
    table([W['inforce_head']], rows, [colw1 * 0.32, colw1 * 0.44, colw1 * 0.24])
    qt, qs, qr = T.quote(*C.quote(pl.rng.randrange(2)))
    story.append(KeepTogether([P('“' + qt + '”', 'quote'), P('— ' + qs + ', ' + qr, 'who')]))
    h(W['h_ahead'])
    story.append(bullets(W['ahead'], 'body', numbered=True))
    name, mail, ph, lines = C.contact_lines()
    h(W['h_contact'], 2)
    T.contact(name, mail, ph)
    story.append(Paragraph('<b>' + e(name) + '</b>', st['small']))
    for x in lines: story.append(P(T.ign(x), 'small'))
    story.append(P(T.link(tp['link']), 'small'))

    hl_txt, hr_txt = W['annual_label'].format(y=pl.issue_year), tp['project']
    foot = lambda k: f"{W['annual_label'].format(y=pl.issue_year)} · {k}"
    def deco(canv, doc, first):
        canv.saveState()
        canv.setFont('DV', 8); canv.setFillColor(colors.HexColor('#555555'))
        canv.drawString(M, ph_ - 26, hl_txt); canv.drawRightString(pw - M, ph_ - 26, hr_txt)
        canv.setStrokeColor(RUST); canv.setLineWidth(1.2); canv.line(M, ph_ - 31, pw - M, ph_ - 31)
        canv.line(M, 30, pw - M, 30); canv.drawCentredString(pw / 2, 18, foot(doc.page))
        if first:
            canv.setFillColor(SAND); canv.rect(pw - M - SW, 44, SW, ph_ - 44 - 165, stroke=0, fill=1)
        canv.restoreState()
    first = [Frame(M, ph_ - 158, pw - 2 * M, 120, id='title'),
             Frame(pw - M - SW, 44, SW, ph_ - 44 - 165, id='side', leftPadding=7, rightPadding=7),
             Frame(M, 44, pw - 2 * M - SW - gap, ph_ - 44 - 165, id='main')]
    colw2 = (pw - 2 * M - gap) / 2
    later = [Frame(M, 44, colw2, ph_ - 44 - 44, id='d1'), Frame(M + colw2 + gap, 44, colw2, ph_ - 44 - 44, id='d2')]
    pdf = f'{out}/{id_}.pdf'
    doc = BaseDocTemplate(pdf, pagesize=A4, title=T.t['title'], author='ILO', creator='reportlab')
    doc.addPageTemplates([PageTemplate('first', first, onPage=lambda c_, d: deco(c_, d, True)),
                          PageTemplate('later', later, onPage=lambda c_, d: deco(c_, d, False))])
    doc.build(story)
    T.finish(pdf, per_page=lambda k, N: [hl_txt, hr_txt, foot(k)])
    return T


# =====================================================================================  family 3: job-aid card (typst)
TY_PRE = '''#set page(paper: "a5", margin: (x: 13mm, top: 17mm, bottom: 15mm),
  header: [#set text(size: 7.5pt, fill: rgb("#6b4e16")); %(hl)s #h(1fr) %(hr)s #v(-4pt) #line(length: 100%%, stroke: 0.6pt + rgb("#d08c1f"))],
  footer: context [#set text(size: 7.5pt, fill: rgb("#6b4e16")); #h(1fr) %(side)s #h(1fr)])
#set text(font: "DejaVu Sans", size: 9pt, hyphenate: false, lang: "%(lang)s")
#set par(justify: false, leading: 0.55em)
#set list(marker: (box(width: 5pt, height: 5pt, fill: rgb("#d08c1f")), box(width: 4pt, height: 4pt, radius: 2pt, fill: rgb("#2f5d50"))), indent: 2pt)
#set enum(numbering: n => box(fill: rgb("#2f5d50"), inset: (x: 3pt, y: 2pt), radius: 2pt)[#text(fill: white, weight: "bold")[#n]], indent: 0pt, spacing: 0.75em)
#let h1(t) = block(above: 10pt, below: 5pt)[#text(size: 12pt, weight: "bold", fill: rgb("#2f5d50"))[#t]]
#let h2(t) = block(above: 8pt, below: 4pt)[#text(size: 10pt, weight: "bold", fill: rgb("#6b4e16"))[#t]]
'''


def build_jobaid(out, tp, pl, n, seed, slot):
    W = L[tp['lang']]
    id_ = f'designs10-jobaid-{n:02d}-{tp["lang"]}'
    hl = tp['project']; hr = W['jobaid_no'].format(n=n + 10 * (slot + 1))
    T = TY(out, id_, tp['lang'], 'typst', 'designs10-jobaid', tp['theme'], seed)
    C = Common(T, tp, pl, 2, slot); C.seed = seed
    side_tpl = W['side']
    side_code = ty_str(side_tpl.split('{k}')[0]) + ' #counter(page).display()' + (ty_str(side_tpl.split('{k}')[1]) if side_tpl.split('{k}')[1] else '')
    T.preamble = TY_PRE % dict(hl=ty_str(T.f(hl)), hr=ty_str(T.f(hr)), side=side_code, lang=tp['lang'])
    s = lambda x: ty_str(x)
    R = T.raw

    def lst(items, enum=False):
        tag = 'enum' if enum else 'list'
        parts = []
        for it in items:
            if isinstance(it, tuple):
                t, sub = it
                parts.append('[' + s(T.bullet(t, 1)) + ' #list(' + ', '.join('[' + s(T.bullet(x, 2)) + ']' for x in sub) + ')]')
            else:
                parts.append('[' + s(T.bullet(it, 1)) + ']')
        R(f'#{tag}(' + ', '.join(parts) + ')')

    def table(hdr, rows, cols, ruled):
        hdr, rows = T.table(hdr, rows)
        stroke = '0.5pt + rgb("#999")' if ruled else 'none'
        cells = []
        for r in hdr: cells += ['[#text(weight: "bold")[' + s(c) + ']]' for c in r]
        for r in rows: cells += ['[' + s(c) + ']' for c in r]
        fill = 'fill: (x, y) => if y == 0 { rgb("#f5e6c8") },' if (hdr and ruled) else ''
        R(f'#table(columns: {cols}, stroke: {stroke}, inset: 4pt, {fill} ' + ', '.join(cells) + ')')

    R('#block(fill: rgb("#2f5d50"), inset: 8pt, width: 100%)[#text(fill: white, size: 8pt, weight: "bold", tracking: 2pt)[' + s(T.ign(W['kind_jobaid'])) + ']'
      + ' #v(2pt) #text(fill: white, size: 17pt, weight: "bold")[' + s(T.title(tp['titles'][slot])) + ']]')
    R('#text(size: 9.5pt, style: "italic")[' + s(T.para(C.fmt(W['subtitle']))) + ']')
    R('#par[' + s(T.para(C.fmt(W['lead_jobaid']))) + ']')
    R('#h1[' + s(T.heading(W['h_before'], 1)) + ']'); lst(W['before'])
    R('#h1[' + s(T.heading(W['h_steps'], 1)) + ']'); lst(W['steps'], enum=True)
    R('#h1[' + s(T.heading(W['h_wrong'], 1)) + ']')
    table([W['check_head']], W['check'], '(1fr, 1.3fr)', ruled=False)
    R('#pagebreak()')
    R('#h1[' + s(T.heading(W['h_behind'], 1)) + ']')
    for x in C.partner_sentences(2, pl.rng.randrange(2)):
        R('#par[' + s(T.para(x)) + ']')
    R('#h2[' + s(T.heading(W['h_signed'], 2)) + ']')
    insts = pl.rng.sample([MOU, LOI, COOP], 2)
    lst([C.rec_bullet(insts[0]), C.rec_bullet(insts[1])])
    qt, qs, qr = T.quote(*C.quote(pl.rng.randrange(2)))
    R('#block(breakable: false, stroke: (left: 3pt + rgb("#d08c1f")), inset: (left: 8pt, y: 4pt), above: 8pt, below: 8pt)[#text(size: 10.5pt, style: "italic")['
      + s('“' + qt + '”') + '] #linebreak() #text(size: 8pt)[' + s('— ' + qs + ', ' + qr) + ']]')
    R('#h1[' + s(T.heading(W['h_help'], 1)) + ']')
    bk = {b[3]: b for b in tp['bodies']}
    where = [bk.get('council'), bk.get('school') or bk.get('ngo'), bk.get('union') or bk.get('coop')]
    named = [b for b in tp['bodies'] if b[0] in C.c.seen]   # only bodies already named above (no first mention in a cell)
    where = [w if w[0] in C.c.seen else named[i % len(named)] for i, w in enumerate(where)]
    rows = [[W['help_rows'][i], C.c.r(where[i], 'bare'), C.phone(i + 1)] for i in range(3)]
    table([W['help_head']], rows, '(1.2fr, 1.6fr, 1fr)', ruled=True)
    name, mail, ph, lines = C.contact_lines()
    hc = T.heading(W['h_contact'], 2)
    T.contact(name, mail, ph)
    R('#block(breakable: false)[#h2[' + s(hc) + '] #block(fill: rgb("#eef3f1"), inset: 6pt, width: 100%)[#text(weight: "bold")[' + s(name) + '] #linebreak() '
      + ' #linebreak() '.join(s(T.ign(x)) for x in lines) + ' #linebreak() ' + s(T.link(tp['link'])) + ']]')
    T.build(per_page=lambda k, N: [hl, hr, side_tpl.format(k=k)])
    return T


# =====================================================================================  family 4: timeline leaflet (pdflatex)
TEX_PRE = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,margin=18mm,top=22mm,bottom=20mm]{geometry}
\usepackage{xcolor,booktabs,multicol,fancyhdr,enumitem,array,tikz}
\definecolor{plum}{HTML}{5b2a6e}\definecolor{mint}{HTML}{2e8b74}\definecolor{pale}{HTML}{f1ebf4}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\sffamily\color{plum} %(hl)s}\fancyhead[R]{\small\sffamily\color{plum} %(hr)s}
\fancyfoot[C]{\small\sffamily %(foot)s}
\renewcommand{\headrulewidth}{0.5pt}
\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}\setlength{\columnsep}{16pt}
\setlist[itemize]{leftmargin=12pt,itemsep=1pt,topsep=2pt}\setlist[enumerate]{leftmargin=14pt,itemsep=1pt,topsep=2pt}
\newcommand{\hone}[1]{\par\vspace{6pt}{\sffamily\bfseries\large\color{plum}#1\par}\vspace{2pt}}
\newcommand{\htwo}[1]{\par\vspace{4pt}{\sffamily\bfseries\color{mint}#1\par}\vspace{1pt}}
'''


def build_timeline(out, tp, pl, n, seed, slot):
    W = L[tp['lang']]
    id_ = f'designs10-timeline-{n:02d}-{tp["lang"]}'
    T = TeX(out, id_, tp['lang'], 'pdflatex', 'designs10-timeline', tp['theme'], seed)
    C = Common(T, tp, pl, 3, slot); C.seed = seed
    e = tex_esc
    hl = tp['project']; hr = W['calendar_label'].format(y=pl.issue_year)
    ft = W['timeline_foot']
    T.preamble = TEX_PRE % dict(hl=e(T.f(hl)), hr=e(T.f(hr)), foot=e(T.f(ft.split('{k}')[0])) + r'\thepage')
    R = T.raw
    MP = lambda x: r'\begin{minipage}{\linewidth}\raggedright ' + x + r'\end{minipage}\par\vspace{4pt}' + '\n'

    def items(lst, env='itemize'):
        out_ = [r'\begin{%s}' % env]
        for it in lst:
            if isinstance(it, tuple):
                t, sub = it
                out_.append(r'\item ' + e(T.bullet(t, 1)) + r' \begin{itemize}')
                out_ += [r'\item ' + e(T.bullet(x, 2)) for x in sub]
                out_.append(r'\end{itemize}')
            else:
                out_.append(r'\item ' + e(T.bullet(it, 1)))
        out_.append(r'\end{%s}' % env)
        R(MP('\n'.join(out_)))

    def table(hdr, rows, spec, ruled):
        hdr, rows = T.table(hdr, rows)
        o = [r'\begin{tabular}{%s}' % spec]
        if ruled: o.append(r'\toprule')
        for r in hdr: o.append(' & '.join(r'\textbf{\sffamily ' + e(c) + '}' for c in r) + r' \\')
        if ruled: o.append(r'\midrule')
        for r in rows: o.append(' & '.join(e(c) for c in r) + r' \\' + ('' if ruled else r'[3pt]'))
        if ruled: o.append(r'\bottomrule')
        o.append(r'\end{tabular}\par')
        R('\n'.join(o) + '\n')

    R(r'\noindent\colorbox{plum}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{4pt}{\sffamily\small\bfseries\color{white}'
      + e(T.ign(W['kind_timeline'])) + r'\par}\vspace{3pt}{\sffamily\bfseries\fontsize{20}{24}\selectfont\color{white}' + e(T.title(tp['titles'][slot]))
      + r'\par}\vspace{5pt}}}\par\vspace{4pt}' + '\n')
    R(r'{\itshape\large ' + e(T.para(C.fmt(W['subtitle']))) + r'\par}' + '\n')
    R(e(T.para(C.fmt(W['lead_timeline'])) ) + r'\par' + '\n')
    R(r'\begin{multicols}{2}' + '\n')
    R(r'\hone{' + e(T.heading(W['h_stand'], 1)) + '}\n')
    for x in tp['challenge']: R(MP(e(T.para(x))))
    R(MP(e(T.para(C.fmt(W['approach'])))))
    R(r'\hone{' + e(T.heading(W['h_involved'], 1)) + '}\n')
    sents = C.partner_sentences(3, pl.rng.randrange(2))
    for x in sents: R(MP(e(T.para(x))))
    R(r'\end{multicols}' + '\n')
    # milestones: funding start (repeats the funding record), survey, record row (new), training, help desk, review, evaluation
    R(r'\hone{' + e(T.heading(W['h_milestones'], 1)) + '}\n')
    ms = W['milestones']
    D = pl.donor['body']
    dref = C.c.r(D, 'de') if tp['lang'] != 'en' else C.c.r(D)
    ma, mb, mc = pl.issue_month % 5, 1 + pl.issue_month % 5, pl.issue_month % 4   # months rise within each year
    rows = [[str(pl.start), C.month(ma), cap(W['funding_row'].format(D=dref))],
            [str(pl.start), C.month(ma + 3), C.fmt(ms[0], n=600 + 50 * n)]]
    inst = pl.rng.choice([LOI, MOU, COOP])
    p = pl.slots('AB', seen=C.c.seen)
    y_rec = pl.start + 1
    txt = fix_contractions(record_milestone(C.c, tp['lang'], inst, p['A'], p['B'], p['S']), tp['lang'])
    T.ps([Ctx.party(p['A']), Ctx.party(p['B'])], inst, y_rec, None)
    rows += [[str(y_rec), C.month(mb), txt], [str(y_rec), C.month(mb + 4), C.fmt(ms[1])],
             [str(pl.start + 2), C.month(mc), C.fmt(ms[2])], [str(pl.start + 2), C.month(mc + 5), C.fmt(ms[3])],
             [str(pl.end), C.month(10), C.fmt(ms[4])]]
    R(r'{\color{mint}\rule{\linewidth}{2pt}}\par' + '\n')
    table([W['mile_head']], rows, r'>{\bfseries}p{12mm}p{22mm}p{122mm}', ruled=True)
    R(r'\begin{multicols}{2}' + '\n')
    R(r'\hone{' + e(T.heading(W['h_coming'].format(y=pl.issue_year), 1)) + '}\n')
    places = [tp['place'], W['desk'], tp['place']]
    cal = []
    for i in range(3):
        d = str(3 + 9 * i + n % 5)
        cal.append([W['cal_date'].format(d=d, m=C.month(pl.issue_month + 1 + 2 * i)), W['cal_events'][i], places[i]])
    table([W['cal_head']], cal, r'p{18mm}p{30mm}p{24mm}', ruled=False)
    R(r'\hone{' + e(T.heading(W['h_offers'], 1)) + '}\n')
    items(W['offers'])
    R(r'\hone{' + e(T.heading(W['h_join'], 1)) + '}\n')
    items(W['join'], 'enumerate')
    qt, qs, qr = T.quote(*C.quote(pl.rng.randrange(2)))
    R(MP(r'{\color{plum}\rule{\linewidth}{0.6pt}}\par{\itshape\large ' + e('“' + qt + '”') + r'\par}'
      + r'{\small --- ' + e(qs) + ', ' + e(qr) + r'\par}{\color{plum}\rule{\linewidth}{0.6pt}}'))
    name, mail, ph, lines = C.contact_lines()
    hc = e(T.heading(W['h_contact'], 2))
    T.contact(name, mail, ph)
    R(MP(r'\htwo{' + hc + '}' + r'\colorbox{pale}{\parbox{\dimexpr\linewidth-2\fboxsep}{\small\textbf{' + e(name) + r'}\\' + r'\\'.join(e(T.ign(x)) for x in lines)
      + r'\\' + e(T.link(tp['link'])) + '}}'))
    R(r'\end{multicols}' + '\n')
    T.build(per_page=lambda k, N: [hl, hr, ft.format(k=k)])
    return T


BUILD = {'numbergrid': build_numbergrid, 'annual': build_annual, 'jobaid': build_jobaid, 'timeline': build_timeline}


def assignments(seed, per_family, families):
    """Languages en, fr, es, en, … by brochure number; each language's 4 topics are a seeded permutation and each
    topic is used twice (with its two titles) across the four families."""
    rng = random.Random(seed)
    perm = {}
    for lang in LANGS:
        ts = [t for t in TOPICS if t['lang'] == lang]; rng.shuffle(ts); perm[lang] = ts
    out = []
    for fi, fam in enumerate(FAMILIES):
        if fam not in families: continue
        for n in range(1, per_family + 1):
            lang = LANGS[(n - 1) % 3]; j = (n - 1) // 3
            k = fi * 2 + j
            tp = perm[lang][k % 4]; slot = (k // 4) % 2
            out.append((fam, n, tp, slot))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(HERE))
    ap.add_argument('--per-family', type=int, default=6)
    ap.add_argument('--seed', type=int, default=10)
    ap.add_argument('--families', default=','.join(FAMILIES))
    a = ap.parse_args()
    try:
        import reportlab  # noqa
    except ImportError:
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    held = os.path.join(a.out, 'held'); os.makedirs(held, exist_ok=True)
    fams = a.families.split(',')
    for fam, n, tp, slot in assignments(a.seed, a.per_family, fams):
        pl = Plan(tp, a.seed, n, fam)
        T = BUILD[fam](held, tp, pl, n, a.seed, slot)
        print(T.id, T.t['pages'], 'pages', len(T.t['partnerships']), 'records')


if __name__ == '__main__':
    main()
