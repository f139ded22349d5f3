from common import *
css = '''@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Sans Condensed","Liberation Sans",sans-serif;font-size:9pt;line-height:1.38;color:#1d1d1d}
.page{width:210mm;height:297mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:22mm 16mm 18mm 16mm}
.run{position:absolute;top:9mm;left:16mm;right:16mm;font-size:7.5pt;color:#8a4f00;display:flex;justify-content:space-between}
.foot{position:absolute;bottom:8mm;left:0;right:0;text-align:center;font-size:7.5pt;color:#666}
.hero{background:#fbe7c6;border-radius:0 0 30px 0;padding:10mm 12mm 8mm;margin:-8mm -16mm 6mm -16mm}
h1.title{font-family:"DejaVu Serif",serif;font-size:23pt;line-height:1.15;margin:0 0 3mm;color:#5a2d0c}
.lead{font-size:10.5pt;margin:0}
.cols{column-count:2;column-gap:9mm}
h2{font-size:11pt;color:#fff;background:#b5651d;padding:2px 6px;margin:8px 0 5px;break-after:avoid}
h3{font-size:9.6pt;color:#b5651d;margin:8px 0 2px;break-after:avoid}
h3::before{content:"Q. ";color:#5a2d0c} .back h3::before{content:none}
p{margin:0 0 5px;break-inside:avoid} ul{margin:2px 0 6px;padding-left:14px} ul.sub{list-style:"– "}
table{border-collapse:collapse;width:100%;font-size:8.4pt;margin:4px 0}
table.ruled th{border-bottom:1.2pt solid #5a2d0c;text-align:left;padding:3px} table.ruled td{border-bottom:0.5pt solid #c9a77c;padding:3px;vertical-align:top}
.caption{font-size:7.5pt;color:#666;font-style:italic}
blockquote{margin:10px 0;padding:8px 12px;border-left:3pt solid #b5651d;background:#fdf4e6;font-style:italic;break-inside:avoid} blockquote .who{font-style:normal;font-size:8pt}
.back{position:absolute;left:16mm;right:16mm;bottom:16mm;border:1pt solid #5a2d0c;padding:6mm;display:grid;grid-template-columns:1fr 1fr;column-gap:8mm}
.back p{margin:0 0 2px}
'''
b = HTML('blind6-05-fr-ateliers-couture', 'fr', 'chromium', 'blind-faq-leaflet', 'formalisation des ateliers de confection', css=css)
RUN = 'Bureau de l’OIT à Dakar · Programme « Fil d’avenir »'
def page(n):
    b.raw('<div class="page"><div class="run">'); b.fu(RUN, tag='span'); b.raw('</div>'); b.fu(f'Page {n} sur 2', cls='foot')
page(1)
b.raw('<div class="hero">'); b.i('Questions-réponses · Sénégal', cls='lead')
b.T('Ateliers de couture de Dakar : du métier informel à l’entreprise protégée')
b.p('Ce que le programme « Fil d’avenir » apporte aux tailleurs, aux couturières et à leurs apprentis, 2024-2027', cls='lead')
b.raw('</div><div class="cols">')
b.h('Le programme', 1)
b.h('De quoi s’agit-il ?', 2)
b.p('Dakar compte plusieurs milliers d’ateliers de couture, souvent installés dans une pièce ou sous un auvent. Ils font vivre des familles entières, mais presque aucun n’est enregistré et très peu de tailleurs cotisent pour leur retraite ou leur santé.')
b.p('« Fil d’avenir » est un programme de l’Organisation internationale du Travail (OIT), mis en œuvre par le Bureau international du Travail (BIT). Il aide les ateliers à se déclarer, à améliorer leur gestion et à rejoindre la sécurité sociale.')
b.h('Qui peut en bénéficier ?', 2)
b.ul(['les patrons d’atelier, hommes et femmes, installés dans les communes de Dakar, Pikine et Rufisque ;',
      ('leurs employés et leurs apprentis, notamment :', ['les jeunes de 15 à 24 ans en apprentissage ;', 'les brodeuses et finisseuses travaillant à domicile.']),
      'les groupements de tailleurs déjà constitués.'])
