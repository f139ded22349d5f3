from common import *
ID = 'blind13-04-en-postcards-tonga-seasonal'
d = Typ(ID, 'en', 'typst', 'blind-postcards', 'seasonal farm workers, labour mobility and return')
HL = 'Postcards from the season · Tonga–Australia'
pre = '''#set page(paper: "a4", margin: (x: 14mm, top: 18mm, bottom: 16mm),
  header: [#set text(7.5pt, fill: rgb("#0b5c6b")); %s #h(1fr) ILO Pacific #line(length: 100%%, stroke: 0.4pt + rgb("#0b5c6b"))],
  footer: context [#set text(7.5pt); #h(1fr) #counter(page).display() / 3 #h(1fr)])
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "en")
#set par(leading: 0.55em, spacing: 0.8em)
#show heading.where(level: 1): it => block(above: 4mm, below: 2.5mm)[#set text(13pt, fill: rgb("#0b5c6b")); #it.body]
#show heading.where(level: 2): it => block(above: 1.5mm, below: 1.5mm)[#set text(9.8pt, fill: rgb("#c0392b")); #it.body]
#let pic(top, bottom, c1, c2) = rect(width: 100%%, height: 100%%, radius: 2mm, fill: gradient.linear(c1, c2, angle: 90deg), inset: 4mm)[
  #set text(fill: white); #text(7pt)[#top] #v(1fr) #text(15pt, weight: "bold", font: "DejaVu Serif")[#bottom]]
#let card(left, right) = block(width: 100%%, height: 104mm, stroke: 0.6pt + rgb("#888888"), radius: 1mm, inset: 4mm, below: 5mm, breakable: false)[
  #grid(columns: (43%%, 1fr), column-gutter: 5mm, left, right)]
#let stamp(t) = align(right, rect(width: 18mm, height: 21mm, stroke: (dash: "dashed", paint: rgb("#999999")), inset: 1.5mm)[#set text(5.5pt, fill: rgb("#777777")); #t])
''' % d.e(HL)
d.preamble = pre
for n in (1, 2, 3): d.furn(HL); d.furn('ILO Pacific'); d.furn(f'{n} / 3')
R = d.raw
def P(s): return d.e(d.para(s)) + '\n\n'
def I(s): return d.e(d.ign(s))
def H(s, lv): return '=' * lv + ' ' + d.e(d.heading(s, lv)) + '\n'
def UL(items, num=False):
    out = []
    for it in items:
        mk = '+' if num else '-'
        if isinstance(it, tuple):
            t, sub = it; out.append(f'{mk} {d.e(d.bullet(t, 1))}\n')
            for s in sub: out.append(f'  - {d.e(d.bullet(s, 2))}\n')
        else: out.append(f'{mk} {d.e(d.bullet(it, 1))}\n')
    return ''.join(out) + '\n'
