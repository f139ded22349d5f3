#!/usr/bin/env python3
"""designs8 generator: python3 src/generate.py --out DIR --per-family N --seed S [--families 1,2,...]
Families 1-4 go to DIR/train, 5-8 to DIR/held. Reportlab families re-run themselves under the venv interpreter."""
import argparse, os, random, subprocess, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bank, core
from common8 import HTML, TeX, RL, rl_setup, tex_esc
FAM = {1: 'magazine', 2: 'cardgrid', 3: 'zfold', 4: 'report', 5: 'datasheet', 6: 'poster', 7: 'checklist', 8: 'programme'}
PROD = {1: 'chromium', 2: 'reportlab', 3: 'pdflatex', 4: 'pdflatex', 5: 'reportlab', 6: 'chromium', 7: 'libreoffice', 8: 'chromium'}
VENV = '/work/main/.venv/bin/python'
NB = '\u00a0'

def finish_truth(d, pl, extra_orgs=()):
    d.t['organizations'] = []
    for n, a in pl.orgs_truth(extra_orgs): d.org(n, a)
    d.t['partnerships'] = []
    for p in pl.partnerships: d.ps(p['parties'], p['instrument'], p['year'], p['end_year'])
    d.countries(*pl.countries)

def contact_block(d, pl, mk):
    """mk(kind, text): kind in name/ign/link"""
    d.contact(pl.contact_name, pl.email, pl.phone)

# ===================== family 1: magazine spread, sidebar cutting a column (Chromium, tagged) =====================
CSS1 = '''@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Serif",serif;font-size:9.6pt;line-height:1.38;color:#222}
.page{width:210mm;height:296mm;box-sizing:border-box;padding:14mm 15mm 16mm;position:relative;overflow:hidden;page-break-after:always}
.kicker{font:bold 8pt "DejaVu Sans",sans-serif;letter-spacing:.2em;color:#b3261e;margin:0 0 3mm}
h1.title{font:bold 30pt/1.08 "DejaVu Sans",sans-serif;margin:0 0 4mm;max-width:150mm}
p.stand{font:italic 12pt/1.35 "DejaVu Serif",serif;color:#555;margin:0 0 6mm;max-width:160mm}
.cols{column-count:3;column-gap:7mm;column-rule:.3pt solid #bbb;font-size:10pt}
.cols p{margin:0 0 2.2mm;text-align:left;break-inside:avoid}
h2{font:bold 11pt "DejaVu Sans",sans-serif;color:#b3261e;margin:2mm 0 1.5mm;break-after:avoid}
.side{margin:2mm 0 3mm;border-left:2.5mm solid #b3261e;background:#f3ede4;padding:3mm;break-inside:avoid;font-family:"DejaVu Sans",sans-serif;font-size:8.4pt}
.side h3{font:bold 9pt "DejaVu Sans",sans-serif;margin:0 0 1.5mm;text-transform:uppercase;letter-spacing:.06em}
.side table{border-collapse:collapse;width:100%}.side td{padding:.6mm 1mm;vertical-align:top;border-bottom:.3pt solid #cbb}
ul{margin:0 0 2mm;padding-left:4mm}li{margin:0 0 .8mm;break-inside:avoid}ul.sub{list-style:circle;margin-top:.5mm}
blockquote.pull{font:bold 14pt/1.25 "DejaVu Serif",serif;color:#b3261e;margin:3mm 0;padding:2mm 0;border-top:1.5pt solid #b3261e;border-bottom:1.5pt solid #b3261e;break-inside:avoid}
blockquote .who{font:normal 8pt "DejaVu Sans",sans-serif;color:#444;margin:1mm 0 0}blockquote p{margin:0}
table.ruled{border-collapse:collapse;width:100%;font:8.3pt "DejaVu Sans",sans-serif;margin:2mm 0}table.ruled th{background:#b3261e;color:#fff;text-align:left;padding:1mm}
table.ruled td{border-bottom:.4pt solid #aaa;padding:1mm}p.caption{font:italic 7.5pt "DejaVu Sans",sans-serif;color:#666}
.foot{position:absolute;left:15mm;right:15mm;bottom:7mm;font:7.5pt "DejaVu Sans",sans-serif;color:#777;border-top:.4pt solid #ccc;padding-top:1.5mm;display:flex;justify-content:space-between}
.contact{font:8.4pt "DejaVu Sans",sans-serif;background:#222;color:#fff;padding:3mm;break-inside:avoid}.contact p{margin:0 0 .6mm}.contact h3{margin:0 0 1mm;font-size:9.5pt}'''
MAG = dict(en='World of Work Stories', fr='Regards sur le travail', es='Miradas al trabajo')

