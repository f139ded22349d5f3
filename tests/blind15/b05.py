from common import *
css = '''
body { font-family: "Liberation Serif", serif; font-size: 10.5pt; }
p.kind { font-family: "Liberation Sans"; font-size: 9pt; font-weight: bold; color: #8b0000; letter-spacing: 2px; margin: 0; }
p.embargo { font-family: "Liberation Sans"; font-size: 8.5pt; color: #555; margin: 0 0 8pt 0; }
h1.title { font-family: "Liberation Sans"; font-size: 19pt; color: #1d2f5e; margin: 4pt 0 6pt 0; }
p.lead { font-weight: bold; margin-bottom: 6pt; }
h2 { font-family: "Liberation Sans"; font-size: 12pt; color: #8b0000; margin: 8pt 0 3pt 0; }
h3 { font-family: "Liberation Sans"; font-size: 10.5pt; color: #1d2f5e; margin: 6pt 0 2pt 0; }
p { margin: 0 0 4pt 0; }
td, th { font-family: "Liberation Sans"; font-size: 9pt; }
p.caption { font-size: 8pt; font-style: italic; }
blockquote p { font-style: italic; font-size: 11pt; color: #1d2f5e; }
blockquote p.who { font-style: normal; font-size: 9pt; color: #333; }
p.small { font-size: 9pt; }
p.end { text-align: center; font-weight: bold; }
table.ruled { border-collapse: collapse; width: 100%; }
table.ruled th { background: #1d2f5e; color: white; padding: 3pt; }
table.ruled td { border-bottom: 1px solid #999999; padding: 3pt; }
'''
d = HTML('blind15-05-fr-communique-chauffeurs-roumains', 'fr', 'libreoffice', 'blind-press-release', 'chauffeurs routiers détachés : temps de repos, parkings sécurisés, santé', css=css)
d.i('COMMUNIQUÉ DE PRESSE', cls='kind')
d.i('Pour diffusion immédiate · Réf. BIT/CP/2026/41', cls='embargo')
d.T('Chauffeurs routiers roumains : un guide pour ne plus dormir dans la cabine')
d.p('Bucarest et Lyon, le 12 novembre 2026 – Le Bureau international du Travail (BIT) et ses partenaires publient aujourd’hui, en roumain et en français, un guide sur le temps de repos des chauffeurs routiers roumains qui travaillent sur les routes de France.', cls='lead')
d.p('Plus de 40 000 chauffeurs roumains livrent chaque semaine des marchandises en Europe de l’Ouest. Beaucoup passent leur repos hebdomadaire dans la cabine, sur une aire d’autoroute, alors que la règle européenne l’interdit depuis 2020.')
d.p('Le guide sera présenté le 20 novembre au ministère du Travail et de la Solidarité sociale de Roumanie, puis distribué gratuitement dans les agences de transport de Pitești, Bacău et Timișoara.')
d.h('Ce que le guide change', 1)
d.h('Pour les chauffeurs', 2)
d.ul([('Un carnet de route à remplir chaque jour :', ['heures de conduite et de pause ;', 'lieu et type de repos (cabine, hôtel, domicile).']), 'Une carte des parkings sécurisés entre Lyon, Paris et Lille.', 'Le numéro d’une permanence syndicale en roumain, 24 heures sur 24.'])
d.h('Pour les transporteurs', 2)
d.ul(['Planifier le retour du chauffeur au domicile toutes les quatre semaines.', 'Payer l’hébergement du repos hebdomadaire, sans retenue sur le salaire.', 'Déclarer chaque détachement sur le portail prévu à cet effet.'], tag='ol')
d.h('Les chiffres', 1)
d.tab([['Indicateur', '2024', '2025']],
      [['Chauffeurs qui dorment en cabine pendant le repos hebdomadaire', '61 %', '48 %'],
       ['Contrôles de l’inspection sur les aires de repos', '310', '540'],
       ['Places de parking sécurisées ouvertes par Relais Vert (convention de 2025 avec l’UNTRR)', '0', '180']],
      cls='ruled', caption='Source : enquête de la FSTR auprès de 1 200 chauffeurs ; Institut national de la statistique (INS) de Roumanie.')
