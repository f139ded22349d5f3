from common import *
css = '''@page{size:A4 landscape;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:8.8pt;color:#2b2118}
.sheet{width:297mm;height:210mm;display:grid;grid-template-columns:99mm 99mm 99mm;page-break-after:always;overflow:hidden}
.panel{box-sizing:border-box;padding:10mm 8mm;height:210mm;overflow:hidden;border-right:.3pt dashed #c9b79c}
.cover{background:#4a2c12;color:#fbeed3;display:flex;flex-direction:column;justify-content:flex-end}
.cover h1{font:bold 24pt "DejaVu Serif",serif;line-height:1.15;margin:0 0 4mm} .cover .st{font-size:10pt;font-style:italic}
.kick{font-weight:bold;letter-spacing:.25em;font-size:7.5pt;color:#d9a441}
.back{background:#f6ecd9}
h2{font:bold 12pt "DejaVu Serif",serif;color:#7b4a1e;margin:3mm 0 2mm} h3{font-size:9.5pt;color:#7b4a1e;margin:3mm 0 1mm}
p{margin:0 0 2mm;text-align:justify;hyphens:none} ul{padding-left:4.5mm;margin:0 0 2mm} li{margin-bottom:.8mm} ul.sub{list-style:"– "}
blockquote.pull{margin:4mm 0;padding:3mm;background:#7b4a1e;color:#fff;font:italic 10.5pt "DejaVu Serif",serif}
blockquote.pull p{margin:0} .who{font:8pt "DejaVu Sans",sans-serif!important;margin-top:1.5mm!important}
table{border-collapse:collapse;width:100%;font-size:8pt} td,th{border:.4pt solid #b08a5a;padding:1mm;text-align:left;vertical-align:top} th{background:#ead6b3}
.caption{font-size:7pt;font-style:italic;color:#6b5a45}
.ct p{margin:0 0 .5mm;text-align:left}
'''
d = HTML('blind7-05-fr-vanille-anjouan', 'fr', 'chromium', 'blind-z-fold', 'travail décent dans la filière vanille', css=css)
# ---- recto: flap (read 2nd) | back (read last) | cover (read 1st)
d.raw('<div class="sheet"><div class="panel">')
d.h('Le saviez-vous ?', 2)
d.p('La vanille des Comores est cultivée sur de petites parcelles, souvent moins d’un hectare. Chaque fleur est pollinisée à la main, le plus souvent par des femmes et des adolescents.')
d.ul(['une gousse demande neuf mois entre la fleur et la récolte ;', ('le séchage dure encore trois à quatre mois :', ['échaudage, étuvage,', 'séchage au soleil, affinage.']), 'un kilo de vanille préparée représente près de 600 heures de travail.'])
d.q('Avant, on vendait la vanille verte au premier acheteur. Aujourd’hui la coopérative négocie le prix pour nous toutes.', 'Zaïnaba Attoumane', 'productrice à Ouani', cls='pull', open_='« ', close=' »')
d.raw('</div><div class="panel back">')
d.h('Nos partenaires', 2)
d.p('Le projet « Vanille digne » est mis en œuvre par le Bureau international du Travail (BIT). Il bénéficie d’un don du Japon accordé en 2023, qui en assure le budget jusqu’en 2026.')
d.p('Depuis 2024, une convention de collaboration lie le BIT au ministère de l’Agriculture, de la Pêche et de l’Environnement, dont les techniciens encadrent les écoles de terrain.')
d.p('Les partenaires sociaux ne sont pas en reste : en mars 2025, la Confédération des travailleuses et travailleurs des Comores (CTC), l’Organisation patronale des Comores (OPACO) et le ministère chargé du Travail ont signé un accord-cadre tripartite sur le travail des enfants dans la filière.')
d.h('Contact', 2)
d.raw('<div class="ct">')
d.contact('Ahmed Said Mohamed', 'saidmohamed@ilo.org', '+269 773 41 20')
for s in ['Ahmed Said Mohamed, coordonnateur national', 'BIT, Maison des Nations Unies, Hamramba, Moroni', 'Tél. : +269 773 41 20', 'Courriel : saidmohamed@ilo.org']: d.i(s)
d.link('www.ilo.org/antananarivo'); d.raw('<p>www.ilo.org/antananarivo</p></div>')
d.raw('</div><div class="panel cover">')
d.i('UNION DES COMORES · ANJOUAN', cls='kick')
d.T('Vanille digne : un meilleur travail pour les familles de producteurs d’Anjouan')
d.p('Dépliant du projet de l’Organisation internationale du Travail (OIT), 2023-2026', cls='st')
d.raw('</div></div>')
# ---- verso: inside panels 1-2-3
d.raw('<div class="sheet"><div class="panel">')
d.h('Pourquoi ce projet ?', 1)
d.p('À Anjouan, la vanille fait vivre environ 7 000 familles. Les prix varient fortement d’une année à l’autre, les vols de gousses vertes poussent à récolter trop tôt et les enfants manquent l’école pendant la pollinisation.')
d.p('Le projet veut améliorer les revenus et les conditions de travail tout au long de la chaîne : plantation, préparation et exportation.')
d.h('Ce que nous faisons', 1)
d.ul(['des écoles de terrain sur la pollinisation et le séchage ;', 'un appui aux coopératives pour la vente groupée ;', ('des comités villageois contre le travail des enfants :', ['calendrier scolaire adapté,', 'cantines pendant la saison de pollinisation.'])])
d.raw('</div><div class="panel">')
d.h('Les acheteurs s’engagent', 1)
d.p('La vente groupée ne marche que si des acheteurs s’engagent. La Coopérative des producteurs de vanille de Mutsamudu a signé en 2025 une lettre d’intention avec l’exportateur Comores Arômes SARL, qui achète désormais aux prix fixés en début de campagne.')
d.p('Avec le Fonds international de développement agricole (FIDA), l’OIT conduit par ailleurs un programme conjoint sur les revenus ruraux, de 2024 à 2026. Le FIDA finance les séchoirs collectifs.')
d.p('La Banque de développement des Comores étudie une ligne de crédit pour les coopératives ; aucun accord n’est encore signé.')
d.raw('</div><div class="panel">')
d.h('Premiers résultats (2025)', 1)
d.tab([['Indicateur', 'Objectif 2026', 'Atteint']], [['Producteurs formés', '2 000', '1 240'], ['Coopératives actives', '12', '9'], ['Enfants retirés de la pollinisation', '800', '515'], ['Part de la vanille vendue en groupe', '50 %', '34 %']])
d.i('Source : suivi du projet, campagne 2024-2025.', cls='caption')
d.h('Et maintenant ?', 2)
d.p('La deuxième phase étendra les écoles de terrain à Mohéli et la vente groupée aux clous de girofle.')
d.raw('</div></div>')
d.orgs(('Bureau international du Travail', 'BIT'), ('Organisation internationale du Travail', 'OIT'), 'Japon', 'ministère de l’Agriculture, de la Pêche et de l’Environnement', ('Confédération des travailleuses et travailleurs des Comores', 'CTC'), ('Organisation patronale des Comores', 'OPACO'), 'ministère chargé du Travail', 'Coopérative des producteurs de vanille de Mutsamudu', 'Comores Arômes SARL', ('Fonds international de développement agricole', 'FIDA'), 'Banque de développement des Comores')
d.countries('KM', 'JP')
d.ps(['Japon', 'BIT'], 'funding', 2023, 2026)
d.ps(['BIT', 'ministère de l’Agriculture, de la Pêche et de l’Environnement'], 'cooperation_agreement', 2024)
d.ps(['CTC', 'OPACO', 'ministère chargé du Travail'], 'cooperation_agreement', 2025)
d.ps(['Coopérative des producteurs de vanille de Mutsamudu', 'Comores Arômes SARL'], 'letter_of_intent', 2025)
d.ps(['FIDA', 'OIT'], 'programme', 2024, 2026)
d.build_chromium()