def fam1(d, pl, L):
    h = pl.head
    d.raw('<div class="page">')
    d.i(MAG[L] + ' · ' + pl.tp['country'][L], cls='kicker')
    d.T(pl.title)
    d.p(pl.subtitle, cls='stand')
    d.raw('<div class="cols">')
    d.h(h['problem'], 1)
    d.p(pl.fmt(pl.problem[0]))
    d.raw('<div class="side">')
    d.h(h['glance'], 2, upper=True, tag='h3')
    d.tab([], [[h['duration'], f'{pl.y0}–{pl.e0}' if L == 'en' else f'{pl.y0}-{pl.e0}'], [h['where'], pl.tp['place']], [h['target'], pl.n2]], cls='kv')
    d.raw('</div>')
    d.p(pl.fmt(pl.problem[1])); d.p(pl.fmt(pl.problem[2]))
    d.h(h['approach'], 1)
    d.p(pl.fmt(pl.approach[0]))
    d.ul(pl.bullets)
    d.p(pl.fmt(pl.approach[1]))
    d.p(pl.fmt(pl.approach[2]))
    d.h(h['voice'], 2)
    d.p(pl.fmt(pl.results[1]))
    d.raw('</div>')
    d.fu(f'{MAG[L]} · {pl.project}', tag='div', cls='foot')
    d.raw('</div><div class="page"><div class="cols" style="column-count:2">')
    d.q(*pl.quote, open_='« ' if L == 'fr' else '“', close=' »' if L == 'fr' else '”')
    d.h(h['partners'], 1)
    for para in pl.partner_paras(2): d.p(para)
    d.h(h['results'], 1)
    d.p(pl.fmt(pl.results[0]))
    d.tab([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows)
    d.h(h['next'], 1)
    d.p(pl.fmt(pl.nextp))
    d.raw('</div><div class="contact" style="margin-top:5mm">')
    d.h(h['contact'], 2, tag='h3')
    d.raw(f'<p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p></div>')
    d.contact(pl.contact_name, pl.email, pl.phone)
    d.fu(f'{MAG[L]} · {pl.project}', tag='div', cls='foot')
    d.raw('</div>')
    # furniture order: page 1 then page 2 (same string twice)

# ===================== family 6: poster one-pager, large type (Chromium, tagged) =====================
CSS6 = '''@page{size:A3;margin:0}body{margin:0;font-family:"DejaVu Sans",sans-serif;color:#102a43}
.page{width:297mm;height:419mm;box-sizing:border-box;padding:18mm 20mm;position:relative;overflow:hidden;background:#fff}
.band{background:#f7c948;margin:-18mm -20mm 10mm;padding:18mm 20mm 12mm}
.kind{font:bold 12pt sans-serif;letter-spacing:.3em;margin:0 0 6mm}
h1.title{font:bold 54pt/1.02 "DejaVu Sans",sans-serif;margin:0 0 6mm}
p.sub{font:20pt/1.3 "DejaVu Serif",serif;margin:0}
.big{font:bold 26pt/1.25 "DejaVu Serif",serif;margin:0 0 8mm;max-width:240mm}
.grid{display:flex;gap:12mm}.grid>div{flex:1}
h2{font:bold 20pt sans-serif;margin:0 0 4mm;border-bottom:3pt solid #102a43}
p{font-size:13pt;line-height:1.4;margin:0 0 3mm}ul{font-size:15pt;line-height:1.35;padding-left:8mm;margin:0 0 5mm}ul.sub{font-size:13pt}
blockquote{font:italic 20pt/1.3 "DejaVu Serif",serif;margin:6mm 0;padding-left:8mm;border-left:4mm solid #f7c948}
blockquote p{font-size:20pt;margin:0}blockquote .who{font:normal 12pt sans-serif}
.foot{position:absolute;left:20mm;right:20mm;bottom:10mm;font-size:11pt;display:flex;justify-content:space-between;border-top:1pt solid #102a43;padding-top:2mm}
.contact p{font-size:12pt;margin:0 0 1mm}'''
POSTER = dict(en='POSTER', fr='AFFICHE', es='AFICHE')

def fam6(d, pl, L):
    h = pl.head
    d.raw('<div class="page"><div class="band">')
    d.i({'en': 'Decent work now', 'fr': 'Le travail décent, maintenant', 'es': 'Trabajo decente, ya'}[L], cls='kind')
    d.T(pl.title)
    d.p(pl.subtitle, cls='sub')
    d.raw('</div>')
    d.p(pl.fmt(pl.problem[0]), cls='big')
    d.raw('<div class="grid"><div>')
    d.h(h['asks'], 1)
    d.ul([pl.asks[0], (pl.asks[1], pl.bullets[1][1]), pl.asks[2]])
    d.q(*pl.quote, open_='« ' if L == 'fr' else '“', close=' »' if L == 'fr' else '”', cls='q')
    d.raw('</div><div>')
    d.h(h['partners'], 1)
    for para in pl.partner_paras(2): d.p(para)
    d.h(h['contact'], 2, tag='h3')
    d.raw(f'<div class="contact"><p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines[1:]: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p></div>')
    d.contact(pl.contact_name, pl.email, pl.phone)
    d.raw('</div></div>')
    d.fu(f'{pl.project} · {pl.tp["place"]}', cls='foot')
    d.raw('</div>')

# ===================== family 8: event programme, agenda table and speaker boxes (Chromium, tagged) =====================
CSS8 = '''@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:9.4pt;line-height:1.36;color:#1d1d3a}
.page{width:210mm;height:296mm;box-sizing:border-box;padding:14mm 16mm 18mm;position:relative;overflow:hidden;page-break-after:always}
.hero{background:#3d2c8d;color:#fff;margin:-14mm -16mm 6mm;padding:12mm 16mm 9mm}
.kind{font:bold 8.5pt sans-serif;letter-spacing:.25em;margin:0 0 2mm}
h1.title{font:bold 24pt/1.1 sans-serif;margin:0 0 3mm}.hero p{margin:0;font-size:11pt}
h2{font:bold 12pt sans-serif;color:#3d2c8d;margin:4mm 0 2mm}h3{font:bold 10pt sans-serif;margin:0 0 1mm}
p{margin:0 0 2mm}.two{display:flex;gap:8mm}.two>div{flex:1}
table.agenda{border-collapse:collapse;width:100%;font-size:8.8pt}table.agenda th{background:#e8e4f7;text-align:left;padding:1.4mm}
table.agenda td{border-bottom:.4pt solid #bbb;padding:1.4mm;vertical-align:top}
.speakers{display:flex;flex-wrap:wrap;gap:4mm}.spk{width:55mm;border:.8pt solid #3d2c8d;border-radius:2mm;padding:2.5mm;font-size:8.4pt}
.spk p{margin:0 0 .8mm}ul{padding-left:5mm;margin:0 0 2mm}ul.sub{list-style:circle}
blockquote{margin:3mm 0;padding:2mm 4mm;background:#f4f2fb}blockquote p{margin:0}.who{font-size:8pt}
table.info{border-collapse:collapse;font-size:8.8pt}table.info td{padding:.8mm 3mm .8mm 0;vertical-align:top}
.foot{position:absolute;left:16mm;right:16mm;bottom:8mm;font-size:7.5pt;color:#666;display:flex;justify-content:space-between}'''
EV = dict(en=('VALIDATION WORKSHOP', 'Programme', 'Speakers', 'Practical information', 'Time', 'Session', 'Speakers', 'Objectives', 'Venue', 'Language', 'Registration'),
          fr=('ATELIER DE VALIDATION', 'Programme', 'Intervenants', 'Informations pratiques', 'Horaire', 'Séance', 'Intervenants', 'Objectifs', 'Lieu', 'Langue', 'Inscription'),
          es=('TALLER DE VALIDACIÓN', 'Programa', 'Ponentes', 'Información práctica', 'Hora', 'Sesión', 'Ponentes', 'Objetivos', 'Lugar', 'Idioma', 'Inscripción'))
SESS = dict(en=['Opening remarks', 'Findings of the workplace survey', 'Panel: what employers and unions can do', 'Coffee break', 'Group work on the action plan', 'Conclusions and next steps'],
            fr=['Allocutions d’ouverture', 'Résultats de l’enquête sur les lieux de travail', 'Table ronde : le rôle des employeurs et des syndicats', 'Pause-café', 'Travaux de groupe sur le plan d’action', 'Conclusions et prochaines étapes'],
            es=['Palabras de apertura', 'Resultados de la encuesta en los lugares de trabajo', 'Panel: qué pueden hacer empleadores y sindicatos', 'Pausa café', 'Trabajo en grupos sobre el plan de acción', 'Conclusiones y próximos pasos'])
MONTHS = dict(en=['March', 'May', 'October'], fr=['mars', 'mai', 'octobre'], es=['marzo', 'mayo', 'octubre'])

def fam8(d, pl, L):
    h = pl.head; E = EV[L]; rng = pl.rng
    day = rng.randint(3, 27); mon = rng.choice(MONTHS[L]); yr = 2026
    date = {'en': f'{day} {mon} {yr}', 'fr': f'{day} {mon} {yr}', 'es': f'{day} de {mon} de {yr}'}[L]
    d.raw('<div class="page"><div class="hero">')
    d.i(E[0], cls='kind')
    d.T(pl.title)
    d.p(f'{date} · {pl.tp["place"]}')
    d.raw('</div><div class="two"><div>')
    d.h(E[7], 1)
    d.p(pl.fmt(pl.problem[0])); d.p(pl.fmt(pl.approach[0]))
    d.ul(pl.bullets[:3])
    d.raw('</div><div>')
    d.h(h['partners'], 1)
    for para in pl.partner_paras(2): d.p(para)
    d.raw('</div></div>')
    d.h(E[1], 1)
    ppl = pl.tp['people']
    t = ['09:00', '09:30', '10:30', '11:30', '12:00', '13:00']
    rows = []
    names = [ppl[1], ppl[2], f'{ppl[1]}, {ppl[2]}', '', ppl[0], ppl[1]]
    for i in range(6): rows.append([t[i], SESS[L][i], names[i]])
    d.tab([[E[4], E[5], E[6]]], rows, cls='agenda', colw=['16%', '54%', '30%'])
    d.fu(f'{E[0].capitalize()} · {pl.project} · 1/2', cls='foot')
    d.raw('</div><div class="page">')
    d.h(E[2], 1)
    d.raw('<div class="speakers">')
    bios = dict(en='{n} is with {o} and works on {t}.', fr='{n} travaille pour {o}, sur {t}.', es='{n} trabaja en {o}, en temas de {t}.')
    for nm, o in [(ppl[1], pl.locals[0]), (ppl[2], pl.locals[2]), (ppl[0], pl.ilo)]:
        d.raw('<div class="spk">')
        d.h(nm, 2, tag='h3')
        on = pl.ref(o)
        d.p(bios[L].format(n=nm, o=on, t=pl.tp['theme'][L]))
        d.raw('</div>')
    d.raw('</div>')
    d.q(*pl.quote, open_='« ' if L == 'fr' else '“', close=' »' if L == 'fr' else '”')
    d.h(E[3], 1)
    d.tab([], [[E[8], f'Hotel {pl.tp["place"]} Centre'], [E[9], {'en': 'English', 'fr': 'français', 'es': 'español'}[L]], [E[10], pl.email]], cls='info')
    d.h(h['contact'], 2, tag='h3')
    d.raw(f'<p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p>')
    d.contact(pl.contact_name, pl.email, pl.phone)
    d.fu(f'{E[0].capitalize()} · {pl.project} · 2/2', cls='foot')
    d.raw('</div>')

# ===================== family 7: checklist leaflet (LibreOffice, HTML -> Writer, tagged) =====================
CSS7 = '''body{font-family:"DejaVu Sans";font-size:10pt}h1{font-size:20pt;color:#0b6e4f}h2{font-size:13pt;color:#0b6e4f;border-bottom:1px solid #0b6e4f}
h3{font-size:11pt}td{vertical-align:top}p.kind{font-size:8pt;color:#777}'''
CK = dict(en=('CHECKLIST', 'Before the season starts', 'On site, every day', 'If something goes wrong', 'Who to call', 'Service', 'What they do', 'Tick each box when it is in place.'),
          fr=('LISTE DE CONTRÔLE', 'Avant le début de la saison', 'Sur le site, chaque jour', 'En cas de problème', 'Qui appeler', 'Service', 'Rôle', 'Cochez chaque case lorsque la mesure est en place.'),
          es=('LISTA DE VERIFICACIÓN', 'Antes de que empiece la temporada', 'En el sitio, cada día', 'Si algo sale mal', 'A quién llamar', 'Servicio', 'Qué hace', 'Marque cada casilla cuando la medida esté en marcha.'))
CK2 = dict(en=['Report the accident to the site manager the same day', 'Ask the joint committee to record it', 'Contact the labour inspectorate if nothing happens within a week'],
           fr=['Signaler l’accident au responsable du site le jour même', 'Demander au comité paritaire de l’enregistrer', 'Saisir l’inspection du travail si rien ne se passe sous huit jours'],
           es=['Informar del accidente al jefe del sitio el mismo día', 'Pedir al comité paritario que lo registre', 'Acudir a la inspección del trabajo si no pasa nada en una semana'])
CK3 = dict(en=['Break every two hours, in the shade', 'Protective equipment checked at the gate', 'First-aid kit complete'],
           fr=['Pause toutes les deux heures, à l’ombre', 'Équipements de protection vérifiés à l’entrée', 'Trousse de premiers secours complète'],
           es=['Pausa cada dos horas, a la sombra', 'Equipo de protección revisado en la entrada', 'Botiquín completo'])

def fam7(d, pl, L):
    h = pl.head; C = CK[L]
    def box(items):
        out = ['<table width="100%" cellpadding="2">']
        for it in items:
            if isinstance(it, tuple):
                t, sub = it; t = d.bullet(t, 1)
                out.append(f'<tr><td width="6%">☐</td><td>{d.e(t)}</td></tr>')
                for s in sub:
                    s = d.bullet(s, 2); out.append(f'<tr><td></td><td>– {d.e(s)}</td></tr>')
            else:
                t = d.bullet(it, 1); out.append(f'<tr><td width="6%">☐</td><td>{d.e(t)}</td></tr>')
        out.append('</table>'); d.raw(''.join(out))
    d.i(C[0] + ' · ' + pl.project, cls='kind')
    d.T(pl.title, tag='h1')
    d.p(pl.subtitle)
    d.p(pl.fmt(pl.problem[0]))
    d.p(C[7])
    d.h(C[1], 1)
    box(pl.bullets[:2] + [pl.bullets[3]])
    d.h(C[2], 1)
    box(CK3[L])
    d.h(C[3], 1)
    box([(CK2[L][0], [CK2[L][1]]), CK2[L][2]])
    d.q(*pl.quote, open_='« ' if L == 'fr' else '“', close=' »' if L == 'fr' else '”')
    d.h(h['partners'], 1)
    for para in pl.partner_paras(2): d.p(para)
    d.h(C[4], 2)
    loc = sorted([o for o in pl.mentioned if o is not pl.ilo and o in pl.locals], key=lambda o: len(o.acr or o.name))[0]
    d.tab([[C[5], C[6]]], [[pl.ref(loc, True), pl.fmt(bank.S[L]['approach'][2])], [pl.ref(pl.ilo, True), pl.fmt(bank.S[L]['approach'][3])]], cls='ruled', colw=['30%', '70%'])
    d.raw('<table width="100%" bgcolor="#e6f2ec" cellpadding="6"><tr><td>')
    d.h(h['contact'], 2, tag='h3')
    d.raw(f'<p><b>{d.e(pl.contact_name)}</b></p>')
    for x in pl.contact_lines: d.i(x)
    d.raw(f'<p>{d.e(d.link(pl.url))}</p></td></tr></table>')
    d.contact(pl.contact_name, pl.email, pl.phone)

# ===================== LaTeX families =====================
PRE3 = r'''\documentclass[9pt]{extarticle}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}%s
\usepackage[a4paper,landscape,margin=9mm]{geometry}\usepackage[table]{xcolor}\usepackage{booktabs}
\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}\interlinepenalty=10000\sloppy
\definecolor{zf}{HTML}{0E7C86}
'''
BABEL = dict(en=r'\usepackage[english]{babel}', fr='', es='')  # only English babel is installed

def fam3(d, pl, L):
    """Z-fold: outside sheet prints panels 5 | 1 (cover) | 6; inside sheet prints 2 | 3 | 4."""
    h = pl.head; W = r'0.315\linewidth'
    def panel_open(bg=None): d.raw(r'\begin{minipage}[t][186mm][t]{%s}\vspace{0pt}' % W + '\n')
    def panel_close(last=False): d.raw(r'\end{minipage}' + ('' if last else r'\hspace{0.0275\linewidth}') + '\n')
    hf = r'{\large\bfseries\color{zf}%s\par}\smallskip' + '\n'
    # outside: panel 5 (results + quote)
    panel_open()
    d.h(h['results'], 1, fmt=hf)
    d.p(pl.fmt(pl.results[0]))
    d.tab([[h['ind'], h['base'], h['now']]], [r[:3] for r in pl.ind_rows], 'lrr')
    d.p(pl.fmt(pl.results[1]))
    d.h(h['voice'], 2, fmt=r'\medskip{\bfseries %s\par}' + '\n')
    d.q(*pl.quote, fmt='{\\itshape\\large %s\\par}\\smallskip{\\small %s, %s\\par}\n')
    panel_close()
    # panel 1: cover (middle)
    panel_open()
    d.raw(r'\colorbox{zf}{\parbox{\linewidth}{\vspace{30mm}\color{white}')
    d.i(pl.project.upper(), fmt=r'{\small\bfseries %s\par}\medskip' + '\n')
    d.T(pl.title, fmt=r'{\fontsize{21}{24}\selectfont\bfseries %s\par}\medskip' + '\n')
    d.p(pl.subtitle, fmt=r'{\large %s\par}\vspace{60mm}}}' + '\n')
    panel_close()
    # panel 6: back (partners, contact)
    panel_open()
    d.h(h['partners'], 1, fmt=hf)
    for para in pl.partner_paras(2): d.p(para)
    d.h(h['contact'], 2, fmt=r'\medskip{\bfseries\color{zf} %s\par}' + '\n')
    d.raw(r'\textbf{%s}\par' % tex_esc(pl.contact_name) + '\n')
    for x in pl.contact_lines: d.i(x)
    d.raw(tex_esc(d.link(pl.url)) + r'\par' + '\n')
    d.contact(pl.contact_name, pl.email, pl.phone)
    panel_close(True)
    d.raw(r'\newpage' + '\n')
    # inside: panels 2 3 4
    panel_open()
    d.h(h['problem'], 1, fmt=hf)
    for s in pl.problem: d.p(pl.fmt(s))
    panel_close()
    panel_open()
    d.h(h['approach'], 1, fmt=hf)
    d.p(pl.fmt(pl.approach[0]))
    d.ul(pl.bullets)
    d.p(pl.fmt(pl.approach[1]))
    panel_close()
    panel_open()
    d.h(h['glance'], 2, fmt=hf)
    d.tab([], [[h['duration'], f'{pl.y0}–{pl.e0}' if L == 'en' else f'{pl.y0}-{pl.e0}'], [h['where'], pl.tp['place']], [h['target'], pl.n2]], 'll', ruled=False)
    d.h(h['next'], 1, fmt=r'\medskip' + hf)
    d.p(pl.fmt(pl.nextp))
    d.p(pl.fmt(pl.approach[2]))
    panel_close(True)

PRE4 = r'''\documentclass[11pt,twocolumn]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{mathptmx}%s
\usepackage[a4paper,margin=17mm,top=22mm]{geometry}\usepackage{booktabs}\usepackage{fancyhdr}\usepackage{xcolor}
\setlength{\columnsep}{7mm}\interlinepenalty=10000\clubpenalty=10000\widowpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small %s}\fancyfoot[C]{\small\thepage}
'''
RB = dict(en=('Research brief', 'Context', 'Approach', 'Partnerships', 'Results', 'Recommendations', 'Key figures', 'Table 1. Key figures, by indicator.', 'Joint committees', 'Inspection and health'),
          fr=('Note de recherche', 'Contexte', 'Démarche', 'Partenariats', 'Résultats', 'Recommandations', 'Chiffres clés', 'Tableau 1. Chiffres clés, par indicateur.', 'Comités paritaires', 'Inspection et santé'),
          es=('Nota de investigación', 'Contexto', 'Enfoque', 'Alianzas', 'Resultados', 'Recomendaciones', 'Cifras clave', 'Cuadro 1. Cifras clave, por indicador.', 'Comités paritarios', 'Inspección y salud'))
FN = dict(en=['Project baseline survey of {n2} workers, {y0}.', 'Figures from the joint committees’ registers.', 'See the project website for the full list of partners.'],
          fr=['Enquête de référence du projet auprès de {n2} travailleurs, {y0}.', 'Chiffres tirés des registres des comités paritaires.', 'La liste complète des partenaires figure sur le site du projet.'],
          es=['Encuesta de línea de base del proyecto a {n2} personas, {y0}.', 'Cifras de los registros de los comités paritarios.', 'La lista completa de socios figura en el sitio web del proyecto.'])

def fam4(d, pl, L):
    h = pl.head; R = RB[L]
    d.t['footnotes'] = []
    def pfn(s, k):
        s = d.para(s); f = d.f(pl.fmt(FN[L][k])); d.t['footnotes'].append(dict(n=len(d.t['footnotes']) + 1, text=f)); d._seen(f)
        d.raw(tex_esc(s) + r'\footnote{' + tex_esc(f) + '}\\par\n')
    d.raw(r'\twocolumn[{')
    d.i(R[0] + ' · ' + pl.project, fmt=r'{\small\scshape %s\par}\medskip' + '\n')
    d.T(pl.title, fmt=r'{\raggedright\LARGE\bfseries %s\par}\medskip' + '\n')
    d.p(pl.subtitle, fmt=r'{\large\itshape %s\par}\bigskip' + '\n')
    d.raw('}]\n')
    num = lambda n, s: f'{n}. {s}' if L != 'en' else f'{n} {s}'
    d.h(num(1, R[1]), 1)
    pfn(pl.fmt(pl.problem[0]), 0)
    d.p(pl.fmt(pl.problem[1])); d.p(pl.fmt(pl.problem[2]))
    d.h(num(2, R[2]), 1)
    d.p(pl.fmt(pl.approach[0]))
    d.h('2.1 ' + R[8], 2)
    d.p(pl.fmt(pl.approach[1]))
    d.ul(pl.bullets)
    d.h('2.2 ' + R[9], 2)
    d.p(pl.fmt(pl.approach[2]))
    d.h(num(3, R[3]), 1)
    pp = pl.partner_paras(2)
    d.p(pp[0]); pfn(pp[1], 2)
    d.h(num(4, R[4]), 1)
    pfn(pl.fmt(pl.results[0]), 1)
    d.raw(r'\begin{table}[h]\centering\small' + '\n')
    d.tab([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows, 'p{30mm}rrr', caption=R[7])
    d.raw(r'\end{table}' + '\n')
    d.p(pl.fmt(pl.results[1]))
    d.q(*pl.quote, fmt='\\begin{quote}\\itshape %s\\par\\upshape\\raggedleft --- %s, %s\\par\\end{quote}\n' if L != 'fr' else '\\begin{quote}\\itshape «~%s~»\\par\\upshape\\raggedleft --- %s, %s\\par\\end{quote}\n')
    d.h(num(5, R[5]), 1)
    d.ul(pl.asks, env='enumerate')
    d.p(pl.fmt(pl.nextp))
    d.h(h['contact'], 2)
    d.raw(r'\textbf{%s}\par' % tex_esc(pl.contact_name) + '\n')
    for x in pl.contact_lines: d.i(x)
    d.raw(tex_esc(d.link(pl.url)) + r'\par' + '\n')
    d.contact(pl.contact_name, pl.email, pl.phone)

# ===================== reportlab families =====================
def rl_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    S = {}
    S['body'] = ParagraphStyle('body', fontName='DV', fontSize=8.6, leading=11.4, spaceAfter=4)
    S['small'] = ParagraphStyle('small', parent=S['body'], fontSize=7.4, leading=9.4, textColor=colors.HexColor('#555555'))
    S['h1'] = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=3, textColor=colors.HexColor('#0a4d8c'))
    S['h2'] = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, spaceAfter=2)
    S['title'] = ParagraphStyle('title', fontName='DVB', fontSize=21, leading=25, textColor=colors.white)
    S['sub'] = ParagraphStyle('sub', fontName='DVI', fontSize=10.5, leading=13, textColor=colors.white)
    S['q'] = ParagraphStyle('q', fontName='DVSI', fontSize=10.5, leading=13.5, spaceAfter=2, textColor=colors.HexColor('#0a4d8c'))
    S['cell'] = ParagraphStyle('cell', fontName='DV', fontSize=7.6, leading=9.4)
    S['cellh'] = ParagraphStyle('cellh', fontName='DVB', fontSize=7.6, leading=9.4)
    S['tile'] = ParagraphStyle('tile', fontName='DVB', fontSize=18, leading=21, textColor=colors.HexColor('#0a4d8c'))
    return S

