from common import *
css = '''@page{size:A4;margin:13mm}body{font-family:"DejaVu Sans",sans-serif;font-size:8.1pt;line-height:1.25;color:#1d1d1d}
.kind{font-size:7.5pt;font-weight:bold;letter-spacing:2px;color:#1c6b48;margin:0}
h1.title{font-size:21pt;margin:2px 0 2px;color:#123d2b}.lead{font-size:10pt;margin:0 0 5px;color:#333}
.grid{display:grid;grid-template-columns:96mm 1fr;gap:6mm}
h2{font-size:11pt;color:#1c6b48;margin:5px 0 3px}h3{font-size:9pt;margin:5px 0 2px}
p{margin:0 0 4px}ol,ul{margin:0 0 4px;padding-left:16px}ul.sub{padding-left:12px;list-style:circle}
svg text{font-family:"DejaVu Sans"}
table.ruled{border-collapse:collapse;width:100%;font-size:7.8pt;margin:3px 0}table.ruled th{background:#1c6b48;color:#fff;text-align:left;padding:2px 3px}
table.ruled td{border-bottom:0.5px solid #9bb;padding:2px 3px}.caption{font-size:7pt;font-style:italic;margin:0 0 4px}
blockquote{margin:5px 0;padding:4px 8px;background:#e8f3ec}blockquote p{font-style:italic;font-size:10pt}blockquote p.who{font-style:normal;font-size:7.8pt}
.contact{border-top:2px solid #1c6b48;padding-top:3px;font-size:8pt}'''
d = HTML('blind14-04-en-map-faisalabad-homeworkers', 'en', 'chromium', 'blind-map-legend', 'textile home-workers, social security registration', css=css)
d.i('MAPPING HOME-BASED WORK · FAISALABAD DISTRICT, PAKISTAN', cls='kind')
d.T('Where the stitching happens')
d.p('Faisalabad, September 2025 — five clusters of women home-workers, and the offices that now reach them', cls='lead')
d.raw('<div class="grid"><div>')
labels = [(175, 140, '1'), (120, 250, '2'), (300, 95, '3'), (95, 330, '4'), (250, 40, '5')]
names = ['Faisalabad city', 'Samundri', 'Jaranwala', 'Tandlianwala', 'Chak Jhumra']
svg = ['<svg width="96mm" height="88mm" viewBox="0 0 400 370"><rect x="0" y="0" width="400" height="370" fill="#f2efe4"/>',
       '<path d="M20,60 C90,20 200,10 330,30 C390,60 380,200 360,300 C300,360 120,365 40,330 C10,250 5,140 20,60 Z" fill="#dfe9d3" stroke="#7a8f6a" stroke-width="2"/>',
       '<path d="M0,200 C100,190 180,230 400,180" fill="none" stroke="#8fb4d9" stroke-width="5"/>']
svg.append(f'<text x="230" y="222" font-size="11" fill="#4a7aa8">{d.e(d.ign("Rakh Branch Canal"))}</text>')
for (x, y, n), nm in zip(labels, names):
    svg.append(f'<circle cx="{x}" cy="{y}" r="11" fill="#b8322a"/><text x="{x}" y="{y+4}" font-size="11" fill="#fff" text-anchor="middle" font-weight="bold">{d.e(d.ign(n))}</text>')
    svg.append(f'<text x="{x+15}" y="{y+4}" font-size="10">{d.e(d.ign(nm))}</text>')
svg.append(f'<text x="12" y="362" font-size="9" fill="#555">{d.e(d.ign("Schematic, not to scale"))}</text></svg>')
d.raw(''.join(svg))
d.h('Legend', 2)
d.ul([('Faisalabad city (Jhang Road and Ghulam Muhammadabad): 1 840 home-workers', ['bedsheet hemming and button work;', 'a PESSI registration desk opens every Monday.']),
      'Samundri: 610 home-workers, most of them embroiderers.',
      'Jaranwala: 430 home-workers stitching footballs and gloves.',
      ('Tandlianwala: 390 home-workers', ['the women’s centre is run by the Tandlianwala Union Council and Sitara Weaving Mills Ltd. under a letter of intent of 2025.']),
      'Chak Jhumra: 270 home-workers, mapped for the first time.'], tag='ol')
