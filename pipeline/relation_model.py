"""The learned relation step: which parties a sentence's instrument phrase joins, read by boosted
trees over features that do not depend on the exact wording.

A candidate is a pair: an instrument or funding cue of the sentence (instruments.json phrases, in the
sentence's language) and a party mention of the same sentence or, when it names fewer than two, of
the sentence before. Its features (FEATURE_NAMES) say where the party stands against the cue (before
or after, how many words and other parties between, whether both are in one list "A, B and C"), what
lies between (a clause break, commas, a verb of the language's cue lists, "with", "between", "by",
"through"), what governs the party (a preposition, or nothing: subject-like), what kind of cue it is
and what other cues the sentence holds. The trees (pipeline/data/relation_model.json, written by
``make train-relations``: bench/train_relations.py) give the probability that the party is a party
of the cue's partnership; a cue whose parties at or above PARTY_THRESHOLD are two or more gives one, with
the year nearest the cue (or the one the next sentence tells). Three things the rules also hold are
kept as constraints, not left to the trees: a country after "in" is a place, a cue that owns
something ("the programme's board") states nothing, and the agents of one funding phrase ("with the
support of A and B") are no partnership among themselves.

In: a SentenceReading (pipeline.relations). Out: Found items, as the rules give them.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.languages import SUPPORTED_LANGUAGES, alternation, language_data, own_data
from pipeline.relations import _rejoined, phrase_key
from pipeline.resources import data_file
from pipeline.structure.labeller import Forest

MODEL_FILE = "relation_model.json"
MAX_PARTIES = 12
"""A sentence naming more parties than this is not read by the trees (the zoo's and the samples' most is 5)."""
MAX_CUES = 8
"""Nor one naming more instrument cues than this."""
PARTY_THRESHOLD = 0.5
"""A party whose probability is at least this is a party of the cue's partnership."""

INSTRUMENT_KINDS = ("memorandum_of_understanding", "letter_of_intent", "cooperation_agreement", "partnership_agreement",
                    "public_private_partnership", "programme", "funding", "partnership")
GENERIC_INSTRUMENTS = ("programme", "partnership")
"""Instruments a sentence names in passing ("the programme", "partnership") as well as when it states one."""

GOVERNORS = ("with", "by", "between", "through", "from", "locative", "other_object")
"""What may govern a party's list: the connector right before it (per language, instruments.json connectors)."""

FEATURE_NAMES = (
    "before", "words_between", "parties_between", "same_list", "list_size", "list_position", "clause_break", "commas_between",
    "verb_between", "with_between", "between_between", "by_between", "through_between", "year_between",
    *(f"governed_{g}" for g in GOVERNORS), "subject_like", "country", "lead", "previous_sentence", "cue_opens",
    *(f"cue_{k}" for k in INSTRUMENT_KINDS), "cue_agent", "cue_joint", "other_specific_cue", "other_funding_cue", "cues", "parties",
)
"""(The rules' verdicts were features too: held out by phrasing round (bench/train_relations.py --cv) the
trees then followed the rules, which were written for rounds 1 and 2, and lost round 4: hybrid F1
0.53 with them, 0.82 without.)"""
_COUNTRY, _LOCATIVE = FEATURE_NAMES.index("country"), FEATURE_NAMES.index("governed_locative")


@cache
def _words(key: str) -> tuple[str, ...]:
    """The connectors of kind ``key`` of every language: the English file's "connectors" (the ones this
    step reads) and each other language's own."""
    words = list(data_file("instruments.json").get("connectors", {}).get(key, []))
    for language in SUPPORTED_LANGUAGES:
        words += own_data("instruments.json", language).get("connectors", {}).get(key, [])
    return tuple(dict.fromkeys(w for w in words if w.strip()))


@cache
def _connectors(key: str) -> re.Pattern:
    """Any of every language's connectors ``key`` (instruments.json "connectors"), as whole words."""
    return re.compile(r"(?<![\w-])(?:" + alternation(_words(key)) + r")(?![\w-])", re.IGNORECASE)


