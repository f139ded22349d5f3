from common import *
rl_setup()
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Table, KeepTogether, NextPageTemplate
from reportlab.platypus.flowables import Flowable
W, Hh = landscape(A4); PW = W/3
d = RL('blind8-05-fr-dockers-djibouti', 'fr', 'reportlab', 'blind-trifold-coupon', 'sécurité et protection sociale des dockers')
BLUE = colors.HexColor('#0b4f8a'); SAND = colors.HexColor('#e9dcc0'); RED = colors.HexColor('#c0392b')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.4, spaceAfter=4); d.body = body
cov = ParagraphStyle('cov', fontName='DVB', fontSize=22, leading=27, textColor=colors.white, spaceAfter=8)
covs = ParagraphStyle('covs', fontName='DV', fontSize=11, leading=14, textColor=colors.white, spaceAfter=10)
covk = ParagraphStyle('covk', fontName='DVB', fontSize=8.5, leading=11, textColor=SAND, spaceAfter=40)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=BLUE, spaceBefore=4, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, textColor=RED, spaceBefore=5, spaceAfter=3)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=7.4, leading=9, textColor=colors.HexColor('#444444'))
crs = ParagraphStyle('cr', fontName='DV', fontSize=6, leading=8, textColor=colors.HexColor('#777777'), spaceAfter=6)
small = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10.5)
form = ParagraphStyle('f', fontName='DV', fontSize=8.5, leading=16)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10.5, leading=14, textColor=BLUE, spaceBefore=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.8, leading=9.6); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.8, leading=9.6, textColor=colors.white)
class Photo(Flowable):
    def __init__(s, h): s.h = h
    def wrap(s, aw, ah): s.w = aw; return aw, s.h
    def draw(s):
        s.canv.setFillColor(colors.HexColor('#b9c4cc')); s.canv.rect(0, 0, s.w, s.h, stroke=0, fill=1)
def p1(c, doc):
    c.setFillColor(BLUE); c.rect(0, 0, PW, Hh, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor('#cccccc')); c.setDash(2, 3); c.line(PW, 0, PW, Hh); c.line(2*PW, 0, 2*PW, Hh)
def p2(c, doc):
    c.setStrokeColor(colors.HexColor('#cccccc')); c.setDash(2, 3); c.line(PW, 0, PW, Hh)
    c.setStrokeColor(RED); c.setDash(4, 3); c.setLineWidth(1); c.line(2*PW, 0, 2*PW, Hh)
    c.setDash(); c.setFillColor(RED); c.setFont('DV', 12); c.drawString(2*PW-4, Hh-14*mm, '✂')
fr = lambda i: Frame(i*PW+10*mm, 10*mm, PW-20*mm, Hh-20*mm, id=f'f{i}', leftPadding=0, rightPadding=0)
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=landscape(A4), title='Dockers de Djibouti')
doc.addPageTemplates([PageTemplate('one', [fr(0), fr(1), fr(2)], onPage=p1), PageTemplate('two', [fr(0), fr(1), fr(2)], onPage=p2)])
d.add(NextPageTemplate('two'))
# panel 1: cover
d.i('Organisation internationale du Travail · Bureau de pays pour Djibouti, la Somalie et le Soudan', covk)
d.T('Sur les quais de Doraleh, la sécurité d’abord', cov)
d.p('Un projet pour les dockers et les manutentionnaires du port de Djibouti, 2024-2026', covs)
d.i('Dépliant d’information à l’intention des travailleurs et des entreprises de manutention', ParagraphStyle('x', parent=covs, fontSize=8.5, textColor=SAND))
d.add(FrameBreak())
# panel 2
d.h('Pourquoi ce projet ?', h1)
d.p('Près de 4 000 dockers chargent et déchargent chaque jour les navires à Doraleh, au Port de Djibouti et au terminal de Tadjourah. Un sur trois est journalier : il n’a ni contrat écrit, ni assurance en cas d’accident.')
d.p('Le projet « Quais sûrs » veut réduire de moitié les accidents graves et affilier tous les journaliers à la sécurité sociale d’ici à la fin de 2026.')
d.h('Ce que le projet propose', h2)
d.ul([('des formations courtes, sur le quai :', ['élingage et signaux de grue ;', 'travail de nuit et fatigue ;', 'premiers secours.']),
      'un comité d’hygiène et de sécurité dans chaque entreprise de manutention ;',
      'un guichet unique pour l’affiliation des journaliers.'], body)
