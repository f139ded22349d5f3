from common import *
from xml.sax.saxutils import escape as xe
ID = 'blind4-05-en-flood-recovery'
t = Truth(ID, 'libreoffice', 'blind-newsletter-masthead-2col', 'crisis response', 'en', 2,
          'After the floods, work that rebuilds')
mast = t.ign('RECOVERY NOTES')
issue = t.ign('News from the International Labour Organization’s flood recovery programme in Sylhet · Issue 4 · October 2025')
HDR = 'Recovery Notes · Issue 4 · October 2025'
FOOT = 'ILO Country Office for Bangladesh'
sub = t.p('A year after the 2024 floods in the Sylhet haor basin, cash-for-work crews have rebuilt embankments, '
          'roads and markets, and 9,400 workers have been paid on time.')

body = []  # list of (style, text) in order; section markers
def P(s, style='Body'): body.append((style, s))
def H(s, lv=1, up=False): body.append(('H%d' % lv + ('U' if up else ''), t.h(s, lv, up)))
def B(s, lv=1): body.append(('Bul%d' % lv, t.b(s, lv)))

body.append(('SECT', 'two'))
P(t.p('When the Surma and Kushiyara rivers rose in June 2024, water covered two thirds of Sunamganj and Sylhet '
      'districts for three weeks. Roads, embankments and more than 600 village markets were washed away, and '
      'day labourers lost most of their work for the season.'))
P(t.p('The ILO’s employment-intensive response began in October 2024. Crews of 25 workers, at least a third of them '
      'women, rebuild earthen embankments and raise village roads above the flood line.'))
H('In brief', 2, True)
for s in ['9,400 workers paid through mobile wallets', '182 km of embankments rebuilt', '41 markets raised on new plinths',
          'no serious accident on any site since March 2025']:
    B(s)
body.append(('COLBREAK', ''))
H('A safer way to rebuild', 1)
P(t.p('The Bangladesh Employers’ Federation (BEF) and the National Coordination Committee for Workers’ Education '
      '(NCCWE) met in Sylhet in June 2024 to agree on safety rules for reconstruction sites. Three months later they '
      'signed a letter of intent to train 300 site supervisors together.'))
P(t.p('Each crew now has a first-aid kit, drinking water and a shaded rest area. Children under 18 are not allowed on '
      'the sites.'))
H('From crews to careers', 1)
P(t.p('Workers who finish 60 days on a crew can join a four-week course in masonry, boat repair or solar-pump '
      'maintenance. The first 620 graduates received their certificates in Sunamganj in September 2025.'))
P(t.p('The courses are run by the Bangladesh Technical Education Board, which recognizes them as Level 1 '
      'qualifications. Graduates can choose:'))
for s in ['a place on a reconstruction crew as a skilled worker', 'a starter toolkit and a small grant to work on their own',
          'a referral to the district employment office']:
    B(s)
P(t.p('Of the first graduates, 71 per cent were earning from their new trade three months later.'))
body.append(('ENDSECT', ''))
body.append(('BREAK', ''))
body.append(('SECT', 'two'))
H('Who pays, who builds', 1)
P(t.p('The programme is financed by Japan, through the Japan International Cooperation Agency (JICA), under a grant '
      'agreement signed in 2024.'))
P(t.p('The Local Government Engineering Department (LGED) signed a memorandum of understanding with the ILO in '
      'January 2025 on the design and supervision of the works.'))
P(t.p('FAO, UNDP, WFP and the ILO run a joint programme, launched in 2024, that links the cash-for-work crews with '
      'seed distribution and school meals.'))
P(t.p('A loan of the Islamic Development Bank (IsDB), approved in 2025, will extend the model to Moulvibazar and '
      'Habiganj districts from 2026 to 2028.'))
body.append(('COLBREAK', ''))
H('Voices from the sites', 1)
qt = t.q('For the first time I was paid the same as the men, and the money came to my own phone.',
         'Rokeya Begum', 'crew member, Derai upazila')
