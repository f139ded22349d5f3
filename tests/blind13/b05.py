from common import *
ID = 'blind13-05-fr-bd-conakry-recuperatrices'
d = Typ(ID, 'fr', 'typst', 'blind-comic-strip', 'récupératrices de déchets, sécurité et protection sociale')
HL = d.f('Bande dessinée « Mariama trie, Mariama compte »')
pre = '''#set page(paper: "a4", margin: (x: 13mm, top: 17mm, bottom: 15mm),
  header: [#set text(7.5pt, fill: rgb("#5d4037")); %s #h(1fr) OIT Conakry],
  footer: context [#set text(7.5pt); #h(1fr) Page #counter(page).display() sur 2])
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "fr")
#set par(leading: 0.55em, spacing: 0.8em)
#show heading.where(level: 1): it => block(above: 4mm, below: 2mm)[#set text(12.5pt, fill: rgb("#2e7d32")); #it.body]
#show heading.where(level: 2): it => block(above: 3mm, below: 1.5mm)[#set text(9.6pt, fill: rgb("#e65100")); #it.body]
#let bal(x, y, w, t, tx, ty) = {
  place(top + left, dx: tx, dy: ty, polygon(fill: white, stroke: 0.7pt, (0mm, 0mm), (4mm, -5mm), (7mm, -4mm)))
  place(top + left, dx: x, dy: y, box(width: w, fill: white, stroke: 0.7pt, radius: 3mm, inset: 1.8mm)[#set text(7.4pt); #t])
}
#let guy(x, col, name) = {
  place(bottom + left, dx: x, dy: -4mm, stack(spacing: 0.5mm, align(center, circle(radius: 4.5mm, fill: rgb("#8d5524"))), rect(width: 13mm, height: 15mm, radius: 2mm, fill: col)))
  place(bottom + left, dx: x - 2mm, dy: -0.5mm, text(5.5pt, weight: "bold")[#name])
}
#let panel(n, cap, c1, c2, body) = block(width: 100%%, height: 68mm, stroke: 1.4pt, breakable: false, clip: true, fill: gradient.linear(c1, c2, angle: 90deg))[
  #place(top + left, box(fill: rgb("#fff59d"), stroke: 0.7pt, inset: 1.6mm, width: 100%%)[#set text(7.2pt, style: "italic"); #box(fill: black, inset: 1mm)[#text(fill: white, weight: "bold", style: "normal")[#n]] #cap])
  #body]
''' % d.e(HL)
d.preamble = pre
for n in (1, 2): d.furn(HL); d.furn('OIT Conakry'); d.furn(f'Page {n} sur 2')
R = d.raw
E = d.e
def P(s): return E(d.para(s)) + '\n\n'
def I(s): return E(d.ign(s))
def H(s, lv): return '=' * lv + ' ' + E(d.heading(s, lv)) + '\n'
def UL(items, num=False):
    out = []
    for it in items:
        mk = '+' if num else '-'
        if isinstance(it, tuple):
            t, sub = it; out.append(f'{mk} {E(d.bullet(t, 1))}\n')
            for s in sub: out.append(f'  - {E(d.bullet(s, 2))}\n')
        else: out.append(f'{mk} {E(d.bullet(it, 1))}\n')
    return ''.join(out) + '\n'
