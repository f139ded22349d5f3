from common import *
from xml.sax.saxutils import escape as xe
ID = 'blind4-09-fr-travail-domestique'
t = Truth(ID, 'libreoffice', 'blind-policy-note-2col-list-chart', 'domestic work', 'fr', 2,
          'Travail domestique en Tunisie : de la loi à la pratique', transform=fr)
HDR_L = 'Organisation internationale du Travail'
HDR_R = 'Note d’information n° 7 · juin 2025'
kick = t.ign('Bureau de pays de l’OIT pour l’Algérie, la Libye, le Maroc, la Mauritanie et la Tunisie')
sub = t.p('Quatre ans après la loi n° 2021-37, où en sont les droits des 80 000 travailleuses domestiques '
          'du pays ?')

O = []  # (kind, payload)
def P(s, st='Corps'): O.append(('p', st, t.p(s)))
def H(s, lv=1, up=False): O.append(('h', lv, t.h(s, lv, up), up))

O.append(('box_start',))
O.append(('h', 2, t.h('L’essentiel', 2, True), True))
for s in ['la loi impose un contrat écrit et un salaire au moins égal au SMIG ;',
          'moins d’une travailleuse sur quatre a un contrat ;', 'l’emploi de mineurs de moins de 18 ans est interdit.']:
    O.append(('b', 1, t.b(s)))
O.append(('box_end',))
H('I. Un nouveau cadre juridique')
P('La loi n° 2021-37 du 16 juillet 2021 relative à la réglementation du travail domestique reprend l’essentiel de la '
  'convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011. Elle accorde aux travailleuses '
  'domestiques les droits suivants :')
O.append(('cols_start',))
for s in ['un contrat de travail écrit', 'un salaire au moins égal au SMIG', 'un repos hebdomadaire de 24 heures',
          'un congé annuel payé', 'l’affiliation à la sécurité sociale', 'une durée du travail limitée à 48 heures',
          'la protection contre le harcèlement', 'le droit de se syndiquer']:
    O.append(('b2c', 1, t.b(s)))
O.append(('cols_end',))
H('II. Ce que montre l’enquête de 2024')
P('Une enquête menée en 2024 auprès de 1 150 travailleuses domestiques dans le Grand Tunis, à Sfax et à Jendouba '
  'montre que la loi reste mal connue, des employeurs comme des travailleuses.')
chart = [('Sans contrat écrit', 77), ('Contrat écrit libre', 16), ('Contrat type prévu par la loi', 7)]
for l, v in chart: t.ign(l); t.ign(f'{v} %')
O.append(('chart',))
cap = t.ign('Graphique 1 : Travailleuses domestiques selon le type de contrat, 2024 (en %)')
O.append(('p', 'Legende', cap))
th, tr = t.table([['Indicateur', 'Grand Tunis', 'Sfax', 'Jendouba']],
                 [['Salaire mensuel moyen (dinars)', '520', '470', '390'],
                  ['Affiliées à la CNSS', '21 %', '14 %', '6 %'],
                  ['Logées chez l’employeur', '34 %', '29 %', '12 %'],
                  ['Âge moyen à l’entrée dans le métier', '19 ans', '17 ans', '16 ans']])
O.append(('table',))
O.append(('p', 'Legende', t.ign('Source : enquête OIT–ministère des Affaires sociales, 2024.')))
H('III. Les partenaires')
H('A. Pouvoirs publics et sécurité sociale', 2)
P('Le Ministère des Affaires sociales pilote l’application de la loi. Il a signé en 2022 avec la Caisse nationale de '
  'sécurité sociale (CNSS) une convention de coopération qui permet l’affiliation des travailleuses par téléphone.')
H('B. Partenaires sociaux et société civile', 2)
P('L’Union générale tunisienne du travail (UGTT) a créé en 2023 un syndicat national des travailleuses domestiques. '
  'Avec l’Association des travailleuses de maison de Jendouba et le BIT, elle a signé l’année suivante un protocole '
  'd’accord sur l’aide juridique aux travailleuses.')
P('L’Union tunisienne de l’industrie, du commerce et de l’artisanat (UTICA) diffuse le contrat type auprès des '
  'agences de placement. L’une d’elles, Tunisie Services Domicile SARL, a signé en 2025 une lettre d’intention avec '
  'le ministère pour appliquer une charte de recrutement équitable.')
H('C. Partenaires internationaux', 2)
P('Le projet est financé de 2023 à 2026 par l’Italie, par l’intermédiaire de l’Agence italienne pour la coopération '
  'au développement (AICS). Depuis 2024, un programme conjoint du BIT et de l’Organisation internationale pour les '
  'migrations (OIM) s’adresse aux travailleuses migrantes venues de Côte d’Ivoire et du Cameroun.')
H('IV. Recommandations')
for s, lv in [('Rendre le contrat type disponible en ligne et dans les bureaux de poste', 1),
              ('Renforcer l’inspection du travail', 1),
              ('former 60 inspecteurs aux visites à domicile, avec l’accord de l’employeur', 2),
              ('créer une ligne d’appel gratuite pour les plaintes', 2),
              ('Étendre l’affiliation simplifiée à la CNSS aux employeurs de plusieurs ménages', 1)]:
    O.append(('b', lv, t.b(s, lv)))
