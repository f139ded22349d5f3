from common import *
css = r'''
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.35; color: #222 }
.page { width: 210mm; height: 296mm; position: relative; padding: 18mm 14mm 16mm; page-break-after: always; overflow: hidden }
.page:last-child { page-break-after: auto }
.hdr { position: absolute; top: 7mm; left: 14mm; right: 14mm; font-size: 7.5pt; color: #7a4b00; border-bottom: 0.6pt solid #c98b00; padding-bottom: 1.5mm }
.ftr { position: absolute; bottom: 7mm; left: 14mm; right: 14mm; font-size: 7.5pt; color: #555; display: flex; justify-content: space-between }
.band { background: #f4b400; padding: 4mm 6mm; margin-bottom: 4mm }
.band .kind { font-size: 7.5pt; font-weight: bold; letter-spacing: 0.2em; margin: 0 }
h1.title { font-family: 'DejaVu Serif', serif; font-size: 24pt; margin: 1mm 0 1mm }
.band p.lead { margin: 0; font-size: 10pt }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; grid-gap: 4mm }
.panel { border: 1.6pt solid #222; height: 100mm; position: relative; background: #fffdf5; overflow: hidden }
.panel .num { position: absolute; top: 0; left: 0; background: #222; color: #fff; font-weight: bold; padding: 0.5mm 2mm; margin: 0; font-size: 8pt }
.panel .cap { background: #fff3c4; border-bottom: 1pt solid #222; padding: 1.5mm 2mm 1.5mm 8mm; margin: 0; font-size: 8pt; font-style: italic }
.scene { position: absolute; left: 0; right: 0; bottom: 0; height: 32mm; background: #d9c9a3 }
.scene .road { position: absolute; left: 0; right: 0; bottom: 10mm; height: 6mm; background: #555 }
.scene .truck { position: absolute; bottom: 14mm; left: 8mm; width: 26mm; height: 12mm; background: #2e6f9e; border: 1pt solid #222 }
.scene .cab { position: absolute; bottom: 14mm; left: 34mm; width: 9mm; height: 9mm; background: #c0392b; border: 1pt solid #222 }
.scene .tent { position: absolute; bottom: 16mm; right: 6mm; width: 0; height: 0; border-left: 9mm solid transparent; border-right: 9mm solid transparent; border-bottom: 12mm solid #e67e22 }
.balloon { margin: 3mm 3mm 0 6mm; background: #fff; border: 1pt solid #222; border-radius: 5mm; padding: 2mm 3mm; font-size: 8.5pt; font-weight: bold; position: relative }
.balloon.r { margin: 3mm 6mm 0 3mm }
p.note { font-size: 8pt; color: #444; margin-top: 4mm }
h2 { font-family: 'DejaVu Serif', serif; font-size: 14pt; color: #7a4b00; margin: 3mm 0 1.5mm }
h3 { font-size: 10pt; color: #2e6f9e; margin: 3mm 0 1mm }
.cols { column-count: 2; column-gap: 7mm; column-rule: 0.5pt solid #ddd }
.cols p { margin: 0 0 2mm }
table.ruled { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 }
table.ruled th { background: #7a4b00; color: #fff; text-align: left; padding: 1.2mm 2mm }
table.ruled td { border-bottom: 0.5pt solid #bbb; padding: 1.2mm 2mm }
ol { margin: 1mm 0 2mm 5mm; padding-left: 4mm } ol li { margin-bottom: 1mm }
blockquote.pull { margin: 4mm 10mm; font-family: 'DejaVu Serif', serif; font-style: italic; font-size: 11pt; color: #7a4b00 }
blockquote.pull p { margin: 0 } blockquote.pull p.who { font-family: 'DejaVu Sans', sans-serif; font-style: normal; font-size: 8pt; color: #333; margin-top: 1.5mm }
.contact { background: #2e6f9e; color: #fff; padding: 3mm 5mm; margin-top: 4mm; display: grid; grid-template-columns: 1fr 1fr; grid-gap: 2mm 8mm }
.contact h3 { color: #fff; margin: 0 0 1mm } .contact p { margin: 0 }
p.caption { font-size: 7.5pt; color: #666; margin: 0 }
'''
d = HTML('blind9-03-en-comic-truckers', 'en', 'chromium', 'blind-comic-strip', 'HIV prevention and non-discrimination for long-distance truck drivers', css=css)
def page_open(n):
    d.raw('<div class="page">'); d.fu('ILO · HIV and the world of work in South Sudan', cls='hdr')
def page_close(n):
    d.raw('<div class="ftr">'); d.fu('Mile 40 · a story from the Nimule–Juba road', tag='span'); d.fu(f'Page {n} of 2', tag='span'); d.raw('</div></div>')
