# designs10: references to bodies (acronym defined at first mention), partnership and
# non-partnership sentence templates in en/fr/es, and the per-brochure plan.
import random, re
from bank10 import ILO, UN, DONORS, TWINS, MONTHS

VOW = set('AEIOUYÉÈÊÂÎÔaeiouyéèêâîôHh')


def cap(s): return s[:1].upper() + s[1:] if s else s


def fix_contractions(s, lang):
    if lang == 'fr':
        for a, b in ((' à les ', ' aux '), (' à le ', ' au '), (' de les ', ' des '), (' de le ', ' du ')):
            s = s.replace(a, b)
    if lang == 'es':
        s = s.replace(' de el ', ' del ').replace(' a el ', ' al ')
    return s


class Ctx:
    """Renders bodies: full name + (acronym) at first mention, then the acronym; records organizations."""
    def __init__(self, T, lang):
        self.T, self.lang, self.seen = T, lang, set()

    def _form(self, b):
        name, acr = b[0], b[1]
        if name in self.seen:
            return (acr, True) if acr else (name, False)
        self.seen.add(name)
        if not (len(b) > 3 and b[3] == 'country'): self.T.org(name, acr)
        return ((f'{name} ({acr})' if acr else name), False)

    def r(self, b, case='n'):
        text, isacr = self._form(b)
        g = b[2]
        if case == 'bare':
            return text
        if self.lang == 'en':
            if g == 'the' and (not isacr or (b[1].isupper() and ' ' not in b[1])):
                return 'the ' + text
            return text
        if self.lang == 'fr':
            if g is None:
                return {'n': '', 'de': ('d’' if text[0] in VOW else 'de '), 'a': 'à '}[case] + text
            art = 'l’' if text[0] in VOW else ('le ' if g == 'm' else 'la ')
            if case == 'n': return art + text
            if case == 'de': return {'le ': 'du ', 'la ': 'de la ', 'l’': 'de l’'}[art] + text
            return {'le ': 'au ', 'la ': 'à la ', 'l’': 'à l’'}[art] + text
        # es
        if g is None:
            return {'n': '', 'de': 'de ', 'a': 'a '}[case] + text
        return {('m', 'n'): 'el ', ('f', 'n'): 'la ', ('m', 'de'): 'del ', ('f', 'de'): 'de la ',
                ('m', 'a'): 'al ', ('f', 'a'): 'a la '}[(g, case)] + text

    @staticmethod
    def party(b): return b[1] or b[0]

    def join(self, items):
        items = list(items)
        conj = {'en': 'and', 'fr': 'et', 'es': 'y'}[self.lang]
        last = items[-1]
        if self.lang == 'es' and re.match(r'(?i)(i|hi(?![aeé]))', last):
            conj = 'e'
        if len(items) == 1: return last
        return ', '.join(items[:-1]) + f' {conj} ' + last


