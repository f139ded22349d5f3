from common import *
import re
class TeX2(TeX):
    def e(self, s):
        s = tex_esc(s)
        return re.sub(r'(\S*\w-\w\S*)', lambda m: r'\mbox{' + m.group(1) + '}', s)
pre = r'''\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=21mm,bottom=19mm]{geometry}
\usepackage{multicol,enumitem,booktabs,xcolor,fancyhdr,titlesec,microtype,tabularx,colortbl,lastpage}
\DisableLigatures{encoding = *, family = *}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{ink}{HTML}{1F3A5F}\definecolor{amber}{HTML}{E0A100}\definecolor{pale}{HTML}{EEF3F8}
\setlength{\columnsep}{7mm}\setlength{\columnseprule}{0.3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\titleformat{\section}{\large\bfseries\color{ink}}{}{0pt}{}[{\color{amber}\titlerule[1pt]}]\titlespacing*{\section}{0pt}{8pt}{4pt}
\titleformat*{\subsection}{\normalsize\bfseries\color{ink}}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlist{nosep,leftmargin=13pt}
\renewcommand{\thefootnote}{\arabic{footnote}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyhead[L]{\small\color{ink} %s}\fancyhead[R]{\small\color{ink} %s}
\fancyfoot[L]{\small %s}\fancyfoot[R]{\small %s}
\hyphenpenalty=10000\exhyphenpenalty=10000
'''
d = TeX2('blind22-02-en-syllabus-strykow-warehouses', 'en', 'pdflatex', 'blind-course-syllabus', 'night work, forklift safety, manual handling and social insurance of warehouse workers and agency temps', preamble='')
E = d.e
HL = d.furn('Course WH-104 · Safe Nights in the Warehouse'); HR = d.furn('Syllabus, 2026 editions')
FL = d.furn('ILO Office for Central and Eastern Europe · Lodz Regional Vocational Training Centre')
P1 = d.furn('Page 1 of 2'); P2 = d.furn('Page 2 of 2')
d.preamble = pre % (E(HL), E(HR), E(FL), r'Page \thepage{} of 2')
d.raw(r'{\small\bfseries\color{amber} ' + E(d.ign('TRAINING SYLLABUS · OCCUPATIONAL SAFETY AND HEALTH IN LOGISTICS')) + r'\par}\smallskip' + '\n')
d.T('Safe Nights in the Warehouse', r'{\fontsize{24}{27}\selectfont\bfseries\color{ink} %s\par}\smallskip' + '\n')
d.p('Stryków and Lodz, January 2026 — a five-day course for forklift operators, order pickers and shift leaders in the logistics parks along the A1 and A2 motorways', r'{\itshape\large %s\par}\medskip' + '\n')
# course information box
d.raw(r'\noindent\colorbox{pale}{\parbox{\dimexpr\textwidth-2\fboxsep}{\small' + '\n')
d.i('Course information', r'{\bfseries\color{ink} %s\par}\smallskip' + '\n')
kv = [['Code:', 'WH-104 (spring edition 20–24 April, autumn edition 19–23 October)'], ['Length:', 'five days, 36 hours, two of them ending at 02:00'],
      ['Places:', '20 per edition, at least 8 of them for workers hired through temporary work agencies'],
      ['Language:', 'Polish, with Ukrainian interpretation on request'],
      ['Certificate:', 'issued by the Lodz Regional Vocational Training Centre (LRVTC)'],
      ['Funding:', 'Norway Grants, through their 2025–2027 grant to the International Labour Organization (ILO)']]
