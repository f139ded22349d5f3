from common import *
rl_setup()
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, ListFlowable, ListItem
W, Hh = landscape(A4)
d = RL('blind13-10-es-separadores-costarica-cuidadoras', 'es', 'reportlab', 'blind-bookmarks', 'cuidadoras de personas mayores, derechos laborales y seguridad social')
TE = colors.HexColor('#7b2d5b'); VE = colors.HexColor('#2f7d5a'); PA = colors.HexColor('#f8eef4')
body = ParagraphStyle('b', fontName='DV', fontSize=7.8, leading=10, spaceAfter=3); d.body = body
kind = ParagraphStyle('k', fontName='DVB', fontSize=6.6, leading=8.4, textColor=VE, spaceAfter=2)
tit = ParagraphStyle('t', fontName='DVSB', fontSize=15, leading=18, textColor=TE, spaceAfter=3)
sub = ParagraphStyle('s', fontName='DVSI', fontSize=8, leading=10.2, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=10, leading=12.5, textColor=TE, spaceBefore=3, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=8.4, leading=10.5, textColor=VE, spaceBefore=4, spaceAfter=2)
small = ParagraphStyle('sm', fontName='DV', fontSize=6.8, leading=8.6, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7, leading=8.6); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7, leading=8.6, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=8.6, leading=11, textColor=TE, spaceBefore=4)
qw = ParagraphStyle('qw', fontName='DV', fontSize=6.8, leading=8.6, spaceAfter=4)
FL = 'Separadores «Cuidar también es trabajo» · OIT San José'
SW, GAP, X0, Y0 = 60*mm, 8*mm, 16*mm, 18*mm
SH = Hh - 30*mm
def deco(c, doc):
    c.saveState()
    n = doc.page
    for i in range(4):
        x = X0 + i*(SW+GAP)
        c.setFillColor(PA); c.setStrokeColor(TE); c.setLineWidth(0.8); c.roundRect(x, Y0, SW, SH, 4*mm, stroke=1, fill=1)
        c.setFillColor(TE); c.roundRect(x, Y0+SH-14*mm, SW, 14*mm, 4*mm, stroke=0, fill=1); c.rect(x, Y0+SH-14*mm, SW, 6*mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.circle(x+SW/2, Y0+SH-6*mm, 2.3*mm, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor('#aaaaaa')); c.setDash(3, 2); c.setLineWidth(0.4)
        c.roundRect(x-2.5*mm, Y0-2.5*mm, SW+5*mm, SH+5*mm, 5*mm, stroke=1, fill=0); c.setDash()
        c.setFillColor(colors.HexColor('#666666')); c.setFont('DV', 6); c.drawCentredString(x+SW/2, Y0+3*mm, f'Separador {(n-1)*4+i+1} de 8')
    c.setFont('DV', 6.8); c.setFillColor(colors.HexColor('#444444'))
    c.drawString(X0, 7*mm, FL); c.drawRightString(W-X0, 7*mm, f'Página {n} de 2')
    c.restoreState()
frames = [Frame(X0 + i*(SW+GAP) + 1*mm, Y0 + 7*mm, SW - 2*mm, SH - 22*mm, id=f's{i}', leftPadding=3, rightPadding=3) for i in range(4)]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=landscape(A4), title='Cuidar también es trabajo')
doc.addPageTemplates([PageTemplate('p', frames, onPage=deco)])
for n in (1, 2): d.furn(FL); d.furn(f'Página {n} de 2')
for k in range(1, 9): d.ign(f'Separador {k} de 8')
# 1
d.i('OCHO SEPARADORES PARA CUIDADORAS · SAN JOSÉ Y CARTAGO', kind)
d.T('Cuidar también es trabajo', tit)
d.p('Derechos y seguridad social para quienes cuidan a personas mayores en casas y residencias · San José, septiembre de 2025', sub)
d.h('Para leer entre páginas', h2, 2)
d.p('Guarde este separador en su libro, en la agenda o en el bolso. Cada uno trae una idea para su trabajo de cuidado.')
d.add(FrameBreak())
# 2
d.h('Su jornada', h1, 1)
d.ul([('Si vive en la casa donde cuida:', ['jornada máxima de 12 horas con una hora de descanso;', 'un día libre completo por semana.']), 'Si cuida por horas, anote cada día la hora de entrada y de salida.', 'Las noches en vela se pagan como tiempo de trabajo.'], body)
d.add(FrameBreak())
# 3
d.h('Cuide su espalda', h1, 1)
d.ul(['Doble las rodillas, no la cintura, al levantar a la persona.', 'Pida ayuda o una grúa para los traslados de la cama a la silla.', 'Haga estiramientos cinco minutos al inicio del turno.'], body, bullet='✓')
d.add(FrameBreak())
# 4
d.h('¿Sabía que…?', h1, 1)
d.p('La Caja Costarricense de Seguro Social (CCSS) y la Asociación de Cuidadoras de Cartago (ASOCUIDA) tienen un convenio desde 2023: las socias se aseguran en la misma oficina de la asociación.')
d.h('Afíliese en tres pasos', h2, 2)
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in ['Pida la constancia de trabajo a su empleadora.', 'Lleve la cédula a la oficina de ASOCUIDA.', 'Pague la cuota por SINPE Móvil cada mes.']],
                   bulletType='1', bulletFontName='DVB', bulletFontSize=7.8, bulletColor=VE, leftIndent=10))
