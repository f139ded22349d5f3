# designs9 planning: new partnership sentence templates, donors funding through their agency, a "Partner | Role | Since" table.
import re
import bank, bank9, core
from core import Org, cap, es_y

# kinds: fund (D = agency/donor, I = ILO), fundag (G = government, D = its agency), two, ilo2, three, four, jp, none
PT9 = {}
PT9['en'] = [
 ('fundag', 'funding', '{G_} supports the {project} project through its agency, {D}, which concluded a contribution agreement with {I} in {y}.'),
 ('fund', 'funding', 'Money for {project} comes from {D}, under a grant agreement with {I}. The grant was approved in {y} and covers the work until {e}.'),
 ('fund', 'funding', 'The {y}–{e} budget is a contribution from {D} to {I}.'),
 ('fund', 'funding', 'The project is financed by a grant from {D} to {I}, agreed in {y}.'),
 ('two', 'memorandum_of_understanding', 'A memorandum of understanding was signed by {A} and {B} in {y}.'),
 ('two', 'memorandum_of_understanding', '{A_} and {B} also have a memorandum of understanding on the referral of injured workers. It dates from {y}.'),
 ('two', 'cooperation_agreement', 'Under a cooperation agreement covering {y}–{e}, {A} trains staff nominated by {B}.'),
 ('two', 'cooperation_agreement', 'The cooperation agreement concluded in {y} between {A} and {B} sets out who inspects what.'),
 ('two', 'letter_of_intent', 'Both {A} and {B} are signatories of a letter of intent, which they signed in {y}.'),
 ('two', 'letter_of_intent', 'In {y}, a letter of intent was exchanged between {A} and {B}.'),
 ('ilo2', 'partnership', 'A partnership agreement, in place since {y}, connects {A} with {B}.'),
 ('three', 'memorandum_of_understanding', 'The {y} memorandum of understanding has three signatories: {A}, {B} and {C}.'),
 ('three', 'cooperation_agreement', 'A cooperation agreement was concluded in {y} by {A}, {B} and {C}. It expires in {e}.'),
 ('four', 'cooperation_agreement', 'Four institutions are parties to the framework agreement for {y}–{e}: {A}, {B}, {C} and {D4}.'),
 ('jp', 'programme', 'Alongside {U}, {I} runs the joint programme on {theme} ({y}–{e}).'),
 ('jp', 'programme', 'The project belongs to a joint programme of {I} and {U}. The programme started in {y}.'),
 ('none', None, '{X_} delivers the first-aid courses on a service contract.'),
 ('none', None, '{X_} is an observer on the steering committee and has signed none of these agreements.'),
 ('none', None, 'The baseline survey was carried out by {X}.'),
]
PT9['fr'] = [
 ('fundag', 'funding', '{G_} soutient le projet {project} par l’intermédiaire de son agence, {D}, qui a conclu un accord de contribution avec {I} en {y}.'),
 ('fund', 'funding', 'Les fonds du projet {project} proviennent de {D}, au titre d’un accord de subvention avec {I}. La subvention a été approuvée en {y} et couvre les activités jusqu’en {e}.'),
 ('fund', 'funding', 'Le budget {y}-{e} est une contribution versée par {D} à {I}.'),
 ('fund', 'funding', 'Le projet est financé grâce à une subvention que {D} a accordée à {I} en {y}.'),
 ('two', 'memorandum_of_understanding', 'Un protocole d’accord a été signé par {A} et {B} en {y}.'),
 ('two', 'memorandum_of_understanding', '{A_} et {B} ont aussi conclu un protocole d’accord sur l’orientation des travailleurs blessés. Il date de {y}.'),
 ('two', 'cooperation_agreement', 'Au titre d’une convention de collaboration couvrant la période {y}-{e}, {A} forme les agents désignés par {B}.'),
 ('two', 'cooperation_agreement', 'La convention de collaboration conclue en {y} entre {A} et {B} précise qui inspecte quoi.'),
 ('two', 'letter_of_intent', '{A_} et {B} sont signataires d’une même lettre d’intention, signée en {y}.'),
 ('two', 'letter_of_intent', 'En {y}, une lettre d’intention a été échangée entre {A} et {B}.'),
 ('ilo2', 'partnership', 'Un accord de partenariat, en place depuis {y}, associe {A} et {B}.'),
 ('three', 'memorandum_of_understanding', 'Le protocole d’accord de {y} compte trois signataires : {A}, {B} et {C}.'),
 ('three', 'cooperation_agreement', 'Une convention de collaboration a été conclue en {y} par {A}, {B} et {C}. Elle expire en {e}.'),
 ('four', 'cooperation_agreement', 'Quatre institutions sont parties à l’accord-cadre {y}-{e} : {A}, {B}, {C} et {D4}.'),
 ('jp', 'programme', 'Avec {U}, {I} mène le programme conjoint sur {theme} ({y}-{e}).'),
 ('jp', 'programme', 'Le projet s’inscrit dans un programme conjoint que {I} mène avec {U}. Ce programme a démarré en {y}.'),
 ('none', None, '{X_} dispense les cours de secourisme dans le cadre d’un contrat de prestation.'),
 ('none', None, '{X_} siège comme observateur au comité de pilotage et n’a signé aucun de ces accords.'),
 ('none', None, 'L’enquête de référence a été réalisée par {X}.'),
]
PT9['es'] = [
 ('fundag', 'funding', '{G_} apoya el proyecto {project} a través de su agencia, {D}, que concluyó un acuerdo de contribución con {I} en {y}.'),
 ('fund', 'funding', 'Los recursos de {project} provienen de {D}, en virtud de un acuerdo de donación con {I}. La donación se aprobó en {y} y cubre las actividades hasta {e}.'),
 ('fund', 'funding', 'El presupuesto {y}-{e} es una contribución de {D} a {I}.'),
 ('fund', 'funding', 'El proyecto se financia con una donación de {D} a {I}, acordada en {y}.'),
 ('two', 'memorandum_of_understanding', 'Un memorando de entendimiento fue firmado por {A} y {B} en {y}.'),
 ('two', 'memorandum_of_understanding', '{A_} y {B} tienen además un memorando de entendimiento sobre la derivación de trabajadores lesionados. Data de {y}.'),
 ('two', 'cooperation_agreement', 'En virtud de un convenio de colaboración para {y}-{e}, {A} capacita al personal designado por {B}.'),
 ('two', 'cooperation_agreement', 'El convenio de cooperación suscrito en {y} entre {A} y {B} define quién inspecciona qué.'),
 ('two', 'letter_of_intent', '{A_} y {B} son firmantes de una misma carta de intención, suscrita en {y}.'),
 ('two', 'letter_of_intent', 'En {y}, {A} y {B} intercambiaron una carta de intención.'),
 ('ilo2', 'partnership', 'Un acuerdo de asociación, vigente desde {y}, une a {A} con {B}.'),
 ('three', 'memorandum_of_understanding', 'El memorando de entendimiento de {y} tiene tres firmantes: {A}, {B} y {C}.'),
 ('three', 'cooperation_agreement', 'Un convenio de colaboración fue suscrito en {y} por {A}, {B} y {C}. Vence en {e}.'),
 ('four', 'cooperation_agreement', 'Cuatro instituciones son partes del acuerdo marco {y}-{e}: {A}, {B}, {C} y {D4}.'),
 ('jp', 'programme', 'Junto con {U}, {I} ejecuta el programa conjunto sobre {theme} ({y}-{e}).'),
 ('jp', 'programme', 'El proyecto forma parte de un programa conjunto que {I} ejecuta con {U}. El programa comenzó en {y}.'),
 ('none', None, '{X_} imparte los cursos de primeros auxilios con un contrato de servicios.'),
 ('none', None, '{X_} participa como observador en el comité directivo y no ha firmado ninguno de estos acuerdos.'),
 ('none', None, 'La encuesta de línea de base la realizó {X}.'),
]
INTRO = dict(en='The project was designed together with {A} and {B}.', fr='Le projet a été conçu avec {A} et {B}.',
             es='El proyecto se diseñó junto con {A} y {B}.')
