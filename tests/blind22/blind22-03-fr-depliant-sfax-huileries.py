from common import *
rl_setup()
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, TableStyle, Spacer, ListFlowable, ListItem, KeepInFrame
W, Hh = landscape(A4)
d = RL('blind22-03-fr-depliant-sfax-huileries', 'fr', 'reportlab', 'blind-leaflet-folded-in-four', 'travail de nuit, sécurité aux broyeurs, transport et sécurité sociale des saisonniers des huileries d’olive')
OLV = colors.HexColor('#4d5b1f'); GOLD = colors.HexColor('#c79a1b'); CREAM = colors.HexColor('#fbf6e6'); DARK = colors.HexColor('#2b2b1f')
body = ParagraphStyle('b', fontName='DV', fontSize=8.7, leading=11.2, spaceAfter=3.5, textColor=DARK); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=7.8, leading=9.8, spaceAfter=3, textColor=DARK)
kind = ParagraphStyle('k', fontName='DVB', fontSize=7, leading=9, textColor=GOLD, spaceAfter=6)
tit = ParagraphStyle('t', fontName='DVSB', fontSize=21, leading=24, textColor=OLV, spaceAfter=8)
lead = ParagraphStyle('l', fontName='DVSI', fontSize=9, leading=11.5, spaceAfter=6, textColor=DARK)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=13, leading=16, textColor=OLV, spaceAfter=5, spaceBefore=2)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.2, leading=11.5, textColor=GOLD, spaceAfter=2, spaceBefore=3)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.7, leading=9.3); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.7, leading=9.3, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.2, leading=11.8, textColor=OLV, spaceBefore=3); qw = ParagraphStyle('qw', fontName='DV', fontSize=6.8, leading=8.5, spaceAfter=5)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=6.3, leading=7.8, spaceBefore=2, spaceAfter=3)
PW, PH = W/2, Hh/2; PAD = 9*mm
panels = {}
def panel(name):
    d.story = []; panels[name] = d.story
def NUM(items, st):
    out = []
    for it in items:
        if isinstance(it, tuple):
            t, sub = it
            inner = ListFlowable([ListItem(d.P(d.bullet(x, 2), st)) for x in sub], bulletType='bullet', start='–', leftIndent=9, bulletFontName='DV', bulletFontSize=st.fontSize)
            out.append(ListItem([d.P(d.bullet(t, 1), st), inner]))
        else: out.append(ListItem(d.P(d.bullet(it, 1), st)))
    d.add(ListFlowable(out, bulletType='1', bulletFormat='%s.', leftIndent=11, bulletFontName='DVB', bulletFontSize=st.fontSize, bulletColor=OLV))
