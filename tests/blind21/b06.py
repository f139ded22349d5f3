from common import *
import re
def E(s):
    s = typ_esc(s)
    return re.sub(r'(\S*\w\\-\w\S*)', lambda m: '#box[' + m.group(1) + ']', s)
d = Typ('blind21-06-es-guiasala-tequila-jimadores', 'es', 'typst', 'blind-exhibition-room-guide', 'jornada, herramientas, lesiones y seguro social de los jimadores del agave')
FL = d.furn('Manos de jima · guía de sala')
P1 = d.furn('Página 1 de 2'); d.furn(FL); P2 = d.furn('Página 2 de 2')
pre = r'''#set page(paper: "a4", margin: (x: 14mm, top: 12mm, bottom: 16mm),
  footer: context [#set text(size: 6.8pt, fill: rgb("#5d6b3a")); #line(length: 100%, stroke: 0.4pt + rgb("#5d6b3a")) #v(-2mm) FLPLACE #h(1fr) Página #counter(page).display() de 2])
#set text(font: "DejaVu Sans", size: 8pt, lang: "es", hyphenate: false)
#set par(leading: 0.52em, spacing: 0.8em)
#let agave = rgb("#5d6b3a")
#let clay = rgb("#b0572b")
#set list(indent: 2pt, body-indent: 4pt, spacing: 0.5em)
#set enum(indent: 2pt, body-indent: 4pt, spacing: 0.5em)
#show heading.where(level: 1): it => block(above: 1em, below: 0.6em, width: 100%, fill: agave, inset: (x: 3mm, y: 2mm), text(size: 10pt, weight: "bold", fill: white, it.body))
#show heading.where(level: 2): it => block(above: 0.3em, below: 0.35em, text(size: 8.6pt, weight: "bold", fill: clay, font: "DejaVu Serif", it.body))
#let obj(n, body) = block(width: 100%, stroke: 0.5pt + rgb("#c9b99a"), inset: 3mm, fill: rgb("#fbf8f1"), breakable: false)[#text(size: 6.5pt, weight: "bold", fill: agave, tracking: 1pt)[OBJETO #n] #v(-1mm) #body]
'''.replace('FLPLACE', E(FL))
R = d.raw
def L(s): R(s + '\n')
def H(s, lv=1): L('#heading(level: %d)[%s]' % (lv, E(d.heading(s, lv))))
def P(s, fmt='%s'): L(fmt % E(d.para(s)) + '\n')
def I(s, fmt='%s'): L(fmt % E(d.ign(s)) + '\n')
def UL(items, num=False):
    for it in items:
        mark = '+' if num else '-'
        if isinstance(it, tuple):
            L(f'{mark} {E(d.bullet(it[0], 1))}')
            for x in it[1]: L(f'  - {E(d.bullet(x, 2))}')
        else: L(f'{mark} {E(d.bullet(it, 1))}')
    L('')
