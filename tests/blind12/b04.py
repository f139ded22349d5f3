from common import *
css = '''
body { font-family: "DejaVu Sans"; font-size: 10pt; }
p.label { font-size: 9pt; font-weight: bold; color: #ffffff; background: #7a1f2b; letter-spacing: 2pt; }
h1.title { font-size: 24pt; color: #7a1f2b; }
p.lead { font-size: 12pt; font-style: italic; }
p.embargo { font-size: 9pt; font-weight: bold; color: #7a1f2b; }
h2 { font-size: 15pt; color: #7a1f2b; }
h3 { font-size: 11.5pt; color: #1d4e6b; }
p.caption { font-size: 8pt; font-style: italic; }
p.small { font-size: 8.5pt; }
blockquote { margin-left: 8mm; }
blockquote p { font-family: "DejaVu Serif"; font-style: italic; font-size: 11pt; }
blockquote p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 9pt; }
th { background: #1d4e6b; color: #ffffff; }
'''
d = HTML('blind12-04-en-presskit-duqm', 'en', 'libreoffice', 'blind-press-kit', 'safety of cold-store and fish-processing workers', css=css)
E = d.e
def pb(): d.raw('<p style="page-break-before: always"></p>')
# page 1 cover
d.i('PRESS KIT', cls='label')
d.i('ILO Regional Office for Arab States · Sultanate of Oman', cls='small')
d.T('Cold chain, safe hands: Oman launches a safety code for cold-store workers')
d.p('Duqm, 9 December 2025', cls='lead')
d.i('EMBARGOED UNTIL 9 December 2025, 10:00 GST', cls='embargo')
d.p('Some 6,200 people, almost all of them migrant workers, load, freeze and pack fish in the cold stores of Duqm and Sohar. Many spend whole shifts at minus 25 °C. Today’s launch sets common rules on exposure time, protective clothing and medical checks.')
d.h('In this kit', 1)
d.ul(['Media advisory', 'Fact sheet', ('Backgrounder', ['who signed what', 'how the code will be checked']), 'Spokespeople', 'Quotes for use', 'Media contacts'], tag='ol')
pb()
d.h('Media advisory', 1)
d.tab([], [['What', 'Launch of the Cold Store Safety Code and signing ceremony'], ['When', 'Tuesday 9 December 2025, 10:00–12:00'], ['Where', 'Duqm Convention Hall, Duqm'],
           ['Who', 'Ministers, employers, union leaders, cold-store workers'], ['Access', 'Accredited media; register by 7 December']], cls='kv', colw=['22%', '78%'])
d.h('Photo and filming opportunities', 2)
d.ul(['10:40 – signing of the memorandum of understanding', '11:15 – walk-through of the training bay at minus 25 °C (thermal jackets provided)', '11:45 – interviews with workers, on request'])
d.p('The Embassies of India and Bangladesh attend as observers. Photographs from the event will be available from Falaj Media, the agency contracted for the day.', cls='small')
pb()
d.h('Fact sheet', 1)
d.tab([['Indicator', 'Duqm', 'Sohar']], [['Cold-store workers', '3,900', '2,300'], ['Share of migrant workers', '94%', '89%'], ['Cold-related injuries reported in 2024', '61', '37'],
       ['Stores with a safety officer', '5 of 18', '3 of 11']], caption='Sources: National Centre for Statistics and Information (NCSI); MoL inspection reports, 2024.')
d.h('Key partners', 2)
d.tab([['Partner', 'Role', 'Agreement']], [['Special Economic Zone Authority at Duqm (SEZAD)', 'pays for the training bay', 'see backgrounder'],
       ['Duqm Vocational College', 'trains cold-store supervisors', 'agreement with Sultan Qaboos University (SQU), 2023–2026'],
       ['GFOTU', 'runs the workers’ help desk', '']])
d.h('Backgrounder', 1)
d.p('At today’s launch, the Ministry of Labour (MoL), the Oman Chamber of Commerce and Industry (OCCI) and the General Federation of Oman Trade Unions (GFOTU) signed a memorandum of understanding with the International Labour Organization (ILO) on the Cold Store Safety Code.')
d.p('SEZAD finances the Duqm training bay under a cost-sharing agreement with the ILO covering 2025–2028.')
d.p('The launch is part of a joint programme on workplace health that the ILO and the World Health Organization (WHO) have run in the Gulf since 2022; today it is extended until 2027.')
d.h('How the code will be checked', 2)
d.ul(['MoL inspectors visit every cold store at least twice a year.', 'Each store keeps a log of time spent below minus 18 °C, per worker and per shift.', 'Workers can report problems to the GFOTU help desk in six languages.'])
pb()
d.h('Spokespeople', 1)
d.h('Salim Al-Wahaibi', 2)
d.p('Salim Al-Wahaibi is chief executive of Al Wusta Cold Stores LLC, which signed a letter of intent with GFOTU in October on shift lengths in sub-zero rooms. He has worked in the fisheries sector for 22 years.')
d.h('Priya Menon', 2)
d.p('Priya Menon is an occupational safety specialist at the ILO Regional Office for Arab States. She led the drafting of the code with employers and unions.')
d.h('Quotes for use', 1)
d.q('Cold is invisible. You do not feel it until your fingers stop working. The code gives us the right to come out and warm up.', 'Abdul Karim Sheikh', 'forklift driver, Duqm')
d.q('A safe cold store is a productive cold store. We lose fewer days and fewer workers.', 'Salim Al-Wahaibi', 'chief executive, Al Wusta Cold Stores LLC')
d.h('Media contacts', 1)
d.contact('Rima Haddad', 'haddad@ilo.org', '+961 1 752 400')
d.contact('Khalid Al-Balushi', None, '+968 2521 4400')
d.raw('<table class="contacts" width="100%"><tr><td width="50%">')
d.raw(f'<p><b>{E("Rima Haddad")}</b></p>'); d.i('Communication officer, ILO Regional Office for Arab States, Beirut'); d.i('Tel.: +961 1 752 400'); d.i('Email: haddad@ilo.org')
d.raw(f'<p>{E(d.link("www.ilo.org/arabstates"))}</p>')
d.raw('</td><td width="50%">')
d.raw(f'<p><b>{E("Khalid Al-Balushi")}</b></p>'); d.i('Media office, SEZAD'); d.i('Tel.: +968 2521 4400')
d.raw('</td></tr></table>')
d.orgs(('ILO Regional Office for Arab States', None), ('Special Economic Zone Authority at Duqm', 'SEZAD'), 'Duqm Vocational College', ('Sultan Qaboos University', 'SQU'),
       ('General Federation of Oman Trade Unions', 'GFOTU'), ('Ministry of Labour', 'MoL'), ('Oman Chamber of Commerce and Industry', 'OCCI'), ('International Labour Organization', 'ILO'),
       ('World Health Organization', 'WHO'), 'Al Wusta Cold Stores LLC', ('National Centre for Statistics and Information', 'NCSI'), 'Falaj Media')
d.countries('OM', 'IN', 'BD')
d.ps(['MoL', 'OCCI', 'GFOTU', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['SEZAD', 'ILO'], 'funding', 2025, 2028)
d.ps(['ILO', 'WHO'], 'programme', 2022, 2027)
d.ps(['Duqm Vocational College', 'SQU'], 'cooperation_agreement', 2023, 2026)
d.ps(['Al Wusta Cold Stores LLC', 'GFOTU'], 'letter_of_intent', 2025)
d.build_lo(tagged=False)
