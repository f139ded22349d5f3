from common import *
css = r'''
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.7pt; line-height: 1.38; color: #1f2a30 }
.page { width: 210mm; height: 296mm; position: relative; padding: 17mm 13mm 15mm; page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.hdr { position: absolute; top: 7mm; left: 13mm; right: 13mm; font-size: 7.5pt; color: #0d47a1; display: flex; justify-content: space-between; border-bottom: 1.5pt solid #0d47a1; padding-bottom: 1mm }
.ftr { position: absolute; bottom: 6mm; left: 13mm; right: 13mm; font-size: 7.5pt; color: #666; text-align: right }
.kind { font-size: 7.5pt; font-weight: bold; color: #00897b; letter-spacing: 0.12em; margin: 0 0 1mm }
h1.title { font-size: 18pt; line-height: 1.15; margin: 0 0 1.5mm; color: #0d47a1 }
p.sub { font-size: 10pt; color: #455a64; margin: 0 0 4mm }
.tiles { display: grid; grid-template-columns: 1fr 1fr 1fr; grid-gap: 4mm; margin-bottom: 4mm }
.tile { background: #e3f2fd; border-top: 2.5pt solid #0d47a1; padding: 2.5mm 3mm } .tile p { margin: 0 } .tile .big { font-size: 20pt; font-weight: bold; color: #0d47a1 }
.wrap { display: grid; grid-template-columns: 1fr 58mm; grid-gap: 7mm }
.rail { background: #f1f8f6; padding: 3mm 4mm; border-left: 1pt solid #00897b }
h2 { font-size: 11.5pt; color: #0d47a1; margin: 3mm 0 1.5mm } h3 { font-size: 9.5pt; color: #00897b; margin: 2.5mm 0 1mm }
p { margin: 0 0 2mm }
ul.sq { list-style: none; padding-left: 0; margin: 0 0 2mm } ul.sq > li { position: relative; padding-left: 5mm; margin-bottom: 1mm }
ul.sq > li::before { content: ''; position: absolute; left: 0.5mm; top: 1.3mm; width: 2.2mm; height: 2.2mm; background: #00897b }
ul.sub { list-style: none; padding-left: 0; margin: 1mm 0 0 } ul.sub > li { position: relative; padding-left: 4mm } ul.sub > li::before { content: ''; position: absolute; left: 0.5mm; top: 1.9mm; width: 2mm; height: 0.5mm; background: #555 }
.chart { margin: 2mm 0 1mm } .bar { display: grid; grid-template-columns: 34mm 1fr; align-items: center; margin-bottom: 1.5mm }
.bar p { margin: 0; font-size: 8pt } .bar .b { height: 4.5mm; background: #0d47a1; color: #fff; font-size: 7.5pt; padding-left: 1.5mm; line-height: 4.5mm }
p.cap { font-size: 7.3pt; color: #666; font-style: italic }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 1.5mm 0 }
table.ruled th { background: #0d47a1; color: #fff; text-align: left; padding: 1.2mm 1.5mm } table.ruled td { border-bottom: 0.5pt solid #b0bec5; padding: 1.2mm 1.5mm; vertical-align: top }
table.kv td { padding: 1mm 0; border-bottom: 0.4pt dotted #9e9e9e; vertical-align: top } table.kv td:first-child { font-weight: bold; width: 40% }
blockquote { margin: 3mm 0; padding: 3mm; background: #0d47a1; color: #fff; font-family: 'DejaVu Serif', serif; font-style: italic } blockquote p { margin: 0 } blockquote p.who { font-family: 'DejaVu Sans', sans-serif; font-style: normal; font-size: 7.5pt; margin-top: 1.5mm }
'''
d = HTML('blind9-11-es-ficha-triple-frontera', 'es', 'chromium', 'blind-data-sheet-rail', 'seguridad social de los trabajadores fronterizos', css=css)
def page_open(n):
    d.raw('<div class="page"><div class="hdr">'); d.fu('OIT · Ficha de datos · Trabajo fronterizo', tag='span'); d.fu('Triple Frontera', tag='span'); d.raw('</div>')
