from common import *
css = '''body{font-family:"Liberation Serif";font-size:11pt;margin:0}
.label{font-family:"Liberation Sans";font-size:9pt;font-weight:bold;color:#ffffff;background:#1e2d78}
h1.title{font-family:"Liberation Sans";font-size:20pt;color:#1e2d78}
h2{font-family:"Liberation Sans";font-size:13pt;color:#1e2d78}
h3{font-family:"Liberation Sans";font-size:11pt;color:#333}
.stand{font-family:"Liberation Sans";font-size:12pt;font-weight:bold}
blockquote{margin-left:1cm;font-style:italic}
table.ruled td, table.ruled th{border:1px solid #888;padding:3px;font-family:"Liberation Sans";font-size:9.5pt}
.caption{font-size:8.5pt;color:#555}
.end{text-align:center}
.small{font-size:9pt;font-family:"Liberation Sans"}'''
d = HTML('blind8-01-en-kiln-children', 'en', 'libreoffice', 'blind-press-release', 'child labour in brick kilns', css=css)
d.i('PRESS RELEASE | FOR IMMEDIATE RELEASE', cls='label')
d.T('Kiln owners, government and unions sign pact to take children out of Uganda’s brickfields')
d.p('A three-year drive in Wakiso and Mukono districts will pair school places for children with safer, better-paid work for their parents', cls='stand')
d.p('KAMPALA, 14 October 2025 (ILO News) – More than 3,000 children who mould and carry bricks around Kampala are to be moved back into classrooms under an agreement signed here today by Uganda’s Government, its employers and its workers.')
d.p('The Ministry of Gender, Labour and Social Development (MGLSD), the Federation of Uganda Employers (FUE) and the National Organisation of Trade Unions (NOTU) put their names to a memorandum of understanding with the International Labour Organization (ILO) at a ceremony held at the Kampala Serena Hotel. The memorandum commits the three partners to a common list of hazardous tasks, joint kiln visits and a complaints line run by the unions.')
d.q('A kiln is no place for a ten-year-old. What we signed today gives every owner a clear rule and a way to stay in business without children.', 'Hon. Betty Amongi Nakato', 'Minister of State for Labour, Employment and Industrial Relations', cls='pull')
d.h('Money for school fees and for safer kilns', 1)
d.p('The programme, “Clay to Class”, is paid for by Ireland. Irish Aid signed a grant agreement with the ILO in 2024; the grant covers the period 2024–2027 and also finances mechanical brick presses that remove the heaviest lifting.')
d.p('Wakiso District Local Government has gone further: it agreed a pilot with the Uganda Brick Makers’ Association (UBMA) last year, in 2024, under which registered kilns get priority in district building contracts if no child under 16 works on site.')
d.p('Earlier this year, Centenary Bank signed a letter of intent with UBMA to open savings accounts for kiln workers and to lend to owners who buy presses. Separately, Makerere University’s School of Public Health will survey dust exposure at 40 kilns; it was engaged under a consultancy contract and is not a signatory.')
d.h('Where the children are', 2)
d.tab([['District', 'Kilns mapped', 'Children found working', 'Back in school (Sept. 2025)']],
      [['Wakiso', '412', '1,870', '640'], ['Mukono', '236', '1,190', '385'], ['Total', '648', '3,060', '1,025']], cls='ruled',
      caption='Table 1. Source: kiln census by UBMA and district labour officers, 2025; population figures from the Uganda Bureau of Statistics (UBOS).')
d.q('My son wanted to be a driver. For two years he only carried bricks. Now he is in Primary Five again and I am paid by the load, not by the day.', 'Sarah Nambooze', 'brick moulder, Kira', cls='pull')
d.p('The ILO will report on progress to the National Steering Committee on Child Labour, which UNICEF attends as an observer.')
d.h('Notes to editors', 1)
d.ul(['“Clay to Class” is implemented by the ILO Country Office for the United Republic of Tanzania, Kenya, Rwanda and Uganda, with a project team in Kampala.',
      ('The memorandum signed today sets out three commitments:', ['a hazardous-tasks list for brick-making, to be gazetted in 2026;', 'quarterly joint inspections by district labour officers and NOTU;', 'a free telephone line for complaints.']),
      'Uganda ratified the ILO Worst Forms of Child Labour Convention, 1999 (No. 182) in 2001.'], tag='ol')
d.h('About the ILO', 2)
d.p('The International Labour Organization brings together governments, employers and workers of 187 member States to set labour standards, develop policies and devise programmes promoting decent work for all women and men.')
d.h('Media contact', 2)
d.raw('<p class="small">')
d.contact('Josephine Akello', 'akello@ilo.org', '+256 414 251 057')
d.raw('Josephine Akello<br/>')
d.raw(d.e(d.ign('Communication Officer, ILO Project Office, Kampala')) + '<br/>')
d.raw('Tel.: +256 414 251 057<br/>Email: akello@ilo.org<br/>' + d.e(d.link('www.ilo.org/africa')) + '</p>')
d.i('###', cls='end')
d.orgs(('Ministry of Gender, Labour and Social Development', 'MGLSD'), ('Federation of Uganda Employers', 'FUE'),
       ('National Organisation of Trade Unions', 'NOTU'), ('International Labour Organization', 'ILO'), 'Kampala Serena Hotel', 'Irish Aid', 'Ireland',
       'Wakiso District Local Government', ('Uganda Brick Makers’ Association', 'UBMA'), 'Centenary Bank',
       'Makerere University’s School of Public Health', ('Uganda Bureau of Statistics', 'UBOS'), 'National Steering Committee on Child Labour', 'UNICEF',
       'ILO Country Office for the United Republic of Tanzania, Kenya, Rwanda and Uganda', 'ILO Project Office, Kampala')
d.countries('UG', 'IE', 'TZ', 'KE', 'RW')
d.ps(['MGLSD', 'FUE', 'NOTU', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Irish Aid', 'ILO'], 'funding', 2024, 2027)
d.ps(['Wakiso District Local Government', 'UBMA'], 'cooperation_agreement', 2024)
d.ps(['Centenary Bank', 'UBMA'], 'letter_of_intent', 2025)
d.buf = [x.replace('<table class="ruled">', '<table class="ruled" border="1" cellpadding="3" cellspacing="0">') for x in d.buf]
d.build_lo()
