from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle as PS
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Spacer, NextPageTemplate, PageBreak, TableStyle, FrameBreak, Table, KeepTogether
BR, GR, CR = colors.HexColor('#5B3A29'), colors.HexColor('#3C7A3B'), colors.HexColor('#F5EFE6')
b = RL('blind6-07-fr-cooperatives-cafe', 'fr', 'reportlab', 'blind-timeline-sidebar', 'coopératives caféicoles et sécurité au travail')
body = PS('b', fontName='DV', fontSize=8.8, leading=12.2, spaceAfter=5)
h1 = PS('h1', fontName='DVB', fontSize=12, leading=15, textColor=BR, spaceBefore=7, spaceAfter=3)
h2 = PS('h2', fontName='DVB', fontSize=9.4, leading=12, textColor=GR, spaceBefore=4, spaceAfter=2)
side = PS('sd', parent=body, fontName='DVC', fontSize=8, leading=10.4)
sideh = PS('sdh', parent=h1, fontSize=10, textColor=colors.white, backColor=BR, borderPadding=(3, 3, 3, 3), spaceAfter=8)
yr = PS('yr', fontName='DVB', fontSize=9, leading=12, textColor=colors.white, alignment=1)
tit = PS('t', fontName='DVSB', fontSize=22, leading=26, textColor=BR)
sub = PS('st', fontName='DVSI', fontSize=11, leading=14, textColor=GR, spaceBefore=4)
kick = PS('k', fontName='DVB', fontSize=8, leading=10, textColor=GR)
qst = PS('q', fontName='DVSI', fontSize=11.5, leading=15, textColor=BR, leftIndent=8 * mm, rightIndent=8 * mm, spaceBefore=8)
qw = PS('qw', parent=body, fontSize=8, leftIndent=8 * mm, alignment=2, rightIndent=8 * mm)
cap = PS('cap', parent=body, spaceBefore=4, fontName='DVI', fontSize=7.4, leading=9, textColor=colors.HexColor('#666666'))
W, Hh = A4; M = 16 * mm
b.body = body
furn = {}
def deco(c, d):
    c.saveState(); c.setFillColor(GR); c.rect(0, Hh - 8 * mm, W, 8 * mm, stroke=0, fill=1)
    c.setFont('DV', 7.4); c.setFillColor(colors.HexColor('#555555'))
    c.drawString(M, 9 * mm, furn[d.page][0]); c.drawRightString(W - M, 9 * mm, furn[d.page][1]); c.restoreState()
def deco1(c, d):
    c.saveState(); c.setFillColor(CR); c.rect(M - 3 * mm, 16 * mm, 60 * mm, Hh - 76 * mm, stroke=0, fill=1); c.restoreState(); deco(c, d)
doc = BaseDocTemplate(f'{D}/{b.id}.pdf', pagesize=A4, leftMargin=M, rightMargin=M, topMargin=14 * mm, bottomMargin=16 * mm, title='Café, coopératives et sécurité', author='OIT')
top = Frame(M, Hh - 58 * mm, W - 2 * M, 46 * mm, id='top')
doc.addPageTemplates([PageTemplate('p1', [top, Frame(M + 60 * mm, 16 * mm, W - 2 * M - 60 * mm, Hh - 76 * mm, id='main', leftPadding=8 * mm),
                                          Frame(M - 1 * mm, 18 * mm, 56 * mm, Hh - 80 * mm, id='side')], onPage=deco1),
                      PageTemplate('p2', [Frame(M, 16 * mm, W - 2 * M, Hh - 30 * mm, id='full')], onPage=deco)])
