"""Small spaCy components of our own, each registered by name and testable on its own.

Each component adds what it finds to one ``Marks`` in ``doc.user_data["marks"]`` (lists of spans,
each set once), and a component reading what an earlier one found gets the spans themselves.
``doc.ents`` is not used: reading or writing it walks every token of the Doc (writing it cost as
much as all the matching); ``marks.entities`` could be assigned to it as they are.

- ``brochure_known_names``: the bodies and regions of the data files by their exact spelling, as
  spaCy's entity ruler marks them (the longest match first, then the earliest; no two sharing a
  token), into ``marks.known`` (label ORG or LOC, span id = the org or region id).
- ``brochure_countries``: countries into ``marks.countries`` (label = ISO alpha-2), longest
  match first, place names that only contain a country ("West Papua", "New Guinea") removed, and
  country names used as a person's name ("Georgia Thompson") removed; a region word inside a
  country's name is no region.
- ``brochure_organizations``: removes known acronyms inside all-capital
  runs ("WHO WE ARE"), finds organization-shaped names not in the data ("Ministry of ...",
  "... Federation") and acronym definitions in both directions ("Long Name (LN)", "The LN is the
  Long Name"), recorded in ``marks.acronyms``. What the known names and these finders propose
  becomes ``marks.entities`` through one rule, ``without_overlaps``.
- ``brochure_years``: calendar years into ``marks.years`` (label = the year), both ends of ranges,
  never phone numbers, amounts, percentages or counts.
- ``brochure_themes``: theme vocabulary into ``marks.themes`` (label = theme id).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.anchors import leading_look_behind
from pipeline.entities.vocabulary import country_names, organizations, regions, themes
from pipeline.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, alternation, language_data, own_data
from pipeline.resources import data_file
from pipeline.structure.shapes import looks_like_person_name

NOT_A_PLACE = "NOT_A_PLACE"
MARKS = "marks"
"""The key of the Doc's ``user_data`` that holds its ``Marks``."""


@dataclass(slots=True)
class Marks:
    """What the components found in one Doc, each list in document order."""

    known: list[Span] = field(default_factory=list)
    """Names of the data files: label ORG (span id = org id) or LOC (span id = region id)."""
    entities: list[Span] = field(default_factory=list)
    """The Doc's entities (ORG and LOC, none overlapping, so they could be ``doc.ents``): the known
    names that stay and the names found by their shape."""
    countries: list[Span] = field(default_factory=list)
    years: list[Span] = field(default_factory=list)
    themes: list[Span] = field(default_factory=list)
    acronyms: list[tuple[str, Span]] = field(default_factory=list)
    """(acronym, the entity whose name it abbreviates) for each definition the text makes."""
    held_regions: list[Span] = field(default_factory=list)
    """Regions named inside the name of a body's office that the body's mention spans ("Oficina de
    la OIT para América Central, Haití y Panamá"): region mentions all the same, kept apart from
    ``entities`` because they overlap the body's."""


def marks_of(doc: Doc) -> Marks:
    """The Doc's ``Marks``, made empty the first time a component asks."""
    marks = doc.user_data.get(MARKS)
    if marks is None:
        marks = doc.user_data[MARKS] = Marks()
    return marks


def doc_text(doc: Doc) -> str:
    """The Doc's text: the one the caller put in ``user_data["text"]`` when it has it (``doc.text``
    rebuilds the string from every token each time it is asked)."""
    return doc.user_data.get("text") or doc.text


DISTINCT_WORDS = "distinct_words"
"""The key of the Doc's ``user_data`` that holds its ``DistinctWords``."""


@dataclass(frozen=True, slots=True)
class DistinctWords:
    """A Doc's words read from its ORTH array (no Token made per word): ``orths`` the hash of each
    token's text in Doc order, ``texts`` each distinct text once (by its hash)."""

    orths: object
    """numpy array of uint64, one per token."""
    texts: dict[int, str]


def distinct_words(doc: Doc) -> DistinctWords:
    """The Doc's ``DistinctWords``, read the first time a component asks."""
    found = doc.user_data.get(DISTINCT_WORDS)
    if found is None:
        orths = doc.to_array(ORTH)
        strings = doc.vocab.strings
        found = doc.user_data[DISTINCT_WORDS] = DistinctWords(orths, {orth: strings[orth] for orth in set(orths.tolist())})
    return found


def _covered(doc: Doc, spans) -> bytearray:
    """One flag per token of ``doc``: 1 where one of ``spans`` covers it. Overlap tests then cost the
    length of the span tested, not the number of spans (comparing every span with every other was
    quadratic, and a long document has tens of thousands)."""
    flags = bytearray(len(doc))
    for span in spans:
        flags[span.start:span.end] = b"\x01" * (span.end - span.start)
    return flags


def without_overlaps(spans: Iterable[Span]) -> list[Span]:
    """The spans of ``spans`` (which may overlap) that become entities: in document order, no two
    sharing a token, as ``doc.ents`` requires.

    One total order decides, whatever order ``spans`` come in: the longer span first (in tokens),
    then the earlier, then one with an id from the data (a known body or region) before a name found
    by its shape, then by label and id. Taken in that order, a span is kept unless a span kept
    before it holds one of its tokens."""
    spans = list(spans)
    if not spans:
        return []
    taken = bytearray(len(spans[0].doc))
    kept = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, not s.id_, s.label_, s.id_)):
        if not any(taken[span.start:span.end]):
            taken[span.start:span.end] = b"\x01" * len(span)
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def known_name_patterns() -> dict[str, tuple[str, list[str]]]:
    """Organization and region id -> (label, the texts that name it): ORG for organizations (name,
    aliases, acronym), LOC for regions (name, aliases); case-sensitive."""
    patterns: dict[str, tuple[str, list[str]]] = {}
    for org_id, org in sorted(organizations().items()):
        patterns[org_id] = ("ORG", sorted({org["name"], *org["aliases"], *([org["acronym"]] if org["acronym"] else [])}))
    for region_id, region in sorted(regions().items()):
        patterns[region_id] = ("LOC", sorted({region["name"], *region["aliases"]}))
    return patterns


@Language.factory("brochure_known_names")
def make_known_names(nlp: Language, name: str) -> KnownNameFinder:
    return KnownNameFinder(nlp)


class KnownNameFinder:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        for key, (label, texts) in known_name_patterns().items():
            if label == "ORG":  # a masthead in capitals: "ORGANISATION INTERNATIONALE DU TRAVAIL" (names of two words or more)
                texts = sorted({*texts, *(text.upper() for text in texts if " " in text)})
            self.matcher.add(key, list(nlp.tokenizer.pipe(texts)))
            self.labels[nlp.vocab.strings[key]] = (label, key)

    def __call__(self, doc: Doc) -> Doc:
        taken = bytearray(len(doc))
        known = []
        # the entity ruler's order: the longest first, then the earliest (no two data names are
        # spelled alike, so no two matches tie)
        for match_id, start, end in sorted(set(self.matcher(doc)), key=lambda m: (m[1] - m[2], m[1])):
            if start < end and not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                label, key = self.labels[match_id]
                known.append(Span(doc, start, end, label=label, span_id=key))
        known.sort(key=lambda span: span.start)
        marks_of(doc).known = known
        return doc


@Language.factory("brochure_countries", default_config={"language": DEFAULT_LANGUAGE})
def make_countries(nlp: Language, name: str, language: str) -> CountryFinder:
    return CountryFinder(nlp, language)


class CountryFinder:
    def __init__(self, nlp: Language, language: str = DEFAULT_LANGUAGE):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_code: dict[str, list[str]] = {}
        for text, code in country_names(language).items():
            by_code.setdefault(code, []).append(text)
        for code, texts in sorted(by_code.items()):
            self.matcher.add(code, list(nlp.tokenizer.pipe(sorted(texts))))
        self.matcher.add(NOT_A_PLACE, list(nlp.tokenizer.pipe(data_file("countries.json")["not_countries"])))
        self.person_names = frozenset(data_file("countries.json")["person_names"])
        # "Réunion d’un comité", "Reunión de socios": a meeting; "La Réunion", "de la Reunión": the place
        self.needs_article = frozenset(data_file("countries.json")["needs_article"])
        # "Jordan Ministry of Labour": a country before an organization's head word names the body's country
        self.heads = frozenset(language_data("lexicon.json", language)["organization_heads"])

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        marks = marks_of(doc)
        marks.countries = [s for s in spans if s.label_ != NOT_A_PLACE and not self._is_person(s) and not self._without_its_article(s)]
        # a region word inside a country's name ("Africa" in "South Africa") is not a region
        covered = _covered(doc, spans)
        marks.known = [e for e in marks.known if e.label_ != "LOC" or not any(covered[e.start:e.end])]
        return doc

    def _without_its_article(self, span: Span) -> bool:
        """A country whose name is also a common noun (countries.json "needs_article": "Réunion", "Reunión")
        written without the article that makes it the place ("La Réunion")."""
        return span.text in self.needs_article and (span.start == 0 or span.doc[span.start - 1].lower_ != "la")

    def _is_person(self, span: Span) -> bool:
        """"Georgia Thompson", "Michael Jordan": a country name that is also a given name or surname,
        written next to another capitalised name."""
        if span.text not in self.person_names:
            return False
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        next_is_name = after is not None and after.is_title and after.is_alpha and after.lower_ not in self.heads
        previous_is_name = before is not None and before.is_title and before.is_alpha and not before.is_sent_start and before.i > 0
        return next_is_name or previous_is_name


@Language.factory("brochure_organizations", default_config={"language": DEFAULT_LANGUAGE})
def make_organizations(nlp: Language, name: str, language: str) -> OrganizationFinder:
    return OrganizationFinder(nlp, language)


NAME_REACH = 24
"""Tokens a name found by its shape may reach before and after its head word: the longest names in
the data have 15 words. Without a bound, a text repeating "Ministry of" grew a name from every head
word across all the others (quadratic: 160 kB took 7 minutes)."""
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
COUNTRY_NEAR = 120
"""Tokens from a mention of a body of one country that other countries' bodies share names with
("INA") within which its country must be named (data key ``needs_country``): a paragraph or two."""
HEAD_WORD_MEMO = 200_000
"""How many distinct words' head-word test a finder remembers (then it starts again)."""
_ITEM_NAME_WORDS = 5
"""Words a list item with no head word may hold to count as a name ("PT Nusantara Agri Refinery")."""
PARTY_NAME_WORDS = 6
"""Tokens a party's name found by where it stands (_party_names) may hold ("Kanyam Tea Estate Pvt. Ltd.")."""
PARTY_CLAUSE_TOKENS = 12
"""A signing verb's instrument stands at most this many tokens after it ("signed in Suva last May a
memorandum"), in its clause (no CLAUSE_ENDS between)."""
PARTY_LIST_ITEMS = 4
"""Names listed before a signing verb that are read as its parties ("A, B, C and D signed")."""
CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
APPOSITION_NOUN_REACH = 3
"""Words after an apposition's article its noun may stand at ("a community radio", "a Baa Atoll resort")."""
APPOSITION_TOKENS = 16
"""Tokens after its noun within which an apposition closes ("Hodna Agro, un groupe laitier de Sétif, a ...")."""
APPOSITION_CLOSES = frozenset({",", ";", ")", "–", "—"})
LOWER_WORDS = "brochure_lower_words"
"""Doc.user_data key: the words the Doc writes in lower case (OrganizationFinder._lower_words)."""
_ITEM_WORDS = 8
"""Tokens an item of a list of portfolios may hold with its genitives ("Trabajo Autónomo de la Junta de Andalucía")."""
_THEME_REACH = 5
"""Words before a name a theme's phrase ending in it may start at ("Promoting Freedom of Association ...")."""
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
"""A legal form written in initials: "S.", "R.L." ("S. de R.L.")."""
_ACRONYM_IN_PARENTHESES = re.compile(r"\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)")
"""A definition's acronym after its name: "Benguela Current Convention (BCC)"."""
_ACRONYM_BEFORE_PARENTHESES = re.compile(r"(?<![\w&-])(?P<acronym>[A-Z][A-Za-z&]{1,9}(?:-[A-Z][A-Za-z]{0,5})?) \((?=[A-ZÀ-Ý])")
"""A definition's acronym before its name: "CUT (Central Unitaria de Trabajadores)"."""
_ACRONYM_BEFORE_PARENTHESES_SEARCH = leading_look_behind(_ACRONYM_BEFORE_PARENTHESES)
"""(searched without its look-behind, tested after each match: twice as fast, pipeline.anchors)"""


@cache
def _known_by_folded_name() -> dict[str, str]:
    """Each known body's name and aliases, case folded -> its id."""
    return {text.casefold(): org_id for org_id, (label, texts) in known_name_patterns().items() if label == "ORG"
            for text in texts if " " in text}


@cache
def _place_names() -> frozenset[str]:
    """Every language's names of countries and regions, case folded ("union des comores")."""
    names = {text.casefold() for language in SUPPORTED_LANGUAGES for text in country_names(language)}
    names.update(text.casefold() for region in regions().values() for text in [region["name"], *region["aliases"]])
    return frozenset(names)


@cache
def _known_name_starts() -> frozenset[str]:
    """The first two words or more (not all) of each name and alias of the data's bodies."""
    starts = set()
    for org in organizations().values():
        for name in [org["name"], *org["aliases"]]:
            words = name.split()
            starts.update(" ".join(words[:count]) for count in range(2, len(words)))
    return frozenset(starts)


def _name_links() -> set[str]:
    """Every language's one-word links inside a name ("de", "del", "pour", "y", "l’")."""
    from pipeline.languages import SUPPORTED_LANGUAGES

    words = set()
    for language in SUPPORTED_LANGUAGES:
        shape = language_data("lexicon.json", language).get("shape", {})
        words |= {w for w in [*shape.get("genitive_links", []), *shape.get("other_links", [])] if " " not in w}
    return words


_SENTENCE_ENDS = frozenset({".", "!", "?", "•", "·"})


def _opens_a_sentence(doc: Doc, index: int) -> bool:
    """``doc[index]`` is the first word of its block or of a sentence (after a full stop or a bullet
    sign): a capitalised word there says nothing of a name."""
    if index == 0:
        return True
    before = doc[index - 1]
    return before.text in _SENTENCE_ENDS or (before.is_space and "\n\n" in before.text)


@cache
def _month_names() -> frozenset[str]:
    """The months' names in every language, lower case (dates.json "months")."""
    return frozenset(name.lower() for language in SUPPORTED_LANGUAGES for name in language_data("dates.json", language)["months"])


def _capitalised(token) -> bool:
    """A word of a proper name: "Council", "IndustriALL", "ILO" (not "the", not "2020")."""
    return token.is_alpha and token.text[0].isupper()


