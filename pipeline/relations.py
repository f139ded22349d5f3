"""relations: an AnnotatedDocument in, the same with its partnerships found.

A partnership needs words that say so: an instrument (memorandum of understanding, letter of
intent, cooperation agreement, public-private partnership, programme, funding ...) AND parties in
one of the shapes brochures use:

- a named pair:        "ILO/ADB Memorandum of Understanding, 2002", "the 2006 ILO–IFC partnership"
- between:             "A cooperation agreement between Lao PDR, Singapore and the ILO"
- with:                "the ILO signed a letter of intent with the governments of India, Brazil ..."
- subject and verb:    "the ILO and the Government of Bangladesh signed a memorandum of understanding"
- an agent phrase:     "funded by the Government of New Zealand", "implemented jointly with UNDP"

Two bodies merely named side by side ("Both the ILO and UNICEF publish reports") give nothing.
One partnership said twice (same parties, same instrument) is one record with both pieces of
evidence. An office or programme counts as its organization and is recorded as the party's unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from pipeline.defaults import DEFAULT_RELATION_STEP, RELATION_STEPS
from pipeline.entities.vocabulary import surface_forms
from pipeline.ids import cell_id
from pipeline.languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, alternation, laid_over, language_data, own_data
from pipeline.model import AnnotatedDocument, TextBlock
from pipeline.record import Entities, Evidence, Instrument, Partnership, Party, Section, Table, all_sections
from pipeline.resources import data_file


@cache
def _connector_words(key: str, *english: str, spaced: bool = False) -> str:
    """A regex alternative of the ``english`` words and every other language's connectors of kind
    ``key`` (instruments.json "connectors": "and", "between", "with", "by", "through", ...). The
    words joining parties are read in every language: "et", "y" and "entre" are no English words.
    ``spaced``: a phrase's words match across any run of white space ("au sein de")."""
    words = list(english)
    for language in SUPPORTED_LANGUAGES:
        words += own_data("instruments.json", language).get("connectors", {}).get(key, [])
    return alternation(words, spaced=spaced)


def _article() -> str:
    """An article before a name, in every language: "the ", "la ", "los ", or elided: "l'"."""
    words = _connector_words("articles", "the").split("|")
    elided = [w for w in words if w.endswith(("'", "’"))]
    spaced = [w for w in words if w not in elided]
    return rf"(?:(?:{'|'.join(spaced)})\s++|(?:{'|'.join(elided)}))" if elided else rf"(?:(?:{'|'.join(spaced)})\s++)"


_ARTICLE = _article()


def _spaced_words(key: str, *english: str) -> str:
    """``_connector_words`` whose phrases match across any run of white space ("au sein de")."""
    return _connector_words(key, *english, spaced=True)
_AND = _connector_words("and", "and", "or", "as well as")
_GOVERNMENTS_OF = r"governments?\s++of|" + _connector_words("governments_of").replace(" ", r"\s++")


def _list_type_word() -> str:
    """A body's kind said before its name inside a list of parties, with at most one lower-case word before
    it ("la empresa EcoPack S.A.", "the fintech firm PayNow Ltd", "l'ONG Y"; instruments.json connectors
    "list_type_words", every language): a regex alternative, each word's phrases matching across white space."""
    words = [w for language in SUPPORTED_LANGUAGES
             for w in language_data("instruments.json", language)["connectors"].get("list_type_words", [])]
    return r"(?:[a-zà-öø-ÿœ-]+\s++)?(?:" + alternation(dict.fromkeys(words), spaced=True) + r")\s++"


_LIST_TYPE_WORD = _list_type_word()


def _sentence_end() -> re.Pattern:
    """Where a sentence ends: after . ! or ? (and a closing quote or bracket), before a capital, an
    opening quote or a digit; never after an abbreviation that stands inside a sentence ("St.
    Joseph's Technical School", lexicon.json "abbreviations_before_names"), nor before a company's legal
    form, which ends a name and opens no sentence ("Gorkha Steel Pvt. Ltd. has signed": lexicon.json
    "company_suffixes")."""
    lexicon = data_file("lexicon.json")
    abbreviations = "".join(rf"(?<!\b{re.escape(a)})" for a in lexicon["abbreviations_before_names"])
    forms = alternation(lexicon["company_suffixes"])
    return re.compile(r"(?<=[.!?])" + abbreviations + r"[”\"’)»]?\s+(?=[A-ZÀ-ÖØ-Ý“\"(‘«0-9])" + rf"(?!(?:{forms})(?![\w-]))")


_SENTENCE_END = _sentence_end()
_PAIR_SEPARATOR = re.compile(r"^\s?[/–—-]\s?$")
_NAME_TO_INSTRUMENT = re.compile(r"^[\s\w-]{0,40}$")  # "ILO/Japan Multi-bilateral Programme"
_YEAR_AFTER_NAME = re.compile(r"^[\s,(]{0,3}$")
# Possessive quantifiers: each run of white space and commas is read once. With plain ones the three
# quantifiers that may all take white space shared a long run in every possible way (cubic in its
# length: 1,200 line separators between two names took 15 s). No match needs a run split: what
# follows each quantifier starts with a character it cannot take.
def list_gap(type_words: bool = True) -> re.Pattern:
    """What may stand between two parties of one list: a comma, "and", "as well as", "through", "together
    with", an article, "the Government of"; with ``type_words``, also a body's kind before the next name
    ("the Municipality of X, the company Y and Z", "la empresa Y": _list_type_word)."""
    return re.compile(
        # "through": "Switzerland, through SECO," names the country and its agency
        # "A, together with B, launched ...": one list
        # "de l'OIT et du PNUD", "of the ILO and of UNDP": the "of" said again after "and"
        r"^[\s,]*+(?:\((?:and )?[^()]{0,30}\))?[\s,]*+(?:(?:" + _AND + r")(?:\s++(?:" + _connector_words("of_joint", "of") + r"))?"
        + "|&|" + _connector_words("through", "through", "via")
        + "|" + _connector_words("together_with", "together with", "jointly with", "along with") + r")?\s*+"
        r"(?:" + _ARTICLE + r")?(?:(?:" + _GOVERNMENTS_OF + r")\s++)?(?:" + _ARTICLE + r")?"
        + (rf"(?:{_LIST_TYPE_WORD})?" if type_words else "") + "$",
        re.IGNORECASE,
    )


_LIST_GAP = list_gap()
# What may stand between "with"/"by" and the list: lower-case words ("a number of regional bodies
# including"), years ("finance, de 2023 à 2027, la construction des agences de l'AIE"), "the Government
# of", "the governments of".
_LEAD_IN = re.compile(r"^\s*(?:(?:[a-zà-öø-ÿœ-]+|(?:19|20)\d\d,?|,|[Gg]overnments?\s+of)\s+|[a-z][’']){0,12}?$")
_LOCATIVE_END = re.compile(r"\b(?:" + _spaced_words("locative", "in", "across", "throughout", "from", "at", "within") + r")\s+(?:"
                           + _ARTICLE + r")?$")
"""'... recruitment agencies in Cambodia': a place after "in" is where, not who."""
_QUALIFIER_GAP = re.compile(r"^\)?\s+(?:of|in)\s+(?:the\s+)?$")
_YEAR_RANGE_GAP = re.compile(r"^\s?(?:[-–—/]|" + _connector_words("range", "to", "and") + r")\s?$")
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")
_WORKING_WITH = re.compile(r"\b(?:work(?:s|ed|ing)?|cooperat(?:es|ed|ing)|collaborat(?:es|ed|ing)|partner(?:s|ed|ing))\s+with\s+",
                           re.IGNORECASE)
MAX_WITH_DISTANCE = 40
"""How far (in characters) "with" or "between" may stand after the instrument it belongs to."""
MAX_SENTENCE_CHARS = 1500
"""A longer "sentence" is no prose a partnership is read from (the samples' longest has 339
characters): a run of names without a full stop, a table flattened into one line. Reading one costs
time quadratic in its mentions."""


@dataclass(frozen=True, slots=True)
class PartyMention:
    start: int
    end: int
    ref: str
    name: str
    acronym: str | None
    iso_alpha2: str | None
    unit: str | None
    parenthetical: bool


@dataclass(slots=True)
class Sentence:
    block: str
    text: str
    start: int  # offset of the sentence in its block
    parties: list[PartyMention]
    years: list[tuple[int, int, int]]  # (start, end, value) in sentence offsets
    themes: list[str]
    language: str = DEFAULT_LANGUAGE
    """The language the sentence is read in (its instrument phrases are that language's)."""
    antecedents: list[PartyMention] = field(default_factory=list)
    """The coordinated parties of the sentence before, in the same block ("A, B and C agreed to
    ..."), when this one opens by referring back to them ("The agreement ...")."""
    header_parties: list[PartyMention] | None = None
    """For a row of a table (its cells joined by " | "), the parties its heading names ("Agreement
    with the ILO"); None for a sentence of prose."""
    year_after: tuple[int, int | None] | None = None
    """(year, end year) the next sentence of the block gives when it only tells when this one's
    partnership was made ("It was signed in 2019", "The signing took place in 2022"), else None."""
    listed: bool = False
    """The sentence is a lead-in that ends in a colon joined to the list items after it (by
    LIST_ITEM_SEPARATOR), each item a party ("The memorandum signed in 2017 brings together: the
    ILO; UNDP"): its parties are the items'."""
    previous: list[PartyMention] = field(default_factory=list)
    """The parties of the sentence before in the same block (offsets in ``previous_text``), when it
    names two or more and this one fewer: who a sentence that names its instrument only may be
    about ("A and B share a commitment to ... The memorandum they signed in 2019 ..."; the
    learned relation step reads them, pipeline/relation_model.py)."""
    previous_text: str = ""
    prior_year: int | None = None
    """The last year the sentence before in the same block names (the year of "The three then signed ..."
    when it names none of its own)."""
    prior_subject: list[PartyMention] = field(default_factory=list)
    """The subject of the sentence before in the same block (its first party no preposition governs, with
    the parties coordinated with it), whatever it names: who "it", "they", "l'entreprise" or a verb
    with no subject ("Ese mismo año firmó ...") may stand for (offsets in the sentence before)."""


@dataclass(slots=True)
class Found:
    parties: list[PartyMention]
    instrument: str
    name: str | None = None
    year: int | None = None
    end_year: int | None = None
    plural: bool = False
    sentence: Sentence | None = None
    partners_only: list[PartyMention] = field(default_factory=list)


@cache
def _instruments(language: str = DEFAULT_LANGUAGE) -> tuple[re.Pattern, dict[str, tuple[str, bool]], re.Pattern, dict[str, str]]:
    """One pattern for every instrument phrase of ``language`` (longest first, so the longest wins
    where several start at the same word) with the instrument and plurality of each phrase; the
    same for the agent phrases ("funded by") with the instrument each implies."""
    data = laid_over(data_file("instruments.json"), "instruments.json", language)
    instrument_of: dict[str, tuple[str, bool]] = {}
    for instrument, spec in data["instruments"].items():
        for phrase in spec["phrases"]:
            instrument_of[phrase.lower()] = (instrument, phrase in spec["plural"])
    agents = {phrase.lower(): instrument_of.get(phrase.lower(), ("partnership", False))[0]
              for phrase in data["relation_cues"]["agent_phrases"]}
    return _alternation(instrument_of), instrument_of, _alternation(agents), agents


_DASHES = re.compile("[\u2010\u2011\u2013]")
"""The hyphen's typographic forms a text may print inside a compound ("public–private", "co‑financing")."""
HYPHEN_IN_PHRASE = "[-\u2010\u2011\u2013]"
"""What a hyphen of a data phrase matches in a text: itself or a typographic dash ("public–private partnership")."""


@cache
def _generic_phrases() -> frozenset[str]:
    """The phrases that name an instrument only by its general word, in every language ("agreement",
    "accord", "acuerdo"; instruments.json "generic"): another instrument named with them is the one meant."""
    return frozenset(phrase.lower() for language in SUPPORTED_LANGUAGES
                     for spec in laid_over(data_file("instruments.json"), "instruments.json", language)["instruments"].values()
                     for phrase in spec.get("generic", []))


@cache
def _generic_instruments() -> frozenset[str]:
    """The instruments a general word may name (instruments.json "generic"): such a record, told by that word alone,
    is another instrument of the same parties told in the same block ("... signed a letter of intent. The agreement ...")."""
    return frozenset(instrument for language in SUPPORTED_LANGUAGES
                     for instrument, spec in laid_over(data_file("instruments.json"), "instruments.json", language)["instruments"].items()
                     if spec.get("generic"))


def _told_generically(record: Partnership) -> bool:
    """The record's instrument is one a general word may name, and its evidence names it by that word alone."""
    return record.instrument in _generic_instruments() and not any(_specific_phrases(record.instrument).search(e.text)
                                                                   for e in record.evidence)


@cache
def _specific_phrases(instrument: str) -> re.Pattern:
    """Any phrase of ``instrument`` in any language but its generic ones, as whole words."""
    phrases = {phrase.lower() for language in SUPPORTED_LANGUAGES
               for phrase in laid_over(data_file("instruments.json"), "instruments.json", language)["instruments"][instrument]["phrases"]}
    return _alternation({phrase: None for phrase in phrases - _generic_phrases()})


def phrase_key(matched: str) -> str:
    """The data's phrase for the text an instrument pattern matched (lower case, single spaces, plain hyphens)."""
    return " ".join(_DASHES.sub("-", matched.lower()).split())


@cache
def _cue_words(language: str) -> frozenset[str]:
    """The long words of the language's instrument and agent phrases ("contribution", "memorandum")."""
    _, instrument_of, _, agents = _instruments(language)
    return frozenset(w for phrase in [*instrument_of, *agents] for w in phrase.split() if len(w) >= MIN_REJOINED_WORD)


MIN_REJOINED_WORD = 6
"""How long a word of an instrument phrase must be to be read back from two pieces."""
_WORD_PAIR = re.compile(r"(?<![\w-])([^\W\d_]{2,}) (?=([^\W\d_]{2,})(?![\w-]))")


@cache
def _split_cue_word(language: str) -> re.Pattern:
    """Where a long word of the language's phrases (_cue_words) may start written in two pieces of two
    letters or more ("contri bution"), case-insensitive: an empty match before each such pair of words.
    Only there can _rejoined put a word back; a pattern of every word pair tried all of them (most of
    the step's reading of a sentence)."""
    letters = re.compile(r"[^\W\d_]{2,}")
    pairs = {word[:i] + " " + word[i:] for word in _cue_words(language) for i in range(2, len(word) - 1)
             if letters.fullmatch(word[:i]) and letters.fullmatch(word[i:])}
    literal = _trie_pattern(_phrase_trie(pairs), literal=True)
    return re.compile(r"(?<![\w-])(?=" + literal + r"(?![\w-]))", re.IGNORECASE) if literal else re.compile(r"(?!)")


def _rejoined(text: str, language: str) -> str:
    """``text`` with the words of instrument phrases that a text extractor split in two put back
    ("signed a contri bution agreement": pdfminer's text of justified lines), the space moved after
    the word so that every offset stays: "contribution  agreement"."""
    words = _cue_words(language)
    pieces, last = [], 0
    # (each word pair is read where _split_cue_word says a cue word may be split, as _WORD_PAIR reads it there)
    for candidate in _split_cue_word(language).finditer(text):
        m = _WORD_PAIR.match(text, candidate.start())
        if m is None or m.start() < last:
            continue
        if (m.group(1) + m.group(2)).lower() in words and m.group(1).lower() not in words and m.group(2).lower() not in words:
            pieces.append(text[last: m.start()] + m.group(1) + m.group(2) + " ")
            last = m.end() + len(m.group(2))
    return "".join(pieces) + text[last:] if pieces else text


def _alternation(phrases) -> re.Pattern:
    """A pattern for any of ``phrases`` (lower case) as whole words, case-insensitive, the longest
    where several match at one place. The phrases are written as a trie ("memorandum of
    understanding" and "memoranda of ..." share "memorand"): the regex engine reads each character
    once per place instead of once per phrase, twice as fast as a plain alternation."""
    return re.compile(r"(?<![\w-])(?:" + _trie_pattern(_phrase_trie(phrases)) + r")(?![\w-])", re.IGNORECASE)


