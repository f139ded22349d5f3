from common import *
css = '''
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; color: #1f2a30 }
.page { width: 210mm; height: 297mm; position: relative; box-sizing: border-box; padding: 18mm 12mm 14mm; page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.hdr { position: absolute; top: 7mm; left: 12mm; right: 12mm; font-size: 7.5pt; color: #6a7a80; display: flex; justify-content: space-between; border-bottom: 0.5pt solid #c8d2d6; padding-bottom: 1mm }
.ftr { position: absolute; bottom: 6mm; right: 12mm; font-size: 7.5pt; color: #6a7a80 }
.row { display: flex; gap: 6mm; margin-bottom: 9mm; height: 118mm }
.slidewrap { width: 122mm }
.slide { width: 122mm; height: 68.6mm; border: 0.8pt solid #8a9aa0; box-sizing: border-box; padding: 4mm 5mm; position: relative; overflow: hidden; background: #fff; font-size: 7.4pt; line-height: 1.3 }
.slide::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 2.2mm; background: #1f7a8c }
.slide h1 { font-size: 15pt; color: #1f7a8c; margin: 8mm 0 2mm; line-height: 1.15 }
.slide h2 { font-size: 11pt; color: #1f7a8c; margin: 0 0 2mm }
.slide p { margin: 0 0 1.5mm }
.slide ul { margin: 0 0 1mm; padding-left: 4mm }
.slide ul.sub { list-style: circle; margin: 0 }
.slide .two { display: flex; gap: 4mm } .slide .two > div { flex: 1 }
.slide table { border-collapse: collapse; width: 100%; font-size: 7pt }
.slide th { background: #1f7a8c; color: #fff; text-align: left; padding: 0.6mm 1.2mm }
.slide td { border-bottom: 0.4pt solid #c8d2d6; padding: 0.6mm 1.2mm }
.slide .logo { position: absolute; bottom: 3mm; right: 4mm; font-size: 6pt; color: #8a9aa0; margin: 0 }
.slide .sno { position: absolute; bottom: 3mm; left: 5mm; font-size: 6pt; color: #8a9aa0; margin: 0 }
.slide p.caption { font-size: 6pt; font-style: italic; color: #6a7a80 }
.slide blockquote { margin: 2mm 0; font-family: "DejaVu Serif"; font-style: italic; font-size: 9.5pt; color: #1f2a30 }
.slide blockquote p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7pt; color: #1f7a8c }
.lab { font-size: 7pt; color: #6a7a80; margin: 1.5mm 0 0 }
.notes { flex: 1; border-left: 0.5pt solid #c8d2d6; padding-left: 4mm }
.notes .nl { font-size: 7.5pt; font-weight: bold; color: #6a7a80; margin: 0 0 1mm }
.lines { height: 112mm; padding-top: 76mm; box-sizing: border-box; background: repeating-linear-gradient(to bottom, transparent 0, transparent 6.6mm, #b9c4c8 6.6mm, #b9c4c8 6.9mm) }
.pre { font-family: "DejaVu Sans"; font-size: 8pt; color: #8b3a2b; font-style: italic; line-height: 6.9mm; margin: -1.6mm 0 0 }
'''
d = HTML('blind11-08-fr-diapos-sel-kampot', 'fr', 'chromium', 'blind-slide-handout-notes', 'travail des enfants et sécurité dans les marais salants', css=css)
e = d.e
HDR = [d.f('Atelier de restitution · Kampot, 12 novembre 2025'), d.f('Support de présentation, 2 diapositives par page')]
def page_open():
    d.raw('<div class="page"><div class="hdr">'); d.fu(HDR[0], 'span'); d.fu(HDR[1], 'span'); d.raw('</div>')
def page_close(n): d.fu(f'Page {n} / 3', 'div', 'ftr'); d.raw('</div>')
def slide_open(): d.raw('<div class="row"><div class="slidewrap"><div class="slide">')
def slide_close(n, pre=None):
    d.i('OIT · Cambodge', 'p', 'logo'); d.i(f'{n}', 'p', 'sno'); d.raw('</div>'); d.i(f'Diapositive {n} sur 6', 'p', 'lab'); d.raw('</div><div class="notes">')
    d.i('Notes', 'p', 'nl'); d.raw('<div class="lines">')
    if pre: d.p(pre, 'pre')
    d.raw('</div></div></div>')

page_open()
slide_open()
d.T('Les marais salants de Kampot et de Kep : sortir les enfants des salines', 'h1', '')
d.p('Résultats de l’enquête 2025 et plan d’action, Organisation internationale du Travail (OIT)')
slide_close(1, 'Accueil : présenter les délégués des coopératives avant de commencer.')
slide_open()
d.h('Ce que nous avons trouvé', 1)
d.raw('<div class="two"><div>')
d.ul([('Pendant la récolte (janvier à mai) :', ['des enfants de 10 à 14 ans portent les paniers de sel ;', 'les journées dépassent neuf heures au soleil.']), 'Brûlures aux pieds et aux yeux faute de bottes et de lunettes.'])
d.raw('</div><div>')
d.ul(['La moitié des familles de sauniers n’ont aucune couverture santé.', 'Les salaires sont payés à la tonne, au chef d’équipe.'])
d.raw('</div></div>')
slide_close(2)
page_close(1)

