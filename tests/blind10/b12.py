from common import *
css = '''
@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:9.3pt;color:#222}
.page{width:210mm;height:296mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:17mm 15mm 16mm 15mm}
.hdr{position:absolute;top:7mm;left:15mm;right:15mm;font-size:7.5pt;color:#555;display:flex;justify-content:space-between;border-bottom:.5pt solid #2b6777;padding-bottom:1mm}
.ftr{position:absolute;bottom:7mm;left:15mm;right:15mm;font-size:7.5pt;color:#555;text-align:center}
.kind{font-size:8pt;font-weight:bold;color:#2b6777;letter-spacing:.1em;margin:0}
h1.title{font-size:21pt;margin:1mm 0 1mm 0;color:#1d3d47} p.sub{font-size:10.5pt;color:#444;margin:0 0 4mm 0}
h2{font-size:12.5pt;color:#2b6777;margin:4mm 0 1.5mm 0} h3{font-size:10pt;color:#c06014;margin:3mm 0 1mm 0}
p{margin:0 0 2mm 0;line-height:1.35}
table.sheet{border-collapse:collapse;width:100%;margin:2mm 0} table.sheet th{background:#2b6777;color:#fff;text-align:left;padding:1.5mm;font-size:8.6pt}
table.sheet td{border:.6pt solid #7aa;padding:2mm 1.5mm;font-size:8.8pt;vertical-align:top} table.sheet td:last-child{width:30mm;background:#fff}
table.ex{border-collapse:collapse;width:100%} table.ex th{border-bottom:1.2pt solid #2b6777;text-align:left;font-size:8.6pt} table.ex td{padding:1.2mm 1mm;font-size:8.8pt}
table.ex tr:nth-child(even) td{background:#eef5f6}
ul.dot{list-style:none;padding-left:0;margin:0 0 2mm 0} ul.dot>li{position:relative;padding-left:5mm;margin-bottom:1.2mm}
ul.dot>li::before{content:"";position:absolute;left:0;top:1.2mm;width:2.4mm;height:2.4mm;border-radius:50%;background:#c06014}
ul.dot ul{list-style:none;padding-left:4mm;margin:1mm 0} ul.dot ul li{position:relative;padding-left:4mm} ul.dot ul li::before{content:"";position:absolute;left:0;top:1.8mm;width:2mm;height:.6mm;background:#555}
.two{display:grid;grid-template-columns:1fr 62mm;gap:7mm}
.box{background:#eef5f6;padding:3mm 4mm} p.caption{font-size:7.5pt;font-style:italic;color:#555}
blockquote{margin:3mm 0;padding:0 0 0 4mm;border-left:1.5mm solid #c06014;font-family:"DejaVu Serif",serif;font-size:10.5pt}
blockquote p.who{font-family:"DejaVu Sans";font-size:8pt;color:#555}
.contact{background:#1d3d47;color:#fff;padding:3mm 4mm;margin-top:3mm} .contact h3{color:#f4b183} .contact p{margin:0 0 .8mm 0}
'''
d = HTML('blind10-12-es-hoja-calculo-salario', 'es', 'chromium', 'blind-worksheet', 'salario mínimo en la frontera norte y lectura del recibo de nómina', css=css)
HL, HR = 'Cuenta tu salario · Ciudad Juárez', 'OIT México y Cuba'
def page_start():
    d.raw(f'<div class="page"><div class="hdr"><span>{d.e(d.furn(HL))}</span><span>{d.e(d.furn(HR))}</span></div>')
def page_end(n): d.raw(f'<div class="ftr">{d.e(d.furn(f"Hoja {n} de 2"))}</div></div>')
page_start()
d.i('HOJA DE TRABAJO · LLÉNALA CON TU RECIBO DE NÓMINA EN LA MANO', 'p', 'kind')
d.T('¿Te pagan lo justo? Calcula tu salario semanal')
d.p('Para operadoras y operadores de la industria maquiladora de Ciudad Juárez, Chihuahua, que cobran por semana', 'sub')
d.raw('<div class="two"><div>')
d.h('Paso a paso')
d.p('En la Zona Libre de la Frontera Norte, el salario mínimo fijado por la Comisión Nacional de los Salarios Mínimos (CONASAMI) para 2025 es de $419.88 por día. Ninguna jornada puede pagarse por debajo de esa cantidad.')
d.tab([['Línea', 'Concepto', 'Cómo se calcula', 'Tu cantidad']],
      [['A', 'Salario de la semana', 'salario diario × 7 días (incluye el séptimo día)', ''],
       ['B', 'Horas extra', 'horas extra × (salario diario ÷ 8) × 2', ''],
       ['C', 'Bono de puntualidad y asistencia', 'lo que diga tu contrato', ''],
       ['D', 'Total de percepciones', 'A + B + C', ''],
       ['E', 'Descuentos', 'ISR + cuota obrera del IMSS + crédito de vivienda', ''],
       ['F', 'Lo que debes recibir', 'D − E', '']], cls='sheet', colw=['11%', '27%', '40%', '22%'])
d.h('Ejemplo resuelto', 2, tag='h3')
d.tab([['Línea', 'Cantidad de Lupita']], [['A', '$2,939.16'], ['B', '$419.88'], ['C', '$250.00'], ['D', '$3,609.04'], ['E', '$291.40'], ['F', '$3,317.64']], cls='ex', colw=['30%', '70%'],
      caption='Lupita gana el salario mínimo y trabajó 4 horas extra en la semana.')
