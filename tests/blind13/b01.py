from common import *
d = HTML('blind13-01-en-concert-samoa-hotels', 'en', 'chromium', 'blind-concert-programme', 'hotel and resort workers, working time and social security', css='''
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.6pt; color: #222; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always; box-sizing: border-box; padding: 16mm 15mm 16mm 15mm; }
.page:last-child { page-break-after: auto; }
.hd { position: absolute; top: 6mm; left: 15mm; right: 15mm; font-size: 7.5pt; color: #6b3b7a; display: flex; justify-content: space-between; border-bottom: 0.4pt solid #c9a3d4; padding-bottom: 1mm; }
.ft { position: absolute; bottom: 6mm; left: 15mm; right: 15mm; font-size: 7.5pt; color: #777; text-align: center; }
.band { background: #3a1746; color: #fff; margin: 0 -15mm 5mm -15mm; padding: 7mm 15mm 6mm 15mm; border-bottom: 3mm solid #f2b134; }
.kind { letter-spacing: 0.6pt; font-size: 8pt; color: #f2b134; margin: 0 0 2mm 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 26pt; margin: 0 0 2mm 0; }
.subt { font-style: italic; margin: 0 0 1mm 0; font-size: 11pt; }
.date { font-size: 9pt; margin: 0; color: #f7dca0; }
h2 { font-size: 13pt; color: #3a1746; margin: 4mm 0 2mm 0; border-bottom: 1pt solid #f2b134; }
h3 { font-size: 10.2pt; color: #8a3c1f; margin: 3mm 0 1mm 0; }
table.ruled { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.ruled th { background: #3a1746; color: #fff; text-align: left; padding: 1.2mm 2mm; }
table.ruled td { border-bottom: 0.5pt solid #c9a3d4; padding: 1.2mm 2mm; vertical-align: top; }
.caption { font-size: 7.5pt; font-style: italic; color: #555; margin: 1mm 0 2mm 0; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #c9a3d4; }
ul, ol { margin: 1mm 0 2mm 0; padding-left: 5mm; } li { margin: 0.6mm 0; }
ul.sub { list-style: circle; }
blockquote.pull { margin: 4mm 0; padding: 3mm 5mm; background: #fbf1dc; border-left: 2mm solid #f2b134; font-family: "DejaVu Serif", serif; font-style: italic; font-size: 11pt; }
blockquote .who { font-family: "DejaVu Sans", sans-serif; font-style: normal; font-size: 8.5pt; margin-top: 1mm; }
.box { border: 1pt dashed #8a3c1f; padding: 2mm 4mm; margin: 3mm 0; break-inside: avoid; }
.small { font-size: 8pt; color: #444; }
.contact { background: #3a1746; color: #fff; padding: 3mm 5mm; margin-top: 4mm; }
.contact p { margin: 0.5mm 0; } .contact h3 { color: #f2b134; margin-top: 0; }
''')
def page_open(n, hl, hr, foot):
    d.raw('<div class="page"><div class="hd">'); d.fu(hl, 'span'); d.fu(hr, 'span'); d.raw('</div>')
    d.raw('<div class="ft">'); d.fu(foot, 'span'); d.raw('</div>')
HL, HR = 'ILO Office for Pacific Island Countries · Apia', 'Workers’ Night 2026'
page_open(1, HL, HR, 'Page 1 of 2')
d.raw('<div class="band">')
d.i('CONCERT PROGRAMME', cls='kind')
d.T('Songs from the Front Desk')
d.p('An evening of music by hotel and resort workers of Upolu and Savai’i', cls='subt')
d.p('Saturday 18 April 2026, 6.30 pm · Tuanaimato open-air stage, Apia', cls='date')
d.raw('</div>')
d.h('Running order', 1)
d.tab([['Time', 'Act', 'Who is on stage']], [
    ['18:30', 'Welcome siva', 'Housekeeping team of the Vailima Garden Hotel'],
    ['18:50', 'Choir: “Sleep when the guests sleep”', 'Fale Voices, night-shift staff from four resorts'],
    ['19:20', 'Guitar and log drum', 'The Kitchen Porters (Faleolo)'],
    ['19:45', 'Words of thanks', 'Le Vasa Lagoon Resort and the Samoa Hotel Workers Union (SHWU), who signed a letter of intent on split shifts last year'],
    ['20:05', 'Fire knife interlude', 'Security guards of Savai’i, led by Tui Lemalu'],
    ['20:30', 'Finale: “Lau Aso Malolo” (My Day Off)', 'All performers and the audience'],
], caption='Times are approximate. The finale is sung in Samoan and English.', colw=['13%', '32%', '55%'])
d.raw('<div class="cols">')
d.h('Tonight’s performers', 2)
d.ul([('Fale Voices, 22 singers:', ['room attendants and laundry staff', 'night receptionists and porters']),
      'The Kitchen Porters, five cooks and dishwashers from Faleolo',
      ('Savai’i security guards:', ['a fire knife trio', 'two drummers on the pate'])])
