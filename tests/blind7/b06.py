from common import *
pre = r'''\documentclass[10pt,twocolumn]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[a4paper,margin=17mm,top=22mm,bottom=20mm]{geometry}\usepackage{booktabs}\usepackage{fancyhdr}\usepackage{xcolor}\usepackage[hidelinks]{hyperref}
\definecolor{pet}{HTML}{005F73}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\setlength{\columnsep}{8mm}
\setlength{\parindent}{0pt}\setlength{\parskip}{3pt}\sloppy
\makeatletter\renewcommand\section{\@startsection{section}{1}{0pt}{8pt}{3pt}{\large\bfseries\color{pet}}}
\renewcommand\subsection{\@startsection{subsection}{2}{0pt}{5pt}{2pt}{\normalsize\bfseries\itshape}}\makeatother
\renewcommand{\thefootnote}{\arabic{footnote}}
'''
d = TeX('blind7-06-fr-sous-traitance-pointe-noire', 'fr', 'pdflatex', 'blind-report-summary-footnotes', 'conditions de travail dans la sous-traitance pétrolière', preamble=pre)
hl = d.fu('BIT · Bureau de pays pour la RD Congo, le Congo, le Gabon et le Rwanda'); hr = d.fu('Résumé de l’étude')
p1 = d.fu('Page 1 sur 1'); p2 = ''
d.raw(r'\fancyhead[L]{\footnotesize ' + hl + r'}\fancyhead[R]{\footnotesize\itshape ' + hr + r'}\fancyfoot[C]{\footnotesize\ifnum\value{page}=1 ' + p1 + r'\else ' + p2 + r'\fi}')
def fn(t, n):
    t = d.para(t); n = d.para(n); d.raw(d.e(t) + r'\footnote{' + d.e(n) + '}\\par\n')
