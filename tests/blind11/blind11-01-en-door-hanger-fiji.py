from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Paragraph
from reportlab.platypus.flowables import Flowable
W, Hh = A4
d = RL('blind11-01-en-door-hanger-fiji', 'en', 'reportlab', 'blind-door-hanger', 'savings and social security for home-based handicraft workers')
TEAL = colors.HexColor('#0f6e74'); CORAL = colors.HexColor('#e8674a'); SAND = colors.HexColor('#f6ecd9'); INK = colors.HexColor('#1d2b2c')
body = ParagraphStyle('b', fontName='DV', fontSize=9.4, leading=12.6, spaceAfter=5, textColor=INK); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=8.2, leading=10.6, textColor=INK, spaceAfter=2)
foot = ParagraphStyle('fn', fontName='DV', fontSize=7.4, leading=9.4, textColor=colors.HexColor('#444444'), spaceBefore=4)
ttl = ParagraphStyle('t', fontName='DVB', fontSize=24, leading=27, textColor=CORAL, spaceAfter=6)
sub = ParagraphStyle('st', fontName='DVI', fontSize=9.5, leading=12.5, textColor=TEAL, spaceAfter=8)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=TEAL, spaceAfter=6)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=6, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9, leading=11.5, textColor=CORAL, spaceBefore=5, spaceAfter=3)
boxh = ParagraphStyle('bh', fontName='DVB', fontSize=9, leading=11.5, textColor=colors.white)
boxt = ParagraphStyle('bt', fontName='DV', fontSize=8.6, leading=11, textColor=colors.white, spaceAfter=3)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10, leading=13.5, textColor=TEAL, spaceBefore=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.4, leading=9.5, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DVC', fontSize=8.4, leading=10.4)
cellb = ParagraphStyle('cb', fontName='DVCB', fontSize=8.4, leading=10.4)

class Dot(Flowable):
    """paragraph with a drawn round bullet (no glyph in the text)"""
    def __init__(s, text, st, level=1, col=CORAL):
        s.p = Paragraph(text, st); s.level = level; s.col = col; s.ind = 11 if level == 1 else 22
    def wrap(s, aw, ah):
        w, h = s.p.wrap(aw - s.ind, ah); s.h = h; return aw, h + 2
    def draw(s):
        c = s.canv; c.setFillColor(s.col)
        y = s.h - s.p.style.fontSize * 0.62
        if s.level == 1: c.circle(s.ind - 6.5, y, 2.2, stroke=0, fill=1)
        else: c.setStrokeColor(s.col); c.setLineWidth(0.8); c.circle(s.ind - 6.5, y, 1.8, stroke=1, fill=0)
        s.p.drawOn(c, s.ind, 0)
def dots(items):
    for it in items:
        if isinstance(it, tuple):
            t, subs = it; d.add(Dot(d.e(d.bullet(t, 1)), body))
            for x in subs: d.add(Dot(d.e(d.bullet(x, 2)), body, 2))
        else: d.add(Dot(d.e(d.bullet(it, 1)), body))

class Box(Flowable):
    """a filled rounded box holding flowables"""
    def __init__(s, fls, bg=TEAL, pad=6):
        s.fls = fls; s.bg = bg; s.pad = pad
    def wrap(s, aw, ah):
        s.w = aw; s.hs = [f.wrap(aw - 2*s.pad, ah)[1] for f in s.fls]
        s.h = sum(s.hs) + 2*s.pad + 3*len(s.fls); return aw, s.h
    def draw(s):
        c = s.canv; c.setFillColor(s.bg); c.roundRect(0, 0, s.w, s.h, 6, stroke=0, fill=1)
        y = s.h - s.pad
        for f, h in zip(s.fls, s.hs):
            y -= h; f.drawOn(c, s.pad, y); y -= 3

