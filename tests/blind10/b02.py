from common import *
pre = r'''\documentclass[a4paper,10pt,twocolumn]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[margin=17mm,top=22mm,bottom=20mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{enumitem}\usepackage{array}\usepackage{booktabs}
\definecolor{rust}{HTML}{B24A1A}\definecolor{sand}{HTML}{F3E6D8}
\setlength{\columnsep}{8mm}\setlength{\columnseprule}{0.3pt}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\renewcommand{\familydefault}{\sfdefault}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
'''
d = TeX('blind10-02-en-toolbox-shipyard', 'en', 'pdflatex', 'blind-toolbox-talk', 'hot work safety in ship recycling', preamble=pre)
h1 = r'\par\medskip{\large\bfseries\color{rust}%s\par}\smallskip' + '\n'
h2 = r'\par\smallskip{\bfseries %s\par}' + '\n'
hl, hr, f1 = d.fu('Ship Recycling Safety Programme · Aliaga, Izmir'), d.fu('Toolbox talk 7 · October 2025'), None
d.raw(r'\fancyhead[L]{\footnotesize %s}\fancyhead[R]{\footnotesize %s}' % (hl, hr))
d.furn('Page 1 of 2'); d.furn('Ship Recycling Safety Programme · Aliaga, Izmir'); d.furn('Toolbox talk 7 · October 2025'); d.furn('Page 2 of 2')
d.raw(r'\fancyfoot[R]{\footnotesize Page \thepage\ of 2}' + '\n')
d.raw(r'\twocolumn[{\colorbox{rust}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{2mm}\color{white}')
d.i('TOOLBOX TALK No. 7 · READ ALOUD AT THE START OF THE SHIFT', r'{\footnotesize\bfseries %s\par}\vspace{1mm}')
d.T('Hot work on a ship’s hull: gas free before you cut', r'{\LARGE\bfseries %s\par}\vspace{1mm}')
d.p('A ten-minute talk for cutting crews, fire watchers and supervisors in the Aliaga ship recycling yards', r'{\normalsize %s\par}\vspace{2mm}}}\par\bigskip}]' + '\n')
d.h('Before the talk', 1, fmt=h1)
d.p('Gather the crew at the gangway, not inside the hull. Have a gas detector, a blank hot work permit and a fire blanket with you. Keep it short: ten minutes, then questions.')
d.h('The talk', 1, fmt=h1)
d.ul([('Why we stop before every cut:', ['a tank that held fuel oil can explode days after it was emptied;', 'the gas you cannot smell is the one that kills.']),
      'No permit, no cut. The permit is signed by the gas tester and by the supervisor, and it hangs at the entrance of the compartment.',
      ('The certificate is valid for one shift only. It must show:', ['the compartment and the deck;', 'the time of the test;', 'the oxygen and flammable gas readings.']),
      'A fire watcher stays 30 minutes after the last cut, with the extinguisher in hand.'], env='enumerate')
d.h('Questions to ask the crew', 1, fmt=h1)
d.ul([('What do you do if the detector alarms while you are cutting?', ['Expected answer: stop, close the torch, get out and tell the supervisor.']),
      ('Who can sign a gas free certificate?', ['Expected answer: only the certified gas tester of the yard.'])])
