from common import *
pre = r'''#set page(paper: "a3", margin: (x: 16mm, top: 14mm, bottom: 14mm), fill: rgb("#fbf7ee"))
#set text(font: "DejaVu Sans", size: 10pt, lang: "es", fill: rgb("#1f2a1a"))
#set par(justify: false, leading: 0.55em, spacing: 0.8em)
#show heading.where(level: 1): it => block(above: 1em, below: 0.55em, text(size: 15pt, weight: "bold", fill: rgb("#2f6b2a"), it.body))
#show heading.where(level: 2): it => block(above: 0.9em, below: 0.45em, text(size: 11.5pt, weight: "bold", fill: rgb("#9a5a12"), it.body))
#set list(indent: 4pt, body-indent: 5pt, marker: ([•], [–]))
#set enum(indent: 4pt, body-indent: 5pt)
#let callout(n, body) = block(width: 100%, inset: 7pt, radius: 4pt, fill: white, stroke: 1.2pt + rgb("#2f6b2a"))[
  #box(circle(radius: 8pt, fill: rgb("#9a5a12"), stroke: none)[#set align(center + horizon); #text(fill: white, weight: "bold", size: 10pt, n)])
  #v(-2pt)
  #body]
'''
d = Typ('blind22-05-es-cartel-uruapan-aguacate', 'es', 'typst', 'blind-poster-callouts', 'caídas, herramientas de corte, carga, pago por caja y afiliación al IMSS de cortadores de aguacate', preamble=pre)
E = d.e
def P(s): return E(d.para(s))
d.raw('#text(size: 9pt, weight: "bold", tracking: 2.5pt, fill: rgb("#9a5a12"))[' + E(d.ign('CARTEL · TEMPORADA DE CORTE 2025–2026 · MESETA PURÉPECHA')) + ']\n\n')
d.raw('#text(font: "DejaVu Serif", size: 32pt, weight: "bold", fill: rgb("#2f6b2a"))[' + E(d.title('Arriba del árbol, seguro y afiliado')) + ']\n\n')
d.raw('#text(size: 12pt, style: "italic")[' + P('Uruapan, Michoacán, octubre de 2025 — para las y los cortadores de aguacate de las cuadrillas de Uruapan, Tancítaro, Peribán y San Juan Nuevo') + ']\n\n')
# --- the figure with callouts
co = [
 ('1', 'Casco con barboquejo: una rama que cae pesa más de lo que parece. El casco se abrocha bajo la barbilla, también en la escalera.'),
 ('2', 'Garrocha con cuchilla: se carga con la funda puesta entre árbol y árbol, nunca al hombro cuando hay compañeros cerca.'),
 ('3', 'Arnés y línea de vida: por encima de tres metros, siempre. Los arneses de la temporada los entrega la Universidad Michoacana de San Nicolás de Hidalgo, bajo su carta de intención de 2025 con el SICAMP.'),
 ('4', 'Bolsa de cosecha: 20 kg como máximo. Bájela antes de que se llene y vacíela en la caja, no la arroje.'),
 ('5', 'Escalera de tres patas: apoyada en suelo firme, abierta del todo y con un compañero al pie en las huertas con pendiente.'),
 ('6', 'Agua y sombra: un litro por hora en los días de calor, y diez minutos a la sombra cada dos horas de corte.'),
]
for n, t in co: d.ign(n)
boxes = [(0, 4), (0, 58), (0, 112), (1, 30), (1, 84), (1, 136)]
fig = [r'#block(width: 100%, height: 178mm, above: 10pt)[']
# drawing in the middle
fig.append(r'''#place(dx: 118mm, dy: 6mm, rect(width: 30mm, height: 120mm, fill: rgb("#7a5230"), stroke: none))
#place(dx: 78mm, dy: 0mm, ellipse(width: 112mm, height: 70mm, fill: rgb("#5d9a47"), stroke: none))
#place(dx: 96mm, dy: 14mm, circle(radius: 5mm, fill: rgb("#2f5d1e"), stroke: none))
#place(dx: 150mm, dy: 28mm, circle(radius: 5mm, fill: rgb("#2f5d1e"), stroke: none))
#place(dx: 92mm, dy: 60mm, line(start: (0mm, 110mm), end: (22mm, 0mm), stroke: 2.2pt + rgb("#444")))
#place(dx: 92mm, dy: 60mm, line(start: (26mm, 110mm), end: (30mm, 0mm), stroke: 2.2pt + rgb("#444")))
#place(dx: 92mm, dy: 60mm, line(start: (14mm, 110mm), end: (40mm, 110mm), stroke: 2.2pt + rgb("#444")))
''')
for k in range(1, 9):
    y = 110 - k*12.5; x0 = 22*(110-y)/110; x1 = 26 + 4*(110-y)/110
    fig.append(f'#place(dx: 92mm, dy: 60mm, line(start: ({x0:.1f}mm, {y:.1f}mm), end: ({x1:.1f}mm, {y:.1f}mm), stroke: 1.6pt + rgb("#444")))\n')
