from common import *
pre = r'''
#set page(paper: "a4", margin: (x: 13mm, top: 17mm, bottom: 15mm),
  header: [#set text(7.5pt, fill: rgb("#0b6b3a")); HL #h(1fr) #line(length: 100%, stroke: 0.5pt + rgb("#0b6b3a"))],
  footer: context [#set text(7.5pt, fill: rgb("#555555")); #h(1fr) FT #counter(page).display() de 2])
#set text(font: "DejaVu Sans", size: 8.2pt, lang: "es")
#set par(leading: 0.5em)
#show heading.where(level: 1): it => block(above: 0.9em, below: 0.6em, text(13pt, weight: "bold", fill: rgb("#0b6b3a"), it.body))
#show heading.where(level: 2): it => block(above: 0.2em, below: 0.5em, text(9.2pt, weight: "bold", fill: rgb("#0b6b3a"), it.body))
#set enum(indent: 0.5mm, body-indent: 2mm)
#let cromo(lbl, top, body) = block(width: 100%, height: 78mm, fill: white, stroke: 1.4pt + rgb("#0b6b3a"), radius: 3mm, inset: 0mm, breakable: false, clip: true)[
  #block(width: 100%, fill: rgb("#0b6b3a"), inset: (x: 3mm, y: 1.6mm))[#text(7pt, weight: "bold", fill: rgb("#d4f0c0"), tracking: 1pt, lbl)]
  #block(width: 100%, height: 22mm, fill: gradient.linear(rgb("#2e8b57"), rgb("#a8e6a1"), angle: 90deg))[#align(center + horizon)[#text(20pt, fill: white, top)]]
  #block(inset: (x: 3mm, top: 2mm), body)]
'''
d = Typ('blind12-09-es-cromos-esmeraldas', 'es', 'typst', 'blind-trading-cards', 'seguridad y protección social de los mineros de esmeraldas')
E = d.e
HL, FT = 'Colección Esmeralda Segura · Occidente de Boyacá', 'Página'
d.preamble = pre.replace('HL', E(HL)).replace('FT', E(FT))
R = d.raw
def P(s, sz=None): return (f'#text({sz})[{E(d.para(s))}]\n\n' if sz else f'#par[{E(d.para(s))}]\n\n')
def H(s, lv=1): return '=' * lv + ' ' + E(d.heading(s, lv)) + '\n\n'
def KV(rows):
    _, rows = d.table([], rows)
    return '#table(columns: (19mm, 1fr), inset: 1.6pt, stroke: none, ' + ', '.join(f'text(weight: "bold")[{E(r[0])}], [{E(r[1])}]' for r in rows) + ')\n\n'
def CROMO(lbl, icon, head, rows, dato=None):
    body = H(head, 2) + KV(rows) + (P(dato, '7.4pt') if dato else '')
    return f'cromo([{E(d.ign(lbl))}], [{E(d.ign(icon))}])[\n{body}]'
R('#block(width: 100%, fill: rgb("#0b6b3a"), inset: 5mm, radius: 3mm)[#set text(fill: white)\n')
R('#text(7.5pt, tracking: 1.4pt, fill: rgb("#d4f0c0"))[' + E(d.ign('OIT · COLOMBIA · ÁLBUM DE CROMOS PARA MINEROS Y SUS FAMILIAS')) + ']\n\n')
R('#text(20pt, weight: "bold")[' + E(d.title('Cromos de la esmeralda segura')) + ']\n\n')
R('#text(9.5pt)[' + E(d.para('Seis oficios de la mina y tres aliados: recórtelos, cámbielos y complete la colección en Muzo, Quípama y San Pablo de Borbur')) + ']]\n\n')
R(H('Oficios de la mina'))
cards = [CROMO('CROMO 01 · OFICIOS', '▲', 'Minero de socavón', [['Riesgo', 'derrumbes y gases en el túnel'], ['Protección', 'casco con lámpara, detector de gases, ventilación'], ['Nivel', '5 de 5']], 'Nunca entre a un frente sin medir el aire.'),
         CROMO('CROMO 02 · OFICIOS', '◆', 'Guaquero', [['Riesgo', 'caídas en taludes y ríos crecidos'], ['Protección', 'botas, cuerda de vida, trabajo en pareja'], ['Nivel', '4 de 5']], 'Muchos guaqueros no tienen seguridad social: el programa los afilia.'),
         CROMO('CROMO 03 · OFICIOS', '◇', 'Barequera', [['Riesgo', 'humedad, frío, dolor de espalda'], ['Protección', 'guantes, pausas, batea liviana'], ['Nivel', '3 de 5']]),
         CROMO('CROMO 04 · OFICIOS', '✧', 'Tallador de esmeraldas', [['Riesgo', 'polvo fino y vista cansada'], ['Protección', 'extractor, gafas, buena luz'], ['Nivel', '2 de 5']]),
         CROMO('CROMO 05 · OFICIOS', '⚙', 'Malacatero', [['Riesgo', 'atrapamiento en el cable del malacate'], ['Protección', 'guardas, freno revisado cada turno'], ['Nivel', '4 de 5']]),
         CROMO('CROMO 06 · OFICIOS', '☕', 'Cocinera del campamento', [['Riesgo', 'quemaduras y jornadas de 14 horas'], ['Protección', 'estufa segura, contrato escrito, descanso'], ['Nivel', '2 de 5']])]
