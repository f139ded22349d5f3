from common import *
rl_setup()
import random
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, FrameBreak, TableStyle, Paragraph, NextPageTemplate
W, Hh = A4
d = RL('blind11-10-es-sopa-letras-buzos', 'es', 'reportlab', 'blind-word-search', 'seguridad de los buzos langosteros miskitos')
SEA = colors.HexColor('#0b5d6b'); CORAL = colors.HexColor('#e4572e'); FOAM = colors.HexColor('#e6f2f1'); INK = colors.HexColor('#1c2628')
body = ParagraphStyle('b', fontName='DV', fontSize=8.8, leading=11.8, spaceAfter=4, textColor=INK); d.body = body
small = ParagraphStyle('s', fontName='DV', fontSize=7.8, leading=10, textColor=INK, spaceAfter=2)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=SEA, spaceBefore=4, spaceAfter=3)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.5, leading=12, textColor=CORAL, spaceBefore=4, spaceAfter=2)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=10, leading=13.5, textColor=SEA, spaceBefore=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.4, leading=9.5, spaceAfter=6)
cell = ParagraphStyle('c', fontName='DVC', fontSize=8, leading=10); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=8, leading=10, textColor=colors.white)

# ---------------- the grid
N = 14
WORDS = ['DESCOMPRESION', 'PROFUNDIDAD', 'LANGOSTA', 'CONTRATO', 'CAYUCO', 'TANQUE', 'CAMARA', 'SEGURO', 'BOYA', 'BUZO', 'SALUD', 'CASCO']
rnd = random.Random(11)
G = [[None] * N for _ in range(N)]
for w in WORDS:
    for _ in range(2000):
        hor = rnd.random() < 0.55
        r, c = (rnd.randrange(N), rnd.randrange(N - len(w) + 1)) if hor else (rnd.randrange(N - len(w) + 1), rnd.randrange(N))
        cells = [(r, c + k) if hor else (r + k, c) for k in range(len(w))]
        if all(G[a][b] in (None, w[k]) for k, (a, b) in enumerate(cells)):
            for k, (a, b) in enumerate(cells): G[a][b] = w[k]
            break
    else: raise SystemExit('cannot place ' + w)
for a in range(N):
    for b in range(N):
        if G[a][b] is None: G[a][b] = rnd.choice('ABCDEFGHIJLMNOPRSTUVY')
ROWS = [''.join(r) for r in G]
CS = 8.2*mm; GX = (W - N*CS) / 2; GTOP = Hh - 78*mm
def grid(c):
    c.setFillColor(FOAM); c.roundRect(GX - 4*mm, GTOP - N*CS - 4*mm, N*CS + 8*mm, N*CS + 8*mm, 4*mm, stroke=0, fill=1)
    c.setStrokeColor(colors.HexColor('#9cc5c2')); c.setLineWidth(0.4)
    for k in range(N + 1):
        c.line(GX, GTOP - k*CS, GX + N*CS, GTOP - k*CS); c.line(GX + k*CS, GTOP, GX + k*CS, GTOP - N*CS)
    c.setFillColor(INK); c.setFont('DVB', 11)
    for a in range(N):
        for b in range(N): c.drawCentredString(GX + b*CS + CS/2, GTOP - a*CS - CS/2 - 4, G[a][b])
for r in ROWS: d.ign(r)

FOOT = {1: 'Sopa de letras del buzo seguro · Bilwi, Nicaragua', 2: 'Sopa de letras del buzo seguro · Soluciones y socios'}
def band(c, doc):
    c.setFillColor(SEA); c.rect(0, Hh - 44*mm, W, 44*mm, stroke=0, fill=1)
    c.setFillColor(CORAL); c.rect(0, Hh - 46*mm, W, 2*mm, stroke=0, fill=1)
    grid(c); foot(c, doc)
def foot(c, doc):
    n = doc.page; c.setFont('DV', 7); c.setFillColor(colors.HexColor('#666666'))
    c.drawString(15*mm, 8*mm, FOOT[n]); c.drawRightString(W - 15*mm, 8*mm, f'Página {n} de 2')
    c.setStrokeColor(SEA); c.setLineWidth(0.5); c.line(15*mm, 11.5*mm, W - 15*mm, 11.5*mm)
