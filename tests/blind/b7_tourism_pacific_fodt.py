import sys, subprocess, re
sys.path.insert(0, "/work/blind")
src = open("/work/blind/b7_tourism_pacific_content.py").read()
# reuse content declarations (truth) from the HTML variant, but build a flat ODT instead
src = src.split("h = f\"\"\"")[0].replace('"writer-factsheet-numbered-list"', '"writer-fodt-factsheet"')
exec(src)
from xml.sax.saxutils import escape as X
T.fmt = "xml"
T.esc = lambda s: X(s)
# the HTML variant already recorded rows; records below rebuild everything else
T.d.update(headings=[], bullets=[], paragraphs=[], ignore=[], links=[], furniture=[], title="")
T.texts = [c for r in rows for c in r] + [q["text"], q["speaker"], q["role"]] + [c["name"] for c in T.d["contacts"]]
def P(t, st="Body"): return f'<text:p text:style-name="{st}">{t}</text:p>'
def H(t, l=1): return f'<text:h text:style-name="H{l}" text:outline-level="{l}">{T.head(t, l)}</text:h>'
def cell(t, st): return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p text:style-name="{"TH" if st=="CH" else "TD"}">{X(t)}</text:p></table:table-cell>'
tbl = '<table:table table:name="Jobs" table:style-name="Tbl"><table:table-column table:number-columns-repeated="4"/>' + \
      '<table:table-header-rows><table:table-row>' + "".join(cell(c, "CH") for c in rows[0]) + '</table:table-row></table:table-header-rows>' + \
      "".join('<table:table-row>' + "".join(cell(c, "CD") for c in r) + '</table:table-row>' for r in rows[1:]) + '</table:table>'
lst = '<text:list text:style-name="Num">' + "".join(f'<text:list-item>{P(T.bullet(x), "Li")}</text:list-item>' for x in [
    "Wage subsidies tied to keeping workers on the payroll", "Short courses in food safety, guiding and digital marketing",
    "Domestic tourism campaigns run with national tourism offices", "Small grants for village-based tour operators",
    "Social dialogue on safe reopening at every large resort"]) + '</text:list>'
HDR = T.furn("ILO Office for Pacific Island Countries · Suva")
FTR = T.furn("Fact sheet · Tourism recovery in the Pacific")
body = "".join([
 P(T.ign("FACT SHEET"), "Kicker"),
 P(T.title("Back to Work in Pacific Tourism"), "Title"),
 P(T.para("Borders across the Pacific closed to visitors in March 2020. Within weeks, resorts, dive shops and handicraft markets lost almost all their income, and tens of thousands of hotel workers were stood down. This fact sheet describes how the International Labour Organization (ILO) and its partners have supported the return of decent jobs in tourism.")),
 H("Where the jobs stand"), tbl, P(T.ign("Estimates from national tourism and labour force data."), "Small"),
 H("Five things that helped"), lst,
 P("“" + X(q["text"]) + "”", "Quote"), P("— " + X(q["speaker"]) + ", " + X(q["role"]), "QuoteBy"),
 H("Partnerships"), H("Regional", 2),
 P(T.para("The ILO and SPTO (Pacific Tourism Organisation) signed a memorandum of understanding in 2022 to collect comparable data on tourism employment. Australia, through the Department of Foreign Affairs and Trade (DFAT), has funded the regional work since 2022.")),
 P(T.para("A joint programme with the United Nations Development Programme (UNDP), started in 2024, links tourism recovery with disaster preparedness in Vanuatu and Tonga. The Asian Development Bank (ADB) is co-financing new training facilities in Port Vila.")),
 H("National", 2),
 P(T.para("In Fiji, the work is led by Fiji's Ministry of Tourism and Civil Aviation. The Fiji Commerce and Employers Federation (FCEF), the Fiji Trades Union Congress (FTUC) and Coral Coast Hospitality Ltd formed a partnership in 2023 to pilot a hospitality apprenticeship. It now trains 40 apprentices a year.")),
 P(T.para("The Samoa Tourism Authority (STA) received support from New Zealand's Ministry of Foreign Affairs and Trade (MFAT) in 2023 for village tourism grants, and the Vanuatu Chamber of Commerce and Industry (VCCI) runs the small-business clinics.")),
 H("Contacts"),
 P(T.ign("Mere Tuilau, Programme Officer, Suva") + " – " + T.ign("tuilau@ilo.org") + " – " + T.ign("+679 331 3866"), "Contact"),
 P(T.ign("Ioane Fa'alogo, National Coordinator, Apia") + " – " + T.ign("faalogo@ilo.org") + " – " + T.ign("+685 23 670"), "Contact"),
 P(T.link("www.ilo.org/suva"), "Contact"),
])
teal = "#0e7c86"
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="2.2mm" fo:line-height="125%"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="4mm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="{teal}" style:font-name="Liberation Serif"/></style:style>
 <style:style style:name="Kicker" style:family="paragraph"><style:paragraph-properties fo:background-color="#b5532a" fo:padding="1mm"/><style:text-properties fo:color="#ffffff" fo:font-weight="bold" fo:font-size="9pt" fo:letter-spacing="0.5mm"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="5mm" fo:margin-bottom="2mm" fo:border-bottom="0.5pt solid {teal}"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="{teal}"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic" fo:font-weight="bold" fo:color="#b5532a"/></style:style>
 <style:style style:name="Li" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1mm"/></style:style>
 <style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:margin-left="12mm" fo:margin-right="12mm" fo:margin-top="4mm" fo:border-left="2pt solid #b5532a" fo:padding-left="3mm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="12.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="QuoteBy" style:family="paragraph"><style:paragraph-properties fo:margin-left="12mm" fo:margin-bottom="4mm" fo:text-align="end" fo:margin-right="12mm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-top="1mm"/><style:text-properties fo:font-size="7.5pt" fo:color="#666666"/></style:style>
 <style:style style:name="Contact" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9pt"/></style:style>
 <style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid {teal}"/><style:text-properties fo:font-size="7.5pt" fo:color="{teal}"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:color="#666666"/></style:style>
 <text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="8mm" fo:text-indent="-5mm" fo:margin-left="8mm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="170mm" table:align="left" fo:margin-top="2mm"/></style:style>
 <style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:background-color="{teal}" fo:padding="1.2mm" fo:border="0.5pt solid {teal}"/></style:style>
 <style:style style:name="CD" style:family="table-cell"><style:table-cell-properties fo:padding="1.2mm" fo:border="0.5pt solid #9cc9cd"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="12mm" fo:margin-bottom="12mm" fo:margin-left="20mm" fo:margin-right="20mm"/>
  <style:header-style><style:header-footer-properties fo:margin-bottom="5mm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="5mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="Hdr">{HDR}</text:p></style:header>
 <style:footer><text:p text:style-name="Ftr">{FTR} · <text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>'''
open(f"/work/blind/{ID}.fodt", "w").write(doc)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", "/work/blind", f"/work/blind/{ID}.fodt"], check=True, capture_output=True)
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"/work/blind/{ID}.pdf"], capture_output=True, text=True).stdout).group(1))
T.d["furniture"] = [f"{FTR} · {i}" for i in range(1, n + 1)] + [HDR]
T.finish(f"/work/blind/{ID}.pdf")
