from common import *
css = r'''
@page { size: A4; margin: 16mm 14mm 16mm }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.38; color: #222; margin: 0 }
.hdr { position: running(x) }
.top { display: flex; justify-content: space-between; font-size: 7.5pt; color: #6a1b9a; border-bottom: 0.6pt solid #6a1b9a; padding-bottom: 1mm; margin-bottom: 4mm }
.hero { background: #6a1b9a; color: #fff; padding: 5mm 6mm; display: grid; grid-template-columns: 1fr 1fr; grid-gap: 8mm }
.hero h1 { font-size: 19pt; line-height: 1.15; margin: 0 } .hero .en { font-size: 15pt; font-weight: bold; line-height: 1.2; margin: 0; color: #e1bee7; font-style: italic }
.hero p { margin: 2mm 0 0 } .hero p.en2 { color: #e1bee7; font-style: italic }
.lang { display: grid; grid-template-columns: 1fr 1fr; grid-gap: 0 10mm; font-size: 7pt; font-weight: bold; letter-spacing: 0.15em; color: #999; margin: 3mm 0 0 }
.lang p { margin: 0 }
.row { display: grid; grid-template-columns: 1fr 1fr; grid-gap: 0 10mm; border-top: 0.4pt solid #ccc; padding-top: 2mm; margin-top: 2mm; break-inside: avoid }
.row > div + div { color: #555; font-style: italic }
.row h2 { font-size: 11pt; color: #6a1b9a; margin: 0 0 1mm } .row > div + div h2, .row > div + div .h { color: #9c6bb0 }
.row .h { font-size: 11pt; font-weight: bold; margin: 0 0 1mm }
.row p { margin: 0 0 1.5mm }
ul { margin: 0 0 1.5mm; padding-left: 4.5mm } ul.sub { list-style: '– '; margin: 0 } li { margin-bottom: 0.6mm }
ul.fr > li::marker { color: #6a1b9a }
table.ruled { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 8.3pt }
table.ruled th { border-top: 1pt solid #6a1b9a; border-bottom: 0.6pt solid #6a1b9a; text-align: left; padding: 1mm 1.5mm }
table.ruled td { border-bottom: 0.4pt solid #ccc; padding: 1mm 1.5mm; vertical-align: top }
blockquote { margin: 1mm 0 2mm; padding-left: 3mm; border-left: 2pt solid #6a1b9a; font-family: 'DejaVu Serif', serif }
blockquote p { margin: 0 } blockquote p.who { font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; font-style: normal }
.contact { background: #f3e5f5; padding: 3mm 4mm; margin-top: 3mm } .contact p { margin: 0 }
p.caption { font-size: 7pt; color: #777 }
.brk { break-before: page }
.foot { font-size: 7.5pt; color: #777; display: flex; justify-content: space-between; border-top: 0.4pt solid #ccc; padding-top: 1mm; margin-top: 3mm }
'''
d = HTML('blind9-06-fr-bilingue-quebec', 'fr', 'chromium', 'blind-bilingual-side-by-side', 'recrutement équitable des préposées aux soins, corridor Cameroun–Québec', css=css)
def top(n):
    d.raw('<div class="top">'); d.fu('Recrutement équitable · Fair recruitment', tag='span'); d.fu('Corridor Cameroun – Québec', tag='span'); d.raw('</div>')
def foot(n):
    d.raw('<div class="foot">'); d.fu('Organisation internationale du Travail · International Labour Organization', tag='span'); d.fu(f'{n}/2', tag='span'); d.raw('</div>')
def en(s, tag='p', cls=''):
    s = d.ign(s); d.raw(f'<{tag} class="{cls}">{d.e(s)}</{tag}>')
def row(fr, en_):
    d.raw('<div class="row"><div>'); fr(); d.raw('</div><div>'); en_(); d.raw('</div></div>')
