"""structure: a Layout in, a Document out.

Reads the blocks in order and decides what each one is: the title, a heading (and its level), a
paragraph, a bullet (and its level), a quote with its attribution, a contact panel, a resource link,
a table with its caption and source note, or the title repeated on a back panel. Blocks that are not section content (quotes, contacts) are
taken out of the flow, so a list interrupted by them continues in the same section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.defaults import DEFAULT_LABELLER
from pipeline.layout.blocks import _continuation_words
from pipeline.layout.patterns import URL, ends_sentence, is_capitals, is_contact_field, more_words_than, starts_lowercase
from pipeline.model import Block, Document, Layout
from pipeline.record import MAX_LEVEL, Bullet, Contact, FurnitureLine, Link, Paragraph, Quote, Section, Table
from pipeline.structure.contacts import find_contact, read_contacts
from pipeline.structure.front_matter import front_matter_headings, is_kicker
from pipeline.structure.labeller import LABELLERS, SECTION_NUMBER, LabelContext, section_number_depth
from pipeline.structure.links import PrintedText, is_link_title, link_urls, printed_links, titled_url
from pipeline.structure.quotes import is_quote_block, read_quote
from pipeline.structure.run_in import run_in_levels, split_pdf_run_in_headings
from pipeline.structure.shapes import (
    contact_intro_length,
    is_contact_intro,
    is_letter_spaced,
    looks_like_organization,
    looks_like_person_name,
    looks_like_role,
)
from pipeline.structure.tables import is_caption, is_source_note, table_of
from pipeline.structure.tags import (
    is_tagged_heading,
    is_tagged_list_item,
    tagged_heading_levels,
    tagged_list_level,
    tagged_title,
    take_list_label,
)
from pipeline.structure.text_headings import split_run_in_headings, text_heading_levels
from pipeline.structure.text_title import (
    choose_text_title,
    has_masthead_separators,
    is_dateline,
    is_sentence_case_title,
    is_title_case,
    text_title_candidates,
)

MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
MAX_TITLE_WORDS = 16
TITLE_TAIL_WORDS = 3
"""Words a plain-text title's last line may hold when only the dateline under it says it is the title's."""
MAX_COLON_HEADING_WORDS = 6
TEXT_TITLE_WINDOW = 12
"""In plain text the title is among the first this many blocks."""
TITLE_LINE_GAP = 0.25
"""White space (in line pitches of the body) between two lines of one title set in large type: its
own leading is wider than the body's, so a little more than none."""
TITLE_AFTER_CAPITALS = 2
"""In plain text, how many blocks below a line in capitals the title-case title may stand."""
MAX_HEADING_RUN = 2
"""More short unpunctuated lines in a row than this are a list of figures or names, not headings."""

_MULTILEVEL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
_SINGLE_NUMBER = re.compile(r"^\d{1,2}\.$")
_LETTERS = re.compile(r"[^\W\d_]{2}")
"""Two letters in a row: a word, not a step's number or a date set large in a tile ("1", "20")."""
_TWO_CHARACTERS = re.compile(r"\S\S")
"""A token of two characters or more somewhere: the text is not letter-spaced."""
_PUBLISHER_START = re.compile(r"^(International Labour|ILO\b|Organisation internationale|Organización Internacional)")


