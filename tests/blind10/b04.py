from common import *
css = '''
body{font-family:"DejaVu Sans";font-size:9.5pt} p{margin:0 0 5pt 0}
p.kind{background:#0f6e6e;color:#ffffff;font-weight:bold;font-size:8pt;letter-spacing:2pt}
h1.title{font-size:21pt;color:#0f6e6e;margin:4pt 0} p.lead{font-size:11pt;font-style:italic}
h2{font-size:13pt;color:#0f6e6e;margin:10pt 0 3pt 0} h3{font-size:10.5pt;color:#b34700;margin:6pt 0 2pt 0}
ol.quiz>li{margin-bottom:4pt;font-weight:bold} ol.quiz ul{font-weight:normal}
table.ruled{border-collapse:collapse;width:100%} table.ruled th{background:#0f6e6e;color:#fff;text-align:left;padding:2pt;border:1px solid #0f6e6e} table.ruled td{border:1px solid #999;padding:2pt;font-size:8.8pt}
table.score td{padding:3pt;font-size:9pt;background:#fdf0e6} p.caption{font-size:7.5pt;font-style:italic}
blockquote{margin:8pt 20pt;font-family:"DejaVu Serif";font-size:11pt;color:#333} p.who{font-size:8pt}
td.contact{background:#e6f2f2;padding:5pt}
'''
d = HTML('blind10-04-en-stress-quiz', 'en', 'libreoffice', 'blind-quiz', 'psychosocial risks and mental health in call centres', css=css)
F1, F2 = 'Healthy Lines · ILO Pretoria', 'Quiz for contact centre agents and team leaders'
d.i(F1 + ' · ' + F2, 'p', 'hl')
d.i('QUIZ · TEN MINUTES · NO WRONG ANSWERS, ONLY LESSONS', 'p', 'kind')
d.T('How much do you know about stress at work?')
d.p('A quiz for agents and team leaders in contact centres in Johannesburg, Cape Town and Durban. Tick one answer per question, then check the answers on page 2.', 'lead')
d.h('The questions')
qs = [('1. Which of these is a psychosocial risk at work?', ['a) a broken headset', 'b) call targets that no one can meet', 'c) a slippery floor']),
      ('2. How long should an agent be able to rest after a call with an abusive customer?', ['a) no break: the next call is already waiting', 'b) a short recovery pause before the next call', 'c) only at lunch time']),
      ('3. Who should take part in a risk assessment of the floor?', ['a) only managers and the safety officer', 'b) managers, health and safety representatives and agents', 'c) the customer']),
      ('4. Your team leader reads out your call times in front of the team every morning. This is:', ['a) good motivation', 'b) a practice that can amount to harassment', 'c) required by law']),
      ('5. Where can an agent get confidential help, day or night?', ['a) only from the human resources office', 'b) from the 24-hour helpline run by SADAG', 'c) nowhere'])]
out = ['<ol class="quiz">']
for q, opts in qs:
    q = d.bullet(q.split('. ', 1)[1], 1); out.append(f'<li>{d.e(q)}<ol type="a">')
    for o in opts: o = d.bullet(o.split(') ', 1)[1], 2); out.append(f'<li>{d.e(o)}</li>')
    out.append('</ol></li>')
out.append('</ol>'); d.raw(''.join(out))
d.h('Your score', 2, tag='h3')
d.tab([], [['4–5 correct', 'You know the basics. Share the quiz with a colleague.'], ['2–3 correct', 'Read the answers and talk to your health and safety representative.'], ['0–1 correct', 'Ask for the one-hour Healthy Lines session on your floor.']], cls='score', colw=['30%', '70%'])
d.h('The answers')
d.tab([['Question', 'Answer', 'Why']],
      [['1', 'b', 'Impossible targets, lack of control and constant monitoring are psychosocial risks, just like noise or heat.'],
       ['2', 'b', 'A short pause after an abusive call lowers the risk of burnout. Several centres now allow three minutes.'],
       ['3', 'b', 'The Occupational Health and Safety Act requires that workers and their representatives are consulted.'],
       ['4', 'b', 'Public shaming is a form of harassment under the Code of Good Practice of 2022.'],
       ['5', 'b', 'The helpline is free and does not tell your employer who called.']], colw=['14%', '12%', '74%'],
      caption='Answers checked by the project’s occupational psychologist.')
d.h('Why this quiz')
d.p('South Africa’s contact centres employ around 280,000 people, most of them under 30. In a 2025 survey of 2,300 agents, 58 per cent said they felt exhausted at the end of most shifts and 37 per cent had been sworn at by a customer in the past week.')
d.q('I used to cry in the bathroom after bad calls. Now I press the pause button, breathe, and my team leader knows why.', 'Nomvula Dlamini', 'agent, Durban')
d.h('Who is behind Healthy Lines')
d.p('In 2024 South Africa’s Department of Employment and Labour (DEL), Business Process Enabling South Africa (BPESA) and the Communication Workers Union (CWU) signed a tripartite protocol on psychosocial risks in contact centres.')
d.p('A contribution of EUR 1.2 million was provided to the International Labour Organization (ILO) by the Government of Luxembourg for 2025–2027.')
d.p('The Cape Peninsula University of Technology (CPUT) has worked with Ubuntu Contact Centres under a cooperation agreement since 2021; in 2025 the two renewed it until 2027, so that students can run the floor surveys.')
d.p('The helpline is run by the South African Depression and Anxiety Group (SADAG), under a partnership agreement it signed with CWU in 2023. A Durban pilot followed the protocol: the following year, eThekwini Municipality and BPESA exchanged letters of intent to bring the sessions to the city’s own call centre.')
d.p('Statistics South Africa provided the employment figures. The Compensation Fund was consulted but is not a party; talks with a medical insurer are continuing, and nothing has been signed.')
d.raw('<table style="width:100%"><tr><td class="contact">')
d.h('Contact', 2, tag='h3')
d.contact('Thabo Mokoena', 'mokoena@ilo.org', '+27 12 818 8000')
d.raw('<p><b>Thabo Mokoena</b></p>')
for s in ['Programme officer, ILO Decent Work Team for Eastern and Southern Africa, Pretoria', 'Tel.: +27 12 818 8000', 'Email: mokoena@ilo.org']: d.i(s)
d.raw(f'<p>{d.e(d.link("www.ilo.org/pretoria"))}</p></td></tr></table>')
d.orgs(('International Labour Organization', 'ILO'), 'ILO Decent Work Team for Eastern and Southern Africa', ('Department of Employment and Labour', 'DEL'), ('Business Process Enabling South Africa', 'BPESA'),
       ('Communication Workers Union', 'CWU'), 'Government of Luxembourg', ('Cape Peninsula University of Technology', 'CPUT'), 'Ubuntu Contact Centres',
       ('South African Depression and Anxiety Group', 'SADAG'), 'eThekwini Municipality', 'Statistics South Africa', 'Compensation Fund')
d.countries('ZA', 'LU')
d.ps(['DEL', 'BPESA', 'CWU'], 'memorandum_of_understanding', 2024)
d.ps(['Government of Luxembourg', 'ILO'], 'funding', 2025, 2027)
d.ps(['CPUT', 'Ubuntu Contact Centres'], 'cooperation_agreement', 2021, 2027)
d.ps(['SADAG', 'CWU'], 'partnership', 2023)
d.ps(['eThekwini Municipality', 'BPESA'], 'letter_of_intent', 2025)
d.build_lo(tagged=True)
