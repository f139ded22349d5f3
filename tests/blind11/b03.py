from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,margin=22mm,top=26mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{multicol}\usepackage{booktabs}\usepackage{array}\usepackage{enumitem}
\definecolor{sea}{HTML}{0E5E7E}\definecolor{weed}{HTML}{9A7B1C}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\setlist{itemsep=1pt,topsep=2pt}\setlength{\columnsep}{9mm}\setlength{\columnseprule}{0.4pt}
\renewcommand{\headrulewidth}{0.4pt}
\pagestyle{empty}
\newcommand{\enclhead}[1]{{\sffamily\bfseries\Large\color{sea}#1\par}\vspace{2pt}}
'''
d = TeX('blind11-03-en-letter-sargassum', 'en', 'pdflatex', 'blind-letter-enclosures', 'safety of sargassum clean-up workers', preamble=pre)
e = d.e
def style(name, right, n):
    d.raw(r'\fancypagestyle{%s}{\fancyhf{}\fancyhead[L]{\sffamily\footnotesize %s}\fancyhead[R]{\sffamily\footnotesize %s}\fancyfoot[C]{\sffamily\footnotesize %s}}' % (
        name, d.fu('ILO Office for the Caribbean'), d.fu(right), d.fu(f'Page {n} of 3')) + '\n')
# ---------------- page 1: the letter
d.raw(r'{\sffamily\color{sea}\bfseries\large ')
d.i('International Labour Organization', '%s\\par')
d.raw(r'}{\sffamily\footnotesize\color{sea}')
d.i('Decent Work Team and Office for the Caribbean · 6 Stanmore Avenue, Port of Spain, Trinidad and Tobago', '%s\\par')
d.raw(r'}\vspace{1pt}{\color{weed}\rule{\linewidth}{1.2pt}}\par\vspace{6pt}')
d.raw(r'\begin{minipage}[t]{0.55\linewidth}\small ')
for s in ['Mr Kendell Joseph', 'Permanent Secretary', 'Ministry of Labour, Saint Lucia', 'Castries']: d.i(s, '%s\\\\\n')
d.raw(r'\end{minipage}\hfill\begin{minipage}[t]{0.4\linewidth}\raggedleft\small ')
d.i('Port of Spain, 14 November 2025', '%s\\\\\n'); d.i('Our ref.: OSH/LCA/2025/117', '%s\\par')
d.raw(r'\end{minipage}\par\vspace{10pt}')
d.T('Health and safety of sargassum clean-up crews in Vieux Fort and Micoud', r'{\sffamily\bfseries\large\color{sea} Subject: %s\par}')
d.raw(r'\vspace{4pt}')
d.i('Dear Permanent Secretary,')
d.p('Further to our meeting in Castries last month, I write to set out how the ILO can support the crews who clear sargassum seaweed from the beaches of the south and east coasts. Most of the 310 workers are hired by the day, work without gas monitors and are not registered with the National Insurance Corporation.')
d.p('I am pleased to confirm that the Caribbean Development Bank (CDB) has approved a grant to the ILO for the crews’ training and equipment. The approval came in September 2025, and the funds remain available through 2026.')
d.p('We propose three lines of work, described in the enclosed fact sheet:')
d.ul(['a one-day safety induction for every crew member before the next season;', 'gas monitors and respirators for each crew, held by the crew leader;',
      'registration of all crew members with the National Insurance Corporation (NIC).'], env='enumerate')
d.p('A letter of intent received in August from Sargasso Bio-Products Ltd, addressed to the National Conservation Authority (NCA) and offering to buy the collected seaweed for fertiliser, is listed in the second enclosure for information. It could turn a cost into a small source of income for the crews.')
d.p('I would welcome the opportunity to discuss these proposals with you and your colleagues before the end of the year.')
d.i('Yours sincerely,')
d.raw(r'\vspace{14pt}')
d.i('Adrian Baptiste', '\\textbf{%s}\\\\\n'); d.i('Director, ILO Decent Work Team and Office for the Caribbean', '{\\small %s}\\par')
d.raw(r'\vspace{6pt}')
d.h('Enclosures', 2, fmt=r'{\sffamily\bfseries\small %s\par}')
d.ul(['Fact sheet: working safely on sargassum-covered beaches', 'Schedule of agreements and partners'], env='enumerate')
d.i('cc: Director, National Conservation Authority; General Secretary, National Workers Union', '{\\footnotesize %s\\par}')
# ---------------- page 2: enclosure 1
style('encone', 'Enclosure 1 — Fact sheet', 2); style('enctwo', 'Enclosure 2 — Schedule of agreements', 3)
d.raw(r'\newpage\pagestyle{encone}' + '\n')
d.i('ENCLOSURE 1', '{\\sffamily\\footnotesize\\color{weed}\\bfseries %s\\par}')
d.h('Working safely on sargassum-covered beaches', 1, fmt=r'\enclhead{%s}')
d.p('Fact sheet for crew leaders, employers and labour officers, Saint Lucia, 2025', '{\\itshape %s\\par}')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('What is the risk?', 2, fmt=r'{\sffamily\bfseries\color{sea} %s\par}')
d.p('Rotting sargassum releases hydrogen sulphide and ammonia. After two days on the sand, a thick mat can give off enough gas to cause headaches, nausea and, in closed spaces, loss of consciousness. Raking and loading by hand also strains the back and shoulders.')
d.h('What crews need', 2, fmt=r'{\sffamily\bfseries\color{sea} %s\par}')
d.ul([('Equipment for every shift:', ['a personal gas monitor for the crew leader;', 'gloves, boots and a half-face respirator;', 'drinking water and shade.']),
      'Work in the early morning and stop at noon on hot days.', ('A rotation rule:', ['no more than two hours at the tide line;', 'then one hour on loading or rest.'])])
d.h('The first two seasons', 2, fmt=r'{\sffamily\bfseries\color{sea} %s\par}')
d.p('The first large strandings hit the east coast in 2023. Two years later the Department of Labour, the National Workers Union (NWU), the Saint Lucia Employers’ Federation (SLEF) and the NCA put their signatures to a protocol on beach work that sets these rules.')
d.tab([['Gas reading (H2S)', 'What the crew does']],
      [['below 1 ppm', 'normal work'], ['1 to 5 ppm', 'rotate every 30 minutes'], ['5 to 10 ppm', 'respirators on, leader informs NCA'], ['above 10 ppm', 'stop work and leave the beach']],
      r'>{\raggedright}p{0.35\linewidth}>{\raggedright\arraybackslash}p{0.52\linewidth}', caption='Action levels in the 2025 protocol, after PAHO advice.')
d.p('The Pan American Health Organization (PAHO) advised on the exposure limits above but is not a signatory to the protocol.')
d.q('The smell tells you nothing after ten minutes, your nose gets used to it. The monitor does not.', 'Marcia Edmund', 'crew leader, Sandy Beach, Vieux Fort',
    fmt='\\par\\medskip{\\color{sea}\\rule{\\linewidth}{0.6pt}}\\par{\\itshape\\large ``%s\'\'\\par}\\smallskip{\\small --- %s, %s\\par}{\\color{sea}\\rule{\\linewidth}{0.6pt}}\\par\n')
d.h('Crews in figures', 2, fmt=r'{\sffamily\bfseries\color{sea} %s\par}')
d.tab([], [['Crew members', '310'], ['Women', '46 %'], ['Registered with NIC', '58'], ['With a gas monitor', '4 crews of 22']], r'lr', ruled=False); d.raw('\par\smallskip ')
d.p('Counts by the NCA, September 2025; population figures from the Central Statistical Office (CSO).', '{\\footnotesize %s\\par}')
d.raw(r'\end{multicols}' + '\n')
# ---------------- page 3: enclosure 2
d.raw(r'\newpage\pagestyle{enctwo}' + '\n')
d.i('ENCLOSURE 2', '{\\sffamily\\footnotesize\\color{weed}\\bfseries %s\\par}')
d.h('Schedule of agreements and partners', 1, fmt=r'\enclhead{%s}')
d.p('The instruments below are in force for the clean-up programme. Dates are those of signature; an empty cell means no end date was set.')
d.tab([['Parties', 'Instrument', 'Signed', 'Ends']],
      [['CDB; ILO', 'Grant', '2025', '2026'],
       ['Vieux Fort Town Council; Micoud Village Council; NCA', 'Memorandum of understanding on shared crews and trucks', '2024', ''],
       ['Department of Labour; NWU; SLEF; NCA', 'Protocol on beach work', '2025', ''],
       ['Saint Lucia National Trust; Caribbean Youth Environment Network (CYEN)', 'Cooperation agreement on volunteer clean-ups, first signed 2021 and extended', '2021', '2026'],
       ['Sargasso Bio-Products Ltd; NCA', 'Letter of intent (for information)', '2025', '']],
      r'>{\raggedright}p{0.36\linewidth}>{\raggedright}p{0.34\linewidth}cc', caption='Source: ILO Office for the Caribbean, November 2025.')
d.h('Not included in the schedule', 2, fmt=r'\medskip{\sffamily\bfseries\color{sea} %s\par}')
d.ul(['PAHO: technical advice only.', 'Coconut Bay Resort: hosted the crews’ induction day as a venue.', 'Island Mutual Insurance: talks on group accident cover, nothing signed yet.'])
d.h('Contact for this file', 2, fmt=r'\medskip{\sffamily\bfseries\color{sea} %s\par}')
d.contact('Sherlene Alexis', 'alexis@ilo.org', '+1 868 625 0524')
d.raw(r'\textbf{Sherlene Alexis}\\' + '\n'); d.i('Specialist on occupational safety and health', '%s\\\\\n'); d.i('Tel.: +1 868 625 0524', '%s\\\\\n')
d.i('Email: alexis@ilo.org', '%s\\\\\n'); d.raw(e(d.link('www.ilo.org/caribbean')) + '\\par\n')

d.orgs(('International Labour Organization', None), ('ILO Decent Work Team and Office for the Caribbean', None), ('Ministry of Labour, Saint Lucia', None),
       ('Caribbean Development Bank', 'CDB'), ('National Insurance Corporation', 'NIC'), 'Sargasso Bio-Products Ltd', ('National Conservation Authority', 'NCA'),
       'Department of Labour', ('National Workers Union', 'NWU'), ('Saint Lucia Employers’ Federation', 'SLEF'), ('Pan American Health Organization', 'PAHO'),
       ('Central Statistical Office', 'CSO'), 'Vieux Fort Town Council', 'Micoud Village Council', 'Saint Lucia National Trust',
       ('Caribbean Youth Environment Network', 'CYEN'), 'Coconut Bay Resort', 'Island Mutual Insurance')
d.countries('LC', 'TT')
d.ps(['CDB', 'ILO'], 'funding', 2025, 2026)
d.ps(['Sargasso Bio-Products Ltd', 'NCA'], 'letter_of_intent', 2025)
d.ps(['Department of Labour', 'NWU', 'SLEF', 'NCA'], 'memorandum_of_understanding', 2025)
d.ps(['Vieux Fort Town Council', 'Micoud Village Council', 'NCA'], 'memorandum_of_understanding', 2024)
d.ps(['Saint Lucia National Trust', 'CYEN'], 'cooperation_agreement', 2021, 2026)
d.build()
