from common import *
ID = 'blind5-12-es-seminario-forestal'
t = T(ID, 'libreoffice', 'blind-event-flyer-agenda', 'social dialogue and safety in forestry', 'es')
V = '#1B4D3E'; C = '#D35400'
styles = ''.join([
  pstyle('Cuerpo', size='10pt', mb='2.2mm', extra_p='fo:line-height="128%" fo:keep-together="always"'),
  pstyle('Invitacion', size='10pt', bold=True, color=C, mb='2mm', extra_t='fo:letter-spacing="1.2mm"'),
  pstyle('Titulo', size='22pt', bold=True, color=V, mb='2mm', extra_p='fo:line-height="108%"'),
  pstyle('Fecha', size='12pt', bold=True, color='#333333', mb='5mm', extra_p='fo:border-bottom="2pt solid #D35400" fo:padding-bottom="2mm"'),
  pstyle('Heading_1', size='13pt', bold=True, color=V, mt='5mm', mb='2mm', outline=1),
  pstyle('Heading_2', size='10.5pt', bold=True, color='#FFFFFF', mt='3mm', mb='1mm', outline=2, extra_p='fo:background-color="#1B4D3E" fo:padding="1.2mm"'),
  pstyle('Cita', size='12pt', italic=True, color=V, mt='3mm', mb='1mm', extra_p='fo:text-align="center" fo:margin-left="15mm" fo:margin-right="15mm"'),
  pstyle('CitaAutor', size='8.5pt', color='#555555', mb='4mm', extra_p='fo:text-align="center"'),
  pstyle('Cell', size='9pt', mb='0mm'), pstyle('CellB', size='9pt', bold=True, mb='0mm', color=C), pstyle('CellHead', size='9pt', bold=True, mb='0mm', color=V),
  pstyle('Nota', size='8pt', italic=True, color='#666666', mt='1mm', mb='3mm'),
  pstyle('Header', size='8pt', color='#777777', mb='0mm'), pstyle('Footer', size='8pt', color='#777777', mb='0mm', extra_p='fo:text-align="end"'),
  pstyle('List', size='10pt', mb='1mm'), pstyle('Contacto', size='9.5pt', mb='0mm', extra_p='fo:background-color="#FBEEE6" fo:padding="3mm"'),
  liststyle('LB', ('►', '·'), C)])
auto = (tablestyle('Dia1', '172mm', ['22mm', '80mm', '70mm']) + tablestyle('Dia2', '172mm', ['22mm', '80mm', '70mm']) + tablestyle('Org', '172mm', ['45mm', '127mm']) +
        cellstyle('CH', border_bottom='1pt solid #1B4D3E', border_top='1pt solid #1B4D3E') + cellstyle('CR', border_bottom='0.4pt solid #B0B0B0') + cellstyle('CU', pad='0.8mm'))
B = []
def para(st, s): B.append(f'<text:p text:style-name="{st}">{x(s)}</text:p>')
def P(s): para('Cuerpo', t.p(s))
def H1(s): B.append(f'<text:h text:style-name="Heading_1" text:outline-level="1">{x(t.h(s, 1))}</text:h>')
def H2(s): B.append(f'<text:h text:style-name="Heading_2" text:outline-level="2">{x(t.h(s, 2))}</text:h>')
def LIST(items):
    out = '<text:list text:style-name="LB">'
    for it in items:
        if isinstance(it, tuple):
            s, subs = it
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(s, 1))}</text:p><text:list>' + ''.join(f'<text:list-item><text:p text:style-name="List">{x(t.b(u, 2))}</text:p></text:list-item>' for u in subs) + '</text:list></text:list-item>'
        else:
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(it, 1))}</text:p></text:list-item>'
    B.append(out + '</text:list>')
hdr = 'OIT · Oficina para el Cono Sur de América Latina'
t.furn(hdr, 'Página 1', hdr, 'Página 2')
para('Invitacion', t.ign('INVITACIÓN'))
para('Titulo', t.title('Seminario internacional: diálogo social y seguridad en el sector forestal del Biobío'))
para('Fecha', t.p('Concepción, 19 y 20 de noviembre de 2025 · Salón Biobío, Universidad de Concepción'))
H1('Presentación')
P('El sector forestal emplea a más de 100 000 personas en la Región del Biobío, una de cada tres en empresas contratistas. La cosecha forestal sigue siendo una de las actividades con más accidentes mortales del país.')
P('El seminario celebra dos años del acuerdo marco de diálogo social firmado en 2023 por la Corporación Chilena de la Madera (CORMA), la Confederación de Trabajadores Forestales de Chile (CTF) y el Ministerio del Trabajo y Previsión Social. ¿Qué ha cambiado en las faenas desde entonces? ¿Qué falta por hacer?')
P('Participarán delegaciones de Uruguay y Brasil, en el marco del programa de cooperación Sur-Sur que la Agencia Chilena de Cooperación Internacional para el Desarrollo (AGCID) y la Organización Internacional del Trabajo (OIT) pusieron en marcha en 2024.')
H1('Objetivos')
LIST([('Presentar los resultados del acuerdo marco:', ['tasas de accidentes en cosecha y transporte de madera', 'funcionamiento de los comités paritarios en empresas contratistas']),
      'Compartir experiencias de Uruguay y Brasil en la certificación de contratistas forestales.',
      'Acordar una hoja de ruta 2026–2028 para la mesa tripartita regional.'])
