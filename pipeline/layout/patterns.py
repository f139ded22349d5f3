"""What a single line looks like: bullet, numbered item, URL, contact field, credit, page number.

These tests read one line's text; the joining and structure stages decide what the line means in
its context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import repeat

import pycountry

from pipeline.languages import alternation, cue_words
from pipeline.resources import data_file

CAPITALS = "A-ZÀ-ÖØ-ÞŒ"
"""A character class's body for the capital letters a sentence of a supported language opens with
("État", "À partir de", "Ésta"): ASCII [A-Z] misses the accented ones French and Spanish use."""
# A glyph bullet: the glyph, then white space, then text. "o" and "-" count only with the space.
BULLET = re.compile(r"^(?P<marker>[•●○◦▪■□◆◇►▶▸➢➤➣✓✔❖⁃∙·*]|[-–—](?=\s)|o(?=\s))\s*(?P<rest>.*)$")
# Numbered items and numbered headings: "1." "2)" "(3)" "a)" "a. Capital" "(iv)" "2.1" "2.1.". (A lone small
# letter and a full stop open no sentence, so "a. No recruitment fees" is a lettered item.)
NUMBERED = re.compile(
    r"^(?P<marker>\d{1,2}(?:\.\d{1,2})+\.?(?=\s+[" + CAPITALS + r"\"“‘(])|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\)"
    r"|[a-h]\.(?=\s+[" + CAPITALS + r"\"“‘(])"
    r"|\(?[ivx]{1,4}\))\s+(?P<rest>\S.*)$"
)
# The label a list item starts with, where a structure tree says the text is a list item (a
# lettered "a." or a capital "B)" there is a label, not the start of a sentence).
LIST_LABEL = re.compile(r"^(?P<marker>\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+(?P<rest>\S.*)$")


def _top_level_domains() -> list[str]:
    """The domains a bare address may end in (data/web.json's generic ones and every ISO 3166-1
    alpha-2 code), longest first."""
    codes = [country.alpha_2.lower() for country in pycountry.countries]
    return sorted({*data_file("web.json")["generic_top_level_domains"], *codes}, key=lambda tld: (-len(tld), tld))


def by_first_letter(words: list[str]) -> str:
    """A regular expression's alternation of ``words`` (literal, none empty) grouped by first letter
    ("ac|ad|b" -> "a(?:c|d)|b"), each group's words in their order: it matches what the flat
    alternation matches, with the same preference (only words of one first letter can match at a
    place), and tries one branch per letter instead of every word. The bare address's top-level
    domains were ~270 branches tried at every label of a long dotted word (0.9 s a MB, per search)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")" for first, rests in groups.items())


# A web address: with its scheme or "www." (any case), or bare ("ilostat.ilo.org/topics/wages",
# "alliance87.org"): lower-case labels ending in a known top-level domain, starting where a word
# starts and not inside an e-mail address or a path, and not followed by more of a word. Lower
# case only, so a sentence run into the next ("end.It") or a file name in capitals is no address.
_URL_PATTERN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"“”‘’]+"
    r"|(?<![\w@.\-/])(?-i:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + by_first_letter(_top_level_domains()) + r")"
    r"(?:/[^\s<>\"“”‘’]*)?)(?![\w@-])",
    re.IGNORECASE,
)


class PrefilteredPattern:
    """A compiled pattern with a cheap test run first: ``may_match(text)`` is False only when
    ``text`` holds no match of ``regex``, so each method returns what the pattern's own returns
    (with the same ``pos``/``endpos``/``count`` arguments) without running the pattern over a text
    that fails the test (most lines hold no address). Any other attribute is the pattern's own:
    ``.pattern`` is the source string and ``.flags`` the flags, as on ``re.Pattern``."""

    __slots__ = ("regex", "may_match")

    def __init__(self, regex: re.Pattern, may_match: Callable[[str], bool]):
        self.regex = regex
        self.may_match = may_match

    def __getattr__(self, name: str):
        return getattr(self.regex, name)  # (any other method or attribute: the pattern's own, run as it is)

    # The test reads the whole text: a match inside text[pos:endpos] is inside text, so a text that
    # fails it holds no match in any slice either.
    def search(self, text: str, *args, **kwargs) -> re.Match | None:
        return self.regex.search(text, *args, **kwargs) if self.may_match(text) else None

    def match(self, text: str, *args, **kwargs) -> re.Match | None:
        return self.regex.match(text, *args, **kwargs) if self.may_match(text) else None

    def fullmatch(self, text: str, *args, **kwargs) -> re.Match | None:
        return self.regex.fullmatch(text, *args, **kwargs) if self.may_match(text) else None

    def finditer(self, text: str, *args, **kwargs) -> Iterator[re.Match]:
        return self.regex.finditer(text, *args, **kwargs) if self.may_match(text) else iter(())

    def findall(self, text: str, *args, **kwargs) -> list:
        return self.regex.findall(text, *args, **kwargs) if self.may_match(text) else []

    def sub(self, replacement, text: str, *args, **kwargs) -> str:
        return self.regex.sub(replacement, text, *args, **kwargs) if self.may_match(text) else text


