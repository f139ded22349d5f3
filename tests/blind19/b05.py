from common import *
CSS = '''@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.35; color: #1f2a30; }
.sheet { position: relative; width: 210mm; height: 296mm; box-sizing: border-box; padding: 11mm 14mm 14mm 14mm; overflow: hidden; }
.sheet + .sheet { page-break-before: always; }
.kind { font-size: 7.8pt; font-weight: bold; letter-spacing: 2px; color: #c0392b; margin: 0 0 3px 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 21pt; line-height: 1.12; margin: 0 0 4px 0; color: #14505c; }
p.lead { font-style: italic; font-size: 9.5pt; margin: 0 0 5px 0; }
h2 { font-size: 12pt; color: #14505c; margin: 7px 0 4px 0; } h3 { font-size: 9.4pt; margin: 6px 0 3px 0; }
p { margin: 0 0 4px 0; }
.flow { display: flex; flex-direction: column; align-items: center; margin-top: 2mm; }
.box { box-sizing: border-box; width: 112mm; border: 1.6px solid #14505c; border-radius: 5px; padding: 5px 8px; background: #eaf4f5; text-align: center; }
.box p { margin: 0; }
.dec { background: #fff4dc; border-color: #d68910; border-radius: 16px; }
.end { background: #14505c; color: #fff; }
.stp { font-size: 7pt; font-weight: bold; letter-spacing: 1.5px; color: #c0392b; margin: 0 0 1px 0; }
.end .stp { color: #ffd27a; }
.arr { width: 0; height: 7mm; border-left: 2px solid #14505c; position: relative; }
.arr::after { content: ""; position: absolute; left: -6px; bottom: -2px; border: 5px solid transparent; border-top: 7px solid #14505c; }
.lab { font-size: 7.5pt; font-weight: bold; color: #d68910; padding-left: 4px; }
.split { display: flex; justify-content: space-between; width: 182mm; }
.split .box { width: 80mm; }
.branch { display: flex; flex-direction: column; align-items: center; }
.side { display: flex; justify-content: space-between; width: 182mm; align-items: flex-start; }
.side .box { width: 60mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12mm; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 8.2pt; }
table.ruled th { text-align: left; border-bottom: 1.2px solid #14505c; padding: 2px 3px; } table.ruled td { border-bottom: 0.4px solid #aaa; padding: 2px 3px; vertical-align: top; }
p.caption { font-size: 7pt; font-style: italic; color: #555; }
ul, ol { margin: 0 0 4px 0; padding-left: 15px; } ul.sub { list-style-type: circle; margin: 1px 0; }
blockquote.pull { margin: 6px 0; padding: 6px 9px; background: #14505c; color: #fff; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 9.6pt; margin: 0 0 2px 0; } blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7.5pt; }
.small { font-size: 7.6pt; }
.foot { position: absolute; left: 14mm; right: 14mm; bottom: 6mm; font-size: 7pt; color: #14505c; border-top: 0.5px solid #14505c; padding-top: 2px; }
.pg { position: absolute; right: 14mm; bottom: 6mm; font-size: 7pt; color: #14505c; padding-top: 2px; }
'''
d = HTML('blind19-05-es-flujograma-sayaxche-palma', 'es', 'chromium', 'blind-flowchart', 'trabajo forzoso, retención de documentos y deudas en las fincas de palma de aceite', css=CSS)
def box(step, text, cls=''):
    d.raw(f'<div class="box {cls}">')
    if step: d.i(step, 'p', 'stp')
    d.p(text); d.raw('</div>')
def arrow(label=None):
    d.raw('<div class="arr">' + (f'<span class="lab" style="position:absolute;left:4px;top:1mm">{d.e(d.ign(label))}</span>' if label else '') + '</div>')
