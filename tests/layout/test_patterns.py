"""The line tests of pipeline/layout/patterns.py: those with a fast path give what their plain
definition gives, for any text (hypothesis), so that the fast path changes no record; web addresses."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout.patterns import (
    URL,
    _char_widths,
    bullet_match,
    by_first_letter,
    is_capitals,
    is_url_only,
    more_words_than,
    text_width,
)

# letters of both cases, uncased letters (Arabic, CJK), upper-case symbols that are no letters
# (Ⓐ, Ⅻ), digits, punctuation and every kind of white space
_LINE_CHARACTERS = st.sampled_from(list("AbCdEfGHIJklmnOPQRsTUvWXyZ ÉéÑñßİıǅ ٣ م 中 ⒶⅫ 0 1 2 . , - – \t\n\u00a0\u2009")) | st.characters()
LINES = st.text(_LINE_CHARACTERS, max_size=40) | st.text(st.sampled_from(list("ABCDEFGHabc 12.-")), max_size=20)  # ASCII lines too


@settings(max_examples=400, deadline=None)
@given(LINES, st.integers(min_value=0, max_value=12))
def test_more_words_than_counts_as_split_does(text, count):
    assert more_words_than(text, count) == (len(text.split()) > count)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_is_capitals_is_four_letters_or_more_all_upper_case(text):
    letters = [char for char in text if char.isalpha()]
    assert is_capitals(text) == (len(letters) >= 4 and all(char.isupper() for char in letters))


def test_is_capitals_of_lines():
    assert is_capitals("2. NEXT STEPS") and is_capitals("TOGETHER FOR SOCIAL JUSTICE")
    assert not is_capitals("Next Steps") and not is_capitals("ILO") and not is_capitals("ÉTAPES suivantes")
    assert not is_capitals("THE ILO Programme")
    assert is_capitals("ÉTAPES SUIVANTES")


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_text_width_is_the_sum_of_the_character_widths(text):
    widths, default = _char_widths()
    assert text_width(text) == sum(widths.get(char, default) for char in text)


def test_a_designers_symbol_glyph_opens_a_list_item():
    from pipeline.layout.patterns import bullet_match

    assert bullet_match("⚓ Training for 60 labour inspectors") == ("⚓", "Training for 60 labour inspectors")
    assert bullet_match("\ue00b inspecciones conjuntas en las haciendas") == ("\ue00b", "inspecciones conjuntas en las haciendas")
    assert bullet_match("✦") == ("✦", "")
    # a telephone or an envelope opens a contact line; a symbol glued to a word, a copyright line: no item
    assert bullet_match("☎ +66 2 288 1234") is None
    assert bullet_match("✉ bangkok@ilo.org") is None
    assert bullet_match("★Stars of the programme") is None
    assert bullet_match("© ILO 2024") is None


@pytest.mark.parametrize("text, addresses", [
    ("Data: ilostat.ilo.org/topics/wages.", ["ilostat.ilo.org/topics/wages."]),
    ("See alliance87.org and fid.mg/rapports", ["alliance87.org", "fid.mg/rapports"]),
    ("www.ilo.org/suva", ["www.ilo.org/suva"]),
])
def test_a_web_address_is_found_with_or_without_its_scheme(text, addresses):
    assert [match.group(0) for match in URL.finditer(text)] == addresses


@pytest.mark.parametrize("text", [
    "Write to baptiste@ilo.org today",  # an e-mail address, not a web address
    "e.g. the U.S. and i.e. others",  # abbreviations: one-letter labels, capitals
    "the end.It goes on",  # a sentence run into the next: capitals are no address
    "report.pdf and 3.5 bn",  # not a top-level domain; a figure
    "ilo.organization",  # a domain followed by more of a word
])
def test_text_that_only_looks_like_an_address_is_none(text):
    assert URL.search(text) is None


def test_a_bare_address_alone_on_its_line_is_a_url_line():
    assert is_url_only("ilostat.ilo.org/topics/wages")
    assert not is_url_only("Wages rose by 3.5 per cent")


@pytest.mark.parametrize("line", ["\uf095 +62 21 391 3112", "\uf0e0 jakarta@ilo.org", "\uf0ac www.ilo.org/jakarta",
                                  "\uf0b0 Tel: +66 2 288 1234"])
def test_an_icon_before_a_phone_mail_or_web_address_opens_a_contact_line_not_a_list_item(line):
    assert bullet_match(line) is None


@pytest.mark.parametrize("line", ["\uf0a7 Training for labour inspectors", "➤ Safer workplaces in 40 factories"])
def test_an_icon_before_words_is_a_list_item(line):
    assert bullet_match(line) == (line[0], line[2:])


# web addresses of every shape the pattern takes, pieces of them and their near misses
_ADDRESS_PIECES = st.sampled_from(["http://", "HTTPS://", "hTTp://", "://", "www.", "WwW.", "ww.", ".org", ".com/", ".uk", ".int",
                                   ".xyz", "ilo", "a-b", "-", "/", "@", ".", " ", "\n", "é", "ſ", "K", "İ", "2", "e.g.", "end.It"])
_ADDRESS_TEXTS = st.lists(_ADDRESS_PIECES | st.text(_LINE_CHARACTERS, max_size=4), max_size=12).map("".join)


def _url_results(pattern, text: str) -> tuple:
    return (pattern.search(text) and pattern.search(text).span(), pattern.match(text) and pattern.match(text).span(),
            pattern.fullmatch(text) and pattern.fullmatch(text).span(), [m.span() for m in pattern.finditer(text)],
            pattern.findall(text), pattern.sub("", text))


@settings(max_examples=1500, deadline=None)
@given(_ADDRESS_TEXTS | LINES)
def test_url_with_its_cheap_test_finds_what_the_pattern_finds(text):
    """URL skips texts that hold no "://", no "www." in any case and no full stop before a domain's
    first letter: the same matches as the pattern run over every text."""
    assert _url_results(URL, text) == _url_results(URL.regex, text)


@settings(max_examples=400, deadline=None)
@given(_ADDRESS_TEXTS, st.integers(0, 30), st.integers(0, 40))
def test_url_passes_pos_and_endpos_on_as_the_pattern_takes_them(text, pos, endpos):
    """URL's methods take the pattern's own further arguments (pos, endpos, count) and give what the
    pattern gives with them; its other attributes are the pattern's own (the source string)."""
    assert URL.pattern == URL.regex.pattern and isinstance(URL.pattern, str) and URL.flags == URL.regex.flags
    for method in ("search", "match", "fullmatch"):
        found, expected = getattr(URL, method)(text, pos, endpos), getattr(URL.regex, method)(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in URL.finditer(text, pos, endpos)] == [m.span() for m in URL.regex.finditer(text, pos, endpos)]
    assert URL.findall(text, pos=pos) == URL.regex.findall(text, pos=pos)
    assert URL.sub("", text, count=1) == URL.regex.sub("", text, count=1)


