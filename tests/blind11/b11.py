from common import *
css = '''
body { font-family: "DejaVu Sans"; font-size: 9pt; }
h1.title { font-family: "DejaVu Serif"; font-size: 22pt; color: #3b2f2a; margin-top: 2pt; margin-bottom: 3pt }
h2 { font-size: 12pt; color: #8c5a2b; margin-top: 10pt; margin-bottom: 3pt }
h3 { font-size: 9.5pt; color: #3b2f2a; margin-top: 6pt; margin-bottom: 2pt }
p { margin-top: 1pt; margin-bottom: 4pt }
p.kind { font-size: 8pt; color: #8c5a2b; letter-spacing: 2pt }
p.lead { font-size: 10pt; font-style: italic; color: #3b2f2a }
p.cap { font-size: 8.5pt }
p.credit { font-size: 6.5pt; color: #888888 }
p.num { font-size: 8pt; color: #ffffff; font-weight: bold }
p.small { font-size: 8pt; color: #555555 }
p.caption { font-size: 7.5pt; font-style: italic; color: #555555 }
td, th { font-size: 8.5pt; vertical-align: top }
blockquote { font-family: "DejaVu Serif"; font-style: italic; font-size: 11pt; color: #8c5a2b; margin-left: 1cm; margin-right: 1cm }
'''
d = HTML('blind11-11-es-fotorrelato-esquila', 'es', 'libreoffice', 'blind-photo-story', 'condiciones de trabajo de las comparsas de esquila', css=css)
e = d.e
d.i('FOTORRELATO · OIT ARGENTINA', 'p', 'kind')
d.T('Una zafra con la comparsa: seis fotos de la esquila en la Patagonia')
d.p('De septiembre a diciembre, las comparsas de esquila recorren las estancias de Santa Cruz y Chubut. Seguimos a una de ellas durante la zafra 2024-2025.', 'lead')
photos = [
    ('1', 'Cinco de la mañana en Puerto San Julián. La comparsa de Ramón Huenchul, doce esquiladores, dos playeros y una cocinera, carga el camión que será su casa durante tres meses.', '© OIT/L. Pichiñán'),
    ('2', 'El galpón de la estancia La Sofía, que presta sus instalaciones para el curso de esquila Tally-Hi. Cada esquilador pela entre 180 y 250 ovejas por jornada.', '© OIT/L. Pichiñán'),
    ('3', 'Descanso entre tandas. El convenio colectivo fija pausas cada dos horas, pero en muchas comparsas nadie las cuenta.', '© OIT/M. Ferreyra'),
    ('4', 'Un inspector revisa los contratos en el galpón. Estas visitas se hacen gracias al memorando de entendimiento que firmaron en 2024 la Secretaría de Trabajo de la Provincia de Santa Cruz y la Unión Argentina de Trabajadores Rurales y Estibadores (UATRE).', '© OIT/M. Ferreyra'),
    ('5', 'La cocinera Nélida Curumil prepara el almuerzo para quince personas. Las mujeres de las comparsas suelen cobrar menos y no figuran en la planilla.', '© OIT/L. Pichiñán'),
    ('6', 'Fin de la zafra: los fardos salen hacia Trelew. Lanas del Deseado S.A. entregó en octubre de 2025 una carta de intención a la Cooperativa de Esquiladores Aonikenk para comprarle lana clasificada a precio fijo.', '© OIT/M. Ferreyra'),
]
d.raw('<table width="100%" cellpadding="5" cellspacing="6">')
for k in range(0, 6, 2):
    d.raw('<tr>')
    for no, cap, cr in photos[k:k + 2]:
        d.raw(f'<td width="50%" bgcolor="#c9bba8" height="120"><p class="num">{e(d.ign(no))}</p></td>')
    d.raw('</tr><tr>')
    for no, cap, cr in photos[k:k + 2]:
        d.raw(f'<td width="50%"><p class="cap">{e(d.para(cap))}</p><p class="credit">{e(d.credit(cr))}</p></td>')
    d.raw('</tr>')