H('Pour en savoir plus', 2, True)
for s_ in ['Le texte de la loi n° 2021-37 : ' + t.link('www.social.gov.tn/travail-domestique'),
           'Le contrat type, en arabe et en français : ' + t.link('www.ilo.org/algiers/contrat-type'),
           'La convention (n° 189) : ' + t.link('www.ilo.org/c189')]:
    O.append(('b', 1, t.b(s_)))
H('Contact', 2, True)
cn = 'Leïla Ben Salem'; t.ign(cn)
cl = [t.ign('Spécialiste des normes internationales du travail'), t.ign('BIT Alger, bureau de projet de Tunis'),
      t.ign('Tél. : +216 71 90 14 25'), t.ign('Courriel : bensalem@ilo.org')]
t.contact(cn, 'bensalem@ilo.org', '+216 71 90 14 25')
O.append(('contact',))
t.furn(HDR_L, HDR_R, 'Page 1 sur 2', HDR_L, HDR_R, 'Page 2 sur 2')
for n, a in [('Organisation internationale du Travail', 'OIT'), ('Ministère des Affaires sociales', None),
             ('Caisse nationale de sécurité sociale', 'CNSS'), ('Union générale tunisienne du travail', 'UGTT'),
             ('Association des travailleuses de maison de Jendouba', None), ('BIT', None),
             ('Union tunisienne de l’industrie, du commerce et de l’artisanat', 'UTICA'),
             ('Tunisie Services Domicile SARL', None), ('Italie', None),
             ('Agence italienne pour la coopération au développement', 'AICS'),
             ('Organisation internationale pour les migrations', 'OIM')]:
    t.org(n, a)
t.part(['Ministère des Affaires sociales', 'CNSS'], 'cooperation_agreement', 2022)
t.part(['UGTT', 'Association des travailleuses de maison de Jendouba', 'BIT'], 'memorandum_of_understanding', 2024)
t.part(['Tunisie Services Domicile SARL', 'Ministère des Affaires sociales'], 'letter_of_intent', 2025)
t.part(['AICS', 'BIT'], 'funding', 2023)
t.part(['BIT', 'OIM'], 'programme', 2024)
t.countries('TN', 'DZ', 'LY', 'MA', 'MR', 'IT', 'CI', 'CM')

def para(style, s): return f'<text:p text:style-name="{style}">{xe(s)}</text:p>'
out = [para('Kicker', kick), para('Titre', t.title), para('Chapeau', sub)]
def emit_list(run):
    x = ['<text:list text:style-name="Puces">']
    i = 0
    while i < len(run):
        lv, txt = run[i]
        item = '<text:list-item>' + para('Liste', txt)
        j = i + 1
        subs = []
        while j < len(run) and run[j][0] == 2:
            subs.append(run[j][1]); j += 1
        if subs:
            item += '<text:list>' + ''.join('<text:list-item>' + para('Liste', s2) + '</text:list-item>' for s2 in subs) + '</text:list>'
        x.append(item + '</text:list-item>')
        i = j
    x.append('</text:list>')
    return ''.join(x)
run = []
for o in O + [('end',)]:
    k = o[0]
    if k in ('b', 'b2c'):
        run.append((o[1], o[2])); continue
    if run: out.append(emit_list(run)); run = []
    if k == 'p': out.append(para(o[1], o[2]))
    elif k == 'h': out.append(f'<text:h text:style-name="{"T1" if o[1] == 1 else ("T2U" if o[3] else "T2")}" text:outline-level="{o[1]}">{xe(o[2])}</text:h>')
    elif k == 'box_start': out.append('<text:section text:style-name="Encadre" text:name="Essentiel">')
    elif k == 'box_end': out.append('</text:section>')
    elif k == 'cols_start': out.append('<text:section text:style-name="DeuxCol" text:name="Droits">')
    elif k == 'cols_end': out.append('</text:section>')
    elif k == 'chart':
        for l, v in chart:
            out.append(f'<text:p text:style-name="Barre"><text:span text:style-name="Lab">{xe(l)}</text:span><text:tab/>'
                       f'<draw:rect draw:style-name="gr1" text:anchor-type="as-char" svg:width="{v * 1.1:.1f}mm" svg:height="4mm" svg:y="-3.2mm"/>'
                       f'<text:s/>{v}<text:s/>%</text:p>'.replace(f'{v}<text:s/>%', f'{v}\u00a0%'))
    elif k == 'table':
        rows = ''.join('<table:table-row>' + ''.join(
            f'<table:table-cell table:style-name="{"CH" if i == 0 else "C"}" office:value-type="string">'
            f'{para("TH" if i == 0 else ("TdL" if j == 0 else "Td"), c)}</table:table-cell>' for j, c in enumerate(r))
            + '</table:table-row>' for i, r in enumerate(th + tr))
        out.append('<table:table table:name="T1" table:style-name="Tab"><table:table-column table:style-name="Col1"/>'
                   '<table:table-column table:number-columns-repeated="3" table:style-name="ColN"/>' + rows + '</table:table>')
    elif k == 'contact':
        out.append('<text:p text:style-name="Contact"><text:span text:style-name="Gras">' + xe(cn) + '</text:span>'
                   + ''.join('<text:line-break/>' + xe(x) for x in cl) + '</text:p>')

