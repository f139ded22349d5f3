from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Table, KeepTogether, NextPageTemplate, Paragraph
W, Hh = A4
d = RL('blind8-10-es-confeccion-elalto', 'es', 'reportlab', 'blind-course-catalogue', 'formación para confeccionistas')
MAG = colors.HexColor('#8e1b5a'); TEAL = colors.HexColor('#1b7f8e'); PALE = colors.HexColor('#f7eef3')
body = ParagraphStyle('b', fontName='DV', fontSize=9.4, leading=12.6, spaceAfter=5); d.body = body
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=MAG, spaceBefore=6, spaceAfter=4)
ch = ParagraphStyle('ch', fontName='DVB', fontSize=10, leading=12.5, textColor=TEAL, spaceAfter=2)
cb = ParagraphStyle('cb', fontName='DV', fontSize=9, leading=11.8, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.8, leading=10)
tag = ParagraphStyle('t', fontName='DVB', fontSize=7, leading=9, textColor=MAG)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10.5, leading=14, textColor=MAG, spaceBefore=6, leftIndent=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=6, leftIndent=6)
cell = ParagraphStyle('c', fontName='DVC', fontSize=8, leading=10); cellh = ParagraphStyle('chh', fontName='DVCB', fontSize=8, leading=10, textColor=colors.white)
kick = d.ign('CATÁLOGO DE CURSOS 2026'); title = d.title('Aprender a coser, cobrar y crecer: cursos gratuitos para confeccionistas de El Alto')
sub = d.para('Programa «Hilando futuro» de la Organización Internacional del Trabajo (OIT) · Distritos 3, 4 y 8 de El Alto, Bolivia')
feet = [d.furn('«Hilando futuro» · Catálogo de cursos 2026 · Página 1 de 2'), d.furn('«Hilando futuro» · Catálogo de cursos 2026 · Página 2 de 2')]
def band(c, doc):
    c.setFillColor(MAG); c.rect(0, Hh-46*mm, W, 46*mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#f2c14e')); c.setFont('DVB', 8.5); c.drawString(15*mm, Hh-12*mm, kick)
    c.setFillColor(colors.white); p = Paragraph(d.e(title), ParagraphStyle('tt', fontName='DVB', fontSize=18, leading=22, textColor=colors.white))
    w, h = p.wrap(W-30*mm, 40*mm); p.drawOn(c, 15*mm, Hh-16*mm-h)
    c.setFont('DV', 8.5); c.drawString(15*mm, Hh-41*mm, sub)
    foot(c, doc)
def foot(c, doc):
    c.setFillColor(colors.HexColor('#666666')); c.setFont('DV', 7); c.drawRightString(W-15*mm, 9*mm, feet[doc.page-1])
    c.setStrokeColor(MAG); c.line(15*mm, 13*mm, W-15*mm, 13*mm)
cw = (W-30*mm-6*mm)/2
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title=title)
doc.addPageTemplates([PageTemplate('p1', [Frame(15*mm, 16*mm, cw, Hh-68*mm, id='a', leftPadding=0, rightPadding=0), Frame(15*mm+cw+6*mm, 16*mm, cw, Hh-68*mm, id='b', leftPadding=0, rightPadding=0)], onPage=band),
                      PageTemplate('p2', [Frame(15*mm, 16*mm, cw, Hh-32*mm, id='c', leftPadding=0, rightPadding=0), Frame(15*mm+cw+6*mm, 16*mm, cw, Hh-32*mm, id='d', leftPadding=0, rightPadding=0)], onPage=foot)])
d.add(NextPageTemplate('p2'))
d.p('En El Alto, miles de talleres familiares cosen ropa deportiva, chompas y polleras para el mercado de la ciudad y para la exportación. «Hilando futuro» ofrece cursos cortos, gratuitos y con certificado para que los talleres ganen más y trabajen en mejores condiciones. Elija su curso y regístrese en la sede más cercana.')
courses = [('Curso 1', 'Corte y patronaje industrial', 'Aprenda a sacar moldes por tallas y a reducir el desperdicio de tela.', ['Duración: 60 horas, 10 semanas', 'Horario: lunes y miércoles, de 18:00 a 21:00', 'Requisito: saber coser a máquina recta']),
           ('Curso 2', 'Costos y precios para el taller', 'Calcule cuánto le cuesta de verdad cada prenda y cuánto debe cobrar.', ['Duración: 24 horas', ('Incluye:', ['planilla de costos en el celular;', 'simulación de pedidos grandes.'])]),
           ('Curso 3', 'Seguridad y salud en el taller', 'Polvo de tela, postura, instalaciones eléctricas y prevención de incendios.', ['Duración: 16 horas, dos sábados', 'Entrega de un botiquín por taller']),
           ('Curso 4', 'Formalizar mi taller paso a paso', 'NIT, registro municipal, contratos y afiliación a la seguridad social de corto plazo.', ['Duración: 20 horas', 'Acompañamiento individual de tres meses'])]