b.h('Que gagne un atelier à se déclarer ?', 2)
b.p('Un atelier déclaré peut répondre aux commandes publiques d’uniformes, ouvrir un compte professionnel et obtenir un petit crédit. Ses travailleurs ont droit aux prestations familiales et à la couverture des accidents du travail.')
b.h('Et combien cela coûte-t-il ?', 2)
b.p('La première année, le programme prend en charge la moitié des cotisations. Ensuite, un barème adapté aux petits revenus s’applique, avec un versement mensuel par téléphone mobile.')
b.q('Avant, si je tombais malade, l’atelier fermait et mes trois apprentis rentraient chez eux. Aujourd’hui, nous sommes tous couverts.', 'Aïssatou Ndiaye', 'couturière, marché HLM', cls='', open_='« ', close=' »')
b.raw('</div></div>')
page(2)
b.raw('<div class="cols">')
b.h('Les partenaires', 1)
b.h('Qui finance ?', 2)
b.p('Le programme est financé par le Grand-Duché de Luxembourg. Les fonds sont gérés par LuxDev, l’Agence luxembourgeoise pour la Coopération au Développement, en vertu d’un accord de contribution signé avec le BIT pour 2024-2027.')
b.h('Qui fait quoi sur le terrain ?', 2)
b.p('Depuis juin 2024, une convention de partenariat lie le BIT à l’Agence de Développement et d’Encadrement des Petites et Moyennes Entreprises (ADEPME), qui forme les patrons d’atelier à la gestion.')
b.p('Côté protection sociale, un protocole d’accord a été conclu en 2025 entre quatre signataires : le Ministère du Travail, de l’Emploi et des Relations avec les Institutions ; la Caisse de Sécurité Sociale (CSS) ; l’Institution de Prévoyance Retraite du Sénégal (IPRES) ; et la Fédération nationale des tailleurs du Sénégal (FNTS).')
b.p('La FNTS s’est par ailleurs rapprochée de la Confédération nationale des travailleurs du Sénégal (CNTS) : les deux organisations ont signé une lettre d’intention la même année afin d’affilier les couturières à domicile.')
b.p('Enfin, la marque de prêt-à-porter Dakar Wax Studio a noué un partenariat avec le programme et le BIT en 2025 : elle confie une partie de sa production aux ateliers déclarés.')
b.h('D’où viennent les chiffres ?', 2)
b.p('Les données de référence proviennent de l’Agence nationale de la Statistique et de la Démographie (ANSD). Les règles de l’UEMOA (Union économique et monétaire ouest-africaine) en matière de marchés publics ont servi à préparer les ateliers aux appels d’offres.')
b.raw('</div>')
b.h('Tableau des engagements', 1)
b.tab([['Partenaire', 'Engagement', 'Depuis']],
      [['LuxDev', 'Financement du programme', '2024'], ['ADEPME', 'Formation à la gestion, appui à l’enregistrement', '2024'],
       ['CSS et IPRES', 'Barème de cotisations adapté, paiement mobile', '2025'], ['FNTS', 'Recensement des ateliers, relais dans les marchés', '2025'],
       ['Dakar Wax Studio', 'Commandes aux ateliers déclarés', '2025']], cls='ruled',
      caption='Tableau 1. Engagements des partenaires du programme « Fil d’avenir ».')
b.h('Premiers résultats', 1)
b.ul(['1 150 ateliers recensés, dont 420 déclarés ;', '2 300 travailleurs affiliés à la CSS ou à l’IPRES ;', 'une première commande publique de 6 000 uniformes scolaires.'])
b.raw('<div class="back"><div>')
b.h('Contact', 2)
b.raw('<p><b>Mamadou Lamine Sarr</b></p>'); b.contact('Mamadou Lamine Sarr', 'sarrml@ilo.org', '+221 33 869 92 00')
for x in ['Coordonnateur du programme « Fil d’avenir »', 'Bureau de l’OIT à Dakar, route des Almadies', 'Tél. : +221 33 869 92 00', 'Courriel : sarrml@ilo.org']: b.i(x)
b.raw('</div><div>'); b.h('En savoir plus', 2)
b.raw('<p>' + b.e(b.link('www.ilo.org/dakar')) + '</p><p>' + b.e(b.link('www.fildavenir.sn')) + '</p>')
b.raw('</div></div></div>')
b.orgs(('Organisation internationale du Travail', 'OIT'), ('Bureau international du Travail', 'BIT'), ('Bureau de l’OIT à Dakar',), ('Grand-Duché de Luxembourg',),
       ('Agence luxembourgeoise pour la Coopération au Développement', 'LuxDev'), ('Agence de Développement et d’Encadrement des Petites et Moyennes Entreprises', 'ADEPME'),
       ('Ministère du Travail, de l’Emploi et des Relations avec les Institutions',), ('Caisse de Sécurité Sociale', 'CSS'), ('Institution de Prévoyance Retraite du Sénégal', 'IPRES'),
       ('Fédération nationale des tailleurs du Sénégal', 'FNTS'), ('Confédération nationale des travailleurs du Sénégal', 'CNTS'), ('Dakar Wax Studio',),
       ('Agence nationale de la Statistique et de la Démographie', 'ANSD'), ('Union économique et monétaire ouest-africaine', 'UEMOA'))
b.countries('SN', 'LU')
b.ps(['LuxDev', 'BIT'], 'funding', 2024, 2027)
b.ps(['BIT', 'ADEPME'], 'cooperation_agreement', 2024)
b.ps(['Ministère du Travail, de l’Emploi et des Relations avec les Institutions', 'CSS', 'IPRES', 'FNTS'], 'memorandum_of_understanding', 2025)
b.ps(['FNTS', 'CNTS'], 'letter_of_intent', 2025)
b.ps(['Dakar Wax Studio', 'BIT'], 'partnership', 2025)
b.build_chromium()
