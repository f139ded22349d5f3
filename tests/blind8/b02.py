from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Table
W, Hh = A4
d = RL('blind8-02-en-rice-youth', 'en', 'reportlab', 'blind-annual-results', 'youth employment in the rice value chain')
GREEN = colors.HexColor('#2f6b2f'); GOLD = colors.HexColor('#d9a400')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.2, spaceAfter=4)
d.body = body
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11, leading=13, textColor=GREEN, spaceBefore=6, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9, leading=11, textColor=colors.HexColor('#7a5a00'), spaceBefore=5, spaceAfter=2)
small = ParagraphStyle('s', fontName='DV', fontSize=7.4, leading=9.2, textColor=colors.HexColor('#444444'))
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10, leading=13, textColor=GREEN, spaceBefore=4)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.6, leading=9.2); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.6, leading=9.2, textColor=colors.white)
# canvas texts recorded first
kicker = d.ign('ANNUAL RESULTS 2025')
title = d.title('Rice that pays: young people at work from paddy to market')
sub = d.para('Youth Employment in the Rice Sector (YES-Rice) · Bo, Kenema and Moyamba districts, Sierra Leone')
figs = [('1,840', 'young people trained'), ('62 %', 'of them women'), ('310', 'new jobs in milling'), ('27', 'cooperatives registered')]
figs = [(d.ign(a), d.ign(b)) for a, b in figs]
arrow = d.ign('From seed to sale: where the jobs were created')
foot = d.furn('ILO Country Office for Liberia and Sierra Leone · YES-Rice annual results 2025'); pg = d.furn('Page 1 of 1')
def onpage(c, doc):
    c.setFillColor(GREEN); c.rect(0, Hh-50*mm, W, 50*mm, stroke=0, fill=1)
    c.setFillColor(GOLD); c.setFont('DVB', 8); c.drawString(15*mm, Hh-12*mm, kicker)
    c.setFillColor(colors.white); c.setFont('DVB', 16); c.drawString(15*mm, Hh-22*mm, title)
    c.setFont('DV', 9); c.drawString(15*mm, Hh-29*mm, sub)
    c.setFillColor(colors.HexColor('#f3efe0')); c.rect(0, Hh-88*mm, W, 38*mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#555555')); c.setFont('DVB', 7.5); c.drawString(15*mm, Hh-56*mm, arrow)
    for i, (a, b) in enumerate(figs):
        x = 15*mm + i*46*mm + 15*mm
        c.setFillColor(GOLD); c.circle(x, Hh-71*mm, 10*mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('DVB', 12); c.drawCentredString(x, Hh-72.5*mm, a)
        c.setFillColor(colors.HexColor('#333333')); c.setFont('DV', 7.5); c.drawCentredString(x, Hh-85*mm, b)
        if i < 3:
            c.setStrokeColor(GREEN); c.setLineWidth(1.2); c.line(x+12*mm, Hh-71*mm, x+33*mm, Hh-71*mm)
            c.line(x+31*mm, Hh-70*mm, x+33*mm, Hh-71*mm); c.line(x+31*mm, Hh-72*mm, x+33*mm, Hh-71*mm)
    c.setStrokeColor(GREEN); c.setLineWidth(0.5); c.line(15*mm, 12*mm, W-15*mm, 12*mm)
    c.setFillColor(colors.HexColor('#555555')); c.setFont('DV', 7); c.drawString(15*mm, 8*mm, foot); c.drawRightString(W-15*mm, 8*mm, pg)
top = Hh-92*mm
fl = Frame(15*mm, 15*mm, 108*mm, top-15*mm, id='L', leftPadding=0, rightPadding=4*mm)
fr = Frame(127*mm, 15*mm, 68*mm, top-15*mm, id='R', leftPadding=3*mm, rightPadding=0)
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, leftMargin=15*mm, rightMargin=15*mm, topMargin=10*mm, bottomMargin=15*mm, title=title)
doc.addPageTemplates([PageTemplate('p', [fl, fr], onPage=onpage)])
d.h('The year in short', h1)
d.p('In its third year, YES-Rice moved from training to paid work. Young graduates now run seed plots, hire out power tillers and operate small mills that sell parboiled rice to schools and traders. Most of them were idle or in casual farm labour when they joined.')
d.ul(['Training: 1,840 young people completed a six-month course; 1,402 of them were earning from rice work six months later.',
      ('Enterprises: 27 youth cooperatives registered, of which', ['11 run power-tiller services;', '9 operate mills;', '7 trade in seed.']),
      'Standards: every mill now has a first-aid kit and a trained safety focal point.'], body)
d.h('Who made it possible', h1)
d.p('The European Union remains the main funder. Its contribution agreement with the ILO was first signed in 2022, and in 2025 the two parties extended it to the end of 2026 so that the last cohort can finish.')
d.p('Since 2024 the ILO, the Food and Agriculture Organization of the United Nations (FAO) and the World Food Programme (WFP) have run a joint programme that links youth mills to WFP’s school-feeding purchases. FAO advises on seed, WFP buys the rice, the ILO handles skills and working conditions.')
d.p('In March 2025, Njala University, the Ministry of Technical and Higher Education and the ILO signed a framework agreement for a national certificate in rice machinery maintenance. The first 60 students start in January.')
d.p('The Sierra Leone Labour Congress (SLLC) concluded memoranda of understanding with the Bo District Council and the Kenema District Council in 2024: both councils now refer young mill workers to SLLC’s rural desk when wages go unpaid.')
d.h('What comes next', h2)
d.p('In 2026 the programme will hand its training curriculum to district councils and publish a cost study of youth mills.')
d.add(FrameBreak())
d.h('Results against targets', h2)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), GREEN), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#bbbbbb')), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)])
d.tab([['Indicator', 'Target', '2025']], [['Youth trained', '2,000', '1,840'], ['In work after 6 months', '70 %', '76 %'], ['Women among trainees', '50 %', '62 %'], ['Mills meeting safety checklist', '40', '44']],
      cell, cellh, [34*mm, 15*mm, 15*mm], ts, caption='Figures: YES-Rice monitoring; district population data from Statistics Sierra Leone (Stats SL).', capst=small)
