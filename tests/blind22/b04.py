from common import *
CSS = '''body { font-family: "DejaVu Sans"; font-size: 9pt; color: #1d2530; }
h1.title { font-family: "DejaVu Serif"; font-size: 22pt; color: #0b4f6c; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 12.5pt; color: #0b4f6c; margin-top: 10pt; margin-bottom: 4pt; }
h3 { font-size: 10pt; color: #b5441b; margin-top: 7pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 4pt; }
p.kind { font-size: 8pt; font-weight: bold; color: #b5441b; letter-spacing: 2pt; }
p.lead { font-style: italic; font-size: 10pt; }
p.caption { font-size: 7.5pt; font-style: italic; color: #555555; }
p.small { font-size: 8pt; }
p.presenter { font-family: "DejaVu Serif"; font-size: 10pt; }
blockquote { margin-left: 12pt; }
'''
d = HTML('blind22-04-fr-bulletin-brazzaville-boulangeries', 'fr', 'libreoffice', 'blind-risk-forecast-bulletin', 'chaleur des fours, poussière de farine, travail de nuit et sécurité sociale des ouvriers boulangers', css=CSS)
def cell(c, bg=None, th=False, w=None):
    tag = 'th' if th else 'td'
    a = (f' bgcolor="{bg}"' if bg else '') + (f' width="{w}"' if w else '')
    inner = f'<font color="#ffffff">{d.e(c)}</font>' if th else d.e(c)
    return f'<{tag}{a}>{inner}</{tag}>'
d.i('BULLETIN HEBDOMADAIRE DES RISQUES · BOULANGERIES DE BRAZZAVILLE · N° 6', 'p', 'kind')
d.T('Quel temps fera-t-il au fournil cette semaine ?')
d.p('Brazzaville, semaine du 9 au 15 février 2026 – prévisions pour les ouvriers boulangers des postes de nuit, établies par le Syndicat des boulangers et pâtissiers du Congo (SYBOPAC) à partir des relevés de douze fournils', 'lead')
d.h('Les prévisions de la semaine', 1)
hdr = [['', 'Lun. 9', 'Mar. 10', 'Mer. 11', 'Jeu. 12', 'Ven. 13', 'Sam. 14', 'Dim. 15']]
rows = [['Chaleur devant le four', '41 °C', '42 °C', '44 °C', '45 °C', '43 °C', '46 °C', '39 °C'],
        ['Poussière de farine', 'moyenne', 'moyenne', 'forte', 'forte', 'moyenne', 'très forte', 'faible'],
        ['Heures de nuit prévues', '7 h', '7 h', '8 h', '8 h', '8 h', '9 h', '5 h'],
        ['Vigilance', 'jaune', 'jaune', 'orange', 'orange', 'jaune', 'rouge', 'verte']]
d.table(hdr, rows)
COL = {'jaune': '#f7e463', 'orange': '#f2a33a', 'rouge': '#e0533d', 'verte': '#8fcf7a'}
out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">', '<tr>' + ''.join(cell(c, '#0b4f6c' if c else None, True, '23%' if not c else None) for c in hdr[0]) + '</tr>']
for r in rows:
    out.append('<tr>' + cell(r[0], '#e6eef2') + ''.join(cell(c, COL.get(c)) for c in r[1:]) + '</tr>')
out.append('</table>')
d.raw(''.join(out))
d.i('Températures mesurées à un mètre de la gueule du four, à 2 h du matin, dans les douze fournils du réseau.', 'p', 'caption')
d.h('Le commentaire du prévisionniste', 2)
d.p('Une semaine chaude s’annonce, avec un pic samedi : la fête de la Saint-Valentin double les commandes de pâtisserie et allonge le poste de nuit. Mercredi et jeudi, les livraisons de farine en sacs de 50 kg feront lever beaucoup de poussière au pétrissage. Dimanche, enfin, le poste sera court et l’air plus respirable.', 'presenter')
d.h('La carte des fournils', 1)
hdr2 = [['Arrondissement', 'Fournils suivis', 'Vigilance de la semaine', 'Remarque']]
rows2 = [['Poto-Poto', '4', 'rouge samedi', 'boulangeries couvertes par la MABP (convention d’adhésion collective signée en 2025 avec le SYBOPAC)'],
         ['Bacongo', '3', 'orange', 'four à vapeur en essai chez Pain Doré Bacongo'],
         ['Moungali', '3', 'orange', 'deux fournils sans extracteur'],
         ['Talangaï', '2', 'jaune', '—']]
d.table(hdr2, rows2)
out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">', '<tr>' + ''.join(cell(c, '#0b4f6c', True) for c in hdr2[0]) + '</tr>']
for r in rows2:
    out.append('<tr>' + ''.join(cell(c) for c in r) + '</tr>')
