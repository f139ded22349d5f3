from common import *
CSS = '''@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; line-height: 1.34; color: #1d2a1a; }
.sheet { position: relative; width: 210mm; height: 296mm; box-sizing: border-box; padding: 11mm 13mm 14mm 13mm; overflow: hidden; }
.kind { font-size: 7.8pt; font-weight: bold; letter-spacing: 2px; color: #2f7d32; margin: 0 0 3px 0; }
h1.title { font-family: "DejaVu Serif", serif; font-size: 21pt; line-height: 1.12; margin: 0 0 4px 0; color: #183d18; }
p.lead { font-style: italic; font-size: 9.4pt; margin: 0 0 5px 0; }
h2 { font-size: 11.5pt; color: #2f7d32; margin: 7px 0 4px 0; }
h3 { font-size: 9pt; margin: 6px 0 3px 0; color: #183d18; }
p { margin: 0 0 4px 0; }
.mf { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12mm; row-gap: 4mm; margin-top: 3mm; }
.myth { background: #f6e3dc; padding: 5px 7px; border-left: 4px solid #b5452c; }
.fact { background: #e4f1e1; padding: 5px 7px; border-left: 4px solid #2f7d32; }
.lab { font-size: 7.5pt; font-weight: bold; letter-spacing: 1.5px; margin: 0 0 2px 0; }
.myth .lab { color: #b5452c; } .fact .lab { color: #2f7d32; }
.myth p.t { font-family: "DejaVu Serif", serif; font-style: italic; }
.fn { font-size: 7pt; color: #444; border-top: 0.5px solid #999; padding-top: 2px; margin-top: 4px; }
.bottom { display: grid; grid-template-columns: 1fr 1fr; column-gap: 12mm; margin-top: 2mm; }
table.ruled { width: 100%; border-collapse: collapse; font-size: 8pt; }
table.ruled th { text-align: left; border-bottom: 1.2px solid #183d18; padding: 2px 3px; } table.ruled td { border-bottom: 0.4px solid #aaa; padding: 2px 3px; vertical-align: top; }
p.caption { font-size: 7pt; font-style: italic; color: #555; }
ul, ol { margin: 0 0 4px 0; padding-left: 14px; } ul.sub { list-style-type: circle; margin: 1px 0; }
blockquote.pull { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #2f7d32; background: #f3f7f1; }
blockquote.pull p { font-family: "DejaVu Serif", serif; font-style: italic; font-size: 9.5pt; margin: 0 0 2px 0; } blockquote.pull p.who { font-family: "DejaVu Sans"; font-style: normal; font-size: 7.5pt; }
.small { font-size: 7.6pt; }
.foot { position: absolute; left: 13mm; right: 13mm; bottom: 6mm; font-size: 7pt; color: #2f7d32; border-top: 0.5px solid #2f7d32; padding-top: 2px; }
sup { font-size: 6pt; }
.pg { position: absolute; right: 13mm; bottom: 6mm; font-size: 7pt; color: #2f7d32; padding-top: 2px; }
.sheet + .sheet { page-break-before: always; }
.bottom { margin-top: 0; }
'''
d = HTML('blind19-01-en-mythfact-essequibo-rice', 'en', 'chromium', 'blind-myth-fact-sheet', 'child labour and hazardous work of children in rice farming', css=CSS)
d.raw('<div class="sheet">')
d.i('MYTH OR FACT? · CLEAN HARVEST CAMPAIGN', 'div', 'kind')
d.T('Children and the rice harvest: what is true and what is not')
d.p('Anna Regina and Mahaicony, 12 June 2026 — a sheet for rice farmers, mill owners and parents on the Essequibo Coast and along the Mahaicony River, for the World Day Against Child Labour', 'lead')
d.p('In the spring crop, rice farms in Guyana need every hand for a few weeks, and some of those hands are small. This sheet was written by the Guyana Agricultural and General Workers’ Union (GAWU) and the International Labour Organization (ILO) with farmers who asked us what the rules really are.')
d.h('Five things people say about children in the rice fields', 1)
pairs = [
    ('Helping on the family farm is only chores, and chores are never child labour.',
     'Light work for a few hours a week can be fine from age 13, if it never keeps a child from school. Spraying, driving a tractor or carrying bags of paddy heavier than 20 kg is hazardous work, forbidden under 18.'),
    ('Nobody checks the back dams, so the rules do not matter there.',
     'Guyana’s labour ministry sends inspectors to the back dams in harvest weeks, and Pomeroon Voice FM (GAWU’s partner since 2021) reads the spraying calendar every Monday, so nobody can say they did not know.'),
    ('If a child is not in the field, there is nowhere safe for her to go.',
     'In harvest weeks children from the rice villages of Region Two now get classes after school, with a meal.'),
    ('A boy of fifteen is strong enough to carry a spray tank.',
     'Strength is not the point. Children breathe faster and their skin takes in more poison than an adult’s. No child mixes, carries or sprays pesticides, whatever his size.'),
    ('Paying a teenager less than an adult is normal.',
     'A young worker of 16 or 17 doing allowed work is paid the same day rate as an adult for the same task. The GRPA posts the 2026 rates at every mill gate.'),
]
d.raw('<div class="mf">')
for k, (m, f) in enumerate(pairs, 1):
    d.raw('<div class="myth">'); d.i(f'MYTH {k}', 'p', 'lab'); d.p(m, 't'); d.raw('</div>')
    d.raw('<div class="fact">'); d.i(f'FACT {k}', 'p', 'lab')
    if k == 3:
        f = d.para(f); d.raw(f'<p>{d.e(f)}<sup>1</sup></p>')
    else:
        d.p(f)
    d.raw('</div>')
