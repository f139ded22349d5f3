from common import *
d = Typ('blind20-06-es-planificador-salto-citricos', 'es', 'typst', 'blind-weekly-planner', 'jornada, pausas, escaleras, transporte y seguridad social de cosechadoras y cosechadores de cítricos')
E = d.e
HL = d.furn('Planificador de la zafra citrícola 2026')
HR = d.furn('SITRACIS · OIT')
PG = [d.furn('Hoja 1 de 2'), d.furn('Hoja 2 de 2')]
d.preamble = '''#set page(paper: "a4", flipped: true, margin: (x: 13mm, top: 17mm, bottom: 15mm),
  header: [#set text(size: 7.5pt, fill: rgb("#8a4a00")); %s #h(1fr) %s #v(-4pt) #line(length: 100%%, stroke: 0.4pt + rgb("#8a4a00"))],
  footer: context [#set text(size: 7pt, fill: rgb("#666666")); #h(1fr) #if counter(page).get().first() == 1 [%s] else [%s]])
#set text(font: "DejaVu Sans", size: 8.4pt, lang: "es")
#set par(justify: false, leading: 0.5em, spacing: 0.7em)
#show heading.where(level: 1): it => block(above: 8pt, below: 4pt, text(size: 11.5pt, fill: rgb("#d9730d"), weight: "bold", it.body))
#show heading.where(level: 2): it => block(above: 6pt, below: 3pt, text(size: 9pt, fill: rgb("#3c6e1f"), weight: "bold", it.body))
#set list(indent: 2pt, body-indent: 5pt)
#set enum(indent: 2pt, body-indent: 5pt)
''' % (E(HL), E(HR), E(PG[0]), E(PG[1]))
def H(s, lv=1): s = d.heading(s, lv); d.raw(('= ' if lv == 1 else '== ') + E(s) + '\n\n')
def P(s, pre='', post=''): s = d.para(s); d.raw(pre + E(s) + post + '\n\n')
def I(s, pre='', post=''): s = d.ign(s); d.raw(pre + E(s) + post + '\n\n')
def UL(items, mark='-'):
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; d.raw(mark + ' ' + E(d.bullet(t, 1)) + '\n')
            for x in sub: d.raw('  - ' + E(d.bullet(x, 2)) + '\n')
        else: d.raw(mark + ' ' + E(d.bullet(it, 1)) + '\n')
    d.raw('\n')
def TAB(hdr, rows, cols, extra='', hfill='rgb("#fde3c8")'):
    hdr, rows = d.table(hdr, rows)
    d.raw('#table(columns: ' + cols.rstrip(', ') + ', stroke: 0.4pt + rgb("#c9a27a"), inset: 3pt, fill: (x, y) => if y == 0 { ' + hfill + ' } else if x == 0 { rgb("#f7efe6") }, ' + extra +
          ', '.join('[*' + E(c) + '*]' if c else '[]' for c in hdr[0]) + ', ' + ', '.join(', '.join('[' + E(c) + ']' for c in r) for r in rows) + ')\n\n')