@cache
def _verbs() -> re.Pattern:
    """The verbs of every language's cue lists (joint, with, join, donor verbs; signed-by and acts-together
    connectors; passive auxiliaries): a verb between a party and a cue ties them, or ends the party's clause."""
    words: list[str] = []
    for language in SUPPORTED_LANGUAGES:
        cues = language_data("instruments.json", language)["relation_cues"]
        for key in ("joint_verbs", "with_verbs", "join_verbs", "donor_verbs"):
            words += cues.get(key, [])
    for key in ("signed_by", "acts_together", "passive_auxiliaries", "acts_together_auxiliaries"):
        words += _words(key)
    return re.compile(r"(?<![\w-])(?:" + alternation(w for w in words if w.strip()) + r")(?![\w-])", re.IGNORECASE)


@cache
def _agent_phrases() -> frozenset[str]:
    return frozenset(p.lower() for language in SUPPORTED_LANGUAGES
                     for p in language_data("instruments.json", language)["relation_cues"]["agent_phrases"])


_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_GOVERNOR_PATTERNS = {
    "with": lambda: _connectors("with"),
    "by": lambda: _connectors("by"),
    "between": lambda: _connectors("between"),
    "through": lambda: _connectors("through"),
    "from": lambda: _connectors("from"),
    "locative": lambda: _connectors("locative"),
    "other_object": lambda: _connectors("objects"),
}
"""Each governor's connectors (GOVERNORS), instruments.json "connectors" (English: "other_object" reads "objects")."""


@cache
def _article_tail() -> str:
    """An article, or none, and the space before a name: the end of the text between a connector and a party."""
    return r"(?:\s+(?:" + alternation(_words("articles")) + r"))?\s*$"


@cache
def _governor_tail(name: str) -> re.Pattern:
    """The connector ``name`` ending a text (before a party, an article between)."""
    inner = _GOVERNOR_PATTERNS[name]().pattern
    return re.compile(inner + _article_tail(), re.IGNORECASE)


@cache
def load_model() -> Forest | None:
    """The shipped trees; None when the data file is missing. Raises ValueError when it was trained on
    other features than FEATURE_NAMES (retrain with ``make train-relations``)."""
    try:
        data = data_file(MODEL_FILE)
    except FileNotFoundError:
        return None
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError(f"pipeline/data/{MODEL_FILE} was trained on other features than pipeline.relation_model has: "
                         "run `make train-relations`")
    return Forest.from_json(data["model"])


def _lists(parties, text: str) -> dict[int, tuple[int, int]]:
    """Each party's (list index, position in it): parties joined as a list ("A, B and C", "A, through B")."""
    from pipeline.relations import _LIST_GAP

    out: dict[int, tuple[int, int]] = {}
    index, position, previous = -1, 0, None
    for i, party in enumerate(parties):
        if previous is not None and _LIST_GAP.match(re.sub(r"\([^()]{0,30}\)", "", text[previous.end: party.start])):
            position += 1
        else:
            index, position = index + 1, 0
        out[i] = (index, position)
        previous = party
    return out


