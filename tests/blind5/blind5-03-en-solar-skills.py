from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
ID = 'blind5-03-en-solar-skills'
t = T(ID, 'reportlab', 'blind-results-sheet-key-figures', 'green jobs and skills', 'en')
W, H = A4
SUN = colors.HexColor('#F2A900'); INK = colors.HexColor('#23313F'); TEAL = colors.HexColor('#00727A')
body = ParagraphStyle('b', fontName='Helvetica', fontSize=9.6, leading=13.2, textColor=INK, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle('cap', fontName='Helvetica-Oblique', fontSize=7.8, leading=10, textColor=colors.grey, spaceAfter=6)
qs = ParagraphStyle('q', fontName='Helvetica-BoldOblique', fontSize=12.5, leading=16, textColor=TEAL, leftIndent=6, rightIndent=6)
qw = ParagraphStyle('qw', fontName='Helvetica', fontSize=8.5, leading=11, textColor=INK, leftIndent=6, spaceAfter=8)
cell = ParagraphStyle('c', fontName='Helvetica', fontSize=9, leading=11.5, textColor=INK)
cellb = ParagraphStyle('cb', fontName='Helvetica-Bold', fontSize=9, leading=11.5, textColor=colors.white)
def P(x, st=body): return Paragraph(esc(t.p(x)), st)
def H1(x): return Paragraph(esc(t.h(x, 1)), h1)
def LI(x, l=1): return ListItem(Paragraph(esc(t.b(x, l)), body), value='circle' if l == 2 else 'square')
title = t.title('Solar skills for northern Kenya')
sub = t.p('Results sheet of the Solar Jobs Northern Kenya project, 2022–2025')
tiles = [(t.ign('2,150'), t.ign('technicians trained')), (t.ign('38%'), t.ign('of graduates are women')), (t.ign('61'), t.ign('solar enterprises started')), (t.ign('4'), t.ign('county training hubs'))]
kick = t.ign('ILO · RESULTS SHEET')
hdr = 'ILO Kenya · Solar Jobs Northern Kenya'
def first(c, d):
    c.saveState()
    c.setFillColor(TEAL); c.rect(0, H - 62*mm, W, 62*mm, stroke=0, fill=1)
    c.setFillColor(SUN); c.rect(0, H - 64*mm, W, 2*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 8.5); c.drawString(18*mm, H - 14*mm, kick)
    c.setFont('Helvetica-Bold', 26); c.drawString(18*mm, H - 27*mm, title)
    c.setFont('Helvetica', 11); c.drawString(18*mm, H - 35*mm, sub)
    x = 18*mm; w = (W - 36*mm - 3*5*mm) / 4
    for big, lab in tiles:
        c.setFillColor(colors.HexColor('#0B5A60')); c.roundRect(x, H - 58*mm, w, 17*mm, 2*mm, stroke=0, fill=1)
        c.setFillColor(SUN); c.setFont('Helvetica-Bold', 17); c.drawString(x + 3*mm, H - 49*mm, big)
        c.setFillColor(colors.white); c.setFont('Helvetica', 7.8); c.drawString(x + 3*mm, H - 55*mm, lab)
        x += w + 5*mm
    foot(c, d); c.restoreState()
def later(c, d):
    c.saveState(); c.setFont('Helvetica', 7.8); c.setFillColor(colors.grey)
    c.drawString(18*mm, H - 12*mm, hdr); c.setStrokeColor(SUN); c.line(18*mm, H - 14*mm, W - 18*mm, H - 14*mm)
    foot(c, d); c.restoreState()
def foot(c, d):
    c.setFont('Helvetica', 7.8); c.setFillColor(colors.grey)
    c.drawRightString(W - 18*mm, 10*mm, str(d.page))
t.furn('1', hdr, '2')
doc = BaseDocTemplate(ID + '.pdf', pagesize=A4, title=title, author='ILO')
fw = W - 36*mm
doc.addPageTemplates([PageTemplate('first', [Frame(18*mm, 16*mm, fw*0.60, H - 84*mm, id='m1'), Frame(18*mm + fw*0.64, 16*mm, fw*0.36, H - 84*mm, id='s1')], onPage=first),
                      PageTemplate('later', [Frame(18*mm, 16*mm, fw, H - 36*mm, id='m2')], onPage=later)])
S = [NextPageTemplate('later')]
S += [H1('What the project set out to do'),
      P('In Turkana and Marsabit, fewer than one household in five is connected to the grid, and homes more than five kilometres from a Kenya Power line are unlikely ever to be. Off-grid solar companies are growing fast, but they cannot find qualified installers locally and bring them in from Nairobi.'),
      P('The project trained young people from the two counties to fill those jobs, and helped some of them start their own businesses.'),
      H1('What we achieved')]
S.append(ListFlowable([LI('A competency-based curriculum for solar PV installers, accredited at Level 4:'),
    ListFlowable([LI('twelve modules, from site assessment to after-sales service', 2), LI('final assessment by the national certification council', 2)], bulletType='bullet', start='–', leftIndent=12, bulletFontSize=9),
    LI('Four county training hubs, in Lodwar, Kakuma, Marsabit and Moyale.'),
    LI('Apprenticeships with solar companies for 1,300 graduates.'),
    LI('A starter kit and three months of mentoring for every graduate who opens a business.')], bulletType='bullet', start='■', leftIndent=12, bulletFontSize=6, bulletColor=SUN))
S += [H1('Results against targets')]
hd, rows = t.table([['Indicator', 'Target', 'Achieved']], [['Technicians trained', '2,000', '2,150'], ['Women among graduates', '40%', '38%'],
      ['Graduates in work six months later', '60%', '67%'], ['Solar enterprises started', '50', '61'], ['Training hubs equipped', '4', '4']])
S += [Table([[Paragraph(esc(c), cellb) for c in hd[0]]] + [[Paragraph(esc(c), cell) for c in r] for r in rows], colWidths=[fw*0.32, fw*0.13, fw*0.15],
      style=[('BACKGROUND', (0, 0), (-1, 0), TEAL), ('LINEBELOW', (0, 1), (-1, -1), 0.5, colors.HexColor('#A9B8C2')), ('BOX', (0, 0), (-1, -1), 0.5, TEAL), ('INNERGRID', (0, 0), (-1, 0), 0.5, colors.white)]),
      Paragraph(esc(t.ign('Results as of 30 June 2025. Source: project monitoring and tracer study.')), cap)]
q = t.quote('I used to carry panels for a Nairobi installer. Now I am the installer, and I employ two people.', 'Esther Akai', 'solar technician, Lodwar')
S += [FrameBreak(), Spacer(1, 4*mm), Table([[Paragraph('“' + esc(q) + '”', qs)], [Paragraph('Esther Akai, solar technician, Lodwar', qw)]], colWidths=[fw*0.36],
      style=[('LINEABOVE', (0, 0), (-1, 0), 2, SUN), ('LINEBELOW', (0, -1), (-1, -1), 2, SUN), ('TOPPADDING', (0, 0), (-1, -1), 6)]),
      Spacer(1, 6*mm), Paragraph(esc(t.h('Where graduates work', 2)), ParagraphStyle('h2', parent=h1, fontSize=10.5, textColor=INK))]
hdw, rw = t.table([], [['Solar companies', '52%'], ['Own business', '24%'], ['County water and health services', '11%'], ['Further training', '6%'], ['Not working', '7%']])
S += [Table([[Paragraph(esc(a), cell), Paragraph(esc(b), cell)] for a, b in rw], colWidths=[fw*0.26, fw*0.10], style=[('ALIGN', (1, 0), (1, -1), 'RIGHT'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]),
      Paragraph(esc(t.ign('Graduates of 2023 and 2024, six months after training (tracer study).')), cap)]
S += [FrameBreak()]
S += [H1('Who made it happen'),
      P('Financed by the Swedish International Development Cooperation Agency (Sida) from 2022 to 2025, the project was implemented by the ILO together with the Kenya Renewable Energy Association (KEREA).'),
      P('TVETA (Technical and Vocational Education and Training Authority) accredited the curriculum in 2023, under a four-way cooperation agreement signed that year with KEREA, the Energy and Petroleum Regulatory Authority (EPRA) and the County Government of Turkana. Marsabit County came in later: its letter of intent with the ILO dates from January 2024.'),
      P('Two companies, SunTrail Energy and Jua Power Kenya, have hosted apprentices since 2023 under partnership agreements with KEREA. SunTrail’s agreement was extended in 2025 to cover Moyale.'),
      P('Graduates who start a business can borrow from Kenya Women Microfinance Bank (KWFT). Its credit line for solar enterprises, opened in 2024, is backed by a guarantee from the African Development Bank (AfDB).'),
      P('The project also drew on the market studies of the World Bank’s Kenya Off-Grid Solar Access Project (KOSAP).'),
      H1('What comes next'),
      P('The county governments have budgeted for the hubs from July 2025. KEREA will keep the curriculum up to date, and the ILO will share the model with Uganda and Ethiopia under a regional green jobs programme.'),
      H1('Contact')]
t.contact('Peter Mwangi Kariuki', 'kariuki@ilo.org', '+254 20 276 3110')
cl = ['<b>Peter Mwangi Kariuki</b>', esc(t.ign('Chief Technical Adviser, Solar Jobs Northern Kenya')), esc(t.ign('ILO Country Office for the United Republic of Tanzania, Kenya, Rwanda and Uganda')), esc(t.ign('Tel.: +254 20 276 3110')) + ' · ' + esc(t.ign('Email: kariuki@ilo.org')), esc(t.link('www.ilo.org/solar-jobs-kenya'))]
S += [Table([[Paragraph('<br/>'.join(cl), body)]], colWidths=[fw], style=[('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#FFF4D6')), ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6)])]
doc.build(S)
t.orgs('ILO', 'Kenya Power', ('Swedish International Development Cooperation Agency', 'Sida'), ('Kenya Renewable Energy Association', 'KEREA'),
       ('Technical and Vocational Education and Training Authority', 'TVETA'), ('Energy and Petroleum Regulatory Authority', 'EPRA'),
       'County Government of Turkana', 'Marsabit County', 'SunTrail Energy', 'Jua Power Kenya', ('Kenya Women Microfinance Bank', 'KWFT'),
       ('African Development Bank', 'AfDB'), 'World Bank', ('Kenya Off-Grid Solar Access Project', 'KOSAP'),
       'ILO Country Office for the United Republic of Tanzania, Kenya, Rwanda and Uganda')
t.countries('KE', 'UG', 'ET', 'TZ', 'RW')
t.ps(['Sida', 'ILO', 'KEREA'], 'funding', 2022, 2025)
t.ps(['TVETA', 'KEREA', 'EPRA', 'County Government of Turkana'], 'cooperation_agreement', 2023)
t.ps(['Marsabit County', 'ILO'], 'letter_of_intent', 2024)
t.ps(['SunTrail Energy', 'KEREA'], 'partnership', 2023)
t.ps(['Jua Power Kenya', 'KEREA'], 'partnership', 2023)
t.ps(['AfDB', 'KWFT'], 'funding', 2024)
finish(t, 2)
