from common import *
css = '''@page{size:297mm 210mm;margin:0} body{margin:0;font-family:"Liberation Sans",sans-serif;font-size:9.6pt;line-height:1.5;color:#222}
.page{width:297mm;height:210mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:17mm 14mm 14mm}
.run{position:absolute;top:6mm;left:14mm;right:14mm;font-size:7.4pt;color:#a3123a;display:flex;justify-content:space-between;border-bottom:0.5pt solid #a3123a;padding-bottom:1mm}
.g3{display:grid;grid-template-columns:1fr 1fr 1fr;column-gap:13mm}
.col{border-right:0.5pt solid #ddd;padding-right:7mm} .col:last-child{border-right:0;padding-right:0}
.kick{font-size:8pt;font-weight:bold;color:#a3123a;letter-spacing:1px;margin:0 0 2mm}
h1.title{font-family:"Liberation Serif",serif;font-size:32pt;line-height:1.08;margin:0 0 3mm;color:#a3123a}
.sub{font-size:10.5pt;font-style:italic;color:#444}
h2{font-size:11.5pt;margin:4mm 0 1.5mm;color:#222;text-transform:uppercase;letter-spacing:0.8px;border-left:3mm solid #a3123a;padding-left:2mm}
h3{font-size:9.6pt;margin:3mm 0 1mm;color:#a3123a}
p{margin:0 0 2mm} ul{margin:1mm 0 2mm;padding-left:4.5mm} ul.sub{list-style:"– "}
blockquote{margin:3mm 0 6mm;padding:5mm 0;border-top:2pt solid #a3123a;border-bottom:2pt solid #a3123a;font-family:"Liberation Serif",serif;font-size:17pt;line-height:1.25;color:#a3123a}
blockquote .who{font-family:"Liberation Sans";font-size:8pt;color:#444;margin-top:2mm}
table{border-collapse:collapse;width:100%;font-size:9.6pt}
table.steps td{padding:1.2mm 1mm;vertical-align:top} table.steps td:first-child{font-weight:bold;color:#a3123a;white-space:nowrap;width:22mm}
table.ruled th{border-top:1.2pt solid #222;border-bottom:0.8pt solid #222;text-align:left;padding:1.5mm} table.ruled td{padding:1.5mm;border-bottom:0.4pt solid #bbb;white-space:nowrap}
table.ruled tr:last-child td{border-bottom:1.2pt solid #222}
.caption{font-size:7.2pt;color:#666;font-style:italic}
.box{background:#f9e9ee;padding:3mm 4mm;margin-top:3mm} .box p{margin:0}
'''
b = HTML('blind6-11-es-temporeras-huelva', 'es', 'chromium', 'blind-landscape-three-column', 'condiciones de trabajo de temporeras migrantes', css=css)
def run(n):
    b.raw('<div class="run">'); b.fu('Oficina de la OIT para España · Temporada de frutos rojos', tag='span'); b.fu(f'{n} | 2', tag='span'); b.raw('</div>')
b.raw('<div class="page">'); run(1)
b.raw('<div class="g3"><div class="col">')
b.i('NOTA INFORMATIVA · HUELVA', cls='kick')
b.T('Trabajo digno en los campos de fresa de Huelva')
b.p('Cómo las empresas, los sindicatos y las administraciones protegen a las trabajadoras de temporada, 2023-2026', cls='sub')
b.h('El contexto', 1, upper=True)
b.p('Cada primavera, la provincia de Huelva necesita más de 90.000 personas para recoger fresas, frambuesas y arándanos. Una parte llega con contratos en origen, sobre todo mujeres de Marruecos; otra vive en la provincia o se desplaza desde otras regiones de España.')
b.p('Las temporeras trabajan lejos de sus familias, a menudo sin hablar español, y alojadas en fincas apartadas. ¿A quién acuden si no les pagan las horas extra o si sufren acoso? Esa pregunta está en el origen de la iniciativa.')
b.raw('</div><div class="col">')
b.h('Qué ofrece la iniciativa', 1, upper=True)
b.h('Puntos de atención', 2)
b.ul(['Cinco puntos en Moguer, Lepe, Palos de la Frontera, Cartaya y Almonte.', ('Atención en árabe, francés y español:', ['información sobre el contrato y la nómina', 'orientación en casos de acoso o violencia', 'derivación a servicios de salud']), 'Horario de tarde, después de la jornada en el campo.'])
b.h('Formación en las fincas', 2)
b.p('Los encargados de cuadrilla reciben un curso sobre igualdad, prevención del acoso y riesgos del calor en los invernaderos. Las temporeras, una sesión de acogida en su idioma el primer día.')
b.raw('</div><div class="col">')
b.q('El primer día nos explicaron la nómina en árabe. Por primera vez supe cuánto debía cobrar por cada hora.', 'Fátima Zahra B.', 'temporera en una finca de Lepe', open_='«', close='»', cls='')
b.h('La iniciativa en cifras', 1, upper=True)
b.tab([['Campaña', 'Consultas atendidas', 'Encargados formados']], [['2023-2024', '1.940', '210'], ['2024-2025', '3.615', '485']], cls='ruled',
      caption='Fuente: registros de los puntos de atención.')