body.append(('QUOTE', qt)); body.append(('QBY', 'Rokeya Begum, crew member, Derai upazila'))
H('Markets back in business', 1)
P(t.p('The Haor Livelihoods Trust, a local NGO, chose the 41 markets with village committees. Surma Cement Ltd sells '
      'cement to the crews at cost under a partnership with the Trust agreed in 2025.'))
body.append(('ENDSECT', ''))
H('Cash-for-work at a glance', 1)
th, tr = t.table([['District', 'Workers', 'Women', 'Work days', 'Wages paid (BDT million)']],
                 [['Sunamganj', '5,120', '38 %', '412,000', '247.2'],
                  ['Sylhet', '3,060', '35 %', '238,500', '143.1'],
                  ['Netrokona', '1,220', '41 %', '96,300', '57.8']])
body.append(('TABLE', 0))
P(t.ign('Source: programme payroll, to 30 September 2025.'), 'Note')
H('Contact', 2, True)
cn = 'Farhana Rahman'; t.ign(cn)
ct = [t.ign('Programme Manager, Flood Recovery'), t.ign('ILO Country Office for Bangladesh, Dhaka'),
      t.ign('Tel. +880 2 5505 1700'), t.ign('Email: rahmanf@ilo.org')]
url = t.link('www.ilo.org/dhaka/floodrecovery')
t.contact(cn, 'rahmanf@ilo.org', '+880 2 5505 1700')
body.append(('CONTACT', None))
t.furn(HDR, FOOT, '1', HDR, FOOT, '2')

for n, a in [('International Labour Organization', 'ILO'), ('Bangladesh Employers’ Federation', 'BEF'),
             ('National Coordination Committee for Workers’ Education', 'NCCWE'),
             ('Japan International Cooperation Agency', 'JICA'),
             ('Local Government Engineering Department', 'LGED'), ('FAO', None), ('UNDP', None), ('WFP', None),
             ('Islamic Development Bank', 'IsDB'), ('Haor Livelihoods Trust', None), ('Surma Cement Ltd', None),
             ('ILO Country Office for Bangladesh', None), ('Bangladesh Technical Education Board', None)]:
    t.org(n, a)
t.part(['BEF', 'NCCWE'], 'letter_of_intent', 2024)
t.part(['JICA', 'ILO'], 'funding', 2024)
t.part(['LGED', 'ILO'], 'memorandum_of_understanding', 2025)
t.part(['FAO', 'UNDP', 'WFP', 'ILO'], 'programme', 2024)
t.part(['IsDB'], 'funding', 2025)
t.part(['Surma Cement Ltd', 'Haor Livelihoods Trust'], 'partnership', 2025)
t.countries('BD', 'JP')

# ---- flat ODT
def para(style, s): return f'<text:p text:style-name="{style}">{xe(s)}</text:p>'
out = []
out.append(para('Masthead', mast))
out.append(para('Issue', issue))
out.append(para('Title', t.title))
out.append(para('Standfirst', sub))
lists_open = None
col_next = False
for st, s in body:
    if st.startswith('Bul'):
        lv = int(st[3])
        if lists_open is None: out.append('<text:list text:style-name="LB">'); lists_open = 1
        if lv == 1: out.append(f'<text:list-item>{para("ListP", s)}</text:list-item>')
        continue
    if lists_open: out.append('</text:list>'); lists_open = None
    if st == 'SECT': out.append('<text:section text:style-name="Sect2" text:name="S%d">' % len(out))
    elif st == 'ENDSECT': out.append('</text:section>')
    elif st == 'COLBREAK': col_next = True
    elif st == 'BREAK': out.append('<text:p text:style-name="Break"/>')
    elif st.startswith('H'):
        style = {'H1': 'H1', 'H2U': 'H2U'}[st]
        if col_next: style = 'H1Col'; col_next = False
        out.append(f'<text:h text:style-name="{style}" text:outline-level="{st[1]}">{xe(s)}</text:h>')
    elif st == 'QUOTE': out.append(para('Quote', '“' + s + '”'))
    elif st == 'QBY': out.append(para('QBy', s))
    elif st == 'TABLE':
        rows = ''.join('<table:table-row>' + ''.join(
            f'<table:table-cell table:style-name="{"CH" if i == 0 else "C"}" office:value-type="string">'
            f'{para("TH" if i == 0 else ("TdL" if j == 0 else "Td"), c)}</table:table-cell>' for j, c in enumerate(r))
            + '</table:table-row>' for i, r in enumerate(th + tr))
        out.append('<table:table table:name="T1" table:style-name="Tab"><table:table-column table:number-columns-repeated="5"/>'
                   + rows + '</table:table>')
    elif st == 'CONTACT':
        out.append(para('Box', '') .replace('></text:p>', '>') [:-0] if False else '')
        lines = [f'<text:span text:style-name="Bold">{xe(cn)}</text:span>'] + [xe(x) for x in ct] + [xe(url)]
        out.append('<text:p text:style-name="Box">' + '<text:line-break/>'.join(lines) + '</text:p>')
    else: out.append(para(st, s))
