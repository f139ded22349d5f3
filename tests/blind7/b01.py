from common import *
css = '''@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Serif",Georgia,serif;font-size:9.6pt;color:#222}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:16mm 15mm 14mm;position:relative;page-break-after:always;overflow:hidden}
.hdr{position:absolute;top:7mm;left:15mm;right:15mm;font:7.5pt "DejaVu Sans",sans-serif;color:#777;border-bottom:.4pt solid #aaa;padding-bottom:1mm}
.ftr{position:absolute;bottom:6mm;right:15mm;font:7.5pt "DejaVu Sans",sans-serif;color:#777}
.kick{font:bold 8pt "DejaVu Sans",sans-serif;letter-spacing:.2em;color:#2e7d32;margin:0}
h1.title{font-size:25pt;line-height:1.1;margin:2mm 0 3mm;color:#1b3d1f}
.stand{font-style:italic;font-size:11pt;margin:0 0 5mm;border-bottom:1pt solid #2e7d32;padding-bottom:3mm}
.cols{column-count:2;column-gap:8mm;column-rule:.4pt solid #ccc}
.cols p{margin:0 0 2.2mm;text-align:justify}
p.drop::first-letter{font-size:30pt;line-height:1;color:#2e7d32;font-weight:bold}
h2{font:bold 11pt "DejaVu Sans",sans-serif;color:#1b3d1f;margin:3mm 0 1.5mm;break-after:avoid}
h3{font:bold 9pt "DejaVu Sans",sans-serif;margin:0 0 1mm;color:#2e7d32}
.side{background:#eef5ea;border-top:2pt solid #2e7d32;padding:2.5mm;margin:2mm 0 3mm;break-inside:avoid;font-family:"DejaVu Sans",sans-serif;font-size:8.3pt}
.side ul{margin:0;padding-left:4mm} ul.sub{list-style:circle}
blockquote.pull{column-span:all;margin:4mm 10mm;font-size:14pt;font-style:italic;color:#1b3d1f;text-align:center;border-top:.6pt solid #2e7d32;border-bottom:.6pt solid #2e7d32;padding:2mm 0}
blockquote.pull p{margin:0} .who{font-size:8.5pt;font-style:normal;margin-top:1mm!important}
table{border-collapse:collapse;width:100%;font:8.2pt "DejaVu Sans",sans-serif;break-inside:avoid} th{text-align:left;border-bottom:1pt solid #1b3d1f} td{border-bottom:.3pt solid #bbb;padding:1mm .8mm;vertical-align:top}
.caption{font:italic 7.5pt "DejaVu Sans",sans-serif;color:#555;margin:1mm 0 3mm!important}
.contact{font:8.3pt "DejaVu Sans",sans-serif;background:#1b3d1f;color:#fff;padding:3mm;margin-top:3mm;break-inside:avoid}.contact p{margin:0 0 .6mm!important}.contact h2{color:#fff;margin-top:0}
'''
d = HTML('blind7-01-en-tea-estates', 'en', 'chromium', 'blind-magazine-spread', 'decent work on tea estates', css=css)
d.raw('<div class="page">'); d.fu('ILO Decent Work Team for South Asia and Country Office for India · Field notes', cls='hdr')
d.i('FIELD NOTES · ASSAM', cls='kick')
d.T('Leaf by leaf: fairer work on the tea estates of Assam')
d.p('How the “Green Leaf, Fair Wage” programme is changing pay, housing and health care for pluckers in Dibrugarh and Tinsukia, 2023–2026', cls='stand')
d.raw('<div class="cols">')
d.p('Before sunrise on the Bokpara estate, some 600 women walk to the sections with baskets on their backs. They pluck two leaves and a bud, all day, for a daily wage that has long been one of the lowest in India’s organized sector. Most live in estate “lines” built generations ago, and the estate hospital is often the only clinic for miles.', cls='drop')
d.p('The “Green Leaf, Fair Wage” programme of the International Labour Organization (ILO) works with employers, unions and the state to change that, one estate at a time. It started in 2023 on 24 estates in Dibrugarh and Tinsukia districts and will reach 60 by 2026.')
d.h('Money and mandate', 1)
d.p('The programme is financed by the Netherlands Enterprise Agency (RVO), on behalf of the Government of the Netherlands. The grant agreement was signed with the ILO in May 2023 and covers the period up to December 2026.')
d.raw('<div class="side">'); d.h('In the lines: what the estates committed to', 2, tag='h3')
d.ul(['A joint wage and welfare committee on every estate', ('Safe water and latrines in each line', ['repairs financed by the estate', 'audits by the workers’ representatives']), 'Crèches open during plucking hours'])
d.raw('</div>')
d.p('On the ground, the social partners carry the work. In January 2024 the Assam Branch of the Indian Tea Association (ABITA), the Assam Chah Mazdoor Sangha (ACMS) and the ILO put their names to a memorandum of understanding on estate-level committees. ABITA’s members now let elected pluckers sit with managers every month.')
d.h('Health on the estates', 1)
d.p('Estate hospitals are being reorganized with help from Assam Agricultural University (AAU). Its cooperation agreement with the ILO, first concluded in 2022, was extended in 2025 until 2028; it covers the training of 140 estate nurses and health assistants.')
d.p('The Labour Welfare Department of the Government of Assam chairs the state steering group, and the Tea Board of India supplies production figures; neither is a signatory to the programme’s agreements.')
d.raw('</div>')
d.q('For the first time the manager asked us what the lines need, and wrote it down in front of everyone.', 'Rupali Tanti', 'plucker and committee member, Bokpara estate')
d.raw('<div class="cols">')
d.h('Buyers at the table', 1)
d.p('Tea leaves Assam in auction lots, but the brands that buy it are part of the solution. The Ethical Tea Partnership (ETP) and UNICEF signed a letter of intent with the ILO in 2025 to align their own estate programmes with the committees, starting with child care and adolescent girls’ schooling.')
d.p('A second step is under discussion with the Guwahati Tea Auction Centre, which has not signed any agreement yet.')
d.raw('</div>')
d.fu('Page 1 / 2', cls='ftr'); d.raw('</div>')
d.raw('<div class="page">'); d.fu('ILO Decent Work Team for South Asia and Country Office for India · Field notes', cls='hdr')
d.raw('<div class="cols">')
d.h('Early results', 1)
d.tab([['Indicator', '2023', '2025']], [['Estates with a joint committee', '0', '31'], ['Lines with safe water', '38%', '61%'], ['Crèches open during plucking', '9', '27'], ['Pluckers paid by bank transfer', '12%', '74%']], colw=['56%', '22%', '22%'])
d.i('Table 1. Programme monitoring, 24 pilot estates.', cls='caption')
d.p('Wages are still set by the state’s notification, and the programme does not negotiate them. What has changed is that pay slips are now read aloud in the committees, and deductions for rations and fuel are explained.')
d.h('What comes next', 1)
d.ul(['Extending committees to 60 estates by 2026', ('A model housing plan for the lines', ['drafted with ACMS', 'costed by ABITA members']), 'A helpline for pluckers in Assamese, Sadri and Hindi'])
d.raw('<div class="contact">'); d.h('Contact', 2)
d.contact('Meenakshi Borah', 'borah@ilo.org', '+91 11 4750 9200')
d.i('Meenakshi Borah, Programme Coordinator'); d.i('ILO Country Office for India, Core 4B, India Habitat Centre, Lodhi Road, New Delhi'); d.i('Tel.: +91 11 4750 9200'); d.i('Email: borah@ilo.org')
d.link('www.ilo.org/newdelhi'); d.raw('<p>www.ilo.org/newdelhi</p>')
d.raw('</div></div>')
d.fu('Page 2 / 2', cls='ftr'); d.raw('</div>')
d.orgs(('International Labour Organization', 'ILO'), ('Netherlands Enterprise Agency', 'RVO'), 'Government of the Netherlands', ('Assam Branch of the Indian Tea Association', 'ABITA'), ('Assam Chah Mazdoor Sangha', 'ACMS'), ('Assam Agricultural University', 'AAU'), 'Labour Welfare Department of the Government of Assam', 'Tea Board of India', ('Ethical Tea Partnership', 'ETP'), 'UNICEF', 'Guwahati Tea Auction Centre', 'ILO Country Office for India', 'ILO Decent Work Team for South Asia and Country Office for India')
d.countries('IN', 'NL')
d.ps(['RVO', 'ILO'], 'funding', 2023, 2026)
d.ps(['ABITA', 'ACMS', 'ILO'], 'memorandum_of_understanding', 2024)
d.ps(['AAU', 'ILO'], 'cooperation_agreement', 2022, 2028)
d.ps(['ETP', 'UNICEF', 'ILO'], 'letter_of_intent', 2025)
d.build_chromium()
