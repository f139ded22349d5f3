from common import *
css = r'''
@page { size: 21cm 29.7cm; margin: 1.5cm 1.6cm 1.4cm 1.6cm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
p { margin-top: 0; margin-bottom: 0.15cm; }
.kind { font-size: 7.5pt; color: #0b5d7a; font-weight: bold; letter-spacing: 1px; }
h1.title { font-family: 'DejaVu Serif'; font-size: 19pt; color: #0b3d52; margin-bottom: 0.1cm; margin-top: 0.1cm; }
.lead { font-style: italic; font-size: 9pt; }
h2 { font-size: 11.5pt; color: #0b5d7a; margin-top: 0.3cm; margin-bottom: 0.1cm; }
h3 { font-size: 9pt; margin-top: 0.2cm; margin-bottom: 0.08cm; }
table.tide { border-collapse: collapse; width: 100%; font-size: 7.8pt; }
table.tide th { background: #0b5d7a; color: white; padding: 2px; }
table.tide td { border-bottom: 1px solid #b9cdd6; padding: 2px 3px; }
.caption { font-size: 7pt; font-style: italic; color: #444; }
.small { font-size: 7.3pt; }
blockquote { margin-left: 0.6cm; margin-right: 0.6cm; }
.who { font-size: 7.5pt; }
'''
d = HTML('blind21-05-es-almanaque-costadamorte-percebe', 'es', 'libreoffice', 'blind-tide-almanac', 'seguridad en la roca, mareas, vedas y seguridad social de percebeiras y percebeiros', css=css)
R = d.raw; e = d.e
d.i('ALMANAQUE DE MAREAS · NOVIEMBRE DE 2026 · COSTA DA MORTE', cls='kind')
d.T('Bajar a la roca con la marea a favor')
d.p('Corme (Ponteceso), 26 de octubre de 2026 — almanaque de noviembre para las percebeiras y los percebeiros de Corme, Laxe y Camariñas, con las mareas, los días de veda y lo que hay que saber del Régimen Especial del Mar', cls='lead')
d.p('El percebe se arranca en las rocas que solo descubre la bajamar, entre olas que llegan sin avisar. En la Costa da Morte trabajan 212 mariscadores a pie y desde embarcación con permiso de percebe. Este almanaque se cuelga en la lonja de Corme el último lunes de cada mes.')
d.h('Las mareas de la primera quincena', 1)
hdr = [['Día', 'Pleamar', '', 'Bajamar', '', 'Coef.', 'Observaciones'], ['', 'mañana', 'tarde', 'mañana', 'tarde', '', '']]
rows = [['Dom. 1', '04:12', '16:31', '10:25', '22:47', '62', 'Veda: no se sale.'],
        ['Lun. 2', '04:58', '17:16', '11:10', '23:31', '71', ''],
        ['Mar. 3', '05:41', '17:58', '11:52', '—', '79', 'Bajamar buena: salida de 10:30 a 13:00.'],
        ['Mié. 4', '06:22', '18:39', '00:13', '12:34', '85', 'Mar de fondo previsto: salida solo en grupo de cuatro.'],
        ['Jue. 5', '07:03', '19:20', '00:55', '13:16', '88', 'Limpieza de la playa de Balarés con el Club Náutico de Laxe (convenio de 2025 con la agrupación).'],
        ['Vie. 6', '07:46', '20:03', '01:38', '14:00', '86', ''],
        ['Sáb. 7', '08:31', '20:49', '02:23', '14:47', '80', 'Veda: no se sale.'],
        ['Dom. 8', '09:20', '21:40', '03:12', '15:38', '70', 'Veda: no se sale.'],
        ['Lun. 9', '10:15', '22:37', '04:06', '16:35', '58', 'Coeficiente bajo: la roca queda cubierta.'],
        ['Mar. 10', '11:17', '23:42', '05:07', '17:39', '47', ''],
        ['Mié. 11', '—', '12:24', '06:15', '18:47', '41', 'Charla del ISM en la lonja, 17:00.'],
        ['Jue. 12', '00:51', '13:30', '07:24', '19:54', '44', ''],
        ['Vie. 13', '01:55', '14:29', '08:27', '20:53', '52', ''],
        ['Sáb. 14', '02:50', '15:20', '09:21', '21:44', '61', 'Veda: no se sale.'],
        ['Dom. 15', '03:38', '16:05', '10:08', '22:29', '69', 'Veda: no se sale.']]
d.table(hdr, rows)
R('<table class="tide" width="100%"><thead><tr><th rowspan="2">Día</th><th colspan="2">Pleamar</th><th colspan="2">Bajamar</th><th rowspan="2">Coef.</th><th rowspan="2" width="40%">Observaciones</th></tr>'
  '<tr><th>mañana</th><th>tarde</th><th>mañana</th><th>tarde</th></tr></thead><tbody>' +
  ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r) + '</tr>' for r in rows) + '</tbody></table>')
