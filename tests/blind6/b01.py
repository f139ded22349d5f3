from common import *
css = '''@page{size:Letter;margin:0} body{margin:0;font-family:"Liberation Sans",Arial,sans-serif;font-size:9.6pt;color:#222;line-height:1.35}
.page{width:8.5in;height:11in;position:relative;overflow:hidden;page-break-after:always;box-sizing:border-box;padding:0.75in 0.6in 0.7in 0.6in}
.run{position:absolute;top:0.35in;left:0.6in;right:0.6in;font-size:7.5pt;color:#777;border-bottom:0.5pt solid #bbb;padding-bottom:3px}
.foot{position:absolute;bottom:0.35in;right:0.6in;font-size:7.5pt;color:#777}
.grid{display:grid;grid-template-columns:5.1in 1.95in;column-gap:0.25in}
.side{border-left:2pt solid #e07a1f;padding-left:0.14in;font-size:8.4pt}
.kicker{font-size:8pt;letter-spacing:0.5px;color:#e07a1f;font-weight:bold;margin:0}
h1.title{font-family:"Liberation Serif",serif;font-size:25pt;line-height:1.1;margin:6px 0 4px}
.sub{font-size:11pt;color:#555;margin:0 0 14px}
h2{font-size:12.5pt;color:#16365c;margin:12px 0 4px;border-top:1pt solid #16365c;padding-top:4px}
h3{font-size:10pt;color:#e07a1f;margin:8px 0 2px}
h3.side{border:0;padding:0;color:#16365c;font-size:9pt;text-transform:uppercase;letter-spacing:0.6px}
ul{margin:2px 0 6px 0;padding-left:16px} ul.sub{list-style:circle;margin:0}
table{border-collapse:collapse;width:100%;font-size:8.6pt;margin:4px 0}
table.ruled th{background:#16365c;color:#fff;text-align:left;padding:3px 4px} table.ruled td{border-bottom:0.6pt solid #999;padding:3px 4px}
table.plain td{padding:2px 2px;vertical-align:top} table.plain td:first-child{font-weight:bold;color:#16365c;width:45%}
.caption{font-size:7.6pt;font-style:italic;color:#666;margin:2px 0 8px}
blockquote.pull{margin:14px 0;font-family:"Liberation Serif",serif;font-size:12pt;color:#16365c} blockquote .who{font-family:"Liberation Sans";font-size:8pt;color:#555}
.contact{background:#f2efe9;padding:8px 10px;margin-top:10px}.contact p{margin:1px 0}
'''
b = HTML('blind6-01-en-ewaste-accra', 'en', 'chromium', 'blind-issue-brief', 'informal e-waste recycling', css=css)
F1 = 'Issue brief · E-waste recycling in Greater Accra'
b.raw('<div class="page">'); b.fu(F1, cls='run'); b.fu('Page 1 of 2', cls='foot')
b.i('ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone · Issue brief No. 3', cls='kicker')
b.T('From burning to sorting: safer livelihoods in Accra’s e-waste trade')
b.p('Greater Accra Region, Ghana · Safe E-Waste Livelihoods project, 2024–2027', cls='sub')
b.raw('<div class="grid"><div class="main">')
b.h('1 The issue', 1)
b.p('Every day, several thousand young men and a growing number of women collect, dismantle and sell discarded phones, computers and refrigerators around the Old Fadama scrap yards. Much of the copper is still recovered by burning cables in the open. The smoke carries lead, cadmium and dioxins into the homes and food stalls next door.')
b.p('The International Labour Organization (ILO) estimates that most recyclers work informally: without a contract, health cover or protective equipment. Ghana’s Hazardous and Electronic Waste Control and Management Act of 2016 requires safe handling, but few collectors can meet its rules on their own.')
b.h('2 What the project does', 1)
b.h('2.1 Collection and sorting hubs', 2)
b.ul(['Four hubs, run by recyclers’ groups, receive devices and pay by weight.',
      ('Each hub has:', ['a covered dismantling area with extraction fans', 'a cable-stripping machine that replaces open burning', 'a locked store for batteries and cathode-ray tubes']),
      'Hub committees set prices every week and post them at the gate.'])
