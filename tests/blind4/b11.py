from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, FrameBreak,
                                ListFlowable, ListItem, NextPageTemplate, PageBreak, KeepTogether)
from reportlab.graphics.shapes import Drawing, Rect, String, Line
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L = '/usr/share/fonts/truetype/liberation2/'
for n, f in [('LS', 'LiberationSans-Regular'), ('LSB', 'LiberationSans-Bold'), ('LSI', 'LiberationSans-Italic'),
             ('LN', 'LiberationSerif-Regular'), ('LNB', 'LiberationSerif-Bold')]:
    pdfmetrics.registerFont(TTFont(n, L + f + '.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LN', 0, 0, 'LN'); addMapping('LN', 1, 0, 'LNB'); addMapping('LN', 0, 1, 'LN'); addMapping('LN', 1, 1, 'LNB')
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LSB'); addMapping('LS', 0, 1, 'LSI'); addMapping('LS', 1, 1, 'LSB')

ID = 'blind4-11-es-trabajo-infantil-cifras'
t = Truth(ID, 'reportlab', 'blind-statistical-datasheet-2col-chart', 'child labour', 'es', 1,
          'Trabajo infantil en el Perú: lo que dicen las cifras de 2024')
E = esc
VINO = colors.HexColor('#8c1c3a'); OCRE = colors.HexColor('#e3a008'); GRIS = colors.HexColor('#5b5b5b')
body = ParagraphStyle('b', fontName='LN', fontSize=9.6, leading=12.8, spaceAfter=5)
hd = ParagraphStyle('h', parent=body, fontName='LSB', fontSize=9.6, textColor=VINO, spaceBefore=6, spaceAfter=2)
hd2 = ParagraphStyle('h2', parent=hd, fontName='LSI', textColor=GRIS, spaceBefore=3)
cap = ParagraphStyle('c', parent=body, fontName='LSI', fontSize=7.6, leading=9.5, textColor=GRIS)
cell = ParagraphStyle('t', parent=body, fontName='LS', fontSize=8.6, leading=11, spaceAfter=0)

kick = t.ign('HOJA DE DATOS · N.º 3 · OCTUBRE DE 2025')
sub = t.p('Resultados del módulo de trabajo infantil de la Encuesta Nacional de Hogares, elaborado por el INEI con el '
          'apoyo técnico de la Organización Internacional del Trabajo (OIT)')
FOOT = 'INEI – OIT · Trabajo infantil en el Perú, 2024'

S = []
def H(s, lv=1): S.append(Paragraph(E(t.h(s, lv)), hd if lv == 1 else hd2))
def P(s): S.append(Paragraph(E(t.p(s)), body))
def BL(items):
    fl = []
    for it in items:
        if isinstance(it, tuple):
            m, subs = it
            fl.append(ListItem([Paragraph(E(t.b(m)), body),
                                ListFlowable([ListItem(Paragraph(E(t.b(x, 2)), body), leftIndent=10) for x in subs],
                                             bulletType='bullet', start='–', leftIndent=10, bulletFontName='LS')], leftIndent=10))
        else: fl.append(ListItem(Paragraph(E(t.b(it)), body), leftIndent=10))
    S.append(ListFlowable(fl, bulletType='bullet', start='▪', bulletFontName='LS', bulletColor=VINO, leftIndent=10))

H('1. Panorama general')
P('En 2024, 1,6 millones de niñas, niños y adolescentes de 5 a 17 años trabajaban en el Perú, es decir, el 21,5 % '
  'de ese grupo de edad. La tasa ha bajado desde 2019, cuando era del 24,3 %, pero sigue siendo una de las más altas '
  'de América del Sur.')
P('Seis de cada diez realizan trabajos peligrosos: cargan pesos excesivos, manipulan plaguicidas o trabajan de noche.')
H('2. Dónde y quiénes')
P('La brecha entre el campo y la ciudad es muy grande. En las zonas rurales trabaja más de un tercio de los niños, '
  'sobre todo en la agricultura familiar, mientras que en las ciudades predominan el comercio ambulante y el trabajo '
  'doméstico.')
chart = [('Urbana', 9.8), ('Rural', 36.4), ('5–11 años', 14.1), ('12–13 años', 25.0), ('14–17 años', 31.7)]
def fmt(v): return f'{v:.1f}'.replace('.', ',')
d = Drawing(80 * mm, 55 * mm)
d.add(Line(6 * mm, 10 * mm, 78 * mm, 10 * mm, strokeColor=GRIS, strokeWidth=0.6))
for i, (l, v) in enumerate(chart):
    x = 8 * mm + i * 14 * mm + (3 * mm if i >= 2 else 0)
    hgt = v * 1.05 * mm
    d.add(Rect(x, 10 * mm, 9 * mm, hgt, fillColor=VINO if i < 2 else OCRE, strokeColor=None))
    d.add(String(x + 4.5 * mm, 10 * mm + hgt + 1.5 * mm, fmt(v), fontName='LSB', fontSize=7.5, textAnchor='middle'))
    d.add(String(x + 4.5 * mm, 6 * mm, l, fontName='LS', fontSize=5.8, textAnchor='middle'))
    t.ign(fmt(v)); t.ign(l)
t.ign('Área'); t.ign('Edad')
d.add(String(20 * mm, 1.5 * mm, 'Área', fontName='LSB', fontSize=7, textAnchor='middle', fillColor=VINO))
d.add(String(56 * mm, 1.5 * mm, 'Edad', fontName='LSB', fontSize=7, textAnchor='middle', fillColor=OCRE))
S.append(d)
S.append(Paragraph(E(t.ign('Gráfico 1. Tasa de trabajo infantil según área y grupo de edad, 2024 (%)')), cap))
S.append(Spacer(1, 3))
H('3. Las regiones más afectadas')
rh, rr = t.table([['Región', '2019', '2024']],
                 [['Huancavelica', '52,1', '47,9'], ['Puno', '41,3', '38,0'], ['Cajamarca', '39,8', '35,2'],
                  ['Amazonas', '37,6', '34,4'], ['Lima Metropolitana', '6,2', '5,7'], ['Total nacional', '24,3', '21,5']])
S.append(Table([[Paragraph('<b>' + E(c) + '</b>', cell) for c in rh[0]]] + [[Paragraph(E(c), cell) for c in r] for r in rr],
               colWidths=[40 * mm, 18 * mm, 18 * mm],
               style=[('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('TOPPADDING', (0, 0), (-1, -1), 1.5),
                      ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
S.append(Paragraph(E(t.ign('Tasa de trabajo infantil, en porcentaje de la población de 5 a 17 años.')), cap))
S.append(FrameBreak())
H('4. Quiénes trabajan juntos')
P('El módulo se aplica gracias a un convenio interinstitucional firmado en 2023 entre el Instituto Nacional de '
  'Estadística e Informática (INEI) y el Ministerio de Trabajo y Promoción del Empleo (MTPE).')
P('La Unión Europea financia, entre 2022 y 2025, un proyecto ejecutado por la OIT y el Fondo de las Naciones Unidas '
  'para la Infancia (UNICEF) que apoya al Comité Directivo Nacional para la Prevención y Erradicación del Trabajo '
  'Infantil (CPETI).')
P('La Confederación General de Trabajadores del Perú (CGTP) y la Sociedad Nacional de Industrias (SNI) participan en el '
  'CPETI desde su creación. En 2024 ambas firmaron un memorando de entendimiento para vigilar juntas las cadenas de '
  'suministro del cacao y del café.')
P('CAF (Banco de Desarrollo de América Latina y el Caribe) otorgó en 2025 una cooperación técnica no reembolsable al '
  'MTPE para conectar los datos de la encuesta con el registro de inspecciones.')
P('En San Martín, la empresa Andes Cacao Export S.A.C., la Asociación Niñez Andina, el Gobierno Regional de San Martín '
  'y la OIT firmaron en 2025 un acuerdo de cooperación cuatripartito para que ningún niño menor de 14 años trabaje en '
  'la cosecha.')
H('5. Recomendaciones')
BL([('Priorizar la agricultura familiar rural:', ['ampliar las becas escolares en Huancavelica y Puno',
                                                   'ofrecer asistencia técnica a los productores']),
    'Repetir el módulo cada dos años', 'Publicar los microdatos en formato abierto'])
H('Metodología', 2)
P('El módulo entrevistó a 34.600 hogares entre enero y diciembre de 2024. Se aplican las definiciones de la '
  'resolución sobre estadísticas del trabajo infantil de la 18.ª Conferencia Internacional de Estadísticos del Trabajo.')
H('Contacto', 2)
cn = 'Carmen Rosa Quispe'; t.ign(cn)
cl = [t.ign('Especialista en estadísticas laborales, OIT Lima'), t.ign('Tel.: +51 1 615 0300'),
      t.ign('Correo electrónico: quispe@ilo.org')]
t.contact(cn, 'quispe@ilo.org', '+51 1 615 0300')
url = t.link('www.inei.gob.pe/trabajo-infantil')
S.append(Paragraph(f'<font name="LSB">{E(cn)}</font><br/>' + '<br/>'.join(E(x) for x in cl) + f'<br/>{E(url)}',
                   ParagraphStyle('ct', parent=cell, backColor=colors.HexColor('#f6ecd2'), borderPadding=5, leading=12)))

def onpage(c, doc):
    w, h = A4; n = c.getPageNumber()
    if n == 1:
        c.setFillColor(VINO); c.rect(0, h - 58 * mm, w, 58 * mm, stroke=0, fill=1)
        c.setFillColor(OCRE); c.setFont('LSB', 8.5); c.drawString(16 * mm, h - 14 * mm, kick)
        c.setFillColor(colors.white); c.setFont('LNB', 25)
        c.drawString(16 * mm, h - 28 * mm, 'Trabajo infantil en el Perú:')
        c.drawString(16 * mm, h - 38 * mm, 'lo que dicen las cifras de 2024')
        tx = c.beginText(16 * mm, h - 47 * mm); tx.setFont('LS', 9.5); tx.setLeading(12)
        words, line = sub.split(), ''
        for wd in words:
            if pdfmetrics.stringWidth(line + ' ' + wd, 'LS', 9.5) > 178 * mm: tx.textLine(line); line = wd
            else: line = (line + ' ' + wd).strip()
        tx.textLine(line); c.drawText(tx)
    c.setFillColor(GRIS); c.setFont('LS', 7.5)
    c.drawString(16 * mm, 9 * mm, FOOT); c.drawRightString(w - 16 * mm, 9 * mm, str(n))
    c.setStrokeColor(OCRE); c.line(16 * mm, 13 * mm, w - 16 * mm, 13 * mm)

doc = BaseDocTemplate(f'{HERE}/{ID}.pdf', pagesize=A4, title=t.title, author='OIT')
top1 = A4[1] - 58 * mm - 6 * mm; colw = 85 * mm
doc.addPageTemplates([
    PageTemplate('p1', [Frame(16 * mm, 17 * mm, colw, top1 - 17 * mm, id='a'),
                        Frame(16 * mm + colw + 8 * mm, 17 * mm, colw, top1 - 17 * mm, id='b')],
                 onPage=onpage, autoNextPageTemplate='p2'),
    PageTemplate('p2', [Frame(16 * mm, 17 * mm, colw, A4[1] - 30 * mm, id='c'),
                        Frame(16 * mm + colw + 8 * mm, 17 * mm, colw, A4[1] - 30 * mm, id='d')], onPage=onpage)])
doc.build(S)
t.furn(FOOT, '1')
for n, a in [('Instituto Nacional de Estadística e Informática', 'INEI'), ('Organización Internacional del Trabajo', 'OIT'),
             ('Ministerio de Trabajo y Promoción del Empleo', 'MTPE'), ('Unión Europea', None),
             ('Fondo de las Naciones Unidas para la Infancia', 'UNICEF'),
             ('Comité Directivo Nacional para la Prevención y Erradicación del Trabajo Infantil', 'CPETI'),
             ('Confederación General de Trabajadores del Perú', 'CGTP'), ('Sociedad Nacional de Industrias', 'SNI'),
             ('Banco de Desarrollo de América Latina y el Caribe', 'CAF'), ('Andes Cacao Export S.A.C.', None),
             ('Asociación Niñez Andina', None), ('Gobierno Regional de San Martín', None), ('OIT Lima', None)]:
    t.org(n, a)
t.part(['INEI', 'MTPE'], 'cooperation_agreement', 2023)
t.part(['Unión Europea', 'OIT', 'UNICEF'], 'funding', 2022)
t.part(['CGTP', 'SNI'], 'memorandum_of_understanding', 2024)
t.part(['CAF', 'MTPE'], 'funding', 2025)
t.part(['Andes Cacao Export S.A.C.', 'Asociación Niñez Andina', 'Gobierno Regional de San Martín', 'OIT'],
       'cooperation_agreement', 2025)
t.countries('PE')
finish(t)