ROLE = dict(en=dict(funding='Donor', memorandum_of_understanding='Memorandum of understanding', cooperation_agreement='Cooperation agreement',
                    letter_of_intent='Letter of intent', partnership='Partnership agreement', programme='Joint programme', new='Letter of intent with the ILO'),
            fr=dict(funding='Bailleur de fonds', memorandum_of_understanding='Protocole d’accord', cooperation_agreement='Convention de collaboration',
                    letter_of_intent='Lettre d’intention', partnership='Accord de partenariat', programme='Programme conjoint', new='Lettre d’intention avec l’OIT'),
            es=dict(funding='Donante', memorandum_of_understanding='Memorando de entendimiento', cooperation_agreement='Convenio de colaboración',
                    letter_of_intent='Carta de intención', partnership='Acuerdo de asociación', programme='Programa conjunto', new='Carta de intención con la OIT'))
PRS = dict(en=('Partner', 'Role', 'Since'), fr=('Partenaire', 'Rôle', 'Depuis'), es=('Socio', 'Función', 'Desde'))

def contract(s, L):
    if L == 'fr':
        s = re.sub(r'\bde le ', 'du ', s); s = re.sub(r'\bà le ', 'au ', s); s = re.sub(r'\bde les ', 'des ', s); s = re.sub(r'\bà les ', 'aux ', s)
        s = re.sub(r'\bde ([aeiouéèAEIOUÉ])', r'd’\1', s)
    elif L == 'es':
        s = re.sub(r'\bde el ', 'del ', s); s = re.sub(r'\ba el ', 'al ', s)
    return s

