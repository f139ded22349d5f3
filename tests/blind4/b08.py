from common import *
ID = 'blind4-08-fr-zones-franches'
t = Truth(ID, 'pdflatex', 'blind-programme-at-a-glance-timeline', 'export processing zones', 'fr', 2,
          'Travail décent dans les zones franches du Togo', transform=fr)

def X(s):
    for a, b in [('\\', r'\textbackslash{}'), ('&', r'\&'), ('%', r'\%'), ('#', r'\#'), ('_', r'\_'), ('$', r'\$')]:
        s = s.replace(a, b)
    return s.replace('\u00a0', '~').replace('\u202f', r'\,')

kick = t.ign('Bureau international du Travail · Bureau de pays pour le Togo et le Bénin')
sub = t.p('Programme 2023–2027 pour le dialogue social, la sécurité au travail et l’égalité dans la zone franche '
          'd’exportation')
FOOT = 'BIT Lomé · Programme « Zones franches et travail décent »'

h1 = t.h('1. Contexte', 1)
c1 = t.p('La zone franche du Togo compte plus de 70 entreprises agréées, qui emploient environ 17 000 personnes, dont '
         'une majorité de jeunes femmes. Depuis l’ouverture de la Plateforme industrielle d’Adétikopé (PIA) en 2021, '
         'l’emploi y progresse de 15 % par an.')
c2 = t.p('Les salaires sont souvent supérieurs au minimum légal, mais les contrats courts, les heures '
         'supplémentaires non payées et l’absence de représentants du personnel restent fréquents.')
h2 = t.h('2. Objectifs', 1)
oA = t.h('A. Dialogue social', 2)
ba = [t.b('des délégués du personnel élus dans chaque entreprise de plus de 50 salariés'),
      t.b('un cadre de concertation de la zone franche réuni deux fois par an')]
oB = t.h('B. Sécurité et santé au travail', 2)
bb = [t.b('un comité d’hygiène et de sécurité dans chaque usine ;'),
      t.b('formation de 40 membres de comités par an', 2),
      t.b('visites conjointes avec l’inspection du travail', 2),
      t.b('un centre de santé au travail au sein de la PIA.')]
oC = t.h('C. Égalité entre femmes et hommes', 2)
bc = [t.b('tolérance zéro pour le harcèlement, selon la convention (n° 190) de 2019'),
      t.b('des crèches d’entreprise dans les trois plus grands sites')]

g_h = t.h('En un coup d’œil', 2, True)
gl = [('Durée', 'janvier 2023 – décembre 2027'), ('Budget', '6,4 millions de dollars canadiens'),
      ('Sites', 'Lomé, PIA (Adétikopé) et Kara'), ('Bénéficiaires', '17 000 travailleurs, 70 entreprises'),
      ('Pilotage', 'comité tripartite présidé par le ministère')]
gh, gr = t.table([], [[a, b] for a, b in gl])

tl_h = t.h('Calendrier', 2, True)
tl = [('2023', 'Lancement du programme'), ('2024', 'Accord quadripartite'), ('2025', 'Ouverture du centre de santé'),
      ('2026', 'Évaluation à mi-parcours'), ('2027', 'Fin du programme')]
for y, l in tl: t.ign(y); t.ign(l)

h3 = t.h('3. Partenaires', 1)
pp = [t.p('Le programme est mis en œuvre par le Bureau international du Travail (BIT) et la Société d’administration '
          'des zones franches (SAZOF), sous la tutelle du Ministère de la Fonction publique, du Travail et du Dialogue '
          'social.'),
      t.p('Il fait partie d’un programme conjoint du BIT et de l’Organisation des Nations Unies pour le développement '
          'industriel (ONUDI) pour la période 2023–2027. Le Canada le finance, par l’entremise d’Affaires mondiales '
          'Canada, dans le cadre d’un accord de contribution signé en 2023.'),
      t.p('Un accord de coopération quadripartite a été signé en novembre 2024 par la SAZOF, le Conseil national du '
          'patronat du Togo (CNP-Togo), la Confédération syndicale des travailleurs du Togo (CSTT) et l’Union '
          'nationale des syndicats indépendants du Togo (UNSIT) : il fixe les règles d’élection des délégués.'),
      t.p('La Banque ouest-africaine de développement (BOAD) finance depuis 2025, pour le compte de la SAZOF, la '
          'construction du centre de santé au travail de la PIA.'),
      t.p('Togo Textile Manufacturing SA a ouvert une crèche d’entreprise en 2024. L’entreprise a signé l’année '
          'suivante une lettre d’intention avec ONU Femmes pour étendre le modèle à deux autres usines.')]
