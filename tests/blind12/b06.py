from common import *
pre = r'''
#set page(paper: "a4", margin: (x: 14mm, top: 18mm, bottom: 16mm),
  header: [#set text(7.5pt, fill: rgb("#0f5a73")); HL #h(1fr) HR #v(-3pt) #line(length: 100%, stroke: 0.5pt + rgb("#0f5a73"))],
  footer: context [#set text(7.5pt, fill: rgb("#555555")); #h(1fr) #counter(page).display() FT])
#set text(font: "DejaVu Sans", size: 8.6pt, lang: "fr")
#set par(leading: 0.52em)
#show heading.where(level: 1): it => block(above: 1em, below: 0.6em, text(13pt, weight: "bold", fill: rgb("#0f5a73"), it.body))
#show heading.where(level: 2): it => block(above: 0.3em, below: 0.55em, text(9.6pt, weight: "bold", fill: rgb("#b8451b"), it.body))
#set list(marker: ([▪], [–]), indent: 0.5mm, body-indent: 1.8mm)
#set enum(indent: 0.5mm, body-indent: 1.8mm)
#let card(n, body) = block(width: 100%, fill: rgb("#f3f8f9"), stroke: 0.8pt + rgb("#9cc3cf"), radius: 3mm, inset: (x: 3.5mm, top: 3mm, bottom: 3.5mm), breakable: false)[
  #place(top + right, dx: 1mm, dy: -6.5mm, box(fill: rgb("#b8451b"), radius: 1.5mm, inset: (x: 2mm, y: 1.2mm), text(7pt, weight: "bold", fill: white, n)))
  #body]
'''
d = Typ('blind12-06-fr-cartes-qr-saint-louis', 'fr', 'typst', 'blind-qa-cards', 'reconversion et protection sociale des familles de pêcheurs déplacées par l’érosion côtière')
E = d.e
HL, HR, FT = d.f('Saint-Louis · Questions-réponses'), d.f('Langue de Barbarie'), '/ 2'
d.preamble = pre.replace('HL', E(HL)).replace('HR', E(HR)).replace('FT', E(FT))
R = d.raw
def P(s): return f'#par[{E(d.para(s))}]\n\n'
def H(s, lv=1): return '=' * lv + ' ' + E(d.heading(s, lv)) + '\n\n'
def UL(items, mark='-'):
    out = ''
    for it in items:
        if isinstance(it, tuple):
            out += f'{mark} {E(d.bullet(it[0], 1))}\n' + ''.join(f'  - {E(d.bullet(x, 2))}\n' for x in it[1])
        else: out += f'{mark} {E(d.bullet(it, 1))}\n'
    return out + '\n'
def CARD(n, q, parts):
    body = H(q, 2)
    for p in parts: body += p() if callable(p) else p
    return f'card([{E(d.ign(n))}])[\n{body}]'
