from common import *
NAVY = '#123f6d'; GOLD = '#b8860b'
d = Typ('blind9-05-fr-invitation-geneve', 'fr', 'typst', 'blind-invitation-card', 'reconnaissance des compétences des travailleurs migrants de retour')
F1 = 'Événement parallèle · Conférence internationale du Travail, 2026'
d.furn(F1); d.furn('Page 2 sur 2')
d.preamble = f'''#set document(title: "Invitation – Compétences sans frontières")
#set text(font: "DejaVu Sans", size: 9pt, lang: "fr", hyphenate: false)
#set par(justify: false, leading: 0.55em, spacing: 0.9em)
#set page(paper: "a4", margin: (x: 18mm, top: 20mm, bottom: 18mm),
  header: context {{ if here().page() > 1 [#set text(size: 7.5pt, fill: rgb("#666666")); {ty_esc(F1)} #line(length: 100%, stroke: 0.4pt + rgb("{GOLD}"))] }},
  footer: context {{ if here().page() > 1 [#set text(size: 7.5pt, fill: rgb("#666666")); #h(1fr) {ty_esc('Page 2 sur 2')}] }})
#show heading.where(level: 1): it => block(above: 1.1em, below: 0.6em)[#text(size: 13pt, weight: "bold", fill: rgb("{NAVY}"))[#it.body]]
#show heading.where(level: 2): it => block(above: 0.9em, below: 0.45em)[#text(size: 10pt, weight: "bold", fill: rgb("{GOLD}"))[#it.body]]
'''
# page 1: the invitation card
d.raw(f'#block(width: 100%, height: 245mm, stroke: (paint: rgb("{GOLD}"), thickness: 1.2pt), inset: 14mm)[\n#block(width: 100%, height: 100%, stroke: 0.4pt + rgb("{GOLD}"), inset: 10mm)[\n#align(center)[\n')
d.i('Mission permanente du Portugal auprès de l’Office des Nations Unies à Genève · Bureau international du Travail', '#text(size: 8pt, fill: rgb("#555555"))[%s]\n\n')
d.raw('#v(12mm)\n')
d.i('INVITATION', f'#text(size: 11pt, weight: "bold", tracking: 0.35em, fill: rgb("{GOLD}"))[%s]\n\n')
d.raw('#v(6mm)\n')
d.p('La Mission permanente du Portugal et le Bureau international du Travail (BIT) ont le plaisir de vous convier à l’événement parallèle', '#text(size: 10pt, style: "italic")[%s]\n\n')
d.raw('#v(4mm)\n')
d.T('Compétences sans frontières : reconnaître le savoir-faire des migrants de retour au Cap-Vert et en Guinée-Bissau', f'#block(width: 88%%)[#text(font: "DejaVu Serif", size: 21pt, weight: "bold", fill: rgb("{NAVY}"))[%s]]\n\n')
d.raw('#v(8mm)\n')
d.tab([], [['Date', 'mardi 9 juin 2026'], ['Heure', '13 h 15 – 14 h 30, collation offerte'], ['Lieu', 'Salle XXIV, Palais des Nations, Genève'], ['Langues', 'français et portugais, avec interprétation']],
      '2', 'stroke: none, align: (right, left), inset: 4pt, ')
d.raw('#v(10mm)\n')
d.p('Des maçons, des électriciens et des cuisiniers revenus de Lisbonne, de Dakar ou de Luanda racontent comment leurs compétences ont été reconnues, et ce qu’il reste à faire.', '#block(width: 80%%)[%s]\n\n')
d.raw('#v(1fr)\n')
d.i('Réponse souhaitée avant le 2 juin 2026', '#text(weight: "bold")[%s]\n\n')
d.i('rsvp-geneve@ilo.org · un badge de la Conférence est nécessaire pour entrer au Palais', '#text(size: 8pt)[%s]\n\n')
d.raw('#box(width: 16mm, height: 16mm, fill: rgb("#dddddd"))\n')
d.raw(']]]\n#pagebreak()\n')
# page 2
d.h('Programme', 1)
d.tab([['Heure', 'Intervention', 'Intervenant·e']],
      [['13 h 15', 'Ouverture', 'Ambassadeur Rui Tavares Mendes, Mission permanente du Portugal'],
       ['13 h 25', 'Le passeport de compétences : premiers résultats', 'Aminata Correia Baldé, BIT'],
       ['13 h 45', 'Témoignages de migrants de retour', 'Djibril Sanhá, électricien, Bissau ; Ivone Lopes, cuisinière, Praia'],
       ['14 h 10', 'Questions de la salle', ''],
       ['14 h 25', 'Clôture', 'Carla Monteiro Fortes, IEFP']],
      '(16mm, 1fr, 1fr)', f'stroke: (x, y) => if y == 0 {{ (bottom: 1pt + rgb("{NAVY}")) }} else {{ (bottom: 0.4pt + rgb("#bbbbbb")) }}, inset: 5pt, ')
