from common import *
d = TeX('blind9-08-fr-menu-ouagadougou', 'fr', 'pdflatex', 'blind-menu-flyer', 'formation des restauratrices de rue, économie informelle',
        preamble=r'''\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[a4paper,top=18mm,bottom=20mm,left=17mm,right=17mm]{geometry}
\usepackage{xcolor,multicol,fancyhdr,tcolorbox,enumitem,needspace}
\definecolor{brique}{HTML}{A23E1E}\definecolor{creme}{HTML}{FFF6E5}\definecolor{vert}{HTML}{3B6E2F}
\setlength{\parindent}{0pt}\setlength{\parskip}{2pt}\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy\interlinepenalty=10000
\setlength{\columnseprule}{0.4pt}\setlength{\columnsep}{9mm}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[L]{\footnotesize\itshape FOOTL}\fancyfoot[R]{\footnotesize \thepage/2}
\newcommand{\rub}[1]{\needspace{5\baselineskip}\par\bigskip\bigskip{\centering\huge\scshape\color{brique}#1\par}\vspace{-2pt}{\centering\color{brique}\rule{30mm}{0.6pt}\par}\smallskip}
\newcommand{\plat}[2]{\needspace{3\baselineskip}\par\medskip{\large\bfseries #1}\dotfill{\large\bfseries\color{vert}#2}\par}
\newcommand{\desc}[1]{{\itshape #1\par}}
\setlist[itemize]{leftmargin=14pt,itemsep=0pt,topsep=2pt,label=\textcolor{brique}{\textbullet}}
\setlist[enumerate]{leftmargin=16pt,itemsep=1pt,topsep=2pt}
''')
fl = d.fu('Maquis & Cie · des formations pour les restauratrices de rue de Ouagadougou')
d.furn('1/2'); d.furn(d.t['furniture'][0]); d.furn('2/2')
d.preamble = d.preamble.replace('FOOTL', fl)
d.raw(r'\begin{tcolorbox}[colback=creme,colframe=brique,boxrule=1.2pt,arc=3mm,left=6mm,right=6mm,top=4mm,bottom=4mm]\centering ')
d.i('BUREAU INTERNATIONAL DU TRAVAIL · OUAGADOUGOU', r'{\footnotesize\bfseries\color{brique}%s\par}\smallskip ')
d.T('La carte des formations du maquis', r'{\fontsize{26}{30}\selectfont\bfseries\color{brique}%s\par}\smallskip ')
d.p('Pour les femmes qui tiennent un maquis, une cantine ou un étal de rue à Ouagadougou, Burkina Faso, saison 2026', r'{\itshape %s\par}')
d.raw(r'\end{tcolorbox}\medskip' + '\n')
d.p('Cette carte a été composée avec l’Association des femmes restauratrices de Ouagadougou (AFRO) et l’Agence nationale pour l’emploi (ANPE). Toutes les formations sont gratuites et ont lieu l’après-midi, après le service du midi.')
d.raw(r'\begin{multicols}{2}' + '\n')
def plat(name, dur, desc):
    name = d.heading(d.f(name), 2); dur = d.ign(dur); desc = d.para(desc) if desc else None
    d.raw(r'\plat{%s}{%s}' % (d.e(name), d.e(dur)) + '\n')
    if desc: d.raw(r'\desc{%s}' % d.e(desc) + '\n')
d.h('Entrées', 1, fmt=r'\rub{%s}'); d.i('pour bien commencer', r'{\centering\small\itshape %s\par}')
plat('Hygiène et conservation des aliments', '2 jours', 'Eau potable, glacière, lavage des mains : les gestes qui évitent les intoxications.')
plat('Sécurité au feu et au gaz', '1 jour', 'Bouteilles de gaz, foyers améliorés et extincteurs.')
d.h('Plats de résistance', 1, fmt=r'\rub{%s}'); d.i('pour faire grandir le maquis', r'{\centering\small\itshape %s\par}')
plat('Gérer sa caisse', '3 jours', 'Séparer l’argent du ménage et celui du maquis, calculer son prix de revient.')
plat('Le crédit sans piège', '2 jours', 'Épargne en groupe et prêts à taux réduit auprès du Fonds d’appui au secteur informel (FASI).')
plat('Cuisiner pour les cantines', '4 jours', 'Répondre aux appels d’offres des écoles et des chantiers.')
d.h('Desserts', 1, fmt=r'\rub{%s}'); d.i('pour être protégée', r'{\centering\small\itshape %s\par}')
plat('L’inscription à la CNSS', '1 matinée', 'Grâce à l’accord de coopération signé en 2025 entre la Caisse nationale de sécurité sociale (CNSS) et l’AFRO, la cotisation du premier trimestre est offerte.')
plat('Parler avec la mairie', '1 jour', 'Vos droits sur l’emplacement, la taxe et les contrôles.')
d.h('Boissons offertes', 1, fmt=r'\rub{%s}')
d.p('À chaque participante :')
d.ul(['un tablier et une charlotte ;', 'un kit de lavage des mains ;', 'le guide « Maquis propre », en français et en mooré.'])
d.raw(r'\end{multicols}' + '\n')
d.raw(r'\vfill{\centering\color{brique}\rule{0.6\linewidth}{0.4pt}\par}\smallskip')
d.q('Avant, je ne savais pas combien je gagnais vraiment. Maintenant je tiens mon cahier chaque soir, et j’ai pu acheter un deuxième congélateur.', 'Salamata Ouédraogo', 'tenancière de maquis, Tampouy',
    fmt='{\\centering\\large\\itshape «~%s~»\\par}\\smallskip{\\centering\\small --- %s, %s\\par}\n')