d.h('Before the show', 2)
d.ul(['Seats are free; arrive before 6.15 pm.', 'Children under 12 sit with an adult.', 'Please keep phones on silent during the choir.', 'Water is available at the union stall.'], tag='ol')
d.raw('<div class="box">')
d.h('At the union stall', 2)
d.p('Ask about the new roster rules, your provident fund number and how to join the SHWU. Stall volunteers speak Samoan, English and Chinese.')
d.raw('</div>')
d.h('The songs', 2)
d.p('Every song on tonight’s list was written by workers during a series of evening workshops in 2025. They tell of double shifts in high season, of the bus home at midnight and of the day off that never seems to come.')
d.raw('</div></div>')
# page 2
page_open(2, HL, HR, 'Page 2 of 2')
d.h('Why a concert about hotel work?', 1)
d.p('Tourism employs about one worker in six in Samoa. Most are young, many are women, and split shifts and unpaid overtime are common. The concert is the closing event of “Fale Work”, a project on working time and social security in hotels and resorts.')
d.h('Hotel work in figures', 2)
d.tab([['Indicator', '2023', '2025']], [
    ['Hotel and resort workers', '4,150', '4,620'],
    ['Contributing to the provident fund', '61%', '78%'],
    ['Working split shifts', '44%', '31%'],
    ['Hotels with a written roster policy', '9', '27'],
], caption='Source: Samoa Bureau of Statistics (SBS), employment survey; project records.', colw=['56%', '22%', '22%'])
d.h('Who makes it happen', 1)
d.p('The evening, like the rest of the project, is funded by Australia: a grant was made to the ILO by the Department of Foreign Affairs and Trade (DFAT) in 2024 and runs until 2027.')
d.p('The Ministry of Commerce, Industry and Labour (MCIL) and the Samoa Hotel Association (SHA) began talks on a code of practice for hotel rosters in 2023. The National University of Samoa (NUS) later joined them, and the three signed a memorandum of understanding in 2024.')
d.p('The SHWU’s cooperation agreement with the Samoa National Provident Fund (SNPF), first concluded in 2021, was renewed in 2025 for three more years, to 2028.')
d.p('The concert is also part of the joint programme of the ILO and UN Women on decent work in tourism, launched in 2025.')
d.p('The Samoa Tourism Authority (STA) lends the stage but is not a signatory of any of these agreements. Pulse Audio Ltd was hired for the sound and lights. Talks with a commercial bank about a staff savings scheme have taken place, but nothing has been signed. The Pacific Islands Forum Secretariat follows the project as an observer.', cls='small')
d.q('We sing about the night shift because nobody else does. Tonight the managers are in the audience, and they will hear it.', 'Malia Tuilagi', 'room attendant and choir leader of Fale Voices')
d.raw('<div class="contact">')
d.h('Contact', 2)
d.contact('Sione Fa’alogo', 'faalogo@ilo.org', '+685 27 410')
d.raw('<p>Sione Fa’alogo</p>'); d.i('Project coordinator, Fale Work'); d.i('Tel.: +685 27 410'); d.i('Email: faalogo@ilo.org')
d.raw(f'<p>{d.link("www.ilo.org/suva")}</p>')
d.raw('</div></div>')
d.orgs(('Samoa Hotel Workers Union', 'SHWU'), 'Vailima Garden Hotel', 'Le Vasa Lagoon Resort', ('Samoa Bureau of Statistics', 'SBS'), 'ILO',
       ('Department of Foreign Affairs and Trade', 'DFAT'), ('Ministry of Commerce, Industry and Labour', 'MCIL'), ('Samoa Hotel Association', 'SHA'),
       ('National University of Samoa', 'NUS'), ('Samoa National Provident Fund', 'SNPF'), 'UN Women', ('Samoa Tourism Authority', 'STA'),
       'Pulse Audio Ltd', 'Pacific Islands Forum Secretariat', 'Fale Voices', 'The Kitchen Porters')
d.countries('WS', 'AU')
d.ps(['Le Vasa Lagoon Resort', 'SHWU'], 'letter_of_intent', 2025)
d.ps(['DFAT', 'ILO'], 'funding', 2024, 2027)
d.ps(['MCIL', 'SHA', 'NUS'], 'memorandum_of_understanding', 2024)
d.ps(['SHWU', 'SNPF'], 'cooperation_agreement', 2021, 2028)
d.ps(['ILO', 'UN Women'], 'programme', 2025)
src = f'{D}/{d.id}.html'; open(src, 'w').write(d.html()); pdf = f'{D}/{d.id}.pdf'
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--generate-pdf-document-outline',
                f'--print-to-pdf={pdf}', src], capture_output=True)
d.finish(pdf)
