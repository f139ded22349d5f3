"""The title of plain text: a scored choice over the first page's lines.

Plain text has no type, so the title cannot be "the largest text on the cover". What text keeps of
its prominence is read instead, each cue a small named function that scores one candidate (a block
of the first page, with the lines that continue it as a title joined to it):

- **case**: a title in title case ("Safe and Healthy Work in Lebanon") rather than a heading in
  sentence case ("Our approach"); a line in capitals is a masthead, tagline or heading in capitals
  more often than the title; letter-spaced text ("C O N T A C T  U S") is display type, never it;
- **length**: a title says what and where in three to a dozen words; one or two words are a heading;
- **shape**: no sentence end, no numbering ("1 Overview"), no masthead separators ("Issue 3 · 2024",
  "FACTSHEET | FUTURE OF WORK"), no organization's name ("ILO Country Office for ..."), no name of
  a publication series ("Policy Brief 12"), no person's role, no contact panel beside it;
- **isolation**: white space around it, and a title set over several lines (large type wraps);
- **position**: earlier on the page is likelier, a little (a tri-fold's cover panel may come last);
- **repetition**: a line repeated on the first page is a masthead or a running title.

The candidate with the highest score is the title; ties go to the earlier one. The weights are
named settings (``TitleWeights``) with defaults, measured on the zoo's text and the blind sets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.languages import cue_words
from pipeline.layout.blocks import _continuation_words
from pipeline.layout.patterns import URL, bullet_match, ends_sentence, is_capitals, is_contact_field, phone_numbers
from pipeline.model import Block
from pipeline.resources import data_file
from pipeline.structure.front_matter import is_kicker, is_release_line
from pipeline.structure.labeller import SECTION_NUMBER
from pipeline.structure.shapes import (
    LETTER_SPACED_MIN,
    has_organization_word,
    is_contact_intro,
    looks_like_person_name,
    looks_like_role,
)


@dataclass(frozen=True, slots=True)
class TitleWeights:
    """How much each cue adds to (or takes from) a candidate's score."""

    title_case: float = 2.0
    capitals: float = -1.5
    letter_spaced: float = -4.0
    one_word: float = -2.5
    two_words: float = -1.0
    person: float = -3.0
    """A person's name with a role or a contact line beside it (a contact panel on the cover)."""
    title_length: float = 1.0
    """Three to TITLE_LONG words."""
    numbered: float = -3.0
    separators: float = -2.5
    digits: float = -0.75
    organization: float = -1.5
    kicker: float = -3.0
    role: float = -1.5
    contact_beside: float = -2.5
    question: float = -0.5
    colon_end: float = -0.5
    comma: float = -0.75
    function_word: float = 0.5
    wrapped: float = 0.5
    open_end: float = -2.0
    """Ends with a word that a line of running text ends with ("of", "the", "del"): a cut sentence."""
    link_title: float = -2.5
    """A URL right under it: the title of a resource link."""
    contact: float = -3.0
    """Holds a phone number or an e-mail address."""
    set_apart: float = 0.5
    repeated: float = -1.5
    heads_body: float = -1.0
    """Running text right under it, with no white space: it heads a section ("Why it matters")."""
    position: float = -2.0
    """Taken in full by a candidate POSITION_SPAN blocks or more into the page."""
    opens_with_figure: float = -1.5
    """Starts with a figure ("148 000 jobseekers registered", "60% of them are women"): a key figure."""
    clock_time: float = -2.0
    """Holds a time of day ("08:30–12:30"): an event's date and venue line."""
    leads_page: float = 1.0
    """Cover lines before it on the page, and nothing else, a masthead's among them (kickers, lines set
    with masthead separators or letter-spaced, an organization's name; lines in capitals): the first
    line a reader meets after the masthead. Running text right under it is then its deck, not a
    section it heads (``heads_body`` does not count)."""
    dateline_under: float = 1.5
    """Right over a dateline set with masthead separators ("Karvania · Harvest Safe
    project, 2023–2026"), no white space between: a title over its series or place line."""


def _key_figure_start() -> re.Pattern:
    """A key figure's start: a figure followed by "%", by a percentage's words (lexicon.json
    "percent_words", every language: "per cent", "pour cent", "por ciento", their space optional) or
    by a word in lower case ("148 000 jobseekers", "60% of them"); not a year or a number that a
    title opens with ("2030 Agenda for Decent Work")."""
    percent = "|".join(r"\s?".join(map(re.escape, words.split(" "))) for words in cue_words("lexicon.json", "percent_words"))
    return re.compile(r"^\d[\d\s.,\u00a0\u202f]*(?:%|\s*(?:" + percent + r")\b|\s+[a-zà-öø-ÿ])")