b.raw('</div></div></div>')
b.raw('<div class="page">'); run(2)
b.raw('<div class="g3"><div class="col">')
b.h('Quién la hace posible', 1, upper=True)
b.p('La Organización Internacional del Trabajo (OIT) coordina la iniciativa con una subvención del Ministerio de Inclusión, Seguridad Social y Migraciones, concedida en 2024 y prorrogada hasta 2026.')
b.p('El Protocolo de actuación contra el acoso sexual en el campo lo firmaron en 2023 la Interprofesional de la Fresa y los Frutos Rojos de Andalucía (Interfresa), Comisiones Obreras de Andalucía (CCOO-A) y la Unión General de Trabajadoras y Trabajadores de Andalucía (UGT-A).')
b.p('Los puntos de atención los gestiona la Fundación Cepaim, que tiene un convenio con la OIT desde 2024.')
b.raw('</div><div class="col">')
b.p('En 2025, la OIT y la Consejería de Empleo, Empresa y Trabajo Autónomo de la Junta de Andalucía suscribieron un acuerdo de colaboración para que la Inspección de Trabajo y Seguridad Social reciba las alertas de los puntos de atención.')
b.p('Ese mismo año, la Cooperativa Fresas del Condado, que agrupa a 140 productores, firmó una carta de intención con Interfresa para aplicar el protocolo en todas sus fincas.')
b.h('Otros actores', 2)
b.p('La Organización Internacional para las Migraciones (OIM) informa a las trabajadoras antes de su salida. El Ayuntamiento de Moguer cede el local de uno de los puntos de atención.')
b.raw('</div><div class="col">')
b.h('Cronología', 2)
b.tab([], [['2023', 'Firma del protocolo contra el acoso (Interfresa, CCOO-A, UGT-A)'], ['2024', 'Subvención del Ministerio a la OIT; convenio OIT–Fundación Cepaim'],
           ['2025', 'Acuerdo de colaboración con la Junta de Andalucía; carta de intención de la Cooperativa Fresas del Condado'], ['2026', 'Evaluación final']], cls='steps')
b.h('Próximos pasos', 2)
b.ul(['Publicar una guía para empresas sobre el alojamiento de temporeras.', 'Extender los puntos de atención a la campaña del arándano en verano.'])
b.raw('<div class="box">'); b.h('Contacto', 2)
b.raw('<p><b>Carmen Vázquez Ortega</b></p>'); b.contact('Carmen Vázquez Ortega', 'vazquezc@ilo.org', '+34 91 548 30 00')
for x in ['Oficina de la OIT para España, Madrid', 'Tel.: +34 91 548 30 00', 'Correo electrónico: vazquezc@ilo.org']: b.i(x)
b.raw('<p>' + b.e(b.link('www.ilo.org/madrid')) + '</p></div>')
b.raw('</div></div></div>')
b.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Oficina de la OIT para España',), ('Ministerio de Inclusión, Seguridad Social y Migraciones',),
       ('Interprofesional de la Fresa y los Frutos Rojos de Andalucía', 'Interfresa'), ('Comisiones Obreras de Andalucía', 'CCOO-A'),
       ('Unión General de Trabajadoras y Trabajadores de Andalucía', 'UGT-A'), ('Fundación Cepaim',), ('Consejería de Empleo, Empresa y Trabajo Autónomo de la Junta de Andalucía',),
       ('Inspección de Trabajo y Seguridad Social',), ('Cooperativa Fresas del Condado',), ('Organización Internacional para las Migraciones', 'OIM'), ('Ayuntamiento de Moguer',))
b.countries('ES', 'MA')
b.ps(['Ministerio de Inclusión, Seguridad Social y Migraciones', 'OIT'], 'funding', 2024, 2026)
b.ps(['Interfresa', 'CCOO-A', 'UGT-A'], 'memorandum_of_understanding', 2023)
b.ps(['Fundación Cepaim', 'OIT'], 'cooperation_agreement', 2024)
b.ps(['OIT', 'Consejería de Empleo, Empresa y Trabajo Autónomo de la Junta de Andalucía'], 'cooperation_agreement', 2025)
b.ps(['Cooperativa Fresas del Condado', 'Interfresa'], 'letter_of_intent', 2025)
b.build_chromium()
