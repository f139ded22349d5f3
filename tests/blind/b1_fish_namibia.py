import sys; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-01-fisheries-namibia"
T = Truth(ID, "chromium", "trifold-landscape", "fisheries and decent work at sea")
T.countries("NA", "ZA", "AO", "NO")
T.orgs(("International Labour Organization", "ILO"),
       ("Ministry of Labour, Industrial Relations and Employment Creation", "MLIREC"),
       ("Ministry of Fisheries and Marine Resources", "MFMR"),
       ("Namibian Maritime and Fisheries Institute", "NAMFI"),
       ("Confederation of Namibian Fishing Associations", None),
       ("Namibia Food and Allied Workers' Union", "NAFAU"),
       ("Norwegian Agency for Development Cooperation", "Norad"),
       ("Food and Agriculture Organization of the United Nations", "FAO"),
       ("Benguela Current Convention", "BCC"),
       ("Department of Employment and Labour", None),
       ("International Transport Workers' Federation", "ITF"),
       ("Erongo Hake Processors (Pty) Ltd", None))
T.partner(["MLIREC", "MFMR"], "memorandum_of_understanding", 2022)
T.partner(["ILO", "Norad"], "funding", 2021)
T.partner(["MLIREC", "Confederation of Namibian Fishing Associations", "NAFAU", "NAMFI"], "cooperation_agreement", 2023)
T.partner(["NAMFI", "BCC"], "letter_of_intent", 2024)
T.partner(["ILO", "FAO"], "programme", 2023)
T.contact("Ms. Selma Haufiku", "haufiku@ilo.org", "+264 64 209 118")
T.contact("Mr. Pieter van Wyk", "vanwyk@ilo.org", "+27 12 818 8000")