FOOT = 'Ruta de ayuda · Sayaxché, Petén · marzo de 2026'
d.raw('<div class="sheet">')
d.i('RUTA DE AYUDA · TRABAJO FORZOSO', 'div', 'kind')
d.T('¿Te retienen el DPI o te cobran una deuda? Qué hacer, paso a paso')
d.p('Sayaxché, 16 de marzo de 2026 — para cortadores, recolectores de fruto suelto y fumigadoras de las fincas de palma de aceite del sur de Petén', 'lead')
d.p('Nadie puede obligarte a trabajar quedándose con tus documentos, cobrándote deudas por el transporte o la comida, o amenazándote si quieres irte. Eso es trabajo forzoso, y es un delito en Guatemala. Esta ruta la preparó el Sindicato de Trabajadores de la Palma de Sayaxché (SITRAPALSA) con la Organización Internacional del Trabajo (OIT). Sigue las flechas.')
d.raw('<div class="flow">')
box('INICIO', '¿Alguien en la finca se queda con tu DPI, te cobra una deuda que no terminas de pagar o no te deja salir?', 'dec')
d.raw('<div style="position:relative;width:182mm;height:5mm"><div style="position:absolute;left:91mm;top:0;width:60mm;height:5mm;border-top:2px solid #14505c;border-right:2px solid #14505c"></div><div style="position:absolute;left:91mm;top:0;width:0;height:5mm;border-left:2px solid #14505c"></div></div>')
d.raw('<div class="side">')
d.raw('<div class="branch"><div class="box" style="visibility:hidden"><p>.</p></div></div>')
d.raw('<div class="branch"><span class="lab">' + d.e(d.ign('Sí')) + '</span></div>')
d.raw('<div class="branch"><div class="arr" style="height:3mm"></div><span class="lab">' + d.e(d.ign('No, pero algo no cuadra')) + '</span>')
box('', 'Revisa de todos modos tu contrato y tu recibo de pago con la lista de señales de la página 2.')
d.raw('</div></div>')
d.raw('<div class="arr"></div>')
box('PASO 1', 'Anota fechas, nombres y montos. Si puedes, guarda fotos de tus recibos y de los mensajes del caporal.')
arrow()
box('PASO 2', '¿Estás en peligro ahora mismo, tú o tu familia?', 'dec')
d.raw('<div class="split"><div class="branch"><div class="arr"></div><span class="lab">' + d.e(d.ign('Sí, hay peligro')) + '</span>')
box('', 'Llama al 110 de la Policía Nacional Civil (PNC) o ve al puesto de Sayaxché. Pide que avisen a la inspección.')
d.raw('</div><div class="branch"><div class="arr"></div><span class="lab">' + d.e(d.ign('No hay peligro inmediato')) + '</span>')
box('', 'Llama gratis al 1543 de la Inspección General de Trabajo (IGT), que atiende esta línea junto con SITRAPALSA desde 2023 bajo una carta de intención.')
d.raw('</div></div>')
arrow()
box('PASO 3', 'Un inspector visita la finca en un plazo de cinco días hábiles. Si lo pides, te acompaña una delegada del sindicato y nadie sabe que fuiste tú quien llamó.')
arrow()
box('FIN', 'Si la finca no devuelve tus documentos o no te paga, la IGT lleva el caso al juzgado de trabajo. No tienes que pagar abogado.', 'end')
d.raw('</div>')
d.fu(FOOT, 'div', 'foot'); d.raw('<div class="pg">' + d.e(d.furn('Página 1 de 2')) + '</div>')
d.raw('</div><div class="sheet">')
d.raw('<div class="grid"><div>')
d.h('Señales de trabajo forzoso', 1)
d.ul([('Te quitan algo tuyo:', ['el DPI o el pasaporte;', 'la tarjeta del banco donde cae tu salario.']), ('Te deben o les debes:', ['te descuentan el transporte, la comida o las botas sin que lo hayas aceptado;', 'la deuda crece cada quincena.']), 'Te amenazan con no pagarte si te vas antes de la cosecha.', 'Duermes en la finca y no puedes salir los domingos.'])
d.h('Lo que dice la ley', 2)
d.tab([['Tema', 'Lo que está permitido', 'Lo que no']], [['Documentos', 'Mostrarlos al firmar el contrato', 'Que el patrono se los quede'], ['Descuentos', 'IGSS, ISR y cuota sindical', 'Comida, transporte o herramientas sin firma'], ['Salario', 'Pago cada quincena, con recibo', 'Pago solo al final de la cosecha'], ['Jornada', '8 horas, 44 a la semana', 'Domingos sin pago doble']], caption='Resumen del Código de Trabajo para 2026; en caso de duda, consulte a la IGT.', colw=['22%', '40%', '38%'])
d.h('Antes de subir al camión', 2)
d.ul(['Pregunta el nombre de la finca y del patrono.', 'Pide una copia del contrato en español o en q’eqchi’.', 'Deja tu DPI en casa y lleva una fotocopia.'], tag='ol')
d.q('Nos tenían el DPI en la oficina de la finca «para la planilla». Cuando quise volver a mi aldea me dijeron que primero pagara la deuda del bus.', 'Rosa Caal Choc', 'fumigadora y delegada de SITRAPALSA, Sayaxché')
d.raw('</div><div>')
d.h('Quiénes sostienen esta ruta', 1)
d.p('SITRAPALSA y la Asociación de Mujeres Q’eqchi’ Ixqik trabajan de la mano desde 2018: la asociación acompaña a las fumigadoras y traduce las denuncias.')
d.p('La línea 1543 y las visitas de los inspectores funcionan con el respaldo del Departamento de Trabajo de los Estados Unidos (USDOL), que aporta los fondos a la OIT de 2025 a 2028.')
d.p('Palmas del Pasión es parte del memorando sobre contratación justa de Sayaxché con SITRAPALSA desde 2024. El año pasado, un convenio fue suscrito por el Instituto Guatemalteco de Seguridad Social (IGSS) y la Cooperativa Integral Agrícola Nuevo Amanecer de Sayaxché, R.L. para afiliar a los socios que cortan fruto.')
d.p('Entre 2020 y 2024, Agroindustrias La Esperanza, S.A. financió el Albergue San José de Sayaxché, donde duermen quienes dejan una finca de noche. El programa «Sin deudas» de Radio La Voz del Pasión está patrocinado desde 2025 por la Municipalidad de Sayaxché.')
d.p('La Procuraduría de los Derechos Humanos (PDH) asiste a las reuniones como observadora. La Gremial de Palmicultores de Guatemala (GREPALMA) fue invitada a firmar el memorando y declinó. Finca El Zapote se retiró antes de firmar. La Defensoría de la Mujer Indígena (DEMI) tiene previsto sumarse el próximo año. El Ministerio de Trabajo y Previsión Social de Guatemala dirige la IGT; el ministerio guatemalteco de Trabajo no es parte del memorando. Transportes Chinajá lleva a los inspectores bajo contrato, y la Pastoral Social del Vicariato de Petén presta su salón. Las cifras de trabajadores vienen del Instituto Nacional de Estadística (INE).', 'small')
d.h('Contacto', 2)
d.contact('Lucía Xol Pop', 'xol@ilo.org', '+502 2422 3400')
d.raw('<p class="small">Lucía Xol Pop<br>' + d.e(d.ign('Oficina de la OIT para América Central, Haití, Panamá y República Dominicana')) + '<br>' + d.e(d.ign('Tel.: +502 2422 3400')) + '<br>' + d.e(d.ign('Correo electrónico: xol@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/sanjose')) + '</p>')
d.raw('</div></div>')
d.fu(FOOT, 'div', 'foot'); d.raw('<div class="pg">' + d.e(d.furn('Página 2 de 2')) + '</div>')
d.raw('</div>')
d.orgs(('Sindicato de Trabajadores de la Palma de Sayaxché', 'SITRAPALSA'), ('Organización Internacional del Trabajo', 'OIT'), ('Policía Nacional Civil', 'PNC'),
       ('Inspección General de Trabajo', 'IGT'), 'Asociación de Mujeres Q’eqchi’ Ixqik', ('Departamento de Trabajo de los Estados Unidos', 'USDOL'), 'Palmas del Pasión',
       ('Instituto Guatemalteco de Seguridad Social', 'IGSS'), 'Cooperativa Integral Agrícola Nuevo Amanecer de Sayaxché, R.L.', 'Agroindustrias La Esperanza, S.A.',
       'Albergue San José de Sayaxché', 'Radio La Voz del Pasión', 'Municipalidad de Sayaxché', ('Procuraduría de los Derechos Humanos', 'PDH'),
       ('Gremial de Palmicultores de Guatemala', 'GREPALMA'), 'Finca El Zapote', ('Defensoría de la Mujer Indígena', 'DEMI'), 'Ministerio de Trabajo y Previsión Social de Guatemala',
       'Transportes Chinajá', 'Pastoral Social del Vicariato de Petén', ('Instituto Nacional de Estadística', 'INE'))
d.countries('GT', 'US', 'HT', 'PA', 'DO')
d.ps(['IGT', 'SITRAPALSA'], 'letter_of_intent', 2023)
d.ps(['SITRAPALSA', 'Asociación de Mujeres Q’eqchi’ Ixqik'], 'partnership', 2018)
d.ps(['USDOL', 'OIT'], 'funding', 2025, 2028)
d.ps(['Palmas del Pasión', 'SITRAPALSA'], 'memorandum_of_understanding', 2024)
d.ps(['IGSS', 'Cooperativa Integral Agrícola Nuevo Amanecer de Sayaxché, R.L.'], 'cooperation_agreement', 2025)
d.ps(['Agroindustrias La Esperanza, S.A.', 'Albergue San José de Sayaxché'], 'funding', 2020, 2024)
d.ps(['Municipalidad de Sayaxché', 'Radio La Voz del Pasión'], 'funding', 2025)
d.build_chromium()
