"""Publication metadata: a BrochureRecord in, its ``publication`` (year, ISBN/ISSN, ILO publication
codes, publishing office, language, work key) and the language of each page out.

The cues (copyright lines, "Printed in", ISBN and ISSN labels, code prefixes, each language's
commonest words and scripts) are in pipeline/data/publication.json. Everything is read from the
record's own text, so the PDF and the text of one brochure give the same values wherever the
pipeline read the same words.

The work key links the PDF and the text of one brochure. It is a digest of the first of:
- the ISBNs printed (sorted): an ISBN names one work in every file of it;
- the publication codes printed (sorted) and the publication year;
- the content: the set of digit runs (two digits or more) in all the record's text (title,
  sections, tables, quotes, contacts, links, credits, furniture), and where there are fewer than
  MIN_DIGIT_RUNS, the set of its words too. Digits survive every reader alike (no hyphenation,
  no case, no joined words), and two brochures that share a title (the zoo has ten "Towards the
  Elimination of Child Labour") differ in their years, figures and phone numbers. The title is not
  part of the key: the text path reads a kicker ("Policy Brief 12") as the title of 84% of the zoo's
  text files, which would part the two files of a brochure.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from pipeline.anchors import leading_look_behind, may_match
from pipeline.record import BrochureRecord, Publication, PublishingOffice, all_sections
from pipeline.resources import data_file

MIN_DIGIT_RUNS = 5
"""A brochure with fewer distinct digit runs than this is told apart by its words as well."""
WORK_KEY_LENGTH = 16
"""Hex digits of SHA-256 in a work key."""
LANGUAGE_SAMPLE_CHARS = 100_000
"""At most this many characters of a text are read to tell its language: ten evenly spaced
stretches of a longer one (a 20 MB text file would take seconds, and tells no more)."""
LANGUAGE_SAMPLE_PARTS = 10

PIECE_SEPARATOR = "\n\x00\n"
"""Between the pieces of a record's text searched as one: "\x00" (control characters are dropped
when a file is read), which no ``\\s`` or ``\\w`` takes, between line breaks that no ``[^\\n]`` takes."""

K = TypeVar("K")

_YEAR = r"((?:18|19|20|21)\d\d)"
_A_YEAR = re.compile(_YEAR)
_WORD = re.compile(r"[^\W\d_]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_DIGITS = re.compile(r"\d{2,}")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


class _Unset:
    """The type of UNSET: no value given (None is a value: a language that cannot be told)."""


UNSET = _Unset()


@dataclass(frozen=True, slots=True)
class RecordText:
    """One piece of a record's text and the page it stands on (None: unknown, or a one-page text file)."""

    text: str
    page: int | None


@dataclass(frozen=True, slots=True)
class _Cues:
    years: list[tuple[str, re.Pattern]]
    isbn: re.Pattern
    issn: re.Pattern
    code: re.Pattern
    publisher: list[re.Pattern]
    languages: dict[str, dict[str, float]]
    """Each language's commonest words and what each weighs (one over the languages that list it)."""
    scripts: dict[str, re.Pattern]
    """Per language, a pattern of one character of its script (counted with findall: C speed on a
    20 MB text file)."""
    any_script: re.Pattern
    """One character of any of those scripts: counted first, so a text in none of them (most) is
    read once, not once per script."""
    min_language_words: int
    min_script_share: float
    language_margin: float


