from common import *
ID = 'blind4-10-es-pesca-fonseca'
t = Truth(ID, 'chromium', 'blind-factsheet-right-rail-pullquotes', 'occupational safety and health', 'es', 2,
          'Pescar sin arriesgar la vida en el Golfo de Fonseca')
E = esc
kick = t.ign('Organización Internacional del Trabajo · Oficina para América Central, Haití, Panamá y República Dominicana')
sub = t.p('Seguridad y salud para las 14.000 personas que viven de la pesca artesanal en las costas de Honduras, '
          'El Salvador y Nicaragua')
HDR = 'OIT San José · Pesca artesanal segura en el Golfo de Fonseca'

M1, R1, M2, R2 = [], [], [], []
def h(s, lv=1, up=False, to=None): to.append(('h%d' % lv + ('u' if up else ''), t.h(s, lv, up)))
def p(s, to): to.append(('p', t.p(s)))

h('El problema', 1, to=M1)
p('En el golfo faenan unas 3.200 lanchas de fibra de vidrio, casi todas sin radio ni chalecos salvavidas. Entre 2019 '
  'y 2023 murieron en el mar 61 pescadores y buzos, la mayoría por naufragio o por descompresión.', M1)
p('Pocas personas están afiliadas a la seguridad social, y casi ninguna cooperativa tiene un plan de emergencia.', M1)
M1.append(('pq', t.q('Antes salíamos de noche sin decirle a nadie. Ahora la cooperativa sabe dónde está cada lancha.',
                     'Marvin Zelaya', 'pescador, Amapala')))
h('Qué hace el proyecto', 1, to=M1)
M1.append(('ul', [t.b('Equipo básico de seguridad en cada lancha:'),
                  [t.b('chaleco salvavidas para cada tripulante', 2), t.b('radio VHF y linterna impermeable', 2)],
                  t.b('Cursos de primeros auxilios y de buceo seguro'),
                  t.b('Un sistema de aviso de salida y regreso en cada muelle')]))
h('¿Quiénes participan?', 1, to=M1)
p('El proyecto forma parte de un programa conjunto de la OIT y la Organización de las Naciones Unidas para la '
  'Alimentación y la Agricultura (FAO) para 2023–2026, con financiamiento de la Agencia Francesa de Desarrollo (AFD).',
  M1)
p('Los ministerios de trabajo de Honduras, El Salvador y Nicaragua se reunieron en Amapala en marzo de 2024. Allí '
  'firmaron una carta de intención para armonizar las normas de seguridad a bordo de las lanchas artesanales.', M1)

h('Datos clave', 2, True, to=R1)
for a, b in [('14.000', 'personas viven de la pesca artesanal'), ('3.200', 'lanchas en el golfo'),
             ('61', 'muertes en el mar entre 2019 y 2023'), ('8 %', 'de afiliación a la seguridad social')]:
    t.ign(a, b); R1.append(('stat', (a, b)))
h('¿Sabía que…?', 2, True, to=R1)
p('El Convenio sobre el trabajo en la pesca, 2007 (núm. 188) también protege a quienes trabajan en lanchas pequeñas.',
  R1)

# page 2
p('La Secretaría de Trabajo y Seguridad Social (STSS) de Honduras coordina el proyecto con el Ministerio de Trabajo '
  'y Previsión Social (MTPS) de El Salvador y el Ministerio del Trabajo (MITRAB) de Nicaragua.', M2)
p('El Instituto Hondureño de Seguridad Social (IHSS) y la Federación de Cooperativas Pesqueras del Golfo de Fonseca '
  '(FECOPEG) firmaron en 2024 un convenio de cooperación para afiliar a los pescadores por cooperativa.', M2)
p('El Banco Centroamericano de Integración Económica (BCIE) aprobó en 2025 un crédito a la FECOPEG para comprar '
  'motores y radios. Además, la empresa Mariscos del Pacífico S. de R.L. mantiene desde 2025 una alianza con la OIT '
  'para comprar solo a lanchas con equipo de seguridad.', M2)
h('Primeros resultados', 1, to=M2)
th, tr = t.table([['', 'Honduras', 'El Salvador', 'Nicaragua']],
                 [['Lanchas equipadas', '640', '410', '290'], ['Personas capacitadas', '1.850', '1.120', '760'],
                  ['Cooperativas con plan de emergencia', '18', '11', '7']])
