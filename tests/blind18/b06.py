from common import *
CSS = '''@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 1.8cm 2cm; }
body { font-family: "DejaVu Serif"; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.18cm; }
h1.title { font-family: "DejaVu Sans"; font-size: 15pt; color: #7b2d26; margin-top: 0.3cm; margin-bottom: 0.2cm; }
h2 { font-family: "DejaVu Sans"; font-size: 11pt; color: #7b2d26; margin-top: 0.3cm; margin-bottom: 0.12cm; }
h3 { font-family: "DejaVu Sans"; font-size: 10pt; margin-top: 0.2cm; margin-bottom: 0.1cm; }
p.head { font-family: "DejaVu Sans"; font-size: 16pt; font-weight: bold; color: #7b2d26; margin-bottom: 0; }
p.head2 { font-family: "DejaVu Sans"; font-size: 8pt; color: #555555; border-bottom: 1px solid #7b2d26; padding-bottom: 0.1cm; }
p.addr { margin-bottom: 0; font-size: 9.5pt; }
p.right { text-align: right; }
p.small { font-size: 8.5pt; }
p.caption { font-size: 8pt; font-style: italic; }
table.ruled { border-collapse: collapse; width: 100%; font-family: "DejaVu Sans"; font-size: 9pt; }
table.ruled th { border-bottom: 1px solid #000000; text-align: left; }
table.ruled td { border-bottom: 1px solid #bbbbbb; }
blockquote.pull { margin-left: 1cm; margin-right: 1cm; font-style: italic; color: #7b2d26; }
p.who { font-style: normal; font-size: 8.5pt; color: #000000; }
'''
d = HTML('blind18-06-es-carta-cartagena-palenqueras', 'es', 'libreoffice', 'blind-donor-thank-you-letter', 'puestos, seguro social (BEPS) y ahorro de las vendedoras palenqueras de fruta', css=CSS)
d.i('COOPALENQUE', 'p', 'head')
d.i('Cooperativa Multiactiva de Vendedoras Palenqueras de Cartagena · Calle del Porvenir 35-12, Getsemaní · Cartagena de Indias', 'p', 'head2')
d.p('Cartagena de Indias, 20 de febrero de 2026', 'right')
for s in ['Señora', 'Lucía Mendoza Herrera', 'Directora ejecutiva', 'Fundación Caribe Solidario', 'Barranquilla']:
    d.i(s, 'p', 'addr')
