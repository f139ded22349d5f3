from common import *
css = '''
body{font-family:"DejaVu Sans";font-size:9.5pt} p{margin:0 0 5pt 0}
p.kind{font-size:8pt;font-weight:bold;color:#b22222;letter-spacing:2pt} h1.title{font-size:20pt;color:#003f7f;margin:2pt 0 4pt 0}
p.lead{font-size:10.5pt;color:#333} h2{font-size:13pt;color:#003f7f;margin:10pt 0 3pt 0} h3{font-size:10pt;color:#b22222}
table.meta td{padding:2pt 6pt;background:#eef3f9;font-size:9pt}
table.script{border-collapse:collapse;width:100%} table.script th{background:#003f7f;color:#fff;padding:3pt;text-align:left} table.script td{border-bottom:1px solid #999;padding:3pt;vertical-align:top;font-size:9pt}
table.ruled{border-collapse:collapse;width:100%} table.ruled th{border-bottom:2px solid #003f7f;text-align:left} table.ruled td{border-bottom:1px solid #bbb}
p.caption{font-size:7.5pt;font-style:italic} blockquote{margin:6pt 24pt;font-family:"DejaVu Serif";font-size:11pt;color:#003f7f} p.who{font-size:8pt;color:#333}
td.contact{background:#eef3f9;padding:6pt}
'''
d = HTML('blind10-09-es-guion-radio-mercados', 'es', 'libreoffice', 'blind-radio-script', 'seguridad social para vendedores de mercados por cuenta propia', css=css)
d.i('GUION DE CUÑA RADIAL · CAMPAÑA «TU MERCADO TE PROTEGE»', 'p', 'kind')
d.T('Vender en el mercado y estar asegurada: sí se puede')
d.p('Guion de una cuña de 60 segundos para radios locales de San Salvador y Santa Ana, con notas para la emisora y datos de la campaña', 'lead')
d.tab([], [['Campaña', 'Tu mercado te protege'], ['Duración', '60 segundos'], ['Emisión', 'del 3 al 28 de noviembre de 2025, en horario de mercado (5:00 a 9:00)'], ['Producción', 'Unidad de comunicación de la OIT en San Salvador']], cls='meta', colw=['25%', '75%'])
d.h('Guion')
d.tab([['Tiempo', 'Quién', 'Texto']],
      [['0:00', 'CONTROL', 'Ruido de mercado. Sube y baja. Queda de fondo.'],
       ['0:04', 'VENDEDORA', 'Llevo veinte años vendiendo pupusas aquí en el mercado. Y cuando me enfermé, no tenía ni un centavo para la clínica.'],
       ['0:14', 'LOCUTOR', 'Doña Marta no sabía que ahora las vendedoras y los vendedores por cuenta propia pueden inscribirse en el Instituto Salvadoreño del Seguro Social (ISSS).'],
       ['0:24', 'VENDEDORA', '¿Y cuánto cuesta eso?'],
       ['0:27', 'LOCUTOR', 'Desde 15 dólares al mes, y le dan consulta, medicinas, incapacidad y maternidad.'],
       ['0:36', 'CONTROL', 'Cortina musical de marimba.'],
       ['0:40', 'LOCUTORA', 'Inscríbase en el módulo del ISSS dentro de su mercado, todos los martes. Traiga solo su DUI.'],
       ['0:52', 'LOCUTOR', 'Tu mercado te protege. Una campaña del ISSS, de las asociaciones de vendedores y de la OIT.'],
       ['0:58', 'CONTROL', 'Sube música y cierra.']], cls='script', colw=['10%', '17%', '73%'])
d.h('Notas para la emisora', 2, tag='h3')
d.ul(['Pasar la cuña tres veces por mañana, de lunes a sábado.', ('No cambiar:', ['el monto de la cuota;', 'el día del módulo en el mercado.']),
      'Radio Mercado Central transmite la cuña bajo un contrato de pauta pagada.'])
