from common import *
css = '''
body { font-family: "DejaVu Sans"; font-size: 9.5pt; }
p.label { font-size: 9pt; font-weight: bold; color: #7b3f00; letter-spacing: 2pt; }
h1.title { font-size: 22pt; color: #7b3f00; }
p.lead { font-size: 11pt; font-style: italic; }
h2 { font-size: 14pt; color: #7b3f00; }
h3 { font-size: 11pt; color: #2f5d50; }
p.caption { font-size: 8pt; font-style: italic; }
p.small { font-size: 8.2pt; }
th { background: #efe2cf; }
blockquote p { font-family: "DejaVu Serif"; font-style: italic; font-size: 11pt; }
blockquote p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 8.5pt; }
'''
d = HTML('blind12-10-es-libreta-alpaqueras', 'es', 'libreoffice', 'blind-ledger', 'ahorro y seguro de salud de mujeres alpaqueras', css=css)
E = d.e
def pb(): d.raw('<p style="page-break-before: always"></p>')
def tab(header, rows, widths, caption=None):
    header, rows = d.table(header, rows)
    out = ['<table border="1" cellpadding="4" cellspacing="0" width="100%">']
    out.append('<colgroup>' + ''.join(f'<col width="{w}">' for w in widths) + '</colgroup>')
    for r in header: out.append('<tr>' + ''.join(f'<th>{E(c)}</th>' for c in r) + '</tr>')
    for r in rows: out.append('<tr>' + ''.join(f'<td>{E(c) if c else "&nbsp;"}</td>' for c in r) + '</tr>')
    out.append('</table>'); d.raw(''.join(out))
    if caption: d.i(caption, cls='caption')
d.i('LIBRETA N.º ______', cls='label')
d.T('Libreta de ahorro y cuotas de la socia')
d.p('Para las alpaqueras de la Asociación de Mujeres Alpaqueras Warmi Q’aytu (AMAWQ), Macusani y Nuñoa, Puno', cls='lead')
d.h('Datos de la socia', 1)
tab([], [['Nombre', ''], ['DNI', ''], ['Comunidad', ''], ['Número de alpacas', ''], ['Fecha de ingreso', '']], ['30%', '70%'])
d.h('Cómo usar esta libreta', 1)
d.ul(['Anote cada depósito y cada retiro el día de la reunión del grupo.', ('La tesorera firma cada línea:', ['con su firma o su huella;', 'nunca en una línea vacía.']), 'Pague la cuota del seguro de salud antes del día 10 de cada mes.', 'Guarde la libreta en la bolsa plástica, lejos de la humedad.'], tag='ol')
pb()
d.h('Movimientos', 1)
tab([['Fecha', 'Concepto', 'Depósito (S/)', 'Retiro (S/)', 'Saldo (S/)', 'Firma']],
    [['04/03/2025', 'Saldo inicial', '', '', '120.00', ''],
     ['18/03/2025', 'Venta de fibra, esquila de marzo', '85.00', '', '205.00', ''],
     ['02/04/2025', 'Cuota del seguro de salud', '', '15.00', '190.00', ''],
     ['15/04/2025', 'Prima por fibra fina de Textiles Altiplano S.A.C. (carta de intención con la AMAWQ, 2025)', '32.50', '', '222.50', ''],
     ['', '', '', '', '', ''], ['', '', '', '', '', ''], ['', '', '', '', '', ''], ['', '', '', '', '', ''], ['', '', '', '', '', '']],
    ['13%', '37%', '13%', '12%', '13%', '12%'], caption='Las cuatro primeras líneas son un ejemplo; la socia sigue en las líneas vacías.')
d.h('Cuotas del seguro de salud', 2)
tab([['Mes', 'Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov', 'Dic']], [['Pagado'] + [''] * 12], ['16%'] + ['7%'] * 12)
pb()
d.h('¿Quiénes respaldan esta libreta?', 1)
d.p('La Municipalidad Provincial de Carabaya y la AMAWQ tienen un convenio vigente desde 2023: la municipalidad capacita a las tesoreras de los grupos de ahorro.')
d.p('El memorando tripartito lo firmaron el Gobierno Regional de Puno (GORE Puno), la Cooperativa de Ahorro y Crédito Qori Suyu y la AMAWQ. Fue en 2024, en Macusani.')
d.p('La Organización Internacional del Trabajo (OIT), la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO) y ONU Mujeres llevan adelante desde 2022 el programa conjunto «Fibra Digna», que cierra en 2026.')
d.p('El aporte de Canadá llega por Asuntos Globales Canadá: una contribución a la OIT que cubre de 2024 a 2027.')
d.p('La Superintendencia Nacional de Aduanas y de Administración Tributaria (SUNAT) dio una charla sobre el RUS, pero no es parte del proyecto. Con el Banco de la Nación hubo conversaciones; no se ha firmado nada. Las cifras son del Instituto Nacional de Estadística e Informática (INEI).', cls='small')
d.h('Las socias en cifras', 2)
tab([['', '2023', '2025']], [['Socias con libreta', '118', '264'], ['Ahorro total del grupo (S/)', '9,400', '31,750'], ['Socias con seguro de salud', '37', '190']], ['50%', '25%', '25%'])
d.q('Antes el dinero de la fibra se iba en una semana. Ahora está en la libreta, y mi seguro está pagado hasta diciembre.', 'Felícitas Mamani Quispe', 'alpaquera y tesorera del grupo de Nuñoa', cls='pull')
d.h('Contacto', 2)
d.contact('Rubén Condori', 'condori@ilo.org', '+51 51 36 4480')
d.raw(f'<p><b>{E("Rubén Condori")}</b></p>'); d.i('Proyecto «Fibra Digna», OIT, Puno', cls='small'); d.i('Tel.: +51 51 36 4480', cls='small'); d.i('Correo electrónico: condori@ilo.org', cls='small')
d.raw(f'<p class="small">{E(d.link("www.ilo.org/lima"))}</p>')
d.orgs(('Asociación de Mujeres Alpaqueras Warmi Q’aytu', 'AMAWQ'), 'Textiles Altiplano S.A.C.', 'Municipalidad Provincial de Carabaya', ('Gobierno Regional de Puno', 'GORE Puno'),
       'Cooperativa de Ahorro y Crédito Qori Suyu', ('Organización Internacional del Trabajo', 'OIT'), ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'),
       'ONU Mujeres', 'Asuntos Globales Canadá', ('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT'), 'Banco de la Nación',
       ('Instituto Nacional de Estadística e Informática', 'INEI'))
d.countries('PE', 'CA')
d.ps(['Textiles Altiplano S.A.C.', 'AMAWQ'], 'letter_of_intent', 2025)
d.ps(['Municipalidad Provincial de Carabaya', 'AMAWQ'], 'cooperation_agreement', 2023)
d.ps(['GORE Puno', 'Cooperativa de Ahorro y Crédito Qori Suyu', 'AMAWQ'], 'memorandum_of_understanding', 2024)
d.ps(['OIT', 'FAO', 'ONU Mujeres'], 'programme', 2022, 2026)
d.ps(['Asuntos Globales Canadá', 'OIT'], 'funding', 2024, 2027)
d.build_lo(tagged=True)