@cache
def cues() -> _Cues:
    """The cues of pipeline/data/publication.json, compiled once per process."""
    data = data_file("publication.json")
    order = {kind: rank for rank, kind in enumerate(data["year_cue_order"])}
    years = sorted(((cue["kind"], re.compile(cue["pattern"].replace("{year}", _YEAR), re.IGNORECASE | re.MULTILINE))
                    for cue in data["year_cues"]), key=lambda cue: order[cue[0]])
    prefixes = "|".join(re.escape(p) for p in sorted(data["code_prefixes"], key=len, reverse=True))
    return _Cues(
        years=years,
        isbn=re.compile(data["isbn_cue"], re.IGNORECASE),
        issn=re.compile(data["issn_cue"], re.IGNORECASE),
        code=re.compile(data["code_pattern"].replace("{prefixes}", prefixes)),
        publisher=[re.compile(cue, re.IGNORECASE) for cue in data["publisher_cues"]],
        languages=_shared_weights(data["languages"]),
        scripts={code: re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges) + "]")
                 for code, ranges in data["scripts"].items()},
        any_script=re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for ranges in data["scripts"].values()
                                            for low, high in ranges) + "]"),
        min_language_words=data["min_language_words"],
        min_script_share=data["min_script_share"],
        language_margin=data["language_margin"],
    )


def _shared_weights(languages: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Each language's commonest words, each weighing one over the number of languages that list it: "de" and "en"
    are Spanish and Dutch, "la" and "que" French and Spanish; counted whole for each, the other language closes the
    margin on a short Spanish brochure."""
    listed = {code: {w.casefold() for w in words} for code, words in languages.items()}
    shares = Counter(w for words in listed.values() for w in words)
    return {code: {w: 1 / shares[w] for w in words} for code, words in listed.items()}


def record_texts(record: BrochureRecord) -> Iterator[RecordText]:
    """Every piece of text a record holds, in reading order, with its page."""
    for text in (record.title, record.subtitle, record.publisher):
        if text:
            yield RecordText(text, None)
    for section in all_sections(record.sections):
        if section.heading:
            yield RecordText(section.heading, section.page)
        for item in [*section.paragraphs, *section.bullets]:
            yield RecordText(item.text, item.page)
    for quote in record.quotes:
        yield RecordText(quote.text if not quote.attribution else f"{quote.text}\n{quote.attribution}", quote.page)
    for contact in record.contacts:
        yield RecordText(contact.text, contact.page)
    for link in record.links:
        yield RecordText(f"{link.title or ''}\n{link.url}", link.page)
    for table in record.tables:
        cells = [cell for row in [*table.header_rows, *table.rows] for cell in row if cell]
        yield RecordText("\n".join([table.caption or "", *cells, table.source_note or ""]), table.page)
    for credit in record.credits:
        yield RecordText(credit, None)
    for line in record.furniture:
        yield RecordText(line.text, line.page)


def publication_of(record: BrochureRecord, *, language: str | None | _Unset = UNSET,
                   texts: list[RecordText] | None = None) -> Publication:
    """The publication metadata of ``record`` (its ids already stable: the office is an org id).
    ``language``: the language of all its text when the caller has told it already
    (``record_languages``); ``texts``: ``record_texts(record)`` when the caller has read them."""
    texts = list(record_texts(record)) if texts is None else texts
    if isinstance(language, _Unset):
        language = language_of(" ".join(piece.text for piece in texts))
    year, evidence = publication_year(texts)
    whole = PIECE_SEPARATOR.join(piece.text for piece in texts)
    setting = cues()
    isbns = _unique(_isbns(_piece_matches(setting.isbn, texts, whole)))
    issns = _unique(_issns(_piece_matches(setting.issn, texts, whole)))
    codes = _unique(_codes(_piece_matches(setting.code, texts, whole)))
    return Publication(
        year=year, year_evidence=evidence, isbn=isbns, issn=issns, codes=codes,
        office=publishing_office(record, texts), language=language,
        work_key=work_key(texts, isbns, codes, year),
    )


def with_publication(record: BrochureRecord, *, words: PageWords | None = None) -> BrochureRecord:
    """``record`` with its publication metadata, each page's language, and a warning for each page
    in a language other than the brochure's (a page of another language is flagged, not silently
    mixed in). ``words``: what the entities stage read of the record's pages (their languages are
    then told counting only the words it did not read; the same languages)."""
    texts = list(record_texts(record))  # read once for both
    whole_language, page_languages = record_languages(record, words=words, texts=texts)
    publication = publication_of(record, language=whole_language, texts=texts)
    warnings = list(record.warnings)
    pages = []
    for accounting in record.pages:
        language = page_languages.get(accounting.page)  # a page without text tells none
        pages.append(accounting.model_copy(update={"language": language}))
        if language and publication.language and language != publication.language:
            warnings.append(f"page {accounting.page} is in another language ({language}) than the brochure ({publication.language})")
    return record.model_copy(update={"publication": publication, "pages": pages, "warnings": warnings})


def record_languages(record: BrochureRecord, *, words: PageWords | None = None,
                     texts: list[RecordText] | None = None) -> tuple[str | None, dict[int | None, str | None]]:
    """The language of all of ``record``'s text, and of the text of each page it has text on (None:
    the pieces on no page), each as ``language_of`` tells it; the pages' words counted once, and
    with ``words`` (what the entities stage read: ``pipeline.entities.block_languages_of``) only the
    words of the pieces it did not read. ``texts``: ``record_texts(record)`` when the caller has read them."""
    texts = list(record_texts(record)) if texts is None else texts
    by_page: dict[int | None, list[str]] = {}
    for piece in texts:
        by_page.setdefault(piece.page, []).append(piece.text)
    pieces: dict[int | None, list[str]] = {page: [] for page in by_page}
    for text, page in _block_pieces(record):
        pieces[page].append(text)
    told = tell_languages(pieces, " ".join(piece.text for piece in texts), known=words,
                          part_texts={page: " ".join(page_pieces) for page, page_pieces in by_page.items()})
    return told.language, told.parts


def _block_pieces(record: BrochureRecord) -> Iterator[tuple[str, int | None]]:
    """The pieces of ``record_texts``, cut where the entities stage reads them as blocks of their own
    (a quote and its attribution, a link's title and address, a table's caption and each cell), with
    their pages; each RecordText's words are those of its pieces."""
    for text in (record.title, record.subtitle, record.publisher):
        if text:
            yield text, None
    for section in all_sections(record.sections):
        if section.heading:
            yield section.heading, section.page
        for item in [*section.paragraphs, *section.bullets]:
            yield item.text, item.page
    for quote in record.quotes:
        yield quote.text, quote.page
        if quote.attribution:
            yield quote.attribution, quote.page
    for contact in record.contacts:
        yield contact.text, contact.page
    for link in record.links:
        yield link.title or "", link.page
        yield link.url, link.page
    for table in record.tables:
        yield table.caption or "", table.page
        yield from ((cell, table.page) for row in [*table.header_rows, *table.rows] for cell in row if cell)
        yield table.source_note or "", table.page
    for credit in record.credits:
        yield credit, None
    for line in record.furniture:
        yield line.text, line.page