d.q('Trois semaines dans la cabine, c’est trois semaines sans vrai sommeil. Avec le guide, je sais enfin ce que mon patron me doit.', 'Ionuț Popescu', 'chauffeur et délégué de la FSTR, Pitești', open_='«\u00a0', close='\u00a0»')
d.h('Les partenaires', 1)
d.p('Le protocole d’accord signé l’an dernier réunit trois signataires : l’Inspection du travail de Roumanie, la Fédération des syndicats du transport routier (FSTR) et l’Union nationale des transporteurs routiers de Roumanie (UNTRR).')
d.p('La Roumanie, par l’intermédiaire de l’Agence roumaine de coopération internationale au développement (RoAid), a accordé au BIT une subvention pour 2026-2028.')
d.p('Une lettre d’intention sur l’accueil des chauffeurs dans les aires de repos a été signée en septembre par la FSTR et la Fédération générale des transports et de l’environnement (FGTE-CFDT).')
d.p('Depuis 2024, le Centre hospitalier Saint-Joseph-Saint-Luc de Lyon et la FSTR sont liés par une convention de dépistage de l’apnée du sommeil ; elle a été reconduite cette année jusqu’en 2028.')
d.p('Le guide s’inscrit dans le programme conjoint du BIT et de l’Autorité européenne du travail (AET), lancé en 2025.')
d.p('Le ministère roumain du Travail et de la Solidarité sociale a suivi les travaux en observateur. La Commission européenne n’est pas partie au protocole. La société TIR Trans Galați SRL a participé aux réunions, mais rien n’a été signé. La traduction a été confiée à l’agence Verbis, rémunérée pour ce travail.', cls='small')
d.h('Notes aux rédactions', 2)
d.ul(['Le guide compte 32 pages ; il peut être téléchargé sur le site du BIT.', ('Des entretiens sont possibles avec :', ['des chauffeurs membres de la FSTR, en roumain ;', 'un médecin du centre hospitalier, en français.']), 'Des photos libres de droits sont disponibles sur demande.'], tag='ol')
d.h('À propos du BIT', 2)
d.p('Le Bureau international du Travail est le secrétariat permanent de l’Organisation internationale du Travail. Son bureau de Budapest couvre l’Europe centrale et orientale, dont la Roumanie.')
d.h('Contact presse', 2)
d.contact('Elena Marinescu', 'marinescu@ilo.org', '+40 21 312 44 90')
d.raw('<p class="small">Elena Marinescu<br>')
d.raw(d.e(d.ign('Chargée de communication, BIT, Budapest')) + '<br>' + d.e(d.ign('Tél. : +40 21 312 44 90')) + '<br>' + d.e(d.ign('Courriel : marinescu@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/budapest')) + '</p>')
d.i('###', cls='end')
d.orgs(('Bureau international du Travail', 'BIT'), 'Relais Vert', ('Union nationale des transporteurs routiers de Roumanie', 'UNTRR'), ('Fédération des syndicats du transport routier', 'FSTR'),
       ('Institut national de la statistique', 'INS'), 'Inspection du travail de Roumanie', ('Agence roumaine de coopération internationale au développement', 'RoAid'),
       ('Fédération générale des transports et de l’environnement', 'FGTE-CFDT'), 'Centre hospitalier Saint-Joseph-Saint-Luc de Lyon', ('Autorité européenne du travail', 'AET'),
       'ministère du Travail et de la Solidarité sociale de Roumanie', 'Commission européenne', 'TIR Trans Galați SRL', 'Verbis', 'Organisation internationale du Travail')
d.countries('RO', 'FR')
d.ps(['Relais Vert', 'UNTRR'], 'cooperation_agreement', 2025)
d.ps(['Inspection du travail de Roumanie', 'FSTR', 'UNTRR'], 'memorandum_of_understanding', 2025)
d.ps(['RoAid', 'BIT'], 'funding', 2026, 2028)
d.ps(['FSTR', 'FGTE-CFDT'], 'letter_of_intent', 2026)
d.ps(['Centre hospitalier Saint-Joseph-Saint-Luc de Lyon', 'FSTR'], 'cooperation_agreement', 2024, 2028)
d.ps(['BIT', 'AET'], 'programme', 2025)
d.build_lo(tagged=False)
