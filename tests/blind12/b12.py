from common import *
css = '''
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; color: #222; font-size: 9.8pt; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 16mm 20mm 14mm 20mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.ft { position: absolute; bottom: 8mm; left: 20mm; right: 20mm; display: flex; justify-content: space-between; font-size: 7.5pt; color: #666; border-top: 0.3mm solid #bbb; padding-top: 1.5mm; }
.lh { display: flex; justify-content: space-between; border-bottom: 0.8mm solid #2d6a2f; padding-bottom: 2mm; margin-bottom: 8mm; font-size: 8.5pt; color: #2d6a2f; }
.lh p { margin: 0; }
h1.title { font-size: 17pt; color: #2d6a2f; line-height: 1.25; margin: 0 0 5mm 0; }
.page p { line-height: 1.5; margin: 0 0 3mm 0; }
p.date { text-align: right; }
p.sig { margin-top: 10mm; }
ol.enc { margin: 0 0 3mm 0; }
.cert { position: absolute; inset: 14mm; border: 2.5mm double #b08d2e; padding: 14mm 16mm; text-align: center; background: #fffdf5; }
.cert .inner { position: absolute; inset: 4mm; border: 0.4mm solid #b08d2e; pointer-events: none; }
.cert p { line-height: 1.5; }
p.ck { font-size: 10pt; letter-spacing: 4pt; color: #b08d2e; font-weight: bold; margin-top: 8mm; }
p.cbig { font-family: "DejaVu Serif", serif; font-size: 26pt; color: #2d6a2f; margin: 4mm 0; }
p.course { font-family: "DejaVu Serif", serif; font-size: 16pt; font-style: italic; color: #333; margin: 3mm 10mm; }
.nameline { width: 120mm; margin: 10mm auto 2mm auto; border-bottom: 0.4mm solid #333; height: 8mm; }
.sigs { display: flex; justify-content: space-around; margin-top: 16mm; font-size: 8.5pt; }
.sigs div { width: 60mm; border-top: 0.3mm solid #333; padding-top: 1.5mm; }
.sigs p { margin: 0; line-height: 1.35; }
.seal { width: 30mm; height: 30mm; border-radius: 50%; border: 1mm solid #b08d2e; margin: 8mm auto 0 auto; display: flex; align-items: center; justify-content: center; color: #b08d2e; font-weight: bold; font-size: 9pt; text-align: center; }
p.legal { font-size: 8pt; color: #555; margin: 8mm 6mm 0 6mm; }
h2 { font-size: 13pt; color: #2d6a2f; margin: 5mm 0 2.5mm 0; }
h3 { font-size: 10.5pt; color: #b08d2e; margin: 4mm 0 2mm 0; }
table.plan { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.plan th { background: #2d6a2f; color: #fff; text-align: left; padding: 1.5mm 2mm; }
table.plan td { border-bottom: 0.3mm solid #cfd8cf; padding: 1.5mm 2mm; vertical-align: top; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
p.fine { font-size: 8pt; color: #555; }
blockquote.pull { margin: 3mm 0; padding: 3mm 4mm; background: #eef5ee; border-radius: 2mm; }
blockquote.pull p { margin: 0; font-family: "DejaVu Serif", serif; font-style: italic; }
blockquote.pull p.who { font-family: "DejaVu Sans", sans-serif; font-style: normal; font-size: 8pt; margin-top: 1.5mm; }
.contact { border: 0.4mm solid #2d6a2f; border-radius: 2mm; padding: 2mm 4mm; font-size: 8.6pt; }
.contact p { margin: 0; line-height: 1.4; }
'''
d = HTML('blind12-12-es-certificado-brocoli', 'es', 'chromium', 'blind-certificate-letter', 'manejo seguro de plaguicidas en el cultivo y empaque de brócoli', css=css)
E = d.e
FL = 'Curso Brócoli Seguro · Cotopaxi, Ecuador'
def foot(n):
    d.raw('<div class="ft">'); d.fu(FL, tag='span'); d.fu(f'Página {n} de 3', tag='span'); d.raw('</div></div>')
