from common import *
rl_setup()
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Table, NextPageTemplate, ListFlowable, ListItem, KeepInFrame
W, Hh = landscape(A5)
d = RL('blind12-05-fr-fiche-recette-soja', 'fr', 'reportlab', 'blind-recipe-card', 'transformatrices de soja, hygiène et protection sociale')
OR = colors.HexColor('#c8641e'); GR = colors.HexColor('#4d6b2a'); CR = colors.HexColor('#fbf3e4')
body = ParagraphStyle('b', fontName='DV', fontSize=7.6, leading=9.8, spaceAfter=3); d.body = body
kind = ParagraphStyle('k', fontName='DVB', fontSize=6.8, leading=8.5, textColor=OR, spaceAfter=2)
tit = ParagraphStyle('t', fontName='DVSB', fontSize=17, leading=20, textColor=colors.HexColor('#3b2410'), spaceAfter=2)
sub = ParagraphStyle('s', fontName='DVSI', fontSize=8.2, leading=10.5, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10, leading=12.5, textColor=OR, spaceBefore=3, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.4, leading=10.5, textColor=GR, spaceBefore=4, spaceAfter=2)
small = ParagraphStyle('sm', fontName='DV', fontSize=6.8, leading=8.6, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.2, leading=8.8); cellb = ParagraphStyle('cb', fontName='DVCB', fontSize=7.2, leading=8.8)
cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.2, leading=8.8, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=8.6, leading=11, textColor=colors.HexColor('#3b2410'), spaceBefore=4)
qw = ParagraphStyle('qw', fontName='DV', fontSize=6.8, leading=8.6, spaceAfter=4)
FOOTL = d.f('Fiche recette n° 3 · Édition 2025')
def deco(c, doc, side):
    c.saveState()
    c.setFillColor(CR); c.rect(0, 0, W, Hh, stroke=0, fill=1)
    c.setFillColor(OR); c.rect(0, 0, 9*mm, Hh, stroke=0, fill=1)
    c.setStrokeColor(OR); c.setLineWidth(0.6); c.roundRect(12*mm, 9*mm, W-18*mm, Hh-15*mm, 4*mm, stroke=1, fill=0)
    c.setFillColor(colors.HexColor('#555555')); c.setFont('DV', 6.3)
    c.drawString(14*mm, 4.5*mm, FOOTL); c.drawRightString(W-7*mm, 4.5*mm, side)
    c.restoreState()
TOPH = 36*mm
def frames(toph):
    x0, x1, y0, ytop = 15*mm, W-9*mm, 11*mm, Hh-8*mm
    mid = (x0 + x1) / 2
    return [Frame(x0, ytop-toph, x1-x0, toph, id='top', leftPadding=2, rightPadding=2, topPadding=2, bottomPadding=0),
            Frame(x0, y0, mid-x0-3*mm, ytop-toph-y0, id='l', leftPadding=2, rightPadding=2),
            Frame(mid+3*mm, y0, x1-mid-3*mm, ytop-toph-y0, id='r', leftPadding=2, rightPadding=2)]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=landscape(A5), title='Fiche recette soja')
doc.addPageTemplates([PageTemplate('recto', frames(TOPH), onPage=lambda c, dd: deco(c, dd, 'Recto')),
                      PageTemplate('verso', frames(20*mm), onPage=lambda c, dd: deco(c, dd, 'Verso'))])
