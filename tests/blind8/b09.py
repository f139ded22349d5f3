from common import *
css = '''body{font-family:"Liberation Sans";font-size:10pt}
.kicker{font-size:9pt;font-weight:bold;color:#ffffff;background:#4b7d1e;letter-spacing:2pt}
h1.title{font-size:21pt;color:#2f5311;margin-top:4pt}
.lead{font-size:11.5pt;color:#444}
h2{font-size:13.5pt;color:#2f5311;border-bottom:1.5pt solid #9cc36a}
h3{font-size:11pt;color:#8a5a00}
ol.steps li{margin-bottom:4pt}
table.gloss td{padding:2pt 4pt;vertical-align:top;font-size:9.5pt}
table.ruled td, table.ruled th{border:1px solid #9cc36a;padding:3pt;font-size:9.5pt}
table.ruled th{background:#e8f2dc}
.caption{font-size:8.5pt;color:#666}
blockquote{margin-left:1.2cm;margin-right:1.2cm;color:#2f5311;font-size:11pt;font-style:italic}
.who{font-style:normal;font-size:9pt;color:#555}
.contact{background:#f0f5e8;font-size:9.5pt}'''
d = HTML('blind8-09-es-cardamomo-afiliacion', 'es', 'libreoffice', 'blind-steps-glossary', 'seguridad social de cortadores de cardamomo', css=css)
d.i('HOJA INFORMATIVA · TRABAJADORES TEMPORALES', cls='kicker')
d.T('Cortar cardamomo con seguro social: cinco pasos para afiliarse al IGSS')
d.p('Guía para cortadoras y cortadores de Cobán, San Pedro Carchá y Chisec durante la cosecha 2025–2026', cls='lead')
d.p('Cada año, más de 60 000 personas cortan cardamomo en Alta Verapaz entre agosto y febrero. La mayoría trabaja por jornal, sin contrato escrito, y no tiene derecho a atención médica si se lastima en la finca. Desde 2024, los trabajadores temporales pueden afiliarse al Instituto Guatemalteco de Seguridad Social (IGSS) con un trámite simplificado.')
d.h('¿Cómo me afilio? Paso a paso', 1)
d.ul(['Reúna sus documentos: su Documento Personal de Identificación (DPI) y, si tiene, su número de afiliación anterior.',
      ('Pida al finquero su constancia de trabajo. Debe indicar:', ['el nombre y el NIT de la finca;', 'la fecha en que empezó a cortar;', 'el pago por quintal o por día.']),
      'Preséntese en la mesa móvil del IGSS que visita cada finca participante los martes y jueves.',
      'Firme el formulario de inscripción; el personal del programa puede llenarlo con usted en q’eqchi’.',
      'Guarde su carné: con él recibe atención en el hospital del IGSS en Cobán y en los puestos de salud asociados.'], cls='steps', tag='ol')
d.h('¿Cuánto cuesta?', 2, tag='h3')
d.p('Nada para el trabajador durante la primera cosecha: la cuota laboral la cubre el programa. A partir de la segunda cosecha, el descuento es del 4,83 % del jornal.')
d.q('Me corté con el machete en la finca y por primera vez no tuve que pagar la clínica.', 'Marta Caal Choc', 'cortadora, San Pedro Carchá')
d.h('¿Quién está detrás del programa?', 1)
d.p('El proyecto «Cosecha segura» de la Organización Internacional del Trabajo (OIT) cuenta con fondos de la Agencia de Cooperación Internacional de Corea (KOICA), otorgados a la OIT mediante un acuerdo de contribución para 2024-2027.')
d.p('En 2024, el IGSS y la Asociación de Cardamomeros de Guatemala (Cardegua) firmaron un convenio de cooperación para llevar la mesa móvil a las fincas asociadas. Al año siguiente, el Ministerio de Trabajo y Previsión Social (MINTRAB), el IGSS y la OIT suscribieron un protocolo de inspección conjunta para la temporada de cosecha.')
d.p('La Cooperativa Integral Agrícola Rax Ch’och’ R.L. y Banrural firmaron en mayo de 2025 una carta de intención para que los socios cobren su jornal en una cuenta de ahorro sin costo.')
d.p('Las cifras provienen del Instituto Nacional de Estadística (INE) y del registro de fincas de Cardegua. La Municipalidad de Cobán presta su salón para las capacitaciones.')
d.tab([['Finca o zona', 'Mesas móviles', 'Personas afiliadas (oct. 2025)']], [['Cobán (12 fincas)', '3', '2 140'], ['San Pedro Carchá (9 fincas)', '2', '1 610'], ['Chisec (5 fincas)', '1', '730']], cls='ruled', caption='Cuadro 1. Afiliación en la primera mitad de la cosecha.')
d.h('Glosario', 1)
d.tab([], [['Afiliado', 'Persona inscrita en el IGSS que tiene derecho a sus servicios.'], ['Constancia de trabajo', 'Documento firmado por el empleador que prueba la relación laboral.'], ['Cuota laboral', 'Parte de la contribución que paga el trabajador, descontada del salario.'], ['Jornal', 'Pago por un día de trabajo.'], ['Quintal', 'Unidad de peso de 100 libras usada para pagar el corte.']], cls='gloss', colw=['28%', '72%'])
d.raw('<table class="contact" width="100%"><tr><td>')
d.h('Contacto', 2, tag='h3')
d.contact('Luis Fernando Tzul', 'tzul@ilo.org', '+502 2412 7100')
d.raw('<p>Luis Fernando Tzul<br/>' + d.e(d.ign('Coordinador del proyecto «Cosecha segura»')) + '<br/>' + d.e(d.ign('Tel.: +502 2412 7100')) + '<br/>' + d.e(d.ign('Correo electrónico: tzul@ilo.org')) + '<br/>' + d.e(d.link('www.ilo.org/sanjose')) + '</p></td></tr></table>')
d.orgs(('Instituto Guatemalteco de Seguridad Social', 'IGSS'), ('Organización Internacional del Trabajo', 'OIT'), ('Agencia de Cooperación Internacional de Corea', 'KOICA'),
       ('Asociación de Cardamomeros de Guatemala', 'Cardegua'), ('Ministerio de Trabajo y Previsión Social', 'MINTRAB'), 'Cooperativa Integral Agrícola Rax Ch’och’ R.L.', 'Banrural',
       ('Instituto Nacional de Estadística', 'INE'), 'Municipalidad de Cobán')
d.countries('GT', 'KR')
d.ps(['KOICA', 'OIT'], 'funding', 2024, 2027)
d.ps(['IGSS', 'Cardegua'], 'cooperation_agreement', 2024)
d.ps(['MINTRAB', 'IGSS', 'OIT'], 'memorandum_of_understanding', 2025)
d.ps(['Cooperativa Integral Agrícola Rax Ch’och’ R.L.', 'Banrural'], 'letter_of_intent', 2025)
d.buf = [x.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="3" cellspacing="0">') for x in d.buf]
d.build_lo()
