import sys; sys.path.insert(0, '/work/blind7')
from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, NextPageTemplate, Spacer, TableStyle
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
W, Hh = A4
d = RL('blind7-02-en-social-security-erbil', 'en', 'reportlab', 'blind-data-sheet', 'social security coverage in the private sector')
NAVY = colors.HexColor('#0d3b66'); SAND = colors.HexColor('#f4d35e')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.4, spaceAfter=4); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=21, leading=25, textColor=colors.white)
sub = ParagraphStyle('s', fontName='DVI', fontSize=10, leading=13, textColor=colors.white)
kick = ParagraphStyle('k', fontName='DVB', fontSize=8, textColor=SAND, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10.5, leading=13, textColor=NAVY, spaceBefore=6, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9, leading=11, textColor=colors.HexColor('#ee964b'), spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DV', fontSize=7.8, leading=9.5); cellh = ParagraphStyle('ch', fontName='DVB', fontSize=7.8, leading=9.5, textColor=colors.white)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=7, leading=9, textColor=colors.grey, spaceAfter=6)
small = ParagraphStyle('sm', fontName='DV', fontSize=7.8, leading=10)
FUR = ['ILO Iraq · Data sheet No. 4', 'Social security in the private sector · Kurdistan Region']
def deco(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(NAVY); c.rect(0, Hh - 62*mm, W, 62*mm, fill=1, stroke=0)
    c.setFont('DV', 7); c.setFillColor(colors.grey)
    c.drawString(15*mm, 8*mm, FUR[0]); c.drawRightString(W - 15*mm, 8*mm, f'{FUR[1]} · {doc.page}')
    c.setStrokeColor(NAVY); c.line(15*mm, 11*mm, W - 15*mm, 11*mm); c.restoreState()
cw = (W - 30*mm - 7*mm) / 2
f_title = Frame(15*mm, Hh - 58*mm, W - 30*mm, 50*mm, id='t')
c1 = Frame(15*mm, 14*mm, cw, Hh - 78*mm, id='c1'); c2 = Frame(15*mm + cw + 7*mm, 14*mm, cw, Hh - 78*mm, id='c2')
p1 = Frame(15*mm, 14*mm, cw, Hh - 28*mm, id='p1'); p2 = Frame(15*mm + cw + 7*mm, 14*mm, cw, Hh - 28*mm, id='p2')
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Who is covered? Social security for private-sector workers in Erbil', author='ILO')
doc.addPageTemplates([PageTemplate('first', [f_title, c1, c2], onPage=deco), PageTemplate('later', [p1, p2], onPage=deco)])
d.i('DATA SHEET · KURDISTAN REGION OF IRAQ', kick)
d.T('Who is covered? Social security for private-sector workers in Erbil', tit)
d.p('Key figures from the “Coverage Counts” project, 2022–2025', sub)
d.add(FrameBreak(), NextPageTemplate('later'))
d.furn(FUR[0]); d.furn(FUR[1] + ' · 1')
d.h('1 The coverage gap', h1)
d.p('Fewer than one private-sector worker in five in Erbil governorate contributes to the pension and social security scheme. Most of those outside it work in construction, hotels and small shops, often on verbal contracts.')
d.p('The “Coverage Counts” project of the International Labour Organization (ILO) helps the Kurdistan Region register these workers and their employers, and improves the way contributions are collected.')
dr = Drawing(cw, 150)
bc = VerticalBarChart(); bc.x = 28; bc.y = 30; bc.width = cw - 40; bc.height = 100
bc.data = [[4.1, 5.0, 6.3, 8.2], [1.2, 1.6, 2.4, 3.5]]
bc.categoryAxis.categoryNames = ['2022', '2023', '2024', '2025']
bc.categoryAxis.labels.fontName = 'DV'; bc.categoryAxis.labels.fontSize = 7
bc.valueAxis.valueMin = 0; bc.valueAxis.valueMax = 10; bc.valueAxis.valueStep = 2; bc.valueAxis.labels.fontName = 'DV'; bc.valueAxis.labels.fontSize = 7
bc.bars[0].fillColor = NAVY; bc.bars[1].fillColor = SAND
dr.add(bc)
lg = Legend(); lg.x = 34; lg.y = 14; lg.fontName = 'DV'; lg.fontSize = 7; lg.alignment = 'right'; lg.columnMaximum = 1; lg.dx = 7; lg.dy = 7; lg.deltax = 60
lg.colorNamePairs = [(NAVY, 'Men'), (SAND, 'Women')]; dr.add(lg)
dr.add(String(2, 138, 'Thousands of contributors', fontName='DV', fontSize=7))
for s in ['2022', '2023', '2024', '2025', 'Men', 'Women', 'Thousands of contributors']: d.ign(s)
d.add(dr)
d.i('Figure 1. New contributors registered each year, by sex (thousands).', cap)
d.h('2 Where the new contributors work', h1)
d.tab([['Sector', 'Registered 2025', 'Share women']], [['Construction', '4 900', '3%'], ['Hotels and restaurants', '3 100', '22%'], ['Retail', '2 600', '41%'], ['Private schools', '1 100', '68%']], cell, cellh, [cw*0.46, cw*0.28, cw*0.26],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.lightgrey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]),
      caption='Table 1. Source: pension and social security directorate, Erbil; ILO calculations.', capst=cap)
