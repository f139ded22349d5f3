from common import *
import re
class TeX2(TeX):
    def e(self, s):
        s = tex_esc(s)
        return re.sub(r'(\S*\w[-–]\w\S*)', lambda m: r'\mbox{' + m.group(1) + '}', s)
d = TeX2('blind21-02-en-syllabus-catanduanes-abaca', 'en', 'pdflatex', 'blind-course-syllabus', 'safety, fair pay and social security of abaca strippers: an extension course', preamble='')
HL = d.furn('Catanduanes State University · Extension Services Office')
HR = d.furn('ABC 104 · Course syllabus')
F1 = d.furn('Page 1 of 2'); d.furn(HL); d.furn(HR); F2 = d.furn('Page 2 of 2')
pre = r'''\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}
\usepackage{multicol,enumitem,booktabs,xcolor,fancyhdr,titlesec,tabularx,array,microtype}
\DisableLigatures{encoding = *, family = *}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{ab}{HTML}{2E6B3A}\definecolor{pale}{HTML}{EEF4E6}
\setlength{\columnsep}{7mm}\setlength{\columnseprule}{0.3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\titleformat*{\section}{\large\bfseries\color{ab}}\titlespacing*{\section}{0pt}{7pt}{2pt}
\titleformat*{\subsection}{\normalsize\bfseries}\titlespacing*{\subsection}{0pt}{5pt}{1pt}
\setlist{nosep,leftmargin=12pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\color{ab} %s}\fancyhead[R]{\small\color{ab} %s}
\fancyfoot[C]{\small Page \thepage\ of 2}
\renewcommand{\thefootnote}{\arabic{footnote}}
\hyphenpenalty=10000\exhyphenpenalty=10000
'''
d.preamble = pre % (d.e(HL), d.e(HR))
E = d.e; R = d.raw
R(r'{\small\bfseries\color{ab} ' + E(d.ign('COURSE SYLLABUS · EXTENSION PROGRAMME')) + r'\par}\smallskip' + '\n')
d.T('Safe, fair and insured: abaca stripping for cooperative members', r'{\LARGE\bfseries %s\par}\smallskip' + '\n')
d.p('Virac, Catanduanes, 10 June 2026 — syllabus of a twelve-week course for abaca strippers, farm owners and officers of fibre cooperatives in the island’s eleven towns', r'{\itshape %s\par}\medskip' + '\n')
kv = [['Course code', 'ABC 104 (non-credit, with certificate)'], ['Schedule', 'Saturdays 08:00 to 11:00, 20 June to 5 September 2026'],
      ['Where', 'stripping shed of the cooperative in Bato, and Room 12 of the College of Agriculture'],
      ['Instructors', 'Engr. Ramil Tabuzo (farm machinery), Dr Liza Vargas (occupational health), Joy Tabor (cooperative management)'],
      ['Fee', 'none for cooperative members; PHP 450 for others']]
d.table([], kv)
R(r'\noindent\colorbox{pale}{\begin{tabularx}{\dimexpr\textwidth-2\fboxsep}{@{}>{\bfseries}p{25mm}X@{}}' + '\n' + '\n'.join(E(a) + ' & ' + E(b) + r' \\' for a, b in kv) + r'\end{tabularx}}\par\medskip' + '\n')
R(r'\begin{multicols}{2}' + '\n')
d.h('Course description')
d.p('Abaca is stripped by hand: the stalk is pulled under a knife pressed against a block, hundreds of times a day. The course teaches strippers how to set the knife and the spindle so that the work tears fewer hands and backs, how the price of each fibre grade is set, and how a self-employed stripper joins the pension and health schemes.')
d.p('It is given by Catanduanes State University (CatSU) with the Bato Abaca Strippers and Growers Cooperative (BASGC) as part of the Fibre Futures project of the International Labour Organization (ILO).')
d.h('Learning outcomes')
R(r'\textbf{' + E(d.para('By the end of the course, participants will be able to:')) + r'}' + '\n')
items = ['set up a stripping knife and a spindle machine safely;', ('recognise the first signs of injury:', ['cuts and infected wounds on the palms;', 'pain in the lower back and the shoulders;']), 'tell the eight fibre grades apart and read a buying slip;', 'register as a voluntary member of the Social Security System (SSS) and of PhilHealth.']
d.ul(items, env='enumerate')
d.h('Weekly plan')
hdr = [['Week', 'Module', 'Hours', ''], ['', '', 'Room', 'Shed']]
rows = [['1–2', 'The knife, the block and the hands', '2', '4'], ['3–4', 'The spindle machine and its guard', '1', '5'], ['5–6', 'Grades, weights and the buying slip', '4', '2'],
        ['7–8', 'Backs, shoulders and the working day', '2', '4'], ['9–10', 'Pension and health cover for the self-employed', '6', '0'], ['11–12', 'Running the cooperative shed; final test', '3', '3']]
