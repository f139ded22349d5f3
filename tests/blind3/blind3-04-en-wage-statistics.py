# producer: reportlab ; design: factsheet, page 1 = shaded left sidebar (key figures) + main frame, page 2 = one wide frame; header band, footer with page number
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf'))
W, Hh = A4
TEAL = colors.HexColor('#00695c'); SB = colors.HexColor('#e0f2f1')
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12.5, spaceAfter=5)
h = ParagraphStyle('h', fontName='DVB', fontSize=10.5, leading=13, textColor=TEAL, spaceBefore=6, spaceAfter=4)
title = ParagraphStyle('t', fontName='DVB', fontSize=19, leading=23, textColor=TEAL, spaceAfter=6)
stand = ParagraphStyle('s', fontName='DVI', fontSize=10.5, leading=14, spaceAfter=8)
sbh = ParagraphStyle('sbh', fontName='DVB', fontSize=9.5, leading=12, textColor=TEAL, spaceBefore=4, spaceAfter=4)
big = ParagraphStyle('big', fontName='DVB', fontSize=17, leading=19, textColor=colors.HexColor('#bf360c'))
small = ParagraphStyle('sm', fontName='DV', fontSize=8, leading=10.5, spaceAfter=7)
bul = ParagraphStyle('bu', parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
quote = ParagraphStyle('q', fontName='DVI', fontSize=11, leading=15, leftIndent=14, rightIndent=14, textColor=TEAL, spaceBefore=6, spaceAfter=2)
attr = ParagraphStyle('a', fontName='DV', fontSize=8.5, leading=11, leftIndent=14, spaceAfter=8)

def deco(c, doc):
    c.saveState()
    c.setFillColor(TEAL); c.rect(0, Hh - 16*mm, W, 16*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('DVB', 9); c.drawString(15*mm, Hh - 10*mm, 'ILO Islamabad  |  Wage statistics factsheet')
    c.setFont('DV', 8); c.setFillColor(colors.grey)
    c.drawString(15*mm, 10*mm, 'International Labour Organization · www.ilo.org/islamabad')
    c.drawRightString(W - 15*mm, 10*mm, 'Page %d' % doc.page)
    if doc.page == 1:
        c.setFillColor(SB); c.rect(15*mm, 20*mm, 58*mm, Hh - 42*mm, stroke=0, fill=1)
    c.restoreState()

doc = BaseDocTemplate('blind3-04-en-wage-statistics.pdf', pagesize=A4, title='Counting what work pays: wage statistics in Pakistan', author='ILO')
side = Frame(17*mm, 22*mm, 54*mm, Hh - 46*mm, id='side')
main = Frame(78*mm, 20*mm, W - 93*mm, Hh - 42*mm, id='main')
wide = Frame(15*mm, 20*mm, W - 30*mm, Hh - 42*mm, id='wide')
doc.addPageTemplates([PageTemplate('p1', [side, main], onPage=deco), PageTemplate('p2', [wide], onPage=deco)])
S = []
S += [Paragraph('KEY FIGURES', sbh),
      Paragraph('PKR 37,000', big), Paragraph('minimum wage per month in Punjab and Sindh in 2024', small),
      Paragraph('1 in 3', big), Paragraph('wage employees earn less than the minimum wage', small),
      Paragraph('24%', big), Paragraph('gender pay gap in mean monthly wages', small),
      Paragraph('AT A GLANCE', sbh)]
for t in ['Data from the Labour Force Survey', 'Wages of employees only, not of the self-employed', 'Figures in Pakistani rupees (PKR)']:
    S.append(Paragraph(t, ParagraphStyle('sb', parent=small, leftIndent=8, bulletIndent=0, spaceAfter=3), bulletText='•'))
S += [Spacer(1, 6), Paragraph('CONTACT', sbh), Paragraph('Ayesha Qureshi', small),
      Paragraph('Labour Statistician, ILO Country Office for Pakistan', small),
      Paragraph('qureshi@ilo.org', small), Paragraph('+92 51 227 6456', small), FrameBreak()]
S += [Paragraph('Counting what work pays: wage statistics in Pakistan', title),
      Paragraph('Reliable wage data are the basis for fair minimum wages, collective bargaining and social protection. This factsheet summarizes what the Labour Force Survey tells us, and how the data will improve.', stand),
      Paragraph('WHY WAGE STATISTICS MATTER', h),
      Paragraph('Provincial minimum wage boards meet every year, but until recently they had few figures on what workers actually earn. Employers’ and workers’ representatives each brought their own estimates, and negotiations often stalled.', body),
      Paragraph('Since 2021 the Pakistan Bureau of Statistics (PBS) has published a wage table from every round of the Labour Force Survey, with technical support from the ILO.', body),
      Paragraph('WHAT THE DATA SHOW', h),
      Paragraph('Mean monthly wages rose in every sector between 2021 and 2024, but most of the increase was absorbed by inflation. Real wages fell by about 9 per cent over the period.', body)]
tdata = [['Sector', '2021', '2024', 'Women / men'],
         ['Agriculture', '18,400', '24,900', '0.68'],
         ['Manufacturing', '24,100', '33,600', '0.71'],
         ['Construction', '22,800', '31,200', '0.92'],
         ['Services', '31,500', '42,700', '0.82'],
         ['All sectors', '26,900', '36,800', '0.76']]
tb = Table(tdata, colWidths=[34*mm, 22*mm, 22*mm, 26*mm])
tb.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.5), ('FONT', (0, 0), (-1, 0), 'DVB', 8.5),
                        ('TEXTCOLOR', (0, 0), (-1, 0), TEAL), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                        ('FONT', (0, -1), (-1, -1), 'DVB', 8.5), ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
S += [Paragraph('Mean monthly wages of employees, PKR', ParagraphStyle('cap', parent=small, fontName='DVB')), tb,
      Paragraph('Source: PBS, Labour Force Survey; ILO calculations.', small),
      Paragraph('The gap between women and men is widest in agriculture, where many women are paid by the piece during the cotton and wheat harvests.', body),
      NextPageTemplate('p2'), FrameBreak()]
S += [Paragraph('IMPROVING THE DATA', h),
      Paragraph('The Ministry of Overseas Pakistanis and Human Resource Development (MOPHRD), PBS and the ILO agreed in 2024 on a three-year plan to improve wage statistics. The plan will:', body)]
for t in ['add questions on hours paid and on payment in kind',
          'publish wages by province and district every quarter',
          'link survey data with records of the Employees’ Old-Age Benefits Institution (EOBI)',
          'train staff of the provincial labour departments to use the data']:
    S.append(Paragraph(t, bul, bulletText='▪'))
S += [Paragraph('The Employers’ Federation of Pakistan (EFP) and the Pakistan Workers’ Federation (PWF) sit on the advisory group that reviews each release before publication.', body),
      Paragraph('“For the first time, both sides of the table start from the same numbers.”', quote),
      Paragraph('— Khalid Mehmood, Member, Punjab Minimum Wage Board', attr),
      Paragraph('RESOURCES', h)]
for t in ['ILO Global Wage Report: www.ilo.org/global-wage-report', 'PBS Labour Force Survey: www.pbs.gov.pk/lfs', 'ILOSTAT wage indicators: ilostat.ilo.org/topics/wages']:
    S.append(Paragraph(t, bul, bulletText='–'))
doc.build(S)
