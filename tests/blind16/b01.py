from common import *
css = '''@page{size:A4;margin:10mm 12mm}
body{font-family:"DejaVu Sans",sans-serif;font-size:8.3pt;line-height:1.28;color:#1d1d1b}
.kind{font-size:8pt;letter-spacing:2px;font-weight:bold;color:#fff;background:#2e7d32;display:inline-block;padding:2px 8px}
h1.title{font-size:22pt;line-height:1.1;margin:6px 0 4px;color:#1b5e20}
p.lead{font-size:10.5pt;font-style:italic;margin:0 0 8px}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:6px;margin:4px 0 10px}
.tile{border:1.5px solid #2e7d32;border-radius:6px;padding:5px 7px;text-align:center}
.tile .n{font-size:20pt;font-weight:bold;color:#2e7d32;margin:0}.tile .l{font-size:7.5pt;margin:0}
h2{font-size:12pt;color:#1b5e20;border-bottom:2px solid #a5d6a7;margin:8px 0 4px}
h3{font-size:9.5pt;color:#33691e;margin:6px 0 3px}
table.card{border-collapse:collapse;width:100%;font-size:8.2pt}
table.card th{background:#1b5e20;color:#fff;text-align:left;padding:3px 5px}
table.card td{border-bottom:0.6px solid #9e9e9e;padding:3px 5px;vertical-align:top}
table.card td:nth-child(3){font-size:13pt;font-weight:bold;color:#c62828;text-align:center}
p.caption{font-size:7pt;font-style:italic;color:#555;margin:2px 0 6px}
.cols{display:grid;grid-template-columns:1.15fr 1fr;gap:14px}
ul,ol{margin:2px 0 4px;padding-left:16px} ul.sub{list-style:circle}
blockquote.pull{margin:8px 0;padding:6px 10px;background:#f1f8e9;border-left:4px solid #2e7d32;font-size:10pt}
blockquote p{margin:0}.who{font-size:7.8pt;margin-top:3px!important}
p.small{font-size:7.6pt;color:#333}
.contact p{margin:0;font-size:8pt}
'''
d = HTML('blind16-01-en-reportcard-chanthaburi-durian', 'en', 'chromium', 'blind-donor-report-card', 'durian packing houses, heat, night shifts and injury cover', css=css)
d.i('PARTNER REPORT CARD · SEASON 2025', 'div', 'kind')
d.T('Durian season scorecard: how the partners did in 2025')
d.p('Chanthaburi, 28 October 2025 — an end-of-season report on heat, night shifts and injury cover in the durian packing houses of Chanthaburi and Rayong, prepared for the Ministry of Labour of Thailand and the donors.', 'lead')
tiles = [('41', 'packing houses inspected'), ('3,900', 'night-shift packers insured'), ('12', 'heat-stroke cases, down from 29 in 2023'), ('6', 'agreements in force')]
d.raw('<div class="tiles">' + ''.join(f'<div class="tile"><p class="n">{d.e(d.ign(n))}</p><p class="l">{d.e(d.ign(l))}</p></div>' for n, l in tiles) + '</div>')
d.h('Grades at a glance', 1)
d.tab([['Partner', 'Promise for 2025', 'Grade', 'Comment']],
      [['DLPW', 'Inspect every packing house before the May peak', 'A', '41 of 41 inspected by 30 April'],
       ['Chanthaburi Durian Packers’ Association', 'Shaded rest areas and cool water every two hours', 'B', 'Water everywhere; shade in 29 houses'],
       ['SSO', 'Enrol night-shift packers, including migrants', 'B', '3,900 enrolled against a target of 5,000'],
       ['Golden Thorn Fruits', 'Heat alerts on local radio', 'A', 'Letter of intent with Saeng Arun FM 98.5 signed in 2025; alerts at 11:00 and 15:00'],
       ['Prapokklao Hospital', 'Heat-stroke triage at the night market', 'A', '12 cases treated, none fatal']],
      cls='card', caption='Grades agreed by the season review panel, 21 October 2025. A = promise kept; B = mostly kept; C = not kept.', colw=['24%', '33%', '9%', '34%'])