top(1)
d.raw('<div class="hero"><div>')
d.T('Partir travailler au Québec sans payer pour son emploi')
d.p('Dépliant pour les préposées aux bénéficiaires et les aides à domicile recrutées au Cameroun')
d.raw('</div><div>'); en('Working in Québec without paying for your job', cls='en'); en('Leaflet for care aides and home-care workers recruited in Cameroon', cls='en2'); d.raw('</div></div>')
d.raw('<div class="lang">'); en('FRANÇAIS'); en('ENGLISH'); d.raw('</div>')
row(lambda: (d.h('Ce que vous devez savoir', 1), d.p('Depuis 2023, plus de 1 800 Camerounaises et Camerounais ont été recrutés pour travailler dans les résidences pour aînés et les soins à domicile au Québec. Certains ont payé jusqu’à 4 millions de francs CFA à des intermédiaires.'),
             d.p('Au Québec, la loi interdit de faire payer un travailleur pour son recrutement. Les frais sont à la charge de l’employeur.')),
    lambda: (en('What you need to know', 'p', 'h'), en('Since 2023, more than 1,800 Cameroonians have been recruited to work in seniors’ residences and home care in Québec. Some paid up to 4 million CFA francs to middlemen.'),
             en('In Québec, the law forbids charging a worker for recruitment. The employer pays the fees.')))
row(lambda: (d.h('Avant de signer', 1), d.ul([('Vérifiez que l’agence est inscrite :', ['au MINEFOP à Yaoundé ;', 'auprès de la CNESST au Québec.']), 'Exigez un contrat écrit en français, avec le salaire horaire.', 'Ne remettez jamais votre passeport à un intermédiaire.'], cls='fr')),
    lambda: (en('Before you sign', 'p', 'h'), d.raw('<ul>' + ''.join(f'<li>{d.e(d.ign(x))}</li>' for x in ['Check that the agency is registered with MINEFOP in Yaoundé and with the CNESST in Québec.', 'Ask for a written contract in French that states your hourly wage.', 'Never hand your passport to a middleman.']) + '</ul>')))
row(lambda: (d.h('Vos droits à l’arrivée', 1), d.ul(['le même salaire que les travailleurs québécois ;', 'un logement qui ne peut pas coûter plus de 30 % de votre salaire ;', 'le droit de changer d’employeur dans votre région.'], cls='fr'),
             d.q('On m’avait promis un poste d’infirmière. À Rimouski, j’ai découvert que je devais 2 millions à l’agence. Le syndicat m’a aidée à tout récupérer.', 'Bernadette Ngo Mbock', 'préposée aux bénéficiaires, Rimouski', cls='', open_='«\u00a0', close='\u00a0»')),
    lambda: (en('Your rights on arrival', 'p', 'h'), d.raw('<ul>' + ''.join(f'<li>{d.e(d.ign(x))}</li>' for x in ['the same wage as Québec workers;', 'housing that cannot cost more than 30% of your wage;', 'the right to change employers within your region.']) + '</ul>'),
             en('“I had been promised a nursing job. In Rimouski I found out that I owed the agency 2 million. The union helped me get it all back.”')))
foot(1)
d.raw('<div class="brk"></div>')
top(2)
row(lambda: (d.h('Qui est derrière ce dépliant ?', 1),
             d.p('Le ministère de l’Immigration, de la Francisation et de l’Intégration (MIFI) du Québec a accordé en 2024 une subvention au Bureau international du Travail (BIT) pour trois ans.'),
             d.p('Le protocole d’accord de 2025 compte quatre signataires : le ministère de l’Emploi et de la Formation professionnelle (MINEFOP) du Cameroun, le Fonds national de l’emploi (FNE), la Fédération des chambres de commerce du Québec (FCCQ) et le BIT.'),
             d.p('Le Collège Ahuntsic et l’Université de Douala appliquent une convention (2024-2026) sur la reconnaissance des diplômes d’aide-soignante.'),
             d.p('Une lettre d’intention a été signée en janvier 2025 par la Coop d’aide à domicile de la Mauricie et le Syndicat des personnels de santé du Cameroun (SYPSACAM).'),
             d.p('Le Centre de formation professionnelle Fierbourg et l’École des aides-soignants de Bonabéri sont jumelés depuis 2023.')),
    lambda: (en('Who is behind this leaflet?', 'p', 'h'),
             en('Québec’s Ministry of Immigration, Francization and Integration gave the ILO a three-year grant in 2024. The 2025 memorandum of understanding has four signatories: MINEFOP, the FNE, the FCCQ and the ILO.'),
             en('Collège Ahuntsic and the University of Douala apply a 2024–2026 agreement on recognizing care-aide diplomas. A home-care cooperative in Mauricie and SYPSACAM signed a letter of intent in January 2025, and two training schools have been twinned since 2023.')))
