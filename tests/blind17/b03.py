from common import *
CSS = '''
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Serif", serif; font-size: 8.6pt; line-height: 1.33; color: #1d2a22 }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 11mm 13mm 14mm; position: relative; overflow: hidden; page-break-after: always }
.page:last-child { page-break-after: auto }
.mast { font-family: "DejaVu Sans"; font-weight: bold; font-size: 26pt; letter-spacing: 1px; color: #2f5d3a; margin: 0 }
.issue { font-family: "DejaVu Sans"; font-size: 8pt; border-top: 2px solid #2f5d3a; border-bottom: 0.6px solid #2f5d3a; padding: 2px 0; margin: 2px 0 8px }
.kick { font-family: "DejaVu Sans"; font-size: 7pt; font-weight: bold; color: #9c5b1d; letter-spacing: 1.5px; margin: 0 0 2px }
h1.title { font-family: "DejaVu Sans"; font-size: 21pt; line-height: 1.1; margin: 0 0 4px }
h2 { font-family: "DejaVu Sans"; font-size: 13pt; line-height: 1.15; margin: 2px 0 3px }
h3 { font-family: "DejaVu Sans"; font-size: 9pt; margin: 6px 0 2px; color: #2f5d3a }
.stand { font-style: italic; font-size: 10pt; margin: 0 0 4px }
.by { font-family: "DejaVu Sans"; font-size: 7.2pt; font-weight: bold; color: #9c5b1d; margin: 0 0 5px }
.photo { height: 40mm; background: linear-gradient(135deg, #a9c3a1, #e8efe0 60%, #c9b27c); margin: 2px 0 1px }
.photo.small { height: 27mm }
.cap { font-family: "DejaVu Sans"; font-size: 6.8pt; font-style: italic; margin: 1px 0 0 }
.credit { font-family: "DejaVu Sans"; font-size: 6pt; color: #666; text-align: right; margin: 0 0 4px }
.cols2 { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #b8c7b4 }
.cols2 p { break-inside: avoid }
p { margin: 0 0 4px }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; border-top: 1.5px solid #2f5d3a; padding-top: 5px; margin-top: 6px }
.row2 { display: grid; grid-template-columns: 1.5fr 1fr; gap: 8mm; margin-top: 2px }
ul, ol { margin: 2px 0 4px 0; padding-left: 14px } li { margin: 0 0 1px } ul.sub { list-style: circle; margin: 1px 0 }
.box { background: #eef3ea; padding: 5px 8px 6px; border-left: 3px solid #2f5d3a }
table.ruled { border-collapse: collapse; width: 100%; font-family: "DejaVu Sans"; font-size: 7.4pt; margin-top: 2px }
table.ruled th { text-align: left; border-bottom: 1.2px solid #2f5d3a; padding: 2px 3px }
table.ruled td { border-bottom: 0.5px solid #bbb; padding: 2px 3px; vertical-align: top }
p.caption { font-family: "DejaVu Sans"; font-size: 6.6pt; font-style: italic; margin: 2px 0 6px }
blockquote.pull { margin: 6px 0; padding: 6px 0; border-top: 2px solid #9c5b1d; border-bottom: 2px solid #9c5b1d }
blockquote.pull p { font-size: 11.5pt; font-style: italic; color: #5b3510; margin: 0 } blockquote.pull p.who { font-size: 7.5pt; font-style: normal; color: #1d2a22; margin-top: 3px }
.foot { position: absolute; bottom: 6mm; left: 13mm; right: 13mm; font-family: "DejaVu Sans"; font-size: 7pt; color: #2f5d3a; border-top: 0.5px solid #2f5d3a; padding-top: 2px; display: flex; justify-content: space-between }
.contact p { font-family: "DejaVu Sans"; font-size: 7.4pt; margin: 0 }
'''
d = HTML('blind17-03-en-newsletter-malesi-sage', 'en', 'chromium', 'blind-newsletter-four-stories', 'wild sage pickers and drying-house workers, prices, contracts and health cover', css=CSS)
FL = 'The Highland Herb Letter · No. 7 · April 2026'
def foot(n):
    d.raw(f'<div class="foot"><span>{d.e(d.furn(FL))}</span><span>{d.e(d.furn(f"Page {n} of 2"))}</span></div>')