d.raw('</div>')
fn = d.para('Under a memorandum of understanding between the Guyana Rice Development Board (GRDB) and the Regional Democratic Council of Region Two, 2023–2026.')
d.raw(f'<p class="fn"><sup>1</sup> {d.e(fn)}</p>')
d.fu('Clean Harvest campaign · Essequibo Coast and Mahaicony · June 2026', 'div', 'foot')
d.raw('<div class="pg">' + d.e(d.furn('Page 1 of 2')) + '</div>')
d.raw('</div><div class="sheet">')
d.h('Keeping children safe at harvest time', 1)
d.p('The spring crop is cut between March and May, the autumn crop between September and November. In those weeks the campaign’s volunteers visit every farm on the coast road at least once, and GAWU keeps a phone line open from six in the morning.')
d.raw('<div class="bottom"><div>')
d.h('What the law allows, by age', 2)
d.tab([['Age', 'Light work', 'Hazardous work']],
      [['Under 13', 'None in the field', 'Never'], ['13 to 15', 'Up to 2 hours on a school day', 'Never'], ['16 and 17', 'Allowed tasks, with a day off each week', 'Never'], ['18 and over', 'Any task, with training', 'With protective gear']],
      caption='Summary for the 2026 spring crop; the full list of hazardous tasks is annexed to the tripartite agreement.', colw=['22%', '46%', '32%'])
d.h('If you see a child doing hazardous work', 2)
d.ul([('Speak to the farmer first, calmly:', ['ask who the child is;', 'explain which task is forbidden.']), 'Call the GAWU office if nothing changes.', 'In an emergency, take the child to Suddie Public Hospital.'])
d.h('In spraying weeks', 2)
d.ul(['Keep children out of the field for 48 hours after spraying.', 'Lock the chemical store.', 'Wash work clothes away from the house.'], tag='ol')
d.raw('</div><div>')
d.h('Who stands behind the campaign', 1)
d.p('The Guyana Rice Producers Association (GRPA) and GAWU have worked hand in hand since 2018 on one rule: no child on the farm during spraying. Last year they went further and signed a tripartite agreement among the Ministry of Labour of Guyana, the GRPA and GAWU, which lists the tasks that no one under 18 may do.')
d.p('The Lima Sands Farmers’ Cooperative runs a homework van that parks at Anna Regina Multilateral School in harvest weeks. Since 2025 the van has been sponsored by the Embassy of Japan.')
d.p('Golden Grain Mahaicony, a rice mill, underwrote the school bus of the Mothers’ Circle of Mahaicony from 2021 until 2024; the bus now runs on the regional council’s budget.')
d.q('I cut paddy when I was eleven. My daughter is in Form Three, and that is where she will stay until she finishes.', 'Savitri Persaud', 'rice farmer and GAWU shop steward, Lima Sands')
d.p('Ramsaroop & Daughters Milling has applied to join the tripartite agreement. The Guyana Rice Exporters’ Forum was approached and declined to sign. The Child Care and Protection Agency (CCPA) sits in the monthly review as an observer. Anna Regina Town Council lends its hall for parents’ evenings, and Essequibo Print House printed this sheet on a paid order. Figures on school attendance come from the Bureau of Statistics.', 'small')
d.h('Contact', 2)
d.contact('Devika Ramnarine', 'ramnarine@ilo.org', '+1 868 625 0524')
d.raw('<p class="small">Devika Ramnarine<br>' + d.e(d.ign('ILO Office for the Caribbean, Port of Spain')) + '<br>' + d.e(d.ign('Tel.: +1 868 625 0524')) + '<br>' + d.e(d.ign('Email: ramnarine@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/caribbean')) + '</p>')
d.raw('</div></div>')
d.fu('Clean Harvest campaign · Essequibo Coast and Mahaicony · June 2026', 'div', 'foot')
d.raw('<div class="pg">' + d.e(d.furn('Page 2 of 2')) + '</div>')
d.raw('</div>')
d.orgs(('Guyana Agricultural and General Workers’ Union', 'GAWU'), ('International Labour Organization', 'ILO'), 'Pomeroon Voice FM',
       ('Guyana Rice Producers Association', 'GRPA'), ('Guyana Rice Development Board', 'GRDB'), 'Regional Democratic Council of Region Two',
       'Suddie Public Hospital', 'Ministry of Labour of Guyana', 'Lima Sands Farmers’ Cooperative', 'Anna Regina Multilateral School', 'Embassy of Japan',
       'Golden Grain Mahaicony', 'Mothers’ Circle of Mahaicony', 'Ramsaroop & Daughters Milling', 'Guyana Rice Exporters’ Forum',
       ('Child Care and Protection Agency', 'CCPA'), 'Anna Regina Town Council', 'Essequibo Print House', 'Bureau of Statistics')
d.countries('GY', 'JP')
d.ps(['Pomeroon Voice FM', 'GAWU'], 'partnership', 2021)
d.ps(['GRDB', 'Regional Democratic Council of Region Two'], 'memorandum_of_understanding', 2023, 2026)
d.ps(['GRPA', 'GAWU'], 'partnership', 2018)
d.ps(['Ministry of Labour of Guyana', 'GRPA', 'GAWU'], 'cooperation_agreement', 2025)
d.ps(['Embassy of Japan', 'Lima Sands Farmers’ Cooperative'], 'funding', 2025)
d.ps(['Golden Grain Mahaicony', 'Mothers’ Circle of Mahaicony'], 'funding', 2021, 2024)
d.build_chromium()
