from common import *
pre = r'''\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[margin=14mm,top=12mm,bottom=18mm]{geometry}\usepackage{xcolor}\usepackage[most]{tcolorbox}\usepackage{enumitem}\usepackage{fancyhdr}\usepackage{array}
\definecolor{ocean}{HTML}{1B5E7A}\definecolor{rule}{HTML}{E1ECF5}\definecolor{marg}{HTML}{D9534F}
\renewcommand{\familydefault}{\sfdefault}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize FOOTL}\fancyfoot[R]{\footnotesize\thepage/2}
\setlength{\parindent}{0pt}\setlength{\parskip}{2.5pt}
\setlist{nosep,leftmargin=*}
\newtcolorbox{fiche}[2]{enhanced, breakable=false, width=\textwidth, height=#1, colback=white, colframe=black!35, boxrule=0.5pt, arc=0.5mm,
  left=20mm, right=5mm, top=4mm, bottom=2mm, fontupper=\small,
  underlay={\foreach \y in {1,...,24} {\ifdim\dimexpr\y\dimexpr 5.2mm\relax<\dimexpr#1-14mm\relax \draw[rule, line width=0.3pt] ([xshift=0.5pt]frame.north west) ++(0,-9mm-\y*5.2mm) -- ++(\textwidth-1pt,0);\fi}
    \draw[marg, line width=0.6pt] ([xshift=16mm]frame.north west) -- ([xshift=16mm]frame.south west);
    \fill[ocean] (frame.north west) rectangle ([yshift=-1.6mm]frame.north east);
    \node[anchor=north west, rotate=90, font=\scriptsize\bfseries, text=marg] at ([xshift=5mm,yshift=-22mm]frame.north west) {#2};}}
'''
d = TeX('blind12-08-fr-fiches-ourite-rodrigues', 'fr', 'pdflatex', 'blind-index-cards', 'fermeture saisonnière de la pêche au poulpe et protection sociale des pêcheuses')
E = d.e
FL = d.f('Fiches pratiques · Pêche à l’ourite · Rodrigues')
d.preamble = pre.replace('FOOTL', E(FL))
R = d.raw
R(r'{\color{ocean}\footnotesize\bfseries ' + E(d.ign('OIT · BUREAU DE PAYS POUR MADAGASCAR, LES COMORES, MAURICE ET LES SEYCHELLES')) + r'\par}\smallskip' + '\n')
R(r'{\fontsize{20}{24}\selectfont\bfseries\color{ocean} ' + E(d.title('Fermeture de l’ourite : six fiches pour les pêcheuses de Rodrigues')) + r'\par}\smallskip' + '\n')
d.p('À garder dans la poche ou à épingler au local de l’association. Rodrigues, République de Maurice, édition 2025.', fmt=r'{\itshape %s\par}\medskip' + '\n')
HH = lambda s: d.h(s, 1, fmt=r'{\large\bfseries\color{ocean} %s\par}\smallskip' + '\n')
def card(h, label, body):
    R(r'\begin{fiche}{%s}{%s}' % (h, E(d.ign(label))) + '\n'); body(); R(r'\end{fiche}\vspace{3mm}' + '\n')
def c1():
    HH('La fermeture, c’est quand ?')
    d.p('Chaque année, la pêche à l’ourite (le poulpe) est fermée dans tout le lagon pendant deux mois pour laisser grandir les jeunes poulpes.')
    d.ul(['Fermeture 2025 : du 15 août au 15 octobre.', 'Pendant la fermeture, ni pêche ni vente d’ourite frais.', ('Ce qui reste permis :', ['la pêche à la ligne au large ;', 'la vente d’ourite séché pêché avant la fermeture.'])])
def c2():
    HH('L’allocation de fermeture')
    d.p('Les pêcheuses déclarées reçoivent une allocation pendant les deux mois.')
    d.tab([], [['Montant', 'Rs 4 000 par mois'], ['Versement', 'le 1er et le 15 de chaque mois, sur compte ou au guichet'], ['Conditions', 'carte de pêcheuse valide ; aucune prise pendant la fermeture']], r'@{}>{\bfseries}p{24mm}p{110mm}@{}', ruled=False)