d.raw('</div><div class="box">')
d.h('Revisa también', 2, tag='h3')
d.ul([('Que tu recibo diga:', ['tu número de seguridad social;', 'los días pagados;', 'cada descuento por separado.']),
      'Que las horas extra se paguen al doble, y al triple después de 9 horas en la semana.',
      'Que no te descuenten el uniforme ni el equipo de protección.'], cls='dot')
d.h('Novedades', 2, tag='h3')
d.ul(['Maquiladora del Valle de Juárez y la Universidad Autónoma de Ciudad Juárez (UACJ): carta de intención para talleres de nómina en planta, 2025',
      'Más de 2,000 hojas repartidas en las rutas de transporte de personal'], cls='dot')
d.raw('</div></div>')
page_end(1)
page_start()
d.h('¿Por qué una hoja de cálculo?')
d.p('En una encuesta del proyecto a 1,600 operadoras y operadores en 2024, cuatro de cada diez no sabían leer su recibo de nómina y uno de cada cinco había tenido un descuento que no entendía. Con el aumento del salario mínimo en la frontera, revisar el recibo es la mejor forma de saber si el aumento llegó.')
d.q('Hice las cuentas con la hoja y me faltaban dos horas extra cada semana. Fui con mi delegada, y en la siguiente quincena me las pagaron.', 'Guadalupe Ontiveros', 'operadora de ensamble, parque industrial Antonio J. Bermúdez')
d.h('Quiénes están detrás de la hoja')
d.p('La CONASAMI y la Organización Internacional del Trabajo (OIT) firmaron en 2023 un convenio de colaboración sobre política salarial, del que nace esta hoja.')
d.p('El proyecto cuenta con financiamiento del Reino Unido, a través de su Oficina de Asuntos Exteriores, del Commonwealth y de Desarrollo (FCDO). La subvención a la OIT se aprobó en 2024 y abarca hasta 2027.')
d.p('En marzo de 2025 se suscribió un memorando de entendimiento entre la Secretaría del Trabajo y Previsión Social (STPS), el Consejo Nacional de la Industria Maquiladora y Manufacturera de Exportación (INDEX), el Sindicato Independiente de Trabajadoras y Trabajadores de Juárez (SITTJ) y la OIT, para llevar la hoja a todas las plantas afiliadas.')
d.p('El Gobierno Municipal de Juárez y la Ciudad de El Paso, en Texas, mantienen desde 2022 un hermanamiento que ahora incluye ferias de empleo con información salarial.')
d.p('El Colegio de la Frontera Norte (El Colef) acompaña el proyecto como observador. Una empresa de software desarrolla la calculadora en línea bajo un contrato de servicios. Las cifras de empleo provienen del Instituto Nacional de Estadística y Geografía (INEGI), y el Centro Comunitario Anapra presta su salón para los talleres.')
d.tab([['Indicador', '2024', '2025']], [['Talleres de nómina en planta', '18', '64'], ['Personas que usaron la hoja', '3,100', '11,450'], ['Quejas presentadas ante la STPS', '42', '129']], cls='ex', colw=['60%', '20%', '20%'],
      caption='Fuente: registros del proyecto y de la STPS.')
d.raw('<div class="contact">')
d.h('Contacto', 2, tag='h3')
d.contact('Alejandra Chávez', 'chaveza@ilo.org', '+52 55 5250 3224')
d.raw('<p><b>Alejandra Chávez</b></p>')
for s in ['Especialista en salarios, Oficina de País de la OIT para México y Cuba', 'Tel.: +52 55 5250 3224', 'Correo electrónico: chaveza@ilo.org']: d.i(s)
d.raw(f'<p>{d.e(d.link("www.ilo.org/mexico"))}</p></div>')
page_end(2)
d.orgs(('Comisión Nacional de los Salarios Mínimos', 'CONASAMI'), ('Organización Internacional del Trabajo', 'OIT'), ('Oficina de Asuntos Exteriores, del Commonwealth y de Desarrollo', 'FCDO'),
       ('Secretaría del Trabajo y Previsión Social', 'STPS'), ('Consejo Nacional de la Industria Maquiladora y Manufacturera de Exportación', 'INDEX'),
       ('Sindicato Independiente de Trabajadoras y Trabajadores de Juárez', 'SITTJ'), 'Maquiladora del Valle de Juárez', ('Universidad Autónoma de Ciudad Juárez', 'UACJ'),
       'Gobierno Municipal de Juárez', 'Ciudad de El Paso', ('El Colegio de la Frontera Norte', 'El Colef'), ('Instituto Nacional de Estadística y Geografía', 'INEGI'),
       'Centro Comunitario Anapra', ('IMSS', None), 'Oficina de País de la OIT para México y Cuba')
d.countries('MX', 'GB', 'CU')
d.ps(['CONASAMI', 'OIT'], 'cooperation_agreement', 2023)
d.ps(['FCDO', 'OIT'], 'funding', 2024, 2027)
d.ps(['STPS', 'INDEX', 'SITTJ', 'OIT'], 'memorandum_of_understanding', 2025)
d.ps(['Gobierno Municipal de Juárez', 'Ciudad de El Paso'], 'partnership', 2022)
d.ps(['Maquiladora del Valle de Juárez', 'UACJ'], 'letter_of_intent', 2025)
d.build_chromium()
