from common import *
css = '''
@page{size:A4;margin:0} body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:9.6pt;color:#1d2430}
.page{width:210mm;height:296mm;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:16mm 14mm 16mm 14mm}
.hdr{position:absolute;top:6mm;left:14mm;right:14mm;font-size:7.5pt;color:#666;display:flex;justify-content:space-between;border-bottom:.4pt solid #bbb;padding-bottom:1mm}
.ftr{position:absolute;bottom:6mm;left:14mm;right:14mm;font-size:7.5pt;color:#666;text-align:right}
.kind{background:#6b1f5a;color:#fff;font-weight:bold;letter-spacing:.12em;font-size:8pt;padding:2mm 3mm;margin:0}
h1.title{font-size:23pt;margin:3mm 0 1mm 0;color:#6b1f5a;line-height:1.1}
p.sub{font-size:11pt;color:#444;margin:0 0 4mm 0}
.wrap{display:grid;grid-template-columns:128mm 1fr;gap:6mm}
.flow{display:flex;flex-direction:column;align-items:center}
.node{border:1.2pt solid #6b1f5a;border-radius:3mm;padding:2mm 3mm;width:100mm;background:#fff}
.node.q{background:#f6e8f2;border-style:solid;border-radius:10mm;text-align:center}
.node h3{margin:0;font-size:10pt;color:#6b1f5a} .node p{margin:1mm 0 0 0;font-size:8.8pt}
.arrow{width:0;height:0;border-left:2.2mm solid transparent;border-right:2.2mm solid transparent;border-top:4mm solid #6b1f5a;margin:1mm 0}
.row{display:flex;gap:4mm;width:124mm;justify-content:space-between;align-items:flex-start}
.row .node{width:56mm}
.lab{font-size:7.5pt;font-weight:bold;color:#fff;background:#333;border-radius:1mm;padding:0 1.5mm;margin:0 0 1mm 0;display:inline-block}
.side{background:#f1f1f1;padding:3mm 4mm;font-size:8.8pt}
.side h3{font-size:10pt;margin:2mm 0 1mm 0;color:#6b1f5a}
ul.tri{list-style:none;padding-left:0;margin:0} ul.tri>li{padding-left:4mm;position:relative;margin-bottom:1mm}
ul.tri>li:before{content:"\\25B8";position:absolute;left:0;color:#6b1f5a}
ul.sub{list-style:none;padding-left:3mm} ul.sub li:before{content:"\\2013  "}
.contact{background:#6b1f5a;color:#fff;padding:3mm;margin-top:3mm} .contact p{margin:0 0 .8mm 0} .contact h3{color:#fff}
h2{font-size:13pt;color:#6b1f5a;margin:4mm 0 1.5mm 0} .cols{column-count:2;column-gap:7mm;column-rule:.4pt solid #ccc}
table.ruled{border-collapse:collapse;width:100%;font-size:8.8pt;margin:2mm 0} table.ruled th{background:#6b1f5a;color:#fff;text-align:left;padding:1.2mm}
table.ruled td{border-bottom:.4pt solid #aaa;padding:1.2mm} p.caption{font-size:7.5pt;font-style:italic;color:#555;margin:0 0 3mm 0}
blockquote.pull{margin:4mm 0;padding:3mm 5mm;border-left:2mm solid #d38bbf;font-family:"DejaVu Serif",serif;font-size:11pt}
blockquote.pull p.who{font-family:"DejaVu Sans",sans-serif;font-size:8pt;color:#555}
'''
d = HTML('blind10-01-en-harassment-flowchart', 'en', 'chromium', 'blind-flowchart', 'violence and harassment against health workers', css=css)
def page_start(n):
    d.raw('<div class="page"><div class="hdr">')
    d.raw(f'<span>{d.e(d.furn("Safe to Care: ending violence and harassment in Liberia’s health facilities"))}</span><span>{d.e(d.furn("ILO Liberia"))}</span></div>')
page_start(1)
d.i('WHAT TO DO: A FLOWCHART FOR HEALTH WORKERS', 'p', 'kind')
d.T('If it happens to you at work: what to do, step by step')
d.p('For nurses, midwives, cleaners, porters and security staff in hospitals and clinics in Montserrado and Bong counties', 'sub')
d.raw('<div class="wrap"><div class="flow">')
d.h('The path', 1, tag='h2')
def node(q, text=None, cls='', lab=None):
    d.raw(f'<div class="node {cls}">')
    if lab: d.raw(f'<span class="lab">{d.e(d.ign(lab))}</span>')
    d.h(q, 2, tag='h3')
    if text: d.p(text)
    d.raw('</div>')
arrow = lambda: d.raw('<div class="arrow"></div>')
node('Something happened: a patient, a visitor or a colleague shouted at you, threatened you, touched you or hit you.', None, 'q', 'START')
arrow()
node('Are you hurt or still in danger?', None, 'q')
arrow()
d.raw('<div class="row">')
node('Get safe first', 'Move to the nurses’ station or the security post. Ask the security guard or the ward in-charge to stay with you. If you are injured, ask to be seen in the emergency room at once.', '', 'YES')
node('Write it down', 'Note the date, the time, the ward, what was said or done and who saw it. Do it on the same day, while you remember.', '', 'NO')
d.raw('</div>'); arrow()
node('Tell your focal point within 48 hours', 'Every facility in the programme has a trained focal point for violence and harassment. You can also tell your union shop steward, who will come with you.')
arrow()
node('Was it a colleague or a supervisor?', None, 'q')
arrow()
d.raw('<div class="row">')
node('Internal complaint', 'The facility committee must meet within ten working days. You will not be moved to another ward against your will.', '', 'YES')
node('Incident report and support', 'The facility files an incident report with the county health team and offers you counselling and time off if you need it.', '', 'NO')
d.raw('</div>'); arrow()
node('Not satisfied? Take it further', 'Ask NAHWAL or the Ministry of Labour’s inspectors to review the case. Retaliation against a worker who complains is itself misconduct.')
d.raw('</div><div class="side">')
d.h('Know your rights', 2, tag='h3')
d.ul(['No one has to accept violence or harassment as “part of the job”.',
      ('You have the right to:', ['stop work and leave a situation that is a serious danger;', 'be heard in confidence;', 'bring a colleague or a shop steward to every meeting.']),
      'Complaints are kept in a locked file, not in your personnel record.'], cls='tri')
