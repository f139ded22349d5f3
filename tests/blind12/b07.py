from common import *
css = '''
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; color: #2b2118; font-size: 9.4pt; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 14mm 15mm 12mm 15mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.hd { display: flex; justify-content: space-between; font-size: 7.5pt; color: #8a5a2b; border-bottom: 0.4mm solid #d8b98c; padding-bottom: 1.5mm; margin-bottom: 5mm; }
.ft { position: absolute; bottom: 7mm; left: 15mm; right: 15mm; display: flex; justify-content: space-between; font-size: 7.5pt; color: #777; }
.photo { position: relative; background: linear-gradient(160deg, #c9a27a 0%, #8d6e4f 55%, #5e4a36 100%); border-radius: 2mm; }
.photo .n { position: absolute; top: 2.5mm; left: 2.5mm; background: #fff; color: #8a5a2b; font-weight: bold; font-size: 8pt; padding: 0.8mm 2mm; border-radius: 1mm; }
.hero { height: 118mm; }
.hero .tbox { position: absolute; left: 8mm; bottom: 8mm; width: 120mm; background: rgba(255,255,255,0.93); padding: 5mm 6mm; border-radius: 2mm; }
.kind { font-size: 8pt; letter-spacing: 1.6pt; color: #8a5a2b; margin: 0 0 2mm 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 24pt; line-height: 1.12; margin: 0 0 2mm 0; color: #3b2a1a; }
.lead { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 10.5pt; margin: 0; }
.credit { font-size: 6.8pt; color: #888; margin: 1mm 0 0 0; text-align: right; }
.cap { font-size: 8pt; font-style: italic; color: #6b5440; margin: 1.5mm 0 1.5mm 0; }
.frames { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 8mm; margin-top: 5mm; }
.frame .photo { height: 62mm; }
.frame.wide { grid-column: span 2; }
.frame.wide .photo { height: 70mm; }
.frame p.story { margin: 0; line-height: 1.45; }
h2 { font-family: "DejaVu Serif", serif; font-size: 14pt; color: #8a5a2b; margin: 5mm 0 2mm 0; }
h3 { font-size: 10pt; color: #3b6d4a; margin: 4mm 0 1.5mm 0; }
.two { display: grid; grid-template-columns: 1.15fr 1fr; gap: 8mm; }
.two p { line-height: 1.42; margin: 0 0 2mm 0; }
p.fine { font-size: 8pt; color: #555; }
table.fig { border-collapse: collapse; width: 100%; font-size: 8.6pt; }
table.fig td { padding: 1.4mm 2mm; border-bottom: 0.3mm solid #e2cfb3; }
table.fig td:last-child { text-align: right; font-weight: bold; color: #8a5a2b; }
p.caption { font-size: 7.4pt; font-style: italic; color: #777; }
blockquote.pull { margin: 4mm 0; padding: 3mm 4mm; border-left: 1.2mm solid #3b6d4a; background: #f4efe6; }
blockquote.pull p { margin: 0; font-family: "DejaVu Serif", serif; font-style: italic; font-size: 10.5pt; line-height: 1.4; }
blockquote.pull p.who { font-family: "DejaVu Sans", sans-serif; font-style: normal; font-size: 8pt; margin-top: 1.5mm; }
.contact { background: #3b2a1a; color: #fff; padding: 3mm 4mm; border-radius: 2mm; font-size: 8.4pt; }
.contact p { margin: 0 0 0.6mm 0; } .contact h3 { color: #f0c987; margin-top: 0; }
'''
d = HTML('blind12-07-fr-photoreportage-argan', 'fr', 'chromium', 'blind-photo-story', 'protection sociale des femmes des coopératives d’argan', css=css)
E = d.e
HL, HR = d.f('Reportage photo · Une journée à la coopérative Tifaout'), d.f('Province d’Essaouira, Maroc')
def page_start(n):
    d.raw('<div class="page"><div class="hd">'); d.fu(HL, tag='span'); d.fu(HR, tag='span'); d.raw('</div>')
def page_end(n):
    d.raw('<div class="ft">'); d.fu(d.f('OIT · Travail décent dans la filière argan'), tag='span'); d.fu(f'Page {n} sur 3', tag='span'); d.raw('</div></div>')
def frame(n, cap, story, credit='© OIT/Y. Benali', wide=False):
    d.raw(f'<div class="frame{" wide" if wide else ""}"><div class="photo"><span class="n">{E(d.ign(n))}</span></div>')
    d.cr(credit); d.i(cap, cls='cap'); d.p(story, cls='story'); d.raw('</div>')