# ------------------------------------------------------------------ slot vocab
SUBJ = {
 'en': ['safety training for {w}', 'social security registration for {w}', 'childcare during the peak season',
        'written contracts and pay slips', 'a complaints desk for {w}', 'safe transport to and from work'],
 'fr': ['la formation à la sécurité des {w}', 'l’affiliation des {w} à la sécurité sociale', 'la garde des enfants pendant la haute saison',
        'les contrats écrits et les bulletins de paie', 'un guichet de réclamations pour les {w}', 'le transport entre le domicile et le lieu de travail'],
 'es': ['la capacitación en seguridad de {w}', 'la afiliación de {w} a la seguridad social', 'el cuidado infantil en temporada alta',
        'los contratos escritos y los recibos de pago', 'una ventanilla de quejas para {w}', 'el transporte entre la casa y el lugar de trabajo'],
}
VERB = {  # (3rd person plural, infinitive)
 'en': [('run evening classes for new members',) * 2, ('share the cost of protective equipment',) * 2,
        ('train first-aiders at every site',) * 2, ('keep a joint register of accidents',) * 2, ('organize registration days for {w}',) * 2],
 'fr': [('organisent des cours du soir pour les nouveaux membres', 'organiser des cours du soir pour les nouveaux membres'),
        ('partagent le coût des équipements de protection', 'partager le coût des équipements de protection'),
        ('forment des secouristes sur chaque site', 'former des secouristes sur chaque site'),
        ('tiennent un registre commun des accidents', 'tenir un registre commun des accidents'),
        ('organisent des journées d’affiliation pour les {w}', 'organiser des journées d’affiliation pour les {w}')],
 'es': [('organizan clases nocturnas para los nuevos afiliados', 'organizar clases nocturnas para los nuevos afiliados'),
        ('comparten el costo del equipo de protección', 'compartir el costo del equipo de protección'),
        ('forman socorristas en cada sitio', 'formar socorristas en cada sitio'),
        ('llevan un registro común de accidentes', 'llevar un registro común de accidentes'),
        ('organizan jornadas de afiliación para {w}', 'organizar jornadas de afiliación para {w}')],
}
INSTR_LABEL = {
 'en': {'memorandum_of_understanding': 'Memorandum of understanding', 'cooperation_agreement': 'Cooperation agreement',
        'letter_of_intent': 'Letter of intent', 'partnership': 'Partnership agreement'},
 'fr': {'memorandum_of_understanding': 'Protocole d’accord', 'cooperation_agreement': 'Accord de coopération',
        'letter_of_intent': 'Lettre d’intention', 'partnership': 'Accord de partenariat'},
 'es': {'memorandum_of_understanding': 'Memorando de entendimiento', 'cooperation_agreement': 'Convenio de cooperación',
        'letter_of_intent': 'Carta de intención', 'partnership': 'Acuerdo de asociación'},
}

MOU, COOP, LOI, PART, PROG, FUND = ('memorandum_of_understanding', 'cooperation_agreement', 'letter_of_intent',
                                    'partnership', 'programme', 'funding')

# ------------------------------------------------------------------ partnership templates
# needs: letters of body slots. A/B/C local bodies, I = ILO, U = UN agency, W = foreign twin.
# each fn(c, p) -> (text, record) where record = (parties-keys, instrument, year, end_year)
# p: dict of bodies + Y, Y2, M, S, V, Vi.  Records use the slot letters; the plan turns them into party strings.

