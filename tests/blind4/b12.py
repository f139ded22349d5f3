from common import *
ID = 'blind4-12-es-recicladores-pasos'
t = Truth(ID, 'libreoffice', 'blind-step-by-step-guide', 'green jobs and cooperatives', 'es', 2,
          'Cinco pasos para formalizar tu cooperativa de reciclaje')
E = esc
kick = t.ign('Guía práctica para recicladoras y recicladores de base · Costa Rica')
sub = t.p('Lo que necesitas saber para pasar de la recolección informal a un trabajo con contrato, seguro social e '
          'ingresos estables')
intro = t.p('En Costa Rica, unas 4.000 personas viven de recuperar papel, plástico, vidrio y metal. Desde 2023, la '
            'Ley de Gestión Integral de Residuos reconoce su trabajo, pero menos de una de cada cinco forma parte de '
            'una organización registrada.')

steps = []
def step(n, head, paras, bullets=None):
    steps.append((n, t.h(head, 1), [t.p(x) for x in paras],
                  [(t.b(b) if isinstance(b, str) else [t.b(x, 2) for x in b]) for b in (bullets or [])]))
    t.ign(str(n))

step(1, 'Organícense en un grupo', ['Para formar una cooperativa hacen falta al menos 12 personas. El Instituto Nacional '
     'de Fomento Cooperativo (INFOCOOP) ofrece un curso gratuito de 40 horas sobre cómo funciona una cooperativa.'])
step(2, 'Inscriban la cooperativa', ['Con el acta de la asamblea constitutiva y los estatutos, la cooperativa se '
     'inscribe en el Departamento de Organizaciones Sociales del Ministerio de Trabajo y Seguridad Social (MTSS).'],
     ['Documentos que necesitan:', ['acta de la asamblea firmada por todas las personas socias',
                                     'estatutos aprobados', 'copia de la cédula de cada persona'],
      'Plazo habitual: de 30 a 45 días hábiles'])
step(3, 'Asegúrense en la CCSS', ['La Caja Costarricense de Seguro Social (CCSS) ofrece un convenio de aseguramiento '
     'colectivo para cooperativas: cada persona socia cotiza según sus ingresos y tiene acceso a salud y pensión.'])
step(4, 'Firmen un contrato con su municipalidad', ['Las municipalidades pueden pagar a la cooperativa por la '
     'recolección selectiva y por la gestión de un centro de acopio. El contrato debe fijar la tarifa por tonelada y '
     'el horario de trabajo.'])
step(5, 'Trabajen con seguridad', ['Guantes, botas, chalecos reflectivos y vacunas contra el tétanos y la hepatitis B '
     'son la base. El Ministerio de Salud revisa cada año los centros de acopio.'])

hq = t.h('Quiénes te acompañan', 1, True)
pq = [t.p('Esta guía es parte de un programa conjunto de la OIT y el Programa de las Naciones Unidas para el Medio '
          'Ambiente (PNUMA) para 2024–2027, con fondos de la Unión Europea a través de EUROCLIMA.'),
      t.p('El INFOCOOP trabaja desde 2021 con la Red Nacional de Recicladores de Base (RENAREC). En 2023 ambos '
          'firmaron un convenio de cooperación que incluye asesoría contable para las cooperativas nuevas.'),
      t.p('La CCSS y el MTSS suscribieron en 2024 una carta de entendimiento para simplificar el aseguramiento '
          'de las personas recicladoras.'),
      t.p('La Municipalidad de Alajuela, la empresa EcoEnvases Centroamérica S.A. y la RENAREC firmaron en 2025 '
          'un acuerdo tripartito que garantiza la compra de todo el plástico PET recuperado. El Banco Popular y de '
          'Desarrollo Comunal abrió ese mismo año una línea de crédito para equipar centros de acopio.'),
      t.p('La Unión Costarricense de Cámaras y Asociaciones del Sector Empresarial Privado (UCCAEP) promueve la guía '
          'entre las empresas que deben cumplir con la responsabilidad extendida del productor.')]
qt = t.q('Antes vendíamos al intermediario al precio que él quería. Como cooperativa, negociamos con la municipalidad '
         'y tenemos seguro.', 'Yorleny Castro', 'presidenta de la Cooperativa de Recicladores de Desamparados')
hf = t.h('Preguntas frecuentes', 1, True)
faq = [(t.h('¿Puedo seguir trabajando por mi cuenta mientras se forma la cooperativa?', 2),
        t.p('Sí. La inscripción no te obliga a dejar tus rutas de recolección; al contrario, la cooperativa puede '
            'negociar mejores precios por lo que ya recoges.')),
       (t.h('¿Qué pasa si alguna persona socia no sabe leer ni escribir?', 2),
        t.p('Puede firmar con su huella, y el INFOCOOP ofrece los cursos en forma oral y con material ilustrado.')),
       (t.h('¿Cuánto cuesta asegurarse?', 2),
        t.p('Depende de los ingresos declarados. Con un ingreso de 250.000 colones al mes, la cuota ronda los '
            '12.000 colones.'))]