def page_close(n):
    d.fu(f'Página {n} de 2', cls='ftr'); d.raw('</div>')
def sq(items):
    out = ['<ul class="sq">']
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; out.append(f'<li>{d.e(d.bullet(t, 1))}<ul class="sub">' + ''.join(f'<li>{d.e(d.bullet(x, 2))}</li>' for x in sub) + '</ul></li>')
        else: out.append(f'<li>{d.e(d.bullet(it, 1))}</li>')
    d.raw(''.join(out) + '</ul>')
page_open(1)
d.i('FICHA DE DATOS N.º 7 · MAYO DE 2026', cls='kind')
d.T('Trabajar en un país y cotizar en otro: los trabajadores fronterizos de la Triple Frontera')
d.p('Ciudad del Este (Paraguay), Foz do Iguaçu (Brasil) y Puerto Iguazú (Argentina)', cls='sub')
d.raw('<div class="tiles">')
for big, lab in [('38 000', 'personas cruzan cada día el Puente de la Amistad para trabajar'), ('61 %', 'no cotizan a la seguridad social en ningún país'), ('3', 'sistemas de seguridad social distintos a 15 minutos')]:
    d.raw('<div class="tile">'); d.i(big, cls='big'); d.i(lab); d.raw('</div>')
d.raw('</div><div class="wrap"><div>')
d.h('Quiénes son', 1)
d.p('La mayoría vive en Paraguay y trabaja en Brasil o en Argentina, o al revés. Cruzan el puente a pie, en moto o en ómnibus, y muchas veces trabajan sin contrato escrito.')
sq([('Perfiles más frecuentes:', ['vendedores y cajeros del comercio de Ciudad del Este;', 'albañiles en las obras de Foz do Iguaçu;', 'trabajadoras domésticas en los tres países.']), 'Seis de cada diez tienen menos de 35 años.', 'Cuatro de cada diez son mujeres.'])
d.h('En qué trabajan', 2)
d.raw('<div class="chart">')
for lab, v in [('Comercio', 14.2), ('Construcción', 7.8), ('Servicio doméstico', 6.1), ('Hotelería y turismo', 5.4), ('Transporte', 4.5)]:
    d.raw('<div class="bar">'); d.i(lab); val = d.ign(f'{v:.1f}'.replace('.', ',')); d.raw(f'<div><div class="b" style="width:{v/14.2*100:.0f}%">{d.e(val)}</div></div></div>')
d.raw('</div>'); d.i('Trabajadores fronterizos por sector, en miles, 2025.', cls='cap')
d.h('Dónde se cotiza', 2)
d.tab([['País donde trabaja', 'Institución', 'Qué cubre']],
      [['Paraguay', 'Instituto de Previsión Social (IPS)', 'salud, jubilación y accidentes de trabajo'], ['Brasil', 'Instituto Nacional do Seguro Social (INSS)', 'jubilación, accidentes, licencia por maternidad'], ['Argentina', 'Administración Nacional de la Seguridad Social (ANSES)', 'jubilación y asignaciones familiares']],
      colw=['24%', '40%', '36%'])
