from common import *
ID = 'blind5-08-fr-filiere-bois-communique'
t = T(ID, 'libreoffice', 'blind-press-release', 'occupational safety in the timber industry', 'fr')
def F(s): return fr(s)
G = '#2F5233'; O = '#8C5A2B'
styles = ''.join([
  pstyle('Corps', size='10.5pt', mb='2.5mm', extra_p='fo:line-height="130%" fo:text-align="justify" fo:keep-together="always"'),
  pstyle('Etiquette', size='9pt', bold=True, color='#FFFFFF', mb='4mm', extra_p='fo:background-color="#2F5233" fo:padding="1.5mm"', extra_t='fo:letter-spacing="0.5mm"'),
  pstyle('Titre', size='18pt', bold=True, color=G, mb='2mm', extra_p='fo:line-height="115%"'),
  pstyle('Chapeau', size='11pt', bold=True, color='#333333', mb='4mm', extra_p='fo:line-height="125%"'),
  pstyle('Heading_1', size='12pt', bold=True, color=G, mt='5mm', mb='1.5mm', outline=1),
  pstyle('Heading_2', size='10pt', bold=True, color=O, mt='3mm', mb='1mm', outline=2, upper=True, extra_t='fo:letter-spacing="0.3mm"'),
  pstyle('Citation', size='10.5pt', italic=True, mb='2.5mm', extra_p='fo:margin-left="8mm" fo:border-left="2pt solid #8C5A2B" fo:padding-left="3mm" fo:keep-together="always"'),
  pstyle('Cell', size='9pt', mb='0mm'), pstyle('CellHead', size='9pt', bold=True, mb='0mm', color=G),
  pstyle('Legende', size='8pt', italic=True, color='#666666', mt='1mm', mb='3mm'),
  pstyle('Header', size='8pt', color='#666666', mb='0mm'), pstyle('Footer', size='8pt', color='#666666', mb='0mm', extra_p='fo:text-align="center"'),
  pstyle('List', size='10pt', mb='1mm'), pstyle('Petit', size='8.5pt', color='#555555', mb='1mm'),
  pstyle('Fin', size='10pt', bold=True, mb='3mm', extra_p='fo:text-align="center"'),
  liststyle('LB', ('•', '◦'), O)])
auto = tablestyle('Eng', '170mm', ['80mm', '55mm', '35mm']) + tablestyle('Pres', '120mm', ['40mm', '80mm']) + \
       cellstyle('CH', border_bottom='1pt solid #2F5233', border_top='1pt solid #2F5233') + cellstyle('CR', border_bottom='0.4pt solid #AAAAAA') + cellstyle('CU', pad='0.6mm')
B = []
def para(st, s): B.append(f'<text:p text:style-name="{st}">{x(s)}</text:p>')
def P(s): para('Corps', t.p(F(s)))
def H1(s): B.append(f'<text:h text:style-name="Heading_1" text:outline-level="1">{x(t.h(F(s), 1))}</text:h>')
def H2(s): B.append(f'<text:h text:style-name="Heading_2" text:outline-level="2">{x(t.h(F(s), 2, upper=True))}</text:h>')
def Q(s, who, role, tail):
    q = t.quote(F(s), who, role)
    para('Citation', F('« ' + q + ' »') + ' ' + F(tail))
def LIST(items):
    out = '<text:list text:style-name="LB">'
    for it in items:
        if isinstance(it, tuple):
            s, subs = it
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(F(s), 1))}</text:p><text:list>' + ''.join(f'<text:list-item><text:p text:style-name="List">{x(t.b(F(u), 2))}</text:p></text:list-item>' for u in subs) + '</text:list></text:list-item>'
        else:
            out += f'<text:list-item><text:p text:style-name="List">{x(t.b(F(it), 1))}</text:p></text:list-item>'
    B.append(out + '</text:list>')
