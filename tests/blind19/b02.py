from common import *
import re
class TeX2(TeX):
    def e(self, s):
        s = tex_esc(s)
        return re.sub(r'(\S*\w[-–]\w\S*)', lambda m: r'\mbox{' + m.group(1) + '}', s)
pre = r'''\documentclass[9pt]{extarticle}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,margin=15mm,top=20mm,bottom=18mm]{geometry}
\usepackage{multicol,enumitem,booktabs,xcolor,fancyhdr,titlesec,microtype,tabularx,array}
\DisableLigatures{encoding = *, family = *}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{saf}{HTML}{B8560F}\definecolor{pale}{HTML}{FBEEDC}\definecolor{dk}{HTML}{3B2A1A}
\setlength{\columnsep}{8mm}\setlength{\columnseprule}{0.3pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\titleformat*{\section}{\large\bfseries\color{saf}}\titlespacing*{\section}{0pt}{8pt}{3pt}
\titleformat*{\subsection}{\normalsize\bfseries\color{dk}}\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlist{nosep,leftmargin=12pt}\raggedcolumns\usepackage{amssymb}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyhead[L]{\small\color{saf} %s}\fancyhead[R]{\small\color{saf} %s}
\fancyfoot[L]{\small %s}\fancyfoot[R]{\small %s}
\hyphenpenalty=10000\exhyphenpenalty=10000
'''
d = TeX2('blind19-02-en-callforapps-punakha-coops', 'en', 'pdflatex', 'blind-call-for-applications', 'youth cooperative leaders: training, start-up credit and mentoring for young farmers', preamble='')
E = d.e
HL, HR = 'Call for applications · Ref. YCL/2026/02', 'Young Cooperative Leaders Programme'
FL = 'Deadline for applications: 15 April 2026'
p1 = d.furn(HL); p2 = d.furn(HR); p3 = d.furn(FL); d.furn('Page 1 of 2')
d.furn(HL); d.furn(HR); d.furn(FL); d.furn('Page 2 of 2')
d.preamble = pre % (E(p1), E(p2), E(p3), r'Page \thepage{} of 2')
d.raw(r'{\small\bfseries\color{saf} ' + E(d.ign('CALL FOR APPLICATIONS · PUNAKHA AND WANGDUE PHODRANG')) + r'\par}\smallskip' + '\n')
d.T('Become a young cooperative leader: 40 places for the 2026 intake', r'{\LARGE\bfseries\color{dk} %s\par}\smallskip' + '\n')
d.p('Punakha, 2 March 2026 — open to young women and men aged 18 to 29 who farm, or want to farm, in Punakha and Wangdue Phodrang', r'{\itshape %s\par}\medskip' + '\n')
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('The programme')
d.p('Many young people in the two valleys grow red rice, chili or vegetables on family land, but sell alone and at the farm gate. The Young Cooperative Leaders Programme trains 40 of them each year to start or run a farmers’ cooperative: keeping accounts, buying inputs together, selling to schools and hotels, and looking after members’ safety and social protection.')
d.p('The programme is run by the International Labour Organization (ILO) with the Department of Agricultural Marketing and Cooperatives (DAMC) of the Ministry of Agriculture and Livestock of Bhutan.')
d.h('Who can apply')
d.ul([('You can apply if you are:', ['between 18 and 29 years old on 15 April 2026;', 'living in Punakha or Wangdue Phodrang;', 'a member of a cooperative or farmers’ group, or ready to form one.']), 'Young women, young people with a disability and school leavers without a job are strongly encouraged to apply.', 'Two members of the same group may apply together.'])
d.h('What you will receive')
d.tab([['Item', 'Amount', 'When']], [['Stipend during the course', 'Nu 6 000 a month', 'weeks 1 to 6'], ['Start-up credit for the group', 'up to Nu 250 000', 'after the course'], ['Mentoring visits', '8 visits', 'first 12 months'], ['Accident insurance', 'premium paid', 'whole year']], 'lrl', caption='Nu = ngultrum. The credit is a loan at a reduced rate, not a grant.')
d.h('How to apply')
d.ul(['Collect the form at any gewog office or download it.', ('Fill it in and attach:', ['a copy of your citizenship card;', 'one page, in English or Dzongkha, on what your group grows and sells;', 'a letter from your group or gewog, if you have one.']), 'Hand it in at the DAMC office in Punakha by 15 April 2026.', 'Shortlisted applicants are called for an interview in May.'], env='enumerate')
d.raw(r'\columnbreak' + '\n')
d.h('How we choose')
d.tab([['Criterion', 'Weight']], [['Your plan for the group', '35%'], ['Commitment to farming in the valleys', '25%'], ['Interview', '25%'], ['Letter of support', '15%']], 'lr', caption='A panel of five scores each application; results are read on the radio.')
d.q('I sold my chili alone for three years. With eleven growers together we now have one truck, one price and one account book.', 'Karma Wangmo', 'chair of the Lobesa Chili Growers’ Cooperative, 2025 intake', fmt='\\begin{quote}\\itshape ``%s\'\'\\par\\upshape\\hfill \\textemdash{} %s, %s\\end{quote}\n')
d.h('Who does what')
d.tab([['Body', 'Role', 'Since']], [['DAMC', 'co-organiser; registers the new cooperatives', '2024'], ['College of Natural Resources (CNR)', 'teaches the six-week course', '2025'], ['Bhutan Broadcasting Service (BBS)', 'reads out the results', '2026'], ['Thimphu Offset Press', 'prints the course books, paid per copy', '2025']], r'>{\raggedright\arraybackslash}p{24mm}>{\raggedright\arraybackslash}p{30mm}l', caption='Programme partners and service providers.')
d.h('Behind the programme')
d.p('Financial support came from the Austrian Development Agency (ADA), which committed its grant to the ILO for the intakes of 2025 to 2028.')
d.p('Bhutan Development Bank Limited (BDBL) is a party to the Youth Credit Window agreement with the DAMC, in force since 2023; the start-up credit is paid from that window.')
d.p('Two years ago a memorandum of understanding on mentoring was signed by the Tarayana Foundation and the DAMC. Tarayana’s field staff make the eight mentoring visits.')
d.p('The Lobesa Chili Growers’ Cooperative’s partnership with the CNR, begun in 2020, gives each trainee a field plot on the college farm. In 2025 the Punakha Red Rice Cooperative entered into a letter of intent with Yangkhil Greens, a vegetable trader in Thimphu, to sell its rice to school kitchens.')
d.p('The Loden Foundation took part in the first talks but withdrew before signing. Trongsa Dzongkhag Administration has applied to host an intake in 2027. The Bhutan Agriculture and Food Regulatory Authority (BAFRA) sits on the selection panel as an observer. The agriculture ministry will hand out the certificates. Interviews are held at Lobesa Meadows Guest House, which is paid for the rooms. Figures on farm injuries come from Punakha District Hospital.', r'{\small %s\par}' + '\n')
d.h('Contact', 2)
d.contact('Sonam Dorji', 'dorji@ilo.org', '+91 11 4750 9200')
d.raw(r'{\small Sonam Dorji\\' + E(d.ign('ILO Country Office for India, New Delhi')) + r'\\' + E(d.ign('Tel.: +91 11 4750 9200')) + r'\\' + E(d.ign('Email: dorji@ilo.org')) + r'\\' + E(d.link('www.ilo.org/newdelhi')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.raw(r'\newpage' + '\n')
d.h('Application form')
d.p('Write clearly in capital letters. Keep a copy of the form; the original is not returned.')
rows = [['Full name', ''], ['Date of birth', ''], ['Gewog and dzongkhag', ''], ['Mobile number', ''], ['Name of your group or cooperative', ''], ['Number of members', '']]
hh, rr = d.table([], rows)
d.raw(r'\renewcommand{\arraystretch}{2.1}\begin{tabular}{|p{60mm}|p{110mm}|}\hline' + '\n' + '\n'.join(E(a) + ' & ' + E(b) + r' \\ \hline' for a, b in rr) + r'\end{tabular}\renewcommand{\arraystretch}{1}\par\medskip' + '\n')
d.h('What does your group grow?', 2)
items = ['Red rice', 'Chili', 'Vegetables', 'Fruit (oranges, mangoes)', 'Dairy', 'Something else: ______________']
bb = [d.bullet(x) for x in items]
d.raw(r'\begin{itemize}[label=$\square$]' + '\n' + '\n'.join(r'\item ' + E(x) for x in bb) + r'\end{itemize}\medskip' + '\n')
d.h('Declaration', 2)
d.p('I confirm that the information on this form is true. I agree that the DAMC and the ILO may keep it for the selection and for the programme’s records until 2028.')
d.raw(r'\vspace{14mm}\noindent\rule{70mm}{0.4pt}\hfill\rule{50mm}{0.4pt}\\' + E(d.ign('Signature of the applicant')) + r'\hfill ' + E(d.ign('Date')) + r'\hspace*{42mm}\par' + '\n')
d.raw(r'\vfill\fbox{\parbox{\dimexpr\textwidth-2\fboxsep}{\small ' + E(d.ign('For DAMC use only: received on ________ by ________ · score ____ / 100')) + r'}}' + '\n')
d.orgs(('International Labour Organization', 'ILO'), ('Department of Agricultural Marketing and Cooperatives', 'DAMC'), 'Ministry of Agriculture and Livestock of Bhutan',
       'Lobesa Chili Growers’ Cooperative', ('College of Natural Resources', 'CNR'), ('Bhutan Broadcasting Service', 'BBS'), 'Thimphu Offset Press',
       ('Austrian Development Agency', 'ADA'), ('Bhutan Development Bank Limited', 'BDBL'), 'Tarayana Foundation', 'Punakha Red Rice Cooperative', 'Yangkhil Greens',
       'Loden Foundation', 'Trongsa Dzongkhag Administration', ('Bhutan Agriculture and Food Regulatory Authority', 'BAFRA'), 'Lobesa Meadows Guest House', 'Punakha District Hospital')
d.countries('BT', 'IN')
d.ps(['DAMC', 'ILO'], 'programme', 2024)
d.ps(['CNR', 'ILO'], 'programme', 2025)
d.ps(['BBS', 'ILO'], 'programme', 2026)
d.ps(['ADA', 'ILO'], 'funding', 2025, 2028)
d.ps(['BDBL', 'DAMC'], 'cooperation_agreement', 2023)
d.ps(['Tarayana Foundation', 'DAMC'], 'memorandum_of_understanding', 2024)
d.ps(['Lobesa Chili Growers’ Cooperative', 'CNR'], 'partnership', 2020)
d.ps(['Punakha Red Rice Cooperative', 'Yangkhil Greens'], 'letter_of_intent', 2025)
d.build()
