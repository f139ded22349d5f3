from common import *
css = '''@page{size:A4;margin:0}.page{height:297mm;position:relative;padding:18mm 14mm 14mm;box-sizing:border-box;overflow:hidden}.page+.page{break-before:page}body{margin:0;font-family:"DejaVu Sans";font-size:9pt;line-height:1.32;color:#161616}
.hdr{position:absolute;top:8mm;left:14mm;right:14mm;font-size:7.5pt;color:#155e75;border-bottom:0.5px solid #155e75;margin:0}
.ftr{position:absolute;bottom:7mm;left:14mm;right:14mm;font-size:7.5pt;color:#555;text-align:right;margin:0}
.kind{font-size:8pt;font-weight:bold;color:#fff;background:#155e75;display:inline-block;padding:2px 6px;margin:0}
h1.title{font-size:24pt;margin:4px 0 2px;color:#0e3c4a}.lead{font-size:10.5pt;margin:0 0 6px}
.cols{column-count:2;column-gap:8mm}.q{break-inside:avoid;border:1px solid #9cc;padding:6px 10px;margin:0 0 7px;font-size:10.5pt;line-height:1.35}
h2{font-size:12pt;color:#155e75;margin:6px 0 3px}h3{font-size:9.5pt;margin:5px 0 2px}p{margin:0 0 4px}
ol.quiz{padding-left:18px;margin:0}ol.opt{list-style:lower-alpha;padding-left:16px;margin:2px 0}
.box{display:inline-block;width:14mm;height:9mm;border:1.4px solid #155e75;vertical-align:middle;margin-left:3px}
.ans{font-size:9pt;color:#155e75;margin:2px 0 0}
.key{background:#e6f2f5;padding:5px 8px;margin:6px 0}
table.ruled{border-collapse:collapse;width:100%;font-size:8pt}table.ruled th{border-bottom:1.2px solid #155e75;text-align:left;padding:2px}table.ruled td{border-bottom:0.4px solid #aaa;padding:2px}
.caption{font-size:7pt;font-style:italic}blockquote{margin:6px 0;padding:4px 8px;border-left:3px solid #155e75}blockquote p{font-style:italic;font-size:10pt}blockquote p.who{font-style:normal;font-size:8pt}'''
d = HTML('blind14-08-es-cuestionario-marineros-paraguay', 'es', 'chromium', 'blind-quiz-sheet', 'marineros fluviales, jornada y seguridad social', css=css)
HL, FR = 'Cuestionario para tripulaciones fluviales · Río Paraguay', 'OIT Paraguay · Edición 2025'
def pagefurn(n):
    d.raw('<p class="hdr">' + d.e(d.furn(HL)) + '</p><p class="ftr">' + d.e(d.furn(FR + ' · Página %d de 2' % n)) + '</p>')
d.raw('<div class="page">'); pagefurn(1)
d.i('PONGA A PRUEBA LO QUE SABE', cls='kind')
d.T('¿Cuánto sabe de sus derechos a bordo?')
d.p('Seis preguntas para marineros, maquinistas y cocineros de los remolcadores y barcazas del río Paraguay. Marque una casilla por pregunta y compare con las respuestas de la página 2.', cls='lead')
d.h('Las preguntas')
qs = [('¿Cuántas horas de descanso le corresponden como mínimo en 24 horas?', ['6 horas', '10 horas', '14 horas']),
      ('¿Quién paga su atención médica si se lesiona a bordo?', ['Usted mismo', 'El Instituto de Previsión Social, si está afiliado', 'El puerto de destino']),
      ('¿Quiénes firmaron la carta de intención sobre literas y comedores?', ['La Armada y un astillero', 'Dos cámaras de comercio', 'Un gremio de armadores y el sindicato']),
      ('¿Cuánto tiempo puede durar un embarque sin volver a casa?', ['Lo que decida el capitán', 'Hasta 90 días, según el convenio colectivo', 'Sin límite']),
      ('¿Qué documento debe tener antes de zarpar?', ['Contrato de enrolamiento firmado', 'Solo la cédula de identidad', 'Ninguno']),
      ('¿A quién llama si le retienen el salario en un puerto argentino?', ['Al delegado del sindicato', 'A la aduana', 'A nadie: es normal'])]
out = ['<div><ol class="quiz">']
for q, opts in qs:
    out.append('<li class="q">' + d.e(d.bullet(q, 1)) + '<ol class="opt">' + ''.join('<li>' + d.e(d.bullet(o, 2)) + '</li>' for o in opts) + '</ol>')
    out.append('<p class="ans">' + d.e(d.ign('Su respuesta:')) + ' <span class="box"></span></p></li>')
