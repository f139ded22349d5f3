from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
W, H = A4
BLUE = colors.HexColor('#005b96'); SKY = colors.HexColor('#e4f0f8')
base = ParagraphStyle('b', fontName='Helvetica', fontSize=9.5, leading=13.2, spaceAfter=5)
side = ParagraphStyle('s', parent=base, fontSize=8.6, leading=11.5, textColor=colors.HexColor('#12324a'))
sideh = ParagraphStyle('sh', parent=side, fontName='Helvetica-Bold', fontSize=8.5, textColor=BLUE, spaceBefore=6, spaceAfter=3)
big = ParagraphStyle('big', parent=side, fontName='Helvetica-Bold', fontSize=17, leading=19, textColor=BLUE, spaceAfter=0)
h1 = ParagraphStyle('h1', parent=base, fontName='Helvetica-Bold', fontSize=20, leading=24, textColor=BLUE, spaceAfter=6)
lead = ParagraphStyle('lead', parent=base, fontSize=11, leading=15, textColor=colors.HexColor('#333333'), spaceAfter=8)
h2 = ParagraphStyle('h2', parent=base, fontName='Helvetica-Bold', fontSize=10, leading=13, textColor=BLUE, spaceBefore=8, spaceAfter=4)
bul = ParagraphStyle('bul', parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3)
def H2(t):  # letter-spaced capitals
    return Paragraph('<font name="Helvetica-Bold">%s</font>' % t.upper(), ParagraphStyle('x', parent=h2, wordSpace=3, charSpace=1.2) if False else h2)
def B(t): return Paragraph(t, bul, bulletText='\u25a0')
def header_footer(c, doc):
    c.saveState()
    c.setFillColor(BLUE); c.rect(0, H-14*mm, W, 14*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 9)
    c.drawString(15*mm, H-9*mm, 'ILO Mongolia')
    c.setFont('Helvetica', 8.5); c.drawRightString(W-15*mm, H-9*mm, 'Skills for the digital economy')
    c.setFillColor(colors.grey); c.setFont('Helvetica', 7.5)
    c.drawString(15*mm, 9*mm, 'International Labour Organization, Ulaanbaatar')
    c.drawRightString(W-15*mm, 9*mm, '%d' % doc.page)
    c.restoreState()
def sidebar_bg(c, doc):
    header_footer(c, doc)
    c.saveState(); c.setFillColor(SKY); c.rect(15*mm, 18*mm, 52*mm, H-40*mm, stroke=0, fill=1); c.restoreState()
doc = BaseDocTemplate('blind2-07-digital-skills.pdf', pagesize=A4, title='Digital Skills for Decent Jobs in Mongolia', author='ILO')
fs = Frame(18*mm, 20*mm, 46*mm, H-44*mm, id='side', showBoundary=0)
fm = Frame(72*mm, 20*mm, W-87*mm, H-44*mm, id='main')
fw = Frame(15*mm, 20*mm, W-30*mm, H-44*mm, id='wide')
doc.addPageTemplates([PageTemplate('first', [fs, fm], onPage=sidebar_bg), PageTemplate('rest', [fw], onPage=header_footer)])
S = []
S += [Paragraph('AT A GLANCE', sideh),
      Paragraph('68%', big), Paragraph('of employers in Ulaanbaatar report difficulty finding staff with basic digital skills', side),
      Paragraph('12,000', big), Paragraph('workers to be trained by 2026', side),
      Paragraph('9', big), Paragraph('provinces covered', side),
      Paragraph('PARTNERS', sideh),
      Paragraph('Ministry of Digital Development, Innovation and Communications of Mongolia', side),
      Paragraph('Mongolian Employers\u2019 Federation (MONEF)', side),
      Paragraph('Confederation of Mongolian Trade Unions (CMTU)', side),
      Paragraph('International Telecommunication Union (ITU)', side),
      Paragraph('Korea International Cooperation Agency (KOICA)', side),
      Paragraph('Asian Development Bank (ADB)', side),
      Paragraph('CONTACT', sideh),
      Paragraph('Oyunchimeg Batbayar<br/>Project Manager<br/>batbayar@ilo.org<br/>+976 11 32 7585', side),
      FrameBreak()]