def _phrase_trie(phrases) -> dict:
    """``phrases`` as a trie of their characters: a node per character, ``""`` where a phrase ends."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for character in phrase:
            node = node.setdefault(character, {})
        node[""] = {}  # a phrase ends here
    return trie


def _trie_pattern(node: dict, literal: bool = False) -> str:
    """The regex of a trie node: its branches tried in turn, an optional one where a phrase ends at
    the node (greedy, so a longer phrase is tried first, and the shorter one when the longer fails).
    ``literal``: every character stands for itself (a space too)."""
    # (else a space of a phrase is any run of white space: "contribution  agreement" as _rejoined gives it; a
    # hyphen any of its typographic forms)
    branches = [(re.escape(character) if literal else r"\s+" if character == " " else HYPHEN_IN_PHRASE if character == "-"
                 else re.escape(character)) + _trie_pattern(child, literal)
                for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def prepare_patterns() -> None:
    """Compile the patterns of the data files now, not at the first document."""
    for language in SUPPORTED_LANGUAGES:
        _instruments(language)
        _split_cue_word(language)
    _joint_verb_pattern()
    _lead_subject()
    _donor_verbs()
    _join_verb_pattern()
    _implementer_pattern()


def find_partnerships(annotated: AnnotatedDocument, step: str | None = None) -> AnnotatedDocument:
    """Partnerships named in the document's paragraphs, bullets and table rows, merged when said
    twice. ``step`` (RELATION_STEPS; None: DEFAULT_RELATION_STEP) says who reads each sentence: the
    rules, the learned relation step (pipeline/relation_model.py), or both ("hybrid": the model where
    the rules find nothing; "fill": also the model's instruments the rules did not find in a sentence)."""
    step = step or DEFAULT_RELATION_STEP
    if step not in RELATION_STEPS:
        raise ValueError(f"unknown relation step {step!r}: one of {', '.join(RELATION_STEPS)}")
    annotated.partnerships = _merge(chosen_findings(sentence_readings(annotated), step))
    return annotated


def chosen_findings(reads: list[SentenceReading], step: str, forest=None) -> list[Found]:
    """What ``step`` keeps of every sentence (choose_found), in reading order; a funding whose funded body
    is only the one the brochure speaks for ("The programme is funded by Sida" after "A and B run a joint
    programme") funds the joint programme told before it in the same block instead: its parties."""
    found: list[Found] = []
    programmes: dict[str, list[PartyMention]] = {}
    for read in reads:
        items = choose_found(read, step, forest)
        block = read.sentence.block
        lead = read.reading.lead if read.reading else None
        # (a programme of the same sentence first: "… a joint programme of A and B, with funding from C")
        for item in items:  # (a programme whose parties are named, not one of the brochure's body read in)
            if item.instrument == "programme" and len({p.ref for p in item.parties}) >= 2 and not any(p is lead for p in item.parties):
                programmes[block] = list(item.parties)
        for item in items:
            if item.instrument == "funding" and lead is not None and block in programmes and any(p is lead for p in item.parties):
                donors = [p for p in item.parties if p is not lead]
                funded = [p for p in programmes[block] if p.ref not in {q.ref for q in donors}]
                if len(funded) >= 1:
                    item = Found(donors + funded, item.instrument, item.name, item.year, item.end_year, item.plural, item.sentence,
                                 item.partners_only)
            found.append(item)
    return found


@dataclass(slots=True)
class SentenceReading:
    """A sentence (or table row, or lead-in and list) with its Reading (None: it names no instrument)
    and what the rules found in it."""

    sentence: Sentence
    reading: Reading | None
    rules_found: list[Found]


def sentence_readings(annotated: AnnotatedDocument) -> list[SentenceReading]:
    """Every sentence of the document that may state a partnership, read, with the rules' findings."""
    entities = annotated.entities
    lead = _lead_party(entities)
    dated = brochure_date(annotated.document.text_blocks(), [line.text for line in annotated.document.furniture])
    sentences = [*_sentences(annotated.document.sections, entities, annotated.block_languages, lead, dated),
                 *_table_rows(annotated.document.tables, entities, annotated.block_languages, annotated.language),
                 *_listed_parties(annotated.document.sections, entities)]
    out = []
    for sentence in sentences:
        reading = read_sentence(sentence, lead)
        out.append(SentenceReading(sentence, reading, _partnerships_in(sentence, lead, reading)))
    return out


def choose_found(read: SentenceReading, step: str, forest=None) -> list[Found]:
    """What ``step`` keeps of a sentence: the rules' findings, the model's (``forest``: the trees to read
    with, None the shipped ones), both where the rules found nothing and else the rules' (hybrid), or the
    rules' and the model's of the instruments the rules did not find in it (fill: "A and B run a joint
    programme, with funding from C": a rule reads the funding, the trees the programme)."""
    if step == "rules" or read.reading is None:
        return read.rules_found
    if step == "hybrid" and read.rules_found:
        return read.rules_found
    ruled = {f.instrument for f in read.rules_found} if step == "fill" else set()
    if step == "fill" and read.rules_found and all(cue[2] in ruled for cue in read.reading.instruments):
        return read.rules_found  # (every instrument of the sentence is the rules': the trees' findings would all go)
    from pipeline.relation_model import model_found  # (the model is read only when asked for)

    found = model_found(read, forest)
    if step == "fill" and read.rules_found:
        return read.rules_found + [f for f in found if f.instrument not in ruled]
    return found


@cache
def _short_form() -> re.Pattern:
    """An article and an organization's head word alone ("the Society", "the union", "la
    coopérative", "el Sindicato"), in every language: no name, of-phrase or genitive after it."""
    heads: set[str] = set()
    links: set[str] = set()
    for language in SUPPORTED_LANGUAGES:
        lexicon = language_data("lexicon.json", language)
        heads |= set(lexicon["organization_heads"])
        links |= {*lexicon["name_links"]["prepositions"], *lexicon.get("shape", {}).get("genitive_links", [])}
    return re.compile(r"(?<![\w'’-])" + _ARTICLE + r"(?P<head>" + alternation(heads) + r")(?![\w'’-])(?!\s+(?:(?-i:[A-ZÀ-Ý])|\(|(?:"
                      + alternation(links) + r")(?![\w'’-])))", re.IGNORECASE)


def _short_form_owners(entities: Entities) -> dict[str, PartyMention]:
    """Head word (lower case) -> the body "the <head word>" is in the brochure: the most mentioned
    organization whose name holds that head word (the first mentioned of a tie), with two mentions
    at least ("the Society" in the Bani Jamra Weavers’ Society's own letter)."""
    owners: dict[str, PartyMention] = {}
    counts: dict[str, int] = {}
    for org in entities.organizations:
        if len(org.mentions) < 2:
            continue
        for word in {w.strip("'’,.()").lower() for w in org.name.split()}:
            if len(org.mentions) > counts.get(word, 0):
                counts[word] = len(org.mentions)
                owners[word] = PartyMention(0, 0, org.id, org.name, org.acronym, None, None, False)
    return owners


def _short_form_mentions(text: str, owners: dict[str, PartyMention], named: list[PartyMention]) -> list[PartyMention]:
    """The bodies ``text`` names by an article and their head word alone ("the Society and Budaiya
    Health Centre"), where no body's mention (``named``) already stands."""
    found = []
    for match in _short_form().finditer(text):
        owner = owners.get(match["head"].lower())
        if owner is not None and not any(p.start < match.end() and match.start() < p.end for p in named):
            found.append(PartyMention(match.start("head"), match.end(), owner.ref, owner.name, owner.acronym, None, None, False))
    return found


def _lead_party(entities: Entities) -> PartyMention | None:
    """The body the brochure speaks for (its most mentioned known organization): the subject of
    "The programme is funded by ..."."""
    known = [org for org in entities.organizations if org.known]
    if not known:
        return None
    lead = max(known, key=lambda org: len(org.mentions))
    return PartyMention(0, 0, lead.id, lead.name, lead.acronym, None, None, False)


def _blocks(sections: list[Section]):
    for section in all_sections(sections):
        for item in [*section.paragraphs, *section.bullets]:
            yield item.id, item.text


def _sentences(sections: list[Section], entities: Entities, block_languages: dict[str, str] | None = None,
               lead: PartyMention | None = None, dated: BrochureDate | None = None):
    """Sentences of paragraphs and bullets that name a party and an instrument (no other sentence
    states a partnership), each with the party, year and theme mentions inside it. A block is read
    with the instruments of its language (``block_languages``: block id -> language; default English).
    ``lead``: the body the brochure speaks for, a party of a sentence that names only its partners.
    ``dated``: the brochure's date, which a sentence's "last year" counts from (_dated_relative_year)."""
    block_languages = block_languages or {}
    lead_refs = frozenset({lead.ref}) if lead is not None else frozenset()
    known = frozenset(org.id for org in entities.organizations if org.known)
    by_block: dict[str, list[PartyMention]] = {}
    # a block that names no instrument holds no sentence that does: its mentions are not looked at
    texts = {block_id: text for block_id, text in _blocks(sections)
             if _names_a_cue(text, block_languages.get(block_id, DEFAULT_LANGUAGE))}
    for org in entities.organizations:
        forms = surface_forms(org.id) | {org.name, org.acronym}
        for m in org.mentions:
            if m.block not in texts:
                continue
            # a few characters after the mention hold the unit word; slicing to the block's end costs
            # the block's length per mention
            unit = None if m.text in forms or not org.units else _unit_name(m.text, texts[m.block][m.end: m.end + 16])
            by_block.setdefault(m.block, []).append(
                PartyMention(m.start, m.end, org.id, org.name, org.acronym, None, unit, False))
    # "the Society", "la coopérative": a body named by its head word alone, where the brochure names it in full
    owners = _short_form_owners(entities)
    if owners:
        for block_id, text in texts.items():
            if (short := _short_form_mentions(text, owners, by_block.get(block_id, []))):
                by_block.setdefault(block_id, []).extend(short)
    # a country named inside a body's name ("Ghana" in "Ghana Construction Workers Union") is no party
    names_in: dict[str, list[tuple[int, int]]] = {}
    for block_id, mentions in by_block.items():
        names_in[block_id] = sorted((p.start, p.end) for p in mentions)
    for country in entities.countries:
        for m in country.mentions:
            if m.block not in texts or _overlaps_a_name(names_in.get(m.block, []), m):
                continue
            by_block.setdefault(m.block, []).append(
                PartyMention(m.start, m.end, f"country:{country.iso_alpha2}", country.name, None, country.iso_alpha2, None, False))
    years: dict[str, list[tuple[int, int, int]]] = {}
    for year in entities.years:
        for m in year.mentions:
            years.setdefault(m.block, []).append((m.start, m.end, year.value))
    year_before = _year_before_block(sections, years) if RELATIVE_YEAR_ACROSS_BLOCKS else {}
    themes: dict[str, list[tuple[int, str]]] = {}
    for theme in entities.themes:
        for m in theme.mentions:
            themes.setdefault(m.block, []).append((m.start, theme.id))
    for block_id, text in texts.items():
        parties = sorted(by_block.get(block_id, []), key=lambda p: p.start)
        if len(parties) == 0:
            continue
        # sorted once per block, each sentence takes its slice by bisection (a long block has
        # thousands of sentences and mentions)
        party_starts = [p.start for p in parties]
        block_years = sorted(years.get(block_id, []))
        year_starts = [s for s, _, _ in block_years]
        block_themes = sorted(themes.get(block_id, []))
        theme_starts = [s for s, _ in block_themes]
        start, previous, prior, last_start = 0, None, None, 0
        language = block_languages.get(block_id, DEFAULT_LANGUAGE)
        ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
        for index, end in enumerate(ends):
            while start < end and text[start].isspace():
                start += 1
            inside = parties[bisect_left(party_starts, start):bisect_left(party_starts, end)]
            sentence = text[start:end].rstrip()
            # (the sentence before is read only for one that opens by referring back to it)
            before = _antecedents(*previous) if previous and not inside and _refers_back(sentence) else []
            earlier = []
            if previous and len(inside) < 2:
                earlier = _mark_parentheticals([_shift(p, -previous[1]) for p in previous[0]], previous[2])
            if (inside or before or earlier) and end - start <= MAX_SENTENCE_CHARS and _names_a_cue(sentence, language):
                year_after = None
                if index + 1 < len(ends):  # "... signed a letter of intent. The signing took place in 2022."
                    after_start, after_end = end, ends[index + 1]
                    year_after = _year_told_after(text, (after_start, after_end), language,
                                                  parties[bisect_left(party_starts, after_start):bisect_left(party_starts, after_end)],
                                                  block_years[bisect_left(year_starts, after_start):bisect_left(year_starts, after_end)],
                                                  frozenset(p.ref for p in inside) | lead_refs)
                named = [(s - start, e - start, v)
                         for s, e, v in block_years[bisect_left(year_starts, start):bisect_left(year_starts, end)]]
                yield Sentence(
                    year_after=year_after,
                    block=block_id, text=sentence, start=start, language=language,
                    parties=_named_by_acronym(_mark_parentheticals([_shift(p, -start) for p in inside], text[start:end]),
                                              text[start:end], known),
                    years=named if not _reads_relative_year(sentence, named) else sorted([
                        *named, *(_relative_year(sentence, _last_year(block_years, 0, start) or year_before.get(block_id), language)
                                  or _dated_relative_year(sentence, dated))]),
                    themes=list(dict.fromkeys(t for _, t in block_themes[bisect_left(theme_starts, start):bisect_left(theme_starts, end)])),
                    antecedents=before,
                    previous=earlier, previous_text=previous[2] if earlier else "",
                    prior_subject=_prior_subject(*prior) if prior else [],
                    prior_year=_last_event_year(block_years, last_start, start, text),
                )
            previous = (inside, start, text[start:end]) if len(inside) >= 2 else None
            # (the subject of a "sentence" too long to be one is not read: reading it is quadratic in its mentions)
            prior = (inside, start, text[start:end]) if inside and end - start <= MAX_SENTENCE_CHARS else None
            last_start, start = start, end

RELATIVE_YEAR_ACROSS_BLOCKS = True
"""A sentence's "the same year" ("the following year") whose block names no year before it refers to the last year
the blocks before it in its section name ("A partnership agreement signed in 2024 ..." and two bullets, then "Under a
public-private partnership launched the same year, ..."); False: only to a year of its own block."""


def _year_before_block(sections: list[Section], years: dict[str, list[tuple[int, int, int]]]) -> dict[str, int]:
    """For each block of the sections, the last year the blocks before it in its section name (reading order:
    Section.order, else paragraphs then bullets; ``years``: block id -> (start, end, value) of its year mentions);
    blocks with no year before them are left out."""
    out: dict[str, int] = {}
    for section in all_sections(sections):
        order = section.order or [item.id for item in [*section.paragraphs, *section.bullets]]
        last = None
        for block_id in order:
            if last is not None:
                out[block_id] = last
            if years.get(block_id):
                last = max(years[block_id])[2]
    return out


_TELLS_WHEN = re.compile(r"(?:It|They|This|That|The\s+(?:[\w-]+\s+){0,2}?(?:signing|signature|ceremony|launch|agreement|"
                         r"memorandum|letter|partnership|programme|project))\b", re.IGNORECASE)
"""How a sentence opens that tells when the partnership of the one before was made."""
_TELLS_WHEN_NOUN = re.compile(r"\b(?:" + _spaced_words("tells_when_nouns", "signing", "signature", "ceremony", "launch", "text", "document")
                              + r")\b", re.IGNORECASE)
"""What an opening that refers back ("Ce texte", "La firma") names when it tells when the one before was made
(instruments.json connectors "tells_when_nouns"; an instrument phrase does too)."""
_TELLS_WHEN_OPENING = re.compile(r"(?:" + _spaced_words("tells_when_openings", "It was", "It has been", "They were") + r")\b",
                                 re.IGNORECASE)
"""A pronoun and its passive that open such a sentence in each language ("Il a été signé", "Fue firmado")."""


def _year_told_after(text: str, span: tuple[int, int], language: str, parties: list[PartyMention],
                     years: list[tuple[int, int, int]], own: frozenset[str] = frozenset()) -> tuple[int, int | None] | None:
    """The (year, end year) of the sentence at ``span`` of ``text`` when it opens by referring back,
    names no party but those of the sentence before (``own``: their refs) and no instrument of its own,
    and gives a year: "It was signed in 2019 and runs for four years", "It was signed in Accra in May 2024
    and makes the EPA responsible for …". Else None."""
    # ("It was renewed in 2024 for three more years": the year of a renewal is not when the partnership was made)
    years = [y for y in years if not _renewal_year(text, y[0])]
    if not years or any(p.ref not in own for p in parties):
        return None
    following = text[span[0]: span[1]].strip()
    # (each language's openings that refer back: "Ce texte est entré en vigueur en 2019", instruments.json connectors)
    back = _REFERS_BACK.match(following)
    if back and not (_TELLS_WHEN_NOUN.search(back.group(0)) or _instruments(language)[0].search(back.group(0))):
        back = None  # "The workshop in 2021 trained ...": an opening that refers back names what it refers to
    openings = [m for m in (_TELLS_WHEN.match(following), back, _TELLS_WHEN_OPENING.match(following)) if m]
    opening = max(openings, key=lambda m: m.end()) if openings else None
    # (an instrument in the opening is the one before: "That agreement dates from 2017")
    if not opening or _instruments(language)[0].search(following, opening.end()):
        return None
    first = years[0]
    if len(years) > 1 and (years[1][0] < first[1] or _YEAR_RANGE_GAP.match(text[first[1]: years[1][0]])):
        return first[2], years[1][2]
    return first[2], None


_SAME_YEAR = re.compile(r"(?<!\w)(?:" + _spaced_words("same_year", "that year", "the same year", "that same year", "later that year",
                                                      "earlier that year", "the following month", "the next month",
                                                      "a month later") + r")(?!\w)", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"(?<!\w)(?:" + _spaced_words("next_year", "the following year", "the next year", "a year later", "one year later")
                        + r")(?!\w)", re.IGNORECASE)


def _relative_year(sentence: str, before: int | None, language: str) -> list[tuple[int, int, int]]:
    """For a sentence that names no year, the year it gives by reference to the last year the block names
    before it (``before``): "that year", "la même année", "ese mismo año" that year, "the following year", "l'année
    suivante" the one after (instruments.json connectors "same_year", "next_year"), "two years later", "deux ans
    plus tard" two after (dates.json "years_later"); as a mention at the phrase (sentence offsets). None found: []."""
    if before is None:
        return []
    for pattern, step in ((_SAME_YEAR, 0), (_NEXT_YEAR, 1)):
        if match := pattern.search(sentence):
            return [(match.start(), match.end(), before + step)]
    # ("Two years later the Department of Labour, the NWU and the NCA put their signatures to ...")
    pattern, numbers = _counted_phrases("years_later")
    if match := pattern.search(sentence):
        return [(match.start(), match.end(), before + _count(match, numbers))]
    return []


DATE_LINE_BLOCKS = 8
"""The brochure's date is read from its first this many blocks (title, subtitle, headings, paragraphs in
reading order) ..."""
DATE_LINE_MAX_CHARS = 100
"""... from the first of them at most this long that names a month and a year: a date line ("Tbilisi, 20
October 2025", "Port-au-Prince, juin 2025", "Issue 14 · 14 November 2025"), not a sentence that dates an event ..."""
DATELINE_OPENING_CHARS = 60
"""... or from a longer one whose date stands in its first this many characters: a news dateline ("KAMPALA, 14
October 2025 (ILO News) – More than …", "Port-au-Prince, juin 2025 — l'assurance …")."""


@dataclass(frozen=True, slots=True)
class BrochureDate:
    """The year and month (1-12) a brochure is dated."""

    year: int
    month: int


@cache
def _date_words() -> tuple[dict[str, int], _DateLine, list[tuple[re.Pattern, int]]]:
    """(month name, lower case -> its number; the date line's pattern; each relative phrase's pattern with
    the years it counts from the brochure's date), in every language (dates.json)."""
    files = [data_file("dates.json"), *(own_data("dates.json", language) for language in SUPPORTED_LANGUAGES)]
    months: dict[str, int] = {}
    offsets: dict[int, list[str]] = {}
    openings: list[str] = []
    for data in files:
        openings += data.get("event_openings", [])
        months.update({season.lower(): number for season, number in data.get("seasons", {}).items()})
        for number, name in enumerate(data.get("months", []), start=1):
            months[name.lower()] = number
        for offset, phrases in data.get("relative_years", {}).items():
            offsets.setdefault(int(offset), []).extend(phrases)
    month = "(?P<month>" + alternation(months) + ")"
    day = r"\d{1,2}(?:st|nd|rd|th|er|º)?"
    # (a date after an event's preposition dates the event: "In October 2019 the union …")
    not_after = r"(?<!\w)(?:" + alternation(openings) + rf")\s+(?:{day}\s+(?:de\s+)?)?$"
    date_line = re.compile(rf"(?<!\w){month}\s+(?:de\s+|del\s+)?(?:{day},?\s+)?(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
    date_line = _DateLine(date_line, re.compile(not_after, re.IGNORECASE))
    # one pattern a phrase (a phrase names its month in a group of its own), the longest first within a distance
    relative = [(re.compile(r"(?<!\w)" + re.escape(phrase).replace(r"\{month\}", month).replace(r"\{day\}", day).replace(r"\ ", r"\s+")
                            + r"(?![\w-])", re.IGNORECASE), offset)
                for offset, phrases in sorted(offsets.items(), reverse=True) for phrase in sorted(set(phrases), key=len, reverse=True)]
    return months, date_line, relative


@dataclass(frozen=True, slots=True)
class _DateLine:
    """A month-and-year date, and what stands before one that dates an event instead of the brochure."""

    date: re.Pattern
    event_before: re.Pattern

    def search(self, text: str) -> re.Match | None:
        for match in self.date.finditer(text):
            if not self.event_before.search(text, 0, match.start()):
                return match
        return None


def brochure_date(blocks: list[TextBlock], furniture: Sequence[str] = ()) -> BrochureDate | None:
    """The date of the brochure's date line (DATE_LINE_BLOCKS, DATE_LINE_MAX_CHARS, DATELINE_OPENING_CHARS), else of
    its first running header or footer that names a month and a year (``furniture``, in page order: "Toolbox talk 7 ·
    October 2025" over every page); None when it has neither."""
    months, date_line, _ = _date_words()
    dated = _date_line_date(blocks, months, date_line)
    if dated is None:
        for line in furniture:
            if len(line) <= DATE_LINE_MAX_CHARS and (match := date_line.date.search(line)) is not None:
                return BrochureDate(int(match.group("year")), months[match.group("month").lower()])
    return dated


def _date_line_date(blocks: list[TextBlock], months: dict[str, int], date_line: _DateLine) -> BrochureDate | None:
    """The date of the date line among the first DATE_LINE_BLOCKS ``blocks``, None when none is one."""
    for block in blocks[:DATE_LINE_BLOCKS]:
        text = block.text
        if len(text) > DATE_LINE_MAX_CHARS and len(last := text.rsplit(" · ", 1)[-1]) <= DATE_LINE_PIECE_CHARS:
            text = last  # ("For agents in … firms · Kingston, September 2025": the line's last piece)
        if len(text) <= DATE_LINE_MAX_CHARS:
            match = date_line.date.search(text)
        else:  # a dateline opens the block, not an event's date ("In October 2019 the union …")
            opening = text[:DATELINE_OPENING_CHARS + 20]
            match = date_line.search(opening) or _placed_date(date_line, opening)
            match = match if match is not None and match.start() <= DATELINE_OPENING_CHARS else None
        if match is not None:
            return BrochureDate(int(match.group("year")), months[match.group("month").lower()])
    return None


DATE_LINE_PIECE_CHARS = 40
"""... or from the last piece of a longer line of pieces (" · " between), at most this long."""
_PLACE_BEFORE_DATE = re.compile(r"^[^\W\d_][^.;:()]{0,40},\s*(?:(?:le|el)\s+)?(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?)?$", re.IGNORECASE)
"""A news dateline's place before its date ("Bucarest et Lyon, le 12 novembre 2026 –", "Lima, el 3 de marzo de 2025")."""


def _placed_date(date_line: _DateLine, opening: str) -> re.Match | None:
    """The date a news dateline's place opens ("Bucarest et Lyon, le 12 novembre 2026 – Le Bureau …"), though its
    day's article would date an event elsewhere ("présenté le 20 novembre"); None when none."""
    return next((m for m in date_line.date.finditer(opening) if _PLACE_BEFORE_DATE.match(opening[:m.start()])), None)


def _reads_relative_year(sentence: str, named: list[tuple[int, int, int]]) -> bool:
    """Whether a relative phrase may give the sentence's year: it names none (``named``: its years, sentence
    offsets), or only the years periods run until ("Sa convention, conclue il y a trois ans, a été prolongée
    jusqu’à fin 2027": made three years before the brochure's date)."""
    return all(_until_year(sentence, year_start) for year_start, _, _ in named)


def _until_year(sentence: str, year_start: int) -> bool:
    """The year at ``year_start`` ends a period: an until word right before it ("jusqu’à fin 2027")."""
    pattern, reach = _until_before()
    return pattern.search(sentence[max(0, year_start - reach): year_start]) is not None


def _dated_relative_year(sentence: str, dated: BrochureDate | None) -> list[tuple[int, int, int]]:
    """For a sentence that names no year, the year a phrase gives by its distance from the brochure's date
    ("last year", "il y a deux ans", "el mes pasado"; "in November" of a brochure dated in September: the
    November before); as a mention at the phrase (sentence offsets). None found or no date: []."""
    if dated is None:
        return []
    months, _, relative = _date_words()
    for pattern, offset in relative:
        if match := pattern.search(sentence):
            year = dated.year + offset
            named = match.group("month") if "month" in pattern.groupindex else None
            if named and months[named.lower()] > dated.month:
                year -= 1
            return [(match.start(), match.end(), year)]
    return []


def _last_year(years: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """The last of the block's ``years`` (sorted, block offsets) between ``start`` and ``end``, None when none is."""
    inside = years[bisect_left(years, (start,)):bisect_left(years, (end,))]
    return inside[-1][2] if inside else None


def _last_event_year(years: list[tuple[int, int, int]], start: int, end: int, text: str) -> int | None:
    """The last of the block's ``years`` between ``start`` and ``end`` that dates an event a later
    sentence may go on about: not a founding year ("was founded in 1959", "créée en 1959": the body's
    age, not a meeting or a signing), which a next "It signed …" must not take as its own."""
    for year_start, _, value in reversed(years[bisect_left(years, (start,)):bisect_left(years, (end,))]):
        if not _founding_before().search(text, max(start, year_start - FOUNDING_REACH), year_start):
            return value
    return None


FOUNDING_REACH = 24
"""How far before a year (characters) a founding word ("founded", "créée", "fundada") makes it a founding year."""


@cache
def _founding_before():
    """A founding word (instruments.json "connectors" "founding_words", every language) followed, before
    the searched span ends, only by a preposition or a month: "founded in", "créée en mars"."""
    english = data_file("instruments.json")["connectors"]["founding_words"]
    return re.compile(rf"\b(?:{_connector_words('founding_words', *english)})\b[^.;:\d]*$", re.IGNORECASE)


def _prior_subject(parties: list[PartyMention], start: int, text: str) -> list[PartyMention]:
    """The subject of a sentence (``parties`` at block offsets, the sentence ``text`` starting at ``start``):
    its first party outside parentheses that no preposition governs, and the parties coordinated with it; in a
    passive whose one party is its agent ("... are funded by AICS"), that agent."""
    marked = _mark_parentheticals([_shift(p, -start) for p in parties], text)
    sentence = Sentence(block="", text=text, start=0, parties=marked, years=[], themes=[])
    outside = [p for p in marked if not p.parenthetical]
    for index, party in enumerate(outside):
        if not _is_object(sentence, party):
            return _subject_list(sentence, outside[index:], set(), len(text))
    # ("The mobile desks are funded by the Italian Agency (AICS). Its contribution ...": a passive's one agent)
    if len(outside) == 1 and _BY_PARTY.search(text[:outside[0].start]):
        return outside
    return []


ROW_SEPARATOR = " | "
"""How a table row's cells are joined into the one text its rules read (and its evidence shows)."""


def _cell_mentions(cell_ids: set[str], entities: Entities) -> tuple[dict[str, list[PartyMention]], dict[str, list[tuple[int, int, int]]],
                                                                   dict[str, list[str]]]:
    """The party, year and theme mentions in the blocks ``cell_ids``, per block (block offsets)."""
    parties: dict[str, list[PartyMention]] = {}
    for org in entities.organizations:
        for m in org.mentions:
            if m.block in cell_ids:
                parties.setdefault(m.block, []).append(PartyMention(m.start, m.end, org.id, org.name, org.acronym, None, None, False))
    names = {block: sorted((p.start, p.end) for p in found) for block, found in parties.items()}
    for country in entities.countries:
        for m in country.mentions:
            if m.block in cell_ids and not _overlaps_a_name(names.get(m.block, []), m):
                parties.setdefault(m.block, []).append(
                    PartyMention(m.start, m.end, f"country:{country.iso_alpha2}", country.name, None, country.iso_alpha2, None, False))
    years: dict[str, list[tuple[int, int, int]]] = {}
    for year in entities.years:
        for m in year.mentions:
            if m.block in cell_ids:
                years.setdefault(m.block, []).append((m.start, m.end, year.value))
    themes: dict[str, list[str]] = {}
    for theme in entities.themes:
        for m in theme.mentions:
            if m.block in cell_ids:
                themes.setdefault(m.block, []).append(theme.id)
    return parties, years, themes


def _table_rows(tables: list[Table], entities: Entities, block_languages: dict[str, str] | None = None,
                language: str = DEFAULT_LANGUAGE):
    """The body rows of tables that name an instrument ("Partner | Agreement with the ILO | Year",
    "Partenaire | Accord avec l'OIT | Année"), each as a Sentence: its cells joined by ROW_SEPARATOR
    with their party, year and theme mentions, and the parties the table's heading names. The
    evidence block is the cell naming the instrument. A table is read with the instruments of the
    language of its cells' page (``block_languages``; else the brochure's ``language``)."""
    block_languages = block_languages or {}
    for table in tables:
        numbered = list(enumerate([*table.header_rows, *table.rows], start=1))
        cell_ids = {cell_id(table.id, r, c) for r, row in numbered for c, cell in enumerate(row, start=1) if cell}
        table_language = next((block_languages[c] for c in sorted(cell_ids) if c in block_languages), language)
        instrument_phrases = _instruments(table_language)[0]
        parties, years, themes = _cell_mentions(cell_ids, entities)
        header_count = len(table.header_rows)
        first_row = {cell_id(table.id, 1, c) for c in range(1, len(numbered[0][1]) + 1)} if numbered else set()
        if not header_count and len(numbered) > 1 and not first_row & years.keys():
            header_count = 1  # no heading row was told apart: a first row without a year is the heading
        header = [p for r, row in numbered[:header_count] for c in range(1, len(row) + 1)
                  for p in sorted(parties.get(cell_id(table.id, r, c), []), key=lambda p: p.start)]
        rows = [(r, row) for r, row in numbered[header_count:] if any(cell and instrument_phrases.search(cell) for cell in row)]
        for r, row in rows:
            text, row_parties, row_years, row_themes, evidence_block = "", [], [], [], None
            for c, cell in enumerate(row, start=1):
                if not cell:
                    continue
                if text:
                    text += ROW_SEPARATOR
                block, offset = cell_id(table.id, r, c), len(text)
                text += cell
                row_parties += [_shift(p, offset) for p in sorted(parties.get(block, []), key=lambda p: p.start)]
                row_years += [(s + offset, e + offset, v) for s, e, v in sorted(years.get(block, []))]
                row_themes += themes.get(block, [])
                if evidence_block is None and instrument_phrases.search(cell):
                    evidence_block = block
            yield Sentence(block=evidence_block, text=text, start=0, parties=row_parties, years=row_years,
                           themes=list(dict.fromkeys(row_themes)), language=table_language, header_parties=header)


LIST_ITEM_SEPARATOR = "; "
"""How a lead-in and the party items of its list are joined into the one text the rules read."""
_ITEM_FILLER = re.compile(r"(?:\([^()]*\)|\b(?:the|and|or)\b|[\s,;.:])*", re.IGNORECASE)
"""What an item of a list of parties may hold besides the party: an article, a parenthesis, punctuation."""


def _listed_parties(sections: list[Section], entities: Entities):
    """A paragraph whose last sentence names an instrument and no party and ends in a colon, and the
    run of bullets after it (in the section's reading order) that are each one party: one Sentence,
    the lead-in and the items joined by LIST_ITEM_SEPARATOR, with the items' party and year
    mentions. The evidence block is the lead-in's paragraph."""
    instrument_phrases = _instruments()[0]
    for section in all_sections(sections):
        texts = {item.id: item.text for item in [*section.paragraphs, *section.bullets]}
        bullets = {item.id for item in section.bullets}
        order = section.order or list(texts)
        for index, block_id in enumerate(order):
            text = texts.get(block_id, "")
            if block_id in bullets or not text.rstrip().endswith(":"):
                continue
            lead_in_start = ([0] + [m.end() for m in _SENTENCE_END.finditer(text)])[-1]
            lead_in = text[lead_in_start:].rstrip()
            if not instrument_phrases.search(lead_in):
                continue
            run = []
            for item_id in order[index + 1:]:
                if item_id not in bullets:
                    break
                run.append(item_id)
            parties, years, themes = _cell_mentions({block_id, *run}, entities)
            if any(lead_in_start <= p.start for p in parties.get(block_id, [])):
                continue  # the lead-in names its parties itself: the other rules read it
            items = []
            for item_id in run:
                found = sorted(parties.get(item_id, []), key=lambda p: p.start)
                item = texts[item_id]
                rest = "".join(c for i, c in enumerate(item) if not any(p.start <= i < p.end for p in found))
                if not found or not _ITEM_FILLER.fullmatch(rest):
                    break  # a bullet that is not (only) a party ends the list
                items.append((item_id, found))
            if len(items) < 2:
                continue
            joined, sentence_parties = lead_in, []
            sentence_years = [(s - lead_in_start, e - lead_in_start, v)
                              for s, e, v in sorted(years.get(block_id, [])) if s >= lead_in_start]
            for item_id, found in items:
                joined += LIST_ITEM_SEPARATOR if sentence_parties else " "
                offset = len(joined)
                joined += texts[item_id].strip()
                sentence_parties += [_shift(p, offset - (len(texts[item_id]) - len(texts[item_id].lstrip()))) for p in found]
            yield Sentence(block=block_id, text=joined, start=lead_in_start, parties=sentence_parties, years=sentence_years,
                           themes=list(dict.fromkeys(themes.get(block_id, []))), listed=True)


# (each language's words come from instruments.json "connectors": "refers_back_openings",
# "elided_openings", "indefinite_openings", "back_pronouns": "Cet accord", "L'accord", "El documento")
_ELIDED_OPENING = _spaced_words("elided_openings")
_REFERS_BACK = re.compile(r"(?:(?:" + _spaced_words("refers_back_openings", "The", "This", "That", "Such", "Their", "These",
                                                               "Its", "Under the", "Under this", "Under their")
                          + r")\s+" + (rf"|(?:{_ELIDED_OPENING})" if _ELIDED_OPENING else "") + r")(?:[\w-]+\s+){0,2}", re.IGNORECASE)
"""How a sentence opens that refers back to the one before: "The agreement", "This new partnership"."""
_INDEFINITE_OPENING = re.compile(r"(?:" + _connector_words("indefinite_openings", "An", "A") + r")\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_BACK_PRONOUN = re.compile(r"\b(?:" + _spaced_words("back_pronouns", "they", "their", "them", "both", "the two", "the three",
                                                                "the four") + r")\b", re.IGNORECASE)
"""An indefinite opening refers back only with a pronoun: "A letter of intent signed in 2015 sets out their plan"."""


def _refers_back(sentence: str, opening_end: int | None = None) -> bool:
    """The sentence opens by referring back to the one before (its words up to ``opening_end``, the
    instrument phrase, are all opening; else only its first words are looked at)."""
    opening = sentence[:opening_end] if opening_end is not None else sentence
    definite = _REFERS_BACK.fullmatch(opening) if opening_end is not None else _REFERS_BACK.match(opening)
    indefinite = _INDEFINITE_OPENING.fullmatch(opening) if opening_end is not None else _INDEFINITE_OPENING.match(opening)
    return bool(definite) or bool(indefinite and _BACK_PRONOUN.search(sentence))


_TOGETHER_AUXILIARY = _spaced_words("acts_together_auxiliaries", "have", "has", "had", "also", "jointly", "then", "will")
_TOGETHER_VERB = _spaced_words("acts_together", "agreed", "signed", "decided", "committed", "concluded", "launched",
                                          "established", "joined", "met", "came together", "pledged", "share", "shared")
_ACTS_TOGETHER = re.compile(r"^\)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:" + _TOGETHER_AUXILIARY + r")\s+)*(?:" + _TOGETHER_VERB + r")\b",
                            re.IGNORECASE)
"""What the parties of a list do together when a later sentence can refer back to them (after the closing
parenthesis of the last one's acronym: "… Zusammenarbeit (GIZ) have agreed")."""


def _antecedents(inside: list[PartyMention], start: int, text: str) -> list[PartyMention]:
    """The parties a later sentence can refer back to: the longest list of the sentence (its
    parties ``inside``, at block offsets, the sentence starting at ``start``) that acts together
    ("A, B and C agreed ..."); a list that does not act ("... with ASEAN, ADB and ESCAP.") is none."""
    marked = _mark_parentheticals([_shift(p, -start) for p in inside], text)
    listed = _coordinated(marked, text)
    if len(listed) >= 2 and _ACTS_TOGETHER.match(text[listed[-1].end:]):
        return listed
    return _joined_with(marked, text)


_JOINED_WITH = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:(?:has|have|had|also|now)\s+)*"
                          r"(?:(?:joined forces|teamed up|partnered|worked|works|work)\s+with|" + _spaced_words("joined_with")
                          + r")\s+(?:" + _ARTICLE + r")?$", re.IGNORECASE)
"""What one party does with another when a later sentence can refer back to both ("A has joined forces with B.")."""


def _joined_with(parties: list[PartyMention], text: str) -> list[PartyMention]:
    """The two parties of "A has joined forces with B" (the sentence's only two outside parentheses)."""
    outside = [p for p in parties if not p.parenthetical]
    if len(outside) == 2 and _JOINED_WITH.match(text[outside[0].end: outside[1].start]):
        return outside
    return []


def _coordinated(parties: list[PartyMention], text: str) -> list[PartyMention]:
    """The longest list of parties of a sentence joined as a list ("A, B and C"), outside parentheses."""
    parties = [p for p in parties if not p.parenthetical]
    best: list[PartyMention] = []
    run: list[PartyMention] = []
    for party in parties:
        if run and _LIST_GAP.match(re.sub(r"\([^()]{0,30}\)", "", text[run[-1].end: party.start])):
            run.append(party)
        else:
            run = [party]
        if len(run) > len(best):
            best = list(run)
    return best


def _overlaps_a_name(names: list[tuple[int, int]], mention) -> bool:
    """A country ``mention`` lies inside one of ``names``, or reaches into one ("the Republic of Korea"
    before the "Republic of Korea Ministry of ...", whose name starts after the article)."""
    return _inside_a_name(names, mention.start) or _inside_a_name(names, mention.end - 1)


def _inside_a_name(names: list[tuple[int, int]], position: int) -> bool:
    """``position`` lies inside one of ``names`` ((start, end) in order, none overlapping)."""
    index = bisect_left(names, (position + 1,)) - 1
    return index >= 0 and names[index][0] <= position < names[index][1]


def _unit_name(mention: str, after: str) -> str:
    """"ILO Jakarta" followed by " office" is the "ILO Jakarta office"."""
    word = re.match(r"\s(office|Office|bureau|Bureau)\b", after)
    return f"{mention} {word.group(1)}" if word else mention


def _shift(party: PartyMention, by: int) -> PartyMention:
    return PartyMention(party.start + by, party.end + by, party.ref, party.name, party.acronym, party.iso_alpha2,
                        party.unit, party.parenthetical)


def _mark_parentheticals(parties: list[PartyMention], text: str) -> list[PartyMention]:
    """Mentions inside parentheses ("(Cambodia, Viet Nam and Indonesia)", "(ADB)") and places that
    qualify the body before them ("the Social Security Office (SSO) of Thailand") are not parties."""
    marked = []
    for index, party in enumerate(parties):
        before = text[: party.start]
        inside = before.count("(") > before.count(")")
        if inside and text[party.end: party.end + 1] == ")":
            # "the Caribbean Community (CARICOM)": the acronym of a name no mention covers is the party, spanning the name
            # (a name is short: searched only in the characters just before, never across a long gap, which is quadratic)
            floor = max(parties[index - 1].end if index > 0 else 0, party.start - MAX_UNREAD_NAME_CHARS)
            name = _DEFINES_UNREAD_NAME.search(text, floor, party.start)
            if name:
                inside = False
                party = PartyMention(name.start(), party.end + 1, party.ref, party.name, party.acronym, party.iso_alpha2, party.unit,
                                     False)
        qualifier = index > 0 and party.iso_alpha2 is not None and _QUALIFIER_GAP.match(text[parties[index - 1].end: party.start])
        qualifier = qualifier and parties[index - 1].iso_alpha2 is None
        if inside or qualifier:
            party = PartyMention(party.start, party.end, party.ref, party.name, party.acronym, party.iso_alpha2, party.unit, True)
        marked.append(party)
    return marked


MAX_UNREAD_NAME_CHARS = 120
"""How far before an acronym's parenthesis the name it defines is looked for (the longest names are about 100)."""
_DEFINES_UNREAD_NAME = re.compile(r"(?<![\w'’¨-])[A-ZÀ-ÖØ-Ý][\w'’¨-]*(?:\s+(?:[A-ZÀ-ÖØ-Ý][\w'’¨-]*|[a-zà-ÿ][\w¨]{0,3}))*?"
                                  r"(?<=[\w'’¨-])\s*\(\s*$")
"""The capitalized name (short lower-case particles inside: "of", "für") right before the parenthesis a party
mention alone fills: the name its acronym defines, which no mention covers."""
_CUT_NAME_TAIL = re.compile(r"^(?:\s+[^\W\d_]+){0,3}\s*\($")
"""What may stand between a name read short and the acronym in parentheses that defines it: the
pieces of the name a text extractor broke ("Agency for Devel opment Cooper ation (Norad)")."""


def _named_by_acronym(parties: list[PartyMention], text: str, known: frozenset[str]) -> list[PartyMention]:
    """A body found only by pattern, followed (after at most three words) by a listed body alone in
    parentheses, is that body, its name read short: "the Norwegian Agency for Devel opment Cooper
    ation (Norad)" is Norad (spanning both and the closing parenthesis), not a body "Norwegian Agency for Devel"."""
    out = list(parties)
    for index, (party, following) in enumerate(zip(parties, parties[1:], strict=False)):
        if (party.ref in known or party.iso_alpha2 or not party.ref.startswith("org:") or following.ref not in known
                or party.parenthetical or not following.parenthetical
                or not _CUT_NAME_TAIL.match(text[party.end: following.start]) or text[following.end: following.end + 1] != ")"):
            continue
        out[index] = PartyMention(party.start, following.end + 1, following.ref, following.name, following.acronym, following.iso_alpha2,
                                  following.unit, False)
        out[index + 1] = None  # type: ignore[call-overload]
    return [p for p in out if p is not None]


def _list_after(sentence: Sentence, position: int) -> list[PartyMention]:
    """The coordinated list of parties that starts after ``position``: "India, Brazil, and South Africa"."""
    text = sentence.text
    candidates = [p for p in sentence.parties if p.start >= position]
    lead_in = text[position: candidates[0].start] if candidates else ""
    if not candidates or not _LEAD_IN.match(lead_in) or _CLAUSE_BREAK.search(lead_in):
        return []
    if lead_in.strip() and _LOCATIVE_END.search(lead_in) and candidates[0].iso_alpha2:
        return []
    found = [candidates[0]]
    for party in candidates[1:]:
        gap = text[found[-1].end: party.start]
        if party.parenthetical:
            continue
        if not _LIST_GAP.match(_strip_parentheticals(gap, text, found[-1].end, sentence)):
            break
        found.append(party)
    return _through(sentence, [p for p in found if not p.parenthetical])


def _strip_parentheticals(gap: str, text: str, offset: int, sentence: Sentence) -> str:
    """The gap between two list items without the parenthetical mentions and place qualifiers in it:
    " (SSO) of Thailand and " reads as " and "."""
    for party in sentence.parties:
        if party.parenthetical and offset <= party.start and party.end <= offset + len(gap):
            gap = gap.replace(text[party.start: party.end], "\x00", 1)
    # " of the " is tried only where a run of white space starts: tried inside the run too, it read
    # the rest of the run from each of its characters (quadratic)
    gap = re.sub(r"(?:(?<!\s)\s+(?:of|in)\s+(?:the\s+)?)?\x00", "", gap)
    return gap.replace("()", "")


def _list_before(sentence: Sentence, position: int, exclude: set[int]) -> list[PartyMention]:
    """The coordinated list of parties that ends before ``position`` in the same clause."""
    text = sentence.text
    candidates = [p for p in sentence.parties if p.end <= position and not p.parenthetical and p.start not in exclude]
    if not candidates or _CLAUSE_BREAK.search(text[candidates[-1].end: position]):
        return []
    found = [candidates[-1]]
    for party in reversed(candidates[:-1]):
        gap = _strip_parentheticals(text[party.end: found[0].start], text, party.end, sentence)
        if not _LIST_GAP.match(gap):
            break
        found.insert(0, party)
    return _through(sentence, found)


_THROUGH = re.compile(r"^\s*,?\s*(?:" + _connector_words("through", "through", "via") + "|"
                      + _connector_words("agency_through", "by way of") + r")\s*+(?:" + _ARTICLE + r"|its\s+)?$", re.IGNORECASE)


def _through(sentence: Sentence, parties: list[PartyMention]) -> list[PartyMention]:
    """"Switzerland, through SECO": one party, the agency, standing for its country (it carries
    the country's code)."""
    merged: list[PartyMention] = []
    for party in parties:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.iso_alpha2 and not party.iso_alpha2
                and _THROUGH.match(sentence.text[previous.end: party.start])):
            merged[-1] = PartyMention(previous.start, party.end, party.ref, party.name, party.acronym, previous.iso_alpha2,
                                      party.unit, False)
            continue
        merged.append(party)
    return merged