def c3():
    HH('Se déclarer pêcheuse')
    d.ul(['Demandez le formulaire au poste de pêche de Port Mathurin ou à l’APR.', 'Joignez une photo et une pièce d’identité.', 'Faites signer le formulaire par deux pêcheuses déjà déclarées.', 'Retirez votre carte après quinze jours.'], env='enumerate')
card('72mm', 'FICHE 1/6', c1); card('62mm', 'FICHE 2/6', c2); card('68mm', 'FICHE 3/6', c3)
R(r'\newpage' + '\n')
def c4():
    HH('Sécurité sur le lagon')
    d.ul([('Avant de partir :', ['dites à quelqu’un où vous allez ;', 'regardez l’heure de la marée.']), 'Portez des chaussures fermées : poissons-pierres et oursins blessent chaque année.', 'Jamais seule au-delà du récif.'])
def c5():
    HH('Qui fait quoi')
    d.p('La Commission de l’océan Indien (COI) a signé avec le Bureau international du Travail (BIT), en 2024, un accord de financement de trois ans, qui s’achèvera en 2027. La Rodrigues Regional Assembly (RRA) et l’Association des pêcheuses de Rodrigues (APR) appliquent une convention datée de 2022, prolongée en 2025 jusqu’en 2026.')
    d.p('Le protocole d’accord sur la fermeture saisonnière réunit la Commission de la pêche de Rodrigues, l’APR et l’ONG Shoals Rodrigues. Il porte la date du 14 août 2023. Le BIT et le Programme des Nations Unies pour le développement (PNUD) mènent depuis 2023 le programme conjoint « Lagon durable ».')
    d.ul(['Lettre d’intention, hôtel Anse Raffin – APR, janvier 2025 : l’hôtel achète l’ourite séché au prix fixé par l’APR.'])
    d.p('Le Mauritius Oceanography Institute (MOI) donne des avis scientifiques mais n’est pas signataire. Une coopérative de crédit discute avec l’APR ; rien n’est signé. Chiffres : Statistics Mauritius.', fmt=r'{\footnotesize %s\par}' + '\n')
def c6():
    HH('Contacts')
    d.q('Avant, pendant la fermeture, on empruntait pour manger. Maintenant l’allocation arrive le 1er du mois et on répare les filets.', 'Marie-Josée Perrine', 'pêcheuse à Rivière Cocos',
        fmt=r'{\itshape « %s »\par}\hfill{\footnotesize --- %s, %s\par}\smallskip' + '\n')
    d.contact('Jean-Claude Félicité', 'felicite@ilo.org', '+230 831 1570')
    R(r'\begin{tabular}{@{}p{70mm}p{60mm}@{}}' + E('Jean-Claude Félicité') + r' & ' + E(d.ign('Tél. : +230 831 1570')) + r' \\ ' + E(d.ign('Projet « Lagon durable », Port Mathurin')) + r' & ' + E(d.ign('Courriel : felicite@ilo.org')) + r' \\ & ' + E(d.link('www.ilo.org/antananarivo')) + r' \\ \end{tabular}' + '\n')
card('60mm', 'FICHE 4/6', c4); card('96mm', 'FICHE 5/6', c5); card('56mm', 'FICHE 6/6', c6)
d.furn(FL); d.furn('1/2'); d.furn(FL); d.furn('2/2')
d.orgs(('Association des pêcheuses de Rodrigues', 'APR'), ('Commission de l’océan Indien', 'COI'), ('Bureau international du Travail', 'BIT'), ('Rodrigues Regional Assembly', 'RRA'),
       'Commission de la pêche de Rodrigues', 'Shoals Rodrigues', ('Programme des Nations Unies pour le développement', 'PNUD'), 'hôtel Anse Raffin', ('Mauritius Oceanography Institute', 'MOI'), 'Statistics Mauritius')
d.countries('MU', 'MG', 'KM', 'SC')
d.ps(['COI', 'BIT'], 'funding', 2024, 2027)
d.ps(['RRA', 'APR'], 'cooperation_agreement', 2022, 2026)
d.ps(['Commission de la pêche de Rodrigues', 'APR', 'Shoals Rodrigues'], 'memorandum_of_understanding', 2023)
d.ps(['BIT', 'PNUD'], 'programme', 2023)
d.ps(['hôtel Anse Raffin', 'APR'], 'letter_of_intent', 2025)
d.build()