def _en():
    T = {}
    T['E01'] = ('AB', lambda c, p: (f"In {p['Y']}, {c.r(p['A'])} and {c.r(p['B'])} signed a memorandum of understanding on {p['S']}.", ('AB', MOU, 'Y', None)))
    T['E02'] = ('AB', lambda c, p: (f"A cooperation agreement concluded in {p['Y']} ties {c.r(p['A'])} to {c.r(p['B'])}; under it, the two {p['V']}.", ('AB', COOP, 'Y', None)))
    T['E03'] = ('ABC', lambda c, p: (f"The three signatories of the {p['Y']} framework agreement on {p['S']} – {c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])} – meet every quarter.", ('ABC', COOP, 'Y', None)))
    T['E04'] = ('ABC', lambda c, p: (f"{c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])} are parties to a memorandum of understanding on {p['S']}, concluded in {p['Y']}.", ('ABC', MOU, 'Y', None)))
    T['E05'] = ('AB', lambda c, p: (f"{c.r(p['A'])} and {c.r(p['B'])} renewed their cooperation agreement in {p['R']}. They had first signed it in {p['Y']}.", ('AB', COOP, 'Y', None)))
    T['E06'] = ('AB', lambda c, p: (f"Signed in {p['Y']}, the letter of intent between {c.r(p['A'])} and {c.r(p['B'])} remains in force until {p['Y2']}.", ('AB', LOI, 'Y', 'Y2')))
    T['E07'] = ('IU', lambda c, p: (f"From {p['Y']} through {p['Y2']}, {c.r(p['I'])} and {c.r(p['U'])} are running a joint programme on {p['S']}.", ('IU', PROG, 'Y', 'Y2')))
    T['E08'] = ('ABCI', lambda c, p: (f"{c.r(p['A'])}, {c.r(p['B'])}, {c.r(p['C'])} and {c.r(p['I'])} put their names to a protocol on {p['S']} in {p['M']} {p['Y']}.", ('ABCI', MOU, 'Y', None)))
    T['E09'] = ('AB', lambda c, p: (f"In {p['Y']}, {c.r(p['A'])} agreed a pilot with {c.r(p['B'])} to {p['Vi']}.", ('AB', COOP, 'Y', None)))
    T['E10'] = ('AW', lambda c, p: (f"{c.r(p['A'])} has been twinned with {c.r(p['W'])} since {p['Y']}.", ('AW', PART, 'Y', None)))
    T['E11'] = ('AB', lambda c, p: (f"The partnership agreement that {c.r(p['A'])} and {c.r(p['B'])} concluded in {p['Y']} covers {p['S']}.", ('AB', PART, 'Y', None)))
    T['E12'] = ('AB', lambda c, p: (f"Letter of intent, {p['M']} {p['Y']}: {c.r(p['A'])} and {c.r(p['B'])} commit to {p['Vi']}.", ('AB', LOI, 'Y', None)))
    T['E13'] = ('AB', lambda c, p: (f"Since {p['Y']}, a framework agreement has bound {c.r(p['A'])} and {c.r(p['B'])}; together they now {p['V']}.", ('AB', COOP, 'Y', None)))
    T['E14'] = ('AB', lambda c, p: (f"Negotiated over two years and signed in {p['Y']}, the memorandum of understanding between {c.r(p['A'])} and {c.r(p['B'])} sets out how they will work on {p['S']}.", ('AB', MOU, 'Y', None)))
    T['E15'] = ('AI', lambda c, p: (f"{c.r(p['A'])} became a partner of {c.r(p['I'])} in {p['Y']} through a cooperation agreement on {p['S']}.", ('AI', COOP, 'Y', None)))
    T['E16'] = ('AB', lambda c, p: (f"The letter of intent that {c.r(p['A'])} sent to {c.r(p['B'])} in {p['M']} {p['Y']} opens the way to {p['S']}.", ('AB', LOI, 'Y', None)))
    T['E17'] = ('AI', lambda c, p: (f"{c.r(p['A'])} and {c.r(p['I'])} have a memorandum of understanding on {p['S']}. It was signed in {p['Y']} and runs through {p['Y2']}.", ('AI', MOU, 'Y', 'Y2')))
    return T


