from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, ListFlowable, ListItem, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = '/usr/share/fonts/truetype/liberation/'
for n, f in [('LS', 'LiberationSans-Regular'), ('LSB', 'LiberationSans-Bold'), ('LSI', 'LiberationSans-Italic'), ('LSBI', 'LiberationSans-BoldItalic')]:
    pdfmetrics.registerFont(TTFont(n, D + f + '.ttf'))
pdfmetrics.registerFontFamily('LS', normal='LS', bold='LSB', italic='LSI', boldItalic='LSBI')
ID = 'blind5-11-es-economia-social-rosario'
t = T(ID, 'reportlab', 'blind-partner-directory-cards', 'social and solidarity economy', 'es')
W, H = A4
AZ = colors.HexColor('#174A7C'); CEL = colors.HexColor('#6CACE4'); INK = colors.HexColor('#1E1E1E'); PALE = colors.HexColor('#EEF5FC')
body = ParagraphStyle('b', fontName='LS', fontSize=9.5, leading=13, textColor=INK, spaceAfter=5)
small = ParagraphStyle('s', fontName='LS', fontSize=8.7, leading=11.6, textColor=INK, spaceAfter=2)
meta = ParagraphStyle('m', fontName='LSB', fontSize=7.4, leading=9, textColor=CEL, spaceAfter=2)
h1 = ParagraphStyle('h1', fontName='LSB', fontSize=13, leading=16, textColor=AZ, spaceBefore=8, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='LSB', fontSize=9.6, leading=12, textColor=AZ, spaceAfter=2)
cap = ParagraphStyle('cap', fontName='LSI', fontSize=7.6, leading=10, textColor=colors.grey, spaceAfter=6)
def P(s, st=body): return Paragraph(esc(t.p(s)), st)
def H1(s): return Paragraph(esc(t.h(s, 1)), h1)
def LI(s, l=1): return ListItem(Paragraph(esc(t.b(s, l)), body))
title = t.title('Mapa de alianzas: la economía social y solidaria en Rosario')
hdr = 'OIT · Oficina de País para la Argentina'
t.furn(hdr, '1 | 2', hdr, '2 | 2')
def deco(c, d):
    c.saveState(); c.setFont('LS', 7.6); c.setFillColor(colors.grey)
    c.drawString(17*mm, H - 11*mm, hdr); c.drawRightString(W - 17*mm, 10*mm, f'{d.page} | 2')
    c.setStrokeColor(CEL); c.setLineWidth(0.6); c.line(17*mm, H - 13*mm, W - 17*mm, H - 13*mm); c.restoreState()
fw = W - 34*mm
doc = BaseDocTemplate(ID + '.pdf', pagesize=A4, title=title, author='OIT', lang='es')
doc.addPageTemplates([PageTemplate('p', [Frame(17*mm, 16*mm, fw, H - 34*mm)], onPage=deco)])
S = [Paragraph(esc(t.ign('OIT ARGENTINA · FICHA DE ALIANZAS')), ParagraphStyle('k', fontName='LSB', fontSize=8, textColor=CEL, spaceAfter=4)),
     Paragraph(esc(title), ParagraphStyle('t', fontName='LSB', fontSize=21, leading=25, textColor=AZ, spaceAfter=4)),
     P('Quién trabaja con quién para sostener las empresas recuperadas y las cooperativas de trabajo del Gran Rosario', ParagraphStyle('st', parent=body, fontSize=11.5, leading=15, textColor=colors.HexColor('#555555'), spaceAfter=8)),
     P('En el Gran Rosario funcionan más de 40 empresas recuperadas por sus trabajadores y unas 300 cooperativas de trabajo, desde frigoríficos y metalúrgicas hasta servicios de limpieza. Muchas nacieron de la crisis de 2001; otras, de cierres más recientes.'),
     P('Ninguna puede sola. Esta ficha muestra los acuerdos que las sostienen: quién financia, quién capacita, quién compra. Organizaciones como el Movimiento Nacional de Empresas Recuperadas (MNER) también son parte del debate, aunque no han firmado acuerdos con la OIT.'),
     H1('Las alianzas, una por una')]
