from common import *
ID = 'blind4-01-en-sugarcane-heat'
t = Truth(ID, 'chromium', 'blind-concertina-4panel', 'occupational safety and health', 'en', 2,
          'Heat-safe cane fields')
E = esc
ti = t.title
sub = t.p('Protecting sugar-cane cutters in the Lowveld of Eswatini from heat stress')
k = t.ign('International Labour Organization · Country Office for South Africa, Botswana, Lesotho, Namibia and Eswatini')

h_glance = t.h('At a glance', 2, True)
g = [t.b('Where: Lubombo and Hhohho regions'), t.b('Who: 16,000 seasonal and permanent cane cutters'),
     t.b('When: 2023–2026'), t.b('Budget: EUR 3.2 million')]

h_part = t.h('Who we work with', 2, True)
p1 = t.p('The programme is led by the Ministry of Labour and Social Security of Eswatini (MoLSS), with the '
         'Eswatini Cane Growers’ Association (ECGA) and the Amalgamated Plantation Workers’ Union of Eswatini (APWUE) '
         'sitting on its steering committee.')
p2 = t.p('It is funded by the Government of Ireland, through Irish Aid, from 2023 to 2026.')
p3 = t.p('A three-party cooperation agreement between the MoLSS, the World Health Organization (WHO) and the ILO, '
         'signed in 2023, covers the training of labour inspectors in heat-risk assessment.')
p4 = t.p('In 2024 the ILO and Mhlume Sugar Estates Ltd entered a public–private partnership to test shaded rest '
         'stations on 40 fields.')

pM = t.p('In May 2024 the ECGA and the APWUE agreed on a common heat-stress code for all contracted growers. The two '
         'bodies then signed a memorandum of understanding that makes the hourly shaded break compulsory.')
h_contact = t.h('Contact', 2, True)
cn = 'Thandeka Dlamini-Mokoena'
role = t.ign('Programme Officer, Occupational Safety and Health')
office = t.ign('ILO Mbabane Project Office, Dzeliwe Street, Mbabane')
tel = t.ign('Tel. +268 2404 7712')
mail = t.ign('Email: dlamini-mokoena@ilo.org')
web = t.link('www.ilo.org/pretoria/heatsafe')
t.contact(cn, 'dlamini-mokoena@ilo.org', '+268 2404 7712')
t.ign(cn)

# inside
h1 = t.h('1. Why heat matters', 1)
i1 = t.p('Cane is cut by hand from May to November, often in temperatures above 35 °C. A cutter can lose more than '
         'a litre of sweat an hour, and many work piece rates that reward them for skipping breaks.')
i2 = t.p('Clinics in the Lowveld report rising cases of acute kidney injury among young men who have cut cane for '
         'only a few seasons.')
h2 = t.h('2. What the programme does', 1)
hA = t.h('A. On the estates', 2)
a = [t.b('Water, Rest, Shade: a simple routine for every gang'),
     t.b('free drinking water within 200 metres of each gang', 2),
     t.b('a 10-minute shaded break every hour above 32 °C', 2),
     t.b('Early starts, so that most cutting ends before 13:00'),
     t.b('Heat-stress first aid in every gang of 20 workers')]
hB = t.h('B. With the Ministry and the clinics', 2)
bb = [t.b('Inspection checklists on heat, water and rest'),
      t.b('A register of heat-related illness shared with the Ministry of Health of Eswatini')]
pB = t.p('The Lubombo Community Health Trust, an NGO that runs mobile clinics, signed a letter of intent with the '
         'Ministry of Health of Eswatini in 2025 to screen cutters for kidney disease before each season.')

h3 = t.h('3. First results', 1)
hdr, rows = t.table([['Indicator', '2023', '2025']],
                    [['Estates using Water, Rest, Shade', '3', '21'],
                     ['Gangs with a trained first aider', '12 %', '68 %'],
                     ['Heat-illness cases per 1,000 cutters', '41', '17']])
cap = t.ign('Source: MoLSS inspection reports, 2023 and 2025.')
pD = t.p('A loan from the Development Bank of Southern Africa (DBSA), approved in 2025, will pay for 300 shaded '
         'rest stations and water tanks on smallholder farms.')

