from common import *
d = Typ('blind17-01-en-slides-galle-cinnamon', 'en', 'typst', 'blind-slide-handout', 'cinnamon peelers, enrolment in social security and injury screening')
E = d.e
HL = 'ILO Colombo · Workshop handout'
HR1, HR2 = 'Slides 1–3', 'Slides 4–6'
d.preamble = '''#set page(paper: "a4", margin: (x: 14mm, top: 19mm, bottom: 15mm),
  header: context [#set text(size: 7.5pt, fill: rgb("#7a3b12")); %s #h(1fr) #if counter(page).get().first() == 1 [%s] else [%s] #v(-4pt) #line(length: 100%%, stroke: 0.4pt + rgb("#7a3b12"))],
  footer: context [#set text(size: 7.5pt); #h(1fr) Page #counter(page).get().first() of 2 #h(1fr)])
#set text(font: "DejaVu Sans", size: 8.6pt, hyphenate: false)
#set par(justify: false, leading: 0.5em)
#show heading.where(level: 1): set text(size: 13pt, fill: rgb("#7a3b12"))
#show heading.where(level: 2): set text(size: 9pt, weight: "bold", fill: rgb("#3d1d08"))
#let slide(n, body) = rect(width: 100%%, height: 67mm, radius: 3pt, stroke: 0.9pt + rgb("#7a3b12"), fill: rgb("#fff8ef"), inset: (x: 6mm, y: 5mm))[#body #place(bottom + right, dy: 2mm)[#text(size: 6.5pt, fill: gray)[Slide #n / 6]]]
#let lines = for i in range(5) { v(5.5mm); line(length: 100%%, stroke: 0.3pt + gray) }
''' % (typ_esc(HL), typ_esc(HR1), typ_esc(HR2))
for n, hr in ((1, HR1), (2, HR2)): d.furn(HL); d.furn(hr); d.furn(f'Page {n} of 2')
for n in range(1, 7): d.ign(f'Slide {n} / 6')

def L(items, mark='-'):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(f'{mark} ' + E(d.bullet(it[0], 1)))
            for x in it[1]: out.append('  - ' + E(d.bullet(x, 2)))
        else: out.append(f'{mark} ' + E(d.bullet(it, 1)))
    return '\n'.join(out) + '\n'
def Hd(s, lv=1): return '\n' + '=' * lv + ' ' + E(d.heading(s, lv)) + '\n'
def P(s): return E(d.para(s)) + '\n\n'
NOTES = E(d.ign('Notes'))
def row(n, slide_body, notes_body, lines=True):
    d.raw('#grid(columns: (1.6fr, 1fr), gutter: 5mm,\n  slide(%d)[%s],\n  [#text(size: 7pt, weight: "bold", fill: rgb("#7a3b12"), tracking: 1pt)[%s]\n\n#set text(size: 7.8pt)\n%s%s])\n#v(3mm)\n'
          % (n, slide_body, NOTES, notes_body, '#lines' if lines else ''))

d.raw('#text(size: 7.5pt, weight: "bold", tracking: 1.5pt, fill: rgb("#7a3b12"))[' + E(d.ign('WORKSHOP HANDOUT · SOCIAL SECURITY FOR CINNAMON PEELERS')) + ']\n\n')
d.raw('#text(size: 20pt, weight: "bold", font: "DejaVu Serif")[' + E(d.title('Bark, blades and a pension book')) + ']\n\n')
d.raw('#text(size: 9.5pt, style: "italic")[' + E(d.para('Galle, 12 March 2026 — slides and speaker notes from the district workshop for peelers, shed owners and union stewards')) + ']\n#v(3mm)\n')

# slide 1
s = Hd('Who peels the cinnamon?') + L(['Some 28 000 peelers work in the Galle and Matara districts.', ('Most are paid by the kilo of quills:', ['no written contract in seven sheds out of ten;', 'no employer contribution to any fund.']), 'Nine peelers in ten learned the trade from a parent.'])
n = P('In 2025 the International Labour Organization (ILO) surveyed 412 peelers together with the Ruhuna Cinnamon Peelers’ Union. The district totals on this slide are those of the Department of Census and Statistics (DCS).')
row(1, s, n)
# slide 2
d.table([['Scheme', 'Who pays', 'What the peeler gets']], [['Employees’ Provident Fund (EPF)', '8% worker, 12% employer', 'Lump sum at 55 (women 50)'], ['Employees’ Trust Fund (ETF)', '3% employer', 'Sickness and housing benefits'], ['Social Security Board pension', 'The peeler, from LKR 300 a month', 'Monthly pension from 60']])
tab = ('#table(columns: (1.25fr, 1fr, 1fr), stroke: (x, y) => if y == 0 { (bottom: 0.8pt + rgb("#7a3b12")) } else { (bottom: 0.3pt + gray) }, inset: 3.5pt,\n'
       'table.header([*Scheme*], [*Who pays*], [*What the peeler gets*]),\n'
       '[Employees’ Provident Fund (EPF)], [8% worker, 12% employer], [Lump sum at 55 (women 50)],\n'
       '[Employees’ Trust Fund (ETF)], [3% employer], [Sickness and housing benefits],\n'
       '[Social Security Board pension], [The peeler, from LKR 300 a month], [Monthly pension from 60])\n')