qt = t.q('Avant, personne ne savait à qui se plaindre. Maintenant, nous avons une déléguée dans chaque atelier.',
         'Akossiwa Mensah', 'opératrice de confection, Adétikopé')
h5 = t.h('4. Résultats attendus', 1)
rh, rr = t.table([['Indicateur', 'Situation en 2023', 'Cible pour 2027']],
                 [['Entreprises dotées de délégués élus', '9', '60'],
                  ['Usines avec un comité d’hygiène et de sécurité', '14', '70'],
                  ['Accidents du travail déclarés pour 1 000 salariés', '23', '12'],
                  ['Part des femmes parmi les cadres', '11 %', '25 %']])
rsrc = t.ign('Source : SAZOF et inspection du travail, enquête de référence 2023.')
h4 = t.h('5. Contact', 1)
cn = 'Koffi Agbémadon'; t.ign(cn)
cl = [t.ign('Coordonnateur national du programme'), t.ign('BIT, 92, boulevard du 13 Janvier, Lomé'),
      t.ign('Tél. : +228 22 21 48 30'), t.ign('Courriel : agbemadon@ilo.org')]
url = t.link('www.ilo.org/abidjan/zones-franches-togo')
t.contact(cn, 'agbemadon@ilo.org', '+228 22 21 48 30')
t.furn(FOOT, '1 / 2', FOOT, '2 / 2')

for n, a in [('Bureau international du Travail', 'BIT'), ('Plateforme industrielle d’Adétikopé', 'PIA'),
             ('Société d’administration des zones franches', 'SAZOF'),
             ('Ministère de la Fonction publique, du Travail et du Dialogue social', None),
             ('Organisation des Nations Unies pour le développement industriel', 'ONUDI'), ('Canada', None),
             ('Affaires mondiales Canada', None), ('Conseil national du patronat du Togo', 'CNP-Togo'),
             ('Confédération syndicale des travailleurs du Togo', 'CSTT'),
             ('Union nationale des syndicats indépendants du Togo', 'UNSIT'),
             ('Banque ouest-africaine de développement', 'BOAD'), ('Togo Textile Manufacturing SA', None),
             ('ONU Femmes', None), ('Bureau de pays pour le Togo et le Bénin', None)]:
    t.org(n, a)
t.part(['BIT', 'ONUDI'], 'programme', 2023)
t.part(['Affaires mondiales Canada', 'BIT', 'ONUDI'], 'funding', 2023)
t.part(['SAZOF', 'CNP-Togo', 'CSTT', 'UNSIT'], 'cooperation_agreement', 2024)
t.part(['BOAD', 'SAZOF'], 'funding', 2025)
t.part(['Togo Textile Manufacturing SA', 'ONU Femmes'], 'letter_of_intent', 2025)
t.countries('TG', 'BJ', 'CA')

def items(lst):
    out, in2 = [r'\begin{itemize}'], False
    for s, lv in lst:
        if lv == 2 and not in2: out.append(r'\begin{itemize}'); in2 = True
        if lv == 1 and in2: out.append(r'\end{itemize}'); in2 = False
        out.append(r'\item ' + X(s))
    if in2: out.append(r'\end{itemize}')
    out.append(r'\end{itemize}')
    return '\n'.join(out)

W = 250  # mm timeline width
step = W / (len(tl) - 1)
tl_tex = (r'\setlength{\unitlength}{1mm}\begin{picture}(%d,20)' % (W + 10) +
          r'\put(5,11){\color{ocre}\linethickness{0.9mm}\line(1,0){%d}}' % W +
          ''.join(r'\put(%.1f,11){\color{nuit}\circle*{4}}\put(%.1f,15){\makebox(0,0)[b]{\bfseries\color{ocre}%s}}'
                  r'\put(%.1f,7){\makebox(0,0)[t]{\small %s}}' % (5 + i * step, 5 + i * step, y, 5 + i * step, X(l))
                  for i, (y, l) in enumerate(tl)) + r'\end{picture}')