h4 = t.h('4. In their words', 1)
qt = t.q('We used to drink only at lunch. Now the water truck comes to us, and nobody is ashamed to sit in the shade.',
         'Sipho Nxumalo', 'cane cutter and APWUE shop steward, Big Bend')
h5 = t.h('What comes next', 2, True)
n = [t.b('extend the code to the 2026 season on all 480 smallholder farms'),
     t.b('publish a national heat-stress guideline with the MoLSS')]
h_more = t.h('Read more', 2, True)
more = [t.b('Heat at work: implications for safety and health (ILO, 2024)'),
        t.b('Water, Rest, Shade toolkit: ' + t.link('www.ilo.org/pretoria/heatsafe/toolkit'))]

t.org('International Labour Organization', 'ILO')
t.org('Ministry of Labour and Social Security of Eswatini', 'MoLSS')
t.org('Eswatini Cane Growers’ Association', 'ECGA')
t.org('Amalgamated Plantation Workers’ Union of Eswatini', 'APWUE')
t.org('Government of Ireland')
t.org('Irish Aid')
t.org('World Health Organization', 'WHO')
t.org('Mhlume Sugar Estates Ltd')
t.org('Lubombo Community Health Trust')
t.org('Ministry of Health of Eswatini')
t.org('Development Bank of Southern Africa', 'DBSA')
t.org('ILO Mbabane Project Office')
t.part(['Irish Aid', 'ILO'], 'funding', 2023)
t.part(['MoLSS', 'WHO', 'ILO'], 'cooperation_agreement', 2023)
t.part(['ILO', 'Mhlume Sugar Estates Ltd'], 'partnership', 2024)
t.part(['Lubombo Community Health Trust', 'Ministry of Health of Eswatini'], 'letter_of_intent', 2025)
t.part(['ECGA', 'APWUE'], 'memorandum_of_understanding', 2024)
t.part(['DBSA'], 'funding', 2025)
t.countries('SZ', 'ZA', 'BW', 'LS', 'NA', 'IE')

