from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, TableStyle, Table, KeepTogether, PageBreak
from reportlab.platypus.flowables import Flowable
W, Hh = A4
d = RL('blind9-09-es-formulario-tabaco', 'es', 'reportlab', 'blind-form-checklist', 'seguridad y salud y trabajo infantil en las casas de curado de tabaco')
GREEN = colors.HexColor('#2f5d3a'); LEAF = colors.HexColor('#e7efe0'); BROWN = colors.HexColor('#7b4a1e')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.2, spaceAfter=4); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=19, leading=23, textColor=colors.white)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=colors.HexColor('#cfe3c3'))
sub = ParagraphStyle('s', fontName='DV', fontSize=9.5, leading=12, textColor=colors.white)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=GREEN, spaceBefore=7, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, textColor=BROWN, spaceBefore=5, spaceAfter=3)
field = ParagraphStyle('f', fontName='DV', fontSize=8.5, leading=15)
small = ParagraphStyle('sm', fontName='DV', fontSize=7.6, leading=9.8, spaceAfter=3)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10, leading=13.5, textColor=GREEN, spaceBefore=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.6, leading=9.5, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DV', fontSize=8, leading=10); cellh = ParagraphStyle('ch', fontName='DVB', fontSize=8, leading=10, textColor=colors.white)
class Box(Flowable):
    def wrap(s, aw, ah): return 9, 9
    def draw(s): s.canv.setStrokeColor(colors.HexColor('#333333')); s.canv.setLineWidth(0.7); s.canv.rect(0, 0, 9, 9, stroke=1, fill=0)
F = 'Lista de autoevaluación · Casas de tabaco · Pinar del Río'
for n in (1, 2): d.furn(F); d.furn(f'Hoja {n} de 2')
def deco(c, doc):
    n = doc.page
    if n == 1: c.setFillColor(GREEN); c.rect(0, Hh-40*mm, W, 40*mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#666666')); c.setFont('DV', 7)
    c.drawString(15*mm, 9*mm, F); c.drawRightString(W-15*mm, 9*mm, f'Hoja {n} de 2')
    c.setStrokeColor(GREEN); c.setLineWidth(0.5); c.line(15*mm, 12.5*mm, W-15*mm, 12.5*mm)
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Lista de autoevaluación – casas de tabaco', leftMargin=15*mm, rightMargin=15*mm, topMargin=10*mm, bottomMargin=16*mm)
doc.addPageTemplates([PageTemplate('p', [Frame(15*mm, 16*mm, W-30*mm, Hh-26*mm, id='f')], onPage=deco)])
d.i('ORGANIZACIÓN INTERNACIONAL DEL TRABAJO · LISTA DE AUTOEVALUACIÓN N.º 3', kick)
d.add(Spacer(1, 3))
d.T('¿Es segura su casa de tabaco?', tit)
d.p('Para cooperativas y productores de tabaco de Pinar del Río, Cuba: revise su casa de cura antes de la cosecha de 2026', sub)
d.add(Spacer(1, 10*mm))
for s in ['Cooperativa: ……………………………………………   Finca o vega: ……………………………………', 'Responsable de seguridad: ……………………………………   Fecha: ……… / ……… / 2026']:
    d.i(s, field)
d.p('La lista fue preparada con el Ministerio de Trabajo y Seguridad Social (MTSS), la Asociación Nacional de Agricultores Pequeños (ANAP) y el Sindicato Nacional de Trabajadores Agropecuarios, Forestales y Tabacaleros (SNTAFT). Llénela junto con los trabajadores de la vega.')
d.h('Cómo llenar esta lista', h2)
d.ul(['Recorra la casa de cura y el almacén con la lista en la mano.', 'Marque una sola casilla por pregunta.', ('Si marca «No»:', ['anote la fecha en que lo va a resolver;', 'avise a su cooperativa.']), 'Guarde la hoja y repita la revisión cada tres meses.'], body, btype='1')
def ftab(rows, start):
    ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), GREEN), ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa99a')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                     ('ALIGN', (2, 1), (-1, -1), 'CENTER'), ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, LEAF])])
    header, rs = d.table([['N.º', 'Pregunta', 'Sí', 'No', 'N/A']], [[str(start + k), q, '', '', ''] for k, q in enumerate(rows)])
    data = [[d.P(c, cellh) for c in header[0]]] + [[d.P(r[0], cell), d.P(r[1], cell), Box(), Box(), Box()] for r in rs]
    t = Table(data, colWidths=[10*mm, 128*mm, 14*mm, 14*mm, 14*mm]); t.setStyle(ts); d.add(t)
d.h('A. La casa de cura', h1)
ftab(['¿Las escaleras y los andamios para colgar los cujes están firmes y tienen baranda?', '¿Quien trabaja en lo alto usa arnés o cuerda de seguridad?', '¿Hay agua potable a menos de 50 metros?',
      '¿La casa tiene dos salidas libres de obstáculos?', '¿Hay un botiquín completo y alguien que sepa usarlo?', '¿Las pausas se toman a la sombra en las horas de más calor?'], 1)
