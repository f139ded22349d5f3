from common import *
d = Typ('blind20-03-en-checklist-arno-copra', 'en', 'typst', 'blind-inspection-checklist', 'burns, smoke, knife and tree-climbing safety and social security of copra cutters and dryer crews')
E = d.e
FL = d.furn('Form CS-3 · Copra dryer safety check · ILO / WUTMI')
PG = [d.furn('Page 1 of 2'), d.furn('Page 2 of 2')]
d.preamble = '''#set page(paper: "a4", margin: (x: 15mm, top: 14mm, bottom: 18mm),
  footer: context [#set text(size: 7pt, fill: rgb("#555555")); %s #h(1fr) #if counter(page).get().first() == 1 [%s] else [%s]])
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "en")
#set par(justify: false, leading: 0.5em, spacing: 0.75em)
#show heading.where(level: 1): it => block(above: 9pt, below: 5pt, text(size: 12pt, fill: rgb("#0f5b63"), weight: "bold", it.body))
#show heading.where(level: 2): it => block(above: 7pt, below: 4pt, text(size: 9.5pt, fill: rgb("#b5541c"), weight: "bold", it.body))
#set list(indent: 2pt, body-indent: 5pt)
#set enum(indent: 2pt, body-indent: 5pt)
''' % (E(FL), E(PG[0]), E(PG[1]))
def H(s, lv=1): s = d.heading(s, lv); d.raw(('= ' if lv == 1 else '== ') + E(s) + '\n\n')
def P(s, pre='', post=''): s = d.para(s); d.raw(pre + E(s) + post + '\n\n')
def I(s, pre='', post=''): s = d.ign(s); d.raw(pre + E(s) + post + '\n\n')
def UL(items, mark='-'):
    for it in items:
        if isinstance(it, tuple):
            t, sub = it; d.raw(mark + ' ' + E(d.bullet(t, 1)) + '\n')
            for x in sub: d.raw('  - ' + E(d.bullet(x, 2)) + '\n')
        else: d.raw(mark + ' ' + E(d.bullet(it, 1)) + '\n')
    d.raw('\n')
BOX = '☐'
def CHECK(rows, head=('Check', 'Yes', 'No', 'If no, do this')):
    hdr, rws = d.table([list(head)], [[r[0], BOX, BOX, r[1]] for r in rows])
    cells = ', '.join('table.header(' + ', '.join('[*' + E(c) + '*]' for c in hdr[0]) + ')' for _ in [0])
    body = ', '.join(', '.join('[' + E(c) + ']' for c in r) for r in rws)
    d.raw('#table(columns: (1fr, 8mm, 8mm, 52mm), stroke: 0.4pt + rgb("#9bb"), inset: 3.5pt, align: (left, center, center, left), fill: (x, y) => if y == 0 { rgb("#d9ecee") }, ' + cells + ', ' + body + ')\n\n')
