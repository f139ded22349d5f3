from common import *
d = HTML('blind13-09-es-infografia-nicaragua-salineras', 'es', 'libreoffice', 'blind-infographic-big-numbers', 'trabajadores de las salineras, calor, protección de los ojos y seguridad social', css='''
@page { size: A4; margin: 12mm 14mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 7.6pt; color: #1c2833; }
.kind { font-size: 8pt; font-weight: bold; color: #c0392b; }
h1.title { font-size: 19pt; color: #154360; margin: 2pt 0; }
p.lead { font-style: italic; font-size: 10pt; }
table.big { width: 100%; border-collapse: collapse; }
table.big td { width: 25%; text-align: center; padding: 6pt 3pt; background: #d6eaf8; border: 3px solid #ffffff; vertical-align: top; }
p.num { font-size: 22pt; font-weight: bold; color: #c0392b; margin: 0; }
p.lab { font-size: 8pt; margin: 0; }
h2 { font-size: 11pt; color: #154360; border-bottom: 2px solid #c0392b; margin-top: 8pt; }
h3 { font-size: 10pt; color: #c0392b; margin: 5pt 0 2pt 0; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 7.4pt; }
table.ruled th { background: #154360; color: #ffffff; padding: 2pt 4pt; text-align: left; }
table.ruled td { border-bottom: 1px solid #85929e; padding: 2pt 4pt; }
.caption { font-size: 7.5pt; font-style: italic; }
.small { font-size: 7.8pt; }
blockquote { margin: 4pt 14pt; font-style: italic; font-size: 8.6pt; }
.who { font-style: normal; font-size: 8pt; }
''')
d.i('INFOGRAFÍA · SALINERAS DE LEÓN Y CHINANDEGA', cls='kind')
d.T('La sal en cifras: quienes la cosechan')
d.p('Lo que vive cada temporada la gente que trabaja en las salineras artesanales de Las Peñitas y Puerto Morazán, Nicaragua · Managua, noviembre de 2025', cls='lead')
BIG = [('1.850', 'salineros en temporada'), ('41 °C', 'al mediodía en marzo'),
       ('7 de 10', 'con ojos irritados'), ('612', 'afiliados en 2025')]
d.raw('<table class="big"><tr>')
for n, lab in BIG:
    d.raw('<td>'); d.i(n, cls='num'); d.i(lab, cls='lab'); d.raw('</td>')
d.raw('</tr></table>')
d.h('Una temporada en la salinera', 1)
d.p('De diciembre a mayo, el agua del estero se evapora en pilas de tierra apisonada. Hombres y mujeres rastrillan, cargan y ensacan la sal bajo un sol que se refleja en el blanco de las pilas. Casi nadie tenía lentes oscuros ni un lugar con sombra para descansar.')
d.h('Lo que cambió', 2)
d.ul([('Protección:', ['lentes con filtro UV y sombreros de ala ancha;', 'botas de hule para las pilas de salmuera.']), 'Un toldo con agua potable cada 200 metros.', ('Horario:', ['descanso obligatorio de 11:30 a 14:00;', 'carga de sacos solo por la mañana.'])])
d.h('Cómo afiliarse al seguro social', 2)
d.ul(['Inscribirse en la cooperativa.', 'Presentar la cédula en la oficina del INSS de Chinandega.', 'Pagar la cuota mensual por la cooperativa, sin ir a la ciudad.'], tag='ol')
d.h('Antes y después', 2)
d.tab([['Indicador', '2023', '2025']], [['Salineros con lentes de protección', '9 %', '74 %'], ['Casos de golpe de calor atendidos', '58', '21'], ['Sacos de 50 kg cargados por persona y día', '60', '40'], ['Mujeres en la directiva de la cooperativa', '1', '4']],
      caption='Fuente: Instituto Nacional de Información de Desarrollo (INIDE); registros de la cooperativa.', colw=['60%', '20%', '20%'])
d.q('Yo creía que el ardor en los ojos era parte del oficio. Ahora uso lentes, descanso a la sombra y tengo mi carné del seguro.', 'Yolanda Espinoza', 'rastrilladora y tesorera de la Cooperativa Sal del Pacífico')
d.h('Quiénes lo hacen posible', 1)
d.p('La Agencia Española de Cooperación Internacional para el Desarrollo (AECID) aporta los fondos. Su subvención a la Organización Internacional del Trabajo (OIT) se aprobó en 2024 y abarca hasta 2026.')
d.p('Desde 2022, el Instituto Nicaragüense de Seguridad Social (INSS) tiene un convenio con la Cooperativa Sal del Pacífico para afiliar a sus socios; el convenio se renovó en 2025 por tres años más, hasta 2028.')
d.p('Tres firmas, las de la Alcaldía de León, la Universidad Nacional Autónoma de Nicaragua, León (UNAN-León) y la cooperativa, cierran el memorando de entendimiento sobre salud visual firmado en febrero de 2025.')
d.p('La empresa exportadora Salinas del Estero S.A. firmó con la cooperativa, el año pasado, una carta de intención para comprar la sal a precio fijo.')
d.p('Todo esto forma parte del programa conjunto de la OIT y la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO), iniciado en 2023.')
d.p('El Ministerio del Trabajo (MITRAB) participó en las inspecciones, sin ser parte de los acuerdos. Una ferretería de León vendió los toldos. Con un banco se habló de créditos para bombas solares, pero no se ha firmado nada. El INIDE solo aportó las cifras.', cls='small')
d.h('Contacto', 2)
d.contact('Roberto Zamora', 'zamora@ilo.org', '+505 2278 6035')
d.raw(f'<p class="small">Roberto Zamora · {d.e(d.ign("Coordinador de proyecto, OIT Managua"))}<br>{d.e(d.ign("Tel.: +505 2278 6035"))} · {d.e(d.ign("Correo electrónico: zamora@ilo.org"))} · {d.e(d.link("www.ilo.org/sanjose"))}</p>')
d.orgs(('Instituto Nicaragüense de Seguridad Social', 'INSS'), ('Instituto Nacional de Información de Desarrollo', 'INIDE'), 'Cooperativa Sal del Pacífico',
       ('Agencia Española de Cooperación Internacional para el Desarrollo', 'AECID'), ('Organización Internacional del Trabajo', 'OIT'), 'Alcaldía de León',
       ('Universidad Nacional Autónoma de Nicaragua, León', 'UNAN-León'), 'Salinas del Estero S.A.', ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'),
       ('Ministerio del Trabajo', 'MITRAB'), 'OIT Managua')
d.countries('NI')
d.ps(['AECID', 'OIT'], 'funding', 2024, 2026)
d.ps(['INSS', 'Cooperativa Sal del Pacífico'], 'cooperation_agreement', 2022, 2028)
d.ps(['Alcaldía de León', 'UNAN-León', 'Cooperativa Sal del Pacífico'], 'memorandum_of_understanding', 2025)
d.ps(['Salinas del Estero S.A.', 'Cooperativa Sal del Pacífico'], 'letter_of_intent', 2024)
d.ps(['OIT', 'FAO'], 'programme', 2023)
d.build_lo(tagged=False)