for n in (1, 2): d.furn(FOOT[n]); d.furn(f'Página {n} de 2')
topf = Frame(15*mm, Hh - 44*mm, W - 30*mm, 40*mm, id='top', leftPadding=0, rightPadding=0)
intro = Frame(15*mm, GTOP + 4*mm, W - 30*mm, Hh - 46*mm - GTOP - 5*mm, id='intro', leftPadding=0, rightPadding=0, topPadding=3)
cy = GTOP - N*CS - 8*mm
cl = [Frame(15*mm + k*((W - 30*mm)/2 + 3*mm), 14*mm, (W - 30*mm)/2 - 3*mm, cy - 14*mm, id=f'cl{k}', leftPadding=0, rightPadding=0) for k in (0, 1)]
p2 = [Frame(15*mm + k*((W - 30*mm)/2 + 4*mm), 14*mm, (W - 30*mm)/2 - 4*mm, Hh - 30*mm, id=f'p2{k}', leftPadding=0, rightPadding=0) for k in (0, 1)]
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Sopa de letras del buzo seguro')
doc.addPageTemplates([PageTemplate('one', [topf, intro] + cl, onPage=band), PageTemplate('two', p2, onPage=foot)])
d.add(NextPageTemplate('two'))

white = lambda st: ParagraphStyle('w' + st.name, parent=st, textColor=colors.white)
d.i('Organización Internacional del Trabajo · Oficina para América Central, Haití, Panamá y República Dominicana', ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=colors.HexColor('#bfe3df'), spaceBefore=6, spaceAfter=8))
d.T('Sopa de letras del buzo seguro', ParagraphStyle('t', fontName='DVB', fontSize=24, leading=28, textColor=colors.white, spaceAfter=4))
d.p('Para buzos langosteros, cayuqueros y sus familias en Bilwi y los cayos Miskitos, Nicaragua, temporada 2025-2026', ParagraphStyle('st', fontName='DVI', fontSize=9.5, leading=12, textColor=colors.white))
d.add(FrameBreak())
d.p('Encuentre en la cuadrícula las doce palabras que responden a las pistas. Las palabras van de izquierda a derecha o de arriba abajo. Las soluciones están en la página 2.', small)
d.add(FrameBreak())
clues = [('Lo que sufre el buzo que sube demasiado rápido (enfermedad por…)', 'DESCOMPRESION'), ('Ningún buzo debe bajar a más de 30 metros de…', 'PROFUNDIDAD'),
         ('El crustáceo que se pesca en los cayos', 'LANGOSTA'), ('Documento escrito que fija el pago por libra', 'CONTRATO'), ('La canoa que acompaña al buzo', 'CAYUCO'),
         ('Revíselo antes de cada inmersión: válvula, manguera y presión', 'TANQUE'),
         ('Caribe Langosta S.A. firmó en 2025 una carta de intención con el Hospital Regional de Bilwi para que sus buzos usen la … hiperbárica', 'CAMARA'),
         ('Con el INSS, el buzo tiene … social', 'SEGURO'), ('Marca en la superficie dónde está el buzo', 'BOYA'), ('El trabajador que pesca bajo el agua', 'BUZO'),
         ('Lo que se pierde si no se respetan las paradas', 'SALUD'), ('Protege la cabeza en el barco', 'CASCO')]
d.h('Pistas', h1)
for k, (cl_, w) in enumerate(clues, 1):
    if k == 7: d.add(FrameBreak())
    s = d.bullet(f'{cl_} ({len(w)} letras)', 1)
    d.add(Paragraph(f'<font name="DVB" color="#e4572e">{k}</font>&nbsp;&nbsp;{d.e(s)}', ParagraphStyle('n', parent=small, leftIndent=12, firstLineIndent=-12, spaceAfter=3)))