nested = f'<ul><li>{E(a[0])}<ul class="l2"><li>{E(a[1])}</li><li>{E(a[2])}</li></ul></li><li>{E(a[3])}</li><li>{E(a[4])}</li></ul>'
html_ = f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(ti)}</title>
<style>
@page {{ size: 297mm 210mm; margin: 0 }}
body {{ margin:0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.2pt; line-height: 1.38; color:#222 }}
.sheet {{ width:297mm; height:210mm; display:flex; page-break-after: always; overflow:hidden }}
.sheet:last-child {{ page-break-after: auto }}
.panel {{ width:74.25mm; box-sizing:border-box; padding:11mm 7mm 9mm 7mm; border-right:0.3mm dashed #c9b98f; position:relative }}
.panel:last-child {{ border-right:none }}
.cover {{ background:#2f5d3a; color:#fff; padding-top:22mm }}
.cover .kick {{ font-size:7.5pt; letter-spacing:0.04em; opacity:.85; border-top:0.6mm solid #f3c745; padding-top:3mm }}
.cover h1 {{ font-family: "Liberation Serif", serif; font-size:30pt; line-height:1.05; margin:14mm 0 5mm 0; color:#f3c745 }}
.cover .sub {{ font-size:12pt; line-height:1.3 }}
.cane {{ position:absolute; bottom:14mm; left:7mm; right:7mm; height:46mm }}
.cane div {{ position:absolute; bottom:0; width:2.2mm; background:#7fae5b; border-radius:1mm }}
h2.side {{ text-transform:uppercase; font-size:9.2pt; color:#2f5d3a; letter-spacing:.05em; margin:0 0 2mm 0; border-bottom:0.4mm solid #f3c745 }}
h3 {{ font-size:9.2pt; color:#b5541c; margin:4mm 0 1.5mm 0 }}
h4 {{ font-size:9.2pt; color:#2f5d3a; font-style:italic; margin:3mm 0 1mm 0 }}
ul {{ padding-left:4.5mm; margin:1mm 0 }} ul.l2 {{ list-style:circle; padding-left:4mm }}
ul.glance {{ list-style:none; padding:0 }} ul.glance li {{ border-bottom:0.2mm solid #ddd; padding:1.2mm 0 }}
p {{ margin:0 0 2mm 0 }}
table {{ border-collapse:collapse; width:100%; font-size:8.4pt; margin-top:2mm }}
th, td {{ border:0.25mm solid #8a8a8a; padding:1mm 1.4mm; text-align:left }} th {{ background:#eef3e8 }}
td.n, th.n {{ text-align:right; white-space:nowrap }}
.cap {{ font-size:7.4pt; color:#666; margin-top:1mm }}
blockquote {{ margin:3mm 0; padding:4mm 4mm; background:#f3c745; color:#2b2b2b; font-family:"Liberation Serif", serif; font-size:12.5pt; line-height:1.25 }}
.who {{ font-size:8pt; margin-bottom:4mm }}
.contact {{ background:#eef3e8; padding:4mm; margin-top:3mm }}
.logo {{ position:absolute; bottom:9mm; left:7mm; font-weight:bold; color:#2f5d3a; font-size:8pt }}
</style></head><body>
<div class="sheet">
 <div class="panel cover">
  <div class="kick">{E(k)}</div>
  <h1>{E(ti)}</h1>
  <div class="sub">{E(sub)}</div>
  <div class="cane">{''.join(f'<div style="left:{i*5.6}mm;height:{28+((i*37)%18)}mm"></div>' for i in range(11))}</div>
 </div>
 <div class="panel">
  <h2 class="side">{E(h_glance)}</h2>
  <ul class="glance">{''.join(f'<li>{E(x)}</li>' for x in g)}</ul>
  <h2 class="side" style="margin-top:7mm">{E(h_part)}</h2>
  <p>{E(p1)}</p><p>{E(p2)}</p>
 </div>
 <div class="panel">
  <p>{E(p3)}</p><p>{E(p4)}</p>
  <p>{E(pM)}</p>
 </div>
 <div class="panel">
  <h2 class="side">{E(h_contact)}</h2>
  <div class="contact"><b>{E(cn)}</b><br>{E(role)}<br>{E(office)}<br>{E(tel)}<br>{E(mail)}<br>{E(web)}</div>
  <div class="logo">ILO · Irish Aid · MoLSS</div>
 </div>
</div>
<div class="sheet">
 <div class="panel">
  <h3>{E(h1)}</h3><p>{E(i1)}</p><p>{E(i2)}</p>
  <h3>{E(h2)}</h3><h4>{E(hA)}</h4>
  {nested}
 </div>
 <div class="panel">
  <h4>{E(hB)}</h4>
  <ul>{''.join(f'<li>{E(x)}</li>' for x in bb)}</ul>
  <p>{E(pB)}</p>
  <h3>{E(h3)}</h3>
  <table><thead><tr>{''.join(f'<th{" class=n" if j else ""}>{E(c)}</th>' for j, c in enumerate(hdr[0]))}</tr></thead>
  <tbody>{''.join('<tr>' + ''.join(f'<td{" class=n" if j else ""}>{E(c)}</td>' for j, c in enumerate(r)) + '</tr>' for r in rows)}</tbody></table>
  <div class="cap">{E(cap)}</div>
 </div>
 <div class="panel">
  <p>{E(pD)}</p>
  <h3>{E(h4)}</h3>
  <blockquote>“{E(qt)}”</blockquote>
  <div class="who"><b>Sipho Nxumalo</b>, {E(t.d["quotes"][0]["role"])}</div>
 </div>
 <div class="panel">
  <h2 class="side">{E(h5)}</h2>
  <ul>{''.join(f'<li>{E(x)}</li>' for x in n)}</ul>
  <h2 class="side" style="margin-top:8mm">{E(h_more)}</h2>
  <ul class="glance">{''.join(f'<li>{E(x)}</li>' for x in more)}</ul>
 </div>
</div>
</body></html>'''
open(f'{HERE}/{ID}.html', 'w').write(html_)
chromium(ID)
finish(t)
