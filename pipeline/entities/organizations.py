"""Organizations: known ones by their data id, the others by the name and acronym the text gives.

The text defines an acronym once ("National Social Security Fund (NSSF)") and then uses it alone,
sometimes before the definition; so acronyms are resolved over the whole document, not block by
block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.anchors import LeadingLookBehind
from pipeline.entities.vocabulary import country_names, organizations, slug, surface_forms
from pipeline.languages import SUPPORTED_LANGUAGES, language_data
from pipeline.record import Mention, Organization, OrganizationIdentifiers
from pipeline.resources import data_file

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pipeline.entities import BlockView


_POSSESSIVE_END = ("’s", "'s")


@cache
def _office_gap() -> re.Pattern:
    """What may stand between a body and its office named apart: separators ("OIT · Oficina de País
    ..."), or the body's other unit and a conjunction of any language ("ILO Decent Work Team and
    Office for the Caribbean", "... et ...", "... y ..."; lexicon ``name_links`` and each language's
    ``shape.list_conjunctions``)."""
    words = set(data_file("lexicon.json")["name_links"]["conjunctions"])
    for language in SUPPORTED_LANGUAGES:
        words |= set(language_data("lexicon.json", language).get("shape", {}).get("list_conjunctions", []))
    conjunctions = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"[\s·•,|:/–—-]*|\s+(?:[A-Z][\w-]*\s+)+(?:" + conjunctions + r")\s+")


def _without_country(name: str) -> tuple[str, str | None]:
    """(the name without the country it belongs to, that country's alpha-2), or (name, None): the
    variants of a body's name within a brochure are one body. A name that starts with a country or its
    adjective ("Netherlands Ministry of ...", "Ecuador’s Ministry of ...", "the Tajik Ministry of ..."),
    holds a French or Spanish one after its head word ("ministère malgache du Travail", "Ministerio
    boliviano de Trabajo") or ends with one ("Ministry of Foreign Affairs of the Netherlands", "Ministère
    du Travail de Madagascar", "Ministry of Labour and Employment (Bangladesh)"); looked up word by
    word in the country names of every language and in data/demonyms.json. The name left has its
    first letter in capitals ("ministère du Travail" and "Ministère du Travail" are one)."""
    names = _every_country_name()
    english_adjectives, head_first_adjectives = _country_adjectives()
    if name.endswith(")") and " (" in name:  # "Ministry of Labour and Employment (Bangladesh)"
        rest, _, country = name[:-1].rpartition(" (")
        if country in names:
            return _first_letter_upper(rest), names[country]
    words = name.split()
    for count in range(min(6, len(words) - 1), 0, -1):  # the longest country first: "South Africa" before "South"
        first = " ".join(words[:count])
        for ending in _POSSESSIVE_END:
            first = first.removesuffix(ending)
        first = first.removeprefix("the ")
        country = names.get(first) or english_adjectives.get(first)
        if country and words[count][:1].isupper():
            return " ".join(words[count:]), country
    if len(words) > 2 and (country := head_first_adjectives.get(words[1])):  # "Ministerio boliviano de Trabajo"
        return _first_letter_upper(" ".join([words[0], *words[2:]])), country
    for link in _COUNTRY_LINK.finditer(name):  # the first link a country follows to the end: "Bank of the Republic of Korea"
        if (country := names.get(name[link.end():])) is not None:
            return _first_letter_upper(name[:link.start()]), country
    return name, None


_COUNTRY_LINK = re.compile(r" (?:of(?: the)?|de(?: la| los| las)?|du|des|del|de l’|de l') |(?: d’| d'| de l’| de l')(?=\w)")
"""The words before a country that ends a body's name, in English, French and Spanish ("of the", "de la", "d’")."""


_ELIDED = re.compile(r"^(?:l|d)['’]")
"""An elided article or preposition written on its word ("l’emploi", "d’état")."""


@cache
def _name_small_words() -> frozenset[str]:
    """The small words of a name in every language ("of", "and", "de", "du", "la", "l’", "y", "et"), lower case."""
    words: set[str] = set()
    for language in SUPPORTED_LANGUAGES:
        lexicon = language_data("lexicon.json", language)
        links = lexicon["name_links"]
        words |= {*links["conjunctions"], *links["prepositions"], *links["articles"]}
        shape = lexicon.get("shape", {})
        words |= {w for link in [*shape.get("genitive_links", []), *shape.get("other_links", [])] for w in link.split()}
    return frozenset(w.strip("’'").lower() for w in words) | frozenset(words)


def _first_letter_upper(name: str) -> str:
    return name[:1].upper() + name[1:]


@cache
def _every_country_name() -> dict[str, str]:
    """Every way a text of any supported language writes a country -> alpha-2."""
    names: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        names.update(country_names(language))
    return names


@cache
def _country_adjectives() -> tuple[dict[str, str], dict[str, str]]:
    """(English country adjective -> alpha-2, French and Spanish one -> alpha-2), from data/demonyms.json;
    an adjective two countries share ("congolais", "Korean") names neither."""
    english: dict[str, set[str]] = {}
    head_first: dict[str, set[str]] = {}
    for code, forms in data_file("demonyms.json").items():
        if code == "description":
            continue
        for word in forms.get("en", []):
            english.setdefault(word, set()).add(code)
        for word in [*forms.get("fr", []), *forms.get("es", [])]:
            head_first.setdefault(word, set()).add(code)
    return ({word: codes.pop() for word, codes in english.items() if len(codes) == 1},
            {word: codes.pop() for word, codes in head_first.items() if len(codes) == 1})


@cache
def _known_by_country_name() -> dict[str, str]:
    """The key a name found by its shape would get ("name:<name>|<alpha-2>") -> the id of the known
    body of that country it names: "Ministry of Labour and Employment of Bangladesh" is the data's
    "Ministry of Labour and Employment (Bangladesh)"; only a body's own country counts."""
    index: dict[str, str] = {}
    for org_id, org in sorted(organizations().items()):
        for text in [org["name"], *org["aliases"]]:
            rest, country = _without_country(text)
            if country and country == org["country"]:
                index.setdefault(f"name:{rest}|{country}", org_id)
    return index


def _name_key(name: str) -> str:
    """The key of a body found by its name: "name:<name>", or "name:<name without its country>|<alpha-2>"."""
    rest, country = _without_country(name)
    # ("le ministère des Affaires sociales" and "Le Ministère des Affaires sociales ...": one body)
    return f"name:{rest}|{country}" if country else f"name:{_first_letter_upper(name)}"


@dataclass(frozen=True, slots=True)
class _KindWords:
    """The lexicon's words that tell an unknown body's kind (``OrganizationResolver._kind``)."""

    kind_by_head: dict[str, str]
    """A body's kind by its head word, in every language ("Ministère" is a government's as "Ministry" is)."""
    company_suffixes: frozenset[str]
    employers_words: frozenset[str]
    workers_words: frozenset[str]
    membership_heads: frozenset[str]
    family_words: frozenset[str]
    """A family firm's last word after "&" ("Ndiaye & Fils"), lower case."""
    legal_forms_first: frozenset[str]
    """A company's legal form written before its name ("PT Sumber Makmur"), lower case."""
    trade_nouns: tuple[frozenset[str], frozenset[str]]
    """A trade's nouns that open and that end a company's name ("Transportes Quillota", "Kestrel Valley
    Logistics"), lower case."""
    sub_unit_heads: frozenset[str]
    """The head words of a body's units, in every language ("office", "oficina", "bureau")."""


@cache
def _kind_words() -> _KindWords:
    """The words of ``_KindWords``, read once per process (each document read them again)."""
    lexicon = data_file("lexicon.json")
    return _KindWords(
        kind_by_head={head: kind for language in SUPPORTED_LANGUAGES
                      for head, kind in language_data("lexicon.json", language)["organization_heads"].items()},
        company_suffixes=frozenset(suffix.lower() for suffix in lexicon["company_suffixes"]),
        employers_words=frozenset(lexicon["employers_words"]),
        workers_words=frozenset(lexicon["workers_words"]),
        membership_heads=frozenset(lexicon["membership_heads"]),
        family_words=frozenset(word.lower() for word in lexicon["trade_names"]["family_words"]),
        legal_forms_first=frozenset(word.lower() for word in lexicon["trade_names"]["legal_forms_first"]),
        trade_nouns=(frozenset(word.lower() for word in lexicon["trade_names"]["nouns_first"]),
                     frozenset(word.lower() for word in lexicon["trade_names"]["nouns_last"])),
        sub_unit_heads=frozenset(head for language in SUPPORTED_LANGUAGES
                                 for head in language_data("lexicon.json", language)["sub_unit_heads"]),
    )


class OrganizationResolver:
    """Collects ORG mentions from processed blocks and gives each one canonical Organization."""

    def __init__(self, views: list[BlockView]):
        self.views = views
        self.contact_blocks = {view.block_id for view in views if view.kind == "contact"}
        self.known = organizations()
        words = _kind_words()
        self.kind_by_head = words.kind_by_head
        self.company_suffixes = words.company_suffixes
        self.employers_words = words.employers_words
        self.workers_words = words.workers_words
        self.membership_heads = words.membership_heads
        self.family_words = words.family_words
        self.legal_forms_first = words.legal_forms_first
        self.trade_nouns = words.trade_nouns
        self.sub_unit_heads = words.sub_unit_heads
        self.acronym_targets: dict[str, str] = {}
        self.acronym_targets = self._acronym_targets()

    def _acronym_targets(self) -> dict[str, str]:
        """Acronym defined in this document -> the key (org id or unknown name) it stands for."""
        targets: dict[str, str] = {}
        for view in self.views:
            for acronym, name in view.acronyms:
                key = _name_key(name.text)
                targets.setdefault(acronym, name.id_ or _known_by_country_name().get(key, key))
        return targets

    def _bare_acronyms(self, view: BlockView) -> list[Span]:
        """The acronyms this document defines, wherever the block uses them alone (a regex over the
        text is much cheaper than a walk over its tokens). The regex runs once over each Doc's text
        (the blocks joined by a blank line, which no acronym holds and which, like a block's ends,
        no word character is), its matches then given to their blocks."""
        if not hasattr(self, "_acronym_pattern"):
            alternatives = "|".join(re.escape(a) for a in sorted(self.acronym_targets, key=len, reverse=True))
            # searched without its look-behind, tested after each match (pipeline.anchors): a pattern
            # that opens with a look-behind is tried at every character of the text, four times slower
            self._acronym_pattern = LeadingLookBehind(re.compile(rf"(?<![\w&])(?:{alternatives})(?![\w&])"),
                                                      re.compile(rf"(?:{alternatives})(?![\w&])"), re.compile(r"[\w&]"))
            self._acronyms_by_doc: dict[int, dict[int, list[Span]]] = {}
        from pipeline.entities.components import doc_text  # (spaCy is imported when the first document needs it)

        doc = view.doc
        by_offset = self._acronyms_by_doc.get(id(doc))
        if by_offset is None:
            by_offset = self._acronyms_by_doc[id(doc)] = {}
            offsets = sorted({other.offset for other in self.views if other.doc is doc})
            for match in self._acronym_pattern.finditer(doc_text(doc)):
                offset = offsets[bisect_right(offsets, match.start()) - 1]
                if (span := doc.char_span(match.start(), match.end())) is not None:
                    by_offset.setdefault(offset, []).append(span)
        return by_offset.get(view.offset, [])

    def _key(self, ent: Span, text: str) -> str | None:
        """The org id of a known organization, else "name:<text>" for one found by its shape. An
        acronym this document defines means what the document says, whatever the data's body of
        the same letters is (ATUC: Arab Trade Union Confederation here, not ASEAN Trade Union Council)."""
        if text in self.acronym_targets:
            return self.acronym_targets[text]
        if ent.id_:
            return ent.id_
        key = _name_key(text)
        return _known_by_country_name().get(key, key)

    def organizations(self) -> list[Organization]:
        mentions: dict[str, list[Mention]] = {}
        names: dict[str, str] = {}
        units: dict[str, dict[str, None]] = {}
        forms: dict[str, set[str]] = {}  # the data's own names of each known body, looked up once
        # one flag per token of each Doc (a brochure with pages in two languages has a Doc per language)
        taken_in: dict[int, bytearray] = {}
        for view in self.views:
            taken = taken_in.get(id(view.doc))
            if taken is None:  # (made once per Doc: a default given to setdefault is made for every block)
                taken = taken_in[id(view.doc)] = bytearray(len(view.doc) if self.acronym_targets else 0)
            spans = [e for e in view.ents if e.label_ == "ORG"]
            if self.acronym_targets:  # acronyms the text defined, used alone elsewhere, where no entity is
                for e in spans:
                    taken[e.start:e.end] = b"\x01" * (e.end - e.start)
                spans += [span for span in self._bare_acronyms(view) if not any(taken[span.start:span.end])]
                spans.sort(key=lambda s: s.start)
            for span in spans:
                mention = view.mention(span)
                text = mention.text
                key = self._key(span, text)
                known = self.known.get(key)
                parent = known.get("parent") if known else None
                if parent:  # an office or programme of a body counts as that body, and is named as its unit
                    units.setdefault(parent, {}).setdefault(known["name"], None)
                    key = parent
                elif known and text not in (forms[key] if key in forms else forms.setdefault(key, surface_forms(key))) \
                        and _known_by_country_name().get(_name_key(text)) != key:  # (its name with its country another way)
                    units.setdefault(key, {}).setdefault(text, None)  # "ILO Country Office for Tanzania"
                mentions.setdefault(key, []).append(mention)
                if key.startswith("name:") and len(span) > 1 and text not in self.acronym_targets:  # ("CUT-A" is three tokens)
                    names.setdefault(key, " ".join(text.split()))
        order = {view.block_id: index for index, view in enumerate(self.views)}  # mentions stay in reading order
        self._fold_cut_names(mentions, names, order)
        self._fold_variants(mentions, names, order)
        self._fold_offices(mentions, names, units, order)
        acronym_of = {key: acronym for acronym, key in self.acronym_targets.items()}
        used_ids: set[str] = set(self.known)
        result = []
        for key, found in mentions.items():
            if key in self.known:
                result.append(self._known(key, found, list(units.get(key, {}))))
            elif not all(m.block in self.contact_blocks for m in found):
                # a name only an address gives ("India Habitat Centre") is a place, not a body of the brochure
                result.append(self._unknown(key, names.get(key, key.removeprefix("name:")), acronym_of.get(key), found, used_ids))
        return result

    def _merge_into(self, key: str, into: str, mentions: dict[str, list[Mention]], order: dict[str, int]) -> None:
        """The body ``key`` is ``into``: its mentions become ``into``'s (kept in reading order, ``order``
        the index of each block) and the acronyms the document defined for it stand for ``into``.
        ``mentions`` by key, changed in place; what becomes of ``key``'s name is the caller's."""
        for acronym in [a for a, target in self.acronym_targets.items() if target == key]:
            self.acronym_targets[acronym] = into
        mentions[into] = sorted([*mentions[into], *mentions.pop(key)], key=lambda m: (order[m.block], m.start))

    def _fold_cut_names(self, mentions: dict[str, list[Mention]], names: dict[str, str], order: dict[str, int]) -> None:
        """A name found by its shape that ends where its block ends and is the start of another body's
        name in the document ("The Norwegian Agency for Development" as a whole list item, beside the
        Norwegian Agency for Development Cooperation), or starts where its block starts and is the
        end of one ("Telecommunication Union" beside the International Telecommunication Union):
        the block was cut inside the name; its mentions are the other body's. ``mentions`` and
        ``names`` by key, changed in place."""
        block_ends = {view.block_id: len(view.text.rstrip(" .,;:")) for view in self.views}
        block_starts = {view.block_id: len(view.text) - len(view.text.lstrip()) for view in self.views}
        full_names: dict[str, list[str]] = {}
        for key in mentions:
            if key in self.known:
                full_names[key] = [self.known[key]["name"], *self.known[key]["aliases"]]
            elif key in names:
                full_names[key] = [names[key]]
        for key in [k for k in mentions if k.startswith("name:") and k in names]:
            name = names[key]
            if len(name.split()) < 2:
                continue
            # (by the name's own mentions: an acronym it defined is used anywhere)
            by_name = [m for m in mentions[key] if m.text not in self.acronym_targets]
            at_end = bool(by_name) and all(m.end == block_ends.get(m.block) for m in by_name)
            at_start = bool(by_name) and all(m.start == block_starts.get(m.block) for m in by_name)
            if not (at_end or at_start):
                continue
            longer = next((other for other, forms in full_names.items() if other != key and other in mentions
                           and any((at_end and form.startswith(name + " ")) or (at_start and form.endswith(" " + name))
                                   for form in forms)), None)
            if longer is not None:
                self._merge_into(key, longer, mentions, order)
                names.pop(key)

    def _fold_variants(self, mentions: dict[str, list[Mention]], names: dict[str, str], order: dict[str, int]) -> None:
        """One body for the variants of a name found by its shape: "Ministry of Solidarity" where
        the brochure also names "Morocco’s Ministry of Solidarity" (and no other country's) is that
        ministry; "the Trust" after "Haor Livelihoods Trust" (the only body named by that head word)
        is that trust; "Ministerio de Trabajo" beside "Ministerio de Trabajo, Empleo y Previsión
        Social" is that ministry. The merged body keeps the name it was first written with (the
        full name, for a list of portfolios left out). ``mentions`` and
        ``names`` by key, changed in place."""

        def first(key: str) -> tuple[int, int]:
            return min((order[m.block], m.start) for m in mentions[key])

        def fold(key: str, into: str, first_name: bool = True) -> None:
            if key in names and (into not in names or (first_name and first(key) < first(into))):
                names[into] = names[key]
            names.pop(key, None)
            self._merge_into(key, into, mentions, order)

        for key in [k for k in mentions if k.startswith("name:") and "|" not in k]:
            rest = key.removeprefix("name:")
            with_country = [k for k in mentions if k.startswith(f"name:{rest}|")]
            if len(with_country) == 1:
                fold(key, with_country[0])
                continue
            # "Ministerio de Trabajo" beside "Ministerio de Trabajo, Empleo y Previsión Social": its
            # list of portfolios left out (the full name is kept)
            listing = [k for k in mentions if k != key and k in names and names[k].startswith(rest + ", ")]
            if len(listing) == 1 and key in names:
                fold(key, listing[0], first_name=False)
                continue
            if " " not in rest and rest.lower() in self.kind_by_head:
                ending = " " + rest.lower()
                bodies = [k for k in mentions
                          if k != key and (names.get(k) or self.known.get(k, {}).get("name", "")).lower().endswith(ending)]
                if len(bodies) == 1:
                    fold(key, bodies[0])
        self._fold_short_portfolios(mentions, fold)

    def _fold_short_portfolios(self, mentions: dict[str, list[Mention]], fold: Callable[..., None]) -> None:
        """"ministère burundais du Travail" beside "Ministère de la Fonction publique, du Travail et de l’Emploi du
        Burundi", "Ministerio de Trabajo" beside "Ministerio del Trabajo de Colombia": a government body named by
        its head word and one portfolio of the one body of that head word and a country (the same country, or any for
        a name with none) that names it among others is that body (its full name kept)."""
        def parts(key: str) -> tuple[str, frozenset[str], str]:
            rest, _, country = key.removeprefix("name:").partition("|")
            words = [_ELIDED.sub("", w.strip("’',()").lower()) for w in rest.split()]
            return words[0], frozenset(words[1:]) - _name_small_words(), country

        keys = [k for k in mentions if k.startswith("name:")]
        read = {k: parts(k) for k in keys}
        for key in keys:
            head, portfolios, country = read[key]
            # (one portfolio, as a short form names it: "le ministère malgache du Travail"; two are a body's own name,
            # "Ministry of Labour and Employment" beside "Ministry of Labour, Employment and Social Security" two ministries)
            if key not in mentions or len(portfolios) != 1 or self.kind_by_head.get(head) != "government":
                continue
            # (of the same country, a shorter list; with no country, one of a country's: two bodies of no country named
            # alike may be two countries' "Caja de Seguro Social", "Caja Costarricense de Seguro Social")
            fuller = [k for k in keys if k != key and k in mentions and read[k][0] == head and read[k][2]
                      and ((country == read[k][2] and portfolios < read[k][1]) or (not country and portfolios <= read[k][1]))]
            if len(fuller) == 1:
                fold(key, fuller[0], first_name=False)

    def _fold_offices(self, mentions: dict[str, list[Mention]], names: dict[str, str], units: dict[str, dict[str, None]],
                      order: dict[str, int]) -> None:
        """An office named after its body, apart from it: "International Labour Organization ·
        Country Office for Ethiopia and Somalia", "OIT · Oficina de País para los Países Andinos",
        "the ILO Decent Work Team and Office for the Caribbean". A name found by its shape whose
        first head word is a unit's (lexicon ``sub_unit_heads``), with no country, each mention of it
        right after a mention of one known body (nothing between but separators, or the body's
        other unit and "and"): a unit of that body, its mentions the body's ("the ILO and the
        Social Security Office" names two bodies). ``mentions``, ``names`` and ``units`` by key,
        changed in place."""
        texts = {view.block_id: view.text for view in self.views}
        known_ends: dict[str, list[tuple[int, str]]] = {}  # block -> (end, org id) of its known bodies' mentions
        for key, found in mentions.items():
            if key in self.known:
                for m in found:
                    known_ends.setdefault(m.block, []).append((m.end, key))
        office_gap = _office_gap()

        def body_before(m: Mention) -> str | None:
            before = [(end, org_id) for end, org_id in known_ends.get(m.block, []) if end <= m.start]
            if not before:
                return None
            end, org_id = max(before)
            return org_id if office_gap.fullmatch(texts[m.block][end:m.start]) else None

        for key in [k for k in mentions if k.startswith("name:") and "|" not in k and k in names]:
            first_head = next((w.lower() for w in names[key].split() if w.lower() in self.kind_by_head), None)
            if first_head not in self.sub_unit_heads:
                continue
            bodies = {body_before(m) for m in mentions[key]}
            if len(bodies) != 1 or None in bodies:
                continue
            [body] = bodies
            units.setdefault(body, {}).setdefault(names.pop(key), None)
            self._merge_into(key, body, mentions, order)

    def _known(self, org_id: str, found: list[Mention], units: list[str]) -> Organization:
        org = self.known[org_id]
        return Organization(
            id=org_id, name=org["name"], acronym=org["acronym"], kind=org["kind"], known=True, country=org["country"],
            identifiers=OrganizationIdentifiers(**org["identifiers"]), units=units, mentions=found,
        )

    def _unknown(self, key: str, name: str, acronym: str | None, found: list[Mention], used_ids: set[str]) -> Organization:
        base = f"org:{slug(acronym or name)}"
        org_id, number = base, 1
        while org_id in used_ids:
            number += 1
            org_id = f"{base}-{number}"
        used_ids.add(org_id)
        country = key.rsplit("|", 1)[1] if "|" in key else None
        return Organization(id=org_id, name=name, acronym=acronym, kind=self._kind(name), known=False, country=country, mentions=found)

    def _kind(self, name: str) -> str:
        """A guess from the words of the name: a federation, union or council of workers is a workers'
        organization, of employers or business an employers' organization; otherwise the last
        organization word decides ("Ministry of ..." is a government body)."""
        words = [w.strip("'’") for w in name.lower().split()]
        if any(w in self.membership_heads for w in words):
            if any(w in self.workers_words for w in words):
                return "workers_organization"
            if any(w in self.employers_words for w in words):
                return "employers_organization"
        if any(w in self.company_suffixes for w in words) or (len(words) > 1 and words[0] in self.legal_forms_first) \
                or (len(words) > 2 and words[-2] == "&" and words[-1] in self.family_words):
            return "company"
        for word in reversed(words):
            for form in (word, word[:-1] if word.endswith("s") else None):  # "... Employers' Organisations"
                if form in self.kind_by_head:
                    return self.kind_by_head[form]
        # ("Transportes Quillota", "Kestrel Valley Logistics"; "Ministry of Transport" is the ministry's)
        if len(words) > 1 and (words[0] in self.trade_nouns[0] or words[-1] in self.trade_nouns[1]):
            return "company"
        return "other"