d.raw('</table>')
d.h('Lo que cuenta la comparsa')
d.p('La esquila sigue siendo un trabajo de temporada, pagado por animal, lejos de casa. La OIT, los sindicatos y los productores trabajan para que cada zafra termine con contrato, aportes y salud.')
d.q('Yo empecé de playero a los quince años. Hoy enseño el método Tally-Hi a los chicos y les digo lo primero: sin contrato no se sube al camión.', 'Ramón Huenchul', 'jefe de comparsa, Puerto San Julián', open_='«', close='»')
d.h('Qué cambió en la zafra 2024-2025', 2)
d.ul([('En los galpones:', ['agua potable y baño en todas las estancias visitadas;', 'pausas registradas en la planilla.']), 'Contratos escritos para 7 de cada 10 esquiladores.', 'Las cocineras figuran ahora en la planilla de la comparsa.'])
d.h('La zafra en cifras', 2)
d.tab([['', 'Santa Cruz', 'Chubut']], [['Comparsas relevadas', '38', '52'], ['Esquiladores', '512', '690'], ['Con contrato escrito', '71 %', '64 %'], ['Mujeres en las comparsas', '46', '61']],
      cls='', caption='Relevamiento OIT-UATRE, zafra 2024-2025; población rural según el Instituto Nacional de Estadística y Censos (INDEC).')
d.h('Quiénes hacen posible el proyecto')
d.p('El Fondo Internacional de Desarrollo Agrícola (FIDA) otorgó a la Organización Internacional del Trabajo (OIT), en 2025, una donación para los cursos de esquila que alcanza hasta la zafra 2027.')
d.p('Tres instituciones sostienen la Escuela de Esquila de Río Gallegos: el Instituto Nacional de Tecnología Agropecuaria (INTA), la Federación Lanera Argentina (FLA) y la Sociedad Rural de Río Gallegos. Lo sellaron con un convenio en 2022 que hoy sigue vigente.')
d.p('Un acuerdo de cooperación técnica une desde 2021 a la Escuela de Esquila de Río Gallegos con el Secretariado Uruguayo de la Lana (SUL), de Uruguay; fue ampliado en 2024 y vence en 2026.')
d.p('El Consejo Agrario Provincial de Santa Cruz sigue el proyecto como observador. Con una aseguradora de riesgos del trabajo se conversó sobre una póliza para las comparsas, pero no se ha firmado nada.', 'small')
d.h('Contacto', 2)
d.contact('Valeria Nahuelquir', 'nahuelquir@ilo.org', '+54 11 4393 7076')
d.raw(f'<p><b>Valeria Nahuelquir</b><br>{e(d.ign("Oficial de programa, OIT Argentina"))}<br>{e(d.ign("Tel.: +54 11 4393 7076"))}<br>{e(d.ign("Correo electrónico: nahuelquir@ilo.org"))}<br>{e(d.link("www.ilo.org/buenosaires"))}</p>')

d.orgs(('Organización Internacional del Trabajo', 'OIT'), 'Secretaría de Trabajo de la Provincia de Santa Cruz', ('Unión Argentina de Trabajadores Rurales y Estibadores', 'UATRE'),
       'Lanas del Deseado S.A.', 'Cooperativa de Esquiladores Aonikenk', ('Instituto Nacional de Estadística y Censos', 'INDEC'), ('Fondo Internacional de Desarrollo Agrícola', 'FIDA'),
       'Escuela de Esquila de Río Gallegos', ('Instituto Nacional de Tecnología Agropecuaria', 'INTA'), ('Federación Lanera Argentina', 'FLA'), 'Sociedad Rural de Río Gallegos',
       ('Secretariado Uruguayo de la Lana', 'SUL'), 'Consejo Agrario Provincial de Santa Cruz')
d.countries('AR', 'UY')
d.ps(['Secretaría de Trabajo de la Provincia de Santa Cruz', 'UATRE'], 'memorandum_of_understanding', 2024)
d.ps(['Lanas del Deseado S.A.', 'Cooperativa de Esquiladores Aonikenk'], 'letter_of_intent', 2025)
d.ps(['FIDA', 'OIT'], 'funding', 2025, 2027)
d.ps(['INTA', 'FLA', 'Sociedad Rural de Río Gallegos'], 'cooperation_agreement', 2022)
d.ps(['Escuela de Esquila de Río Gallegos', 'SUL'], 'cooperation_agreement', 2021, 2026)
d.build_lo(tagged=True)