R('#grid(columns: (1fr, 1fr, 1fr), column-gutter: 4mm, row-gutter: 4mm,\n' + ',\n'.join(cards) + ')\n\n#pagebreak()\n')
R(H('Cromos de aliados'))
cards = [CROMO('CROMO 07 · ALIADOS', '€', 'Agencia Francesa de Desarrollo (AFD)', [['Papel', 'financiador'], ['Aporte', 'subvención a la OIT'], ['Vigencia', '2025-2028']]),
         CROMO('CROMO 08 · ALIADOS', '⌂', 'Gobernación de Boyacá', [['Papel', 'escuelas de seguridad minera'], ['Instrumento', 'convenio con el Servicio Nacional de Aprendizaje (SENA)'], ['Desde', '2023']]),
         CROMO('CROMO 09 · ALIADOS', '✉', 'Esmeraldas La Pava S.A.S.', [['Papel', 'empresa minera'], ['Compromiso', 'carta de intención con SINTRAMOB'], ['Fecha', 'febrero de 2025']])]
R('#grid(columns: (1fr, 1fr, 1fr), column-gutter: 4mm,\n' + ',\n'.join(cards) + ')\n\n')
R('#columns(2, gutter: 7mm)[\n')
R(H('De dónde sale esta colección'))
R(P('Cuatro firmas —las de la Alcaldía de Muzo, la Federación Nacional de Esmeraldas de Colombia (Fedesmeraldas), el Sindicato de Trabajadores Mineros de Occidente de Boyacá (SINTRAMOB) y la Organización Internacional del Trabajo (OIT)— cerraron en 2024 el memorando de entendimiento que dio origen a esta colección.'))
R(P('La OIT y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) comparten desde 2022 un programa conjunto sobre economías lícitas en el occidente de Boyacá, que concluye en 2026.'))
R('#text(7.2pt)[' + E(d.para('La Agencia Nacional de Minería (ANM) participa como observadora. Una imprenta de Chiquinquirá fue contratada para los cromos. Las cifras provienen del Departamento Administrativo Nacional de Estadística (DANE).')) + ']\n\n')
R(H('Cómo completar el álbum', 2))
for s in ['Recoja un sobre en cada charla de seguridad.', 'Cambie los repetidos en la plaza de Muzo los domingos.', 'Con los nueve cromos, reclame un casco nuevo en la sede de SINTRAMOB.']:
    R(f'+ {E(d.bullet(s))}\n')
R('\n#colbreak()\n')
q = d.quote('Mi hijo me pregunta qué cromo soy. Le digo que el 01, y que por eso llevo el detector todos los días.', 'Wilson Forero', 'minero de socavón en Quípama')
R('#block(inset: 4mm, fill: rgb("#eef7ea"), radius: 2mm, width: 100%)[#text(font: "DejaVu Serif", style: "italic", size: 10pt)[“' + E(q[0]) + '”]\\\n#text(7.6pt)[— ' + E(q[1]) + ', ' + E(q[2]) + ']]\n\n')
R(H('Contacto', 2))
d.contact('Luz Dary Castiblanco', 'castiblanco@ilo.org', '+57 601 325 0090')
R(E('Luz Dary Castiblanco') + '\\\n' + E(d.ign('Coordinadora del proyecto, OIT, Muzo')) + '\\\n' + E(d.ign('Tel.: +57 601 325 0090')) + '\\\n' + E(d.ign('Correo electrónico: castiblanco@ilo.org')) + '\\\n' + E(d.link('www.ilo.org/lima')) + '\n')
R(']\n')
for pg in (1, 2): d.furn(HL); d.furn(f'{FT} {pg} de 2')
d.orgs(('Agencia Francesa de Desarrollo', 'AFD'), 'Gobernación de Boyacá', ('Servicio Nacional de Aprendizaje', 'SENA'), 'Esmeraldas La Pava S.A.S.', 'Alcaldía de Muzo',
       ('Federación Nacional de Esmeraldas de Colombia', 'Fedesmeraldas'), ('Sindicato de Trabajadores Mineros de Occidente de Boyacá', 'SINTRAMOB'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC'), ('Agencia Nacional de Minería', 'ANM'), ('Departamento Administrativo Nacional de Estadística', 'DANE'))
d.countries('CO')
d.ps(['AFD', 'OIT'], 'funding', 2025, 2028)
d.ps(['Gobernación de Boyacá', 'SENA'], 'cooperation_agreement', 2023)
d.ps(['Esmeraldas La Pava S.A.S.', 'SINTRAMOB'], 'letter_of_intent', 2025)
d.ps(['Alcaldía de Muzo', 'Fedesmeraldas', 'SINTRAMOB', 'OIT'], 'memorandum_of_understanding', 2024)
d.ps(['OIT', 'UNODC'], 'programme', 2022, 2026)
d.build(tagged=True)