d.add(FrameBreak())
# page 2 — 5
d.h('Las cuidadoras en cifras', h1, 1)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), TE), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#c9a7bb')), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)])
d.tab([['Indicador', '2023', '2025']], [['Cuidadoras en el proyecto', '540', '910'], ['Aseguradas en la CCSS', '38 %', '66 %'], ['Con contrato escrito', '21 %', '47 %'], ['Lesiones de espalda reportadas', '112', '64']],
      cell, cellh, [30*mm, 12*mm, 12*mm], ts, caption='Fuente: Instituto Nacional de Estadística y Censos (INEC); registros de ASOCUIDA.', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.add(FrameBreak())
# 6
d.h('En sus palabras', h1, 1)
d.q('Cuidé a doña Carmen once años sin seguro. Ahora tengo mi carné de la Caja y un contrato, y cuando me lastimé la espalda me pagaron la incapacidad.', 'Marielos Quesada', 'cuidadora y presidenta de ASOCUIDA', qst, qw)
d.add(FrameBreak())
# 7
d.h('Quiénes apoyan', h1, 1)
d.p('La Unión Europea financia los separadores mediante un acuerdo de contribución con la Organización Internacional del Trabajo (OIT) para 2025-2028.', small)
d.p('En 2024 fue firmado un memorando de entendimiento entre el Ministerio de Trabajo y Seguridad Social de Costa Rica (MTSS), el Consejo Nacional de la Persona Adulta Mayor (CONAPAM) y la OIT.', small)
d.p('Este año, la residencia Hogar Los Robles envió una carta de intención al Instituto Nacional de Aprendizaje (INA) para formar a su personal.', small)
d.p('La OIT y ONU Mujeres llevan adelante el programa conjunto sobre economía del cuidado, que empezó en 2022 y terminará en 2026.', small)
d.p('La Universidad de Costa Rica acompaña como observadora. La Municipalidad de Cartago presta su salón. Con un banco cooperativo se conversó sobre microcréditos, pero no se ha firmado nada. Imprenta Central imprimió los separadores por encargo.', small)
d.add(FrameBreak())
# 8
d.h('Contacto', h1, 1)
d.contact('Daniela Solís', 'solis@ilo.org', '+506 2207 8700')
d.add(d.P('Daniela Solís', body)); d.i('Especialista en economía del cuidado, OIT San José', body); d.i('Tel.: +506 2207 8700', body); d.i('Correo electrónico: solis@ilo.org', body)
d.add(d.P(d.link('www.ilo.org/sanjose'), body))
d.orgs(('Caja Costarricense de Seguro Social', 'CCSS'), ('Asociación de Cuidadoras de Cartago', 'ASOCUIDA'), ('Instituto Nacional de Estadística y Censos', 'INEC'), 'Unión Europea',
       ('Organización Internacional del Trabajo', 'OIT'), ('Ministerio de Trabajo y Seguridad Social de Costa Rica', 'MTSS'), ('Consejo Nacional de la Persona Adulta Mayor', 'CONAPAM'),
       'Hogar Los Robles', ('Instituto Nacional de Aprendizaje', 'INA'), 'ONU Mujeres', 'Universidad de Costa Rica', 'Municipalidad de Cartago', 'Imprenta Central', 'OIT San José')
d.countries('CR')
d.ps(['CCSS', 'ASOCUIDA'], 'cooperation_agreement', 2023)
d.ps(['Unión Europea', 'OIT'], 'funding', 2025, 2028)
d.ps(['MTSS', 'CONAPAM', 'OIT'], 'memorandum_of_understanding', 2024)
d.ps(['Hogar Los Robles', 'INA'], 'letter_of_intent', 2025)
d.ps(['OIT', 'ONU Mujeres'], 'programme', 2022, 2026)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
