from common import *
css = '''@page{size:A4;margin:0} body{margin:0;font-family:"Liberation Sans",sans-serif;font-size:9.4pt;line-height:1.36;color:#202020}
.page{width:210mm;height:297mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:0 18mm 20mm 18mm}
.foot{position:absolute;bottom:9mm;left:18mm;right:18mm;font-size:7.5pt;color:#555;border-top:0.5pt solid #999;padding-top:2mm;display:flex;justify-content:space-between}
.band{background:#0f5257;color:#fff;margin:0 -18mm 7mm;padding:14mm 18mm 9mm;position:relative}
.badge{position:absolute;right:18mm;top:12mm;width:30mm;height:30mm;border-radius:50%;background:#f4b942;color:#0f5257;text-align:center;font-weight:bold;line-height:1.05;padding-top:6mm;box-sizing:border-box;font-size:10pt}
.badge .d{font-size:24pt;display:block}
.kind{letter-spacing:3px;font-size:9pt;margin:0 0 3mm;color:#f4b942}
h1.title{font-size:25pt;line-height:1.12;margin:0 38mm 3mm 0}
.sub{font-size:11pt;margin:0 38mm 0 0}
h2{font-size:12pt;color:#0f5257;margin:6mm 0 2mm;border-bottom:1.5pt solid #f4b942;padding-bottom:1mm}
h3{font-size:10pt;color:#0f5257;margin:4mm 0 1mm}
.two{display:grid;grid-template-columns:1fr 62mm;column-gap:8mm}
.box{border:1pt solid #0f5257;padding:3mm 4mm;background:#eef6f6} .box h3{margin-top:0}
ul{margin:1mm 0 2mm;padding-left:5mm} ul.sub{list-style:"▹ ";margin:0}
table{border-collapse:collapse;width:100%;font-size:8.8pt}
table.agenda th{background:#0f5257;color:#fff;text-align:left;padding:2mm} table.agenda td{border-bottom:0.6pt solid #9bb;padding:1.6mm 2mm;vertical-align:top}
table.agenda td:first-child{white-space:nowrap;font-weight:bold;color:#0f5257}
table.kv td{padding:1mm 2mm 1mm 0;vertical-align:top} table.kv td:first-child{font-weight:bold;width:28mm}
.caption{font-size:7.5pt;color:#666;margin:1mm 0 3mm}
blockquote{margin:5mm 10mm;text-align:center;font-size:11.5pt;color:#0f5257;font-style:italic} blockquote .who{font-size:8pt;font-style:normal;color:#444}
.contact p{margin:0}
'''
b = HTML('blind6-08-fr-atelier-bekaa', 'fr', 'chromium', 'blind-event-flyer-agenda', 'protection sociale des travailleurs agricoles', css=css)
def foot(n):
    b.raw('<div class="foot">'); b.fu('Atelier national de validation · Zahlé, 18 novembre 2025', tag='span'); b.fu(f'{n}/2', tag='span'); b.raw('</div>')
b.raw('<div class="page">'); foot(1)
b.raw('<div class="band"><div class="badge">'); b.i('18', tag='span', cls='d'); b.i('NOV.', tag='span'); b.raw('<br>'); b.i('2025', tag='span'); b.raw('</div>')
b.i('ATELIER NATIONAL DE VALIDATION', cls='kind')
b.T('Étendre la protection sociale aux travailleurs agricoles de la Békaa')
b.p('Zahlé, Liban · Mardi 18 novembre 2025, de 9 h à 16 h 30', cls='sub')
b.raw('</div><div class="two"><div>')
b.h('Présentation', 1)
b.p('Dans la plaine de la Békaa, la plupart des ouvriers agricoles, libanais comme syriens, travaillent à la journée, sans contrat et sans aucune couverture en cas de maladie ou d’accident. Le Code du travail de 1946 les exclut encore de son champ d’application.')
b.p('L’Organisation internationale du Travail (OIT) a mené en 2024 et 2025 une étude sur les moyens de les affilier progressivement à la sécurité sociale. L’atelier de Zahlé réunit les autorités, les partenaires sociaux et les organisations de la société civile pour valider ses conclusions et s’accorder sur une feuille de route.')
b.h('Objectifs', 1)
b.ul(['valider le diagnostic sur la couverture actuelle des travailleurs agricoles ;',
      ('discuter trois options de réforme :', ['une branche « accidents du travail » ouverte aux journaliers ;', 'une cotisation forfaitaire par saison ;', 'un régime subventionné pour les plus pauvres.']),
      'adopter une feuille de route pour 2026-2028.'])