furn[1] = (b.furn('OIT · Coopératives caféicoles du Rwanda'), b.furn('1/2')); furn[2] = (b.furn('OIT · Coopératives caféicoles du Rwanda'), b.furn('2/2'))
b.add(Spacer(1, 4 * mm)); b.i('Bureau de l’OIT pour la Tanzanie, le Burundi, le Kenya, le Rwanda et l’Ouganda · Fiche programme', kick)
b.add(Spacer(1, 3 * mm)); b.T('Des stations de lavage plus sûres pour les coopératives de café', tit)
b.p('Provinces du Sud et de l’Ouest, Rwanda · Programme « Café digne », 2022-2027', sub)
b.add(FrameBreak())
b.h('Pourquoi ce programme ?', h1)
b.p('Le café fait vivre près de 400 000 ménages au Rwanda. Pendant la récolte, de mars à juillet, les stations de lavage des coopératives tournent jour et nuit : les cerises sont dépulpées, fermentées puis séchées sur des tables. Les travailleurs saisonniers, en majorité des femmes, y manipulent des charges lourdes et des machines sans protection.')
b.p('Le programme « Café digne » de l’Organisation internationale du Travail (OIT) aide les coopératives à rendre ce travail plus sûr et mieux payé, sans perdre en compétitivité.')
b.h('Ce que fait le programme', h1)
b.h('Dans les stations de lavage', h2)
b.ul(['un comité de sécurité et de santé par station ;', ('des équipements adaptés :', ['protections sur les dépulpeuses ;', 'bottes et gants pour la fermentation ;', 'tables de séchage à hauteur de taille.']), 'un registre des accidents tenu par le gérant.'], body, side)
b.h('Dans les coopératives', h2)
b.p('Les gérants suivent une formation à la gestion des saisonniers : contrats écrits, paie par téléphone mobile, congés de maternité pour les travailleuses permanentes.')
b.h('Qui s’engage ?', h1)
b.p('Le Bureau international du Travail (BIT) a signé dès 2022 un protocole d’accord avec l’Agence rwandaise des coopératives (RCA). Prorogé en 2025, il reste en vigueur jusqu’en 2027.')
b.p('Sur le terrain, la Fédération rwandaise des coopératives caféicoles (FERWACAFE) et le Syndicat des travailleurs de l’agriculture et de l’agro-industrie (SYTRAGRI) travaillent ensemble au titre d’une convention de collaboration paraphée en 2023.')
b.add(FrameBreak())
b.h('Chronologie', h1.clone('sh', textColor=BR, fontSize=11))
tl = [('2022', 'Protocole d’accord BIT – RCA'), ('2023', 'Convention FERWACAFE – SYTRAGRI'), ('2024', 'Subvention de l’AFD ; accord-cadre sur la sécurité dans les stations'),
      ('2025', 'Lettre d’intention d’un torréfacteur ; prorogation du protocole'), ('2027', 'Fin du programme')]
hdr, rows = b.table([], [list(r) for r in tl])
t = Table([[b.P(r[0], yr), b.P(r[1], side)] for r in rows], colWidths=[17 * mm, 37 * mm])
t.setStyle(TableStyle([('BACKGROUND', (0, 0), (0, -1), GR), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (1, 0), (1, -1), 0.5, colors.white),
                       ('BOTTOMPADDING', (0, 0), (-1, -1), 7), ('TOPPADDING', (0, 0), (-1, -1), 7), ('LINEBELOW', (0, 0), (0, -2), 3, CR)]))
b.add(t, Spacer(1, 6 * mm))
b.h('En bref', h2)
b.tab([], [['Stations', '62'], ['Coopératives', '27'], ['Saisonniers', '9 400']], side, side, [26 * mm, 28 * mm],
      TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, BR), ('FONTNAME', (0, 0), (0, -1), 'DVB')]))
