from common import *
pre = r'''
#set page(width: 88mm, height: 125mm, margin: (x: 7mm, top: 11mm, bottom: 10mm),
  header: context { if counter(page).get().first() > 1 { set text(6.5pt, fill: rgb("#2d5d45")); [HEADER_L #h(1fr) HEADER_R]; v(-2pt); line(length: 100%, stroke: 0.4pt + rgb("#b9a15a")) } },
  footer: context { if counter(page).get().first() > 1 { set text(6.5pt, fill: rgb("#666666")); align(center)[FOOT #counter(page).display()] } })
#set text(font: "DejaVu Sans", size: 7.6pt, lang: "en")
#set par(leading: 0.5em, justify: false)
#show heading.where(level: 1): it => block(below: 0.6em, above: 0.9em, text(10.5pt, weight: "bold", fill: rgb("#1f4d3a"), it.body))
#show heading.where(level: 2): it => block(below: 0.45em, above: 0.75em, text(8.4pt, weight: "bold", fill: rgb("#9a7b22"), it.body))
#set list(marker: ([•], [–]), indent: 1mm, body-indent: 1.6mm)
#set enum(indent: 1mm, body-indent: 1.6mm)
'''
d = Typ('blind12-02-en-passport-cebu-doha', 'en', 'typst', 'blind-passport', 'skills recognition and rights of migrant construction workers')
E = d.e
HL, HR, FT = 'Skills and Rights Passport', 'Cebu – Doha', 'p.'
d.preamble = pre.replace('HEADER_L', E(HL)).replace('HEADER_R', E(HR)).replace('FOOT', E(FT))
R = d.raw
def P(s, extra=''): R(f'#par[{extra}{E(d.para(s))}]\n\n')
def I(s, fmt='#text(7pt)[{}]\n\n'): R(fmt.format(E(d.ign(s))))
def H(s, lv=1): R('=' * lv + ' ' + E(d.heading(s, lv)) + '\n\n')
def UL(items, mark='-'):
    for it in items:
        if isinstance(it, tuple):
            R(f'{mark} {E(d.bullet(it[0], 1))}\n'); [R(f'  - {E(d.bullet(x, 2))}\n') for x in it[1]]
        else: R(f'{mark} {E(d.bullet(it, 1))}\n')
    R('\n')
def TAB(header, rows, cols, extra=''):
    header, rows = d.table(header, rows)
    cells = []
    for r in header: cells += [f'text(weight: "bold", fill: white)[{E(c)}]' for c in r]
    for r in rows: cells += [f'[{E(c)}]' for c in r]
    R(f'#table(columns: {cols}, inset: 3pt, stroke: 0.4pt + rgb("#9fb7aa"), {extra} ' + ', '.join(cells) + ')\n\n')
# page 1: cover
R('#page(fill: rgb("#1f4d3a"), header: none, footer: none)[\n#set text(fill: white)\n#align(center)[\n#v(4mm)\n')
I('INTERNATIONAL LABOUR ORGANIZATION', '#text(7pt, tracking: 1.5pt, fill: rgb("#e8d28c"))[{}]\n\n')
R('#v(6mm)#circle(radius: 13mm, stroke: 1.2pt + rgb("#e8d28c"))[#align(center + horizon)[#text(8pt, fill: rgb("#e8d28c"), weight: "bold")[')
R(E(d.ign('ILO')) + ']]]\n#v(7mm)\n')
R('#text(17pt, weight: "bold")[' + E(d.title('Skills and Rights Passport')) + ']\n\n#v(3mm)\n')
R('#text(8.5pt, fill: rgb("#dfe9e3"))[' + E(d.para('For construction workers from Central Visayas, Philippines, going to work in Qatar')) + ']\n\n#v(1fr)\n')
I('No. CV-2025-', '#text(7pt, fill: rgb("#e8d28c"))[{}] #box(width: 22mm, line(length: 100%, stroke: 0.5pt + rgb("#e8d28c")))\n\n#v(4mm)\n')
R(']]\n')
# page 2: holder
H('Holder')
P('Fill in this page in ink at the pre-departure course. Show the passport to your employer and to the labour office in Doha.')
R('#grid(columns: (26mm, 1fr), gutter: 3mm, box(width: 26mm, height: 33mm, stroke: (dash: "dashed", paint: rgb("#777777"), thickness: 0.5pt))[#align(center + horizon)[#text(6.5pt, fill: rgb("#777777"))[' + E(d.ign('PHOTO 35 × 45 mm')) + ']]], [\n')
TAB([], [['Surname', ''], ['Given names', ''], ['Trade', ''], ['Date of issue', ''], ['Issued at', 'Cebu City']], '(17mm, 1fr)', 'rows: 6.2mm,')
R('])\n\n#v(1fr)\n')
H('Signature of holder', 2)
R('#box(width: 100%, height: 7mm, stroke: (bottom: 0.5pt))\n\n#v(2mm)\n')
R('#block(fill: rgb("#eef2ef"), inset: 2mm, width: 100%)[#set text(font: "DejaVu Sans Mono", size: 6.4pt)\n')
R(E(d.ign('P<PHLSKILLS<RIGHTS<PASSPORT<<<<<<<<<<<')) + '\\\n' + E(d.ign('CV2025<<<<<<QAT<<CONSTRUCTION<<<<<<<')) + ']\n#pagebreak()\n')
# page 3: skills
H('Skills recorded')
P('Each skill is assessed by the Technical Education and Skills Development Authority (TESDA) before you leave. The assessor stamps the row; empty rows are for skills you add later, in Qatar or at home.¹')
TAB([['Trade', 'Level', 'Assessed by', 'Date']], [['Shielded metal arc welding', 'NC II', 'TESDA Region VII', '14 Feb 2025'], ['Scaffold erection', 'NC II', '', ''], ['Electrical installation', 'NC II', '', ''], ['', '', '', '']], '(1fr, 9mm, 16mm, 13mm)', 'fill: (x, y) => if y == 0 { rgb("#1f4d3a") },')
R('#grid(columns: (1fr, 1fr, 1fr), gutter: 2mm, ')
R(', '.join('box(width: 100%, height: 13mm, radius: 2mm, stroke: (dash: "dotted", paint: rgb("#9a7b22"), thickness: 0.8pt))[#align(center + horizon)[#text(6pt, fill: rgb("#9a7b22"))[' + E(d.ign(s)) + ']]]' for s in ['STAMP 1', 'STAMP 2', 'STAMP 3']))
R(')\n\n#v(1fr)\n#line(length: 30%, stroke: 0.4pt)\n')
P('¹ Recognition in Qatar rests on a letter of intent signed in 2024 by the Qatar Building Contractors’ Group (QBCG) and TESDA: a certificate of level NC II counts as three years of experience.', '#set text(6.4pt); ')
R('#pagebreak()\n')
# page 4: rights
H('Your rights in Qatar')
UL(['Your employer pays the recruitment fees, the visa and the ticket – not you.', 'You keep your own passport. Your employer may not hold it.',
    ('Your contract must show:', ['the same wage as the offer you signed in Cebu;', 'hours, rest day and annual leave;', 'who pays for housing and food.']),
    'You may change employer after your probation period, with notice.'])
