"""What a short line is: a person's name, an organization's name, a role. Word lists live in
pipeline/data/lexicon.json."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.languages import cue_text, cue_words
from pipeline.layout.patterns import more_words_than

LETTER_SPACED_MIN = 4
"""A line of at least this many tokens, (nearly) every one a single character, is set letter-spaced."""

LETTER_SPACED_SINGLE_SHARE = 0.75
"""Share of a letter-spaced line's tokens that are single characters, at least: the tool keeps a
kerned pair together ("W H O I S I N V O LV E D", "C O N TA C T"), never more than two."""


def is_letter_spaced(text: str) -> bool:
    """The line is set letter-spaced: LETTER_SPACED_MIN tokens or more, none longer than two
    characters, LETTER_SPACED_SINGLE_SHARE of them one character ("R E S U LT S S O FA R")."""
    tokens = text.split()
    return len(tokens) >= LETTER_SPACED_MIN and all(len(token) <= 2 for token in tokens) \
        and sum(len(token) == 1 for token in tokens) >= LETTER_SPACED_SINGLE_SHARE * len(tokens)


_TOKEN = re.compile(r"[\w'’.-]+")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    # every language's words: the structure stage reads a line before its language is known
    return (
        frozenset(cue_words("lexicon.json", "organization_words")),
        frozenset(cue_words("lexicon.json", "role_words")),
        frozenset(cue_words("lexicon.json", "name_particles")),
        tuple(sorted(cue_words("lexicon.json", "contact_intros"), key=len, reverse=True)),
        frozenset(cue_words("lexicon.json", "address_words")),
    )


def words(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=4096)  # the title's cues, the contact reader and the labeller ask about the same lines
def looks_like_person_name(text: str) -> bool:
    """2 to 5 capitalised words (particles such as "van" or "bin" allowed), no organization or
    role word, no digits: "Juan Somavia", "Ban Ki-moon", "Nguyen Thi Lan", "Georgia Thompson"."""
    org_words, role_words, particles, _, address_words = _lexicon()
    tokens = words(text)
    if not 2 <= len(tokens) <= 5 or any(char.isdigit() for char in text):
        return False
    if any(t.lower() in org_words or t.lower() in role_words or t.lower() in address_words for t in tokens):
        return False
    if all(t.isupper() and len(t) > 1 for t in tokens):  # "ILO ROAP" is an acronym pair, not a name
        return False
    return all(t[0].isupper() or t.lower() in particles for t in tokens)


def looks_like_organization(text: str) -> bool:
    """A name built on an organization word ("... Regional Office ...", "Ministry of ...") or
    led by an acronym ("ILO Country Office")."""
    org_words = _lexicon()[0]
    tokens = words(text)
    return any(t.lower() in org_words for t in tokens) or (bool(tokens) and tokens[0].isupper() and len(tokens[0]) >= 2)


@lru_cache(maxsize=4096)  # the title's cues, the contact reader and the labeller ask about the same lines
def has_organization_word(text: str) -> bool:
    """A word of the lexicon's organization words ("Office", "Ministry") is in ``text``."""
    org_words = _lexicon()[0]
    return any(token.lower() in org_words for token in words(text))


@lru_cache(maxsize=4096)  # the title's cues, the contact reader and the labeller ask about the same lines
def looks_like_role(text: str) -> bool:
    role_words = _lexicon()[1]
    return any(t.lower() in role_words for t in words(text))


def is_contact_intro(text: str) -> bool:
    """"For further information please contact:", "Contact", "Contact us": a short line that
    announces a contact panel."""
    return contact_intro_length(text) is not None


@lru_cache(maxsize=4096)  # the title's cues, the contact reader and the labeller ask about the same lines
def contact_intro_length(text: str) -> int | None:
    """How many characters of ``text`` the contact intro takes ("Contact: Rania Haddad, ..." has the
    name after it), or None when the line is no contact intro."""
    intros = _lexicon()[3]
    if more_words_than(text, 8):
        return None
    if cue_text(text) != text:  # "Contact :" is "Contact:"; the length counted is the printed text's
        normalised = contact_intro_length(cue_text(text))
        return None if normalised is None else _printed_length(text, normalised)
    lowered = text.lower()
    if not lowered.startswith(intros):  # one test of every intro in C: most lines start with none
        return None
    for intro in intros:  # longest first
        if lowered.startswith(intro) and (len(lowered) == len(intro) or not lowered[len(intro)].isalnum()):
            rest = lowered[len(intro):]
            return len(intro) + len(rest) - len(rest.lstrip(" :.-–"))
    return None


def looks_like_address(text: str) -> bool:
    """A street, building or town line: a number, or a word such as "Building", "Road", "Floor"."""
    address_words = _lexicon()[4]
    return any(char.isdigit() for char in text) or any(t.lower() in address_words for t in words(text))


def _printed_length(text: str, normalised_length: int) -> int:
    """The characters of ``text`` that hold the first ``normalised_length`` characters of its cue
    text (which has fewer spaces), with the separators after them ("Contact :" is 9 characters)."""
    position = next((p for p in range(len(text) + 1) if len(cue_text(text[:p])) >= normalised_length), len(text))
    while position < len(text) and text[position] in " :.-–\u00a0\u202f\u2009":
        position += 1
    return position