s = Hd('What the law already gives you') + tab + '#text(size: 6.5pt, style: "italic")[' + E(d.ign('Rates in force in January 2026. Check them at the Labour Office before you sign.')) + ']\n'
n = P('Shed owners who pay by the kilo often call peelers self-employed. The Ministry of Labour and Foreign Employment of Sri Lanka has not settled the question, and the pension of the Sri Lanka Social Security Board (SSB) is open to employees and self-employed alike.')
row(2, s, n)
# slide 3
s = Hd('Who is behind the pilot') + L(['Funding: Korea International Cooperation Agency (KOICA), 2025–2027', 'Enrolment desk: SSB officers in Ahangama and Weligama', 'Injury screening: Karapitiya Teaching Hospital', 'On air: Ruhunu Sulanga FM, every Sunday at 7 p.m.'])
n = Hd('Agreements in force', 2) + P('The SSB and the Ruhuna Cinnamon Peelers’ Union have been working side by side since 2021 on the strength of a memorandum of understanding, which puts an enrolment officer in the union’s Ahangama office twice a week.') \
    + P('Ceylon Bark Exporters (Pvt) Ltd, the largest buyer of quills in Matara, renewed its agreement with the union for another five years in 2024: sheds that sell to the company must register their peelers.')
row(3, s, n, lines=False)
d.raw('#pagebreak()\n')
# slide 4
s = Hd('How to enrol in four steps') + L(['Bring your national identity card and a bank book.', ('Fill in the SSB form with the union steward:', ['choose a monthly amount;', 'name a beneficiary.']), 'Pay the first contribution at the post office or through the savings society.', 'Keep the receipt and the pension card in the same envelope.'], mark='+')
n = P('Thanks to a grant from Lanka Spice Traders & Co., the Kosgoda Women’s Savings Society has paid the first year of contributions for 190 peelers since last year. Talks with Pelwatte Rural Development Bank about a second round are under way.')
row(4, s, n)
# slide 5
qt, qs, qr = d.quote('My father peeled for forty years and went home with nothing. I want my daughter to see a pension book on my shelf.', 'Kusumawathi Gamage', 'peeler and union steward, Ahangama')
s = Hd('Voices from the sheds') + '#v(2mm)\n#text(size: 12pt, style: "italic", font: "DejaVu Serif", fill: rgb("#3d1d08"))[“' + E(qt) + '”]\n\n#align(right)[#text(size: 8pt)[— ' + E(qs) + ', ' + E(qr) + ']]\n'
n = P('Dr Nirmala Wickramasinghe, who spoke after the tea break, runs the occupational health clinic of Karapitiya Teaching Hospital; the hospital teamed up with the union in 2024 to check peelers for knife cuts and wrist strain.') \
    + P('Ruhunu Sulanga FM, a radio station in Matara, joined the pilot as a partner in 2025 and hosts a phone-in with the union stewards.')
row(5, s, n, lines=False)
# slide 6
s = Hd('Questions?') + L(['Is a peeler paid by the kilo an employee?', 'Can a shed owner pay the contribution for a family?', 'What happens to the pension if a peeler moves to Colombo?'])
n = P('The Export Development Board (EDB) followed the workshop as an observer, and the Spice Council was invited to join the pilot. The Sri Lankan labour ministry is not a party to any agreement listed here. Galle Municipal Council lent its town hall; lunch came from Amma’s Kitchen, paid per order.') + Hd('Contact', 2)
d.contact('Dilani Fernando', 'fernandod@ilo.org', '+94 11 259 2525')
n += E('Dilani Fernando') + ' \\\n' + E(d.ign('ILO Country Office for Sri Lanka and the Maldives')) + ' \\\n' + E(d.ign('Tel.: +94 11 259 2525')) + ' \\\n' + E(d.ign('Email: fernandod@ilo.org')) + ' \\\n' + E(d.link('www.ilo.org/colombo')) + '\n'
row(6, s, n, lines=False)

d.orgs(('International Labour Organization', 'ILO'), 'Ruhuna Cinnamon Peelers’ Union', ('Department of Census and Statistics', 'DCS'), ('Employees’ Provident Fund', 'EPF'), ('Employees’ Trust Fund', 'ETF'),
       'Ministry of Labour and Foreign Employment of Sri Lanka', ('Sri Lanka Social Security Board', 'SSB'), ('Korea International Cooperation Agency', 'KOICA'), 'Karapitiya Teaching Hospital',
       'Ruhunu Sulanga FM', 'Ceylon Bark Exporters (Pvt) Ltd', 'Lanka Spice Traders & Co.', 'Kosgoda Women’s Savings Society', 'Pelwatte Rural Development Bank', ('Export Development Board', 'EDB'),
       'Spice Council', 'Galle Municipal Council', 'Amma’s Kitchen')
d.countries('LK', 'KR', 'MV')
d.ps(['SSB', 'Ruhuna Cinnamon Peelers’ Union'], 'memorandum_of_understanding', 2021)
d.ps(['KOICA', 'ILO'], 'funding', 2025, 2027)
d.ps(['Ceylon Bark Exporters (Pvt) Ltd', 'Ruhuna Cinnamon Peelers’ Union'], 'cooperation_agreement', 2024, 2029)
d.ps(['Lanka Spice Traders & Co.', 'Kosgoda Women’s Savings Society'], 'funding', 2025)
d.ps(['Karapitiya Teaching Hospital', 'Ruhuna Cinnamon Peelers’ Union'], 'partnership', 2024)
d.ps(['Ruhunu Sulanga FM', 'ILO'], 'partnership', 2025)
d.build(tagged=True)
