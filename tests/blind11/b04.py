from common import *
css = '''
body { font-family: "DejaVu Sans"; font-size: 9.5pt; }
h1.title { font-size: 18pt; color: #7a1f3d; margin-top: 4pt; margin-bottom: 4pt }
h2 { font-size: 12pt; color: #7a1f3d; margin-top: 10pt; margin-bottom: 3pt }
h3 { font-size: 10pt; color: #333333; margin-top: 8pt; margin-bottom: 2pt }
p { margin-top: 2pt; margin-bottom: 4pt }
p.kind { font-size: 8pt; color: #7a1f3d; letter-spacing: 2pt }
p.lead { font-style: italic }
p.small { font-size: 8pt; color: #555555 }
p.caption { font-size: 7.5pt; font-style: italic; color: #555555 }
p.line { font-size: 9pt; color: #555555 }
td, th { font-size: 8.5pt; vertical-align: top }
blockquote { margin-left: 1cm; font-style: italic; color: #7a1f3d }
'''
d = HTML('blind11-04-en-survey-raspberry', 'en', 'libreoffice', 'blind-survey-form', 'working conditions of seasonal raspberry pickers', css=css)
e = d.e
def opts(items):
    out = ['<ul style="list-style-type: none">']
    for it in items:
        it = d.bullet(it, 2); out.append(f'<li>☐ {e(it)}</li>')
    out.append('</ul>'); return ''.join(out)
def questions(qs):
    d.raw('<ol>')
    for q, op in qs:
        q = d.bullet(q, 1); d.raw(f'<li>{e(q)}' + (opts(op) if op else '') + '</li>')
    d.raw('</ol>')

d.raw('<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#7a1f3d">')
d.raw(f'<p><font color="#ffffff"><b>{e(d.ign("International Labour Organization · Office for Central and Eastern Europe, Budapest"))}</b></font></p>')
d.raw(f'<p><font color="#ffe3ec">{e(d.ign("Questionnaire No. ______   ·   Enumerator: ______"))}</font></p>')
d.raw('</td></tr></table>')
d.i('WORKER SURVEY · CONFIDENTIAL', 'p', 'kind')
d.T('Your season in the raspberry fields: a survey for pickers in Arilje and Ivanjica')
d.p('Serbia, harvest 2025. About 15 minutes. Your name is not written anywhere on this form.', 'lead')
d.h('Before you start')
d.p('Tick one box unless a question says otherwise. If a question does not apply to you, leave it empty. The enumerator will read the questions aloud if you prefer.')
d.h('A. About you')
questions([('How old are you?', ['under 18', '18 to 29', '30 to 49', '50 or older']),
           ('Where do you live during the harvest?', ['at home, in the village', 'in housing provided by the grower', 'in a rented room', 'somewhere else']),
           ('Is this your first raspberry season?', ['yes', 'no, I have picked for 2 to 5 seasons', 'no, for more than 5 seasons'])])
d.h('B. Your working day')
d.p('For each statement, put a cross in one column.')
header, rows = d.table([['Statement', 'Agree', 'Not sure', 'Disagree']],
                       [['I know how much I am paid per kilo before I start.', '', '', ''],
                        ['I can drink water and rest in the shade when I need to.', '', '', ''],
                        ['My working day is longer than ten hours.', '', '', ''],
                        ['I have a written engagement under the seasonal work law.', '', '', ''],
                        ['Transport to the field is free and safe.', '', '', '']])
d.raw('<table width="100%" border="1" cellpadding="4" cellspacing="0"><thead><tr>' + ''.join(f'<th bgcolor="#f4dbe3">{e(c)}</th>' for c in header[0]) + '</tr></thead><tbody>'
      + ''.join('<tr><td width="58%">' + e(r[0]) + '</td><td></td><td></td><td></td></tr>' for r in rows) + '</tbody></table>')
d.h('C. Pay and papers')
questions([('How are you paid?', ['by the kilo', 'by the day', 'both']),
           ('Did the grower register your seasonal work with the tax administration this year?', ['yes', 'no', 'I do not know']),
           ('What would help you most next season? (you may tick two)', ['a fixed price per kilo agreed before the harvest', 'free transport', 'registration for pension and health insurance', 'drinking water in the field'])])