CARDS = dict(en=[('Joint committees', 'Workers and managers meet every month and agree on what to fix first.'),
                 ('Inspection', 'Inspectors use a short checklist written for {sector}.'),
                 ('Health on site', 'A mobile clinic visits each site twice a month.'),
                 ('Social security', 'Registration desks open on pay day, near the gate.'),
                 ('Skills', 'Short courses are held during paid working hours.'),
                 ('Women’s leadership', 'Women are trained to chair committees and speak for their teams.')],
             fr=[('Comités paritaires', 'Travailleurs et responsables se réunissent chaque mois et décident des priorités.'),
                 ('Inspection', 'Les inspecteurs utilisent une courte liste de contrôle conçue pour {sector}.'),
                 ('Santé sur site', 'Une clinique mobile passe sur chaque site deux fois par mois.'),
                 ('Sécurité sociale', 'Des guichets d’affiliation ouvrent le jour de paie, près de l’entrée.'),
                 ('Compétences', 'Des formations courtes ont lieu pendant les heures de travail rémunérées.'),
                 ('Leadership des femmes', 'Des femmes sont formées pour présider les comités et représenter leurs équipes.')],
             es=[('Comités paritarios', 'Trabajadores y gerencia se reúnen cada mes y acuerdan qué corregir primero.'),
                 ('Inspección', 'Los inspectores usan una lista de verificación breve pensada para {sector}.'),
                 ('Salud en el sitio', 'Una clínica móvil visita cada sitio dos veces al mes.'),
                 ('Seguridad social', 'Las mesas de afiliación abren el día de pago, junto a la entrada.'),
                 ('Capacitación', 'Los cursos cortos se dictan en horario laboral remunerado.'),
                 ('Liderazgo de las mujeres', 'Se forma a mujeres para presidir comités y hablar por sus equipos.')])