row(lambda: (d.h('Les étapes du recrutement', 1),
             d.tab([['Étape', 'Qui s’en occupe', 'Qui paie']],
                   [['Offre d’emploi', 'employeur québécois', 'employeur'], ['Sélection à Douala ou Yaoundé', 'FNE', 'employeur'], ['Visa et permis de travail', 'consulat et IRCC', 'employeur'], ['Billet d’avion', 'employeur', 'employeur'], ['Formation à l’arrivée', 'Collège Ahuntsic', 'MIFI']],
                   caption='Source : MIFI et FNE, 2025.')),
    lambda: (en('The recruitment steps', 'p', 'h'), en('The employer pays for every step: the job offer, selection in Douala or Yaoundé by the FNE, the visa and work permit, the plane ticket. Training on arrival is paid by the Ministry.')))
row(lambda: (d.h('Nous joindre', 2),
             d.contact('Laure Essomba Tchoumi', 'essomba@ilo.org', '+237 222 20 50 44'),
             d.raw('<div class="contact"><p>Laure Essomba Tchoumi</p>'), d.i('Spécialiste des migrations de main-d’œuvre, BIT Yaoundé'), d.i('Tél. : +237 222 20 50 44'), d.i('Courriel : essomba@ilo.org'), d.raw(f'<p>{d.e(d.link("www.ilo.org/yaounde"))}</p></div>'),
             d.p('Les chiffres proviennent de Statistique Canada et du FNE. Le consulat du Cameroun à Montréal prête une salle pour les séances d’accueil. Des agences privées de recrutement ont été consultées ; aucune n’a signé d’accord.', cls='caption')),
    lambda: (en('Contact us', 'p', 'h'), en('Laure Essomba Tchoumi, labour migration specialist, ILO Yaoundé.'), en('Figures come from Statistics Canada and the FNE. Private recruitment agencies were consulted; none has signed an agreement.')))
foot(2)
d.orgs(('Organisation internationale du Travail', None), ('Bureau international du Travail', 'BIT'), ('ministère de l’Immigration, de la Francisation et de l’Intégration', 'MIFI'),
       ('ministère de l’Emploi et de la Formation professionnelle', 'MINEFOP'), ('Fonds national de l’emploi', 'FNE'), ('Fédération des chambres de commerce du Québec', 'FCCQ'),
       'CNESST', 'Collège Ahuntsic', 'Université de Douala', 'Coop d’aide à domicile de la Mauricie', ('Syndicat des personnels de santé du Cameroun', 'SYPSACAM'),
       'Centre de formation professionnelle Fierbourg', 'École des aides-soignants de Bonabéri', 'IRCC', 'Statistique Canada', 'consulat du Cameroun à Montréal')
d.countries('CM', 'CA')
d.ps(['MIFI', 'BIT'], 'funding', 2024)
d.ps(['MINEFOP', 'FNE', 'FCCQ', 'BIT'], 'memorandum_of_understanding', 2025)
d.ps(['Collège Ahuntsic', 'Université de Douala'], 'cooperation_agreement', 2024, 2026)
d.ps(['Coop d’aide à domicile de la Mauricie', 'SYPSACAM'], 'letter_of_intent', 2025)
d.ps(['Centre de formation professionnelle Fierbourg', 'École des aides-soignants de Bonabéri'], 'partnership', 2023)
d.build_chromium()