for i, (t, name, desc, items) in enumerate(courses):
    n0 = len(d.story); d.i(t.upper(), tag); d.h(name, ch, level=2); d.p(desc, cb); d.ul(items, cb, cb)
    inner = d.story[n0:]; del d.story[n0:]
    box = Table([[inner]], colWidths=[cw]); box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, MAG), ('BACKGROUND', (0, 0), (-1, -1), PALE), ('LEFTPADDING', (0, 0), (-1, -1), 6), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    d.add(box, Spacer(1, 8))
    if i == 1: d.add(FrameBreak())
d.h('¿Quién puede inscribirse?', h1)
d.p('Dueñas y dueños de talleres, costureras y costureros asalariados o a destajo, y jóvenes de 16 a 29 años que quieran aprender el oficio. Se da prioridad a las mujeres jefas de hogar.')
d.add(FrameBreak())
d.h('Calendario y sedes', h1)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL), ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9ad')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['Curso', 'Inicio', 'Sede', 'Cupos']], [['1', '2 de febrero', 'UPEA, Villa Esperanza', '40'], ['2', '16 de febrero', 'Casa de la Mujer, Distrito 4', '60'], ['3', '7 de marzo', 'Sede de la ACEA, Ciudad Satélite', '80'], ['4', '6 de abril', 'Plataforma municipal de empleo, Distrito 8', '50']],
      cell, cellh, [14*mm, 20*mm, 36*mm, 13*mm], ts)
d.add(Spacer(1, 6))
d.h('Quiénes hacen posible los cursos', h1)
d.p('Los cursos son gratuitos gracias a la Agencia Suiza para el Desarrollo y la Cooperación (COSUDE). COSUDE y la OIT firmaron en 2023 un acuerdo de financiamiento que fue ampliado hasta 2026.')
d.p('Las sedes se consiguieron mediante un convenio interinstitucional suscrito en 2024 entre el Gobierno Autónomo Municipal de El Alto (GAMEA), la Universidad Pública de El Alto (UPEA) y la OIT.')
d.p('La Asociación de Confeccionistas de El Alto (ACEA) firmó con el Banco FIE una carta de intención en 2025 para abrir una línea de crédito para máquinas industriales.')
d.p('El 8 de marzo de 2025, la Central Obrera Regional de El Alto (COR El Alto) y la Cámara Departamental de Industrias de La Paz (CDI) suscribieron un memorando de entendimiento sobre pasantías pagadas en fábricas de confección.')
d.add(d.P('Los certificados llevan el sello del Ministerio de Trabajo, Empleo y Previsión Social. Los datos sobre talleres provienen del Instituto Nacional de Estadística (INE).', small))
d.add(FrameBreak())
d.q('Con el curso de costos supe que perdía plata en cada chompa. Ahora cobro lo justo y pago mejor a mis dos costureras.', 'Benita Quispe Mamani', 'dueña de taller, Distrito 4', qst, qw)
d.h('Inscripciones', h1)
d.contact('Rodrigo Choque', 'choque@ilo.org', '+591 2 2129 860')
for s in ['Rodrigo Choque', d.ign('Responsable de formación, «Hilando futuro»'), d.ign('Tel.: +591 2 2129 860'), d.ign('Correo electrónico: choque@ilo.org'), d.link('www.ilo.org/lima')]:
    d.add(d.P(s, small))
d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Agencia Suiza para el Desarrollo y la Cooperación', 'COSUDE'), ('Gobierno Autónomo Municipal de El Alto', 'GAMEA'), ('Universidad Pública de El Alto', 'UPEA'),
       ('Asociación de Confeccionistas de El Alto', 'ACEA'), 'Banco FIE', ('Central Obrera Regional de El Alto', 'COR El Alto'), ('Cámara Departamental de Industrias de La Paz', 'CDI'),
       'Ministerio de Trabajo, Empleo y Previsión Social', ('Instituto Nacional de Estadística', 'INE'), 'Casa de la Mujer')
d.countries('BO')
d.ps(['COSUDE', 'OIT'], 'funding', 2023, 2026)
d.ps(['GAMEA', 'UPEA', 'OIT'], 'cooperation_agreement', 2024)
d.ps(['ACEA', 'Banco FIE'], 'letter_of_intent', 2025)
d.ps(['COR El Alto', 'CDI'], 'memorandum_of_understanding', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