R('#block(fill: rgb("#2e7d32"), inset: 4mm, width: 100%, below: 3mm)[#set text(fill: white); #text(7.5pt, weight: "bold")[' + I('BANDE DESSINÉE · RÉCUPÉRATRICES DE LA DÉCHARGE DE DAR-ES-SALAM') + '] \\\n#text(20pt, weight: "bold")[' + E(d.title('Mariama trie, Mariama compte')) + '] \\\n#text(9pt, style: "italic")[' + E(d.para('Six cases pour comprendre la sécurité au travail et la protection sociale des récupératrices de Conakry · Conakry, novembre 2025')) + ']]\n')
def bal(x, y, w, s, tx, ty): return f'#bal({x}mm, {y}mm, {w}mm, [{E(d.para(s))}], {tx}mm, {ty}mm)\n'
def guy(x, col, name): return f'#guy({x}mm, rgb("{col}"), [{I(name)}])\n'
panels = [
 ('1', 'Six heures du matin, sur la décharge de Dar-es-Salam.', '#ffcc80', '#8d6e63', lambda:
   guy(12, '#e91e63', 'MARIAMA') + guy(60, '#3f51b5', 'FATOU') + bal(4, 12, 48, 'Encore sans gants, Fatou ? Un morceau de verre et tu perds ta semaine.', 16, 34) + bal(44, 36, 40, 'Les gants coûtent trop cher au marché…', 62, 58)),
 ('2', 'À la réunion de la coopérative, le samedi.', '#c5e1a5', '#558b2f', lambda:
   guy(30, '#e91e63', 'MARIAMA') + bal(4, 12, 80, 'Bonne nouvelle : la commune de Matoto et notre coopérative ont signé une lettre d’intention en janvier. Nous aurons un hangar de tri couvert !', 34, 44)),
 ('3', 'Au hangar, quelques semaines plus tard.', '#b3e5fc', '#0277bd', lambda:
   guy(14, '#3f51b5', 'FATOU') + guy(56, '#ff9800', 'AÏSSATOU') + bal(4, 12, 46, 'Ici on trie à l’ombre, avec de l’eau pour se laver les mains.', 18, 34) + bal(40, 34, 44, 'Et les enfants restent à la garderie, loin des fumées.', 58, 56)),
 ('4', 'Le carnet de Mariama.', '#fff9c4', '#f9a825', lambda:
   guy(62, '#e91e63', 'MARIAMA') + bal(4, 12, 54, 'Plastique dur : 1 800 francs le kilo. Cuivre : 40 000. J’écris tout, comme ça personne ne me vole sur la balance.', 60, 46)),
 ('5', 'Au bureau de la CNSS, à Kaloum.', '#d1c4e9', '#5e35b1', lambda:
   guy(12, '#3f51b5', 'FATOU') + guy(60, '#607d8b', 'L’AGENT') + bal(4, 12, 44, 'Je ne suis pas salariée. Je peux quand même cotiser ?', 16, 34) + bal(40, 34, 44, 'Oui : le régime des travailleurs indépendants, 5 000 francs par mois.', 62, 56)),
 ('6', 'Un an après.', '#ffccbc', '#d84315', lambda:
   guy(16, '#e91e63', 'MARIAMA') + guy(48, '#3f51b5', 'FATOU') + guy(68, '#ff9800', 'AÏSSATOU') + bal(4, 12, 80, 'Des gants, un hangar, une carte de sécurité sociale. Et maintenant, on négocie le prix du kilo ensemble !', 30, 44)),
]
R(H('L’histoire', 1))
R('#grid(columns: (1fr, 1fr), column-gutter: 6mm, row-gutter: 3mm,\n')
for n, cap, c1, c2, body in panels:
    R(f'panel([{I(n)}], [{E(d.para(cap))}], rgb("{c1}"), rgb("{c2}"))[\n#v(9mm)\n' + body() + '],\n')
R(')\n')
R('#v(2mm)\n#text(7pt, style: "italic")[' + I('Dessins : atelier BD du lycée technique de Matoto. Les personnages sont inventés.') + ']\n')
R('#pagebreak()\n')
R('#columns(2, gutter: 7mm)[\n')
R(H('Ce que dit la BD', 1))
R(P('À Dar-es-Salam, près de 1 200 personnes, surtout des femmes, vivent de la récupération du plastique, des métaux et du carton. Elles travaillent sans protection, vendent au poids à des intermédiaires et n’ont pas de couverture sociale.'))
R(H('Les bons gestes sur la décharge', 2))
R(UL([('Se protéger :', ['gants épais et bottes fermées ;', 'masque quand on brûle à proximité.']), 'Ne jamais trier près des engins de poussage.', ('Après le travail :', ['se laver les mains et les bras ;', 'désinfecter toute coupure.'])]))
R(H('S’affilier à la CNSS en trois étapes', 2))
R(UL(['Demander le formulaire à la coopérative.', 'Joindre une pièce d’identité et une photo.', 'Payer la première cotisation par téléphone.'], num=True))
R(H('Les récupératrices en chiffres', 2))
hdr, rows = d.table([['Indicateur', '2024', '2025']], [['Membres de la coopérative', '310', '486'], ['Affiliées à la CNSS', '22', '175'], ['Blessures déclarées par mois', '41', '17'], ['Enfants à la garderie', '0', '64']])
R('#table(columns: (1fr, auto, auto), stroke: (x, y) => (bottom: 0.4pt + rgb("#9e9e9e")), inset: 3pt, fill: (x, y) => if y == 0 { rgb("#2e7d32") }, ' + ', '.join(f'[#text(fill: white, weight: "bold")[{E(c)}]]' for c in hdr[0]) + ', ' +
  ', '.join(f'[{E(c)}]' for r in rows for c in r) + ')\n')
