from common import *
CSS = '''@page { size: A4; margin: 11mm 13mm; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; line-height: 1.34; color: #1d1d1b; }
.sheet { }
.band { background: #7a1f2b; color: #fff; padding: 6px 10px; margin: 0 0 6px 0; }
.kind { font-size: 8pt; font-weight: bold; letter-spacing: 4px; margin: 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 23pt; line-height: 1.1; margin: 4px 0 5px 0; color: #7a1f2b; }
p.lead { font-size: 10pt; font-style: italic; margin: 0 0 6px 0; }
h2 { font-size: 12pt; color: #7a1f2b; margin: 8px 0 4px 0; border-bottom: 1.5px solid #7a1f2b; }
h3 { font-size: 9.4pt; color: #225c3a; margin: 6px 0 3px 0; }
p { margin: 0 0 4px 0; }
.mf { display: grid; grid-template-columns: 1fr 1.35fr; column-gap: 12mm; row-gap: 5px; margin-bottom: 4px; }
.myth { background: #f6e3e5; padding: 5px 7px; } .fact { background: #e3f1e7; padding: 5px 7px; }
.lab { font-size: 7.5pt; font-weight: bold; letter-spacing: 2px; margin: 0 0 2px 0; }
.myth .lab { color: #7a1f2b; } .fact .lab { color: #225c3a; }
.myth p.m { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 9pt; }
.cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12mm; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 7.8pt; margin-top: 3px; }
table.ruled th { background: #225c3a; color: #fff; text-align: left; padding: 2px 4px; } table.ruled td { border-bottom: 0.4px solid #999; padding: 2px 4px; vertical-align: top; }
p.caption { font-size: 6.8pt; font-style: italic; color: #555; }
blockquote.pull { margin: 6px 0; padding: 6px 9px; border-left: 4px solid #7a1f2b; background: #faf4f4; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-size: 9.6pt; font-style: italic; margin: 0 0 3px 0; } blockquote.pull p.who { font-family: "DejaVu Sans"; font-size: 7.3pt; font-style: normal; }
.small { font-size: 7.2pt; }
ol, ul { margin: 0 0 4px 0; padding-left: 15px; } ul.sub { list-style-type: circle; margin: 1px 0; }
'''
d = HTML('blind20-01-en-mythfact-punatsangchhu-tunnels', 'en', 'chromium', 'blind-myth-fact-sheet', 'silica dust, contracts, overtime and accident cover of tunnel and dam crews on hydropower sites', css=CSS)
d.raw('<div class="sheet"><div class="band">')
d.i('MYTH OR FACT? · SAFE TUNNELS CAMPAIGN', 'p', 'kind')
d.raw('</div>')
d.T('Six things people still believe about work on Bhutan’s dam sites')
d.p('Wangdue Phodrang, 9 September 2026 — for drillers, shotcrete crews, drivers and camp workers at the Punatsangchhu hydropower sites', 'lead')
d.p('Around 4 200 people work on the two Punatsangchhu projects, in the tunnels, at the dam wall and in the labour camps at Bajo and Kamichu. About half come from India. Each myth below was heard at a safety day; each fact has been checked with the Tunnel Workers’ Welfare Committee and the International Labour Organization (ILO).')
MY, FA = 'MYTH', 'FACT'
def pair(m, f):
    d.raw('<div class="myth">'); d.i(MY, 'p', 'lab'); d.p(m, 'm'); d.raw('</div><div class="fact">'); d.i(FA, 'p', 'lab'); d.p(f); d.raw('</div>')
