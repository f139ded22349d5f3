#!/usr/bin/env python3
"""designs9 generator: python3 src/generate9.py --out DIR --per-family N --seed S [--families 9,10,11,12]
Four new families (9 newsletter, 10 faq, 11 trifold, 12 press) drawing only the 12 new topics of bank9.py. Output: DIR/held/.
The reportlab family re-runs itself under the venv interpreter when the calling python has no reportlab."""
import argparse, os, random, subprocess, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bank, bank9, core, core9
from common8 import HTML, TeX, RL, rl_setup, tex_esc
FAM = {9: 'newsletter', 10: 'faq', 11: 'trifold', 12: 'press'}
PROD = {9: 'chromium', 10: 'libreoffice', 11: 'reportlab', 12: 'pdflatex'}
VENV = '/work/main/.venv/bin/python'
MONTHS = dict(en=['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
              fr=['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
              es=['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'])
def q_marks(L): return ('« ', ' »') if L == 'fr' else ('“', '”')
def span(pl, L): return f'{pl.y0}–{pl.e0}' if L == 'en' else f'{pl.y0}-{pl.e0}'

def finish_truth(d, pl):
    d.t['organizations'] = []
    for n, a in pl.orgs_truth(): d.org(n, a)
    d.t['partnerships'] = []
    for p in pl.partnerships: d.ps(p['parties'], p['instrument'], p['year'], p['end_year'])
    d.countries(*pl.countries)

# ===================== family 9: newsletter (Chromium, tagged) =====================
CSS9 = '''@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Serif",serif;font-size:9.3pt;line-height:1.36;color:#1b1b1b}
.page{width:210mm;height:296mm;box-sizing:border-box;padding:0 14mm 16mm;position:relative;overflow:hidden;page-break-after:always}
.mast{border-bottom:3pt double #1f5f3f;margin:0 0 4mm;padding:9mm 0 2mm;display:flex;justify-content:space-between;align-items:flex-end}
.mast .name{font:bold 26pt/1 "DejaVu Sans",sans-serif;color:#1f5f3f;margin:0;letter-spacing:-.02em}
.mast .issue{font:8pt "DejaVu Sans",sans-serif;text-align:right;margin:0;color:#333}
.mast2{border-bottom:1pt solid #1f5f3f;margin:0 0 5mm;padding:7mm 0 1.5mm;font:bold 9pt "DejaVu Sans",sans-serif;color:#1f5f3f}
h1.title{font:bold 22pt/1.12 "DejaVu Sans",sans-serif;margin:0 0 2mm}
p.stand{font:italic 11pt/1.3 "DejaVu Serif",serif;color:#444;margin:0 0 1.5mm}
p.by{font:bold 8pt "DejaVu Sans",sans-serif;color:#1f5f3f;letter-spacing:.04em;margin:0 0 3mm}
.grid{display:flex;gap:6mm}.main{flex:2.1;column-count:2;column-gap:6mm}.brief{flex:1;background:#eef4ef;padding:3mm;border-top:3pt solid #1f5f3f}
.main p{margin:0 0 2mm}.brief p{font-size:8.4pt;margin:0 0 2.5mm;padding-bottom:2mm;border-bottom:.4pt dotted #7a9}
h2{font:bold 11.5pt "DejaVu Sans",sans-serif;margin:1mm 0 1.5mm;break-after:avoid}
h3{font:bold 10pt "DejaVu Sans",sans-serif;margin:0 0 2mm;color:#1f5f3f}h3.up{text-transform:uppercase;letter-spacing:.1em}
ul{margin:0 0 2mm;padding-left:4.5mm}li{margin:0 0 .8mm}ul.sub{list-style:"– "}
.art{border-top:1pt solid #999;padding-top:3mm;margin-top:4mm}.art2{column-count:2;column-gap:6mm}.art2 p{margin:0 0 2mm}
table.ruled{border-collapse:collapse;width:100%;font:8.2pt "DejaVu Sans",sans-serif;margin:2mm 0 3mm}
table.ruled th{text-align:left;border-bottom:1.2pt solid #1f5f3f;padding:1mm}table.ruled td{border-bottom:.4pt solid #bbb;padding:1mm}
blockquote{margin:0 0 3mm;padding:3mm 4mm;background:#1f5f3f;color:#fff;font:italic 12pt/1.3 "DejaVu Serif",serif}
blockquote p{margin:0}blockquote .who{font:normal 8pt "DejaVu Sans",sans-serif;margin-top:1.5mm}
.contact{font:8.3pt "DejaVu Sans",sans-serif;border:1pt solid #1f5f3f;padding:3mm;margin-top:4mm}.contact p{margin:0 0 .6mm}.contact h3{margin:0 0 1.5mm}
.foot{position:absolute;left:14mm;right:14mm;bottom:7mm;font:7.5pt "DejaVu Sans",sans-serif;color:#555;border-top:.4pt solid #999;padding-top:1.5mm}'''
NL = dict(en=('{project} News', 'Issue No. {n} · {month} {year}', 'By {who}', 'In brief', 'Who signed what', 'Dates and partners', 'Voices from the site', 'page'),
          fr=('La Lettre {project}', 'Numéro {n} · {month} {year}', 'Par {who}', 'En bref', 'Qui a signé quoi', 'Dates et partenaires', 'Paroles de terrain', 'page'),
          es=('Boletín {project}', 'Número {n} · {month} de {year}', 'Por {who}', 'Breves', 'Quién firmó qué', 'Fechas y socios', 'Voces del terreno', 'página'))

def fam9(d, pl, L):
    h = pl.head; N = NL[L]; rng = pl.rng
    year = min(pl.y0 + 1, 2026); issue = rng.randint(3, 14)
    name = N[0].format(project=pl.project)
    iline = N[1].format(n=issue, month=MONTHS[L][rng.randint(0, 11)], year=year)
    d.raw('<div class="page"><div class="mast">')
    d.i(name, cls='name'); d.i(iline, cls='issue')
    d.raw('</div>')
    d.T(pl.title)
    d.p(pl.subtitle, cls='stand')
    by = d.credit(N[2].format(who=pl.tp['people'][2])); d.raw(f'<p class="by">{d.e(by)}</p>')
    d.raw('<div class="grid"><div class="main">')
    d.h(h['problem'], 1)
    for s in pl.problem[:2]: d.p(pl.fmt(s))
    d.h(h['approach'], 1)
    d.p(pl.fmt(pl.approach[0]))
    d.p(pl.intro() + ' ' + pl.fmt(pl.approach[1]))
    d.ul(pl.bullets)
    d.p(pl.fmt(pl.approach[2]))
    d.raw('</div><div class="brief">')
    d.h(N[3], 2, upper=True, tag='h3', cls='up')
    for s in [pl.results[0], pl.results[1], pl.problem[2]]: d.p(pl.fmt(s))
    d.raw('</div></div><div class="art">')
    d.h(h['results'], 1)
    d.tab([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows, cls='ruled', colw=['46%', '18%', '18%', '18%'])
    d.raw('</div>')
    foot = [d.furn(f'{name} · {iline} · {N[7]} {k}') for k in (1, 2)]
    d.raw(f'<div class="foot">{d.e(foot[0])}</div></div>')
    # page 2
    d.raw('<div class="page">'); d.i(name, cls='mast2', tag='div')
    d.h(N[4], 1)
    by2 = d.credit(N[2].format(who=pl.contact_name)); d.raw(f'<p class="by">{d.e(by2)}</p>')
    d.raw('<div class="art2">')
    for para in pl.partner_paras(2): d.p(para)
    d.raw('</div>')
    d.h(N[5], 2, upper=True, tag='h3', cls='up')
    rows = pl.since_rows()
    d.tab([list(core9.PRS[L])], rows, cls='ruled', colw=['38%', '44%', '18%'])
    d.raw('<div class="art">')
    d.h(N[6], 1)
    d.q(*pl.quote, open_=q_marks(L)[0], close=q_marks(L)[1])
    d.p(pl.fmt(pl.nextp))
    d.raw('</div><div class="contact">')
    d.h(h['contact'], 2, tag='h3')
    d.raw(f'<p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p></div>')
    d.contact(pl.contact_name, pl.email, pl.phone)
    d.raw(f'<div class="foot">{d.e(foot[1])}</div></div>')

# ===================== family 10: FAQ leaflet (LibreOffice HTML -> Writer, tagged) =====================
CSS10 = '''body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;color:#222}
h1{font-size:21pt;color:#8a1c4a;margin:0 0 4pt}h2{font-size:12pt;color:#8a1c4a;margin:12pt 0 3pt;border-bottom:1pt solid #8a1c4a}
p{margin:0 0 4pt}p.kind{font-size:8pt;color:#8a1c4a;letter-spacing:2pt}p.lead{font-size:11pt;font-style:italic}
li{margin:0 0 2pt}table.ruled{border-collapse:collapse}table.ruled th{background:#f1dbe4;text-align:left}table.ruled td{border-bottom:0.5pt solid #999}
blockquote{margin:4pt 20pt;font-style:italic;font-size:11pt}'''
FQ = dict(en=('QUESTIONS AND ANSWERS', 'Who is the {project} project for?', 'What changes on site?', 'Who are the partners, and what have they signed?',
              'What has been achieved so far?', 'What do workers say?', 'How can my organization take part?', 'Whom should I contact?', 'Abbreviations used',
              'Abbreviation', 'Full name', ['Write to the project team with the name of your site or organization', 'Nominate a focal point for the joint committee', 'Share your own figures on {sector}']),
          fr=('QUESTIONS-RÉPONSES', 'À qui s’adresse le projet {project} ?', 'Qu’est-ce qui change sur le terrain ?', 'Qui sont les partenaires, et qu’ont-ils signé ?',
              'Quels sont les premiers résultats ?', 'Que disent les travailleurs ?', 'Comment mon organisation peut-elle participer ?', 'Qui contacter ?', 'Sigles utilisés',
              'Sigle', 'Nom complet', ['Écrire à l’équipe du projet en indiquant le nom de votre site ou de votre organisation', 'Désigner un point focal pour le comité paritaire', 'Partager vos propres données sur {sector}']),
          es=('PREGUNTAS Y RESPUESTAS', '¿A quién se dirige el proyecto {project}?', '¿Qué cambia en los lugares de trabajo?', '¿Quiénes son los socios y qué han firmado?',
              '¿Qué se ha logrado hasta ahora?', '¿Qué dicen los trabajadores?', '¿Cómo puede participar mi organización?', '¿A quién debo dirigirme?', 'Siglas utilizadas',
              'Sigla', 'Nombre completo', ['Escribir al equipo del proyecto con el nombre de su sitio u organización', 'Designar una persona de enlace para el comité paritario', 'Compartir sus propios datos sobre {sector}']))

def fam10(d, pl, L):
    h = pl.head; F = FQ[L]
    d.i(F[0] + ' · ' + pl.project, cls='kind')
    d.T(pl.title, tag='h1')
    d.p(pl.subtitle, cls='lead')
    d.h(F[1].format(project=pl.project), 1)
    d.p(pl.fmt(pl.problem[0])); d.p(pl.fmt(pl.problem[1]))
    d.h(F[2], 1)
    d.p(pl.fmt(pl.approach[0]))
    d.ul(pl.bullets)
    d.p(pl.fmt(pl.approach[2]))
    d.h(F[3], 1)
    it = pl.intro(); paras = pl.partner_paras(2)
    d.p(it + ' ' + paras[0]); d.p(paras[1])
    d.tab([list(core9.PRS[L])], pl.since_rows(), cls='ruled', colw=['38%', '44%', '18%'])
    d.h(F[4], 1)
    d.p(pl.fmt(pl.results[0]))
    d.tab([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows, cls='ruled', colw=['46%', '18%', '18%', '18%'])
    d.p(pl.fmt(pl.results[1]))
    d.h(F[5], 1)
    d.q(*pl.quote, open_=q_marks(L)[0], close=q_marks(L)[1])
    d.h(F[6], 1)
    d.ul([pl.fmt(x) for x in F[11]], tag='ol')
    d.h(F[7], 1)
    d.raw(f'<p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p>')
    d.contact(pl.contact_name, pl.email, pl.phone)
    d.h(F[8], 2, tag='h3')
    ab = sorted([o for o in pl.mentioned if o.acr], key=lambda o: o.acr.lower())
    d.tab([[F[9], F[10]]], [[o.acr, o.name] for o in ab], cls='ruled', colw=['25%', '75%'])

# ===================== family 11: tri-fold, letter landscape, 6 panels, tear-off reply form (reportlab, untagged) =====================
TF = dict(en=('INFORMATION LEAFLET', 'Photo: a {worker1} at work, {place}', 'Reply form', 'Tear off this panel and hand it to a committee member or send it to the ILO office.',
              ['Name', 'Organization', 'Phone or e-mail'], ['I would like a visit from the project team', 'Please send me the next newsletter'], '✂ cut here', 'About this leaflet',
              'This leaflet is printed for workers, employers and local officials. It may be copied freely.'),
          fr=('DÉPLIANT D’INFORMATION', 'Photo : une {worker1} au travail, {place}', 'Coupon-réponse', 'Détachez ce volet et remettez-le à un membre du comité ou envoyez-le au bureau de l’OIT.',
              ['Nom', 'Organisation', 'Téléphone ou courriel'], ['Je souhaite une visite de l’équipe du projet', 'Merci de m’envoyer la prochaine lettre d’information'], '✂ découper ici', 'À propos de ce dépliant',
              'Ce dépliant est destiné aux travailleurs, aux employeurs et aux autorités locales. Il peut être librement reproduit.'),
          es=('FOLLETO INFORMATIVO', 'Foto: una {worker1} en su trabajo, {place}', 'Cupón de respuesta', 'Desprenda este panel y entréguelo a un miembro del comité o envíelo a la oficina de la OIT.',
              ['Nombre', 'Organización', 'Teléfono o correo'], ['Deseo una visita del equipo del proyecto', 'Envíenme el próximo boletín'], '✂ cortar aquí', 'Sobre este folleto',
              'Este folleto está dirigido a trabajadores, empleadores y autoridades locales. Puede reproducirse libremente.'))

def fam11(d, pl, L):
    from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.graphics.shapes import Drawing, Rect, Line
    S = core_styles(); h = pl.head; F = TF[L]
    P = lambda s, st: Paragraph(d.e(s), st)
    W, Hh = 792, 612; pw = W / 3; m = 20
    worker = pl.tp['worker1'][L]
    cap1 = F[1].format(worker1=worker, place=pl.tp['place'])
    if L == 'en': cap1 = cap1.replace('a ' + worker, ('an ' if worker[0] in 'aeiou' else 'a ') + worker, 1)
    if L == 'fr' and not worker.endswith('e'): cap1 = cap1.replace('une ', 'un ', 1)
    if L == 'es' and not worker.endswith('a'): cap1 = cap1.replace('una ', 'un ', 1)
    def photo(hgt):
        dr = Drawing(pw - 2 * m, hgt); dr.add(Rect(0, 0, pw - 2 * m, hgt, fillColor=colors.HexColor('#c9d6cf'), strokeColor=None)); return dr
    # panel 1: cover (read first, printed right of the outside sheet)
    p1 = [P(d.ign(F[0]), S['kind']), Spacer(1, 40), P(d.title(pl.title), S['ttl']), Spacer(1, 8), P(d.para(pl.subtitle), S['subw']), Spacer(1, 30),
          photo(150), P(d.ign(cap1), S['capw']), P(d.credit('© ILO/' + pl.tp['people'][2]), S['capw'])]
    # panel 2: the challenge
    p2 = [P(d.heading(h['problem'], 1), S['h1'])] + [P(d.para(pl.fmt(s)), S['body']) for s in pl.problem[:3]]
    p2 += [Spacer(1, 6), photo(110), P(d.ign(core9_caption(L, pl)), S['cap'])]
    # panel 3: what we do + results
    p3 = [P(d.heading(h['approach'], 1), S['h1']), P(d.para(pl.intro() + ' ' + pl.fmt(pl.approach[0])), S['body'])]
    for it in pl.bullets[:3]:
        if isinstance(it, tuple):
            p3.append(P('• ' + d.e(d.bullet(it[0], 1)), S['bul']))
            for s in it[1]: p3.append(P('– ' + d.e(d.bullet(s, 2)), S['bul2']))
        else: p3.append(P('• ' + d.e(d.bullet(it, 1)), S['bul']))
    p3.append(P(d.heading(h['results'], 1), S['h1']))
    hdr, rows = d.table([[h['ind'], h['base'], h['now']]], [r[:3] for r in pl.ind_rows])
    tb = Table([[P(c, S['cellh']) for c in hdr[0]]] + [[P(c, S['cell']) for c in r] for r in rows], colWidths=[120, 55, 55])
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), .4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dfeae4'))]))
    p3 += [tb, Spacer(1, 4), P(d.para(pl.fmt(pl.results[0])), S['body'])]
    # panel 4: quote + tear-off reply form
    q, sp, ro = d.quote(*pl.quote); o, c_ = q_marks(L)
    p4 = [P(o + q + c_, S['q']), P('— ' + sp + ', ' + ro, S['cap']), Spacer(1, 10), P(d.para(pl.fmt(pl.nextp)), S['body']), Spacer(1, 14),
          P(d.ign(F[6]), S['cap'])]
    dl = Drawing(pw - 2 * m, 4); dl.add(Line(0, 2, pw - 2 * m, 2, strokeDashArray=[3, 2], strokeWidth=.6)); p4.append(dl)
    p4 += [Spacer(1, 4), P(d.heading(F[2], 2), S['h2']), P(d.para(F[3]), S['body'])]
    for lab in F[4]:
        lt = Table([[P(d.ign(lab + (' :' if L == 'fr' else ':')), S['cell']), '']], colWidths=[80, pw - 2 * m - 80], rowHeights=[18])
        lt.setStyle(TableStyle([('LINEBELOW', (1, 0), (1, 0), .5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'BOTTOM')])); p4.append(lt)
    p4.append(Spacer(1, 6))
    for ch in F[5]: p4.append(P('☐ ' + d.e(d.ign(ch)), S['cell']))
    # panel 5: partners (inside flap, printed first)
    p5 = [P(d.heading(h['partners'], 1), S['h1'])] + [P(d.para(x), S['body']) for x in pl.partner_paras(2)]
    # panel 6: back panel: contact
    p6 = [Spacer(1, 30), P(d.heading(h['contact'], 1), S['h1']), P(d.e(pl.contact_name), S['bodyb'])]
    d._seen(pl.contact_name)
    p6 += [P(d.ign(x), S['cap']) for x in pl.contact_lines] + [P(d.link(pl.url), S['body']), Spacer(1, 20),
           P(d.heading(F[7], 2), S['h2']), P(d.para(F[8]), S['body'])]
    d.contact(pl.contact_name, pl.email, pl.phone)
    def pagefn(c, pno):
        if pno == 1:
            c.setFillColor(colors.HexColor('#1d5c4a')); c.rect(2 * pw, 0, pw, Hh, stroke=0, fill=1)
        else:
            c.setFillColor(colors.HexColor('#f4f1e8')); c.rect(2 * pw, 0, pw, Hh, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor('#bbbbbb')); c.setDash(1, 3)
        c.line(pw, 10, pw, Hh - 10); c.line(2 * pw, 10, 2 * pw, Hh - 10); c.setDash()
    fr = lambda k: Frame(k * pw + m, m, pw - 2 * m, Hh - 2 * m, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # outside sheet: 5 | 6 | 1 ; inside sheet: 2 | 3 | 4 (drawn left to right)
    return pagefn, [[fr(0), fr(1), fr(2)], [fr(0), fr(1), fr(2)]], [[p5, p6, p1], [p2, p3, p4]], (W, Hh)

def core9_caption(L, pl):
    return {'en': 'A joint committee meeting, {place}', 'fr': 'Réunion d’un comité paritaire, {place}', 'es': 'Reunión de un comité paritario, {place}'}[L].format(place=pl.tp['place'])

def core_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    S = {}
    g = colors.HexColor('#1d5c4a')
    S['body'] = ParagraphStyle('body', fontName='DV', fontSize=9.2, leading=12.2, spaceAfter=5)
    S['bodyb'] = ParagraphStyle('bodyb', parent=S['body'], fontName='DVB')
    S['bul'] = ParagraphStyle('bul', parent=S['body'], leftIndent=9, firstLineIndent=-7, spaceAfter=2)
    S['bul2'] = ParagraphStyle('bul2', parent=S['bul'], leftIndent=18)
    S['cap'] = ParagraphStyle('cap', parent=S['body'], fontSize=7, leading=9, textColor=colors.HexColor('#555555'))
    S['capw'] = ParagraphStyle('capw', parent=S['cap'], textColor=colors.white)
    S['h1'] = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, spaceBefore=2, spaceAfter=4, textColor=g)
    S['h2'] = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, spaceAfter=3, textColor=g)
    S['kind'] = ParagraphStyle('kind', fontName='DVB', fontSize=8, leading=10, textColor=colors.HexColor('#f2c14e'))
    S['ttl'] = ParagraphStyle('ttl', fontName='DVB', fontSize=22, leading=26, textColor=colors.white)
    S['subw'] = ParagraphStyle('subw', fontName='DVI', fontSize=10, leading=13, textColor=colors.white)
    S['q'] = ParagraphStyle('q', fontName='DVSI', fontSize=11, leading=14.5, spaceAfter=3, textColor=g)
    S['cell'] = ParagraphStyle('cell', fontName='DV', fontSize=7.6, leading=9.6)
    S['cellh'] = ParagraphStyle('cellh', fontName='DVB', fontSize=7.6, leading=9.6)
    return S

def rl_doc(d, pagefn, frames_by_page, flow_by_page, size):
    from reportlab.pdfgen import canvas as C
    pdf = f'{d.D}/{d.id}.pdf'
    c = C.Canvas(pdf, pagesize=size, invariant=1); c.setTitle(d.t['title'])
    for pno, (frames, flows) in enumerate(zip(frames_by_page, flow_by_page), 1):
        pagefn(c, pno)
        for k, (fr, fl) in enumerate(zip(frames, flows)):
            fl = list(fl); fr.addFromList(fl, c)
            if fl: raise SystemExit(f'{d.id}: overflow on page {pno}, frame {k}')
        c.showPage()
    c.save(); d.finish(pdf)

# ===================== family 12: press release (pdflatex, untagged) =====================
PRE12 = r'''\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}%s
\usepackage[a4paper,margin=22mm,top=20mm,bottom=24mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}
\definecolor{ilo}{HTML}{1E2DBE}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\interlinepenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[L]{\footnotesize\sffamily %s}\fancyfoot[R]{\footnotesize\sffamily\thepage}
'''
PR = dict(en=('PRESS RELEASE', 'For immediate release', 'ILO News', 'Notes to editors', 'About the ILO', 'Media contact', 'Key facts', 'said', '###',
              ['The {project} project is implemented by the ILO team in {place}.', 'Photographs and interviews are available on request.'],
              'The International Labour Organization is devoted to promoting social justice and internationally recognized human and labour rights. Founded in 1919, it brings together governments, employers and workers of 187 member States to set labour standards, develop policies and devise programmes promoting decent work for all women and men.',
              'ILO Country Office for {country}'),
          fr=('COMMUNIQUÉ DE PRESSE', 'Pour diffusion immédiate', 'Info OIT', 'Notes aux rédactions', 'À propos de l’OIT', 'Contact presse', 'Repères', 'déclare', '###',
              ['Le projet {project} est mis en œuvre par l’équipe de l’OIT à {place}.', 'Des photos et des entretiens sont disponibles sur demande.'],
              'L’Organisation internationale du Travail a pour vocation de promouvoir la justice sociale et les droits humains et du travail reconnus au niveau international. Fondée en 1919, elle réunit les gouvernements, les employeurs et les travailleurs de 187 États membres pour établir des normes du travail, élaborer des politiques et concevoir des programmes en faveur du travail décent pour toutes les femmes et tous les hommes.',
              'Bureau de pays de l’OIT pour {country}'),
          es=('COMUNICADO DE PRENSA', 'Para difusión inmediata', 'Noticias OIT', 'Notas para los editores', 'Acerca de la OIT', 'Contacto de prensa', 'Datos clave', 'afirmó', '###',
              ['El proyecto {project} está a cargo del equipo de la OIT en {place}.', 'Hay fotografías y entrevistas disponibles a pedido.'],
              'La Organización Internacional del Trabajo está consagrada a promover la justicia social y los derechos humanos y laborales reconocidos a nivel internacional. Fundada en 1919, reúne a gobiernos, empleadores y trabajadores de 187 Estados miembros para establecer normas del trabajo, formular políticas y elaborar programas que promuevan el trabajo decente de todas las mujeres y hombres.',
              'Oficina de País de la OIT para {country}'))
FR_COUNTRY_ART = {'Inde': 'l’Inde', 'Cambodge': 'le Cambodge', 'Libéria': 'le Libéria', 'Afrique du Sud': 'l’Afrique du Sud', 'Sénégal': 'le Sénégal',
                  'Madagascar': 'Madagascar', 'Djibouti': 'Djibouti', 'Niger': 'le Niger', 'Nicaragua': 'le Nicaragua', 'Panama': 'le Panama',
                  'Argentine': 'l’Argentine', 'Chili': 'le Chili'}

def fam12(d, pl, L):
    h = pl.head; R = PR[L]; rng = pl.rng
    sf = lambda s: r'{\sffamily ' + s + '}'
    yr = min(pl.y0 + rng.choice([0, 1]), 2026); day = rng.randint(2, 28); mon = MONTHS[L][rng.randint(0, 11)]
    date = {'en': f'{day} {mon} {yr}', 'fr': f'{day} {mon} {yr}', 'es': f'{day} de {mon} de {yr}'}[L]
    ctry = pl.tp['country'][L]
    if L == 'fr': ctry = FR_COUNTRY_ART.get(ctry, ctry)
    office = R[11].format(country=ctry)
    d.raw(r'\colorbox{ilo}{\makebox[\dimexpr\linewidth-2\fboxsep][l]{\color{white}\sffamily\bfseries\large ' + tex_esc(d.ign(office)) + r'}}\par\medskip' + '\n')
    d.raw(r'{\sffamily\bfseries\color{ilo}' + tex_esc(d.ign(R[0])) + r'}\hfill{\sffamily\small ' + tex_esc(d.ign(R[1])) + r'}\par\medskip' + '\n')
    d.T(pl.title, fmt=r'{\sffamily\LARGE\bfseries %s\par}\smallskip' + '\n')
    d.p(pl.subtitle, fmt=r'{\sffamily\large\itshape %s\par}\bigskip' + '\n')
    dl = f'{pl.tp["place"].upper()}, {date} ({R[2]}) – '
    d.p(dl + pl.fmt(pl.problem[0]), fmt=r'{\bfseries %s}\par' + '\n')
    d.p(pl.fmt(pl.problem[1]))
    d.p(pl.intro() + ' ' + pl.fmt(pl.approach[0]))
    # key facts box
    d.raw(r'\par\smallskip\noindent\fbox{\begin{minipage}{0.95\linewidth}\sffamily\small' + '\n')
    d.h(R[6], 2, fmt=r'{\bfseries\color{ilo}%s\par}\smallskip' + '\n')
    d.tab([], [[h['duration'], span(pl, L)], [h['where'], pl.tp['place']], [h['target'], pl.n2]], r'l@{\hspace{8mm}}l', ruled=False)
    d.raw(r'\end{minipage}}\par\smallskip' + '\n')
    # press style: the quote loses its final full stop; English puts the comma inside the marks, French and Spanish after them
    q0, sp0, ro0 = pl.quote
    q, sp, ro = d.quote(q0[:-1] if q0.endswith('.') else q0, sp0, ro0); o, c_ = q_marks(L)
    inner, outer = (',', '') if L == 'en' else ('', ',')
    d.raw(tex_esc(d.f(o)) + tex_esc(q) + inner + tex_esc(d.f(c_)) + outer + ' ' + R[7] + ' ' + tex_esc(sp) + ', ' + tex_esc(ro) + '.\\par\n')
    for para in pl.partner_paras(2): d.p(para)
    d.p(pl.fmt(pl.results[0]) + ' ' + pl.fmt(pl.nextp))
    d.raw(r'\begin{center}' + tex_esc(d.ign(R[8])) + r'\end{center}' + '\n')
    d.h(R[3], 1, fmt=r'\medskip{\sffamily\bfseries\color{ilo}%s\par}' + '\n')
    d.ul([pl.fmt(x) for x in R[9]] + [pl.fmt(pl.results[1])], env='enumerate')
    d.h(R[4], 1, fmt=r'{\sffamily\bfseries\color{ilo}%s\par}' + '\n')
    d.p(R[10], fmt=r'{\small %s\par}' + '\n')
    d.h(R[5], 2, fmt=r'\medskip{\sffamily\bfseries %s\par}' + '\n')
    d.raw(r'{\small ' + tex_esc(pl.contact_name) + r'\par' + '\n')
    for x in pl.contact_lines: d.i(x)
    d.raw(tex_esc(d.link(pl.url)) + r'\par}' + '\n')
    d.contact(pl.contact_name, pl.email, pl.phone)
    return f'{R[0]} · {date}'

# ===================== driver =====================
def build_one(fam, n, lang, seed, out):
    rng = random.Random(f'{seed}-{fam}-{n}-{lang}')
    perm = random.Random(f'{seed}-topics9').sample(range(len(bank9.T9)), len(bank9.T9))
    topic = bank9.T9[perm[((fam - 9) * 6 + n - 1 + (fam - 9) * 1) % len(bank9.T9)]]
    pl = core9.Plan9(rng, lang, topic)
    id_ = f'designs9-{FAM[fam]}-{n:02d}-{lang}'
    D = os.path.join(out, 'held'); os.makedirs(D, exist_ok=True)
    prod = PROD[fam]
    args = (id_, lang, prod, f'designs9-{FAM[fam]}', topic['theme']['en'])
    if prod in ('chromium', 'libreoffice'):
        d = HTML(*args, css={9: CSS9, 10: CSS10}[fam]); d.D = D; d.nbh = prod == 'libreoffice'
        {9: fam9, 10: fam10}[fam](d, pl, lang)
        finish_truth(d, pl); d.t['seed'] = seed
        d.build_chromium() if prod == 'chromium' else d.build_lo()
    elif prod == 'pdflatex':
        d = TeX(*args); d.D = D
        fl = fam12(d, pl, lang)
        fh = d.furn(fl); d.t['furniture'] = []
        d.preamble = PRE12 % (r'\usepackage[english]{babel}' if lang == 'en' else '', tex_esc(fh))
        finish_truth(d, pl); d.t['seed'] = seed
        d.build()
        t = json.load(open(f'{D}/{id_}.truth.json'))
        t['furniture'] = []
        for p in range(1, t['pages'] + 1): t['furniture'] += [fh, str(p)]
        json.dump(t, open(f'{D}/{id_}.truth.json', 'w'), ensure_ascii=False, indent=1)
    else:
        rl_setup()
        d = RL(*args); d.D = D
        pagefn, frames, flows, size = fam11(d, pl, lang)
        finish_truth(d, pl); d.t['seed'] = seed
        rl_doc(d, pagefn, frames, flows, size)
    return id_

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--per-family', type=int, default=6); ap.add_argument('--seed', type=int, default=9)
    ap.add_argument('--families', default='9,10,11,12')
    a = ap.parse_args()
    fams = [int(x) for x in a.families.split(',')]
    langs = ['en', 'fr', 'es']
    try:
        import reportlab  # noqa
        have_rl = True
    except ImportError:
        have_rl = False
    if 11 in fams and not have_rl:
        subprocess.run([VENV, os.path.abspath(__file__), '--out', a.out, '--per-family', str(a.per_family), '--seed', str(a.seed), '--families', '11'], check=True)
        fams = [f for f in fams if f != 11]
    for fam in fams:
        for n in range(1, a.per_family + 1):
            print(build_one(fam, n, langs[(n - 1) % 3], a.seed, a.out), flush=True)

if __name__ == '__main__':
    main()
