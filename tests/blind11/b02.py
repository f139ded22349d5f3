from common import *
css = '''
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; color: #222; font-size: 8.6pt; line-height: 1.3 }
.page { width: 210mm; height: 297mm; position: relative; box-sizing: border-box; padding: 16mm 11mm 14mm; page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.hdr { position: absolute; top: 6mm; left: 11mm; right: 11mm; font-size: 7pt; color: #777; display: flex; justify-content: space-between; border-bottom: 0.4pt solid #bbb; padding-bottom: 1mm }
.ftr { position: absolute; bottom: 6mm; left: 11mm; right: 11mm; font-size: 7pt; color: #777; text-align: right }
.band { background: #1b2a49; color: #fff; border-radius: 4mm; padding: 5mm 6mm; margin-bottom: 4mm }
.band .kind { letter-spacing: 2.5pt; font-size: 7.5pt; color: #f4b942; margin: 0 0 1mm }
.band h1 { font-size: 21pt; line-height: 1.1; margin: 0 0 2mm }
.band p { margin: 0; font-style: italic; color: #d8dfee }
h2.sec { font-size: 12pt; color: #1b2a49; margin: 2mm 0 2mm }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm }
.card { border: 1.2pt solid #1b2a49; border-radius: 3mm; padding: 3mm; background: linear-gradient(#fff7e6, #fff); position: relative; height: 96mm; box-sizing: border-box; overflow: hidden }
.card .chip { display: inline-block; background: #f4b942; color: #1b2a49; font-weight: bold; font-size: 6.5pt; padding: 0.5mm 2mm; border-radius: 2mm; margin: 0 }
.card h3 { font-size: 11pt; margin: 1.5mm 0 1mm; color: #c0392b }
.meter { margin: 0 0 2mm; height: 3mm }
.meter i { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; background: #c0392b; margin-right: 1mm }
.meter i.off { background: #e5d6c0 }
.card table { border-collapse: collapse; width: 100%; font-size: 7.8pt; margin-bottom: 1.5mm }
.card td { vertical-align: top; padding: 0.6mm 0; border-bottom: 0.4pt dotted #c9b99a }
.card td:first-child { font-weight: bold; width: 40%; color: #1b2a49 }
.card p { margin: 0 0 1mm }
.card ul { margin: 0; padding-left: 4mm }
.card ul.sub { padding-left: 4mm; list-style: circle }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #ccc }
.cols p { margin: 0 0 2mm }
h3.sub { font-size: 9.5pt; color: #c0392b; margin: 2mm 0 1mm; break-after: avoid }
table.trail { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 8pt }
table.trail th { text-align: left; background: #1b2a49; color: #fff; padding: 1mm 1.5mm }
table.trail td { padding: 1mm 1.5mm; border-bottom: 0.5pt solid #bbb; vertical-align: top }
p.caption { font-size: 7pt; font-style: italic; color: #666; margin: 0 0 3mm }
blockquote.pull { margin: 3mm 0; padding: 3mm 4mm; background: #f4b942; color: #1b2a49; border-radius: 3mm; break-inside: avoid }
blockquote.pull p { margin: 0; font-family: "DejaVu Serif", serif; font-size: 10pt; font-style: italic }
blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7.5pt; margin-top: 1mm }
.contact { border: 1pt solid #1b2a49; border-radius: 3mm; padding: 2mm 3mm; break-inside: avoid }
.contact p { margin: 0 }
'''
d = HTML('blind11-02-en-trading-cards-atyrau', 'en', 'chromium', 'blind-trading-cards', 'safety and rights of oil and gas service workers', css=css)
def page_open(n):
    d.raw('<div class="page"><div class="hdr">')
    d.fu('Oilfield crew cards', 'span'); d.fu('Atyrau and Mangystau · Kazakhstan' if n == 1 else 'Behind the pack', 'span')
    d.raw('</div>')
def page_close(n):
    d.fu(f'Sheet {n} of 2', 'div', 'ftr'); d.raw('</div>')

cards = [
    ('Roustabout', 4, [('Rotation', '28 days on, 28 days off'), ('Top hazard', 'Pinch points and dropped objects'), ('Know this', 'Stop-work authority applies to you too')],
     'Power move: report every near miss on the day it happens.'),
    ('Driller', 4, [('Rotation', '14 on, 14 off'), ('Top hazard', 'Blowouts and long night shifts'), ('Know this', 'No more than 12 hours a shift, by law')],
     'Power move: refuse a second back-to-back shift without a rest break.'),
    ('Welder', 3, [('Rotation', '21 on, 7 off'), ('Top hazard', 'Fumes and hot work near gas'), ('Know this', 'A gas test comes before every hot-work permit')],
     'Power move: keep your own copy of the permit.'),
    ('Crane operator', 3, None, None),
    ('Tanker driver', 5, [('Rotation', 'Daily runs, 6 days a week'), ('Top hazard', 'Fatigue on the Atyrau–Dossor road'), ('Know this', 'Driving time is logged and capped')],
     'Power move: stop and rest when the tachograph says so.'),
    ('H2S safety watch', 5, None, None),
]
crane_bullets = [('Before each lift:', ['check the load chart;', 'agree signals with the banksman.']), 'Wind above 14 m/s: no lifting.', 'Certificates must be renewed every two years.']
h2s_bullets = ['Wear your personal gas monitor all shift.', ('If the alarm sounds:', ['walk upwind;', 'muster at the assembly point and wait.']), 'You are paid for refresher training time.']

