from common import *
css = '''
@page{size:105mm 148mm;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:7.6pt;color:#222}
.page{width:105mm;height:147.5mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:11mm 8mm 10mm 8mm}
.hdr{position:absolute;top:4mm;left:8mm;right:8mm;font-size:6pt;color:#8a2d52;border-bottom:.3pt solid #8a2d52}
.ftr{position:absolute;bottom:4mm;left:0;right:0;text-align:center;font-size:6.5pt;color:#666}
.cover{background:#8a2d52;color:#fff;padding-top:16mm} .cover h1{font-size:17pt;line-height:1.15;margin:2mm 0} .cover p.sub{font-size:9pt}
.kind{font-size:6.5pt;letter-spacing:.1em;font-weight:bold;color:#f5c6d8;margin:0}
h2{font-size:10.5pt;color:#8a2d52;margin:1mm 0 1.5mm 0} h3{font-size:8.2pt;margin:2mm 0 .8mm 0;color:#333}
p{margin:0 0 1.6mm 0;line-height:1.3}
.month{display:grid;grid-template-columns:15mm 1fr;gap:2mm;border-bottom:.3pt dotted #bbb;padding:1mm 0}
.mnum{background:#f5dbe6;color:#8a2d52;font-weight:bold;text-align:center;border-radius:2mm;white-space:nowrap;font-size:6.5pt;padding:1mm 0}
.stamp{border:.6pt dashed #8a2d52;height:13mm;margin:1.5mm 0;font-size:6pt;color:#8a2d52;padding:1mm}
ul{margin:0 0 1.5mm 0;padding-left:4mm} li{margin-bottom:.6mm}
table.ruled{border-collapse:collapse;width:100%;font-size:7pt} table.ruled th{border-bottom:1pt solid #8a2d52;text-align:left;color:#8a2d52} table.ruled td{border-bottom:.3pt solid #bbb;padding:.8mm 0}
blockquote{margin:2mm 0;padding:2mm;background:#f5dbe6;font-family:"DejaVu Serif",serif;font-style:italic} blockquote p.who{font-style:normal;font-family:"DejaVu Sans";font-size:6.5pt}
.back{background:#3b1424;color:#fff} .back h3{color:#f5c6d8}
.nw{white-space:nowrap}
'''
d = HTML('blind10-07-fr-carnet-maternite', 'fr', 'chromium', 'blind-a6-booklet', 'protection de la maternité dans les plantations de cacao', css=css)
HD = d.f('Carnet de la travailleuse enceinte')
n = [0]
def page(cls=''):
    n[0] += 1
    d.raw(f'<div class="page {cls}">')
    if n[0] > 1 and cls != 'back': d.raw(f'<div class="hdr">{d.e(d.furn(HD))}</div>')
def endpage():
    if n[0] > 1: d.raw(f'<div class="ftr">{d.e(d.furn(f"— {n[0]} —"))}</div>')
    d.raw('</div>')
page('cover')
d.i('OIT · SÃO TOMÉ-ET-PRÍNCIPE', 'p', 'kind')
d.T('Mon carnet de maternité au travail')
d.p('Vos droits de la grossesse au retour au travail, pour les ouvrières des plantations de cacao', 'sub')
d.i('À garder avec votre carte de santé', 'p', '')
endpage()
page()
d.h('Mois par mois')
for m, t in [('1–3', 'Dites-le à votre chef d’équipe dès que vous le souhaitez. On ne peut pas vous licencier parce que vous êtes enceinte.'),
             ('4–6', 'Plus de pulvérisation de produits chimiques ni de port de sacs de plus de 10 kg : demandez un poste au séchage ou au tri.'),
             ('7–9', 'Le congé de maternité commence au plus tard quatre semaines avant la date prévue. Vos visites prénatales sont payées comme du temps de travail.')]:
    d.raw(f'<div class="month"><div class="mnum">{d.e(d.ign("Mois " + m))}</div><div>')
    d.p(t)
    d.raw('</div></div>')
