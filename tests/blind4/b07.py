from common import *
ID = 'blind4-07-fr-pecheurs-protection'
t = Truth(ID, 'chromium', 'blind-poster-onepager', 'social protection', 'fr', 1,
          'Pêcheurs : votre famille aussi a droit à la sécurité sociale', transform=fr)
E = esc
kick = t.ign('BUREAU INTERNATIONAL DU TRAVAIL · NOUADHIBOU, MAURITANIE')
sub = t.p('Depuis janvier 2025, les pêcheurs artisans de Nouadhibou et leurs familles peuvent s’affilier à la '
          'Caisse nationale de sécurité sociale (CNSS) pour 1 200 ouguiyas par mois.')
nums = [('4 800', 'pirogues immatriculées à Nouadhibou'), ('11 000', 'pêcheurs et membres d’équipage'),
        ('1 sur 10', 'seulement est affilié à la sécurité sociale')]
for a, b in nums: t.ign(a, b)

h1 = t.h('Ce que vous recevez', 1, True)
b1 = [t.b('des soins de santé pour vous, votre conjoint et vos enfants'),
      t.b('une pension en cas d’accident en mer'),
      t.b('une allocation pour votre famille si vous disparaissez en mer'),
      t.b('une allocation de maternité pour les transformatrices de poisson'),
      t.b('une pension de retraite après 15 ans de cotisation'),
      t.b('des allocations familiales dès le premier enfant')]
h2 = t.h('Comment s’affilier ?', 1, True)
b2 = [t.b('Présentez-vous au guichet de la CNSS au port artisanal, du dimanche au jeudi.'),
      t.b('Apportez votre carte d’identité et la carte de votre pirogue.'),
      t.b('Payez votre cotisation chaque mois, en espèces ou par téléphone.')]
h3 = t.h('Qui est derrière cette campagne ?', 1, True)
ps = [t.p('La campagne est menée par la CNSS avec le Ministère des Pêches et de l’Économie maritime. Une convention '
          'de coopération tripartite, signée en 2023 par la CNSS, la Fédération nationale des pêches (FNP) et la '
          'Confédération générale des travailleurs de Mauritanie (CGTM), fixe le montant des cotisations.'),
      t.p('Le Bureau international du Travail (BIT) appuie la CNSS depuis 2022. Il a signé avec le ministère, en '
          'mai 2024, une lettre d’intention qui prévoit l’extension du régime aux ports de Nouakchott et de Tanit.'),
      t.p('L’Espagne finance le projet de 2024 à 2027, par l’intermédiaire de l’Agence espagnole de coopération '
          'internationale pour le développement (AECID). L’Association des femmes transformatrices de poisson de '
          'Nouadhibou informe les familles sur les plages de débarquement.')]
qt = t.q('Quand mon frère a disparu en mer, sa femme n’a rien reçu. Aujourd’hui, mes enfants sont protégés.',
         'Cheikh Ould Sidi', 'patron de pirogue, Nouadhibou')
cn = 'Mariem Mint Ahmed'; t.ign(cn)
cl = [t.ign('Guichet CNSS du port artisanal de Nouadhibou'), t.ign('Tél. : +222 45 74 52 10'),
      t.ign('Courriel : mintahmed@ilo.org'), t.ign('Chargée de projet, BIT')]
url = t.link('www.cnss.mr/pecheurs')
t.contact(cn, 'mintahmed@ilo.org', '+222 45 74 52 10')
logos = t.ign('CNSS · BIT · AECID · FNP · CGTM')

for n, a in [('Caisse nationale de sécurité sociale', 'CNSS'), ('Ministère des Pêches et de l’Économie maritime', None),
             ('Fédération nationale des pêches', 'FNP'), ('Confédération générale des travailleurs de Mauritanie', 'CGTM'),
             ('Bureau international du Travail', 'BIT'), ('Espagne', None),
             ('Agence espagnole de coopération internationale pour le développement', 'AECID'),
             ('Association des femmes transformatrices de poisson de Nouadhibou', None)]:
    t.org(n, a)
t.part(['CNSS', 'FNP', 'CGTM'], 'cooperation_agreement', 2023)
t.part(['BIT', 'Ministère des Pêches et de l’Économie maritime'], 'letter_of_intent', 2024)
t.part(['AECID', 'CNSS'], 'funding', 2024)
t.countries('MR', 'ES')

