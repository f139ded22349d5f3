from common import *
ID = 'blind5-10-es-cacao-jovenes'
t = T(ID, 'pdflatex', 'blind-programme-gantt-roadmap', 'youth employment in agriculture', 'es')
X = tex
def H1(s): return '\n\\sect{' + X(t.h(s, 1)) + '}\n'
def H2(s): return '\n\\subsect{' + X(t.h(s, 2)) + '}\n'
def P(s): return X(t.p(s)) + '\n\n'
def I(s, l=1): return '\\item ' + X(t.b(s, l)) + '\n'
hdr = 'OIT · Programa Cacao con Futuro · República Dominicana'
t.furn(hdr, 'Pág. 1/2', hdr, 'Pág. 2/2')
pre = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[a4paper,top=22mm,bottom=18mm,left=17mm,right=17mm,headsep=6mm]{geometry}
\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{booktabs}\usepackage[table]{colortbl}\usepackage{array}\usepackage{multicol}
\definecolor{cacao}{HTML}{5C3317}\definecolor{mazorca}{HTML}{D98E04}\definecolor{hoja}{HTML}{3D7A3A}\definecolor{crema}{HTML}{F5EDE1}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\newcommand{\sect}[1]{\par\vspace{6pt}{\large\bfseries\color{cacao}#1\par}\vspace{2pt}}
\newcommand{\subsect}[1]{\par\vspace{3pt}{\bfseries\color{hoja}#1\par}}
\newcommand{\on}{\cellcolor{mazorca}}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\fancyhead[R]{\footnotesize """ + X(hdr) + r"""}\fancyfoot[R]{\footnotesize Pág. \thepage/2}
\begin{document}
"""
b = r'{\color{mazorca}\bfseries\small ' + X(t.ign('EL PROGRAMA DE UN VISTAZO')) + r'\par}\vspace{1mm}'
b += r'{\raggedright\fontsize{22}{25}\selectfont\bfseries\color{cacao} ' + X(t.title('Cacao con futuro: empleo para jóvenes rurales en la provincia Duarte')) + r'\par}\vspace{2mm}'
b += r'{\large ' + X(t.p('Escuelas de campo, certificación y crédito para 1 800 jóvenes cacaocultores, 2024–2027')) + r'\par}\vspace{3mm}' + '\n'
b += r'\begin{minipage}[t]{0.56\linewidth}' + '\n'
b += H1('¿Por qué el cacao?')
b += P('La República Dominicana es el primer exportador mundial de cacao orgánico, y la provincia Duarte concentra casi un tercio de la producción. Pero la edad media de los productores supera los 55 años y muchos jóvenes se van a la ciudad o al extranjero.')
b += P('El programa quiere que quedarse sea una opción: empleo en fincas y fermentadoras, certificación de oficios y acceso a tierra y crédito para quienes quieran producir por su cuenta.')
b += r'\end{minipage}\hfill\colorbox{crema}{\begin{minipage}[t]{0.38\linewidth}' + '\n'
b += H2('El programa en breve')
hdk, rk = t.table([], [['Duración', 'enero de 2024 – diciembre de 2027'], ['Zona', 'San Francisco de Macorís, Castillo y Pimentel'], ['Participantes', '1 800 jóvenes de 16 a 29 años'], ['Presupuesto', 'USD 3.1 millones']])
b += r'\renewcommand{\arraystretch}{1.25}\begin{tabular}{@{}>{\bfseries\color{cacao}}p{24mm}>{\raggedright\arraybackslash}p{37mm}@{}}' + '\\\\\n'.join(X(a) + ' & ' + X(c) for a, c in rk) + r'\\\end{tabular}' + '\n'
b += r'\vspace{1mm}\end{minipage}}' + '\n'
b += H1('Hoja de ruta')
yrs = ['2024', '2025', '2026', '2027']
g = [('Escuelas de campo para jóvenes', 'CONACADO', [1, 1, 1, 0]), ('Certificación de competencias', 'INFOTEP', [0, 1, 1, 0]), ('Crédito para viveros', 'Banco Agrícola', [0, 1, 1, 1]),
     ('Inspección en fermentadoras', 'Ministerio de Trabajo', [1, 1, 1, 1]), ('Evaluación final', 'OIT y FAO', [0, 0, 0, 1])]
t.table([['Actividad', 'Responsable'] + yrs], [[a, r] + ['' for _ in yrs] for a, r, _ in g])
b += r'\renewcommand{\arraystretch}{1.5}\begin{tabular}{@{}p{62mm}p{40mm}|*{4}{>{\centering\arraybackslash}p{15mm}|}@{}}\toprule' + '\n'
b += r'\textbf{Actividad} & \textbf{Responsable} & ' + ' & '.join('\\textbf{' + y + '}' for y in yrs) + r'\\\midrule' + '\n'
b += '\\\\\n'.join(X(a) + ' & ' + X(r) + ' & ' + ' & '.join('\\on' if v else '' for v in vs) for a, r, vs in g) + r'\\\bottomrule\end{tabular}\par' + '\n'
b += r'{\footnotesize\itshape ' + X(t.ign('Figura 1. Calendario de actividades por año y entidad responsable.')) + r'\par}' + '\n'
b += H1('¿Qué reciben los jóvenes?')
b += '\\begin{multicols}{2}\\begin{itemize}\\setlength{\\itemsep}{1pt}\n' + I('Una escuela de campo de seis meses, con beca de transporte.') + I('Certificación de INFOTEP en uno de tres oficios:') + '\\begin{itemize}\n' + I('injertador de cacao', 2) + I('operario de fermentación y secado', 2) + I('catador de cacao fino', 2) + '\\end{itemize}\n' + I('Un contrato de prácticas en una finca o cooperativa.') + I('Crédito y asistencia técnica para un vivero propio.') + '\\end{itemize}\\end{multicols}\n'
b += '\\clearpage\n'
b += H1('Alianzas que lo hacen posible')
b += P('Desde 2024 y hasta 2027, Cacao con Futuro es una iniciativa conjunta de la Organización Internacional del Trabajo (OIT) y la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO), financiada por la Unión Europea.')
b += P('CONACADO (Confederación Nacional de Cacaocultores Dominicanos) y el Instituto Nacional de Formación Técnico Profesional (INFOTEP) firmaron en 2024 un convenio de cooperación interinstitucional para certificar a los jóvenes en las propias fincas. Ese mismo año, el Ministerio de Trabajo de la República Dominicana suscribió con la OIT un memorando de entendimiento sobre inspección en fermentadoras.')
b += P('La chocolatera Cacao Quisqueya SRL y CONACADO mantienen desde 2025 una alianza comercial: la empresa compra a precio fijo el cacao de los viveros juveniles.')
b += P('El Banco Agrícola de la República Dominicana abrió en 2025 una línea de crédito para viveros de jóvenes, con recursos de un préstamo del Banco Europeo de Inversiones (BEI).')
b += P('La Comisión Nacional del Cacao y Fairtrade International participan en el comité consultivo, sin acuerdo formal con el programa.')
q = t.quote('Mi papá decía que el cacao no da para vivir. Yo tengo un vivero de 4 000 plantas y ya vendo a la cooperativa.', 'Yokasta Rosario', 'participante, Castillo')
b += r'\vspace{3mm}{\color{mazorca}\rule{\linewidth}{1.2pt}}\par\begin{center}{\Large\itshape\color{cacao} ' + X('«' + q + '»') + r'\par}\vspace{1mm}{\small ' + X('Yokasta Rosario, participante, Castillo') + r'}\end{center}{\color{mazorca}\rule{\linewidth}{1.2pt}}\par' + '\n'
b += H1('Metas al cierre del programa')
hd2, r2 = t.table([['Meta', 'Valor', 'Avance a 2025']], [['Jóvenes formados', '1 800', '740'], ['Jóvenes certificados por INFOTEP', '1 200', '410'], ['Viveros juveniles con crédito', '300', '95'], ['Participación de mujeres', '40 %', '44 %']])
r2 = [[c.replace(' ', NB) if i else c for i, c in enumerate(r)] for r in r2]; t.t['tables'][-1]['rows'] = r2
b += r'\renewcommand{\arraystretch}{1.3}\begin{tabular}{@{}lrr@{}}\toprule\textbf{Meta} & \textbf{Valor} & \textbf{Avance a 2025}\\\midrule' + '\n' + '\\\\\n'.join(' & '.join(X(c) for c in r) for r in r2) + r'\\\bottomrule\end{tabular}\par' + '\n'
b += H1('Contacto')
t.contact('Ramón Antonio Peralta', 'peralta@ilo.org', '+1 809 567 3410')
b += r'\textbf{Ramón Antonio Peralta}\\' + X(t.ign('Coordinador del programa Cacao con Futuro')) + r'\\' + X(t.ign('OIT, Avenida Winston Churchill, Santo Domingo')) + r'\\' + X(t.ign('Tel.: +1 809 567 3410')) + r'\\' + X(t.ign('Correo electrónico: peralta@ilo.org')) + r'\\' + X(t.link('www.ilo.org/sanjose')) + '\n\n'
b += r'\vspace{4mm}{\footnotesize\color{gray} ' + X(t.ign('Esta publicación ha sido elaborada con el apoyo financiero de la Unión Europea. Su contenido es responsabilidad exclusiva de la OIT.')) + r'\par}' + '\n'
open(ID + '.tex', 'w').write(pre + b + '\\end{document}\n')
t.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'), 'Unión Europea',
       ('Confederación Nacional de Cacaocultores Dominicanos', 'CONACADO'), ('Instituto Nacional de Formación Técnico Profesional', 'INFOTEP'),
       'Ministerio de Trabajo de la República Dominicana', 'Cacao Quisqueya SRL', 'Banco Agrícola de la República Dominicana',
       ('Banco Europeo de Inversiones', 'BEI'), 'Comisión Nacional del Cacao', 'Fairtrade International')
t.countries('DO')
t.ps(['OIT', 'FAO'], 'programme', 2024, 2027)
t.ps(['Unión Europea', 'OIT', 'FAO'], 'funding', 2024, 2027)
t.ps(['CONACADO', 'INFOTEP'], 'cooperation_agreement', 2024)
t.ps(['Ministerio de Trabajo de la República Dominicana', 'OIT'], 'memorandum_of_understanding', 2024)
t.ps(['Cacao Quisqueya SRL', 'CONACADO'], 'partnership', 2025)
t.ps(['BEI', 'Banco Agrícola de la República Dominicana'], 'funding', 2025)
pdflatex(ID)
finish(t, 2)
