from common import *
ID = 'blind5-01-en-palm-oil-safety'
T_ = T(ID, 'chromium', 'blind-partner-factsheet', 'occupational safety on plantations', 'en')
t = T_
css = """
@page { size: A4; margin: 0 }
body { margin:0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color:#1d2b36; line-height:1.38 }
.page { width:210mm; height:296mm; position:relative; page-break-after:always; box-sizing:border-box; padding:22mm 18mm 20mm 18mm }
.page:last-child { page-break-after:auto }
.rh { position:absolute; top:8mm; left:18mm; right:18mm; font-size:8pt; color:#5b6b77; border-bottom:0.5pt solid #9aa9b3; padding-bottom:2mm; display:flex; justify-content:space-between }
.rf { position:absolute; bottom:8mm; left:18mm; right:18mm; font-size:8pt; color:#5b6b77; text-align:right }
.band { background:#14523f; color:#fff; margin:0 -18mm 6mm -18mm; padding:7mm 18mm 6mm 18mm }
.kicker { font-size:8.5pt; letter-spacing:.06em; color:#bfe3d2 }
h1 { font-size:22pt; margin:2mm 0 2mm 0; line-height:1.1 }
.sub { font-size:11pt; color:#e6f4ec; margin:0 }
h2 { font-size:12.5pt; color:#14523f; margin:5mm 0 1.5mm 0; border-bottom:1.2pt solid #e0a526; padding-bottom:1mm }
h3 { font-size:10.5pt; color:#8a5a00; margin:3.5mm 0 1mm 0 }
p { margin:0 0 2.2mm 0 }
table.ruled { border-collapse:collapse; width:100%; font-size:9pt; margin:1mm 0 1mm 0 }
table.ruled th { background:#14523f; color:#fff; text-align:left; padding:1.6mm 2mm; font-weight:bold }
table.ruled td { border-bottom:0.6pt solid #9aa9b3; padding:1.6mm 2mm; vertical-align:top }
table.plain { border-collapse:collapse; font-size:9.5pt; margin:1mm 0 }
table.plain td, table.plain th { padding:1mm 6mm 1mm 0; text-align:left }
table.plain th { color:#14523f; font-weight:bold }
table.plain td.n { text-align:right }
.cap { font-size:8pt; color:#5b6b77; font-style:italic; margin:1mm 0 3mm 0 }
ul { margin:0 0 2mm 0; padding-left:5mm } ul ul { margin:0.5mm 0; list-style-type: circle }
li { margin-bottom:0.8mm }
.cols { display:flex; gap:8mm } .cols > div { flex:1 }
blockquote { margin:4mm 0; padding:3mm 5mm; border-left:3pt solid #e0a526; background:#fbf4e2; font-size:12pt; font-style:italic }
blockquote .who { font-style:normal; font-size:8.5pt; margin-top:1.5mm; color:#5b6b77 }
.contact { border:0.8pt solid #14523f; padding:3mm 5mm; margin-top:4mm; font-size:9pt }
.contact b { font-size:10pt }
"""
def P(x): return f'<p>{t.p(x)}</p>'
def H2(x): return f'<h2>{t.h(x,1)}</h2>'
def H3(x): return f'<h3>{t.h(x,2)}</h3>'
def LI(x, lvl=1): return f'<li>{t.b(x,lvl)}'

# page 1
hdr1 = t.furn('ILO Jakarta · Plantation Safety Partnership'); 
pg1 = f"""<div class="page"><div class="rh"><span>{hdr1}</span></div>
<div class="band"><div class="kicker">{t.ign('ILO Country Office for Indonesia and Timor-Leste · Partnership factsheet')}</div>
<h1>{t.title('Safe and healthy work on Indonesia’s oil palm plantations')}</h1>
<p class="sub">{t.p('A partnership factsheet for North Sumatra and Riau, 2023–2026')}</p></div>
{H2('Why plantations?')}
{P('Indonesia produces more than half of the world’s palm oil. Some four million people work on its estates, many of them as casual harvesters or as sprayers hired by the day. Injuries from harvesting knives, falling fruit bunches and pesticide exposure are common, and many are never reported.')}
{P('The Plantation Safety Partnership of the International Labour Organization (ILO) brings government, employers, workers and buyers together around one goal: a safety committee and a trained first-aider on every estate in the two pilot provinces.')}
{H2('Partners at a glance')}
"""
hd, rows = t.table([['Partner', 'Role', 'Instrument with the ILO', 'Since']], [
  ['Ministry of Manpower (Kemnaker)', 'Chairs the steering committee; sends labour inspectors to pilot estates', 'Memorandum of understanding', '2023'],
  ['Indonesian Palm Oil Association (GAPKI)', 'Brings member estates into the programme', 'Letter of intent', '2023'],
  ['Plantation Workers’ Union Federation (FSPBUN)', 'Trains worker members of the committees', 'Cooperation agreement', '2024'],
  ['Universitas Sumatera Utara', 'Baseline and end-line surveys', 'Service contract', '2024'],
])
pg1 += '<table class="ruled"><tr>' + ''.join(f'<th>{c}</th>' for c in hd[0]) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>'
pg1 += f'<div class="cap">{t.ign("Table 1. Partners of the ILO in the Plantation Safety Partnership.")}</div>'
pg1 += H2('How the partnership works') + '<div class="cols"><div>' + H3('Safety committees') + '<ul>'
pg1 += LI('Each pilot estate sets up a joint committee with equal numbers of managers and workers.')
pg1 += LI('Committees meet every month and keep a register of incidents:') + '<ul>' + LI('harvesting injuries and falls', 2) + LI('pesticide splashes and poisoning', 2) + LI('heat illness during the peak harvest', 2) + '</ul>'
pg1 += LI('Women sprayers hold at least one seat on every committee.') + '</ul></div><div>'
pg1 += H3('Who pays for it') 
pg1 += P('The programme is funded by the Netherlands Enterprise Agency (RVO) under a 2023–2026 contribution agreement with the ILO.')
pg1 += P('IDH, the Sustainable Trade Initiative, has co-financed the Riau component since 2025.')
pg1 += P('Estates pay for their own first-aid kits and for the time committee members spend in meetings.')
pg1 += '</div></div>'
ft1 = t.furn('Page 1 of 2')
pg1 += f'<div class="rf">{ft1}</div></div>'

