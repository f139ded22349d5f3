from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, FrameBreak,
                                ListFlowable, ListItem, NextPageTemplate, PageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = '/usr/share/fonts/truetype/dejavu/'
for n, f in [('DV', 'DejaVuSans'), ('DVB', 'DejaVuSans-Bold'), ('DVC', 'DejaVuSansCondensed'),
             ('DVCB', 'DejaVuSansCondensed-Bold'), ('DVS', 'DejaVuSerif-Italic')]:
    pdfmetrics.registerFont(TTFont(n, D + f + '.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DVC', 0, 0, 'DVC'); addMapping('DVC', 1, 0, 'DVCB'); addMapping('DVC', 0, 1, 'DVC'); addMapping('DVC', 1, 1, 'DVCB')

ID = 'blind4-06-en-labour-force-survey'
t = Truth(ID, 'reportlab', 'blind-event-flyer-agenda', 'labour statistics', 'en', 2,
          'Lao Labour Force Survey 2024: launch of the results')
E = esc
RED = colors.HexColor('#c8102e'); NAVY = colors.HexColor('#1b2a4a'); GOLD = colors.HexColor('#f0b323')
GREY = colors.HexColor('#f2f2f2')
body = ParagraphStyle('b', fontName='DVC', fontSize=9.2, leading=12.6, spaceAfter=4)
hd = ParagraphStyle('h', parent=body, fontName='DVCB', textColor=RED, spaceBefore=7, spaceAfter=2)
cell = ParagraphStyle('c', parent=body, fontSize=8.6, leading=11, spaceAfter=0)
cellb = ParagraphStyle('cb', parent=cell, fontName='DVCB', textColor=colors.white)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10.5)

kick = t.ign('INVITATION · PUBLIC LAUNCH')
sub = t.p('Lao Statistics Bureau and International Labour Organization')
date_big = t.ign('20'); t.ign('NOV'); t.ign('2025')
when = t.ign('Thursday 20 November 2025, 08:30–12:30'); where = t.ign('Lao-ITECC Convention Hall B, Vientiane')
FOOT = 'Launch of the Lao Labour Force Survey 2024 · Vientiane, 20 November 2025'

S = []
S.append(Paragraph(E(t.h('Why attend', 1)), hd))
S.append(Paragraph(E(t.p('The 2024 Labour Force Survey interviewed 12,300 households in all 18 provinces. It is the '
                         'first survey in the Lao PDR to use the 2013 international definitions of work and '
                         'employment, and the first to measure informal employment in every sector.')), body))
S.append(Paragraph(E(t.p('The launch presents the main results and invites government, employers, workers and '
                         'development partners to discuss what they mean for policy.')), body))
S.append(Paragraph(E(t.h('Programme', 1)), hd))
ah, ar = t.table([['Time', 'Session', 'Speakers']],
                 [['08:30', 'Registration and coffee', ''],
                  ['09:00', 'Opening remarks', 'Vice-Minister of Planning and Investment; ILO Country Coordinator'],
                  ['09:20', 'Main results of the 2024 survey', 'Head of the Social Statistics Department, LSB'],
                  ['10:00', 'Informal employment and youth: a closer look', 'ILO labour statistician'],
                  ['10:30', 'Break', ''],
                  ['10:45', 'Panel: using the results for the 2026–2030 employment strategy',
                   'MoLSW, LFTU, LNCCI and KOSTAT'],
                  ['12:00', 'Questions from the floor and closing', 'LSB'],
                  ['12:30', 'Lunch', '']])
