from common import *
pre = r'''#set page(paper: "a4", margin: (x: 16mm, top: 20mm, bottom: 18mm),
  header: context [#set text(7.5pt, fill: luma(90)); HDRL #h(1fr) HDRR],
  footer: context [#set text(7.5pt, fill: luma(90)); #h(1fr) Página #counter(page).display() de 2])
#set text(font: "DejaVu Sans", size: 8.8pt, lang: "es")
#set par(leading: 0.55em, spacing: 0.8em)
#let c1 = rgb("#e4572e")
#let c2 = rgb("#17bebb")
#let c3 = rgb("#76b041")
#let h1(t) = block(above: 1em, below: 0.5em, text(12pt, weight: "bold", fill: rgb("#1b2a41"), t))
#let h2(t) = block(above: 0.8em, below: 0.4em, text(9.5pt, weight: "bold", fill: c1, t))
#let st(x, y, col, lab, dx: 0mm, dy: -5mm) = {
  place(dx: x - 2.2mm, dy: y - 2.2mm, circle(radius: 2.2mm, fill: white, stroke: 1.4pt + col))
  place(dx: x + dx - 12mm, dy: y + dy - 1.5mm, box(width: 24mm, align(center, text(6.8pt, weight: "bold", lab))))
}
#let seg(x1, y1, x2, y2, col) = place(line(start: (x1, y1), end: (x2, y2), stroke: 3.2pt + col))
'''
d = Typ('blind10-10-es-plano-metro-antofagasta', 'es', 'typst', 'blind-metro-map', 'empleos verdes y transición justa en el litio y la energía solar')
e = d.e
HL, HR = 'Plano de oportunidades verdes · Región de Antofagasta', 'OIT Santiago'
d.preamble = pre.replace('HDRL', e(HL)).replace('HDRR', e(HR))
for s in [HL, HR, 'Página 1 de 2', HL, HR, 'Página 2 de 2']: d.furn(s)
def P(s): d.raw(e(d.para(s)) + '\n\n')
def H1(s): d.raw(f'#h1[{e(d.heading(s, 1))}]\n')
def H2(s): d.raw(f'#h2[{e(d.heading(s, 2))}]\n')
def UL(items, num=False):
    for it in items:
        if isinstance(it, tuple):
            d.raw(('+ ' if num else '- ') + e(d.bullet(it[0], 1)) + '\n')
            for x in it[1]: d.raw('  - ' + e(d.bullet(x, 2)) + '\n')
        else: d.raw(('+ ' if num else '- ') + e(d.bullet(it, 1)) + '\n')
    d.raw('\n')
d.raw(f'#block(width: 100%, fill: rgb("#1b2a41"), inset: 8pt, [#text(7.5pt, weight: "bold", tracking: 1pt, fill: c2)[{e(d.ign("EMPLEOS VERDES · TRANSICIÓN JUSTA"))}] \\ #text(19pt, weight: "bold", fill: white)[{e(d.title("Tu viaje hacia un empleo verde en el norte de Chile"))}] \\ #text(10pt, fill: white)[{e(d.para("Un plano de tres líneas para jóvenes, mujeres y trabajadores de la minería que quieren formarse en el litio y la energía solar"))}]])\n\n')
# metro map
stations = []
def S(x, y, col, lab, **kw):
    lab = d.ign(lab); extra = ''.join(f', {k}: {v}' for k, v in kw.items())
    stations.append(f'st({x}mm, {y}mm, {col}, [{e(lab)}]{extra})')
