from common import *
pre = r'''
#set page(paper: "a4", flipped: true, margin: (x: 14mm, top: 12mm, bottom: 16mm),
  footer: context [#set text(7pt, fill: rgb("#6b5b2e")); #FOOTL #h(1fr) #(if here().page() == 1 [#FOOTR1] else [#FOOTR2])])
#set text(font: "DejaVu Serif", size: 9.5pt, lang: "fr")
#set par(justify: false, leading: 0.55em)
#let gold = rgb("#a67c1a")
#let navy = rgb("#15365c")
#set list(marker: box(baseline: -1pt, circle(radius: 2.6pt, fill: gold)), indent: 2mm, body-indent: 2mm)
#show heading.where(level: 1): it => block(above: 8pt, below: 4pt, text(font: "DejaVu Sans", size: 12pt, weight: "bold", fill: navy, it.body))
#show heading.where(level: 2): it => block(above: 7pt, below: 3pt, text(font: "DejaVu Sans", size: 9.5pt, weight: "bold", fill: gold, it.body))
'''
d = Typ('blind11-05-fr-certificat-charpente', 'fr', 'typst', 'blind-certificate', 'compétences en charpenterie paracyclonique', preamble=pre)
import re
def e(s): return re.sub(r'(\w+(?:\\-\w+)+)', r'#box[\1]', typ_esc(s))
FL = d.furn('Autorité des qualifications de Vanuatu · Certificat n° VU-CH-2025-0147'); R1 = d.furn('Recto'); FL2 = d.furn(FL); R2 = d.furn('Verso')
d.preamble = d.preamble.replace('#FOOTL', e(FL)).replace('#FOOTR1', e(R1)).replace('#FOOTR2', e(R2))
def H(s, lvl=1): s = d.heading(s, lvl); d.raw('\n' + '=' * lvl + ' ' + e(s) + '\n')
def P(s, pre='', post=''): s = d.para(s); d.raw(f'\n{pre}{e(s)}{post}\n')
def I(s, pre='', post=''): s = d.ign(s); d.raw(f'{pre}{e(s)}{post}')
def UL(items):
    d.raw('\n')
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; d.raw(f'- {e(d.bullet(t, 1))}\n')
            for x in sub: d.raw(f'  - {e(d.bullet(x, 2))}\n')
        else: d.raw(f'- {e(d.bullet(it, 1))}\n')
    d.raw('\n')

# ---------------- recto: the certificate
d.raw('#block(width: 100%, height: 100%, stroke: 3pt + gold, inset: 3pt)[#block(width: 100%, height: 100%, stroke: 0.8pt + gold, inset: (x: 14mm, y: 9mm))[\n')
d.raw('#place(top + left, dx: -6mm, dy: -2mm)[#circle(radius: 15mm, fill: rgb("#f3e6c4"), stroke: 1.5pt + gold)[#set align(center + horizon); #text(font: "DejaVu Sans", size: 6.5pt, weight: "bold", fill: gold)[')
I('SCEAU', post=' \\ '); I('AQV', post=' \\ '); I('2025')
d.raw(']]]\n#set align(center)\n')
I('RÉPUBLIQUE DE VANUATU · AUTORITÉ DES QUALIFICATIONS DE VANUATU (AQV)', '#text(font: "DejaVu Sans", size: 7.5pt, tracking: 1.5pt, fill: navy)[', ']\n\n#v(4mm)\n')
s = d.title('Certificat de compétences professionnelles')
d.raw(f'#text(size: 22pt, weight: "bold", fill: navy)[{e(s)}]\n\n')
P('Charpenterie et couverture résistantes aux cyclones, niveau 2', '#text(size: 12pt, style: "italic", fill: gold)[', ']')
d.raw('#v(3mm)\n')
P('Le présent certificat est décerné à')
P('Ernest Moli Tabi', '#text(size: 20pt, font: "DejaVu Sans", weight: "bold")[', ']')
P('qui a suivi, du 3 mars au 27 juin 2025 à Luganville (Espiritu Santo), le cours de 320 heures et démontré, sur chantier, qu’il sait :')
d.raw('#v(1mm)\n#align(center)[#block(width: 70%)[#set align(left)\n')
UL(['lire un plan simple et tracer une charpente à quatre pans ;', ('fixer la toiture selon les normes paracycloniques :', ['feuillards et équerres à chaque chevron ;', 'vis de couverture tous les 30 cm en rive.']),
    'travailler en hauteur avec un harnais et un point d’ancrage.'])