s = d.title('Mi semana en la zafra: planificador para cosechadoras y cosechadores de naranja y mandarina')
I('PLANIFICADOR SEMANAL · TEMPORADA DE INVIERNO', '#text(size: 7.5pt, weight: "bold", fill: rgb("#3c6e1f"), tracking: 2pt)[', ']')
d.raw('#text(size: 17pt, weight: "bold", fill: rgb("#8a4a00"))[' + E(s) + ']\n\n')
P('Salto, mayo de 2026 — para las cuadrillas de cosecha de los montes citrícolas de Salto y de los empaques de la ruta 3', '#text(style: "italic", size: 9.4pt)[', ']')
d.raw('#grid(columns: (2.15fr, 1fr), column-gutter: 9mm)[\n')
H('La semana tipo de una cuadrilla')
TAB([['', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado']], [
    ['6:30', 'Ómnibus a la quinta', 'Ómnibus a la quinta', 'Ómnibus a la quinta', 'Ómnibus a la quinta', 'Ómnibus a la quinta', 'Ómnibus a la quinta'],
    ['7:00–11:00', 'Cosecha', 'Cosecha', 'Cosecha', 'Cosecha', 'Cosecha', 'Cosecha'],
    ['11:00–11:45', 'Almuerzo a la sombra', 'Almuerzo a la sombra', 'Almuerzo a la sombra', 'Almuerzo a la sombra', 'Almuerzo a la sombra', 'Fin de jornada'],
    ['11:45–15:00', 'Cosecha', 'Cosecha', 'Cosecha', 'Cosecha', 'Cosecha', '—'],
    ['17:00', '—', 'Asamblea de cuadrilla', '—', 'Curso de escaleras (UTU, convenio 2024 con SITRACIS)', '—', '—'],
], '(15mm, 1fr, 1fr, 1fr, 1.25fr, 1fr, 1fr), ')
I('Horario de referencia; la jornada no pasa de 8 horas ni de 48 horas semanales.', '#text(size: 7pt, style: "italic")[', ']')
H('Mis horas de esta semana', 2)
TAB([['Día', 'Entrada', 'Salida', 'Bins cosechados', 'Firma del capataz']], [[x, '', '', '', ''] for x in ['Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado']], '(22mm, 1fr, 1fr, 1fr, 1.5fr), ')
d.raw('][\n')
H('Antes de subir a la escalera')
UL(['Revise que los tres pies apoyen firme.', ('Lleve siempre:', ['guantes y lentes;', 'la bolsa cosechera bien cerrada.']), 'No suba con lluvia ni con helada.', 'Nunca se estire fuera de la escalera.'])
H('Lo que le corresponde', 2)
UL(['Pago por bin nunca menor al jornal mínimo del grupo 22.', 'Agua potable y baño en la quinta.', 'Aportes al BPS desde el primer día.'], '+')
d.raw('#block(fill: rgb("#eef5e9"), inset: 6pt, width: 100%)[#text(style: "italic", size: 9pt)[“' + E(d.quote('Con el planificador anoto mis bins y mis horas. Si el recibo no coincide, voy al sindicato con la hoja en la mano.', 'Rosana Techera', 'cosechadora desde hace catorce zafras, Colonia Osimani')[0]) + '”] \\ #text(size: 7.2pt)[— ' + E('Rosana Techera') + ', ' + E('cosechadora desde hace catorce zafras, Colonia Osimani') + ']]\n\n')
d.raw(']\n')
d.raw('#pagebreak()\n#columns(3, gutter: 8mm)[\n')
H('Quiénes están detrás del planificador')
P('El Banco de Previsión Social (BPS) y el Sindicato de Trabajadores Citrícolas de Salto (SITRACIS) trabajan mano a mano desde 2020, en virtud de un memorando de entendimiento: el sindicato lleva las planillas de aportes a las quintas y el BPS las procesa cada mes.')
P('Con el respaldo de la Unión Europea (UE), que aporta fondos a la Organización Internacional del Trabajo (OIT) entre 2025 y 2028, el planificador se reparte gratis en todas las cuadrillas.')
P('Los cursos de escaleras se dan en la Universidad del Trabajo del Uruguay (UTU). Naranjas Arapey y el Hospital Regional Salto son socios desde 2022: el hospital revisa la espalda de las cuadrillas al comenzar la zafra.')
P('Empaque Salto Grande S.A. lleva en ómnibus a 300 trabajadoras del empaque. Este año la empresa suscribió con SITRACIS una carta de intención sobre el transporte de regreso después de las 22:00.')
P('El convenio que unía al Instituto Nacional de Empleo y Formación Profesional (INEFOP) y la Intendencia de Salto terminó el año pasado; había empezado en 2021 y formó a 410 cosechadores.')
d.raw('#colbreak()\n')
H('Quiénes no firmaron')
P('La Sociedad de Fomento Rural de Colonia Osimani estudia sumarse al memorando. Citrícola del Norte fue consultada y dijo que no. El Ministerio de Trabajo y Seguridad Social del Uruguay integra la mesa de seguimiento como observador; la cartera laboral uruguaya no es parte de ningún convenio. Transportes El Ceibo lleva a las cuadrillas bajo contrato con los productores, y Radio Arapey 1290 emite los avisos del sindicato contra pago. El Club Remeros Salto presta su salón para las asambleas.', '#text(size: 7.6pt)[', ']')
H('La zafra en cifras', 2)
TAB([['', '2021', '2025']], [['Cosechadores registrados', '3 100', '3 650'], ['Caídas de escalera', '96', '41'], ['Con aportes al BPS', '61 %', '88 %']], '(1fr, 15mm, 15mm), ')
I('Fuente: BPS e Instituto Nacional de Estadística (INE).', '#text(size: 7pt, style: "italic")[', ']')
d.raw('#colbreak()\n')
H('Si tiene un accidente')
UL(['Avise al capataz y pida el formulario de denuncia.', 'Vaya al Hospital Regional Salto o a la policlínica más cercana.', ('Guarde:', ['la hoja de esta semana;', 'el recibo de sueldo.'])], '+')
H('Contacto', 2)
d.contact('Valeria Piñeyro', 'pineyro@ilo.org', '+598 2902 0557')
d.raw('#text(size: 8pt)[' + E('Valeria Piñeyro') + ' \\ ' + E(d.ign('OIT/Cinterfor, Montevideo')) + ' \\ ' + E(d.ign('Tel.: +598 2902 0557')) + ' \\ ' + E(d.ign('Correo electrónico: pineyro@ilo.org')) + ' \\ ' + E(d.link('www.oitcinterfor.org')) + ']\n\n')
d.raw(']\n')
d.orgs(('Universidad del Trabajo del Uruguay', 'UTU'), ('Sindicato de Trabajadores Citrícolas de Salto', 'SITRACIS'), ('Banco de Previsión Social', 'BPS'), ('Unión Europea', 'UE'),
       ('Organización Internacional del Trabajo', 'OIT'), 'Naranjas Arapey', 'Hospital Regional Salto', 'Empaque Salto Grande S.A.',
       ('Instituto Nacional de Empleo y Formación Profesional', 'INEFOP'), 'Intendencia de Salto', 'Sociedad de Fomento Rural de Colonia Osimani', 'Citrícola del Norte',
       'Ministerio de Trabajo y Seguridad Social del Uruguay', 'Transportes El Ceibo', 'Radio Arapey 1290', 'Club Remeros Salto', ('Instituto Nacional de Estadística', 'INE'))
d.countries('UY')
d.ps(['UTU', 'SITRACIS'], 'cooperation_agreement', 2024)
d.ps(['BPS', 'SITRACIS'], 'memorandum_of_understanding', 2020)
d.ps(['UE', 'OIT'], 'funding', 2025, 2028)
d.ps(['Naranjas Arapey', 'Hospital Regional Salto'], 'partnership', 2022)
d.ps(['Empaque Salto Grande S.A.', 'SITRACIS'], 'letter_of_intent', 2026)
d.ps(['INEFOP', 'Intendencia de Salto'], 'cooperation_agreement', 2021, 2025)
d.build(tagged=False)
