"""A cheap test that a text may hold a match of a regular expression: the literal text every match
contains (the regex's *anchor*), looked for before the regex itself is run.

A data file's pattern ("\\bISBN ...", "(?:ACT/EMP|ILO|...)[-/]...") that starts with a word
boundary, a look-behind or an optional part gives Python's regex engine no prefix to skip ahead
by, so a search tries the whole pattern at every character of the text; most brochures hold no
match at all. The anchor is read from the pattern itself (its parsed form), so it follows the data:

- a run of literal characters in the pattern's top-level sequence (a group's own sequence counts
  too) is in every match; an alternation contributes when each of its branches has such a run
  (every match then holds one of them);
- the longest such run (or the alternation whose shortest run is longest) is the anchor;
- a text without the anchor holds no match; a text with it is searched as before. Under
  IGNORECASE the anchor is looked for with the pattern's own flags, so case folds as the pattern
  folds it.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _constants, _parser  # the parser of the re module itself: what a pattern means

_CASE_FLAGS = re.IGNORECASE | re.ASCII


@dataclass(frozen=True, slots=True)
class Anchor:
    """Literal texts one of which every match of a pattern contains."""

    literals: tuple[str, ...]
    folded: re.Pattern | None
    """The literals as a pattern with the pattern's case flags (None: case-sensitive, looked for with ``in``)."""
    lowered: tuple[str, ...] | None = None
    """Under IGNORECASE, with literals all ASCII: the literals in lower case, looked for in the text
    in lower case (one scan in C; a case-insensitive regex tries every character, 20 ns each)."""
    unlowered: str = ""
    """The characters other than ASCII that the pattern's case folding takes for a character of the
    literals (the dotless "ı" and "İ" for "i", the long "ſ" for "s", the Kelvin sign for "k"): lower
    case may not turn them into it, so a text holding one is searched with ``folded``."""

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds no match of the pattern."""
        if self.lowered is not None:
            lowered = _lower_case(text)
            if any(literal in lowered for literal in self.lowered):
                return True
            if text.isascii() or not any(char in text for char in self.unlowered):  # ``in``: a C scan a character
                return False
        if self.folded is not None:
            return self.folded.search(text) is not None
        return any(literal in text for literal in self.literals)


@lru_cache(maxsize=4)  # the ISBN and the ISSN anchors are looked for in the same text
def _lower_case(text: str) -> str:
    return text.lower()


@cache
def _other_characters() -> str:
    """Every character of the Basic Multilingual Plane but ASCII and the surrogates (no character
    beyond it folds to the case of an ASCII one)."""
    return array("I", [*range(0x80, 0xD800), *range(0xE000, 0x10000)]).tobytes().decode("utf-32-le")


def _unlowered(literals: tuple[str, ...], flags: int) -> str:
    """The characters other than ASCII that a pattern with ``flags`` matches for a character of ``literals``."""
    letters = "".join(sorted(set("".join(literals))))
    return "".join(sorted(set(re.findall("[" + re.escape(letters) + "]", _other_characters(), flags & _CASE_FLAGS))))


@lru_cache(maxsize=256)
def anchor_of(pattern: re.Pattern) -> Anchor | None:
    """The anchor of ``pattern`` (see the module's docstring), or None when it has none."""
    if not isinstance(pattern.pattern, str):
        return None
    literals = _best(_candidates(list(_parser.parse(pattern.pattern, pattern.flags))))
    if literals is None:
        return None
    folded = None
    if pattern.flags & re.IGNORECASE:
        folded = re.compile("|".join(map(re.escape, literals)), pattern.flags & _CASE_FLAGS)
        if all(literal.isascii() for literal in literals):
            unlowered = "" if pattern.flags & re.ASCII else _unlowered(literals, pattern.flags)
            return Anchor(literals, folded, tuple(literal.lower() for literal in literals), unlowered)
    return Anchor(literals, folded)


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``text`` holds no match of ``pattern``: its anchor is not in ``text``."""
    anchor = anchor_of(pattern)
    return anchor is None or anchor.may_match(text)


def _candidates(items: list) -> list[tuple[str, ...]]:
    """The alternatives (each a tuple of literal runs) every match of the sequence ``items`` holds."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(("".join(run),))
            run.clear()

    for op, value in items:
        if op is _constants.LITERAL:
            run.append(chr(value))
            continue
        close()
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, sequence = value
            if not add_flags and not del_flags:  # flags changed inside the group: its case may differ
                found.extend(_candidates(list(sequence)))
        elif op is _constants.BRANCH:
            branches = [_best(_candidates(list(branch))) for branch in value[1]]
            if branches and all(branch is not None for branch in branches):
                found.append(tuple(dict.fromkeys(literal for branch in branches for literal in branch)))
        elif op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT or op is _constants.POSSESSIVE_REPEAT:
            low, _high, sequence = value
            if low >= 1:  # a part repeated at least once is in every match
                found.extend(_candidates(list(sequence)))
        elif op is _constants.ATOMIC_GROUP:
            found.extend(_candidates(list(value)))
    close()
    return found


def _best(candidates: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most telling candidate: the one whose shortest literal is longest (fewer alternatives on a tie)."""
    if not candidates:
        return None
    return max(candidates, key=lambda literals: (min(map(len, literals)), -len(literals)))


_LEADING_LOOK_BEHIND = re.compile(r"^\(\?<!\[((?:\\.|[^\]\\])+)\]\)")


@dataclass(frozen=True, slots=True)
class LeadingLookBehind:
    """A pattern that opens with a negative look-behind of one character class ("(?<![\\w.])Bank"),
    searched without it: a pattern that opens with a look-behind gives the regex engine no first
    characters to skip ahead to, so it tries the whole pattern at every character of the text.
    ``rest`` is the pattern without its look-behind, ``before`` the look-behind's class; each match
    of ``rest`` is tested for the character before it, and after one that fails the search goes on
    from its next character, as the whole pattern's would: the same matches, groups included.
    (``before`` None: the pattern has no such look-behind and is searched as it is.)"""

    pattern: re.Pattern
    rest: re.Pattern
    before: re.Pattern | None

    def finditer(self, text: str) -> list[re.Match]:
        """``pattern.finditer(text)``, as a list."""
        if self.before is None:
            return list(self.pattern.finditer(text))
        found = []
        position = 0
        while (match := self.rest.search(text, position)) is not None:
            start = match.start()
            if match.end() == start:  # an empty match: finditer's rules for those are its own
                return list(self.pattern.finditer(text))
            if start > 0 and self.before.match(text, start - 1):
                position = start + 1
                continue
            found.append(match)
            position = match.end()
        return found


@lru_cache(maxsize=64)
def leading_look_behind(pattern: re.Pattern) -> LeadingLookBehind:
    """How to search ``pattern`` (see LeadingLookBehind): without its look-behind when the pattern
    is a sequence (no alternation at its top) that opens with a negative look-behind of one class."""
    found = _LEADING_LOOK_BEHIND.match(pattern.pattern) if isinstance(pattern.pattern, str) else None
    if found is not None:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
        # (a pattern with an alternation at its top parses as one BRANCH: its look-behind is one branch's)
        if items and items[0][0] is _constants.ASSERT_NOT and items[0][1][0] == -1:
            return LeadingLookBehind(pattern, re.compile(pattern.pattern[found.end():], pattern.flags),
                                     re.compile(f"[{found.group(1)}]", pattern.flags))
    return LeadingLookBehind(pattern, pattern, None)
