# Content planning: draws a topic, partners and sentences from the bank and resolves organization references.
import re, random
import bank

def cap(s): return s[:1].upper() + s[1:] if s else s

PT = {}  # partnership templates: (kind, instrument, text); kinds: fund, two, ilo2, three, four, jp, none
PT['en'] = [
 ('fund', 'funding', 'The {project} project is funded by {D} under a contribution agreement signed with {I} in {y}.'),
 ('fund', 'funding', '{D_} finances the work through a grant to {I} covering {y}–{e}.'),
 ('fund', 'funding', 'Funding comes from {D}. The agreement with {I} was signed in {y} and runs until {e}.'),
 ('fund', 'funding', 'Since {y}, {D} has supported the project with a contribution to {I}; the current phase ends in {e}.'),
 ('two', 'memorandum_of_understanding', '{A_} and {B} signed a memorandum of understanding in {y} to share inspection data.'),
 ('two', 'memorandum_of_understanding', 'In {y}, {A} concluded a memorandum of understanding with {B}. It was renewed in {y2} for three more years.'),
 ('two', 'cooperation_agreement', 'A cooperation agreement between {A} and {B} has governed training on site since {y}.'),
 ('two', 'cooperation_agreement', '{A_} and {B} put their names to a cooperation agreement in {y}. It remains in force until {e}.'),
 ('two', 'letter_of_intent', '{A_} and {B} signed a letter of intent in {y}, after a season of joint visits.'),
 ('two', 'letter_of_intent', '{A_} and {B} also signed a letter of intent. That was in {y}, when the first committees were set up.'),
 ('ilo2', 'partnership', '{A_} has had a partnership agreement with {B} since {y}.'),
 ('three', 'memorandum_of_understanding', 'A memorandum of understanding signed in {y} brings together three partners: {A}, {B} and {C}.'),
 ('three', 'cooperation_agreement', '{A_}, {B} and {C} signed a tripartite cooperation agreement in {y}, valid until {e}.'),
 ('four', 'cooperation_agreement', '{A_}, {B}, {C} and {D4} are parties to a framework agreement in force from {y} to {e}.'),
 ('jp', 'programme', '{I_} and {U} run a joint programme on {theme}, launched in {y} and planned until {e}.'),
 ('jp', 'programme', 'The work is part of a joint programme of {I} and {U} ({y}–{e}).'),
 ('none', None, '{X_} provides medical check-ups under a service contract.'),
 ('none', None, '{X_} sits on the steering committee but is not a party to these agreements.'),
 ('none', None, 'Baseline figures were supplied by {X}.'),
]
PT['fr'] = [
 ('fund', 'funding', 'Le projet {project} est financé par {D} au titre d’un accord de contribution signé avec {I} en {y}.'),
 ('fund', 'funding', '{D_} finance les activités grâce à une subvention accordée à {I} pour {y}-{e}.'),
 ('fund', 'funding', 'Le financement est assuré par {D}. L’accord avec {I} a été signé en {y} et court jusqu’en {e}.'),
 ('fund', 'funding', 'Depuis {y}, {D} soutient le projet par une contribution versée à {I} ; la phase actuelle s’achève en {e}.'),
 ('two', 'memorandum_of_understanding', '{A_} et {B} ont signé un protocole d’accord en {y} pour partager les données d’inspection.'),
 ('two', 'memorandum_of_understanding', 'En {y}, {A} a conclu un protocole d’accord avec {B}. Il a été renouvelé en {y2} pour trois ans.'),
 ('two', 'cooperation_agreement', 'Une convention de collaboration lie {A} et {B} depuis {y} pour la formation sur site.'),
 ('two', 'cooperation_agreement', '{A_} et {B} ont paraphé une convention de partenariat en {y}. Elle reste en vigueur jusqu’en {e}.'),
 ('two', 'letter_of_intent', '{A_} et {B} ont signé une lettre d’intention en {y}, après une saison de visites conjointes.'),
 ('two', 'letter_of_intent', '{A_} et {B} ont aussi signé une lettre d’intention. C’était en {y}, lors de la mise en place des premiers comités.'),
 ('ilo2', 'partnership', 'Depuis {y}, un accord de partenariat lie {A} et {B}.'),
 ('three', 'memorandum_of_understanding', 'Un protocole d’accord signé en {y} réunit trois partenaires : {A}, {B} et {C}.'),
 ('three', 'cooperation_agreement', '{A_}, {B} et {C} ont signé en {y} une convention tripartite, valable jusqu’en {e}.'),
 ('four', 'cooperation_agreement', '{A_}, {B}, {C} et {D4} sont parties à un accord-cadre en vigueur de {y} à {e}.'),
 ('jp', 'programme', '{I_} et {U} mènent un programme conjoint, lancé en {y} et prévu jusqu’en {e}.'),
 ('jp', 'programme', 'Les activités s’inscrivent dans un programme conjoint mené par {I} et {U} ({y}-{e}).'),
 ('none', None, '{X_} assure des visites médicales dans le cadre d’un contrat de prestation de services.'),
 ('none', None, '{X_} siège au comité de pilotage sans être partie à ces accords.'),
 ('none', None, 'Les données de référence ont été fournies par {X}.'),
]
PT['es'] = [
 ('fund', 'funding', 'El proyecto {project} está financiado por {D} mediante un acuerdo de contribución firmado con {I} en {y}.'),
 ('fund', 'funding', '{D_} financia las actividades con una donación a {I} para el período {y}-{e}.'),
 ('fund', 'funding', 'Los fondos los aporta {D}. El acuerdo con {I} se firmó en {y} y está vigente hasta {e}.'),
 ('fund', 'funding', 'Desde {y}, {D} apoya el proyecto con una contribución a {I}; la fase actual concluye en {e}.'),
 ('two', 'memorandum_of_understanding', '{A_} y {B} firmaron un memorando de entendimiento en {y} para compartir datos de inspección.'),
 ('two', 'memorandum_of_understanding', 'En {y}, {A} suscribió un memorando de entendimiento con {B}. Se renovó en {y2} por tres años más.'),
 ('two', 'cooperation_agreement', 'Un convenio de colaboración entre {A} y {B} rige la formación en los lugares de trabajo desde {y}.'),
 ('two', 'cooperation_agreement', '{A_} y {B} firmaron un convenio de cooperación en {y}, vigente hasta {e}.'),
 ('two', 'letter_of_intent', '{A_} y {B} firmaron una carta de intención en {y}, tras una temporada de visitas conjuntas.'),
 ('two', 'letter_of_intent', '{A_} y {B} también firmaron una carta de intención. Fue en {y}, cuando se crearon los primeros comités.'),
 ('ilo2', 'partnership', 'Desde {y}, {A} mantiene una alianza con {B} en el marco de un acuerdo de asociación.'),
 ('three', 'memorandum_of_understanding', 'Un memorando de entendimiento firmado en {y} reúne a tres socios: {A}, {B} y {C}.'),
 ('three', 'cooperation_agreement', '{A_}, {B} y {C} suscribieron en {y} un convenio tripartito, vigente hasta {e}.'),
 ('four', 'cooperation_agreement', '{A_}, {B}, {C} y {D4} son partes de un acuerdo marco vigente de {y} a {e}.'),
 ('jp', 'programme', '{I_} y {U} ejecutan un programa conjunto iniciado en {y} y previsto hasta {e}.'),
 ('jp', 'programme', 'Las actividades forman parte de un programa conjunto ejecutado por {I} y {U} ({y}-{e}).'),
 ('none', None, '{X_} realiza los chequeos médicos mediante un contrato de servicios.'),
 ('none', None, '{X_} forma parte del comité directivo, pero no es parte de estos acuerdos.'),
 ('none', None, 'Los datos de referencia los proporcionó {X}.'),
]

