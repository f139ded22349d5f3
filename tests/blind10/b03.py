from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, NextPageTemplate
W, Hh = A4
d = RL('blind10-03-en-boarding-pass', 'en', 'reportlab', 'blind-boarding-pass', 'pre-departure orientation for seasonal workers')
NAVY = colors.HexColor('#12355b'); CORAL = colors.HexColor('#e2583e'); PALE = colors.HexColor('#eaf1f8')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.2, spaceAfter=3); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=17, leading=20, textColor=colors.white)
sub = ParagraphStyle('s', fontName='DV', fontSize=9.5, leading=12, textColor=colors.white)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=CORAL, spaceAfter=2)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=NAVY, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, textColor=CORAL, spaceBefore=5, spaceAfter=2)
lab = ParagraphStyle('l', fontName='DVC', fontSize=6.5, leading=8, textColor=colors.HexColor('#777777'))
val = ParagraphStyle('v', fontName='DVB', fontSize=11, leading=13, textColor=NAVY, spaceAfter=4)
small = ParagraphStyle('sm', fontName='DV', fontSize=8, leading=10.5)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10.5, leading=14, textColor=NAVY, spaceBefore=8)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=8)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.8, leading=9.6); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.8, leading=9.6, textColor=colors.white)
TOP = Hh - 40*mm; TH = 74*mm; GAP = 6*mm; X0 = 12*mm; MW = 132*mm; SW = W - 2*X0 - MW
def ticket_y(i): return TOP - 6*mm - (i+1)*TH - i*GAP
F1 = 'Pacific Seasonal Work Ready · ILO Office for Pacific Island Countries'
def foot(c, n):
    c.setFont('DV', 7); c.setFillColor(colors.HexColor('#555555'))
    c.drawString(X0, 8*mm, F1); c.drawRightString(W - X0, 8*mm, f'Page {n} of 2')
def p1(c, doc):
    c.setFillColor(NAVY); c.rect(0, TOP, W, Hh - TOP, stroke=0, fill=1)
    for i in range(3):
        y = ticket_y(i)
        c.setFillColor(colors.white); c.setStrokeColor(NAVY); c.setLineWidth(1.2); c.roundRect(X0, y, W - 2*X0, TH, 4*mm, stroke=1, fill=1)
        c.setFillColor(PALE); c.rect(X0 + MW, y + 0.6, SW - 4*mm, TH - 1.2, stroke=0, fill=1)
        c.setStrokeColor(CORAL); c.setDash(3, 3); c.line(X0 + MW, y + 2*mm, X0 + MW, y + TH - 2*mm); c.setDash()
        c.setFillColor(CORAL); c.rect(X0, y + TH - 3*mm, MW, 3*mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.circle(X0 + MW, y, 3*mm, stroke=0, fill=1); c.circle(X0 + MW, y + TH, 3*mm, stroke=0, fill=1)
    foot(c, 1)
def p2(c, doc):
    c.setFillColor(NAVY); c.rect(0, Hh - 14*mm, W, 14*mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor('#bbbbbb')); c.line(W/2 + 2*mm, 20*mm, W/2 + 2*mm, Hh - 22*mm)
    foot(c, 2)
d.furn(F1); d.furn('Page 1 of 2'); d.furn(F1); d.furn('Page 2 of 2')
frames1 = [Frame(X0, TOP + 2*mm, W - 2*X0, Hh - TOP - 4*mm, id='title', leftPadding=0, rightPadding=0, topPadding=3*mm)]
for i in range(3):
    y = ticket_y(i)
    frames1.append(Frame(X0 + 5*mm, y + 3*mm, MW - 10*mm, TH - 9*mm, id=f'm{i}', leftPadding=0, rightPadding=0))
    frames1.append(Frame(X0 + MW + 5*mm, y + 3*mm, SW - 12*mm, TH - 9*mm, id=f's{i}', leftPadding=0, rightPadding=0))
frames2 = [Frame(X0, 16*mm, W/2 - X0 - 3*mm, Hh - 38*mm, id='l'), Frame(W/2 + 6*mm, 16*mm, W/2 - X0 - 6*mm, Hh - 38*mm, id='r')]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Ready to fly')
doc.addPageTemplates([PageTemplate('one', frames1, onPage=p1), PageTemplate('two', frames2, onPage=p2)])
d.add(NextPageTemplate('two'))
d.i('RECOGNISED SEASONAL EMPLOYER SCHEME · KIRIBATI TO NEW ZEALAND', kick)
d.T('Ready to fly: your pass to fair seasonal work in New Zealand', tit)
d.p('Pre-departure guide for workers from South Tarawa, Abaiang and Kiritimati going to pick and pack fruit', sub)
d.add(FrameBreak())
def stub(n, lines):
    d.add(FrameBreak())
    d.i('BOARDING PASS', ParagraphStyle('bp', parent=val, textColor=CORAL, fontSize=9))
    for l, v in lines:
        d.i(l, lab); d.i(v, val)
    d.i(f'Pass {n} of 3', lab)
    d.add(FrameBreak())
d.h('1. Before you fly', h1)
d.p('You should leave Tarawa with every document in your own hands. Nobody, not even a recruiter, may keep your passport.')
d.ul([('Check that you have:', ['your passport and your visa letter;', 'the signed employment agreement, in English and in I-Kiribati;', 'the medical certificate from the Tungaru Central Hospital.']),
      'Never pay a fee to get a place. Recruitment in the scheme is free for workers.'], body)
stub(1, [('FROM', 'TARAWA TRW'), ('TO', 'AUCKLAND AKL'), ('GATE', 'Documents')])
d.h('2. Your contract and your pay', h1)
d.p('Your employer must pay at least the New Zealand minimum wage for every hour you work and guarantee you at least 30 hours of work a week, or the pay for it.')
d.ul(['Deductions for rent, transport and the airfare must be agreed in writing and be reasonable.',
      'You get a payslip every week. Keep it: it is your proof.',
      'Ask for a bank account in your own name before the first pay day.'], body)
stub(2, [('FROM', 'CONTRACT'), ('TO', 'PAYSLIP'), ('GATE', 'Wages')])
d.h('3. Your rights while you are there', h1)
d.ul(['You can join a union in New Zealand, like any other worker.',
      'Your housing must be safe, warm and inspected before you arrive.',
      ('If something goes wrong, call:', ['the pastoral care worker of your employer;', 'the Labour Inspectorate helpline, free of charge.'])], body)
stub(3, [('FROM', 'ARRIVAL'), ('TO', 'HOME AGAIN'), ('GATE', 'Rights')])
# page 2
d.h('Who makes the scheme work', h1)
d.p('New Zealand, through its Ministry of Foreign Affairs and Trade (MFAT), funds this project with a grant to the International Labour Organization (ILO) for 2024–2027.')
d.p('Kiribati’s Ministry of Employment and Human Resources (MEHR) and New Zealand’s Ministry of Business, Innovation and Employment (MBIE) first signed a memorandum of understanding on seasonal work in 2019. It was renewed in 2024 and now runs until 2028, with new rules on pastoral care.')
d.p('A cooperation agreement on pre-departure training links the Kiribati Institute of Technology (KIT), the Kiribati Trade Union Congress (KTUC) and Horticulture New Zealand. It dates from 2023.')
d.p('Betio Town Council and Napier City Council signed a sister city agreement in 2022; returning workers now meet in Betio to pass on what they learned.')
d.p('The Pacific Islands Forum Secretariat follows the project as an observer. The airline that carries the workers is a contractor. Talks with a bank on cheaper remittances have not led to an agreement. Figures come from the Kiribati National Statistics Office (KNSO).', small)
d.h('Employers ready to hire', h2)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#bbbbbb')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['Employer', 'Region', 'Commitment', 'Places']],
      [['Bayview Orchards', 'Hawke’s Bay', 'letter of intent with KIT, 2025', '40'], ['Kahu Fruit Packers', 'Bay of Plenty', 'RSE employer since 2021', '25'], ['Ruataniwha Growers', 'Hawke’s Bay', 'RSE employer since 2023', '18']],
      cell, cellh, [25*mm, 19*mm, 26*mm, 13*mm], ts, caption='Places offered for the 2025–2026 season.', capst=lab)
