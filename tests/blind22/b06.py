from common import *
CSS = '''table.ruled { border-collapse: collapse; }\nbody { font-family: "DejaVu Sans"; font-size: 9pt; color: #222222; }
h1.title { font-family: "DejaVu Serif"; font-size: 19pt; color: #6d1f3b; margin-top: 2pt; margin-bottom: 3pt; }
h2 { font-size: 11.5pt; color: #6d1f3b; margin-top: 9pt; margin-bottom: 3pt; }
h3 { font-size: 9.5pt; color: #333333; margin-top: 6pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 4pt; }
p.lh { font-size: 8pt; color: #6d1f3b; margin-bottom: 0; }
p.lead { font-style: italic; }
p.note { font-size: 7.6pt; }
p.caption { font-size: 7.5pt; font-style: italic; color: #555555; }
p.small { font-size: 8pt; }
'''
d = HTML('blind22-06-es-estadocuenta-ica-esparragos', 'es', 'libreoffice', 'blind-account-statement', 'aportes a EsSalud y a la ONP, meses no declarados, guarderías y régimen agrario de trabajadoras de empacadoras de espárrago', css=CSS)
def td(c, bg=None, span=None, al=None, th=False):
    tag = 'th' if th else 'td'
    a = (f' bgcolor="{bg}"' if bg else '') + (f' colspan="{span}"' if span else '') + (f' align="{al}"' if al else '')
    inner = f'<font color="#ffffff">{d.e(c)}</font>' if th else d.e(c)
    return f'<{tag}{a}>{inner}</{tag}>'
d.i('FETAI · OFICINA DE ORIENTACIÓN PREVISIONAL · CALLE BOLÍVAR 318, ICA', 'p', 'lh')
d.i('Documento de orientación: no reemplaza la constancia oficial de EsSalud ni de la ONP.', 'p', 'lh')
d.T('Estado de cuenta de aportes: revise sus meses cotizados')
d.p('Ica, 12 de enero de 2026 — modelo comentado para las trabajadoras y los trabajadores de las plantas empacadoras de espárrago del valle de Ica y de Villacurí', 'lead')
d.p('Cada trabajador de una empacadora aporta, a través de su empleador, al Seguro Social de Salud (EsSalud) y a la Oficina de Normalización Previsional (ONP) o a una AFP. Muchos descubren al jubilarse, o al dar a luz, que faltan meses. La Federación de Trabajadores Agroexportadores de Ica (FETAI) entrega cada trimestre a sus afiliados un estado de cuenta como este. El ejemplo de abajo es el de una seleccionadora ficticia.')
d.h('Datos de la afiliada', 1)
kv = [['Nombre:', 'Rosa Quispe Huamán (ejemplo)', 'DNI:', '4X XXX 217'], ['Empleador:', 'Campos del Sur S.A.C.', 'Puesto:', 'seleccionadora, línea 3'],
      ['Régimen:', 'agrario, Ley 31110 de 2020', 'Periodo:', 'julio a diciembre de 2025']]
