from common import *
css = '''@page{size:Letter;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:8.8pt;line-height:1.4;color:#1e1e1e}
.page{width:8.5in;height:11in;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:0.55in 0.55in 0.6in}
.foot{position:absolute;bottom:0.3in;left:0.55in;right:0.55in;font-size:7pt;color:#666;text-align:right}
.mast{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:5pt solid #2b6cb0;padding-bottom:4px;margin-bottom:8px}
.mname{font-family:"DejaVu Serif",serif;font-size:30pt;font-weight:bold;color:#2b6cb0;margin:0;letter-spacing:-1px}
.issue{font-size:7.5pt;color:#444;text-align:right;margin:0}
h1.title{font-family:"DejaVu Serif",serif;font-size:19pt;line-height:1.15;margin:4px 0 4px}
.lead{font-size:10pt;color:#333;margin:0 0 8px}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.card{border:1pt solid #c5d5ea;border-top:4pt solid #2b6cb0;padding:6px 9px;background:#f7faff}
.num{font-family:"DejaVu Serif";font-size:20pt;color:#9dbbe0;margin:0;line-height:1}
h2{font-size:11pt;color:#1a4480;margin:2px 0 4px} h3{font-size:9.2pt;color:#2b6cb0;margin:6px 0 2px}
p{margin:0 0 5px} ul{margin:2px 0 5px;padding-left:14px} ul.sub{list-style:"· "}
.photo{height:1.1in;background:repeating-linear-gradient(45deg,#dfe8f3,#dfe8f3 8px,#eef3f9 8px,#eef3f9 16px);margin:4px 0 2px}
.caption{font-size:7.2pt;color:#555;font-style:italic;margin:0 0 6px}
.credit{font-size:6.5pt;color:#888;margin:0 0 4px}
table{border-collapse:collapse;width:100%;font-size:8.2pt}
table.ruled th{background:#1a4480;color:#fff;text-align:left;padding:3px 5px} table.ruled td{border:0.5pt solid #a9bcd6;padding:3px 5px;vertical-align:top}
blockquote{margin:8px 0;padding:8px 12px;background:#1a4480;color:#fff;font-size:10.5pt} blockquote .who{font-size:7.6pt;color:#cfe0f5;margin:0}
.cols{column-count:2;column-gap:0.3in} .cols p{break-inside:avoid}
.contact{border-top:2pt solid #2b6cb0;margin-top:10px;padding-top:5px;display:grid;grid-template-columns:1fr 1fr}
.contact p{margin:0}
'''
b = HTML('blind6-09-es-lecheria-dual', 'es', 'chromium', 'blind-newsletter-cards', 'formación dual en la lechería', css=css)
b.raw('<div class="page">'); b.fu('OIT/Cinterfor · Boletín Tambo Escuela · Página 1 de 2', cls='foot')
b.raw('<div class="mast">'); b.i('Tambo Escuela', cls='mname'); b.raw('<div>')
b.i('Boletín de la formación dual en lechería · N.º 2 · noviembre de 2025', cls='issue'); b.i('Florida · San José · Colonia', cls='issue'); b.raw('</div></div>')
b.T('Aprender ordeñando: la formación dual llega a los tambos del Uruguay')
b.p('Ciento doce jóvenes alternan el aula y el tambo en la primera cohorte del programa, que ya suma cuatro departamentos.', cls='lead')
b.raw('<div class="cards"><div class="card">'); b.i('01', cls='num')
b.h('Un oficio que busca relevo', 1)
b.p('La lechería uruguaya envejece: más de la mitad de los tamberos tiene más de cincuenta años y muchos no encuentran quién los reemplace. Al mismo tiempo, los tambos se han tecnificado con ordeñadoras robotizadas, registros digitales y control de calidad en línea.')
b.p('La formación dual combina tres días por semana en un tambo con dos días en un centro de formación, durante dieciocho meses.')
b.raw('</div><div class="card">'); b.i('02', cls='num')
b.h('Qué aprenden', 1)
b.ul([('Manejo del rodeo:', ['alimentación y pasturas', 'sanidad y bienestar animal']), 'Ordeño, higiene y calidad de la leche', 'Seguridad con maquinaria y productos químicos', 'Registros, costos y trabajo en equipo'])
b.raw('<div class="photo"></div>'); b.i('Foto 1. Práctica de ordeño en el tambo-escuela de la Estancia La Magnolia, Florida.', cls='caption'); b.cr('© OIT/Cinterfor – M. Rodríguez')
b.raw('</div><div class="card">'); b.i('03', cls='num')
b.h('¿Quién financia?', 1)
b.p('El programa cuenta con financiamiento de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID), que apoya al Centro Interamericano para el Desarrollo del Conocimiento en la Formación Profesional (OIT/Cinterfor), el centro especializado de la Organización Internacional del Trabajo (OIT), para el período 2023-2026.')
b.p('El Instituto Nacional de Empleo y Formación Profesional (INEFOP) paga una beca mensual a cada aprendiz.')
b.raw('</div><div class="card">'); b.i('04', cls='num')
b.h('¿Quién da las clases?', 1)
b.p('La Universidad del Trabajo del Uruguay (UTU) dicta los módulos en sus escuelas agrarias. En 2024 firmó una carta de intención con el Instituto Nacional de la Leche (INALE) para actualizar juntos los contenidos técnicos.')
b.raw('</div></div>')
b.q('Yo pensaba irme a Montevideo. Ahora manejo el robot de ordeño y el año que viene quiero tener mis propias vacas.', 'Valentina Correa', 'aprendiz, 19 años, San José', open_='«', close='»', cls='')
b.raw('</div>')
# page 2
b.raw('<div class="page">'); b.fu('OIT/Cinterfor · Boletín Tambo Escuela · Página 2 de 2', cls='foot')
b.h('Un acuerdo entre cuatro', 1)
b.raw('<div class="cols">')
b.p('La base del programa es el acuerdo marco firmado en marzo de 2024 por INEFOP, la Cooperativa Nacional de Productores de Leche (Conaprole), la Asociación Nacional de Productores de Leche (ANPL) y la Unión Nacional de Asalariados, Trabajadores Rurales y Afines (UNATRA).')
b.p('El acuerdo establece las condiciones del aprendizaje: jornada máxima, beca, seguro de accidentes y un tutor designado en cada tambo. UNATRA participa en la supervisión y recibe las consultas de los aprendices.')
b.p('INEFOP y OIT/Cinterfor, por su parte, están vinculados por un convenio de cooperación técnica suscrito en 2023, que cubre la metodología y la evaluación.')
b.p('La Estancia La Magnolia fue el primer tambo-escuela. Desde 2025 tiene un memorando de entendimiento con la UTU para recibir grupos de práctica durante todo el año.')
b.p('El Ministerio de Trabajo y Seguridad Social (MTSS) preside el comité de seguimiento, y el Instituto Nacional de Colonización ha mostrado interés en ofrecer tierras a los egresados.')
b.raw('</div>')
b.h('Quién hace qué', 1)
b.tab([['Institución', 'Tipo', 'Aporte']],
      [['INEFOP', 'Instituto público tripartito', 'Becas, seguro y coordinación'], ['UTU', 'Educación técnica pública', 'Módulos en escuelas agrarias'],
       ['Conaprole y ANPL', 'Cooperativa y gremial de productores', 'Tambos de práctica y tutores'], ['UNATRA', 'Sindicato rural', 'Supervisión de las condiciones de trabajo'],
       ['OIT/Cinterfor', 'Centro de la OIT en Montevideo', 'Metodología, formación de tutores, evaluación']], cls='ruled',
      caption='Cuadro 1. Papel de cada institución en el programa.')
