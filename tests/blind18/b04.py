from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, Spacer, ListFlowable, ListItem
W, Hh = A4
d = RL('blind18-04-fr-diapos-rumonge-ndagala', 'fr', 'reportlab', 'blind-slide-handout-notes', 'pêche de nuit au ndagala, gilets, lampes solaires et sécurité sociale des pêcheurs et sécheuses')
BLUE = colors.HexColor('#12496b'); SAND = colors.HexColor('#f2e6c9'); ORA = colors.HexColor('#d9822b')
body = ParagraphStyle('b', fontName='DV', fontSize=7.3, leading=9.1, spaceAfter=2.4); d.body = body
sl = ParagraphStyle('sl', fontName='DV', fontSize=8.2, leading=10.2, spaceAfter=1.5)
tit = ParagraphStyle('t', fontName='DVB', fontSize=17, leading=20, textColor=BLUE, spaceAfter=6)
sub = ParagraphStyle('su', fontName='DVI', fontSize=9, leading=11.5, spaceAfter=2)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12.5, leading=15, textColor=BLUE, spaceAfter=5)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8, leading=10, textColor=ORA, spaceBefore=2, spaceAfter=1.5)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.4, leading=8.8); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.4, leading=8.8, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=8, leading=10, textColor=BLUE, spaceBefore=2); qw = ParagraphStyle('qw', fontName='DV', fontSize=6.6, leading=8.2, spaceAfter=2)
small = ParagraphStyle('s', fontName='DV', fontSize=6.6, leading=8.2, spaceAfter=2)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=6.4, leading=8, spaceBefore=2)
HL = d.furn('Bureau international du Travail · atelier « Lac sûr » · Rumonge')
d.furn(HL)
PG = [d.furn('Support de présentation · page 1/2'), d.furn('Support de présentation · page 2/2')]
LAB = [d.ign(f'Diapositive {i} / 6') for i in range(1, 7)]
NOTE = d.ign('Notes')
for i in range(5): d.ign(NOTE)
M = 15*mm; TOP = Hh - 22*mm; ROWH = 84*mm; SW = 112*mm; SH = 74*mm; NX = M + SW + 7*mm; NW = W - M - NX
def rows():
    fr = []
    for r in range(3):
        y = TOP - (r+1)*ROWH + 6*mm
        fr.append(Frame(M+4*mm, y+3*mm, SW-8*mm, SH-9*mm, id=f's{r}', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        fr.append(Frame(NX, y, NW, SH-4*mm, id=f'n{r}', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
    return fr
def deco(c, doc):
    pn = doc.page; c.saveState()
    c.setFont('DV', 7); c.setFillColor(BLUE); c.drawString(M, Hh-12*mm, HL); c.drawRightString(W-M, Hh-12*mm, PG[pn-1])
    c.setStrokeColor(BLUE); c.setLineWidth(0.5); c.line(M, Hh-13.5*mm, W-M, Hh-13.5*mm)
    for r in range(3):
        y = TOP - (r+1)*ROWH + 6*mm
        c.setFillColor(colors.HexColor('#c9c9c9')); c.rect(M+1.2*mm, y-1.2*mm, SW, SH, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setStrokeColor(BLUE); c.setLineWidth(0.8); c.rect(M, y, SW, SH, stroke=1, fill=1)
        c.setFillColor(SAND); c.rect(M, y, SW, 5*mm, stroke=0, fill=1)
        c.setFillColor(BLUE); c.setFont('DV', 6); c.drawRightString(M+SW-3*mm, y+1.6*mm, LAB[(pn-1)*3 + r])
        c.setFont('DVB', 7); c.setFillColor(ORA); c.drawString(NX, y+SH-1*mm, NOTE)
        c.setStrokeColor(colors.HexColor('#dddddd')); c.setLineWidth(0.3)
    c.restoreState()
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Pêcher le ndagala sans y laisser sa santé', leftMargin=M, rightMargin=M)
doc.addPageTemplates([PageTemplate('p', rows(), onPage=deco)])
FB = lambda: d.add(FrameBreak())
def NUM(items, st):
    d.add(ListFlowable([ListItem(d.P(d.bullet(s), st)) for s in items], bulletType='1', bulletFormat='%s.', leftIndent=11, bulletFontName='DVB', bulletFontSize=st.fontSize, bulletColor=ORA))
# ---- slide 1
d.add(Spacer(1, 6*mm))
d.T('Pêcher le ndagala sans y laisser sa santé', tit)
d.p('Rumonge, 18 mars 2026 – support de l’atelier destiné aux pêcheurs, aux sécheuses et aux propriétaires d’unités de pêche du lac Tanganyika', sub)
FB()
d.p('Le ndagala se pêche de nuit, à la lampe, depuis des catamarans de six à huit hommes. Au retour, à l’aube, les femmes le font sécher sur le sable des plages de Kagongo, Kanyenkoko et Mugara. Environ 9 000 personnes vivent de cette filière autour de Rumonge.')
d.p('L’atelier est organisé par le Bureau international du Travail (BIT) à la demande du Syndicat des pêcheurs artisanaux de Rumonge (SYPAR). Ces notes reprennent ce qui sera dit pour chaque diapositive.')
FB()
# ---- slide 2
d.h('Les risques de la pêche de nuit', h1)
d.ul([('La noyade :', ['un pêcheur sur trois ne sait pas nager ;', 'les gilets restent souvent à terre.']), 'Les fumées des lampes à pétrole, respirées toute la nuit.', 'Le dos et les mains des sécheuses, courbées six heures par jour.'], sl, sl)
FB()
d.h('Ce que disent les chiffres', h2, 2)
d.p('Onze pêcheurs se sont noyés en 2025 au large de Rumonge, contre dix-sept en 2023. Aucun ne portait de gilet.')
d.q('La nuit, le lac est calme jusqu’au moment où il ne l’est plus. Un gilet ne coûte que le prix d’une nuit de pêche.', 'Emmanuel Niyonkuru', 'chef d’équipe sur un catamaran, Kagongo', qst, qw, open_='«\u00a0', close='\u00a0»')
FB()
# ---- slide 3
d.h('Ce qui change à bord dès la saison 2026', h1)
NUM(['Un gilet par homme, porté dès la sortie du port.', 'Deux lampes solaires au moins par catamaran.', 'Un sifflet et une lampe de secours attachés au mât.', 'Le propriétaire de l’unité tient la liste de l’équipage.'], sl)
FB()
d.p('L’Institut national de sécurité sociale (INSS) et le SYPAR collaborent depuis 2022 dans le cadre d’un protocole d’accord : les équipages inscrits sur la liste sont déclarés à l’INSS par le syndicat.')
d.p('Tanganyika Solar & Lumière vend des lampes solaires aux unités de pêche. L’an dernier, l’entreprise a signé une lettre d’intention avec le SYPAR pour les vendre à crédit, remboursées sur la pêche.')
FB()
# ---- slide 4 (page 2)
d.h('La couverture sociale', h1)
d.tab([['Qui', 'Cotisation par mois', 'Ce qui est couvert']], [
    ['Pêcheur d’équipage', '3 000 FBu', 'accident du travail, retraite (INSS)'],
    ['Propriétaire d’unité', '8 000 FBu', 'accident du travail, retraite (INSS)'],
    ['Sécheuse (coopérative Twiyungunganye, convention de 2023 avec la MUPETA)', '2 000 FBu', 'soins de santé à 80 %'],
], cell, cellh, [34*mm, 26*mm, 40*mm], TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLUE), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.6)]),
      caption='Montants en francs burundais, fixés pour 2026.', capst=cap)
FB()
d.p('La Mutuelle des pêcheurs du Tanganyika (MUPETA) rembourse les soins. Les sécheuses y adhèrent par la Coopérative des sécheuses de ndagala Twiyungunganye, qui collecte les cotisations chaque samedi.')
d.p('Le pacte de Kagongo, que la MUPETA et l’Hôpital de Rumonge ont conclu il y a trois ans, garantit aux membres une consultation sans avance de frais.')
FB()
# ---- slide 5
d.h('Qui soutient « Lac sûr » ?', h1)
d.ul(['Grâce à une subvention du Luxembourg, le BIT équipe 300 catamarans.', 'Radio Isanganiro diffuse le bulletin météo du lac.', ('Les banques et les acheteurs :', ['la Caisse coopérative d’épargne et de crédit de Rumonge ouvre des comptes ;', 'Kivu-Tanganyika Frigo SARL achète le poisson frais.'])], sl, sl)
FB()
d.p('La subvention est versée par l’Agence luxembourgeoise pour la coopération au développement (LuxDev) au BIT et couvre la période de 2025 à 2027. Radio Isanganiro a rejoint le programme « Lac sûr » du BIT comme partenaire en 2024.')
d.h('Ce qui n’est pas signé', h2, 2)
d.p('La Caisse coopérative d’épargne et de crédit de Rumonge ouvre des comptes aux pêcheurs sans accord avec le programme. Kivu-Tanganyika Frigo SARL devrait signer une convention l’an prochain. Le Ministère de la Fonction publique, du Travail et de l’Emploi du Burundi a été invité à signer le pacte de Kagongo ; le ministère burundais du Travail ne l’a pas encore fait. L’Autorité du lac Tanganyika (ALT) suit l’atelier en observatrice. La salle est prêtée par la paroisse Saint-Joseph de Rumonge. Les chiffres de noyade viennent de l’Institut de statistiques et d’études économiques du Burundi (ISTEEBU).', small)
FB()
# ---- slide 6
d.h('Pour aller plus loin', h1)
d.ul(['Inscrire un équipage : bureau du SYPAR, port de Rumonge.', 'Adhérer à la mutuelle : le samedi, plage de Kagongo.'], sl, sl)
d.contact('Aline Ndayishimiye', 'ndayishimiye@ilo.org', '+257 22 27 56 10')
for s in ['Aline Ndayishimiye', d.ign('Bureau de pays de l’OIT pour la République-Unie de Tanzanie, le Burundi, le Kenya, le Rwanda et l’Ouganda'), d.ign('Tél. : +257 22 27 56 10'), d.ign('Courriel : ndayishimiye@ilo.org'), d.link('www.ilo.org/daressalaam')]:
    d.add(d.P(s, sl))
FB()
d.p('Le support et les notes peuvent être copiés librement. Ils ont été relus par les délégués du SYPAR et par les sécheuses de Mugara.')
d.orgs(('Bureau international du Travail', 'BIT'), ('Syndicat des pêcheurs artisanaux de Rumonge', 'SYPAR'), ('Institut national de sécurité sociale', 'INSS'), 'Tanganyika Solar & Lumière',
       ('Mutuelle des pêcheurs du Tanganyika', 'MUPETA'), 'Coopérative des sécheuses de ndagala Twiyungunganye', 'Hôpital de Rumonge', 'Radio Isanganiro',
       'Caisse coopérative d’épargne et de crédit de Rumonge', 'Kivu-Tanganyika Frigo SARL', ('Agence luxembourgeoise pour la coopération au développement', 'LuxDev'),
       'Ministère de la Fonction publique, du Travail et de l’Emploi du Burundi', ('Autorité du lac Tanganyika', 'ALT'), 'paroisse Saint-Joseph de Rumonge',
       ('Institut de statistiques et d’études économiques du Burundi', 'ISTEEBU'))
d.countries('BI', 'LU', 'TZ', 'KE', 'RW', 'UG')
d.ps(['INSS', 'SYPAR'], 'memorandum_of_understanding', 2022)
d.ps(['Tanganyika Solar & Lumière', 'SYPAR'], 'letter_of_intent', 2025)
d.ps(['Coopérative des sécheuses de ndagala Twiyungunganye', 'MUPETA'], 'cooperation_agreement', 2023)
d.ps(['MUPETA', 'Hôpital de Rumonge'], 'cooperation_agreement', 2023)
d.ps(['LuxDev', 'BIT'], 'funding', 2025, 2027)
d.ps(['Radio Isanganiro', 'BIT'], 'programme', 2024)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