d.table([], kv)
d.raw('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + ''.join('<tr>' + td(r[0], '#f1e4ea') + td(r[1]) + td(r[2], '#f1e4ea') + td(r[3]) + '</tr>' for r in kv) + '</table>')
d.h('Movimientos del periodo', 1)
hdr = [['Mes', 'Días laborados', 'Remuneración', 'Aporte a EsSalud (6 %)', 'Aporte a la ONP (13 %)', 'Estado']]
rows = [['Julio 2025', '26', 'S/ 1 380,00', 'S/ 82,80', 'S/ 179,40', 'pagado'],
        ['Agosto 2025', '27', 'S/ 1 430,00', 'S/ 85,80', 'S/ 185,90', 'regularizado (1)'],
        ['Septiembre 2025', '25', 'S/ 1 330,00', 'S/ 79,80', 'S/ 172,90', 'pagado'],
        ['Octubre 2025', '14', 'S/ 745,00', '—', '—', 'no declarado (2)'],
        ['Noviembre 2025', '26', 'S/ 1 380,00', 'S/ 82,80', 'S/ 179,40', 'pagado'],
        ['Diciembre 2025', '27', 'S/ 1 520,00', 'S/ 91,20', 'S/ 197,60', 'pagado'],
        ['Total del semestre', '', '', 'S/ 422,40', 'S/ 915,20', '5 de 6 meses']]
d.table(hdr, rows)
out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">', '<tr>' + ''.join(td(c, '#6d1f3b', th=True) for c in hdr[0]) + '</tr>']
for r in rows[:-1]:
    bg = '#fbe3c8' if 'no declarado' in r[5] else None
    out.append('<tr>' + td(r[0], bg) + ''.join(td(c, bg, al='right') for c in r[1:5]) + td(r[5], bg) + '</tr>')
r = rows[-1]
out.append('<tr>' + td(r[0], '#f1e4ea', span=3) + td(r[3], '#f1e4ea', al='right') + td(r[4], '#f1e4ea', al='right') + td(r[5], '#f1e4ea') + '</tr>')
out.append('</table>')
d.raw(''.join(out))
d.p('(1) Aporte pagado en noviembre por Campos del Sur S.A.C., en aplicación de la carta de intención que la empresa firmó con la FETAI en 2025 para regularizar los meses adeudados.', 'note')
d.p('(2) Octubre no fue declarado: la planta cerró dos semanas por falta de espárrago. Aun así, los 14 días trabajados debían declararse.', 'note')
d.i('Montos en soles. Los porcentajes son los del régimen agrario vigente en 2025.', 'p', 'caption')
d.h('Resumen de años anteriores', 2)
d.tab([['Año', 'Meses cotizados', 'Meses no declarados', 'Empleador principal']], [['2022', '9', '3', 'Campos del Sur S.A.C.'], ['2023', '10', '2', 'Campos del Sur S.A.C.'], ['2024', '7', '5', 'Verdeica y Campos del Sur S.A.C.'], ['2025', '11', '1', 'Campos del Sur S.A.C.']], 'ruled', caption='Los meses no declarados de 2022 a 2024 ya fueron reclamados; tres siguen pendientes.')
d.h('Cómo leer su estado de cuenta', 1)
d.ul([('Mire primero la columna «Estado»:', ['«pagado»: el empleador declaró y pagó;', '«regularizado»: se pagó tarde, pero el mes cuenta;', '«no declarado»: el mes falta y hay que reclamarlo.']), 'Compare los días laborados con su boleta de pago.', 'Guarde este estado de cuenta junto con sus boletas.'], tag='ol')
d.h('Si falta un mes', 2)
d.ul(['Pida a su empleador la constancia de los días trabajados.', 'Traiga la constancia a la oficina de la FETAI.', 'La oficina presenta el reclamo y le avisa por mensaje de texto.'])
d.q('Yo pensaba que estaba asegurada desde 2019. Cuando quise atender a mi hija en EsSalud me dijeron que faltaban once meses. Con el estado de cuenta los recuperé todos.', 'Maribel Yupanqui Ccahua', 'seleccionadora y delegada de la FETAI en Villacurí', open_='«', close='»')
d.h('Quién hace posible este servicio', 1)
d.p('EsSalud y la FETAI suscribieron en 2023 un memorando de entendimiento que permite a la oficina consultar los aportes; lo han prorrogado dos veces, y la última prórroga vence en 2026.')
d.p('La impresión de los estados de cuenta corre por cuenta de la Cooperativa de Ahorro y Crédito Señor de Luren desde el año pasado; la oficina solo paga el papel.')
d.p('El programa «Campo con derechos», del que forma parte la oficina, se financia con fondos de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID) canalizados a través de la Organización Internacional del Trabajo (OIT) entre 2025 y 2028.')
d.p('Verdeica, la FETAI y la Municipalidad Provincial de Ica forman parte del convenio de guarderías de 2024, que abrió dos cunas junto a las plantas de Santiago y Salas.')
d.p('Hasta 2024, estudiantes de la Universidad Nacional San Luis Gonzaga de Ica revisaban los estados de cuenta con la FETAI, en virtud de un convenio de prácticas firmado en 2020.')
d.h('Avisos', 2)
d.p('Escuche los sábados a las 7:00 el programa «Su aporte cuenta», que Radio La Achirana 93.7 produce con la FETAI en virtud de un convenio firmado el año pasado.')
d.p('La Asociación de Gremios Productores Agrarios del Perú (AGAP) fue invitada a la mesa sobre meses no declarados y declinó participar. Espárragos Huacachina ha solicitado adherirse al convenio de guarderías; su pedido está en estudio. La Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) fiscaliza las planillas por su cuenta. El Ministerio de Trabajo y Promoción del Empleo del Perú asiste a la mesa como observador, y el Ministerio peruano de Trabajo no ha firmado ningún convenio con la oficina. Transportes Cachiche lleva a las delegadas a las plantas contra pago. El Club Social Huacachina presta su salón para las asambleas. Las cifras del sector son del Instituto Nacional de Estadística e Informática (INEI).', 'small')
d.h('Contacto', 2)
d.contact('Julia Matta Salazar', 'matta@ilo.org', '+51 1 615 0300')
d.raw('<p class="small">Julia Matta Salazar<br>' + d.e(d.ign('Oficina de la OIT para los Países Andinos, Lima')) + '<br>' + d.e(d.ign('Tel.: +51 1 615 0300')) + '<br>' + d.e(d.ign('Correo electrónico: matta@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/lima')) + '</p>')
d.orgs(('Federación de Trabajadores Agroexportadores de Ica', 'FETAI'), ('Seguro Social de Salud', 'EsSalud'), ('Oficina de Normalización Previsional', 'ONP'), 'Campos del Sur S.A.C.',
       'Cooperativa de Ahorro y Crédito Señor de Luren', ('Agencia Española de Cooperación Internacional para el Desarrollo', 'AECID'), ('Organización Internacional del Trabajo', 'OIT'),
       'Verdeica', 'Municipalidad Provincial de Ica', 'Universidad Nacional San Luis Gonzaga de Ica', 'Radio La Achirana 93.7', ('Asociación de Gremios Productores Agrarios del Perú', 'AGAP'),
       'Espárragos Huacachina', ('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL'), 'Ministerio de Trabajo y Promoción del Empleo del Perú', 'Transportes Cachiche',
       'Club Social Huacachina', ('Instituto Nacional de Estadística e Informática', 'INEI'))
d.countries('PE')
d.ps(['Campos del Sur S.A.C.', 'FETAI'], 'letter_of_intent', 2025)
d.ps(['EsSalud', 'FETAI'], 'memorandum_of_understanding', 2023, 2026)
d.ps(['Cooperativa de Ahorro y Crédito Señor de Luren', 'FETAI'], 'funding', 2025)
d.ps(['AECID', 'OIT'], 'funding', 2025, 2028)
d.ps(['Verdeica', 'FETAI', 'Municipalidad Provincial de Ica'], 'cooperation_agreement', 2024)
d.ps(['Universidad Nacional San Luis Gonzaga de Ica', 'FETAI'], 'cooperation_agreement', 2020, 2024)
d.ps(['Radio La Achirana 93.7', 'FETAI'], 'cooperation_agreement', 2025)
d.build_lo(tagged=False)
