from common import *
ID = 'blind5-09-es-jornaleros-san-quintin'
t = T(ID, 'chromium', 'blind-timeline-infographic', 'agricultural day labourers', 'es')
css = """
@page { size: A4; margin: 0 }
body { margin:0; font-family:'Liberation Sans', sans-serif; font-size:9.8pt; color:#222; line-height:1.4 }
.page { width:210mm; height:296mm; position:relative; page-break-after:always; box-sizing:border-box; padding:16mm 16mm 18mm 16mm }
.page:last-child { page-break-after:auto }
.rf { position:absolute; bottom:8mm; left:16mm; right:16mm; font-size:7.8pt; color:#777; display:flex; justify-content:space-between; border-top:0.5pt solid #ccc; padding-top:1.5mm }
.kick { font-size:8pt; font-weight:bold; color:#c0392b; letter-spacing:.08em }
h1 { font-size:23pt; color:#1e4d2b; margin:2mm 0 2mm 0; line-height:1.1 }
.sub { font-size:11.5pt; color:#555; margin:0 0 6mm 0 }
h2 { font-size:13pt; color:#1e4d2b; margin:6mm 0 2mm 0 } h2:before { content:''; display:inline-block; width:3mm; height:3mm; background:#c0392b; margin-right:2mm }
h3 { font-size:10pt; color:#c0392b; margin:3mm 0 1mm 0; text-transform:uppercase; letter-spacing:.04em }
p { margin:0 0 2.2mm 0 }
.tl { position:relative; display:flex; justify-content:space-between; margin:8mm 0 3mm 0; padding-top:9mm }
.tl:before { content:''; position:absolute; top:12mm; left:0; right:0; height:1.5mm; background:#e6b54a }
.ev { width:30mm; position:relative; text-align:center }
.ev .y { position:relative; display:inline-block; background:#1e4d2b; color:#fff; font-weight:bold; border-radius:4mm; padding:1mm 3mm; font-size:10pt }
.ev .l { margin-top:3mm; font-size:8.2pt; background:#f6f1e4; padding:2mm; border-radius:1mm; min-height:16mm }
.cap { font-size:7.8pt; color:#777; font-style:italic; margin:1mm 0 4mm 0 }
.two { display:grid; grid-template-columns: 1fr 1fr; gap:8mm }
ul { margin:0 0 2mm 0; padding-left:5mm; list-style-type:square } ul ul { list-style-type:'– ' }
li { margin-bottom:0.8mm }
table.r { border-collapse:collapse; width:100%; font-size:9pt } table.r th { background:#1e4d2b; color:#fff; padding:1.5mm 2mm; text-align:left }
table.r td { border:0.5pt solid #bbb; padding:1.5mm 2mm } table.r td.n { text-align:right }
.pq { margin:5mm 0; font-size:14pt; color:#c0392b; font-style:italic; text-align:center; padding:0 8mm }
.pq .who { font-size:8.5pt; color:#555; font-style:normal; margin-top:1.5mm }
.contact { background:#1e4d2b; color:#fff; padding:4mm 5mm; font-size:9pt; margin-top:4mm } .contact b { font-size:10pt }
"""
def P(s): return f'<p>{esc(t.p(s))}</p>'
def H2(s): return f'<h2>{esc(t.h(s, 1))}</h2>'
def H3(s): return f'<h3>{esc(t.h(s, 2, upper=True))}</h3>'
def LI(s, l=1): return f'<li>{esc(t.b(s, l))}'
ft = 'OIT · Campos Justos · Baja California'
t.furn(ft, 'Página 1 de 2', ft, 'Página 2 de 2')
p1 = '<div class="page">'
p1 += f'<div class="kick">{esc(t.ign("OIT · OFICINA DE PAÍS PARA MÉXICO Y CUBA"))}</div>'
p1 += f'<h1>{esc(t.title("Jornaleros agrícolas de San Quintín: una alianza por el trabajo decente"))}</h1>'
p1 += f'<p class="sub">{esc(t.p("Cinco años de cooperación entre gobierno, productores, sindicatos y compradores en Baja California, México"))}</p>'
p1 += P('El valle de San Quintín produce buena parte de las fresas, frambuesas y tomates que México exporta. Cerca de 80 000 personas trabajan en sus campos, muchas de ellas indígenas que migran desde Oaxaca y Guerrero para cada temporada.')
p1 += P('Tras el paro de jornaleros de 2015, el gobierno, los productores y los trabajadores empezaron a buscar soluciones juntos. Este folleto resume cómo se construyó esa alianza y qué ha cambiado en los campos.')
p1 += H2('El recorrido de la alianza')
evs = [('2015', 'Paro de jornaleros en el valle de San Quintín'), ('2021', 'Convenio de colaboración STPS–OIT'), ('2022', 'Protocolo de inspección conjunta'),
       ('2023', 'Carta de intención de tres compradores'), ('2025', 'Convenio STPS–OIT renovado hasta 2028')]