out.append('</ol></div>')
d.raw(''.join(out))
d.raw('</div><div class="page">'); pagefurn(2)
d.raw('<div class="key">')
d.h('Respuestas', 2)
d.ul(['1: b) Diez horas, en no más de dos periodos.', '2: b) El IPS cubre la lesión desde el primer día de afiliación.',
      '3: c) El Centro de Armadores Fluviales y Marítimos (CAFyM) y el Sindicato de Marineros Fluviales del Paraguay (SIMAFLUP) firmaron la carta de intención en 2024.',
      '4: b) El convenio colectivo fija 90 días como máximo.', '5: a) Sin contrato firmado no se zarpa.', '6: a) El delegado activa la red de sindicatos del Paraná.'])
d.raw('</div>')
d.raw('<div class="cols">')
d.h('Quiénes trabajan juntos')
d.p('El memorando de entendimiento sobre jornadas de navegación fue firmado en 2023 por el Ministerio de Trabajo, Empleo y Seguridad Social (MTESS), el Instituto de Previsión Social (IPS) y el SIMAFLUP.')
d.p('La Administración Nacional de Navegación y Puertos (ANNP) y la Universidad Nacional de Asunción (UNA) tienen un convenio vigente desde 2019; en 2024 se renovó por cuatro años más, hasta 2028.')
d.p('Italia apoya la campaña mediante la Agencia Italiana de Cooperación para el Desarrollo (AICS), que otorgó a la Organización Internacional del Trabajo (OIT) una donación para 2025-2027.')
d.p('Desde 2024, la OIT y la Organización Marítima Internacional (OMI) llevan adelante un programa conjunto sobre la formación de tripulaciones en la hidrovía.')
d.p('La Prefectura General Naval asistió como observadora. Con la Cámara Paraguaya de Exportadores y Comercializadores de Cereales y Oleaginosas (CAPECO) no se ha firmado nada. El astillero Tsuji S.A. imprimió los carteles por encargo, y las cifras provienen del Instituto Nacional de Estadística (INE).')
d.h('La flota en cifras', 2)
d.tab([['', '2022', '2025']], [['Tripulantes registrados', '4 120', '4 870'], ['Afiliados al IPS', '1 380', '2 960'], ['Accidentes con baja', '96', '61']], caption='Fuente: SIMAFLUP e INE.')
d.q('En el río uno pierde la cuenta de los días. El cuestionario me hizo ver que llevaba cuatro meses sin bajar a tierra.', 'Rubén Cáceres', 'maquinista de remolcador, Villeta')
d.h('Contacto', 2)
d.contact('Lorena Benítez', 'benitez@ilo.org', '+595 21 611 504')
d.raw('<p>Lorena Benítez<br>' + d.e(d.ign('Oficina de la OIT, Asunción')) + '<br>' + d.e(d.ign('Tel.: +595 21 611 504')) + '<br>' + d.e(d.ign('Correo electrónico: benitez@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/santiago')) + '</p>')
d.raw('</div></div>')
d.orgs(('Instituto de Previsión Social', 'IPS'), 'Armada', ('Centro de Armadores Fluviales y Marítimos', 'CAFyM'), ('Sindicato de Marineros Fluviales del Paraguay', 'SIMAFLUP'),
       ('Ministerio de Trabajo, Empleo y Seguridad Social', 'MTESS'), ('Administración Nacional de Navegación y Puertos', 'ANNP'), ('Universidad Nacional de Asunción', 'UNA'),
       ('Agencia Italiana de Cooperación para el Desarrollo', 'AICS'), ('Organización Internacional del Trabajo', 'OIT'), ('Organización Marítima Internacional', 'OMI'), 'Prefectura General Naval',
       ('Cámara Paraguaya de Exportadores y Comercializadores de Cereales y Oleaginosas', 'CAPECO'), 'astillero Tsuji S.A.', ('Instituto Nacional de Estadística', 'INE'))
d.countries('PY', 'IT')
d.ps(['CAFyM', 'SIMAFLUP'], 'letter_of_intent', 2024)
d.ps(['MTESS', 'IPS', 'SIMAFLUP'], 'memorandum_of_understanding', 2023)
d.ps(['ANNP', 'UNA'], 'cooperation_agreement', 2019, 2028)
d.ps(['AICS', 'OIT'], 'funding', 2025, 2027)
d.ps(['OIT', 'OMI'], 'programme', 2024)
d.build_chromium()
