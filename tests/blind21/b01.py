from common import *
css = r'''
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 7.3pt; line-height: 1.25; color:#222; }
.board { width: 210mm; height: 296mm; overflow: hidden; box-sizing: border-box; padding: 9mm 9mm 6mm; background: #b88a55;
  background-image: radial-gradient(#a97c48 1px, transparent 1.2px); background-size: 5px 5px; }
.frame { border: 6px solid #6b4423; padding: 5mm; height: 100%; box-sizing: border-box; background: transparent; }
.head { background:#fdfbf3; padding: 3mm 4mm 2.5mm; margin-bottom: 4mm; border-left: 6px solid #c0392b; }
.kind { font-size: 7pt; letter-spacing: 2px; color:#c0392b; font-weight: bold; margin:0 0 1mm; }
h1.title { font-family: 'DejaVu Serif', serif; font-size: 17pt; line-height:1.15; margin: 0 0 1.5mm; }
.lead { font-style: italic; margin: 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 5mm; }
.col { display:flex; flex-direction:column; gap: 4mm; }
.card { background:#fffef6; padding: 3.2mm 3.4mm 2.4mm; position: relative; box-shadow: 1.5px 2px 3px rgba(0,0,0,.35); }
.card:before { content:''; position:absolute; top:-2.2mm; left:50%; width:4mm; height:4mm; margin-left:-2mm; border-radius:50%; background:#c0392b; box-shadow: 0 1px 2px rgba(0,0,0,.5); }
.yellow { background:#fff6a8; } .blue { background:#dcecf7; } .pink { background:#fbe0e6; } .green { background:#e2f2d9; }
.tilt1 { transform: rotate(-0.8deg); } .tilt2 { transform: rotate(0.7deg); }
.label { font-size: 6.3pt; letter-spacing: 1.5px; font-weight:bold; color:#c0392b; margin: 0 0 1mm; }
h2 { font-size: 9.6pt; margin: 0 0 1.4mm; font-family:'DejaVu Serif', serif; }
h3 { font-size: 8pt; margin: 2mm 0 1mm; }
p { margin: 0 0 1.5mm; }
ul, ol { margin: 0 0 1.5mm; padding-left: 4.2mm; } ul.sub { padding-left: 3.5mm; list-style: circle; margin:0; }
li { margin-bottom: 0.6mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1mm; font-size: 7.2pt; }
table.ruled th { border-bottom: 1.2px solid #333; text-align:left; padding: 0.8mm 1mm; }
table.ruled td { border-bottom: 0.5px solid #999; padding: 0.8mm 1mm; vertical-align: top; }
table.kv td { padding: 0.5mm 1mm; vertical-align: top; } table.kv td:first-child { font-weight: bold; width: 13mm; }
.caption { font-size: 6.4pt; font-style: italic; color:#555; }
blockquote { margin: 0; } blockquote p { font-family:'DejaVu Serif', serif; font-style: italic; font-size: 8.6pt; }
blockquote p.who { font-family:'DejaVu Sans', sans-serif; font-style: normal; font-size: 6.8pt; }
.small { font-size: 6.5pt; color:#333; }
.contact p { margin: 0 0 0.6mm; }
'''
d = HTML('blind21-01-en-noticeboard-machakos-sand', 'en', 'chromium', 'blind-notice-board', 'pit safety, loading rates, health and social security cover of river-sand harvesters and loaders', css=css)
R = d.raw
R('<div class="board"><div class="frame"><div class="head">')
d.i('MASII WARD · SAND HARVESTERS’ NOTICE BOARD', cls='kind')
d.T('Before you go down to the river: notices for the 2026 sand season')
d.p('Masii, Machakos County, 3 August 2026 — pinned up by the Masii and Mwala Sand Harvesters’ Association (MAMSHA) for scoopers, loaders and lorry crews on the Thwake and Kiteta riverbeds', cls='lead')
R('</div><div class="cols"><div class="col">')
# ---- column 1
R('<div class="card yellow tilt1">'); d.i('NOTICE', cls='label')
d.h('Baraza on pit safety', 1)
d.p('All crews are called to a baraza on the new pit rules and on the health and pension cover that the association can now arrange for its members.')
d.tab([], [['When:', 'Saturday 15 August 2026, 10:00'], ['Where:', 'Masii Catholic Parish hall, lent to us free of charge'], ['Chair:', 'Mutua Kioko, MAMSHA chairperson'], ['Bring:', 'your ID card and your phone']], cls='kv')
d.p('Officers of the Directorate of Occupational Safety and Health Services (DOSHS) may attend to answer questions on the pits.')
R('</div>')
R('<div class="card">'); d.i('RATES', cls='label')
d.h('Loading rates from 1 August', 1)
d.tab([['', '7 t lorry', '10 t lorry']], [['Scooping crew of four', 'KES 1 600', 'KES 2 200'], ['Loading crew of four', 'KES 1 200', 'KES 1 700'], ['Sieving, per tonne', 'KES 90', 'KES 90'], ['Night loading', 'not allowed', 'not allowed']], cls='ruled', caption='Minimum rates agreed at the riverbank committee of 20 July 2026, paid on the day, before contributions.')
d.p('A lorry owner who pays less is reported to the committee. No crew loads after 18:00, whatever the rate offered.')
R('</div>')
R('<div class="card pink tilt2">'); d.i('SAFETY', cls='label')
d.h('The five pit rules', 1)
d.ul(['No pit deeper than 1.5 metres, measured with the marked pole.', ('Walls are cut back in steps:', ['one step for every half metre;', 'never dig under a wall that overhangs.']), 'Nobody works in a pit alone.', 'When the river rises upstream, everyone leaves the bed at the whistle.', 'Children do not scoop, sieve or load, on any day.'], tag='ol')
R('</div>')
R('</div><div class="col">')
# ---- column 2
R('<div class="card blue">'); d.i('HEALTH & PENSION', cls='label')
d.h('Register once, be covered all year', 1)
d.p('Since April, MAMSHA has signed up members with the National Social Security Fund (NSSF) and with the Social Health Authority (SHA) at its office, so no one has to travel to Machakos town.')
d.h('What to do', 2)
d.ul(['Come to the office with your ID card.', ('Choose how you pay:', ['KES 300 a month for SHA;', 'any sum from KES 50 a week for the NSSF pension.']), 'Pay through M-PESA to the paybill on your card.', 'Keep the text message: it is your receipt.'], tag='ol')
d.p('The association and the NSSF have worked hand in hand since 2024 under a memorandum of understanding; the Fund sends an officer on the first Monday of each month.')
R('</div>')
R('<div class="card green">'); d.i('THANK YOU', cls='label')
d.h('Who stands behind these notices', 1)
d.p('Mchanga Bora, the lorry operator that buys most of the sand from the Thwake bed, underwrites the association’s first aid kits at all six pits for 2025–2027.')
d.p('St Joseph’s Health Centre, Masii (partner since 2021) treats injured members first and sends the bill to the association later.')
d.p('Three years ago MAMSHA entered into a letter of intent with the County Government of Makueni on sharing the riverbank committee with the Kiteta crews. The cooperation agreement with Kithimani Youth Polytechnic, under which our loaders learnt first aid, ran from 2021 until 2024.')
d.p('The safety pilot, called Safe Sand, is run by the International Labour Organization (ILO). Financial support came from the Japan International Cooperation Agency (JICA), which funds the pilot for 2025–2027.')
R('</div>')
R('</div><div class="col">')
# ---- column 3
R('<div class="card">'); d.i('OUR PARTNERS', cls='label')
d.h('Who does what', 1)
d.tab([['Partner', 'Role', 'Since']], [['Kyeni FM 94.2', 'sponsors the Tuesday safety spot on air', '2025'], ['Kenya Red Cross Society, Machakos branch', 'trains first aid volunteers under an agreement with MAMSHA', '2023'], ['Masii Boda Boda Riders', 'carry injured workers to the health centre', '2024']], cls='ruled', caption='Partners who signed something with the association. The lorry owners are not listed.')
R('</div>')
R('<div class="card yellow tilt2">'); d.i('PLEASE NOTE', cls='label')
d.h('Not our partners', 1)
d.ul(['The Ministry of Labour and Social Protection sent an observer to the riverbank committee; the Kenyan labour ministry hopes to take the scheme to Kitui next year.', 'Athi Sand Traders declined to sign the rates.', 'Kilimanjaro Lorry Owners’ Sacco has applied to join the committee; nothing is decided.', 'Tuko Pamoja Guards are paid to watch the weighbridge at night.', 'Figures on pit deaths come from the National Environment Management Authority (NEMA) and the Kenya National Bureau of Statistics (KNBS).'])
R('</div>')
R('<div class="card pink">'); d.i('A WORD FROM THE RIVER', cls='label')
d.q('In 2023 the wall of a pit fell on my brother. Now we dig in steps, we stop at the whistle, and nobody goes down alone.', 'Ruth Mwikali', 'loader and MAMSHA treasurer, Kwa Mutisya pit')
R('</div>')
R('<div class="card blue contact">'); d.i('WANTED', cls='label')
d.h('Two first aid volunteers for the Kiteta pits', 1)
d.p('Members with a first aid certificate who can be at the riverbed from 07:00 to 13:00. The association pays KES 500 a day.')
d.h('Contact', 2)
d.contact('Esther Nduku', 'mamsha.masii@gmail.com', '+254 722 418 306')
R('<p>Esther Nduku, MAMSHA secretary</p>')
d.ign('Esther Nduku, MAMSHA secretary')
d.i('Tel.: +254 722 418 306'); d.i('Email: mamsha.masii@gmail.com')
R('<p>' + d.e(d.link('www.ilo.org/africa')) + '</p>')
R('</div>')
R('</div></div></div></div>')
d.orgs(('Masii and Mwala Sand Harvesters’ Association', 'MAMSHA'), 'Masii Catholic Parish', ('Directorate of Occupational Safety and Health Services', 'DOSHS'),
       ('National Social Security Fund', 'NSSF'), ('Social Health Authority', 'SHA'), 'Mchanga Bora', 'St Joseph’s Health Centre, Masii',
       'County Government of Makueni', 'Kithimani Youth Polytechnic', ('International Labour Organization', 'ILO'), ('Japan International Cooperation Agency', 'JICA'),
       'Kyeni FM 94.2', 'Kenya Red Cross Society', 'Masii Boda Boda Riders', 'Ministry of Labour and Social Protection', 'Athi Sand Traders',
       'Kilimanjaro Lorry Owners’ Sacco', 'Tuko Pamoja Guards', ('National Environment Management Authority', 'NEMA'), ('Kenya National Bureau of Statistics', 'KNBS'))
d.countries('KE', 'JP')
d.ps(['MAMSHA', 'NSSF'], 'memorandum_of_understanding', 2024)
d.ps(['Mchanga Bora', 'MAMSHA'], 'funding', 2025, 2027)
d.ps(['St Joseph’s Health Centre, Masii', 'MAMSHA'], 'partnership', 2021)
d.ps(['MAMSHA', 'County Government of Makueni'], 'letter_of_intent', 2023)
d.ps(['Kithimani Youth Polytechnic', 'MAMSHA'], 'cooperation_agreement', 2021, 2024)
d.ps(['JICA', 'ILO'], 'funding', 2025, 2027)
d.ps(['Kyeni FM 94.2', 'MAMSHA'], 'funding', 2025)
d.ps(['Kenya Red Cross Society', 'MAMSHA'], 'cooperation_agreement', 2023)
d.ps(['Masii Boda Boda Riders', 'MAMSHA'], 'partnership', 2024)
d.build_chromium()