d.raw('</div><div>')
d.h('Why a map?', 1)
d.p('Home-workers sew at home for piece rates and rarely appear on any register. In 2025 volunteers walked door to door in five areas and marked every household where a woman takes in work from a factory or a middleman.')
d.h('Who does what', 1)
d.p('A memorandum of understanding was concluded in 2024 between the Punjab Employees Social Security Institution (PESSI) and HomeNet Pakistan; it lets home-workers register through the association.')
d.p('The survey is financed by the United Kingdom: the Foreign, Commonwealth & Development Office (FCDO) gave a grant to the International Labour Organization (ILO) that runs from 2023 to 2026.')
d.p('The Faisalabad Chamber of Commerce and Industry (FCCI) and the Government College Women University Faisalabad (GCWUF) have had a cooperation agreement on courses in pattern cutting since 2022. They renewed it last year for three more years.')
d.p('Since 2023 the vocational institute of the Punjab Vocational Training Council (PVTC) in Samundri has been twinned with the Textile Institute of Pakistan (TIP) in Karachi.')
d.p('The Labour and Human Resource Department of Punjab chairs the steering committee but has not signed any of these texts. The All Pakistan Textile Mills Association (APTMA) was consulted; nothing has been signed. The door-to-door survey was carried out by Lyallpur Survey Associates under contract, and population figures come from the Pakistan Bureau of Statistics (PBS).')
d.h('The clusters in numbers', 2)
d.tab([['Site', 'Home-workers', 'Registered with PESSI', 'Median monthly pay (PKR)']],
      [['1', '1 840', '512', '14 500'], ['2', '610', '138', '12 000'], ['3', '430', '97', '11 200'], ['4', '390', '121', '12 800'], ['5', '270', '22', '10 500']], caption='Survey of May–July 2025.')
d.q('When the van from PESSI came to our street, it was the first time anyone official asked what I do all day.', 'Shazia Parveen', 'embroiderer, Samundri')
d.raw('<div class="contact">')
d.h('Contact', 2)
d.contact('Farah Naz', 'naz@ilo.org', '+92 51 227 6455')
d.raw('<p>Farah Naz<br>' + d.e(d.ign('ILO Country Office for Pakistan, Islamabad')) + '<br>' + d.e(d.ign('Tel.: +92 51 227 6455')) + '<br>' + d.e(d.ign('Email: naz@ilo.org')) + '<br>' + d.e(d.link('www.ilo.org/islamabad')) + '</p></div>')
d.raw('</div></div>')
d.orgs(('Punjab Employees Social Security Institution', 'PESSI'), 'Tandlianwala Union Council', 'Sitara Weaving Mills Ltd.', 'HomeNet Pakistan',
       ('Foreign, Commonwealth & Development Office', 'FCDO'), ('International Labour Organization', 'ILO'), ('Faisalabad Chamber of Commerce and Industry', 'FCCI'),
       ('Government College Women University Faisalabad', 'GCWUF'), ('Punjab Vocational Training Council', 'PVTC'), ('Textile Institute of Pakistan', 'TIP'),
       'Labour and Human Resource Department of Punjab', ('All Pakistan Textile Mills Association', 'APTMA'), 'Lyallpur Survey Associates', ('Pakistan Bureau of Statistics', 'PBS'))
d.countries('PK', 'GB')
d.ps(['Tandlianwala Union Council', 'Sitara Weaving Mills Ltd.'], 'letter_of_intent', 2025)
d.ps(['PESSI', 'HomeNet Pakistan'], 'memorandum_of_understanding', 2024)
d.ps(['FCDO', 'ILO'], 'funding', 2023, 2026)
d.ps(['FCCI', 'GCWUF'], 'cooperation_agreement', 2022, 2027)
d.ps(['PVTC', 'TIP'], 'partnership', 2023)
d.build_chromium()