class Plan9(core.Plan):
    def __init__(self, rng, lang, topic):
        super().__init__(rng, lang, topic)
        L = lang
        self.project = rng.choice(bank9.PROJECTS9)
        self.slots['project'] = self.project
        self.url = f"www.ilo.org/{self.project.lower().replace(' ', '-')}-{topic['key'].split('-')[1].lower()}"
        self.subtitle = cap(self.fmt(core.SUB[L]))
        self.contact_lines = [self.fmt(bank.COORD[L]['m' if self.contact_name in bank.MALE else 'f'])] + [
            self.fmt(x.replace('{phone}', self.phone).replace('{email}', self.email)) for x in core.CONTACT[L][1:]]
        g, a = rng.choice(bank9.DONORS9)[L]
        self.gov = Org(g[0], g[1], g[2], g[3]); self.donor = Org(a[0], a[1], a[2], a[3])
        self.used_t = set()
        self.loc = self.locals[:]; rng.shuffle(self.loc)
        self.role = {o[0]: o[2] for o in topic['orgs']}

    def psent(self, kind, rng=None, parties=None, idx=None):
        rng = rng or self.rng; L = self.lang
        cands = [t for t in PT9[L] if t[0] == kind]
        fresh = [t for t in cands if t[2] not in self.used_t]
        tmpl = cands[idx] if idx is not None else rng.choice(fresh or cands); self.used_t.add(tmpl[2])
        _, instr, text = tmpl
        y = rng.choice([self.y0 - 3, self.y0 - 2, self.y0 - 1, self.y0, self.y0 + 1]); e = y + rng.choice([2, 3, 4])
        if kind in ('fund', 'fundag', 'jp'): y, e = self.y0, self.e0
        if kind == 'fund': cast = {'D': self.donor, 'I': self.ilo}; order = ['D', 'I']
        elif kind == 'fundag': cast = {'G': self.gov, 'D': self.donor, 'I': self.ilo}; order = ['D', 'I']
        elif kind == 'jp': cast = {'I': self.ilo, 'U': self.un}; order = ['I', 'U']
        elif kind == 'none': cast = {'X': parties[0]}; order = []
        else:
            k = {'two': 2, 'ilo2': 2, 'three': 3, 'four': 4}[kind]
            keys = ['A', 'B', 'C', 'D4'][:k]; cast = dict(zip(keys, parties)); order = keys
        def sub(m):
            key = m.group(1); c = key.endswith('_'); key = key.rstrip('_')
            if key in cast: return self.ref(cast[key], c)
            return str(dict(y=y, e=e, project=self.project, theme=self.tp['theme'][L])[key])
        s = re.sub(r'\{(\w+?)\}', sub, text)
        s = contract(s, L)
        if L == 'es': s = es_y(s)
        s = cap(s).replace('..', '.')
        if instr:
            self.partnerships.append(dict(parties=[cast[k].party for k in order], instrument=instr, year=y,
                                          end_year=e if '{e}' in text else None, orgs=[cast[k] for k in order]))
        return s

    def intro(self):
        """Names two local bodies (acronyms defined here) before any partnership sentence."""
        withacr = [o for o in self.loc[:5] if o.acr]
        a, b = (withacr + [o for o in self.loc[:5] if o not in withacr])[:2]
        s = re.sub(r'\{(\w)\}', lambda m: self.ref(a if m.group(1) == 'A' else b), INTRO[self.lang])
        s = contract(s, self.lang)
        return es_y(s) if self.lang == 'es' else s

    def partner_sents(self):
        rng = self.rng; pool = self.loc[:5]
        sents = [self.psent(rng.choice(['fund', 'fundag', 'fundag']))]
        kinds = rng.sample(['two', 'ilo2', 'three', 'four', 'jp', 'two'], 3)
        for k in kinds:
            if k == 'jp': sents.append(self.psent('jp')); continue
            n = {'two': 2, 'ilo2': 2, 'three': 3, 'four': 4}[k]
            if k == 'ilo2': ps = [self.ilo, rng.choice(pool)]
            else:
                ps = rng.sample(pool, n)
                if rng.random() < .4: ps[-1] = self.ilo
            sents.append(self.psent(k, parties=ps))
        x = self.loc[5]; role = self.role[x.name]   # what a non-party plausibly does: service contract 0, observer 1, baseline data 2
        idx = rng.choice({'firm': [0], 'ngo': [0, 2], 'agency': [2, 1], 'gov': [1, 2], 'emp': [1], 'union': [1]}[role])
        sents.append(self.psent('none', parties=[x], idx=idx))
        return sents

    def partner_paras(self, n_par=2):
        sents = self.partner_sents()
        cut = len(sents) // 2 if n_par == 2 else len(sents)
        return [p for p in ([' '.join(sents[:cut]), ' '.join(sents[cut:])] if n_par == 2 else [' '.join(sents)]) if p]

    def since_rows(self):
        """'Partner | Role | Since' rows: one row per recorded partnership with a local body (repeats, no new record),
        then one row that is the only statement of a letter of intent with the ILO (a new record)."""
        L = self.lang; R = ROLE[L]; rows = []
        for p in self.partnerships:
            if p['instrument'] == 'funding':
                rows.append([p['orgs'][0].party, R['funding'], str(p['year'])]); continue
            locs = [o for o in p['orgs'] if o in self.locals]
            if locs: rows.append([locs[0].party, R[p['instrument']], str(p['year'])])
        used = {id(o) for p in self.partnerships for o in p['orgs']}
        cand = [o for o in self.loc[:5] if id(o) not in used] or self.loc[:5]
        x = cand[0]; y = min(self.y0 + 1, 2026)
        if id(x) in self.seen: name = x.acr or x.name
        else:
            self.seen.add(id(x)); self.mentioned.append(x); name = x.name + (f' ({x.acr})' if x.acr else '')
        rows.append([name, R['new'], str(y)])
        self.partnerships.append(dict(parties=[x.party, self.ilo.party], instrument='letter_of_intent', year=y, end_year=None, orgs=[x, self.ilo]))
        return rows
