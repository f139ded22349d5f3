from common import *
d = Typ('blind14-07-fr-zfold-lait-chamelle', 'fr', 'typst', 'blind-zfold-six-panel', 'coopératives laitières de lait de chamelle, hygiène et protection sociale')
d.preamble = '''#set page(paper: "a4", flipped: true, margin: (x: 10mm, y: 11mm))
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "fr", hyphenate: false)
#set par(leading: 0.55em)
#show heading.where(level: 1): set text(size: 11pt, fill: rgb("#8a4b08"))
#show heading.where(level: 2): set text(size: 9pt, fill: rgb("#2f5d50"))
'''
E = d.e
def P(s, fmt='%s\n\n'): d.raw(fmt % E(d.para(s)))
def Hd(s, lv=1): d.raw('=' * lv + ' ' + E(d.heading(s, lv)) + '\n')
def I(s, fmt='%s\n\n'): d.raw(fmt % E(d.ign(s)))
def L(items, mark='-'):
    for it in items:
        if isinstance(it, tuple):
            d.raw(f'{mark} ' + E(d.bullet(it[0], 1)) + '\n')
            for x in it[1]: d.raw('  - ' + E(d.bullet(x, 2)) + '\n')
        else: d.raw(f'{mark} ' + E(d.bullet(it, 1)) + '\n')
    d.raw('\n')