_KEY_FIGURE_START = _key_figure_start()

DEFAULT_TITLE_WEIGHTS = TitleWeights()
TITLE_MAX_WORDS = 16
TITLE_LONG = 12
POSITION_SPAN = 20
"""Blocks into the first page over which the position cue takes its full weight."""
ORGANIZATION_HEAD_WORDS = 4
"""An organization word among this many first words makes a line an organization's name."""

_ACRONYM_AFTER = re.compile(r"^\([A-Z][A-Za-z&/-]*[A-Z]\)")
_LETTERED_ITEM = re.compile(r"^[a-h][.)]\s")
SERIES_DOTS = "·|"
"""Separators that set a line's parts apart even with white space on one side only: a centred dot, a
bar (``text_headings.is_series_line`` reads a line by them alone)."""
_SEPARATORS = re.compile(rf"\s[{SERIES_DOTS}•—–/]\s|\s[{SERIES_DOTS}]|[{SERIES_DOTS}]\s")
_CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b")


@cache
def _figure_caption() -> re.Pattern:
    words = "|".join(map(re.escape, data_file("lexicon.json")["figure_caption_words"]))
    # "Figure 1. …", "Photo: …", "Photo caption: …" (a word may qualify the cue before its colon)
    return re.compile(rf"^(?:{words})(?:\s+\d+[.:]?|(?:\s+[^\W\d_]+)?\s?:)\s")


def is_figure_caption(block: Block) -> bool:
    """A line that names a picture, map or chart ("Figure 1. A joint safety committee …",
    "Photo: …"): a caption, never a heading."""
    return block.kind == "text" and _figure_caption().match(block.text) is not None


def has_masthead_separators(text: str) -> bool:
    """The line is set with masthead separators ("Issue 3 · 2024", "Karvania · Harvest Safe
    project, 2023–2026"): a series line, a dateline or a kicker, not running words."""
    return _SEPARATORS.search(text) is not None


def _open_end(text: str) -> bool:
    """The text ends with a word that a line of running text ends with ("of", "the", "à", "del"):
    it goes on in the next line."""
    last = text.split()[-1] if text.split() else ""
    return last.islower() and last in _continuation_words()


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    """A block of the first page (``index``) with the ``extra`` blocks after it that continue it as a
    title, or the block's first ``head_lines`` lines; ``text`` is their text joined; ``before`` and
    ``after`` the blocks around it (or None; ``after`` is the block itself for its first lines);
    ``position`` how many text blocks of the page come before it; ``repeats`` how often its text
    stands on the first page."""

    index: int
    extra: int
    text: str
    lines: int
    before: Block | None
    after: Block | None
    position: int
    repeats: int
    head_lines: int | None = None
    """When set, the title is only the block's first this many lines (``title_head_lines``)."""
    leads: bool = False
    """Cover lines (``is_cover_line``), and only they, stand before it on the page, a masthead's
    line among them (``is_masthead_line``); it is none."""


_ELISION = re.compile(r"^[^\W\d_]{1,2}['’](?=[^\W\d_])")
"""An elided article or preposition before a word ("d'Ivoire", "l’Emploi"): the word's case counts."""


@lru_cache(maxsize=4096)  # the title's cues and the heading rules ask about the same lines
def is_title_case(text: str, min_words: int = 1) -> bool:
    """Every word but the function words starts with a capital ("Safe and Healthy Work in Lebanon",
    "Safe Labour Migration from Côte d'Ivoire"), and at least ``min_words`` such words."""
    tokens = [_ELISION.sub("", token) for token in re.findall(r"[^\W\d_][\w'’-]*", text)]
    function_words = _continuation_words()
    content = [token for token in tokens if token.lower() not in function_words]
    return len(content) >= min_words and all(token[:1].isupper() for token in content)


def _title_case(text: str) -> bool:
    return is_title_case(text, min_words=2)


def is_sentence_case_title(text: str) -> bool:
    """The line is set as French and Spanish set titles, in sentence case: a capital first, and one
    of those languages' function words after it ("Les migrations de travail en Afrique de
    l'Ouest"; lexicon.json "sentence_case_title_words", which English does not have)."""
    words = re.findall(r"[^\W\d_]+['’]?", text)
    return bool(words) and words[0][:1].isupper() and any(word.lower() in _sentence_case_title_words() for word in words[1:])


@cache
def _sentence_case_title_words() -> frozenset[str]:
    return frozenset(cue_words("lexicon.json", "sentence_case_title_words"))