d.h('3 Who makes it happen', h1)
d.p('The European Union finances the project through a contribution agreement with the ILO for 2024–2027, which took over from a smaller first phase.')
d.p('The Ministry of Labour and Social Affairs of the Kurdistan Regional Government (MOLSA) signed a memorandum of understanding with the ILO in Erbil in March 2024. Under it, MOLSA’s inspectors and the project’s registration teams visit workplaces together.')
d.add(FrameBreak()); d.h('Employers and unions', h2)
d.p('A framework agreement on extending coverage to construction and hotels was concluded in 2025 by four parties: the General Federation of Iraqi Workers (GFIW), the Kurdistan Union of Industries, the Erbil Chamber of Commerce and Industry, and MOLSA.')
d.h('Within the United Nations', h2)
d.p('UNDP and the ILO run a joint programme, “Social Protection Bridge”, from 2023 to 2025; it finances the new online payment portal. Household survey data come from the Kurdistan Region Statistics Office (KRSO) and the World Bank, which are not parties to the project.')
d.h('4 What the figures mean', h1)
d.ul(['Registrations more than doubled between 2022 and 2025.', ('Women remain a minority of contributors:', ['fewer than one in four new members in 2025;', 'most of them in schools and retail.']), 'Construction firms register more often once inspectors visit.'], body)
d.h('5 Method notes', h1)
d.p('Figures are administrative records for Erbil governorate only. A contributor is counted once, in the year of first registration.')
d.h('Contact', h2)
d.contact('Darya Kareem', 'kareem@ilo.org', '+964 750 123 4400')
for s in ['Darya Kareem, National Project Coordinator', 'ILO Office, Gulan Street, Erbil, Iraq', 'Tel.: +964 750 123 4400', 'Email: kareem@ilo.org']: d.i(s, small)
d.link('www.ilo.org/beirut'); d.add(d.P('www.ilo.org/beirut', small))
doc.build(d.story)
d.orgs(('International Labour Organization', 'ILO'), 'European Union', ('Ministry of Labour and Social Affairs of the Kurdistan Regional Government', 'MOLSA'), ('General Federation of Iraqi Workers', 'GFIW'), 'Kurdistan Union of Industries', 'Erbil Chamber of Commerce and Industry', 'UNDP', ('Kurdistan Region Statistics Office', 'KRSO'), 'World Bank', 'ILO Iraq')
d.countries('IQ')
d.ps(['European Union', 'ILO'], 'funding', 2024, 2027)
d.ps(['MOLSA', 'ILO'], 'memorandum_of_understanding', 2024)
d.ps(['GFIW', 'Kurdistan Union of Industries', 'Erbil Chamber of Commerce and Industry', 'MOLSA'], 'cooperation_agreement', 2025)
d.ps(['UNDP', 'ILO'], 'programme', 2023, 2025)
d.finish(f'{D}/{d.id}.pdf')
