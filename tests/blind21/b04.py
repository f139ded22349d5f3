from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, TableStyle, Spacer, ListFlowable, ListItem
W, Hh = A4; PW, PH = W/2, Hh/2
d = RL('blind21-04-fr-depliant-taliouine-safran', 'fr', 'reportlab', 'blind-leaflet-folded-in-four', 'cueillette, émondage, séchage du safran : santé, prix et protection sociale des cueilleuses')
SAF = colors.HexColor('#7a1f5c'); GOLD = colors.HexColor('#e0a526'); CREAM = colors.HexColor('#fbf5ea')
body = ParagraphStyle('b', fontName='DV', fontSize=8, leading=10.4, spaceAfter=3); d.body = body
tit = ParagraphStyle('t', fontName='DVSB', fontSize=19, leading=23, textColor=SAF, spaceAfter=6)
kick = ParagraphStyle('k', fontName='DVB', fontSize=6.6, leading=8, textColor=GOLD, spaceAfter=4)
lead = ParagraphStyle('l', fontName='DVSI', fontSize=8.6, leading=11, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10.5, leading=13, textColor=SAF, spaceAfter=3, spaceBefore=2)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=7.8, leading=9.6, textColor=colors.black, spaceBefore=3, spaceAfter=1.5)
li = ParagraphStyle('li', parent=body, spaceAfter=1)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.2, leading=8.8); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.2, leading=8.8, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=8.4, leading=10.8, textColor=SAF, spaceBefore=2); qw = ParagraphStyle('qw', fontName='DV', fontSize=6.6, leading=8.2, spaceAfter=4)
small = ParagraphStyle('s', fontName='DV', fontSize=7.1, leading=9, spaceAfter=2)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=6.2, leading=7.6, spaceBefore=1.5, spaceAfter=3)
TS = TableStyle([('BACKGROUND', (0, 0), (-1, 0), SAF), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)])
pdf = f'{D}/{d.id}.pdf'
c = canvas.Canvas(pdf, pagesize=A4); c.setTitle('Le safran, fil à fil'); c.setAuthor('BIT')
panels = {}
def new(): d.story = []
def NUM(items, st=li):
    d.add(ListFlowable([ListItem(d.P(d.bullet(s), st)) for s in items], bulletType='1', bulletFormat='%s.', leftIndent=10, bulletFontName='DVB', bulletFontSize=st.fontSize, bulletColor=SAF))
def put(x, y, rot=False, pad=8*mm, bg=None):
    st = d.story
    c.saveState()
    if rot: c.translate(x + PW, y + PH); c.rotate(180); x0, y0 = 0, 0
    else: x0, y0 = x, y
    if bg: c.setFillColor(bg); c.rect(x0, y0, PW, PH, stroke=0, fill=1)
    f = Frame(x0, y0, PW, PH, leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad, showBoundary=0)
    f.addFromList(st, c)
    c.restoreState()
    assert not st, 'overflow'
def folds():
    c.saveState(); c.setStrokeColor(colors.HexColor('#bbbbbb')); c.setDash(2, 2); c.setLineWidth(0.4)
    c.line(PW, 0, PW, Hh); c.line(0, PH, W, PH); c.restoreState()
# ========== reading order: front cover (page 1, bottom right) ==========
new()
d.i('BIT · UNION DES COOPÉRATIVES DE SAFRAN DE TALIOUINE', kick)
d.T('Le safran, fil à fil : cueillir, émonder et sécher sans s’user', tit)
d.p('Taliouine, le 20 octobre 2026 – dépliant remis aux cueilleuses, aux émondeuses et aux présidentes de coopérative pendant la récolte de novembre', lead)
d.p('Chaque automne, pendant trois semaines, les femmes de la vallée cueillent la fleur du crocus avant le lever du soleil, puis en détachent à la main les trois stigmates rouges. Il faut environ 150 000 fleurs pour un kilo de safran sec.')
d.add(Spacer(1, 6*mm))
d.i('Dépliez-moi : le guide est à l’intérieur.', ParagraphStyle('x', parent=small, textColor=SAF, fontName='DVB'))
front = d.story
# ========== inside flap (page 1, top left, upside down) ==========
new()
d.h('Qui sommes-nous ?', h1)
d.p('L’Union des coopératives de safran de Taliouine (UCST) réunit 34 coopératives et 1 900 membres, dont neuf sur dix sont des femmes. Elle achète le safran sec à ses membres, le contrôle, le conditionne et le vend.')
d.p('Depuis 2024, la coopérative Tamount d’Askaoun et l’Office national de sécurité sanitaire des produits alimentaires (ONSSA) sont cosignataires d’un protocole d’accord sur le séchage à l’ombre, qui sert aujourd’hui de modèle aux autres coopératives.')
d.h('Ce que le dépliant ne remplace pas', h2)
d.p('Il ne remplace ni le contrat de vente à l’Union, ni la visite au centre de santé. Gardez-le avec votre carte de coopératrice.')
flap = d.story
# ========== figures (page 1, top right, upside down) ==========
new()
d.h('La récolte en chiffres', h1)
d.tab([['', '2024', '2025', '2026']], [['Cueilleuses inscrites', '1 320', '1 610', '1 880'], ['Safran sec livré (kg)', '410', '455', '520'], ['Prix payé au kilo (MAD)', '21 000', '22 500', '24 000'], ['Affiliées à l’AMO', '95', '480', '1 150']],
      cell, cellh, [36*mm, 16*mm, 16*mm, 16*mm], TS, caption='Chiffres de l’UCST ; les effectifs de 2026 sont ceux du 1er octobre. Source des prix régionaux : Haut-Commissariat au Plan (HCP).', capst=cap)