def _url_test() -> Callable[[str], bool]:
    """The cheap test for a web address: a match with its scheme holds "://", one with "www." holds
    it in some case (no character but "W" folds to "w"), and a bare one holds a full stop followed by
    a top-level domain's first letter (the last label's "." before the domain)."""
    dot_domain = re.compile(r"\.[" + re.escape("".join(sorted({tld[0] for tld in _top_level_domains()}))) + "]")
    return lambda text: "://" in text or dot_domain.search(text) is not None or "www." in text.lower()


URL = PrefilteredPattern(_URL_PATTERN, _url_test())
# An address starts where a word starts. Without the look-behind a long word with no "@" in it is
# tried from every one of its letters, each try reading on to the word's end: quadratic in the
# word's length (a 200 kB word beside a "www." took a minute).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number printed without a label: international ("+264 64 209 118", "+1 (868) 625-0524"),
# the shape every blind brochure's contact panel used. A national number ("021 555 1234") needs its
# label (CONTACT_FIELD): bare, it looks like any other figure. PHONE_DIGITS bounds the digits (ITU
# E.164: at most 15).
PHONE = re.compile(r"(?<![\w+])\+\s?\d(?:[\s.\-/]?\(?\d{1,5}\)?){2,7}(?![\w@])")
PHONE_DIGITS = (7, 15)
# "Email a@b.org": the value is the rest of the line, one word with an "@" inside. The look-ahead
# reads that word once; without it a word of many "@" followed by more text was split at each "@"
# and the rest reread each time (quadratic).
# The labels of the other languages ("Tél. :", "Courriel :", "Correo electrónico:") come from their
# lexicons (pipeline/languages.py); French typography's space before the colon is allowed.
CONTACT_FIELD = re.compile(
    r"^(?P<label>tel(?:ephone)?|phone|ph|mob(?:ile)?|fax|e-?mail|web(?:site)?|internet|url|[tfemw])\.?\s*:\s*(?P<value>\S.*)$"
    r"|^(?P<label2>tel|fax|phone|email|e-mail)\.?\s+(?P<value2>[+(0-9].*|(?=\S++$)\S+@\S+)$"
    r"|^(?P<label3>" + alternation(cue_words("lexicon.json", "contact_field_labels")) + r")\.?[\s\u00a0\u202f]*:\s*(?P<value3>\S.*)$",
    re.IGNORECASE,
)
# "Page 2 sur 4", "Página 2 de 4": the words of the other languages come from their lexicons
PAGE_NUMBER = re.compile(r"^(?:(?:page|" + alternation(cue_words("lexicon.json", "page_words")) + r")\s+)?\d{1,3}(?:\s*(?:of|/|"
                         + alternation(cue_words("lexicon.json", "page_of_words")) + r")\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$",
                         re.IGNORECASE)
CREDIT = re.compile(
    r"^(?:(?:all\s+|cover\s+)?photos?(?:\s+credits?)?\s*(?:[:©]|by\b|courtesy\b)|cover\s*:|©\s*\w|photo\s*:|image\s*:|credit\s*:|copyright\b"
    r"|(?:" + alternation(cue_words("lexicon.json", "credit_labels")) + r")\s*[:©])",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.!?:;][\"”’)\]]*$|[\"”’][.!?]$")
OPENING_QUOTE = re.compile(r"^[“\"‘«]")


@lru_cache(maxsize=16384)  # the joiner asks again about the same lines
def bullet_match(text: str) -> tuple[str, str] | None:
    """(marker, rest) when the line starts with a bullet glyph or a number, else None."""
    match = BULLET.match(text) or NUMBERED.match(text)
    if match:
        return match["marker"], match["rest"]
    if text[:1] and _is_symbol_mark(text[0]) and (len(text) == 1 or text[1].isspace()) and not _is_contact_value(text[1:].strip()):
        return text[0], text[1:].strip()
    return None


def _is_contact_value(text: str) -> bool:
    """A phone number, an e-mail or a web address alone (or a labelled contact field): what follows
    a symbol font's telephone, envelope or globe icon on a contact panel's line, not a list item."""
    return bool(is_contact_field(text) or PHONE.fullmatch(text) or EMAIL.fullmatch(text) or URL.fullmatch(text))


SYMBOL_MARK_RANGES = ((0x2190, 0x21FF), (0x25A0, 0x27BF), (0x27F0, 0x27FF), (0x2900, 0x297F), (0x2B00, 0x2BFF),
                      (0xE000, 0xF8FF))
"""Where a designer's bullet glyphs live in Unicode when they are none of BULLET's: arrows, geometric
shapes, miscellaneous symbols and dingbats ("⚓", "✦", "☐", "⬥"), and the private use area a
symbol font's glyphs are mapped to when the font gives no Unicode."""
NOT_SYMBOL_MARKS = frozenset("☎✆✉☏")
"""Symbols that open a contact line (a telephone, an envelope), not a list item."""