M2.append(('table', None))
M2.append(('src', t.ign('Fuente: registros del proyecto, junio de 2025.')))
M2.append(('pq', t.q('Un chaleco cuesta menos que un día de pesca. Perder a un compañero no tiene precio.',
                     'Rosa Amanda Reyes', 'presidenta de una cooperativa de La Unión, El Salvador')))
h('Próximos pasos', 1, to=M2)
M2.append(('ul', [t.b('llevar el aviso de salida a los 42 muelles del golfo'),
                  t.b('formar a 300 buzos en descompresión segura'),
                  t.b('preparar una norma regional con el apoyo de la OSPESCA')]))
p('La Organización del Sector Pesquero y Acuícola del Istmo Centroamericano (OSPESCA) acompaña desde 2023 la '
  'preparación de esa norma.', M2)

h('Contacto', 2, True, to=R2)
cn = 'Ana Lucía Mejía'; t.ign(cn)
cl = [t.ign('Especialista en seguridad y salud en el trabajo'), t.ign('Oficina de la OIT en San José, Costa Rica'),
      t.ign('Tel.: +506 2207 8700'), t.ign('Correo electrónico: mejia@ilo.org')]
t.contact(cn, 'mejia@ilo.org', '+506 2207 8700')
R2.append(('contact', None))
h('Más información', 2, True, to=R2)
R2.append(('links', [t.link('www.ilo.org/sanjose/pesca'), t.link('www.fao.org/fonseca')]))
t.furn(HDR, 'Página 1 de 2', HDR, 'Página 2 de 2')

for n, a in [('Organización Internacional del Trabajo', 'OIT'),
             ('Organización de las Naciones Unidas para la Alimentación y la Agricultura', 'FAO'),
             ('Agencia Francesa de Desarrollo', 'AFD'), ('Secretaría de Trabajo y Seguridad Social', 'STSS'),
             ('Ministerio de Trabajo y Previsión Social', 'MTPS'), ('Ministerio del Trabajo', 'MITRAB'),
             ('Instituto Hondureño de Seguridad Social', 'IHSS'),
             ('Federación de Cooperativas Pesqueras del Golfo de Fonseca', 'FECOPEG'),
             ('Banco Centroamericano de Integración Económica', 'BCIE'), ('Mariscos del Pacífico S. de R.L.', None),
             ('Organización del Sector Pesquero y Acuícola del Istmo Centroamericano', 'OSPESCA'),
             ('Oficina de la OIT en San José', None)]:
    t.org(n, a)
t.part(['OIT', 'FAO'], 'programme', 2023)
t.part(['AFD', 'OIT', 'FAO'], 'funding', 2023)
t.part(['STSS', 'MTPS', 'MITRAB'], 'letter_of_intent', 2024)
t.part(['IHSS', 'FECOPEG'], 'cooperation_agreement', 2024)
t.part(['BCIE', 'FECOPEG'], 'funding', 2025)
t.part(['Mariscos del Pacífico S. de R.L.', 'OIT'], 'partnership', 2025)
t.countries('HN', 'SV', 'NI', 'HT', 'PA', 'DO', 'CR')

def render(lst):
    o = []
    for k, v in lst:
        if k == 'h1': o.append(f'<h2>{E(v)}</h2>')
        elif k == 'h2u': o.append(f'<h3>{E(v)}</h3>')
        elif k == 'p': o.append(f'<p>{E(v)}</p>')
        elif k == 'pq': o.append(f'<blockquote><p class="q">«{E(v)}»</p><p class="by">— <b>{E(t.d["quotes"][[q["text"] for q in t.d["quotes"]].index(v)]["speaker"])}</b>, {E(t.d["quotes"][[q["text"] for q in t.d["quotes"]].index(v)]["role"])}</p></blockquote>')
        elif k == 'ul':
            x = '<ul>'
            for it in v:
                if isinstance(it, list): x = x[:-5] + '<ul class="l2">' + ''.join(f'<li>{E(s)}</li>' for s in it) + '</ul></li>'
                else: x += f'<li>{E(it)}</li>'
            o.append(x + '</ul>')
        elif k == 'stat': o.append(f'<div class="stat"><b>{E(v[0])}</b>{E(v[1])}</div>')
        elif k == 'table':
            o.append('<table><tr>' + ''.join(f'<th>{E(c)}</th>' for c in th[0]) + '</tr>' +
                     ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in tr) + '</table>')
        elif k == 'src': o.append(f'<p class="src">{E(v)}</p>')
        elif k == 'contact': o.append(f'<div class="contact"><b>{E(cn)}</b><br>' + '<br>'.join(E(x) for x in cl) + '</div>')
        elif k == 'links': o.append('<p class="links">' + '<br>'.join(E(x) for x in v) + '</p>')
    return '\n'.join(o)