def _year_span(sentence: Sentence, near: int | None = None) -> tuple[int | None, int | None]:
    """The year (and end year of a range) the sentence gives, nearest to ``near`` when it gives more. A year
    after "until" ("extended until 2027", "jusqu'en 2026", "hasta 2027": connectors "until_words") ends a
    period and is no start: the end year of the year before it, or, alone, an end year with no year."""
    years = sentence.years
    if not years:
        return None, None
    until_before, reach = _until_before()
    until = {i for i, (start, _, _) in enumerate(years) if until_before.search(sentence.text, max(0, start - reach), start)}
    starts = [i for i in range(len(years)) if i not in until]
    # ("renewed in 2025 the agreement they had concluded in 2021": the partnership dates from its first signing)
    first = [i for i in starts if not _RENEWED_IN.search(sentence.text, max(0, years[i][0] - RENEWAL_REACH), years[i][0])]
    starts = first or starts
    if not starts:
        return None, years[min(until)][2]
    index = starts[0] if near is None else min(starts, key=lambda i: abs(years[i][0] - near))
    if index > 0 and index - 1 not in until and _in_range(sentence, years[index - 1], years[index]):
        index -= 1  # the nearest year ends a range: the partnership starts with the range
    start, end, value = years[index]
    if index + 1 < len(years) and (index + 1 in until or _in_range(sentence, years[index], years[index + 1])):
        return value, years[index + 1][2]
    return value, _extended_end(sentence, start)