PHOTO = dict(en='Photo', fr='Photo', es='Foto')

def rl_doc(d, pagefn, frames_by_page, flow_by_page):
    """Draw each page's flowables into its frames; furniture via pagefn(canvas, pageno)."""
    from reportlab.pdfgen import canvas as C
    from reportlab.lib.pagesizes import A4
    pdf = f'{d.D}/{d.id}.pdf'
    c = C.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(d.t['title'])
    for pno, (frames, flows) in enumerate(zip(frames_by_page, flow_by_page), 1):
        pagefn(c, pno)
        for k, (fr, fl) in enumerate(zip(frames, flows)):
            fl = list(fl)
            fr.addFromList(fl, c)
            if fl: raise SystemExit(f'{d.id}: overflow on page {pno}, frame {k}')
        c.showPage()
    c.save()
    d.finish(pdf)

def fam2(d, pl, L):
    from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.graphics.shapes import Drawing, Rect
    S = rl_styles(); h = pl.head
    P = lambda s, st: Paragraph(d.e(s), st)
    foot = f'{pl.project} · {pl.tp["country"][L]}'
    f1, f2 = d.furn(foot + ' · 1'), d.furn(foot + ' · 2')
    def pagefn(c, pno):
        if pno == 1:
            c.setFillColor(colors.HexColor('#0a4d8c')); c.rect(0, 232 * mm, 210 * mm, 65 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#666666')); c.setFont('DV', 7.5)
        c.drawString(15 * mm, 9 * mm, f1 if pno == 1 else f2)
    # page 1: header frame + 3x2 card grid
    head = []
    T = d.title(pl.title); head.append(P(T, S['title'])); head.append(Spacer(1, 3))
    head.append(P(d.para(pl.subtitle), S['sub']))
    intro = [P(d.para(pl.fmt(pl.problem[0])), S['body']), P(d.para(pl.fmt(pl.approach[0])), S['body'])]
    frames1 = [Frame(15 * mm, 236 * mm, 180 * mm, 56 * mm, showBoundary=0), Frame(15 * mm, 205 * mm, 180 * mm, 28 * mm)]
    flows1 = [head, intro]
    cw, ch, gx, gy = 56 * mm, 88 * mm, 6 * mm, 6 * mm
    cards = CARDS[L]
    for i, (ct, tx) in enumerate(cards):
        col, row = i % 3, i // 3
        x = 15 * mm + col * (cw + gx); y = 205 * mm - (row + 1) * ch - row * gy
        fl = []
        dr = Drawing(cw - 6, 34 * mm); dr.add(Rect(0, 0, cw - 6, 34 * mm, fillColor=colors.HexColor('#d9e2ec'), strokeColor=None)); fl.append(dr)
        fl.append(P(d.ign(f'{PHOTO[L]} {i + 1}: {pl.tp["place"]}'), S['small']))
        fl.append(P(d.heading(f'{i + 1:02d} · {ct}' if False else ct, 2), S['h2']))
        fl.append(P(d.para(pl.fmt(tx)), S['body']))
        if i == 0:
            fl.append(P(d.para(pl.fmt(pl.approach[1])), S['body']))
        if i == 2:
            d.cur_heading = ct
            for b in [pl.bullets[0], pl.bullets[2]]:
                fl.append(P('• ' + d.e(d.bullet(b, 1)), S['body']))
        frames1.append(Frame(x, y, cw, ch, leftPadding=3, rightPadding=3, topPadding=3, bottomPadding=3, showBoundary=1))
        flows1.append(fl)
    # page 2: two columns
    left, right = [], []
    left.append(P(d.heading(h['partners'], 1), S['h1']))
    for para in pl.partner_paras(2): left.append(P(d.para(para), S['body']))
    left.append(P(d.heading(h['next'], 1), S['h1']))
    left.append(P(d.para(pl.fmt(pl.nextp)), S['body']))
    right.append(P(d.heading(h['results'], 1), S['h1']))
    right.append(P(d.para(pl.fmt(pl.results[0])), S['body']))
    hdr, rows = d.table([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows)
    tb = Table([[P(c, S['cellh']) for c in hdr[0]]] + [[P(c, S['cell']) for c in r] for r in rows], colWidths=[34 * mm, 15 * mm, 15 * mm, 15 * mm])
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), .4, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9e2ec'))]))
    right.append(tb); right.append(Spacer(1, 6))
    q, sp, ro = d.quote(*pl.quote)
    o, c_ = ('« ', ' »') if L == 'fr' else ('“', '”')
    right.append(P(o + q + c_, S['q'])); right.append(P('— ' + sp + ', ' + ro, S['small'])); right.append(Spacer(1, 6))
    right.append(P(d.heading(h['contact'], 2), S['h2']))
    right.append(P(pl.contact_name, S['body'])); d._seen(pl.contact_name)
    for x in pl.contact_lines: right.append(P(d.ign(x), S['small']))
    right.append(P(d.link(pl.url), S['body']))
    d.contact(pl.contact_name, pl.email, pl.phone)
    frames2 = [Frame(15 * mm, 18 * mm, 86 * mm, 262 * mm), Frame(109 * mm, 18 * mm, 86 * mm, 262 * mm)]
    return pagefn, [frames1, frames2], [flows1, [left, right]]

def fam5(d, pl, L):
    from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.graphics.shapes import Drawing, String, Rect
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    S = rl_styles(); h = pl.head; rng = pl.rng
    P = lambda s, st: Paragraph(d.e(s), st)
    DS = dict(en=('DATA SHEET', 'Workers reached, by year', 'Women', 'Men', 'Source: project monitoring data.'),
              fr=('FICHE DE DONNÉES', 'Travailleurs touchés, par année', 'Femmes', 'Hommes', 'Source : données de suivi du projet.'),
              es=('HOJA DE DATOS', 'Personas alcanzadas, por año', 'Mujeres', 'Hombres', 'Fuente: datos de seguimiento del proyecto.'))[L]
    foot = [d.furn(f'{DS[0]} · {pl.project} · {pl.tp["place"]} · {k}/2') for k in (1, 2)]
    kind = d.ign(DS[0])
    def pagefn(c, pno):
        if pno == 1:
            c.setFillColor(colors.HexColor('#0a4d8c')); c.rect(0, 254 * mm, 210 * mm, 43 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white); c.setFont('DVB', 8); c.drawString(15 * mm, 289 * mm, kind)
        else:
            c.setFillColor(colors.HexColor('#0a4d8c')); c.rect(0, 285 * mm, 210 * mm, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#666666')); c.setFont('DV', 7.5); c.drawRightString(195 * mm, 9 * mm, foot[pno - 1])
    from reportlab.lib.styles import ParagraphStyle
    head = [P(d.title(pl.title), ParagraphStyle('t5', parent=S['title'], fontSize=17, leading=20)), Spacer(1, 2), P(d.para(pl.subtitle), S['sub'])]
    # key figure tiles (ignore)
    tiles = [(pl.n2, {'en': 'workers reached', 'fr': 'travailleurs touchés', 'es': 'personas alcanzadas'}[L]),
             (f'{pl.pct}{" %" if L != "en" else "%"}', {'en': 'women', 'fr': 'de femmes', 'es': 'mujeres'}[L]),
             (str(rng.randint(12, 60)), {'en': 'joint committees', 'fr': 'comités paritaires', 'es': 'comités paritarios'}[L])]
    tdata = [[P(d.ign(a), S['tile']) for a, b in tiles], [P(d.ign(b), S['small']) for a, b in tiles]]
    tt = Table(tdata, colWidths=[60 * mm] * 3); tt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef3f8')), ('LINEAFTER', (0, 0), (1, -1), 2, colors.white)]))
    # chart
    years = [pl.y0, pl.y0 + 1, pl.y0 + 2]
    w = [rng.randint(300, 1500) for _ in years]; m = [rng.randint(300, 1500) for _ in years]
    dr = Drawing(180 * mm, 50 * mm)
    dr.add(String(0, 46 * mm, d.ign(DS[1]), fontName='DVB', fontSize=9))
    bc = VerticalBarChart(); bc.x, bc.y, bc.width, bc.height = 12 * mm, 6 * mm, 110 * mm, 36 * mm
    bc.data = [w, m]; bc.categoryAxis.categoryNames = [d.ign(str(y)) for y in years]
    bc.categoryAxis.labels.fontName = 'DV'; bc.valueAxis.labels.fontName = 'DV'; bc.valueAxis.valueMin = 0; bc.valueAxis.valueMax = 1600; bc.valueAxis.valueStep = 400
    for v in range(0, 1601, 400): d.ign(str(v))
    bc.bars[0].fillColor = colors.HexColor('#0a4d8c'); bc.bars[1].fillColor = colors.HexColor('#f0a202')
    dr.add(bc)
    lg = Legend(); lg.x, lg.y = 135 * mm, 34 * mm; lg.fontName = 'DV'; lg.fontSize = 8
    lg.colorNamePairs = [(colors.HexColor('#0a4d8c'), d.ign(DS[2])), (colors.HexColor('#f0a202'), d.ign(DS[3]))]
    dr.add(lg)
    top = [tt, Spacer(1, 6), dr, P(d.ign(DS[4]), S['small'])]
    left, right = [], []
    left.append(P(d.heading(h['problem'], 1), S['h1']))
    for s in pl.problem[:2]: left.append(P(d.para(pl.fmt(s)), S['body']))
    left.append(P(d.heading(h['approach'], 1), S['h1']))
    left.append(P(d.para(pl.fmt(pl.approach[0])), S['body']))
    for it in pl.bullets:
        if isinstance(it, tuple):
            left.append(P('■ ' + d.e(d.bullet(it[0], 1)), S['body']))
            for s in it[1]: left.append(P('    – ' + d.e(d.bullet(s, 2)), S['body']))
        else: left.append(P('■ ' + d.e(d.bullet(it, 1)), S['body']))
    right.append(P(d.heading(h['results'], 1), S['h1']))
    hdr, rows = d.table([[h['ind'], h['base'], h['now'], h['goal']]], pl.ind_rows)
    tb = Table([[P(c, S['cellh']) for c in hdr[0]]] + [[P(c, S['cell']) for c in r] for r in rows], colWidths=[34 * mm, 15 * mm, 15 * mm, 15 * mm])
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), .4, colors.grey), ('LINEABOVE', (0, 0), (-1, 0), 1, colors.black)]))
    right.append(tb); right.append(Spacer(1, 5))
    right.append(P(d.para(pl.fmt(pl.results[0])), S['body']))
    right.append(P(d.para(pl.fmt(pl.results[1])), S['body']))
    p2l, p2r = [], []
    p2l.append(P(d.heading(h['partners'], 1), S['h1']))
    for para in pl.partner_paras(2): p2l.append(P(d.para(para), S['body']))
    p2r.append(P(d.heading(h['voice'], 1), S['h1']))
    q, sp, ro = d.quote(*pl.quote)
    o, c_ = ('« ', ' »') if L == 'fr' else ('“', '”')
    p2r.append(P(o + q + c_, S['q'])); p2r.append(P('— ' + sp + ', ' + ro, S['small'])); p2r.append(Spacer(1, 6))
    p2r.append(P(d.heading(h['next'], 1), S['h1']))
    p2r.append(P(d.para(pl.fmt(pl.nextp)), S['body']))
    p2r.append(P(d.heading(h['contact'], 2), S['h2']))
    d._seen(pl.contact_name)
    p2r.append(P(d.e(pl.contact_name), S['body']))
    for x in pl.contact_lines: p2r.append(P(d.ign(x), S['small']))
    p2r.append(P(d.link(pl.url), S['body']))
    d.contact(pl.contact_name, pl.email, pl.phone)
    frames = [Frame(15 * mm, 255 * mm, 180 * mm, 32 * mm), Frame(15 * mm, 160 * mm, 180 * mm, 93 * mm),
              Frame(15 * mm, 16 * mm, 86 * mm, 143 * mm), Frame(109 * mm, 16 * mm, 86 * mm, 143 * mm)]
    frames2 = [Frame(15 * mm, 16 * mm, 86 * mm, 240 * mm), Frame(109 * mm, 16 * mm, 86 * mm, 240 * mm)]
    return pagefn, [frames, frames2], [[head, top, left, right], [p2l, p2r]]

