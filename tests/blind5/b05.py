from common import *
ID = 'blind5-05-fr-filiere-mangue'
t = T(ID, 'chromium', 'blind-newsletter-grid-briefs', 'agricultural value chains', 'fr')
css = """
@page { size: A4; margin: 0 }
body { margin:0; font-family:'DejaVu Serif', serif; font-size:9.6pt; color:#2a2118; line-height:1.4 }
.page { width:210mm; height:296mm; position:relative; page-break-after:always; box-sizing:border-box; padding:20mm 15mm 18mm 15mm }
.page:last-child { page-break-after:auto }
.rh { position:absolute; top:8mm; left:15mm; right:15mm; font:8pt 'DejaVu Sans', sans-serif; color:#7a6a55 }
.rf { position:absolute; bottom:8mm; left:15mm; right:15mm; font:8pt 'DejaVu Sans', sans-serif; color:#7a6a55; text-align:center; border-top:0.5pt solid #c9b99f; padding-top:1.5mm }
.mast { border-top:4pt solid #e07b00; border-bottom:1pt solid #e07b00; padding:2mm 0; margin-bottom:4mm; display:flex; justify-content:space-between; align-items:baseline }
.mast .name { font:bold 26pt 'DejaVu Sans', sans-serif; color:#e07b00; letter-spacing:0.02em }
.mast .issue { font:8pt 'DejaVu Sans', sans-serif; color:#7a6a55; text-align:right; width:70mm }
h1 { font:bold 20pt 'DejaVu Sans', sans-serif; color:#3a5a1c; margin:0 0 2mm 0; line-height:1.15 }
.lede { font-size:11pt; font-style:italic; margin:0 0 4mm 0 }
.grid { display:grid; grid-template-columns: 1fr 1fr 0.8fr; gap:6mm }
h2 { font:bold 12pt 'DejaVu Sans', sans-serif; color:#3a5a1c; margin:0 0 1.5mm 0; padding-top:1.5mm; border-top:1.5pt solid #3a5a1c }
h3 { font:bold 9.5pt 'DejaVu Sans', sans-serif; color:#e07b00; margin:3mm 0 1mm 0 }
p { margin:0 0 2mm 0; text-align:left }
ul { margin:0 0 2mm 0; padding-left:4.5mm } ul ul { list-style-type:'– '; margin-top:0.5mm }
li { margin-bottom:0.7mm }
.side { background:#fbf1e1; padding:3mm 4mm; font-family:'DejaVu Sans', sans-serif; font-size:8.6pt }
.side h2 { border-top:none; color:#e07b00; padding-top:0 }
.side ul { list-style-type:'▸ '; padding-left:3.5mm }
.photo { background:#d8cbb4; height:42mm; margin:1mm 0 1mm 0 }
.cap { font:italic 7.8pt 'DejaVu Sans', sans-serif; color:#7a6a55; margin:0 0 3mm 0 }
table.r { border-collapse:collapse; width:100%; font:8.8pt 'DejaVu Sans', sans-serif; margin:1mm 0 }
table.r th { border-bottom:1.2pt solid #3a5a1c; text-align:left; padding:1.2mm 1.5mm; color:#3a5a1c }
table.r td { border-bottom:0.4pt solid #c9b99f; padding:1.2mm 1.5mm } table.r td.n, table.r th.n { text-align:right }
table.u { border-collapse:collapse; font:8.6pt 'DejaVu Sans', sans-serif } table.u td { padding:0.8mm 3mm 0.8mm 0; vertical-align:top } table.u td:first-child { font-weight:bold; color:#e07b00; white-space:nowrap }
.pq { font:bold italic 12.5pt 'DejaVu Serif', serif; color:#3a5a1c; border-top:2pt solid #e07b00; border-bottom:2pt solid #e07b00; padding:3mm 0; margin:3mm 0 }
.pq .who { font:normal 8pt 'DejaVu Sans', sans-serif; color:#7a6a55; margin-top:1.5mm }
.contact { font:8.8pt 'DejaVu Sans', sans-serif; line-height:1.5 }
"""
def F(s): return fr(s)
def P(s): return f'<p>{esc(t.p(F(s)))}</p>'
def H2(s, l=1): return f'<h2>{esc(t.h(F(s), l))}</h2>'
def H3(s): return f'<h3>{esc(t.h(F(s), 2))}</h3>'
def LI(s, l=1): return f'<li>{esc(t.b(F(s), l))}'
hd = F('Filières & Emploi · n° 4')
t.furn(hd, 'page 1/2', hd, 'page 2/2')
p1 = f'<div class="page"><div class="rh">{esc(hd)}</div><div class="mast"><span class="name">{esc(t.ign("FILIÈRES & EMPLOI"))}</span><span class="issue">{esc(t.ign(F("Lettre d’information du Bureau de l’OIT en Haïti · n° 4 · septembre 2025")))}</span></div>'
p1 += f'<h1>{esc(t.title("La mangue francique, une filière qui crée des emplois décents"))}</h1>'
p1 += f'<p class="lede">{esc(t.p(F("Dans le Plateau central et le Nord, le programme « Mango Lakay » aide producteurs, cueilleurs et ouvrières des stations d’emballage à mieux vivre de la mangue d’exportation.")))}</p>'
p1 += '<div class="grid"><div>'
p1 += H2('Un programme conjoint, deux agences')
p1 += P('Lancé en 2023 par l’Organisation internationale du Travail (OIT) et le Fonds international de développement agricole (FIDA), le programme conjoint Mango Lakay s’étend jusqu’en 2026.')
p1 += P('Il bénéficie d’une contribution de la Suisse, versée par l’intermédiaire de la Direction du développement et de la coopération (DDC) en vertu d’un accord signé en avril 2023.')
p1 += P('Sur le terrain, 38 coopératives et six stations d’emballage participent. Objectif : 2 500 emplois saisonniers mieux payés et déclarés d’ici à la fin du programme.')
p1 += '<div class="photo"></div>' + f'<div class="cap">{esc(t.ign(F("Tri des mangues dans une station d’emballage de Mirebalais.")))} {esc(t.credit("© OIT/R. Pierre"))}</div>'
p1 += '</div><div>'
p1 += H2('Les stations d’emballage sous la loupe')
p1 += P('Un protocole d’accord tripartite lie depuis février 2024 le Ministère des Affaires sociales et du Travail (MAST), le Ministère de l’Agriculture, des Ressources naturelles et du Développement rural (MARNDR) et le Bureau international du Travail (BIT).')
p1 += H3('Ce que prévoit le protocole')
p1 += '<ul>' + LI('des visites conjointes des inspecteurs du travail et des agronomes :') + '<ul>' + LI('avant et pendant la saison d’exportation ;', 2) + LI('avec un rapport public par station ;', 2) + '</ul>' + LI('une formation à la sécurité pour 400 ouvrières ;') + LI('un registre des accidents dans chaque station.') + '</ul>'
p1 += P('Les premiers rapports montrent que quatre stations sur six fournissent désormais de l’eau potable et des gants à toutes les ouvrières.')
p1 += '</div><div class="side">'
p1 += H2('En bref', 2)
p1 += '<ul>' + LI('L’Association des industries d’Haïti (ADIH) a invité les coopératives à son salon de juillet.') + LI('Le Centre de facilitation des investissements (CFI) publie un guide de l’exportateur de mangues.') + LI('La Confédération des travailleurs et travailleuses des secteurs public et privé (CTSP) et la FECOMAP ont signé en juin 2025 une lettre d’intention sur la représentation des cueilleurs.') + LI('Saison 2025 : la première cargaison certifiée est partie du port du Cap-Haïtien le 12 mai.') + '</ul>'
p1 += '</div></div>' + '<div class="rf">page 1/2</div></div>'

