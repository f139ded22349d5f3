from common import *
CSS = '''
@page { size: 21cm 29.7cm; margin: 1.6cm 1.8cm 1.6cm 1.8cm }
body { font-family: "DejaVu Sans"; font-size: 9pt; line-height: 1.3 }
p { margin: 0 0 5pt 0 }
p.kind { font-size: 8pt; font-weight: bold; color: #8a1c1c; letter-spacing: 1pt; margin: 0 }
h1.title { font-family: "DejaVu Serif"; font-size: 21pt; color: #123a5c; margin: 2pt 0 4pt 0 }
p.lead { font-family: "DejaVu Serif"; font-style: italic; font-size: 10.5pt; margin: 0 0 8pt 0 }
h2 { font-size: 12pt; color: #123a5c; border-bottom: 1px solid #123a5c; margin: 10pt 0 4pt 0 }
h3 { font-size: 9.5pt; color: #8a1c1c; margin: 6pt 0 2pt 0 }
table.kv { border: 1px solid #123a5c; border-collapse: collapse; width: 100%; background: #eef3f8 }
table.kv td { padding: 2pt 5pt; font-size: 8.5pt; border-bottom: 1px solid #c9d6e3 }
table.ruled { border-collapse: collapse; width: 100% }
table.ruled th { background: #123a5c; color: white; font-size: 8.5pt; padding: 2pt 4pt; text-align: left }
table.ruled td { font-size: 8.5pt; padding: 2pt 4pt; border-bottom: 1px solid #999 }
p.caption { font-size: 7.5pt; font-style: italic; margin: 2pt 0 8pt 0 }
blockquote.pull { margin: 8pt 2cm 8pt 2cm; border-top: 2px solid #8a1c1c; border-bottom: 2px solid #8a1c1c; padding: 4pt 0 }
blockquote.pull p { font-family: "DejaVu Serif"; font-size: 12pt; font-style: italic; color: #8a1c1c; text-align: center; margin: 0 }
blockquote.pull p.who { font-family: "DejaVu Sans"; font-size: 8pt; font-style: normal; color: #222; margin-top: 3pt }
p.small { font-size: 8pt }
'''
d = HTML('blind17-05-fr-etudecas-ganvie-piroguiers', 'fr', 'libreoffice', 'blind-case-study-pull-quotes', 'piroguiers et fumeuses de poisson, sécurité sur l’eau, fumée et assurance maladie', css=CSS)
def Q(text, speaker, role):
    t, s, r = d.quote(text, speaker, role)
    d.raw(f'<blockquote class="pull"><p>«{NB}{d.e(t)}{NB}»</p><p class="who">{d.e(s)}, {d.e(r)}</p></blockquote>')
d.i('ÉTUDE DE CAS N° 4 · ÉCONOMIE INFORMELLE ET PROTECTION SOCIALE', cls='kind')
d.T('Ganvié : des gilets, une caisse et des fumoirs qui ne piquent plus les yeux')
d.p('So-Ava, octobre 2025 — comment les piroguiers et les fumeuses de poisson du lac Nokoué se sont organisés pour être secourus, soignés et assurés', cls='lead')
d.tab([], [['Lieu', 'Ganvié et Sô-Tchanhoué, commune de So-Ava (Atlantique)'], ['Personnes concernées', '1 200 piroguiers, 900 fumeuses de poisson'], ['Période', 'Janvier 2023 à décembre 2025'], ['Financement', 'Ambassade du Royaume des Pays-Bas, 2023-2026'], ['Mise en œuvre', 'Bureau international du Travail (BIT)']], cls='kv', colw=['30%', '70%'])
d.h('Le problème')
d.p('Ganvié est bâtie sur pilotis au milieu du lac Nokoué. Tout s’y fait en barque : aller au marché, conduire les enfants à l’école, transporter le poisson vers Cotonou. Les conducteurs de barques motorisées travaillent sans gilet, souvent de nuit, et très peu savent nager.')
d.p('Sur la berge, les femmes fument le poisson au-dessus de foyers ouverts. En 2022, une enquête du centre de santé de So-Ava a trouvé des irritations des yeux ou des voies respiratoires chez sept fumeuses sur dix. Aucune n’avait d’assurance maladie.')
Q('On passe la journée dans la fumée. Le soir, on ne voit plus le poisson qu’on retourne.', 'Honorine Dossou', 'fumeuse de poisson à Sô-Tchanhoué')
d.h('Ce qui a été fait')
d.h('Sur l’eau', 2, tag='h3')
d.p('Le Syndicat des conducteurs de barques motorisées du lac Nokoué (SYCOBAM) et la Mairie de So-Ava travaillent ensemble depuis 2021 dans le cadre d’un protocole d’accord : la mairie délivre les permis de conduire les barques, le syndicat vérifie les gilets et les extincteurs à l’embarcadère.')
d.ul([('Chaque barque inscrite reçoit :', ['quatre gilets de sauvetage ;', 'une lampe pour la navigation de nuit.']), 'Les conducteurs suivent deux jours de formation aux premiers secours.', 'Ce printemps, le Club nautique de Cotonou a passé une convention avec le syndicat pour apprendre à nager aux enfants des piroguiers.'])
d.h('Aux fumoirs', 2, tag='h3')
d.p('Le fumoir modèle de Sô-Tchanhoué, qui évacue la fumée par une cheminée, a été cofinancé par l’Ambassade du Royaume des Pays-Bas et par Nokoué Poissons & Glace SARL en 2024. Il appartient au Groupement des fumeuses Dinabli de Ganvié, qui le loue à la journée à ses membres.')
Q('Le fumoir, c’est moins de bois, moins de toux, et un poisson qui se vend mieux.', 'Dr Aristide Hounkpè', 'médecin-chef du centre de santé de So-Ava, partenaire du SYCOBAM depuis 2022')
d.h('Les résultats')
d.tab([['Indicateur', '2023', '2025']], [['Barques inscrites et équipées', '140', '610'], ['Piroguiers assurés auprès de l’ANPS', '35', '480'], ['Fumeuses utilisant le fumoir modèle', '0', '210'], ['Noyades signalées dans la commune', '19', '7']], colw=['58%', '21%', '21%'],
      caption='Sources : registres du SYCOBAM et du groupement ; population de la commune d’après l’Institut national de la statistique et de la démographie (INStaD).')