d.raw('<p style="page-break-before:always"></p>')
d.h('¿Por qué esta campaña?')
d.p('En los mercados municipales de San Salvador y Santa Ana trabajan unas 38.000 personas, siete de cada diez mujeres. Solo el 6 por ciento cotiza al seguro social. Desde 2024, el régimen especial para trabajadores por cuenta propia permite cotizar por una cuota fija mensual.')
d.tab([['Mercado', 'Puestos', 'Inscritas en 2025']], [['Mercado Central', '4.200', '690'], ['Mercado La Tiendona', '2.900', '310'], ['Mercado Colón, Santa Ana', '1.800', '245']], caption='Cuadro 1. Inscripciones en los módulos del ISSS, enero a octubre de 2025.')
d.q('Pensé que el seguro era solo para los que tienen patrón. Ahora pago mi cuota el martes, cuando viene el módulo, y ya me atendieron en la clínica.', 'Marta Elena Guardado', 'vendedora del Mercado Central')
d.h('Quiénes hacen la campaña')
d.p('España, a través de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID), financia la campaña: su subvención a la Organización Internacional del Trabajo (OIT) cubre el periodo 2024-2026.')
d.p('Un memorando de entendimiento fue suscrito en mayo de 2025 por el Ministerio de Trabajo y Previsión Social (MTPS), la Federación de Asociaciones de Vendedores de Mercados de El Salvador (FEDAVEM) y la OIT.')
d.p('El ISSS y la Alcaldía de San Salvador Centro tienen un convenio desde 2023 para instalar los módulos dentro de los mercados municipales.')
d.p('Al mes siguiente de la firma del memorando, la Cooperativa Vendedores Unidos del Mercado Central y la Caja de Crédito de Santa Ana intercambiaron cartas de intención para ofrecer una cuenta de ahorro ligada a la cuota.')
d.p('La campaña forma parte del programa conjunto de la OIT, el Programa de las Naciones Unidas para el Desarrollo (PNUD) y UNICEF sobre protección social, iniciado en 2022 y que termina en 2026.')
d.p('El Banco Interamericano de Desarrollo (BID) participa como observador. Las cifras provienen de la Dirección General de Estadística y Censos (DIGESTYC). Se conversó con una universidad para evaluar la campaña, pero no se ha firmado nada.')
d.raw('<table style="width:100%"><tr><td class="contact">')
d.h('Contacto', 2, tag='h3')
d.contact('Ricardo Alvarenga', 'alvarenga@ilo.org', '+503 2248 7400')
d.raw('<p><b>Ricardo Alvarenga</b></p>')
for s in ['Oficial de comunicación, OIT San Salvador', 'Tel.: +503 2248 7400', 'Correo electrónico: alvarenga@ilo.org']: d.i(s)
d.raw(f'<p>{d.e(d.link("www.ilo.org/sanjose"))}</p></td></tr></table>')
d.orgs(('Instituto Salvadoreño del Seguro Social', 'ISSS'), ('Organización Internacional del Trabajo', 'OIT'), ('Agencia Española de Cooperación Internacional para el Desarrollo', 'AECID'),
       ('Ministerio de Trabajo y Previsión Social', 'MTPS'), ('Federación de Asociaciones de Vendedores de Mercados de El Salvador', 'FEDAVEM'), 'Alcaldía de San Salvador Centro',
       'Cooperativa Vendedores Unidos del Mercado Central', 'Caja de Crédito de Santa Ana', ('Programa de las Naciones Unidas para el Desarrollo', 'PNUD'), ('UNICEF', None),
       ('Banco Interamericano de Desarrollo', 'BID'), ('Dirección General de Estadística y Censos', 'DIGESTYC'), 'Radio Mercado Central', 'OIT San Salvador')
d.countries('SV', 'ES')
d.ps(['AECID', 'OIT'], 'funding', 2024, 2026)
d.ps(['MTPS', 'FEDAVEM', 'OIT'], 'memorandum_of_understanding', 2025)
d.ps(['ISSS', 'Alcaldía de San Salvador Centro'], 'cooperation_agreement', 2023)
d.ps(['Cooperativa Vendedores Unidos del Mercado Central', 'Caja de Crédito de Santa Ana'], 'letter_of_intent', 2025)
d.ps(['OIT', 'PNUD', 'UNICEF'], 'programme', 2022, 2026)
d.build_lo(tagged=False)