H = dict(
 en=dict(problem='The challenge', approach='What we do', partners='Who we work with', results='Results so far', next='Next steps',
         contact='Contact', glance='At a glance', voice='In their words', asks='What we ask for', duration='Duration', budget='Budget',
         where='Where', target='Target', ind='Indicator', base='Baseline', now='Now', goal='Target', page='Page', of='of'),
 fr=dict(problem='L’enjeu', approach='Ce que nous faisons', partners='Nos partenaires', results='Premiers résultats', next='Prochaines étapes',
         contact='Contact', glance='En bref', voice='Paroles de terrain', asks='Ce que nous demandons', duration='Durée', budget='Budget',
         where='Zone', target='Cible', ind='Indicateur', base='Référence', now='Aujourd’hui', goal='Cible', page='Page', of='sur'),
 es=dict(problem='El desafío', approach='Qué hacemos', partners='Con quién trabajamos', results='Resultados', next='Próximos pasos',
         contact='Contacto', glance='En breve', voice='En sus palabras', asks='Lo que pedimos', duration='Duración', budget='Presupuesto',
         where='Zona', target='Meta', ind='Indicador', base='Línea de base', now='Hoy', goal='Meta', page='Página', of='de'))

TITLES = dict(en=['Decent work for {workers} {inplace}', 'Safer, fairer work in {sector} {inplace}', '{Theme}: what is changing {inplace}'],
              fr=['Un travail décent pour {workers} {inplace}', 'Des conditions de travail plus sûres pour {workers} {inplace}', '{Theme} : ce qui change {inplace}'],
              es=['Trabajo decente para {workers} {inplace}', 'Condiciones más seguras para {workers} {inplace}', '{Theme}: lo que está cambiando {inplace}'])
