from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, NextPageTemplate, ListFlowable, ListItem
W, Hh = A4
d = RL('blind13-02-en-boardgame-kyrgyz-roads', 'en', 'reportlab', 'blind-board-game', 'road construction crews, occupational safety')
OR = colors.HexColor('#e07b00'); NV = colors.HexColor('#1f3a5f'); GY = colors.HexColor('#f1efe8')
body = ParagraphStyle('b', fontName='DV', fontSize=8.4, leading=11, spaceAfter=3); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=22, leading=26, textColor=colors.white)
kind = ParagraphStyle('k', fontName='DVB', fontSize=8, leading=10, textColor=OR, spaceAfter=2)
sub = ParagraphStyle('s', fontName='DVI', fontSize=9.5, leading=12, textColor=colors.white)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=NV, spaceBefore=4, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.2, leading=11.5, textColor=OR, spaceBefore=4, spaceAfter=2)
small = ParagraphStyle('sm', fontName='DV', fontSize=7, leading=9, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.8, leading=9.6); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.8, leading=9.6, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.6, leading=12.5, textColor=NV, spaceBefore=5)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.4, leading=9.4, spaceAfter=5)
FL, FR1, FR2 = 'Safe Road board game · ILO Bishkek', 'Page 1 of 2', 'Page 2 of 2'
# board geometry
BX, BY, CS, NC, NR = 27*mm, 113*mm, 26*mm, 6, 5
special = {1: 'START', 4: 'Helmet on: up to 12', 9: 'Trench not shored: back to 2', 15: 'Rest break taken: up to 21',
           19: 'No lights at night: back to 11', 26: 'Truck too fast: back to 17', 30: 'FINISH'}
def cellpos(n):
    r = (n - 1) // NC; c = (n - 1) % NC
    if r % 2: c = NC - 1 - c
    return BX + c*CS, BY + r*CS
labels = []
for n in range(1, 31):
    labels.append(str(n))
    if n in special: labels.append(special[n])
def page1(c, doc):
    c.saveState()
    c.setFillColor(NV); c.rect(0, Hh-46*mm, W, 46*mm, stroke=0, fill=1)
    c.setFillColor(OR); c.rect(0, Hh-48*mm, W, 2*mm, stroke=0, fill=1)
    for n in range(1, 31):
        x, y = cellpos(n)
        col = [colors.HexColor('#fde7c4'), colors.HexColor('#dfe8f2')][n % 2]
        if n in (4, 15): col = colors.HexColor('#c9e7c0')
        if n in (9, 19, 26): col = colors.HexColor('#f6c7c0')
        if n in (1, 30): col = colors.HexColor('#ffd966')
        c.setFillColor(col); c.setStrokeColor(NV); c.setLineWidth(0.8); c.rect(x, y, CS, CS, stroke=1, fill=1)
        c.setFillColor(NV); c.setFont('DVB', 11); c.drawString(x+2*mm, y+CS-5*mm, str(n))
        if n in special:
            c.setFont('DVC', 5.3); txt = special[n]
            c.drawCentredString(x+CS/2, y+4*mm, txt)
    # ladders and slides
    def ctr(n): x, y = cellpos(n); return x+CS/2, y+CS/2
    c.setLineWidth(2.2)
    for a, b, colr in [(4, 12, '#2e8b57'), (15, 21, '#2e8b57'), (9, 2, '#c0392b'), (19, 11, '#c0392b'), (26, 17, '#c0392b')]:
        (x1, y1), (x2, y2) = ctr(a), ctr(b); c.setStrokeColor(colors.HexColor(colr))
        if colr == '#2e8b57':
            for off in (-2.2*mm, 2.2*mm): c.line(x1+off, y1+3*mm, x2+off, y2)
        else:
            p = c.beginPath(); p.moveTo(x1, y1+3*mm); p.curveTo(x1+14*mm, (y1+y2)/2+8*mm, x2-14*mm, (y1+y2)/2-8*mm, x2, y2); c.drawPath(p, stroke=1, fill=0)
    foot(c, FR1)
    c.restoreState()
def foot(c, right):
    c.setFont('DV', 7); c.setFillColor(colors.HexColor('#555555')); c.setStrokeColor(OR); c.setLineWidth(0.5)
    c.line(15*mm, 12*mm, W-15*mm, 12*mm); c.drawString(15*mm, 8*mm, FL); c.drawRightString(W-15*mm, 8*mm, right)
def page2(c, doc):
    c.saveState(); c.setFillColor(NV); c.rect(0, Hh-8*mm, W, 8*mm, stroke=0, fill=1); foot(c, FR2); c.restoreState()
f1 = [Frame(15*mm, Hh-46*mm, W-30*mm, 44*mm, id='band', topPadding=6*mm),
      Frame(15*mm, 14*mm, (W-36*mm)/2, 96*mm, id='l'), Frame(15*mm+(W-36*mm)/2+6*mm, 14*mm, (W-36*mm)/2, 96*mm, id='r')]
