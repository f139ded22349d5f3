from common import *
css = 'body{font-family:"DejaVu Sans";font-size:10pt} h1{font-size:20pt;color:#7a1f1f} h2{font-size:13pt;color:#7a1f1f} h3{font-size:11pt} td,th{font-size:9pt;vertical-align:top} .kick{font-size:9pt;color:#7a1f1f;font-weight:bold} .caption{font-size:8pt;font-style:italic} .who{font-size:9pt}'
d = HTML('blind7-04-en-youth-forum-dili', 'en', 'libreoffice', 'blind-event-programme', 'rural youth employment forum', css=css)
d.i('NATIONAL FORUM · DILI, 18–19 NOVEMBER 2025', cls='kick')
d.T('Work for the next generation: National Forum on Rural Youth Employment')
d.p('Programme and background note. Organized by the Secretariat of State for Vocational Training and Employment Policy with the International Labour Organization (ILO).')
d.h('About the Forum', 1)
d.p('Two in three young Timorese live outside Dili, and most of them work on family farms or in small trade without a contract. The Forum brings together government, employers, workers, young people and development partners to agree on a short list of actions for the 2026 budget.')
d.h('Objectives', 2)
d.ul(['review what has worked in the rural road, farm and apprenticeship programmes since 2019;', ('agree on three priorities for the 2026 budget:', ['jobs in agricultural value chains,', 'rural apprenticeships,', 'youth access to credit;']), 'launch the Youth Employment Dashboard.'], tag='ol')
d.h('Partnerships behind the Forum', 1)
d.p('The Secretariat of State for Vocational Training and Employment Policy (SEFOPE) renewed its cooperation agreement with the ILO in 2025. The agreement was first signed in 2019 and now runs until 2029.')
d.p('Much of the work discussed at the Forum is financed by the Korea International Cooperation Agency (KOICA), whose contribution agreement with the ILO, signed in 2024, covers 2024–2028.')
d.p('In 2025 FAO, UNDP and the ILO launched “Rural Jobs Timor”, a joint programme for young farmers in Baucau, Bobonaro and Ermera. Its first results will be presented on day 2.')
d.p('The social partners have their own commitment: a memorandum of understanding on apprenticeships was signed in 2023 by the Timor-Leste Trade Union Confederation (KSTL) and the Chamber of Commerce and Industry of Timor-Leste (CCI-TL).')
d.h('Programme', 1)
d.h('Day 1 — Tuesday 18 November', 2)
d.tab([['Time', 'Session', 'Speakers']], [
 ['08:30', 'Registration and coffee', ''],
 ['09:00', 'Opening', 'Secretary of State, SEFOPE; Director, ILO Country Office for Indonesia and Timor-Leste'],
 ['09:45', 'Session 1: Young people in the rural economy — the figures', 'General Directorate of Statistics; Universidade Nacional Timor Lorosa’e'],
 ['11:00', 'Session 2: What we learned from rural roads and apprenticeships', 'CCI-TL; KSTL; youth representatives from Baucau'],
 ['13:30', 'Working groups (three rooms)', 'Facilitators from SEFOPE and the ILO'],
 ['16:00', 'Reporting back', 'Rapporteurs']], colw=['14%', '46%', '40%'])
d.h('Day 2 — Wednesday 19 November', 2)
d.tab([['Time', 'Session', 'Speakers']], [
 ['09:00', 'Session 3: “Rural Jobs Timor” — first results', 'FAO; UNDP; ILO'],
 ['10:30', 'Session 4: Credit for young entrepreneurs', 'Asian Development Bank; Banco Nacional de Comércio de Timor-Leste'],
 ['12:00', 'Launch of the Youth Employment Dashboard', 'SEFOPE'],
 ['14:00', 'Closing: priorities for the 2026 budget', 'Secretary of State, SEFOPE; KOICA Country Director']], colw=['14%', '46%', '40%'])
d.i('Speakers are listed by institution. The Asian Development Bank and the Banco Nacional de Comércio take part as guests.', cls='caption')
d.q('We do not want another study. We want a list we can check next year.', 'Natália da Costa', 'youth delegate, Bobonaro', cls='pull')
d.h('Practical information', 1)
d.tab([], [['Venue', 'Centro de Convenções de Díli, Avenida dos Direitos Humanos'], ['Languages', 'Tetum and Portuguese, with English interpretation'], ['Registration', 'by 10 November 2025'], ['Documents', 'www.ilo.org/jakarta']], colw=['25%', '75%'])
d.link('www.ilo.org/jakarta')
d.h('Contact', 2)
d.contact('Joaquim Soares', 'soares@ilo.org', '+670 7723 4510')
for s in ['Joaquim Soares, National Programme Officer', 'ILO Liaison Office, UN House, Caicoli Street, Dili', 'Tel.: +670 7723 4510', 'Email: soares@ilo.org']: d.i(s)
d.orgs(('International Labour Organization', 'ILO'), ('Secretariat of State for Vocational Training and Employment Policy', 'SEFOPE'), ('Korea International Cooperation Agency', 'KOICA'), 'FAO', 'UNDP', ('Chamber of Commerce and Industry of Timor-Leste', 'CCI-TL'), ('Timor-Leste Trade Union Confederation', 'KSTL'), 'ILO Country Office for Indonesia and Timor-Leste', 'General Directorate of Statistics', 'Universidade Nacional Timor Lorosa’e', 'Asian Development Bank', 'Banco Nacional de Comércio de Timor-Leste', 'Centro de Convenções de Díli', 'ILO Liaison Office')
d.countries('TL', 'ID')
d.ps(['SEFOPE', 'ILO'], 'cooperation_agreement', 2019, 2029)
d.ps(['KOICA', 'ILO'], 'funding', 2024, 2028)
d.ps(['FAO', 'UNDP', 'ILO'], 'programme', 2025)
d.ps(['CCI-TL', 'KSTL'], 'memorandum_of_understanding', 2023)
d.build_lo()