d.q('I used to carry bags for other people. Now my cooperative owns the mill and I sign the payslips.', 'Fatmata Kamara', 'manager, Gbo youth mill, Bo District', qst, qw)
d.h('Suppliers and lenders', h2)
d.p('The Sierra Leone Agricultural Research Institute (SLARI) supplies certified seed under a purchase contract. Rokel Commercial Bank has discussed a youth loan window; nothing has been signed.', small)
d.h('Contact', h2)
d.contact('Mohamed Sesay', 'sesaym@ilo.org', '+232 76 600 421')
d.P
for s in ['Mohamed Sesay', d.ign('Chief Technical Adviser, YES-Rice'), d.ign('Tel.: +232 76 600 421'), 'Email: sesaym@ilo.org', d.link('www.ilo.org/africa')]:
    d.add(d.P(s, small))
d.orgs(('Food and Agriculture Organization of the United Nations', 'FAO'), ('World Food Programme', 'WFP'), 'European Union', 'ILO', 'Njala University', 'Ministry of Technical and Higher Education',
       ('Sierra Leone Labour Congress', 'SLLC'), 'Bo District Council', 'Kenema District Council', ('Statistics Sierra Leone', 'Stats SL'), ('Sierra Leone Agricultural Research Institute', 'SLARI'),
       'Rokel Commercial Bank', 'ILO Country Office for Liberia and Sierra Leone', 'Gbo youth mill')
d.countries('SL', 'LR')
d.ps(['European Union', 'ILO'], 'funding', 2022, 2026)
d.ps(['ILO', 'FAO', 'WFP'], 'programme', 2024)
d.ps(['Njala University', 'Ministry of Technical and Higher Education', 'ILO'], 'cooperation_agreement', 2025)
d.ps(['SLLC', 'Bo District Council'], 'memorandum_of_understanding', 2024)
d.ps(['SLLC', 'Kenema District Council'], 'memorandum_of_understanding', 2024)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
