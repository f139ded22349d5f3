import sys; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-06-informal-economy-balkans"
T = Truth(ID, "chromium", "magazine-numbered-sections", "informal economy in cities")
T.countries("MK", "AL", "RS", "ME", "SE")
T.orgs(("International Labour Organization", "ILO"),
       ("Ministry of Labour and Social Policy of North Macedonia", None),
       ("Albania's Ministry of Finance and Economy", None),
       ("City of Skopje", None),
       ("Municipality of Tirana", None),
       ("Organization of Employers of Macedonia", "OEM"),
       ("Federation of Trade Unions of Macedonia", "SSM"),
       ("Confederation of Trade Unions of Albania", "KSSH"),
       ("Swedish International Development Cooperation Agency", "Sida"),
       ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"),
       ("European Bank for Reconstruction and Development", "EBRD"),
       ("Regional Cooperation Council", "RCC"),
       ("Women in Markets Network", None),
       ("PayBalkan d.o.o.", None))
T.partner(["City of Skopje", "OEM", "SSM"], "memorandum_of_understanding", 2023)
T.partner(["ILO", "Sida"], "funding", 2022)
T.partner(["Municipality of Tirana", "GIZ"], "cooperation_agreement", 2024)
T.partner(["ILO", "RCC"], "partnership_agreement", 2021)
T.partner(["Municipality of Tirana", "PayBalkan d.o.o."], "public_private_partnership", 2025)
T.contact("Elena Stojanovska", "stojanovska@ilo.org", "+389 2 3244 710")
FTR = T.furn("ILO Decent Work Technical Support Team and Country Office for Central and Eastern Europe · Budapest")
css = """
@page { size: A4; margin: 15mm 16mm 16mm 16mm;
  @bottom-center { content: "FTR"; font-family: "URW Gothic"; font-size: 7.5pt; color: #777; } }
body { font-family: 'URW Gothic', 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.38; color:#1f1f1f; margin: 0;}
.top { display:flex; justify-content: space-between; font-size: 7.5pt; letter-spacing: 1pt; border-bottom: 0.3mm solid #1f1f1f; padding-bottom: 1.5mm;}
h1 { font-family: 'P052', serif; font-size: 30pt; line-height: 1.05; margin: 8mm 0 3mm 0; color:#5b2a86;}
.lede { font-size: 12pt; color:#444; margin-bottom: 7mm; font-family:'P052', serif;}
.sec { display: flex; gap: 6mm; margin-bottom: 5mm; break-inside: avoid;}
.num { font-family: 'P052', serif; font-size: 34pt; color: #d7c4ea; line-height: 1; width: 18mm; flex: none;}
h2 { font-size: 11.5pt; letter-spacing: 0.6pt; margin: 1mm 0 2mm 0; color:#5b2a86;}
p { margin: 0 0 2mm 0;}
ul { list-style: none; padding-left: 5mm; margin: 1mm 0 2mm 0;}
li:before { content: "\\2014"; margin-left: -5mm; margin-right: 1.5mm; color:#5b2a86;}
.box { border: 0.4mm solid #5b2a86; padding: 3mm 4mm; margin: 4mm 0; break-inside: avoid;}
.box h3 { margin: 0 0 1.5mm 0; font-size: 10pt; color:#5b2a86;}
.res li:before { content: "\\2192"; }
.res .u { font-family: 'Liberation Mono', monospace; font-size: 8pt; color:#5b2a86;}
.bottom { position: fixed; bottom: -10mm; left: 0; right: 0; font-size: 7.5pt; color:#777; text-align: center;}
"""
def S(n, t, inner): return f'<div class="sec"><div class="num">{n}</div><div><h2>{T.head(t, 1, True)}</h2>{inner}</div></div>'
css = css.replace('"FTR"', '"' + FTR + '"')
h = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="top"><span>{T.ign("URBAN WORK SERIES")}</span><span>{T.ign("WESTERN BALKANS")}</span></div>
<h1>{T.title("Out of the Shadows, Into the City")}</h1>
<div class="lede">{T.para("How cities in North Macedonia, Albania and Serbia are helping market traders, waste pickers and home-based workers move into formal work.")}</div>
{S("01", "THE PICTURE TODAY", "<p>" + T.para("Roughly one worker in five in the region's capitals earns a living without a contract, a registered business or a pension account. Informality is highest among street and market vendors, informal waste collectors, many of them Roma, and women who sew or assemble goods at home.") + "</p><p>" + T.para("Informality costs cities tax revenue, but it costs workers far more: no sick leave, no say over working conditions, and constant risk of fines or eviction from public space.") + "</p>")}
{S("02", "WHAT CITIES ARE DOING", "<ul>" + "".join(f"<li>{T.bullet(x)}</li>" for x in ["One-stop registration desks in market halls", "Vending permits that can be paid monthly by phone", "Simplified tax regimes for micro-enterprises, designed with Albania's Ministry of Finance and Economy", "Contracts between municipalities and waste pickers' associations for separate collection"]) + "</ul>")}
{S("03", "WHO IS INVOLVED", "<p>" + T.para("In Skopje, a tripartite memorandum of understanding signed in 2023 by the City of Skopje, the Organization of Employers of Macedonia (OEM) and the Federation of Trade Unions of Macedonia (SSM) created a local council on the informal economy. The Ministry of Labour and Social Policy of North Macedonia sits on the council as an observer.") + "</p><p>" + T.para("The Municipality of Tirana has worked with GIZ (Deutsche Gesellschaft für Internationale Zusammenarbeit) under a cooperation agreement since 2024. From 2025, a public-private partnership with the fintech firm PayBalkan d.o.o. lets vendors pay permit fees and social contributions from the same app.") + "</p><p>" + T.para("The Confederation of Trade Unions of Albania (KSSH) and the Women in Markets Network organize vendors and speak for them in negotiations with the city.") + "</p>")}
<div class="box"><h3>{T.head("Funding", 2)}</h3><p>{T.para("The programme is supported by Sweden, through the Swedish International Development Cooperation Agency (Sida), for 2022–2025. The International Labour Organization (ILO) has been a partner of the Regional Cooperation Council (RCC) since 2021 under a partnership agreement on labour market governance.")}</p>
<p>{T.para("Loans from the European Bank for Reconstruction and Development (EBRD) are financing new covered markets in Novi Sad and Podgorica, Montenegro.")}</p></div>
{S("04", "WHAT WORKERS SAY THEY NEED", "<ul>" + "".join(f"<li>{T.bullet(x)}</li>" for x in ["Permits that do not expire in the middle of the season", "Toilets, water and storage at markets", "Help with bookkeeping in Albanian, Macedonian and Romani"]) + "</ul>")}
<div class="box res"><h3>{T.head("Resources", 2)}</h3><ul>
<li>{T.bullet("Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204)")} <span class="u">{T.link("https://www.ilo.org/r204")}</span></li>
<li>{T.bullet("Guide for city officials on inclusive public space")} <span class="u">{T.link("https://www.ilo.org/budapest/urban-informality")}</span></li>
<li>{T.bullet("Regional Cooperation Council labour market observatory")} <span class="u">{T.link("https://www.rcc.int/observatory")}</span></li>
</ul></div>
<div class="box"><h3>{T.head("Contact", 2)}</h3><p>{T.ign("Elena Stojanovska, National Coordinator, ILO Skopje")}<br>{T.ign("stojanovska@ilo.org")} | {T.ign("+389 2 3244 710")}</p></div>
</body></html>"""
open(f"/work/blind/{ID}.html", "w").write(h)
chromium(f"/work/blind/{ID}.html", f"/work/blind/{ID}.pdf")
T.finish(f"/work/blind/{ID}.pdf")
