from common import *
pre = r'''\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[a4paper,left=16mm,top=20mm,bottom=20mm,textwidth=120mm,marginparwidth=48mm,marginparsep=9mm]{geometry}
\usepackage{booktabs}\usepackage{fancyhdr}\usepackage{xcolor}\usepackage[hidelinks]{hyperref}
\definecolor{rosa}{HTML}{A4133C}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyheadoffset[R]{57mm}\fancyfootoffset[R]{57mm}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}\sloppy
\renewcommand{\labelitemi}{\textcolor{rosa}{\textbullet}}\renewcommand{\labelitemii}{--}
\newcommand{\nota}[1]{\marginpar{\raggedright\footnotesize\sffamily\color{rosa!80!black}#1}}
'''
d = TeX('blind7-10-es-flores-cayambe', 'es', 'pdflatex', 'blind-margin-notes', 'seguridad y salud en la floricultura', preamble=pre)
hl = d.fu('OIT · Oficina para los Países Andinos'); hr = d.fu('Boletín técnico n.º 7')
d.raw(r'\fancyhead[L]{\footnotesize\sffamily ' + hl + r'}\fancyhead[R]{\footnotesize\sffamily ' + hr + r'}')
f1 = d.fu('— 1 —'); f2 = d.fu('— 2 —')
d.raw(r'\fancyfoot[C]{\footnotesize\ifnum\value{page}=1 ' + f1 + r'\else ' + f2 + r'\fi}')
def nota(s): s = d.para(s); d.raw(r'\nota{' + d.e(s) + '}')
d.i('BOLETÍN TÉCNICO · CAYAMBE, ECUADOR', fmt=r'{\sffamily\small\bfseries\color{rosa}%s\par}\smallskip')
d.T('Rosas sin veneno: seguridad y salud en las fincas florícolas de Cayambe', fmt=r'{\LARGE\bfseries %s\par}\medskip')
d.p('Lo que aprendimos en tres años de trabajo con 52 fincas de Cayambe y Tabacundo', fmt=r'{\itshape %s\par}\medskip')
d.h('1. El punto de partida', 1, fmt=r'\section*{\color{rosa}%s}')
nota('Ecuador exporta rosas a más de 100 países; la floricultura emplea a unas 100 000 personas, en su mayoría mujeres.')
d.p('En los invernaderos de Cayambe se aplican fungicidas e insecticidas varias veces por semana. Antes del proyecto, la mitad de las trabajadoras volvía a entrar a las naves antes de cumplirse el plazo de reingreso, y muy pocas fincas tenían un comité de seguridad en funcionamiento.')
d.h('2. Qué hicimos', 1, fmt=r'\section*{\color{rosa}%s}')
d.ul(['Señalización de plazos de reingreso en cada nave.', ('Comités paritarios de seguridad y salud:', ['elegidos por las trabajadoras y los trabajadores,', 'con reunión mensual y acta.']), 'Duchas y vestuarios para quienes fumigan.', 'Controles médicos anuales de colinesterasa.'])
nota('Plazo de reingreso: tiempo mínimo entre la aplicación de un plaguicida y la entrada de personas sin equipo de protección.')
d.h('2.1. Plazos de reingreso más usados', 2, fmt=r'\subsection*{%s}')
d.tab([['Producto (tipo)', 'Plazo', 'Señal']], [['Fungicida de contacto', '12 horas', 'amarilla'], ['Insecticida sistémico', '24 horas', 'roja'], ['Acaricida', '48 horas', 'roja']], 'lll', caption='Tabla 1. Plazos indicativos; prevalece siempre la etiqueta del producto.')
d.h('3. Con quién trabajamos', 1, fmt=r'\section*{\color{rosa}%s}')
nota('¿Quién registra los plaguicidas? La Agencia de Regulación y Control Fito y Zoosanitario (Agrocalidad), que no es parte del proyecto.')
d.p('El proyecto de la Organización Internacional del Trabajo (OIT) cuenta con el apoyo de Flandes, que lo financia desde 2024 mediante una subvención que se extiende hasta 2027.')
d.p('El Ministerio del Trabajo y la OIT renovaron en 2025 el memorando de entendimiento que habían suscrito en 2021; los inspectores del Ministerio usan la lista de verificación del proyecto.')
d.p('Expoflores, la asociación de productores y exportadores de flores, firmó en 2024 una carta de intención con el Instituto Ecuatoriano de Seguridad Social (IESS) y la OIT para extender los controles médicos a todas sus fincas socias.')
d.p('La formación de los comités corre a cargo de la Universidad Politécnica Salesiana (UPS), que tiene con Expoflores un convenio de cooperación para 2024–2027.')
nota('El GAD Municipal de Cayambe cede el coliseo para los encuentros de comités.')
d.h('4. Resultados', 1, fmt=r'\section*{\color{rosa}%s}')
d.ul(['41 fincas con comité activo (de 9 en 2023).', 'Reingresos anticipados: del 50 % al 11 % de las trabajadoras.', 'Ningún caso de intoxicación aguda registrado en 2025.'])
d.q('Ahora nadie entra a la nave si la bandera está roja. Eso lo decidimos en el comité.', 'Mercedes Farinango', 'presidenta de comité, Tabacundo', fmt='\\begin{quote}\\itshape «%s»\\par\\upshape\\hfill --- %s, %s\\end{quote}\n')
d.h('Contacto', 2, fmt=r'\subsection*{%s}')
d.contact('Andrea Cevallos', 'cevallos@ilo.org', '+51 1 615 0300')
for s in ['Andrea Cevallos, especialista en seguridad y salud en el trabajo', 'OIT, Oficina para los Países Andinos, Lima', 'Tel.: +51 1 615 0300', 'Correo electrónico: cevallos@ilo.org']: d.i(s, fmt=r'{\small %s\par}')
d.raw(r'{\small\url{' + d.link('www.ilo.org/lima') + r'}\par}')
d.orgs(('Organización Internacional del Trabajo', 'OIT'), 'Flandes', 'Ministerio del Trabajo', 'Expoflores', ('Instituto Ecuatoriano de Seguridad Social', 'IESS'), ('Universidad Politécnica Salesiana', 'UPS'), ('Agencia de Regulación y Control Fito y Zoosanitario', 'Agrocalidad'), 'GAD Municipal de Cayambe', 'Oficina para los Países Andinos')
d.countries('EC')
d.ps(['Flandes', 'OIT'], 'funding', 2024, 2027)
d.ps(['Ministerio del Trabajo', 'OIT'], 'memorandum_of_understanding', 2021)
d.ps(['Expoflores', 'IESS', 'OIT'], 'letter_of_intent', 2024)
d.ps(['UPS', 'Expoflores'], 'cooperation_agreement', 2024, 2027)
d.build()
