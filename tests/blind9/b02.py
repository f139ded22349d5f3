from common import *
d = TeX('blind9-02-en-oyster-annual', 'en', 'pdflatex', 'blind-annual-report-excerpt', 'green jobs for women oyster harvesters and mangrove restoration',
        preamble=r'''\documentclass[11pt,twocolumn]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,top=22mm,bottom=20mm,left=16mm,right=16mm,columnsep=7mm]{geometry}
\usepackage{xcolor,booktabs,fancyhdr,tcolorbox,enumitem,microtype}
\definecolor{mang}{HTML}{1B5E20}\definecolor{sand}{HTML}{F3EBD3}\definecolor{mud}{HTML}{6D4C41}
\interlinepenalty=10000\raggedbottom\usepackage{array}\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\footnotesize\sffamily\color{mud}HDRL}\fancyhead[R]{\footnotesize\sffamily\color{mud}HDRR}
\fancyfoot[L]{\footnotesize\sffamily FOOTL}\fancyfoot[R]{\footnotesize\sffamily\bfseries\thepage}
\setcounter{page}{14}
\usepackage{needspace}\newcommand{\hsec}[1]{\par\needspace{5\baselineskip}\medskip{\sffamily\bfseries\large\color{mang}#1\par}\smallskip}
\newcommand{\hsub}[1]{\par\needspace{4\baselineskip}\smallskip{\sffamily\bfseries\normalsize\color{mud}#1\par}}
\setlist[itemize]{leftmargin=12pt,itemsep=1pt,topsep=2pt}
''')
hl = d.fu('Annual Report 2025'); hr = d.fu('ILO Office in Dakar'); fl = d.fu('Chapter 3 · Green jobs')
d.preamble = d.preamble.replace('HDRL', hl).replace('HDRR', hr).replace('FOOTL', fl)
d.raw(r'\twocolumn[{\begin{tcolorbox}[colback=mang,colframe=mang,arc=0pt,left=6mm,right=6mm,top=4mm,bottom=5mm]\color{white}\sffamily ')
d.i('CHAPTER 3', r'{\small\bfseries\color{sand}%s\par}\smallskip ')
d.T('Oysters, mangroves and women’s work in the Tanbi Wetland', r'{\LARGE\bfseries %s\par}\medskip ')
d.p('The Gambia · Green jobs for coastal communities, 2023–2026', r'{\normalsize %s\par}')
d.raw(r'\end{tcolorbox}\vspace{3mm}}]' + '\n')
d.h('A year on the creeks', 1, fmt=r'\hsec{%s}')
d.p('In 2025 the programme reached 1,140 women who harvest oysters in the creeks between Banjul, Lamin and Kartong. Nine in ten of them had never had a written contract, a bank account or protective gear.')
d.p('Harvesting used to mean cutting mangrove roots with the oysters attached. The women now grow oysters on hanging ropes and replant the mangroves they once cut: 46 hectares were replanted this year.')
d.h('What changed in 2025', 2, fmt=r'\hsub{%s}')
d.ul([('Income and safety:', ['closed seasons agreed by the harvesters themselves;', 'boots, gloves and life jackets for every member;', 'a first-aid point at each landing site.']),
      'Markets: a cold room at Lamin and a price list shared by text message;', 'Voice: three women elected to the Tanbi management committee.'])
d.raw(r'\begin{tcolorbox}[colback=sand,colframe=mud,boxrule=0.5pt,arc=1mm,left=2mm,right=2mm,top=1.5mm,bottom=1.5mm]\small ')
d.h('Box 3.2 · The cooperatives at a glance', 2, fmt=r'{\sffamily\bfseries\color{mud}%s\par}\smallskip ')
d.p('Five cooperatives now work under one umbrella. The largest is the Kartong Oyster Women’s Cooperative, with 312 members.')
d.ul(['members pay 50 dalasi a month into a savings fund;', 'the fund lends for boats, ropes and school fees;', 'each cooperative elects a safety officer.'])
d.raw(r'\end{tcolorbox}' + '\n')
d.h('Partners and agreements', 1, fmt=r'\hsec{%s}')
d.p('The Government of Iceland provided a grant of US$ 1.2 million to the International Labour Organization (ILO) for the period 2024–2026; it pays for the ropes, the cold room and the training.')
d.p('Under a joint programme launched in 2023, the ILO, the United Nations Environment Programme (UNEP) and the Food and Agriculture Organization of the United Nations (FAO) work with the same communities on restoration and fisheries.')
d.p('The Department of Parks and Wildlife Management (DPWM), the National Environment Agency (NEA) and the Kartong Oyster Women’s Cooperative put their names to a memorandum of understanding on harvest zones in May 2025.')
d.p('The Women’s Bureau has worked with the cooperatives since 2021 under a cooperation agreement with the Gambia Chamber of Commerce and Industry (GCCI). The agreement was renewed last year and now runs until 2028.')
d.p('The baseline survey was carried out by the University of The Gambia under a service contract. The World Bank attended the steering committee as an observer.')
d.h('Agreements signed in 2025', 2, fmt=r'\hsub{%s}')
d.raw(r'{\footnotesize\sffamily ')
d.tab([['Parties', 'Instrument', 'Month']],
      [['DPWM, NEA, Kartong cooperative', 'memorandum of understanding', 'May'],
       ['Brikama Area Council and Gambia Technical Training Institute', 'letter of intent', 'September'],
       ['Women’s Bureau and GCCI', 'renewal of cooperation agreement', 'November']],
      r'>{\raggedright\arraybackslash}p{27mm}>{\raggedright\arraybackslash}p{27mm}l', caption='Source: programme records.')
