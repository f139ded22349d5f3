import sys, subprocess, re; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-08-rural-roads-malawi-zambia"
T = Truth(ID, "pdflatex", "latex-multicol-banner", "rural roads and employment-intensive investment")
T.fmt = "latex"
T.countries("MW", "ZM", "DE", "MZ")
T.orgs(("International Labour Organization", "ILO"),
       ("Roads Authority", "RA"),
       ("Ministry of Local Government and Rural Development of Zambia", None),
       ("Road Development Agency", "RDA"),
       ("Malawi Congress of Trade Unions", "MCTU"),
       ("Employers' Consultative Association of Malawi", "ECAM"),
       ("National Council for Construction", "NCC"),
       ("KfW Development Bank", "KfW"),
       ("World Bank", None),
       ("European Union", "EU"),
       ("Chikwawa Builders Ltd", None),
       ("United Nations Capital Development Fund", "UNCDF"))
T.partner(["RA", "ILO"], "memorandum_of_understanding", 2021)
T.partner(["KfW", "RA"], "funding", 2022)
T.partner(["RDA", "NCC", "ILO"], "cooperation_agreement", 2023)
T.partner(["EU", "ILO"], "funding", 2024)
T.partner(["MCTU", "ECAM", "RA"], "partnership_agreement", 2024)
T.contact("Chisomo Banda", "banda@ilo.org", "+265 1 773 410")
T.contact("Mwila Mulenga", "mulenga@ilo.org", "+260 211 228 071")
T.quote("Before, the road to Nsanje closed every rainy season. Now my crew maintains twelve kilometres, and I can pay school fees on time.",
        "Grace Phiri", "length-worker team leader, Nsanje District")
q = T.d["quotes"][0]
def sec(t, lvl=1):
    return (f"\\sect{{{T.head(t, lvl, lvl == 1)}}}\n" if lvl == 1 else f"\\subsect{{{T.head(t, lvl)}}}\n")
def P(t): return T.para(t) + "\n\n"
def items(*xs):
    return "\\begin{itemize}\\itemsep1pt\n" + "".join(f"\\item {T.bullet(x)}\n" for x in xs) + "\\end{itemize}\n"
rows = [["Indicator", "Malawi", "Zambia"],
        ["Kilometres rehabilitated", "412", "288"],
        ["Workdays created", "1.1 million", "640,000"],
        ["Share of workdays by women", "46%", "39%"],
        ["Small contractors trained", "58", "34"]]
T.table(rows, 1)
tab = "\\begin{tabular}{@{}p{4.4cm}p{1.6cm}p{1.6cm}@{}}\\toprule\n" + " & ".join(f"\\textbf{{{T.esc(c)}}}" for c in rows[0]) + \
      "\\\\\\midrule\n" + "".join(" & ".join(T.esc(c) for c in r) + "\\\\\n" for r in rows[1:]) + "\\bottomrule\\end{tabular}"
