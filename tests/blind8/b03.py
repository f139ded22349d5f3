from common import *
css = '''@page{size:A4 landscape;margin:0}
body{margin:0;font-family:"Liberation Sans",sans-serif;color:#222}
.slide{position:relative;width:297mm;height:209mm;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:22mm 18mm 16mm 18mm}
.slide:last-child{page-break-after:auto}
.hdr{position:absolute;top:7mm;left:18mm;right:18mm;font-size:8pt;color:#666;border-bottom:0.6pt solid #bbb;padding-bottom:2mm}
.ftr{position:absolute;bottom:6mm;right:18mm;font-size:8pt;color:#666}
.bar{position:absolute;left:0;top:0;bottom:0;width:7mm;background:#0a7d6e}
h1.title{font-size:30pt;color:#0a4f46;margin:18mm 0 4mm 0;width:190mm}
.sub{font-size:14pt;color:#0a7d6e;margin:0 0 10mm 0}
.pres{font-size:10pt;color:#555}
h2{font-size:21pt;color:#0a4f46;margin:0 0 6mm 0}
h3{font-size:12pt;color:#0a7d6e;margin:5mm 0 2mm 0}
ul,ol{font-size:12.5pt;line-height:1.35;margin:0 0 0 6mm;padding:0}
ul.sub{font-size:11pt;margin-left:7mm;list-style:circle}
.cols{display:flex;gap:12mm}.cols>div{flex:1}
table{border-collapse:collapse;font-size:11pt;width:100%}
th{background:#0a7d6e;color:#fff;text-align:left;padding:4px 6px}
td{border-bottom:0.6pt solid #aaa;padding:4px 6px}
.caption{font-size:8.5pt;color:#666}
.notes{position:absolute;left:18mm;right:18mm;bottom:15mm;border-top:1pt dashed #999;padding-top:2mm;font-size:9.5pt;color:#444}
.notes h3{font-size:9pt;margin:0 0 1mm 0;color:#777;text-transform:uppercase;letter-spacing:1pt}
.notes p{margin:0 0 1mm 0}
blockquote{margin:6mm 0 0 0;border-left:4pt solid #e0a800;padding-left:5mm;font-size:13pt;font-style:italic}
blockquote .who{font-size:9.5pt;font-style:normal;color:#555}
.contact{font-size:10pt;margin-top:5mm;background:#eef6f4;padding:3mm 4mm}
.contact p{margin:0}'''
d = HTML('blind8-03-en-cotton-monitoring', 'en', 'chromium', 'blind-slide-handout', 'monitoring forced labour in the cotton harvest', css=css)
HDR = 'ILO · Third-party monitoring of the cotton harvest in Uzbekistan · Briefing for development partners'
def slide_start():
    d.raw('<div class="slide"><div class="bar"></div>'); d.fu(HDR, cls='hdr')
def slide_end(n):
    d.fu(f'Slide {n} of 3', cls='ftr'); d.raw('</div>')
slide_start()
d.T('Ten harvests later: what monitoring changed in Uzbekistan’s cotton fields')
d.p('Findings of the 2025 third-party monitoring round and the partnerships that carry it forward', cls='sub')
d.i('Presented by the ILO Project Office in Tashkent · Development partners’ meeting, 18 November 2025', cls='pres')
d.h('On today’s agenda', 2, tag='h3')
d.ul(['What the 2025 round found', 'Who funds and who owns the process', 'Handing over to national institutions'], tag='ol')
slide_end(1)
slide_start()
d.h('What the 2025 round found', 1)
d.raw('<div class="cols"><div>')
d.ul([('Systemic forced labour: not found for the fourth year running', ['no quotas imposed on schools, hospitals or ministries;', 'voluntary pickers paid 1,450 soum per kilogram on average.']),
      'Isolated cases: 38 reports of pressure on public-sector staff, all in three districts of Kashkadarya',
      'Child labour: no cases under 15; 6 cases of 16–17-year-olds working with parents'])
d.raw('</div><div>')
d.tab([['Round', 'Interviews', 'Cases of forced labour']], [['2021', '7,100', '0.9 %'], ['2023', '9,300', '0.5 %'], ['2025', '11,250', '0.3 %']],
      cls='ruled', caption='Share of interviewed pickers reporting coercion. Survey design reviewed by the Centre for Economic Research and Reforms.')
d.raw('</div></div>')
d.raw('<div class="notes">'); d.h('Speaker notes', 2, tag='h3')
d.p('Interviews took place in all 13 cotton-growing regions and the Republic of Karakalpakstan between September and November. Figures for 2021 are not fully comparable: that round did not cover clusters with fewer than 500 hectares.')
d.raw('</div>')
slide_end(2)
slide_start()
d.h('Who funds, who signs, who takes over', 1)
d.raw('<div class="cols"><div>')
d.ul([('Donors', ['Switzerland, through the State Secretariat for Economic Affairs (SECO): contribution agreement with the ILO for 2023–2026', 'United States Department of Labor (USDOL): grant to the ILO since 2023, renewed in 2025']),
      ('National partners', ['the Ministry of Employment and Poverty Reduction, the Federation of Trade Unions of Uzbekistan (FTUU) and the Chamber of Commerce and Industry signed a Decent Work Country Programme with the ILO in 2021, now extended until 2026', 'FTUU and the Cotton and Textile Clusters Association concluded a framework agreement on collective bargaining in the clusters in 2024'])])
d.raw('</div><div>')
d.h('Handover in 2026', 2, tag='h3')
d.p('From 2026 the Ministry’s labour inspectorate and FTUU will run the survey themselves. A memorandum of understanding between the two institutions on joint field teams was signed in October 2025.')
d.p('Civil society observers from the Cotton Campaign coalition and Better Cotton assessors are invited to the validation workshop; neither is a party to the agreements above.')
d.q('Monitoring was never meant to last forever. The goal is that our own institutions ask these questions every autumn.', 'Dilnoza Karimova', 'Deputy Minister of Employment and Poverty Reduction', cls='pull')
d.raw('<div class="contact">'); d.contact('Anvar Rashidov', 'rashidov@ilo.org', '+998 71 120 64 50')
d.raw('<p><b>Anvar Rashidov</b>, ' + d.e(d.ign('National Project Coordinator')) + '</p><p>rashidov@ilo.org · +998 71 120 64 50 · ' + d.e(d.link('www.ilo.org/moscow')) + '</p></div>')
d.raw('</div></div>')
slide_end(3)
d.orgs('ILO', 'ILO Project Office in Tashkent', 'Switzerland', ('State Secretariat for Economic Affairs', 'SECO'), ('United States Department of Labor', 'USDOL'),
       'Ministry of Employment and Poverty Reduction', ('Federation of Trade Unions of Uzbekistan', 'FTUU'), 'Chamber of Commerce and Industry',
       'Cotton and Textile Clusters Association', 'Cotton Campaign', 'Better Cotton', 'Centre for Economic Research and Reforms')
d.countries('UZ', 'CH', 'US')
d.ps(['SECO', 'ILO'], 'funding', 2023, 2026)
d.ps(['USDOL', 'ILO'], 'funding', 2023)
d.ps(['Ministry of Employment and Poverty Reduction', 'FTUU', 'Chamber of Commerce and Industry', 'ILO'], 'programme', 2021, 2026)
d.ps(['FTUU', 'Cotton and Textile Clusters Association'], 'cooperation_agreement', 2024)
d.ps(['Ministry of Employment and Poverty Reduction', 'FTUU'], 'memorandum_of_understanding', 2025)
d.build_chromium()