d.raw('}\n')
d.p('The letter of intent commits the Council to host a GTTI course in boat repair at its Brikama workshop.')
d.h('Money', 1, fmt=r'\hsec{%s}')
d.raw(r'{\footnotesize\sffamily ')
d.tab([['Expenditure in 2025', 'US$']],
      [['Training and equipment', '218,400'], ['Cold room and landing sites', '164,900'], ['Mangrove replanting', '71,300'], ['Staff and monitoring', '96,200'], ['Total', '550,800']],
      r'p{40mm}r', caption='Unaudited figures, 31 December 2025.')
d.raw('}\n')
d.q('When we cut the roots, the oysters got smaller every year. Now the mangroves come back and so does our money.', 'Isatou Jallow', 'chair, Kartong Oyster Women’s Cooperative',
    fmt='\\par\\medskip{\\color{mang}\\rule{\\linewidth}{0.6pt}}\\par{\\rmfamily\\itshape\\large %s\\par}\\smallskip{\\sffamily\\small\\raggedleft --- %s, %s\\par}{\\color{mang}\\rule{\\linewidth}{0.6pt}}\\par\n')
d.h('Results against targets', 1, fmt=r'\hsec{%s}')
d.raw(r'{\footnotesize\sffamily ')
d.tab([['Indicator', 'Reached 2025', 'Target 2026']],
      [['Women in cooperatives', '1,140', '1,500'], ['Mangroves replanted (ha)', '46', '80'], ['Members with a bank account', '610', '1,200'], ['Landing sites with first aid', '7', '9']],
      r'>{\raggedright\arraybackslash}p{30mm}rr')
d.raw('}\n')
d.h('Lessons learned', 2, fmt=r'\hsub{%s}')
d.ul(['Closed seasons work only when the harvesters set them.', ('Training is better on the landing site than in a classroom:', ['shorter sessions;', 'tide times decide the schedule.']), 'Women need their own savings fund before they take loans.'], env='enumerate')
d.h('Looking ahead to 2026', 2, fmt=r'\hsub{%s}')
d.p('Next year the cooperatives will register with the Social Security and Housing Finance Corporation (SSHFC), and the programme will test oyster-shell lime as a second product. Figures in this chapter come from the Gambia Bureau of Statistics (GBoS) and programme records.')
d.h('Contact', 2, fmt=r'\hsub{%s}')
d.contact('Fatou Bensouda Ceesay', 'ceesay@ilo.org', '+221 33 869 92 71')
d.raw(r'{\small\sffamily ' + d.e('Fatou Bensouda Ceesay') + r'\\ ' + d.e(d.ign('Programme manager, ILO Office in Dakar')) + r'\\ ' + d.e(d.ign('Tel.: +221 33 869 92 71')) + r'\\ ' + d.e(d.ign('Email: ceesay@ilo.org')) + r'\\ ' + d.e(d.link('www.ilo.org/dakar')) + r'\par}')
d.orgs(('International Labour Organization', 'ILO'), 'ILO Office in Dakar', 'Kartong Oyster Women’s Cooperative', 'Tanbi management committee', 'Government of Iceland',
       ('United Nations Environment Programme', 'UNEP'), ('Food and Agriculture Organization of the United Nations', 'FAO'),
       ('Department of Parks and Wildlife Management', 'DPWM'), ('National Environment Agency', 'NEA'), 'Women’s Bureau', ('Gambia Chamber of Commerce and Industry', 'GCCI'),
       'University of The Gambia', 'World Bank', 'Brikama Area Council', ('Gambia Technical Training Institute', 'GTTI'),
       ('Social Security and Housing Finance Corporation', 'SSHFC'), ('Gambia Bureau of Statistics', 'GBoS'))
d.countries('GM', 'IS')
d.ps(['Government of Iceland', 'ILO'], 'funding', 2024, 2026)
d.ps(['ILO', 'UNEP', 'FAO'], 'programme', 2023)
d.ps(['DPWM', 'NEA', 'Kartong Oyster Women’s Cooperative'], 'memorandum_of_understanding', 2025)
d.ps(['Women’s Bureau', 'GCCI'], 'cooperation_agreement', 2021, 2028)
d.ps(['Brikama Area Council', 'Gambia Technical Training Institute'], 'letter_of_intent', 2025)
d.build()
import json
t=json.load(open(f'{D}/{d.id}.truth.json'))
assert t['pages']==2, t['pages']
t['furniture']=['Annual Report 2025','ILO Office in Dakar','Chapter 3 · Green jobs','14','Annual Report 2025','ILO Office in Dakar','Chapter 3 · Green jobs','15']
json.dump(t, open(f'{D}/{d.id}.truth.json','w'), ensure_ascii=False, indent=1)
