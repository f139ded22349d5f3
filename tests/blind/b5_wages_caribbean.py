import sys; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-05-minimum-wages-caribbean"
T = Truth(ID, "chromium", "three-column-newsletter", "wage policy and minimum wages")
T.countries("TT", "BB", "JM", "GY", "BZ", "LC")
T.orgs(("International Labour Organization", "ILO"),
       ("Caribbean Community", "CARICOM"),
       ("Caribbean Congress of Labour", "CCL"),
       ("Caribbean Employers' Confederation", "CEC"),
       ("Ministry of Labour of Barbados", None),
       ("Minimum Wages Board", None),
       ("Statistical Institute of Jamaica", "STATIN"),
       ("Caribbean Development Bank", "CDB"),
       ("University of the West Indies", "UWI"),
       ("Jamaica Employers' Federation", "JEF"),
       ("Barbados Workers' Union", "BWU"))
T.partner(["ILO", "CARICOM"], "letter_of_intent", 2022)
T.partner(["CDB", "UWI"], "funding", 2023)
T.partner(["ILO", "CCL", "CEC"], "memorandum_of_understanding", 2024)
T.contact("Dr. Keisha Baptiste", "baptiste@ilo.org", "+1 868 625 0524")
T.quote("A minimum wage that is reviewed on a fixed schedule, with evidence on the table, takes the guesswork out of bargaining for everyone.",
        "Andre Clarke", "General Secretary, Caribbean Congress of Labour")
q = T.d["quotes"][0]
FTR = T.furn("Caribbean Wage Notes is published by the ILO Decent Work Team and Office for the Caribbean, Port of Spain")
css = """
@page { size: Letter; margin: 16mm 13mm 18mm 13mm;
  @bottom-left { content: "FTR"; font-family: "Liberation Sans"; font-size: 7.5pt; color: #555; border-top: 0.2mm solid #999; }
  @bottom-right { content: counter(page); font-family: "Liberation Sans"; font-size: 8pt; font-weight: bold; border-top: 0.2mm solid #999; } }
body { font-family: 'Liberation Serif', serif; font-size: 9.7pt; line-height: 1.3; margin:0; color:#222;}
.mast { border-top: 2.5mm solid #e4572e; border-bottom: 0.4mm solid #222; padding: 2mm 0 3mm 0; margin-bottom: 4mm;}
.mast .issue { font-family:'Liberation Sans', sans-serif; font-size: 8pt; color:#555;}
.mast h1 { font-size: 26pt; margin: 1mm 0 0 0; font-family: 'Liberation Sans Narrow', sans-serif;}
.cols { column-count: 3; column-gap: 8mm; column-rule: 0.2mm solid #bbb; }
h2 { font-family:'Liberation Sans', sans-serif; font-size: 11pt; color:#e4572e; margin: 0 0 1.5mm 0; break-after: avoid;}
h2 .n { color:#222; margin-right: 1.5mm; }
p, li { margin: 0 0 2.5mm 0; text-align: left; break-inside: avoid; }
ul { padding-left: 3.5mm; margin: 0 0 3mm 0; list-style-type: square; }
table { width: 100%; border-collapse: collapse; font-family:'Liberation Sans', sans-serif; font-size: 8.6pt; margin: 3mm 0;}
th { background:#222; color:#fff; text-align:left; padding: 1.2mm 2mm;} td { border-bottom: 0.2mm solid #ccc; padding: 1.2mm 2mm;}
.wide { margin: 4mm 0; }
.pull { font-size: 12pt; font-style: italic; border-left: 1.2mm solid #e4572e; padding-left: 3mm; margin: 3mm 0; break-inside: avoid;}
.pull span { display:block; font-style: normal; font-size: 8pt; font-family:'Liberation Sans', sans-serif; margin-top: 1mm;}
.ftr { position: fixed; bottom: -12mm; left: 0; right: 0; font-family:'Liberation Sans', sans-serif; font-size: 7.5pt; color:#555; border-top: 0.2mm solid #999; padding-top: 1mm;}
.box { background:#fbe9e3; padding: 2.5mm; break-inside: avoid; font-family:'Liberation Sans', sans-serif; font-size: 8.5pt;}
"""
def H(n, t): return f'<h2><span class="n">{n}.</span>{T.head(t)}</h2>'
rows = [["Country", "Current minimum wage", "Last review", "Review cycle"],
        ["Barbados", "BBD 9.00 per hour", "2023", "Every 2 years"],
        ["Belize", "BZD 5.00 per hour", "2022", "No fixed cycle"],
        ["Jamaica", "JMD 15,000 per 40-hour week", "2024", "Annual"],
        ["Saint Lucia", "XCD 6.25 per hour", "2019", "No fixed cycle"],
        ["Trinidad and Tobago", "TTD 20.50 per hour", "2023", "Every 3 years"]]
