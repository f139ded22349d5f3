from common import *
d = HTML('blind13-08-es-pases-honduras-repartidores', 'es', 'chromium', 'blind-ticket-set', 'repartidores de plataformas digitales, seguridad vial y seguridad social', css='''
@page { size: A4; margin: 12mm 12mm 12mm 12mm }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 8.8pt; color: #1b1b1b; }
.kind { font-size: 7.5pt; font-weight: bold; color: #d35400; margin: 0; }
h1.title { font-size: 21pt; margin: 1mm 0; color: #0e4d64; }
.lead { font-style: italic; margin: 0 0 3mm 0; }
.ticket { display: flex; border: 1.2pt solid #0e4d64; border-radius: 3mm; margin: 0 0 3.5mm 0; break-inside: avoid; }
.main { flex: 1; padding: 2.5mm 4mm; }
.stub { width: 40mm; border-left: 1.2pt dashed #0e4d64; background: #e8f4f8; padding: 2.5mm 3mm; font-size: 7.5pt; }
.stub p { margin: 0.6mm 0; } .stub .big { font-size: 13pt; font-weight: bold; color: #d35400; }
h2 { font-size: 11.5pt; color: #0e4d64; margin: 2mm 0 1.5mm 0; }
h3 { font-size: 9.6pt; color: #d35400; margin: 2mm 0 1mm 0; }
p { margin: 0.8mm 0 1.5mm 0; }
ul, ol { margin: 0.5mm 0 1mm 0; padding-left: 5mm; }
.cols { column-count: 2; column-gap: 7mm; }
table.ruled { border-collapse: collapse; width: 100%; font-size: 8pt; }
table.ruled th { background: #0e4d64; color: #fff; padding: 1mm 1.5mm; text-align: left; }
table.ruled td { border-bottom: 0.5pt solid #8fb3c0; padding: 1mm 1.5mm; vertical-align: top; }
.caption { font-size: 7pt; font-style: italic; margin: 0.5mm 0 2mm 0; }
blockquote.pull { break-inside: avoid; margin: 2mm 0; padding: 2mm 3mm; border-left: 1.5mm solid #d35400; background: #fdf0e6; font-style: italic; }
blockquote .who { font-style: normal; font-size: 7.6pt; }
.small { font-size: 7.6pt; }
.contact { background: #0e4d64; color: #fff; padding: 2mm 4mm; } .contact p { margin: 0.4mm 0; } .contact h3 { color: #ffd08a; margin: 0 0 1mm 0; }
''')
d.i('JUEGO DE PASES · CICLO DE FORMACIÓN PARA REPARTIDORES', cls='kind')
d.T('Tu pase para rodar seguro')
d.p('Tres sesiones gratuitas para repartidores en moto y bicicleta de Tegucigalpa y San Pedro Sula · Tegucigalpa, octubre de 2025', cls='lead')
def ticket(stub, body):
    d.raw('<div class="ticket"><div class="main">'); body(); d.raw('</div><div class="stub">')
    for s, c in stub: d.i(s, cls=c)
    d.raw('</div></div>')
def t1():
    d.h('Pase 1 · Casco, frenos y luces', 1)
    d.p('Revisión gratuita de la moto o la bicicleta y un casco certificado para quienes completen la sesión.')
    d.ul([('Trae:', ['tu licencia o tu documento de identidad;', 'la moto o la bicicleta con la que trabajas.']), 'Duración: dos horas y media.'])
def t2():
    d.h('Pase 2 · Tus derechos frente a la aplicación', 1)
    d.p('Qué pasa si la aplicación te desconecta, cómo reclamar un pago y cómo se calcula la tarifa por kilómetro. La aplicación RapiMoto y la Asociación de Repartidores de Honduras (AREHO) firmaron una carta de intención en agosto: desde entonces, ninguna cuenta se bloquea sin aviso previo de 48 horas.')
def t3():
    d.h('Pase 3 · Seguro social y accidentes', 1)
    d.ul(['Cómo afiliarte al régimen de trabajadores independientes.', 'Qué hacer en los primeros 30 minutos después de un choque.', 'Cómo cobrar el subsidio si no puedes trabajar.'], tag='ol')
