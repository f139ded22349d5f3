from common import *
import re
def E(s):
    s = typ_esc(s)
    return re.sub(r'(\S*\w\\-\w\S*)', lambda m: '#box[' + m.group(1) + ']', s)
d = Typ('blind21-03-fr-affiche-antsirabe-poussepousse', 'fr', 'typst', 'blind-poster-callouts', 'sécurité routière, location, santé et protection sociale des tireurs de pousse-pousse')
E2 = lambda s: E(s)
pre = r'''#set page(paper: "a4", margin: (x: 13mm, top: 11mm, bottom: 10mm))
#set text(font: "DejaVu Sans", size: 7.6pt, lang: "fr", hyphenate: false)
#set par(leading: 0.5em, spacing: 0.75em, justify: false)
#let red = rgb("#b5342a")
#let ochre = rgb("#e8b34a")
#let ink = rgb("#24324a")
#set list(indent: 2pt, body-indent: 4pt, spacing: 0.5em)
#set enum(indent: 2pt, body-indent: 4pt, spacing: 0.5em)
#show heading.where(level: 1): it => block(above: 0.9em, below: 0.5em, text(size: 10.5pt, weight: "bold", fill: red, it.body))
#show heading.where(level: 2): it => block(above: 0.7em, below: 0.4em, text(size: 8.4pt, weight: "bold", fill: ink, it.body))
#let num(n) = box(circle(radius: 5.2pt, fill: red, stroke: none, align(center + horizon, text(fill: white, weight: "bold", size: 7pt, str(n)))))
'''
R = d.raw
def L(s): R(s + '\n')
L('#block(width: 100%, fill: ink, inset: (x: 6mm, y: 4mm))[')
L('#text(fill: ochre, size: 7pt, weight: "bold", tracking: 1.5pt)[' + E(d.ign('AFFICHE DE LA FÉDÉRATION DES TIREURS · SAISON DES PLUIES 2026')) + ']\\')
L('#text(fill: white, size: 20pt, weight: "bold", font: "DejaVu Serif")[' + E(d.title('Un pousse-pousse en règle, un tireur couvert')) + ']\\')
L('#v(1mm)#text(fill: white, style: "italic", size: 8pt)[' + E(d.para('Antsirabe, le 2 mars 2026 – à coller dans les garages de location, aux stationnements de la gare et du marché d’Asabotsy, et dans les gargotes où mangent les tireurs')) + ']')
L(']')
L('#v(2mm)')
L(E(d.para('Plus de 6 000 pousse-pousse circulent à Antsirabe. Presque tous sont loués à la journée par des tireurs venus des campagnes, qui paient 5 000 ariary par jour au propriétaire, avec ou sans pluie, avec ou sans client. Cette affiche montre ce qui doit être en ordre sur le véhicule, et ce que le tireur peut obtenir en retour.')))
L('')
d.heading('Le pousse-pousse en six points', 1)
L('#text(size: 10.5pt, weight: "bold", fill: red)[' + E('Le pousse-pousse en six points') + ']')
L('#v(1mm)')
# drawing with callouts
callouts_left = [
 (1, 'La capote', 'Elle protège le client, pas le tireur : la fédération distribue aussi des capes de pluie.'),
 (2, 'Le feu arrière', 'Rouge, allumé dès 18 h. Les catadioptres sont fournis par Tsara Dia, partenaire de la fédération depuis 2025.'),
 (3, 'Les roues', 'Pneus gonflés, rayons complets. Une roue voilée se signale au loueur le matin même.'),
]
callouts_right = [
 (4, 'Les brancards', 'Jamais plus de deux adultes et un enfant : au-delà, les épaules et le dos cèdent dans les montées.'),
 (5, 'La plaque', 'Le numéro est délivré par la Commune urbaine d’Antsirabe (CUA) ; sans plaque, pas d’assurance.'),
 (6, 'Le tireur', 'Chaussures fermées, gilet réfléchissant le soir, et sa carte de la CNaPS dans la poche.'),
]
items = []
for n, a, b in callouts_left + callouts_right:
    items.append(d.bullet(f'{a} : {b}'))
def co(n, s, align_='left'):
    a, b = s.split('\u00a0:', 1)
    return f'#block(width: 100%)[#grid(columns: (13pt, 1fr), gutter: 3pt, num({n}), [#text(weight: "bold")[{E(a)}]{E(chr(160)+":" + b)}])]'