html_ = f'''<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{E(t.title)}</title><style>
@page {{ size:A4; margin:0 }}
body {{ margin:0; font-family:"DejaVu Sans Condensed","DejaVu Sans",sans-serif; color:#0d2c40 }}
.poster {{ width:210mm; height:297mm; box-sizing:border-box; padding:12mm 13mm; position:relative; overflow:hidden;
  background:linear-gradient(180deg,#ffffff 0,#ffffff 66%,#e4f1f6 66%) }}
.kick {{ font-size:9pt; letter-spacing:.12em; text-transform:uppercase; color:#d9480f; font-weight:bold }}
h1 {{ font-size:38pt; line-height:1.0; margin:5mm 0 4mm 0; font-weight:900; letter-spacing:-0.01em }}
h1 span {{ color:#d9480f }}
.sub {{ font-size:13pt; line-height:1.3; max-width:160mm; margin-bottom:6mm }}
.nums {{ display:flex; border-top:1.2mm solid #0d2c40; border-bottom:1.2mm solid #0d2c40; margin-bottom:6mm }}
.num {{ flex:1; padding:3mm 3mm 3mm 0 }} .num b {{ display:block; font-size:30pt; color:#0a7ea4; line-height:1.05 }}
.num {{ font-size:9pt }}
.cols {{ display:flex; gap:8mm }}
.c1 {{ flex:1.1 }} .c2 {{ flex:1 }}
h2 {{ font-size:11pt; text-transform:uppercase; margin:0 0 2mm 0; color:#d9480f; letter-spacing:.03em }}
ul.two {{ columns:2; column-gap:6mm; padding:0; list-style:none; margin:0 0 5mm 0; font-size:10pt; line-height:1.3 }}
ul.two li {{ break-inside:avoid; padding:0 0 2mm 5mm; position:relative }}
ul.two li:before {{ content:""; position:absolute; left:0; top:1.6mm; width:2.4mm; height:2.4mm; background:#0a7ea4; border-radius:50% }}
ol {{ font-size:10pt; line-height:1.3; padding-left:6mm; margin:0 0 4mm 0 }} ol li {{ margin-bottom:1.5mm }}
p {{ font-size:8.6pt; line-height:1.38; margin:0 0 2mm 0 }}
blockquote {{ margin:0 0 4mm 0; font-size:15pt; line-height:1.22; font-family:"DejaVu Serif",serif; font-style:italic; color:#0a7ea4 }}
.by {{ font-size:8.5pt; margin:-2mm 0 4mm 0 }}
.contact {{ position:absolute; left:13mm; right:13mm; bottom:12mm; display:flex; gap:6mm; align-items:flex-end; font-size:9pt; line-height:1.35 }}
.contact .box {{ flex:1; background:#0d2c40; color:#fff; padding:4mm 5mm }}
.contact .web {{ font-size:16pt; font-weight:bold; color:#d9480f }}
.logos {{ font-size:8pt; letter-spacing:.08em; color:#4a6272; margin-top:2mm }}
.wave {{ position:absolute; right:-15mm; top:60mm; width:70mm; height:70mm; border-radius:50%; border:6mm solid #e4f1f6; z-index:-1 }}
</style></head><body><div class="poster">
<div class="wave"></div>
<div class="kick">{E(kick)}</div>
<h1>{E(t.title.split(":")[0])}<span>:</span><br>{E(t.title.split(":")[1].strip())}</h1>
<div class="sub">{E(sub)}</div>
<div class="nums">{''.join(f'<div class="num"><b>{E(a)}</b>{E(b)}</div>' for a, b in nums)}</div>
<h2>{E(h1)}</h2>
<ul class="two">{''.join(f'<li>{E(x)}</li>' for x in b1)}</ul>
<div class="cols"><div class="c1">
<h2>{E(h2)}</h2><ol>{''.join(f'<li>{E(x)}</li>' for x in b2)}</ol>
<blockquote>«\u00a0{E(qt)}\u00a0»</blockquote><div class="by"><b>Cheikh Ould Sidi</b>, {E(t.d["quotes"][0]["role"])}</div>
</div><div class="c2">
<h2>{E(h3)}</h2>{''.join(f'<p>{E(x)}</p>' for x in ps)}
</div></div>
<div class="contact"><div class="box"><b>{E(cn)}</b> · {E(cl[3])}<br>{E(cl[0])}<br>{E(cl[1])} · {E(cl[2])}</div>
<div><div class="web">{E(url)}</div><div class="logos">{E(logos)}</div></div></div>
</div></body></html>'''
open(f'{HERE}/{ID}.html', 'w').write(html_)
chromium(ID)
finish(t)
