from common import *
CSS = '''@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.36; color: #10232e; }
.sheet { width: 210mm; height: 296mm; box-sizing: border-box; padding: 12mm 13mm; background: linear-gradient(180deg, #e3f1f4 0, #ffffff 70mm); overflow: hidden; }
.kind { font-size: 8pt; font-weight: bold; letter-spacing: 3px; color: #c4452d; margin: 0 0 3px 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 25pt; line-height: 1.1; margin: 0 0 5px 0; color: #0d4a5c; }
p.lead { font-size: 10.5pt; font-style: italic; margin: 0 0 8px 0; }
.grid { display: grid; grid-template-columns: 1.15fr 1fr; column-gap: 13mm; }
h2 { font-size: 12pt; color: #c4452d; margin: 6px 0 5px 0; }
h3 { font-size: 9.2pt; color: #0d4a5c; margin: 7px 0 3px 0; }
p { margin: 0 0 5px 0; }
ul.tl { list-style: none; margin: 0; padding: 0 0 0 14px; border-left: 3px solid #0d4a5c; }
ul.tl li { position: relative; margin: 0 0 8px 0; padding-left: 6px; }
ul.tl li::before { content: ""; position: absolute; left: -21.5px; top: 1px; width: 10px; height: 10px; border-radius: 50%; background: #c4452d; border: 2px solid #fff; }
ul.tl li b { color: #0d4a5c; }
ul, ol { margin: 0 0 5px 0; padding-left: 15px; } ul.sub { list-style-type: circle; margin: 1px 0; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 8.2pt; }
table.ruled th { border-bottom: 1.2px solid #0d4a5c; text-align: left; padding: 2px 4px; } table.ruled td { border-bottom: 0.4px solid #9ab; padding: 2px 4px; }
table.ruled td:nth-child(n+2), table.ruled th:nth-child(n+2) { text-align: right; }
p.caption { font-size: 7pt; font-style: italic; color: #555; }
blockquote.pull { margin: 8px 0; padding: 7px 9px; background: #0d4a5c; color: #fff; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-size: 10.5pt; font-style: italic; margin: 0 0 3px 0; } blockquote.pull p.who { font-family: "DejaVu Sans"; font-size: 7.5pt; font-style: normal; }
.small { font-size: 7.5pt; }
'''
d = HTML('blind18-05-es-cronologia-quellon-salmon', 'es', 'chromium', 'blind-timeline-poster', 'frío, turnos de noche, sala cuna y seguro de accidentes de las trabajadoras de plantas de proceso de salmón', css=CSS)
d.raw('<div class="sheet">')
d.i('AFICHE · FETRASAL · SIETE AÑOS', 'div', 'kind')
d.T('Del frío de la planta a la sala cuna: siete años de lucha en Chiloé')
d.p('Castro y Quellón, marzo de 2026 — para las trabajadoras de las plantas de proceso de salmón del sur de la isla', 'lead')
d.raw('<div class="grid"><div>')
d.h('La línea de tiempo', 1)
items = [
    ('2019', 'Nace en Quellón la Federación de Trabajadoras y Trabajadores del Salmón de Chiloé (FETRASAL), con 340 socias de cuatro plantas.'),
    ('2021', 'Convenio con la Universidad de Los Lagos para cursos de seguridad en la sala de fileteo (2021–2024).'),
    ('2022', 'La Asociación Chilena de Seguridad (ACHS) y FETRASAL firman un memorando de entendimiento sobre lesiones por frío y movimientos repetitivos.'),
    ('2023', 'Carta de intención con Salmones Austral-Sur S.A. para abrir una sala cuna junto a la planta de Quellón.'),
    ('2024', 'SalmonChile y FETRASAL suscriben el Acuerdo de Chonchi sobre turnos, pausas térmicas y transporte nocturno.'),
    ('2025', 'La Organización Internacional del Trabajo (OIT) lanza el programa «Mar Adentro», que la Unión Europea (UE) financia de 2025 a 2028.'),
    ('2026', 'Frío & Mar Ltda. fue invitada a sumarse al Acuerdo de Chonchi; todavía no ha respondido.'),
]
out = ['<ul class="tl">']
for y, t in items:
    s = d.bullet(f'{y} — {t}', 1)
    out.append(f'<li><b>{y}</b> — {d.e(t)}</li>')