d.furn(FOOTL); d.furn('Recto'); d.furn(FOOTL); d.furn('Verso')
d.add(NextPageTemplate('verso'))
d.i('FICHE RECETTE N° 3 · TRANSFORMATRICES DE SOJA DES PLATEAUX, TOGO', kind)
d.T('Le fromage de soja de Kpalimé', tit)
d.p('Une recette des femmes de l’Union des coopératives de transformatrices de soja (UCTS), avec les gestes d’hygiène et de sécurité au poste de cuisson', sub)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.white), ('BOX', (0, 0), (-1, -1), 0.5, OR), ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#e3c9a8')), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)])
hh, rr = d.table([], [['Portions', '40 morceaux', 'Préparation', '1 h 30'], ['Cuisson', '25 min', 'Coût des ingrédients', '2 500 FCFA']])
t = Table([[d.P(c, cellb if i % 2 == 0 else cell) for i, c in enumerate(r)] for r in rr], colWidths=[22*mm, 28*mm, 30*mm, 28*mm], hAlign='LEFT'); t.setStyle(ts); d.add(t)
d.add(FrameBreak())
d.h('Ingrédients', h1)
d.ul(['2 kg de graines de soja', '8 litres d’eau propre', '1 bol d’« eau de caillage » (l’eau acide gardée de la veille)', 'sel, piment et huile pour la friture'], body)
d.h('Matériel', h2)
d.ul(['un moulin à soja', ('une marmite et un tissu filtrant :', ['lavés à l’eau chaude ;', 'séchés au soleil.']), 'des moules en inox'], body)
box = []
st = ParagraphStyle('bx', parent=small)
hb = d.heading('Astuce', 2); box.append(d.P(hb, h2))
pb = d.para('Les moules en inox viennent de l’atelier Métal Plus, qui a signé une lettre d’intention avec l’UCTS au lendemain de la foire de Kpalimé de décembre 2024 : il les vend à prix coûtant aux coopératives.'); box.append(d.P(pb, st))
bt = Table([[box]], colWidths=[None]); bt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f3e2c4')), ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 5)]))
d.add(Spacer(1, 3*mm), bt)
d.add(FrameBreak())
d.h('Préparation', h1)
steps = ['Trier et laver les graines, puis les faire tremper 8 heures.', 'Moudre les graines avec l’eau ; filtrer dans le tissu pour obtenir le lait de soja.',
         'Porter le lait à ébullition 15 minutes, en remuant sans cesse.', 'Verser l’eau de caillage peu à peu : le lait caille.', 'Mouler, presser 20 minutes, couper en morceaux.', 'Faire frire dans l’huile chaude, saler et pimenter.']
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in steps], bulletType='1', bulletFontName='DVB', bulletFontSize=7.6, bulletColor=OR, leftIndent=11))
d.h('Au poste de cuisson', h2)
d.ul(['foulard sur les cheveux, tablier et chaussures fermées ;', 'la marmite sur un foyer stable, jamais à hauteur d’enfant ;', 'un seau de sable près de la friteuse ;', 'une pause de 10 minutes toutes les heures près du feu.'], body, bullet='✓')
d.add(FrameBreak())
# verso
d.h('Derrière la recette', h1)
d.p('À Kpalimé et à Atakpamé, quelque 640 femmes transforment le soja en fromage, en lait et en farine. Le projet « Soja décent » les aide à s’affilier à l’assurance maladie et à rendre les postes de cuisson plus sûrs.')
d.add(FrameBreak())
d.h('Les transformatrices en chiffres', h2)
ts2 = TableStyle([('BACKGROUND', (0, 0), (-1, 0), GR), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#c9b89a')), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)])
d.tab([['Indicateur', '2023', '2025']], [['Membres de l’UCTS', '410', '640'], ['Affiliées à l’assurance maladie', '35', '298'], ['Brûlures déclarées', '57', '19'], ['Foyers surélevés installés', '0', '72']],
      cell, cellh, [44*mm, 16*mm, 16*mm], ts2, caption='Source : UCTS ; données de population de l’Institut national de la statistique et des études économiques et démographiques (INSEED).', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.q('Avant, je me brûlais les bras presque chaque semaine. Avec le foyer surélevé et le tablier, c’est fini.', 'Akossiwa Agbéko', 'présidente de la coopérative Mawuli de Kpalimé', qst, qw)
d.add(FrameBreak())
d.h('Qui soutient les transformatrices ?', h1)
d.p('Les fonds viennent du Luxembourg : LuxDev, l’agence luxembourgeoise pour la coopération au développement, les a confiés au Bureau international du Travail (BIT) en 2024, et ce jusqu’à fin 2027.')
d.p('La Commune de Kloto 1, la Chambre régionale des métiers des Plateaux et l’UCTS sont liées depuis 2023 par une convention qui met un hangar de cuisson à la disposition des coopératives.')
d.p('Un protocole d’accord a été signé en juillet 2025 par l’Institut national d’assurance maladie (INAM) et l’UCTS : les membres paient leur cotisation par mobile money.')
d.p('Depuis 2022, le BIT et l’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO) conduisent ensemble le programme conjoint dont cette fiche fait partie.')
d.p('L’Institut togolais de recherche agronomique (ITRA) a analysé les échantillons dans le cadre d’une prestation payée. Avec une banque locale, des discussions ont eu lieu ; rien n’est signé.', small)
d.h('Contact', h2)
d.contact('Komi Amegah', 'amegah@ilo.org', '+228 24 41 03 17')
for s in ['Komi Amegah', d.ign('Projet « Soja décent », Kpalimé'), d.ign('Tél. : +228 24 41 03 17'), d.ign('Courriel : amegah@ilo.org'), d.link('www.ilo.org/abidjan')]:
    d.add(d.P(d.f(s), small))
d.orgs(('Union des coopératives de transformatrices de soja', 'UCTS'), 'atelier Métal Plus', ('Institut national de la statistique et des études économiques et démographiques', 'INSEED'), 'coopérative Mawuli de Kpalimé',
       'LuxDev', ('Bureau international du Travail', 'BIT'), 'Commune de Kloto 1', 'Chambre régionale des métiers des Plateaux', ('Institut national d’assurance maladie', 'INAM'),
       ('Organisation des Nations Unies pour l’alimentation et l’agriculture', 'FAO'), ('Institut togolais de recherche agronomique', 'ITRA'))
d.countries('TG', 'LU')
d.ps(['atelier Métal Plus', 'UCTS'], 'letter_of_intent', 2024)
d.ps(['LuxDev', 'BIT'], 'funding', 2024, 2027)
d.ps(['Commune de Kloto 1', 'Chambre régionale des métiers des Plateaux', 'UCTS'], 'cooperation_agreement', 2023)
d.ps(['INAM', 'UCTS'], 'memorandum_of_understanding', 2025)
d.ps(['BIT', 'FAO'], 'programme', 2022)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
