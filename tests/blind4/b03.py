from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = '/usr/share/fonts/truetype/liberation2/'
for n, f in [('LS', 'LiberationSans-Regular'), ('LSB', 'LiberationSans-Bold'), ('LSI', 'LiberationSans-Italic'),
             ('LSe', 'LiberationSerif-Italic')]:
    pdfmetrics.registerFont(TTFont(n, L + f + '.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LSB'); addMapping('LS', 0, 1, 'LSI')

ID = 'blind4-03-en-wage-protection'
t = Truth(ID, 'reportlab', 'blind-qa-leaflet', 'wage protection', 'en', 2, 'Paid on time, paid in full')
E = esc
TEAL = colors.HexColor('#0f6e73'); PLUM = colors.HexColor('#7a2e5c'); PALE = colors.HexColor('#e7f2f2')
body = ParagraphStyle('b', fontName='LS', fontSize=9.6, leading=13.2, spaceAfter=5)
qst = ParagraphStyle('q', parent=body, fontName='LSB', textColor=PLUM, spaceBefore=6, spaceAfter=2)
sec = ParagraphStyle('s', parent=body, fontName='LSB', fontSize=9.6, textColor=colors.white, backColor=TEAL,
                     borderPadding=(2, 4, 2, 4), spaceBefore=10, spaceAfter=6)
quote = ParagraphStyle('qu', parent=body, fontName='LSe', fontSize=13, leading=17, textColor=TEAL)
small = ParagraphStyle('sm', parent=body, fontSize=8.4, leading=11)

kick = t.ign('Questions and answers · International Labour Organization, Pretoria')
sub = t.p('How the move to digital wage payments protects garment workers in Lesotho')
FURN_H = 'Digital wages in Lesotho’s garment sector · Questions and answers'

story = []
story.append(Paragraph(E(sub), ParagraphStyle('sub', parent=body, fontSize=12, leading=16, textColor=TEAL, spaceAfter=8)))
intro = t.p('About 36,000 people, most of them women, sew clothes in Lesotho’s factories for export to South Africa and '
            'the United States. Until 2023 nearly all of them were paid in cash, in envelopes, on Friday afternoons.')
story.append(Paragraph(E(intro), body))

def S(text):
    story.append(Paragraph(E(t.h(text, 1, True)).upper(), sec))
def Q(text):
    story.append(Paragraph(E(t.h(text, 2)), qst))
def A(text):
    story.append(Paragraph(E(t.p(text)), body))
def BL(items):
    fl = []
    for it in items:
        if isinstance(it, tuple):
            main, subs = it
            inner = ListFlowable([ListItem(Paragraph(E(t.b(s, 2)), body), leftIndent=12) for s in subs],
                                 bulletType='bullet', start='–', leftIndent=12, bulletFontName='LS')
            fl.append(ListItem([Paragraph(E(t.b(main)), body), inner], leftIndent=12))
        else:
            fl.append(ListItem(Paragraph(E(t.b(it)), body), leftIndent=12))
    story.append(ListFlowable(fl, bulletType='bullet', start='■', bulletFontName='LS', bulletFontSize=6,
                              bulletColor=PLUM, leftIndent=12))

S('The basics')
Q('What is changing?')
A('Factories are moving from cash envelopes to payment into a bank account or a mobile-money wallet in the '
  'worker’s own name. Wages must reach the worker by the last working day of the month.')
Q('Do I have to open a bank account?')
A('No. You can choose between:')
BL([('a mobile-money wallet, opened at the factory gate in ten minutes', ['no minimum balance', 'free to receive your wage']),
    'a basic bank account at any of four banks',
    'cash, for one more year, if you ask your employer in writing'])
Q('Who pays the fees?')
A('The employer pays the fee for sending the wage. Your first two cash withdrawals each month are free.')

S('Your rights')
Q('What must my payslip show?')
BL(['hours worked, including overtime and night work', 'the wage rate and the gross wage',
    'every deduction, with its reason', 'the net amount paid and the date it was paid'])
Q('What if my wage is late or short?')
A('Talk first to your shop steward. If the problem is not solved within seven days, you can complain to the '
  'Labour Inspectorate, by phone or at a district labour office, free of charge.')

qt = t.q('With cash, someone always knew which day we were carrying our wages home. Now the money waits for me on '
         'my phone.', 'Mpho Letsie', 'machinist, Thetsane industrial area')

S('Who is behind the scheme')
A('The scheme belongs to the Ministry of Labour and Employment of Lesotho. It is supported by a joint programme of '
  'the ILO and the United Nations Capital Development Fund (UNCDF) for 2024–2027.')
A('The United Kingdom finances the joint programme through the Foreign, Commonwealth & Development Office (FCDO).')
A('The Central Bank of Lesotho (CBL) and the Ministry signed a memorandum of understanding in August 2024 on the '
  'supervision of payroll payments.')
A('Maluti Mobile Money was chosen in 2024 as the first payment provider. In February 2025 it signed a cooperation '
  'agreement with the Lesotho Textile Exporters’ Association (LTEA) that caps its fees at 1 per cent of the wage.')
A('The Lesotho Garment and Allied Workers’ Union (LEGAWU) trains shop stewards to check payslips, with the help of '
  'the Lesotho Financial Literacy Network, an NGO.')

S('Key dates')
kh, kr = t.table([['When', 'What happens']],
                 [['March 2024', 'First three factories pay wages digitally'],
                  ['January 2025', 'All factories with more than 500 workers'],
                  ['January 2026', 'All garment and footwear factories'],
                  ['December 2026', 'End of the cash option']])
story.append(Table([[Paragraph('<b>' + E(c) + '</b>', body) for c in kh[0]]] + [[Paragraph(E(c), body) for c in r] for r in kr],
                   colWidths=[40 * mm, 130 * mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'),
                   ('LEFTPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
S('Contact')
cn = 'Palesa Mokhothu'
crole = t.ign('Wage Protection Officer, ILO Project Office, Maseru')
ctel = t.ign('Tel. +266 2231 4400'); cmail = t.ign('Email: mokhothu@ilo.org')
hot = t.ign('Labour Inspectorate hotline: 8008 2020')
url = t.link('www.ilo.org/pretoria/digitalwages')
t.contact(cn, 'mokhothu@ilo.org', '+266 2231 4400'); t.ign(cn)
story.append(Table([[Paragraph(f'<b>{E(cn)}</b><br/>{E(crole)}<br/>{E(ctel)}<br/>{E(cmail)}', small),
                     Paragraph(f'{E(hot)}<br/>{E(url)}', small)]], colWidths=[95 * mm, 75 * mm],
                   style=[('BACKGROUND', (0, 0), (-1, -1), PALE), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                          ('LEFTPADDING', (0, 0), (-1, -1), 6), ('TOPPADDING', (0, 0), (-1, -1), 6),
                          ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))

# put the quote box after the rights section
qbox = Table([[Paragraph('“' + E(qt) + '”', quote)],
              [Paragraph('<b>Mpho Letsie</b>, machinist, Thetsane industrial area', small)]],
             colWidths=[170 * mm], style=[('LINEBEFORE', (0, 0), (0, -1), 3, PLUM), ('LEFTPADDING', (0, 0), (-1, -1), 10)])
idx = [i for i, f in enumerate(story) if isinstance(f, Paragraph) and 'WHO IS BEHIND' in f.text][0]
story.insert(idx, Spacer(1, 4)); story.insert(idx, qbox)

furn = []
def onpage(c, doc):
    w, h = A4
    n = c.getPageNumber()
    if n == 1:
        c.setFillColor(TEAL); c.rect(0, h - 62 * mm, w, 62 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('LS', 9); c.drawString(20 * mm, h - 16 * mm, kick)
        c.setFont('LSB', 30); c.drawString(20 * mm, h - 38 * mm, t.title)
        c.setFillColor(colors.HexColor('#f2c14e'))
        for i in range(6): c.circle(w - 30 * mm - i * 9 * mm, h - 48 * mm, 3 * mm, stroke=0, fill=1)
    else:
        c.setFillColor(TEAL); c.setFont('LS', 8); c.drawString(20 * mm, h - 12 * mm, FURN_H)
        c.setStrokeColor(TEAL); c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
    c.setFillColor(colors.grey); c.setFont('LS', 8)
    c.drawRightString(w - 20 * mm, 10 * mm, f'{n} / 2')

doc = BaseDocTemplate(f'{HERE}/{ID}.pdf', pagesize=A4, title=t.title, author='ILO')
f1 = Frame(20 * mm, 16 * mm, 170 * mm, A4[1] - 62 * mm - 22 * mm, id='f1')
f2 = Frame(20 * mm, 16 * mm, 170 * mm, A4[1] - 16 * mm - 20 * mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=onpage, autoNextPageTemplate='rest'),
                      PageTemplate('rest', [f2], onPage=onpage)])
doc.build(story)
t.furn('1 / 2', FURN_H, '2 / 2')

for n, a in [('International Labour Organization', 'ILO'), ('Ministry of Labour and Employment of Lesotho', None),
             ('United Nations Capital Development Fund', 'UNCDF'),
             ('Foreign, Commonwealth & Development Office', 'FCDO'), ('Central Bank of Lesotho', 'CBL'),
             ('Maluti Mobile Money', None), ('Lesotho Textile Exporters’ Association', 'LTEA'),
             ('Lesotho Garment and Allied Workers’ Union', 'LEGAWU'), ('Lesotho Financial Literacy Network', None),
             ('Labour Inspectorate', None), ('ILO Project Office, Maseru', None)]:
    t.org(n, a)
t.part(['ILO', 'UNCDF'], 'programme', 2024)
t.part(['FCDO', 'ILO', 'UNCDF'], 'funding', 2024)
t.part(['CBL', 'Ministry of Labour and Employment of Lesotho'], 'memorandum_of_understanding', 2024)
t.part(['Maluti Mobile Money', 'LTEA'], 'cooperation_agreement', 2025)
t.countries('LS', 'ZA', 'US', 'GB')
finish(t)