def _extended_end(sentence: Sentence, start: int) -> int | None:
    """The end year a renewal's length gives ("renewed in 2024 for three more years": 2027; "for another
    five years", "pour deux ans de plus", "por otros tres años"; dates.json "extensions"), counted from the
    year nearest before the length, not before ``start`` (the partnership's year); None where the
    sentence gives no length."""
    pattern, numbers = _counted_phrases("extensions")
    match = pattern.search(sentence.text, start)
    if match is None:
        return None
    before = [value for year_start, _, value in sentence.years if start <= year_start < match.start()]
    return before[-1] + _count(match, numbers) if before else None


@cache
def _counted_phrases(key: str) -> tuple[re.Pattern, dict[str, int]]:
    """One pattern of dates.json ``key``'s phrases in every language ("for {n} more years", "{n} years later":
    "{n}" a number in figures or in words of dates.json "numbers"; each phrase's number in a group of its own,
    ``count<i>``), and each number word's value."""
    numbers: dict[str, int] = {}
    phrases: list[str] = []
    for data in [data_file("dates.json"), *(own_data("dates.json", language) for language in SUPPORTED_LANGUAGES)]:
        numbers.update({word.lower(): value for word, value in data.get("numbers", {}).items()})
        phrases += data.get(key, [])
    count = r"\d{1,2}|" + alternation(numbers)
    alternatives = [re.escape(phrase).replace(r"\{n\}", f"(?P<count{i}>{count})").replace(r"\ ", r"\s+")
                    for i, phrase in enumerate(sorted(set(phrases), key=len, reverse=True))]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE), numbers


def _count(match: re.Match, numbers: dict[str, int]) -> int:
    """The number a counted phrase's match names, in figures or in words."""
    count = next(value for value in match.groupdict().values() if value).lower()
    return int(count) if count.isdigit() else numbers[count]


RENEWAL_REACH = 72
"""How far before a year (characters) a renewal word makes it the year of a renewal."""
RENEWAL_WORDS = 6
"""How many words may stand between a renewal word and its year ("renewed their memorandum of understanding in 2025")."""
_RENEWED_IN = re.compile(r"(?<![\w'’-])(?:" + _spaced_words("renewal_words", "renewed", "renews", "extended", "prolonged")
                         + rf")\s+(?:[^\s,;:.()\d]+\s+){{0,{RENEWAL_WORDS}}}$", re.IGNORECASE)
"""A renewal word at most RENEWAL_WORDS words before a year, no digit or clause break between ("renewed in August 2025",
"renewed their memorandum in 2025", "ont renouvelé en 2025", "renovaron en 2025"; instruments.json connectors
"renewal_words"): the year of a renewal, not of the partnership, when the sentence gives another ("… qu'elles avaient
conclu en 2021", "first signed in 2019") or the next one tells it (RENEWAL_YEAR_FROM_NEXT)."""


@cache
def _until_before() -> tuple[re.Pattern, int]:
    """An until word (instruments.json connectors "until_words", every language), then perhaps a
    period word ("until_period_words": "the end of", "fin"), right before the searched span's end;
    and how far before a year to search: the longest until word and period word with their spaces."""
    connectors = data_file("instruments.json")["connectors"]
    until, period = connectors["until_words"], connectors["until_period_words"]
    pattern = re.compile(rf"(?<![\w'’-])(?:{_spaced_words('until_words', *until)})\s*+"
                         rf"(?:(?:{_spaced_words('until_period_words', *period)})\s+)?$", re.IGNORECASE)
    words = [*until, *period]
    for language in SUPPORTED_LANGUAGES:
        own = own_data("instruments.json", language).get("connectors", {})
        words += [*own.get("until_words", []), *own.get("until_period_words", [])]
    longest = max(map(len, words))
    return pattern, 2 * longest + 3  # (an until word, a period word, the spaces between and before the year)


