from common import *
import re
class Typ2(Typ):
    def e(self, s):
        s = typ_esc(s)
        return re.sub(r'(\S*\w\\-\w\S*)', lambda m: '#box[' + m.group(1) + ']', s)
d = Typ2('blind19-03-fr-bareme-liege-titresservices', 'fr', 'typst', 'blind-rate-card', 'salaires, prix, frais et sécurité sociale des aides ménagères des titres-services', preamble='')
E = d.e
HL = d.furn('Barème 2026 des titres-services · Wallonie')
HR = d.furn('BIT · Bureau pour l’Union européenne et les pays du Benelux')
d.preamble = '''#set page(paper: "a4", margin: (x: 14mm, top: 19mm, bottom: 14mm),
  header: text(7.5pt, fill: rgb("#5b2a86"))[#grid(columns: (1fr, auto), [%s], [%s]) #v(-5pt) #line(length: 100%%, stroke: 0.4pt + rgb("#5b2a86"))])
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "fr")
#set par(justify: false, leading: 0.5em, spacing: 0.72em)
#show heading.where(level: 1): it => block(above: 0.9em, below: 0.45em)[#text(11pt, weight: "bold", fill: rgb("#5b2a86"))[#it.body]]
#show heading.where(level: 2): it => block(above: 0.8em, below: 0.4em)[#text(9pt, weight: "bold")[#it.body]]
#set list(indent: 0.4em, body-indent: 0.5em, spacing: 0.45em)
#set enum(indent: 0.4em, body-indent: 0.5em, spacing: 0.45em)
#set table(stroke: (x, y) => (bottom: 0.4pt + luma(170)), inset: (x: 4pt, y: 3.2pt))
#show table.cell.where(y: 0): set text(weight: "bold")
''' % (E(HL), E(HR))
R = d.raw
def para(s, style=None):
    s = d.para(s)
    R((style % E(s)) if style else E(s)); R('\n\n')
def head(s, lvl=1):
    s = d.heading(s, lvl); R('=' * lvl + ' ' + E(s) + '\n')
def bl(items, numbered=False):
    m = '+' if numbered else '-'
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; R(f'{m} ' + E(d.bullet(t, 1)) + '\n')
            for x in sub: R('  - ' + E(d.bullet(x, 2)) + '\n')
        else: R(f'{m} ' + E(d.bullet(it, 1)) + '\n')
    R('\n')
def cap(s): R('#text(7pt, style: "italic", fill: luma(90))[' + E(d.ign(s)) + ']\n\n')
def tab(cols, header, rows, align='left', hdr_raw=None, fill='rgb("#efe6f6")'):
    h, r = d.table(header, rows)
    cells = []
    if hdr_raw: cells.append(hdr_raw)
    else: cells.append('table.header(' + ', '.join('[' + E(c) + ']' for c in h[0]) + ')')
    for row in r: cells.append(', '.join('[' + E(c) + ']' for c in row))
    R(f'#table(columns: {cols}, align: {align}, fill: (x, y) => if y == 0 {{ {fill} }},\n' + ',\n'.join(cells) + ')\n')
