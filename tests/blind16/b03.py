from common import *
css = '''body{font-family:"DejaVu Sans";font-size:9pt}
h1,h2,h3{font-family:"DejaVu Sans"}
h1{font-size:19pt;color:#7b1fa2;margin:2pt 0}
h2{font-size:12pt;color:#7b1fa2;margin:7pt 0 2pt}
h3{font-size:10pt;color:#4a148c;margin:5pt 0 2pt}
p{margin:1pt 0 3pt}
p.kind{font-size:8pt;font-weight:bold;color:#ffffff;background:#7b1fa2}
p.lead{font-style:italic;font-size:10pt}
p.caption{font-size:7.5pt;font-style:italic;color:#555555}
p.small{font-size:8pt}
table{border-collapse:collapse}
td,th{border:1px solid #7b1fa2;padding:2pt 4pt;font-size:8.5pt}
th{background:#e1bee7}
blockquote{font-size:10pt;font-style:italic;color:#4a148c}
'''
d = HTML('blind16-03-fr-adhesion-bukavu-commercantes', 'fr', 'libreoffice', 'blind-membership-form', 'mutuelle de santé des petites commerçantes transfrontalières', css=css)
d.i('BULLETIN D’ADHÉSION · MUTUELLE DES COMMERÇANTES DU PONT RUZIZI I', 'p', 'kind')
d.T('Commerçantes transfrontalières : adhérez à la mutuelle et passez le pont protégées', 'h1', 'title')
d.p('Bukavu, 3 novembre 2025 — un bulletin à remplir et à déposer au guichet du poste frontière Ruzizi I, avec ce qu’il faut savoir sur la cotisation, les soins et les partenaires.', 'lead')
d.h('Qui peut adhérer ?', 1)
d.ul([('Les commerçantes qui traversent le pont Ruzizi I au moins une fois par semaine :', ['vendeuses de farine de manioc, de lait ou de poisson fumé ;', 'revendeuses de pagnes et de savon.']),
      'Les porteuses et les cambistes qui travaillent au poste frontière.', 'Leurs enfants de moins de 18 ans, inscrits sur le même bulletin.'])
d.h('Ce que la mutuelle couvre', 1)
d.p('La Mutuelle de santé des commerçantes transfrontalières de Bukavu (MUCOTRAB) rembourse les consultations, les accouchements et les soins après un accident sur le pont ou au marché. Elle compte 2 140 membres, contre 380 en 2022.')
d.h('Formules et cotisations', 2)
d.tab([['Formule', 'Cotisation mensuelle', 'Ce qui est couvert']],
      [['Mama', '3 000 FC', 'consultations, médicaments de base, accouchement'],
       ['Mama Plus', '5 500 FC', 'formule Mama + hospitalisation et accident du travail'],
       ['Famille', '8 000 FC', 'formule Mama Plus pour la mère et quatre enfants']],
      caption='Tarifs 2025 adoptés par l’assemblée générale de la MUCOTRAB. FC : francs congolais.')
d.h('Bulletin à remplir', 1)
d.ul(['Remplissez le bulletin en lettres capitales.', 'Déposez-le au guichet de la mutuelle, au poste frontière, avec une photo.', 'Payez la première cotisation en espèces ou par mobile money.'], tag='ol')
d.tab([], [['Nom et post-nom', ''], ['Marché ou point de vente', ''], ['Marchandise vendue', ''], ['Numéro de jeton frontalier', ''],
           ['Formule choisie (Mama, Mama Plus, Famille)', ''],
           ['Membre de l’Association des femmes commerçantes Amani-Ruzizi ? Compte d’épargne à la Coopec Imara, ouvert aux membres depuis la lettre d’intention signée par les deux en 2025 : oui / non', ''],
           ['Signature ou empreinte', '']], colw=['74%', '26%'])