f2 = [Frame(15*mm, 14*mm, (W-36*mm)/2, Hh-26*mm, id='l2'), Frame(15*mm+(W-36*mm)/2+6*mm, 14*mm, (W-36*mm)/2, Hh-26*mm, id='r2')]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Safe Road board game')
doc.addPageTemplates([PageTemplate('p1', f1, onPage=page1), PageTemplate('p2', f2, onPage=page2)])
d.furn(FL); d.furn(FR1); d.furn(FL); d.furn(FR2)
for s in labels: d.ign(s)
d.add(NextPageTemplate('p2'))
d.i('BOARD GAME FOR ROAD CREWS · KYRGYZ REPUBLIC', kind)
d.T('Safe Road: climb the ladders, dodge the slides', tit)
d.p('A game for two to six players to learn site safety during the lunch break on the Bishkek–Osh and Naryn road works', sub)
d.add(FrameBreak())
d.h('How to play', h1, 1)
steps = ['Each player puts a counter on square 1 (START).', 'Roll one die and move your counter that many squares.',
         'Green square: a safe habit. Climb the ladder to the square shown.', 'Red square: a hazard. Slide down to the square shown.',
         'Before you climb or slide, read the card for that square aloud to the others.', 'The first player to reach square 30 (FINISH) wins and buys the tea.']
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in steps], bulletType='1', bulletFontName='DVB', bulletFontSize=8.4, bulletColor=OR, leftIndent=12))
d.h('House rules', h2, 2)
d.ul(['A roll of six gives one more turn.', ('If two counters share a square:', ['the newer one goes back one square;', 'both players name one item of protective equipment.'])], body)
d.add(FrameBreak())
d.h('The safety squares', h1, 1)
d.ul([('Ladders (safe habits):', ['square 4, hard hat and high-visibility vest;', 'square 15, a rest break in the shade in July and August.']),
      ('Slides (hazards):', ['square 9, a trench deeper than 1.5 m without shoring;', 'square 19, night work without lighting;', 'square 26, a loaded truck too fast through the work zone.'])], body)
d.h('Why a game?', h2, 2)
d.p('Most road workers in the project are seasonal and many have just come back from work abroad. A game played in the site canteen reaches them better than a lecture. Crews that played it in 2025 reported fewer near misses.')
d.add(FrameBreak())
# page 2
d.h('About the project', h1, 1)
d.p('“Safe Road” trains foremen and crews of small contractors on six road sections in Chüy, Naryn and Jalal-Abad. Each crew receives the board, a die, counters and twelve square cards in Kyrgyz and Russian.')
d.h('The game in numbers', h2, 2)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), NV), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#b9c4d2')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)])
d.tab([['Indicator', '2024', '2025']], [['Crews that received the game', '38', '112'], ['Foremen trained', '41', '96'], ['Near misses reported per crew', '5.2', '3.1'], ['Crews with a first-aid kit on site', '47%', '83%']],
      cell, cellh, [44*mm, 19*mm, 19*mm], ts, caption='Source: National Statistical Committee of the Kyrgyz Republic; project monitoring.', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.q('We played it three times in one lunch break. Now the young ones shout “square nine!” when they see an open trench.', 'Aibek Toktogulov', 'foreman, Naryn road section', qst, qw)
d.h('Contact', h2, 2)
d.contact('Nurgul Asanova', 'asanova@ilo.org', '+996 312 98 45 10')
d.add(d.P('Nurgul Asanova', small)); d.i('National project coordinator, ILO Bishkek', small); d.i('Tel.: +996 312 98 45 10', small); d.i('Email: asanova@ilo.org', small)
d.add(d.P(d.link('www.ilo.org/moscow'), small))
d.add(FrameBreak())
d.h('Partners', h1, 1)
d.p('Switzerland pays for the game and the training through the Swiss Agency for Development and Cooperation (SDC), which signed a grant with the ILO in 2023; it ends in 2026.')
d.p('A cooperation agreement on safety training for road crews was signed in 2024 by the Ministry of Transport and Communications of the Kyrgyz Republic, the Kyrgyz State University of Construction, Transport and Architecture (KSUCTA) and the ILO.')
d.p('The State Labour Inspectorate and the Kyrgyz Road Workers’ Trade Union have worked together under a memorandum of understanding since 2020; in 2025 they extended it until 2028.')
d.p('The game also belongs to the joint programme that the ILO and the International Organization for Migration (IOM) began in 2025 for returning migrant workers who join road crews.¹')
d.h('Also involved', h2, 2)
d.p('The Asian Development Bank (ADB) finances the road itself and has no part in these agreements. The Uchkun printing house produced the boards under a paid order. The Chamber of Commerce and Industry was consulted, but nothing has been signed. Osh city hall hosted the first tournament.', small)
d.add(Spacer(1, 4*mm))
d.p('¹ The Kyrgyz Road Workers’ Trade Union and the contractor Ala-Too Yol Kurulush LLC exchanged letters of intent in May 2025 to play the game at every new site.', small)
d.orgs('ILO', ('Swiss Agency for Development and Cooperation', 'SDC'), 'Ministry of Transport and Communications of the Kyrgyz Republic',
       ('Kyrgyz State University of Construction, Transport and Architecture', 'KSUCTA'), 'State Labour Inspectorate', 'Kyrgyz Road Workers’ Trade Union',
       ('International Organization for Migration', 'IOM'), ('Asian Development Bank', 'ADB'), 'Uchkun printing house', 'Chamber of Commerce and Industry',
       'Osh city hall', 'Ala-Too Yol Kurulush LLC', 'National Statistical Committee of the Kyrgyz Republic')
d.countries('KG', 'CH')
d.ps(['SDC', 'ILO'], 'funding', 2023, 2026)
d.ps(['Ministry of Transport and Communications of the Kyrgyz Republic', 'KSUCTA', 'ILO'], 'cooperation_agreement', 2024)
d.ps(['State Labour Inspectorate', 'Kyrgyz Road Workers’ Trade Union'], 'memorandum_of_understanding', 2020, 2028)
d.ps(['ILO', 'IOM'], 'programme', 2025)
d.ps(['Kyrgyz Road Workers’ Trade Union', 'Ala-Too Yol Kurulush LLC'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
