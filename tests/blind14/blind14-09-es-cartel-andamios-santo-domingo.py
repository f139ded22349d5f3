from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, Spacer, ListFlowable, ListItem
W, Hh = A4
d = RL('blind14-09-es-cartel-andamios-santo-domingo', 'es', 'reportlab', 'blind-poster-big-figure', 'andamieros de la construcción, caídas y formación')
RED = colors.HexColor('#c8102e'); NAVY = colors.HexColor('#0b2545'); YEL = colors.HexColor('#ffd23f')
body = ParagraphStyle('b', fontName='DV', fontSize=7.7, leading=9.6, spaceAfter=2.5); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=7, leading=8.8, spaceAfter=2)
tit = ParagraphStyle('t', fontName='DVB', fontSize=25, leading=28, textColor=NAVY, spaceAfter=3)
sub = ParagraphStyle('su', fontName='DVI', fontSize=10, leading=13, spaceAfter=2)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11, leading=13.5, textColor=RED, spaceBefore=4, spaceAfter=2)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9, leading=11, textColor=NAVY, spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.6, leading=9.2); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.6, leading=9.2, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9, leading=11.4, textColor=NAVY, spaceBefore=3); qw = ParagraphStyle('qw', fontName='DV', fontSize=7, leading=8.8, spaceAfter=4)
KIND = d.ign('CAMPAÑA «ARRIBA SEGUROS» · REPÚBLICA DOMINICANA')
FIG = d.ign('1 de 3')
FL1 = d.ign('andamios revisados en Santo Domingo en 2024')
FL2 = d.ign('no tenía barandas ni rodapiés')
def deco(c, doc):
    c.saveState()
    c.setFillColor(NAVY); c.rect(0, Hh-14*mm, W, 14*mm, stroke=0, fill=1)
    c.setFillColor(YEL); c.setFont('DVB', 9); c.drawString(14*mm, Hh-9*mm, KIND)
    c.setFillColor(YEL); c.rect(0, Hh-152*mm, W, 92*mm, stroke=0, fill=1)
    c.setFillColor(RED); c.setFont('DVB', 150); c.drawCentredString(W/2, Hh-122*mm, FIG)
    c.setFillColor(NAVY); c.setFont('DVB', 15); c.drawCentredString(W/2, Hh-135*mm, FL1); c.drawCentredString(W/2, Hh-143*mm, FL2)
    c.restoreState()
x0, x1 = 14*mm, W-14*mm; mid = W/2
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Arriba seguros')
doc.addPageTemplates([PageTemplate('p', [Frame(x0, Hh-60*mm, x1-x0, 44*mm, id='top'), Frame(x0, 10*mm, mid-x0-4*mm, Hh-164*mm, id='l'), Frame(mid+4*mm, 10*mm, x1-mid-4*mm, Hh-164*mm, id='r')], onPage=deco)])
d.T('Un andamio sin baranda es una caída anunciada', tit)
d.p('Santo Domingo, abril de 2025 — guía para andamieros, maestros de obra y contratistas', sub)
d.add(FrameBreak())
d.h('Antes de subir', h1)
d.ul([('Revise el andamio con el maestro de obra:', ['barandas a 1 metro y rodapiés en cada plataforma;', 'placas de apoyo sobre suelo firme.']), 'Use arnés anclado por encima de los 2 metros.', 'No suba con lluvia ni con viento fuerte.'], body, body)
d.h('Si ve un andamio inseguro', h2, 2)
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in ['Baje y avise al maestro de obra.', 'Llame al delegado de SUTRACONS.', 'Si nadie responde, denuncie ante la inspección del trabajo.']], bulletType='1', leftIndent=11, bulletFontName='DVB', bulletFontSize=8.3, bulletColor=RED))
d.h('Las caídas en cifras', h2, 2)
d.tab([['Indicador', '2023', '2024']], [['Caídas de altura notificadas', '412', '389'], ['Muertes en obra por caída', '37', '31'], ['Andamieros certificados', '120', '640']], cell, cellh, [46*mm, 18*mm, 18*mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.grey), ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]),
      caption='Fuente: IDOPPRIL y Oficina Nacional de Estadística (ONE).', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.q('Me caí de un tercer piso en 2019. Hoy enseño a los muchachos a no subir sin revisar la baranda.', 'Ramón Peguero', 'andamiero y delegado de SUTRACONS, Los Alcarrizos', qst, qw)
