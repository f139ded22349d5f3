from common import *
ID = 'blind4-04-en-training-fund'
t = Truth(ID, 'chromium', 'blind-donor-report-summary', 'skills development', 'en', 2,
          'Employers in the driving seat: the Employer-Led Training Fund')
E = esc
kick = t.ign('Donor report summary · Reporting period January 2024 – June 2025')
sub = t.p('Results of the second phase of Jordan’s sector skills programme, prepared for the Netherlands')
HDR = 'International Labour Organization · Jordan sector skills programme'

figs = [('EUR 9.8 m', 'total contribution, 2022–2025'), ('14,600', 'workers trained'),
        ('62 %', 'of trainees still employed after one year'), ('1,150', 'firms paying into the Fund')]
for a, b in figs: t.ign(a, b)

h1 = t.h('1. Summary', 1)
s1 = t.p('The Employer-Led Training Fund (ELTF) pays for short courses that companies design themselves, through '
         'six sector skills councils. In this period the Fund financed 412 courses, twice as many as in 2023, and '
         'for the first time more than a third of trainees were women.')
h2 = t.h('2. Results against targets', 1)
chart = [('Workers trained', 14600, 12000), ('Women trained', 5100, 4800), ('Firms contributing', 1150, 1500),
         ('Refugee workers trained', 2300, 2000)]
cap = t.ign('Figure 1. Results to 30 June 2025 as a share of the phase targets (target = 100)')
for lab, v, tg in chart: t.ign(lab)
h3 = t.h('3. Partners and agreements', 1)
pa = [t.p('The programme is carried out by the ILO with the Ministry of Labour of Jordan and the Technical and '
          'Vocational Skills Development Commission (TVSDC), which hosts the Fund.'),
      t.p('The Netherlands funds it through a contribution agreement signed with the ILO in 2022.'),
      t.p('The Jordan Chamber of Industry (JCI) and the General Federation of Jordanian Trade Unions (GFJTU) have '
          'jointly chaired the garment skills council since 2021. In March 2024 they signed, with the TVSDC, a '
          'three-party cooperation agreement that extends the council model to food processing and logistics.'),
      t.p('UNICEF and the ILO run a joint programme for 2023–2026 that opens Fund courses to young people aged 18 '
          'to 24 who are neither in school nor in work.'),
      t.p('In 2024 the European Bank for Reconstruction and Development (EBRD) and the ILO formed a partnership to '
          'link the Fund with the EBRD’s credit lines for small firms.')]

# page 2
h4 = t.h('4. Finances', 1)
fh, fr_ = t.table([['Budget line', 'Budget (EUR)', 'Spent to June 2025 (EUR)', 'Rate']],
                  [['Training grants through the Fund', '5,900,000', '4,310,000', '73 %'],
                   ['Sector skills councils', '1,400,000', '1,020,000', '73 %'],
                   ['Labour market information', '900,000', '505,000', '56 %'],
                   ['Management and evaluation', '1,600,000', '1,160,000', '73 %'],
                   ['Total', '9,800,000', '6,995,000', '71 %']])
tsrc = t.ign('Unaudited figures. Exchange rate of the contribution agreement.')
h5 = t.h('5. Lessons', 1)
lA = t.h('A. What worked', 2)
la = [t.b('Firms trust courses they have designed themselves'),
      t.b('the logistics council filled 90 % of its places in the first month', 2),
      t.b('Paying training providers by results, not by enrolment')]
lB = t.h('B. What did not', 2)
lb = [t.b('Small firms find the online claim form too long'),
      t.b('Courses outside Amman, Zarqa and Irbid remain rare'),
      t.b('only 9 of 412 courses were held in the south', 2)]
qt = t.q('For the first time, we decided what our forklift drivers should learn, and the Fund paid for it within a month.',
         'Rania Haddad', 'HR director, Zarqa Plastics Industries Co.')
