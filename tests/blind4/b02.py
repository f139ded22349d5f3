from common import *
ID = 'blind4-02-en-construction-skills'
t = Truth(ID, 'pdflatex', 'blind-a5-booklet', 'skills development', 'en', 3, 'Skilled hands for safer buildings')

def X(s):
    for a, b in [('\\', r'\textbackslash{}'), ('&', r'\&'), ('%', r'\%'), ('#', r'\#'), ('_', r'\_'), ('$', r'\$')]:
        s = s.replace(a, b)
    return s

kick = t.ign('International Labour Organization · ILO Country Office for Nepal')
sub = t.p('Apprenticeships and certification for masons, bar benders and electricians in Nepal’s construction sector')
series = t.ign('Project brief · 2025')
t.furn()  # cover has no furniture
hdr_txt = 'Skilled hands for safer buildings'
F = []

h1 = t.h('1. The challenge', 1)
p1 = t.p('Construction employs about 1.1 million people in Nepal, but fewer than one in ten has any certificate. '
         'Most masons learned on the job, and many return from work in Qatar, Malaysia and Saudi Arabia with skills '
         'that nobody recognizes at home.')
p2 = t.p('Since the earthquake of 2015, the building code has required trained masons for every public building. '
         'Contractors say they cannot find them.')

h2 = t.h('2. What the project offers', 1)
hA = t.h('A. Apprenticeships on real sites', 2)
bA = [(t.b('A 12-month apprenticeship that mixes site work with classroom days:'), 1),
      (t.b('four days a week on a registered site, with a named site mentor', 2), 2),
      (t.b('one day a week at a CTEVT training centre', 2), 2),
      (t.b('A monthly stipend paid jointly by the contractor and the project'), 1)]
hB = t.h('B. Recognition of skills for returnees', 2)
bB = [(t.b('Skills tests at 30 sites in Kathmandu, Pokhara and Butwal'), 1),
      (t.b('A Level 1 or Level 2 national certificate for those who pass'), 1),
      (t.b('short top-up courses for those who fail one module', 2), 2)]

h3 = t.h('3. Who makes it work', 1)
q1 = t.p('The project is run with the Ministry of Labour, Employment and Social Security of Nepal (MoLESS) and the '
         'Council for Technical Education and Vocational Training (CTEVT).')
q2 = t.p('The CTEVT, the Federation of Contractors’ Associations of Nepal (FCAN), the Construction and Allied Workers’ '
         'Union of Nepal (CAWUN) and the ILO signed a four-party agreement in 2023 that sets the rules for '
         'apprenticeship contracts, pay and site safety.')
q3 = t.p('Switzerland supports the project through the SDC (Swiss Agency for Development and Cooperation), under a '
         'contribution agreement signed with the ILO in 2022.')
q4 = t.p('The Department of Urban Development and Building Construction (DUDBC) and UN-Habitat worked together on '
         'the 2021 campaign for the seismic building code. In March 2024 they signed a memorandum of understanding '
         'that adds mason certification to that work.')
q5 = t.p('The Asian Development Bank (ADB) is financing, from 2024 to 2028, new workshops and tools in 12 training '
         'centres run by the CTEVT.')
q6 = t.p('Gorkha Steel and Rebar Pvt. Ltd. has signed a letter of intent with the FCAN, in 2025, to take 150 '
         'apprentices a year as bar benders. Women in Construction Nepal, an NGO, helps women apprentices find '
         'childcare near the sites.')

h4 = t.h('4. Results so far', 1)
hdr, rows = t.table([['Trade', 'Apprentices', 'Certified', 'Women']],
                    [['Masonry', '1,240', '860', '18 %'],
                     ['Bar bending', '610', '402', '6 %'],
                     ['Electrical wiring', '455', '371', '27 %'],
                     ['Plumbing', '298', '214', '11 %']])
tnote = t.ign('Figures to 30 June 2025.')
cap = t.ign('Figure 1. Share of apprentices employed six months after completion, by cohort')
bars = [('2022', 58), ('2023', 66), ('2024', 74)]
for y, v in bars: t.ign(f'{v} %')

h5 = t.h('5. Contact', 1)
cn = 'Bikash Shrestha'
t.ign(cn)
crole = t.ign('National Project Coordinator')
cadd = t.ign('ILO Country Office for Nepal, Dhobighat, Nayabato, Lalitpur')
ctel = t.ign('Tel. +977 1 555 5777')
cmail = t.ign('Email: shrestha@ilo.org')
url = t.link('www.ilo.org/kathmandu/skilledhands')
t.contact(cn, 'shrestha@ilo.org', '+977 1 555 5777')

F = t.furn(hdr_txt, 'ILO Nepal', '2', hdr_txt, 'ILO Nepal', '3')

for n, a in [('International Labour Organization', 'ILO'),
             ('Ministry of Labour, Employment and Social Security of Nepal', 'MoLESS'),
             ('Council for Technical Education and Vocational Training', 'CTEVT'),
             ('Federation of Contractors’ Associations of Nepal', 'FCAN'),
             ('Construction and Allied Workers’ Union of Nepal', 'CAWUN'),
             ('Swiss Agency for Development and Cooperation', 'SDC'),
             ('Department of Urban Development and Building Construction', 'DUDBC'),
             ('UN-Habitat', None), ('Asian Development Bank', 'ADB'),
             ('Gorkha Steel and Rebar Pvt. Ltd.', None), ('Women in Construction Nepal', None),
             ('ILO Country Office for Nepal', None)]:
    t.org(n, a)
