# producer: reportlab ; design: bulletin à deux colonnes (cadres), bandeau-titre pleine largeur en page 1, intertitres courants « Formation – … », puces ▪, citation en exergue, pied de page numéroté
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('S', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('SB', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('SI', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('A', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('AB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('S', 0, 0, 'S'); addMapping('S', 1, 0, 'SB'); addMapping('S', 0, 1, 'SI')
W, Hh = A4
VERT = colors.HexColor('#00704a'); JAUNE = colors.HexColor('#f2b705')
body = ParagraphStyle('b', fontName='S', fontSize=8.8, leading=12, spaceAfter=5, alignment=TA_JUSTIFY)
h = ParagraphStyle('h', fontName='AB', fontSize=10.5, leading=13, textColor=VERT, spaceBefore=5, spaceAfter=3)
title = ParagraphStyle('t', fontName='AB', fontSize=21, leading=25, textColor=colors.white)
kick = ParagraphStyle('k', fontName='A', fontSize=8, leading=10, textColor=JAUNE, spaceAfter=4)
stand = ParagraphStyle('s', fontName='A', fontSize=10, leading=13.5, textColor=colors.white, spaceBefore=5)
bul = ParagraphStyle("bu", parent=body, leftIndent=0, bulletIndent=0, spaceAfter=2.5, alignment=0)
q = ParagraphStyle('q', fontName='SI', fontSize=12, leading=16, textColor=VERT, spaceBefore=8, spaceAfter=2, alignment=0)
qa = ParagraphStyle('qa', fontName='A', fontSize=8, leading=10, spaceAfter=10)
small = ParagraphStyle('sm', fontName='A', fontSize=8, leading=11, spaceAfter=2)

def deco(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(VERT); c.rect(0, Hh - 72*mm, W, 72*mm, stroke=0, fill=1)
        c.setFillColor(JAUNE); c.rect(0, Hh - 73.5*mm, W, 1.5*mm, stroke=0, fill=1)
    else:
        c.setFont('A', 7.5); c.setFillColor(colors.grey)
        c.drawString(16*mm, Hh - 11*mm, 'Apprentissage de qualité au Bénin')
    c.setStrokeColor(VERT); c.line(16*mm, 14*mm, W - 16*mm, 14*mm)
    c.setFont('A', 7.5); c.setFillColor(colors.grey)
    c.drawString(16*mm, 10*mm, 'BIT · Équipe d’appui technique au travail décent pour l’Afrique de l’Ouest')
    c.drawRightString(W - 16*mm, 10*mm, str(doc.page))
    c.restoreState()

doc = BaseDocTemplate('blind3-08-fr-apprentissage-benin.pdf', pagesize=A4, title='Apprendre un métier, obtenir un diplôme', author='BIT')
colw = (W - 32*mm - 8*mm) / 2
top = Frame(16*mm, Hh - 70*mm, W - 32*mm, 62*mm, id='top')
c1 = Frame(16*mm, 18*mm, colw, Hh - 94*mm, id='c1'); c2 = Frame(16*mm + colw + 8*mm, 18*mm, colw, Hh - 94*mm, id='c2')
d1 = Frame(16*mm, 18*mm, colw, Hh - 34*mm, id='d1'); d2 = Frame(16*mm + colw + 8*mm, 18*mm, colw, Hh - 34*mm, id='d2')
doc.addPageTemplates([PageTemplate('p1', [top, c1, c2], onPage=deco), PageTemplate('p2', [d1, d2], onPage=deco)])
def RI(head, text):  # run-in heading
    return Paragraph('<font name="AB" color="#00704a">%s –</font> %s' % (head, text), body)
tb = Table([['', '2021', '2024'], ['Maîtres artisans formés', '140', '1 050'], ['Apprentis sous contrat écrit', '2 300', '9 800'],
            ['Candidats au CQM', '4 100', '11 600'], ['Part des filles', '18 %', '31 %']], colWidths=[colw*0.56, colw*0.22, colw*0.22])
tb.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'A', 8), ('FONT', (0, 0), (-1, 0), 'AB', 8), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                        ('LINEBELOW', (0, 0), (-1, 0), 0.8, VERT), ('LINEBELOW', (0, -1), (-1, -1), 0.8, VERT),
                        ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#eaf4ef')])]))
S = [Paragraph('ORGANISATION INTERNATIONALE DU TRAVAIL · BÉNIN', kick),
     Paragraph('Apprendre un métier, obtenir un diplôme', title),
     Paragraph('Au Bénin, l’apprentissage de type dual associe l’atelier du maître artisan et le centre de formation. Le BIT aide les partenaires à en améliorer la qualité et à le rendre accessible à plus de jeunes, filles et garçons.', stand),
     NextPageTemplate('p2'), FrameBreak(),
     Paragraph('Pourquoi l’apprentissage&#160;?', h),
     Paragraph('Chaque année, près de 200&#160;000 jeunes Béninois entrent en apprentissage chez un maître artisan, en mécanique, en couture, en coiffure ou dans le bâtiment. La plupart apprennent bien leur métier, mais ne reçoivent aucun diplôme reconnu.', body),
     Paragraph('Depuis 2013, le certificat de qualification aux métiers (CQM) permet de valider ces compétences. Il reste pourtant peu connu des familles et des employeurs.', body),
     Paragraph('Le projet en chiffres', h), tb, Spacer(1, 6),
     Paragraph('Quatre piliers pour un apprentissage de qualité', h),
     RI('Dialogue social', 'les organisations d’employeurs, de travailleurs et d’artisans participent à la définition des métiers et des règles de l’apprentissage.'),
     RI('Formation', 'l’apprenti passe quatre jours par semaine à l’atelier et un jour au centre de formation, pendant deux à trois ans.'),
     RI('Contrat', 'un contrat écrit fixe la durée, le pécule versé à l’apprenti et les obligations du maître artisan.'),
     RI('Évaluation', 'les examens du CQM sont organisés chaque année dans les douze départements, avec des jurys mixtes.'),
     Paragraph('Ce que le projet apporte', h),
     Paragraph('Le projet soutient&#160;:', body)]
for t in ['la formation de 1&#160;200 maîtres artisans à la pédagogie&#160;;', 'la révision de 15 référentiels de métiers&#160;;',
          'un fonds de bourses pour les apprenties dans les métiers techniques&#160;;', 'un registre électronique des contrats d’apprentissage.']:
    S.append(KeepTogether([Paragraph("▪ " + t, bul)]))
S += [Paragraph('«&#160;Un apprenti qui a son diplôme, c’est un futur patron qui embauchera à son tour.&#160;»', q),
      Paragraph('Rachidatou Bello, maître artisane en couture, Parakou', qa),
      Paragraph('Partenaires', h),
      Paragraph('Le projet est placé sous la tutelle du Ministère des Enseignements secondaire, technique et de la Formation professionnelle (MESTFP). Il est mis en œuvre avec le Fonds de développement de la formation professionnelle continue et de l’apprentissage (FODEFCA), le Conseil national du patronat du Bénin (CNP-Bénin), la Confédération des organisations syndicales indépendantes du Bénin (COSI-Bénin) et l’Union nationale des artisans du Bénin (UNAB).', body),
      Paragraph('Ces cinq institutions ont signé en 2022 un accord de coopération sur le pilotage de l’apprentissage dual, qui crée un comité paritaire dans chaque département.', body),
      Paragraph('Le projet bénéficie du financement de LuxDev (Agence luxembourgeoise pour la coopération au développement) pour la période de 2021 à 2025. Un protocole d’accord signé en 2023 entre le BIT et l’UEMOA (Union économique et monétaire ouest-africaine) permet d’en partager les résultats avec les autres États membres.', body),
      Paragraph('En 2024, la Société béninoise de mécanique (SBM) a accueilli ses dix premiers apprentis en alternance. Elle a signé la même année une lettre d’intention avec le FODEFCA pour en former trente de plus chaque année.', body),
      ]
S += [Paragraph('Pour plus d’informations', h),
      Paragraph('Koffi Agossou, spécialiste des compétences, BIT Cotonou', small),
      Paragraph('Tél.&#160;: +229 21 31 25 90', small), Paragraph('Courriel&#160;: agossou@ilo.org', small),
      Paragraph('www.ilo.org/benin-apprentissage', small)]
doc.build(S)