html_ = f'''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{E(t.title)}</title><style>
@page {{ size:A4; margin:0 }}
body {{ margin:0; font-family:"Liberation Sans",sans-serif; font-size:9.3pt; line-height:1.42; color:#102a43 }}
.page {{ width:210mm; height:297mm; box-sizing:border-box; padding:20mm 0 16mm 16mm; position:relative; page-break-after:always;
  display:grid; grid-template-columns: 1fr 58mm; column-gap:8mm; overflow:hidden }}
.page:last-child {{ page-break-after:auto }}
.rail {{ background:#e3f2fd; padding:6mm 6mm; margin-top:-20mm; padding-top:24mm; margin-bottom:-16mm }}
.rh {{ position:absolute; top:8mm; left:16mm; font-size:7.5pt; color:#0b6e99 }}
.rf {{ position:absolute; bottom:7mm; left:16mm; font-size:7.5pt; color:#0b6e99 }}
.kick {{ font-size:7.5pt; color:#555; }}
h1 {{ font-size:24pt; line-height:1.1; margin:3mm 0 3mm 0; color:#0b4f6c }}
.sub {{ font-size:11pt; color:#0b6e99; margin-bottom:5mm }}
h2 {{ font-size:9.3pt; color:#e0582b; margin:4.5mm 0 1mm 0 }}
h3 {{ font-size:8.5pt; text-transform:uppercase; letter-spacing:.06em; color:#0b4f6c; margin:0 0 2mm 0; border-bottom:0.5mm solid #e0582b }}
p {{ margin:0 0 2mm 0 }}
.main {{ padding-right:0 }}
blockquote {{ margin:4mm 0 4mm 0; padding:3mm 0; border-top:0.6mm solid #0b4f6c; border-bottom:0.6mm solid #0b4f6c }}
blockquote .q {{ font-family:"Liberation Serif",serif; font-size:14pt; line-height:1.25; color:#0b4f6c; margin:0 0 1.5mm 0 }}
blockquote .by {{ font-size:8pt; margin:0 }}
ul {{ padding-left:5mm; margin:1mm 0 2mm 0 }} ul.l2 {{ list-style:circle }}
.stat {{ margin-bottom:4mm; font-size:8.4pt }} .stat b {{ display:block; font-size:22pt; color:#e0582b; line-height:1.1 }}
table {{ border-collapse:collapse; width:100%; margin-top:1mm }}
th {{ text-align:right; font-weight:bold; padding:1mm 1.5mm; color:#0b4f6c }} th:first-child, td:first-child {{ text-align:left }}
td {{ text-align:right; padding:1mm 1.5mm }} tr:nth-child(even) td {{ background:#f3f7fa }}
.src {{ font-size:7.5pt; color:#666 }}
.contact {{ font-size:8.4pt; line-height:1.45; margin-bottom:6mm }}
.links {{ font-size:8.4pt }}
</style></head><body>
<div class="page"><div class="rh">{E(HDR)}</div>
<div class="main"><div class="kick">{E(kick)}</div><h1>{E(t.title)}</h1><div class="sub">{E(sub)}</div>
{render(M1)}</div>
<div class="rail">{render(R1)}</div>
<div class="rf">Página 1 de 2</div></div>
<div class="page"><div class="rh">{E(HDR)}</div>
<div class="main">{render(M2)}</div>
<div class="rail">{render(R2)}</div>
<div class="rf">Página 2 de 2</div></div>
</body></html>'''
open(f'{HERE}/{ID}.html', 'w').write(html_)
chromium(ID)
finish(t)
