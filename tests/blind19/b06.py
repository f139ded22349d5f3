from common import *
CSS = '''@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
body { font-family: "DejaVu Serif", serif; font-size: 9.5pt; color: #222; }
p.kind { font-family: "DejaVu Sans"; font-size: 8pt; font-weight: bold; color: #1e6b3a; letter-spacing: 2px; }
h1.title { font-family: "DejaVu Sans"; font-size: 19pt; color: #14402a; margin-bottom: 4pt; }
p.lead { font-style: italic; font-size: 10pt; }
h2 { font-family: "DejaVu Sans"; font-size: 12.5pt; color: #1e6b3a; margin-top: 10pt; }
h3 { font-family: "DejaVu Sans"; font-size: 10pt; color: #14402a; margin-top: 8pt; margin-bottom: 2pt; }
p.cl { margin-left: 8mm; font-size: 9.3pt; }
p.lab { font-family: "DejaVu Sans"; font-size: 7.5pt; font-weight: bold; color: #b03a2e; margin-left: 8mm; margin-bottom: 0; }
p.com { font-family: "DejaVu Sans"; font-size: 8.4pt; margin-left: 8mm; color: #333; }
p.small { font-family: "DejaVu Sans"; font-size: 8pt; }
p.caption { font-family: "DejaVu Sans"; font-size: 7.5pt; font-style: italic; }
table.ruled { border-collapse: collapse; font-family: "DejaVu Sans"; font-size: 8.5pt; }
table.ruled th { background: #dcefe2; text-align: left; padding: 2pt 5pt; } table.ruled td { border-bottom: 0.5pt solid #999; padding: 2pt 5pt; }
blockquote.pull { margin-left: 12mm; margin-right: 12mm; }
blockquote.pull p { font-style: italic; font-size: 10.5pt; } blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 8pt; }
ul, ol { font-family: "DejaVu Sans"; font-size: 9pt; }
'''
d = HTML('blind19-06-es-contrato-rivera-forestales', 'es', 'libreoffice', 'blind-annotated-model-contract', 'contrato zafral, jornales, seguridad con motosierra y seguridad social de los trabajadores de la cosecha forestal', css=CSS)
def clause(h, text, com):
    d.h(h, 2, tag='h3'); d.p(text, 'cl'); d.i('COMENTARIO', 'p', 'lab'); d.p(com, 'com')
d.i('MODELO DE CONTRATO · CON COMENTARIOS PARA LLENARLO', 'p', 'kind')
d.T('Contrato tipo para la cosecha forestal: cláusula por cláusula')
d.p('Rivera y Tacuarembó, 3 de febrero de 2026 — para motosierristas, operadores de máquinas, peones de raleo y plantadores que trabajan para empresas contratistas del monte', 'lead')
d.p('En los montes de eucalipto y pino del norte del país, buena parte de la cosecha la hacen empresas contratistas con cuadrillas que se arman cada zafra. Muchos trabajadores empiezan sin nada por escrito. Este modelo, preparado por el SUTFON (Sindicato Único de Trabajadores Forestales del Norte) con la Organización Internacional del Trabajo (OIT), muestra qué debe decir un contrato y por qué. El texto del contrato va con sangría; debajo de cada cláusula, un comentario explica qué mirar.')
d.h('El contrato, cláusula por cláusula', 1)
clause('Cláusula 1. Las partes', 'Entre ________________ (en adelante, el empleador), con domicilio en ________________, y ________________ (en adelante, el trabajador), cédula de identidad N.º ________________, se celebra el presente contrato de trabajo zafral.',
       'El empleador es la empresa que le paga, aunque la cuadrilla trabaje en un monte de otra empresa. Si el capataz no sabe decirle quién es su empleador, no firme todavía.')
clause('Cláusula 2. Tarea y lugar', 'El trabajador se desempeñará como ________________ en los predios forestales de ________________, departamento de ________________, desde el ____ de ________ hasta el fin de la zafra, que no superará el ____ de ________ de 2026.',
       'Escriba la tarea exacta. Un peón de raleo no puede ser pasado a motosierrista sin el curso y sin el jornal que corresponde.')
clause('Cláusula 3. Jornada y descanso', 'La jornada será de ocho horas diarias, de lunes a viernes, y de cuatro horas los sábados. El tiempo de traslado desde el punto de encuentro hasta el monte se considera tiempo de trabajo.',
       'El traslado en el camión puede llevar más de una hora. Si no se paga, pida que se corrija esta cláusula.')
clause('Cláusula 4. Equipo de protección', 'El empleador entregará sin costo casco con protector facial y auditivo, pantalón anticorte, botas con puntera, guantes y botiquín para cada cuadrilla, y los repondrá cuando se gasten.',
       'Ningún descuento por equipo es válido. Desde 2023, la mitad de los accidentes graves del monte fueron cortes en las piernas. El pantalón anticorte se cambia si tiene un corte que llegó a las fibras de protección.')
clause('Cláusula 5. Remuneración', 'El trabajador percibirá el jornal que fija la tabla adjunta para su tarea, pagado cada quince días en su cuenta bancaria, con recibo que detalle las toneladas o hectáreas.',
       'Cuando se paga por tonelada, el total de la quincena nunca puede quedar por debajo del jornal diario multiplicado por los días trabajados. Forestal Cuñapirú y el SUTFON firmaron hace tres años una carta de intención para que la balanza del monte quede a la vista de la cuadrilla.')
