"""Stable ids (pipeline/ids.py): an edit to a brochure moves only the ids of what it changed; ids
never collide within a record; organizations found by pattern have the same id in every record."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ids import FOUND_NAMESPACE, assign_stable_ids, found_organization_id, normalized
from pipeline.record import Evidence, Partnership, Party, all_sections
from tests.conftest import SAMPLES, block_texts, extract_text

_PART = re.compile(r"\.(?:a|r\d+\.c\d+)$")
REFERENCE = (SAMPLES / "partnerships-for-decent-work.txt").read_text(encoding="utf-8")


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the edit's anchor must occur once: {old!r}"
    return text.replace(old, new)


EDITS = {
    "a partnership added": lambda t: _edit(
        t, "• ILO/ESCAP Memorandum of Understanding, 2009,",
        "• In 2012 the ILO signed a memorandum of understanding with the Government of Mongolia on labour statistics. \n \n"
        "• ILO/ESCAP Memorandum of Understanding, 2009,"),
    "a bullet added": lambda t: _edit(
        t, "• The ILO continues to engage with its long-term partners",
        "• Partnerships are reviewed every year with the constituents. \n \n• The ILO continues to engage with its long-term partners"),
    "a section added": lambda t: _edit(
        t, "Technical partnerships in Asia and the Pacific \n",
        "Partnership principles \n\nEvery partnership is agreed with the tripartite constituents of the country. \n\n"
        "Technical partnerships in Asia and the Pacific \n"),
    "a heading renamed": lambda t: _edit(t, "Some examples of partnerships", "Examples of our partnerships"),
    "one sentence edited": lambda t: _edit(t, "at 7.5 per cent in 2010", "at 7.4 per cent in 2010"),
}


def _blocks(record) -> dict[str, str]:
    """Block id -> kind-qualified text of every block a registry may store an id of (the kind: the
    id's letter, and a quote attribution's or a table cell's place)."""
    found = {block_id: f"{block_id[0]}{''.join(_PART.findall(block_id))} {text}" for block_id, text in block_texts(record) if text}
    found.update({link.id: f"link {link.title} {link.url}" for link in record.links})
    found.update({p.id: f"partnership {p.instrument} {sorted(q.ref for q in p.parties)} {p.year}" for p in record.partnerships})
    found.update({o.id: f"organization {o.name}" for o in record.entities.organizations})
    return found


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    return extract_text(tmp_path_factory.mktemp("original"), REFERENCE)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_moves_only_the_ids_of_what_it_changed(tmp_path, original, edit):
    edited = extract_text(tmp_path, EDITS[edit](REFERENCE))
    before, after = _blocks(original), _blocks(edited)
    id_after = {text: block_id for block_id, text in after.items()}
    assert Counter(before.values()) == Counter(set(before.values())), "a text held by two blocks: pick another sample"
    moved = {block_id: id_after[text] for block_id, text in before.items() if text in id_after and id_after[text] != block_id}
    assert moved == {}, f"{edit}: ids of unchanged parts moved"
    gone = {text for text in before.values() if text not in id_after}
    came = {text for text in after.values() if text not in set(before.values())}
    assert came, f"{edit}: the edit changed nothing the record holds"
    if edit in ("a heading renamed", "one sentence edited"):
        assert len(gone) == 1 and len(came) == 1, (gone, came)  # the one block edited, and nothing else
    else:
        assert gone == set(), f"{edit}: an addition removed {gone}"


def test_the_edited_sentence_changes_its_own_block_id_only(tmp_path, original):
    edited = extract_text(tmp_path, EDITS["one sentence edited"](REFERENCE))
    old_ids, new_ids = set(_blocks(original)), set(_blocks(edited))
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1
    (old_id,), (new_id,) = old_ids - new_ids, new_ids - old_ids
    assert "7.5 per cent" in dict(block_texts(original))[old_id]
    assert "7.4 per cent" in dict(block_texts(edited))[new_id]


def test_ids_never_collide_within_a_record(original):
    ids = [block_id for block_id, _ in block_texts(original)] + [p.id for p in original.partnerships]
    assert len(ids) == len(set(ids))
    sections = [s.id for s in all_sections(original.sections)]
    assert len(sections) == len(set(sections))


def test_two_partnerships_alike_get_two_ids(original):
    """Two ILO–ADB memoranda of 2002 are two partnerships: the second takes an ordinal."""
    mou = Partnership(id="r1", instrument="memorandum_of_understanding", year=2002,
                      parties=[Party(ref="org:ilo", name="ILO"), Party(ref="org:adb", name="ADB")],
                      evidence=[Evidence(block="title", text="ILO/ADB Memorandum of Understanding, 2002")])
    record = original.model_copy(update={"partnerships": [mou, mou.model_copy(update={"id": "r2"})]})
    first, second = assign_stable_ids(record).partnerships
    assert first.id != second.id and second.id == f"{first.id}.2"


def test_identical_blocks_get_ordinals_in_reading_order(tmp_path):
    text = ("A Brochure of Repeats\n\nThe first part\n\nThe ILO works with partners.\n\nThe second part\n\n"
            "The ILO works with partners.\n")
    record = extract_text(tmp_path, text)
    paragraphs = [p.id for s in all_sections(record.sections) for p in s.paragraphs if p.text == "The ILO works with partners."]
    assert len(paragraphs) == 2 and paragraphs[1] == f"{paragraphs[0]}.2"


def test_mentions_and_evidence_point_at_blocks_of_the_record(original):
    texts = dict(block_texts(original))
    for entity in [*original.entities.organizations, *original.entities.countries, *original.entities.years]:
        for mention in entity.mentions:
            assert texts[mention.block][mention.start:mention.end] == mention.text
    for partnership in original.partnerships:
        assert all(evidence.block in texts for evidence in partnership.evidence)


def test_an_organization_found_by_pattern_has_the_same_id_in_every_record(tmp_path):
    one = extract_text(tmp_path, "Skills for Youth\n\nWith funding from the National Skills Development Agency (NSDAX), "
                                 "the ILO trains young people in Fiji.\n", "one.txt")
    two = extract_text(tmp_path, "Safe Work in Samoa\n\nThe National Skills Development Agency and the ILO signed a "
                                 "memorandum of understanding in 2019.\n", "two.txt")
    ids = [{o.id for o in r.entities.organizations if not o.known} for r in (one, two)]
    expected = found_organization_id("National Skills Development Agency")
    assert expected.startswith(FOUND_NAMESPACE) and all(expected in found for found in ids), ids
    curated = {o.id for r in (one, two) for o in r.entities.organizations if o.known}
    assert all(":" not in org_id.removeprefix("org:") for org_id in curated)  # a curated id has no namespace


def test_found_ids_ignore_case_and_a_leading_article():
    assert found_organization_id("the Ministry of Labour") == found_organization_id("Ministry of labour") == "org:found:ministry-of-labour"
    long_name = "Federation of " + " ".join(["Very"] * 30) + " Long Unions"
    assert len(found_organization_id(long_name)) <= len(FOUND_NAMESPACE) + 60


def test_the_id_map_takes_a_1x_record_to_the_ids_of_its_re_extraction(tmp_path, capsys):
    """tests/fixtures/records/1.2.0.json is the reference brochure as schema 1.2.0 wrote it: the map
    says where each positional id went, and the re-extracted record has every id it names."""
    import json

    from pipeline.cli import main
    from pipeline.export import read_records
    from pipeline.ids import id_map_rows, record_ids
    from tests.conftest import ROOT, sample_record

    [old] = read_records([ROOT / "tests" / "fixtures" / "records" / "1.2.0.json"])
    new = sample_record("partnerships-for-decent-work.txt")
    rows = id_map_rows([old], [new])
    by_old = {row["old_id"]: row for row in rows}
    assert by_old["s3.b4"]["new_id"] == new.sections[2].bullets[3].id
    adb = next(p for p in old.partnerships if p.name == "ILO/ADB Memorandum of Understanding")
    assert by_old[adb.id]["new_id"] == next(p.id for p in new.partnerships if p.name == adb.name)
    assert {row["status"] for row in rows} == {"kept"}
    curated = {o.id for o in old.entities.organizations if o.known}  # the only ids 2.0.0 kept
    assert {row["old_id"] for row in rows} == record_ids(old) - curated
    (tmp_path / "new.json").write_text(pipeline_json(new), encoding="utf-8")
    assert main(["diff", str(ROOT / "tests" / "fixtures" / "records" / "1.2.0.json"), str(tmp_path / "new.json"), "--ids", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == rows


def pipeline_json(record) -> str:
    from pipeline.build import record_to_json

    return record_to_json(record)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u3000ab.éE\u0301")) | st.characters(), max_size=16)
       | st.text(st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x1fab.")), max_size=12))
def test_normalized_text_is_nfc_with_single_spaces(text):
    # the ASCII fast path of normalized gives what the rule says for any text
    assert normalized(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def test_normalized_lines():
    assert normalized("  Decent\twork \n for all ") == "Decent work for all"
    assert normalized("Cafe\u0301  au lait") == "Café au lait"


def test_ids_set_in_place_are_those_a_copy_gets_and_the_record_dumps_them(original):
    """The record stage gives ids in place (``copy=False``, fields set without pydantic's
    ``__setattr__``): the same record, dumped alike, as the ids given to a deep copy."""
    from pipeline.build import record_to_json

    copied = assign_stable_ids(original)
    in_place = assign_stable_ids(original.model_copy(deep=True), copy=False)
    assert record_to_json(in_place) == record_to_json(copied)
    mention = next(m for o in in_place.entities.organizations for m in o.mentions)
    assert "block" in mention.model_fields_set and mention.model_dump()["block"] == mention.block