d.h('D. In your own words')
d.p('What is the hardest part of the season for you?')
for _ in range(3): d.i('…………………………………………………………………………………………………………', 'p', 'line')

d.h('About this survey')
d.p('The joint programme Good Harvest, which the ILO, the Food and Agriculture Organization (FAO) and the United Nations Development Programme (UNDP) launched in July 2023, runs through 2026. This survey is its main piece of fieldwork.')
d.p('The money comes from Austria. The Austrian Development Agency (ADA) concluded a contribution agreement with the ILO in 2024 that covers fieldwork up to 2026.')
d.p('Enumerators work out of the local community offices thanks to a memorandum of understanding that the Municipality of Arilje, the Municipality of Ivanjica and the Union of Employers of Serbia (UES) concluded in spring 2025.')
d.h('Who else is involved', 2)
d.raw('<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#f6f0f2">')
d.p('The Confederation of Autonomous Trade Unions of Serbia (CATUS) and the Arilje raspberry growers’ cooperative Zadruga Malinar have cooperated under an agreement signed in 2020; it was prolonged in 2024 until the 2027 harvest.')
d.p('The cold-storage firm Frigo Moravica d.o.o. sent CATUS a letter of intent last year on free buses from the villages to the fields.')
d.p('The Statistical Office of the Republic of Serbia (SORS) reviewed the questions but takes no part in the programme. The Ivanjica cultural centre lends its hall for group interviews. Talks with the Tax Administration on a simpler registration form have not led to an agreement.', 'small')
d.raw('</td></tr></table>')
d.h('What happens to your answers', 2)
d.ul(['Answers are typed in without names and kept for two years.', ('Results will be shared:', ['with pickers, at meetings in the villages in January 2026;', 'with growers, buyers and the municipalities.']),
      'Nobody will tell your grower what you answered.'])
d.h('Last season in numbers', 2)
d.tab([['', 'Arilje', 'Ivanjica']], [['Pickers interviewed', '412', '287'], ['Women', '64 %', '58 %'], ['Paid by the kilo', '81 %', '77 %'], ['Registered seasonal work', '22 %', '15 %']],
      cls='', caption='Pilot round, July 2024; population estimates from SORS.')
d.raw('<br>')
d.q('The first year I did not even know the price until the cooler paid the grower. Now we ask before we pick a single berry.', 'Dragana Milosavljević', 'picker from Brekovo, Arilje municipality')
d.h('Contact', 2)
d.contact('Miloš Jovanović', 'jovanovicm@ilo.org', '+381 11 404 8960')
d.raw(f'<p><b>Miloš Jovanović</b><br>{e(d.ign("Survey coordinator, ILO Belgrade"))}<br>{e(d.ign("Tel.: +381 11 404 8960"))}<br>{e(d.ign("Email: jovanovicm@ilo.org"))}<br>{e(d.link("www.ilo.org/budapest"))}</p>')
d.p('Thank you for your time. Please hand the form back to the enumerator.', 'small')

d.orgs(('International Labour Organization', None), ('Office for Central and Eastern Europe', None), ('Food and Agriculture Organization', 'FAO'), ('United Nations Development Programme', 'UNDP'),
       ('Austrian Development Agency', 'ADA'), 'Municipality of Arilje', 'Municipality of Ivanjica', ('Union of Employers of Serbia', 'UES'),
       ('Confederation of Autonomous Trade Unions of Serbia', 'CATUS'), 'Zadruga Malinar', 'Frigo Moravica d.o.o.', ('Statistical Office of the Republic of Serbia', 'SORS'),
       'Ivanjica cultural centre', 'Tax Administration')
d.countries('RS', 'AT')
d.ps(['ILO', 'FAO', 'UNDP'], 'programme', 2023, 2026)
d.ps(['ADA', 'ILO'], 'funding', 2024, 2026)
d.ps(['Municipality of Arilje', 'Municipality of Ivanjica', 'UES'], 'memorandum_of_understanding', 2025)
d.ps(['CATUS', 'Zadruga Malinar'], 'cooperation_agreement', 2020, 2027)
d.ps(['Frigo Moravica d.o.o.', 'CATUS'], 'letter_of_intent', 2024)
d.build_lo(tagged=True)