SANS = 'style:font-name="Liberation Sans"'
fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{xe(t.title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Serif" fo:font-size="9pt" fo:language="fr" fo:country="FR" fo:hyphenate="false"/></style:default-style>
 <style:default-style style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill-color="#2a7f62"/></style:default-style>
 <style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.8mm" fo:line-height="130%"/></style:style>
 <style:style style:name="Liste" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.6mm" fo:line-height="120%"/></style:style>
 <style:style style:name="Kicker" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="3mm"/><style:text-properties {SANS} fo:font-size="8pt" fo:color="#2a7f62"/></style:style>
 <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="2mm"/><style:text-properties {SANS} fo:font-size="21pt" fo:font-weight="bold" fo:color="#14213d"/></style:style>
 <style:style style:name="Chapeau" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="4mm" fo:border-bottom="0.5mm solid #2a7f62" fo:padding-bottom="2mm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="T1" style:family="paragraph"><style:paragraph-properties fo:margin-top="3.5mm" fo:margin-bottom="1.2mm" fo:keep-with-next="always"/><style:text-properties {SANS} fo:font-size="9pt" fo:font-weight="bold" fo:color="#2a7f62"/></style:style>
 <style:style style:name="T2" style:family="paragraph"><style:paragraph-properties fo:margin-top="2mm" fo:margin-bottom="0.8mm" fo:keep-with-next="always"/><style:text-properties {SANS} fo:font-size="9pt" fo:font-style="italic" fo:color="#14213d"/></style:style>
 <style:style style:name="T2U" style:family="paragraph"><style:paragraph-properties fo:margin-top="1mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/><style:text-properties {SANS} fo:font-size="8.5pt" fo:font-weight="bold" fo:text-transform="uppercase" fo:color="#14213d" fo:letter-spacing="0.04em"/></style:style>
 <style:style style:name="Legende" style:family="paragraph"><style:paragraph-properties fo:margin-top="1mm" fo:margin-bottom="3mm"/><style:text-properties {SANS} fo:font-size="7.5pt" fo:font-style="italic" fo:color="#555555"/></style:style>
 <style:style style:name="Barre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="1.5mm"><style:tab-stops><style:tab-stop style:position="52mm"/></style:tab-stops></style:paragraph-properties><style:text-properties {SANS} fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TH" style:family="paragraph"><style:text-properties {SANS} fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Td" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties {SANS} fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TdL" style:family="paragraph"><style:text-properties {SANS} fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Contact" style:family="paragraph"><style:paragraph-properties fo:border-left="1.2mm solid #2a7f62" fo:padding-left="3mm"/><style:text-properties {SANS} fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Entete" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.3mm solid #2a7f62" fo:padding-bottom="1mm"><style:tab-stops><style:tab-stop style:position="174mm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties {SANS} fo:font-size="7.5pt" fo:color="#14213d"/></style:style>
 <style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties {SANS} fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Lab" style:family="text"><style:text-properties {SANS}/></style:style>
 <text:list-style style:name="Puces">
  <text:list-level-style-bullet text:level="1" text:bullet-char="■"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="4mm" fo:text-indent="-4mm" fo:margin-left="4mm"/></style:list-level-properties><style:text-properties fo:color="#2a7f62" fo:font-size="70%"/></text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="9mm" fo:text-indent="-4mm" fo:margin-left="9mm"/></style:list-level-properties></text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Encadre" style:family="section"><style:section-properties fo:background-color="#e8f3ee" fo:margin-left="0mm"/></style:style>
 <style:style style:name="DeuxCol" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="8mm"/></style:section-properties></style:style>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#2a7f62" draw:stroke="none" style:vertical-pos="middle" style:vertical-rel="text"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="174mm" table:align="left"/></style:style>
 <style:style style:name="Col1" style:family="table-column"><style:table-column-properties style:column-width="84mm"/></style:style>
 <style:style style:name="ColN" style:family="table-column"><style:table-column-properties style:column-width="30mm"/></style:style>
 <style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="1.2mm" fo:border-top="0.5mm solid #14213d" fo:border-bottom="0.5mm solid #14213d" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="1.2mm" fo:border-bottom="0.2mm solid #9a9a9a" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="10mm" fo:margin-bottom="10mm" fo:margin-left="18mm" fo:margin-right="18mm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="Entete">{xe(HDR_L)}<text:tab/>{xe(HDR_R)}</text:p></style:header>
 <style:footer><text:p text:style-name="Pied">Page <text:page-number text:select-page="current">1</text:page-number> sur <text:page-count>2</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(out)}
</office:text></office:body></office:document>'''
open(f'{HERE}/{ID}.fodt', 'w').write(fodt)
soffice(ID, 'fodt')
finish(t)
