from common import *
css = '''@page{size:A4;margin:12mm}body{font-family:"DejaVu Serif",serif;font-size:9.3pt;line-height:1.32;color:#111;hyphens:manual}
.mast{font-family:"DejaVu Sans";font-weight:bold;font-size:34pt;text-align:center;letter-spacing:3px;margin:0;border-bottom:3px double #111}
.issue{font-family:"DejaVu Sans";font-size:8pt;text-align:center;border-bottom:1px solid #111;padding:2px 0;margin:2px 0 6px}
h1.title{font-size:22pt;line-height:1.1;margin:4px 0 4px}
.stand{font-style:italic;font-size:10.5pt;margin:0 0 6px}
.cols{column-count:3;column-gap:6mm;column-rule:0.5px solid #888}
.cols p,.cols li,.cols table,blockquote{break-inside:avoid}
h2{font-family:"DejaVu Sans";font-size:11.5pt;margin:4px 0 3px;break-after:avoid}
h3{font-family:"DejaVu Sans";font-size:9.5pt;margin:4px 0 2px;color:#7a1f1f;break-after:avoid}
p{margin:0 0 4px;text-align:left}
.box{background:#efe9dc;padding:4px 6px;break-inside:avoid;margin:4px 0}
ul,ol{margin:0 0 4px;padding-left:14px}ul.sub{padding-left:12px}
table.ruled{border-collapse:collapse;width:100%;font-family:"DejaVu Sans Condensed","DejaVu Sans";font-size:7.6pt;margin:3px 0}
table.ruled th,table.ruled td{border-top:0.6px solid #555;border-bottom:0.6px solid #555;padding:2px;text-align:left;vertical-align:top}
.caption{font-size:7pt;font-style:italic}table.ruled td:first-child{white-space:nowrap}
blockquote{margin:4px 0;padding:3px 6px;border-left:3px solid #7a1f1f}blockquote p{font-size:10pt;font-style:italic;margin:0}blockquote p.who{font-style:normal;font-size:8pt}
.small{font-size:7.6pt}'''
d = HTML('blind14-01-en-gazette-ilam-tea', 'en', 'chromium', 'blind-newspaper-front', 'tea estate workers, wages and crèches', css=css)
d.i('THE ESTATE GAZETTE', cls='mast')
d.i('Ilam, Nepal · Vol. 3 · No. 11 · Friday 14 November 2025 · Published with the International Labour Organization (ILO)', cls='issue')
d.T('Pluckers win a say on the daily wage')
d.p('Tea estates in Ilam and Jhapa agree to negotiate piece rates every two years, as crèches open on six estates', cls='stand')
d.raw('<div class="cols">')
d.p('Women who pluck tea on the hill estates of Ilam will from next season sit at the table where the rate per kilo is set. A memorandum of understanding on wage setting now binds three bodies: the Nepal Tea Planters’ Association (NTPA), the Independent Tea Workers’ Union of Nepal (ITWUN) and the Ministry of Labour, Employment and Social Security. It was signed in Kathmandu in 2023 and takes full effect on the 2026 first flush.')
d.p('The ILO’s role is to train both sides. Germany pays for that training through the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ), whose grant to the ILO runs from 2024 to 2027.')
d.h('Crèches on six estates', 1)
d.p('Last month, Ilam Municipality and Kanyam Tea Estate Pvt. Ltd. exchanged a letter of intent on a crèche beside the factory gate. Five other estates have opened rooms of their own.')
d.p('A joint programme on estate child care has been run by the ILO and the United Nations Children’s Fund (UNICEF) since 2024.')
d.tab([['Estate', 'Commitment', 'Status']],
      [['Kanyam Tea Estate', 'Crèche for 40 children', 'Building'],
       ['Mai Valley Tea Estate', 'Cooperation agreement with the District Health Office, Ilam, on a clinic nurse (2022, renewed in 2025 until 2028)', 'In force'],
       ['Fikkal Hill Garden', 'Shaded rest shelter', 'Done'],
       ['Sakhejung Estate', 'Drinking water on every section', 'Planned']], caption='Table 1. Estate commitments reported to the Gazette.')
d.h('What changes for pluckers', 1)
d.ul([('A rate per kilo negotiated every two years:', ['first round in February 2026;', 'a floor equal to the minimum wage.']), 'Weighing done in front of the worker, with a printed slip.', 'Paid leave for the day of a child’s vaccination.'])
d.q('For twenty years the rate was pinned on the factory wall. Now we will argue for it ourselves.', 'Sushila Rai', 'ITWUN section leader, Kanyam')
d.h('Who else was there', 1)
d.p('The National Tea and Coffee Development Board (NTCDB) attended the signing as an observer. The Himalayan Orthodox Tea Producers’ Association (HOTPA) has been invited to join, but nothing has been signed. The crèche rooms were fitted out by Pathivara Builders under a paid contract, and wage figures come from Nepal Rastra Bank.')
d.raw('<div class="box">')
d.h('Figures', 2)
d.tab([['', '2023', '2025']], [['Daily wage (NPR)', '438', '512'], ['Estates with a crèche', '1', '6'], ['Union members', '2 150', '3 480']])
d.h('Contact', 2)
d.contact('Bikash Thapa', 'thapa@ilo.org', '+977 1 555 0142')
d.raw('<p class="small">Bikash Thapa<br>' + d.e(d.ign('ILO Country Office for Nepal, Kathmandu')) + '<br>' + d.e(d.ign('Tel.: +977 1 555 0142')) + '<br>' + d.e(d.ign('Email: thapa@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/kathmandu')) + '</p>')
d.raw('</div></div>')
d.orgs(('International Labour Organization', 'ILO'), ('Nepal Tea Planters’ Association', 'NTPA'), ('Independent Tea Workers’ Union of Nepal', 'ITWUN'), 'Ministry of Labour, Employment and Social Security',
       ('Deutsche Gesellschaft für Internationale Zusammenarbeit', 'GIZ'), 'Ilam Municipality', 'Kanyam Tea Estate Pvt. Ltd.', ('United Nations Children’s Fund', 'UNICEF'),
       'Mai Valley Tea Estate', 'District Health Office, Ilam', 'Fikkal Hill Garden', 'Sakhejung Estate', ('National Tea and Coffee Development Board', 'NTCDB'),
       ('Himalayan Orthodox Tea Producers’ Association', 'HOTPA'), 'Pathivara Builders', 'Nepal Rastra Bank')
d.countries('NP', 'DE')
d.ps(['NTPA', 'ITWUN', 'Ministry of Labour, Employment and Social Security'], 'memorandum_of_understanding', 2023)
d.ps(['GIZ', 'ILO'], 'funding', 2024, 2027)
d.ps(['Ilam Municipality', 'Kanyam Tea Estate Pvt. Ltd.'], 'letter_of_intent', 2025)
d.ps(['ILO', 'UNICEF'], 'programme', 2024)
d.ps(['Mai Valley Tea Estate', 'District Health Office, Ilam'], 'cooperation_agreement', 2022, 2028)
d.build_chromium()