def structure(layout: Layout, labeller: str = DEFAULT_LABELLER) -> Document:
    """Title, sections, quotes, contacts and links of the brochure laid out in ``layout``.

    ``labeller`` names the component of ``pipeline.structure.labeller.LABELLERS`` that decides which
    blocks are headings ("rules" or "model")."""
    blocks, run_in = split_run_in_headings(layout.blocks)
    blocks, pdf_run_in = split_pdf_run_in_headings(blocks)
    run_in_blocks = [blocks[index] for index in run_in]  # held by identity: the title's lines are split or merged below
    warnings = list(layout.warnings)
    title_index = tagged_title(blocks)
    if title_index is None:
        title_index = _find_title(blocks)
    if title_index is not None:
        _merge_title_lines(blocks, title_index)
    run_in = _positions_of(blocks, run_in_blocks)
    title = blocks[title_index].text if title_index is not None else None
    if title is None:
        warnings.append("no title found")
    taken: set[int] = set() if title_index is None else {title_index}
    publisher = subtitle = None
    if title is not None:
        for index, block in enumerate(blocks):
            if index != title_index and block.text.casefold() == title.casefold():
                taken.add(index)  # the title repeated on a back panel or as a running title
        publisher = _find_publisher(blocks, title_index, taken)
        subtitle = _find_subtitle(blocks, title_index, taken)
    kickers = _kickers(blocks, title_index, taken)

    before_panels = set(taken)
    quotes = _take_quotes(blocks, taken)
    contacts = _take_contacts(blocks, taken)
    panels = taken - before_panels
    if publisher is None and contacts:
        publisher = contacts[0].organization
    builder = _SectionBuilder()
    links: list[Link] = []
    tables: list[Table] = []
    flow = [index for index in range(len(blocks)) if index not in taken]
    table_notes = _table_notes(blocks, flow)
    consumed = {note for notes in table_notes.values() for note in notes if note is not None}
    flow = [index for index in flow if index not in consumed]
    heading_flow = [index for index in flow if blocks[index].kind != "table"]
    # (what the rules and the labeller both read of the blocks, read once)
    shaped = [_is_heading_shaped(block) for block in blocks]
    link_titles = _link_titles(blocks, heading_flow)
    heading_levels = _heading_levels(blocks, heading_flow, panels, shaped, link_titles)
    if labeller not in LABELLERS:
        raise ValueError(f"unknown labeller {labeller!r}: choose one of {', '.join(sorted(LABELLERS))}")
    heading_levels = LABELLERS[labeller](_label_context(blocks, heading_flow, heading_levels, title_index, shaped, link_titles))
    heading_levels, deck = front_matter_headings(blocks, heading_flow, heading_levels, title_index)
    heading_levels = tagged_heading_levels(blocks, heading_flow, heading_levels)  # a trusted tree has the last word
    if deck is not None and subtitle is None and deck not in heading_levels:
        subtitle = blocks[deck].text
        flow.remove(deck)
    heading_levels = text_heading_levels(blocks, heading_flow, heading_levels, title_index, run_in)
    heading_levels = run_in_levels(heading_flow, heading_levels, pdf_run_in)
    if subtitle is None and title_index is not None and title_index + 1 in heading_levels:
        subtitle = _subtitle_by_style(blocks, title_index + 1, heading_levels)
        if subtitle is not None:
            del heading_levels[title_index + 1]
            flow.remove(title_index + 1)
    link_title: str | None = None
    for position, index in enumerate(flow):
        block = blocks[index]
        next_block = blocks[flow[position + 1]] if position + 1 < len(flow) else None
        if block.kind == "table":
            caption, note = (blocks[i].text if i is not None else None for i in table_notes[index])
            tables.append(table_of(block, f"t{len(tables) + 1}", builder.current_id(), caption, note))
            continue
        if block.kind == "url":
            section = builder.current_id()
            for url in link_urls(block.text):
                links.append(Link(id=f"l{len(links) + 1}", title=link_title, url=url, section=section, page=block.page))
            continue
        link_title = None
        if titled := titled_url(block):
            links.append(Link(id=f"l{len(links) + 1}", title=titled[0], url=titled[1], section=builder.current_id(), page=block.page))
        elif is_link_title(block, next_block):
            link_title = block.text.rstrip(":").strip()
        elif index in heading_levels:
            builder.heading(block, heading_levels[index])
        elif block.kind == "bullet":
            builder.bullet(block)
        elif is_tagged_list_item(block):
            take_list_label(block)
            builder.bullet(block)
        else:
            builder.paragraph(block)
    if not any(section.heading for section in builder.sections):
        warnings.append("no section headings found")
    furniture = [FurnitureLine(page=block.page, text=block.text) for block in [*layout.furniture, *kickers]]
    links = printed_links(builder.sections, links, _printed_elsewhere(contacts, tables, quotes, furniture))
    return Document(
        source=layout.source,
        title=title,
        subtitle=subtitle,
        publisher=publisher,
        sections=builder.sections,
        quotes=quotes,
        contacts=contacts,
        links=links,
        tables=tables,
        credits=list(dict.fromkeys(layout.credits)),
        furniture=furniture,
        accounting=layout.accounting,
        warnings=warnings,
    )


def _printed_elsewhere(contacts: list[Contact], tables: list[Table], quotes: list[Quote],
                       furniture: list[FurnitureLine]) -> list[PrintedText]:
    """What the brochure prints outside its sections' paragraphs and bullets, in the record's
    order (contact panels, table cells, quotes, furniture): where ``printed_links`` looks for the
    web addresses the sections do not print."""
    printed = [PrintedText(contact.text, None, contact.page) for contact in contacts]
    printed += [PrintedText(cell, table.section, table.page) for table in tables
                for row in [*table.header_rows, *table.rows] for cell in row if cell]
    printed += [PrintedText("\n".join(filter(None, (quote.text, quote.attribution))), None, quote.page) for quote in quotes]
    printed += [PrintedText(line.text, None, line.page) for line in furniture]
    return printed


def _link_titles(blocks: list[Block], flow: list[int]) -> list[int]:
    """The positions in ``flow`` of the blocks that title the link after them (``is_link_title``)."""
    return [p for p in range(len(flow) - 1) if is_link_title(blocks[flow[p]], blocks[flow[p + 1]])]


