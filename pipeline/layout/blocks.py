"""Lines of one reading flow into Blocks: wrapped lines joined, hyphens resolved, URLs rejoined.

The decision for each pair of lines (a, then b) reads cues every brochure gives, never one
brochure's words:

- a new bullet, number, contact field or URL line always starts a new block;
- a word broken at a line end joins (real hyphens stay, soft ones go), and so does a URL broken
  over lines, even with blank lines between the parts;
- b starting in lower case, or a ending in a comma or a function word, means the sentence goes on;
- otherwise a line that is *full* (b's first word would not have fitted on it) was wrapped by the
  typesetter, and joins when the white space before b is no more than the white space around it;
  a line that is not full was broken on purpose: a heading, an address line, a paragraph's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import islice

from pipeline.languages import cue_words
from pipeline.layout.patterns import (
    OPENING_QUOTE,
    URL,
    bullet_match,
    ends_sentence,
    is_capitals,
    is_contact_field,
    is_url_only,
    more_words_than,
    starts_lowercase,
    text_width,
)
from pipeline.load.normalize import SOFT_HYPHEN
from pipeline.model import Block, Line

FULL_LINE_FRACTION = 0.9
"""A line is full when its text plus the next word would take this share of the wrap width."""
WRAP_WIDTH_QUANTILE = 0.95
"""Plain text's wrap width is this quantile of its body lines' widths (the longest, a stray long line aside)."""

ITEM_OUTDENT = 1.0
"""Points a line may start left of a list item's marker and still be the item's (PDF)."""
SENTENCE_TAIL_WORDS = 4
"""A line of at most this many words that ends a sentence the line above left open goes on with it."""

RESOURCE_ITEM_MAX_LINES = 2
"""A list item "Title:" whose address wraps onto the next line is a short one: at most this many lines
before the address."""
FONT_SIZE_TOLERANCE = 0.6
"""Points by which two lines' type sizes may differ and still be the same type."""

WouldFit = Callable[[Line, Line], bool]
"""(a, b) -> True when b's first word would have fitted at the end of line a."""

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# A compound starts at a word's start: without the look-behind a long run of letters with no hyphen
# is tried from every one of its letters, quadratic in its length (a 100 kB line took 15 s).
_COMPOUND = re.compile(r"(?<![a-zà-ÿ])[a-zà-ÿ]+-[a-zà-ÿ]+")
_HYPHEN_END = re.compile(r"(?<![A-Za-zÀ-ÿ])(?P<word>[A-Za-zÀ-ÿ]+)-$")


def _ends_in_hyphen(text: str) -> bool:
    """``_HYPHEN_END.search(text)``, read only for a text whose end ("$": the end, or before a last
    line break) holds the hyphen: the search tries every word of the line."""
    return (text.endswith("-") or text.endswith("-\n")) and _HYPHEN_END.search(text) is not None


_URL_TAIL_CHARS = re.compile(r"^[\w./\-~%?=&#+:;@,]+$")


@cache
def _continuation_words() -> frozenset[str]:
    """Words a line of running text may end with but a heading or a list item does not ("of", "the")."""
    return frozenset(cue_words("lexicon.json", "line_end_continuations"))  # every language's: the page's is not known yet


def text_wrap_width(lines: Sequence[Line]) -> float | None:
    """The wrap width of plain text, estimated from its longest body lines (None without any)."""
    widths = sorted(text_width(line.text) for line in lines if more_words_than(line.text, 4))  # five words or more
    return widths[int(WRAP_WIDTH_QUANTILE * (len(widths) - 1))] if widths else None


def text_wrap_fit(lines: Sequence[Line]) -> WouldFit:
    """A WouldFit for lines of plain text: the wrap width is estimated from the longest body lines."""
    return would_fit_within(text_wrap_width(lines))


def would_fit_within(wrap_width: float | None) -> WouldFit:
    """A WouldFit for lines of plain text wrapped at ``wrap_width`` (None: unknown, every word fits)."""
    if wrap_width is None:
        return lambda a, b: True

    def would_fit(a: Line, b: Line) -> bool:
        first_word = b.text.split(" ", 1)[0]
        # Across blank lines ask more: the word must overflow the measure, not nearly fill it, so
        # that a double-spaced list of short items is not read as one wrapped paragraph.
        fraction = FULL_LINE_FRACTION if b.gap_before == 0 else 1.0
        return text_width(f"{a.text} {first_word}") <= fraction * wrap_width

    return would_fit


