from common import *
rl_setup()
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle as PS
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Spacer, NextPageTemplate, PageBreak, TableStyle, KeepTogether, FrameBreak
GREEN, OCH = colors.HexColor('#0B6E4F'), colors.HexColor('#F2A541')
b = RL('blind6-03-en-mechanic-apprentices', 'en', 'reportlab', 'blind-a5-booklet', 'informal apprenticeship upgrading')
body = PS('b', fontName='DV', fontSize=8.6, leading=11.6, spaceAfter=4)
h1 = PS('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=GREEN, spaceBefore=6, spaceAfter=3)
h2 = PS('h2', fontName='DVB', fontSize=9, leading=11, textColor=colors.black, spaceBefore=4, spaceAfter=2)
small = PS('s', parent=body, fontSize=7.2, leading=9, textColor=colors.HexColor('#555555'))
tit = PS('t', fontName='DVB', fontSize=23, leading=27, textColor=colors.white)
sub = PS('sub', fontName='DV', fontSize=11, leading=14, textColor=colors.white)
kick = PS('k', fontName='DVB', fontSize=8, leading=10, textColor=OCH)
qst = PS('q', fontName='DVSI', fontSize=11, leading=14.5, textColor=GREEN, spaceBefore=6)
qw = PS('qw', parent=small, spaceAfter=6)
tile = PS('tile', fontName='DVB', fontSize=20, leading=22, textColor=GREEN)
W, Hh = A5
FOOT = 'Upgrading informal apprenticeship · Lagos'
furn = {}
def cover(c, d):
    c.saveState(); c.setFillColor(GREEN); c.rect(0, Hh * 0.42, W, Hh * 0.58, stroke=0, fill=1)
    c.setFillColor(OCH); c.rect(0, Hh * 0.42 - 4 * mm, W, 4 * mm, stroke=0, fill=1); c.restoreState()
def inner(c, d):
    n = d.page; c.saveState(); c.setFont('DV', 7); c.setFillColor(colors.HexColor('#666666'))
    c.drawString(14 * mm, 9 * mm, furn[n][0]); c.drawRightString(W - 14 * mm, 9 * mm, furn[n][1])
    c.setStrokeColor(OCH); c.setLineWidth(1.5); c.line(14 * mm, 12.5 * mm, W - 14 * mm, 12.5 * mm); c.restoreState()
def back(c, d):
    c.saveState(); c.setFillColor(colors.HexColor('#EAF3EF')); c.rect(0, 0, W, Hh * 0.36, stroke=0, fill=1); c.restoreState(); inner(c, d)
M = 14 * mm
doc = BaseDocTemplate(f'{D}/{b.id}.pdf', pagesize=A5, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=16 * mm, title='Learning on the job, properly', author='ILO')
doc.addPageTemplates([
    PageTemplate('cover', [Frame(M, Hh * 0.45, W - 2 * M, Hh * 0.52, id='c1'), Frame(M, 14 * mm, W - 2 * M, Hh * 0.40 - 16 * mm, id='c2')], onPage=cover),
    PageTemplate('inner', [Frame(M, 16 * mm, W - 2 * M, Hh - 30 * mm, id='i')], onPage=inner),
    PageTemplate('back', [Frame(M, Hh * 0.38, W - 2 * M, Hh * 0.62 - 14 * mm, id='b1'), Frame(M, 16 * mm, W - 2 * M, Hh * 0.36 - 20 * mm, id='b2')], onPage=back)])
# cover
b.add(Spacer(1, 16 * mm)); b.i('International Labour Organization · Country Office for Nigeria, Ghana, Liberia and Sierra Leone', PS('k2', parent=kick, textColor=colors.white))
b.add(Spacer(1, 10 * mm)); b.T('Learning on the job, properly', tit)
b.add(Spacer(1, 4 * mm)); b.p('Upgrading informal apprenticeships for motor mechanics in Lagos, 2024–2026', sub)
b.add(FrameBreak())
from reportlab.platypus import Table
tiles = [['640', '118', '31%'], ['apprentices enrolled', 'master craftspersons trained', 'apprentices who are young women']]
for r in tiles:
    for x in r: b.ign(x)
tt = Table([[b.P(x, tile) for x in tiles[0]], [b.P(x, small) for x in tiles[1]]], colWidths=[(W - 2 * M) / 3] * 3)
tt.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBEFORE', (1, 0), (-1, -1), 0.6, OCH)]))
b.add(tt, Spacer(1, 6 * mm)); b.i('Figures at 30 September 2025.', small)
b.add(NextPageTemplate('inner'), PageBreak())
# page 2
furn[2] = (b.furn(FOOT), b.furn('2'))
b.h('Why apprenticeships?', h1)
b.p('Most of the mechanics who keep Lagos moving learned their trade under a master in a roadside workshop. The system trains tens of thousands of young people every year, at almost no cost to the state, but it has gaps: training can last five years or more, there is no common standard, and the certificate a master gives is not recognized outside the workshop.', body)
b.p('Vehicles have changed faster than the training. Fuel injection, on-board diagnostics and, more and more, gas-powered and hybrid cars now reach the workshops of Ladipo and Ojota.', body)
b.h('What the programme changes', h1)
b.h('For apprentices', h2)
b.ul(['A written agreement with the master, stating duration, pocket money and hours.', ('Two days a month at a partner technical college for:', ['electrical systems and diagnostics', 'workshop safety and handling of used oil']), 'A recognized trade test at the end.'], body)
b.h('For master craftspersons', h2)
b.ul(['A short course on teaching a trade and on keeping workshop records.', 'Access to a shared diagnostic scanner in each cluster.'], body)
b.add(Spacer(1, 2 * mm)); b.q('My boys now learn the scanner at the college and they teach me back. The customers notice.', 'Mrs Folake Adeyemi', 'master mechanic, Ojota cluster', qst, qw)
b.add(NextPageTemplate('back'), PageBreak())
# page 3
furn[3] = (b.furn(FOOT), b.furn('3'))
b.h('Working together', h1)
b.p('The programme runs thanks to funding from the Swedish International Development Cooperation Agency (Sida), agreed with the ILO for 2024–2026.', body)
b.p('In Lagos, the rules of the game are set by a memorandum of understanding signed in February 2024 by three parties: the Lagos State Ministry of Wealth Creation and Employment, the Lagos State Automobile Technicians’ Association (LASATA) and the ILO.', body)
b.p('Trade testing builds on existing arrangements. The National Board for Technical Education (NBTE) and the Industrial Training Fund (ITF) first concluded a cooperation agreement on the certification of skills in 2019, and renewed it in 2025 to include apprentices from the informal sector.', body)
b.p('Spare parts are a constant worry for small workshops. The Lekki Auto Parts Cooperative Society signed a letter of intent with LASATA last year, in 2025, to supply apprentices’ training kits at cost.', body)
b.p('The Nigeria Employers’ Consultative Association (NECA) and the Federal Ministry of Labour and Employment sit on the advisory board.', body)
b.add(FrameBreak())
b.h('Contact', h2)
b.add(b.P('Chinedu Okafor', PS('cn', parent=body, fontName='DVB', spaceAfter=0))); b.contact('Chinedu Okafor', 'okafor@ilo.org', '+234 9 461 8830')
for x in ['Apprenticeship Specialist', 'ILO Office, Plot 617/618 Diplomatic Zone, Abuja', 'Tel.: +234 9 461 8830', 'Email: okafor@ilo.org']: b.i(x, PS('c', parent=body, spaceAfter=0))
b.add(Spacer(1, 2 * mm)); b.add(b.P(b.link('www.ilo.org/abuja'), body))
doc.build(b.story)
b.orgs(('International Labour Organization', 'ILO'), ('Country Office for Nigeria, Ghana, Liberia and Sierra Leone',), ('Swedish International Development Cooperation Agency', 'Sida'),
       ('Lagos State Ministry of Wealth Creation and Employment',), ('Lagos State Automobile Technicians’ Association', 'LASATA'),
       ('National Board for Technical Education', 'NBTE'), ('Industrial Training Fund', 'ITF'), ('Lekki Auto Parts Cooperative Society',),
       ('Nigeria Employers’ Consultative Association', 'NECA'), ('Federal Ministry of Labour and Employment',))
b.countries('NG', 'GH', 'LR', 'SL')
b.ps(['Sida', 'ILO'], 'funding', 2024, 2026)
b.ps(['Lagos State Ministry of Wealth Creation and Employment', 'LASATA', 'ILO'], 'memorandum_of_understanding', 2024)
b.ps(['NBTE', 'ITF'], 'cooperation_agreement', 2019)
b.ps(['Lekki Auto Parts Cooperative Society', 'LASATA'], 'letter_of_intent', 2025)
b.finish(f'{D}/{b.id}.pdf')
import shutil; shutil.copy(__file__, f'{D}/{b.id}.py')
