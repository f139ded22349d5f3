from common import *
pre = r'''\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2cm,top=2.4cm]{geometry}\usepackage{xcolor}\usepackage{booktabs}\usepackage{fancyhdr}\usepackage{array}\usepackage{multicol}
\definecolor{cu}{HTML}{1B4F72}\definecolor{ox}{HTML}{2E86C1}\definecolor{pale}{HTML}{EBF5FB}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\newcommand{\hA}[1]{\par\bigskip{\color{cu}\Large\bfseries #1\par}\smallskip}
\newcommand{\hB}[1]{\par\medskip{\color{ox}\large\bfseries #1\par}}
\newcommand{\hC}[1]{{\bfseries\color{cu} #1\par}\smallskip}

\sloppy
'''
b = TeX('blind6-06-fr-cobalt-enfants', 'fr', 'pdflatex', 'blind-note-de-synthese', 'travail des enfants dans les mines artisanales', preamble=pre)
L = b.fu('BIT Kinshasa · Note de synthèse n° 7'); R1 = b.fu('Page 1 sur 2'); L2 = b.fu('BIT Kinshasa · Note de synthèse n° 7'); R2 = b.fu('Page 2 sur 2')
b.raw(r'\fancyhead[L]{\small\color{cu} %s}\fancyhead[R]{\small \ifnum\value{page}=1 %s\else %s\fi}' % (L, R1, R2))
b.i('Bureau de pays de l’OIT pour la République démocratique du Congo', fmt=r'{\color{ox}\small\bfseries %s\par}\medskip')
b.T('Sortir les enfants des mines de cobalt du Lualaba', fmt=r'{\raggedright\color{cu}\fontsize{22}{26}\selectfont\bfseries %s\par}\medskip')
b.p('Note de synthèse sur le programme « Mines sans enfants », Kolwezi et Fungurume, 2023-2026', fmt=r'{\large\itshape %s\par}\medskip{\color{cu}\rule{\textwidth}{1.2pt}}\par')
b.h('1. Contexte', 1, fmt=r'\hA{%s}')
b.p('La province du Lualaba fournit une large part du cobalt mondial. À côté des grandes mines industrielles, des dizaines de milliers de creuseurs artisanaux travaillent sur des sites autorisés ou non. Des enfants y trient, lavent et transportent le minerai, parfois dès l’âge de sept ans.')
b.raw(r'\begin{center}\colorbox{pale}{\begin{minipage}{0.9\textwidth}\vspace{2pt}')
b.h('Encadré 1. Le travail des enfants en chiffres', 2, fmt=r'\hC{%s}')
b.ul(['Environ 8 % des travailleurs recensés sur les sites artisanaux pilotes ont moins de 18 ans ;',
      ('les tâches les plus fréquentes sont :', ['le lavage du minerai dans les rivières ;', 'le transport de sacs de 25 à 50 kg ;', 'le tri à la main, souvent sans gants.']),
      'les filles sont surtout présentes au lavage et à la vente de nourriture sur les sites.'])
b.raw(r'\vspace{2pt}\end{minipage}}\end{center}')
b.h('2. L’approche du programme', 1, fmt=r'\hA{%s}')
b.h('2.1 Sur les sites miniers', 2, fmt=r'\hB{%s}')
b.p('Des comités de surveillance, composés de creuseurs, de chefs coutumiers et d’enseignants, repèrent les enfants et les orientent vers l’école ou vers une formation. Les sites qui ne comptent plus d’enfants reçoivent une attestation renouvelée chaque année.')
b.h('2.2 Dans les familles', 2, fmt=r'\hB{%s}')
b.p('Les familles bénéficient d’un appui à une activité génératrice de revenus : élevage, maraîchage ou petit commerce. Les mères sont prioritaires.')
b.h('3. Les partenariats', 1, fmt=r'\hA{%s}')
b.p('Le programme bénéficie de l’appui du Gouvernement du Canada, à travers Affaires mondiales Canada (AMC), dont le financement au Bureau international du Travail (BIT) a débuté en 2023 et court jusqu’en 2026.')
b.p('L’Organisation internationale du Travail (OIT) et le Fonds des Nations Unies pour l’enfance (UNICEF) ont lancé en 2024 un programme conjoint sur la scolarisation des enfants retirés des mines ; l’UNICEF y prend en charge les kits scolaires et les frais d’inscription.')
b.p('Les autres engagements formels du programme sont résumés ci-dessous.')
b.raw(r'\begin{center}\begin{minipage}{\textwidth}\centering')
b.tab([['Instrument', 'Signataires', 'Année', 'Échéance']],
      [['Protocole d’accord', 'Ministère de l’Emploi, Travail et Prévoyance sociale ; BIT', '2023', '2026'],
       ['Accord-cadre', 'Entreprise Générale du Cobalt (EGC) ; BIT', '2024', '–'],
       ['Lettre d’intention', 'FECOMILU ; Syndicat national des creuseurs artisanaux (SYNACA)', '2025', '–']],
      r'>{\raggedright}p{3.2cm}>{\raggedright}p{7.6cm}cc', caption='Tableau 1. Accords en vigueur au 30 septembre 2025.')