def _fr():
    T = {}
    T['F01'] = ('AB', lambda c, p: (f"En {p['Y']}, {c.r(p['A'])} et {c.r(p['B'])} ont signé un protocole d’accord sur {p['S']}.", ('AB', MOU, 'Y', None)))
    T['F02'] = ('AB', lambda c, p: (f"Un accord de coopération conclu en {p['Y']} lie {c.r(p['A'])} {c.r(p['B'], 'a')} ; grâce à lui, les deux organisations {p['V']}.", ('AB', COOP, 'Y', None)))
    T['F03'] = ('ABC', lambda c, p: (f"Les trois signataires de l’accord-cadre de {p['Y']} sur {p['S']} – {c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])} – se réunissent chaque trimestre.", ('ABC', COOP, 'Y', None)))
    T['F04'] = ('ABC', lambda c, p: (f"{c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])} sont parties à un protocole d’accord sur {p['S']}, conclu en {p['Y']}.", ('ABC', MOU, 'Y', None)))
    T['F05'] = ('AB', lambda c, p: (f"{c.r(p['A'])} et {c.r(p['B'])} ont renouvelé leur convention de partenariat en {p['R']}. La première signature remonte à {p['Y']}.", ('AB', COOP, 'Y', None)))
    T['F06'] = ('AB', lambda c, p: (f"Signée en {p['Y']}, la lettre d’intention entre {c.r(p['A'])} et {c.r(p['B'])} reste en vigueur jusqu’en {p['Y2']}.", ('AB', LOI, 'Y', 'Y2')))
    T['F07'] = ('IU', lambda c, p: (f"De {p['Y']} à {p['Y2']}, {c.r(p['I'])} et {c.r(p['U'])} mènent un programme conjoint sur {p['S']}.", ('IU', PROG, 'Y', 'Y2')))
    T['F08'] = ('ABCI', lambda c, p: (f"{c.r(p['A'])}, {c.r(p['B'])}, {c.r(p['C'])} et {c.r(p['I'])} ont apposé leur signature au bas d’un protocole d’accord sur {p['S']} en {p['M']} {p['Y']}.", ('ABCI', MOU, 'Y', None)))
    T['F09'] = ('AB', lambda c, p: (f"En {p['Y']}, {c.r(p['A'])} a conclu un accord pilote avec {c.r(p['B'])} pour {p['Vi']}.", ('AB', COOP, 'Y', None)))
    T['F10'] = ('AW', lambda c, p: (f"Un jumelage unit {c.r(p['A'])} {c.r(p['W'], 'a')} depuis {p['Y']}.", ('AW', PART, 'Y', None)))
    T['F11'] = ('AB', lambda c, p: (f"L’accord de partenariat conclu en {p['Y']} entre {c.r(p['A'])} et {c.r(p['B'])} porte sur {p['S']}.", ('AB', PART, 'Y', None)))
    T['F12'] = ('AB', lambda c, p: (f"Lettre d’intention, {p['M']} {p['Y']} : {c.r(p['A'])} et {c.r(p['B'])} s’engagent à {p['Vi']}.", ('AB', LOI, 'Y', None)))
    T['F13'] = ('AB', lambda c, p: (f"Depuis {p['Y']}, une convention de coopération lie {c.r(p['A'])} {c.r(p['B'], 'a')} ; ensemble, les deux partenaires {p['V']}.", ('AB', COOP, 'Y', None)))
    T['F14'] = ('AB', lambda c, p: (f"Négocié pendant deux ans et signé en {p['Y']}, le protocole d’accord entre {c.r(p['A'])} et {c.r(p['B'])} précise les modalités de leur travail sur {p['S']}.", ('AB', MOU, 'Y', None)))
    T['F15'] = ('AI', lambda c, p: (f"Un accord de coopération sur {p['S']} associe {c.r(p['A'])} {c.r(p['I'], 'a')} depuis {p['Y']}.", ('AI', COOP, 'Y', None)))
    T['F16'] = ('AB', lambda c, p: (f"La lettre d’intention adressée par {c.r(p['A'])} {c.r(p['B'], 'a')} en {p['M']} {p['Y']} ouvre la voie à {p['S']}.", ('AB', LOI, 'Y', None)))
    T['F17'] = ('AI', lambda c, p: (f"{c.r(p['A'])} et {c.r(p['I'])} sont liés par un protocole d’accord sur {p['S']}. Il a été signé en {p['Y']} et court jusqu’en {p['Y2']}.", ('AI', MOU, 'Y', 'Y2')))
    return T