b.h('2.2 Skills and protection', 2)
b.p('Recyclers follow a twelve-day course on safe dismantling, first aid and record keeping. Those who finish it receive gloves, masks and boots, and are registered with the National Health Insurance Scheme.')
b.raw('</div><div class="side">')
b.h('At a glance', 2, upper=True, cls='side')
b.tab([], [['Duration', '2024–2027'], ['Budget', 'US$ 3.1 million'], ['Hubs', '4 in Greater Accra'], ['Target', '2,400 recyclers, one third women']], cls='plain')
b.q('We used to burn a bundle of wire and breathe it all day. With the stripping machine I get more copper and I go home without a cough.', 'Abdul-Rahman Issah', 'cable stripper, Old Fadama hub', cls='pull')
b.h('Why it matters', 2, upper=True, cls='side')
b.p('Children and pregnant women are the most exposed to fumes from e-waste, according to guidance from the World Health Organization (WHO).')
b.raw('</div></div></div>')
# page 2
b.raw('<div class="page">'); b.fu(F1, cls='run'); b.fu('Page 2 of 2', cls='foot')
b.raw('<div class="grid"><div class="main">')
b.h('3 Who we work with', 1)
b.p('The project is financed by the Government of Germany through the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ). GIZ and the ILO signed the contribution agreement in March 2024; it runs until December 2027.')
b.p('On the national side, a memorandum of understanding binds three institutions: the Ministry of Employment and Labour Relations (MELR), the Environmental Protection Agency (EPA) and the ILO. It was signed in Accra in May 2024 and makes the EPA responsible for licensing the hubs.')
b.p('Organizing the recyclers is the job of their own associations. The Greater Accra Scrap Dealers’ Association (GASDA) and the Ghana Trades Union Congress (TUC) put their signatures to a letter of intent in 2025, under which the TUC will recruit hub workers into its informal economy desk.')
b.p('Two licensed recyclers buy what the hubs sort. In 2025 the ILO concluded a partnership agreement with each of them – Blue Circuit Recovery Ltd and Atlantic Metals Ghana – covering fair prices and traceable sales.')
b.p('Health screening at the hubs is provided by Korle Bu Teaching Hospital under a service contract, and the Accra Metropolitan Assembly has been kept informed through the district labour office.')
b.h('4 Early results', 1)
b.tab([['Indicator', 'Baseline 2024', 'June 2025', 'Target 2027']],
      [['Recyclers trained', '0', '910', '2,400'], ['Of whom women', '0', '287', '800'], ['Registered with health insurance', '6%', '41%', '75%'], ['Cable burning sites in use', '17', '9', '2']],
      cls='ruled', caption='Table 1. Progress against targets. Source: hub registers and EPA site counts.')
b.h('5 What comes next', 1)
b.ul(['Open the fourth hub in Ashaiman by early 2026.', 'Test a deposit scheme for old refrigerators with importers.', 'Publish a guide for district assemblies on licensing small recyclers.'])
b.raw('<div class="contact">'); b.h('Contact', 2, upper=True, cls='side')
b.raw('<p><b>' + b.e('Akosua Mensah-Bonsu') + '</b></p>'); b.contact('Akosua Mensah-Bonsu', 'mensah-bonsu@ilo.org', '+233 30 221 5947')
b.i('Project Coordinator, Safe E-Waste Livelihoods'); b.i('ILO Project Office, Ridge, Accra'); b.i('Tel.: +233 30 221 5947'); b.i('Email: mensah-bonsu@ilo.org')
b.raw('<p>' + b.e(b.link('www.ilo.org/abuja/ewaste-accra')) + '</p></div>')
b.raw('</div><div class="side">')
b.h('Partners', 2, upper=True, cls='side')
b.p('GIZ · MELR · EPA · GASDA · TUC · Blue Circuit Recovery Ltd · Atlantic Metals Ghana')
b.raw('</div></div></div>')
b.orgs(('International Labour Organization', 'ILO'), ('ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone',), ('Government of Germany',),
       ('Deutsche Gesellschaft für Internationale Zusammenarbeit', 'GIZ'), ('Ministry of Employment and Labour Relations', 'MELR'),
       ('Environmental Protection Agency', 'EPA'), ('Greater Accra Scrap Dealers’ Association', 'GASDA'), ('Ghana Trades Union Congress', 'TUC'),
       ('Blue Circuit Recovery Ltd',), ('Atlantic Metals Ghana',), ('Korle Bu Teaching Hospital',), ('Accra Metropolitan Assembly',),
       ('World Health Organization', 'WHO'), ('National Health Insurance Scheme',))
b.countries('NG', 'GH', 'LR', 'SL', 'DE')
b.ps(['GIZ', 'ILO'], 'funding', 2024, 2027)
b.ps(['MELR', 'EPA', 'ILO'], 'memorandum_of_understanding', 2024)
b.ps(['GASDA', 'TUC'], 'letter_of_intent', 2025)
b.ps(['Blue Circuit Recovery Ltd', 'ILO'], 'partnership', 2025)
b.ps(['Atlantic Metals Ghana', 'ILO'], 'partnership', 2025)
b.build_chromium()
