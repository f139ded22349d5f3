from common import *
import re
pre = r'''
#let brown = rgb("#6b3e1f")
#let leaf = rgb("#3f7d3a")
#let rose = rgb("#c94a4a")
#set page(paper: "a4", margin: (x: 12mm, top: 14mm, bottom: 14mm),
  footer: context [#set text(7pt, fill: rgb("#777777")); FOOTL #h(1fr) #(if here().page() == 1 [FOOTR1] else [FOOTR2])])
#set text(font: "DejaVu Sans", size: 8.2pt, lang: "es")
#set par(leading: 0.62em)
#set list(marker: text(fill: leaf)[■], indent: 1mm, body-indent: 1.5mm)
#show heading.where(level: 1): it => block(above: 4pt, below: 8pt, text(size: 10.5pt, weight: "bold", fill: brown, it.body))
#show heading.where(level: 2): it => block(above: 3pt, below: 3pt, text(size: 9.5pt, weight: "bold", fill: brown, it.body))
#let card(tab, tabx, body) = block(width: 100%, height: 111mm, breakable: false, above: 0pt, below: 0pt)[
  #place(top + left, dx: tabx, dy: 0mm, rect(width: 26mm, height: 6mm, radius: (top: 2mm), fill: leaf, inset: 1.5mm)[#set align(center); #text(6.5pt, weight: "bold", fill: white, tracking: 1pt)[#tab]])
  #place(top + left, dy: 6mm, rect(width: 100%, height: 105mm, fill: rgb("#fffdf6"), stroke: 0.6pt + rgb("#b9a98a")))
  #for k in range(12) { place(top + left, dx: 0mm, dy: 21mm + k * 7mm, line(length: 100%, stroke: 0.3pt + rgb("#cfdde8"))) }
  #place(top + left, dy: 13.4mm, line(length: 100%, stroke: 0.6pt + rose))
  #place(top + left, dx: 4mm, dy: 7.6mm, block(width: 100% - 8mm)[#body])
]
'''
d = Typ('blind11-12-es-fichas-castaneros', 'es', 'typst', 'blind-index-cards', 'derechos y seguridad de los castañeros', preamble=pre)
def e(s): return re.sub(r'(\w+(?:\\-\w+)+)', r'#box[\1]', typ_esc(s))
FL = d.furn('Fichero del castañero · Madre de Dios'); R1 = d.furn('Fichas 1 a 4'); d.furn(FL); R2 = d.furn('Fichas 5 a 8')
d.preamble = d.preamble.replace('FOOTL', e(FL)).replace('FOOTR1', e(R1)).replace('FOOTR2', e(R2))
def H(s, lvl=1): s = d.heading(s, lvl); return '\n' + '=' * lvl + ' ' + e(s) + '\n#v(2.2mm)\n'
def P(s): return '\n' + e(d.para(s)) + '\n'
def UL(items):
    out = ['\n']
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; out.append(f'- {e(d.bullet(t, 1))}\n')
            for x in sub: out.append(f'  - {e(d.bullet(x, 2))}\n')
        else: out.append(f'- {e(d.bullet(it, 1))}\n')
    return ''.join(out) + '\n'
def TAB(header, rows, cols):
    header, rows = d.table(header, rows)
    s = f'#table(columns: {cols}, stroke: none, inset: 2pt, fill: (x, y) => if y == 0 and {len(header)} > 0 {{ rgb("#e8efe3") }},\n'
    if header: s += 'table.header(' + ', '.join(f'[*{e(c)}*]' for c in header[0]) + '),\n'
    return s + ',\n'.join(', '.join(f'[{e(c)}]' for c in r) for r in rows) + ')\n'
cards = []
def CARD(tab, tabx, body): cards.append((e(d.ign(tab)), tabx, body))

# intro above the cards
d.raw('#text(7.5pt, fill: leaf, tracking: 1.5pt)[' + e(d.ign('OIT PERÚ · FICHERO DE BOLSILLO')) + ']\n\n')
s = d.title('Ocho fichas para la zafra de la castaña'); d.raw(f'#text(17pt, weight: "bold", fill: brown)[{e(s)}]\n\n')
d.raw('#text(style: "italic")[' + e(d.para('Para recolectores de castaña amazónica de Tahuamanu y Tambopata, Madre de Dios, Perú. Zafra 2025, Puerto Maldonado, enero de 2025.')) + ']\n#v(3mm)\n')

CARD('DERECHOS', '4mm', H('¿Quién es mi empleador en la zafra?') + P('Si trabaja en la concesión de otra persona y recibe pago por barrica, el concesionario es su empleador y debe registrarlo en planilla o pagarle como trabajador temporal.')
     + UL(['Pida siempre un papel con el precio por barrica.', ('Guarde:', ['las boletas de pago;', 'la lista de barricas entregadas.'])]))
CARD('SALUD', '32mm', H('¿Qué hago si me muerde una víbora?') + P('Quédese quieto, no corte ni chupe la herida y pida que lo lleven al puesto de salud más cercano. El suero antiofídico es gratuito.')
     + UL(['Lleve botas altas y machete en el monte.', 'Nunca recoja cocos de castaña durante vientos fuertes: caen desde 40 metros.']))
