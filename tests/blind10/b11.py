from common import *
rl_setup()
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, NextPageTemplate
W, Hh = landscape(A4)
d = RL('blind10-11-es-comparativo-ngabe', 'es', 'reportlab', 'blind-comparison-chart', 'derechos de los recolectores de café migrantes temporales')
RED = colors.HexColor('#c8102e'); BLUE = colors.HexColor('#00338d'); GREEN = colors.HexColor('#2e7d32'); PALE = colors.HexColor('#f4f1ea')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.2, spaceAfter=4); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=20, leading=24, textColor=colors.white)
sub = ParagraphStyle('s', fontName='DV', fontSize=10, leading=13, textColor=colors.white)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=colors.HexColor('#ffd54f'), spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=GREEN, spaceAfter=4, spaceBefore=2)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, textColor=RED, spaceBefore=6, spaceAfter=2)
small = ParagraphStyle('sm', fontName='DV', fontSize=7.8, leading=10)
cap = ParagraphStyle('cap', fontName='DVI', fontSize=7, leading=9, textColor=colors.HexColor('#555555'))
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10.5, leading=14, textColor=GREEN, spaceBefore=8)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=8)
cell = ParagraphStyle('c', fontName='DV', fontSize=9.6, leading=12.6); cellb = ParagraphStyle('cb', fontName='DVB', fontSize=9.8, leading=12.6, textColor=GREEN)
cellh = ParagraphStyle('ch', fontName='DVB', fontSize=9, leading=11, textColor=colors.white)
F = 'Corredor del café Ngäbe-Buglé – Costa Rica · OIT San José'
def foot(c, n):
    c.setFont('DV', 7); c.setFillColor(colors.HexColor('#555555')); c.drawString(14*mm, 8*mm, F); c.drawRightString(W - 14*mm, 8*mm, f'Página {n} de 2')
def p1(c, doc):
    c.setFillColor(GREEN); c.rect(0, Hh - 38*mm, W, 38*mm, stroke=0, fill=1)
    c.setFillColor(RED); c.rect(0, Hh - 40*mm, W/2, 2*mm, stroke=0, fill=1); c.setFillColor(BLUE); c.rect(W/2, Hh - 40*mm, W/2, 2*mm, stroke=0, fill=1)
    foot(c, 1)
def p2(c, doc):
    c.setFillColor(GREEN); c.rect(0, Hh - 8*mm, W, 8*mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor('#cccccc'))
    for x in (W/3, 2*W/3): c.line(x, 18*mm, x, Hh - 16*mm)
    foot(c, 2)
