from common import *
css = '''@page{size:21.59cm 27.94cm;margin:1.3cm 1.6cm 1.4cm 1.6cm} body{font-family:"Liberation Sans";font-size:9pt}
h1{font-family:"Liberation Sans";font-size:19pt;color:#003b5c;margin:2pt 0} h2{font-family:"Liberation Sans";font-size:11pt;color:#ffffff;background:#003b5c;margin:6pt 0 2pt}
h3{font-family:"Liberation Sans";font-size:9.5pt;color:#c8102e;margin:4pt 0 1pt} p{margin:0 0 3pt 0} .fig{font-size:20pt;color:#c8102e}
.small{font-size:7.5pt} .cap{font-size:7.5pt;font-style:italic}'''
b = HTML('blind6-10-es-construccion-panama', 'es', 'libreoffice', 'blind-results-sheet-onepage', 'seguridad y salud en la construcción', css=css)
b.raw('<div title="footer"><p class="small">'); F = b.furn('OIT San José · Hoja de resultados · Página 1 de 1')
b.raw('OIT San José · Hoja de resultados · Página <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> de 1</p></div>')
b.i('Oficina de la OIT para América Central, Haití, Panamá y República Dominicana · Hoja de resultados', cls='small')
b.T('Obras más seguras en la Ciudad de Panamá', tag='h1', cls='')
b.p('Resultados del proyecto «Altura Segura», 2022-2025', cls='')
b.raw('<table width="100%" cellpadding="4" cellspacing="0"><tr>')
for n, l in [('−38 %', 'caídas de altura con baja médica'), ('4.200', 'trabajadores formados'), ('310', 'supervisores certificados'), ('27', 'obras con comité activo')]:
    b.raw('<td width="25%" valign="top" bgcolor="#eef3f7"><p class="fig">' + b.e(b.ign(n)) + '</p><p class="small">' + b.e(b.ign(l)) + '</p></td>')
b.raw('</tr></table>')
b.raw('<table width="100%" cellpadding="6" cellspacing="0"><tr><td width="58%" valign="top">')
b.h('1. El problema', 1)
b.p('El auge de la construcción en la Ciudad de Panamá ha traído empleo, pero también accidentes: las caídas desde andamios y losas son la primera causa de muerte en el sector. ¿Por qué se repiten? Porque muchas obras subcontratan sin exigir formación ni equipos.')
b.h('2. Lo que hicimos', 1)
b.ul([('Formación en obra:', ['cursos de cuatro horas sobre arneses, andamios y bordes de losa', 'simulacros de rescate en altura']),
      'Certificación de supervisores de seguridad.', 'Un sistema de alerta por mensajes para inspectores.'])
b.h('3. Quiénes participaron', 1)
b.p('Con el apoyo del Departamento de Trabajo de los Estados Unidos (USDOL), que financia el proyecto desde 2022, la Organización Internacional del Trabajo (OIT) trabajó con los actores del sector.')
b.p('Un protocolo de seguridad para trabajos en altura fue firmado en 2023 por el Ministerio de Trabajo y Desarrollo Laboral (MITRADEL), la Cámara Panameña de la Construcción (CAPAC) y el Sindicato Único Nacional de Trabajadores de la Industria de la Construcción y Similares (SUNTRACS).')
b.p('La Caja de Seguro Social (CSS) y la OIT firmaron en 2024 un convenio de colaboración, vigente hasta 2027, para cruzar los datos de accidentes con los registros de obra.')
b.p('Constructora Istmeña S.A. fue la primera empresa en comprometerse por escrito: firmó una carta de intención con la CAPAC (2025) para aplicar el protocolo en todas sus obras.')
b.p('El Instituto Nacional de Formación Profesional y Capacitación para el Desarrollo Humano (INADEH) impartió parte de los cursos mediante un contrato de servicios.')
b.raw('</td><td width="42%" valign="top">')
b.h('Indicadores', 3)
b.raw('<table class="ruled" border="1" cellpadding="3" cellspacing="0" width="100%">')
b.buf.pop()
b.tab([['Indicador', '2022', '2025']], [['Caídas con baja, por 1.000 trabajadores', '8,7', '5,4'], ['Obras inspeccionadas al año', '140', '365'], ['Mujeres entre los formados', '3 %', '9 %']], cls='ruled')
b.i('Fuente: MITRADEL y CSS; cifras de 2025 a septiembre.', cls='cap')
b.raw('<table width="100%" cellpadding="8" cellspacing="0"><tr><td bgcolor="#c8102e">')
b.raw('<p><font color="#ffffff" size="3"><i>')
t, s, r = b.quote('Antes subíamos sin arnés porque no había dónde amarrarlo. Ahora la línea de vida se instala antes que el primer andamio.', 'Luis Ábrego', 'armador, obra de la Vía Israel')
b.raw('«' + b.e(t) + '»</i></font></p><p><font color="#ffffff" size="1">— ' + b.e(s) + ', ' + b.e(r) + '</font></p></td></tr></table>')
b.h('Lo que sigue', 3)
b.ul(['Extender el protocolo a Colón y Panamá Oeste.', 'Incluir la seguridad en altura en los pliegos de obra pública.'])
b.p('El Banco Interamericano de Desarrollo (BID) y la Autoridad del Canal de Panamá (ACP) han pedido conocer la experiencia.')
b.h('Contacto', 3)
b.raw('<p><b>Ana Gabriela Pinzón</b></p>'); b.contact('Ana Gabriela Pinzón', 'pinzon@ilo.org', '+506 2207 8700')
for x in ['Coordinadora del proyecto «Altura Segura»', 'Tel.: +506 2207 8700', 'Correo electrónico: pinzon@ilo.org']: b.i(x, cls='small')
b.raw('<p class="small">' + b.e(b.link('www.ilo.org/sanjose')) + '</p>')
b.raw('</td></tr></table>')
b.buf = [x.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="3" cellspacing="0" width="100%">') for x in b.buf]
b.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Oficina de la OIT para América Central, Haití, Panamá y República Dominicana',), ('Departamento de Trabajo de los Estados Unidos', 'USDOL'),
       ('Ministerio de Trabajo y Desarrollo Laboral', 'MITRADEL'), ('Cámara Panameña de la Construcción', 'CAPAC'),
       ('Sindicato Único Nacional de Trabajadores de la Industria de la Construcción y Similares', 'SUNTRACS'), ('Caja de Seguro Social', 'CSS'), ('Constructora Istmeña S.A.',),
       ('Instituto Nacional de Formación Profesional y Capacitación para el Desarrollo Humano', 'INADEH'), ('Banco Interamericano de Desarrollo', 'BID'), ('Autoridad del Canal de Panamá', 'ACP'), ('OIT San José',))
b.countries('PA', 'HT', 'DO', 'US')
b.ps(['USDOL', 'OIT'], 'funding', 2022)
b.ps(['MITRADEL', 'CAPAC', 'SUNTRACS'], 'memorandum_of_understanding', 2023)
b.ps(['CSS', 'OIT'], 'cooperation_agreement', 2024, 2027)
b.ps(['Constructora Istmeña S.A.', 'CAPAC'], 'letter_of_intent', 2025)
b.build_lo()
