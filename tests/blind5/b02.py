from common import *
ID = 'blind5-02-en-bangsamoro-cooperatives'
t = T(ID, 'pdflatex', 'blind-newsletter-short-articles', 'cooperatives and peacebuilding', 'en')
X = tex
def ART(x): return '\n\\art{' + X(t.h(x, 1)) + '}\n'
def SUB(x): return '\n\\sub{' + X(t.h(x, 2)) + '}\n'
def P(x): return X(t.p(x)) + '\n\n'
def I(x, l=1): return '\\item ' + X(t.b(x, l)) + '\n'
pre = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,top=24mm,bottom=20mm,left=16mm,right=16mm,headsep=6mm]{geometry}
\usepackage{multicol}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{booktabs}\usepackage{colortbl}
\definecolor{sea}{HTML}{0B5C7A}\definecolor{sand}{HTML}{E9DFC7}\definecolor{rust}{HTML}{B5462A}
\setlength{\columnsep}{7mm}\setlength{\columnseprule}{0.3pt}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\newcommand{\art}[1]{\par\vspace{6pt}{\large\bfseries\color{sea}#1\par}\vspace{2pt}}
\newcommand{\sub}[1]{\par\vspace{3pt}{\normalsize\bfseries\color{rust}#1\par}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
"""
hd = t.furn('Bangsamoro Works · Issue 5, October 2025'); ft = t.furn('Page 1')
t.furn('Bangsamoro Works · Issue 5, October 2025', 'Page 2')
pre += '\\fancyhead[L]{\\footnotesize ' + X(hd) + '}\\fancyfoot[R]{\\footnotesize Page \\thepage}\n\\begin{document}\n'
body = r'{\colorbox{sea}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{3mm}\hspace{2mm}{\color{white}\fontsize{30}{32}\selectfont\bfseries ' + X(t.ign('BANGSAMORO WORKS')) + r'}\par\hspace{2mm}{\color{sand}\small ' + X(t.ign('News from the Jobs for Peace programme · ILO Country Office for the Philippines')) + r'}\vspace{3mm}}}}\par\vspace{4mm}'
body += r'{\raggedright\fontsize{19}{22}\selectfont\bfseries ' + X(t.title('From camps to cooperatives: jobs for peace in Bangsamoro')) + r'\par}\vspace{2mm}'
body += r'{\large\itshape ' + X(t.p('Three years after the first cooperatives were registered, former combatants and their families are selling seaweed, coffee and cassava under contract.')) + r'\par}\vspace{3mm}'
body += '\\begin{multicols}{2}\n'
body += ART('A joint programme in its third year')
body += P('Launched in 2023 by the ILO, the Food and Agriculture Organization (FAO) and the United Nations Development Programme (UNDP), the Jobs for Peace joint programme runs until 2026 in five provinces of the Bangsamoro Autonomous Region in Muslim Mindanao (BARMM).')
body += P('The Government of Japan has funded the programme since 2023 and added a second contribution this year.')
body += P('What the programme does:')
body += '\\begin{itemize}\\setlength{\\itemsep}{1pt}\n' + I('registers family members of former combatants in cooperatives') + I('trains members in:') + '\\begin{itemize}\n' + I('bookkeeping and cooperative governance', 2) + I('post-harvest handling of seaweed and coffee', 2) + '\\end{itemize}\n' + I('links cooperatives with buyers and with credit') + '\\end{itemize}\n'
body += ART('Regulators renew their pact')
body += P('The Ministry of Labor and Employment of the BARMM (MOLE-BARMM) and the Cooperative Development Authority (CDA) renewed their memorandum of understanding in August 2025.')
body += P('Under the MOU, first signed in 2022, the CDA registers a new cooperative within 30 days, and MOLE-BARMM inspectors check working conditions in its first year.')
body += P('Some cooperatives have also applied for loans from the Land Bank of the Philippines, and the Bangsamoro Transition Authority is debating a regional cooperative code.')
body += '\\vspace{2mm}\\noindent\\textcolor{sand}{\\rule{\\linewidth}{32mm}}\\par{\\footnotesize\\itshape ' + X(t.ign('Members of a Bongao cooperative sort dried seaweed before sale.')) + ' ' + X(t.credit('© ILO/J. Tan')) + '\\par}\n'
body += ART('A buyer for Tawi-Tawi seaweed')
body += P('Mindanao Marine Products Inc. and the Federation of Tawi-Tawi Seaweed Farmers’ Cooperatives (FTSFC) launched a partnership in 2024 that guarantees a floor price for dried seaweed.')
body += P('The company also pays for two drying sheds per cooperative.')
q = t.quote('We fought for twenty years. Now the only thing I fight is the price of seaweed.', 'Hadji Amerol Sali', 'cooperative chair, Bongao')
body += '\\par\\vspace{3mm}{\\color{sea}\\rule{\\linewidth}{1pt}}\\par{\\large\\itshape ``' + X(q) + "''\\par}\\hfill{\\small --- Hadji Amerol Sali, cooperative chair, Bongao}\\par{\\color{sea}\\rule{\\linewidth}{1pt}}\\par\n"
body += ART('Coffee training centre opens')
body += P('Thanks to a grant from the Korea International Cooperation Agency (KOICA), signed with the ILO in 2024, a training centre for coffee cooperatives opened in Lanao del Sur in June.')
body += P('Its first course, on pruning and grading, drew 140 growers, a third of them women.')
body += ART('Employers and unions at one table')
body += P('On 12 March 2025 a tripartite letter of intent was signed by MOLE-BARMM, the Employers Confederation of the Philippines (ECOP), the Federation of Free Workers (FFW) and the Trade Union Congress of the Philippines (TUCP). It paves the way for a regional tripartite council.')
body += SUB('What the council will discuss')
body += '\\begin{itemize}\\setlength{\\itemsep}{1pt}\n' + I('a regional minimum wage for farm work') + I('safety on seaweed farms and in drying sheds') + I('disputes between cooperatives and buyers') + '\\end{itemize}\n'
body += '\\end{multicols}\n\\clearpage\n'
body += ART('Partnership timeline')
hd1, r1 = t.table([], [['2022', 'MOU between MOLE-BARMM and the CDA signed'], ['2023', 'Jobs for Peace launched in five provinces'], ['2024', 'KOICA grant; seaweed partnership'], ['2025', 'MOU renewed; tripartite letter of intent']])
body += '\\begin{tabular}{@{}l@{\\hspace{8mm}}l@{}}\n' + '\\\\\n'.join('\\textbf{\\color{rust}' + a + '} & ' + X(b) for a, b in r1) + '\\\\\n\\end{tabular}\n'
body += ART('Results so far')
hd2, r2 = t.table([['Indicator', '2023', '2025']], [['Cooperatives registered', '18', '64'], ['Members', '1,240', '4,910'], ['Share of women members', '31%', '46%'], ['Cooperatives with a buyer contract', '3', '29']])
body += '\\begin{tabular}{@{}lrr@{}}\\toprule\n\\textbf{Indicator} & \\textbf{2023} & \\textbf{2025}\\\\\\midrule\n' + '\\\\\n'.join(' & '.join(X(c) for c in r) for r in r2) + '\\\\\\bottomrule\n\\end{tabular}\\par\n{\\footnotesize\\itshape ' + X(t.ign('Source: programme monitoring, September 2025.')) + '\\par}\n'
body += ART('Coming up')
body += '\\begin{itemize}\\setlength{\\itemsep}{1pt}\n' + I('November: first meeting of the regional tripartite council in Cotabato City') + I('December: coffee cooperatives’ trade fair, Marawi') + I('Early 2026: final evaluation of the joint programme') + '\\end{itemize}\n'
body += ART('Contact')
t.contact('Maria Luisa Obrero', 'obrero@ilo.org', '+63 2 8580 9900')
body += '\\textbf{Maria Luisa Obrero}\\\\' + X(t.ign('National Project Coordinator, Jobs for Peace')) + '\\\\' + X(t.ign('ILO Country Office for the Philippines, Makati City')) + '\\\\' + X(t.ign('Tel.: +63 2 8580 9900')) + ' \\quad ' + X(t.ign('Email: obrero@ilo.org')) + '\\\\' + X(t.link('www.ilo.org/manila/jobs-for-peace')) + '\n'
open(ID + '.tex', 'w').write(pre + body + '\\end{document}\n')
t.orgs('ILO', ('Food and Agriculture Organization', 'FAO'), ('United Nations Development Programme', 'UNDP'),
       ('Bangsamoro Autonomous Region in Muslim Mindanao', 'BARMM'), 'Government of Japan',
       ('Ministry of Labor and Employment of the BARMM', 'MOLE-BARMM'), ('Cooperative Development Authority', 'CDA'),
       'Land Bank of the Philippines', 'Bangsamoro Transition Authority', 'Mindanao Marine Products Inc.',
       ('Federation of Tawi-Tawi Seaweed Farmers’ Cooperatives', 'FTSFC'), ('Korea International Cooperation Agency', 'KOICA'),
       ('Employers Confederation of the Philippines', 'ECOP'), ('Federation of Free Workers', 'FFW'),
       ('Trade Union Congress of the Philippines', 'TUCP'), 'ILO Country Office for the Philippines')
t.countries('PH', 'JP', 'KR')
t.ps(['ILO', 'FAO', 'UNDP'], 'programme', 2023, 2026)
t.ps(['Government of Japan', 'ILO', 'FAO', 'UNDP'], 'funding', 2023)
t.ps(['MOLE-BARMM', 'CDA'], 'memorandum_of_understanding', 2022)
t.ps(['Mindanao Marine Products Inc.', 'FTSFC'], 'partnership', 2024)
t.ps(['KOICA', 'ILO'], 'funding', 2024)
t.ps(['MOLE-BARMM', 'ECOP', 'FFW', 'TUCP'], 'letter_of_intent', 2025)
pdflatex(ID)
finish(t, 2)