I('MUSEO NACIONAL DEL TEQUILA · SALA TEMPORAL · DEL 6 DE MARZO AL 31 DE JULIO DE 2026', '#text(size: 7pt, weight: "bold", fill: clay, tracking: 1.2pt)[%s]')
L('#v(-1mm)')
L('#text(size: 21pt, weight: "bold", font: "DejaVu Serif", fill: agave)[' + E(d.title('Manos de jima: el oficio que sostiene al tequila')) + ']')
L('#v(-1mm)')
P('Tequila, Jalisco, 6 de marzo de 2026 — guía de sala para recorrer los doce objetos de la exposición, con lo que cada uno cuenta del trabajo, la salud y el seguro de los jimadores', '#text(style: "italic", size: 8.6pt)[%s]')
L('#grid(columns: (1.25fr, 1fr), column-gutter: 7mm, [')
P('Un jimador corta a mano, con la coa, las pencas de unas 400 piñas de agave en una semana buena. Trabaja a destajo, por tonelada, bajo el sol de los Altos y del valle de Tequila. Esta exposición reúne herramientas, fotografías, credenciales y recibos prestados por familias jimadoras de Tequila, Amatitán y Arandas.')
P('La organiza la Unión de Jimadores de los Altos de Jalisco (UJAJ) dentro del proyecto «Jima Segura» de la Organización Internacional del Trabajo (OIT). El Museo Nacional del Tequila (MUNAT) presta su sala temporal y se encarga del montaje.')
H('Cómo recorrer la sala', 2)
UL(['Empiece por la entrada de la calle Ramón Corona y siga los números en el suelo.', ('La sala tiene dos partes:', ['objetos 1 a 6, «En el campo»;', 'objetos 7 a 12, «Después del corte».']), 'Los objetos marcados con una mano pueden tocarse.'], num=True)
L('], [')
# floor plan
L('#block(width: 100%, height: 46mm, stroke: 0.8pt + agave, inset: 0mm)[')
L('#place(dx: 3mm, dy: 3mm, rect(width: 36mm, height: 40mm, stroke: 0.5pt + agave, fill: rgb("#eef0e4")))')
L('#place(dx: 41mm, dy: 3mm, rect(width: 36mm, height: 40mm, stroke: 0.5pt + agave, fill: rgb("#f6e9df")))')
L('#place(dx: 6mm, dy: 5mm, text(size: 7pt, weight: "bold", fill: agave)[' + E(d.ign('En el campo')) + '])')
L('#place(dx: 44mm, dy: 5mm, text(size: 7pt, weight: "bold", fill: clay)[' + E(d.ign('Después del corte')) + '])')
for i, (x, y) in enumerate([(8, 14), (20, 14), (30, 22), (8, 28), (20, 34), (30, 36), (48, 16), (62, 16), (48, 26), (62, 26), (48, 36), (62, 36)], 1):
    L(f'#place(dx: {x}mm, dy: {y}mm, circle(radius: 2.6mm, fill: {"agave" if i <= 6 else "clay"}, stroke: none)[#align(center + horizon, text(size: 5.8pt, fill: white, weight: "bold")[{i}])])')
L('#place(dx: 14mm, dy: 41mm, text(size: 6pt)[' + E(d.ign('▲ Entrada')) + '])')
L(']')
I('Plano de la sala temporal, planta baja del museo.', '#text(size: 6.3pt, style: "italic")[%s]')
L('])')
H('En el campo')
L('#grid(columns: (1fr, 1fr), column-gutter: 5mm, row-gutter: 4mm,')
objs1 = [
 (1, 'La coa de jima', 'Coa de acero y mango de mezquite, Arandas, hacia 1975. Préstamo de la familia Gutiérrez Navarro.', 'La hoja, afilada cada mañana, pesa casi dos kilos. Un corte mal dado llega al pie: por eso la UJAJ reparte desde 2024 botas con puntera de acero.'),
 (2, 'Cuaderno de destajo', 'Cuaderno escolar con las toneladas de una cuadrilla, Amatitán, 2016.', 'En diez años, el precio por tonelada cortada pasó de 160 a 330 pesos. El cuaderno muestra semanas de más de sesenta horas.'),
 (3, 'Sombrero y pañuelo', 'Sombrero de palma y pañuelo de algodón, Tequila, 2025.', 'El golpe de calor es la primera causa de baja en la jima entre abril y junio. La cuadrilla para a mediodía cuando el termómetro de la parcela pasa de 35 grados.'),
 (4, 'Fotografía: la cuadrilla de Santa Teresa', 'Fotografía en color, 2019. Préstamo del Centro Universitario de los Altos (CUAltos), socio de la UJAJ desde 2021.', 'Once jimadores y un cargador. Tres de ellos no tenían entonces ningún seguro.'),
 (5, 'La piña partida', 'Piña de agave azul de siete años, partida en dos para la sala, 2026.', 'Pesa unos 45 kilos. Se carga al camión a hombro: la Unión pide que la carga sea siempre entre dos.'),
 (6, 'Guantes de carnaza', 'Guantes de trabajo, donados para la exposición, 2026.', 'Los guantes, las botas y los sombreros de las cuadrillas que visitan la sala están auspiciados por Azul Tequilana, que compra agave en la región y en 2026 aporta a la UJAJ 250 000 pesos para el equipo de protección.'),
]
objs2 = [
 (7, 'Credencial del seguro social', 'Credencial del Instituto Mexicano del Seguro Social (IMSS), Arandas, 2025.', 'El IMSS y la UJAJ sellaron en 2024 un convenio para inscribir a los jimadores eventuales del campo; esta fue una de las primeras credenciales.'),
 (8, 'Recibo de pago semanal', 'Recibo de una cuadrilla de Tequila, 2026.', 'Desde este año el recibo separa la tonelada, los días y la cuota obrera al IMSS. Lo pidió la carta de intención que Agaveros Unidos del Valle firmó con la Unión el año antepasado.'),
 (9, 'Radiografía de una muñeca', 'Radiografía prestada por la Clínica San Rafael de Arandas, 2025.', 'Tendinitis de la muñeca, la lesión más común del oficio. La clínica se incorporó como aliada al programa «Jima Segura» de la OIT en 2025.'),
 (10, 'Mapa de los Altos', 'Mapa pintado a mano de las parcelas de Arandas, 2026.', 'Señala las parcelas con agua potable y sombra para la cuadrilla. El convenio entre el Gobierno Municipal de Arandas y la UJAJ que financió los bebederos estuvo vigente de 2019 a 2023.'),
]
def O(n, name, tomb, text):
    d.ign(f'OBJETO {n}'); d.heading(name, 2)
    tomb = d.para(tomb); text = d.para(text)
    return f'obj({n}, [#text(size: 8.6pt, weight: "bold", fill: clay, font: "DejaVu Serif")[{E(name)}] \\ #text(size: 6.6pt, style: "italic")[{E(tomb)}] #v(0.5mm) {E(text)}])'