def _label_context(blocks: list[Block], flow: list[int], rule_levels: dict[int, int], title_index: int | None,
                   shaped: list[bool], link_titles: list[int]) -> LabelContext:
    """What the labeller sees; ``shaped``: ``_is_heading_shaped`` of each block, ``link_titles``: ``_link_titles``."""
    return LabelContext(blocks=blocks, flow=flow, rule_levels=rule_levels, heading_shaped=shaped,
                        title_index=title_index, link_titles=frozenset(flow[p] for p in link_titles))


def _table_notes(blocks: list[Block], flow: list[int]) -> dict[int, tuple[int | None, int | None]]:
    """For each table block of the flow: the index of its caption (the block just above it, else
    just below it) and of its source note (the block just below it and its caption), or None."""
    notes = {}
    for position, index in enumerate(flow):
        if blocks[index].kind != "table":
            continue
        around = [flow[p] if 0 <= p < len(flow) else None for p in (position - 1, position + 1, position + 2)]
        before, after, after_next = around
        caption = before if before is not None and is_caption(blocks[before]) else None
        if caption is None and after is not None and is_caption(blocks[after]):
            caption, after = after, after_next
        note = after if after is not None and is_source_note(blocks[after]) else None
        notes[index] = (caption, note)
    return notes


def _find_title(blocks: list[Block]) -> int | None:
    """The title: on the first page, the most emphasised short block (PDF; the headline under a
    masthead in capitals, ``_headline_under_masthead``), else the first short block that is not a
    sentence."""
    if blocks and all(line.bbox is None for block in blocks for line in block.lines):
        # plain text has no type: a scored choice over the first page's lines (structure/text_title.py)
        chosen = choose_text_title(text_title_candidates(blocks, lambda index: _title_extra(blocks, index)))
        if chosen is not None and chosen.head_lines is not None:
            _split_block(blocks, chosen.index, chosen.head_lines)
        return chosen.index if chosen is not None else None
    first_page = blocks[0].page if blocks else None
    # A PDF's cover is its whole first page (a tri-fold's cover panel may be read after the others);
    # plain text has no type to rank, so only its opening lines can hold the title.
    window = blocks if blocks and blocks[0].font is not None else blocks[:TEXT_TITLE_WINDOW]
    candidates = [
        index
        for index, block in enumerate(window)
        if block.kind == "text" and block.page == first_page and len(block.text.split()) <= MAX_TITLE_WORDS and not block.text.endswith(".")
        and not URL.search(block.text) and not is_caption(block) and _LETTERS.search(block.text) and not is_key_figure(block.text)
    ]
    # A kicker naming the series ("Policy Brief 12") is not the title when something else may be.
    candidates = [index for index in candidates if not is_kicker(blocks[index].text)] or candidates
    if not candidates:
        return None
    emphasised = max(candidates, key=lambda index: (blocks[index].emphasis, -index))
    if blocks[emphasised].emphasis > 0:
        return _headline_under_masthead(blocks, candidates, emphasised)
    return _text_title(blocks, candidates)


MASTHEAD_MAX_WORDS = 4
"""A newsletter's or campaign's name set in capitals over the page ("CARE MATTERS", "LE JOURNAL DU
PLATEAU") is at most this many words ..."""
HEADLINE_MIN_WORDS = 4
"""... and the headline under it, which is the brochure's title, at least this many, ..."""
HEADLINE_EMPHASIS_SHARE = 0.3
"""... set in type that stands out at least this share as much as the masthead's."""


def _headline_under_masthead(blocks: list[Block], candidates: list[int], emphasised: int) -> int:
    """The title of a PDF's first page given its most emphasised candidate ``emphasised``: that one,
    unless it is a masthead (in capitals, MASTHEAD_MAX_WORDS at most) with a headline after it (a
    candidate not in capitals, of HEADLINE_MIN_WORDS or more, emphasised HEADLINE_EMPHASIS_SHARE as
    much or more): the masthead names the series, the headline the brochure (the most emphasised
    such headline, the earlier on a tie)."""
    masthead = blocks[emphasised]
    if not (is_capitals(masthead.text) and len(masthead.text.split()) <= MASTHEAD_MAX_WORDS):
        return emphasised
    headlines = [index for index in candidates if index > emphasised and not is_capitals(blocks[index].text)
                 and len(blocks[index].text.split()) >= HEADLINE_MIN_WORDS
                 and blocks[index].emphasis >= HEADLINE_EMPHASIS_SHARE * masthead.emphasis]
    return max(headlines, key=lambda index: (blocks[index].emphasis, -index)) if headlines else emphasised


def _text_title(blocks: list[Block], candidates: list[int]) -> int:
    """In plain text, the first candidate; but a line in capitals ("TOGETHER FOR SOCIAL JUSTICE")
    right above a line in title case is a tagline or masthead over the title, which type would have
    set apart: the title-case line is the title."""
    first = candidates[0]
    if is_capitals(blocks[first].text):
        for index in candidates[1:]:
            if index - first <= TITLE_AFTER_CAPITALS and not is_capitals(blocks[index].text) and is_title_style(blocks[index].text):
                return index
    return first