H1('Programa')
H2('Miércoles 19 de noviembre')
hd1, r1 = t.table([['Hora', 'Actividad', 'Participan']], [
  ['09:00', 'Inauguración', 'Ministerio del Trabajo y Previsión Social; OIT; Universidad de Concepción'],
  ['09:45', 'Dos años del acuerdo marco: balance de las partes', 'CORMA; CTF; Dirección del Trabajo'],
  ['11:15', 'La accidentalidad en la cosecha forestal', 'Asociación Chilena de Seguridad (ACHS)'],
  ['14:30', 'Mesa redonda: empresas contratistas y subcontratación', 'Sindicato Interempresa de Trabajadores Forestales del Biobío (SITRAFOR); Maderas del Sur S.A.']])
B.append(otable('Dia1', hd1, r1, 'CH', 'CR', 'CellHead', 'Cell', 3, pc_list=['CellB', 'Cell', 'Cell']))
H2('Jueves 20 de noviembre')
hd2, r2 = t.table([['Hora', 'Actividad', 'Participan']], [
  ['09:00', 'Experiencias de Uruguay y Brasil', 'Delegaciones tripartitas; AGCID'],
  ['11:00', 'Empleo y salarios en la industria de la madera', 'Comisión Económica para América Latina y el Caribe (CEPAL); Instituto Forestal (INFOR)'],
  ['14:30', 'Hoja de ruta 2026–2028 y clausura', 'Mesa tripartita regional; OIT']])
B.append(otable('Dia2', hd2, r2, 'CH', 'CR', 'CellHead', 'Cell', 3, pc_list=['CellB', 'Cell', 'Cell']))
para('Nota', t.ign('Programa sujeto a cambios. Habrá interpretación simultánea español–portugués.'))
H1('Alianzas detrás del seminario')
P('El seminario se financia con recursos del Gobierno de Suiza, a través de la Secretaría de Estado para Asuntos Económicos (SECO), en el marco de su acuerdo de contribución con la OIT para 2022–2026.')
P('Un protocolo de seguridad para faenas de cosecha fue firmado en 2024 por Maderas del Sur S.A. y el SITRAFOR; sus resultados se presentarán en la mesa redonda del primer día.')
P('La Universidad de Concepción acoge el seminario, y la Dirección del Trabajo y la ACHS aportan los datos de fiscalización y de accidentes.')
para('Cita', t.quote('El acuerdo no es un papel: hoy cada faena tiene un comité paritario y un trabajador que puede parar la máquina.', 'Héctor Riquelme', 'presidente de la CTF'))
para('CitaAutor', 'Héctor Riquelme, presidente de la CTF')
H1('Información práctica')
hd3, r3 = t.table([], [['Lugar', 'Salón Biobío, Universidad de Concepción, Víctor Lamas 1290, Concepción'], ['Inscripción', 'gratuita, hasta el 12 de noviembre, en www.ilo.org/santiago/seminario-forestal'], ['Idiomas', 'español y portugués']])
B.append(otable('Org', [], r3, None, 'CU', None, 'Cell', 2, pc_list=['CellHead', 'Cell']))
t.link('www.ilo.org/santiago/seminario-forestal')
H1('Contacto')
t.contact('Carolina Fuentes Araya', 'fuentes@ilo.org', '+56 2 2580 5500')
B.append('<text:p text:style-name="Contacto"><text:span>Carolina Fuentes Araya</text:span><text:line-break/>' + x(t.ign('Oficial de programa, Oficina de la OIT para el Cono Sur de América Latina, Santiago')) + '<text:line-break/>' +
         x(t.ign('Tel.: +56 2 2580 5500')) + '<text:line-break/>' + x(t.ign('Correo electrónico: fuentes@ilo.org')) + '</text:p>')
header = f'<text:p text:style-name="Header">{x(hdr)}</text:p>'
footer = '<text:p text:style-name="Footer">Página <text:page-number text:select-page="current">1</text:page-number></text:p>'
fodt(ID + '.fodt', 'Seminario internacional: sector forestal del Biobío', 'es', 'CL', styles, auto, header, footer, '\n'.join(B), font='Liberation Sans Narrow', size='10pt')
t.orgs(('Corporación Chilena de la Madera', 'CORMA'), ('Confederación de Trabajadores Forestales de Chile', 'CTF'), 'Ministerio del Trabajo y Previsión Social',
       ('Agencia Chilena de Cooperación Internacional para el Desarrollo', 'AGCID'), ('Organización Internacional del Trabajo', 'OIT'),
       'Universidad de Concepción', 'Dirección del Trabajo', ('Asociación Chilena de Seguridad', 'ACHS'),
       ('Sindicato Interempresa de Trabajadores Forestales del Biobío', 'SITRAFOR'), 'Maderas del Sur S.A.',
       ('Comisión Económica para América Latina y el Caribe', 'CEPAL'), ('Instituto Forestal', 'INFOR'), 'Gobierno de Suiza',
       ('Secretaría de Estado para Asuntos Económicos', 'SECO'), 'Oficina de la OIT para el Cono Sur de América Latina')
t.countries('CL', 'UY', 'BR', 'CH')
t.ps(['CORMA', 'CTF', 'Ministerio del Trabajo y Previsión Social'], 'cooperation_agreement', 2023)
t.ps(['AGCID', 'OIT'], 'programme', 2024)
t.ps(['SECO', 'OIT'], 'funding', 2022, 2026)
t.ps(['Maderas del Sur S.A.', 'SITRAFOR'], 'memorandum_of_understanding', 2024)
soffice(ID, 'fodt')
finish(t, 2)