L('#block(height: 76mm, width: 100%)[')
# drawing in the middle
L('''#place(top + left, dx: 60mm, dy: 4mm)[
  #place(dx: 2mm, dy: 8mm, polygon(fill: rgb("#3b5b3a"), stroke: none, (0mm, 30mm), (6mm, 0mm), (40mm, 0mm), (44mm, 30mm)))
  #place(dx: 6mm, dy: 34mm, rect(width: 38mm, height: 12mm, fill: ochre, radius: 2pt))
  #place(dx: 42mm, dy: 42mm, line(length: 24mm, angle: -8deg, stroke: 2.2pt + ink))
  #place(dx: 42mm, dy: 46mm, line(length: 24mm, angle: -8deg, stroke: 2.2pt + ink))
  #place(dx: 2mm, dy: 40mm, circle(radius: 14mm, stroke: 2.4pt + ink, fill: none))
  #place(dx: 14.5mm, dy: 52.5mm, circle(radius: 1.6mm, fill: ink))
  #place(dx: 2mm, dy: 36mm, rect(width: 3mm, height: 4mm, fill: red))
  #place(dx: 59mm, dy: 18mm, circle(radius: 4mm, fill: rgb("#8a5a3b")))
  #place(dx: 60mm, dy: 27mm, rect(width: 6mm, height: 18mm, fill: rgb("#6f8fb0"), radius: 2pt))
  #place(dx: 59mm, dy: 45mm, line(length: 20mm, angle: 100deg, stroke: 2pt + ink))
  #place(dx: 65mm, dy: 45mm, line(length: 20mm, angle: 70deg, stroke: 2pt + ink))
  #place(dx: 18mm, dy: 2mm, num(1))
  #place(dx: 3mm, dy: 28mm, num(2))
  #place(dx: 22mm, dy: 66mm, num(3))
  #place(dx: 50mm, dy: 33mm, num(4))
  #place(dx: 26mm, dy: 41.5mm, num(5))
  #place(dx: 68mm, dy: 12mm, num(6))
]''')
L('#place(top + left, dx: 0mm, dy: 0mm)[#block(width: 58mm)[')
for n, a, b in callouts_left: L(co(n, d.f(f'{a} : {b}')) + '\n#v(6mm)')
L(']]')
L('#place(top + right, dx: 0mm, dy: 8mm)[#block(width: 50mm)[')
for n, a, b in callouts_right: L(co(n, d.f(f'{a} : {b}')) + '\n#v(6mm)')
L(']]')
L(']')
L('#line(length: 100%, stroke: 0.6pt + red)')
L('#grid(columns: (1fr, 1fr), column-gutter: 7mm, [')
def H(s, lv=1): L('#heading(level: %d)[%s]' % (lv, E(d.heading(s, lv))))
def P(s): L(E(d.para(s)) + '\n')
def UL(items, num=False):
    for it in items:
        mark = '+' if num else '-'
        if isinstance(it, tuple):
            L(f'{mark} {E(d.bullet(it[0], 1))}')
            for x in it[1]: L(f'  - {E(d.bullet(x, 2))}')
        else: L(f'{mark} {E(d.bullet(it, 1))}')
    L('')
H('Votre protection sociale')
P('Le tireur qui loue son véhicule est un travailleur indépendant. Il peut s’affilier à la Caisse nationale de prévoyance sociale (CNaPS) au guichet ouvert chaque lundi au siège de la fédération.')
H('S’affilier en quatre étapes', 2)
UL(['Apporter la carte d’identité et la plaque du véhicule.', ('Choisir sa cotisation :', ['2 000 ariary par semaine pour l’accident et la retraite ;', '500 ariary de plus pour la mutuelle de santé.']), 'Payer par mobile money ou au guichet.', 'Recevoir sa carte le lundi suivant.'], num=True)
H('Le tarif de location négocié', 2)
hdr = [['', 'Saison sèche', 'Saison des pluies']]
rows = [['Location par jour', '5 000 Ar', '4 000 Ar'], ['Jour de pluie sans client', '5 000 Ar', 'rien à payer'], ['Réparation d’une crevaison', 'à la charge du loueur', 'à la charge du loueur']]
d.table(hdr, rows)
L('#table(columns: (1.3fr, 1fr, 1fr), stroke: (x, y) => (bottom: if y == 0 { 0.8pt + ink } else { 0.3pt + gray }), inset: 2.5pt, ' +
  ', '.join('[#text(weight: "bold")[' + E(d.f(c)) + ']]' for c in hdr[0]) + ', ' + ', '.join('[' + E(d.f(c)) + ']' for r in rows for c in r) + ')')
