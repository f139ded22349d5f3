from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Paragraph, Table
W, Hh = A4
d = RL('blind11-07-fr-accordeon-hevea', 'fr', 'reportlab', 'blind-accordion-horizontal', 'conditions de travail des saigneurs d’hévéa')
GREEN = colors.HexColor('#2e5e3a'); LATEX = colors.HexColor('#efe9dc'); AMBER = colors.HexColor('#d98e04'); INK = colors.HexColor('#222222')
body = ParagraphStyle('b', fontName='DV', fontSize=8.8, leading=11.6, spaceAfter=4, textColor=INK); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=7.8, leading=10, textColor=INK, spaceAfter=2)
ttl = ParagraphStyle('t', fontName='DVB', fontSize=19, leading=22, textColor=GREEN, spaceAfter=4)
sub = ParagraphStyle('st', fontName='DVSI', fontSize=9, leading=11.5, textColor=INK, spaceAfter=4)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7, leading=9, textColor=AMBER, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10.5, leading=13, textColor=GREEN, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.4, leading=10.5, textColor=AMBER, spaceBefore=2, spaceAfter=2)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.5, leading=12.5, textColor=GREEN)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7, leading=9, spaceAfter=4)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.3, leading=9); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.3, leading=9, textColor=colors.white)
boxst = ParagraphStyle('bx', parent=small, backColor=LATEX, borderPadding=4, spaceBefore=4)

M = 10*mm; TAB = 9*mm; SH = (Hh - 2*M) / 4; CW = (W - 2*M - TAB - 8*mm) / 2
PANELS = {1: ['1', '2', '3', '4'], 2: ['5', '6', '7', '8']}
FOLD = {1: ['pli montagne', 'pli vallée', 'pli montagne'], 2: ['pli vallée', 'pli montagne', 'pli vallée']}
FOOT = {1: 'Dépliant accordéon · volets 1 à 4 (recto)', 2: 'Dépliant accordéon · volets 5 à 8 (verso)'}
def page(c, doc):
    n = doc.page
    for k in range(4):
        y0 = Hh - M - (k + 1) * SH
        c.setFillColor(GREEN if (k + n) % 2 else AMBER); c.rect(M, y0 + 2*mm, TAB - 2*mm, SH - 4*mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont('DVB', 14); c.drawCentredString(M + (TAB - 2*mm)/2, y0 + SH/2 - 5, PANELS[n][k])
        if k == 0 and n == 1: c.setFillColor(LATEX); c.rect(M + TAB, y0 + 2*mm, W - 2*M - TAB, SH - 4*mm, stroke=0, fill=1)
        if k < 3:
            c.setStrokeColor(colors.HexColor('#9a9a9a')); c.setDash(4, 3); c.setLineWidth(0.6); c.line(M, y0, W - M, y0); c.setDash()
            c.setFillColor(colors.HexColor('#9a9a9a')); c.setFont('DVI', 6); c.drawRightString(W - M, y0 + 1.2*mm, FOLD[n][k])
        c.setStrokeColor(colors.HexColor('#cccccc')); c.setLineWidth(0.4); c.line(M + TAB + CW + 4*mm, y0 + 4*mm, M + TAB + CW + 4*mm, y0 + SH - 4*mm)
    c.setFont('DV', 6.5); c.setFillColor(colors.HexColor('#666666')); c.drawString(M, 4*mm, FOOT[n]); c.drawRightString(W - M, 4*mm, f'{n}/2')
for n in (1, 2):
    for k in range(4):
        d.ign(PANELS[n][k])
        if k < 3: d.ign(FOLD[n][k])
    d.furn(FOOT[n]); d.furn(f'{n}/2')
frames = []
for k in range(4):
    y0 = Hh - M - (k + 1) * SH
    for j in range(2):
        frames.append(Frame(M + TAB + 2*mm + j * (CW + 8*mm), y0 + 3*mm, CW, SH - 6*mm, id=f'f{k}{j}', leftPadding=0, rightPadding=0, topPadding=2, bottomPadding=0))
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Saigneurs d’hévéa')
doc.addPageTemplates([PageTemplate('p', frames, onPage=page)])
FB = lambda: d.add(FrameBreak())
ul = lambda items: d.ul(items, body, bullet='▸', bullet2='–')

# panel 1: cover
d.i('Organisation internationale du Travail · Bureau de pays pour l’Afrique centrale', kick)
d.T('La saignée sans danger', ttl)
d.p('Guide pratique pour les saigneurs d’hévéa des plantations de Niété et de Meyomessala, région du Sud, Cameroun, 2025', sub)
FB()
d.p('Dépliez ce guide volet par volet, de haut en bas. Chaque volet répond à une question que les saigneurs nous ont posée pendant les causeries de la campagne 2024-2025.')
d.p('À garder dans la poche de la veste, avec la lampe frontale.', small)
FB()
# panel 2
d.h('Le métier de saigneur', h1)
d.p('Dès trois heures du matin, le saigneur incise l’écorce de 450 à 600 arbres, puis revient récolter le latex avant midi. C’est un travail de nuit, en forêt, au couteau.')
FB()
d.tab([['Les saigneurs', 'Niété', 'Meyomessala']], [['Nombre', '2 140', '860'], ['Femmes', '7 %', '11 %'], ['Logés au camp', '78 %', '64 %']], cell, cellh, [30*mm, 22*mm, 26*mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), GREEN), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#bbbbbb'))]),
      caption='Recensement des plantations, juin 2025 ; population active selon l’Institut national de la statistique (INS).', capst=small)
