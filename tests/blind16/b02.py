from common import *
d = TeX('blind16-02-en-organigram-alahsa-datepalms', 'en', 'pdflatex', 'blind-organigram-of-partners', 'date-palm climbers and harvest workers, falls and social insurance')
HL, HR = 'Safer Harvest Initiative · Al-Ahsa', 'Partner map 2025'
d.furn(HL); d.furn(HR); d.furn('Page 1 of 2'); d.furn(HL); d.furn(HR); d.furn('Page 2 of 2')
d.preamble = r'''\documentclass[9.5pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}\usepackage{xcolor,tikz,multicol,booktabs,enumitem,fancyhdr,lastpage,textcomp}
\usetikzlibrary{positioning,arrows.meta}
\definecolor{palm}{HTML}{8a5a14}\definecolor{leaf}{HTML}{3f6b2a}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small %s}\fancyhead[R]{\small %s}\fancyfoot[C]{\small Page \thepage\ of \pageref{LastPage}}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\usepackage{titlesec}\titleformat*{\section}{\large\bfseries\color{palm}}\titleformat*{\subsection}{\normalsize\bfseries\color{leaf}}
\titlespacing*{\section}{0pt}{8pt}{3pt}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlist{itemsep=1pt,topsep=2pt}
''' % (tex_esc(HL), tex_esc(HR))
e = d.e
d.i('ORGANIGRAM OF PARTNERS', r'{\footnotesize\bfseries\color{leaf}%s\par}\smallskip' + '\n')
d.T('Who does what for date-palm workers in Al-Ahsa', r'{\huge\bfseries\color{palm} %s\par}\smallskip' + '\n')
d.p('Al-Hofuf, 15 September 2025 — the bodies behind the safer-harvest initiative for palm climbers, pickers and packers, and the instruments that bind them', r'{\itshape %s\par}' + '\n')
d.h('The partner map')
N = {k: e(d.ign(v)) for k, v in dict(
    coop='Hajar Palm Climbers’ Cooperative', ilo='ILO', rvo='RVO', gosi='GOSI', ncpd='NCPD', omran='Al-Omran Dates & Sons', lift='Harvest Lift',
    kfu='King Faisal University’s College of Agricultural and Food Sciences', hosp='Oasis Bone & Joint Hospital').items()}
L = {k: e(d.ign(v)) for k, v in dict(a='grant 2024–2026', b='MOU 2023', c='Partnership Agreement 2022–2026', dd='LOI 2025', ee='agreement, renewed to 2028', f='agreement 2024–2027').items()}
d.raw(r'''\begin{center}\begin{tikzpicture}[box/.style={draw=palm,thick,rounded corners,fill=palm!8,align=center,text width=34mm,minimum height=10mm,font=\footnotesize},
lab/.style={font=\scriptsize\itshape,fill=white,inner sep=1pt,text=leaf}, >={Stealth}]
\node[box,fill=leaf!15,text width=40mm,minimum height=14mm,font=\small\bfseries] (coop) at (0,0) {%(coop)s};
\node[box] (rvo) at (-6,3.4) {%(rvo)s};
\node[box] (ilo) at (-6,0.9) {%(ilo)s};
\node[box] (gosi) at (0,3.4) {%(gosi)s};
\node[box] (ncpd) at (6,3.4) {%(ncpd)s};
\node[box] (kfu) at (6,0) {%(kfu)s};
\node[box] (hosp) at (0,-3.2) {%(hosp)s};
\node[box] (omran) at (-6,-3.2) {%(omran)s};
\node[box] (lift) at (6,-3.2) {%(lift)s};
\draw[->,thick,leaf] (rvo) -- node[lab]{%(a)s} (ilo);
\draw[thick,leaf] (gosi) -- node[lab]{%(b)s} (coop); \draw[thick,leaf] (ncpd) -- (coop); \draw[thick,leaf] (gosi) -- (ncpd);
\draw[thick,leaf,dashed] (ilo.north east) to[bend left=12] node[lab,pos=0.35]{%(c)s} (ncpd.north west);
\draw[thick,leaf] (omran.south) to[bend right=22] node[lab]{%(dd)s} (lift.south);
\draw[thick,leaf] (kfu) -- node[lab]{%(ee)s} (coop);
\draw[thick,leaf] (hosp) -- node[lab,pos=0.4]{%(f)s} (gosi.south west);
\end{tikzpicture}\end{center}
''' % {**N, **L})
d.i('Lines show signed instruments; the arrow points from the donor to the recipient.', r'{\footnotesize\itshape\color{gray} %s\par}' + '\n')
d.h('How the partnership is built')
d.p('Three bodies signed the 2023 memorandum of understanding that created the initiative: the General Organization for Social Insurance (GOSI), the National Center for Palms and Dates (NCPD) and the Hajar Palm Climbers’ Cooperative. GOSI registers the climbers, NCPD trains the farm owners and the cooperative sends its members to both.')
d.p('The climbing course itself is taught under the ILO–NCPD Partnership Agreement 2022–2026, between the International Labour Organization (ILO) and the centre. The Netherlands Enterprise Agency (RVO) pays for the trainers with a grant to the ILO that runs from 2024 to 2026.')
d.p('King Faisal University’s College of Agricultural and Food Sciences has tested harnesses and ladders for palm climbers since 2021. Its cooperation agreement with the cooperative was renewed last year and now runs until 2028.')
d.p('A letter of intent on mechanical lifts was signed in 2025 by Al-Omran Dates & Sons and Harvest Lift; the first twelve lifts reach the Al-Omran groves in the 2026 season. Injured climbers are treated at Oasis Bone & Joint Hospital, and the Ministry of Human Resources and Social Development of Saudi Arabia inspects the farms.')
d.raw(r'\newpage' + '\n' + r'\begin{multicols}{2}' + '\n')
d.h('Climbing safely')
d.ul([('Check the harness before every climb:', ['no frayed straps or cracked buckles;', 'the rope tied at the right height for the palm.']), 'Never climb alone; a partner stays at the foot of the tree.', 'Stop at noon from June to August.'])
d.h('Before the season', 2)
d.ul(['Register with GOSI through the cooperative.', 'Take the two-day climbing course.', 'Ask the farm owner for a written contract.'], env='enumerate')
d.h('Injuries in figures', 2)
d.tab([['', '2023', '2024']], [['Falls from palms reported', '214', '161'], ['Climbers registered with GOSI', '1,050', '2,380'], ['Climbers trained', '310', '890']], 'lrr',
      caption='Source: GOSI and the General Authority for Statistics (GASTAT).')