H('Wage Protection System', 2)
P('Wages are paid into a bank account every month. If your pay is late, the labour office sees it in the system.')
H('If something goes wrong', 2)
UL(['Write down dates, amounts and names.', 'Call the labour ministry hotline or visit a labour office.', 'Tell the Philippine Overseas Labor Office at the embassy.'], mark='+')
R('#v(1fr)\n')
q = d.quote('I showed the stamp for my welding to the site engineer. He put me on the welding team the same week.', 'Ramil Cabahug', 'welder, returned from Doha in 2025')
R('#block(inset: (left: 2.5mm), stroke: (left: 1.2pt + rgb("#9a7b22")))[#text(font: "DejaVu Serif", style: "italic")[“' + E(q[0]) + '”]\\\n#text(6.6pt)[— ' + E(q[1]) + ', ' + E(q[2]) + ']]\n\n')
R('#pagebreak()\n')
# page 5: partners
H('Who stands behind this passport')
P('In Cebu City, in June 2025, four signatures went on the memorandum of understanding that created this passport – those of TESDA, the Department of Migrant Workers (DMW), Qatar’s Ministry of Labour (MoL) and the International Labour Organization (ILO).')
P('The pre-departure course is run by the Provincial Government of Cebu, Cebu Technological University (CTU) and the Associated Labor Unions (ALU), under an agreement from 2022 that now runs to 2027.')
P('The ILO and the International Organization for Migration (IOM) launched the joint programme behind the passport in 2024. The European Union (EU) pays for the printing; its contribution to the ILO was agreed in 2023 and lasts until 2026.')
P('The Qatar Visa Center in Cebu takes fingerprints and photos but has no role in the passport. A recruitment agency asked to join; no agreement exists. Figures come from the Philippine Statistics Authority (PSA).', '#set text(6.6pt); ')
H('Contact', 2)
d.contact('Jocelyn Abellana', 'abellana@ilo.org', '+63 32 255 0143')
R(E('Jocelyn Abellana') + '\\\n' + E(d.ign('ILO Project Office, Cebu City')) + '\\\n' + E(d.ign('Tel.: +63 32 255 0143')) + '\\\n' + E(d.ign('Email: abellana@ilo.org')) + '\\\n' + E(d.link('www.ilo.org/manila')) + '\n')
for pg in range(2, 6): d.furn(HL); d.furn(HR); d.furn(f'{FT} {pg}')
d.orgs(('International Labour Organization', 'ILO'), ('Technical Education and Skills Development Authority', 'TESDA'), ('Qatar Building Contractors’ Group', 'QBCG'),
       ('Department of Migrant Workers', 'DMW'), ('Ministry of Labour', 'MoL'), 'Provincial Government of Cebu', ('Cebu Technological University', 'CTU'), ('Associated Labor Unions', 'ALU'),
       ('International Organization for Migration', 'IOM'), ('European Union', 'EU'), 'Qatar Visa Center', ('Philippine Statistics Authority', 'PSA'), 'Philippine Overseas Labor Office')
d.countries('PH', 'QA')
d.ps(['QBCG', 'TESDA'], 'letter_of_intent', 2024)
d.ps(['TESDA', 'DMW', 'MoL', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Provincial Government of Cebu', 'CTU', 'ALU'], 'cooperation_agreement', 2022, 2027)
d.ps(['ILO', 'IOM'], 'programme', 2024)
d.ps(['EU', 'ILO'], 'funding', 2023, 2026)
d.build(tagged=True)
