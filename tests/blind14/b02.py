from common import *
pre = r'''\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[margin=18mm,top=22mm]{geometry}\usepackage{booktabs,array,multicol,xcolor,fancyhdr,enumitem,colortbl}
\renewcommand{\familydefault}{\sfdefault}\definecolor{ink}{HTML}{0B4F6C}\definecolor{pale}{HTML}{E4F0F5}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\usepackage{titlesec}\titleformat*{\section}{\large\bfseries\color{ink}}\titleformat*{\subsection}{\normalsize\bfseries}
\titlespacing*{\section}{0pt}{8pt}{3pt}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
'''
d = TeX('blind14-02-en-agenda-tbilisi-buses', 'en', 'pdflatex', 'blind-training-agenda', 'bus drivers, working time and fatigue', preamble=pre)
HL, HR = 'ILO · Safe Hours at the Wheel', 'Training agenda, November 2025'
d.raw(r'\fancyhead[L]{%s}\fancyhead[R]{%s}\fancyfoot[C]{Page \thepage\ of 2}' % (d.e(HL), d.e(HR)))
for p in (1, 2): d.furn(HL); d.furn(HR); d.furn(f'Page {p} of 2')
d.i('THREE-DAY COURSE FOR DRIVERS, DISPATCHERS AND SUPERVISORS', fmt='{\\small\\bfseries\\color{ink}%s\\par}\n')
d.T('Safe hours at the wheel', fmt='{\\Huge\\bfseries %s\\par}\\smallskip\n')
d.p('Tbilisi, 20 October 2025', fmt='{\\itshape %s\\par}\n')
d.h('About the course')
d.p('Bus drivers in Tbilisi work split shifts that can stretch over thirteen hours. This course, run by the International Labour Organization (ILO) with the city’s transport company and both social partners, shows how rosters, breaks and rest rooms can keep drivers alert and passengers safe.')
d.h('By the end of the course you will')
d.ul(['read a duty roster and spot illegal spread-overs;', 'plan a 45-minute break inside a split shift;', ('report a fatigue incident:', ['by the dispatcher hotline;', 'on the paper form kept in every cab.']), 'explain the new rules to a colleague.'], env='enumerate')
d.h('Timetable')
day = [('Day 1 · Tuesday 4 November 2025', [['09:00–10:30', 'Why fatigue kills: the numbers', 'Nino Beridze'], ['10:45–12:30', 'Reading a roster', 'Giorgi Kapanadze'], ['13:30–16:00', 'Simulator session, group A', 'GTU staff']]),
       ('Day 2 · Wednesday 5 November 2025', [['09:00–11:00', 'Breaks, rest rooms and toilets on the route', 'Tamar Lomidze'], ['11:15–12:30', 'The law on working time', 'Labour Inspection Office'], ['13:30–16:00', 'Simulator session, group B', 'GTU staff']]),
       ('Day 3 · Thursday 6 November 2025', [['09:00–10:30', 'Talking about fatigue with your supervisor', 'Nino Beridze'], ['10:45–12:00', 'Action plans by depot', 'all'], ['12:00–12:30', 'Certificates', 'ILO and TTC']])]
for h, rows in day:
    d.h(h, 2)
    d.tab([['Time', 'Session', 'Led by']], rows, r'p{26mm}p{88mm}p{46mm}')
d.raw('\\footnote{' + d.e(d.para('The driving simulator is lent by the Georgian Technical University (GTU) under a letter of intent that it signed with TTC in 2025.')) + '}\n')
d.raw('\\newpage\\begin{multicols}{2}\n')
d.h('Who is behind the course')
d.p('The cooperation agreement between Tbilisi City Hall and Tbilisi Transport Company (TTC) dates from 2021; this spring it was prolonged to the end of 2027, and it now covers rest rooms at the twelve terminus stops.')
d.p('A memorandum of understanding on breaks and rosters was signed in 2024 by the Georgian Trade Union Confederation (GTUC), the Georgian Employers’ Association (GEA) and TTC.')
d.p('The course is paid for by a contribution from the Austrian Development Agency (ADA) to the ILO for 2025–2028.')
d.p('The ILO and the World Health Organization (WHO) launched their joint road-safety programme a year ago, and this course is its first activity in Georgia.')
d.p('The Asian Development Bank (ADB) is financing new buses for the city but is not a party to any of these agreements. Accident figures are from the National Statistics Office of Georgia (Geostat).')
d.h('Practical information')
d.ul([('Venue: TTC training centre, Digomi depot', ['lunch is provided by Sakhli Catering under contract;', 'free parking for staff cars.']), 'Bring your driver’s licence and last month’s roster.', 'Simultaneous interpretation Georgian–English.'])
d.q('I once drove the night bus after a split shift that began at five in the morning. Nobody should have to do that again.', 'Levan Tsiklauri', 'driver and GTUC shop steward, Gldani depot')
d.h('Ratings from the pilot course', 2)
d.tab([['Item', 'Score']], [['Usefulness', '4.6 / 5'], ['Simulator', '4.8 / 5'], ['Length', '3.9 / 5']], r'p{40mm}r', caption='Pilot course, Isani depot, June 2025 (27 participants).')
d.h('Contact', 2)
d.contact('Ana Gelashvili', 'gelashvili@ilo.org', '+995 32 255 0193')
d.raw('Ana Gelashvili\\\\\n'); d.i('ILO National Coordinator, Tbilisi', fmt='%s\\\\\n'); d.i('Tel.: +995 32 255 0193', fmt='%s\\\\\n'); d.i('Email: gelashvili@ilo.org', fmt='%s\\\\\n'); d.raw(d.e(d.link('www.ilo.org/moscow')) + '\\par\n')
d.raw('\\end{multicols}\n')
d.orgs(('International Labour Organization', 'ILO'), ('Tbilisi Transport Company', 'TTC'), ('Georgian Technical University', 'GTU'), 'Labour Inspection Office', 'Tbilisi City Hall',
       ('Georgian Trade Union Confederation', 'GTUC'), ('Georgian Employers’ Association', 'GEA'), ('Austrian Development Agency', 'ADA'), ('World Health Organization', 'WHO'),
       ('Asian Development Bank', 'ADB'), ('National Statistics Office of Georgia', 'Geostat'), 'Sakhli Catering')
d.countries('GE')
d.ps(['GTU', 'TTC'], 'letter_of_intent', 2025)
d.ps(['Tbilisi City Hall', 'TTC'], 'cooperation_agreement', 2021, 2027)
d.ps(['GTUC', 'GEA', 'TTC'], 'memorandum_of_understanding', 2024)
d.ps(['ADA', 'ILO'], 'funding', 2025, 2028)
d.ps(['ILO', 'WHO'], 'programme', 2024)
d.build()