b.h('Participants attendus', 1)
b.p('Environ 80 personnes : représentants du Ministère du Travail du Liban, de la Caisse nationale de sécurité sociale (CNSS), des municipalités de la Békaa, des syndicats, des organisations d’employeurs agricoles, des coopératives et des ONG.')
b.raw('</div><div><div class="box">')
b.h('Le cadre du partenariat', 2)
b.p('L’atelier fait partie du programme conjoint OIT–FAO « Récoltes sûres » (2023-2026), mené avec l’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO).')
b.p('Il est financé par l’Union européenne (UE), au titre d’une convention de contribution signée avec l’OIT en 2023.')
b.p('Le protocole d’accord tripartite signé le 12 mars 2025 par le Ministère du Travail, la CNSS et l’OIT y sera présenté.')
b.raw('</div>')
b.q('Nous cueillons les pommes de la Békaa depuis vingt ans. Nous voulons simplement être soignés quand nous tombons de l’échelle.', 'Fatmé Al-Hajj', 'ouvrière agricole, Bar Elias', open_='« ', close=' »', cls='')
b.raw('</div></div></div>')
b.raw('<div class="page">'); foot(2)
b.raw('<div style="height:14mm"></div>')
b.h('Programme de la journée', 1)
b.tab([['Horaire', 'Session', 'Intervenants']],
      [['9 h 00', 'Accueil et inscription', '–'],
       ['9 h 30', 'Ouverture officielle', 'Ministère du Travail ; Délégation de l’UE au Liban ; OIT'],
       ['10 h 00', 'Présentation de l’étude : qui travaille dans les champs de la Békaa ?', 'Université libanaise, Faculté d’agronomie'],
       ['11 h 00', 'Pause-café', '–'],
       ['11 h 20', 'Table ronde : trois options pour la couverture des journaliers', 'CNSS ; FENASOL ; CCIAZ ; FAO'],
       ['13 h 00', 'Déjeuner', '–'],
       ['14 h 00', 'Groupes de travail par option', 'Animation : équipe de l’OIT'],
       ['15 h 30', 'Restitution et adoption de la feuille de route', 'Tous'],
       ['16 h 30', 'Clôture', 'Ministère du Travail']], cls='agenda', colw=['18mm', '95mm', '61mm'],
      caption='Programme provisoire, susceptible de modifications.')
b.raw('<div class="two"><div>')
b.h('Ils travaillent déjà ensemble', 1)
b.p('La Fédération nationale des syndicats des ouvriers et employés du Liban (FENASOL) et l’ONG Amel Association International ont renouvelé en 2024 leur accord de coopération sur l’accompagnement juridique des ouvriers agricoles, conclu initialement en 2021.')
b.p('La Chambre de commerce, d’industrie et d’agriculture de Zahlé et de la Békaa (CCIAZ) a pour sa part adressé à l’OIT, en janvier 2025, une lettre d’intention : elle encouragera ses membres exploitants à déclarer leurs ouvriers permanents.')
b.p('Les résultats seront partagés avec la Banque mondiale, qui appuie la réforme du système de retraite.')
b.raw('</div><div>')
b.h('Informations pratiques', 2)
b.tab([], [['Lieu', 'Grand Hôtel Kadri, Zahlé'], ['Langues', 'arabe et français, interprétation simultanée'], ['Inscription', 'avant le 7 novembre 2025'], ['Transport', 'navette depuis Chtaura à 8 h 15']], cls='kv')
b.raw('<div class="contact">'); b.h('Contact', 2)
b.raw('<p><b>Rami Haddad</b></p>'); b.contact('Rami Haddad', 'haddadr@ilo.org', '+961 1 752 400')
for x in ['Chargé de la protection sociale', 'Bureau régional de l’OIT pour les États arabes, Beyrouth', 'Tél. : +961 1 752 400', 'Courriel : haddadr@ilo.org']: b.i(x)
b.raw('<p>' + b.e(b.link('www.ilo.org/beirut')) + '</p></div>')
b.raw('</div></div></div>')
b.orgs(('Organisation internationale du Travail', 'OIT'), ('Organisation des Nations Unies pour l’alimentation et l’agriculture', 'FAO'), ('Union européenne', 'UE'),
       ('Ministère du Travail du Liban',), ('Caisse nationale de sécurité sociale', 'CNSS'), ('Fédération nationale des syndicats des ouvriers et employés du Liban', 'FENASOL'),
       ('Amel Association International',), ('Chambre de commerce, d’industrie et d’agriculture de Zahlé et de la Békaa', 'CCIAZ'), ('Banque mondiale',),
       ('Université libanaise',), ('Délégation de l’UE au Liban',), ('Grand Hôtel Kadri',), ('Bureau régional de l’OIT pour les États arabes',))
b.countries('LB')
b.ps(['OIT', 'FAO'], 'programme', 2023, 2026)
b.ps(['UE', 'OIT'], 'funding', 2023)
b.ps(['Ministère du Travail', 'CNSS', 'OIT'], 'memorandum_of_understanding', 2025)
b.ps(['FENASOL', 'Amel Association International'], 'cooperation_agreement', 2021)
b.ps(['CCIAZ', 'OIT'], 'letter_of_intent', 2025)
b.build_chromium()