page_open(1)
d.raw('<div class="band">'); d.i('A COMIC FOR DRIVERS, THEIR FAMILIES AND THEIR EMPLOYERS', cls='kind')
d.T('Mile 40'); d.p('Deng drives a fuel truck from the Ugandan border to Juba. This is the week he decided to know his HIV status.', cls='lead'); d.raw('</div>')
panels = [
    ('Nimule border post, five in the morning. Deng has waited two days for his papers.', 'Two days, and still no stamp.', 'truck'),
    ('At the weighbridge, a peer educator from the drivers’ union sets up a tent.', 'Free test, ten minutes. Nobody sees the result but you.', 'tent'),
    ('Deng is afraid. His cousin lost his job after a positive test.', 'If the company finds out, I am finished.', 'truck'),
    ('Achol explains that the law protects him: nobody can be dismissed because of their HIV status.', 'Your result is yours. Your boss never sees it.', 'tent'),
    ('Deng takes the test. While he waits, he reads the union’s leaflet on condoms and treatment.', None, 'tent'),
    ('Mile 40, three weeks later. Deng hands the leaflet to a younger driver.', 'Ten minutes, brother. Then you know.', 'truck'),
]
d.raw('<div class="grid">')
for k, (cap, bal, sc) in enumerate(panels, 1):
    d.raw('<div class="panel">'); d.i(str(k), cls='num'); d.p(cap, cls='cap')
    if bal: d.i(bal, tag='div', cls='balloon' + (' r' if k % 2 == 0 else ''))
    d.raw('<div class="scene"><div class="road"></div>' + ('<div class="truck"></div><div class="cab"></div>' if sc == 'truck' else '<div class="tent"></div>') + '</div></div>')
d.raw('</div>')
d.p('The story is invented, but every scene was drawn from interviews with 60 drivers at Nimule, Magwi and Juba in 2024.', cls='note')
page_close(1)
page_open(2)
d.h('Behind the story', 1)
d.raw('<div class="cols">')
d.p('Long-distance drivers spend weeks away from home and nights at border posts. In a survey along the road, one driver in three said he had never taken an HIV test, and most feared losing their job if the result was positive.')
d.p('The comic was designed with the South Sudan HIV/AIDS Commission (SSAC) and the Uganda AIDS Commission (UAC), which check that its health messages are right on both sides of the border.')
d.h('Who made it possible', 2)
d.p('The comic and the testing tents are financed by the Ministry of Foreign Affairs of Denmark, through a grant to the International Labour Organization (ILO) approved in 2024.')
d.p('In 2023 a memorandum of understanding on testing at weighbridges was signed by four parties: the South Sudan Truck Drivers’ Union, the Ministry of Labour, the South Sudan Chamber of Commerce, Industry and Agriculture (SSCCIA) and the ILO.')
d.p('SSAC and UAC have run a cross-border programme for mobile workers since 2022; it was extended in 2025 and now runs until 2027.')
d.p('The Joint United Nations Programme on HIV/AIDS (UNAIDS) gave the drivers’ union a small grant in 2025 to train 40 peer educators. Later that year Nile Star, a chain of fuel stations at Nimule, signed a letter of intent with the union to host the tents on its forecourts.')
d.p('Test kits are checked by the laboratory of Juba Teaching Hospital under a service contract. The International Organization for Migration (IOM) follows the work as an observer, and talks with the East African Community secretariat have not led to any agreement.')
d.raw('</div>')
d.h('Testing points on the road', 2)
d.tab([['Place', 'Distance from Juba', 'Open']],
      [['Nimule border post', '192 km', 'every day, 6:00–18:00'], ['Pageri weighbridge', '160 km', 'Monday to Saturday'], ['Magwi junction', '120 km', 'Tuesday and Friday'], ['Jebel Kujur truck park, Juba', '6 km', 'every day, 8:00–20:00']],
      caption='Source: South Sudan Truck Drivers’ Union, 2025.')
d.h('What the law says', 2)
d.ul(['No worker may be tested for HIV without his or her consent.', 'Your result is confidential: your employer has no right to see it.', ('You cannot be dismissed because of your HIV status:', ['if this happens, call the union;', 'the labour inspector must be informed.'])], tag='ol')
d.q('I drove for eleven years without testing. Now I stop at the tent every time I pass Pageri, and I bring the new drivers with me.', 'Joseph Lado Wani', 'fuel-truck driver and peer educator')
d.raw('<div class="contact"><div>'); d.h('Contact', 2, tag='h3')
d.contact('Rebecca Nyandeng Akol', 'akol@ilo.org', '+211 920 114 377')
d.raw('<p>Rebecca Nyandeng Akol</p>'); d.i('HIV focal point, ILO Juba'); d.i('Tel.: +211 920 114 377'); d.i('Email: akol@ilo.org')
d.raw('</div><div>'); d.i('More comics and the union’s leaflet:')
d.raw(f'<p>{d.link("www.ilo.org/aids")}</p><p>{d.link("www.sstdu.org/mile40")}</p></div></div>')
page_close(2)
d.orgs(('International Labour Organization', 'ILO'), ('South Sudan HIV/AIDS Commission', 'SSAC'), ('Uganda AIDS Commission', 'UAC'), 'Ministry of Foreign Affairs of Denmark',
       'South Sudan Truck Drivers’ Union', 'Ministry of Labour', ('South Sudan Chamber of Commerce, Industry and Agriculture', 'SSCCIA'),
       ('Joint United Nations Programme on HIV/AIDS', 'UNAIDS'), 'Nile Star', 'Juba Teaching Hospital', ('International Organization for Migration', 'IOM'), 'East African Community')
d.countries('SS', 'UG', 'DK')
d.ps(['Ministry of Foreign Affairs of Denmark', 'ILO'], 'funding', 2024)
d.ps(['South Sudan Truck Drivers’ Union', 'Ministry of Labour', 'SSCCIA', 'ILO'], 'memorandum_of_understanding', 2023)
d.ps(['SSAC', 'UAC'], 'programme', 2022, 2027)
d.ps(['UNAIDS', 'South Sudan Truck Drivers’ Union'], 'funding', 2025)
d.ps(['Nile Star', 'South Sudan Truck Drivers’ Union'], 'letter_of_intent', 2025)
d.build_chromium()