b.raw(r'\end{minipage}\end{center}')
b.p('La Fédération des coopératives minières du Lualaba (FECOMILU) regroupe 46 coopératives présentes sur les sites pilotes. Le Cadastre minier (CAMI) et l’Autorité de régulation et de contrôle des marchés des substances minérales stratégiques (ARECOMS) sont informés des résultats, sans être parties aux accords.')
b.q('Mon fils lavait le minerai avec moi. Maintenant il est en cinquième année, et moi je vends du poisson au marché.', 'Mama Kaseya', 'mère de quatre enfants, Kasulo',
    fmt='\\begin{center}\\begin{minipage}{0.8\\textwidth}\\color{cu}\\large\\itshape «~%s~»\\par\\normalsize\\upshape\\hfill --- %s, %s\\end{minipage}\\end{center}\n')
b.h('4. Résultats à mi-parcours', 1, fmt=r'\hA{%s}')
b.tab([['Indicateur', 'Cible 2026', 'Septembre 2025']],
      [['Enfants retirés des sites et scolarisés', '3 000', '1 870'], ['Sites attestés « sans enfants »', '40', '17'], ['Familles appuyées', '1 500', '1 020']],
      r'lrr', ruled=False, hfmt=r'\textit{%s}')
b.h('5. Recommandations', 1, fmt=r'\hA{%s}')
b.ul(['Étendre les comités de surveillance aux sites non autorisés.', 'Associer les acheteurs de cobalt au financement des attestations.', 'Intégrer les données des comités dans le système national de suivi.'], env='enumerate')
b.raw(r'\vfill\fcolorbox{cu}{white}{\begin{minipage}{0.96\textwidth}')
b.h('Contact', 2, fmt=r'\hC{%s}')
b.raw(r'\textbf{Jean-Pierre Mukendi Ilunga}\\'); b.contact('Jean-Pierre Mukendi Ilunga', 'mukendi@ilo.org', '+243 81 555 0147')
for x in ['Coordonnateur national, programme « Mines sans enfants »', 'Bureau de pays de l’OIT, boulevard du 30 Juin, Kinshasa-Gombe', 'Tél. : +243 81 555 0147', 'Courriel : mukendi@ilo.org']:
    b.i(x, fmt=r'%s\\')
b.raw(b.e(b.link('www.ilo.org/kinshasa')) + r'\end{minipage}}')
b.orgs(('Organisation internationale du Travail', 'OIT'), ('Bureau international du Travail', 'BIT'), ('Bureau de pays de l’OIT pour la République démocratique du Congo',),
       ('Gouvernement du Canada',), ('Affaires mondiales Canada', 'AMC'), ('Fonds des Nations Unies pour l’enfance', 'UNICEF'),
       ('Ministère de l’Emploi, Travail et Prévoyance sociale',), ('Entreprise Générale du Cobalt', 'EGC'), ('Fédération des coopératives minières du Lualaba', 'FECOMILU'),
       ('Syndicat national des creuseurs artisanaux', 'SYNACA'), ('Cadastre minier', 'CAMI'),
       ('Autorité de régulation et de contrôle des marchés des substances minérales stratégiques', 'ARECOMS'), ('BIT Kinshasa',))
b.countries('CD', 'CA')
b.ps(['AMC', 'BIT'], 'funding', 2023, 2026)
b.ps(['OIT', 'UNICEF'], 'programme', 2024)
b.ps(['Ministère de l’Emploi, Travail et Prévoyance sociale', 'BIT'], 'memorandum_of_understanding', 2023, 2026)
b.ps(['EGC', 'BIT'], 'cooperation_agreement', 2024)
b.ps(['FECOMILU', 'SYNACA'], 'letter_of_intent', 2025)
b.build()