if lists_open: out.append('</text:list>')

fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{xe(t.title)}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="9.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.6mm" fo:text-align="justify" fo:line-height="125%"/></style:style>
 <style:style style:name="ListP" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-bottom="0.8mm" fo:text-align="start"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.8pt"/></style:style>
 <style:style style:name="Masthead" style:family="paragraph"><style:paragraph-properties fo:background-color="#0b4f6c" fo:padding="3mm" fo:text-align="center" fo:letter-spacing="0.2em"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="30pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Issue" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="5mm" fo:text-align="center" fo:border-bottom="0.8mm solid #e9a23b" fo:padding-bottom="1.5mm" fo:margin-top="1.5mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="2mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="Standfirst" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="4mm"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-style="italic" fo:color="#333333"/></style:style>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1.2mm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="H2U" style:family="paragraph"><style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always" fo:border-top="0.4mm solid #e9a23b" fo:padding-top="1mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#b4571b" fo:text-transform="uppercase" fo:letter-spacing="0.05em"/></style:style>
 <style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:margin-left="3mm" fo:border-left="1.2mm solid #e9a23b" fo:padding-left="3mm" fo:margin-top="1mm"/>
  <style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="QBy" style:family="paragraph"><style:paragraph-properties fo:margin-left="7mm" fo:margin-bottom="2mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="TH" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Td" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TdL" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-top="1mm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#666666"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:background-color="#eef4f7" fo:padding="3mm" fo:margin-top="1mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="HeaderP" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.3mm solid #0b4f6c" fo:padding-bottom="1mm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="FooterP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="▸">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="4mm" fo:text-indent="-4mm" fo:margin-left="4mm"/></style:list-level-properties>
  <style:text-properties fo:color="#b4571b"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="2" fo:column-gap="7mm"><style:column-sep style:width="0.2mm" style:color="#9fb8c4" style:height="100%" style:style="solid"/></style:columns></style:section-properties></style:style>
 <style:style style:name="H1Col" style:family="paragraph" style:parent-style-name="H1"><style:paragraph-properties fo:break-before="column"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="174mm" table:align="left" fo:margin-top="1mm"/></style:style>
 <style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:background-color="#0b4f6c" fo:padding="1.2mm" fo:border="0.3mm solid #0b4f6c"/></style:style>
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="1.2mm" fo:border="0.3mm solid #7f9aa8"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="10mm" fo:margin-bottom="10mm" fo:margin-left="18mm" fo:margin-right="18mm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="5mm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="HeaderP">{xe(HDR)}</text:p></style:header>
 <style:footer><text:p text:style-name="FooterP">{xe(FOOT)} — <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(out)}
</office:text></office:body></office:document>'''
open(f'{HERE}/{ID}.fodt', 'w').write(fodt)
soffice(ID, 'fodt')
finish(t)