d.raw('#columns(2, gutter: 8mm)[\n')
d.h('À propos du programme', 1)
d.p('Chaque année, plusieurs milliers de travailleurs rentrent au Cap-Vert et en Guinée-Bissau après des années passées à l’étranger. Sans diplôme reconnu, la plupart retrouvent un emploi moins qualifié que celui qu’ils occupaient.')
d.ul([('Le passeport de compétences comprend :', ['un entretien et une épreuve pratique ;', 'un certificat reconnu dans les deux pays ;', 'une orientation vers un emploi ou un crédit.']), 'il est gratuit pour les migrants de retour ;', 'il est délivré en six semaines au plus.'], marker='[◆]', sub_marker='[–]')
d.h('Nos partenaires', 2)
d.p('Le programme est financé par le Portugal, par l’intermédiaire de l’Institut Camões, qui a signé avec le BIT un accord de contribution en 2024. Il court jusqu’en 2027.')
d.p('Signé à Praia en 2025, l’accord-cadre sur la reconnaissance mutuelle des compétences lie l’Institut de l’emploi et de la formation professionnelle (IEFP) du Cap-Vert, le ministère du Travail de Guinée-Bissau, l’Union nationale des travailleurs de Guinée-Bissau (UNTG) et le BIT.')
d.p('Le BIT et l’Organisation internationale pour les migrations (OIM) mènent depuis 2023 un programme conjoint pour l’accueil des migrants de retour.')
d.raw('#colbreak()\n')
d.p('Depuis 2022, l’Ordre des ingénieurs du Cap-Vert travaille avec l’Association des Cap-Verdiens de Lisbonne dans le cadre d’une convention ; celle-ci a été reconduite en 2025 jusqu’en 2028.')
d.p('Enfin, Tecnicil, une entreprise de construction de Praia, a adressé en mars 2025 une lettre d’intention au BIT : elle embauchera 30 maçons certifiés.')
d.p('La Commission économique pour l’Afrique (CEA) suivra l’événement en qualité d’observatrice. Des discussions sont en cours avec la CEDEAO ; aucun accord n’a été signé.', '#text(size: 8pt)[%s]\n\n')
d.q('À Lisbonne, j’étais chef de chantier. De retour à Praia, personne ne voulait me croire. Le certificat a tout changé.', 'Ivone Lopes', 'cuisinière, Praia',
    fmt=f'#block(inset: (left: 8pt, y: 4pt), stroke: (left: 2pt + rgb("{GOLD}")))[#text(font: "DejaVu Serif", size: 10.5pt, style: "italic", fill: rgb("{NAVY}"))[%s] \\ #text(size: 8pt)[%s]]\n\n', open_='«\u00a0', close='\u00a0»')
d.h('Contact', 2)
d.contact('Aminata Correia Baldé', 'balde@ilo.org', '+41 22 799 61 48')
d.raw(f'#block(fill: rgb("#eef2f7"), inset: 8pt, width: 100%)[{ty_esc("Aminata Correia Baldé")} \\ {ty_esc(d.ign("Spécialiste des migrations de main-d’œuvre, BIT"))} \\ {ty_esc(d.ign(d.f("Tél. : +41 22 799 61 48")))} \\ {ty_esc(d.ign(d.f("Courriel : balde@ilo.org")))} \\ {ty_esc(d.link("www.ilo.org/migration"))}]\n')
d.p('Les chiffres cités proviennent de l’Institut national de la statistique du Cap-Vert (INE).', '#text(size: 7.5pt, fill: rgb("#666666"))[%s]\n\n')
d.raw(']\n')
d.orgs('Mission permanente du Portugal auprès de l’Office des Nations Unies à Genève', ('Bureau international du Travail', 'BIT'), 'Palais des Nations', 'Institut Camões',
       ('Institut de l’emploi et de la formation professionnelle', 'IEFP'), 'ministère du Travail de Guinée-Bissau', ('Union nationale des travailleurs de Guinée-Bissau', 'UNTG'),
       ('Organisation internationale pour les migrations', 'OIM'), 'Ordre des ingénieurs du Cap-Vert', 'Association des Cap-Verdiens de Lisbonne', 'Tecnicil',
       ('Commission économique pour l’Afrique', 'CEA'), 'CEDEAO', ('Institut national de la statistique du Cap-Vert', 'INE'), 'Conférence internationale du Travail')
d.countries('CV', 'GW', 'PT')
d.ps(['Institut Camões', 'BIT'], 'funding', 2024, 2027)
d.ps(['IEFP', 'ministère du Travail de Guinée-Bissau', 'UNTG', 'BIT'], 'cooperation_agreement', 2025)
d.ps(['BIT', 'OIM'], 'programme', 2023)
d.ps(['Ordre des ingénieurs du Cap-Vert', 'Association des Cap-Verdiens de Lisbonne'], 'cooperation_agreement', 2022, 2028)
d.ps(['Tecnicil', 'BIT'], 'letter_of_intent', 2025)
d.build(tagged=False)