d.raw('#box(width: 100%, height: 78mm, stroke: 0.4pt + luma(200), radius: 2mm, {\n')
segs = ['seg(12mm, 20mm, 150mm, 20mm, c1)', 'seg(12mm, 42mm, 80mm, 42mm, c2)', 'seg(80mm, 42mm, 104mm, 20mm, c2)', 'seg(104mm, 20mm, 104mm, 64mm, c2)', 'seg(12mm, 64mm, 150mm, 64mm, c3)']
d.raw('\n'.join('  ' + s for s in segs) + '\n')
d.raw(f'  place(dx: 2mm, dy: 2mm, text(7pt, weight: "bold", fill: c1)[{e(d.ign("Línea 1 · Formación"))}])\n')
d.raw(f'  place(dx: 2mm, dy: 45mm, text(7pt, weight: "bold", fill: c2)[{e(d.ign("Línea 2 · Empleo"))}])\n')
d.raw(f'  place(dx: 2mm, dy: 70mm, text(7pt, weight: "bold", fill: c3)[{e(d.ign("Línea 3 · Protección"))}])\n')
S(16, 20, 'c1', 'Inscripción'); S(50, 20, 'c1', 'Curso básico'); S(104, 20, 'c1', 'Práctica en planta', dy='-6mm'); S(146, 20, 'c1', 'Certificado')
S(16, 42, 'c2', 'Orientación'); S(50, 42, 'c2', 'Bolsa de empleo'); S(104, 42, 'c2', 'Contrato', dx='14mm', dy='0mm')
S(16, 64, 'c3', 'Afiliación'); S(60, 64, 'c3', 'Comité paritario', dy='6mm'); S(104, 64, 'c3', 'Seguro de accidentes', dy='6mm'); S(146, 64, 'c3', 'Pensión', dy='6mm')
d.raw('\n'.join('  ' + s for s in stations) + '\n})\n')
d.raw(f'#text(7pt, style: "italic")[{e(d.ign("Plano esquemático: las estaciones no están a escala."))}]\n\n')
d.raw('#columns(2, gutter: 7mm)[\n')
H2('Cómo leer el plano')
UL(['La línea roja lleva de la inscripción al certificado de competencias.', ('La línea azul cruza la roja en la estación de combinación:', ['después de la práctica en planta,', 'puedes postular a un contrato directamente.']), 'La línea verde recorre tus derechos, desde el primer día.'], num=True)
H1('¿Por qué ahora?')
P('La región de Antofagasta concentra la producción de litio del país y algunas de las plantas solares más grandes del mundo. Las empresas dicen que les faltan técnicos; al mismo tiempo, solo una de cada cinco personas contratadas en el sector es mujer.')
P('El proyecto quiere formar a 1.500 personas hasta 2026, con prioridad para mujeres, jóvenes de Calama y trabajadores de faenas que cierran.')
d.raw('#colbreak()\n')
H1('Estaciones con socios')
d.table([['Estación', 'Socio', 'Instrumento']], [['Curso básico', 'SENCE, AIA, CUT y OIT', 'acuerdo marco, 2024'], ['Práctica en planta', 'Liceo Técnico A-22 de Calama y Minera Salar Norte', 'memorando de entendimiento, 2025'], ['Certificado', 'Universidad Católica del Norte y Sol del Loa', 'carta de intención, 2025']])
tb = d.t['tables'][-1]
cells = ', '.join((f'[*{e(c)}*]' if i < 3 else f'[{e(c)}]') for i, c in enumerate([c for r in tb['header_rows'] + tb['rows'] for c in r]))
d.raw(f'#table(columns: (20mm, 1fr, 24mm), stroke: 0.4pt + luma(150), inset: 4pt, {cells})\n\n')
t, s_, r_ = d.quote('Trabajé doce años en una faena de cobre que cerró. En la estación de práctica aprendí a mantener paneles, y ahora tengo contrato.', 'Rodrigo Araya', 'técnico de mantenimiento solar, María Elena')
d.raw(f'#block(inset: (left: 6pt), stroke: (left: 2pt + c3), [#text(font: "DejaVu Serif", 10.5pt, style: "italic")["{e(t)}"] \\ #text(7.5pt)[— {e(s_)}, {e(r_)}]])\n')
d.raw(']\n#pagebreak()\n')
H1('Quiénes hacen posible el plano')
P('Alemania, a través de la Agencia Alemana de Cooperación Internacional (GIZ), financia el proyecto. La subvención a la Organización Internacional del Trabajo (OIT) se firmó en 2023 y está vigente hasta 2026.')
P('El Servicio Nacional de Capacitación y Empleo (SENCE), la Asociación de Industriales de Antofagasta (AIA), la Central Unitaria de Trabajadores (CUT) y la OIT firmaron un acuerdo marco para diseñar los cursos. El acuerdo data de 2024.')
P('Desde 2022, la OIT y el Programa de las Naciones Unidas para el Medio Ambiente (PNUMA) desarrollan un programa conjunto de empleos verdes en el país.')
P('La empresa Sol del Loa envió una carta de intención a la Universidad Católica del Norte (UCN) en 2025: reconocerá el certificado en sus procesos de selección.')
P('La Municipalidad de Calama presta su auditorio para las sesiones de orientación. La Corporación de Fomento de la Producción (CORFO) asistió al lanzamiento como observadora. Hubo conversaciones con una cooperativa de agua potable, pero no se ha firmado nada. Las cifras provienen del Instituto Nacional de Estadísticas (INE).')
H1('Resultados a octubre de 2025')
d.table([['Indicador', 'Meta 2026', 'Logrado']], [['Personas inscritas', '1.500', '1.020'], ['Mujeres entre los certificados', '40 %', '36 %'], ['Contratos firmados tras la práctica', '600', '288']])
tb = d.t['tables'][-1]
cells = ', '.join((f'[*{e(c)}*]' if i < 3 else f'[{e(c)}]') for i, c in enumerate([c for r in tb['header_rows'] + tb['rows'] for c in r]))
d.raw(f'#table(columns: (1fr, 28mm, 28mm), stroke: (x, y) => (bottom: 0.4pt + luma(150)), fill: (x, y) => if y == 0 {{ rgb("#e8f7f7") }}, {cells})\n\n')
d.raw('#v(4mm)#block(fill: rgb("#1b2a41"), inset: 8pt, width: 100%, [#set text(fill: white)\n')
d.raw(f'#text(weight: "bold")[{e(d.heading("Contacto", 2))}] \\ ')
d.contact('Javiera Rojas', 'rojasj@ilo.org', '+56 2 2580 5500')
d.raw('*Javiera Rojas* \\ ')
for s in ['Coordinadora del proyecto, OIT Santiago', 'Tel.: +56 2 2580 5500', 'Correo electrónico: rojasj@ilo.org']: d.raw(e(d.ign(s)) + ' \\ ')
d.raw(e(d.link('www.ilo.org/santiago')) + '])\n')
d.orgs(('Agencia Alemana de Cooperación Internacional', 'GIZ'), ('Organización Internacional del Trabajo', 'OIT'), ('Servicio Nacional de Capacitación y Empleo', 'SENCE'),
       ('Asociación de Industriales de Antofagasta', 'AIA'), ('Central Unitaria de Trabajadores', 'CUT'), ('Programa de las Naciones Unidas para el Medio Ambiente', 'PNUMA'),
       'Sol del Loa', ('Universidad Católica del Norte', 'UCN'), 'Liceo Técnico A-22 de Calama', 'Minera Salar Norte', 'Municipalidad de Calama',
       ('Corporación de Fomento de la Producción', 'CORFO'), ('Instituto Nacional de Estadísticas', 'INE'), 'OIT Santiago')
d.countries('CL', 'DE')
d.ps(['GIZ', 'OIT'], 'funding', 2023, 2026)
d.ps(['SENCE', 'AIA', 'CUT', 'OIT'], 'cooperation_agreement', 2024)
d.ps(['OIT', 'PNUMA'], 'programme', 2022)
d.ps(['Sol del Loa', 'UCN'], 'letter_of_intent', 2025)
d.ps(['Liceo Técnico A-22 de Calama', 'Minera Salar Norte'], 'memorandum_of_understanding', 2025)
d.build(tagged=True)