d.h('B. Plaguicidas y químicos', h1)
ftab(['¿Los plaguicidas se guardan bajo llave, lejos de la casa de cura y de las viviendas?', '¿Quien fumiga tiene guantes, careta y ropa que se queda en la finca?', '¿Se respeta el plazo de reentrada indicado en la etiqueta?',
      '¿Hay un lugar para lavarse después de fumigar?', '¿Los envases vacíos se devuelven al punto de recogida?', '¿Los trabajadores saben leer la etiqueta o se la explicaron?'], 7)
d.add(PageBreak())
d.h('C. Niños, niñas y adolescentes', h1)
ftab(['¿Ningún menor de 15 años trabaja en la vega o en la casa de cura?', '¿Los adolescentes de 15 a 17 años no fumigan ni cargan más de 20 kilos?', '¿Los adolescentes no trabajan en lo alto ni de noche?', '¿Los hijos de los trabajadores van a la escuela durante la cosecha?'], 13)
d.h('Resultado', h2)
ts2 = TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#cccccc')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([], [['0 a 2 respuestas «No»', 'Su casa de tabaco va bien: repita la revisión en tres meses.'], ['3 a 6 respuestas «No»', 'Prepare un plan con su cooperativa antes de la cosecha.'], ['7 o más, o un «No» en la parte C', 'Pida hoy mismo la visita del técnico de seguridad de la ANAP.']],
      cell, cell, [50*mm, 130*mm], ts2)
d.h('Quiénes respaldan esta lista', h1)
d.p('Italia financia esta herramienta a través de la Agencia Italiana de Cooperación para el Desarrollo (AICS), que firmó un acuerdo de contribución con la Organización Internacional del Trabajo (OIT). El acuerdo data de 2023 y vence en 2026.')
d.p('Un convenio sobre seguridad en las casas de cura fue suscrito en 2024 por el MTSS, la ANAP y el SNTAFT.')
d.p('La OIT y la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO) ejecutan desde 2024 un programa conjunto sobre el uso seguro de plaguicidas.')
d.p('Desde 2021, el Grupo Empresarial de Tabaco de Cuba (Tabacuba) y el Instituto de Investigaciones del Tabaco colaboran mediante un convenio de investigación, prorrogado hasta 2027.')
d.p('En 2025, la CCS Vegas de Río Hondo firmó una carta de intención con el Instituto Politécnico Agropecuario de San Juan y Martínez para formar a 60 jóvenes como técnicos de seguridad.')
d.p('El formulario fue revisado por el Instituto Nacional de Salud de los Trabajadores mediante un contrato de servicios. La Casa de Cultura de San Luis prestó su local para las pruebas, y las cifras provienen de la Oficina Nacional de Estadística e Información (ONEI). Hubo conversaciones con una empresa exportadora, pero no se ha firmado nada.', small)
d.q('Antes colgábamos los cujes a seis metros sin nada que nos sujetara. Con la lista vimos que la casa entera tenía que cambiar, y lo hicimos entre todos.', 'Yusleidy Martínez Pérez', 'responsable de seguridad, CCS Vegas de Río Hondo', qst, qw)
d.h('¿Dudas?', h2)
d.contact('Ernesto Valdés Rivero', 'valdes@ilo.org', '+53 7 204 1185')
for s in ['Ernesto Valdés Rivero', d.ign('Coordinador nacional, proyecto Vegas Seguras'), d.ign('Tel.: +53 7 204 1185'), d.ign('Correo electrónico: valdes@ilo.org'), d.link('www.ilo.org/sanjose')]:
    d.add(d.P(s, small))
d.add(Spacer(1, 8))
for s in ['Firma del responsable: ……………………………………', 'Firma de un representante de los trabajadores: ……………………………………']:
    d.i(s, field)
d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Ministerio de Trabajo y Seguridad Social', 'MTSS'), ('Asociación Nacional de Agricultores Pequeños', 'ANAP'),
       ('Sindicato Nacional de Trabajadores Agropecuarios, Forestales y Tabacaleros', 'SNTAFT'), ('Agencia Italiana de Cooperación para el Desarrollo', 'AICS'),
       ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'), ('Grupo Empresarial de Tabaco de Cuba', 'Tabacuba'), 'Instituto de Investigaciones del Tabaco',
       'CCS Vegas de Río Hondo', 'Instituto Politécnico Agropecuario de San Juan y Martínez', 'Instituto Nacional de Salud de los Trabajadores', 'Casa de Cultura de San Luis',
       ('Oficina Nacional de Estadística e Información', 'ONEI'), 'Vegas Seguras')
d.countries('CU', 'IT')
d.ps(['AICS', 'OIT'], 'funding', 2023, 2026)
d.ps(['MTSS', 'ANAP', 'SNTAFT'], 'cooperation_agreement', 2024)
d.ps(['OIT', 'FAO'], 'programme', 2024)
d.ps(['Tabacuba', 'Instituto de Investigaciones del Tabaco'], 'cooperation_agreement', 2021, 2027)
d.ps(['CCS Vegas de Río Hondo', 'Instituto Politécnico Agropecuario de San Juan y Martínez'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