@dataclass(slots=True)
class Reading:
    """One sentence as the rules read it: what every rule resolves the same way (the instrument
    phrases, the parties outside parentheses, the agent phrases and their partners), and what the
    rules before have taken, so that one phrase gives one partnership."""

    sentence: Sentence
    lead: PartyMention | None
    instruments: list[tuple[int, int, str, bool]]
    """(start, end, instrument, plural) of each instrument phrase."""
    parties: list[PartyMention]
    agents: list[tuple[int, int, str, list[PartyMention]]] = field(default_factory=list)
    """(start, end, instrument, partners) of each agent phrase ("funded by") that names partners."""
    agent_spans: list[tuple[int, int]] = field(default_factory=list)
    agent_members: set[int] = field(default_factory=set)
    """Starts of the parties an agent phrase names: never the subject of another phrase."""
    shapes: dict[int, tuple[str | None, int]] = field(default_factory=dict)
    """The shape of the parties after each instrument phrase (by its end), once read."""
    taken: list[tuple[int, int]] = field(default_factory=list)
    """Spans of text a rule has read (a named pair "ILO/ADB Memorandum ..."): no other rule reads
    an instrument phrase inside them."""

    def free(self, position: int) -> bool:
        """No rule has read the instrument phrase at ``position``."""
        return not any(s <= position < e for s, e in self.taken) and not any(s <= position < e for s, e in self.agent_spans)

    def years(self, near: int) -> dict[str, int | None]:
        """The year and end year of the sentence nearest to ``near``, as Found's keywords."""
        year, end_year = _year_span(self.sentence, near)
        return {"year": year, "end_year": end_year}


@dataclass(frozen=True, slots=True)
class PartnershipRule:
    """A named way a sentence states a partnership: a function from a Reading to what it finds."""

    name: str
    find: Callable[[Reading], list[Found]]


RULES: list[PartnershipRule] = []
"""The partnership rules, in the order they read a sentence (a later rule sees what an earlier took)."""


def partnership_rule(name: str):
    """Register a rule under ``name`` (in order of registration)."""

    def register(find: Callable[[Reading], list[Found]]) -> Callable[[Reading], list[Found]]:
        RULES.append(PartnershipRule(name, find))
        return find

    return register


@cache
def _split_agent(language: str) -> re.Pattern:
    """A funding participle and its "by" with a date or a range between ("financed from the start by", "financé
    de 2023 à 2026 par", "financiado entre 2022 y 2025 por"): an agent phrase of funding, said in two pieces
    (instruments.json connectors "funding_participles", "by", "period_openings", "range")."""
    participles = _connector_words("funding_participles", "funded", "financed", "co-funded", "co-financed", "cofinanced")
    by = _connector_words("by", "by")
    openings = _connector_words("period_openings", *data_file("instruments.json")["connectors"]["period_openings"])
    span = (rf"(?:(?:{openings})\s+)?(?:19|20)\d\d(?:\s*(?:[-–—/]|"
            + _connector_words("range", "to", "and") + r")\s*(?:19|20)\d\d)?")
    start = r"(?:" + _connector_words("from_the_start", "from the start", "from the outset") + r")"
    return re.compile(rf"(?<![\w-])(?:{participles})\s+(?:{span}|{start}),?\s+(?:{by})(?![\w-])", re.IGNORECASE)


def _names_a_cue(text: str, language: str) -> bool:
    """The text names an instrument phrase of ``language`` (or a funding agent said in two pieces)."""
    return bool(_instruments(language)[0].search(text) or _split_agent(language).search(text))


def read_sentence(sentence: Sentence, lead: PartyMention | None) -> Reading | None:
    """The Reading of a sentence, None when it names no instrument (then no rule finds anything)."""
    phrases, instrument_of, agent_pattern, agents = _instruments(sentence.language)
    text = sentence.text
    cues = _rejoined(text, sentence.language)  # (same length: offsets are the text's)
    # (a phrase inside a body's name is no instrument: the "Programme" of "United Nations Development Programme")
    names = sorted((p.start, p.end) for p in sentence.parties)
    matches = [(m.start(), m.end(), *instrument_of[phrase_key(m.group(0))]) for m in phrases.finditer(cues)
               if not _inside_a_name(names, m.start())]
    # ("The project is run with A and B": the brochure's own programme and who runs it, no joint programme)
    matches = [m for m in matches if not (m[2] == "programme" and _own_programme_described(text, m[0], m[1]))]
    # ("… but has not signed any agreement", "sin acuerdo formal", "aucun accord n'est encore signé": no instrument)
    matches = [m for m in matches if not _NEGATED.search(text, max(0, m[0] - NEGATION_REACH), m[0])]
    # ("inspectors follow the heat-stress protocol", "the Protocol of 2014 to the Forced Labour Convention", "the contribution
    # of young workers": a bare protocol, grant or contribution names an instrument only where its clause says it was made or given)
    made_only = _made_only_phrases(sentence.language)
    matches = [m for m in matches if phrase_key(text[m[0]:m[1]]) not in made_only or _made_in_clause(text, m[0], m[1], m[2])
               or (m[2] == "funding" and (_owned_and_given_to(text, m[0], m[1]) or _paid_with_and_given_to(text, m[0], m[1])))]
    # ("analizaron los fondos de pensiones", "gestionan fondos para …": a bare funding noun in prose names a funding only
    # with a party of its own; in a table row the row's cells give its parties: "LuxDev | Financement du programme | 2024")
    nouns = _funding_nouns(sentence.language) if sentence.header_parties is None else frozenset()
    label = _FUNDING_LABEL.match(text)  # ("Funding: A, 2024–2026": the label's noun names the funding)
    matches = [m for m in matches if phrase_key(text[m[0]:m[1]]) not in nouns or _party_follows(sentence, m[1])
               or (label is not None and m[1] <= label.end())
               or _PROGRESSIVE_BEFORE.search(text, max(0, m[0] - PROGRESSIVE_REACH), m[0]) or _given_in_clause(text, m[0], m[1])]
    # ("Agreement with the ILO | Letter of intent": a bare "agreement" gives way to the instrument the sentence names)
    generic = _generic_phrases()
    if any(phrase_key(text[m[0]:m[1]]) in generic for m in matches) and any(phrase_key(text[m[0]:m[1]]) not in generic for m in matches):
        matches = [m for m in matches if phrase_key(text[m[0]:m[1]]) not in generic]
    split = [m for m in _split_agent(sentence.language).finditer(cues) if not any(s <= m.start() < e for s, e, _, _ in matches)]
    matches = sorted(matches + [(m.start(), m.end(), "funding", False) for m in split])
    if not matches:
        return None
    reading = Reading(sentence=sentence, lead=lead, instruments=matches, parties=[p for p in sentence.parties if not p.parenthetical])
    found_agents = [(m.start(), m.end(), agents[phrase_key(m.group(0))]) for m in agent_pattern.finditer(cues)]
    for start, end, instrument in sorted(found_agents + [(m.start(), m.end(), "funding") for m in split]):
        reading.agent_spans.append((start, end))
        partners = _list_after(sentence, end)
        if partners:
            reading.agents.append((start, end, instrument, partners))
            reading.agent_members.update(p.start for p in partners)
    return reading


@cache
def _funding_nouns(language: str) -> frozenset[str]:
    """The bare funding nouns of ``language`` (instruments.json connectors "funding_nouns": en "funding", "financing",
    es "fondos", "financiación", "financiamiento", fr "financement"; English's are read in every language): funding
    phrases that name a funding in prose only with a party of their own (_party_follows)."""
    return frozenset(phrase_key(w) for w in language_data("instruments.json", language)["connectors"].get("funding_nouns", []))


_NOUN_TO_PARTY = re.compile(r"\s+(?:" + _connector_words("from", "from", "of", spaced=True) + "|" + _connector_words("by", "by")
                            + "|" + _connector_words("recipient_prepositions", "to", "for")
                            + r")(?:\s+|(?<=['’]))(?:(?:" + _ARTICLE + r")\s*)?", re.IGNORECASE)
"""Between a bare funding noun and its party: a preposition of origin, "by" or of a recipient and an article at most
("con fondos del UNICEF", "financiación de la Unión Europea", "le financement de l'UNICEF", "dont le financement au
Bureau international du Travail")."""


PROGRESSIVE_REACH = 24
"""How far before a bare funding noun (characters) the auxiliary that makes it a verb is looked for."""
_PROGRESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:" + _connector_words("progressive_auxiliaries",
                                                                      *data_file("instruments.json")["connectors"]["progressive_auxiliaries"])
                                 + r")\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
"""A be-auxiliary right before a bare funding noun ("the ADB is financing, from 2024, ...", "are currently funding"): the
word is the verb of a funding, read as its phrase (instruments.json connectors "progressive_auxiliaries")."""


def _party_follows(sentence: Sentence, end: int) -> bool:
    """A party of ``sentence`` follows the phrase ending at ``end`` as its donor or recipient (_NOUN_TO_PARTY between)."""
    return any(p.start > end and _NOUN_TO_PARTY.fullmatch(sentence.text, end, p.start) for p in sentence.parties)


NEGATION_REACH = 60
"""How far before an instrument phrase (characters) a negation of its clause is looked for."""
NEGATION_WORDS = 3
"""How many words may stand between a negation and the instrument phrase it denies ("has not yet signed an agreement");
a negation further off denies something else ("is not a party to the agreement between A and B": the agreement stands)."""
_NEGATED = re.compile(r"(?<![\w'’-])(?!(?:" + _connector_words("not_negating", "not only", "not just", "not merely", spaced=True)
                      + r")(?![\w'’-]))(?:" + _connector_words("negations", "not", "no", "without", "never", "nor")
                      + rf")\s+(?:[^\s,;:.()]+\s+){{0,{NEGATION_WORDS}}}$", re.IGNORECASE)
"""A negation of the clause before an instrument phrase, at most NEGATION_WORDS words before it and no clause break
between (instruments.json connectors "negations"): a body that "has not signed any agreement", "n'a signé aucun
accord", "sans accord particulier", "sin acuerdo formal", "aunque no han firmado acuerdos". A negation word that opens
a phrase adding to the clause negates nothing (connectors "not_negating"): "not only signed", "non seulement signé",
"n'a pas seulement signé", "no solo firmó"."""


@cache
def _made_only_phrases(language: str) -> frozenset[str]:
    """The instrument phrases of ``language`` that name an instrument only where their clause says it was made
    (instruments.json "made_only" of each instrument: a bare "protocol", "protocole", "protocolo")."""
    data = laid_over(data_file("instruments.json"), "instruments.json", language)
    return frozenset(phrase.lower() for spec in data["instruments"].values() for phrase in spec.get("made_only", []))


_GIVING_WORDS = _spaced_words("giving_words", *data_file("instruments.json")["connectors"]["giving_words"])
_MADE_IN_CLAUSE = re.compile(r"(?<![\w'’-])(?:" + _connector_words("signed_by", "signed", "concluded", "agreed", "endorsed",
                                                                     "adopted", "renewed") + "|"
                             + _spaced_words("acts_together", "signed", "signs", "sign", "agreed", "agree", "concluded",
                                             "put their names to") + "|"
                             + _GIVING_WORDS + "|"
                             + _spaced_words("renewal_words", "renewed", "renews", "extended", "prolonged") + "|"
                             + _connector_words("bound_words", *data_file("instruments.json")["connectors"]["bound_words"])
                             + r")(?![\w'’-])", re.IGNORECASE)
"""A word by which parties make, renew or are bound by an instrument or a donor gives a funding (instruments.json
connectors "signed_by", "acts_together", "giving_words", "renewal_words" and "bound_words", every language):
"signed", "concluded", "firmado", "suscribieron", "acordaron", "signé", "provided", "awarded", "otorgó", "accordé",
"reconduite", "lie"."""
_TREATY_PROTOCOL_AFTER = re.compile(r"\s+(?:(?:" + _connector_words("treaty_protocol_years", "of") + r")\s+(?:19|20)\d\d\b|(?:"
                                    + _connector_words("treaty_protocol_openings", "to") + r")\s)|\s*\(?\s*(?:"
                                    + _connector_words("treaty_numbers") + r")\s*\d", re.IGNORECASE)
"""What follows a treaty's protocol, which no parties sign as partners: "the Protocol of 2014 to the Forced Labour
Convention", "le Protocole de 2014 relatif à la convention", "el Protocolo de 2014 relativo al Convenio"
(instruments.json connectors "treaty_protocol_years", "treaty_protocol_openings")."""


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the phrase at ``start``-``end``: from the last ; : or full stop before it to the first after it."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after = _CLAUSE_BREAK.search(text, end)
    return before[-1] if before else 0, after.start() if after else len(text)


def _made_in_clause(text: str, start: int, end: int, instrument: str = "") -> bool:
    """The made-only phrase at ``start``-``end`` (of ``instrument``) names an instrument: its clause (no ; : or full
    stop between) says it was made or given ("a protocol signed in 2024 by A and B", "A, B y C firmaron un protocolo",
    "A gave B a grant") and, for a protocol, no treaty's protocol follows (a funding's "grant to the ILO" is none)
    nor an of-phrase (_OF_PHRASE_AFTER)."""
    if instrument != "funding" and (_TREATY_PROTOCOL_AFTER.match(text, end) or _OF_PHRASE_AFTER.match(text, end)):
        return False
    return _MADE_IN_CLAUSE.search(text, *_clause_bounds(text, start, end)) is not None


_OF_PHRASE_AFTER = re.compile(r"\s+(?:" + _connector_words("of_words", "of") + r")\s+[^\W\d]", re.IGNORECASE)
"""An of-phrase after a made-only phrase ("protocol of ...") makes it a longer name the instruments do not list,
or list in words the text has broken: not the bare instrument."""


def _given_in_clause(text: str, start: int, end: int) -> bool:
    """The bare funding noun at ``start``-``end`` is given in its clause ("a octroyé au BIT un financement"): a
    giving word (connectors "giving_words") and a recipient's preposition ("given_to") stand in it."""
    clause_start, clause_end = _clause_bounds(text, start, end)
    return _GIVEN.search(text, clause_start, clause_end) is not None and _TO_WORD.search(text, clause_start, clause_end) is not None


_OWN_PROGRAMME_AFTER = re.compile(r"^\s+(?:" + _spaced_words("passive_auxiliaries", "is", "are", "was", "were", "has been", "have been")
                                  + r")\s+(?:[^\W\d_][\w’'-]*\s+){1,3}?(?:"
                                  + _connector_words("by", "by") + "|" + _connector_words("with", "with") + r")\s", re.IGNORECASE)
_OWN_PROGRAMME_BEFORE = re.compile(r"^\s*(?:" + _ARTICLE + r")?$", re.IGNORECASE)


def _own_programme_described(text: str, start: int, end: int) -> bool:
    """The programme phrase at ``start``-``end`` opens the sentence as "The programme" (an article at most
    before it, no joint word near it) and a passive tells who runs it: "The project is run with A and B",
    "The programme is carried out by A with B", "Le programme est mis en œuvre par A et B". That is the
    brochure's own programme and its implementers, no partnership the programme names (a joint programme
    says "joint": "Le programme conjoint ... est mis en œuvre par A et B")."""
    return (_OWN_PROGRAMME_BEFORE.match(text[:start]) is not None and not _JOINT_WORD.search(text[max(0, start - 12): end + 12])
            and _OWN_PROGRAMME_AFTER.match(text[end: end + 80]) is not None)


def _in_range(sentence: Sentence, first: tuple[int, int, int], second: tuple[int, int, int]) -> bool:
    """The two years are the ends of one range: "2014 to 2018", "2014–2018" (where the tokenizer
    made the range one token, both years' mentions are that token)."""
    return second[0] < first[1] or _YEAR_RANGE_GAP.match(sentence.text[first[1]: second[0]]) is not None


def _partnerships_in(sentence: Sentence, lead: PartyMention | None, reading: Reading | None = None) -> list[Found]:
    """What every rule finds in the sentence (read as ``reading``, else read here), in the rules' order."""
    reading = reading or read_sentence(sentence, lead)
    if reading is None:
        return []
    found: list[Found] = []
    for rule in RULES:
        found.extend(rule.find(reading))
    # ("A and B renewed their memorandum in 2025. It was first signed in 2019.": a sentence whose years are all of a
    # renewal takes the year the next one tells)
    renewed = RENEWAL_YEAR_FROM_NEXT and bool(sentence.years) and all(_renewal_year(sentence.text, y[0]) for y in sentence.years)
    if sentence.year_after is not None:
        for item in found:
            if item.year is None or renewed:  # (an end year the sentence gave, "until 2027", stays when the next one gives none)
                item.year, item.end_year = sentence.year_after[0], sentence.year_after[1] or item.end_year
    return found


RENEWAL_YEAR_FROM_NEXT = True
"""A sentence whose every year is a renewal's ("renewed in 2025") takes the year the next sentence tells
(Sentence.year_after: "It was first signed in 2019"); False: the renewal's year stays."""


def _renewal_year(text: str, start: int) -> bool:
    """The year at ``start`` of ``text`` is a renewal's: a renewal word at most RENEWAL_WORDS words before it (_RENEWED_IN)."""
    return _RENEWED_IN.search(text, max(0, start - RENEWAL_REACH), start) is not None


@partnership_rule("named_pair")
def named_pair(reading: Reading) -> list[Found]:
    """"ILO/ADB Memorandum of Understanding, 2002", "the ILO–IFC partnership", "under the ILO/MFAT
    Partnership Agreement 2014–2018": two parties joined by a slash or dash, named before the
    instrument."""
    sentence, parties, found = reading.sentence, reading.parties, []
    text = sentence.text
    for first, second in zip(parties, parties[1:], strict=False):
        if not _PAIR_SEPARATOR.match(text[first.end: second.start]):
            continue
        following = [m for m in reading.instruments if m[0] >= second.end and _NAME_TO_INSTRUMENT.match(text[second.end: m[0]])]
        if not following:
            continue
        start, end, instrument, _ = following[0]
        year, end_year = _year_after(sentence, end)
        if year is None:
            year, end_year = _year_before(sentence, first.start)
        found.append(Found([first, second], instrument, name=text[first.start: end], year=year, end_year=end_year, sentence=sentence))
        reading.taken.append((first.start, end))
    return found