R('#block(width: 100%, fill: rgb("#0f5a73"), inset: 5mm, radius: 3mm)[#set text(fill: white)\n')
R('#text(7.5pt, tracking: 1.2pt, fill: rgb("#f2c14e"))[' + E(d.ign('CARTES QUESTIONS-RÉPONSES · SAINT-LOUIS, SÉNÉGAL')) + ']\n\n')
R('#text(19pt, weight: "bold")[' + E(d.title('Quitter la Langue de Barbarie, garder son métier')) + ']\n\n')
R('#text(9.5pt)[' + E(d.para('Huit questions que posent les familles de pêcheurs relogées à Djougop après les tempêtes, et les réponses du programme « Nouveau rivage »')) + ']]\n\n')
R('#text(7.5pt, style: "italic")[' + E(d.ign('Découpez les cartes le long du trait et gardez-les sur vous.')) + ']\n\n')
R(H('Le relogement et la mer'))
c = []
c.append(CARD('Q1', 'Qui peut s’inscrire au programme ?', [lambda: P('Toute personne d’un ménage relogé depuis Guet Ndar ou Doun Baba Dièye, âgée de 16 ans ou plus :'), lambda: UL(['pêcheurs et aides-pêcheurs ;', 'mareyeuses et transformatrices ;', 'jeunes sans emploi du site.'])]))
c.append(CARD('Q2', 'Je suis pêcheur : dois-je abandonner la mer ?', [lambda: P('Non. Le programme ne remplace pas la pêche. Il aide à déclarer les pirogues, à s’assurer et à trouver un second revenu pendant les mois où la mer est fermée.')]))
c.append(CARD('Q3', 'Quelles formations sont proposées ?', [lambda: UL([('Métiers de la mer :', ['mécanique de moteurs hors-bord ;', 'sécurité et gilets de sauvetage.']), ('Métiers à terre :', ['froid et glace ;', 'maçonnerie de digues.'])])]))
c.append(CARD('Q4', 'Comment s’affilier à la sécurité sociale ?', [lambda: UL(['Présentez-vous au guichet du site avec votre carte d’identité.', 'Choisissez une cotisation mensuelle ou par marée.', 'Recevez votre carte d’assuré sous trois semaines.'], mark='+')]))
R('#grid(columns: (1fr, 1fr), column-gutter: 5mm, row-gutter: 8mm,\n' + ',\n'.join(c) + ')\n\n')
R(H('Le travail à terre'))
c = []
c.append(CARD('Q5', 'Y a-t-il des emplois à terre ?', [lambda: P('Oui. La société Froid du Fleuve SARL s’est engagée en 2024, par une lettre d’intention adressée à la Fédération locale des GIE de pêche (FLGIEP), à recruter 60 personnes du site pour son usine de glace.')]))
c.append(CARD('Q6', 'Les transformatrices sont-elles concernées ?', [lambda: P('Elles sont au cœur du programme : un séchoir couvert est construit à Djougop et chaque groupement reçoit une formation à l’hygiène et à la gestion.')]))
c.append(CARD('Q7', 'Mon logement à Djougop est abîmé : que faire ?', [lambda: P('Signalez-le au comité de site, qui transmet à la mairie chaque lundi. Les réparations urgentes (toit, eau) sont faites sous dix jours.')]))
c.append(CARD('Q8', 'Qui finance et qui décide ?', [lambda: P('Un comité de pilotage réunit les partenaires tous les trois mois ; deux représentants des familles y siègent. Le verso détaille les engagements.')]))
R('#grid(columns: (1fr, 1fr), column-gutter: 5mm, row-gutter: 8mm,\n' + ',\n'.join(c) + ')\n\n')
R('#pagebreak()\n')
R(H('Les partenaires de « Nouveau rivage »'))
R('#columns(2, gutter: 6mm)[\n')
R(P('Enabel, l’agence belge de développement, finance les formations au titre d’une subvention au Bureau international du Travail (BIT) couvrant 2024-2026.'))
R(P('La Commune de Saint-Louis et l’Agence nationale pour la promotion de l’emploi des jeunes (ANPEJ) ont reconduit en 2025, pour deux ans, soit jusqu’en 2027, la convention qui les lie depuis 2021.'))
R(P('Quatre signatures figurent au bas du protocole d’accord signé en mars 2025 : celles du Conseil départemental de Saint-Louis, de la Caisse de sécurité sociale (CSS), du Groupement des femmes transformatrices de Guet Ndar (GFTGN) et du BIT.'))
R(P('Le Lycée d’enseignement maritime de Saint-Louis et l’École nationale d’enseignement maritime de Nouadhibou, en Mauritanie, ont conclu en 2023 un partenariat d’établissements : les élèves font un stage de l’autre côté de la frontière.'))
R('#set text(7.6pt)\n' + P('L’Organisation pour la mise en valeur du fleuve Sénégal (OMVS) suit le programme en observateur. Une ONG de microcrédit a été approchée ; aucun engagement n’a été pris. Les chiffres viennent de l’Agence nationale de la statistique et de la démographie (ANSD).'))
R(']\n\n')
q = d.quote('La mer a pris ma maison, pas mon métier. Avec l’assurance, je repars en mer sans avoir peur pour mes enfants.', 'Mamadou Lamine Guèye', 'pêcheur relogé à Djougop')
R('#block(width: 100%, inset: 4mm, fill: rgb("#fdf1e7"), radius: 3mm)[#text(font: "DejaVu Serif", style: "italic", size: 10pt)[« ' + E(q[0]) + ' »]\\\n#text(8pt)[— ' + E(q[1]) + ', ' + E(q[2]) + ']]\n\n')
R(H('Contact', 2))
d.contact('Aïssatou Sarr', 'sarr@ilo.org', '+221 33 961 24 50')
R(E('Aïssatou Sarr') + '\\\n' + E(d.ign('Coordonnatrice du programme « Nouveau rivage », BIT Saint-Louis')) + '\\\n' + E(d.ign('Tél. : +221 33 961 24 50')) + '\\\n' + E(d.ign('Courriel : sarr@ilo.org')) + '\\\n' + E(d.link('www.ilo.org/dakar')) + '\n')
for pg in (1, 2): d.furn(HL); d.furn(HR); d.furn(f'{pg} {FT}')
d.orgs(('Fédération locale des GIE de pêche', 'FLGIEP'), 'Froid du Fleuve SARL', 'Enabel', ('Bureau international du Travail', 'BIT'), 'Commune de Saint-Louis',
       ('Agence nationale pour la promotion de l’emploi des jeunes', 'ANPEJ'), 'Conseil départemental de Saint-Louis', ('Caisse de sécurité sociale', 'CSS'),
       ('Groupement des femmes transformatrices de Guet Ndar', 'GFTGN'), 'Lycée d’enseignement maritime de Saint-Louis', 'École nationale d’enseignement maritime de Nouadhibou',
       ('Organisation pour la mise en valeur du fleuve Sénégal', 'OMVS'), ('Agence nationale de la statistique et de la démographie', 'ANSD'))
d.countries('SN', 'MR')
d.ps(['Froid du Fleuve SARL', 'FLGIEP'], 'letter_of_intent', 2024)
d.ps(['Enabel', 'BIT'], 'funding', 2024, 2026)
d.ps(['Commune de Saint-Louis', 'ANPEJ'], 'cooperation_agreement', 2021, 2027)
d.ps(['Conseil départemental de Saint-Louis', 'CSS', 'GFTGN', 'BIT'], 'memorandum_of_understanding', 2025)
d.ps(['Lycée d’enseignement maritime de Saint-Louis', 'École nationale d’enseignement maritime de Nouadhibou'], 'partnership', 2023)
d.build(tagged=False)
