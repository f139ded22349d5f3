from common import *
import calendar
ID = 'blind13-06-fr-calendrier-tchad-briqueteries'
d = TeX(ID, 'fr', 'pdflatex', 'blind-year-calendar', 'briqueteries, travail des enfants et sécurité')
HL, HR = d.f('Calendrier 2026 des briqueteries'), d.f('OIT · Bureau de pays pour le Tchad')
d.preamble = r'''\documentclass[9pt]{extarticle}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,landscape,margin=11mm,top=15mm,bottom=13mm]{geometry}\usepackage{multicol}\usepackage{fancyhdr}\usepackage[table]{xcolor}\usepackage{booktabs}
\usepackage{enumitem}\usepackage{array}\usepackage{tcolorbox}
\definecolor{brique}{HTML}{a0401f}\definecolor{sable}{HTML}{f6e7cf}
\setlength{\parindent}{0pt}\setlength{\parskip}{2pt}\setlist{nosep,leftmargin=4mm}
\setlength{\columnsep}{6mm}\setlength{\columnseprule}{0.4pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\footnotesize\color{brique} %s}\fancyhead[R]{\footnotesize\color{brique} %s}\fancyfoot[C]{\footnotesize Page \thepage\ sur 2}
''' % (d.e(HL), d.e(HR))
d.t['furniture'] = [HL, HR, 'Page 1 sur 2', HL, HR, 'Page 2 sur 2']
d.alltext += [HL, HR]
R = d.raw
R(r'\colorbox{brique}{\parbox{\dimexpr\linewidth-2\fboxsep}{\color{white}\vspace{1mm}{\footnotesize\bfseries ' + d.e(d.ign('CALENDRIER MURAL · BRIQUETERIES DE N’DJAMENA ET DE MOUNDOU')) + r'}\par')
R(r'{\fontsize{19}{22}\selectfont\bfseries ' + d.e(d.title('Une année sans enfants dans les fours')) + r'}\par')
R(r'{\itshape ' + d.e(d.para('Douze mois de repères pour les briquetiers, leurs familles et les propriétaires de briqueteries · Édition de décembre 2025')) + r'}\vspace{1mm}}}\par\smallskip' + '\n')
MOIS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre']
NOTES = ['Rentrée des classes : les enfants à l’école, pas au moulage.', 'Pic de la saison de cuisson : eau et ombre près des fours.',
         'Chaleur : pause obligatoire de 12 h à 15 h.', 'Visites médicales gratuites à Walia et à Farcha.',
         'Dernières cuissons avant les pluies ; bâches pour les briques crues.', 'Le 12, Journée mondiale contre le travail des enfants.',
         'Saison des pluies : chantiers fermés, formation en maçonnerie.', 'Inscription des enfants à l’école pour la rentrée.',
         'Un an de la lettre d’intention signée en septembre 2025 par Sahel Briques et le SYNABRIT.', 'Reprise du moulage : contrôle de l’âge des aides.',
         'Distribution des gants et des bottes par la coopérative.', 'Bilan de l’année et fixation du prix du millier de briques.']
R(r'\begin{center}' + '\n')
WD = ['L', 'M', 'M', 'J', 'V', 'S', 'D']
for m in range(12):
    weeks = calendar.Calendar(0).monthdayscalendar(2026, m + 1)
    rows = [[str(x) if x else '' for x in w] for w in weeks]
    R(r'\begin{minipage}[t]{0.235\linewidth}' + '\n')
    d.h(f'{MOIS[m]} 2026', 2, fmt=r'{\color{brique}\bfseries %s}\par\vspace{0.5mm}' + '\n')
    hdr, rows = d.table([WD], rows)
    R(r'{\footnotesize\setlength{\tabcolsep}{2.4pt}\renewcommand{\arraystretch}{1.12}\begin{tabular}{*{7}{>{\centering\arraybackslash}p{5.6mm}}}' + '\n')
    R(r'\rowcolor{sable}' + ' & '.join(r'\textbf{%s}' % c for c in hdr[0]) + r' \\' + '\n')
    for r in rows: R(' & '.join((r'\textcolor{brique}{%s}' % c if i == 6 and c else c) for i, c in enumerate(r)) + r' \\' + '\n')
    R(r'\end{tabular}}\par\vspace{0.3mm}' + '\n')
    R(r'{\scriptsize\itshape\raggedright ' + d.e(d.para(NOTES[m])) + r'\par}' + '\n')
    R(r'\end{minipage}' + ('\\hfill\n' if m % 4 != 3 else '\n\n\\vspace{4mm}\n'))
R(r'\end{center}' + '\n\\newpage\n')
R(r'\begin{multicols*}{3}' + '\n')
H1 = r'{\color{brique}\large\bfseries %s}\par\smallskip' + '\n'
H2 = r'\smallskip{\color{brique}\bfseries %s}\par' + '\n'
d.h('Pourquoi ce calendrier ?', 1, fmt=H1)
d.p('Autour de N’Djamena, des centaines de familles moulent et cuisent des briques en terre. Les enfants y portent la terre, retournent les briques et alimentent les fours. Ce calendrier, affiché dans les briqueteries et les écoles, rappelle chaque mois un geste pour la sécurité et pour l’école.')
d.h('Les règles de la briqueterie', 2, fmt=H2)
d.ul([('Pas d’enfant de moins de 15 ans au travail :', ['ni au moulage, ni au portage ;', 'ni près des fours en cuisson.']), 'De 15 à 17 ans, seulement des tâches légères, de jour, hors des fours.',
      ('Pour tous les travailleurs :', ['eau potable et ombre sur le site ;', 'gants pour le défournement*.'])])