page_open()
slide_open()
d.h('L’enquête en chiffres', 1)
d.tab([['', 'Kampot', 'Kep', 'Total']], [['Familles interrogées', '412', '138', '550'], ['Enfants au travail pendant la récolte', '181', '47', '228'], ['dont moins de 12 ans', '64', '', '64'], ['Familles affiliées à la CNSS', '96', '21', '117']],
      cls='', caption='Enquête OIT, février à avril 2025 ; base de sondage de l’Institut national de la statistique du Cambodge (INS). Pas de données pour les moins de 12 ans à Kep.')
slide_close(3)
slide_open()
d.h('Qui fait quoi', 1)
d.ul(['Italie (Agence italienne pour la coopération au développement, AICS) : contribution au Bureau international du Travail (BIT), 2024-2027',
      'Programme conjoint BIT–UNESCO « Retour à l’école », lancé en 2024, jusqu’en 2026',
      ('Paraphé en mai 2025, un mémorandum d’accord engage :', ['l’administration provinciale de Kampot ;', 'l’administration provinciale de Kep ;', 'l’Association des producteurs de sel de Kampot-Kep (APSKK).'])])
slide_close(4, 'Ne pas oublier : la Coopérative des sauniers de Trapeang Ropou a signé cette année une lettre d’intention avec Angkor Salt Trading Co., Ltd. : prix garanti si aucun enfant ne travaille dans ses bassins.')
page_close(2)

page_open()
slide_open()
d.h('La parole aux sauniers', 1)
d.q('Mon fils portait les paniers avec moi depuis ses onze ans. Cette année il est resté à l’école, et la coopérative paie un adulte à sa place.', 'Sok Sreymom', 'saunière, commune de Trapeang Ropou', cls='', open_='« ', close=' »')
d.p('L’accord de coopération entre la Fédération des travailleurs de l’agriculture et du sel (FTAS) et le Centre provincial de formation professionnelle de Kampot, conclu en 2022, a été étendu en 2025 à la province de Kep, jusqu’à fin 2027.')
slide_close(5)
slide_open()
d.h('Prochaines étapes', 1)
d.raw('<div class="two"><div>')
d.ul(['Distribuer bottes et lunettes avant la récolte 2026.', 'Affilier 300 familles de plus à la Caisse nationale de sécurité sociale (CNSS).', 'Observateur de l’atelier : UNICEF, sans engagement.'], tag='ol')
d.raw('</div><div>')
d.h('Contact', 2, tag='h3')
d.contact('Chantha Meas', 'meas@ilo.org', '+855 23 220 817')
d.raw('<p><b>Chantha Meas</b><br>' + e(d.ign('Coordonnatrice nationale, OIT Phnom Penh')) + '<br>' + e(d.ign('Tél. : +855 23 220 817')) + '<br>' + e(d.ign('Courriel : meas@ilo.org')) + '<br>' + e(d.link('www.ilo.org/bangkok')) + '</p>')
d.raw('</div></div>')
slide_close(6, 'Questions de la salle : la banque Mekong Micro Finance propose des prêts pour les bâches ; rien n’a été signé.')
page_close(3)

d.orgs(('Organisation internationale du Travail', 'OIT'), ('Institut national de la statistique du Cambodge', 'INS'), ('Agence italienne pour la coopération au développement', 'AICS'),
       ('Bureau international du Travail', 'BIT'), 'UNESCO', 'administration provinciale de Kampot', 'administration provinciale de Kep',
       ('Association des producteurs de sel de Kampot-Kep', 'APSKK'), 'Coopérative des sauniers de Trapeang Ropou', 'Angkor Salt Trading Co., Ltd.',
       ('Fédération des travailleurs de l’agriculture et du sel', 'FTAS'), 'Centre provincial de formation professionnelle de Kampot', ('Caisse nationale de sécurité sociale', 'CNSS'), 'UNICEF', 'Mekong Micro Finance')
d.countries('KH', 'IT')
d.ps(['AICS', 'BIT'], 'funding', 2024, 2027)
d.ps(['BIT', 'UNESCO'], 'programme', 2024, 2026)
d.ps(['administration provinciale de Kampot', 'administration provinciale de Kep', 'APSKK'], 'memorandum_of_understanding', 2025)
d.ps(['Coopérative des sauniers de Trapeang Ropou', 'Angkor Salt Trading Co., Ltd.'], 'letter_of_intent', 2025)
d.ps(['FTAS', 'Centre provincial de formation professionnelle de Kampot'], 'cooperation_agreement', 2022, 2027)
d.build_chromium()
