from common import *
pre = r'''\documentclass[9pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.9]{helvet}
\usepackage[a4paper,margin=13mm,top=17mm,bottom=15mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{multicol}\usepackage{booktabs}\usepackage{enumitem}
\definecolor{ink}{HTML}{1F3B2D}\definecolor{cafe}{HTML}{6F4E37}\definecolor{paper}{HTML}{F4EFE6}
\setlength{\columnsep}{6mm}\setlength{\columnseprule}{0.4pt}\setlength{\parindent}{1em}\setlength{\parskip}{1pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\setlist{nosep,leftmargin=1.2em}\raggedcolumns
\newcommand{\hl}[1]{\par\medskip{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\sffamily\bfseries\Large\color{ink}#1\par}\smallskip}
\newcommand{\hs}[1]{\par\smallskip{\raggedright\hyphenpenalty=10000\sffamily\bfseries\large\color{cafe}#1\par}\smallskip}
\newcommand{\hb}[1]{\par{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\sffamily\bfseries\color{cafe}#1\par}}
'''
d = TeX('blind10-08-fr-journal-plateau', 'fr', 'pdflatex', 'blind-newspaper', 'travail des enfants dans la filière café', preamble=pre)
F1, F2, F3 = d.f('Supplément du projet « Café sans enfants »'), d.f('BIT Vientiane · novembre 2025'), 'Page 1'
for s in (F1, F2, F3): d.furn(s)
d.raw(r'\fancyhead[L]{\footnotesize\sffamily %s}\fancyhead[R]{\footnotesize\sffamily %s}\fancyfoot[C]{\footnotesize\sffamily Page \thepage}' % (d.e(F1), d.e(F2)) + '\n')
d.raw(r'\begin{center}')
d.i('LE JOURNAL DU PLATEAU', r'{\sffamily\bfseries\fontsize{34}{38}\selectfont\color{ink}%s\par}')
d.i('Numéro 3 · Paksong, Champassak · Gratuit', r'{\sffamily\small %s\par}')
d.raw(r'\end{center}\vspace{-2mm}{\color{ink}\rule{\textwidth}{2pt}}\par\medskip' + '\n')
d.T('Sur le plateau des Bolovens, la récolte du café se fait désormais sans les enfants', r'{\sffamily\bfseries\fontsize{19}{22}\selectfont %s\par}\medskip')
d.p('Deux ans après le début du projet, le nombre d’enfants qui cueillent le café pendant les heures d’école a baissé de moitié dans les 40 villages suivis. Reportage à Paksong et Laongam.', r'{\large\itshape %s\par}\medskip')
d.raw(r'\begin{multicols}{3}' + '\n')
d.h('La cueillette a changé de visage', 1, fmt=r'\hl{%s}')
d.p('À Ban Nong Luang, la récolte bat son plein. Sur les pentes, les cueilleurs sont des adultes : les enfants sont à l’école, ou au club de devoirs ouvert par la coopérative jusqu’à 17 heures.')
d.p('En 2023, une enquête du projet montrait qu’un enfant sur trois de 10 à 14 ans manquait l’école au moins une semaine pendant la récolte. En 2025, ils ne sont plus qu’un sur six.')
d.p('La différence tient en trois mesures : une prime de qualité versée aux familles qui scolarisent leurs enfants, des équipes de cueilleurs adultes payés à la journée, et des comités de village qui repèrent les enfants absents.')
d.q('Avant, mon fils venait avec moi au champ dès octobre. Cette année, il passe ses examens, et c’est moi qui rapporte la prime.', 'Khamla Vongsa', 'cueilleuse, Ban Nong Luang',
    fmt='\\par\\medskip{\\color{cafe}\\rule{\\columnwidth}{1pt}}\\par{\\sffamily\\bfseries\\large\\color{cafe} « %s »\\par}\\smallskip{\\small --- %s, %s\\par}{\\color{cafe}\\rule{\\columnwidth}{1pt}}\\par\\medskip\n')
