from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', D + 'DejaVuSans-Oblique.ttf')); pdfmetrics.registerFont(TTFont('DVC', D + 'DejaVuSansCondensed-Bold.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
ID = 'blind5-06-fr-taxi-motos-protection'
t = T(ID, 'reportlab', 'blind-project-sheet-partner-table', 'social protection for informal transport workers', 'fr')
W, H = A4
RED = colors.HexColor('#B22234'); GRN = colors.HexColor('#1B7F4C'); INK = colors.HexColor('#222222'); GOLD = colors.HexColor('#F3C623')
body = ParagraphStyle('b', fontName='DV', fontSize=9.4, leading=13, textColor=INK, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12.5, leading=15, textColor=GRN, spaceBefore=9, spaceAfter=4)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=7.6, leading=10, textColor=colors.grey, spaceBefore=2, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DV', fontSize=8.6, leading=11, textColor=INK)
cellh = ParagraphStyle('ch', fontName='DVB', fontSize=8.6, leading=11, textColor=GRN)
key = ParagraphStyle('k', fontName='DVB', fontSize=8.8, leading=11.5, textColor=RED)
def F(s): return fr(s)
def P(s): return Paragraph(esc(t.p(F(s))), body)
def H1(s): return Paragraph(esc(t.h(F(s), 1)), h1)
def LI(s, l=1): return ListItem(Paragraph(esc(t.b(F(s), l)), body))
title = t.title('Protéger les conducteurs de taxi-motos de Conakry')
sub = t.p(F('Fiche projet · Extension de la protection sociale à l’économie informelle en Guinée'))
kick = t.ign('Organisation internationale du Travail · Bureau de pays pour la Guinée')
hdr = F('BIT Conakry · Projet « Taxi-motos et protection sociale »')
t.furn(hdr, 'Page 1 sur 2', hdr, 'Page 2 sur 2')
def deco(c, d):
    c.saveState()
    c.setFont('DV', 7.6); c.setFillColor(colors.grey); c.drawString(18*mm, H - 11*mm, hdr)
    c.drawRightString(W - 18*mm, 9*mm, f'Page {d.page} sur 2')
    c.setFillColor(RED); c.rect(0, 0, 5*mm, H, stroke=0, fill=1); c.setFillColor(GOLD); c.rect(5*mm, 0, 2*mm, H, stroke=0, fill=1)
    c.setFillColor(GRN); c.rect(7*mm, 0, 2*mm, H, stroke=0, fill=1)
    if d.page == 1:
        c.setFillColor(colors.grey); c.setFont('DVB', 7.8); c.drawString(18*mm, H - 22*mm, kick)
        c.setFillColor(INK); c.setFont('DVB', 18); c.drawString(18*mm, H - 33*mm, title)
        c.setFillColor(RED); c.setFont('DV', 10.5); c.drawString(18*mm, H - 41*mm, sub)
        c.setStrokeColor(GOLD); c.setLineWidth(2); c.line(18*mm, H - 45*mm, W - 18*mm, H - 45*mm)
    c.restoreState()
fw = W - 36*mm
doc = BaseDocTemplate(ID + '.pdf', pagesize=A4, title=title, author='BIT', lang='fr')
doc.addPageTemplates([PageTemplate('p1', [Frame(18*mm, 16*mm, fw, H - 66*mm, id='f1')], onPage=deco, autoNextPageTemplate='p2'),
                      PageTemplate('p2', [Frame(18*mm, 16*mm, fw, H - 32*mm, id='f2')], onPage=deco)])
