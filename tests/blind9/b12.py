from fodt import *
d = FODT('blind9-12-es-carta-santo-domingo', 'es', 'libreoffice', 'blind-open-letter', 'derechos de las trabajadoras del hogar', page=('21.59cm', '27.94cm'), margins='2cm', accent='#7b1fa2', base='9.6pt', font='DejaVu Serif')
hl, hr = 'Organización Internacional del Trabajo', 'Oficina para Centroamérica, Haití, Panamá y República Dominicana'
d.hdr = [hl, '\t', hr]; d.ftr = ['Campaña Hogar Justo', '\t', 'Página ', '#PAGE', ' de 2']
for n in (1, 2): d.furn(hl); d.furn(hr); d.furn('Campaña Hogar Justo'); d.furn(f'Página {n} de 2')
d.p('Santo Domingo, 15 de abril de 2026', 'Small')
d.T('Carta abierta a las familias que emplean a una trabajadora del hogar')
d.p('Estimadas familias:')
d.p('En la República Dominicana más de 250 000 personas, casi todas mujeres, trabajan en casas ajenas: limpian, cocinan y cuidan a niños y a personas mayores. Sin ellas, muchas de nuestras familias no podrían salir a trabajar. Sin embargo, solo una de cada diez está afiliada a la seguridad social.')
d.p('Le escribimos porque afiliar a su trabajadora es más sencillo que nunca, y porque tiene derecho a un contrato, a vacaciones y a un día de descanso a la semana.')
d.q('Llevo 22 años con la misma familia. El día que me afiliaron a la Tesorería, la señora me dijo que tenía que haberlo hecho mucho antes. Ahora tengo seguro médico y voy a tener pensión.', 'Altagracia Reyes Peña', 'trabajadora del hogar, Los Mina', open_='«', close='»')
d.h('Cinco cosas que puede hacer hoy', 1, style='H2')
d.ul(['Firme un contrato por escrito con su trabajadora (vea el modelo en el anexo).', ('Afíliela a la seguridad social:', ['en línea, en el portal de la Tesorería;', 'o en cualquier oficina de la Tesorería, con su cédula.']), 'Pague al menos el salario mínimo para el trabajo del hogar.', 'Respete el descanso semanal de 36 horas seguidas.', 'Dele dos semanas de vacaciones pagadas al año.'], num=True)
d.h('Quiénes están detrás de esta campaña', 1, style='H2')
d.p('Esta carta forma parte de la campaña Hogar Justo, que la Organización Internacional del Trabajo (OIT) lleva a cabo con fondos de la Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID), en virtud de un acuerdo firmado en 2024.')
d.p('En marzo de 2025, el Ministerio de Trabajo, la Tesorería de la Seguridad Social (TSS) y el Sindicato Nacional de Trabajadoras Domésticas (SINTRADOMES) firmaron un protocolo para simplificar la afiliación. Al mes siguiente, la Cooperativa La Altagracia de Villa Mella y la Federación Nacional de Trabajadoras del Hogar (FENAMUTRA) firmaron una carta de intención para abrir cuentas de ahorro sin costo.')
d.p('La Escuela Taller de Santo Domingo tiene un convenio con el Ayuntamiento del Distrito Nacional (ADN) (2023-2027) para ofrecer cursos de cuidado de personas mayores.')
d.p('ONU Mujeres y la OIT ejecutan desde 2022 un programa conjunto sobre la economía del cuidado, que se prolongó hasta 2026.')
d.p('Las cifras de esta carta provienen de la Oficina Nacional de Estadística (ONE). La Defensoría del Pueblo acompaña la campaña como observadora.')
d.p('Con nuestro agradecimiento,')
d.extra_styles.append('<style:style style:name="Sig" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>')
d.raw('<table:table table:name="Firmas"><table:table-column table:number-columns-repeated="3"/><table:table-row>')
for nm, role, org in [('Marisol Peguero Santos', 'Secretaria general', 'SINTRADOMES'), ('Ana Julia Féliz', 'Presidenta', 'Asociación de Familias Empleadoras de Santo Domingo'), ('Rodrigo Cáceres Lobo', 'Coordinador de la campaña Hogar Justo', 'OIT')]:
    d.raw('<table:table-cell table:style-name="CellU" office:value-type="string"><text:p text:style-name="Sig">' + X(d.ign('_______________________')) + '</text:p>')
    for s in (nm, role, org): d.raw(f'<text:p text:style-name="Sig">{X(d.ign(s))}</text:p>')
    d.raw('</table:table-cell>')
d.raw('</table:table-row></table:table>')
d.pagebreak()
d.h('Anexo: lo que debe decir el contrato', 1)
d.tab([['Elemento', 'Qué escribir']],
      [['Las partes', 'nombre y cédula de quien emplea y de la trabajadora'], ['Las tareas', 'limpieza, cocina, cuidado de niños o de personas mayores'], ['El horario', 'hora de entrada y de salida, y el día de descanso'], ['El salario', 'monto mensual, fecha y forma de pago'], ['La seguridad social', 'número de afiliación en la Tesorería'], ['Vacaciones', 'dos semanas pagadas al año']], [5.0, 12.5])
d.h('Salario mínimo vigente', 2)
d.tab([['Jornada', 'Salario mensual']], [['Tiempo completo', 'RD$ 11 900'], ['Medio tiempo', 'RD$ 5 950']], [5.0, 5.0], ruled=False, hstyle='THd', caption='Montos de referencia de la campaña, abril de 2026.')
d.h('¿Tiene preguntas?', 2)
d.contact('Rodrigo Cáceres Lobo', 'caceres@ilo.org', '+1 809 472 3310')
d.cp('Rodrigo Cáceres Lobo'); d.i('Coordinador de la campaña Hogar Justo'); d.i('Tel.: +1 809 472 3310'); d.i('Correo electrónico: caceres@ilo.org'); d.cp(d.link('www.ilo.org/sanjose'))
d.orgs(('Organización Internacional del Trabajo', 'OIT'), 'Oficina para Centroamérica, Haití, Panamá y República Dominicana', 'Hogar Justo',
       ('Agencia Mexicana de Cooperación Internacional para el Desarrollo', 'AMEXCID'), 'Ministerio de Trabajo', ('Tesorería de la Seguridad Social', 'TSS'),
       ('Sindicato Nacional de Trabajadoras Domésticas', 'SINTRADOMES'), 'Cooperativa La Altagracia de Villa Mella', ('Federación Nacional de Trabajadoras del Hogar', 'FENAMUTRA'),
       'Escuela Taller de Santo Domingo', ('Ayuntamiento del Distrito Nacional', 'ADN'), 'ONU Mujeres', ('Oficina Nacional de Estadística', 'ONE'), 'Defensoría del Pueblo',
       'Asociación de Familias Empleadoras de Santo Domingo')
d.countries('DO', 'HT', 'PA')
d.ps(['AMEXCID', 'OIT'], 'funding', 2024)
d.ps(['Ministerio de Trabajo', 'TSS', 'SINTRADOMES'], 'memorandum_of_understanding', 2025)
d.ps(['Cooperativa La Altagracia de Villa Mella', 'FENAMUTRA'], 'letter_of_intent', 2025)
d.ps(['Escuela Taller de Santo Domingo', 'ADN'], 'cooperation_agreement', 2023, 2027)
d.ps(['ONU Mujeres', 'OIT'], 'programme', 2022, 2026)
d.build(tagged=True)
