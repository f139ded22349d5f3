"""Contact panels: who to contact, with their role, office, address, phone, fax, email and web
address, as a brochure prints them: one person or several, a field a line ("Tel: ...") or all on
one line ("Aigerim Sultanova, Programme Officer, Bishkek sultanova@ilo.org +996 312 62 45 10").

`find_contact` marks the blocks a panel takes; `read_contacts` splits the panel's lines into
contacts: a line's fields are found by their label or by their shape (an e-mail address, an
international phone number, a web address anywhere in the line), and a new contact starts at a
line led by a person's name once the current one has a name or a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pipeline.languages import SUPPORTED_LANGUAGES, cue_text, language_data
from pipeline.layout.patterns import (
    CONTACT_FIELD,
    EMAIL,
    URL,
    ends_sentence,
    is_contact_field,
    more_words_than,
    phone_numbers,
)
from pipeline.model import Block
from pipeline.structure.formats import conforms
from pipeline.structure.shapes import (
    contact_intro_length,
    is_contact_intro,
    looks_like_address,
    looks_like_organization,
    looks_like_person_name,
    looks_like_role,
)

MAX_CONTACT_LINE_WORDS = 14
MAX_PANEL_BLOCK_WORDS = 40
"""A block of a panel (a person's name, role, office and address lines the layout joined) has at
most this many words."""
MAX_LINES_BEFORE_FIELDS = 6
"""Without an intro line, how many name/office/address lines a panel may have above its fields."""

_FIELD_NAMES = {
    "tel": "phone", "telephone": "phone", "phone": "phone", "ph": "phone", "t": "phone", "mob": "phone",
    "mobile": "phone", "m": "phone", "fax": "fax", "f": "fax", "email": "email", "e-mail": "email",
    "e": "email", "web": "url", "website": "url", "internet": "url", "url": "url", "w": "url",
}


@cache
def _other_field_names() -> dict[str, str]:
    """The contact field labels of every language's lexicon ("courriel" -> "email"), lower case."""
    names: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        for label, kind in language_data("lexicon.json", language).get("contact_field_kinds", {}).items():
            names.setdefault(label.lower(), kind)
    return names


@dataclass(slots=True)
class ContactParts:
    lines: list[str]
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    address: list[str] = field(default_factory=list)
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    url: str | None = None


# Between the pieces of one line: "email · phone", "City – email – phone", "Tel ... | Fax ...".
_PIECE_SEPARATOR = re.compile(r"\s+[|/·•–—]\s+|\s+-\s+|\s{3,}")


def line_fields(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The contact fields of one line, as (kind, value) with kind phone/fax/email/url, and the
    pieces of text left (name, role, office, address), in order. A field is found by its label
    ("Tel: +66 2 288 1234", "E-mail: a@b.org") or by its shape anywhere in the line (an e-mail
    address, an international phone number, a web address)."""
    fields, pieces = _read_line(text)
    return list(fields), list(pieces)


@lru_cache(maxsize=1024)
def _read_line(text: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """`line_fields`, kept: a panel's search asks again about the lines around each block."""
    fields: list[tuple[str, str]] = []
    pieces: list[str] = []
    text = cue_text(text)  # "Tél. : +221 ..." reads as "Tél.: +221 ..."
    for piece in (piece.strip() for piece in _PIECE_SEPARATOR.split(text)):
        if not piece:
            continue
        match = CONTACT_FIELD.match(piece)
        if match:
            label = (match["label"] or match["label2"] or match["label3"]).lower().rstrip(".")
            value = (match["value"] or match["value2"] or match["value3"]).strip()
            kind = _FIELD_NAMES.get(label) or _other_field_names().get(label, "phone")
            if kind == "email":
                # only an address the record's schema takes: "Email: trnge@o." (a damaged file) is none
                found = EMAIL.search(value)
                value = found.group(0) if found and conforms(found.group(0), "email") else ""
            if value:
                fields.append((kind, value))
            continue
        spans = [(m.start(), m.end(), "email", m.group(0)) for m in EMAIL.finditer(piece) if conforms(m.group(0), "email")]
        spans += [(m.start(), m.end(), "phone", m.group(0).strip()) for m in phone_numbers(piece)]
        spans += [(m.start(), m.end(), "url", m.group(0).rstrip(".,;")) for m in URL.finditer(piece)]
        rest, position = [], 0
        for begin, end, kind, value in sorted(spans):
            if begin < position:
                continue  # a web address inside an e-mail address's domain, say
            rest.append(piece[position:begin])
            fields.append((kind, value))
            position = end
        rest.append(piece[position:])
        left = " ".join(part.strip() for part in rest).strip(" ,;:|")
        if left:
            pieces.append(left)
    return tuple(fields), tuple(pieces)


def _has_field(text: str) -> bool:
    return bool(_read_line(text)[0]) if ("@" in text or "+" in text or ":" in text or "www" in text.lower()
                                           or is_contact_field(text)) else False


def _is_field_block(block: Block) -> bool:
    """A block with a contact field in one of its lines, every line short (no sentence)."""
    if block.kind not in ("text", "url"):
        return False
    texts = [line.text for line in block.lines] or [block.text]
    if not any(_has_field(text) for text in texts):
        return False
    return all(len(" ".join(_read_line(text)[1]).split()) <= MAX_CONTACT_LINE_WORDS and not ends_sentence(text.rstrip(":"))
               for text in texts) or block.kind == "url" and len(block.text.split()) <= 2


# A sentence ends inside the line: "... their joint plan. The ILO ..." (not "Ms. Selma", "No. 7").
_SENTENCE_INSIDE = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def _is_panel_line(block: Block) -> bool:
    """A block whose every line is short enough to be a line of a contact panel (a name, a role,
    an office, an address): no sentence, ending or inside a line."""
    if block.kind not in ("text", "url") or more_words_than(block.text, MAX_PANEL_BLOCK_WORDS):
        return False
    texts = [line.text for line in block.lines] or [block.text]
    return all(len(text.split()) <= MAX_CONTACT_LINE_WORDS and not ends_sentence(text.rstrip(":"))
               and not _SENTENCE_INSIDE.search(text) for text in texts)


def _is_name_or_address(blocks: list[Block], index: int, taken: set[int]) -> bool:
    return index not in taken and _is_panel_line(blocks[index]) and not _is_field_block(blocks[index])


def _names_a_way_to_reach(block: Block) -> bool:
    """The block gives an e-mail address, a phone or a fax number: a panel may start at it (a web
    address alone, "More: www.ilo.org/...", is no contact)."""
    return any(kind in ("email", "phone", "fax") for line in (block.lines or [block]) for kind, _ in _read_line(line.text)[0])


def _is_titled_web_address(block: Block) -> bool:
    """A web address with words of its own beside it that are no field label ("More:
    www.ilo.org/..."): a link of the brochure, not a contact's web address ("www.ilo.org/asia",
    "Web: www.ilo.org/asia")."""
    read = [_read_line(line.text) for line in (block.lines or [block])]
    return (any(fields for fields, _ in read) and all(kind == "url" for fields, _ in read for kind, _ in fields)
            and any(pieces for _, pieces in read))


def _intro_block(block: Block) -> bool:
    return block.kind == "text" and is_contact_intro(block.text)


def find_contact(blocks: list[Block], index: int, taken: set[int]) -> tuple[int, int] | None:
    """The span [first, end) of a contact panel that starts at ``blocks[index]`` (its intro line or its
    first field), or None. The span ends after the panel's last field; name and address lines
    between two fields (the next person of the panel) belong to it."""
    block = blocks[index]
    if _intro_block(block):
        # "Contact: Anahit Petrosyan, petrosyan@ilo.org" is its own first field
        return _panel_end(blocks, index, index + 1, taken, index if _is_field_block(block) else None)
    if not (_is_field_block(block) and _names_a_way_to_reach(block)):
        return None
    first = index
    while first > 0 and index - first < MAX_LINES_BEFORE_FIELDS and _is_name_or_address(blocks, first - 1, taken):
        first -= 1
        if blocks[first].font is not None and blocks[first].emphasis > blocks[first + 1].emphasis:
            break  # a line in heading type over the panel's name heads it: what stands above is no part of it
    return _panel_end(blocks, first, index, taken, None)


def _panel_end(blocks: list[Block], first: int, position: int, taken: set[int],
               last_field: int | None) -> tuple[int, int] | None:
    """The panel that starts at ``first``, read on from ``position``: [first, after its last field)."""
    pending = 0  # name/address blocks since the last field: the panel's only if a field follows
    while position < len(blocks) and position not in taken:
        candidate = blocks[position]
        if last_field is None and _is_field_block(candidate) and not _names_a_way_to_reach(candidate):
            return None  # under an intro, web addresses before any way to reach: a list of resources
        if _is_titled_web_address(candidate):
            break  # "More: www.ilo.org/...", "Find out more at www...": a link after the panel
        if _is_field_block(candidate) and (pending == 0 or _names_a_way_to_reach(candidate)):
            # after a name or address line, only a way to reach carries the panel on ("Find out
            # more" and a list of web addresses after the last contact are not the panel's)
            last_field = position
            pending = 0
        elif _is_panel_line(candidate) and not _intro_block(candidate) and (last_field is None or pending < MAX_LINES_BEFORE_FIELDS):
            # under an intro, any number of panel lines lead to the first field
            pending += 1
        else:
            break
        position += 1
    return (first, last_field + 1) if last_field is not None else None


def _person_piece(piece: str) -> tuple[str, str | None] | None:
    """(name, the rest) when ``piece`` starts with a person's name: "Ms. Selma Haufiku", "Dr. Keisha
    Baptiste, Wages Specialist"; None otherwise."""
    head, _, rest = piece.partition(",")
    if looks_like_person_name(head):
        return head.strip(), rest.strip() or None
    return None


def _panel_lines(block: Block) -> list[str]:
    """The lines a panel's block is read as: its text, the wrapped lines joined as the layout joined
    them ("... East and South-" / "East Asia ..."); but its own lines when it starts with a person's
    name or holds a field in a line of its own, as when the layout joined a panel's name, role and
    office lines into one block (a name is never wrapped)."""
    texts = [line.text for line in block.lines]
    if len(texts) > 1 and (_person_piece(texts[0]) or any(_has_field(text) for text in texts)):
        return texts
    return [block.text]


def read_contacts(blocks: list[Block]) -> list[ContactParts]:
    """Split a contact panel's blocks into its contacts (one or more, in the panel's order), each
    with the lines it was read from and its fields."""
    lines = [text.strip() for block in blocks for text in _panel_lines(block) if text.strip()]
    contacts: list[ContactParts] = []
    current = ContactParts(lines=[])
    for text in lines:
        read = text
        intro = contact_intro_length(text)
        if intro is not None:
            read = text[intro:].strip()  # "Contact: Rania Haddad, ..." names the contact after its intro
        fields, pieces = line_fields(read) if read else ([], [])
        person = _person_piece(pieces[0]) if pieces else None
        # a name-shaped line under a person's office, before any field of theirs, is the office's
        # city ("San José", "Ciudad de México"), not the next person
        city = person is not None and not fields and current.name is not None and bool(current.organization or current.address) \
            and not (current.email or current.phone or current.fax)
        if (person or intro is not None) and (current.name or current.email or current.phone) and not (city and intro is None):
            contacts.append(current)
            current = ContactParts(lines=[])
        current.lines.append(text)
        for kind, value in fields:
            if getattr(current, kind) is None:
                setattr(current, kind, value)
        for number, piece in enumerate(pieces):
            if number == 0 and person and current.name is None and not city:
                current.name, current.role = person  # "Name, its role" (the role may name a unit)
            elif not is_contact_intro(piece):
                _add_plain(current, piece)
    if current.lines:
        contacts.append(current)
    return _merge_unreachable(contacts)


def _reachable(parts: ContactParts) -> bool:
    return bool(parts.name or parts.email or parts.phone or parts.fax)


def _merge_unreachable(contacts: list[ContactParts]) -> list[ContactParts]:
    """A contact with neither a name nor a way to reach it (an office line, a web address) is part of
    the contact after it (the office above a person), or of the one before when it comes last."""
    merged: list[ContactParts] = []
    waiting: ContactParts | None = None
    for parts in contacts:
        if waiting is not None:
            parts = _joined(waiting, parts)
            waiting = None
        if _reachable(parts) or not merged and parts is contacts[-1]:
            merged.append(parts)
        else:
            waiting = parts
    if waiting is not None:
        if merged:
            merged[-1] = _joined(merged[-1], waiting)
        else:
            merged.append(waiting)
    return merged


def _joined(first: ContactParts, second: ContactParts) -> ContactParts:
    """One contact of two read in turn: the lines of both, each field from the first that has it."""
    parts = ContactParts(lines=[*first.lines, *second.lines], address=[*first.address, *second.address])
    for name in ("name", "role", "organization", "phone", "fax", "email", "url"):
        setattr(parts, name, getattr(first, name) or getattr(second, name))
    return parts


def _add_plain(parts: ContactParts, text: str) -> None:
    """A line or piece without fields: the contact's role, office or address line."""
    if parts.name is None and not parts.address and not parts.organization and (person := _person_piece(text)):
        parts.name, parts.role = person
    elif parts.name and parts.role is None and looks_like_role(text) and not looks_like_organization(text):
        parts.role = text
    elif not parts.address and looks_like_organization(text) and not (parts.organization and looks_like_address(text)):
        # an office under its programme: "TRIANGLE in ASEAN programme" / "ILO Regional Office ..."
        parts.organization = f"{parts.organization}, {text}" if parts.organization else text
    else:
        parts.address.append(text)