SUB = dict(en='{country} · {project} project, {y0}–{e0}', fr='{country} · Projet {project}, {y0}-{e0}', es='{country} · Proyecto {project}, {y0}-{e0}')
CONTACT = dict(en=('Project Coordinator, {project}', 'ILO Country Office, {place}', 'Tel.: {phone}', 'Email: {email}'),
               fr=('Coordonnatrice du projet {project}', 'Bureau de pays de l’OIT, {place}', 'Tél. : {phone}', 'Courriel : {email}'),
               es=('Coordinadora del proyecto {project}', 'Oficina de País de la OIT, {place}', 'Tel.: {phone}', 'Correo electrónico: {email}'))

def es_y(s):  # Spanish "y" -> "e" before an i- sound
    return re.sub(r'\by (?=(?:[IiÍí]|[Hh][IiÍí])(?![aeoáéóAEO]))', 'e ', s)

class Org:
    def __init__(self, name, acr, art, ccs=()):
        self.name, self.acr, self.art, self.ccs = name, acr, art, list(ccs)
    @property
    def party(self): return self.acr or self.name

def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z]+', '', s)

class Plan:
    """Everything a brochure says, drawn from the bank with one seeded RNG."""
    def __init__(self, rng, lang, topic):
        self.rng, self.lang, self.tp = rng, lang, topic
        L = lang
        tp = topic
        self.project = rng.choice(bank.PROJECTS)
        self.y0 = rng.choice([2022, 2023, 2024]); self.e0 = self.y0 + rng.choice([3, 4])
        self.n1 = f'{rng.randint(12, 90)}{"," if L == "en" else chr(0x202f) if L == "fr" else "."}{rng.randint(0, 9)}00'
        self.n2 = f'{rng.randint(2, 9)}{"," if L == "en" else chr(0x202f) if L == "fr" else "."}{rng.randint(100, 999)}'
        self.pct = rng.randint(35, 72)
        self.slots = dict(workers=tp['workers'][L], Workers=cap(tp['workers'][L]), sector=tp['sector'][L], inplace=tp['inplace'][L],
                          country=tp['country'][L], n1=self.n1, n2=self.n2, pct=self.pct, theme=tp['theme'][L], Theme=cap(tp['theme'][L]),
                          project=self.project, place=tp['place'], worker1=tp['worker1'][L], y0=self.y0, e0=self.e0)
        self.mentioned = []   # orgs in order of first mention
        self.seen = set()
        n, a, art = bank.ILO[L]; self.ilo = Org(n, a, art)
        self.locals = [Org(o[0], o[1], {'en': o[3], 'fr': o[4], 'es': o[5]}[L], [tp['cc']] if tp['country']['en'].replace('the ', '') in o[0] else []) for o in tp['orgs']]
        d = rng.choice(bank.DONORS)[L]; self.donor = Org(d[0], d[1], d[2], d[3])
        u = rng.choice(bank.UN)[L]; self.un = Org(u[0], u[1], u[2])
        self.countries = [tp['cc']]
        self.partnerships = []
        self.used_t = set()
        S = bank.S[L]
        self.problem = rng.sample(S['problem'], 3)
        self.approach = rng.sample(S['approach'], 3)
        self.results = rng.sample(S['results'], 2)
        self.nextp = S['next'][0]
        bl = rng.sample(S['bullets'], 5)
        self.bullets = [bl[0], (bl[1], rng.sample(S['sub'], 2)), bl[2], bl[3]]
        self.asks = [bl[4], bl[0], bl[2]]
        q = rng.choice(S['quotes']); who = rng.choice(tp['people'][1:])
        g = 'm' if who in bank.MALE else 'f'
        wfem = tp['worker1']['es'].split()[0].endswith('a')
        roles = bank.ROLES[L][g]
        if L != 'en' and (g == 'f') != wfem: roles = roles[1:]
        self.quote = (q, who, self.fmt(rng.choice(roles)))
        self.contact_name = tp['people'][0]
        self.email = slug(self.contact_name.split()[-1]) + '@ilo.org'
        self.phone = f"{tp['phone']} {rng.randint(1000, 9999)}"
        self.url = f"www.ilo.org/{self.project.lower().replace(' ', '-')}-{tp['key'].split('-')[1].lower()}"
        self.title = cap(self.fmt(rng.choice(bank_titles(L))))
        self.subtitle = cap(self.fmt(SUB[L]))
        self.contact_lines = [self.fmt(x.replace('{phone}', self.phone).replace('{email}', self.email)) for x in CONTACT[L]]
        self.contact_lines[0] = self.fmt(bank.COORD[L]['m' if self.contact_name in bank.MALE else 'f'])
        # indicators table
        inds = bank.IND[L][:4]
        rows = []
        for lab in inds:
            b = 0 if rng.random() < .5 else rng.randint(1, 20); nw = rng.randint(100, 900); g = nw + rng.randint(200, 900)
            if '%' in lab or 'social' in lab:
                b, nw, g = rng.randint(3, 15), rng.randint(20, 45), rng.randint(50, 80)
                pc = ' %' if L != 'en' else '%'
                rows.append([lab, f'{b}{pc}', f'{nw}{pc}', f'{g}{pc}'])
            else:
                rows.append([lab, str(b), str(nw), str(g)])
        self.ind_rows = rows
        self.head = H[L]

    def fmt(self, s):
        out = s.format(**self.slots) if '{' in s else s
        return es_y(out) if self.lang == 'es' else out

    def ref(self, o, capital=False):
        if id(o) not in self.seen:
            self.seen.add(id(o)); self.mentioned.append(o)
            for c in o.ccs:
                if c not in self.countries: self.countries.append(c)
            s = o.art + o.name + (f' ({o.acr})' if o.acr else '')
        else:
            s = o.art + (o.acr or o.name)
        return cap(s) if capital else s

    def psent(self, kind, rng=None, parties=None):
        """One partnership (or non-partnership) sentence; records the partnership."""
        rng = rng or self.rng
        L = self.lang
        cands = [t for t in PT[L] if t[0] == kind]
        fresh = [t for t in cands if t[2] not in self.used_t]
        tmpl = rng.choice(fresh or cands); self.used_t.add(tmpl[2])
        _, instr, text = tmpl
        y = rng.choice([self.y0 - 3, self.y0 - 2, self.y0 - 1, self.y0, self.y0 + 1]); e = y + rng.choice([2, 3, 4]); y2 = min(y + rng.choice([2, 3]), 2026)
        if kind in ('fund', 'jp'): y, e = self.y0, self.e0
        if kind == 'fund': cast = {'D': self.donor, 'I': self.ilo}; order = ['D', 'I']
        elif kind == 'jp': cast = {'I': self.ilo, 'U': self.un}; order = ['I', 'U']
        elif kind == 'none': cast = {'X': parties[0]}; order = []
        else:
            k = {'two': 2, 'ilo2': 2, 'three': 3, 'four': 4}[kind]
            ps = parties or []
            keys = ['A', 'B', 'C', 'D4'][:k]
            cast = dict(zip(keys, ps)); order = keys
        def sub(m):
            key = m.group(1); c = key.endswith('_'); key = key.rstrip('_')
            if key in cast: return self.ref(cast[key], c)
            return str(dict(y=y, e=e, y2=y2, project=self.project, theme=self.tp['theme'][L])[key])
        s = re.sub(r'\{(\w+?)\}', sub, text)
        if L == 'es': s = es_y(s)
        s = cap(s).replace('..', '.')
        if instr:
            self.partnerships.append(dict(parties=[cast[k].party for k in order], instrument=instr, year=y,
                                          end_year=e if '{e}' in text else None))
        return s

    def partner_paras(self, n_par=2):
        """A set of partnership sentences grouped into paragraphs; returns list of paragraph strings."""
        rng = self.rng
        loc = self.locals[:]
        rng.shuffle(loc)
        sents = [self.psent('fund')]
        kinds = rng.sample(['two', 'ilo2', 'three', 'four', 'jp', 'two'], 3)
        pool = loc[:5]
        for k in kinds:
            if k == 'jp': sents.append(self.psent('jp')); continue
            n = {'two': 2, 'ilo2': 2, 'three': 3, 'four': 4}[k]
            if k == 'ilo2': ps = [self.ilo, rng.choice(pool)]
            else:
                ps = rng.sample(pool, n)
                if rng.random() < .4: ps[-1] = self.ilo
            sents.append(self.psent(k, parties=ps))
        sents.append(self.psent('none', parties=[loc[5]]))
        # group
        cut = len(sents) // 2 if n_par == 2 else len(sents)
        paras = [' '.join(sents[:cut]), ' '.join(sents[cut:])] if n_par == 2 else [' '.join(sents)]
        return [p for p in paras if p]

    def orgs_truth(self, extra=()):
        seen = set(); out = []
        for o in [self.ilo] + self.mentioned + list(extra):
            if o.name in seen: continue
            seen.add(o.name); out.append((o.name, o.acr))
        return out

def bank_titles(L): return TITLES[L]