d.add(FrameBreak())
d.h('El buceo de la langosta', h1)
d.p('En la Costa Caribe Norte, unos 3 000 buzos miskitos bajan a pulmón o con tanque a buscar langosta. Muchos hacen diez o doce inmersiones al día, sin paradas de descompresión. Cada temporada, decenas quedan paralizados.')
d.h('Cuatro reglas bajo el agua', h2, 2)
d.ul([('Antes de bajar:', ['revise el tanque y el regulador;', 'acuerde las señales con el cayuquero.']), 'No pase de 30 metros ni de cuatro inmersiones al día.', 'Suba despacio y haga la parada de seguridad.', 'Ante cualquier dolor o mareo, pida la cámara hiperbárica.'], body, bullet='◆', bullet2='–')
d.h('La temporada en cifras', h2, 2)
d.tab([['', '2023-2024', '2024-2025']], [['Buzos registrados', '2 760', '3 010'], ['Con contrato escrito', '18 %', '41 %'], ['Afiliados al INSS', '9 %', '27 %'], ['Casos de descompresión tratados', '64', '39']],
      cell, cellh, [40*mm, 22*mm, 22*mm], TableStyle([('BACKGROUND', (0, 0), (-1, 0), SEA), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#bbbbbb'))]),
      caption='Registro de la Alcaldía de Puerto Cabezas; población según el Instituto Nacional de Información de Desarrollo (INIDE).', capst=ParagraphStyle('cap', parent=small, fontName='DVI', fontSize=7))
d.q('Mi hermano quedó en silla de ruedas a los 24 años. Yo ya no bajo más de cuatro veces y el barco me tiene que pagar igual.', 'Kenly Waldan Hodgson', 'buzo, comunidad de Sandy Bay', qst, qw)
d.add(FrameBreak())
d.h('Quiénes están detrás', h1)
d.p('«Buceo Seguro» es un programa conjunto que la Organización Internacional del Trabajo (OIT) y la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO) ejecutan desde 2023; su cierre está fijado para 2026.')
d.p('Los fondos llegan de Luxemburgo: LuxDev, su agencia de cooperación, transfirió a la OIT en 2025 una subvención que cubre dos temporadas de pesca, hasta 2027.')
d.p('El Gobierno Regional Autónomo de la Costa Caribe Norte (GRACCN), la Alcaldía de Puerto Cabezas y el Ministerio del Trabajo (MITRAB) son firmantes de un memorando de entendimiento sobre inspección en los barcos langosteros, de 2024.')
d.p('Vigente desde 2020, el convenio entre el Instituto Nicaragüense de Seguridad Social (INSS) y el Sindicato de Buzos Miskitos (SIBUMIS) se renovó en 2025 por tres años más, hasta 2028.')
d.p('El Instituto Nicaragüense de la Pesca y Acuicultura (INPESCA) participa como observador. La tienda de buceo Cayos Dive revisa los tanques con un contrato de servicios. La Cruz Roja presta su local de Bilwi para los talleres.', small)
d.h('Contacto', h2, 2)
d.contact('Marlene Taylor Downs', 'taylor@ilo.org', '+505 2278 7500')
for s in ['Marlene Taylor Downs', d.ign('Oficial de proyecto, OIT Managua'), d.ign('Tel.: +505 2278 7500'), d.ign('Correo electrónico: taylor@ilo.org'), d.link('www.ilo.org/sanjose')]:
    d.add(d.P(s, small))
d.h('Soluciones', h2, 2)
d.add(d.P(d.ign(' · '.join(f'{k}. {w}' for k, (_, w) in enumerate(clues, 1))), ParagraphStyle('sol', parent=small, fontName='DVC', fontSize=7)))

d.orgs(('Organización Internacional del Trabajo', 'OIT'), ('Oficina para América Central, Haití, Panamá y República Dominicana', None), 'Caribe Langosta S.A.', 'Hospital Regional de Bilwi',
       ('Instituto Nicaragüense de Seguridad Social', 'INSS'), ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'), 'LuxDev',
       ('Gobierno Regional Autónomo de la Costa Caribe Norte', 'GRACCN'), 'Alcaldía de Puerto Cabezas', ('Ministerio del Trabajo', 'MITRAB'), ('Sindicato de Buzos Miskitos', 'SIBUMIS'),
       ('Instituto Nacional de Información de Desarrollo', 'INIDE'), ('Instituto Nicaragüense de la Pesca y Acuicultura', 'INPESCA'), 'Cayos Dive', 'Cruz Roja')
d.countries('NI', 'HT', 'PA', 'DO', 'LU')
d.ps(['Caribe Langosta S.A.', 'Hospital Regional de Bilwi'], 'letter_of_intent', 2025)
d.ps(['OIT', 'FAO'], 'programme', 2023, 2026)
d.ps(['LuxDev', 'OIT'], 'funding', 2025, 2027)
d.ps(['GRACCN', 'Alcaldía de Puerto Cabezas', 'MITRAB'], 'memorandum_of_understanding', 2024)
d.ps(['INSS', 'SIBUMIS'], 'cooperation_agreement', 2020, 2028)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
