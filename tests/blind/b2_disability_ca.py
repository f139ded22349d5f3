import sys, subprocess; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-02-disability-central-asia"
T = Truth(ID, "pdflatex", "latex-numbered-report", "disability inclusion in employment services")
T.fmt = "latex"
T.countries("KG", "KZ", "TJ", "FI")
T.orgs(("International Labour Organization", "ILO"),
       ("State Employment Agency", "SEA"),
       ("Ministry of Labour of Kyrgyzstan", None),
       ("Ministry of Labour and Population", None),
       ("Federation of Trade Unions of Kyrgyzstan", "FTUK"),
       ("National Confederation of Employers of Kyrgyzstan", "NCEK"),
       ("United Nations Development Programme", "UNDP"),
       ("Ministry for Foreign Affairs of Finland", None),
       ("Asian Development Bank", "ADB"),
       ("Ravenstvo Disability Alliance", None),
       ("Association of Parents of Children with Disabilities", "APCD"),
       ("Ala-Too Garments LLC", None))
T.partner(["ILO", "UNDP"], "programme", 2022)
T.partner(["ILO", "Ministry for Foreign Affairs of Finland"], "funding", 2022)
T.partner(["SEA", "Ravenstvo Disability Alliance"], "memorandum_of_understanding", 2023)
T.partner(["SEA", "NCEK", "FTUK"], "partnership_agreement", 2024)
T.partner(["SEA", "Ala-Too Garments LLC"], "public_private_partnership", 2024)
T.contact("Aigerim Sultanova", "sultanova@ilo.org", "+996 312 62 45 10")
T.contact("Timur Bekov", "bekov@ilo.org", "+7 7172 55 01 32")

H = "Inclusive Employment Services in Central Asia"
def sec(t, lvl=1):
    cmd = {1: "section", 2: "subsection"}[lvl]
    return f"\\{cmd}{{{T.head(t, lvl)}}}\n"
def P(t): return T.para(t) + "\n\n"
def items(*xs, lvl=1):
    return "\\begin{itemize}\n" + "".join(f"\\item {T.bullet(x, lvl)}\n" for x in xs) + "\\end{itemize}\n"

rows = [["Oblast / city", "Registered jobseekers with disabilities", "Placed in jobs", "Share placed"],
        ["Bishkek", "1,240", "402", "32%"],
        ["Chui", "860", "215", "25%"],
        ["Osh", "1,105", "188", "17%"],
        ["Jalal-Abad", "730", "96", "13%"],
        ["Total", "3,935", "901", "23%"]]
T.table(rows, 1)
tab = "\\begin{tabular}{p{3.2cm}p{4.2cm}p{2.2cm}p{2.2cm}}\\toprule\n" + \
      " & ".join(f"\\textbf{{{T.esc(c)}}}" for c in rows[0]) + "\\\\\\midrule\n" + \
      "".join(" & ".join(T.esc(c) for c in r) + "\\\\\n" for r in rows[1:-1]) + "\\midrule\n" + \
      " & ".join(T.esc(c) for c in rows[-1]) + "\\\\\\bottomrule\n\\end{tabular}"

qt = "For years the employment centre told me to wait at home. Now the counsellor comes with me to the interview and explains the adjustments to the employer."
qs, qr = "Nurlan Abdykadyrov", "jobseeker and wheelchair user, Osh"
T.quote(qt, qs, qr)