cards = [
 ('Instituto Nacional de Asociativismo y Economía Social (INAES)', 'ORGANISMO NACIONAL · ALIADO DESDE 2022',
  'Firmó con la Organización Internacional del Trabajo (OIT) en 2022 una carta de entendimiento para formar a los consejos de administración de las cooperativas.'),
 ('Federación de Cooperativas de Trabajo de la República Argentina (FECOOTRA)', 'FEDERACIÓN · ALIADA DESDE 2021',
  'Su convenio de cooperación técnica con la OIT, firmado en 2021, fue renovado en 2024 por tres años más. Reúne a 120 cooperativas de la provincia.'),
 ('Municipalidad de Rosario', 'GOBIERNO LOCAL · ALIADA DESDE 2023',
  'Junto con el Ministerio de Trabajo de la Provincia de Santa Fe y la FECOOTRA, suscribió en 2023 un acuerdo tripartito para comprar a cooperativas el 10 % de los insumos municipales.'),
 ('Universidad Nacional de Rosario (UNR)', 'UNIVERSIDAD · ALIADA DESDE 2022',
  'Su incubadora de cooperativas funciona desde 2022 gracias a un acuerdo de colaboración firmado ese año con el INAES y la OIT.'),
 ('Banco Cooperativo del Litoral', 'BANCO COOPERATIVO · ALIADO DESDE 2024',
  'Abrió en 2024 una línea de crédito para empresas recuperadas, financiada por el Fondo Financiero para el Desarrollo de la Cuenca del Plata (FONPLATA).'),
 ('TransRosario S.A.', 'EMPRESA · ALIADA DESDE 2025',
  'Esta empresa de logística firmó una carta de intención con la FECOOTRA en marzo de 2025 para contratar a cooperativas de limpieza y mantenimiento.'),
 ('Gobierno de Flandes', 'DONANTE · DESDE 2023',
  'Financia desde 2023 el proyecto de la OIT «Trabajo asociado, trabajo decente», que terminará en 2026.'),
 ('Cooperativas y empresas recuperadas', 'PROTAGONISTAS',
  'Eligen sus representantes en el comité del proyecto, que se reúne cada tres meses en la sede de la FECOOTRA.'),
]
cells = []
for name, m, txt in cards:
    cells.append([Paragraph(esc(t.ign(m)), meta), Paragraph(esc(t.h(name, 2)), h2), Paragraph(esc(t.p(txt)), small)])
rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
S.append(Table(rows, colWidths=[fw/2, fw/2], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BACKGROUND', (0, 0), (-1, -1), PALE), ('LINEBEFORE', (0, 0), (0, -1), 3, AZ), ('LINEBEFORE', (1, 0), (1, -1), 3, CEL),
    ('GRID', (0, 0), (-1, -1), 4, colors.white), ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
S.append(Paragraph(esc(t.ign('Las fichas indican el año en que cada organización se sumó a la red de alianzas del proyecto.')), cap))
S.append(H1('Cómo leer este mapa'))
S.append(ListFlowable([LI('Cada ficha es una organización que ha firmado al menos un acuerdo:'),
   ListFlowable([LI('en azul oscuro, las instituciones públicas y federaciones;', 2), LI('en celeste, bancos, empresas y donantes.', 2)], bulletType='bullet', start='–', leftIndent=12),
   LI('El año es el del primer acuerdo firmado con la red.'),
   LI('Las cooperativas figuran juntas: son más de 300.')], bulletType='bullet', start='•', leftIndent=12, bulletColor=AZ))
S.append(H1('La red en cifras'))
hd, rws = t.table([['', '2021', '2025']], [['Empresas recuperadas acompañadas', '12', '43'], ['Cooperativas de trabajo en la red', '85', '310'], ['Puestos de trabajo asociados', '2.900', '8.400'], ['Compras municipales a cooperativas (millones de pesos)', '—', '1.250']])
S.append(Table([[Paragraph(esc(c), ParagraphStyle('th', parent=small, fontName='LSB', textColor=colors.white)) for c in hd[0]]] + [[Paragraph(esc(c), small) for c in r] for r in rws], colWidths=[fw*0.6, fw*0.2, fw*0.2], repeatRows=1,
   style=[('BACKGROUND', (0, 0), (-1, 0), AZ), ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9BB7D4')), ('ALIGN', (1, 0), (-1, -1), 'RIGHT')]))
S.append(Paragraph(esc(t.ign('Fuente: FECOOTRA e INAES, relevamientos 2021 y 2025.')), cap))
q = t.quote('Cuando cerró la fábrica nos quedamos con las máquinas y con las deudas. La red nos dio lo que faltaba: crédito y clientes.', 'Graciela Benítez', 'presidenta de la Cooperativa Metalúrgica 9 de Julio')
S.append(KeepTogether([Spacer(1, 3*mm), Table([[Paragraph(esc('“' + q + '”'), ParagraphStyle('q', fontName='LSBI', fontSize=12.5, leading=16.5, textColor=AZ))],
    [Paragraph('Graciela Benítez, presidenta de la Cooperativa Metalúrgica 9 de Julio', small)]], colWidths=[fw], style=[('LINEABOVE', (0, 0), (-1, 0), 1.5, CEL), ('LINEBELOW', (0, -1), (-1, -1), 1.5, CEL)])]))
S.append(H1('Contacto'))
t.contact('Martín Ezequiel Sosa', 'sosa@ilo.org', '+54 11 4393 7076')
cl = ['<b>Martín Ezequiel Sosa</b>', esc(t.ign('Especialista en economía social y solidaria')), esc(t.ign('Oficina de País de la OIT para la Argentina, Av. Córdoba 950, Buenos Aires')), esc(t.ign('Tel.: +54 11 4393 7076')), esc(t.ign('Correo electrónico: sosa@ilo.org')), esc(t.link('www.ilo.org/buenosaires'))]
S.append(Paragraph('<br/>'.join(cl), body))
doc.build(S)
t.orgs(('Movimiento Nacional de Empresas Recuperadas', 'MNER'), ('Instituto Nacional de Asociativismo y Economía Social', 'INAES'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Federación de Cooperativas de Trabajo de la República Argentina', 'FECOOTRA'), 'Municipalidad de Rosario', 'Ministerio de Trabajo de la Provincia de Santa Fe',
       ('Universidad Nacional de Rosario', 'UNR'), 'Banco Cooperativo del Litoral', ('Fondo Financiero para el Desarrollo de la Cuenca del Plata', 'FONPLATA'),
       'TransRosario S.A.', 'Gobierno de Flandes', 'Cooperativa Metalúrgica 9 de Julio', 'Oficina de País de la OIT para la Argentina')
t.countries('AR')
t.ps(['INAES', 'OIT'], 'memorandum_of_understanding', 2022)
t.ps(['FECOOTRA', 'OIT'], 'cooperation_agreement', 2021)
t.ps(['Municipalidad de Rosario', 'Ministerio de Trabajo de la Provincia de Santa Fe', 'FECOOTRA'], 'cooperation_agreement', 2023)
t.ps(['UNR', 'INAES', 'OIT'], 'cooperation_agreement', 2022)
t.ps(['FONPLATA', 'Banco Cooperativo del Litoral'], 'funding', 2024)
t.ps(['TransRosario S.A.', 'FECOOTRA'], 'letter_of_intent', 2025)
t.ps(['Gobierno de Flandes', 'OIT'], 'funding', 2023, 2026)
finish(t, 2)
