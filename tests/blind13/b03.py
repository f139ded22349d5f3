from common import *
ID = 'blind13-03-en-faq-jamaica-callcentres'
HL, HR = 'ILO Decent Work Team for the Caribbean', 'Night shifts in contact centres · FAQ'
pre = r'''\documentclass[9.5pt]{extarticle}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}\usepackage{multicol}\usepackage{fancyhdr}\usepackage[table]{xcolor}\usepackage{booktabs}
\usepackage{enumitem}\usepackage{tcolorbox}\usepackage{array}
\definecolor{teal}{HTML}{00727a}\definecolor{gold}{HTML}{f4b400}\definecolor{pale}{HTML}{e6f3f3}
\setlength{\columnsep}{7mm}\setlength{\columnseprule}{0.4pt}\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\setlist{nosep,leftmargin=4.5mm}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\footnotesize\color{teal} %s}\fancyhead[R]{\footnotesize\color{teal} %s}\fancyfoot[C]{\footnotesize %s}
''' 
d = TeX(ID, 'en', 'pdflatex', 'blind-faq-two-columns', 'contact-centre agents, night work and occupational health')
pre = pre % (d.fu(HL), d.fu(HR), r'Page \thepage\ of 2')
d.furn('Page 1 of 2'); d.furn(HL); d.furn(HR); d.furn('Page 2 of 2')
# reorder furniture page by page: header L, header R, footer
d.t['furniture'] = [HL, HR, 'Page 1 of 2', HL, HR, 'Page 2 of 2']
d.preamble = pre
H1 = r'\par\smallskip{\colorbox{teal}{\parbox{\dimexpr\linewidth-2\fboxsep}{\color{white}\bfseries\large %s}}}\par\smallskip' + '\n'
H2 = r'\par\medskip{\color{teal}\bfseries %s}\par' + '\n'
d.raw(r'{\color{teal}\footnotesize\bfseries ')
d.raw(d.e(d.ign('FREQUENTLY ASKED QUESTIONS · KINGSTON AND MONTEGO BAY')) + r'\par}\smallskip' + '\n')
d.T('Working nights on the phones: your questions answered', r'{\fontsize{21}{25}\selectfont\bfseries %s\par}\smallskip' + '\n')
d.p('For agents in Jamaica’s contact centres and business process outsourcing (BPO) firms · Kingston, September 2025', r'{\itshape %s\par}\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('Your hours', 1, fmt=H1)
d.h('How long can a night shift be?', 2, fmt=H2)
d.p('Your contract sets your normal hours. Under the code of practice agreed for the sector, a night shift should not go beyond nine hours, breaks included, and you should have at least eleven hours off before your next shift.')
d.h('Do I get breaks on the floor?', 2, fmt=H2)
d.ul([('Yes. In a nine-hour shift you should get:', ['one meal break of at least 45 minutes;', 'two short breaks of 15 minutes away from the headset.']),
      'Bathroom breaks are not counted against your “adherence” score.'])
d.h('Can I refuse to swap to nights?', 2, fmt=H2)
d.p('You can ask for day shifts if you are pregnant, breastfeeding, studying or caring for a child under four. Put the request in writing, keep a copy and ask your supervisor to date it.')
d.h('Your pay and health', 1, fmt=H1)
d.h('Is there a night premium?', 2, fmt=H2)
d.p('Many centres pay one. Check your payslip for a line called “night differential” or “shift allowance”. If it is missing, ask payroll first, then your union delegate.')
d.h('My voice is hoarse after every shift. What can I do?', 2, fmt=H2)
d.ul(['Drink water during calls; centres must provide it free.', 'Ask for a headset check: the volume limiter should be on.', 'Report pain in the ear or throat to the nurse or first-aid officer.', 'If it lasts more than two weeks, see a doctor and keep the note.'], env='enumerate')
d.h('How do I get home at 3 a.m.?', 2, fmt=H2)
d.p('Centres in the free zones run staff buses on fixed routes. If your stop is not on a route, ask the transport desk for a taxi voucher.')
d.raw(r'\begin{tcolorbox}[colback=pale,colframe=gold,boxrule=0.8pt,arc=1mm,left=2mm,right=2mm,top=1mm,bottom=1mm]' + '\n')
d.h('Did you know?', 2, fmt=r'{\color{teal}\bfseries %s}\par' + '\n')
d.p('The Bluewave Contact Solutions centre in Montego Bay sent a letter of intent to the Union of Clerical, Administrative and Supervisory Employees (UCASE) in June, offering a quiet room for agents on night shifts.')
d.raw(r'\end{tcolorbox}' + '\n')
d.h('Your voice', 1, fmt=H1)
d.h('Can I join a union?', 2, fmt=H2)
d.p('Yes. Joining a union is your right under Jamaican law, and your employer may not punish you for it. Ask a delegate for a form, or write to the union office.')
d.h('Where can I get help?', 2, fmt=H2)
d.tab([['Problem', 'Where to go']], [
    ['Unpaid night premium', 'Ministry of Labour and Social Security (MLSS), Pay and Conditions section'],
    ['Stress or burnout', 'University of Technology, Jamaica (UTech) counselling centre, under its 2022 cooperation agreement with the GSAJ'],
    ['Unfair dismissal', 'your union delegate, then the Industrial Disputes Tribunal'],
    ['Training for a day job', 'HEART/NSTA Trust, evening courses'],
], r'>{\raggedright\arraybackslash}p{24mm}>{\raggedright\arraybackslash}p{52mm}')
d.raw(r'\end{multicols}' + '\n' + r'\newpage' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('About the project', 1, fmt=H1)
d.p('Jamaica’s contact centres employ about 54,000 people, most of them under 30. The project helps employers, unions and the Government turn the sector’s code of practice on night work into daily practice, centre by centre.')
d.h('Night work in the sector', 2, fmt=H2)
d.tab([['Indicator', '2023', '2025']], [['Agents on regular night shifts', '19,800', '21,300'], ['Centres with a written break policy', '14', '31'], ['Agents covered by a union agreement', '12%', '18%'], ['Staff bus routes after midnight', '9', '22']],
      r'lrr', caption='Source: Statistical Institute of Jamaica (STATIN); survey of 40 centres.')
d.q('I used to take calls from eleven at night to seven in the morning with one break. Now there are two breaks, and a bus at the door.', 'Shanice Brown', 'team leader and UCASE delegate, Montego Bay')
d.raw(r'\columnbreak' + '\n')
d.h('Who is behind this leaflet', 1, fmt=H1)
d.p('The code of practice comes from a memorandum of understanding that the MLSS, the Global Services Association of Jamaica (GSAJ), the Jamaica Confederation of Trade Unions (JCTU) and the ILO signed in Kingston on 3 March 2025.')
d.p('Funding comes from Norway. The Norwegian Agency for Development Cooperation (Norad) agreed a grant to the ILO in 2024 for the period 2024–2026.')
d.p('A joint programme on digital jobs for young people is carried out by the ILO and the International Telecommunication Union (ITU); it was launched in 2024 and will close in 2027.')
d.p('The Jamaica Employers’ Federation (JEF) took part in the consultations but is not a signatory. JAMPRO follows the work as an observer. A telecoms operator was approached about free mobile data for agents; no agreement exists. Island Shuttle Ltd runs the extra bus routes under a paid contract.', r'{\small %s\par}' + '\n')
d.h('Contact', 2, fmt=H2)
d.contact('Andre Campbell', 'campbell@ilo.org', '+1 876 922 0841')
d.raw('Andre Campbell\\par\n'); d.i('Programme officer, ILO Decent Work Team for the Caribbean'); d.i('Tel.: +1 876 922 0841'); d.i('Email: campbell@ilo.org')
d.raw(d.e(d.link('www.ilo.org/caribbean')) + '\\par\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('business process outsourcing', 'BPO'), 'Bluewave Contact Solutions', ('Union of Clerical, Administrative and Supervisory Employees', 'UCASE'),
       ('Ministry of Labour and Social Security', 'MLSS'), ('University of Technology, Jamaica', 'UTech'), 'Industrial Disputes Tribunal', 'HEART/NSTA Trust',
       ('Statistical Institute of Jamaica', 'STATIN'), ('Global Services Association of Jamaica', 'GSAJ'), ('Jamaica Confederation of Trade Unions', 'JCTU'), 'ILO',
       ('Norwegian Agency for Development Cooperation', 'Norad'), ('International Telecommunication Union', 'ITU'), ('Jamaica Employers’ Federation', 'JEF'), 'JAMPRO', 'Island Shuttle Ltd')
d.t['organizations'] = [o for o in d.t['organizations'] if o['name'] != 'business process outsourcing']
d.countries('JM', 'NO')
d.ps(['Bluewave Contact Solutions', 'UCASE'], 'letter_of_intent', 2025)
d.ps(['UTech', 'GSAJ'], 'cooperation_agreement', 2022)
d.ps(['MLSS', 'GSAJ', 'JCTU', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Norad', 'ILO'], 'funding', 2024, 2026)
d.ps(['ILO', 'ITU'], 'programme', 2024, 2027)
d.build()
