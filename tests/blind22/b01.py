from common import *
import re
class HTMLn(HTML):
    def e(self, s):
        s = H.escape(s, quote=False)
        return re.sub(r'(\S*\w-\w\S*)', lambda m: '<span class="nw">' + m.group(1) + '</span>', s)
CSS = '''@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 7.9pt; line-height: 1.3; color: #1d1d1d; }
.nw { white-space: nowrap; }
.board { width: 210mm; height: 297mm; box-sizing: border-box; padding: 9mm 9mm; background: #b98a55;
  background-image: radial-gradient(#a3743f 1px, transparent 1.3px), radial-gradient(#c99c66 1px, transparent 1.3px);
  background-size: 7px 7px, 11px 11px; border: 7mm solid #6b4423; overflow: hidden; }
.frame { font-size: 7pt; font-weight: bold; letter-spacing: 2.5px; color: #f6ead8; text-align: center; margin: -4mm 0 3mm 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 5mm; row-gap: 4.5mm; align-items: start; }
.note { background: #fffdf5; padding: 4mm 4mm 3.5mm 4mm; box-shadow: 1.5px 2px 3px rgba(0,0,0,.35); position: relative; }
.note::before { content: ""; position: absolute; top: -2.2mm; left: 50%; width: 4.4mm; height: 4.4mm; margin-left: -2.2mm; border-radius: 50%; background: #c0392b; box-shadow: 1px 1px 1px rgba(0,0,0,.4); }
.yellow { background: #fff3a6; } .blue { background: #dff0fb; } .pink { background: #fde2e4; } .green { background: #e4f4dc; }
.tilt { transform: rotate(-1deg); } .tilt2 { transform: rotate(-0.6deg); }
.wide { grid-column: span 2; } .full { grid-column: span 3; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 19pt; line-height: 1.12; margin: 0 0 4px 0; color: #7a1f12; }
p.lead { font-style: italic; font-size: 9pt; margin: 0 0 2px 0; }
h2 { font-size: 10.5pt; margin: 0 0 4px 0; color: #7a1f12; } h3 { font-size: 8.6pt; margin: 5px 0 3px 0; color: #234; }
p { margin: 0 0 4px 0; } ul, ol { margin: 0 0 4px 0; padding-left: 13px; } ul.sub { list-style-type: circle; margin: 1px 0; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 7.6pt; margin: 2px 0; }
table.ruled th { border-bottom: 1.1px solid #333; text-align: left; padding: 1.5px 3px; vertical-align: bottom; }
table.ruled td { border-bottom: 0.4px solid #999; padding: 1.5px 3px; vertical-align: top; }
p.caption { font-size: 6.6pt; font-style: italic; color: #444; }
.hand { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 8.6pt; }
.tabs { display: flex; margin: 3mm -4mm -3.5mm -4mm; border-top: 1px dashed #777; }
.tabs div { writing-mode: vertical-rl; height: 21mm; flex: 1; border-right: 1px dashed #777; font-size: 6.4pt; padding: 1mm 0; text-align: center; }
blockquote.pull { margin: 0; } blockquote.pull p { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 9.6pt; }
blockquote.pull p.who { font-family: "DejaVu Sans", sans-serif; font-style: normal; font-size: 7pt; }
.small { font-size: 6.9pt; } sup { font-size: 5.5pt; }
.stamp { font-size: 6.5pt; font-weight: bold; color: #7a1f12; letter-spacing: 1.5px; margin-bottom: 2px; }
'''
d = HTMLn('blind22-01-en-noticeboard-hawassa-garments', 'en', 'chromium', 'blind-notice-board', 'night buses, hostel rent, wage deductions and pension registration of garment workers in an industrial park', css=CSS)
d.raw('<div class="board">')
d.i('NOTICE BOARD · BLOCK C HOSTEL · HAWASSA INDUSTRIAL PARK', 'div', 'frame')
d.raw('<div class="grid">')
# --- title note
d.raw('<div class="note full">')
d.i('PINNED BY THE BLOCK C WORKERS’ COMMITTEE', 'div', 'stamp')
d.T('Night buses, rent and your pension: what changes this month')
d.p('Hawassa, 3 March 2026 — for everyone on the B and C shifts who sleeps in Block C', 'lead')
d.raw('</div>')
# --- buses
d.raw('<div class="note yellow wide tilt2">')
d.h('Night buses from 1 April', 1)
d.p('From 1 April, two buses wait at the Tabor gate after every late shift. They are free for anyone who shows a park badge. The route map is on the door of the canteen.')
d.tab([['', 'After shift B (ends 22:00)', 'After shift C (ends 06:00)']], [['Tabor gate', '22:20', '06:15'], ['Piassa', '22:35', '06:30'], ['Alamura', '22:50', '06:45'], ['Tula road', '23:05', '07:00']], 'ruled', caption='Departure times; the buses wait five minutes at each stop.', colw=['28%', '36%', '36%'])
d.ul([('If a bus does not come:', ['phone the duty steward (number on the tabs below the pension note);', 'write the time and the stop in the book at the gate.']), 'Women travelling alone sit in the front rows, next to the driver.'])
d.raw('</div>')
# --- quote card
d.raw('<div class="note pink tilt">')
d.q('The last bus at midnight left half of us at the gate. Now the C shift goes home together, and nobody walks past the lake in the dark.', 'Tigist Alemu', 'sewing operator and union shop steward, Abay Knit')
d.raw('</div>')
# --- rent
d.raw('<div class="note">')
d.h('Rent and deductions', 1)
d.p('Your employer may take the hostel rent from your wage only if you signed for it. Check your March payslip:')
d.ul([('Allowed:', ['rent, at most 600 birr a month;', 'your pension contribution (7 per cent).']), ('Not allowed:', ['fines for being late;', 'the cost of a broken needle or a lost badge.']), 'Anything else needs your signature, on paper.'])
d.raw('</div>')
# --- pension note with tabs
d.raw('<div class="note blue">')
d.h('Check your pension number', 1)
d.p('Every worker in the park must be registered with the Private Organization Employees’ Social Security Agency (POESSA). Many of you were not.')
d.ul([('Bring to the desk:', ['your park badge;', 'your kebele ID card.']), 'The clerk types your number into the register.', 'Keep the printed slip; it is your proof.'], tag='ol')
d.p('The registration desk opens on Tuesdays and Thursdays, 14:00–18:00, in the canteen annex.¹')
d.p('¹ POESSA runs the desk under the letter of intent that it signed with the Hawassa Industrial Park Workers’ Union (HIPWU) in 2025.', 'small')
d.raw('<div class="tabs">' + ''.join(f'<div>{d.e(d.ign("Duty steward 0916 224 108"))}</div>' for _ in range(5)) + '</div>')
d.raw('</div>')
# --- payroll memo (typed)
d.raw('<div class="note tilt2">')
d.i('MEMO FROM THE PAYROLL OFFICE, ABAY KNIT', 'div', 'stamp')
d.h('Pay day moves to the 28th', 2)
d.p('From April, wages are paid on the 28th of each month instead of the 5th. Your payslip will show your POESSA number and the days you worked at night.')
d.p('Payslips are printed by Addis Payroll Services, which the company pays for the job. Questions go to the payroll window, not to the printer.', 'small')
d.raw('</div>')
# --- fire drill (wide)
d.raw('<div class="note yellow wide">')
d.h('Fire drill on Wednesday 18 March, 15:00', 1)
d.ul(['When the siren sounds, stop your machine and leave it.', ('Walk, do not run, to the assembly point:', ['Block C: the car park by the water tower;', 'the crèche: the lawn behind the canteen.']), 'Wait until the steward has counted everyone.'], tag='ol')
d.p('The drill is run by the Sidama Region Fire and Emergency Service as part of its routine checks of the park.', 'small')
d.raw('</div>')
# --- football
d.raw('<div class="note green tilt">')
d.h('Football on Sunday', 2)
d.p('Block C against Block D, 16:00, on the field behind the bus depot. Bring water. Players from the C shift start in the second half!', 'hand')
d.raw('</div>')
d.raw('</div></div>')
d.raw('<div class="board">')
d.i('NOTICE BOARD · BLOCK C HOSTEL · SECOND PANEL, BY THE CANTEEN DOOR', 'div', 'frame')
d.raw('<div class="grid">')
# --- crèche note (handwritten)
d.raw('<div class="note green tilt">')
d.h('Crèche places for the C shift', 2)
d.p('Ten more places open in April at the Block C crèche, which is run by the Lake Hawassa Women’s Savings and Credit Cooperative. Abay Knit underwrites the crèche: it has paid the two carers’ wages since 2024. Ask for Meseret at the crèche door.', 'hand')
d.raw('</div>')
# --- who made it happen (wide)
d.raw('<div class="note wide">')
d.h('Who is behind the buses and the desk', 1)
d.p('The Industrial Parks Development Corporation (IPDC) and HIPWU entered into a memorandum of understanding on night transport in January, after two years of complaints from the C shift. Lucy Denim Works took part in the talks but withdrew before signing.')
d.p('Financial support came from the Swedish International Development Cooperation Agency (Sida): its grant to the International Labour Organization (ILO), approved last year, covers the buses from 2025 to 2027.')
d.p('Until last year the only late bus was paid for under an agreement between the Hawassa City Administration and Gedeo Threads & Trims PLC, which ran from 2021 until 2024. It stopped at 23:00.')
d.p('The wage floor for the park comes from a tripartite agreement among the Ministry of Labour and Skills of Ethiopia, the Ethiopian Textile and Garment Manufacturers’ Association (ETGAMA) and the Confederation of Ethiopian Trade Unions (CETU), signed in 2025.')
d.tab([['Body', 'What it does for Block C', 'Since']], [
    ['Hawassa University', 'back and eye checks at the Saturday clinic of its College of Medicine and Health Sciences, under a cooperation agreement with HIPWU', '2022'],
    ['Tabor Radio 96.3', 'reads the bus times on air every evening, as a partner of the union', '2024'],
    ['Selam Shuttle', 'drives the night buses (a paid contractor)', '2026'],
], 'ruled', colw=['27%', '61%', '12%'])
d.raw('</div>')
# --- meeting notice (wide)
d.raw('<div class="note green wide tilt2">')
d.h('Union general meeting: Sunday 15 March, 10:00, canteen', 1)
d.p('All members of HIPWU who live in Block C are invited. The agenda:')
d.ul(['Report on the night buses after the first month.', ('Rent and deductions:', ['cases collected by the stewards;', 'what to say to the payroll office.']), 'Election of two new stewards for the C shift.', 'Any other business.'], tag='ol')
d.p('HIPWU’s partnership with the Ethiopian Women Lawyers Association (EWLA), begun in 2023, brings a lawyer to every general meeting. She answers questions on contracts and deductions after the vote.')
d.raw('</div>')
# --- class note
d.raw('<div class="note yellow">')
d.h('Saturday reading class', 2)
d.p('The Saturday literacy class of Hawassa Tabor Secondary School is sponsored by Rift Valley Bottlers, which signed up two years ago. Classes run from 15:00 to 17:00 in room 4; books are free.')
d.raw('</div>')
# --- heat note
d.raw('<div class="note blue tilt">')
d.h('Hot days in the ironing section', 2)
d.ul(['Drink a cup of water every hour.', 'The fans must stay on during the whole shift.', 'Dizzy? Stop and tell the supervisor.'])
d.raw('</div>')
# --- room wanted
d.raw('<div class="note">')
d.h('Room wanted', 2)
d.p('Two sisters on shift B want to share a room near the Tula road stop from April. Ask for Almaz, room C-22.', 'hand')
d.raw('</div>')
# --- applied note
d.raw('<div class="note pink">')
d.h('A second crèche?', 2)
d.p('The committee has applied to the Sidama Region Bureau of Labour and Skills for a second crèche in Block D. There is no answer yet, and nothing is promised.')
d.raw('</div>')
# --- not partners / small print
d.raw('<div class="note yellow">')
d.h('Also on the list', 2)
d.p('Selam Shuttle is paid by the employers per trip. The Ethiopian Investment Commission (EIC) sits in on the monthly bus meeting as an observer, and the Ethiopian labour ministry sends an inspector to it. Awash-Sidama Microfinance was approached about payroll cards and declined. Bole Apparel hopes to join the bus scheme next year. Injury figures on this board come from Hawassa University Comprehensive Specialized Hospital.', 'small')
d.raw('</div>')
# --- contact + lost and found
d.raw('<div class="note pink">')
d.h('Lost and found', 2)
d.p('Found near the wash room: a green scarf and a phone charger. Ask at room C-14.', 'hand')
d.raw('</div>')
d.raw('<div class="note blue tilt2">')
d.h('Contact', 2)
d.contact('Hanna Girma', 'girma@ilo.org', '+251 11 544 4480')
d.raw('<p class="small">Hanna Girma<br>' + d.e(d.ign('ILO Country Office for Ethiopia, Djibouti, Somalia, Sudan and South Sudan')) + '<br>' + d.e(d.ign('Tel.: +251 11 544 4480')) + '<br>' + d.e(d.ign('Email: girma@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/addisababa')) + '</p>')
d.raw('</div>')
d.raw('</div></div>')
d.orgs('Abay Knit', ('Private Organization Employees’ Social Security Agency', 'POESSA'), ('Hawassa Industrial Park Workers’ Union', 'HIPWU'), 'Lake Hawassa Women’s Savings and Credit Cooperative',
       ('Industrial Parks Development Corporation', 'IPDC'), ('Swedish International Development Cooperation Agency', 'Sida'), ('International Labour Organization', 'ILO'),
       'Hawassa City Administration', 'Gedeo Threads & Trims PLC', 'Ministry of Labour and Skills of Ethiopia', ('Ethiopian Textile and Garment Manufacturers’ Association', 'ETGAMA'),
       ('Confederation of Ethiopian Trade Unions', 'CETU'), 'Hawassa University', 'Tabor Radio 96.3', 'Selam Shuttle',
       ('Ethiopian Investment Commission', 'EIC'), 'Awash-Sidama Microfinance', 'Bole Apparel', 'Hawassa University Comprehensive Specialized Hospital', 'Lucy Denim Works',
       ('Ethiopian Women Lawyers Association', 'EWLA'), 'Hawassa Tabor Secondary School', 'Rift Valley Bottlers', 'Sidama Region Bureau of Labour and Skills', 'Addis Payroll Services', 'Sidama Region Fire and Emergency Service')
d.countries('ET', 'DJ', 'SO', 'SD', 'SS')
d.ps(['POESSA', 'HIPWU'], 'letter_of_intent', 2025)
d.ps(['Abay Knit', 'Lake Hawassa Women’s Savings and Credit Cooperative'], 'funding', 2024)
d.ps(['IPDC', 'HIPWU'], 'memorandum_of_understanding', 2026)
d.ps(['Sida', 'ILO'], 'funding', 2025, 2027)
d.ps(['Hawassa City Administration', 'Gedeo Threads & Trims PLC'], 'cooperation_agreement', 2021, 2024)
d.ps(['Ministry of Labour and Skills of Ethiopia', 'ETGAMA', 'CETU'], 'cooperation_agreement', 2025)
d.ps(['Hawassa University', 'HIPWU'], 'cooperation_agreement', 2022)
d.ps(['Tabor Radio 96.3', 'HIPWU'], 'partnership', 2024)
d.ps(['HIPWU', 'EWLA'], 'partnership', 2023)
d.ps(['Rift Valley Bottlers', 'Hawassa Tabor Secondary School'], 'funding', 2024)
d.build_chromium()