page_start(1)
d.raw('<div class="photo hero"><span class="n">' + E(d.ign('1/7')) + '</span><div class="tbox">')
d.i('REPORTAGE PHOTO', cls='kind')
d.T('Fatima casse les noix, la coopérative la protège')
d.p('Une journée avec une casseuse de noix d’argan, du village de Tidzi à l’atelier de la coopérative Tifaout', cls='lead')
d.raw('</div></div>'); d.cr('© OIT/Y. Benali')
d.i('Reportage réalisé en octobre 2025.', cls='cap')
d.raw('<div class="frames">')
frame('2/7', 'Tidzi, 6 h 15. Fatima Aït Brahim, 47 ans, part à pied vers l’atelier.', 'Fatima casse des noix d’argan depuis l’âge de quatorze ans. Pendant longtemps, elle a travaillé à la maison, payée au kilo d’amandes, sans aucune couverture en cas de maladie.')
frame('3/7', 'Le concassage, à la main, entre deux pierres.', 'À l’atelier, chaque casseuse a désormais un coussin, des doigtiers en cuir et une pause toutes les deux heures. Les douleurs au dos et aux mains ont nettement diminué, disent-elles.')
d.raw('</div>'); page_end(1)
page_start(2)
d.raw('<div class="frames">')
frame('4/7', 'La presse mécanique et son nouveau carter de protection.', 'Seules deux femmes formées conduisent la presse. Le carter, posé en 2024, empêche les mains d’approcher de la vis.')
frame('5/7', 'La crèche de la coopérative, ouverte à 8 h.', 'Douze enfants de moins de trois ans y sont gardés pendant que leurs mères travaillent. Avant, les bébés restaient à côté des meules.')
frame('6/7', 'Signature, en mai 2025, de l’accord de coopération entre l’Union des coopératives féminines de l’arganier (UCFA) et la Caisse nationale de sécurité sociale (CNSS).', 'Depuis, Fatima a sa carte d’assurée. Elle l’a utilisée pour la première fois cet été, lors de l’opération de sa fille.', credit='© OIT/S. Ouhammou')
frame('7/7', 'Les flacons partent vers Casablanca.', 'L’huile est vendue à Argania Cosmétiques SA, au titre de la lettre d’intention que l’entreprise a signée avec l’UCFA l’an passé : un prix plancher et un paiement à trente jours.')
d.raw('</div>'); page_end(2)
page_start(3)
d.h('Les partenaires de la coopérative', 1)
d.raw('<div class="two"><div>')
d.p('La Province d’Essaouira, l’Agence nationale pour le développement des zones oasiennes et de l’arganier (ANDZOA) et l’UCFA : trois partenaires réunis depuis 2022 par un mémorandum d’entente sur les ateliers de concassage.')
d.p('Le projet s’inscrit dans le programme conjoint d’ONU Femmes et du Bureau international du Travail (BIT), lancé en 2024 et prévu jusqu’en 2027.')
d.p('La subvention accordée par Danida, l’agence danoise de développement, au BIT a démarré en 2023 ; sa dernière tranche sera versée en 2026.')
d.p('L’Office national du conseil agricole (ONCA) forme les cueilleuses à la taille des arbres, sans être signataire. Les données viennent du Haut-Commissariat au Plan (HCP).', cls='fine')
d.raw('</div><div>')
d.h('La coopérative en chiffres', 2)
d.tab([], [['Membres', '86'], ['Affiliées à la CNSS', '71'], ['Enfants accueillis à la crèche', '12'], ['Revenu mensuel moyen, en dirhams', '2 350']], cls='fig', caption='Chiffres de la coopérative Tifaout, septembre 2025.')
d.q('Casser les noix, c’est le travail de ma mère et de ma grand-mère. Moi, j’ai une carte d’assurée et un reçu à la fin du mois.', 'Fatima Aït Brahim', 'casseuse de noix, coopérative Tifaout', cls='pull', open_='« ', close=' »')
d.raw('<div class="contact">'); d.h('Contact', 2)
d.contact('Nadia Chraibi', 'chraibi@ilo.org', '+212 5 37 63 52 10')
d.raw(f'<p>{E("Nadia Chraibi")}</p>'); d.i('Chargée de programme, bureau de l’OIT à Rabat'); d.i('Tél. : +212 5 37 63 52 10'); d.i('Courriel : chraibi@ilo.org')
d.raw(f'<p>{E(d.link("www.ilo.org/algiers"))}</p></div>')
d.raw('</div></div>')
d.raw('<div class="frames">')
frame(d.f('Épilogue'), 'Le soir, cours d’alphabétisation dans la salle de la coopérative.', 'Trois soirs par semaine, Fatima apprend à lire. « Je veux comprendre mon contrat toute seule », dit-elle.', wide=True)
d.raw('</div>')
page_end(3)
d.orgs('coopérative Tifaout', ('Union des coopératives féminines de l’arganier', 'UCFA'), ('Caisse nationale de sécurité sociale', 'CNSS'), 'Argania Cosmétiques SA', 'Province d’Essaouira',
       ('Agence nationale pour le développement des zones oasiennes et de l’arganier', 'ANDZOA'), ('ONU Femmes', None), ('Bureau international du Travail', 'BIT'), 'Danida',
       ('Office national du conseil agricole', 'ONCA'), ('Haut-Commissariat au Plan', 'HCP'))
d.countries('MA')
d.ps(['UCFA', 'CNSS'], 'cooperation_agreement', 2025)
d.ps(['Argania Cosmétiques SA', 'UCFA'], 'letter_of_intent', 2024)
d.ps(['Province d’Essaouira', 'ANDZOA', 'UCFA'], 'memorandum_of_understanding', 2022)
d.ps(['ONU Femmes', 'BIT'], 'programme', 2024, 2027)
d.ps(['Danida', 'BIT'], 'funding', 2023, 2026)
d.build_chromium()