d.T('Gracias por un año de fruta, seguro y ahorro', 'h1', 'title')
d.p('Estimada señora Mendoza:')
d.p('Le escribimos en nombre de las 212 socias de la Cooperativa Multiactiva de Vendedoras Palenqueras de Cartagena (COOPALENQUE) para darle las gracias. Gracias a la donación de la Fundación Caribe Solidario, entregada en marzo de 2025, COOPALENQUE pudo comprar carretillas, sombrillas y neveras, y afiliar a sus socias al seguro de vejez.')
d.h('Lo que hizo su aporte', 1)
d.h('En la calle', 2)
d.ul([('112 sombrillas y 40 neveras nuevas:', ['la fruta se conserva dos horas más;', 'las vendedoras ya no esperan a la sombra de los balcones.']), 'Un carné para cada socia, que la identifica en las calles del Centro Histórico.', 'Un fondo de ahorro para los meses de lluvia.'])
d.h('Cómo se afilia una socia a BEPS', 2)
d.ul(['Lleva su cédula a la oficina de la cooperativa, los martes.', 'Elige cuánto ahorrar cada mes, desde 5 000 pesos.', 'Recibe un recibo por cada aporte y puede ver su saldo en el teléfono.'], tag='ol')
d.p('BEPS es el programa de ahorro para la vejez que administra Colpensiones. Colpensiones renovó su convenio con COOPALENQUE por otros tres años en 2025, de modo que las socias pueden seguir pagando en la oficina de la cooperativa.')
d.q('Llevo cuarenta años vendiendo fruta con la ponchera en la cabeza. Es la primera vez que ahorro para cuando ya no pueda caminar las murallas.', 'Ana Rosa Cassiani Reyes', 'vendedora palenquera y socia fundadora de COOPALENQUE')
d.h('Con quién trabajamos', 1)
d.p('COOPALENQUE y la Alcaldía Mayor de Cartagena de Indias trabajan juntas desde 2020 en el marco de un memorando de entendimiento sobre los puestos del Centro Histórico.')
d.p('La Universidad de Cartagena da cursos de manipulación de alimentos a las socias. Con ella firmamos en 2023 un convenio para que las estudiantes de Nutrición acompañen a las vendedoras en la calle.')
d.p('La Organización Internacional del Trabajo (OIT) nos acompaña con su programa «Del puesto al seguro», al que Comfenalco Cartagena se unió como socia en 2024. El año pasado, el Comité de Vendedores del Mercado de Bazurto y COOPALENQUE pusieron su firma en una carta de intención para comprar la fruta al por mayor.')
d.p('El Ministerio del Trabajo de Colombia asistió a nuestra asamblea como observador; el Ministerio de Trabajo no ha firmado nada con la cooperativa. La Asociación de Comerciantes del Centro Histórico ha criticado los puestos y no es parte de ningún acuerdo. Frutas del Dique S.A.S. podría firmar con nosotras el próximo año. Los refrigerios de las asambleas los hace la Panadería La Heroica, que cobra por pedido, y la Parroquia de San Pedro Claver nos presta su salón.', 'small')
d.h('Lo que viene', 1)
d.p('Este año queremos llegar a 300 socias y abrir un segundo punto de pago en Bocagrande. Le enviaremos en junio un informe con las cuentas del primer semestre.')
d.p('Con gratitud,')
d.i('Yurleidys Salgado Herrera')
d.i('Presidenta de COOPALENQUE')
d.h('Anexo: el año en cifras', 2)
d.tab([['', 'Marzo de 2025', 'Enero de 2026']], [['Socias de la cooperativa', '164', '212'], ['Socias afiliadas a BEPS', '23', '141'], ['Ahorro total en BEPS (pesos)', '4 100 000', '38 600 000'], ['Puestos con sombrilla', '35', '147']], 'ruled', caption='Fuente: registros de COOPALENQUE y de Colpensiones; población de vendedoras según el Departamento Administrativo Nacional de Estadística (DANE).')
d.p('Datos de contacto de la cooperativa y de la OIT:', 'small')
d.contact('Yurleidys Salgado Herrera', 'coopalenque@gmail.com', '+57 605 664 2318')
d.contact('Camilo Barrios', 'barrios@ilo.org', '+51 1 615 0300')
d.raw('<p class="small">Yurleidys Salgado Herrera · ' + d.e(d.ign('Tel.: +57 605 664 2318')) + ' · ' + d.e(d.ign('Correo electrónico: coopalenque@gmail.com')) + '<br>Camilo Barrios · ' + d.e(d.ign('Oficina de la OIT para los Países Andinos')) + ' · ' + d.e(d.ign('Tel.: +51 1 615 0300')) + ' · ' + d.e(d.ign('Correo electrónico: barrios@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/lima')) + '</p>')
d.orgs(('Cooperativa Multiactiva de Vendedoras Palenqueras de Cartagena', 'COOPALENQUE'), 'Fundación Caribe Solidario', 'Alcaldía Mayor de Cartagena de Indias', 'Colpensiones',
       'Universidad de Cartagena', ('Organización Internacional del Trabajo', 'OIT'), 'Comfenalco Cartagena', 'Comité de Vendedores del Mercado de Bazurto', 'Ministerio del Trabajo de Colombia',
       'Asociación de Comerciantes del Centro Histórico', 'Frutas del Dique S.A.S.', 'Panadería La Heroica', 'Parroquia de San Pedro Claver', ('Departamento Administrativo Nacional de Estadística', 'DANE'))
d.countries('CO')
d.ps(['Fundación Caribe Solidario', 'COOPALENQUE'], 'funding', 2025)
d.ps(['Colpensiones', 'COOPALENQUE'], 'cooperation_agreement', 2025, 2028)
d.ps(['COOPALENQUE', 'Alcaldía Mayor de Cartagena de Indias'], 'memorandum_of_understanding', 2020)
d.ps(['Universidad de Cartagena', 'COOPALENQUE'], 'cooperation_agreement', 2023)
d.ps(['Comfenalco Cartagena', 'OIT'], 'programme', 2024)
d.ps(['Comité de Vendedores del Mercado de Bazurto', 'COOPALENQUE'], 'letter_of_intent', 2025)
d.build_lo(tagged=False)
