from common import *
TEAL = '#006d77'; CORAL = '#e29578'; SAND = '#fff1e6'
d = Typ('blind9-10-es-cartel-canarias', 'es', 'typst', 'blind-poster-a3', 'carga de trabajo y salud de las camareras de piso')
FOOT = 'Campaña «Cuidar a quien cuida las habitaciones» · Canarias 2026'
d.furn(FOOT)
d.preamble = f'''#set document(title: "Cartel – camareras de piso en Canarias")
#set text(font: "DejaVu Sans", size: 11.6pt, lang: "es", hyphenate: false)
#set par(justify: false, leading: 0.6em, spacing: 1em)
#set page(paper: "a3", margin: (x: 18mm, top: 16mm, bottom: 20mm), footer: [#set text(size: 9pt, fill: rgb("#555555")); #line(length: 100%, stroke: 0.5pt + rgb("{TEAL}")) #v(-2mm) {ty_esc(FOOT)}])
#show heading.where(level: 1): it => block(above: 1.2em, below: 0.7em)[#text(size: 17pt, weight: "bold", fill: rgb("{TEAL}"))[#it.body]]
#show heading.where(level: 2): it => block(above: 1em, below: 0.5em)[#text(size: 13pt, weight: "bold", fill: rgb("{CORAL}"))[#it.body]]
'''
d.raw(f'#block(width: 100%, fill: rgb("{TEAL}"), inset: (x: 12mm, y: 10mm))[#set text(fill: white)\n')
d.i('OIT · CAMPAÑA 2026 · SALUD LABORAL EN LA HOSTELERÍA', '#text(size: 10pt, weight: "bold", tracking: 0.25em, fill: rgb("#ffddd2"))[%s]\n\n')
d.T('Hacer 25 habitaciones al día no puede costarte la espalda', '#text(size: 46pt, weight: "bold")[%s]\n\n')
d.p('Camareras de piso de Tenerife, Gran Canaria y Lanzarote, España', '#text(size: 16pt)[%s]\n\n')
d.raw(']\n#v(6mm)\n')
d.p('Tres de cada cuatro camareras de piso de Canarias toman analgésicos para terminar la jornada.', f'#text(size: 24pt, weight: "bold", fill: rgb("{CORAL}"))[%s]\n\n')
d.raw('#grid(columns: (1fr, 1fr, 1fr), column-gutter: 10mm,\n[\n')
d.h('Lo que pedimos', 1)
d.p('La campaña fue diseñada con la Asociación Hotelera y Extrahotelera de Tenerife, La Palma, La Gomera y El Hierro (Ashotel), la Federación Empresarial de Hostelería y Turismo de Las Palmas (FEHT), Comisiones Obreras de Canarias (CCOO) y la Unión General de Trabajadoras y Trabajadores de Canarias (UGT).')
d.ul([('un máximo de habitaciones por turno, según su tamaño:', ['suites y habitaciones familiares cuentan doble;', 'las salidas cuentan más que las estancias.']),
      'camas elevables en todas las reformas de hoteles;', 'carros ligeros o motorizados;', 'pausas de 10 minutos cada dos horas;', 'reconocimiento de las lesiones de espalda y muñeca como enfermedad profesional.'], marker='[✔]', sub_marker='[–]')
d.h('También colaboran', 2)
d.ul(['Servicio Canario de Empleo (SCE): convenio con la OIT desde 2024 para cursos de ergonomía;', 'Instituto Nacional de Seguridad y Salud en el Trabajo (INSST): aporta los datos de siniestralidad;', 'Cabildo de Lanzarote: cede su auditorio para las jornadas.'], marker='[■]')
d.raw('],\n[\n')
d.q('Llevo 19 años haciendo camas en el sur de Tenerife. Con la cama elevable y un carro que no pesa, por primera vez llego a casa sin dolor.', 'Candelaria Hernández Rodríguez', 'camarera de piso, Adeje',
    fmt=f'#block(fill: rgb("{SAND}"), inset: 8mm, radius: 3mm)[#text(font: "DejaVu Serif", size: 15pt, style: "italic", fill: rgb("{TEAL}"))[%s] #v(3mm) #text(size: 10pt)[%s]]\n\n', open_='«', close='»')
