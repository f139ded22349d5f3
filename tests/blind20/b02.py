from common import *
import re
class TeX2(TeX):
    def e(self, s):
        s = tex_esc(s)
        return re.sub(r'(\S*\w-\w\S*)', lambda m: r'\mbox{' + m.group(1) + '}', s)
pre = r'''\documentclass[8pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=14mm,top=18mm,bottom=12mm]{geometry}
\usepackage{multicol,enumitem,booktabs,xcolor,fancyhdr,titlesec,microtype,tabularx,multirow,colortbl}
\DisableLigatures{encoding = *, family = *}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{nut}{HTML}{6B3E1E}\definecolor{leaf}{HTML}{3F6B2A}\definecolor{pale}{HTML}{F4EEDF}
\setlength{\columnsep}{8mm}\raggedcolumns
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\titleformat*{\section}{\large\bfseries\color{nut}}\titlespacing*{\section}{0pt}{8pt}{3pt}
\titleformat*{\subsection}{\normalsize\bfseries\color{leaf}}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlist{nosep,leftmargin=13pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\color{nut} %s}\fancyhead[R]{\small\color{nut} %s}
\renewcommand{\footnoterule}{\vspace*{-3pt}\noindent\rule{40mm}{0.4pt}\vspace*{2pt}}
\hyphenpenalty=10000\exhyphenpenalty=10000
'''
d = TeX2('blind20-02-en-callforapps-zaqatala-hazelnuts', 'en', 'pdflatex', 'blind-call-for-applications', 'traineeships for women shift supervisors, childcare and night transport in hazelnut processing')
HL = d.furn('ILO Office for Azerbaijan · Call for applications ILO/AZ/2026/07')
HR = d.furn('Issued 2 February 2026')
d.preamble = pre % (d.e(HL), d.e(HR))
E = d.e
d.raw(r'\colorbox{nut}{\parbox{\dimexpr\textwidth-2\fboxsep}{\color{white}\bfseries\small ' + E(d.ign('CALL FOR APPLICATIONS')) + r'\hfill ' + E(d.ign('Deadline: 16 March 2026')) + r'}}\par\medskip' + '\n')
d.T('Become a shift supervisor: 30 paid traineeships for women in hazelnut processing', r'{\LARGE\bfseries\color{nut} %s\par}\smallskip' + '\n')
d.p('Zaqatala, 2 February 2026 — open to women in the Zaqatala, Qax and Balakan districts who sort, crack or pack hazelnuts', r'{\itshape %s\par}\medskip' + '\n')
d.p('Nine out of ten workers on the sorting lines of the north-west are women; almost none of them are supervisors. The International Labour Organization (ILO) and its partners are looking for 30 women who want to lead a shift. The traineeship lasts six months, is paid, and ends with a national qualification.')
d.raw(r'\smallskip\colorbox{pale}{\parbox{\dimexpr\textwidth-2\fboxsep}{\small' + '\n')
d.tab([], [['Places:', '30 (18 in Zaqatala, 12 in Qax)'], ['Duration:', 'April to September 2026, six months'], ['Deadline:', '16 March 2026, 18:00'], ['Interviews:', '23 to 27 March 2026']], r'@{}p{25mm}p{120mm}@{}', ruled=False, hfmt='%s')
d.raw(r'}}\par\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('Who can apply')
d.ul([('Women aged 18 or over who:', ['have worked at least one season in a processing plant;', 'can read and write in Azerbaijani.']), 'Seasonal and permanent workers alike.', 'No diploma is needed.'])
d.h('What you will learn')
d.ul(['How to plan a shift and share the work fairly.', 'Dust, noise and machine safety on the cracking line.', ('Your rights and the rights of your team:', ['hours and breaks;', 'maternity protection.'])])
d.raw(r'\columnbreak' + '\n')
d.h('What we offer')
d.p('Trainees are paid a monthly allowance and keep their place on the line after the course.')
hdr, rws = d.table([['Stage', 'Monthly allowance', ''], ['', 'AZN', 'Hours per week']], [
    ['Classroom, months 1 and 2', '450', '30'],
    ['Practical training in a partner plant, months 3 and 4', '520', '40'],
    ['Supervising with a mentor, months 5 and 6', '600', '40'],
])
d.raw(r'\begin{tabular}{@{}p{34mm}rr@{}}\toprule' + '\n')
d.raw(r'\multirow{2}{*}{\textbf{Stage}} & \multicolumn{2}{c}{\textbf{Monthly allowance}} \\ \cmidrule(l){2-3}' + '\n')
d.raw(r' & \textbf{AZN} & \textbf{Hours per week} \\ \midrule' + '\n')
for i, r in enumerate(rws):
    d.raw(E(r[0]) + (r'\footnotemark' if i == 1 else '') + ' & ' + E(r[1]) + ' & ' + E(r[2]) + r' \\' + '\n')
d.raw(r'\bottomrule\end{tabular}\par' + '\n')
d.i('Allowances are paid on the last working day of the month.', r'{\footnotesize\itshape %s\par}' + '\n')
FN = d.para('Plants taking trainees do so under the memorandum of understanding between the Azerbaijan Entrepreneurs (Employers) Confederation (ASK) and the Zaqatala State Vocational Lyceum, signed in 2023.')
d.raw(r'\footnotetext{' + E(FN) + '}\n')
d.h('Childcare and transport', 2)
d.p('The Zaqatala Women’s Resource Centre is a party to the 2024 childcare agreement with the Zaqatala District Executive Power: trainees’ children under six can stay at the Centre’s day nursery from 7:30 to 17:30.')
d.raw(r'\end{multicols}' + '\n')
d.raw(r'\medskip\hrule\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('How to apply')
d.ul(['Fill in the one-page form, available from your plant’s union representative or at the Centre.', ('Attach:', ['a copy of your identity card;', 'a short letter from a co-worker or foreman.']), 'Hand it in at the Lyceum office by 16 March 2026.', 'Shortlisted applicants are called for an interview.'], env='enumerate')
d.h('How we choose', 2)
d.p('A panel of five reads every form: two members named by the union, one by the employers, one by the Lyceum and one by the ILO. Women who have worked longest on the lines come first when two applicants score the same.')
d.q('I have cracked nuts for eleven seasons. I know every machine on the line, but nobody ever asked me to run the shift.', 'Gulnar Mammadova', 'sorter at Qax Findiq and member of AIWU')
d.raw(r'\columnbreak' + '\n')
d.h('Who makes the traineeship possible')
d.p('A tripartite agreement among the State Employment Agency, ASK and the Agro-Industrial Workers’ Union of Azerbaijan (AIWU), signed in 2025, fixes the allowances and the hours in the table above.')
d.p('Qax Findiq, the largest buyer in the district, sponsors the Lyceum’s supervisor course; its sponsorship, begun in 2024, runs until 2027. Financial support for the ILO’s part of the work came from the Swiss Agency for Development and Cooperation (SDC), through a grant for 2025–2028.')
d.p('A letter of intent on a night bus for the late shift was signed by Alazan Nuts and AIWU last autumn. The call is read out every Friday on Radio Zaqatala 101.4, the union’s media partner since 2022.')
d.h('Also involved', 2)
d.p('The Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan will recognise the qualification; the Azerbaijani labour ministry is not a party to the agreement. Ganja State Agrarian University has applied to host a second course. Caspian Kernel Trading was approached but declined. The European Union (EU) hopes to fund a second round in 2027. Forms are printed by Sheki Print under a paid order, and the interviews take place in a room hired at the Zaqatala Olympic Sports Complex. Employment figures are from the State Statistical Committee (SSC).', r'{\small %s\par}' + '\n')
d.h('Questions', 2)
d.contact('Leyla Huseynova', 'huseynova@ilo.org', '+994 12 497 15 80')
d.raw(r'{\small ' + E('Leyla Huseynova') + r'\\' + E(d.ign('ILO Office for Azerbaijan, Baku')) + r'\\' + E(d.ign('Tel.: +994 12 497 15 80')) + r'\\' + E(d.ign('Email: huseynova@ilo.org')) + r'\\' + E(d.link('www.ilo.org/baku')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('International Labour Organization', 'ILO'), 'Zaqatala Women’s Resource Centre', 'Zaqatala District Executive Power',
       ('Azerbaijan Entrepreneurs (Employers) Confederation', 'ASK'), 'Zaqatala State Vocational Lyceum', 'Qax Findiq', 'State Employment Agency',
       ('Agro-Industrial Workers’ Union of Azerbaijan', 'AIWU'), ('Swiss Agency for Development and Cooperation', 'SDC'), 'Alazan Nuts', 'Radio Zaqatala 101.4',
       'Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan', 'Ganja State Agrarian University', 'Caspian Kernel Trading',
       ('European Union', 'EU'), 'Sheki Print', 'Zaqatala Olympic Sports Complex', ('State Statistical Committee', 'SSC'))
d.countries('AZ')
d.ps(['Zaqatala Women’s Resource Centre', 'Zaqatala District Executive Power'], 'cooperation_agreement', 2024)
d.ps(['ASK', 'Zaqatala State Vocational Lyceum'], 'memorandum_of_understanding', 2023)
d.ps(['State Employment Agency', 'ASK', 'AIWU'], 'cooperation_agreement', 2025)
d.ps(['Qax Findiq', 'Zaqatala State Vocational Lyceum'], 'funding', 2024, 2027)
d.ps(['SDC', 'ILO'], 'funding', 2025, 2028)
d.ps(['Alazan Nuts', 'AIWU'], 'letter_of_intent', 2025)
d.ps(['Radio Zaqatala 101.4', 'AIWU'], 'partnership', 2022)
d.build()
