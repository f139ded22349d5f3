from common import *
css = '''@page{size:21cm 29.7cm;margin:1.8cm 2cm 1.8cm 2cm} body{font-family:"DejaVu Sans";font-size:10.5pt}
h1{font-family:"DejaVu Serif";font-size:21pt;color:#00594f;margin:2pt 0 4pt} h2{font-family:"DejaVu Sans";font-size:12pt;color:#00594f;margin:10pt 0 3pt;border-bottom:1pt solid #00594f}
h3{font-family:"DejaVu Sans";font-size:10pt;color:#d4691b;margin:6pt 0 2pt} p{margin:0 0 4pt 0}
.kick{font-size:8pt;color:#d4691b} .small{font-size:8pt} .cap{font-size:7.5pt;font-style:italic}'''
b = HTML('blind6-12-es-pesca-bata', 'es', 'libreoffice', 'blind-project-card-backpanel', 'empleo juvenil en la pesca artesanal', css=css)
b.i('Equipo de Trabajo Decente y Oficina de País de la OIT para África Central · Ficha de proyecto', cls='kick')
b.T('Jóvenes, redes y muelles: empleo en la pesca artesanal de Bata', tag='h1', cls='')
b.p('Proyecto «Mar de Oportunidades» · Litoral continental de Guinea Ecuatorial', cls='')
b.h('Ficha técnica', 2)
b.tab([], [['Duración', 'Abril de 2024 a marzo de 2027'],
           ['Zona', 'Bata, Mbini y Kogo (región continental)'],
           ['Financiamiento', 'Banco Africano de Desarrollo (BAfD), donación a la OIT para 2024–2027'],
           ['Contraparte nacional', 'Ministerio de Trabajo, Fomento de Empleo y Seguridad Social'],
           ['Población meta', '1.200 jóvenes de 16 a 29 años, la mitad mujeres']], cls='ruled', colw=['30%', '70%'])
b.h('¿Por qué la pesca artesanal?', 2)
b.p('La pesca artesanal alimenta a buena parte de la población del litoral y da trabajo a miles de personas en la captura, el ahumado y la venta. Sin embargo, casi todo el pescado se vende fresco el mismo día, con grandes pérdidas, y los jóvenes ven pocas salidas en un oficio que consideran duro y mal pagado.')
b.p('¿Puede la pesca ofrecer empleos dignos a la juventud? La Organización Internacional del Trabajo (OIT) apuesta a que sí, si se mejora lo que pasa en tierra: conservación, transformación y comercialización.')
b.h('Qué hace el proyecto', 2)
b.h('Formación', 3)
b.ul([('Cursos de seis semanas en:', ['mecánica de motores fuera de borda', 'ahumado mejorado y envasado', 'seguridad en el mar y primeros auxilios']), 'Prácticas en cooperativas y empresas del puerto.'])
b.h('Emprendimiento', 3)
b.ul(['Capital semilla para grupos de jóvenes.', 'Acompañamiento durante un año por asesores locales.'])
b.raw('<h2>' + b.e(b.heading('Con quién trabajamos', 1)) + '</h2>')
b.p('El Ministerio de Trabajo, Fomento de Empleo y Seguridad Social y la OIT firmaron en 2024 una carta de entendimiento que define el papel de las oficinas de empleo de Bata y Mbini.')
b.p('La formación técnica se apoya en un acuerdo de colaboración suscrito en Malabo en 2025 entre tres instituciones: el Ministerio de Pesca y Recursos Hídricos, la Universidad Nacional de Guinea Ecuatorial (UNGE) y la OIT.')
b.p('El proyecto se articula además con el programa conjunto de empleo juvenil que el Programa de las Naciones Unidas para el Desarrollo (PNUD) y la OIT iniciaron en 2023 y que este año se amplió a la región continental.')
b.p('En el muelle, la Cooperativa de Pescadores de Bata (COPEBA) y la empresa Frigoríficos del Golfo S.L. firmaron en 2025 una carta de intención: la empresa comprará a precio acordado el pescado conservado en las cámaras de la cooperativa.')
b.p('Las normas sanitarias de la Comunidad Económica y Monetaria de África Central (CEMAC) sirven de referencia para los cursos de transformación. La Cámara de Comercio de Bata acoge las ferias de productos.')
b.raw('<table width="100%" cellpadding="8" cellspacing="0"><tr><td style="border-top:2pt solid #d4691b;border-bottom:2pt solid #d4691b">')
b.q('Mi padre pescaba y yo no quería. Ahora reparo los motores de toda la playa y tengo dos aprendices.', 'Santiago Nsue Obama', 'mecánico, 24 años, Bata', cls='', open_='«', close='»')
b.raw('</td></tr></table>')
b.h('Metas y avances', 2)
b.tab([['Meta', 'Previsto 2027', 'Logrado a octubre de 2025']],
      [['Jóvenes formados', '1.200', '530'], ['Grupos de jóvenes con capital semilla', '60', '22'], ['Cámaras frigoríficas comunitarias', '4', '2']], cls='ruled',
      caption='Fuente: seguimiento del proyecto.')
b.raw('<p></p><table width="100%" cellpadding="10" cellspacing="0"><tr><td bgcolor="#00594f">')
b.raw('<h3><font color="#ffffff">' + b.e(b.heading('Contacto', 2)) + '</font></h3>')
b.raw('<p><font color="#ffffff"><b>Pilar Mangue Ndong</b></font></p>'); b.contact('Pilar Mangue Ndong', 'mangue@ilo.org', '+237 222 50 44 00')
for x in ['Coordinadora del proyecto «Mar de Oportunidades»', 'Oficina de la OIT, Yaundé (Camerún)', 'Tel.: +237 222 50 44 00', 'Correo electrónico: mangue@ilo.org']:
    b.raw('<p class="small"><font color="#ffffff">' + b.e(b.ign(x)) + '</font></p>')
b.raw('<p class="small"><font color="#ffffff">' + b.e(b.link('www.ilo.org/yaounde')) + '</font></p></td></tr></table>')
b.buf = [x.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="4" cellspacing="0" width="100%">') for x in b.buf]
b.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Equipo de Trabajo Decente y Oficina de País de la OIT para África Central',), ('Banco Africano de Desarrollo', 'BAfD'),
       ('Ministerio de Trabajo, Fomento de Empleo y Seguridad Social',), ('Ministerio de Pesca y Recursos Hídricos',), ('Universidad Nacional de Guinea Ecuatorial', 'UNGE'),
       ('Programa de las Naciones Unidas para el Desarrollo', 'PNUD'), ('Cooperativa de Pescadores de Bata', 'COPEBA'), ('Frigoríficos del Golfo S.L.',),
       ('Comunidad Económica y Monetaria de África Central', 'CEMAC'), ('Cámara de Comercio de Bata',))
b.countries('GQ', 'CM')
b.ps(['BAfD', 'OIT'], 'funding', 2024, 2027)
b.ps(['Ministerio de Trabajo, Fomento de Empleo y Seguridad Social', 'OIT'], 'memorandum_of_understanding', 2024)
b.ps(['Ministerio de Pesca y Recursos Hídricos', 'UNGE', 'OIT'], 'cooperation_agreement', 2025)
b.ps(['PNUD', 'OIT'], 'programme', 2023)
b.ps(['COPEBA', 'Frigoríficos del Golfo S.L.'], 'letter_of_intent', 2025)
b.build_lo()