L('#text(size: 6.5pt, style: "italic")[' + E(d.ign('Tarif fixé par l’accord tripartite, applicable depuis janvier 2026.')) + ']')
L('], [')
H('Ceux qui s’y sont engagés')
P('La Fédération des tireurs de pousse-pousse d’Antsirabe (FTPA) a noué en 2023 avec la CNaPS un protocole d’accord qui a ouvert le guichet du lundi.')
P('Un accord tripartite lie depuis 2024 la CUA, la FTPA et les loueurs réunis dans l’association Miaradia : il fixe le tarif ci-contre et oblige chaque loueur à réparer les véhicules.')
P('Radio Haja FM diffuse les messages de sécurité depuis l’an passé, en vertu d’une lettre d’intention avec la FTPA. La convention entre la FTPA et le Lycée technique d’Antsirabe, qui formait les tireurs à la réparation, a pris fin en 2024.')
P('Le Bureau international du Travail (BIT) conduit le projet « Lalana Azo Antoka » avec le concours financier de la Direction de la coopération internationale de Monaco (DCI), de 2025 à 2028.')
L('#block(inset: (left: 3mm), stroke: (left: 2pt + red))[')
t, sp, ro = d.quote('Le pousse-pousse est à moi toute la journée, mais il reste au loueur. Avec la carte de la CNaPS, au moins, la jambe cassée n’est plus ma seule affaire.', 'Jean-Claude Rakotonirina', 'tireur depuis onze ans, stationnement de la gare')
L('#text(style: "italic", font: "DejaVu Serif")[«~' + E(t) + '~»]\\')
L('#text(size: 6.8pt)[— ' + E(sp) + ', ' + E(ro) + ']')
L(']')
H('Sans engagement de leur part', 2)
L('#text(size: 6.8pt)[' + E(d.para('Le Ministère du Travail, de l’Emploi et de la Fonction publique (MTEFP) suit le projet sans y être partie ; le ministère malgache du Travail pourrait l’étendre à Toamasina. Tompon’Ayina, le syndicat des propriétaires, a refusé de signer l’accord. Assurances ARO a été sollicitée pour une assurance du véhicule, sans réponse. L’atelier Ravaka est payé pour peindre les plaques, l’Hôtel des Thermes prête sa salle pour la remise des cartes et les chiffres viennent de l’Institut national de la statistique (INSTAT).')) + ']')
H('Contact', 2)
d.contact('Hanta Randriamanana', 'antsirabe@ilo.org', '+261 20 44 491 17')
for s in ['Hanta Randriamanana, chargée du projet', 'Bureau de pays du BIT pour Madagascar, les Comores, Maurice et les Seychelles', 'Tél. : +261 20 44 491 17', 'Courriel : antsirabe@ilo.org']:
    L('#text(size: 6.8pt)[' + E(d.ign(s)) + ']\\')
L('#text(size: 6.8pt)[' + E(d.link('www.ilo.org/antananarivo')) + ']')
L('])')
d.preamble = pre
d.orgs(('Fédération des tireurs de pousse-pousse d’Antsirabe', 'FTPA'), 'Tsara Dia', ('Commune urbaine d’Antsirabe', 'CUA'), ('Caisse nationale de prévoyance sociale', 'CNaPS'),
       'association Miaradia', 'Radio Haja FM', 'Lycée technique d’Antsirabe', ('Bureau international du Travail', 'BIT'), ('Direction de la coopération internationale de Monaco', 'DCI'),
       ('Ministère du Travail, de l’Emploi et de la Fonction publique', 'MTEFP'), 'Tompon’Ayina', 'Assurances ARO', 'atelier Ravaka', 'Hôtel des Thermes', ('Institut national de la statistique', 'INSTAT'))
d.countries('MG', 'MC', 'KM', 'MU', 'SC')
d.ps(['Tsara Dia', 'FTPA'], 'partnership', 2025)
d.ps(['FTPA', 'CNaPS'], 'memorandum_of_understanding', 2023)
d.ps(['CUA', 'FTPA', 'association Miaradia'], 'cooperation_agreement', 2024)
d.ps(['Radio Haja FM', 'FTPA'], 'letter_of_intent', 2025)
d.ps(['FTPA', 'Lycée technique d’Antsirabe'], 'cooperation_agreement', None, 2024)
d.ps(['DCI', 'BIT'], 'funding', 2025, 2028)
d.build(tagged=True)
