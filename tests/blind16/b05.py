from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, Spacer, ListFlowable, ListItem
W, Hh = A4
d = RL('blind16-05-es-comparativo-sigsig-toquilleras', 'es', 'reportlab', 'blind-comparison-chart', 'tejedoras de paja toquilla, seguro social y microseguro')
OCH = colors.HexColor('#b5651d'); DK = colors.HexColor('#3e2723'); CR = colors.HexColor('#fff3e0')
body = ParagraphStyle('b', fontName='DV', fontSize=8, leading=10, spaceAfter=3); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=7.2, leading=9, spaceAfter=2)
tit = ParagraphStyle('t', fontName='DVB', fontSize=23, leading=26, textColor=DK, spaceAfter=3)
sub = ParagraphStyle('su', fontName='DVI', fontSize=9.5, leading=12, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11.5, leading=14, textColor=OCH, spaceBefore=5, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9, leading=11, textColor=DK, spaceBefore=4, spaceAfter=2)
cell = ParagraphStyle('c', fontName='DV', fontSize=7.8, leading=9.6); cellh = ParagraphStyle('ch', fontName='DVB', fontSize=8, leading=9.8, textColor=colors.white)
cellr = ParagraphStyle('cr', fontName='DVB', fontSize=7.8, leading=9.6, textColor=DK)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.6, leading=12.2, textColor=DK, spaceBefore=4); qw = ParagraphStyle('qw', fontName='DV', fontSize=7, leading=8.8, spaceAfter=4)
KIND = d.ign('GUÍA COMPARATIVA · TEJEDORAS DE PAJA TOQUILLA DEL AZUAY')
def deco(c, doc):
    c.saveState(); c.setFillColor(OCH); c.rect(0, Hh-12*mm, W, 12*mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('DVB', 8.5); c.drawString(14*mm, Hh-7.5*mm, KIND)
    c.setStrokeColor(OCH); c.setLineWidth(0.6); c.line(W/2, 12*mm, W/2, Hh-119*mm); c.restoreState()
x0, x1, mid = 14*mm, W-14*mm, W/2
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Tres seguros, cara a cara')
doc.addPageTemplates([PageTemplate('p', [Frame(x0, Hh-114*mm, x1-x0, 98*mm, id='top'), Frame(x0, 10*mm, mid-x0-5*mm, Hh-128*mm, id='l'), Frame(mid+5*mm, 10*mm, x1-mid-5*mm, Hh-128*mm, id='r')], onPage=deco)])
d.T('¿Qué seguro le conviene a una tejedora de sombreros?', tit)
d.p('Cuenca, mayo de 2025 — comparación de tres opciones para las tejedoras de paja toquilla de Sígsig, Chordeleg y Gualaceo', sub)
d.h('Tres seguros, cara a cara', h1)
hdr = [['', 'Seguro Social Campesino', 'Afiliación voluntaria al IESS', 'Microseguro de Jardín Azuayo']]
rows = [['Quién puede afiliarse', 'tejedoras que viven en el campo y no tienen patrono', 'cualquier tejedora mayor de 15 años', 'socias de la cooperativa'],
        ['Aporte mensual', 'USD 2,80 por familia', 'USD 82,35 (17,6 % del salario básico)', 'USD 4,50'],
        ['Atención de salud', 'sí, en dispensarios del IESS', 'sí, en hospitales del IESS', 'solo hospitalización'],
        ['Jubilación', 'sí, a los 65 años', 'sí, tras 30 años de aportes', 'no'],
        ['Accidentes y dolores de manos', 'no', 'sí, como riesgo del trabajo', 'sí, hasta USD 600 al año'],
        ['Quién lo ofrece', 'IESS', 'IESS', 'Jardín Azuayo, con Barranco & Vega (carta de intención de 2025)']]
d.tab(hdr, rows, cell, cellh, [42*mm, 44*mm, 44*mm, 52*mm],
      TableStyle([('BACKGROUND', (0, 0), (-1, 0), DK), ('BACKGROUND', (0, 1), (0, -1), CR), ('LINEBELOW', (0, 1), (-1, -1), 0.4, OCH), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                  ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]),
      caption='Montos vigentes en 2025. Fuente: IESS y Cooperativa de Ahorro y Crédito Jardín Azuayo.', capst=ParagraphStyle('cap', parent=small, fontName='DVI', spaceBefore=2))
d.add(FrameBreak())
d.h('Cómo elegir', h1)
d.add(ListFlowable([ListItem(d.P(d.bullet(s), body)) for s in ['Cuente cuántos sombreros teje al mes y cuánto le pagan.', 'Pregunte en la asociación si vive en zona campesina.', 'Compare el aporte con lo que gasta hoy en el médico.']], bulletType='1', leftIndent=11, bulletFontName='DVB', bulletFontSize=8, bulletColor=OCH))
d.h('Antes de firmar', h2, 2)
d.ul([('Pida una copia de la póliza o del formulario:', ['léala con una compañera de la asociación;', 'revise qué dolores y accidentes cubre.']), 'No pague aportes a intermediarios.', 'Guarde los recibos de cada mes.'], body, body)
d.q('Tejo desde los nueve años. Con el Seguro Campesino mi mamá se operó de la vista, y ahora yo también aporto.', 'Rosa Guamán', 'tejedora, comunidad de San Bartolomé', qst, qw)
d.add(FrameBreak())
d.h('Quiénes respaldan la iniciativa', h1)
d.p('Cuatro firmas sostienen el convenio de 2024 para afiliar a las tejedoras: las del Instituto Ecuatoriano de Seguridad Social (IESS), la Cooperativa de Ahorro y Crédito Jardín Azuayo, la Asociación de Tejedoras Paja Fina del Sígsig y el GAD Municipal de Sígsig.')
d.p('El memorando de entendimiento sobre los dolores de manos y espalda fue firmado en 2023 por la Universidad de Cuenca y la Asociación de Tejedoras Paja Fina del Sígsig; sus estudiantes de fisioterapia visitan los talleres cada mes.')
d.p('La Agencia Francesa de Desarrollo (AFD) aprobó el año pasado una donación de 900 000 euros a la Organización Internacional del Trabajo (OIT), que se ejecutará hasta 2027.')
d.p('Desde 2022, el programa conjunto de la OIT y la Organización Mundial de la Propiedad Intelectual (OMPI) ayuda a proteger la denominación de origen del sombrero de paja toquilla.')
d.p('Radio Sígsig Estéreo difunde las fechas de afiliación gracias a su convenio con la asociación, firmado en 2021 y renovado hasta 2027.')
d.h('Otros actores', h2, 2)
d.p('El Ministerio de Trabajo del Ecuador revisó los materiales sin ser parte de los acuerdos. La Defensoría del Pueblo asistió como observadora. Aseguradora Sur Andina S.A. presentó una oferta, pero no se ha firmado nada. La Imprenta Monsalve Moreno cobró por imprimir esta guía, y el Hospital Vicente Corral Moscoso presta su auditorio para los talleres. Los datos de empleo vienen del Instituto Nacional de Estadística y Censos (INEC).', small)
d.h('Contacto', h2, 2)
d.contact('Andrea Quizhpi', 'quizhpi@ilo.org', '+593 2 246 1088')
for s in ['Andrea Quizhpi', d.ign('Oficina de la OIT para los Países Andinos'), d.ign('Tel.: +593 2 246 1088'), d.ign('Correo electrónico: quizhpi@ilo.org'), d.link('www.ilo.org/lima')]:
    d.add(d.P(s, small))
d.orgs(('Instituto Ecuatoriano de Seguridad Social', 'IESS'), 'Seguro Social Campesino', 'Cooperativa de Ahorro y Crédito Jardín Azuayo', 'Barranco & Vega',
       'Asociación de Tejedoras Paja Fina del Sígsig', 'GAD Municipal de Sígsig', 'Universidad de Cuenca', ('Agencia Francesa de Desarrollo', 'AFD'),
       ('Organización Internacional del Trabajo', 'OIT'), ('Organización Mundial de la Propiedad Intelectual', 'OMPI'), 'Radio Sígsig Estéreo', 'Ministerio de Trabajo del Ecuador',
       'Defensoría del Pueblo', 'Aseguradora Sur Andina S.A.', 'Imprenta Monsalve Moreno', 'Hospital Vicente Corral Moscoso', ('Instituto Nacional de Estadística y Censos', 'INEC'))
d.countries('EC')
d.ps(['Cooperativa de Ahorro y Crédito Jardín Azuayo', 'Barranco & Vega'], 'letter_of_intent', 2025)
d.ps(['IESS', 'Cooperativa de Ahorro y Crédito Jardín Azuayo', 'Asociación de Tejedoras Paja Fina del Sígsig', 'GAD Municipal de Sígsig'], 'cooperation_agreement', 2024)
d.ps(['Universidad de Cuenca', 'Asociación de Tejedoras Paja Fina del Sígsig'], 'memorandum_of_understanding', 2023)
d.ps(['AFD', 'OIT'], 'funding', 2024, 2027)
d.ps(['OIT', 'OMPI'], 'programme', 2022)
d.ps(['Radio Sígsig Estéreo', 'Asociación de Tejedoras Paja Fina del Sígsig'], 'cooperation_agreement', 2021, 2027)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