def is_title_style(text: str) -> bool:
    """The line is set as its language sets titles: in title case ("Safe and Healthy Work in
    Lebanon"), or, in French and Spanish, whose titles are in sentence case, starting with a capital
    and holding one of the language's function words ("Les migrations de travail en Afrique de
    l'Ouest"; lexicon.json "sentence_case_title_words")."""
    return is_title_case(text) or is_sentence_case_title(text)


def _merge_title_lines(blocks: list[Block], title_index: int) -> None:
    """A title set over several lines with no space between them and in the same type is one title
    ("Improving Safety in Bangladesh's" / "Ready-Made Garment Industry")."""
    title = blocks[title_index]
    for _ in range(_title_extra(blocks, title_index)):
        following = blocks[title_index + 1]
        title.text = f"{title.text} {following.text}"
        title.lines.extend(following.lines)
        del blocks[title_index + 1]


def _split_block(blocks: list[Block], index: int, head_lines: int) -> None:
    """Cut ``blocks[index]`` after its first ``head_lines`` lines into two blocks (a title the line
    joiner ran into the deck under it)."""
    block = blocks[index]
    head, rest = block.lines[:head_lines], block.lines[head_lines:]
    blocks[index:index + 1] = [
        Block(text=" ".join(line.text for line in head), lines=head, gap_before=block.gap_before),
        Block(text=" ".join(line.text for line in rest), lines=rest, gap_after=block.gap_after),
    ]


def _title_extra(blocks: list[Block], title_index: int) -> int:
    """How many blocks after ``title_index`` are further lines of its title (see _merge_title_lines)."""
    title = blocks[title_index]
    text, extra = title.text, 0
    while title_index + extra + 1 < len(blocks):
        following = blocks[title_index + extra + 1]
        same_type = abs(following.emphasis - title.emphasis) < 0.05
        # in text a run of short lines under a colon may have been read as a list whose bullets were lost
        lost_bullets = following.kind == "bullet" and following.font is None and following.lines[0].vector_bullet
        if following.kind != "text" and not lost_bullets or following.gap_before > TITLE_LINE_GAP or not same_type \
                or len(following.text.split()) > MAX_HEADING_WORDS or ends_sentence(following.text):
            break
        if len(text.split()) + len(following.text.split()) > MAX_TITLE_WORDS:
            break
        after = blocks[title_index + extra + 2] if title_index + extra + 2 < len(blocks) else None
        if following.font is None and not _title_goes_on(text, following.text, after):
            break  # plain text has no type to tell a title's second line from the first heading
        text = f"{text} {following.text}"
        extra += 1
    return extra


def _kickers(blocks: list[Block], title_index: int | None, taken: set[int]) -> list[Block]:
    """The kickers above the title ("Policy Brief 12"): the series' name, set apart with the page
    furniture (like a running header), not read as a paragraph or heading. Before the title in the
    reading order, or, in a PDF, beside or above it however the columns were read (a kicker in the
    top right corner of the cover, the title at the left)."""
    if title_index is None:
        return []
    title = blocks[title_index]
    title_box = title.bbox  # (a block's box is reckoned from its lines at every asking)

    def over_title(block: Block) -> bool:
        if title_box is None:
            return False
        box = block.bbox
        return box is not None and box[1] < title_box[3]

    found = [index for index, block in enumerate(blocks) if (index < title_index or over_title(block)) and index != title_index
             and index not in taken and block.kind == "text" and block.page == title.page and is_kicker(block.text)]
    taken.update(found)
    return [blocks[index] for index in found]