def _hyphenated_proper(token) -> bool:
    """A proper name the tokenizer keeps whole with its hyphen: "Saint-Nazaire", "Cap-Vert"."""
    text = token.text
    return "-" in text and text[0].isupper() and text.replace("-", "").isalpha()


def _abbreviation(token) -> bool:
    """A capitalised abbreviation the tokenizer keeps with its full stop, opening a name: "St." in
    "St. Mary's Vocational School" (a sentence's last word is split from its full stop)."""
    return token.text.endswith(".") and 2 <= len(token.text) <= 4 and token.text[:-1].isalpha() and token.text[0].isupper()


_FREQUENCY = re.compile(r"\d{2,3}(?:[.,]\d{1,2})?")
"""A broadcaster's frequency after its name: "FM 88.7", "96,1"."""


def _proper_word(token) -> bool:
    """A capitalised word of a proper name (_capitalised), its own hyphens and apostrophes allowed inside
    it: "Radio", "Saint-Nazaire", "Feon’Isalo", and "Feon’" where the tokenizer splits it from "Isalo" (French)."""
    text = token.text
    return text[0].isupper() and text.replace("-", "").replace("’", "").replace("'", "").isalpha()


_POSSESSIVE_MARKS = frozenset({"’", "'", "’s", "'s"})


def _possessive(doc: Doc, index: int) -> bool:
    """The apostrophe of "Employers’ Federation", "Women's Network", "Ecuador’s Ministry"."""
    return doc[index].text in _POSSESSIVE_MARKS and index > 0 and doc[index - 1].is_title


def _base_letter(letter: str) -> str:
    """"É" -> "e": the letter an acronym writes for an accented initial."""
    import unicodedata

    return unicodedata.normalize("NFD", letter)[0].lower()


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2 and not text.istitle()


@dataclass(frozen=True, slots=True)
class NameLinks:
    """The small words inside a name built the English way (the lexicon's ``name_links``), its head
    word last or followed by an of-phrase: "Ministry of Labour and Employment", "Council for the
    Development of ..."."""

    conjunctions: frozenset[str]
    """Join two words of one name, or two names: "and", "&"."""
    prepositions: frozenset[str]
    """Open a name's of-phrase: "of", "for", "on", "in"."""
    region_prepositions: frozenset[str]
    """The prepositions after which a region may be named in the name ("Development Bank of Southern
    Africa"), and one of which a list of portfolios follows ("Ministry of Labour, Industrial Relations
    and ...")."""
    articles: frozenset[str]
    """May follow a preposition, never a conjunction: "of the Pacific"."""
    leading_words: frozenset[str]
    """Never a name's first word: "the Ministry", "our Federation"."""

    @classmethod
    def of(cls, data: dict) -> NameLinks:
        names = ("conjunctions", "prepositions", "region_prepositions", "articles", "leading_words")
        return cls(*(frozenset(data[name]) for name in names))

    @property
    def connectors(self) -> frozenset[str]:
        """Every word that runs a name on after its head word ("Ministry of ...", "... and Trade", "for the ...")."""
        return self.conjunctions | self.prepositions | self.articles


@dataclass(frozen=True, slots=True)
class NameShape:
    """How a name that puts its head word first runs on (a language's lexicon "shape"): lower-case
    adjectives right after a name word, a genitive link to a word of either case ("de
    développement", "du Travail"), another link only to a capitalised word ("et de la Protection")."""

    genitive_links: tuple[tuple[str, ...], ...]
    other_links: tuple[tuple[str, ...], ...]
    articles: frozenset[str]
    adjective_endings: tuple[str, ...]
    article_links: frozenset[str] = frozenset()
    """The genitive links that hold an article ("del", "du", "de la"): before a head word they end
    a name ("... Sociales del Ministerio de Trabajo" names two bodies; "de Cámaras" does not)."""
    list_conjunctions: frozenset[str] = frozenset()
    """The words before the last item of a list of portfolios ("et", "y"): "Ministerio de Trabajo,
    Empleo y Previsión Social"."""
    office_place_links: tuple[tuple[str, ...], ...] = ()
    """The links from an office's body to the place the office serves: "Bureau de l’OIT pour la
    Tanzanie", "Oficina de la OIT en San José"."""
    dative_links: tuple[tuple[str, ...], ...] = ()
    """Links that run a name on only to a lower-case word: "d’appui au développement", "formation
    aux métiers"; before a capitalised word they name a place ("au Burkina Faso")."""
    elisions: tuple[str, ...] = ()
    """The links that elide their vowel ("d’", "l'"): another language's tokenizer leaves them on the
    word after them ("d’Ivoire", "l’Emploi" in an English brochure; ``elided``)."""

    @classmethod
    def of(cls, data: dict) -> NameShape:
        def links(words):  # "de la" is two tokens, "d'" one; the longest first
            return tuple(sorted({tuple(w.split()) for w in words}, key=len, reverse=True))

        elisions = tuple(sorted(w for w in {*data["genitive_links"], *data["other_links"]} if w.endswith(("'", "’"))))
        return cls(links(data["genitive_links"]), links(data["other_links"]), frozenset(data["articles"]),
                   tuple(sorted(data["adjective_endings"], key=len, reverse=True)),
                   frozenset(data.get("article_links", [])), frozenset(data.get("list_conjunctions", [])),
                   links(data.get("office_place_links", [])), links(data.get("dative_links", [])), elisions)

    def elided(self, token) -> str:
        """The word an elided link is written on in one token ("Ivoire" of "d’Ivoire", "Anjouvale" of
        "d’Anjouvale"), as another language's tokenizer leaves them; "" for any other token."""
        text = token.text
        for link in self.elisions:
            if len(text) > len(link) and text[:len(link)].lower() == link and text[len(link):].replace("-", "").isalpha():
                return text[len(link):]
        return ""

    @property
    def genitive_ends(self) -> frozenset[str]:
        """The last word of each genitive link ("de", "du", "l’" of "de l’")."""
        return frozenset(link[-1] for link in self.genitive_links)

    @property
    def link_words(self) -> frozenset[str]:
        """Every word of the links ("de", "la", "l’", "et")."""
        return frozenset(word for link in (*self.genitive_links, *self.other_links) for word in link)

    def link_at(self, doc: Doc, index: int, links: tuple[tuple[str, ...], ...]) -> int:
        """How many tokens a link of ``links`` takes at ``index`` (0: none)."""
        for link in links:
            if tuple(t.lower_ for t in doc[index:index + len(link)]) == link:
                return len(link)
        return 0

    def is_adjective(self, token) -> bool:
        return token.is_alpha and token.is_lower and len(token) > 3 and token.lower_.endswith(self.adjective_endings)