d.raw('<div class="cols"><div>')
d.h('What the partners signed', 1)
d.h('Funding', 2)
d.p('Switzerland, through the State Secretariat for Economic Affairs (SECO), approved a contribution of USD 2.4 million to the International Labour Organization (ILO) for 2025–2027, which pays for the inspections and the radio alerts.')
d.p('The Tha Mai Women’s Savings Group opened a crèche for packers’ children last year with support from Golden Thorn Fruits, which gives the group a grant of THB 600,000 a year until 2026.')
d.h('Agreements on the ground', 2)
d.p('The 2024 heat-safety memorandum bears the signatures of the Department of Labour Protection and Welfare (DLPW), the Chanthaburi Durian Packers’ Association, the Eastern Fruit Workers’ Union and Prapokklao Hospital.')
d.p('The union then approached the Social Security Office (SSO) about injury cover for the night shift. The two signed a cooperation agreement two years ago, and it now covers packers from Myanmar and Cambodia as well.')
d.p('Training on heat and fatigue is part of the joint programme of the ILO and UN Women on women in agricultural value chains, which started in 2022 and runs until 2026.')
d.raw('</div><div>')
d.h('What workers should know', 1)
d.ul([('Drink before you are thirsty:', ['one cup of water every 20 minutes;', 'no energy drinks on the night shift.']), 'Ask for the shaded rest area; it is your right.', 'Report dizziness or cramps to the line leader at once.'])
d.h('On a night shift', 2)
d.ul(['Check that your name is on the SSO list before the shift.', 'Work in pairs at the loading bay.', 'Call 1506 if you are injured and the employer does not report it.'], tag='ol')
d.q('Last April the thermometer in our shed read 39 degrees at midnight. This season we had fans, water and a break every two hours.', 'Nang Hseng', 'packer and union member, Tha Mai')
d.h('Who else took part', 1)
d.p('The Thai Ministry of Labour chaired the review panel but is not a party to any of these agreements. The Embassy of Cambodia attended as an observer. Mekong Fresh Logistics was invited to join the radio alerts, but nothing has been signed. Pattana & Sons Cold Chain Co., Ltd. installed the fans under a paid contract. Temperature figures come from the Thai Meteorological Department.', 'small')
d.h('Contact', 2)
d.contact('Siriporn Wattanakul', 'wattanakul@ilo.org', '+66 2 288 1710')
d.raw('<div class="contact"><p>Siriporn Wattanakul</p>')
for s in ['ILO Country Office for Thailand, Cambodia and Lao PDR', 'Tel.: +66 2 288 1710', 'Email: wattanakul@ilo.org']: d.raw(f'<p>{d.e(d.ign(s))}</p>')
d.raw(f'<p>{d.e(d.link("www.ilo.org/bangkok"))}</p></div>')
d.raw('</div></div>')
d.orgs('Ministry of Labour of Thailand', ('Department of Labour Protection and Welfare', 'DLPW'), 'Chanthaburi Durian Packers’ Association', ('Social Security Office', 'SSO'),
       'Golden Thorn Fruits', 'Saeng Arun FM 98.5', 'Prapokklao Hospital', ('State Secretariat for Economic Affairs', 'SECO'), ('International Labour Organization', 'ILO'),
       'Tha Mai Women’s Savings Group', 'Eastern Fruit Workers’ Union', 'UN Women', 'Embassy of Cambodia', 'Mekong Fresh Logistics', 'Pattana & Sons Cold Chain Co., Ltd.',
       'Thai Meteorological Department')
d.countries('TH', 'CH', 'MM', 'KH', 'LA')
d.ps(['Golden Thorn Fruits', 'Saeng Arun FM 98.5'], 'letter_of_intent', 2025)
d.ps(['SECO', 'ILO'], 'funding', 2025, 2027)
d.ps(['Golden Thorn Fruits', 'Tha Mai Women’s Savings Group'], 'funding', 2024, 2026)
d.ps(['DLPW', 'Chanthaburi Durian Packers’ Association', 'Eastern Fruit Workers’ Union', 'Prapokklao Hospital'], 'memorandum_of_understanding', 2024)
d.ps(['Eastern Fruit Workers’ Union', 'SSO'], 'cooperation_agreement', 2023)
d.ps(['ILO', 'UN Women'], 'programme', 2022, 2026)
d.build_chromium()