d.raw(r'\newpage' + '\n')
d.h('L’addition : qui paie ?', 1, fmt=r'\rub{%s}')
d.raw(r'\begin{multicols}{2}' + '\n')
d.p('Les formations sont financées grâce à un don de l’Agence autrichienne de développement (ADA) au Bureau international du Travail (BIT), en vigueur depuis 2023 et jusqu’en 2026.')
d.p('L’AFRO, l’ANPE et la Commune de Ouagadougou ont conclu un protocole d’accord en 2025 sur les emplacements de vente autour des marchés et des gares routières.')
d.p('Une lettre d’intention a été signée par le FASI et la caisse populaire Wend-Panga. Elle date de novembre 2024 et prévoit des prêts de groupe sans garantie.')
d.p('L’École hôtelière de Ouagadougou forme les formatrices en vertu d’une convention avec l’ANPE, signée en 2022 et prolongée jusqu’en 2026.')
d.p('La salle de formation de Tampouy est prêtée par la paroisse Saint-Camille. Le Programme alimentaire mondial (PAM) a assisté au lancement en observateur. Les chiffres viennent de l’Institut national de la statistique et de la démographie (INSD).')
d.h('Comment s’inscrire ?', 2, fmt=r'\par\needspace{6\baselineskip}\medskip{\bfseries\color{vert}%s\par}\smallskip')
d.ul(['Passez au siège de l’AFRO, à côté du marché de Sankaryaré.', ('Apportez :', ['votre carte d’identité ;', 'une photo du maquis ou de l’étal.']), 'Choisissez deux formations au plus par trimestre.'], env='enumerate')
d.h('Le maquis en chiffres', 2, fmt=r'\par\needspace{6\baselineskip}\medskip{\bfseries\color{vert}%s\par}\smallskip')
d.tab([['', '2024', '2025']], [['Restauratrices formées', '420', '1 135'], ['Inscrites à la CNSS', '36', '410'], ['Prêts de groupe accordés', '12', '58']], 'lrr', ruled=False, caption='Source : AFRO et ANPE.')
d.h('Réservations', 2, fmt=r'\par\needspace{6\baselineskip}\medskip{\bfseries\color{vert}%s\par}\smallskip')
d.contact('Aïcha Zongo Kaboré', 'zongo@ilo.org', '+226 25 30 69 42')
d.raw(r'\begin{tcolorbox}[colback=creme,colframe=vert,boxrule=0.6pt,arc=1mm]\small ' + d.e('Aïcha Zongo Kaboré') + r'\\ ' + d.e(d.ign('Coordonnatrice du projet Maquis & Cie, BIT')) + r'\\ ' + d.e(d.ign(d.f('Tél. : +226 25 30 69 42'))) + r'\\ ' + d.e(d.ign(d.f('Courriel : zongo@ilo.org'))) + r'\\ ' + d.e(d.link('www.ilo.org/abidjan')) + r'\end{tcolorbox}' + '\n')
d.raw(r'\end{multicols}' + '\n')
d.orgs(('Bureau international du Travail', 'BIT'), ('Association des femmes restauratrices de Ouagadougou', 'AFRO'), ('Agence nationale pour l’emploi', 'ANPE'),
       ('Fonds d’appui au secteur informel', 'FASI'), ('Caisse nationale de sécurité sociale', 'CNSS'), ('Agence autrichienne de développement', 'ADA'), 'Commune de Ouagadougou',
       'caisse populaire Wend-Panga', 'École hôtelière de Ouagadougou', 'paroisse Saint-Camille', ('Programme alimentaire mondial', 'PAM'),
       ('Institut national de la statistique et de la démographie', 'INSD'), 'Maquis & Cie')
d.countries('BF')
d.ps(['ADA', 'BIT'], 'funding', 2023, 2026)
d.ps(['AFRO', 'ANPE', 'Commune de Ouagadougou'], 'memorandum_of_understanding', 2025)
d.ps(['FASI', 'caisse populaire Wend-Panga'], 'letter_of_intent', 2024)
d.ps(['École hôtelière de Ouagadougou', 'ANPE'], 'cooperation_agreement', 2022, 2026)
d.ps(['CNSS', 'AFRO'], 'cooperation_agreement', 2025)
d.build()