def _title_goes_on(title: str, following: str, after_block: Block | None = None) -> bool:
    """In plain text, a title's next line continues it only when the words say so: the title ends
    with a function word or a possessive ("... in Bangladesh's" / "Ready-Made ..."), or the next
    line starts in lower case ("... Decent Work" / "in East Africa")."""
    last = title.rsplit(" ", 1)[-1]
    if is_dateline(following) and not starts_lowercase(following) and not has_masthead_separators(title):
        return False  # a dateline under the title ("Karvania · Harvest Safe project, 2023–2026"), not a
        # second line that starts in lower case with a dash or a slash in it ("in tea estates – the hills")
    if after_block is not None and after_block.gap_before == 0 and is_dateline(after_block.text) \
            and len(following.split()) <= TITLE_TAIL_WORDS and not has_masthead_separators(title):
        return True  # the title's last words right over its dateline ("... à Port" / "Vallon" / "Karvania · ...")
    if starts_lowercase(following) or last.lower() in _continuation_words() or last.endswith(("'s", "’s")):
        return True
    if _name_wraps_into_tail(title, following, after_block):
        return True
    if is_sentence_case_title(title) and not is_title_case(title) and is_title_case(following, min_words=2) \
            and not is_capitals(following) and not following[:1].isdigit():
        # a title in sentence case (French, Spanish) goes on in names, every word a capital ("... dans
        # l'océan" / "Indien et les Caraïbes"); a heading of those languages is in sentence case too
        return True
    # A title wrapped in large type goes on in title case ("Safe and Healthy" / "Work in Lebanon");
    # headings under it are in sentence case or capitals. One word ("Results") may be a heading in
    # sentence case: it goes on with the title only when the line after it is in another style (a
    # heading in capitals), so that it cannot be one of that heading's siblings.
    if not (is_title_case(title) and is_title_case(following)) or is_capitals(title) != is_capitals(following):
        return False
    if following[:1].isdigit():
        return False  # "1 Results": a numbered heading
    # one word ends a wrapped title when what comes right after it is no body text it could head: a
    # heading in capitals, a numbered heading, or another short line ("Arab" / "States" / "Tools and guidance")
    # (white space under the word and none above it: the title's last line; a heading has space above)
    if len(following.split()) > 1 or after_block is None or is_capitals(after_block.text) or after_block.gap_before > 0:
        return True
    numbered = after_block.kind == "bullet" and (_SINGLE_NUMBER.match(after_block.marker or "") is not None)
    short = _is_short_line(after_block) and len(after_block.text.split()) <= MAX_COLON_HEADING_WORDS
    return after_block.gap_before == 0 and (numbered or short)


def _name_wraps_into_tail(title: str, following: str, after_block: Block | None) -> bool:
    """Plain text: a title not in title case whose last word is a capital's goes on in a short line
    in title case right under it (TITLE_TAIL_WORDS words at most, not in capitals, no sentence's
    end) when the deck follows that line with no white space ("Fair work at sea: seafarers' rights
    in Papua" / "New Guinea" / "Putting the Maritime Labour Convention ...", "... seasonal work in
    New" / "Zealand" / "Pre-departure guide ..."): large type wrapped inside a name that the
    capital at the line's end began. A heading under the title stands apart from the text it heads."""
    if after_block is None or after_block.gap_before > 0 or is_title_case(title) or not title.split()[-1][:1].isupper():
        return False
    return (len(following.split()) <= TITLE_TAIL_WORDS and is_title_case(following) and not is_capitals(following)
            and not ends_sentence(following))


def _find_subtitle(blocks: list[Block], title_index: int, taken: set[int]) -> str | None:
    """The line right under the title, in a type of its own (smaller than the title, and unlike any
    heading): "How the ILO works with ...". Only type can tell a subtitle from a first heading."""
    index = title_index + 1
    if index >= len(blocks) or index in taken:
        return None
    block, title = blocks[index], blocks[title_index]
    if block.kind != "text" or block.page != title.page or not 0 < block.emphasis < title.emphasis:
        return None
    if more_words_than(block.text, MAX_TITLE_WORDS) or block.text.endswith(".") or is_contact_intro(block.text):
        return None
    if block.font is None or any(other.font == block.font for i, other in enumerate(blocks) if i not in (index, title_index)):
        return None
    taken.add(index)
    return block.text


def _subtitle_by_style(blocks: list[Block], index: int, heading_levels: dict[int, int]) -> str | None:
    """In plain text, the line under the title is a subtitle, not the first heading, when every other
    heading shares a style it lacks (all end in a colon, or are in capitals, or are numbered)."""
    others = [_heading_style(blocks[i]) for i in heading_levels if i != index]
    if len(others) < 2 or blocks[index].font is not None:
        return None
    shared = frozenset.intersection(*others)
    return blocks[index].text if shared and not shared & _heading_style(blocks[index]) else None


def _find_publisher(blocks: list[Block], title_index: int, taken: set[int]) -> str | None:
    """An organization's name standing alone next to the title on the cover ("International Labour
    Organization")."""
    for index in (title_index + 1, title_index - 1):
        if 0 <= index < len(blocks) and index not in taken:
            text = blocks[index].text
            short = blocks[index].kind == "text" and len(text.split()) <= 10 and not ends_sentence(text)
            if short and _PUBLISHER_START.match(text) and looks_like_organization(text):
                taken.add(index)
                return text
    return None


def _take_quotes(blocks: list[Block], taken: set[int]) -> list[Quote]:
    quotes: list[Quote] = []
    index = 0
    while index < len(blocks):
        if index not in taken and is_quote_block(blocks[index]):
            parts = read_quote(blocks, index)
            block = blocks[index]
            quotes.append(
                Quote(id=f"q{len(quotes) + 1}", text=parts.text, attribution=parts.attribution, speaker=parts.speaker, role=parts.role,
                      context=parts.context, page=block.page, bbox=_bbox(block))
            )
            taken.update(range(index, index + parts.blocks_used))
            index += parts.blocks_used
        else:
            index += 1
    return quotes