def _es():
    T = {}
    T['S01'] = ('AB', lambda c, p: (f"En {p['Y']}, {c.join([c.r(p['A']), c.r(p['B'])])} firmaron un memorando de entendimiento sobre {p['S']}.", ('AB', MOU, 'Y', None)))
    T['S02'] = ('AB', lambda c, p: (f"Un convenio de cooperación suscrito en {p['Y']} une {c.r(p['A'], 'a')} con {c.r(p['B'])}; gracias a él, ambas entidades {p['V']}.", ('AB', COOP, 'Y', None)))
    T['S03'] = ('ABC', lambda c, p: (f"Los tres firmantes del acuerdo marco de {p['Y']} sobre {p['S']} –{c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])}– se reúnen cada trimestre.", ('ABC', COOP, 'Y', None)))
    T['S04'] = ('ABC', lambda c, p: (f"{c.join([c.r(p['A']), c.r(p['B']), c.r(p['C'])])} son partes de un memorando de entendimiento sobre {p['S']}, concluido en {p['Y']}.", ('ABC', MOU, 'Y', None)))
    T['S05'] = ('AB', lambda c, p: (f"{c.join([c.r(p['A']), c.r(p['B'])])} renovaron su convenio de colaboración en {p['R']}. Lo habían firmado por primera vez en {p['Y']}.", ('AB', COOP, 'Y', None)))
    T['S06'] = ('AB', lambda c, p: (f"Firmada en {p['Y']}, la carta de intención entre {c.join([c.r(p['A']), c.r(p['B'])])} sigue vigente hasta {p['Y2']}.", ('AB', LOI, 'Y', 'Y2')))
    T['S07'] = ('IU', lambda c, p: (f"De {p['Y']} a {p['Y2']}, {c.r(p['I'])} y {c.r(p['U'])} desarrollan un programa conjunto sobre {p['S']}.", ('IU', PROG, 'Y', 'Y2')))
    T['S08'] = ('ABCI', lambda c, p: (f"{c.r(p['A'])}, {c.r(p['B'])}, {c.r(p['C'])} y {c.r(p['I'])} estamparon su firma en un protocolo sobre {p['S']} en {p['M']} de {p['Y']}.", ('ABCI', MOU, 'Y', None)))
    T['S09'] = ('AB', lambda c, p: (f"En {p['Y']}, {c.r(p['A'])} pactó un acuerdo piloto con {c.r(p['B'])} para {p['Vi']}.", ('AB', COOP, 'Y', None)))
    T['S10'] = ('AW', lambda c, p: (f"Un hermanamiento une {c.r(p['A'], 'a')} con {c.r(p['W'])} desde {p['Y']}.", ('AW', PART, 'Y', None)))
    T['S11'] = ('AB', lambda c, p: (f"El acuerdo de asociación que {c.join([c.r(p['A']), c.r(p['B'])])} concluyeron en {p['Y']} abarca {p['S']}.", ('AB', PART, 'Y', None)))
    T['S12'] = ('AB', lambda c, p: (f"Carta de intención, {p['M']} de {p['Y']}: {c.join([c.r(p['A']), c.r(p['B'])])} se comprometen a {p['Vi']}.", ('AB', LOI, 'Y', None)))
    T['S13'] = ('AB', lambda c, p: (f"Desde {p['Y']}, un acuerdo marco vincula {c.r(p['A'], 'a')} con {c.r(p['B'])}; desde entonces, ambas entidades {p['V']}.", ('AB', COOP, 'Y', None)))
    T['S14'] = ('AB', lambda c, p: (f"Negociado durante dos años y firmado en {p['Y']}, el memorando de entendimiento entre {c.join([c.r(p['A']), c.r(p['B'])])} fija cómo trabajarán en {p['S']}.", ('AB', MOU, 'Y', None)))
    T['S15'] = ('AI', lambda c, p: (f"Un convenio de cooperación sobre {p['S']} asocia {c.r(p['A'], 'a')} con {c.r(p['I'])} desde {p['Y']}.", ('AI', COOP, 'Y', None)))
    T['S16'] = ('AB', lambda c, p: (f"La carta de intención que {c.r(p['A'])} dirigió {c.r(p['B'], 'a')} en {p['M']} de {p['Y']} abre el camino a {p['S']}.", ('AB', LOI, 'Y', None)))
    T['S17'] = ('AI', lambda c, p: (f"{c.r(p['A'])} y {c.r(p['I'])} tienen un memorando de entendimiento sobre {p['S']}. Se firmó en {p['Y']} y rige hasta {p['Y2']}.", ('AI', MOU, 'Y', 'Y2')))
    return T


