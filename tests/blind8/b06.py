from common import *
css = '''@page{size:A4;margin:16mm 14mm 16mm 14mm}
body{font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#222;margin:0}
.hdr{font-size:7.5pt;color:#8a4b08;border-bottom:0.6pt solid #8a4b08;padding-bottom:1mm;margin-bottom:4mm;display:flex;justify-content:space-between}
.kind{font-size:8pt;letter-spacing:2pt;color:#8a4b08;font-weight:bold;margin:0}
h1.title{font-size:22pt;color:#3d2606;margin:1mm 0 2mm 0;line-height:1.15}
.stand{font-size:10.5pt;color:#555;margin:0 0 5mm 0}
h2{font-size:12pt;color:#8a4b08;margin:4mm 0 2mm 0;border-bottom:1.5pt solid #e6b35a}
h3{font-size:9.5pt;margin:1mm 0 1mm 0;color:#3d2606}
.road{display:grid;grid-template-columns:repeat(4,1fr);gap:3mm;position:relative;margin:2mm 0 4mm 0}
.step{background:#fbf3e4;border-top:5pt solid #e6b35a;padding:2mm 2.5mm;border-radius:0 0 2mm 2mm}
.step:nth-child(2){border-color:#d08a2a}.step:nth-child(3){border-color:#a8611a}.step:nth-child(4){border-color:#6d3c0b}
.chip{display:inline-block;background:#3d2606;color:#fff;font-size:7.5pt;padding:0.5mm 2mm;border-radius:3mm;margin:0}
ul{margin:1mm 0 1mm 0;padding-left:4mm}ul.sub{padding-left:4mm;list-style:circle}
p{margin:0 0 2mm 0;text-align:justify}
.two{columns:2;column-gap:7mm}
table.ruled{border-collapse:collapse;width:100%;font-size:8.5pt;margin-top:2mm}
table.ruled th{background:#3d2606;color:#fff;text-align:left;padding:1.5mm}
table.ruled td{border-bottom:0.5pt solid #c9a66b;padding:1.5mm;vertical-align:top}
.caption{font-size:7.5pt;color:#666;font-style:italic}
blockquote{margin:4mm 10mm;font-family:"DejaVu Serif";font-size:11pt;color:#3d2606;text-align:center}
blockquote .who{font-family:"DejaVu Sans";font-size:8pt;color:#666}
.contact{border:1pt solid #e6b35a;padding:2mm 3mm;margin-top:4mm;font-size:8.5pt}
.contact p{margin:0}
.pb{page-break-before:always}
.ftr{font-size:7.5pt;color:#777;text-align:right;border-top:0.5pt solid #ccc;padding-top:1mm;margin-top:4mm}'''
d = HTML('blind8-06-fr-menuisiers-bangui', 'fr', 'chromium', 'blind-roadmap', 'emploi des jeunes dans la menuiserie', css=css)
d.raw('<div class="hdr">'); d.fu('OIT · Projet « Bois et métiers » · République centrafricaine', tag='span'); d.fu('Feuille de route 2024-2027', tag='span'); d.raw('</div>')
d.i('FEUILLE DE ROUTE', cls='kind')
d.T('Du copeau au contrat : quatre étapes pour les jeunes menuisiers de Bangui')
d.p('Comment le projet « Bois et métiers » accompagne 1 200 apprentis des 3e, 5e et 8e arrondissements vers un emploi stable', cls='stand')
d.p('À Bangui, les ateliers de menuiserie et d’ébénisterie emploient surtout des jeunes, souvent sans contrat, qui apprennent le métier sur le tas. Le projet, mis en œuvre par l’Organisation internationale du Travail (OIT), vise à transformer ces apprentissages en qualifications reconnues et à rapprocher les ateliers des marchés publics de mobilier scolaire.')
d.raw('<div class="road">')
steps = [('2024', 'Étape 1 – Recenser', ['cartographie de 340 ateliers ;', 'choix des maîtres d’apprentissage.']),
         ('2025', 'Étape 2 – Former', [('modules courts en atelier :', ['sécurité des machines ;', 'lecture de plans.']), 'certification par l’ACFPE.']),
         ('2026', 'Étape 3 – Équiper', ['trois ateliers partagés ;', 'achats groupés de bois certifié.']),
         ('2027', 'Étape 4 – Vendre', ['commandes de tables-bancs ;', 'passage de relais à l’UMEC.'])]
for yr, hd, items in steps:
    d.raw('<div class="step">'); d.i(yr, cls='chip'); d.h(hd, 2, tag='h3'); d.ul(items); d.raw('</div>')