class OrganizationFinder:
    def __init__(self, nlp: Language, language: str = DEFAULT_LANGUAGE, quoted_languages: bool = True):
        """The finder of ``language``'s brochures; with ``quoted_languages``, it also reads the names
        other languages build head first, quoted in this language's text (``_quoted_names``)."""
        lexicon = language_data("lexicon.json", language)
        # French and Spanish names put their head word first and lower-case the rest ("Banque
        # africaine de développement"): the language's shape settings say how such a name runs on
        self.shape = NameShape.of(lexicon["shape"]) if "shape" in lexicon else None
        # the words a name found by its shape never starts with ("the", and the language's articles: "El Ministerio")
        self.links = NameLinks.of(lexicon["name_links"])
        self.leading_words = self.links.leading_words | (self.shape.articles if self.shape else frozenset())
        self.heads = frozenset(lexicon["organization_heads"])
        # heads the language writes in lower case in running text ("le ministère du Travail"): a
        # name all the same when a capitalised word follows in it
        self.lower_case_heads = frozenset(lexicon.get("lower_case_heads", []))
        # "Accord de coopération" in a table cell is the instrument, not a body named by its head word
        instruments = language_data("instruments.json", language)["instruments"].values()
        self.instrument_names = frozenset(phrase.lower() for instrument in instruments for phrase in instrument["phrases"])
        self.suffixes = frozenset(lexicon["company_suffixes"])
        self.event_heads = frozenset(lexicon["event_heads"])
        self.event_cues = frozenset(cue.split()[-1] for cue in lexicon["event_cues"])
        # a head word, singular or plural ("Employers' Organisations"), or a company's legal form
        plural = frozenset(lexicon["plural_heads"])
        self.plural_heads = plural
        words = ([re.escape(h.title()) + ("s?" if h in plural else "") for h in sorted(self.heads)]
                 + [re.escape(s) for s in sorted(self.suffixes, key=len, reverse=True)])
        self.head_pattern = re.compile(r"(?<![\w.])(?:" + "|".join(words) + r")(?![\w])")
        # searched without its look-behind, tested after each match: 2.5 times as fast (pipeline.anchors)
        self._head_search = leading_look_behind(self.head_pattern)
        self.sub_units = frozenset(lexicon["sub_unit_heads"])
        # heads that name a body only when an of-phrase follows them ("City of Skopje", not "Quezon City")
        self.of_phrase_heads = frozenset(lexicon.get("of_phrase_heads", []))
        # ... and where such a name is a body, not the place ("with the City of ...", "the City of ... signed")
        context = lexicon.get("of_phrase_head_context", {})
        self.of_phrase_context = {key: frozenset(context.get(key, [])) for key in ("before", "auxiliaries", "verbs", "council_words")}
        self.place_particles = frozenset(lexicon.get("place_name_particles", []))
        # heads that name a body of their own only beside a sub-national word ("the Provincial Government
        # of Punjab", "Gobierno Regional de ..."; "the Government of Norway" is the country), and the
        # head-first heads that name a local government only before a proper name ("Ville de Saint-Nazaire")
        self.qualified_heads = frozenset(lexicon.get("qualified_heads", []))
        self.sub_national_words = frozenset(lexicon.get("sub_national_words", []))
        self.place_heads = frozenset(lexicon.get("place_heads", []))
        self.address_words = frozenset(lexicon["address_words"])
        # bodies of one country whose short forms (or, "all", every name) other countries' bodies share
        # ("INA", "Instituto Nacional de Formación Profesional"): data key ``needs_country``
        self.country_bound = {org_id: (org["country"], org["needs_country"], org["name"]) for org_id, org in organizations().items()
                              if org.get("needs_country") and org.get("country")}
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cues.add("CUE", list(nlp.tokenizer.pipe(lexicon["partner_cues"])))
        # where a party of an instrument stands: after "<instrument> with", before "signed" (_party_names)
        slots = lexicon["party_slots"]
        phrases = sorted({phrase for instrument in instruments for phrase in instrument["phrases"]})
        self.instrument_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.instrument_phrases.add("INSTRUMENT", list(nlp.tokenizer.pipe(phrases)))
        self.party_after = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.party_after.add("WITH", list(nlp.tokenizer.pipe(f"{phrase} {word}" for phrase in phrases for word in slots["with_words"])))
        self.party_not_names = frozenset(word.lower() for word in [*slots["not_names"], *lexicon.get("workers_words", []),
                                                                    *lexicon.get("employers_words", [])])
        self.party_verbs = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.party_verbs.add("VERB", list(nlp.tokenizer.pipe(slots["subject_verbs"])))
        # the small words inside a name an acronym spells, in any language ("Central Unitaria de
        # Trabajadores (CUT)" in an English brochure); and what such a name must not be
        self.name_connectors = frozenset(self.links.connectors | _name_links())
        self.programme_nouns = frozenset(lexicon.get("programme_nouns", []))
        self.classifier_nouns = frozenset(lexicon.get("classifier_nouns", []))
        # (found by a regex over the text: a walk over every token of a long Doc costs more)
        self._classifier_search = leading_look_behind(re.compile(r"(?<![\w-])(?:" + alternation(self.classifier_nouns) + r")(?![\w-])")) \
            if self.classifier_nouns else None
        self.not_name_words = frozenset(lexicon.get("not_name_words", []))
        # "Lekas, a delivery app, sent ...": the articles that open an apposition naming what a body is, and its nouns
        appositions = lexicon.get("appositions", {})
        self.apposition_definite = frozenset(appositions.get("definite_articles", []))
        self.indefinite_articles = frozenset(appositions.get("articles", []))
        self.apposition_articles = self.indefinite_articles | self.apposition_definite
        self.apposition_nouns = frozenset(noun.lower() for noun in appositions.get("nouns", []))
        self.role_words = frozenset(lexicon.get("role_words", []))
        # "Two companies, SunTrail Energy and Jua Power Kenya, have ...": a count and a plural noun of a kind that list bodies
        listed = lexicon.get("listed_kinds", {})
        self._listed_search = re.compile(r"(?<![\w-])(?:" + alternation(listed["counts"]) + r")\s+(?:[a-zà-ÿ-]+\s+)?(?:"
                                         + alternation(listed["nouns"]) + r")(?:\s+[a-zà-ÿ-]+)?\s*(?:,|:|—|–|\()", re.IGNORECASE) \
            if listed.get("counts") and listed.get("nouns") else None
        # "Radio Bjeshka", "Kestrel Sound FM 91.3", "Ndiaye & Fils", "PT Sumber Makmur": a trade's words shape the name
        trade = data_file("lexicon.json")["trade_names"]
        self.trade_openers = frozenset(trade["openers"]) | frozenset(trade["legal_forms_first"])
        self.trade_closers = frozenset(trade["closers"])
        self.family_words = frozenset(trade["family_words"])
        # (a trade's nouns shape a name only beside a word the brochure never writes in lower case)
        self.trade_nouns_first = frozenset(trade["nouns_first"])
        self.trade_nouns_last = frozenset(trade["nouns_last"])
        self._trade_search = re.compile(r"(?<![\w&-])(?:(?:" + alternation(self.trade_openers | self.trade_nouns_first)
                                        + r")(?= [A-ZÀ-Ý])|(?:" + alternation(self.trade_closers | self.trade_nouns_last)
                                        + r")(?![\w-])|&[ \n](?:" + alternation(self.family_words) + r")(?![\w-]))")
        self._apposition_search = re.compile(",[ \n]+(?:" + alternation(self.apposition_articles) + r")(?:(?<=['’])|(?![\w-]))") \
            if self.apposition_articles else None
        # what a run listed with a body is when it is none (a person, a place, a word qualifying a noun);
        # read for every language (the names are written alike)
        shared = data_file("lexicon.json")
        self.given_names = frozenset(shared["list_item_given_names"])
        self.place_words = frozenset(shared["list_item_place_words"])
        self.place_openers = frozenset(shared["list_item_place_openers"])
        self.qualified_nouns = frozenset(shared["list_item_qualified_nouns"])
        # the words between the items of a list, in every language ("and", "et", "y"), and the articles
        # an item may open with ("the", "la", "le")
        self.list_conjunctions = frozenset(c for other in SUPPORTED_LANGUAGES for c in
                                           [*language_data("lexicon.json", other)["name_links"]["conjunctions"],
                                            *language_data("lexicon.json", other).get("shape", {}).get("list_conjunctions", [])]) - {"&"}
        self.item_articles = frozenset(self.links.articles | (self.shape.articles if self.shape else frozenset()))
        self.inner_links = self.name_connectors - self.list_conjunctions - self.item_articles  # ("of", "de", "pour")
        vocabulary = themes(language).values()
        self.not_body_acronyms = frozenset(a for theme in vocabulary for a in theme.get("acronyms", []))
        self.not_body_names = frozenset({w.lower() for theme in vocabulary for w in [theme["label"], *theme["synonyms"]]}
                                        | self.instrument_names)
        # "Freedom of Association in Export Zones": a theme's words, not a body (the phrases as the
        # tokenizer writes them, lower case, a space after each token)
        self.theme_phrases = frozenset(" ".join(t.lower_ for t in phrase) for phrase in nlp.tokenizer.pipe(
            sorted({w for theme in vocabulary for w in [theme["label"], *theme["synonyms"]]})))
        # a body of another language's country named as that language writes it ("the Confédération
        # générale des entreprises de Lakeland d’Ouest (CGELO)" in English, "la Union des pêcheurs
        # d’Anjouvale" in Spanish): the other languages' head-first finders, and the link words of this one
        self.own_heads = frozenset(own_data("lexicon.json", language).get("organization_heads", {}))
        self.own_link_words = frozenset(self.links.connectors | (self.shape.link_words if self.shape else frozenset()))
        others = (OrganizationFinder(nlp, other, quoted_languages=False) for other in SUPPORTED_LANGUAGES if other != language)
        self.quoted_finders = tuple(finder for finder in others if finder.shape is not None) if quoted_languages else ()
        # each quoted finder's link words that are none of this language's (_quoted_name's test, made once)
        self.foreign_link_words = tuple(finder.shape.link_words - self.own_link_words for finder in self.quoted_finders)
        self._opens_head_first: dict[int, bool] = {}
        """Word (by its hash) -> whether it may open a head-first name (_head_word_indices), remembered."""

    def __call__(self, doc: Doc) -> Doc:
        marks = marks_of(doc)
        known = self._with_their_countries(marks.known, marks.countries) if self.country_bound else marks.known
        # what the known names mark, per token: 1 an organization, 2 a region, 0 neither
        marked = bytearray(len(doc))
        for e in known:
            marked[e.start:e.end] = (b"\x01" if e.label_ == "ORG" else b"\x02") * (e.end - e.start)
        countries_by_edge = ({c.end: c for c in marks.countries}, {c.start: c for c in marks.countries})
        ents = [self._another_countrys(e, countries_by_edge) for e in known
                if not self._acronym_in_capitals(e, marked) and not self._names_a_place(e)]
        country_starts = [c.start for c in marks.countries]  # in order, none overlapping
        in_country = _covered(doc, marks.countries)
        candidates = [self._with_its_country(span, marks.countries, country_starts, countries_by_edge)
                      for span in self._without_theme_words(doc, self._shaped_names(doc, marked, in_country))]
        candidates += self._initialled_names(doc, marked, in_country)
        candidates += self._classified_names(doc, marked, in_country)
        candidates += self._appositive_names(doc, marked, in_country)
        candidates += self._listed_names(doc, marked, in_country)
        candidates += self._trade_names(doc, marked, in_country)
        candidates += self._named_partners(doc, marked, marks.countries)
        unit_names: list[Span] = []
        head_first: list[Span] = []
        if self.shape is not None:
            head_first, unit_names = self._head_first_names(doc, marked, in_country)
        # the Doc's distinct words, read from its array (no Token made per word)
        texts = set(distinct_words(doc).texts.values()) if self.quoted_finders else set()
        words = {text.lower() for text in texts}
        # (the words _foreign_head_in tests the head words of each quoted language among, picked once)
        beyond_ascii = [text for text in texts if not text.isascii() and text.isalpha() and text[0].isupper()] if texts else []
        for finder, foreign_links in zip(self.quoted_finders, self.foreign_link_words, strict=True):
            if words.isdisjoint(foreign_links) and not self._foreign_head_in(beyond_ascii, finder):
                # (no name _quoted_name keeps can be in the Doc: the finder's walk over every head word of
                # this language, most of a brochure's entities time, is skipped; the same names)
                unit_names = filter_spans(unit_names)
                continue
            names, units = finder._head_first_names(doc, marked, in_country)
            head_first += [self._as_known(span, known) for span in names
                           if self._quoted_name(span, finder) and span.text.casefold() not in _place_names()]
            unit_names = filter_spans(unit_names + [span for span in units if self._quoted_name(span, finder)])
        if self.shape is not None or head_first:
            candidates = filter_spans(candidates + head_first)
        # a party found by where it stands, where no name found by its shape stands
        shaped_cover = _covered(doc, candidates)
        candidates += [span for span in self._party_names(doc, marked, in_country) if not any(shaped_cover[span.start:span.end])]
        by_start: dict[int, list[Span]] = {}
        for span in candidates:
            by_start.setdefault(span.start, []).append(span)
        ents = [self._as_unit(e, by_start.get(e.start, [])) for e in ents]
        held_regions: list[Span] = []
        if unit_names:
            ents, held_regions = self._as_named_units(ents, unit_names)
        starts = [e.start for e in ents]  # still in order: _as_unit keeps an ent's start
        shaped = filter_spans(
            [s for s in candidates if self._wins_over_known(s, ents[bisect_left(starts, s.start):bisect_left(starts, s.end)])]
        )
        # a longer name wins over the shorter names inside it: "Pacific Islands Forum Secretariat" over
        # the region "Pacific", "IndustriALL Bangladesh Council" over "IndustriALL"
        shaped_starts = [s.start for s in shaped]  # filter_spans leaves them in order, none overlapping
        kept = [e for e in ents if not self._inside(e, shaped, shaped_starts)]
        covered = _covered(doc, kept)
        new = [s for s in shaped if not any(covered[s.start:s.end])]
        # the rules above leave overlaps where a known body grew into its unit's name over another
        # known body ("UN" in "UN ILO Office", over "ILO"): the one rule settles every case
        marks.entities = without_overlaps([*kept, *new])
        # (a region inside an office's name whose body's mention was kept there)
        spanned = _covered(doc, [e for e in marks.entities if e.label_ == "ORG"])
        marks.held_regions = [r for r in held_regions if all(spanned[r.start:r.end])]
        coordinated = self._coordinated_names(doc, marks.entities, marked, in_country)
        if coordinated:
            marks.entities = sorted([*marks.entities, *coordinated], key=lambda span: span.start)
        marks.acronyms = self._definitions(doc, marks.entities)
        return doc

    def _coordinated_names(self, doc: Doc, entities: list[Span], marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names with no head word listed with bodies: a run of two to five capitalised words that is
        an item of a list ("A, B and C", "A et B", "A y la B", an article before an item) whose next or
        previous item is a body ("the LFTU and Business Lakeland signed", "Harrow Knits Ltd, Tessaly
        Textiles et Port-Harrow Garments"); an item found so is the next one's neighbour in turn. No
        known body, region, country or words of another entity in it. ``entities``: the Doc's, in order."""
        covered = _covered(doc, entities)
        found: list[Span] = []
        # (a body of one plain word may be a cut name itself: "supported by Safe and Fair Journeys")
        anchors = [e for e in entities if e.label_ == "ORG" and (len(e) > 1 or e.id_ or _is_acronym(e.text))]
        while anchors:
            anchor = anchors.pop()
            for run in (self._item_after(doc, anchor.end, covered, marked, in_country),
                        self._item_before(doc, anchor.start, anchor.end, covered, marked, in_country)):
                if run is not None:
                    covered[run.start:run.end] = b"\x01" * len(run)
                    found.append(run)
                    anchors.append(run)
        return found

    def _list_separator(self, token) -> bool:
        return token.text == "," or token.lower_ in self.list_conjunctions

    def _item_word(self, token, covered: bytearray, marked: bytearray) -> bool:
        """A word of a list item's name: capitalised ("Port-Harrow" as one token too) or a legal form,
        no word of a known body or region or of another entity."""
        if covered[token.i] or marked[token.i]:
            return False
        text = token.text
        return text in self.suffixes or (text[0].isupper() and text.replace("-", "").isalpha())

    def _item_after(self, doc: Doc, end: int, covered: bytearray, marked: bytearray, in_country: bytearray) -> Span | None:
        """The list item of capitalised words right after a separator at ``end``, or None."""
        position = end
        # (the body's acronym between: "the Lakeland Federation of Trade Unions (LFTU) and Business Lakeland")
        if position + 2 < len(doc) and doc[position].text == "(" and doc[position + 2].text == ")" and _is_acronym(doc[position + 1].text):
            position += 3
        if position >= len(doc) or not self._list_separator(doc[position]):
            return None
        position += 1
        if position < len(doc) and doc[position].lower_ in self.list_conjunctions:  # (", and")
            position += 1
        while position < len(doc) and doc[position].lower_ in self.item_articles:
            position += 1
        stop = position
        while stop < len(doc) and stop - position < _ITEM_NAME_WORDS:
            if self._item_word(doc[stop], covered, marked):
                stop += 1
            elif stop > position and self._compound_after(doc, stop, min(len(doc), position + _ITEM_NAME_WORDS + 2)) \
                    and self._item_word(doc[stop + 1], covered, marked):
                stop += 2  # ("Port-Harrow Garments", which the tokenizer splits)
            else:
                break
        return self._as_item(doc, position, stop, in_country)

    def _item_before(self, doc: Doc, start: int, after: int, covered: bytearray, marked: bytearray, in_country: bytearray) -> Span | None:
        """The list item of capitalised words right before a separator before ``start`` (an article
        between them), or None."""
        position = start - 1
        while position >= 0 and doc[position].lower_ in self.item_articles:
            position -= 1
        if position < 1 or not self._list_separator(doc[position]):
            return None
        # (a comma before a body alone is no list: "Jane Doe, ILO Country Director")
        if doc[position].text == "," and not (after < len(doc) and self._list_separator(doc[after])):
            return None
        stop = position
        while position > 0 and stop - position < _ITEM_NAME_WORDS and self._item_word(doc[position - 1], covered, marked):
            position -= 1
        return self._as_item(doc, position, stop, in_country)

    def _as_item(self, doc: Doc, start: int, end: int, in_country: bytearray) -> Span | None:
        """``doc[start:end]`` as a name, when it is one (an article it opens with left out): two
        words or more, not all a country's ("Business Lakeland" is a name, "South Africa" none), a
        word before it that does not run on into it (no capitalised word, no link of a name:
        "Ministry of Labour" is no item "Labour"), a word after it on its line that ends it."""
        # (an article or a small word of a sentence's start: "The LSB", "La Corporación", "In India")
        while start < end and (doc[start].lower_ in self.item_articles or doc[start].lower_ in self.leading_words
                               or doc[start].lower_ in self.name_connectors):
            start += 1
        if end - start < 2 or all(in_country[start:end]) or doc[start:end].text in _known_name_starts():
            return None  # (a known body's name cut: "Better Factories" of "Better Factories Cambodia")
        # a name may go on past a line's or a block's end ("the Deutsche Gesellschaft" ending a column);
        # a number after it is an address's ("Víctor Lamas 1290")
        # (nor before a word the name may hold that is no plain word: "fu¨r" of a PDF's loose accent)
        after = doc[end] if end < len(doc) else None
        if after is None or after.is_space or "\n" in doc[end - 1].whitespace_ or after.like_num \
                or not (after.is_alpha or after.is_punct or after.is_digit):
            return None
        before = start - 1
        while before >= 0 and doc[before].lower_ in self.item_articles:
            before -= 1
        if before >= 0 and doc[before].is_alpha and (_capitalised(doc[before]) or doc[before].lower_ in self.inner_links):
            return None
        if end < len(doc) and (_capitalised(doc[end]) or doc[end].lower_ in self.inner_links):
            return None
        if self._person_place_or_qualifier(doc, start, end):
            return None
        return Span(doc, start, end, label="ORG")

    def _person_place_or_qualifier(self, doc: Doc, start: int, end: int) -> bool:
        """``doc[start:end]``, a run listed with a body, names no body: a person ("the ILO and Jane
        Roe met": person-shaped, opening with a given name), a place (a country's or region's name in
        any language, a run opening with "Greater"/"Upper" or ending in a place word: "Harbour
        Mosque"), or words qualifying the lower-case noun after them ("Harbour Mosque volunteers")."""
        text = doc[start:end].text
        if doc[start].text in self.given_names and looks_like_person_name(text):
            return True
        if text.casefold() in _place_names() or doc[start].text in self.place_openers or doc[end - 1].lower_ in self.place_words:
            return True
        return end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.qualified_nouns

    @staticmethod
    def _as_known(span: Span, known: list[Span]) -> Span:
        """``span``, a quoted head-first name, as the known body it names: one whose name or alias is
        it, case folded ("Agence Française de Développement" for "Agence française de développement"),
        or whose acronym follows it in brackets; else ``span`` itself."""
        key = _known_by_folded_name().get(span.text.casefold())
        doc = span.doc
        if key is None and span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            key = next((e.id_ for e in known if e.start == span.end + 1 and e.end == span.end + 2 and e.label_ == "ORG"
                        and _is_acronym(e.text)), None)
        return Span(doc, span.start, span.end, label="ORG", span_id=key) if key else span

    @staticmethod
    def _foreign_head_in(texts: Iterable[str], finder: OrganizationFinder) -> bool:
        """Whether ``texts`` (a Doc's distinct words) hold a capitalised head word of ``finder``'s
        language written with a letter beyond ASCII ("Confédération", "Fundación"): with none, and none
        of that language's own link words, no name _quoted_name keeps can open in the Doc."""
        return any(not text.isascii() and text.isalpha() and text[0].isupper() and finder._is_head(text) for text in texts)

    def _quoted_name(self, span: Span, finder: OrganizationFinder) -> bool:
        """``span``, a head-first name ``finder`` (another language's) found, is a name of that language
        quoted here: it opens with a capitalised head word (where this language builds names head first,
        none of its own: its finder reads those, "Federación ..." in Spanish), and it holds a word this
        language does not write: a letter beyond ASCII in its head word ("Confédération", "Fundación")
        or a link word of ``finder``'s language that is none of this one's ("des", "du", "de" in
        English; "des", "et" in Spanish). "Red Flags" or "Central Bank" in English are no such name."""
        head = span[0]
        if not _capitalised(head) or (self.shape is not None and head.lower_ in self.own_heads):
            return False
        return not head.text.isascii() or any(t.lower_ in finder.shape.link_words and t.lower_ not in self.own_link_words
                                               for t in span[1:])

    def _with_their_countries(self, known: list[Span], countries: list[Span]) -> list[Span]:
        """``known`` without the mentions of a body of one country (data key ``needs_country``) that
        other countries' bodies may share: its acronym ("INA"; with "all", its name as well) counts
        only with the body's full name in the Doc (for an acronym) or its country named within
        ``COUNTRY_NEAR`` tokens of it."""
        full_names = {e.id_ for e in known if e.id_ in self.country_bound and e.text == self.country_bound[e.id_][2]}
        starts = [c.start for c in countries]  # in order
        kept = []
        for e in known:
            bound = self.country_bound.get(e.id_)
            if bound is not None and (bound[1] == "all" or e.text != bound[2]) and not (bound[1] != "all" and e.id_ in full_names):
                near = countries[bisect_left(starts, e.start - COUNTRY_NEAR):bisect_right(starts, e.end + COUNTRY_NEAR)]
                if not any(c.label_ == bound[0] for c in near):
                    continue
            kept.append(e)
        return kept

    @staticmethod
    def _as_named_units(ents: list[Span], units: list[Span]) -> tuple[list[Span], list[Span]]:
        """``ents`` (in order) with the known body inside each of ``units`` (head-first names of a
        body's office: "Bureau régional de l’OIT pour les États arabes", none overlapping) made a
        mention of that body spanning the office's whole name; and apart, the regions such a name
        holds (they overlap the body's mention, and stay region mentions: "... para América Central")."""
        starts = [u.start for u in units]  # (filter_spans left them in order: the one holding a span is found by bisection)

        def holder(span: Span) -> Span | None:
            index = bisect_right(starts, span.start) - 1
            return units[index] if index >= 0 and span.end <= units[index].end else None

        inside: dict[Span, list[Span]] = {}
        for ent in ents:
            if ent.label_ == "ORG" and (unit := holder(ent)) is not None:
                inside.setdefault(unit, []).append(ent)
        bodies = {found[0]: unit for unit, found in inside.items() if len(found) == 1}
        out, held = [], []
        for ent in ents:
            if ent in bodies:
                unit = bodies[ent]
                out.append(Span(ent.doc, unit.start, unit.end, label="ORG", span_id=ent.id))
            elif ent.label_ == "LOC" and (unit := holder(ent)) is not None and len(inside.get(unit, [])) == 1:
                held.append(ent)
            else:
                out.append(ent)
        return sorted(out, key=lambda span: span.start), held

    @staticmethod
    def _inside(ent: Span, shaped: list[Span], starts: list[int]) -> bool:
        """True when ``ent`` lies within one of ``shaped`` (in order, none overlapping, ``starts``
        their starts): only the last one starting at or before it can hold it. An article the data
        writes with a name does not count ("the Mekong" in "the Mekong Textile Exporters Forum",
        whose name starts after the article)."""
        start = ent.start + 1 if len(ent) > 1 and ent[0].lower_ == "the" else ent.start
        index = bisect_right(starts, start) - 1
        return index >= 0 and ent.end <= shaped[index].end

    def _as_unit(self, ent: Span, shaped: list[Span]) -> Span:
        """A known body followed by the name of one of its units ("ILO" in "ILO Country Office for
        Tanzania") becomes a mention of that body spanning the unit's whole name. ``shaped``: the
        names found by shape that start where ``ent`` starts."""
        if ent.label_ != "ORG":
            return ent
        for span in shaped:
            if span.start == ent.start and span.end > ent.end and any(t.lower_ in self.sub_units for t in span[len(ent):]):
                return Span(ent.doc, span.start, span.end, label="ORG", span_id=ent.id)
        return ent

    def _wins_over_known(self, shaped: Span, ents: list[Span]) -> bool:
        """A name found by its shape replaces the known organizations inside it, unless it is their
        own office or unit ("ILO Country Office", "UNDP Regional Bureau") or no longer than they are.
        ``ents``: the entities that start inside ``shaped``."""
        inside = [e for e in ents if e.label_ == "ORG" and shaped.start <= e.start and e.end <= shaped.end]
        if any(e.start == shaped.start and e.end == shaped.end for e in inside):
            return False
        return not inside or not any(t.lower_ in self.sub_units for t in shaped)

    @staticmethod
    def _another_countrys(ent: Span, countries: tuple[dict[int, Span], dict[int, Span]]) -> Span:
        """A known body of one country named with another country's name right before or after it
        is that country's own body, not the known one: "Colombia Ministry of Labour, Employment and
        Social Security" is no mention of Nepal's, nor is "... Social Security of Jordan". Such a
        name becomes a body found by its shape, country included; any other ``ent`` is kept.
        ``countries``: the country mentions by the token they end at and by the token they start at."""
        own = organizations().get(ent.id_, {}).get("country") if ent.label_ == "ORG" else None
        if not own:
            return ent
        doc = ent.doc
        by_end, by_start = countries
        before = by_end.get(ent.start)
        if before is None and ent.start > 0 and doc[ent.start - 1].lower_ in ("'s", "’s"):
            before = by_end.get(ent.start - 1)
        if before is not None and before.label_ != own:
            return Span(doc, before.start + (doc[before.start].lower_ == "the"), ent.end, label="ORG")
        if ent.end < len(doc) and doc[ent.end].lower_ == "of":
            after = by_start.get(ent.end + 1)
            if after is None and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "the":
                after = by_start.get(ent.end + 2)
            if after is not None and after.label_ != own:
                return Span(doc, ent.start, after.end, label="ORG")
        return ent

    @staticmethod
    def _with_its_country(span: Span, countries: list[Span], starts: list[int], by_edge: tuple[dict[int, Span], dict[int, Span]]) -> Span:
        """A name found by its shape with the whole of the country it is named by: "Republic of
        Moldova Ministry of Labour" (the run of capitals stops at "of"), "Côte d'Ivoire Ministry of
        ...", "Timor-Leste Ministry of ...", "... Relations of Côte d'Ivoire". A country that ends
        where the name starts, or that the name cuts, goes in."""
        start, end = span.start, span.end
        before = by_edge[0].get(start)
        if before is not None:
            start = before.start

        def around(token: int) -> Span | None:  # the country holding ``token`` after its first token (by bisection)
            index = bisect_right(starts, token) - 1
            return countries[index] if index >= 0 and countries[index].start < token < countries[index].end else None

        if (cut := around(start)) is not None:
            start = cut.start
        if (cut := around(end)) is not None:
            end = cut.end
        if span.doc[start].lower_ == "the" and start < span.start:
            start += 1
        return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)

    def _names_a_place(self, ent: Span) -> bool:
        """"United Nations Building", "World Bank Plaza": a body's name in an address is a place."""
        doc = ent.doc
        if ent.label_ != "ORG" or ent.end >= len(doc):
            return False
        following = doc[ent.end]
        return following.lower_ in self.address_words and following.is_title

    def _named_partners(self, doc: Doc, marked: bytearray, countries: list[Span]) -> list[Span]:
        """A capitalised name right after "partnership with", "funded by" ... that is no known
        body, place or country: a partner the data does not know ("Digicel Pacific")."""
        in_country = _covered(doc, countries)
        spans = []
        for _, _, end in self.cues(doc):
            position = end
            while position < len(doc) and doc[position].lower_ == "the":
                position += 1
            stop = position
            while stop < len(doc) and stop - position < 5 and (doc[stop].is_title or _is_acronym(doc[stop].text) or doc[stop].text == "&"):
                stop += 1
            if stop == position or marked[position] or any(in_country[position:stop]):
                continue
            if doc[position].lower_ in ("government", "governments", "people"):
                continue
            spans.append(Span(doc, position, stop, label="ORG"))
        return spans

    def _party_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Capitalised names where a party of an instrument stands, known or not, head word or none
        ("Kestrel Foods", "Tecnicil"): right after an instrument's phrase and "with" ("a letter of
        intent with Harbourline"), and right before a signing verb whose clause names an instrument
        after it, with the names listed before them ("Ilam Municipality and Kanyam Tea Estate
        exchanged letters of intent"). The words of ``party_slots`` in lexicon.json."""
        spans = [span for _, _, end in self.party_after(doc)
                 if (span := self._party_run(doc, end, marked, in_country, forward=True)) is not None]
        instrument_starts = sorted(start for _, start, _ in self.instrument_phrases(doc))
        for _, start, end in self.party_verbs(doc):
            k = bisect_left(instrument_starts, end)
            if k == len(instrument_starts) or instrument_starts[k] - end > PARTY_CLAUSE_TOKENS \
                    or any(doc[i].text in CLAUSE_ENDS for i in range(end, instrument_starts[k])):
                continue
            position = start
            for _ in range(PARTY_LIST_ITEMS):  # "A, B and C signed": each item before the verb
                span = self._party_run(doc, position, marked, in_country, forward=False)
                edge = span.start if span is not None else position
                while edge > 0 and doc[edge - 1].lower_ in self.item_articles:
                    edge -= 1
                if span is None and not (0 < edge < len(doc) and marked[edge - 1]):
                    break
                if span is not None:
                    spans.append(span)
                else:  # a known body listed with them ("the ILO and Kestrel Foods")
                    while edge > 0 and marked[edge - 1]:
                        edge -= 1
                if edge < 1 or not self._list_separator(doc[edge - 1]):
                    break
                position = edge - 1
                if position > 0 and doc[position].lower_ in self.list_conjunctions and doc[position - 1].text == ",":
                    position -= 1  # (", and")
        return spans

    def _party_word(self, token, marked: bytearray) -> bool:
        """A word of a party's name: capitalised, an acronym, "&" or a legal form; no known body's."""
        if marked[token.i]:
            return False
        text = token.text
        return text == "&" or text in self.suffixes or (text[:1].isupper() and text.replace("-", "").replace(".", "").isalpha())

    def _party_run(self, doc: Doc, edge: int, marked: bytearray, in_country: bytearray, forward: bool) -> Span | None:
        """The name of capitalised words that starts at ``edge`` (``forward``, an article before it
        left out) or ends right before it, with the small links inside it ("Bernard & Fils",
        "Centre de santé de Kamsar" keeps only its capitalised run), or None when it is none:
        a country's or place's name, a person's, a known name cut short, one word of a sentence's
        start that the brochure writes in lower case elsewhere."""
        if forward:
            start = edge
            while start < len(doc) and doc[start].lower_ in self.item_articles:
                start += 1
            end = start
            while end < len(doc) and end - start < PARTY_NAME_WORDS:
                if self._party_word(doc[end], marked):
                    end += 1
                elif end > start and doc[end].lower_ in self.inner_links and end + 1 < len(doc) and not _is_acronym(doc[end - 1].text) \
                        and self._party_word(doc[end + 1], marked) and doc[end + 1].text[:1].isupper():
                    end += 2
                else:
                    break
        else:
            end = start = edge
            while start > 0 and end - start < PARTY_NAME_WORDS:
                if start < end and doc[start].lower_ in self.item_articles:
                    break  # (an article opens the name: "Sfax La Municipalité de Sfax" is two)
                if self._party_word(doc[start - 1], marked):
                    start -= 1
                elif start < end and start > 1 and doc[start - 1].lower_ in self.inner_links and self._party_word(doc[start - 2], marked) \
                        and not _is_acronym(doc[start - 2].text):
                    start -= 2
                else:
                    break
        # (an article, a sentence's small word, a classifier: "the", "l’ONG Tany Maitso", "the company Lekas")
        while start < end and (doc[start].lower_ in self.item_articles or doc[start].lower_ in self.leading_words
                               or doc[start].text == "&" or doc[start].text in self.classifier_nouns
                               or doc[start].lower_ in self.classifier_nouns):
            start += 1
        while end > start and (doc[end - 1].lower_ in self.inner_links or doc[end - 1].text == "&"):
            end -= 1
        # ("the Government of Bangladesh signed": the country, as the finders by shape read it)
        if start < end and doc[start].lower_.removesuffix("s") in self.qualified_heads:
            return None
        if start == end or all(in_country[start:end]) or doc[start:end].text in _known_name_starts() \
                or doc[start:end].text.casefold() in _place_names():
            return None
        if all(token.is_stop or token.lower_ in self.list_conjunctions or token.lower_ in self.party_not_names for token in doc[start:end]):
            return None  # ("In March", "Workers": a sentence's first words)
        lower_words = self._lower_words(doc)
        if all(token.lower_ in lower_words for token in doc[start:end] if token.is_alpha):
            return None  # ("Employers and workers signed": words the brochure writes in lower case)
        if end - start == 1:  # (a head word or an instrument alone names no body: "the Ministry", "MOUs")
            word = doc[start].lower_
            if len(word) < 3 or doc[start].text in self.given_names or word in self.heads or word.rstrip("s") in self.heads \
                    or word in self.instrument_names or word.rstrip("s") in self.instrument_names:
                return None
        elif self._person_place_or_qualifier(doc, start, end):
            return None
        return Span(doc, start, end, label="ORG")

    @staticmethod
    def _lower_words(doc: Doc) -> frozenset[str]:
        """The words the Doc writes in lower case (read once per Doc)."""
        found = doc.user_data.get(LOWER_WORDS)
        if found is None:
            found = doc.user_data[LOWER_WORDS] = frozenset(text for text in distinct_words(doc).texts.values()
                                                           if text.isalpha() and text.islower())
        return found

    @staticmethod
    def _acronym_in_capitals(ent: Span, marked: bytearray) -> bool:
        """An acronym match inside a run of capitals ("WHO WE ARE") is a word of a heading."""
        if len(ent) != 1 or not ent.text.isupper():
            return False
        doc = ent.doc
        neighbours = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
        return any(t.is_alpha and t.is_upper and len(t) > 1 and marked[t.i] != 1 for t in neighbours)

    def _shaped_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Runs of capitalised words built on an organization word: "Fiji Trades Union Congress",
        "Ministry of Foreign Affairs and Trade", "Social Security Office", "Ministry of Labour,
        Industrial Relations and Employment Creation" (a list of portfolios), "Ala-Too Garments LLC",
        "Erongo Hake Processors (Pty) Ltd". ``in_country``: 1 for the tokens of a country's name."""
        links = self.links
        connectors = links.connectors
        spans = []
        for match in self._head_search.finditer(doc_text(doc)):  # a regex finds the few head words fast
            head = doc.char_span(match.start(), match.end())
            if head is None or len(head) > 3:  # ("d.o.o." is two tokens)
                continue
            token = head[0]
            start = token.i
            first, last = max(token.i - NAME_REACH, 0), min(token.i + NAME_REACH, len(doc))
            if token.lower_ in self.of_phrase_heads:
                # "City of Skopje" is its council; "Quezon City", "Mexico City" are places
                if token.i + 2 < last and doc[token.i + 1].lower_ in links.region_prepositions and _capitalised(doc[token.i + 2]) \
                        and not marked[token.i + 2] and token.text[0].isupper():
                    first = token.i  # (no words before it join the name)
                else:
                    continue
            # "Lusocork Services, Lda.", "Tarsis Boats, S.A.": a legal form written after a comma
            if token.text in self.suffixes and start - 2 >= first and doc[start - 1].text == "," and _capitalised(doc[start - 2]) \
                    and not marked[start - 2]:
                start -= 1
            while start > first:
                # (not over a noun of its kind: "the NGO Amel Association")
                # (nor over an article right before the head word: "... à Sfax / La Municipalité de Sfax"
                # opens at "La"; "Flores La Conejera S.A.S." holds one)
                if (_capitalised(doc[start - 1]) and doc[start - 1].text not in self.classifier_nouns
                        and not (start == token.i and doc[start - 1].lower_ in self.leading_words)) or _possessive(doc, start - 1) \
                        or (_abbreviation(doc[start - 1]) and start < token.i and doc[start - 1].text not in self.suffixes):
                    # ("Ltd." ends a name: the sentence after it is another)
                    start -= 1
                elif (step := self._compound_before(doc, start, first)) or (step := self._legal_form_before(doc, start, first)):
                    start -= step
                    continue
                elif (start - 2 >= first and doc[start - 1].lower_ in links.conjunctions and start < token.i
                      and self._joins_back_over_and(doc, start - 1, first, marked, in_country)):
                    if not self._two_companies(doc, start - 1, token, first):
                        # "Occupational Competency Assessment and Certification Centre": "and" between
                        # two capitalised words of one name (no known body, country or head word before it)
                        start -= 2
                        continue
                    # (two companies: the one before "and" is a name of its own, "Nile Delta Contracting")
                    run = start - 1
                    while run > first and _capitalised(doc[run - 1]):
                        run -= 1
                    while run < start - 1 and doc[run].lower_ in self.leading_words:
                        run += 1
                    if start - 1 - run >= 2:
                        spans.append(Span(doc, run, start - 1, label="ORG"))
                    break
                else:
                    break
                # "Dar es Salaam Institute": a place name's lower-case particle between capitalised words
                if (start - 2 >= first and doc[start - 1].lower_ in self.place_particles and doc[start - 1].is_lower
                        and _capitalised(doc[start - 2])):
                    start -= 2
            # "the Women in Informal Services ... Centre": a name that opens with a word and a
            # preposition, after an article (without one, "Support for Kenya ..." would join the name)
            if (start - 3 >= first and doc[start - 1].lower_ in links.prepositions and _capitalised(doc[start - 2])
                    and not marked[start - 2] and doc[start - 3].lower_ in links.articles):
                start -= 2
            end = head.end
            # "Forum Secretariat", "Company Limited": more head words or a legal form go on the name
            while end < last and (doc[end].text in self.suffixes or (_capitalised(doc[end]) and self._is_head(doc[end].text))):
                end += 1
            # "Mekong Data Systems Co., Ltd.": a legal form in two parts
            if end + 1 < last and doc[end - 1].text in self.suffixes and doc[end].text == "," and doc[end + 1].text in self.suffixes:
                end += 2
            # (a token after the Doc's first is never a sentence start: the pipeline sets no sentences)
            # (not after "Ltd." or "Inc.": a full stop there may end the sentence, "Ltd. The ..." is two)
            # (nor after a legal form at all: "... Garments LLC and Erongo Hake Processors" are two bodies)
            while end + 1 < last and doc[end - 1].text not in self.suffixes:
                if doc[end].text == "," and (after := self._portfolios_end(doc, token.i, end, last, marked, in_country)):
                    end = after
                    continue
                connector = doc[end].lower_
                if connector not in connectors or doc[end - 1].text.endswith("."):
                    break
                step = end + 1
                # "of the Pacific", "for the Elimination": an article may follow a preposition, not "and"
                while step < last and connector not in links.conjunctions and doc[step].lower_ in links.articles:
                    step += 1
                # ... but never into the name of another known body: "the Asian Development Bank and GIZ"
                # (a region may be named in it after "of" or "for": "Development Bank of Southern Africa")
                region = connector in links.region_prepositions and marked[step] == 2 if step < last else False
                # (no month: "signed with the Tessaly Union in June")
                if step < last and (not marked[step] or region) and _capitalised(doc[step]) and doc[step].lower_ not in _month_names() \
                        and not (
                        connector in links.conjunctions and self._another_after_and(doc, end, step, last)):
                    end = step + 1
                    # "of West African Employers' Organisations": a possessive inside the run
                    while end < last:
                        if self._compound_after(doc, end, last):  # ("Inter-American": the hyphen and the word after it)
                            end += 2
                        elif (_capitalised(doc[end]) or doc[end].text in self.suffixes or (region and marked[end] == 2)
                              or (end + 1 < last and _possessive(doc, end) and _capitalised(doc[end + 1]))):
                            end += 1
                        else:
                            break
                else:
                    break
            # "ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone": an office serves a list of countries
            if end < last and (in_country[end - 1] or marked[end - 1] == 2) and any(t.lower_ in self.sub_units for t in doc[start:end]):
                end = self._place_list_end(doc, end, last, marked, in_country, links.conjunctions, links.articles) or end
            while start < token.i and doc[start].lower_ in self.leading_words:
                start += 1
            if token.lower_ in self.of_phrase_heads and not self._of_phrase_head_acts(doc, start, end, marked):
                continue  # "Workers in the City of London earn more": the place
            if end - start >= 2 and not self._names_an_event(doc, start, token) and self._head_stands(doc, token.i, start, end):
                spans.append(Span(doc, start, end, label="ORG"))
        return filter_spans(spans)

    def _head_stands(self, doc: Doc, index: int, start: int, end: int) -> bool:
        """The name ``doc[start:end]`` built on the head word at ``index`` may name a body: the head
        is none of ``qualified_heads``, or a sub-national word stands right before or after it
        ("Provincial Government", "Gobierno Regional", "Gouvernement provincial") and a proper name
        is in the name ("... of Riau", "Wakiso District ..."; not the heading "GOBIERNO LOCAL").
        "Government of Norway" names the country."""
        if doc[index].lower_ not in self.qualified_heads:
            return True
        words = self.sub_national_words
        return any(0 <= i < len(doc) and doc[i].lower_ in words for i in (index - 1, index + 1)) \
            and any(t.text[:1].isupper() and t.lower_ not in words and t.lower_ not in self.qualified_heads for t in doc[start:end])

    def _of_phrase_head_acts(self, doc: Doc, start: int, end: int, marked: bytearray) -> bool:
        """The name ``doc[start:end]`` built on one of ``of_phrase_heads`` ("City of Cape Town") names
        the city's government: it is a party or an agent ("with the City of ...", "by the City of
        ...", "the ILO and the City of ...": "and" after a known body), the subject of a verb of agency ("the City of ... has
        signed"), or a council word names its government in it or right after it ("City of
        Johannesburg Metropolitan Municipality") — lexicon ``of_phrase_head_context``."""
        context = self.of_phrase_context
        if any(t.lower_ in context["council_words"] for t in doc[start + 2: min(end + 1, len(doc))]):
            return True
        before = start - 1
        while before >= 0 and doc[before].lower_ in self.links.articles:
            before -= 1
        if before >= 0 and doc[before].lower_ in context["before"] and (doc[before].lower_ not in self.links.conjunctions
                                                                      or (before > 0 and marked[before - 1] == 1)):
            return True
        after = end
        while after < len(doc) and after - end < 3 and doc[after].lower_ in context["auxiliaries"]:
            after += 1
        return after < len(doc) and doc[after].lower_ in context["verbs"]

    def _without_theme_words(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """``spans`` (names found by shape) without those that a theme's phrase starting before them
        ends in ("Freedom of Association in Export Zones", "... Freedom of Association Committee
        cases"): their head word belongs to the theme. (A name that is all a theme's phrase may be
        a body: "the Labour Inspectorate".) A phrase is looked for from up to five words before the
        name to each word of it: the names are few, the Doc long."""
        kept = []
        for span in spans:
            words = [t.lower_ for t in doc[max(0, span.start - _THEME_REACH):span.end]]
            opening = len(words) - len(span)  # the index of the name's first word in ``words``
            if not any(" ".join(words[first:last]) in self.theme_phrases
                       for first in range(opening) for last in range(opening + 1, len(words) + 1)):
                kept.append(span)
        return kept

    @staticmethod
    def _compound_before(doc: Doc, start: int, first: int) -> int:
        """2 when a hyphen written tight between two capitalised words ends at ``start``: "Ala-Too",
        "Agro-Industries", "Inter-Employers’" (the tokenizer splits them); else 0."""
        if start - 2 >= first and doc[start - 1].text in ("-", "‑") and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].text[0].isupper():
            return 2
        return 0

    @staticmethod
    def _compound_after(doc: Doc, end: int, last: int) -> bool:
        """A hyphen written tight after ``end - 1`` and before a capitalised word: "Inter-American"."""
        return (end + 1 < last and doc[end].text in ("-", "‑") and not doc[end - 1].whitespace_ and not doc[end].whitespace_
                and _capitalised(doc[end + 1]))

    def _legal_form_before(self, doc: Doc, start: int, first: int) -> int:
        """3 when a legal form in parentheses ends at ``start`` ("Processors (Pty) Ltd",
        "Garments (Pvt) Ltd"), 2 when one written with its full stop does ("Rebar Pvt. Ltd.", which
        the tokenizer splits as "Pvt", "."); else 0."""
        if start - 3 >= first and doc[start - 1].text == ")" and doc[start - 2].text in self.suffixes and doc[start - 3].text == "(":
            return 3
        if start - 2 >= first and doc[start - 1].text == "." and not doc[start - 2].whitespace_ \
                and (doc[start - 2].text in self.suffixes or doc[start - 2].text + "." in self.suffixes):
            return 2
        return 0

    def _joins_back(self, doc: Doc, index: int, marked: bytearray, in_country: bytearray) -> bool:
        """The word at ``index``, before an "and" in a run of capitals, is a word of the same name:
        capitalised, not an acronym, no known body, country, head word or legal form."""
        word = doc[index]
        return (_capitalised(word) and not _is_acronym(word.text) and not marked[index] and not in_country[index]
                and not self._is_head(word.text) and word.text not in self.suffixes)

    def _joins_back_over_and(self, doc: Doc, conjunction: int, first: int, marked: bytearray, in_country: bytearray) -> bool:
        """The capitalised words before the "and" at ``conjunction`` open the same name: they hold no
        known body, country, head word or legal form, and no "of"/"for" or head word comes before
        them ("Ministry of Fisheries and Harrow Textiles Limited" names two bodies)."""
        index = conjunction - 1
        while index >= first and self._joins_back(doc, index, marked, in_country):
            index -= 1
        if index == conjunction - 1:
            return False
        # "... Accord on Safe Workplaces in the Garment Industry and Bluewater Logistics Inc.": the words
        # before "and" end another name's of-phrase
        links = self.links
        if index - 1 >= first and doc[index].lower_ in links.articles and doc[index - 1].lower_ in links.prepositions:
            return False
        # (a country may open the name: "Lesotho Garment and Allied Workers’ Union")
        return not (index >= first and (doc[index].lower_ in links.prepositions or marked[index]
                                        or (_capitalised(doc[index]) and self._is_head(doc[index].text))
                                        or doc[index].text in self.suffixes))

    def _two_companies(self, doc: Doc, conjunction: int, head, first: int) -> bool:
        """"Nile Delta Contracting and Mokattam Ready Mix Co.": before a legal form, an "and" with two
        capitalised words or more on each side joins two companies, not two words of one name
        ("Marks and Spencer plc", "Johnson & Johnson Ltd" keep one word on a side). ``head``: the
        name's head word, here its legal form."""
        if head.text not in self.suffixes or head.i - (conjunction + 1) < 2:
            return False
        before = conjunction - 1
        while before >= first and _capitalised(doc[before]):
            before -= 1
        return conjunction - 1 - before >= 2

    def _portfolios_end(self, doc: Doc, head: int, comma: int, last: int, marked: bytearray, in_country: bytearray) -> int:
        """The end of a list of portfolios that a name with an of-phrase runs on with from the comma at
        ``comma``: ", Industrial Relations and Employment Creation", ", Health, and Social Affairs":
        items of one to four capitalised words (no known body, country, head word, legal form or
        acronym), the last after "and" or "&". 0 when the words after the comma are no such list."""
        conjunctions = self.links.conjunctions
        if not any(doc[i].lower_ in self.links.region_prepositions for i in range(head + 1, comma)):
            return 0
        position, closing = comma, False
        while True:
            position += 1
            if doc[position - 1].text == "," and position < last and doc[position].lower_ in conjunctions:
                position, closing = position + 1, True  # (", and": the last item)
            item = position
            while position < last and position - item < 5 and self._joins_back(doc, position, marked, in_country):
                position += 1
            if position == item or position - item > 4:
                return 0
            if closing:
                return position
            if position < last and doc[position].text == ",":
                continue
            if position < last and doc[position].lower_ in conjunctions:
                closing = True
                continue
            return 0

    def _initialled_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names with no head word that an acronym definition spells: "Benguela Current Convention
        (BCC)", "Central Unitaria de Trabajadores (CUT)", "CUT-A (Central Unitaria de Trabajadores –
        Auténtica)". The capitalised words' initials give the acronym's capitals, in order; the
        words between them are the name's own connectors (any language's). Not a theme's or an
        instrument's name or acronym ("Technical and Vocational Education and Training (TVET)",
        "Memorandum of Understanding (MoU)")."""
        spans = []
        text = doc_text(doc)
        for pattern, spelt in ((_ACRONYM_IN_PARENTHESES, self._spelt_before), (_ACRONYM_BEFORE_PARENTHESES_SEARCH, self._spelt_inside)):
            for match in pattern.finditer(text):
                acronym = match["acronym"]
                letters = [c for c in acronym if c.isupper()]
                if acronym in self.not_body_acronyms or len(letters) < 2:
                    continue
                written = doc.char_span(match.start("acronym"), match.end("acronym"))
                if written is None or any(marked[written.start:written.end]):
                    continue
                span = spelt(doc, written, letters, marked)
                # ("United Kingdom (UK)" is a country)
                if span is not None and span.text.lower() not in self.not_body_names and not all(in_country[span.start:span.end]) \
                        and not self._names_a_programme(doc, span, written, marked):
                    spans.append(span)
        return spans

    def _classified_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """A name with no head word that a noun of its kind introduces (lexicon ``classifier_nouns``):
        "the local NGO Terre et Travail", "l’ONG Tany Maitso", "l’opérateur Orange Côte d’Ivoire".
        The name is the capitalised words after the noun, with a country's words and the small
        links between capitalised words ("et", "de", "d’"); no known body, at most six words."""
        if self._classifier_search is None:
            return []
        spans = []
        for match in self._classifier_search.finditer(doc_text(doc)):
            noun = doc.char_span(match.start(), match.end())
            if noun is None or len(noun) != 1 or noun.end >= len(doc):
                continue
            noun = noun[0]
            start = end = noun.i + 1
            while end < len(doc) and end - start < 8 and not marked[end]:
                word = doc[end]
                # (a legal form of initials: "Mariscos del Pacífico S. de R.L.")
                if _capitalised(word) or (in_country[end] and end > start) or (end > start and _INITIALS.fullmatch(word.text)) \
                        or (word.lower_ in self.name_connectors and end > start and end + 1 < len(doc) and not marked[end + 1]
                            and (_capitalised(doc[end + 1]) or _INITIALS.fullmatch(doc[end + 1].text))):
                    end += 1
                else:
                    break
            while end > start and not _capitalised(doc[end - 1]) and not in_country[end - 1] and not _INITIALS.fullmatch(doc[end - 1].text):
                end -= 1
            # ("the company In 2024 ...": a sentence's first word, no name)
            if end > start and not all(in_country[start:end]) and not doc[start].is_stop:
                spans.append(Span(doc, start, end, label="ORG"))
        return spans

    def _appositive_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names with no head word that an apposition says are bodies (lexicon ``appositions``):
        "Lekas, a delivery app, sent ...", "Villa Raalhu, a resort in Baa Atoll, and ...", "Hodna Agro,
        un groupe laitier de Sétif, a adressé ...". The apposition opens with an article, holds one of
        the nouns among its first APPOSITION_NOUN_REACH words (with no role word after it: "a
        cooperative member" is a person), and closes (APPOSITION_CLOSES) before its clause ends. The
        name is the capitalised words right before the comma (at most PARTY_NAME_WORDS, the small links
        between them); no known body, country, person, place or a sentence's opening word ("Today")."""
        if self._apposition_search is None:
            return []
        spans = []
        for match in self._apposition_search.finditer(doc_text(doc)):
            comma = doc.char_span(match.start(), match.start() + 1)
            if comma is None:
                continue
            comma = comma.start
            noun = self._apposition_noun(doc, comma + 2)
            if noun is None or not self._apposition_closes(doc, noun + 1):
                continue
            # (after a definite article, words must qualify the noun: "Expoflores, la asociación de
            # productores, ..." names a body, "Ensuite, la coopérative, ..." does not)
            if doc[comma + 1].lower_ in self.apposition_definite and doc[noun + 1].text in APPOSITION_CLOSES:
                continue
            start = comma
            while start > 0 and comma - start < PARTY_NAME_WORDS and not marked[start - 1] and doc[start - 1].text not in CLAUSE_ENDS \
                    and (_capitalised(doc[start - 1]) or doc[start - 1].text in self.suffixes
                         or (doc[start - 1].lower_ in self.name_connectors and start - 1 > 0 and _capitalised(doc[start - 2]))):
                start -= 1
            while start < comma and (not _capitalised(doc[start]) or doc[start].lower_ in self.leading_words):
                start += 1
            if start == comma or (start > 0 and (marked[start - 1] or doc[start - 1].lower_ in self.name_connectors)):
                continue  # (no name, or the end of a longer one: "Ministry of Labour, a ...")
            first = doc[start]
            if all(in_country[start:comma]) or first.lower_ in self.party_not_names or (comma - start == 1 and first.is_stop) \
                    or self._person_place_or_qualifier(doc, start, comma):
                continue
            spans.append(Span(doc, start, comma, label="ORG"))
        return spans

    def _listed_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names with no head word that a count and a plural noun of their kind list (lexicon ``listed_kinds``):
        "Two companies, SunTrail Energy and Jua Power Kenya, have hosted ...", "tres empresas compradoras
        —Fresh Valley Berries, Pacific Harvest Foods y la cadena Supermercados del Norte— firmaron". Each item
        is a run of capitalised words (the small links between them, at most PARTY_NAME_WORDS tokens, an
        article or a noun of its kind before it left out); the list holds two items at least, its last
        joined by "and", and closes (APPOSITION_CLOSES, or its clause's end); a known body among them stays itself."""
        if self._listed_search is None:
            return []
        spans = []
        for match in self._listed_search.finditer(doc_text(doc)):
            opening = doc.char_span(match.end() - 1, match.end())
            if opening is None:
                continue
            index, items, closed = opening.end, [], False
            separator, joined = None, False  # (the last separator read; whether "and" joined the last item)
            while index < len(doc) and len(items) <= PARTY_LIST_ITEMS:
                while index < len(doc) and (doc[index].lower_ in self.item_articles or doc[index].lower_ in self.classifier_nouns):
                    index += 1
                start = index
                while index < len(doc) and index - start < PARTY_NAME_WORDS and not marked[index] \
                        and (_capitalised(doc[index]) or doc[index].text in self.suffixes
                             or (index > start and doc[index].lower_ in self.inner_links and index + 1 < len(doc)
                                 and _capitalised(doc[index + 1]))):
                    index += 1
                while index < len(doc) and marked[index]:  # (a known body listed among them)
                    index += 1
                if index == start:  # (no item after a comma: the list closed at it, "A and B, have ...")
                    closed = separator == "," and joined
                    break
                items.append((start, index))
                if index >= len(doc):
                    break
                token = doc[index]
                if token.text == "," and index + 1 < len(doc) and doc[index + 1].lower_ in self.list_conjunctions:
                    separator, joined, index = "and", True, index + 2
                elif token.lower_ in self.list_conjunctions:
                    separator, joined, index = "and", True, index + 1
                elif token.text == ",":
                    separator, index = ",", index + 1
                else:
                    closed = joined and (token.text in APPOSITION_CLOSES or token.text in CLAUSE_ENDS)
                    break
            if not closed or len(items) < 2:
                continue
            spans += [Span(doc, start, end, label="ORG") for start, end in items
                      if not marked[start] and not all(in_country[start:end]) and not self._person_place_or_qualifier(doc, start, end)]
        return spans

    def _trade_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names with no head word that a trade's own words shape (lexicon ``trade_names``), bodies
        wherever they stand: a broadcaster's "Radio Bjeshka", "Kestrel Sound FM 91.3", "Radio Cumbre
        Estéreo"; a family firm's "Ndiaye & Fils", "Delmar Nuts & Sons Ltd"; a legal form written
        first, "PT Sumber Makmur"; a trade's noun last or first, "Kestrel Valley Logistics",
        "Transportes Quillota", where another word of the name is one the brochure never writes in lower
        case. The name is the word and the capitalised words after it or before it (at most
        PARTY_NAME_WORDS, the small links and possessives between them), a broadcaster's frequency and
        a legal form after it; no known body, nor a sentence's opening word ("Today")."""
        spans = []
        lower_words = self._lower_words(doc)
        for match in self._trade_search.finditer(doc_text(doc)):
            word = doc.char_span(match.start(), match.end())
            if word is None:
                continue
            text = word[0].text
            opens = text in self.trade_openers or (text in self.trade_nouns_first and len(word) == 1)
            if opens:
                start, end = word.start, self._capitalised_run_end(doc, word.end, marked)
                if end == word.end:
                    continue
                if end < len(doc) and doc[end].text in self.trade_closers:
                    end += 1
            else:  # a closer, a trade's noun last, or "&" and a family word
                end = word.end
                start = self._capitalised_run_start(doc, word.start, marked)
                if start == word.start:
                    continue
            if text in self.trade_nouns_last and self._name_goes_on(doc, end):
                continue  # ("the Ghana Construction / Workers Union": a longer name, over a line break)
            if text in self.trade_nouns_first or text in self.trade_nouns_last:
                others = [t for t in (doc[word.end:end] if opens else doc[start:word.start]) if t.is_alpha]
                if all(t.lower_ in lower_words or t.is_stop for t in others):
                    continue  # ("Public Transport", "Restaurant Le": words the brochure writes in lower case)
            elif text != "&" and end < len(doc) and _FREQUENCY.fullmatch(doc[end].text):  # (a broadcaster's "FM 88.7")
                end += 1
            while end < len(doc) and (doc[end].text in self.suffixes
                                      or (doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].text in self.suffixes)):
                end += 1 if doc[end].text in self.suffixes else 2  # ("& Sons Ltd", "& Co., Ltd.")
            if all(in_country[start:end]) or self._person_place_or_qualifier(doc, start, end):
                continue
            spans.append(Span(doc, start, end, label="ORG"))
        return spans

    def _name_goes_on(self, doc: Doc, end: int) -> bool:
        """A capitalised word or a legal form follows ``end`` with no sign between (over white space):
        the name ending there is part of a longer one."""
        while end < len(doc) and doc[end].is_space:
            end += 1
        return end < len(doc) and (_capitalised(doc[end]) or doc[end].text in self.suffixes)

    def _capitalised_run_end(self, doc: Doc, start: int, marked: bytearray) -> int:
        """The end of the run of capitalised words from ``start`` (at most PARTY_NAME_WORDS, the small
        links between them, none known, a name's own hyphens and apostrophes inside it): ``start`` when none."""
        end = start
        while end < len(doc) and end - start < PARTY_NAME_WORDS and not marked[end]:
            token = doc[end]
            if _proper_word(token):
                end += 1
            elif end > start and self._compound_after(doc, end, len(doc)):
                end += 2
            elif (end > start and token.lower_ in self.inner_links and end + 1 < len(doc) and not marked[end + 1]
                  and _capitalised(doc[end + 1])):
                end += 1
            else:
                break
        return end

    def _capitalised_run_start(self, doc: Doc, end: int, marked: bytearray) -> int:
        """The start of the run of capitalised words that ends at ``end`` (as _capitalised_run_end,
        read backwards, within its clause), its leading article or a sentence's opening word left
        out: ``end`` when none."""
        start = end
        while start > 0 and end - start < PARTY_NAME_WORDS and not marked[start - 1] and doc[start - 1].text not in CLAUSE_ENDS:
            token = doc[start - 1]
            if _proper_word(token) or token.text in self.suffixes \
                    or _possessive(doc, start - 1):  # ("Amma’s Kitchen")
                start -= 1
            elif self._compound_before(doc, start, 0):
                start -= 2
            elif token.lower_ in self.inner_links and start - 2 >= 0 and _capitalised(doc[start - 2]) and start < end:
                start -= 1
            else:
                break
        while start < end and (not _proper_word(doc[start])
                               or doc[start].lower_ in self.leading_words or doc[start].lower_ in self.party_not_names):
            start += 1
        return start

    def _apposition_noun(self, doc: Doc, start: int) -> int | None:
        """The index of the apposition's noun among the APPOSITION_NOUN_REACH words from ``start``
        (right after its article), or None: one of the lexicon's nouns with no role word right after
        it; in a language that puts its head word first, the noun itself or the word after it
        qualifies it ("un groupe laitier de"), in English only a small word or a sign may follow it
        ("a delivery app, ...", "a resort in ...")."""
        for index in range(start, min(len(doc), start + APPOSITION_NOUN_REACH)):
            token = doc[index]
            if token.lower_ in self.apposition_nouns:
                following = doc[index + 1] if index + 1 < len(doc) else None
                if following is None or following.lower_ in self.role_words or following.lower_ in self.qualified_nouns:
                    return None
                if self.shape is None and not (following.is_punct or following.is_stop):
                    return None
                return index
            # (the words before the noun qualify it: "a delivery app", "une petite entreprise"; a small
            # word there is a clause's: "X, a créé une coopérative")
            if token.is_stop or not token.text.replace("-", "").isalpha():
                return None
        return None

    def _apposition_closes(self, doc: Doc, start: int) -> bool:
        """Whether the apposition going on at ``start`` closes (APPOSITION_CLOSES) within
        APPOSITION_TOKENS, before its clause ends."""
        for index in range(start, min(len(doc), start + APPOSITION_TOKENS)):
            text = doc[index].text
            if text in APPOSITION_CLOSES:
                return True
            if text in CLAUSE_ENDS:
                return False
        return False

    def _names_a_programme(self, doc: Doc, name: Span, acronym: Span, marked: bytearray) -> bool:
        """A name an acronym spells that is a body's programme or product, not a body: owned by a
        known body ("The ILO's Fair Migration for Domestic Workers (FMDW) project"), worded as one
        (lexicon ``not_name_words``: "Start and Improve Your Business"), or followed by a
        programme noun (lexicon ``programme_nouns``) after its definition and any others listed
        with it ("Start and Improve Your Business (SIYB) and Know About Business (KAB) courses")."""
        before = name.start - 1
        if before >= 1 and doc[before].lower_ in ("'s", "’s") and marked[before - 1] == 1:
            return True
        if any(word.lower_ in self.not_name_words for word in name):  # "Start and Improve Your Business", "Know About Business"
            return True
        after = max(name.end, acronym.end) + 1  # after the closing parenthesis
        for index in range(after, min(after + 12, len(doc))):
            word = doc[index]
            if word.text in ("(", ")") or word.lower_ in self.links.conjunctions or _capitalised(word) or _is_acronym(word.text):
                continue
            return word.lower_ in self.programme_nouns
        return False

    def _spelt_before(self, doc: Doc, acronym: Span, letters: list[str], marked: bytearray) -> Span | None:
        """The shortest run of words before "(``acronym``)" whose capitalised words' initials are
        ``letters``, starting with a capitalised word; None when there is none."""
        opening = acronym.start - 1
        if opening < 1 or doc[opening].text != "(" or acronym.end >= len(doc) or doc[acronym.end].text != ")":
            return None
        index, wanted = opening - 1, list(letters)
        while index >= 0 and wanted:
            word = doc[index]
            if marked[index]:
                return None
            if word.is_alpha and word.text[0].isupper():
                if _base_letter(word.text[0]) != wanted[-1].lower():
                    return None
                wanted.pop()
            elif word.lower_ not in self.name_connectors and word.text not in ("-", "‑"):
                return None
            index -= 1
        if wanted or opening - (index + 1) < 2:
            return None
        return Span(doc, index + 1, opening, label="ORG")

    def _spelt_inside(self, doc: Doc, acronym: Span, letters: list[str], marked: bytearray) -> Span | None:
        """The words in the parentheses after ``acronym`` when their capitalised words' initials
        are ``letters`` (or start them: "Auténtica" gives the "A" of "CUT-A"); the span is the
        words, the acronym's definition then pairs them."""
        if acronym.end + 2 >= len(doc) or doc[acronym.end].text != "(":
            return None
        start = index = acronym.end + 1
        initials = []
        while index < len(doc) and index - start < 16 and doc[index].text != ")":
            word = doc[index]
            if marked[index]:
                return None
            if word.is_alpha and word.text[0].isupper():
                initials.append(_base_letter(word.text[0]))
            elif word.lower_ not in self.name_connectors and word.text not in ("-", "‑", "–"):
                return None
            index += 1
        if index >= len(doc) or doc[index].text != ")" or index - start < 2:
            return None
        if initials != [letter.lower() for letter in letters]:
            return None
        return Span(doc, start, index, label="ORG")

    def _elided_name_word(self, doc: Doc, index: int, last: int, in_country: bytearray) -> bool:
        """``doc[index]`` is an elided link and its word written in one token that a head-first name
        goes on with: a capitalised word ("d’Emploi") or a country's ("d’Ivoire"), or a lower-case word
        right before another such token ("d’ylang d’Anjouvale"); "d’une" of "d’une part" is none."""
        elided = self.shape.elided(doc[index])
        if not elided:
            return False
        if elided[:1].isupper() or in_country[index]:
            return True
        following = index + 1
        return following < last and (in_country[following] or self.shape.elided(doc[following])[:1].isupper())

    def _head_first_names(self, doc: Doc, marked: bytearray, in_country: bytearray) -> list[Span]:
        """Names that open with their head word and run on after it, as French and Spanish ones do:
        "Banque africaine de développement", "Ministère du Travail et de la Protection sociale",
        "Federación Nacional de Trabajadoras del Hogar". The name ends at the last word that fits
        the language's shape (NameShape); it never runs into another known body or another head word
        after "et"/"y". ``in_country``: 1 for the tokens of a country's name (no adjective follows
        one: "Ministerio de Desarrollo Social de Honduras lidera ..." ends at "Honduras")."""
        shape = self.shape
        spans, units = [], []
        for index in self._head_word_indices(doc):
            token = doc[index]
            lower_case = token.lower_ in self.lower_case_heads and token.is_lower
            if not ((_capitalised(token) and self._opens_name(token.text)) or lower_case) or marked[token.i]:
                continue
            if lower_case and token.i > 0 and doc[token.i - 1].lower_ in self.indefinite_articles:
                continue  # ("Harrowville, une commune rurale du Sud": what a place is, no body)
            last = min(token.i + NAME_REACH, len(doc))
            defined = self._defined_run(doc, token, last, marked)
            if defined is not None:  # "Agence pour l'emploi des jeunes (AEJ)": the text says where the name ends
                spans.append(Span(doc, token.i, defined, label="ORG"))
                continue
            end = good = token.i + 1
            unit_of_known = False
            listed = False  # (after a list of portfolios "y"/"et" names another body: "..., Empleo y Previsión Social y la ...")
            while end < last:
                current = doc[end]
                if marked[end] == 1:  # another body; a region may be part of the name ("... du Sahel")
                    break
                # "Marien-Tessaly", "Pointe-Harrow", "taxi-motos", "main-d’œuvre": words joined by a hyphen
                # written tight (the tokenizer splits them)
                if (joined := self._hyphen_joined(doc, end, last, shape)):
                    end = good = end + joined
                    continue
                # ", de la Famille et de l'Enfant": a name that lists its portfolios
                if current.text == "," and (step := shape.link_at(doc, end + 1, shape.genitive_links)) and end + 1 + step < last \
                        and _capitalised(doc[end + 1 + step]) and marked[end + 1 + step] != 1:
                    end = good = end + 2 + step
                    continue
                # ", Empleo y Previsión Social", "secondaire, technique et de la Formation", ", du commerce et de l’artisanat"
                if current.text == "," and (after := self._portfolio_list_end(doc, end, last, marked, in_country)):
                    end = good = after
                    listed = True
                    continue
                if _capitalised(current) or _hyphenated_proper(current) or _is_acronym(current.text) or current.text in self.suffixes:
                    end = good = end + 1
                    continue
                # "de Côte d’Ivoire": the rest of a country's name; "d’Anjouvale" written in one
                # token (a quoted name, another language's tokenizer)
                # ... but a lower-case word after an elision only where a capitalised one follows it
                # ("d’ylang d’Anjouvale"; "du travail d’une part" ends at "travail")
                if (in_country[end] and in_country[end - 1]) or self._elided_name_word(doc, end, last, in_country):
                    end = good = end + 1
                    continue
                if shape.is_adjective(current) and not in_country[end - 1]:
                    end = good = end + 1
                    continue
                step = shape.link_at(doc, end, shape.genitive_links)
                if lower_case and step and end + step < last and _is_acronym(doc[end + step].text):
                    break  # "el hospital del IGSS": a body's own unit, named by the body
                if step and end + step < last and marked[end + step] == 1:
                    # "Bureau régional de l'OIT": an office of a known body is that body's, not a body of its own
                    unit_of_known = token.lower_ in self.sub_units
                    if unit_of_known:
                        body_end = end + step
                        while body_end < len(doc) and marked[body_end] == 1:
                            body_end += 1
                        units.append(Span(doc, token.i, self._office_place_end(doc, body_end, last, marked, in_country), label="ORG"))
                    break
                if step and end + step < last:
                    following = doc[end + step]
                    # "Departamento de Organizaciones Sociales del Ministerio de Trabajo": a link with its
                    # article before a head word names the body the unit belongs to, a body of its own
                    if _capitalised(following) and self._is_head(following.text) \
                            and doc[end:end + step].text.lower() in shape.article_links:
                        break
                    if _capitalised(following) or _hyphenated_proper(following) or (following.is_alpha and following.is_lower
                                                   and following.lower_ not in shape.articles
                                                   and not shape.link_at(doc, end + step, shape.other_links)) \
                            or shape.elided(following)[:1].isupper():  # ("de l’Emploi" in one token)
                        end = good = end + step + 1
                        continue
                    break
                step = 0 if listed else shape.link_at(doc, end, shape.other_links)
                if step and doc[end].lower_ in shape.list_conjunctions and end + step < last:
                    # "technique et professionnel": an adjective joined to the adjective before it; "de
                    # l’emploi et de la main-d’œuvre": a genitive of a lower-case word joined to one
                    following, genitive = doc[end + step], shape.link_at(doc, end + step, shape.genitive_links)
                    if shape.is_adjective(following) and shape.is_adjective(doc[end - 1]):
                        end = good = end + step + 1
                        continue
                    words = end + step + genitive
                    if genitive and words < last and doc[words].is_alpha and doc[words].is_lower and doc[end - 1].is_lower \
                            and doc[end - 2].lower_ in shape.genitive_ends and doc[words].lower_ not in shape.articles:
                        end = good = words + 1
                        continue
                if step:
                    after = end + step
                    if doc[end].lower_ in shape.list_conjunctions and not shape.link_at(doc, after, shape.genitive_links) \
                            and doc[after].lower_ in shape.articles and not (after + 1 < last and in_country[after + 1]):
                        # "Gobierno Municipal de Juárez y la Ciudad de El Paso": "y la" opens another body
                        # (a list of countries goes on: "Bureau de pays pour le Togo et le Bénin")
                        break
                    after += shape.link_at(doc, after, shape.genitive_links) or shape.link_at(doc, after, shape.other_links)
                    # (an acronym after "et l'", "y la" is another body: "... du Congo et l'ONFPE")
                    if after < last and marked[after] != 1 and (_capitalised(doc[after]) or shape.elided(doc[after])[:1].isupper()) \
                            and not self._is_head(doc[after].text) and not _is_acronym(shape.elided(doc[after]) or doc[after].text):
                        end = good = after + 1
                        continue
                    break
                # "Agence nationale d’appui au développement rural": a dative link to a lower-case word
                if (step := shape.link_at(doc, end, shape.dative_links)) and end + step < last and doc[end + step].is_alpha \
                        and doc[end + step].is_lower and doc[end + step].lower_ not in shape.articles:
                    end = good = end + step + 1
                    continue
                # "Réseau des femmes entrepreneures du Sahel": a word in apposition, then a proper name
                if current.is_alpha and current.is_lower and (step := shape.link_at(doc, end + 1, shape.genitive_links)) \
                        and end + 1 + step < last and _capitalised(doc[end + 1 + step]) and marked[end + 1 + step] != 1:
                    end = good = end + 2 + step
                    continue
                break
            # (a head written in lower case, or a local government's, only before a proper name: "Ville de Saint-Nazaire";
            # nor a sentence's first word before lower-case words alone: "Sindicato rural", "Comité paritario",
            # "Coopératives actives" say what a body is, "Banque africaine de développement" in running text names one)
            needs_name = lower_case or token.lower_ in self.place_heads or _opens_a_sentence(doc, token.i)
            if good - token.i >= 2 and not unit_of_known \
                    and (not needs_name or any(_capitalised(t) or _hyphenated_proper(t) for t in doc[token.i + 1: good])) \
                    and doc[token.i: good].text.lower() not in self.instrument_names and self._head_stands(doc, token.i, token.i, good):
                spans.append(Span(doc, token.i, good, label="ORG"))
        return filter_spans(spans), filter_spans(units)

    @staticmethod
    def _hyphen_joined(doc: Doc, index: int, last: int, shape: NameShape) -> int:
        """The tokens a hyphen written tight at ``index`` joins to the name with the word after it (2;
        3 with an elided link between, "main-d’œuvre"); 0 when ``index`` holds no such hyphen."""
        if doc[index].text not in ("-", "‑") or doc[index].whitespace_ or doc[index - 1].whitespace_ or not doc[index - 1].is_alpha:
            return 0
        if index + 1 < last and doc[index + 1].is_alpha:
            return 2
        if index + 2 < last and doc[index + 1].text.lower() in shape.elisions and not doc[index + 1].whitespace_ \
                and doc[index + 2].is_alpha:
            return 3
        return 0

    def _office_place_end(self, doc: Doc, start: int, last: int, marked: bytearray, in_country: bytearray) -> int:
        """The end of the place an office serves, named after its body from ``start`` (the token after
        the body): a link of the language's ``office_place_links``, an article, and a country, a
        region or up to three capitalised words ("à Dakar", "en San José", "pour la République
        démocratique du Congo"; a region the data does not list with a lower-case adjective, "pour
        les États arabes", ends at "États"),
        then more countries or regions in a list ("pour la Tanzanie, le Burundi ... et l’Ouganda").
        ``start`` when no place follows."""
        shape = self.shape
        link = shape.link_at(doc, start, shape.office_place_links)
        if not link:
            return start
        position = start + link
        position += shape.link_at(doc, position, tuple((a,) for a in sorted(shape.articles)))
        end = self._place_item_end(doc, position, last, marked, in_country, cities=True)
        if end == position:
            return start
        return self._place_list_end(doc, end, last, marked, in_country, shape.list_conjunctions, shape.articles) or end

    def _place_item_end(self, doc: Doc, position: int, last: int, marked: bytearray, in_country: bytearray, cities: bool) -> int:
        """The end of the country or region at ``position`` (and with ``cities``, of up to three
        capitalised words that are no acronym or known body, the first no head word: a city, "América
        Central"); ``position`` when none."""
        if position >= last:
            return position
        end = position
        if in_country[position]:
            while end < last and in_country[end]:
                end += 1
            return end
        if marked[position] == 2:
            while end < last and marked[end] == 2:
                end += 1
            return end
        if not cities:
            return position
        # (a head word may follow the first: "América Central", where "Central" heads "Central Unitaria ...")
        while end < last and end - position < 3 and _capitalised(doc[end]) and not marked[end] and not _is_acronym(doc[end].text) \
                and not (end == position and self._is_head(doc[end].text)):
            end += 1
        return end

    def _place_list_end(self, doc: Doc, end: int, last: int, marked: bytearray, in_country: bytearray,
                        conjunctions: frozenset[str], articles: frozenset[str]) -> int:
        """The end of a list of countries or regions that goes on at ``end``, right after its first
        item: ", Ghana, Liberia and Sierra Leone", ", le Burundi ... et l’Ouganda" (items after a comma,
        the last after one of ``conjunctions``, each may open with one of ``articles``); 0 when no
        such list closes there."""
        position, closing = end, False
        while position < last:
            if doc[position].text == ",":
                position += 1
                if position < last and doc[position].lower_ in conjunctions:
                    position += 1
                    closing = True
            elif doc[position].lower_ in conjunctions:
                position, closing = position + 1, True
            else:
                return 0
            while position < last and doc[position].lower_ in articles:
                position += 1
            after = self._place_item_end(doc, position, last, marked, in_country, cities=False)
            if after == position:
                return 0
            position = after
            if closing:
                return position
        return 0

    def _portfolio_list_end(self, doc: Doc, comma: int, last: int, marked: bytearray, in_country: bytearray) -> int:
        """The end of a list of portfolios that a head-first name runs on with from the comma at
        ``comma``: items separated by commas, the last after a conjunction of the language
        (``NameShape.list_conjunctions``); an item is capitalised words ("Empleo", "Previsión
        Social", "Fomento de Empleo"), an adjective ("technique"), or a genitive link and its words ("du commerce", "de
        la Formation professionnelle"); no known body, country, head word or acronym. 0 when the words after
        the comma are no such list ("..., syndicats et employeurs" is none: bare lower-case words)."""
        shape = self.shape
        position, closing = comma + 1, False
        while position < last:
            link = shape.link_at(doc, position, shape.genitive_links)
            item = words = position + link
            # ("Empleo, Empresa y Trabajo Autónomo": a head word alone between the list's separators is an item)
            if words + 1 < last and not link and _capitalised(doc[words]) and self._is_head(doc[words].text) and marked[words] != 1 \
                    and (doc[words + 1].text == "," or doc[words + 1].lower_ in shape.list_conjunctions):
                words += 1
            while words == item or words - item < _ITEM_WORDS:
                while words < last and words - item < 4 and marked[words] != 1 and not in_country[words] \
                        and not _is_acronym(doc[words].text) and not (_capitalised(doc[words]) and self._is_head(doc[words].text)):
                    word = doc[words]
                    if _capitalised(word) or shape.is_adjective(word) or (link and word.is_alpha and word.is_lower
                                                                         and word.lower_ not in shape.articles and words == item):
                        words += 1
                        continue
                    break
                # "Fomento de Empleo", "Trabajo Autónomo de la Junta de Andalucía": an item with genitives
                # of its own, each to a capitalised word
                inner = shape.link_at(doc, words, shape.genitive_links) if words > item else 0
                after = words + inner
                if inner and after < last and self._joins_back(doc, after, marked, in_country):
                    words = after + 1
                    continue
                break
            if words == item:
                return 0
            if closing:
                return words
            position = words
            if position < last and doc[position].text == ",":
                position += 1
                continue
            if position < last and doc[position].lower_ in shape.list_conjunctions:
                position, closing = position + 1, True
                continue
            return 0
        return 0

    def _defined_run(self, doc: Doc, head, last: int, marked: bytearray) -> int | None:
        """The end of the name that starts at ``head`` when an acronym definition closes it: the
        words up to "(ACR)" are all name-like (letters, elisions, hyphens; no punctuation, digit or
        known body) and the acronym starts with the head's letter; or, the acronym given first (any
        letters: "l'ONFPE (Office national de la formation professionnelle et de l'emploi)"), the
        words up to the closing parenthesis. None otherwise."""
        # (no letter test there: a body's acronym in another language is spelt from other words,
        # "UNICEF (Fonds des Nations Unies pour l'enfance)", "LuxDev (Agence luxembourgeoise ...)")
        if head.i >= 2 and doc[head.i - 1].text == "(" and _is_acronym(doc[head.i - 2].text):
            for index in range(head.i + 1, last):
                token = doc[index]
                if token.text == ")":
                    return index if index - head.i >= 2 else None
                if not (token.is_alpha or token.text in ("'", "’", ",", "-") or token.text.endswith(("'", "’"))) or marked[index] == 1:
                    return None
            return None
        for index in range(head.i + 1, last - 2):
            token = doc[index]
            if token.text == "(":
                acronym, closing = doc[index + 1], doc[index + 2]
                if (closing.text == ")" and index - head.i >= 2 and _is_acronym(acronym.text)
                        and acronym.text[0].lower() == _base_letter(head.text[0])):
                    return index
                return None
            # ("Banque ouest-africaine de développement (BOAD)": a hyphen inside a word)
            if not (token.is_alpha or token.text.replace("-", "").isalpha() or token.text in ("'", "’")
                    or token.text.endswith(("'", "’"))) or marked[index] == 1:
                return None
        return None

    def _names_an_event(self, doc: Doc, start: int, head) -> bool:
        """"speaking at the RMG Sustainability Forum", "during the Pacific Youth Forum": a forum or
        congress one is at is a meeting, not a body (the "Pacific Islands Forum" that signs is one)."""
        if head.lower_ not in self.event_heads:
            return False
        before = start - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.event_cues

    def _another_after_and(self, doc: Doc, conjunction: int, start: int, last: int) -> bool:
        """The words after the "and" at ``conjunction`` name another body: their capitalised run
        holds a head word or a legal form of its own (``_names_another_body``), they are an acronym
        ("... Coffee Supply Chains and MoLE"), or the name before the "and" ended on its head word
        ("Jordanian Domestic Workers Association and Hope for Domestic Workers": "Ministry of Trade
        and Industry" goes on after "Trade")."""
        before = doc[conjunction - 1]
        if before.lower_ in self.sub_units and self._opens_with_sub_unit(doc, start, last):
            return False  # a body's units named together: "ILO Decent Work Team and Office for the Caribbean"
        return (self._names_another_body(doc, start, last) or _is_acronym(doc[start].text)
                or (_capitalised(before) and self._is_head(before.text)))

    def _opens_with_sub_unit(self, doc: Doc, start: int, last: int) -> bool:
        """The capitalised run from ``start`` has a sub-unit head word (office, team ...) as its first
        head word: "Country Office for ...", "Office for the Caribbean"."""
        position = start
        while position < last and _capitalised(doc[position]):
            if self._is_head(doc[position].text):
                return doc[position].lower_ in self.sub_units
            position += 1
        return False

    def _names_another_body(self, doc: Doc, start: int, last: int) -> bool:
        """The capitalised run from ``start`` holds a head word or a legal form of its own: "...
        Ministry of Labour and Nordlys Apparel Group" names two bodies, "... of Foreign Affairs and
        Trade" one."""
        position = start
        while position < last and (_capitalised(doc[position]) or doc[position].text in self.suffixes or _possessive(doc, position)):
            if doc[position].text in self.suffixes or self._is_head(doc[position].text):
                return True
            position += 1
        return False

    def _head_word_indices(self, doc: Doc) -> list[int]:
        """The indices, in order, of the tokens that may open a head-first name: a capitalised head
        word or one of ``lower_case_heads`` in lower case. Each distinct word of the Doc is tested once
        (from its lexeme: the test reads only the word), not each token (a walk over every token of a
        long Doc was most of the finder's time)."""
        words = distinct_words(doc)
        opens = self._opens_head_first
        if len(opens) > HEAD_WORD_MEMO:
            opens.clear()
        heads = []
        for orth, text in words.texts.items():
            found = opens.get(orth)
            if found is None:
                lexeme = doc.vocab[orth]
                found = opens[orth] = bool((lexeme.is_alpha and text[0].isupper() and self._opens_name(text))
                                           or (lexeme.lower_ in self.lower_case_heads and lexeme.is_lower))
            if found:
                heads.append(orth)
        if not heads:
            return []
        at_head = words.orths == heads[0]
        for orth in heads[1:]:  # (a few words: a comparison of the array per word is cheaper than numpy.isin's sort)
            at_head |= words.orths == orth
        return numpy.flatnonzero(at_head).tolist()

    def _is_head(self, word: str) -> bool:
        """A head word inside or beside a name (a qualified head, "Government", is none there: "Ministry of
        Local Government and Rural Development" is one name; it opens a name of its own only, ``_opens_name``)."""
        lowered = word.lower()
        if lowered in self.qualified_heads:
            return False
        return lowered in self.heads or (lowered.endswith("s") and lowered[:-1] in self.plural_heads)

    def _opens_name(self, word: str) -> bool:
        """A head word a name may be built on: ``_is_head``, or one of ``qualified_heads``."""
        return self._is_head(word) or word.lower() in self.qualified_heads

    @staticmethod
    def _definitions(doc: Doc, entities: list[Span]) -> list[tuple[str, Span]]:
        """(acronym, the entity it abbreviates) for "Long Name (LN)", "LN (Long Name)" and "The LN
        is the Long Name". An acronym may be written with a hyphen ("CUT-A", "CNP-Togo"), which the
        tokenizer splits."""
        found = []
        for ent in entities:
            if ent.label_ != "ORG" or len(ent) < 2:
                continue
            start = ent.start
            if start >= 2 and ent.end < len(doc) and doc[start - 1].text == "(" and doc[ent.end].text == ")" \
                    and (acronym := _written_acronym(doc, _tight_start(doc, start - 2), start - 1)):
                found.append((acronym, ent))
                continue
            # the cheapest test first: most names are followed by no "(" and preceded by no "the"
            end = ent.end
            # ("... Chamber of Commerce and Industry" ending a block, "(VCCI) runs ..." opening the next)
            if end + 4 <= len(doc) and doc[end].is_space and doc[end + 1].text == "(":
                end += 1
            if end + 3 <= len(doc) and doc[end].text == "(":
                closing = _tight_end(doc, end + 1)
                if closing < len(doc) and doc[closing].text == ")" and (
                        (acronym := _written_acronym(doc, end + 1, closing)) or (acronym := _short_name(doc, end + 1, closing, ent))):
                    found.append((acronym, ent))
            start = ent.start
            # "The LN is the Long Name"; "LN – the Long Name – signed"
            if (start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in ("is", "was", "–", "—")
                    and _is_acronym(acronym := doc[start - 3].text)):
                found.append((acronym, ent))
        return found


