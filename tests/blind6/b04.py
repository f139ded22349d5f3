from common import *
css = '''@page{size:21cm 29.7cm;margin:1.6cm 1.8cm 1.6cm 1.8cm} body{font-family:"Liberation Serif";font-size:10pt}
h1{font-family:"Liberation Sans";font-size:20pt;color:#7a1f2b;margin:4pt 0} h2{font-family:"Liberation Sans";font-size:12pt;color:#7a1f2b;margin:8pt 0 2pt}
h3{font-family:"Liberation Sans";font-size:10pt;margin:6pt 0 2pt} p{margin:0 0 4pt 0} .mast{font-family:"Liberation Sans";font-size:26pt;color:#ffffff}
.cap{font-size:8pt;font-style:italic} .who{font-size:8.5pt} .small{font-family:"Liberation Sans";font-size:8.5pt}'''
b = HTML('blind6-04-en-construction-insurance', 'en', 'libreoffice', 'blind-newsletter-articles', 'social insurance for construction workers', css=css)
FT = 'Site News · ILO Cairo'
b.raw('<table width="100%" cellpadding="8" cellspacing="0"><tr><td bgcolor="#7a1f2b">')
b.i('SITE NEWS', tag='p', cls='mast'); b.raw('</td><td bgcolor="#7a1f2b" align="right"><font color="#ffffff" face="Liberation Sans" size="2">')
b.raw(b.e(b.ign('Issue 4 · October 2025')) + '<br>' + b.e(b.ign('ILO Decent Work Technical Support Team for North Africa and Country Office for Egypt and Eritrea')))
b.raw('</font></td></tr></table>')
b.T('Irregular construction workers join social insurance in record numbers', tag='h1', cls='')
b.p('More than 48,000 day labourers on building sites in Greater Cairo and Giza have registered since January, a threefold rise on last year.', cls='')
b.raw('<table width="100%" cellpadding="6" cellspacing="0"><tr><td width="62%" valign="top">')
b.p('Construction employs close to four million people in Egypt, and most of them move from site to site without a contract. Under the Social Insurance and Pensions Law of 2019, these irregular workers can be covered, but until recently few knew how, and contractors had little reason to help them.')
b.p('Mobile registration desks now visit large sites twice a month. Workers sign up with their national ID card, and contributions are collected through a levy on building permits rather than from each worker’s wages.')
b.h('A longer horizon for the social insurance partnership', 1)
b.p('The National Organization for Social Insurance (NOSI) and the International Labour Organization (ILO) have extended their memorandum of understanding on the coverage of irregular workers until 2027. The memorandum was first signed in 2021.')
b.h('Who pays for the desks?', 2)
b.p('The mobile desks are funded by the Italian Agency for Development Cooperation (AICS). Its contribution to the ILO project covers 2023–2026 and was topped up this year for Giza.')
b.h('Contractors and unions sign up', 1)
b.p('In a protocol signed in April 2024, three organizations agreed on how sites report their workforce: the Egyptian Federation for Construction and Building Contractors (EFCBC), the General Trade Union of Building and Wood Workers, and the Ministry of Labour.')
b.p('Two firms went further. Nile Delta Contracting and Mokattam Ready Mix Co. jointly signed a letter of intent with the ILO in March 2025 to register every worker on their sites, subcontractors included.')
b.raw('</td><td width="38%" valign="top" bgcolor="#f3e9e4">')
b.h('Key dates', 2)
b.ul(['Every 1st and 15th of the month: mobile desk visits to large sites', 'November 2025: first pension statements posted to workers’ phones',
      ('December 2025: launch of a helpline', ['in Arabic, by voice and WhatsApp', 'with a sign-language option'])])
b.h('How to register', 2)
b.ul(['Bring your national ID card.', 'Give the name of the site and the contractor.', 'Keep the receipt: it is your proof of coverage.'], tag='ol')
b.raw('</td></tr></table>')
b.h('Women on site', 1)
b.p('Women are still rare on Egyptian building sites, but they are more present in brick and tile workshops and in site catering. A joint programme of the ILO and UN Women, running from 2024 to 2025, has been looking at how to extend coverage to them through the supply chain.')
b.h('Enrolment by governorate', 1)
b.tab([['Governorate', 'Registered 2024', 'Registered Jan.–Sep. 2025', 'Of whom women']],
      [['Cairo', '9,120', '27,450', '1,310'], ['Giza', '6,870', '21,030', '980'], ['Total', '15,990', '48,480', '2,290']],
      caption='Source: NOSI registration data, provisional. Figures from the Central Agency for Public Mobilization and Statistics (CAPMAS) are not yet available for 2025.')
b.raw('<table width="100%" cellpadding="10" cellspacing="0"><tr><td style="border-left:4pt solid #7a1f2b">')
b.q('For twenty years I carried cement with nothing in my hands at the end. Now there is a number in my name.', 'Sayed Abdel-Hamid', 'mason, New Cairo', cls='', open_='“', close='”')
b.raw('</td></tr></table>')
b.h('Contact', 1)
b.raw('<p><b>Mona El-Sherbiny</b></p>'); b.contact('Mona El-Sherbiny', 'elsherbiny@ilo.org', '+20 2 2735 0123')
for x in ['Social Protection Officer', 'ILO Cairo, 9 Taha Hussein Street, Zamalek', 'Tel.: +20 2 2735 0123', 'Email: elsherbiny@ilo.org']: b.i(x, cls='small')
b.raw('<p class="small">' + b.e(b.link('https://www.ilo.org/cairo')) + '</p>')
b.orgs(('International Labour Organization', 'ILO'), ('ILO Decent Work Technical Support Team for North Africa and Country Office for Egypt and Eritrea',),
       ('National Organization for Social Insurance', 'NOSI'), ('Italian Agency for Development Cooperation', 'AICS'),
       ('Egyptian Federation for Construction and Building Contractors', 'EFCBC'), ('General Trade Union of Building and Wood Workers',), ('Ministry of Labour',),
       ('Nile Delta Contracting',), ('Mokattam Ready Mix Co.',), ('UN Women',), ('Central Agency for Public Mobilization and Statistics', 'CAPMAS'), ('ILO Cairo',))
b.countries('EG', 'ER')
b.ps(['NOSI', 'ILO'], 'memorandum_of_understanding', 2021, 2027)
b.ps(['AICS', 'ILO'], 'funding', 2023, 2026)
b.ps(['EFCBC', 'General Trade Union of Building and Wood Workers', 'Ministry of Labour'], 'memorandum_of_understanding', 2024)
b.ps(['Nile Delta Contracting', 'Mokattam Ready Mix Co.', 'ILO'], 'letter_of_intent', 2025)
b.ps(['ILO', 'UN Women'], 'programme', 2024, 2025)
b.buf=[x.replace('<table class="ruled">','<table class="ruled" border="1" cellpadding="3" cellspacing="0" width="100%">') for x in b.buf]
b.build_lo()
