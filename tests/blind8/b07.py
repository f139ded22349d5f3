from common import *
css = '''@page{size:A4;margin:0}
body{font-family:"DejaVu Sans",sans-serif;font-size:9.4pt;color:#1d1d1d;margin:0}
.cover{height:297mm;box-sizing:border-box;position:relative;page-break-after:always;background:#f6f1e7}
.cband{position:absolute;left:0;right:0;top:0;height:12mm;background:#006b3f}
.ar{direction:rtl;text-align:right;font-family:"DejaVu Sans"}
.org{position:absolute;top:20mm;left:18mm;right:18mm;display:flex;justify-content:space-between;font-size:9pt;color:#006b3f;font-weight:bold}
.ttl-ar{position:absolute;top:70mm;right:18mm;left:18mm;font-size:24pt;color:#7a1f1f;line-height:1.4}
.rule{position:absolute;top:118mm;left:18mm;right:18mm;border-top:2pt solid #c8a24a}
.ttl-fr{position:absolute;top:125mm;left:18mm;right:30mm}
h1.title{font-size:25pt;color:#006b3f;margin:0 0 4mm 0;line-height:1.2}
.subt{font-size:12pt;color:#444}
.cfoot{position:absolute;bottom:18mm;left:18mm;right:18mm;display:flex;justify-content:space-between;font-size:9pt;color:#555}
.page{box-sizing:border-box;height:296mm;padding:18mm 18mm 14mm 18mm;position:relative;page-break-after:always}
.page:last-child{page-break-after:auto}
.fol{position:absolute;bottom:8mm;left:18mm;right:18mm;font-size:7.5pt;color:#777;border-top:0.5pt solid #bbb;padding-top:1mm;display:flex;justify-content:space-between}
h2{font-size:13pt;color:#006b3f;margin:5mm 0 2mm 0}
h3{font-size:10pt;color:#7a1f1f;margin:3mm 0 1mm 0}
p{margin:0 0 2.2mm 0;line-height:1.4}
.row{display:flex;gap:8mm}.main{flex:1.7}.side{flex:1;background:#f6f1e7;padding:3mm 4mm;border-top:3pt solid #c8a24a;align-self:flex-start}
.side p,.side li{font-size:8.5pt}
ul{padding-left:5mm;margin:1mm 0 2mm 0}ul.sub{list-style:circle}
table.ruled{border-collapse:collapse;width:100%;font-size:8.5pt}
table.ruled th{border-bottom:1.5pt solid #006b3f;text-align:left;padding:1.5mm}
table.ruled td{border-bottom:0.4pt solid #bbb;padding:1.5mm}
.caption{font-size:7.5pt;color:#666}
blockquote{margin:5mm 0;padding:3mm 5mm;background:#006b3f;color:#fff;font-size:11pt}
blockquote .who{font-size:8pt;color:#dfeee6}
.contact p{margin:0;font-size:8.5pt}'''
d = HTML('blind8-07-fr-apprentissage-algerie', 'fr', 'chromium', 'blind-bilingual-cover', 'apprentissage dans l’agroalimentaire', css=css)
d.raw('<div class="cover"><div class="cband"></div><div class="org">')
d.i('Organisation internationale du Travail', tag='span'); d.i('منظمة العمل الدولية', tag='span', cls='ar')
d.raw('</div>')
d.raw('<div class="ttl-ar ar">'); d.i('التلمذة المهنية في الصناعات الغذائية', tag='div'); d.i('شراكة من أجل شباب بجاية وسطيف', tag='div'); d.raw('</div>')
d.raw('<div class="rule"></div><div class="ttl-fr">')
d.T('L’apprentissage dans l’agroalimentaire : un partenariat pour les jeunes de Béjaïa et de Sétif')
d.p('Note d’information sur le programme « Métiers d’avenir », 2023-2026', cls='subt')
d.raw('</div><div class="cfoot">')
d.i('Bureau de l’OIT à Alger · Octobre 2025', tag='span'); d.i('مكتب منظمة العمل الدولية في الجزائر', tag='span', cls='ar')
d.raw('</div></div>')
# page 2
d.raw('<div class="page">')
d.h('1. Pourquoi l’agroalimentaire ?', 1)
d.raw('<div class="row"><div class="main">')
d.p('Les wilayas de Béjaïa et de Sétif concentrent une grande partie des laiteries, des conserveries et des minoteries du pays. Les entreprises peinent pourtant à recruter des conducteurs de ligne, des techniciens de maintenance et des agents de contrôle qualité.')
d.p('Dans le même temps, plus d’un jeune sur quatre y est sans emploi. Le programme « Métiers d’avenir » rapproche ces deux réalités en développant un apprentissage en alternance, moitié en centre de formation, moitié en usine.')
d.h('Ce que change l’alternance', 2, tag='h3')
d.ul([('pour l’apprenti :', ['un contrat d’apprentissage et une rémunération dès le premier mois ;', 'un tuteur désigné dans l’entreprise.']),
      'pour l’entreprise : un jeune formé sur ses propres machines ;', 'pour le centre : des référentiels révisés avec la profession.'])
