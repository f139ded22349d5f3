from common import *
import re
HL, = ['Pasaporte de seguridad minera · Potosí']
pre = r'''
#let navy = rgb("#1d2f5e")
#let gold = rgb("#c9a23a")
#let red = rgb("#a8322d")
#set page(width: 88mm, height: 125mm, margin: (x: 7mm, top: 11mm, bottom: 8mm),
  header: context { if here().page() > 1 [#set text(5.8pt, fill: rgb("#7a7a7a")); HDRL #h(1fr) #(HDRP + str(here().page())) #v(-3pt) #line(length: 100%, stroke: 0.3pt + gold)] },
  background: context { if here().page() > 1 { place(top + left, dx: 0mm, dy: 0mm, rect(width: 100%, height: 100%, fill: rgb("#f6f3ea"))) } })
#set text(font: "DejaVu Sans", size: 7pt, lang: "es")
#set par(leading: 0.5em)
#set list(marker: text(fill: red)[●], indent: 1mm, body-indent: 1.5mm)
#set enum(indent: 1mm, body-indent: 1.5mm)
#show heading.where(level: 1): it => block(above: 5pt, below: 3pt, text(size: 9pt, weight: "bold", fill: navy, it.body))
#show heading.where(level: 2): it => block(above: 4pt, below: 2pt, text(size: 7.5pt, weight: "bold", fill: red, it.body))
'''
d = Typ('blind11-09-es-pasaporte-potosi', 'es', 'typst', 'blind-passport-booklet', 'seguridad de los mineros cooperativistas', preamble=pre)
def e(s): return re.sub(r'(\w+(?:\\-\w+)+)', r'#box[\1]', typ_esc(s))
HDRL = d.f('Pasaporte de seguridad minera · Potosí'); HDRP = 'pág. '
d.preamble = d.preamble.replace('HDRL', e(HDRL)).replace('HDRP', '"' + HDRP + '"')
for n in range(2, 7): d.furn(HDRL); d.furn(f'{HDRP}{n}')
def H(s, lvl=1): s = d.heading(s, lvl); d.raw('\n' + '=' * lvl + ' ' + e(s) + '\n')
def P(s, pre='', post=''): s = d.para(s); d.raw(f'\n{pre}{e(s)}{post}\n')
def I(s, pre='', post=''): s = d.ign(s); d.raw(f'{pre}{e(s)}{post}')
def UL(items, mark='-'):
    d.raw('\n')
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; d.raw(f'{mark} {e(d.bullet(t, 1))}\n')
            for x in sub: d.raw(f'  - {e(d.bullet(x, 2))}\n')
        else: d.raw(f'{mark} {e(d.bullet(it, 1))}\n')
    d.raw('\n')
def KV(rows, widths='(1fr, 1.4fr)'):
    _, rows = d.table([], rows)
    d.raw(f'#table(columns: {widths}, stroke: (x, y) => (bottom: 0.3pt + gold), inset: 2.2pt,\n' + ',\n'.join(', '.join(f'[{e(c)}]' for c in r) for r in rows) + ')\n')

