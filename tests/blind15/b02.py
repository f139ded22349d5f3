from common import *
pre = r'''\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=17mm]{geometry}
\usepackage{multicol,fancyhdr,xcolor,booktabs,enumitem,array}
\definecolor{apr}{HTML}{C8621B}\definecolor{ink}{HTML}{2B2B3A}
\setlength{\columnsep}{6mm}\setlength{\columnseprule}{0.3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\setlist{nosep,leftmargin=12pt}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\footnotesize\color{apr} %s}\fancyhead[R]{\footnotesize\color{ink} %s}
\fancyfoot[R]{\small\bfseries\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\makeatletter\renewcommand\section{\@startsection{section}{1}{0pt}{6pt}{2pt}{\large\bfseries\color{apr}}}
\renewcommand\subsection{\@startsection{subsection}{2}{0pt}{4pt}{1pt}{\normalsize\bfseries\color{ink}}}\makeatother
\newcommand{\kpi}[2]{\colorbox{apr!12}{\begin{minipage}[t][17mm]{0.225\textwidth}\centering\vspace{1mm}{\fontsize{20}{22}\selectfont\bfseries\color{apr}#1}\par\vspace{1mm}{\scriptsize #2}\end{minipage}}}
'''
d = TeX('blind15-02-en-annualreport-sughd-apricots', 'en', 'pdflatex', 'blind-annual-report-kpi', 'women in apricot drying yards: heat, sulphur, contracts, social insurance')
HL, HR = 'ILO Annual Report 2025', 'Chapter 4 · Central Asia'
d.preamble = pre % (tex_esc(HL), tex_esc(HR))
for _ in (1, 2): d.furn(HL); d.furn(HR)
d.furn('38'); d.furn('39')
E = d.e
d.raw(r'\setcounter{page}{38}' + '\n')
d.i('CHAPTER 4 · TAJIKISTAN', r'{\footnotesize\bfseries\color{apr}%s\par}\smallskip' + '\n')
d.T('Sun-dried, not sun-struck: the apricot season in Sughd', r'{\fontsize{22}{25}\selectfont\bfseries\color{ink}%s\par}\smallskip' + '\n')
d.p('Isfara and Khujand, Tajikistan — results for the year ended 31 December 2025', r'{\large\itshape %s\par}\medskip' + '\n')
tiles = [('3 870', 'women insured'), ('46', 'yards inspected'), ('38 %', 'fewer heat cases'), ('12', 'savings groups')]
d.raw(r'\noindent' + ''.join(r'\kpi{%s}{%s}\hfill' % (E(d.ign(a)), E(d.ign(b))) for a, b in tiles[:-1]) + r'\kpi{%s}{%s}' % (E(d.ign(tiles[-1][0])), E(d.ign(tiles[-1][1]))) + '\n\n\\medskip\n')
d.raw(r'{\color{apr!35}\rule{\textwidth}{42mm}}\par' + '\n')
d.raw(r'{\scriptsize\itshape ' + E(d.ign('Apricots drying on a roof in Isfara district, July 2025.')) + r'\hfill\upshape ' + E(d.credit('Photo: ILO/Dilnoza Karimova')) + r'\par}\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('The year in brief')
d.p('Every summer the apricot orchards of Isfara and Kanibadam are picked, pitted and dried in yards behind the houses. Most of the men have gone to work in Russia, so the yards are run by women, often with their daughters. In 2025 the project worked in 46 yards with the Ministry of Labour, Migration and Employment of Population of Tajikistan and with the yard owners themselves.')
d.h('At the drying yards')
d.h('Heat and sulphur', 2)
d.ul([('Shade and water at every drying floor:', ['a shaded rest place within 30 metres;', 'drinking water refilled twice a day.']), 'Sulphur burning only in closed chambers, never beside the sleeping rooms.', 'No work on the drying roofs after 13:00 in July and August.'])
d.h('Pay and contracts', 2)
d.ul(['A written seasonal contract before the first crate is pitted.', ('Pay by weight, weighed in front of the worker:', ['the scale checked by the union each month;', 'a copy of the weight slip for the worker.']), 'Social insurance paid from the first day of the season.'], env='enumerate')
d.h('Results against targets')
d.tab([['Indicator', '2023', 'Target 2025', '2025']],
      [['Yards with shade and water', '9', '40', '44'],
       ['Women with a written contract', '410', '2 500', '2 930'],
       ['Yards inspected under the 2023 letter of intent between Isfara Town Council and FITUT', '12', '40', '46'],
       ['Heat-illness cases treated', '215', '150', '133']],
      r'>{\raggedright\arraybackslash}p{0.43\columnwidth}rrr', caption='Source: project monitoring; 2023 is the baseline year.')
d.p('In Vorukh, Mavjuda Rahimova’s yard dries eight tonnes of apricots a season with eleven women. Last summer it was the first in the enclave to put up a shade roof, and all eleven women now have a contract and a social insurance number. Her neighbours copied the roof within a month.')
d.raw(r'\end{multicols}\newpage\begin{multicols}{2}' + '\n')
d.h('Partners')
d.p('The 2024 memorandum on seasonal contracts bears the signatures of the Tajik Ministry of Labour, Migration and Employment of Population, the Federation of Independent Trade Unions of Tajikistan (FITUT) and the Sughd Dried Fruit Exporters’ Association.')
d.p('In 2025 Khujand State University, Isfara Central District Hospital, FITUT and Shirin-Meva LLC concluded a cooperation agreement on first aid for heat illness; students of the university’s medical faculty spend August at the yards.')
d.p('The Czech Development Agency pays for the shade roofs and sulphur chambers through a grant to the International Labour Organization (ILO) that runs from 2024 to 2026. The savings groups were started in 2023, and the ILO has run them since with support from the Aga Khan Foundation (AKF).')
d.p('All of this is part of the joint programme of the ILO and UN Women on rural women’s work, begun in 2022 and due to end in 2026.')
d.raw(r'\columnbreak' + '\n')
d.p('The State Labour Inspection Service joined the yard visits as an observer. Almaty Nuts Trading LLP, the largest buyer, was invited to the talks but has signed nothing. Posters were printed by Kuhistan Print under a paid order; population figures are from the Agency on Statistics under the President of the Republic of Tajikistan.', r'{\small %s\par}' + '\n')
d.q('My mother dried apricots on the roof until she fainted. My daughter dries them in the shade, with a contract in her pocket.', 'Mavjuda Rahimova', 'yard owner and FITUT member, Vorukh', fmt='\\begin{quote}\\itshape\\color{ink} ``%s\'\'\\par\\upshape\\small\\hfill --- %s, %s\\end{quote}\n')
d.h('Looking ahead')
d.ul([('In the 2026 season the project will:', ['extend the contracts to the pitting workshops in Kanibadam;', 'train 60 yard owners as first-aiders.']), 'Publish the yard safety checklist in Tajik, Uzbek and Russian.', 'Hand the savings groups over to a local microfinance body.'])
d.h('Contact', 2)
d.contact('Farrukh Nazarov', 'nazarov@ilo.org', '+992 44 600 5623')
d.raw(r'{\small Farrukh Nazarov\\ ' + E(d.ign('ILO National Coordinator in Tajikistan')) + r'\\ ' + E(d.ign('Tel.: +992 44 600 5623')) + r'\\ ' + E(d.ign('Email: nazarov@ilo.org')) + r'\\ ' + E(d.link('www.ilo.org/moscow')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('Ministry of Labour, Migration and Employment of Population of Tajikistan'), ('Federation of Independent Trade Unions of Tajikistan', 'FITUT'), 'Isfara Town Council',
       'Sughd Dried Fruit Exporters’ Association', 'Khujand State University', 'Isfara Central District Hospital', 'Shirin-Meva LLC', 'Czech Development Agency',
       ('International Labour Organization', 'ILO'), ('Aga Khan Foundation', 'AKF'), 'UN Women', 'State Labour Inspection Service', 'Almaty Nuts Trading LLP', 'Kuhistan Print',
       'Agency on Statistics under the President of the Republic of Tajikistan')
d.countries('TJ', 'RU')
MIN = 'Ministry of Labour, Migration and Employment of Population of Tajikistan'
d.ps(['Isfara Town Council', 'FITUT'], 'letter_of_intent', 2023)
d.ps([MIN, 'FITUT', 'Sughd Dried Fruit Exporters’ Association'], 'memorandum_of_understanding', 2024)
d.ps(['Khujand State University', 'Isfara Central District Hospital', 'FITUT', 'Shirin-Meva LLC'], 'cooperation_agreement', 2025)
d.ps(['Czech Development Agency', 'ILO'], 'funding', 2024, 2026)
d.ps(['AKF', 'ILO'], 'funding', 2023)
d.ps(['ILO', 'UN Women'], 'programme', 2022, 2026)
d.build()