S = []
# at a glance: unruled key-value table beside the why section
hdk, rk = t.table([], [['Durée', '2024–2027'], ['Zones', 'Conakry, Kindia et Kankan'], ['Bénéficiaires', '25 000 conducteurs et leurs familles'], ['Budget', '4,2 millions d’euros'], ['Mise en œuvre', 'BIT, avec la CNSS']])
glance = [Paragraph(esc(t.h('Le projet en bref', 2)), ParagraphStyle('g', parent=h1, fontSize=10.5, textColor=RED, spaceBefore=0)),
          Table([[Paragraph(esc(a), key), Paragraph(esc(b), cell)] for a, b in rk], colWidths=[27*mm, 39*mm], style=[('LEFTPADDING', (0, 0), (-1, -1), 0), ('TOPPADDING', (0, 0), (-1, -1), 1.2), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.2), ('VALIGN', (0, 0), (-1, -1), 'TOP')])]
why = [H1('Pourquoi les taxi-motos ?'),
       P('À Conakry, plus de 60 000 jeunes hommes vivent du taxi-moto. Presque aucun n’est affilié à la sécurité sociale : un accident, une maladie, et c’est toute la famille qui perd son revenu.'),
       P('Le projet du Bureau international du Travail (BIT) ouvre aux conducteurs une affiliation simplifiée, adaptée à des revenus journaliers et irréguliers.')]
S.append(Table([[why, glance]], colWidths=[fw - 74*mm, 74*mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (0, 0), 8),
       ('BACKGROUND', (1, 0), (1, 0), colors.HexColor('#FDF6DC')), ('LEFTPADDING', (1, 0), (1, 0), 6), ('TOPPADDING', (1, 0), (1, 0), 6)]))
S.append(H1('Ce que fait le projet'))
S.append(ListFlowable([LI('Affiliation simplifiée à la Caisse nationale de sécurité sociale (CNSS) :'),
    ListFlowable([LI('cotisation forfaitaire de 50 000 francs guinéens par mois ;', 2), LI('paiement par téléphone mobile ;', 2), LI('carte d’assuré remise au siège du syndicat.', 2)], bulletType='bullet', start='–', leftIndent=12),
    LI('Couverture maladie par la Mutuelle des transporteurs de Guinée (MUTRAG).'),
    LI('Formation à la sécurité routière et distribution de casques homologués.')], bulletType='bullet', start='●', bulletFontSize=6, bulletColor=RED, leftIndent=12))
S.append(H1('Nos partenaires'))
hd, rows = t.table([['Partenaire', 'Rôle dans le projet', 'Depuis']], [
  ['Ministère du Travail et de la Fonction publique', 'Pilotage ; inspection du travail', '2024'],
  ['Caisse nationale de sécurité sociale (CNSS)', 'Affiliation des conducteurs ; prestations', '2024'],
  ['Union syndicale des conducteurs de taxi-motos de Guinée (USCTMG)', 'Mobilisation et information des conducteurs', '2024'],
  ['Mutuelle des transporteurs de Guinée (MUTRAG)', 'Couverture maladie complémentaire', '2025'],
  ['Orange Guinée', 'Paiement mobile des cotisations', '2025']])