d.h('Las cifras', 1)
d.tab([['Indicador', 'Canarias', 'Objetivo 2027']],
      [['Habitaciones por turno (media)', '24', '18'], ['Camareras con dolor lumbar', '74 %', '40 %'], ['Hoteles con camas elevables', '11 %', '50 %'], ['Bajas por lesiones de espalda al año', '3 900', '2 000']],
      '(1.6fr, 1fr, 1fr)', f'stroke: (x, y) => (bottom: if y == 0 {{ 1.2pt + rgb("{TEAL}") }} else {{ 0.4pt + rgb("#bbbbbb") }}), inset: 6pt, align: (left, right, right), ',
      caption='Fuente: encuesta de la campaña a 2 100 camareras de piso, 2025, e INSST.', capfmt='#text(size: 8.5pt, style: "italic")[%s]\n\n')
d.raw('],\n[\n')
d.h('Quién está detrás', 1)
d.p('El Gobierno de Canarias financia la campaña con una subvención concedida a la Organización Internacional del Trabajo (OIT) para 2025-2027.')
d.p('Ashotel, la FEHT, CCOO y UGT firmaron en 2024 un acuerdo marco sobre cargas de trabajo en los hoteles.')
d.p('El Ayuntamiento de Adeje y el Instituto Canario de Seguridad Laboral (ICASEL) tienen un memorando de entendimiento desde 2023, renovado el año pasado hasta 2026.')
d.p('Roque del Conde, una cadena de hoteles del sur de Tenerife, firmó en 2025 una carta de intención con la asociación Camareras Unidas de Lanzarote para probar carros motorizados.')
d.h('Contacto', 2)
d.contact('Nayra Cabrera Santana', 'cabrera@ilo.org', '+34 913 495 271')
d.raw(f'#block(fill: rgb("{TEAL}"), inset: 6mm, width: 100%)[#set text(fill: white, size: 10pt)\n{ty_esc("Nayra Cabrera Santana")} \\ {ty_esc(d.ign("Oficina de la OIT para España"))} \\ {ty_esc(d.ign("Tel.: +34 913 495 271"))} \\ {ty_esc(d.ign("Correo electrónico: cabrera@ilo.org"))} \\ #text(size: 13pt, weight: "bold")[{ty_esc(d.link("www.ilo.org/madrid"))}]]\n')
d.raw('])\n')
d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Asociación Hotelera y Extrahotelera de Tenerife, La Palma, La Gomera y El Hierro', 'Ashotel'),
       ('Federación Empresarial de Hostelería y Turismo de Las Palmas', 'FEHT'), ('Comisiones Obreras de Canarias', 'CCOO'), ('Unión General de Trabajadoras y Trabajadores de Canarias', 'UGT'),
       'Gobierno de Canarias', 'Ayuntamiento de Adeje', ('Instituto Canario de Seguridad Laboral', 'ICASEL'), 'Roque del Conde', 'Camareras Unidas de Lanzarote',
       ('Servicio Canario de Empleo', 'SCE'), ('Instituto Nacional de Seguridad y Salud en el Trabajo', 'INSST'), 'Cabildo de Lanzarote', 'Oficina de la OIT para España')
d.countries('ES')
d.ps(['Gobierno de Canarias', 'OIT'], 'funding', 2025, 2027)
d.ps(['Ashotel', 'FEHT', 'CCOO', 'UGT'], 'cooperation_agreement', 2024)
d.ps(['Ayuntamiento de Adeje', 'ICASEL'], 'memorandum_of_understanding', 2023, 2026)
d.ps(['Roque del Conde', 'Camareras Unidas de Lanzarote'], 'letter_of_intent', 2025)
d.ps(['SCE', 'OIT'], 'cooperation_agreement', 2024)
d.build(tagged=True)
