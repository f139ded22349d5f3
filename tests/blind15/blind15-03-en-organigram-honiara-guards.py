from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, Spacer, ListFlowable, ListItem
W, Hh = A4
d = RL('blind15-03-en-organigram-honiara-guards', 'en', 'reportlab', 'blind-organigram', 'night security guards: hours, pay, accident cover')
TEAL = colors.HexColor('#0f5c63'); SAND = colors.HexColor('#f1e4c3'); ORA = colors.HexColor('#d9822b')
body = ParagraphStyle('b', fontName='DV', fontSize=7.5, leading=9.2, spaceAfter=2.2); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=6.8, leading=8.5, spaceAfter=2)
tit = ParagraphStyle('t', fontName='DVB', fontSize=19, leading=22, textColor=TEAL, spaceAfter=3)
sub = ParagraphStyle('su', fontName='DVSI', fontSize=9.5, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10.5, leading=13, textColor=TEAL, spaceBefore=4, spaceAfter=2)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.6, leading=10.5, textColor=ORA, spaceBefore=3, spaceAfter=1.5)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.2, leading=8.8); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.2, leading=8.8, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9, leading=11.5, textColor=TEAL, spaceBefore=4, leftIndent=6); qw = ParagraphStyle('qw', fontName='DV', fontSize=6.8, leading=8.5, spaceAfter=4, leftIndent=6)
KIND = d.ign('WHO WORKS WITH WHOM · SECURITY GUARDS PILOT · HONIARA')
# organigram: boxes (lines of text) and connector labels, all `ignore`, recorded in drawing order
TOP = Hh - 54*mm
boxes = {
 'prog': (W/2, TOP, 78*mm, ['ILO–UNDP joint programme', 'on urban jobs']),
 'sisga': (W/2, TOP-34*mm, 64*mm, ['Solomon Islands Security', 'Guards’ Association']),
 'min': (32*mm, TOP-16*mm, 50*mm, ['Ministry of Commerce,', 'Industry, Labour and', 'Immigration']),
 'scc': (32*mm, TOP-48*mm, 50*mm, ['Security Companies', 'Council']),
 'mfat': (W-32*mm, TOP-16*mm, 50*mm, ['New Zealand MFAT', '(funding to the ILO)']),
 'hcc': (W-32*mm, TOP-48*mm, 50*mm, ['Honiara City Council']),
 'gpi': (40*mm, TOP-74*mm, 50*mm, ['Guardian Pacific', 'Insurance']),
 'kgv': (W/2, TOP-74*mm, 50*mm, ['King George VI', 'School']),
 'radio': (W-40*mm, TOP-74*mm, 54*mm, ['Wantok FM · Mothers’', 'Union (Night Shift)']),
}
order = ['prog', 'min', 'mfat', 'sisga', 'scc', 'hcc', 'gpi', 'kgv', 'radio']
for k in order: boxes[k] = boxes[k][:3] + ([d.ign(s) for s in boxes[k][3]],)
links = [('sisga', 'prog', None, False), ('min', 'sisga', 'MOU 2024', False), ('scc', 'sisga', 'MOU 2024', False), ('mfat', 'prog', 'grant 2025–2028', True),
         ('hcc', 'sisga', 'Partnership Agreement 2022–2026', False), ('gpi', 'sisga', 'LOI 2025', False), ('kgv', 'sisga', 'agreement 2025', False), ('radio', 'sisga', 'partners since 2023', True)]