h6 = t.h('6. Next steps', 1)
ns = t.p('By the end of 2025 the TVSDC will take over the management of the Fund. Zarqa Plastics Industries Co. and '
         'Aqaba Logistics Village have each signed a letter of intent, in 2025, to host apprentices from the '
         'Amman Women’s Skills Network, an NGO.')
h7 = t.h('Contact', 2, True)
cn = 'Omar Al-Khatib'; t.ign(cn)
crole = t.ign('Chief Technical Adviser')
cad = t.ign('ILO Regional Office for Arab States, project office in Jabal Amman, Jordan')
ctel = t.ign('Tel. +962 6 460 1234')
cm = t.ign('Email: al-khatib@ilo.org')
t.contact(cn, 'al-khatib@ilo.org', '+962 6 460 1234')
t.furn(HDR, 'Page 1 of 2', HDR, 'Page 2 of 2')

for n, a in [('International Labour Organization', 'ILO'), ('Employer-Led Training Fund', 'ELTF'),
             ('Ministry of Labour of Jordan', None),
             ('Technical and Vocational Skills Development Commission', 'TVSDC'),
             ('Netherlands', None), ('Jordan Chamber of Industry', 'JCI'),
             ('General Federation of Jordanian Trade Unions', 'GFJTU'), ('UNICEF', None),
             ('European Bank for Reconstruction and Development', 'EBRD'),
             ('Zarqa Plastics Industries Co.', None), ('Aqaba Logistics Village', None),
             ('Amman Women’s Skills Network', None), ('ILO Regional Office for Arab States', None)]:
    t.org(n, a)
t.part(['Netherlands', 'ILO'], 'funding', 2022)
t.part(['JCI', 'GFJTU', 'TVSDC'], 'cooperation_agreement', 2024)
t.part(['UNICEF', 'ILO'], 'programme', 2023)
t.part(['EBRD', 'ILO'], 'partnership', 2024)
t.part(['Zarqa Plastics Industries Co.', 'Amman Women’s Skills Network'], 'letter_of_intent', 2025)
t.part(['Aqaba Logistics Village', 'Amman Women’s Skills Network'], 'letter_of_intent', 2025)
t.countries('JO', 'NL')

bars = ''.join(
    f'<div class="row"><div class="lab">{E(l)}</div><div class="track"><div class="bar" style="width:{min(v / tg, 1.25) * 100 / 1.25:.1f}%"></div>'
    f'<div class="tgt" style="left:{100 / 1.25:.1f}%"></div></div><div class="val">{round(v / tg * 100)}</div></div>'
    for l, v, tg in chart)
for l, v, tg in chart: t.ign(str(round(v / tg * 100)))
def tr(r, tag='td'):
    return '<tr>' + ''.join(f'<{tag}{" class=n" if j else ""}>{E(c)}</{tag}>' for j, c in enumerate(r)) + '</tr>'
