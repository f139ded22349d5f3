from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand\familydefault\sfdefault
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}\usepackage{xcolor}\usepackage{multicol}\usepackage{booktabs}\usepackage{fancyhdr}
\definecolor{plum}{HTML}{6B2D5C}\definecolor{pale}{HTML}{F4ECF1}
\setlength{\columnseprule}{0.4pt}\setlength{\columnsep}{5mm}\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\footnotesize\color{plum} HEADL}\fancyhead[R]{\footnotesize\color{plum} HEADR}
\fancyfoot[C]{\footnotesize FOOTC}
\newcommand{\art}[1]{{\large\bfseries\color{plum}#1\par}\smallskip}
\newcommand{\brief}[1]{{\normalsize\bfseries\color{plum}#1\par}\smallskip}
'''
d = TeX('blind8-04-en-home-care', 'en', 'pdflatex', 'blind-newsletter-inbrief', 'home-care workers', preamble=pre)
hl = d.fu('Care Matters · Issue 3'); hr = d.fu('ILO Office for Central and Eastern Europe')
d.preamble = d.preamble.replace('HEADL', d.e(hl)).replace('HEADR', d.e(hr))
d.raw(r'\thispagestyle{fancy}\fancyfoot[C]{\footnotesize ' + d.e(d.furn('Page 1 of 2')) + '}')
d.raw(r'\colorbox{plum}{\parbox{\dimexpr\textwidth-2\fboxsep}{\color{white}\vspace{2mm}{\Huge\bfseries ' + d.e(d.ign('CARE MATTERS')) + r'}\hfill{\small ' + d.e(d.ign('Newsletter on home care in Moldova · Winter 2025')) + r'}\vspace{2mm}}}\par\medskip')
d.T('A protocol on working time, at last, for Moldova’s home carers', fmt=r'{\LARGE\bfseries\color{plum} %s\par}\smallskip')
d.p('Carers who visit older people at home in Chisinau and Balti will have their travel time counted as working time from January', fmt=r'{\itshape %s\par}\medskip')
d.raw(r'\noindent\begin{minipage}[t]{0.68\textwidth}\vspace{0pt}\begin{multicols}{2}')
d.h('Travel time becomes working time', fmt=r'\art{%s}')
d.p('A home carer in Moldova visits five to seven clients a day, often on foot or by trolleybus. Until now, only the minutes spent inside a client’s home were paid.')
d.p('That changes with the protocol signed in March 2025 by the Health and Social Care Workers’ Union “Sanatatea” and the Association of Home Care Providers of Moldova (AHCP). The text counts travel between clients as working time and caps a working day at eight visits.')
d.q('For the first time my payslip shows the hours I really work.', 'Valentina Rusu', 'home carer, Botanica district', fmt='\\begin{center}\\itshape\\large ``%s\'\'\\par\\normalsize\\upshape --- %s, %s\\end{center}\n')
d.p('The Ministry of Labour and Social Protection, which chairs the national working group on long-term care, will use the protocol as a model for the public services it finances.')
d.h('Who pays for the project', fmt=r'\art{%s}')
d.p('Sweden finances the “Care Counts” project through the Swedish International Development Cooperation Agency (Sida). Sida and the ILO signed their contribution agreement in 2024; it runs until 2027.')
d.p('The project is also the ILO’s share of a joint programme with UN Women on the care economy, under way since 2023 and planned to close in 2026.')
d.raw(r'\end{multicols}\end{minipage}\hfill\colorbox{pale}{\begin{minipage}[t]{0.27\textwidth}\vspace{0pt}\vspace{1mm}\small\raggedright')
d.h('In brief', level=2, fmt=r'\brief{%s}')
d.ul(['Chisinau Municipality signed a letter of intent with the ILO in November to pay social contributions for carers it hires through private providers.',
      'HelpAge International presented its older-persons survey at the October round table; the survey covers 1,200 households.',
      'New figures: 61,000 people over 75 live alone, according to the National Bureau of Statistics of the Republic of Moldova (NBS).',
      'The next issue, in spring 2026, will focus on the mobile app.'])
d.h('Contact', level=2, fmt=r'\brief{%s}')
d.contact('Elena Ciobanu', 'ciobanu@ilo.org', '+373 22 23 55 10')
d.raw(r'{\small Elena Ciobanu\\ ' + d.e(d.ign('National Coordinator, Care Counts')) + r'\\ ciobanu@ilo.org\\ +373 22 23 55 10\\ ' + d.e(d.link('www.ilo.org/budapest')) + r'\par}\vspace{1mm}\end{minipage}}')
d.furn(hl); d.furn(hr)
d.raw('\n\\newpage\\fancyfoot[C]{\\footnotesize ' + d.e(d.furn('Page 2 of 2')) + '}\n')
d.raw(r'\begin{multicols}{2}')
d.h('Counting the hours: what carers told us', fmt=r'\art{%s}')
d.p('Between May and August the project interviewed 412 home carers. Nine in ten are women, and the average age is 51. Most earn the minimum wage or just above it.')
d.tab([['Finding', 'Share of carers']], [['Travel more than 90 minutes a day', '58 %'], ['Had a back injury in the last year', '37 %'], ['Have a written contract', '64 %'], ['Belong to a union', '22 %']], 'lr',
      caption='Source: Care Counts survey, 2025 (412 carers).')
d.h('A college in Balti twins with Sweden', fmt=r'\art{%s}')
d.p('The Balti College of Social Work and Vårdcollege Västra Götaland launched a twinning in 2025. Teachers from both colleges have rewritten the home-care course around real visits.')
d.ul([('What the new course adds:', ['safe lifting without a hoist;', 'first aid for falls and strokes;', 'how to record hours in the mobile app.']), 'Eighty students start in February.'])
d.h('Employers on board', fmt=r'\art{%s}')
d.p('AHCP members employ about 2,300 carers. Under the protocol they will equip every carer with a travel card paid by the employer. Two large providers, Casa Sperantei and Grija SRL, have already done so.')
d.h('What happens next', fmt=r'\art{%s}')
d.ul(['January 2026: the protocol enters into force.', 'March 2026: first review by the union and AHCP.', ('By the end of 2026:', ['a national occupational standard for home care;', 'a costed plan for extending the rules to rural districts.'])])
d.raw(r'\end{multicols}')
d.orgs('ILO', 'ILO Office for Central and Eastern Europe', 'Health and Social Care Workers’ Union “Sanatatea”', ('Association of Home Care Providers of Moldova', 'AHCP'),
       'Ministry of Labour and Social Protection', 'Sweden', ('Swedish International Development Cooperation Agency', 'Sida'), 'UN Women', 'Balti College of Social Work',
       'Vårdcollege Västra Götaland', 'Chisinau Municipality', 'HelpAge International', ('National Bureau of Statistics of the Republic of Moldova', 'NBS'), 'Casa Sperantei', 'Grija SRL')
d.countries('MD', 'SE')
d.ps(['Health and Social Care Workers’ Union “Sanatatea”', 'AHCP'], 'memorandum_of_understanding', 2025)
d.ps(['Sida', 'ILO'], 'funding', 2024, 2027)
d.ps(['ILO', 'UN Women'], 'programme', 2023, 2026)
d.ps(['Balti College of Social Work', 'Vårdcollege Västra Götaland'], 'partnership', 2025)
d.ps(['Chisinau Municipality', 'ILO'], 'letter_of_intent', 2025)
d.build()
