from common import *
css = '''
@page { size: 420mm 297mm; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; color: #13222e; }
.sheet { width: 420mm; height: 297mm; box-sizing: border-box; padding: 12mm 14mm; position: relative; background: #f4f8fa; }
.band { background: #0d3b5c; color: #fff; padding: 7mm 9mm; border-radius: 4mm; display: flex; justify-content: space-between; align-items: flex-end; }
.kicker { font-size: 10pt; letter-spacing: 2pt; color: #ffd25e; margin: 0 0 2mm 0; }
h1.title { font-size: 38pt; margin: 0; line-height: 1.05; }
.lead { font-size: 13pt; margin: 3mm 0 0 0; color: #cfe3ef; }
.badge { width: 44mm; height: 44mm; border-radius: 50%; background: #ffd25e; color: #0d3b5c; display: flex; align-items: center; justify-content: center; text-align: center; font-weight: bold; font-size: 11pt; line-height: 1.25; }
.cols { display: grid; grid-template-columns: 1fr 1fr 1fr 1.05fr; gap: 8mm; margin-top: 7mm; }
.col h2 { font-size: 19pt; margin: 0 0 3mm 0; color: #fff; background: #e2602f; padding: 2mm 4mm; border-radius: 2mm; }
.col:nth-child(2) h2 { background: #2a8a6e; } .col:nth-child(3) h2 { background: #6b4ea3; }
.box { background: #fff; border: 0.6mm solid #c9d8e1; border-radius: 3mm; padding: 3mm 4mm; margin-bottom: 4mm; }
.box h3 { font-size: 12.5pt; margin: 0 0 2mm 0; color: #0d3b5c; }
.box p { font-size: 10pt; line-height: 1.35; margin: 0 0 2mm 0; }
ul.dot { list-style: none; padding: 0; margin: 0; font-size: 10pt; line-height: 1.35; }
ul.dot > li { position: relative; padding-left: 6mm; margin-bottom: 1.4mm; }
ul.dot > li::before { content: ""; position: absolute; left: 0.5mm; top: 1.3mm; width: 3mm; height: 3mm; border-radius: 50%; background: #e2602f; }
ul.dot ul.sub { list-style: none; padding: 0; margin: 1mm 0 0 0; }
ul.dot ul.sub li { position: relative; padding-left: 5mm; margin-bottom: 0.8mm; }
ul.dot ul.sub li::before { content: ""; position: absolute; left: 0.5mm; top: 2mm; width: 2.5mm; height: 0.6mm; background: #2a8a6e; }
table.rest { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-top: 1mm; }
table.rest th { background: #0d3b5c; color: #fff; text-align: left; padding: 1.2mm 2mm; }
table.rest td { border-bottom: 0.3mm solid #c9d8e1; padding: 1.2mm 2mm; vertical-align: top; }
.caption { font-size: 8.5pt; font-style: italic; color: #445; margin: 1.5mm 0 0 0; }
table.help { border-collapse: collapse; width: 100%; font-size: 9.2pt; }
table.help td { padding: 1.3mm 1.5mm; vertical-align: top; border-bottom: 0.3mm dotted #8aa; }
table.help tr td:first-child { font-weight: bold; width: 34%; }
blockquote.pull { margin: 0; background: #0d3b5c; color: #fff; padding: 4mm 5mm; border-radius: 3mm; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 12pt; line-height: 1.35; margin: 0 0 2mm 0; }
blockquote.pull p.who { font-family: "DejaVu Sans", sans-serif; font-style: normal; font-size: 9pt; color: #ffd25e; margin: 0; }
.strip { position: absolute; left: 14mm; right: 14mm; bottom: 10mm; display: grid; grid-template-columns: 1fr 1fr 1fr 2.2fr; gap: 6mm; }
.tile { background: #ffd25e; border-radius: 3mm; padding: 3mm 4mm; }
.tile h3 { margin: 0 0 1mm 0; font-size: 11pt; }
.tile p { margin: 0; font-size: 9.5pt; line-height: 1.3; }
.tile p.big { font-size: 15pt; font-weight: bold; }
.fine { font-size: 8.3pt; line-height: 1.35; color: #334; margin: 0 0 1.5mm 0; }
'''
d = HTML('blind12-01-en-wallchart-bitung', 'en', 'chromium', 'blind-wallchart', 'working and living conditions of fishing crews', css=css)
E = d.e
d.raw('<div class="sheet"><div class="band"><div>')
d.i('ILO · WORK IN FISHING · BITUNG, NORTH SULAWESI', cls='kicker')
d.T('Your rights at sea: a chart for the crew mess')
d.p('Hang this chart where the crew eats. It sums up the rules on rest, pay, food and safety that apply on fishing vessels landing in Bitung.', cls='lead')
d.raw('</div><div class="badge">')
d.i('C188 · Work in Fishing Convention, 2007', tag='div')
d.raw('</div></div><div class="cols">')
# column 1
d.raw('<div class="col">'); d.h('Before you sail', 1)
d.raw('<div class="box">'); d.h('Your work agreement', 2)
d.p('Every fisher signs a written agreement before the vessel leaves port. You keep one copy; the skipper keeps the other.')
d.ul([('The agreement must state:', ['your share or your monthly wage;', 'the length of the trip;', 'how you get home if you are sick.']), 'Nobody may keep your identity card or seaman’s book.'], cls='dot')
d.raw('</div><div class="box">'); d.h('Medical check', 2)
d.p('A free check-up at the port clinic is valid for two years. Ask for the card before the trip.')
d.raw('</div></div>')
# column 2
d.raw('<div class="col">'); d.h('At sea', 1)
d.raw('<div class="box">'); d.h('Hours of rest', 2)
d.tab([['Period', 'Minimum rest']], [['Any 24 hours', '10 hours'], ['Any 7 days', '77 hours'], ['Rest periods', 'No more than two; one of at least 6 hours']], cls='rest',
      caption='Rest-hour rules as set out in the letter of intent that ABVO sent to the Ministry of Marine Affairs and Fisheries (KKP) two months after the March 2024 memorandum.')