d.h('2. Les partenaires du programme', 1)
d.p('Le programme est cofinancé par l’Union européenne au titre d’une convention de contribution avec le Bureau international du Travail (BIT) (2023-2026).')
d.p('Un accord-cadre tripartite sur l’apprentissage a été signé le 12 mai 2025 par le ministère de la Formation et de l’Enseignement professionnels (MFEP), la Confédération générale des entreprises algériennes (CGEA) et l’Union générale des travailleurs algériens (UGTA).')
d.p('Au niveau local, un protocole d’accord a été conclu en 2024 entre l’Agence nationale de l’emploi (ANEM) et la Chambre de commerce et d’industrie des Babors, qui oriente les jeunes inscrits vers les entreprises d’accueil.')
d.p('Enfin, Hodna Agro, un groupe laitier de Sétif, a adressé en juin 2025 une lettre d’intention à l’Université Abderrahmane Mira de Béjaïa pour ouvrir une licence professionnelle en maintenance industrielle.')
d.raw('</div><div class="side">'); d.h('En bref', 2, tag='h3')
d.ul(['Durée : 2023-2026', 'Wilayas : Béjaïa et Sétif', 'Apprentis visés : 1 500, dont 40 % de jeunes femmes', 'Entreprises d’accueil : 86'])
d.h('À savoir', 2, tag='h3')
d.p('Les chiffres du chômage des jeunes sont ceux de l’Office national des statistiques (ONS). L’Organisation arabe du travail a assisté en observatrice à l’atelier de lancement.')
d.raw('</div></div>')
d.raw('<div class="fol">'); d.fu('OIT · « Métiers d’avenir » · Note d’information', tag='span'); d.fu('2', tag='span'); d.raw('</div></div>')
# page 3
d.raw('<div class="page">')
d.h('3. Premiers résultats', 1)
d.tab([['Filière', 'Apprentis en 2024', 'Apprentis en 2025', 'Dont femmes']], [['Lait et dérivés', '210', '395', '38 %'], ['Conserves et jus', '140', '260', '51 %'], ['Meunerie', '95', '170', '22 %'], ['Total', '445', '825', '39 %']],
      cls='ruled', caption='Tableau 1 : effectifs d’apprentis par filière, données du programme (septembre 2025).')
d.q('J’ai appris à régler une ligne de conditionnement que je ne connaissais que de loin. Aujourd’hui, l’usine m’a proposé un CDI.', 'Lydia Benkhelifa', 'ancienne apprentie, Akbou')
d.h('4. Les prochaines étapes', 1)
d.ul(['généraliser le livret d’apprentissage numérique en 2026 ;', 'former 120 tuteurs d’entreprise supplémentaires ;', 'étendre l’alternance à la wilaya de Bordj Bou Arréridj.'])
d.raw('<div class="contact">'); d.h('Contact', 2, tag='h3')
d.contact('Karim Haddadi', 'haddadi@ilo.org', '+213 23 50 81 14')
d.raw('<p>Karim Haddadi, ' + d.e(d.ign('chargé de programme')) + '</p><p>' + d.e(d.ign('Tél. : +213 23 50 81 14')) + '</p><p>' + d.e(d.ign('Courriel : haddadi@ilo.org')) + '</p><p>' + d.e(d.link('www.ilo.org/algiers')) + '</p></div>')
d.raw('<div class="fol">'); d.fu('OIT · « Métiers d’avenir » · Note d’information', tag='span'); d.fu('3', tag='span'); d.raw('</div></div>')
d.orgs(('Organisation internationale du Travail', None), 'Bureau de l’OIT à Alger', 'Union européenne', ('Bureau international du Travail', 'BIT'),
       ('ministère de la Formation et de l’Enseignement professionnels', 'MFEP'), ('Confédération générale des entreprises algériennes', 'CGEA'), ('Union générale des travailleurs algériens', 'UGTA'),
       ('Agence nationale de l’emploi', 'ANEM'), 'Chambre de commerce et d’industrie des Babors', 'Hodna Agro', 'Université Abderrahmane Mira de Béjaïa', ('Office national des statistiques', 'ONS'), 'Organisation arabe du travail')
d.countries('DZ')
d.ps(['Union européenne', 'BIT'], 'funding', 2023, 2026)
d.ps(['MFEP', 'CGEA', 'UGTA'], 'cooperation_agreement', 2025)
d.ps(['ANEM', 'Chambre de commerce et d’industrie des Babors'], 'memorandum_of_understanding', 2024)
d.ps(['Hodna Agro', 'Université Abderrahmane Mira de Béjaïa'], 'letter_of_intent', 2025)
d.build_chromium()