d.h('Les leçons')
d.ul(['Commencer par ce qui sauve des vies : les gilets avant les cotisations.', ('Passer par les organisations que les gens connaissent déjà :', ['le syndicat pour les piroguiers ;', 'le groupement pour les fumeuses.']), 'Garder les cotisations à la mesure d’une journée de pêche.'], tag='ol')
d.h('Qui a rendu cela possible')
d.p('Le BIT est signataire, aux côtés de l’Agence nationale de la protection sociale (ANPS) et du SYCOBAM, de la lettre d’intention de 2024 qui permet aux piroguiers de s’inscrire à l’assurance maladie à l’embarcadère même.')
d.p('Le Ministère du Travail et de la Fonction publique du Bénin a suivi la démarche sans en être partie ; l’inspection du travail de l’Atlantique a assisté aux formations en observatrice. Assurances Lagune Vie doit signer l’an prochain une convention de microassurance pour les barques, et la Chambre de commerce et d’industrie du Bénin (CCI Bénin) a été invitée à rejoindre le comité de suivi.')
d.p('La paroisse Saint-Joseph de Ganvié a prêté sa salle pour les réunions ; les repas ont été servis par le restaurant La Perle du Lac, payé à la commande. Le ministère béninois du Travail publiera le bilan de l’étude en 2026.', cls='small')
d.h('Contact', 2, tag='h3')
d.contact('Fulbert Agossou', 'agossou@ilo.org', '+229 21 31 28 50')
d.raw(f'<p class="small">Fulbert Agossou<br>{d.e(d.ign("Projet BIT « Lac Nokoué », bureau de Cotonou"))}<br>{d.e(d.ign("Tél. : +229 21 31 28 50"))}<br>{d.e(d.ign("Courriel : agossou@ilo.org"))}<br>{d.e(d.link("www.ilo.org/abidjan"))}</p>')
d.build_lo(tagged=False)
d.orgs(('Bureau international du Travail', 'BIT'), 'Ambassade du Royaume des Pays-Bas', 'centre de santé de So-Ava', ('Syndicat des conducteurs de barques motorisées du lac Nokoué', 'SYCOBAM'), 'Mairie de So-Ava',
       'Club nautique de Cotonou', 'Nokoué Poissons & Glace SARL', 'Groupement des fumeuses Dinabli de Ganvié', ('Agence nationale de la protection sociale', 'ANPS'),
       ('Institut national de la statistique et de la démographie', 'INStaD'), 'Ministère du Travail et de la Fonction publique du Bénin', 'inspection du travail de l’Atlantique', 'Assurances Lagune Vie',
       ('Chambre de commerce et d’industrie du Bénin', 'CCI Bénin'), 'paroisse Saint-Joseph de Ganvié', 'restaurant La Perle du Lac')
d.countries('BJ', 'NL')
d.ps(['Ambassade du Royaume des Pays-Bas', 'BIT'], 'funding', 2023, 2026)
d.ps(['SYCOBAM', 'Mairie de So-Ava'], 'memorandum_of_understanding', 2021)
d.ps(['Club nautique de Cotonou', 'SYCOBAM'], 'cooperation_agreement', 2025)
d.ps(['Ambassade du Royaume des Pays-Bas', 'Groupement des fumeuses Dinabli de Ganvié'], 'funding', 2024)
d.ps(['Nokoué Poissons & Glace SARL', 'Groupement des fumeuses Dinabli de Ganvié'], 'funding', 2024)
d.ps(['centre de santé de So-Ava', 'SYCOBAM'], 'partnership', 2022)
d.ps(['BIT', 'ANPS', 'SYCOBAM'], 'letter_of_intent', 2024)
json.dump(d.t, open(f'{D}/{d.id}.truth.json', 'w'), ensure_ascii=False, indent=1)