hc = t.h('Contacto', 1, True)
cn = 'Esteban Vargas Solano'; t.ign(cn)
cl = [t.ign('Oficial de programa, empleos verdes'), t.ign('Oficina de la OIT para América Central, San José'),
      t.ign('Tel.: +506 2207 8700'), t.ign('Correo electrónico: vargass@ilo.org')]
url = t.link('www.ilo.org/sanjose/reciclaje')
t.contact(cn, 'vargass@ilo.org', '+506 2207 8700')
fnote = t.ign('Esta publicación fue elaborada con el apoyo financiero de la Unión Europea. Su contenido es '
              'responsabilidad exclusiva de la Organización Internacional del Trabajo.')

for n, a in [('Instituto Nacional de Fomento Cooperativo', 'INFOCOOP'),
             ('Ministerio de Trabajo y Seguridad Social', 'MTSS'), ('Caja Costarricense de Seguro Social', 'CCSS'),
             ('Ministerio de Salud', None), ('OIT', None),
             ('Programa de las Naciones Unidas para el Medio Ambiente', 'PNUMA'), ('Unión Europea', None),
             ('EUROCLIMA', None), ('Red Nacional de Recicladores de Base', 'RENAREC'),
             ('Municipalidad de Alajuela', None), ('EcoEnvases Centroamérica S.A.', None), ('Banco Popular y de Desarrollo Comunal', None),
             ('Unión Costarricense de Cámaras y Asociaciones del Sector Empresarial Privado', 'UCCAEP'),
             ('Cooperativa de Recicladores de Desamparados', None), ('Organización Internacional del Trabajo', None),
             ('Departamento de Organizaciones Sociales', None)]:
    t.org(n, a)
t.part(['OIT', 'PNUMA'], 'programme', 2024)
t.part(['Unión Europea', 'OIT', 'PNUMA'], 'funding', 2024)
t.part(['INFOCOOP', 'RENAREC'], 'cooperation_agreement', 2023)
t.part(['CCSS', 'MTSS'], 'memorandum_of_understanding', 2024)
t.part(['Municipalidad de Alajuela', 'EcoEnvases Centroamérica S.A.', 'RENAREC'], 'cooperation_agreement', 2025)
t.part(['Banco Popular y de Desarrollo Comunal'], 'funding', 2025)
t.countries('CR')

def blist(bs):
    if not bs: return ''
    x = '<ul>'
    for b in bs:
        if isinstance(b, list): x = x[:-5] + '<ul>' + ''.join(f'<li>{E(s)}</li>' for s in b) + '</ul></li>'
        else: x += f'<li>{E(b)}</li>'
    return x + '</ul>'
rows = ''.join(
    f'<tr><td width="14%" valign="top" bgcolor="{"#1d7a46" if n % 2 else "#f2a900"}" align="center">'
    f'<p style="font-size:38pt; color:#ffffff; font-family:Liberation Sans; margin:2mm"><b>{n}</b></p></td>'
    f'<td width="86%" valign="top" bgcolor="#f4f8f1"><h2 style="font-size:10pt; color:#1d7a46; font-family:Liberation Sans; margin-top:1mm">{E(h)}</h2>'
    + ''.join(f'<p style="font-size:9pt">{E(p)}</p>' for p in ps) + blist(bs) + '</td></tr>'
    for n, h, ps, bs in steps)
html_ = f'''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{E(t.title)}</title>
<style>
body {{ font-family:"Liberation Sans", sans-serif; font-size:9pt; color:#1f2d1f }}
h1 {{ font-size:22pt; color:#1d7a46; margin-bottom:2mm }}
h3 {{ font-size:9.5pt; color:#1d7a46; text-transform:uppercase; margin-top:5mm; margin-bottom:1mm }}
p {{ margin-top:0; margin-bottom:1.6mm }}
</style></head><body>
<p style="font-size:8pt; color:#8a6d00"><b>{E(kick)}</b></p>
<h1>{E(t.title)}</h1>
<p style="font-size:11.5pt; color:#333333"><i>{E(sub)}</i></p>
<p>{E(intro)}</p>
<table width="100%" cellspacing="4" cellpadding="6" border="0">{rows}</table>
<table width="100%" cellpadding="8" border="0"><tr><td bgcolor="#fff4d1">
<p style="font-size:13pt; color:#1d7a46; font-family:Liberation Serif"><i>«{E(qt)}»</i></p>
<p style="font-size:8pt">— <b>Yorleny Castro</b>, {E(t.d["quotes"][0]["role"])}</p></td></tr></table>
<h3 style="page-break-before: always">{E(hq.upper())}</h3>
{''.join(f'<p>{E(x)}</p>' for x in pq)}
<h3>{E(hf.upper())}</h3>
{''.join(f'<p style="color:#1d7a46; margin-bottom:0.5mm"><b>{E(q)}</b></p><p>{E(a)}</p>' for q, a in faq)}
<h3>{E(hc.upper())}</h3>
<p><b>{E(cn)}</b><br>{E(cl[0])}<br>{E(cl[1])}<br>{E(cl[2])}<br>{E(cl[3])}<br>{E(url)}</p>
<hr>
<p style="font-size:7pt; color:#666666">{E(fnote)}</p>
</body></html>'''
open(f'{HERE}/{ID}.html', 'w').write(html_)
soffice(ID, 'html')
finish(t)
