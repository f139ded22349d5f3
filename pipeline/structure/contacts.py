"""Contact panels: name, role, office, address lines, and Tel/Fax/Email/web fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.languages import SUPPORTED_LANGUAGES, cue_text, language_data
from pipeline.layout.patterns import CONTACT_FIELD, EMAIL, URL, ends_sentence, is_contact_field, is_url_only
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
_FIELD_SEPARATOR = re.compile(r"\s+[|/·•]\s+|\s{3,}")
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


def _is_field_block(block: Block) -> bool:
    return is_contact_field(block.text) or (block.kind == "url" and len(block.text.split()) <= 2)


def _is_panel_line(block: Block) -> bool:
    """A block short enough to be a line of a contact panel."""
    return block.kind in ("text", "url") and len(block.text.split()) <= MAX_CONTACT_LINE_WORDS and not ends_sentence(block.text.rstrip(":"))


def _is_name_or_address(blocks: list[Block], index: int, taken: set[int]) -> bool:
    return index not in taken and _is_panel_line(blocks[index]) and not _is_field_block(blocks[index])


def find_contact(blocks: list[Block], index: int, taken: set[int]) -> tuple[int, int] | None:
    """The span [first, end) of a contact panel that starts at ``blocks[index]`` (its intro line or its
    first field), or None. The span ends after the panel's last field."""
    block = blocks[index]
    if is_contact_intro(block.text) and block.kind == "text":
        first = index
        position = index + 1
    elif is_contact_field(block.text):
        first = index
        while first > 0 and index - first < MAX_LINES_BEFORE_FIELDS and _is_name_or_address(blocks, first - 1, taken):
            first -= 1
        position = index
    else:
        return None
    last_field = None
    while position < len(blocks) and position not in taken:
        candidate = blocks[position]
        if _is_field_block(candidate) or (candidate.kind == "text" and EMAIL.fullmatch(candidate.text)):
            last_field = position
        elif last_field is not None or not _is_panel_line(candidate):
            break
        position += 1
    return (first, last_field + 1) if last_field is not None else None


def read_contact(blocks: list[Block]) -> ContactParts:
    """Split a contact panel's blocks into the contact's fields."""
    lines = [block.text for block in blocks]
    parts = ContactParts(lines=lines)
    lines = [cue_text(line) for line in lines]  # "Tél. : +221 ..." reads as "Tél.: +221 ..."
    if lines and (intro := contact_intro_length(lines[0])) is not None:
        lines = [lines[0][intro:].strip(), *lines[1:]]  # "Contact: Rania Haddad, ..." names the contact after its intro
        lines = [line for line in lines if line]
    plain: list[str] = []
    # "Tel: ... | Fax: ..." puts two fields on one line
    pieces = [piece.strip() for text in lines for piece in (_FIELD_SEPARATOR.split(text) if is_contact_field(text) else [text])]
    for text in pieces:
        match = CONTACT_FIELD.match(text)
        if match:
            label = (match["label"] or match["label2"] or match["label3"]).lower().rstrip(".")
            value = (match["value"] or match["value2"] or match["value3"]).strip()
            kind = _FIELD_NAMES.get(label) or _other_field_names().get(label, "phone")
            if kind == "email":
                # only an address the record's schema takes: "Email: trnge@o." (a damaged file) is none
                found = EMAIL.search(value)
                value = found.group(0) if found and conforms(found.group(0), "email") else None
            if getattr(parts, kind) is None:
                setattr(parts, kind, value)
        elif EMAIL.fullmatch(text) and parts.email is None and conforms(text, "email"):
            parts.email = text
        elif is_url_only(text) and URL.search(text) and parts.url is None:
            parts.url = URL.search(text).group(0)
        elif not is_contact_intro(text):
            plain.append(text)
    for text in plain:
        head, _, rest = text.partition(",")
        if parts.name is None and not parts.address and looks_like_person_name(head):
            parts.name, parts.role = head.strip(), rest.strip() or None
        elif parts.name and parts.role is None and looks_like_role(text) and not looks_like_organization(text):
            parts.role = text
        elif not parts.address and looks_like_organization(text) and not (parts.organization and looks_like_address(text)):
            # an office under its programme: "TRIANGLE in ASEAN programme" / "ILO Regional Office ..."
            parts.organization = f"{parts.organization}, {text}" if parts.organization else text
        else:
            parts.address.append(text)
    return parts
