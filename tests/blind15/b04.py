from common import *
d = Typ('blind15-04-en-form-portofspain-mas', 'en', 'typst', 'blind-membership-form', 'carnival costume makers (mas camps): pay, overtime, savings, social insurance')
FL = 'Form M-1 · Mas Makers’ Guild'
d.preamble = '''#set page(paper: "a4", margin: (x: 16mm, top: 14mm, bottom: 18mm),
  footer: context [#set text(size: 7.5pt, fill: rgb("#5a2a82")); %s #h(1fr) Page #counter(page).display() of 2])
#set text(font: "Lato", size: 10.6pt, hyphenate: false)
#set par(justify: false, leading: 0.58em)
#show heading.where(level: 1): it => block(above: 9pt, below: 5pt)[#text(size: 12pt, weight: "bold", fill: rgb("#5a2a82"))[#it.body]]
#show heading.where(level: 2): it => block(above: 7pt, below: 4pt)[#text(size: 10pt, weight: "bold", fill: rgb("#c2185b"))[#it.body]]
''' % typ_esc(FL)
d.furn(FL); d.furn('Page 1 of 2'); d.furn(FL); d.furn('Page 2 of 2')
E = d.e
def P(s, fmt='%s\n\n'): d.raw(fmt % E(d.para(s)))
def Hd(s, lv=1): d.raw('=' * lv + ' ' + E(d.heading(s, lv)) + '\n')
def I(s, fmt='%s\n\n'): d.raw(fmt % E(d.ign(s)))
def L(items, mark='-'):
    for it in items:
        if isinstance(it, tuple):
            d.raw(f'{mark} ' + E(d.bullet(it[0], 1)) + '\n')
            for x in it[1]: d.raw('  - ' + E(d.bullet(x, 2)) + '\n')
        else: d.raw(f'{mark} ' + E(d.bullet(it, 1)) + '\n')
    d.raw('\n')
d.raw('#block(fill: gradient.linear(rgb("#5a2a82"), rgb("#c2185b"), rgb("#f4a300")), inset: (x: 10pt, y: 8pt), width: 100%)[#text(fill: white, size: 8pt, weight: "bold", tracking: 1.5pt)[')
d.raw(E(d.ign('MAS MAKERS’ GUILD OF TRINIDAD AND TOBAGO')) + ' #h(1fr) ' + E(d.ign('MEMBERSHIP APPLICATION · FORM M-1')) + ']]\n\n')
d.raw('#v(4pt)#text(font: "DejaVu Serif", size: 27pt, weight: "bold", fill: rgb("#5a2a82"))[' + E(d.title('Join the Guild before the next Carnival')) + ']\n\n')
P('Port of Spain, 9 March 2026 — for wire-benders, seamstresses, feather workers and painters in the mas camps', '#text(size: 10.5pt, style: "italic")[%s]\n\n')
d.raw('#grid(columns: (1fr, 1fr), column-gutter: 8mm)[\n')
Hd('Why join')
L([('A written deal before the camp opens:', ['your rate per costume or per day;', 'overtime after eight hours, paid at time and a half.']), 'Free first-aid and eye checks in January.', 'A savings account that pays out on Ash Wednesday.'])
Hd('Your trade', 2)
d.raw('#set list(marker: text(font: "DejaVu Sans")[☐])\n')
L(['Wire-bending and frame building', 'Sewing and beading', 'Feather work', 'Painting and finishing'])
d.raw('#set list(marker: [•])\n')
d.raw('][\n')
Hd('Your details')
rows = [['Full name', ''], ['Address', ''], ['Mobile phone', ''], ['National Insurance number', ''], ['Mas camp or band', ''], ['Years in the trade', ''], ['Email (optional)', '']]
d.table([], rows)
d.raw('#table(columns: (42%, 1fr), stroke: 0.5pt + rgb("#5a2a82"), inset: (x: 5pt, y: 10pt), ' + ', '.join(f'[*{E(a)}*], []' for a, b in rows) + ')\n\n')
d.raw('#v(6pt)#grid(columns: (1fr, 1fr), column-gutter: 6mm, [#line(length: 100%, stroke: 0.5pt) #text(size: 7pt)[' + E(d.ign('Signature of applicant')) + ']], [#line(length: 100%, stroke: 0.5pt) #text(size: 7pt)[' + E(d.ign('Date')) + ']])\n')
d.raw(']\n')
Hd('Membership dues')
dues = [['Category', 'Monthly dues', 'What you get'],
        ]
body = [['Full member', 'TT$ 40', 'Written deal, savings account, legal help at the Industrial Court'],
        ['Seasonal member (December–March)', 'TT$ 25', 'Written deal and first aid for the season'],
        ['Student', 'TT$ 10', 'Free pattern-cutting course at the Department of Creative and Festival Arts of the University of the West Indies, under its 2023 cooperation agreement with the Guild']]
h, b = d.table(dues, body)
d.raw('#table(columns: (28%, 14%, 1fr), stroke: none, inset: 5pt, fill: (x, y) => if y == 0 { rgb("#5a2a82") } else if calc.odd(y) { rgb("#f3ecf8") }, ' +
      ', '.join(f'text(fill: white, weight: "bold")[{E(c)}]' for c in h[0]) + ', ' + ', '.join(f'[{E(c)}]' for r in b for c in r) + ')\n')