clause('Cláusula 6. Seguridad social', 'El empleador inscribirá al trabajador en el Banco de Previsión Social (BPS) desde el primer día y lo asegurará contra accidentes de trabajo en el Banco de Seguros del Estado (BSE).',
       'Pida su historia laboral en el BPS al terminar la zafra: cada día trabajado debe aparecer. El convenio entre el BPS y la Sociedad de Productores Forestales (SPF) para la afiliación en línea de los contratistas rigió de 2019 a 2024; hoy la inscripción se hace en la oficina.')
d.h('Jornales de la zafra 2026', 2, tag='h3')
d.tab([['', 'Jornal diario', 'Por tonelada o hectárea']], [['Motosierrista', '$ 2 450', '$ 118 por tonelada'], ['Operador de skidder o forwarder', '$ 2 780', '—'], ['Peón de raleo', '$ 1 690', '$ 3 900 por hectárea'], ['Plantador o plantadora', '$ 1 640', '$ 2 100 por hectárea']], 'ruled', caption='En pesos uruguayos, antes de aportes. Valores del acuerdo tripartito vigentes desde el 1.º de enero de 2026.')
d.h('Antes de firmar', 1)
d.ul([('Lea el contrato entero y pida una copia:', ['con la fecha y la firma de las dos partes;', 'con la tabla de jornales adjunta.']), 'No deje su cédula en poder del capataz.', 'Si no sabe leer, pida que se lo lea una persona de su confianza.'])
d.h('Si hay un accidente en el monte', 2, tag='h3')
d.ul(['Detenga la motosierra y avise al capataz.', 'Llame al 911 y dé el nombre del predio.', 'Exija que el empleador haga la denuncia al BSE el mismo día.'], tag='ol')
d.q('Trabajé seis zafras sin un papel. El día que me corté la pierna, la empresa dijo que yo era de otra cuadrilla. Con contrato eso no pasa.', 'Julio César Techera', 'motosierrista y delegado del SUTFON, Tranqueras')
d.h('Quiénes están detrás de este modelo', 1)
d.p('Los jornales de la tabla salen del acuerdo tripartito que el Ministerio de Trabajo y Seguridad Social del Uruguay, la SPF y el SUTFON rubricaron en 2022 y que se ajusta cada enero.')
d.p('El Instituto Nacional de Empleo y Formación Profesional (INEFOP) corre con los gastos del curso de motosierra de la Escuela Agraria de Tacuarembó desde 2024. La Cooperativa de Trabajo Monte Nativo (socia del SUTFON desde 2021) presta sus equipos para las prácticas.')
d.p('La alianza del Hospital de Rivera con el sindicato, iniciada en 2020, permite hacer controles de audición y de columna a las cuadrillas antes de cada zafra. Los fondos para esta edición provienen de la Agencia Uruguaya de Cooperación Internacional (AUCI), dentro de su cooperación con la OIT para 2025–2027.')
d.p('Raleos del Norte S.R.L. participó en la redacción del modelo pero se negó a firmarlo. La Intendencia de Rivera podría sumarse a la difusión. La Cámara de Contratistas Forestales critica la cláusula 3 y no es parte de ningún acuerdo. La Inspección General del Trabajo y de la Seguridad Social asiste a las reuniones como observadora; el ministerio uruguayo de Trabajo no firma el modelo. Radio Fortaleza de Rivera emite los avisos por contrato, y el Club Atlético Tranqueras presta su sede para las asambleas. Las cifras de accidentes son de la Dirección General Forestal.', 'small')
d.h('Contacto', 2, tag='h3')
d.contact('Verónica Olivera', 'olivera@ilo.org', '+598 2908 6023')
d.raw('<p class="small">Verónica Olivera<br>' + d.e(d.ign('OIT/Cinterfor, Montevideo')) + '<br>' + d.e(d.ign('Tel.: +598 2908 6023')) + '<br>' + d.e(d.ign('Correo electrónico: olivera@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/cinterfor')) + '</p>')
d.orgs(('Sindicato Único de Trabajadores Forestales del Norte', 'SUTFON'), ('Organización Internacional del Trabajo', 'OIT'), 'Forestal Cuñapirú', ('Banco de Previsión Social', 'BPS'),
       ('Banco de Seguros del Estado', 'BSE'), ('Sociedad de Productores Forestales', 'SPF'), 'Ministerio de Trabajo y Seguridad Social del Uruguay',
       ('Instituto Nacional de Empleo y Formación Profesional', 'INEFOP'), 'Escuela Agraria de Tacuarembó', 'Cooperativa de Trabajo Monte Nativo', 'Hospital de Rivera',
       ('Agencia Uruguaya de Cooperación Internacional', 'AUCI'), 'Raleos del Norte S.R.L.', 'Intendencia de Rivera', 'Cámara de Contratistas Forestales',
       'Inspección General del Trabajo y de la Seguridad Social', 'Radio Fortaleza de Rivera', 'Club Atlético Tranqueras', 'Dirección General Forestal')
d.countries('UY')
d.ps(['Forestal Cuñapirú', 'SUTFON'], 'letter_of_intent', 2023)
d.ps(['BPS', 'SPF'], 'cooperation_agreement', 2019, 2024)
d.ps(['Ministerio de Trabajo y Seguridad Social del Uruguay', 'SPF', 'SUTFON'], 'cooperation_agreement', 2022)
d.ps(['INEFOP', 'Escuela Agraria de Tacuarembó'], 'funding', 2024)
d.ps(['Cooperativa de Trabajo Monte Nativo', 'SUTFON'], 'partnership', 2021)
d.ps(['Hospital de Rivera', 'SUTFON'], 'partnership', 2020)
d.ps(['AUCI', 'OIT'], 'funding', 2025, 2027)
d.build_lo(tagged=True)