d.raw(']]\n#v(4mm)\n')
d.raw('#grid(columns: (1fr, 1fr, 1fr), gutter: 8mm, align: center,\n')
for nm, role in [('Jean-Baptiste Tari', 'Directeur général, AQV'), ('Leimara Kalsakau', 'Directrice, Institut de technologie de Vanuatu (VIT)'), ('Noëlla Bakokoto', 'Coordonnatrice du projet, BIT')]:
    d.raw('[#line(length: 100%, stroke: 0.5pt) #v(-1mm) #text(size: 8pt, weight: "bold")[' + e(d.ign(nm)) + '] \\ #text(size: 7pt)[' + e(d.ign(role)) + ']],\n')
d.raw(')\n#v(1fr)\n')
P('Certificat délivré au titre de la convention de reconnaissance conclue le 12 mars 2024 entre l’AQV et le VIT. Cours dispensé avec l’appui du Bureau international du Travail (BIT).', '#text(size: 7pt, fill: rgb("#555555"))[', ']')
d.raw(']]\n')

# ---------------- verso
d.raw('#set page(columns: 2)\n#set columns(gutter: 10mm)\n#set text(font: "DejaVu Sans", size: 10pt)\n#set par(leading: 0.7em)\n#set align(left)\n')
H('Ce que certifie ce document')
P('Ce certificat est inscrit au cadre national des qualifications de Vanuatu. Il est reconnu par les entreprises du bâtiment de Port-Vila et de Luganville et donne accès au niveau 3 (chef d’équipe).')
P('Après le cyclone de 2023, plus de la moitié des toitures reconstruites à Santo n’avaient ni feuillards ni équerres. Le cours forme des charpentiers qui savent poser une toiture qui tient.')
H('Modules suivis', 2)
hdr, rows = d.table([['Module', 'Heures', 'Résultat']], [['Lecture de plans', '40', 'acquis'], ['Charpente à quatre pans', '120', 'acquis'], ['Couverture paracyclonique', '100', 'acquis avec mention'], ['Travail en hauteur', '40', 'acquis'], ['Stage en entreprise', '20', '']])
d.raw('#table(columns: (2fr, 0.7fr, 1.3fr), stroke: none, inset: 3pt, fill: (x, y) => if y == 0 { navy } else if calc.odd(y) { rgb("#f3ecdc") },\n')
d.raw('table.header(' + ', '.join(f'text(fill: white, weight: "bold")[{e(c)}]' for c in hdr[0]) + '),\n')
d.raw(',\n'.join(', '.join(f'[{e(c)}]' for c in r) for r in rows) + ')\n')
I('Le stage en entreprise est validé par l’employeur et noté à part.', '#text(size: 7pt, style: "italic")[', ']\n')
H('Qui est derrière le cours')
P('Les cours sont financés par l’Australie : le ministère des Affaires étrangères et du Commerce (DFAT) a signé avec le BIT, fin 2023, un accord de subvention qui court jusqu’à la mi-2026.')
P('Sous l’égide du conseil provincial de Sanma, un protocole d’accord tripartite a été conclu en 2025 avec la municipalité de Luganville et la Chambre de commerce et d’industrie de Vanuatu (CCIV) : les stagiaires sont accueillis sur les chantiers publics de la province.')
P('Le VIT et le lycée professionnel Jules-Garnier de Nouméa (Nouvelle-Calédonie) coopèrent depuis 2019 grâce à un accord de coopération. Reconduit en 2023, il arrive à échéance en 2026.')
d.raw('#colbreak()\n')
d.raw('#block(fill: rgb("#eef3f8"), inset: 7pt, radius: 4pt, width: 100%)[\n')
H('Bon à savoir', 2)
UL(['La quincaillerie Tanna Bois a adressé en août une lettre d’intention au VIT : elle accordera 15 % de remise sur l’outillage aux titulaires du certificat.',
    'La Croix-Rouge de Vanuatu a assisté aux évaluations en tant qu’observatrice.', 'Avec la Banque nationale de Vanuatu, aucun accord n’a été signé à ce jour sur les microcrédits.'])
