from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, Spacer, NextPageTemplate, PageBreak
W, Hh = A4
d = RL('blind20-04-fr-bareme-liege-titres-services', 'fr', 'reportlab', 'blind-rate-card', 'salaires, frais de déplacement, primes et protection des aides ménagères du secteur des titres-services')
TEAL = colors.HexColor('#1f4e5f'); GOLD = colors.HexColor('#e0a526'); PALE = colors.HexColor('#eef3f4')
body = ParagraphStyle('b', fontName='DV', fontSize=7.8, leading=10, spaceAfter=3); d.body = body
side = ParagraphStyle('sd', fontName='DV', fontSize=7, leading=8.9, spaceAfter=2.6)
tit = ParagraphStyle('t', fontName='DVB', fontSize=18, leading=21.5, textColor=TEAL, spaceAfter=4)
sub = ParagraphStyle('su', fontName='DVI', fontSize=9, leading=11.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11, leading=13.5, textColor=TEAL, spaceBefore=5, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.4, leading=10.5, textColor=colors.HexColor('#9a6a00'), spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DV', fontSize=7.6, leading=9.2); cellr = ParagraphStyle('cr', parent=cell, alignment=2)
cellh = ParagraphStyle('ch', fontName='DVB', fontSize=7.6, leading=9.2, textColor=colors.white)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=6.6, leading=8.2, spaceBefore=2, spaceAfter=4)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=8.4, leading=10.6, textColor=TEAL, spaceBefore=3); qw = ParagraphStyle('qw', fontName='DV', fontSize=6.8, leading=8.4, spaceAfter=4)
KIND = d.ign('BARÈME 2026 · SECTEUR DES TITRES-SERVICES')
FT = d.furn('Barème des aides ménagères · édition de janvier 2026')
PG = [d.furn('page 1/2'), d.furn('page 2/2')]
M = 14*mm; SIDEW = 52*mm; GAP = 7*mm; MAINX = M + SIDEW + GAP; MAINW = W - M - MAINX
def deco(c, doc):
    pn = doc.page; c.saveState()
    c.setFillColor(TEAL); c.rect(0, Hh-16*mm, W, 16*mm, stroke=0, fill=1)
    c.setFillColor(GOLD); c.rect(0, Hh-17.5*mm, W, 1.5*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('DVB', 8.5); c.drawString(M, Hh-10*mm, KIND)
    c.setFillColor(PALE); c.rect(M-2*mm, 14*mm, SIDEW+4*mm, Hh-36*mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#555555')); c.setFont('DV', 6.8); c.drawString(M, 8*mm, FT); c.drawRightString(W-M, 8*mm, PG[pn-1])
    c.restoreState()
top = Hh - 22*mm; bot = 16*mm
frames = [Frame(MAINX, bot, MAINW, top-bot, id='main', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(M, bot, SIDEW, top-bot, id='side', leftPadding=0, rightPadding=0, topPadding=2*mm, bottomPadding=0)]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Barème 2026 : ce que doit recevoir une aide ménagère', leftMargin=M, rightMargin=M)
doc.addPageTemplates([PageTemplate('p', frames, onPage=deco)])
FB = lambda: d.add(FrameBreak())
TS = lambda: TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#9aa')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                         ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2), ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, PALE])])
def TAB(header, rows, colw, caption=None, right_from=1):
    header, rows = d.table(header, rows)
    from reportlab.platypus import Table
    data = [[d.P(c, cellh) for c in r] for r in header] + [[d.P(c, cellr if j >= right_from else cell) for j, c in enumerate(r)] for r in rows]
    t = Table(data, colWidths=colw, repeatRows=1); t.setStyle(TS()); d.add(t)
    if caption: d.i(caption, cap)
# ---- page 1 main
d.T('Barème 2026 : ce que doit recevoir une aide ménagère', tit)
d.p('Bruxelles et Liège, janvier 2026 – pour les aides ménagères payées par titres-services, leurs délégués syndicaux et les entreprises agréées', sub)
d.p('Près de 150 000 personnes, presque toutes des femmes, font le ménage chez des particuliers payés en titres-services. Ce barème rassemble sur deux pages les montants minimums de 2026. Vérifiez votre fiche de paie : si un montant est plus bas, parlez-en à votre délégué.')
d.h('Salaire horaire minimum', h1)
TAB([['Ancienneté dans le secteur', 'Salaire horaire brut', 'Pour 25 heures par semaine']], [
    ['Moins d’un an', '14,62 €', '1 583 € par mois'], ['Un à trois ans', '14,91 €', '1 615 € par mois'], ['Trois à six ans', '15,27 €', '1 654 € par mois'], ['Plus de six ans', '15,68 €', '1 698 € par mois']],
    [52*mm, 34*mm, MAINW-86*mm], 'Montants indexés au 1er janvier 2026, avant impôt et cotisations.')
d.h('Frais de déplacement entre deux clients', h1)
TAB([['Moyen de transport', 'Indemnité', 'Plafond']], [
    ['Transports en commun', '100 % de l’abonnement', 'aucun'], ['Vélo', '0,35 € par km', '40 km par jour'], ['Voiture ou moto', '0,28 € par km', '30 km par jour'], ['À pied', '—', '—']],
    [52*mm, 34*mm, MAINW-86*mm], 'Le temps de trajet entre deux clients est du temps de travail.')
d.h('Primes et vêtements', h1)
TAB([['', 'Montant', 'Quand']], [
    ['Prime de fin d’année', '3,1 % du salaire annuel', 'décembre'], ['Écochèques', '250 €', 'juin'],
    ['Prime vélo (Maison Propre, convention de 2025 avec la FGTB)', '0,10 € par km en plus', 'chaque mois'], ['Vêtements de travail', '2 tenues par an', 'à l’embauche']],
    [52*mm, 34*mm, MAINW-86*mm])
FB()
# ---- page 1 side
d.h('À retenir', h2)
d.ul(['Le barème est un minimum : votre entreprise peut payer plus.', ('Votre fiche de paie doit indiquer :', ['les heures prestées ;', 'les kilomètres entre clients.']), 'Gardez vos fiches cinq ans.'], side, side)
d.h('Santé au travail', h2)
d.p('Le dos, les épaules et les produits d’entretien sont les trois grandes causes d’absence. Le CHU de Liège examine gratuitement les aides ménagères qui souffrent du dos : un protocole d’accord signé avec la Confédération des syndicats chrétiens (CSC) en 2023 l’y engage.', side)
d.q('On croit que le ménage, ce n’est rien. Après dix ans, j’ai les poignets d’une femme de soixante ans, et j’en ai quarante-deux.', 'Fatima Benali', 'aide ménagère à Seraing et déléguée CSC', qst, qw, open_='«\u00a0', close='\u00a0»')
d.h('En cas de problème', h2)
d.ul(['Parlez d’abord à votre délégué.', 'Sans délégué : permanence syndicale, le mardi de 9 h à 12 h.', 'Accident sur le trajet : déclarez-le dans les 8 jours.'], side, side)
FB()
# ---- page 2 main
d.h('Congés et absences', h1)
TAB([['Situation', 'Jours', 'Payé par']], [
    ['Petit chômage (mariage, décès)', '1 à 3', 'l’employeur'], ['Client absent sans prévenir', 'heures prévues', 'l’employeur'], ['Maladie, premiers 30 jours', 'selon certificat', 'l’employeur'], ['Maladie, après 30 jours', 'selon certificat', 'la mutualité']],
    [52*mm, 34*mm, MAINW-86*mm])
d.h('Qui a négocié ce barème', h1)
d.p('Un accord tripartite entre Actiris, Federgon et la CSC, conclu en 2024, finance les formations au dos et aux produits. Les montants sont ceux de la commission paritaire ; la Fédération générale du travail de Belgique (FGTB) les a vérifiés un par un.')
d.p('La campagne bénéficie du soutien financier de la Région de Bruxelles-Capitale, qui a accordé au Bureau international du Travail (BIT) une subvention de 2025 à 2027. Il y a deux ans, Aux Mains d’Or, une entreprise agréée de Herstal, et la FGTB ont paraphé une lettre d’intention sur les vêtements de travail.')
d.p('Jusqu’en 2024, une convention signée en 2021 liait le Fonds de formation titres-services et la Haute École Libre Mosane (HELMo) pour les cours de français au travail. Radio Campus Bruxelles (partenaire de la CSC depuis 2022) lit le barème chaque premier lundi du mois.')
d.h('Ce qui n’est pas signé', h2)
d.p('Le Service public fédéral Emploi, Travail et Concertation sociale suit la campagne comme observateur ; le SPF Emploi n’a signé aucune des conventions. Le Forem compte rejoindre l’accord tripartite en 2027. La Ville de Liège a été approchée mais n’a pas donné suite. Net & Clair, une agence de Verviers, s’est retirée avant la signature de la lettre d’intention. L’imprimerie Snel imprime ce barème contre paiement, et les réunions ont lieu dans une salle louée à la Maison des syndicats de Liège. Les chiffres du secteur viennent de l’Office national de l’emploi (ONEM).', side)
FB()
# ---- page 2 side
d.h('Contact', h2)
d.contact('Nathalie Vandenberghe', 'vandenberghe@ilo.org', '+32 2 736 59 42')
for s in ['Nathalie Vandenberghe', d.ign('Bureau de l’OIT pour l’Union européenne et les pays du Benelux'), d.ign('Tél. : +32 2 736 59 42'), d.ign('Courriel : vandenberghe@ilo.org'), d.link('www.ilo.org/brussels')]:
    d.add(d.P(s, side))
d.add(Spacer(1, 4*mm))
d.p('Ce barème peut être copié et affiché librement dans les entreprises agréées.', side)
d.orgs('CHU de Liège', ('Confédération des syndicats chrétiens', 'CSC'), 'Maison Propre', ('Fédération générale du travail de Belgique', 'FGTB'), 'Actiris', 'Federgon',
       'Région de Bruxelles-Capitale', ('Bureau international du Travail', 'BIT'), 'Aux Mains d’Or', 'Fonds de formation titres-services', ('Haute École Libre Mosane', 'HELMo'),
       'Radio Campus Bruxelles', 'Service public fédéral Emploi, Travail et Concertation sociale', 'Forem', 'Ville de Liège', 'Net & Clair', 'imprimerie Snel',
       'Maison des syndicats de Liège', ('Office national de l’emploi', 'ONEM'))
d.countries('BE')
d.ps(['Maison Propre', 'FGTB'], 'cooperation_agreement', 2025)
d.ps(['CHU de Liège', 'CSC'], 'memorandum_of_understanding', 2023)
d.ps(['Actiris', 'Federgon', 'CSC'], 'cooperation_agreement', 2024)
d.ps(['Région de Bruxelles-Capitale', 'BIT'], 'funding', 2025, 2027)
d.ps(['Aux Mains d’Or', 'FGTB'], 'letter_of_intent', 2024)
d.ps(['Fonds de formation titres-services', 'HELMo'], 'cooperation_agreement', 2021, 2024)
d.ps(['Radio Campus Bruxelles', 'CSC'], 'partnership', 2022)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