FB()
# panel 3
d.h('Vos droits', h1)
ul([('Un contrat écrit qui précise :', ['le nombre d’arbres par tâche ;', 'le prix du kilo de fonds de tasse ;', 'les jours de repos.']),
    'L’immatriculation à la Caisse nationale de prévoyance sociale (CNPS) dès le premier mois.'])
FB()
ul(['Des équipements fournis gratuitement : lampe frontale, bottes, gants.', 'Un logement avec eau potable au camp.', 'Le droit de se syndiquer sans être sanctionné.'])
FB()
# panel 4
d.h('La nuit en plantation', h1)
for k, s in enumerate(['Ne partez jamais seul : la tâche se fait en binôme.', 'Portez les bottes : les serpents sont la première cause d’évacuation.',
                       'Signalez toute chute ou coupure au chef de secteur.'], 1):
    s = d.bullet(s, 1); d.add(Paragraph(f'<font name="DVB" color="#d98e04">{k}.</font> {d.e(s)}', ParagraphStyle('n', parent=body, leftIndent=10, firstLineIndent=-10)))
FB()
d.h('En cas d’accident', h2, 2)
d.p('L’infirmerie du camp est ouverte jour et nuit. L’accident du travail doit être déclaré à la CNPS dans les trois jours ouvrables.')
FB()
# ---- page 2: panel 5
d.h('Votre paie', h1)
d.p('La paie combine un salaire de base et des primes. Vérifiez chaque ligne de votre bulletin.')
FB()
d.tab([['Élément', 'FCFA', 'Remarque']], [['Salaire de base mensuel', '48 000', ''], ['Prime au kilo au-delà de la tâche', '35 / kg', 'payée chaque quinzaine'], ['Prime de nuit', '', 'à négocier en 2026'], ['Retenue CNPS', '2 016', '4,2 % du salaire']],
      cell, cellh, [34*mm, 16*mm, 32*mm], TableStyle([('BACKGROUND', (0, 0), (-1, 0), AMBER), ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#bbbbbb'))]))
FB()
# panel 6
d.h('Qui s’engage', h1)
d.p('C’est sous la forme d’une convention à quatre que la société Hévéa du Sud SA, le Syndicat national des travailleurs des plantations agro-industrielles (SYNTRAPAI), le ministère du Travail et de la Sécurité sociale (MINTSS) et la CNPS ont scellé, en 2024, les règles de ce guide.')
FB()
d.p('Un protocole d’accord lie, depuis février 2025, la commune de Niété au conseil régional du Sud : il finance les lampes frontales et l’éclairage des pistes du camp.')
d.p('Côté financement, Danida, l’agence de coopération du Danemark, a engagé en 2025 une subvention au profit du Bureau international du Travail (BIT). Elle s’étend sur trois campagnes, soit jusqu’à fin 2027.')
FB()
# panel 7
d.p('Le partenariat entre la CNPS et le SYNTRAPAI a pris la forme d’un accord de coopération en 2021 ; prorogé une première fois en 2023, il vient de l’être à nouveau, jusqu’en 2028.')
d.h('En bref', h2, 2)
d.p('La société Hévéa du Sud SA a fait parvenir au lycée technique agricole d’Ebolowa une lettre d’intention : elle accueillera 30 apprentis saigneurs par an. Le courrier est daté de juillet 2025.', boxst)
FB()
d.q('Avant, on partait à trois heures sans lampe, avec une torche à piles achetée au marché. Maintenant chaque binôme a sa frontale et on sait qui appeler.', 'Pauline Ngo Mbock', 'saigneuse, secteur 12, Niété', qst, qw, open_='« ', close=' »')
FB()
# panel 8
d.h('Sans signature', h2, 2)
d.p('L’Institut de recherche agricole pour le développement (IRAD) conseille sur les techniques de saignée, sans être partie aux accords. L’entreprise Lumi-Sud livre les lampes sur simple bon de commande. Avec la mutuelle de santé de Meyomessala, les discussions n’ont abouti à aucun accord.', small)
FB()
d.h('Contact', h2, 2)
d.contact('Serge Atangana Owona', 'atangana@ilo.org', '+237 222 20 50 44')
for s in ['Serge Atangana Owona', d.ign('Chargé de programme, BIT Yaoundé'), d.ign('Tél. : +237 222 20 50 44'), d.ign('Courriel : atangana@ilo.org'), d.link('www.ilo.org/yaounde')]:
    d.add(d.P(d.f(s), small))

d.orgs(('Organisation internationale du Travail', None), ('Bureau de pays pour l’Afrique centrale', None), ('Institut national de la statistique', 'INS'),
       ('Caisse nationale de prévoyance sociale', 'CNPS'), 'Hévéa du Sud SA', ('Syndicat national des travailleurs des plantations agro-industrielles', 'SYNTRAPAI'),
       ('ministère du Travail et de la Sécurité sociale', 'MINTSS'), 'commune de Niété', 'conseil régional du Sud', 'Danida', ('Bureau international du Travail', 'BIT'),
       'lycée technique agricole d’Ebolowa', ('Institut de recherche agricole pour le développement', 'IRAD'), 'Lumi-Sud', 'mutuelle de santé de Meyomessala')
d.countries('CM', 'DK')
d.ps(['Hévéa du Sud SA', 'SYNTRAPAI', 'MINTSS', 'CNPS'], 'cooperation_agreement', 2024)
d.ps(['commune de Niété', 'conseil régional du Sud'], 'memorandum_of_understanding', 2025)
d.ps(['Danida', 'BIT'], 'funding', 2025, 2027)
d.ps(['CNPS', 'SYNTRAPAI'], 'cooperation_agreement', 2021, 2028)
d.ps(['Hévéa du Sud SA', 'lycée technique agricole d’Ebolowa'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
