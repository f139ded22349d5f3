from common import *
css = '''@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#2a1a22}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:20mm 16mm 16mm;position:relative;page-break-after:always;overflow:hidden}
.hdr{position:absolute;top:8mm;left:16mm;right:16mm;font-size:7.5pt;color:#6d1a36;display:flex;justify-content:space-between;border-bottom:.5pt solid #6d1a36}
.hdr div{margin:0}
.ftr{position:absolute;bottom:7mm;left:0;right:0;text-align:center;font-size:7.5pt;color:#888}
h1.title{font:bold 24pt "DejaVu Serif",serif;color:#6d1a36;margin:0 0 2mm;text-align:center}
.lead{text-align:center;font-style:italic;font-size:10.5pt;margin:0 12mm 5mm}
h2{font-size:12pt;color:#6d1a36;margin:4mm 0 2mm}
.tl{position:relative;margin:4mm 0}
.tl:before{content:"";position:absolute;left:50%;top:0;bottom:0;border-left:1.5pt solid #b5838d}
.ev{width:46%;box-sizing:border-box;padding:2mm 3mm;margin-bottom:3mm;background:#f8eef1;border-radius:2mm;position:relative}
.ev.l{margin-right:54%} .ev.r{margin-left:54%}
.ev .yr{font:bold 15pt "DejaVu Serif",serif;color:#b5838d;margin:0}
.ev h3{font-size:9.5pt;margin:0 0 1mm;color:#6d1a36} .ev p{margin:0}
blockquote.pull{margin:5mm 25mm;text-align:center;font:italic 12pt "DejaVu Serif",serif;color:#6d1a36}
blockquote.pull p{margin:0}.who{font:8pt "DejaVu Sans",sans-serif!important}
ul{margin:0 0 2mm;padding-left:5mm} ul.sub{list-style:"– "}
.two{display:grid;grid-template-columns:1fr 1fr;gap:8mm}
.contact{border:1pt solid #6d1a36;padding:3mm}.contact p{margin:0 0 .6mm}
'''
d = HTML('blind7-09-es-vendimia-mendoza', 'es', 'chromium', 'blind-vertical-timeline', 'trabajo decente en la cosecha de uva', css=css)
HL, HR = 'OIT Argentina', 'Vendimia Justa · Mendoza'
def hdr():
    d.raw('<div class="hdr">'); d.fu(HL); d.fu(HR); d.raw('</div>')
d.raw('<div class="page">'); hdr()
d.T('Vendimia Justa: cinco años de trabajo decente en los viñedos de Mendoza')
d.p('Cómo trabajadores, bodegas, gobierno y la Organización Internacional del Trabajo (OIT) cambiaron la cosecha de uva en el Valle de Uco y el este mendocino', cls='lead')
d.h('¿Por qué la cosecha?', 1)
d.p('Cada otoño, unas 40 000 personas cosechan uva en Mendoza. Muchas llegan desde Salta, Jujuy, Tucumán o Bolivia y trabajan a destajo, por tacho cosechado, sin recibo de sueldo. Los niños acompañan a sus familias a la finca porque no tienen dónde quedarse.')
d.h('Los hitos', 1)
d.raw('<div class="tl">')
def ev(side, yr, title, text):
    d.raw(f'<div class="ev {side}">'); d.i(yr, cls='yr'); d.h(title, 2, tag='h3'); d.p(text); d.raw('</div>')
ev('l', '2022', 'Primero, medir', 'La OIT y el Instituto Nacional de Vitivinicultura (INV) firman una carta de intención para estudiar el empleo en la cosecha.')
ev('r', '2023', 'Arranca el proyecto', 'Con fondos de Asuntos Globales Canadá, concedidos a la OIT para el período 2023-2026, se abren las primeras oficinas de registro en las fincas.')
ev('l', '2024', 'Un acuerdo de toda la cadena', 'La Federación de Obreros y Empleados Vitivinícolas y Afines (FOEVA), Bodegas de Argentina y la Subsecretaría de Trabajo y Empleo de Mendoza suscriben un acuerdo marco sobre registro, tarifas por tacho y traslado seguro.')
ev('r', '2025', 'La universidad se suma', 'La Universidad Nacional de Cuyo (UNCuyo) firma con la OIT un convenio de colaboración, vigente hasta 2027, para formar a supervisores de cuadrilla.')
ev('l', '2025', 'Cuidar a los chicos', 'UNICEF y la OIT ponen en marcha un programa conjunto de espacios de cuidado “Buena Cosecha” en Tupungato, San Carlos y Junín.')
ev('r', '2026', 'Evaluación final', 'Una evaluación independiente medirá los resultados antes del cierre del proyecto.')
d.raw('</div>')
d.fu('1', cls='ftr'); d.raw('</div>')
d.raw('<div class="page">'); hdr()
d.h('¿Qué cambió en la finca?', 1)
d.raw('<div class="two"><div>')
d.ul(['El 58 % de los cosechadores tiene ahora recibo de sueldo.', ('El traslado en camión abierto se reemplazó por:', ['colectivos habilitados,', 'horarios fijos de salida y regreso.']), 'Cada cuadrilla tiene agua potable y sombra.'])
d.raw('</div><div>')
d.ul(['14 espacios de cuidado recibieron a 1 900 niños y niñas.', 'El trabajo infantil en la cosecha bajó a la mitad.', 'Más de 300 supervisores completaron el curso.'])
d.raw('</div></div>')
d.q('Antes mis hijos venían a la viña conmigo. Ahora los dejo en el espacio y cosecho tranquila.', 'Rosa Mamani', 'cosechadora, San Carlos', cls='pull')
d.h('Quién más acompaña', 2)
d.p('La Corporación Vitivinícola Argentina (COVIAR) participa en la mesa de seguimiento y la Municipalidad de Tupungato presta sus salones para las capacitaciones; ninguna de las dos firmó los acuerdos del proyecto.')
d.raw('<div class="contact">'); d.h('Contacto', 2)
d.contact('Martín Aguirre', 'aguirre@ilo.org', '+54 11 4393 7076')
for s in ['Martín Aguirre, coordinador del proyecto', 'Oficina de País de la OIT para la Argentina, Av. Córdoba 950, Buenos Aires', 'Tel.: +54 11 4393 7076', 'Correo electrónico: aguirre@ilo.org']: d.i(s)
d.link('www.ilo.org/buenosaires'); d.raw('<p>www.ilo.org/buenosaires</p></div>')
d.fu('2', cls='ftr'); d.raw('</div>')
d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Instituto Nacional de Vitivinicultura', 'INV'), 'Asuntos Globales Canadá', ('Federación de Obreros y Empleados Vitivinícolas y Afines', 'FOEVA'), 'Bodegas de Argentina', 'Subsecretaría de Trabajo y Empleo de Mendoza', ('Universidad Nacional de Cuyo', 'UNCuyo'), 'UNICEF', ('Corporación Vitivinícola Argentina', 'COVIAR'), 'Municipalidad de Tupungato', 'Oficina de País de la OIT para la Argentina')
d.countries('AR', 'CA', 'BO')
d.ps(['OIT', 'INV'], 'letter_of_intent', 2022)
d.ps(['Asuntos Globales Canadá', 'OIT'], 'funding', 2023, 2026)
d.ps(['FOEVA', 'Bodegas de Argentina', 'Subsecretaría de Trabajo y Empleo de Mendoza'], 'cooperation_agreement', 2024)
d.ps(['UNCuyo', 'OIT'], 'cooperation_agreement', 2025, 2027)
d.ps(['UNICEF', 'OIT'], 'programme', 2025)
d.build_chromium()