b.h('La primera cohorte en números', 1)
b.ul(['112 aprendices, de los cuales 47 son mujeres', '64 tambos de práctica con tutor formado', '9 de cada 10 aprendices siguen en el programa al cabo de un año'])
b.h('Próximos pasos', 2)
b.ul(['Abrir una segunda cohorte en Colonia en marzo de 2026.', 'Certificar las competencias de tutores con experiencia.'])
b.raw('<div class="contact"><div>'); b.h('Contacto', 2)
b.raw('<p><b>Lucía Fernández Bentancor</b></p>'); b.contact('Lucía Fernández Bentancor', 'fernandezl@ilo.org', '+598 2908 6023')
for x in ['Especialista en formación profesional, OIT/Cinterfor', 'Avenida Uruguay 1238, Montevideo']: b.i(x)
b.raw('</div><div>')
for x in ['Tel.: +598 2908 6023', 'Correo electrónico: fernandezl@ilo.org']: b.i(x)
b.raw('<p>' + b.e(b.link('www.oitcinterfor.org')) + '</p></div></div></div>')
b.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Centro Interamericano para el Desarrollo del Conocimiento en la Formación Profesional', 'OIT/Cinterfor'),
       ('Agencia Española de Cooperación Internacional para el Desarrollo', 'AECID'), ('Instituto Nacional de Empleo y Formación Profesional', 'INEFOP'),
       ('Universidad del Trabajo del Uruguay', 'UTU'), ('Instituto Nacional de la Leche', 'INALE'), ('Cooperativa Nacional de Productores de Leche', 'Conaprole'),
       ('Asociación Nacional de Productores de Leche', 'ANPL'), ('Unión Nacional de Asalariados, Trabajadores Rurales y Afines', 'UNATRA'), ('Estancia La Magnolia',),
       ('Ministerio de Trabajo y Seguridad Social', 'MTSS'), ('Instituto Nacional de Colonización',))
b.countries('UY')
b.ps(['AECID', 'OIT/Cinterfor'], 'funding', 2023, 2026)
b.ps(['UTU', 'INALE'], 'letter_of_intent', 2024)
b.ps(['INEFOP', 'Conaprole', 'ANPL', 'UNATRA'], 'cooperation_agreement', 2024)
b.ps(['INEFOP', 'OIT/Cinterfor'], 'cooperation_agreement', 2023)
b.ps(['Estancia La Magnolia', 'UTU'], 'memorandum_of_understanding', 2025)
b.build_chromium()