hdr = 'Organisation internationale du Travail · Communiqué de presse'
t.furn(hdr, '– 1 –', hdr, '– 2 –')
para('Etiquette', t.ign('COMMUNIQUÉ DE PRESSE · POUR DIFFUSION IMMÉDIATE'))
para('Titre', t.title(F('Filière bois : quatre partenaires s’engagent pour la sécurité des travailleurs au Gabon')))
para('Chapeau', t.p(F('Une convention-cadre signée à Libreville prévoit un comité d’hygiène et de sécurité dans chaque scierie de la zone de Nkok d’ici à 2027.')))
P('LIBREVILLE (OIT Info) – Le Ministère du Travail et du Dialogue social du Gabon, l’Union des industriels du bois du Gabon (UIBG), la Confédération syndicale gabonaise (COSYGA) et la Gabon Special Economic Zone (GSEZ), qui gère la zone économique spéciale de Nkok, ont signé le 14 octobre 2025 une convention-cadre de partenariat pour la sécurité et la santé au travail dans la filière bois. La cérémonie s’est tenue en présence du directeur du bureau de l’Organisation internationale du Travail (OIT) à Yaoundé.')
P('La filière, deuxième employeur privé du pays, enregistre un taux d’accidents du travail quatre fois supérieur à la moyenne nationale. Les blessures aux mains et les chutes de grumes sont les plus fréquentes.')
Q('Aucun emploi ne vaut une main perdue. Cette convention donne enfin aux travailleurs une voix dans chaque scierie.', 'Jean-Pierre Nzé Ondo', 'secrétaire général de la COSYGA', '— Jean-Pierre Nzé Ondo, secrétaire général de la COSYGA.')
P('La convention s’inscrit dans le projet « Bois durable, travail décent », que l’OIT met en œuvre avec un financement de la Norvège, par l’intermédiaire de l’Agence norvégienne de coopération pour le développement (Norad), pour la période 2024–2027.')
P('Elle prolonge aussi le protocole d’accord conclu en 2022 entre l’OIT et la Caisse nationale de sécurité sociale (CNSS) sur la déclaration des accidents du travail. Certaines entreprises n’ont pas attendu : la Compagnie forestière de l’Ogooué (CFO) a signé dès 2024 une lettre d’intention avec la COSYGA pour créer des comités dans ses trois scieries.')
Q('Les industriels ont tout à gagner : une scierie sûre est une scierie qui produit.', 'Sylvie Moussavou', 'présidente de l’UIBG', '— Sylvie Moussavou, présidente de l’UIBG.')
H1('Ce que prévoit la convention-cadre')
hd, rows = t.table([['Engagement', 'Responsable', 'Échéance']], [
  ['Un comité d’hygiène et de sécurité par scierie', 'Entreprises membres de l’UIBG', 'juin 2026'],
  ['Formation de 300 délégués à la sécurité', 'COSYGA, avec l’appui de l’OIT', 'décembre 2026'],
  ['Visites conjointes d’inspection dans la zone', 'Ministère et GSEZ', 'chaque trimestre'],
  ['Déclaration en ligne des accidents', 'CNSS', 'janvier 2027']])
B.append(otable('Eng', hd, rows, 'CH', 'CR', 'CellHead', 'Cell', 3))
para('Legende', t.ign(F('Source : convention-cadre du 14 octobre 2025, article 4.')))
H1('Notes aux rédactions')
LIST([('La filière bois emploie environ 30 000 personnes au Gabon :', ['dont 8 000 dans la zone économique spéciale de Nkok ;', 'dont près de la moitié en sous-traitance.']),
      'Le Gabon interdit depuis 2010 l’exportation de grumes non transformées.',
      'L’Organisation internationale des bois tropicaux (OIBT) et l’Agence d’exécution des activités de la filière forêt-bois (AEAFFB) publient des données sur la production.'])
H2('À propos de l’OIT')
para('Petit', t.p(F('L’OIT est l’institution des Nations Unies chargée du monde du travail. Elle réunit gouvernements, employeurs et travailleurs de 187 États Membres.')))
H2('À propos de la COSYGA')
para('Petit', t.p(F('Fondée en 1969, la COSYGA est l’une des principales centrales syndicales du Gabon.')))
H1('Contact presse')
t.contact('Nadège Mintsa', 'mintsa@ilo.org', '+241 11 44 32 18')
hd2, rows2 = t.table([], [['Nom', 'Nadège Mintsa'], ['Fonction', 'Chargée de communication, OIT Libreville'], ['Téléphone', '+241 11 44 32 18'], ['Courriel', 'mintsa@ilo.org']])
B.append(otable('Pres', [], rows2, None, 'CU', None, 'Cell', 2, pc_list=['CellHead', 'Cell']))
para('Corps', t.link('www.ilo.org/yaounde'))
para('Fin', t.ign('###'))
header = f'<text:p text:style-name="Header">{x(hdr)}</text:p>'
footer = '<text:p text:style-name="Footer">– <text:page-number text:select-page="current">1</text:page-number> –</text:p>'
fodt(ID + '.fodt', 'Filière bois : communiqué de presse', 'fr', 'FR', styles, auto, header, footer, '\n'.join(B), font='Liberation Serif', size='10.5pt')
t.orgs(('Ministère du Travail et du Dialogue social du Gabon'), ('Union des industriels du bois du Gabon', 'UIBG'), ('Confédération syndicale gabonaise', 'COSYGA'),
       ('Gabon Special Economic Zone', 'GSEZ'), ('Organisation internationale du Travail', 'OIT'), 'Norvège',
       ('Agence norvégienne de coopération pour le développement', 'Norad'), ('Caisse nationale de sécurité sociale', 'CNSS'),
       ('Compagnie forestière de l’Ogooué', 'CFO'), ('Organisation internationale des bois tropicaux', 'OIBT'),
       ('Agence d’exécution des activités de la filière forêt-bois', 'AEAFFB'), 'Nations Unies')
t.countries('GA', 'NO')
t.ps(['Ministère du Travail et du Dialogue social du Gabon', 'UIBG', 'COSYGA', 'GSEZ'], 'cooperation_agreement', 2025)
t.ps(['Norad', 'OIT'], 'funding', 2024, 2027)
t.ps(['OIT', 'CNSS'], 'memorandum_of_understanding', 2022)
t.ps(['CFO', 'COSYGA'], 'letter_of_intent', 2024)
soffice(ID, 'fodt')
finish(t, 2)