R('#text(7.5pt, weight: "bold", fill: rgb("#c0392b"))[' + I('A SET OF FOUR POSTCARDS FOR WORKERS IN THE PACIFIC AUSTRALIA LABOUR MOBILITY (PALM) SCHEME') + ']\n\n')
R('#text(19pt, weight: "bold", font: "DejaVu Serif", fill: rgb("#0b5c6b"))[' + d.e(d.title('Wish you were here? Read this first')) + ']\n\n')
R('#text(9.5pt, style: "italic")[' + d.e(d.para('Four workers from Tongatapu, Vava’u and ’Eua write home from farms in Victoria and Queensland')) + ']\n\n')
d.h = None
cards = [
 ('Greetings from Mildura', '#1f8a70', '#0b5c6b', 'Postcard 1 · Sunraysia, Victoria', 'Week one among the oranges', lambda: [
   P('Mildura, 12 March 2025. Dear Mum, the bus from the airport took seven hours, but the farm had beds ready. The farm, Sunraysia Citrus Pty Ltd, and the Australian Workers’ Union (AWU) signed a letter of intent on housing last week: no more than four of us in a room.'),
   P('Tell Sela to check her contract before she signs. Mine says:'),
   UL([('38 hours a week, paid by the hour,', ['not by the bin;', 'overtime at time and a half.']), 'one day off every seven days.']),
   P('Love, Viliami')],
  'To: Mrs Losana Fifita, Kolofo’ou, Nuku’alofa, Tonga'),
 ('Greetings from Bundaberg', '#e67e22', '#c0392b', 'Postcard 2 · Wide Bay, Queensland', 'Money home without the big fees', lambda: [
   P('Bundaberg, 2 May 2025. Dear ’Ana, do not send money at the counter in town. Open the account the bank showed us on the first day, and send it from the phone.'),
   UL(['Compare the fee and the exchange rate.', 'Keep every receipt in the envelope.', 'Ask the team leader before you lend money to anyone.'], num=True),
   P('Your brother, Tevita')],
  'To: ’Ana Taufa, Neiafu, Vava’u, Tonga'),
]
cards2 = [
 ('Greetings from Shepparton', '#8e44ad', '#2c3e50', 'Postcard 3 · Goulburn Valley, Victoria', 'When I hurt my back', lambda: [
   P('Shepparton, 20 June 2025. Dear Father, I hurt my back lifting the pear crates. The supervisor sent me to the clinic the same day, and workers’ compensation paid the doctor. I lost no wages.'),
   P('Remember the training in Nuku’alofa: report the injury in writing, and ask for a copy.'),
   P('Malo ’aupito, Siosaia')],
  'To: Mr Sione Havili, ’Ohonua, ’Eua, Tonga'),
 ('Greetings from Stanthorpe', '#2980b9', '#1abc9c', 'Postcard 4 · Granite Belt, Queensland', 'Coming home with a plan', lambda: [
   P('Stanthorpe, 5 September 2025. Dear Lavinia, only six weeks left. I have saved enough for the pig farm. When I land I will go to the returnees’ desk at the airport to sign up for the business course.'),
   UL([('Bring home:', ['your payslips and tax summary;', 'your super fund number;', 'the training certificate.'])]),
   P('See you in October, Mele')],
  'To: Lavinia Tonga, Hihifo, Tongatapu, Tonga'),
]
def render(cs):
    for top, c1, c2, lab, head, body, addr in cs:
        left = f'pic([{I(lab)}], [{I(top)}], rgb("{c1}"), rgb("{c2}"))'
        right = '[' + f'#stamp([{I("STAMP")}])\n' + H(head, 2) + ''.join(body()) + f'#v(1fr)\n#line(length: 100%, stroke: 0.4pt)\n#text(7pt)[{I(addr)}]' + ']'
        R(f'#card({left}, {right})\n')
R(H('Postcards from the season', 1))
render(cards)
R('#pagebreak()\n')
render(cards2)
R('#pagebreak()\n')
R('#columns(2, gutter: 7mm)[\n')
R(H('About the postcards', 1))
R(P('About 3,900 Tongans worked on Australian farms in 2025. The postcards are handed out at pre-departure briefings in Nuku’alofa and Neiafu, and workers post them home from the farm.'))
R(H('Workers in figures', 2))
hdr, rows = d.table([['Indicator', '2023', '2025']], [['Tongan workers in the scheme', '3,150', '3,900'], ['Women among them', '11%', '17%'], ['Attended pre-departure briefing', '64%', '92%'], ['Returnees in the business course', '85', '240']])
R('#table(columns: (1fr, auto, auto), stroke: none, inset: 3pt, table.hline(stroke: 0.8pt), ' + ', '.join(f'[*{d.e(c)}*]' for c in hdr[0]) + ', table.hline(stroke: 0.4pt), ' +
  ', '.join(f'[{d.e(c)}]' for r in rows for c in r) + ', table.hline(stroke: 0.8pt))\n')
