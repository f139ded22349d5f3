from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, FrameBreak, ListFlowable, ListItem, KeepTogether, CondPageBreak
rl_setup()
d = RL('blind19-04-fr-grille-colobane-garages', 'fr', 'reportlab', 'blind-inspection-checklist', 'sécurité et santé au travail et protection sociale dans les garages de mécanique informels')
W, Hh = A4; M = 15*mm
OR = colors.HexColor('#d35400'); DK = colors.HexColor('#22313f'); PALE = colors.HexColor('#fdf0e6')
st = lambda n, **k: ParagraphStyle(n, **k)
d.body = st('b', fontName='DV', fontSize=8.6, leading=11.4, spaceAfter=3.5, textColor=DK)
small = st('s', parent=d.body, fontSize=7.5, leading=9.8)
kind = st('k', fontName='DVB', fontSize=8, leading=10, textColor=OR)
tit = st('t', fontName='DVB', fontSize=18, leading=21.5, textColor=DK, spaceAfter=4)
lead = st('l', fontName='DVI', fontSize=9.2, leading=12, spaceAfter=5, textColor=DK)
h1 = st('h1', fontName='DVB', fontSize=11, leading=14, textColor=OR, spaceBefore=6, spaceAfter=3)
h2 = st('h2', fontName='DVB', fontSize=9.2, leading=12, textColor=DK, spaceBefore=5, spaceAfter=2)
cell = st('c', fontName='DV', fontSize=7.9, leading=10, textColor=DK)
cellh = st('ch', fontName='DVB', fontSize=7.9, leading=10, textColor=colors.white)
cap = st('cap', fontName='DVI', fontSize=7, leading=9, textColor=colors.HexColor('#555555'), spaceAfter=4)
qst = st('q', fontName='DVSI', fontSize=9.6, leading=12.5, textColor=DK, leftIndent=8, spaceBefore=4)
qw = st('qw', fontName='DV', fontSize=7.6, leading=10, leftIndent=8, spaceAfter=5)
HL = d.furn('Grille G-3 · Garages de Colobane')
PG = [d.furn('Auto-inspection · page 1/2')]
d.furn(HL); PG.append(d.furn('Auto-inspection · page 2/2'))
def deco(c, doc):
    c.saveState(); c.setFillColor(OR); c.rect(0, Hh-9*mm, W, 9*mm, stroke=0, fill=1)
    c.setFont('DV', 7.2); c.setFillColor(DK); c.drawString(M, 9*mm, HL); c.drawRightString(W-M, 9*mm, PG[doc.page-1])
    c.setStrokeColor(OR); c.setLineWidth(0.5); c.line(M, 12*mm, W-M, 12*mm); c.restoreState()
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Mon garage est-il sûr ?', leftMargin=M, rightMargin=M, topMargin=15*mm, bottomMargin=16*mm)
fw = W - 2*M
doc.addPageTemplates([PageTemplate('p', [Frame(M, 16*mm, fw, Hh-31*mm, id='f', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)], onPage=deco)])
d.i('GRILLE D’AUTO-INSPECTION · À REMPLIR AVEC LE CHEF D’ATELIER', kind)
d.T('Mon garage est-il sûr ? Vingt points à vérifier à Colobane', tit)
d.p('Dakar, 9 février 2026 – grille pour les garagistes, mécaniciens, soudeurs, électriciens auto et apprentis des ateliers de Colobane et de la Gueule Tapée', lead)
d.p('Cochez une case par ligne. Une réponse « Non » n’est pas une faute : c’est un point à corriger. Le Regroupement des garagistes et mécaniciens de Colobane (REGAMEC) et le Bureau international du Travail (BIT) reviendront dans trois mois voir ce qui a changé. Gardez la grille remplie dans l’atelier.')
TS = TableStyle([('BACKGROUND', (0, 0), (-1, 0), DK), ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9aa5ad')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                 ('BACKGROUND', (2, 1), (-1, -1), colors.white), ('BACKGROUND', (0, 1), (1, -1), PALE), ('TOPPADDING', (0, 0), (-1, -1), 2.2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.2)])
CW = [9*mm, fw - 9*mm - 3*15*mm, 15*mm, 15*mm, 15*mm]
HDR = [['', 'Point à vérifier', 'Oui', 'Non', 'Sans objet']]
def sec(title, items, n0):
    d.h(title, h2, 2)
    rows = [[str(n0 + k), t, '', '', ''] for k, t in enumerate(items)]
    d.tab(HDR, rows, cell, cellh, CW, TS)
    d.add(Spacer(1, 2*mm))
    return n0 + len(items)
d.h('Partie A · L’atelier', h1)
n = sec('La fosse et le pont élévateur', ['La fosse est couverte ou entourée d’une barrière quand personne n’y travaille.', 'Le pont élévateur a été contrôlé il y a moins d’un an.', 'Personne ne travaille sous une voiture posée seulement sur un cric.', 'Les chandelles sont en bon état et à portée de main.'], 1)
n = sec('Huiles, carburant et solvants', ['Les huiles usagées sont versées dans des fûts fermés, jamais au sol.', 'Les pièces sont lavées au pinceau dans un bac, pas à mains nues dans l’essence.', 'Les bidons d’essence sont rangés loin des postes de soudure.', 'Un extincteur chargé est accroché à l’entrée de l’atelier.'], n)
n = sec('La soudure', ['Le soudeur porte un masque et des gants de cuir.', 'Un écran protège les autres travailleurs des éclats et de la lumière.', 'Les bouteilles de gaz sont attachées debout.'], n)
d.h('Partie B · Les personnes', h1)
n = sec('Les batteries', ['Les batteries usagées sont stockées sur une palette, à l’abri de la pluie.', 'On ne casse jamais une batterie pour récupérer le plomb.'], n)
n = sec('Les apprentis et la protection sociale', ['Aucun apprenti de moins de 15 ans ne travaille dans l’atelier.', 'Les apprentis de moins de 18 ans ne soudent pas et ne descendent pas seuls dans la fosse.', 'Les apprentis sont déclarés à la Caisse de sécurité sociale (CSS), comme le prévoit l’accord signé en 2024 entre la CSS et le REGAMEC.', 'Chaque travailleur sait où se trouve la trousse de secours.', 'Le chef d’atelier et ses ouvriers ont une carte de mutuelle de santé.', 'Le numéro des sapeurs-pompiers (18) est affiché au mur.', 'Tout accident est noté dans le cahier de l’atelier.'], n)
d.add(CondPageBreak(40*mm))
d.h('Votre résultat', h1)
d.p('Comptez les « Oui ». De 17 à 20 : votre atelier peut servir d’exemple. De 11 à 16 : choisissez trois points à corriger ce mois-ci. 10 ou moins : demandez une visite de conseil au REGAMEC.')
d.h('Par où commencer ?', h2, 2)
NUMS = ['Fermer la fosse et acheter des chandelles.', 'Installer un fût pour les huiles usagées :', 'Afficher les numéros d’urgence.']
items = []
for k, t in enumerate(NUMS):
    if k == 1:
        par = d.P(d.bullet(t, 1), d.body)
        sub = ListFlowable([ListItem(d.P(d.bullet(x, 2), cell)) for x in ['le REGAMEC le vend à prix coûtant ;', 'il est vidé chaque mois par le camion de collecte.']], bulletType='bullet', start='–', leftIndent=10, bulletFontName='DV', bulletFontSize=8)
        items.append(ListItem([par, sub]))
    else:
        items.append(ListItem(d.P(d.bullet(t, 1), d.body)))
d.add(ListFlowable(items, bulletType='1', bulletFormat='%s.', leftIndent=12, bulletFontName='DVB', bulletFontSize=8.6))
d.add(CondPageBreak(60*mm))
d.h('Qui soutient la démarche ?', h1)
d.p('La Mutuelle de santé And Liggey (partenaire du REGAMEC depuis 2021) délivre les cartes de mutuelle ; la cotisation est de 3 500 FCFA par mois et par famille.')
d.p('Les apprentis sont formés au Centre de formation professionnelle et technique Sénégal-Japon (CFPT), que l’Agence japonaise de coopération internationale (JICA) appuie financièrement de 2025 à 2027 pour des cours du soir en sécurité.')
d.p('Il y a trois ans, la Commune de Gueule Tapée-Fass-Colobane et le REGAMEC ont signé une lettre d’intention pour créer une aire de vidange couverte ; les travaux commencent en 2026.')
d.p('Les 60 extincteurs de la première tournée ont été offerts au REGAMEC l’an dernier par Téranga Assurances. De 2019 à 2023, Sunu Batterie a repris les batteries usagées des ateliers dans le cadre d’un accord avec le regroupement ; l’accord n’a pas été renouvelé en 2025.')
d.q('Mon premier apprenti est tombé dans la fosse en 2022. Aujourd’hui elle est fermée par des planches tous les soirs, et le garçon est devenu mécanicien.', 'Ousmane Ndiaye', 'chef d’atelier et trésorier du REGAMEC, Colobane', qst, qw, open_='«\u00a0', close='\u00a0»')
d.p('La Confédération nationale des travailleurs du Sénégal (CNTS) suit la démarche en observatrice. L’Institution de prévoyance retraite du Sénégal (IPRES) pourrait ouvrir un guichet au marché l’an prochain. Radio Xam-Xam FM a été approchée pour diffuser les conseils mais n’a pas donné suite. Enda Santé prévoit de signer une convention avec le REGAMEC. Le ministère du Travail, de l’Emploi et des Relations avec les Institutions a validé la grille ; le ministère sénégalais du Travail n’est partie à aucun accord. L’école élémentaire de Colobane prête ses salles pour les réunions, et l’imprimerie Diop & Frères a imprimé la grille contre paiement. Les chiffres d’accidents viennent de l’Hôpital Principal de Dakar.', small)
d.h('Après l’inspection', h2, 2)
sig = Table([[d.P(d.ign('Signature du chef d’atelier'), small), d.P(d.ign('Signature du délégué du REGAMEC'), small), d.P(d.ign('Date de la visite'), small)]], colWidths=[fw/3]*3, rowHeights=[16*mm])
sig.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.5, DK), ('VALIGN', (0, 0), (-1, -1), 'BOTTOM'), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 14)]))
d.add(sig, Spacer(1, 4*mm))
d.h('Contact', h2, 2)
d.contact('Aminata Sow', 'sow@ilo.org', '+221 33 869 92 00')
for s in ['Aminata Sow', d.ign('Bureau de pays de l’OIT pour le Sénégal, la Gambie, la Guinée-Bissau, le Cap-Vert et la Mauritanie'), d.ign('Tél. : +221 33 869 92 00'), d.ign('Courriel : sow@ilo.org'), d.link('www.ilo.org/dakar')]:
    d.add(d.P(s, small))