d.h('Latest commitments', 2, tag='h3')
d.ul(['Redemption Hospital: letter of intent with the Monrovia City Corporation (MCC) on safe night transport, May 2025',
      'Phebe Hospital: focal points trained in all 14 wards'], cls='tri')
d.raw('<div class="contact">')
d.h('Contact', 2, tag='h3')
d.contact('Comfort Wleh Kpadeh', 'kpadeh@ilo.org', '+231 77 640 2219')
d.raw(f'<p><b>{d.e("Comfort Wleh Kpadeh")}</b></p>')
for s in ['Project coordinator, Safe to Care', 'ILO Project Office, Monrovia', 'Tel.: +231 77 640 2219', 'Email: kpadeh@ilo.org']: d.i(s)
d.raw(f'<p>{d.e(d.link("www.ilo.org/safetocare"))}</p></div>')
d.raw('</div></div>')
d.raw(f'<div class="ftr">{d.e(d.furn("Page 1 of 2"))}</div></div>')
page_start(2)
d.h('Why a flowchart?')
d.p('In a survey of 1,140 health workers in 2024, six in ten said they had been insulted or threatened at work in the previous year, and one in five had been pushed, slapped or hit. Fewer than one in ten had reported it. Most said they did not know whom to tell, or feared they would be blamed.')
d.p('Liberia ratified the Violence and Harassment Convention, 2019 (No. 190) in 2023. The flowchart turns the Convention and the national health-sector policy into steps that fit on a ward wall.')
d.tab([['Facility', 'County', 'Focal points trained', 'Reports filed in 2025']],
      [['Redemption Hospital', 'Montserrado', '22', '61'], ['JFK Medical Center', 'Montserrado', '30', '48'], ['Phebe Hospital', 'Bong', '14', '27'], ['C.B. Dunbar Hospital', 'Bong', '9', '12']],
      caption='Table 1. Focal points and reports, January–September 2025. Source: facility registers.')
d.q('Before, if a relative slapped a nurse, we said: that is how it is. Now there is a form, a focal point and a committee, and the nurse knows she will not be blamed.', 'Musu T. Kollie', 'ward in-charge, Phebe Hospital')
d.h('Who is behind Safe to Care')
d.raw('<div class="cols">')
d.p('Liberia’s Ministry of Health (MOH), the National Health Workers Association of Liberia (NAHWAL) and the Liberia Chamber of Commerce (LCC), which speaks for private clinics, agreed a memorandum of understanding with the International Labour Organization (ILO) on one complaints pathway for all facilities. The memorandum was signed in Gbarnga in March 2025.')
d.p('Japan provides the funding. Its contribution agreement with the ILO, signed in 2023, covers the years 2023–2026.')
d.p('Since 2024 the ILO and UN Women have run a joint programme, Safe Wards, which trains the focal points and pays for the counselling sessions.')
d.p('Mother Patern College of Health Sciences has had a cooperation agreement with St. Joseph’s Catholic Hospital since 2022; under it, student nurses now take a half-day module on the flowchart before their first placement.')
d.p('The World Health Organization (WHO) attended the steering committee as an observer. Talks with the Liberia Medical and Dental Council are ongoing, but nothing has been signed. The survey figures come from the Liberia Institute of Statistics and Geo-Information Services (LISGIS); the Ministry of Labour hosted the launch in its conference hall.')
d.raw('</div>')
d.raw(f'<div class="ftr">{d.e(d.furn("Page 2 of 2"))}</div></div>')
d.orgs(('International Labour Organization', 'ILO'), 'ILO Project Office, Monrovia', ('Ministry of Health', 'MOH'), ('National Health Workers Association of Liberia', 'NAHWAL'),
       ('Liberia Chamber of Commerce', 'LCC'), 'UN Women', 'Mother Patern College of Health Sciences', 'St. Joseph’s Catholic Hospital', 'Redemption Hospital',
       ('Monrovia City Corporation', 'MCC'), 'Phebe Hospital', 'JFK Medical Center', 'C.B. Dunbar Hospital', ('World Health Organization', 'WHO'),
       'Liberia Medical and Dental Council', ('Liberia Institute of Statistics and Geo-Information Services', 'LISGIS'), 'Ministry of Labour')
d.countries('LR', 'JP')
d.ps(['MOH', 'NAHWAL', 'LCC', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Japan', 'ILO'], 'funding', 2023, 2026)
d.ps(['ILO', 'UN Women'], 'programme', 2024)
d.ps(['Mother Patern College of Health Sciences', 'St. Joseph’s Catholic Hospital'], 'cooperation_agreement', 2022)
d.ps(['Redemption Hospital', 'MCC'], 'letter_of_intent', 2025)
d.build_chromium()