R('#text(7pt, style: "italic")[' + I('Source: Tonga Statistics Department; PALM scheme data.') + ']\n\n')
tq, sp, ro = d.quote('I wrote to my mother every month. The postcards said what I could not say on the phone: that I was paid fairly, and that I was safe.', 'Mele Tupou', 'returned orchard worker, Hihifo')
R(f'#block(fill: rgb("#eaf4f4"), inset: 3mm, radius: 1mm)[#text(font: "DejaVu Serif", style: "italic", size: 9.5pt)[“{d.e(tq)}”] \\ #text(7.5pt)[— {d.e(sp)}, {d.e(ro)}]]\n')
R(H('Return and reintegration', 2))
hdr, rows = d.table([['Service', 'Who offers it']], [['Business course for returnees', 'Tonga Institute of Higher Education (TIHE)'], ['Small-business loans', 'Tonga Development Bank (TDB), under its 2023 cooperation agreement with the Vava’u Returned Workers Association (VRWA)'], ['Job matching at home', 'returnees’ desk, Fua’amotu airport']])
R('#table(columns: (38%, 1fr), stroke: 0.4pt + rgb("#9fb9bd"), inset: 3pt, fill: (x, y) => if y == 0 { rgb("#0b5c6b") }, ' + ', '.join(f'[#text(fill: white)[*{d.e(c)}*]]' for c in hdr[0]) + ', ' +
  ', '.join(f'[{d.e(c)}]' for r in rows for c in r) + ')\n')
R('#colbreak()\n')
R(H('The partners', 1))
R(P('Tonga’s Ministry of Trade and Economic Development (MTED) and Australia’s Department of Employment and Workplace Relations (DEWR) first signed their labour mobility memorandum of understanding in 2019; it was renewed in 2024 and now runs to 2029.'))
R(P('The Korea International Cooperation Agency (KOICA), on behalf of the Republic of Korea, funds the briefings and the return services with a grant to the ILO approved in 2025 for 2025–2026.'))
R(P('Together with the United Nations Development Programme (UNDP), the ILO has run the joint programme behind the returnees’ desk since 2022.'))
R('#text(7.5pt)[' + d.e(d.para('The Tonga High Commission in Canberra hosted the send-off but is not a party. Pacific Skies Airways flies the workers under a charter contract. A money-transfer company offered lower fees; nothing has been signed. The Pacific Labour Facility attends the steering group as an observer.')) + ']\n\n')
R(H('Contact', 2))
d.contact('Salote Vaipulu', 'vaipulu@ilo.org', '+676 23 816')
R('Salote Vaipulu \\\n' + I('Labour mobility officer, ILO Office for Pacific Island Countries') + ' \\\n' + I('Tel.: +676 23 816') + ' \\\n' + I('Email: vaipulu@ilo.org') + ' \\\n' + d.e(d.link('www.ilo.org/suva')) + '\n')
R(']\n')
d.orgs(('Pacific Australia Labour Mobility', 'PALM'), 'Sunraysia Citrus Pty Ltd', ('Australian Workers’ Union', 'AWU'), ('Tonga Statistics Department'), ('Tonga Institute of Higher Education', 'TIHE'),
       ('Tonga Development Bank', 'TDB'), ('Vava’u Returned Workers Association', 'VRWA'), ('Ministry of Trade and Economic Development', 'MTED'), ('Department of Employment and Workplace Relations', 'DEWR'),
       ('Korea International Cooperation Agency', 'KOICA'), 'ILO', ('United Nations Development Programme', 'UNDP'), 'Tonga High Commission in Canberra', 'Pacific Skies Airways', 'Pacific Labour Facility', 'ILO Office for Pacific Island Countries')
d.t['organizations'] = [o for o in d.t['organizations'] if o['acronym'] != 'PALM']
d.countries('TO', 'AU', 'KR')
d.ps(['Sunraysia Citrus Pty Ltd', 'AWU'], 'letter_of_intent', 2025)
d.ps(['TDB', 'VRWA'], 'cooperation_agreement', 2023)
d.ps(['MTED', 'DEWR'], 'memorandum_of_understanding', 2019, 2029)
d.ps(['KOICA', 'ILO'], 'funding', 2025, 2026)
d.ps(['UNDP', 'ILO'], 'programme', 2022)
d.build(tagged=True)
