from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, NextPageTemplate, TableStyle, Spacer, Paragraph, ListFlowable, ListItem, KeepTogether
W, Hh = A4
d = RL('blind17-04-fr-lexique-dabou-attieke', 'fr', 'reportlab', 'blind-glossary-sheet', 'transformatrices d’attiéké, couverture maladie et retraite')
GRN = colors.HexColor('#1f6b4f'); ORA = colors.HexColor('#e07b20'); CREAM = colors.HexColor('#fbf6ea')
body = ParagraphStyle('b', fontName='DV', fontSize=7.9, leading=10, spaceAfter=3); d.body = body
entry = ParagraphStyle('e', parent=body, leftIndent=9, firstLineIndent=-9, spaceAfter=3.5)
small = ParagraphStyle('s', fontName='DV', fontSize=7, leading=8.8, spaceAfter=1.5)
tit = ParagraphStyle('t', fontName='DVB', fontSize=21, leading=24, textColor=GRN, spaceAfter=3)
sub = ParagraphStyle('su', fontName='DVI', fontSize=9.2, leading=11.5, spaceAfter=2)
kind = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=ORA, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=colors.white, backColor=GRN, borderPadding=(2, 3, 2, 3), spaceBefore=6, spaceAfter=5)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.8, leading=11, textColor=GRN, spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.3, leading=8.9); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.3, leading=8.9, textColor=colors.white)
cap = ParagraphStyle('cap', parent=small, fontName='DVI', spaceBefore=1, spaceAfter=5)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.6, leading=12, textColor=GRN, spaceBefore=4, leftIndent=6, borderPadding=0); qw = ParagraphStyle('qw', fontName='DV', fontSize=7, leading=8.8, spaceAfter=5, leftIndent=6)
FL = d.furn('Lexique de l’attiéké · BIT Abidjan · édition de mars 2026')
KIND = d.ign('FICHE-LEXIQUE · MANIOC ET PROTECTION SOCIALE')
def deco(c, doc):
    c.saveState()
    c.setFillColor(CREAM); c.rect(0, 0, W, Hh, stroke=0, fill=1)
    c.setFillColor(ORA); c.rect(0, Hh - 6*mm, W, 6*mm, stroke=0, fill=1)
    c.setStrokeColor(GRN); c.setLineWidth(0.4); c.line(W/2, 16*mm, W/2, Hh - (58*mm if doc.page == 1 else 14*mm))
    c.setFont('DV', 7); c.setFillColor(GRN)
    c.drawString(14*mm, 9*mm, FL);
    c.restoreState()
x0, x1 = 14*mm, W - 14*mm; mid = W/2; g = 5*mm
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Petit lexique de l’attiéké')
doc.addPageTemplates([
    PageTemplate('first', [Frame(x0, Hh - 56*mm, x1 - x0, 48*mm, id='top'), Frame(x0, 14*mm, mid - x0 - g, Hh - 72*mm, id='l'), Frame(mid + g, 14*mm, x1 - mid - g, Hh - 72*mm, id='r')], onPage=deco),
    PageTemplate('later', [Frame(x0, 14*mm, mid - x0 - g, Hh - 28*mm, id='l2'), Frame(mid + g, 14*mm, x1 - mid - g, Hh - 28*mm, id='r2')], onPage=deco)])
def G(term, text):
    s = d.para(term + ' : ' + text); t = d.f(term)
    assert s.startswith(t)
    d.add(Paragraph('<font name="DVB" color="#1f6b4f">' + d.e(t) + '</font>' + d.e(s[len(t):]), entry))