def publication_year(texts: list[RecordText]) -> tuple[int | None, str | None]:
    """The year of publication and the words it was read from: the first cue kind that matches
    anywhere (a copyright line before "First published", before "Printed in", before a dated
    cover), its first match in reading order."""
    # one search per cue over all the text; "\x00" between pieces, which no \s or [^\n] takes, so a cue
    # never spans two pieces ("©" ending one, a year starting the next)
    # every cue holds a year and no match crosses two pieces, so the pieces without one are left out
    # (the same first match, over a fraction of the text)
    whole = PIECE_SEPARATOR.join(piece.text.strip() for piece in texts if _A_YEAR.search(piece.text))
    for _kind, pattern in cues().years:
        # (a cue whose words the text does not hold is not searched: pipeline.anchors)
        if may_match(pattern, whole) and (match := pattern.search(whole)):
            return int(match.group(1)), match.group(0).strip()
    return None, None


def _piece_matches(pattern: re.Pattern, texts: list[RecordText], whole: str) -> list[re.Match]:
    """The matches of ``pattern`` in each piece of ``texts``, in reading order. ``whole`` is the pieces
    joined by PIECE_SEPARATOR: one search of it finds the same matches, unless one crosses two
    pieces (a pattern whose ``[^)]`` takes the separator), and then each piece is searched alone.
    A text without the pattern's anchor (pipeline.anchors) is not searched: most hold no ISBN."""
    if not may_match(pattern, whole):  # nor then does any piece
        return []
    # (a pattern that opens with a look-behind, the publication code's, searched without it: pipeline.anchors)
    search = leading_look_behind(pattern)
    matches = search.finditer(whole)
    if any("\x00" in match.group(0) for match in matches):
        return [match for piece in texts for match in search.finditer(piece.text)]
    return matches