d.raw('#block(fill: rgb("#0f5b63"), inset: 7pt, width: 100%)[#text(fill: white, size: 8pt, weight: "bold", tracking: 2pt)[' + E(d.ign('SAFETY CHECKLIST · FORM CS-3')) + '] #h(1fr) #text(fill: white, size: 8pt)[' + E(d.ign('Fill in one form per dryer, every week')) + ']]\n\n')
s = d.title('Before you light the dryer: a weekly safety check for copra crews')
d.raw('#text(size: 19pt, weight: "bold", fill: rgb("#0f5b63"))[' + E(s) + ']\n\n')
P('Majuro, 14 April 2026 — for copra cutters, dryer crews and their families on Arno, Ailinglaplap and Majuro atolls', '#text(style: "italic", size: 9.5pt)[', ']')
P('Copra is still the main cash income on the outer islands: coconuts are climbed for, split with a machete and the meat is dried over a fire or in a solar dryer before the ship comes. Burns, cuts and falls are common, and few crews are registered for social security. Go through this form with your crew before the first fire of the week. A “No” is not a failure: the right-hand column says what to do.')
d.raw('#block(stroke: 0.5pt + rgb("#b5541c"), inset: 6pt, width: 100%)[#grid(columns: (1fr, 1fr, 1fr), column-gutter: 8pt, [' + E(d.ign('Atoll and islet:')) + ' #box(width: 1fr, line(length: 100%, stroke: 0.4pt))], [' + E(d.ign('Dryer owner:')) + ' #box(width: 1fr, line(length: 100%, stroke: 0.4pt))], [' + E(d.ign('Week of:')) + ' #box(width: 1fr, line(length: 100%, stroke: 0.4pt))])]\n\n')
H('The dryer')
CHECK([('The fire box is at least 3 m from any house or cookhouse.', 'Move the dryer before lighting it.'),
       ('The tin roof and the racks are fixed and have no sharp edges.', 'Tie them down and cover edges with old hose.'),
       ('Smoke goes out through the chimney, not through the shed.', 'Do not work inside; ask WUTMI about the solar dryer.'),
       ('There is a bucket of sand and one of water next to the fire.', 'Fill both before you light it.')])
H('Cutting and climbing')
CHECK([('Every machete has a sheath and a handle that does not slip.', 'Fix the handle with cord; never carry a bare blade.'),
       ('Climbers use a foot loop and never climb alone.', 'Stop climbing until a second person is there.'),
       ('Children under 15 do not climb or split nuts.', 'Give them other tasks; tell the crew leader.'),
       ('The first-aid kit has burn gel and clean bandages.', 'Ask the health assistant of your islet for a refill.')])
H('Papers and cover')
CHECK([('Every crew member has a MISSA number.', 'Register at the MISSA office or on ship day.'),
       ('Contributions for this quarter are paid.', 'Pay at the Tobolar buying point when you sell.')])
