from common import *
css = '''body { font-family: 'DejaVu Sans'; font-size: 8.5pt }
h1.title { font-family: 'DejaVu Serif'; font-size: 22pt; color: #8d3b12; margin: 0 }
h2 { font-size: 13pt; color: #8d3b12; margin-top: 8pt; margin-bottom: 3pt }
h3 { font-size: 9.5pt; color: #333333; margin: 0 }
p { margin-top: 0; margin-bottom: 3pt } p.kind { font-size: 8pt; color: #8d3b12; font-weight: bold } p.caption { font-size: 7pt; color: #777777 }
td { font-size: 8.5pt; vertical-align: top }
blockquote { font-family: 'DejaVu Serif'; font-style: italic; font-size: 10pt; color: #8d3b12 }
'''
d = HTML('blind9-07-fr-calendrier-boke', 'fr', 'libreoffice', 'blind-wall-calendar', 'sécurité et santé dans les mines de bauxite', css=css)
d.i('CALENDRIER 2026 · OIT · SÉCURITÉ ET SANTÉ AU TRAVAIL', cls='kind')
d.T('Une année sans accident dans les mines de Boké')
d.p('Un mois, un thème : le calendrier des travailleurs de la bauxite de Boké, Kamsar et Sangarédi')
d.p('Affichez ce calendrier au vestiaire, à la cantine ou dans la cabine du camion. Chaque mois, votre comité de sécurité en discute pendant la causerie du lundi.')
months = [
 ('Janvier · Les équipements de protection', 'Casque, chaussures, lunettes et bouchons d’oreilles : chaque travailleur y a droit gratuitement, journaliers compris.', ['15 janvier : distribution des équipements à Sangarédi.']),
 ('Février · La poussière de bauxite', 'Arrosez les pistes, portez le masque et demandez votre visite médicale annuelle.', ['toute la saison sèche : mesures de poussière dans les carrières.']),
 ('Mars · Les engins et la circulation', 'Un camion de 100 tonnes ne voit pas un piéton à moins de 30 mètres.', ['rappel : lettre d’intention signée en 2025 par la commune urbaine de Boké et Sangarédi Mining sur la sécurité des pistes.']),
 ('Avril · La chaleur', 'Buvez un litre d’eau par heure de travail au soleil et prenez vos pauses à l’ombre.', ['20 avril : journée de sensibilisation à Kamsar.']),
 ('Mai · Les premiers secours', 'Dans chaque équipe, au moins deux personnes formées aux gestes qui sauvent.', ['28 avril et mai : formations de secouristes.']),
 ('Juin · Le travail de nuit', 'Pas plus de quatre nuits de suite, et jamais de nuit pour les apprentis de moins de 18 ans.', ['30 juin : bilan du premier semestre.']),
 ('Juillet · Les pluies et les pistes', 'Quand la piste est glissante, on réduit la vitesse de moitié.', ['contrôle des freins avant la saison des pluies.']),
 ('Août · Le bruit', 'Au-delà de 85 décibels, les bouchons ou le casque antibruit sont obligatoires.', ['audiogrammes pour les conducteurs de concasseurs.']),
 ('Septembre · Les contrats et les journaliers', 'Un journalier qui travaille plus de trois mois doit recevoir un contrat écrit.', ['permanence de la CNTG chaque mercredi.']),
 ('Octobre · Les femmes dans les mines', 'Vestiaires séparés, pas de harcèlement, même salaire pour le même poste.', ['15 octobre : rencontre des déléguées syndicales.']),
 ('Novembre · La déclaration des accidents', 'Tout accident doit être déclaré à la CNSS dans les 48 heures.', ['formulaires disponibles au bureau du comité.']),
 ('Décembre · Le bilan de l’année', 'Chaque comité présente ses chiffres et choisit les thèmes de 2027.', ['18 décembre : remise des prix « Zéro accident ».']),
]
def grid(ms):
    d.raw('<table width="100%" cellpadding="6" cellspacing="4" border="0">')
    for r in range(3):
        d.raw('<tr>')
        for c in range(2):
            h, t, bs = ms[r*2 + c]
            d.raw('<td width="50%" bgcolor="#fbeee6">'); d.h(h, 2); d.p(t); d.ul(bs); d.raw('</td>')
        d.raw('</tr>')
    d.raw('</table>')
