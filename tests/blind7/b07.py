from common import *
css = '''@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:8.7pt;color:#1f2a30}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:18mm 14mm 16mm;position:relative;page-break-after:always;overflow:hidden}
.hdr{position:absolute;top:8mm;left:14mm;font-size:7.5pt;color:#fff;background:#c8102e;padding:1mm 3mm}
.ftr{position:absolute;bottom:7mm;left:14mm;right:14mm;font-size:7.5pt;color:#666;text-align:right;border-top:.4pt solid #999;padding-top:1mm}
h1.title{font-size:22pt;margin:0 0 2mm;color:#0b4f2f} .lead{font-size:10pt;color:#444;margin:0 0 5mm}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:5mm}
.card{border:.6pt solid #0b4f2f;border-radius:3mm;padding:3mm;background:#f7faf7}
.card .tag{font-size:6.8pt;font-weight:bold;color:#c8102e;letter-spacing:.1em;margin:0 0 1mm}
.card h3{font-size:10pt;color:#0b4f2f;margin:0 0 2mm}
.card p{margin:0 0 1.5mm} .card ul{padding-left:4mm;margin:0}
h2{font-size:12pt;color:#0b4f2f;border-bottom:1pt solid #c8102e;padding-bottom:1mm;margin:6mm 0 3mm}
table{border-collapse:collapse;width:100%} th{background:#0b4f2f;color:#fff;text-align:left;padding:1.5mm} td{border-bottom:.4pt solid #9bb;padding:1.5mm;vertical-align:top}
.caption{font-size:7pt;font-style:italic;color:#555}
blockquote.pull{margin:5mm 20mm;font:italic 12pt "DejaVu Serif",serif;color:#0b4f2f;border-left:3pt solid #c8102e;padding-left:4mm}
blockquote.pull p{margin:0}.who{font:8pt "DejaVu Sans",sans-serif!important;margin-top:1mm!important}
.contact{display:grid;grid-template-columns:1fr 1fr;gap:4mm;background:#eef2ee;padding:3mm;margin-top:4mm}.contact p{margin:0 0 .6mm}
'''
d = HTML('blind7-07-fr-portefeuille-burundi', 'fr', 'chromium', 'blind-card-grid', 'portefeuille de projets du BIT', css=css)
H1 = 'BIT · Portefeuille de projets au Burundi · édition 2025'
d.raw('<div class="page">'); d.fu(H1, cls='hdr')
d.T('Six projets pour l’emploi décent au Burundi')
d.p('Le Bureau international du Travail (BIT) accompagne le Burundi avec ses mandants tripartites. Voici, en un coup d’œil, les projets en cours et ceux qui les rendent possibles.', cls='lead')
d.raw('<div class="grid">')
def card(tag, title, paras, bullets=None):
    d.raw('<div class="card">'); d.i(tag, cls='tag'); d.h(title, 2, tag='h3')
    for x in paras: d.p(x)
    if bullets: d.ul(bullets)
    d.raw('</div>')