HW, HX = 94*mm, [8*mm, 108*mm]
TOP = 62*mm
def hanger(c, x, label, fill):
    c.saveState()
    c.setStrokeColor(colors.HexColor('#9aa7a8')); c.setDash(3, 2); c.setLineWidth(0.7)
    p = c.beginPath(); r = 10*mm
    p.moveTo(x, 8*mm); p.lineTo(x + HW, 8*mm); p.lineTo(x + HW, Hh - 8*mm - r)
    p.arcTo(x + HW - 2*r, Hh - 8*mm - 2*r, x + HW, Hh - 8*mm, 0, 90)
    p.lineTo(x + r, Hh - 8*mm); p.arcTo(x, Hh - 8*mm - 2*r, x + 2*r, Hh - 8*mm, 90, 90); p.close()
    c.setFillColor(fill); c.drawPath(p, stroke=1, fill=1)
    c.setDash(); c.setFillColor(colors.white); c.setStrokeColor(colors.HexColor('#9aa7a8'))
    cx, cy = x + HW/2, Hh - 30*mm
    c.circle(cx, cy, 14*mm, stroke=1, fill=1)
    c.line(cx + 14*mm, cy, x + HW, cy + 9*mm)  # slit
    c.setFillColor(TEAL); c.setFont('DVB', 6.5); c.drawCentredString(cx, Hh - 50*mm, label)
    c.restoreState()
FOOT = {1: 'Home-based workers’ savings round · Fiji · Side for workers', 2: 'Home-based workers’ savings round · Fiji · Side for buyers'}
LAB = {1: ('HANG ON THE DOOR · FRONT', 'HANG ON THE DOOR · BACK'), 2: ('FOR THE BUYER · FRONT', 'FOR THE BUYER · BACK')}
def page(c, doc):
    n = doc.page
    hanger(c, HX[0], LAB[n][0], SAND); hanger(c, HX[1], LAB[n][1], colors.white)
    c.setFont('DV', 6.5); c.setFillColor(colors.HexColor('#666666'))
    c.drawString(8*mm, 3.5*mm, FOOT[n]); c.drawRightString(W - 8*mm, 3.5*mm, f'Page {n} of 2')
for n in (1, 2):
    for s in LAB[n]: d.ign(s)
    d.furn(FOOT[n]); d.furn(f'Page {n} of 2')
fr = lambda i: Frame(HX[i] + 6*mm, 12*mm, HW - 12*mm, Hh - TOP - 12*mm, id=f'f{i}', leftPadding=0, rightPadding=0, topPadding=0)
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Sorry we missed you')
doc.addPageTemplates([PageTemplate('p', [fr(0), fr(1)], onPage=page)])

# ---- page 1, front
d.i('ILO Office for Pacific Island Countries · Suva', kick)
d.T('Sorry we missed you', ttl)
d.p('A visit from the home-based workers’ savings round, Suva · Nasinu · Lautoka, 2025', sub)
d.p('Our outreach team knocked on your door today. We visit women and men who weave mats, carve, sew or make jewellery at home and sell through markets, hotels or middlemen.')
d.h('Why we came', h1)
dots(['to explain how you can join the Fiji National Provident Fund (FNPF) as a self-employed member;',
      ('to show you what your savings can pay for:', ['a pension when you stop working;', 'help if you are injured or fall ill;', 'a housing or education withdrawal.']),
      'to note the questions you want answered at the next visit.'])
