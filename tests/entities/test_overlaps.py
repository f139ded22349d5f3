"""One entity per token: what the entity ruler and our finders propose may overlap, doc.ents may not
(spaCy raises E1010). The candidates meet in ``without_overlaps``, which keeps a set with no overlap
by one total rule: the longer span, then the earlier, then a known body before a name found by shape."""

from __future__ import annotations

import itertools
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

import pipeline
from pipeline.entities.components import without_overlaps
from pipeline.entities.nlp import brochure_nlp
from pipeline.entities.vocabulary import country_names
from pipeline.record import BrochureRecord
from pipeline.resources import data_file
from pipeline.schema import validate_record
from tests.conftest import block_texts


def overlapping_mentions(record: BrochureRecord) -> list[tuple]:
    """Pairs of mentions in one block that share characters, among mentions that must not: the
    organizations and regions together (both were spaCy entities, one per token), the countries,
    the themes. An organization's name may hold a country's ("ILO Country Office for Tanzania"), and
    a range written as one token ("2020–2021") is a mention of both its years, so no other pairs."""
    groups = record.entities
    kinds = {"entities": [*groups.organizations, *groups.regions], "countries": groups.countries, "themes": groups.themes}
    found = []
    for kind, entities in kinds.items():
        by_block: dict[str, list] = {}
        for entity in entities:
            for mention in entity.mentions:
                by_block.setdefault(mention.block, []).append(mention)
        for mentions in by_block.values():
            for a, b in itertools.combinations(mentions, 2):
                if a.start < b.end and b.start < a.end:
                    found.append((kind, a, b))
    return found


def _extract_text(text: str) -> BrochureRecord:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brochure.txt"
        path.write_text(text, encoding="utf-8", newline="")
        return pipeline.extract(path)


def _sound(record: BrochureRecord) -> None:
    validate_record(record.model_dump(mode="json"))
    texts = dict(block_texts(record))
    for entity in [*record.entities.organizations, *record.entities.countries, *record.entities.regions]:
        for mention in entity.mentions:
            assert texts[mention.block][mention.start:mention.end] == mention.text, mention
    assert overlapping_mentions(record) == []


def test_a_known_body_grown_into_a_unit_name_over_another_known_body():
    """15 bytes that crashed spaCy (E1010): "UN" grew into the unit name "UN ILO C Office" while
    "ILO" stayed an entity inside it."""
    text = "UN\nILO C Office"
    assert len(text.encode("utf-8")) == 15
    record = _extract_text(text)
    _sound(record)
    assert record.entities.organizations


# --------------------------------------------------------------------------------------------
# the rule itself


def _doc_and_candidates():
    doc = brochure_nlp().make_doc("the UN ILO Country Office for Asia and the Asian Development Bank")
    candidates = [
        Span(doc, 1, 2, label="ORG", span_id="org:un"),
        Span(doc, 1, 5, label="ORG", span_id="org:un"),  # UN grown into the unit name
        Span(doc, 2, 3, label="ORG", span_id="org:ilo"),
        Span(doc, 2, 5, label="ORG"),  # a name found by its shape
        Span(doc, 6, 7, label="LOC", span_id="asia"),
        Span(doc, 9, 12, label="ORG", span_id="org:adb"),
        Span(doc, 9, 12, label="ORG"),  # the same tokens, no id
        Span(doc, 5, 7, label="ORG"),  # as long as another overlapping it, and earlier
        Span(doc, 6, 8, label="ORG"),
    ]
    return doc, candidates


def test_the_rule_keeps_no_overlap_and_does_not_depend_on_the_order_of_the_candidates():
    _, candidates = _doc_and_candidates()
    expected = [(1, 5, "org:un"), (5, 7, ""), (9, 12, "org:adb")]
    shuffled = list(candidates)
    for seed in range(20):
        random.Random(seed).shuffle(shuffled)
        assert [(s.start, s.end, s.id_) for s in without_overlaps(shuffled)] == expected


def test_the_kept_spans_can_be_the_documents_entities():
    doc, candidates = _doc_and_candidates()
    with pytest.raises(ValueError, match="E1010"):
        doc.ents = sorted(candidates, key=lambda s: s.start)
    doc.ents = without_overlaps(candidates)
    assert [e.text for e in doc.ents] == ["UN ILO Country Office", "for Asia", "Asian Development Bank"]


# --------------------------------------------------------------------------------------------
# any names side by side


def _names() -> list[str]:
    """Names, aliases and acronyms of the organizations in the data; the countries' names, aliases,
    and the country names that are no country (a place, a person's name); organization words."""
    names: set[str] = set()
    for org in data_file("organizations.json")["organizations"]:
        names.update([org["name"], *org["aliases"], *([org["acronym"]] if org["acronym"] else [])])
    countries = data_file("countries.json")
    names.update([*countries["aliases"], *countries["not_countries"], *countries["person_names"], *country_names()])
    lexicon = data_file("lexicon.json")
    names.update(word.title() for word in [*lexicon["organization_heads"], *lexicon["sub_unit_heads"]])
    return sorted(names)


_SEPARATORS = [" ", " ", "\n", "\n\n", " and ", " and the ", ", ", ",", " (", ") ", "(", ")", " of ", " for the ", " C ", "-", "/"]
_piece = st.tuples(st.sampled_from(_names()), st.sampled_from(_SEPARATORS))
_texts = st.lists(_piece, min_size=1, max_size=12).map(lambda pieces: "".join(name + separator for name, separator in pieces))


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_names_side_by_side_never_give_overlapping_entities(text):
    _sound(_extract_text(text))