F1 = "ILO Decent Work Team for Southern Africa · Project brief"
css = """
@page { size: A4 landscape; margin: 0; }
body { margin:0; font-family: 'Liberation Sans', sans-serif; font-size: 9.6pt; color:#1b2a3a; }
.sheet { width: 297mm; height: 210mm; display:flex; page-break-after: always; position:relative; overflow:hidden;}
.panel { width: 99mm; box-sizing:border-box; padding: 12mm 8mm 14mm 8mm; }
.panel + .panel { border-left: 0.3mm dashed #b8c6d4; }
.cover { background:#0b3c5d; color:white; }
.cover h1 { font-size: 25pt; line-height:1.1; margin-top: 40mm; font-family:'Liberation Serif', serif; }
.kicker { letter-spacing: 2pt; font-size: 8pt; text-transform: none; color:#9fd3ff; }
h2 { font-size: 12.5pt; color:#0b3c5d; border-bottom: 0.5mm solid #f2a33a; padding-bottom:1mm; margin: 0 0 3mm 0;}
h3 { font-size: 10.5pt; color:#c36c00; margin: 4mm 0 1.5mm 0;}
ul { padding-left: 4mm; margin: 1mm 0 3mm 0; list-style: none; }
li { margin-bottom: 1.5mm; }
li:before { content: "\\2693"; color:#f2a33a; margin-left:-4mm; margin-right:1.2mm; font-size:8pt;}
.fact { background:#e6f1f8; padding: 3mm; margin: 3mm 0; border-left: 1.2mm solid #0b3c5d;}
.fact b { font-size: 18pt; color:#0b3c5d; display:block;}
.contact { background:#f2a33a22; padding:3mm; font-size:8.6pt;}
.foot { position:absolute; bottom: 5mm; left: 8mm; font-size: 7pt; color:#6b7c8c; }
.credit { font-size: 6.5pt; color:#cfe3f2; margin-top: 30mm;}
.photo { height: 38mm; background: linear-gradient(160deg,#1f6f9f,#0b3c5d 60%,#05263b); margin: 5mm -8mm 0 -8mm;}
"""
html_ = f"""<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="sheet">
 <div class="panel">
  <h2>{T.head("Who we work with")}</h2>
  <p>{T.para("The project is steered by a tripartite committee chaired by the Ministry of Labour, Industrial Relations and Employment Creation (MLIREC). Namibia's Ministry of Fisheries and Marine Resources (MFMR) sits on the committee alongside the Confederation of Namibian Fishing Associations and the Namibia Food and Allied Workers' Union (NAFAU).")}</p>
  <p>{T.para("In 2022 the two ministries signed a memorandum of understanding on joint vessel inspections, so that labour inspectors and fisheries observers now board together in Walvis Bay and Lüderitz.")}</p>
  <p>{T.para("A four-party cooperation agreement concluded in 2023 between MLIREC, the Confederation of Namibian Fishing Associations, NAFAU and the Namibian Maritime and Fisheries Institute (NAMFI) sets out how crew training and recruitment records are shared.")}</p>
  <p>{T.para("The International Transport Workers' Federation (ITF) and Erongo Hake Processors (Pty) Ltd have joined the committee as observers.")}</p>
 </div>
 <div class="panel">
  <h2>{T.head("Contact us")}</h2>
  <div class="contact">
   <p><b>{T.ign("Ms. Selma Haufiku")}</b><br>{T.ign("National Project Coordinator, Decent Work at Sea")}<br>
   {T.ign("ILO Project Office, Nangolo Mbumba Drive, Walvis Bay")}<br>
   {T.ign("haufiku@ilo.org")}<br>{T.ign("+264 64 209 118")}</p>
   <p><b>{T.ign("Mr. Pieter van Wyk")}</b><br>{T.ign("Programme Officer, ILO Pretoria")}<br>
   {T.ign("vanwyk@ilo.org")}<br>{T.ign("+27 12 818 8000")}</p>
  </div>
  <h3>{T.head("Find out more", 2)}</h3>
  <ul>
   <li>{T.bullet("Work in Fishing Convention, 2007 (No. 188)")}<br>{T.link("www.ilo.org/c188")}</li>
   <li>{T.bullet("Project updates and inspection guides")}<br>{T.link("www.ilo.org/pretoria/fisheries")}</li>
  </ul>
 </div>
 <div class="panel cover">
  <div class="kicker">{T.ign("ILO PRETORIA · PROJECT BRIEF")}</div>
  <h1>{T.title("Decent Work at Sea: Namibia's Fishing Fleet")}</h1>
  <p>{T.para("An International Labour Organization (ILO) project for better conditions for the crews who land hake, horse mackerel and pilchard along the Benguela coast.")}</p>
  <div class="photo"></div>
  <div class="credit">{T.credit("Cover photo: © ILO/T. Nghipandulwa")}</div>
 </div>
 <div class="foot">{T.furn(F1)}</div>
</div>
<div class="sheet">
 <div class="panel">
  <h2>{T.head("The challenge")}</h2>
  <p>{T.para("Around 14,000 people work on Namibian-flagged vessels, many on trips of three weeks or longer. Crew often sign on without a written work agreement, rest hours are rarely recorded, and few vessels carry a medical certificate for every fisher on board.")}</p>
  <div class="fact"><b>{T.ign("1 in 3")}</b>{T.ign("fishers interviewed in 2021 had no written agreement")}</div>
  <p>{T.para("Crews recruited in Angola and South Africa face additional gaps, because recruitment agencies in three countries follow different rules.")}</p>
 </div>
 <div class="panel">
  <h2>{T.head("What the project does")}</h2>
  <h3>{T.head("For fishers", 2)}</h3>
  <ul>
   <li>{T.bullet("Model fishers' work agreements in English, Oshiwambo and Portuguese")}</li>
   <li>{T.bullet("Pre-departure briefings at NAMFI on rest hours and wages")}</li>
   <li>{T.bullet("A complaints line run with NAFAU shop stewards")}</li>
  </ul>
  <h3>{T.head("For inspectors and owners", 2)}</h3>
  <ul>
   <li>{T.bullet("Joint boarding checklists aligned with Convention No. 188")}</li>
   <li>{T.bullet("Training for 60 labour inspectors and fisheries observers")}</li>
   <li>{T.bullet("A digital crew list that owners update before each trip")}</li>
  </ul>
 </div>
 <div class="panel">
  <h2>{T.head("Funding and regional reach")}</h2>
  <p>{T.para("The project runs from 2021 to 2025 with funding from Norway, through the Norwegian Agency for Development Cooperation (Norad).")}</p>
  <p>{T.para("The ILO and the Food and Agriculture Organization of the United Nations (FAO) launched a joint programme on fisheries labour statistics. The programme, which started in 2023, also supports South Africa's Department of Employment and Labour.")}</p>
  <p>{T.para("In 2024 NAMFI signed a letter of intent with the Benguela Current Convention (BCC) to open its training courses to crews from Angola.")}</p>
 </div>
 <div class="foot">{T.furn(F1)}</div>
</div>
</body></html>"""
T.fmt = "html"
open(f"/work/blind/{ID}.html", "w").write(html_)
chromium(f"/work/blind/{ID}.html", f"/work/blind/{ID}.pdf")
T.finish(f"/work/blind/{ID}.pdf")