rows = [[F(c) for c in r] for r in rows]; t.t['tables'][-1]['rows'] = rows
S.append(Table([[Paragraph(esc(c), cellh) for c in hd[0]]] + [[Paragraph(esc(c), cell) for c in r] for r in rows], colWidths=[fw*0.48, fw*0.40, fw*0.12],
    style=[('LINEABOVE', (0, 0), (-1, 0), 1.2, GRN), ('LINEBELOW', (0, 0), (-1, 0), 0.8, GRN), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#BBBBBB')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
S.append(Paragraph(esc(t.ign(F('Tableau 1. Partenaires du projet et année de leur entrée dans le partenariat avec le BIT.'))), cap))
S.append(H1('Accords et financements'))
S += [P('Le projet est financé par l’Union européenne, au titre d’une convention de contribution signée avec le BIT en décembre 2023.'),
      P('Signée en 2024 par la CNSS, l’USCTMG et la Confédération nationale des travailleurs de Guinée (CNTG), une convention tripartite fixe les règles d’affiliation collective des conducteurs. Orange Guinée et la CNSS ont signé une lettre d’intention l’année suivante pour que les cotisations puissent être payées par Orange Money.'),
      P('La MUTRAG, quant à elle, a conclu avec la CNSS un protocole d’accord pour la période 2025–2027 afin de partager ses fichiers d’adhérents.'),
      P('L’Agence nationale de la sécurité routière a prêté ses moniteurs pour les formations, et une étude de la Banque africaine de développement (BAD) sur le transport urbain a servi de base au calcul des cotisations.')]
q = t.quote(F('Quand je suis tombé en 2023, j’ai payé l’hôpital en vendant ma moto. Aujourd’hui, la CNSS me rembourserait.'), 'Mamadou Saliou Bah', 'conducteur de taxi-moto, Matoto')
qst = ParagraphStyle('q', fontName='DVI', fontSize=12, leading=16, textColor=GRN)
S.append(Spacer(1, 3*mm))
S.append(Table([[Paragraph(esc(f'«{NB}{q}{NB}»'), qst)], [Paragraph('<b>Mamadou Saliou Bah</b>, conducteur de taxi-moto, Matoto', cell)]], colWidths=[fw],
    style=[('LINEBEFORE', (0, 0), (0, -1), 3, GOLD), ('LEFTPADDING', (0, 0), (-1, -1), 10), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F4F8F5'))]))
S.append(H1('Résultats attendus d’ici 2027'))
S.append(ListFlowable([LI('25 000 conducteurs affiliés à la CNSS, dont 5 000 dès la première année.'), LI('Un accident sur deux indemnisé dans les 30 jours.'), LI('Un casque homologué pour chaque conducteur affilié.')], bulletType='bullet', start='●', bulletFontSize=6, bulletColor=RED, leftIndent=12))
S.append(H1('Contact'))
t.contact('Fatoumata Camara', 'camara@ilo.org', '+224 622 45 18 30')
cl = ['<b>Fatoumata Camara</b>', esc(t.ign('Chargée de programme, protection sociale')), esc(t.ign('BIT, immeuble Le Golfe, Kaloum, Conakry')), esc(t.ign(F('Tél. : +224 622 45 18 30'))), esc(t.ign(F('Courriel : camara@ilo.org'))), esc(t.link('www.ilo.org/dakar'))]
S.append(Table([[Paragraph('<br/>'.join(cl), body)]], colWidths=[fw*0.6], style=[('BOX', (0, 0), (-1, -1), 0.8, GRN), ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6)]))
doc.build(S)
t.orgs('Organisation internationale du Travail', ('Bureau international du Travail', 'BIT'), ('Caisse nationale de sécurité sociale', 'CNSS'),
       ('Mutuelle des transporteurs de Guinée', 'MUTRAG'), 'Ministère du Travail et de la Fonction publique',
       ('Union syndicale des conducteurs de taxi-motos de Guinée', 'USCTMG'), 'Orange Guinée', 'Union européenne',
       ('Confédération nationale des travailleurs de Guinée', 'CNTG'), 'Agence nationale de la sécurité routière',
       ('Banque africaine de développement', 'BAD'))
t.countries('GN')
t.ps(['Ministère du Travail et de la Fonction publique', 'BIT'], 'partnership', 2024)
t.ps(['CNSS', 'BIT'], 'partnership', 2024)
t.ps(['USCTMG', 'BIT'], 'partnership', 2024)
t.ps(['MUTRAG', 'BIT'], 'partnership', 2025)
t.ps(['Orange Guinée', 'BIT'], 'partnership', 2025)
t.ps(['Union européenne', 'BIT'], 'funding', 2023)
t.ps(['CNSS', 'USCTMG', 'CNTG'], 'cooperation_agreement', 2024)
t.ps(['Orange Guinée', 'CNSS'], 'letter_of_intent', 2025)
t.ps(['MUTRAG', 'CNSS'], 'memorandum_of_understanding', 2025, 2027)
finish(t, 2)
