import sys; sys.path.insert(0, "/work/blind")
from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
ID = "blind-04-refugee-skills-andes"
T = Truth(ID, "reportlab", "reportlab-report-banded", "skills recognition for refugees and migrants")
T.fmt = "rl"
T.countries("CO", "EC", "VE", "CA")
T.orgs(("International Labour Organization", "ILO"),
       ("Servicio Nacional de Aprendizaje", "SENA"),
       ("Ministry of Labour of Colombia", None),
       ("Ecuador's Ministry of Labour", None),
       ("Technical Secretariat for Professional Training and Qualification", "SETEC"),
       ("National Business Association of Colombia", "ANDI"),
       ("Central Unitaria de Trabajadores", "CUT"),
       ("United Nations High Commissioner for Refugees", "UNHCR"),
       ("Inter-American Development Bank", "IDB"),
       ("Spanish Agency for International Development Cooperation", "AECID"),
       ("Global Affairs Canada", None),
       ("Fundación Puentes de Oficio", None),
       ("Constructora Andina S.A.S.", None))
T.partner(["ILO", "UNHCR"], "programme", 2021)
T.partner(["SENA", "SETEC"], "letter_of_intent", 2022)
T.partner(["ILO", "AECID"], "funding", 2021)
T.partner(["SENA", "ANDI", "CUT", "Fundación Puentes de Oficio"], "cooperation_agreement", 2023)
T.partner(["Global Affairs Canada", "ILO"], "funding", 2024)
T.partner(["SENA", "Constructora Andina S.A.S."], "public_private_partnership", 2024)
T.contact("Lucía Ramírez Ortega", "ramirezl@ilo.org", "+57 1 326 3700")
T.contact("Diego Salazar", "salazard@ilo.org", "+593 2 2460 670")

navy = colors.HexColor("#23395d"); teal = colors.HexColor("#2a9d8f")
st = dict(
 body=ParagraphStyle("b", fontName="Helvetica", fontSize=9.6, leading=13, spaceAfter=5),
 h1=ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=navy, spaceBefore=8, spaceAfter=4),
 h2=ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=13, textColor=teal, spaceBefore=5, spaceAfter=3),
 bul=ParagraphStyle("bu", fontName="Helvetica", fontSize=9.6, leading=13, leftIndent=12, bulletIndent=2, spaceAfter=2),
 bul2=ParagraphStyle("bu2", fontName="Helvetica", fontSize=9, leading=12, leftIndent=26, bulletIndent=16, spaceAfter=2),
 title=ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=colors.white),
 sub=ParagraphStyle("s", fontName="Helvetica", fontSize=11, leading=14, textColor=colors.HexColor("#cde7e3")),
 q=ParagraphStyle("q", fontName="Times-Italic", fontSize=12.5, leading=16, textColor=navy, leftIndent=20, rightIndent=20, spaceBefore=6),
 qs=ParagraphStyle("qs", fontName="Helvetica", fontSize=8.5, leading=11, leftIndent=20, alignment=2, spaceAfter=8),
 cell=ParagraphStyle("c", fontName="Helvetica", fontSize=8.6, leading=11),
 cellh=ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=colors.white),
 small=ParagraphStyle("sm", fontName="Helvetica", fontSize=8.4, leading=11),
)
HDR = "ILO Office for the Andean Countries"
def on_page(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5); c.setFillColor(navy)
    c.setFillColor(colors.white if doc.page == 1 else navy)
    c.drawString(18*mm, 287*mm, T.furn(HDR))
    c.drawRightString(192*mm, 287*mm, T.furn("Skills without borders"))
    c.setFillColor(navy)
    c.setStrokeColor(teal); c.line(18*mm, 285.5*mm, 192*mm, 285.5*mm)
    c.drawString(18*mm, 10*mm, T.furn("www.ilo.org/lima"))
    pg = f"Page {doc.page}"; T.furn(pg); c.drawRightString(192*mm, 10*mm, pg)
    c.restoreState()
def on_first(c, doc):
    c.saveState(); c.setFillColor(navy); c.rect(0, 240*mm, 210*mm, 57*mm, stroke=0, fill=1); c.restoreState()
    on_page(c, doc)

S = []
def H(t, l=1): S.append(Paragraph(T.head(t, l), st["h1" if l == 1 else "h2"]))
def P(t): S.append(Paragraph(T.para(t), st["body"]))
def B(t, l=1): S.append(Paragraph(T.bullet(t, l), st["bul" if l == 1 else "bul2"], bulletText="\u2022" if l == 1 else "\u2013"))