body = f"""\\documentclass[10pt,a4paper]{{article}}
\\usepackage[utf8]{{inputenc}}\\usepackage[T1]{{fontenc}}\\usepackage{{lmodern}}
\\input{{glyphtounicode}}\\pdfgentounicode=1
\\usepackage[margin=2.1cm,top=2.4cm]{{geometry}}
\\usepackage{{xcolor,booktabs,fancyhdr,amssymb}}
\\definecolor{{ilo}}{{HTML}}{{1E2DBE}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\raggedright
\\setlength{{\\parskip}}{{5pt}}\\setlength{{\\parindent}}{{0pt}}
\\renewcommand\\labelitemi{{\\color{{ilo}}$\\blacktriangleright$}}
\\renewcommand\\labelitemii{{--}}
\\pagestyle{{fancy}}\\fancyhf{{}}
\\lhead{{\\small\\color{{ilo}} {T.furn(H)}}}
\\rhead{{\\small {T.furn("ILO Office for Central Asia")}}}
\\cfoot{{\\small Page \\thepage}}
\\renewcommand\\headrulewidth{{0.4pt}}
\\begin{{document}}
{{\\color{{ilo}}\\LARGE\\bfseries {T.title("Opening the Door: Disability Inclusion in Public Employment Services")}\\par}}
\\vspace{{4pt}}
{{\\large {T.ign("Policy brief, Kyrgyzstan and Kazakhstan")}\\par}}
\\vspace{{8pt}}
{P("Fewer than one in four jobseekers with disabilities registered with public employment services in Kyrgyzstan found work in 2023. This brief summarises what the International Labour Organization (ILO) and its partners have learned from three years of piloting inclusive services, and what comes next.")}
{sec("Why employment services matter")}
{P("Public employment services are often the first and only door that a person with a disability knocks on when looking for work. Yet counsellors rarely receive training on reasonable accommodation, offices are not always accessible, and vacancy databases do not record whether a workplace is adapted.")}
{items("Offices in Osh and Jalal-Abad have no step-free entrance", "Sign language interpretation is available in only two centres", "Employers seldom know about wage subsidies for adapted workplaces")}
{sec("What the pilot changed")}
{sec("Counselling and case management", 2)}
{P("Since 2022 the State Employment Agency (SEA) of the Ministry of Labour of Kyrgyzstan has assigned a trained case manager to every jobseeker with a disability who asks for one. Case managers visit employers, help draft job descriptions and follow up during the first six months.")}
{sec("Working with employers and workers", 2)}
{P("A three-party partnership agreement signed in 2024 by SEA, the National Confederation of Employers of Kyrgyzstan (NCEK) and the Federation of Trade Unions of Kyrgyzstan (FTUK) commits the parties to promote disability-confident workplaces in collective agreements.")}
{items("NCEK runs a peer network of 45 disability-confident employers", "FTUK trains shop stewards on non-discrimination")}
{P("Under a public-private partnership launched the same year, Ala-Too Garments LLC and SEA co-finance accessible workstations at two factories in Chui.")}
\\begin{{center}}\\colorbox{{ilo!8}}{{\\begin{{minipage}}{{0.86\\textwidth}}\\itshape ``{T.esc(qt)}''\\\\[3pt]\\upshape\\hfill --- {T.esc(qs)}, {T.esc(qr)}\\end{{minipage}}}}\\end{{center}}
{sec("Results so far")}
{P("Table 1 shows placements recorded by SEA between January and December 2023.")}
\\begin{{center}}{tab}\\\\[3pt]{{\\small {T.ign("Table 1. Registered jobseekers with disabilities and placements, 2023")}}}\\end{{center}}
{sec("Partners and funding")}
{P("The pilot is part of a joint programme of the ILO and UNDP (United Nations Development Programme) for 2022–2025, financed by the Ministry for Foreign Affairs of Finland.")}
{P("Civil society is a full partner. SEA signed a memorandum of understanding with the Ravenstvo Disability Alliance in 2023, and the Association of Parents of Children with Disabilities (APCD) advises on the transition from school to work.")}
{P("In Kazakhstan, the Ministry of Labour and Population is adapting the case-management model, while the Asian Development Bank (ADB) is reviewing accessibility standards for employment centres in Tajikistan.")}
{sec("Next steps")}
{items("Extend case management to all seven oblasts by 2026", "Publish an accessibility audit of every employment centre", "Add a workplace-adaptation field to the national vacancy database")}
\\vspace{{6pt}}
\\noindent\\colorbox{{ilo!12}}{{\\begin{{minipage}}{{0.96\\textwidth}}\\small
\\textbf{{{T.ign("Contacts")}}}\\\\
{T.ign("Aigerim Sultanova, National Programme Officer, Bishkek")} \\quad {T.ign("sultanova@ilo.org")} \\quad {T.ign("+996 312 62 45 10")}\\\\
{T.ign("Timur Bekov, Technical Specialist, Astana")} \\quad {T.ign("bekov@ilo.org")} \\quad {T.ign("+7 7172 55 01 32")}\\\\
{T.ign("More:")} {T.link("www.ilo.org/centralasia/disability")}
\\end{{minipage}}}}
\\end{{document}}
"""
open(f"/work/blind/{ID}.tex", "w").write(body)
for _ in range(2):
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", f"{ID}.tex"], cwd="/work/blind", capture_output=True, text=True)
if r.returncode: print(r.stdout[-2000:])
import re
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"/work/blind/{ID}.pdf"], capture_output=True, text=True).stdout).group(1))
for i in range(1, n + 1): T.furn(f"Page {i}")
T.finish(f"/work/blind/{ID}.pdf")
