from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[scaled=0.93]{helvet}\renewcommand\familydefault\sfdefault
\usepackage[a4paper,margin=14mm,top=16mm,bottom=18mm]{geometry}\usepackage{xcolor}\usepackage{multicol}\usepackage{booktabs}\usepackage{fancyhdr}
\definecolor{ban}{HTML}{F2C230}\definecolor{leaf}{HTML}{2E7D32}\definecolor{sea}{HTML}{CFE6F2}\definecolor{ink}{HTML}{1F3B2C}
\setlength{\parindent}{0pt}\setlength{\parskip}{2.5pt}\setlength{\columnsep}{6mm}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyfoot[L]{\scriptsize FOOTL}\fancyfoot[R]{\scriptsize FOOTR}
\newcommand{\hh}[1]{\par\medskip{\color{leaf}\bfseries\large #1\par}\smallskip}
\newcommand{\hs}[1]{\par\smallskip{\color{ink}\bfseries #1\par}}
\newcommand{\pin}[3]{\put(#1,#2){\color{leaf}\circle*{5}}\put(#1,#2){\makebox(0,0){\color{white}\bfseries\scriptsize #3}}}
'''
d = TeX('blind8-11-es-banano-uraba', 'es', 'pdflatex', 'blind-map-legend', 'diálogo social y seguridad en las fincas bananeras', preamble=pre)
d.preamble = d.preamble.replace('FOOTL', d.e(d.furn('OIT · Proyecto «Urabá trabaja seguro» · Antioquia, Colombia'))).replace('FOOTR', d.e(d.furn('Hoja 1/1')))
d.raw(r'{\color{leaf}\footnotesize\bfseries ' + d.e(d.ign('MAPA DE LA INTERVENCIÓN · 2024–2026')) + r'\par}\smallskip')
d.T('Cuatro municipios, una misma meta: fincas bananeras sin accidentes en el Urabá antioqueño', fmt=r'{\LARGE\bfseries\color{ink} %s\par}\smallskip')
d.p('Dónde actúa el proyecto, con quién y qué ha logrado en sus dos primeros años', fmt=r'{\large\color{leaf} %s\par}\medskip')
d.raw(r'\begin{multicols}{2}')
labels = {k: d.ign(k) for k in ['Mar Caribe', 'Golfo de Urabá', 'Turbo', 'Apartadó', 'Carepa', 'Chigorodó']}
cap = d.ign('Mapa esquemático, sin escala. Los números remiten a la leyenda.')
d.raw(r'''\begin{center}\fcolorbox{leaf}{white}{\setlength{\unitlength}{1mm}\begin{picture}(78,92)
\put(0,0){\color{sea}\rule{26mm}{92mm}}
\put(2,86){\scriptsize\itshape %s}\put(2,50){\scriptsize\itshape\shortstack[l]{%s}}
\linethickness{0.8pt}\color{leaf}\qbezier(26,92)(34,70)(26,56)\qbezier(26,56)(20,40)(30,26)\qbezier(30,26)(36,12)(30,0)\color{black}
\pin{36}{74}{1}\put(40,73){\small %s}
\pin{42}{56}{2}\put(46,55){\small %s}
\pin{46}{40}{3}\put(50,39){\small %s}
\pin{48}{22}{4}\put(52,21){\small %s}
\end{picture}}\par\smallskip{\scriptsize\itshape %s\par}\end{center}
''' % (d.e(labels['Mar Caribe']), d.e(labels['Golfo de Urabá']).replace(' de ', r' de\\'), d.e(labels['Turbo']), d.e(labels['Apartadó']), d.e(labels['Carepa']), d.e(labels['Chigorodó']), d.e(cap)))
d.h('Leyenda', fmt=r'\hs{%s}', level=2)
d.ul(['Turbo: puerto de embarque; capacitación de estibadores y cuadrilleros.',
      ('Apartadó: sede del proyecto y de la mesa de diálogo.', ['piloto de transporte nocturno;', 'oficina de quejas de SINTRAINAGRO.']),
      'Carepa: centro de formación del SENA y fincas demostrativas.', 'Chigorodó: brigadas de inspección en empacadoras.'], env='enumerate')
d.h('El problema', fmt=r'\hh{%s}')
d.p('El Urabá produce casi todo el banano que exporta Colombia. En las fincas y empacadoras trabajan unas 20 000 personas. Cortes con machete, caídas desde los cables de transporte de racimos y la exposición a plaguicidas siguen causando accidentes graves, sobre todo entre los cuadrilleros contratados por temporada.')
d.h('Quiénes se comprometieron', fmt=r'\hh{%s}')
d.p('Los Países Bajos, a través de su Embajada en Bogotá, financian el proyecto con una donación a la Organización Internacional del Trabajo (OIT) para 2024–2026.')
d.p('En 2024, el Sindicato Nacional de Trabajadores de la Industria Agropecuaria (SINTRAINAGRO), la Asociación de Bananeros de Colombia (AUGURA) y la OIT firmaron un acuerdo marco sobre seguridad y salud en fincas y empacadoras.')
d.p('La formación está a cargo del Servicio Nacional de Aprendizaje (SENA), que desde 2023 tiene un convenio con la Universidad de Antioquia, sede Urabá, para certificar a los supervisores de finca.')
d.p('¿Y el turno de madrugada? La Alcaldía de Apartadó y la comercializadora Banaurabá S.A. firmaron en 2025 un acuerdo piloto de transporte seguro para las trabajadoras que entran a las cuatro de la mañana.')
d.p('Las cifras de empleo son del Departamento Administrativo Nacional de Estadística (DANE); las de accidentes, del Ministerio del Trabajo, cuyos inspectores participan en las brigadas. La Cámara de Comercio de Urabá cedió su auditorio para el lanzamiento.')
d.q('Antes uno se subía al cable sin arnés porque así se hacía. Ahora el mismo capataz para la cuadrilla si falta el equipo.', 'Yeison Palacios', 'cuadrillero, Carepa', fmt='\\par\\smallskip{\\color{leaf}\\rule{\\linewidth}{0.8pt}}\\par{\\itshape\\large «%s»\\par}\\smallskip{\\footnotesize --- %s, %s\\par}{\\color{leaf}\\rule{\\linewidth}{0.8pt}}\\par\n')
d.raw(r'\end{multicols}')
d.h('Resultados a octubre de 2025', fmt=r'\hh{%s}')
d.tab([['Municipio', 'Fincas con comité de seguridad', 'Supervisores certificados', 'Accidentes graves, 2023', 'Ídem, 2025']],
      [['Turbo', '18', '42', '61', '39'], ['Apartadó', '31', '77', '94', '52'], ['Carepa', '24', '58', '70', '44'], ['Chigorodó', '15', '35', '48', '33']], 'lrrrr')
d.raw(r'\par\medskip')
d.contact('Natalia Restrepo', 'restrepo@ilo.org', '+57 601 325 0100')
d.raw(r'\colorbox{ban}{\parbox{\dimexpr\textwidth-2\fboxsep}{\small\textbf{' + d.e(d.heading('Contacto', 2)) + r'}\quad Natalia Restrepo, ' + d.e(d.ign('coordinadora del proyecto')) + r' · ' + d.e(d.ign('Tel.: +57 601 325 0100')) + r' · ' + d.e(d.ign('Correo electrónico: restrepo@ilo.org')) + r' · ' + d.e(d.link('www.ilo.org/lima')) + r'}}')
d.orgs('Países Bajos', 'Embajada en Bogotá', ('Organización Internacional del Trabajo', 'OIT'), ('Sindicato Nacional de Trabajadores de la Industria Agropecuaria', 'SINTRAINAGRO'), ('Asociación de Bananeros de Colombia', 'AUGURA'),
       ('Servicio Nacional de Aprendizaje', 'SENA'), 'Universidad de Antioquia', 'Alcaldía de Apartadó', 'Banaurabá S.A.', ('Departamento Administrativo Nacional de Estadística', 'DANE'), 'Ministerio del Trabajo', 'Cámara de Comercio de Urabá')
d.countries('CO', 'NL')
d.ps(['Países Bajos', 'OIT'], 'funding', 2024, 2026)
d.ps(['SINTRAINAGRO', 'AUGURA', 'OIT'], 'cooperation_agreement', 2024)
d.ps(['SENA', 'Universidad de Antioquia'], 'cooperation_agreement', 2023)
d.ps(['Alcaldía de Apartadó', 'Banaurabá S.A.'], 'cooperation_agreement', 2025)
d.build()