# ---- page 1: cover
d.raw('#page(fill: navy, margin: 8mm)[#set align(center)\n#set text(fill: white)\n')
I('ORGANIZACIÓN INTERNACIONAL DEL TRABAJO', '#text(size: 6.5pt, tracking: 1.2pt, fill: gold)[', ']\n\n#v(10mm)\n')
d.raw('#circle(radius: 13mm, stroke: 1.5pt + gold)[#set align(center + horizon)\n#polygon(fill: gold, (0mm, 9mm), (-8mm, -5mm), (8mm, -5mm))]\n#v(8mm)\n')
s = d.title('Pasaporte de seguridad minera'); d.raw(f'#text(size: 15pt, weight: "bold", fill: gold)[{e(s)}]\n\n#v(3mm)\n')
P('Para socios y trabajadores de las cooperativas del Cerro Rico de Potosí, Bolivia, 2025', '#text(size: 7.5pt, style: "italic")[', ']')
d.raw('#v(1fr)\n'); I('Lleve este pasaporte siempre en la bocamina', '#text(size: 6pt, fill: gold)[', ']')
d.raw(']\n')
# ---- page 2: holder data
H('Datos del titular')
d.raw('#grid(columns: (22mm, 1fr), gutter: 3mm, rect(width: 22mm, height: 28mm, stroke: 0.5pt + navy)[#set align(center + horizon)\n#text(size: 6pt, fill: rgb("#888888"))[' + e(d.ign('FOTO')) + ']], [\n')
KV([['Nombre', 'Juan Carlos Mamani Quispe'], ['Cooperativa', 'Villa Imperial Ltda.'], ['Puesto', 'perforista'], ['Nivel', 'Rosario, nivel 4'], ['Grupo sanguíneo', 'O+']])
d.raw('])\n#v(2mm)\n')
P('Este pasaporte registra los cursos de seguridad que usted aprobó y las reglas que se compromete a respetar dentro de la mina. El capataz puede pedírselo en cualquier momento.')
H('Si hay un accidente', 2)
UL(['Avise al socio más cercano y salga por la ruta marcada.', ('En la bocamina, llame:', ['al puesto de socorro del Cerro Rico;', 'a la Caja Nacional de Salud (CNS).'])])
d.raw('#v(1fr)\n')
I('P<BOLMAMANI<QUISPE<<JUAN<CARLOS<<<<<<<<<<', '#text(font: "DejaVu Sans Mono", size: 5.6pt)[', ']\n')
d.raw('#pagebreak()\n')
# ---- page 3: training visas
H('Visados de formación')
P('Cada curso aprobado se sella en un recuadro. Con los cuatro sellos, el pasaporte queda vigente por dos años.')
stamps = [('APROBADO', 'Ventilación y gases', '14 ABR 2025'), ('APROBADO', 'Sostenimiento con madera', '02 JUN 2025'), ('APROBADO', 'Explosivos: manejo seguro', '21 JUL 2025'), ('', 'Primeros auxilios', '')]
d.raw('#grid(columns: (1fr, 1fr), gutter: 2.5mm,\n')
for a, b, c in stamps:
    d.raw('rect(width: 100%, height: 17mm, radius: 2mm, stroke: (paint: red, thickness: 0.8pt, dash: "dashed"))[#set align(center + horizon)\n#set text(size: 6pt, fill: red)\n')
    if a: I(a, '#text(weight: "bold")[', '] \\ ')
    I(b, '', ' \\ ' if c else '')
    if c: I(c)
    d.raw('],\n')
d.raw(')\n')
H('Visado especial', 2)
P('La Cooperativa Minera Villa Imperial Ltda. firmó en marzo de 2025 una carta de intención con la comercializadora Minerales del Sumaj S.R.L.: esta solo comprará mineral de socios con el pasaporte al día.')
d.raw('#pagebreak()\n')
# ---- page 4: golden rules
H('Reglas de oro')
d.raw('\n')
for s in ['Nunca entre solo ni después de una voladura sin ventilar.', 'Use casco, lámpara, botas y autorrescatador.', 'Revise el sostenimiento antes de perforar.', 'Ningún menor de 18 años entra a la mina.', 'Cero alcohol en interior mina.']:
    d.raw(f'+ {e(d.bullet(s, 1))}\n')