# ================= outside (page 1) =================
panel('cover')
d.i('DÉPLIANT · CAMPAGNE OLÉICOLE 2025–2026 · GOUVERNORAT DE SFAX', kind)
d.T('Au moulin, la nuit : vos droits de saisonnier', tit)
d.p('Sfax, novembre 2025 – à l’intention des ouvrières et ouvriers saisonniers des huileries de Sakiet Ezzit, Jebeniana et El Hencha', lead)
d.p('De novembre à février, les moulins tournent jour et nuit. Près de 11 000 saisonniers y déchargent les olives, surveillent les broyeurs et évacuent les grignons. Ce dépliant, plié en quatre, tient dans une poche : gardez-le pendant toute la campagne.')
d.p('Il est publié par le Syndicat régional des travailleurs de l’agroalimentaire de Sfax (SRTA), affilié à l’Union générale tunisienne du travail (UGTT). Le Bureau international du Travail (BIT) en a relu les passages juridiques.')
panel('signed')
d.h('Ce qui a été signé', h1)
d.p('L’Office national de l’huile (ONH) est partie, avec le SRTA et l’Union tunisienne de l’industrie, du commerce et de l’artisanat (UTICA), à l’accord tripartite de 2024 sur le travail de nuit dans les huileries : pas plus de huit heures de nuit, une pause de trente minutes, un repas chaud.')
d.p('La CNSS (Caisse nationale de sécurité sociale) et le SRTA ont passé en février 2024 une convention valable jusqu’en 2027 : un guichet mobile inscrit les saisonniers dans les moulins mêmes, pendant la pause de minuit.')
d.p('Le volet formation est financé par l’Agence italienne pour la coopération au développement (AICS), au moyen d’un don au BIT qui couvre les campagnes de 2025 à 2027.')
d.p('Olea Sud, un exportateur de Sakiet Ezzit, parraine depuis 2023 la navette de l’association Femmes et oliviers de Jebeniana, qui ramène les ouvrières chez elles après le poste de nuit.')
d.h('Ce qui a pris fin', h2, 2)
d.p('De 2019 à 2023, la Municipalité de Sakiet Ezzit et Moulins Ben Salah & Fils se partageaient le coût d’une première navette, dans le cadre d’une convention aujourd’hui expirée.')
panel('back')
d.h('Contact', h2, 2)
d.contact('Sonia Trabelsi', 'trabelsi@ilo.org', '+216 71 234 567')
d.add(d.P('Sonia Trabelsi', small)); d.i('Bureau de pays de l’OIT pour l’Algérie, la Libye, le Maroc, la Mauritanie et la Tunisie', small)
d.i('Tél. : +216 71 234 567', small); d.i('Courriel : trabelsi@ilo.org', small); d.add(d.P(d.link('www.ilo.org/alger'), small))
d.add(Spacer(1, 4*mm))
d.h('Au poste de nuit, écoutez la radio', h2, 2)
d.p('Les horaires de la navette et les alertes de chaleur sont lus chaque soir à 21 h par Radio Sidi Mansour FM (partenaire du SRTA depuis 2022).')
d.p('Ce dépliant peut être copié et distribué librement. Il a été relu par les délégués du SRTA des trois moulins pilotes.', small)
panel('others')
d.h('Qui d’autre ?', h1)
d.p('La Chambre syndicale des huiliers de Sfax a participé aux discussions mais a refusé de signer l’accord tripartite. L’Université de Sfax espère rejoindre le programme l’an prochain. Le Ministère des Affaires sociales de la République tunisienne a été sollicité pour étendre le guichet mobile à Mahrès ; le ministère tunisien des Affaires sociales n’a pas encore répondu.')
d.p('L’Inspection régionale du travail de Sfax pourrait contrôler les moulins de nuit dès janvier. Transports Chaabane conduit la navette contre paiement, au kilomètre. La maison des jeunes de Jebeniana prête sa salle pour les séances d’information.')
d.p('Les chiffres d’accidents viennent du Centre hospitalo-universitaire Habib Bourguiba de Sfax ; ceux de l’emploi saisonnier, de l’Institut national de la statistique (INS).', small)
# ================= inside (page 2) =================
panel('season')
d.h('La campagne en bref', h1)
d.ul([('Qui travaille au moulin :', ['les déchargeurs et les trieuses ;', 'les conducteurs de broyeurs et de décanteurs ;', 'les manœuvres des grignons.']), 'Un saisonnier sur deux vient d’un autre gouvernorat.', 'Le poste de nuit commence à 20 h et finit à 4 h.'], body, body)
d.h('Votre contrat', h2, 2)
d.p('Même pour une seule campagne, le contrat doit être écrit. Il indique le moulin, l’employeur, le salaire à la journée et les heures de nuit. Les heures de nuit sont payées avec une majoration de 25 %.')
d.q('J’ai fait quatre campagnes sans contrat. Cette année, j’ai signé le premier jour, et ma fiche de paie porte mon numéro de CNSS.', 'Mabrouka Jelassi', 'trieuse au moulin pilote d’El Hencha', qst, qw, open_='«\u00a0', close='\u00a0»')
panel('safety')
d.h('Au poste de trituration', h1)
d.ul([('Avant de démarrer le broyeur :', ['vérifiez que le carter est fermé ;', 'enlevez bagues, foulard et manches larges.']), 'Ne débourrez jamais une vis sans fin en marche.', 'Le sol est gras : chaussures antidérapantes obligatoires.'], body, body)
d.tab([['Poste', 'Risque', 'Ce qui est prévu']], [
    ['Déchargement', 'dos, chutes de sacs', 'sacs de 25 kg au plus, diable à roues'],
    ['Broyeur, malaxeur', 'happement, bruit', 'carter, arrêt d’urgence, bouchons d’oreille'],
    ['Grignons', 'chaleur, vapeurs', 'évacuation par la SMSA El Fajr (lettre d’intention avec Olea Sud, 2025)'],
], cell, cellh, [24*mm, 28*mm, PW-2*PAD-52*mm], TableStyle([('BACKGROUND', (0, 0), (-1, 0), OLV), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.6)]),
      caption='La SMSA El Fajr est la société mutuelle de services agricoles des oléiculteurs de Sakiet Ezzit.', capst=cap)