rows = [[Paragraph(E(c), cellb) for c in ah[0]]] + [[Paragraph(E(c), cell) for c in r] for r in ar]
S.append(Table(rows, colWidths=[18 * mm, 78 * mm, 74 * mm], repeatRows=1,
               style=[('BACKGROUND', (0, 0), (-1, 0), NAVY), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                      ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#9a9a9a')),
                      ('BACKGROUND', (0, 5), (-1, 5), GREY), ('BACKGROUND', (0, 1), (-1, 1), GREY),
                      ('BACKGROUND', (0, 8), (-1, 8), GREY),
                      ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
S.append(Paragraph(E(t.ign('Interpretation Lao–English will be provided.')), small))
S.append(Paragraph(E(t.h('How to register', 1)), hd))
S.append(Paragraph(E(t.p('Places are limited to 180. Please register by 13 November 2025 at ' +
                         t.link('www.lsb.gov.la/lfs2024') + ' or by email.')), body))
S.append(PageBreak())
S.append(Paragraph(E(t.h('First results at a glance', 1)), hd))
for a, b in [('Labour force participation rate', '61.8 %'), ('Unemployment rate', '2.7 %'),
             ('Youth not in employment, education or training', '19.4 %'), ('Informal employment', '82.6 %')]:
    t.ign(a); t.ign(b)
big = ParagraphStyle('big', parent=cell, fontName='DVB', fontSize=17, leading=21, textColor=RED)
kf = Table([[[Paragraph(b, big), Paragraph(E(a), cell)]
             for a, b in [('Labour force participation rate', '61.8 %'), ('Unemployment rate', '2.7 %'),
                          ('Youth not in employment, education or training', '19.4 %'), ('Informal employment', '82.6 %')]]],
           colWidths=[42.5 * mm] * 4, style=[('BOX', (0, 0), (-1, -1), 0.6, NAVY), ('INNERGRID', (0, 0), (-1, -1), 0.6, NAVY),
                                              ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)])
S.append(kf)
S.append(Paragraph(E(t.ign('Provisional figures, persons aged 15 and over.')), small))
S.append(Paragraph(E(t.h('Partners', 1)), hd))
for x in ['The survey was carried out by the Lao Statistics Bureau (LSB) with technical support from the ILO, and '
          'financed by the World Bank between 2023 and 2025.',
          'The LSB and the Ministry of Labour and Social Welfare (MoLSW) set up a joint working group on labour market '
          'information in 2022. A memorandum of understanding followed in 2023, giving the Ministry regular access to '
          'the survey microdata.',
          'Statistics Korea (KOSTAT) trained the LSB’s field supervisors under a cooperation agreement signed with '
          'the Bureau in 2023. UN Women added a module on unpaid care work through a partnership with the LSB in 2024.',
          'The Lao Federation of Trade Unions (LFTU) and the Lao National Chamber of Commerce and Industry (LNCCI) '
          'sat on the survey’s advisory committee. The tablets used by the 240 interviewers were supplied by '
          'Mekong Data Systems Co., Ltd.',
          'In 2025 the National University of Laos signed a letter of intent with the LSB to open a short course in '
          'labour statistics for civil servants.']:
    S.append(Paragraph(E(t.p(x)), body))
S.append(Paragraph(E(t.h('What the results will be used for', 1)), hd))
fl = []
for main, subs in [('the 2026–2030 national employment strategy', ['targets for youth employment', 'a first target on informality']),
                   ('the review of the minimum wage in 2026', []), ('reporting on SDG indicator 8.3.1', [])]:
    items = [Paragraph(E(t.b(main)), body)]
    if subs:
        items.append(ListFlowable([ListItem(Paragraph(E(t.b(s, 2)), body), leftIndent=10) for s in subs],
                                  bulletType='bullet', start='–', leftIndent=10))
    fl.append(ListItem(items, leftIndent=10))
S.append(ListFlowable(fl, bulletType='bullet', start='●', bulletColor=RED, bulletFontSize=6, leftIndent=10))
S.append(Paragraph(E(t.h('Contact', 1)), hd))
cn1 = 'Souphaphone Keomany'; cn2 = 'Daniel Okafor'
c1 = [t.ign('Lao Statistics Bureau, Social Statistics Department'), t.ign('Tel. +856 21 214 740'), t.ign('Email: souphaphone.k@lsb.gov.la')]
c2 = [t.ign('ILO Liaison Office for Lao PDR, Vientiane'), t.ign('Tel. +856 21 267 760'), t.ign('Email: okafor@ilo.org')]
t.ign(cn1); t.ign(cn2)
t.contact(cn1, 'souphaphone.k@lsb.gov.la', '+856 21 214 740'); t.contact(cn2, 'okafor@ilo.org', '+856 21 267 760')
S.append(Table([[Paragraph(f'<b>{cn1}</b><br/>' + '<br/>'.join(E(x) for x in c1), small),
                 Paragraph(f'<b>{cn2}</b><br/>' + '<br/>'.join(E(x) for x in c2), small)]],
               colWidths=[85 * mm, 85 * mm], style=[('BACKGROUND', (0, 0), (-1, -1), GREY), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                                    ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))

def onpage(c, doc):
    w, h = A4; n = c.getPageNumber()
    if n == 1:
        c.setFillColor(NAVY); c.rect(0, h - 95 * mm, w, 95 * mm, stroke=0, fill=1)
        c.setFillColor(GOLD); c.setFont('DVCB', 9); c.drawString(20 * mm, h - 15 * mm, kick.upper())
        c.setFillColor(colors.white); c.setFont('DVCB', 27)
        c.drawString(20 * mm, h - 32 * mm, 'Lao Labour Force Survey 2024:')
        c.drawString(20 * mm, h - 44 * mm, 'launch of the results')
        c.setFont('DVC', 11); c.drawString(20 * mm, h - 55 * mm, sub)
        # date badge
        c.setFillColor(RED); c.rect(20 * mm, h - 88 * mm, 28 * mm, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('DVB', 30); c.drawCentredString(34 * mm, h - 73 * mm, '20')
        c.setFont('DVB', 10); c.drawCentredString(34 * mm, h - 80 * mm, 'NOV'); c.drawCentredString(34 * mm, h - 85 * mm, '2025')
        c.setFont('DVC', 10.5); c.drawString(54 * mm, h - 70 * mm, when); c.drawString(54 * mm, h - 77 * mm, where)
        # little bar motif
        c.setFillColor(GOLD)
        for i, v in enumerate([10, 16, 13, 21, 18, 26]): c.rect(w - 70 * mm + i * 8 * mm, h - 88 * mm, 5 * mm, v * mm, stroke=0, fill=1)
    c.setStrokeColor(RED); c.setLineWidth(0.6); c.line(20 * mm, 14 * mm, w - 20 * mm, 14 * mm)
    c.setFillColor(NAVY); c.setFont('DVC', 7.5); c.drawString(20 * mm, 10 * mm, FOOT)
    c.drawRightString(w - 20 * mm, 10 * mm, str(n))

doc = BaseDocTemplate(f'{HERE}/{ID}.pdf', pagesize=A4, title=t.title, author='ILO')
doc.addPageTemplates([PageTemplate('p1', [Frame(20 * mm, 18 * mm, 170 * mm, A4[1] - 95 * mm - 22 * mm)], onPage=onpage,
                                   autoNextPageTemplate='p2'),
                      PageTemplate('p2', [Frame(20 * mm, 18 * mm, 170 * mm, A4[1] - 18 * mm - 15 * mm)], onPage=onpage)])
doc.build(S)
t.furn(FOOT, '1', FOOT, '2')
for n, a in [('Lao Statistics Bureau', 'LSB'), ('International Labour Organization', 'ILO'),
             ('Ministry of Labour and Social Welfare', 'MoLSW'), ('Statistics Korea', 'KOSTAT'), ('UN Women', None),
             ('Lao Federation of Trade Unions', 'LFTU'), ('Lao National Chamber of Commerce and Industry', 'LNCCI'),
             ('World Bank', None), ('Mekong Data Systems Co., Ltd.', None), ('National University of Laos', None),
             ('ILO Liaison Office for Lao PDR', None)]:
    t.org(n, a)
t.part(['World Bank', 'LSB'], 'funding', 2023)
t.part(['LSB', 'MoLSW'], 'memorandum_of_understanding', 2023)
t.part(['KOSTAT', 'LSB'], 'cooperation_agreement', 2023)
t.part(['UN Women', 'LSB'], 'partnership', 2024)
t.part(['National University of Laos', 'LSB'], 'letter_of_intent', 2025)
t.countries('LA', 'KR')
finish(t)