S += [Paragraph('Digital Skills for Decent Jobs in Mongolia', h1),
      Paragraph('Helping workers, jobseekers and small businesses make the most of the digital transition.', lead),
      H2('The challenge'),
      Paragraph('Mongolia\u2019s economy is going online fast: tax returns, bank transfers and many public services are now digital. But skills have not kept pace. Many herders, small traders and older workers cannot use e-services, and vocational schools still teach outdated software.', base),
      Paragraph('Women and workers outside Ulaanbaatar are the most likely to be left behind.', base),
      H2('Our approach'),
      Paragraph('The project works at three levels:', base),
      B('Policy: a national framework of digital competences for the workforce'),
      B('Training: short modular courses in vocational schools and online'),
      B('Enterprises: digital tools and coaching for micro and small businesses'),
      B('Recognition: certificates that employers trust'),
      H2('Partnerships'),
      Paragraph('In 2023 the International Labour Organization (ILO) and the International Telecommunication Union (ITU) launched a joint initiative on digital skills for decent jobs in Mongolia. The work is funded by the Republic of Korea, through KOICA, for 2023\u20132026.', base),
      Paragraph('The Mongolian University of Science and Technology (MUST) and MONEF signed a memorandum of understanding in 2024 on work-based learning for software students.', base),
      NextPageTemplate('rest'), PageBreak()]
S += [Paragraph('Since 2022, the ADB has financed the upgrading of computer laboratories in eight vocational training centres. Khan IT Solutions LLC concluded a partnership agreement with the Darkhan vocational centre in 2025 to offer paid internships.', base),
      Paragraph('The CMTU trains union representatives so that new digital tools at the workplace are discussed with workers before they are introduced.', base),
      Spacer(1, 4),
      Paragraph('\u201cI used to drive four hours to the tax office in Sukhbaatar. After the course I file online from my shop in ten minutes.\u201d', ParagraphStyle('q', parent=base, fontName='Helvetica-Oblique', fontSize=12, leading=16, textColor=BLUE, leftIndent=10*mm, rightIndent=10*mm, spaceBefore=6, spaceAfter=2)),
      Paragraph('Tsetsegmaa Dorj, owner of a grocery shop, Baruun-Urt', ParagraphStyle('qa', parent=base, fontSize=8.5, leftIndent=10*mm, spaceAfter=8)),
      H2('First results'),
      Table([['Indicator', 'Target 2026', 'Reached 2025'],
             ['Workers trained', '12,000', '7,450'],
             ['of whom women', '6,000', '4,120'],
             ['Instructors certified', '300', '210'],
             ['Small businesses coached', '900', '515']], colWidths=[70*mm, 40*mm, 40*mm],
            style=TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 9), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 9),
                              ('BACKGROUND', (0,0), (-1,0), SKY), ('LINEBELOW', (0,0), (-1,-1), 0.3, colors.grey),
                              ('ALIGN', (1,0), (-1,-1), 'RIGHT')]), hAlign='LEFT'),
      Spacer(1, 6),
      H2('Next steps'),
      Paragraph('In 2026 the partners will hand over the course catalogue to the national vocational training system and publish an evaluation of the project.', base),
      H2('Resources'),
      B('Digital skills course catalogue: www.ilo.org/mongolia/digital'),
      B('ITU Digital Skills Toolkit: www.itu.int/digital-skills'),
      B('MONEF services for members: www.monef.mn'),
      Spacer(1, 10),
      Paragraph('<i>Photo credit: \u00a9 ILO/B. Enkhjargal</i>', ParagraphStyle('c', parent=base, fontSize=7.5, textColor=colors.grey))]
doc.build(S)
