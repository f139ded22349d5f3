from common import *
css = '''@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Sans";font-size:9pt;line-height:1.3;color:#151515}
.sheet{height:297mm;position:relative;overflow:hidden}.main{padding:12mm 14mm 0}
.kind{background:#f2b705;display:inline-block;padding:2px 6px;font-weight:bold;font-size:8pt;margin:0}
h1.title{font-size:30pt;line-height:1.05;margin:5px 0 3px;color:#0d3b66}.lead{font-size:11pt;margin:0 0 6px}
.two{display:grid;grid-template-columns:1fr 1fr;gap:7mm}h2{font-size:11.5pt;color:#0d3b66;margin:5px 0 3px;border-bottom:2px solid #f2b705}h3{font-size:9.5pt;margin:5px 0 2px}
p{margin:0 0 4px}ul,ol{margin:0 0 4px;padding-left:15px}ul.sub{padding-left:12px}
table.ruled{border-collapse:collapse;width:100%;font-size:8pt}table.ruled th,table.ruled td{border:0.6px solid #777;padding:2px 4px;text-align:left}
.caption{font-size:7pt;font-style:italic}.box{background:#fff4cc;padding:4px 6px;font-size:8pt;margin:4px 0}
blockquote{margin:6px 0;font-size:11pt}blockquote p{font-weight:bold;color:#0d3b66}blockquote p.who{font-weight:normal;font-size:8pt;color:#333}
.tabs{position:absolute;bottom:0;left:0;right:0;height:44mm;border-top:1.2px dashed #333;display:flex}
.cut{position:absolute;bottom:44.5mm;left:8mm;font-size:10pt;margin:0}
.tab{flex:1;border-right:1px dashed #333;writing-mode:vertical-rl;transform:rotate(180deg);font-size:7.6pt;padding:3mm 2mm;text-align:left;margin:0}'''
d = HTML('blind14-06-fr-languettes-taptap', 'fr', 'chromium', 'blind-tear-off-flyer', 'chauffeurs de tap-tap, assurance accident et repos', css=css)
d.raw('<div class="sheet"><div class="main">')
d.i('CHAUFFEURS DE TAP-TAP · PORT-AU-PRINCE ET PÉTION-VILLE, HAÏTI', cls='kind')
d.T('Un accident ne doit pas vous mettre à pied')
d.p('Port-au-Prince, juin 2025 — l’assurance accidents du travail est désormais ouverte aux chauffeurs et aux receveurs de tap-tap', cls='lead')
d.raw('<div class="two"><div>')
d.h('Ce que vous gagnez')
d.ul([('Une indemnité si vous êtes blessé au volant :', ['les frais d’hôpital sont pris en charge ;', 'un revenu pendant l’arrêt de travail.']), 'Une pension pour la famille en cas de décès.', 'Un contrôle de la vue gratuit une fois par an.'])
d.h('Comment s’inscrire')
d.ul(['Passez au local du syndicat, rue Capois, avec votre permis.', 'Payez la première cotisation (voir le tableau).', 'Recevez votre carte dans les quinze jours.'], tag='ol')
d.h('Combien ça coûte ?', 2)
d.tab([['Catégorie', 'Cotisation mensuelle', 'Indemnité journalière']], [['Chauffeur propriétaire', '750 HTG', '1 200 HTG'], ['Chauffeur salarié', '500 HTG', '900 HTG'], ['Receveur', '250 HTG', '500 HTG']], caption='Barème 2025 de l’OFATMA pour les travailleurs du transport.')
d.raw('</div><div>')
d.h('Qui s’engage ?')
d.p('Un protocole d’accord a été conclu en 2024 entre l’Office d’assurance accidents du travail, maladie et maternité (OFATMA), le Syndicat des chauffeurs de tap-tap de l’Ouest (SCTO) et l’Association des propriétaires de tap-tap (APTT).')
d.p('Il y a deux ans, la Mairie de Pétion-Ville et le SCTO ont signé une convention qui réserve des aires de repos aux chauffeurs place Saint-Pierre.')
d.p('Le Brésil finance la campagne : l’Agence brésilienne de coopération (ABC) a accordé au Bureau international du Travail (BIT) une contribution pour 2025-2027.')
d.p('La campagne s’inscrit dans un programme conjoint conduit depuis 2022 par le BIT et l’Organisation panaméricaine de la santé (OPS).')
d.raw('<div class="box">')
d.p('Les gilets réfléchissants sont offerts par la Fondation Digicel, liée au SCTO par une lettre d’intention depuis janvier 2025.')
d.raw('</div>')
d.p('La Direction centrale de la police routière (DCPR) participe aux contrôles, mais elle n’est pas partie au protocole. Le ministère des Affaires sociales et du Travail (MAST) suit la campagne comme observateur. Les contrôles techniques sont faits par le Garage Lakay, rémunéré par le projet, et les chiffres viennent de l’Institut haïtien de statistique et d’informatique (IHSI).')
d.q('Quand je me suis cassé le bras en 2023, j’ai perdu mon tap-tap. Avec la carte, mon fils n’aurait pas quitté l’école.', 'Jean-Robert Saint-Fleur', 'chauffeur sur la ligne Carrefour–Portail Léogâne')
d.h('Contact', 2)
d.contact('Nadège Pierre-Louis', 'pierre-louis@ilo.org', '+509 2813 4410')
d.raw('<p>Nadège Pierre-Louis<br>' + d.e(d.ign('BIT, Port-au-Prince')) + '<br>' + d.e(d.ign('Tél. : +509 2813 4410')) + '<br>' + d.e(d.ign('Courriel : pierre-louis@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/haiti')) + '</p>')
d.raw('</div></div></div>')
d.i('✂ Détachez une languette', cls='cut')
d.raw('<div class="tabs">')
tab = 'Assurance tap-tap · SCTO · +509 3712 4455'
for _ in range(9): d.i(tab, cls='tab')
d.raw('</div></div>')
d.orgs(('Office d’assurance accidents du travail, maladie et maternité', 'OFATMA'), ('Syndicat des chauffeurs de tap-tap de l’Ouest', 'SCTO'), ('Association des propriétaires de tap-tap', 'APTT'),
       'Mairie de Pétion-Ville', ('Agence brésilienne de coopération', 'ABC'), ('Bureau international du Travail', 'BIT'), ('Organisation panaméricaine de la santé', 'OPS'), 'Fondation Digicel',
       ('Direction centrale de la police routière', 'DCPR'), ('ministère des Affaires sociales et du Travail', 'MAST'), 'Garage Lakay', ('Institut haïtien de statistique et d’informatique', 'IHSI'))
d.countries('HT', 'BR')
d.ps(['OFATMA', 'SCTO', 'APTT'], 'memorandum_of_understanding', 2024)
d.ps(['Mairie de Pétion-Ville', 'SCTO'], 'cooperation_agreement', 2023)
d.ps(['ABC', 'BIT'], 'funding', 2025, 2027)
d.ps(['BIT', 'OPS'], 'programme', 2022)
d.ps(['Fondation Digicel', 'SCTO'], 'letter_of_intent', 2025)
d.build_chromium()