def _take_contacts(blocks: list[Block], taken: set[int]) -> list[Contact]:
    contacts: list[Contact] = []
    index = 0
    while index < len(blocks):
        span = None if index in taken else find_contact(blocks, index, taken)
        if span is None:
            index += 1
            continue
        first, end = span
        intro = blocks[first].text
        # a bare "Contact" set as a heading stays the heading of its section, and so does a plain-text
        # heading in capitals over the panel ("FOR MORE INFORMATION")
        capitals_heading = blocks[first].font is None and is_capitals(intro) and first + 1 < end
        # so does a plain-text line set apart over it that names no one ("For more information")
        text_heading = blocks[first].font is None and blocks[first].gap_before >= 1 and first + 1 < end \
            and len(intro.split()) >= 2 and not is_contact_field(intro) and not looks_like_role(intro) \
            and not looks_like_person_name(intro) and not looks_like_organization(intro)
        if is_tagged_heading(blocks[first]) or _is_heading_shaped(blocks[first]) and (
                contact_intro_length(intro) == len(intro) or capitals_heading or text_heading
                or _heads_panel(blocks, first, end)):
            first += 1
        panel = [blocks[i] for i in range(first, end) if i not in taken]
        contacts.extend(
            Contact(
                id=f"c{len(contacts) + number}", text="\n".join(parts.lines), name=parts.name, role=parts.role,
                organization=parts.organization, address=parts.address, phone=parts.phone, fax=parts.fax,
                email=parts.email, url=parts.url, page=panel[0].page,
            )
            for number, parts in enumerate(read_contacts(panel), start=1)
        )
        taken.update(range(first, end))
        index = end
    return contacts


def _positions_of(blocks: Sequence[Block], chosen: Sequence[Block]) -> set[int]:
    """The indices in ``blocks`` of the blocks ``chosen`` (the same objects, not equal texts): an index
    taken before the title's block was split from its deck (``_split_block``) or merged with its
    further lines (``_merge_title_lines``) points at a neighbour after it (the paragraph a run-in
    heading was cut from, read as a heading itself)."""
    wanted = {id(block) for block in chosen}
    return {index for index, block in enumerate(blocks) if id(block) in wanted}


def _heads_panel(blocks: list[Block], first: int, end: int) -> bool:
    """In a PDF, the first line of a contact panel is the heading over it ("For more information",
    "C O N T A C T", "4 Contact us"), not the panel's first name or office, when its type stands out
    from every other line of the panel and it is no person's name."""
    if blocks[first].font is None or first + 1 >= end or looks_like_person_name(blocks[first].text):
        return False
    return blocks[first].emphasis > max(blocks[index].emphasis for index in range(first + 1, end))


def _is_heading_shaped(block: Block) -> bool:
    text = block.text
    if block.kind == "bullet":
        if not (_MULTILEVEL_NUMBER.match(block.marker or "") or _SINGLE_NUMBER.match(block.marker or "")):
            return False
    elif block.kind != "text":
        return False
    if block.kind == "text":
        text = SECTION_NUMBER.sub("", text, count=1)  # "1 Overview": the capital comes after the number
    spaced = is_letter_spaced(text)
    if more_words_than(text, MAX_HEADING_WORDS) and _TWO_CHARACTERS.search(text) and not spaced:
        return False  # too many words, and not letter-spaced (below): a paragraph, not split whole
    tokens = text.split()
    if spaced:
        # letter-spaced ("C O N T A C T  U S", a kerned pair kept: "W H O I S I N V O LV E D"): its words are not its tokens
        text = "".join(tokens)
        tokens = [text]
    # (Spanish opens a question with "¿": "¿Qué es una cooperativa?" starts with a capital)
    if len(tokens) > MAX_HEADING_WORDS or len(text) > MAX_HEADING_CHARS or not text.lstrip("¿¡")[:1].isupper():
        return False
    if text.endswith((".", ",", ";")) or (text.endswith(":") and not _colon_heading(block)):
        return False
    return not URL.search(text) and not is_key_figure(text)


KEY_FIGURE_MAX_WORDS = 3
"""A key figure of a tile ("PKR 37,000", "EUR 9.8 m", "80 %") is a few words ..."""
KEY_FIGURE_FIGURE_SHARE = 0.4
"""... more than this share of whose characters (spaces aside) are digits and the signs of numbers."""
_FIGURE_CHARACTERS = re.compile(r"[\d.,%]")
_WORD_OF_FOUR = re.compile(r"[^\W\d_]{4}")


def is_key_figure(text: str) -> bool:
    """``text`` is a figure set large in a tile or a box, with its unit or currency (no word longer
    than a currency's code): it stands out by type as a heading does, and heads nothing (the line
    under it says what it counts)."""
    compact = "".join(text.split())
    if not compact or more_words_than(text, KEY_FIGURE_MAX_WORDS) or not any(c.isdigit() for c in compact) or _WORD_OF_FOUR.search(text):
        return False
    return len(_FIGURE_CHARACTERS.findall(compact)) > KEY_FIGURE_FIGURE_SHARE * len(compact)