ticket([('PASE', ''), ('01', 'big'), ('Sábado 8 de noviembre', ''), ('8:00 a. m.', ''), ('Tegucigalpa', '')], t1)
ticket([('PASE', ''), ('02', 'big'), ('Sábado 15 de noviembre', ''), ('8:00 a. m.', ''), ('San Pedro Sula', '')], t2)
ticket([('PASE', ''), ('03', 'big'), ('Sábado 22 de noviembre', ''), ('8:00 a. m.', ''), ('Tegucigalpa', '')], t3)
d.raw('<div class="cols">')
d.h('Las sesiones', 2)
d.tab([['Pase', 'Lugar', 'Quién la imparte']], [
    ['1', 'Aula de la UNAH, Ciudad Universitaria', 'mecánicos de la AREHO'],
    ['2', 'Centro Cívico de San Pedro Sula', 'abogadas de la STSS'],
    ['3', 'Aula de la UNAH, Ciudad Universitaria', 'personal del IHSS y médicos del programa conjunto que la OIT y la Organización Panamericana de la Salud (OPS) llevan adelante desde 2023'],
], colw=['12%', '38%', '50%'])
d.h('Los repartidores en cifras', 3)
d.tab([['Indicador', '2024', '2025']], [['Repartidores registrados en la AREHO', '2.300', '3.450'], ['Afiliados al IHSS', '180', '920'], ['Accidentes con lesiones por mes', '47', '31']],
      caption='Fuente: Instituto Nacional de Estadística (INE); registros de la AREHO.', colw=['60%', '20%', '20%'])
d.q('Antes trabajaba doce horas sin casco bueno y sin seguro. Con el pase tres me afilié, y cuando me caí en el bulevar el IHSS me cubrió.', 'Kevin Zelaya', 'repartidor en moto, Comayagüela')
d.h('Quiénes están detrás', 2)
d.p('El aporte de los Estados Unidos llega a la Organización Internacional del Trabajo (OIT) por medio del Departamento de Trabajo (USDOL): una subvención vigente de 2024 a 2027.')
d.p('El Instituto Hondureño de Seguridad Social (IHSS) y la AREHO firmaron un convenio en 2022; en 2025 lo ampliaron hasta 2028.')
d.p('El memorando de entendimiento sobre seguridad vial de los repartidores fue suscrito en 2024. Lo firmaron la Secretaría de Trabajo y Seguridad Social (STSS), la Dirección Nacional de Vialidad y Transporte (DNVT), la AREHO y la OIT.')
d.p('La Universidad Nacional Autónoma de Honduras (UNAH) presta las aulas. La Cruz Roja Hondureña enseña primeros auxilios sin ser parte de ningún acuerdo. Con una aseguradora privada hubo conversaciones, pero no se ha firmado nada. El Colegio de Abogados asiste como observador.', cls='small')
d.raw('<div class="contact">')
d.h('Contacto', 3)
d.contact('Karla Andino', 'andino@ilo.org', '+504 2232 1180')
d.raw('<p>Karla Andino</p>'); d.i('Oficial de proyecto, OIT Tegucigalpa'); d.i('Tel.: +504 2232 1180'); d.i('Correo electrónico: andino@ilo.org')
d.raw(f'<p>{d.e(d.link("www.ilo.org/sanjose"))}</p></div></div>')
d.orgs('RapiMoto', ('Asociación de Repartidores de Honduras', 'AREHO'), ('Universidad Nacional Autónoma de Honduras', 'UNAH'), ('Secretaría de Trabajo y Seguridad Social', 'STSS'),
       ('Instituto Hondureño de Seguridad Social', 'IHSS'), ('Organización Internacional del Trabajo', 'OIT'), ('Organización Panamericana de la Salud', 'OPS'),
       ('Instituto Nacional de Estadística', 'INE'), ('Departamento de Trabajo', 'USDOL'), ('Dirección Nacional de Vialidad y Transporte', 'DNVT'), 'Cruz Roja Hondureña', 'Colegio de Abogados', 'OIT Tegucigalpa')
d.countries('HN', 'US')
d.ps(['RapiMoto', 'AREHO'], 'letter_of_intent', 2025)
d.ps(['OIT', 'OPS'], 'programme', 2023)
d.ps(['USDOL', 'OIT'], 'funding', 2024, 2027)
d.ps(['IHSS', 'AREHO'], 'cooperation_agreement', 2022, 2028)
d.ps(['STSS', 'DNVT', 'AREHO', 'OIT'], 'memorandum_of_understanding', 2024)
d.build_chromium()