html_ = f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(t.title)}</title><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family:"DejaVu Sans", sans-serif; font-size:8.8pt; line-height:1.42; color:#1d1d1d }}
.page {{ width:210mm; height:297mm; position:relative; box-sizing:border-box; padding:22mm 18mm 18mm 18mm; page-break-after:always; overflow:hidden }}
.page:last-child {{ page-break-after:auto }}
.rh {{ position:absolute; top:9mm; left:18mm; right:18mm; font-size:7.5pt; color:#555; border-bottom:0.3mm solid #c0392b; padding-bottom:1.5mm }}
.rf {{ position:absolute; bottom:9mm; right:18mm; font-size:7.5pt; color:#555 }}
.kick {{ color:#c0392b; font-weight:bold; font-size:8pt }}
h1 {{ font-size:21pt; line-height:1.15; margin:2mm 0 2mm 0; color:#13294b }}
.sub {{ font-size:11pt; color:#13294b; margin-bottom:6mm }}
.figs {{ display:flex; gap:3mm; margin-bottom:6mm }}
.fig {{ flex:1; background:#13294b; color:#fff; padding:3mm }}
.fig b {{ display:block; font-size:17pt; color:#ffd166 }}
h2 {{ font-size:8.8pt; color:#c0392b; margin:5mm 0 1.5mm 0 }}
h3 {{ font-size:8.8pt; color:#13294b; margin:3mm 0 1mm 0 }}
h2.up {{ text-transform:uppercase; letter-spacing:.06em; color:#13294b }}
p {{ margin:0 0 2mm 0 }}
.chart {{ border:0.3mm solid #ccc; padding:3mm 4mm }}
.row {{ display:flex; align-items:center; margin:1.6mm 0 }}
.lab {{ width:45mm }} .track {{ flex:1; height:4.5mm; background:#eee; position:relative }}
.bar {{ height:100%; background:#2a9d8f }} .tgt {{ position:absolute; top:-1mm; bottom:-1mm; width:0.5mm; background:#c0392b }}
.val {{ width:10mm; text-align:right; font-weight:bold }}
.cap {{ font-size:7.6pt; color:#555; margin-top:1.5mm; font-style:italic }}
table {{ width:100%; border-collapse:collapse; margin-top:2mm }}
th {{ background:#13294b; color:#fff; text-align:left; padding:1.4mm 2mm; font-weight:normal }}
td {{ border-bottom:0.25mm solid #b8b8b8; padding:1.2mm 2mm }} .n {{ text-align:right }}
tr:last-child td {{ font-weight:bold; border-bottom:0.6mm solid #13294b }}
.src {{ font-size:7.4pt; color:#666; margin-top:1mm }}
ul {{ margin:1mm 0; padding-left:5mm }} ul ul {{ list-style:'– ' }}
.pq {{ float:right; width:62mm; margin:0 0 3mm 5mm; border-top:1mm solid #ffd166; padding-top:2mm; font-size:12pt; line-height:1.3; color:#13294b; font-family:"DejaVu Serif", serif }}
.pq small {{ display:block; font-family:"DejaVu Sans"; font-size:7.6pt; color:#555; margin-top:2mm }}
.contact {{ background:#f3f0e6; padding:3mm 4mm; margin-top:4mm }}
</style></head><body>
<div class="page">
<div class="rh">{E(HDR)}</div>
<div class="kick">{E(kick)}</div>
<h1>{E(t.title)}</h1>
<div class="sub">{E(sub)}</div>
<div class="figs">{''.join(f'<div class="fig"><b>{E(a)}</b>{E(b)}</div>' for a, b in figs)}</div>
<h2>{E(h1)}</h2><p>{E(s1)}</p>
<h2>{E(h2)}</h2>
<div class="chart">{bars}</div>
<div class="cap">{E(cap)}</div>
<h2>{E(h3)}</h2>
{''.join(f'<p>{E(x)}</p>' for x in pa)}
<div class="rf">Page 1 of 2</div>
</div>
<div class="page">
<div class="rh">{E(HDR)}</div>
<h2>{E(h4)}</h2>
<table><thead>{tr(fh[0], 'th')}</thead><tbody>{''.join(tr(r) for r in fr_)}</tbody></table>
<div class="src">{E(tsrc)}</div>
<h2>{E(h5)}</h2>
<div class="pq">“{E(qt)}”<small><b>Rania Haddad</b>, HR director, Zarqa Plastics Industries Co.</small></div>
<h3>{E(lA)}</h3>
<ul><li>{E(la[0])}<ul><li>{E(la[1])}</li></ul></li><li>{E(la[2])}</li></ul>
<h3>{E(lB)}</h3>
<ul><li>{E(lb[0])}</li><li>{E(lb[1])}<ul><li>{E(lb[2])}</li></ul></li></ul>
<h2>{E(h6)}</h2><p>{E(ns)}</p>
<h2 class="up">{E(h7)}</h2>
<div class="contact"><b>{E(cn)}</b> · {E(crole)}<br>{E(cad)}<br>{E(ctel)} · {E(cm)}</div>
<div class="rf">Page 2 of 2</div>
</div></body></html>'''
open(f'{HERE}/{ID}.html', 'w').write(html_)
chromium(ID)
finish(t)