# page 1: letter
d.raw('<div class="page"><div class="lh"><div>'); d.i('Organización Internacional del Trabajo'); d.i('Oficina de la OIT para los Países Andinos')
d.raw('</div><div>'); d.i('Proyecto Brócoli Seguro · Latacunga'); d.raw('</div></div>')
d.p('Latacunga, 3 de noviembre de 2025', cls='date')
d.T('Su certificado del curso de manejo seguro de plaguicidas')
d.p('Estimada participante, estimado participante:')
d.p('Le felicitamos por haber terminado las 40 horas del curso. Con esta carta recibe su certificado y el plan de estudios, que puede mostrar a su empleador o presentar en una futura postulación.')
d.p('Como sabe, este curso nace del memorando de entendimiento que el Ministerio del Trabajo, el Instituto Ecuatoriano de Seguridad Social (IESS) y la Organización Internacional del Trabajo (OIT) firmaron el año pasado. Gracias a él, las horas del curso cuentan para la formación obligatoria en seguridad y salud de su empresa.')
d.p('Le recordamos tres reglas que vimos juntos:')
d.ul(['nunca mezcle ni aplique plaguicidas sin el equipo completo;', 'respete el tiempo de reingreso escrito en la etiqueta;', ('lávese antes de comer, beber o ir al baño:', ['con agua y jabón, no solo con agua;', 'y cambie la ropa de trabajo antes de volver a casa.'])])
d.p('Anexos:')
d.ul(['Certificado de aprobación', 'Plan del curso y aliados'], cls='enc', tag='ol')
d.p('Atentamente,', cls='sig')
d.i('Verónica Chiluisa'); d.i('Coordinadora del proyecto Brócoli Seguro, OIT')
foot(1)
# page 2: certificate
d.raw('<div class="page"><div class="cert"><div class="inner"></div>')
d.i('CERTIFICADO DE APROBACIÓN', cls='ck')
d.p('La Organización Internacional del Trabajo y la Universidad Técnica de Cotopaxi (UTC) certifican que')
d.raw('<div class="nameline"></div>')
d.p('ha aprobado, con una asistencia mínima del 90 %, el curso de 40 horas')
d.i('«Manejo seguro de plaguicidas en el cultivo de brócoli»', cls='course')
d.p('dictado en Latacunga entre agosto y octubre de 2025.')
d.raw('<div class="sigs"><div>'); d.i('Verónica Chiluisa'); d.i('Coordinadora del proyecto, OIT'); d.raw('</div><div>'); d.i('Marco Toapanta'); d.i('Decano de Ciencias Agropecuarias, UTC'); d.raw('</div></div>')
d.raw('<div class="seal">'); d.i('OIT · UTC 2025', tag='span'); d.raw('</div>')
d.p('Este certificado es reconocido por Agroexportadora Los Illinizas S.A. en virtud de la carta de intención que suscribió con la UTC en 2025. Registro n.º BS-2025-', cls='legal')
d.raw('</div>'); foot(2)
# page 3: plan + partners
d.raw('<div class="page">')
d.h('Plan del curso', 1)
d.tab([['Módulo', 'Horas', 'Temas']], [['1. Conocer los plaguicidas', '8', 'etiquetas, colores de toxicidad, vías de entrada al cuerpo'], ['2. Equipo de protección', '8', 'uso, limpieza y cambio del equipo'],
       ['3. Mezcla y aplicación', '12', 'dosis, calibración de la bomba, viento y temperatura'], ['4. Empaque y cámara fría', '6', 'residuos en el producto, pausas en el frío'], ['5. Primeros auxilios', '6', 'intoxicación, lavado de ojos, a quién llamar']],
      cls='plan', caption='Cuadro: horas teóricas y prácticas, en campo y en la planta de empaque.')
d.h('Aliados del curso', 1)
d.p('El curso existe gracias a Finlandia: el Ministerio de Asuntos Exteriores de Finlandia transfirió a la OIT una contribución que cubre el periodo 2025-2026.')
d.p('El Gobierno Autónomo Descentralizado Provincial de Cotopaxi (GAD Cotopaxi) y la Asociación de Productores y Exportadores de Brócoli del Ecuador (APEB) tienen un convenio cuya vigencia, inicialmente de 2022 a 2024, se prolongó hasta 2027.')
d.p('La OIT y la Organización Mundial de la Salud (OMS) impulsan desde 2023 un programa conjunto sobre plaguicidas y salud de los trabajadores agrícolas.')
d.p('La Agencia de Regulación y Control Fito y Zoosanitario (Agrocalidad) revisó el contenido técnico, sin ser parte del proyecto. Una imprenta de Latacunga fue contratada para los certificados. Las cifras de empleo son del Instituto Nacional de Estadística y Censos (INEC).', cls='fine')
d.h('Lo que dicen las participantes', 2)
d.q('En la planta de empaque nadie nos había explicado qué había en el brócoli. Ahora sé cuándo puedo entrar al campo y cuándo no.', 'Rosa Tipán', 'empacadora en Pujilí, promoción 2025', cls='pull')
d.raw('<div class="cols"><div>')
d.h('El curso en cifras', 2)
d.tab([], [['Participantes certificados', '212'], ['Mujeres', '58 %'], ['Empresas representadas', '14']], cls='plan')
d.raw('</div><div>')
d.raw('<div class="contact">'); d.h('Contacto', 2)
d.contact('Verónica Chiluisa', 'chiluisa@ilo.org', '+593 3 281 2260')
d.raw(f'<p>{E("Verónica Chiluisa")}</p>'); d.i('Tel.: +593 3 281 2260'); d.i('Correo electrónico: chiluisa@ilo.org'); d.raw(f'<p>{E(d.link("www.ilo.org/lima"))}</p></div>')
d.raw('</div></div>')
foot(3)
d.orgs(('Organización Internacional del Trabajo', 'OIT'), 'Oficina de la OIT para los Países Andinos', 'Ministerio del Trabajo', ('Instituto Ecuatoriano de Seguridad Social', 'IESS'),
       ('Universidad Técnica de Cotopaxi', 'UTC'), 'Agroexportadora Los Illinizas S.A.', 'Ministerio de Asuntos Exteriores de Finlandia', ('Gobierno Autónomo Descentralizado Provincial de Cotopaxi', 'GAD Cotopaxi'),
       ('Asociación de Productores y Exportadores de Brócoli del Ecuador', 'APEB'), ('Organización Mundial de la Salud', 'OMS'), ('Agencia de Regulación y Control Fito y Zoosanitario', 'Agrocalidad'),
       ('Instituto Nacional de Estadística y Censos', 'INEC'))
d.countries('EC', 'FI')
d.ps(['Ministerio del Trabajo', 'IESS', 'OIT'], 'memorandum_of_understanding', 2024)
d.ps(['Agroexportadora Los Illinizas S.A.', 'UTC'], 'letter_of_intent', 2025)
d.ps(['Ministerio de Asuntos Exteriores de Finlandia', 'OIT'], 'funding', 2025, 2026)
d.ps(['GAD Cotopaxi', 'APEB'], 'cooperation_agreement', 2022, 2027)
d.ps(['OIT', 'OMS'], 'programme', 2023)
d.build_chromium()
