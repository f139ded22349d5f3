from common import *
grid = ['.....H...', '....SACK.', '.....N..U', '..C..DAWN', 'GLOVES..I', '..N...W.O', 'S.T.P.A.N', 'HARVEST..', 'A.A.R.E..', 'D.C.M.R..', 'E.T.I....', '....T....']
nums = {(0,5):1, (1,4):2, (2,8):3, (3,2):4, (3,5):5, (4,0):6, (5,6):7, (6,0):8, (6,4):9, (7,0):10}
pre = r'''\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[margin=15mm,top=14mm,bottom=18mm]{geometry}\usepackage{xcolor}\usepackage{tikz}\usepackage{multicol}\usepackage{enumitem}\usepackage{fancyhdr}\usepackage{graphicx}\usepackage{array}\usepackage{booktabs}
\definecolor{rose}{HTML}{B0305A}\definecolor{leaf}{HTML}{3E6B3A}\definecolor{pale}{HTML}{FBEFF3}
\renewcommand{\familydefault}{\sfdefault}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[L]{\footnotesize FOOTL}\fancyfoot[R]{\footnotesize FOOTR \thepage\ of 2}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\setlist{nosep,leftmargin=*}
\setlength{\columnsep}{8mm}
'''
d = TeX('blind12-03-en-puzzle-rose-harvest', 'en', 'pdflatex', 'blind-puzzle-sheet', 'young workers in the rose harvest')
E = d.e
FL, FR = 'Rose Harvest Puzzle Sheet · Kazanlak and Karlovo', 'Page'
d.preamble = pre.replace('FOOTL', E(FL)).replace('FOOTR', E(FR))
R = d.raw
R(r'\noindent\colorbox{rose}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{3mm}\color{white}')
R(r'{\small\bfseries ' + E(d.ign('ILO · YOUNG WORKERS IN AGRICULTURE · BULGARIA')) + r'\par}\vspace{2mm}')
R(r'{\fontsize{24}{28}\selectfont\bfseries ' + E(d.title('Pick roses, not risks')) + r'\par}\vspace{1mm}')
R(r'{\large ' + E(d.para('A puzzle sheet for pickers aged 16 and 17 in the Valley of Roses')) + r'\par}\vspace{3mm}}}' + '\n\n\\medskip\n')
d.p('Every year from mid-May to mid-June, thousands of students join the rose harvest around Kazanlak and Karlovo. The work starts before sunrise and the pay is by the kilo. Solve the crossword, then check the rules on page 2.')
R(r'\begin{minipage}[t]{0.44\textwidth}\vspace{0pt}' + '\n')
d.h('Crossword', 1, fmt=r'{\Large\bfseries\color{rose} %s\par}\medskip' + '\n')
cs = 6.2
tk = [r'\begin{tikzpicture}[x=%smm,y=%smm]' % (cs, cs)]
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        x, y = c, len(grid) - 1 - r
        if ch == '.': tk.append(r'\fill[rose!12] (%d,%d) rectangle (%d,%d);' % (x, y, x+1, y+1))
        else:
            tk.append(r'\draw[line width=0.5pt] (%d,%d) rectangle (%d,%d);' % (x, y, x+1, y+1))
            if (r, c) in nums: tk.append(r'\node[anchor=north west,inner sep=0.6pt,font=\tiny] at (%d,%d) {%s};' % (x, y+1, E(d.ign(str(nums[(r, c)])))))
tk.append(r'\end{tikzpicture}')
R('\n'.join(tk) + '\n\n')
d.i('Answers are printed upside down at the foot of page 2.', fmt=r'{\footnotesize\itshape %s\par}' + '\n')
R(r'\end{minipage}\hfill\begin{minipage}[t]{0.52\textwidth}\vspace{0pt}' + '\n')
def clues(items):
    R(r'\begin{itemize}[label={},leftmargin=7mm,itemsep=2pt]' + '\n')
    for n, t in items: R(r'\item[\textbf{\color{rose}%s}] %s' % (E(d.ign(str(n))), E(d.bullet(t, 1))) + '\n')
    R(r'\end{itemize}' + '\n')
d.h('Across', 2, fmt=r'{\large\bfseries\color{leaf} %s\par}\smallskip' + '\n')
clues([(2, 'Never fill one to more than 20 kilos: carry it with a friend (4)'),
       (5, 'Picking starts at ____, when the petals hold the most oil (4)'),
       (6, 'Wear these: rose stems have thorns (6)'),
       (10, 'It runs from mid-May to mid-June (7)')])
R('\\medskip\n')
d.h('Down', 2, fmt=r'{\large\bfseries\color{leaf} %s\par}\smallskip' + '\n')
clues([(1, 'The cooperation agreement signed in 2023 by the Vocational School of Agriculture in Karlovo and the Institute for Roses and Aromatic Plants (IRAP) teaches pickers to protect these from thorns and sprays (5)'),
       (3, 'It can help you if your pay is missing (5)'),
       (4, 'Ask for a written one, even for two weeks of picking (8)'),
       (7, 'Drink it every hour, even when you are not thirsty (5)'),
       (8, 'Take your break here, not in the sun (5)'),
       (9, 'Under 18? Your employer needs a work ______ from the labour inspectorate (6)')])