d.add(FrameBreak())
# panel 3: photos
d.add(Photo(38*mm)); d.i('Relève de l’équipe de nuit au terminal à conteneurs de Doraleh.', cap); d.credit('© OIT/A. Houmed'); d.add(d.P(d.t['credits'][-1], crs))
d.add(Photo(38*mm)); d.i('Exercice d’évacuation avec les pompiers du port, prévu par la lettre d’intention signée en mars 2025 entre l’APZFD et la Direction de la protection civile.', cap); d.credit('© OIT/F. Aden'); d.add(d.P(d.t['credits'][-1], crs))
d.add(Photo(38*mm)); d.i('Session de formation à l’élingage pour des journaliers.', cap); d.credit('© OIT/A. Houmed'); d.add(d.P(d.t['credits'][-1], crs))
d.add(FrameBreak())
# page 2 panel 1: partners
d.h('Nos partenaires', h1)
d.p('Le projet est financé par la Banque africaine de développement (BAD), au moyen d’un don accordé au Bureau international du Travail (BIT) pour la période 2024-2026.')
d.p('Le 3 février 2025, l’Autorité des ports et des zones franches de Djibouti (APZFD), l’Union djiboutienne du travail (UDT) et la Fédération des employeurs de Djibouti (FED) ont signé avec le BIT un protocole d’accord sur la sécurité des opérations de manutention.')
d.p('Lié depuis 2023 à la Caisse nationale de sécurité sociale (CNSS) par un accord de coopération, le Syndicat des dockers de Djibouti (SDD) tient les permanences d’affiliation sur le port.')
d.p('Enfin, le Centre de formation portuaire de Djibouti a conclu en 2024 un jumelage avec le Grand Port Maritime de Marseille : des formateurs français viennent chaque trimestre.')
d.p('Les chiffres cités proviennent de l’Institut national de la statistique de Djibouti (INSTAD). Les consignes de manutention suivent les recommandations de l’Organisation maritime internationale (OMI).', small)
d.add(FrameBreak())
# panel 2: figures + quote
d.h('Le port en chiffres', h1)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLUE), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#bbbbbb')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['Indicateur', '2023', '2025']], [['Dockers recensés', '3 650', '3 980'], ['Journaliers affiliés à la CNSS', '410', '1 270'], ['Accidents avec arrêt de travail', '212', '131'], ['Comités de sécurité actifs', '2', '9']],
      cell, cellh, [40*mm, 18*mm, 18*mm], ts, caption='Tableau : données APZFD, CNSS et INSTAD.', capst=cap)
d.q('Avant, on montait sur les piles de conteneurs sans harnais. Aujourd’hui, personne ne commence son quart sans le briefing sécurité.', 'Moussa Ali Doualeh', 'chef d’équipe, terminal de Doraleh', qst, qw)
d.h('Nous contacter', h2)
d.contact('Hodan Ismaël Farah', 'farah@ilo.org', '+253 21 35 04 12')
for s in ['Hodan Ismaël Farah', d.ign('Coordonnatrice du projet « Quais sûrs »'), d.ign('Tél. : +253 21 35 04 12'), d.ign('Courriel : farah@ilo.org'), d.link('www.ilo.org/addisababa')]:
    d.add(d.P(d.f(s), small))
d.add(FrameBreak())
# panel 3: coupon
d.h('Coupon-réponse', h1)
d.p('Vous êtes docker, chef d’équipe ou employeur ? Détachez ce coupon et déposez-le à la permanence du SDD, porte 4 du port.', small)
for s in ['Nom et prénom : ……………………………………', 'Entreprise ou syndicat : ……………………………', 'Téléphone : ………………………………………', 'Je souhaite :', '☐ suivre une formation sécurité', '☐ m’affilier à la CNSS', '☐ créer un comité dans mon entreprise', 'Signature : ………………………………………']:
    d.i(s, form)
d.orgs(('Organisation internationale du Travail', None), 'Bureau de pays pour Djibouti, la Somalie et le Soudan', ('Banque africaine de développement', 'BAD'), ('Bureau international du Travail', 'BIT'),
       ('Autorité des ports et des zones franches de Djibouti', 'APZFD'), ('Union djiboutienne du travail', 'UDT'), ('Fédération des employeurs de Djibouti', 'FED'),
       ('Caisse nationale de sécurité sociale', 'CNSS'), ('Syndicat des dockers de Djibouti', 'SDD'), 'Centre de formation portuaire de Djibouti', 'Grand Port Maritime de Marseille', 'Direction de la protection civile',
       ('Institut national de la statistique de Djibouti', 'INSTAD'), ('Organisation maritime internationale', 'OMI'))
d.countries('DJ', 'SO', 'SD')
d.ps(['BAD', 'BIT'], 'funding', 2024, 2026)
d.ps(['APZFD', 'UDT', 'FED', 'BIT'], 'memorandum_of_understanding', 2025)
d.ps(['CNSS', 'SDD'], 'cooperation_agreement', 2023)
d.ps(['Centre de formation portuaire de Djibouti', 'Grand Port Maritime de Marseille'], 'partnership', 2024)
d.ps(['APZFD', 'Direction de la protection civile'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
