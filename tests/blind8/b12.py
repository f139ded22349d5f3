from common import *
css = '''@page{size:A4;margin:0}
body{font-family:"Liberation Serif",serif;font-size:10pt;color:#222;margin:0}
.page{box-sizing:border-box;height:296mm;padding:22mm 22mm 16mm 22mm;position:relative;page-break-after:always}
.page:last-child{page-break-after:auto}
.rh{position:absolute;top:9mm;left:22mm;right:22mm;font-family:"Liberation Sans";font-size:7.5pt;color:#7b2d26;display:flex;justify-content:space-between;border-bottom:0.5pt solid #7b2d26;padding-bottom:1mm}
.rf{position:absolute;bottom:8mm;left:22mm;right:22mm;font-family:"Liberation Sans";font-size:7.5pt;color:#777;text-align:center}
.kind{font-family:"Liberation Sans";font-size:9pt;color:#7b2d26;font-weight:bold;margin:0 0 1mm 0}
h1.title{font-family:"Liberation Sans";font-size:19pt;margin:0 0 2mm 0;color:#3b1410}
.st{font-size:11pt;font-style:italic;margin:0 0 4mm 0}
table.meta{border-collapse:collapse;width:100%;font-size:9pt;margin-bottom:4mm;background:#f8f1ee}
table.meta td{padding:1.2mm 2mm;vertical-align:top}
table.meta td:first-child{font-family:"Liberation Sans";font-weight:bold;width:28%;color:#7b2d26}
h2{font-family:"Liberation Sans";font-size:12pt;color:#7b2d26;margin:4mm 0 1.5mm 0}
h3{font-family:"Liberation Sans";font-size:10pt;margin:3mm 0 1mm 0}
p{margin:0 0 2mm 0;text-align:justify;line-height:1.35}
ol,ul{margin:1mm 0 2mm 0;padding-left:6mm}ul.sub{list-style:square}
table.ruled{border-collapse:collapse;width:100%;font-size:8.8pt;margin:1mm 0}
table.ruled th{font-family:"Liberation Sans";border-top:1pt solid #3b1410;border-bottom:0.6pt solid #3b1410;text-align:left;padding:1.2mm}
table.ruled td{border-bottom:0.3pt solid #ccc;padding:1.2mm;vertical-align:top}
.caption{font-size:8pt;color:#666}
blockquote{margin:3mm 8mm;font-size:11pt;font-style:italic;border-left:2pt solid #7b2d26;padding-left:4mm}
blockquote .who{font-style:normal;font-size:8.5pt}
.contact{font-family:"Liberation Sans";font-size:8.5pt;border-top:0.6pt solid #7b2d26;padding-top:2mm;margin-top:4mm}.contact p{margin:0}'''
d = HTML('blind8-12-es-porteadores-cusco', 'es', 'chromium', 'blind-workshop-report', 'condiciones de trabajo de los porteadores', css=css)
def head(n):
    d.raw('<div class="page"><div class="rh">'); d.fu('OIT · Oficina para los Países Andinos', tag='span'); d.fu('Relatoría del taller de Ollantaytambo', tag='span'); d.raw('</div>')
def foot(n):
    d.fu(f'Página {n} de 2', cls='rf'); d.raw('</div>')
