from common import *
rl_setup()
import math
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, NextPageTemplate, Spacer
W, Hh = A4
d = RL('blind12-11-es-espiral-salinas-grandes', 'es', 'reportlab', 'blind-spiral-timeline', 'trabajo y seguridad social de los salineros de la Puna')
SAL = colors.HexColor('#3c6e91'); OCH = colors.HexColor('#c77d2e'); LT = colors.HexColor('#eef3f7')
body = ParagraphStyle('b', fontName='DV', fontSize=8.6, leading=11.6, spaceAfter=4); d.body = body
kind = ParagraphStyle('k', fontName='DVB', fontSize=8, leading=10, textColor=colors.HexColor('#f3d9b5'))
tit = ParagraphStyle('t', fontName='DVB', fontSize=22, leading=26, textColor=colors.white, spaceBefore=3)
sub = ParagraphStyle('s', fontName='DV', fontSize=10, leading=13, textColor=colors.white, spaceBefore=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=12, leading=15, textColor=SAL, spaceBefore=4, spaceAfter=4)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=9.6, leading=12, textColor=OCH, spaceBefore=5, spaceAfter=3)
small = ParagraphStyle('sm', fontName='DV', fontSize=7.6, leading=9.8, spaceAfter=3)
cell = ParagraphStyle('c', fontName='DVC', fontSize=8, leading=10); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=8, leading=10, textColor=colors.white)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=11, leading=15, textColor=SAL, spaceBefore=6)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.8, leading=10, spaceAfter=8)
FL = 'OIT · Salinas Grandes, Jujuy'
events = [(2019, ['2019 · Primera mesa de salineros']), (2021, ['2021 · Convenio UNJu – MCSG']), (2023, ['2023 · Programa conjunto OIT – UNESCO']),
          (2024, ['2024 · Donación del BID']), (2025, ['2025 · Memorando de la sal']),
          (2025.5, ['2025 · Carta de intención', 'Salinera del Norte S.A. –', 'Cooperativa de Salineros Tres Pozos']), (2026, ['2026 · Primera temporada con seguro'])]
for _, ls in events:
    for l in ls: d.ign(l)
def spiral(c):
    cx, cy = 100*mm, 76*mm
    c.saveState(); c.setStrokeColor(SAL); c.setLineWidth(2.2)
    p = c.beginPath(); a0, a1 = 0.6, 3.3 * math.pi
    pts = []
    n = 400
    for i in range(n + 1):
        t = a0 + (a1 - a0) * i / n; r = 4*mm + 6.0*mm * t
        pts.append((cx + r * math.cos(t), cy + r * math.sin(t)))
    p.moveTo(*pts[0]); [p.lineTo(*q) for q in pts[1:]]; c.drawPath(p, stroke=1, fill=0)
    for k, (yr, lines) in enumerate(events):
        t = a0 + (a1 - a0) * (k + 0.5) / len(events); r = 4*mm + 6.0*mm * t
        x, y = cx + r * math.cos(t), cy + r * math.sin(t)
        c.setFillColor(OCH); c.circle(x, y, 2.2*mm, stroke=0, fill=1)
        right = math.cos(t) >= -0.2
        wmax = max(c.stringWidth(l, 'DVB', 7.2) for l in lines)
        if not right and x - 3.5*mm - wmax < 12*mm: right = True
        c.setFillColor(colors.HexColor('#1f2d3a'))
        for j, l in enumerate(lines):
            c.setFont('DVB' if j == 0 else 'DV', 7.2)
            (c.drawString if right else c.drawRightString)(x + (3.5*mm if right else -3.5*mm), y - 1*mm - j*8.6, l)
    c.setFillColor(SAL); c.setFont('DVB', 8); c.drawCentredString(cx, cy - 1*mm, d.t['ignore'][-1] if False else 'INICIO')
    c.restoreState()
d.ign('INICIO')
def p1(c, doc):
    c.setFillColor(SAL); c.rect(0, Hh - 60*mm, W, 60*mm, stroke=0, fill=1)
    c.setFillColor(LT); c.rect(0, 0, W, Hh - 60*mm, stroke=0, fill=1)
    spiral(c); foot(c, 1)
def p2(c, doc): foot(c, 2)
def foot(c, n):
    c.setFont('DV', 7); c.setFillColor(colors.HexColor('#555555')); c.drawString(15*mm, 9*mm, FL); c.drawRightString(W - 15*mm, 9*mm, f'Página {n} de 2')
d.furn(FL); d.furn('Página 1 de 2'); d.furn(FL); d.furn('Página 2 de 2')
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='Espiral Salinas Grandes')
f_top = Frame(15*mm, Hh - 58*mm, W - 30*mm, 52*mm, id='top')
f_side = Frame(15*mm, 146*mm, 86*mm, Hh - 208*mm, id='side')
f_side2 = Frame(109*mm, 146*mm, W - 124*mm, Hh - 208*mm, id='side2')
doc.addPageTemplates([PageTemplate('one', [f_top, f_side, f_side2], onPage=p1),
                      PageTemplate('two', [Frame(15*mm, 16*mm, 88*mm, Hh - 32*mm, id='a'), Frame(109*mm, 16*mm, W - 124*mm, Hh - 32*mm, id='b')], onPage=p2)])