_AFTER_AGENTS = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?,\s*(?:" + _ARTICLE + r")?$")


@partnership_rule("agent_phrase")
def agent_phrase(reading: Reading) -> list[Found]:
    """"funded by X", "implemented jointly with Y", "with support from Z": the agents' partners
    with the subject, the first party before the phrase that is neither an agent nor governed by
    a preposition; when the phrase opens the sentence ("With funding from X, B has worked ..."),
    the party after the comma; else the body the brochure speaks for."""
    sentence, found = reading.sentence, []
    for position, agent_end, instrument, partners in reading.agents:
        if any(agent_end <= s < partners[0].start and k != instrument for s, _, k, _ in reading.instruments):
            continue  # "It is supported by a joint programme of A and B": the list is the programme's, no donors
        subject = _subject(sentence, reading.parties, reading.agent_members, None, position)
        # the list read on into the main clause: "With funding from X (X), the ILO has worked ..."
        if (not subject and len(partners) >= 2 and not any(p.start < position for p in reading.parties)
                and _AFTER_AGENTS.match(sentence.text[partners[-2].end: partners[-1].start])):
            partners, subject = partners[:-1], partners[-1:]
        if not subject:
            subject = _implementer(sentence, reading.parties, partners)
        if not subject:
            subject = _subject(sentence, reading.parties, reading.agent_members, reading.lead, position)
        if subject:
            found.append(Found(subject + partners, instrument, **reading.years(position), sentence=sentence))
    return found


@cache
def _implementer_pattern() -> re.Pattern:
    phrases = [p for language in SUPPORTED_LANGUAGES
               for p in language_data("instruments.json", language)["relation_cues"].get("implementer_phrases", [])]
    return re.compile(rf"(?<!\w)(?:{alternation(phrases)})\s+(?:{_ARTICLE})?$", re.IGNORECASE)


def _implementer(sentence: Sentence, parties: list[PartyMention], partners: list[PartyMention]) -> list[PartyMention]:
    """The party that carries out the work an agent phrase joins ("the project has been implemented by
    the NSSA in partnership with the ILO"): the first party right after an implementer phrase that
    is none of the agents' ``partners``; else none."""
    partner_starts = {p.start for p in partners}
    for party in parties:
        if party.start not in partner_starts and _implementer_pattern().search(sentence.text[max(0, party.start - 40): party.start]):
            return [party]
    return []


_DATE_OF = r"(?:(?:" + _connector_words("date_of") + r")\s+)?"
_DATE = (r"(?:(?:" + _connector_words("date_openings", "in", "on") + r")\s+)?(?:\d{1,2}(?:" + _connector_words("day_ordinals")
         + r")?\s+" + _DATE_OF + r")?(?:[a-zà-ÿ]+\s+" + _DATE_OF + r")?\d{4}")
"""A date in a clause, in any of the languages: "in 2019", "en juin 2024", "le 14 février 2022", "el 3 de marzo de 2021"."""
_PASSIVE_AUXILIARY = _spaced_words("passive_auxiliaries", "was", "were", "has been", "have been")
_BETWEEN_OR_WITH = re.compile(  # "MOUs with", "agreement signed with", "agreement was concluded between", "accord signé en 2019 entre"
    # "... signed a memorandum of understanding in 2014, together with B"
    r"^(?:\s(?:is|are|" + _PASSIVE_AUXILIARY + r"))?(?:\s[\w-]+)?(?:,?\s" + _DATE + r")?,?\s(?:together\s+|jointly\s+)?(?:(?P<between>"
    + _connector_words("between", "between") + r")|(?P<with>"
    + _connector_words("with", "with") + r"))\s")
# "signed by", "was signed in 2016 by", "a été signé le 14 février 2022 par", "fue firmado en 2022
# por": the passive's auxiliary (instruments.json connectors "passive_auxiliaries"), and up to two
# words or a date before "by"
_SIGNED_WORDS = _connector_words("signed_by", "signed", "concluded", "agreed", "endorsed", "adopted", "renewed")
_DATED = r"(?:(?:" + _SIGNED_WORDS + r")\s+" + _DATE + r",?\s+)?"
"""A participle that dates the instrument before its parties are named: "signé en 2023 lie",
"lancé en 2021 est mis en œuvre par", "iniciado en 2023 es ejecutado por"."""
_SIGNED_BY = re.compile(r"^(?:,)?\s" + _DATED + r"(?:(?:" + _PASSIVE_AUXILIARY + r")\s+)?(?:"
                        + _SIGNED_WORDS
                        # a word, a short adverbial or a date between: "signed jointly by", "concluded in Geneva in 2021 by",
                        # "a été signé le 14 février 2022 par"
                        + r")\s+(?:(?:[\w-]+,?\s+){0,4}?|" + _DATE + r",?\s+)(?:" + _connector_words("by", "by") + r")\s")
_BINDS = re.compile(r"^(?:,)?\s" + _DATED + r"(?:" + _spaced_words("binds", "binds", "bind", "brings together", "bring together",
                                                                       "links", "unites", "bears the signatures of",
                                                                       "bears the signature of", "bear the signatures of",
                                                                       "carries the signatures of") + r")\s")
"""A verb whose object is the instrument's parties: "The agreement signed in 2023 binds A and B", "The 2024
memorandum bears the signatures of A, B and C", "L'accord ... lie A et B", "La alianza ... une a A y B"
(instruments.json connectors "binds")."""
_UNDER = re.compile(r"\b(?:under|through|within)\s+(?:an?|the|its|their|this)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_AGREEMENT_WORD = re.compile(_connector_words("agreement_words", "agreement", "convention"), re.IGNORECASE)
"""A funding phrase that names an agreement ("contribution agreement", "accord de contribution"):
instruments.json connectors "agreement_words" of every language."""


def _instrument_phrases(reading: Reading, shape: str | None):
    """The instrument phrases no earlier rule has read (funding is the agent rule's, but for a
    funding agreement: "signed a contribution agreement with") whose parties stand in ``shape``
    (see ``_shape``), with that shape's position: (start, end, instrument, plural, where the
    parties' list starts)."""
    for start, end, instrument, plural in reading.instruments:
        if reading.free(start) and (instrument != "funding" or _AGREEMENT_WORD.search(reading.sentence.text[start:end])):
            if end not in reading.shapes:
                reading.shapes[end] = _shape(reading, end)
            found, position = reading.shapes[end]
            if found == shape:
                yield start, end, instrument, plural, position


def _shape(reading: Reading, end: int) -> tuple[str | None, int]:
    """How the words right after an instrument phrase (ending at ``end``) name its parties:
    "between" A and B, "with" B, "signed by" A and B or "binds" A and B (two at least), or None
    (the words before it must say: a joint verb, "working with")."""
    sentence = reading.sentence
    after = sentence.text[end: end + MAX_WITH_DISTANCE]
    with_match = _BETWEEN_OR_WITH.match(after)
    # ("... un acuerdo de cooperación en 2021 con el fin de ...": a "with" that names nobody is no shape)
    if with_match and not any(s == end + with_match.start(with_match.lastgroup) for s, _ in reading.agent_spans) \
            and _list_after(sentence, end + with_match.end()):
        # ("programme is implemented with funding from ...": the agent phrase says it)
        return with_match.lastgroup, end + with_match.end()
    by = _SIGNED_BY.match(after) or _BINDS.match(after)
    if by and len(_list_after(sentence, end + by.end())) >= 2:
        return "signed_by", end + by.end()
    return None, end


_SINGULAR_REFERENCE = re.compile(r"(?<![\w'’-])(?:" + _spaced_words(
    "subject_references", "it", "the company", "the firm", "the enterprise", "the organization", "the organisation", "the ministry",
    "the agency", "the bank", "the union", "the federation", "the association", "the fund", "the foundation", "the institute",
    "the council", "the network", "the authority", "the centre", "the trust") + r")(?![\w-])", re.IGNORECASE)
_PLURAL_REFERENCE = re.compile(r"(?<![\w'’-])(?:" + _spaced_words("plural_subject_references", "they", "both", "the two", "the three",
                                                                  "the four", "the partners") + r")(?![\w-])", re.IGNORECASE)
"""Who the subject of a sentence may be when it names none of its own: a pronoun, or a body by its kind
("L'entreprise a signé l'année suivante une lettre d'intention avec ONU Femmes"), per language
(instruments.json connectors "subject_references", "plural_subject_references")."""


@cache
def _opening_verb() -> re.Pattern:
    """A sentence that opens with a verb, after at most a date ("Ese mismo año firmó con ...", "En 2023
    suscribió ..."): its subject is the sentence before's, in a language that drops subject pronouns
    (instruments.json connectors "null_subject_verbs": the verbs that open such a sentence)."""
    relative = _SAME_YEAR.pattern + "|" + _NEXT_YEAR.pattern
    verbs = _connector_words("null_subject_verbs")
    return re.compile(rf"^\s*(?:(?:{_DATE}|{relative})\s*,?\s*)?(?:{verbs})(?![\w-])" if verbs else r"(?!)", re.IGNORECASE)


@cache
def _signing_verbs() -> str:
    """The verbs by which parties make an instrument, in every language (joint and with verbs, acts-together
    connectors): what a subject that refers back must do ("it signed", "elle a signé", "firmó")."""
    verbs = [v for language in SUPPORTED_LANGUAGES for key in ("joint_verbs", "with_verbs")
             for v in language_data("instruments.json", language)["relation_cues"].get(key, [])]
    verbs += [v for language in SUPPORTED_LANGUAGES for v in own_data("instruments.json", language).get("connectors", {})
              .get("acts_together", [])]
    return alternation(v for v in verbs if v.strip())


@cache
def _party_counts() -> dict[str, int]:
    """The number each count word names (instruments.json connectors "party_counts", every language): "three" 3, "ambos" 2."""
    counts: dict[str, int] = {}
    for language in SUPPORTED_LANGUAGES:
        counts.update(language_data("instruments.json", language)["connectors"].get("party_counts", {}))
    return {word.lower(): n for word, n in counts.items()}


def _counted(reference: str) -> int | None:
    """How many parties a plural reference counts ("the three" 3, "les deux organisations" 2, "ambos" 2); None: it counts none ("they")."""
    return next((_party_counts()[w] for w in re.findall(r"[^\W\d_]+", reference.lower()) if w in _party_counts()), None)


_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:" + _connector_words("possessive_references", "its")
                                + r")\s+(?:[^\W\d_][\w'’-]*\s+){0,2}$", re.IGNORECASE)
"""A singular possessive at most two words before an instrument ("Its contribution agreement", "Su convenio", "Son
protocole d'accord"; instruments.json connectors "possessive_references"): the subject of the sentence before owns it."""


@partnership_rule("subject_before")
def subject_before(reading: Reading) -> list[Found]:
    """"The Global Fund has supported testing since 2021. In 2025 it signed a cooperation agreement with
    the CTA", "Elle a signé la même année une lettre d'intention avec le FODEFCA", "Ese mismo año firmó
    con la Fundación X una carta de intención": an instrument whose sentence has no subject of its own but
    a pronoun, a body named by its kind, or none at all, stands for the subject of the sentence before
    (Sentence.prior_subject; a plural pronoun for its whole list, else its first party); so does a singular
    possessive before the instrument ("The union trains crane operators. Its memorandum of understanding with
    UNICEF ..."); the partners are the sentence's parties in the instrument's clause."""
    sentence = reading.sentence
    if not sentence.prior_subject:
        return []
    text = sentence.text
    for start, end, instrument, _ in reading.instruments:
        if not reading.free(start) or (instrument == "funding" and not _AGREEMENT_WORD.search(text[start:end])):
            continue
        opening = text[:start]
        if _CLAUSE_BREAK.search(opening) or any(p.start < start and not _is_object(sentence, p) for p in reading.parties):
            continue  # the clause has a subject of its own (or the instrument is in another clause)
        plural = _PLURAL_REFERENCE.search(opening)
        singular = None if plural else _SINGULAR_REFERENCE.search(opening)
        reference = plural or singular
        # the reference signs: "it signed", "elle a signé" (not "Il fait partie d'un programme ... du BIT")
        signs = reference and re.search(rf"(?<![\w-])(?:{_signing_verbs()})(?![\w-])", opening[reference.end():], re.IGNORECASE)
        # ("The union trains crane operators. Its memorandum of understanding with UNICEF ...": the body before owns it)
        owns = not plural and _POSSESSIVE_BEFORE.search(opening) is not None
        if not signs and not owns and not _opening_verb().match(opening):
            break
        clause_end = _CLAUSE_BREAK.search(text, end)
        partners = [p for p in reading.parties if p.end <= (clause_end.start() if clause_end else len(text))
                    and p.start not in reading.agent_members
                    and not (p.iso_alpha2 and _LOCATIVE_END.search(text[max(0, p.start - 30): p.start]))]
        subject = sentence.prior_subject if plural else sentence.prior_subject[:1]
        counted = _counted(plural.group(0)) if plural else None
        named_before = list({p.ref: p for p in sentence.previous if not p.parenthetical}.values())
        if counted is not None and len(named_before) == counted and counted > len(subject):
            subject = named_before  # "The CGEM and the UMT met with the ILO … the three organizations signed": all three
        partners = [p for p in partners if p.ref not in {s.ref for s in subject}]
        if not partners and len(subject) < 2:
            break  # ("The two then signed a letter of intent": the list before is every party)
        reading.taken.append((start, end))
        return [Found(list(subject) + partners, instrument, **_or_year_before(reading, start), sentence=sentence)]
    return []


_JOINT_WORD = re.compile(r"(?<![\w-])(?:" + _spaced_words("joint_words", "joint", "jointly", "common") + r")(?![\w-])", re.IGNORECASE)
_OF_AFTER_JOINT = re.compile(r"^(?:\s+(?:" + _connector_words("joint_words", "joint") + r"))?,?"
                             r"(?:\s+(?:(?:" + _connector_words("period_for", *data_file("instruments.json")["connectors"]["period_for"])
                             + r")\s+)?(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?,?)?"
                             r"\s+(?:" + _connector_words("of_joint", "of") + r")(?:\s|(?<=['’]))", re.IGNORECASE)
"""What joins a joint programme to its parties: "a joint programme of", "un programme conjoint 2021–2025 de",
"un programa conjunto de" (instruments.json connectors "joint_words", "period_for", "of_joint")."""


@partnership_rule("joint_of")
def joint_of(reading: Reading) -> list[Found]:
    """"a joint programme of the ILO and UNDP", "un programme conjoint 2021–2025 de l'OIT et du PNUD": every
    party of the list after "of" (two at least)."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, end, instrument, _ in reading.instruments:
        if instrument != "programme" or not reading.free(start) or not _JOINT_WORD.search(text[max(0, start - 12): end + 12]):
            continue
        of = _OF_AFTER_JOINT.match(text[end:])
        members = _list_after(sentence, end + of.end()) if of else []
        if len(members) >= 2:
            reading.taken.append((start, end))
            found.append(Found(members, instrument, **reading.years(start), sentence=sentence))
    return found


@partnership_rule("between")
def between(reading: Reading) -> list[Found]:
    """"a cooperation agreement between Lao PDR, Singapore and the ILO": every party of the list."""
    sentence, found = reading.sentence, []
    for start, _, instrument, _, position in _instrument_phrases(reading, "between"):
        members = _list_after(sentence, position)
        if len(members) >= 2:
            found.append(Found(members, instrument, **reading.years(start), sentence=sentence))
    return found


_TO_A_RECIPIENT = re.compile(r"\S\s+(?:" + _connector_words("recipient_prepositions", "to", "for") + r")\s+(?:" + _ARTICLE + r")?$",
                             re.IGNORECASE)
"""The end of the words between "with" and a party when a preposition of their own governs it: "the project with a
contribution to the ILO", "el proyecto con una contribución a la OIT" (instruments.json connectors
"recipient_prepositions"): the party receives what "with" names, it is no partner of the instrument."""


_LABEL_GAP = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?:\s*(?:[^\W\d_][\w'’-]*\s+){0,2}$")
"""Between a party that labels its line and the instrument phrase: its acronym perhaps, a colon and at most two
words ("Redemption Hospital: letter of intent with ...", "USDOL: grant to the ILO", "SCE: convenio con la OIT")."""


def _label_party(reading: Reading, start: int) -> list[PartyMention]:
    """The party that labels the line the instrument phrase at ``start`` tells of (its line's first words, then a
    colon: "Redemption Hospital: letter of intent with the MCC, May 2025"); [] when none does."""
    text = reading.sentence.text
    before = [p for p in reading.parties if p.end <= start]
    if len(before) == 1 and not text[:before[0].start].strip() and _LABEL_GAP.match(text[before[0].end:start]):
        return before
    return []


@partnership_rule("instrument_with")
def instrument_with(reading: Reading) -> list[Found]:
    """"the ILO signed a letter of intent with the governments of India, Brazil and South Africa":
    the partners after "with", the subject before the instrument (else the body the brochure
    speaks for); a plural instrument ("MOUs with A, B and C") gives one partnership per partner."""
    sentence, found = reading.sentence, []
    for start, _, instrument, plural, position in _instrument_phrases(reading, "with"):
        partners = _list_after(sentence, position)
        if partners and _TO_A_RECIPIENT.search(sentence.text[position: partners[0].start]):
            continue
        if partners:
            subject = _list_before(sentence, start, reading.agent_members) or _label_party(reading, start) \
                or ([reading.lead] if reading.lead else [])
            found.append(Found(subject[-1:] if len(subject) == 1 else subject, instrument, **reading.years(start),
                               plural=plural, sentence=sentence, partners_only=partners))
    return found


@partnership_rule("signed_by")
def signed_by(reading: Reading) -> list[Found]:
    """"A letter of intent signed by the ILO and the GCWU in 2016": every party after "by"."""
    sentence = reading.sentence
    return [Found(_list_after(sentence, position), instrument, **reading.years(start), sentence=sentence)
            for start, _, instrument, _, position in _instrument_phrases(reading, "signed_by")]


def _joint_members(reading: Reading, start: int) -> list[PartyMention]:
    """The parties of a joint verb before the instrument at ``start`` ("A, B and C signed a"), if two at least."""
    verb = _joint_verb_pattern().search(reading.sentence.text[:start])
    members = _list_before(reading.sentence, verb.start(), reading.agent_members) if verb else []
    return members if len(members) >= 2 else []


@partnership_rule("joint_verb")
def joint_verb(reading: Reading) -> list[Found]:
    """"In 2019 FCEF, FTUC and the ILO signed a joint declaration", "the ILO and the Government of
    Bangladesh signed a memorandum": the list before the verb."""
    found = []
    for start, _, instrument, _, _ in _instrument_phrases(reading, None):
        if members := _joint_members(reading, start):
            found.append(Found(members, instrument, **reading.years(start), sentence=reading.sentence))
    return found