def _is_short_line(block: Block) -> bool:
    return block.kind == "text" and not more_words_than(block.text, MAX_HEADING_WORDS) and not ends_sentence(block.text)


def _run(flags: list[bool], position: int) -> tuple[int, int]:
    """First and last index of the run of True values in ``flags`` around ``position``."""
    start = position
    while start > 0 and flags[start - 1]:
        start -= 1
    end = position
    while end + 1 < len(flags) and flags[end + 1]:
        end += 1
    return start, end


def _colon_heading(block: Block) -> bool:
    """A line ending in a colon heads a section when its type says so (PDF), or, in text, when it
    stands alone between blank lines ("What we do:"); otherwise it leads into what follows."""
    if block.font is not None:
        return block.emphasis > 0 and not is_contact_intro(block.text)
    return block.gap_before >= 1 and block.gap_after >= 1 and len(block.text.split()) <= MAX_COLON_HEADING_WORDS


def _heading_style(block: Block) -> frozenset[str]:
    """How a heading is set in plain text: numbered, in capitals, ending with a colon."""
    style = set()
    if block.kind == "bullet":
        style.add("numbered")
    if block.text.isupper():
        style.add("capitals")
    if block.text.endswith(":"):
        style.add("colon")
    return frozenset(style)


def _number_depth(marker: str | None) -> int:
    return marker.rstrip(".").count(".") + 1 if marker else 0


def _heading_levels(blocks: list[Block], flow: list[int], panels: frozenset[int] | set[int], shaped_blocks: list[bool],
                    link_positions: list[int]) -> dict[int, int]:
    """Which blocks of the flow are headings, and their levels (1 = top).

    A heading is short, starts with a capital, does not end like a sentence, and is followed by
    content. In a PDF it must also stand out by type when the body has a known type. Numbered
    headings take their level from the number ("2.1" is below "2."); otherwise larger type ranks
    above smaller type. Levels stop at MAX_LEVEL. A numbered line next to another numbered line is a
    list item. ``panels``: the blocks taken out of the flow as quotes and contact panels (in a PDF a
    run of short lines set alike stops at them: the headings over two panels are no list; in text,
    where a short line after a panel is as often a list's next line, it does not). ``shaped_blocks``:
    ``_is_heading_shaped`` of each block; ``link_positions``: ``_link_titles`` of the flow."""
    any_emphasis = any(blocks[i].emphasis > 0 for i in flow)
    adjacent = [position > 0 and not any(i in panels for i in range(flow[position - 1] + 1, flow[position]))
                for position in range(len(flow))]
    link_titles = set(link_positions)
    shaped = []
    for position, index in enumerate(flow):
        block = blocks[index]
        # a heading heads something: more of the flow, or a panel taken out of it (a contact)
        if not shaped_blocks[index] or index + 1 == len(blocks) or position in link_titles:
            continue
        if any_emphasis and block.emphasis <= 0 and block.kind != "bullet":
            continue
        if block.kind == "bullet" and _SINGLE_NUMBER.match(block.marker or ""):
            neighbours = [blocks[flow[p]] for p in (position - 1, position + 1) if 0 <= p < len(flow)]
            if any(n.kind == "bullet" and _SINGLE_NUMBER.match(n.marker or "") and not _is_heading_shaped(n)
                   and abs(n.emphasis - block.emphasis) < 0.05 for n in neighbours):
                continue  # a numbered item among items set like it; "3. Results" in larger type is a heading
            if block.emphasis <= 0 and any_emphasis:
                continue
        shaped.append(position)
    # Short lines set alike in a run (key figures, names) are a list, not headings.
    if any_emphasis:
        in_list: set[int] = set()
        group: list[int] = []
        for position in [*range(len(flow)), None]:
            block = blocks[flow[position]] if position is not None else None
            continues = (block is not None and group and _is_short_line(block) and position not in link_titles
                         and adjacent[position]  # no quote or contact panel taken out between them
                         and abs(block.emphasis - blocks[flow[group[-1]]].emphasis) < 0.05)
            if not continues:
                if len(group) > MAX_HEADING_RUN:
                    in_list.update(group)
                group = [position] if block is not None and _is_short_line(block) and position not in link_titles else []
            else:
                group.append(position)
        shaped = [position for position in shaped if position not in in_list]
    # Short unpunctuated lines in a run (key figures, names) are a list, except for the run's first
    # line, which may head it.
    else:
        short = [_is_short_line(blocks[index]) and position not in link_titles for position, index in enumerate(flow)]
        in_list = set()
        for position in range(len(flow)):
            start, end = _run(short, position)
            # a line in capitals among lines that are not is a heading (pdftotext sets a sidebar's
            # heading against the main column's); a list of names or figures is not set in capitals
            capitals = [is_capitals(blocks[flow[p]].text) for p in range(start, end + 1)]
            if is_capitals(blocks[flow[position]].text) and not all(capitals):
                continue
            # the run's first line may head the list, its last line the body text after the run
            if short[position] and end - start + 1 > MAX_HEADING_RUN and start < position < end:
                in_list.add(position)
            if short[position] and end - start + 1 > MAX_HEADING_RUN and position == end == len(flow) - 1:
                in_list.add(position)
        shaped = [position for position in shaped if position not in in_list]
    headings = shaped
    types = sorted({_heading_type(blocks[flow[p]]) for p in headings}, reverse=True)
    levels: dict[int, int] = {}
    for position in headings:
        block = blocks[flow[position]]
        depth = _number_depth(block.marker) if block.kind == "bullet" else (section_number_depth(block.text) if block.kind == "text" else 0)
        rank = depth or (types.index(_heading_type(block)) + 1 if any_emphasis else 1)
        # a size ranked past MAX_LEVEL, or a deeper number ("1.1.1.1.1.1.1"), takes the deepest level the record has
        levels[flow[position]] = min(rank, MAX_LEVEL)
    return levels