d.orgs(('Regroupement des garagistes et mécaniciens de Colobane', 'REGAMEC'), ('Bureau international du Travail', 'BIT'), ('Caisse de sécurité sociale', 'CSS'),
       'Mutuelle de santé And Liggey', ('Centre de formation professionnelle et technique Sénégal-Japon', 'CFPT'), ('Agence japonaise de coopération internationale', 'JICA'),
       'Commune de Gueule Tapée-Fass-Colobane', 'Téranga Assurances', 'Sunu Batterie', ('Confédération nationale des travailleurs du Sénégal', 'CNTS'),
       ('Institution de prévoyance retraite du Sénégal', 'IPRES'), 'Radio Xam-Xam FM', 'Enda Santé', 'ministère du Travail, de l’Emploi et des Relations avec les Institutions',
       'école élémentaire de Colobane', 'imprimerie Diop & Frères', 'Hôpital Principal de Dakar')
d.countries('SN', 'JP', 'GM', 'GW', 'CV', 'MR')
d.ps(['CSS', 'REGAMEC'], 'cooperation_agreement', 2024)
d.ps(['Mutuelle de santé And Liggey', 'REGAMEC'], 'partnership', 2021)
d.ps(['JICA', 'CFPT'], 'funding', 2025, 2027)
d.ps(['Commune de Gueule Tapée-Fass-Colobane', 'REGAMEC'], 'letter_of_intent', 2023)
d.ps(['Téranga Assurances', 'REGAMEC'], 'funding', 2025)
d.ps(['Sunu Batterie', 'REGAMEC'], 'cooperation_agreement', 2019, 2023)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