d.add(FrameBreak())
d.h('Workers who came back', h2)
d.p('In the 2024–2025 season, 312 I-Kiribati workers went to New Zealand. Each of them sent home on average NZ$ 6,800. Four in ten had never had a bank account before.')
d.q('On my first day I showed the supervisor my contract and my payslip. He said: you know your rights, good. That is what the training gave me.', 'Teretia Kaiea', 'packhouse worker, Hastings', qst, qw)
d.h('Contact', h2)
d.contact('Rinieta Tekanene', 'tekanene@ilo.org', '+679 331 3866')
for s in ['Rinieta Tekanene', d.ign('National project coordinator, Tarawa'), d.ign('Tel.: +679 331 3866'), d.ign('Email: tekanene@ilo.org'), d.link('www.ilo.org/suva')]:
    d.add(d.P(s, small))
d.orgs(('Ministry of Foreign Affairs and Trade', 'MFAT'), ('International Labour Organization', 'ILO'), 'ILO Office for Pacific Island Countries', ('Ministry of Employment and Human Resources', 'MEHR'),
       ('Ministry of Business, Innovation and Employment', 'MBIE'), ('Kiribati Institute of Technology', 'KIT'), ('Kiribati Trade Union Congress', 'KTUC'), 'Horticulture New Zealand',
       'Betio Town Council', 'Napier City Council', 'Pacific Islands Forum Secretariat', ('Kiribati National Statistics Office', 'KNSO'), 'Bayview Orchards', 'Kahu Fruit Packers', 'Ruataniwha Growers', 'Tungaru Central Hospital', 'Labour Inspectorate')
d.countries('KI', 'NZ')
d.ps(['MFAT', 'ILO'], 'funding', 2024, 2027)
d.ps(['MEHR', 'MBIE'], 'memorandum_of_understanding', 2019, 2028)
d.ps(['KIT', 'KTUC', 'Horticulture New Zealand'], 'cooperation_agreement', 2023)
d.ps(['Betio Town Council', 'Napier City Council'], 'partnership', 2022)
d.ps(['Bayview Orchards', 'KIT'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