TEMPLATES = {'en': _en(), 'fr': _fr(), 'es': _es()}


# funding: two shapes, each with a variant per donor kind. D = donor body, G = government, I = ILO
def funding_text(c, lang, shape, d, p):
    k = d['kind']; D = d['body']; I = p['I']; Y, Y2, amt = p['Y'], p['Y2'], p['amt']
    if lang == 'en':
        if shape == 0:
            if k == 'agency':
                G = d['gov']
                return f"{cap(c.r(G))} finances the project through {c.r(D)}, which signed a contribution agreement with {c.r(I)} in {Y}; it runs until {Y2}."
            return f"{cap(c.r(D))} finances the project through a grant to {c.r(I)} that runs from {Y} until {Y2}."
        if k == 'agency':
            G = d['gov']
            return f"In {Y}, {c.r(D)} signed a financing agreement with {c.r(I)} on behalf of {c.r(G)}; the money covers {Y}–{Y2}."
        return f"In {Y}, {c.r(D)} approved a contribution of {amt} to {c.r(I)} for the years {Y}–{Y2}."
    if lang == 'fr':
        if shape == 0:
            if k == 'agency':
                G = d['gov']
                return f"{cap(c.r(G))} finance le projet par l’intermédiaire {c.r(D, 'de')}, qui a signé un accord de contribution avec {c.r(I)} en {Y} ; il court jusqu’en {Y2}."
            return f"{cap(c.r(D))} finance le projet au moyen d’un don {c.r(I, 'a')} qui court de {Y} jusqu’en {Y2}."
        if k == 'agency':
            G = d['gov']
            return f"En {Y}, {c.r(D)} a signé un accord de financement avec {c.r(I)} au nom {c.r(G, 'de')} ; les fonds couvrent la période {Y}-{Y2}."
        return f"En {Y}, {c.r(D)} a approuvé une contribution de {amt} {c.r(I, 'a')} pour la période {Y}-{Y2}."
    if shape == 0:
        if k == 'agency':
            G = d['gov']
            return f"{cap(c.r(G))} financia el proyecto a través {c.r(D, 'de')}, que firmó un acuerdo de contribución con {c.r(I)} en {Y}; está vigente hasta {Y2}."
        return f"{cap(c.r(D))} financia el proyecto mediante una subvención {c.r(I, 'a')} que va de {Y} hasta {Y2}."
    if k == 'agency':
        G = d['gov']
        return f"En {Y}, {c.r(D)} firmó un acuerdo de financiación con {c.r(I)} en nombre {c.r(G, 'de')}; los fondos cubren el período {Y}-{Y2}."
    return f"En {Y}, {c.r(D)} aprobó una contribución de {amt} {c.r(I, 'a')} para el período {Y}-{Y2}."