d.add(FrameBreak())
d.h('Quiénes están detrás', h1)
d.p('Cuatro instituciones firmaron en 2024 el memorando de entendimiento que sostiene la campaña: el Ministerio de Trabajo, el Instituto Dominicano de Prevención y Protección de Riesgos Laborales (IDOPPRIL), la Confederación Nacional de Unidad Sindical (CNUS) y la Asociación Dominicana de Constructores y Promotores de Viviendas (ACOPROVI).')
d.p('El año pasado, el Ayuntamiento del Distrito Nacional (ADN) y el Sindicato Unido de Trabajadores de la Construcción (SUTRACONS) firmaron una carta de intención para revisar los andamios de las obras municipales.')
d.p('Japón financia la formación a través de la Agencia de Cooperación Internacional del Japón (JICA), con una subvención a la Organización Internacional del Trabajo (OIT) que se extiende de 2024 a 2026.')
d.p('La OIT y ONU-Hábitat comparten desde 2023 un programa conjunto sobre vivienda segura, del que forma parte este cartel.')
d.p('El Colegio Dominicano de Ingenieros, Arquitectos y Agrimensores (CODIA) revisó los modelos de andamio sin ser parte de ningún acuerdo. Andamios del Caribe SRL presta los equipos de práctica mediante un contrato de alquiler.', small)
d.h('Contacto', h2, 2)
d.contact('Yokasta Mejía', 'mejia@ilo.org', '+1 809 221 7645')
for s in ['Yokasta Mejía', d.ign('Oficina de la OIT para América Central, Haití, Panamá y República Dominicana'), d.ign('Tel.: +1 809 221 7645'), d.ign('Correo electrónico: mejia@ilo.org'), d.link('www.ilo.org/sanjose')]:
    d.add(d.P(s, small))
d.add(Spacer(1, 4*mm))
d.p('* El Instituto Nacional de Formación Técnico Profesional (INFOTEP) y ACOPROVI suscribieron en 2025 un convenio para certificar a los andamieros en las propias obras.', ParagraphStyle('fn', parent=small, fontSize=6.6, leading=8.2))
d.orgs(('Sindicato Unido de Trabajadores de la Construcción', 'SUTRACONS'), ('Instituto Dominicano de Prevención y Protección de Riesgos Laborales', 'IDOPPRIL'), ('Oficina Nacional de Estadística', 'ONE'),
       'Ministerio de Trabajo', ('Confederación Nacional de Unidad Sindical', 'CNUS'), ('Asociación Dominicana de Constructores y Promotores de Viviendas', 'ACOPROVI'),
       ('Ayuntamiento del Distrito Nacional', 'ADN'), ('Agencia de Cooperación Internacional del Japón', 'JICA'), ('Organización Internacional del Trabajo', 'OIT'), 'ONU-Hábitat',
       ('Colegio Dominicano de Ingenieros, Arquitectos y Agrimensores', 'CODIA'), 'Andamios del Caribe SRL', ('Instituto Nacional de Formación Técnico Profesional', 'INFOTEP'))
d.countries('DO', 'JP', 'HT', 'PA')
d.ps(['Ministerio de Trabajo', 'IDOPPRIL', 'CNUS', 'ACOPROVI'], 'memorandum_of_understanding', 2024)
d.ps(['ADN', 'SUTRACONS'], 'letter_of_intent', 2024)
d.ps(['JICA', 'OIT'], 'funding', 2024, 2026)
d.ps(['OIT', 'ONU-Hábitat'], 'programme', 2023)
d.ps(['INFOTEP', 'ACOPROVI'], 'cooperation_agreement', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