S.append(Spacer(1, 6*mm))
S.append(Paragraph(T.title("Skills Without Borders"), st["title"]))
S.append(Paragraph(T.ign("Recognizing the skills of refugees and migrants from Venezuela in Colombia and Ecuador"), st["sub"]))
S.append(Spacer(1, 22*mm))
H("Why recognition matters")
P("This brief from the International Labour Organization (ILO) explains how skills recognition works. More than 2.8 million people from Venezuela now live in Colombia, and close to half a million in Ecuador. Many are trained welders, nurses, electricians or cooks, but without recognized certificates they end up in informal jobs far below their skill level.")
P("Recognition of prior learning lets a worker prove what they can do, through a practical assessment, and receive the same national certificate as a graduate of a training course.")
H("How it works")
H("Step one: guidance", 2)
P("Counsellors at public employment service centres help each applicant choose an occupational standard and gather evidence of experience.")
H("Step two: assessment", 2)
P("Assessors from the Servicio Nacional de Aprendizaje (SENA) in Colombia, or SETEC (Technical Secretariat for Professional Training and Qualification) in Ecuador, observe the applicant at work.")
B("Practical test in a workshop or at an employer's site")
B("Short interview, in Spanish or with an interpreter")
B("Portfolio review", 2)
B("Reference check with former employers", 2)
H("Step three: certification and job matching", 2)
P("Successful candidates receive a national certificate and are referred to vacancies registered by employers.")
rows = [["Occupation", "Assessed (2021–2024)", "Certified", "Employed after six months"],
        ["Welding", "1,820", "1,410", "61%"], ["Nursing assistance", "960", "705", "58%"],
        ["Electrical installation", "1,130", "842", "55%"], ["Commercial cooking", "2,240", "1,705", "49%"]]
T.table(rows, 1)
data = [[Paragraph(T.esc(c), st["cellh"]) for c in rows[0]]] + [[Paragraph(T.esc(c), st["cell"]) for c in r] for r in rows[1:]]
tb = Table(data, colWidths=[50*mm, 40*mm, 30*mm, 50*mm])
tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef6f5")]),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.6, navy), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(Spacer(1, 3*mm)); S.append(tb)
S.append(Paragraph(T.ign("Source: SENA and SETEC administrative records."), st["small"]))
qt = "I was a welder for fifteen years in Maracaibo. The certificate gave me back my trade, and my employer now pays me as a qualified welder."
T.quote(qt, "Yohandry Pérez", "certified welder, Cúcuta")
S.append(Paragraph("“" + T.esc(qt) + "”", st["q"]))
S.append(Paragraph("— Yohandry Pérez, certified welder, Cúcuta", st["qs"]))
H("Partners")
P("The initiative is a joint programme of the ILO and the United Nations High Commissioner for Refugees (UNHCR), launched in 2021. It was financed from the start by the Spanish Agency for International Development Cooperation (AECID), and since 2024 also with funding from Canada, through Global Affairs Canada.")
P("In 2022 SENA and SETEC signed a letter of intent to recognize each other's occupational standards. This allows a certificate earned in Quito to be accepted in Bogotá.")
P("A cooperation agreement concluded in 2023 brings together SENA, the National Business Association of Colombia (ANDI), the Central Unitaria de Trabajadores (CUT) and Fundación Puentes de Oficio, a refugee-led NGO. The four parties run joint job fairs and monitor working conditions after placement.")
P("In 2024 SENA and Constructora Andina S.A.S. set up a public-private partnership to assess construction workers directly on building sites. The Inter-American Development Bank (IDB) is studying how to extend the model to other countries in the region.")
P("The programme is coordinated with the Ministry of Labour of Colombia and Ecuador's Ministry of Labour.")
H("Contacts")
for l in ["Lucía Ramírez Ortega, Programme Coordinator, Bogotá", "ramirezl@ilo.org | +57 1 326 3700",
          "Diego Salazar, National Officer, Quito", "diego salazar"]:
    pass
S.append(Paragraph(T.ign("Lucía Ramírez Ortega, Programme Coordinator, Bogotá") + "<br/>" + T.ign("ramirezl@ilo.org | +57 1 326 3700"), st["small"]))
S.append(Spacer(1, 2*mm))
S.append(Paragraph(T.ign("Diego Salazar, National Officer, Quito") + "<br/>" + T.ign("salazard@ilo.org | +593 2 2460 670"), st["small"]))

doc = BaseDocTemplate(f"/work/blind/{ID}.pdf", pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=18*mm, bottomMargin=18*mm,
                      title="Skills Without Borders")
fr = Frame(18*mm, 18*mm, 174*mm, 259*mm, id="f")
doc.addPageTemplates([PageTemplate("first", [fr], onPage=on_first), PageTemplate("rest", [fr], onPage=on_page)])
from reportlab.platypus import NextPageTemplate
S.insert(0, NextPageTemplate("rest"))
doc.build(S)
T.finish(f"/work/blind/{ID}.pdf")
