from common import *
import re
class TeX2(TeX):
    def e(self, s):
        s = tex_esc(s)
        return re.sub(r'(\S*\w-\w\S*)', lambda m: r'\mbox{' + m.group(1) + '}', s)
HL = 'Safe Stripping · cork season 2026'
HR = 'Questions and answers'
pre = r'''\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=17mm]{geometry}
\usepackage{multicol,enumitem,booktabs,xcolor,fancyhdr,titlesec,microtype,tabularx}
\DisableLigatures{encoding = *, family = *}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{cork}{HTML}{8A4B1F}\definecolor{pale}{HTML}{F5EBDD}
\setlength{\columnsep}{7mm}\setlength{\columnseprule}{0.3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\titleformat*{\section}{\large\bfseries\color{cork}}\titlespacing*{\section}{0pt}{8pt}{3pt}
\titleformat*{\subsection}{\normalsize\bfseries}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlist{nosep,leftmargin=12pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\color{cork} %s}\fancyhead[R]{\small\color{cork} %s}

\hyphenpenalty=10000\exhyphenpenalty=10000
'''
d = TeX2('blind18-03-en-faq-coruche-cork', 'en', 'pdflatex', 'blind-faq-sheet', 'pay, heat, axe safety and social security of cork strippers', preamble='')
d.preamble = pre % (d.e(d.furn(HL)), d.e(d.furn(HR)))
E = d.e
d.raw(r'{\small\bfseries\color{cork} ' + E(d.ign('QUESTIONS CORK STRIPPERS ASK US MOST')) + r'\par}\smallskip' + '\n')
d.T('Cork stripping season 2026: your questions answered', r'{\LARGE\bfseries %s\par}\smallskip' + '\n')
d.p('Coruche and Ponte de Sor, June 2026 — for strippers, carriers and crew leaders in the cork-oak forests of the Sorraia valley', r'{\itshape %s\par}\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.p('Cork is stripped from the oaks by hand, with an axe, between May and August, and only every nine years on the same tree. About 6 000 people do the work in Portugal each summer, most of them hired by the day. This sheet answers the questions they put last season to the Union of Agricultural and Forestry Workers of the South (STAFS) and the International Labour Organization (ILO).')
d.h('Pay and contracts')
d.h('Am I paid by the day or by the weight?', 2)
d.p('Either, but the rate must be written down before the crew goes into the forest. The day rates agreed for 2026 are in the table below; a crew paid by weight must never earn less than the day rate.')
d.tab([['Job', 'Day rate', 'Per 15 kg']], [['Stripper (tirador)', 'EUR 125', 'EUR 3.10'], ['Apprentice stripper', 'EUR 90', '—'], ['Carrier', 'EUR 80', '—'], ['Crew leader', 'EUR 140', 'EUR 3.40']], 'lrr', caption='Minimum rates for the 2026 season, before tax and contributions.')
d.h('Do I need a written contract?', 2)
d.p('Yes. Even a contract for five days must be in writing and must name the estate, the employer and the rate. If a crew leader hires you for someone else, ask who the employer is.')
d.h('Heat and the axe')
d.h('What happens on a heat-alert day?', 2)
d.ul([('Work stops at 13:00 when the alert is orange or red:', ['the day is paid in full;', 'the crew leader signs the stop in the logbook.']), 'Water and shade must be at the truck, not at the farmhouse.', 'Nobody strips alone, on any day.'])
d.p('How to carry the axe between trees:', r'{\bfseries %s\par}' + '\n')
d.ul(['Put the cover on the blade before you walk.', ('Carry it low, blade away from the body:', ['never on the shoulder;', 'never when climbing.']), 'Sharpen it only when seated, at the truck.'], env='enumerate')
d.raw(r'\columnbreak' + '\n')
d.h('Social security')
d.p('Who pays my contributions when I work for three estates? Each employer pays for the days you work for it. The Social Security Institute (ISS) wanted to reach strippers hired by the day. Since 2023 it has done so through the union’s office in Coruche, under a memorandum of understanding with the union: bring your card there and your days are checked in one place.')
d.q('I have stripped cork for thirty-one summers. The axe never scared me. The heat at four in the afternoon did.', 'Joaquim Semedo', 'stripper and STAFS delegate, Couço')
d.h('Who is behind this sheet')
d.p('The Ponte de Sor Harvest Pact was signed last year by the Portuguese Cork Association (APCOR), STAFS and the Authority for Working Conditions (ACT). It fixes the heat-alert rule and the minimum rates.')
d.p('In 2025 Corticeira Ribeiro-Lopes, S.A. and STAFS put their names to a letter of intent on paid training for apprentices. Montado Vivo, a company that manages 4 000 hectares of cork oak, joined the Safe Stripping programme of the ILO as a partner in 2026.')
d.p('The first 40 apprentices were trained under the agreement between the Parish of Couço and Coruche Vocational School (2021–2024).')
d.raw(r'\par\smallskip\colorbox{pale}{\parbox{\dimexpr\columnwidth-2\fboxsep}{\small' + '\n')
d.i('At a glance', r'{\bfseries\color{cork} %s\par}')
kv = [['Published by:', 'ILO Office in Lisbon'], ['Project:', 'Safe Stripping'], ['Funding:', 'Calouste Gulbenkian Foundation, 2024–2026'], ['Area:', 'Coruche, Couço, Ponte de Sor']]
d.tab([], kv, '@{}ll@{}', ruled=False, hfmt='%s')
d.raw(r'}}\par\smallskip' + '\n')
d.p('The Ministry of Labour, Solidarity and Social Security of Portugal set the heat-alert levels. The Portuguese labour ministry was invited to join the pact but has not signed it. The Institute for Nature Conservation and Forests (ICNF) attends the pact’s meetings as an observer. Rádio Sor reads out the alerts under a paid contract, and Grupo Desportivo de Coruche lends its pavilion for the first-aid course. Talks are under way with Lusocork Services, Lda., a crew contractor. Injury figures come from Santarém District Hospital.', r'{\small %s\par}' + '\n')
d.h('Contact', 2)
d.contact('Inês Valadares', 'valadares@ilo.org', '+351 213 173 440')
d.raw(r'{\small Inês Valadares\\' + E(d.ign('ILO Office in Lisbon')) + r'\\' + E(d.ign('Tel.: +351 213 173 440')) + r'\\' + E(d.ign('Email: valadares@ilo.org')) + r'\\' + E(d.link('www.ilo.org/lisbon')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('International Labour Organization', 'ILO'), ('Social Security Institute', 'ISS'), ('Union of Agricultural and Forestry Workers of the South', 'STAFS'), ('Portuguese Cork Association', 'APCOR'),
       ('Authority for Working Conditions', 'ACT'), 'Corticeira Ribeiro-Lopes, S.A.', 'Montado Vivo', 'Parish of Couço', 'Coruche Vocational School', 'Calouste Gulbenkian Foundation',
       'Ministry of Labour, Solidarity and Social Security of Portugal', ('Institute for Nature Conservation and Forests', 'ICNF'), 'Rádio Sor', 'Grupo Desportivo de Coruche', 'Lusocork Services, Lda.', 'Santarém District Hospital')
d.countries('PT')
d.ps(['ISS', 'STAFS'], 'memorandum_of_understanding', 2023)
d.ps(['APCOR', 'STAFS', 'ACT'], 'cooperation_agreement', 2025)
d.ps(['Corticeira Ribeiro-Lopes, S.A.', 'STAFS'], 'letter_of_intent', 2025)
d.ps(['Montado Vivo', 'ILO'], 'programme', 2026)
d.ps(['Parish of Couço', 'Coruche Vocational School'], 'cooperation_agreement', 2021, 2024)
d.ps(['Calouste Gulbenkian Foundation', 'ILO'], 'funding', 2024, 2026)
d.build()