d.p('Las normas del MERCOSUR permiten sumar los años cotizados en cada país para la jubilación, pero pocos trabajadores lo saben.')
d.raw('</div><div class="rail">')
d.h('Datos clave', 2, tag='h3')
d.tab([], [['Población de la zona', '1,2 millones'], ['Cotizan en un país', '39 %'], ['Cotizan en dos países', 'menos del 1 %'], ['Salario medio, comercio', '2,6 millones de guaraníes']], cls='kv')
d.h('Cómo se hizo', 2, tag='h3')
d.p('Encuesta a 2 400 hogares de los tres municipios, realizada entre marzo y junio de 2025. Las cifras de población son del Instituto Nacional de Estadística (INE) del Paraguay.')
d.q('Trabajé nueve años en Foz y cuando me accidenté nadie me pagó nada. Ahora sé que podía cotizar allá y sumar los años aquí.', 'Rubén Darío Benítez', 'albañil, Ciudad del Este')
d.raw('</div></div>')
page_close(1)
page_open(2)
d.raw('<div class="wrap"><div>')
d.h('Qué se está haciendo', 1)
d.p('El Instituto de Previsión Social (IPS) del Paraguay y el Instituto Nacional do Seguro Social (INSS) del Brasil firmaron en 2024 un memorando de entendimiento para intercambiar datos de los cotizantes fronterizos.')
d.p('Esta ficha forma parte del proyecto Frontera Protegida, financiado por la Unión Europea (UE) mediante una contribución a la Organización Internacional del Trabajo (OIT). La contribución se aprobó en 2023 y cubre hasta 2026.')
d.p('La Municipalidad de Ciudad del Este, la Prefeitura de Foz do Iguaçu y la Municipalidad de Puerto Iguazú suscribieron en 2025 una carta de intención para abrir oficinas de información conjuntas en las cabeceras del puente.')
d.p('La Central Unitaria de Trabajadores Auténtica (CUT-A) del Paraguay y la Central Única dos Trabalhadores (CUT) del Brasil mantienen desde 2022 un acuerdo de cooperación sindical, renovado en 2025 hasta 2028.')
d.p('El Parlamento del MERCOSUR sigue el proyecto como observador.')
d.h('Con quién trabajamos', 2)
d.tab([['Institución', 'Papel', 'Relación con la OIT']],
      [['Universidad Nacional del Este (UNE)', 'encuesta de hogares', 'contrato de servicios'], ['Cámara de Comercio de Ciudad del Este', 'difusión entre comercios', 'convenio firmado en 2025'], ['Itaipu Binacional', 'sede de los talleres', 'ninguna']],
      colw=['40%', '30%', '30%'])
d.h('Qué pedimos', 2)
d.ul(['Una ventanilla única de seguridad social en cada cabecera del puente.', ('Un certificado de trabajador fronterizo que reconozcan los tres países:', ['válido para la salud y la jubilación;', 'gratuito y renovable cada dos años.']), 'Campañas en español, portugués y guaraní.'], tag='ol')
d.raw('</div><div class="rail">')
d.h('Contacto', 2, tag='h3')
d.contact('Lorena Giménez Acosta', 'gimenez@ilo.org', '+595 21 450 921')
d.raw('<p>Lorena Giménez Acosta</p>'); d.i('Especialista en seguridad social, OIT'); d.i('Tel.: +595 21 450 921'); d.i('Correo electrónico: gimenez@ilo.org')
d.h('Más información', 2, tag='h3')
d.raw(f'<p>{d.e(d.link("www.ilo.org/santiago"))}</p><p>{d.e(d.link("www.fronteraprotegida.org"))}</p>')
d.raw('</div></div>')
page_close(2)
d.orgs(('Instituto de Previsión Social', 'IPS'), ('Instituto Nacional do Seguro Social', 'INSS'), ('Administración Nacional de la Seguridad Social', 'ANSES'), 'MERCOSUR',
       ('Instituto Nacional de Estadística', 'INE'), 'Frontera Protegida', ('Unión Europea', 'UE'), ('Organización Internacional del Trabajo', 'OIT'),
       'Municipalidad de Ciudad del Este', 'Prefeitura de Foz do Iguaçu', 'Municipalidad de Puerto Iguazú', ('Central Unitaria de Trabajadores Auténtica', 'CUT-A'),
       ('Central Única dos Trabalhadores', 'CUT'), 'Parlamento del MERCOSUR', ('Universidad Nacional del Este', 'UNE'), 'Cámara de Comercio de Ciudad del Este', 'Itaipu Binacional')
d.countries('PY', 'BR', 'AR')
d.ps(['IPS', 'INSS'], 'memorandum_of_understanding', 2024)
d.ps(['UE', 'OIT'], 'funding', 2023, 2026)
d.ps(['Municipalidad de Ciudad del Este', 'Prefeitura de Foz do Iguaçu', 'Municipalidad de Puerto Iguazú'], 'letter_of_intent', 2025)
d.ps(['CUT-A', 'CUT'], 'cooperation_agreement', 2022, 2028)
d.ps(['Cámara de Comercio de Ciudad del Este', 'OIT'], 'cooperation_agreement', 2025)
d.build_chromium()