d.i('Horas oficiales en el puerto de Corme. Las tablas de mareas las facilita el Instituto Español de Oceanografía (IEO); la agrupación solo añade las observaciones.', cls='caption')
d.h('Cómo leer el almanaque', 2)
d.ul(['El coeficiente dice cuánto baja el mar: por encima de 70, la roca queda bien descubierta.', ('La hora buena para bajar es una hora y media antes de la bajamar:', ['nunca después de la bajamar;', 'nunca de noche, aunque la marea sea buena.']), 'Los días de veda los fija la cofradía cada mes y no se cambian.'])
R('<p style="page-break-before: always"></p>')
d.h('Antes de bajar a la roca', 1)
d.p('Estas pautas siguen la guía de la Organización Internacional del Trabajo (OIT) sobre la seguridad en la pesca y el marisqueo, adaptada por la agrupación a la roca de la Costa da Morte.')
d.ul([('Mira el mar diez minutos desde arriba:', ['cuenta las series de olas;', 'busca siempre una salida de la roca por detrás.']), 'Baja con cuerda, casco, traje de neopreno y chaleco; el chaleco es obligatorio desde 2026.', 'No bajes sola ni solo: el compañero se queda arriba, con el teléfono.', 'Si una ola te tumba, no sueltes la cuerda.'])
d.h('Tu seguridad social', 1)
d.p('Quien marisca a pie o desde embarcación cotiza en el Régimen Especial del Mar, con una base reducida. Cubre la enfermedad, el accidente en la roca y la jubilación, que puede adelantarse por la dureza del oficio.')
d.ul(['Date de alta en el Instituto Social de la Marina (ISM) antes de la primera salida.', 'Presenta en la cofradía tu permiso de marisqueo en vigor.', ('Paga la cuota cada mes:', ['por domiciliación bancaria;', 'o en la cofradía, que la ingresa por ti.']), 'Guarda el justificante: sin él, el accidente no se cubre.'], tag='ol')
d.q('Llevo treinta años en la roca. A mi madre se la llevó una ola en 1998 y no tenía ni seguro. Ahora tenemos el chaleco y el alta en el Mar, y eso ya es otra vida.', 'Maruxa Lema', 'percebeira y vocal de la agrupación, Corme')
d.h('Quién está detrás del almanaque', 1)
R('<table width="100%" cellpadding="4" border="0"><tr><td width="52%" valign="top">')
d.p('La Agrupación de Percebeiros da Costa da Morte (APCM) agrupa a las percebeiras y los percebeiros de tres cofradías. Desde hace tres años trabaja con la Cofradía de Pescadores Virxe do Carme de Corme mediante un acuerdo a tres bandas entre la cofradía, la APCM y la Sociedad de Salvamento y Seguridad Marítima (SASEMAR), que pone una embarcación de guardia en los días de mar de fondo.')
d.p('El ISM aprobó en 2022 una guía de prevención para el percebe. Su memorando con la APCM, del mismo año, acerca a las técnicas del Instituto a cada lonja una vez por trimestre.')
d.p('Los chalecos se compraron con el respaldo del Fondo Europeo Marítimo, de Pesca y de Acuicultura (FEMPA), de 2024 a 2027. La alianza de la APCM con el Centro de Formación del Mar de Camariñas, iniciada en 2020, ha formado ya a 140 personas en primeros auxilios.')
d.p('Desde enero de 2026, este almanaque está patrocinado por Lonxa Norte, la subastadora que vende el percebe de Corme.')
R('</td><td width="8%"></td><td width="40%" valign="top">')
d.h('Sin compromiso firmado', 2)
d.p('La Consellería do Mar de la Xunta de Galicia concede los permisos de marisqueo; la consejería gallega del Mar no ha firmado el acuerdo. El Concello de Ponteceso tiene previsto adherirse el año próximo. Percebes do Roncudo S.L. se retiró antes de firmar. Onda Bergantiños cobra por cada cuña de radio, Casa Fandiño cobra por menú en las charlas, y las cifras de accidentes vienen del Instituto Galego de Estatística (IGE): en 2023 hubo cuatro accidentes graves, en 2025 solo uno.', cls='small')
d.h('Contacto', 2)
d.contact('Antía Mouzo', 'percebe.corme@gmail.com', '+34 981 73 82 05')
for s in ['Antía Mouzo, secretaria de la APCM', 'Lonja de Corme, Porto de Corme, 15114 Ponteceso', 'Con el apoyo de la Oficina de la OIT para España, Madrid', 'Tel.: +34 981 73 82 05', 'Correo electrónico: percebe.corme@gmail.com']:
    d.i(s, cls='small')
R('<p class="small">' + e(d.link('www.ilo.org/madrid')) + '</p>')
R('</td></tr></table>')
d.orgs(('Instituto Español de Oceanografía', 'IEO'), 'Club Náutico de Laxe', ('Instituto Social de la Marina', 'ISM'), ('Agrupación de Percebeiros da Costa da Morte', 'APCM'),
       'Cofradía de Pescadores Virxe do Carme de Corme', ('Sociedad de Salvamento y Seguridad Marítima', 'SASEMAR'), ('Fondo Europeo Marítimo, de Pesca y de Acuicultura', 'FEMPA'),
       'Centro de Formación del Mar de Camariñas', 'Lonxa Norte', 'Consellería do Mar de la Xunta de Galicia', 'Concello de Ponteceso', 'Percebes do Roncudo S.L.',
       'Onda Bergantiños', 'Casa Fandiño', ('Instituto Galego de Estatística', 'IGE'), ('Organización Internacional del Trabajo', 'OIT'))
d.countries('ES')
d.ps(['Club Náutico de Laxe', 'APCM'], 'cooperation_agreement', 2025)
d.ps(['Cofradía de Pescadores Virxe do Carme de Corme', 'APCM', 'SASEMAR'], 'cooperation_agreement', 2023)
d.ps(['ISM', 'APCM'], 'memorandum_of_understanding', 2022)
d.ps(['FEMPA', 'APCM'], 'funding', 2024, 2027)
d.ps(['APCM', 'Centro de Formación del Mar de Camariñas'], 'partnership', 2020)
d.ps(['Lonxa Norte', 'APCM'], 'funding', 2026)
d.build_lo(tagged=True)
