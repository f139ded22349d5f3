from common import *
d = TeX('blind17-02-en-thankyou-banijamra-weavers', 'en', 'pdflatex', 'blind-donor-thank-you-letter', 'hand-loom weavers, apprenticeships and social insurance')
E = d.e
FL, FR1, FR2 = 'Bani Jamra Weavers’ Society · Letter to our partners', '1/2', '2/2'
d.furn(FL); d.furn(FR1); d.furn(FL); d.furn(FR2)
d.preamble = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,left=24mm,right=24mm,top=16mm,bottom=20mm]{geometry}
\usepackage{xcolor,booktabs,multicol,enumitem,fancyhdr,tikz}\setlength{\columnsep}{11mm}
\definecolor{indigo}{HTML}{27306b}\definecolor{saffron}{HTML}{c9822b}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize\color{indigo}%s}\fancyfoot[R]{\footnotesize\color{indigo}\thepage/2}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\setlist{itemsep=1pt,topsep=2pt}
\newcommand{\runin}[1]{\par\smallskip{\sffamily\bfseries\color{indigo}#1}\par}
''' % tex_esc(FL)
# letterhead
d.raw(r'{\color{indigo}\rule{\linewidth}{2.5pt}}\par\vspace{2pt}' + '\n')
d.raw(r'\begin{minipage}[t]{0.62\linewidth}{\sffamily\bfseries\Large\color{indigo} ' + E(d.ign('Bani Jamra Weavers’ Society')) + r'}\par{\sffamily\footnotesize ' + E(d.ign('Hand-loom cloth since the days of the pearl boats')) + r'}\end{minipage}\hfill')
d.raw(r'\begin{minipage}[t]{0.34\linewidth}\raggedleft\sffamily\footnotesize ' + E(d.ign('Building 118, Road 4913, Bani Jamra')) + r'\\ ' + E(d.ign('Northern Governorate, Kingdom of Bahrain')) + r'\\ ' + E(d.ign('Registered society No. 2/17')) + r'\end{minipage}\par' + '\n')
d.raw(r'{\color{saffron}\rule{\linewidth}{0.8pt}}\par\vspace{6pt}' + '\n')
d.raw(r'\begin{flushright}' + E(d.para('Bani Jamra, 18 January 2026')) + r'\end{flushright}' + '\n')
d.raw(r'{\sffamily\bfseries\LARGE\color{indigo} ' + E(d.title('Thank you for keeping the looms busy')) + r'\par}\vspace{4pt}' + '\n')
d.p('Dear friends of the Society,')
d.p('A year ago we had eleven working looms and fourteen apprentices. Tonight, as I write, twenty-two young people are learning to throw the shuttle in the old weaving sheds behind the mosque, and forty-seven of our weavers hold a social insurance card. None of this would have happened without you.')
d.h('What your support did in 2025', 1, fmt=r'\section*{\sffamily\color{indigo}%s}')
d.h('At the looms', 2, fmt=r'\runin{%s}')
d.ul([('Eleven looms rebuilt by the older weavers:', ['new reeds and heddles made by a carpenter in Al Jasra;', 'pedals lowered for the younger apprentices.']), 'A dyeing room with running water and a fan.', 'Two women master weavers paid to teach for the first time.'])
d.p('Tamkeen has funded our apprenticeship scheme since 2023, and its grant paid each apprentice a monthly allowance again this year. The dyeing room was co-funded by the Bahrain Development Bank (BDB) and Al Seef Textiles & Trims W.L.L., who both answered our appeal last year.')
d.h('Insurance and eyesight', 2, fmt=r'\runin{%s}')
d.p('Weaving is close work. Under the agreement between the Society and Budaiya Health Centre (2022–2025), every weaver had an eye test each spring; the centre has told us it will keep the tests going while a new text is written.')
d.p('The Society is a signatory of the 2024 memorandum on home-based crafts, alongside the Social Insurance Organization (SIO) and the Bahrain Authority for Culture and Antiquities. It lets a weaver who works at home, or in a shed she does not own, pay her own contributions.')
d.h('Our promises for 2026', 1, fmt=r'\section*{\sffamily\color{indigo}%s}')
d.ul(['Open a second shed for women who cannot weave at home.', ('Take our cloth to two new markets:', ['the Friday market in Budaiya;', 'the gift shops of the national museum.']), 'Send every apprentice’s first contribution to the SIO before Ramadan.'], env='enumerate')
d.raw(r'\vspace{2pt}\begin{minipage}{\linewidth}' + '\n')
d.raw(r'\begin{minipage}{0.48\linewidth}' + E(d.ign('With gratitude from all of us at the looms,')) + r'\par\vspace{6pt}{\itshape ' + E(d.ign('Maryam Abdulla Al-Nassaj')) + r'}\par{\footnotesize ' + E(d.ign('Chair of the Society')) + r'}\end{minipage}\hfill')
d.raw(r'\begin{minipage}{0.48\linewidth}\footnotesize ')
d.p('P.S. Bahrain Polytechnic and the Society put their names to a letter of intent two years ago to design a loom-repair course. The first six students start in March.', fmt='%s')
d.raw(r'\end{minipage}\end{minipage}' + '\n')
d.raw(r'\newpage' + '\n')
# page 2 enclosure
d.raw(r'{\sffamily\footnotesize\color{saffron}' + E(d.ign('ENCLOSURE TO THE LETTER OF 18 JANUARY')) + r'}\par' + '\n')
d.h('Who stood with us', 1, fmt=r'{\sffamily\bfseries\Large\color{indigo}%s\par}')
d.raw(r'\begin{multicols}{2}\raggedright' + '\n')
d.ul(['Funding: Arab Gulf Programme for Development (AGFUND), 2024–2026', 'Apprentice allowances: Tamkeen, since 2023', 'Dyeing room: BDB and Al Seef Textiles & Trims W.L.L.', 'Loom-repair course: Bahrain Polytechnic'], env='itemize')
d.p('The International Labour Organization (ILO) helped us write the apprentice contract that every master weaver now signs; no agreement was needed for that advice. The Ministry of Labour of the Kingdom of Bahrain registers the Society and its apprentices but is not a party to any of the texts above.')
d.p('The General Federation of Bahrain Trade Unions (GFBTU) sent an observer to our annual meeting. The Bahrain Chamber of Commerce and Industry (BCCI) is expected to sign a sponsorship next year; until it does, we count it as a friend, not a partner.')
d.p('Gulf Courier Express carries our orders to Manama under a paid contract, and Yasmeen Bakery bakes the bread for the Friday market, paid per order. The Bahraini Ministry of Labour lends us an inspector for a yearly safety walk.')
d.raw(r'\begin{center}' + '\n')
d.tab([['', '2024', '2025']], [['Apprentices at the looms', '14', '22'], ['Weavers insured with the SIO', '31', '47'], ['Bolts of cloth sold', '860', '1 140'], ['Eye tests at the health centre', '38', '52']], 'lrr',
      caption='Figures from the Society’s registers and the SIO; population data from the Information & eGovernment Authority (iGA).')
d.raw(r'\end{center}' + '\n')
qt, qs, qr = d.quote('I learned on my grandfather’s loom. Now a girl from Sar is learning on mine, and she is insured from her first day.', 'Abbas Hasan Al-Nassaj', 'master weaver, Bani Jamra')
d.raw('{\\color{saffron}\\rule{\\linewidth}{0.6pt}}\\par{\\large\\itshape ``' + E(qt) + '\'\'}\\par\\raggedleft --- ' + E(qs) + ', ' + E(qr) + '\\par\\raggedright{\\color{saffron}\\rule{\\linewidth}{0.6pt}}\\par\n')
d.h('Contact', 2, fmt=r'\runin{%s}')
d.contact('Zainab Habib', 'info@bjweavers.org.bh', '+973 1769 0452')
d.raw('Zainab Habib\\\\ ' + E(d.ign('Projects officer, Bani Jamra Weavers’ Society')) + '\\\\ ' + E(d.ign('Tel.: +973 1769 0452')) + '\\\\ ' + E(d.ign('Email: info@bjweavers.org.bh')) + '\\\\ ' + E(d.link('www.bjweavers.org.bh')) + '\\par\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs('Bani Jamra Weavers’ Society', 'Tamkeen', ('Bahrain Development Bank', 'BDB'), 'Al Seef Textiles & Trims W.L.L.', 'Budaiya Health Centre', ('Social Insurance Organization', 'SIO'),
       'Bahrain Authority for Culture and Antiquities', ('Information & eGovernment Authority', 'iGA'), 'Bahrain Polytechnic', ('Arab Gulf Programme for Development', 'AGFUND'),
       ('International Labour Organization', 'ILO'), 'Ministry of Labour of the Kingdom of Bahrain', ('General Federation of Bahrain Trade Unions', 'GFBTU'),
       ('Bahrain Chamber of Commerce and Industry', 'BCCI'), 'Gulf Courier Express', 'Yasmeen Bakery')
d.countries('BH')
d.ps(['Tamkeen', 'Bani Jamra Weavers’ Society'], 'funding', 2023)
d.ps(['BDB', 'Bani Jamra Weavers’ Society'], 'funding', 2025)
d.ps(['Al Seef Textiles & Trims W.L.L.', 'Bani Jamra Weavers’ Society'], 'funding', 2025)
d.ps(['Bani Jamra Weavers’ Society', 'Budaiya Health Centre'], 'cooperation_agreement', 2022, 2025)
d.ps(['Bani Jamra Weavers’ Society', 'SIO', 'Bahrain Authority for Culture and Antiquities'], 'memorandum_of_understanding', 2024)
d.ps(['Bahrain Polytechnic', 'Bani Jamra Weavers’ Society'], 'letter_of_intent', 2024)
d.ps(['AGFUND', 'Bani Jamra Weavers’ Society'], 'funding', 2024, 2026)
d.build()