out.append('</table>')
d.raw(''.join(out))
d.i('Légende : verte = rien à signaler ; jaune = restez attentifs ; orange = pauses doublées ; rouge = deux ouvriers au moins devant le four, jamais seul.', 'p', 'caption')
d.h('Les conseils du jour', 1)
d.h('Contre la chaleur', 2)
d.ul([('Buvez un verre d’eau toutes les vingt minutes :', ['l’eau est fournie par le patron ;', 'évitez le café et les boissons sucrées.']), 'Sortez dix minutes à l’air libre après chaque fournée.', 'Portez des manches longues en coton, jamais en nylon.'])
d.h('Contre la poussière', 2)
d.ul(['Versez la farine doucement, sac posé au bord du pétrin.', 'Portez le masque FFP2 distribué par le syndicat.', 'Balayez à l’humide, jamais à sec, en fin de poste.'], tag='ol')
d.q('Avant, on sortait du fournil à 5 h avec les yeux qui brûlaient et la poitrine serrée. Depuis que le bulletin existe, le patron regarde la couleur du jour et il ouvre la porte de derrière.', 'Clément Mabiala', 'chef de fournée à Poto-Poto et délégué du SYBOPAC', open_='«\u00a0', close='\u00a0»', dash='— ')
d.h('Votre sécurité sociale', 1)
d.p('Un ouvrier boulanger déclaré à la Caisse nationale de sécurité sociale (CNSS) est couvert en cas de brûlure ou de chute, même la nuit. La CNSS et le SYBOPAC sont liés par un protocole d’accord depuis trois ans ; il a été reconduit cette année pour deux ans. En 2023, seuls 180 ouvriers boulangers étaient déclarés ; ils sont 640 aujourd’hui.')
d.ul([('Pour vous faire déclarer :', ['demandez votre bulletin de paie au patron ;', 'apportez-le au délégué du SYBOPAC de votre fournil.']), 'Le délégué vérifie chaque mois que les cotisations sont versées.'])
d.h('Ils rendent ce bulletin possible', 1)
d.p('Les deux fours à vapeur de la boulangerie pilote ont été acquis grâce au concours financier de l’Agence japonaise de coopération internationale (JICA), qui a alloué au Bureau international du Travail (BIT) une enveloppe pour la période 2025–2026.')
d.p('Le Centre hospitalier universitaire de Brazzaville (CHU-B) s’est engagé envers la Mutuelle des artisans boulangers de Poto-Poto (MABP), par une convention de 2024, à recevoir ses membres brûlés sans avance de frais.')
d.p('Le mois dernier, Pain Doré Bacongo et la Mairie de Bacongo ont conjointement paraphé une lettre d’intention sur l’éclairage de la rue des fournils, où les ouvriers attendent le premier bus.')
d.p('Radio Bénédiction Poto-Poto 104.5 lit ce bulletin chaque lundi à 20 h, au titre de son partenariat avec le SYBOPAC, entamé en 2024.')
d.p('Farines du Pool & Cie fournissait jusqu’ici les masques : sa convention avec le SYBOPAC, signée en 2021, est arrivée à échéance en 2024. Le syndicat les achète désormais lui-même.')
d.h('Autres acteurs', 2)
d.p('L’Union patronale et interprofessionnelle du Congo (UNICONGO) a été invitée à signer la charte des fournils et a décliné. La Minoterie de Mpila envisage de livrer la farine en sacs de 25 kg. Le Ministère de la Fonction publique, du Travail et de la Sécurité sociale de la République du Congo a été approché pour reprendre le bulletin ; le ministère congolais du Travail étudie la demande. L’inspection du travail de Brazzaville assiste aux réunions du réseau en observatrice. Les Transports Ngoma ramènent les ouvriers de Talangaï contre paiement. Les températures extérieures viennent de la Direction de la météorologie nationale.', 'small')
d.h('Contact', 2)
d.contact('Prisca Ngouabi', 'ngouabi@ilo.org', '+242 06 612 40 18')
d.raw('<p class="small">Prisca Ngouabi<br>' + d.e(d.ign('Bureau de l’OIT pour l’Afrique centrale, antenne de Brazzaville')) + '<br>' + d.e(d.ign('Tél. : +242 06 612 40 18')) + '<br>' + d.e(d.ign('Courriel : ngouabi@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/yaounde')) + '</p>')
d.orgs(('Syndicat des boulangers et pâtissiers du Congo', 'SYBOPAC'), ('Bureau international du Travail', 'BIT'), ('Mutuelle des artisans boulangers de Poto-Poto', 'MABP'), 'Pain Doré Bacongo',
       ('Caisse nationale de sécurité sociale', 'CNSS'), ('Agence japonaise de coopération internationale', 'JICA'), ('Centre hospitalier universitaire de Brazzaville', 'CHU-B'),
       'Mairie de Bacongo', 'Radio Bénédiction Poto-Poto 104.5', 'Farines du Pool & Cie', ('Union patronale et interprofessionnelle du Congo', 'UNICONGO'), 'Minoterie de Mpila',
       'Ministère de la Fonction publique, du Travail et de la Sécurité sociale de la République du Congo', 'inspection du travail de Brazzaville', 'Transports Ngoma', 'Direction de la météorologie nationale')
d.countries('CG')
d.ps(['MABP', 'SYBOPAC'], 'cooperation_agreement', 2025)
d.ps(['CNSS', 'SYBOPAC'], 'memorandum_of_understanding', 2023, 2028)
d.ps(['JICA', 'BIT'], 'funding', 2025, 2026)
d.ps(['CHU-B', 'MABP'], 'cooperation_agreement', 2024)
d.ps(['Pain Doré Bacongo', 'Mairie de Bacongo'], 'letter_of_intent', 2026)
d.ps(['Radio Bénédiction Poto-Poto 104.5', 'SYBOPAC'], 'partnership', 2024)
d.ps(['Farines du Pool & Cie', 'SYBOPAC'], 'cooperation_agreement', 2021, 2024)
d.build_lo(tagged=True)