def _is_symbol_mark(character: str) -> bool:
    code = ord(character)
    return character not in NOT_SYMBOL_MARKS and any(low <= code <= high for low, high in SYMBOL_MARK_RANGES)


@lru_cache(maxsize=16384)  # the joiner asks again about the same lines
def is_url_only(text: str) -> bool:
    """The line holds nothing but one or more URLs (or e-mail addresses)."""
    lowered = text.lower()
    if "." not in lowered and "://" not in lowered and "@" not in lowered:  # an address has a dot ("alliance87.org")
        return False
    return not URL.sub("", EMAIL.sub("", text)).strip(" ,;|")


@lru_cache(maxsize=16384)  # the joiner asks again about the same lines
def is_capitals(text: str) -> bool:
    """A line in capitals: at least four letters, every one upper case ("TOGETHER FOR SOCIAL JUSTICE")."""
    if text.isascii():  # an ASCII letter is upper or lower case: counted in C, most lines stop at their first small letter
        return not any(map(str.islower, text)) and sum(map(str.isupper, text)) >= 4
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= 4 and all(char.isupper() for char in letters)


def more_words_than(text: str, count: int) -> bool:
    """``len(text.split()) > count``, splitting no further than needed (a paragraph is tested against
    the few words of a heading, a title or a contact line)."""
    return len(text.split(None, count)) > count


@lru_cache(maxsize=16384)  # the joiner, the table finder and the contact reader ask about the same lines
def is_contact_field(text: str) -> bool:
    return CONTACT_FIELD.match(text) is not None


def phone_numbers(text: str) -> list[re.Match]:
    """The international phone numbers printed in ``text`` without a label."""
    if "+" not in text:  # every number PHONE takes starts with its "+": most lines are not searched
        return []
    low, high = PHONE_DIGITS
    return [m for m in PHONE.finditer(text) if low <= sum(c.isdigit() for c in m.group(0)) <= high]


def is_credit(text: str) -> bool:
    """A photo credit or copyright line: page furniture that names who took the pictures."""
    return len(text) <= 120 and CREDIT.match(text) is not None


LEADER_MIN_RUN = 4
"""Leader characters in a row that draw a rule, a leader or a form's blank ("Name: ........")."""
_LEADER_CHARACTERS = r"[.…_\-–—=~·|*]"
_LEADER_RUN = re.compile(rf"{_LEADER_CHARACTERS}{{{LEADER_MIN_RUN},}}|(?:{_LEADER_CHARACTERS} ){{{LEADER_MIN_RUN},}}")


def is_drawn_with_characters(text: str) -> bool:
    """The line is, or holds, a rule or leader drawn with characters: a run of LEADER_MIN_RUN or more
    dots, ellipses, underscores, dashes or bars ("__________", "Nom et prénom : ……………",
    "Fecha: ......... / ......... / 2026"). Such a line is a form's blank or a drawn rule: it is no
    table cell (its dots do not make a grid) and no heading."""
    return _LEADER_RUN.search(text) is not None


def is_page_number(text: str) -> bool:
    return PAGE_NUMBER.match(text.strip()) is not None


_PART_COUNTER = re.compile(r"^(?P<label>[^\W\d_][^\W\d_.]*\.?)\s+(?P<part>\d{1,3})\s*(?:of|/|"
                           + alternation(cue_words("lexicon.json", "page_of_words")) + r")\s*(?P<parts>\d{1,3})$", re.IGNORECASE)


def is_part_counter(text: str) -> bool:
    """A line that counts the parts of a brochure: a word, then which part of how many ("Page 1 of 2",
    "Slide 2 of 3", "Card 4 of 6", "Página 1 de 2", "Diapositive 3 sur 6", "FICHE 1/6"; the part no
    higher than the count). Printed on every page, card or slide, it is page furniture wherever the
    text tool set it (in the middle of a page when it read a column after the footer), never a
    heading."""
    match = _PART_COUNTER.match(text.strip())
    return match is not None and 1 <= int(match["part"]) <= int(match["parts"])


@lru_cache(maxsize=16384)  # the joiner asks again about the same lines
def ends_sentence(text: str) -> bool:
    return TERMINAL.search(text) is not None


@lru_cache(maxsize=16384)  # the joiner asks again about the same lines
def starts_lowercase(text: str) -> bool:
    for char in text:
        if char.isalpha():
            return char.islower()
        if char not in "\"“‘'(¿¡«":
            return False
    return False


@cache
def _char_widths() -> tuple[dict[str, int], int]:
    table = data_file("helvetica_widths.json")
    widths = {chr(table["first_code"] + i): w for i, w in enumerate(table["widths"])}
    return widths, table["default"]


@lru_cache(maxsize=65536)
def text_width(text: str) -> float:
    """Estimated printed width of ``text`` in em/1000 of a proportional font (Helvetica metrics).

    Brochures are set in proportional type, so character counts misjudge line fullness: a line of
    capitals is full at fewer characters than a line of "i"s. Accented letters take their base
    letter's width."""
    widths, default = _char_widths()
    return sum(map(widths.get, text, repeat(default)))  # widths.get(char, default), in C