t.part(['CTEVT', 'FCAN', 'CAWUN', 'ILO'], 'cooperation_agreement', 2023)
t.part(['SDC', 'ILO'], 'funding', 2022)
t.part(['DUDBC', 'UN-Habitat'], 'memorandum_of_understanding', 2024)
t.part(['ADB', 'CTEVT'], 'funding', 2024)
t.part(['Gorkha Steel and Rebar Pvt. Ltd.', 'FCAN'], 'letter_of_intent', 2025)
t.countries('NP', 'QA', 'MY', 'SA', 'CH')

def items(lst):
    out, in2 = [r'\begin{itemize}'], False
    for s, lv in lst:
        if lv == 2 and not in2: out.append(r'\begin{itemize}'); in2 = True
        if lv == 1 and in2: out.append(r'\end{itemize}'); in2 = False
        out.append(r'\item ' + X(s))
    if in2: out.append(r'\end{itemize}')
    out.append(r'\end{itemize}')
    return '\n'.join(out)

bar_tex = '\n'.join(rf'\makebox[9mm][l]{{\small {y}}}\textcolor{{brick}}{{\rule{{{v*0.7:.1f}mm}}{{3.2mm}}}}\ {{\small {v}\,\%}}\\[1.2mm]'
                    for y, v in bars)
rows_tex = '\n'.join(' & '.join(X(c) for c in r) + r' \\' for r in rows)
hd = [X(c) for c in hdr[0]]
tex = rf'''\documentclass[10pt]{{article}}
\usepackage[utf8]{{inputenc}}\usepackage[T1]{{fontenc}}\usepackage{{tgheros}}\renewcommand{{\familydefault}}{{\sfdefault}}
\usepackage[a5paper,top=17mm,bottom=17mm,left=15mm,right=15mm,headsep=5mm]{{geometry}}
\usepackage[table]{{xcolor}}\usepackage{{fancyhdr}}\usepackage{{array}}
\usepackage[hidelinks]{{hyperref}}
\definecolor{{brick}}{{HTML}}{{B5442B}}\definecolor{{slate}}{{HTML}}{{2E4A62}}\definecolor{{sand}}{{HTML}}{{F1E6D2}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{1.6mm}}
\renewcommand{{\labelitemi}}{{\textcolor{{brick}}{{\rule[0.35ex]{{1.3mm}}{{1.3mm}}}}}}
\renewcommand{{\labelitemii}}{{\textcolor{{slate}}{{--}}}}
\newcommand{{\sect}}[1]{{\par\vspace{{2.5mm}}{{\large\bfseries\color{{brick}}#1}}\par\vspace{{0.5mm}}}}
\newcommand{{\subsect}}[1]{{\par\vspace{{1mm}}{{\bfseries\color{{slate}}#1}}\par}}
\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[L]{{\footnotesize\color{{slate}}{X(hdr_txt)}}}\fancyhead[R]{{\footnotesize\color{{slate}}ILO Nepal}}
\fancyfoot[C]{{\footnotesize\thepage}}
\renewcommand{{\headrulewidth}}{{0.3pt}}
\let\olditemize\itemize\renewcommand{{\itemize}}{{\olditemize\setlength{{\itemsep}}{{0.4mm}}\setlength{{\parskip}}{{0pt}}\setlength{{\topsep}}{{0.8mm}}}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\begin{{document}}
\thispagestyle{{empty}}
\pagecolor{{sand}}
\vspace*{{4mm}}
{{\small\bfseries\color{{slate}}{X(kick)}}}\par
\vspace{{30mm}}
{{\raggedright\fontsize{{28}}{{31}}\selectfont\bfseries\color{{brick}}{X(t.title)}\par}}
\vspace{{8mm}}
{{\large\color{{slate}}{X(sub)}\par}}
\vfill
\textcolor{{brick}}{{\rule{{\linewidth}}{{1.2mm}}}}\par
{{\small {X(series)}}}
\newpage\pagecolor{{white}}
\sect{{{X(h1)}}}
{X(p1)}

{X(p2)}
\sect{{{X(h2)}}}
\subsect{{{X(hA)}}}
{items(bA)}
\subsect{{{X(hB)}}}
{items(bB)}
\sect{{{X(h3)}}}
{X(q1)}

{X(q2)}

{X(q3)}
\newpage
{X(q4)}

{X(q5)}

{X(q6)}
\sect{{{X(h4)}}}
\begin{{tabular}}{{@{{}}l r r r@{{}}}}
\textbf{{{hd[0]}}} & \textbf{{{hd[1]}}} & \textbf{{{hd[2]}}} & \textbf{{{hd[3]}}}\\[0.8mm]
{rows_tex}
\end{{tabular}}\par
{{\footnotesize\itshape {X(tnote)}}}

\vspace{{2mm}}
{bar_tex}
{{\footnotesize {X(cap)}}}
\sect{{{X(h5)}}}
\colorbox{{sand}}{{\begin{{minipage}}{{0.95\linewidth}}\small
\textbf{{{X(cn)}}}\\ {X(crole)}\\ {X(cadd)}\\ {X(ctel)}\\ {X(cmail)}\\ {X(url)}
\end{{minipage}}}}
\end{{document}}
'''
open(f'{HERE}/{ID}.tex', 'w').write(tex)
pdflatex(ID)
finish(t)