d.raw('</div>')
d.h('Qui finance, qui signe', 1)
d.raw('<div class="two">')
d.p('Le projet fait partie d’un programme conjoint de l’OIT et du Programme des Nations Unies pour le développement (PNUD) lancé en 2024. Le Fonds pour la consolidation de la paix (PBF) des Nations Unies le finance pour la période 2024-2026 ; une seconde tranche est demandée pour 2027.')
d.p('L’Agence centrafricaine pour la formation professionnelle et l’emploi (ACFPE) est au cœur du dispositif. Un accord-cadre la lie au ministère de l’Enseignement technique et de la Formation professionnelle et à l’OIT : conclu en 2022, il a été renouvelé en 2025 pour inclure l’apprentissage en atelier.')
d.p('En 2025 également, la Mairie de Bangui et l’ACFPE ont signé une convention qui ouvre aux apprentis les anciens ateliers municipaux du quartier Lakouanga.')
d.p('Du côté des entreprises, Bois d’Oubangui SA, une scierie de la Lobaye, et l’Union des menuisiers et ébénistes de Centrafrique (UMEC) ont échangé une lettre d’intention en janvier 2025 : la scierie vendra du bois séché à prix fixe aux ateliers membres.')
d.p('Les données de départ sont celles de l’Institut centrafricain des statistiques et des études économiques et sociales (ICASEES). La MINUSCA prête une salle pour les sessions de validation.')
d.raw('</div>')
d.fu('Page 1 sur 2', cls='ftr')
d.raw('<div class="pb"></div><div class="hdr">'); d.fu('OIT · Projet « Bois et métiers » · République centrafricaine', tag='span'); d.fu('Feuille de route 2024-2027', tag='span'); d.raw('</div>')
d.h('Qui s’engage à quoi', 1)
d.tab([['Partenaire', 'Engagement', 'Étape']], [['PBF', 'Financement 2024-2026', '1 à 3'], ['ACFPE', 'Référentiels, examens, certificats', '2'], ['Mairie de Bangui', 'Locaux des ateliers partagés', '3'], ['Bois d’Oubangui SA', 'Bois séché à prix fixe', '3 et 4'], ['UMEC', 'Relais auprès des ateliers, suivi après 2027', '4']], cls='ruled',
      caption='Tableau 1. Les engagements repris de la feuille de route validée en mai 2025.')
d.q('Mon patron m’a appris à raboter. Le projet m’apprend à calculer un devis. Avec les deux, je peux ouvrir mon atelier.', 'Prisca Yakité', 'apprentie ébéniste, 5e arrondissement')
d.h('Ce que nous mesurons', 1)
d.ul(['nombre d’apprentis certifiés (cible : 900) ;', 'part des jeunes femmes (cible : 30 %) ;', 'revenu mensuel moyen six mois après la certification.'])
d.raw('<div class="contact">'); d.h('Contact', 2, tag='h3')
d.contact('Jean-Christophe Ndakala', 'ndakala@ilo.org', '+236 72 50 18 44')
d.raw('<p>Jean-Christophe Ndakala, ' + d.e(d.ign('coordonnateur national')) + '</p><p>' + d.e(d.ign('Tél. : +236 72 50 18 44')) + ' · ' + d.e(d.ign('Courriel : ndakala@ilo.org')) + '</p><p>' + d.e(d.link('www.ilo.org/yaounde')) + '</p></div>')
d.fu('Page 2 sur 2', cls='ftr')
d.orgs(('Organisation internationale du Travail', 'OIT'), ('Programme des Nations Unies pour le développement', 'PNUD'), ('Fonds pour la consolidation de la paix', 'PBF'),
       ('Agence centrafricaine pour la formation professionnelle et l’emploi', 'ACFPE'), 'ministère de l’Enseignement technique et de la Formation professionnelle', 'Mairie de Bangui',
       'Bois d’Oubangui SA', ('Union des menuisiers et ébénistes de Centrafrique', 'UMEC'), ('Institut centrafricain des statistiques et des études économiques et sociales', 'ICASEES'), 'MINUSCA')
d.countries('CF')
d.ps(['OIT', 'PNUD'], 'programme', 2024)
d.ps(['PBF', 'OIT', 'PNUD'], 'funding', 2024, 2026)
d.ps(['ACFPE', 'ministère de l’Enseignement technique et de la Formation professionnelle', 'OIT'], 'cooperation_agreement', 2022)
d.ps(['Mairie de Bangui', 'ACFPE'], 'cooperation_agreement', 2025)
d.ps(['Bois d’Oubangui SA', 'UMEC'], 'letter_of_intent', 2025)
d.build_chromium()