class HyphenResolver:
    """Decides whether "employ-" + "ment" is one word or "Asia-" + "Pacific" a compound.

    Evidence first (the same word written whole or hyphenated elsewhere in the document), then
    the shape (a capital after the hyphen, a known compound prefix), then the typesetter's habit:
    a hyphen at a line end in running text is most often a soft one."""

    def __init__(self, lines: Sequence[Line]):
        self._texts = [line.text for line in lines]
        self._evidence: tuple[set[str], set[str]] | None = None
        self.prefixes = frozenset(cue_words("hyphenation.json", "compound_prefixes"))

    @property
    def words(self) -> set[str]:
        """The document's words, lower case."""
        return self._read_evidence()[0]

    @property
    def compounds(self) -> set[str]:
        """The document's hyphenated compounds, lower case."""
        return self._read_evidence()[1]

    def _read_evidence(self) -> tuple[set[str], set[str]]:
        # read when the first hyphen at a line end asks (most texts have none); one pass over the
        # document's text (no word or compound crosses a line break), not two a line
        if self._evidence is None:
            lowered = "\n".join(self._texts).lower()
            self._evidence = (set(_WORD.findall(lowered)), set(_COMPOUND.findall(lowered)))
        return self._evidence

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """True when "left-" at a line end and "right..." on the next line form a hyphenated compound."""
        right_word = _WORD.match(right)
        if right_word is None:
            return True
        right_text = right_word.group(0)
        if right_text[0].isupper():  # Asia-Pacific, South-South, ILO-IFC
            return True
        if f"{left}-{right_text}".lower() in self.compounds:
            return True
        if f"{left}{right_text}".lower() in self.words:
            return False
        return left.lower() in self.prefixes


def _is_url_tail(text: str) -> bool:
    """b continues a URL broken at the end of the previous line: one token of URL characters that
    does not start a URL of its own and has a path or file shape."""
    if " " in text or URL.match(text) or not _URL_TAIL_CHARS.match(text):
        return False
    return "/" in text or re.search(r"\.[a-z]{2,4}$", text) is not None or not any(c.isupper() for c in text)


