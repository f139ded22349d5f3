from common import *
ID = 'blind5-07-fr-gomme-arabique'
t = T(ID, 'pdflatex', 'blind-who-does-what-matrix', 'agricultural value chains and women workers', 'fr')
def F(s): return fr(s)
X = tex
def H1(s): return '\n\\sect{' + X(t.h(F(s), 1)) + '}\n'
def H2(s): return '\n\\subsect{' + X(t.h(F(s), 2)) + '}\n'
def P(s): return X(t.p(F(s))) + '\n\n'
def I(s, l=1): return '\\item ' + X(t.b(F(s), l)) + '\n'
hdr = F('OIT · Programme PROGOMME · Tchad')
t.furn(hdr, 'p. 1/2', hdr, 'p. 2/2')
pre = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{tgheros}\renewcommand{\familydefault}{\sfdefault}
\DeclareUnicodeCharacter{202F}{\,}
\usepackage[a4paper,landscape,top=20mm,bottom=16mm,left=15mm,right=15mm,headsep=5mm]{geometry}
\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{booktabs}\usepackage{colortbl}\usepackage{array}
\definecolor{gum}{HTML}{A0522D}\definecolor{sable}{HTML}{F4E9D8}\definecolor{nuit}{HTML}{2E3A59}
\setlength{\parindent}{0pt}\setlength{\parskip}{3.5pt}
\newcommand{\sect}[1]{\par\vspace{5pt}{\large\bfseries\color{gum}#1\par}\vspace{1pt}{\color{gum}\rule{\linewidth}{0.6pt}}\par}
\newcommand{\subsect}[1]{\par\vspace{3pt}{\bfseries\color{nuit}#1\par}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\footnotesize\color{gray}""" + X(hdr) + r"""}\fancyfoot[C]{\footnotesize\color{gray}p.~\thepage/2}
\begin{document}
"""
b = r'\begin{minipage}[t]{0.36\linewidth}' + '\n'
b += r'{\color{gum}\footnotesize\bfseries ' + X(t.ign(F('FICHE « QUI FAIT QUOI ? »'))) + r'\par}\vspace{2mm}'
b += r'{\raggedright\fontsize{19}{22}\selectfont\bfseries\color{nuit} ' + X(t.title(F('Gomme arabique : des emplois décents de la cueillette à l’exportation'))) + r'\par}\vspace{3mm}'
b += r'{\itshape ' + X(t.p(F('Les partenaires du programme PROGOMME au Tchad, 2022–2026'))) + r'\par}' + '\n'
b += H1('Une filière essentielle')
b += P('Le Tchad est l’un des premiers exportateurs mondiaux de gomme arabique. Près de 500 000 personnes en vivent dans le Salamat, le Guéra et le Batha, dont une majorité de femmes qui récoltent la gomme sur les acacias.')
b += P('Les cueilleuses travaillent sans outils adaptés, sans contrat et sans protection sociale, et vendent souvent leur récolte à crédit aux collecteurs.')
b += H1('Le programme')
b += P('Mis en œuvre depuis 2022 par l’Organisation internationale du Travail (OIT) et le Programme alimentaire mondial (PAM), PROGOMME est un programme conjoint qui court jusqu’en 2026.')
b += P('Il est financé par l’Agence française de développement (AFD), dont la convention de financement avec l’OIT a été prorogée d’un an en 2025.')
b += r'\end{minipage}\hfill\begin{minipage}[t]{0.59\linewidth}' + '\n'
b += H1('Qui fait quoi ?')
cols = ['Activité', 'MTSS', 'ANADER', 'UST', 'CNPT', 'UCGS']
D = '•'
rows = [['Cueillette sûre et outils adaptés', D, D, '', '', D], ['Organisation en coopératives', '', D, D, '', D], ['Contrats avec les exportateurs', D, '', '', D, D],
        ['Inspection des magasins de stockage', D, '', D, '', ''], ['Crédit de campagne', '', '', '', D, D], ['Protection sociale des cueilleuses', D, '', D, D, '']]
t.table([cols], rows)
b += r'\renewcommand{\arraystretch}{1.45}\begin{tabular}{@{}>{\raggedright}p{62mm}*{5}{>{\centering\arraybackslash}p{17mm}}@{}}\toprule' + '\n'
b += ' & '.join('\\textbf{' + X(c) + '}' for c in cols) + r'\\\midrule' + '\n'
b += '\\\\\n'.join(' & '.join([X(r[0])] + ['{\\color{gum}\\Large\\textbullet}' if c else '' for c in r[1:]]) for r in rows) + r'\\\bottomrule\end{tabular}\par' + '\n'
b += r'{\footnotesize\itshape ' + X(t.ign(F('Tableau 1. Répartition des rôles : un point marque une responsabilité principale.'))) + r'\par}' + '\n'
b += H2('Calendrier de la campagne')
hdc, rc = t.table([], [['octobre–novembre', 'saignée des acacias'], ['décembre–février', 'cueillette et premier tri'], ['mars–mai', 'tri final, stockage et vente']])
b += r'\renewcommand{\arraystretch}{1.2}\begin{tabular}{@{}l@{\hspace{6mm}}l@{}}' + '\n' + '\\\\\n'.join('\\textbf{' + X(a) + '} & ' + X(c) for a, c in rc) + r'\\\end{tabular}\par' + '\n'
q = t.quote(F('Avec l’outil à long manche, je ne me blesse plus les mains et je récolte deux fois plus.'), 'Achta Mahamat', 'cueilleuse, Am Timan')
b += r'\vspace{4mm}\colorbox{sable}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{1mm}{\large\itshape\color{nuit} ' + X(F('« ' + q + ' »')) + r'\par}\vspace{1mm}{\small Achta Mahamat, cueilleuse, Am Timan}\vspace{1mm}}}' + '\n'
b += r'\end{minipage}' + '\n\\clearpage\n'
b += r'\begin{minipage}[t]{0.55\linewidth}' + '\n'
b += H1('Les partenaires et leurs engagements')
b += P('Un accord-cadre quadripartite a été signé à N’Djamena en mars 2023. Il réunit : le Ministère du Travail et de la Sécurité sociale (MTSS) ; l’Agence nationale d’appui au développement rural (ANADER) ; l’Union des syndicats du Tchad (UST) ; et le Conseil national du patronat tchadien (CNPT).')
b += P('Côté commercial, l’Union des coopératives de gomme du Salamat (UCGS) et la société Gomme Sahel Export SARL ont signé une lettre d’intention en 2024. Un contrat d’achat pluriannuel devrait suivre en 2026.')
b += P('La Chambre de commerce, d’industrie, d’agriculture, des mines et d’artisanat (CCIAMA) accompagne les coopératives dans leurs démarches d’exportation, en vertu d’un protocole d’accord signé avec l’OIT en 2024.')
b += P('Depuis 2025, la Banque de développement des États de l’Afrique centrale (BDEAC) finance une ligne de crédit de la Banque agricole du Tchad pour les avances de campagne.')
b += P('Le programme suit enfin les normes de qualité du Codex Alimentarius et les travaux de l’Association pour la promotion internationale des gommes (AIPG), qui ne participe pas au programme.')
b += r'\end{minipage}\hfill\begin{minipage}[t]{0.40\linewidth}' + '\n'
b += H2('Ce qui a déjà changé')
b += '\\begin{itemize}\\setlength{\\itemsep}{1pt}\n' + I('2 300 cueilleuses équipées d’outils à long manche') + I('14 coopératives enregistrées, dont :') + '\\begin{itemize}\n' + I('9 présidées par des femmes', 2) + I('5 dotées d’un magasin de stockage aux normes', 2) + '\\end{itemize}\n' + I('un prix minimum négocié pour la campagne 2025') + '\\end{itemize}\n'
b += H2('Contact')
t.contact('Hassan Abakar Moussa', 'abakar@ilo.org', '+235 22 52 17 40')
b += r'\colorbox{sable}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{1mm}\textbf{Hassan Abakar Moussa}\\' + X(t.ign('Coordonnateur national du programme PROGOMME')) + r'\\' + X(t.ign('OIT, quartier Klemat, N’Djamena')) + r'\\' + X(t.ign(F('Tél. : +235 22 52 17 40'))) + r'\\' + X(t.ign(F('Courriel : abakar@ilo.org'))) + r'\\' + X(t.link('www.ilo.org/yaounde')) + r'\vspace{1mm}}}' + '\n'
b += r'\vspace{4mm}{\footnotesize\color{gray}' + X(t.ign('Ce document a été réalisé avec l’appui financier de l’AFD. Son contenu relève de la seule responsabilité de l’OIT.')) + r'\par}' + '\n'
b += r'\end{minipage}' + '\n'
open(ID + '.tex', 'w').write(pre + b + '\\end{document}\n')
t.orgs(('Organisation internationale du Travail', 'OIT'), ('Programme alimentaire mondial', 'PAM'), ('Agence française de développement', 'AFD'),
       ('Ministère du Travail et de la Sécurité sociale', 'MTSS'), ('Agence nationale d’appui au développement rural', 'ANADER'),
       ('Union des syndicats du Tchad', 'UST'), ('Conseil national du patronat tchadien', 'CNPT'),
       ('Union des coopératives de gomme du Salamat', 'UCGS'), 'Gomme Sahel Export SARL',
       ('Chambre de commerce, d’industrie, d’agriculture, des mines et d’artisanat', 'CCIAMA'),
       ('Banque de développement des États de l’Afrique centrale', 'BDEAC'), 'Banque agricole du Tchad', 'Codex Alimentarius',
       ('Association pour la promotion internationale des gommes', 'AIPG'))
t.countries('TD')
t.ps(['OIT', 'PAM'], 'programme', 2022, 2026)
t.ps(['AFD', 'OIT'], 'funding', 2025)
t.ps(['MTSS', 'ANADER', 'UST', 'CNPT'], 'cooperation_agreement', 2023)
t.ps(['UCGS', 'Gomme Sahel Export SARL'], 'letter_of_intent', 2024)
t.ps(['CCIAMA', 'OIT'], 'memorandum_of_understanding', 2024)
t.ps(['BDEAC', 'Banque agricole du Tchad'], 'funding', 2025)
pdflatex(ID)
finish(t, 2)