links = [(a, b, d.ign(l) if l else None, dash) for a, b, l, dash in links]
LEG = d.ign('Solid line: signed with SISGA · Dashed line: funding or informal partnership')
def bh(k): return 4*mm + 3.4*mm*len(boxes[k][3])
def deco(c, doc):
    c.saveState()
    c.setFillColor(TEAL); c.rect(0, Hh-12*mm, W, 12*mm, stroke=0, fill=1)
    c.setFillColor(SAND); c.setFont('DVB', 8.5); c.drawString(14*mm, Hh-7.6*mm, KIND)
    c.setFillColor(colors.HexColor('#f7f3ea')); c.roundRect(10*mm, TOP-88*mm, W-20*mm, 102*mm, 4*mm, stroke=0, fill=1)
    for a, b, lab, dash in links:
        xa, ya = boxes[a][0], boxes[a][1]; xb, yb = boxes[b][0], boxes[b][1]
        c.setStrokeColor(ORA if dash else TEAL); c.setLineWidth(1.1); c.setDash(3, 2) if dash else c.setDash()
        c.line(xa, ya, xb, yb); c.setDash()
        if lab:
            mx, my = xb + 0.62*(xa - xb), yb + 0.62*(ya - yb); c.setFont('DVC', 6.3); tw = c.stringWidth(lab, 'DVC', 6.3)
            c.setFillColor(colors.white); c.rect(mx - tw/2 - 1.2*mm, my - 1.4*mm, tw + 2.4*mm, 4*mm, stroke=0, fill=1)
            c.setFillColor(ORA if dash else TEAL); c.drawCentredString(mx, my, lab)
    for k in order:
        x, y, w, lines = boxes[k]; h = bh(k)
        c.setFillColor(TEAL if k in ('sisga', 'prog') else colors.white); c.setStrokeColor(TEAL); c.setLineWidth(1)
        c.roundRect(x - w/2, y - h/2, w, h, 2*mm, stroke=1, fill=1)
        c.setFillColor(colors.white if k in ('sisga', 'prog') else TEAL); c.setFont('DVB' if k in ('sisga', 'prog') else 'DV', 7.6)
        for i, s in enumerate(lines): c.drawCentredString(x, y + h/2 - 5*mm - i*3.4*mm, s)
    c.setFillColor(colors.grey); c.setFont('DVI', 6.3); c.drawString(14*mm, TOP-85*mm, LEG)
    c.restoreState()
x0, x1 = 14*mm, W-14*mm; mid = W/2
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Who works with whom', leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
doc.addPageTemplates([PageTemplate('p', [Frame(x0, TOP+16*mm, x1-x0, Hh-12*mm-TOP-18*mm, id='top'), Frame(x0, 10*mm, mid-x0-4*mm, TOP-100*mm, id='l'), Frame(mid+4*mm, 10*mm, x1-mid-4*mm, TOP-100*mm, id='r')], onPage=deco)])
d.T('Who stands behind a night guard in Honiara', tit)
d.p('Honiara, February 2026 — one pilot, nine partners: how they connect, and what each one promised the guards', sub)
d.add(FrameBreak())
d.h('Why guards?', h1)
d.p('About 2 400 people work as security guards in Honiara, most of them on twelve-hour nights at shops, wharves and offices. Few have a written contract, and a guard hurt on duty usually pays for the clinic himself. The pilot started with 60 guards at four sites.')
d.h('What a guard is owed', h2, 2)
d.ul([('A written contract that states:', ['the hours of each shift and the rest day;', 'the pay for night and public-holiday work.']), 'A shelter, a light and drinking water at the post.', 'Payment into the National Provident Fund every month.'], body, body)
d.h('If you are hurt on duty', h2, 2)
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in ['Tell your supervisor before the end of the shift.', 'Go to the clinic and keep the receipt.', 'Call the SISGA night line; it will file the claim with you.']], bulletType='1', leftIndent=11, bulletFontName='DVB', bulletFontSize=7.6, bulletColor=ORA))
d.h('Where the pilot runs', h1)
d.tab([['Site', 'Guards', 'Arrangement']],
      [['Honiara Central Market', '22', 'Lights and a shelter paid by the city council'],
       ['National Referral Hospital', '18', 'Meals and a rest room; no written agreement'],
       ['King George VI School', '6', 'Cooperation agreement with SISGA since 2025'],
       ['Point Cruz wharf', '14', 'Accident cover still being negotiated']],
      cell, cellh, [29*mm, 14*mm, 41*mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.6)]),
      caption='Pilot sites and guards covered, January 2026.', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.add(FrameBreak())