def _ends_url(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return URL.fullmatch(last) is not None


def _joins_by_wrapping(a: Line, b: Line, following: Line | None, would_fit: WouldFit) -> bool:
    """a was wrapped by the typesetter (full) and b sits no further below it than lines sit
    around it: double-spaced text has a blank line between every line, and then one blank line
    says nothing."""
    if would_fit(a, b):
        return False
    around = min(a.gap_before, following.gap_before) if following is not None else a.gap_before
    return b.gap_before <= around and _runs_on(b, following, would_fit)


def _runs_on(b: Line, following: Line | None, would_fit: WouldFit) -> bool:
    """b reads as part of running text: it ends a sentence or goes on to the next line. A short
    line that does neither (an office name, an address line) stands alone even after a long line."""
    return following is None or ends_sentence(b.text) or starts_lowercase(following.text) or not would_fit(b, following)


def _dash_goes_on(block_lines: list[Line], b: Line) -> bool:
    """A line that starts with a dash and a small letter, right under running text that has not
    ended its sentence, is that sentence's parenthesis, not a list item."""
    marked = bullet_match(b.text)
    if marked is None or marked[0] not in "-–—" or not starts_lowercase(marked[1]) or b.gap_before > 0:
        return False
    a = block_lines[-1]
    # under a list item (its marker in the text, or drawn, or lost and marked by plain_text) the dash is a nested item's
    in_item = bullet_match(block_lines[0].text) is not None or block_lines[0].vector_bullet
    return not ends_sentence(a.text) and not in_item and len(block_lines) >= 2



def _quotation_open(text: str) -> bool:
    """The block opens with a quotation mark ("“We used to pay …") and has not closed it yet."""
    return text[:1] == "“" and "”" not in text


def _item_ends_at_break(block_lines: list[Line], b: Line) -> bool:
    """A list item that reaches a column's or page's foot, and a line in upper case at the top of
    the next (PDF): an item does not end its sentence with a stop, so the cue that it goes on is
    the next line's case (a function word ending the item's line was looked at before)."""
    first, a = block_lines[0], block_lines[-1]
    if a.bbox is None or b.bbox is None or not (first.vector_bullet or bullet_match(first.text)):
        return False
    broken = a.page != b.page or b.bbox[1] < a.bbox[1]
    return broken and b.text[:1].isupper()


def _left_of_the_item(block_lines: list[Line], b: Line) -> bool:
    """b starts left of the list item's marker (PDF): the paragraph after the list, not the item's
    next line, which hangs under its text (or at worst under its marker)."""
    first = block_lines[0]
    if first.bbox is None or b.bbox is None or not (first.vector_bullet or bullet_match(first.text)):
        return False
    return b.bbox[0] < first.bbox[0] - ITEM_OUTDENT


def _capitals_end(a: Line, b: Line) -> bool:
    """A line set in capitals (a heading, a tagline: "2. NEXT STEPS") does not run on into a line
    in mixed case below it: the case changes where the type would in a PDF."""
    marked = bullet_match(a.text)
    return is_capitals(marked[1] if marked else a.text) and not is_capitals(b.text) and not starts_lowercase(b.text)


def _type_changes(a: Line, b: Line) -> bool:
    """A change of type size or weight between two lines (PDF only) ends a block: a heading in bold
    or larger type does not run into the body text below it."""
    if a.font_size is None or b.font_size is None:
        return False
    return a.bold != b.bold or abs(a.font_size - b.font_size) > FONT_SIZE_TOLERANCE


def _continues(block_lines: list[Line], joined: str, b: Line, following: Line | None, would_fit: WouldFit) -> str | None:
    """How b joins the block whose last line is a (``joined`` is the block's text so far, URLs
    rejoined): "space", "hyphen", "soft", "url", or None."""
    a = block_lines[-1]
    if _tagged(a) and _tagged(b):  # a trusted structure tree says whether they are one element
        if a.tag.element != b.tag.element:
            return None
        how = _continues_by_rules(block_lines, joined, b, following, would_fit)
        if how is None and _runs_on_in_element(a, b):
            return "space"  # one paragraph, heading or item, however its lines look
        return how
    return _continues_by_rules(block_lines, joined, b, following, would_fit)


def _continues_by_rules(block_lines: list[Line], joined: str, b: Line, following: Line | None, would_fit: WouldFit) -> str | None:
    """How b joins the block, by the look of the lines (``_continues`` without a structure tree)."""
    a = block_lines[-1]
    at, bt = a.text, b.text
    if at.endswith(SOFT_HYPHEN) and bt[:1].isalpha():
        return "soft"
    if _dash_goes_on(block_lines, b):
        return "space"  # "... in most countries of the region do" / "– and from social security – and ..."
    if b.vector_bullet or bullet_match(bt) or is_contact_field(bt) or is_contact_field(at) or _type_changes(a, b):
        return None
    if _left_of_the_item(block_lines, b):
        return None
    if _capitals_end(a, b):
        return None
    ends_url = _ends_url(joined)  # (read once: the test below asks it again)
    if ends_url and _is_url_tail(bt):
        return "url"
    url_only = is_url_only(bt)
    if url_only and at.rstrip().endswith(":") and (bullet_match(block_lines[0].text) or block_lines[0].vector_bullet) \
            and len(block_lines) <= RESOURCE_ITEM_MAX_LINES:
        return "space"  # "■ Equal Pay Guide for Employers:" / "www.ilo.org/…": one item of a resource list, its address wrapped
    if url_only or is_url_only(at):
        return None
    if _ends_in_hyphen(at) and bt[:1].isalpha():
        return "hyphen"
    if ends_url and not starts_lowercase(bt):
        return None  # "COOP Africa: https://..." / "Think.COOP: ...": a resource list, one a line
    if ends_sentence(at):
        if OPENING_QUOTE.match(bt):
            return None
        if a.bbox is None and _quotation_open(joined):
            return "space"  # plain text: a quotation's sentences go on until its closing mark
        if not (starts_lowercase(bt) or _joins_by_wrapping(a, b, following, would_fit)):
            return None
        return "space"
    last_word = at.rsplit(" ", 1)[-1]
    # a sentence's first word ends a line as a function word does ("... by their members. In" / "Moldova")
    if starts_lowercase(bt) or at.endswith((",", "&", "(")) or last_word in _continuation_words() \
            or last_word[:1].isupper() and last_word.lower() in _continuation_words() and ends_sentence(at[: -len(last_word)].rstrip()):
        return "space"
    if a.bbox is None and _unfinished_sentence(block_lines, b):  # plain text (a PDF's line has a box)
        return "space"
    if a.bbox is None and name_runs_over(at, bt):  # plain text: "Association of Cambodian Recruitment" / "Agencies (ACRA)"
        return "space"
    if OPENING_QUOTE.match(bt):
        return None  # a new quotation, not the rest of this line's sentence
    # plain text keeps the printed line breaks: a line with room left for b's first word ended its
    # item, unless b is the few words that end a's sentence (a line broken early by hand)
    wrapped_here = (a.font_size is not None or b.gap_before > 0 or not would_fit(a, b) or a.page != b.page
                    or (ends_sentence(bt) and len(bt.split()) <= SENTENCE_TAIL_WORDS))
    if _in_running_text(block_lines) and wrapped_here and _runs_on(b, following, would_fit) \
            and not _item_ends_at_break(block_lines, b):
        # A sentence of a paragraph or list item that is not finished goes on, after a page break or
        # an uneven wrap, when nothing but the usual line spacing separates the lines.
        around = min(a.gap_before, following.gap_before) if following is not None else a.gap_before
        if a.page != b.page or b.gap_before <= around:
            return "space"
    if _display_line_wrapped(a, b, following, would_fit):
        return "space"
    return "space" if _joins_by_wrapping(a, b, following, would_fit) else None


NAME_HEAD_MAX_WORDS = 5
"""Words of a name, at most, on the line after the break, before the acronym in brackets that ends it."""
_NAME_HEAD = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<acronym>[^\W\d_][\w&’'.-]*)\)")


def _initials(words: Sequence[str]) -> str:
    """The capitals that open the capitalised words of a name ("Association of Cambodian" → "AC");
    the words that join a name's words ("of", "de", "y") give none."""
    return "".join(word[0] for word in words if word[:1].isupper())


def _name_tail(text: str) -> list[str]:
    """The words that end ``text`` and may be the start of a name: from its end back, capitalised
    words and the words that join them ("... signed with the Instituto" → ["with", "the",
    "Instituto"]), up to the first word that is neither."""
    tail: list[str] = []
    for word in reversed(text.split()):
        if not (word[:1].isupper() or word.lower() in _continuation_words()):
            break
        tail.insert(0, word)
    return tail


def _is_subsequence(letters: str, word: str) -> bool:
    """Every letter of ``letters`` is in ``word`` in the same order ("INFC" in "INFOCOOP")."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def name_runs_over(a: str, b: str) -> bool:
    """Plain text: line ``b`` ends a name that line ``a`` began, and says so by the acronym in
    brackets it closes the name with: ``b`` opens with at most NAME_HEAD_MAX_WORDS words of a
    name (at least one of them capitalised) then "(ACRONYM)", and the acronym starts with a
    capitalised word at the end of ``a`` and holds, in order, the initials of the name's
    capitalised words from there on over both lines ("Association of Cambodian Recruitment" /
    "Agencies (ACRA)", "... El Instituto Nacional de Fomento" / "Cooperativo (INFOCOOP) ofrece ...").
    pdftotext breaks a name so in a narrow card or at a line it could not fill: the acronym spans
    the break, so the two lines are one block, whatever their length. A heading over a body's name
    ("Partners" / "Pacific Community (SPC)") gives no initial the acronym opens with."""
    match = _NAME_HEAD.match(b)
    if match is None:
        return False
    head = match["head"].split()
    acronym = "".join(char for char in match["acronym"] if char.isupper())
    if not 1 <= len(head) <= NAME_HEAD_MAX_WORDS or len(acronym) < 2:
        return False
    if any(not (word[:1].isupper() or word.lower() in _continuation_words()) for word in head):
        return False
    after = _initials(head)
    tail = _name_tail(a)
    if not after or not tail:
        return False
    before = _initials(tail)
    return any(before[start] == acronym[0] and _is_subsequence(before[start:] + after, acronym)
               for start in range(len(before)))


DISPLAY_LEADING_EM = 0.5
"""White space between the lines of one wrapped heading, at most, in ems of its type."""
DISPLAY_EDGE_TOLERANCE = 1.0
"""Points by which the left edges of a wrapped display line's two lines may differ."""
DISPLAY_OVERLAP_TOLERANCE = 1.0
"""Points by which the second line's box may overlap the first's (set solid, descenders and all)."""


def _display_line_wrapped(a: Line, b: Line, following: Line | None, would_fit: WouldFit) -> bool:
    """A heading in bold type wrapped in a narrow column ("WORKING" / "TOGETHER"): both lines set in
    the same bold type (PDF), b right under a (on its left edge, at most DISPLAY_LEADING_EM of white
    between them), b's first word would not have fitted on a, no more white space between them than
    above a, and the type changes after b (the body text under the heading)."""
    if a.font_size is None or not (a.bold and b.bold) or _type_changes(a, b) or would_fit(a, b):
        return False
    if a.bbox is None or b.bbox is None or a.page != b.page or abs(a.bbox[0] - b.bbox[0]) > DISPLAY_EDGE_TOLERANCE:
        return False
    leading = b.bbox[1] - a.bbox[3]  # right under it, set solid: two headings stand further apart
    if not -DISPLAY_OVERLAP_TOLERANCE <= leading <= DISPLAY_LEADING_EM * a.font_size:
        return False
    return b.gap_before <= a.gap_before and (following is None or _type_changes(b, following))


RUN_ON_ROLES = frozenset({"P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "LBody", "Caption", "TD", "TH", "BlockQuote"})
"""Tagged roles whose lines are one block of running text (a quote's words and its attribution
are two elements: pipeline.layout.tags gives each part of a BlockQuote its own)."""


def _tagged(line: Line) -> bool:
    """A trusted structure tree says which element the line belongs to."""
    return line.tag is not None and line.tag.element is not None


CELL_ROLES = frozenset({"TD", "TH"})
"""Tagged roles of a table cell: a layout table's cell (a sidebar, a main column) holds several
paragraphs, which some producers (LibreOffice) tag as the cell's own content, not as P elements."""
CELL_PARAGRAPH_GAP = 0.5
"""White space above a line of a tagged cell, beyond the usual leading, in line pitches, that
starts a new paragraph of the cell (the white a paragraph's spacing leaves)."""


def _runs_on_in_element(a: Line, b: Line) -> bool:
    """Two lines of one tagged element of a running-text role are one block, however they look;
    never a URL or contact line, which stand alone in a resource list or a contact panel, nor two
    lines of a table cell with a paragraph's white space between them. (A generic
    element, such as Typst's Span around a whole contact panel, says nothing of its lines, unless
    they are set in one bold type: a display line wrapped, such as Typst's title, a bare Span.)"""
    if any(is_url_only(line.text) or is_contact_field(line.text) for line in (a, b)):
        return False
    if a.tag.role in CELL_ROLES and b.gap_before >= CELL_PARAGRAPH_GAP:
        return False
    if a.tag.role == "generic":
        return a.bold and b.bold and not _type_changes(a, b)
    return a.tag.role in RUN_ON_ROLES


PROSE_MIN_WORDS = 10
"""Words a block of plain text needs before an unfinished sentence in it is read as running on."""
PROSE_MIN_LINES = 3
PROSE_LINE_MIN_WORDS = 3
"""... and lines: two lines may be a title and its deck, over a heading set without white space."""


def _unfinished_sentence(block_lines: list[Line], b: Line) -> bool:
    """Plain text: the block is prose of PROSE_MIN_LINES lines or more (PROSE_MIN_WORDS words, a sentence begun in
    mixed case) whose last line stops mid-sentence, and b, right under it, is no item, field or URL:
    a paragraph cannot end, nor a heading begin, in the middle of a sentence, however ragged the
    lines of a narrow panel ("Under the ILO/KOICA Partnership Agreement 2017–2019, the" / "Korea
    International Cooperation" / "Agency (KOICA) supports work")."""
    if len(block_lines) < PROSE_MIN_LINES or b.gap_before > 0 or block_lines[-1].page != b.page or bullet_match(block_lines[0].text):
        return False
    if len(block_lines[-1].text.split()) < PROSE_LINE_MIN_WORDS:
        return False  # a word or two left dangling (a chart's labels) is no line of a sentence
    # The block's text is read line by line, stopping as soon as the answer is known: it is asked
    # again for every line the block grows by, and joining it each time was quadratic in its lines
    # (a table of 4,000 lines of words: 19 s). Its words are the lines' words, in order.
    words = (word for line in block_lines for word in line.text.split())
    end = _joined_end(block_lines)
    if ends_sentence(end) or len(list(islice(words, PROSE_MIN_WORDS))) < PROSE_MIN_WORDS or _in_capitals(block_lines) \
            or end.rstrip().endswith(":"):
        return False
    if is_url_only(b.text) or is_contact_field(b.text) or is_capitals(b.text):
        return False
    # prose has words in lower case that are not function words ("supports", "market"); an office's
    # name over two lines ("... Team for East and South-East Asia and the Pacific") has none
    words = (word for line in block_lines for word in line.text.split())
    next(words, None)
    return any(word.isalpha() and word.islower() and word not in _continuation_words() for word in words)


TERMINAL_CLOSERS = "\"”’)]\n"
"""What may follow a sentence's last stop at the end of a text (patterns.TERMINAL's closing marks,
and the final line break its ``$`` allows)."""


def _joined_end(block_lines: list[Line]) -> str:
    """The end of the lines' texts joined by spaces: the last lines, as many as hold content and
    three characters before the closing marks at the end (or every line). ``ends_sentence`` of it and
    ``rstrip().endswith`` answer as they would of the whole text: TERMINAL's match is a stop and the
    closing marks after it, and white space at the end is the same."""
    parts: list[str] = []
    for line in reversed(block_lines):
        parts.append(line.text)
        end = " ".join(reversed(parts))
        if end.strip() and len(end.rstrip(TERMINAL_CLOSERS)) >= 3:
            return end
    return " ".join(reversed(parts))


def _in_capitals(block_lines: list[Line]) -> bool:
    """``is_capitals`` of the lines' texts joined: four letters or more, every one upper case,
    read until the first letter that is not."""
    letters = 0
    for line in block_lines:
        for char in line.text:
            if char.isalpha():
                if not char.isupper():
                    return False
                letters += 1
    return letters >= 4


def _in_running_text(block_lines: list[Line]) -> bool:
    """The block is already known to be running text: a list item, or a paragraph of three lines or
    more (two lines may still be a wrapped office name or address)."""
    return len(block_lines) >= 3 or bullet_match(block_lines[0].text) is not None or block_lines[0].vector_bullet


def join_lines(lines: Sequence[Line], would_fit: WouldFit, hyphens: HyphenResolver) -> list[Block]:
    """One reading flow of lines into Blocks, in order.

    A bullet block's text has its marker removed (the marker is kept in ``Block.marker``); a block of
    nothing but URLs has kind "url"."""
    groups: list[tuple[list[Line], list[str]]] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if groups:
            block_lines, parts = groups[-1]
            lone_marker = len(block_lines) == 1 and len(block_lines[0].text) <= 3 and bullet_match(block_lines[0].text + " x") is not None
            how = "space" if lone_marker else _continues(block_lines, parts[-1], line, following, would_fit)
            if how is not None:
                previous = parts[-1]
                if how == "soft":
                    parts[-1] = previous[:-1] + line.text
                elif how == "url":
                    parts[-1] = previous + line.text
                elif how == "hyphen":
                    left = _HYPHEN_END.search(previous)["word"]
                    keep = hyphens.keeps_hyphen(left, line.text)
                    parts[-1] = (previous if keep else previous[:-1]) + line.text
                else:
                    parts.append(line.text)
                block_lines.append(line)
                continue
        groups.append(([line], [line.text]))
    return [_make_block(block_lines, " ".join(parts)) for block_lines, parts in groups]


def _make_block(lines: list[Line], text: str) -> Block:
    text = text.replace(SOFT_HYPHEN, "").strip()
    first = lines[0]
    block = Block(text=text, lines=lines, gap_before=first.gap_before)
    marked = bullet_match(text)
    if first.vector_bullet:
        block.kind, block.marker = "bullet", "•"
    elif marked:
        block.kind, block.marker, block.text = "bullet", marked[0], marked[1].strip()
    elif is_url_only(text):
        block.kind = "url"
    return block