# ---------- page 1
page_open(1)
d.raw('<div class="band">'); d.i('COLLECTOR’S SET · 6 CARDS', 'p', 'kind')
d.T('The oilfield crew: six cards on your rights at work', 'h1', '')
d.p('Collect them, swap them, keep them in your locker. For service-company workers in Atyrau and Mangystau, Kazakhstan, November 2025')
d.raw('</div>')
d.h('The crew', 1, cls='sec')
d.raw('<div class="grid">')
for k, (name, risk, rows, power) in enumerate(cards, 1):
    d.raw('<div class="card">'); d.i(f'CARD {k:02d}', 'p', 'chip')
    d.h(name, 2, tag='h3')
    d.raw('<div class="meter">' + ''.join('<i></i>' if j < risk else '<i class="off"></i>' for j in range(5)) + '</div>')
    if rows:
        header, rs = d.table([], [list(r) for r in rows])
        d.raw('<table>' + ''.join(f'<tr><td>{d.e(a)}</td><td>{d.e(b)}</td></tr>' for a, b in rs) + '</table>')
        d.p(power)
    else:
        d.ul(crane_bullets if name == 'Crane operator' else h2s_bullets)
    d.raw('</div>')
d.raw('</div>')
page_close(1)

# ---------- page 2
page_open(2)
d.h('Behind the pack', 1, cls='sec')
d.raw('<div class="cols">')
d.p('The cards were written with workers of the service companies that drill, weld, lift and haul for the big fields around Atyrau and Zhanaozen. Each card carries a risk meter: five red dots mean the job sits at the top of the accident statistics.')
d.h('Who is behind it', 2, tag='h3', cls='sub')
d.p('Behind the pack is a grant made to the ILO in 2024 by the Federal Ministry for Economic Cooperation and Development of Germany (BMZ). A top-up approved this year extends it to 2027.')
d.p('Two UN agencies share the work on heat and hydrogen sulphide. The ILO and the World Health Organization (WHO) joined forces in a joint programme that began in 2023 and closes at the end of 2026.')
d.p('Atyrau Oil and Gas College trains most of the young roustabouts. Its twinning arrangement with North East Scotland College in Aberdeen, dating back to 2021, brings instructors from the North Sea each spring.')
d.p('Caspian Well Services LLP went further in March: in a letter of intent to the college it promised 40 paid apprenticeships a year.')
d.h('Paper trail', 2, tag='h3', cls='sub')
d.tab([['Document', 'Who signed', 'Year', 'Runs to']],
      [['Memorandum of understanding on shift-change buses', 'Atyrau Region Akimat, Mangystau Oilfield Workers’ Union (MOWU), Caspian Well Services LLP', '2025', ''],
       ['Letter of intent on apprenticeships', 'Caspian Well Services LLP, Atyrau Oil and Gas College', '2025', ''],
       ['Grant', 'BMZ to the ILO', '2024', '2027']], cls='trail', caption='Signed documents as of November 2025.')
d.h('Only mentioned here', 2, tag='h3', cls='sub')
d.p('Figures on the risk meters come from the Bureau of National Statistics. The Tengri Offshore Consortium followed the work as an observer, and the Ministry of Labour and Social Protection of the Population hosted the launch in Astana; neither signed anything.')
d.q('Nobody reads a forty-page safety manual on a night shift. A card in your overalls pocket, you do read.', 'Aigerim Sarsenbayeva', 'H2S safety watch and MOWU shop steward', cls='pull')
d.h('How to play', 2, tag='h3', cls='sub')
d.ul(['Keep the full set in your locker or cab.', 'Give a spare card to a new colleague on their first rotation.', 'Bring the pack to the next safety meeting and ask about one card.'], tag='ol')
d.raw('<div class="contact">'); d.h('Contact', 2, tag='h3', cls='sub')
d.contact('Daniyar Omarov', 'omarov@ilo.org', '+7 7172 69 10 48')
d.raw('<p><b>Daniyar Omarov</b></p>'); d.i('National project coordinator, ILO Astana'); d.i('Tel.: +7 7172 69 10 48'); d.i('Email: omarov@ilo.org')
d.raw(f'<p>{d.e(d.link("www.ilo.org/moscow"))}</p></div>')
d.raw('</div>')
page_close(2)

d.orgs(('Federal Ministry for Economic Cooperation and Development of Germany', 'BMZ'), ('World Health Organization', 'WHO'), 'Atyrau Oil and Gas College',
       'North East Scotland College', 'Caspian Well Services LLP', 'Atyrau Region Akimat', ('Mangystau Oilfield Workers’ Union', 'MOWU'),
       'Bureau of National Statistics', 'Tengri Offshore Consortium', 'Ministry of Labour and Social Protection of the Population')
d.countries('KZ', 'DE')
d.ps(['BMZ', 'ILO'], 'funding', 2024, 2027)
d.ps(['ILO', 'WHO'], 'programme', 2023, 2026)
d.ps(['Atyrau Oil and Gas College', 'North East Scotland College'], 'partnership', 2021)
d.ps(['Caspian Well Services LLP', 'Atyrau Oil and Gas College'], 'letter_of_intent', 2025)
d.ps(['Atyrau Region Akimat', 'MOWU', 'Caspian Well Services LLP'], 'memorandum_of_understanding', 2025)
d.build_chromium()