glance = '\n'.join(r'\textbf{%s} & %s \\[1mm]' % (X(a), X(b)) for a, b in gr)
tex = r'''\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{tgheros}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,landscape,top=14mm,bottom=16mm,left=16mm,right=16mm,footskip=8mm]{geometry}
\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{array}\usepackage[hidelinks]{hyperref}
\definecolor{ocre}{HTML}{D17A22}\definecolor{nuit}{HTML}{1F3B57}\definecolor{sable}{HTML}{F6EEDF}
\setlength{\parindent}{0pt}\setlength{\parskip}{1.5mm}
\renewcommand{\labelitemi}{\textcolor{ocre}{\textbullet}}\renewcommand{\labelitemii}{\textcolor{nuit}{--}}
\let\olditemize\itemize\renewcommand{\itemize}{\olditemize\setlength{\itemsep}{0.3mm}\setlength{\parsep}{0pt}\setlength{\parskip}{0pt}\setlength{\topsep}{0.6mm}}
\newcommand{\sect}[1]{\par\vspace{2mm}{\bfseries\color{ocre}#1}\par}
\newcommand{\subsect}[1]{\par\vspace{0.5mm}{\bfseries\color{nuit}#1}\par\vspace{-2mm}}
\newcommand{\boxhead}[1]{{\bfseries\color{nuit}\MakeUppercase{#1}}\par\vspace{1mm}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize\color{nuit}FOOT}\fancyfoot[R]{\footnotesize\color{nuit}\thepage~/~2}
\hyphenpenalty=10000\exhyphenpenalty=10000\raggedright
\begin{document}
{\small\color{ocre}\bfseries KICK}\par\vspace{2mm}
{\fontsize{26}{29}\selectfont\bfseries\color{nuit}TITLE\par}\vspace{1mm}
{\large SUB\par}\vspace{3mm}
{\color{ocre}\rule{\linewidth}{0.5mm}}\par\vspace{1mm}
\boxhead{TLH}
TIMELINE\par
{\color{ocre}\rule{\linewidth}{0.5mm}}\par\vspace{1mm}
\begin{minipage}[t]{0.58\linewidth}\small\raggedright\setlength{\parskip}{0.8mm}
\sect{H1}
C1

C2
\sect{H2}
\subsect{OA}
BA
\subsect{OB}
BB
\subsect{OC}
BC
\end{minipage}\hfill
\colorbox{sable}{\begin{minipage}[t]{0.36\linewidth}\vspace{1mm}
\boxhead{GH}
\begin{tabular}{@{}>{\raggedright}p{24mm}p{0.62\linewidth}@{}}
GLANCE
\end{tabular}
\vspace{1mm}
\end{minipage}}
\newpage
\begin{minipage}[t]{0.62\linewidth}\raggedright\setlength{\parskip}{1.8mm}
\sect{H3}
PP
\sect{H5}
\renewcommand{\arraystretch}{1.25}
\begin{tabular}{|p{0.5\linewidth}|p{0.2\linewidth}|p{0.2\linewidth}|}\hline
RTAB
\end{tabular}\par
{\footnotesize\itshape RSRC}
\end{minipage}\hfill
\begin{minipage}[t]{0.33\linewidth}
\vspace{4mm}
{\color{ocre}\rule{\linewidth}{1.2mm}}\par
{\Large\itshape\color{nuit} «~QT~»\par}\vspace{1mm}
{\small\textbf{Akossiwa Mensah}, ROLE\par}
\vspace{6mm}
\sect{H4}
\colorbox{sable}{\begin{minipage}{0.94\linewidth}\small\vspace{1mm}
\textbf{CN}\\ CL0\\ CL1\\ CL2\\ CL3\\ URL\vspace{1mm}
\end{minipage}}
\end{minipage}
\end{document}
'''
rtab = '\n'.join(' & '.join((r'\textbf{%s}' % X(c)) if i == 0 else X(c) for c in r) + r' \\ \hline' for i, r in enumerate(rh + rr))
rep = dict(RTAB=rtab, RSRC=X(rsrc), H5=X(h5), FOOT=X(FOOT), KICK=X(kick), TITLE=X(t.title), SUB=X(sub), H1=X(h1), C1=X(c1), C2=X(c2), H2=X(h2),
           OA=X(oA), OB=X(oB), OC=X(oC), BA=items([(x, 1) for x in ba]),
           BB=items([(bb[0], 1), (bb[1], 2), (bb[2], 2), (bb[3], 1)]), BC=items([(x, 1) for x in bc]),
           GH=X(g_h), GLANCE=glance, TLH=X(tl_h), TIMELINE=tl_tex, H3=X(h3), PP='\n\n'.join(X(x) for x in pp),
           QT=X(qt), ROLE=X(t.d['quotes'][0]['role']), H4=X(h4), CN=X(cn), CL0=X(cl[0]), CL1=X(cl[1]), CL2=X(cl[2]),
           CL3=X(cl[3]), URL=X(url))
for k in sorted(rep, key=len, reverse=True):
    tex = re.sub(r'\b' + k + r'\b', lambda m: rep[k], tex)
open(f'{HERE}/{ID}.tex', 'w').write(tex)
pdflatex(ID)
finish(t)
