from common import *
CSS = '''@page { size: A4; margin: 15mm 15mm 14mm 15mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; line-height: 1.33; color: #1d2b2a; margin: 0; }
.kind { display: inline-block; background: #0f6e63; color: #fff; font-weight: bold; letter-spacing: 2px; padding: 2px 8px; font-size: 8pt; margin: 0 0 5px 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 20pt; line-height: 1.15; margin: 2px 0 4px 0; color: #0b3d38; }
p.lead { font-size: 10pt; font-style: italic; margin: 0 0 8px 0; }
h2 { font-size: 11pt; color: #0f6e63; border-bottom: 1.2px solid #0f6e63; margin: 9px 0 4px 0; }
h3 { font-size: 9pt; margin: 7px 0 3px 0; color: #0b3d38; }
p { margin: 0 0 5px 0; }
ul, ol { margin: 0 0 5px 0; padding-left: 16px; } ul.sub { margin: 1px 0 1px 0; list-style-type: circle; }
table.prog { width: 100%; border-collapse: collapse; font-size: 8.2pt; margin-bottom: 2px; }
table.prog th { background: #0f6e63; color: #fff; text-align: left; padding: 3px 5px; }
table.prog td { border-bottom: 0.5px solid #9bbfb9; padding: 3px 5px; vertical-align: top; }
table.prog td:first-child { white-space: nowrap; font-weight: bold; color: #0f6e63; }
p.caption { font-size: 7.2pt; font-style: italic; color: #555; margin: 0 0 6px 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
.bio { border-left: 3px solid #e0a526; padding-left: 6px; margin-bottom: 6px; }
blockquote.pull { margin: 6px 0; padding: 6px 8px; background: #fff4d9; font-family: "DejaVu Serif", serif; }
blockquote.pull p { font-size: 10.5pt; font-style: italic; margin: 0 0 3px 0; } blockquote.pull p.who { font-size: 7.6pt; font-style: normal; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #0f6e63; border-top: 0.5px solid #0f6e63; padding-top: 2px; }
.small { font-size: 7.6pt; }
.brk { break-before: page; }
'''
d = HTML('blind18-02-en-programme-paje-seaweed', 'en', 'chromium', 'blind-event-programme-speaker-bios', 'health, injuries and social security of women seaweed farmers', css=CSS)
FOOT = 'Safe Mwani · validation workshop · Paje, 14 May 2026'
d.furn(FOOT); d.furn(FOOT)
d.raw(f'<div class="foot">{d.e(FOOT)}</div>')
d.i('PROGRAMME', 'div', 'kind')
d.T('Safe hands in the water: a workshop on seaweed farmers’ health and social security')
d.p('Paje, Zanzibar, Thursday 14 May 2026 — Sea Breeze Lodge, south hall, 08:30 to 16:30', 'lead')
d.p('Some 23 000 people farm seaweed on the east coast of Unguja, nine in ten of them women. They spend up to six hours a day in the water at low tide, and sea-urchin wounds, skin rashes and back pain are part of the job. This workshop will validate the findings of the first health survey of farmers in Paje, Jambiani and Bwejuu and agree on next steps.')
d.h('Why you should come', 1)
d.ul([('to hear what 612 farmers told the survey team:', ['how many days of work they lost to injury last season;', 'what they pay for a clinic visit.']), 'to test the draft enrolment card for the Zanzibar Social Security Fund (ZSSF);', 'to meet the buyers, the bank and the union in one room.'])
d.h('Morning sessions', 1)
d.tab([['Time', 'Session', 'Speaker']], [
    ['08:30', 'Registration and tea', '—'],
    ['09:00', 'Opening remarks', 'Principal Secretary, Ministry of Blue Economy and Fisheries of Zanzibar'],
    ['09:20', 'What the survey found: injuries, rashes and lost days', 'Dr Salma Juma Khamis'],
    ['10:15', 'Enrolling in the ZSSF: the 2023 memorandum one season on', 'Hamza Ali Mussa'],
    ['11:00', 'Tea break', '—'],
    ['11:20', 'Radio hour, recorded live by Coconut FM 88.7 and ZATUC under their 2025 letter of intent', 'Rehema Said'],
], 'prog', caption='Sessions are held in Kiswahili, with English interpretation.', colw=['13%', '55%', '32%'])
d.h('Afternoon sessions', 1)
d.tab([['Time', 'Session', 'Speaker']], [
    ['12:30', 'Lunch', '—'],
    ['13:30', 'A floor price for dried seaweed: the Paje Shore Compact', 'Mwanaisha Haji'],
    ['14:30', 'Working groups: gloves and shoes, drying sheds, savings', 'All participants'],
    ['15:45', 'Validation of the findings and closing', 'Kassim Othman, ILO'],
], 'prog', colw=['13%', '55%', '32%'])
d.h('Before the day', 2)
d.ul(['Confirm your place by 8 May.', 'Bring your cooperative membership card.', ('If you need transport, tell us where you will be picked up:', ['Jambiani market at 07:30;', 'Bwejuu mosque at 07:45.'])], tag='ol')
d.raw('<div class="brk"></div>')
d.h('About the speakers', 1)
d.raw('<div class="grid"><div>')
d.p('Dr Salma Juma Khamis is a public-health doctor at Makunduchi Cottage Hospital. She led the survey team and has treated farmers for sea-urchin wounds for twelve years.', 'bio')
d.p('Hamza Ali Mussa heads the informal-sector desk of the ZSSF. The Fund is a signatory of the 2023 memorandum on seaweed farmers’ cover, alongside the Zanzibar Trade Union Congress (ZATUC) and the Jambiani Mwani Women’s Cooperative.', 'bio')
d.p('Rehema Said presents the morning show on Coconut FM 88.7, a community radio station in Paje, and collects farmers’ questions by text message during the week.', 'bio')
d.raw('</div><div>')
d.p('Mwanaisha Haji chairs the Jambiani Mwani Women’s Cooperative, which teamed up with Bahari Blue, a processor of seaweed soap and gel, in 2024 to build two shaded drying sheds.', 'bio')
d.p('Kassim Othman coordinates the Safe Mwani programme of the International Labour Organization (ILO) in Zanzibar. Before joining the ILO he was a fisheries officer in Pemba.', 'bio')
d.raw('</div></div>')
d.h('Who is behind Safe Mwani', 1)
d.p('Safe Mwani receives financing from Global Affairs Canada (GAC), through a grant to the ILO for 2025–2028.')
d.p('The People’s Bank of Zanzibar (PBZ) has funded the cooperative’s tool library since 2021; members borrow gloves, reef shoes and ropes against a small deposit.')
d.p('The Paje Shore Compact was agreed two years ago by Bahari Blue and ZATUC. It sets a floor price for dried seaweed that is reviewed every season.')
d.h('Also in the room', 2)
d.p('The Tanzania Fisheries Research Institute (TAFIRI) attends as an observer. The Zanzibar Exporters’ Forum has criticised the floor price and is not a party to the compact. Makunduchi Cottage Hospital is expected to sign a referral agreement with the ZSSF next year. The hall is hired from Sea Breeze Lodge; lunch is made by Mama Zuhura’s Kitchen and paid per plate. Survey weights come from the Office of the Chief Government Statistician (OCGS).', 'small')
d.q('When the tide is out, we are out. Nobody should lose a month of work to a sea-urchin spine.', 'Tatu Mohamed Juma', 'seaweed farmer, Bwejuu')
d.h('Registration and contact', 2)
d.contact('Kassim Othman', 'othman@ilo.org', '+255 24 223 1178')
d.raw('<p class="small">Kassim Othman<br>' + d.e(d.ign('ILO Country Office for the United Republic of Tanzania, Burundi, Kenya, Rwanda and Uganda')) + '<br>' + d.e(d.ign('Tel.: +255 24 223 1178')) + '<br>' + d.e(d.ign('Email: othman@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/daressalaam')) + '</p>')
d.orgs(('Zanzibar Social Security Fund', 'ZSSF'), 'Sea Breeze Lodge', 'Ministry of Blue Economy and Fisheries of Zanzibar', 'Coconut FM 88.7', ('Zanzibar Trade Union Congress', 'ZATUC'),
       'Makunduchi Cottage Hospital', 'Jambiani Mwani Women’s Cooperative', 'Bahari Blue', ('International Labour Organization', 'ILO'), ('Global Affairs Canada', 'GAC'),
       ('People’s Bank of Zanzibar', 'PBZ'), ('Tanzania Fisheries Research Institute', 'TAFIRI'), 'Zanzibar Exporters’ Forum', 'Mama Zuhura’s Kitchen', ('Office of the Chief Government Statistician', 'OCGS'))
d.countries('TZ', 'CA', 'BI', 'KE', 'RW', 'UG')
d.ps(['ZSSF', 'ZATUC', 'Jambiani Mwani Women’s Cooperative'], 'memorandum_of_understanding', 2023)
d.ps(['Coconut FM 88.7', 'ZATUC'], 'letter_of_intent', 2025)
d.ps(['Jambiani Mwani Women’s Cooperative', 'Bahari Blue'], 'partnership', 2024)
d.ps(['GAC', 'ILO'], 'funding', 2025, 2028)
d.ps(['PBZ', 'Jambiani Mwani Women’s Cooperative'], 'funding', 2021)
d.ps(['Bahari Blue', 'ZATUC'], 'cooperation_agreement', 2024)
d.build_chromium()