p2 = f'<div class="page"><div class="rh">{esc(hd)}</div><div class="grid" style="grid-template-columns: 1.3fr 1fr"><div>'
p2 += H2('Un accord-cadre entre producteurs et exportateur')
p2 += P('La Fédération des coopératives de mangue du Plateau central (FECOMAP) et la société exportatrice Caribbean Fresh SA ont renouvelé en 2025 l’accord-cadre qu’elles avaient conclu en 2021.')
p2 += P('Le nouvel accord, valable jusqu’en 2028, garantit un prix plancher au kilo et oblige l’exportateur à déclarer tous les cueilleurs à l’Office d’assurance accidents du travail, maladie et maternité (OFATMA).')
p2 += H2('Crédit : les coopératives ont enfin accès aux banques')
p2 += P('Grâce à un prêt de la Banque interaméricaine de développement (BID) signé en 2024, la Banque nationale de crédit (BNC) propose aux coopératives des crédits de campagne à 9 %. Trente et une coopératives en ont déjà profité.')
p2 += H2('Chiffres de la campagne')
hdr_, rows = t.table([['Indicateur', '2023', '2025']], [[F('Tonnes exportées'), '3 200', '5 450'], ['Emplois saisonniers déclarés', '1 150', '2 030'], ['Part des femmes', '58 %', '61 %'], ['Prix moyen payé au producteur (gourdes/kg)', '18', '27']])
rows = [[c.replace(' ', NB) if i else c for i, c in enumerate(r)] for r in rows]
t.t['tables'][-1]['rows'] = rows
p2 += '<table class="r"><tr><th>Indicateur</th><th class="n">2023</th><th class="n">2025</th></tr>' + ''.join(f'<tr><td>{esc(r[0])}</td><td class="n">{r[1]}</td><td class="n">{r[2]}</td></tr>' for r in rows) + '</table>'
p2 += f'<div class="cap">{esc(t.ign(F("Source : FECOMAP et stations d’emballage, bilan au 31 août 2025.")))}</div>'
q = t.quote(F('Avant, on vendait la mangue au bord de la route. Aujourd’hui, on a un contrat et une fiche de paie.'), 'Marie-Claude Joseph', 'présidente de coopérative, Mirebalais')
p2 += f'<div class="pq">«{NB}{esc(q)}{NB}»<div class="who">Marie-Claude Joseph, présidente de coopérative, Mirebalais</div></div>'
p2 += '</div><div class="side">'
p2 += H2('Prochains rendez-vous', 2)
hd2, rows2 = t.table([], [['15 octobre', 'Atelier de validation du guide de sécurité, Hinche'], ['6 novembre', 'Comité de pilotage du programme, Port-au-Prince'], ['Janvier 2026', 'Lancement de la campagne 2026']])
p2 += '<table class="u">' + ''.join(f'<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>' for a, b in rows2) + '</table>'
p2 += H2('Contact', 2)
t.contact('Jean-Robert Dorval', 'dorval@ilo.org', '+509 2813 4400')
p2 += '<div class="contact"><b>Jean-Robert Dorval</b><br>' + esc(t.ign('Coordonnateur du programme Mango Lakay')) + '<br>' + esc(t.ign('Bureau de l’OIT en Haïti, Port-au-Prince')) + '<br>' + esc(t.ign(F('Tél. : +509 2813 4400'))) + '<br>' + esc(t.ign(F('Courriel : dorval@ilo.org'))) + '<br>' + esc(t.link('www.ilo.org/haiti')) + '</div>'
p2 += '</div></div><div class="rf">page 2/2</div></div>'
open(ID + '.html', 'w').write(nohyph(f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La mangue francique, une filière qui crée des emplois décents</title><style>{css}</style></head><body>{p1}{p2}</body></html>'))
t.orgs(('Organisation internationale du Travail', 'OIT'), ('Fonds international de développement agricole', 'FIDA'), 'Suisse',
       ('Direction du développement et de la coopération', 'DDC'), ('Ministère des Affaires sociales et du Travail', 'MAST'),
       ('Ministère de l’Agriculture, des Ressources naturelles et du Développement rural', 'MARNDR'), ('Bureau international du Travail', 'BIT'),
       ('Association des industries d’Haïti', 'ADIH'), ('Centre de facilitation des investissements', 'CFI'),
       ('Confédération des travailleurs et travailleuses des secteurs public et privé', 'CTSP'),
       ('Fédération des coopératives de mangue du Plateau central', 'FECOMAP'), 'Caribbean Fresh SA',
       ('Office d’assurance accidents du travail, maladie et maternité', 'OFATMA'), ('Banque interaméricaine de développement', 'BID'),
       ('Banque nationale de crédit', 'BNC'), 'Bureau de l’OIT en Haïti')
t.countries('HT', 'CH')
t.ps(['OIT', 'FIDA'], 'programme', 2023, 2026)
t.ps(['DDC', 'OIT', 'FIDA'], 'funding', 2023)
t.ps(['MAST', 'MARNDR', 'BIT'], 'memorandum_of_understanding', 2024)
t.ps(['CTSP', 'FECOMAP'], 'letter_of_intent', 2025)
t.ps(['FECOMAP', 'Caribbean Fresh SA'], 'cooperation_agreement', 2021, 2028)
t.ps(['BID', 'BNC'], 'funding', 2024)
chromium(ID)
finish(t, 2)