d.raw(r'\twocolumn[{')
d.i('RÉSUMÉ EXÉCUTIF · RÉPUBLIQUE DU CONGO', fmt=r'{\small\bfseries\color{pet}%s\par}\smallskip')
d.T('Les travailleurs invisibles du pétrole : sous-traitance et conditions de travail à Pointe-Noire', fmt=r'{\LARGE\bfseries %s\par}\medskip')
d.p('Synthèse d’une étude du Bureau international du Travail (BIT) menée auprès de 1 100 travailleurs de 64 entreprises sous-traitantes en 2024 et 2025', fmt=r'{\itshape %s\par}\bigskip')
d.raw(r'}]')
d.h('1 Le problème', 1, fmt=r'\section*{%s}')
fn('Le secteur pétrolier emploie directement peu de Congolais ; l’essentiel du travail sur les bases logistiques et les chantiers est confié à des sous-traitants, parfois sur trois ou quatre niveaux. Plus le niveau est éloigné de l’opérateur, plus les contrats sont courts et les salaires bas.', 'Est appelé « sous-traitant de rang 2 » une entreprise travaillant pour un sous-traitant direct de l’opérateur.')
d.h('2 Principaux constats', 1, fmt=r'\section*{%s}')
d.h('2.1 Contrats et salaires', 2, fmt=r'\subsection*{%s}')
d.ul(['61 % des travailleurs de rang 3 ou 4 n’ont pas de contrat écrit ;', ('les écarts de salaire atteignent un à trois pour un même poste :', ['soudeurs et échafaudeurs,', 'agents de nettoyage industriel ;']), 'un travailleur sur deux ignore s’il est déclaré à la sécurité sociale.'])
d.h('2.2 Sécurité et santé', 2, fmt=r'\subsection*{%s}')
fn('Les accidents déclarés sont rares, mais les entretiens montrent que beaucoup ne le sont pas. Les équipements de protection sont souvent retenus sur le salaire.', 'Source : déclarations d’accidents du travail communiquées par la Caisse nationale de sécurité sociale (CNSS).')
d.tab([['Rang', 'Contrat écrit', 'Affilié CNSS']], [['1', '92 %', '88 %'], ['2', '64 %', '57 %'], ['3 et 4', '39 %', '22 %']], 'lrr', caption='Tableau 1. Part des travailleurs interrogés, selon leur rang dans la chaîne.')
d.raw(r'\newpage '); d.h('3 Qui a porté l’étude', 1, fmt=r'\section*{%s}')
d.p('L’étude a été financée par l’Agence norvégienne de coopération pour le développement (Norad), au titre d’un accord de subvention conclu avec le BIT pour la période de 2024 à 2026.')
fn('L’enquête de terrain a été réalisée par l’Université Marien-Ngouabi, en vertu d’une convention de recherche signée avec le BIT en 2024.', 'Les questionnaires ont été administrés en français, en lingala et en kituba.')
d.p('Un protocole d’accord a été signé le 4 juin 2024 entre la Chambre de commerce de Pointe-Noire, l’Union patronale et interprofessionnelle du Congo (UNICONGO) et le BIT pour associer les entreprises à la collecte des données.')
d.p('Du côté des travailleurs, la Confédération syndicale congolaise (CSC) et la Confédération des syndicats libres et autonomes du Congo (COSYLAC) ont renouvelé en 2025 leur accord de coopération avec le BIT, conclu pour la première fois en 2020.')
d.p('L’opérateur TotalEnergies EP Congo a facilité l’accès aux bases logistiques, sans être partie à ces accords.')
d.h('4 Recommandations', 1, fmt=r'\section*{%s}')
d.ul(['inscrire dans les contrats de sous-traitance une clause sociale minimale ;', 'limiter la chaîne à deux niveaux pour les travaux à risque ;', ('créer un guichet unique d’affiliation à la CNSS :', ['à Pointe-Noire d’abord,', 'puis à Brazzaville.'])], env='enumerate')
d.q('Je travaille sur la même base depuis huit ans, mais j’ai changé six fois d’employeur.', 'Un échafaudeur', 'sous-traitant de rang 3', fmt='\\begin{quote}\\itshape «~%s~»\\par\\upshape\\hfill --- %s, %s\\end{quote}\n')
d.raw(r'\section*{Contact}'); d.heading('Contact', 2)
d.contact('Prisca Mavoungou', 'mavoungou@ilo.org', '+243 81 555 0142')
for s in ['Prisca Mavoungou, spécialiste des normes', 'BIT, Bureau de pays, Kinshasa', 'Tél. : +243 81 555 0142', 'Courriel : mavoungou@ilo.org']: d.i(s, fmt=r'{\small %s\par}')
d.raw(r'{\small\url{' + d.link('www.ilo.org/kinshasa') + r'}\par}')
d.orgs(('Bureau international du Travail', 'BIT'), ('Caisse nationale de sécurité sociale', 'CNSS'), ('Agence norvégienne de coopération pour le développement', 'Norad'), 'Université Marien-Ngouabi', 'Chambre de commerce de Pointe-Noire', ('Union patronale et interprofessionnelle du Congo', 'UNICONGO'), ('Confédération syndicale congolaise', 'CSC'), ('Confédération des syndicats libres et autonomes du Congo', 'COSYLAC'), 'TotalEnergies EP Congo', 'Bureau de pays pour la RD Congo, le Congo, le Gabon et le Rwanda')
d.countries('CG', 'CD', 'GA', 'RW')
d.ps(['Norad', 'BIT'], 'funding', 2024, 2026)
d.ps(['Université Marien-Ngouabi', 'BIT'], 'cooperation_agreement', 2024)
d.ps(['Chambre de commerce de Pointe-Noire', 'UNICONGO', 'BIT'], 'memorandum_of_understanding', 2024)
d.ps(['CSC', 'COSYLAC', 'BIT'], 'cooperation_agreement', 2020)
d.build()