d.table(hdr, rows)
R(r'{\small\begin{tabularx}{\columnwidth}{@{}lXrr@{}}\toprule' + '\n')
R(r'\textbf{Week} & \textbf{Module} & \multicolumn{2}{c}{\textbf{Hours}} \\ \cmidrule(l){3-4}' + '\n')
R(r' & & \textbf{Room} & \textbf{Shed} \\ \midrule' + '\n')
for r in rows: R(' & '.join(E(c) for c in r) + r' \\' + '\n')
R(r'\bottomrule\end{tabularx}}\par' + '\n')
d.i('Hours per module. Shed sessions take place at the stripping shed in Bato.', r'{\footnotesize\itshape %s\par}' + '\n')
d.h('Assessment')
d.ul(['Attendance at ten of the twelve sessions.', ('A practical test in week 12:', ['setting the knife in front of the instructor;', 'grading ten bundles of fibre.']), 'No written examination.'])
d.h('What to bring')
d.ul(['Your own stripping knife, if you have one.', 'A valid ID, for the SSS registration in week 9.', 'Gloves are given out at the first session.'])
R(r'\columnbreak' + '\n')
d.h('Grades and prices')
d.p('Module 3 uses the buying prices posted at the PhilFIDA office in Virac in May 2026. Strippers learn to check each grade on their slip against this list.')
d.table([['Grade', 'What it looks like', 'PHP per kg']], [['S2', 'fine, ivory white, cleanly stripped', '118'], ['S3', 'fine, light brown spots', '104'], ['I', 'medium, light ochre', '92'], ['G', 'coarse, dark, uneven', '71'], ['JK', 'hard, streaked, not cleaned', '55']])
R(r'{\small\begin{tabularx}{\columnwidth}{@{}lXr@{}}\toprule\textbf{Grade} & \textbf{What it looks like} & \textbf{PHP per kg} \\ \midrule' + '\n')
for r in d.t['tables'][-1]['rows']: R(' & '.join(E(c) for c in r) + r' \\' + '\n')
R(r'\bottomrule\end{tabularx}}\par' + '\n')
d.i('Buying prices for loose fibre, Virac, May 2026.', r'{\footnotesize\itshape %s\par}' + '\n')
d.h('Rules of the shed')
d.ul(['No one strips with a loose blade: the knife is tightened before every bundle.', ('The spindle machine runs only with its guard:', ['one operator per machine;', 'long sleeves rolled up, hair tied back;', 'the machine is stopped before the fibre is cleared.']), 'Children do not work at the knife or the spindle.', 'A first aid kit stays on the wall by the door, and its key hangs beside it.'])
d.h('The certificate')
d.p('Participants who pass the practical test receive a certificate signed by the university and the cooperative. Graduates may then ask to be assessed for the national certificate for farm machinery operators, as explained below.')
R(r'\end{multicols}\clearpage' + '\n')
d.h('Session calendar')
dates = ['20 Jun', '27 Jun', '4 Jul', '11 Jul', '18 Jul', '25 Jul', '1 Aug', '8 Aug', '15 Aug', '22 Aug', '29 Aug', '5 Sep']
d.table([['Session'] + [str(i) for i in range(1, 13)]], [['Date'] + dates, ['Place'] + ['shed', 'shed', 'shed', 'room', 'room', 'shed', 'shed', 'room', 'room', 'room', 'shed', 'shed']])
tb = d.t['tables'][-1]
R(r'{\small\begin{tabularx}{\textwidth}{@{}l*{12}{>{\centering\arraybackslash}X}@{}}\toprule' + '\n' + ' & '.join(r'\textbf{' + E(c) + '}' for c in tb['header_rows'][0]) + r' \\ \midrule' + '\n')
for r in tb['rows']: R(' & '.join(E(c) for c in r) + r' \\' + '\n')
R(r'\bottomrule\end{tabularx}}\par' + '\n')
d.i('Saturday sessions, 08:00 to 11:00. A session missed because of a typhoon signal is moved to the following Sunday.', r'{\footnotesize\itshape %s\par}\medskip' + '\n')
R(r'\begin{multicols}{2}' + '\n')
d.h('Who makes the course possible')
d.p('The course is offered under a tripartite agreement among CatSU, BASGC and the Philippine Fiber Industry Development Authority (PhilFIDA), signed in 2025, which lets the university use the cooperative’s shed for teaching.')
d.p('CatSU’s partnership with the SSS, begun in 2022, brings an SSS officer to the campus for the registration session each semester. PhilHealth (Philippine Health Insurance Corporation) sends its own officer, without any agreement with the university.')
R(E(d.para('The gloves, knives and spindle guards are sponsored by Tinago Fibres, a buyer in San Andres, which gives the cooperative PHP 180 000 for the 2026 and 2027 courses.')) + r'\footnote{' + E(d.para('Tinago Fibres is also a party to a letter of intent with BASGC, signed in 2026, on paying the grade price on the day of delivery.')) + r'}\par' + '\n')
d.p('A memorandum of understanding was concluded in 2023 between the Technical Education and Skills Development Authority (TESDA) and BASGC, so that graduates can sit the national assessment for farm machinery operators.')
d.p('The Fibre Futures project is carried out with backing from the Department of Foreign Affairs and Trade of Australia (DFAT) for 2024–2027. The earlier agreement between CatSU and Gigmoto Rural Health Unit on hand injuries expired in 2025 and has not been renewed.')
d.q('Most of my students have stripped since they were twelve. They know the knife better than I do. What they have never been shown is that it can be set so that it does not eat their hands.', 'Engr. Ramil Tabuzo', 'instructor, College of Agriculture, CatSU',
    fmt='\\begin{quote}\\itshape ``%s\'\'\\par\\upshape\\small\\hfill --- %s, %s\\end{quote}\n')