d.raw(''.join(out) + '</ul>')
d.q('Entré a la planta con diecinueve años. Los guantes se mojaban y las manos se me dormían a media mañana. Hoy tenemos pausas para calentarnos.', 'Marisol Cárcamo Vera', 'fileteadora y dirigenta de FETRASAL, Quellón')
d.h('Las plantas en cifras', 2)
d.tab([['Indicador', '2019', '2025']], [['Trabajadoras en plantas de proceso', '11 800', '13 400'], ['Temperatura media en sala de fileteo', '6 °C', '8 °C'], ['Licencias por tendinitis', '1 950', '1 120'], ['Cupos de sala cuna', '0', '64']], 'ruled', caption='Fuente: registros de la ACHS y del Hospital de Castro; cupos según FETRASAL.', colw=['58%', '21%', '21%'])
d.raw('</div><div>')
d.h('Lo que todavía falta', 1)
d.ul([('Pausas térmicas en todas las plantas:', ['diez minutos cada dos horas;', 'una sala temperada para la pausa.']), 'Guantes secos al inicio de cada turno.', 'Transporte seguro después de medianoche.'])
d.h('Para el turno de noche', 2)
d.ul(['Anote su hora de entrada y de salida.', 'Si siente las manos dormidas, avise a la supervisora y pida la pausa.', 'Después de un accidente, vaya a la ACHS aunque sea un corte pequeño.'], tag='ol')
d.h('Quiénes nos acompañan', 1)
d.p('El Jardín Infantil Los Pececitos, que abrió la sala cuna de Quellón, recibe desde este año aportes de Salmones Austral-Sur S.A. y de la Municipalidad de Quellón: la empresa paga los sueldos de las educadoras y el municipio el local.')
d.p('El Ministerio del Trabajo y Previsión Social de Chile acompañó la firma del Acuerdo de Chonchi. El Ministerio chileno del Trabajo no es parte del acuerdo. La Dirección del Trabajo participa en las mesas como observadora.')
d.p('Transportes Pudeto lleva a las trabajadoras del turno de noche bajo un contrato con las plantas, y Radio Sur Austral 96.1 transmite las asambleas sin ningún convenio. La Parroquia de Quellón presta su salón para las reuniones.', 'small')
d.h('Contacto', 2)
d.contact('Francisca Oyarzún', 'oyarzun@ilo.org', '+56 2 2580 5500')
d.raw('<p class="small">Francisca Oyarzún<br>' + d.e(d.ign('Oficina de la OIT para el Cono Sur de América Latina')) + '<br>' + d.e(d.ign('Tel.: +56 2 2580 5500')) + '<br>' + d.e(d.ign('Correo electrónico: oyarzun@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/santiago')) + '</p>')
d.raw('</div></div></div>')
d.orgs(('Federación de Trabajadoras y Trabajadores del Salmón de Chiloé', 'FETRASAL'), 'Universidad de Los Lagos', ('Asociación Chilena de Seguridad', 'ACHS'), 'Salmones Austral-Sur S.A.', 'SalmonChile',
       ('Organización Internacional del Trabajo', 'OIT'), ('Unión Europea', 'UE'), 'Frío & Mar Ltda.', 'Hospital de Castro', 'Jardín Infantil Los Pececitos', 'Municipalidad de Quellón',
       'Ministerio del Trabajo y Previsión Social de Chile', 'Dirección del Trabajo', 'Transportes Pudeto', 'Radio Sur Austral 96.1', 'Parroquia de Quellón')
d.countries('CL')
d.ps(['FETRASAL', 'Universidad de Los Lagos'], 'cooperation_agreement', 2021, 2024)
d.ps(['ACHS', 'FETRASAL'], 'memorandum_of_understanding', 2022)
d.ps(['FETRASAL', 'Salmones Austral-Sur S.A.'], 'letter_of_intent', 2023)
d.ps(['SalmonChile', 'FETRASAL'], 'cooperation_agreement', 2024)
d.ps(['UE', 'OIT'], 'funding', 2025, 2028)
d.ps(['Salmones Austral-Sur S.A.', 'Jardín Infantil Los Pececitos'], 'funding', 2026)
d.ps(['Municipalidad de Quellón', 'Jardín Infantil Los Pececitos'], 'funding', 2026)
d.build_chromium()
