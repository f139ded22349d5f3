from common import *
pre = r'''\documentclass[9pt]{extarticle}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{helvet}\renewcommand\familydefault{\sfdefault}
\usepackage[a4paper,landscape,margin=1cm]{geometry}\usepackage{xcolor}\usepackage{booktabs}\usepackage{array}
\definecolor{rv}{HTML}{B5121B}\definecolor{ink}{HTML}{1F2A44}\definecolor{sand}{HTML}{F4EDE1}
\renewcommand{\labelitemii}{--}\let\oldi\itemize\renewcommand{\itemize}{\oldi\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}\setlength{\topsep}{1pt}}\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\newcommand{\hA}[1]{\par\medskip{\color{rv}\large\bfseries #1\par}\smallskip}
\newcommand{\hB}[1]{\par\smallskip{\color{ink}\bfseries #1\par}}
\newcommand{\panel}[1]{\begin{minipage}[t][18.6cm][t]{8.7cm}#1\end{minipage}}
\sloppy
'''
b = TeX('blind6-02-en-electronics-dialogue', 'en', 'pdflatex', 'blind-trifold', 'industrial relations in electronics', preamble=pre)
A, B = r'\hA{%s}', r'\hB{%s}'
# outside: flap | back | cover
b.raw(r'\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.h('Why dialogue pays', 1, fmt=A)
b.p('Electronics assembly now employs more than 1.3 million people in Viet Nam, most of them women under thirty who have moved from rural provinces. Turnover in some plants exceeds 40 per cent a year. Every worker who leaves takes training with her.')
b.p('Factories that hold regular, structured talks with their workforce keep people longer, resolve grievances before they become stoppages and meet buyers’ audits with fewer surprises.')
b.h('What a dialogue committee does', 2, fmt=B)
b.ul(['Meets management at least once a quarter, with minutes shared on the shop floor.',
      ('Discusses issues raised by workers, such as:', ['shift patterns and overtime', 'canteen food and housing allowances', 'eye strain and lighting on the lines']),
      'Reports back to the grassroots trade union.'])
b.raw(r'\end{minipage}\hfill\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.h('Partners', 1, fmt=A)
b.tab([], [['2022', 'Sao Mai Electronics JSC and the ILO sign an MOU on model workplaces'],
           ['2023', 'Framework agreement VGCL – VCCI – Bac Ninh People’s Committee'],
           ['2024', 'Letter of intent with KORCHAM'],
           ['2025', 'MOU with Sao Mai Electronics JSC renewed']], r'@{}>{\bfseries\color{rv}}p{0.9cm}p{7.4cm}@{}', ruled=False)
b.raw(r'\vfill\colorbox{sand}{\begin{minipage}{8.3cm}')
b.h('Contact', 2, fmt=B)
b.raw(r'\textbf{Nguyen Thi Thu Ha}\\'); b.contact('Nguyen Thi Thu Ha', 'thuha@ilo.org', '+84 24 3734 0902')
b.i('Programme Officer, Industrial Relations', fmt=r'%s\\'); b.i('ILO Country Office for Viet Nam, 304 Kim Ma, Hanoi', fmt=r'%s\\')
b.i('Tel.: +84 24 3734 0902', fmt=r'%s\\'); b.i('Email: thuha@ilo.org', fmt=r'%s\\')
b.raw(b.e(b.link('www.ilo.org/hanoi')) + r'\end{minipage}}')
b.raw(r'\end{minipage}\hfill\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.raw(r'\colorbox{rv}{\begin{minipage}{8.3cm}\color{white}\vspace{4mm}')
b.i('ILO Country Office for Viet Nam', fmt=r'{\small\bfseries %s\par}\vspace{2.2cm}')
b.T('Talking it through: workplace dialogue in Viet Nam’s electronics plants', fmt=r'{\raggedright\fontsize{24}{27}\selectfont\bfseries %s\par}\vspace{6mm}')
b.p('Bac Ninh and Thai Nguyen provinces · 2023–2026', fmt=r'{\large %s\par}\vspace{5cm}\end{minipage}}')
b.raw(r'\par\medskip')
b.i('Photo: assembly line in Yen Phong industrial park. © ILO/Pham Duc', fmt=r'{\footnotesize\itshape %s\par}')
b.raw(r'\end{minipage}\newpage')
# inside: three panels
b.raw(r'\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.h('The programme', 1, fmt=A)
b.p('Better Dialogue in Electronics helps factories, unions and provincial authorities set up dialogue committees that work, and trains both sides to use them.')
b.p('The programme is financed by Australia’s Department of Foreign Affairs and Trade (DFAT), which signed a grant agreement with the International Labour Organization (ILO) in 2023. The grant covers the years 2023 to 2026.')
b.h('Where we work', 2, fmt=B)
b.ul(['Bac Ninh: Yen Phong, Que Vo and VSIP industrial parks', 'Thai Nguyen: Yen Binh and Diem Thuy industrial parks'])
b.h('Three steps for a factory', 2, fmt=B)
b.ul(['A joint diagnosis of how workers and managers talk today.', 'Training of committee members from both sides.', 'Six months of coaching, then a self-assessment.'], env='enumerate')
b.raw(r'\end{minipage}\hfill\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.h('Who is involved', 1, fmt=A)
b.p('At provincial level, the Viet Nam General Confederation of Labour (VGCL), the Viet Nam Chamber of Commerce and Industry (VCCI) and the Bac Ninh Provincial People’s Committee are bound by a framework agreement on workplace dialogue, signed in October 2023.')
b.p('Many suppliers in the two provinces are Korean-owned. KORCHAM – the Korea Chamber of Business in Vietnam – signed a letter of intent with the ILO in 2024 to bring its member factories into the programme.')
b.p('The first model workplace was Sao Mai Electronics JSC, which concluded a memorandum of understanding with the ILO back in 2022. Both sides renewed it in 2025 to cover its new plant in Thai Nguyen.')
b.p('The Thai Nguyen Provincial Federation of Labour and Better Work Vietnam share training materials with the programme.')
b.q('When the line leaders started coming to the committee, the complaints box emptied. People could just say it.', 'Le Thi Hoa', 'committee member, Yen Phong', fmt='\\par\\medskip{\\color{rv}\\rule{8.7cm}{0.6pt}}\\par{\\itshape\\large ``%s\'\'\\par}\\smallskip{\\small --- %s, %s\\par}{\\color{rv}\\rule{8.7cm}{0.6pt}}\\par')
b.raw(r'\end{minipage}\hfill\begin{minipage}[t][18.6cm][t]{8.7cm}\vspace{0pt}')
b.h('Results so far', 1, fmt=A)
b.tab([['', 'Bac Ninh', 'Thai Nguyen']], [['Factories enrolled', '38', '14'], ['Committee members trained', '612', '205'], ['Women among them', '71%', '66%'], ['Stoppages reported', '3', '1']],
      r'@{}p{4.2cm}rr@{}', ruled=True, caption='Figures to September 2025. Source: programme monitoring.')
b.h('Coming next', 2, fmt=B)
b.ul(['A dialogue award for suppliers, with VCCI', 'A short course for line leaders on listening skills', 'A study of turnover costs with the National Economics University'])
b.raw(r'\end{minipage}')
b.orgs(('International Labour Organization', 'ILO'), ('ILO Country Office for Viet Nam',), ('Department of Foreign Affairs and Trade', 'DFAT'),
       ('Viet Nam General Confederation of Labour', 'VGCL'), ('Viet Nam Chamber of Commerce and Industry', 'VCCI'), ('Bac Ninh Provincial People’s Committee',),
       ('Korea Chamber of Business in Vietnam', 'KORCHAM'), ('Sao Mai Electronics JSC',), ('Thai Nguyen Provincial Federation of Labour',), ('Better Work Vietnam',), ('National Economics University',))
b.countries('VN', 'AU', 'KR')
b.ps(['DFAT', 'ILO'], 'funding', 2023, 2026)
b.ps(['VGCL', 'VCCI', 'Bac Ninh Provincial People’s Committee'], 'cooperation_agreement', 2023)
b.ps(['KORCHAM', 'ILO'], 'letter_of_intent', 2024)
b.ps(['Sao Mai Electronics JSC', 'ILO'], 'memorandum_of_understanding', 2022)
b.build()