def find_isbns(text: str) -> list[str]:
    """The checksum-valid ISBNs after an "ISBN" label, as 13 digits (an ISBN-10 converted)."""
    return _isbns(cues().isbn.finditer(text))


def _isbns(matches: Iterable[re.Match]) -> list[str]:
    found = []
    for match in matches:
        digits = re.sub(r"[\s-]", "", match.group(1)).upper()
        if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979") and _isbn13_valid(digits):
            found.append(digits)
        elif len(digits) == 10 and digits[:9].isdigit() and _isbn10_valid(digits):
            body = "978" + digits[:9]
            found.append(body + _isbn13_check(body))
    return found


def find_issns(text: str) -> list[str]:
    """The checksum-valid ISSNs after an "ISSN" label, as NNNN-NNNC."""
    return _issns(cues().issn.finditer(text))


def _issns(matches: Iterable[re.Match]) -> list[str]:
    found = []
    for match in matches:
        digits = re.sub(r"[\s-]", "", match.group(1)).upper()
        if len(digits) == 8 and digits[:7].isdigit() and _issn_check(digits[:7]) == digits[7]:
            found.append(f"{digits[:4]}-{digits[4:]}")
    return found


def find_codes(text: str) -> list[str]:
    """ILO publication codes as printed ("ILO-PIC/FS/YE/07"): a known prefix and at least two more
    parts in capitals and digits, one of them with a digit (so "ILO/EU/ADB" is not a code)."""
    return _codes(cues().code.finditer(text))


def _codes(matches: Iterable[re.Match]) -> list[str]:
    return [m.group(0) for m in matches if any(c.isdigit() for c in m.group(0))]


