from common import *
ID = 'blind5-04-en-fair-recruitment'
t = T(ID, 'libreoffice', 'blind-policy-brief-milestones', 'fair recruitment of migrant workers', 'en')
NAVY = '#1F3A68'; RED = '#C8102E'
styles = ''.join([
  pstyle('Body', size='10pt', mb='2.2mm', extra_p='fo:line-height="128%" fo:keep-together="always"'),
  pstyle('Kicker', size='8.5pt', bold=True, color=RED, mb='1mm', extra_t='fo:letter-spacing="0.4mm"'),
  pstyle('Title', size='21pt', bold=True, color=NAVY, mb='2mm', extra_p='fo:line-height="110%"'),
  pstyle('Subtitle', size='11pt', italic=True, color='#555555', mb='5mm'),
  pstyle('Heading_1', size='13pt', bold=True, color=NAVY, mt='5mm', mb='2mm', outline=1, extra_p='fo:border-bottom="0.8pt solid #C8102E" fo:padding-bottom="0.8mm"'),
  pstyle('Heading_2', size='10.5pt', bold=True, color=RED, mt='3mm', mb='1mm', outline=2),
  pstyle('Box', size='10pt', mb='0mm', extra_p='fo:background-color="#E9EEF6" fo:padding="3mm" fo:border-left="3pt solid #1F3A68"'),
  pstyle('BoxHead', size='10pt', bold=True, color=NAVY, mb='0mm', outline=2, extra_p='fo:background-color="#E9EEF6" fo:padding="3mm" fo:padding-bottom="0mm" fo:border-left="3pt solid #1F3A68"'),
  pstyle('Cell', size='9pt', mb='0mm'), pstyle('CellHead', size='9pt', bold=True, color='#FFFFFF', mb='0mm'),
  pstyle('CellYear', size='9.5pt', bold=True, color=RED, mb='0mm'),
  pstyle('Caption', size='8pt', italic=True, color='#666666', mt='0.5mm', mb='3mm'),
  pstyle('Quote', size='13pt', italic=True, color=NAVY, mt='4mm', mb='1mm', extra_p='fo:margin-left="12mm" fo:margin-right="12mm"'),
  pstyle('QuoteBy', size='8.5pt', color='#555555', mb='4mm', extra_p='fo:margin-left="12mm"'),
  pstyle('Header', size='8pt', color='#666666', mb='0mm', extra_p='fo:border-bottom="0.5pt solid #999999" fo:padding-bottom="1mm"'),
  pstyle('Footer', size='8pt', color='#666666', mb='0mm', extra_p='fo:text-align="end"'),
  pstyle('Contact', size='9.5pt', mb='0mm', extra_p='fo:border="0.8pt solid #1F3A68" fo:padding="3mm"'),
  pstyle('List', size='10pt', mb='1mm'),
  liststyle('LB', ('▪', '–'), RED), numstyle('LN')])
auto = (tablestyle('Who', '170mm', ['62mm', '24mm', '84mm']) + tablestyle('Miles', '170mm', ['18mm', '152mm']) +
        cellstyle('CH', bg=NAVY) + cellstyle('CR', border_bottom='0.5pt solid #9AA7B8') + cellstyle('CU', pad='0.9mm'))
B = []
def para(style, s): B.append(f'<text:p text:style-name="{style}">{x(s)}</text:p>')
def P(s): para('Body', t.p(s))
def H1(s): B.append(f'<text:h text:style-name="Heading_1" text:outline-level="1">{x(t.h(s, 1))}</text:h>')
def H2(s, style='Heading_2'): B.append(f'<text:h text:style-name="{style}" text:outline-level="2">{x(t.h(s, 2))}</text:h>')
def LIST(items, style='LB'):
    out = f'<text:list text:style-name="{style}">'
    for it in items:
        if isinstance(it, tuple):
            s, subs = it
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(s, 1))}</text:p><text:list>' + ''.join(f'<text:list-item><text:p text:style-name="List">{x(t.b(u, 2))}</text:p></text:list-item>' for u in subs) + '</text:list></text:list-item>'
        else:
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(it, 1))}</text:p></text:list-item>'
    B.append(out + '</text:list>')
