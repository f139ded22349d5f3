"""Every sample against its hand-written truth file (tests/truth/), written from the brochure by a
person, not from the pipeline's output. Text samples: <name>.json; PDF samples: <name>.pdf.json."""

from __future__ import annotations

import pytest

from tests.conftest import TRUTH, all_sections, load_truth, sample_record

TRUTH_FILES = sorted(TRUTH.glob("*.json"))


def _sample_name(truth_file) -> str:
    stem = truth_file.name.removesuffix(".json")
    return stem if stem.endswith(".pdf") else f"{stem}.txt"


CASES = [pytest.param(path, id=_sample_name(path)) for path in TRUTH_FILES]


def _record_and_truth(truth_file):
    return sample_record(_sample_name(truth_file)), load_truth(truth_file)


def _fields(items, names):
    return [{name: item.get(name) for name in names} for item in items]


@pytest.mark.parametrize("truth_file", CASES)
def test_title(truth_file):
    record, truth = _record_and_truth(truth_file)
    assert record.title == truth["title"]


@pytest.mark.parametrize("truth_file", CASES)
def test_headings_in_reading_order(truth_file):
    record, truth = _record_and_truth(truth_file)
    headings = [s.heading for s in all_sections(record.sections) if s.heading]
    assert headings == truth["headings"]


@pytest.mark.parametrize("truth_file", CASES)
def test_bullet_lists(truth_file):
    record, truth = _record_and_truth(truth_file)
    by_heading = {s.heading: s for s in all_sections(record.sections)}
    for expected in truth.get("bullets", []):
        section = by_heading.get(expected["section"])
        assert section is not None, f"no section {expected['section']!r}"
        bullets = section.bullets
        assert len(bullets) == expected["count"], [b.text for b in bullets]
        assert bullets[0].text == expected["first"]
        assert bullets[-1].text == expected["last"]
        if "levels" in expected:
            assert [b.level for b in bullets] == expected["levels"]


@pytest.mark.parametrize("truth_file", CASES)
def test_quotes(truth_file):
    record, truth = _record_and_truth(truth_file)
    if "quotes" not in truth:
        pytest.skip("the truth file lists no quotes")
    got = _fields([q.model_dump() for q in record.quotes], ["speaker", "role", "context"])
    assert got == _fields(truth["quotes"], ["speaker", "role", "context"])


@pytest.mark.parametrize("truth_file", CASES)
def test_contacts(truth_file):
    record, truth = _record_and_truth(truth_file)
    if "contacts" not in truth:
        pytest.skip("the truth file lists no contacts")
    names = ["name", "email", "phone", "fax"]
    assert _fields([c.model_dump() for c in record.contacts], names) == _fields(truth["contacts"], names)


@pytest.mark.parametrize("truth_file", CASES)
def test_links(truth_file):
    record, truth = _record_and_truth(truth_file)
    if "links" not in truth:
        pytest.skip("the truth file lists no links")
    assert _fields([link.model_dump() for link in record.links], ["title", "url"]) == truth["links"]


@pytest.mark.parametrize("truth_file", CASES)
def test_page_furniture_is_not_content(truth_file):
    record, truth = _record_and_truth(truth_file)
    content = [s.heading for s in all_sections(record.sections) if s.heading]
    for section in all_sections(record.sections):
        content += [p.text for p in section.paragraphs] + [b.text for b in section.bullets]
    for furniture in truth.get("not_content", []):
        assert furniture not in content
        if len(furniture) > 3:  # a bare page number may stand inside a sentence; a header may not
            assert not any(furniture in text for text in content), furniture


@pytest.mark.parametrize("truth_file", CASES)
def test_countries(truth_file):
    record, truth = _record_and_truth(truth_file)
    if "countries" not in truth:
        pytest.skip("the truth file lists no countries")
    assert sorted(c.iso_alpha2 for c in record.entities.countries) == truth["countries"]


@pytest.mark.parametrize("truth_file", CASES)
def test_years(truth_file):
    record, truth = _record_and_truth(truth_file)
    if "years" not in truth:
        pytest.skip("the truth file lists no years")
    assert [y.value for y in record.entities.years] == truth["years"]


@pytest.mark.parametrize("truth_file", CASES)
def test_organizations(truth_file):
    """Each organization the truth names is found once (by acronym, name or the words the text
    uses), and nothing else is called an organization."""
    record, truth = _record_and_truth(truth_file)
    if "organizations" not in truth:
        pytest.skip("the truth file lists no organizations")
    found = record.entities.organizations

    def names_of(org):
        return {org.acronym, org.name, *(m.text for m in org.mentions)}

    unmatched = [want for want in truth["organizations"] if not any(want in names_of(org) for org in found)]
    assert unmatched == []
    assert len(found) == len(truth["organizations"]), sorted(org.acronym or org.name for org in found)


@pytest.mark.parametrize("truth_file", CASES)
def test_partnerships(truth_file):
    """The partnerships the truth lists, parties compared as sets (by acronym, ISO code, name, or a
    name the text gives the party's organization: "OIT" and "BIT" are the ILO in French)."""
    record, truth = _record_and_truth(truth_file)
    if "partnerships" not in truth:
        pytest.skip("the truth file lists no partnerships")
    printed = {org.id: {m.text for m in org.mentions} for org in record.entities.organizations}

    def party_names(party):
        return {party.acronym, party.iso_alpha2, party.name, *printed.get(party.ref, ())} - {None}

    got = []
    for partnership in record.partnerships:
        got.append((partnership.instrument, partnership.year, [party_names(p) for p in partnership.parties]))
    for want in truth["partnerships"]:
        instrument = want["instrument"].replace("-", "_").replace(" ", "_")
        matches = [g for g in got if g[0] == instrument and g[1] == want["year"] and len(g[2]) == len(want["parties"])
                   and all(any(name in names for names in g[2]) for name in want["parties"])]
        assert matches, f"missing {want}; found {got}"
    assert len(got) == len(truth["partnerships"])