def by(s): d.raw(f'<p class="by">{d.e(d.credit(s))}</p>')
d.raw('<div class="page">')
d.i('The Highland Herb Letter', tag='p', cls='mast')
d.i('Newsletter of the ILO rural jobs project in Shkodër and Malësi e Madhe · No. 7 · April 2026', tag='p', cls='issue')
d.i('LEAD STORY · PRICES', cls='kick')
d.T('A written price for every kilo of sage')
d.p('Koplik, April 2026 — pickers, dryers and buyers of the northern hills have signed their first pact on prices, scales and payment days', cls='stand')
by('By Arta Kola')
d.raw('<div class="cols2">')
d.p('For as long as anyone in Vermosh can remember, a sack of wild sage was worth whatever the buyer’s scale said. This season the price will be chalked on a board at every collection point, and the scale will be checked twice a month.')
d.p('The Pickers’ Pact, an accord signed in 2024 by the Union of Herb Pickers and Dryers of Northern Albania, Alpin Herbs sh.p.k. and the Municipality of Malësi e Madhe, sets a floor price for dried leaf and a payment day every second Friday. Kastrati Transport, whose minibus line carries pickers up to the high pastures, is expected to sign the pact next year.')
d.p('The union receives financing from the Swiss Agency for Development and Cooperation (SDC) for the legal desk that explains the pact to pickers, under a grant running from 2025 to 2027. The Albanian Association of Medicinal Plant Exporters has criticised the floor price in the press; it is not part of the accord.')
d.raw('<div class="photo"></div>')
d.i('Dried sage is weighed in front of the picker at a collection point in Rrapshë.', cls='cap')
d.cr('Photo: ILO/Gentian Doda')
d.raw('</div>')
d.raw('<div class="row"><div>')
d.i('HEALTH', cls='kick')
d.h('A weekend doctor for the pickers', 1)
by('By Gjergj Marku')
d.p('Pickers leave the villages before dawn and come back after dark, when the Koplik Health Centre used to be closed. Snake bites, sprained ankles and back pain waited until Monday.')
d.p('The union raised the problem at every meeting for two years. This spring the health centre signed a cooperation agreement with it: a doctor now sees pickers on Saturday and Sunday evenings during the harvest.')
d.h('What the doctor checks', 2)
d.ul([('Cuts and bites from the slopes:', ['tetanus cover;', 'snake-bite kit in each village.']), 'Back and knee pain from heavy sacks.', 'Whether you are registered with the health insurance fund.'])
d.raw('</div><div>')
d.i('RADIO', cls='kick')
d.h('On the air before sunrise', 1)
by('By Liridona Berisha')
d.p('At 5.30 every Monday, Radio Bjeshka reads the week’s sage price, the weather on the passes and the union’s phone number. Radio Bjeshka and the union have been partners since 2022, long before the pact existed.')
d.p('The broadcasts are part of the joint programme of the International Labour Organization (ILO) and the United Nations Development Programme (UNDP) on rural jobs, which began two years ago and also trains young dryers in Shkodër.')
d.raw('<div class="photo small"></div>')
d.i('The Monday price bulletin is recorded in a converted shepherd’s hut above Tamarë.', cls='cap')
d.cr('Photo: ILO/Gentian Doda')
d.raw('</div></div>')
foot(1)
d.raw('</div><div class="page">')
d.raw('<div class="row2"><div>')
d.i('DRYING HOUSES', cls='kick')
d.h('Drying houses open their doors', 1)
by('By Pjetër Gjoni')
d.p('Most of the sage picked in Malësi e Madhe is dried in long sheds of wood and net, where the air is full of dust and the floors are slippery. Women turn the leaves by hand, often without gloves or a contract.')
d.p('The State Labour Inspectorate visited eleven drying houses in March as an observer of the pact and found written contracts in four. The Ministry of Finance and Economy of Albania, which oversees the inspectorate, has promised a short model contract in Albanian for seasonal dryers.')
d.raw('<div class="photo"></div>')
d.i('Since 2023 Alpin Herbs sh.p.k. and the Vermosh Women’s Association have run the Razëm drying house under a letter of intent: women set the shift rota themselves.', cls='cap')
d.cr('Photo: ILO/Gentian Doda')
d.h('Before you hand in your sack', 2)
d.ul(['Ask to see the price board and the date of the last scale check.', ('Watch the weighing:', ['the sack goes on the scale empty first;', 'the buyer writes the weight in your booklet.']), 'Keep the booklet until the payment Friday.'], tag='ol')
d.tab([['Date', 'What happens', 'Where']], [['2 May', 'Harvest opens, first price on the boards', 'All collection points'], ['16 May', 'First payment Friday', 'Koplik and Rrapshë'], ['6 June', 'Scale check by the inspectorate', 'Razëm, Vermosh, Tamarë'], ['4 July', 'Pickers’ day and meeting on the pact', 'St Nicholas Parish, Koplik']],
      caption='Dates agreed by the parties to the pact; they may move with the weather.')