R('#text(8pt, weight: "bold", tracking: 1.5pt, fill: rgb("#c2185b"))[' + E(d.ign('BARÈME · À AFFICHER DANS LES AGENCES')) + ']\n\n')
t = d.title('Ce que vaut une heure de ménage en 2026 : salaires, prix et frais')
R('#text(19pt, weight: "bold", fill: rgb("#3a1a5c"))[' + E(t) + ']\n\n')
para('Liège et Charleroi, janvier 2026 – barème pour les aides ménagères des entreprises de titres-services, leurs délégués syndicaux et les utilisateurs', '#text(9.2pt, style: "italic")[%s]')
para('En Wallonie, près de 38 000 aides ménagères, presque toutes des femmes, nettoient des maisons payées en titres-services. Ce barème réunit sur une page ce qu’elles doivent toucher et ce que paie l’utilisateur. Il a été établi par le Bureau international du Travail (BIT) avec la Fédération générale du travail de Belgique (FGTB) et la Confédération des syndicats chrétiens (CSC).')
head('1. Salaire horaire brut selon l’ancienneté')
hdr = 'table.header(table.cell(rowspan: 2, align: horizon)[' + E(d.f('Ancienneté dans le secteur')) + '], table.cell(colspan: 2, align: center)[' + E(d.f('Salaire horaire brut')) + '], table.cell(rowspan: 2, align: horizon)[' + E(d.f('Prime de fin d’année')) + '], [2025], [2026])'
h1 = [['Ancienneté dans le secteur', 'Salaire horaire brut', '', 'Prime de fin d’année'], ['', '2025', '2026', '']]
rows = [['Moins d’un an', '14,21 €', '14,49 €', '—'], ['1 an', '14,38 €', '14,66 €', '4,8 % du brut annuel'], ['2 ou 3 ans', '14,52 €', '14,81 €', '5,2 % du brut annuel'], ['4 ou 5 ans', '14,80 €', '15,10 €', '5,6 % du brut annuel'], ['6 ans et plus', '15,03 €', '15,33 €', '6 % du brut annuel']]
hh, rr = d.table(h1, rows)
R('#table(columns: (1.3fr, 1fr, 1fr, 1.5fr), align: (left, right, right, left), fill: (x, y) => if y < 2 { rgb("#efe6f6") },\n' + hdr + ',\n' + ',\n'.join(', '.join('[' + E(c) + ']' for c in row) for row in rr) + ')\n')
cap('Montants indexés au 1er janvier 2026. L’ancienneté acquise chez un autre employeur du secteur compte aussi.')
R('#columns(2, gutter: 9mm)[\n')
head('2. Ce que paie l’utilisateur')
tab('(1.4fr, 1fr, 1fr)', [['Titres achetés dans l’année', 'Prix d’un titre', 'Après réduction d’impôt']], [['1 à 400', '10,00 €', '9,10 €'], ['401 à 500', '11,00 €', '10,01 €'], ['au-delà de 500', 'non autorisé', '—']], align='(left, right, right)')
cap('Un titre paie une heure de travail. L’utilisateur ne verse jamais d’argent liquide à l’aide ménagère.')
head('3. Frais remboursés à l’aide ménagère')
tab('(1.5fr, 1.2fr)', [['Frais', 'Montant 2026']], [['Déplacement entre deux clients', '0,4280 € par km'], ['Transport en commun', '100 % de l’abonnement'], ['Vêtements de travail', 'fournis, ou 1,20 € par semaine'], ['Formation de 9 heures par an (convention IPEPS–UWETS 2022–2025)', 'payée comme du temps de travail']], align='(left, left)')
head('4. Cotisations et protection sociale', 1)
bl([('Sur chaque fiche de paie :', ['cotisation personnelle à l’ONSS de 13,07 % du brut ;', 'précompte professionnel selon la situation familiale.']), 'Accident sur le chemin du travail : couvert par l’assurance de l’employeur.', 'Maladie : salaire garanti pendant 30 jours, puis indemnités de la mutualité.'])
head('Avant de signer un contrat', 2)
bl(['Vérifiez que le nombre d’heures par semaine est écrit.', 'Demandez la liste des produits utilisés chez les clients.', 'Gardez vos fiches de paie cinq ans.'], numbered=True)
R('#colbreak()\n')
head('Qui est derrière ce barème ?')
para('L’Union wallonne des entreprises de titres-services (UWETS) est partie à la convention sectorielle de 2025 sur les déplacements avec la FGTB et la CSC : c’est elle qui fixe le tarif au kilomètre.')
para('La coopérative Net’Solidaire, employeur de 240 aides ménagères à Seraing, et la Ligue des familles travaillent main dans la main depuis 2019 pour trouver des remplaçantes quand une travailleuse est malade.')
para('Le module « Dos et produits » de l’Institut provincial d’enseignement de promotion sociale de Seraing (IPEPS) est parrainé par le Forem depuis 2023. Un protocole d’accord a été signé il y a deux ans par le Centre hospitalier universitaire de Liège (CHU de Liège) et la CSC pour suivre les troubles du dos des aides ménagères ; ses médecins donnent une heure du module.')
para('La garderie pour enfants malades de Clair & Net SRL, à Charleroi, fonctionne depuis 2024 avec le soutien financier de Solidaris. Les frais de la présente édition sont pris en charge par le Service public de Wallonie (SPW), qui en a confié la rédaction au BIT.')
q, s_, r_ = d.quote('Avant, je ne savais pas que mes kilomètres entre deux clients devaient m’être payés. Maintenant je les note dans un carnet, tous les jours.', 'Fatima Ouali', 'aide ménagère et déléguée CSC, Herstal')
R('#block(inset: (left: 8pt, y: 4pt), stroke: (left: 2.5pt + rgb("#c2185b")))[#text(9pt, style: "italic")[«~' + E(q) + '~»] \\ #text(7.5pt)[— ' + E(s_) + ', ' + E(r_) + ']]\n\n')
para('Maison Propre Charleroi envisage de rejoindre la convention sectorielle. L’Association des utilisateurs de titres-services critique la hausse des prix et n’est partie à aucun accord. Le Service public fédéral Emploi, Travail et Concertation sociale a été sollicité pour cosigner le barème mais a décliné ; le ministère fédéral de l’Emploi publie seulement les barèmes officiels. Radio Ourthe 107.2 diffuse les montants dans un espace publicitaire payé. La Maison syndicale de Liège accueille les permanences. Les taux de cotisation viennent de l’Office national de sécurité sociale (ONSS).', '#text(7.6pt)[%s]')
head('Contact', 2)
d.contact('Élise Vandenberghe', 'vandenberghe@ilo.org', '+32 2 736 59 42')
R('#text(7.8pt)[Élise Vandenberghe \\ ' + E(d.ign('Bureau de l’OIT pour l’Union européenne et les pays du Benelux, Bruxelles')) + ' \\ ' + E(d.ign('Tél. : +32 2 736 59 42')) + ' \\ ' + E(d.ign('Courriel : vandenberghe@ilo.org')) + ' \\ ' + E(d.link('www.ilo.org/brussels')) + ']\n')
R(']\n')
d.orgs(('Bureau international du Travail', 'BIT'), ('Fédération générale du travail de Belgique', 'FGTB'), ('Confédération des syndicats chrétiens', 'CSC'),
       ('Institut provincial d’enseignement de promotion sociale de Seraing', 'IPEPS'), ('Union wallonne des entreprises de titres-services', 'UWETS'), ('Office national de sécurité sociale', 'ONSS'),
       'coopérative Net’Solidaire', 'Ligue des familles', 'Forem', ('Centre hospitalier universitaire de Liège', 'CHU de Liège'), 'Clair & Net SRL', 'Solidaris',
       ('Service public de Wallonie', 'SPW'), 'Maison Propre Charleroi', 'Association des utilisateurs de titres-services', 'Service public fédéral Emploi, Travail et Concertation sociale',
       'Radio Ourthe 107.2', 'Maison syndicale de Liège')
d.countries('BE')
d.ps(['IPEPS', 'UWETS'], 'cooperation_agreement', 2022, 2025)
d.ps(['UWETS', 'FGTB', 'CSC'], 'cooperation_agreement', 2025)
d.ps(['coopérative Net’Solidaire', 'Ligue des familles'], 'partnership', 2019)
d.ps(['Forem', 'IPEPS'], 'funding', 2023)
d.ps(['CHU de Liège', 'CSC'], 'memorandum_of_understanding', 2024)
d.ps(['Solidaris', 'Clair & Net SRL'], 'funding', 2024)
d.ps(['SPW', 'BIT'], 'funding', 2026)
d.build(tagged=True)
