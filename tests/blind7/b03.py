from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{amssymb}
\usepackage[a4paper,margin=16mm,top=20mm,bottom=18mm]{geometry}\usepackage{multicol}\usepackage{booktabs}\usepackage{fancyhdr}\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\definecolor{rust}{HTML}{B5451B}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\renewcommand{\labelitemi}{$\square$}\renewcommand{\labelitemii}{$\square$}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}\setlength{\columnseprule}{0.3pt}\setlength{\columnsep}{9mm}
\makeatletter\renewcommand\section{\@startsection{section}{1}{0pt}{8pt}{3pt}{\large\bfseries\sffamily\color{rust}}}
\renewcommand\subsection{\@startsection{subsection}{2}{0pt}{5pt}{2pt}{\normalsize\bfseries\sffamily}}\makeatother
'''
d = TeX('blind7-03-en-quarry-checklist', 'en', 'pdflatex', 'blind-checklist-leaflet', 'dust and machine safety in stone quarries', preamble=pre)
L, R = d.fu('ILO Decent Work Team for Southern Africa · Quarry safety checklist'), None
d.raw(r'\fancyhead[L]{\small\sffamily ' + L + '}')
p1 = d.fu('Page 1 of 1'); p2 = ''
d.raw(r'\fancyfoot[R]{\small\sffamily\ifnum\value{page}=1 ' + p1 + r'\else ' + p2 + r'\fi}')
d.i('SAFE QUARRIES BOTSWANA', fmt=r'{\sffamily\bfseries\color{rust}\small %s\par}')
d.T('Ten minutes before the first blast: a safety checklist for quarry supervisors', fmt=r'{\LARGE\bfseries\sffamily %s\par}\smallskip')
d.p('For crushers and aggregate quarries around Gaborone, Mogoditshane and Lobatse. Tick each box; if one stays empty, the shift does not start.', fmt=r'{\itshape %s\par}\medskip')
d.raw(r'\begin{multicols}{2}')
d.h('Before the shift')
d.ul(['Every worker has a dust mask rated P2 or better, and knows how to fit it.', ('Hearing protection is issued at the gate:', ['ear muffs for crusher operators;', 'plugs for drivers and loaders.']), 'The first-aid box is full and the key is with the shift leader.'])
d.h('At the crusher')
d.ul(['Guards are in place on belts, pulleys and the jaw.', 'The lock-out padlock is on its hook, with the name tag.', ('Nobody clears a blockage while the motor runs:', ['stop, lock, tag, try;', 'one person, one padlock.'])])
d.h('Dust control')
d.ul(['Water sprays work at the feed hopper and the screens.', 'Haul roads were wetted in the last two hours.', 'The dust reading of the previous day is posted at the office.'])
d.h('What the dust readings mean', 2)
d.tab([['Respirable silica', 'Status', 'Action']], [['below 0.05 mg per m3', 'green', 'keep spraying'], ['0.05–0.1 mg per m3', 'amber', 'extra sprays, masks on'], ['above 0.1 mg per m3', 'red', 'stop and report']], 'p{2.4cm}p{1.1cm}p{2.8cm}', caption='Readings from personal samplers, eight-hour average.')
d.h('Blasting')
d.ul(['The blast area is cleared and the siren tested.', 'Only the licensed blaster handles explosives.', 'After the blast, wait 15 minutes before anyone returns.'])
d.raw(r'\columnbreak ')
d.h('Why this checklist?')
d.p('Stone dust contains crystalline silica. Breathed in over years, it causes silicosis, an incurable lung disease, and raises the risk of tuberculosis. A survey of 31 quarries in 2024 found that only one in three crushers had working water sprays.')
d.q('The checklist takes ten minutes. Silicosis takes your whole life.', 'Kabelo Molefe', 'crusher supervisor, Mogoditshane', fmt='\\medskip{\\large\\sffamily\\color{rust} ``%s\'\'\\par}\\smallskip{\\small --- %s, %s\\par}\\medskip\n')
d.h('Who is behind it')
d.p('The “Safe Quarries Botswana” project is run by the International Labour Organization (ILO) with Irish Aid, which funds it under a grant running from 2024 to 2026.')
d.p('Since 2024, the Department of Occupational Health and Safety (DOHS) and the ILO have worked together under a memorandum of understanding; DOHS inspectors use this checklist on their visits.')
d.p('Dust samples are analysed by the Botswana International University of Science and Technology (BIUST), under a collaboration agreement it concluded with DOHS in 2023.')
d.p('Workers and employers stand behind it too. In 2025 the Botswana Federation of Trade Unions (BFTU) and Business Botswana signed a letter of intent on joint safety walks in member quarries.')
d.p('Quarry permits are issued by the Department of Mines and the Gaborone City Council, which were consulted on the checklist but are not parties to these agreements.')
d.h('If something goes wrong', 2)
d.ul(['Stop the machine and keep people away.', 'Call the shift leader, then DOHS within 24 hours for any injury.'])
d.h('Contact', 2)
d.contact('Tshepo Dintwe', 'dintwe@ilo.org', '+27 12 818 8000')
for s in ['Tshepo Dintwe, Project Officer', 'ILO Decent Work Team for Southern Africa, Pretoria', 'Tel.: +27 12 818 8000', 'Email: dintwe@ilo.org']: d.i(s, fmt=r'{\small %s\par}')
d.raw(r'{\small\url{' + d.link('www.ilo.org/pretoria') + r'}\par}')
d.raw(r'\end{multicols}')
d.orgs(('International Labour Organization', 'ILO'), 'Irish Aid', ('Department of Occupational Health and Safety', 'DOHS'), ('Botswana International University of Science and Technology', 'BIUST'), ('Botswana Federation of Trade Unions', 'BFTU'), 'Business Botswana', 'Department of Mines', 'Gaborone City Council', 'ILO Decent Work Team for Southern Africa')
d.countries('BW')
d.ps(['Irish Aid', 'ILO'], 'funding', 2024, 2026)
d.ps(['DOHS', 'ILO'], 'memorandum_of_understanding', 2024)
d.ps(['BIUST', 'DOHS'], 'cooperation_agreement', 2023)
d.ps(['BFTU', 'Business Botswana'], 'letter_of_intent', 2025)
d.build()