@cache
def _join_verb_pattern() -> re.Pattern:
    """"joined", "has joined": the verb whose subject joins the parties after it (not "joined forces")."""
    verbs = [v for language in SUPPORTED_LANGUAGES
             for v in language_data("instruments.json", language)["relation_cues"].get("join_verbs", [])]
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})\s+(?!forces\b)", re.IGNORECASE)


_JOINED_IN_GAP = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?(?:in|under|through|within|as|for|on)\s", re.IGNORECASE)
"""What follows the list of "A joined B and C": a preposition that leads to the instrument ("in a joint
programme", "in 2016 under a partnership agreement"), not a clause of its own (", and D launched ...")."""


@partnership_rule("partners_stated")
def partners_stated(reading: Reading) -> list[Found]:
    """"Wantok FM and the Mothers' Union have been partners since 2023", "Harrow Clay Works has been a
    partner of the ILO since 2022": a partnership stated as what its parties are (the instrument phrases
    "have been partners", "is a partner of" ...), whose words after name no shape of their own: the
    parties right after the phrase with the subject before it, else the list before it (two at least);
    an instrument named later in the clause is what they made ("... through a cooperation agreement")."""
    sentence, found = reading.sentence, []
    for start, end, instrument, _, _ in _instrument_phrases(reading, None):
        if not _PARTNERS_STATED.fullmatch(sentence.text, start, end) or _joint_members(reading, start):
            continue
        # ("became a partner of the ILO in 2024 through a cooperation agreement": the agreement says what they made)
        later = [(other_start, other) for other_start, _, other, _ in reading.instruments
                 if other_start > end and not _CLAUSE_BREAK.search(sentence.text, end, other_start)]
        made = min(later)[1] if later else instrument
        subject = _list_before(sentence, start, reading.agent_members)
        partners = _list_after(sentence, end) if _PARTNER_OF.search(sentence.text, start, end) else []
        if subject and partners:
            found.append(Found(subject + partners, made, **reading.years(start), sentence=sentence))
        elif len(subject) >= 2 and not partners:
            found.append(Found(subject, made, **reading.years(start), sentence=sentence))
    return found


_PARTNERS_STATED = re.compile(r"(?:" + _spaced_words("partners_stated", "have been partners", "are partners", "became partners",
                                                     "were partners", "is a partner of", "has been a partner of",
                                                     "became a partner of", "is a partner to", "has been a partner to") + ")",
                              re.IGNORECASE)
"""The instrument phrases that state a partnership as what its parties are (instruments.json connectors
"partners_stated", every language; each is a "partnership" phrase as well)."""
_PARTNER_OF = re.compile(r"(?<![\w'’-])(?:" + _connector_words("partner_of", "of", "to") + r")$", re.IGNORECASE)
"""The last word of a stated partnership whose partner follows it ("a partner of the ILO")."""