def _tight_start(doc: Doc, index: int) -> int:
    """The first token of the run written without spaces that ends at ``index`` ("CUT-A": "CUT")."""
    while index > 0 and not doc[index - 1].whitespace_ and (doc[index - 1].text == "-" or doc[index].text == "-"):
        index -= 1
    return index


def _tight_end(doc: Doc, index: int) -> int:
    """The token after the run written without spaces that starts at ``index``."""
    while index + 1 < len(doc) and not doc[index].whitespace_ and (doc[index + 1].text == "-" or doc[index].text == "-"):
        index += 1
    return index + 1


SHORT_NAME_PART = 3
"""A body's short name in brackets after it ("Asociación Hotelera ... (Ashotel)", "Interprofesional
de la Fresa ... (Interfresa)") opens with the name's first two letters and holds the first this many
letters of another of its capitalised words."""


def _short_name(doc: Doc, start: int, end: int, name: Span) -> str | None:
    """The short name (one capitalised word, not an acronym: SHORT_NAME_PART) that ``doc[start:end]``
    writes for ``name``, or None."""
    if end - start != 1:
        return None
    text = doc[start].text
    if not (text.istitle() and text.isalpha() and 4 <= len(text) <= 15) or text.casefold() in _place_names():
        return None
    folded = text.casefold()
    words = [token.text.casefold() for token in name if token.text[:1].isupper() and token.is_alpha]
    if not words or not folded.startswith(words[0][:2]):
        return None
    return text if any(len(word) >= SHORT_NAME_PART and word[:SHORT_NAME_PART] in folded[2:] for word in words[1:]) else None