def _letter_spaced(text: str) -> bool:
    tokens = text.split()
    return len(tokens) >= LETTER_SPACED_MIN and sum(len(token) <= 2 for token in tokens) >= 0.75 * len(tokens)


def _names_organization(text: str) -> bool:
    """The line is an organization's name: an organization word among its first words ("ILO Country
    Office for ...", "Ministry of Labour ..."), not further on ("Freedom of Association in ...")."""
    return has_organization_word(" ".join(text.split()[:ORGANIZATION_HEAD_WORDS]))


def _organization(candidate: TitleCandidate) -> bool:
    """The candidate names an organization, or its acronym follows it in brackets ("(UNAIDS)")."""
    after = candidate.after
    acronym = after is not None and candidate.head_lines is None and _ACRONYM_AFTER.match(after.text) is not None
    return acronym or _names_organization(candidate.text)


NAME_MAX_WORDS = 4
"""Capitalised words with no function word are a name (people, a campaign, a project, a list of
places) up to this many words; a run of five or more ("Child Labour Free Supply Chains") is an
English title in title case."""


def _is_a_name(candidate: TitleCandidate) -> bool:
    """The candidate is a name, in title case by nature: an organization's (``_organization``) or
    NAME_MAX_WORDS capitalised words at most with no function word (``looks_like_person_name``)."""
    return _organization(candidate) or (len(candidate.text.split()) <= NAME_MAX_WORDS and looks_like_person_name(candidate.text))


def _contact_beside(candidate: TitleCandidate) -> bool:
    after = candidate.after
    return after is not None and (is_contact_field(after.text) or "@" in after.text)


BODY_MIN_WORDS = 15
"""Running text under a heading: a block of at least this many words that ends a sentence."""


def is_masthead_line(text: str) -> bool:
    """A line of a cover's masthead, never its title: a kicker, a release line ("For immediate
    release"), a line set with masthead separators, letter-spaced, or an organization's name."""
    return (is_kicker(text) or has_masthead_separators(text) or _letter_spaced(text) or _names_organization(text)
            or is_release_line(text))


COVER_LINE_MAX_CHARS = 200
"""A cover line is one line of a masthead or a tagline: at most this many characters."""


def is_cover_line(text: str) -> bool:
    """A masthead's line (``is_masthead_line``) or a line in capitals (a tagline, or the title)."""
    return len(text) <= COVER_LINE_MAX_CHARS and (is_capitals(text) or is_masthead_line(text))


def _heads_body(candidate: TitleCandidate) -> bool:
    after = candidate.after
    return (not candidate.leads and after is not None and candidate.head_lines is None and after.kind == "text" and after.gap_before == 0
            and len(after.text.split()) >= BODY_MIN_WORDS and ends_sentence(after.text))


def _person(candidate: TitleCandidate) -> bool:
    after, before = candidate.after, candidate.before
    beside = (after is not None and (looks_like_role(after.lines[0].text) or is_contact_field(after.text) or "@" in after.text)
              or before is not None and is_contact_intro(before.text))
    return beside and looks_like_person_name(candidate.text)


DATELINE_MAX_WORDS = 12
"""A dateline under a title is a short line: at most this many words."""


def is_dateline(text: str) -> bool:
    """A short line set with masthead separators: a place, series or project line with its years."""
    return has_masthead_separators(text) and len(text.split()) <= DATELINE_MAX_WORDS and not ends_sentence(text)


def _dateline_under(candidate: TitleCandidate) -> bool:
    """The line right under the candidate, with no white space between, is a dateline."""
    if has_masthead_separators(candidate.text):
        return False
    after = candidate.after
    if candidate.head_lines is not None:
        return after is not None and is_dateline(after.lines[candidate.head_lines].text)
    return after is not None and after.kind == "text" and after.gap_before == 0 and is_dateline(after.lines[0].text)


Cue = Callable[[TitleCandidate, TitleWeights], float]