d.h('Les partenaires de la mutuelle', 1)
d.p('La MUCOTRAB, la Caisse nationale de sécurité sociale (CNSS), l’Hôpital de Panzi et la Coopec Imara ont signé en 2024 un protocole d’accord qui fixe les tarifs des soins et le paiement des cotisations par mobile money.')
d.p('La Belgique soutient la mutuelle : par l’intermédiaire d’Enabel, elle lui verse une subvention de 2024 à 2026 pour les cotisations des plus pauvres.')
d.p('Radio Mwangaza FM annonce les jours d’inscription. Sa convention avec la mutuelle, conclue il y a trois ans, a été prolongée jusqu’à fin 2027.')
d.p('La mutuelle est née du programme conjoint du Bureau international du Travail (BIT) et d’ONU Femmes sur le commerce transfrontalier, lancé en 2023 à Bukavu et à Goma.')
d.q('Avant, quand je tombais malade, je vendais mon stock pour payer l’hôpital. Aujourd’hui, ma carte de la mutuelle suffit.', 'Espérance Bahati', 'vendeuse de poisson fumé, marché de Kadutu', cls='pull', open_='« ', close=' »')
d.h('Qui d’autre ?', 2)
d.p('Le Ministère de l’Emploi, du Travail et de la Prévoyance sociale de la RDC a validé les statuts. La Direction générale de migration (DGM) assiste aux réunions en observatrice. Kivu Transports & Fils a été approché pour assurer les porteuses, mais aucun accord n’a été signé. L’imprimerie Kivu Graphic a été payée pour imprimer les bulletins, et la Ligue des mamans catholiques de la paroisse Notre-Dame-de-la-Paix prête sa salle pour les inscriptions. Le ministère congolais de l’Emploi, du Travail et de la Prévoyance sociale n’est partie à aucun des accords. Les chiffres viennent de l’Institut national de la statistique (INS).', 'small')
d.h('Contact', 2)
d.contact('Jean-Pierre Mulumba', 'mulumba@ilo.org', '+243 81 555 0142')
d.raw('<p class="small">Jean-Pierre Mulumba<br>' + '<br>'.join(d.e(x) for x in [d.ign('Bureau de pays du BIT à Kinshasa'), d.ign('Tél. : +243 81 555 0142'), d.ign('Courriel : mulumba@ilo.org'), d.link('www.ilo.org/kinshasa')]) + '</p>')
d.orgs(('Mutuelle de santé des commerçantes transfrontalières de Bukavu', 'MUCOTRAB'), 'Coopec Imara', 'Association des femmes commerçantes Amani-Ruzizi',
       ('Caisse nationale de sécurité sociale', 'CNSS'), 'Hôpital de Panzi', 'Enabel', 'Radio Mwangaza FM', ('Bureau international du Travail', 'BIT'), 'ONU Femmes',
       'Ministère de l’Emploi, du Travail et de la Prévoyance sociale de la RDC', ('Direction générale de migration', 'DGM'), 'Kivu Transports & Fils', 'imprimerie Kivu Graphic',
       'Ligue des mamans catholiques de la paroisse Notre-Dame-de-la-Paix', ('Institut national de la statistique', 'INS'))
d.countries('CD', 'BE')
d.ps(['Coopec Imara', 'Association des femmes commerçantes Amani-Ruzizi'], 'letter_of_intent', 2025)
d.ps(['MUCOTRAB', 'CNSS', 'Hôpital de Panzi', 'Coopec Imara'], 'memorandum_of_understanding', 2024)
d.ps(['Enabel', 'MUCOTRAB'], 'funding', 2024, 2026)
d.ps(['Radio Mwangaza FM', 'MUCOTRAB'], 'cooperation_agreement', 2022, 2027)
d.ps(['BIT', 'ONU Femmes'], 'programme', 2023)
d.buf = [b.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="3" cellspacing="0" width="100%">') for b in d.buf]
d.build_lo(tagged=False)