d.p('Le prix payé au kilo a gagné 3 000 dirhams en deux ans : la qualité contrôlée se vend mieux, et l’Union reverse la différence aux coopératives.')
figs = d.story
# ========== back cover (page 1, bottom left) ==========
new()
d.h('Contact', h2)
d.contact('Fatima Aït Lahcen', 'taliouine@ilo.org', '+212 528 53 40 12')
for s in ['Fatima Aït Lahcen, coordinatrice du projet', 'Union des coopératives de safran de Taliouine, route d’Agadir', 'Tél. : +212 528 53 40 12', 'Courriel : taliouine@ilo.org']:
    d.i(s, small)
link = d.link('www.ilo.org/rabat'); d.add(d.P(link, small))
d.add(Spacer(1, 5*mm))
d.h('Avec qui nous travaillons', h2)
d.p('Le projet « Zaafrane » du Bureau international du Travail (BIT) est financé par la Direction du développement et de la coopération de la Suisse (DDC) pour la période 2024–2027.', small)
d.p('L’UCST est liée à la Caisse nationale de sécurité sociale (CNSS) par une convention signée voici deux ans ; la CNSS tient depuis une permanence à Taliouine les jours de souk.', small)
d.p('Or Rouge d’Anezal, qui achète une partie du safran de l’Union, est mécène de l’atelier de séchage de l’Union depuis 2025.', small)
back = d.story
# ========== inside spread (page 2): four upright panels ==========
new()
d.h('Avant l’aube, dans les champs', h1)
d.p('La fleur s’ouvre vite : on la cueille de 5 h à 9 h, pliée en deux, sur un sol froid et souvent humide.')
d.h('Protéger son dos et ses mains', h2)
d.ul([('Cueillir à genoux sur un coussin plutôt que penchée :', ['changer de genou tous les deux rangs ;', 'se relever et s’étirer toutes les demi-heures.']), 'Porter des gants fins pour la cueillette, jamais pour l’émondage.', 'Ne pas porter plus de 10 kilos de fleurs d’un coup.'], li, li)
d.h('Les enfants et la récolte', h2)
d.p('Les enfants de moins de 15 ans ne cueillent pas et n’émondent pas pendant les heures d’école. Pendant les vacances, ils peuvent aider une heure, jamais avant le jour.')
in1 = d.story
new()
d.h('À la maison et à l’atelier', h1)
d.p('L’émondage se fait à la table, assise, sous une bonne lumière. Le séchage se fait à l’ombre, jamais sur le toit.')
d.h('Les cinq gestes du séchage', h2)
NUM(['Étaler les stigmates en couche fine sur un tamis propre.', 'Les garder à l’ombre, à l’abri de la fumée du four.', 'Les retourner une fois, sans les presser.', 'Les peser secs, devant la responsable de la coopérative.', 'Les livrer à l’Union dans le bocal scellé qu’elle fournit.'])
d.q('Avant, je séchais le safran sur le toit et je le vendais au premier venu. Maintenant je le pèse à la coopérative, et je sais ce que je gagne.', 'Itto Ouchen', 'cueilleuse et émondeuse, coopérative Tamount d’Askaoun', qst, qw, open_='«\u00a0', close='\u00a0»')
in2 = d.story
new()
d.h('Votre protection sociale', h1)
d.p('Toute coopératrice qui livre à l’Union peut être inscrite à l’assurance maladie obligatoire (AMO) des travailleurs non salariés. L’Union paie la moitié de la cotisation pendant la première année.')
d.h('Pour vous inscrire', h2)
NUM(['Passez au bureau de votre coopérative avec votre carte d’identité.', 'Choisissez le paiement mensuel ou par récolte.', 'Retirez votre attestation à la permanence de la CNSS, le jour du souk.'])
d.tab([['Qui', 'Cotisation AMO', 'Part de l’Union']], [['Cueilleuse', '110 MAD / mois', '55 MAD / mois'], ['Émondeuse', '110 MAD / mois', '55 MAD / mois'], ['Présidente de coopérative', '150 MAD / mois', 'aucune']],
      cell, cellh, [32*mm, 27*mm, 27*mm], TS, caption='Cotisations de la première année, en dirhams marocains.', capst=cap)