head(1)
d.i('RELATORÍA', cls='kind')
d.T('Porteadores del Camino Inca: acuerdos para una carga justa y un seguro para todos')
d.p('Relatoría del taller tripartito celebrado en Ollantaytambo (Cusco) los días 23 y 24 de septiembre de 2025', cls='st')
d.tab([], [['Organizan', 'OIT y Federación de Porteadores del Camino Inca (FEPCI)'], ['Lugar', 'Hotel Los Portales del Valle, Ollantaytambo'], ['Participantes', '64 personas, 41 de ellas porteadores y porteadoras'], ['Relator', 'Julio César Huamán, consultor de la OIT']], cls='meta')
d.h('1. Contexto', 1)
d.p('Cada día, cerca de 2 500 porteadores suben al Camino Inca con las carpas, la comida y el equipaje de los turistas. La mayoría son campesinos quechuahablantes de comunidades de Calca, Urubamba y Paucartambo. La ley fija un peso máximo de 20 kilos, pero los controles de Piscacucho siguen registrando cargas de más de 25.')
d.p('¿Quién responde si un porteador se accidenta en el tercer día de caminata? Esa pregunta, planteada por la FEPCI, dio origen al taller.')
d.h('2. Marco del taller', 1)
d.p('El taller forma parte del programa conjunto que la Organización Internacional del Trabajo (OIT) y ONU Turismo iniciaron en 2024 sobre trabajo decente en destinos de montaña. Lo financia el Gobierno de Flandes, que otorgó a la OIT una subvención en 2024; la subvención está vigente hasta 2027.')
d.p('El Servicio Nacional de Áreas Naturales Protegidas por el Estado (SERNANP) y la FEPCI están unidos por un convenio de cooperación desde 2022. En la sesión de apertura, ambas instituciones anunciaron su renovación hasta 2028.')
d.h('3. Desarrollo', 1)
d.h('Primer día: diagnóstico', 2, tag='h3')
d.ul([('Exposiciones:', ['resultados de la encuesta a 380 porteadores, a cargo de la Universidad Nacional de San Antonio Abad del Cusco (UNSAAC);', 'marco legal de la Ley del Porteador, por la Defensoría del Pueblo.']), 'Trabajo en grupos por comunidad de origen.'])
d.q('Cargamos la casa entera del turista y dormimos en el suelo de la cocina. Queremos lo mismo que cualquier trabajador: seguro, pago a tiempo y respeto.', 'Valentina Quispe Huaman', 'porteadora, comunidad de Huilloc')
d.h('Segundo día: negociación', 2, tag='h3')
d.p('Las agencias, los porteadores y la autoridad regional discutieron tres propuestas: balanzas en cada punto de control, un pago mínimo por día de caminata y la afiliación al seguro de salud.')
foot(1)
head(2)
d.h('4. Acuerdos', 1)
d.p('Al cierre del taller, la Asociación de Agencias de Turismo del Cusco (AATC), la FEPCI y la Dirección Regional de Trabajo y Promoción del Empleo del Cusco (DRTPE Cusco) firmaron un memorando de entendimiento con los siguientes compromisos:')
d.ul(['instalar balanzas calibradas en Piscacucho y en Wiñay Wayna antes de la temporada 2026;', 'pagar al porteador al terminar cada ruta, nunca al final del mes;', ('garantizar en cada campamento:', ['un espacio techado para dormir;', 'la misma comida que reciben los turistas.'])], tag='ol')
d.p('Además, EsSalud y la FEPCI firmaron una carta de intención para afiliar a los porteadores al régimen de seguro agrario, con aportes compartidos entre las agencias y el Estado.')
d.h('5. Próximos pasos', 1)
d.tab([['Acción', 'Responsable', 'Plazo']], [['Reglamento de balanzas', 'SERNANP y DRTPE Cusco', 'Diciembre de 2025'], ['Campaña de afiliación', 'EsSalud y FEPCI', 'Marzo de 2026'], ['Primer informe de seguimiento', 'OIT', 'Junio de 2026']], cls='ruled')
d.h('6. Participantes', 1)
d.tab([['Institución', 'Personas']], [['FEPCI y sindicatos de base', '41'], ['AATC y agencias asociadas', '9'], ['SERNANP, DRTPE Cusco, EsSalud', '7'], ['UNSAAC y Defensoría del Pueblo', '4'], ['OIT y ONU Turismo', '3']], cls='ruled',
      caption='Cuadro 2. Asistentes por institución. Datos de población del Instituto Nacional de Estadística e Informática (INEI).')
d.raw('<div class="contact">'); d.h('Contacto', 2, tag='h3')
d.contact('Carmen Rosa Apaza', 'apaza@ilo.org', '+51 1 615 0300')
d.raw('<p>Carmen Rosa Apaza, ' + d.e(d.ign('especialista en empleo rural')) + ' · ' + d.e(d.ign('Tel.: +51 1 615 0300')) + ' · ' + d.e(d.ign('Correo electrónico: apaza@ilo.org')) + '</p><p>' + d.e(d.link('www.ilo.org/lima')) + '</p></div>')
foot(2)
d.orgs(('Organización Internacional del Trabajo', 'OIT'), 'OIT · Oficina para los Países Andinos', ('Federación de Porteadores del Camino Inca', 'FEPCI'), 'Hotel Los Portales del Valle', 'ONU Turismo', 'Gobierno de Flandes',
       ('Servicio Nacional de Áreas Naturales Protegidas por el Estado', 'SERNANP'), ('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC'), 'Defensoría del Pueblo',
       ('Asociación de Agencias de Turismo del Cusco', 'AATC'), ('Dirección Regional de Trabajo y Promoción del Empleo del Cusco', 'DRTPE Cusco'), 'EsSalud', ('Instituto Nacional de Estadística e Informática', 'INEI'))
d.t['organizations'][1]['name'] = 'Oficina para los Países Andinos'
d.countries('PE')
d.ps(['OIT', 'ONU Turismo'], 'programme', 2024)
d.ps(['Gobierno de Flandes', 'OIT'], 'funding', 2024, 2027)
d.ps(['SERNANP', 'FEPCI'], 'cooperation_agreement', 2022, 2028)
d.ps(['AATC', 'FEPCI', 'DRTPE Cusco'], 'memorandum_of_understanding', 2025)
d.ps(['EsSalud', 'FEPCI'], 'letter_of_intent', 2025)
d.build_chromium()