d.h('In the tunnel', 1)
d.raw('<div class="mf">')
pair('Dust in the tunnel is only a nuisance.', 'Silica dust from drilling scars the lungs for life. Wetting the rock before each drill run and a fitted mask cut the dust a worker breathes by more than half.')
pair('Helmets are for visitors.', 'Loose rock falls without warning in a fresh heading. In 2023 fourteen workers were hurt by falling rock; eleven had no helmet on.')
d.raw('</div>')
d.h('Pay and papers', 1)
d.raw('<div class="mf">')
pair('Workers from India do not need a written contract.', 'Every worker, from Bhutan or from India, must receive a contract in a language they can read before the first shift, with the wage, the hours and the camp rules.')
pair('Overtime starts only after sixty hours.', 'Overtime starts after 48 hours in a week and is paid at one and a half times the normal rate. The shift register is the proof.')
d.raw('</div>')
d.h('When something goes wrong', 1)
d.raw('<div class="mf">')
pair('Accident cover is only for permanent staff.', 'Since 2024 the NPPF (National Pension and Provident Fund) has underwritten group accident cover for every worker on the sites, casual or permanent, under a cooperation agreement with the Punatsangchhu Hydroelectric Project Authority (PHPA).')
pair('A first-aid post is too costly for a small adit.', 'The Tunnel Workers’ Welfare Committee asked for one at every adit. Three years ago it entered into a letter of intent with Bajo Basic Health Unit, and a nurse now visits each adit twice a week.')
d.raw('</div>')
d.raw('<div class="cols" style="break-before: page"><div>')
d.h('Who stands behind the facts', 1)
d.p('Druk Tunnel Works and the Construction Association of Bhutan (CAB) have worked hand in hand since 2019 under a memorandum of understanding on wet drilling and masks. Financial support for the campaign comes from the Austrian Development Agency (ADA), through a grant to the ILO for 2025–2027.')
d.p('Meals at the Bajo camp are cooked by the Nyisho Women’s Cooperative (partner of the welfare committee since 2021). From 2020 until 2024 the night bus to the camps ran under an agreement between the PHPA and the Wangdue Phodrang Dzongkhag Administration; it now runs on a paid contract with Lhaki Transport.')
d.tab([['Partner', 'Role', 'Since']], [
    ['Druk Tunnel Works', 'Wet drilling and masks, with CAB', '2019'],
    ['Jigme Wangchuck Power Training Institute', 'Trains drill and shotcrete crews under an agreement with CAB', '2022'],
    ['Kuzoo FM', 'Partner of the ILO campaign: the Friday safety minute', '2025'],
], 'ruled', caption='Partners of the Safe Tunnels campaign, September 2026.', colw=['38%', '48%', '14%'])
d.h('The sites in figures', 2)
d.tab([['', '2023', '2025']], [['Workers on the two sites', '3 900', '4 200'], ['Injuries from falling rock', '14', '6'], ['Crews drilling wet', '9 of 31', '27 of 31'], ['Workers with accident cover', '1 150', '4 200']], 'ruled', caption='Sources: NSB and the welfare committee’s register.', colw=['56%', '22%', '22%'])
d.raw('</div><div>')
d.q('Nobody told me the dust could hurt my lungs. Now we wet the rock and nobody drills dry.', 'Karma Tshering', 'drill operator and welfare committee member, Bajo')
d.h('What to do', 2)
d.ul(['Ask for your contract before the first shift.', ('After any injury:', ['tell your foreman the same day;', 'ask the nurse to write it in the register.']), 'Keep a copy of the shift register for each month.'], tag='ol')
d.h('Not partners', 2)
d.p('The Bhutan Chamber of Commerce and Industry (BCCI) has applied to join the campaign. Himal Crushers, a stone supplier, was approached but declined. The Ministry of Industry, Commerce and Employment of Bhutan follows the campaign as an observer; the Bhutanese labour ministry has signed nothing. Bajo Higher Secondary School lends its hall for the safety days. Injury figures come from the National Statistics Bureau (NSB).', 'small')
d.h('Contact', 2)
d.contact('Pema Choden', 'choden@ilo.org', '+91 11 4750 8200')
d.raw('<p class="small">Pema Choden<br>' + d.e(d.ign('ILO Decent Work Technical Support Team for South Asia and Country Office for India')) + '<br>' + d.e(d.ign('Tel.: +91 11 4750 8200')) + '<br>' + d.e(d.ign('Email: choden@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/newdelhi')) + '</p>')
d.raw('</div></div></div>')
d.orgs('Tunnel Workers’ Welfare Committee', ('International Labour Organization', 'ILO'), ('National Pension and Provident Fund', 'NPPF'), ('Punatsangchhu Hydroelectric Project Authority', 'PHPA'),
       'Bajo Basic Health Unit', 'Druk Tunnel Works', ('Construction Association of Bhutan', 'CAB'), ('Austrian Development Agency', 'ADA'), 'Nyisho Women’s Cooperative',
       'Wangdue Phodrang Dzongkhag Administration', 'Lhaki Transport', 'Jigme Wangchuck Power Training Institute', 'Kuzoo FM',
       ('Bhutan Chamber of Commerce and Industry', 'BCCI'), 'Himal Crushers', 'Ministry of Industry, Commerce and Employment of Bhutan', 'Bajo Higher Secondary School', ('National Statistics Bureau', 'NSB'))
d.countries('BT', 'IN')
d.ps(['NPPF', 'PHPA'], 'cooperation_agreement', 2024)
d.ps(['Tunnel Workers’ Welfare Committee', 'Bajo Basic Health Unit'], 'letter_of_intent', 2023)
d.ps(['Druk Tunnel Works', 'CAB'], 'memorandum_of_understanding', 2019)
d.ps(['ADA', 'ILO'], 'funding', 2025, 2027)
d.ps(['Nyisho Women’s Cooperative', 'Tunnel Workers’ Welfare Committee'], 'partnership', 2021)
d.ps(['PHPA', 'Wangdue Phodrang Dzongkhag Administration'], 'cooperation_agreement', 2020, 2024)
d.ps(['Jigme Wangchuck Power Training Institute', 'CAB'], 'cooperation_agreement', 2022)
d.ps(['Kuzoo FM', 'ILO'], 'partnership', 2025)
d.build_chromium()