def candidate_rows(read) -> list[tuple[int, object, list[float]]]:
    """(cue index, party mention, feature row) of every candidate pair of a SentenceReading."""
    reading = read.reading
    if reading is None:
        return []
    sentence = reading.sentence
    text = sentence.text
    cues = reading.instruments
    parties = list(reading.parties)
    if len(parties) > MAX_PARTIES or len(cues) > MAX_CUES:
        return []  # a list of names, not a sentence that states a partnership (and pairs cost cues x parties squared)
    previous = [p for p in sentence.previous if not p.parenthetical] if len(parties) < 2 else []
    lists = _lists(parties, text)
    position_of = {id(p): i for i, p in enumerate(parties)}
    sizes: dict[int, int] = {}
    for index, _ in lists.values():
        sizes[index] = sizes.get(index, 0) + 1
    previous_lists = _lists(previous, sentence.previous_text)
    previous_sizes: dict[int, int] = {}
    for index, _ in previous_lists.values():
        previous_sizes[index] = previous_sizes.get(index, 0) + 1
    lead_ref = reading.lead.ref if reading.lead else None
    agents = _agent_phrases()
    cue_text = _rejoined(text, sentence.language)  # (the text the cues were matched in: "contri bution" rejoined, same offsets)
    # what a party's features owe to its list alone (the connector governing the list, whether it
    # stands as a subject) is the same for every cue: read once per party, not once per pair
    members_of = {index: [p for j, p in enumerate(parties) if lists[j][0] == index] for index in sizes}
    party_parts = []
    for i, party in enumerate(parties):
        list_index, list_position = lists[i]
        size, members = sizes[list_index], members_of[list_index]
        party_parts.append((list_index, size, members, [
            float(size), float(list_position) / max(size - 1, 1)], [
            *_governed(text[: members[0].start]),
            1.0 if _subject_like(text[: members[0].start], parties, members[0]) else 0.0,
            1.0 if party.iso_alpha2 else 0.0, 1.0 if party.ref == lead_ref else 0.0, 0.0]))
    previous_parts = []
    for i, party in enumerate(previous):
        list_index, list_position = previous_lists[i]
        size = previous_sizes[list_index]
        members = [p for j, p in enumerate(previous) if previous_lists[j][0] == list_index]
        previous_parts.append((float(len([p for p in previous if p.start > party.end]) + len(parties)), [
            0.0, float(size), float(list_position) / max(size - 1, 1)], [
            *_governed(sentence.previous_text[: members[0].start]),
            1.0 if _subject_like(sentence.previous_text[: members[0].start], previous, members[0]) else 0.0,
            1.0 if party.iso_alpha2 else 0.0, 1.0 if party.ref == lead_ref else 0.0, 1.0]))
    gap_features: dict[str, list[float]] = {}  # (a list's members share their edge gap to a cue: read once)

    def features_of(gap: str) -> list[float]:
        found = gap_features.get(gap)
        if found is None:
            found = gap_features[gap] = _gap_features(gap)
        return found

    rows = []
    for c, (start, end, instrument, _) in enumerate(cues):
        others = [k for i, (_, _, k, _) in enumerate(cues) if i != c]
        cue_row = [
            1.0 if len(_WORD.findall(text[:start])) <= 3 else 0.0,
            *(1.0 if instrument == k else 0.0 for k in INSTRUMENT_KINDS),
            1.0 if phrase_key(cue_text[start:end]) in agents else 0.0,
            # "a joint programme", "le programme conjoint": the cue is the parties' own
            1.0 if _connectors("joint_words").search(text[max(0, start - 12): end + 12]) else 0.0,
            1.0 if any(k not in GENERIC_INSTRUMENTS and k != "funding" for k in others) else 0.0,
            1.0 if "funding" in others else 0.0,
            float(len(cues)), float(len(parties)),
        ]
        for i, party in enumerate(parties):
            list_index, size, members, list_row, party_row = party_parts[i]
            before = party.end <= start
            gap = text[party.end: start] if before else text[end: party.start]
            between = [p for p in parties if (party.end <= p.start and p.end <= start) or (end <= p.start and p.end <= party.start)]
            same = all(lists[position_of[id(p)]][0] == list_index for p in between)
            # the gap between the party's list edge (nearest the cue) and the cue
            edge_gap = text[members[-1].end: start] if before else text[end: members[0].start]
            if before and members[-1].end > start or not before and members[0].start < end:
                edge_gap = gap
            rows.append((c, party, [
                1.0 if before else 0.0, float(min(len(_WORD.findall(gap)), 40)), float(len(between)), 1.0 if same else 0.0,
                *list_row, *features_of(edge_gap), *party_row, *cue_row,
            ]))
        for i, party in enumerate(previous):
            later, list_row, party_row = previous_parts[i]
            gap = sentence.previous_text[party.end:] + " " + text[:start]
            rows.append((c, party, [
                1.0, float(min(len(_WORD.findall(gap)), 40)), later, *list_row, *features_of(gap), *party_row, *cue_row,
            ]))
    return rows