d.raw('#columns(3, gutter: 12mm)[\n')
# panel 1: inner flap
Hd('Le lait, de la chamelle au client')
L(['Traite à la main, dans un seau inox couvert.', 'Filtration immédiate sur une toile propre.', 'Refroidissement dans l’heure, sous 6 °C.', 'Collecte par le camion isotherme avant 10 heures.', 'Contrôle de l’acidité au centre de collecte.'], '+')
Hd('Les centres de collecte', 2)
hdr, rows = d.table([['Centre', 'Engagement', 'Depuis']], [['Boutilimit', 'Convention Coopérative Néma Lait – Laiterie Tevragh SA', '2022'], ['Ouad Naga', 'Achat au prix du marché', '2024'], ['Tiguint', 'Bac réfrigéré partagé', '2025']])
d.raw('#table(columns: (auto, 1fr, auto), stroke: 0.5pt + rgb("#8a4b08"), inset: 3pt, table.header(' + ', '.join(f'[*{E(c)}*]' for c in hdr[0]) + '), ' + ', '.join(f'[{E(c)}]' for r in rows for c in r) + ')\n\n')
I('Tableau : les trois centres du projet et leurs engagements.', '#text(size: 7pt, style: "italic")[%s]\n\n')
d.raw('#colbreak()\n')
# panel 2: back
Hd('Nous contacter')
d.contact('Mariem Mint Ahmed', 'mintahmed@ilo.org', '+222 45 25 71 30')
d.raw('Mariem Mint Ahmed \\\n' + E(d.ign('Projet « Lait décent », Nouakchott')) + ' \\\n' + E(d.ign('Tél. : +222 45 25 71 30')) + ' \\\n' + E(d.ign('Courriel : mintahmed@ilo.org')) + ' \\\n' + E(d.link('www.ilo.org/dakar')) + '\n\n')
d.raw('#v(8mm)\n')
Hd('À savoir', 2)
P('Le ministère du Développement rural a assisté à la signature du protocole comme observateur. La Banque populaire de Mauritanie a été approchée, mais aucun engagement n’a été pris. Le transport du lait est assuré par Sahel Froid SARL, rémunérée au trajet ; les chiffres viennent de l’Agence nationale de la statistique et de l’analyse démographique et économique (ANSADE).', '#text(size: 7.6pt)[%s]\n\n')
d.raw('#colbreak()\n')
# panel 3: cover
d.raw('#block(fill: rgb("#8a4b08"), inset: 8pt, width: 100%)[#text(fill: white, size: 8pt, weight: "bold")[' + E(d.ign('COOPÉRATIVES LAITIÈRES · TRARZA, MAURITANIE')) + ']]\n#v(4mm)\n')
d.raw('#text(size: 26pt, weight: "bold", fill: rgb("#2f5d50"))[' + E(d.title('Le lait de chamelle, un métier qui protège')) + ']\n\n')
P('Hygiène, prix justes et assurance maladie pour les éleveuses et les collecteurs du Trarza', '#text(size: 11pt, style: "italic")[%s]\n\n')
d.raw('#v(8mm)#rect(width: 100%, height: 50mm, fill: gradient.radial(rgb("#f5deb3"), rgb("#d2a26b")), stroke: none)\n')
d.raw(']\n#pagebreak()\n#columns(3, gutter: 12mm)[\n')
# inside
Hd('Pourquoi ce dépliant ?')
P('Autour de Boutilimit, plus de 900 familles vivent du lait de chamelle. Les femmes traient, filtrent et vendent, mais peu d’entre elles ont une assurance maladie ou un contrat avec la laiterie qui achète leur lait.')
Hd('Vos droits', 2)
L([('Être payée à la livraison, au prix affiché :', ['le prix du litre est affiché au centre chaque lundi ;', 'un reçu est remis à chaque livraison.']), 'Cotiser à l’assurance maladie par la coopérative.', 'Refuser un lait que vous n’avez pas vu traire.'])
d.raw('#colbreak()\n')
Hd('Nos partenaires')
P('La Caisse nationale d’assurance maladie (CNAM) voulait couvrir les éleveuses. L’Union nationale des coopératives laitières de Mauritanie (UNCLM) aussi : les deux ont signé un protocole d’accord en 2025.')
P('La Suède soutient le projet : l’Agence suédoise de coopération internationale au développement (Asdi) verse au Bureau international du Travail (BIT) une subvention qui court de 2024 à 2026.')
P('L’Office national de recherches et de développement de l’élevage (ONARDEL) et l’Institut supérieur d’enseignement technologique de Rosso (ISET) ont signé une convention en 2020 ; renouvelée en 2023, puis en 2025, elle court désormais jusqu’en 2028.')
P('Depuis 2023, la formation des collecteurs fait partie d’un programme conjoint du BIT et de l’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO).')
d.raw('#colbreak()\n')
Hd('La filière en chiffres')
hdr, rows = d.table([['', '2023', '2025']], [['Litres collectés par jour', '3 100', '5 800'], ['Éleveuses assurées à la CNAM', '40', '412'], ['Lait refusé pour acidité', '18 %', '6 %']])
d.raw('#table(columns: (1fr, auto, auto), stroke: (x, y) => if y == 0 { (bottom: 0.8pt) } else { (bottom: 0.3pt + gray) }, inset: 3pt, table.header([], [*2023*], [*2025*]), ' + ', '.join(f'[{E(c)}]' for r in rows for c in r) + ')\n\n')
qt, qs, qr = d.quote('Le camion isotherme a tout changé : avant, on jetait le lait de l’après-midi.', 'Aïchetou Mint Sidi', 'présidente de la Coopérative Néma Lait')
d.raw('#block(inset: 8pt, stroke: (left: 3pt + rgb("#8a4b08")))[#text(size: 11pt, style: "italic")[« ' + E(qt) + ' »] \\\n#text(size: 7.6pt)[— ' + E(qs) + ', ' + E(qr) + ']]\n')
d.raw(']\n')
d.orgs('Coopérative Néma Lait', 'Laiterie Tevragh SA', 'ministère du Développement rural', 'Banque populaire de Mauritanie', 'Sahel Froid SARL',
       ('Agence nationale de la statistique et de l’analyse démographique et économique', 'ANSADE'), ('Caisse nationale d’assurance maladie', 'CNAM'),
       ('Union nationale des coopératives laitières de Mauritanie', 'UNCLM'), ('Agence suédoise de coopération internationale au développement', 'Asdi'), ('Bureau international du Travail', 'BIT'),
       ('Office national de recherches et de développement de l’élevage', 'ONARDEL'), ('Institut supérieur d’enseignement technologique de Rosso', 'ISET'),
       ('Organisation des Nations Unies pour l’alimentation et l’agriculture', 'FAO'))
d.countries('MR', 'SE')
d.ps(['Coopérative Néma Lait', 'Laiterie Tevragh SA'], 'cooperation_agreement', 2022)
d.ps(['CNAM', 'UNCLM'], 'memorandum_of_understanding', 2025)
d.ps(['Asdi', 'BIT'], 'funding', 2024, 2026)
d.ps(['ONARDEL', 'ISET'], 'cooperation_agreement', 2020, 2028)
d.ps(['BIT', 'FAO'], 'programme', 2023)
d.build(tagged=True)
