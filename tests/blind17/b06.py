from common import *
CSS = '''
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.4pt; line-height: 1.4; color: #222 }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 17mm 18mm 15mm; position: relative; overflow: hidden; page-break-after: always }
.page:last-child { page-break-after: auto }
.head { position: absolute; top: 7mm; left: 18mm; right: 18mm; font-size: 7pt; color: #6d4c1f; border-bottom: 0.6px solid #6d4c1f; padding-bottom: 2px; display: flex; justify-content: space-between }
.kind { font-size: 7.5pt; font-weight: bold; letter-spacing: 2px; color: #6d4c1f; margin: 0 0 2px }
h1.title { font-family: "DejaVu Serif"; font-size: 18pt; line-height: 1.15; margin: 0 0 3px; color: #3b2407 }
p.lead { font-style: italic; margin: 0 0 7px }
h2 { font-size: 10.5pt; margin: 9px 0 3px; color: #3b2407; text-transform: none; border-left: 4px solid #c98b2b; padding-left: 5px }
h3 { font-size: 9pt; margin: 7px 0 2px; color: #6d4c1f }
p { margin: 0 0 4px }
table.kv { border-collapse: collapse; width: 100%; font-size: 8.3pt; border-top: 1.2px solid #3b2407; border-bottom: 1.2px solid #3b2407 }
table.kv td { padding: 2px 5px; border-bottom: 0.4px dotted #999; vertical-align: top } table.kv td:first-child { font-weight: bold; width: 28% }
table.ruled { border-collapse: collapse; width: 100%; font-size: 8pt; margin-top: 3px }
table.ruled th { background: #3b2407; color: #fff; text-align: left; padding: 2px 4px }
table.ruled td { border-bottom: 0.5px solid #aaa; padding: 2px 4px; vertical-align: top }
p.caption { font-size: 7pt; font-style: italic; margin: 2px 0 6px }
ul, ol { margin: 2px 0 5px; padding-left: 16px } li { margin-bottom: 1px } ul.sub { list-style: "– "; margin: 1px 0 }
blockquote.pull { margin: 6px 14mm; padding: 5px 10px; background: #f6ecdc; border-left: 3px solid #c98b2b }
blockquote.pull p { font-family: "DejaVu Serif"; font-style: italic; font-size: 10pt; margin: 0 } blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7.5pt; margin-top: 3px }
.sign { display: flex; justify-content: space-between; margin-top: 16mm } .sign p { border-top: 0.6px solid #333; width: 70mm; font-size: 7.5pt; padding-top: 2px }
.contact p { font-size: 7.8pt; margin: 0 }
'''
d = HTML('blind17-06-es-acta-sandona-trapiches', 'es', 'chromium', 'blind-meeting-minutes', 'quemaduras, jornada y seguridad social en los trapiches paneleros', css=CSS)
HL = 'Mesa Panelera de Sandoná · Acta N.º 3 de 2025'
def head(n):
    d.raw(f'<div class="head"><span>{d.e(d.furn(HL))}</span><span>{d.e(d.furn(f"Página {n} de 2"))}</span></div>')
d.raw('<div class="page">'); head(1)
d.i('ACTA DE REUNIÓN', cls='kind')
d.T('Mesa de trabajo decente en los trapiches paneleros de Sandoná')
d.p('Sandoná (Nariño), 14 de noviembre de 2025 — acta de la tercera sesión, leída y aprobada por los asistentes', cls='lead')
d.tab([], [['Fecha', '14 de noviembre de 2025'], ['Hora', 'De 9:00 a 12:30'], ['Lugar', 'Casa de la Cultura de Sandoná, salón prestado por la Alcaldía de Sandoná'], ['Preside', 'Sindicato de Corteros y Moledores de Caña de Nariño (SINCOMOCAN)'], ['Secretaría técnica', 'Organización Internacional del Trabajo (OIT)']], cls='kv')
d.h('Asistentes')
d.ul([('Por los trabajadores:', ['Jairo Muñoz y Rosa Elvira Delgado, SINCOMOCAN;', 'Luz Dary Pantoja, Cooperativa Multiactiva La Esperanza de Consacá.']),
      ('Por los productores:', ['Germán Ortiz, Federación Nacional de Productores de Panela (Fedepanela);', 'los dueños del Trapiche El Ingenio y del Trapiche San Isidro.']),
      ('Por las instituciones:', ['Mónica Erazo, de Positiva Compañía de Seguros, que se sumó como socia al programa de la OIT en 2023;', 'Andrés Benavides, Colpensiones;', 'Claudia Rosero, Servicio Nacional de Aprendizaje (SENA).']),
      'Como observadora asistió la Personería Municipal de Sandoná.'])