d.raw('</div><div>')
d.raw('<div class="box">')
d.h('In brief', 2)
d.ul(['The union counts 1 140 members, up from 380 in 2023.', ('Registration desks for the Social Insurance Institute (ISSH) open in May:', ['Koplik on Tuesdays;', 'Shkodër on Thursdays.']), 'Bread and byrek for the pickers’ day come from Byrek Tonin, paid per order.', 'The parish of St Nicholas lends its hall for the July meeting.'])
d.raw('</div>')
d.q('For twenty years the buyer’s scale was the only law on the mountain. Now the price is written on the wall.', 'Anila Gjonaj', 'sage picker, Rrapshë')
d.p('The Albanian finance ministry is not a party to the pact. Member figures are the union’s own; population and export data come from the Institute of Statistics (INSTAT).')
d.h('Contact', 2)
d.contact('Ermira Leka', 'leka@ilo.org', '+355 4 227 6450')
d.raw('<div class="contact"><p>Ermira Leka</p>')
d.i('ILO project office, Shkodër')
d.i('Tel.: +355 4 227 6450'); d.i('Email: leka@ilo.org')
d.raw(f'<p>{d.e(d.link("www.ilo.org/budapest"))}</p></div>')
d.raw('</div></div>')
foot(2)
d.raw('</div>')
d.build_chromium()
d.orgs('Union of Herb Pickers and Dryers of Northern Albania', 'Alpin Herbs sh.p.k.', 'Municipality of Malësi e Madhe', 'Kastrati Transport', ('Swiss Agency for Development and Cooperation', 'SDC'),
       'Albanian Association of Medicinal Plant Exporters', 'Koplik Health Centre', 'Radio Bjeshka', ('International Labour Organization', 'ILO'), ('United Nations Development Programme', 'UNDP'),
       'State Labour Inspectorate', 'Ministry of Finance and Economy of Albania', 'Vermosh Women’s Association', ('Social Insurance Institute', 'ISSH'), 'Byrek Tonin', 'St Nicholas Parish', ('Institute of Statistics', 'INSTAT'))
d.countries('AL')
d.ps(['Union of Herb Pickers and Dryers of Northern Albania', 'Alpin Herbs sh.p.k.', 'Municipality of Malësi e Madhe'], 'cooperation_agreement', 2024)
d.ps(['SDC', 'Union of Herb Pickers and Dryers of Northern Albania'], 'funding', 2025, 2027)
d.ps(['Koplik Health Centre', 'Union of Herb Pickers and Dryers of Northern Albania'], 'cooperation_agreement', 2026)
d.ps(['Radio Bjeshka', 'Union of Herb Pickers and Dryers of Northern Albania'], 'partnership', 2022)
d.ps(['ILO', 'UNDP'], 'programme', 2024)
d.ps(['Alpin Herbs sh.p.k.', 'Vermosh Women’s Association'], 'letter_of_intent', 2023)
json.dump(d.t, open(f'{D}/{d.id}.truth.json', 'w'), ensure_ascii=False, indent=1)