hdr = 'ILO Regional Office for Asia and the Pacific · Policy brief'
t.furn(hdr, 'Page 1 of 2', hdr, 'Page 2 of 2')
para('Kicker', t.ign('LABOUR MIGRATION · POLICY BRIEF'))
para('Title', t.title('Fair recruitment in the Cambodia–Thailand corridor: what partners have agreed'))
para('Subtitle', t.p('Policy brief, November 2025'))
H2('Summary', 'BoxHead')
para('Box', t.p('Cambodian workers in Thailand still pay, on average, the equivalent of three months’ wages to find a job. Governments, employers and unions on both sides have signed agreements to change this. This brief sets out who has agreed to what, and what remains to be done.'))
H1('A corridor of 1.2 million workers')
P('Thailand is the main destination for Cambodian migrant workers: about 1.2 million work there in construction, agriculture, fishing and seafood processing. Most cross through informal brokers, and many arrive in debt.')
P('Fees charged in Cambodia are often paid again in Thailand, and workers who change employer can lose their documents. The International Labour Organization (ILO) estimates that one migrant in four has had wages or documents withheld.')
H1('Who is who in the corridor')
hd, rows = t.table([['Organization', 'Country', 'Role in recruitment']], [
  ['Ministry of Labour and Vocational Training (MLVT)', 'Cambodia', 'Licenses recruitment agencies; runs pre-departure training'],
  ['Ministry of Labour of Thailand', 'Thailand', 'Issues work permits; inspects workplaces'],
  ['Cambodian Federation of Employers and Business Associations (CAMFEBA)', 'Cambodia', 'Speaks for employers that send or hire workers'],
  ['Employers’ Confederation of Thailand (ECOT)', 'Thailand', 'Speaks for employers that hire migrant workers'],
  ['Cambodian Labour Confederation (CLC)', 'Cambodia', 'Runs migrant worker resource centres'],
  ['State Enterprises Workers’ Relations Confederation (SERC)', 'Thailand', 'Helps migrant workers join unions'],
  ['Association of Cambodian Recruitment Agencies (ACRA)', 'Cambodia', 'Represents licensed agencies'],
])
B.append(otable('Who', hd, rows, 'CH', 'CR', 'CellHead', 'Cell', 3))
para('Caption', t.ign('Table 1. Main actors in recruitment between Cambodia and Thailand.'))
H1('What partners have agreed')
P('The memorandum of understanding on employment cooperation between the MLVT and the Ministry of Labour of Thailand, first signed in 2003, was renewed in 2024 with a new annex on recruitment fees.')
P('Meeting in Bangkok in May 2025, CAMFEBA and ECOT signed a letter of intent to promote the Employer Pays Principle among their members.')
P('The CLC and SERC have worked together informally since 2019. A cooperation agreement made this formal in 2023: the two confederations now refer cases to each other and run joint legal clinics.')
P('All of this is supported by Safe and Fair Journeys, a joint programme of the ILO and the International Organization for Migration (IOM) for 2023–2027, financed by the European Union.')
P('In 2025 Siam Frozen Foods Co., Ltd., one of the largest employers of Cambodian workers in Songkhla, entered into a partnership with ECOT and the ILO to reimburse fees that its workers had paid before they arrived.')
P('ACRA has welcomed the fee annex but has not signed it. The ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers, adopted in 2017, gives the wider regional framework.')
para('Quote', t.quote('I paid the broker four months of wages before I saw my first pay slip.', 'Sokha Chhun', 'seafood processing worker, Songkhla'))
para('QuoteBy', '— Sokha Chhun, seafood processing worker, Songkhla')
H1('Milestones')
hd2, rows2 = t.table([], [['2003', 'Memorandum of understanding on employment cooperation signed'], ['2017', 'ASEAN Consensus on migrant workers adopted'],
   ['2023', 'Safe and Fair Journeys begins; CLC–SERC cooperation agreement'], ['2024', 'MOU renewed with an annex on recruitment fees'], ['2025', 'CAMFEBA–ECOT letter of intent; fee reimbursement partnership']])
B.append(otable('Miles', [], rows2, None, 'CU', None, 'Cell', 2, pc_list=['CellYear', 'Cell']))
H1('Recommendations')
LIST([('Publish a single schedule of the fees that workers may be charged:', ['in Khmer and Thai', 'at every border checkpoint and job centre']),
      'Make recruitment agencies liable for what their sub-agents do.',
      'Give migrant workers’ unions a seat on the joint working group set up under the MOU.',
      'Let workers change employer without losing their work permit.'], 'LN')
H1('Contact')
t.contact('Napat Wongsiri', 'wongsiri@ilo.org', '+66 2 288 1234')
B.append('<text:p text:style-name="Contact"><text:span>Napat Wongsiri</text:span><text:line-break/>' + x(t.ign('Senior Migration Specialist')) + '<text:line-break/>' +
         x(t.ign('ILO Regional Office for Asia and the Pacific, Bangkok')) + '<text:line-break/>' + x(t.ign('Tel.: +66 2 288 1234')) + ' · ' + x(t.ign('Email: wongsiri@ilo.org')) + '<text:line-break/>' + x(t.link('www.ilo.org/asia/safe-fair-journeys')) + '</text:p>')
header = f'<text:p text:style-name="Header">{x(hdr)}</text:p>'
footer = '<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p>'
fodt(ID + '.fodt', 'Fair recruitment in the Cambodia–Thailand corridor', 'en', 'GB', styles, auto, header, footer, '\n'.join(B))
t.orgs(('International Labour Organization', 'ILO'), ('Ministry of Labour and Vocational Training', 'MLVT'), 'Ministry of Labour of Thailand',
       ('Cambodian Federation of Employers and Business Associations', 'CAMFEBA'), ('Employers’ Confederation of Thailand', 'ECOT'),
       ('Cambodian Labour Confederation', 'CLC'), ('State Enterprises Workers’ Relations Confederation', 'SERC'),
       ('Association of Cambodian Recruitment Agencies', 'ACRA'), ('International Organization for Migration', 'IOM'), 'European Union',
       'Siam Frozen Foods Co., Ltd.', 'ASEAN', 'ILO Regional Office for Asia and the Pacific')
t.countries('KH', 'TH')
t.ps(['MLVT', 'Ministry of Labour of Thailand'], 'memorandum_of_understanding', 2003)
t.ps(['CAMFEBA', 'ECOT'], 'letter_of_intent', 2025)
t.ps(['CLC', 'SERC'], 'cooperation_agreement', 2023)
t.ps(['ILO', 'IOM'], 'programme', 2023, 2027)
t.ps(['European Union', 'ILO', 'IOM'], 'funding', 2023, 2027)
t.ps(['Siam Frozen Foods Co., Ltd.', 'ECOT', 'ILO'], 'partnership', 2025)
soffice(ID, 'fodt')
finish(t, 2)