T.table(rows, 1)
tbl = "<table><tr>" + "".join(f"<th>{T.esc(c)}</th>" for c in rows[0]) + "</tr>" + \
      "".join("<tr>" + "".join(f"<td>{T.esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</table>"
css = css.replace('"FTR"', '"' + FTR + '"')
h = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="mast"><div class="issue">{T.ign("CARIBBEAN WAGE NOTES · ISSUE 3")}</div><h1>{T.title("Setting Minimum Wages on Evidence")}</h1></div>
<div class="cols">
{H(1, "Why this matters now")}
<p>{T.para("Prices for food and electricity rose sharply across the region in 2022 and 2023, and many minimum wages had not been reviewed for years. Workers on the wage floor lost purchasing power, while employers faced uncertainty about when, and by how much, rates would change.")}</p>
<p>{T.para("This note from the International Labour Organization (ILO) summarises how Caribbean countries set their minimum wages and what a regular, evidence-based review cycle could look like.")}</p>
{H(2, "What good practice looks like")}
<ul>
<li>{T.bullet("A tripartite wage board that meets on a fixed schedule")}</li>
<li>{T.bullet("Published data on prices, productivity and employment")}</li>
<li>{T.bullet("Clear criteria, as in the Minimum Wage Fixing Convention, 1970 (No. 131)")}</li>
<li>{T.bullet("Enforcement through labour inspection and public awareness")}</li>
</ul>
<div class="pull">“{T.esc(q['text'])}”<span>— {T.esc(q['speaker'])}, {T.esc(q['role'])}</span></div>
{H(3, "Regional cooperation")}
<p>{T.para("In 2022 the ILO and the Caribbean Community (CARICOM) signed a letter of intent to build a shared minimum wage database for member States.")}</p>
<p>{T.para("The Caribbean Development Bank (CDB) financed the first phase of the database in 2023, which is hosted by the University of the West Indies (UWI) at its St. Augustine campus.")}</p>
<p>{T.para("In 2024 the ILO, the Caribbean Congress of Labour (CCL) and the Caribbean Employers' Confederation (CEC) concluded a memorandum of understanding on joint training for wage board members.")}</p>
{H(4, "Country snapshots")}
<p>{T.para("The table below compares minimum wage levels and review practice in five countries. Figures are in national currency.")}</p>
</div>
<div class="wide">{tbl}<div style="font-size:7.5pt;font-family:'Liberation Sans'">{T.ign("Sources: national gazettes; ILO calculations.")}</div></div>
<div class="cols">
{H(5, "Lessons from Barbados and Jamaica")}
<p>{T.para("The Ministry of Labour of Barbados reconvened its Minimum Wages Board in 2021, with the Barbados Workers' Union (BWU) and employers represented. The board now publishes its background papers before each review.")}</p>
<p>{T.para("In Jamaica, the Statistical Institute of Jamaica (STATIN) provides quarterly price data to the advisory commission, and the Jamaica Employers' Federation (JEF) surveys members on the likely impact of each increase.")}</p>
{H(6, "Next steps for Guyana and Belize")}
<p>{T.para("Both countries have asked for technical support to design a review cycle. Missions are planned for 2025, starting with a wage-data workshop in Georgetown.")}</p>
<div class="box"><b>{T.ign("Contact")}</b><br>{T.ign("Dr. Keisha Baptiste, Wages Specialist")}<br>{T.ign("baptiste@ilo.org")} · {T.ign("+1 868 625 0524")}<br>{T.link("www.ilo.org/caribbean/wages")}</div>
</div>
</body></html>"""
open(f"/work/blind/{ID}.html", "w").write(h)
chromium(f"/work/blind/{ID}.html", f"/work/blind/{ID}.pdf")
import subprocess, re
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"/work/blind/{ID}.pdf"], capture_output=True, text=True).stdout).group(1))
for i in range(1, n + 1): T.furn(str(i))
T.finish(f"/work/blind/{ID}.pdf")
