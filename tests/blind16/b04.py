from common import *
d = Typ('blind16-04-fr-rapport-ilakaka-saphirs', 'fr', 'typst', 'blind-annual-report-kpi-tiles', 'mineurs artisanaux de saphir, étayage des puits et protection sociale')
HL, HR = 'Chapitre 4 · Mines artisanales', 'BIT Madagascar'
F1 = 'Rapport annuel 2025 — p. 38'
for x in (HL, HR, F1): d.furn(x)
HL, HR, F1 = d.f(HL), d.f(HR), d.f(F1)
d.preamble = '''#set page(paper: "a4", margin: (x: 16mm, top: 19mm, bottom: 16mm),
  header: [#set text(size: 7.5pt, fill: rgb("#0d47a1")); %s #h(1fr) %s #v(-4pt) #line(length: 100%%, stroke: 0.5pt + rgb("#0d47a1"))],
  footer: context [#set text(size: 7.5pt); #h(1fr) %s])
#set text(font: "DejaVu Sans", size: 8.8pt, lang: "fr", hyphenate: false)
#set par(justify: false, leading: 0.55em)
#show heading.where(level: 1): set text(size: 11.5pt, fill: rgb("#0d47a1"))
#show heading.where(level: 2): set text(size: 9.4pt, fill: rgb("#e65100"))
''' % (typ_esc(HL), typ_esc(HR), typ_esc(F1))
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
I('EXTRAIT DU RAPPORT ANNUEL 2025 · CHAPITRE 4', '#text(size: 8pt, weight: "bold", tracking: 1.5pt, fill: rgb("#e65100"))[%s]\n\n')
d.raw('#text(size: 22pt, weight: "bold", fill: rgb("#0d47a1"))[' + E(d.title('Des puits plus sûrs pour les mineurs de saphir d’Ilakaka')) + ']\n\n')
P('Antananarivo, février 2026 — ce chapitre rend compte de la deuxième année du projet sur la sécurité et la protection sociale des mineurs artisanaux d’Ilakaka et de Sakaraha, dans le sud-ouest du pays.', '#text(size: 10pt, style: "italic")[%s]\n\n')
tiles = [('1 860', 'mineurs formés à l’étayage'), ('74', 'puits étayés et contrôlés'), ('– 41 %', 'd’accidents graves par rapport à 2024'), ('6', 'accords en vigueur')]
d.raw('#grid(columns: (1fr, 1fr, 1fr, 1fr), gutter: 6pt, ' + ', '.join(
    '[#block(width: 100%, fill: rgb("#e3f2fd"), inset: 6pt, radius: 4pt)[#align(center)[#text(size: 18pt, weight: "bold", fill: rgb("#0d47a1"))[' + E(d.ign(n)) + '] \\\n#text(size: 7.5pt)[' + E(d.ign(l)) + ']]]]' for n, l in tiles) + ')\n#v(4pt)\n')
d.raw('#columns(2, gutter: 7mm)[\n')
Hd('Le contexte')
P('Depuis la découverte du saphir en 1998, Ilakaka est passée de quelques cases à une ville de plus de 60 000 habitants. Les mineurs creusent des puits de 10 à 25 mètres, souvent sans étais, et aucun d’eux n’était affilié à la sécurité sociale au début du projet.')
P('Le Ministère des Mines et des Ressources stratégiques de Madagascar a ouvert en 2024 un guichet de formalisation à Ilakaka ; le projet s’appuie sur ce guichet.')
Hd('Étayer les puits')
P('Le protocole d’accord de 2024 porte les signatures de la Caisse nationale de prévoyance sociale (CNaPS), du Syndicat des mineurs artisanaux d’Ilakaka (SYMAI) et de la Coopérative Vatosoa. Il prévoit une cotisation réduite pour les mineurs qui travaillent dans un puits étayé.')
Hd('Ce que les mineurs ont appris', 2)
L([('Étayer avant de descendre :', ['un cadre de bois tous les 1,5 mètre ;', 'jamais de puits de plus de 12 mètres sans aération.']), 'Descendre attaché, avec un équipier en surface.', 'Remonter dès la première pluie.'])
L(['S’inscrire à la CNaPS au guichet de la coopérative.', 'Garder sa carte sur soi au fond du puits.', 'Déclarer tout accident dans les 48 heures.'], '+')
Hd('Résultats de l’année')
d.table([['Activité', 'Partenaires', 'Résultat 2025']],
        [['Messages radio sur les éboulements', 'Radio Feon’Isalo et Coopérative Vatosoa (convention de 2022, renouvelée jusqu’en 2027)', '120 messages'],
         ['Affiliation à la CNaPS', 'CNaPS, SYMAI', '1 420 mineurs'],
         ['Classes passerelles', 'BIT, UNICEF', '310 enfants']])
