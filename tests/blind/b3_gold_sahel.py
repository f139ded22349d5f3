import sys; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-03-artisanal-gold-sahel"
T = Truth(ID, "chromium", "banner-single-column-boxes", "artisanal and small-scale gold mining")
T.countries("BF", "ML", "NE", "CH", "CI")
T.orgs(("International Labour Organization", "ILO"),
       ("Ministry of Energy, Mines and Quarries", None),
       ("National Agency for Artisanal Mining", "ANAMA"),
       ("Chamber of Mines of Burkina Faso", "CMB"),
       ("Union of Artisanal Gold Miners of Burkina Faso", "SYNOMAB"),
       ("Swiss Agency for Development and Cooperation", "SDC"),
       ("African Development Bank", "AfDB"),
       ("United Nations Industrial Development Organization", "UNIDO"),
       ("United Nations Environment Programme", "UNEP"),
       ("Sahel Gold Refinery SA", None),
       ("Terre et Travail", None),
       ("Ministry of Mines of Mali", None),
       ("Economic Community of West African States", "ECOWAS"))
T.partner(["SDC", "ILO"], "funding", 2022)
T.partner(["ANAMA", "CMB"], "memorandum_of_understanding", 2023)
T.partner(["Sahel Gold Refinery SA", "SYNOMAB"], "cooperation_agreement", 2023)
T.partner(["ILO", "UNIDO", "UNEP"], "programme", 2024)
T.partner(["AfDB", "ANAMA"], "funding", 2025)
T.contact("Adama Ouédraogo", "ouedraogo@ilo.org", "+226 25 30 64 11")
T.contact("Mariam Traoré", "traore.m@ilo.org", "+223 20 22 91 40")
T.quote("When we registered our site, the buyers started paying us the real price. Now we can afford helmets, a water pump, and school fees.",
        "Salif Zongo", "head of the Kalsaka miners' group")
q = T.d["quotes"][0]