def _heading_type(block: Block) -> tuple[float, bool]:
    """How a heading ranks by its type: larger type above smaller; of one size, capitals above mixed
    case (a brochure whose sections are "THE BASICS" and whose subsections "What is changing?" in
    the same bold sets them apart by case alone)."""
    return round(block.emphasis, 1), block.kind == "text" and is_capitals(block.text)


def _bbox(block: Block) -> list[float] | None:
    return [round(v, 2) for v in block.bbox] if block.bbox else None


@dataclass
class _SectionBuilder:
    """Collects paragraphs and bullets under the current heading, nesting by heading level."""

    sections: list[Section] = field(default_factory=list)
    stack: list[Section] = field(default_factory=list)
    bullet_styles: list[tuple[str, float]] = field(default_factory=list)

    def current_id(self) -> str | None:
        return self.stack[-1].id if self.stack else None

    def heading(self, block: Block, level: int) -> None:
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        siblings = self.stack[-1].subsections if self.stack else self.sections
        section_id = f"{self.stack[-1].id}.{len(siblings) + 1}" if self.stack else f"s{len(siblings) + 1}"
        text = f"{block.marker} {block.text}" if block.kind == "bullet" else block.text
        section = Section(id=section_id, heading=text, level=level, page=block.page, bbox=_bbox(block))
        siblings.append(section)
        self.stack.append(section)
        self.bullet_styles = []

    def _current(self) -> Section:
        if not self.stack:  # text before the first heading
            section = Section(id=f"s{len(self.sections) + 1}", heading=None, level=1)
            self.sections.append(section)
            self.stack.append(section)
        return self.stack[-1]

    def paragraph(self, block: Block) -> None:
        section = self._current()
        self.bullet_styles = []  # text between two lists ends the first one
        paragraph = Paragraph(id=f"{section.id}.p{len(section.paragraphs) + 1}", text=block.text, page=block.page, bbox=_bbox(block))
        section.paragraphs.append(paragraph)
        section.order.append(paragraph.id)

    def bullet(self, block: Block) -> None:
        section = self._current()
        level = tagged_list_level(block) or self._bullet_level(block)
        bullet = Bullet(id=f"{section.id}.b{len(section.bullets) + 1}", text=block.text, marker=block.marker or "•",
                        level=level, page=block.page, bbox=_bbox(block))
        section.bullets.append(bullet)
        section.order.append(bullet.id)

    def _bullet_level(self, block: Block) -> int:
        """Nesting from the marker's indent and style: a new style indented further than the
        styles already open in this list is one level deeper; returning to a style closes the levels
        under it."""
        style = _marker_style(block.marker or "•")
        indent = block.lines[0].indent if block.lines else 0.0
        for level, (open_style, open_indent) in enumerate(self.bullet_styles):
            if open_style == style and abs(open_indent - indent) <= 2:
                del self.bullet_styles[level + 1:]
                # (the list may hold more styles open than the record has levels: the deeper ones share the last)
                return min(level + 1, MAX_LEVEL)
        while self.bullet_styles and indent < self.bullet_styles[-1][1] - 2:
            self.bullet_styles.pop()
        self.bullet_styles.append((style, indent))
        return min(len(self.bullet_styles), MAX_LEVEL)


def _marker_style(marker: str) -> str:
    if marker[:1].isdigit() or marker.startswith("(") and marker[1:2].isdigit():
        return "number"
    if re.fullmatch(r"\(?[ivx]+\)", marker):
        return "roman"
    if re.fullmatch(r"\(?[a-h]\)|[a-h]\.", marker):
        return "letter"
    return marker
