from common import *
pre = r'''\documentclass[10pt,twocolumn]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[a4paper,margin=16mm,top=22mm,bottom=20mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{booktabs}
\definecolor{sea}{HTML}{00606B}\definecolor{coral}{HTML}{E4572E}\definecolor{pale}{HTML}{E6F2F3}
\setlength{\columnsep}{7mm}\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\small\color{sea}\sffamily HEADL}\fancyfoot[C]{\small\sffamily FOOT\thepage\ FOOTR}
\newcommand{\sect}[1]{\par\medskip\colorbox{sea}{\parbox{\dimexpr\columnwidth-2\fboxsep}{\color{white}\sffamily\bfseries\large #1}}\par\smallskip}
\newcommand{\qq}[1]{\par\smallskip{\sffamily\bfseries\color{coral}#1\par}\nopagebreak}
'''
d = TeX('blind8-08-fr-conserveries-seychelles', 'fr', 'pdflatex', 'blind-faq-twocolumn', 'droits des travailleurs migrants des conserveries', preamble=pre)
hl = d.furn('Guide pratique · Travailleurs migrants des conserveries de thon')
d.preamble = d.preamble.replace('HEADL', d.e(hl))
d.furn('— 1 —')
d.preamble = d.preamble.replace('FOOT', '--- ').replace(' FOOTR', ' ---')
d.raw(r'\twocolumn[{\sffamily{\color{sea}\small ' + d.e(d.ign('Bureau international du Travail · Seychelles')) + r'\par}\medskip')
d.T('Vous travaillez dans une conserverie de Victoria ? Vos droits en douze questions', fmt=r'{\LARGE\bfseries\color{sea} %s\par}\smallskip')
d.p('Un guide du projet « Quai des droits » pour les ouvriers et ouvrières venus d’Asie et d’Afrique de l’Est', fmt=r'{\large\itshape %s\par}\bigskip}]')
d.h('Avant de partir', fmt=r'\sect{%s}')
d.h('Qui a le droit de me recruter ?', 2, fmt=r'\qq{%s}')
d.p('Seules les agences agréées par le ministère de l’Emploi et des Affaires sociales peuvent vous proposer un poste aux Seychelles. La liste est affichée dans chaque consulat et sur le site du ministère.')
d.h('Dois-je payer des frais de recrutement ?', 2, fmt=r'\qq{%s}')
d.p('Non. Le billet d’avion, la visite médicale et le permis de travail sont à la charge de l’employeur. Si on vous demande de l’argent, signalez-le.')
d.h('Que doit contenir mon contrat ?', 2, fmt=r'\qq{%s}')
d.ul([('au minimum :', ['le salaire de base et les primes ;', 'la durée du travail et les heures supplémentaires ;', 'le logement fourni et son coût éventuel.']), 'une version dans une langue que vous comprenez.'])
d.h('Sur place', fmt=r'\sect{%s}')
d.h('Combien d’heures puis-je travailler ?', 2, fmt=r'\qq{%s}')
d.p('Quarante-huit heures par semaine au plus, heures supplémentaires comprises, sauf accord écrit. Les pauses sur la ligne de découpe ne peuvent pas être retirées de votre salaire.')
d.h('Qui garde mon passeport ?', 2, fmt=r'\qq{%s}')
d.p('Vous. Aucun employeur n’a le droit de conserver votre passeport, même « pour le mettre en sécurité ». Le Haut-Commissariat de votre pays peut vous aider à le récupérer.')
d.h('Puis-je adhérer à un syndicat ?', 2, fmt=r'\qq{%s}')
d.p('Oui, comme tout travailleur aux Seychelles. La Seychelles Federation of Workers’ Unions (SFWU) tient une permanence en plusieurs langues le samedi matin.')
d.h('Que faire en cas d’accident ?', 2, fmt=r'\qq{%s}')
d.p('Faites-vous soigner et déclarez l’accident à votre chef d’équipe dans les 48 heures. Les soins sont couverts par l’employeur.')
d.h('Qui est derrière ce guide ?', fmt=r'\sect{%s}')
d.p('Le guide a été préparé par le Bureau international du Travail (BIT) dans le cadre du programme conjoint qu’il mène depuis 2024 avec l’Organisation internationale pour les migrations (OIM) dans l’océan Indien.')
d.p('Le projet bénéficie d’une subvention de l’Agence norvégienne de coopération pour le développement (Norad), accordée au BIT en 2024 pour trois ans.')
d.p('Un protocole d’accord sur le recrutement équitable a été signé à Victoria en 2025 par le ministère de l’Emploi et des Affaires sociales, la Seychelles Chamber of Commerce and Industry (SCCI) et la SFWU.')
d.p('La conserverie Seatuna Processing Ltd et l’association Hope for Migrants Seychelles ont renouvelé cette année la convention de partenariat qu’elles avaient signée en 2023 : l’association y tient un point d’accueil à l’heure du déjeuner.')
d.q('On m’avait dit que je paierais l’avion avec mes trois premiers salaires. Grâce à la permanence, j’ai su que c’était illégal.', 'Rahima Akter', 'ouvrière au parage, Victoria', fmt='\\begin{center}\\colorbox{pale}{\\parbox{0.9\\columnwidth}{\\itshape « %s »\\par\\upshape\\small\\raggedleft --- %s, %s\\par}}\\end{center}\n')
d.h('Numéros utiles', fmt=r'\sect{%s}')
d.tab([['Service', 'Téléphone']], [['Inspection du travail', '+248 4 29 81 00'], ['Permanence de la SFWU', '+248 2 72 44 19'], ['Ligne d’urgence', '999']], 'll', ruled=False, hfmt=r'\sffamily\bfseries %s')
d.raw(r'\par\smallskip '); d.p('Les chiffres de l’emploi étranger cités dans nos formations proviennent du National Bureau of Statistics (NBS). Les litiges peuvent être portés devant le Tribunal de l’emploi.')
d.h('Contact', 2, fmt=r'\qq{%s}')
d.contact('Marie-Josée Hoareau', 'hoareau@ilo.org', '+248 4 22 56 30')
d.raw(r'{\small Marie-Josée Hoareau, ' + d.e(d.ign('coordonnatrice du projet')) + r'\\ ' + d.e(d.ign('Tél. : +248 4 22 56 30')) + r'\\ ' + d.e(d.ign('Courriel : hoareau@ilo.org')) + r'\\ ' + d.e(d.link('www.ilo.org/antananarivo')) + r'\par}')
d.orgs(('Bureau international du Travail', 'BIT'), 'ministère de l’Emploi et des Affaires sociales', ('Seychelles Federation of Workers’ Unions', 'SFWU'), ('Organisation internationale pour les migrations', 'OIM'),
       ('Agence norvégienne de coopération pour le développement', 'Norad'), ('Seychelles Chamber of Commerce and Industry', 'SCCI'), 'Seatuna Processing Ltd', 'Hope for Migrants Seychelles',
       ('National Bureau of Statistics', 'NBS'), 'Tribunal de l’emploi', 'Inspection du travail')
d.countries('SC')
d.ps(['BIT', 'OIM'], 'programme', 2024)
d.ps(['Norad', 'BIT'], 'funding', 2024)
d.ps(['ministère de l’Emploi et des Affaires sociales', 'SCCI', 'SFWU'], 'memorandum_of_understanding', 2025)
d.ps(['Seatuna Processing Ltd', 'Hope for Migrants Seychelles'], 'cooperation_agreement', 2023)
d.build()
