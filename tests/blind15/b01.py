from common import *
css = '''
@page { size: A4; margin: 11mm 12mm 10mm 12mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 8.1pt; line-height: 1.32; color: #222; margin: 0; }
.band { background: #2f4f2f; color: #f5e9c8; padding: 6px 10px; display: flex; justify-content: space-between; font-size: 7.5pt; letter-spacing: 1.5px; font-weight: bold; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 21pt; margin: 7px 0 2px 0; color: #2f4f2f; }
p.lead { font-style: italic; font-size: 9.5pt; margin: 0 0 6px 0; }
table.details { border-collapse: collapse; width: 100%; margin-bottom: 6px; border: 1.2px solid #2f4f2f; }
table.details td { border: 0.6px solid #8a9a7a; padding: 3px 6px; }
table.details td:nth-child(odd) { background: #eef1e6; font-weight: bold; width: 16%; }
table.grades { border-collapse: collapse; width: 100%; }
table.grades th { background: #2f4f2f; color: white; text-align: left; padding: 3px 5px; font-size: 7.8pt; }
table.grades td { border-bottom: 0.6px solid #9aa; padding: 3px 5px; vertical-align: top; }
table.grades td:nth-child(2) { font-family: "DejaVu Serif"; font-size: 13pt; font-weight: bold; color: #a33; text-align: center; width: 9%; }
p.caption { font-size: 6.8pt; font-style: italic; margin: 2px 0 6px 0; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; }
h2 { font-size: 10.5pt; color: #2f4f2f; margin: 7px 0 3px 0; border-bottom: 1.5px solid #c9a227; padding-bottom: 1px; }
h3 { font-size: 8.8pt; margin: 5px 0 2px 0; color: #6b4e16; }
p { margin: 0 0 4px 0; }
ul, ol { margin: 0 0 4px 0; padding-left: 14px; } ul.sub { list-style: circle; padding-left: 13px; margin: 0; }
blockquote.pull { margin: 6px 0; padding: 5px 8px; background: #f7f0da; border-left: 4px solid #c9a227; }
blockquote.pull p { font-family: "DejaVu Serif"; font-style: italic; font-size: 9pt; margin: 0; }
blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7pt; margin-top: 3px; }
.sign { display: flex; justify-content: space-between; margin-top: 10px; font-size: 7pt; }
.sign div { border-top: 0.8px solid #333; width: 40%; padding-top: 2px; }
.stamp { display: inline-block; border: 2px solid #a33; color: #a33; font-weight: bold; padding: 2px 6px; transform: rotate(-3deg); font-size: 8pt; margin: 6px 0 0 30px; }
p.small { font-size: 7pt; color: #444; }
.contact p { margin: 0; font-size: 7.5pt; }
'''
d = HTML('blind15-01-en-reportcard-namibia-charcoal', 'en', 'chromium', 'blind-report-card', 'charcoal burners, contracts, housing and social security', css=css)
d.raw('<div class="band">')
d.i('PROGRESS REPORT CARD', tag='span'); d.i('YEAR 2 OF 4 · TERM 1', tag='span')
d.raw('</div>')
d.T('Report card: decent work in Namibia’s charcoal belt')
d.p('Otjiwarongo, 14 July 2026 — how the project did in the first half of the year, graded by the burners it works for', cls='lead')
d.tab([], [['Pupil', 'Decent Work for Charcoal Burners project', 'Class', 'Otjozondjupa and Oshikoto regions'],
           ['Term', 'January–June 2026', 'Class teacher', 'Review panel of burners and farm owners']], cls='details')
d.h('Grades for January–June 2026', 1)
d.tab([['Subject', 'Grade', 'Remarks']],
      [['Written contracts for burners', 'B+', '1 140 burners now hold one; Harbourline Charcoal still pays by the bag without a contract.'],
       ['Masks and gloves at the kilns', 'C', 'Handed out on 70 farms, worn on fewer than half.'],
       ['Social security registration', 'B', '860 burners registered, most of them for the first time.'],
       ['Clinic visits to the camps', 'A', 'Monthly mobile clinic of Grootfontein State Hospital, under its 2025 cooperation agreement with the Charcoal Burners’ Union of Namibia.'],
       ['Housing in the camps', 'D', 'Tents are still the only shelter on 4 farms in 10.']],
      cls='grades', colw=['30%', '9%', '61%'], caption='Grades agreed at the review meeting of 30 June 2026. A = target met; D = far behind.')
