from common import *
css = '''@page{size:A4;margin:0}
body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:10pt;line-height:1.42;color:#222}
.page{position:relative;width:210mm;height:296mm;box-sizing:border-box;padding:16mm 14mm 16mm;page-break-after:always;overflow:hidden}
.page:last-child{page-break-after:auto}
.hd{position:absolute;top:7mm;left:14mm;right:14mm;font-size:7.4pt;color:#6a1b9a;border-bottom:0.6px solid #6a1b9a;display:flex;justify-content:space-between}
.ft{position:absolute;bottom:7mm;left:14mm;right:14mm;font-size:7.2pt;color:#555;display:flex;justify-content:space-between}
.kind{font-size:7.8pt;font-weight:bold;letter-spacing:1.5px;color:#6a1b9a;margin:0}
h1.title{font-size:26pt;line-height:1.12;margin:3px 0 4px;color:#311b92}
p.lead{font-size:10pt;font-style:italic;margin:0 0 8px}
.grid{display:grid;grid-template-columns:1.9fr 1fr;gap:12px}
.side{background:#f3e5f5;padding:8px 10px;border-top:4px solid #6a1b9a}
h2{font-size:13pt;color:#311b92;margin:8px 0 3px}
h3{font-size:9.2pt;color:#6a1b9a;margin:7px 0 2px}
.side h3{margin-top:2px}
table{border-collapse:collapse;width:100%;font-size:9pt}
table.kv td{padding:2px 3px;border-bottom:0.5px solid #ce93d8;vertical-align:top}
table.kv td:first-child{font-weight:bold;width:38%}
table.ruled th{background:#311b92;color:#fff;text-align:left;padding:3px 5px}
table.ruled td{border-bottom:0.5px solid #999;padding:3px 5px;vertical-align:top}
p.caption{font-size:7pt;font-style:italic;color:#555;margin:2px 0 6px}
ul,ol{margin:2px 0 4px;padding-left:16px}
blockquote.pull{margin:12px 0;padding:4px 0 4px 10px;border-left:3px solid #6a1b9a;font-size:11pt;color:#311b92}
blockquote p{margin:0}.who{font-size:7.6pt;color:#333}
p.small{font-size:8.8pt}
.ct p{margin:0;font-size:8.6pt}
'''
d = HTML('blind16-06-es-ficha-quinua-salinas', 'es', 'chromium', 'blind-project-factsheet-sidebar', 'recolectores y seleccionadoras de quinua real, seguro de salud y ahorro', css=css)
HL, HR = 'Ficha de proyecto · OIT Bolivia', 'Quinua real con trabajo decente'
F1, F2 = 'Actualizada en septiembre de 2025 · 1/2', 'Actualizada en septiembre de 2025 · 2/2'
def header(n):
    d.raw('<div class="hd"><span>' + d.e(d.furn(HL)) + '</span><span>' + d.e(d.furn(HR)) + '</span></div>')
    d.raw('<div class="ft"><span></span><span>' + d.e(d.furn(F1 if n == 1 else F2)) + '</span></div>')
d.raw('<div class="page">'); header(1)
d.i('FICHA DE PROYECTO', 'p', 'kind')
d.T('Quinua real: seguro de salud y ahorro para quienes la cosechan')
d.p('La Paz, septiembre de 2025 — proyecto para los zafreros, trilladoras y seleccionadoras de quinua de Salinas de Garci Mendoza y del sur de Uyuni', 'lead')
d.raw('<div class="grid"><div>')
d.h('Resumen', 1)
d.p('La quinua real del salar se cosecha a mano entre marzo y mayo. Quienes la cortan, trillan y limpian trabajan por día, sin contrato ni seguro de salud, y muchas seleccionadoras son mujeres mayores que pasan la jornada agachadas sobre el grano.')
d.p('El proyecto afilia a estos trabajadores a la Caja Nacional de Salud (CNS), les ofrece cuentas de ahorro en grupos de mujeres y mejora los puestos de trilla y selección.')
d.h('Qué hace el proyecto', 1)
d.ul([('Afiliación a la CNS durante la zafra:', ['registro en la sede de la asociación;', 'carnet válido también en Oruro y Potosí.']), 'Mesas de selección a la altura de la cintura.', 'Mascarillas y gafas contra el polvo de la saponina.'])
d.h('Para los zafreros', 2)
d.ul(['Inscríbase con su carnet de identidad antes de la primera semana de marzo.', 'Pida al productor su boleta de pago diaria.', 'Si se lastima, vaya al hospital con su carnet de la CNS.'], tag='ol')
d.q('Antes, si me enfermaba en la zafra, volvía a mi casa sin nada. Este año tengo carnet y una libreta de ahorro.', 'Hilda Mamani', 'seleccionadora de quinua, comunidad de Jirira')
d.raw('</div><div class="side">')
d.h('Datos clave', 2)
d.tab([], [['Duración', '2024-2027'], ['Zona', 'Salinas de Garci Mendoza (Oruro) y sur de Uyuni (Potosí)'], ['Personas afiliadas', '2 310, de ellas 1 540 mujeres'],
           ['Primer convenio', '2023'], ['Presupuesto', 'USD 2 millones']], cls='kv', colw=['38%', '62%'])
