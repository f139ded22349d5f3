from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.92]{helvet}
\usepackage[a4paper,margin=16mm,top=22mm,bottom=20mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{multicol}\usepackage{booktabs}\usepackage{array}\usepackage{enumitem}\usepackage{tikz}\usepackage{colortbl}
\definecolor{clay}{HTML}{A2462A}\definecolor{sand}{HTML}{F5E9DA}\definecolor{ink}{HTML}{2B2B2B}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}\setlist{itemsep=1pt,topsep=2pt}
\setlength{\columnsep}{9mm}\setlength{\columnseprule}{0.4pt}
\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\familydefault}{\sfdefault}

'''
d = TeX('blind11-06-fr-livret-cotisations-safi', 'fr', 'pdflatex', 'blind-receipt-ledger', 'assurance maladie des artisans potiers', preamble=pre)
e = d.e
def style(name, right, n):
    d.raw(r'\fancypagestyle{%s}{\fancyhf{}\fancyhead[L]{\footnotesize\color{clay} %s}\fancyhead[R]{\footnotesize %s}\fancyfoot[R]{\footnotesize %s}}' % (
        name, d.fu('Livret de l’artisan potier'), d.fu(right), d.fu(f'Page {n}/2')) + '\n')
style('one', 'Registre et reçus', 1); style('two', 'Mode d’emploi', 2)
H1 = r'{\large\bfseries\color{clay} %s\par}\vspace{2pt}'
H2 = r'{\bfseries\color{clay} %s\par}'
d.raw(r'\pagestyle{one}' + '\n')
d.raw(r'\colorbox{clay}{\parbox{\dimexpr\linewidth-2\fboxsep}{\color{white}\vspace{3pt}')
d.i('Organisation internationale du Travail · Bureau pour les pays du Maghreb', r'{\footnotesize %s\par}\vspace{3pt}')
d.T('Livret de cotisations de l’artisan potier', r'{\LARGE\bfseries %s\par}\vspace{2pt}')
d.p('Assurance maladie obligatoire (AMO) des artisans · Safi (Maroc), octobre 2025', r'{\itshape %s\par}\vspace{3pt}}}\par\vspace{6pt}')
d.raw(r'\begin{minipage}[t]{0.3\linewidth}\small ')
for k, v in [('Titulaire', 'Khadija El Ouarzazi'), ('Atelier', 'Colline des potiers, Safi'), ('Immatriculation CNSS', '1 284 330 57')]:
    d.i(f'{k} : {v}', r'%s\\' + '\n')
d.raw(r'\end{minipage}\hfill\begin{minipage}[t]{0.66\linewidth}' + '\n')
d.h('Registre des cotisations 2025', 1, fmt=H1)
d.tab([['Mois', 'Montant (MAD)', 'Payé le', 'Reçu n°', 'Visa']],
      [['janvier', '178,00', '06/01', '0404', ''], ['février', '178,00', '04/02', '0405', ''], ['mars', '178,00', '10/03', '0406', ''],
       ['avril', '178,00', '07/04', '0407', ''], ['mai', '178,00', '12/05', '0408', ''], ['juin', '178,00', '03/06', '0409', ''],
       ['juillet', '178,00', '08/07', '0410', ''], ['août', '178,00', '05/08', '0411', ''], ['septembre', '178,00', '09/09', '0412', ''],
       ['octobre', '', '', '', ''], ['novembre', '', '', '', ''], ['décembre', '', '', '', '']],
      r'l r c c p{18mm}', caption='Le visa est apposé par l’agent de la CNSS lors de la tournée trimestrielle.')
d.raw(r'\end{minipage}\par\vspace{8pt}')
d.h('Reçus détachables', 1, fmt=H1)
d.p('Chaque versement donne lieu à un reçu en deux parties : la souche reste au guichet de la coopérative, le reçu vous revient. Conservez-le.', r'{\small %s\par}\vspace{4pt}')
def receipt(no, date, period, note):
    d.raw(r'\noindent\begin{tikzpicture}\draw[clay, line width=0.8pt, rounded corners=3pt] (0,0) rectangle (\linewidth, 4.1cm);\draw[clay, dashed] (3.6cm,0) -- (3.6cm,4.1cm);\node at (3.6cm,3.8cm) {\footnotesize$\times$};')
    d.raw(r'\node[anchor=north west, text width=3.1cm, font=\scriptsize] at (0.15cm,3.9cm) {')
    d.i(f'SOUCHE n° {no}', r'\textbf{%s}\\'); d.i(f'Versé le {date}', r'%s\\'); d.i('Montant : 178,00 MAD', r'%s\\'); d.i('Signature du guichetier', r'\vspace{6pt}%s')
    d.raw(r'};\node[anchor=north west, text width=0.66\linewidth, font=\small] at (3.9cm,3.9cm) {')
    hdr, rows = d.table([], [['Reçu n°', no], ['Reçu de', 'Khadija El Ouarzazi'], ['Période', period], ['Montant', '178,00 MAD (cent soixante-dix-huit dirhams)'], ['Mode de paiement', 'espèces, guichet de la COPOSA']])
    d.raw(r'\begin{tabular}{@{}p{30mm}p{0.4\linewidth}@{}}' + '\n'.join(r'\textcolor{clay}{\textbf{' + e(a) + '}} & ' + e(b) + r' \\' for a, b in rows) + r'\end{tabular}\par\vspace{2pt}')
    s = d.para(note); d.raw(r'{\scriptsize\itshape ' + e(s) + '}')
    d.raw('};\\end{tikzpicture}\\par\\vspace{5pt}\n')
receipt('0412', '09/09/2025', 'septembre 2025', 'Reçu émis dans le cadre du protocole d’accord signé en 2025 par la CNSS et la Coopérative des potiers de Safi (COPOSA).')
receipt('0413', '', 'octobre 2025', 'Conservez ce reçu : il prouve vos droits à l’AMO pendant le mois suivant.')
# ------------- page 2
d.raw(r'\newpage\pagestyle{two}' + '\n')
d.h('Mode d’emploi du livret', 1, fmt=H1)
d.raw(r'\begin{multicols}{2}' + '\n')
d.h('Pourquoi cotiser ?', 2, fmt=H2)
d.p('Depuis la généralisation de l’AMO, les artisans peuvent se faire rembourser leurs soins comme les salariés. Pour un potier de la colline de Safi, la cotisation mensuelle est de 178 dirhams ; elle ouvre des droits pour le cotisant, son conjoint et ses enfants.')
d.h('Comment payer ?', 2, fmt=H2)
d.ul(['au guichet de la COPOSA, le premier samedi du mois ;', ('par téléphone, avec un portefeuille mobile :', ['indiquez votre numéro d’immatriculation ;', 'gardez le SMS de confirmation.']), 'à l’agence CNSS de Safi, boulevard Zerktouni.'])
d.h('Qui soutient le livret ?', 2, fmt=H2)
d.p('Enabel, l’agence de développement de la Belgique, a octroyé au Bureau international du Travail (BIT) un financement qui couvre les années 2024 à 2027.')
d.p('La convention signée en 2024 par le Conseil régional de Marrakech-Safi, la Chambre d’artisanat de la région Marrakech-Safi (CARMS) et la Caisse nationale de sécurité sociale (CNSS) prend en charge la moitié des cotisations de la première année.')
d.p('Un programme conjoint réunit le BIT et l’Organisation des Nations Unies pour le développement industriel (ONUDI) autour des ateliers de Safi et de Fès. Entamé en 2023, il prendra fin en 2026.')
d.p('Une lettre d’intention a été remise à la COPOSA le mois dernier par la faïencerie Al Fakhar SARL, qui s’engage à acheter chaque trimestre la production des ateliers à jour de leurs cotisations.')
d.p('Les chiffres viennent du Haut-Commissariat au Plan (HCP). L’Agence nationale de promotion de l’emploi et des compétences (ANAPEC) prête sa salle pour les séances d’information ; elle n’est pas partie aux accords.', r'{\footnotesize %s\par}')
d.raw(r'\columnbreak' + '\n')
d.h('La colline des potiers en chiffres', 2, fmt=H2)
d.tab([['', '2024', '2025']], [['Ateliers recensés', '212', '219'], ['Artisans immatriculés', '380', '655'], ['Cotisants à jour', '41 %', '63 %'], ['Femmes parmi les cotisants', '58', '121']],
      r'>{\raggedright}p{40mm}rr', caption='Relevé COPOSA au 30 septembre 2025.')
d.q('Quand mon mari s’est brûlé au four, nous avons tout payé nous-mêmes. Aujourd’hui, avec le livret, l’hôpital de Safi nous rembourse.', 'Khadija El Ouarzazi', 'potière, colline des potiers de Safi',
    fmt='\\par\\medskip\\colorbox{sand}{\\parbox{\\dimexpr\\linewidth-2\\fboxsep}{\\itshape « %s »\\par\\upshape\\small --- %s, %s}}\\par\\medskip\n')
d.h('Questions fréquentes', 2, fmt=H2)
d.h('Que faire si je ne peux pas payer un mois ?', 2, fmt=r'{\small\bfseries %s\par}')
d.p('Vous pouvez régulariser dans les trois mois. Au-delà, vos droits sont suspendus jusqu’au paiement.')
d.h('Et si je perds un reçu ?', 2, fmt=r'{\small\bfseries %s\par}')
d.p('La souche est conservée au guichet : la COPOSA vous délivre un duplicata gratuit.')
d.h('Contact', 2, fmt=H2)
d.contact('Youssef Lamrani', 'lamrani@ilo.org', '+212 5 37 63 07 40')
d.raw(r'\textbf{Youssef Lamrani}\\' + '\n'); d.i('Chargé de projet, BIT Rabat', r'%s\\' + '\n'); d.i('Tél. : +212 5 37 63 07 40', r'%s\\' + '\n'); d.i('Courriel : lamrani@ilo.org', r'%s\\' + '\n')
d.raw(e(d.link('www.ilo.org/algiers')) + '\\par\n')
d.raw(r'\end{multicols}' + '\n')

d.orgs(('Organisation internationale du Travail', None), 'Bureau pour les pays du Maghreb', ('Caisse nationale de sécurité sociale', 'CNSS'), ('Coopérative des potiers de Safi', 'COPOSA'),
       'Enabel', ('Bureau international du Travail', 'BIT'), 'Conseil régional de Marrakech-Safi', ('Chambre d’artisanat de la région Marrakech-Safi', 'CARMS'),
       ('Organisation des Nations Unies pour le développement industriel', 'ONUDI'), 'Al Fakhar SARL', ('Haut-Commissariat au Plan', 'HCP'),
       ('Agence nationale de promotion de l’emploi et des compétences', 'ANAPEC'))
d.countries('MA', 'BE')
d.ps(['CNSS', 'COPOSA'], 'memorandum_of_understanding', 2025)
d.ps(['Enabel', 'BIT'], 'funding', 2024, 2027)
d.ps(['Conseil régional de Marrakech-Safi', 'CARMS', 'CNSS'], 'cooperation_agreement', 2024)
d.ps(['BIT', 'ONUDI'], 'programme', 2023, 2026)
d.ps(['Al Fakhar SARL', 'COPOSA'], 'letter_of_intent', 2025)
d.build()