d.raw('#v(4pt)\n#grid(columns: (1fr, 1fr), column-gutter: 14mm, [' + E(d.ign('Checked by (crew leader):')) + ' #box(width: 1fr, line(length: 100%, stroke: 0.4pt))], [' + E(d.ign('Signature:')) + ' #box(width: 1fr, line(length: 100%, stroke: 0.4pt))])\n\n')
d.raw('#pagebreak()\n')
d.raw('#columns(2, gutter: 9mm)[\n')
H('If someone is hurt')
UL(['Cool a burn under clean, cool water for 20 minutes.', ('For a deep cut:', ['press a clean cloth on it;', 'do not take the cloth off to look.']), 'Call the health assistant by radio and keep the person in the shade.', 'Write down what happened, when and who saw it.'], '+')
H('Why register with MISSA', 2)
P('A registered copra cutter who is injured gets a weekly benefit while unable to work, and the family gets a pension if the worst happens. Outer-island workers pay by the quarter, when the ship buys their copra.')
d.raw('#block(fill: rgb("#f6ece4"), inset: 7pt, width: 100%)[#text(style: "italic", size: 9.6pt)[“' + E(d.quote('My brother fell from a tree in 2024 and we had no cover. Now the whole crew has its numbers, and we check the list every Monday.', 'Neijon Lakjohn', 'crew leader, Tinak islet, Arno Atoll')[0]) + '”] \\ #text(size: 7.4pt)[— ' + E('Neijon Lakjohn') + ', ' + E('crew leader, Tinak islet, Arno Atoll') + ']]\n\n')
H('Who is behind this form')
P('A memorandum of understanding was concluded between the Marshall Islands Social Security Administration (MISSA) and the Tobolar Copra Processing Authority in 2023: since then, contributions can be paid at every Tobolar buying point.')
P('With backing from the Australian Department of Foreign Affairs and Trade (DFAT), the International Labour Organization (ILO) runs the copra safety project from 2025 to 2027. Women United Together Marshall Islands (WUTMI) carries the forms to the islets; WUTMI’s partnership with the College of the Marshall Islands (CMI), begun in 2020, trains dryer crews in first aid.')
P('On Arno, an agreement between the Arno Atoll Local Government and Arno Coconut on shared solar dryers ran from 2021 until 2024. Jaluit Dryer Works has been the ILO’s dryer-building partner for two years. On 2 March, WUTMI and Radio V7AB signed a letter of intent on a weekly copra safety broadcast.')
d.raw('#colbreak()\n')
H('Not partners', 2)
P('The Marshall Islands Chamber of Commerce may join the project later. Likiep Shipping withdrew before signing the agreement on safe transport of copra sacks. The Ministry of Natural Resources and Commerce of the Marshall Islands sits on the steering group as an observer; the natural resources ministry has not signed any of the agreements. Majuro Hardware sells the gloves and burn gel to the project on a paid order, and the Laura Church of Christ lends its hall for the trainings. Injury figures come from the Economic Policy, Planning and Statistics Office (EPPSO).', '#text(size: 7.6pt)[', ']')
H('The copra trade in figures', 2)
hdr, rws = d.table([['', '2023', '2025']], [['Copra sold to Tobolar (tonnes)', '5 900', '6 400'], ['Crews registered with MISSA', '38', '112'], ['Burns treated at health centres', '71', '44']])
d.raw('#table(columns: (1fr, 16mm, 16mm), stroke: none, inset: 3pt, align: (left, right, right), table.hline(stroke: 0.8pt), ' + ', '.join('[*' + E(c) + '*]' for c in hdr[0]) + ', table.hline(stroke: 0.4pt), ' + ', '.join(', '.join('[' + E(c) + ']' for c in r) for r in rws) + ', table.hline(stroke: 0.8pt))\n\n')
I('Sources: EPPSO, MISSA and the Tobolar Copra Processing Authority.', '#text(size: 7pt, style: "italic")[', ']')
H('Contact', 2)
d.contact('Mary Jo Lanki', 'lanki@ilo.org', '+679 331 3866')
d.raw('#text(size: 8pt)[' + E('Mary Jo Lanki') + ' \\ ' + E(d.ign('ILO Office for Pacific Island Countries, Suva, Fiji')) + ' \\ ' + E(d.ign('Tel.: +679 331 3866')) + ' \\ ' + E(d.ign('Email: lanki@ilo.org')) + ' \\ ' + E(d.link('www.ilo.org/suva')) + ']\n\n')
d.raw(']\n')
d.orgs(('Women United Together Marshall Islands', 'WUTMI'), ('Marshall Islands Social Security Administration', 'MISSA'), 'Tobolar Copra Processing Authority',
       ('Australian Department of Foreign Affairs and Trade', 'DFAT'), ('International Labour Organization', 'ILO'), ('College of the Marshall Islands', 'CMI'),
       'Arno Atoll Local Government', 'Arno Coconut', 'Jaluit Dryer Works', 'Radio V7AB', 'Marshall Islands Chamber of Commerce', 'Likiep Shipping',
       'Ministry of Natural Resources and Commerce of the Marshall Islands', 'Majuro Hardware', 'Laura Church of Christ', ('Economic Policy, Planning and Statistics Office', 'EPPSO'))
d.countries('MH', 'FJ')
d.ps(['MISSA', 'Tobolar Copra Processing Authority'], 'memorandum_of_understanding', 2023)
d.ps(['DFAT', 'ILO'], 'funding', 2025, 2027)
d.ps(['WUTMI', 'CMI'], 'partnership', 2020)
d.ps(['Arno Atoll Local Government', 'Arno Coconut'], 'cooperation_agreement', 2021, 2024)
d.ps(['Jaluit Dryer Works', 'ILO'], 'partnership', 2024)
d.ps(['WUTMI', 'Radio V7AB'], 'letter_of_intent', 2026)
d.build(tagged=True)