b.add(NextPageTemplate('p2'), FrameBreak())
b.p('L’accord-cadre sur la sécurité dans les stations de lavage a été signé en 2024 par quatre parties : le Ministère de la Fonction publique et du Travail (MIFOTRA), la RCA, la FERWACAFE et le SYTRAGRI. Il fixe des règles minimales pour toutes les stations, qu’elles appartiennent ou non à une coopérative.')
b.p('Le financement provient d’une subvention de l’AFD (Agence française de développement), accordée au BIT en 2024 pour une durée de trois ans.')
b.p('Côté marché, la maison Torréfaction Bernard & Fils, à Lyon, a remis en 2025 une lettre d’intention à la FERWACAFE : elle s’engage à acheter en priorité le café des stations qui respectent l’accord-cadre, avec une prime par kilo.')
b.p('L’Office national de développement des exportations agricoles (NAEB) publie les prix de référence utilisés pour calculer la paie des saisonniers. La Banque rwandaise de développement (BRD) étudie une ligne de crédit pour l’équipement des stations ; aucun accord n’est encore signé.')
b.h('Résultats de la saison 2025', h1)
b.tab([['Indicateur', 'Saison 2023', 'Saison 2025', 'Cible 2027']],
      [['Stations dotées d’un comité de sécurité', '8', '41', '62'], ['Accidents avec arrêt de travail, pour 100 saisonniers', '6,1', '3,4', '2,0'],
       ['Saisonniers avec un contrat écrit', '12 %', '58 %', '90 %'], ['Part des femmes parmi les membres des comités', '–', '46 %', '50 %']],
      body, PS('th', parent=body, fontName='DVB', textColor=colors.white), [88 * mm, 28 * mm, 28 * mm, 28 * mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), BR), ('LINEBELOW', (0, 1), (-1, -1), 0.5, colors.HexColor('#BBA58F')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]),
      caption='Source : registres des stations, suivi du programme (septembre 2025).', capst=cap)
b.q('Avant, je portais les sacs de cerises sur la tête jusqu’à la cuve. Depuis qu’il y a le chariot, je finis la journée sans douleur dans le dos.', 'Immaculée Uwase', 'saisonnière, station de Maraba', qst, qw, open_='« ', close=' »')
b.add(Spacer(1, 8 * mm))
cb = []
hc = b.heading(b.f('Contact'), 2); cb.append(b.P(hc, h2)); b.contact('Jean de Dieu Habimana', 'habimana@ilo.org', '+250 788 310 442'); cb.append(b.P('Jean de Dieu Habimana', PS('n', parent=body, fontName='DVB', spaceAfter=0)))
for x in ['Chargé de programme, « Café digne »', 'Antenne de l’OIT, Kigali', 'Tél. : +250 788 310 442', 'Courriel : habimana@ilo.org']: cb.append(b.P(b.ign(b.f(x)), PS('c', parent=body, spaceAfter=0)))
cb.append(b.P(b.link('www.ilo.org/dar-es-salaam'), body))
ct = Table([[cb]], colWidths=[W - 2 * M]); ct.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, GR), ('BACKGROUND', (0, 0), (-1, -1), CR), ('LEFTPADDING', (0, 0), (-1, -1), 8)]))
b.add(ct)
doc.build(b.story)
b.orgs(('Organisation internationale du Travail', 'OIT'), ('Bureau international du Travail', 'BIT'), ('Bureau de l’OIT pour la Tanzanie, le Burundi, le Kenya, le Rwanda et l’Ouganda',),
       ('Agence rwandaise des coopératives', 'RCA'), ('Fédération rwandaise des coopératives caféicoles', 'FERWACAFE'), ('Syndicat des travailleurs de l’agriculture et de l’agro-industrie', 'SYTRAGRI'),
       ('Ministère de la Fonction publique et du Travail', 'MIFOTRA'), ('Agence française de développement', 'AFD'), ('Torréfaction Bernard & Fils',),
       ('Office national de développement des exportations agricoles', 'NAEB'), ('Banque rwandaise de développement', 'BRD'), ('Antenne de l’OIT, Kigali',))
b.countries('TZ', 'BI', 'KE', 'RW', 'UG')
b.ps(['BIT', 'RCA'], 'memorandum_of_understanding', 2022, 2027)
b.ps(['FERWACAFE', 'SYTRAGRI'], 'cooperation_agreement', 2023)
b.ps(['MIFOTRA', 'RCA', 'FERWACAFE', 'SYTRAGRI'], 'cooperation_agreement', 2024)
b.ps(['AFD', 'BIT'], 'funding', 2024)
b.ps(['Torréfaction Bernard & Fils', 'FERWACAFE'], 'letter_of_intent', 2025)
b.finish(f'{D}/{b.id}.pdf')
import shutil; shutil.copy(__file__, f'{D}/{b.id}.py')