d.add(Paragraph(d.e(KIND), kind))
d.T('Petit lexique de l’attiéké et de la protection sociale', tit)
d.p('Dabou et Jacqueville, mars 2026 — les mots à connaître pour les transformatrices de manioc, leurs coopératives et leurs acheteurs', sub)
d.p('Ce lexique a été préparé avec la Coopérative des femmes transformatrices de manioc de Dabou (COFEMAD), qui compte 640 membres. Les mots sont rangés par thème, puis par ordre alphabétique. Un mot en gras renvoie à une autre entrée.')
d.add(NextPageTemplate('later'), FrameBreak())
d.h('Le métier', h1)
G('Attiéké', 'semoule de manioc fermenté, cuite à la vapeur. Un kilo de racines donne environ 300 grammes d’attiéké frais.')
G('Ferment', 'pâte de manioc cuit et vieilli que chaque transformatrice garde d’une préparation à l’autre ; c’est lui qui donne le goût.')
G('Presseuse', 'femme qui presse la pâte râpée pour en chasser l’eau, ou machine à vis qui fait ce travail. Le pressage à la main est la première cause de douleurs aux poignets.')
d.h('Les étapes, de la racine au plat', h2, 2)
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in ['Éplucher et laver les racines le jour de la récolte.', 'Râper, puis mélanger la pâte avec le ferment.']], bulletType='1', leftIndent=11, bulletFontName='DVB', bulletFontSize=7.9, bulletColor=ORA))
t3 = d.bullet('Presser la pâte fermentée :')
inner = ListFlowable([ListItem(d.P(d.bullet(x, 2), body), value='–') for x in ['à la machine, avec des gants ;', 'à la main, jamais plus d’une heure sans pause.']], bulletType='bullet', start='–', leftIndent=10, bulletFontName='DV', bulletFontSize=7.9)
d.add(ListFlowable([ListItem([d.P(t3, body), inner])] + [ListItem(d.P(d.bullet(s), body)) for s in ['Égrener, sécher au soleil, puis cuire à la vapeur.', 'Emballer le jour même pour les acheteurs.']], bulletType='1', start=3, leftIndent=11, bulletFontName='DVB', bulletFontSize=7.9, bulletColor=ORA))
d.h('La protection sociale', h1)
G('Assurance maladie', 'la couverture maladie universelle rembourse une partie des soins dans les centres de santé agréés. Elle est gérée par la Caisse nationale d’assurance maladie (CNAM), qui n’est partie à aucun des accords décrits dans ce lexique.')
G('Cotisation', 'somme versée chaque mois pour être couverte. Une transformatrice peut la payer seule, ou par l’intermédiaire de sa coopérative.')
G('Régime des indépendants', 'régime de retraite et d’accidents de la Caisse nationale de prévoyance sociale (CNPS), ouvert aux travailleuses qui n’ont pas de patron. La CNPS est placée sous la tutelle du Ministère de l’Emploi et de la Protection sociale de Côte d’Ivoire.')
d.h('Ce que coûte la couverture', h2, 2)
d.tab([['Couverture', 'Cotisation', 'Ce qu’elle donne']], [['Assurance maladie', '1 000 FCFA par mois', 'Soins et médicaments en partie remboursés'], ['Retraite des indépendants', 'À partir de 3 000 FCFA par mois', 'Pension à 60 ans'], ['Accidents du travail', 'Comprise dans la retraite', 'Soins et indemnité après une brûlure ou une chute']], cell, cellh, [23*mm, 25*mm, 38*mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), GRN), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.8)]),
      caption='Montants de janvier 2026, arrondis. Les chiffres de population viennent de l’Institut national de la statistique (INS).', capst=cap)