CARD('PAGO', '60mm', H('¿Cuánto vale una barrica?') + TAB([['Calidad', 'Precio por barrica (S/)']], [['Castaña con cáscara, seca', '260 a 300'], ['Castaña húmeda', '180 a 220'], ['Castaña partida', '']], '(1.3fr, 1fr)')
     + P('La castaña partida se paga aparte, según el acopiador. Precios de referencia de diciembre de 2024.'))
CARD('SEGURO', '4mm', H('¿Tengo derecho a seguro de salud?') + P('Sí. El Seguro Integral de Salud (SIS) y la Asociación de Castañeros de Tahuamanu (ASCAT) firmaron en agosto de 2024 un convenio de cooperación interinstitucional: los socios y sus familias se afilian en la misma asamblea.')
     + UL(['Lleve su DNI y el de sus hijos.', 'La afiliación no cuesta nada.']))
CARD('CAMPAMENTO', '32mm', H('¿Cómo debe ser el campamento?') + UL([('El concesionario debe dar:', ['techo y mosquitero;', 'agua segura y letrina;', 'botiquín y radio.']), 'Ningún menor de 14 años puede recolectar.', 'Las mujeres cocineras cobran su propio jornal.']) + P('Las inspecciones las hace la Dirección Regional de Trabajo del Gobierno Regional de Madre de Dios (GOREMAD).'))
CARD('ALIADOS', '60mm', H('¿Quién respalda este fichero?') + P('El programa conjunto «Bosque con Trabajo Decente» está a cargo de tres agencias: la Organización Internacional del Trabajo (OIT), la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO) y el Programa de las Naciones Unidas para el Medio Ambiente (PNUMA). Comenzó en 2022 y termina en 2025.')
     + P('Financia: Noruega, a través de su Iniciativa Internacional de Clima y Bosques (NICFI), que en 2023 comprometió una contribución a la OIT; en 2025 se amplió a 2028.'))
CARD('ACUERDOS', '4mm', H('¿Qué se ha firmado en la provincia?') + TAB([['Documento', 'Firmantes', 'Año']],
     [['Memorando de entendimiento', 'GOREMAD, Municipalidad Provincial de Tahuamanu y ASCAT', '2025'], ['Convenio', 'SIS y ASCAT', '2024']], '(1.1fr, 1.9fr, 0.5fr)')
     + P('La exportadora Amazonía Nuts Export S.A.C. se comprometió por carta de intención, en diciembre pasado, a pagar a ASCAT el precio de referencia por cada barrica.'))
qt, sp, rl = d.quote('En la zafra uno vive tres meses en el monte. Con la ficha del campamento ya sabemos qué pedir antes de entrar.', 'Hermelinda Quispe Huamán', 'castañera, Iberia, Tahuamanu')
CARD('CONTACTO', '32mm', H('¿A quién llamo?') + f'\n#block(stroke: (left: 2pt + rose), inset: (left: 5pt))[#text(font: "DejaVu Serif", style: "italic")[“{e(qt)}”] \\ #text(7pt)[— {e(sp)}, {e(rl)}]]\n'
     + P('Las cifras vienen del Instituto Nacional de Estadística e Informática (INEI). El Servicio Nacional Forestal y de Fauna Silvestre (SERFOR) otorga las concesiones y no es parte de los acuerdos; la Universidad Nacional Amazónica de Madre de Dios (UNAMAD) presta sus aulas. Con la empresa de transporte fluvial no se ha firmado nada.')
     + '\n*Julio César Arimuya*\\ ' + e(d.ign('Coordinador de campo, OIT Lima')) + ' \\ ' + e(d.ign('Tel.: +51 1 615 0300')) + ' \\ ' + e(d.ign('Correo electrónico: arimuya@ilo.org')) + ' \\ ' + e(d.link('www.ilo.org/lima')) + '\n')
d.contact('Julio César Arimuya', 'arimuya@ilo.org', '+51 1 615 0300')
for p_ in range(2):
    chunk = cards[p_*4:(p_+1)*4]
    d.raw('#grid(columns: (1fr, 1fr), column-gutter: 9mm, row-gutter: 5mm,\n' + ',\n'.join(f'card([{t}], {x}, [{b}])' for t, x, b in chunk) + ')\n')
    if p_ == 0: d.raw('#pagebreak()\n')

d.orgs(('Seguro Integral de Salud', 'SIS'), ('Asociación de Castañeros de Tahuamanu', 'ASCAT'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'), ('Programa de las Naciones Unidas para el Medio Ambiente', 'PNUMA'),
       ('Iniciativa Internacional de Clima y Bosques', 'NICFI'), ('Gobierno Regional de Madre de Dios', 'GOREMAD'), 'Dirección Regional de Trabajo', 'Municipalidad Provincial de Tahuamanu', 'Amazonía Nuts Export S.A.C.',
       ('Instituto Nacional de Estadística e Informática', 'INEI'), ('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR'), ('Universidad Nacional Amazónica de Madre de Dios', 'UNAMAD'))
d.countries('PE', 'NO')
d.ps(['SIS', 'ASCAT'], 'cooperation_agreement', 2024)
d.ps(['OIT', 'FAO', 'PNUMA'], 'programme', 2022, 2025)
d.ps(['NICFI', 'OIT'], 'funding', 2023, 2028)
d.ps(['GOREMAD', 'Municipalidad Provincial de Tahuamanu', 'ASCAT'], 'memorandum_of_understanding', 2025)
d.ps(['Amazonía Nuts Export S.A.C.', 'ASCAT'], 'letter_of_intent', 2024)
d.build(tagged=False)