in3 = d.story
new()
d.h('Nos engagements communs', h1)
d.tab([['Partenaire', 'Engagement', 'Période']], [['Commune de Taliouine', 'convention sur l’entretien de la piste de la vallée', '2021–2025'], ['Lycée qualifiant Al Massira', 'stage d’été des lycéennes à l’Union', 'depuis 2026'], ['Centre de santé de Taliouine', 'dépistage des douleurs du dos, accord avec l’UCST', 'depuis 2023']],
      cell, cellh, [36*mm, 35*mm, 17*mm], TS, caption='Accords signés par l’UCST avec des partenaires locaux.', capst=cap)
d.h('Ceux qui ne sont pas signataires', h2)
d.p('Le Ministère de l’Inclusion économique, de la Petite Entreprise, de l’Emploi et des Compétences a délégué un observateur à la signature ; le ministère marocain de l’Emploi envisage d’étendre l’AMO des coopératrices à Taznakht. Safran Atlas SARL s’est retirée avant la signature de la convention. L’Office du développement de la coopération (ODCO) a posé sa candidature pour rejoindre le comité. Souss FM est rémunérée pour diffuser les annonces, et la Maison du Safran prête sa cour pour la pesée.', small)
in4 = d.story
# ---- draw page 1: top panels rotated 180°, bottom panels upright
c.setFillColor(CREAM); c.rect(0, 0, W, Hh, stroke=0, fill=1)
d.story = flap; put(0, PH, rot=True)
d.story = figs; put(PW, PH, rot=True)
d.story = back; put(0, 0)
d.story = front; put(PW, 0, bg=colors.HexColor('#f6e7d2'))
folds()
c.setFont('DV', 5.5); c.setFillColor(colors.grey)
c.showPage()
d.story = in1; put(0, PH); d.story = in2; put(PW, PH); d.story = in3; put(0, 0); d.story = in4; put(PW, 0)
folds()
c.showPage(); c.save()
d.orgs(('Union des coopératives de safran de Taliouine', 'UCST'), 'coopérative Tamount d’Askaoun', ('Office national de sécurité sanitaire des produits alimentaires', 'ONSSA'),
       ('Haut-Commissariat au Plan', 'HCP'), ('Bureau international du Travail', 'BIT'), ('Direction du développement et de la coopération de la Suisse', 'DDC'),
       ('Caisse nationale de sécurité sociale', 'CNSS'), 'Or Rouge d’Anezal', 'Commune de Taliouine', 'Lycée qualifiant Al Massira', 'Centre de santé de Taliouine',
       'Ministère de l’Inclusion économique, de la Petite Entreprise, de l’Emploi et des Compétences', 'Safran Atlas SARL', ('Office du développement de la coopération', 'ODCO'), 'Souss FM', 'Maison du Safran')
d.countries('MA', 'CH')
d.ps(['coopérative Tamount d’Askaoun', 'ONSSA'], 'memorandum_of_understanding', 2024)
d.ps(['DDC', 'BIT'], 'funding', 2024, 2027)
d.ps(['UCST', 'CNSS'], 'cooperation_agreement', 2024)
d.ps(['Or Rouge d’Anezal', 'UCST'], 'funding', 2025)
d.ps(['Commune de Taliouine', 'UCST'], 'cooperation_agreement', 2021, 2025)
d.ps(['Lycée qualifiant Al Massira', 'UCST'], 'partnership', 2026)
d.ps(['Centre de santé de Taliouine', 'UCST'], 'cooperation_agreement', 2023)
d.finish(pdf)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