TITLE_CUES: dict[str, Cue] = {
    # a name is in title case by nature: the case says "title" only of a line that names no organization
    # and is not itself a name (capitalised words with no function word: people, a campaign, a project)
    "case": lambda c, w: (w.letter_spaced if _letter_spaced(c.text) else w.capitals if is_capitals(c.text)
                          else w.title_case if _title_case(c.text) and not _is_a_name(c) else 0.0),
    "opens_with_figure": lambda c, w: w.opens_with_figure if _KEY_FIGURE_START.match(c.text) else 0.0,
    "clock_time": lambda c, w: w.clock_time if _CLOCK_TIME.search(c.text) else 0.0,
    "length": lambda c, w: (w.one_word if len(c.text.split()) == 1 else w.two_words if len(c.text.split()) == 2
                            else w.title_length if len(c.text.split()) <= TITLE_LONG else 0.0),
    "numbered": lambda c, w: w.numbered if SECTION_NUMBER.match(c.text) else 0.0,
    "separators": lambda c, w: w.separators if has_masthead_separators(c.text) else 0.0,
    "digits": lambda c, w: w.digits if any(char.isdigit() or char == "%" for char in c.text) else 0.0,
    "organization": lambda c, w: w.organization if _organization(c) else 0.0,
    "open_end": lambda c, w: w.open_end if _open_end(c.text) else 0.0,
    "link_title": lambda c, w: w.link_title if c.after is not None and c.after.kind == "url" and c.head_lines is None else 0.0,
    "contact": lambda c, w: w.contact if phone_numbers(c.text) or "@" in c.text or is_contact_field(c.text) else 0.0,
    "kicker": lambda c, w: w.kicker if is_kicker(c.text) or is_release_line(c.text) or is_contact_intro(c.text) else 0.0,
    "role": lambda c, w: w.role if looks_like_role(c.text) else 0.0,
    "contact_beside": lambda c, w: w.contact_beside if _contact_beside(c) else 0.0,
    "person": lambda c, w: w.person if _person(c) else 0.0,
    "question": lambda c, w: w.question if c.text.endswith("?") else 0.0,
    "colon_end": lambda c, w: w.colon_end if c.text.endswith(":") else 0.0,
    "comma": lambda c, w: w.comma if "," in c.text else 0.0,
    "function_word": lambda c, w: w.function_word if any(t.lower() in _continuation_words() for t in c.text.split()[1:]) else 0.0,
    "wrapped": lambda c, w: w.wrapped if c.lines > 1 else 0.0,
    "set_apart": lambda c, w: w.set_apart if (c.before is None or c.before.gap_after > 0 or c.position == 0)
                                              and (c.after is None or c.after.gap_before > 0) else 0.0,
    "repeated": lambda c, w: w.repeated if c.repeats > 1 else 0.0,
    "heads_body": lambda c, w: w.heads_body if _heads_body(c) else 0.0,
    "position": lambda c, w: w.position * min(c.position, POSITION_SPAN) / POSITION_SPAN,
    "dateline_under": lambda c, w: w.dateline_under if _dateline_under(c) else 0.0,
    "leads_page": lambda c, w: w.leads_page if c.leads else 0.0,
}
"""The cues, by name: each scores one candidate under the weights."""


def title_score(candidate: TitleCandidate, weights: TitleWeights = DEFAULT_TITLE_WEIGHTS) -> float:
    """The sum of every cue's score for ``candidate``."""
    return sum(cue(candidate, weights) for cue in TITLE_CUES.values())


TITLE_MAX_CHARS = 300
"""Characters of a title at most (TITLE_MAX_WORDS long words): a longer text is none, whatever its words."""


def _title_shaped_text(text: str) -> bool:
    """Text that may be a title at all: short, no sentence end, no URL."""
    return (len(text) <= TITLE_MAX_CHARS and len(text.split()) <= TITLE_MAX_WORDS and not URL.search(text)
            and not (ends_sentence(text) and not text.endswith(("?", ")"))))


def text_title_candidates(blocks: Sequence[Block], span: Callable[[int], int]) -> list[TitleCandidate]:
    """The first page's title-shaped blocks as candidates; ``span(index)`` says how many blocks after
    ``index`` continue it as a title (the structure stage's title-line rule)."""
    if not blocks:
        return []
    first_page = blocks[0].page
    page = [index for index, block in enumerate(blocks) if block.page == first_page and block.kind == "text"]
    # counted once: a count per block was quadratic in the first page's blocks (10,000 contact lines: minutes)
    repeated = Counter(blocks[index].text.casefold() for index in page)
    candidates = []
    covered = -1
    cover_only, masthead = True, False  # only cover lines so far on the page; a masthead's among them
    for position, index in enumerate(page):
        block = blocks[index]
        leads = False
        if cover_only:  # (past the page's first line that is no cover line, neither test can change a thing)
            cover_line = is_cover_line(block.text)
            # right after a masthead (a numbered line there is the first section's heading); a line in
            # capitals alone before it may be the title itself
            leads = masthead and not cover_line and not SECTION_NUMBER.match(block.text)
            cover_only = cover_line
            masthead = masthead or is_masthead_line(block.text)
        if index <= covered:
            continue  # a further line of the title above (its span), no title of its own
        before = blocks[index - 1] if index > 0 else None
        repeats = repeated[block.text.casefold()]
        head = title_head_lines(block)
        if head is not None:
            text = " ".join(line.text for line in block.lines[:head])
            candidates.append(TitleCandidate(index=index, extra=0, text=text, lines=head, before=before, after=block,
                                             position=position, repeats=repeats, head_lines=head, leads=leads))
        if block.kind != "text" or is_figure_caption(block):
            continue  # a picture's caption ("Photo 1: Talvenne") names the picture, not the brochure
        extra = span(index)
        joined = blocks[index:index + extra + 1]
        text = " ".join(part.text for part in joined)
        if len(text.split()) > TITLE_MAX_WORDS:
            extra, joined, text = 0, [block], block.text
        if not _title_shaped_text(text):
            continue
        covered = index + extra
        candidates.append(TitleCandidate(
            index=index, extra=extra, text=text, lines=sum(len(part.lines) for part in joined), before=before,
            after=blocks[index + extra + 1] if index + extra + 1 < len(blocks) else None, position=position, repeats=repeats,
            leads=leads))
    return candidates


