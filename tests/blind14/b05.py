from common import *
css = '''body{font-family:"DejaVu Sans";font-size:8pt}h1{font-size:20pt;color:#c0392b;margin:0}h2{font-size:12pt;color:#1f618d;margin:8px 0 3px}h3{font-size:9.5pt;margin:6px 0 2px}
p.kind{font-size:8pt;font-weight:bold;color:#1f618d}table.bingo td{border:2px solid #c0392b;width:25%;height:58px;text-align:center;vertical-align:middle;font-size:8.5pt;padding:3px}
table.ruled th{background:#1f618d;color:#ffffff;text-align:left}table.ruled td{border-bottom:1px solid #999999}p.caption{font-size:7pt;font-style:italic}'''
d = HTML('blind14-05-fr-bingo-djerba-guides', 'fr', 'libreoffice', 'blind-bingo-card', 'guides touristiques, contrats et couverture sociale', css=css)
d.i('SAISON TOURISTIQUE 2025 · DJERBA, TUNISIE', cls='kind')
d.T('Le bingo du guide')
d.p('Cochez chaque case qui est vraie pour vous. Une ligne complète ? Vous connaissez vos droits. Une case vide ? Venez nous voir au bureau de la FTGT à Houmt Souk.')
d.h('Règles du jeu')
d.ul(['Lisez chaque case à voix haute avec un collègue.', ('Cochez si c’est vrai pour vous :', ['au moins une fois cette saison ;', 'avec une preuve écrite (contrat, reçu, carte).']), 'Rapportez la carte au bureau : chaque carte rapportée donne droit à un conseil gratuit.'], tag='ol')
d.h('Ma carte')
cells = [['J’ai un contrat écrit avec mon agence', 'Je suis affilié à la CNSS', 'Je connais le tarif journalier de la FTGT', 'J’ai eu un jour de repos cette semaine'],
         ['Mon agence rembourse mes trajets', 'J’ai une trousse de premiers secours', 'Je sais à qui signaler un accident', 'J’ai suivi la formation « Sahara sûr »'],
         ['L’hôtel Dar Jerba et la FTGT ont signé une lettre d’intention (2025)', 'Je guide en deux langues au moins', 'J’ai reçu mon salaire à temps', 'Je bois 2 litres d’eau par jour de circuit'],
         ['Je connais mon délégué syndical', 'Ma carte professionnelle est à jour', 'J’ai une assurance responsabilité civile', 'Je refuse les circuits de plus de 10 heures']]
h_, rows = d.table([], cells)
d.raw('<table class="bingo" width="100%" border="2" bordercolor="#c0392b" cellpadding="5">' + ''.join('<tr>' + ''.join(f'<td height="44" align="center" valign="middle" width="25%">{d.e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
d.h('Qui est derrière ce bingo ?')
d.p('L’Office national du tourisme tunisien (ONTT) et la Fédération tunisienne des guides touristiques (FTGT) sont liés par une convention signée en 2021 et reconduite en 2024 jusqu’en 2027.')
d.p('Le protocole d’accord sur la couverture sociale des guides indépendants date de mars 2025. Il a été signé par la Caisse nationale de sécurité sociale (CNSS), l’Union générale tunisienne du travail (UGTT) et la FTGT.')
d.p('Les cartes sont imprimées grâce à l’Agence espagnole de coopération internationale pour le développement (AECID), qui verse au Bureau international du Travail (BIT) une subvention pour 2024-2027.')
d.p('Depuis 2023, le BIT et le Programme des Nations Unies pour le développement (PNUD) mènent un programme conjoint sur l’emploi dans le tourisme à Médenine.')
d.h('À noter', 2)
d.p('Le Commissariat régional au tourisme de Médenine a prêté sa salle pour le lancement. L’Union tunisienne de l’industrie, du commerce et de l’artisanat (UTICA) a suivi les débats sans être signataire. Des discussions avec la compagnie Nouvelair n’ont abouti à aucun accord.')
d.h('Les guides de Djerba en chiffres')
d.tab([['Indicateur', '2022', '2025']], [['Guides titulaires d’une carte', '214', '263'], ['Guides affiliés à la CNSS', '71', '158'], ['Accidents de circuit déclarés', '19', '8']], caption='Source : FTGT ; Institut national de la statistique (INS).')
d.q('Dans le désert, le client voit le coucher de soleil. Moi, je vois douze heures de route sans assurance. Le bingo m’a montré ce qui manquait.', 'Hédi Ben Salem', 'guide à Houmt Souk depuis 2009')
d.h('Contact', 2)
d.contact('Amel Trabelsi', 'trabelsi@ilo.org', '+216 71 951 388')
d.raw('<p>Amel Trabelsi<br>' + d.e(d.ign('Projet « Tourisme décent », BIT Tunis')) + '<br>' + d.e(d.ign('Tél. : +216 71 951 388')) + '<br>' + d.e(d.ign('Courriel : trabelsi@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/algiers')) + '</p>')
d.orgs(('Fédération tunisienne des guides touristiques', 'FTGT'), ('Caisse nationale de sécurité sociale', 'CNSS'), 'hôtel Dar Jerba', ('Office national du tourisme tunisien', 'ONTT'),
       ('Union générale tunisienne du travail', 'UGTT'), ('Agence espagnole de coopération internationale pour le développement', 'AECID'), ('Bureau international du Travail', 'BIT'),
       ('Programme des Nations Unies pour le développement', 'PNUD'), 'Commissariat régional au tourisme de Médenine', ('Union tunisienne de l’industrie, du commerce et de l’artisanat', 'UTICA'),
       'Nouvelair', ('Institut national de la statistique', 'INS'))
d.countries('TN')
d.ps(['hôtel Dar Jerba', 'FTGT'], 'letter_of_intent', 2025)
d.ps(['ONTT', 'FTGT'], 'cooperation_agreement', 2021, 2027)
d.ps(['CNSS', 'UGTT', 'FTGT'], 'memorandum_of_understanding', 2025)
d.ps(['AECID', 'BIT'], 'funding', 2024, 2027)
d.ps(['BIT', 'PNUD'], 'programme', 2023)
d.build_lo(tagged=False)