fig.append(r'''#place(dx: 113mm, dy: 48mm, circle(radius: 6mm, fill: rgb("#d9a877"), stroke: none))
#place(dx: 111mm, dy: 44mm, rect(width: 16mm, height: 6mm, radius: 2mm, fill: rgb("#f2c230"), stroke: none))
#place(dx: 113mm, dy: 62mm, rect(width: 12mm, height: 30mm, radius: 2mm, fill: rgb("#3a6ea5"), stroke: none))
#place(dx: 119mm, dy: 66mm, line(start: (0mm, 0mm), end: (26mm, -52mm), stroke: 1.8pt + rgb("#8a8a8a")))
#place(dx: 125mm, dy: 76mm, rect(width: 14mm, height: 16mm, radius: 3mm, fill: rgb("#c9b27c"), stroke: none))
#place(dx: 112mm, dy: 92mm, line(start: (2mm, 0mm), end: (0mm, 26mm), stroke: 4pt + rgb("#3a3a3a")))
#place(dx: 112mm, dy: 92mm, line(start: (10mm, 0mm), end: (14mm, 26mm), stroke: 4pt + rgb("#3a3a3a")))
#place(dx: 60mm, dy: 170mm, rect(width: 150mm, height: 4mm, fill: rgb("#b09a6a"), stroke: none))
''')
tips = [(120, 47), (140, 20), (119, 70), (132, 84), (105, 140), (160, 171)]
for (side, y), (n, t), (tx, ty) in zip(boxes, co, tips):
    x = 0 if side == 0 else 196
    ax = x + 72 if side == 0 else x
    fig.append(f'#place(dx: {ax}mm, dy: {y+14}mm, line(start: (0mm, 0mm), end: ({tx-ax}mm, {ty-y-14}mm), stroke: (paint: rgb("#9a5a12"), thickness: 1pt, dash: "dashed")))\n')
    fig.append(f'#place(dx: {x}mm, dy: {y}mm, block(width: 72mm)[#callout([{E(n)}])[{P(t)}]])\n')
fig.append(']\n')
d.raw(''.join(fig))
d.raw('#columns(2, gutter: 12mm)[\n')
d.raw('= ' + E(d.heading('Lo que dice la ley', 1)) + '\n')
d.raw('+ ' + E(d.bullet('El cortador es trabajador de la empacadora o del huertero que lo contrata, no del jefe de cuadrilla.')) + '\n')
d.raw('+ ' + E(d.bullet('El patrón debe inscribirlo en el Instituto Mexicano del Seguro Social (IMSS) desde el primer día:')) + '\n')
d.raw('  - ' + E(d.bullet('también si la cuadrilla trabaja solo una semana;', 2)) + '\n')
d.raw('  - ' + E(d.bullet('también si el pago es por caja.', 2)) + '\n')
d.raw('+ ' + E(d.bullet('Las herramientas y el equipo de protección los paga el patrón.')) + '\n\n')
d.raw('== ' + E(d.heading('Pago por caja', 2)) + '\n')
hdr = [['', 'Pago por caja de 20 kg', ''], ['Tarea', 'Temporada 2024', 'Temporada 2025']]
rows = [['Corte en árbol bajo', '$24', '$27'], ['Corte en árbol alto (más de 6 m)', '$30', '$34'], ['Acarreo a la camioneta', '$6', '$7']]
d.table(hdr, rows)
t = ['#table(columns: (1.6fr, 1fr, 1fr), stroke: none, inset: 5pt, align: (left, right, right),\n',
     '  table.hline(stroke: 1.2pt),\n', '  [], table.cell(colspan: 2, align: center)[*' + E(hdr[0][1]) + '*],\n',
     '  table.hline(start: 1, stroke: 0.5pt),\n', '  ' + ', '.join('[*' + E(c) + '*]' for c in hdr[1]) + ',\n', '  table.hline(stroke: 0.8pt),\n']