def _gap_features(gap: str) -> list[float]:
    """clause_break, commas_between, verb_between, with/between/by/through_between, year_between."""
    return [
        1.0 if re.search(r"[;:]|\.\s", gap) else 0.0, float(min(gap.count(","), 4)), 1.0 if _verbs().search(gap) else 0.0,
        1.0 if _GOVERNOR_PATTERNS["with"]().search(gap) else 0.0, 1.0 if _GOVERNOR_PATTERNS["between"]().search(gap) else 0.0,
        1.0 if _GOVERNOR_PATTERNS["by"]().search(gap) else 0.0, 1.0 if _GOVERNOR_PATTERNS["through"]().search(gap) else 0.0,
        1.0 if _YEAR.search(gap) else 0.0,
    ]


def _governed(before: str) -> list[float]:
    """Which connector (GOVERNORS) ends the text before a party's list; all 0: none."""
    tail = before[-40:]
    for name in GOVERNORS:
        if _governor_tail(name).search(tail):
            return [1.0 if g == name else 0.0 for g in GOVERNORS]
    return [0.0] * len(GOVERNORS)


def _subject_like(before: str, parties, first) -> bool:
    """Nothing but an opening adverbial stands before the party's list ("In 2019, A and B ..."): no
    other party, no verb, no connector governing it, at most four words."""
    if any(p.end <= first.start for p in parties if p is not first):
        return False
    words = _WORD.findall(_YEAR.sub(" ", before))
    return len(words) <= 4 and not _verbs().search(before) and not any(_governed(before))


_MEMO: dict[int, tuple[Forest, dict[tuple[float, ...], float]]] = {}
MEMO_SIZE = 50_000
"""How many rows' probabilities under one forest are kept (a brochure that repeats itself repeats its rows)."""


def _remembered_probability(forest: Forest, row: tuple[float, ...]) -> float:
    """The forest's probability for a row, remembered per forest (a process that loads or trains other
    trees never reads the probabilities of the ones before)."""
    owner = _MEMO.get(id(forest))
    if owner is None or owner[0] is not forest:
        _MEMO.clear()  # one forest at a time: the shipped one, or the one being scored
        owner = _MEMO[id(forest)] = (forest, {})
    memo = owner[1]
    if row not in memo:
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[row] = forest.probability(row)
    return memo[row]


def model_found(read, forest: Forest | None = None, threshold: float = PARTY_THRESHOLD) -> list:
    """The partnerships the trees read in a SentenceReading: per cue, its parties of probability at
    least ``threshold`` (two or more), the cue's instrument and the year nearest it."""
    from pipeline.relations import Found, _through, _year_span

    forest = forest or load_model()
    if forest is None or read.reading is None:
        return []
    sentence = read.reading.sentence
    chosen: dict[int, list] = {}
    for cue, party, row in candidate_rows(read):
        if row[_COUNTRY] and row[_LOCATIVE]:
            continue  # "agencies in Cambodia and the Philippines": a place, not a party (as the rules read it)
        if _remembered_probability(forest, tuple(row)) >= threshold:
            chosen.setdefault(cue, []).append(party)
    found = []
    seen: set[tuple[str, frozenset[str]]] = set()
    for cue, parties in sorted(chosen.items()):
        start, end, instrument, _ = read.reading.instruments[cue]
        if _POSSESSIVE.match(sentence.text, end):
            continue  # "sit on the programme's advisory board": the cue owns something, nobody agreed on it
        listed = next((partners for s, _, _, partners in read.reading.agents if s == start), None)
        if listed is not None and all(p in listed for p in parties):
            continue  # "with the support of A and B" names who supports, not whom: no partnership among them
        unique = list({p.ref: p for p in parties}.values())
        same_sentence = [p for p in unique if p in read.reading.parties]
        unique = _through(sentence, sorted(same_sentence, key=lambda p: p.start)) + [p for p in unique if p not in same_sentence]
        refs = frozenset(p.ref for p in unique)
        if len(refs) < 2 or (instrument, refs) in seen:
            continue
        seen.add((instrument, refs))
        year, end_year = _year_span(sentence, start)
        if year is None and sentence.year_after is not None:
            year, end_year = sentence.year_after[0], sentence.year_after[1] or end_year
        found.append(Found(unique, instrument, year=year, end_year=end_year, sentence=sentence))
    return found