def publishing_office(record: BrochureRecord, texts: list[RecordText] | None = None) -> PublishingOffice | None:
    """The publisher the brochure names, with the id of the organization it is (or is an office of):
    the organization whose name, acronym or named unit the publisher line holds (the longest such).
    Without a publisher line, the first "published by ..." phrase (pipeline/data/publication.json)
    that names an organization of the record."""
    candidates = sorted(((form, org.id) for org in record.entities.organizations
                         for form in [org.name, org.acronym, *org.units] if form), key=lambda c: -len(c[0]))

    def organization_in(phrase: str) -> str | None:
        return next((org_id for form, org_id in candidates if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", phrase)), None)

    if record.publisher:
        return PublishingOffice(ref=organization_in(record.publisher), name=record.publisher)
    for pattern in cues().publisher:
        for piece in texts if texts is not None else record_texts(record):
            for match in pattern.finditer(piece.text):
                phrase = match.group(1).strip()
                if (org_id := organization_in(phrase)) is not None:
                    return PublishingOffice(ref=org_id, name=phrase)
    return None


def language_of(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``: the script's language when most letters are in a
    script one language has in the data (Arabic, Thai, Khmer ...); else the language whose commonest
    words the text uses most, when it uses at least ``min_language_words`` of them and
    ``language_margin`` times as many as the next language's. None when the text cannot tell."""
    if len(text) > LANGUAGE_SAMPLE_CHARS:
        step, size = len(text) // LANGUAGE_SAMPLE_PARTS, LANGUAGE_SAMPLE_CHARS // LANGUAGE_SAMPLE_PARTS
        text = " ".join(text[start:start + size] for start in range(0, step * LANGUAGE_SAMPLE_PARTS, step))
    return _language_of_sample(text)


def languages_of_parts(parts: Mapping[K, str], whole: str) -> tuple[str | None, dict[K, str | None]]:
    """``language_of(whole)`` and ``language_of`` of each of ``parts``, where ``whole`` is the parts
    joined by spaces, in any order (a brochure's text and its pages'). The common words of a text
    are its parts', so each word is counted once: the whole's from its parts' counts, unless it is
    long enough to be sampled or has a character of a script (then it is read itself)."""
    told = tell_languages({key: (text,) for key, text in parts.items()}, whole)
    return told.language, told.parts


@dataclass(frozen=True, slots=True)
class PageWords:
    """What the word test read on each part of a text (a page): the pieces of the part (a multiset
    of their texts) and their word evidence (None: the part was told otherwise, by its script or a
    sample). A later reading of the same pages, with more pieces on them, counts only the words of
    the pieces it adds: the record's publication reads the blocks the entities stage read, and the
    record's furniture, credits and link addresses besides."""

    pieces: dict
    evidence: dict


@dataclass(frozen=True, slots=True)
class ToldLanguages:
    """``language_of`` of a whole text and of each of its parts, and the words read (PageWords)."""

    language: str | None
    parts: dict
    words: PageWords


def tell_languages(parts: Mapping[K, Sequence[str]], whole: str, *, known: PageWords | None = None,
                   part_texts: Mapping[K, str] | None = None) -> ToldLanguages:
    """``languages_of_parts`` of parts given as their pieces (a part is its pieces joined by spaces,
    unless ``part_texts`` gives its text, the same words with other separators), ``whole`` all the
    text. With ``known``, what an earlier reading of these parts counted: a part that holds every
    piece it read is counted only in the pieces it adds (no word crosses a space or a line break,
    so a text's evidence is the sum of its pieces')."""
    languages: dict[K, str | None] = {}
    pieces_read: dict[K, Counter] = {}
    evidence_read: dict[K, _WordEvidence | None] = {}
    total: _WordEvidence | None = None
    counted = True
    for key, pieces in parts.items():
        text = part_texts[key] if part_texts is not None else pieces[0] if len(pieces) == 1 else " ".join(pieces)
        pieces_read[key] = Counter(pieces)
        languages[key], evidence = _told(text, _known_part(pieces_read[key], key, known))
        evidence_read[key] = evidence
        if evidence is None:
            counted = False
        else:
            total = evidence if total is None else total + evidence
    words = PageWords(pieces_read, evidence_read)
    if not counted or total is None or len(whole) > LANGUAGE_SAMPLE_CHARS or cues().any_script.search(whole):
        return ToldLanguages(language_of(whole), languages, words)
    return ToldLanguages(_word_language(total), languages, words)


def _known_part(pieces: Counter, key, known: PageWords | None) -> Callable[[], _WordEvidence | None]:
    """The word evidence of a part from what ``known`` read of it, or (None) when it did not read
    it by its words or read a piece the part does not hold."""
    def evidence() -> _WordEvidence | None:
        if known is None or (before := known.evidence.get(key)) is None:
            return None
        added = Counter(pieces)
        added.subtract(known.pieces[key])
        if any(count < 0 for count in added.values()):
            return None
        more = [piece for piece, count in added.items() for _ in range(count)]
        return before + _word_evidence(" ".join(more)) if more else before

    return evidence


def _told(text: str, known: Callable[[], _WordEvidence | None] = lambda: None) -> tuple[str | None, _WordEvidence | None]:
    """``language_of(text)``, and the word evidence it was told from (None: told otherwise);
    ``known()`` gives the evidence when an earlier reading has it (None: the words are counted)."""
    if len(text) > LANGUAGE_SAMPLE_CHARS:
        return language_of(text), None
    decided, language = _by_script(text)
    if decided:
        return language, None
    evidence = known()
    if evidence is None:
        evidence = _word_evidence(text)
    return _word_language(evidence), evidence


def _language_of_sample(text: str) -> str | None:
    """language_of a text of at most LANGUAGE_SAMPLE_CHARS characters."""
    decided, language = _by_script(text)
    return language if decided else _word_language(_word_evidence(text))


def _by_script(text: str) -> tuple[bool, str | None]:
    """(True, the language) when the script test of ``language_of`` decides (a code, or None for a
    text without letters), else (False, None): the words decide."""
    setting = cues()
    # letters are counted only for a text with a character of a script (few): the count decides
    # nothing else, and a text without letters has no words either (so no language by its words)
    if not setting.any_script.search(text):
        return False, None
    letters = len(_NOT_LETTERS.sub("", text))  # one string in C, not a list of letters
    if not letters:
        return True, None
    if len(setting.any_script.findall(text)) / letters >= setting.min_script_share:
        script_counts = Counter({code: len(pattern.findall(text)) for code, pattern in setting.scripts.items()})
        code, count = script_counts.most_common(1)[0]
        if count / letters >= setting.min_script_share:
            return True, code
    return False, None


@dataclass(frozen=True, slots=True)
class _WordEvidence:
    """What the word test of ``language_of`` reads in a text: how many of each language's commonest
    words it uses (``counts``, in the order of ``cues().languages``) and what they weigh (``scores``: a word
    several languages list weighs one over their number), and whether it has a word at all. The
    evidence of a text is the sum of its parts' (no word crosses the space between two parts)."""

    scores: tuple[float, ...]
    has_words: bool
    counts: tuple[int, ...]

    def __add__(self, other: _WordEvidence) -> _WordEvidence:
        return _WordEvidence(tuple(a + b for a, b in zip(self.scores, other.scores, strict=True)), self.has_words or other.has_words,
                             tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)))


def _word_evidence(text: str) -> _WordEvidence:
    words = Counter(_WORD.findall(text.casefold()))
    found = [[(words[w], weight) for w, weight in vocabulary.items() if w in words] for vocabulary in cues().languages.values()]
    return _WordEvidence(tuple(sum(n * weight for n, weight in used) for used in found), bool(words),
                         tuple(sum(n for n, _ in used) for used in found))



def _word_language(evidence: _WordEvidence) -> str | None:
    """The language the words tell (see ``language_of``), or None."""
    setting = cues()
    if not evidence.has_words:
        return None
    # (enough of the language's words, however many languages list them; a margin in what they weigh)
    scores = sorted(zip(evidence.scores, evidence.counts, setting.languages, strict=True), reverse=True)
    (best, count, code), (second, _, _) = scores[0], scores[1]
    if count >= setting.min_language_words and best >= setting.language_margin * second:
        return code
    return None


def work_key(texts: list[RecordText], isbns: list[str], codes: list[str], year: int | None) -> str:
    """The key the PDF and the text of one brochure share (the rule in this module's docstring)."""
    if isbns:
        parts = ["isbn", *sorted(isbns)]
    elif codes:
        parts = ["code", *sorted(codes), str(year or "")]
    else:
        whole = "\n".join(piece.text for piece in texts)
        # \d is any script's digits: "٢٠٢١" and "2021" are one run once normalised
        digits = sorted({unicodedata.normalize("NFKC", run) for run in set(_DIGITS.findall(whole))})
        parts = ["content", *digits]
        if len(digits) < MIN_DIGIT_RUNS:
            parts += ["words", *sorted({unicodedata.normalize("NFKC", w).casefold() for w in set(_LONG_WORD.findall(whole))})]
    joined = "\x1f".join(parts).encode("utf-8")
    return "work:" + hashlib.sha256(joined).hexdigest()[:WORK_KEY_LENGTH]


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))


def _isbn13_check(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def _isbn13_valid(digits: str) -> bool:
    return _isbn13_check(digits[:12]) == digits[12]


def _isbn10_valid(digits: str) -> bool:
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits) if c.isdigit() or (c == "X" and i == 9))
    return len(digits) == 10 and total % 11 == 0


def _issn_check(first7: str) -> str:
    remainder = sum(int(d) * (8 - i) for i, d in enumerate(first7)) % 11
    check = (11 - remainder) % 11
    return "X" if check == 10 else str(check)