d.raw(r'\columnbreak' + '\n')
d.h('Qui soutient le projet', 1, fmt=r'\hl{%s}')
d.p('Le projet « Café sans enfants » est financé par la Suisse, par l’intermédiaire de la Direction du développement et de la coopération (DDC), depuis 2022 ; ce financement accordé au Bureau international du Travail (BIT) a été prolongé jusqu’en 2026.')
d.p('Un protocole d’accord sur le travail des enfants dans la filière café a été signé en avril 2025 par le ministère du Travail et de la Protection sociale (MTPS), la Chambre nationale de commerce et d’industrie du Laos (LNCCI), la Fédération des syndicats lao (LFTU) et le BIT.')
d.p('Côté marché, les torréfacteurs Bolaven Gold Coffee ont signé en 2024 une lettre d’intention avec la Coopérative des producteurs de café de Paksong (CPCP) : ils paieront la prime de qualité sur 300 tonnes.')
d.p('Le BIT et l’Organisation internationale pour les migrations (OIM) mènent depuis 2024 un programme conjoint pour les saisonniers venus du Cambodge, qui arrivent avec leurs enfants.')
d.p('Une association d’acheteurs européens a été consultée, mais rien n’a été signé. Le temple de Ban Nong Luang prête sa salle au comité de village ; les données de population viennent du Bureau lao de la statistique (LSB).')
d.raw(r'\columnbreak' + '\n')
d.h('Trois questions à la directrice de l’école', 1, fmt=r'\hl{%s}')
d.h('Les enfants reviennent-ils vraiment ?', 2, fmt=r'\hb{%s}')
d.p('Oui. L’an dernier, nous avions 41 absents en novembre. Cette année, huit, et nous savons où ils sont.')
d.h('Qu’est-ce qui a le plus aidé ?', 2, fmt=r'\hb{%s}')
d.p('Le club de devoirs. Les parents savent que leur enfant est surveillé jusqu’au retour du champ.')
d.h('Et maintenant ?', 2, fmt=r'\hb{%s}')
d.p('Il faut un repas à midi. Sans cantine, certains enfants retourneront au champ pour manger.')
d.h('Petites annonces', 1, fmt=r'\hl{%s}')
def ad(s):
    d.raw(r'\par\smallskip\noindent\fcolorbox{cafe}{paper}{\parbox{\dimexpr\columnwidth-2\fboxsep-2\fboxrule}{\small ' + d.e(d.para(s)) + r'}}\par' + '\n')
ad('Cherche cueilleurs adultes pour la récolte, payés à la journée, repas fournis. S’adresser à la CPCP, Ban Lak 15.')
ad('L’école secondaire de Paksong et la CPCP, liées par une convention depuis 2023, cherchent des bénévoles pour le club de devoirs du soir.')
ad('Formation gratuite à la taille des caféiers pour les jeunes de 15 à 17 ans, les samedis de décembre.')
d.h('Les chiffres de la récolte', 2, fmt=r'\hs{%s}')
d.tab([['Village', '2023', '2025']], [['Ban Nong Luang', '46', '19'], ['Ban Lak 15', '38', '21'], ['Ban Houay Kong', '52', '24'], ['Laongam centre', '29', '12']], r'lrr', ruled=True,
      caption='Enfants de 10 à 14 ans absents de l’école pendant la récolte, pour 100 enfants. Source : enquête du projet.')
d.h('Écrivez-nous', 2, fmt=r'\hs{%s}')
d.contact('Souphaphone Keomany', 'keomany@ilo.org', '+856 21 214 700')
d.raw(r'\noindent{\small\textbf{Souphaphone Keomany}\par ')
for s in ['Chargée de communication, BIT Vientiane', 'Tél. : +856 21 214 700', 'Courriel : keomany@ilo.org']: d.i(s, r'%s\par ')
d.raw(d.e(d.link('www.ilo.org/bangkok')) + r'\par}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('Direction du développement et de la coopération', 'DDC'), ('Bureau international du Travail', 'BIT'), ('ministère du Travail et de la Protection sociale', 'MTPS'),
       ('Chambre nationale de commerce et d’industrie du Laos', 'LNCCI'), ('Fédération des syndicats lao', 'LFTU'), 'Bolaven Gold Coffee', ('Coopérative des producteurs de café de Paksong', 'CPCP'),
       ('Organisation internationale pour les migrations', 'OIM'), 'école secondaire de Paksong', ('Bureau lao de la statistique', 'LSB'), 'temple de Ban Nong Luang', 'BIT Vientiane')
d.countries('LA', 'CH', 'KH')
d.ps(['DDC', 'BIT'], 'funding', 2022, 2026)
d.ps(['MTPS', 'LNCCI', 'LFTU', 'BIT'], 'memorandum_of_understanding', 2025)
d.ps(['Bolaven Gold Coffee', 'CPCP'], 'letter_of_intent', 2024)
d.ps(['BIT', 'OIM'], 'programme', 2024)
d.ps(['école secondaire de Paksong', 'CPCP'], 'cooperation_agreement', 2023)
d.build()