L(',\n'.join(O(*o) for o in objs1) + ')')
L('#pagebreak()')
H('Después del corte')
L('#grid(columns: (1fr, 1fr), column-gutter: 5mm, row-gutter: 4mm,')
L(',\n'.join(O(*o) for o in objs2) + ')')
L('#v(2mm)')
L('#grid(columns: (1fr, 1fr), column-gutter: 6mm, [')
d.ign('OBJETO 11'); L('#obj(11, [')
d.heading('La voz de la sala', 2)
L('#text(size: 8.6pt, weight: "bold", fill: clay, font: "DejaVu Serif")[La voz de la sala] \\')
t, sp, ro = d.quote('Mi papá jimó cuarenta años y nunca tuvo seguro. Yo tengo credencial desde 2025, y la primera vez que la usé fue por la muñeca, no por la coa.', 'Rigoberto Plascencia', 'jimador y delegado de la UJAJ, Arandas')
L('#text(style: "italic", font: "DejaVu Serif")[“' + E(t) + '”] \\ #text(size: 6.8pt)[— ' + E(sp) + ', ' + E(ro) + ']')
L('])')
L('#v(2mm)')
d.ign('OBJETO 12'); L('#obj(12, [')
d.heading('Lo que cobra un jimador', 2)
L('#text(size: 8.6pt, weight: "bold", fill: clay, font: "DejaVu Serif")[Lo que cobra un jimador] \\')
hdr = [['Concepto', '2016', '2026']]
rows = [['Tonelada cortada', '160 pesos', '330 pesos'], ['Semana de seis días', '2 400 pesos', '4 950 pesos'], ['Cuota obrera al IMSS', 'no se pagaba', '118 pesos'], ['Jornada máxima pactada', 'sin límite', '8 horas']]
d.table(hdr, rows)
L('#table(columns: (1.4fr, 1fr, 1fr), stroke: (x, y) => (bottom: if y == 0 { 0.8pt + agave } else { 0.3pt + gray }), inset: 2.4pt, ' +
  ', '.join('[#text(weight: "bold")[' + E(c) + ']]' for c in hdr[0]) + ', ' + ', '.join('[' + E(c) + ']' for r in rows for c in r) + ')')
