import sys, subprocess, shutil; sys.path.insert(0, "/work/blind")
from common import *
ID = "blind-07-tourism-recovery-pacific"
T = Truth(ID, "libreoffice", "writer-factsheet-numbered-list", "tourism recovery")
T.countries("FJ", "WS", "VU", "TO", "AU", "NZ")
T.orgs(("International Labour Organization", "ILO"),
       ("Pacific Tourism Organisation", "SPTO"),
       ("Fiji's Ministry of Tourism and Civil Aviation", None),
       ("Samoa Tourism Authority", "STA"),
       ("Fiji Trades Union Congress", "FTUC"),
       ("Fiji Commerce and Employers Federation", "FCEF"),
       ("Department of Foreign Affairs and Trade", "DFAT"),
       ("Ministry of Foreign Affairs and Trade", "MFAT"),
       ("Asian Development Bank", "ADB"),
       ("United Nations Development Programme", "UNDP"),
       ("Coral Coast Hospitality Ltd", None),
       ("Vanuatu Chamber of Commerce and Industry", "VCCI"))
T.partner(["ILO", "SPTO"], "memorandum_of_understanding", 2022)
T.partner(["ILO", "DFAT"], "funding", 2022)
T.partner(["STA", "MFAT"], "funding", 2023)
T.partner(["FCEF", "FTUC", "Coral Coast Hospitality Ltd"], "partnership", 2023)
T.partner(["ILO", "UNDP"], "programme", 2024)
T.contact("Mere Tuilau", "tuilau@ilo.org", "+679 331 3866")
T.contact("Ioane Fa'alogo", "faalogo@ilo.org", "+685 23 670")
T.quote("We kept our staff through the closures because the wage subsidy and the training came together. When the planes came back, our team was ready.",
        "Litia Naivalu", "General Manager, Coral Coast Hospitality Ltd")
q = T.d["quotes"][0]
rows = [["Country", "Tourism jobs 2019", "Tourism jobs 2024", "Recovered"],
        ["Fiji", "118,000", "109,500", "93%"], ["Samoa", "9,800", "8,200", "84%"],
        ["Vanuatu", "13,400", "10,300", "77%"], ["Tonga", "5,600", "4,100", "73%"]]
T.table(rows, 1)
tbl = '<table border="1" cellpadding="4" cellspacing="0" width="100%"><thead><tr>' + "".join(f'<th bgcolor="#0e7c86"><font color="#ffffff">{T.esc(c)}</font></th>' for c in rows[0]) + "</tr></thead><tbody>" + \
      "".join("<tr>" + "".join(f"<td>{T.esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