d.h('Premier semestre', 1); grid(months[:6])
d.raw('<p style="page-break-before: always"></p>')
d.h('Second semestre', 1); grid(months[6:])
d.h('Les inspections prévues', 1)
d.raw('<table width="100%" cellpadding="3" cellspacing="0" border="1">')
hdr, rows = d.table([['Mois', 'Sites visités', 'Avec qui']], [['Février', 'carrières de Sangarédi', 'inspecteurs du travail et comité de sécurité'], ['Juin', 'port minéralier de Kamsar', 'inspecteurs et CNTG'], ['Octobre', 'ateliers de Boké', 'inspecteurs et médecin du travail']])
d.raw('<tr>' + ''.join(f'<td bgcolor="#8d3b12"><font color="#ffffff"><b>{d.e(c)}</b></font></td>' for c in hdr[0]) + '</tr>')
for r in rows: d.raw('<tr>' + ''.join(f'<td>{d.e(c)}</td>' for c in r) + '</tr>')
d.raw('</table>')
d.h('Nos partenaires', 1)
d.p('La Finlande finance le calendrier et les formations : un don de son ministère des Affaires étrangères au Bureau international du Travail (BIT), signé en 2024, couvre la période 2024-2026.')
d.p('Un accord-cadre sur la santé et la sécurité dans les mines a été signé en 2023 par la Chambre des mines de Guinée, la Confédération nationale des travailleurs de Guinée (CNTG) et le ministère du Travail et de la Fonction publique.')
d.p('Le Centre de santé de Kamsar et la Caisse nationale de sécurité sociale (CNSS) sont liés depuis 2021 par une convention de prise en charge des accidents du travail ; elle a été renouvelée en 2025 jusqu’en 2027.')
d.p('Depuis 2024, le BIT et l’Organisation mondiale de la santé (OMS) mènent un programme conjoint sur les poussières et la silicose.')
d.p('Les chiffres proviennent de l’Institut national de la statistique (INS). Le Réseau des femmes des mines de Boké participe aux réunions en qualité d’observateur ; les discussions avec les transporteurs routiers n’ont abouti à aucun accord.')
d.q('Depuis que nous faisons la causerie du lundi, mon équipe n’a plus eu un seul accident grave. Les jeunes posent des questions, et les anciens répondent.', 'Mamadou Saliou Camara', 'chef d’équipe, carrière de Sangarédi', cls='', open_='«\u00a0', close='\u00a0»')
d.h('Contact', 2, tag='h3')
d.contact('Fatoumata Binta Diallo', 'fdiallo@ilo.org', '+224 621 30 45 18')
d.raw('<p>Fatoumata Binta Diallo</p>'); d.i('Chargée de projet, BIT Conakry'); d.i('Tél. : +224 621 30 45 18'); d.i('Courriel : fdiallo@ilo.org'); d.raw(f'<p>{d.e(d.link("www.ilo.org/dakar"))}</p>')
d.orgs(('Bureau international du Travail', 'BIT'), 'Sangarédi Mining', 'commune urbaine de Boké', 'Chambre des mines de Guinée',
       ('Confédération nationale des travailleurs de Guinée', 'CNTG'), 'ministère du Travail et de la Fonction publique', 'Centre de santé de Kamsar', ('Caisse nationale de sécurité sociale', 'CNSS'),
       ('Organisation mondiale de la santé', 'OMS'), ('Institut national de la statistique', 'INS'), 'Réseau des femmes des mines de Boké')
d.countries('GN', 'FI')
d.ps(['Finlande', 'BIT'], 'funding', 2024, 2026)
d.ps(['Chambre des mines de Guinée', 'CNTG', 'ministère du Travail et de la Fonction publique'], 'cooperation_agreement', 2023)
d.ps(['Centre de santé de Kamsar', 'CNSS'], 'cooperation_agreement', 2021, 2027)
d.ps(['BIT', 'OMS'], 'programme', 2024)
d.ps(['commune urbaine de Boké', 'Sangarédi Mining'], 'letter_of_intent', 2025)
d.build_lo(tagged=False)