for r in rows: t.append('  ' + ', '.join('[' + E(c) + ']' for c in r) + ',\n')
t.append('  table.hline(stroke: 1.2pt),\n)\n')
d.raw(''.join(t))
d.raw('#text(size: 8.5pt, style: "italic")[' + E(d.ign('Pago mínimo acordado en la Meseta; la caja se pesa frente al cortador.')) + ']\n\n')
d.raw('#block(inset: (left: 9pt, y: 4pt), stroke: (left: 3pt + rgb("#9a5a12")))[')
qt, qs, qr = d.quote('Me caí de la escalera en 2019 y no tenía seguro. Tres meses sin cortar, sin un peso. Ahora mi hijo ya sale a la huerta con su número del IMSS en la cartera.', 'Rogelio Huerta Campos', 'jefe de cuadrilla en San Juan Nuevo')
d.raw('#text(font: "DejaVu Serif", style: "italic", size: 11.5pt)[“' + E(qt) + '”]\n\n#text(size: 9pt)[— ' + E(qs) + ', ' + E(qr) + ']]\n\n')
d.raw('= ' + E(d.heading('Cómo afiliarse', 1)) + '\n')
d.raw('+ ' + E(d.bullet('Pida al jefe de cuadrilla el nombre de la empacadora que paga.')) + '\n')
d.raw('+ ' + E(d.bullet('Acuda al módulo del SICAMP en el tianguis de los domingos con:')) + '\n')
d.raw('  - ' + E(d.bullet('su CURP;', 2)) + '\n')
d.raw('  - ' + E(d.bullet('un comprobante de domicilio.', 2)) + '\n')
d.raw('+ ' + E(d.bullet('Revise cada mes en la aplicación del IMSS que sus semanas estén cotizadas.')) + '\n')
d.raw('#colbreak()\n')
d.raw('= ' + E(d.heading('Quién está detrás del cartel', 1)) + '\n')
d.raw(P('El proyecto cuenta con el respaldo económico del Departamento de Trabajo de los Estados Unidos (USDOL), que firmó con la Organización Internacional del Trabajo (OIT) un acuerdo de subvención para 2024–2027.') + '\n\n')
d.raw(P('El IMSS y el Sindicato de Cortadores de Aguacate de la Meseta Purépecha (SICAMP) mantienen desde 2022 una alianza para afiliar a las cuadrillas: el módulo de los domingos es obra de los dos.') + '\n\n')
d.raw(P('Un convenio tripartito entre la Secretaría del Trabajo y Previsión Social, la Asociación de Productores y Empacadores Exportadores de Aguacate de México (APEAM) y el SICAMP, suscrito hace dos años, fija el pago mínimo por caja. Huertas Tancítaro & Hijos participó en la negociación, pero se retiró antes de firmar.') + '\n\n')
d.raw(P('Verde Meseta, empacadora de Tancítaro, costea desde la temporada 2024 las líneas de vida que el sindicato presta a las cuadrillas.') + '\n\n')
d.raw(P('La Clínica San Juan Nuevo atiende las caídas de la zona. El sindicato firmó con ella en 2021 un memorando de entendimiento, que venció en 2024 y se está renegociando.') + '\n\n')
d.raw(P('Radio Kurhíkua 98.1, aliada del sindicato desde 2023, transmite los avisos en purépecha y en español.') + '\n\n')
d.raw('== ' + E(d.heading('Otros actores', 2)) + '\n')
d.raw('#text(size: 9pt)[' + P('Empacadora Los Volcanes podría sumarse a las líneas de vida el año próximo. La Asociación de Huertistas Independientes de Peribán critica el convenio tripartito. La Comisión Nacional de los Derechos Humanos (CNDH) sigue las visitas a las huertas como observadora, y la secretaría federal del Trabajo solo envía inspectores. El Ayuntamiento de Uruapan presta la explanada del tianguis; Transportes Purépecha cobra por llevar a las cuadrillas. Las cifras de afiliación son del Instituto Nacional de Estadística y Geografía (INEGI).') + ']\n\n')
d.raw('== ' + E(d.heading('Contacto', 2)) + '\n')
d.contact('Guadalupe Tapia', 'tapia@ilo.org', '+52 55 5250 3224')
d.raw('#text(size: 9pt)[Guadalupe Tapia \\\n' + E(d.ign('Oficina de la OIT para México y Cuba')) + ' \\\n' + E(d.ign('Tel.: +52 55 5250 3224')) + ' \\\n' + E(d.ign('Correo electrónico: tapia@ilo.org')) + ' \\\n' + E(d.link('www.ilo.org/mexico')) + ']\n')
d.raw(']\n')
d.orgs('Universidad Michoacana de San Nicolás de Hidalgo', ('Sindicato de Cortadores de Aguacate de la Meseta Purépecha', 'SICAMP'), ('Instituto Mexicano del Seguro Social', 'IMSS'),
       ('Departamento de Trabajo de los Estados Unidos', 'USDOL'), ('Organización Internacional del Trabajo', 'OIT'), 'Secretaría del Trabajo y Previsión Social',
       ('Asociación de Productores y Empacadores Exportadores de Aguacate de México', 'APEAM'), 'Huertas Tancítaro & Hijos', 'Verde Meseta', 'Clínica San Juan Nuevo',
       'Radio Kurhíkua 98.1', 'Empacadora Los Volcanes', 'Asociación de Huertistas Independientes de Peribán', ('Comisión Nacional de los Derechos Humanos', 'CNDH'),
       'Ayuntamiento de Uruapan', 'Transportes Purépecha', ('Instituto Nacional de Estadística y Geografía', 'INEGI'))
d.countries('MX', 'US', 'CU')
d.ps(['Universidad Michoacana de San Nicolás de Hidalgo', 'SICAMP'], 'letter_of_intent', 2025)
d.ps(['USDOL', 'OIT'], 'funding', 2024, 2027)
d.ps(['IMSS', 'SICAMP'], 'partnership', 2022)
d.ps(['Secretaría del Trabajo y Previsión Social', 'APEAM', 'SICAMP'], 'cooperation_agreement', 2023)
d.ps(['Verde Meseta', 'SICAMP'], 'funding', 2024)
d.ps(['SICAMP', 'Clínica San Juan Nuevo'], 'memorandum_of_understanding', 2021, 2024)
d.ps(['Radio Kurhíkua 98.1', 'SICAMP'], 'partnership', 2023)
d.build(tagged=True)