@partnership_rule("signatory_of")
def signatory_of(reading: Reading) -> list[Found]:
    """"The LEF is a signatory of the 2023 memorandum, alongside the LDU and the Ministry of Labour": the
    subject before "is a signatory of" (connectors "signatory_words"), right before the instrument, and the
    parties after "alongside" ("together with", "aux côtés de", "junto con": connectors "alongside_words")
    in the instrument's clause; the subject alone with another party at least."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, end, instrument, _, _ in _instrument_phrases(reading, None):
        signatory = _SIGNATORY_BEFORE.search(text[:start])
        if signatory is None or _joint_members(reading, start):
            continue
        subject = _list_before(sentence, signatory.start(), reading.agent_members)
        alongside = _ALONGSIDE.search(text, end)
        partners = _list_after(sentence, alongside.end()) if alongside and not _CLAUSE_BREAK.search(text, end, alongside.start()) else []
        if subject and partners:
            found.append(Found(subject + partners, instrument, **reading.years(start), sentence=sentence))
    return found


_SIGNATORY_BEFORE = re.compile(r"(?<![\w'’-])(?:" + _spaced_words("signatory_words", "a signatory of", "a signatory to", "signatories of",
                                                                  "signatories to", "one of the signatories of")
                               + r")\s+(?:" + _ARTICLE + r")?(?:(?:19|20)\d\d\s+)?(?:[^\W\d_][\w’'-]*\s+){0,2}?$", re.IGNORECASE)
""""is a signatory of the 2023" right before an instrument phrase (at most two words between: "of the
2023 tripartite memorandum"; connectors "signatory_words", every language)."""
_ALONGSIDE = re.compile(r"(?<![\w'’-])(?:" + _spaced_words("alongside_words", "alongside", "together with", "along with")
                        + r")(?![\w'’-])", re.IGNORECASE)


@partnership_rule("joined_in")
def joined_in(reading: Reading) -> list[Found]:
    """"In 2017, the ILO joined UNDP and UNICEF in a joint programme", "SECO joined the ILO and the
    NSSA in 2016 under a partnership agreement": the party before the verb and the list after it,
    when the instrument follows the list in the same clause with no other party between."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, _, instrument, _, _ in _instrument_phrases(reading, None):
        verbs = list(_join_verb_pattern().finditer(text[:start]))
        if not verbs or _CLAUSE_BREAK.search(text[verbs[-1].end(): start]):
            continue
        verb = verbs[-1]
        partners = [p for p in _list_after(sentence, verb.end()) if p.end <= start]
        if not partners or any(partners[-1].end <= p.start < start for p in reading.parties) \
                or not _JOINED_IN_GAP.match(text[partners[-1].end: start]):
            continue
        subject = _list_before(sentence, verb.start(), reading.agent_members)
        if subject:
            found.append(Found(subject + partners, instrument, **reading.years(start), sentence=sentence))
    return found


_AS_PARTNER = re.compile(r"(?<![\w'’-])(?:" + _connector_words("as_partner", "as a partner", "as partner", "as a partner organization",
                                                                  spaced=True) + r")(?![\w'’-])", re.IGNORECASE)
"""What a body joins a programme as ("as a partner", "comme partenaire", "como socia"; instruments.json connectors "as_partner")."""


@partnership_rule("joined_as_partner")
def joined_as_partner(reading: Reading) -> list[Found]:
    """"Montado Vivo joined the Safe Stripping programme of the ILO as a partner in 2026", "Elle a rejoint le programme
    « Lac sûr » du BIT comme partenaire en 2025": the party before the join verb (or, for a pronoun, the sentence
    before's subject) joins the programme's owner, the party between the programme and "as a partner" (else the body
    the brochure speaks for); a programme, dated by the year nearest the phrase."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for match in _AS_PARTNER.finditer(text):
        verbs = list(_join_verb_pattern().finditer(text[:match.start()]))
        if not verbs or _CLAUSE_BREAK.search(text[verbs[-1].end(): match.start()]):
            continue
        verb = verbs[-1]
        programme = next((start for start, _, instrument, _ in reading.instruments
                          if instrument == "programme" and verb.end() <= start < match.start()), None)
        if programme is None:
            continue
        owners = [p for p in reading.parties if programme <= p.start and p.end <= match.start()][:1] \
            or ([reading.lead] if reading.lead is not None else [])
        subject = _list_before(sentence, verb.start(), reading.agent_members)
        if not subject and not any(p.start < verb.start() for p in reading.parties):
            subject = sentence.prior_subject[:1]
        if subject and owners and owners[0].ref not in {p.ref for p in subject}:
            found.append(Found([*subject, *owners], "programme", **reading.years(match.end()), sentence=sentence))
    return found


@partnership_rule("listed_parties")
def listed_parties(reading: Reading) -> list[Found]:
    """"The memorandum of understanding signed in 2017 brings together:" and a list of parties, one
    an item (a Sentence made by _listed_parties): every item's party, the lead-in's instrument and year."""
    sentence = reading.sentence
    if not sentence.listed or len(reading.parties) < 2:
        return []
    start, _, instrument, _ = reading.instruments[0]
    return [Found(_unique(reading.parties), instrument, **reading.years(start), sentence=sentence)]


@partnership_rule("refers_back")
def refers_back(reading: Reading) -> list[Found]:
    """"In 2019 the FCEF, the FTUC and the ILO agreed to work together. The agreement covers ...":
    an instrument that opens a sentence with no parties of its own names the list of the one
    before."""
    sentence = reading.sentence
    if not sentence.antecedents or reading.parties:
        return []
    for start, _, instrument, _, _ in _instrument_phrases(reading, None):
        if _refers_back(sentence.text, start):
            return [Found(list(sentence.antecedents), instrument, **_or_year_before(reading, start), sentence=sentence)]
    return []


def _or_year_before(reading: Reading, near: int) -> dict[str, int | None]:
    """The sentence's year nearest ``near`` (Reading.years); for a sentence about the parties of the one before
    that names no year, that one's ("In May 2024 A and B met … The two then signed a letter of intent")."""
    years = reading.years(near)
    if years["year"] is None and reading.sentence.prior_year is not None:
        years["year"] = reading.sentence.prior_year
    return years


@partnership_rule("working_with")
def working_with(reading: Reading) -> list[Found]:
    """"the ILO has been working with Sida since 2014 through a partnership agreement", and "Under
    a partnership agreement signed in 2022, the ILO works with the PWNDW": an instrument and, in
    the same clause before it or in the clause it opens, "A works (cooperates, partners) with B"."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, end, instrument, _, _ in _instrument_phrases(reading, None):
        if _joint_members(reading, start):
            continue  # the joint verb rule read it
        worked = list(_WORKING_WITH.finditer(text[:start]))
        if worked and not _CLAUSE_BREAK.search(text[worked[-1].end(): start]):
            subject, partners = _list_before(sentence, worked[-1].start(), reading.agent_members), _list_after(sentence, worked[-1].end())
        elif (_UNDER.search(text[:start]) and (after := _WORKING_WITH.search(text, end))
              and not _CLAUSE_BREAK.search(text[end: after.start()])):
            comma = text.find(",", end, after.start())  # "Under a ... agreement signed in 2022, the ILO works with ..."
            subject = [p for p in _list_before(sentence, after.start(), reading.agent_members) if p.start > comma]
            partners = _list_after(sentence, after.end())
        else:
            continue
        if partners and subject:
            found.append(Found(subject + partners, instrument, **reading.years(start), sentence=sentence))
    return found


_UNDER_OPENING = re.compile(r"^\s*(?:under|through|within|by)\s+(?:an?|the|this|their|a\s+new)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""How a sentence opens that names its instrument first: "Under an agreement reached in 2022, ..."."""


@partnership_rule("under_instrument")
def under_instrument(reading: Reading) -> list[Found]:
    """"Under an agreement reached in 2022, the ILO and the NMWWT will ...": an instrument that opens
    the sentence after "under" (through, within) and, after the comma that ends the opening, a
    list of two parties or more that is the main clause's subject."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, end, instrument, _, _ in _instrument_phrases(reading, None):
        if not _UNDER_OPENING.match(text[:start]) or any(p.start < start for p in reading.parties):
            continue
        comma = text.find(",", end, end + 60)
        if comma < 0 or any(end <= p.start < comma for p in reading.parties):
            continue
        members = _list_after(sentence, comma + 1)
        if len(members) >= 2 and not _WORKING_WITH.match(text[members[-1].end:]):
            found.append(Found(members, instrument, **reading.years(start), sentence=sentence))
    return found


@cache
def _donor_verbs() -> frozenset[str]:
    return frozenset(v.lower() for language in SUPPORTED_LANGUAGES  # every language's ("a financé", "ha financiado")
                     for v in language_data("instruments.json", language)["relation_cues"]["donor_verbs"])


_THROUGH_TAIL = re.compile(r"(?<![\w-])(?:" + _spaced_words("through", "through", "via") + "|"
                           + _spaced_words("agency_through", "by way of") + r")\s*+(?:" + _ARTICLE + r")?$", re.IGNORECASE)
"""The connector "through" right before a party: "… through the FCDO", "… par l'entremise d'Affaires mondiales Canada"
(connectors "through" and "agency_through": the second only the rules read; as the learned step's "through"
governor, trees retrained with "par l'entremise de" lost 0.05 F1 on the French round 3)."""
_OWN_WORK = re.compile(r"\s+(?:" + _ARTICLE + r"|its\s+|their\s+|this\s+)?(?P<words>[a-zà-öø-ÿœ-]+(?:\s+[a-zà-öø-ÿœ-]+){0,2})")
"""What a donor verb funds when no party follows: the first three words after it ("the regional work")."""


IMPLEMENTERS_FUNDED = True
"""A donor verb whose object is a work its implementers carry out ("funds a project implemented by A and B", "finance un
projet mis en œuvre par A et B": relation_cues "implementer_phrases") funds every one of them; False: the first only."""


@partnership_rule("donor_verb")
def donor_verb(reading: Reading) -> list[Found]:
    """"Switzerland, through SECO, has supported the ILO's work since 2012", "The Government of
    Norway has funded the work of the ILO": the list before the verb funds the first party after it."""
    sentence, found = reading.sentence, []
    text = sentence.text
    for start, end, instrument, _ in reading.instruments:
        if text[start:end].lower() not in _donor_verbs() or not reading.free(start):
            continue
        donors = _list_before(sentence, start, reading.agent_members)
        listed = _list_after(sentence, end)
        # ("La Unión Europea financia un proyecto ejecutado por la OIT y el UNICEF": every implementer is funded)
        implemented = bool(listed) and IMPLEMENTERS_FUNDED and _implementer_pattern().search(text[end: listed[0].start]) is not None
        funded = listed if implemented else listed[:1]
        if donors and funded and _THROUGH_TAIL.search(text[end: funded[0].start]):
            # "L'Espagne finance le projet, par l'intermédiaire de l'AECID": the party after "through" is the donor's
            # agency (standing for it, as in "Switzerland, through SECO"); what is funded is the work named before it
            agency = funded[0]
            country = donors[-1].iso_alpha2 if donors[-1].iso_alpha2 and not agency.iso_alpha2 else None
            donors = donors[:-1] + [PartyMention(agency.start, agency.end, agency.ref, agency.name, agency.acronym, country, agency.unit,
                                                 False)] if country else donors + [agency]
            funded = [reading.lead] if reading.lead is not None else []
        own = _OWN_WORK.match(text, end)
        if donors and not funded and reading.lead is not None and own and _lead_subject().search(own.group("words")):
            funded = [reading.lead]  # "Australia, through DFAT, has funded the regional work since 2022": the brochure's
        if donors and funded:
            found.append(Found(donors + funded, instrument, **reading.years(start), sentence=sentence))
    return found


_GIVEN = re.compile(r"(?<![\w'’-])(?:" + _GIVING_WORDS + r")(?![\w'’-])", re.IGNORECASE)
_TO_PARTY = re.compile(r"(?<![\w'’-])(?:" + _connector_words("given_to", "to") + r")\s+(?:" + _ARTICLE + r")?$", re.IGNORECASE)
"""The words right before the party a funding is given to: "to the ILO", "au BIT", "à l'OIT", "a la OIT", "al
Ministerio" (instruments.json connectors "given_to"; "for", "pour", "para" name a purpose, no recipient)."""
_TO_WORD = re.compile(r"(?<![\w'’-])(?:" + _connector_words("given_to", "to") + r")\s", re.IGNORECASE)
_BY_PARTY = re.compile(r"(?<![\w'’-])(?:" + _connector_words("by", "by") + r")\s+(?:" + _ARTICLE + r")?(?:(?:" + _GOVERNMENTS_OF
                       + r")\s+(?:" + _ARTICLE + r")?)?$", re.IGNORECASE)
"""The words right before a passive funding's donor: "by the ILO", "by the Government of Luxembourg", "par le BIT"."""


@cache
def _given_funding_nouns(language: str) -> frozenset[str]:
    """The bare funding nouns a donor gives ("grant", "contribution", "subvention", "financement", "donación"):
    instruments.json connectors "given_nouns" of ``language``."""
    connectors = laid_over(data_file("instruments.json"), "instruments.json", language)["connectors"]
    return frozenset(noun.lower() for noun in connectors["given_nouns"])


_APPOSITION = re.compile(r"^\s*,\s*(?:" + _ARTICLE + r")?[^\W\d_A-Z][^,;:.()]*$")
"""The words between a body and a country named in its apposition: ", l'agence de développement de la "."""


def _agency_for_country(sentence: Sentence, donors: list[PartyMention], inside: list[PartyMention]) -> list[PartyMention]:
    """``donors``, but a country alone named in an apposition to a body before it ("Enabel, l'agence de développement
    de la Belgique, a octroyé …") is that body's: the body."""
    if len(donors) != 1 or not donors[0].iso_alpha2:
        return donors
    before = [p for p in inside if p.end <= donors[0].start and not p.iso_alpha2]
    if before and _APPOSITION.match(sentence.text[before[-1].end: donors[0].start]):
        return [before[-1]]
    return donors


_WHOSE_BEFORE = re.compile(r"(?<![\w'’-])(?:" + _connector_words("relative_possessives", "whose") + r")\s+$", re.IGNORECASE)
"""A relative possessive right before a funding noun ("GIZ, whose grant", "la AECID, cuya subvención";
instruments.json connectors "relative_possessives"): the body before it owns the funding."""


def _owned_and_given_to(text: str, start: int, end: int) -> bool:
    """The funding noun at ``start``-``end`` has an owner and a recipient: "whose grant to", "Its contribution to",
    "Su subvención a" (a possessive right before it, a recipient's preposition right after it)."""
    before = text[max(0, start - 40):start]
    return bool(_WHOSE_BEFORE.search(before) or _POSSESSIVE_BEFORE.search(before)) and _recipient_follows(text, end)


def _recipient_follows(text: str, end: int) -> bool:
    """A recipient's preposition follows the funding noun ending at ``end``, after a space ("grant to", "subvención a")."""
    return text[end:end + 1].isspace() and _TO_WORD.match(text, end + 1) is not None


def _paid_with_and_given_to(text: str, start: int, end: int) -> bool:
    """The funding noun at ``start``-``end`` is what a body pays with and is given to a recipient: "through a grant to
    the ILO", "con una subvención a la OIT" (instrumental words right before it, a recipient's preposition right after)."""
    return _INSTRUMENTAL_BEFORE.search(text, max(0, start - 40), start) is not None and _recipient_follows(text, end)


def _funding_owner(reading: Reading, clause_start: int, start: int) -> list[PartyMention]:
    """The body that owns the funding noun at ``start``: the party right before "whose" ("GIZ, whose grant to"), or,
    after a singular possessive at the clause's opening ("Its contribution to the ILO …"), the subject of the
    sentence before; [] when neither says."""
    sentence = reading.sentence
    text = sentence.text
    if _WHOSE_BEFORE.search(text, clause_start, start):
        before = [p for p in sentence.parties if p.end <= start and not p.parenthetical]
        return before[-1:]
    opening = text[clause_start:start]
    if sentence.prior_subject and _POSSESSIVE_BEFORE.search(opening) and not any(p.start < start for p in reading.parties
                                                                                  if p.start >= clause_start):
        return sentence.prior_subject[:1]
    return []


_INSTRUMENTAL_BEFORE = re.compile(r"(?<![\w'’-])(?:"
                                  + _connector_words("instrumental", "with", "through", "via", "by means of", "by way of", spaced=True)
                                  + r")(?:\s+|(?<=['’]))(?:"
                                  + _connector_words("indefinite_determiners", "a", "an", "its", "their") + r")\s+$",
                                  re.IGNORECASE)
"""The words by which a funding noun is the means a body pays with: "pays for the trainers with a grant to", "finance le
projet au moyen d’une subvention au", "financia el pasaporte con una subvención a" (instruments.json connectors
"instrumental", "indefinite_determiners")."""


def _paying_subject(reading: Reading, clause_start: int, start: int) -> list[PartyMention]:
    """The body that pays with the funding noun at ``start`` ("The Czech Development Agency pays for the shade roofs
    through a grant to the ILO"): the clause's first party before the instrumental words, not the object of a
    preposition; [] when no such words stand right before the noun."""
    sentence = reading.sentence
    match = _INSTRUMENTAL_BEFORE.search(sentence.text, clause_start, start)
    if match is None:
        return []
    before = [p for p in sentence.parties if clause_start <= p.start and p.end <= match.start() and not p.parenthetical]
    return [p for p in before if not _is_object(sentence, p)][:1]


@partnership_rule("given_funding")
def given_funding(reading: Reading) -> list[Found]:
    """"The Government of Iceland provided a grant of US$ 1.2 million to the ILO", "Enabel a octroyé au BIT un
    financement", "A contribution was provided to the ILO by the Government of Luxembourg": a bare funding noun
    whose clause gives it (instruments.json connectors "giving_words") to a party ("given_to"): the donor is the
    party after "by" (a passive), else the list right before the giving word."""
    sentence, found = reading.sentence, []
    text = sentence.text
    nouns = _given_funding_nouns(sentence.language)
    for start, end, instrument, _ in reading.instruments:
        if instrument != "funding" or text[start:end].lower() not in nouns or not reading.free(start):
            continue
        clause_start, clause_end = _clause_bounds(text, start, end)
        given = _GIVEN.search(text, clause_start, clause_end)
        # ("Its contribution to the ILO project covers 2023-2026", "GIZ, whose grant to the ILO runs from 2024": the owner gives it)
        owner = _funding_owner(reading, clause_start, start) or _paying_subject(reading, clause_start, start) \
            or _label_party(reading, start)
        if given is None and not owner:
            continue
        inside = [p for p in sentence.parties if clause_start <= p.start and p.end <= clause_end and not p.parenthetical]
        first = start if given is None else min(start, given.start())
        recipients = [p for p in inside if p.start >= first and _TO_PARTY.search(text[clause_start:p.start])]
        if not recipients:
            continue
        recipient = recipients[0]
        by = [p for p in inside if p.ref != recipient.ref and _BY_PARTY.search(text[clause_start:p.start])]
        gives_first = given is not None and given.start() < recipient.start
        before = _list_before(sentence, given.start(), reading.agent_members) if gives_first else []
        donors = by[:1] or _agency_for_country(sentence, [p for p in before if p.ref != recipient.ref], inside) \
            or [p for p in owner if p.ref != recipient.ref]
        if donors:
            found.append(Found([*donors, recipient], instrument, **reading.years(start), sentence=sentence))
    return found


_FUNDING_LABEL = re.compile(r"^\s*(?:[•·▪◦‣*–-]\s*)?(?:"
                            + _connector_words("funding_labels", "funding", "funded by", "financing", "financed by", "donor", "donors",
                                               "financial support", spaced=True)
                            + r")\s*:\s*", re.IGNORECASE)
"""A line labelled by its funding ("Funding: Harrow Gulf Fund, 2024–2026", "Financement : LuxDev", "Donante: AECID";
instruments.json connectors "funding_labels")."""


@partnership_rule("funding_label")
def funding_label(reading: Reading) -> list[Found]:
    """"Funding: the Calouste Gulbenkian Foundation, 2024–2026", "Financement : LuxDev (2025–2027)": each body listed
    after a funding label funds the body the brochure speaks for; one partnership per donor, dated by the line."""
    sentence = reading.sentence
    label = _FUNDING_LABEL.match(sentence.text)
    if label is None or reading.lead is None:
        return []
    donors = [p for p in _list_after(sentence, label.end()) if p.ref != reading.lead.ref]
    if not donors:
        return []
    return [Found([reading.lead], "funding", **reading.years(label.end()), plural=True, sentence=sentence, partners_only=donors)]


@partnership_rule("table_row")
def table_row(reading: Reading) -> list[Found]:
    """A row of a table of agreements ("Kenyan Dockworkers Union | Cooperation agreement | 2015"
    under "Partner | Agreement with the ILO | Year"): the row's parties with those its heading names
    (else the body the brochure speaks for), the row's first instrument and its year."""
    sentence = reading.sentence
    if sentence.header_parties is None or not reading.parties:
        return []
    start, _, instrument, _ = reading.instruments[0]
    parties = _unique([*sentence.header_parties, *reading.parties])
    if len(parties) < 2 and reading.lead is not None:
        parties = [reading.lead, *parties]
    return [Found(parties, instrument, **reading.years(start), sentence=sentence)]


@cache
def _joint_verb_pattern() -> re.Pattern:
    """"signed a", "run a joint", "entered into a new": the verb that makes the parties before it the
    parties of the instrument after it."""
    verbs = [v for language in SUPPORTED_LANGUAGES for v in language_data("instruments.json", language)["relation_cues"]["joint_verbs"]]
    alternatives = alternation(verbs)
    # (a date may stand between the verb and the instrument: "suscribieron en 2019 un convenio")
    return re.compile(rf"(?<!\w)(?:{alternatives})\s+(?:{_DATE},?\s+)?(?:an?\s+|{_ARTICLE}|their\s+)?"
                      rf"(?:[a-zà-öø-ÿœ-]+\s+){{0,2}}$")


def _subject(sentence: Sentence, parties: list[PartyMention], agent_members: set[int], lead: PartyMention | None,
             agent_at: int) -> list[PartyMention]:
    """Who is funded or joined by the agents: the first party before the agent phrase that is neither
    an agent nor the object of a preposition ("working with ASEAN"); else the body the brochure
    speaks for, when the sentence is about its work ("The programme is funded by ..."); else nobody
    ("Women trainees, supported by SEWA, ..." names no partnership of the brochure's)."""
    for index, party in enumerate(parties):
        if party.start < agent_at and party.start not in agent_members and not _is_object(sentence, party):
            return _subject_list(sentence, parties[index:], agent_members, agent_at)
    if lead is not None and _lead_subject().search(sentence.text[:agent_at]):
        return [lead]
    return []


def _subject_list(sentence: Sentence, parties: list[PartyMention], agent_members: set[int], agent_at: int) -> list[PartyMention]:
    """The subject ``parties[0]`` and the parties coordinated with it before the agent phrase at ``agent_at``
    ("the ILO and UN Women have run a joint programme ..., with funding from Belgium": both are funded);
    a run joined by commas alone is no list ("In Lebanon, the ILO ...")."""
    text = sentence.text
    listed, gaps = [parties[0]], []
    for party in parties[1:]:
        gap = _strip_parentheticals(text[listed[-1].end: party.start], text, listed[-1].end, sentence)
        if party.end > agent_at or party.start in agent_members or not _LIST_GAP.match(gap):
            break
        listed.append(party)
        gaps.append(gap)
    if not any(re.search(r"\b(?:" + _AND + r")\b|&", gap) for gap in gaps):
        return listed[:1]
    return _through(sentence, listed)


_OBJECT_BEFORE = re.compile(r"\b(?:" + _connector_words("objects", "with", "by", "from", "through", "to", "for", "between", "including",
                                                             "such as", "and", "in", "at", "of") + r")\s+(?:" + _ARTICLE + r")?$",
                            re.IGNORECASE)


def _is_object(sentence: Sentence, party: PartyMention) -> bool:
    """The party is governed by a preposition (or is a later item of a list that is). Items joined
    only by commas are no list ("In Lebanon, the ILO works ..."): a list ends with "and" or "or"."""
    text = sentence.text
    before = [p for p in sentence.parties if p.end <= party.start and not p.parenthetical]
    start, gaps = party.start, []
    for previous in reversed(before):  # walk back to the start of the list the party is in
        if not _LIST_GAP.match(text[previous.end: start]):
            break
        gaps.append(text[previous.end: start])
        start = previous.start
    after = [p for p in sentence.parties if p.start >= party.end and not p.parenthetical]
    end = party.end
    for following in after:
        if not _LIST_GAP.match(text[end: following.start]):
            break
        gaps.append(text[end: following.start])
        end = following.end
    if gaps and not any(re.search(r"\b(?:" + _AND + r")\b|&", gap) for gap in gaps):
        start = party.start
    return _OBJECT_BEFORE.search(text[:start]) is not None


@cache
def _lead_subject() -> re.Pattern:
    words = sorted({w for language in SUPPORTED_LANGUAGES
                    for w in language_data("instruments.json", language)["relation_cues"]["lead_subjects"]})
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _year_after(sentence: Sentence, position: int) -> tuple[int | None, int | None]:
    for index, (start, end, value) in enumerate(sentence.years):
        if start >= position and _YEAR_AFTER_NAME.match(sentence.text[position: start]):
            following = sentence.years[index + 1] if index + 1 < len(sentence.years) else None
            if following and _in_range(sentence, (start, end, value), following):
                return value, following[2]
            return value, None
    return None, None


def _year_before(sentence: Sentence, position: int) -> tuple[int | None, int | None]:
    for _, end, value in sentence.years:
        if end <= position and re.fullmatch(r"\s?", sentence.text[end: position]):
            return value, None
    return None, None


def _merge(found: list[Found]) -> list[Partnership]:
    """One record per (instrument, parties); a plural instrument ("MOUs with A, B and C") gives one
    per partner. The evidence of every mention is kept, in reading order."""
    records: dict[tuple[str, frozenset[str]], Partnership] = {}
    for item in found:
        groups = [item.parties + [partner] for partner in item.partners_only] if item.plural else [item.parties + item.partners_only]
        for group in groups:
            parties = _unique(group)
            if len(parties) < 2:
                continue
            # an agency standing for its country ("Canada through Global Affairs Canada") is that country's party
            key = (item.instrument, frozenset(f"country:{p.iso_alpha2}" if p.iso_alpha2 else p.ref for p in parties))
            evidence = Evidence(block=item.sentence.block, text=item.sentence.text)
            record = records.get(key)
            if record is None:
                records[key] = Partnership(
                    id=f"r{len(records) + 1}", name=item.name, instrument=_instrument(item.instrument),
                    parties=[_party(p) for p in parties], year=item.year, end_year=item.end_year,
                    themes=item.sentence.themes, evidence=[evidence],
                )
                continue
            if evidence not in record.evidence:
                record.evidence.append(evidence)
            record.name = record.name or item.name
            record.year = record.year or item.year
            record.end_year = record.end_year or item.end_year
            record.themes = list(dict.fromkeys([*record.themes, *item.sentence.themes]))
    return _fold_subsets(list(records.values()))


def _fold_subsets(records: list[Partnership]) -> list[Partnership]:
    """A partnership said once with fewer parties ("funded by the Government of Canada") and once
    with more ("... of Canada through Global Affairs Canada"), same instrument, no other year: one
    record, the one with more parties, with the evidence of both."""
    kept: list[Partnership] = []
    for record in sorted(records, key=lambda r: -len(r.parties)):  # stable: reading order among equals
        refs = {p.ref for p in record.parties}
        larger = next((k for k in kept if k.instrument == record.instrument and refs < {p.ref for p in k.parties}
                       and (record.year is None or k.year is None or record.year == k.year)), None)
        if larger is None:
            kept.append(record)
            continue
        larger.evidence.extend(e for e in record.evidence if e not in larger.evidence)
        larger.year = larger.year or record.year
        larger.end_year = larger.end_year or record.end_year
        larger.name = larger.name or record.name
        larger.themes = list(dict.fromkeys([*larger.themes, *record.themes]))
    order = {id(r): i for i, r in enumerate(records)}
    return sorted(_fold_generic(kept), key=lambda r: order[id(r)])


def _fold_generic(records: list[Partnership]) -> list[Partnership]:
    """"A and B have joined forces. Their cooperation agreement, concluded in 2013, ...": the bare
    partnership of the first sentence (no instrument named, no year) is the agreement of the next,
    told in the same block with the same parties or more; one record, the agreement's."""
    kept: list[Partnership] = []
    for record in records:
        refs, blocks = {p.ref for p in record.parties}, {e.block for e in record.evidence}
        specific = None
        # (with no year, or the agreement's: "That agreement dates from 2017"; or told by a general word alone, "the agreement")
        if record.instrument == "partnership" or _told_generically(record):
            specific = next((k for k in records if k.instrument not in ("partnership", record.instrument)
                             and refs <= {p.ref for p in k.parties} and blocks & {e.block for e in k.evidence}
                             and record.year in (None, k.year)), None)
        if specific is None:
            kept.append(record)
            continue
        specific.evidence.extend(e for e in record.evidence if e not in specific.evidence)
        specific.themes = list(dict.fromkeys([*specific.themes, *record.themes]))
    return kept


def _unique(parties: list[PartyMention]) -> list[PartyMention]:
    seen: dict[str, PartyMention] = {}
    for party in parties:
        if party.ref not in seen or (party.unit and not seen[party.ref].unit):
            seen[party.ref] = party
    return list(seen.values())


def _instrument(name: str) -> Instrument:
    return name  # type: ignore[return-value]  # the data file's keys are the contract's instruments


def _party(mention: PartyMention) -> Party:
    return Party(ref=mention.ref, name=mention.name, acronym=mention.acronym, iso_alpha2=mention.iso_alpha2, unit=mention.unit)