d.raw('<div class="cols"><div>')
d.h('Teacher’s remarks', 1)
d.p('A good term for contracts and clinics, a poor one for housing. The panel asks the farm owners to move faster on brick sleeping rooms before the cold months.')
d.h('Conduct', 2)
d.ul([('Farm owners who took part:', ['open their camps to the union every month;', 'pay into social security for each burner.']), 'Burners keep their kilns 50 metres from the sleeping places.', 'Nobody under 18 works at a kiln.'])
d.h('Attendance', 2)
d.p('Eleven of twelve monthly camp meetings were held; the March meeting was lost to the floods near Otavi. In the second half of 2024 only seven were held.')
d.h('Homework for the next term', 1)
d.ul([('Finish the sleeping rooms on the 20 worst farms:', ['bricks bought in bulk by the union;', 'burners paid for the building days.']), 'Bring 500 more burners into social security.', 'Check that masks are worn, not just handed out.'], tag='ol')
d.raw('</div><div>')
d.h('Who is in the class', 1)
d.p('The project rests on a memorandum of understanding signed two years ago by three bodies: the Namibian Ministry of Labour, Industrial Relations and Employment Creation, the Charcoal Burners’ Union of Namibia (CBUN) and Kalahari Ember Exports.')
d.p('Ireland, through Irish Aid, approved a contribution of USD 1.8 million to the International Labour Organization (ILO) for 2025–2028.')
d.p('Kiln-safety courses are taught under the Otjiwarongo Vocational Training Centre–CBUN Partnership Agreement 2025–2027.')
d.p('The union had long wanted a savings scheme for the burners’ families. Last year it found a partner in the Otjiwarongo Women’s Savings Circle, and the two signed a letter of intent in March.')
d.p('The project is part of the joint programme of the ILO and the Food and Agriculture Organization of the United Nations (FAO) on bush-to-feed value chains, which began in 2023.')
d.p('Labour inspectors of the Ministry of Labour, Industrial Relations and Employment Creation of Namibia visited 62 farms this term. The Namibia Charcoal Association sat on the review panel but has signed nothing; the Embassy of Ireland attended as an observer. Bush Logistics cc carries masks and bricks to the farms under a paid contract. Figures come from the Namibia Statistics Agency (NSA).', cls='small')
d.q('Before the card, nobody told us how we were doing. Now the farm owners read it too, and they do not like a D.', 'Selma Nghipandulwa', 'kiln supervisor and CBUN shop steward, Otavi')
d.h('Contact', 2)
d.contact('Johannes Shikongo', 'shikongo@ilo.org', '+264 61 238 418')
d.raw('<div class="contact"><p>Johannes Shikongo</p>')
d.i('ILO Country Office for Namibia, South Africa, Botswana, Lesotho and Eswatini')
d.i('Tel.: +264 61 238 418'); d.i('Email: shikongo@ilo.org')
d.raw(f'<p>{d.link("www.ilo.org/pretoria")}</p></div>')
d.raw('<div class="sign">'); d.i('Class teacher', tag='div'); d.i('Head of the review panel', tag='div'); d.raw('</div>')
d.i('REVIEWED', tag='span', cls='stamp')
d.raw('</div></div>')
d.orgs(('Charcoal Burners’ Union of Namibia', 'CBUN'), 'Harbourline Charcoal', 'Grootfontein State Hospital', 'Namibian Ministry of Labour, Industrial Relations and Employment Creation',
       'Kalahari Ember Exports', 'Irish Aid', ('International Labour Organization', 'ILO'), 'Otjiwarongo Vocational Training Centre', 'Otjiwarongo Women’s Savings Circle',
       ('Food and Agriculture Organization of the United Nations', 'FAO'), 'Namibia Charcoal Association', 'Embassy of Ireland', 'Bush Logistics cc', ('Namibia Statistics Agency', 'NSA'))
d.countries('NA', 'IE', 'ZA', 'BW', 'LS', 'SZ')
d.ps(['Grootfontein State Hospital', 'CBUN'], 'cooperation_agreement', 2025)
d.ps(['Namibian Ministry of Labour, Industrial Relations and Employment Creation', 'CBUN', 'Kalahari Ember Exports'], 'memorandum_of_understanding', 2024)
d.ps(['Irish Aid', 'ILO'], 'funding', 2025, 2028)
d.ps(['Otjiwarongo Vocational Training Centre', 'CBUN'], 'cooperation_agreement', 2025, 2027)
d.ps(['CBUN', 'Otjiwarongo Women’s Savings Circle'], 'letter_of_intent', 2025)
d.ps(['ILO', 'FAO'], 'programme', 2023)
d.build_chromium()
