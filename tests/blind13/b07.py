from common import *
d = HTML('blind13-07-fr-menu-owendo-dockers', 'fr', 'libreoffice', 'blind-restaurant-menu', 'dockers du port, nutrition, pauses et santé au travail', css='''
body { font-family: "DejaVu Serif", serif; font-size: 9.5pt; color: #2b2118; }
.kind { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #b5651d; text-align: center; }
h1.title { font-size: 22pt; text-align: center; color: #1d3c5a; margin: 2pt 0; }
p.lead { text-align: center; font-style: italic; }
h2 { font-size: 13pt; color: #1d3c5a; text-align: center; border-bottom: 1px solid #b5651d; margin-top: 8pt; }
h3 { font-size: 10.5pt; color: #b5651d; margin: 6pt 0 2pt 0; }
table.menu { width: 100%; border-collapse: collapse; }
table.menu td { padding: 2pt 4pt; border-bottom: 1px dotted #b5651d; }
table.ruled { width: 100%; border-collapse: collapse; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; }
table.ruled th { background: #1d3c5a; color: #ffffff; padding: 2pt 4pt; text-align: left; }
table.ruled td { border: 1px solid #9aa9b8; padding: 2pt 4pt; }
.caption { font-size: 7.5pt; font-style: italic; }
.small { font-size: 8pt; font-family: "DejaVu Sans", sans-serif; }
blockquote { margin: 6pt 20pt; font-style: italic; }
.who { font-style: normal; font-size: 8.5pt; }
''')
d.i('CANTINE DU PORT D’OWENDO · MENU DE LA SEMAINE ET CONSEILS SANTÉ', cls='kind')
d.T('Le menu du docker')
d.p('Bien manger, boire assez et faire la pause : la carte de la cantine syndicale du port d’Owendo · Owendo, octobre 2025', cls='lead')
d.h('Entrées', 1)
d.tab([], [['Salade d’avocat et de tomates', '500 FCFA'], ['Soupe de poisson du jour', '700 FCFA'], ['Beignets de manioc', '300 FCFA']], cls='menu', colw=['78%', '22%'])
d.h('Plats', 1)
d.tab([], [['Poisson braisé des pêcheuses d’Owendo, banane plantain (selon la lettre d’intention signée en 2025 entre la cantine et la coopérative Mami Wata)', '1 800 FCFA'],
           ['Poulet nyembwe, riz ou manioc', '2 000 FCFA'], ['Feuilles de manioc à l’arachide (plat végétarien)', '1 200 FCFA']], cls='menu', colw=['78%', '22%'])
d.h('Boissons', 1)
d.tab([], [['Eau potable, à volonté pendant les heures de travail', 'gratuit'], ['Jus de gingembre ou de bissap', '400 FCFA'], ['Café ou thé', '200 FCFA']], cls='menu', colw=['78%', '22%'])
d.h('Les conseils du chef', 1)
d.h('Pour tenir un quart de huit heures', 2)
d.ul([('Mangez avant de prendre le quart :', ['un vrai repas le matin pour l’équipe de jour ;', 'un plat chaud à 22 h pour l’équipe de nuit.']), 'Buvez un verre d’eau toutes les 30 minutes sous le soleil.', 'Pas d’alcool sur les quais, ni avant ni pendant le quart.'])
d.h('La pause, c’est la règle', 2)
d.ul(['Prendre sa pause de 45 minutes à la cantine, pas au pied de la grue.', 'Signaler au chef d’équipe toute fatigue ou vertige.', 'Faire contrôler sa tension à l’infirmerie une fois par mois.'], tag='ol')
d.h('Les dockers en chiffres', 2)
d.tab([['Indicateur', '2023', '2025']], [['Dockers inscrits au port', '1 420', '1 610'], ['Repas servis par jour à la cantine', '280', '640'], ['Malaises déclarés sur les quais', '63', '24'], ['Dockers suivis par l’infirmerie', '310', '905']],
      cls='ruled', caption='Source : Direction générale de la statistique (DGS) ; registres de la cantine.')
d.h('Qui fait tourner la cantine ?', 1)
d.p('Le Japon apporte les fonds : l’Agence japonaise de coopération internationale (JICA) a accordé en 2024 au Bureau international du Travail (BIT) une subvention qui couvre 2024-2026.')
d.p('Un protocole d’accord sur la santé des dockers a été signé en mars 2025 par l’Office des ports et rades du Gabon (OPRAG), le Syndicat national des dockers du Gabon (SYNADOG) et la Caisse nationale d’assurance maladie et de garantie sociale (CNAMGS).')
d.p('La convention qui lie depuis 2020 la Mairie d’Owendo et le SYNADOG pour la gestion de la cantine a été renouvelée l’an dernier, jusqu’en 2027.')
d.p('Le BIT et l’Organisation maritime internationale (OMI) conduisent depuis 2023 un programme conjoint sur la sécurité dans les ports d’Afrique centrale, dont la cantine est une action pilote.')
d.p('La société Trans-Quais SA assure le nettoyage de la salle dans le cadre d’un contrat de prestation. La brasserie voisine a proposé de sponsoriser les boissons ; rien n’est signé. Le ministère de la Santé suit le projet en observateur, sans être partie aux accords.', cls='small')
d.q('Avant, on mangeait un pain sur le quai, debout, entre deux conteneurs. Maintenant on s’assoit, on mange chaud, et on repart plus attentif.', 'Jean-Rémy Nzé', 'grutier et délégué du SYNADOG')
d.h('Contact', 2)
d.contact('Clarisse Mbadinga', 'mbadinga@ilo.org', '+241 011 76 42 18')
d.raw('<p class="small">Clarisse Mbadinga</p>'); d.i('Chargée de programme, BIT Libreville', cls='small'); d.i('Tél. : +241 011 76 42 18', cls='small'); d.i('Courriel : mbadinga@ilo.org', cls='small')
d.raw(f'<p class="small">{d.e(d.link("www.ilo.org/yaounde"))}</p>')
d.orgs('cantine syndicale du port d’Owendo', 'coopérative Mami Wata', ('Direction générale de la statistique', 'DGS'), ('Agence japonaise de coopération internationale', 'JICA'), ('Bureau international du Travail', 'BIT'),
       ('Office des ports et rades du Gabon', 'OPRAG'), ('Syndicat national des dockers du Gabon', 'SYNADOG'), ('Caisse nationale d’assurance maladie et de garantie sociale', 'CNAMGS'),
       'Mairie d’Owendo', ('Organisation maritime internationale', 'OMI'), 'Trans-Quais SA', 'ministère de la Santé', 'BIT Libreville')
d.countries('GA', 'JP')
d.ps(['cantine syndicale du port d’Owendo', 'coopérative Mami Wata'], 'letter_of_intent', 2025)
d.ps(['JICA', 'BIT'], 'funding', 2024, 2026)
d.ps(['OPRAG', 'SYNADOG', 'CNAMGS'], 'memorandum_of_understanding', 2025)
d.ps(['Mairie d’Owendo', 'SYNADOG'], 'cooperation_agreement', 2020, 2027)
d.ps(['BIT', 'OMI'], 'programme', 2023)
d.build_lo(tagged=True)