# ------------------------------------------------------------------ non-partnership sentences
def nonpartner(c, lang, kind, X, p):
    Y = p.get('Y')
    if lang == 'en':
        return {'observer': lambda: f"{cap(c.r(X))} sits on the steering committee as an observer; it has not signed any of these agreements.",
                'venue': lambda: f"Meetings and training sessions take place at {c.r(X)}, which lends its hall to the project.",
                'contractor': lambda: f"{cap(c.r(X))} was hired under a service contract to {p['Vi']}; it is not a party to the project’s agreements.",
                'talks': lambda: f"Talks with {c.r(X)} on a letter of intent began in {Y}, but nothing has been signed yet.",
                'source': lambda: f"The figures in this publication come from {c.r(X)}."}[kind]()
    if lang == 'fr':
        return {'observer': lambda: f"{cap(c.r(X))} siège au comité de pilotage comme observateur, sans avoir signé aucun de ces accords.",
                'venue': lambda: f"Les réunions et les formations ont lieu {c.r(X, 'a')}, qui prête sa salle au projet.",
                'contractor': lambda: f"{cap(c.r(X))} intervient dans le cadre d’un contrat de prestation pour {p['Vi']} ; il ne s’agit pas d’un partenaire du projet.",
                'talks': lambda: f"Des discussions sur une lettre d’intention ont commencé en {Y} avec {c.r(X)}, mais rien n’a encore été signé.",
                'source': lambda: f"Les chiffres de cette publication proviennent {c.r(X, 'de')}."}[kind]()
    return {'observer': lambda: f"{cap(c.r(X))} participa en el comité de seguimiento como observador, sin haber firmado ninguno de estos acuerdos.",
            'venue': lambda: f"Las reuniones y los talleres se celebran en {c.r(X)}, que presta su salón al proyecto.",
            'contractor': lambda: f"{cap(c.r(X))} trabaja con un contrato de servicios para {p['Vi']}; no es socio del proyecto.",
            'talks': lambda: f"Las conversaciones con {c.r(X)} sobre una carta de intención empezaron en {Y}, pero todavía no se ha firmado nada.",
            'source': lambda: f"Las cifras de esta publicación proceden {c.r(X, 'de')}."}[kind]()


def talks_bullet(c, lang, X, Y):
    if lang == 'en': return f"{cap(c.r(X))}: talks on a cooperation agreement since {Y}, nothing signed yet"
    if lang == 'fr': return f"{cap(c.r(X))} : discussions sur un accord de coopération depuis {Y}, rien n’est encore signé"
    return f"{cap(c.r(X))}: conversaciones sobre un convenio de cooperación desde {Y}, todavía sin firma"


def record_bullet(c, lang, inst, A, B, M, Y):
    lab = INSTR_LABEL[lang][inst]
    if lang == 'en': return f"{cap(c.r(A))} and {c.r(B)}: {lab.lower()}, {M} {Y}"
    if lang == 'fr': return f"{cap(c.r(A))} et {c.r(B)} : {lab.lower()}, {M} {Y}"
    return f"{cap(c.join([c.r(A), c.r(B)]))}: {lab.lower()}, {M} de {Y}"


def record_milestone(c, lang, inst, A, B, S):
    lab = INSTR_LABEL[lang][inst].lower()
    if lang == 'en': return f"{cap(c.r(A))} and {c.r(B)} sign a {lab} on {S}"
    if lang == 'fr':
        art = 'une' if inst == LOI else 'un'
        return f"{cap(c.r(A))} et {c.r(B)} signent {art} {lab} sur {S}"
    art = 'una' if inst == LOI else 'un'
    return f"{cap(c.join([c.r(A), c.r(B)]))} firman {art} {lab} sobre {S}"