d.raw('\n')
H('Cursos y horas', 2)
hdr, rows = d.table([['Curso', 'Horas', 'Lugar']], [['Ventilación y gases', '8', 'UATF'], ['Sostenimiento', '12', 'nivel 0'], ['Explosivos', '8', 'UATF'], ['Primeros auxilios', '6', '']])
d.raw('#table(columns: (1.8fr, 0.6fr, 1fr), stroke: 0.3pt + gold, inset: 2pt, fill: (x, y) => if y == 0 { navy },\n')
d.raw('table.header(' + ', '.join(f'text(fill: white, weight: "bold")[{e(c)}]' for c in hdr[0]) + '),\n')
d.raw(',\n'.join(', '.join(f'[{e(c)}]' for c in r) for r in rows) + ')\n')
I('Lugar por definir para primeros auxilios.', '#text(size: 5.8pt, style: "italic")[', ']\n')
d.raw('#pagebreak()\n')
# ---- page 5: who backs it
H('Quién respalda este pasaporte')
P('El acuerdo marco entre el Gobierno Autónomo Departamental de Potosí, el Gobierno Autónomo Municipal de Potosí y la Universidad Autónoma Tomás Frías (UATF) creó la escuela de seguridad del Cerro Rico. Se firmó en 2023.')
P('La Federación Departamental de Cooperativas Mineras de Potosí (FEDECOMIN Potosí) y la CNS firmaron un convenio en 2019; la adenda de 2025 lo prorroga hasta 2029 y suma la atención de silicosis.')
P('Las palliris, mujeres que seleccionan el mineral en los desmontes, cuentan con un programa conjunto de la Organización Internacional del Trabajo (OIT) y ONU Mujeres, iniciado en 2024 y con cierre previsto en 2027.')
P('La Agencia Catalana de Cooperación al Desarrollo (ACCD), de la Generalitat de Cataluña (España), financia el pasaporte con una subvención a la OIT aprobada en 2024 que se ejecuta hasta 2026.')
d.raw('#pagebreak()\n')
# ---- page 6: notes, quote, contact
qt, sp, rl = d.quote('Mi padre murió de silicosis a los 46 años. Con el pasaporte, mis compañeros ya no entran sin ventilar.', 'Juan Carlos Mamani Quispe', 'perforista, Cooperativa Villa Imperial')
d.raw(f'#block(fill: white, inset: 5pt, radius: 3pt, stroke: (left: 2pt + gold))[#text(font: "DejaVu Serif", style: "italic", size: 7.8pt)[“{e(qt)}”] \\ #text(size: 6pt)[— {e(sp)}, {e(rl)}]]\n')
H('Para saber más', 2)
P('Las cifras de siniestralidad provienen del Instituto Nacional de Estadística (INE). El Servicio Geológico Minero (SERGEOMIN) revisó las reglas sin firmar ningún acuerdo, y con la Autoridad Jurisdiccional Administrativa Minera (AJAM) no hay nada firmado.')
H('Contacto', 2)
d.contact('Rosario Choque Flores', 'choque@ilo.org', '+591 2 212 3334')
d.raw('*Rosario Choque Flores* \\ ' + e(d.ign('Coordinadora del proyecto, OIT La Paz')) + ' \\ ' + e(d.ign('Tel.: +591 2 212 3334')) + ' \\ ' + e(d.ign('Correo electrónico: choque@ilo.org')) + ' \\ ' + e(d.link('www.ilo.org/lima')) + '\n')

d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Caja Nacional de Salud', 'CNS'), 'Cooperativa Minera Villa Imperial Ltda.', 'Minerales del Sumaj S.R.L.',
       ('Universidad Autónoma Tomás Frías', 'UATF'), 'Gobierno Autónomo Departamental de Potosí', 'Gobierno Autónomo Municipal de Potosí',
       ('Federación Departamental de Cooperativas Mineras de Potosí', 'FEDECOMIN Potosí'), 'ONU Mujeres', ('Agencia Catalana de Cooperación al Desarrollo', 'ACCD'),
       'Generalitat de Cataluña', ('Instituto Nacional de Estadística', 'INE'), ('Servicio Geológico Minero', 'SERGEOMIN'), ('Autoridad Jurisdiccional Administrativa Minera', 'AJAM'))
d.countries('BO', 'ES')
d.ps(['Cooperativa Minera Villa Imperial Ltda.', 'Minerales del Sumaj S.R.L.'], 'letter_of_intent', 2025)
d.ps(['Gobierno Autónomo Departamental de Potosí', 'Gobierno Autónomo Municipal de Potosí', 'UATF'], 'cooperation_agreement', 2023)
d.ps(['FEDECOMIN Potosí', 'CNS'], 'cooperation_agreement', 2019, 2029)
d.ps(['OIT', 'ONU Mujeres'], 'programme', 2024, 2027)
d.ps(['ACCD', 'OIT'], 'funding', 2024, 2026)
d.build(tagged=True)