d.h('Orden del día')
d.ul(['Lectura y aprobación del acta de la segunda sesión.', 'Quemaduras y jornada en la molienda.', 'Afiliación a la seguridad social.', 'Financiación y alianzas.', 'Acuerdos y cierre.'], tag='ol')
d.h('Desarrollo de la reunión')
d.h('Punto 2 · Quemaduras y jornada en la molienda', 2)
d.p('SINCOMOCAN presentó los casos del año: catorce moledores y hornilleros atendidos por quemaduras, tres de ellos con incapacidad de más de un mes. En temporada de molienda las jornadas pasan de catorce horas, de madrugada a noche.')
d.p('La E.S.E. Hospital Clarita Santos y el sindicato colaboran desde 2022 al amparo de un convenio: el hospital atiende a los quemados sin cita y el sindicato lleva el registro de los accidentes. El Trapiche El Ingenio, el Trapiche San Isidro y SINCOMOCAN firmaron este año el Pacto del Fogón, que fija un descanso de diez horas entre turnos y guardas en los molinos.')
d.q('Nadie nos dijo nunca que una moledora quemada tiene derecho a incapacidad pagada. Lo supimos por el sindicato.', 'Rosa Elvira Delgado', 'moledora del Trapiche San Isidro', open_='«', close='»')
head_done = True
d.raw('</div><div class="page">'); head(2)
d.h('Punto 3 · Afiliación a la seguridad social', 2)
d.p('Colpensiones recordó que el año pasado firmó con Fedepanela un memorando de entendimiento para llevar el ahorro de Beneficios Económicos Periódicos a los trabajadores de trapiche. Positiva Compañía de Seguros explicó la afiliación a riesgos laborales por días trabajados.')
d.p('El Ministerio del Trabajo de Colombia envió un mensaje de apoyo, pero no es parte de ninguno de los acuerdos. Se acordó preguntar al Ministerio colombiano del Trabajo por el decreto de cotización por semanas.')
d.h('Punto 4 · Financiación y alianzas', 2)
d.p('La secretaría técnica informó que la Agencia Vasca de Cooperación para el Desarrollo aprobó una donación a la OIT para 2025-2027, con la que se pagan los cursos y las jornadas de afiliación. La Cooperativa Multiactiva La Esperanza de Consacá recibe financiación de Fedepanela desde 2023 para adelantar la primera cotización de sus socias.')
d.p('La Gobernación de Nariño fue invitada a sumarse a la mesa y las conversaciones con Bancamía están en curso; no hay nada firmado. Transportes Galeras S.A. lleva a los trabajadores a los cursos por contrato, y Panadería El Trapiche sirvió el refrigerio, pagado por pedido. Las cifras de población son del Departamento Administrativo Nacional de Estadística (DANE).')
d.h('Acuerdos y compromisos')
d.tab([['N.º', 'Compromiso', 'Responsable', 'Plazo']], [['1', 'Organizar dos jornadas de afiliación en las veredas', 'Colpensiones y Fedepanela', 'Febrero de 2026'],
      ['2', 'Seguir los cursos de primeros auxilios previstos en el convenio de 2024 entre el SENA y la Alcaldía de Sandoná', 'SENA', 'Marzo de 2026'],
      ['3', 'Instalar guardas en los molinos de los trapiches del Pacto del Fogón', 'Trapiche El Ingenio y Trapiche San Isidro', 'Junio de 2026'],
      ['4', 'Enviar el acta a la Personería Municipal', 'Secretaría técnica', 'Diciembre de 2025']], colw=['7%', '53%', '24%', '16%'],
      caption='Los plazos se revisarán en la cuarta sesión.')
d.p('La próxima sesión se celebrará en Consacá en febrero de 2026. Se levanta la sesión a las 12:30.')
d.raw('<div class="sign">')
d.i('Por SINCOMOCAN, quien preside'); d.i('Por la secretaría técnica (OIT)')
d.raw('</div>')
d.h('Contacto', 2)
d.contact('Natalia Guerrero', 'guerrero@ilo.org', '+57 601 325 0100')
d.raw('<div class="contact"><p>Natalia Guerrero</p>')
d.i('Oficina de la OIT para los Países Andinos, antena de Pasto'); d.i('Tel.: +57 601 325 0100'); d.i('Correo electrónico: guerrero@ilo.org')
d.raw(f'<p>{d.e(d.link("www.ilo.org/lima"))}</p></div>')
d.raw('</div>')
d.build_chromium()
d.orgs(('Sindicato de Corteros y Moledores de Caña de Nariño', 'SINCOMOCAN'), ('Organización Internacional del Trabajo', 'OIT'), 'Casa de la Cultura de Sandoná', 'Alcaldía de Sandoná',
       'Cooperativa Multiactiva La Esperanza de Consacá', ('Federación Nacional de Productores de Panela', 'Fedepanela'), 'Trapiche El Ingenio', 'Trapiche San Isidro',
       'Positiva Compañía de Seguros', 'Colpensiones', ('Servicio Nacional de Aprendizaje', 'SENA'), 'Personería Municipal de Sandoná', 'E.S.E. Hospital Clarita Santos',
       'Ministerio del Trabajo de Colombia', 'Agencia Vasca de Cooperación para el Desarrollo', 'Gobernación de Nariño', 'Bancamía', 'Transportes Galeras S.A.', 'Panadería El Trapiche',
       ('Departamento Administrativo Nacional de Estadística', 'DANE'), 'Mesa Panelera de Sandoná')
d.countries('CO')
d.ps(['E.S.E. Hospital Clarita Santos', 'SINCOMOCAN'], 'cooperation_agreement', 2022)
d.ps(['Trapiche El Ingenio', 'Trapiche San Isidro', 'SINCOMOCAN'], 'cooperation_agreement', 2025)
d.ps(['Positiva Compañía de Seguros', 'OIT'], 'partnership', 2023)
d.ps(['Colpensiones', 'Fedepanela'], 'memorandum_of_understanding', 2024)
d.ps(['Agencia Vasca de Cooperación para el Desarrollo', 'OIT'], 'funding', 2025, 2027)
d.ps(['Fedepanela', 'Cooperativa Multiactiva La Esperanza de Consacá'], 'funding', 2023)
d.ps(['SENA', 'Alcaldía de Sandoná'], 'cooperation_agreement', 2024)
json.dump(d.t, open(f'{D}/{d.id}.truth.json', 'w'), ensure_ascii=False, indent=1)