qt, qs, qr = d.quote('Avant, on disait que l’attiéké n’est pas un métier. Aujourd’hui, ma carte de la CNPS dit le contraire.', 'Akissi Bléhoué', 'présidente de la COFEMAD, Dabou')
d.add(Paragraph('«' + NB + d.e(qt) + NB + '»', qst), Paragraph('— ' + d.e(qs) + ', ' + d.e(qr), qw))
d.add(FrameBreak())
d.h('Les partenaires, de A à Z', h1)
G('ANADER', 'Agence nationale d’appui au développement rural. Elle forme les présidentes de groupement au séchage et à l’hygiène. Il y a deux ans, elle a conclu une convention avec la COFEMAD pour suivre chaque nouvelle presseuse pendant sa première saison.')
G('Banque Atlantique Côte d’Ivoire', 'banque dont l’agence de Jacqueville tient les comptes des groupements. La Caisse des femmes de Jacqueville reçoit d’elle un financement depuis 2024 pour avancer la première cotisation des nouvelles membres.')
G('Bureau international du Travail (BIT)', 'secrétariat de l’Organisation internationale du Travail. Il conduit à Dabou et Jacqueville un programme sur la protection sociale des transformatrices ; voir la fiche du projet ci-dessous.')
G('Chez Tantie Adjoua', 'maquis de Dabou qui livre les repas des journées de formation, payés à la commande.')
G('Hôtel Les Palétuviers', 'hôtel de Jacqueville, premier acheteur régulier d’attiéké frais de la coopérative, avec laquelle il a signé une lettre d’intention en 2024.')
G('MobiPay CI', 'service de paiement par téléphone. Des discussions sont en cours avec la COFEMAD pour payer les cotisations depuis le marché ; rien n’est signé.')
G('Protocole de Dabou', 'nom donné au protocole d’accord de 2023 qui lie la CNPS, la COFEMAD et la Mairie de Dabou. Le ministère ivoirien de l’Emploi a assisté à sa signature en simple observateur.')
G('Radio Lagune FM', 'radio communautaire de Jacqueville. Elle a rejoint le programme du BIT comme partenaire en 2025 et diffuse chaque jeudi une émission en adioukrou.')
G('Yao & Fils', 'atelier de Dabou qui fabrique et répare les presses à vis. L’an dernier, il a renouvelé pour trois ans sa convention d’entretien avec la COFEMAD.')
d.h('Fiche du projet', h2, 2)
d.tab([], [['Bailleur', 'Union européenne (UE), 2024-2027'], ['Mise en œuvre', 'BIT, avec la COFEMAD'], ['Zones', 'Dabou, Jacqueville, Songon'], ['Membres couvertes', '410 sur 640']], cell, cellh, [26*mm, 61*mm],
      TableStyle([('FONTNAME', (0, 0), (0, -1), 'DVCB'), ('LINEBELOW', (0, 0), (-1, -1), 0.3, GRN), ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e3efe6')), ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.8)]))
d.add(Spacer(1, 3*mm))
d.h('Contact', h2, 2)
d.contact('Mariam Koné', 'kone@ilo.org', '+225 27 22 40 12 00')
for s in ['Mariam Koné', d.ign('Équipe d’appui technique au travail décent pour l’Afrique de l’Ouest et bureau de pays de l’OIT pour la Côte d’Ivoire, le Bénin, le Burkina Faso, le Niger et le Togo'), d.ign('Tél. : +225 27 22 40 12 00'), d.ign('Courriel : kone@ilo.org'), d.link('www.ilo.org/abidjan')]:
    d.add(d.P(s, small))
d.orgs(('Coopérative des femmes transformatrices de manioc de Dabou', 'COFEMAD'), ('Caisse nationale d’assurance maladie', 'CNAM'), ('Caisse nationale de prévoyance sociale', 'CNPS'),
       'Ministère de l’Emploi et de la Protection sociale de Côte d’Ivoire', ('Institut national de la statistique', 'INS'), ('Agence nationale d’appui au développement rural', 'ANADER'),
       'Banque Atlantique Côte d’Ivoire', 'Caisse des femmes de Jacqueville', ('Bureau international du Travail', 'BIT'), 'Organisation internationale du Travail', 'Chez Tantie Adjoua', 'Hôtel Les Palétuviers',
       'MobiPay CI', 'Mairie de Dabou', 'Radio Lagune FM', 'Yao & Fils', ('Union européenne', 'UE'))
d.countries('CI', 'BJ', 'BF', 'NE', 'TG')
d.ps(['ANADER', 'COFEMAD'], 'cooperation_agreement', 2024)
d.ps(['Banque Atlantique Côte d’Ivoire', 'Caisse des femmes de Jacqueville'], 'funding', 2024)
d.ps(['Hôtel Les Palétuviers', 'COFEMAD'], 'letter_of_intent', 2024)
d.ps(['CNPS', 'COFEMAD', 'Mairie de Dabou'], 'memorandum_of_understanding', 2023)
d.ps(['Radio Lagune FM', 'BIT'], 'partnership', 2025)
d.ps(['Yao & Fils', 'COFEMAD'], 'cooperation_agreement', 2025, 2028)
d.ps(['UE', 'BIT'], 'funding', 2024, 2027)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