d.h('How the partners fit together', h1)
d.p('At the centre sits the Solomon Islands Security Guards’ Association (SISGA), which has organised guards since 2019.')
d.p('A memorandum of understanding on minimum standards for guards was signed in 2024 by the Ministry of Commerce, Industry, Labour and Immigration (MCILI), SISGA and the Security Companies Council.')
d.p('Under the Honiara City Council–SISGA Partnership Agreement 2022–2026, the council pays for lights and a shelter at 30 guard posts.')
d.p('Night guards asked SISGA for an accident fund. The association took the idea to Guardian Pacific Insurance, and the two signed a letter of intent last May.')
d.p('Since 2023 Wantok FM and the Mothers’ Union of the Anglican Church of Melanesia have been partners in “Night Shift”, a call-in radio hour for guards and their families.')
d.p('New Zealand pays for the pilot through its Ministry of Foreign Affairs and Trade (MFAT), which made a grant to the International Labour Organization (ILO) for 2025–2028. The pilot is one strand of a joint programme of the ILO and the United Nations Development Programme (UNDP) on urban jobs, launched in 2024.')
d.h('Also involved', h2, 2)
d.p('The Royal Solomon Islands Police Force (RSIPF) trains guards in first response but is not a party to any of these agreements. The Solomon Islands Chamber of Commerce and Industry was consulted; nothing has been signed. Uniforms are sewn by Point Cruz Tailors, paid per order, and the figures come from the Solomon Islands National Statistics Office.', small)
d.q('I have watched the same shop for nine years. This is the first time somebody asked me what the night is like.', 'John Maeli', 'night guard and SISGA committee member, Kukum', qst, qw)
d.h('Contact', h2, 2)
d.contact('Ruth Kiriau', 'kiriau@ilo.org', '+677 24 310')
for s in ['Ruth Kiriau', d.ign('National Project Coordinator, ILO Office for Pacific Island Countries'), d.ign('Tel.: +677 24 310') + ' · ' + d.ign('Email: kiriau@ilo.org') + ' · ' + d.link('www.ilo.org/suva')]:
    d.add(d.P(s, small))
d.orgs(('Solomon Islands Security Guards’ Association', 'SISGA'), ('Ministry of Commerce, Industry, Labour and Immigration', 'MCILI'), 'Security Companies Council', 'Honiara City Council',
       'Guardian Pacific Insurance', 'King George VI School', 'Wantok FM', 'Mothers’ Union of the Anglican Church of Melanesia', ('Ministry of Foreign Affairs and Trade', 'MFAT'),
       ('International Labour Organization', 'ILO'), ('United Nations Development Programme', 'UNDP'), 'National Referral Hospital', 'National Provident Fund',
       ('Royal Solomon Islands Police Force', 'RSIPF'), 'Solomon Islands Chamber of Commerce and Industry', 'Point Cruz Tailors', 'Solomon Islands National Statistics Office')
d.countries('SB', 'NZ')
d.ps(['King George VI School', 'SISGA'], 'cooperation_agreement', 2025)
d.ps(['MCILI', 'SISGA', 'Security Companies Council'], 'memorandum_of_understanding', 2024)
d.ps(['Honiara City Council', 'SISGA'], 'cooperation_agreement', 2022, 2026)
d.ps(['SISGA', 'Guardian Pacific Insurance'], 'letter_of_intent', 2025)
d.ps(['Wantok FM', 'Mothers’ Union of the Anglican Church of Melanesia'], 'partnership', 2023)
d.ps(['MFAT', 'ILO'], 'funding', 2025, 2028)
d.ps(['ILO', 'UNDP'], 'programme', 2024)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