# ------------------------------------------------------------------ plan
class Plan:
    """Per-brochure choices, drawn from one seeded RNG; shape queues cycle per language so all shapes get used."""
    queues = {}

    def __init__(self, topic, seed, n, fam):
        self.tp, self.lang = topic, topic['lang']
        self.rng = random.Random(f'{seed}-{fam}-{n}-{topic["key"]}')
        r = self.rng
        self.issue_year = r.choice([2025, 2025, 2026])
        self.start = r.choice([2023, 2024])
        self.end = self.start + r.choice([3, 4])
        self.issue_month = r.randrange(12)
        self.donor = r.choice(DONORS[self.lang])
        self.amt = self.amount()
        bodies = list(topic['bodies']); r.shuffle(bodies)
        # the non-party: pick by role
        self.np_kind = r.choice(['observer', 'contractor', 'talks', 'venue'])
        if self.np_kind == 'contractor':
            cand = [b for b in bodies if b[3] in ('company', 'ngo', 'school')]
        elif self.np_kind == 'observer':
            cand = [b for b in bodies if b[3] in ('employers', 'council', 'union')]
        else:
            cand = bodies
        self.np_body = cand[0] if self.np_kind != 'venue' else topic['venue']
        self.partners = [b for b in bodies if b is not self.np_body]
        self.twin = r.choice(TWINS[self.lang])
        self.ilo = ILO[self.lang]
        self.un = UN[topic['un']][self.lang]
        self.subj = [s.format(w=topic['workers']) for s in SUBJ[self.lang]]
        self.verbs = [(a.format(w=topic['workers']), b.format(w=topic['workers'])) for a, b in VERB[self.lang]]
        r.shuffle(self.subj); r.shuffle(self.verbs)
        self._bi = 0; self._si = 0; self._vi = 0; self.used_sets = set()

    def next_shapes(self, k, seed):
        key = (self.lang, seed)
        q = Plan.queues.setdefault(key, [])
        out = []
        while len(out) < k:
            if not q:
                ids = sorted(TEMPLATES[self.lang]); random.Random(f'q{seed}{self.lang}{len(Plan.queues)}').shuffle(ids); q.extend(ids)
            s = q.pop(0)
            if s not in out: out.append(s)
        return out

    def body(self):
        b = self.partners[self._bi % len(self.partners)]; self._bi += 1; return b

    def slots(self, needs, seen=None):
        r = self.rng
        p = {}
        k = sum(ch in 'ABC' for ch in needs)
        pool = self.partners
        if seen is not None:   # table rows: only bodies already named in prose (a first mention in a narrow cell would wrap)
            pool = [b for b in self.partners if b[0] in seen] or self.partners
            if len(pool) < k: pool = self.partners
        if k:   # a set of local bodies not yet paired in this brochure (two records never share the same party set)
            for _ in range(30):
                pick = r.sample(pool, k)
                if frozenset(pick) not in self.used_sets: break
            self.used_sets.add(frozenset(pick))
            for ch, b in zip([ch for ch in needs if ch in 'ABC'], pick): p[ch] = b
        for ch in needs:
            if ch == 'I': p['I'] = self.ilo
            elif ch == 'U': p['U'] = self.un
            elif ch == 'W': p['W'] = self.twin
        p.setdefault('I', self.ilo)
        p['Y'] = r.randint(2021, self.issue_year - 1)
        p['R'] = r.randint(p['Y'] + 1, self.issue_year)
        p['Y2'] = r.randint(max(2026, p['Y'] + 2), 2029)
        p['M'] = MONTHS[self.lang][r.randrange(12)]
        p['S'] = self.subj[self._si % len(self.subj)]; self._si += 1
        v = self.verbs[self._vi % len(self.verbs)]; self._vi += 1
        p['V'], p['Vi'] = v
        return p

    def render(self, T, c, sid):
        needs, fn = TEMPLATES[self.lang][sid]
        p = self.slots(needs)
        text, (keys, inst, yk, ek) = fn(c, p)
        text = fix_contractions(cap(text), self.lang)
        parties = [Ctx.party(p[k]) for k in keys]
        T.ps(parties, inst, p[yk], p[ek] if ek else None)
        return text

    def amount(self):
        v = self.rng.choice(['2.4', '3.1', '3.8', '4.5', '5.2'])
        return {'en': f'US$ {v} million', 'fr': f'{v.replace(".", ",")} millions de dollars', 'es': f'{v.replace(".", ",")} millones de dólares'}[self.lang]

    def funding(self, T, c, shape):
        d = self.donor
        p = dict(I=self.ilo, Y=self.start, Y2=self.end, amt=self.amt)
        text = fix_contractions(funding_text(c, self.lang, shape, d, p), self.lang)
        T.ps([Ctx.party(d['body']), Ctx.party(self.ilo)], FUND, self.start, self.end)
        return text