d.h('Contacto', 2)
d.contact('Marcelo Choque', 'choque@ilo.org', '+591 2 241 3510')
d.raw('<div class="ct"><p>Marcelo Choque</p>' + ''.join(f'<p>{d.e(x)}</p>' for x in [d.ign('Oficina de la OIT para los Países Andinos'), d.ign('Tel.: +591 2 241 3510'), d.ign('Correo electrónico: choque@ilo.org'), d.link('www.ilo.org/lima')]) + '</div>')
d.raw('</div></div></div>')
d.raw('<div class="page">'); header(2)
d.h('Socios y acuerdos', 1)
d.p('Suiza, a través de la Agencia Suiza para el Desarrollo y la Cooperación (COSUDE), aprobó un aporte de USD 2 millones a la Organización Internacional del Trabajo (OIT) para 2025-2027.')
d.p('La Asociación Nacional de Productores de Quinua (ANAPQUI) buscaba desde hacía años un seguro para los zafreros. La CNS aceptó el reto: hace dos años ambas firmaron un convenio de afiliación por temporada.')
d.p('El memorando tripartito sobre ahorro y pensiones fue suscrito en 2024 por la Gestora Pública de la Seguridad Social de Largo Plazo, ANAPQUI y el Gobierno Autónomo Municipal de Salinas de Garci Mendoza.')
d.p('El grupo de ahorro Warmis de Jirira abrió su fondo de emergencias con el apoyo de Wara Grains, que le entrega un aporte anual desde 2024.')
d.p('Las mesas de selección forman parte del programa conjunto de la OIT y el Fondo Internacional de Desarrollo Agrícola (FIDA), en marcha desde 2022.')
d.h('Hitos', 2)
d.tab([['Año', 'Hito']], [['2022', 'Comienza el programa conjunto OIT-FIDA en el salar de Uyuni'], ['2023', 'Primera zafra con trabajadores afiliados a la CNS'],
                         ['2024', 'Firma del memorando tripartito y apertura de 12 cuentas de ahorro'],
                         ['2025', 'Sajama-Lípez Exportaciones S.R.L. y la Unidad Educativa Técnica Humanística Garci Mendoza firman una carta de intención sobre pasantías en las plantas de lavado']],
      cls='ruled', caption='Fuente: registros del proyecto y de la CNS.', colw=['12%', '88%'])
d.h('Otros actores', 2)
d.p('El Ministerio de Trabajo, Empleo y Previsión Social de Bolivia participa en el comité del proyecto sin ser parte de los convenios; el Ministerio boliviano de Trabajo, Empleo y Previsión Social también publica los formularios. El Viceministerio de Comercio Interno asistió como observador. Banco Sol Andino estudió un crédito para las trilladoras, pero no se ha firmado nada. Transportes Tunupa cobra por llevar a los zafreros al salar. Las cifras de producción vienen del Instituto Nacional de Estadística (INE).', 'small')
d.raw('</div>')
d.orgs(('Caja Nacional de Salud', 'CNS'), ('Agencia Suiza para el Desarrollo y la Cooperación', 'COSUDE'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Asociación Nacional de Productores de Quinua', 'ANAPQUI'), 'Gestora Pública de la Seguridad Social de Largo Plazo', 'Gobierno Autónomo Municipal de Salinas de Garci Mendoza',
       'grupo de ahorro Warmis de Jirira', 'Wara Grains', ('Fondo Internacional de Desarrollo Agrícola', 'FIDA'), 'Sajama-Lípez Exportaciones S.R.L.',
       'Unidad Educativa Técnica Humanística Garci Mendoza', 'Ministerio de Trabajo, Empleo y Previsión Social de Bolivia', 'Viceministerio de Comercio Interno',
       'Banco Sol Andino', 'Transportes Tunupa', ('Instituto Nacional de Estadística', 'INE'))
d.countries('BO', 'CH')
d.ps(['COSUDE', 'OIT'], 'funding', 2025, 2027)
d.ps(['ANAPQUI', 'CNS'], 'cooperation_agreement', 2023)
d.ps(['Gestora Pública de la Seguridad Social de Largo Plazo', 'ANAPQUI', 'Gobierno Autónomo Municipal de Salinas de Garci Mendoza'], 'memorandum_of_understanding', 2024)
d.ps(['Wara Grains', 'grupo de ahorro Warmis de Jirira'], 'funding', 2024)
d.ps(['OIT', 'FIDA'], 'programme', 2022)
d.ps(['Sajama-Lípez Exportaciones S.R.L.', 'Unidad Educativa Técnica Humanística Garci Mendoza'], 'letter_of_intent', 2025)
d.build_chromium()