R(r'\end{minipage}' + '\n\n\\vspace{6mm}\n')
R(r'\noindent\fcolorbox{leaf}{pale}{\parbox{\dimexpr\textwidth-2\fboxsep-2\fboxrule}{')
d.h('Did you know?', 2, fmt=r'{\bfseries\color{leaf} %s\par}' + '\n')
d.p('It takes about three tonnes of petals to make one kilo of rose oil. A good picker gathers 40 kilos of petals in a morning.')
R('}}\n\\newpage\n')
# page 2
R(r'\begin{multicols}{2}' + '\n')
d.h('The rules for young pickers', 1, fmt=r'{\Large\bfseries\color{rose} %s\par}\medskip' + '\n')
d.ul([('If you are 16 or 17:', ['your employer needs a permit from the labour inspectorate before you start;', 'a parent signs your contract with you;', 'no more than 7 hours a day and no work after 8 p.m.']),
      'Nobody under 16 works in the fields, even for a family member’s employer.',
      ('Never:', ['handle pesticides or enter a field sprayed less than 48 hours before;', 'lift or carry more than 20 kilos.']),
      'You are paid the same rate per kilo as adult pickers.'])
d.h('Hours and pay in the 2025 harvest', 2, fmt=r'\medskip{\bfseries\color{leaf} %s\par}\smallskip' + '\n')
d.tab([['', 'Adults', 'Aged 16–17']], [['Longest day', '8 hours', '7 hours'], ['Break', '30 minutes', '45 minutes'], ['Rate per kilo', 'BGN 1.10', 'BGN 1.10'], ['Night work', 'allowed', '']],
      r'@{}p{24mm}p{17mm}p{17mm}@{}', caption='The empty cell means: not allowed.')
d.h('Who is behind this sheet', 1, fmt=r'\bigskip{\Large\bfseries\color{rose} %s\par}\medskip' + '\n')
d.p('The sheet is financed by Italy. The Italian Agency for Development Cooperation (AICS) signed a grant with the International Labour Organization (ILO) in 2024; it will close in 2026.')
d.p('The Municipality of Kazanlak is a party to a memorandum of understanding signed in 2025 with the Confederation of Independent Trade Unions in Bulgaria (CITUB) and the Bulgarian Rose Growers’ Association (BRGA). It sets up a help point at the bus station during the harvest.')
d.p('A few weeks before the 2025 harvest, the Rozova Dolina distillery put its name to a letter of intent with the General Labour Inspectorate Executive Agency (GLI): it will buy petals only from farms that hold permits for their young pickers.')
d.p('Since 2024 the Karlovo school has also had a school partnership with the Lycée horticole de Grasse, in France; teachers visit each other every spring.')
d.p('The Ministry of Labour and Social Policy (MLSP) attends the project’s steering meetings as an observer. A perfume house that buys most of the oil was consulted, but nothing is signed. Harvest figures come from the National Statistical Institute (NSI).', fmt=r'{\small %s\par}' + '\n')
d.q('At five in the morning the field is cold and wet. The gloves from the school kept my hands whole for the whole season.', 'Desislava Petrova', 'picker, 17, from Karlovo',
    fmt=r'\medskip{\color{rose}\rule{\linewidth}{0.6pt}}\par{\itshape\large ``%s\textquotedblright\par}\smallskip{\small --- %s, %s\par}{\color{rose}\rule{\linewidth}{0.6pt}}\par' + '\n')
d.h('Contact', 2, fmt=r'\medskip{\bfseries\color{leaf} %s\par}' + '\n')
d.contact('Nikolay Stoyanov', 'stoyanov@ilo.org', '+359 431 6 2214')
R(r'{\small ' + E('Nikolay Stoyanov') + r'\\' + E(d.ign('Project coordinator, ILO, Kazanlak')) + r'\\' + E(d.ign('Tel.: +359 431 6 2214')) + r'\\' + E(d.ign('Email: stoyanov@ilo.org')) + r'\\' + E(d.link('www.ilo.org/budapest')) + r'\par}' + '\n')
R(r'\end{multicols}' + '\n\\vfill\n')
R(r'\begin{center}\rotatebox{180}{\footnotesize ' + E(d.ign('Answers. Across: 2 sack, 5 dawn, 6 gloves, 10 harvest. Down: 1 hands, 3 union, 4 contract, 7 water, 8 shade, 9 permit.')) + r'}\end{center}' + '\n')
for pg in (1, 2): d.furn(FL); d.furn(f'{FR} {pg} of 2')
d.orgs(('Vocational School of Agriculture in Karlovo', None), ('Institute for Roses and Aromatic Plants', 'IRAP'), ('Italian Agency for Development Cooperation', 'AICS'),
       ('International Labour Organization', 'ILO'), 'Municipality of Kazanlak', ('Confederation of Independent Trade Unions in Bulgaria', 'CITUB'),
       ('Bulgarian Rose Growers’ Association', 'BRGA'), 'Rozova Dolina distillery', ('General Labour Inspectorate Executive Agency', 'GLI'), 'Lycée horticole de Grasse',
       ('Ministry of Labour and Social Policy', 'MLSP'), ('National Statistical Institute', 'NSI'))
d.countries('BG', 'IT', 'FR')
d.ps(['Vocational School of Agriculture in Karlovo', 'IRAP'], 'cooperation_agreement', 2023)
d.ps(['AICS', 'ILO'], 'funding', 2024, 2026)
d.ps(['Municipality of Kazanlak', 'CITUB', 'BRGA'], 'memorandum_of_understanding', 2025)
d.ps(['Rozova Dolina distillery', 'GLI'], 'letter_of_intent', 2025)
d.ps(['Vocational School of Agriculture in Karlovo', 'Lycée horticole de Grasse'], 'partnership', 2024)
d.build()