L('#text(size: 6.3pt, style: "italic")[' + E(d.ign('Promedios de las cuadrillas de la UJAJ; la semana de 2026 es la de febrero.')) + ']')
L('])')
L('], [')
H('Quién hizo posible la exposición', 2)
P('El proyecto «Jima Segura» de la OIT cuenta con fondos del Departamento de Trabajo de los Estados Unidos (USDOL) para el periodo 2025–2028. La OIT, la UJAJ y el Consejo Regulador del Tequila (CRT) rubricaron en 2026 una carta de intención que fija la jornada de ocho horas de la tabla.')
H('Sin papel firmado', 2)
P('La Secretaría del Trabajo y Previsión Social (STPS) asistió a la inauguración como invitada; la secretaría federal del Trabajo estudia llevar la muestra a Guadalajara. La Cámara Nacional de la Industria Tequilera (CNIT) fue consultada para el guion. Tequilas del Valle S.A. de C.V. rechazó participar, y Mujeres del Agave, A.C. ha solicitado sumarse al proyecto. Radio Altos 104.7 anuncia la exposición por contrato. Las cifras de empleo en la jima son del Instituto Nacional de Estadística y Geografía (INEGI).', '#text(size: 7pt)[%s]')
H('Horario y entrada', 2)
kv = [['Horario', 'martes a domingo, de 10:00 a 17:00'], ['Entrada', 'gratuita para familias jimadoras; 60 pesos la general'], ['Visita guiada', 'sábados a las 12:00, con un jimador de la UJAJ'], ['Accesos', 'rampa por la calle Ramón Corona']]
d.table([], kv)
L('#table(columns: (22mm, 1fr), stroke: none, inset: 1.8pt, ' + ', '.join('[#text(weight: "bold")[' + E(a) + ']], [' + E(b) + ']' for a, b in kv) + ')')
H('Visitas de grupo y contacto', 2)
d.contact('Guadalupe Orozco', 'jimasegura@ilo.org', '+52 55 5250 3224')
for s in ['Guadalupe Orozco, coordinadora de «Jima Segura»', 'Oficina de País de la OIT para México y Cuba', 'Tel.: +52 55 5250 3224', 'Correo electrónico: jimasegura@ilo.org']:
    L('#text(size: 7pt)[' + E(d.ign(s)) + '] \\')
L('#text(size: 7pt)[' + E(d.link('www.ilo.org/mexico')) + ']')
L('])')
H('Para grupos escolares')
L('#columns(2, gutter: 7mm)[')
P('Las escuelas de Tequila y Amatitán pueden reservar la sala los martes y miércoles por la mañana. La visita dura una hora y termina en el taller del museo, donde los alumnos prueban una coa sin filo.')
UL([('Antes de la visita:', ['reserve con dos semanas de antelación;', 'indique la edad de los alumnos.']), 'Durante la visita, los alumnos no tocan las coas con filo de la vitrina 1.', 'Después, cada grupo recibe la guía para el maestro.'])
L(']')
d.preamble = pre
d.orgs(('Museo Nacional del Tequila', 'MUNAT'), ('Unión de Jimadores de los Altos de Jalisco', 'UJAJ'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Centro Universitario de los Altos', 'CUAltos'), 'Azul Tequilana', ('Instituto Mexicano del Seguro Social', 'IMSS'), 'Agaveros Unidos del Valle',
       'Clínica San Rafael de Arandas', 'Gobierno Municipal de Arandas', ('Departamento de Trabajo de los Estados Unidos', 'USDOL'), ('Consejo Regulador del Tequila', 'CRT'),
       ('Secretaría del Trabajo y Previsión Social', 'STPS'), ('Cámara Nacional de la Industria Tequilera', 'CNIT'), 'Tequilas del Valle S.A. de C.V.', 'Mujeres del Agave, A.C.',
       'Radio Altos 104.7', ('Instituto Nacional de Estadística y Geografía', 'INEGI'))
d.countries('MX', 'US', 'CU')
d.ps(['CUAltos', 'UJAJ'], 'partnership', 2021)
d.ps(['Azul Tequilana', 'UJAJ'], 'funding', 2026)
d.ps(['IMSS', 'UJAJ'], 'cooperation_agreement', 2024)
d.ps(['Agaveros Unidos del Valle', 'UJAJ'], 'letter_of_intent', 2024)
d.ps(['Clínica San Rafael de Arandas', 'OIT'], 'programme', 2025)
d.ps(['Gobierno Municipal de Arandas', 'UJAJ'], 'cooperation_agreement', 2019, 2023)
d.ps(['USDOL', 'OIT'], 'funding', 2025, 2028)
d.ps(['OIT', 'UJAJ', 'CRT'], 'letter_of_intent', 2026)
d.build(tagged=False)