def test_url_cheap_test_on_the_samples_lines():
    """The same on every line (and whole text) of the samples and the zoo's text brochures."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    paths = sorted(root.glob("samples/*.txt")) + sorted((root / "tests/zoo/corpus").glob("*.txt"))[:120]
    assert paths
    skipped = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in [text, *text.splitlines()]:
            skipped += not URL.may_match(line)
            assert _url_results(URL, line) == _url_results(URL.regex, line), (path.name, line)
    assert skipped  # (the test skips texts at all)


_WORDS = st.lists(st.text(st.sampled_from(list("abco-")), min_size=1, max_size=4), min_size=1, max_size=12, unique=True)


@settings(max_examples=500, deadline=None)
@given(_WORDS, st.text(st.sampled_from(list("abco.-/ @")), max_size=30))
def test_an_alternation_grouped_by_first_letter_matches_as_the_flat_one(words, text):
    """The bare web address's top-level domains are one branch per first letter (fewer branches
    tried at each label of a long dotted word); in a pattern that backtracks over labels into the
    alternation, as the address's does, every match is the flat alternation's, word order kept."""
    words = sorted(words, key=lambda word: (-len(word), word))  # (longest first, as the domains are)
    shape = r"(?:[a-z](?:[a-z-]*[a-z])?\.)+(?:{})(?:/[a-z]*)?(?![\w@-])"
    flat = re.compile(shape.format("|".join(re.escape(word) for word in words)))
    grouped = re.compile(shape.format(by_first_letter(words)))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_a_long_dotted_word_is_no_address_and_the_addresses_beside_it_are():
    line = "see ilostat.ilo.org/topics and " + "a." * 2000 + "@ or www.ilo.org"
    assert [m.group() for m in URL.finditer(line)] == ["ilostat.ilo.org/topics", "www.ilo.org"]


@pytest.mark.parametrize("text", ["Slide 2 of 3", "Card 4 of 6", "Página 1 de 2", "Diapositive 3 sur 6", "FICHE 1/6"])
def test_a_line_that_counts_the_parts_is_a_part_counter(text):
    from pipeline.layout.patterns import is_part_counter

    assert is_part_counter(text)


@pytest.mark.parametrize("text", ["Step 4 of 3", "Curso 2", "Décision 4.1", "3", "Results 2021 of 2025"])
def test_a_number_that_counts_no_parts_is_no_part_counter(text):
    from pipeline.layout.patterns import is_part_counter

    assert not is_part_counter(text)