d.h('Mes visites prénatales', 2, tag='h3')
for i in (1, 2, 3): d.raw(f'<div class="stamp">{d.e(d.ign(f"Visite n° {i} · cachet du centre de santé"))}</div>')
endpage()
page()
d.h('Après la naissance')
d.ul(['Congé de maternité : 14 semaines, payées par la Caisse de sécurité sociale (CSS) si vous êtes affiliée.',
      ('Au retour au travail :', ['deux pauses d’allaitement d’une demi-heure par jour ;', 'un coin calme et propre pour allaiter ou tirer son lait.']),
      'Votre poste, ou un poste équivalent, vous est garanti.'])
d.h('Et si je ne suis pas affiliée ?', 2, tag='h3')
d.p('Demandez votre carte à la permanence de la CSS, chaque premier lundi du mois à la roça. Une journée de cotisations suffit pour ouvrir le dossier.')
d.tab([['Plantation', 'Ouvrières', 'Affiliées en 2025']], [['Cacau Boa Vista', '600', '412'], ['Novo Cacau', '180', '97'], ['Roça Uba Budo', '240', '61']], caption='Ouvrières affiliées à la CSS, juin 2025.')
endpage()
page()
d.h('Qui vous accompagne')
d.p('Le projet est financé par l’Union européenne (UE), dans le cadre d’une convention de contribution avec le Bureau international du Travail (BIT) pour 2024-2026.')
d.p('Un protocole d’accord lie le ministère de la Santé, la CSS et l’Organisation nationale des travailleurs de São Tomé-et-Príncipe (ONTSTP). Il a été signé en février 2025.')
d.p('La société Cacau Boa Vista a remis la même année une lettre d’intention au ministère de la Santé : ses ouvrières auront un coin d’allaitement dans chaque roça.')
d.p('Conclue en 2022 entre le centre de santé de Trindade et l’Institut supérieur des sciences de la santé Victor Sá Machado, la convention de stage des sages-femmes a été renouvelée jusqu’en 2028.')
d.p('Le BIT et l’UNICEF mènent depuis 2023 un programme conjoint sur la protection sociale des familles.')
d.q('Pour mon premier enfant, j’ai porté les sacs de fèves jusqu’au huitième mois. Cette fois, j’étais au tri, et on m’a payée pendant le congé.', 'Edna Lima', 'ouvrière, Roça Uba Budo')
endpage()
page('back')
d.h('Contact', 2, tag='h3')
d.contact('Maria do Céu Neto', 'neto@ilo.org', '+239 222 1525')
d.raw('<p><b>Maria do Céu Neto</b></p>')
for s in ['Coordonnatrice nationale, BIT', 'Tél. : +239 222 1525', 'Courriel : neto@ilo.org']: d.i(s)
d.raw(f'<p>{d.e(d.link("www.ilo.org/yaounde"))}</p>')
d.h('À savoir', 2, tag='h3')
d.p('La Banque mondiale a suivi la préparation du carnet en observatrice. Les chiffres de population viennent de l’Institut national de la statistique (INE). Le carnet a été imprimé par une imprimerie de Neves, sous contrat avec le projet.')
endpage()
html_ = d.html
def html2():
    h = html_()
    return h.replace('São Tomé-et-Príncipe', '<span class="nw">São Tomé-et-Príncipe</span>')
d.html = html2
d.orgs(('Caisse de sécurité sociale', 'CSS'), ('Union européenne', 'UE'), ('Bureau international du Travail', 'BIT'), 'ministère de la Santé',
       ('Organisation nationale des travailleurs de São Tomé-et-Príncipe', 'ONTSTP'), 'Cacau Boa Vista', 'Novo Cacau', 'Roça Uba Budo', 'centre de santé de Trindade',
       'Institut supérieur des sciences de la santé Victor Sá Machado', ('UNICEF', None), 'Banque mondiale', ('Institut national de la statistique', 'INE'))
d.countries('ST')
d.ps(['UE', 'BIT'], 'funding', 2024, 2026)
d.ps(['ministère de la Santé', 'CSS', 'ONTSTP'], 'memorandum_of_understanding', 2025)
d.ps(['Cacau Boa Vista', 'ministère de la Santé'], 'letter_of_intent', 2025)
d.ps(['centre de santé de Trindade', 'Institut supérieur des sciences de la santé Victor Sá Machado'], 'cooperation_agreement', 2022, 2028)
d.ps(['BIT', 'UNICEF'], 'programme', 2023)
d.build_chromium()
