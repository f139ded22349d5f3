from common import *
CSS = '''body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }
p.kind { font-size: 8pt; font-weight: bold; color: #b8341b; letter-spacing: 2px; margin: 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 20pt; color: #5a1d0f; margin: 4pt 0 4pt 0; }
p.lead { font-style: italic; font-size: 10pt; margin: 0 0 6pt 0; }
p.intro { font-weight: bold; }
h2 { font-size: 12.5pt; color: #b8341b; margin: 10pt 0 3pt 0; }
h3 { font-size: 9.8pt; color: #5a1d0f; margin: 7pt 0 2pt 0; }
p { margin: 0 0 4pt 0; }
p.small { font-size: 8pt; }
p.caption { font-size: 7.5pt; font-style: italic; color: #555; }
p.credit { font-size: 7pt; color: #777; }
blockquote.pull { margin: 8pt 30pt; border-top: 1.5pt solid #b8341b; border-bottom: 1.5pt solid #b8341b; padding: 4pt 0; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-size: 12pt; font-style: italic; color: #5a1d0f; }
blockquote.pull p.who { font-family: "DejaVu Sans"; font-size: 8pt; font-style: normal; color: #333; }
table.ruled { border-collapse: collapse; font-size: 8.5pt; }
table.ruled th { background: #f3dcd3; text-align: left; padding: 2pt 4pt; } table.ruled td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; }
div.photo { background: #d9c8bf; height: 38mm; width: 100%; }
'''
d = HTML('blind20-05-es-entrevista-sanraymundo-coheteria', 'es', 'libreoffice', 'blind-interview-qa', 'trabajo infantil, quemaduras y seguridad social en los talleres familiares de cohetería', css=CSS)
d.i('ENTREVISTA · SERIE «VOCES DEL TRABAJO» N.º 12', 'p', 'kind')
d.T('«Ningún niño debería tocar la pólvora»')
d.p('San Raymundo, 3 de noviembre de 2025 — conversación con la presidenta de la cooperativa de coheteras y coheteros del municipio, en el departamento de Guatemala', 'lead')
d.p('En las aldeas de San Raymundo, cientos de familias arman cohetes en el patio de su casa. Durante décadas, los niños trenzaron mecha junto a sus padres. Hilda Xicay Boror preside desde 2019 la Cooperativa Integral de Producción Pirotécnica San Raymundo, R. L. (CIPPSAR), que agrupa a 240 familias y ha sacado la pólvora de las casas. Habló con nosotros en el taller comunal de la aldea Pachalí.', 'intro')
d.h('La pólvora en casa', 1)
d.h('¿Cómo era el trabajo cuando usted empezó?', 2)
d.p('Yo tenía nueve años. Trenzaba mecha sentada en el suelo, al lado de la cocina, con la pólvora en una palangana. Así trabajaba todo el mundo. Nadie pensaba que era peligroso hasta que explotaba algo.')
d.h('¿Qué cambió?', 2)
d.p('En 2018 murieron dos niños en una explosión en la aldea Estancia Vieja. Ahí decidimos que la pólvora tenía que salir de las casas. Hoy las socias trabajan en tres talleres comunales, lejos de las viviendas, con piso mojado, sin fuego y sin niños.')
d.q('Un cohete se vende por unos centavos. La mano de un niño no tiene precio.', 'Hilda Xicay Boror', 'presidenta de CIPPSAR')
d.h('¿Y los ingresos de las familias?', 2)
d.p('Ese era el miedo: si los niños no trenzan, la familia gana menos. Por eso negociamos el precio. Un acuerdo tripartito entre la Municipalidad de San Raymundo, la cooperativa y Luces del Valle, firmado en 2023, fija un precio mínimo por gruesa de cohetes y prohíbe comprar a talleres donde trabajen menores de 18 años.')
d.h('La escuela', 1)
d.h('¿Dónde están ahora los niños durante la temporada?', 2)
d.p('En la escuela y, por las tardes, en el programa de refuerzo. Nuestro convenio con la Escuela Oficial Rural Mixta Aldea Pachalí estuvo vigente de 2019 a 2023; ahora el refuerzo lo da la propia cooperativa, con maestras de la aldea.')
d.h('¿Quién paga las becas?', 2)
d.p('El programa de becas está patrocinado por Pirotecnia El Quetzal, que firmó con nosotras en 2024 un convenio de patrocinio hasta 2026. Son 120 becas de 300 quetzales al mes para que los adolescentes no dejen la escuela en noviembre y diciembre.')
d.raw('<div class="photo"></div>')
d.i('Socias de CIPPSAR en el taller comunal de Pachalí. Radio Xilotepeq 94.5, aliada de la cooperativa desde 2020, graba allí su programa de los sábados.', 'p', 'caption')
d.cr('Foto: Julio Cúmez / OIT')
d.h('La cooperativa y sus aliados', 1)
d.h('¿Están afiliadas las socias al seguro social?', 2)
d.p('Cada vez más. Hace tres años el Instituto Guatemalteco de Seguridad Social (IGSS) y la cooperativa firmaron una carta de intención para afiliar a las trabajadoras por cuenta propia. Hoy 96 socias tienen cobertura en caso de accidente.')
d.h('¿Y la formación?', 2)
d.p('Desde 2021 trabajamos codo a codo con el Instituto Técnico de Capacitación y Productividad (INTECAP), en el marco de un convenio: sus instructores enseñan a manejar la pólvora, a almacenarla y a apagar un incendio.')
d.h('¿Quién más las apoya?', 2)
d.p('El proyecto «Manos sin pólvora» de la Organización Internacional del Trabajo (OIT) paga los extintores y los pisos de los talleres. Se financia con fondos del Departamento de Trabajo de los Estados Unidos (USDOL), de 2022 a 2026.')
d.h('¿Y quién no está?', 2)
d.p('El Ministerio de Trabajo y Previsión Social de Guatemala viene a las asambleas como observador, pero el Ministerio guatemalteco de Trabajo no ha firmado nada con nosotras. La Asociación Guatemalteca de Exportadores (AGEXPORT) podría sumarse el año próximo. Pirotecnia Volcán rechazó la invitación a firmar el acuerdo de precios. Transportes Chixot lleva los cohetes a la capital bajo contrato, y el salón parroquial de San Raymundo nos lo prestan para las asambleas.', 'small')
d.h('Datos de la cohetería en San Raymundo', 2)
d.tab([['', '2019', '2025']], [['Familias en la cooperativa', '85', '240'], ['Talleres comunales', '0', '3'], ['Niños y niñas en talleres familiares', '1 300', '210'], ['Socias afiliadas al IGSS', '0', '96']], 'ruled', caption='Fuente: censo de la cooperativa y del Instituto Nacional de Estadística (INE).')
d.h('Contacto', 2)
d.contact('Andrea Pocón', 'pocon@ilo.org', '+506 2207 8700')
d.raw('<p class="small">Andrea Pocón<br>' + d.e(d.ign('Oficina de la OIT para América Central, Haití, Panamá y República Dominicana')) + '<br>' + d.e(d.ign('Tel.: +506 2207 8700')) + '<br>' + d.e(d.ign('Correo electrónico: pocon@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/sanjose')) + '</p>')
d.orgs(('Cooperativa Integral de Producción Pirotécnica San Raymundo, R. L.', 'CIPPSAR'), 'Municipalidad de San Raymundo', 'Luces del Valle', 'Escuela Oficial Rural Mixta Aldea Pachalí',
       'Pirotecnia El Quetzal', 'Radio Xilotepeq 94.5', ('Instituto Guatemalteco de Seguridad Social', 'IGSS'), ('Instituto Técnico de Capacitación y Productividad', 'INTECAP'),
       ('Organización Internacional del Trabajo', 'OIT'), ('Departamento de Trabajo de los Estados Unidos', 'USDOL'), 'Ministerio de Trabajo y Previsión Social de Guatemala',
       ('Asociación Guatemalteca de Exportadores', 'AGEXPORT'), 'Pirotecnia Volcán', 'Transportes Chixot', ('Instituto Nacional de Estadística', 'INE'))
d.countries('GT', 'US', 'HT', 'PA', 'DO')
d.ps(['Municipalidad de San Raymundo', 'CIPPSAR', 'Luces del Valle'], 'cooperation_agreement', 2023)
d.ps(['CIPPSAR', 'Escuela Oficial Rural Mixta Aldea Pachalí'], 'cooperation_agreement', 2019, 2023)
d.ps(['Pirotecnia El Quetzal', 'CIPPSAR'], 'funding', 2024, 2026)
d.ps(['Radio Xilotepeq 94.5', 'CIPPSAR'], 'partnership', 2020)
d.ps(['IGSS', 'CIPPSAR'], 'letter_of_intent', 2022)
d.ps(['CIPPSAR', 'INTECAP'], 'cooperation_agreement', 2021)
d.ps(['USDOL', 'OIT'], 'funding', 2022, 2026)
d.build_lo(tagged=True)