def title_head_lines(block: Block) -> int | None:
    """How many of a block's first lines are a title in title case that the line joiner ran into
    the sentence-case line after it (a deck, a series line: "Closing the Gender Pay Gap in Georgia" /
    "Newsletter of the ... project"), or None. The line after must start with a capital: a line
    that goes on in lower case continues the title."""
    if block.kind != "text" or len(block.lines) < 2:
        return None
    for head in range(1, len(block.lines)):
        # a title over a dateline ("Valdonie · Projet Fil Juste, 2024-2028") ends right above it
        text = " ".join(line.text for line in block.lines[:head])
        if len(text.split()) > TITLE_MAX_WORDS:
            break
        if not has_masthead_separators(block.lines[head].text) or _open_end(text):
            continue
        if _title_shaped_text(text) and not has_masthead_separators(text):
            return head
        break
    for head in range(1, len(block.lines)):
        text = " ".join(line.text for line in block.lines[:head])
        following = block.lines[head].text
        if len(text.split()) > TITLE_MAX_WORDS or not _title_shaped_text(text):
            return None
        starts_item = following[:1].isupper() or bullet_match(following) or _LETTERED_ITEM.match(following)
        if is_capitals(text) or _open_end(text) or not starts_item:
            continue
        # a title in title case over a line in another case; or, in sentence case (French, Spanish),
        # over a deck, which ends without a full stop (a paragraph's lines end in a sentence)
        rest = " ".join(line.text for line in block.lines[head:])
        if _title_case(text) and not is_title_case(following) or not ends_sentence(rest) and not _title_case(rest):
            return head
    return None


def choose_text_title(candidates: Sequence[TitleCandidate], weights: TitleWeights = DEFAULT_TITLE_WEIGHTS) -> TitleCandidate | None:
    """The candidate with the highest score (the earlier on a tie), or None when there is none.

    The dearest cues (``DEFERRED_CUES``) are read only for a candidate that may still win: one whose
    other cues, with the most the deferred ones can add, reach the best score found so far; the
    others could not win whatever those cues said (the same choice as scoring every candidate)."""
    quick = [cue for name, cue in TITLE_CUES.items() if name not in DEFERRED_CUES]
    most = sum(bound(weights) for name, bound in DEFERRED_CUES.items() if name in TITLE_CUES)
    bounds = [sum(cue(candidate, weights) for cue in quick) + most for candidate in candidates]
    best: tuple[float, int, int] | None = None
    chosen = None
    for index in sorted(range(len(candidates)), key=lambda i: -bounds[i]):
        if best is not None and bounds[index] < best[0] - SCORE_SLACK:
            break  # no candidate after this one can reach the best score
        candidate = candidates[index]
        rank = (title_score(candidate, weights), -candidate.position, -index)
        if best is None or rank > best:
            best, chosen = rank, candidate
    return chosen


DEFERRED_CUES: dict[str, Callable[[TitleWeights], float]] = {
    "kicker": lambda w: max(w.kicker, 0.0),
    "person": lambda w: max(w.person, 0.0),
    "organization": lambda w: max(w.organization, 0.0),
    "role": lambda w: max(w.role, 0.0),
    "contact": lambda w: max(w.contact, 0.0),
    "contact_beside": lambda w: max(w.contact_beside, 0.0),
    "heads_body": lambda w: max(w.heads_body, 0.0),
}
"""The cues ``choose_text_title`` reads last (each reads the candidate's words against word lists
and patterns, or the blocks around it), by name: the most each can add under the weights (its
weight when it holds, nothing when not)."""
SCORE_SLACK = 1e-9
"""A bound summed in another order than the score may differ from it by rounding: a candidate is
passed over only when its bound is below the best score by more than this."""