d.raw('</div><div class="box">'); d.h('Food, water and a bunk', 2)
d.ul(['Drinking water and three meals a day, free of charge.', 'A bunk for each fisher, away from the engine room.', ('First-aid kit on board:', ['checked before every trip;', 'someone on board trained to use it.'])], cls='dot')
d.raw('</div></div>')
# column 3
d.raw('<div class="col">'); d.h('Back in port', 1)
d.raw('<div class="box">'); d.h('Getting paid', 2)
d.p('Your share is paid within three days of landing, with a written slip showing the catch, the costs deducted and the amount due.')
d.raw('</div><div class="box">'); d.h('Where to get help', 2)
d.tab([], [['Port desk, Pier 3', 'complaints about pay, food or rest; open every day the fish market opens'],
           ['FSUNS office', 'advice and a lawyer for members'],
           ['Sam Ratulangi University clinic', 'free check-ups under its agreement with FSUNS, in force since 2022 and extended to 2026']], cls='help')
d.raw('</div></div>')
# column 4
d.raw('<div class="col">'); d.h('Who stands behind this chart', 1)
d.raw('<div class="box">')
d.p('The port desk rests on a memorandum of understanding. Its signatories – the Provincial Government of North Sulawesi, the Bitung Ocean Fishing Port Authority (BOFPA) and the Fishers’ and Seafarers’ Union of North Sulawesi (FSUNS) – put it in place in March 2024.')
d.p('Vessel owners joined through the Association of Bitung Vessel Owners (ABVO), which wrote to the Ministry of Marine Affairs and Fisheries (KKP) to accept the rest-hour rules.')
d.p('This chart is one output of SEA-FAIR, a joint programme that the International Labour Organization (ILO), the Food and Agriculture Organization of the United Nations (FAO) and the International Organization for Migration (IOM) have been running since 2023 and that ends with the 2026 fishing season.')
d.p('The Harbour Master’s office checks crew lists at departure but is not a signatory. A tuna buyer, PT Samudra Biru, has been invited to join; nothing has been signed.', cls='fine')
d.raw('</div>')
d.q('On my first trip nobody told me when I could sleep. Now the rest hours are on the wall, and the skipper reads them too.', 'Yohanis Lumentut', 'deckhand on a pole-and-line vessel', cls='pull')
d.raw('</div></div>')
# strip
d.raw('<div class="strip"><div class="tile">')
d.h('Port desk', 2); d.contact('Meiske Rondonuwu', 'bitung@ilo.org', '+62 438 21 7740')
d.raw(f'<p>{E("Meiske Rondonuwu")}</p>'); d.i('Tel.: +62 438 21 7740'); d.i('Email: bitung@ilo.org')
d.raw('</div><div class="tile">'); d.h('Hotline (free)', 2); d.raw('<p class="big">'); d.raw(E(d.ign('0800 1 188 188'))); d.raw('</p>'); d.i('24 hours, in Indonesian and English')
d.raw('</div><div class="tile">'); d.h('Online', 2); d.raw(f'<p>{E(d.link("www.ilo.org/jakarta"))}</p>')
d.raw('</div><div>')
d.p('Produced with funding from the Japan International Cooperation Agency (JICA) under its 2025–2027 grant to the ILO. Crew figures quoted in the project come from Statistics Indonesia (BPS).', cls='fine')
d.p('Printed on water-resistant paper. Replace the chart when it fades.', cls='fine')
d.raw('</div></div></div>')
d.orgs(('International Labour Organization', 'ILO'), ('Provincial Government of North Sulawesi', None), ('Bitung Ocean Fishing Port Authority', 'BOFPA'),
       ('Fishers’ and Seafarers’ Union of North Sulawesi', 'FSUNS'), ('Association of Bitung Vessel Owners', 'ABVO'), ('Ministry of Marine Affairs and Fisheries', 'KKP'),
       ('Food and Agriculture Organization of the United Nations', 'FAO'), ('International Organization for Migration', 'IOM'), 'Sam Ratulangi University',
       'Harbour Master’s office', 'PT Samudra Biru', ('Japan International Cooperation Agency', 'JICA'), ('Statistics Indonesia', 'BPS'))
d.countries('ID', 'JP')
d.ps(['Provincial Government of North Sulawesi', 'BOFPA', 'FSUNS'], 'memorandum_of_understanding', 2024)
d.ps(['ABVO', 'KKP'], 'letter_of_intent', 2024)
d.ps(['ILO', 'FAO', 'IOM'], 'programme', 2023, 2026)
d.ps(['Sam Ratulangi University', 'FSUNS'], 'cooperation_agreement', 2022, 2026)
d.ps(['JICA', 'ILO'], 'funding', 2025, 2027)
d.build_chromium()