for s in [F, 'Página 1 de 2', F, 'Página 2 de 2']: d.furn(s)
fr1 = [Frame(14*mm, Hh - 37*mm, W - 28*mm, 35*mm, id='t', topPadding=3*mm), Frame(14*mm, 15*mm, W - 28*mm, Hh - 58*mm, id='m')]
fw = W/3 - 16*mm
fr2 = [Frame(8*mm + i*W/3, 15*mm, fw, Hh - 30*mm, id=f'c{i}') for i in range(3)]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=landscape(A4), title='Antes de salir, en la finca')
doc.addPageTemplates([PageTemplate('one', fr1, onPage=p1), PageTemplate('two', fr2, onPage=p2)])
d.add(NextPageTemplate('two'))
d.i('COSECHA DE CAFÉ 2025-2026 · CUADRO COMPARATIVO', kick)
d.T('Antes de salir y en la finca: tus derechos en los dos países', tit)
d.p('Para las familias de la comarca Ngäbe-Buglé que viajan cada año a la cosecha de café en Coto Brus y Los Santos', sub)
d.add(FrameBreak())
ts = TableStyle([('BACKGROUND', (1, 0), (1, 0), RED), ('BACKGROUND', (2, 0), (2, 0), BLUE), ('BACKGROUND', (0, 0), (0, 0), GREEN),
                 ('BACKGROUND', (0, 1), (0, -1), PALE), ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#999999')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                 ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)])
header = [['Tema', 'En Panamá, antes de salir', 'En Costa Rica, en la finca']]
rows = [['Documentos', 'Saca tu cédula y el carné de trabajador temporal en la oficina del MITRADEL en San Félix.', 'Con el carné, la finca te registra ante el MTSS en los primeros tres días.'],
        ['Salario', 'Pregunta el precio de la cajuela antes de firmar. Nadie te puede cobrar por el viaje.', 'La cajuela se paga al precio fijado para la cosecha; te deben dar un comprobante cada semana.'],
        ['Seguro social', 'Tus cotizaciones de la Caja de Seguro Social (CSS) se mantienen mientras estás fuera.', 'Desde 2025, un memorando entre la CSS y la Caja Costarricense de Seguro Social (CCSS) permite sumar las cotizaciones de los dos países.'],
        ['Vivienda', 'Pregunta cuántas familias duermen en cada galera.', 'La galera debe tener agua potable, baños separados y cocina techada.'],
        ['Niñas y niños', 'Inscríbelos en la escuela de temporada antes del viaje.', 'Menores de 15 años no cogen café: van a la Casa de la Alegría de la finca.'],
        ['Salud', 'Lleva tu tarjeta de vacunas.', 'Atención gratuita en el EBAIS más cercano, aunque no estés asegurado.']]
hh, rr = d.table(header, rows)
from reportlab.platypus import Table
data = [[d.P(c, cellh) for c in hh[0]]] + [[d.P(r[0], cellb), d.P(r[1], cell), d.P(r[2], cell)] for r in rr]
t = Table(data, colWidths=[34*mm, (W - 28*mm - 34*mm)/2, (W - 28*mm - 34*mm)/2], repeatRows=1); t.setStyle(ts); d.add(t)
d.add(Spacer(1, 3*mm))
d.i('Cuadro elaborado con los ministerios de trabajo de Panamá y de Costa Rica.', cap)
d.add(FrameBreak())
# page 2
d.h('Quiénes participan', h1)
d.p('Suecia financia el proyecto por medio de la Agencia Sueca de Cooperación Internacional para el Desarrollo (Asdi); la contribución a la Organización Internacional del Trabajo (OIT) abarca 2025-2028.')
d.p('El Ministerio de Trabajo y Desarrollo Laboral (MITRADEL) de Panamá y el Ministerio de Trabajo y Seguridad Social (MTSS) de Costa Rica firmaron en 2019 un acuerdo binacional sobre trabajadores temporales. Lo renovaron en 2024, hasta 2027.')
d.p('En enero de 2025, el beneficio Montaña Verde, de Coto Brus, y la Asociación de Mujeres Ngäbe de Hato Chamí firmaron una carta de intención para contratar a cocineras de la comarca en las galeras.')
d.p('La OIT, UNICEF y la Organización Panamericana de la Salud (OPS) desarrollan desde 2024 un programa conjunto sobre la salud de las familias migrantes.')
d.p('La Defensoría de los Habitantes asiste a las reuniones como observadora. Una empresa de autobuses transporta a las cuadrillas por contrato. La parroquia de Sabalito presta su salón para las charlas.', small)
d.add(FrameBreak())
d.h('La cosecha en cifras', h1)
ts2 = TableStyle([('LINEBELOW', (0, 0), (-1, 0), 1, GREEN), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#bbbbbb')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['', '2023-2024', '2024-2025']], [['Personas ngäbe en la cosecha', '14.800', '15.600'], ['Con carné de temporal', '6.100', '9.300'], ['Niños en Casas de la Alegría', '1.950', '2.640']],
      cell, cellb, [30*mm, 27*mm, 27*mm], ts2, caption='Fuente: Instituto del Café de Costa Rica (ICAFE) y registros del proyecto.', capst=cap)
d.q('Antes nos pagaban lo que querían y dormíamos veinte en una galera. Este año firmé el papel con el precio de la cajuela y mi hija fue a la Casa de la Alegría.', 'Eneida Montezuma', 'recolectora de Hato Chamí', qst, qw)
d.add(FrameBreak())
d.h('Antes de viajar, llama', h1)
d.ul(['Línea gratuita del MTSS de Costa Rica: 800 8722 256', 'Oficina del MITRADEL en San Félix, de lunes a viernes', 'Promotoras ngäbe en cada finca del proyecto'], body)
d.h('Contacto', h2)
d.contact('Luis Carlos Jiménez', 'jimenezl@ilo.org', '+506 2207 8700')
for s in ['Luis Carlos Jiménez', d.ign('Especialista en migración laboral, OIT San José'), d.ign('Tel.: +506 2207 8700'), d.ign('Correo electrónico: jimenezl@ilo.org'), d.link('www.ilo.org/sanjose')]:
    d.add(d.P(s, small))
d.orgs(('Ministerio de Trabajo y Desarrollo Laboral', 'MITRADEL'), ('Ministerio de Trabajo y Seguridad Social', 'MTSS'), ('Caja de Seguro Social', 'CSS'), ('Caja Costarricense de Seguro Social', 'CCSS'),
       ('Agencia Sueca de Cooperación Internacional para el Desarrollo', 'Asdi'), ('Organización Internacional del Trabajo', 'OIT'), 'beneficio Montaña Verde', 'Asociación de Mujeres Ngäbe de Hato Chamí',
       ('UNICEF', None), ('Organización Panamericana de la Salud', 'OPS'), 'Defensoría de los Habitantes', 'parroquia de Sabalito', ('Instituto del Café de Costa Rica', 'ICAFE'), 'OIT San José')
d.countries('PA', 'CR', 'SE')
d.ps(['Asdi', 'OIT'], 'funding', 2025, 2028)
d.ps(['MITRADEL', 'MTSS'], 'cooperation_agreement', 2019, 2027)
d.ps(['CSS', 'CCSS'], 'memorandum_of_understanding', 2025)
d.ps(['beneficio Montaña Verde', 'Asociación de Mujeres Ngäbe de Hato Chamí'], 'letter_of_intent', 2025)
d.ps(['OIT', 'UNICEF', 'OPS'], 'programme', 2024)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