HDR = T.furn("ILO Regional Office for Africa — Sahel Mining Series No. 4")
FTR = T.furn("Better work in artisanal gold mining · ilo.org/sahel")
css = """
@page { size: A4; margin: 22mm 14mm 18mm 14mm;
  @top-left { content: "HDR"; font-family: "Nimbus Sans"; font-size: 7.5pt; color: #8a6a2f; border-bottom: 0.3mm solid #d9b35b; }
  @bottom-left { content: "FTR"; font-family: "Nimbus Sans"; font-size: 7.5pt; color: #8a6a2f; }
  @bottom-right { content: "Page " counter(page); font-family: "Nimbus Sans"; font-size: 7.5pt; color: #8a6a2f; } }
body { font-family: "Nimbus Sans", sans-serif; font-size: 9.8pt; color:#2b2118; margin:0;}
.hdr { position: fixed; top: -15mm; left:0; right:0; font-size:7.5pt; color:#8a6a2f; border-bottom: 0.3mm solid #d9b35b; padding-bottom:1mm;}
.ftr { position: fixed; bottom: -12mm; left:0; right:0; font-size:7.5pt; color:#8a6a2f; text-align:right;}
.banner { background:#7a4b12; color:#fff; padding: 7mm 8mm; margin-bottom: 6mm;}
.banner h1 { margin:0; font-size: 23pt; font-family:'URW Gothic', sans-serif; text-transform: uppercase; letter-spacing: 0.5pt;}
.banner .sub { color:#f7d98b; font-size: 11pt; margin-top:2mm;}
.grid { display:block; } .side { margin: 4mm 0; border-left: 1.5mm solid #d9b35b;} .side ul.stats { display:flex; gap: 10mm; padding-left:4mm;}
h2 { font-size: 13pt; color:#7a4b12; margin: 4mm 0 2mm 0; }
.side { background:#faf1dc; padding: 4mm; font-size: 8.8pt; align-self:start;}
.side h3 { margin: 0 0 2mm 0; font-size: 10pt; color:#7a4b12; text-transform: uppercase;}
ul { list-style: none; padding-left: 4mm; }
li:before { content: "\\25C6"; color:#d9b35b; margin-left: -4mm; margin-right: 1.5mm; font-size:7pt;}
.pull { font-size: 13.5pt; font-family: 'Nimbus Roman', serif; font-style: italic; color:#7a4b12; border-top: 0.8mm solid #d9b35b; border-bottom: 0.8mm solid #d9b35b; padding: 3mm 0; margin: 5mm 0;}
.pull .who { font-style: normal; font-family: 'Nimbus Sans', sans-serif; font-size: 8.5pt; color:#2b2118; margin-top: 2mm;}
.cap { font-size: 7pt; color:#777; }
.img { height: 40mm; background: repeating-linear-gradient(45deg,#c9a24d,#c9a24d 4mm,#b58b34 4mm,#b58b34 8mm);}
"""
css = css.replace('"HDR"', '"' + HDR + '"').replace('"FTR"', '"' + FTR + '"')
h = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="banner"><h1>{T.title("GOLD THAT PAYS ITS WAY")}</h1>
<div class="sub">{T.ign("Formalizing artisanal and small-scale gold mining in Burkina Faso, Mali and Niger")}</div></div>
<div class="grid"><div>
<h2>{T.head("A livelihood for millions")}</h2>
<p>{T.para("Artisanal and small-scale gold mining employs more than two million people across the central Sahel, many of them women who crush and wash ore by hand. Most sites operate without a permit, so miners have no contracts, no access to credit and little bargaining power with buyers.")}</p>
<p>{T.para("Since 2022 the International Labour Organization (ILO) has worked with governments, mining communities and buyers to bring sites into the formal economy, one step at a time.")}</p>
<h2>{T.head("Our approach")}</h2>
<ul>
<li>{T.bullet("Simplified site registration through the National Agency for Artisanal Mining (ANAMA)")}</li>
<li>{T.bullet("Group contracts that set a fair share of proceeds for diggers, crushers and washers")}</li>
<li>{T.bullet("Mercury-free processing taught at four demonstration sites")}</li>
<li>{T.bullet("Savings groups and mobile payments for women ore-washers")}</li>
</ul>
<div class="pull">“{T.esc(q['text'])}”<div class="who">— {T.esc(q['speaker'])}, {T.esc(q['role'])}</div></div>
<h2>{T.head("Partners on the ground")}</h2>
<p>{T.para("In Burkina Faso the project reports to the Ministry of Energy, Mines and Quarries. ANAMA and the Chamber of Mines of Burkina Faso (CMB) signed a memorandum of understanding in 2023 so that industrial mines buy from registered artisanal sites nearby.")}</p>
<p>{T.para("Sahel Gold Refinery SA signed a cooperation agreement with SYNOMAB (Union of Artisanal Gold Miners of Burkina Faso) in 2023. Under the agreement, the refinery publishes its purchase prices every week and pays registered groups within ten days.")}</p>
<p>{T.para("The local NGO Terre et Travail runs the savings groups, and the Ministry of Mines of Mali is testing the registration model in the Kéniéba area.")}</p>
</div>
<div class="side">
<h3>{T.head("AT A GLANCE", 2, True)}</h3>
<ul class="stats">
<li>{T.bullet("Duration: 2022–2026")}</li>
<li>{T.bullet("Sites registered: 118")}</li>
<li>{T.bullet("Group contracts: 9,400")}</li>
<li>{T.bullet("Share of women: 41%")}</li>
</ul>
<h3>{T.head("WHO FUNDS IT", 2, True)}</h3>
<p>{T.para("The work is financed by Switzerland, through the Swiss Agency for Development and Cooperation (SDC), under a contribution agreement signed in 2022.")}</p>
<p>{T.para("From 2025, a grant from the African Development Bank (AfDB) will help ANAMA digitize its site register.")}</p>
<div class="img"></div>
<div class="cap">{T.credit("Photo: © ILO/A. Sawadogo")}</div>
</div></div>
<div class="grid"><div>
<h2>{T.head("Scaling up across the region")}</h2>
<p>{T.para("In 2024 the ILO, UNIDO (United Nations Industrial Development Organization) and the United Nations Environment Programme (UNEP) launched a joint programme to extend mercury-free processing and registration to Niger and to border areas of Côte d'Ivoire.")}</p>
<p>{T.para("The Economic Community of West African States (ECOWAS) has asked the programme to contribute to a regional guideline on artisanal mining permits.")}</p>
<h2>{T.head("What we ask of buyers")}</h2>
<ul>
<li>{T.bullet("Buy only from registered sites and publish the list")}</li>
<li>{T.bullet("Pay in full within ten working days")}</li>
<li>{T.bullet("Support child care at processing areas")}</li>
</ul>
</div>
<div class="side">
<h3>{T.head("CONTACTS", 2, True)}</h3>
<p><b>{T.ign("Adama Ouédraogo")}</b><br>{T.ign("Project Coordinator, Ouagadougou")}<br>{T.ign("ouedraogo@ilo.org")}<br>{T.ign("+226 25 30 64 11")}</p>
<p><b>{T.ign("Mariam Traoré")}</b><br>{T.ign("National Officer, Bamako")}<br>{T.ign("traore.m@ilo.org")}<br>{T.ign("+223 20 22 91 40")}</p>
</div></div>
</body></html>"""
open(f"/work/blind/{ID}.html", "w").write(h)
chromium(f"/work/blind/{ID}.html", f"/work/blind/{ID}.pdf")
import subprocess, re
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"/work/blind/{ID}.pdf"], capture_output=True, text=True).stdout).group(1))
for i in range(1, n + 1): T.furn(f"Page {i}")
T.finish(f"/work/blind/{ID}.pdf")