d.raw(']\n')
H('Le cours en chiffres', 2)
hdr, rows = d.table([], [['Promotion 2025', '48 stagiaires'], ['Femmes', '11'], ['Certificats délivrés', '44'], ['En emploi trois mois après', '37']])
d.raw('#table(columns: (1.6fr, 1fr), stroke: (x, y) => (bottom: 0.4pt + gold), inset: 3pt,\n' + ',\n'.join(', '.join(f'[{e(c)}]' for c in r) for r in rows) + ')\n')
I('Sources : VIT ; population active selon l’Office national des statistiques de Vanuatu (VNSO).', '#text(size: 7pt, style: "italic")[', ']\n')
qt, sp, rl = d.quote('Avant, je clouais la tôle comme mon père. Maintenant je sais pourquoi le toit de mon voisin est parti en 2023 et pourquoi le mien tiendra.', 'Ernest Moli Tabi', 'charpentier, Luganville')
d.raw(f'\n#block(inset: (left: 8pt), stroke: (left: 2pt + gold), above: 8pt, below: 8pt)[#text(font: "DejaVu Serif", style: "italic", size: 10.5pt)[« {e(qt)} »] \\ #text(size: 7.5pt)[— {e(sp)}, {e(rl)}]]\n')
H('Contact', 2)
d.contact('Noëlla Bakokoto', 'bakokoto@ilo.org', '+678 22 451')
d.raw(f'*{e("Noëlla Bakokoto")}* \\ ' + e(d.ign('Coordonnatrice du projet, BIT Port-Vila')) + ' \\ ' + e(d.ign('Tél. : +678 22 451')) + ' \\ ' + e(d.ign('Courriel : bakokoto@ilo.org')) + ' \\ ' + e(d.link('www.ilo.org/suva')) + '\n')

d.orgs(('Autorité des qualifications de Vanuatu', 'AQV'), ('Institut de technologie de Vanuatu', 'VIT'), ('Bureau international du Travail', 'BIT'),
       ('ministère des Affaires étrangères et du Commerce', 'DFAT'), 'conseil provincial de Sanma', 'municipalité de Luganville',
       ('Chambre de commerce et d’industrie de Vanuatu', 'CCIV'), 'lycée professionnel Jules-Garnier', 'Tanna Bois', 'Croix-Rouge de Vanuatu',
       'Banque nationale de Vanuatu', ('Office national des statistiques de Vanuatu', 'VNSO'))
d.countries('VU', 'AU', 'NC')
d.ps(['AQV', 'VIT'], 'cooperation_agreement', 2024)
d.ps(['DFAT', 'BIT'], 'funding', 2023, 2026)
d.ps(['conseil provincial de Sanma', 'municipalité de Luganville', 'CCIV'], 'memorandum_of_understanding', 2025)
d.ps(['VIT', 'lycée professionnel Jules-Garnier'], 'cooperation_agreement', 2019, 2026)
d.ps(['Tanna Bois', 'VIT'], 'letter_of_intent', 2025)
d.build(tagged=True)