body = f"""\\documentclass[10pt,a4paper]{{article}}
\\usepackage[utf8]{{inputenc}}\\usepackage[T1]{{fontenc}}\\usepackage{{lmodern}}\\renewcommand\\familydefault{{\\sfdefault}}
\\input{{glyphtounicode}}\\pdfgentounicode=1
\\usepackage[margin=1.7cm,top=2.2cm,bottom=2cm]{{geometry}}
\\usepackage{{xcolor,booktabs,fancyhdr,multicol,textcomp}}
\\definecolor{{earth}}{{HTML}}{{9C4A1A}}\\definecolor{{sand}}{{HTML}}{{F3E6D3}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\setlength{{\\parskip}}{{4pt}}\\setlength{{\\parindent}}{{0pt}}\\setlength{{\\columnsep}}{{9mm}}
\\newcommand\\sect[1]{{\\par\\vspace{{5pt}}{{\\color{{earth}}\\large\\bfseries #1\\par}}\\vspace{{2pt}}}}
\\newcommand\\subsect[1]{{\\par\\vspace{{2pt}}{{\\bfseries\\itshape #1\\par}}}}
\\renewcommand\\labelitemi{{\\color{{earth}}\\textbullet}}
\\pagestyle{{fancy}}\\fancyhf{{}}\\renewcommand\\headrulewidth{{0pt}}
\\lfoot{{\\footnotesize\\color{{earth}} {T.furn("Employment-Intensive Investment Programme · Southern Africa")}}}
\\rfoot{{\\footnotesize \\thepage}}
\\begin{{document}}\\raggedright
\\noindent\\colorbox{{earth}}{{\\begin{{minipage}}{{\\dimexpr\\textwidth-2\\fboxsep}}\\color{{white}}\\vspace{{6pt}}
{{\\small {T.ign("ILO Country Office for Zambia, Malawi and Mozambique")}\\par}}\\vspace{{4pt}}
{{\\huge\\bfseries {T.title("Roads that Build Livelihoods")}\\par}}\\vspace{{3pt}}
{{\\large {T.ign("Local resource-based rural roads in Malawi and Zambia")}\\par}}\\vspace{{6pt}}
\\end{{minipage}}}}
\\vspace{{4pt}}
\\begin{{multicols}}{{2}}
{sec("WHY LABOUR-BASED ROADS")}
{P("Most rural roads in Malawi and Zambia are earth or gravel tracks that wash out every rainy season. Building and maintaining them with local labour, light equipment and small contractors creates jobs where they are needed most, and keeps money in the district.")}
{P("The International Labour Organization (ILO) has supported employment-intensive road works in the region since the 1990s. The current phase focuses on quality, fair working conditions and a stronger domestic contracting industry.")}
{sec("WHAT THE PROGRAMME DOES")}
{items("Trains district engineers to plan labour-based works", "Certifies small contractors and supervisors", "Sets task rates so that a fair day's pay matches a fair day's work", "Organizes length-worker teams for routine maintenance")}
{sec("RESULTS 2021–2024")}
\\begin{{center}}\\small {tab}\\\\[2pt]{{\\footnotesize {T.ign("Programme monitoring data.")}}}\\end{{center}}
\\colorbox{{sand}}{{\\begin{{minipage}}{{\\dimexpr\\columnwidth-2\\fboxsep}}\\itshape
``{T.esc(q["text"])}''\\par\\upshape\\footnotesize --- {T.esc(q["speaker"])}, {T.esc(q["role"])}\\end{{minipage}}}}
{sec("PARTNERS")}
{sec("Malawi", 2)}
{P("Malawi's Roads Authority (RA) and the ILO signed a memorandum of understanding in 2021. Germany, through KfW Development Bank, finances the rehabilitation works under a grant agreed in 2022.")}
{P("In 2024 the Malawi Congress of Trade Unions (MCTU), the Employers' Consultative Association of Malawi (ECAM) and RA signed a partnership agreement on working conditions at road sites. It covers wages, working hours and child care.")}
{P("Chikwawa Builders Ltd was among the first small contractors certified.")}
{sec("Zambia", 2)}
{P("The Road Development Agency (RDA) works with the Ministry of Local Government and Rural Development of Zambia on feeder roads. A cooperation agreement with the National Council for Construction (NCC) and the ILO, concluded in 2023, updates the training curriculum for contractors.")}
{P("From 2024 the programme also receives funding from the European Union (EU). The World Bank and the United Nations Capital Development Fund (UNCDF) are exploring how district budgets can pay for routine maintenance.")}
{sec("CONTACTS")}
{{\\small {T.ign("Chisomo Banda, Programme Manager, Lilongwe")}\\\\ {T.ign("banda@ilo.org")}\\\\ {T.ign("+265 1 773 410")}\\\\[3pt]
{T.ign("Mwila Mulenga, National Coordinator, Lusaka")}\\\\ {T.ign("mulenga@ilo.org")}\\\\ {T.ign("+260 211 228 071")}\\\\[3pt]
{T.link("www.ilo.org/lusaka")}\\par}}
\\end{{multicols}}
\\end{{document}}
"""
open(f"/work/blind/{ID}.tex", "w").write(body)
for _ in range(2):
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", f"{ID}.tex"], cwd="/work/blind", capture_output=True, text=True)
if r.returncode: print(r.stdout[-2500:])
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"/work/blind/{ID}.pdf"], capture_output=True, text=True).stdout).group(1))
for i in range(1, n + 1): T.furn(str(i))
T.finish(f"/work/blind/{ID}.pdf")