# ===================== driver =====================
def build_one(fam, n, lang, seed, out):
    rng = random.Random(f'{seed}-{fam}-{n}-{lang}')
    perm = random.Random(f'{seed}-{fam}-topics').sample(range(len(bank.T)), len(bank.T))  # spread topics within a family
    topic = bank.T[perm[(n - 1) % len(bank.T)]]
    pl = core.Plan(rng, lang, topic)
    id_ = f'designs8-{FAM[fam]}-{n:02d}-{lang}'
    sub = 'train' if fam <= 4 else 'held'
    D = os.path.join(out, sub); os.makedirs(D, exist_ok=True)
    prod = PROD[fam]
    args = (id_, lang, prod, f'designs8-{FAM[fam]}', topic['theme']['en'])
    if prod in ('chromium', 'libreoffice'):
        css = {1: CSS1, 6: CSS6, 7: CSS7, 8: CSS8}[fam]
        d = HTML(*args, css=css); d.D = D; d.nbh = prod == 'libreoffice'
        {1: fam1, 6: fam6, 7: fam7, 8: fam8}[fam](d, pl, lang)
        finish_truth(d, pl); d.t['seed'] = seed
        d.build_chromium() if prod == 'chromium' else d.build_lo()
    elif prod == 'pdflatex':
        d = TeX(*args); d.D = D
        {3: fam3, 4: fam4}[fam](d, pl, lang)
        if fam == 3: d.preamble = PRE3 % BABEL[lang]
        else:
            fh = d.furn(RB[lang][0] + ' · ' + pl.project)
            d.preamble = PRE4 % (BABEL[lang], tex_esc(fh))
        finish_truth(d, pl); d.t['seed'] = seed
        d.build()
        if fam == 4:  # furniture per page: header + page number
            t = json.load(open(f'{D}/{id_}.truth.json'))
            fh = t['furniture'][0]; t['furniture'] = []
            for p in range(1, t['pages'] + 1): t['furniture'] += [fh, str(p)]
            json.dump(t, open(f'{D}/{id_}.truth.json', 'w'), ensure_ascii=False, indent=1)
    else:
        rl_setup()
        d = RL(*args); d.D = D
        pagefn, frames, flows = {2: fam2, 5: fam5}[fam](d, pl, lang)
        finish_truth(d, pl); d.t['seed'] = seed
        rl_doc(d, pagefn, frames, flows)
    return id_

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument('--per-family', type=int, default=6); ap.add_argument('--seed', type=int, default=8)
    ap.add_argument('--families', default='1,2,3,4,5,6,7,8')
    a = ap.parse_args()
    fams = [int(x) for x in a.families.split(',')]
    langs = ['en', 'fr', 'es']
    rl = [f for f in fams if PROD[f] == 'reportlab']
    try:
        import reportlab  # noqa
        have_rl = True
    except ImportError:
        have_rl = False
    if rl and not have_rl:
        subprocess.run([VENV, os.path.abspath(__file__), '--out', a.out, '--per-family', str(a.per_family), '--seed', str(a.seed), '--families', ','.join(map(str, rl))], check=True)
        fams = [f for f in fams if f not in rl]
    for fam in fams:
        for n in range(1, a.per_family + 1):
            lang = langs[(n - 1) % 3]
            print(build_one(fam, n, lang, a.seed, a.out), flush=True)

if __name__ == '__main__':
    main()