d.h('Sign-off', 1, fmt=h1)
d.p('The supervisor keeps this sheet with the permit book for one year.')
d.table([['Name', 'Crew or company', 'Signature']], [['', '', '']] * 7)
d.raw(r'{\renewcommand{\arraystretch}{1.9}\begin{tabular}{|p{22mm}|p{30mm}|p{16mm}|}\hline \textbf{Name} & \textbf{Crew or company} & \textbf{Signature} \\ \hline' + r' & & \\ \hline' * 7 + r'\end{tabular}}' + '\n')
d.raw('\n' + r'\renewcommand{\arraystretch}{1}' + '\n')
d.raw(r'\clearpage' + '\n')
d.h('About the programme', 1, fmt=h1)
d.p('Around 4,000 people work in the 22 yards of the Aliaga ship recycling zone. Between 2021 and 2024 the yards recorded 17 fires in tanks and double bottoms; in eleven of them no gas test had been made. The IMO convention on ship recycling entered into force in June 2025, and every yard now needs a ship recycling facility plan that covers hot work.')
d.tab([['Indicator', '2024', '2025']], [['Certified gas testers', '41', '96'], ['Crews trained with toolbox talks', '58', '173'], ['Tank fires', '5', '1']], r'p{36mm}rr', ruled=False, caption='Table 1. Results in the 22 yards. Source: yard safety registers.')
d.h('Partners', 1, fmt=h1)
d.p('A memorandum of understanding on gas free certification for hot work was signed in April 2025 by Türkiye’s Ministry of Labour and Social Security (MoLSS), the Ship Recyclers’ Association of Türkiye (SRAT), the Aliaga Ship Recycling Workers’ Union and the International Labour Organization (ILO).')
d.p('The Ministry of Foreign Affairs of the Netherlands awarded the ILO a grant for the programme in 2024. It runs to the end of 2027.')
d.p('The training of gas testers rests on an agreement between SRAT and Dokuz Eylül University. First concluded in 2021, the cooperation agreement was renewed this year until 2028.')
d.p('Since 2023 the ILO and the International Maritime Organization (IMO) have run a joint programme on safe and decent ship recycling, of which this project is part.')
d.p('In June, Meltem Recycling sent the Aliaga Ship Recycling Workers’ Union a letter of intent: it wants all of its 300 workers to follow the talks.')
d.p('Aliaga Municipality lends its hall for the tester courses. Ege Gaz Olcum is under contract to calibrate the detectors; the NGO Shipbreaking Platform attended the June review as an observer, and the employment figures come from the Turkish Statistical Institute (TurkStat).')
d.q('The permit used to be a piece of paper we signed at the end of the day. Now nobody lights a torch until the tester has been in the tank.', 'Deniz Arslan', 'cutting crew leader, Aliaga', fmt='\\par\\medskip{\\color{rust}\\rule{\\columnwidth}{0.6pt}}\\par{\\itshape\\large %s\\par}\\smallskip{\\small --- %s, %s\\par}{\\color{rust}\\rule{\\columnwidth}{0.6pt}}\\par\n')
d.h('Contact', 2, fmt=h2)
d.contact('Elif Karaca', 'karaca@ilo.org', '+90 312 491 9890')
d.raw(r'\colorbox{sand}{\parbox{\dimexpr\columnwidth-2\fboxsep}{\small ')
d.raw(r'\textbf{Elif Karaca}\par ')
for s in ['Technical officer, ILO Office for Türkiye', 'Tel.: +90 312 491 9890', 'Email: karaca@ilo.org']: d.i(s, '%s\\par ')
d.raw(d.e(d.link('www.ilo.org/ankara')) + r'}}' + '\n')
d.orgs(('International Labour Organization', 'ILO'), 'ILO Office for Türkiye', ('Ministry of Labour and Social Security', 'MoLSS'), ('Ship Recyclers’ Association of Türkiye', 'SRAT'),
       'Aliaga Ship Recycling Workers’ Union', 'Ministry of Foreign Affairs of the Netherlands', 'Dokuz Eylül University', ('International Maritime Organization', 'IMO'),
       'Meltem Recycling', 'Aliaga Municipality', 'Ege Gaz Olcum', 'NGO Shipbreaking Platform', ('Turkish Statistical Institute', 'TurkStat'))
d.countries('TR', 'NL')
d.ps(['MoLSS', 'SRAT', 'Aliaga Ship Recycling Workers’ Union', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Ministry of Foreign Affairs of the Netherlands', 'ILO'], 'funding', 2024, 2027)
d.ps(['SRAT', 'Dokuz Eylül University'], 'cooperation_agreement', 2021, 2028)
d.ps(['ILO', 'IMO'], 'programme', 2023)
d.ps(['Meltem Recycling', 'Aliaga Ship Recycling Workers’ Union'], 'letter_of_intent', 2025)
d.build()