d.tab([], kv, r'@{}p{22mm}p{150mm}@{}', ruled=False, hfmt='%s')
d.raw(r'}}\par\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('Why this course')
d.p('About 90 000 people work in the warehouses between Stryków, Lodz and Piotrków Trybunalski. Most of the heavy work is done at night, and one picker in three is hired through an agency, often on a contract that changes every month. Accidents with forklifts and pallet trucks are the first cause of serious injury in the sector.')
d.p('Places are free for participants. Employers release their staff on full pay for the five days; agency workers receive a daily allowance from the course budget.')
d.h('Who may apply', 2)
d.ul([('Workers of any warehouse in the Lodz region:', ['forklift and reach-truck operators;', 'order pickers and loaders;', 'shift leaders with fewer than two years in the job.']), 'Agency workers, whatever the length of their current assignment.', 'Health and safety representatives elected by the staff.'])
d.h('Learning outcomes')
d.p('By the end of the course, participants will be able to:')
d.ul(['check a forklift before the shift and refuse one that is unsafe;', ('plan a night shift so that nobody works more than', ['eight hours at night in any 24 hours,', 'four hours without a break;']), 'lift and carry loads with the techniques shown on day 2;', 'read a payslip and a social insurance statement;', 'report an accident and follow up the claim.'], env='enumerate')
d.h('Teaching methods', 2)
d.p('Short talks are followed by practice on the warehouse floor, in pairs, with a trainer for every five participants. The two night sessions take place in a working warehouse, during a real shift.')
d.raw(r'\end{multicols}' + '\n')
d.h('Schedule')
hdr = [['', 'In the classroom', '', 'On the warehouse floor'], ['Day', 'Morning, 08:00–12:00', 'Afternoon, 13:00–16:00', 'Night session, 22:00–02:00']]
rows = [['1', 'Your rights on a night shift', 'The law on working time', '—'],
        ['2', 'Manual handling: the back and the knees', 'Practice with loads of 5 to 25 kg', '—'],
        ['3', 'Forklifts and pallet trucks', 'Daily checks, in pairs', 'Driving in the aisles at night'],
        ['4', 'Contracts and agency work', 'Payslips and social insurance', 'Loading bays and reversing trucks'],
        ['5', 'Reporting an accident', 'Written test and practical test', '—']]
d.table(hdr, rows)
t = [r'\par\smallskip{\small\begin{tabularx}{\textwidth}{@{}p{10mm}XXX@{}}\toprule']
t.append(r' & \multicolumn{2}{c}{\bfseries ' + E(hdr[0][1]) + r'} & \bfseries ' + E(hdr[0][3]) + r' \\ \cmidrule(lr){2-3}\cmidrule(l){4-4}')
t.append(' & '.join(r'\bfseries ' + E(c) for c in hdr[1]) + r' \\ \midrule')
for r in rows: t.append(' & '.join(E(c) for c in r) + r' \\')
t.append(r'\bottomrule\end{tabularx}\par\smallskip{\footnotesize\itshape ' + E(d.ign('Days 3 and 4 end at 02:00; the next morning starts at 10:00 instead of 08:00.')) + r'\par}}' + '\n')
d.raw('\n'.join(t))
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('What to bring', 2)
d.ul(['Safety shoes and a high-visibility vest (both can be borrowed).', 'Your last two payslips, for day 4.', ('For the night sessions:', ['warm clothes for the loading bays;', 'a meal, or the voucher given on day 2.'])])
d.h('Attendance', 2)
d.p('Participants must attend all five days to receive the certificate. Inspectors of the PIP may visit the night sessions unannounced; they observe and do not assess. A participant who falls ill may finish the course in the next edition without applying again.')
d.raw(r'\end{multicols}' + '\n')
d.raw(r'\newpage' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('Assessment')
d.tab([['Component', 'Weight', 'Pass mark']], [['Daily checklists', '20 %', '—'], ['Written test (day 5)', '30 %', '60 %'], ['Practical test on the floor', '50 %', '75 %']], 'lrr', caption='Participants who miss the practical test may take it in the next edition.')
d.p('The certificate of the LRVTC is recognised by the employers who signed the night-work accord (see below). It does not replace the forklift licence of the Office of Technical Inspection (UDT).')
d.h('Trainers')
d.p('Agnieszka Wróbel teaches manual handling at the Central Institute for Labour Protection – National Research Institute (CIOP-PIB). The institute and the LRVTC have worked hand in hand since 2021; their cooperation agreement, renewed last year, now runs until 2027.')
d.p('Taras Melnyk drove reach trucks for eleven years before he became a safety representative. He speaks for the Inter-Company Trade Union of Logistics Workers (MZZPL), which has been a party to the 2024 night-work accord with Kargo Polska sp. z o.o. and Magazyny Bzura from the start.')
d.p('Ewa Kaczmarek is a labour inspector with the National Labour Inspectorate (PIP) in Lodz. She teaches day 4.')
d.h('Course partners')
_t = d.para('The course was written by the ILO and the LRVTC. Three years ago, MZZPL and Kargo Polska sp. z o.o. set up a joint safety committee under a memorandum of understanding, and the committee chose the topics of day 3.')
_f = d.para('The forklift simulator used on day 3 belongs to Lodz University of Technology, which put it at the disposal of the course under a letter of intent signed with the LRVTC in 2025.')
d.raw(E(_t) + r'\footnote{' + E(_f) + '}' + '\\par\n')
d.p('The Social Insurance Institution (ZUS) has underwritten the LRVTC’s printed workbooks since the first edition in 2025.')
d.q('On the night shift you are tired, the aisles are narrow and the truck is heavy. The course taught me to say no to a forklift with bad brakes, and my shift leader listened.', 'Oksana Hrytsenko', 'order picker, autumn 2025 edition')
d.h('Not course partners', 2)
d.p('The Polish Logistics Chamber has criticised the night-work accord and is not a party to it. The Ministry of Family, Labour and Social Policy of Poland was approached to recognise the certificate; the Polish labour ministry has not yet answered. Praca-Plus Staffing, a temporary work agency, plans to send workers to the autumn edition. Hotel Ambasador in Stryków rents us its conference room. Injury figures come from Statistics Poland (GUS).', r'{\small %s\par}' + '\n')
d.h('Reading list', 2)
d.ul(['ILO, Night Work Convention, 1990 (No. 171).', 'CIOP-PIB, Lifting and carrying in warehouses, 2023.', 'PIP, Accidents at work in logistics, annual report 2024.'])
d.h('How to apply', 2)
d.ul(['Fill in the form at the address below by 31 March (spring) or 30 September (autumn).', 'Ask your employer or agency to sign the release form.', 'Wait for the confirmation e-mail, sent two weeks before the course.'], env='enumerate')
d.h('Contact', 2)
d.contact('Marta Kowalczyk', 'kowalczyk@ilo.org', '+36 1 301 4900')
d.raw(r'{\small Marta Kowalczyk\\' + E(d.ign('ILO Office for Central and Eastern Europe, Budapest')) + r'\\' + E(d.ign('Tel.: +36 1 301 4900')) + r'\\' + E(d.ign('Email: kowalczyk@ilo.org')) + r'\\' + E(d.link('www.ilo.org/budapest')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('Lodz Regional Vocational Training Centre', 'LRVTC'), 'Norway Grants', ('International Labour Organization', 'ILO'), ('Office of Technical Inspection', 'UDT'),
       ('Central Institute for Labour Protection – National Research Institute', 'CIOP-PIB'), ('Inter-Company Trade Union of Logistics Workers', 'MZZPL'),
       'Kargo Polska sp. z o.o.', 'Magazyny Bzura', ('National Labour Inspectorate', 'PIP'), 'Lodz University of Technology', ('Social Insurance Institution', 'ZUS'),
       'Polish Logistics Chamber', 'Ministry of Family, Labour and Social Policy of Poland', 'Praca-Plus Staffing', 'Hotel Ambasador', ('Statistics Poland', 'GUS'))
d.countries('NO', 'PL')
d.ps(['Norway Grants', 'ILO'], 'funding', 2025, 2027)
d.ps(['CIOP-PIB', 'LRVTC'], 'cooperation_agreement', 2021, 2027)
d.ps(['MZZPL', 'Kargo Polska sp. z o.o.', 'Magazyny Bzura'], 'cooperation_agreement', 2024)
d.ps(['MZZPL', 'Kargo Polska sp. z o.o.'], 'memorandum_of_understanding', 2023)
d.ps(['Lodz University of Technology', 'LRVTC'], 'letter_of_intent', 2025)
d.ps(['ZUS', 'LRVTC'], 'funding', 2025)
d.build()