p1 += '<div class="tl">' + ''.join(f'<div class="ev"><span class="y">{t.ign(y)}</span><div class="l">{esc(t.ign(l))}</div></div>' for y, l in evs) + '</div>'
p1 += f'<div class="cap">{esc(t.ign("Figura 1. Hitos de la alianza, 2015–2025."))}</div>'
p1 += '<div class="two"><div>'
p1 += H2('Qué cambió en los campos')
p1 += '<ul>' + LI('Contratos por escrito para toda la temporada.') + LI('Afiliación al Instituto Mexicano del Seguro Social (IMSS) desde el primer día de trabajo.') + LI('Condiciones mínimas en cada rancho:') + '<ul>' + LI('agua potable y sombra cada 200 metros', 2) + LI('baños separados para mujeres y hombres', 2) + LI('transporte seguro entre las colonias y los campos', 2) + '</ul>' + LI('Cero trabajo infantil en los ranchos que venden a los compradores aliados.') + '</ul>'
p1 += '</div><div>'
p1 += H2('Cifras que hablan')
hd, rows = t.table([['Indicador', '2021', '2025']], [['Jornaleros afiliados al IMSS', '41 %', '78 %'], ['Salario diario promedio (pesos)', '180', '310'], ['Ranchos con agua potable y sombra', '35 %', '88 %'], ['Niñas y niños trabajando en los campos', '1,200', '150']])
rows = [[r[0], r[1].replace(' ', NB), r[2].replace(' ', NB)] for r in rows]; t.t['tables'][-1]['rows'] = rows
p1 += '<table class="r"><tr>' + ''.join(f'<th>{c}</th>' for c in hd[0]) + '</tr>' + ''.join(f'<tr><td>{esc(r[0])}</td><td class="n">{r[1]}</td><td class="n">{r[2]}</td></tr>' for r in rows) + '</table>'
p1 += f'<div class="cap">{esc(t.ign("Fuente: STPS y Consejo Agrícola de Baja California, temporadas 2021 y 2025."))}</div>'
p1 += '</div></div>'
p1 += f'<div class="rf"><span>{ft}</span><span>Página 1 de 2</span></div></div>'
p2 = '<div class="page">'
p2 += H2('Quién hace qué en la alianza')
p2 += P('En 2021, la Secretaría del Trabajo y Previsión Social (STPS) y la Organización Internacional del Trabajo (OIT) firmaron un convenio de colaboración para mejorar las condiciones de los jornaleros. El convenio se renovó en 2025 y estará vigente hasta 2028.')
p2 += P('Un año después, la STPS, la Secretaría del Trabajo del Gobierno de Baja California y el Consejo Agrícola de Baja California (CABC) acordaron un protocolo de inspección conjunta: los inspectores federales y estatales visitan juntos los ranchos y comparten un solo registro.')
p2 += P('Con financiamiento de Empleo y Desarrollo Social Canadá (ESDC), la OIT ejecuta desde 2022 el proyecto Campos Justos, que durará hasta 2026.')
p2 += P('En 2023, tres empresas compradoras —Fresh Valley Berries, Pacific Harvest Foods y la cadena Supermercados del Norte— firmaron con el CABC una carta de intención sobre contratación responsable.')
p2 += P('El Fondo de las Naciones Unidas para la Infancia (UNICEF) y la OIT abrieron en 2024 dos guarderías para hijas e hijos de jornaleras, en el marco de un programa conjunto.')
p2 += P('El Sindicato Nacional Independiente de Jornaleros Agrícolas y Similares (SINDJA) firmó su primer contrato colectivo con una empresa del CABC en 2024. La Comisión Nacional de los Salarios Mínimos (CONASAMI) fijó ese mismo año un salario mínimo profesional para los jornaleros.')
p2 += H3('¿Por qué importa a los compradores?')
p2 += P('Los mercados de exportación exigen cada vez más pruebas de que no hay trabajo forzoso ni infantil en la cadena de suministro. La alianza les da un solo sistema de verificación, reconocido por el gobierno y por los sindicatos.')
q = t.quote('Antes nos pagaban por caja y sin recibo. Ahora tengo mi seguro y sé cuánto voy a ganar.', 'Rosalba Hernández', 'jornalera y delegada sindical, Vicente Guerrero')
p2 += f'<div class="pq">“{esc(q)}”<div class="who">Rosalba Hernández, jornalera y delegada sindical, Vicente Guerrero</div></div>'
p2 += H2('Próximos pasos')
p2 += '<ul>' + LI('Extender el protocolo de inspección al valle de Mexicali.') + LI('Llevar las guarderías a cuatro colonias más.') + LI('Publicar cada año los resultados de la verificación.') + '</ul>'
p2 += H2('Contacto')
t.contact('Luis Alberto Ramírez', 'ramirez@ilo.org', '+52 55 5250 3224')
p2 += '<div class="contact"><b>Luis Alberto Ramírez</b><br>' + esc(t.ign('Coordinador del proyecto Campos Justos')) + '<br>' + esc(t.ign('Oficina de País de la OIT para México y Cuba, Ciudad de México')) + '<br>' + esc(t.ign('Tel.: +52 55 5250 3224')) + '<br>' + esc(t.ign('Correo electrónico: ramirez@ilo.org')) + '<br>' + esc(t.link('www.ilo.org/mexico')) + '</div>'
p2 += f'<div class="rf"><span>{ft}</span><span>Página 2 de 2</span></div></div>'
open(ID + '.html', 'w').write(nohyph(f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Jornaleros agrícolas de San Quintín</title><style>{css}</style></head><body>{p1}{p2}</body></html>'))
t.orgs(('Secretaría del Trabajo y Previsión Social', 'STPS'), ('Organización Internacional del Trabajo', 'OIT'), 'Secretaría del Trabajo del Gobierno de Baja California',
       ('Consejo Agrícola de Baja California', 'CABC'), ('Empleo y Desarrollo Social Canadá', 'ESDC'), 'Fresh Valley Berries', 'Pacific Harvest Foods',
       'Supermercados del Norte', ('Fondo de las Naciones Unidas para la Infancia', 'UNICEF'),
       ('Sindicato Nacional Independiente de Jornaleros Agrícolas y Similares', 'SINDJA'), ('Comisión Nacional de los Salarios Mínimos', 'CONASAMI'),
       ('Instituto Mexicano del Seguro Social', 'IMSS'), 'Oficina de País de la OIT para México y Cuba')
t.countries('MX', 'CU', 'CA')
t.ps(['STPS', 'OIT'], 'cooperation_agreement', 2021, 2028)
t.ps(['STPS', 'Secretaría del Trabajo del Gobierno de Baja California', 'CABC'], 'memorandum_of_understanding', 2022)
t.ps(['ESDC', 'OIT'], 'funding', 2022, 2026)
t.ps(['Fresh Valley Berries', 'Pacific Harvest Foods', 'Supermercados del Norte', 'CABC'], 'letter_of_intent', 2023)
t.ps(['UNICEF', 'OIT'], 'programme', 2024)
chromium(ID)
finish(t, 2)