def _written_acronym(doc: Doc, start: int, end: int) -> str | None:
    """The acronym the tokens ``start:end`` write, or None: one token ("NSSF"), or a hyphenated one
    ("CUT-A", "CNP-Togo")."""
    if end - start == 1:
        return doc[start].text if _is_acronym(doc[start].text) else None
    text = doc[start:end].text
    parts = text.split("-")
    if end - start > 5 or len(parts) < 2 or not all(parts) or not _is_acronym(parts[0]) or len(text) > 12:
        return None
    return text


@Language.factory("brochure_years", default_config={"language": DEFAULT_LANGUAGE})
def make_years(nlp: Language, name: str, language: str) -> YearFinder:
    return YearFinder(language)


_YEAR = r"(?:18|19|20|21)\d\d"
_YEAR_OR_RANGE = re.compile(
    rf"(?<![\w.,$€£+/-])(?P<first>{_YEAR})(?:\s?(?:[-–—]|/|to)\s?(?P<second>{_YEAR}|\d\d)(?!\d))?(?![\d,.]?\d)"
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\b(?:USD|US\$|EUR|GBP|AUD|NZD|INR|Rs\.?|over|more than|some|about|around|nearly|almost|approximately|up to|at least|"
    r"fewer than|less than|No\.?|no\.|number)\s*|[$€£¥#]\s?|\d[\d ]*\s)$",
    re.IGNORECASE,
)
_NOT_A_YEAR_AFTER = re.compile(r"^\s?(?:%|per\s?cent|percent|\s\d|[\d])", re.IGNORECASE)


def _not_a_year_before(language: str) -> re.Pattern:
    """_NOT_A_YEAR_BEFORE with the language's own words before an amount or a count ("plus de", "unos")."""
    words = own_data("lexicon.json", language).get("not_a_year_before", [])
    if not words:
        return _NOT_A_YEAR_BEFORE
    return re.compile(r"(?:\b(?:" + alternation(words) + r")\s*)$|" + _NOT_A_YEAR_BEFORE.pattern, re.IGNORECASE)


def _not_a_year_after(language: str) -> re.Pattern:
    """_NOT_A_YEAR_AFTER with the language's own words after a percentage ("pour cent", "por ciento")."""
    words = own_data("lexicon.json", language).get("not_a_year_after", [])
    if not words:
        return _NOT_A_YEAR_AFTER
    return re.compile(r"^\s?(?:" + alternation(words) + r")\b|" + _NOT_A_YEAR_AFTER.pattern, re.IGNORECASE)


def _year_or_range(language: str) -> re.Pattern:
    """_YEAR_OR_RANGE with the language's words that join the ends of a range ("2021 à 2025", "2015 a 2017")."""
    words = own_data("lexicon.json", language).get("year_range_words", [])
    if not words:
        return _YEAR_OR_RANGE
    return re.compile(_YEAR_OR_RANGE.pattern.replace("|to)", "|to|" + alternation(words) + ")"))


class YearFinder:
    def __init__(self, language: str = DEFAULT_LANGUAGE):
        self.year_or_range = _year_or_range(language)
        self._year_search = leading_look_behind(self.year_or_range)  # (3 times as fast as finditer: pipeline.anchors)
        self.not_before = _not_a_year_before(language)
        self.not_after = _not_a_year_after(language)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = []
        for match in self._year_search.finditer(text):
            # the words around a number say what it is; a blank line ends them
            before = text[max(0, match.start() - 20): match.start()].rsplit("\n\n", 1)[-1]
            after = text[match.end(): match.end() + 10].split("\n\n", 1)[0]
            if self.not_before.search(before) or self.not_after.match(after):
                continue
            first = int(match["first"])
            spans.append(self._span(doc, match.start("first"), match.end("first"), first))
            if match["second"]:
                second = int(match["second"]) if len(match["second"]) == 4 else first // 100 * 100 + int(match["second"])
                if second > first:  # "2015-16", "2019/20"; "2010-08" is a date, not a range
                    spans.append(self._span(doc, match.start("second"), match.end("second"), second))
        marks_of(doc).years = [s for s in spans if s is not None]
        return doc

    @staticmethod
    def _span(doc: Doc, start: int, end: int, value: int) -> Span | None:
        return doc.char_span(start, end, label=str(value), alignment_mode="expand")


@Language.factory("brochure_themes", default_config={"language": DEFAULT_LANGUAGE})
def make_themes(nlp: Language, name: str, language: str) -> ThemeFinder:
    return ThemeFinder(nlp, language)


class ThemeFinder:
    """Theme mentions: the vocabulary's synonyms, labels and acronyms; and, for a theme that is a
    population in a field (themes.json ``population``: youth employment is young people and work),
    a population word in a block that also names the field (``population_with``: theme ids the
    field covers and plain words for it), marked at the population word."""

    def __init__(self, nlp: Language, language: str = DEFAULT_LANGUAGE):
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.populations = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.field_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.fields: dict[str, set[str]] = {}
        """Composed theme id -> the theme ids (and ``words:<id>``) whose mention in a block makes its field."""
        for theme_id, theme in sorted(themes(language).items()):
            self.words.add(theme_id, list(nlp.tokenizer.pipe(theme["synonyms"] + [theme["label"]])))
            if theme.get("acronyms"):
                self.acronyms.add(theme_id, list(nlp.tokenizer.pipe(theme["acronyms"])))
            if theme.get("population"):
                field = theme.get("population_with", {})
                self.populations.add(theme_id, list(nlp.tokenizer.pipe(theme["population"])))
                self.field_words.add(f"words:{theme_id}", list(nlp.tokenizer.pipe(field.get("words", []))))
                self.fields[theme_id] = {*field.get("themes", []), f"words:{theme_id}"}

    def __call__(self, doc: Doc) -> Doc:
        found = filter_spans(self.words(doc, as_spans=True) + self.acronyms(doc, as_spans=True))
        if self.fields:
            found = filter_spans(found + self._composed(doc, found))
        marks_of(doc).themes = found
        return doc

    def _composed(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Population words whose block names their theme's field (blocks are separated by a blank line)."""
        populations = self.populations(doc, as_spans=True)
        if not populations:
            return []
        text = doc_text(doc)
        block_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]

        def block_of(span: Span) -> int:
            return bisect_right(block_starts, span.start_char)

        named: dict[int, set[str]] = {}
        for span in (*found, *self.field_words(doc, as_spans=True)):
            named.setdefault(block_of(span), set()).add(span.label_)
        return [span for span in populations if self.fields[span.label_] & named.get(block_of(span), set())]