d.h('Signaler un enfant au travail', 2, fmt=H2)
d.ul(['Parler d’abord au chef de la briqueterie.', 'Appeler la ligne verte du ministère, le 1313.', 'Prévenir le comité de veille du quartier.'], env='enumerate')
d.h('Les briqueteries en chiffres', 2, fmt=H2)
d.tab([['Indicateur', '2024', '2025']], [['Briqueteries suivies', '64', '118'], ['Enfants retirés des fours', '212', '487'], ['Enfants inscrits à l’école', '160', '431'], ['Briquetiers affiliés à la CNPS', '35', '190']],
      r'>{\raggedright\arraybackslash}p{33mm}rr', caption='Source : Institut national de la statistique, des études économiques et démographiques (INSEED) ; relevés du projet.')
d.raw(r'\columnbreak' + '\n')
d.h('Les partenaires', 1, fmt=H1)
d.p('C’est l’Asdi — l’Agence suédoise de coopération internationale au développement — qui finance le calendrier, dans le cadre d’un don au Bureau international du Travail (BIT) accordé pour 2025-2027.')
d.p('Le protocole d’accord sur le travail des enfants dans les briqueteries date de 2024. Il a été signé par le ministère de la Fonction publique, du Travail et du Dialogue social, le Conseil national du patronat tchadien (CNPT), l’Union des syndicats du Tchad (UST) et le BIT.')
d.p('Lancé en 2023 par le BIT et le Fonds des Nations Unies pour l’enfance (UNICEF), le programme conjoint « Enfance sans briques » prendra fin en 2027.')
d.p('Le Syndicat national des briquetiers du Tchad (SYNABRIT) regroupe les mouleurs et les cuiseurs de Walia, de Toukra et de Farcha.')
d.p('La Mairie de N’Djamena prête la salle des formations. La Croix-Rouge du Tchad a animé les séances de premiers secours, sans être partie au protocole. Un transporteur de sable a été approché, mais rien n’a été signé. Le calendrier a été imprimé par l’Imprimerie Tchad Plus, rémunérée pour ce travail.', r'{\small %s\par}' + '\n')
d.raw(r'\columnbreak' + '\n')
d.q('Mon fils tenait la pelle à dix ans. Aujourd’hui il est en CM2, et je gagne mieux ma vie parce que les prix sont affichés.', 'Achta Mahamat', 'mouleuse de briques à Toukra',
    fmt='\\begin{tcolorbox}[colback=sable,colframe=brique,boxrule=0.6pt,arc=1mm]\\itshape « %s »\\par\\upshape\\small --- %s, %s\\end{tcolorbox}\n')
d.h('Contact', 2, fmt=H2)
d.contact('Djimadoum Ngarlem', 'ngarlem@ilo.org', '+235 22 51 47 30')
d.raw('Djimadoum Ngarlem\\par\n'); d.i('Coordonnateur du projet, OIT N’Djamena'); d.i('Tél. : +235 22 51 47 30'); d.i('Courriel : ngarlem@ilo.org')
d.raw(d.e(d.link('www.ilo.org/yaounde')) + '\\par\\vspace{4mm}\n')
d.p('* Les visites médicales sont assurées par l’hôpital de district de Walia, lié depuis 2022 à la Caisse nationale de prévoyance sociale (CNPS) par une convention prolongée jusqu’en 2026.', r'{\footnotesize %s\par}' + '\n')
d.raw(r'\end{multicols*}' + '\n')
d.orgs(('Syndicat national des briquetiers du Tchad', 'SYNABRIT'), 'Sahel Briques', ('Caisse nationale de prévoyance sociale', 'CNPS'),
       ('Institut national de la statistique, des études économiques et démographiques', 'INSEED'), ('Agence suédoise de coopération internationale au développement', 'Asdi'),
       ('Bureau international du Travail', 'BIT'), 'ministère de la Fonction publique, du Travail et du Dialogue social', ('Conseil national du patronat tchadien', 'CNPT'),
       ('Union des syndicats du Tchad', 'UST'), ('Fonds des Nations Unies pour l’enfance', 'UNICEF'), 'Mairie de N’Djamena', 'Croix-Rouge du Tchad', 'Imprimerie Tchad Plus', 'hôpital de district de Walia', 'OIT N’Djamena')
d.countries('TD')
d.ps(['Sahel Briques', 'SYNABRIT'], 'letter_of_intent', 2025)
d.ps(['Asdi', 'BIT'], 'funding', 2025, 2027)
d.ps(['ministère de la Fonction publique, du Travail et du Dialogue social', 'CNPT', 'UST', 'BIT'], 'memorandum_of_understanding', 2024)
d.ps(['BIT', 'UNICEF'], 'programme', 2023, 2027)
d.ps(['hôpital de district de Walia', 'CNPS'], 'cooperation_agreement', 2022, 2026)
d.build()