card('RUMONGE', 'Emplois verts dans la filière huile de palme', ['Modernisation de 40 huileries artisanales et formation de 1 200 ouvriers à la sécurité.', 'Le Royaume des Pays-Bas finance ce projet au moyen d’un don qui court de 2023 à 2026.'])
card('MAKAMBA', 'Réintégration économique des rapatriés', ['Travaux à haute intensité de main-d’œuvre et formation professionnelle pour les familles revenues de Tanzanie.', 'Le BIT, le HCR et le PNUD ont lancé en 2024 un programme conjoint qui finance aussi des semences et des outils.'])
card('BUJUMBURA', 'Apprentissage dans le bâtiment', ['Un apprentissage dual pour maçons, électriciens et plombiers, en atelier et sur chantier.', 'L’Office burundais de l’emploi et de la main-d’œuvre (OBEM) en est le partenaire principal, en vertu d’une convention signée avec le BIT en 2025.'])
card('NATIONAL', 'Protection sociale des travailleurs informels', ['Un régime simplifié pour les vendeurs, les taxis-vélos et les artisans.', 'Depuis 2024, un protocole d’accord lie la Confédération des syndicats du Burundi (COSYBU) et l’Association des employeurs du Burundi (AEB) pour faire connaître le régime.'], ['affiliation par téléphone mobile ;', 'cotisation mensuelle fixe.'])
card('KAYANZA', 'Coopératives de café', ['Un appui aux stations de lavage gérées par des coopératives.', 'En 2025, la Confédération nationale des associations des caféiculteurs du Burundi (CNAC) a signé une lettre d’intention avec l’exportateur Buja Coffee Traders pour des achats à prix garanti.'])
card('NATIONAL', 'Statistiques du travail', ['Réalisée en 2024, la première enquête sur la main-d’œuvre depuis dix ans.', 'L’Institut de statistiques et d’études économiques du Burundi (ISTEEBU) conduit l’enquête ; le BIT fournit l’assistance technique, sans accord particulier.'])
d.raw('</div>')
d.q('Un maçon qui a son certificat, c’est un maçon qu’on paie mieux.', 'Jean-Bosco Niyonzima', 'chef de chantier, Bujumbura', cls='pull', open_='« ', close=' »')
d.fu('1/2', cls='ftr'); d.raw('</div>')
d.raw('<div class="page">'); d.fu(H1, cls='hdr')
d.h('Le cadre : accords en vigueur', 1)
d.p('Le tableau ci-dessous récapitule les instruments sur lesquels reposent les six projets, ainsi que le cadre commun à tout le portefeuille.')
d.tab([['Instrument', 'Signataires', 'Période']], [
 ['Programme par pays de promotion du travail décent (PPTD)', 'Gouvernement du Burundi ; COSYBU ; AEB ; BIT', '2022–2027'],
 ['Don', 'Royaume des Pays-Bas ; BIT', '2023–2026'],
 ['Programme conjoint', 'BIT ; HCR ; PNUD', 'depuis 2024'],
 ['Protocole d’accord', 'COSYBU ; AEB', 'depuis 2024'],
 ['Convention', 'OBEM ; BIT', '2025'],
 ['Lettre d’intention', 'CNAC ; Buja Coffee Traders', '2025']], colw=['38%', '42%', '20%'])
d.i('Tableau 1. Instruments de partenariat du portefeuille, situation en octobre 2025.', cls='caption')
d.h('Ce qui vient ensuite', 1)
d.ul([('Deux nouvelles propositions sont en préparation :', ['pêche artisanale sur le lac Tanganyika,', 'emploi des jeunes dans le numérique.']), 'Le PPTD sera évalué à mi-parcours début 2026.'])
d.h('Contact', 2)
d.raw('<div class="contact"><div>')
d.contact('Aline Ndayishimiye', 'ndayishimiye@ilo.org', '+257 22 30 11 40')
for s in ['Aline Ndayishimiye, chargée de programme', 'BIT, boulevard de l’Uprona, Bujumbura', 'Tél. : +257 22 30 11 40', 'Courriel : ndayishimiye@ilo.org']: d.i(s)
d.raw('</div><div>'); d.p('Toutes les fiches de projet :'); d.link('www.ilo.org/kinshasa'); d.raw('<p>www.ilo.org/kinshasa</p></div></div>')
d.fu('2/2', cls='ftr'); d.raw('</div>')
d.orgs(('Bureau international du Travail', 'BIT'), 'Royaume des Pays-Bas', 'HCR', 'PNUD', ('Office burundais de l’emploi et de la main-d’œuvre', 'OBEM'), ('Confédération des syndicats du Burundi', 'COSYBU'), ('Association des employeurs du Burundi', 'AEB'), ('Confédération nationale des associations des caféiculteurs du Burundi', 'CNAC'), 'Buja Coffee Traders', ('Institut de statistiques et d’études économiques du Burundi', 'ISTEEBU'), 'Gouvernement du Burundi')
d.countries('BI', 'NL', 'TZ')
d.ps(['Royaume des Pays-Bas', 'BIT'], 'funding', 2023, 2026)
d.ps(['BIT', 'HCR', 'PNUD'], 'programme', 2024)
d.ps(['OBEM', 'BIT'], 'cooperation_agreement', 2025)
d.ps(['COSYBU', 'AEB'], 'memorandum_of_understanding', 2024)
d.ps(['CNAC', 'Buja Coffee Traders'], 'letter_of_intent', 2025)
d.ps(['Gouvernement du Burundi', 'COSYBU', 'AEB', 'BIT'], 'programme', 2022, 2027)
d.build_chromium()