panel('cnss')
d.h('S’inscrire à la CNSS en quatre étapes', h1)
NUM(['Demandez à votre employeur votre attestation de travail.', ('Présentez-vous au guichet mobile, à la pause de minuit, avec :', ['votre carte d’identité ;', 'l’attestation de travail.']), 'L’agent vous remet un numéro d’assuré le soir même.', 'Vérifiez ce numéro sur chaque fiche de paie.'], body)
d.h('Ce que la CNSS couvre', h2, 2)
d.ul(['Les accidents du travail, dès le premier jour.', 'Les soins de santé, après 50 jours déclarés.', 'La retraite : chaque campagne compte.'], body, body)
panel('time')
d.h('Le temps de travail', h1)
d.ul(['Huit heures de nuit au plus, pause comprise.', ('Deux nuits de repos par semaine :', ['jamais deux postes de suite ;', 'le repos est payé pour les saisonniers mensualisés.']), 'Après minuit, un repas chaud est servi au moulin.'], body, body)
d.h('Le retour à la maison', h2, 2)
d.p('La navette part du moulin à 4 h 15. Les ouvrières qui habitent Jebeniana s’inscrivent auprès de l’association la veille avant 18 h.')
d.h('En cas d’accident', h2, 2)
d.p('Prévenez le chef de poste, faites noter l’heure, puis allez aux urgences. Le délégué du SRTA envoie la déclaration à la CNSS dans les 48 heures.')
# ================= draw =================
c = canvas.Canvas(f'{D}/{d.id}.pdf', pagesize=(W, Hh))
c.setTitle('Au moulin, la nuit : vos droits de saisonnier')
def bg(col_tl, col_tr, col_bl, col_br):
    for (x, y, col) in [(0, PH, col_tl), (PW, PH, col_tr), (0, 0, col_bl), (PW, 0, col_br)]:
        c.setFillColor(col); c.rect(x, y, PW, PH, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor('#9a9a80')); c.setDash(3, 3); c.setLineWidth(0.5)
    c.line(PW, 0, PW, Hh); c.line(0, PH, W, PH); c.setDash()
def put(name, x, y, rot=False):
    story = panels[name]
    f = Frame(0, 0, PW, PH, leftPadding=PAD, rightPadding=PAD, topPadding=PAD, bottomPadding=PAD)
    c.saveState()
    if rot: c.translate(x + PW, y + PH); c.rotate(180)
    else: c.translate(x, y)
    f.addFromList([KeepInFrame(PW-2*PAD, PH-2*PAD, story, mode='error')], c)
    c.restoreState()
# page 1: top row upside down (it is read after folding)
bg(CREAM, CREAM, colors.white, CREAM)
c.setFillColor(OLV); c.rect(PW, 0, PW, 6*mm, stroke=0, fill=1)
put('back', 0, PH, rot=True); put('others', PW, PH, rot=True); put('signed', 0, 0); put('cover', PW, 0)
c.showPage()
bg(colors.white, colors.white, colors.white, colors.white)
put('season', 0, PH); put('safety', PW, PH); put('cnss', 0, 0); put('time', PW, 0)
c.showPage(); c.save()
d.orgs(('Syndicat régional des travailleurs de l’agroalimentaire de Sfax', 'SRTA'), ('Union générale tunisienne du travail', 'UGTT'), ('Bureau international du Travail', 'BIT'),
       ('Office national de l’huile', 'ONH'), ('Union tunisienne de l’industrie, du commerce et de l’artisanat', 'UTICA'), ('Caisse nationale de sécurité sociale', 'CNSS'),
       ('Agence italienne pour la coopération au développement', 'AICS'), 'Olea Sud', 'association Femmes et oliviers de Jebeniana', 'Municipalité de Sakiet Ezzit', 'Moulins Ben Salah & Fils',
       'Radio Sidi Mansour FM', 'Chambre syndicale des huiliers de Sfax', 'Université de Sfax', 'Ministère des Affaires sociales de la République tunisienne',
       'Inspection régionale du travail de Sfax', 'Transports Chaabane', 'maison des jeunes de Jebeniana', 'Centre hospitalo-universitaire Habib Bourguiba de Sfax',
       ('Institut national de la statistique', 'INS'), 'SMSA El Fajr')
d.countries('TN', 'DZ', 'LY', 'MA', 'MR')
d.ps(['ONH', 'SRTA', 'UTICA'], 'cooperation_agreement', 2024)
d.ps(['CNSS', 'SRTA'], 'cooperation_agreement', 2024, 2027)
d.ps(['AICS', 'BIT'], 'funding', 2025, 2027)
d.ps(['Olea Sud', 'association Femmes et oliviers de Jebeniana'], 'funding', 2023)
d.ps(['Municipalité de Sakiet Ezzit', 'Moulins Ben Salah & Fils'], 'cooperation_agreement', 2019, 2023)
d.ps(['Radio Sidi Mansour FM', 'SRTA'], 'partnership', 2022)
d.ps(['SMSA El Fajr', 'Olea Sud'], 'letter_of_intent', 2025)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
