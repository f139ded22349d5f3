from common import *
css = '''
@page { size: A4; margin: 9mm 14mm 12mm 14mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.38; color: #1b2a33; margin: 0; }
.runhead { margin: 0 0 5mm 0; display: flex; justify-content: space-between; font-size: 7pt; color: #0d6e8a; border-bottom: 0.6px solid #0d6e8a; padding-bottom: 1px; }
p.kind { font-size: 7.5pt; font-weight: bold; letter-spacing: 2px; color: #e0562b; margin: 0; }
h1.title { font-size: 22pt; line-height: 1.12; margin: 3px 0 4px 0; color: #0d3b4f; }
p.lead { font-size: 10pt; font-style: italic; margin: 0 0 8px 0; }
h2 { font-size: 11.5pt; color: #0d6e8a; margin: 8px 0 4px 0; }
h3 { font-size: 9.5pt; color: #e0562b; margin: 6px 0 3px 0; }
p { margin: 0 0 5px 0; }
table.cmp { border-collapse: separate; border-spacing: 2px; width: 100%; }
table.cmp th { background: #0d3b4f; color: #fff; padding: 5px; font-size: 8.4pt; text-align: left; }
table.cmp th:first-child { background: transparent; }
table.cmp td { background: #e9f3f6; padding: 4px 5px; vertical-align: top; }
table.cmp td:first-child { background: #0d6e8a; color: white; font-weight: bold; width: 22%; }
table.fig { border-collapse: collapse; width: 100%; }
table.fig th { border-bottom: 1.5px solid #0d3b4f; text-align: left; padding: 2px 4px; }
table.fig td { border-bottom: 0.5px solid #aab; padding: 2px 4px; }
table.fig td:not(:first-child), table.fig th { white-space: nowrap; }
p.caption { font-size: 7pt; font-style: italic; color: #555; margin-top: 2px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
ul, ol { margin: 0 0 5px 0; padding-left: 15px; } ul.sub { list-style: "– "; }
blockquote.pull { margin: 8px 0; padding: 8px 10px; background: #fff3ec; border-radius: 6px; }
blockquote.pull p { font-size: 10.5pt; font-weight: bold; color: #e0562b; margin: 0; }
blockquote.pull p.who { font-size: 7.6pt; font-weight: normal; color: #333; margin-top: 4px; }
.p2 { break-before: page; }
p.small { font-size: 7.6pt; color: #444; }
.contact { background: #0d3b4f; color: white; padding: 6px 9px; border-radius: 5px; } .contact p { margin: 0; font-size: 8pt; }
'''
d = HTML('blind15-06-es-comparativa-cumana-sardina', 'es', 'chromium', 'blind-comparison-chart', 'trabajadoras de enlatadoras de sardina: contratos, seguro social, guardería', css=css)
RH = 'OIT Venezuela · Guía comparativa para la industria conservera'
def runhead(n):
    d.raw('<div class="runhead">'); d.fu(RH, tag='span'); d.fu(f'Página {n} de 2', tag='span'); d.raw('</div>')
runhead(1)
d.i('GUÍA COMPARATIVA · CONTRATOS EN LA INDUSTRIA CONSERVERA', cls='kind')
d.T('¿Qué te protege en la enlatadora? Tres contratos, cara a cara')
d.p('Cumaná, 20 de octubre de 2026 — una comparación para las trabajadoras de las plantas de sardina de Sucre y Nueva Esparta', cls='lead')
d.p('En las plantas de Cumaná y de la Isla de Margarita trabajan unas 6 000 personas, casi todas mujeres. Muchas firman cada año un contrato distinto sin saber qué cubre. El Sindicato de Trabajadoras de la Industria Pesquera de Sucre (SINTRAIPES) preparó esta tabla con abogadas laboralistas.')
d.h('Cara a cara: los tres contratos', 1)
d.tab([['', 'Por temporada', 'Por obra determinada', 'Por tiempo indeterminado']],
      [['Duración', 'Mientras dure la zafra de sardina, de 8 a 10 meses', 'Hasta terminar un pedido', 'Sin fecha de fin'],
       ['Seguro social', '✓ desde el primer día', '✓ desde el primer día', '✓ desde el primer día'],
       ['Vacaciones pagadas', '✓ proporcionales a los meses trabajados', '✗', '✓ 15 días hábiles al año'],
       ['Guardería para el turno de madrugada', 'Solo en Brisamar, por su carta de intención de 2025 con SINTRAIPES', '✗', '✓ en plantas con más de 20 trabajadoras'],
       ['Prestaciones al terminar', '✓', '✓', '✓'],
       ['Estabilidad', '✗', '✗', '✓']],
      cls='cmp', caption='✓ = lo garantiza la ley o la convención colectiva; ✗ = no lo garantiza. Resumen orientativo: no sustituye el texto de la ley.')