d.h('We will come back', h2, 2)
d.tab([], [['Suva and Nasinu', 'Tuesdays and Thursdays', '9 am – 3 pm'], ['Lautoka', 'Saturdays', '8 am – 12 noon'], ['Market stalls', 'First Friday of the month', '']],
      cell, cellb, [28*mm, 32*mm, 22*mm], TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
d.p('Prefer to call? Ring the number on the back of this card and ask for the savings round.', small)
d.add(FrameBreak())
# ---- page 1, back
d.h('Five steps to your first deposit', h1)
steps = ['Keep your birth certificate and a photo ID ready.', 'Fill in the self-employed member form with our enumerator.',
         'Choose how much to save: from FJD 5 a week.', 'Pay at any FNPF office, by M-PAiSA or at the market kiosk.', 'Check your balance by text message every quarter.']
for k, s in enumerate(steps, 1):
    s = d.bullet(s, 1); d.add(Paragraph(f'<font name="DVB" color="#e8674a">{k}</font>&nbsp;&nbsp;{d.e(s)}', ParagraphStyle('n', parent=body, leftIndent=11, firstLineIndent=-11)))
d.q('I have woven voivoi mats for thirty years and never had a cent put aside. Now I save every week after the Saturday market.', 'Mereseini Tuilau', 'mat weaver, Nasinu', qst, qw)
d.add(Box([d.P(d.heading('Who pays for this visit?', 2), boxh)] +
          [d.P(d.bullet(x, 1), boxt) for x in [
              'From Japan, by way of the Japan International Cooperation Agency (JICA): a grant to the ILO, awarded in 2025 and running until mid-2027.',
              'The enumerators’ reminder texts are sent by Vodafone Fiji under a paid service contract.']]))
d.add(Spacer(1, 6))
d.h('Contact', h2, 2)
d.contact('Litia Naivalu', 'naivalu@ilo.org', '+679 331 8201')
for s in ['Litia Naivalu', d.ign('Outreach coordinator, savings round'), d.ign('Tel.: +679 331 8201'), d.ign('Email: naivalu@ilo.org'), d.link('www.ilo.org/suva')]:
    d.add(d.P(s, small))
d.add(FrameBreak())
# ---- page 2, front
d.h('A message for buyers and middlemen', h1)
d.p('Many handicrafts reach tourists through a shop, a hotel boutique or a trader who buys at the village. If you buy from home-based makers, you can help them save.')
dots([('Ask your makers whether they are FNPF members:', ['offer to deduct a voluntary saving from each payment;', 'hand over a written receipt for every purchase.']),
      'Pay on time and in full: late payment is the first reason makers stop saving.',
      'Tell us about makers who want a visit.'])
d.h('What has been agreed', h1)
d.p('FNPF, the Fiji Trades Union Congress (FTUC) and the Fiji Commerce and Employers Federation (FCEF) are the three signatories of the cooperation agreement behind this campaign; the ink dried in February 2025.')
d.p('It was Lautoka City Council that first put pen to paper: its memorandum of understanding with FNPF, which lets the savings kiosk stand in the municipal market, dates from April 2024.')
d.p('Since 2022 the University of the South Pacific (USP) and FNPF have worked under a research agreement on informal earnings. Renewed last year, it now stretches to 2028.')
d.p('Koro Weaving Pte Ltd, the largest buyer in the Western Division, has also committed itself in writing.¹')
d.add(FrameBreak())
# ---- page 2, back
d.h('Figures from the first round', h1)
d.tab([['', 'Suva / Nasinu', 'Lautoka']], [['Homes visited', '1 240', '610'], ['Members enrolled', '386', '174'], ['Women among them', '71 %', '78 %'], ['Buyers contacted', '42', '19']],
      cell, cellb, [30*mm, 26*mm, 24*mm],
      TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, TEAL), ('LINEBELOW', (0, -1), (-1, -1), 0.8, TEAL), ('VALIGN', (0, 0), (-1, -1), 'TOP')]),
      caption='Round 1, March to August 2025. Counts of households from the Fiji Bureau of Statistics (FBOS).', capst=foot)
d.h('Not yet on board', h2, 2)
d.p('Talks with the Reserve Bank of Fiji on a savings account for makers without a bank have not led to any agreement so far.')
d.h('Good to know', h2, 2)
dots(['Your savings stay yours, even if you stop weaving for a while.', 'Membership is voluntary for the self-employed.'])
d.add(Spacer(1, 10))
fn = d.para('¹ Letter of intent from Koro Weaving Pte Ltd to the Nasinu Women Weavers’ Network, signed in June 2025: the company will pay the network’s members within seven days of delivery.')
d.add(d.P(fn, foot))

d.orgs(('ILO Office for Pacific Island Countries', None), ('Fiji National Provident Fund', 'FNPF'), ('Japan International Cooperation Agency', 'JICA'), 'Vodafone Fiji',
       ('Fiji Trades Union Congress', 'FTUC'), ('Fiji Commerce and Employers Federation', 'FCEF'), 'Lautoka City Council', ('University of the South Pacific', 'USP'),
       'Koro Weaving Pte Ltd', 'Nasinu Women Weavers’ Network', ('Fiji Bureau of Statistics', 'FBOS'), 'Reserve Bank of Fiji')
d.countries('FJ', 'JP')
d.ps(['JICA', 'ILO'], 'funding', 2025, 2027)
d.ps(['FNPF', 'FTUC', 'FCEF'], 'cooperation_agreement', 2025)
d.ps(['Lautoka City Council', 'FNPF'], 'memorandum_of_understanding', 2024)
d.ps(['USP', 'FNPF'], 'cooperation_agreement', 2022, 2028)
d.ps(['Koro Weaving Pte Ltd', 'Nasinu Women Weavers’ Network'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
