from fodt import *
d = FODT('blind9-04-en-jobaid-maldives', 'en', 'libreoffice', 'blind-job-aid-card', 'disability inclusion in resort employment',
         page=('21cm', '14.8cm'), margins='1.1cm', accent='#0b6e79', base='8.2pt')
hl, hr, fl = 'Job aid · Disability inclusion in resorts', 'ILO Country Office for Sri Lanka and the Maldives', 'Keep this card at the staff office'
d.hdr = [hl, '\t', hr]; d.ftr = [fl, '\t', 'Side ', '#PAGE', ' of 2']
for n in (1, 2): d.furn(hl); d.furn(hr); d.furn(fl); d.furn(f'Side {n} of 2')
d.i('JOB AID CARD FOR SUPERVISORS', 'Kind')
d.T('Welcoming a colleague with a disability')
d.p('For supervisors in resorts and guesthouses across the Maldives', 'Lead')
d.section(2, 'front')
d.h('Before the first day', 1)
d.ul(['Ask the new colleague what he or she needs; do not guess.', 'Check the route: jetty, staff quarters, canteen and workplace.',
      ('Agree on one contact person in the team:', ['introduce that person on day one;', 'plan a check-in after two weeks.']),
      'Tell the team only what your colleague agrees to share.'], num=True)
d.h('Do', 2)
d.ul(['speak to the person, not to the interpreter;', 'offer help, then wait for the answer;', 'put shift changes in writing.'])
d.h('Don’t', 2)
d.ul(['move a wheelchair or a cane without asking;', 'assign tasks by disability instead of skills;', 'discuss a colleague’s health with guests.'])
d.h('Reasonable accommodation: quick ideas', 1)
d.tab([['Situation', 'What you can do', 'Cost']],
      [['Uses a wheelchair', 'ramp to the staff jetty, lower counter in the store', 'low'],
       ['Deaf or hard of hearing', 'written shift notes, a vibrating pager', 'low'],
       ['Low vision', 'large-print rosters, a fixed place for tools', 'none'],
       ['Learning disability', 'picture checklists for housekeeping', 'none']], [2.5, 4.2, 1.2])
d.end_section()
d.pagebreak()
d.section(2, 'back')
d.h('Behind this card', 1)
d.p('This card was produced with the financial support of the European Union (EU), under a contribution agreement signed with the International Labour Organization (ILO) in 2024 for the period 2024–2026.')
d.p('In February 2025 the Ministry of Social and Family Development (MoSFD) signed a memorandum of understanding on inclusive recruitment with three partners: the Maldives Association of Tourism Industry (MATI), the Tourism Employees Association of Maldives (TEAM) and the ILO.')
d.p('An agreement on sign-language interpretation at job interviews was concluded between the Maldives Deaf Association and Addu City Council. It dates from 2023.')
d.p('Villa Raalhu, a resort in Baa Atoll, and the Maldives National University (MNU) exchanged a letter of intent in 2025 on paid internships for graduates with disabilities.')
d.q('Nobody asked me what I needed until this year. Now I run the booking desk of the dive centre.', 'Mariyam Shifa Ibrahim', 'booking clerk, Baa Atoll')
d.h('Who to call', 1, style='H1C')
d.tab([['Need', 'Who', 'Phone']],
      [['Sign-language interpreter', 'Maldives Deaf Association', '+960 300 1842'],
       ['Job coaching', 'Hiyaa Foundation, under its 2025 partnership agreement with MATI', '+960 330 2211'],
       ['Complaint about discrimination', 'Employment Tribunal', '+960 333 7710']], [2.6, 3.6, 2.3])
d.h('Contact', 2)
d.contact('Ahmed Nashid', 'nashid@ilo.org', '+960 332 4150')
d.cp('Ahmed Nashid'); d.i('Disability inclusion officer'); d.i('Tel.: +960 332 4150 · Email: nashid@ilo.org'); d.cp(d.link('www.ilo.org/colombo'))
d.p('The Ministry of Tourism and Environment attended the launch at the Hulhumalé Youth Centre as an observer. Figures come from the Maldives Bureau of Statistics (MBS).', 'Caption')
d.end_section()
d.orgs(('International Labour Organization', 'ILO'), 'ILO Country Office for Sri Lanka and the Maldives', ('European Union', 'EU'), ('Ministry of Social and Family Development', 'MoSFD'),
       ('Maldives Association of Tourism Industry', 'MATI'), ('Tourism Employees Association of Maldives', 'TEAM'), 'Maldives Deaf Association', 'Addu City Council',
       'Villa Raalhu', ('Maldives National University', 'MNU'), 'Ministry of Tourism and Environment', 'Hulhumalé Youth Centre', ('Maldives Bureau of Statistics', 'MBS'),
       'Hiyaa Foundation', 'Employment Tribunal')
d.countries('MV', 'LK')
d.ps(['EU', 'ILO'], 'funding', 2024, 2026)
d.ps(['MoSFD', 'MATI', 'TEAM', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['Maldives Deaf Association', 'Addu City Council'], 'cooperation_agreement', 2023)
d.ps(['Villa Raalhu', 'MNU'], 'letter_of_intent', 2025)
d.ps(['Hiyaa Foundation', 'MATI'], 'partnership', 2025)
d.build(tagged=True)