d.h('Please note', 2)
d.p('The Department of Labor and Employment (DOLE) sent an observer to the signing; the labour department plans to use the course in Albay. Two exporters in Legazpi were approached about sponsoring the fee but have not answered. Samar Cordage withdrew before signing the tripartite agreement. The Bato Parish Pastoral Center is rented for the closing ceremony, and the figures on injuries come from the Philippine Statistics Authority (PSA).', '{\\small %s\\par}\n')
d.h('Enrolment and contact', 2)
d.contact('Joy Tabor', 'extension@catsu.edu.ph', '+63 52 811 1426')
for s in ['Joy Tabor, course coordinator', 'Extension Services Office, Catanduanes State University, Virac', 'Tel.: +63 52 811 1426', 'Email: extension@catsu.edu.ph']:
    d.i(s, '{\\small %s\\par}\n')
R(r'{\small ' + E(d.link('www.ilo.org/manila')) + r'\par}' + '\n')
R(r'\end{multicols}' + '\n')
d.orgs(('Catanduanes State University', 'CatSU'), ('Bato Abaca Strippers and Growers Cooperative', 'BASGC'), ('International Labour Organization', 'ILO'),
       ('Social Security System', 'SSS'), ('Philippine Health Insurance Corporation', 'PhilHealth'), ('Philippine Fiber Industry Development Authority', 'PhilFIDA'),
       'Tinago Fibres', ('Technical Education and Skills Development Authority', 'TESDA'), ('Department of Foreign Affairs and Trade of Australia', 'DFAT'),
       'Gigmoto Rural Health Unit', ('Department of Labor and Employment', 'DOLE'), 'Samar Cordage', 'Bato Parish Pastoral Center', ('Philippine Statistics Authority', 'PSA'))
d.countries('PH', 'AU')
d.ps(['CatSU', 'BASGC', 'PhilFIDA'], 'cooperation_agreement', 2025)
d.ps(['CatSU', 'SSS'], 'partnership', 2022)
d.ps(['Tinago Fibres', 'BASGC'], 'funding', 2026, 2027)
d.ps(['Tinago Fibres', 'BASGC'], 'letter_of_intent', 2026)
d.ps(['TESDA', 'BASGC'], 'memorandum_of_understanding', 2023)
d.ps(['DFAT', 'ILO'], 'funding', 2024, 2027)
d.ps(['CatSU', 'Gigmoto Rural Health Unit'], 'cooperation_agreement', None, 2025)
d.build()