hdr, rows = d.t['tables'][-1]['header_rows'], d.t['tables'][-1]['rows']
d.raw('#table(columns: (1fr, 1.5fr, auto), stroke: 0.4pt + rgb("#90a4ae"), inset: 3pt, fill: (x, y) => if y == 0 { rgb("#0d47a1") }, table.header(' +
      ', '.join('[#text(fill: white, weight: "bold")[' + E(c) + ']]' for c in hdr[0]) + '), ' + ', '.join('[' + E(c) + ']' for r in rows for c in r) + ')\n')
I('Sources : CNaPS, INSTAT et registres de la Coopérative Vatosoa.', '#text(size: 7pt, style: "italic")[%s]\n\n')
d.raw('#colbreak()\n')
Hd('Partenaires et financements')
P('L’Irlande finance le projet à travers Irish Aid, dans le cadre de l’Accord de partenariat Irish Aid–BIT 2023-2026 ; le Bureau international du Travail (BIT) en assure la mise en œuvre.')
P('Le SYMAI s’est tourné vers le Centre hospitalier de district de Sakaraha pour soigner les blessés des puits. Une convention les lie depuis l’an dernier, et l’hôpital tient une permanence au marché les jours de vente.')
P('Ravinala Gems & Co et la Commune rurale d’Ilakaka ont signé en 2023 une lettre d’intention pour ouvrir un atelier de taille où les mineurs apprennent à valoriser leurs pierres.')
P('Les classes passerelles pour les enfants retirés des puits relèvent du programme conjoint du BIT et de l’UNICEF contre le travail des enfants dans les mines, lancé en 2021.')
d.raw('#block(stroke: (left: 2.5pt + rgb("#e65100")), inset: (left: 8pt, y: 4pt))[')
qt, qs, qr = d.quote('Mon frère est mort dans un puits sans étais. Aujourd’hui, je refuse de descendre tant que le cadre n’est pas posé.', 'Haja Randrianasolo', 'mineur et délégué du SYMAI')
d.raw('#text(size: 10.5pt, style: "italic")[«~' + E(qt) + '~»] \\\n#text(size: 7.5pt)[— ' + E(qs) + ', ' + E(qr) + ']]\n\n')
Hd('Autres acteurs', 2)
P('Le ministère malgache des Mines et des Ressources stratégiques préside le comité de pilotage, sans être partie aux accords. Le Bureau du cadastre minier de Madagascar (BCMM) y siège en observateur. Le Comptoir Ceylan-Ilakaka a discuté d’un prix plancher avec la coopérative, mais rien n’est signé. Tsara Bois SARL a été payée pour livrer le bois des étais. Les chiffres de population viennent de l’Institut national de la statistique (INSTAT).', '#text(size: 8pt)[%s]\n\n')
Hd('Contact', 2)
d.contact('Voahangy Rakotomalala', 'rakotomalala@ilo.org', '+261 20 22 260 15')
d.raw('#text(size: 8pt)[Voahangy Rakotomalala \\\n' + E(d.ign('Bureau de pays du BIT pour Madagascar, les Comores, Maurice et les Seychelles')) + ' \\\n' + E(d.ign('Tél. : +261 20 22 260 15')) + ' \\\n' + E(d.ign('Courriel : rakotomalala@ilo.org')) + ' \\\n' + E(d.link('www.ilo.org/antananarivo')) + ']\n')
d.raw(']\n')
d.orgs('Ministère des Mines et des Ressources stratégiques de Madagascar', ('Caisse nationale de prévoyance sociale', 'CNaPS'), ('Syndicat des mineurs artisanaux d’Ilakaka', 'SYMAI'),
       'Coopérative Vatosoa', 'Radio Feon’Isalo', ('Bureau international du Travail', 'BIT'), 'UNICEF', 'Irish Aid', 'Centre hospitalier de district de Sakaraha',
       'Ravinala Gems & Co', 'Commune rurale d’Ilakaka', ('Bureau du cadastre minier de Madagascar', 'BCMM'), 'Comptoir Ceylan-Ilakaka', 'Tsara Bois SARL',
       ('Institut national de la statistique', 'INSTAT'))
d.countries('MG', 'IE', 'KM', 'MU', 'SC')
d.ps(['CNaPS', 'SYMAI', 'Coopérative Vatosoa'], 'memorandum_of_understanding', 2024)
d.ps(['Radio Feon’Isalo', 'Coopérative Vatosoa'], 'cooperation_agreement', 2022, 2027)
d.ps(['Irish Aid', 'BIT'], 'funding', 2023, 2026)
d.ps(['SYMAI', 'Centre hospitalier de district de Sakaraha'], 'cooperation_agreement', 2025)
d.ps(['Ravinala Gems & Co', 'Commune rurale d’Ilakaka'], 'letter_of_intent', 2023)
d.ps(['BIT', 'UNICEF'], 'programme', 2021)
d.build(tagged=True)