d.raw('<div class="cols"><div>')
d.h('Antes de firmar', 1)
d.ul([('Pide el contrato por escrito y léelo con calma:', ['revisa el tipo de contrato y la fecha de fin;', 'comprueba que figure tu número de seguro social.']), 'Guarda una copia en el teléfono.', 'Si no entiendes una cláusula, pregunta a tu delegada antes de firmar.'])
d.h('Si te lesionas en la línea', 2)
d.ul(['Avisa a la supervisora y pide que lo anote en el libro de accidentes.', 'Ve al ambulatorio con la constancia de la planta.', 'Llama a SINTRAIPES: la delegada te acompaña en el trámite.'], tag='ol')
d.raw('</div><div>')
d.h('Dónde pedir ayuda', 1)
d.ul([('En la planta:', ['la delegada sindical de tu turno;', 'el comité de seguridad y salud laboral.']), 'Fuera de la planta: la inspección del trabajo de Cumaná.', 'Por teléfono: la línea de SINTRAIPES, de lunes a sábado.'])
d.raw('</div></div>')
d.raw('<div class="p2">')
runhead(2)
d.h('Quiénes respaldan esta guía', 1)
d.raw('<div class="cols"><div>')
d.p('La Gobernación del estado Sucre, SINTRAIPES y Alba Marina firmaron en 2024 un memorando de entendimiento sobre turnos y pausas en las líneas de enlatado.')
d.p('El sindicato buscaba una guardería para el turno de madrugada. La encontró en la Pastoral Social de la Arquidiócesis de Cumaná: ambas firmaron un convenio en 2023, que este año se renovó hasta 2028.')
d.p('Noruega, a través de la Agencia Noruega de Cooperación para el Desarrollo (Norad), financia la guía con una donación a la Organización Internacional del Trabajo (OIT) para 2025-2027.')
d.p('La guía forma parte del programa conjunto de la OIT y el Fondo de las Naciones Unidas para la Infancia (UNICEF) sobre trabajo y cuidado, iniciado hace dos años.')
d.p('La Caja de Ahorro Mujeres del Golfo abrió en 2025 su fondo de emergencia para trabajadoras lesionadas con apoyo de la Alcaldía del Municipio Sucre.')
d.raw('</div><div>')
d.q('Firmé seis contratos de temporada en seis años. Con esta tabla, por fin entendí por qué nunca me pagaron las vacaciones.', 'Yusmary Marcano', 'fileteadora y delegada de SINTRAIPES, Cumaná', open_='«', close='»')
d.h('Las plantas en cifras', 2)
d.tab([['Indicador', '2024', '2025']],
      [['Trabajadoras con contrato indeterminado', '1 150', '1 620'], ['Accidentes con cuchillo notificados', '214', '167'], ['Plantas con guardería', '2', '5']],
      cls='fig', caption='Fuente: Instituto Nacional de Estadística (INE) y registros de SINTRAIPES.')
d.h('También participan', 2)
d.p('El Instituto Venezolano de los Seguros Sociales (IVSS) revisó la tabla sin ser parte de ningún acuerdo. El Club Deportivo Marinos de Cumaná presta su cancha para las asambleas. Conservas del Oriente C.A. asistió a las reuniones, pero no se ha firmado nada. La Imprenta Guaiquerí imprimió la guía por encargo.', cls='small')
d.h('Contacto', 2)
d.contact('Oriana Salazar', 'salazar@ilo.org', '+58 293 431 2207')
d.raw('<div class="contact"><p>Oriana Salazar</p>')
d.i('Oficina de Países de la OIT para los Países Andinos'); d.i('Tel.: +58 293 431 2207'); d.i('Correo electrónico: salazar@ilo.org')
d.raw(f'<p>{d.e(d.link("www.ilo.org/lima"))}</p></div>')
d.raw('</div></div></div>')
d.orgs(('Sindicato de Trabajadoras de la Industria Pesquera de Sucre', 'SINTRAIPES'), 'Brisamar', ('Instituto Nacional de Estadística', 'INE'), 'Gobernación del estado Sucre', 'Alba Marina',
       'Pastoral Social de la Arquidiócesis de Cumaná', ('Agencia Noruega de Cooperación para el Desarrollo', 'Norad'), ('Organización Internacional del Trabajo', 'OIT'),
       ('Fondo de las Naciones Unidas para la Infancia', 'UNICEF'), 'Caja de Ahorro Mujeres del Golfo', 'Alcaldía del Municipio Sucre', ('Instituto Venezolano de los Seguros Sociales', 'IVSS'),
       'Club Deportivo Marinos de Cumaná', 'Conservas del Oriente C.A.', 'Imprenta Guaiquerí')
d.countries('VE', 'NO')
d.ps(['Brisamar', 'SINTRAIPES'], 'letter_of_intent', 2025)
d.ps(['Gobernación del estado Sucre', 'SINTRAIPES', 'Alba Marina'], 'memorandum_of_understanding', 2024)
d.ps(['SINTRAIPES', 'Pastoral Social de la Arquidiócesis de Cumaná'], 'cooperation_agreement', 2023, 2028)
d.ps(['Norad', 'OIT'], 'funding', 2025, 2027)
d.ps(['OIT', 'UNICEF'], 'programme', 2024)
d.ps(['Alcaldía del Municipio Sucre', 'Caja de Ahorro Mujeres del Golfo'], 'funding', 2025)
src = f'{D}/{d.id}.html'; open(src, 'w').write(d.html()); pdf = f'{D}/{d.id}.pdf'
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--generate-pdf-document-outline', f'--print-to-pdf={pdf}', src], capture_output=True)
d.finish(pdf)