d.add(NextPageTemplate('two'))
d.i('OIT · ARGENTINA · TRABAJO EN LA PUNA', kind)
d.T('La sal, vuelta a vuelta: siete años de trabajo en Salinas Grandes', tit)
d.p('Cómo pasaron los salineros de la Puna jujeña de la informalidad a la primera temporada con seguro, contado en una espiral', sub)
d.add(FrameBreak())
d.h('Cómo leer la espiral', h1)
d.ul(['Empiece en el centro, donde dice INICIO.', 'Cada punto ocre es un hito; la fecha va primero.', ('Siga la línea hacia afuera:', ['las vueltas interiores son los años de diálogo;', 'las exteriores, los acuerdos y la temporada 2026.'])], body)
d.add(FrameBreak())
d.h('Los salineros', h1)
d.p('Unas 900 personas, casi todas de comunidades kollas y atacamas, cortan y apilan panes de sal entre abril y noviembre, a 3.450 metros de altura. El sol, el reflejo y el frío de la noche son los riesgos diarios.')
d.add(FrameBreak())
d.h('Qué cambió', h1)
d.ul(['Un registro de salineros con carné, abierto en la cooperativa.', ('Equipo de protección entregado cada temporada:', ['anteojos con filtro UV y protector solar;', 'guantes y botas de caña alta.']), 'Aportes al monotributo social pagados por la cooperativa.'], body)
d.h('Temporada en cifras', h2)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), SAL), ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#b7c8d6')), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['', '2022', '2025']], [['Salineros registrados', '210', '640'], ['Con aportes al día', '0', '415'], ['Lesiones oculares atendidas', '74', '22']], cell, cellh, [44*mm, 20*mm, 20*mm], ts,
      caption='Fuente: registro de la cooperativa; datos de población del Instituto Nacional de Estadística y Censos (INDEC).', capst=ParagraphStyle('cap', parent=small, fontName='DVI'))
d.h('Quién sostiene el proceso', h1)
d.p('La Universidad Nacional de Jujuy (UNJu) y la Mesa de Comunidades de Salinas Grandes (MCSG) firmaron un convenio específico en 2021; en 2024 lo prorrogaron hasta 2026.')
d.p('Desde 2023, la Organización Internacional del Trabajo (OIT) y la Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura (UNESCO) llevan adelante un programa conjunto sobre patrimonio y empleo en la Puna.')
d.add(FrameBreak())
d.p('El registro y los equipos se pagan con una donación del Banco Interamericano de Desarrollo (BID) al Gobierno de la Provincia de Jujuy, aprobada en 2024 y con desembolsos hasta 2027.')
d.p('Un memorando de entendimiento —el primero sobre el trabajo en la sal— fue firmado en 2025 por el Ministerio de Trabajo y Empleo de Jujuy, la Cooperativa de Salineros Tres Pozos, el Sindicato de Trabajadores de la Sal de Jujuy (STSJ) y la OIT.')
d.p('La Secretaría de Minería de la provincia asiste a las reuniones como observadora. Una empresa de litio fue consultada sobre el uso del agua; no se ha firmado nada.', small)
d.q('Mi abuelo cortaba sal sin anteojos y perdió la vista. Mi hijo tiene carné, seguro y anteojos. Eso es dar la vuelta.', 'Celestino Quispe', 'salinero y presidente de la Cooperativa de Salineros Tres Pozos', qst, qw)
d.h('Contacto', h2)
d.contact('Mariela Tolaba', 'tolaba@ilo.org', '+54 388 422 1907')
for s in ['Mariela Tolaba', d.ign('Oficina de País de la OIT para la Argentina'), d.ign('Tel.: +54 388 422 1907'), d.ign('Correo electrónico: tolaba@ilo.org'), d.link('www.ilo.org/buenosaires')]:
    d.add(d.P(s, small))
d.orgs(('Universidad Nacional de Jujuy', 'UNJu'), ('Mesa de Comunidades de Salinas Grandes', 'MCSG'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura', 'UNESCO'), ('Banco Interamericano de Desarrollo', 'BID'), 'Gobierno de la Provincia de Jujuy',
       'Salinera del Norte S.A.', 'Cooperativa de Salineros Tres Pozos', 'Ministerio de Trabajo y Empleo de Jujuy', ('Sindicato de Trabajadores de la Sal de Jujuy', 'STSJ'),
       'Secretaría de Minería', ('Instituto Nacional de Estadística y Censos', 'INDEC'), 'Oficina de País de la OIT para la Argentina')
d.countries('AR')
d.ps(['UNJu', 'MCSG'], 'cooperation_agreement', 2021, 2026)
d.ps(['OIT', 'UNESCO'], 'programme', 2023)
d.ps(['BID', 'Gobierno de la Provincia de Jujuy'], 'funding', 2024, 2027)
d.ps(['Ministerio de Trabajo y Empleo de Jujuy', 'Cooperativa de Salineros Tres Pozos', 'STSJ', 'OIT'], 'memorandum_of_understanding', 2025)
d.ps(['Salinera del Norte S.A.', 'Cooperativa de Salineros Tres Pozos'], 'letter_of_intent', 2025)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