I('Dues are collected by the shop steward in each camp; a receipt is given every month.', '#text(size: 7.5pt, style: "italic")[%s]\n\n')
d.raw('#pagebreak()\n')
Hd('About the Guild')
P('The Mas Makers’ Guild of Trinidad and Tobago (MMG) was founded in 2019 by costume workers from Woodbrook, Belmont and Laventille. It now has 1 120 members, most of them women, and represents them in talks with bands and suppliers.')
Hd('Our partners', 2)
P('In 2024 the Ministry of Labour, the National Carnival Commission (NCC), the Guild and the Trinidad and Tobago Chamber of Industry and Commerce signed a memorandum of understanding on fair pay in the mas camps.')
P('Rampersad & Sons Costumes Ltd employs up to 140 people in the weeks before Carnival. Last year the company and the Guild put their overtime deal in a letter of intent.')
P('Members have saved with the Belmont Cooperative Credit Union since 2021, under an agreement with the Guild that was renewed in 2024 for three more years.')
P('The Caribbean Development Bank (CDB) approved a contribution of USD 350 000 to the Guild for 2025–2027, which pays for the sewing room in Laventille and the first-aid days.')
P('The Guild is also part of a joint programme of the International Labour Organization (ILO) and the United Nations Educational, Scientific and Cultural Organization (UNESCO) on work in the creative economy, running since 2023.')
P('The National Insurance Board (NIB) explained contributions at our launch but is not a party to any of these agreements. Pan Trinbago sent an observer to our first congress. Plumes International, which imports most of the feathers, has signed nothing. The Carnival Village in Woodbrook lends us its hall for meetings.', '#text(size: 8pt)[%s]\n\n')
d.raw('#block(inset: (left: 10pt, y: 4pt), stroke: (left: 3pt + rgb("#f4a300")))[')
qt, qs, qr = d.quote('I have bent wire for the big bands for twenty years. Last Carnival was the first time I was paid for the nights.', 'Gail Alexander', 'wire-bender and MMG shop steward, Woodbrook')
d.raw('#text(font: "DejaVu Serif", size: 11pt, style: "italic", fill: rgb("#5a2a82"))[“' + E(qt) + '”] \\\n#text(size: 8pt)[— ' + E(qs) + ', ' + E(qr) + ']]\n\n')
Hd('How to apply', 2)
L(['Fill in both sides of this form.', ('Bring it to your shop steward or to the Guild office with:', ['a copy of your National Insurance card;', 'your first month’s dues.']), 'You will get your member card within two weeks.'], mark='+')
Hd('Contact', 2)
d.contact('Kendra Mohammed', 'info@masmakersguild.tt', '+1 868 627 4410')
d.raw('Kendra Mohammed \\\n' + E(d.ign('Membership secretary, Mas Makers’ Guild, 14 Ariapita Avenue, Woodbrook')) + ' \\\n' + E(d.ign('Tel.: +1 868 627 4410')) + ' \\\n' + E(d.ign('Email: info@masmakersguild.tt')) + ' \\\n' + E(d.link('www.masmakersguild.tt')) + '\n\n')
d.raw('#v(8pt)#block(stroke: (dash: "dashed", paint: gray), inset: 8pt, width: 100%)[#text(size: 7.5pt, fill: gray)[' + E(d.ign('FOR OFFICE USE ONLY')) + ' #h(1fr) ' + E(d.ign('Member no. ________')) + ' #h(1fr) ' + E(d.ign('Received by ________')) + ']]\n')
d.orgs(('Mas Makers’ Guild of Trinidad and Tobago', 'MMG'), 'Department of Creative and Festival Arts of the University of the West Indies', 'Ministry of Labour', ('National Carnival Commission', 'NCC'),
       'Trinidad and Tobago Chamber of Industry and Commerce', 'Rampersad & Sons Costumes Ltd', 'Belmont Cooperative Credit Union', ('Caribbean Development Bank', 'CDB'),
       ('International Labour Organization', 'ILO'), ('United Nations Educational, Scientific and Cultural Organization', 'UNESCO'), ('National Insurance Board', 'NIB'), 'Pan Trinbago',
       'Plumes International', 'Carnival Village', 'Industrial Court')
d.countries('TT')
d.ps(['Department of Creative and Festival Arts of the University of the West Indies', 'MMG'], 'cooperation_agreement', 2023)
d.ps(['Ministry of Labour', 'NCC', 'MMG', 'Trinidad and Tobago Chamber of Industry and Commerce'], 'memorandum_of_understanding', 2024)
d.ps(['Rampersad & Sons Costumes Ltd', 'MMG'], 'letter_of_intent', 2025)
d.ps(['Belmont Cooperative Credit Union', 'MMG'], 'cooperation_agreement', 2021, 2027)
d.ps(['CDB', 'MMG'], 'funding', 2025, 2027)
d.ps(['ILO', 'UNESCO'], 'programme', 2023)
d.build(tagged=True)