d.q('My father climbed with a rope of palm fibre. I climb with a harness, and my name is on the insurance list.', 'Abdullah Al-Mulhim', 'climber, Hajar Palm Climbers’ Cooperative')
d.h('Also involved')
d.p('The Saudi Ministry of Human Resources and Social Development attends the steering meetings but is not a party to the memorandum. The Embassy of Bangladesh sends an observer, as many pickers come from Bangladesh and India. The Al-Ahsa Chamber of Commerce and Industry discussed a packing-house charter with the cooperative, but nothing has been signed. Al-Jafr Printing was paid to print the safety posters, and the Al-Hofuf Falcons Sports Club lends its ground for the climbing practice.')
d.h('Contact', 2)
d.contact('Rania Al-Khatib', 'alkhatib@ilo.org', '+961 1 752 400')
d.raw('Rania Al-Khatib\\\\\n' + e(d.ign('ILO Regional Office for Arab States')) + '\\\\\n' + e(d.ign('Tel.: +961 1 752 400')) + '\\\\\n' + e(d.ign('Email: alkhatib@ilo.org')) + '\\\\\n' + e(d.link('www.ilo.org/arabstates')) + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs('Hajar Palm Climbers’ Cooperative', ('International Labour Organization', 'ILO'), ('Netherlands Enterprise Agency', 'RVO'), ('General Organization for Social Insurance', 'GOSI'),
       ('National Center for Palms and Dates', 'NCPD'), 'Al-Omran Dates & Sons', 'Harvest Lift', 'King Faisal University’s College of Agricultural and Food Sciences',
       'Oasis Bone & Joint Hospital', 'Ministry of Human Resources and Social Development of Saudi Arabia', ('General Authority for Statistics', 'GASTAT'), 'Embassy of Bangladesh',
       'Al-Ahsa Chamber of Commerce and Industry', 'Al-Jafr Printing', 'Al-Hofuf Falcons Sports Club')
d.countries('SA', 'NL', 'BD', 'IN')
d.ps(['GOSI', 'NCPD', 'Hajar Palm Climbers’ Cooperative'], 'memorandum_of_understanding', 2023)
d.ps(['ILO', 'NCPD'], 'cooperation_agreement', 2022, 2026)
d.ps(['RVO', 'ILO'], 'funding', 2024, 2026)
d.ps(['King Faisal University’s College of Agricultural and Food Sciences', 'Hajar Palm Climbers’ Cooperative'], 'cooperation_agreement', 2021, 2028)
d.ps(['Al-Omran Dates & Sons', 'Harvest Lift'], 'letter_of_intent', 2025)
d.ps(['Oasis Bone & Joint Hospital', 'GOSI'], 'cooperation_agreement', 2024, 2027)
d.build()