hdr2 = t.furn('ILO Jakarta · Plantation Safety Partnership')
pg2 = f'<div class="page"><div class="rh"><span>{hdr2}</span></div>'
pg2 += H2('Agreements signed so far')
pg2 += P('In March 2024, Kemnaker, GAPKI and FSPBUN put their names to a three-party framework agreement on estate safety committees, witnessed by the ILO. It sets out how members are elected and how often inspectors visit.')
pg2 += P('Two buyers followed. PT Nusantara Agri Refinery and Sumber Hijau Foods each signed a letter of intent with GAPKI in 2025, committing to source from estates with a working committee.')
pg2 += P('The Provincial Government of Riau first signed a memorandum of understanding with the ILO on child-labour-free plantations in 2022. Renewed in 2025, it now runs until 2027 and covers safety and health as well.')
pg2 += P('Committee registers can also be used in audits against the principles of the Roundtable on Sustainable Palm Oil (RSPO), and BPJS Ketenagakerjaan, the national employment injury insurer, has agreed to share claims data by district.')
pg2 += H2('Results to date')
hd2, rows2 = t.table([['Indicator', 'North Sumatra', 'Riau']], [
  ['Estates with a safety committee', '46', '21'],
  ['Workers trained in first aid', '1 380', '640'],
  ['Incidents recorded in 2025', '912', '377'],
])
pg2 += '<table class="plain"><tr>' + ''.join(f'<th>{c}</th>' for c in hd2[0]) + '</tr>' + ''.join('<tr>' + f'<td>{r[0]}</td><td class="n">{r[1]}</td><td class="n">{r[2]}</td>' + '</tr>' for r in rows2) + '</table>'
pg2 += f'<div class="cap">{t.ign("Table 2. Results by province, December 2025. Source: programme monitoring data.")}</div>'
pg2 += P('More incidents are being recorded, not fewer: the committees are bringing hidden injuries to light. The next step is to bring the rate of lost-time injuries down by a third before the programme ends.')
q = t.quote('Before the committee, a cut hand was just bad luck. Now we write it down, and the manager has to answer.', 'Rina Siregar', 'harvester and committee member, Labuhanbatu')
pg2 += f'<blockquote>“{q}”<div class="who">— Rina Siregar, harvester and committee member, Labuhanbatu</div></blockquote>'
pg2 += H2('Contact')
t.contact('Dewi Kartika', 'kartika@ilo.org', '+62 21 391 3112')
pg2 += '<div class="contact"><b>Dewi Kartika</b><br>' + t.ign('Programme Manager, Plantation Safety Partnership') + '<br>' + t.ign('ILO Country Office for Indonesia and Timor-Leste, Menara Thamrin, Jakarta') + '<br>' + t.ign('Tel.: +62 21 391 3112') + '<br>' + t.ign('Email: kartika@ilo.org') + '<br>' + t.link('www.ilo.org/jakarta/plantation-safety') + '</div>'
ft2 = t.furn('Page 2 of 2')
pg2 += f'<div class="rf">{ft2}</div></div>'

open(ID + '.html', 'w').write(nohyph(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Safe and healthy work on Indonesia’s oil palm plantations</title><style>{css}</style></head><body>{pg1}{pg2}</body></html>'))
t.orgs(('International Labour Organization', 'ILO'), ('Ministry of Manpower', 'Kemnaker'), ('Indonesian Palm Oil Association', 'GAPKI'),
       ('Plantation Workers’ Union Federation', 'FSPBUN'), 'Universitas Sumatera Utara', ('Netherlands Enterprise Agency', 'RVO'),
       ('Sustainable Trade Initiative', 'IDH'), 'PT Nusantara Agri Refinery', 'Sumber Hijau Foods', 'Provincial Government of Riau',
       ('Roundtable on Sustainable Palm Oil', 'RSPO'), 'BPJS Ketenagakerjaan', 'ILO Country Office for Indonesia and Timor-Leste')
t.countries('ID', 'TL', 'NL')
t.ps(['Kemnaker', 'ILO'], 'memorandum_of_understanding', 2023)
t.ps(['GAPKI', 'ILO'], 'letter_of_intent', 2023)
t.ps(['FSPBUN', 'ILO'], 'cooperation_agreement', 2024)
t.ps(['RVO', 'ILO'], 'funding', 2023, 2026)
t.ps(['IDH'], 'funding', 2025)
t.ps(['Kemnaker', 'GAPKI', 'FSPBUN'], 'cooperation_agreement', 2024)
t.ps(['PT Nusantara Agri Refinery', 'GAPKI'], 'letter_of_intent', 2025)
t.ps(['Sumber Hijau Foods', 'GAPKI'], 'letter_of_intent', 2025)
t.ps(['Provincial Government of Riau', 'ILO'], 'memorandum_of_understanding', 2022, 2027)
chromium(ID)
finish(t, 2)