R('#text(7pt, style: "italic")[' + I('Source : registre de la coopérative ; Institut national de la statistique (INS).') + ']\n\n')
tq, sp, ro = d.quote('Quand on trie ensemble, on pèse ensemble, et plus personne ne triche sur nos kilos.', 'Hawa Camara', 'présidente de la Coopérative des récupératrices de Dar-es-Salam')
R(f'#block(stroke: (left: 2.5pt + rgb("#e65100")), inset: (left: 3mm, y: 2mm))[#text(font: "DejaVu Serif", style: "italic", size: 9.5pt)[« {E(tq)} »] \\ #text(7.5pt)[— {E(sp)}, {E(ro)}]]\n')
R('#colbreak()\n')
R(H('Qui soutient les récupératrices ?', 1))
R(P('La bande dessinée a été conçue avec la Coopérative des récupératrices de Dar-es-Salam (CORED), qui réunit six groupements de Ratoma et de Matoto.'))
R(P('L’Union européenne finance l’action : sa contribution au Bureau international du Travail (BIT), signée en 2023, court jusqu’en 2026.'))
R(P('Un protocole d’accord a été conclu en 2024 entre l’Agence nationale de l’assainissement et de la salubrité publique (ANASP), la CORED et la société de collecte Guinée Propreté SARL ; il fixe les horaires d’accès des récupératrices aux zones de déchargement.'))
R(P('La Caisse nationale de sécurité sociale (CNSS) et la Confédération nationale des travailleurs de Guinée (CNTG) sont liées par une convention depuis 2021 ; reconduite en 2025, elle court désormais jusqu’en 2027.'))
R(P('Le BIT et le Programme des Nations Unies pour les établissements humains (ONU-Habitat) mènent depuis 2024 le programme conjoint dont fait partie le hangar de tri.'))
R('#text(7.5pt)[' + E(d.para('L’ONG Santé Plus Guinée a animé les séances sur les coupures, sans être signataire d’aucun accord. Des discussions avec un recycleur de plastique ont eu lieu ; rien n’est signé. L’Imprimerie du Niger a imprimé la BD dans le cadre d’une commande payée.')) + ']\n\n')
R(H('Contact', 2))
d.contact('Ibrahima Sow', 'sow@ilo.org', '+224 622 41 08 93')
R('Ibrahima Sow \\\n' + I('Chargé de projet, OIT Conakry') + ' \\\n' + I('Tél. : +224 622 41 08 93') + ' \\\n' + I('Courriel : sow@ilo.org') + ' \\\n' + E(d.link('www.ilo.org/dakar')) + '\n')
R(']\n')
d.orgs(('Caisse nationale de sécurité sociale', 'CNSS'), 'commune de Matoto', 'lycée technique de Matoto', ('Institut national de la statistique', 'INS'), ('Coopérative des récupératrices de Dar-es-Salam', 'CORED'),
       'Union européenne', ('Bureau international du Travail', 'BIT'), ('Agence nationale de l’assainissement et de la salubrité publique', 'ANASP'), 'Guinée Propreté SARL',
       ('Confédération nationale des travailleurs de Guinée', 'CNTG'), ('Programme des Nations Unies pour les établissements humains', 'ONU-Habitat'), 'Santé Plus Guinée', 'Imprimerie du Niger', 'OIT Conakry')
d.countries('GN')
d.ps(['commune de Matoto', 'CORED'], 'letter_of_intent', 2025)
d.ps(['Union européenne', 'BIT'], 'funding', 2023, 2026)
d.ps(['ANASP', 'CORED', 'Guinée Propreté SARL'], 'memorandum_of_understanding', 2024)
d.ps(['CNSS', 'CNTG'], 'cooperation_agreement', 2021, 2027)
d.ps(['BIT', 'ONU-Habitat'], 'programme', 2024)
d.build(tagged=False)
